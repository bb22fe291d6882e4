"""False events and wrong readings of the last stop's leads (issue 15 precision, prec55), each a
form of English tested both ways: an adjective of resolve after a present copula, told by the
narrator ("is committed to closing the camp"), is a stance, no agreement made (a speaker's
statement of it is one); a verb of closing whose subject is an event
("a strike by teachers shut schools", "the fighting closed the road") tells the event's effect, no
sanction or closure by a party; a light verb's object that names a verbal act ("issued an appeal
to donors", "gave a warning to residents") is the act, the one it is addressed to the recipient;
the act in the clause of a word of alleging ("Amnesty alleged that guards had beaten prisoners")
is the alleger's claim, the allegation the news; an approval given to a deal of commerce ("gave
their approval to the merger", "approved the takeover") is a licence, no SUPPORT, while an
approval of a budget or a plan stays one, read the same whether told by the verb or the light
noun; a day after "until" told by a relative clause in an irregular past the tagger takes for a
present ("until Saturday, when troops retook it") lies behind. All sentences written for these
tests."""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, asserted_types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a stance of resolve
        ("The government is committed to closing the camp by the end of the year.", "AGREE"),
        ("The new mayor is committed to removing the barricades from the square.", "AGREE"),
        ("Both parties are committed to resolving the dispute through talks.", "AGREE"),
        ("Donors are committed to rebuilding the bridge after the floods.", "AGREE"),
        ("The union is committed to winning back the lost jobs.", "AGREE"),
        # a place closed by an event
        ("A strike by teachers shut schools across the region on Monday.", "SANCTION"),
        ("A strike by miners closed the country's biggest copper mine on Tuesday.", "SANCTION"),
        ("A walkout by nurses closed two wards at the central hospital.", "SANCTION"),
        ("The fighting closed the road to the airport on Sunday.", "COERCE"),
        ("Clashes shut the border crossing for several hours on Friday.", "SANCTION"),
        # an alleged act
        ("Amnesty alleged that guards had beaten prisoners at the jail.", "ASSAULT"),
        ("It was alleged that soldiers had killed civilians in the village.", "ASSAULT"),
        ("Activists alleged that police had tortured detainees during questioning.", "ASSAULT"),
        ("The opposition alleges that troops shelled homes near the border.", "ASSAULT"),
        ("The report repeated allegations that police had tortured detainees.", "ASSAULT"),
        ("The family alleged that officers had beaten their son in custody.", "ASSAULT"),
        # an approval of a deal of commerce
        ("Regulators gave their approval to the merger on Tuesday.", "SUPPORT"),
        ("Regulators approved the merger on Tuesday.", "SUPPORT"),
        ("The board approved the takeover of the airline.", "SUPPORT"),
        ("Shareholders gave their approval to the buyout on Friday.", "SUPPORT"),
        ("The competition authority approved the acquisition of the chain.", "SUPPORT"),
    ],
)
def test_no_asserted_event(tagged: Code, text: str, kind: str) -> None:
    assert kind not in asserted_types(tagged, text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a pledge made
        ("The government committed itself on Monday to closing the camp.", "AGREE"),
        ("The rebels committed to a ceasefire at talks in Geneva on Tuesday.", "AGREE"),
        ("The minister pledged on Tuesday to reopen the schools in the north.", "AGREE"),
        ("The donors promised on Friday to rebuild the bridge.", "AGREE"),
        ("The two sides agreed on Monday to close the camp by March.", "AGREE"),
        # a resolve a side's speaker states
        (
            "The chancellor will work with whoever wins the vote and is committed to keeping "
            "close ties, her spokeswoman said.",
            "AGREE",
        ),
        ("The minister said the government is committed to closing the camp.", "AGREE"),
        ("The army is committed to the truce, a military spokesman said on Monday.", "AGREE"),
        # the strike is the event; a place closed by a party
        ("A strike by teachers shut schools across the region on Monday.", "PROTEST"),
        ("A strike by miners closed the country's biggest copper mine on Tuesday.", "PROTEST"),
        ("The government shut schools across the region on Monday.", "SANCTION"),
        ("Authorities closed the mine on Tuesday after the accident.", "SANCTION"),
        ("The army closed the road to the airport on Sunday.", "COERCE"),
        ("Police shut the border crossing on Friday.", "SANCTION"),
        ("The governor closed the main square to traffic on Saturday.", "COERCE"),
        # the allegation made, and the act told as done
        ("Amnesty alleged that guards had beaten prisoners at the jail.", "ACCUSE"),
        ("Activists alleged that police had tortured detainees during questioning.", "ACCUSE"),
        ("Amnesty said guards had beaten prisoners at the jail.", "ASSAULT"),
        ("Guards beat prisoners at the jail on Monday, witnesses said.", "ASSAULT"),
        ("Police tortured detainees during questioning, the court found.", "ASSAULT"),
        ("Troops shelled homes near the border overnight, residents said.", "ASSAULT"),
        # an approval of a budget, a plan, or a deal a government is party to
        ("Parliament gave its approval to the budget on Thursday.", "SUPPORT"),
        ("Parliament approved the budget on Thursday.", "SUPPORT"),
        ("The cabinet approved the peace plan on Monday.", "SUPPORT"),
        ("The government approved the takeover of the airline on Monday.", "SUPPORT"),
        ("The council gave its backing to the ceasefire plan.", "SUPPORT"),
    ],
)
def test_the_event_stays(tagged: Code, text: str, kind: str) -> None:
    assert kind in asserted_types(tagged, text), text


