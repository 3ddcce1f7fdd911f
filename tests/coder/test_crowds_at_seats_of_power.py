"""A crowd that marches on its own capital, converges on a leader's residence or storms a
palace protests at its own government; a state's own troops storming a palace do not."""
from allegiance.api import code_text


def _dyads(text):
    return {(e.cameo[:2], e.source.country if e.source else None, e.target.code if e.target else None)
            for e in code_text(text)}


def test_march_on_own_capital_is_aimed_at_the_government():
    assert ("14", "KEN", "KENGOV") in _dyads("Thousands of Kenyan teachers marched on Nairobi to demand higher pay.")


def test_crowd_converging_on_a_residence_protests_at_the_government():
    dyads = _dyads("Hundreds of Malawian demonstrators converged on the president's residence in Lilongwe on Friday.")
    assert any(root == "14" and src == "MWI" and (tgt or "").startswith("MWI") for root, src, tgt in dyads)


def test_crowd_storming_the_palace_protests_at_its_own_government():
    dyads = _dyads("Angry Peruvian protesters stormed the presidential palace in Lima on Sunday.")
    assert ("14", "PER", "PERGOV") in dyads


def test_troops_storming_the_palace_are_no_protest():
    dyads = _dyads("Gabonese soldiers stormed the presidential palace in Libreville on Wednesday.")
    assert not [d for d in dyads if d[0] == "14"]


def test_crowd_massed_outside_parliament_protests_at_the_legislature():
    dyads = _dyads("Angry Serbian students massed outside parliament in Belgrade.")
    assert any(root == "14" and src == "SRB" and (tgt or "").startswith("SRB") for root, src, tgt in dyads)


def test_blockade_of_a_border_crossing_is_aimed_at_the_state_beyond():
    dyads = _dyads("Hungarian truckers blocked border crossings with Romania for a week.")
    assert ("14", "HUN", "ROU") in dyads
    assert ("14", "HUN", "HUNGOV") not in dyads


def test_blockade_of_a_road_at_home_stays_at_the_own_government():
    assert ("14", "HUN", "HUNGOV") in _dyads("Hungarian truckers blocked roads near Budapest for a week.")


def test_crowd_pouring_into_a_city_centre_protests_at_its_own_government():
    assert ("14", "ROU", "ROUGOV") in _dyads("Tens of thousands of Romanians poured into the centre of Cluj on Sunday.")


def test_crowd_of_no_named_state_is_of_the_state_whose_parliament_it_marches_on():
    dyads = _dyads("Thousands of protesters marched on Chisinau's parliament for a second night, "
                   "chanting against the \"Russian law\" on foreign agents.")
    assert any(root == "14" and src == "MDA" and (tgt or "").startswith("MDA") for root, src, tgt in dyads)
