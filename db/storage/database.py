"""Opening the clinic database: engine setup, schema check and migration, sessions."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, inspect, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DataError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from db import migrations
from db.access.permissions import READING_KEY, Actor, require_session, workstation_name
from db.audit import chain as audit
from db.clock import Clock, utc_now
from db.errors import Conflict, DamagedDatabase, DatabaseError
from db.storage.location import refuse_network_location
from db.storage.schema_check import refuse_foreign_pg_schema, refuse_foreign_sqlite_schema
from db.storage.sqlite_checks import is_sqlite_file, quick_check, sqlite_connection
from db.wording import say

APP_NAME = "Threadbook"
log = logging.getLogger(__name__)
_CHECKS = ThreadPoolExecutor(max_workers=1, thread_name_prefix="threadbook-check")
URL_ENV = "THREADBOOK_DATABASE_URL"
SUPPORTED_DRIVERS = frozenset({"sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg"})
MAX_PATH = 4096


def data_dir() -> Path:
    """The per-user folder for the default database, logs and backups."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def local_url() -> str:
    """This PC's own SQLite file."""
    return f"sqlite:///{data_dir() / 'threadbook.sqlite3'}"


def default_url() -> str:
    """The environment's URL, else the server saved on the connection screen, else the file."""
    from db.storage.server_settings import saved_url

    return os.environ.get(URL_ENV) or saved_url() or local_url()


def parse_url(text: str) -> URL:
    try:
        url = make_url(text)
    except ArgumentError:
        raise DatabaseError(
            say(
                "'{text}' is not a database URL. Use sqlite:///path/to/file.sqlite3 or "
                "postgresql+psycopg://user@host/dbname.",
                text=text,
            )
        ) from None
    if url.get_backend_name() not in {"sqlite", "postgresql"}:
        raise DatabaseError(
            say(
                "Threadbook works with SQLite or PostgreSQL, not '{backend}'.",
                backend=url.get_backend_name(),
            )
        )
    if url.drivername not in SUPPORTED_DRIVERS:
        raise DatabaseError(
            say(
                "Threadbook does not connect through '{driver}'. Use "
                "sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/dbname.",
                driver=url.drivername,
            )
        )
    if url.database and len(url.database) > MAX_PATH:
        raise DatabaseError(
            say(
                "The database name or path is {length} characters long; no system accepts "
                "more than {most}.",
                length=len(url.database),
                most=MAX_PATH,
            )
        )
    return url


def refuse_missing_file(url_text: str | None) -> None:
    """Refuse a SQLite path with no database: only `migrate`, `demo`, a restore and the setup
    screen make one, so a mistyped path is not quietly answered from an empty database."""
    path = sqlite_path(parse_url(url_text or default_url()))
    if path is None:
        return
    try:
        present = path.is_file()
    except OSError as exc:
        raise DatabaseError(
            say("Cannot use the database path {path}: {reason}.", path=path, reason=exc.strerror)
        ) from None
    if not present:
        raise DatabaseError(
            say("There is no database at {path}; use `migrate` to create one.", path=path)
        )


def _sqlite_connect(dbapi_connection: Any, connection_record: Any) -> None:
    # Let SQLAlchemy's begin event issue BEGIN itself (pysqlite's own handling is incomplete).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)  # Python 3.12+
    if defensive is not None:
        # No writes to sqlite_master or shadow tables, even by a statement asking for them.
        dbapi_connection.setconfig(defensive, True)
    # Triggers and views in the file may not call functions with side effects.
    cursor.execute("PRAGMA trusted_schema=OFF")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# On PostgreSQL every record writer holds this advisory lock (its key) for its whole
# transaction: exclusively by default, shared by a writer that locks the rows its own checks
# depend on (`Database.write(own_locks=True)`).
WRITER_LOCK = 0x7468_7262  # "thrb"


