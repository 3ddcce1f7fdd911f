"""The `allegiance` command line: thin shells over `allegiance.api`, one module per job."""

from allegiance.cli import actors, actors_eval, analysis, coding, evaluate, exchange, storage, tools  # noqa: F401  (each module registers its commands)
from allegiance.cli.app import app

__all__ = ["app"]
