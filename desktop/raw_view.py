"""The report's text, read-only, with line numbers: the selected node's span
highlighted, suspicious words underlined, and clicks reported as raw offsets.

The pane shows either the raw OCR text or the text with the correction layer
applied; either way every offset it reports or accepts is a raw-text offset
(`parser.layer_map.LayerMap` maps between the two, and Qt's UTF-16 positions are
mapped to Python's code points for text outside the BMP).
"""
from __future__ import annotations

import bisect
import re

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from parser.model import Document
from parser.layer_map import LayerMap

CHUNK_LINES = 500          # a large text goes in by chunks so the event loop keeps turning
LARGE = 200_000
TEXT_FONTS = ["Noto Sans Mono", "DejaVu Sans Mono", "Consolas", "Courier New", "monospace"]
SPAN_BACKGROUND = QColor("#fff1b8")
SUSPICIOUS = QColor("#d32f2f")
CORRECTED = QColor("#1565c0")
USER_CORRECTED = QColor("#2e7d32")


def text_font(size: int = 10) -> QFont:
    font = QFont()
    font.setFamilies(TEXT_FONTS)
    font.setStyleHint(QFont.Monospace)
    font.setPointSize(size)
    return font


def _x(result) -> float:
    """QTextLine.cursorToX answers a number or (number, position) depending on the binding."""
    return result[0] if isinstance(result, tuple) else result


def _wave(left: float, right: float, y: float) -> QPainterPath:
    """A spell-check wave from left to right along y."""
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        x = min(x + 2, right)
        path.lineTo(QPointF(x, y - 1.5 if up else y + 0.5))
        up = not up
    return path


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_NEWLINE = re.compile("\n")


class _Utf16:
    """Python str offsets <-> Qt (UTF-16) positions; the identity for BMP-only text."""

    def __init__(self, text: str):
        self.astral = [m.start() for m in _ASTRAL.finditer(text)]
        self.qt_astral = [i + n for n, i in enumerate(self.astral)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self.astral, offset)

    def from_qt(self, pos: int) -> int:
        return pos - bisect.bisect_left(self.qt_astral, pos)


class _LineNumbers(QWidget):
    def __init__(self, view: "RawTextView"):
        super().__init__(view)
        self.view = view

    def sizeHint(self):
        return QSize(self.view.line_number_width(), 0)

    def paintEvent(self, event):
        self.view.paint_line_numbers(event)


