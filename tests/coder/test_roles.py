"""Who does what to whom when the parse hides it: brokers, purpose clauses, gerunds, owners."""

from datetime import date

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo, e.target.country if e.target else None)
            for e in code_text(text, DAY)}


def test_a_broker_mediates_between_the_parties_of_the_deal():
    found = _triples("Chad and Sudan agreed to reopen their border under a deal brokered by Qatar.")
    assert ("QAT", "045", "TCD") in found and ("QAT", "045", "SDN") in found


def test_a_hyphenated_broker_mediates_too():
    found = _triples("Armenia agreed to return two villages to Azerbaijan under the Moscow-brokered truce.")
    assert {("RUS", "045", "ARM"), ("RUS", "045", "AZE")} <= found


def test_a_deal_brokered_elsewhere_names_no_party_of_its_own():
    found = _triples("Sudan's government refused to send a delegation to US-brokered talks in Geneva.")
    assert ("USA", "045", "USA") not in found


def test_a_purpose_clause_appeal_is_addressed_to_whom_was_called():
    found = _triples("The Dutch prime minister phoned the Turkish president to urge restraint.")
    assert ("NLD", "0256", "TUR") in found
    assert ("TUR", "0256", "TUR") not in found  # the caller urges, not the one called


def test_an_object_the_parser_made_a_gerund_subject_is_still_the_object():
    found = _triples("Police in Nairobi arrested students marching towards parliament.")
    assert any(s == "KEN" and code.startswith("17") for s, code, _ in found)


def test_martial_law_with_no_target_acts_on_the_own_country():
    found = _triples("Moldova declared martial law after the attack.")
    assert ("MDA", "1724", "MDA") in found


def test_praised_for_doing_makes_the_praised_the_doer():
    events = code_text("The Latvian parliament praised Poland for backing Lithuania.", DAY)
    backers = {e.source.country for e in events if e.cameo.startswith("05") and e.target and e.target.country == "LTU"}
    assert backers == {"POL"}


def test_what_is_given_can_hide_behind_a_quantity():
    found = _triples("Norway sent a shipment of medicine to Yemen.")
    assert ("NOR", "073", "YEM") in found


def test_an_indirect_object_is_the_recipient():
    assert ("JPN", "073", "LKA") in _triples("Japan gave Sri Lanka two million doses of vaccine.")


def test_receiving_from_makes_the_giver_the_source():
    found = _triples("Serbia received six fighter jets from Russia last year.")
    assert ("RUS", "072", "SRB") in found and ("SRB", "072", "RUS") not in found


def test_a_participle_the_parser_took_for_the_subject_gives_way_to_its_own_subject():
    events = code_text("NATO leaders meeting in Vilnius on Tuesday criticised Moscow's nuclear threats.", DAY)
    assert any(e.source.code == "IGOWSTNAT" and e.cameo.startswith("11") and e.target.country == "RUS"
               for e in events)


def test_members_named_after_including_act_on_each_other():
    found = _triples("Exporters including Brazil and Argentina discussed new quotas.")
    assert ("BRA", "040", "ARG") in found


def test_denying_that_something_happened_is_a_denial_not_the_event():
    found = _triples("Rwandan officials denied that their troops had crossed into Congo.")
    assert ("RWA", "016", None) in found
    assert not any(code.startswith("19") for _, code, _ in found)


def test_states_named_in_a_role_are_not_partners():
    found = _triples("Sudan and South Sudan signed a border deal in Addis Ababa, with Ethiopia and Kenya as witnesses.")
    assert ("SDN", "057", "SSD") in found
    assert not any(t in ("ETH", "KEN") for _, code, t in found if code == "057")


def test_welcoming_an_agreement_between_two_states_praises_both():
    found = _triples("Oman welcomed the accord between Qatar and Bahrain.")
    assert {("OMN", "051", "QAT"), ("OMN", "051", "BHR")} <= found


def test_a_stance_is_about_the_state_its_topic_names():
    found = _triples("Kenyan officials said they were hopeful that the truce in Somalia would hold.")
    assert ("KEN", "013", "SOM") in found


