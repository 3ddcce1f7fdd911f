"""The EU's court, however the news names it, is the EU's, not the court of the state it judges.
Sentences written for these tests."""

from datetime import date

import pytest

from allegiance import code_text


def sources(text):
    return [e.source.code for e in code_text(text, date(2024, 5, 1)) if e.source]


@pytest.mark.parametrize("text", [
    "Europe's highest court ruled that Poland's judicial reforms broke the law.",
    "The European Court of Justice ruled that Hungary had broken the rules on asylum.",
])
def test_the_eus_court_is_not_the_court_of_the_state_it_judges(text):
    assert any(s.startswith("IGOEUREEC") for s in sources(text)), sources(text)
