"""A place name the text pins to a country ("X in northern Y", "Y's X", "X, Y") is that
country's, even where the gazetteer knows a bigger namesake elsewhere; and a place on the
predicate's object ("struck sites in Y") is where the deed happened, before a place named in
another clause. Sentences written for these tests."""

from coding_cases import dyads


def _targets(sentence: str) -> set[str]:
    return {t[:3] for _, t, _ in dyads(sentence) if t}


def test_town_pinned_by_a_following_in_phrase_is_that_countrys():
    got = _targets("Militants attacked the port town of Palma in northern Mozambique on Sunday.")
    assert "MOZ" in got and "ESP" not in got, got


def test_town_pinned_by_a_comma_or_an_owner_is_that_countrys():
    assert "ESP" not in _targets("Rebels shelled Palma, Mozambique, overnight."), "comma"
    got = _targets("Rebels shelled Mozambique's Palma overnight.")
    assert "MOZ" in got and "ESP" not in got, got


def test_place_on_the_object_beats_a_place_in_another_clause():
    got = dyads("Indian jets struck several camps in Pakistan on Friday, days after a bombing at "
                "Pahalgam killed nine pilgrims.")
    assert any(s.startswith("IND") and t and t.startswith("PAK") and c.startswith("19") for s, t, c in got), got


def test_victims_of_an_attack_in_a_kashmir_town_are_indian():
    got = dyads("Gunmen killed five pilgrims near the town of Pahalgam on Sunday.")
    assert any(t and t.startswith("INDCVL") for _, t, _ in got), got
