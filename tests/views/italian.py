"""Is every text a window shows Italian? Walk its widget tree and check each visible text
against the Italian catalogue (ours with the pending entries, and Qt's own) or the data.

A text passes when it is a translation (its placeholders filled with texts that pass in turn),
data (names, titles, places and accounts from the database, numbers, dates, month and day
names), or parts of those joined by punctuation (" · ", ", ", new lines...). Anything else, an
English source above all, is reported with where it is in the tree.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import Engine, String, Text, inspect, select

from console import models

PLACEHOLDER = re.compile(r"\{[a-z_0-9]+(?::[^}]*)?\}|%n|%L?[0-9]")
LETTER = re.compile(r"[^\W\d_]")
# Where a text built from several pieces is cut to check each piece on its own.
SEPARATORS = tuple(
    re.compile(separator)
    for separator in (
        r"\n+",
        r"^\d+\.\s+",  # a numbered item: "9. settimana 52"
        r"\s+·\s+",
        r"\s+[—–]\s+",
        r"\s+[|/→]\s+",
        r";\s+",
        r"\t|\s{2,}",
        r":\s+",
        r",\s+",
        r"\s+-\s+",
        r"\s*[()\[\]]\s*",
    )
)
ANY_SEPARATOR = re.compile("|".join(s.pattern for s in SEPARATORS))
MAX_ROWS = 60  # rows of a table whose cells are read
# A file, a folder or a time zone ("Europe/Rome"): data.
PATH = re.compile(r"^(?:[/~]|[A-Za-z]:\\)\S*$|^[\w.-]+\.[a-z]{2,4}$|^[A-Z][a-z]+/[A-Za-z_]+$")
# The shortcut Qt or a view adds to a tooltip or a placeholder: "Nuovo caso… (Ctrl+N)".
SHORTCUT = re.compile(r"\s*\((?:[^()]*\+[^()]*|F\d+|Esc|Canc|Del)\)$")
ISO_TIME = re.compile(r"^\d{4}-\d\d-\d\d(?:T[\d:.]+(?:[+-]\d\d:\d\d|Z)?)?$")
KEYS = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Maiusc|Meta)\+)*(?:F\d+|\S)$")  # "F2", "Ctrl+N"
KEYS_PLACEHOLDER = re.compile(r"\s*\(\{(?:keys?|shortcut)\}\)$")
ENUM_LIKE = re.compile(r"^[a-z][a-z_]*$")  # a stored code ("published"), never data to show


def normal(text: str) -> str:
    """As a person reads it: no accelerator marks, one space between words, no trailing
    ellipsis or colon (a tooltip drops them from its action's text)."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    lines = (" ".join(line.split()) for line in text.splitlines())
    text = SHORTCUT.sub("", "\n".join(line for line in lines if line))
    return text.rstrip(":…. ").strip()


def qm_translations(path: Path) -> set[str]:
    """The translations held in a compiled Qt catalogue (.qm), read from its messages block."""
    data = path.read_bytes()
    found: set[str] = set()
    position = 16  # the magic number
    while position < len(data):
        tag, length = data[position], struct.unpack(">I", data[position + 1 : position + 5])[0]
        block = data[position + 5 : position + 5 + length]
        position += 5 + length
        if tag != 0x69:  # messages
            continue
        at = 0
        while at < len(block):
            kind = block[at]
            at += 1
            if kind in (1, 5):  # end of a message, obsolete
                continue
            size = struct.unpack(">I", block[at : at + 4])[0]
            at += 4
            if size == 0xFFFFFFFF:
                continue
            if kind == 3:  # a translation, UTF-16
                found.add(block[at : at + size].decode("utf-16-be"))
            at += size
    return found


def ts_translations(ts: Path) -> set[str]:
    """Every Italian text (each plural form) of a .ts file."""
    found: set[str] = set()
    for message in ET.parse(ts).getroot().iter("message"):
        node = message.find("translation")
        forms = node.findall("numerusform") if node is not None else []
        found.update((f.text or "") for f in forms) if forms else found.add(node.text or "")
    return {text for text in found if text}


def locale_words(locale: QLocale) -> set[str]:
    words: set[str] = set()
    for kind in QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat:
        for month in range(1, 13):
            words.add(locale.monthName(month, kind))
            words.add(locale.standaloneMonthName(month, kind))
        for day in range(1, 8):
            words.add(locale.dayName(day, kind))
            words.add(locale.standaloneDayName(day, kind))
    return {w.casefold() for w in words if w}


def data_strings(engine: Engine) -> set[str]:
    """The free texts stored in the database (names, titles, places, usernames); stored codes
    such as "published" are left out: shown raw they are English, not data."""
    found: set[str] = set()
    with engine.connect() as connection:
        for table in models.Base.metadata.sorted_tables:
            if table.name.startswith("audit"):
                continue
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            columns = [c for c in columns if not getattr(c.type, "enums", None)]
            if not columns or not inspect(connection).has_table(table.name):
                continue
            for row in connection.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str) and value.strip():
                        for line in value.splitlines():
                            if line.strip() and not ENUM_LIKE.match(line.strip()):
                                found.add(normal(line))
        found.update(connection.execute(select(models.User.username)).scalars())
        # Who wrote each entry, as recorded (also accounts gone since, and "seed-demo").
        found.update(connection.execute(select(models.AuditEvent.username)).scalars())
    return {text for text in found if text}


