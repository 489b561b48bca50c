"""Small helpers the tests share."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from db.database import Database
from db.models import AuditEvent

PASSWORD = "correct horse battery"


def audit_rows(db: Database, **where: Any) -> list[AuditEvent]:
    with db.read() as session:
        query = select(AuditEvent).order_by(AuditEvent.seq)
        for key, value in where.items():
            query = query.where(getattr(AuditEvent, key) == value)
        return list(session.scalars(query))


def changes(event: AuditEvent) -> dict[str, list[Any]]:
    return dict(json.loads(event.details).get("changes", {}))
