"""Appeals and demands made through a text or a request: a statement, resolution, note or letter
speaks for whoever issued it (the subject of "issued", "passed", "sent", "said in"), not for no one;
a text someone else vetoed is not the vetoer's. A deed done "at the request of" a state was asked of
its doer by that state."""

from coding_cases import assert_coded, dyads


def test_a_joint_statement_urging_is_an_appeal_by_its_issuers():
    assert_coded("Kenya and Uganda issued a joint statement urging Ethiopia to reopen the border crossings.",
                 "KEN", "ETH", ["02"])
    assert_coded("Kenya and Uganda issued a joint statement urging Ethiopia to reopen the border crossings.",
                 "UGA", "ETH", ["02"])


def test_a_resolution_passed_by_a_parliament_is_its_appeal():
    assert_coded("The Peruvian congress passed a resolution calling on Bolivia to extradite the fugitive governor.",
                 "PER", "BOL", ["02"])


def test_a_diplomatic_note_asking_is_the_senders_appeal():
    assert_coded("Ghana has sent a diplomatic note asking Togo to hand over the three suspects.", "GHA", "TGO", ["02"])


def test_an_appeal_in_a_statement_is_the_speakers():
    assert_coded("Madrid said in a statement that also called on Rabat to investigate the deaths at the fence.",
                 "ESP", "MAR", ["02"])


def test_a_vetoed_resolution_is_not_the_vetoers_demand():
    got = dyads("France vetoed a draft resolution demanding that Chad withdraw its troops.")
    assert not any(s.startswith("FRA") and c[:2] in ("02", "10") for s, _, c in got), got


def test_a_deed_done_at_a_states_request_is_its_appeal_to_the_doer():
    assert_coded("Senegal sent 500 soldiers to Gambia at the request of the government in Banjul.", "GMB", "SEN", ["02"])


def test_a_deed_done_at_the_behest_of_a_state_is_its_appeal_to_the_doer():
    assert_coded("Austria extradited the banker at the behest of Switzerland.", "CHE", "AUT", ["02"])
