"""Who may do what, proved by calling the db functions as each kind of user.

`ACTIONS` is the matrix of docs/permissions.md written out again by hand (not read from
`db.access.permissions`), one row per action with the roles that may do it. Each row runs for every
role set in `ROLE_SETS`: an allowed action must work, a refused one must raise PermissionDenied
and leave the database exactly as it was. Later capabilities add their rows here.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func, select

from db.access.permissions import MATRIX, Actor, Permission, command_line_actor, logged_in_actor
from db.access.screen_lock import lock_session, unlock_session
from db.access.users import (
    UserRow,
    authenticate,
    change_own_password,
    create_user,
    list_users,
    reset_password,
    set_user_active,
    unlock_user,
    update_user,
)
from db.aftercare.output import export_sheet
from db.audit.chain_check import ChainCheck
from db.audit.trail import (
    AuditEntry,
    AuditFilter,
    audit_page,
    check_chain,
    count_audit_events,
    export_audit_csv,
)
from db.consent.records import ConsentInput, ConsentRecord, record_consent, withdraw_consent
from db.consent.texts import current_text
from db.errors import AuthenticationFailed, PermissionDenied
from db.models import (
    Base,
    Complication,
    Consent,
    FollowUp,
    Lot,
    Photo,
    Procedure,
    ThreadProduct,
    User,
)
from db.photos.imaging import prepare_photo
from db.photos.records import PhotoRecord, import_photos, patient_photos, void_photo
from db.record.alerts import AlertInput, AlertRecord, add_alert
from db.record.complications import ComplicationInput, record_complication
from db.record.followups import (
    FollowUpRow,
    Step,
    get_follow_up,
    load_protocol,
    record_contact,
    reschedule,
    save_protocol,
)
from db.record.patients import (
    PatientRecord,
    PatientRow,
    find_duplicates,
    open_patient,
    register_patient,
    search_patients,
    update_patient,
)
from db.record.procedures import (
    PlacementInput,
    ProcedureInput,
    ProcedureRecord,
    chart_procedure,
    void_procedure,
)
from db.record.reviews import ReviewInput, record_review
from db.reports.complication_rates import GroupBy, complication_rates
from db.reports.scope import ReportFilter
from db.reports.stock import stock_report
from db.settings import load_settings, save_settings
from db.stock.lots import inventory
from db.stock.movements import IntakeInput, recall_lot, receive_stock, write_off
from db.stock.products import ProductInput, add_product
from db.stock.recall import patients_with_lot
from db.storage.database import Database, open_database
from db.threadmap.geometry import ThreadLine
from db.threadmap.lifetime import lifetime_map
from db.threadmap.record_sheet import export_procedure_record
from tests.conftest import patient_input, sqlite_url
from tests.helpers import PASSWORD, audit_rows, treatment_consent

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
NEW_PASSWORD = "a brand new passphrase"

# Each role alone, and users holding two roles (their permissions add up).
ROLE_SETS: dict[str, frozenset[str]] = {
    "nurse": frozenset({"nurse"}),
    "doctor": frozenset({"doctor"}),
    "admin": frozenset({"admin"}),
    "nurse+admin": frozenset({"nurse", "admin"}),
    "doctor+admin": frozenset({"doctor", "admin"}),
}
USERNAMES = {
    "nurse": "nurse",
    "doctor": "doctor",
    "admin": "admin",
    "nurse+admin": "nurse.admin",
    "doctor+admin": "doctor.admin",
}


@dataclass
class World:
    """A small clinic to act on: one patient and three accounts for the administrators."""

    db: Database
    folder: Path
    patient: PatientRecord
    users: dict[str, User]
    ids: dict[str, int]

    def user(self, username: str) -> User:
        return self.users[username]


@dataclass(frozen=True)
class Action:
    """One row of the matrix.

    Attributes:
        allowed: roles any of which permits the action.
        run: does it as `actor`; returns what `works` inspects.
        works: proves an allowed run had its effect, as a user would notice it.
    """

    name: str
    allowed: frozenset[str]
    run: Callable[[World, Actor], Any]
    works: Callable[[World, Any], None]


CLINICAL = frozenset({"nurse", "doctor"})
DOCTOR = frozenset({"doctor"})
ADMIN = frozenset({"admin"})
EVERYONE = frozenset({"nurse", "doctor", "admin"})
REPORTS = frozenset({"doctor", "admin"})


def _last_action(world: World) -> str:
    return audit_rows(world.db)[-1].action


def _edit(world: World, actor: Actor, **changes: object) -> PatientRecord:
    record = world.patient
    return update_patient(world.db, actor, record.id, record.version, patient_input(**changes))


def seen(world: World, username: str) -> UserRow:
    """The account as an administrator's list shows it before they change it."""
    admin = _actor(world.user("admin"))
    return next(row for row in list_users(world.db, admin) if row.username == username)


