"""Short quoted phrases inside a clause ('agreed a "reset" of ties', 'had "effectively frozen"
its membership', 'launched "Joint Sword" drills') throw the parser: the quoted words come out as
objects, roots or fragments. Before parsing, their quote marks become apostrophes, which the
parser passes over as punctuation; one character for one, so every offset stays valid.

Left as written: quotes of more than a few words, quotes that close a sentence ('… "as soon as
possible."'), quotes that open one, and nicknames between names (Joaquin "El Chapo" Guzman).
The coder finds quotations and their speakers in the text as written, not in this one.
"""

from __future__ import annotations

import re

MAX_WORDS = 4  # a phrase, not a quotation
# a quote after a word and a space, with no quote mark or line break inside
_SHORT_QUOTE = re.compile(r"(?<=\w )(?:“[^“”\n]{1,60}”|\"[^\"\n]{1,60}\")")
_SENTENCE_END = (".", "!", "?")
_AFTER = re.compile(r"\s*(\S?)")


def neutralise_scare_quotes(text: str) -> str:
    """`text` with the marks of short in-clause quotes turned into apostrophes."""
    chars = None
    for m in _SHORT_QUOTE.finditer(text):
        if _in_clause(text, m.start(), m.end()):
            chars = chars or list(text)
            chars[m.start()] = chars[m.end() - 1] = "'"
    return "".join(chars) if chars else text


def _in_clause(text: str, start: int, end: int) -> bool:
    inner = text[start + 1:end - 1].strip()
    if not inner or len(inner.split()) > MAX_WORDS or inner.endswith(_SENTENCE_END):
        return False
    after = _AFTER.match(text, end).group(1)
    if not after or after in _SENTENCE_END:  # the quote closes the sentence or the text
        return False
    before = text[:start].split()[-1]
    return not (inner[0].isupper() and before[0].isupper() and after.isupper())  # a nickname
