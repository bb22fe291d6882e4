"""A blind set of PLOVER wire sentences of our own aimed at the types the PLOVER check part loses
most (issue 15, plover55), gated at the share reached.

`plover55_wire_set.tsv` holds 218 sentences in the register of international wire copy, one
event each (the main clause's), written and labelled with the PLOVER type by `docs/CODEBOOK.md`
before the coder ran on them; none is from a development set, none repeats plover50's set. The
check part's per-type counts (`bench_events.py --plover-only`) lose most on SANCTION (no event),
AID (read as RETREAT or CONSULT), AGREE and CONCEDE (read as each other, AID or SUPPORT) and
ACCUSE / REJECT: the set tells those types every way wire copy does (verbs, nouns, light verbs,
passives, headlines, reported speech, titles, two events, negations that keep the type).

The share whose most confident event (the rules alone, geocoded, as the PLOVER benchmark reads a
sentence) has the gold type: the first 178 gave 143 on main c1e26981 and 158 with plover55's
forms; the 40 written after (a second batch, labelled before running) 20 on the first forms and
20 on the final ones; 180 of 218 in all (163 on main). A gate is raised as the set is mended, never lowered.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .conftest import Best
from .test_plover50_blind_set import read_set

SET = Path(__file__).parent / "plover55_wire_set.tsv"
GATE = 180
"""Right of the set's 218 with plover55's forms."""
AIMED = frozenset("SANCTION AID AGREE CONCEDE SUPPORT ACCUSE REJECT".split())


def test_set_is_large_labelled_and_aimed() -> None:
    rows = read_set(SET)
    assert len(rows) >= 150  # noqa: PLR2004 - the brief's size
    assert len({text for *_, text in rows}) == len(rows)
    kinds = Counter(kind for kind, *_ in rows)
    assert set(kinds) <= AIMED


def test_blind_type_accuracy(best: Best) -> None:
    rows = read_set(SET)
    wrong: Counter[str] = Counter()
    for kind, _, text in rows:
        event = best(text)
        if event is None or event.type != kind:
            wrong[kind] += 1
    right = len(rows) - sum(wrong.values())
    print(f"plover55 wire set: {right}/{len(rows)}; wrong by gold type: {dict(wrong)}")
    assert right >= GATE
