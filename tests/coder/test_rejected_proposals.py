"""Rejections of a proposal, demand, offer or ban are aimed at whoever made or issued it, also when
spaCy takes the particle of "brush aside" for a preposition, and when the author is named only by a
word before the thing ("a Greek proposal", "an EU ban")."""

from coding_cases import assert_coded


def test_brushing_aside_a_demand_parsed_as_a_preposition():
    assert_coded("Vietnam's foreign minister spoke in Hanoi on Sunday, brushing aside Beijing's demand for a delay.",
                 "VNM", "CHN", ["12"])


def test_brushing_aside_a_proposal_named_by_its_author():
    assert_coded("The Turkish president spoke in Ankara on Sunday, brushing aside a Greek proposal for a joint patrol.",
                 "TUR", "GRC", ["12"])


def test_brushing_aside_a_warrant_defies_the_court_that_issued_it():
    assert_coded("Belarus's president hosted the Sudanese leader in Minsk, brushing aside an International "
                 "Criminal Court warrant for his arrest.", "BLR", "IGOICC", ["128"])


def test_ignoring_an_offer_of_talks_rebuffs_its_author():
    assert_coded("Caracas has ignored Bogota's offers of talks on the border.", "VEN", "COL", ["12"])