def _set_active(world: World, actor: Actor, username: str, active: bool) -> object:
    return set_user_active(world.db, actor, seen(world, username), active)


def _make_lan_a_doctor(world: World, actor: Actor) -> object:
    return update_user(world.db, actor, seen(world, "lan"), "Lê Thị Lan", {"doctor"})


def _lock_and_unlock(world: World, actor: Actor) -> None:
    lock_session(world.db, actor, idle=True)
    unlock_session(world.db, actor, PASSWORD)


def _read_trail(world: World, actor: Actor) -> tuple[list[AuditEntry], int]:
    wanted = AuditFilter(patient=world.patient.mrn)
    return audit_page(world.db, actor, wanted), count_audit_events(world.db, actor, wanted)


def finds_the_patient(world: World, rows: list[PatientRow]) -> None:
    assert [row.id for row in rows] == [world.patient.id]


def shows_the_file_and_audits_it(world: World, record: PatientRecord) -> None:
    assert record.mrn == world.patient.mrn
    assert _last_action(world) == "view"


def registers(world: World, record: PatientRecord) -> None:
    assert record.mrn == "TB-000002"


def saves_the_phone(world: World, record: PatientRecord) -> None:
    assert record.phone == "0911 222 333"


def saves_the_allergy(world: World, record: PatientRecord) -> None:
    assert record.allergies == "Lidocaine"


def records_the_alert(world: World, alert: AlertRecord) -> None:
    assert (alert.patient_id, alert.label()) == (world.patient.id, "Allergy: Lidocaine: hives")


def saves_the_setting(world: World, _: object) -> None:
    assert load_settings(world.db).integer("idle_lock_minutes") == 5


def lists_every_account(world: World, rows: list[UserRow]) -> None:
    assert {"lan", "former", "locked"} <= {row.username for row in rows}


def new_account_logs_in(world: World, _: object) -> None:
    assert authenticate(world.db, "mai", PASSWORD).roles == {"nurse"}


def lan_is_a_doctor(world: World, _: object) -> None:
    assert authenticate(world.db, "lan", PASSWORD).roles == {"doctor"}


def lan_cannot_log_in(world: World, _: object) -> None:
    with pytest.raises(AuthenticationFailed):
        authenticate(world.db, "lan", PASSWORD)


def former_logs_in(world: World, _: object) -> None:
    assert authenticate(world.db, "former", PASSWORD).username == "former"


def lan_logs_in_with_the_new_password(world: World, _: object) -> None:
    assert authenticate(world.db, "lan", NEW_PASSWORD).username == "lan"


def locked_account_logs_in(world: World, _: object) -> None:
    assert authenticate(world.db, "locked", PASSWORD).username == "locked"


def shows_the_patients_trail(world: World, result: tuple[list[AuditEntry], int]) -> None:
    entries, count = result
    # The patient, four consents (two with their scanned forms), a photo, the procedure, its
    # placement and its four drawn threads, four follow-ups.
    assert count == len(entries) == 18
    assert {e.patient_mrn for e in entries} == {world.patient.mrn}
    assert entries[-1].record_type == "patient" and entries[-1].action == "create"


