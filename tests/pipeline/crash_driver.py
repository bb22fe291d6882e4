"""Runs `eventwire ingest` in forked processes that kill themselves (SIGKILL) at a write point.

    python crash_driver.py SPEC.json

SPEC holds `args` (the ingest command's arguments but --db) and `runs`, each a `db`, a `trace`
file and `kill_at`. Write points: an article committed (`put`), a shard's completion marker
committed (`shard`), the relink's work done but not committed (`relink-uncommitted`), the relink
committed (`relinked`). Each run appends every point it reaches to its trace; at the `kill_at`-th
(1-based; 0: never) it dies at once, as under `kill -9`: no cleanup, no handlers, no atexit.
The models load once, in this parent, before the forks; each run's exit status (negative: the
signal that ended it) is written back into SPEC as `status`.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

from eventwire import cli
from eventwire.pipeline.runner import Pipeline
from eventwire.store import fulltext
from eventwire.store.store import Store


def run(args: list[str], trace_path: str, kill_at: int) -> None:
    """In the child: the ingest, with the write points traced (never returns)."""
    reached = 0

    def point(name: str) -> None:
        nonlocal reached
        reached += 1
        with open(trace_path, "a", encoding="utf-8") as trace:
            trace.write(name + "\n")
        if reached == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def after(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*a: Any, **k: Any) -> Any:
            result = function(*a, **k)
            point(name)
            return result

        return wrapped

    Store.put = after("put", Store.put)  # type: ignore[method-assign]
    Store.mark_shard = after("shard", Store.mark_shard)  # type: ignore[method-assign]
    # fulltext.rebuild is the relink's last step inside its transaction.
    fulltext.rebuild = after("relink-uncommitted", fulltext.rebuild)
    # A relink (`link.relink`) is one call of the store's rebuild; it returns once committed.
    rebuild = after("relinked", Store.rebuild_merged_events)
    Store.rebuild_merged_events = rebuild  # type: ignore[method-assign]
    code = 0
    try:
        cli.cli(["ingest", *args], prog_name="eventwire")
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


def main() -> None:
    spec_path = sys.argv[1]
    with open(spec_path, encoding="utf-8") as fh:
        spec = json.load(fh)
    Pipeline().setup()  # models and gazetteer load once; the forks inherit them
    for item in spec["runs"]:
        pid = os.fork()
        if pid == 0:
            run([*spec["args"], "--db", item["db"]], item["trace"], item["kill_at"])
        _, status = os.waitpid(pid, 0)
        item["status"] = os.waitstatus_to_exitcode(status)
    with open(spec_path, "w", encoding="utf-8") as fh:
        json.dump(spec, fh)


if __name__ == "__main__":
    main()
