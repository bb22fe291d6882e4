"""History and hypotheticals asserted as news (issue 15 precision, prec53): a trailing adjunct
of a war shared by joined verbs ("was looted and burned during the civil war"); an act in the
clause of a counted time ("it was the third time that the army had seized power"); an event
noun that a span of years is filled with ("after years of negotiations"); an act named after a
phrase of a condition ("in case of an attack"); the object of a verb of weighing ("ministers are
weighing sanctions"), and bare "weigh" read as no consultation; a perfect counted from a
regime's or a tenure's start ("since the coup", "since taking power"); an act in a tenure told as
past ("during his first term"); talks that are the purpose of a journey still to come ("will
travel to Beijing for talks") or set by an act still to come ("is set to approve sanctions at
its meeting"). Each form gives no asserted
event of its type; the real event of the same shape stays asserted. All sentences written for
these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a trailing adjunct of a war, shared by joined verbs
        ("The church was looted and set on fire during the civil war.", "ASSAULT"),
        ("Thousands were rounded up and jailed during the uprising.", "COERCE"),
        ("The old town was shelled and largely destroyed during the war.", "ASSAULT"),
        # an act in the clause of a counted time
        ("It was the fourth time in ten years that soldiers had seized power.", "COERCE"),
        ("It was the second time this year that police had raided the newspaper.", "COERCE"),
        ("This was the third occasion on which rebels had attacked the convoy.", "ASSAULT"),
        # a count over years, the act in the simple past (fix51e)
        ("It was the third time in two decades that troops stormed the parliament.", "ASSAULT"),
        ("It was the fifth time in 30 years that the army overthrew a government.", "ASSAULT"),
        ("It was the second time in a week that police had arrested the activist.", "COERCE"),
        # an event noun a span of years is filled with
        ("The accord was signed after years of talks mediated by Qatar.", "CONSULT"),
        ("Decades of fighting have left the province in ruins.", "ASSAULT"),
        ("The border reopened after two years of negotiations.", "CONSULT"),
        # a phrase of a condition
        ("In case of a strike, the trains will not run.", "PROTEST"),
        ("In the event of an invasion, the reserves would be called up.", "ASSAULT"),
        ("Guards carry batons in case of an attack on the gate.", "ASSAULT"),
        # the object of a verb of weighing
        ("The cabinet is weighing a curfew in the capital.", "COERCE"),
        ("The council considered a ban on the rally but took no decision.", "COERCE"),
        ("Officials are mulling sanctions on the two banks.", "SANCTION"),
        ("Ministers weighed new sanctions against the regime on Monday.", "CONSULT"),
        # a tally counted from a regime's or a tenure's start
        ("Since the coup, soldiers have detained dozens of students.", "COERCE"),
        ("Since independence, the country has fought three wars with its neighbour.", "ASSAULT"),
        ("Since coming to power, the military has arrested scores of journalists.", "COERCE"),
        ("Since she took office, the mayor has jailed four critics.", "COERCE"),
        # an act in a tenure told as past
        ("During her first term, the governor jailed several critics.", "COERCE"),
        ("In his previous tenure, the minister expelled two ambassadors.", "SANCTION"),
        ("During his earlier presidency, he ordered strikes on rebel camps.", "ASSAULT"),
        # a meeting or talks set by an act still to come
        ("The foreign minister will travel to Beijing next month for talks.", "CONSULT"),
        ("The envoy is expected to fly to Cairo for negotiations.", "CONSULT"),
        ("The bloc is set to adopt the measures at a meeting of ministers next week.", "CONSULT"),
        ("The leaders are set to sign the pact at a summit next month.", "CONSULT"),
    ],
)
def test_no_asserted_event(tagged: Code, text: str, kind: str) -> None:
    assert kind not in asserted_types(tagged, text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # joined verbs of the news, with no war
        ("The church was looted and set on fire on Sunday.", "ASSAULT"),
        ("Two men were detained and jailed on Tuesday.", "COERCE"),
        ("The village was shelled and burned overnight, residents said.", "ASSAULT"),
        # an act of the news beside a count that is none
        ("Soldiers seized power in the capital on Wednesday.", "COERCE"),
        ("Police raided the newspaper's offices on Tuesday.", "COERCE"),
        ("Rebels attacked the convoy for the third time on Monday.", "ASSAULT"),
        # a count over days, weeks, this month or this year, the act in the simple past: the news
        # counted among like acts (fix51e)
        (
            "It was the second time in four days that militants shelled the market, killing "
            "three traders.",
            "ASSAULT",
        ),
        ("It was the third time this week that gunmen ambushed a bus, killing five.", "ASSAULT"),
        ("It was the fourth time this month that soldiers raided the village.", "COERCE"),
        ("It was the second time this year that protesters stormed the ministry.", "PROTEST"),
        # a span of hours, or no span
        ("The two sides held talks in Doha on Monday.", "CONSULT"),
        ("Fighting broke out in the province on Sunday.", "ASSAULT"),
        ("Negotiators met for six hours on Thursday.", "CONSULT"),
        # no condition
        ("Dock workers went on strike on Monday.", "PROTEST"),
        ("Gunmen attacked the gate of the base on Friday.", "ASSAULT"),
        ("A guard was wounded in an attack on the gate on Friday.", "ASSAULT"),
        # a verb of weighing that judges a done act, or a step taken
        ("The cabinet imposed a curfew on the capital on Monday.", "COERCE"),
        ("The council banned the rally on Tuesday.", "COERCE"),
        ("Police considered the shooting an act of terror.", "ASSAULT"),
        # a start that is dated, or no start of a regime
        ("Since the coup on Monday, soldiers have detained dozens of students.", "COERCE"),
        ("Since the army took over on Tuesday, troops have arrested 40 people.", "COERCE"),
        ("Police have arrested 12 people since the riot began.", "COERCE"),
        # a tenure of the news, or none
        ("During the visit, the governor jailed several critics.", "COERCE"),
        ("The minister expelled two ambassadors on Monday.", "SANCTION"),
        ("In his first week in office, the president ordered strikes on rebel camps.", "ASSAULT"),
        # talks of the news
        ("The foreign minister flew to Beijing on Monday for talks.", "CONSULT"),
        ("The envoy arrived in Cairo on Tuesday for negotiations.", "CONSULT"),
        ("The two leaders met at a summit in Vienna on Friday.", "CONSULT"),
    ],
)
def test_real_event_of_the_same_shape(tagged: Code, text: str, kind: str) -> None:
    assert kind in asserted_types(tagged, text), text
