"""A reaction with no target of its own answers the clause after it that says what it answers:
"lodged a protest after Chinese ships entered its waters", "condemned the shelling after Serbian
troops fired on villages". A phrase after it ("after talks with X") names no one to blame."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo, e.target.country if e.target else None)
            for e in code_text(text, DAY)}


@pytest.mark.parametrize("text, triple", [
    ("Manila lodged a diplomatic protest after Chinese coast guard vessels fired water cannon near the shoal.",
     ("PHL", "114", "CHN")),
    ("Greece condemned the incursion after Turkish warships entered the disputed waters.",
     ("GRC", "111", "TUR")),
    ("Rwanda denounced what it called a \"reckless provocation\" after Congolese jets entered its airspace.",
     ("RWA", "111", "COD")),
])
def test_reaction_answers_the_clause_after_it(text, triple):
    assert triple in _triples(text)


@pytest.mark.parametrize("text", [
    "Seoul condemned the launch after talks with Washington.",
    "Chile lodged a formal protest after it had reviewed the report.",
])
def test_no_target_from_a_phrase_or_a_pronoun(text):
    assert not any(code.startswith("11") and target is not None for _, code, target in _triples(text))
