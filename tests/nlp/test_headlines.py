"""Title Case headlines are put in sentence case before parsing, names kept as written."""

from allegiance.api import code_text, coder
from allegiance.nlp.headlines import looks_like_headline


def test_headline_detection():
    assert looks_like_headline("Iran, Iraq Sign Security Pact")
    assert not looks_like_headline("Iran and Iraq signed a security pact on Monday.")
    assert not looks_like_headline("Talks")


def test_softening_keeps_names_and_offsets():
    c = coder()
    text = "Kenya Condemns Uganda Over Border Raid\n\nNairobi said on Monday that the raid was unlawful."
    soft = c._soften(text)
    assert soft.startswith("Kenya condemns Uganda over border raid")
    assert len(soft) == len(text) and soft.split("\n\n")[1] == text.split("\n\n")[1]


def test_a_headline_is_coded_and_reported_as_written():
    events = code_text("Kenya Condemns Uganda Over Border Raid")
    assert [(e.source.country, e.cameo[:2], e.target.country) for e in events] == [("KEN", "11", "UGA")]
    assert events[0].sentence == "Kenya Condemns Uganda Over Border Raid"


def test_a_headline_verb_the_parser_took_for_a_plural_noun_is_read_as_a_verb():
    text = "Ruto Hosts Museveni at State House\n\nThe two leaders discussed trade."
    events = [e for e in code_text(text) if e.sentence_index == 0]
    assert {(e.source.country, e.cameo[:2], e.target.country) for e in events} >= {("KEN", "04", "UGA")}
    headline = text.split("\n")[0]
    assert all(e.sentence == headline and (e.char_start, e.char_end) == (0, len(headline)) for e in events)
    assert all(e.modality == "asserted" for e in events)


def test_the_first_verb_of_a_two_verb_headline_is_read_as_a_verb():
    events = code_text("Chad Severs Diplomatic Ties With Sudan, Gives Envoys Two Days to Leave")
    assert ("TCD", "16", "SDN") in {(e.source.country, e.cameo[:2], e.target.country) for e in events}


def test_a_plural_subject_of_the_headline_verb_stays_a_noun():
    c = coder()
    sent = next(c.nlp(c._soften("Peace Talks With Rebels Resume in Doha")).sents)
    from allegiance.nlp.headlines import verb_reading
    assert verb_reading(sent, c._is_event_verb, c._names) is None


def test_a_headline_infinitive_announces_what_will_happen():
    events = code_text("Modi to Visit Washington in June")
    assert {(e.source.country, e.cameo, e.target.country, e.modality) for e in events} >= {
        ("IND", "042", "USA", "future")}


def test_a_comma_between_two_names_at_the_head_of_a_headline_is_and():
    events = code_text("Iran, Iraq Sign Security Pact")
    assert {("IRN", "IRQ"), ("IRQ", "IRN")} <= {(e.source.country, e.target.country) for e in events}


def test_a_verb_after_an_actor_phrase_is_read_as_a_verb_and_as_news():
    # the word before the verb is a body of a state ("Junta", "Court"), not a name
    for headline, expected in [("Niger Junta Orders German Ambassador Out Within 48 Hours", ("NER", "16", "DEU")),
                               ("Lisbon Summons Angolan Envoy Over Visa Row", ("PRT", "11", "AGO"))]:
        events = code_text(headline)
        assert expected in {(e.source.country, e.cameo[:2], e.target.country) for e in events}, headline
        assert all(e.modality == "asserted" for e in events)  # the stand-in "will" is no future


def test_a_bare_verb_after_a_plural_actor_or_a_pair_is_read_as_a_verb():
    for headline, expected in [("Greek Police Arrest Albanian Smugglers Near Border", ("GRC", "17", "ALB")),
                               ("Chile, Peru Sign Water Sharing Accord", ("CHL", "05", "PER")),
                               ("Chile and Peru Sign Water Sharing Accord", ("PER", "05", "CHL"))]:
        events = code_text(headline)
        assert expected in {(e.source.country, e.cameo[:2], e.target.country) for e in events}, headline
        assert all(e.modality == "asserted" for e in events)


def test_a_verb_the_parser_already_read_with_its_subject_is_left_alone():
    events = code_text("Lula Hails 'New Chapter' as Brazil and Chile Seal Dozens of Deals")
    assert ("BRA", "05", "CHL") in {(e.source.country, e.cameo[:2], e.target.country) for e in events}
