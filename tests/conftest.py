"""Shared fixtures: a real database per test on SQLite and on PostgreSQL, staff, offscreen Qt."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from time import monotonic

import keyring
import pytest

# Set before Qt is imported anywhere, so the suite never needs a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's own password store is never touched: a test that needs one sets `memory_keyring`.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from sqlalchemy import select
from sqlalchemy.engine import make_url

from db.access.permissions import Actor, command_line_actor, logged_in_actor
from db.access.users import create_user
from db.clock import Clock
from db.models import User
from db.record.patients import PatientInput, PatientRecord, register_patient
from db.storage.database import Database, open_database
from tests.helpers import PASSWORD, MemoryKeyring
from tests.pg_server import PgServer, suite_server

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(autouse=True)
def _user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the program's data folder, logs and default database inside the test's tmp_path,
    and run there: a file written to a relative path lands in tmp_path, not in the work tree."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.delenv("THREADBOOK_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A box nobody answers would wait forever offscreen. A question a test did not answer
    itself gets the cautious answer (no): pytest-qt closing a form with typed data at teardown
    is asked whether to discard it. An error or notice a test did not expect fails the test."""
    from desktop.messages import Prompts

    def unexpected(_parent: object, text: str) -> None:
        pytest.fail(f"unexpected message box: {text}")

    monkeypatch.setattr(Prompts, "confirm", staticmethod(lambda *_args: False))
    monkeypatch.setattr(Prompts, "show_error", staticmethod(unexpected))
    monkeypatch.setattr(Prompts, "inform", staticmethod(unexpected))


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    store = MemoryKeyring()
    before = keyring.get_keyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path:
    """The file a SQLite URL names; any other URL fails the test rather than being read as a
    path (a PostgreSQL URL with 'sqlite:///' stripped is a path, and a file was once written
    there)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        raise AssertionError(f"not a SQLite file URL: {parsed!r}")
    return Path(parsed.database)


STAFF = (("admin", "admin"), ("doctor", "doctor"), ("nurse", "nurse"))


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Migrated databases made once per run (argon2 hashing is slow on purpose), copied per test."""
    folder = tmp_path_factory.mktemp("templates")
    empty = folder / "empty.sqlite3"
    open_database(sqlite_url(empty)).dispose()
    staffed = folder / "staffed.sqlite3"
    shutil.copy(empty, staffed)
    database = open_database(sqlite_url(staffed))
    for username, role in STAFF:
        create_user(
            database, command_line_actor(), username, f"Test {role.title()}", {role}, PASSWORD
        )
    database.dispose()
    return {"empty": empty, "staffed": staffed}


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """Started on first use, so a run of SQLite tests alone needs no PostgreSQL."""
    with suite_server() as server:
        yield server


@pytest.fixture(scope="session")
def pg_templates(pg_server: PgServer) -> dict[str, str]:
    """The PostgreSQL twins of `templates`: databases that each test's database is cloned from."""
    empty = pg_server.create_database()
    open_database(pg_server.url(empty)).dispose()
    staffed = pg_server.create_database(template=empty)
    database = open_database(pg_server.url(staffed))
    for username, role in STAFF:
        create_user(
            database, command_line_actor(), username, f"Test {role.title()}", {role}, PASSWORD
        )
    database.dispose()
    return {"empty": empty, "staffed": staffed}


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Every database test runs once on each backend."""
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A real database of the test's own: with staff accounts when the test uses `staff`."""
    template = "staffed" if "staff" in request.fixturenames else "empty"
    if backend == "sqlite":
        path = tmp_path / "clinic.sqlite3"
        shutil.copy(request.getfixturevalue("templates")[template], path)
        yield sqlite_url(path)
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.create_database(template=request.getfixturevalue("pg_templates")[template])
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def blank_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A database with no tables at all, as a clinic's administrator creates it."""
    if backend == "sqlite":
        yield sqlite_url(tmp_path / "blank.sqlite3")
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.create_database()
    yield server.url(name)
    server.drop_database(name)


# The suite's "now": local noon on 26 November 2026 wherever it runs, so no test depends on the
# day, the hour or the time zone it runs in. Time still moves on from there as the test runs.
TODAY = date(2026, 11, 26)
FIXED_NOW = datetime.combine(TODAY, time(12, 0)).astimezone()


def fixed_clock() -> Clock:
    """FIXED_NOW, moving forward with real time from the moment this is called."""
    start = monotonic()
    return lambda: (FIXED_NOW + timedelta(seconds=monotonic() - start)).astimezone(UTC)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, clock=fixed_clock())
    yield database
    database.dispose()


@dataclass
class Staff:
    admin: Actor
    doctor: Actor
    nurse: Actor


@pytest.fixture
def staff(db: Database) -> Staff:
    """The template's accounts, as a login would return them (logins are tested on their own)."""
    with db.read() as session:
        users = {u.username: u for u in session.scalars(select(User))}
    actors = {
        name: logged_in_actor(u.id, u.username, u.full_name, u.role_set, "test-pc")
        for name, u in users.items()
    }
    return Staff(admin=actors["admin"], doctor=actors["doctor"], nurse=actors["nurse"])


def patient_input(**changes: object) -> PatientInput:
    values: dict[str, object] = {
        "full_name": "Nguyễn Thị Hương",
        "date_of_birth": date(1985, 3, 5),
        "sex": "female",
        "phone": "0912 345 678",
        "email": "huong@example.com",
        "address": "12 Hàng Bạc, Hà Nội",
        "language": "vi",
        "allergies": "",
        "medical_notes": "",
    }
    values.update(changes)
    return PatientInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def patient(db: Database, staff: Staff) -> PatientRecord:
    return register_patient(db, staff.nurse, patient_input())


GTIN_PDO = "09506000134352"  # a valid GS1 check digit


@dataclass
class Stock:
    """A product with two lots in stock, and the clock-free 'now' tests chart at."""

    product_id: int
    lot_id: int
    second_lot_id: int
    now: datetime


@pytest.fixture
def stock(db: Database, staff: Staff) -> Stock:
    from db.stock.movements import IntakeInput, receive_stock
    from db.stock.products import ProductInput, add_product

    today = db.clock().astimezone().date()
    product = add_product(
        db,
        staff.nurse,
        ProductInput("Aptos", "Excellence Visage", "PDO", "cog", "USP 2-0", 110, GTIN_PDO),
    )
    first = receive_stock(
        db,
        staff.nurse,
        IntakeInput(product.id, "PDO-2301", date(today.year + 1, 12, 31), 20, today, "MedSupply"),
    )
    second = receive_stock(
        db,
        staff.nurse,
        IntakeInput(product.id, "PDO-2302", date(today.year + 2, 6, 30), 5, today, "MedSupply"),
    )
    return Stock(product.id, first.lot_id, second.lot_id, db.clock())
