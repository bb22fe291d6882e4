"""scripts/pg-throwaway.sh: a leftover server on the asked port must not break the next run."""

from __future__ import annotations

import glob
import re
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "pg-throwaway.sh"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not glob.glob("/usr/lib/postgresql/*/bin/initdb"), reason="PostgreSQL is not installed"
    ),
]


def _start(port: int) -> dict[str, str]:
    out = subprocess.run([str(SCRIPT), str(port)], capture_output=True, text=True, check=True)
    return dict(re.findall(r"export (\w+)=(\S+)", out.stdout))


def test_second_server_takes_the_next_free_port() -> None:
    first = _start(55491)
    try:
        second = _start(55491)
        try:
            assert first["EVENTWIRE_TEST_POSTGRES"].endswith(":55491/eventwire_test")
            assert second["EVENTWIRE_TEST_POSTGRES"].endswith(":55492/eventwire_test")
            for env in (first, second):
                done = subprocess.run(
                    ["psql", env["EVENTWIRE_TEST_POSTGRES"], "-tAc", "select 1"],
                    capture_output=True,
                    text=True,
                )
                assert done.stdout.strip() == "1"
        finally:
            subprocess.run([str(SCRIPT), "stop", second["EVENTWIRE_TEST_POSTGRES_DIR"]], check=True)
    finally:
        subprocess.run([str(SCRIPT), "stop", first["EVENTWIRE_TEST_POSTGRES_DIR"]], check=True)
