"""A refusal that is denied keeps an option open ("has not ruled out sending troops"), and going
ahead despite a warning or pressure rejects no proposal: neither is a rejection (CAMEO 12)."""

from coding_cases import dyads


def _rejections(text):
    return [(s, t, c) for s, t, c in dyads(text) if c.startswith("12")]


def test_a_deployment_not_ruled_out_is_no_rejection():
    got = dyads("Norway has not ruled out the deployment of troops to Finland.")
    assert not any(c.startswith("12") for _, _, c in got), got
    assert ("NOR", "FIN", "154") in got, got


def test_refusing_to_rule_out_troops_codes_the_deployment_kept_open():
    got = dyads("Romania's president refused to rule out sending troops to Moldova.")
    assert not any(c.startswith("12") for _, _, c in got), got
    assert any(s.startswith("ROU") and t.startswith("MDA") and c.startswith("15") for s, t, c in got), got


def test_ruling_out_talks_is_still_a_rejection():
    got = dyads("Seoul ruled out talks with Pyongyang while the missile tests continue.")
    assert any(s.startswith("KOR") and t.startswith("PRK") and c.startswith("12") for s, t, c in got), got


def test_brushing_aside_warnings_is_no_rejection():
    text = "Italy's prime minister brushed aside EU warnings and flew to Minsk."
    assert not _rejections(text), dyads(text)


def test_shrugging_off_pressure_is_no_rejection():
    text = "Budapest kept buying Russian oil, shrugging off pressure from Washington to stop."
    assert not _rejections(text), dyads(text)


def test_brushing_off_criticism_is_still_a_rejection():
    got = dyads("The Kyrgyz president brushed off criticism from Washington over the new media law.")
    assert any(s.startswith("KGZ") and t.startswith("USA") and c.startswith("12") for s, t, c in got), got
