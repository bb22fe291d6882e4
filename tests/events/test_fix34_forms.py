"""fix34 (issue 15 precision): an act dated by a list or a range of past years is history
(`background`), as one past year is; a recent date in the same list keeps it news. CAMEO's bare
"train" is no agreement; "hack" with plants, wood or a way for its object is no assault. All
sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rebels shelled the border villages in 2014, 2016 and 2019.", "ASSAULT"),
        ("Militants attacked the pipeline in 2013 and again in 2018.", "ASSAULT"),
        ("Between 2005 and 2009 the militia abducted dozens of teachers.", "ASSAULT"),
        ("Gunmen raided the mine in 2011, in 2015 and in 2020, killing scores.", "ASSAULT"),
        ("The group hacked the ministry's website three times: in 2010, 2011 and 2013.", "COERCE"),
        ("The archive's servers were hacked in 2009, 2012 and 2015.", "COERCE"),
    ],
)
def test_an_act_dated_by_past_years_is_history(tagged: Code, text: str, kind: str) -> None:
    events = [e for e in tagged(text) if e.type == kind]
    assert events and all(e.modality == "background" for e in events), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rebels shelled the border villages in 2019 and again last week.", "ASSAULT"),
        ("Militants attacked the pipeline in 2017 and again on Monday.", "ASSAULT"),
        ("Gunmen raided the mine in 2012, 2018 and last month, killing scores.", "ASSAULT"),
    ],
)
def test_a_recent_date_in_the_list_keeps_it_news(tagged: Code, text: str, kind: str) -> None:
    events = [e for e in tagged(text) if e.type == kind]
    assert any(e.modality == "asserted" for e in events), text


@pytest.mark.parametrize(
    "text",
    [
        "The army trained 500 hackers last year.",
        "The ministry trained snipers for the border units.",
        "The club trained young swimmers at the new pool.",
    ],
)
def test_training_is_no_agreement(tagged: Code, text: str) -> None:
    assert not any(e.type == "AGREE" for e in tagged(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The two countries agreed to train police officers.",
        "The governments agreed on Friday to train border guards together.",
    ],
)
def test_agreeing_to_train_is_an_agreement(tagged: Code, text: str) -> None:
    assert any(e.type == "AGREE" for e in tagged(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The ministry trained snipers for the border units.",
        "The rebels trained fighters in the mountains.",
        "The army has trained 200 hackers to attack foreign networks.",
        "The spy agency trained hundreds of computer hackers.",
    ],
)
def test_training_fighters_is_mobilizing(tagged: Code, text: str) -> None:
    assert any(e.type == "MOBILIZE" for e in tagged(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Farmers hacked the branches off the trees.",
        "Villagers hacked a path through the jungle.",
        "The workers hacked their way through the thick undergrowth.",
    ],
)
def test_hacking_plants_or_a_way_is_no_assault(tagged: Code, text: str) -> None:
    assert not any(e.type == "ASSAULT" for e in tagged(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen hacked two villagers to death with machetes.",
        "A mob hacked him with machetes.",
        "The guard was hacked to death by attackers.",
    ],
)
def test_hacking_a_person_is_an_assault(tagged: Code, text: str) -> None:
    assert any(e.type == "ASSAULT" for e in tagged(text)), text