def writes_the_file_and_audits_it(world: World, count: int) -> None:
    assert (world.folder / "trail.csv").read_text(encoding="utf-8-sig").count("\n") == count + 1
    assert _last_action(world) == "export"


def finds_the_chain_intact(world: World, check: ChainCheck) -> None:
    assert check.ok, check.message


def old_password_no_longer_works(world: World, _: object) -> None:
    assert _last_action(world) == "password_changed"


def lock_and_unlock_are_audited(world: World, _: object) -> None:
    assert [row.action for row in audit_rows(world.db)[-2:]] == ["auto_lock", "unlock"]


def _count(world: World, model: type) -> int:
    with world.db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _on_hand(world: World) -> int:
    doctor = _actor(world.user("doctor"))
    return next(
        row.on_hand for row in inventory(world.db, doctor) if row.lot_id == world.ids["lot"]
    )


# Drawn threads: two across the neck, four along the jawline (both sides).
NECK_THREADS = (
    ThreadLine("front", (0.40, 0.80), (0.60, 0.80)),
    ThreadLine("front", (0.40, 0.85), (0.60, 0.85), bend=(0.5, 0.87)),
)
JAWLINE_THREADS = tuple(
    ThreadLine("front", (x, 0.60), (x + 0.08 * direction, 0.66))
    for x, direction in ((0.30, 1), (0.32, 1), (0.70, -1), (0.68, -1))
)


def _chart(world: World, actor: Actor) -> ProcedureRecord:
    performed = NOW - timedelta(minutes=30)
    return chart_procedure(
        world.db,
        actor,
        ProcedureInput(
            world.patient.id,
            performed,
            world.user("doctor").id,
            None,
            world.ids["consent"],
            "topical",
            (PlacementInput("neck", "midline", world.ids["lot"], 2, lines=NECK_THREADS),),
        ),
    )


def _last_month() -> ReportFilter:
    today = NOW.astimezone().date()
    return ReportFilter(today - timedelta(days=30), today)


def _follow_up(world: World) -> FollowUpRow:
    doctor = _actor(world.user("doctor"))
    return get_follow_up(world.db, doctor, world.ids["follow_up"])


def _complication(world: World, actor: Actor) -> object:
    return record_complication(
        world.db,
        actor,
        ComplicationInput(
            world.ids["procedure"],
            None,
            "swelling",
            "jawline",
            NOW.astimezone().date(),
            1,
            False,
            ("observation",),
            "ongoing",
        ),
    )


def _give_consent(db: Database, actor: Actor, patient_id: int, purpose: str) -> ConsentRecord:
    text = current_text(db, actor, purpose, "vi")
    return record_consent(
        db,
        actor,
        ConsentInput(
            patient_id, purpose, "vi", text.id, "oral", NOW - timedelta(minutes=5),
            witness="Lê Thị Lan",
        ),
    )  # fmt: skip


def _reminders_allowed(world: World) -> bool:
    return open_patient(world.db, _actor(world.user("nurse")), world.patient.id).contact_consent


def _import_photo(db: Database, actor: Actor, patient_id: int) -> list[PhotoRecord]:
    out = io.BytesIO()
    Image.new("RGB", (60, 80), "white").save(out, format="JPEG")
    prepared = prepare_photo("IMG_0001.JPG", out.getvalue())
    day = NOW.astimezone().date()
    return import_photos(db, actor, patient_id, "before", day, None, [("front", prepared)])


