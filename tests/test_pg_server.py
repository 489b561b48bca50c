"""The suite's throwaway PostgreSQL server goes away with the run, even one stopped by a signal."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

CHILD = """
import sys, time
from sqlalchemy.engine import make_url
from tests.pg_server import throwaway_server
with throwaway_server() as url:
    print(make_url(url).port, flush=True)
    time.sleep(120)
"""


def test_a_run_stopped_by_sigterm_stops_its_server() -> None:
    root = Path(__file__).resolve().parent.parent
    with subprocess.Popen(
        [sys.executable, "-c", CHILD], cwd=root, stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None
            port = child.stdout.readline().strip()
            assert port.isdigit()
            assert _listening(int(port)), "the server was not running"
            child.send_signal(signal.SIGTERM)
            child.wait(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
    assert child.returncode != 0
    assert not _listening(int(port)), "a PostgreSQL server was left running"


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex(("127.0.0.1", port)) == 0
