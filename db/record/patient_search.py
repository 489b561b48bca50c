"""Accent-blind patient search as you type, fast at a million patients.

Every typed word must start a word of the patient's folded name, phone number (national or
+84 form) or record number. `patient_search_term` holds one row per (word, patient) carrying
the patient's register sort keys and all of its words, indexed by word and then register order,
so a search reads rows already in the order it shows them and stops after one page:

- it reads the rows of the typed word that the fewest patients have (`patient_search_word`
  counts them), each of the few name words starting with it in register order, merged, and
  checks the other typed words on each row;
- a phone or record number prefix matches one word per patient: when few, its rows are read
  and sorted;
- when every typed word starts many different words, or is a very common number prefix, it
  reads the whole register in order (the empty term) and checks every word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    delete,
    false,
    func,
    insert,
    select,
    text,
)
from sqlalchemy import union as union_of
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import Patient, PatientSearchTerm, PatientSearchWord
from db.record.validation import national_digits
from db.text import clean_line, digits, fold

EVERYONE = ""  # the term whose rows list every active patient, in register order
FEW = 2_000  # a number prefix matched by fewer rows is read and sorted; more, it is common
MANY_TERMS = 32  # a word starting more name words than this is read through the whole register
MRN_PREFIX = "tb-"  # folded record numbers (TB-000123): one term per patient, like phones
MAX_WORDS = 6
_PHONE_QUERY = re.compile(r"^\s*\+?[0-9][0-9 ().-]*$")


class NameOrder(StrEnum):
    """How a list of patients is sorted (db.record.name_order)."""

    GIVEN = "given"  # tên, then họ and tên đệm: the Vietnamese register
    FAMILY = "family"  # the name as written, family name first


def search_terms(search_name: str, phone_digits: str, mrn: str) -> set[str]:
    """The words a patient is found by: name words, phone (national and +84 forms), MRN."""
    terms = set(search_name.split())
    if phone_digits:
        terms.add(phone_digits)
        if phone_digits.startswith("0"):
            terms.add("84" + phone_digits[1:])
    terms.add(mrn.lower())
    terms.add(mrn.rsplit("-", 1)[-1].lstrip("0") or "0")
    return {term[:60] for term in terms if term}


def search_words(search_name: str, terms: set[str]) -> str:
    """Every term after a space: the name's words first, in order, so ' x%' is its first word."""
    named = list(dict.fromkeys(word[:60] for word in search_name.split()))
    rest = sorted(terms.difference(named))
    return "".join(" " + term for term in [*named, *rest])


@dataclass(frozen=True)
class SearchEntry:
    term: str
    sort_given: str
    sort_family: str
    words: str


def search_entries(
    active: bool, search_name: str, phone_digits: str, mrn: str, sort_given: str, sort_family: str
) -> set[SearchEntry]:
    """The index rows a patient should have: one per term, and one under EVERYONE."""
    if not active:
        return set()
    terms = search_terms(search_name, phone_digits, mrn)
    words = search_words(search_name, terms)
    return {
        SearchEntry(term, sort_given, sort_family, words) for term in [EVERYONE, *sorted(terms)]
    }


def patient_entries(patient: Any) -> set[SearchEntry]:
    """search_entries of a Patient, or of a row with the same attributes."""
    return search_entries(
        patient.active,
        patient.search_name,
        patient.phone_digits,
        patient.mrn,
        patient.sort_given,
        patient.sort_family,
    )


def stored_entries(session: Session, first_id: int, last_id: int) -> dict[int, set[SearchEntry]]:
    """The index rows stored for patients first_id..last_id, by patient."""
    t = PatientSearchTerm
    stored: dict[int, set[SearchEntry]] = {}
    for row in session.execute(
        select(t.patient_id, t.term, t.sort_given, t.sort_family, t.words).where(
            t.patient_id.between(first_id, last_id)
        )
    ):
        entry = SearchEntry(row.term, row.sort_given, row.sort_family, row.words)
        stored.setdefault(row.patient_id, set()).add(entry)
    return stored


def entry_rows(patient_id: int, entries: set[SearchEntry]) -> Iterator[dict[str, Any]]:
    for entry in entries:
        yield {"patient_id": patient_id, **entry.__dict__}


