"""Clinic settings, each declared once (type, default, range, label): the declaration checks
and cleans what is saved, gives the default, and builds the field that edits it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.errors import ValidationError
from db.models import Setting
from db.record.opening_hours import closed_days_problem, hours_problem
from db.record.validation import length_problem, name_problem, phone_problem
from db.storage.database import Database
from db.text import clean_block, clean_line
from db.wording import say


@dataclass(frozen=True)
class Option:
    """One clinic setting, declared once: its stored key, default, the label its field shows
    (English, translated where shown) and how a typed value is cleaned and checked.

    Every value is stored as text in the `setting` table.
    """

    key: str
    label: str
    default: str = ""

    def clean(self, value: str) -> str:
        return clean_line(value)

    def problem(self, value: str) -> str | None:
        """What is wrong with an already cleaned value; None when it can be saved."""
        return None


@dataclass(frozen=True)
class Number(Option):
    """A whole number from `low` to `high`."""

    low: int = 1
    high: int = 1

    def clean(self, value: str) -> str:
        return value.strip()

    def problem(self, value: str) -> str | None:
        if not (value.isascii() and value.isdigit()) or not self.low <= int(value) <= self.high:
            return say(
                "{what} must be a whole number from {low} to {high}.",
                what=option_words(self.key),
                low=self.low,
                high=self.high,
            )
        return None


@dataclass(frozen=True)
class Text(Option):
    """A line (or, `multiline`, a block) of text; `required` ones are names."""

    limit: int = 1000
    multiline: bool = False
    required: bool = False

    def clean(self, value: str) -> str:
        return clean_block(value) if self.multiline else clean_line(value)

    def problem(self, value: str) -> str | None:
        if self.required:
            return name_problem(
                value, option_words(self.key), self.limit, missing=missing_words(self.key)
            )
        return length_problem(value, option_words(self.key), self.limit)


@dataclass(frozen=True)
class Phone(Option):
    def problem(self, value: str) -> str | None:
        return phone_problem(value)


@dataclass(frozen=True)
class Folder(Text):
    """A folder given as a full path (a relative one would depend on where the program ran)."""

    def problem(self, value: str) -> str | None:
        if value and not Path(value).expanduser().is_absolute():
            return say(
                "The backup folder must be a full path, for example D:\\Threadbook backups or "
                "/home/clinic/backups."
            )
        return super().problem(value)


@dataclass(frozen=True)
class Stored(Option):
    """Kept by the module that owns it (a protocol's JSON, an edited care text, the demo
    marker): never shown as a field, never checked here."""


@dataclass(frozen=True)
class Hours(Stored):
    """Opening hours per weekday, as JSON; edited by its own widget, checked here."""

    def clean(self, value: str) -> str:
        return value.strip()

    def problem(self, value: str) -> str | None:
        return hours_problem(value) if value else None


@dataclass(frozen=True)
class ClosedDays(Stored):
    """One closed day a line, 'dd/mm/yyyy note'."""

    def clean(self, value: str) -> str:
        return "\n".join(line.strip() for line in value.splitlines() if line.strip())

    def problem(self, value: str) -> str | None:
        return closed_days_problem(value)


OPTIONS: tuple[Option, ...] = (
    Text("clinic_name", "Clinic name", limit=200, required=True),
    Text("clinic_address", "Address", multiline=True),
    Phone("clinic_phone", "Phone"),
    Text("clinic_logo_path", "Logo path"),
    Number("lockout_attempts", "Failed logins before lock-out", "5", 1, 100),
    Number("lockout_minutes", "Lock-out minutes", "15", 1, 1440),
    Number("idle_lock_minutes", "Minutes before the screen locks", "10", 1, 120),
    Folder("backup_folder", "Backup folder"),
    Number("backup_keep", "Daily backups to keep", "14", 1, 365),
    Stored("demo_database", "Demo database", "no"),
    # The clinic's language: the login screen's and each new account's (chosen at setup).
    Stored("language", "Language", "vi"),
    # JSON lists of steps; empty means the built-in protocol (db.record.followups.DEFAULT_STEPS).
    Stored("followup_protocol", "Follow-up protocol"),
    Stored("followup_protocol_long", "Follow-up protocol after PLLA or PCL threads"),
    # Care texts of the aftercare sheet, as edited by the clinic; empty: the shipped default.
    Stored("aftercare_text_vi", "Aftercare text in Vietnamese"),
    Stored("aftercare_text_en", "Aftercare text in English"),
    # JSON list of seven 'HH:MM-HH:MM' spans, Monday first ('' = closed); empty: Mon-Sat 8-17.
    Hours("opening_hours", "Opening hours"),
    ClosedDays("closed_days", "Closed days"),
)
OPTION: dict[str, Option] = {option.key: option for option in OPTIONS}


def option_words(key: str) -> str:
    """A setting's name for a message, in the session's language (the labels are English)."""
    words = {
        "clinic_name": say("Clinic name"),
        "clinic_address": say("Address"),
        "clinic_phone": say("Phone"),
        "clinic_logo_path": say("Logo path"),
        "lockout_attempts": say("Failed logins before lock-out"),
        "lockout_minutes": say("Lock-out minutes"),
        "idle_lock_minutes": say("Minutes before the screen locks"),
        "backup_folder": say("Backup folder"),
        "backup_keep": say("Daily backups to keep"),
    }
    return words.get(key, OPTION[key].label)


def missing_words(key: str) -> str | None:
    """The whole sentence for a required setting left empty; None: the general one."""
    return say("Clinic name is required.") if key == "clinic_name" else None


DEFAULTS: dict[str, str] = {option.key: option.default for option in OPTIONS}


@dataclass(frozen=True)
class ClinicSettings:
    values: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, DEFAULTS.get(key, ""))

    def integer(self, key: str) -> int:
        """A Number setting's value; its default when what is stored is not a valid one (a
        value written behind the program's back, say)."""
        option = OPTION[key]
        assert isinstance(option, Number), key
        value = self[key]
        return int(value) if option.problem(value) is None else int(option.default)

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
    # The table's own columns: read before the login screen, this keeps the models' mappings
    # from being set up until the person logs in (desktop/warm_up.py does it meanwhile).
    table = Setting.__table__.c
    rows = session.execute(select(table.key, table.value)).all()
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


def settings_problems(values: Mapping[str, str]) -> dict[str, str]:
    """Setting -> message for each (cleaned) value that cannot be saved."""
    problems = {key: OPTION[key].problem(value) for key, value in values.items()}
    return {key: problem for key, problem in problems.items() if problem}


def save_settings(db: Database, actor: Actor, values: Mapping[str, str]) -> ClinicSettings:
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise ValueError(f"unknown settings: {sorted(unknown)}")
    values = {key: OPTION[key].clean(value) for key, value in values.items()}
    if problems := settings_problems(values):
        raise ValidationError(problems)
    with db.write(actor) as session:
        authorize(session, actor, Permission.SETTINGS_EDIT)
        store_settings(session, values)
    return load_settings(db)
