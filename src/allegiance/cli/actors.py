"""`allegiance actors ...`: grow the actor knowledge base beyond the shipped tables.

`import` fills a user KB file from a Wikidata dump; `add`/`remove` are hand edits that an
import never touches; `show` and `list` look at shipped and user rows side by side.
"""

from __future__ import annotations

import os
from datetime import date
from enum import Enum
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from allegiance.actors import userkb
from allegiance.cli.app import app, err, error, out, parse_date

actors = typer.Typer(no_args_is_help=True,
                     help="Add office holders to the actor knowledge base: a Wikidata import or hand edits.")
app.add_typer(actors, name="actors")

KbOption = Annotated[str | None, typer.Option(
    "--kb", help=f"User actor KB file (default: ${userkb.ENV_VAR} or ./{userkb.DEFAULT_FILE}).")]


class Source(str, Enum):
    manual = "manual"
    wikidata = "wikidata"


def _known_codes() -> set[str]:
    from allegiance.datafiles import read_tsv
    codes = {r["code"] for r in read_tsv("actors", "countries.tsv")}
    for table in ("organizations.tsv", "groups.tsv"):
        codes |= {r["code"] for r in read_tsv("actors", table)}
    return codes


def _office_sector(office: str | None) -> str | None:
    """The sector offices.tsv gives a title ("president" -> GOV), used when --sector is left out."""
    from allegiance.datafiles import read_tsv
    for row in read_tsv("actors", "offices.tsv") if office else []:
        if office.lower() in (t.strip() for t in row["title"].split("|")):
            return row["sector"]
    return None


def _valid_today(row: dict, today: date) -> bool:
    start, end = row.get("start"), row.get("end")
    return (not start or start <= today.isoformat()) and (not end or today.isoformat() < end)


def _print_rows(rows: list[dict], title: str) -> None:
    """One line per tenure (narrow terminals, grep): name, code, office, [start, end), source."""
    today = date.today()
    out.print(title, style="bold", highlight=False)
    for row in rows:
        code = f"{row['country']}{row.get('sector') or ''}"
        span = f"[{row.get('start') or '…'}, {row.get('end') or '…'})"
        mark = "  [green]in office today[/green]" if _valid_today(row, today) else ""
        out.print(f"  {escape(row['name'])}  {code}  {escape(row.get('office') or '-')}  {span}"
                  f"  {row.get('source')}{mark}", highlight=False, soft_wrap=True)


@actors.command("import")
def import_(
    path: Annotated[str, typer.Argument(help="Wikidata JSON dump (latest-all.json, .json.gz or .json.bz2).")],
    kb: KbOption = None,
):
    """Import office holders from a Wikidata dump; replaces earlier imports, keeps hand edits."""
    from allegiance.actors import wikidata

    if not os.path.isfile(path):
        error(f"{path}: no such file")
        raise typer.Exit(1)
    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, disable=not err.is_terminal) as progress:
        task = progress.add_task("reading dump", total=2 * os.path.getsize(path))

        def on_progress(done: int, total: int) -> None:
            progress.update(task, completed=done,
                            description="pass 1: places" if done <= total // 2 else "pass 2: people")

        try:
            stats = wikidata.import_dump(path, kb, on_progress)
        except (OSError, EOFError) as exc:
            error(f"{path}: {exc}")
            raise typer.Exit(1)
    target = kb or userkb.default_path()
    out.print(f"{stats.entities} entities, {stats.countries} countries, {stats.positions} positions; "
              f"stored {stats.tenures} tenures of {stats.people} people in {target}",
              highlight=False, soft_wrap=True)
    for reason, count in sorted(stats.skipped.items()):
        out.print(f"  skipped {count}: {reason}", highlight=False)


@actors.command()
def add(
    name: Annotated[str, typer.Argument(help="Full name in its usual English spelling.")],
    country: Annotated[str, typer.Option("--country", help="ISO3 country, or an organisation/group code.")],
    sector: Annotated[str | None, typer.Option("--sector", help="CAMEO sector code (GOV, MIL, LEG ...); default: the office's, from offices.tsv.")] = None,
    office: Annotated[str | None, typer.Option("--office", help="Title, as in offices.tsv.")] = None,
    start: Annotated[str | None, typer.Option("--start", help="First day in office (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option("--end", help="Day the tenure ended (YYYY-MM-DD).")] = None,
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Another name used in the news (repeatable).")] = None,
    kb: KbOption = None,
):
    """Add one office tenure by hand (kept across imports; wins over an imported one)."""
    country = country.upper()
    sector = sector.upper() if sector else _office_sector(office) if len(country) == 3 else None
    if country not in _known_codes():
        error(f"unknown country or organisation code {country!r} (see data/actors/countries.tsv)")
        raise typer.Exit(1)
    try:
        with userkb.UserKB(kb) as store:
            row = store.add(name, country, sector, office, parse_date(start), parse_date(end), alias or [])
    except ValueError as exc:
        error(str(exc))
        raise typer.Exit(1)
    out.print(f"added {row['name']}: {row['country']}{row['sector'] or ''} {row['office'] or ''} "
              f"[{row['start'] or '…'}, {row['end'] or '…'})", highlight=False)


@actors.command()
def remove(
    name: Annotated[str, typer.Argument(help="Name of a hand-added person.")],
    office: Annotated[str | None, typer.Option("--office", help="Only this office.")] = None,
    kb: KbOption = None,
):
    """Remove hand-added rows (imported rows come back with each import)."""
    with userkb.UserKB(kb) as store:
        count = store.remove(name, office)
    if not count:
        error(f"no hand-added rows for {name!r}")
        raise typer.Exit(1)
    out.print(f"removed {count} row(s) for {name}", highlight=False)


@actors.command()
def show(
    name: Annotated[str, typer.Argument(help="A name or alias.")],
    kb: KbOption = None,
):
    """Everything known about one name: shipped tenures and user rows, marking the one held today."""
    from allegiance.actors.kb import load_kb

    path = kb or userkb.default_path()
    user = []
    if os.path.isfile(path):
        with userkb.UserKB(path, read_only=True) as store:
            user = store.find(name)
    user_keys = {(r["name"], r["country"], r["sector"], r["office"], r["start"], r["end"]) for r in user}
    shipped = []
    for t in load_kb().people.get(name.lower(), []):
        row = {"source": "shipped", "name": t.name, "country": t.country, "sector": t.sector,
               "office": t.office, "start": t.start and t.start.isoformat(), "end": t.end and t.end.isoformat()}
        if tuple(row[k] for k in ("name", "country", "sector", "office", "start", "end")) not in user_keys:
            shipped.append(row)  # the gazetteer may already include the user KB: show those once
    if not shipped and not user:
        error(f"no actor named {name!r} in the shipped tables or {path}")
        raise typer.Exit(1)
    _print_rows(shipped + user, name)


@actors.command("list")
def list_(
    country: Annotated[str | None, typer.Option("--country", help="Only this country code.")] = None,
    source: Annotated[Source | None, typer.Option("--source", help="Only hand edits or only imported rows.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=0, help="Rows to print (0 = all).")] = 50,
    kb: KbOption = None,
):
    """List the user KB's rows."""
    path = kb or userkb.default_path()
    if not os.path.isfile(path):
        error(f"{path}: no user actor KB yet (create one with `allegiance actors add` or `import`)")
        raise typer.Exit(1)
    with userkb.UserKB(path, read_only=True) as store:
        wanted = {"country": country, "source": source.value if source else None}
        rows, total = store.list(**wanted, limit=limit or None), store.count(**wanted)
    _print_rows(rows, f"{len(rows)} of {total} rows in {path}")
