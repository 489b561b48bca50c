"""Fictional records for trying Threadbook out; never mixed into a clinic's own data."""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import cast

from sqlalchemy import func, select, text, update

from db.access.passwords import hash_password
from db.access.permissions import Role
from db.demo import bulk
from db.demo.consents import insert_registration_consents
from db.demo.stock_and_charts import DemoCharting
from db.errors import Conflict
from db.models import Base, Counter, Patient, PatientSearchTerm, User
from db.record.name_order import family_name_key, given_name_key
from db.record.patient_search import entry_rows, recount_search_words, search_entries
from db.record.validation import national_digits
from db.settings import read_settings, store_settings
from db.storage.database import Database
from db.text import fold

Progress = Callable[[int, int], None]

FAMILY = (
    "Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô "
    "Dương Lý Đinh Trương Đoàn Mai Tạ Lâm Châu"
).split()
MIDDLE_F = "Thị Thị Thị Ngọc Thanh Thu Minh Hoàng Bảo Kim Phương Mỹ Diệu Khánh".split()
MIDDLE_M = "Văn Văn Minh Đức Quang Hữu Thành Anh Công Xuân".split()
GIVEN_F = (
    "Anh Hương Lan Linh Mai Hà Trang Phương Thảo Yến Hoa Nga Vy Quỳnh Đào Hằng Huyền Nhung Loan "
    "Oanh Trinh Thủy Dung Ngân Giang Tâm Diệp Hạnh Ánh Châu Uyên Nhi Tuyết Liên Vân Hồng Ly"
).split()
GIVEN_M = "Dũng Hùng Tuấn Nam Long Đạt Khoa Sơn Phúc Quân Thắng Bình Cường Hiếu Đông".split()
OTHER_NAMES = (
    "Emma Wilson|Sophie Martin|Olivia Brown|Kim Ji-yeon|Park Min-seo|Tanaka Yuki|Chloé Dubois|"
    "Anna Müller|Lucía García|Mei Lin Chen|Siriporn Chaiyaporn|Maria Santos|Ingrid Johansson|"
    "James Taylor|David Lee|Aisha Rahman|Nour Haddad"
).split("|")
STREETS = "Hàng Bạc|Lý Thường Kiệt|Trần Hưng Đạo|Nguyễn Trãi|Kim Mã|Láng Hạ|Đội Cấn|Bà Triệu".split(
    "|"
)
DISTRICTS = "Hoàn Kiếm|Ba Đình|Đống Đa|Hai Bà Trưng|Cầu Giấy|Tây Hồ|Thanh Xuân".split("|")
ALLERGIES = ("", "", "", "", "Penicillin", "Lidocaine (rash)", "Latex", "Aspirin", "Iodine")
STAFF = (
    ("demo.admin", "Quản trị Demo", Role.ADMIN),
    ("demo.doctor", "BS. Trần Minh Đức", Role.DOCTOR),
    ("demo.nurse", "ĐD. Lê Thị Hạnh", Role.NURSE),
)


@dataclass(frozen=True)
class DemoResult:
    patients_added: int
    procedures_added: int
    staff: list[tuple[str, str, str]]  # username, role, password


