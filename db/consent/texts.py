"""Consent texts per purpose and language, kept as numbered versions that are never changed.

The shipped defaults live in resources/consent/<language>.md. The text a patient is shown is
always a stored version: the first time a purpose's text is needed, or when a newer program ships
a changed default that the clinic has not replaced, the default is stored as the next version.
A clinic's edit is stored as the next version too, so every consent points at the exact words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.errors import Conflict, ValidationError
from db.models import ConsentText
from db.resources import RESOURCES
from db.storage.database import Database
from db.text import clean_block, clean_line
from db.vocabulary import CONSENT_PURPOSES, codes
from db.wording import say

LANGUAGES = ("vi", "en")
PURPOSES = codes(CONSENT_PURPOSES)
MAX_TITLE = 200
MAX_BODY = 8000


@dataclass(frozen=True)
class ConsentTextRecord:
    id: int
    purpose: str
    language: str
    version_no: int
    title: str
    body: str
    source: str
    created_at: datetime

    def paragraphs(self) -> list[tuple[str, str]]:
        """('bullet' | 'paragraph', text) in order, as the form and the PDF show them."""
        blocks: list[tuple[str, str]] = []
        for chunk in self.body.split("\n"):
            line = chunk.strip()
            if line.startswith("- "):
                blocks.append(("bullet", line[2:].strip()))
            elif line:
                blocks.append(("paragraph", line))
        return blocks


def parse_defaults(text: str) -> dict[str, tuple[str, str]]:
    """purpose -> (title, body) from a defaults file of '## purpose: Title' sections."""
    found: dict[str, tuple[str, list[str]]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("## "):
            key, _, title = line[3:].partition(":")
            current = []
            found[key.strip()] = (title.strip(), current)
        elif current is not None:
            current.append(line)
    if sorted(found) != sorted(PURPOSES):
        raise ValueError(f"expected consent texts for {PURPOSES}, found {tuple(found)}")
    return {key: (title, clean_block("\n".join(body))) for key, (title, body) in found.items()}


@cache
def default_texts(language: str) -> dict[str, tuple[str, str]]:
    return parse_defaults((RESOURCES / "consent" / f"{language}.md").read_text(encoding="utf-8"))


def _check(purpose: str, language: str) -> None:
    if purpose not in PURPOSES:
        raise ValidationError({"purpose": say("Choose what the consent is for.")})
    if language not in LANGUAGES:
        raise ValidationError({"language": say("Choose Vietnamese (vi) or English (en).")})


def _may_read(session: Session, actor: Actor) -> None:
    """Staff who show consent forms, and administrators who edit their wording."""
    needed = (
        Permission.SETTINGS_EDIT if actor.may(Permission.SETTINGS_EDIT) else Permission.PATIENT_READ
    )
    authorize(session, actor, needed)


def _record(row: ConsentText) -> ConsentTextRecord:
    return ConsentTextRecord(
        row.id,
        row.purpose,
        row.language,
        row.version_no,
        row.title,
        row.body,
        row.source,
        row.created_at,
    )


def _latest(session: Session, purpose: str, language: str) -> ConsentText | None:
    return session.scalars(
        select(ConsentText)
        .where(ConsentText.purpose == purpose, ConsentText.language == language)
        .order_by(ConsentText.version_no.desc())
        .limit(1)
    ).first()


def _add_version(
    session: Session,
    purpose: str,
    language: str,
    title: str,
    body: str,
    source: str,
    now: datetime,
    user_id: int | None,
) -> ConsentText:
    number = session.scalar(
        select(func.coalesce(func.max(ConsentText.version_no), 0)).where(
            ConsentText.purpose == purpose, ConsentText.language == language
        )
    )
    row = ConsentText(
        purpose=purpose,
        language=language,
        version_no=int(number or 0) + 1,
        title=title,
        body=body,
        source=source,
        created_at=now,
        created_by_id=user_id or None,
    )
    session.add(row)
    session.flush()
    return row


def current_text_in(
    session: Session, purpose: str, language: str, now: datetime, user_id: int | None
) -> ConsentText:
    """The version to show now, storing the shipped default first when it is not stored yet."""
    _check(purpose, language)
    latest = _latest(session, purpose, language)
    title, body = default_texts(language)[purpose]
    if latest is None or (
        latest.source == "default" and (latest.title, latest.body) != (title, body)
    ):
        latest = _add_version(session, purpose, language, title, body, "default", now, user_id)
    return latest


def current_text(db: Database, actor: Actor, purpose: str, language: str) -> ConsentTextRecord:
    """The text a consent form shows now. Reading never writes: a shipped default not stored
    yet comes back with id 0 and is stored by the first consent given with it."""
    _check(purpose, language)
    with db.read() as session:
        _may_read(session, actor)
        latest = _latest(session, purpose, language)
        title, body = default_texts(language)[purpose]
        if latest is not None and not (
            latest.source == "default" and (latest.title, latest.body) != (title, body)
        ):
            return _record(latest)
        number = latest.version_no + 1 if latest is not None else 1
        return ConsentTextRecord(0, purpose, language, number, title, body, "default", db.clock())


def text_version(db: Database, actor: Actor, text_id: int) -> ConsentTextRecord:
    with db.read() as session:
        _may_read(session, actor)
        row = session.get(ConsentText, text_id)
        if row is None:
            raise ValidationError(
                {"text": say("Consent text version {text_id} does not exist.", text_id=text_id)}
            )
        return _record(row)


def save_consent_text(
    db: Database,
    actor: Actor,
    purpose: str,
    language: str,
    title: str,
    body: str,
    expected_version_no: int,
) -> ConsentTextRecord:
    """Store the clinic's wording as the next version; consents already given keep theirs."""
    _check(purpose, language)
    title, body = clean_line(title), clean_block(body)
    errors = {}
    if not title or len(title) > MAX_TITLE:
        errors["title"] = say(
            "Give the consent a heading of at most {most} characters.", most=MAX_TITLE
        )
    if len(body) < 20 or len(body) > MAX_BODY:
        errors["body"] = say("Write the consent text (20 to {most} characters).", most=MAX_BODY)
    if errors:
        raise ValidationError(errors)
    with db.write(actor) as session:
        authorize(session, actor, Permission.SETTINGS_EDIT)
        latest = current_text_in(session, purpose, language, db.clock(), actor.user_id)
        if latest.version_no != expected_version_no:
            raise Conflict(
                say(
                    "The text was changed while you were editing it (now version "
                    "{version_no}). Reload it to see the new wording, then make your changes "
                    "again.",
                    version_no=latest.version_no,
                )
            )
        if (latest.title, latest.body) == (title, body):
            return _record(latest)
        default = default_texts(language)[purpose]
        source = "default" if (title, body) == default else "clinic"
        return _record(
            _add_version(session, purpose, language, title, body, source, db.clock(), actor.user_id)
        )


def restore_default_text(
    db: Database, actor: Actor, purpose: str, language: str, expected_version_no: int
) -> ConsentTextRecord:
    title, body = default_texts(language)[purpose] if language in LANGUAGES else ("", "")
    return save_consent_text(db, actor, purpose, language, title, body, expected_version_no)
