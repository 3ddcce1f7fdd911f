"""A warning that the speaker will act if another party does something is a threat to that party."""

from coding_cases import assert_coded, dyads


def test_a_warning_with_a_condition_threatens_whoever_must_meet_it():
    assert_coded("Armenia warned that it would hit back if Azerbaijan shelled its villages again.", "ARM", "AZE", ["13"])


def test_unless_names_the_threatened_party_too():
    assert_coded("London warned it would reimpose sanctions unless Tehran restored access for inspectors.",
                 "GBR", "IRN", ["13"])


def test_a_vow_to_retaliate_if_is_a_threat():
    assert_coded("India Vows to Retaliate if China Blocks Rare Earth Exports", "IND", "CHN", ["13"])


def test_a_warning_about_what_one_may_suffer_threatens_no_one():
    got = dyads("Austria warned that it could face lawsuits if the EU seized the frozen assets.")
    assert not any(c.startswith("13") for _, _, c in got), got


def test_promised_tariffs_on_a_condition_are_a_threat_of_sanctions():
    assert_coded("Trump said he would impose a 30 percent tariff on all Japanese cars unless Japan opened its rice market.",
                 "USA", "JPN", ["1312"])


def test_promised_tariffs_with_no_actor_in_the_condition_are_still_threatened():
    got = dyads("Brussels said it would slap duties on Chinese steel from March unless the glut of cheap exports eased.")
    assert any(s.startswith("IGOEUREEC") and t.startswith("CHN") and c.startswith("13") for s, t, c in got), got


def test_a_condition_on_the_act_under_not_hesitate_counts():
    assert_coded("Greece warned that it would not hesitate to take military action if Turkey sent its warships again.",
                 "GRC", "TUR", ["13"])


def test_a_promise_not_to_arrest_on_a_condition_is_no_threat():
    got = dyads("Slovakia said it would not arrest the Serbian general if he visited Bratislava next month.")
    assert not any(c.startswith("13") for _, _, c in got), got


def test_even_if_is_a_concession_not_a_condition():
    got = dyads("Hungary said it would impose sanctions on Belarus, even if that cost Budapest its gas deal.")
    assert not any(c.startswith("13") for _, _, c in got), got


def test_sanctions_that_could_come_on_a_condition_are_a_musing():
    got = dyads("The EU could suspend its trade pact with Georgia if the crackdown in Tbilisi continued, diplomats said.")
    assert not any(c.startswith("13") for _, _, c in got), got


def test_a_warning_that_a_capital_would_be_hit_is_the_speakers_threat():
    assert_coded("Azerbaijan warned that Yerevan would be hit if Armenian shelling of its villages continued.",
                 "AZE", "ARM", ["138"])


def test_a_passive_attack_promised_on_a_condition_is_the_speakers_threat():
    assert_coded("Beijing said Taipei would be attacked if it declared independence.", "CHN", "TWN", ["138"])


def test_a_passive_attack_said_without_condition_is_no_threat():
    got = dyads("Ukraine said Kyiv would be attacked again tonight.")
    assert not any(c.startswith("13") for _, _, c in got), got


def test_a_counterattack_warned_of_on_a_condition_is_a_threat():
    assert_coded("Tehran warned of a crushing counterattack if Israel struck its oil terminals.", "IRN", "ISR", ["13"])


def test_answering_on_a_condition_is_a_threat():
    assert_coded("Delhi said India would answer in kind if Dhaka raised its port fees.", "IND", "BGD", ["13"])


def test_reserving_the_right_to_respond_beside_a_rebuke_threatens_the_rebuked():
    assert_coded("Jordan condemned the Syrian shelling of its border posts and said it reserved the right to respond.",
                 "JOR", "SYR", ["13"])


def test_reserving_the_right_to_countermeasures_on_a_condition_threatens_who_must_meet_it():
    assert_coded("Japan said it reserved the right to take countermeasures if China kept its ban on seafood.",
                 "JPN", "CHN", ["13"])


def test_reserving_a_right_to_an_answer_aimed_at_no_one_is_no_threat():
    got = dyads("Ghana said it reserved the right to respond at a later date.")
    assert not any(c.startswith("13") for _, _, c in got), got


def test_a_deadline_given_to_an_actor_is_an_ultimatum():
    assert_coded("The African Union gave Sudan's army ten days to hand power to civilians or face suspension.",
                 "IGOAFR", "SDN", ["139"])


def test_time_given_to_leave_is_no_ultimatum():
    got = dyads("Mali gave the French ambassador 72 hours to leave the country.")
    assert not any(c == "139" for _, _, c in got), got
