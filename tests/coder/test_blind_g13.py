"""Session 4, blind set g13 (Middle East and North Africa): the general families added from its
misses. Every sentence here was written for these tests, none is taken from a gold set; each needs one
of the rows under "session 4, blind set g13"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 073 relief sent into a place
    ("Jordan sent food and medicine into Gaza on Tuesday.", "JOR", "PSE", ["073"]),
    ("Turkey trucked relief supplies into Syria overnight.", "TUR", "SYR", ["073"]),
    # 1623 humanitarian aid halted or blocked
    ("Israel halted all deliveries of fuel and food into Gaza.", "ISR", "PSE", ["1623"]),
    ("Ethiopia blocked humanitarian aid to Sudan.", "ETH", "SDN", ["1623"]),
    # 1621 power lines and pipelines cut
    ("Russia shut down the pipeline to Hungary.", "RUS", "HUN", ["1621"]),
    ("Israel cut the main power line to Gaza.", "ISR", "PSE", ["1621"]),
    # 190 forces sweeping into a place
    ("Rebels swept into Aleppo on Friday.", "SYR", "SYR", ["190"]),
    # 014 a party weighing its own role
    ("Oman is reconsidering its role as a mediator.", "OMN", "", ["014"]),
    # 163 sanctions triggered
    ("Britain triggered the return of UN sanctions on Iran.", "GBR", "IRN", ["163"]),
    # 0863 aid let into a place
    ("Israel allowed aid trucks into Gaza on Sunday.", "ISR", "PSE", ["0863"]),
    # 040 in contact with
    ("India said it was in close contact with Iranian authorities.", "IND", "IRN", ["040"]),
])
def test_blind_g13_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "The retailer halted deliveries of food into its flagship stores after the flood.",
    "Storm Ciaran swept through Brittany overnight, cutting power lines to thousands of homes.",
    "Liverpool swept into the semi-finals with a 3-0 win over Porto.",
    "The utility shut down the pipeline to the refinery for maintenance.",
])
def test_blind_g13_quiet(text):
    assert dyads(text) == []
