"""Blind sets of casualty passages of our own (issue 15), each gated at the share reached.

Each TSV holds short local-crime passages (none from a development set), written with the killed
and injured figures a careful reader gives the main incident under the codebook's conventions
(docs/CODEBOOK.md section 7) before the coder was run on them. The test reports the share of
passages whose main event carries both figures; a gate is raised as a set is mended, never lowered.

- `gvc41_blind_cases.tsv` (gvc41): a vague group is an unknown count, read as 0; a killer who
  took their own life is one of the dead; people hurt in a crash after the shooting, victims of
  other incidents told as background and victims told again are not counted. As reached: 162 of
  180 with gvc41 (main gave 154 through the whole pipeline), 166 with gvc43.
- `gvc42_blind_cases.tsv` (gvc42): second and third victims, "treated for",
  "non-life-threatening", "expected to survive", "was also struck", grazes, conditions, lists
  with ages, "One died and the other is in serious condition", groups shot or stabbed,
  murder-suicides told in a relative clause, victims who walked into a hospital. As reached: 156
  of 179 with gvc42 (main gave 149), 161 with gvc43, 162 with gvc44.
- `gvc43_blind_cases.tsv` (gvc43): follow-up reports ("has since died", "remains in critical
  condition"), "a third person", "both", "all four", "neither", "the other two", people hurt in
  the same incident but not by gunfire (not counted, as the Gun Violence Archive counts),
  officers and suspects hurt, numbers in words and digits, "at least", "up to", "several",
  co-workers as victims, groups stabbed, reduced relatives ("the boy shot on Monday is
  recovering"). As reached: 97 of 130 with gvc43 (main gave 83), 99 with gvc44.
- `gvc44_blind_cases.tsv` (gvc44): "X others were treated for", grazes, "non-life-threatening",
  "listed in stable condition", victims who took themselves, walked or later arrived at a
  hospital, vague groups ("several people were hurt": unknown, 0), "four people, including a
  child", ages in a list, victims told over two sentences, officers and suspects shot, people
  hurt in the incident but not by gunfire (not counted), "all of them died" / "neither
  survived", "5 people were shot, 2 fatally, on Sunday", kin told unhurt. As found: 110 of 138
  on main, 119 with gvc44.
- `gvc45_blind_cases.tsv` (counts55): a second victim told by a participle ("leaving two
  others wounded", "a woman, shot in the arm, was taken to"), "hit in his lower back in a
  shooting", "clinging to life" after a reduced relative, ages over two sentences, a headline
  above a blank line whose count differs from the body's (the body is right), "a third person",
  "both men", "the pair", "one of the victims later died", "none fatally", a child among the
  hurt, a shooter killed by police (counted), "self-inflicted", "double/triple shooting",
  tolls told risen. As found: 72 of 128 on main (78 once headlines sat above a blank line, as
  the pipeline joins a title), 91 with counts55.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from .conftest import Code

DATA = Path(__file__).parent

SETS = {
    # file: (gate, at least this many passages)
    "gvc41_blind_cases.tsv": (0.92, 150),
    "gvc42_blind_cases.tsv": (0.90, 150),
    "gvc43_blind_cases.tsv": (0.76, 120),
    "gvc44_blind_cases.tsv": (0.86, 120),
    "gvc45_blind_cases.tsv": (0.71, 120),
}


def load_cases(path: Path) -> list[tuple[int, int, str, str]]:
    """The (killed, injured, form, text) rows of a blind set's TSV; a `\\n` in a text is a line
    break (a headline above its body)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        killed, injured, form, text = line.split("\t")
        rows.append((int(killed), int(injured), form, text.replace("\\n", "\n")))
    return rows


def main_counts(run: Code, text: str) -> tuple[int, int]:
    """The main event's (killed, injured), an unknown count or no main event read as 0, as
    `benchmarks/bench_incidents.py` scores them."""
    main = next((e for e in run(text) if e.main), None)
    if main is None:
        return 0, 0
    return main.fatalities or 0, main.injuries or 0


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_large_and_labelled(name: str) -> None:
    rows = load_cases(DATA / name)
    assert len(rows) >= SETS[name][1]
    assert len({text for *_, text in rows}) == len(rows)


@pytest.mark.parametrize("name", sorted(SETS))
def test_blind_accuracy(tagged: Code, name: str) -> None:
    rows = load_cases(DATA / name)
    wrong: Counter[str] = Counter()
    for killed, injured, form, text in rows:
        if main_counts(tagged, text) != (killed, injured):
            wrong[form] += 1
    right = len(rows) - sum(wrong.values())
    share = right / len(rows)
    print(f"{name}: {right}/{len(rows)} = {share:.3f}; wrong by form: {dict(wrong)}")
    assert share >= SETS[name][0]
