"""Derive the event coder's dictionaries in `src/eventwire/lang/en/events/dictionaries/` from openly
licensed dictionaries.

A maintainer's script, not part of the runtime package: the coder reads only the derived TSV
files. Run from the repository root:

    .venv/bin/python scripts/derive_event_tables.py --resources ../shared/data/resources

Each output and the inputs it is derived from (paths under --resources; `INPUTS` names them):

- actors.tsv (phrase, country, sector, name, kind): PETRARCH2's TABARI actor dictionaries:
  countries, non-state armed groups, international actors (MIT, Open Event Data Alliance);
- agents.tsv (phrase, sector): the PLOVER agents file (MIT, Open Event Data Alliance);
- verbs.tsv (lemma, [word], PLOVER type, mode): PETRARCH2's CAMEO verb patterns (MIT) through the
  CAMEO-to-PLOVER table (CC BY-SA 4.0, Open Event Data Alliance).

`tests/events/test_derived_tables.py` regenerates all three and compares them byte for byte.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "eventwire" / "lang" / "en" / "events" / "dictionaries"
ACTOR_WORDS = REPO / "src" / "eventwire" / "lang" / "en" / "events" / "actors"
"""The word lists `body_kind` and `block_kinds` read (`body_heads.txt`, `name_head_preps.txt`,
`office_heads.txt`, `person_titles.txt`)."""

INPUTS = {
    "countries": "petrarch-dictionaries/Phoenix.Countries.actors.txt",
    "armed_groups": "petrarch-dictionaries/Phoenix.MilNonState.actors.txt",
    "international": "petrarch-dictionaries/Phoenix.International.actors.txt",
    "agents": "cameo-agents/PLOVER_agents.txt",
    "cameo_verbs": "petrarch-dictionaries/CAMEO.2.0.txt",
    "cameo_to_plover": "plover/CAMEO2PLOVER-2021.txt",
}
"""Every input, by name, as a path under the resources folder."""

_CODE = re.compile(r"\[([A-Z~]{3,}|-{3})\s*([^\]]*)\]")
NULL_CODE = "---"
"""TABARI's null code ("INDIAN_OCEAN [---]"): the phrase is coded as nothing. It closes its block
like any code (a name after it heads a block of its own, "LOK_SABHA" is no "Indian Ocean"), and
`_pick` never picks it."""
_PREFIX_SECTORS = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS", "NGM": "NGO"}
HOME_PREFIXES = frozenset({"MNC", "NGO"})
"""The prefixes whose next part, where it is a country's code, is the body's home: the state a
corporation or a non-governmental body is based in ("MNCUSA": a US company; "NGOGBRHRI": a
British human-rights group; the dictionary files them so, "BHP_BILLITON [MNCAUS]",
"AEGIS_TRUST [NGOGBRHRI]"). An IGO's or an IMG's next part is a region, a religion or a body
that shares letters with a state's code ("IGOCAFECA": Central Africa, not the Central African
Republic; "IMGMUSALQ": Muslim, not Mauritius), so gives no country."""
SECTOR_CODES = frozenset(
    {
        "GOV", "MIL", "REB", "COP", "JUD", "LEG", "PTY", "SPY", "CVL", "BUS", "NGO", "IGO",
        "MED", "EDU", "REL", "LAB", "ELI", "AGR", "CRM", "JRN", "REF", "SOC", "NON", "PRM",
        "PRE", "UAF", "OPP", "IMG",
    }
)  # fmt: skip
"""The CAMEO role codes a sector is read from (the coder's `SECTORS` and the codes its
`_SECTOR_MAP` renames): a code's other three-letter parts are regions ("INT", "MEA", "SAS"),
territories ("FRO", "PRI") or finer kinds ("UNO", "HRI"), no sector."""
_NAME_WORD = re.compile(r"[^\s\-]{3,}")


def _clean(name: str) -> str:
    name = name.split("#", 1)[0].strip().strip("+").strip()
    name = name.replace("_", " ").replace("]", " ").replace("[", " ").strip()
    return re.sub(r"\s+", " ", name).lower()


def _shares_word(phrase: str, names: list[str]) -> bool:
    """Whether `phrase` has a word of three letters or more that one of `names` has
    ("president yeltsin" and "boris yeltsin"; not "sarayat al-quds" and "jund al aqsa")."""
    words = set(_NAME_WORD.findall(phrase))
    return any(words & set(_NAME_WORD.findall(name)) for name in names)


def _blocks(path: Path) -> Iterator[tuple[list[str], list[tuple[str, str]]]]:
    """TABARI blocks: a head line, `+synonym` lines, and `[CODE dates]` lines. Heads with no
    code of their own, one under the other, share the codes that follow them: each is a block
    of its own unless it repeats a word of the head above it ("BORIS_YELTSIN_" then
    "PRESIDENT_YELTSIN": one person's names; "SARAYAT_AL-QUDS" then "JUND_AL_AQSA": two groups,
    each under its own name)."""
    group: list[list[str]] = []  # the heads (each with its synonyms) the next codes are for
    codes: list[tuple[str, str]] = []
    gap = False  # a blank line since the block's last line: a name after it heads a new block
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            gap = gap or not raw.strip()
            continue
        after_gap, gap = gap, False
        stripped = line.strip()
        found = [(c, d.strip()) for c, d in _CODE.findall(stripped)]
        text = _CODE.sub("", stripped).strip()
        if stripped.startswith("["):
            codes.extend(found)
            continue
        if stripped.startswith("+"):
            if text.strip("+").strip() and group:
                group[-1].append(_clean(text))
            elif text.strip("+").strip():
                group = [[_clean(text)]]
            codes.extend(found)
            continue
        if group and not codes and text and not after_gap:
            name = _clean(text)
            if _shares_word(name, group[-1]):
                # one more synonym of the head above ("BORIS_YELTSIN_" then
                # "PRESIDENT_BORIS_YELTSIN" ... then the codes)
                group[-1].append(name)
                codes.extend(found)
                continue
            if not found:
                # a head of its own that shares the codes below it
                group.append([name])
                continue
        for names in group:
            yield names, codes
        group, codes = ([[_clean(text)]] if text else []), found
    for names in group:
        yield names, codes


def _pick(codes: list[tuple[str, str]]) -> str | None:
    """The current code: undated or open-ended (`>date`) wins, else the last listed; the null
    code (`NULL_CODE`) is never picked."""
    codes = [(code, dates) for code, dates in codes if code != NULL_CODE]
    for code, dates in reversed(codes):
        if not dates or dates.startswith(">"):
            return code
    return codes[-1][0] if codes else None


def _date(text: str) -> int:
    """A TABARI date as YYYYMMDD: "110709" is 2011, "690824" 1969, "19830101" itself."""
    digits = text.strip()
    if len(digits) == 6 and digits.isdigit():
        year = int(digits[:2])
        return (2000 + year if year < 30 else 1900 + year) * 10000 + int(digits[2:])
    return int(digits) if len(digits) == 8 and digits.isdigit() else 0


def block_rank(codes: list[tuple[str, str]], country: str) -> tuple[bool, bool, int]:
    """How a block's reading of a phrase ranks against another block's reading of it with
    another country: a current code (undated or open-ended) first ("catherine ashton" of the
    EU's block, not her closed British post), then a reading with a country over one without
    ("al-qaeda in iraq" of Iraq's armed group, not of no state), then the latest date the
    block's codes start ("salva kiir" of South Sudan from 2011, not of Sudan from 2005). A tie
    keeps the first read (the countries file before the armed groups' and the international
    actors': "peoples liberation army" is China's, not a Turkish group's)."""
    picked = _pick(codes)
    dates = next((d for c, d in reversed(codes) if c == picked), "")
    current = not dates or dates.startswith(">")
    starts = [_date(d.lstrip(">").split("-", 1)[0]) for c, d in codes if d and d[0] != "<"]
    return current, bool(country), max(starts, default=0)


def _split(code: str, countries: set[str]) -> tuple[str | None, str | None]:
    """A code's country and sector: the country is its first part where that is a country's
    code; the sector is the first part after it that is a role (`SECTOR_CODES`), past a
    territory's or a region's ("DNKFROELI": DNK, ELI; "INTREB" and "MEAREB": no country, REB);
    a prefix of `_PREFIX_SECTORS` is its own sector ("IGOUNO": IGO), and of `HOME_PREFIXES`
    gives the country its next part names ("MNCUSAMED": USA, BUS; "NGOHRI": no country, NGO)."""
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    if parts[0] in countries:
        return parts[0], next((p for p in parts[1:] if p in SECTOR_CODES), None)
    if parts[0] in _PREFIX_SECTORS:
        home = parts[1] if len(parts) > 1 and parts[0] in HOME_PREFIXES else None
        return (home if home in countries else None), _PREFIX_SECTORS[parts[0]]
    return None, next((p for p in parts if p in SECTOR_CODES), None)


def _word_list(name: str) -> frozenset[str]:
    lines = (ACTOR_WORDS / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def name_head(phrase: str, preps: frozenset[str]) -> str:
    """A phrase's head word: its last before the first of `preps` ("islamic state of iraq":
    "state"), else its last."""
    words = phrase.split()
    for i, word in enumerate(words[1:], 1):
        if word in preps:
            return words[i - 1]
    return words[-1] if words else ""


def body_kind(phrase: str, kind: str, heads: frozenset[str], preps: frozenset[str]) -> str:
    """ "person" read "group" where the phrase's head names a body (`body_heads.txt`): a dated
    PETRARCH2 block comes out as a person's, its group aliases too ("the islamic state of iraq
    and the levant" beside its leaders' names). (qa34)"""
    if kind == "person" and name_head(phrase, preps) in heads:
        return "group"
    return kind


def block_kinds(names: list[str], kind: str, words: dict[str, frozenset[str]]) -> dict[str, str]:
    """The kind of each phrase of a block read as a group's (`kind` "group"), where it names
    an office or a person: a phrase headed by an office's word (`office_heads.txt`: "us
    *president*", "white house *spokesman*") is an "office"; a title and a name whose head is
    no body's ("commander khattab", "mr assad"; `person_titles.txt`) is a "person", and so is
    every phrase of the block that ends in that name ("al assad", "bashar al-assad"). Other
    phrases keep `kind`. (qa35)"""
    preps, heads = words["name_head_preps.txt"], words["body_heads.txt"]
    if kind != "group":
        return {}
    titles, offices = words["person_titles.txt"], words["office_heads.txt"]
    surnames = set()
    for phrase in names:
        parts = phrase.split()
        if len(parts) > 1 and parts[0] in titles and name_head(phrase, preps) not in heads:
            surnames.add(_last_name(phrase))
    kinds = {}
    for phrase in names:
        head = name_head(phrase, preps)
        if head in heads:
            continue
        if surnames and _last_name(phrase) in surnames:
            kinds[phrase] = "person"
        elif head in offices:
            kinds[phrase] = "office"
    return kinds


def _last_name(phrase: str) -> str:
    """The last word of a phrase, past a hyphen ("bashar al-assad": "assad")."""
    return phrase.split()[-1].split("-")[-1] if phrase.split() else ""


def derive_actors(countries_file: Path, armed_groups: Path, international: Path, out: Path) -> None:
    """Write actors.tsv (phrase, country, sector, name, kind)."""
    heads, preps = _word_list("body_heads.txt"), _word_list("name_head_preps.txt")
    words = {
        name: _word_list(name)
        for name in (
            "body_heads.txt",
            "name_head_preps.txt",
            "office_heads.txt",
            "person_titles.txt",
        )
    }
    countries = {c for names, codes in _blocks(countries_file) for c, _ in codes if len(c) == 3}
    rows: dict[str, tuple[str, str, str, str]] = {}
    ranks: dict[str, tuple[bool, bool, int]] = {}
    sources = [
        (countries_file, "country"),
        (armed_groups, "group"),
        (international, "intl"),
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
                if this_kind == "group" and country and sector is None:
                    # a territory's code, a state's and the territory's with no role
                    # ("DNKFRO", "PSEGZA", "USAPRI"): a place of that state, as its country's
                    # names are, not a body named "Gaza Strip" whose words hold no place
                    this_kind = "country"
            canonical = names[0].title()
            kinds = block_kinds(names, this_kind, words)
            rank = block_rank(codes, country or "")
            for phrase in names:
                if len(phrase) < 2 or phrase in rows and rows[phrase][3] == "country":
                    continue
                if phrase in rows and rows[phrase][0] != (country or ""):
                    # a phrase two blocks give two countries: the better ranked block's
                    if rank <= ranks[phrase]:
                        continue
                own_kind = kinds.get(phrase) or body_kind(phrase, this_kind, heads, preps)
                rows[phrase] = (country or "", sector or "", canonical, own_kind)
                ranks[phrase] = rank
    for phrase, (country, sector, name, kind) in list(rows.items()):
        head = rows.get(name.lower())
        if head and head[2] == name and head[0] != country and "country" not in (kind, head[3]):
            # a block whose head lost to a better ranked block of the same name (two files
            # list "al-gama'a al-islamiyya"): its other phrases name the same actor, of the
            # winner's country
            rows[phrase] = (head[0], sector, name, kind)
    with (out / "actors.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# derived from PETRARCH2 Phoenix dictionaries (MIT, Open Event Data Alliance)\n")
        fh.write("phrase\tcountry\tsector\tname\tkind\n")
        for phrase in sorted(rows):
            fh.write(phrase + "\t" + "\t".join(rows[phrase]) + "\n")


def derive_agents(agents_file: Path, out: Path) -> None:
    """Write agents.tsv (phrase, sector)."""
    agents: dict[str, str] = {}
    subs: dict[str, list[str]] = {}
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
        fh.write("phrase\tsector\n")
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


def derive_verbs(verbs_file: Path, cameo_to_plover: Path, out: Path) -> None:
    """Write verbs.tsv (lemma, [word], PLOVER type, mode) from PETRARCH2's CAMEO verb patterns."""
    table = _plover_map(cameo_to_plover)
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
        fh.write("lemma\tword\ttype\tmode\n")
        for (lemma, word), (ptype, pmode) in sorted(rows.items()):
            fh.write(f"{lemma}\t{word}\t{ptype}\t{pmode}\n")


def derive_all(resources: Path, out: Path) -> None:
    """Write actors.tsv, agents.tsv and verbs.tsv into `out` from the inputs under `resources`."""
    path = {name: resources / relative for name, relative in INPUTS.items()}
    derive_actors(path["countries"], path["armed_groups"], path["international"], out)
    derive_agents(path["agents"], out)
    derive_verbs(path["cameo_verbs"], path["cameo_to_plover"], out)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--resources", type=Path, required=True, help="the folder holding the INPUTS"
    )
    parser.add_argument("--out", type=Path, default=OUT, help=f"default: {OUT}")
    args = parser.parse_args()
    derive_all(args.resources, args.out)


if __name__ == "__main__":
    main()
