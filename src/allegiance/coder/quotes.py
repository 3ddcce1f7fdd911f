"""Direct quotes and reported speech: which words were quoted, and who said them.

A quote's speaker is the subject of a speech verb next to it: in the sentence where the quote
opens or closes, or in the sentence just before it when that one introduces it ("X stated the
following:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

QUOTE_RE = re.compile(r"“[^”]{2,}”|\"[^\"\n]{2,}\"|«[^»]{2,}»")


@dataclass
class QuoteSpan:
    start: int  # character offsets in the document, quote marks included
    end: int
    text: str
    speaker_head: Token | None


def speech_head(sent: Span, speech_verbs: frozenset[str], outside: tuple[int, int] | None = None) -> Token | None:
    """Subject of the first speech verb in `sent` (outside the quote itself)."""
    for tok in sent:
        if outside and outside[0] <= tok.idx < outside[1]:
            continue
        if tok.lemma_.lower() in speech_verbs and tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
    return None


def find_quotes(doc: Doc, speech_verbs: frozenset[str], sents: list[Span] | None = None,
                text: str | None = None) -> list[QuoteSpan]:
    """Quotations of three words or more, each with its speaker. ``sents`` saves finding the
    sentences again when the caller has them (spaCy walks every token to find them); ``text`` is
    the document's text as written, of the same length as ``doc.text``, where the parse saw a
    softened one."""
    sents = sents if sents is not None else list(doc.sents)
    quotes = []
    for m in QUOTE_RE.finditer(text if text is not None else doc.text):
        start, end = m.span()
        inner = m.group(0)[1:-1].strip()
        if len(inner.split()) < 3:  # scare quotes: “foreign political entity”
            continue
        first = next((i for i, s in enumerate(sents) if s.start_char <= start < s.end_char), None)
        last = next((i for i, s in enumerate(sents) if s.start_char < end <= s.end_char + 1), first)
        if first is None:
            continue
        speaker = speech_head(sents[first], speech_verbs, (start, end))
        if speaker is None and last is not None:
            speaker = speech_head(sents[last], speech_verbs, (start, end))
        if speaker is None and first > 0:
            # "X stated the following:" above the quote, or a quote that goes on after
            # '“…,” X said. “…”' in the same paragraph
            before = sents[first - 1]
            text = before.text.rstrip()
            same_paragraph = "\n\n" not in doc.text[before.end_char - 1: start]
            if text.endswith((":", ",")) or text.lower().endswith("following") or same_paragraph:
                speaker = speech_head(before, speech_verbs)
        quotes.append(QuoteSpan(start, end, m.group(0), speaker))
    return quotes


def reported_speech(tok: Token, speech_verbs: frozenset[str]) -> tuple[Token, Token] | None:
    """(speech verb's subject, complement head) when `tok` sits in reported speech."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in speech_verbs:
            subj = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj, node
        node = node.head
    return None
