"""Sentences, tokens, parse and entities from one shared spaCy pipeline."""

from allegiance.nlp.loader import ModelNotFound, load

__all__ = ["ModelNotFound", "load"]
