"""The aftercare sheet as an A4 PDF (reportlab platypus), drawn from an AftercareSheet in the
printed documents' house style (db/print_style.py)."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from db.aftercare.content import AftercareSheet
from db.aftercare.labels import SheetLabels, labels
from db.aftercare.texts import CareSection
from db.print_style import (
    ACCENT,
    BODY,
    BULLET,
    CELL,
    CELL_HEAD,
    CLINIC,
    FONT,
    GREY,
    HEADING,
    LABEL,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PALE,
    PHONE,
    PHONE_LABEL,
    RULE,
    SIGNATURE,
    SMALL,
    TITLE,
    VALUE,
    WARNING,
    WARNING_HEADING,
    WARNING_PALE,
    WIDTH,
    build_lock,
    register_fonts,
    styled,
)
from db.threadmap.geometry import VIEWS
from db.threadmap.pdf_map import ThreadMap, legend_name
from db.vocabulary import term

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Placed:
    """A flowable as laid out: its role on the sheet, the page it landed on, and its text."""

    role: str
    page: int
    text: str


@dataclass(frozen=True)
class RenderedSheet:
    pdf: bytes
    pages: int
    placed: tuple[Placed, ...]


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _role(flowable: Flowable, role: str) -> Flowable:
    flowable.sheet_role = role
    return flowable


def _heading(text: str) -> Flowable:
    return _role(Paragraph(_text(text), HEADING), "heading")


def _care_blocks(section: CareSection, bullet_style: ParagraphStyle = BULLET) -> list[Flowable]:
    out: list[Flowable] = []
    for kind, text in section.blocks():
        if kind == "bullet":
            out.append(Paragraph(_text(text), bullet_style, bulletText="•"))
        else:
            out.append(Paragraph(_text(text), BODY))
    return out


def _logo(path: str) -> Flowable | None:
    if not path:
        return None
    try:
        reader = ImageReader(path)
        width, height = reader.getSize()
    except (OSError, ValueError) as exc:
        # A moved or damaged logo file must not stop a patient's sheet from printing.
        log.warning("clinic logo %s not used: %s", path, exc)
        return None
    scale = min(42 * mm / width, 20 * mm / height)
    return Image(path, width * scale, height * scale)


def _header(sheet: AftercareSheet, words: SheetLabels) -> list[Flowable]:
    clinic = sheet.clinic
    lines: list[Flowable] = [Paragraph(_text(clinic.name), CLINIC)]
    if clinic.address:
        lines.append(Paragraph(_text(clinic.address), SMALL))
    if clinic.phone:
        lines.append(Paragraph(f"{_text(words.phone)}: <b>{_text(clinic.phone)}</b>", BODY))
    logo = _logo(clinic.logo_path)
    if logo is not None:
        table = Table([[logo, lines]], colWidths=[46 * mm, WIDTH - 46 * mm])
    else:
        table = Table([[lines]], colWidths=[WIDTH])
    styled(
        table,
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -1), 1.2, ACCENT),
        ],
    )
    return [_role(table, "header"), _role(Paragraph(_text(words.title.upper()), TITLE), "title")]


def _patient(sheet: AftercareSheet, words: SheetLabels) -> Flowable:
    def label(text: str) -> Paragraph:
        return Paragraph(_text(text), LABEL)

    def value(text: str) -> Paragraph:
        return Paragraph(_text(text), VALUE)

    rows = [
        [label(words.patient), value(sheet.patient_name), label(words.mrn), value(sheet.mrn)],
        [label(words.date_of_birth), value(words.day(sheet.date_of_birth)),
         label(words.procedure_date), value(words.day(sheet.performed_on))],
        [label(words.doctor), value(sheet.doctor), "", ""],
        [label(words.areas), Paragraph(_text("; ".join(sheet.areas)), BODY), "", ""],
    ]  # fmt: skip
    table = Table(rows, colWidths=[27 * mm, 72 * mm, 29 * mm, WIDTH - 128 * mm])
    styled(
        table,
        [
            ("BACKGROUND", (0, 0), (-1, -1), PALE),
            ("SPAN", (1, 2), (3, 2)),
            ("SPAN", (1, 3), (3, 3)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ],
    )
    return _role(table, "patient")


def _threads(sheet: AftercareSheet, words: SheetLabels) -> list[Flowable]:
    head = [words.area, words.product, words.material, words.count, words.lot, words.expiry]
    rows: list[list[Any]] = [[Paragraph(_text(h), CELL_HEAD) for h in head]]
    drawn = bool(sheet.map_lines)
    for number, row in enumerate(sheet.threads, start=1):
        # With a map beside it, each row is numbered as its threads are on the drawing.
        area = f"<b>{number}.</b> {_text(row.area)}" if drawn else _text(row.area)
        rows.append(
            [
                Paragraph(area, CELL),
                Paragraph(_text(row.product), CELL),
                Paragraph(_text(row.material), CELL),
                Paragraph(str(row.count), CELL),
                Paragraph(f"<b>{_text(row.lot)}</b>", CELL),
                Paragraph(words.day(row.expiry), CELL),
            ]
        )
    if drawn:
        # Narrower, with a little less padding: room for the map, and every English and
        # Vietnamese column head still whole on its line.
        widths = [26 * mm, 23 * mm, 17 * mm, 16 * mm, 25 * mm, 20.5 * mm]
    else:
        widths = [40 * mm, 50 * mm, 19 * mm, 17 * mm, 30 * mm]
        widths.append(WIDTH - sum(widths))
    table = Table(rows, colWidths=widths, repeatRows=1)
    styled(
        table,
        [
            ("BACKGROUND", (0, 0), (-1, 0), PALE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 if drawn else 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3 if drawn else 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ],
    )
    if not drawn:
        return [
            _heading(words.threads_heading),
            _role(table, "threads"),
            Paragraph(_text(words.threads_note), SMALL),
        ]
    map_width = WIDTH - sum(widths) - 4 * mm
    drawing = ThreadMap(
        sheet.map_lines,
        map_width,
        FONT,
        lambda view: term(VIEWS, view).label(sheet.language),
        material_label=lambda code: legend_name(code, sheet.language),
    )
    beside = Table(
        [[table, [drawing, Paragraph(_text(words.map_note), SMALL)]]],
        colWidths=[sum(widths) + 4 * mm, map_width],
    )
    styled(beside, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])  # fmt: skip
    return [
        _heading(words.threads_heading),
        _role(beside, "threads"),
        Paragraph(_text(words.threads_note), SMALL),
    ]


def _care(section: CareSection) -> list[Flowable]:
    return [_heading(section.title), *_care_blocks(section)]


def _warning(sheet: AftercareSheet, words: SheetLabels) -> Flowable:
    section = sheet.care.section("warning_signs")
    content: list[Flowable] = [
        Paragraph(_text(section.title), WARNING_HEADING),
        *_care_blocks(section),
    ]
    if sheet.clinic.phone:
        content.append(Spacer(1, 3))
        content.append(Paragraph(_text(words.call_now), PHONE_LABEL))
        content.append(Paragraph(f"☎ {_text(sheet.clinic.phone)}", PHONE))
    box = Table([[content]], colWidths=[WIDTH])
    styled(
        box,
        [
            ("BACKGROUND", (0, 0), (-1, -1), WARNING_PALE),
            ("BOX", (0, 0), (-1, -1), 1.2, WARNING),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ],
    )
    return _role(box, "warning")


def _follow_ups(sheet: AftercareSheet, words: SheetLabels) -> list[Flowable]:
    out: list[Flowable] = [_heading(words.follow_ups_heading)]
    if not sheet.follow_ups:
        out.append(Paragraph(_text(words.no_follow_ups), BODY))
        return out
    rows = [
        [Paragraph(f"<b>{_text(words.visit_when(v.due, v.at))}</b>", BODY),
         Paragraph(_text(v.label), BODY)]
        for v in sheet.follow_ups
    ]  # fmt: skip
    table = Table(rows, colWidths=[58 * mm, WIDTH - 58 * mm])
    styled(
        table,
        [
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (0, -1), 2),
        ],
    )
    out.append(_role(table, "follow_ups"))
    if any(v.planned for v in sheet.follow_ups):
        out.append(Spacer(1, 2))
        out.append(Paragraph(_text(words.planned_note), SMALL))
    return out


def _expect(sheet: AftercareSheet, words: SheetLabels) -> list[Flowable]:
    section = sheet.care.section("expect")
    out: list[Flowable] = [_heading(section.title)]
    if sheet.dissolving:
        out.append(Paragraph(f"<b>{_text(words.dissolve_heading)}</b>", BODY))
        for item in sheet.dissolving:
            text = f"{_text(item.material)}: {_text(words.dissolve_within.format(item.period))}"
            out.append(Paragraph(text, BULLET, bulletText="•"))
        out.append(Spacer(1, 3))
    out.extend(_care_blocks(section))
    return out


def _signature(sheet: AftercareSheet, words: SheetLabels) -> Flowable:
    """A space to sign in, then a line with the doctor's name under it."""
    rows = [
        ["", Paragraph(_text(words.signature), SIGNATURE)],
        ["", ""],
        ["", Paragraph(_text(sheet.doctor), SIGNATURE)],
    ]
    table = Table(rows, colWidths=[WIDTH - 70 * mm, 70 * mm], rowHeights=[None, 16 * mm, None])
    styled(
        table,
        [
            ("LINEABOVE", (1, 2), (1, 2), 0.6, colors.black),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 2), (-1, 2), 3),
        ],
    )
    return _role(KeepTogether([Spacer(1, 6 * mm), table]), "signature")