CLINICAL_ACTIONS: list[Action] = [
    Action(
        "import a photo",
        CLINICAL,
        lambda w, a: _import_photo(w.db, a, w.patient.id),
        lambda w, _: _assert(len(patient_photos(w.db, _actor(w.user("nurse")), w.patient.id)) == 2),
    ),
    Action(
        "void a photo",
        CLINICAL,
        lambda w, a: void_photo(w.db, a, w.ids["photo"], 1, "wrong patient photographed"),
        lambda w, record: _assert(record.voided),
    ),
    Action(
        "record a consent",
        CLINICAL,
        lambda w, a: _give_consent(w.db, a, w.patient.id, "photo_teaching"),
        lambda w, record: _assert(record.purpose == "photo_teaching" and record.active),
    ),
    Action(
        "withdraw a consent",
        CLINICAL,
        lambda w, a: withdraw_consent(w.db, a, w.ids["reminders"], 1, "phone", "no more SMS"),
        lambda w, record: _assert(
            not record.active
            and not open_patient(w.db, _actor(w.user("nurse")), w.patient.id).contact_consent
        ),
    ),
    Action(
        "add a thread product",
        CLINICAL,
        lambda w, a: add_product(w.db, a, ProductInput("Hanmi", "Mono", "PDO", "mono", "29G", 38)),
        lambda w, _: _assert(_count(w, ThreadProduct) == 2),
    ),
    Action(
        "receive stock",
        CLINICAL,
        lambda w, a: receive_stock(
            w.db,
            a,
            IntakeInput(
                w.ids["product"],
                "VL-1",
                NOW.astimezone().date() + timedelta(days=400),
                10,
                NOW.astimezone().date(),
            ),
        ),
        lambda w, _: _assert(_on_hand(w) == 36),
    ),
    Action(
        "write off threads",
        DOCTOR,
        lambda w, a: write_off(w.db, a, w.ids["lot"], 2, "packaging torn"),
        lambda w, _: _assert(_on_hand(w) == 24),
    ),
    Action(
        "recall a lot",
        DOCTOR,
        lambda w, a: recall_lot(w.db, a, w.ids["lot"], "maker's notice 7", NOW.astimezone().date()),
        lambda w, row: _assert(row.recalled_on is not None),
    ),
    Action(
        "list who received a lot",
        CLINICAL,
        lambda w, a: patients_with_lot(w.db, a, "VL-1"),
        lambda w, rows: _assert([r.patient_id for r in rows] == [w.patient.id]),
    ),
    Action(
        "chart a procedure",
        DOCTOR,
        _chart,
        lambda w, record: _assert(
            _on_hand(w) == 24
            and len(record.placements) == 1
            and record.placements[0].lines == NECK_THREADS
        ),
    ),
    Action(
        "see a patient's thread map",
        CLINICAL,
        lambda w, a: lifetime_map(w.db, a, w.patient.id),
        lambda w, threads: _assert([t.line for t in threads] == list(JAWLINE_THREADS)),
    ),
    Action(
        "void a procedure",
        DOCTOR,
        lambda w, a: void_procedure(w.db, a, w.ids["procedure"], 1, "wrong patient chosen", True),
        lambda w, record: _assert(record.voided and _on_hand(w) == 30),
    ),
    Action(
        "record a phone call about a follow-up",
        CLINICAL,
        lambda w, a: record_contact(w.db, a, w.ids["follow_up"], "reached", "coming Tuesday"),
        lambda w, _: _assert(_follow_up(w).last_contact.startswith("Reached")),
    ),
    Action(
        "move a follow-up",
        CLINICAL,
        lambda w, a: reschedule(
            w.db, a, w.ids["follow_up"], 1, _follow_up(w).due_at + timedelta(days=1)
        ),
        lambda w, _: _assert(_follow_up(w).version == 2),
    ),
    Action(
        "record a review visit",
        DOCTOR,
        lambda w, a: record_review(
            w.db, a, ReviewInput(w.ids["follow_up"], NOW.astimezone().date(), (), 2, 4)
        ),
        lambda w, _: _assert(_follow_up(w).status == "attended"),
    ),
    Action(
        "record a complication",
        DOCTOR,
        _complication,
        lambda w, _: _assert(_count(w, Complication) == 1),
    ),
    Action(
        "change the follow-up protocol",
        ADMIN,
        lambda w, a: save_protocol(w.db, a, [Step("10 days", days=10)], []),
        lambda w, _: _assert(load_protocol(w.db)[0][0].label == "10 days"),
    ),
    Action(
        "see the clinic reports",
        REPORTS,
        lambda w, a: complication_rates(w.db, a, _last_month(), GroupBy.LOT),
        lambda w, rows: _assert([(r.treated, r.cases) for r in rows] == [(1, 0)]),
    ),
    Action(
        "see the stock report",
        REPORTS,
        lambda w, a: stock_report(w.db, a, _last_month()),
        lambda w, report: _assert([r.threads for r in report.usage] == [4]),
    ),
    Action(
        "save an aftercare sheet",
        CLINICAL,
        lambda w, a: export_sheet(w.db, a, w.ids["procedure"], w.folder / "sheet.pdf"),
        lambda w, _: _assert((w.folder / "sheet.pdf").stat().st_size > 1000),
    ),
    Action(
        "save a procedure record",
        CLINICAL,
        lambda w, a: export_procedure_record(w.db, a, w.ids["procedure"], w.folder / "record.pdf"),
        lambda w, _: _assert((w.folder / "record.pdf").read_bytes().startswith(b"%PDF")),
    ),
]


