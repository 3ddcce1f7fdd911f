"""Goods bought or shipped name the other party: the state named before the goods is the seller
("Japanese coal"), also when a rate sits between the amount and the goods ("tonnes a year of
wheat"); a plain noun before the goods ("fighter jets") names the kind of goods, never a
party. Sentences written for these tests."""

from coding_cases import dyads


def cooperation(text):
    return {(s, t) for s, t, code in dyads(text) if code.startswith("06")}


def test_a_rate_between_amount_and_goods_still_names_the_seller():
    found = cooperation("Vietnamese mills bought about 300,000 tonnes a month of Australian coal last year.")
    assert any(s.startswith("VNM") and t == "AUS" for s, t in found)


def test_a_rate_between_amount_and_goods_still_reads_as_goods_shipped():
    found = cooperation("Norway will ship up to 5 million tonnes a year of gas to Poland from next spring.")
    assert any(s.startswith("NOR") and t == "POL" for s, t in found)


def test_snapping_up_goods_is_buying_them():
    found = cooperation("Pakistan snapped up record amounts of cheap Iranian diesel in March.")
    assert any(s.startswith("PAK") and t == "IRN" for s, t in found)


def test_the_kind_of_weapon_bought_is_no_party():
    found = cooperation("President Abdel Fattah al-Sisi signed a deal to buy 30 Italian fighter jets "
                        "during a visit by Giorgia Meloni to Cairo.")
    assert {t for s, t in found} == {"ITA"}  # the seller, not an army named by "fighter"
