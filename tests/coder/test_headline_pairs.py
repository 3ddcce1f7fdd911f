"""A headline strings two acts of one actor with a comma ("X Recalls Envoy, Calls Y …"): the
second verb, which the parser leaves without a subject, is the same actor's."""

from allegiance.api import code_text


def _events(text):
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in code_text(text)}


def test_second_act_after_comma_has_the_first_subject():
    events = _events("Brazil's Lula Recalls Envoy From Israel, Calls Netanyahu Government 'Genocidal'")
    assert ("BRAGOV", "ISR", "16") in events
    assert ("BRAGOV", "ISRGOV", "11") in events


def test_quoted_speaker_after_comma_is_not_the_first_subject():
    events = _events("Israel Strikes Hezbollah Depot in Lebanon, Army Says")
    assert not any(source is None or source.startswith("LBN") for source, _, _ in events)
