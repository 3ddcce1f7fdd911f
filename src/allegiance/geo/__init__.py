"""Where events happened: an offline gazetteer, a homonym-aware resolver and a locator.

`locate(sentence, GeoContext(countries, dateline))` → `Location | None` is what the coder
calls; `resolve_place(name, context_countries=[...])` → `Place | None` resolves one name.
"""

from allegiance.geo.gazetteer import Place, load_gazetteer
from allegiance.geo.locate import GeoContext, locate, locate_dateline
from allegiance.geo.resolve import resolve_place

__all__ = ["GeoContext", "Place", "load_gazetteer", "locate", "locate_dateline", "resolve_place"]
