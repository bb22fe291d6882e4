"""Issue 15 precision, prec48: figures of speech read as events. Each form has sentences where
the false event is gone and sentences of the same shape where the real event is kept. All
sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline

# "Explode" / "blow up" with no object, said of a thing that is no weapon, device, vehicle,
# building or vessel, is a sudden rise or an outburst, no attack.


@pytest.mark.parametrize(
    "text",
    [
        "The singer's second record exploded onto the charts last spring.",
        "The bribery affair has exploded into a full political crisis.",
        "The home terraces exploded when the late equaliser went in.",
        "Her online video blew up over the weekend.",
    ],
)
def test_figurative_burst_not_assault(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded outside the police station, killing three officers.",
        "A roadside bomb blew up near the convoy on Tuesday.",
        "An explosive device exploded under a patrol car, killing two officers.",
        "A parcel exploded in the sorting office, injuring a clerk.",
        # no one harmed: any thing that is no figure of speech may be a weapon (lead, after prec48)
        "A suspicious package exploded outside the consulate early on Sunday.",
        "Unexploded ordnance blew up at a farm near the front line on Monday.",
        "A booby trap exploded on a path used by the patrol.",
        "Dynamite exploded beside the pipeline late at night.",
        "A mortar round exploded in a residential street on Friday.",
        "A firecracker exploded outside the councillor's front door.",
    ],
)
def test_blast_still_assault(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ASSAULT"), text
