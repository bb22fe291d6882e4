"""A blind set of PLOVER wire sentences of our own (issue 15, plover50), gated at the share reached.

`plover50_wire_set.tsv` holds 229 sentences in the register of international wire copy
(governments, ministries, armies, rebels, police, UN bodies, envoys), one event each (the event
of the main clause), written and labelled with the PLOVER type by `docs/CODEBOOK.md` before the
coder ran on them; none is from a development set. They are spread over the 16 types as news
spreads them, in the forms a coder meets there: nominal events, headlines, passives, reported
speech, light verbs, titles as subjects, two events in one sentence (its `form` column).

The share of sentences whose most confident event (the rules alone, geocoded, as the PLOVER
benchmark reads a sentence) has the gold type: 209 of 229 on main 377d0ca0, 214 with plover50's
forms (light verbs read by their noun, a gerund a refusal governs). A gate is raised as the set
is mended, never lowered.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .conftest import Best

SET = Path(__file__).parent / "plover50_wire_set.tsv"
GATE = 214
"""Right of the set's 229 with plover50's forms."""
PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "SANCTION MOBILIZE COERCE ASSAULT".split()
)


def read_set(path: Path = SET) -> list[tuple[str, str, str]]:
    """The (PLOVER type, form, text) rows of the set's TSV."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, form, text = line.split("\t")
            rows.append((kind, form, text))
    return rows


def test_set_is_large_labelled_and_spread() -> None:
    rows = read_set()
    assert len(rows) >= 200  # noqa: PLR2004 - the brief's size
    assert len({text for *_, text in rows}) == len(rows)
    kinds = Counter(kind for kind, *_ in rows)
    assert set(kinds) == PLOVER_TYPES
    assert min(kinds.values()) >= 8  # noqa: PLR2004 - every type told several times


def test_blind_type_accuracy(best: Best) -> None:
    rows = read_set()
    wrong: Counter[str] = Counter()
    for kind, _, text in rows:
        event = best(text)
        if event is None or event.type != kind:
            wrong[kind] += 1
    right = len(rows) - sum(wrong.values())
    print(f"plover50 wire set: {right}/{len(rows)}; wrong by gold type: {dict(wrong)}")
    assert right >= GATE
