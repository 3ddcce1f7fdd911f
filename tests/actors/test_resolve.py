

def test_a_spokesman_for_a_group_and_the_groups_fighters_are_the_group():
    from allegiance.api import code_text
    from datetime import date
    events = code_text("A spokesman for the Houthis said the group's forces had fired a ballistic missile "
                       "at a British tanker.", date(2024, 1, 27))
    assert [(e.source.code, e.target.country) for e in events] == [("YEMHTH", "GBR")]


def test_a_known_surname_inside_someone_elses_name_is_not_that_person():
    from allegiance.api import code_text
    from datetime import date
    events = code_text("A senior Taliban official, Sher Mohammad Abbas Stanekzai, criticised the ban.", date(2022, 9, 1))
    assert not any(e.source.country == "PSE" for e in events)


def test_a_state_named_with_a_metonym_owns_the_body():
    from allegiance.api import code_text
    from datetime import date
    events = code_text("Peru's Congress voted to impeach President Dina Boluarte.", date(2025, 10, 10))
    assert events and events[0].source.code == "PERLEG"


def test_the_country_is_the_state_of_the_leader_named_before_it():
    from allegiance.api import coder
    from allegiance.actors.resolve import DocumentActors
    c = coder()
    doc = c.nlp("Kim Jong Un ordered an expansion of the country's missile forces.")
    actors = DocumentActors(doc, c.kb, c.gazetteer(doc), None)
    country = next(t for t in doc if t.lower_ == "country")
    assert actors.resolve(country).country == "PRK"


def test_a_lowercase_bloc_the_tagger_took_for_a_name_is_the_bloc_named_before():
    from allegiance.api import coder
    from allegiance.actors.resolve import DocumentActors
    c = coder()
    doc = c.nlp("Ursula von der Leyen, the EU's top official, said the bloc would review its trade deal with Chile.")
    actors = DocumentActors(doc, c.kb, c.gazetteer(doc), None)
    bloc = next(t for t in doc if t.lower_ == "bloc")
    assert actors.resolve(bloc).code == "IGOEUREEC"
