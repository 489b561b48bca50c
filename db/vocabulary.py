"""The clinical word lists: materials, designs, treated areas, sides, anaesthesia.

Each entry has a stable code (stored), an English and a Vietnamese label (shown and printed).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    en: str
    vi: str

    def label(self, language: str) -> str:
        return self.vi if language == "vi" else self.en


@dataclass(frozen=True)
class Material(Term):
    default_absorption_months: int
    absorption_text_en: str
    absorption_text_vi: str


MATERIALS = (
    Material("PDO", "PDO (polydioxanone)", "PDO (polydioxanone)", 7, "6-8 months", "6-8 tháng"),
    Material("PLLA", "PLLA (poly-L-lactic acid)", "PLLA (poly-L-lactic acid)", 15,
             "12-18 months", "12-18 tháng"),
    Material("PCL", "PCL (polycaprolactone)", "PCL (polycaprolactone)", 30,
             "24-36 months", "24-36 tháng"),
    Material("other", "Other material", "Chất liệu khác", 12, "as stated by the maker",
             "theo nhà sản xuất"),
)  # fmt: skip

DESIGNS = (
    Term("mono", "Mono (smooth)", "Chỉ trơn (mono)"),
    Term("cog", "Cog / barbed", "Chỉ gai (cog)"),
    Term("screw", "Screw / twisted", "Chỉ xoắn (screw)"),
    Term("mesh", "Mesh / multi-strand", "Chỉ lưới / nhiều sợi"),
)

AREAS = (
    Term("nasolabial", "Nasolabial folds", "Rãnh mũi má"),
    Term("marionette", "Marionette lines", "Rãnh cười (marionette)"),
    Term("midface", "Cheeks / midface", "Má / vùng giữa mặt"),
    Term("jowls", "Jowls", "Chảy xệ hàm dưới"),
    Term("jawline", "Jawline contouring", "Đường viền hàm"),
    Term("forehead", "Forehead", "Trán"),
    Term("brow", "Brow lift", "Nâng cung mày"),
    Term("neck", "Neck", "Cổ"),
    Term("abdomen", "Abdomen", "Bụng"),
    Term("breast", "Breast", "Ngực"),
    Term("nose", "Nose augmentation", "Nâng mũi"),
    Term("buttock", "Buttock augmentation", "Nâng mông"),
    Term("other", "Other area", "Vùng khác"),
)

# Threads cannot hold a shape long-term here and complications are more likely: warn, ask why.
CONTRAINDICATED_AREAS = frozenset({"nose", "buttock"})

SIDES = (
    Term("left", "Left", "Trái"),
    Term("right", "Right", "Phải"),
    Term("both", "Both sides", "Hai bên"),
    Term("midline", "Midline", "Đường giữa"),
)

ANAESTHESIA = (
    Term("none", "None", "Không"),
    Term("topical", "Topical (cream)", "Gây tê bôi"),
    Term("local", "Local injection", "Gây tê tại chỗ"),
)


def term(terms: tuple[Term, ...], code: str) -> Term:
    for entry in terms:
        if entry.code == code:
            return entry
    raise KeyError(code)


def codes(terms: tuple[Term, ...]) -> frozenset[str]:
    return frozenset(entry.code for entry in terms)


def material(code: str) -> Material:
    for entry in MATERIALS:
        if entry.code == code:
            return entry
    raise KeyError(code)