def _sqlite_begin(connection: Any) -> None:
    # Writers take the write lock at BEGIN, so two PCs' windows never deadlock on upgrade.
    options = connection.get_execution_options()
    if options.get("threadbook_write") or options.get("threadbook_events"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def _postgresql_begin(connection: Any) -> None:
    # A writer whose checks rest on rows it does not lock (a new record number, a patient's
    # details, a slot still free) takes the writers' lock exclusively, so those checks hold
    # until it commits, as on SQLite. A writer that locks what its checks read (the lots
    # whose stock it uses, the follow-up it reviews, the consent it uses) shares the lock
    # with the others like it: PCs charting from different lots do not wait for each other,
    # and none of them runs while an exclusive writer does. The audit chain's head row is
    # locked last, only to append a transaction's audit rows as it commits: a transaction
    # holding it waits for nothing else, so no two PCs deadlock. Transactions that only
    # record events (opening a file) take neither lock and wait only for other appends.
    options = connection.get_execution_options()
    if options.get("threadbook_own_locks"):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock_shared({WRITER_LOCK})")
    elif options.get("threadbook_write"):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")


def make_engine(url_text: str) -> Engine:
    url = parse_url(url_text)
    try:
        if url.get_backend_name() == "sqlite":
            if url.database and url.database != ":memory:":
                path = Path(url.database).expanduser()
                refuse_network_location(str(path))
                path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 10})
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            # The server's list of sessions names each PC (application_name, at most 63 bytes).
            name = f"Threadbook {workstation_name()}".encode()[:63].decode(errors="ignore")
            engine = create_engine(
                url,
                pool_pre_ping=True,
                connect_args={"connect_timeout": 10, "application_name": name},
            )
            event.listen(engine, "begin", _postgresql_begin)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise DatabaseError(
            say("Cannot use database URL '{url_text}': {exc}", url_text=url_text, exc=exc)
        ) from None
    except OSError as exc:
        raise DatabaseError(say("Cannot create the database folder: {exc}", exc=exc)) from None
    return engine


def _refused_value(exc: DataError) -> DatabaseError:
    # PostgreSQL checks values SQLite lets through (a record number past 2^31, ...).
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else say("value out of range")
    return DatabaseError(
        say("The database refused a value ({reason}); nothing was saved.", reason=reason)
    )


class Database:
    """An open clinic database.

    Attributes:
        engine: the SQLAlchemy engine (one per program).
        clock: the source of 'now' for every write; tests inject a fixed one.
    """

    def __init__(
        self, engine: Engine, clock: Clock = utc_now, *, keep_checkpoints: bool = True
    ) -> None:
        self.engine = engine
        self.clock = clock
        # False for a working copy (a restore's staging file): only real databases have one.
        self.keep_checkpoints = keep_checkpoints
        self._integrity: Future[None] | None = None
        self._reader = sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)
        self._writer = sessionmaker(
            bind=engine.execution_options(threadbook_write=True), expire_on_commit=False
        )
        self._row_locker = sessionmaker(
            bind=engine.execution_options(threadbook_write=True, threadbook_own_locks=True),
            expire_on_commit=False,
        )
        self._recorder = sessionmaker(
            bind=engine.execution_options(threadbook_events=True), expire_on_commit=False
        )

    def now(self) -> datetime:
        """This PC's local time now, by the injected clock."""
        return self.clock().astimezone()

    def today(self) -> date:
        """This PC's local date, by the injected clock: the day the clinic's staff live in."""
        return self.now().date()

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._reader() as session, session.begin():
                session.info[READING_KEY] = True
                yield session
        except DataError as exc:
            raise _refused_value(exc) from None

    def check_integrity_in_background(self) -> None:
        """Run SQLite's quick check and the schema check on a worker thread; every write
        waits for their verdict."""
        self._integrity = _CHECKS.submit(_check_file_and_schema, self.engine)

    def ensure_intact(self) -> None:
        """Wait for a pending quick check; raises DamagedDatabase (every time) if it failed."""
        if self._integrity is not None:
            self._integrity.result()

    @contextmanager
    def write(
        self,
        actor: Actor | None,
        *,
        while_locked: bool = False,
        events_only: bool = False,
        own_locks: bool = False,
    ) -> Iterator[Session]:
        """One transaction: everything in the block, with its audit rows, or nothing.

        `actor` must come from a login or be the command line's (PermissionDenied otherwise,
        and for a logged-out or locked session); None is the program itself (failed logins,
        the first setup, demo data, automatic backups). `while_locked`: the lock screen's own
        writes (locking, unlocking, logging out). `events_only`: the block records audit
        events and changes no record (opening a file), so on PostgreSQL it does not wait for
        other PCs' record writes to finish; changing a record in it raises. `own_locks`: every
        check in the block reads rows it has locked first (SELECT ... FOR UPDATE, in a fixed
        order), so on PostgreSQL it runs alongside other such blocks and waits only
        for the PCs writing the same rows, and for writers without `own_locks`.
        """
        if actor is not None:
            require_session(actor, writing=not while_locked)
        self.ensure_intact()
        maker = self._writer
        if events_only:
            maker = self._recorder
        elif own_locks:
            maker = self._row_locker
        with maker() as session:
            session.info[audit.EVENTS_ONLY_KEY] = events_only
            session.info["actor"] = actor
            session.info["clock"] = self.clock
            try:
                with session.begin():
                    yield session
                head = session.info.get(audit.HEAD_KEY)
                if head is not None and self.keep_checkpoints:
                    self._remember(head)
            except StaleDataError:
                raise Conflict(
                    say(
                        "Someone else saved this record while you were editing it. Reload it to "
                        "see their changes, then make yours again.",
                    )
                ) from None
            except DataError as exc:
                raise _refused_value(exc) from None

    def _remember(self, head: audit.Checkpoint) -> None:
        """Keep the committed chain head as this PC's checkpoint, outside the database."""
        from db.audit import checkpoint_writer

        checkpoint_writer.keep(self.url, head.seq, head.hash, self.clock())

    def dispose(self) -> None:
        from db.audit import checkpoint_writer

        checkpoint_writer.flush()
        self.engine.dispose()


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL; None for PostgreSQL or an in-memory database."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser()


