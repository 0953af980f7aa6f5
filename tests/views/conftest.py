"""View tests never block on a modal message box: an unexpected one fails the test instead.

A test that expects a box patches the method itself (its monkeypatch wins over this one).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_unexpected_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(kind: str):
        def show(_parent: object, title: str, text: str, *_args: object, **_kwargs: object):
            raise AssertionError(f"unexpected {kind} box {title!r}: {text}")

        return show

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))
