"""Modality: future, hypothetical and negated events are labelled, not counted as asserted."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    ("text", "plover", "modality"),
    [
        (
            "If the cabinet goes ahead, the consulate shutdown is expected to last six weeks.",
            "SANCTION",
            "future",
        ),
        (
            "Canada would shut its consulate if the raids went on.",
            "SANCTION",
            "hypothetical",
        ),
        ("The army will withdraw from the city next month.", "RETREAT", "future"),
        ("Rebels attacked the base on Monday.", "ASSAULT", "asserted"),
        ("The rebels did not attack the base.", "ASSAULT", "negated"),
        # a subject that denies the event ("nobody", "no one", "no officers")
        ("No one has been arrested over the ambush on the convoy.", "COERCE", "negated"),
        ("Nobody was detained after the brawl at the depot.", "COERCE", "negated"),
        ("No soldiers were attacked during the handover of the fort.", "ASSAULT", "negated"),
        ("Two men were arrested over the ambush on the convoy.", "COERCE", "asserted"),
        # a first-person present-tense stance is no reported event; a demand stays
        (
            '"I reject any plan to sell the harbour," the councillor told the meeting.',
            "REJECT",
            "uncertain",
        ),
        ('"We fully support the new budget," the mayors said.', "SUPPORT", "uncertain"),
        ("The council rejected the plan to sell the harbour on Monday.", "REJECT", "asserted"),
        ('"We demand the return of the land," the farmers said.', "REQUEST", "asserted"),
        ("The minister plans to visit Cairo.", "CONSULT", "future"),
        ("A possible attack on the embassy worried officials.", "ASSAULT", "hypothetical"),
        ("The shooting was not intentional, the sheriff said.", "ASSAULT", "asserted"),
        ("The attack did not happen.", "ASSAULT", "negated"),
        ("The clerk appeared to have been shot twice.", "ASSAULT", "asserted"),
        ("Detectives said the shooting might have been an accident.", "ASSAULT", "asserted"),
        ("The gunman began to shoot at the guards.", "ASSAULT", "asserted"),
        ("The two ministers will discuss a new fisheries agreement.", "AGREE", "future"),
        ("The town does not need more protests, it needs jobs.", "PROTEST", "negated"),
        ("The unions signed a wage agreement on Friday.", "AGREE", "asserted"),
        ("If asked, the firm will cooperate with the regulator, it said.", "COOPERATE", "future"),
        (
            "Police fired water cannon to disperse farmers protesting the new quotas.",
            "PROTEST",
            "asserted",
        ),
        (
            "The envoy will be met by hundreds of farmers protesting against the quota.",
            "PROTEST",
            "future",
        ),
        ("The shooting prompted the teenager to kill himself.", "ASSAULT", "asserted"),
        (
            "He died while he was trying to clean the rifle and accidentally shot himself.",
            "ASSAULT",
            "asserted",
        ),
        # a reported "would" with a verb of welcoming is a wish, not a promise (no AGREE)
        ("The governor said she would welcome a bigger role for the navy.", "SUPPORT", "future"),
        ("The governor said she will welcome the envoy at the port.", "AGREE", "asserted"),
        # overshadowed: an event below later news (a sentence, a vigil, a trial, a lawsuit)
        (
            "The man who robbed the jewellery shop and shot a guard was sentenced on Monday.",
            "ASSAULT",
            "background",
        ),
        (
            "Friends held a vigil on Sunday for the teenager killed in the shooting.",
            "ASSAULT",
            "background",
        ),
        (
            "Jury selection began in the trial of the officer charged in the killing of a driver.",
            "ASSAULT",
            "background",
        ),
        ("The family of a woman shot by deputies has filed a lawsuit.", "ASSAULT", "background"),
        (
            "Hundreds gathered on the anniversary of the bombing of the market.",
            "ASSAULT",
            "background",
        ),
        (
            "On the night of the attack on the consulate, the envoy sent a message home.",
            "ASSAULT",
            "background",
        ),
        ("Gunmen attacked the consulate on Tuesday night.", "ASSAULT", "asserted"),
        # the event that is the sentence's own news stays, with the later word below it
        (
            "A gunman shot two people at a vigil outside the church on Saturday.",
            "ASSAULT",
            "asserted",
        ),
        ("The suspect was arrested at the funeral of his brother.", "COERCE", "asserted"),
        (
            "Police detained a man on Tuesday over the shooting of a cab driver.",
            "COERCE",
            "asserted",
        ),
        # retold: what a witness testified about, an account recounts, the writer narrates
        (
            "The clerk testified about a meeting at the harbour office in May.",
            "CONSULT",
            "background",
        ),
        ("The envoy revised his account of the meeting with the rebels.", "CONSULT", "background"),
        ("Complete coverage of the riot at the port on our city page.", "PROTEST", "background"),
        (
            "The envoy revised his account to say the banker did discuss the loan with them.",
            "CONSULT",
            "background",
        ),
        ("Police released their account, saying the man fired at officers.", "ASSAULT", "asserted"),
        (
            "The bank, for its part, refused to lend me the money for the farm.",
            "REJECT",
            "background",
        ),
        # a verbal event inside a quotation is the speaker's claim; the speaker's own act stays
        ('"The bank refused to lend me the money," the farmer said.', "REJECT", "uncertain"),
        ('"The mayor has refused to meet the tenants," the organiser said.', "REJECT", "uncertain"),
        ("''The council refused to meet the tenants,'' the organiser said.", "REJECT", "uncertain"),
        ("“Our investigation shows the guard was bribed,” the warden said.", "ACCUSE", "asserted"),
        ("He fired at me twice, the shopkeeper told reporters.", "ASSAULT", "asserted"),
    ],
)
def test_modality(code: Code, text: str, plover: str, modality: str) -> None:
    events = [e for e in code(text) if e.type == plover]
    assert events, text
    assert events[0].modality == modality


def test_no_one_hurt_injuries_zero(code: Code) -> None:
    events = code("A bomb exploded near a convoy in Baghdad, but no one was hurt.")
    assault = next(e for e in events if e.type == "ASSAULT")
    assert assault.injuries == 0


def test_first_person_article_retells_its_undated_verbal_events(code: Code) -> None:
    """A memoir's later sentences need no "I": the article is narrated in the first person."""
    text = (
        "I arrived at the courthouse early that winter.\n\n"
        "My lawyer told me to stay calm and say very little.\n\n"
        "The prosecutors refused to drop the second charge.\n\n"
        "I still think about that morning every year."
    )
    events = [e for e in code(text) if e.type == "REJECT"]
    assert events and events[0].modality == "background"


