"""Event words read in a sense that reports no event. All sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.events.misreadings import _sentence_words

from .conftest import Code


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The new tablet beats the older model in every benchmark.", "ASSAULT"),
        ("Quarterly earnings beat forecasts by a wide margin.", "ASSAULT"),
        ("Reporters read a statement released by the mayor on Friday.", "RETREAT"),
        ("Officers released the name of the driver on Monday.", "RETREAT"),
        ("The carmaker offers free repairs to owners of the affected vans.", "AGREE"),
        ("The climber was flown out with life-threatening injuries.", "THREATEN"),
        ("The hosts beat the visitors 31-10 on Saturday night.", "ASSAULT"),
        ("The patient was taken to a clinic in the valley.", "PROTEST"),
        ("The compact sedan will go on sale next spring.", "THREATEN"),
        ("A boy was sitting in the back seat of the van.", "PROTEST"),
        ("Detectives gathered fingerprints at the scene.", "PROTEST"),
        ("The trial demonstrated that the new vaccine works.", "PROTEST"),
        ("The ball bounced off the post, striking the referee.", "PROTEST"),
        ("The senator blocked the appointment of two judges.", "PROTEST"),
        ("Neighbours attended a candlelit vigil in the girl's memory.", "PROTEST"),
        ("Crowds cheered at her campaign rally in the old mill town.", "PROTEST"),
        ("At a rally for Senator Jane Okoro on Friday, the pastor told jokes.", "PROTEST"),
        (
            "The next morning Jane Okoro took to the airwaves to defend her budget.",
            "PROTEST",
        ),
        ("None of her rivals attacked her over the tax plan during the debate.", "ASSAULT"),
        ("The mayor said the primary had turned into a bitter battle for delegates.", "ASSAULT"),
        ("Nearly 900 people were wounded in those shootings so far this year.", "ASSAULT"),
        ("Neighbours came to the house to remember the boy.", "PROTEST"),
        ("Some fans chanted the coach's name after the final whistle.", "PROTEST"),
        ("The senator said at a rally in Akron that taxes would fall.", "PROTEST"),
        ("The night raids struck fear into the valley towns.", "ASSAULT"),
        ("Her cousins and neighbours gathered at the farmhouse on Sunday afternoon.", "PROTEST"),
        ("She thanked the parishioners who had assembled in the church hall.", "PROTEST"),
        ("At a rally in Toledo, the governor was in a cheerful mood.", "PROTEST"),
        ("The pistol slipped and went off, striking Tom Okafor in the knee.", "PROTEST"),
        ("The host asked the mayor about the remarks she had made.", "REQUEST"),
        ("Detectives have so far declined to name the driver.", "REJECT"),
        ("Hackers arranged the release of the stolen emails.", "RETREAT"),
        ("Both cyclists were examined at the scene and released.", "RETREAT"),
        ("The boy was released from the children's hospital on Tuesday.", "RETREAT"),
        ("Two burglars forced their way into the bakery before dawn.", "COERCE"),
        ("The Brazilian winger fired a curling shot past the keeper late on.", "ASSAULT"),
        ("The Ethiopian runner attacked on the last lap and finished first.", "ASSAULT"),
        ("The visiting striker struck twice in the first half to seal the title.", "ASSAULT"),
        ("The hosts captured the championship with a game to spare.", "COERCE"),
    ],
)
def test_another_sense_is_no_event(code: Code, text: str, kind: str) -> None:
    assert not [e for e in code(text) if e.type == kind], text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gunmen beat a farmer with iron bars.", "ASSAULT"),
        ("The militia released nine hostages on Sunday.", "RETREAT"),
        ("Customs officers seized 40 kilograms of heroin at the port.", "COERCE"),
        ("Thousands of nurses took to the streets on Tuesday.", "PROTEST"),
        ("Dock workers went on strike on Monday.", "PROTEST"),
        ("About 10-15 youths clashed with police near the market.", "ASSAULT"),
        ("Farmers blocked the highway with tractors on Tuesday.", "PROTEST"),
        ("Hundreds held a vigil to demand justice for the slain teenager.", "PROTEST"),
        ("Thousands of dock workers rallied outside the port offices.", "PROTEST"),
        ("Gunmen attacked a campaign office, killing two guards.", "ASSAULT"),
        ("Jane Okoro protested alone outside the embassy for a week.", "PROTEST"),
        ("Gunmen wounded two men in two shootings on Friday.", "ASSAULT"),
        ("Some 300 residents gathered to demand clean water.", "PROTEST"),
        (
            "A union leader said at a rally outside the plant that the strike would go on.",
            "PROTEST",
        ),
        ("Veterans gathered in support of the dismissed general.", "PROTEST"),
        ("Gunmen shot two guards on Friday, the third such attack this year.", "ASSAULT"),
        ("At an Okoro rally on Saturday, a heckler shouted at protesters.", "PROTEST"),
        (
            "Relatives of the missing miners gathered outside the company office to demand news.",
            "PROTEST",
        ),
        ("Residents gathered on the bridge on Monday against the planned toll.", "PROTEST"),
        ("The governor asked residents to stay off the roads.", "REQUEST"),
        ("The union asked for talks with the port authority.", "REQUEST"),
        ("The rebels refused to release the hostages.", "REJECT"),
        ("The court released the journalist on bail on Thursday.", "RETREAT"),
        ("Troops forced the villagers out of their homes.", "COERCE"),
        ("A man was shot outside the stadium after the match on Sunday.", "ASSAULT"),
        ("Gunmen attacked the team bus after the game, wounding the driver.", "ASSAULT"),
        ("Fans attacked two stewards after the cup match on Saturday.", "ASSAULT"),
        ("Police deployed water cannon near the ground before the derby match.", "MOBILIZE"),
    ],
)
def test_the_event_sense_stays(code: Code, text: str, kind: str) -> None:
    assert [e for e in code(text) if e.type == kind], text


def test_sentence_words_are_the_triggers_sentence(nlp: Language) -> None:
    """`misread` skips a check whose words are none of the trigger's sentence: the words are
    that sentence's lower-cased lemmas and words, and no other sentence's (perf32)."""
    doc = nlp("The film opened in May. Two gunmen stormed the Palace on Monday.")
    trigger = next(t for t in doc if t.lower_ == "stormed")
    words = _sentence_words(trigger)
    assert {"storm", "stormed", "palace", "monday"} <= words
    assert not {"film", "opened", "may"} & words


@pytest.mark.parametrize(
    "text",
    [
        "Rain fell all day. In the novel's final chapter, the rebels storm the palace.",
        "The shops stayed shut. Later, an avalanche buried four skiers near the pass.",
    ],
)
def test_a_later_sentence_is_still_misread(code: Code, text: str) -> None:
    """A misreading told in the article's second sentence is read from that sentence's words."""
    assert not [e for e in code(text) if e.type == "ASSAULT"], text
