"""The audit trail's stored field names and values, worded for people reading it in the window.

The CSV export keeps the stored names and codes (an auditor matches them against the tables);
the window shows these words, with the stored name in the tooltip. A name or code missing here
is shown as stored.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from db import vocabulary as words
from db.wording import language
from desktop.conventions import day_text, moment_text
from desktop.i18n import QT_TR_NOOP, listed, tr

FIELDS = {
    "absorption_months": QT_TR_NOOP("absorption (months)"),
    "action": QT_TR_NOOP("action"),
    "actions": QT_TR_NOOP("actions taken"),
    "active": QT_TR_NOOP("active"),
    "address": QT_TR_NOOP("address"),
    "alert_acknowledgement": QT_TR_NOOP("alert acknowledged"),
    "alert_reason": QT_TR_NOOP("alert reason"),
    "allergies": QT_TR_NOOP("allergies"),
    "anaesthesia": QT_TR_NOOP("anaesthesia"),
    "area": QT_TR_NOOP("area"),
    "area_other": QT_TR_NOOP("other area"),
    "areas": QT_TR_NOOP("areas"),
    "bend_x": QT_TR_NOOP("bend (across)"),
    "bend_y": QT_TR_NOOP("bend (down)"),
    "body": QT_TR_NOOP("text"),
    "code": QT_TR_NOOP("code"),
    "complication_id": QT_TR_NOOP("complication no."),
    "consent_at": QT_TR_NOOP("consent given at"),
    "consent_id": QT_TR_NOOP("consent no."),
    "consent_obtained": QT_TR_NOOP("consent obtained"),
    "contacted_at": QT_TR_NOOP("contacted at"),
    "content": QT_TR_NOOP("content"),
    "contraindication_reason": QT_TR_NOOP("reason despite contraindication"),
    "created_at": QT_TR_NOOP("created at"),
    "created_by_id": QT_TR_NOOP("created by (account no.)"),
    "date_of_birth": QT_TR_NOOP("date of birth"),
    "design": QT_TR_NOOP("design"),
    "detail": QT_TR_NOOP("detail"),
    "details": QT_TR_NOOP("details"),
    "diagram_version": QT_TR_NOOP("diagram version"),
    "doctor_id": QT_TR_NOOP("doctor (account no.)"),
    "due_at": QT_TR_NOOP("due"),
    "email": QT_TR_NOOP("email"),
    "end_reason": QT_TR_NOOP("reason for ending"),
    "end_x": QT_TR_NOOP("end (across)"),
    "end_y": QT_TR_NOOP("end (down)"),
    "ended_at": QT_TR_NOOP("ended at"),
    "ended_by_id": QT_TR_NOOP("ended by (account no.)"),
    "expiry_date": QT_TR_NOOP("expiry date"),
    "failed_logins": QT_TR_NOOP("failed logins"),
    "file_name": QT_TR_NOOP("file name"),
    "follow_up_id": QT_TR_NOOP("follow-up no."),
    "full_name": QT_TR_NOOP("full name"),
    "gais_scale": QT_TR_NOOP("GAIS scale"),
    "gais_score": QT_TR_NOOP("GAIS score"),
    "gauge": QT_TR_NOOP("gauge"),
    "given_at": QT_TR_NOOP("given at"),
    "gtin": QT_TR_NOOP("GTIN"),
    "height": QT_TR_NOOP("height"),
    "id": QT_TR_NOOP("record no."),
    "imported_by_id": QT_TR_NOOP("imported by (account no.)"),
    "kind": QT_TR_NOOP("kind"),
    "kind_other": QT_TR_NOOP("other kind"),
    "label": QT_TR_NOOP("name"),
    "label_en": QT_TR_NOOP("English name"),
    "label_vi": QT_TR_NOOP("Vietnamese name"),
    "language": QT_TR_NOOP("language"),
    "last_login_at": QT_TR_NOOP("last login"),
    "length_mm": QT_TR_NOOP("length (mm)"),
    "level": QT_TR_NOOP("level"),
    "locked_until": QT_TR_NOOP("locked until"),
    "lot": QT_TR_NOOP("lot"),
    "lot_id": QT_TR_NOOP("lot no."),
    "lot_number": QT_TR_NOOP("lot number"),
    "manufacturer": QT_TR_NOOP("manufacturer"),
    "material": QT_TR_NOOP("material"),
    "materials": QT_TR_NOOP("materials"),
    "media_type": QT_TR_NOOP("file type"),
    "medical_notes": QT_TR_NOOP("medical notes"),
    "merged_into_id": QT_TR_NOOP("merged into (patient no.)"),
    "method": QT_TR_NOOP("method"),
    "minutes": QT_TR_NOOP("minutes"),
    "mrn": QT_TR_NOOP("record number"),
    "name": QT_TR_NOOP("name"),
    "next_step": QT_TR_NOOP("next step"),
    "note": QT_TR_NOOP("note"),
    "notes": QT_TR_NOOP("notes"),
    "nurse_id": QT_TR_NOOP("nurse (account no.)"),
    "obtained_by_id": QT_TR_NOOP("obtained by (account no.)"),
    "occurred_at": QT_TR_NOOP("occurred at"),
    "onset_date": QT_TR_NOOP("onset date"),
    "outcome": QT_TR_NOOP("outcome"),
    "patient_id": QT_TR_NOOP("patient no."),
    "performed_at": QT_TR_NOOP("performed at"),
    "phone": QT_TR_NOOP("phone"),
    "placement_id": QT_TR_NOOP("placement no."),
    "position": QT_TR_NOOP("position"),
    "present": QT_TR_NOOP("present"),
    "procedure_id": QT_TR_NOOP("procedure no."),
    "product_id": QT_TR_NOOP("product no."),
    "purpose": QT_TR_NOOP("purpose"),
    "quantity": QT_TR_NOOP("quantity"),
    "reason": QT_TR_NOOP("reason"),
    "recall_reason": QT_TR_NOOP("recall reason"),
    "recalled_on": QT_TR_NOOP("recalled on"),
    "received_by_id": QT_TR_NOOP("received by (account no.)"),
    "received_date": QT_TR_NOOP("received on"),
    "record_id": QT_TR_NOOP("record no."),
    "record_type": QT_TR_NOOP("record type"),
    "recorded_at": QT_TR_NOOP("recorded at"),
    "recorded_by_id": QT_TR_NOOP("recorded by (account no.)"),
    "resolution_date": QT_TR_NOOP("resolved on"),
    "reviewed_on": QT_TR_NOOP("reviewed on"),
    "roles": QT_TR_NOOP("roles"),
    "satisfaction": QT_TR_NOOP("satisfaction"),
    "serious": QT_TR_NOOP("serious"),
    "severity": QT_TR_NOOP("severity"),
    "sex": QT_TR_NOOP("sex"),
    "sha256": QT_TR_NOOP("SHA-256 fingerprint"),
    "side": QT_TR_NOOP("side"),
    "source": QT_TR_NOOP("source"),
    "source_sha256": QT_TR_NOOP("original file's SHA-256"),
    "stage": QT_TR_NOOP("stage"),
    "start_x": QT_TR_NOOP("start (across)"),
    "start_y": QT_TR_NOOP("start (down)"),
    "starts_at": QT_TR_NOOP("starts at"),
    "status": QT_TR_NOOP("status"),
    "status_changed_at": QT_TR_NOOP("status changed at"),
    "status_reason": QT_TR_NOOP("reason for status"),
    "strokes": QT_TR_NOOP("signature strokes"),
    "supplier": QT_TR_NOOP("supplier"),
    "taken_on": QT_TR_NOOP("taken on"),
    "text_id": QT_TR_NOOP("text no."),
    "thread_count": QT_TR_NOOP("threads"),
    "title": QT_TR_NOOP("title"),
    "updated_at": QT_TR_NOOP("updated at"),
    "updated_by_id": QT_TR_NOOP("updated by (account no.)"),
    "user_id": QT_TR_NOOP("account no."),
    "username": QT_TR_NOOP("username"),
    "value": QT_TR_NOOP("value"),
    "version": QT_TR_NOOP("version"),
    "version_no": QT_TR_NOOP("text version"),
    "view": QT_TR_NOOP("view"),
    "void_reason": QT_TR_NOOP("reason for voiding"),
    "voided_at": QT_TR_NOOP("voided at"),
    "voided_by_id": QT_TR_NOOP("voided by (account no.)"),
    "width": QT_TR_NOOP("width"),
    "withdrawal_method": QT_TR_NOOP("how withdrawn"),
    "withdrawal_note": QT_TR_NOOP("withdrawal note"),
    "withdrawn_at": QT_TR_NOOP("withdrawn at"),
    "withdrawn_by_id": QT_TR_NOOP("withdrawn by (account no.)"),
    "witness": QT_TR_NOOP("witness"),
    "workstation": QT_TR_NOOP("workstation"),
    # Keys of the details some events carry (print, export, restore, ...).
    "by": QT_TR_NOOP("by"),
    "bytes": QT_TR_NOOP("size (bytes)"),
    "destination": QT_TR_NOOP("destination"),
    "destinations": QT_TR_NOOP("destinations"),
    "file": QT_TR_NOOP("file"),
    "filter": QT_TR_NOOP("filter"),
    "format": QT_TR_NOOP("format"),
    "formats": QT_TR_NOOP("formats"),
    "pages": QT_TR_NOOP("pages"),
    "patients": QT_TR_NOOP("patients"),
    "product": QT_TR_NOOP("product"),
    "replaced_by": QT_TR_NOOP("replaced by"),
    "resources": QT_TR_NOOP("records"),
    "rows": QT_TR_NOOP("rows"),
    "sheet": QT_TR_NOOP("sheet"),
    "until": QT_TR_NOOP("until"),
}


def field_text(name: str) -> str:
    return listed(FIELDS, name)


# Which word list a stored code comes from: by field, or by record type and field where one
# field name means different lists ("outcome" of a complication and of a phone call).
_WORD_LISTS: dict[tuple[str, str], tuple[words.Term, ...]] = {
    ("", "material"): words.MATERIALS,
    ("", "design"): words.DESIGNS,
    ("", "area"): words.AREAS,
    ("", "sex"): words.SEXES,
    ("", "language"): words.LANGUAGES,
    ("", "side"): words.SIDES,
    ("", "anaesthesia"): words.ANAESTHESIA,
    ("", "severity"): words.SEVERITIES,
    ("complication", "kind"): words.COMPLICATION_TYPES,
    ("complication", "outcome"): words.OUTCOMES,
    ("complication_update", "outcome"): words.OUTCOMES,
    ("contact_attempt", "outcome"): words.CONTACT_OUTCOMES,
    ("appointment", "kind"): words.VISIT_KINDS,
    ("appointment", "status"): words.VISIT_STATUSES,
    ("patient_alert", "kind"): words.ALERT_KINDS,
    ("patient_alert", "level"): words.ALERT_LEVELS,
    ("consent", "purpose"): words.CONSENT_PURPOSES,
    ("consent", "method"): words.CONSENT_METHODS,
    ("consent", "withdrawal_method"): words.WITHDRAWAL_METHODS,
}
# Fields holding several codes of one list, comma-separated.
_CODE_LISTS: dict[str, tuple[words.Term, ...]] = {
    "actions": words.ACTIONS,
    "areas": words.AREAS,
    "materials": words.MATERIALS,
}
# Stock movement kinds (db/stock/lots.py Movement), which no word list holds.
MOVEMENT_KINDS = {
    "received": QT_TR_NOOP("received into stock"),
    "used": QT_TR_NOOP("used in a procedure"),
    "written_off": QT_TR_NOOP("written off"),
    "returned": QT_TR_NOOP("returned to the supplier"),
    "unused_back": QT_TR_NOOP("back in stock from a voided procedure"),
}
# Printed documents handed out (db/aftercare/output.py, db/threadmap/record_sheet.py).
SHEET_KINDS = {
    "aftercare": QT_TR_NOOP("aftercare sheet"),
    "procedure_record": QT_TR_NOOP("procedure record"),
}
_STORED_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2})?)?")


def value_text(record_type: str, name: str, value: object) -> str | None:
    """A stored code or moment in the session's words; None when it is shown as stored."""
    if record_type == "stock_movement" and name == "kind" and str(value) in MOVEMENT_KINDS:
        return tr(MOVEMENT_KINDS[str(value)])
    if name == "sheet" and str(value) in SHEET_KINDS:
        return tr(SHEET_KINDS[str(value)])
    several = _CODE_LISTS.get(name)
    if several is not None and isinstance(value, str) and value:
        labels = {entry.code: entry.label(language()) for entry in several}
        codes = value.split(",")
        if all(code in labels for code in codes):
            return ", ".join(labels[code] for code in codes)
    terms = _WORD_LISTS.get((record_type, name)) or _WORD_LISTS.get(("", name))
    if terms is not None and isinstance(value, str | int) and not isinstance(value, bool):
        for entry in terms:
            if entry.code == str(value):
                return entry.label(language())
    if isinstance(value, str) and _STORED_MOMENT.fullmatch(value):
        if "T" not in value:
            return day_text(date.fromisoformat(value))
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            return f"{moment:%d/%m/%Y %H:%M}"
        return moment_text(moment)
    return None
