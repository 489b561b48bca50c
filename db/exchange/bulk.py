"""The whole clinic as FHIR NDJSON, one file per resource type (the Bulk Data format), for
moving to another system. Patients are read in chunks so memory stays flat at any size."""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sqlalchemy import select

from db.access.permissions import Actor, Permission, authorize
from db.audit import chain as audit
from db.errors import ThreadbookError
from db.exchange.gather import Catalogue, gather
from db.exchange.resources import (
    Refs,
    Resource,
    patient_resources,
    referred,
    shared_resources,
)
from db.models import Patient
from db.storage.database import Database
from db.wording import say

CHUNK = 500


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def check_folder(folder: Path) -> Path:
    folder = folder.expanduser()
    if not folder.is_dir():
        raise ThreadbookError(
            say("{folder} is not a folder. Create it first, or choose another.", folder=folder)
        )
    taken = sorted(p.name for p in folder.glob("*.ndjson"))
    if taken:
        raise ThreadbookError(
            say(
                "{folder} already holds {files}. Choose an empty folder, so no earlier export "
                "is mixed in or overwritten.",
                folder=folder,
                files=", ".join(taken[:3]),
            )
        )
    return folder.resolve()


def export_clinic(db: Database, actor: Actor, folder: Path) -> dict[str, int]:
    """Write every patient's resources; returns resource type -> count. Audited."""
    folder = check_folder(folder)
    with db.read() as session:
        authorize(session, actor, Permission.BACKUP)
    staging = Path(tempfile.mkdtemp(prefix=".threadbook-fhir-", dir=folder))
    files: dict[str, IO[str]] = {}
    counts: dict[str, int] = {}
    refs = Refs(in_bundle=False)
    catalogue = Catalogue()

    def put(resource: Resource) -> None:
        kind = resource["resourceType"]
        if kind not in files:
            files[kind] = (staging / f"{kind}.ndjson").open("w", encoding="utf-8")
            counts[kind] = 0
        files[kind].write(json.dumps(resource, ensure_ascii=False, separators=(",", ":")) + "\n")
        counts[kind] += 1

    try:
        with db.read() as session:
            ids = list(session.scalars(select(Patient.id).order_by(Patient.id)))
            lot_ids: set[int] = set()
            user_ids: set[int] = set()
            for chunk in _chunks(ids):
                records = gather(session, chunk, catalogue)
                for data in records:
                    for resource in patient_resources(data, refs, catalogue):
                        put(resource)
                lots, users = referred(records)
                lot_ids |= lots
                user_ids |= users
                # Lots and staff stay in the catalogue; the chunk's records can go.
                session.expunge_all()
            for resource in shared_resources(lot_ids, user_ids, catalogue):
                put(resource)
        for handle in files.values():
            handle.close()
        with db.write(actor) as session:
            authorize(session, actor, Permission.BACKUP)
            audit.record_event(session, "export", "clinic", "fhir-ndjson", None,
                               {"destination": str(folder), "resources": counts})  # fmt: skip
            for kind in counts:
                (staging / f"{kind}.ndjson").replace(folder / f"{kind}.ndjson")
    except OSError as exc:
        raise ThreadbookError(
            say("Cannot write in {folder}: {reason}.", folder=folder, reason=exc.strerror)
        ) from None
    finally:
        for handle in files.values():
            handle.close()
        for left in staging.glob("*"):
            with contextlib.suppress(OSError):
                left.unlink()
        with contextlib.suppress(OSError):
            staging.rmdir()
    return counts
