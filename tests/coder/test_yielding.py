"""Yielding (08): a release in exchange for people is also the other side's release of them,
sides that ease measures on each other or each hand prisoners back act on each other, a measure
is aimed at whom the relative clause about it names, and troops pulled out of a country leave
it. Sentences written for these tests."""

from coding_cases import dyads


def _has(got, source, target, root):
    return any(s[:3] == source and t is not None and t[:3] == target and c.startswith(root) for s, t, c in got)


def test_a_release_in_exchange_for_people_held_by_the_other_side():
    got = dyads("Iran freed two Danish sailors in exchange for three Iranian prisoners held by Denmark.")
    assert _has(got, "IRN", "DNK", "08"), got
    assert _has(got, "DNK", "IRN", "08"), got


def test_a_release_in_return_for_a_named_person_held_in_a_country():
    got = dyads("Belarus released a Polish journalist in return for the release of Oleg Sidorenko, "
                "who had been held in Poland on spying charges.")
    assert _has(got, "POL", "BLR", "08"), got


def test_people_held_in_a_states_prisons():
    got = dyads("Armenia will free 40 Azerbaijani soldiers in exchange for 60 Armenian civilians held in Azerbaijani jails.")
    assert _has(got, "AZE", "ARM", "08"), got


def test_no_exchange_without_an_exchange_phrase():
    got = dyads("Iran freed two Danish sailors after talks with Denmark.")
    assert not _has(got, "DNK", "IRN", "08"), got


def test_sides_that_ease_tariffs_on_each_others_goods():
    got = dyads("Brazil and Argentina rolled back tariffs on each other's steel and wheat.")
    assert _has(got, "BRA", "ARG", "085"), got
    assert _has(got, "ARG", "BRA", "085"), got


def test_sides_that_each_hand_over_prisoners():
    got = dyads("Armenia and Azerbaijan each handed over 30 prisoners on Sunday.")
    assert _has(got, "ARM", "AZE", "0841"), got
    assert _has(got, "AZE", "ARM", "0841"), got


def test_a_measure_aimed_at_whom_its_relative_clause_names():
    got = dyads("Washington suspended the tariffs it had threatened to impose on Canadian lumber.")
    assert _has(got, "USA", "CAN", "085"), got


def test_troops_pulled_out_of_a_country():
    got = dyads("France pulled its last soldiers out of Mali in August.")
    assert _has(got, "FRA", "MLI", "0874"), got
