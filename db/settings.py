"""Clinic settings: name, address, phone and the tunable numbers, each with a default."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.database import Database
from db.models import Setting
from db.permissions import Actor, Permission, authorize

DEFAULTS: dict[str, str] = {
    "clinic_name": "",
    "clinic_address": "",
    "clinic_phone": "",
    "clinic_logo_path": "",
    "demo_database": "no",
    "lockout_attempts": "5",
    "lockout_minutes": "15",
    "idle_lock_minutes": "10",
    # JSON lists of steps; empty means the built-in protocol (db.followups.DEFAULT_STEPS).
    "followup_protocol": "",
    "followup_protocol_long": "",
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


def save_settings(db: Database, actor: Actor, values: Mapping[str, str]) -> ClinicSettings:
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise ValueError(f"unknown settings: {sorted(unknown)}")
    with db.write(actor) as session:
        authorize(session, actor, Permission.SETTINGS_EDIT)
        store_settings(session, values)
    return load_settings(db)
