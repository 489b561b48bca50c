"""The reports page as a PDF: the filter, then each report's chart and its table (A4 landscape,
DejaVu Sans so every Vietnamese letter prints)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Image,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from db.print_style import (
    CELL,
    CELL_HEAD,
    FONT,
    HEADING,
    SMALL,
    TITLE,
    build_lock,
    register_fonts,
)
from db.reports.charts import figure_for, png
from db.reports.formatting import shown
from db.reports.run import ReportResult
from db.reports.tables import Kind, Table

Words = Callable[[str], str]
# A table's title stays on the page its chart is on; the table itself may run over.
TABLE_HEADING = ParagraphStyle("table_heading", parent=HEADING, keepWithNext=0)
HEAD = ParagraphStyle("report_head", parent=CELL_HEAD, fontSize=7.5, leading=9)
MOST_ROWS = 200
PAGE = landscape(A4)
MARGIN = 14 * mm
RIGHT = {Kind.COUNT, Kind.SHARE, Kind.MEAN}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(table: Table, words: Words, width: float) -> list[object]:
    rows = table.rows[:MOST_ROWS]
    head = [Paragraph(_escape(words(c.title)), HEAD) for c in table.columns]
    body = [
        [
            Paragraph(_escape(shown(v, c.kind, words)), CELL)
            for c, v in zip(table.columns, row, strict=True)
        ]
        for row in rows
    ]
    weights = [2.4 if c.kind is Kind.TEXT else 1.3 for c in table.columns]
    widths = [width * w / sum(weights) for w in weights]
    grid = LongTable([head, *body] if body else [head], colWidths=widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1f5f66")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f6f7")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for index, column in enumerate(table.columns):
        if column.kind in RIGHT:
            style.append(("ALIGN", (index, 0), (index, -1), "RIGHT"))
    grid.setStyle(TableStyle(style))
    out: list[object] = [Paragraph(_escape(words(table.title)), TABLE_HEADING), grid]
    if not body:
        out.append(Paragraph(_escape(words("Nothing in this period.")), SMALL))
    elif len(table.rows) > MOST_ROWS:
        out.append(Paragraph(_escape(words(
            "The first {shown} of {total} rows; the spreadsheet export has them all."
        ).format(shown=MOST_ROWS, total=len(table.rows))), SMALL))  # fmt: skip
    return out


def _filter_line(result: ReportResult, words: Words) -> str:
    wanted = result.request.wanted
    return words("Procedures and stock movements from {start} to {end}").format(
        start=f"{wanted.start:%d/%m/%Y}", end=f"{wanted.end:%d/%m/%Y}"
    )


def pdf_bytes(
    results: list[ReportResult], words: Words, clinic: str, made_at: datetime,
    narrowing: str = "",
) -> bytes:  # fmt: skip
    charts = [png(figure_for(result, words, size=(10.5, 3.9)), dpi=150) for result in results]
    out = io.BytesIO()
    with build_lock:
        register_fonts()
        story = _story(results, charts, words, clinic, made_at, narrowing)
        document = SimpleDocTemplate(
            out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN, title=words("Clinic reports"), author="Threadbook",
        )  # fmt: skip
        document.build(story)
    return out.getvalue()


def _story(
    results: list[ReportResult], charts: list[bytes], words: Words, clinic: str,
    made_at: datetime, narrowing: str,
) -> list[object]:  # fmt: skip
    width = PAGE[0] - 2 * MARGIN
    story: list[object] = [
        Paragraph(_escape(words("Clinic reports") + (f" – {clinic}" if clinic else "")), TITLE),
        Paragraph(_escape(_filter_line(results[0], words)), SMALL),
    ]
    if narrowing:
        story.append(Paragraph(_escape(words("Only: {what}").format(what=narrowing)), SMALL))
    story.append(Paragraph(_escape(words("Made on {when}").format(
        when=f"{made_at.astimezone():%d/%m/%Y %H:%M}")), SMALL))  # fmt: skip
    for index, (result, chart) in enumerate(zip(results, charts, strict=True)):
        if index:
            story.append(PageBreak())
        image = Image(io.BytesIO(chart), width=width, height=width * 3.9 / 10.5)
        tables = result.tables
        story.append(Spacer(1, 4 * mm))
        first = _table(tables[0], words, width)
        story.append(KeepTogether([image, first[0]]))
        story.extend(first[1:])
        for table in tables[1:]:
            story.append(Spacer(1, 5 * mm))
            story.extend(_table(table, words, width))
    return story
