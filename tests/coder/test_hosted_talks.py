"""A host who receives a guest "for talks" that name no partner holds those talks with the
guest, both ways (the hosting itself stays 043); a summit or dinner a guest is hosted for is
the hosting, not talks. A ceremony or meeting that sets the clause, "hosted by" or "presided
over by" a third state, is that state hosting (043) the parties. Sentences written for these tests."""

from coding_cases import assert_coded, dyads, has_event



def test_hosted_for_talks_is_talks_with_the_guest():
    text = "Kenyan President William Ruto hosted his Tanzanian counterpart, Samia Suluhu Hassan, for talks on the disputed lake border."
    assert_coded(text, "KEN", "TZA", ["046"])
    assert_coded(text, "TZA", "KEN", ["046"])


def test_received_for_talks_is_talks_with_the_guest():
    text = "Emmanuel Macron received the Moroccan foreign minister in Paris on Monday for talks on migration."
    assert_coded(text, "FRA", "MAR", ["046"])
    assert_coded(text, "MAR", "FRA", ["046"])


def test_hosted_for_a_summit_is_only_the_hosting():
    got = dyads("Norway hosted the Danish and Swedish prime ministers for a summit on Arctic fisheries.")
    assert not has_event(got, "NOR", "DNK", ["046"]) and not has_event(got, "NOR", "SWE", ["046"])


def test_ceremony_hosted_by_a_third_state_hosts_the_signatories():
    text = "Serbia and Kosovo signed a trade accord in Brussels on Tuesday, in a ceremony hosted by Emmanuel Macron."
    assert_coded(text, "FRA", "SRB", ["043"])
    assert_coded(text, "SRB", "FRA", ["042"])


def test_meeting_presided_over_by_a_third_state():
    text = "Ethiopia and Kenya agreed to reopen their border at a meeting presided over by Yoweri Museveni in Kampala."
    assert_coded(text, "UGA", "ETH", ["043"])
    assert_coded(text, "UGA", "KEN", ["043"])


def test_summit_one_is_shut_out_of_is_not_hosting():
    got = dyads("African leaders shut Sudan's army chief out of their summit hosted by Ghana.")
    assert not any(s.startswith("GHA") and t.startswith("SDN") and c.startswith("043") for s, t, c in got)
