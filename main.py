"""Threadbook: launch the window, or run an administration command."""

from __future__ import annotations

import argparse
import logging
import sys

from db.commands import registrars
from db.errors import ThreadbookError
from db.storage.database import URL_ENV, refuse_missing_file

log = logging.getLogger("threadbook")
# Commands that may be given a SQLite path with no file yet (`check` reports it missing itself).
MAKES_A_DATABASE = frozenset({"run_migrate", "run_demo", "run_restore", "run_check"})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="threadbook",
        description="Records for thread-lift clinics. With no command, opens the window.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=None,
        help=f"database URL (default: ${URL_ENV}, else a SQLite file in your user data folder)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for register in registrars():
        register(commands)
    return parser


def window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when they only open the window (nothing, or just `--database URL`), else None.

    Opening the window then skips registering every command, which imports most of db/ (about
    a fifth of a second); anything else, `--help` included, goes through the full parser.
    """
    if not argv:
        return argparse.Namespace(database=None)
    if len(argv) == 1 and argv[0].startswith("--database="):
        return argparse.Namespace(database=argv[0].removeprefix("--database="))
    if len(argv) == 2 and argv[0] == "--database" and not argv[1].startswith("-"):
        return argparse.Namespace(database=argv[1])
    return None


def launch(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop import warm_up
    from desktop.app import run
    from desktop.first_window import FirstWindowWatch
    from desktop.identity import present

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    present(app)
    # The main window's modules load while the person types their name and password.
    FirstWindowWatch(app).on_screen.connect(warm_up.start)
    return run(args.database)


def main(argv: list[str] | None = None) -> int:
    from db.logfile import configure_logging

    args = window_arguments(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    log_file = configure_logging()
    handler = getattr(args, "run", launch)
    try:
        if handler is not launch and handler.__name__ not in MAKES_A_DATABASE:
            refuse_missing_file(args.database)
        return int(handler(args))
    except ThreadbookError as exc:
        print(f"threadbook: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` or similar, which stopped reading: not an error.
        sys.stderr.close()
        return 0
    except Exception:
        log.exception("unexpected error")
        print(f"threadbook: unexpected error; the details are in {log_file}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