def _person(rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.08:
        name = rng.choice(OTHER_NAMES)
        return name, rng.choice(("female", "female", "female", "male"))
    family = rng.choice(FAMILY)
    if roll < 0.84:
        return f"{family} {rng.choice(MIDDLE_F)} {rng.choice(GIVEN_F)}", "female"
    return f"{family} {rng.choice(MIDDLE_M)} {rng.choice(GIVEN_M)}", "male"


def _phone(rng: random.Random) -> str:
    prefix = rng.choice(("90", "91", "93", "94", "96", "97", "98", "88", "86", "70", "77", "83"))
    rest = f"{rng.randrange(10_000_000):07d}"
    if rng.random() < 0.3:
        return f"+84 {prefix[0]}{prefix[1]}{rest[0]} {rest[1:4]} {rest[4:]}"
    return f"0{prefix}{rest[0]} {rest[1:4]} {rest[4:]}"


def _check_demo_allowed(db: Database) -> bool:
    """True when the database is already a demo; False when empty. Raises for a real clinic."""
    with db.read() as session:
        settings = read_settings(session)
        if settings["demo_database"] == "yes":
            return True
        has_patients = bool(session.scalar(select(func.count(Patient.id))))
        has_users = bool(session.scalar(select(func.count(User.id))))
    if has_patients or has_users:
        raise Conflict(
            "This database holds a clinic's own records; demo data is only added to a new, "
            "empty database. Use --database sqlite:///demo.sqlite3 to try Threadbook out."
        )
    return False


def _ensure_staff(db: Database) -> list[tuple[str, str, str]]:
    """Create the demo accounts; ones made by an earlier run keep their passwords (given as
    "" here), so whoever uses the demo is not locked out by a second run."""
    staff = []
    with db.write(None) as session:
        store_settings(
            session,
            {
                "demo_database": "yes",
                "clinic_name": "Phòng khám Thẩm mỹ Demo",
                "clinic_address": "12 Hàng Bạc, Hoàn Kiếm, Hà Nội",
                "clinic_phone": "+84 24 3826 0000",
            },
        )
        for username, full_name, role in STAFF:
            password = secrets.token_urlsafe(9)
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                session.add(
                    User(
                        username=username,
                        full_name=full_name,
                        password_hash=hash_password(password),
                        roles=role.value,
                        active=True,
                        failed_logins=0,
                        created_at=db.clock(),
                    )
                )
            else:
                password = ""
            staff.append((username, role.value, password))
    return staff


def add_demo_records(
    db: Database,
    patients: int,
    seed: int | None = None,
    progress: Progress | None = None,
    draw_threads: bool = True,
    charted: int | None = None,
) -> DemoResult:
    """`charted`: how many of the patients have a treatment history (by default all: each
    has the usual chance of procedures); the rest are registered only, spread evenly among
    them, as a chain's register holds many people who came for a consultation."""
    _check_demo_allowed(db)
    staff = _ensure_staff(db)
    rng = random.Random(seed)
    today = db.today()
    batch_size = 2000
    done = 0
    charted = patients if charted is None else max(0, min(charted, patients))
    charting = DemoCharting(db, rng, charted, draw_threads)
    while done < patients:
        count = min(batch_size, patients - done)
        ids = _insert_patients(db, rng, count, today)
        # Patient i is charted when the running share passes a whole number: exactly
        # `charted` of them, evenly spread, without drawing from the seeded generator.
        charting.chart(
            [
                patient_id
                for index, patient_id in enumerate(ids, start=done)
                if (index + 1) * charted // patients > index * charted // patients
            ]
        )
        done += count
        if progress:
            progress(done, patients)
    charting.finish()
    _advance_sequences(db)
    with db.engine.begin() as connection:
        recount_search_words(connection)
    return DemoResult(patients, charting.procedures, staff)


def _advance_sequences(db: Database) -> None:
    """PostgreSQL: the demo inserts rows with ids of its own choosing, which leaves the tables'
    id sequences behind; move each past its table's highest id, or the next record saved by
    the program would be refused as a duplicate."""
    if db.is_sqlite:
        return
    with db.write(None) as session:
        for table in Base.metadata.sorted_tables:
            id_column = table.columns.get("id")
            if id_column is None or not id_column.autoincrement:
                continue
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce(max(id), 0) + 1, false) FROM {table.name}"
                )
            )


def _insert_patients(db: Database, rng: random.Random, count: int, today: date) -> list[int]:
    with db.write(None) as session:
        first = (
            session.execute(
                update(Counter)
                .where(Counter.name == "mrn")
                .values(value=Counter.value + count)
                .returning(Counter.value)
            ).scalar_one()
            - count
            + 1
        )
        next_id = (session.scalar(select(func.max(Patient.id))) or 0) + 1
        now = db.clock()
        rows = []
        for offset in range(count):
            name, sex = _person(rng)
            phone = _phone(rng)
            mrn = f"TB-{first + offset:06d}"
            born = today - timedelta(days=rng.randint(22 * 365, 68 * 365))
            digits = national_digits(phone)
            folded = fold(name)
            rows.append(
                {
                    "id": next_id + offset,
                    "mrn": mrn,
                    "full_name": name,
                    "date_of_birth": born,
                    "sex": sex,
                    "phone": phone,
                    "email": ""
                    if rng.random() < 0.6
                    else f"{folded.split()[-1]}{offset}@example.com",
                    "address": f"{rng.randint(1, 200)} {rng.choice(STREETS)}, "
                    f"{rng.choice(DISTRICTS)}, Hà Nội",
                    "language": "en" if name in OTHER_NAMES else "vi",
                    "allergies": rng.choice(ALLERGIES),
                    "medical_notes": "",
                    "contact_consent": rng.random() < 0.85,
                    "active": True,
                    "search_name": folded,
                    "sort_given": given_name_key(name),
                    "sort_family": family_name_key(name),
                    "phone_digits": digits,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
        reminders = [bool(row.pop("contact_consent")) for row in rows]
        connection = session.connection()
        bulk.insert_rows(connection, Base.metadata.tables[Patient.__tablename__], rows)
        bulk.insert_rows(
            connection,
            Base.metadata.tables[PatientSearchTerm.__tablename__],
            [
                entry
                for row in rows
                for entry in entry_rows(
                    cast(int, row["id"]),
                    search_entries(
                        True,
                        str(row["search_name"]),
                        str(row["phone_digits"]),
                        str(row["mrn"]),
                        str(row["sort_given"]),
                        str(row["sort_family"]),
                    ),
                )
            ],
        )
        # The same 'create' events the flush hook writes for records saved through the ORM.
        bulk.append_events(connection, bulk.creation_events(Patient, rows), now)
        nurse_id = session.scalar(select(User.id).where(User.username == "demo.nurse"))
        insert_registration_consents(session, rows, reminders, nurse_id, now)
    return [next_id + offset for offset in range(count)]
