"""An armed group of one state that strikes people or a post named only by their role ("the ADF
killed 30 villagers", "gang gunmen attacked a police station"), in no place the sentence settles,
strikes its own state's people or forces."""

from coding_cases import dyads


def test_villagers_killed_by_a_rebel_group_are_of_its_state():
    got = dyads("The ADF killed 30 villagers during a night raid, a local chief said.")
    assert any(s.startswith("COD") and t == "CODCVL" and c[:2] in ("18", "19", "20") for s, t, c in got), got


def test_a_police_post_attacked_by_a_gang_is_its_state_s_police():
    got = dyads("Gunmen from the Viv Ansanm gang attacked a police station overnight, burning two patrol cars.")
    assert any(s.startswith("HTI") and t == "HTICOP" and c.startswith("19") for s, t, c in got), got


def test_nameless_gunmen_give_no_state_to_those_they_strike():
    got = dyads("Gunmen attacked a police station overnight.")
    assert not any(t.endswith("COP") and len(t) > 3 for _, t, _ in got), got
