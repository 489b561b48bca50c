"""Opening the window reads its few arguments without building the commands' parser, and means
exactly what the full command line means."""

from __future__ import annotations

import pytest

from main import build_parser, window_arguments


@pytest.mark.parametrize(
    "argv", [[], ["--database", "sqlite:///clinic.db"], ["--database=sqlite:///clinic.db"]]
)
def test_the_window_opens_the_database_the_full_command_line_names(argv: list[str]) -> None:
    quick = window_arguments(argv)
    full = build_parser().parse_args(argv)
    assert quick is not None
    assert quick.database == full.database
    assert not hasattr(full, "run")  # the full parser would open the window too


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["migrate"],
        ["--database", "sqlite:///clinic.db", "check"],
        ["--database"],
        ["--database", "--help"],
    ],
)
def test_anything_more_goes_through_the_full_command_line(argv: list[str]) -> None:
    assert window_arguments(argv) is None