class RawTextView(QPlainTextEdit):
    offset_clicked = Signal(int)           # the reviewer put the cursor at this raw offset
    pick_requested = Signal(int)           # Enter (0) or 1-5 (0-4) on a word: take that suggestion
    loaded = Signal()                      # the whole text is in

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)   # OCR lines are long; never scroll sideways
        self.setFont(text_font())
        self.setAcceptDrops(False)              # dropped files go to the window
        self.viewport().setAcceptDrops(False)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.doc: Document | None = None
        self.layer: LayerMap | None = None
        self.suspicions: list = []
        self._sus_starts: list[int] = []
        self._utf16 = _Utf16("")
        self._span: tuple[int, int] | None = None
        self._text = ""                                          # what the pane shows
        self._starts_of, self._starts = None, []                 # cache of _corr_starts
        self._line_starts_of, self._line_starts = None, []       # where the raw lines start
        self.marks: list[tuple[str, int, int, str | None]] = []   # (kind, start, end, tooltip) on screen
        self._quiet = False
        self._pending: list[str] = []
        self._numbers = _LineNumbers(self)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._scrolled)
        self.cursorPositionChanged.connect(self._cursor_moved)
        self._decorate_later = QTimer(self, singleShot=True, interval=30)
        self._decorate_later.timeout.connect(self._decorate)
        self._update_margin()

    # ------------------------------------------------------------ content
    def set_document(self, doc: Document | None, suspicions=(), corrected: bool = False) -> None:
        self.doc = doc
        self.set_suspicions(suspicions)
        self._show(corrected)

    def show_text(self, text: str) -> None:
        """The text alone, before its analysis arrives (nothing to link or underline yet)."""
        self.doc, self.layer = None, None
        self._put(text)

    def set_suspicions(self, suspicions, starts: list[int] | None = None) -> None:
        """Words to underline, in reading order (`starts`: their start offsets, when already known)."""
        self.suspicions = list(suspicions)
        self._sus_starts = starts if starts is not None else [s.start for s in self.suspicions]
        self._decorate_later.start()

    def set_corrected(self, corrected: bool) -> None:
        keep = self.cursor_offset()
        self._show(corrected)
        if keep is not None:
            self.move_to(keep, center=False)

    def refresh_layer(self) -> None:
        """The correction layer changed: in corrected mode the text itself changes."""
        if self.layer is not None:
            self.set_corrected(True)
        else:
            self._decorate_later.start()

    def _show(self, corrected: bool) -> None:
        self.layer = LayerMap(self.doc) if (corrected and self.doc) else None
        self._put(self.layer.text if self.layer else (self.doc.text if self.doc else ""))

    def _put(self, text: str) -> None:
        if text == self._text and (self._pending or self.document().characterCount() > 1):
            self._decorate_later.start()        # the same text is (being) shown already: keep it
            return
        self._text = text
        self._utf16 = _Utf16(text)
        self._quiet = True
        if len(text) < LARGE:
            self.setPlainText(text)
            self._quiet = False
            self._decorate()
            self.loaded.emit()
            return
        self.clear()
        lines = text.split("\n")
        self._pending = ["\n".join(lines[i:i + CHUNK_LINES]) for i in range(0, len(lines), CHUNK_LINES)]
        QTimer.singleShot(0, self._next_chunk)

    def _next_chunk(self) -> None:
        if not self._pending:
            return
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.End)
        cursor.insertText(self._pending.pop(0) + ("\n" if self._pending else ""))
        if self._pending:
            QTimer.singleShot(0, self._next_chunk)
        else:
            self._quiet = False
            self.moveCursor(QTextCursor.Start)
            self._decorate()
            self.loaded.emit()

    def is_loading(self) -> bool:
        return bool(self._pending)

    # ------------------------------------------------------------ offsets
    def to_qt(self, raw: int) -> int:
        return self._utf16.to_qt(self.layer.to_shown(raw) if self.layer else raw)

    def to_raw(self, pos: int) -> int:
        shown = self._utf16.from_qt(pos)
        return self.layer.to_raw(shown) if self.layer else shown

    def cursor_offset(self) -> int | None:
        return self.to_raw(self.textCursor().position()) if self.doc else None

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.to_raw(cursor.selectionStart()), self.to_raw(cursor.selectionEnd())

    # ------------------------------------------------------------ highlighting
    def highlight_span(self, span: tuple[int, int] | None, scroll: bool = True) -> None:
        self._span = span
        if span and scroll:
            self.move_to(span[0])
        self._decorate()

    def move_to(self, raw: int, center: bool = True) -> None:
        cursor = self.textCursor()
        cursor.setPosition(min(self.to_qt(raw), self.document().characterCount() - 1))
        self._quiet = True
        self.setTextCursor(cursor)
        self._quiet = False
        if center:
            self.centerCursor()

    def select_raw(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.KeepAnchor)
        self.setTextCursor(cursor)

    def visible_raw_range(self) -> tuple[int, int]:
        top = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        bottom = self.cursorForPosition(self.viewport().rect().bottomRight()).block()
        end = bottom.position() + bottom.length()
        return self.to_raw(top), self.to_raw(end)

    def _decorate(self) -> None:
        """What to draw over the text, for what is on screen only: cheap however long the report.
        (Drawn by paintEvent rather than with QTextEdit.ExtraSelection, whose PySide6 wrapper
        corrupts reference counts and crashes the interpreter.)"""
        marks = []
        if self.doc is not None and not self._pending:
            if self._span:
                marks.append(("span", *self._span, None))
            lo, hi = self.visible_raw_range()
            starts = self._corr_starts()
            layer = self.doc.corrections[bisect.bisect_left(starts, lo - 50):bisect.bisect_right(starts, hi)]
            for s in self.suspicions[bisect.bisect_left(self._sus_starts, lo - 50):]:
                if s.start > hi:
                    break
                if not any(c.start < s.end and s.start < c.end for c in layer):
                    marks.append(("suspicious", s.start, s.end, None))
            marks += [("user" if c.source == "user" else "auto", c.start, c.end, f"{c.old} → {c.new}") for c in layer]
        self.marks = marks
        self.viewport().update()

    def _corr_starts(self) -> list[int]:
        """Start offsets of the correction layer, remade only when the layer changed."""
        layer = self.doc.corrections
        if self._starts_of != (id(layer), len(layer)):
            self._starts_of, self._starts = (id(layer), len(layer)), [c.start for c in layer]
        return self._starts

    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """Where a raw span sits on screen: one rectangle per visual line it covers."""
        qs, qe = self.to_qt(start), self.to_qt(end)
        rects, offset = [], self.contentOffset()
        block = self.document().findBlock(qs)
        while block.isValid() and block.position() <= qe:
            geo = self.blockBoundingGeometry(block).translated(offset)
            if geo.top() > self.viewport().height():
                break
            layout, base = block.layout(), block.position()
            s, e = max(qs, base) - base, min(qe, base + block.length() - 1) - base
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                a, b = max(s, line.textStart()), min(e, line.textStart() + line.textLength())
                if a < b:
                    x1, x2 = _x(line.cursorToX(a)), _x(line.cursorToX(b))
                    rects.append(QRectF(geo.left() + x1, geo.top() + line.y(), x2 - x1, line.height()))
            block = block.next()
        return rects

    def paintEvent(self, event):
        painter = QPainter(self.viewport())
        for kind, start, end, _tip in self.marks:            # backgrounds under the text
            if kind == "span":
                for rect in self.span_rects(start, end):
                    painter.fillRect(rect, SPAN_BACKGROUND)
        painter.end()
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        for kind, start, end, _tip in self.marks:
            if kind == "span":
                continue
            colour = {"suspicious": SUSPICIOUS, "auto": CORRECTED, "user": USER_CORRECTED}[kind]
            pen = QPen(colour, 1.2, Qt.DotLine if kind == "auto" else Qt.SolidLine)
            painter.setPen(pen)
            for rect in self.span_rects(start, end):
                y = rect.bottom() - 1.5
                if kind == "suspicious":
                    painter.drawPath(_wave(rect.left(), rect.right(), y))
                else:
                    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.end()

    def event(self, event):
        if event.type() == QEvent.ToolTip and self.doc is not None:
            raw = self.to_raw(self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos())).position())
            tip = next((t for kind, a, b, t in self.marks if t and a <= raw < b), None)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _scrolled(self, _rect, dy: int) -> None:
        if dy:
            self._numbers.scroll(0, dy)
            self._decorate_later.start()
        else:
            self._numbers.update(0, _rect.y(), self._numbers.width(), _rect.height())

    def _cursor_moved(self) -> None:
        if not self._quiet and self.doc is not None and not self.textCursor().hasSelection():
            self.offset_clicked.emit(self.to_raw(self.textCursor().position()))

    # ------------------------------------------------------------ keys
    def keyPressEvent(self, event):
        key = event.key()
        if event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier):
            if key in (Qt.Key_Return, Qt.Key_Enter):
                self.pick_requested.emit(0)
                return
            if Qt.Key_1 <= key <= Qt.Key_5:
                self.pick_requested.emit(key - Qt.Key_1)
                return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ line numbers
    def line_number_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * max(3, digits)

    def _update_margin(self, _count: int = 0) -> None:
        self.setViewportMargins(self.line_number_width(), 0, 0, 0)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        rect = self.contentsRect()
        self._numbers.setGeometry(QRect(rect.left(), rect.top(), self.line_number_width(), rect.height()))
        self._decorate_later.start()

    def line_label(self, block) -> str:
        """The number of the report's own line a text block shows, so the margin agrees with
        the tree's "Dòng N" in the corrected view too: a line break typed into a correction
        starts a block that is no line of the report and gets no number."""
        if self.layer is None or self.doc is None:
            return str(block.blockNumber() + 1)
        shown, text = self._utf16.from_qt(block.position()), self.doc.text
        if shown == 0:
            return "1"
        newline = self.layer.to_raw(shown - 1)          # the break ending the block before
        if text[newline] != "\n":
            return ""
        raw = newline + 1
        if self._line_starts_of is not text:
            self._line_starts_of, self._line_starts = text, [0] + [m.end() for m in _NEWLINE.finditer(text)]
        return str(bisect.bisect_right(self._line_starts, raw))

    def paint_line_numbers(self, event) -> None:
        painter = QPainter(self._numbers)
        painter.fillRect(event.rect(), QColor("#f3f3f3"))
        painter.setPen(QColor("#888888"))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        width = self._numbers.width() - 6
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible():
                painter.drawText(0, top, width, height, Qt.AlignRight, self.line_label(block))
            top += round(self.blockBoundingRect(block).height())
            block = block.next()
        painter.end()
