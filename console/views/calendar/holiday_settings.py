"""The "Public holidays" group of the Settings dialog: the province whose patron saint is a
holiday besides Italy's national ones (Cremona by default)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from console import i18n
from console.config import HOLIDAY_PROVINCE, Settings
from console.services.planning import holidays
from console.services.planning.holidays import HolidayCalendar


def holiday_calendar(settings: Settings) -> HolidayCalendar:
    """The holidays of the province in Settings, named in the interface's language: what the
    planning services are given wherever a view plans or prints shifts."""
    return HolidayCalendar(settings.value(HOLIDAY_PROVINCE), i18n.interface_language())


def province_label(code: str, name: str) -> str:
    """ "Cremona (CR)"; a city with a patron saint of its own (Andria) is its name alone."""
    return name if name == code else f"{name} ({code})"


class HolidaySettingsGroup(QGroupBox):
    """Loads and saves the holidays' province for the Settings dialog; says whose patron saint
    that makes a holiday."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(self.tr("Public holidays"), parent)
        self.year = (today or date.today()).year
        self.province = QComboBox()
        self.province.setObjectName("holiday_province")
        self.province.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        named = sorted(holidays.province_names().items(), key=lambda item: item[1].casefold())
        for code, name in named:
            self.province.addItem(province_label(code, name), code)
        self.province.setToolTip(
            self.tr(
                "Shifts on a public holiday are warned about when they are planned or copied, "
                "and the week plan names the holiday."
            )
        )
        self.saint = QLabel()
        self.saint.setWordWrap(True)
        form = QFormLayout(self)
        label = QLabel(self.tr("P&rovince:"))
        label.setBuddy(self.province)
        form.addRow(label, self.province)
        form.addRow(self.saint)
        self.province.currentIndexChanged.connect(self._show_saint)

    def code(self) -> str:
        return str(self.province.currentData())

    def load(self, settings: Settings) -> None:
        index = self.province.findData(settings.value(HOLIDAY_PROVINCE))
        if index < 0:  # a code edited by hand into something unknown: the default, as used
            index = self.province.findData(holidays.DEFAULT_PROVINCE)
        self.province.setCurrentIndex(index)
        self._show_saint()

    def save(self, settings: Settings) -> list[str]:
        """Store the choice; the names of the settings that changed."""
        if self.code() == settings.value(HOLIDAY_PROVINCE):
            return []
        settings.set_value(HOLIDAY_PROVINCE, self.code())
        return [HOLIDAY_PROVINCE.name]

    def _show_saint(self, *_args: object) -> None:
        found = holidays.patron_saint(self.code(), self.year, i18n.interface_language())
        if found is None:
            self.saint.setText(self.tr("Italy's national holidays."))
            return
        day, name = found
        when = QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM")
        self.saint.setText(
            self.tr("Italy's national holidays, and the patron saint: {saint} ({day}).").format(
                saint=name, day=when
            )
        )
