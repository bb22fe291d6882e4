"""Readings that turned non-events into asserted events (issue 15 precision, prec51): an
agreement named as the terms or the outcome of an act ("withdrew under the treaty", "the war
ended in a peace deal") read as what the act was done to; a weapons test's row read for fire at
a target ("fired on a boat at sea"); a rate told with a present passive ("are killed each year"),
a span of any one kind ("in a typical month") or a clause opened by "whenever"; an attack owned
("accepted responsibility for the bombing") read as a concession beside it; a sit-in ("students
occupied the rector's office") read as an assault; a warning of a hazard or a market figure ("a
storm warning", "a profit warning") read as a threat; an act recalled "in memory of"; an attack
simulated by a drill; a march or a strike planned; an act a thing lets someone do; the act of a
gerund denied ("denied carrying out the bombing"); plants, seeds and noise as a verb's patient;
a song or a thriller as a work of fiction; a rank "occupied"; a weapon turned on oneself read
as weapons given up (review49). An act simulated is still done where another verb of the
sentence tells an act of its type ("rehearsed an attack ... before striking it", review49). Each form gives no asserted event
of its type; the real event of the same shape stays asserted. All sentences written for these
tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an agreement as the terms or the outcome of an act: no agreement ended
        ("The troops withdrew under the treaty on Monday.", "SANCTION"),
        ("The war ended in a peace deal on Monday.", "SANCTION"),
        ("The standoff ended in a deal between the two clans.", "SANCTION"),
        ("The strike ended on Sunday with an agreement on wages.", "SANCTION"),
        # fire at a target at sea is no weapons test
        ("The navy fired on a boat at sea on Tuesday.", "MOBILIZE"),
        ("Coast guards fired on a fishing boat at sea on Tuesday.", "MOBILIZE"),
        ("Pirates fired at a tanker at sea off the coast on Sunday.", "MOBILIZE"),
        # a rate told in the present passive, over a span of any one kind, or with "whenever"
        ("Hundreds of civilians are killed each year in the region.", "ASSAULT"),
        ("Dozens of journalists are jailed every year in the region, the group says.", "COERCE"),
        ("Girls are abducted from the camps almost every month.", "ASSAULT"),
        ("Dozens of protesters are arrested each month in the capital.", "COERCE"),
        ("Some 200 protests are held in the capital in a typical month.", "PROTEST"),
        ("In an average year, about 300 people are killed in road accidents here.", "ASSAULT"),
        ("Dozens of migrants are detained in a typical week at the crossing.", "COERCE"),
        ("Shops are looted whenever the power goes out.", "COERCE"),
        ("Police fire tear gas at the crowds whenever students march.", "PROTEST"),
        ("The militia attacks the convoys whenever the army leaves the road.", "ASSAULT"),
        # an attack owned by its doer is no concession
        ("The group accepted responsibility for the bombing in a statement on Monday.", "CONCEDE"),
        ("The militia admitted responsibility for the attack on the convoy.", "CONCEDE"),
        ("The rebels acknowledged responsibility for the ambush.", "CONCEDE"),
        # a sit-in is no assault
        ("Students occupied the rector's office on Monday.", "ASSAULT"),
        ("Farmers occupied the mayor's office for three hours on Tuesday.", "ASSAULT"),
        ("Dozens of nurses occupied the hospital director's office.", "ASSAULT"),
        # a rank held is no takeover
        ("The team occupied first place for most of the season.", "ASSAULT"),
        ("She occupies a seat on the board of the bank.", "ASSAULT"),
        ("The club has occupied the top spot since October.", "ASSAULT"),
        # a warning of a hazard of nature or of a market figure
        ("Shares in the airline crashed after the profit warning.", "THREATEN"),
        ("The weather office issued a storm warning for the coast on Monday.", "THREATEN"),
        ("A flood warning remains in place for the river valley.", "THREATEN"),
        ("The retailer issued its second profit warning of the year.", "THREATEN"),
        # an act recalled in memory of its victims
        (
            "The town holds a march every year in memory of the victims of the massacre.",
            "ASSAULT",
        ),
        ("A concert was held in memory of those killed in the bombing.", "ASSAULT"),
        ("Relatives planted trees in memory of the victims of the attack.", "ASSAULT"),
        # an act imitated
        ("The drill simulated an attack on the power grid.", "ASSAULT"),
        ("The exercise simulated an invasion of the island by sea.", "ASSAULT"),
        ("The troops rehearsed an assault on a mock village.", "ASSAULT"),
        (
            "The cadets rehearsed an attack on the hill but will not attack it until spring.",
            "ASSAULT",
        ),
        # a weapon turned on oneself is aimed, not given up (review49)
        ("The gunman turned the rifle on himself.", "RETREAT"),
        ("The officer turned the gun on herself in the parked car.", "RETREAT"),
        ("Two of the gunmen turned their guns on themselves.", "RETREAT"),
        (
            "A nurse was shot and killed by her partner, who soon turned the rifle on himself.",
            "RETREAT",
        ),
        # an act planned
        ("Farmers are planning a march on the capital in the spring.", "PROTEST"),
        ("The unions are preparing a general strike for next month.", "PROTEST"),
        ("Opposition parties plan a rally in the capital on Saturday.", "PROTEST"),
        ("Three men plotted an attack on the army base, prosecutors said.", "ASSAULT"),
        # an act a thing or a rule makes possible
        ("This rifle scope lets hunters shoot accurately at long range.", "ASSAULT"),
        ("The game lets players storm enemy castles with their friends.", "ASSAULT"),
        ("The new rules let officers search cars without a warrant.", "COERCE"),
        # the act of a gerund denied
        ("The group denied carrying out the bombing.", "ASSAULT"),
        ("The army denied killing the two farmers.", "ASSAULT"),
        ("The rebels denied staging the attack on the convoy.", "ASSAULT"),
        # what a gardener plants, a sound killed
        ("Survivors planted flowers at the gate.", "ASSAULT"),
        ("Volunteers planted saplings along the river on Saturday.", "ASSAULT"),
        ("Volunteers planted seeds in the new park.", "ASSAULT"),
        ("The headphones kill background noise on long flights.", "ASSAULT"),
        # an act told within a song or a thriller
        ("The rapper attacked his critics in a new song.", "ASSAULT"),
        ("In the song, a soldier shoots his brother.", "ASSAULT"),
        ("The thriller's hero kidnaps the mayor's son.", "ASSAULT"),
    ],
)
def test_no_asserted_event(tagged: Code, text: str, kind: str) -> None:
    assert kind not in asserted_types(tagged, text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The government withdrew from the treaty on Monday.", "SANCTION"),
        ("The country pulled out of the nuclear treaty.", "SANCTION"),
        ("The war ended in a peace deal on Monday.", "AGREE"),
        ("The siege ended with a truce on Sunday.", "AGREE"),
        ("The troops withdrew under the treaty on Monday.", "RETREAT"),
        ("The navy fired on a boat at sea on Tuesday.", "ASSAULT"),
        ("Pirates fired at a tanker at sea off the coast on Sunday.", "ASSAULT"),
        ("The navy fired two missiles into the sea on Monday.", "MOBILIZE"),
        (
            "The army fired a ballistic missile into the sea off its east coast on Monday.",
            "MOBILIZE",
        ),
        ("Gunmen killed two farmers near the village on Monday.", "ASSAULT"),
        ("Police detained 30 migrants at the crossing on Tuesday.", "COERCE"),
        ("Some 200 farmers protested in the capital in the first week of the month.", "PROTEST"),
        ("Rioters looted shops on Friday after the power went out.", "COERCE"),
        ("The troops attacked the village on Monday, as they often do.", "ASSAULT"),
        ("The group accepted responsibility for the bombing in a statement on Monday.", "ASSAULT"),
        ("The minister accepted responsibility for the failures of the agency.", "CONCEDE"),
        ("The company admitted responsibility for the oil spill.", "CONCEDE"),
        ("Students occupied the rector's office on Monday.", "PROTEST"),
        ("Activists occupied the offices of the oil company in the capital on Friday.", "PROTEST"),
        ("Dozens of nurses occupied the hospital director's office.", "PROTEST"),
        ("Rebels occupied the town hall on Monday.", "ASSAULT"),
        ("Soldiers occupied the presidential palace overnight.", "ASSAULT"),
        ("The rebels occupied the town on Sunday.", "ASSAULT"),
        ("The rebels issued a warning to the army on Monday.", "THREATEN"),
        ("The minister issued a stern warning to the strikers.", "THREATEN"),
        ("Gunmen killed two men at a memorial concert on Monday.", "ASSAULT"),
        ("The attack was the deadliest in living memory.", "ASSAULT"),
        ("Students organised a march through the city on Monday.", "PROTEST"),
        ("Farmers staged a march on the capital on Monday.", "PROTEST"),
        ("The unions held a general strike on Monday.", "PROTEST"),
        ("The government let the convoy cross the border on Monday.", "RETREAT"),
        ("The rebels admitted staging the attack on the convoy.", "ASSAULT"),
        ("Militants planted a bomb under the bridge on Monday.", "ASSAULT"),
        ("Settlers burned dozens of olive trees near the village on Monday.", "ASSAULT"),
        ("Gunmen burned crops in fields near the village on Sunday.", "ASSAULT"),
        ("The agency distributed seed and tools to displaced families on Monday.", "AID"),
        (
            "The minister resigned on Friday, accepting responsibility for the police beating "
            "of a street vendor.",
            "CONCEDE",
        ),
        (
            "The ministry accused foreign agents of helping plan the attack on the airport.",
            "ASSAULT",
        ),
        ("Police arrested two men who were plotting an attack on the base.", "COERCE"),
        ("Gunmen shot a singer after a concert on Monday.", "ASSAULT"),
        # an act rehearsed and then done by another verb of its type (review49)
        ("The militants rehearsed an attack on the base before striking it on Friday.", "ASSAULT"),
        ("The rebels simulated an assault on the fort, then attacked it at dawn.", "ASSAULT"),
        ("The gang rehearsed the raid for weeks and then raided the bank on Monday.", "COERCE"),
        # weapons given up (the rows a weapon turned on oneself no longer reads)
        ("The rebels turned in their rifles on Monday.", "RETREAT"),
        ("The militia turned over its heavy weapons to the peacekeepers on Sunday.", "RETREAT"),
        ("The fighters turned their weapons over to the army on Tuesday.", "RETREAT"),
        ("Police beat the rapper outside the studio on Monday.", "ASSAULT"),
    ],
)
def test_real_event_of_the_same_shape(tagged: Code, text: str, kind: str) -> None:
    assert kind in asserted_types(tagged, text), text
