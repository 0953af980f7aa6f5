"""Draws a cell's rich text (HTML_ROLE) instead of its plain text: bold search matches."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from console.views.cases.models import HTML_ROLE

Index = QModelIndex | QPersistentModelIndex


class RichTextDelegate(QStyledItemDelegate):
    """Cells with HTML_ROLE are drawn as rich text wrapped to the column; the others as usual."""

    def _document(self, option: QStyleOptionViewItem, text: str) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(text)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(HTML_ROLE)
        if not text:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(option, text)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        document.setTextWidth(area.width())
        top = max(0.0, (area.height() - document.size().height()) / 2)
        painter.save()
        painter.translate(area.left(), area.top() + top)
        painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = index.data(HTML_ROLE)
        if not text:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        document = self._document(option, text)
        view = option.widget
        if isinstance(view, QTableView):  # wrap to the column: long snippets take more lines
            document.setTextWidth(max(view.columnWidth(index.column()) - 8, 80))
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)
