"""The Cases section: who sees it, the list and its filters, sorting, the facts of a case with
their version check, search with highlighted snippets, referrals and the badge, models."""

from __future__ import annotations

import io
import sys
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from console import app, db
from console.models import CaseStatus, LegalBasis, Priority, ReferralStatus
from console.services.cases import casework, operations, people_met
from console.services.cases.people_met import ConsentRow
from console.services.demo.seed import DEMO_PASSWORD
from console.views.cases.case_dialogs import CaseDialog, DeclineDialog, ReferDialog
from console.views.cases.detail import TAB_REFERRALS
from console.views.cases.detail_models import ConsentsModel, LinkedModel, ReferralsModel
from console.views.cases.models import DUE_COLOUR, HTML_ROLE, CasesModel, HitsModel
from console.views.cases.reason_dialog import ReasonDialog
from console.views.cases.section import CasesView
from console.views.common.events import EventsHub
from console.views.main_window import MainWindow
from tests.test_translations import install_italian
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, settle, threaded_context_for
from tests.views.test_cases_support import actor, context_for, seed, today

M = CasesModel
GIACCA = "Uomo che dorme nell'area verde di via Orti Romani"
PANCHINE = "Conflitti alle panchine di piazza Marconi"
CHITARRISTA = "Accompagnamento ai servizi di un giovane di piazza Roma"


@pytest.fixture
def demo(engine: Engine) -> Engine:
    return seed(engine)


def cases_view(
    qtbot,
    engine: Engine,
    username: str,
    hub: EventsHub | None = None,
    *,
    make: ContextMaker = context_for,
) -> CasesView:
    """The Cases section of ``username``, loaded; ``make`` chooses the runner."""
    context = make(engine, actor(engine, username), hub)
    view = CasesView(context)
    context.hub.sig_changed.connect(view.on_changed)
    qtbot.addWidget(view)
    view.resize(1400, 850)
    with qtbot.waitSignal(view.sig_loaded):
        view.show()
    settle(qtbot, context)  # the badge too, asked for by a timer of its own
    return view


def column(view: CasesView, number: int) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def open_case(qtbot, view: CasesView, title: str) -> int:
    """Click the case's row in the list and wait for its detail; returns its id."""
    row = column(view, M.COL_TITLE).index(title)
    view.table.setCurrentIndex(view.proxy.index(row, M.COL_TITLE))
    settle(qtbot, view.context)
    assert view.detail.detail is not None and view.detail.detail.case.title == title
    return view.detail.detail.case.id


def visible(view: CasesView, kind: type) -> object:
    found = [d for d in view.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


# -- who sees it ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "shown"),
    [("educatore", True), ("assistente", True), ("dirigente", False), ("admin", False)],
)
def test_managers_and_admins_have_no_cases_section(qtbot, demo, username, shown) -> None:
    context = context_for(demo, actor(demo, username))
    window = MainWindow(context, location="/data/demo.db", database_name="demo.db", demo=True)
    qtbot.addWidget(window)
    assert window.has_section("cases") is shown
    assert (
        "action_section_cases" in {a.objectName() for a in window.section_actions.values()}
    ) is (shown)


# -- the list ------------------------------------------------------------------------------------


def test_the_list_its_filters_and_sorting(qtbot, demo: Engine) -> None:
    view = cases_view(qtbot, demo, "educatore")
    assert set(column(view, M.COL_TITLE)) >= {GIACCA, PANCHINE, CHITARRISTA}
    assert view.count.text() == f"{view.model.rowCount()} case(s)"
    # The first case is shown in detail at once (without its notes: they need a reason).
    assert view.detail.detail is not None
    # The person as this reader may see them: no consent for the cooperative, so the nickname.
    assert column(view, M.COL_PERSON)[column(view, M.COL_TITLE).index(CHITARRISTA)] == (
        "Il chitarrista"
    )

    view.filters.status.setCurrentIndex(view.filters.status.findData(CaseStatus.MONITORING))
    view.filters.status.activated.emit(view.filters.status.currentIndex())
    assert set(column(view, M.COL_STATUS)) == {"Monitoring"}

    view.filters.status.setCurrentIndex(0)
    view.filters.status.activated.emit(0)
    view.table.horizontalHeader().setSortIndicator(M.COL_REVIEW, Qt.SortOrder.AscendingOrder)
    rows = [view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(5)]
    reviews = {row.id: row.next_review_on for row in view.data.rows}
    assert [reviews[i] for i in rows] == sorted(reviews[i] for i in rows)


