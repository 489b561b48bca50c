"""Reading what a barcode scanner types from a GS1 label on a box of threads.

Accepts GS1-128, GS1 DataMatrix and GS1 Digital Link QR content, with or without a symbology
prefix (']d2', ']C1', ']Q3'), variable-length fields ended by GS (0x1D), and the human-readable
form with parentheses. Parsing is done by `biip`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from db.errors import ThreadbookError
from db.wording import say

if TYPE_CHECKING:
    from biip.gs1_messages import GS1Message

GS = "\x1d"
# Scanners set up for keyboard emulation may send these in place of the GS control character.
GS_STAND_INS = ("<GS>", "{GS}", "^]")


class ScanError(ThreadbookError):
    """A scan that cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class ScannedBox:
    gtin: str
    lot_number: str | None
    expiry: date | None
    serial: str | None


def _message(text: str) -> GS1Message:
    # biip takes a tenth of a second to import: loaded at the first scan, not at start-up.
    from biip import ParseError, parse
    from biip.gs1_messages import GS1Message

    if text.startswith("("):
        try:
            return GS1Message.parse_hri(text)
        except ParseError as exc:
            raise ScanError(_explain(str(exc))) from None
    try:
        result = parse(text)
    except ParseError as exc:
        raise ScanError(_explain(str(exc))) from None
    if result.gs1_message is not None:
        return result.gs1_message
    if result.gs1_digital_link_uri is not None:
        return result.gs1_digital_link_uri.as_gs1_message()
    raise ScanError(_explain(result.gs1_message_error or ""))


def _explain(detail: str) -> str:
    if "(17)" in detail:
        return say(
            "The expiry date in the code is impossible (month or day out of range). "
            "Check the box, or type the lot and expiry from it.",
        )
    if "check digit" in detail:
        return say("The GTIN's check digit is wrong: the code was misread. Scan it again.")
    return say(
        "This is not a GS1 code from a product box. Scan the GS1 barcode or QR "
        "code that carries the GTIN, lot and expiry.",
    )


def parse_box(raw: str) -> ScannedBox:
    """Read GTIN, lot and expiry from scanned text, or raise ScanError with the reason."""
    text = raw.strip().strip("\r\n")
    for stand_in in GS_STAND_INS:
        text = text.replace(stand_in, GS)
    if not text:
        raise ScanError(say("Nothing was scanned."))
    message = _message(text)
    elements = {element.ai.ai: element for element in message.element_strings}
    gtin_element = elements.get("01")
    if gtin_element is None:
        raise ScanError(
            say(
                "The code has no GTIN (01), so it does not say which product this is. "
                "Scan the other code on the box.",
            )
        )
    if gtin_element.gtin is None:
        raise ScanError(
            say("The GTIN's check digit is wrong: the code was misread. Scan it again.")
        )
    expiry = None
    if "17" in elements:
        expiry = elements["17"].date
        if expiry is None:
            raise ScanError(say("The expiry date in the code is impossible. Check the box."))
    lot = elements["10"].value if "10" in elements else None
    serial = elements["21"].value if "21" in elements else None
    return ScannedBox(gtin_element.gtin.value.zfill(14), lot, expiry, serial)
