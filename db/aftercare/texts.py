"""The care advice printed on every aftercare sheet, per language: shipped defaults, clinic edits.

The defaults live in resources/aftercare/<language>.md. An administrator's edited text is kept as a
clinic setting (JSON); an empty setting means "the shipped default", so a clinic that never edited
the text gets improved defaults with a new version of the program.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import cache
from typing import Literal

from db import vocabulary
from db.access.permissions import Actor, Permission, authorize
from db.audit.chain import last_change
from db.errors import Conflict, ValidationError
from db.models import Setting
from db.resources import RESOURCES
from db.settings import ClinicSettings, load_settings, store_settings
from db.storage.database import Database
from db.text import clean_block, clean_line
from db.wording import say

log = logging.getLogger(__name__)

LANGUAGES = tuple(language.code for language in vocabulary.LANGUAGES)
# The sheet places each section at a fixed point, so the set and order of sections is fixed.
SECTION_KEYS = ("first_days", "two_weeks", "warning_signs", "expect")
MAX_TITLE = 120
MAX_BODY = 4000

BlockKind = Literal["bullet", "paragraph"]


@dataclass(frozen=True)
class CareSection:
    key: str
    title: str
    body: str

    def blocks(self) -> list[tuple[BlockKind, str]]:
        """The body as printed: lines starting with '- ' are bullets, other lines paragraphs."""
        blocks: list[tuple[BlockKind, str]] = []
        paragraph: list[str] = []

        def end_paragraph() -> None:
            if paragraph:
                blocks.append(("paragraph", " ".join(paragraph)))
                paragraph.clear()

        for raw in self.body.splitlines():
            line = raw.strip()
            if line.startswith(("- ", "• ", "* ")) or line in {"-", "•", "*"}:
                end_paragraph()
                if item := line[1:].strip():
                    blocks.append(("bullet", item))
            elif line:
                paragraph.append(line)
            else:
                end_paragraph()
        end_paragraph()
        return blocks


@dataclass(frozen=True)
class CareText:
    """One language's care text as the sheet uses it.

    Attributes:
        stored: the setting's value as read ("" while the default is in use); a save compares it
            with the value in the database so that two administrators never overwrite each other.
    """

    language: str
    sections: tuple[CareSection, ...]
    stored: str = ""

    @property
    def edited(self) -> bool:
        return bool(self.stored)

    def section(self, key: str) -> CareSection:
        return next(s for s in self.sections if s.key == key)


def setting_key(language: str) -> str:
    return f"aftercare_text_{language}"


def parse_markdown(text: str) -> tuple[CareSection, ...]:
    """Sections of a defaults file: '## key: Title' lines, each followed by its body."""
    found: dict[str, tuple[str, list[str]]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("## "):
            key, _, title = line[3:].partition(":")
            current = []
            found[key.strip()] = (title.strip(), current)
        elif current is not None:
            current.append(line)
    if sorted(found) != sorted(SECTION_KEYS):
        raise ValueError(f"expected sections {SECTION_KEYS}, found {tuple(found)}")
    return tuple(
        CareSection(key, found[key][0], clean_block("\n".join(found[key][1])))
        for key in SECTION_KEYS
    )


@cache
def default_care_text(language: str) -> CareText:
    path = RESOURCES / "aftercare" / f"{language}.md"
    return CareText(language, parse_markdown(path.read_text(encoding="utf-8")))


def _from_json(language: str, stored: str) -> CareText:
    data = json.loads(stored)
    sections = {s["key"]: CareSection(s["key"], s["title"], s["body"]) for s in data["sections"]}
    return CareText(language, tuple(sections[key] for key in SECTION_KEYS), stored)


def care_text_from(settings: ClinicSettings, language: str) -> CareText:
    """The text the sheet prints: the clinic's edit when there is one, else the default."""
    if language not in LANGUAGES:
        raise ValidationError({"language": say("Choose Vietnamese (vi) or English (en).")})
    stored = settings[setting_key(language)]
    if not stored:
        return default_care_text(language)
    try:
        return _from_json(language, stored)
    except (ValueError, KeyError, TypeError):
        # Only an edit behind the program's back gets here; print the reviewed default.
        log.warning("stored %s care text is unreadable; printing the default", language)
        return CareText(language, default_care_text(language).sections, stored)


def load_care_text(db: Database, language: str) -> CareText:
    return care_text_from(load_settings(db), language)


def cleaned(sections: tuple[CareSection, ...]) -> tuple[CareSection, ...]:
    return tuple(CareSection(s.key, clean_line(s.title), clean_block(s.body)) for s in sections)


def validate_sections(sections: tuple[CareSection, ...]) -> dict[str, str]:
    """Section key -> what is wrong with it; empty when the text can be saved."""
    if tuple(s.key for s in sections) != SECTION_KEYS:
        return {"sections": say("The care text must have its four sections, in order.")}
    errors: dict[str, str] = {}
    for section in cleaned(sections):
        if not section.title:
            errors[section.key] = say("Give this section a heading.")
        elif len(section.title) > MAX_TITLE:
            errors[section.key] = say(
                "The heading is too long (at most {most} characters).", most=MAX_TITLE
            )
        elif not section.blocks():
            errors[section.key] = say("Write the advice for this section; it cannot be empty.")
        elif len(section.body) > MAX_BODY:
            errors[section.key] = say(
                "The text is too long (at most {most} characters).", most=MAX_BODY
            )
    return errors


def _store(db: Database, actor: Actor, language: str, value: str, expected_stored: str) -> CareText:
    if language not in LANGUAGES:
        raise ValidationError({"language": say("Choose Vietnamese (vi) or English (en).")})
    key = setting_key(language)
    with db.write(actor) as session:
        authorize(session, actor, Permission.SETTINGS_EDIT)
        row = session.get(Setting, key)
        current = row.value if row is not None else ""
        if current != expected_stored:
            who = last_change(session, Setting.__tablename__, key)
            raise Conflict(
                say(
                    "The care text was changed by {who} while you were editing it. Reload it "
                    "to see their text, then make your changes again.",
                    who=who,
                )
            )
        store_settings(session, {key: value})
    return load_care_text(db, language)


def save_care_text(
    db: Database,
    actor: Actor,
    language: str,
    sections: tuple[CareSection, ...],
    expected_stored: str,
) -> CareText:
    """Store an administrator's text for one language; the next sheet printed uses it."""
    if errors := validate_sections(sections):
        raise ValidationError(errors)
    sections = cleaned(sections)
    value = ""
    if sections != default_care_text(language).sections:
        value = json.dumps(
            {"sections": [{"key": s.key, "title": s.title, "body": s.body} for s in sections]},
            ensure_ascii=False,
        )
    return _store(db, actor, language, value, expected_stored)


def restore_default_care_text(
    db: Database, actor: Actor, language: str, expected_stored: str
) -> CareText:
    """Go back to the shipped text for one language (the edit stays in the audit trail)."""
    return _store(db, actor, language, "", expected_stored)
