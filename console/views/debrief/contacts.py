"""How many people were contacted, optionally split by age band and by gender (checked live)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.services.cases.debriefs import AGE_BANDS, GENDERS, MAX_CONTACTS

PARTS = {"age_band": AGE_BANDS, "gender": GENDERS}
PART_TITLES = {
    "age_band": QT_TRANSLATE_NOOP("ContactsBox", "Age band"),
    "gender": QT_TRANSLATE_NOOP("ContactsBox", "Gender"),
}
KEY_LABELS = {
    "<18": QT_TRANSLATE_NOOP("ContactsBox", "under 18"),
    "18-30": QT_TRANSLATE_NOOP("ContactsBox", "18–30"),
    "31-50": QT_TRANSLATE_NOOP("ContactsBox", "31–50"),
    ">50": QT_TRANSLATE_NOOP("ContactsBox", "over 50"),
    "f": QT_TRANSLATE_NOOP("ContactsBox", "women"),
    "m": QT_TRANSLATE_NOOP("ContactsBox", "men"),
    "other": QT_TRANSLATE_NOOP("ContactsBox", "other"),
}
TOO_MANY_STYLE = "color: #b3261e; font-weight: bold;"
SHORT_STYLE = "color: #7a4f01;"
INDENT = 12  # pixels: the spins and the sum under their part's title


def _t(source: str) -> str:
    return QCoreApplication.translate("ContactsBox", source)


class ContactsBox(QWidget):
    """The count, and a checkable "split" group whose spin boxes add up to at most the count."""

    sig_changed = Signal()  # the count or the split changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QSpinBox()
        self.count.setRange(0, MAX_CONTACTS)
        self.count.setAccessibleName(self.tr("People contacted"))
        self.split = QGroupBox(self.tr("Split by age band and gender"))
        self.split.setCheckable(True)
        self.split.setChecked(False)
        self.spins: dict[str, dict[str, QSpinBox]] = {}
        self.sums: dict[str, QLabel] = {}
        # Each part's title, its spins, then their sum below them, all in one column: the
        # box stays narrow and its changing sums never widen the dialog.
        parts = QVBoxLayout()
        for part, keys in PARTS.items():
            parts.addWidget(QLabel(_t(PART_TITLES[part]) + ":"))
            self.spins[part] = {}
            line = QHBoxLayout()
            line.setContentsMargins(INDENT, 0, 0, 0)
            for key in keys:
                spin = QSpinBox()
                spin.setRange(0, MAX_CONTACTS)
                spin.setAccessibleName(f"{_t(PART_TITLES[part])}: {_t(KEY_LABELS[key])}")
                spin.valueChanged.connect(self._changed)
                self.spins[part][key] = spin
                caption = QLabel(_t(KEY_LABELS[key]))
                caption.setBuddy(spin)
                line.addWidget(caption)
                line.addWidget(spin)
                line.addSpacing(6)
            line.addStretch(1)
            parts.addLayout(line)
            self.sums[part] = QLabel()
            self.sums[part].setWordWrap(True)
            self.sums[part].setContentsMargins(INDENT, 0, 0, 0)
            parts.addWidget(self.sums[part])
        self.split.setLayout(parts)
        head = QHBoxLayout()
        head.addWidget(self.count)
        head.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.split)
        self.setFocusProxy(self.count)
        self.count.valueChanged.connect(self._changed)
        self.split.toggled.connect(self._changed)
        self._changed()

    def set_values(self, count: int, breakdown: dict[str, dict[str, int]] | None) -> None:
        self.count.setValue(count)
        self.split.setChecked(bool(breakdown))
        for part, spins in self.spins.items():
            for key, spin in spins.items():
                spin.setValue(((breakdown or {}).get(part) or {}).get(key, 0))

    def breakdown(self) -> dict[str, dict[str, int]] | None:
        """The split as the service takes it; None when not split (or all zero)."""
        if not self.split.isChecked():
            return None
        result = {
            part: {key: spin.value() for key, spin in spins.items()}
            for part, spins in self.spins.items()
            if any(spin.value() for spin in spins.values())
        }
        return result or None

    def problem(self) -> str | None:
        """Why the split cannot be saved (it adds up to more than the count), or None."""
        if not self.split.isChecked():
            return None
        for part in PARTS:
            total = self._total(part)
            if total > self.count.value():
                return self.tr(
                    "The split by {part} adds up to {total}, more than the {count} people "
                    "contacted."
                ).format(part=_t(PART_TITLES[part]).lower(), total=total, count=self.count.value())
        return None

    def _total(self, part: str) -> int:
        return sum(spin.value() for spin in self.spins[part].values())

    def _changed(self, *_args: object) -> None:
        count = self.count.value()
        for part, label in self.sums.items():
            total = self._total(part)
            if total > count:
                text = self.tr("{total} of {count}: too many")
                label.setText(text.format(total=total, count=count))
                label.setStyleSheet(TOO_MANY_STYLE)
            elif total < count:
                label.setText(
                    self.tr("{total} of {count} ({rest} not split)").format(
                        total=total, count=count, rest=count - total
                    )
                )
                label.setStyleSheet(SHORT_STYLE)
            else:
                label.setText(self.tr("{total} of {count} ✓").format(total=total, count=count))
                label.setStyleSheet("")
        self.sig_changed.emit()
