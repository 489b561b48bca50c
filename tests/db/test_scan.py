from datetime import date

import pytest

from db.stock.barcodes import ScanError, parse_box

GTIN = "09506000134352"


@pytest.mark.parametrize(
    ("scanned", "lot", "expiry"),
    [
        ("(01)09506000134352(17)271231(10)ABC123", "ABC123", date(2027, 12, 31)),
        ("]d201095060001343521727123110ABC123\x1d21SN99", "ABC123", date(2027, 12, 31)),
        ("]C101095060001343521727120010LOT7", "LOT7", date(2027, 12, 31)),
        ("010950600013435210L-55\x1d17280229", "L-55", date(2028, 2, 29)),
        ("0109506000134352<GS>10A1<GS>17270101", "A1", date(2027, 1, 1)),
        ("]Q3https://id.gs1.org/01/09506000134352/10/QR1?17=270131", "QR1", date(2027, 1, 31)),
        ("https://brand.example/01/09506000134352/10/QR2?17=270630", "QR2", date(2027, 6, 30)),
        ("  (01)09506000134352(10)NOEXP\r\n", "NOEXP", None),
    ],
)
def test_gs1_forms_give_gtin_lot_and_expiry(scanned: str, lot: str, expiry: date | None) -> None:
    box = parse_box(scanned)
    assert (box.gtin, box.lot_number, box.expiry) == (GTIN, lot, expiry)


@pytest.mark.parametrize(
    ("scanned", "message"),
    [
        ("01095060001343531727123110ABC", "check digit"),
        ("(01)09506000134353(10)X", "check digit"),
        ("01095060001343521713133110ABC", "impossible"),
        ("01095060001343521727023010ABC", "impossible"),
        ("hello world", "not a GS1 code"),
        ("https://example.com/about", "not a GS1 code"),
        ("10ABC\x1d17271231", "no GTIN"),
        ("   ", "Nothing was scanned"),
    ],
)
def test_bad_scans_are_refused_with_the_reason(scanned: str, message: str) -> None:
    with pytest.raises(ScanError) as refused:
        parse_box(scanned)
    assert message in refused.value.message
