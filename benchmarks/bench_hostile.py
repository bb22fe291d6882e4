"""Hostile input: cost per character of pathological pages, non-Latin news, decompression bombs.

Three measurements, side by side in one run (these machines are noisy, so ratios):

1. The committed corpus of pathological inputs (tests/fixtures/hostile/corpus.py: repeated
   tokens, punctuation runs, deep nesting, huge attributes, mixed scripts), each at `--chars`
   characters through the whole pipeline (reader and every stage, models loaded once): seconds
   and µs per character, against a normal English article of the same length. Target: the
   worst at most 5x a normal article's µs/character, none over 10 s.
2. News articles of `--lang-chars` characters in Russian, Arabic and Chinese (written by the
   corpus generator from our own sentences) against an English one of the same length.
   Target: at most 1.5x; non-English pages are still stored, with their language, and counted.
3. Decompression bombs of `--bomb-mb` MiB (a gzip'd JSON Lines line, a WARC header, WARC
   payloads plain, gzip-encoded and chunked, a .html.gz, a .txt.gz, an entity-expansion feed),
   each read by `eventwire process` in its own process: peak RSS and the EW code it ends with.
   Target: every bomb at most 700 MB peak RSS, ending with an EW code.

    .venv/bin/python benchmarks/bench_hostile.py [--chars 40000] [--lang-chars 20000]
        [--bomb-mb 400] [--repeat 2] [--only NAME,...] [--skip-bombs]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results" / "hostile.md"
SEED = REPO.parent / "shared" / "data" / "seed" / "seed.txt"
CORPUS_FILE = REPO / "tests" / "fixtures" / "hostile" / "corpus.py"
LANGUAGES = {"ru": "Russian", "ar": "Arabic", "zh": "Chinese"}
RSS_LIMIT_MB = 700
RATIO_LIMIT = 5.0
SECONDS_LIMIT = 10.0
LANGUAGE_RATIO_LIMIT = 1.5


def load_corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eventwire_hostile_corpus", CORPUS_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _pages(item: Any) -> list[Any]:
    from eventwire.readers.files import read_jsonl
    from eventwire.records import RawPage

    if item.kind == "jsonl":
        return list(read_jsonl(item.data.splitlines(), item.name, max_bytes=10**8))
    return [RawPage(item.name, item.data, item.kind, published="2020-09-27")]


def _timed(pipeline: Any, item: Any, repeat: int) -> tuple[float, list[Any]]:
    best, out = float("inf"), []
    for _ in range(repeat):
        pages = _pages(item)
        started = time.perf_counter()
        out = list(pipeline.run_pages(pages))
        best = min(best, time.perf_counter() - started)
    return best, out


def _outcome(out: list[Any]) -> str:
    from eventwire.records import Dropped

    parts = []
    for item in out:
        if isinstance(item, Dropped):
            parts.append(item.code)
        else:
            parts.append(f"doc ({item.language or '?'}, {len(item.events)} ev)")
    return ", ".join(parts) or "nothing"


def corpus_section(args: argparse.Namespace, corpus: ModuleType, pipeline: Any) -> list[str]:
    normal = corpus.Hostile("normal", "text", corpus.article("en", args.chars).encode())
    _timed(pipeline, normal, 1)  # warm
    normal_s, _ = _timed(pipeline, normal, 3)
    rows = []
    only = set(args.only.split(",")) if args.only else None
    for builder in corpus.BUILDERS:
        item = builder(args.chars)
        if only and item.name not in only:
            continue
        seconds, out = _timed(pipeline, item, args.repeat)
        chars = max(len(item.data.decode("utf-8", "replace")), 1)
        rows.append((item.name, chars, seconds, _outcome(out)))
        print(f"{item.name:22s} {seconds:7.2f} s {seconds / chars * 1e6:8.1f} µs/c", flush=True)
    # the normal article again at the end, the lower figure kept: a busy spell cannot flatter
    normal_s = min(normal_s, _timed(pipeline, normal, 2)[0])
    normal_us = normal_s / args.chars * 1e6
    lines = [
        f"Corpus: {len(corpus.BUILDERS)} pathological inputs (`tests/fixtures/hostile/corpus.py`), "
        f"each about {args.chars:,} characters, through the reader and every stage; best of "
        f"{args.repeat}; the news gate {'on' if args.gate else 'off (every article parsed)'}. "
        "Normal article: an English news text of the same length from the same "
        f"generator, {normal_s:.2f} s = {normal_us:.1f} µs/character (best of 5, before and "
        "after the corpus).",
    ]
    if SEED.exists():
        seed = corpus.Hostile("seed", "text", SEED.read_bytes())
        seed_s, _ = _timed(pipeline, seed, 2)
        seed_chars = len(SEED.read_text(encoding="utf-8"))
        lines.append(
            f"For comparison, the project's example article (seed.txt, {seed_chars:,} characters): "
            f"{seed_s:.2f} s = {seed_s / seed_chars * 1e6:.1f} µs/character."
        )
    lines += [
        "",
        "| input | chars | seconds | µs/char | × normal | outcome |",
        "|---|---:|---:|---:|---:|---|",
    ]
    rows.sort(key=lambda r: -r[2] / r[1])
    for name, chars, seconds, outcome in rows:
        us = seconds / chars * 1e6
        lines.append(
            f"| {name} | {chars:,} | {seconds:.2f} | {us:.1f} | {us / normal_us:.2f} | {outcome} |"
        )
    if rows:
        worst = rows[0]
        slowest = max(rows, key=lambda r: r[2])
        lines += [
            "",
            f"Worst cost per character: **{worst[2] / worst[1] * 1e6 / normal_us:.2f}×** a normal "
            f"article's ({worst[0]}; target ≤ {RATIO_LIMIT:g}×). Longest: **{slowest[2]:.2f} s** "
            f"({slowest[0]}; target ≤ {SECONDS_LIMIT:g} s).",
        ]
    return lines


def issue_section(args: argparse.Namespace, corpus: ModuleType, pipeline: Any) -> list[str]:
    lines = [
        "The cases as issue 19 reported them (then: 10 s to minutes, RecursionError, lost lines).",
        "",
        "| case | bytes | seconds | outcome |",
        "|---|---:|---:|---|",
    ]
    for item in corpus.issue_cases():
        seconds, out = _timed(pipeline, item, 1)
        lines.append(f"| {item.name} | {len(item.data):,} | {seconds:.2f} | {_outcome(out)} |")
        print(f"{item.name:34s} {seconds:7.2f} s  {_outcome(out)[:60]}", flush=True)
    return lines


def language_section(args: argparse.Namespace, corpus: ModuleType, pipeline: Any) -> list[str]:
    n = args.lang_chars
    english = corpus.Hostile("en", "text", corpus.article("en", n).encode())
    en_s, _ = _timed(pipeline, english, 3)
    lines = [
        f"News articles of {n:,} characters (our own sentences, `corpus.article`), whole "
        "pipeline, best of 3. English is annotated; the other languages are stored with their "
        "language and counted as not annotated (no NLP model for them yet).",
        "",
        "| language | bytes (UTF-8) | seconds | × English | language stored | counted as not annotated |",
        "|---|---:|---:|---:|---|---:|",
        f"| English | {len(english.data):,} | {en_s:.3f} | 1.00 | en | 0 |",
    ]
    worst = 0.0
    for code, label in LANGUAGES.items():
        item = corpus.Hostile(code, "text", corpus.article(code, n).encode())
        seconds, out = _timed(pipeline, item, 3)
        skipped = sum(1 for d in out if getattr(d, "not_annotated", None))  # the last run's
        stored = ", ".join(sorted({getattr(d, "language", None) or "?" for d in out}))
        worst = max(worst, seconds / en_s)
        lines.append(
            f"| {label} | {len(item.data):,} | {seconds:.3f} | {seconds / en_s:.2f} | {stored} | {skipped} |"
        )
        print(f"{label:8s} {seconds:.3f} s  {seconds / en_s:.2f}x English", flush=True)
    lines += [
        "",
        f"Costliest non-English article: **{worst:.2f}×** an English one (target ≤ {LANGUAGE_RATIO_LIMIT:g}×).",
    ]
    return lines


def _run_child(command: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """(seconds, peak RSS MiB, exit status, stderr) of one command in its own process."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return time.perf_counter() - started, usage.ru_maxrss / 1024, child.returncode, text


