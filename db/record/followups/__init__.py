"""Follow-up visits: the protocol, scheduling at charting, phone calls, and reception's lists."""

from db.record.followups.lists import (
    PAGE,
    DayList,
    DayLists,
    day_lists,
    get_follow_up,
    patient_follow_ups,
)
from db.record.followups.protocol import (
    DEFAULT_LONG_STEPS,
    DEFAULT_STEPS,
    LONG_LASTING,
    Step,
    add_months,
    load_protocol,
    plan,
    protocol,
    save_protocol,
    step_words,
    steps_from_text,
    steps_to_text,
    validate_steps,
)
from db.record.followups.reception import record_contact, reschedule, set_status
from db.record.followups.rows import FollowUpRow
from db.record.followups.scheduling import Status, cancel_for_voided, opening_hours, schedule

__all__ = [
    "DEFAULT_LONG_STEPS",
    "DEFAULT_STEPS",
    "LONG_LASTING",
    "PAGE",
    "DayList",
    "DayLists",
    "FollowUpRow",
    "Status",
    "Step",
    "add_months",
    "cancel_for_voided",
    "day_lists",
    "get_follow_up",
    "load_protocol",
    "opening_hours",
    "patient_follow_ups",
    "plan",
    "protocol",
    "record_contact",
    "reschedule",
    "save_protocol",
    "schedule",
    "set_status",
    "step_words",
    "steps_from_text",
    "steps_to_text",
    "validate_steps",
]
