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
