"""Sanctions a state refuses to join or impose are sanctions not taken: the measure (CAMEO 163),
negated, on the state they would hit, not a rejection (12) of that state. A war of tariffs is
sanctions, not fighting; "hit X with tariffs" imposes them on X."""

from coding_cases import PUBLISHED, assert_coded, code_text, dyads


def test_refused_to_join_sanctions_is_a_negated_sanction():
    text = "Hungary has refused to join the bloc's sanctions against Belarus, citing its energy needs."
    assert_coded(text, "HUN", "BLR", ["163"])
    assert not any(c.startswith("12") and t.startswith("BLR") for _, t, c in dyads(text))
    event = next(e for e in code_text(text, PUBLISHED) if e.cameo == "163")
    assert event.modality == "negated"


def test_declined_to_impose_sanctions():
    assert_coded("Ankara declined to impose sanctions on Tehran despite pressure from its allies.",
                 "TUR", "IRN", ["163"])


def test_refused_meeting_is_still_a_rejection():
    assert_coded("Seoul refused to hold talks with Pyongyang.", "KOR", "PRK", ["12"])


def test_trade_war_is_sanctions_not_fighting():
    codes = dyads("Mexico will not join the trade war with Canada, the economy minister said.")
    assert ("MEX", "CAN", "163") in {(s[:3], t[:3], c) for s, t, c in codes}
    assert not any(c.startswith("19") for _, _, c in codes)


def test_hit_a_state_with_tariffs():
    assert_coded("Washington hit India with a 25 percent tariff on Wednesday.", "USA", "IND", ["163"])
