"""PLOVER conventions read from the manual and the gold standard's tune part: cyber attacks and
martial law are COERCE, forces kept on alert MOBILIZE, withdrawn envoys or relief a SANCTION,
relief handed over AID, a stated future retreat a promise (AGREE) or, on a condition, a threat, a
stated refusal to cooperate a REJECT, an accepted settlement an AGREE, a visitor hosted CONSULT."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # cyber attacks (COERCE 'cyber')
        ("Unknown hackers defaced the websites of two ministries on Friday.", "COERCE"),
        ("A group of hackers hacked into the central bank's computers last week.", "COERCE"),
        ("Officials reported a cyber attack on the national grid.", "COERCE"),
        # martial law and emergencies (COERCE 'martial-law')
        ("The army imposed martial law in the northern provinces on Monday.", "COERCE"),
        ("The cabinet declared a nationwide state of emergency after the riots.", "COERCE"),
        # alert status (MOBILIZE)
        ("Police units remained on alert in the old city on Sunday.", "MOBILIZE"),
        ("Border troops were put on high alert after the incident.", "MOBILIZE"),
        # envoys and observers withdrawn (SANCTION 'withdraw'); troops withdrawn (RETREAT)
        ("France withdrew its ambassador from the capital on Tuesday.", "SANCTION"),
        ("The UN pulled out its observers from the border region.", "SANCTION"),
        ("The army withdrew its troops from the disputed town.", "RETREAT"),
        # relief handed over (AID); a team of observers received (RETREAT 'access')
        ("Volunteers handed over 300 boxes of medicine to the local clinic.", "AID"),
        ("The charity handed over food and blankets to the displaced families.", "AID"),
        ("The president received a team of inspectors from the agency on Tuesday.", "RETREAT"),
        # stated future retreat: a promise; on a condition: a threat
        ("The rebels said they are willing to withdraw their fighters from the town.", "AGREE"),
        ("The militia announced it will release all the hostages next week.", "AGREE"),
        (
            "Ghana announced that it will pull out its troops from the mission unless the "
            "warring sides agree to talks.",
            "THREATEN",
        ),
        (
            "The president said he stands ready to impose martial law if the unrest goes on.",
            "THREATEN",
        ),
        # a settlement accepted (AGREE); cooperation refused in so many words (REJECT)
        (
            "The union accepted a compromise for ending the two-month strike, officials said.",
            "AGREE",
        ),
        ("Jordan insists it will not accept new migrants from the south.", "REJECT"),
        ("The rebels will not agree to the plan.", "REJECT"),
        ("The government said it would not accept the proposal.", "REJECT"),
        ("The opposition said it would not attend the talks.", "REJECT"),
        ("The foreign minister attended the meeting in Cairo on Monday.", "CONSULT"),
        # refusals with a particle (REJECT)
        ("The government ruled out talks with the rebels on Monday.", "REJECT"),
        ("The prime minister turned down the offer of mediation.", "REJECT"),
        # hosting a visitor (CONSULT 'visit')
        ("The king gave a warm welcome to the visiting president on Friday.", "CONSULT"),
        ("The foreign minister received a delegation from the opposition on Tuesday.", "CONSULT"),
        ("The Chinese premier paid a visit to Nairobi last week.", "CONSULT"),
        # working together (COOPERATE)
        ("The two agencies teamed up to track the traffickers.", "COOPERATE"),
        # relief withdrawn (SANCTION), the return of what was seized (RETREAT)
        ("The agency withdrew its medical supplies from the camp.", "SANCTION"),
        ("The rebels returned the weapons they had seized from the soldiers.", "RETREAT"),
        ("The army allowed the entry of aid convoys into the town.", "RETREAT"),
        # lexical gaps: reproach (ACCUSE), relations broken (SANCTION), office quit (RETREAT),
        # amnesty (CONCEDE), reinforcements (MOBILIZE), demobilising (RETREAT)
        ("The foreign ministry rebuked the ambassador over his remarks.", "ACCUSE"),
        ("Prosecutors indicted the former mayor on fraud charges.", "ACCUSE"),
        ("The opposition leader lashed out at the government over the price rises.", "ACCUSE"),
        ("The two countries severed diplomatic relations after the incident.", "SANCTION"),
        ("The government broke off talks with the union on Wednesday.", "SANCTION"),
        ("The finance minister quit his post on Monday after the scandal.", "RETREAT"),
        ("The president granted an amnesty to 300 political prisoners.", "CONCEDE"),
        ("The army sent reinforcements to the border region.", "MOBILIZE"),
        ("The militia began to demobilize its fighters last week.", "RETREAT"),
        # a vow of force is a threat; a vow to keep a truce a promise
        ("The rebels vowed to fight until the army leaves the valley.", "THREATEN"),
        ("The rebels pledged to respect the ceasefire.", "AGREE"),
        ("The general swore to defend the city.", "AGREE"),
        # a message saying what someone must do is a demand
        (
            "The foreign minister issued a reminder to Iran that it must allow inspectors into "
            "the plant.",
            "REQUEST",
        ),
    ],
)
def test_family(code: Code, text: str, plover: str) -> None:
    assert _best(code, text) == plover


@pytest.mark.parametrize(
    "text",
    [
        "The minister will resign next month, his office said.",  # a plan, no promise
        "Rebels handed over their weapons to the peacekeepers.",  # disarming, not relief
        "The company said it would cooperate with the inquiry if asked.",  # no promise made
    ],
)
def test_not_a_promise_or_aid(code: Code, text: str) -> None:
    assert _best(code, text) not in {"AGREE", "AID"}


def test_quitting_a_habit_is_no_resignation(code: Code) -> None:
    assert not code("He quit smoking last year.")


def test_oath_of_office_is_no_event(code: Code) -> None:
    assert not code("The new president was sworn in on Monday.")


def test_warning_of_a_fact_is_no_threat(code: Code) -> None:
    events = code("The ministry warned on Monday that the talks had failed.")
    assert not any(e.type == "THREATEN" and e.modality == "asserted" for e in events)
    threat = code("The army warned that it would respond with force.")
    assert any(e.type == "THREATEN" for e in threat)


def test_permitted_rally_is_a_concession(code: Code) -> None:
    events = code("The interior ministry allowed the opposition to hold a rally in the capital.")
    assert max(events, key=lambda e: e.confidence).type == "CONCEDE"
    assert any(e.type == "PROTEST" for e in events)  # the rally stays for ACLED's reading


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # force the state uses on a protest or its crowd tells the protest (the PLOVER gold
        # standard codes a crowd the police break up with tear gas as PROTEST)
        (
            "Riot police fired tear gas to scatter hundreds of students marching on the parliament.",
            "PROTEST",
        ),
        (
            "Soldiers opened fire on a crowd of demonstrators in the port city, killing three.",
            "PROTEST",
        ),
        # demonstrators' violence is a riot (PROTEST riot), rioters with no protest a mob
        (
            "Demonstrators hurled bottles at the police and burned cars outside the town hall.",
            "PROTEST",
        ),
        ("Rioters torched cars in the suburb overnight.", "ASSAULT"),
        # arrests and bans stay coercion, as does force told before a protest
        ("Police arrested a dozen protesters outside the embassy.", "COERCE"),
        ("Authorities banned a planned march by the teachers' union.", "COERCE"),
        # joint exercises are COOPERATE, one country's exercises MOBILIZE (PLOVER manual)
        (
            "The navies of Chile and Peru held joint exercises off the coast on Tuesday.",
            "COOPERATE",
        ),
        ("The army held exercises near the northern border on Tuesday.", "MOBILIZE"),
    ],
)
def test_protest_met_and_joint_exercises(code: Code, text: str, plover: str) -> None:
    assert _best(code, text) == plover


def test_demonstrators_rioting_is_a_violent_demonstration(code: Code) -> None:
    event = next(
        e
        for e in code(
            "Demonstrators hurled bottles at the police and burned cars outside the town hall."
        )
        if e.type == "PROTEST"
    )
    assert (event.mode, event.acled_sub_event_type) == ("riot", "Violent demonstration")


def test_exercise_in_a_fitness_sense_is_no_event(code: Code) -> None:
    assert code("She began an exercise routine after her knee surgery.") == ()


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # forces that free people held by others, or move civilians out of danger, rescue them
        # (PLOVER AID); a side freeing its own prisoners, or leaving a base, retreats
        ("Detectives freed twelve kidnapped farm workers from a warehouse on Monday.", "AID"),
        ("Peacekeepers evacuated 200 villagers from the flooded valley on Sunday.", "AID"),
        ("The junta freed 50 political prisoners on Monday.", "RETREAT"),
        ("Troops evacuated the hilltop base on Friday.", "RETREAT"),
    ],
)
def test_rescues_are_aid(code: Code, text: str, plover: str) -> None:
    assert _best(code, text) == plover
