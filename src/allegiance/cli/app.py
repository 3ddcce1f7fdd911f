"""The shared Typer application and the options every command uses."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

import typer
from rich.console import Console

from allegiance import api

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Code political events from text and measure which way states are tilting.")
out = Console()
err = Console(stderr=True)

DateOption = Annotated[Optional[str], typer.Option("--date", help="Publication date (YYYY-MM-DD) for documents that have none.")]
FallbackOption = Annotated[bool, typer.Option("--fallback", help="Also use the learned classifier for predicates no pattern knows.")]
DbOption = Annotated[str, typer.Option("--db", help="DuckDB file to store events in.")]
DEFAULT_DB = api.DEFAULT_DB


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)")


def error(message: str) -> None:
    """One line on standard error: what failed and where."""
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)


def note(message: str) -> None:
    """One line on standard error about input that was skipped on purpose (not a failure)."""
    err.print(f"[yellow]note:[/yellow] {message}", highlight=False, soft_wrap=True)
