"""Backing told as a manner phrase and apologies told as asking forgiveness: "came out in support of
Rabat's plan" or "spoke in favour of Kyiv's bid" is praise (051) of what is backed or of its owner,
not of a place named after it; "struck rebel positions in support of the army" stays the strike.
"asked forgiveness from the survivors" is an apology (055) to them."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo[:3], e.target.country if e.target else None)
            for e in code_text(text, DAY)}


@pytest.mark.parametrize("text, triple", [
    # the owner of the backed plan is praised, not the place the plan is for
    ("Portugal came out in support of Kenya's peace plan for Somalia on Tuesday.", ("PRT", "051", "KEN")),
    ("Austria came out in favour of Serbia's membership proposal.", ("AUT", "051", "SRB")),
    # an actor backed outright
    ("The Dutch government spoke out in favour of Ukraine at the summit.", ("NLD", "051", "UKR")),
])
def test_backing_in_support_of(text, triple):
    assert triple in _triples(text)


def test_backing_names_not_the_place_after_the_plan():
    assert ("PRT", "051", "SOM") not in _triples("Portugal came out in support of Kenya's peace plan for Somalia on Tuesday.")


def test_force_in_support_of_is_not_praise():
    triples = _triples("Chadian jets bombed rebel positions in Darfur in support of Sudan's army.")
    assert not any(code == "051" for _, code, _ in triples)


def test_asking_forgiveness_is_an_apology():
    assert ("BEL", "055", "COD") in _triples(
        "Belgium's king asked forgiveness from the Congolese people for the abuses of the colonial era.")
