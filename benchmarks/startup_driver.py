"""A person at the console, for the start-up benchmark (``process_benches.start_up``).

``python benchmarks/startup_driver.py console ARGS...`` runs the console's real ``main(ARGS)``
in this process, with the password on standard input, and a timer that watches the windows
as a person would (nothing in the console's code is changed or hooked):

- once the sign-in dialog is shown, it is painted (``grab``) and ``dialog <time>`` printed;
- after a typing time (:data:`TYPING_S`: a person types a username and password slower), the
  password is typed into the dialog and Enter pressed (``QTest`` key clicks); ``enter <time>``;
- once the main window is shown and its first section has loaded (``sig_loaded``), it is
  painted (``grab``), ``painted <time>`` printed, and the window closed.

``python benchmarks/startup_driver.py bare`` is the reference: a bare PySide6 process that opens
a QMainWindow, paints it and prints ``painted <time>``. Times are ``time.time()``: the parent
compares them with its own clock taken just before it started the process.
"""

from __future__ import annotations

import os
import sys
import time

TYPING_S = 1.5
POLL_MS = 5
GUARD_MS = 120_000
WINDOW_SIZE = (1400, 900)


def _say(what: str) -> None:
    print(f"{what} {time.time():.6f}", flush=True)


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: PLC0415

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()
    window.grab()
    _say("painted")
    return 0


class _Person:
    """Watches the top-level windows every few milliseconds and acts as the person would."""

    def __init__(self, password: str) -> None:
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        self.password = password
        self.stage = "dialog"  # then "typing", "window", "done"
        self.timer = QTimer()
        self.timer.timeout.connect(self.look)
        self.timer.start(POLL_MS)
        self.guard = QTimer()
        self.guard.setSingleShot(True)
        self.guard.timeout.connect(self.give_up)
        self.guard.start(GUARD_MS)

    @staticmethod
    def _shown(class_name: str) -> object | None:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        for widget in QApplication.topLevelWidgets():
            if type(widget).__name__ == class_name and widget.isVisible():
                return widget
        return None

    def look(self) -> None:
        if self.stage == "dialog":
            dialog = self._shown("LoginDialog")
            if dialog is not None:
                dialog.grab()
                _say("dialog")
                self.stage = "typing"
                from PySide6.QtCore import QTimer  # noqa: PLC0415

                QTimer.singleShot(int(TYPING_S * 1000), self.type_and_enter)
        elif self.stage == "window":
            window = self._shown("MainWindow")
            if window is not None:
                self.stage = "done"
                view = window.current_view()
                if getattr(view, "data", None) is not None:
                    self.painted(window)
                else:
                    view.sig_loaded.connect(lambda: self.painted(window))

    def type_and_enter(self) -> None:
        from PySide6.QtCore import Qt  # noqa: PLC0415
        from PySide6.QtTest import QTest  # noqa: PLC0415

        dialog = self._shown("LoginDialog")
        if dialog is None:
            self.give_up("the sign-in dialog went away before Enter")
            return
        if not dialog.username.text():
            self.give_up("the sign-in dialog has no username filled in")
            return
        QTest.keyClicks(dialog.password, self.password)
        _say("enter")
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
        self.stage = "window"

    def painted(self, window: object) -> None:
        window.grab()
        _say("painted")
        self.timer.stop()
        self.guard.stop()
        window.close()

    def give_up(self, why: str = "timed out") -> None:
        print(f"driver: {why} (stage {self.stage})", file=sys.stderr, flush=True)
        os._exit(3)


def console(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from console import app  # noqa: PLC0415 - what `console` imports at launch

    password = sys.stdin.readline().rstrip("\n")
    # main() takes the application that exists; made here so the watching timer can start.
    QApplication([sys.argv[0]])
    person = _Person(password)
    code = app.main(argv)
    if person.stage != "done":
        print(f"driver: the console ended at stage {person.stage}", file=sys.stderr)
        return 3
    return code


if __name__ == "__main__":
    match sys.argv[1:2]:
        case ["bare"]:
            sys.exit(bare())
        case ["console"]:
            sys.exit(console(sys.argv[2:]))
        case _:
            sys.exit("usage: startup_driver.py bare | console ARGS...")
