"""False events of the last session's leads (issue 15 precision, prec54), each a form of English
tested both ways: a gerund of intention ("is committed to holding the attackers accountable",
"is focused on bringing the killers to justice") is meant, not done; a match report whose
subject is a side or whose play is "shot wide", "attacked down the left" is no ASSAULT; a strike
by workers ("a strike by nurses") is a labour strike, PROTEST, while an air or drone strike stays
ASSAULT; talks given ("gave talks at three universities") are lectures, no CONSULT, while talks
held stay one; a market's demand ("demand for oil collapsed", "rising demand for steel") is no
REQUEST; a ban placed, put or slapped on someone is imposed (COERCE), no blow; the act an active
accusation names ("accused the army of shelling villages") is the accuser's claim, the ACCUSE
the news. All sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.events.misreadings import lecture_given
from eventwire.events.words import event_words

from .conftest import Code, asserted_types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a gerund of intention
        ("The new interior minister is committed to holding the attackers accountable.", "ACCUSE"),
        ("Aid groups are committed to ending the blockade of the port.", "CONCEDE"),
        (
            "The president said he was committed to arresting those responsible for the bombing.",
            "COERCE",
        ),
        ("The coalition is focused on defeating the insurgents in the north.", "ASSAULT"),
        ("The charity is intent on freeing children held by armed groups.", "RETREAT"),
        ("The new prosecutor is focused on charging the officers involved.", "ACCUSE"),
        # a side as the subject of play, and play told by its particle
        ("The visitors struck twice before the break to take control of the match.", "ASSAULT"),
        ("The home side struck late to snatch a draw.", "ASSAULT"),
        ("The holders attacked from the first whistle and never let up.", "ASSAULT"),
        ("He shot wide from the edge of the box in the final minute.", "ASSAULT"),
        ("City attacked down the left throughout the second half.", "ASSAULT"),
        ("The visitors attacked down the right flank after the break.", "ASSAULT"),
        ("United attacked down the wing in the closing minutes.", "ASSAULT"),
        # a strike by workers is no attack
        ("A strike by nurses closed wards at three hospitals on Monday.", "ASSAULT"),
        ("The strike by dock workers entered its third day on Wednesday.", "ASSAULT"),
        ("A strike by teachers shut schools across the province on Tuesday.", "ASSAULT"),
        ("The strike by bus drivers left commuters stranded on Thursday.", "ASSAULT"),
        # talks given are lectures
        ("The professor gave talks at three universities last week.", "CONSULT"),
        ("The former astronaut gave talks to schoolchildren across the county.", "CONSULT"),
        ("The general is giving talks on leadership at the academy this week.", "CONSULT"),
        ("The novelist delivered talks at two book festivals in October.", "CONSULT"),
        # a market's demand
        ("Demand for oil collapsed in the second quarter.", "REQUEST"),
        ("Demand collapsed after the price rise in March.", "REQUEST"),
        ("Rising demand for steel pushed prices higher on Monday.", "REQUEST"),
        ("The company said demand for its phones had slowed in Europe.", "REQUEST"),
        ("Weak demand hit the carmaker's profits on Tuesday.", "REQUEST"),
        ("Consumer demand recovered strongly in the spring.", "REQUEST"),
        ("Strong demand for copper lifted miners' shares on Friday.", "REQUEST"),
        # a ban slapped on is no blow
        ("Authorities slapped a ban on the opposition newspaper on Wednesday.", "ASSAULT"),
        ("The regulator slapped a ban on the sale of the drink.", "ASSAULT"),
        ("The league slapped a ban on the club's owner last week.", "ASSAULT"),
        # the act inside an active accusation
        ("The opposition accused the army of shelling villages in the east.", "ASSAULT"),
        ("Human rights groups accused the police of beating protesters.", "ASSAULT"),
        ("The government accused rebels of killing civilians in the north.", "ASSAULT"),
        ("The ministry accused the militia of attacking an aid convoy.", "ASSAULT"),
        ("Activists accused the guards of torturing prisoners.", "ASSAULT"),
    ],
)
def test_no_asserted_event(tagged: Code, text: str, kind: str) -> None:
    assert kind not in asserted_types(tagged, text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the deed itself, told with the same words
        ("Security forces arrested those responsible for the bombing on Monday.", "COERCE"),
        ("The army defeated the insurgents in the north on Sunday.", "ASSAULT"),
        ("The rebels freed 40 children held at their camp on Thursday.", "RETREAT"),
        # attacks told with the verbs of play
        ("Gunmen struck twice in the town before dawn, killing four people.", "ASSAULT"),
        ("Soldiers struck a rebel camp near the border on Sunday.", "ASSAULT"),
        ("He shot a shopkeeper during the robbery on Friday.", "ASSAULT"),
        ("Militants attacked a police post on the river on Monday.", "ASSAULT"),
        ("Gunmen attacked visitors at the museum on Saturday.", "ASSAULT"),
        # a strike by workers is a labour strike; an air, drone or jets' strike an attack
        ("A strike by nurses closed wards at three hospitals on Monday.", "PROTEST"),
        ("The strike by dock workers entered its third day on Wednesday.", "PROTEST"),
        ("An air strike hit a market in the town on Monday.", "ASSAULT"),
        ("A drone strike killed three militants near the border on Wednesday.", "ASSAULT"),
        ("The strike by fighter jets destroyed a bridge on Friday.", "ASSAULT"),
        # talks held
        ("The foreign minister held talks with his Chinese counterpart on Tuesday.", "CONSULT"),
        ("The two leaders held talks in Geneva on Monday.", "CONSULT"),
        ("The president held talks with the rebel leaders on Thursday.", "CONSULT"),
        # a demand made
        ("The union demanded a pay rise of ten percent on Monday.", "REQUEST"),
        ("The kidnappers made a demand for a ransom of one million dollars.", "REQUEST"),
        ("The opposition issued a demand for early elections on Friday.", "REQUEST"),
        # a ban imposed, placed or slapped on
        ("Authorities slapped a ban on the opposition newspaper on Wednesday.", "COERCE"),
        ("The city imposed a ban on public gatherings on Friday.", "COERCE"),
        ("Washington placed a travel ban on three senior officials of the junta.", "SANCTION"),
        # the accusation itself, and the act told as done
        ("The opposition accused the army of shelling villages in the east.", "ACCUSE"),
        ("The government accused rebels of killing civilians in the north.", "ACCUSE"),
        ("The army shelled villages in the east on Monday, killing six people.", "ASSAULT"),
        ("Rebels killed 12 civilians in the north on Wednesday.", "ASSAULT"),
        ("The man was accused of shooting his neighbour in a row over a fence.", "ASSAULT"),
        # fix51p: a dated, counted or placed act told by an accuser is news of the act
        ("The army accused insurgents of killing nine farmers on Saturday.", "ASSAULT"),
        ("Villagers accused the militia of burning 30 homes near the river.", "ASSAULT"),
        ("The governor accused bandits of kidnapping four pupils in Kaduna.", "ASSAULT"),
        ("Police accused the driver of injuring two pedestrians.", "ASSAULT"),
        # fix51p: "attack down" is play only down a side of the pitch
        ("Soldiers attacked down the coast road into the port on Sunday.", "ASSAULT"),
        ("Rebel fighters attacked down the valley toward the garrison at dawn.", "ASSAULT"),
        ("Tanks attacked down the highway toward the capital on Tuesday.", "ASSAULT"),
        # fix51p: a political demand is a demand made
        ("Strong demand for autonomy persists in the province.", "REQUEST"),
        ("Public demand for a recount grew after the vote.", "REQUEST"),
        ("Growing demand for the chief's resignation spread across the city.", "REQUEST"),
    ],
)
def test_the_event_stays(tagged: Code, text: str, kind: str) -> None:
    assert kind in asserted_types(tagged, text), text


@pytest.mark.parametrize(
    ("text", "lecture"),
    [
        ("The president gave talks at three universities this week.", True),
        ("The prime minister gave talks to students in the capital on Monday.", True),
        ("The foreign minister gave talks at two think tanks in Washington on Friday.", True),
        ("The foreign minister held talks with his counterpart on Friday.", False),
        ("The two leaders held talks in Geneva on Monday.", False),
        ("The president gave a speech at the university.", False),
    ],
)
def test_talks_given_are_lectures_for_the_models(nlp: Language, text: str, lecture: bool) -> None:
    """fix51p: where the rules read none, the models' CONSULT of the sentence's verb is kept
    out where the verb gives talks (`coder._learned_events`)."""
    doc = nlp(text)
    root = next(iter(doc.sents)).root
    assert lecture_given(event_words(), root) is lecture, text
