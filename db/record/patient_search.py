"""Accent-blind patient search as you type, fast at a million patients.

Every typed word must start a word of the patient's folded name, phone number (national or
+84 form) or record number. `patient_search_term` holds one row per (word, patient) carrying
the patient's register sort keys and all of its words, so a search never visits the patient
table until it has its page of results:

- a word matched by few rows (under `COMMON` of them) drives: its rows are read from the index,
  the other typed words are checked on each row, and what is left is sorted;
- when every typed word is common, the results are dense, so rows are read already in register
  order (one common word's rows, or the empty term that lists every patient) and the first
  page of those that match all the words ends the read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, insert, select
from sqlalchemy.orm import Session

from db.models import Patient, PatientSearchTerm
from db.record.validation import national_digits
from db.text import clean_line, digits, fold

EVERYONE = ""  # the term whose rows list every active patient, in register order
COMMON = 10_000  # rows read to count a word's matches; a word with more is common
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


@dataclass(frozen=True)
class _Matches:
    word: str
    rows: int  # capped at the cap it was counted with
    term: str | None  # the one term it matches, when it matches only one


def _matches(session: Session, word: str, cap: int) -> _Matches:
    t = PatientSearchTerm
    read = select(t.term).where(prefix_range(t.term, word)).limit(cap).subquery()
    rows, first, last = session.execute(
        select(func.count(), func.min(read.c.term), func.max(read.c.term))
    ).one()
    single = first is not None and first == last
    if single and rows >= cap:
        beyond = select(t.term).where(t.term > first, t.term < word + "\uffff").limit(1)
        single = session.scalar(beyond) is None
    return _Matches(word, rows, first if single else None)


def _first_letter_page(session: Session, letter: str, order: NameOrder) -> Select[int, str] | None:
    """Names starting with one letter, sorted from the patient table; None when they are many."""
    starts = and_(prefix_range(Patient.search_name, letter), Patient.active.is_(True))
    few = select(Patient.id).where(starts).limit(COMMON)
    if session.scalar(select(func.count()).select_from(few.subquery())) == COMMON:
        return None
    sort = Patient.sort_family if order == NameOrder.FAMILY else Patient.sort_given
    return (
        select(Patient.id.label("patient_id"), sort.label("key"))
        .where(starts)
        .order_by(sort, Patient.id)
    )


def _lead(session: Session, words: list[str]) -> _Matches | None:
    """The word whose rows a search reads; None: read the whole register in order."""
    counted: dict[str, _Matches] = {}
    cap = COMMON
    # Longer words tend to be rarer; each count stops at the fewest found so far.
    for word in sorted(set(words), key=len, reverse=True):
        counted[word] = _matches(session, word, cap)
        cap = min(cap, counted[word].rows + 1)
    rarest = min(counted.values(), key=lambda m: m.rows, default=None)
    if rarest is not None and rarest.rows < COMMON:
        return rarest
    # All common, so matches are dense: read one word's rows already in register order, the
    # last typed that is a single term (most often the given name), or the whole register.
    return next((counted[w] for w in reversed(words) if counted[w].term is not None), None)


def search_page(
    session: Session, query: str, order: NameOrder, limit: int, offset: int
) -> Select[int, str]:
    """(patient_id, key) of one page of results in register order; counts matches to plan."""
    t = PatientSearchTerm
    key = t.sort_family if order == NameOrder.FAMILY else t.sort_given
    words = typed_words(query)
    if len(words) == 1 and len(words[0]) == 1 and words[0].isalpha():
        # One letter would match most of the register; list names starting with it instead.
        few = _first_letter_page(session, words[0], order)
        if few is not None:
            return few.limit(limit).offset(offset)
        lead = None
        filters: list[ColumnElement[bool]] = [t.words.like(f" {_like(words[0])}%", escape="\\")]
    else:
        # A lone initial among other words narrows too little to be worth reading.
        words = [w for w in words if not (len(w) == 1 and w.isalpha() and len(words) > 1)]
        lead = _lead(session, words)
        filters = [_has_word(w) for w in words if lead is None or w != lead.word]
    page = select(t.patient_id.label("patient_id"), key.label("key")).where(*filters)
    if lead is None:
        page = page.where(t.term == EVERYONE)
    elif lead.term is not None:
        page = page.where(t.term == lead.term)  # one term's rows are in register order
    else:
        page = page.where(prefix_range(t.term, lead.word)).distinct()
    return page.order_by(key, t.patient_id).limit(limit).offset(offset)
