"""A promised response, retaliation or consequence names no verb of force, yet threatens whoever does
the deed it answers."""

from coding_cases import assert_coded, dyads


def test_a_promised_response_to_a_deed_threatens_its_doer():
    assert_coded("Turkey would respond with full force to any further Syrian shelling, the defence minister said.",
                 "TUR", "SYR", ["13"])


def test_a_response_to_a_deed_by_a_named_actor():
    assert_coded("Vietnam will respond to any seizure of its fishing boats by China.", "VNM", "CHN", ["13"])


def test_a_threat_to_respond_to_a_deed():
    assert_coded("Ankara threatened to respond to any Greek incursion.", "TUR", "GRC", ["13"])


def test_a_warning_of_a_response_to_a_deed():
    assert_coded("Caracas warned of a firm response to Guyanese oil drilling in the disputed zone.", "VEN", "GUY", ["13"])


def test_a_warning_of_consequences_on_a_condition():
    assert_coded("Belgrade warned of serious consequences if Kosovo kept its police in the north.", "SRB", "XKX", ["13"])


def test_a_warning_of_consequences_with_no_one_named_threatens_no_one():
    got = dyads("Scientists warned of severe consequences for the climate.")
    assert not any(c.startswith("13") for _, _, c in got), got


def test_a_warning_that_another_will_face_consequences_threatens_it():
    assert_coded("Nairobi warned that Mogadishu would bear responsibility for any escalation on the border.", "KEN", "SOM", ["13"])


def test_a_warning_that_one_may_face_consequences_oneself_threatens_no_one():
    got = dyads("Hungary warned that it could face consequences if the EU cut its funds.")
    assert not any(c.startswith("13") for _, _, c in got), got


def test_a_vowed_response_to_a_deed_threatens_its_doer():
    assert_coded("Minsk vowed a mirror response to the Lithuanian border closures.", "BLR", "LTU", ["13"])
