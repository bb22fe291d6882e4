"""Writing merged events as a table, JSON Lines, CSV (ACLED-style columns) or GeoJSON."""

from __future__ import annotations

import csv
import json
import os
import shutil
from typing import Any, TextIO

from .links import web_link

CSV_COLUMNS = (
    "event_id",
    "event_date",
    "date_precision",
    "plover_type",
    "plover_mode",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor1_country",
    "actor1_sector",
    "actor2",
    "actor2_country",
    "actor2_sector",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "injuries",
    "modality",
    "main",
    "implausible_counts",
    "learned",
    "num_sources",
    "num_articles",
    "first_reported",
    "notes",
    "source_urls",
)


def csv_row(e: dict[str, Any]) -> dict[str, Any]:
    actor = (e.get("actor") or [{}])[0]
    recipient = (e.get("recipient") or [{}])[0]
    loc = e.get("location") or {}
    return {
        "event_id": e["id"],
        "event_date": e.get("date"),
        "date_precision": e.get("date_precision"),
        "plover_type": e.get("type"),
        "plover_mode": e.get("mode"),
        "event_type": e.get("acled_event_type"),
        "sub_event_type": e.get("acled_sub_event_type"),
        "actor1": actor.get("name"),
        "actor1_country": actor.get("country"),
        "actor1_sector": actor.get("sector"),
        "actor2": recipient.get("name"),
        "actor2_country": recipient.get("country"),
        "actor2_sector": recipient.get("sector"),
        "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "location": loc.get("name"),
        "latitude": loc.get("lat"),
        "longitude": loc.get("lon"),
        "geo_precision": "inferred" if loc.get("inferred") else loc.get("feature"),
        "fatalities": e.get("fatalities"),
        "injuries": e.get("injuries"),
        "modality": e.get("modality"),
        "main": bool(e.get("main")),
        "implausible_counts": bool(e.get("implausible_counts")),
        # read by the models where the rules read no event (`Event.learned`)
        "learned": bool(e.get("learned")),
        "num_sources": e.get("num_sources"),
        "num_articles": e.get("num_articles"),
        "first_reported": e.get("first_reported"),
        "notes": (e.get("evidence") or {}).get("sentence"),
        "source_urls": source_urls(e),
    }


def source_urls(e: dict[str, Any]) -> str:
    """The URLs of an event's reports, space-separated.

    Spreadsheets turn URLs into links: only http(s) ones go here, else the document id.
    """
    return " ".join(web_link(s.get("url")) or s.get("document_id") for s in e.get("sources", []))