def refresh_search_entries(session: Session, patient: Patient) -> None:
    """Bring the patient's index rows in line with its saved fields (after a flush)."""
    wanted = patient_entries(patient)
    current = stored_entries(session, patient.id, patient.id).get(patient.id, set())
    if current == wanted:
        return
    # Index rows only: derived from the patient row, which itself is never deleted.
    session.execute(delete(PatientSearchTerm).where(PatientSearchTerm.patient_id == patient.id))
    if wanted:
        session.execute(insert(PatientSearchTerm), list(entry_rows(patient.id, wanted)))
    before = {e.term for e in current if is_name_term(e.term)}
    after = {e.term for e in wanted if is_name_term(e.term)}
    _count(session, after - before, +1)
    _count(session, before - after, -1)


def is_name_term(term: str) -> bool:
    """A word counted in patient_search_word: not the empty term, a number or a record number."""
    return bool(term) and not term[0].isdigit() and not term.startswith(MRN_PREFIX)


def _count(session: Session, terms: set[str], change: int) -> None:
    if not terms:
        return
    w = PatientSearchWord
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    for term in sorted(terms):  # one order everywhere: two savers never wait on each other
        upsert = dialect.insert(w).values(term=term, patients=max(change, 0))
        session.execute(
            upsert.on_conflict_do_update(
                index_elements=[w.term], set_={"patients": w.patients + change}
            )
        )


def name_word_counts(connection: Connection | Session) -> dict[str, int]:
    """What patient_search_word should hold: each name word's patients, from the search rows."""
    t = PatientSearchTerm
    counts = connection.execute(
        select(t.term, func.count()).where(t.term > EVERYONE).group_by(t.term)
    )
    return {term: n for term, n in counts if is_name_term(term)}


def recount_search_words(connection: Connection) -> None:
    """Rebuild patient_search_word from the search rows (after a bulk load or a migration)."""
    connection.execute(delete(PatientSearchWord))
    rows = [{"term": t, "patients": n} for t, n in name_word_counts(connection).items()]
    for start in range(0, len(rows), 5000):
        connection.execute(insert(PatientSearchWord), rows[start : start + 5000])


def typed_words(query: str) -> list[str]:
    query = clean_line(query)  # control characters (PostgreSQL refuses NUL) never match
    if _PHONE_QUERY.match(query) and len(digits(query)) >= 2:
        # A phone number typed in groups is one number, in either national or +84 form.
        return [national_digits(query)]
    return fold(query).split()[:MAX_WORDS]


def prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    # A range instead of LIKE so both SQLite and PostgreSQL use the index for any collation.
    return and_(column >= prefix, column < prefix + "\uffff")


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _has_word(word: str) -> ColumnElement[bool]:
    return PatientSearchTerm.words.like(f"% {_like(word)}%", escape="\\")


def is_number_word(word: str) -> bool:
    """A typed word that may start phone or record numbers, which are one term per patient."""
    return word[0].isdigit() or word.startswith(MRN_PREFIX) or MRN_PREFIX.startswith(word)


@dataclass(frozen=True)
class _Reading:
    """How one typed word's rows would be read, and about how many rows that is."""

    word: str
    rows: int
    merged: bool  # each name word starting with it, in register order; else read and sorted


def _name_readings(session: Session, words: list[str]) -> dict[str, _Reading | None]:
    """Each name word's reading, from its counts in one statement; None for a word starting
    so many name words that it is best checked on the register's rows."""
    if not words:
        return {}
    # Plain SQL: built afresh for every keystroke, an expression tree costs more than the query.
    sql = " UNION ALL ".join(
        f"SELECT {index} AS word, patients FROM (SELECT term, patients FROM patient_search_word"
        f" WHERE term >= :low{index} AND term < :high{index} AND patients > 0"
        f" ORDER BY term LIMIT :most) AS counted{index}"
        for index in range(len(words))
    )
    bounds: dict[str, object] = {"most": MANY_TERMS + 1}
    for index, word in enumerate(words):
        bounds |= {f"low{index}": word, f"high{index}": word + "\uffff"}
    counts: dict[int, list[int]] = {index: [] for index in range(len(words))}
    for index, patients in session.connection().execute(text(sql), bounds):
        counts[index].append(patients)
    return {
        word: None
        if len(counts[index]) > MANY_TERMS
        else _Reading(word, sum(counts[index]), merged=True)
        for index, word in enumerate(words)
    }


def _number_reading(session: Session, word: str) -> _Reading | None:
    t = PatientSearchTerm
    read = select(t.term).where(prefix_range(t.term, word)).limit(FEW).subquery()
    rows = session.connection().scalar(select(func.count()).select_from(read)) or 0
    return _Reading(word, rows, merged=False) if rows < FEW else None


