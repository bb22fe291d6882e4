"""The project's corrections of the derived CAMEO verb rows (`dictionaries/verb_overrides.tsv`,
plover30): read where the derived table is loaded and applied after it, so a regenerated
`verbs.tsv` keeps them. A row retypes or drops one derived row while that row still has the type
it names. Regret for what one did is an apology (CONCEDE), not an accusation; an admission, a
defence and training are no support, aid or agreement by the bare verb."""

from __future__ import annotations

import pytest

from eventwire.events import triggers
from eventwire.events.words import event_words

from .conftest import Code


def _derived() -> dict[tuple[str, str], str]:
    lex = event_words()
    return {
        (row["lemma"], row["word"]): row["type"]
        for row in lex.lexicon.table("events/dictionaries/verbs")
        if row["type"]
    }


def test_every_override_names_a_derived_row_and_the_type_it_has() -> None:
    derived = _derived()
    overrides = triggers.verb_overrides(event_words())
    assert overrides
    for key, (was, _) in overrides.items():
        assert derived.get(key) == was, key


def test_the_overrides_drop_and_retype_derived_rows() -> None:
    bare, patterns = triggers.load_cameo_verbs(event_words())
    assert "admit" not in bare and "defend" not in bare and "train" not in bare
    assert ("train", "pilots") not in patterns
    assert bare["regret"] == ("CONCEDE", None)
    assert patterns[("defend", "plan")] == ("SUPPORT", None)  # rows not overridden stay


def test_an_override_whose_derived_row_changed_is_not_applied() -> None:
    lex = event_words()
    overrides = triggers.verb_overrides(lex)
    assert overrides[("regret", "")] == ("ACCUSE", ("CONCEDE", None))
    row = next(r for r in lex.lexicon.table("events/dictionaries/verbs") if r["lemma"] == "regret")
    assert row["type"] == overrides[("regret", "")][0]


def _types(code: Code, text: str) -> set[str]:
    return {e.type for e in code(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The army said it regretted the deaths of two farmers in the raid.",
        "The railway company regretted the injuries its derailed train caused.",
    ],
)
def test_regret_for_what_one_did_is_concede(code: Code, text: str) -> None:
    events = code(text)
    assert max(events, key=lambda e: e.confidence).type == "CONCEDE"
    assert "ACCUSE" not in {e.type for e in events}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The boy was admitted to the district hospital on Tuesday.", "SUPPORT"),
        ("The boarding school admitted forty new pupils this term.", "SUPPORT"),
        ("The young goalkeeper defended bravely throughout the cup final.", "AID"),
        ("A veteran lawyer will defend the singer at the trial.", "AID"),
        ("The youth team trained at the new stadium on Monday.", "AGREE"),
        ("The air force trained pilots for the new jets.", "AGREE"),
    ],
)
def test_bare_admit_defend_train_are_no_support_aid_or_agreement(
    code: Code, text: str, wrong: str
) -> None:
    assert wrong not in _types(code, text)
