"""Signings whose signers are named only as "the two governments" after their leaders met, and a
truce signed, which is also an agreement the two sides signed; a signed "document" or "package";
"they" after a coordinated subject or a host and guest; a participle's signers ("signed by the two
countries", "made peace with a declaration signed in …"). Sentences written for these tests."""

from coding_cases import dyads


def _coded(text, code):
    return {(s[:3], t[:3]) for s, t, c in dyads(text) if c.startswith(code)}


def test_the_two_governments_are_the_leaders_who_met():
    got = _coded("Gabriel Boric welcomed the Japanese prime minister at La Moneda, where the two governments "
                 "signed several agreements on mining and clean energy.", "057")
    assert {("CHL", "JPN"), ("JPN", "CHL")} <= got, got


def test_a_signed_ceasefire_is_also_an_agreement():
    text = "Myanmar's military and the Arakan Army signed a temporary ceasefire in Kunming on Thursday."
    assert _coded(text, "0871"), dyads(text)
    assert _coded(text, "057"), dyads(text)


def test_a_declared_ceasefire_is_no_signed_agreement():
    text = "Israel and Hamas declared a ceasefire on Sunday after weeks of fighting."
    assert not _coded(text, "057"), dyads(text)


def test_the_venue_of_talks_is_not_one_of_the_two_sides():
    text = ("The Kremlin called the talks in Riyadh constructive, with Putin's adviser saying the two sides "
            "had agreed to keep talking.")
    assert ("RUS", "SAU") not in _coded(text, "0") and ("SAU", "RUS") not in _coded(text, "0"), dyads(text)


def test_a_document_or_package_signed_between_two_is_an_agreement():
    got = _coded("Kenya and Tanzania signed a document on cross-border trade in Arusha.", "057")
    assert {("KEN", "TZA"), ("TZA", "KEN")} <= got, got
    got = _coded("Ghana signed an infrastructure package with South Korea on Monday.", "057")
    assert {("GHA", "KOR"), ("KOR", "GHA")} <= got, got


def test_a_package_signed_into_law_alone_is_no_agreement():
    text = "The Argentine president signed the budget package into law on Friday."
    assert not _coded(text, "057"), dyads(text)


def test_they_after_coordinated_leaders_at_a_venue_are_both():
    got = _coded("Lula and Petro opened a regional summit at a hotel in Belem, where they signed a "
                 "pact on the Amazon.", "057")
    assert {("BRA", "COL"), ("COL", "BRA")} <= got, got


def test_they_after_a_host_and_guest_are_both():
    got = _coded("Narendra Modi hosted Sheikh Hasina in New Delhi, and they signed a river-sharing deal.", "057")
    assert {("IND", "BGD"), ("BGD", "IND")} <= got, got


def test_they_after_a_criticism_is_not_a_pair():
    text = "Kenya criticised Uganda over the border closure, and they signed a deal with Ethiopia."
    assert ("KEN", "UGA") not in _coded(text, "057"), dyads(text)


def test_an_agreement_signed_by_the_two_countries_names_its_signers():
    got = _coded("Greece will take back some migrants from Turkey under a new agreement signed by the two "
                 "countries, officials said.", "057")
    assert {("GRC", "TUR"), ("TUR", "GRC")} <= got, got


def test_partners_ending_a_dispute_with_a_signed_declaration_signed_it():
    got = _coded("Peru and Ecuador formally made peace with a joint declaration signed in Brasilia.", "057")
    assert {("PER", "ECU"), ("ECU", "PER")} <= got, got
