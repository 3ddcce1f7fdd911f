"""Two officials who sign, agree or affirm something together in a place of one of their
states: the other made a visit there (042) and was hosted (043). States named as such ("India
and France signed …") make an accord, not a visit, and a place said of something else in the
sentence is not where they met. Sentences written for these tests."""

from coding_cases import assert_coded, dyads, has_event



def test_officials_signing_in_one_side_capital_is_a_visit():
    text = "Narendra Modi and Emmanuel Macron signed a defence pact in Paris on Monday."
    assert_coded(text, "IND", "FRA", ["042"])
    assert_coded(text, "FRA", "IND", ["043"])


def test_ministers_agreeing_in_one_side_capital_is_a_visit():
    text = "The Kenyan and Ethiopian foreign ministers agreed in Addis Ababa to hold talks on their border."
    assert_coded(text, "KEN", "ETH", ["042"])


def test_signing_where_a_place_named_before_it():
    text = "Pedro Sanchez ended his tour in Rabat, where he and Moroccan Prime Minister Aziz Akhannouch signed an accord on migration."
    assert_coded(text, "ESP", "MAR", ["042"])


def test_states_by_name_signing_make_no_visit():
    got = dyads("India and France signed a defence pact in Paris on Monday.")
    assert not has_event(got, "IND", "FRA", ["042"])


def test_a_place_of_something_else_is_no_visit():
    got = dyads("Narendra Modi and Emmanuel Macron signed a defence pact, weeks after riots in Paris.")
    assert not has_event(got, "IND", "FRA", ["042"])
