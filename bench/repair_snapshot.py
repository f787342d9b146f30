"""Snapshot of what the repair makes of every text it is benchmarked or tested on, to show that a
speed change keeps the output: the repaired text and every edit (place, original, replacement,
reason, confidence), applied and suggested, also with the raw (uncalibrated) scores.

Run: .venv/bin/python bench/repair_snapshot.py OUT.json [--compare BEFORE.json]

Each text is repaired twice: once after the others with the word caches warm, once with them
emptied (first sight); the two must agree, or a memo depends on what was read before.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests"), str(ROOT / "tests" / "gold")]

from bench_repair import datasets, forget_words  # noqa: E402
from parlbrief.real_ocr import load_pairs  # noqa: E402
from pipeline.repair import repair_text  # noqa: E402


def texts() -> dict[str, str]:
    """Every bench set's noisy letters, all of data/real_ocr, the gold poor layers and fixtures."""
    out = {f"{name}/{i}:{L.name}": L.noisy for name, letters in datasets(quick=False).items()
           for i, L in enumerate(letters)}
    out |= {f"real_ocr/{p.profile}/{p.letter}": p.ocr for p in load_pairs()}
    for path in sorted((ROOT / "tests" / "gold").glob("*/poor.txt")):
        out[f"gold/{path.parent.name}"] = path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.txt")):
        out[f"fixtures/{path.name}"] = path.read_text(encoding="utf-8")
    return out


def outcome(text: str) -> dict[str, object]:
    repaired, applied, suggested = repair_text(text)
    _, raw_applied, raw_suggested = repair_text(text, raw_confidence=True)
    return {"text": repaired, **{name: [e.model_dump(mode="json") for e in edits] for name, edits in (
        ("applied", applied), ("suggested", suggested), ("raw_applied", raw_applied),
        ("raw_suggested", raw_suggested))}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="an earlier snapshot that must be equal")
    args = parser.parse_args()
    found = texts()
    warm = {key: outcome(text) for key, text in found.items()}
    differ = 0
    for key, text in found.items():
        forget_words()
        if outcome(text) != warm[key]:
            differ += 1
            print(f"first sight differs from warm: {key}")
    blob = json.dumps(warm, ensure_ascii=False, sort_keys=True, indent=0)
    args.out.write_text(blob, encoding="utf-8")
    edits = sum(len(o["applied"]) + len(o["suggested"]) for o in warm.values())
    print(f"{len(found)} texts, {edits} edits, sha256 {hashlib.sha256(blob.encode()).hexdigest()[:16]}")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        changed = sorted(k for k in before.keys() | warm.keys() if before.get(k) != warm.get(k))
        for key in changed:
            print(f"changed: {key}")
        print("identical" if not changed else f"{len(changed)} texts differ")
        differ += len(changed)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
