"""Notices when nobody has used the application for a while (no keyboard, mouse or touch)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QTimer, Signal

MINUTE_MS = 60_000

# What counts as someone using the console. Paint, timer and focus events do not.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TabletRelease,
    }
)


class IdleWatcher(QObject):
    """Emits ``sig_idle`` once ``interval_ms`` pass without input anywhere in the application.

    An event filter on the application notes when the last input came; one single-shot timer
    fires when the interval may be over and, when input came meanwhile, starts again for the
    time that is left. So there is no polling, and a mouse move costs no timer restart.
    An interval of 0 never fires. Watching begins with :meth:`start`, and stops when
    ``sig_idle`` is emitted or :meth:`stop` is called.
    """

    sig_idle = Signal()  # the interval passed without input; watching has stopped

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval = max(0, interval_ms)
        self._watching = False
        self._since_input = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # removed by Qt when this object is deleted

    @property
    def interval_ms(self) -> int:
        return self._interval

    def set_interval_ms(self, interval_ms: int) -> None:
        """Change the interval; when watching, it counts from now."""
        self._interval = max(0, interval_ms)
        if self._watching:
            self.start()

    def is_watching(self) -> bool:
        return self._watching

    def start(self) -> None:
        """Count from now (an interval of 0 watches nothing)."""
        self._watching = True
        self._since_input.start()
        if self._interval:
            self._timer.start(self._interval)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._watching = False
        self._timer.stop()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if self._watching and event.type() in INPUT_EVENTS:
            self._since_input.restart()
        return False  # only watches: every event goes on to its receiver

    def _check(self) -> None:
        idle = self._since_input.elapsed()
        if not self._watching or not self._interval:
            return
        if idle < self._interval:
            self._timer.start(self._interval - idle)
            return
        self._watching = False
        self.sig_idle.emit()
