"""Clinic settings: name, address, phone and the tunable numbers, each with a default."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.errors import ValidationError
from db.models import Setting
from db.record.validation import length_problem, name_problem, phone_problem
from db.storage.database import Database
from db.text import clean_block, clean_line
from db.wording import say

DEFAULTS: dict[str, str] = {
    "clinic_name": "",
    "clinic_address": "",
    "clinic_phone": "",
    # The clinic's language: the login screen's and each new account's.
    "language": "vi",
    "clinic_logo_path": "",
    "demo_database": "no",
    "lockout_attempts": "5",
    "lockout_minutes": "15",
    "idle_lock_minutes": "10",
    # JSON lists of steps; empty means the built-in protocol (db.record.followups.DEFAULT_STEPS).
    "followup_protocol": "",
    "followup_protocol_long": "",
    # Care texts of the aftercare sheet, as edited by the clinic; empty: the shipped default.
    "aftercare_text_vi": "",
    "aftercare_text_en": "",
    "backup_folder": "",
    "backup_keep": "14",
}


@dataclass(frozen=True)
class ClinicSettings:
    values: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, DEFAULTS.get(key, ""))

    def integer(self, key: str) -> int:
        try:
            return int(self[key])
        except ValueError:
            return int(DEFAULTS[key])

    @property
    def clinic_name(self) -> str:
        return self["clinic_name"]

    @property
    def clinic_phone(self) -> str:
        return self["clinic_phone"]

    @property
    def clinic_address(self) -> str:
        return self["clinic_address"]


def read_settings(session: Session) -> ClinicSettings:
    rows = session.execute(select(Setting.key, Setting.value)).all()
    return ClinicSettings({key: value for key, value in rows})


def load_settings(db: Database) -> ClinicSettings:
    with db.read() as session:
        return read_settings(session)


def store_settings(session: Session, values: Mapping[str, str]) -> None:
    """Write settings inside the caller's transaction (audited as changes to `setting`)."""
    for key, value in values.items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        elif row.value != value:
            row.value = value


# Whole numbers an administrator may set, with the range that makes sense for each.
# Each name is a function: messages are worded in the language of the moment they are made.
NUMBER_RANGES: dict[str, tuple[int, int, Callable[[], str]]] = {
    "lockout_attempts": (1, 100, lambda: say("Failed logins before lock-out")),
    "lockout_minutes": (1, 1440, lambda: say("Lock-out minutes")),
    "idle_lock_minutes": (1, 120, lambda: say("Minutes before the screen locks")),
    "backup_keep": (1, 365, lambda: say("Daily backups to keep")),
}


_TEXT_CHECKS: dict[str, Callable[[str], str | None]] = {
    "clinic_name": lambda value: name_problem(value, say("Clinic name")),
    "clinic_phone": phone_problem,
    "clinic_address": lambda value: length_problem(value, say("Address"), 1000),
    "clinic_logo_path": lambda value: length_problem(value, say("Logo path"), 1000),
}


def _folder_problem(value: str) -> str | None:
    if value and not Path(value).expanduser().is_absolute():
        return say(
            r"The backup folder must be a full path, for example D:\Threadbook backups "
            "or /home/clinic/backups.",
        )
    return length_problem(value, say("Backup folder"), 1000)


def settings_problems(values: Mapping[str, str]) -> dict[str, str]:
    """Setting -> message for each value that cannot be saved."""
    problems: dict[str, str] = {}
    for key, value in values.items():
        problem: str | None = None
        if key in NUMBER_RANGES:
            low, high, what = NUMBER_RANGES[key]
            text = value.strip()
            if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
                problem = say(
                    "{what} must be a whole number from {low} to {high}.",
                    what=what(),
                    low=low,
                    high=high,
                )
        elif key == "backup_folder":
            problem = _folder_problem(value)
        elif key in _TEXT_CHECKS:
            problem = _TEXT_CHECKS[key](value)
        if problem:
            problems[key] = problem
    return problems


def _cleaned(key: str, value: str) -> str:
    if key in NUMBER_RANGES:
        return value.strip()
    return clean_block(value) if key == "clinic_address" else clean_line(value)


def save_settings(db: Database, actor: Actor, values: Mapping[str, str]) -> ClinicSettings:
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise ValueError(f"unknown settings: {sorted(unknown)}")
    values = {key: _cleaned(key, value) for key, value in values.items()}
    if problems := settings_problems(values):
        raise ValidationError(problems)
    with db.write(actor) as session:
        authorize(session, actor, Permission.SETTINGS_EDIT)
        store_settings(session, values)
    return load_settings(db)
