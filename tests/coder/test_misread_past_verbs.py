"""A past verb right after a bare name that the small tagger reads as a modifier ("Trump hosted
Zelensky …": 'hosted' as an adjective of 'Zelensky') is read again with a helping "had", in the
past and as asserted, reported with the sentence as written. Sentences written for these tests."""

from datetime import date

from coding_cases import assert_coded

from allegiance import code_text
from allegiance.nlp.loader import load


def test_host_after_a_bare_name_is_a_visit():
    assert_coded("Trump hosted Zelensky at the White House on Friday.", "USA", "UKR", ["043"])
    assert_coded("Trump hosted Zelensky at the White House on Friday.", "UKR", "USA", ["042"])


def test_host_of_a_possessed_guest():
    assert_coded("Xi hosted Lula's delegation in Beijing.", "CHN", "BRA", ["043"])


def test_the_helping_had_keeps_the_events_asserted_and_the_text_as_written():
    text = "Xi hosted Lula's delegation in Beijing."
    events = [e for e in code_text(text, date(2025, 5, 2)) if e.cameo == "043"]
    assert events and all(e.modality == "asserted" for e in events), events
    assert all(e.sentence == text and text[e.char_start:e.char_end] == text.rstrip() for e in events)


def test_an_adjective_before_an_object_is_no_verb():
    from allegiance.nlp.headlines import past_reading

    sent = next(load()("Seoul might reconsider if Russia handed North Korea advanced weapons.").sents)
    assert past_reading(sent, lambda lemma: True, lambda s: frozenset(range(s.start, s.end))) is None
