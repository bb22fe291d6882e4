"""The trigger lexicon: which words report which PLOVER event type and mode.

Verb lemmas, phrasal verbs (lemma + particle or preposition) and event nouns, each with its PLOVER
type and (optional) mode, are the language's tables `lang/<code>/events/triggers/verbs.tsv`,
`phrasal.tsv` and `nouns.tsv` (read into `EventWords`). Written by the project from the PLOVER
manual's definitions; a word that is ambiguous without context (e.g. "strike") is settled in
`candidates.py` by what surrounds it.

Codebook choice, gunfire without a violent verb: a wound or a death by gunfire that the text tells
without saying who shot ("died from a gunshot wound", "found dead with gunshot wounds", "shots
were fired", "a hunting accident", "the gun discharged", "accidentally shot himself") is ASSAULT
with mode firearms. PLOVER defines ASSAULT as a deliberate action that can cause substantial harm
and files accidents under its "disasters" context, but a report of a gunshot wound rarely settles
intent at first, and the incident databases eventwire is checked against (the Gun Violence
Archive) count accidental and self-inflicted shootings, suicides included, as incidents. Such
events get no actor; ACLED typing then reads them as violence against civilians unless the text
names armed sides. Words such as "shot" or "accident" count only where the sentence ties them to a
gun (`clauses.not_gunfire`): a flu shot, a car accident or a patient discharged from hospital are
no event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .words import EventWords, Trigger


def load_cameo_verbs(
    lex: EventWords,
) -> tuple[dict[str, Trigger], dict[tuple[str, str], Trigger]]:
    """The derived CAMEO verb lexicon: bare verbs (minus `lex`'s general ones) and verb + object
    noun (minus function words)."""
    bare: dict[str, Trigger] = {}
    patterns: dict[tuple[str, str], Trigger] = {}
    overrides = verb_overrides(lex)
    for row in lex.lexicon.table("events/dictionaries/verbs"):
        if row.get("mode") is None or not row["type"]:
            continue
        lemma, word, plover, mode = row["lemma"], row["word"], row["type"], row["mode"]
        trig: Trigger | None = (plover, mode or None)
        override = overrides.get((lemma, word))
        if override is not None and override[0] == plover:
            trig = override[1]  # the project's correction of the derived row (None: dropped)
        if trig is None:
            continue
        if not word:
            if lemma not in lex.general_verbs and " " not in lemma:
                bare[lemma] = trig
        elif word not in lex.function_words:
            patterns[(lemma, word)] = trig
    return bare, patterns


OVERRIDES = "events/dictionaries/verb_overrides"
"""The project's corrections of the derived CAMEO verb rows (kept apart from `verbs.tsv`, which
`scripts/derive_event_tables.py` rewrites): lemma, object word (empty: the bare verb), the type the
derived row has, the type it gets or `-` to drop the row, its mode, and the reason."""


def verb_overrides(lex: EventWords) -> dict[tuple[str, str], tuple[str, Trigger | None]]:
    """(lemma, word) -> (the derived type it corrects, the trigger it gets; None: dropped). A row
    applies only while the derived row still has the type it names, so a regenerated dictionary
    that changed the row is not silently retyped."""
    if not lex.lexicon.has(OVERRIDES):
        return {}
    out: dict[tuple[str, str], tuple[str, Trigger | None]] = {}
    for row in lex.lexicon.table(OVERRIDES):
        new = row["type"].strip()
        trig: Trigger | None = None if new == "-" else (new, row["mode"].strip() or None)
        out[(row["lemma"].strip(), row["word"].strip())] = (row["was"].strip(), trig)
    return out
