"""A town the tagger reads as a person's name, named as what an attack hits ("the shelling of
Kherson", "a strike on Rafah"), is struck in its state, not a stranger of the attacker's own
state; a person the tables know keeps being a person. Sentences written for these tests."""

from coding_cases import dyads


def _attacks(text):
    return {(s[:3], t[:3] if t else None) for s, t, c in dyads(text) if c[:2] in ("18", "19", "20")}


def test_shelling_of_a_small_town_hits_its_state():
    got = _attacks("Moscow intensified its shelling of Kherson over the weekend.")
    assert ("RUS", "UKR") in got, got


def test_a_strike_on_a_town_hits_its_state():
    got = _attacks("Israel carried out a strike on Rafah on Monday.")
    assert ("ISR", "PSE") in got, got


def test_air_strikes_on_a_two_word_town():
    got = _attacks("Israel launched fresh air strikes on Khan Younis overnight.")
    assert ("ISR", "PSE") in got, got


def test_a_known_person_stays_a_person():
    got = _attacks("Israel killed Sinwar in a raid on Tuesday.")
    assert all(t != "ISR" for _, t in got), got