def _cut_headers(table) -> list[str]:
    """The headers of ``table`` not shown whole: narrower than their text, or past the edge."""
    header = table.horizontalHeader()
    cut = []
    for number in range(table.model().columnCount()):
        if table.isColumnHidden(number):
            continue
        text = table.model().headerData(number, Qt.Orientation.Horizontal)
        right = header.sectionViewportPosition(number) + header.sectionSize(number)
        if header.sectionSize(number) < header.sectionSizeFromContents(number).width() - 1:
            cut.append(f"{text}: narrower than its header")
        if right > table.viewport().width():
            cut.append(f"{text}: past the edge")
    return cut


@pytest.mark.parametrize("width", [1290, 1000, 1900])
def test_headers_are_whole_and_titles_elided_with_a_tooltip_in_italian(
    qtbot, demo: Engine, tmp_path, monkeypatch, width: int
) -> None:
    """1290 pixels is the section in a 1440x900 window: "Prossima revisione" and the columns
    after it were cut at the list's edge, and the referrals' reason could not be seen."""
    translation = install_italian(tmp_path, monkeypatch)
    try:
        view = cases_view(qtbot, demo, "educatore")
        view.resize(width, 800)
        qtbot.waitUntil(lambda: view.table.viewport().width() > 300)
        assert _cut_headers(view.table) == []
        hidden = view.columns.hidden()
        assert (hidden == []) is (width > 1800)  # a wide window shows every column
        row = column(view, M.COL_TITLE).index(GIACCA)
        tip = view.proxy.index(row, M.COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
        case = next(r for r in view.data.rows if r.title == GIACCA)
        # What the narrow list hides is in the title's tooltip, with the whole title.
        assert tip.split("\n")[0] == GIACCA
        for text in (case.owner_name, case.zone_name, case.subject_display):
            assert text in tip
        assert view.proxy.index(row, M.COL_ZONE).data(Qt.ItemDataRole.ToolTipRole) == (
            case.zone_name
        )

        open_case(qtbot, view, GIACCA)
        view.detail.tabs.setCurrentIndex(TAB_REFERRALS)
        referrals = view.detail.referrals.table
        qtbot.waitUntil(lambda: referrals.isVisible() and referrals.model().rowCount() > 0)
        assert _cut_headers(referrals) == []
        reason = referrals.horizontalHeader().sectionSize(ReferralsModel.COL_REASON)
        assert reason >= 100  # the reason column is there to be read, not a sliver
    finally:
        translation.uninstall()


def test_the_case_detail_fits_beside_the_list_without_scrolling_in_italian(
    qtbot, demo: Engine, tmp_path, monkeypatch
) -> None:
    """The section in a 1280x800 window (the screenshots' size; about what a 1366x768 laptop
    gives it): the detail of a case scrolled sideways, its review date cut at the edge."""
    translation = install_italian(tmp_path, monkeypatch)
    try:
        view = cases_view(qtbot, demo, "educatore")
        width, height = app.SCREENSHOT_SIZE
        view.resize(width - 150, height - 60)  # less the navigation and the status bar
        open_case(qtbot, view, GIACCA)
        scroll = view.detail.parentWidget().parentWidget()  # the QScrollArea around it
        qtbot.waitUntil(lambda: view.detail.width() > 300)
        needs, has = view.detail.minimumSizeHint().width(), scroll.viewport().width()
        assert needs <= has and scroll.horizontalScrollBar().maximum() == 0
        assert view.detail.review.isVisible() and view.detail.save.isVisible()
    finally:
        translation.uninstall()


def test_a_social_worker_sees_the_name_the_person_consented_to(qtbot, demo: Engine) -> None:
    view = cases_view(qtbot, demo, "assistente")
    titles = column(view, M.COL_TITLE)
    assert column(view, M.COL_PERSON)[titles.index(CHITARRISTA)] == "Yassine Morandi"


def test_editing_the_facts_and_a_conflict_shows_both_versions(
    qtbot, demo: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = cases_view(qtbot, demo, "educatore")
    case_id = open_case(qtbot, view, PANCHINE)
    detail = view.detail
    assert not detail.save.isEnabled()
    yesterday = today() - timedelta(days=1)
    detail.review.edit.setDate(yesterday)
    detail.priority.setCurrentIndex(detail.priority.findData(Priority.LOW))
    assert detail.changes() == {"priority": Priority.LOW, "next_review_on": yesterday}
    detail.save.click()

    row = view.model.row_of(case_id)
    case = view.model.row(row)
    assert (case.priority, case.next_review_on, case.review_due) == (Priority.LOW, yesterday, True)
    due = view.model.index(row, M.COL_REVIEW)
    assert due.data(Qt.ItemDataRole.ForegroundRole).color() == DUE_COLOUR
    view.filters.review_due.setChecked(True)
    assert column(view, M.COL_TITLE) == [PANCHINE]
    view.filters.review_due.setChecked(False)

    # Someone of the cooperative saves the case meanwhile: this view holds the older version.
    with db.session_scope(demo) as session:
        casework.update_case(
            session, actor(demo, "educatore"), case_id, case.version_id, status="monitoring"
        )
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    detail.status.setCurrentIndex(detail.status.findData(CaseStatus.CLOSED))
    detail.save.click()
    assert len(warnings) == 1
    assert "Your change:\n  • Status: Closed" in warnings[0]
    assert "Saved meanwhile:\n  • Status: Monitoring" in warnings[0]
    assert detail.status.currentData() == CaseStatus.MONITORING  # shown as it is now
    assert not detail.save.isEnabled()


@BOTH_RUNNERS
def test_a_new_case(qtbot, demo: Engine, make_context: ContextMaker) -> None:
    view = cases_view(qtbot, demo, "educatore", make=make_context)
    view.act_new_case.trigger()
    view.act_new_case.trigger()  # twice before the people met are read: one dialog
    qtbot.waitUntil(lambda: bool([d for d in view.findChildren(CaseDialog) if d.isVisible()]))
    settle(qtbot, view.context)
    dialog = visible(view, CaseDialog)
    assert view.act_new_case.isEnabled()
    # The people met the educator may see are offered, read when the dialog opened.
    with db.session_scope(demo) as session:
        offered = people_met.list_subjects(session, view.actor)
    assert offered
    assert [dialog.subject.itemData(i) for i in range(1, dialog.subject.count())] == [
        s.id for s in offered
    ]
    assert not dialog.ok.isEnabled()
    dialog.title.setText("Bivacco sotto i portici di via Verdi")
    dialog.priority.setCurrentIndex(dialog.priority.findData(Priority.HIGH))
    dialog.ok.click()
    settle(qtbot, view.context)
    # Accepted and gone (deleted once closed).
    qtbot.waitUntil(lambda: not [d for d in view.findChildren(CaseDialog) if d.isVisible()])
    qtbot.waitUntil(lambda: "Bivacco sotto i portici di via Verdi" in column(view, M.COL_TITLE))
    qtbot.waitUntil(
        lambda: (
            view.detail.detail.case is not None
            and view.detail.detail.case.title == "Bivacco sotto i portici di via Verdi"
        )
    )
    assert view.detail.detail.case.owner_id == view.actor.person_id


def test_a_new_case_asked_by_a_window_closed_meanwhile_opens_nothing(qtbot, demo: Engine) -> None:
    """On the real runner: the section goes while the people met are read; the answer
    reaches no deleted widget and no dialog opens."""
    view = cases_view(qtbot, demo, "educatore", make=threaded_context_for)
    context = view.context
    try:
        view.act_new_case.trigger()
        view.close()
        view.deleteLater()
        qtbot.wait(10)
        settle(qtbot, context)
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, CaseDialog)]
    finally:
        context.runner.shutdown()