def test_the_two_countries_are_the_last_two_states_named():
    found = _triples("Ghana thanked Togo after the two countries signed a border treaty.")
    assert {("GHA", "057", "TGO"), ("TGO", "057", "GHA")} <= found


def test_both_sides_act_on_each_other():
    found = _triples("Bolivia and Chile quarrelled for decades. Both sides signed a water accord on Monday.")
    assert {("BOL", "057", "CHL"), ("CHL", "057", "BOL")} <= found


def test_a_preposition_on_the_particle_still_names_the_target():
    assert ("ARM", "0874", "AZE") in _triples("Armenian troops pulled back from Azerbaijan's border.")


def test_calling_for_talks_is_an_appeal_to_negotiate():
    assert ("CUB", "026", "USA") in _triples("Cuba called for talks with the United States.")


def test_helping_a_state_through_a_crisis_keeps_the_state_as_object():
    found = _triples("Japan pledged to help Sri Lanka weather its debt crisis.")
    assert any(s == "JPN" and code.startswith("03") and t == "LKA" for s, code, t in found)


def test_every_coordinated_object_is_checked_against_the_word_classes():
    assert ("CUB", "073", "ITA") in _triples("Cuba sent soldiers and medical teams to Italy.")


def test_two_states_modifying_one_noun_act_on_each_other():
    found = _triples("US and Israeli officials shared intelligence on the hackers.")
    assert {("USA", "064", "ISR"), ("ISR", "064", "USA")} <= found


def test_an_adjective_of_intent_frames_the_event():
    found = _triples("Serbia said it was ready to resume talks with Kosovo next month.")
    assert ("SRB", "036", "XKX") in found


def test_an_attack_after_which_someone_acts_is_not_that_someones_attack():
    found = _triples("The Italian premier phoned the Iraqi president after the rocket attack on Turkish bases in Iraq.")
    assert not any(s == "ITA" and code.startswith(("18", "19")) for s, code, _ in found)


def test_relations_between_two_states_are_no_event_by_themselves():
    assert _triples("The colonial past still shapes relations between Belgium and Congo.") == set()


def test_civilians_gathering_rally_rather_than_mobilise():
    found = _triples("Hundreds of Jordanian workers gathered near the prime minister's office.")
    assert not any(code.startswith("15") for _, code, _ in found)


def test_a_verb_with_its_own_object_is_not_the_prepositional_verb():
    assert not any(code.startswith("02") for _, code, _ in _triples("Macron called Scholz on Tuesday."))


def test_vowing_that_it_will_act_is_the_actors_own_intent():
    found = _triples("Iran vowed it would retaliate against Israel.")
    assert any(s == "IRN" and code.startswith("13") and t == "ISR" for s, code, t in found)


def test_entering_into_negotiations_is_negotiating():
    assert ("CHL", "046", "BOL") in _triples("Chile entered into negotiations with Bolivia.")


def test_a_noun_of_intent_frames_the_event_after_it():
    assert ("PRK", "036", "KOR") in _triples("North Korea expressed readiness to hold talks with South Korea.")


def test_victims_belong_to_the_place_of_the_attack_not_to_the_dateline():
    text = ("ANKARA, July 4 - Turkey and Egypt named ambassadors on Tuesday.\n\n"
            "Separately, Russian forces shelled the Ukrainian city of Kharkiv overnight, killing three "
            "civilians, regional governor Oleh Syniehubov said.")
    events = [e for e in code_text(text, DAY) if e.sentence_index == 1]
    assert events and all(e.target.country == "UKR" for e in events)
    assert all(e.location.country == "UKR" for e in events)


def test_they_after_two_states_is_both_of_them():
    found = _triples("Chile and Peru announced that they would upgrade diplomatic relations.")
    assert {("CHL", "050", "PER"), ("PER", "050", "CHL")} <= found


