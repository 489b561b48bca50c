"""A write that waits on another PC's lock leaves the window responsive, then completes."""

from __future__ import annotations

import time
from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection, create_engine, text

from db.audit.chain import CHAIN_HEAD_ID
from db.storage.database import Database
from desktop.dialogs.patient_form import PatientDialog
from desktop.writes import in_flight
from tests.conftest import Staff
from tests.helpers import written


@pytest.fixture
def backend() -> str:
    """Only PostgreSQL has another PC holding a row lock while this one writes."""
    return "postgresql"


@pytest.fixture
def other_pc_holding_the_chain(db_url: str) -> Iterator[Connection]:
    """Another PC mid-write: the audit chain's head row locked in an open transaction."""
    engine = create_engine(db_url)
    connection = engine.connect()
    connection.execute(
        text("SELECT last_seq FROM audit_chain_head WHERE id = :id FOR UPDATE"),
        {"id": CHAIN_HEAD_ID},
    )
    yield connection
    connection.close()
    engine.dispose()


def test_a_save_waits_for_another_pcs_lock_while_the_window_keeps_repainting(
    qtbot: QtBot, db: Database, staff: Staff, other_pc_holding_the_chain: Connection
) -> None:
    dialog = PatientDialog(db, staff.nurse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.full_name.setText("Phạm Thị Thu")
    dialog.date_of_birth.setText("14/02/1990")
    dialog.phone.setText("0903 111 222")

    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)

    def beat() -> None:
        ticks.append(time.monotonic())
        dialog.repaint()

    heartbeat.timeout.connect(beat)
    heartbeat.start()
    dialog.submit()
    qtbot.wait(1500)  # the save is waiting on the other PC all this time
    assert in_flight() == 1 and dialog.saved is None and dialog.isVisible()
    assert not dialog.isEnabled()  # greyed out: the user sees it is busy

    other_pc_holding_the_chain.rollback()  # the other PC's write ends
    written(qtbot)
    heartbeat.stop()
    assert dialog.saved is not None and dialog.saved.full_name == "Phạm Thị Thu"
    assert not dialog.isVisible()
    gaps = [later - earlier for earlier, later in pairwise(ticks)]
    assert len(ticks) > 50
    assert max(gaps) < 0.05, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"
