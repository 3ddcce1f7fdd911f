"""Threats said with a noun ("Ankara's threat of sanctions on Greek firms"), as a promised measure
beside a rebuke ("condemned the ban and said it would take all necessary measures"), or as an answer
promised to a deed ("any attack by X would be met with a response")."""

from coding_cases import assert_coded, dyads


def test_a_named_threat_of_a_measure_threatens_its_target():
    assert_coded("Ankara answered with a threat of new tariffs on Greek goods.", "TUR", "GRC", ["13"])


def test_a_possessed_threat_of_an_answer_to_a_deed_threatens_the_doer():
    assert_coded("Moscow's threat of a harsh response to Finland's decision alarmed diplomats.", "RUS", "FIN", ["13"])


def test_a_threat_named_after_a_place_threatens_its_owner():
    assert_coded("Beijing's Taiwan threat worries Washington", "CHN", "TWN", ["13"])


def test_a_threat_faced_is_not_made_by_the_one_facing_it():
    got = dyads("Iran faced the threat of new sanctions on its oil exports.")
    assert not any(s == "IRN" and c.startswith("13") for s, _, c in got), got


def test_measures_promised_beside_a_rebuke_threaten_the_rebuked():
    assert_coded("Brazil condemned the tariff imposed by Washington and said it would take all necessary measures.",
                 "BRA", "USA", ["13"])


def test_measures_for_someone_are_no_threat():
    got = dyads("Germany criticised Hungary's veto but said it would take steps to help Ukraine.")
    assert not any(c.startswith("13") for _, _, c in got), got


def test_measures_promised_alone_threaten_no_one():
    got = dyads("The government said it would take all necessary measures to protect citizens.")
    assert not any(c.startswith("13") for _, _, c in got), got


def test_a_deed_promised_force_threatens_its_doer():
    assert_coded("Any incursion by Armenia would be treated as an act of war, Azerbaijan's defence ministry warned.",
                 "AZE", "ARM", ["13"])


def test_a_deed_met_with_a_response_threatens_its_doer():
    assert_coded("Hanoi said that any drilling by China would be met with a firm response.", "VNM", "CHN", ["13"])


def test_a_reporters_forecast_of_an_answer_is_no_threat():
    got = dyads("Any incursion by Armenia would be met with a response, analysts believe.")
    assert not any(c.startswith("13") for _, _, c in got), got
