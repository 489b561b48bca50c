"""Vietnamese register order for patient names, as sort keys the database can index.

A Vietnamese name is family, middle and given name ("Nguyễn Thị Hương"); registers sort by the
given name (the last word), then family and middle names. Letters follow the Vietnamese alphabet
(a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; f j w z where Latin puts them) and
tones only decide between words whose letters are equal: none, huyền, hỏi, ngã, sắc, nặng.

The keys are strings of digits, so every collation (SQLite's bytes, any PostgreSQL locale)
orders them alike: per word two digits per letter, then one digit per tone, each part ended by
zeros so a shorter word comes first.
"""

from __future__ import annotations

import unicodedata

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_CODES = {letter: f"{index + 10:02d}" for index, letter in enumerate(_ALPHABET)}
# Marks that make a letter of its own: ă (breve), â ê ô (circumflex), ơ ư (horn).
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
# Tone marks in dictionary order; no mark is tone 1.
_TONES = {"\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0301": "5", "\u0323": "6"}
_OTHER = "99"


def _letters(word: str) -> tuple[str, str]:
    """(letter codes, tone digits) of one word."""
    codes: list[str] = []
    tones: list[str] = []
    for char in unicodedata.normalize("NFC", word).casefold():
        if char in "đð":
            codes.append(_CODES["đ"])
            tones.append("1")
            continue
        parts = unicodedata.normalize("NFD", char)
        base, marks = parts[0], parts[1:]
        letter = unicodedata.normalize(
            "NFC", base + "".join(m for m in marks if m in _LETTER_MARKS)
        )
        tone = next((_TONES[m] for m in marks if m in _TONES), "1")
        if letter in _CODES:
            codes.append(_CODES[letter])
        elif base.isdigit():
            codes.append(f"0{min(int(base), 8) + 1}")
        else:
            codes.append(_OTHER)
        tones.append(tone)
    return "".join(codes), "".join(tones)


def _words_key(words: list[str]) -> str:
    """Word by word: its letters, then its tones (they only decide between equal letters)."""
    key: list[str] = []
    for word in words:
        codes, marks = _letters(word)
        key.append(codes + "00" + marks + "0")
    return "".join(key)


def _parts(full_name: str) -> tuple[str, list[str], str]:
    words = full_name.split()
    if not words:
        return "", [], ""
    if len(words) == 1:
        return "", [], words[0]
    return words[0], words[1:-1], words[-1]


def given_name_key(full_name: str) -> str:
    """Sort key: given name, then family name, then middle names."""
    family, middle, given = _parts(full_name)
    return _words_key([given, family, *middle])


def family_name_key(full_name: str) -> str:
    """Sort key: the name as written, family name first."""
    family, middle, given = _parts(full_name)
    return _words_key([w for w in (family, *middle, given) if w])