def test_a_new_case_whose_people_met_cannot_be_read_says_why(
    qtbot, demo: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = cases_view(qtbot, demo, "educatore")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))

    def broken(*_args: object) -> None:
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr(operations, "new_case_subjects", broken)
    view.act_new_case.trigger()
    assert len(warnings) == 1
    assert not [d for d in view.findChildren(CaseDialog) if d.isVisible()]
    assert view.act_new_case.isEnabled()  # and it can be tried again


# -- search --------------------------------------------------------------------------------------


def test_search_shows_hits_with_the_matches_in_bold(qtbot, demo: Engine, monkeypatch) -> None:
    view = cases_view(qtbot, demo, "educatore")
    view.act_find.trigger()
    qtbot.keyClicks(view.search, "panchina")
    view.search.returnPressed.emit()
    assert view.pages.currentWidget() is view.hits_table
    assert view.hits.rowCount() >= 1
    snippet = view.hits.index(0, HitsModel.COL_SNIPPET)
    assert "<b>panchina</b>" in snippet.data(HTML_ROLE).lower()
    assert "[[" not in snippet.data()
    view.hits_table.setCurrentIndex(snippet)
    assert view.detail.detail.case.id == view.hits.row(0).case_id
    assert not view.detail.notes.timeline.notes  # choosing a hit asks nothing yet
    asked: list[str] = []
    monkeypatch.setattr(
        ReasonDialog, "exec", lambda d: (asked.append(d.windowTitle()), d.choose("follow-up"), 1)[2]
    )
    view.hits_table.activated.emit(snippet)  # Enter on the hit: its notes, with the reason
    assert len(asked) == 1
    assert view.hits.row(0).note_id in {n.id for n in view.detail.notes.timeline.notes}

    for hostile in ('"panchina', "* OR NEAR(", "';--", "ä" * 5000, "%%%"):
        view.search.setText(hostile)
        view.run_search()  # never an error box (the fixture fails the test on one)
    view.search.setText("zzzqqq")
    view.run_search()
    assert view.count.text() == "Nothing found. Try fewer or other words."
    view.search.clear()
    view.run_search()
    assert view.pages.currentWidget() is view.table


