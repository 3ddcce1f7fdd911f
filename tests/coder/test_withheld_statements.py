"""Declining to say, confirm, disclose or comment is a refusal to comment (011) aimed at no one,
and what was not said is no event; the topic a comment is "on" is no target, but events named in it
are still coded. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_declining_to_say_whether_is_a_refusal_to_comment():
    assert_coded("A spokesman for the Brazilian government declined to say whether Brasilia would send troops to Haiti.",
                 "BRA", "", ["011"])


def test_refusing_to_confirm_is_a_refusal_to_comment():
    assert_coded("The Turkish foreign ministry refused to confirm that Erdogan would travel to Moscow next week.",
                 "TUR", "", ["011"])


def test_what_was_not_said_is_not_coded():
    got = dyads("A spokeswoman for the Japanese government declined to say whether Tokyo would impose tariffs on Chinese steel.")
    assert not any(c.startswith("16") for _, _, c in got), got


def test_declining_to_give_a_timeline_is_a_refusal_to_comment():
    assert_coded("The South African defence minister declined to give a timeline for the return of the peacekeepers.",
                 "ZAF", "", ["011"])


def test_declining_to_comment_on_a_states_claims_has_no_target():
    got = dyads("The Chilean foreign ministry declined to comment on Peruvian claims that its navy had crossed the maritime border.")
    assert ("CHL", "", "011") in {(s[:3], t[:3], c) for s, t, c in got}, got
    assert not any(c == "011" and t for _, t, c in got), got


def test_events_in_the_topic_of_a_declined_comment_are_still_coded():
    got = dyads("Norway's foreign minister declined to comment on Denmark's decision to expel the Russian ambassador.")
    assert any(s.startswith("DNK") and t.startswith("RUS") for s, t, c in got), got
