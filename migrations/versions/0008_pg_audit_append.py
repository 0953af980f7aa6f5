"""On PostgreSQL the audit log is appended by the database itself: a SECURITY DEFINER function
computes the next entry's id, time and hash chain, so a connection that may append entries
never needs (and, once ``console-admin pg-setup`` has run, never has) any privilege on the
audit tables themselves.

Reviewed by hand. PostgreSQL only (SQLite is a single person's file: nothing to do):
- ``console_canonical_json(json)``: the JSON text Python's ``json.dumps(sort_keys=True,
  separators=(",", ":"), ensure_ascii=False)`` writes for the same value (keys in code point
  order, the same string escapes); a number is kept only when it is already written as Python
  writes it (an integer, or a float's repr: its shortest digits, plain from 1e-4 to 1e16 and
  with an exponent beyond), anything else is refused, so no caller can store details that
  ``audit-verify`` would then read back differently.
- ``console_session_user_id()``: the console account the session's login role belongs to, or
  NULL (the owner, a superuser). This revision gives the placeholder that answers NULL;
  ``console-admin pg-setup`` replaces it with the lookup of the per-person roles it creates.
- ``console_audit_append(...)``: locks the anchor, writes the entry with
  ``hash = sha256(prev_hash || canonical JSON)`` exactly as ``services/access/audit.py``
  computes it (``audit-verify`` checks the same chain), moves the anchor and returns the entry's
  id, time and hashes. A session of a console account is recorded as that account whatever
  user id or name it passes. EXECUTE is taken from PUBLIC: pg-setup grants it to accounts.
- a TRUNCATE trigger on both audit tables and a DELETE trigger on the anchor (``0002`` already
  refuses UPDATE and DELETE of entries): no code path empties the log by mistake. The boundary
  against workstations is the privileges pg-setup sets; the owner can still drop triggers, and
  ``audit-verify`` with a checkpoint kept elsewhere is what catches that.
Downgrade: the triggers and the functions dropped (with the row policies ``pg-setup`` based on
``console_session_user_id``: run the older program's pg-setup after a downgrade).

Revision ID: 0008_pg_audit_append
Revises: 0007_search_unaccent
Create Date: 2026-12-05 10:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_pg_audit_append"
down_revision: str | None = "0007_search_unaccent"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CANONICAL_JSON = r"""
CREATE OR REPLACE FUNCTION console_canonical_json(v json) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT
SET search_path = pg_catalog, public SET extra_float_digits = 1
AS $$
DECLARE
    kind text := json_typeof(v);
    result text;
    token text;
    shown text;
    plain boolean;
    number float8;
