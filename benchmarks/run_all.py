"""Run every benchmark, then gather their result sections into benchmarks/RESULTS.md.

.venv/bin/python benchmarks/run_all.py [--only NAME ...] [--gather-only]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
ORDER = ["throughput", "extraction", "warc", "time", "geo", "quotes", "events"]


def gather() -> None:
    sections = {p.stem: p.read_text(encoding="utf-8").strip() for p in sorted(RESULTS.glob("*.md"))}
    names = [n for n in ORDER if n in sections] + sorted(n for n in sections if n not in ORDER)
    header = (
        "# Benchmark results\n\n"
        "Each section is written by `benchmarks/bench_<name>.py` (the command is in the section) and\n"
        "gathered here by `benchmarks/run_all.py` (`make bench` runs them all). Machine: 2 cores,\n"
        "24 GiB; timings are noisy, so comparisons are made side by side in one run (ratios).\n"
    )
    body = "\n\n".join(sections[n] for n in names)
    (HERE / "RESULTS.md").write_text(header + "\n" + body + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--gather-only", action="store_true")
    args = parser.parse_args()
    failed = []
    if not args.gather_only:
        for script in sorted(HERE.glob("bench_*.py")):
            name = script.stem.removeprefix("bench_")
            if args.only and name not in args.only:
                continue
            print(f"== {name}", flush=True)
            if subprocess.run([sys.executable, str(script)], check=False).returncode != 0:
                failed.append(name)
    gather()
    if failed:
        sys.exit(f"benchmarks failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