def _recipients(tagged: Code, text: str, kind: str) -> list[str]:
    """The recipients' texts of the asserted event of type `kind` that `text` tells."""
    return [
        r.text.lower()
        for e in tagged(HEADLINE + text)
        if e.type == kind and e.modality == "asserted" and e.evidence.start >= len(HEADLINE)
        for r in e.recipient
    ]


@pytest.mark.parametrize(
    ("text", "kind", "recipient"),
    [
        # the act named by a light verb's object: addressed to the "to" object
        ("The agency issued an appeal to donors for more funds on Monday.", "REQUEST", "donors"),
        ("The UN issued an urgent appeal to member states for food aid.", "REQUEST", "states"),
        ("The army gave a warning to residents on Tuesday.", "THREATEN", "residents"),
        ("The ministry sent a warning to the militia on Tuesday.", "THREATEN", "militia"),
        ("The government issued a call to the rebels to lay down their arms.", "REQUEST", "rebels"),
        ("The council delivered an ultimatum to the strikers on Friday.", "THREATEN", "strikers"),
        ("Parliament gave its approval to the budget on Thursday.", "SUPPORT", "budget"),
        # the verb's own object, as before
        ("The army warned residents on Tuesday.", "THREATEN", "residents"),
        ("The ministry warned the militia on Tuesday.", "THREATEN", "militia"),
        ("The council threatened the strikers on Friday.", "THREATEN", "strikers"),
        ("Parliament approved the budget on Thursday.", "SUPPORT", "budget"),
    ],
)
def test_the_one_addressed_is_the_recipient(
    tagged: Code, text: str, kind: str, recipient: str
) -> None:
    found = _recipients(tagged, text, kind)
    assert any(recipient in r for r in found), (text, found)
    assert not any(
        w in r
        for r in found
        for w in ("appeal", "warning", "call", "ultimatum", "approval", "invitation")
    ), (text, found)


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        # published Tuesday 1 December 2026: the day a past relative clause tells lies behind
        (
            "Authorities imposed a curfew on the town until Saturday, when troops retook it.",
            "ASSAULT",
            "2026-11-28",
        ),
        (
            "Authorities imposed a curfew on the town until Saturday, when troops retook it.",
            "COERCE",
            "2026-11-28",
        ),
        (
            "The rebels held the town until Sunday, when government forces retook it.",
            "ASSAULT",
            "2026-11-29",
        ),
        (
            "Officials imposed a curfew on the city until Sunday, when the army took it back.",
            "ASSAULT",
            "2026-11-29",
        ),
    ],
)
def test_a_day_told_by_a_past_relative_clause_lies_behind(
    tagged: Code, text: str, kind: str, day: str
) -> None:
    dates = [
        e.date
        for e in tagged(HEADLINE + text)
        if e.type == kind and e.evidence.start >= len(HEADLINE)
    ]
    assert dates and all(d == day for d in dates), (text, dates)
