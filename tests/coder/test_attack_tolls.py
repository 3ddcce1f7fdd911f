"""'…, killing 35 people' after an attack is the attack's toll: one event, the attack. The
killing is coded only when the attack itself comes to no event."""

from coding_cases import dyads


def test_the_toll_of_a_coded_attack_is_no_second_event():
    got = dyads("Riot police opened fire on protesters in Khartoum, killing at least nine people.")
    assert any(c.startswith("17") for _, _, c in got), got
    assert not any(c.startswith(("18", "19", "20")) for _, _, c in got), got


def test_a_killing_after_an_attack_that_names_no_one_is_still_coded():
    got = dyads("Ethiopia admitted that its soldiers had shelled a village in Tigray, killing 12 civilians.")
    assert any(s.startswith("ETH") and c[:2] in ("18", "19", "20") for s, _, c in got), got
