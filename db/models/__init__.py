"""Typed SQLAlchemy models. Importing this package registers every table on Base.metadata."""

from db.models.alerts import PatientAlert
from db.models.appointments import Appointment
from db.models.audit import AuditChainHead, AuditEvent
from db.models.base import Audited, Base, UTCDateTime
from db.models.complications import Complication, ComplicationUpdate
from db.models.consent import Consent, ConsentDocument, ConsentSignature, ConsentText
from db.models.followups import ContactAttempt, FollowUp, Review
from db.models.patients import Patient, PatientSearchTerm, PatientSearchWord
from db.models.photos import Photo, PhotoView
from db.models.procedures import Placement, Procedure
from db.models.settings import Counter, Setting
from db.models.threadmap import DrawnThread
from db.models.threads import Lot, RecallContact, StockMovement, ThreadProduct
from db.models.users import User

__all__ = [
    "Appointment",
    "AuditChainHead",
    "AuditEvent",
    "Audited",
    "Base",
    "Complication",
    "ComplicationUpdate",
    "Consent",
    "ConsentDocument",
    "ConsentSignature",
    "ConsentText",
    "ContactAttempt",
    "Counter",
    "DrawnThread",
    "FollowUp",
    "Lot",
    "Patient",
    "PatientAlert",
    "PatientSearchTerm",
    "PatientSearchWord",
    "Photo",
    "PhotoView",
    "Placement",
    "Procedure",
    "RecallContact",
    "Review",
    "Setting",
    "StockMovement",
    "ThreadProduct",
    "UTCDateTime",
    "User",
]
