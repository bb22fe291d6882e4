"""A second blind set of casualty passages (gvc42, issue 15).

`gvc42_blind_cases.tsv` holds 179 short passages of our own in the register of US local crime
reports (none from a development set), written with the killed and injured figures a careful
reader gives the main incident (docs/CODEBOOK.md section 7) before the coder was run on them:
second and third victims, "treated for", "non-life-threatening", "expected to survive", "two
others were hurt", "was also struck", grazes, conditions, lists with ages, "One died and the
other is in serious condition", groups shot or stabbed, murder-suicides told in a relative
clause, victims who walked into a hospital. The test reports the share of passages whose main
event carries both figures and gates it at the share reached.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .conftest import Code
from .test_gvc41_blind import load_cases, main_counts

CASES = Path(__file__).with_name("gvc42_blind_cases.tsv")

GATE = 0.89
"""The share of passages with both figures right, as reached (156 of 179 with gvc42; main gave
149 of 179 with this coder, 148 through the whole pipeline; 161 of 179 with gvc43): raise it,
never lower it."""


def test_set_is_large_and_labelled() -> None:
    rows = load_cases(CASES)
    assert len(rows) >= 150
    assert len({text for *_, text in rows}) == len(rows)


def test_blind_accuracy(tagged: Code) -> None:
    rows = load_cases(CASES)
    wrong: Counter[str] = Counter()
    for killed, injured, form, text in rows:
        if main_counts(tagged, text) != (killed, injured):
            wrong[form] += 1
    right = len(rows) - sum(wrong.values())
    share = right / len(rows)
    print(f"gvc42 blind set: {right}/{len(rows)} = {share:.3f}; wrong by form: {dict(wrong)}")
    assert share >= GATE
