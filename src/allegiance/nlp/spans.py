"""Span text without building a Span."""

from __future__ import annotations

from spacy.tokens import Doc


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` for 0 <= start <= end <= len(doc), read token by token: a slice
    builds a Span (the slice normalised, the span set up), which costs more than the few words
    the coder reads this way for every phrase and mention."""
    if end <= start:
        return ""
    return "".join([doc[i].text_with_ws for i in range(start, end - 1)]) + doc[end - 1].text
