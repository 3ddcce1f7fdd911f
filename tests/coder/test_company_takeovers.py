"""A state taking control of a company is confiscating property (1711), not occupying ground
(192): "seized control of a Chinese-owned chipmaker". Taking control of a town stays 192.
Sentences written for these tests."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo, e.target.country if e.target else None)
            for e in code_text(text, DAY)}


@pytest.mark.parametrize("text, triple", [
    ("The Italian government seized control of a Chinese-owned chipmaker in Milan, citing national security.",
     ("ITA", "1711", "CHN")),
    ("Germany took control of a Russian-owned energy company under an emergency law.",
     ("DEU", "1711", "RUS")),
])
def test_taking_control_of_a_company_is_confiscation(text, triple):
    triples = _triples(text)
    assert triple in triples
    assert not any(code.startswith("19") for _, code, _ in triples)


def test_taking_control_of_a_town_is_still_occupation():
    assert ("RUS", "192", "UKR") in _triples("Russian troops seized control of the Ukrainian town of Avdiivka.")
