"""Absolute "with" clauses: ", with X doing Y" after a clause opens a clause of its own. X is the
doer of its participle, not a partner or a target of the clause before ("A and B held talks, with
X carrying messages between them" is no meeting of A or B with X). A go-between in such a clause
mediates between the parties of the clause it hangs on. Sentences written for these tests."""

from coding_cases import dyads


def _meetings(text):
    """Who met or negotiated, or meant to, with whom (mediation, 045, is left out)."""
    return {(s[:3], t[:3] if t else None) for s, t, c in dyads(text) if c[:2] in ("03", "04") and c != "045"}


def test_the_with_noun_is_no_partner_of_the_talks():
    got = _meetings("Serbia and Kosovo agreed to resume talks, with the EU's envoy, Miroslav Lajcak, carrying "
                    "proposals between the two capitals.")
    assert not {("SRB", "IGO"), ("XKX", "IGO")} & got, got
    assert ("SRB", "XKX") in got, got


def test_an_onlooker_is_no_partner():
    got = _meetings("Serbia's president held talks in Belgrade, with the EU's envoy, Miroslav Lajcak, looking on.")
    assert ("SRB", "IGO") not in got, got


def test_a_go_between_in_the_with_clause_mediates_between_the_parties():
    got = {(s[:3], t[:3]) for s, t, c in dyads(
        "Peruvian and Ecuadorian negotiators opened talks in Lima, with Brazilian mediators shuttling between "
        "the two delegations.") if c == "045"}
    assert {("BRA", "PER"), ("BRA", "ECU")} <= got, got


def test_a_named_go_between_with_an_apposition():
    got = {(s[:3], t[:3]) for s, t, c in dyads(
        "Armenian and Azerbaijani envoys met in Geneva on Monday, with Switzerland's foreign minister, "
        "Ignazio Cassis, ferrying messages between the two sides.") if c == "045"}
    assert {("CHE", "ARM"), ("CHE", "AZE")} <= got, got


def test_a_with_clause_without_a_comma_still_names_a_partner():
    got = _meetings("Chile's president held talks with Argentine officials representing the new government.")
    assert ("CHL", "ARG") in got, got
