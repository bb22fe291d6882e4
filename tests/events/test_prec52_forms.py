"""Readings that turned non-events into asserted events (issue 15 precision, prec52): a verb with a
particle or preposition that makes it another verb ("police closed in on the suspects", "hit
back at critics", "killed off the hero", "stormed out of the debate", "investors rallied behind
the plan", "struck out 41 batters"); a product, a program or a device as the doer of a threat
or a warning ("a new app warns users"); a market or a currency that rallies or retreats; a
portion of a market or a contest's standing seized ("seized a bigger share of the market",
"seized the lead"); what a camera or a story captures ("captures sharp images", "captured the
imagination"); "prepare" read as an agreement ("are preparing a general strike"); "slash" as a
cut of prices or jobs; an act told at a stage of life ("fought in the war as a young man").
Each form gives no asserted event of its type; the real event of the same shape stays asserted.
Also: "slash" in its sense of a cut with a blade is an assault, and a sanction or a restriction
a body decided ("the EU decided to freeze the assets") is taken, not to come. All sentences
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a particle or a preposition that makes the verb another verb
        ("The two gunmen turned their guns on themselves as police closed in.", "SANCTION"),
        ("Rebel forces are closing in on the capital.", "SANCTION"),
        ("Firefighters closed in on the blaze from three sides.", "SANCTION"),
        ("The minister hit back at critics on Tuesday.", "ASSAULT"),
        ("The opposition leader hit out at the government over prices.", "ASSAULT"),
        ("The studio killed off the main character in the last episode.", "ASSAULT"),
        ("The director stormed off the set during filming.", "ASSAULT"),
        ("The singer stormed out of the interview on Monday.", "ASSAULT"),
        ("The team stormed back from a ten-point deficit to win.", "ASSAULT"),
        ("The rookie pitcher has been striking out batters all season.", "ASSAULT"),
        ("Investors rallied behind the plan on Monday.", "PROTEST"),
        ("Party members rallied behind the prime minister after the vote.", "PROTEST"),
        ("Supporters rallied around the embattled mayor.", "PROTEST"),
        ("Voters rallied behind the opposition party in the final week.", "PROTEST"),
        ("Activists rallied around the cause of clean water.", "PROTEST"),
        # a product, a program or a device as the doer of a threat or a warning
        ("A new app warns users when a storm is approaching.", "THREATEN"),
        ("The software threatens to overwhelm the servers.", "THREATEN"),
        ("The alarm warns residents of rising water.", "THREATEN"),
        ("The thermostat threatens to overheat if the vents are blocked.", "THREATEN"),
        # a market or a currency that rallies or retreats
        ("The dollar rallied against the euro on Wednesday.", "PROTEST"),
        ("The market retreated from its record high on Friday.", "RETREAT"),
        ("Markets rallied on Tuesday after the rate cut.", "PROTEST"),
        # a portion of a market or a contest's standing seized
        ("The company seized a bigger share of the market this year.", "COERCE"),
        ("Rivals seized market share from the struggling carmaker.", "COERCE"),
        ("The startup seized the lead in the smartphone market.", "COERCE"),
        ("The film seized the top spot at the box office.", "COERCE"),
        # what a camera or a story captures
        ("The camera captures sharp images even at night.", "COERCE"),
        ("The sequel captured the imagination of young readers.", "COERCE"),
        ("A passer-by captured the moment on his phone.", "COERCE"),
        # "prepare" is no agreement
        ("Unions are preparing a general strike for next month.", "AGREE"),
        ("Dock workers are preparing a walkout over pay.", "AGREE"),
        ("Workers prepared the stage for the ceremony on Monday.", "AGREE"),
        # "slash" as a cut
        ("The company slashed prices by 20 percent.", "ASSAULT"),
        ("The bank slashed its growth forecast on Monday.", "ASSAULT"),
        ("The airline slashed 2,000 jobs last month.", "ASSAULT"),
        ("The budget for schools was slashed again this year.", "ASSAULT"),
        # "slash" on no person and no body part is a cut or damage (fix50e)
        ("The governor slashed staff at the state museum.", "ASSAULT"),
        ("The hospital slashed hours at its rural clinics.", "ASSAULT"),
        ("Vandals slashed the tyres of six buses overnight.", "ASSAULT"),
        ("Someone slashed the seats of the new train on Monday.", "ASSAULT"),
        # an act told at a stage of life
        ("He fought in the war as a young man and later became a teacher.", "ASSAULT"),
        ("As a teenager, she was arrested at a sit-in outside the ministry.", "COERCE"),
        ("He was kidnapped by bandits as a child and raised in the hills.", "ASSAULT"),
    ],
)
def test_no_asserted_event(tagged: Code, text: str, kind: str) -> None:
    assert kind not in asserted_types(tagged, text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Authorities closed the airport in the north on Wednesday.", "COERCE"),
        ("The government closed the border to trucks in a trade dispute.", "SANCTION"),
        ("Gunmen hit the convoy with rockets on Monday.", "ASSAULT"),
        ("Militants killed two soldiers at a checkpoint on Monday.", "ASSAULT"),
        ("Soldiers stormed the rebel camp on Tuesday.", "ASSAULT"),
        ("Thousands rallied in the capital on Sunday to protest against the new law.", "PROTEST"),
        ("The militia threatened to attack the town on Monday.", "THREATEN"),
        ("The rebels warned the villagers to leave or face an attack.", "THREATEN"),
        ("Police seized two tonnes of cocaine at the port on Monday.", "COERCE"),
        ("Rebels seized the town on Tuesday.", "ASSAULT"),
        ("Rebels captured the town on Sunday.", "ASSAULT"),
        ("Rebels captured two soldiers near the border on Monday.", "COERCE"),
        # "slash" with a blade is an assault
        ("A man slashed a teenager with a knife outside a bar on Saturday.", "ASSAULT"),
        ("The attacker slashed two passengers on the train on Monday.", "ASSAULT"),
        ("A woman was slashed across the face in the market on Sunday.", "ASSAULT"),
        ("The robber slashed the guard's arm with a machete.", "ASSAULT"),
        ("A man slashed his neighbour during an argument on Friday.", "ASSAULT"),
        ("Two men were slashed outside a nightclub early on Sunday.", "ASSAULT"),
        # a crowd rallied at a place or a building is a demonstration (fix50e)
        ("Thousands of nurses rallied behind the hospital building on Sunday.", "PROTEST"),
        ("Students rallied behind the campus gates to protest the new fees.", "PROTEST"),
        ("Farmers rallied around the monument in the square to demand aid.", "PROTEST"),
        ("Teachers rallied around the memorial outside the town hall on Friday.", "PROTEST"),
        # a sanction or a restriction decided is taken
        ("The EU decided to freeze the assets of the ministers on Monday.", "SANCTION"),
        ("The government decided on Tuesday to expel two diplomats.", "SANCTION"),
        ("The council has decided to impose a curfew on the town.", "COERCE"),
        # a stage of life that is none, or no article
        ("Police detained him as a suspect on Monday.", "COERCE"),
        ("Soldiers shot a boy as he ran from the checkpoint on Monday.", "ASSAULT"),
    ],
)
def test_real_event_of_the_same_shape(tagged: Code, text: str, kind: str) -> None:
    assert kind in asserted_types(tagged, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The union decided to strike next week.",
        "The rebels decided to attack the town.",
        "The government may decide to freeze the assets.",
        "The company has decided to freeze hiring until the end of the year.",
    ],
)
def test_decision_to_act_is_no_act_done(tagged: Code, text: str) -> None:
    """A decision to march or to attack is a plan, a decision to come decides nothing, and a
    firm's freeze is its own affair."""
    assert not asserted_types(tagged, text) & {"PROTEST", "ASSAULT", "SANCTION"}, text
