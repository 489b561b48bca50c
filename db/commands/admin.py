"""`migrate` and `create-user`."""

from __future__ import annotations

import argparse
import getpass
import sys

from db.access.permissions import Role, command_line_actor
from db.access.users import create_user
from db.errors import ValidationError
from db.storage.database import open_database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    migrate = commands.add_parser(
        "migrate", help="bring the database schema up to date, nothing else"
    )
    migrate.set_defaults(run=run_migrate)

    user = commands.add_parser("create-user", help="create a staff account")
    user.add_argument("username")
    user.add_argument(
        "--role",
        action="append",
        required=True,
        choices=[r.value for r in Role],
        help="admin, doctor or nurse; repeat for several roles",
    )
    user.add_argument("--full-name", required=True)
    user.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    user.set_defaults(run=run_create_user)


def run_migrate(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    print(f"Database is up to date: {db.url.render_as_string(hide_password=True)}")
    db.dispose()
    return 0


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Password again: "):
        raise ValidationError({"password": "The two passwords are not the same."})
    return first


def run_create_user(args: argparse.Namespace) -> int:
    password = _read_password(args.password_stdin)
    db = open_database(args.database)
    try:
        user_id = create_user(
            db, command_line_actor(), args.username, args.full_name, set(args.role), password
        )
    finally:
        db.dispose()
    print(f"Created user {args.username.strip().lower()} (id {user_id}, {', '.join(args.role)}).")
    return 0
