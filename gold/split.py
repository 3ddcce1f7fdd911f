"""Split the gold sentences into a fixed dev part (for tuning) and test part (for scoring only).

    python gold/split.py        # rewrites gold/dev.jsonl and gold/test.jsonl from gold/part-*.jsonl

The split depends only on each sentence's id (a hash), so it never changes when lines are added
or reordered: a sentence that was in the test part stays there.
"""

import hashlib
from pathlib import Path

HERE = Path(__file__).parent
TEST_SHARE = 50  # percent of sentences held out for testing


def part_of(sentence_id: str) -> str:
    bucket = int(hashlib.sha256(sentence_id.encode()).hexdigest(), 16) % 100
    return "test" if bucket < TEST_SHARE else "dev"


def main() -> None:
    import json

    out = {"dev": [], "test": []}
    for path in sorted(HERE.glob("part-*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                out[part_of(json.loads(line)["id"])].append(line)
    for name, lines in out.items():
        (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        print(f"gold/{name}.jsonl: {len(lines)} sentences")


if __name__ == "__main__":
    main()
