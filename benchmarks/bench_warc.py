"""WARC reading speed: pages per second from a generated CC-NEWS-shaped WARC.gz.

The crawl is synthetic (written here with warcio: per page a request, an HTML response of
realistic size, and a metadata record, one gzip member per record, as Common Crawl writes them),
so the figure measures the reader alone, not extraction. Run:

    .venv/bin/python benchmarks/bench_warc.py [--records 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import shlex
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.readers.warc import read_warc
from eventwire.records import RawPage

RESULTS = Path(__file__).resolve().parent / "results" / "warc.md"
WORDS = (
    "the minister said on tuesday that protesters gathered near the parliament while police "
    "officials reported clashes in the capital and the government announced new talks"
).split()


def _page(rng: random.Random, size: int) -> bytes:
    """An HTML page of about `size` bytes of varied words (so gzip does not make it trivial)."""
    paras = []
    total = 0
    while total < size:
        para = " ".join(rng.choice(WORDS) for _ in range(60))
        paras.append(f"<p>{para}.</p>")
        total += len(para) + 8
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story</title></head><body>"
        + "".join(paras)
        + "</body></html>"
    ).encode()


def write_crawl(path: Path, records: int, seed: int = 7) -> int:
    """Write `records` HTML responses (plus request and metadata records); return file size."""
    rng = random.Random(seed)
    pool = [_page(rng, rng.randint(15_000, 80_000)) for _ in range(40)]
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(records):
            url = f"https://news{i % 50}.example/2020/09/27/story-{i}"
            req = StatusAndHeaders(
                f"GET /story-{i} HTTP/1.1", [("Host", "x")], is_http_request=True
            )
            writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
            body = pool[i % len(pool)].replace(b"<title>Story", f"<title>Story {i}".encode(), 1)
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=UTF-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=http
                )
            )
            writer.write_record(
                writer.create_warc_record(url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 9\n"))
            )
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2000, help="HTML responses to generate")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best is kept")
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "data",
        help="unused (the crawl is generated); accepted for symmetry with other benchmarks",
    )
    args = parser.parse_args(argv)
    command = ".venv/bin/python benchmarks/bench_warc.py " + shlex.join(
        argv if argv is not None else sys.argv[1:]
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.warc.gz"
        t0 = time.perf_counter()
        size = write_crawl(path, args.records)
        write_s = time.perf_counter() - t0
        best = float("inf")
        pages = 0
        payload = 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            pages = payload = 0
            for item in read_warc(path, max_bytes=10 * 1024 * 1024):
                if isinstance(item, RawPage):
                    pages += 1
                    payload += len(item.content)
            best = min(best, time.perf_counter() - t0)
    rate = pages / best
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mib = payload / 2**20
    lines = [
        "## WARC reading",
        "",
        f"Command: `{command.strip()}`",
        "",
        f"Synthetic CC-NEWS-shaped WARC.gz: {args.records:,} HTML responses (plus a request and a"
        f" metadata record each), {size / 2**20:.1f} MiB compressed, {mib:.1f} MiB of HTML"
        f" (written in {write_s:.1f} s).",
        "",
        "| pages read | best of | seconds | pages/s | HTML MiB/s |",
        "|---:|---:|---:|---:|---:|",
        f"| {pages:,} | {args.repeat} | {best:.2f} | {rate:,.0f} | {mib / best:.1f} |",
        "",
        f"Streamed record by record: peak RSS of the whole process {peak_mib:.0f} MiB for a"
        f" {size / 2**20:.0f} MiB file. Decompression and record parsing are warcio's;"
        " one process, one core.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    return 0 if pages == args.records else 1


if __name__ == "__main__":
    raise SystemExit(main())
