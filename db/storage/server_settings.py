"""Which database this PC opens: its own SQLite file, or the clinic's PostgreSQL server.

The server's address is kept in a small file in the user's config folder; its password is kept
in the operating system's keyring (Windows Credential Manager, macOS Keychain, the desktop's
Secret Service on Linux), never in a file.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from db.errors import DatabaseError, ValidationError
from db.storage.database import APP_NAME, make_engine
from db.wording import say

KEYRING_SERVICE = "Threadbook database"
SSL_MODES = ("prefer", "require", "verify-full", "disable")
MIN_SERVER_VERSION = 150000


@dataclass(frozen=True)
class ServerConnection:
    """Where the clinic's PostgreSQL server is; everything but the password."""

    host: str
    port: int = 5432
    database: str = "threadbook"
    user: str = "threadbook"
    sslmode: str = "prefer"

    @property
    def keyring_name(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.sslmode},
        )

    def problems(self) -> dict[str, str]:
        """Field -> message for what cannot be right; empty when the form can be tried."""
        errors: dict[str, str] = {}
        if not self.host.strip() or " " in self.host.strip():
            errors["host"] = say("Type the server's name or address, for example 192.168.1.10.")
        if not 1 <= self.port <= 65535:
            errors["port"] = say(
                "The port is a number from 1 to 65535; PostgreSQL's usual is 5432."
            )
        if not self.database.strip():
            errors["database"] = say("Type the database's name, for example threadbook.")
        if not self.user.strip():
            errors["user"] = say("Type the user (role) name the server gave this clinic.")
        if self.sslmode not in SSL_MODES:
            errors["sslmode"] = say("Choose one of the encryption settings.")
        return errors


def config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "connection.json"


def load_connection() -> ServerConnection | None:
    """The saved server, or None when this PC uses its own SQLite file."""
    path = config_path()
    if not path.exists():
        return None
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
        return ServerConnection(
            host=str(values["host"]),
            port=int(values["port"]),
            database=str(values["database"]),
            user=str(values["user"]),
            sslmode=str(values.get("sslmode", "prefer")),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DatabaseError(
            say(
                "The saved database connection in {path} cannot be read ({exc}). Choose "
                "the database again with “Database…” on the login screen.",
                path=path,
                exc=exc,
            )
        ) from None


def _keyring_problem(exc: Exception) -> DatabaseError:
    return DatabaseError(
        say(
            "This computer's password store (keyring) cannot be used: {exc}. "
            "Threadbook keeps the server password only there; set up the system's "
            "password store and try again.",
            exc=exc,
        )
    )


# keyring is imported where it is used: it loads the system's password store (a tenth of a
# second at start-up), which a PC working on its own SQLite file never needs.


def stored_password(connection: ServerConnection) -> str:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, connection.keyring_name) or ""
    except KeyringError as exc:
        raise _keyring_problem(exc) from None


def saved_url() -> str | None:
    """The saved server's URL, password from the keyring included; None for this PC's file."""
    connection = load_connection()
    if connection is None:
        return None
    return connection.url(stored_password(connection)).render_as_string(hide_password=False)


def save_connection(connection: ServerConnection, password: str) -> None:
    """Remember the server for this PC user: the password in the keyring, the rest in a file."""
    import keyring
    from keyring.errors import KeyringError

    if errors := connection.problems():
        raise ValidationError(errors)
    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, connection.keyring_name, password)
        else:
            _forget_password(connection)
    except KeyringError as exc:
        raise _keyring_problem(exc) from None
    path = config_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        partial.write_text(json.dumps(asdict(connection), indent=2), encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        raise DatabaseError(
            say("Cannot save the connection in {path}: {exc}", path=path, exc=exc)
        ) from None


def _forget_password(connection: ServerConnection) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):  # there was none
        keyring.delete_password(KEYRING_SERVICE, connection.keyring_name)


def use_local_file() -> None:
    """Go back to this PC's own SQLite file: forget the saved server and its password."""
    from keyring.errors import KeyringError

    connection = load_connection()
    if connection is not None:
        try:
            _forget_password(connection)
        except KeyringError as exc:
            raise _keyring_problem(exc) from None
    try:
        config_path().unlink(missing_ok=True)
    except OSError as exc:
        raise DatabaseError(
            say("Cannot remove {config_path}: {exc}", config_path=config_path(), exc=exc)
        ) from None


def check_server(url: URL | str) -> str:
    """Connect once and say what is there; a DatabaseError says why it did not work."""
    engine = make_engine(url if isinstance(url, str) else url.render_as_string(hide_password=False))
    try:
        with engine.connect() as connection:
            version = int(connection.execute(text("SHOW server_version_num")).scalar_one())
            shown = str(connection.execute(text("SHOW server_version")).scalar_one()).split()[0]
            tables = connection.execute(
                text(
                    "SELECT count(*) FROM information_schema.tables "
                    "WHERE table_schema = current_schema() AND table_name = 'alembic_version'"
                )
            ).scalar_one()
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError(say("Cannot connect: {reason}", reason=reason)) from None
    except SQLAlchemyError as exc:
        raise DatabaseError(say("Connected, but the server answered: {exc}", exc=exc)) from None
    finally:
        engine.dispose()
    if version < MIN_SERVER_VERSION:
        raise DatabaseError(
            say(
                "The server runs PostgreSQL {shown}; Threadbook needs version 15 or newer.",
                shown=shown,
            )
        )
    if tables:
        return say("Connected to PostgreSQL {shown}: a Threadbook database.", shown=shown)
    return say(
        "Connected to PostgreSQL {shown}: an empty database, which Threadbook will set up.",
        shown=shown,
    )
