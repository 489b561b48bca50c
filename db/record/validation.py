"""Field checks shared by every form and db function. Each returns a message or None."""

from __future__ import annotations

import re
from datetime import date

from db.text import clean_line, digits
from db.wording import say

EARLIEST_BIRTH = date(1900, 1, 1)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ().\-]+$")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")


def name_problem(
    text: str, what: str | None = None, limit: int = 200, missing: str | None = None
) -> str | None:
    """`what` names the field for the message (a say() result); a person's full name by default.
    `missing` is the whole sentence for an empty field: a field's name inside a sentence would
    keep its capital in Vietnamese ("Cần nhập Họ tên")."""
    if what is None:
        what, missing = say("Full name"), say("Full name is required.")
    name = clean_line(text)
    if not name:
        return missing or say("{what} is required.", what=what)
    if len(name) > limit:
        return say("{what} is too long (at most {limit} characters).", what=what, limit=limit)
    if not any(ch.isalpha() for ch in name):
        return say("{what} must contain letters.", what=what)
    return None


def phone_problem(text: str, required: bool = True) -> str | None:
    phone = clean_line(text)
    if not phone:
        return say("Phone number is required.") if required else None
    if not _PHONE_CHARS.match(phone) or "+" in phone[1:]:
        return say(
            "Phone number may contain only digits, spaces, '+', '-', '.' and brackets.",
        )
    count = len(digits(phone))
    if count < 8 or count > 15:
        return say(
            "Phone number must have 8 to 15 digits, for example 0912 345 678 or +84 912 345 678.",
        )
    return None


def national_digits(phone: str) -> str:
    """Digits in national form, so '+84 912 345 678' and '0912 345 678' are the same number."""
    number = digits(phone)
    if phone.strip().startswith("+84") or (number.startswith("84") and len(number) == 11):
        return "0" + number[2:]
    return number


def email_problem(text: str) -> str | None:
    email = clean_line(text)
    if email and (len(email) > 254 or not _EMAIL.match(email)):
        return say("E-mail address is not valid (for example name@example.com).")
    return None


def birth_date_problem(value: date | None, today: date) -> str | None:
    if value is None:
        return say("Date of birth is required (dd/mm/yyyy).")
    if value > today:
        return say("Date of birth cannot be in the future.")
    if value < EARLIEST_BIRTH:
        return say("Date of birth cannot be before 1900.")
    return None


def username_problem(text: str) -> str | None:
    if not _USERNAME.match(text):
        return say(
            "Username must be 2 to 63 lower-case letters, digits, dots, dashes or "
            "underscores, starting with a letter or digit.",
        )
    return None


def length_problem(text: str, what: str, limit: int) -> str | None:
    if len(text) > limit:
        return say("{what} is too long (at most {limit} characters).", what=what, limit=limit)
    return None
