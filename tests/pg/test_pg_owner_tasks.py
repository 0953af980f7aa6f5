"""On a shared server, the retention run and a person's requests are the owner's (console-admin):
an account's own role sees only part of the people's data, so the services refuse them there,
in words that give the owner's command, and write nothing; the window shows the refusal; the
command line, as the owner, does them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from console import db
from console.models import AuditEvent, Subject, SubjectAmendment
from console.services.access import pg_roles
from console.services.access.session_guard import run_as
from console.services.retention import erasure, requests, run, subject_access
from tests.pg.test_pg_roles import run_cli, server, sign_in  # noqa: F401 - the fixture
from tests.pg.test_postgresql import TODAY

pytestmark = pytest.mark.pg


def _erasable_subject(server: str) -> int:  # noqa: F811 - the fixture's name
    owner = db.make_engine(server)
    with db.session_scope(owner) as s:
        ids = s.scalars(select(Subject.id).order_by(Subject.id)).all()
        found = next(i for i in ids if not erasure.erasure_blocked_by(s, i))
    owner.dispose()
    return found


def _written(server: str) -> tuple[int, int, list[tuple[str | None, str | None]]]:  # noqa: F811
    owner = db.make_engine(server)
    with db.session_scope(owner) as s:
        state = (
            s.scalar(select(func.count()).select_from(AuditEvent)),
            s.scalar(select(func.count()).select_from(SubjectAmendment)),
            [tuple(r) for r in s.execute(select(Subject.alias, Subject.full_name))],
        )
    owner.dispose()
    return state


def test_an_administrators_own_role_is_refused_the_owners_tasks(server: str) -> None:  # noqa: F811
    subject_id = _erasable_subject(server)
    engine, admin = sign_in(server, "admin")
    before = _written(server)  # after the sign-in's own entry
    tasks = {
        "retention --dry-run": (run.preview_retention, TODAY),
        "retention --apply": (run.apply_retention, TODAY),
        "subject-export --subject ID": (requests.find_people_met, "a", "richiesta 12"),
        f"subject-export --subject {subject_id} ": (
            subject_access.subject_export,
            subject_id,
            "richiesta 12",
        ),
        f"subject-rectify --subject {subject_id} ": (
            erasure.rectify_subject,
            subject_id,
            {"alias": "Nuovo"},
            "richiesta 12",
        ),
        f"subject-erase --subject {subject_id} ": (
            erasure.erase_subject,
            subject_id,
            "richiesta 12",
        ),
    }
    owner_name = make_url(server).username
    try:
        for command, (service, *args) in tasks.items():
            with pytest.raises(pg_roles.OwnerRunsThis) as refused:
                run_as(engine, service, admin, *args)
            assert refused.value.code == "shared_server_owner_runs_this"
            said = str(refused.value)
            assert command in said, said
            assert f"console-admin --db 'postgresql+psycopg://{owner_name}@" in said
            assert f"{owner_name}:" not in said  # no password: the owner's is no one's
    finally:
        engine.dispose()
    assert _written(server) == before  # not even an audit entry


def test_the_owner_does_them_with_console_admin(
    server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path,
) -> None:
    subject_id = _erasable_subject(server)
    assert run_cli(server, "retention", "--dry-run", monkeypatch=monkeypatch) == 0
    out = tmp_path / "person.json"
    code = run_cli(
        server,
        "subject-export",
        "--subject",
        str(subject_id),
        "--reason",
        "richiesta 12",
        "--out",
        str(out),
        monkeypatch=monkeypatch,
    )
    assert code == 0, capsys.readouterr().err
    assert json.loads(out.read_text())
    argv = ["--subject", str(subject_id), "--reason", "richiesta 12"]
    assert (
        run_cli(server, "subject-rectify", *argv, "--alias", "Nuovo", monkeypatch=monkeypatch) == 0
    )
    assert run_cli(server, "subject-erase", *argv, monkeypatch=monkeypatch) == 0
    assert run_cli(server, "retention", "--apply", monkeypatch=monkeypatch) == 0
    assert "records changed" in capsys.readouterr().out


def test_the_window_says_the_owner_runs_it(
    qtbot,
    qapp,
    server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from console.views.retention import RetentionView
    from tests.views.signed_in import context_for, settle

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    engine, admin = sign_in(server, "admin")
    try:
        context = context_for(engine, admin)
        view = RetentionView(context)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.sig_loaded):
            view.show()
        settle(qtbot, context)
        # The preview: said in the section, and nothing to run.
        assert view.notice.isVisible() and "database's owner" in view.notice.text()
        assert "retention --dry-run" in view.notice.text()
        assert not view.run_button.isEnabled()
        # The search of a person's request: a dialog with the owner's command.
        panel = view.requests
        panel.search_edit.setText("a")
        panel.reason_edit.setText("richiesta 12")
        panel.find()
        settle(qtbot, context)
        assert len(shown) == 1 and "console-admin --db" in shown[0], shown
        assert "subject-export" in shown[0]
        assert panel.model.rowCount() == 0
    finally:
        engine.dispose()
