"""`sentence_places._caps`: every token's capital read once per parse, as `_is_cap` reads it."""

from __future__ import annotations

from spacy.language import Language

from eventwire.geocode.sentence_places import _caps, _is_cap


def test_caps_are_is_cap_of_every_token(nlp: Language) -> None:
    doc = nlp(
        "Fighters from Nord-Kivu crossed into Baden-Wurttemberg, AT&T said; the mayor of "
        "Le Puy-en-Velay and 3 others (\u00c9vreux) met in the town hall.\n\nIt rained."
    )
    assert list(_caps(doc)) == [_is_cap(t) for t in doc]
    assert any(_caps(doc)) and not all(_caps(doc))  # the checks read real values
    assert _caps(doc) is _caps(doc)  # kept for the parse
    other = nlp("Rain fell on Lyon.")
    assert list(_caps(other)) == [_is_cap(t) for t in other]
    assert _caps(nlp("")) == ()
