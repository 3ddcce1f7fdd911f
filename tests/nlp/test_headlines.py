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


def _dyads(headline):
    return {(e.source.country, e.cameo[:2], e.target.country if e.target else None) for e in code_text(headline)}


def test_a_headline_passive_without_its_auxiliary_names_the_victim_as_target():
    # "Commander Killed in Strike": the commander was killed, he killed no one
    assert _dyads("Hamas Commander Killed in Israeli Strike on Gaza City") == {("ISR", "19", "PSE")}
    assert ("IRN", "11", "IRN") in _dyads("Iranian Journalist Sentenced to Six Years in Tehran")
    assert ("VEN", "17", "VEN") in _dyads("Venezuelan Opposition Leader Detained in Caracas, Party Says")
    events = code_text("Ethiopian Rights Activists Arrested Ahead of Addis Ababa Rally")
    assert [(e.cameo[:2], e.target.country, e.modality) for e in events] == [("17", "ETH", "asserted")]


def test_a_past_verb_with_its_object_or_its_own_preposition_stays_active():
    assert _dyads("Egypt Says It Intercepted Drones Fired From Yemen") == set()
    assert _dyads("Jordan Says Smugglers Fired on Border Patrol") == set()


def test_a_headline_keeps_the_capitals_of_names_english_does_not_have():
    c = coder()
    soft = c._soften("Russian Missiles Kill Four in Kharkiv as Huawei Opens Plant")
    assert soft == "Russian missiles kill four in Kharkiv as Huawei opens plant"
    assert c._soften("Parliament Passes Budget Deal After Ceasefire Talks") == "Parliament passes budget deal after ceasefire talks"
    assert ("RUS", "19", "UKR") in _dyads("Russian Missiles Kill Four in Kharkiv")


def test_a_firm_named_after_a_city_is_not_the_city():
    dyads = _dyads("Thousands March in Belgrade Against Rio Tinto Mine")
    assert ("SRB", "14", "SRB") in dyads and all(target != "BRA" for _, _, target in dyads)


def test_a_plural_subject_before_its_bare_verb_is_no_verb_itself():
    assert ("ISR", "19", "PSE") in _dyads("Israeli Jets Pound Hamas Positions in Gaza")
    # after a name the plural is the verb: "Bolivia Issues Arrest Warrant"
    assert ("BOL", "17", "BOL") in _dyads("Bolivia Issues Arrest Warrant for Opposition Leader Camacho")



def _roots(text):
    return {(e.source.country, e.cameo[:2], e.target.country) for e in code_text(text)}


def test_the_verb_of_a_headline_second_clause_after_a_name_is_read_as_a_verb():
    assert ("KEN", "04", "UGA") in _roots("Nairobi Talks Stall as Ruto Hosts Museveni at State House")


def test_the_bare_verb_of_a_headline_second_clause_after_a_plural_actor_is_read_as_a_verb():
    assert ("KEN", "19", "KEN") in _roots("Kenya Declares Emergency as Gunmen Storm Police Station in Garissa")


def test_a_plural_noun_after_a_name_before_a_preposition_stays_a_noun():
    assert not any(root == "19" for _, root, _ in _roots("Kyiv Counts Losses After Russia Strikes on Power Grid"))


def test_a_bare_verb_after_a_plural_actor_placed_in_a_city_is_read_as_a_verb():
    # "Workers in Lagos Stage": the verb follows the place, its subject is the workers
    assert ("NGA", "14", "NGA") in _dyads("Dock Workers in Lagos Stage Walkout Over Unpaid Wages")


def test_a_named_plural_subject_of_the_parsed_verb_is_no_verb_itself():
    # "Tigray Forces Sign": "Forces" is the subject the parser found, not "will force"
    from allegiance.nlp.headlines import verb_reading
    c = coder()
    sent = next(c.nlp(c._soften("Sudan, Darfur Forces Sign Pact to End War")).sents)
    reading = verb_reading(sent, c._is_event_verb, c._names)
    assert reading is None or "will force" not in reading.text