def test_an_event_noun_that_another_event_is_about_is_not_coded_again():
    found = _triples("The Arab League denounced Israel's blockade of Gaza.")
    assert any(code.startswith("11") for _, code, _ in found)
    assert not any(s == "ISR" for s, _, _ in found)


def test_an_event_noun_saying_when_is_still_coded():
    found = _triples("Kenya and Ethiopia signed a trade pact during President Ruto's visit to Addis Ababa.")
    assert any(s == "KEN" and code.startswith("04") and t == "ETH" for s, code, t in found)


def test_a_visit_to_a_summit_is_a_visit_to_its_host():
    found = _triples("Lula will travel to the BRICS summit in South Africa next week.")
    assert ("BRA", "042", "ZAF") in found


def test_a_figurative_strike_is_no_attack():
    found = _triples("Egypt's foreign minister struck an upbeat tone about the truce in Gaza.")
    assert not any(code.startswith(("18", "19")) for _, code, _ in found)


def test_a_protest_takes_the_code_of_what_it_demands():
    found = _triples("Thousands of protesters marched through Yerevan demanding that Pashinyan step down.")
    assert ("ARM", "1411", "ARM") in found


def test_students_fighting_police_are_rioting():
    found = _triples("Students clashed with police in Dhaka.")
    assert any(s == "BGD" and code.startswith("145") for s, code, _ in found)


def test_a_wreath_laid_abroad_honours_the_host():
    assert ("IND", "017", "POL") in _triples("Modi laid a wreath at the Tomb of the Unknown Soldier in Warsaw.")


def test_sitting_down_for_talks_is_meeting():
    found = _triples("Negotiators from Yerevan and Baku sat down in Abu Dhabi for their first direct talks.")
    assert ("ARM", "040", "AZE") in found or ("ARM", "046", "AZE") in found


def test_what_is_bought_names_its_seller():
    assert ("IND", "061", "RUS") in _triples("India bought record volumes of discounted Russian crude in June.")


def test_calling_on_someone_to_act_is_addressed_to_them():
    found = _triples("Opposition leaders in Mali called on the president to step down.")
    assert ("MLI", "0241", "MLI") in found


def test_a_verb_hung_on_the_subject_of_a_verbless_parse_still_has_that_subject():
    found = _triples("Qatar's foreign minister, Mohammed Al Khulaifi, shuttled between the Israeli and Egyptian delegations.")
    assert {("QAT", "045", "ISR"), ("QAT", "045", "EGY")} <= found


def test_a_named_town_taken_is_taken_from_its_state():
    assert ("UKR", "192", "UKR") not in _triples("Ukrainian troops recaptured the village of Robotyne.")
    assert ("RUS", "192", "UKR") in _triples("Russian forces seized Avdiivka after a four-month siege.")
    assert ("COD", "192", "COD") in _triples("M23 rebels took control of Bukavu on Sunday.")


def test_a_country_taken_to_court_is_no_territory_taken():
    found = _triples("Gambia has taken Myanmar to the International Court of Justice.")
    assert not any(code.startswith("19") for _, code, _ in found)


def test_a_meeting_in_one_sides_country_is_the_others_visit():
    found = _triples("Narendra Modi met Vladimir Putin in Moscow on Monday.")
    assert {("IND", "042", "RUS"), ("RUS", "043", "IND")} <= found
    elsewhere = _triples("Narendra Modi met Vladimir Putin in Kazakhstan on Monday.")
    assert not any(code in ("042", "043") for _, code, _ in elsewhere)


def test_goods_from_a_state_name_it_as_the_target():
    assert ("USA", "163", "CAN") in _triples("Washington slapped tariffs on imports from Canada.")


def test_the_city_of_a_named_place_is_struck_as_its_state():
    assert ("RUS", "194", "UKR") in _triples("Russian forces pounded the city of Zaporizhzhia with artillery.")


