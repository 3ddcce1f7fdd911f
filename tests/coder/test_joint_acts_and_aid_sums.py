"""Material cooperation and aid that main missed: "was extradited from Spain to Argentina" is
Spain's act; a joint act (exercises, patrols, sails) is done
by both sides, also when one side is named after "with" or the sides fly a joint patrol near a
third state; a loan or package "signed off on" is the light verb's noun; and a sum names the aid
it pays for after "in" ("$300 million in military assistance for Ukraine")."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo[:2], e.target.country if e.target else None)
            for e in code_text(text, DAY)}


@pytest.mark.parametrize("text, triples", [
    # a joint act with someone is that someone's act too
    ("Egypt held joint military drills with Saudi Arabia last week.", {("EGY", "06", "SAU"), ("SAU", "06", "EGY")}),
    ("Vietnam is holding its first joint naval exercise with India this week.",
     {("VNM", "06", "IND"), ("IND", "06", "VNM")}),
    # coordinated sides of a joint patrol near a third state cooperate with each other
    ("Chinese and Russian warplanes flew a joint patrol near Guam on Tuesday.",
     {("CHN", "06", "RUS"), ("RUS", "06", "CHN")}),
    ("Kenya and Tanzania conducted their first joint sail in the Indian Ocean.",
     {("KEN", "06", "TZA"), ("TZA", "06", "KEN")}),
    # a passive extradition names its sender after "from"
    ("The former minister was extradited from Spain to Argentina on Monday.", {("ESP", "06", "ARG")}),
    # a sum stands for the aid it buys
    ("Biden announced $300 million in military assistance for Ukraine.", {("USA", "07", "UKR")}),
])
def test_cooperation_coded(text, triples):
    assert triples <= _triples(text)


def test_loan_signed_off_is_aid():
    events = code_text("The World Bank board signed off on a $2 billion loan for Kenya on Monday.", DAY)
    assert any(e.cameo == "071" and e.target is not None and e.target.country == "KEN" for e in events)


@pytest.mark.parametrize("text", [
    # not joint: exercises near someone are no cooperation with them
    "China held military drills near Taiwan on Monday.",
    # a sum counted by something other than aid is no aid
    "Kenya spent $300 million in Nairobi on new roads.",
])
def test_no_cooperation(text):
    assert not any(code[:2] in ("06", "07") for _, code, _ in _triples(text))