def _assert(condition: bool) -> None:
    assert condition


ACTIONS: list[Action] = [
    Action(
        "search patients",
        CLINICAL,
        lambda w, a: search_patients(w.db, a, "huong"),
        finds_the_patient,
    ),
    Action(
        "check for duplicate patients",
        CLINICAL,
        lambda w, a: find_duplicates(w.db, a, patient_input(full_name="Someone Else")),
        finds_the_patient,
    ),
    Action(
        "open a patient's file",
        CLINICAL,
        lambda w, a: open_patient(w.db, a, w.patient.id),
        shows_the_file_and_audits_it,
    ),
    Action(
        "register a patient",
        CLINICAL,
        lambda w, a: register_patient(
            w.db, a, patient_input(full_name="Đặng Văn Lâm", phone="0987 654 321")
        ),
        registers,
    ),
    Action(
        "edit a patient's contact details",
        CLINICAL,
        lambda w, a: _edit(w, a, phone="0911 222 333"),
        saves_the_phone,
    ),
    Action(
        "edit a patient's allergies",
        DOCTOR,
        lambda w, a: _edit(w, a, allergies="Lidocaine"),
        saves_the_allergy,
    ),
    Action(
        "record a patient alert",
        DOCTOR,
        lambda w, a: add_alert(
            w.db, a, w.patient.id, AlertInput("allergy", "relative", "Lidocaine: hives")
        ),
        records_the_alert,
    ),
    Action(
        "change clinic settings",
        ADMIN,
        lambda w, a: save_settings(w.db, a, {"idle_lock_minutes": "5"}),
        saves_the_setting,
    ),
    Action("list staff accounts", ADMIN, lambda w, a: list_users(w.db, a), lists_every_account),
    Action(
        "create a staff account",
        ADMIN,
        lambda w, a: create_user(w.db, a, "mai", "Phạm Thị Mai", {"nurse"}, PASSWORD),
        new_account_logs_in,
    ),
    Action("change an account's roles", ADMIN, _make_lan_a_doctor, lan_is_a_doctor),
    Action(
        "deactivate an account",
        ADMIN,
        lambda w, a: _set_active(w, a, "lan", False),
        lan_cannot_log_in,
    ),
    Action(
        "reactivate an account",
        ADMIN,
        lambda w, a: _set_active(w, a, "former", True),
        former_logs_in,
    ),
    Action(
        "reset someone's password",
        ADMIN,
        lambda w, a: reset_password(w.db, a, w.user("lan").id, NEW_PASSWORD, NEW_PASSWORD),
        lan_logs_in_with_the_new_password,
    ),
    Action(
        "unlock a locked-out account",
        ADMIN,
        lambda w, a: unlock_user(w.db, a, w.user("locked").id),
        locked_account_logs_in,
    ),
    Action("read the audit trail", ADMIN, _read_trail, shows_the_patients_trail),
    Action(
        "export the audit trail",
        ADMIN,
        lambda w, a: export_audit_csv(w.db, a, AuditFilter(), w.folder / "trail.csv"),
        writes_the_file_and_audits_it,
    ),
    Action(
        "verify the audit chain",
        ADMIN,
        lambda w, a: check_chain(w.db, a),
        finds_the_chain_intact,
    ),
    Action(
        "change one's own password",
        EVERYONE,
        lambda w, a: change_own_password(w.db, a, PASSWORD, NEW_PASSWORD, NEW_PASSWORD),
        old_password_no_longer_works,
    ),
    Action(
        "lock and unlock one's own screen", EVERYONE, _lock_and_unlock, lock_and_unlock_are_audited
    ),
]


