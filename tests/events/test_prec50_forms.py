"""Events asserted where none happened (issue 15 precision, prec50):

- a verb in the bare form opening a sentence with no subject ("Hack the lamb into chunks",
  "Shoot for a soft crumb") tells the reader what to do, and so does what hangs in its clause;
- a verb of holding ground or power in the simple present of running text ("the junta governs
  by decree", "the rebels occupy most of the hills") tells a standing state, no act;
- a rate of time ("each year", "every month") on the clause, on the verb a complement hangs on or
  on a verb joined with no subject of its own, tells how often: a statistic.

The same words with a subject or a finite clause of their own, a past act, a headline's
present, or a rate told in another clause stay events. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline, has_asserted


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hack the lamb shoulder into chunks with a sharp cleaver.", "COERCE"),
        ("Shoot for a soft, springy crumb by resting the dough overnight.", "ASSAULT"),
        ("Fire up the barbecue and let the charcoal burn until it glows.", "ASSAULT"),
        ("Charge the flash fully, or set a timer for the group shots.", "ASSAULT"),
    ],
)  # fmt: skip
def test_instruction_is_hypothetical(code: Code, text: str, kind: str) -> None:
    """A bare verb opening its sentence, read as a page's own line (as a recipe's step stands),
    tells what to do: the event is `hypothetical`, never asserted."""
    events = code(text)
    assert not has_asserted(events, kind), text
    assert any(e.type == kind and e.modality == "hypothetical" for e in events), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a verb of holding in the simple present of running text
        ("The insurgents control most of the river valley and tax the farmers there.", "COOPERATE"),
        ("The junta governs the country by decree.", "COOPERATE"),
        ("The rebels occupy most of the northern hills.", "ASSAULT"),
        # a rate of time on the clause
        ("Landmines kill or maim hundreds of farmers in the province every year.", "ASSAULT"),
        ("Snakebites kill thousands of herders in the region every year.", "ASSAULT"),
        ("Police in the state arrest about 300 drivers every month for drink driving.", "COERCE"),
    ],
)  # fmt: skip
def test_not_asserted(code: Code, text: str, kind: str) -> None:
    assert not asserted_below_headline(code, text, kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a subject, or a finite clause of its own under a bare verb
        ("Gunmen shot two guards outside the bank on Tuesday.", "ASSAULT"),
        ("Remember that gunmen attacked the village on Sunday and killed five farmers.", "ASSAULT"),
        ("Troops torched the market on Friday.", "ASSAULT"),
        # a past act of taking or holding
        ("Rebels seized control of the river port on Sunday.", "ASSAULT"),
        ("Students occupied the ministry's lobby on Monday.", "PROTEST"),  # a sit-in (prec51)
        # a rate told in another clause, or none
        ("The militia attacked the convoy on Tuesday, as it does every month.", "ASSAULT"),
        ("Rebels attacked the village and killed five people on Friday.", "ASSAULT"),
    ],
)  # fmt: skip
def test_same_words_still_an_event(code: Code, text: str, kind: str) -> None:
    assert asserted_below_headline(code, text, kind), text


def test_headline_present_of_holding_is_an_event(code: Code) -> None:
    """A headline tells news in the present: "Protesters occupy parliament" is an act."""
    assert has_asserted(code("Protesters occupy parliament"), "PROTEST")
