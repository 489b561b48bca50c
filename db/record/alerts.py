"""Patient alerts: allergies, relevant history and contraindications, and what charting must
ask about them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.audit.chain import refuse_stale
from db.errors import NotFound, ValidationError
from db.models import Patient, User
from db.models.alerts import PatientAlert
from db.storage.database import Database
from db.text import clean_block, clean_line
from db.vocabulary import ALERT_KINDS, ALERT_LEVELS, CONTRAINDICATIONS, codes, term
from db.wording import say

# A written reason to go ahead despite an absolute contraindication is at least this long.
MIN_REASON = 10


@dataclass(frozen=True)
class AlertInput:
    kind: str
    level: str
    detail: str = ""
    code: str = ""  # one of CONTRAINDICATIONS when kind is "contraindication"


@dataclass(frozen=True)
class AlertRecord:
    id: int
    patient_id: int
    kind: str
    code: str
    detail: str
    level: str
    recorded_at: datetime
    recorded_by: str
    ended_at: datetime | None
    end_reason: str
    version: int

    @property
    def active(self) -> bool:
        return self.ended_at is None

    @property
    def asks(self) -> bool:
        """Charting must stop for it (absolute) or have it acknowledged (relative)."""
        return self.active and self.level in ("absolute", "relative")

    def label(self, language: str = "en") -> str:
        """What the alert is, e.g. 'Allergy: lidocaine' or 'Contraindication: Pregnancy'."""
        kind = term(ALERT_KINDS, self.kind).label(language)
        what = term(CONTRAINDICATIONS, self.code).label(language) if self.code else ""
        if what and self.detail and self.code != "other":
            what = f"{what} ({self.detail})"
        elif not what or self.code == "other":
            what = self.detail
        return f"{kind}: {what}"


def validate_alert(data: AlertInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.kind not in codes(ALERT_KINDS):
        errors["kind"] = say("Choose allergy, medical history or contraindication.")
    if data.level not in codes(ALERT_LEVELS):
        errors["level"] = say(
            "Choose whether it stops charting, needs acknowledging, or is a note."
        )
    if data.kind == "contraindication" and data.code not in codes(CONTRAINDICATIONS):
        errors["code"] = say("Choose the contraindication from the list (or Other).")
    needs_detail = data.kind != "contraindication" or data.code == "other"
    if needs_detail and not clean_line(data.detail):
        errors["detail"] = say(
            "Say what it is (for an allergy: to what, and the reaction if known)."
        )
    if len(data.detail) > 500:
        errors["detail"] = say(
            "Keep it under 500 characters; longer notes go in the medical notes."
        )
    return errors


def _record(alert: PatientAlert, names: dict[int, str]) -> AlertRecord:
    return AlertRecord(
        id=alert.id,
        patient_id=alert.patient_id,
        kind=alert.kind,
        code=alert.code,
        detail=alert.detail,
        level=alert.level,
        recorded_at=alert.recorded_at,
        recorded_by=names.get(alert.recorded_by_id or 0, ""),
        ended_at=alert.ended_at,
        end_reason=alert.end_reason,
        version=alert.version,
    )


def _names(session: Session) -> dict[int, str]:
    return {uid: name for uid, name in session.execute(select(User.id, User.full_name))}


_ORDER = {"absolute": 0, "relative": 1, "note": 2}


def active_alerts(session: Session, patient_id: int) -> list[AlertRecord]:
    """The patient's alerts in force, most serious first."""
    rows = session.scalars(
        select(PatientAlert)
        .where(PatientAlert.patient_id == patient_id, PatientAlert.ended_at.is_(None))
        .order_by(PatientAlert.id)
    )
    names = _names(session)
    alerts = [_record(alert, names) for alert in rows]
    return sorted(alerts, key=lambda alert: _ORDER.get(alert.level, 3))


def patient_alerts(
    db: Database, actor: Actor, patient_id: int, *, include_ended: bool = False
) -> list[AlertRecord]:
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        if not include_ended:
            return active_alerts(session, patient_id)
        names = _names(session)
        rows = session.scalars(
            select(PatientAlert)
            .where(PatientAlert.patient_id == patient_id)
            .order_by(PatientAlert.id)
        )
        return [_record(alert, names) for alert in rows]


def add_alert(db: Database, actor: Actor, patient_id: int, data: AlertInput) -> AlertRecord:
    if errors := validate_alert(data):
        raise ValidationError(errors)
    with db.write(actor) as session:
        authorize(session, actor, Permission.PATIENT_ALERTS)
        patient = session.get(Patient, patient_id)
        if patient is None or not patient.active:
            raise NotFound(say("This patient's record is not active; open the current record."))
        alert = PatientAlert(
            patient_id=patient_id,
            kind=data.kind,
            code=data.code if data.kind == "contraindication" else "",
            detail=clean_line(data.detail),
            level=data.level,
            recorded_at=db.clock(),
            recorded_by_id=actor.account_id,
            end_reason="",
        )
        session.add(alert)
        session.flush()
        return _record(alert, _names(session))


def end_alert(
    db: Database, actor: Actor, alert_id: int, expected_version: int, reason: str
) -> AlertRecord:
    """The alert no longer applies (the baby is born, the infection healed): it stays in the
    record, ended, with the reason."""
    reason = clean_block(reason)
    if len(reason) < 3:
        raise ValidationError({"end_reason": say("Say why the alert no longer applies.")})
    with db.write(actor) as session:
        authorize(session, actor, Permission.PATIENT_ALERTS)
        alert = session.get(PatientAlert, alert_id)
        if alert is None or alert.ended_at is not None:
            raise NotFound(say("This alert has already been ended or does not exist."))
        refuse_stale(
            session, alert, expected_version, say("The alert"), say("Open the patient again.")
        )
        alert.ended_at = db.clock()
        alert.ended_by_id = actor.account_id
        alert.end_reason = reason
        session.flush()
        return _record(alert, _names(session))


def check_charting(
    session: Session, patient_id: int, acknowledged: Iterable[int], reason: str
) -> tuple[str, str]:
    """Refuse charting until every alert that bears on threads is answered.

    Returns what is stored with the procedure: the alerts acknowledged, one per line as they
    read at charting, and the reason written for going ahead despite an absolute one.
    """
    asking = [alert for alert in active_alerts(session, patient_id) if alert.asks]
    seen = set(acknowledged)
    errors: dict[str, str] = {}
    if any(alert.id not in seen for alert in asking):
        errors["alerts"] = say("Acknowledge each of this patient's alerts before charting.")
    absolute = [alert for alert in asking if alert.level == "absolute"]
    reason = clean_block(reason)
    if absolute and len(reason) < MIN_REASON:
        errors["alert_reason"] = say(
            "This patient has an absolute contraindication. To go ahead, write the clinical "
            "reason (at least {least} characters).",
            least=MIN_REASON,
        )
    if errors:
        raise ValidationError(errors)
    shown = "\n".join(f"{alert.level}: {alert.label()}" for alert in asking)
    return shown, reason if absolute else ""
