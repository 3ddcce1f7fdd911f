"""A state that summons another's envoy "to protest" lodges an official complaint (114) with that
state; it does not stage a demonstration (141), whether it is named as a country or as its
government. A crowd that gathers to protest still demonstrates."""

import pytest

from coding_cases import dyads

SUMMONED = [
    ("Norway summoned the Iranian ambassador to protest against the arrest of two aid workers.", "NOR", "IRN"),
    ("Poland summoned Belarus's ambassador on Friday to protest against the airspace violation.", "POL", "BLR"),
    ("The Czech foreign ministry summoned the Russian envoy to protest the expulsion of its consul.", "CZE", "RUS"),
]


@pytest.mark.parametrize("text,source,target", SUMMONED)
def test_summoning_an_envoy_to_protest_is_an_official_complaint(text, source, target):
    coded = dyads(text)
    assert any(s.startswith(source) and t.startswith(target) and c == "114" for s, t, c in coded), coded
    assert not any(c.startswith("14") for _, _, c in coded), coded


def test_a_crowd_that_gathers_to_protest_still_demonstrates():
    coded = dyads("Thousands of Kenyans gathered in Nairobi to protest against the finance bill.")
    assert any(c == "141" for _, _, c in coded), coded
