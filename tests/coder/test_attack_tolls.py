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


def test_the_toll_of_an_attack_on_a_place_is_coded_as_the_attack():
    # a bombing of a market that kills over a hundred is still an air attack, not a mass killing
    got = dyads("Myanmar air force jets bombed a busy market in Sagaing, killing more than 120 villagers.")
    assert ("MMRMIL", "MMRCVL", "195") in got, got
    assert not any(c.startswith("20") for _, _, c in got), got


def test_a_toll_hung_on_the_speech_verb_is_the_attack_s_not_the_speaker_s():
    got = dyads("Armenian forces shelled border villages overnight, Azerbaijani defence officials said, "
                "killing four civilians.")
    assert not any(s.startswith("AZE") for s, _, _ in got), got


def test_the_toll_of_an_accident_is_no_event():
    assert dyads("A dormitory collapsed in northern Nigeria, killing 14 students.") == []
    assert dyads("Bangladesh's Rana Plaza factory collapse, which killed over 1,100 workers, "
                 "led to new labour laws.") == []
