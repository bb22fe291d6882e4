"""Derive the compact actor and agent tables in `events/data/` from the openly licensed dictionaries.

Run once by a maintainer (`python -m eventwire.events.derive --resources DIR`); the coder reads only
the derived TSV files, so nothing here runs in the pipeline. The sources are PETRARCH2's TABARI actor
dictionaries and the PLOVER agents file (both MIT, Open Event Data Alliance; see data/README.md).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

_CODE = re.compile(r"\[([A-Z~]{3,})\s*([^\]]*)\]")
_PREFIX_SECTORS = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS", "NGM": "NGO"}


def _clean(name: str) -> str:
    name = name.split("#", 1)[0].strip().strip("+").strip()
    name = name.replace("_", " ").strip()
    return re.sub(r"\s+", " ", name).lower()


def _blocks(path: Path) -> Iterator[tuple[list[str], list[tuple[str, str]]]]:
    """TABARI blocks: a head line, `+synonym` lines, and `[CODE dates]` lines."""
    names: list[str] = []
    codes: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        found = [(c, d.strip()) for c, d in _CODE.findall(stripped)]
        text = _CODE.sub("", stripped).strip()
        if stripped.startswith("["):
            codes.extend(found)
            continue
        if stripped.startswith("+"):
            if text.strip("+").strip():
                names.append(_clean(text))
            codes.extend(found)
            continue
        if names:
            yield names, codes
        names, codes = ([_clean(text)] if text else []), found
    if names:
        yield names, codes


def _pick(codes: list[tuple[str, str]]) -> str | None:
    """The current code: undated or open-ended (`>date`) wins, else the last listed."""
    for code, dates in reversed(codes):
        if not dates or dates.startswith(">"):
            return code
    return codes[-1][0] if codes else None


def _split(code: str, countries: set[str]) -> tuple[str | None, str | None]:
    if code[:3] in countries:
        rest = code[3:]
        return code[:3], (rest[:3] if rest else None)
    return None, _PREFIX_SECTORS.get(code[:3], code[:3])


def derive(resources: Path, out: Path) -> None:
    """Write actors.tsv (phrase, country, sector, name, kind) and agents.tsv (phrase, sector)."""
    pd = resources / "petrarch-dictionaries"
    countries_file = pd / "Phoenix.Countries.actors.txt"
    countries = {c for names, codes in _blocks(countries_file) for c, _ in codes if len(c) == 3}
    rows: dict[str, tuple[str, str, str, str]] = {}
    sources = [
        (countries_file, "country"),
        (pd / "Phoenix.MilNonState.actors.txt", "group"),
        (pd / "Phoenix.International.actors.txt", "intl"),
    ]
    for path, kind in sources:
        for names, codes in _blocks(path):
            code = _pick(codes)
            if not code or not names or code.startswith("~"):
                continue
            country, sector = _split(code, countries)
            this_kind = kind
            if kind == "country" and len(code) > 3:
                this_kind = "person" if codes and codes[0][1] else "group"
            canonical = names[0].title()
            for phrase in names:
                if len(phrase) < 2 or phrase in rows and rows[phrase][3] == "country":
                    continue
                rows[phrase] = (country or "", sector or "", canonical, this_kind)
    with (out / "actors.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# derived from PETRARCH2 Phoenix dictionaries (MIT, Open Event Data Alliance)\n")
        for phrase in sorted(rows):
            fh.write(phrase + "\t" + "\t".join(rows[phrase]) + "\n")
    agents: dict[str, str] = {}
    subs: dict[str, list[str]] = {}
    agents_file = resources / "cameo-agents" / "PLOVER_agents.txt"
    for raw in agents_file.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^(!\w+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [s.strip() for s in m.group(2).split(",")]
            continue
        m = re.match(r"^(\S+)\s*\[~(\w+)\]", line)
        if not m:
            continue
        term, sector = m.group(1), m.group(2)[:3]
        variants = [term]
        for key, values in subs.items():
            if key in term:
                variants = [term.replace(key, v) for v in values]
        for v in variants:
            agents.setdefault(_clean(v), sector)
    with (out / "agents.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# derived from PLOVER_agents.txt (MIT, Open Event Data Alliance)\n")
        for phrase in sorted(agents):
            fh.write(f"{phrase}\t{agents[phrase]}\n")


def _plover_map(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode) from the CAMEO2PLOVER table."""
    table: dict[str, tuple[str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0]
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([\w-]*))?", line)
        if m:
            table[m.group(1)] = (m.group(2), m.group(3) or "")
    return table


def _to_plover(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    code = code.split(":", 1)[0]
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def derive_verbs(resources: Path, out: Path) -> None:
    """Write verbs.tsv (lemma, [word], PLOVER type, mode) from PETRARCH2's CAMEO verb patterns."""
    table = _plover_map(resources / "plover" / "CAMEO2PLOVER-2021.txt")
    verbs_file = resources / "petrarch-dictionaries" / "CAMEO.2.0.txt"
    rows: dict[tuple[str, str], tuple[str, str]] = {}
    lemmas: list[str] = []
    block_code = ""
    in_verbs = False
    for raw in verbs_file.read_text(encoding="utf-8", errors="replace").splitlines():
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not in_verbs:
            continue
        line = raw.split("#", 1)[0].rstrip()
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if head:
            block_code = head.group(2).strip()
            lemmas = []
            continue
        if not line.strip():
            continue
        code_m = re.search(r"\[([^\]]+)\]", line)
        code = code_m.group(1).strip() if code_m else block_code
        if line.startswith("-"):
            pattern = re.sub(r"\[[^\]]*\]", "", line[1:]).split()
            if "*" not in pattern or code.startswith("-"):
                continue
            after = pattern[pattern.index("*") + 1 :]
            if not after:
                continue
            word = after[0].strip("{}()+$").lower()
            if not word.isalpha() or word.startswith("&"):
                continue
            plover = _to_plover(code, table)
            if plover:
                for lemma in lemmas:
                    rows.setdefault((lemma, word), plover)
            continue
        word = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", line).strip().lower()
        if not word or not re.fullmatch(r"[a-z_]+", word):
            continue
        word = word.replace("_", " ")
        lemmas.append(word)
        plover = _to_plover(code, table) if not code.startswith("-") else None
        if plover:
            rows.setdefault((word, ""), plover)
    with (out / "verbs.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            "# derived from PETRARCH2 CAMEO.2.0.txt verb patterns (MIT, Open Event Data Alliance)\n"
        )
        fh.write("# and the CAMEO-to-PLOVER table (CC BY-SA 4.0, Open Event Data Alliance)\n")
        for (lemma, word), (ptype, pmode) in sorted(rows.items()):
            fh.write(f"{lemma}\t{word}\t{ptype}\t{pmode}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--resources", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "data")
    args = parser.parse_args()
    derive(args.resources, args.out)
    derive_verbs(args.resources, args.out)


if __name__ == "__main__":
    main()
