"""Event words read in another sense in official statements and war reports (issue 15, prec28,
from the tune half of the bundled sample corpus): a past participle of banning that qualifies a
noun names a kind of thing, no ban ("banned nerve agents"); reinforcing an idea, a fear or a
view is no force readied ("the bombing reinforces fears of a wider war"); fighters "removed from
the battlefield" are killed or captured in a military euphemism, not deported. The forms that
report a ban, reinforcements or a removal stay asserted. All sentences written for these tests;
each text opens with a headline line, as an article does."""

from __future__ import annotations

import pytest

from .conftest import Code

HEADLINE = "A report from the region\n\n"


def _asserted(tagged: Code, sentence: str, kind: str) -> bool:
    text = HEADLINE + sentence
    return any(
        e.type == kind and e.modality == "asserted" and e.evidence.start >= len(HEADLINE)
        for e in tagged(text)
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a banned thing
        ("Inspectors found banned nerve agents in the depot.", "COERCE"),
        ("The president denounced the use of banned weapons against villagers.", "COERCE"),
        ("The athlete tested positive for a banned substance.", "COERCE"),
        ("Members of the banned opposition party met in secret.", "COERCE"),
        ("Customs officers found boxes of banned books at the border crossing.", "COERCE"),
        # an idea reinforced
        ("The bombing reinforces fears of a wider war in the region.", "MOBILIZE"),
        ("The attacks reinforced the view that the talks had failed.", "MOBILIZE"),
        ("Such killings reinforce the contempt the group has for civilians.", "MOBILIZE"),
        ("The minister said the visit reinforced the ties between the two nations.", "MOBILIZE"),
        ("The report reinforces concerns about the safety of the dam.", "MOBILIZE"),
        ("Her speech reinforced the message that violence will not be tolerated.", "MOBILIZE"),
    ],
)
def test_another_sense(tagged: Code, sentence: str, kind: str) -> None:
    assert not _asserted(tagged, sentence, kind), sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The government banned the opposition party on Monday.", "COERCE"),
        ("The interior ministry banned all rallies in the capital on Friday.", "COERCE"),
        ("Government forces reinforced the garrison in the northern town on Monday.", "MOBILIZE"),
        ("The army reinforced its positions around the city on Sunday.", "MOBILIZE"),
    ],
)
def test_the_event_sense_stays(tagged: Code, sentence: str, kind: str) -> None:
    assert _asserted(tagged, sentence, kind), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Air strikes removed about a dozen militants from the battlefield last week.",
        "Drone strikes removed several rebel commanders from the battlefield.",
    ],
)
def test_removed_from_the_battlefield_is_no_deportation(tagged: Code, sentence: str) -> None:
    assert not _asserted(tagged, sentence, "COERCE"), sentence
