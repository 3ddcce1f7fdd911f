"""Event ontologies (CAMEO codes, Goldstein weights, QuadClass, PLOVER types) as data.

The tables live in ``allegiance/data/cameo/*.tsv``; this package only loads and queries them.
"""

from allegiance.ontology.cameo import CameoCode, PloverType

__all__ = ["CameoCode", "PloverType"]
