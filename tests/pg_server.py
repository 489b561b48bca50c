"""PostgreSQL for the test suite: the server named by THREADBOOK_TEST_PG_URL, or a throwaway one.

The throwaway server lives in a temporary folder, listens on a free loopback port and is stopped
when the run ends. PostgreSQL refuses to run as root, so as root it runs as the `postgres` account.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

PG_URL_ENV = "THREADBOOK_TEST_PG_URL"
SERVER_ACCOUNT = "postgres"


def server_binaries() -> Path:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's newest installed version."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    raise RuntimeError(
        "The tests need PostgreSQL 15 or newer: install Debian's 'postgresql' package, "
        f"or set {PG_URL_ENV} to a server where this user may create databases."
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_account(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", SERVER_ACCOUNT, "--", *command]
    return command


def _stop_on_sigterm(signum: int, frame: object) -> None:
    # Unwinds like Ctrl+C, so the `finally` below stops the server; the default action would
    # end the process there and then and leave a PostgreSQL server running with nobody to stop it.
    raise KeyboardInterrupt(f"stopped by signal {signum}")


@contextmanager
def throwaway_server(*, durable: bool = False) -> Iterator[str]:
    """Start a private server; yields its superuser URL (password login over loopback TCP).

    `durable`: commits reach the disk as on a clinic's server (benchmarks); the suite's server
    skips that, as it is thrown away after the run.
    """
    binaries = server_binaries()
    folder = Path(tempfile.mkdtemp(prefix="threadbook-pg-"))
    password = secrets.token_urlsafe(16)
    (folder / "pwfile").write_text(password + "\n")
    if os.geteuid() == 0:
        shutil.chown(folder, SERVER_ACCOUNT)
        shutil.chown(folder / "pwfile", SERVER_ACCOUNT)
    data = folder / "data"
    port = _free_port()

    def run(*command: str) -> None:
        subprocess.run(
            _as_server_account([str(binaries / command[0]), *command[1:]]),
            check=True,
            capture_output=True,
            text=True,
        )

    try:
        run(
            "initdb",
            "-D",
            str(data),
            "--username=postgres",
            f"--pwfile={folder / 'pwfile'}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        # Durability is pointless for a server thrown away after the run; speed is not.
        options = f"-h 127.0.0.1 -p {port} -k {folder} -c max_connections=200"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        run(
            "pg_ctl",
            "-D",
            str(data),
            "-l",
            str(folder / "server.log"),
            "-w",
            "-o",
            options,
            "start",
        )
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"Could not start PostgreSQL: {exc.stderr or exc.stdout}") from None
    in_charge = (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    )
    if in_charge:
        signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        yield f"postgresql+psycopg://postgres:{password}@127.0.0.1:{port}/postgres"
    finally:
        if in_charge:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
        run("pg_ctl", "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


class PgServer:
    """Creates and drops databases for tests on one server.

    Attributes:
        admin_url: a URL whose user may create databases, on its maintenance database.
    """

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.admin: Engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        # Several runs may share one server: names carry this run's process id.
        self._prefix = f"tb{os.getpid()}_"
        self._numbers = count(1)
        self._created: list[str] = []

    def url(self, database: str) -> str:
        return make_url(self.admin_url).set(database=database).render_as_string(hide_password=False)

    def create_database(self, template: str | None = None, name: str | None = None) -> str:
        name = name or f"{self._prefix}{next(self._numbers)}"
        source = f" TEMPLATE {template}" if template else ""
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{source}'))
        self._created.append(name)
        return name

    def drop_database(self, name: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if name in self._created:
            self._created.remove(name)

    def close(self) -> None:
        for name in reversed(list(self._created)):
            self.drop_database(name)
        self.admin.dispose()


@contextmanager
def suite_server() -> Iterator[PgServer]:
    """The server for this run: the one named in the environment, else a throwaway one."""
    given = os.environ.get(PG_URL_ENV)
    if given:
        server = PgServer(given)
        try:
            yield server
        finally:
            server.close()
        return
    with throwaway_server() as url:
        server = PgServer(url)
        try:
            yield server
        finally:
            server.close()