BEGIN
    IF kind = 'object' THEN
        IF (SELECT count(*) <> count(DISTINCT key) FROM json_each(v)) THEN
            RAISE EXCEPTION 'audit details: a key occurs twice' USING ERRCODE = '22023';
        END IF;
        SELECT '{' || coalesce(string_agg(
                   to_json(key)::text || ':' || console_canonical_json(value), ','
                   ORDER BY key COLLATE "C"), '') || '}'
          INTO result FROM json_each(v);
        RETURN result;
    ELSIF kind = 'array' THEN
        SELECT '[' || coalesce(string_agg(console_canonical_json(value), ',' ORDER BY n), '')
               || ']'
          INTO result FROM json_array_elements(v) WITH ORDINALITY AS e(value, n);
        RETURN result;
    ELSIF kind = 'string' THEN
        RETURN to_json(v #>> '{}')::text;
    ELSIF kind = 'number' THEN
        token := btrim(v::text);
        IF token ~ '^-?(0|[1-9][0-9]*)$' AND token <> '-0' THEN
            RETURN token;  -- an integer, as Python writes it
        END IF;
        -- A float: only as Python's repr writes it (plain from 1e-4 to 1e16, else d.ddde+XX;
        -- no trailing zero but the one of "1.0"; the shortest digits that give the value back,
        -- which are PostgreSQL's own), so that audit-verify reads back the same text.
        plain := token ~ '^-?(0|[1-9][0-9]*)\.([0-9]*[1-9]|0)$';
        IF NOT plain AND token !~ '^-?[1-9](\.[0-9]*[1-9])?e[+-][0-9]{2,3}$' THEN
            RAISE EXCEPTION 'audit details: the number % is not written as the console writes it',
                token USING ERRCODE = '22023';
        END IF;
        number := token::float8;
        shown := number::text;
        IF plain <> (number = 0 OR (abs(number) >= 1e-4 AND abs(number) < 1e16))
           OR regexp_replace(regexp_replace(split_part(token, 'e', 1), '[^0-9]', '', 'g'),
                             '^0+|0+$', '', 'g')
              <> regexp_replace(regexp_replace(split_part(shown, 'e', 1), '[^0-9]', '', 'g'),
                                '^0+|0+$', '', 'g') THEN
            RAISE EXCEPTION 'audit details: the number % is not written as the console writes it',
                token USING ERRCODE = '22023';
        END IF;
        RETURN token;
    END IF;
    RETURN btrim(v::text);  -- true, false, null
END $$
"""

SESSION_USER_ID = """
CREATE OR REPLACE FUNCTION console_session_user_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$ SELECT NULL::integer $$
"""

AUDIT_APPEND = r"""
CREATE OR REPLACE FUNCTION console_audit_append(
    p_user_id integer, p_username text, p_action text, p_entity text, p_entity_id text,
    p_details json, p_justification text
) RETURNS TABLE (event_id integer, event_at timestamptz, event_prev_hash text, event_hash text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    anchor record;
    account integer := console_session_user_id();
    who_id integer := p_user_id;
    who text := left(coalesce(p_username, ''), 80);
    at_ timestamptz := date_trunc('microseconds', clock_timestamp());
    at_text text;
    details_text text := console_canonical_json(coalesce(p_details, '{}'::json));
    canonical text;
    new_id integer;
    new_hash text;
BEGIN
    IF account IS NOT NULL THEN
        who_id := account;
        SELECT left(username, 80) INTO who FROM users WHERE id = account;
    END IF;
    IF json_typeof(coalesce(p_details, '{}'::json)) <> 'object' THEN
        RAISE EXCEPTION 'audit details must be an object' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO anchor FROM audit_anchor WHERE id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the audit log has no anchor; run console-admin audit-verify'
            USING ERRCODE = 'P0002';
    END IF;
    new_id := anchor.last_event_id + 1;
    at_text := to_char(at_ AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN date_trunc('second', at_) = at_ THEN ''
                ELSE '.' || to_char(at_ AT TIME ZONE 'UTC', 'US') END
        || '+00:00';
    canonical := '{"action":' || to_json(p_action)::text
        || ',"at":' || to_json(at_text)::text
        || ',"details":' || details_text
        || ',"entity":' || coalesce(to_json(p_entity)::text, 'null')
        || ',"entity_id":' || coalesce(to_json(p_entity_id)::text, 'null')
        || ',"id":' || new_id::text
        || ',"justification":' || coalesce(to_json(p_justification)::text, 'null')
        || ',"user_id":' || coalesce(who_id::text, 'null')
        || ',"username":' || to_json(who)::text
        || '}';
    new_hash := encode(sha256(convert_to(anchor.last_hash || canonical, 'UTF8')), 'hex');
    INSERT INTO audit_events
        (id, at, user_id, username, action, entity, entity_id, details, justification,
         prev_hash, hash)
    VALUES (new_id, at_, who_id, who, p_action, p_entity, p_entity_id, details_text::json,
            p_justification, anchor.last_hash, new_hash);
    UPDATE audit_anchor
       SET last_event_id = new_id, last_hash = new_hash, event_count = event_count + 1
     WHERE id = 1;
    RETURN QUERY SELECT new_id, at_, anchor.last_hash::text, new_hash;
END $$
"""

SIGNATURE = "console_audit_append(integer, text, text, text, text, json, text)"

TRIGGERS = (
    "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()",
    "CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE OR TRUNCATE ON audit_anchor "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (CANONICAL_JSON, SESSION_USER_ID, AUDIT_APPEND, *TRIGGERS):
        op.execute(statement)
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")
    op.execute("REVOKE ALL ON FUNCTION console_session_user_id() FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER audit_anchor_no_delete ON audit_anchor")
    op.execute("DROP TRIGGER audit_events_no_truncate ON audit_events")
    op.execute(f"DROP FUNCTION {SIGNATURE}")
    # CASCADE: console-admin pg-setup's row policies call it; the older program's pg-setup
    # makes its own again.
    op.execute("DROP FUNCTION console_session_user_id() CASCADE")
    op.execute("DROP FUNCTION console_canonical_json(json)")