def geojson(events: list[dict[str, Any]]) -> dict[str, Any]:
    features = []
    for e in events:
        loc = e.get("location") or {}
        geometry = (
            {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
            if loc.get("lat") is not None and loc.get("lon") is not None and not loc.get("inferred")
            else None  # no point for a place only inferred from the article: its country is known
        )
        features.append({"type": "Feature", "id": e["id"], "geometry": geometry, "properties": e})
    return {"type": "FeatureCollection", "features": features}


def write(events: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        for e in events:
            out.write(json.dumps(e, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for e in events:
            writer.writerow(csv_row(e))
    elif fmt == "geojson":
        json.dump(geojson(events), out, ensure_ascii=False)
        out.write("\n")
    else:
        write_table(events, out)


# The table's columns: name, least and most width. Listed in the order they are dropped when the
# terminal is too narrow for all of them (first the evidence); date and type are never dropped.
TABLE_COLUMNS = (
    ("evidence", 20, 80),
    ("recipient", 10, 24),
    ("ACLED", 10, 26),
    ("src", 3, 3),
    ("actor", 10, 24),
    ("killed", 6, 6),
    ("place", 10, 22),
    ("type", 9, 9),
    ("date", 10, 10),
)
TABLE_ORDER = ("date", "type", "ACLED", "actor", "recipient", "place", "killed", "src", "evidence")
UNDROPPABLE = {"date", "type"}


def table_columns(width: int) -> list[tuple[str, int, int]]:
    """The columns that fit in `width` characters (each costs its least width and 3 of border)."""
    kept = list(TABLE_COLUMNS)
    while sum(least + 3 for _, least, _ in kept) + 1 > width:
        droppable = [c for c in kept if c[0] not in UNDROPPABLE]
        if not droppable:
            break
        kept.remove(droppable[0])
    return sorted(kept, key=lambda c: TABLE_ORDER.index(c[0]))


def _table_width(out: TextIO) -> int:
    """A terminal's own width; for a pipe or a file, $COLUMNS or wide enough for every column."""
    if out.isatty():
        return shutil.get_terminal_size().columns
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        return 240


def write_table(events: list[dict[str, Any]], out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    width = _table_width(out)
    columns = table_columns(width)
    rows = [table_cells(e) for e in events]
    table = Table(title=f"{len(events)} events", show_lines=False)
    for name, fitted in fitted_widths(columns, rows, width).items():
        table.add_column(name, width=fitted, overflow="ellipsis", no_wrap=True)
    for cells in rows:
        table.add_row(*(cells[name] for name, _, _ in columns))
    Console(file=out, width=width).print(table)


def fitted_widths(
    columns: list[tuple[str, int, int]], rows: list[dict[str, str]], width: int
) -> dict[str, int]:
    """Each column's width: as wide as its longest cell (within its least and most), then the
    widest are narrowed one character at a time until the table fits in `width`. Set here
    because rich, when no-wrap columns overflow, narrows every column evenly below its least
    width (the date and type columns then vanish)."""
    from rich.cells import cell_len

    least = {name: low for name, low, _ in columns}
    fitted = {
        name: max(low, min(high, max([cell_len(name)] + [cell_len(r[name]) for r in rows])))
        for name, low, high in columns
    }
    excess = sum(w + 3 for w in fitted.values()) + 1 - width
    while excess > 0:
        slack = {name: w - least[name] for name, w in fitted.items() if w > least[name]}
        if not slack:
            break
        fitted[max(slack, key=lambda name: slack[name])] -= 1
        excess -= 1
    return fitted


def table_cells(e: dict[str, Any]) -> dict[str, str]:
    """A merged event's cells in a table, by column name (the terminal's and the dashboard's)."""
    loc = e.get("location") or {}
    return {
        "date": e.get("date") or "",
        "type": e.get("type") or "",
        "ACLED": e.get("acled_sub_event_type") or "",
        "actor": ", ".join(a["name"] for a in e.get("actor", [])),
        "recipient": ", ".join(a["name"] for a in e.get("recipient", [])),
        "place": ", ".join(x for x in (loc.get("name"), loc.get("country")) if x),
        "killed": "" if e.get("fatalities") is None else str(e["fatalities"]),
        "src": str(e.get("num_sources", "")),
        "evidence": " ".join(((e.get("evidence") or {}).get("sentence", "")).split()),
    }


LIST_COLUMNS = (
    "event_id",
    "date",
    "type",
    "acled_sub_event_type",
    "actor",
    "recipient",
    "place",
    "fatalities",
    "sources",
    "source_urls",
)
"""The dashboard list's columns, as its CSV export writes them (with the id and source URLs)."""


def list_row(e: dict[str, Any]) -> dict[str, str]:
    cells = table_cells(e)
    return {
        "event_id": e["id"],
        "date": cells["date"],
        "type": cells["type"],
        "acled_sub_event_type": cells["ACLED"],
        "actor": cells["actor"],
        "recipient": cells["recipient"],
        "place": cells["place"],
        "fatalities": cells["killed"],
        "sources": cells["src"],
        "source_urls": source_urls(e),
    }


def explain_text(e: dict[str, Any]) -> str:
    lines = [
        f"event {e['id']}: {e.get('type')} on {e.get('date')} ({e.get('date_precision')})",
        f"reported by {e.get('num_sources')} report(s) in {e.get('num_articles')} article(s); "
        f"first reported {e.get('first_reported')}",
    ]
    if e.get("fatalities_range"):
        lo, hi = e["fatalities_range"]
        lines.append(
            f"fatalities reported from {lo} to {hi}; value kept: {e.get('fatalities')} (latest report)"
        )
    lines.append("sources:")
    for s in e.get("sources", []):
        lines.append(
            f"  - {s['event_id']} in {s['document_id']} ({s.get('url') or 'no url'}, {s.get('published')})"
        )
        lines.append(f"    evidence: {s['evidence']['sentence']}")
    reasons = e.get("merge_reasons") or []
    lines.append("merged because:" if reasons else "single report: nothing merged")
    lines.extend(f"  - {r}" for r in reasons)
    return "\n".join(lines)
