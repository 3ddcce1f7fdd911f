"""People arrested, jailed, deported or shot who have no country of their own in the text are
private people (or the sector their description gives) of the state where it happens; a
demonym in their description wins. As doers such words name no one the coder can place, and
migrants are strangers where they are. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_people_named_only_by_what_befell_them():
    assert_coded("Jordanian soldiers detained at least 30 suspects in raids near Irbid.", "JORMIL", "JORCVL", ["17"])
    assert_coded("Kenyan police arrested a 19-year-old at a checkpoint outside Mombasa.", "KENCOP", "KENCVL", ["17"])
    assert_coded("Egyptian police shot dead a man at a checkpoint in Giza.", "EGYCOP", "EGYCVL", ["18", "19"])


def test_an_unknown_named_person_described_by_an_apposition():
    assert_coded("Turkish police detained Ayse Demirtepe, a 34-year-old teacher, in Ankara on Friday.",
                 "TURCOP", "TUR", ["17"])
    assert_coded("Uzbek police detained Dilnoza Rakhimova, a 40-year-old woman, in Samarkand.",
                 "UZBCOP", "UZBCVL", ["17"])


def test_an_unknown_named_person_with_no_role_is_a_private_person():
    assert_coded("Georgian police arrested Levan Kapanadze in Batumi on Sunday.", "GEOCOP", "GEOCVL", ["17"])


def test_role_words_before_an_unknown_name():
    assert_coded("Tunisia Jails Prominent Human Rights Lawyer Samir Belhadj", "TUN", "TUNHRI", ["17"])


def test_a_demonym_in_the_description_gives_the_country():
    assert_coded("Malaysian police arrested a Thai woman at a checkpoint in Kedah.", "MYSCOP", "THACVL", ["17"])


def test_an_ethnic_word_is_no_country():
    got = dyads("Iranian police detained Shirin Alavi, a 25-year-old Kurdish woman, in Sanandaj.")
    assert any(s == "IRNCOP" and t == "IRNCVL" for s, t, _ in got), got


def test_an_unnamed_doer_is_no_actor():
    got = dyads("A 50-year-old man stabbed two officers outside the interior ministry in Tunis.")
    assert not any(s.startswith("TUN") for s, _, _ in got), got


def test_migrants_are_not_of_the_place_they_are_in():
    got = dyads("Hungarian police arrested dozens of migrants near the Serbian border.")
    assert ("HUNCOP", "REF", "173") in got, got  # refugees of no state the text names
    assert_coded("Algeria deported hundreds of Malian migrants to the border.", "DZA", "MLI", ["17"])
