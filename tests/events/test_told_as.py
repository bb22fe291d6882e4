"""Events told as something other than news: a plan under a modal, a denial by "neither", a
capacity, a course of years, an opinion, a kind of people, a figure of speech (issue 15)."""

from __future__ import annotations

import pytest

from .conftest import Code

HEADLINE = "Council news\n\n"
"""A first line, so the sentence under test is not read as a headline (told in the present)."""


@pytest.mark.parametrize(
    ("text", "plover", "modality"),
    [
        # a modal over an infinitive chain reaches the event noun at its end
        (
            "The governor said he would order the police to stop making arrests at the border.",
            "COERCE",
            "future",
        ),
        (
            "She said she would direct the agency “to halt deportations of” foreign students.",
            "COERCE",
            "future",
        ),
        ("The mayor could tell the police to begin arrests of looters.", "COERCE", "hypothetical"),
        ("The governor ordered the police to stop making arrests.", "COERCE", "asserted"),
        # the infinitive of a noun of wanting is still to come
        (
            "Envoys discussed a need for the government to launch investigations into the bank.",
            "ACCUSE",
            "future",
        ),
        # "neither ... nor" and "neither" deny the event
        (
            "Neither the governor nor the mayor has criticised the police chief.",
            "ACCUSE",
            "negated",
        ),
        ("Neither party has accepted the offer of talks.", "AGREE", "negated"),
        # a capacity in a relative clause
        ("They focused on issues that most members can agree on.", "AGREE", "hypothetical"),
        # a course of years set before the verb, or "long" before it
        (
            "For eight years as mayor, she urged the council to fund more housing.",
            "REQUEST",
            "background",
        ),
        (
            "Over the past decade, the group has accused the firm of dumping waste.",
            "ACCUSE",
            "background",
        ),
        ("Critics have long accused the firm of polluting the river.", "ACCUSE", "background"),
        ("For two hours, protesters blocked the main road into the city.", "PROTEST", "asserted"),
        ("The court jailed the former mayor for five years on Tuesday.", "COERCE", "asserted"),
        # an event that came near, not to pass
        ("Negotiators were close to agreeing a deal on Tuesday night.", "AGREE", "hypothetical"),
        ("The two sides came close to a deal on the budget.", "AGREE", "hypothetical"),
        ("The two sides agreed a deal close to midnight.", "AGREE", "asserted"),
        ("Officers closed the bridge to traffic during the investigation.", "ACCUSE", "asserted"),
        # an act in the gerund that a talk is about
        ("The council discussed banning cars from the old town.", "COERCE", "hypothetical"),
        ("The ministers held a debate on deporting migrants.", "COERCE", "hypothetical"),
        ("Officials talked about the shooting at a press conference.", "ASSAULT", "asserted"),
        ("Police began arresting protesters on Monday.", "COERCE", "asserted"),
        # nothing agreed
        ("Leaders have agreed on nothing since the summit.", "AGREE", "negated"),
        # a record of acts in the perfect, not one act
        ("The court has repeatedly rejected such claims.", "REJECT", "background"),
        ("Police repeatedly struck the man with batons.", "ASSAULT", "asserted"),
        # a writing told from
        ("In his memoir, the former general criticised the war cabinet.", "ACCUSE", "background"),
        ("In a statement, the ministry criticised the cabinet.", "ACCUSE", "asserted"),
        # where someone stands, in the present, outside the headline
        (HEADLINE + "Many voters still blame the mayor for the floods.", "ACCUSE", "uncertain"),
        (HEADLINE + "The senator deplores the new parking rules.", "ACCUSE", "uncertain"),
        (
            HEADLINE + "Investigators allege the man shot his neighbour after an argument.",
            "ACCUSE",
            "asserted",
        ),
    ],
)
def test_told_as(code: Code, text: str, plover: str, modality: str) -> None:
    events = [e for e in code(text) if e.type == plover]
    assert events, text
    assert events[0].modality == modality


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a figure of speech or a criticism: violence aimed at an idea or a policy
        ("The mayor said the ruling was an attack on democracy.", "ASSAULT"),
        ("Critics called the decree an assault on free speech.", "ASSAULT"),
        ("The governor attacked the budget in a speech on Monday.", "ASSAULT"),
        # a belief, not an accusation
        ("Officials suspect the fire was set deliberately.", "ACCUSE"),
        # an arrest escaped or the name of a charge
        ("The fugitive evaded arrest for three years.", "COERCE"),
        ("At the time of the crash, the driver was on probation for resisting arrest.", "COERCE"),
        # how someone seemed
        ("The coach looked crushed after the loss.", "ASSAULT"),
        ("The senator seemed attacked from all sides.", "ASSAULT"),
        # a text's provisions, not a demand made
        ("The bill calls for stricter limits on emissions.", "REQUEST"),
        ("The treaty demands that both sides withdraw troops.", "REQUEST"),
        ("The forecast calls for heavy rain on Sunday.", "REQUEST"),
        # other senses of meeting, visiting and exploring
        ("The proposal met with fierce resistance from farmers.", "CONSULT"),
        ("The budget met the targets set by the treasury.", "CONSULT"),
        ("Thousands visited the website on Monday.", "CONSULT"),
        ("The nurse was exploring the idea of moving abroad.", "ACCUSE"),
        # what a kind of people does
        ("Police routinely arrest drivers who block the highway.", "PROTEST"),
        ("Anyone who attacks a police officer will be punished.", "ASSAULT"),
        ("Those who protest without a permit face fines.", "PROTEST"),
    ],
)
def test_no_event_of_that_type(code: Code, text: str, plover: str) -> None:
    assert not [e for e in code(text) if e.type == plover and e.modality == "asserted"], text


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Rebels launched an attack on the army base near the border.", "ASSAULT"),
        ("Gunmen attacked the village on Monday, killing four people.", "ASSAULT"),
        ("Police suspect the husband of killing her.", "ACCUSE"),
        ("The man is suspected of robbing three banks.", "ACCUSE"),
        ("Police arrested the man as he tried to evade officers.", "COERCE"),
        ("The minister met his counterpart in Paris on Monday.", "CONSULT"),
        ("Those who protested outside the court on Monday were arrested.", "COERCE"),
        ("The minister met with union leaders on Monday.", "CONSULT"),
        ("Farmers called for lower fuel taxes at a rally on Monday.", "REQUEST"),
    ],
)
def test_the_event_stays(code: Code, text: str, plover: str) -> None:
    assert [e for e in code(text) if e.type == plover and e.modality == "asserted"], text
