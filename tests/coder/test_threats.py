"""Threats of force stated without a threatening verb: force promised on a condition, force kept
as an option ("would not rule out"), vows to destroy an actor or to avenge with strikes."""

from coding_cases import assert_coded, dyads


def _roots(text: str) -> list[str]:
    return [c[:2] for _, _, c in dyads(text)]


def test_force_promised_on_a_condition_threatens_who_must_meet_it():
    assert_coded("If Baku closes the border crossing, Armenia will destroy it, the defence minister said.",
                 "ARM", "AZE", ["13"])


def test_a_conditional_strike_is_a_threat_not_an_attack():
    text = "The Houthis said they would target British ships in the Gulf of Aden if London joined the bombing campaign."
    assert_coded(text, "YEMHTH", "GBR", ["13"])
    assert "19" not in _roots(text)


def test_should_opens_a_condition_too():
    assert_coded("Should Pyongyang test another missile, Japan would not hesitate to strike, the minister told NHK.",
                 "JPN", "PRK", ["13"])


def test_a_question_about_a_response_threatens_no_one():
    assert "13" not in _roots("Would Canada respond if Russia seized the island?")


def test_a_forecast_with_no_one_to_meet_the_condition_stays_an_attack():
    assert "13" not in _roots("Analysts said Ethiopia would invade Eritrea within weeks if ordered.")


def test_not_ruling_out_force_is_a_threat_of_force():
    assert_coded("Washington did not rule out military action against Caracas.", "USAGOV", "VENGOV", ["138"])
    assert_coded("Beijing will never renounce the use of force over Taiwan, the spokesman said.", "CHN", "TWN", ["138"])


def test_refusing_to_rule_out_force_is_no_refusal():
    text = "Ankara refused to rule out the use of military force against Syria."
    assert_coded(text, "TUR", "SYR", ["138"])
    assert "12" not in _roots(text)


def test_a_vow_to_destroy_an_actor_is_a_threat():
    assert_coded("The Iraqi prime minister vowed to destroy Islamic State in Mosul.", "IRQGOV", "IMGISL", ["13"])


def test_a_vow_to_destroy_corruption_threatens_no_one():
    assert "13" not in _roots("The Kenyan president vowed to destroy corruption.")


def test_a_vow_to_avenge_with_strikes_threatens_the_one_struck():
    assert_coded("Hezbollah vowed to avenge its commander with fresh strikes on Israel.", "LBN", "ISR", ["13"])


def test_a_vow_to_avenge_a_killing_threatens_the_killer_not_the_victim():
    got = dyads("Tehran vowed to avenge Israel's killing of its general.")
    assert any(t == "ISR" and c.startswith("13") for _, t, c in got), got
    assert not any(t and t.startswith("IRN") for _, t, _ in got), got
