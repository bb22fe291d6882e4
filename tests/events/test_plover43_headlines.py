"""A headline's verb in its base form tagged as a noun (plover43).

Headlines tell news in the present with no article: after a plural subject ("Rioters", "Police")
the verb has its base form, and the small parser often tags it as a singular noun ("Looters
torch warehouses"). On a headline line with no verb of its own, such a word whose lemma is a
trigger verb (and no event noun), after the line's opening noun phrase with a plural head and
before an object, is read as the verb, its subject the phrase before it. The same word after a
singular noun, in a compound the parse reads as one, or on a line that has its verb stays a
noun."""

from __future__ import annotations

import pytest

from .conftest import Code

BODY = "\nOfficials said on Monday that calm had returned."
"""A second line under the headline under test, so the first line reads as a headline."""


def _headline_events(code: Code, headline: str) -> list[tuple[str, str | None, str, str]]:
    return [
        (e.type, e.mode, e.modality, " ".join(a.text for a in e.actor))
        for e in code(headline + BODY)
        if e.evidence.start == 0
    ]


@pytest.mark.parametrize(
    ("headline", "plover", "actor"),
    [
        ("Villagers torch mining company trucks", "ASSAULT", "Villagers"),
        ("Looters torch warehouses in port city", "ASSAULT", "Looters"),
        ("Rioters torch police station", "ASSAULT", "Rioters"),
        ("Smugglers torch border post", "ASSAULT", "Smugglers"),
        ("Rebels mass troops near northern town", "MOBILIZE", "Rebels"),
        ("Troops station tanks at border crossing", "MOBILIZE", "Troops"),
        ("Militants mass fighters on hills above valley", "MOBILIZE", "Militants"),
        ("Students torch ruling party office after vote", "PROTEST", "Students"),
    ],
)
def test_a_base_form_headline_verb_taken_for_a_noun_is_read(
    code: Code, headline: str, plover: str, actor: str
) -> None:
    events = _headline_events(code, headline)
    assert any(t == plover and m == "asserted" and actor in a for t, _, m, a in events), (
        headline,
        events,
    )


def test_a_crowd_that_torches_in_a_headline_riots(code: Code) -> None:
    events = _headline_events(code, "Students torch ruling party office after vote")
    assert ("PROTEST", "riot") in {(t, m) for t, m, _, _ in events}, events


@pytest.mark.parametrize(
    "headline",
    [
        # a singular noun before the word: a noun compound
        "Student torch relay draws crowds",
        "Festival torch parade cancelled",
        "Olympic torch arrives in capital",
        # the parse reads one noun ("police station"), or the line has its verb
        "Police station torch relay route set",
        "Police station blaze",
        "Police raid team wins award",
        "Workers strike ballot opens",
    ],
)
def test_a_headline_noun_compound_stays_quiet(code: Code, headline: str) -> None:
    events = _headline_events(code, headline)
    assert not any(t in {"ASSAULT", "MOBILIZE", "PROTEST"} for t, _, _, _ in events), (
        headline,
        events,
    )