def _actor(user: User) -> Actor:
    return logged_in_actor(user.id, user.username, user.full_name, user.role_set, "test-pc")


def _stock_and_procedure(db: Database, accounts: dict[str, User], patient: PatientRecord) -> None:
    """A product with a lot in stock and one charted procedure (with its follow-ups)."""
    nurse, doctor = _actor(accounts["nurse"]), _actor(accounts["doctor"])
    product = add_product(db, nurse, ProductInput("Lotus", "Vline Cog", "PDO", "cog", "19G", 100))
    today = NOW.astimezone().date()
    lot = receive_stock(
        db, nurse, IntakeInput(product.id, "VL-1", today + timedelta(days=400), 30, today)
    )
    performed = NOW - timedelta(hours=1)
    placements = (PlacementInput("jawline", "both", lot.lot_id, 4, lines=JAWLINE_THREADS),)
    consent_id = treatment_consent(
        db, doctor, patient.id, performed - timedelta(minutes=20), placements
    )
    chart_procedure(
        db,
        doctor,
        ProcedureInput(
            patient.id, performed, doctor.user_id, None, consent_id, "local", placements
        ),
    )
    # Unused: the consent the "chart a procedure" action charts under.
    treatment_consent(
        db, doctor, patient.id, NOW - timedelta(minutes=40),
        (PlacementInput("neck", "midline", lot.lot_id, 2),),
    )  # fmt: skip
    _give_consent(db, nurse, patient.id, "reminders")
    _give_consent(db, nurse, patient.id, "photographs")
    _import_photo(db, nurse, patient.id)


def _clinical_ids(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            "product": session.scalars(select(ThreadProduct.id)).one(),
            "lot": session.scalars(select(Lot.id)).one(),
            "procedure": session.scalars(select(Procedure.id)).one(),
            "consent": session.scalars(
                select(Consent.id).where(Consent.purpose == "treatment").order_by(Consent.id)
            ).all()[-1],
            "reminders": session.scalars(
                select(Consent.id).where(Consent.purpose == "reminders")
            ).one(),
            "photo": session.scalars(select(Photo.id)).one(),
            "follow_up": session.scalars(select(FollowUp.id).order_by(FollowUp.due_at)).first()
            or 0,
        }


def _accounts(db: Database) -> dict[str, User]:
    with db.read() as session:
        return {user.username: user for user in session.scalars(select(User))}


