"""Short quoted phrases inside a clause ('launched "Strait Thunder" drills', '"categorically
rejects" claims') are parsed as if unquoted; quotations, their speakers and the text an event
shows keep the quote marks as written. Sentences written for these tests."""

from coding_cases import dyads

from allegiance.api import code_documents
from allegiance.model import Document
from allegiance.nlp.scare_quotes import neutralise_scare_quotes


def test_short_inner_quotes_lose_their_marks_and_keep_offsets():
    text = 'Egypt and Sudan struck a "one in, one out" deal and agreed a “reset” of ties.'
    soft = neutralise_scare_quotes(text)
    assert len(soft) == len(text)
    assert soft == "Egypt and Sudan struck a 'one in, one out' deal and agreed a 'reset' of ties."


def test_quotations_and_nicknames_stay_quoted():
    for text in ('"We will not back down," the minister said.',
                 'The minister said "we will not back down from this fight now" on Monday.',
                 'The minister urged a deal "as soon as possible."',
                 'Police arrested Joaquin "El Chapo" Guzman in Sinaloa.'):
        assert neutralise_scare_quotes(text) == text, text


def test_a_quoted_operation_name_is_no_object():
    got = dyads('The Chinese navy launched "Strait Thunder" drills around Taiwan on Monday.')
    assert any(s.startswith("CHN") and t == "TWN" and c.startswith("15") for s, t, c in got), got


def test_a_quoted_denial_is_no_deed():
    got = dyads('Kenya "categorically rejects" claims that it supplied weapons to Somali militias, '
                'the foreign ministry said.')
    assert not any(c.startswith("07") for s, t, c in got), got


def test_reported_speech_keeps_its_quote_marks():
    [(document, events)] = list(code_documents([Document(
        id="q", text='Peru said it had "formally recalled" its ambassador to Mexico.')]))
    [event] = [e for e in events if e.cameo_root == "16"]
    assert event.quote.text == 'it had "formally recalled" its ambassador to Mexico'
    assert event.sentence == document.text
