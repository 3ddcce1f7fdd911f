"""Dictionary coverage: news-English synonyms of listed verbs ("neutralised" for killed,
"slew", "incarcerated", "smeared", "ostracised") code like the verbs they stand for.
Sentences written for these tests."""

from coding_cases import assert_coded


def test_military_euphemism_for_killing():
    assert_coded("Nigerian troops neutralised 40 Boko Haram fighters in Borno.", "NGAMIL", "NGA", ["19"])
    assert_coded("Pakistani soldiers neutralized six Taliban fighters near Peshawar.", "PAKMIL", None, ["19"])


def test_headline_word_for_killing():
    assert_coded("Russian troops slew dozens of Ukrainian civilians in Bucha.", "RUSMIL", "UKR", ["19"])


def test_incarceration_is_imprisonment():
    assert_coded("Iran incarcerated a French academic.", "IRN", "FRA", ["17"])


def test_smearing_an_actor_is_criticism():
    assert_coded("Beijing smeared the Philippine government in a state media campaign.", "CHN", "PHL", ["11"])
