"""A court's ruling that an act was unlawful, or that broke a law, is a legal finding (116)
against whoever did the act; a ruling that finds nothing against anyone is no event."""

import pytest

from coding_cases import assert_coded, dyads

RULINGS = [
    ("Kenya's High Court ruled that the government's decision to ban the protests was unconstitutional.",
     "KENJUD", "KENGOV"),
    ("A WTO panel ruled that the export curbs Indonesia imposed on nickel broke global trade rules.",
     "IGOWTO", "IDN"),
    ("The European Court of Human Rights found Turkey responsible for the detention of the journalists.",
     "IGO", "TUR"),
    ("The government's timber quotas are unlawful, South Africa's Constitutional Court ruled on Thursday.",
     "ZAFJUD", "ZAFGOV"),
]


@pytest.mark.parametrize("text,source,target", RULINGS)
def test_a_court_finding_against_an_act_is_116_at_its_doer(text, source, target):
    assert_coded(text, source, target, ["116"])


@pytest.mark.parametrize("text", [
    "The court ruled that the election was not invalid.",
    "Investigators found that the crash was caused by a missile.",
    "The minister ruled out early elections.",
])
def test_no_finding_against_anyone(text):
    assert not any(c == "116" for _, _, c in dyads(text)), dyads(text)
