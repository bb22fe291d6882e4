"""Asserted events that are background or supposition by their form, with no date (issue 15,
prec26): a course of years ("have clashed for decades", "over time ... began to imprison"), a
conflict's tally ("the war, which has killed thousands"), an act set in a war ("who fought in
the war", "during the uprising"), an act at an age ("joined the rebels at 17 and fought"), and an act told in a relative
clause on whoever may act ("anyone who attacked"). The real forms beside them stay asserted: a penalty's length, hours of clashes, a
relative clause on the news's own doer, a dated act of a conflict, a time of day, an appeal to anyone who saw it. All sentences
and pages written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, has_asserted

_asserted = has_asserted


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a course of years
        ("The two clans have clashed for decades over grazing land.", "ASSAULT"),
        ("Rival gangs have fought over the port for years.", "ASSAULT"),
        ("The cartels have fought each other for many years.", "ASSAULT"),
        ("Over the years, the militia attacked dozens of villages.", "ASSAULT"),
        # a conflict's tally
        (
            "The conflict, which has killed thousands of civilians, shows no sign of ending.",
            "ASSAULT",
        ),
        ("The insurgency has killed hundreds of police officers.", "ASSAULT"),
        ("The war that killed half a million people ended in a truce.", "ASSAULT"),
        ("The militia has killed thousands since it took up arms.", "ASSAULT"),
        ("Thousands of villagers have been killed by the militias.", "ASSAULT"),
        ("The army has killed tens of thousands of rebels.", "ASSAULT"),
        # an act set in a war, or told of someone's past
        ("Karimov, who fought in the war against the rebels, now runs a bakery.", "ASSAULT"),
        ("The veteran, who was wounded during the uprising, now teaches history.", "ASSAULT"),
        ("The village was attacked by militants during the civil war.", "ASSAULT"),
        (
            "Born in a mining town, Ortega joined the rebels at 17 and fought in the mountains.",
            "ASSAULT",
        ),
        ("At the age of 15, she was shot by a soldier.", "ASSAULT"),
    ],
)
def test_background_by_form(tagged: Code, text: str, kind: str) -> None:
    events = tagged(text)
    assert any(e.type == kind for e in events), text
    assert not _asserted(events, kind), text


@pytest.mark.parametrize(
    "text",
    [
        "The party vowed to punish anyone who attacked its offices.",
        "The chief vowed to find anyone who shot at his officers.",
    ],
)
def test_supposed_doer(tagged: Code, text: str) -> None:
    events = tagged(text)
    assert any(e.type == "ASSAULT" and e.modality == "hypothetical" for e in events), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A judge jailed the man for five years on Tuesday.", "COERCE"),
        ("Fighters clashed for hours near the airport on Sunday.", "ASSAULT"),
        ("The gunman, who killed three people at a school, remains at large.", "ASSAULT"),
        ("Two soldiers were killed in the attack on the base, the army said.", "ASSAULT"),
        ("Gunmen opened fire at 10 outside the bar, police said.", "ASSAULT"),
        ("Police arrested anyone who refused to leave the square.", "COERCE"),
        ("Anyone who saw the crash is urged to phone detectives.", "REQUEST"),
        ("At least 12 people have been killed in the raids, officials said.", "ASSAULT"),
        ("Hundreds have been arrested in the protests this week.", "COERCE"),
        # a group named by its conflict; a dealing of the news about one; forces by the thousand
        ("The rebellion has rejected the truce offered by the regional bloc.", "REJECT"),
        ("Prosecutors indicted nine former officers for torture during the war.", "ACCUSE"),
        (
            "Thousands of reservists have been mobilised as the army readies an offensive.",
            "MOBILIZE",
        ),
        ("Rebels attacked the town in the insurgency's latest offensive on Monday.", "ASSAULT"),
        ("The conflict flared on Sunday when militants shelled the town, killing four.", "ASSAULT"),
        (
            "The rebels have attacked the convoy near the border, officials said on Tuesday.",
            "ASSAULT",
        ),
        ("Gunmen shot two men outside a bar since midnight, police said.", "ASSAULT"),
        ("The court on Monday convicted the man of murder.", "SANCTION"),
    ],
)
def test_news_stays(tagged: Code, text: str, kind: str) -> None:
    assert _asserted(tagged(text), kind), text


# Short pages in several registers: the news event stays asserted, the background does not.
PAGES = [
    (
        "Gunmen attacked a police post in the northern town of Velsk on Tuesday, killing two "
        "officers, the interior ministry said.\n"
        "The region has been restive for years. The insurgency, which has killed hundreds of "
        "civilians, began after a disputed election.\n"
        "Local clans have clashed for decades over grazing land, and the army has struggled "
        "to hold the roads.",
        "attacked",
    ),
    (
        "Maria Ortega was elected mayor of the port city on Sunday.\n"
        "Born in a mining town, she joined the rebels at 17 and fought in the northern "
        "mountains. Her brother, who was wounded during the uprising, now runs a bakery.\n"
        "She promised to reopen the schools.",
        "promised",
    ),
    (
        "Police arrested a man on Friday after a shooting outside a bar left one person hurt.\n"
        "The chief said anyone who shot at his officers would be found.\n"
        "The shooting came weeks after a market bombing. The war, which has killed thousands, "
        "goes on.",
        "arrested",
    ),
]


@pytest.mark.parametrize(("page", "news"), PAGES)
def test_pages(tagged: Code, page: str, news: str) -> None:
    """Every asserted event of the page is told by its news sentence (the one holding `news`)."""
    asserted = [e for e in tagged(page) if e.modality == "asserted"]
    told = [page[e.evidence.start : e.evidence.end] for e in asserted]
    assert asserted and all(news in t for t in told), told
