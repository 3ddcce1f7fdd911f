"""Praise or criticism aimed at a deed an earlier clause told: "A and B signed a treaty, with C
hailing the deal as historic" (or "calling it historic") praises A and B, not the deal; "…, a verdict
rights groups called a sham" criticises the court that passed it, even when the parser loses the
relative clause or the deed comes after a quote. A reaction after another reaction ("condemned the
sentences, with X calling the trial unfair") names no deed of the first reaction's authors."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo[:3], e.target.country if e.target else None)
            for e in code_text(text, DAY)}


@pytest.mark.parametrize("text, triples", [
    # "with X hailing the deal": the deal's signatories are praised
    ("Serbia signed a gas agreement with Hungary in Belgrade, with Germany hailing the deal as historic.",
     {("DEU", "051", "SRB")}),
    # "with X calling it …": "it" stands for the earlier deed, done by both signatories
    ("Kenya and Tanzania signed a border treaty in Arusha on Monday, with France calling it a historic step.",
     {("FRA", "051", "KEN"), ("FRA", "051", "TZA")}),
    # a verdict after a quote, its relative clause lost by the parser: aimed at the court
    ("A court in Minsk sentenced the blogger to ten years in prison for \"insulting the president,\" "
     "a verdict Lithuania called a sham.", {("LTU", "111", "BLR")}),
])
def test_reaction_aimed_at_earlier_deed(text, triples):
    assert triples <= _triples(text)


def test_reaction_after_reaction_names_no_deed():
    text = "Britain and Canada condemned the sentences, with Ottawa calling the trial unfair."
    assert ("CAN", "111", "GBR") not in _triples(text)
