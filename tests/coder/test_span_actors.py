"""A plural word for those who fund or bargain with a state as a body ("donors", "world
powers") that no table places is still an actor: it keeps its words and has no country, and
takes part only in an event whose other side the coder can place. Sentences written for these
tests."""

from coding_cases import PUBLISHED

from allegiance import code_text


def events(text):
    return [(e.source.text if e.source else None, e.source.country if e.source else None,
             e.target.text if e.target else None, e.target.country if e.target else None, e.cameo)
            for e in code_text(text, PUBLISHED)]


def test_a_state_appealing_to_donors_appeals_to_them():
    found = events("Malawi appealed to donors for $200 million to feed flood victims.")
    assert any(s_c == "MWI" and t == "donors" and t_c is None and c.startswith("02")
               for _, s_c, t, t_c, c in found)


def test_world_powers_keep_their_words_as_the_side_of_a_deal():
    found = events("Iran and four world powers signed an agreement on Monday.")
    assert any("world powers" in (s or "") and t_c == "IRN" and c.startswith("05")
               for s, _, _, t_c, c in found)


def test_a_state_accusing_unnamed_powers_accuses_them():
    found = events("Serbia's president accused foreign powers of stirring up the protests.")
    assert any(s_c == "SRB" and "powers" in (t or "") and c.startswith("11") for _, s_c, t, _, c in found)


def test_two_unplaced_phrases_make_no_event():
    assert not [f for f in events("Donors accused foreign powers of meddling.") if f[1] is None and f[3] is None]


def test_other_donors_beside_a_named_state_are_no_new_actor():
    found = events("Japan and other donors froze their aid to Myanmar.")
    assert not any(s == "other donors" for s, *_ in found)
