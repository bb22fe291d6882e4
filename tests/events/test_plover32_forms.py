"""PLOVER forms of plover32: verbal and diplomatic acts the rules read no event at all in.

SANCTION: supplies or budget support halted, diplomatic representation lowered, a diplomat
declared persona non grata. CONSULT: officials who received deputies, chiefs or representatives,
public sides that "sat down with" one another, leaders gathered for a summit or session.
COOPERATE: notes compared (of public sides), a "common" operation. RETREAT: arms deposed, a
resignation presented or tendered, "proceeded to the release of", access reopened, property
restituted, "let" as "allow" (of public sides). THREATEN: a military response, told as a stated
future or on a condition. PROTEST: work stopped. AGREE / REJECT: joining talks, acting as
mediator, transferring power, promised or refused. SUPPORT: support thrown behind or come out in,
congratulations addressed, recognition extended or a state recognised, a roadmap or pact backed,
ties reestablished. Each form also has a near sentence in another sense that reads no such event
("she joined the government as a minister" is no cooperation). All sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import Code, has_asserted, most_confident_type


def _fires(code: Code, text: str, kind: str) -> None:
    assert most_confident_type(code, text) == kind, text


def _not(code: Code, text: str, kind: str) -> None:
    assert not has_asserted(code(text), kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # SANCTION: supplies or budget support halted, representation lowered, persona non grata
        (
            "The utility halted gas supplies to the neighbouring republic over unpaid debts.",
            "SANCTION",
        ),
        ("The donors suspended budget support to the ministry after the scandal.", "SANCTION"),
        (
            "Ankara lowered its diplomatic representation in the country to the level of"
            " charge d'affaires.",
            "SANCTION",
        ),
        (
            "The ministry downgraded its diplomatic representation in the capital after the row.",
            "SANCTION",
        ),
        ("Two diplomats were declared persona non grata after the spy scandal.", "SANCTION"),
        (
            "The ministry has declared persona non grata the military attache of the embassy.",
            "SANCTION",
        ),
        # CONSULT: officials received, sat down with, gathered for a summit or session
        ("The president received the deputies of the northern region on Tuesday.", "CONSULT"),
        (
            "The governor received the traditional chiefs of the district at his residence.",
            "CONSULT",
        ),
        ("Representatives of the fishermen were received by the minister on Monday.", "CONSULT"),
        (
            "The interior minister sat down with the leaders of the striking teachers on Friday.",
            "CONSULT",
        ),
        ("Government negotiators sat down with the rebel delegation in Addis Ababa.", "CONSULT"),
        (
            "Heads of state of the region gathered in Nairobi for a summit on the drought.",
            "CONSULT",
        ),
        ("Foreign ministers gathered in Brussels for an emergency session on the war.", "CONSULT"),
        # COOPERATE: notes compared, a common operation
        ("Kenyan and Ugandan investigators compared notes on the smuggling network.", "COOPERATE"),
        ("Police officers from the two countries compare notes at a joint workshop.", "COOPERATE"),
        (
            "Customs officers of the two countries realised a common operation against smugglers.",
            "COOPERATE",
        ),
        ("The two armies launched a common operation along the border.", "COOPERATE"),
        # RETREAT: arms deposed, resignation presented, release proceeded to, access reopened
        ("Forty fighters of the militia deposed their arms at the district office.", "RETREAT"),
        ("The rebels deposed their weapons in the hands of the peacekeepers.", "RETREAT"),
        ("The finance minister presented his resignation to the president on Monday.", "RETREAT"),
        ("The police chief tendered his resignation after the escape.", "RETREAT"),
        ("The kidnappers proceeded to the release of three hostages on Sunday.", "RETREAT"),
        ("The junta has proceeded to the liberation of the detained ministers.", "RETREAT"),
        ("The authorities reopened the access of aid agencies to the camps.", "RETREAT"),
        ("The army reopened access to the besieged town for relief convoys.", "RETREAT"),
        ("The rebels restituted the seized buildings to the local authorities.", "RETREAT"),
        ("The army restituted the confiscated land to the villagers.", "RETREAT"),
        ("The militia let the aid convoy enter the town.", "RETREAT"),
        ("The soldiers let the inspectors back into the plant.", "RETREAT"),
        # THREATEN: a military response or the army ordered out, stated or on a condition
        (
            "The defence minister said the army would respond with force to any incursion.",
            "THREATEN",
        ),
        ("Seoul said it would respond militarily if the drills went ahead.", "THREATEN"),
        # PROTEST: work stopped
        ("Dockers stopped work at the port on Monday over pay.", "PROTEST"),
        ("Miners stopped work at two pits on Tuesday to demand safer shafts.", "PROTEST"),
        # AGREE / REJECT: joining a government or talks, mediating, transferring power
        ("The main opposition party said it would join the national dialogue.", "AGREE"),
        ("The rebels said they would not join the talks in Geneva.", "REJECT"),
        ("Qatar said it was ready to act as a mediator between the two sides.", "AGREE"),
        ("Norway acted as mediator in the talks between the rebels and the government.", "CONSULT"),
        ("The junta said it would not transfer power before the elections.", "REJECT"),
        # SUPPORT: support thrown behind or come out in, congratulations, recognition, backing
        ("The farmers' union threw its support behind the new land bill.", "SUPPORT"),
        ("Two opposition parties came out in support of the strike.", "SUPPORT"),
        ("The king addressed his congratulations to the newly elected president.", "SUPPORT"),
        ("Three countries recognised the breakaway republic on Friday.", "SUPPORT"),
        ("The island state extended diplomatic recognition to the new government.", "SUPPORT"),
        ("The regional bloc backed the roadmap to elections.", "SUPPORT"),
        ("Pacific states backed the regional fisheries pact on Monday.", "SUPPORT"),
        ("The two countries reestablished diplomatic relations.", "SUPPORT"),
    ],
)
def test_the_form_is_read(code: Code, text: str, kind: str) -> None:
    _fires(code, text, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The bridge needs extra support after the flood.", "SANCTION"),
        ("The city lowered the speed limit near schools.", "SANCTION"),
        ("The government declared a national holiday for the anniversary.", "SANCTION"),
        ("The chief received a letter from his daughter.", "CONSULT"),
        ("The mayor received an award for her work with refugees.", "CONSULT"),
        ("The old man sat down with his grandchildren after dinner.", "CONSULT"),
        ("She sat with her sister in the front row.", "CONSULT"),
        ("The family gathered in the garden for a picnic.", "CONSULT"),
        ("My sister and I compared notes after the exam.", "COOPERATE"),
        ("He made a common mistake in the second paragraph.", "COOPERATE"),
        ("The army deposed the king and seized the palace.", "RETREAT"),
        ("The author presented her new novel at the book fair.", "RETREAT"),
        ("The passengers proceeded to the exit.", "RETREAT"),
        ("The committee proceeded to a vote on the motion.", "RETREAT"),
        ("The city reopened the library after the renovation.", "RETREAT"),
        ("She let the dog into the garden.", "RETREAT"),
        ("He let his son cross the road alone.", "RETREAT"),
        ("The nurse responded quickly to the call.", "THREATEN"),
        ("The factory stopped work for the holiday.", "PROTEST"),
        ("She joined the government in 2019 as a junior minister.", "COOPERATE"),
        ("My aunt acted as a mediator between the two brothers.", "CONSULT"),
        ("The engine transfers power to the wheels.", "RETREAT"),
        ("The sun came out in the afternoon.", "SUPPORT"),
        ("She addressed the letter to her aunt.", "SUPPORT"),
        ("The award recognises the work of volunteers.", "SUPPORT"),
        ("The scanner recognises the type of fabric.", "SUPPORT"),
        ("The truck backed into the wall.", "SUPPORT"),
    ],
)
def test_a_near_sentence_in_another_sense_is_not(code: Code, text: str, kind: str) -> None:
    _not(code, text, kind)
