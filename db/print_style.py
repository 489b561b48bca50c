"""The printed documents' house style: the embedded font, colours, A4 margins and paragraph
styles shared by the aftercare sheet, the procedure record, consent forms, reports, the patient
summary and photo comparisons.

The font is DejaVu Sans from resources/fonts, embedded (subset) so every Vietnamese letter prints
on any printer and can be copied back out of the PDF as text.
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Table, TableStyle

from db.resources import RESOURCES

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 18 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN_X

ACCENT = colors.HexColor("#1d5c63")
PALE = colors.HexColor("#e8f1f2")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#b9c7c9")
WARNING = colors.HexColor("#a31515")
WARNING_PALE = colors.HexColor("#fdeeee")

# reportlab keeps per-document font state on shared font objects: one build at a time.
build_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    global _fonts_ready
    if _fonts_ready:
        return
    folder = RESOURCES / "fonts"
    # reportlab reads the whole font from the open file: no file name is needed.
    with (folder / "DejaVuSans.ttf").open("rb") as regular:
        pdfmetrics.registerFont(TTFont(FONT, regular))
    with (folder / "DejaVuSans-Bold.ttf").open("rb") as bold:
        pdfmetrics.registerFont(TTFont(BOLD, bold))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    _fonts_ready = True


def _style(name: str, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": FONT,
        "bulletFontName": FONT,
        "fontSize": 10,
        "leading": 13.5,
    }
    return ParagraphStyle(name, **{**base, **values})


BODY = _style("body", spaceAfter=3)
SMALL = _style("small", fontSize=8, leading=10, textColor=GREY)
LABEL = _style("label", fontSize=8, leading=10.5, textColor=GREY)
VALUE = _style("value", fontName=BOLD)
CELL = _style("cell", fontSize=8.5, leading=10.5)
CELL_HEAD = _style("cell_head", fontName=BOLD, fontSize=8.5, leading=10.5, textColor=ACCENT)
CLINIC = _style("clinic", fontName=BOLD, fontSize=13, leading=16)
TITLE = _style("title", fontName=BOLD, fontSize=14, leading=18, textColor=ACCENT, spaceBefore=4)
HEADING = _style(
    "heading",
    fontName=BOLD,
    fontSize=10.5,
    leading=13,
    textColor=ACCENT,
    spaceBefore=9,
    spaceAfter=3,
    keepWithNext=1,
)
BULLET = _style("bullet", leftIndent=11, bulletIndent=2, spaceAfter=1.5)
WARNING_HEADING = _style("warning_heading", fontName=BOLD, fontSize=10.5, leading=13,
                         textColor=WARNING, spaceAfter=3)  # fmt: skip
PHONE_LABEL = _style("phone_label", fontName=BOLD, fontSize=10, leading=13, textColor=WARNING)
PHONE = _style("phone", fontName=BOLD, fontSize=20, leading=24, textColor=WARNING)
SIGNATURE = _style("signature", fontSize=8.5, leading=11, alignment=TA_RIGHT)


def styled(table: Table, commands: list[tuple[Any, ...]]) -> None:
    # Tables set a font of their own (Helvetica) even around paragraphs: name ours instead.
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands]))
