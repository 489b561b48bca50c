"""Search as you type finds exactly the patients whose words start with what was typed, in
register order, whichever way the search reads its index (a rare word, or rows in order)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import delete, select, update

from db.access.permissions import Actor, logged_in_actor
from db.demo.build import add_demo_records
from db.migrations import config
from db.models import Patient, PatientSearchWord, User
from db.record import patient_search
from db.record.patient_search import NameOrder, search_terms
from db.record.patients import register_patient, search_patients, update_patient
from db.storage.database import Database, make_engine, open_database
from db.storage.wholeness import incomplete_records
from db.text import fold
from tests.conftest import Staff, patient_input


def expected(db: Database, query: str, order: NameOrder) -> list[int]:
    """The definition, patient by patient: every word starts one of the patient's terms."""
    with db.read() as session:
        patients = session.execute(
            select(
                Patient.id,
                Patient.search_name,
                Patient.phone_digits,
                Patient.mrn,
                Patient.sort_given,
                Patient.sort_family,
            ).where(Patient.active.is_(True))
        ).all()
    words = patient_search.typed_words(query)
    found = []
    for p in patients:
        terms = search_terms(p.search_name, p.phone_digits, p.mrn)
        if len(words) == 1 and len(words[0]) == 1 and words[0].isalpha():
            match = p.search_name.startswith(words[0])
        else:
            kept = [w for w in words if not (len(w) == 1 and w.isalpha() and len(words) > 1)]
            match = all(any(t.startswith(w) for t in terms) for w in kept)
        if match:
            key = p.sort_family if order == NameOrder.FAMILY else p.sort_given
            found.append((key, p.id))
    return [patient_id for _, patient_id in sorted(found)]


def typed_queries(db: Database) -> list[str]:
    with db.read() as session:
        sample = session.execute(
            select(Patient.full_name, Patient.phone_digits, Patient.mrn).limit(12)
        ).all()
    out = ["", "n", "x", "nguyen", "thi", "van", "thi van", "nguyen thi", "ng", "h", "t h"]
    out += ["0", "09", "84", "tb", "TB-0000", "100%", "a_b", "nguyen   huong", "zz"]
    for name, phone, mrn in sample:
        words = fold(name).split()
        out += [name, words[-1][:2], words[-1][:3], f"{words[0]} {words[-1][:3]}"]
        out += [" ".join(words[:2]), phone[:4], phone[:7], mrn.split("-")[1].lstrip("0")[:3]]
    return out


def demo_nurse(db: Database) -> Actor:
    with db.read() as session:
        user = session.scalars(select(User).where(User.username == "demo.nurse")).one()
    return logged_in_actor(user.id, user.username, user.full_name, user.role_set)


@pytest.mark.parametrize(("many_terms", "few"), [(1, 5), (32, 2000)])
def test_every_way_of_reading_the_index_finds_the_same_patients(
    blank_url: str, many_terms: int, few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a word starting more than one name word read through the whole register, and
    number prefixes common from 5 rows; then with up to 32 name words merged and numbers read
    and sorted below 2,000 rows. Every way gives the definition's answer."""
    db = open_database(blank_url)
    try:
        add_demo_records(db, 300, seed=7, draw_threads=False, charted=0)
        nurse = demo_nurse(db)
        monkeypatch.setattr(patient_search, "MANY_TERMS", many_terms)
        monkeypatch.setattr(patient_search, "FEW", few)
        for query in typed_queries(db):
            for order in NameOrder:
                want = expected(db, query, order)
                got = [r.id for r in search_patients(db, nurse, query, 1000, order=order)]
                assert got == want, (query, order)
        # Pages of 7 put together are the whole list, in the same order.
        pages: list[int] = []
        while page := search_patients(db, nurse, "thi", 7, len(pages)):
            pages += [r.id for r in page]
        assert pages == expected(db, "thi", NameOrder.GIVEN)
    finally:
        db.dispose()


def test_a_renamed_patient_is_found_by_the_new_name_only(db: Database, staff: Staff) -> None:
    record = register_patient(db, staff.nurse, patient_input())
    assert [r.id for r in search_patients(db, staff.nurse, "huong")] == [record.id]
    renamed = patient_input(full_name="Trần Thị Mai", phone="0987 654 321")
    update_patient(db, staff.nurse, record.id, record.version, renamed)
    assert search_patients(db, staff.nurse, "huong") == []
    assert search_patients(db, staff.nurse, "0912") == []
    for query in ("mai", "tran thi m", "0987654", "84987"):
        assert [r.id for r in search_patients(db, staff.nurse, query)] == [record.id], query
    with db.read() as session:
        assert incomplete_records(session) == []


def test_an_older_database_gets_its_search_rows_when_the_program_is_updated(
    blank_url: str,
) -> None:
    db = open_database(blank_url)
    add_demo_records(db, 40, seed=2, draw_threads=False, charted=0)
    db.dispose()
    engine = make_engine(blank_url)
    command.downgrade(config(engine), "0012")
    command.upgrade(config(engine), "head")
    engine.dispose()
    db = open_database(blank_url)
    try:
        with db.read() as session:
            assert incomplete_records(session) == []
        nurse = demo_nurse(db)
        for query in ("nguyen", "thi h", "09", ""):
            found = [r.id for r in search_patients(db, nurse, query, 1000)]
            assert found == expected(db, query, NameOrder.GIVEN) != [], query
    finally:
        db.dispose()


def test_word_counts_out_of_step_slow_a_search_but_hide_no_one(blank_url: str) -> None:
    db = open_database(blank_url)
    try:
        add_demo_records(db, 60, seed=5, draw_threads=False, charted=0)
        nurse = demo_nurse(db)
        with db.engine.begin() as connection:
            connection.execute(update(PatientSearchWord).values(patients=1))
            connection.execute(delete(PatientSearchWord).where(PatientSearchWord.term < "m"))
        for query in ("thi", "nguyen thi", "h", "ng", "le van", "tran 09"):
            found = [r.id for r in search_patients(db, nurse, query, 1000)]
            assert found == expected(db, query, NameOrder.GIVEN), query
        with db.read() as session:
            assert any("search word" in line for line in incomplete_records(session))
    finally:
        db.dispose()
