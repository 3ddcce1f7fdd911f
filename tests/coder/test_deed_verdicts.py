"""A verdict on a deed named with its doer: "called the accord signed by Oslo a betrayal". A deed
noun with a "by" phrase names no actor itself; the verdict is aimed at whoever the "by" phrase
names. A naming verb with a verdict after its object ("called the Iranian strike reckless") is
a verdict before any fixed phrase of the verb; a naming verb on an object that some verbs.tsv row reads as a fixed phrase is still a
verdict unless that row is a denial."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo, e.target.country if e.target else None)
            for e in code_text(text, DAY)}


@pytest.mark.parametrize("text, triple", [
    ("Chile's foreign minister called the decision by Bolivia a brazen provocation.", ("CHL", "111", "BOL")),
    ("Ecuador called Colombia's annexation plan an encroachment on its territory.", ("ECU", "111", "COL")),
    # "call a strike" is a fixed phrase (143); a verdict after the object makes it a naming
    ("Macron called the Iranian strike reckless.", ("FRA", "111", "IRN")),
    # a deed with no doer of its own: whom the critic vows to answer in the joined clause did it
    ("Beijing called the arrests a hostile act and vowed to retaliate against Tokyo.", ("CHN", "111", "JPN")),
])
def test_verdict_on_a_deed_reaches_its_doer(text, triple):
    assert triple in _triples(text)


def test_praise_of_a_deed_by_a_state_stays_praise():
    assert not any(t[1].startswith("11") for t in _triples("Chile's foreign minister hailed the decision by Bolivia as historic."))