# Each distinct term in [:low, :high) by one index seek, the next after the one before.
_DISTINCT_TERMS = text(
    "WITH RECURSIVE found(term) AS ("
    " SELECT min(term) FROM patient_search_term WHERE term >= :low AND term < :high"
    " UNION ALL"
    " SELECT (SELECT min(term) FROM patient_search_term"
    "         WHERE term > found.term AND term < :high)"
    " FROM found WHERE found.term IS NOT NULL"
    ") SELECT term FROM found WHERE term IS NOT NULL LIMIT :most"
)


def _terms_starting(session: Session, word: str) -> list[str] | None:
    """The distinct terms starting with `word`, from the search rows themselves; None when
    there are more than MANY_TERMS."""
    bounds = {"low": word, "high": word + "\uffff", "most": MANY_TERMS + 1}
    found = list(session.connection().scalars(_DISTINCT_TERMS, bounds))
    return None if len(found) > MANY_TERMS else found


def _first_letter_page(session: Session, letter: str, order: NameOrder) -> Select[int, str] | None:
    """Names starting with one letter, sorted from the patient table; None when they are many."""
    starts = and_(prefix_range(Patient.search_name, letter), Patient.active.is_(True))
    few = select(Patient.id).where(starts).limit(FEW)
    if session.connection().scalar(select(func.count()).select_from(few.subquery())) == FEW:
        return None
    sort = Patient.sort_family if order == NameOrder.FAMILY else Patient.sort_given
    return (
        select(Patient.id.label("patient_id"), sort.label("key"))
        .where(starts)
        .order_by(sort, Patient.id)
    )


def search_page(
    session: Session, query: str, order: NameOrder, limit: int, offset: int
) -> Select[int, str]:
    """(patient_id, key) of one page of results in register order."""
    t = PatientSearchTerm
    key = t.sort_family if order == NameOrder.FAMILY else t.sort_given
    words = typed_words(query)
    if len(words) == 1 and len(words[0]) == 1 and words[0].isalpha():
        # One letter would match most of the register; list names starting with it instead.
        few = _first_letter_page(session, words[0], order)
        if few is not None:
            return few.limit(limit).offset(offset)
        first_word = t.words.like(f" {_like(words[0])}%", escape="\\")
        everyone = select(t.patient_id.label("patient_id"), key.label("key"))
        return _in_order(everyone.where(t.term == EVERYONE, first_word), key, limit, offset)
    # A lone initial among other words narrows too little to be worth reading.
    words = [w for w in words if not (len(w) == 1 and w.isalpha() and len(words) > 1)]
    distinct = list(dict.fromkeys(words))
    readings = _name_readings(session, [w for w in distinct if not is_number_word(w)])
    readings |= {w: _number_reading(session, w) for w in distinct if is_number_word(w)}
    known = [r for r in readings.values() if r is not None]
    lead = min(known, key=lambda r: r.rows, default=None)
    terms = _terms_starting(session, lead.word) if lead is not None and lead.merged else None
    if lead is not None and lead.merged and terms is None:
        lead = None  # the counts were behind the rows: read the register instead
    filters = [_has_word(w) for w in words if lead is None or w != lead.word]
    rows = select(t.patient_id.label("patient_id"), key.label("key")).where(*filters)
    if lead is None:
        return _in_order(rows.where(t.term == EVERYONE), key, limit, offset)
    if not lead.merged:
        rows = rows.where(prefix_range(t.term, lead.word)).distinct()
        return _in_order(rows, key, limit, offset)
    if not terms:
        return rows.where(false()).limit(limit)
    if len(terms) == 1:
        return _in_order(rows.where(t.term == terms[0]), key, limit, offset)
    # Each term's first rows in register order; a patient with two of them is listed once.
    arms = [
        select(*_in_order(rows.where(t.term == term), key, limit + offset, 0).subquery().c)
        for term in terms
    ]
    merged = union_of(*arms).subquery()
    return (
        select(merged.c.patient_id, merged.c.key)
        .order_by(merged.c.key, merged.c.patient_id)
        .limit(limit)
        .offset(offset)
    )


def _in_order(
    rows: Select[int, str], key: Any, limit: int | None = None, offset: int = 0
) -> Select[int, str]:
    return rows.order_by(key, PatientSearchTerm.patient_id).limit(limit).offset(offset)