def test_reported_article_keeps_its_verbal_events(code: Code) -> None:
    text = (
        "The port authority met union leaders on Monday.\n\n"
        "The prosecutors refused to drop the second charge against the dockers.\n\n"
        '"I will not sign it," the union leader said.'
    )
    events = [e for e in code(text) if e.type == "REJECT"]
    assert events and events[0].modality == "asserted"


@pytest.mark.parametrize(
    ("text", "plover", "modality"),
    [
        # recalled: a retrospective adverb, a former role with the past perfect
        ("The mayor previously accused the builder of fraud.", "ACCUSE", "background"),
        (
            "At the time, the envoy accused the rebels of breaking the truce.",
            "ACCUSE",
            "background",
        ),
        (
            "The former minister, who had ordered the raid on the newspaper, spoke on Monday.",
            "COERCE",
            "background",
        ),
        # "once" after the verb counts shots, not years
        ("The guard was shot once in the chest on Sunday.", "ASSAULT", "asserted"),
        ("Once at the scene, officers arrested two men.", "COERCE", "asserted"),
        ("The council had once accused the mayor of bribery.", "ACCUSE", "background"),
        # the past perfect alone is no history: news tells the week in it
        ("The council had earlier threatened to cut its funds.", "THREATEN", "asserted"),
        # a yes/no question asks; a wh-question presumes its event
        ("Would the president agree to a ceasefire?", "AGREE", "hypothetical"),
        ("Will the strikers march on the capital?", "THREATEN", "hypothetical"),
        ("Who attacked the convoy near the border?", "ASSAULT", "asserted"),
        ("Farmers may protest outside the ministry.", "PROTEST", "hypothetical"),
        # where someone stands, whoever it is; a headline's present is news
        ("Talks stalled.\nThe senator opposes the new tariff plan.", "REJECT", "uncertain"),
        ("Senate rejects the tariff plan", "REJECT", "asserted"),
        ("Talks stalled.\nCritics believe the council rejected the offer.", "REJECT", "uncertain"),
        ("Police believe the man shot his wife.", "ASSAULT", "asserted"),
        ("The union demanded a pay rise on Monday.", "REQUEST", "asserted"),
    ],
)
def test_frames_of_recall_question_and_stance(
    code: Code, text: str, plover: str, modality: str
) -> None:
    events = [e for e in code(text) if e.type == plover]
    assert events, text
    assert events[0].modality == modality


@pytest.mark.parametrize(
    ("text", "plover", "modality"),
    [
        # what a span is counted from came before the news
        ("The market has stayed open since the attack on the town.", "ASSAULT", "background"),
        (
            "Schools reopened on Monday, a first since the start of the shelling.",
            "ASSAULT",
            "background",
        ),
        (
            "No shots were heard in the valley since the militia pulled out.",
            "RETREAT",
            "background",
        ),
        ("The militia pulled out of the valley on Tuesday.", "RETREAT", "asserted"),
        # told as earlier by its adjective or its year
        ("A previous truce between the clans collapsed within days.", "AGREE", "background"),
        ("Last year's bombing of the depot killed four guards.", "ASSAULT", "background"),
        ("The bombing of the depot on Monday killed four guards.", "ASSAULT", "asserted"),
        # lack and pause
        ("The two processions crossed the bridge without any clashes.", "ASSAULT", "negated"),
        ("A brief lull in the shelling let families leave the cellar.", "ASSAULT", "negated"),
        ("The rebels shelled the town without warning on Sunday.", "ASSAULT", "asserted"),
        # a verb in the perfect over years is a tally or a course; over days it is news
        ("Some 900 farmers have been killed in the valley since 1998.", "ASSAULT", "background"),
        ("Over the past decade the militia has kidnapped hundreds.", "ASSAULT", "background"),
        ("The mayor had been arrested in 2014 for bribery.", "COERCE", "background"),
        ("Police have arrested eleven men since Monday.", "COERCE", "asserted"),
        # a denied report, a cancelled event, a schedule
        ("There was no sign of fighting in the town.", "ASSAULT", "negated"),
        ("The protest was called off because of the heavy rain.", "PROTEST", "negated"),
        ("The summit is scheduled to open in Lusaka in June.", "CONSULT", "future"),
        ("The truce is due to lapse on Friday night.", "AGREE", "future"),
        # a headline's infinitive is a plan
        ("Envoys to meet in Oslo next week", "CONSULT", "future"),
    ],
)
def test_spans_earlier_events_lack_and_plans(
    code: Code, text: str, plover: str, modality: str
) -> None:
    events = [e for e in code(text) if e.type == plover]
    assert events, text
    assert events[0].modality == modality
