"""CAMEO event codes and their mapping to Goldstein, QuadClass and PLOVER.

Everything here is read from ``allegiance/data/cameo/`` (events.tsv, quad_classes.tsv,
plover.tsv) so the ontology can be reviewed and corrected without touching code.
Tables are loaded once, on first use.

Codes are strings with leading zeros ("0312"). Because spreadsheets and CSV readers often
strip those zeros, the lookup functions also accept ``42`` or ``"3"`` and restore the
known code ("042", "03") when that is unambiguous.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from allegiance.datafiles import read_tsv

__all__ = [
    "CameoCode",
    "PloverType",
    "get",
    "all_codes",
    "roots",
    "normalise",
    "is_valid",
    "matches",
    "parent",
    "children",
    "quad_classes",
    "plover_types",
]


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code with everything the coder attaches to an event of that code."""

    code: str  # "0312"
    name: str  # standard CAMEO name
    goldstein: float  # -10 .. +10
    root: str  # "03"
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    plover: str | None  # PLOVER type, None where no type fits
    plover_mode: str | None
    description: str

    @property
    def level(self) -> int:
        """2 for a root, 3 for an event code, 4 for a sub-code."""
        return len(self.code)


@dataclass(frozen=True)
class PloverType:
    """A PLOVER event type and the modes this project allows for it."""

    name: str
    modes: tuple[str, ...]
    description: str


@cache
def _table() -> dict[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    for row in read_tsv("cameo", "events.tsv"):
        code = row["code"] or ""
        if code in table:
            raise ValueError(f"events.tsv: duplicate CAMEO code {code!r}")
        try:
            goldstein = float(row["goldstein"] or "")
            quad = int(row["quad_class"] or "")
        except ValueError as exc:
            raise ValueError(f"events.tsv: bad number in row for code {code!r}: {exc}") from None
        plover = row["plover"]
        table[code] = CameoCode(
            code=code,
            name=row["name"] or "",
            goldstein=goldstein,
            root=row["root"] or "",
            quad_class=quad,
            plover=None if plover in (None, "none") else plover,
            plover_mode=row["plover_mode"],
            description=row["description"] or "",
        )
    return table


@cache
def quad_classes() -> dict[str, int]:
    """Root ("01".."20") → QuadClass (1-4), as documented in quad_classes.tsv."""
    return {r["root"]: int(r["quad_class"]) for r in read_tsv("cameo", "quad_classes.tsv")}


@cache
def plover_types() -> dict[str, PloverType]:
    """PLOVER type name → its allowed modes and description, from plover.tsv."""
    out: dict[str, PloverType] = {}
    for r in read_tsv("cameo", "plover.tsv"):
        modes = tuple(m.strip() for m in (r["modes"] or "").split(",") if m.strip())
        out[r["plover"]] = PloverType(r["plover"], modes, r["description"] or "")
    return out


def normalise(code: str | int) -> str:
    """Return the known CAMEO code for ``code``, restoring stripped leading zeros.

    An exact match always wins ("12" is the root REJECT, not "012"). Otherwise zeros are
    added in front ("3" → "03", 42 → "042", "312" → "0312") if exactly one padded form is
    a known code. Raises KeyError for anything that is not a CAMEO code.
    """
    if isinstance(code, bool) or not isinstance(code, (str, int)):
        raise TypeError(f"CAMEO code must be str or int, not {type(code).__name__}")
    text = str(code).strip()
    table = _table()
    if text in table:
        return text
    if not text.isdigit() or isinstance(code, int) and code < 0:
        raise KeyError(f"not a CAMEO event code: {code!r}")
    candidates = {text.zfill(n) for n in (2, 3, 4) if n > len(text)} & table.keys()
    if len(candidates) == 1:
        return candidates.pop()
    if candidates:
        raise KeyError(f"ambiguous CAMEO code {code!r}: could be {sorted(candidates)}")
    raise KeyError(f"unknown CAMEO event code: {code!r} (codes are 01-20, 010-204, 0211-2042)")


def get(code: str | int) -> CameoCode:
    """Look up a CAMEO code; raises KeyError with the offending value if unknown."""
    return _table()[normalise(code)]


def is_valid(code: object) -> bool:
    """True when ``code`` names (or normalises to) a known CAMEO code."""
    try:
        normalise(code)  # type: ignore[arg-type]
    except (KeyError, TypeError):
        return False
    return True


def all_codes() -> list[CameoCode]:
    """Every code, in codebook order (root, then its codes and sub-codes)."""
    return list(_table().values())


def roots() -> list[CameoCode]:
    """The twenty root codes "01".."20"."""
    return [c for c in _table().values() if c.level == 2]


def parent(code: str | int) -> str | None:
    """The code one level up ("0312" → "031", "031" → "03"); None for a root."""
    known = normalise(code)
    return known[:-1] if len(known) > 2 else None


def children(code: str | int) -> list[CameoCode]:
    """Codes directly under ``code`` ("03" → 030..039, "031" → 0311..0314)."""
    known = normalise(code)
    return [c for c in _table().values() if len(c.code) == len(known) + 1 and c.code.startswith(known)]


def matches(code: str | int, accepted: str | int | Iterable[str | int]) -> bool:
    """Whether ``code`` equals, or falls under, any of the accepted codes.

    "0312" matches "0312", "031" and "03" but not "032" or "0311". Used to check a coded
    event against a gold label or a filter given at any level of the hierarchy.
    """
    known = normalise(code)
    if isinstance(accepted, (str, int)):
        accepted = [accepted]
    return any(known.startswith(normalise(a)) for a in accepted)