# -- referrals and the badge ---------------------------------------------------------------------


def save(qtbot, dialog: QDialog, *contexts) -> None:
    """Click the dialog's Save and wait until it is accepted (the service said yes), then for
    the reloads that caused. The dialog deletes itself afterwards: read from it before."""
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok.click()
    settle(qtbot, *contexts)


@BOTH_RUNNERS
def test_refer_as_educator_then_accept_as_social_worker(
    qtbot, demo: Engine, make_context: ContextMaker
) -> None:
    hub = EventsHub()  # two workstations hearing the same changes (as LISTEN/NOTIFY does)
    social = cases_view(qtbot, demo, "assistente", hub, make=make_context)
    badges: list[str] = []
    social.sig_badge.connect(badges.append)
    social.refresh()
    settle(qtbot, social.context)
    assert badges[-1] == "1"  # the demo's referral of the man who sleeps in the park
    assert social.badge.text() == "1 incoming referral(s)"

    educator = cases_view(qtbot, demo, "educatore", hub, make=make_context)
    both = (social.context, educator.context)
    case_id = open_case(qtbot, educator, PANCHINE)
    educator.detail.tabs.setCurrentIndex(TAB_REFERRALS)
    educator.detail.referrals.refer.click()
    dialog = visible(educator, ReferDialog)
    dialog.organization.setCurrentIndex(
        dialog.organization.findText("Servizio Sociale Territoriale")
    )
    dialog.reason.setPlainText("Chiediamo una valutazione del gruppo alle panchine.")
    save(qtbot, dialog, *both)
    assert educator.detail.detail.case.status is CaseStatus.REFERRED
    assert [r.status for r in educator.detail.detail.referrals] == [ReferralStatus.SENT]
    assert not educator.detail.referrals.accept_button.isEnabled()  # the sender does not answer

    assert badges[-1] == "2"
    social.filters.waiting.setChecked(True)  # what the badge button does
    settle(qtbot, *both)
    assert set(column(social, M.COL_TITLE)) == {GIACCA, PANCHINE}
    open_case(qtbot, social, PANCHINE)
    panel = social.detail.referrals
    assert panel.selected().status is ReferralStatus.SENT  # the waiting one comes selected
    assert "valutazione del gruppo" in panel.reason.text()
    panel.accept_button.click()
    settle(qtbot, *both)
    assert badges[-1] == "1"
    assert [r.status for r in social.detail.detail.referrals] == [ReferralStatus.ACCEPTED]
    assert panel.complete.isEnabled()

    open_case(qtbot, social, GIACCA)
    social.detail.referrals.decline.click()
    decline = visible(social, DeclineDialog)
    assert not decline.ok.isEnabled()  # a reason is needed
    decline.reason.setPlainText("Già seguito dal servizio di bassa soglia.")
    save(qtbot, decline, *both)
    assert badges[-1] == ""
    assert not social.badge.isVisible()
    educator.refresh()
    settle(qtbot, *both)
    assert educator.model.row(educator.model.row_of(case_id)).status is CaseStatus.REFERRED


def test_the_badge_is_in_the_navigation_before_the_section_is_opened(qtbot, demo) -> None:
    context = context_for(demo, actor(demo, "assistente"))
    window = MainWindow(context, location="/data/demo.db", database_name="demo.db", demo=True)
    qtbot.addWidget(window)
    row = window._names.index("cases")
    qtbot.waitUntil(lambda: window.navigation.item(row).text() == "Cases (1)")
    assert window.navigation.item(row).font().bold()


