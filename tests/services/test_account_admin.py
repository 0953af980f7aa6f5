"""What administrators do to accounts, through the services the window and the CLI share:
list, create, link to a person, change role, disable and enable, reset a password, lift a
lockout; only administrators, always audited, never the last administrator lost."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, undefer

from console import db
from console.models import AuditEvent, OrganizationKind, Role, User
from console.models.base import utcnow
from console.services import access
from console.services.access import account_list, accounts, passwords
from tests.factories import organization, person

PASSWORD = "torrazzo-di-cremona"
NEW_PASSWORD = "battistero-2026"


@pytest.fixture
def admin(engine: Engine) -> access.Actor:
    with db.session_scope(engine) as s:
        return accounts.create_first_admin(s, "admin", PASSWORD)


@pytest.fixture
def people(engine: Engine) -> dict[str, int]:
    """Two people of the Polizia Locale, one of whom has left."""
    with db.session_scope(engine) as s:
        police = organization(OrganizationKind.POLICE)
        anna = person("Anna", Role.OFFICER, police, "Rossi")
        bruno = person("Bruno", Role.OFFICER, police, "Verdi", active=False)
        s.add_all([anna, bruno])
        s.flush()
        return {"anna": anna.id, "bruno": bruno.id}


def create(engine: Engine, actor: access.Actor, username: str, role: Role, **extra) -> int:
    with db.session_scope(engine) as s:
        return accounts.create_user(s, actor, username, role, PASSWORD, **extra)


def actor_of(engine: Engine, username: str) -> access.Actor:
    with db.session_scope(engine) as s:
        return access.actor_for(s.scalars(select(User).where(User.username == username)).one())


def user(engine: Engine, username: str) -> User:
    with db.session_scope(engine) as s:
        found = select(User).where(User.username == username)
        return s.scalars(found.options(undefer(User.password_hash))).one()


def entries(engine: Engine) -> list[AuditEvent]:
    with db.session_scope(engine) as s:
        return list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def locked_now(engine: Engine, username: str) -> None:
    """Locked, as five wrong passwords would leave it (without their slow hashing)."""
    with db.session_scope(engine) as s:
        target = s.scalars(select(User).where(User.username == username)).one()
        target.locked_until = utcnow() + access.LOCKOUT


def run(engine: Engine, service: Callable[..., object], *args: object, **kwargs: object) -> object:
    with db.session_scope(engine) as s:
        return service(s, *args, **kwargs)


def lock(engine: Engine, username: str) -> None:
    """Five wrong passwords, as at the sign-in."""
    for _ in range(access.MAX_FAILED_LOGINS):
        with pytest.raises(access.LoginFailed), db.session_scope(engine) as s:
            access.login(s, username, "not the password")


# -- who may ------------------------------------------------------------------------------------

# Every account action, called as a non-administrator would try it (on the account "target").
ACCOUNT_ACTIONS: dict[str, Callable[[Session, access.Actor], object]] = {
    "list": account_list.list_accounts,
    "people": account_list.people_for_accounts,
    "load": account_list.load_accounts,
    "create": lambda s, a: accounts.create_user(s, a, "newcomer", Role.EDUCATOR, NEW_PASSWORD),
    "set_password": lambda s, a: accounts.set_password(s, a, "target", NEW_PASSWORD),
    "disable": lambda s, a: accounts.disable_user(s, a, "target"),
    "enable": lambda s, a: accounts.enable_user(s, a, "target"),
    "change_role": lambda s, a: accounts.change_role(s, a, "target", Role.MANAGER),
    "link_person": lambda s, a: accounts.link_person(s, a, "target", None),
    "update": lambda s, a: accounts.update_account(s, a, "target", Role.MANAGER, None),
    "lift_lockout": lambda s, a: accounts.lift_lockout(s, a, "target"),
}
NON_ADMINS = sorted(set(Role) - {Role.ADMIN})


def test_only_administrators_may_manage_accounts() -> None:
    assert access.PERMISSIONS[access.Action.MANAGE_USERS] == frozenset({Role.ADMIN})


@pytest.mark.parametrize("role", NON_ADMINS)
def test_every_other_role_is_refused_every_account_action(
    engine: Engine, admin: access.Actor, role: Role
) -> None:
    create(engine, admin, "target", Role.EDUCATOR)
    create(engine, admin, "someone", role)
    locked_now(engine, "target")  # so that lifting the lockout would otherwise succeed
    someone = actor_of(engine, "someone")
    before = len(entries(engine))
    target = user(engine, "target")
    for action, attempt in ACCOUNT_ACTIONS.items():
        with pytest.raises(access.PermissionDenied), db.session_scope(engine) as s:
            attempt(s, someone)
            pytest.fail(f"{role} was let {action}")
    assert len(entries(engine)) == before
    after = user(engine, "target")
    assert (after.role, after.disabled, after.password_hash, after.locked_until) == (
        target.role,
        target.disabled,
        target.password_hash,
        target.locked_until,
    )
    with db.session_scope(engine) as s:
        assert s.scalar(select(User.id).where(User.username == "newcomer")) is None


@pytest.mark.parametrize("action", sorted(ACCOUNT_ACTIONS))
def test_an_administrator_may_take_every_account_action(
    engine: Engine, admin: access.Actor, action: str
) -> None:
    create(engine, admin, "target", Role.EDUCATOR)
    if action == "enable":
        run(engine, accounts.disable_user, admin, "target")
    locked_now(engine, "target")
    run(engine, ACCOUNT_ACTIONS[action], admin)


# -- listing ------------------------------------------------------------------------------------


def test_the_list_shows_role_person_organization_and_state(
    engine: Engine, admin: access.Actor, people: dict[str, int]
) -> None:
    create(engine, admin, "anna", Role.OFFICER, person_id=people["anna"])
    create(engine, admin, "zeta", Role.MANAGER)
    run(engine, accounts.disable_user, admin, "zeta")
    lock(engine, "anna")
    with db.session_scope(engine) as s:
        access.login(s, "admin", PASSWORD)
    rows = {row.username: row for row in run(engine, account_list.list_accounts, admin)}
    assert list(rows) == ["admin", "anna", "zeta"]
    anna = rows["anna"]
    assert (anna.role, anna.person_id, anna.person_name, anna.organization) == (
        Role.OFFICER,
        people["anna"],
        "Anna Rossi",
        "Polizia Locale",
    )
    assert anna.locked and not anna.disabled and anna.last_login_at is None
    assert rows["zeta"].disabled and not rows["zeta"].locked and rows["zeta"].person_name is None
    assert rows["admin"].last_login_at is not None and not rows["admin"].locked
    later = utcnow() + access.LOCKOUT + timedelta(minutes=1)
    rows = {r.username: r for r in run(engine, account_list.list_accounts, admin, now=later)}
    assert not rows["anna"].locked  # a lockout that ran out is not shown


def test_people_to_link_leave_out_who_left_unless_they_have_an_account(
    engine: Engine, admin: access.Actor, people: dict[str, int]
) -> None:
    choices = run(engine, account_list.people_for_accounts, admin)
    assert [(c.full_name, c.username) for c in choices] == [("Anna Rossi", None)]
    create(engine, admin, "bruno", Role.OFFICER, person_id=people["bruno"])
    choices = run(engine, account_list.people_for_accounts, admin)
    assert [(c.full_name, c.username) for c in choices] == [
        ("Anna Rossi", None),
        ("Bruno Verdi", "bruno"),
    ]


# -- the last administrator, and oneself --------------------------------------------------------


def test_the_last_administrator_can_be_neither_disabled_nor_demoted(
    engine: Engine, admin: access.Actor
) -> None:
    # The command line (no account of its own) is the only one who could try on oneself's behalf.
    cli = access.COMMAND_LINE
    for service, args in (
        (accounts.disable_user, ("admin",)),
        (accounts.change_role, ("admin", Role.COORDINATOR)),
        (accounts.update_account, ("admin", Role.MANAGER, None)),
    ):
        with pytest.raises(accounts.AccountError) as refused:
            run(engine, service, cli, *args)
        assert refused.value.code == "account_last_admin"
    assert (user(engine, "admin").role, user(engine, "admin").disabled) == (Role.ADMIN, False)


def test_a_second_administrator_lets_the_first_go_but_not_by_their_own_hand(
    engine: Engine, admin: access.Actor
) -> None:
    create(engine, admin, "second", Role.ADMIN)
    for service, args, code in (
        (accounts.disable_user, ("admin",), "account_disable_self"),
        (accounts.change_role, ("admin", Role.MANAGER), "account_demote_self"),
    ):
        with pytest.raises(accounts.AccountError) as refused:
            run(engine, service, admin, *args)
        assert refused.value.code == code
    second = actor_of(engine, "second")
    run(engine, accounts.change_role, second, "admin", Role.MANAGER)
    assert user(engine, "admin").role is Role.MANAGER
    with pytest.raises(accounts.AccountError, match="last enabled administrator"):
        run(engine, accounts.disable_user, access.COMMAND_LINE, "second")


def test_a_disabled_administrator_does_not_count_and_may_be_demoted(
    engine: Engine, admin: access.Actor
) -> None:
    create(engine, admin, "second", Role.ADMIN)
    run(engine, accounts.disable_user, admin, "second")
    with pytest.raises(accounts.AccountError, match="last enabled administrator"):
        run(engine, accounts.disable_user, access.COMMAND_LINE, "admin")
    run(engine, accounts.change_role, admin, "second", Role.EDUCATOR)
    assert user(engine, "second").role is Role.EDUCATOR


# -- each change --------------------------------------------------------------------------------


def test_disable_then_enable_lets_the_account_sign_in_again(
    engine: Engine, admin: access.Actor
) -> None:
    create(engine, admin, "anna", Role.OFFICER)
    run(engine, accounts.disable_user, admin, "anna")
    with pytest.raises(access.LoginFailed), db.session_scope(engine) as s:
        access.login(s, "anna", PASSWORD)
    run(engine, accounts.enable_user, admin, "anna")
    with pytest.raises(accounts.AccountError) as refused:
        run(engine, accounts.enable_user, admin, "anna")
    assert refused.value.code == "account_not_disabled"
    with db.session_scope(engine) as s:
        assert access.login(s, "anna", PASSWORD).username == "anna"


def test_a_new_role_counts_from_the_next_sign_in(engine: Engine, admin: access.Actor) -> None:
    create(engine, admin, "anna", Role.OFFICER)
    count = len(entries(engine))
    run(engine, accounts.change_role, admin, "anna", Role.OFFICER)
    assert len(entries(engine)) == count  # the same role: nothing changed, nothing recorded
    run(engine, accounts.change_role, admin, "anna", Role.COORDINATOR)
    with db.session_scope(engine) as s:
        assert access.login(s, "anna", PASSWORD).role is Role.COORDINATOR
    change = entries(engine)[count]
    assert (change.action, change.entity, change.details["changes"]) == (
        "update",
        "users",
        {"role": ["officer", "coordinator"]},
    )


def test_linking_a_person_gives_their_organization(
    engine: Engine, admin: access.Actor, people: dict[str, int]
) -> None:
    create(engine, admin, "anna", Role.OFFICER)
    run(engine, accounts.link_person, admin, "anna", people["anna"])
    run(engine, accounts.link_person, admin, "anna", people["anna"])  # again: the same one
    with db.session_scope(engine) as s:
        actor = access.login(s, "anna", PASSWORD)
    assert actor.person_id == people["anna"] and actor.organization_id is not None
    create(engine, admin, "other", Role.OFFICER)
    with pytest.raises(accounts.AccountError) as refused:
        run(engine, accounts.link_person, admin, "other", people["anna"])
    assert refused.value.code == "account_person_has_one"
    with pytest.raises(accounts.AccountError) as refused:
        run(engine, accounts.link_person, admin, "other", 9999)
    assert refused.value.code == "not_found"
    run(engine, accounts.link_person, admin, "anna", None)
    assert user(engine, "anna").person_id is None


def test_an_update_refused_half_way_changes_nothing(
    engine: Engine, admin: access.Actor, people: dict[str, int]
) -> None:
    create(engine, admin, "anna", Role.OFFICER, person_id=people["anna"])
    create(engine, admin, "other", Role.OFFICER)
    count = len(entries(engine))
    with pytest.raises(accounts.AccountError, match="already has an account"):
        run(engine, accounts.update_account, admin, "other", Role.MANAGER, people["anna"])
    assert (user(engine, "other").role, user(engine, "other").person_id) == (Role.OFFICER, None)
    assert len(entries(engine)) == count


def test_lifting_a_lockout_lets_the_account_sign_in_at_once(
    engine: Engine, admin: access.Actor
) -> None:
    create(engine, admin, "anna", Role.OFFICER)
    with pytest.raises(accounts.AccountError) as refused:
        run(engine, accounts.lift_lockout, admin, "anna")
    assert refused.value.code == "account_not_locked"
    lock(engine, "anna")
    with pytest.raises(access.LoginFailed), db.session_scope(engine) as s:
        access.login(s, "anna", PASSWORD)  # locked, even with the right password
    run(engine, accounts.lift_lockout, admin, "anna")
    assert user(engine, "anna").locked_until is None
    with db.session_scope(engine) as s:
        assert access.login(s, "anna", PASSWORD).username == "anna"


def test_unknown_accounts_are_named_in_the_refusal(engine: Engine, admin: access.Actor) -> None:
    for service, args in (
        (accounts.enable_user, ()),
        (accounts.lift_lockout, ()),
        (accounts.change_role, (Role.MANAGER,)),
        (accounts.link_person, (None,)),
    ):
        with pytest.raises(accounts.AccountError) as refused:
            run(engine, service, admin, "ghost", *args)
        assert refused.value.code == "account_unknown" and "ghost" in str(refused.value)


# -- passwords ----------------------------------------------------------------------------------


def test_generated_passwords_pass_the_policy_and_differ() -> None:
    made = {passwords.generate_password() for _ in range(50)}
    assert len(made) == 50
    for password in made:
        passwords.check_strength(password)
        groups = password.split("-")
        assert len(groups) == passwords.GENERATED_GROUPS and all(len(g) == 4 for g in groups)
        assert set(password) <= set(passwords.GENERATED_ALPHABET) | {"-"}


def test_a_reset_password_works_and_never_reaches_the_audit_log(
    engine: Engine, admin: access.Actor
) -> None:
    create(engine, admin, "anna", Role.OFFICER)
    lock(engine, "anna")
    generated = passwords.generate_password()
    count = len(entries(engine))
    run(engine, accounts.set_password, admin, "anna", generated)
    with db.session_scope(engine) as s:
        assert access.login(s, "anna", generated).username == "anna"  # the lockout is lifted too
    written = entries(engine)[count:]
    assert written[0].action == "update" and written[0].details["changes"]["password_hash"] == [
        "(not recorded)",
        "(not recorded)",
    ]
    for entry in entries(engine):
        text = json.dumps(entry.details)
        assert generated not in text and PASSWORD not in text and "$argon2" not in text
