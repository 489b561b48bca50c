import unicodedata

import pytest

from db.text import clean_line, fold


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Nguyễn Thị Hương", "nguyen thi huong"),
        ("ĐẶNG văn ĐỨC", "dang van duc"),
        ("đặng", "dang"),
        ("  Lê   Thị  ", "le thi"),
        ("Chloé Dubois", "chloe dubois"),
    ],
)
def test_fold_ignores_case_accents_and_d_stroke(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_composed_and_decomposed_forms_fold_alike() -> None:
    composed = unicodedata.normalize("NFC", "Nguyễn Đặng")
    decomposed = unicodedata.normalize("NFD", "Nguyễn Đặng")
    assert composed != decomposed
    assert fold(composed) == fold(decomposed) == "nguyen dang"


def test_clean_line_stores_composed_text_without_control_characters() -> None:
    assert clean_line(unicodedata.normalize("NFD", "Hương\x00\t  Lan")) == "Hương Lan"