# -- models --------------------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(qtbot, qtmodeltester, demo: Engine) -> None:
    view = cases_view(qtbot, demo, "assistente")
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    open_case(qtbot, view, CHITARRISTA)
    qtmodeltester.check(view.detail.referrals.model)
    qtmodeltester.check(view.detail.linked.model)
    assert view.detail.linked.model.rowCount() > 0
    qtmodeltester.check(view.detail.person.model)
    assert view.detail.person.model.rowCount() == 1
    view.search.setText("ragazzi")
    view.run_search()
    assert view.hits.rowCount() > 0
    qtmodeltester.check(view.hits)

    consents = ConsentsModel()
    consents.set_rows(
        [
            ConsentRow(
                *(1, 1, 3, "SST", "L. 328/2000", date(2026, 1, 1), None, date(2026, 2, 1)),
                False,
                basis=LegalBasis.PUBLIC_TASK,
                recorded_by="M. Boldori",
                recorded_by_organization="SST",
            )
        ]
    )
    qtmodeltester.check(consents)
    assert consents.index(0, ConsentsModel.COL_BASIS).data() == "Public task: L. 328/2000"
    assert consents.index(0, ConsentsModel.COL_BY).data() == "M. Boldori (SST)"
    assert "Recorded by M. Boldori (SST)" in consents.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert consents.index(0, ConsentsModel.COL_STATE).data() == "No"
    for empty in (ReferralsModel(), LinkedModel(), HitsModel(), CasesModel()):
        qtmodeltester.check(empty)
        assert empty.data(QModelIndex()) is None


# -- the screenshot ------------------------------------------------------------------------------


def test_screenshot_of_the_cases_view(qapp, demo, db_path, tmp_path, monkeypatch) -> None:
    """Through main() and its threaded runner: the picture waits for the list and the case."""
    seen: dict[str, object] = {}
    take = app._screenshot

    def spy(window: MainWindow, runner, target) -> int:
        code = take(window, runner, target)
        view = window.views["cases"]
        seen["section"] = window.current_name
        seen["rows"] = view.model.rowCount()
        seen["detail"] = view.detail.detail is not None
        return code

    monkeypatch.setattr(app, "_screenshot", spy)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEMO_PASSWORD}\n"))
    png = tmp_path / "cases.png"
    argv = ["--db", str(db_path), "--screenshot", str(png), "--view", "cases"]
    assert app.main([*argv, "--user", "educatore"]) == 0
    assert not QImage(str(png)).isNull()
    assert seen == {"section": "cases", "rows": 5, "detail": True}


def test_another_organizations_case_is_read_with_its_facts_locked(qtbot, demo: Engine) -> None:
    """An officer reads the cooperative's case: its facts are the cooperative's to change, and
    the window says so instead of failing on Save."""
    view = cases_view(qtbot, demo, "agente")
    open_case(qtbot, view, PANCHINE)
    detail = view.detail
    assert not detail.detail.case.may_change
    assert not detail.status.isEnabled() and not detail.owner.isEnabled()
    assert not detail.save.isEnabled()
    assert not detail.held.isHidden()
    assert "Cooperativa Sociale Il Cortile" in detail.held.text()
    assert not detail.referrals.refer.isEnabled()
    # The cooperative's educator changes it as before.
    own = cases_view(qtbot, demo, "educatore")
    open_case(qtbot, own, PANCHINE)
    assert own.detail.detail.case.may_change and own.detail.status.isEnabled()
    assert own.detail.held.isHidden()


@BOTH_RUNNERS
def test_a_window_open_when_its_account_is_disabled_saves_nothing(
    qtbot, demo: Engine, make_context: ContextMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.services.access import accounts

    view = cases_view(qtbot, demo, "educatore", make=make_context)
    open_case(qtbot, view, PANCHINE)
    detail = view.detail
    before = detail.detail.case
    with db.session_scope(demo) as session:
        accounts.disable_user(session, actor(demo, "admin"), "educatore")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    detail.priority.setCurrentIndex(detail.priority.findData(Priority.LOW))
    detail.save.click()
    settle(qtbot, view.context)
    assert len(warnings) == 1
    assert "Your account was disabled since you signed in" in warnings[0]
    with db.session_scope(demo) as session:
        now = casework.case_detail(session, actor(demo, "coordinatore"), before.id).case
    assert (now.priority, now.version_id) == (before.priority, before.version_id)
