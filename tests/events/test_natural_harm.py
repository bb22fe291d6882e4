"""Harm done by nature or a mishap is no assault; a vehicle laden with explosives is a weapon."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    "text",
    [
        "A landslide buried six homes in the hill village on Saturday.",
        "Heavy snow swept down the pass, killing two hikers.",
        "A propane explosion wrecked the bakery, injuring three staff.",
        "The courier was badly hurt when a lorry struck him at the junction.",
    ],
)
def test_natural_harm_is_no_assault(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.type == "ASSAULT" and e.modality == "asserted"], text


@pytest.mark.parametrize(
    "text",
    [
        "A van packed with explosives blew up outside the barracks, wounding five soldiers.",
        "Gunmen shot the driver in his truck on the ring road on Monday.",
    ],
)
def test_weapons_and_attacks_stay_assaults(code: Code, text: str) -> None:
    assert [e for e in code(text) if e.type == "ASSAULT" and e.modality == "asserted"], text
