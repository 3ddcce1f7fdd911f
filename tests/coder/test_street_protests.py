"""A crowd that takes to the streets protests (141) at its own government, and so does one that
protests against a measure rather than an actor; a state that "protests" is not a crowd."""

import pytest

from coding_cases import assert_coded, dyads

STREETS = [
    ("Thousands of Chileans took to the streets of Santiago on Friday over fare rises.", "CHL"),
    ("Tens of thousands of people poured into the streets of Bucharest for a third night.", "ROU"),
    ("Crowds of students filled the main square of Dhaka, chanting against the quota system.", "BGD"),
    ("Hundreds of people protested in Lusaka against the new electricity tariffs.", "ZMB"),
]


@pytest.mark.parametrize("text,country", STREETS)
def test_a_crowd_in_the_streets_protests_at_its_government(text, country):
    assert_coded(text, country, country + "GOV", ["141"])


@pytest.mark.parametrize("text", [
    "Soldiers were ordered onto the streets of the capital after the riots.",
    "Heavy rain flooded the streets of Lagos on Monday.",
    "The senator took to social media to defend the bill.",
])
def test_streets_without_a_protesting_crowd_are_no_protest(text):
    assert not any(c.startswith("14") for _, _, c in dyads(text)), dyads(text)


def test_a_state_that_protests_is_not_a_crowd_against_its_government():
    got = dyads("Seoul protested to Tokyo over the new textbooks.")
    assert any(c == "114" for _, _, c in got), got
    assert not any(c.startswith("141") for _, _, c in got), got
