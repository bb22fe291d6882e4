"""Fixtures for the annotate tests: one spaCy pipeline and one time tagger per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import TimeTagger
from eventwire.settings import Settings


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp(Settings().spacy_model)


@pytest.fixture(scope="session")
def tagger() -> TimeTagger:
    return TimeTagger()
