"""Which language a document is in: only English is coded.

The coder's dictionaries and the spaCy model are English; coding a German or Arabic article
would produce noise, not events. So every document is checked with py3langid before coding
and non-English ones are skipped with a note.

The check errs towards English, because wrongly skipping an English article loses data
silently while a wrongly coded foreign one mostly yields nothing:

- texts shorter than ``MIN_CHARS`` (40) characters are assumed English: a headline-length
  string full of names is too little evidence;
- only the first ``SAMPLE_CHARS`` (2,000) characters are looked at: enough for a reliable
  answer, and fast on long documents;
- a document is non-English only when the detector's probability for another language is at
  least ``MIN_CONFIDENCE`` (0.9);
- Nigerian Pidgin (``pcm``) counts as English: the model confuses short English news
  sentences with it. ``zxx`` (no linguistic content) counts as undetermined, i.e. English.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["detect", "is_english", "MIN_CHARS", "SAMPLE_CHARS", "MIN_CONFIDENCE"]

MIN_CHARS = 40
SAMPLE_CHARS = 2000
MIN_CONFIDENCE = 0.9
ENGLISH_LIKE = frozenset({"en", "pcm", "zxx"})


@lru_cache(maxsize=1)
def _identifier():
    # Loading the model takes about half a second: do it once, and only when needed.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """(ISO 639 code, probability) for the first SAMPLE_CHARS characters of ``text``."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)


# English function words: in English news about one word in three is one of them, in other
# languages almost none is — enough to skip the language model for plainly English text
ENGLISH_WORDS = frozenset("the of and to in a is that for on with as was by at from it his her "
                          "said has have were be are this an which their its after".split())
PLAINLY_ENGLISH = 0.25  # share of the first 200 words that must be English function words


def _plainly_english(text: str) -> bool:
    words = text[:SAMPLE_CHARS].lower().split()[:200]
    return len(words) >= 20 and sum(w in ENGLISH_WORDS for w in words) / len(words) >= PLAINLY_ENGLISH


def is_english(text: str) -> tuple[bool, str]:
    """(True, "en") when the text should be coded, else (False, detected language code)."""
    if len(text.strip()) < MIN_CHARS or _plainly_english(text):
        return True, "en"
    lang, prob = detect(text)
    if lang in ENGLISH_LIKE or prob < MIN_CONFIDENCE:
        return True, "en"
    return False, lang
