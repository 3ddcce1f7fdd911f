"""Precision pass p1 (session 3): rows narrowed because they misfired in general. Sentences written
for these tests, none taken from a gold set; each must now code NOTHING of the narrowed reading."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,code", [
    # escort: escorting a person out is an expulsion or a courtesy, not military protection (074)
    ("Police in Vienna escorted the Iranian envoy to the airport.", "074"),
    ("Guards escorted the Russian ambassador out of the building.", "074"),
    # work with: vague cooperation talk is not material cooperation (060)
    ("Chile said it would work with Peru on the fisheries dispute.", "060"),
    ("Officials in Nairobi are working with Uganda to find a solution.", "060"),
])
def test_narrowed_reading_not_coded(text, code):
    got = dyads(text)
    assert not any(c == code for _, _, c in got), f"{code} still coded in {text!r}: {got}"


def test_escorting_ships_still_protection():
    assert_coded("French warships escorted Greek tankers through the strait.", "FRA", "GRC", ["074"])


@pytest.mark.parametrize("text", [
    "Peruvian police stormed the Bolivian embassy in Lima to arrest a former minister.",
])
def test_police_storming_embassy_is_no_riot(text):
    got = dyads(text)
    assert not any(c == "145" for _, _, c in got), got
    assert any(c == "171" for _, _, c in got), got
