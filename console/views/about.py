"""The About box: what the console is, its version, its license and the Qt it runs on."""

from __future__ import annotations

from html import escape

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from console import __version__, logs

LICENSE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
translate = QCoreApplication.translate


def about_text() -> str:
    """The box's rich text, translated."""
    name = translate("About", "Coordination Console")
    version = translate("About", "Version {version}").format(version=__version__)
    purpose = translate(
        "About",
        "Plans, records and reviews the joint work of street educators and the municipal "
        "police of the Comune di Cremona, in a crime prevention and victim support project "
        "of Regione Lombardia.",
    )
    license_link = f'<a href="{LICENSE_URL}">GNU GPL v3 or later (GPL-3.0-or-later)</a>'
    license_line = escape(translate("About", "License: {license}")).format(license=license_link)
    built = translate("About", "Built with Qt {qt} and PySide6 {pyside}").format(
        qt=qVersion(), pyside=PySide6.__version__
    )
    log_line = translate(
        "About", "The log, with the trace of any crash to send to support, is in {path}"
    ).format(path=logs.log_file())
    return (
        f"<h3>{escape(name)}</h3><p>{escape(version)}</p><p>{escape(purpose)}</p>"
        f"<p>{license_line}</p><p>{escape(built)}</p><p>{escape(log_line)}</p>"
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, translate("About", "About Coordination Console"), about_text())
