"""An unexpected error reaches the user as a short message naming the log, never a traceback."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import main
from db.errors import BackupError
from db.logfile import log_path
from desktop.app import _excepthook
from desktop.messages import Prompts
from tests.conftest import sqlite_url


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(
        Prompts, "show_error", staticmethod(lambda parent, text: messages.append(text))
    )
    return messages


@pytest.fixture(autouse=True)
def _root_handlers() -> Iterator[None]:
    """main() adds a log file handler to the root logger; close it after the test."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def raise_and_catch(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException:
        kind, value, tb = sys.exc_info()
    assert kind is not None and value is not None
    return kind, value, tb


def test_an_unexpected_error_in_the_window_is_a_short_message_and_a_log_entry(
    qtbot: QtBot, shown: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    kind, value, tb = raise_and_catch(KeyError("patient_id"))
    with caplog.at_level(logging.ERROR):
        _excepthook(kind, value, tb)  # type: ignore[arg-type]
    assert len(shown) == 1
    assert str(log_path()) in shown[0]
    assert "Traceback" not in shown[0] and "KeyError" not in shown[0]
    assert any(record.exc_info and record.exc_info[0] is KeyError for record in caplog.records)


def test_a_refusal_that_escaped_is_shown_with_its_own_message(
    qtbot: QtBot, shown: list[str]
) -> None:
    kind, value, tb = raise_and_catch(BackupError("The backup folder is full."))
    _excepthook(kind, value, tb)  # type: ignore[arg-type]
    assert shown == ["The backup folder is full."]


def test_an_unexpected_error_in_a_command_is_one_line_and_the_log_has_the_detail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("db.commands.backup.record_checks", broken)
    url = sqlite_url(tmp_path / "clinic.sqlite3")
    assert main.main(["--database", url, "migrate"]) == 0
    capsys.readouterr()
    status = main.main(["--database", url, "check"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(log_path()) in err
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "ZeroDivisionError" in log_path().read_text(encoding="utf-8")
