"""A third blind set of casualty passages (gvc43, issue 15).

`gvc43_blind_cases.tsv` holds 130 short passages of our own in the register of US local crime
reports (none from a development set), written with the killed and injured figures a careful
reader gives the main incident (docs/CODEBOOK.md section 7) before the coder was run on them:
follow-up reports ("has since died", "remains in critical condition", "was released from the
hospital"), victims listed with ages and conditions, "a third person", "both", "all four",
"neither", "the other two", people hurt in the same incident but not by gunfire (trampled, cut
by glass: not counted, as the Gun Violence Archive counts), officers and suspects hurt, numbers
in words and digits, "at least", "up to", "several", "a number of", co-workers as victims, groups
stabbed, "fired at a car, wounding the driver", reduced relatives ("the boy shot on Monday is
recovering"). The test reports the share of passages whose main event carries both figures and
gates it at the share reached.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .conftest import Code
from .test_gvc41_blind import load_cases, main_counts

CASES = Path(__file__).with_name("gvc43_blind_cases.tsv")

GATE = 0.74
"""The share of passages with both figures right, as reached (97 of 130 with gvc43; main gave
83 of 130 with this coder, as found): raise it, never lower it."""


def test_set_is_large_and_labelled() -> None:
    rows = load_cases(CASES)
    assert len(rows) >= 120
    assert len({text for *_, text in rows}) == len(rows)


def test_blind_accuracy(tagged: Code) -> None:
    rows = load_cases(CASES)
    wrong: Counter[str] = Counter()
    for killed, injured, form, text in rows:
        if main_counts(tagged, text) != (killed, injured):
            wrong[form] += 1
    right = len(rows) - sum(wrong.values())
    share = right / len(rows)
    print(f"gvc43 blind set: {right}/{len(rows)} = {share:.3f}; wrong by form: {dict(wrong)}")
    assert share >= GATE
