"""How far do two careful human coders agree, and where does the coder stand between them?

    python benchmarks/agreement.py [gold/blind.jsonl gold/agreement.jsonl]
    python benchmarks/agreement.py gold/test.jsonl gold/agreement-test.jsonl

`gold/agreement.jsonl` is a second, blind coding of 200 sentences of `gold/blind.jsonl` by a
person (B) who saw neither the first coding (A) nor the program's output. The first row scores
B against A exactly as `allegiance evaluate` scores the program; the next two score the program
against each of them on the same sentences. Human agreement is the ceiling any F1 measured on
this gold can be read against. `gold/agreement-test.jsonl` does the same for 200 sentences of
the test part (a second coding only: nothing is tuned on it).
"""

import sys

from rich.console import Console
from rich.table import Table

from allegiance.evaluation.gold import code_gold, gold_as_coded, load_gold, score


def main(first: str = "gold/blind.jsonl", second: str = "gold/agreement.jsonl") -> None:
    b = load_gold(second)
    ids = {s.id for s in b}
    a = [s for s in load_gold(first) if s.id in ids]
    if not a:
        raise SystemExit(f"{first}: no sentence shares an id with {second}")
    coded = code_gold(a)
    rows = [("person B vs person A", a, gold_as_coded(b)),
            ("allegiance vs A", a, coded),
            ("allegiance vs B", b, coded)]
    table = Table(title=f"Agreement on {len(a)} sentences of {first}")
    for column in ("pair", "gold", "coded", "P", "R", "root F1", "code F1", "modality"):
        table.add_column(column, justify="left" if column == "pair" else "right")
    for name, gold, events in rows:
        report = score(gold, events)
        root, code = report.levels["root"], report.levels["code"]
        table.add_row(name, str(root.gold), str(root.coded), f"{root.precision:.2f}", f"{root.recall:.2f}",
                      f"{root.f1:.3f}", f"{code.f1:.3f}", f"{report.modality.to_dict()['accuracy']:.2f}")
    Console().print(table)


if __name__ == "__main__":
    main(*sys.argv[1:])