def test_an_event_drawn_from_someone_is_theirs():
    assert ("IGO", "111", "HUN") in {(s or "IGO", c, t) for s, c, t in
                                      _triples("Hungary drew a sharp rebuke from Brussels over the visit.")}
    assert ("TUR", "111", "ISR") in _triples("Israel faced fierce criticism from Turkey over the raid.")
    assert ("RUS", "194", "UKR") in _triples("Ukrainian troops came under artillery fire from Russian forces.")
    assert ("JPN", "114", "KOR") in _triples("Seoul staged drills near the islets, drawing a protest from Tokyo.")


def test_agreeing_to_a_ceasefire_or_a_deal_is_making_it():
    found = _triples("Thailand and Cambodia agreed to an immediate ceasefire at talks in Kuala Lumpur.")
    assert {("THA", "0871", "KHM"), ("KHM", "0871", "THA")} <= found
    assert not any(code.startswith("035") or code == "019" for _, code, _ in found)
    assert ("IRN", "036", "USA") in _triples("Iran and the United States agreed to hold talks.")


def test_a_condition_framed_by_another_verb_is_no_event():
    found = _triples("Washington will impose tariffs on buyers of Russian oil unless Moscow agrees to a truce.")
    assert not any(code.startswith("087") for _, code, _ in found)


def test_committing_to_act_is_an_intent():
    found = _triples("Japan and the Philippines committed to hold joint naval exercises every year.")
    assert ("JPN", "0312", "PHL") in found and not any(code == "062" for _, code, _ in found)
    assert any(code.startswith("20") for _, code, _ in _triples("Militias committed atrocities against Rohingya civilians in Myanmar."))


def test_a_scheduled_event_keeps_its_actors_and_is_expected():
    events = code_text("Kishida is set to visit Kyiv next week.", DAY)
    assert [(e.source.country, e.cameo, e.target.country, e.modality) for e in events][:1] == [
        ("JPN", "042", "UKR", "future")]
    events = code_text("Putin is expected to meet Xi Jinping in Beijing in October.", DAY)
    assert events and all(e.modality == "future" for e in events)


def test_diplomats_expelled_are_individuals_an_ambassador_expelled_cuts_relations():
    assert ("DEU", "174", "RUS") in _triples("Germany expelled two Russian diplomats on Monday.")
    assert ("VEN", "161", "DEU") in _triples("Venezuela expelled Germany's ambassador.")


def test_what_someone_is_charged_with_is_a_claim_not_an_event():
    found = _triples("Montenegro's prosecutor charged two Russian officers with plotting to assassinate the prime minister.")
    assert not any(code.startswith("18") for _, code, _ in found)


def test_a_visit_stated_outright_is_not_repeated_from_the_meeting():
    events = code_text("Modi landed in Moscow on Monday, meeting Vladimir Putin.", DAY)
    visits = [e for e in events if e.cameo == "042"]
    assert len(visits) == 1 and visits[0].source.country == "IND"


def test_what_a_negated_order_would_have_made_happen_did_not_happen():
    events = code_text("The Nigerian army did not order soldiers to shoot at protesters.", DAY)
    assert [e.modality for e in events if e.cameo.startswith("17")] == ["negated"]


def test_a_reaction_to_a_move_is_aimed_at_who_made_it():
    found = _triples("Beijing launched drills around Taiwan, a move Taipei condemned as provocative.")
    assert ("TWN", "111", "CHN") in found


def test_weapons_fired_at_a_thing_are_no_show_of_force():
    found = _triples("The Houthis fired a barrage of drones and missiles at commercial shipping in the Red Sea.")
    assert not any(code.startswith("15") for _, code, _ in found)
    assert any(code.startswith("15") for _, code, _ in _triples("North Korea fired two ballistic missiles into the sea."))


def test_naming_a_party_with_a_verdict_is_criticism_or_praise():
    assert ("USA", "111", "RUS") in _triples("Biden called Putin a war criminal.")
    assert ("ARG", "051", "CHN") in _triples("Milei described China as a very interesting trade partner.")
    assert not _triples("The company called the quarterly results excellent.")


def test_voting_to_act_is_the_act():
    found = _triples("Peru's Congress voted to remove President Pedro Castillo from office.")
    assert ("PER", "172", "PER") in found
