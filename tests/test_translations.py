"""The Italian translation is complete and current, and the language is chosen as documented."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from console import i18n

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "console_it.ts"
PENDING = TS_FILE.parent / "pending"  # each branch's new strings, until the lead merges them
SOURCES = sorted(str(p) for p in (ROOT / "console").rglob("*.py"))
# The flags the .ts is maintained with (see the README's translation notes).
LUPDATE_FLAGS = ("-no-obsolete", "-locations", "none")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def tool(name: str) -> str:
    """A Qt tool of the venv's PySide6 (pyside6-lupdate, pyside6-lrelease)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is missing: install the project with its test extra")
    return found


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n")


def pending_entries() -> list[tuple[str, str, str]]:
    """(context, English, Italian) of the strings a branch added in translations/pending/*.tsv,
    waiting to be merged into console_it.ts (escapes such as \\n written as in the code)."""
    entries = []
    for tsv in sorted(PENDING.glob("*.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line.strip():
                context, source, italian = line.split("\t")
                entries.append((context, _unescape(source), _unescape(italian)))
    return entries


def catalogue_source(folder: Path) -> Path:
    """console_it.ts with the pending entries added: the catalogue as it will be once merged."""
    tree = ET.parse(TS_FILE)
    root = tree.getroot()
    contexts = {node.findtext("name"): node for node in root.iter("context")}
    for context, source, italian in pending_entries():
        node = contexts.get(context)
        if node is None:
            node = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(node, "name").text = context
        if any(m.findtext("source") == source for m in node.iter("message")):
            continue
        message = ET.SubElement(node, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = italian
    merged = folder / TS_FILE.name
    tree.write(merged, encoding="utf-8", xml_declaration=True)
    return merged


def compile_catalogue(folder: Path) -> Path:
    """Compile console_it.ts, with the pending entries, into ``folder`` (never into the source
    tree) and return the .qm."""
    qm = folder / "console_it.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(catalogue_source(folder)), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm


def install_italian(folder: Path, monkeypatch: pytest.MonkeyPatch) -> i18n.Translation:
    """Install the Italian translators as the app does, from a freshly compiled catalogue."""
    qm = compile_catalogue(folder)
    monkeypatch.setattr(i18n, "catalogue", lambda _language: qm)
    return i18n.install("it")


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def _translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


def test_every_entry_is_translated() -> None:
    messages = _messages(TS_FILE)
    assert messages, "the .ts holds no message"
    for message in messages:
        source = message.findtext("source")
        node = message.find("translation")
        assert node.get("type") is None, f"{node.get('type')} translation: {source!r}"
        for text in _translations(message):
            assert text.strip(), f"empty translation: {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"placeholders differ: {source!r} -> {text!r}"
            )
            assert ("&" in text) == ("&" in source), f"accelerator lost: {source!r} -> {text!r}"


def test_the_ts_file_is_current(tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing new: every visible string is translated."""
    copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, copy)
    subprocess.run(
        [tool("pyside6-lupdate"), *SOURCES, "-ts", str(copy), *LUPDATE_FLAGS],
        check=True,
        capture_output=True,
    )
    unfinished = [
        m.findtext("source")
        for m in _messages(copy)
        if m.find("translation").get("type") in {"unfinished", "vanished", "obsolete"}
    ]
    assert unfinished == [], "run pyside6-lupdate (see the README) and translate these"


def test_catalogues_load_ours_and_qts(qapp, tmp_path: Path, monkeypatch) -> None:
    translation = install_italian(tmp_path, monkeypatch)
    try:
        assert len(translation.translators) == 2
        assert QCoreApplication.translate("Menus", "&Help") == "&Aiuto"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annulla"  # qtbase_it
        assert QLocale().language() == QLocale.Language.Italian
    finally:
        translation.uninstall()
    assert QCoreApplication.translate("Menus", "&Help") == "&Help"


def test_a_missing_catalogue_leaves_english(qapp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(i18n, "catalogue", lambda _language: tmp_path / "missing.qm")
    translation = i18n.install("it")
    try:
        assert QCoreApplication.translate("Menus", "&Help") == "&Help"
    finally:
        translation.uninstall()


def test_language_comes_from_the_option_then_the_setting_then_the_system(monkeypatch) -> None:
    assert i18n.choose_language("it", "en") == "it"
    assert i18n.choose_language(None, "it") == "it"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("it_CH")))
    assert i18n.choose_language(None, "") == "it"
    assert i18n.locale_for("it").name() == "it_CH"  # keeps the system's country
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.choose_language(None, "") == "en"
    assert i18n.locale_for("en").name() == "en_GB"