def story(sheet: AftercareSheet) -> list[Flowable]:
    words = labels(sheet.language)
    care = sheet.care
    return [
        *_header(sheet, words),
        Spacer(1, 3),
        _patient(sheet, words),
        *_threads(sheet, words),
        *_care(care.section("first_days")),
        *_care(care.section("two_weeks")),
        Spacer(1, 8),
        _warning(sheet, words),
        *_follow_ups(sheet, words),
        *_expect(sheet, words),
        _signature(sheet, words),
    ]


def _footer(sheet: AftercareSheet) -> Callable[[Canvas, int, int], None]:
    words = labels(sheet.language)
    left = (
        f"{sheet.patient_name} · {sheet.mrn} · {words.footer_procedure.format(sheet.procedure_id)}"
    )
    printed = words.printed.format(words.day(sheet.printed_on))

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        y = MARGIN_BOTTOM - 7 * mm
        canvas.line(MARGIN_X, y + 3.5 * mm, PAGE_WIDTH - MARGIN_X, y + 3.5 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN_X, y, left)
        right = f"{printed} · {words.page.format(page, pages)}"
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, right)
        canvas.restoreState()

    return draw


def _numbered_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each footer can say 'page 1 of 2'."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no types
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class _SheetDocument(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no types
    def __init__(self, buffer: io.BytesIO, sheet: AftercareSheet) -> None:
        words = labels(sheet.language)
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{words.title}: {sheet.patient_name}",
            author=sheet.clinic.name,
            creator="Threadbook",
            lang=sheet.language,
            # Otherwise every page names Helvetica, a font the PDF would not embed.
            initialFontName=FONT,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
        self.placed: list[Placed] = []

    def afterFlowable(self, flowable: Flowable) -> None:
        # A group kept together is drawn whole, on one page: record its parts.
        outer = getattr(flowable, "sheet_role", None)
        for part in getattr(flowable, "_content", None) or [flowable]:
            self._record(part, outer)

    def _record(self, flowable: Flowable, outer: str | None) -> None:
        role = getattr(flowable, "sheet_role", None) or outer or type(flowable).__name__
        if isinstance(flowable, Table):
            # A table's first row: its header, which must start every part of a split table.
            text = " | ".join(_plain(cell) for cell in flowable._cellvalues[0])
        else:
            text = _plain(flowable)
        if role not in {"Spacer", "NullActionFlowable"}:
            self.placed.append(Placed(role, self.page, text))


def _plain(cell: object) -> str:
    if isinstance(cell, Paragraph):
        return str(cell.getPlainText())
    if isinstance(cell, list | tuple):
        return " ".join(_plain(part) for part in cell)
    return cell if isinstance(cell, str) else ""


def render(sheet: AftercareSheet) -> RenderedSheet:
    """The sheet as PDF bytes, with where each part landed (for checks of the page breaks)."""
    register_fonts()
    buffer = io.BytesIO()
    with build_lock:
        document = _SheetDocument(buffer, sheet)
        document.build(story(sheet), canvasmaker=_numbered_canvas(_footer(sheet)))
        return RenderedSheet(buffer.getvalue(), document.page, tuple(document.placed))
