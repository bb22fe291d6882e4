"""Said but not done (issue 15 precision, prec33): an event told as possible or unlikely ("an
assault on the port remains possible"), presented by an existential copula with a modal ("there
could be clashes"), told in a condition opened by inversion ("had the militia stormed the
bridge, ..."), named by a fear or a risk ("amid fears of fresh attacks"), denied in a clause
("the army denied that any airstrike had hit the village"), expected of a party ("experts expect
the group to step up attacks"), a habit told with "always", the object of a failed act ("failed to reach a ceasefire
deal"), aid that never arrived, a meeting that sets an act told with a will or a modal ("the council will
vote on the bill at its meeting"), a capacity told with "can" ("the new drones can strike
targets"; "can be seen beating protesters" tells what happened), an act that came short of being done ("stopped short of imposing a curfew"),
a visit or meeting others expect of its actor ("the presidents are expected to
meet, officials said": a schedule, no promise), a delegation due somewhere for talks, and
schedules told in the words of translated wire copy ("is programmed for", "is foreseen"). Each
form gives no asserted event; the real event of the same shape stays asserted. All sentences
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # possibility weighed
        ("An assault on the port remains possible in the coming weeks.", "ASSAULT"),
        ("A truce between the clans is unlikely before the harvest.", "AGREE"),
        ("Fresh talks between the unions and the ministry are likely next week.", "CONSULT"),
        # an existential copula with a modal
        ("There will be riots if the price of bread rises again.", "PROTEST"),
        ("There could be clashes at the border next week, officials said.", "ASSAULT"),
        # a condition opened by inversion
        ("Had the militia stormed the bridge, the garrison would have fled.", "ASSAULT"),
        ("Should the talks collapse, the rebels would attack the capital.", "ASSAULT"),
        # what others expect of the actor, under a verb of saying
        ("The two presidents are expected to meet in Lisbon next week, officials said.", "AGREE"),
        ("The envoy is scheduled to visit the refugee camps on Friday, aides said.", "AGREE"),
        ("The envoy is due to visit the refugee camps on Friday, aides said.", "AGREE"),
        (
            "Peacekeepers are expected to deploy along the river by June, diplomats said.",
            "THREATEN",
        ),
        # a delegation due for talks
        (
            "A trade delegation is due in the capital on Monday for talks with the minister.",
            "CONSULT",
        ),
        ("An IMF team is due in the city next week for talks on the budget.", "CONSULT"),
        # an event a fear or a risk names
        ("Fears of a crackdown on the students grew on Monday.", "COERCE"),
        ("Residents fled amid fears of fresh attacks by the militia.", "ASSAULT"),
        ("Aid groups warned of the danger of renewed fighting in the valley.", "ASSAULT"),
        # an event denied in a clause
        ("The army denied that any airstrike had hit the village.", "ASSAULT"),
        ("The ministry denied that police had fired on the crowd.", "ASSAULT"),
        # an object of a failed act, also as the modifier of a noun
        ("The talks failed to produce any agreement on the border.", "AGREE"),
        ("The two sides failed to reach a ceasefire deal.", "AGREE"),
        ("The mediators failed to broker a peace accord before the deadline.", "AGREE"),
        # an event that never arrived
        ("The food aid pledged by donors never arrived at the camp.", "AID"),
        ("The medical aid sent by the agency did not arrive in the town.", "AID"),
        # an act others expect of a party, the infinitive with its own subject
        ("Security experts expect the group to step up attacks in the rainy season.", "ASSAULT"),
        ("Officials expect the rebels to launch an offensive in the spring.", "ASSAULT"),
        # a habit told with "always"
        ("The minister said hard-line groups always reject compromise.", "REJECT"),
        ("The two leaders always meet before the summit.", "CONSULT"),
        # an event that sets an act told with a will or a modal
        ("The bloc will weigh new sanctions at a meeting of its ministers next month.", "CONSULT"),
        ("The council will vote on the bill at its meeting on Tuesday.", "CONSULT"),
        ("Ministers could adopt the plan at a summit in May.", "CONSULT"),
        # a capacity told with "can" in the active voice
        ("The new drones can strike targets far behind the front.", "ASSAULT"),
        ("The army can attack the capital at will, the general boasted.", "ASSAULT"),
        # an act that came short of being done
        ("The army stopped short of launching an offensive.", "ASSAULT"),
        ("The government stopped short of imposing a curfew.", "COERCE"),
        ("The talks fell short of a deal.", "AGREE"),
        # schedules in the words of translated wire copy
        ("The visit of the envoy to the camps is programmed for next month.", "CONSULT"),
        ("The summit of the regional leaders is foreseen to open in Dakar on Friday.", "CONSULT"),
    ],
)
def test_said_but_not_done(code: Code, text: str, kind: str) -> None:
    assert not asserted_below_headline(code, text, kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The attack was likely the work of militants, police said.", "ASSAULT"),
        ("A truce between the clans was agreed before the harvest.", "AGREE"),
        ("There were clashes at the border on Monday.", "ASSAULT"),
        ("There were riots in the capital overnight after the price of bread rose.", "PROTEST"),
        ("The militia had stormed the bridge before dawn, and the garrison fled.", "ASSAULT"),
        ("The rebels attacked the capital after the talks collapsed.", "ASSAULT"),
        ("Residents fled after fresh attacks by the militia.", "ASSAULT"),
        ("Police launched a crackdown on the students on Monday.", "COERCE"),
        ("Police confirmed that officers had fired on the crowd.", "ASSAULT"),
        ("The army said an airstrike had hit the village.", "ASSAULT"),
        ("The talks produced an agreement on the border.", "AGREE"),
        ("The two sides reached a ceasefire deal on Monday.", "AGREE"),
        ("The food aid pledged by donors arrived at the camp on Monday.", "AID"),
        ("The council voted on the bill at its meeting on Tuesday.", "CONSULT"),
        ("Ministers adopted the plan at a summit in May.", "CONSULT"),
        ("Police can be seen beating protesters in the video.", "ASSAULT"),
        ("Protesters can be heard chanting outside the parliament.", "PROTEST"),
        ("We can confirm that police arrested two men on Monday.", "COERCE"),
        ("The army launched an offensive in the north.", "ASSAULT"),
        ("The government imposed a curfew on the city.", "COERCE"),
        ("The talks produced a deal on Monday.", "AGREE"),
        ("The group stepped up attacks on Monday, officials said.", "ASSAULT"),
        ("The rebels launched an offensive on Monday, officials said.", "ASSAULT"),
        ("The rebels rejected the compromise on Monday.", "REJECT"),
        ("The two leaders met before the summit on Monday.", "CONSULT"),
        ("The president announced he will visit the refugee camps on Friday.", "AGREE"),
        ("The minister said he is ready to visit the refugee camps.", "AGREE"),
        ("A trade delegation was in the capital on Monday for talks with the minister.", "CONSULT"),
        ("The envoy visited the refugee camps on Friday, aides said.", "CONSULT"),
    ],
)
def test_real_event_of_the_same_shape(code: Code, text: str, kind: str) -> None:
    assert asserted_below_headline(code, text, kind), text
