"""Sanctions on the members of a body, and retaliation in kind. People named only as members of a
body ("officials in Maduro's government", "figures close to the Kremlin") stand for that body as
the target; an answer made "with" a measure ("would retaliate with tariffs of its own") is that
measure, beside the threat of it. Sentences written for these tests."""

from datetime import date

from allegiance import code_text
from coding_cases import dyads, has_event


def test_officials_in_a_government_are_the_government():
    got = dyads("Canada imposed travel bans on senior officials in Lukashenko's government.")
    assert has_event(got, "CAN", "BLR", ["163"]), got


def test_figures_close_to_a_leader_are_his_government():
    got = dyads("Britain imposed fresh sanctions on businessmen close to Putin.")
    assert has_event(got, "GBR", "RUS", ["163"]), got


def test_retaliation_with_tariffs_is_a_sanction_not_force():
    events = code_text("Brazil would retaliate with tariffs of its own if Washington raised its levies.", date(2024, 3, 4))
    got = {(e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo, e.modality) for e in events}
    assert ("BRA", "USA", "163", "hypothetical") in got, got
    assert ("BRA", "USA", "1312") in {g[:3] for g in got}, got
    assert not any(c.startswith("138") for _, _, c, _ in got), got


def test_answer_with_sanctions_on_a_condition():
    got = dyads("Japan will respond with sanctions if Pyongyang carries out another nuclear test.")
    assert has_event(got, "JPN", "PRK", ["163"]), got


def test_retaliation_with_strikes_stays_force():
    got = dyads("Tehran would respond with missile strikes if Israel attacked its nuclear sites.")
    assert has_event(got, "IRN", "ISR", ["138"]), got
    assert not has_event(got, "IRN", "ISR", ["163"]), got
