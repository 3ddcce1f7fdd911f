"""When an event happens, read from the words around it: "the first talks in six years" happened
now; a clause that says when ("after …", "when …") shares its main clause's date; a state that
no longer existed when the article was written dates the event as history; the purpose of a
future act, and a "would" in reported speech joined to another verb, are future. Sentences
written for these tests."""

from datetime import date

from allegiance import code_text

DAY = date(2025, 6, 10)


def modalities(text: str, code: str) -> set[str]:
    return {e.modality for e in code_text(text, DAY) if e.cameo.startswith(code)}


def test_first_in_some_years_is_not_a_date_to_come():
    assert modalities("Greek and Turkish diplomats held their first formal talks in six years in Athens.", "04") \
        == {"asserted"}
    assert modalities("Peru and Chile staged their largest joint naval exercise in a decade.", "06") == {"asserted"}


def test_in_some_weeks_without_a_first_is_still_ahead():
    assert modalities("Modi will travel to Brasilia in two weeks.", "04") == {"future"}


def test_counted_years_ago_in_words():
    assert modalities("Seventy years ago, Austrian and British officials signed a treaty in Vienna.", "05") \
        == {"historical"}


def test_a_clause_that_says_when_shares_the_date():
    text = "Qatar expelled the Bahraini envoy in 2017 after Bahrain's ministers accused Doha of backing militants."
    assert modalities(text, "11") == {"historical"}


def test_a_state_that_no_longer_exists_makes_the_event_history():
    assert modalities("Soviet troops invaded Afghanistan and toppled its government.", "19") == {"historical"}
    # the same words in an article written back then are news
    events = code_text("Soviet troops invaded Afghanistan.", date(1979, 12, 28))
    assert {e.modality for e in events if e.cameo.startswith("19")} == {"asserted"}


def test_an_intent_towards_a_former_partner_stays_current():
    text = "Iraq's prime minister seeks to restore the warm relations Baghdad had with the Soviet Union."
    assert "historical" not in modalities(text, "03")


def test_the_purpose_of_a_future_act_is_future():
    assert modalities("Rwanda will send 500 soldiers to Mozambique to help Maputo fight insurgents.", "07") \
        == {"future"}


def test_reported_would_after_another_verb_is_future():
    text = "Canberra said on Monday it was cutting aid to Fiji's government and would bar Fijian officials from entry."
    assert modalities(text, "172") == {"future"}


def test_the_countrys_forces_are_that_countrys():
    text = ("Mali's president was received by Vladimir Putin in Moscow, where the Russian leader promised "
            "to help the country's armed forces.")
    targets = {e.target.code for e in code_text(text, DAY) if e.cameo.startswith("03")}
    assert targets == {"MLIMIL"}


def test_clauses_told_with_a_dated_one_share_its_date():
    text = "In 1995, Croatian forces launched an offensive on Serb-held Krajina, driving out tens of thousands of Serbs."
    assert modalities(text, "19") | modalities(text, "20") <= {"historical"}


def test_a_conjunct_without_its_own_auxiliary_shares_the_future():
    text = "The European Union said it would suspend budget support to Niger and halt security cooperation with Niamey."
    assert modalities(text, "16") == {"future"}


def test_is_to_and_a_scheduled_meeting_are_future():
    assert modalities("The European Union is to give Tunisia more than 100 million euros.", "07") == {"future"}
    assert modalities("Talks between Armenia and Azerbaijan are scheduled for Friday in Abu Dhabi.", "04") == {"future"}
