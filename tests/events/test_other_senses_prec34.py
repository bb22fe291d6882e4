"""Words of violence in other senses (prec34, issue 15): a living thing or a machine that attacks,
a fight against a fire, a thing beaten or killed in a kitchen or a lab, a dismissal, a person
struck by a vehicle, a round of golf. Each form both ways: the attack by people stays one."""

from __future__ import annotations

import pytest

from .conftest import Code, has_asserted


@pytest.mark.parametrize(
    "text",
    [
        # a living thing or a machine does the harm (`misreadings/nonhuman_actors.txt`)
        "Tests in the greenhouse showed that the mould attacks the leaves of young vines.",
        "A parasite invades the gut of the fish and kills it within a month.",
        "A swimmer was attacked by a shark near the reef on Sunday and lost a lot of blood.",
        "Dog attack leaves postman with bitten hand",
        "Under attack from a beetle, the pine forests of the valley are dying.",
        "The new robot vacuum attacks crumbs and grit with a twin brush.",
        # a fight against a fire or a force of nature (`misreadings/fought_forces.txt`)
        "Firefighters battled a blaze at a timber yard for nine hours on Monday.",
        "Volunteers fought the flames with buckets until the engines arrived.",
        # a thing beaten, killed or fired at (`thing_themes.txt`)
        "Whisk the cream until stiff, then beat the eggs with the butter.",
        "Kill the heat once the sauce thickens and stir in the cheese.",
        "The physicists fired a laser at a thin crystal to watch the atoms move.",
        # a dismissal (`sense_frames.tsv`, `misreadings/dismissed_staff.txt`)
        "The retailer fired 200 staff at its head office on Friday.",
        "The club sacked its coach after five straight defeats.",
        # struck by a vehicle (`misreadings/striking_things.txt` as a clause's agent)
        "A jogger was badly hurt after being hit by a bus near the park.",
        "An old man was killed after being struck by a tractor on a farm lane.",
        # a round of golf (`sport_verbs.txt`)
        "The veteran shot a closing round of 66 to win the tournament by two strokes.",
        # a shootout of a match (`sport_verbs.txt`; the setting preps set aside for a noun too)
        "Rovers lost the cup final in a penalty shootout.",
        "The keeper saved two kicks in the penalty shootout on Sunday.",
        # a plot: the act told within a work of fiction (`misreadings/fiction_works.txt`)
        "In the novel's last pages, the pirates storm the fort and free the governor.",
        "In the film's opening scene, the heroine blows up a bridge to stop the train.",
        "The movie's villain kidnaps the mayor's daughter in the second act.",
    ],
)
def test_other_sense_is_no_assault(code: Code, text: str) -> None:
    assert not has_asserted(code(text), "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "The rebels attacked the convoy near the border on Tuesday.",
        "Police dogs attacked two men outside the parliament on Monday.",
        "Militants fought the army for control of the town on Sunday.",
        "Villagers battled the raiders with sticks and stones on Friday.",
        "Soldiers fired rockets at the village on Monday.",
        "The gunman fired at the crew of the ambulance on Saturday.",
        "Two men were injured after being attacked by gunmen on the ring road.",
        "A man was killed when he was deliberately rammed by a car driven by an attacker outside "
        "the station.",
        "Gunmen opened fire on worshippers at a mosque on Friday.",
        "Rebels set fire to the town hall on Monday.",
        "A man shot his neighbour after an argument on Sunday, police said.",
        "Police killed three suspects in a shootout near the stadium after the game.",
        "A shootout between police and gang members after the match left two dead.",
        "In the video, soldiers beat a man with sticks outside the market.",
        "Three villagers were killed in a series of raids on Monday.",
        "A man was shot dead in the opera house car park on Friday.",
    ],
)
def test_attack_by_people_stays_an_assault(code: Code, text: str) -> None:
    assert has_asserted(code(text), "ASSAULT"), text
