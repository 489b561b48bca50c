"""Text folding for search: case, Vietnamese diacritics and Đ/đ, composed or decomposed input."""

from __future__ import annotations

import re
import unicodedata

# Đ/đ (and a few look-alikes) are letters of their own in Unicode, not D plus a mark.
_SPECIAL = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ɖ": "d", "ł": "l", "Ł": "l"})
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip combining marks and collapse spaces: 'Nguyễn  Đặng' -> 'nguyen dang'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold().translate(_SPECIAL)).strip()


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def clean_line(text: str) -> str:
    """A single-line field as it is stored: composed (NFC), no control characters, trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch == " ")
    return _SPACES.sub(" ", text).strip()


def clean_block(text: str) -> str:
    """A multi-line field: composed, control characters removed except newlines and tabs."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
    kept = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return kept.strip()
