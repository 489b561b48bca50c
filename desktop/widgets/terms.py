"""Pick lists from the clinical word lists, worded in the language the window speaks.

The word lists in db/vocabulary.py carry their own English and Vietnamese labels (the same ones
the printed sheet uses), so they are not in the Qt catalogues: the label is chosen here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

from db.vocabulary import Term, term


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the catalogue under `context` (lupdate looks for this name); the caller
    translates it where it is shown. Typed, unlike the PySide6 one, which returns `object`."""
    return text


def window_language() -> str:
    """'vi' or 'en': the language the window's texts are shown in."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def term_text(entry: Term) -> str:
    return entry.label(window_language())


def code_text(terms: tuple[Term, ...], code: str) -> str:
    """The label of `code` in `terms`; an unknown code (an old record) is shown as stored."""
    try:
        return term_text(term(terms, code))
    except KeyError:
        return code


def fill_terms(box: QComboBox, terms: tuple[Term, ...]) -> None:
    """One item per term, its code as the item's data."""
    for entry in terms:
        box.addItem(term_text(entry), entry.code)


# Pick lists of the patient form that are not clinical word lists: (stored code, English).
SEX_CHOICES = (
    ("female", QT_TRANSLATE_NOOP("PickLists", "Female")),
    ("male", QT_TRANSLATE_NOOP("PickLists", "Male")),
    ("other", QT_TRANSLATE_NOOP("PickLists", "Other")),
)
LANGUAGE_CHOICES = (
    ("vi", QT_TRANSLATE_NOOP("PickLists", "Vietnamese")),
    ("en", QT_TRANSLATE_NOOP("PickLists", "English")),
)


def choice_text(choices: tuple[tuple[str, str], ...], code: str) -> str:
    """A sex or sheet language in the window's language; an unknown code as stored."""
    label = dict(choices).get(code)
    return QCoreApplication.translate("PickLists", label) if label else code


# The default follow-up protocol's step names (db/record/followups.py), stored in English on
# each follow-up; a step the clinic named itself is shown as it was typed.
DEFAULT_STEP_NAMES = (
    QT_TRANSLATE_NOOP("FollowUpSteps", "7 days"),
    QT_TRANSLATE_NOOP("FollowUpSteps", "1 month"),
    QT_TRANSLATE_NOOP("FollowUpSteps", "3 months"),
    QT_TRANSLATE_NOOP("FollowUpSteps", "6 months"),
    QT_TRANSLATE_NOOP("FollowUpSteps", "12 months"),
)


def step_text(label: str) -> str:
    if label in DEFAULT_STEP_NAMES:
        return QCoreApplication.translate("FollowUpSteps", label)
    return label
