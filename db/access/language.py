"""Each account's language for its window ("vi" or "en"); the clinic's is the default."""

from __future__ import annotations

from dataclasses import replace

from db.access.permissions import Actor
from db.errors import PermissionDenied, ValidationError
from db.models import User
from db.settings import load_settings
from db.storage.database import Database
from db.wording import LANGUAGES, say


def clinic_language(db: Database) -> str:
    """The language of the screens shown before anyone logs in."""
    chosen = load_settings(db)["language"]
    return chosen if chosen in LANGUAGES else "vi"


def set_own_language(db: Database, actor: Actor, language: str) -> Actor:
    """Any active user chooses the language of their own window; returns the updated actor."""
    if language not in LANGUAGES:
        raise ValidationError({"language": say("Choose Vietnamese or English.")})
    with db.write(actor) as session:
        user = session.get(User, actor.user_id)
        if user is None or not user.active:
            raise PermissionDenied(say("Your account is no longer active. Ask an administrator."))
        user.language = language
    return replace(actor, language=language)
