"""Coercion (CAMEO 17) the dictionaries name by more than a verb: the owner of a seized or
destroyed thing that names no actor is the first actor or place of another state its phrase
names ("seized a tanker off the coast of Yemen"), and arrests spoken of as a verb with a
prepositional noun ("took him into custody", "placed the president under house arrest",
"kept the editor behind bars"), in the passive done by the police of the place. Sentences
written for these tests."""

from coding_cases import assert_coded, dyads


def test_a_seized_ship_belongs_to_the_state_off_whose_coast_it_was_taken():
    assert_coded("The French navy seized a cargo ship off the coast of Libya.", "FRA", "LBY", ["171"])


def test_seized_property_belongs_to_the_state_named_as_its_user():
    assert_coded("Ottawa seized a dozen websites used by Iranian state media.", "CAN", "IRN", ["171"])


def test_a_seizure_in_the_actors_own_country_names_no_foreign_owner():
    got = dyads("Turkish police seized weapons in a raid in Ankara.")
    assert not any(c.startswith("17") for _, _, c in got), got


def test_taking_someone_into_custody_is_an_arrest():
    assert_coded("Bolivian police took the former minister Arce into custody.", "BOL", "BOL", ["173"])


def test_placing_a_leader_under_house_arrest_is_a_detention():
    assert_coded("Mutinous soldiers in Niger placed President Mohamed Bazoum under house arrest.", "NER", "NER", ["173"])


def test_a_passive_house_arrest_is_done_by_the_police_of_the_place():
    assert_coded("The opposition leader was placed under house arrest in Kampala.", "UGA", "UGA", ["173"])


def test_keeping_a_critic_behind_bars_is_a_detention():
    assert_coded("Belarusian authorities have kept the journalist Andrzej Poczobut behind bars since 2021.",
                 "BLR", "BLR", ["173"])


def test_taking_something_into_account_is_no_arrest():
    got = dyads("Ankara took the concerns of Greece into account.")
    assert not any(c.startswith("17") for _, _, c in got), got