@pytest.fixture(scope="session")
def matrix_template(
    templates: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, PatientRecord]:
    """The staffed template plus two-role users, a patient and accounts to administer."""
    path = tmp_path_factory.mktemp("matrix") / "matrix.sqlite3"
    shutil.copy(templates["staffed"], path)
    db = open_database(sqlite_url(path), clock=lambda: NOW)
    create_user(
        db, command_line_actor(), "nurse.admin", "Test Nurse Admin", {"nurse", "admin"}, PASSWORD
    )
    create_user(
        db, command_line_actor(), "doctor.admin", "Test Doctor Admin", {"doctor", "admin"}, PASSWORD
    )
    for username, full_name in (("lan", "Lê Thị Lan"), ("former", "Vũ Thị Cúc")):
        create_user(db, command_line_actor(), username, full_name, {"nurse"}, PASSWORD)
    create_user(db, command_line_actor(), "locked", "Hồ Văn Nam", {"nurse"}, PASSWORD)
    accounts = _accounts(db)
    admin = _actor(accounts["admin"])
    former = next(row for row in list_users(db, admin) if row.username == "former")
    set_user_active(db, admin, former, False)
    for _ in range(5):  # the injected clock never moves, so this lock never runs out
        with pytest.raises(AuthenticationFailed):
            authenticate(db, "locked", "not the password")
    record = register_patient(db, _actor(accounts["nurse"]), patient_input())
    _stock_and_procedure(db, accounts, record)
    db.dispose()
    return path, record


@pytest.fixture
def world(matrix_template: tuple[Path, PatientRecord], tmp_path: Path) -> Iterator[World]:
    template, record = matrix_template
    path = tmp_path / "clinic.sqlite3"
    shutil.copy(template, path)
    db = open_database(sqlite_url(path), clock=lambda: NOW)
    yield World(db, tmp_path, record, _accounts(db), _clinical_ids(db))
    db.dispose()


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to prove a refused action changed nothing at all."""
    with db.engine.connect() as connection:
        return {
            table.name: sorted((tuple(row) for row in connection.execute(table.select())), key=repr)
            for table in Base.metadata.sorted_tables
        }


def _cases() -> Iterator[Any]:
    for action in [*ACTIONS, *CLINICAL_ACTIONS]:
        for label, roles in ROLE_SETS.items():
            allowed = bool(roles & action.allowed)
            verdict = "allowed" if allowed else "refused"
            yield pytest.param(action, label, allowed, id=f"{action.name}-{label}-{verdict}")


@pytest.mark.parametrize(("action", "role_set", "allowed"), list(_cases()))
def test_each_role_may_do_what_the_matrix_says(
    world: World, action: Action, role_set: str, allowed: bool
) -> None:
    actor = _actor(world.user(USERNAMES[role_set]))
    assert actor.roles == ROLE_SETS[role_set]
    if allowed:
        action.works(world, action.run(world, actor))
        return
    before = snapshot(world.db)
    with pytest.raises(PermissionDenied):
        action.run(world, actor)
    assert snapshot(world.db) == before
    assert [p.name for p in world.folder.iterdir() if not p.name.startswith("clinic.")] == []


def _documented_matrix() -> dict[str, set[str]]:
    """permission text -> roles ticked, read from the table in docs/permissions.md."""
    docs = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"
    text = docs.read_text(encoding="utf-8")
    first_table = text[text.index("| permission |") :].split("\n\n")[0]
    lines = first_table.splitlines()
    roles = [cell.strip() for cell in lines[0].strip("|").split("|")][1:]
    table: dict[str, set[str]] = {}
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        table[cells[0]] = {role for role, cell in zip(roles, cells[1:], strict=True) if cell}
    return table


def test_the_documented_matrix_is_the_one_enforced() -> None:
    documented = _documented_matrix()
    assert set(documented) == {permission.value for permission in Permission}
    for permission in Permission:
        enforced = {role.value for role, granted in MATRIX.items() if permission in granted}
        assert documented[permission.value] == enforced, permission.value


def test_a_removed_role_or_a_deactivated_account_is_refused_at_once(world: World) -> None:
    """Actors carry the roles read at login; the db re-reads them on every call."""
    lan = _actor(world.user("lan"))
    admin = _actor(world.user("admin"))
    doctor = _actor(world.user("doctor"))
    update_user(world.db, admin, seen(world, "doctor"), "Test Doctor", {"nurse"})
    with pytest.raises(PermissionDenied):
        _edit(world, doctor, allergies="Lidocaine")
    _set_active(world, admin, "lan", False)
    with pytest.raises(PermissionDenied, match="no longer active"):
        search_patients(world.db, lan, "huong")