def bomb_section(args: argparse.Namespace, corpus: ModuleType) -> list[str]:
    eventwire = str(Path(sys.executable).with_name("eventwire"))
    env = dict(os.environ)
    env.setdefault("EVENTWIRE_CACHE_DIR", str(REPO / ".ci-cache"))
    env["EVENTWIRE_NEWS_GATE"] = "1" if args.gate else "0"
    size = args.bomb_mb * 1024 * 1024
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        bombs = corpus.write_bombs(Path(folder), size)
        made = time.perf_counter() - started
        tiny = Path(folder) / "tiny.txt"
        tiny.write_text("The council met on Monday to discuss the cost of the bridge.")
        base_s, base_mb, _, _ = _run_child([eventwire, "process", "-q", str(tiny)], env)
        lines = [
            f"Each bomb inflates to {args.bomb_mb} MiB (made in {made:.0f} s) and is read by "
            "`eventwire process` in its own process; peak RSS of that process (wait4). The same "
            f"command on a one-line text: {base_mb:.0f} MiB, {base_s:.1f} s (models loaded).",
            "",
            "| bomb | file bytes | peak RSS MiB | seconds | exit | messages |",
            "|---|---:|---:|---:|---:|---|",
        ]
        worst = 0.0
        for path in bombs:
            if path.suffix == ".xml":
                code = (
                    "from eventwire.readers.feeds import read_feed; import sys; "
                    "print(len(read_feed(sys.argv[1])))"
                )
                command = [sys.executable, "-c", code, str(path)]
            else:
                command = [eventwire, "process", "-q", str(path)]
            seconds, mb, status, err = _run_child(command, env)
            worst = max(worst, mb)
            codes = sorted({part.split("]")[0] for part in err.split("[EW")[1:]})
            shown = ", ".join(f"EW{c}" for c in codes) or (
                "read as a feed" if status == 0 else "none"
            )
            lines.append(
                f"| {path.name} | {path.stat().st_size:,} | {mb:.0f} | {seconds:.1f} | {status} | {shown} |"
            )
            print(
                f"{path.name:26s} {mb:6.0f} MiB {seconds:6.1f} s exit {status} {shown}", flush=True
            )
    lines += ["", f"Highest peak: **{worst:.0f} MiB** (target ≤ {RSS_LIMIT_MB} MB)."]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=40_000)
    parser.add_argument("--lang-chars", type=int, default=20_000)
    parser.add_argument("--bomb-mb", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--only", default=None, help="comma-separated corpus input names")
    parser.add_argument("--skip-bombs", action="store_true")
    parser.add_argument(
        "--gate", action="store_true", help="keep the news gate on (it skips the parse of non-news)"
    )
    args = parser.parse_args()

    corpus = load_corpus()
    # The bombs first, while this process is small: a child's peak RSS counts the memory of the
    # process it was forked from (Linux keeps the peak across exec).
    bombs = [] if args.skip_bombs else bomb_section(args, corpus)

    from eventwire.pipeline.runner import Pipeline
    from eventwire.settings import Settings

    # The news gate off (unless --gate): every article is parsed, the costliest path.
    pipeline = Pipeline(Settings(news_gate=args.gate), published="2020-09-27")
    pipeline.setup()
    command = ".venv/bin/python benchmarks/bench_hostile.py " + shlex.join(sys.argv[1:])
    out = ["## Hostile input", "", f"Command: `{command.strip()}`", ""]
    out += ["### Pathological inputs", ""] + corpus_section(args, corpus, pipeline) + [""]
    out += ["### The issue's cases", ""] + issue_section(args, corpus, pipeline) + [""]
    out += ["### Non-Latin news", ""] + language_section(args, corpus, pipeline) + [""]
    if bombs:
        out += ["### Decompression bombs", ""] + bombs + [""]
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(out))
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
