"""A small gazetteer (a few countries' cities; all countries) and the spaCy pipeline, each made
once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.annotate.nlp import load_nlp
from eventwire.geocode.build import build_gazetteer
from eventwire.geocode.gazetteer import GAZETTEER_FILE, Gazetteer
from eventwire.geocode.resolver import Geocoder
from eventwire.lang import load_lexicon
from eventwire.settings import Settings

TEST_COUNTRIES = ("IQ", "SY", "US", "CN", "FR", "AU", "GB", "BF", "NP", "PS")


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gazetteer") / GAZETTEER_FILE
    return build_gazetteer(
        path, lexicon=load_lexicon("en"), countries=TEST_COUNTRIES, progress=False
    )


@pytest.fixture(scope="session")
def gazetteer(gazetteer_path: Path) -> Gazetteer:
    return Gazetteer(gazetteer_path)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp(Settings().spacy_model)


@pytest.fixture(scope="session")
def full_geocoder() -> Geocoder:
    """A geocoder over the full gazetteer of the settings' cache (built there if missing)."""
    geocoder = Geocoder(Settings().cache_dir)
    geocoder.setup()
    return geocoder
