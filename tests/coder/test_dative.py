"""An indirect object the parser fuses into the goods' phrase as its first name ("send Ukraine
long-range missiles") is still the recipient, and so the target; the parts of a person's name
are not. Sentences written for these tests."""

from coding_cases import dyads


def test_recipient_fused_into_the_goods_is_the_target():
    assert ("NOR", "EST", "072") in {(s, t, c[:3]) for s, t, c in
                                      dyads("Norway will send Estonia long-range NASAMS missiles, officials said.")}


def test_part_of_a_name_is_not_a_recipient():
    assert not any(t is None or "Kovacs" in str(t) for s, t, c in
                   dyads("Austria extradited Janos Kovacs to Hungary.") if c.startswith("06"))
