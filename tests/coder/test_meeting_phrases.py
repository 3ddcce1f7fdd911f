"""A meeting told only as a phrase of another clause: "was in Washington for talks with X",
"said after meeting him", a call the parser hung on the verb's object ("granted an
extension after a call with X"); the partner named in an apposition or by a pronoun, a
meeting with an international body's envoy mutual. Sentences written for these tests."""

from coding_cases import assert_coded, dyads, has_event



def test_being_somewhere_for_talks_with_someone():
    text = "Japan's foreign minister Yoko Kamikawa was in Seoul for talks with Park Jin on export controls."
    assert_coded(text, "JPN", "KOR", ["046"])
    assert_coded(text, "KOR", "JPN", ["046"])


def test_being_culpable_for_an_attack_is_no_meeting():
    got = dyads("Ukraine said Moscow was responsible for the talks with Minsk collapsing.")
    assert not has_event(got, "UKR", "BLR", ["04"])


def test_said_after_meeting_him():
    text = "Lee Hsien Loong will visit Beijing next month, Antony Blinken said after meeting him in Singapore."
    assert_coded(text, "USA", "SGP", ["04"])


def test_call_hung_on_the_object():
    text = "Joe Biden granted Colombia another 60-day extension after a call with Gustavo Petro that he described as very useful."
    assert_coded(text, "USA", "COL", ["041"])
    assert_coded(text, "COL", "USA", ["041"])


def test_an_apposed_visit_by_another_leader_does_not_rename_the_partner():
    text = ("Abdel Fattah al-Sisi flew to Khartoum for talks with Omar al-Bashir, "
            "the first trip by an Egyptian leader to Sudan in years.")
    assert_coded(text, "EGY", "SDN", ["046"])


def test_meeting_an_international_body_envoy_is_mutual():
    text = "Olaf Scholz dropped his objection after meeting NATO Secretary-General Jens Stoltenberg in Berlin."
    assert_coded(text, "DEU", "IGOWSTNAT", ["04"])
    assert_coded(text, "IGOWSTNAT", "DEU", ["04"])
