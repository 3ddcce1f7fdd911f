"""Print the coder's accuracy on the annotated example articles (README's accuracy table).

    python benchmarks/accuracy.py [examples/]
"""

import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from allegiance.evaluation.articles import score_examples


def main(folder: str = "examples") -> None:
    scores = score_examples(Path(folder))
    table = Table(title=f"Coder accuracy on {folder}")
    for column in ("article", "annotated", "found (root)", "recall (root)", "recall (strict)",
                   "coded", "precision", "quiet sentences coded"):
        table.add_column(column, justify="right" if column != "article" else "left")
    rows = [(s.name, s.expected, s.found_root, s.found_strict, s.events, s.unmatched, len(s.quiet_violations))
            for s in scores]
    total = ("all", *(sum(r[i] for r in rows) for i in range(1, 7)))
    for name, expected, root, strict, events, extra, quiet in [*rows, total]:
        table.add_row(name, str(expected), str(root), f"{root / expected:.2f}", f"{strict / expected:.2f}",
                      str(events), f"{(events - extra) / events:.2f}" if events else "-", str(quiet))
    Console().print(table)
    roots = set().union(*(s.roots_found for s in scores))
    print(f"CAMEO roots found: {len(roots)} of 20")


if __name__ == "__main__":
    main(*sys.argv[1:])
