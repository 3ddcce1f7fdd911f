"""Where the parser hangs a word somewhere else than the meaning needs: a preposition on the last
of two objects, a trip in a phrase beside the subject, an answer "with" an act, the object of a
relative clause, a verdict read as an apposition. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_preposition_on_the_last_of_two_objects():
    assert_coded("Iran fired 90 drones and 12 missiles at Israel overnight.", "IRN", "ISR", ["19"])


def test_on_a_visit_beside_the_subject():
    assert_coded("Lula, on a state visit to Angola, praised its oil industry.", "BRA", "AGO", ["042"])


def test_a_continent_is_no_visit_to_a_town_of_that_name():
    got = dyads("Lavrov, on his second trip to Africa this year, praised Mali.")
    assert not any(c == "042" for _, _, c in got), got


def test_answering_with_an_act():
    assert_coded("Ottawa retaliated with tariffs on American steel.", "CAN", "USA", ["163"])


def test_object_of_a_relative_clause():
    assert_coded("Beijing protested against the duties Brussels slapped on Chinese-made cars.", "IGOEUREEC", "CHN", ["163"])


def test_denying_a_charge_answers_the_accuser():
    assert_coded("Armenia accused Azerbaijan of shelling its villages, a charge Baku denied.", "AZE", "ARM", ["016"])


def test_a_verdict_the_parser_reads_as_an_apposition():
    assert_coded("Kenya's president branded Sudan's junta a rogue regime.", "KEN", "SDN", ["111"])


def test_agreeing_that_something_should_happen_is_no_event():
    got = dyads("Rome and Paris agreed that the Lebanese army should take over the border posts.")
    assert not any(c.startswith(("02", "03")) for _, _, c in got), got


def test_agreeing_to_act_is_still_an_intent():
    assert_coded("Rome and Paris agreed to hold joint naval exercises.", "ITA", "FRA", ["03"])


def test_as_followed_by_a_verb_opens_a_clause_not_a_role():
    # "with X as guarantors" names a role; "with Rwanda as M23 rebels close in" is a clause
    assert_coded("Burundi cut ties with Rwanda as rebels advanced on Bujumbura.", "BDI", "RWA", ["161"])


def test_denying_having_done_something_is_a_denial():
    # "denied arming the rebels" is a denial (016), as "denied that it armed the rebels" is
    got = dyads("Uganda has denied arming the M23 rebels.")
    assert any(s.startswith("UGA") and c == "016" for s, _, c in got), got
    assert not any(c.startswith("07") for _, _, c in got), got


def test_a_call_or_meeting_framing_what_one_side_told_the_other_is_held_with_it():
    assert_coded("Kenya will send more police to Haiti, Ruto told Guterres in a phone call.", "KEN", "IGOUNO", ["041"])
    assert_coded("Lula told Petro at their meeting in Bogota that Brazil backed the talks.", "BRA", "COL", ["040"])


def test_a_summit_where_something_else_happened_is_no_meeting_with_it():
    got = dyads("Hungary blocked the EU aid package at a summit in Brussels.")
    assert not any(c.startswith("04") for _, _, c in got), got
