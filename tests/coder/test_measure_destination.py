"""A trade measure on goods is aimed at the state the goods go to ("curbs on sales of drones to
Iran", "a ban on machine tools bound for Russia"), and a measure announced or unveiled is imposed
like one introduced. Sentences written for these tests."""

from coding_cases import dyads


def _sanctions(text):
    return {(s[:3], t[:3] if t else None) for s, t, c in dyads(text) if c == "163"}


def test_curbs_on_sales_to_a_state():
    got = _sanctions("Seoul announced new curbs on sales of semiconductors to Iran.")
    assert ("KOR", "IRN") in got, got


def test_restrictions_on_goods_bound_for_a_state():
    got = _sanctions("Berlin slapped export restrictions on machine tools bound for Russia.")
    assert ("DEU", "RUS") in got, got


def test_unveiled_ban_on_shipments_to_a_state():
    got = _sanctions("Canberra unveiled a ban on shipments of coal to North Korea.")
    assert ("AUS", "PRK") in got, got


def test_sales_inside_the_country_name_no_target():
    got = _sanctions("Paris unveiled curbs on sales of fireworks to teenagers.")
    assert not {t for s, t in got if t}, got
