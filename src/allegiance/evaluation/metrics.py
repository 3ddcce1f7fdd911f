"""Small counters shared by the evaluations."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Accuracy:
    """How many of `total` judgements were right."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def to_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total,
                "accuracy": round(self.value, 4) if self.value is not None else None}
