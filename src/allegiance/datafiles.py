"""Read the TSV tables shipped under ``allegiance/data/``.

All reviewable data (ontologies, dictionaries, patterns) lives in plain TSV so a
political scientist can check it without reading Python. This one reader keeps
the file conventions identical everywhere:

* lines starting with ``#`` are comments and blank lines are ignored;
* the first remaining line is the header row (tab-separated);
* every field is stripped of surrounding whitespace;
* a field that is exactly ``-`` means "no value" and becomes ``None``;
* a row with the wrong number of fields is an error naming file and line.
"""

from __future__ import annotations

from importlib.resources import files

__all__ = ["read_tsv"]


def read_tsv(*parts: str) -> list[dict[str, str | None]]:
    """Return the rows of ``allegiance/data/<parts...>`` as dicts keyed by header.

    Example: ``read_tsv("cameo", "events.tsv")``.
    """
    if not parts:
        raise ValueError("read_tsv needs at least one path component")
    resource = files("allegiance").joinpath("data")
    for part in parts:  # one step at a time: namespace-package paths take one name per call
        resource = resource.joinpath(part)
    label = "/".join(("data",) + parts)
    text = resource.read_text(encoding="utf-8")

    header: list[str] | None = None
    rows: list[dict[str, str | None]] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if header is None:
            header = fields
            if len(set(header)) != len(header):
                raise ValueError(f"{label}:{lineno}: duplicate column names in header {header}")
            continue
        if len(fields) != len(header):
            raise ValueError(
                f"{label}:{lineno}: expected {len(header)} tab-separated fields "
                f"({', '.join(header)}), found {len(fields)}"
            )
        rows.append({k: (None if v == "-" else v) for k, v in zip(header, fields)})
    return rows
