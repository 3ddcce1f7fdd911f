"""An appeal for aid that names no one to give it ("appealed for international aid", "pleaded
for emergency assistance") is still an appeal for aid (023), with no target; an appeal for
other things that names no addressee stays uncoded. Sentences written for these tests."""

from coding_cases import dyads


def appeals(text):
    return {(s, t, code) for s, t, code in dyads(text) if code.startswith("02")}


def test_an_appeal_for_aid_to_no_one_named_is_coded_without_target():
    found = appeals("Malawi's president appealed for international aid after the cyclone flattened whole villages.")
    assert any(s.startswith("MWI") and t == "" and code.startswith("023") for s, t, code in found)


def test_pleading_for_assistance_is_an_appeal_for_aid():
    found = appeals("The Fijian government pleaded for emergency assistance to feed families cut off by the floods.")
    assert any(s.startswith("FJI") and code.startswith("023") for s, t, code in found)


def test_an_addressed_appeal_keeps_its_addressee():
    found = appeals("Malawi appealed to Japan for emergency aid after the cyclone.")
    assert any(s.startswith("MWI") and t.startswith("JPN") for s, t, code in found)


def test_an_unaddressed_call_for_an_inquiry_is_not_coded():
    assert not appeals("Peru called for an independent inquiry into the shooting.")
