"""Cutting inputs into shards: the unit of parallel work and of resuming a killed run.

A shard is one WARC file, a run of consecutive JSON Lines of one file, or a group of small
files. Its key hashes what it covers (path, size, modification time, line range), so a rerun on
unchanged inputs finds the completion markers of the shards it already stored and skips them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..readers.files import (
    JSONL_SUFFIXES,
    STDIN_NAME,
    iter_input_files,
    read_inputs,
    read_jsonl_lines,
)
from ..records import Dropped, RawPage

JSONL_LINES_PER_SHARD = 64
FILES_PER_SHARD = 32
# Files that make a shard each, read whole: their item count is known only once read.
WHOLE_FILE_SHARDS = (".warc", ".warc.gz", ".arc", ".arc.gz", ".jsonl.gz")


@dataclass(frozen=True)
class Shard:
    key: str
    description: str
    paths: tuple[str, ...]
    lines: tuple[int, int] | None = None
    """For a JSON Lines shard: the 0-based [start, stop) range of lines."""
    resumable: bool = True
    """False for standard input, which cannot be read twice."""

    @property
    def expected_items(self) -> int | None:
        """About how many input items the shard holds (for progress): its lines, or its files;
        None when only reading tells (a WARC file, standard input)."""
        if self.lines is not None:
            return self.lines[1] - self.lines[0]
        if not self.resumable or self.paths[0].lower().endswith(WHOLE_FILE_SHARDS):
            return None
        return len(self.paths)

    def pages(
        self, *, max_bytes: int, published: str | None, url: str | None
    ) -> Iterator[RawPage | Dropped]:
        if self.lines is not None:
            start, stop = self.lines
            yield from read_jsonl_lines(
                self.paths[0], start, stop, max_bytes=max_bytes, published=published
            )
        else:
            yield from read_inputs(self.paths, max_bytes=max_bytes, published=published, url=url)


def make_shards(
    inputs: Iterable[str],
    *,
    jsonl_lines: int = JSONL_LINES_PER_SHARD,
    files_per_shard: int = FILES_PER_SHARD,
) -> tuple[list[Shard], list[Dropped]]:
    """Shards covering every input, in input order, and the inputs that do not exist."""
    shards: list[Shard] = []
    missing: list[Dropped] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            shards.append(_shard(tuple(group), None))
            group.clear()

    for name in iter_input_files(inputs):
        if isinstance(name, Dropped):
            missing.append(name)
            continue
        if name == STDIN_NAME:
            flush()
            shards.append(Shard("stdin", "standard input", (name,), resumable=False))
            continue
        lower = name.lower()
        if lower.endswith(JSONL_SUFFIXES) and not lower.endswith(".gz"):
            flush()
            total = _count_lines(name)
            for start in range(0, max(total, 1), jsonl_lines):
                shards.append(_shard((name,), (start, min(start + jsonl_lines, max(total, 1)))))
        elif lower.endswith(WHOLE_FILE_SHARDS):
            flush()
            shards.append(_shard((name,), None))
        else:
            group.append(name)
            if len(group) >= files_per_shard:
                flush()
    flush()
    return shards, missing


def _shard(paths: tuple[str, ...], lines: tuple[int, int] | None) -> Shard:
    digest = hashlib.sha1()
    for path in paths:
        stat = os.stat(path)
        digest.update(f"{Path(path).resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    if lines is not None:
        digest.update(f"lines {lines[0]}-{lines[1]}".encode())
    description = paths[0] if len(paths) == 1 else f"{paths[0]} and {len(paths) - 1} more files"
    if lines is not None:
        description += f" lines {lines[0] + 1}-{lines[1]}"
    return Shard(digest.hexdigest()[:32], description, paths, lines)


def _count_lines(path: str) -> int:
    """Lines in a file, a last line without its newline included."""
    count, last = 0, b"\n"
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")
