"""Sentences for the user, translatable although db/ knows nothing of Qt.

Every refusal and validation message in db/ is written as an English template with named
placeholders: `say("{lot} expired on {expiry}.", lot=..., expiry=...)`. The result is a `Said`, a
plain str (callers, logs and the command line use it as text) that also keeps its template and
values. The text is rendered by the renderer the front end installs: the window's translates the
template (Qt context "db") and formats dates and numbers for the user's language; without one (the
command line, db tests) it is English.

Templates must be string literals: the Vietnamese catalogue (resources/translations/vi/db.ts) is
generated from the calls to `say` found in the source.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

Renderer = Callable[[str, Mapping[str, object]], str]
# The languages the program speaks; English is the source of every text.
LANGUAGES = ("vi", "en")


class Said(str):
    """A rendered sentence that remembers its template and values.

    Attributes:
        template: the English source with {named} placeholders.
        values: what fills the placeholders.
    """

    template: str
    values: Mapping[str, object]

    def __new__(cls, text: str, template: str, values: Mapping[str, object]) -> Said:
        said = super().__new__(cls, text)
        said.template = template
        said.values = dict(values)
        return said

    def __reduce__(self) -> tuple[type[Said], tuple[str, str, dict[str, object]]]:
        # Refusals cross process boundaries (multiprocessing) with their template.
        return (Said, (str(self), self.template, dict(self.values)))


def plain_value(key: str, value: object) -> str:
    """A value as English text: dates dd/mm/yyyy, times 24-hour, amounts 8,000 (ids as is)."""
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, int) and not isinstance(value, bool) and not key.endswith("id"):
        return f"{value:,}"
    return str(value)


def english(template: str, values: Mapping[str, object]) -> str:
    return template.format(**{key: plain_value(key, value) for key, value in values.items()})


_renderer: Renderer = english
_language = "en"


def use_renderer(renderer: Renderer | None, language: str = "en") -> None:
    """Install the front end's renderer for `language` ("vi", "en"); None goes back to English."""
    global _renderer, _language
    _renderer = renderer or english
    _language = language if renderer else "en"


def language() -> str:
    """The language messages are rendered in: word lists pick their labels with it."""
    return _language


def say(template: str, /, **values: object) -> Said:
    """The sentence `template` with `values`, in the language of the installed renderer."""
    try:
        text = _renderer(template, values)
    except (KeyError, IndexError, ValueError):
        # A broken translation must never hide the refusal itself.
        text = english(template, values)
    return Said(text, template, values)