def refuse_damaged(url: URL) -> None:
    """Refuse a SQLite file that fails its quick check, before anything is written to it."""
    path = sqlite_path(url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return
    if not is_sqlite_file(path):
        problem = "it is not a SQLite database file"
    else:
        try:
            with sqlite_connection(path) as connection:
                problem = quick_check(connection) or ""
        except sqlite3.Error as exc:
            problem = str(exc)
    if problem:
        raise DamagedDatabase(
            say(
                "The database file {path} is damaged ({problem}). It was not opened, so "
                "nothing more has been written to it. Restore the newest good backup.",
                path=path,
                problem=problem,
            ),
            str(path),
        )


def refuse_foreign_schema(engine: Engine) -> None:
    """Refuse a database whose schema is not exactly what its revision's migrations make
    (a planted trigger or view, a changed table), before anything is written to it."""
    revision = migrations.current_revision(engine)
    if revision is not None and revision not in migrations.known_revisions():
        return  # a newer Threadbook's database: the upgrade refuses it with its own message
    with engine.connect() as connection:
        if revision is None:
            _refuse_foreign_tables(connection)
        elif engine.dialect.name == "sqlite":
            driver = connection.connection.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            refuse_foreign_sqlite_schema(driver, revision)
        else:
            refuse_foreign_pg_schema(connection, revision)


def _refuse_foreign_tables(connection: Connection) -> None:
    # Threadbook creates its tables only in an empty database, never beside another program's.
    names = inspect(connection).get_table_names()
    if names:
        raise DatabaseError(
            say(
                "This database holds tables that are not Threadbook's ({tables}); it was left "
                "untouched. Choose an empty database.",
                tables=", ".join(sorted(names)[:5]),
            )
        )


def _check_file_and_schema(engine: Engine) -> None:
    refuse_damaged(engine.url)
    refuse_foreign_schema(engine)


def open_database(
    url_text: str | None = None, *, clock: Clock = utc_now, check_later: bool = False
) -> Database:
    """Connect, refuse a damaged file or a newer schema, bring an empty or older one up to date.

    `check_later`: when nothing needs migrating, SQLite's quick check (seconds on a large file)
    runs in the background instead, and the first write waits for it; the window uses this so
    the check overlaps the login screen.
    """
    url_text = url_text or default_url()
    engine = make_engine(url_text)
    try:
        if not check_later:
            refuse_damaged(engine.url)
        with engine.connect() as connection:
            connection.execute(select(1))
        current = check_later and migrations.current_revision(engine) == migrations.head_revision()
        if not current:
            if check_later:
                refuse_damaged(engine.url)  # a migration writes: check first
            refuse_foreign_schema(engine)
        migrations.upgrade(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        if check_later:
            refuse_damaged(engine.url)  # a damaged file gets its own message and recovery
        orig = getattr(exc, "orig", None)
        reason = str(orig or exc).strip().splitlines()[0]
        raise DatabaseError(say("Cannot open the database: {reason}", reason=reason)) from None
    except BaseException:
        engine.dispose()
        raise
    database = Database(engine, clock)
    if not database.is_sqlite:
        from db.storage import restore_journal

        restore_journal.finish_interrupted(database)
    if check_later and current:
        database.check_integrity_in_background()
    return database


def _install_audit_listeners() -> None:
    event.listen(Session, "before_flush", audit.before_flush)
    event.listen(Session, "after_flush", audit.after_flush)
    event.listen(Session, "before_commit", audit.before_commit)
    event.listen(Session, "after_rollback", audit.after_rollback)


_install_audit_listeners()
