"""`TriggerWords`: the words the trigger can read an event from, gathered once (perf27).

The tables only let the trigger skip words no row names: on sentences of our own that exercise
each way a word becomes a candidate (a verb's rows, a purpose clause on a verb no row names, an
event noun, a wound, a "shoot-out", a "sit-in", a patrol, an easing noun, a headline's verb
taken for a noun, a message that demands, an armed group's own act, a weak verb's portion
doers, a deadline given, a saying verb's act), the sentence's candidates are those found when
every word is asked."""

from __future__ import annotations

import copy

import pytest
from spacy.language import Language

from eventwire.events.coder import EventCoder
from eventwire.events.trigger_words import TriggerWords

SENTENCES = [
    "Rebel fighters fired mortar rounds at the garrison on Monday.",
    "Farmers parked their tractors across the motorway to protest against the new fuel tax.",
    "Two guards suffered bullet wounds in the shoot-out near the depot.",
    "Students staged a sit-in at the library on Tuesday and refused to leave.",
    "A navy patrol was carried out along the northern coast overnight.",
    "The council announced the lifting of the curfew in the old town.",
    "Mayor rejects calls for new vote\n\nThe mayor spoke to reporters on Friday.",
    "The union sent a warning to the firm that it must rehire the dismissed drivers.",
    "The militia announced its formation in a video posted online.",
    "Hospital staff were hit by a round of layoffs last spring.",
    "Pilots scrambled fighter jets over the strait after the drone was spotted.",
    "Police arrested six protesters who had blocked the bridge to demand cheaper bread.",
    "The minister said the army would withdraw its troops from the border town.",
    "The junta gave the foreign observers 48 hours to leave the country.",
    "The opposition party said no to the draft constitution in a statement on Sunday.",
]


class _Every:
    """A set that holds every word: the trigger then asks every word, as before the tables."""

    def __contains__(self, word: object) -> bool:
        return True


def _found(coder: EventCoder, nlp: Language, text: str) -> list[tuple[str, int, str | None]]:
    doc = nlp(text)
    return [
        (c.type, c.trigger.i, c.mode)
        for sent in doc.sents
        for c in coder._sentence_events(sent, None)
    ]


def test_the_tables_skip_no_word_that_reports_an_event(coder: EventCoder, nlp: Language) -> None:
    rows = coder.trigger_words()
    every = copy.copy(rows)
    for name in ("verbs", "nouns", "noun_forms", "armed_only_verbs"):
        setattr(every, name, _Every())
    found_with_rows = [_found(coder, nlp, text) for text in SENTENCES]
    coder._trigger_words = every
    try:
        found_asking_all = [_found(coder, nlp, text) for text in SENTENCES]
    finally:
        coder._trigger_words = rows
    assert found_with_rows == found_asking_all
    assert sum(map(bool, found_with_rows)) >= len(SENTENCES) // 2  # the sentences tell events


@pytest.mark.parametrize(
    ("lemma", "lower"),
    [("wound", "wounds"), ("shoot", "shoot"), ("sit", "sit"), ("patrol", "patrol")],
)
def test_a_noun_that_may_report_an_event(coder: EventCoder, lemma: str, lower: str) -> None:
    assert coder.trigger_words().noun_may_report(coder.lex, lemma, lower)


@pytest.mark.parametrize(("lemma", "lower"), [("table", "tables"), ("Tuesday", "tuesday")])
def test_a_noun_no_row_names(coder: EventCoder, lemma: str, lower: str) -> None:
    assert not coder.trigger_words().noun_may_report(coder.lex, lemma, lower)


def test_the_tables_follow_new_rows(coder: EventCoder) -> None:
    rows = coder.trigger_words()
    assert coder.trigger_words() is rows  # gathered once
    other = EventCoder(learned=False)
    other.lex, other.cameo_verbs, other.cameo_patterns = (
        coder.lex,
        {"frobnicate": ("AID", None)},
        {},
    )
    assert "frobnicate" in other.trigger_words().verbs
    assert isinstance(other.trigger_words(), TriggerWords)
