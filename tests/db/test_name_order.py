"""Patient lists in Vietnamese register order: given name, then family and middle names."""

from __future__ import annotations

import unicodedata

import pytest

from db.access.users import authenticate
from db.demo.build import add_demo_records
from db.record.name_order import family_name_key, given_name_key
from db.record.patient_search import NameOrder
from db.record.patients import register_patient, search_patients
from db.storage.database import Database, open_database
from tests.conftest import Staff, patient_input

# Shuffled on purpose; each pair below checks one rule.
NAMES = [
    "Trần Thị Hạ",
    "Nguyễn Văn Ăn",
    "Đỗ Thị Dung",
    "Lê Thị Hà",
    "Phạm Văn Hả",
    "Bùi Thị Ân",
    "Dương Văn Đức",
    "Trần Văn An",
    "Vũ Thị Hoa",
    "Đặng Thị Ánh",
    "Ngô Thị Lan",
    "Hoàng Minh Đạt",
    "Nguyễn Thị Hương",
    "Lê Lan",
    "Nguyễn Thị Hà",
]
BY_GIVEN_NAME = [
    "Trần Văn An",  # a before ă before â; a plain An before Ánh (shorter word first)
    "Đặng Thị Ánh",
    "Nguyễn Văn Ăn",
    "Bùi Thị Ân",
    "Đỗ Thị Dung",  # d before đ
    "Hoàng Minh Đạt",
    "Dương Văn Đức",
    "Lê Thị Hà",  # the same given name: by family name (Lê before Nguyễn)
    "Nguyễn Thị Hà",
    "Phạm Văn Hả",  # names differing only by tone: huyền, hỏi, nặng
    "Trần Thị Hạ",
    "Vũ Thị Hoa",
    "Nguyễn Thị Hương",  # o before ô before ơ before u before ư
    "Lê Lan",
    "Ngô Thị Lan",
]
BY_FAMILY_NAME = [
    "Bùi Thị Ân",
    "Dương Văn Đức",
    "Đặng Thị Ánh",  # Đ after every D
    "Đỗ Thị Dung",
    "Hoàng Minh Đạt",
    "Lê Lan",
    "Lê Thị Hà",
    "Ngô Thị Lan",
    "Nguyễn Thị Hà",
    "Nguyễn Thị Hương",
    "Nguyễn Văn Ăn",
    "Phạm Văn Hả",
    "Trần Thị Hạ",
    "Trần Văn An",
    "Vũ Thị Hoa",
]


def test_given_name_order_follows_the_vietnamese_alphabet_and_tones() -> None:
    assert sorted(NAMES, key=given_name_key) == BY_GIVEN_NAME


def test_family_name_order() -> None:
    assert sorted(NAMES, key=family_name_key) == BY_FAMILY_NAME


def test_tones_come_in_dictionary_order_after_the_bare_letter() -> None:
    tones = ["Ha", "Hà", "Hả", "Hã", "Há", "Hạ"]
    assert sorted(reversed(tones), key=given_name_key) == tones
    assert sorted(["Hạ", "Hac"], key=given_name_key) == ["Hạ", "Hac"]  # letters before tones


def test_composed_and_decomposed_input_sort_alike() -> None:
    name = "Đặng Thị Ánh"
    assert given_name_key(unicodedata.normalize("NFD", name)) == given_name_key(name)


@pytest.mark.parametrize(("order", "expected"), [(NameOrder.GIVEN, BY_GIVEN_NAME),
                                                  (NameOrder.FAMILY, BY_FAMILY_NAME)])  # fmt: skip
def test_the_register_lists_patients_in_the_chosen_order(
    db: Database, staff: Staff, order: NameOrder, expected: list[str]
) -> None:
    for index, name in enumerate(NAMES):
        register_patient(db, staff.nurse, patient_input(full_name=name, phone=f"09123{index:05d}"))
    rows = search_patients(db, staff.nurse, "", limit=100, order=order)
    assert [row.full_name for row in rows] == expected
    # Accent-blind search still finds them, in the same order.
    found = search_patients(db, staff.nurse, "ha", order=order)
    assert [row.full_name for row in found] == [n for n in expected if n.split()[-1] in
                                                ("Hà", "Hả", "Hạ")]  # fmt: skip


def test_demo_patients_are_listed_in_register_order_too(blank_url: str) -> None:
    demo = open_database(blank_url)
    try:
        result = add_demo_records(demo, 40, seed=7)
        username, _, password = next(s for s in result.staff if s[1] == "nurse")
        nurse = authenticate(demo, username, password)
        rows = search_patients(demo, nurse, "", limit=100)
    finally:
        demo.dispose()
    names = [row.full_name for row in rows]
    assert len(names) == 40
    assert names == sorted(names, key=given_name_key)
