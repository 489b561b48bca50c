"""Small helpers the tests share."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlalchemy import select

from db.access.permissions import Actor
from db.models import AuditEvent
from db.record.procedures import PlacementInput, ProcedureInput, ProcedureRecord, chart_procedure
from db.storage.database import Database

PASSWORD = "correct horse battery"


def audit_rows(db: Database, **where: Any) -> list[AuditEvent]:
    with db.read() as session:
        query = select(AuditEvent).order_by(AuditEvent.seq)
        for key, value in where.items():
            query = query.where(getattr(AuditEvent, key) == value)
        return list(session.scalars(query))


def changes(event: AuditEvent) -> dict[str, list[Any]]:
    return dict(json.loads(event.details).get("changes", {}))


class MemoryKeyring(KeyringBackend):
    """A password store that forgets everything when the test ends."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


def chart(
    db: Database, doctor: Actor, patient_id: int, performed: datetime, *placements: PlacementInput
) -> ProcedureRecord:
    """A procedure by `doctor` at `performed`, with consent half an hour before and local
    anaesthesia: the usual case, for tests about what follows a procedure."""
    return chart_procedure(
        db,
        doctor,
        ProcedureInput(
            patient_id,
            performed,
            doctor.user_id,
            None,
            True,
            performed - timedelta(minutes=30),
            "local",
            placements,
        ),
    )


def written(qtbot: Any) -> None:
    """Wait until every write a form started has come back to the GUI thread."""
    from desktop.writes import in_flight

    qtbot.waitUntil(lambda: in_flight() == 0, timeout=15_000)