class Italian:
    """The texts that count as Italian: ``italian.passes(text)``."""

    def __init__(self, ts: Path, data: Iterable[str] = ()) -> None:
        qtbase = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        translations = ts_translations(ts) | qm_translations(qtbase / "qtbase_it.qm")
        self.exact = {normal(t) for t in translations}
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        for text in translations:
            if not PLACEHOLDER.search(text):
                continue
            shown = normal(KEYS_PLACEHOLDER.sub("", text))  # the text drops its shortcut too
            if not LETTER.search(PLACEHOLDER.sub(" ", shown)):
                continue  # "{a} · {b}": says nothing of its own
            pieces = PLACEHOLDER.split(shown)
            regex = "(.+?)".join(re.escape(piece) for piece in pieces)
            longest = max((p.strip() for p in pieces), key=len)
            self.patterns.append((longest, re.compile(regex, re.DOTALL)))
        self.data = {d for d in data if len(d) > 1}
        words = sorted((re.escape(d) for d in self.data), key=len, reverse=True)
        alternatives = r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)"
        self.data_pattern = re.compile(alternatives) if words else None
        # Qt glues some texts to a word ("Show " + a column's name).
        self.prefixes = tuple(t for t in translations if t.endswith(" ") and LETTER.search(t))
        self.words = locale_words(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))

    def _dated(self, text: str) -> bool:
        """Only numbers, punctuation, initials and the locale's month and day names."""
        for word in re.findall(r"[^\W\d_]+", text):
            if len(word) > 1 and word.casefold() not in self.words:
                return False
        return True

    @lru_cache(maxsize=20_000)  # noqa: B019 (one instance per test, thrown away after it)
    def passes(self, text: str, depth: int = 0) -> bool:  # noqa: PLR0911 (one rule a return)
        text = normal(text)
        if not LETTER.search(text) or PATH.match(text) or KEYS.match(text):
            return True
        if text in self.exact or text in self.data or ISO_TIME.match(text):
            return True
        if depth > 8:
            return False
        for longest, pattern in self.patterns:
            if longest in text:
                match = pattern.fullmatch(text)
                if match and all(self.passes(group, depth + 1) for group in match.groups()):
                    return True
        for prefix in self.prefixes:
            if text.startswith(prefix) and self.passes(text[len(prefix) :], depth + 1):
                return True
        # Cut at the strongest separators first, so that "(registrato, non mostrato)" stays whole.
        for separator in SEPARATORS:
            pieces = separator.split(text)
            parts = [p for p in pieces if LETTER.search(p)]
            if len(pieces) > 1 and all(self.passes(part, depth + 1) for part in parts):
                return True
        # Data taken out (its own commas and colons with it), what is left must pass.
        rest = self.data_pattern.sub("\n", text) if self.data_pattern else text
        if rest != text:
            parts = [p for p in ANY_SEPARATOR.split(rest) if LETTER.search(p)]
            return all(self.passes(part, depth + 1) for part in parts)
        return self._dated(text)


def _where(widget: QWidget) -> str:
    names = []
    while widget is not None:
        name = widget.objectName()
        names.append(f"{type(widget).__name__}({name})" if name else type(widget).__name__)
        widget = widget.parentWidget()
    return " > ".join(reversed(names))


def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def _action_texts(actions: Iterable, where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator():
            continue
        yield f"{where} action", action.text()
        yield f"{where} action tooltip", action.toolTip()
        yield f"{where} action status tip", action.statusTip()
        if action.menu() is not None:
            yield from _action_texts(action.menu().actions(), f"{where} ▸ {normal(action.text())}")


def _view_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    root = view.rootIndex()
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    columns = header().count() if header is not None else 1  # a list model hides columnCount
    if header is not None and not header().isHidden():
        for column in range(columns):
            yield f"{where} header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            yield f"{where} header tooltip", str(tip or "")
    for row in range(min(model.rowCount(root), MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column, root)
            for role in Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{where} row {row} column {column}", value


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:  # noqa: PLR0912 (a widget kind each)
    """(where, text) for every text ``top`` shows now: its and its children's titles, labels,
    buttons, tooltips, placeholders, tabs, combo items, table headers and cells, menus."""
    yield _where(top), top.windowTitle()
    if isinstance(top, QMainWindow):
        yield from _action_texts(top.menuBar().actions(), "menu")
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and (widget.isWindow() or not widget.isVisibleTo(top)):
            continue
        if isinstance(widget, QMenu):
            continue
        where = _where(widget)
        yield where, widget.toolTip()
        yield from _action_texts(widget.actions(), where)
        if isinstance(widget, QLabel):
            yield where, _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield where, widget.placeholderText()
            if widget.isReadOnly():
                yield where, widget.toPlainText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where} item {i}", widget.itemText(i)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{where} tab {i}", widget.tabText(i)
                yield f"{where} tab {i} tooltip", widget.tabToolTip(i)
        elif isinstance(widget, QAbstractSpinBox):
            yield where, widget.specialValueText()
            for affix in ("prefix", "suffix"):
                if hasattr(widget, affix):
                    yield where, getattr(widget, affix)()
        elif isinstance(widget, QAbstractItemView):
            yield from _view_texts(widget, where)


def _every_tab(top: QWidget) -> Iterator[None]:
    """Once as it is, then once with each other page of each visible tab widget in front."""
    yield
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != current and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                yield
        tabs.setCurrentIndex(current)


def untranslated(top: QWidget, italian: Italian) -> list[str]:
    """``where: 'text'`` for each visible text of ``top`` (on every tab) that is not Italian."""
    found = []
    for _shown in _every_tab(top):
        for where, text in visible_texts(top):
            if text and text.strip() and not italian.passes(text):
                found.append(f"{where}: {text!r}")
    return sorted(set(found))
