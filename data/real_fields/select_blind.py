"""Draw the documents of a blind set (data/real_fields/karlsruhe-blind<N>).

Among the documents of ../shared/realcorpus/karlsruhe: only the held-out test fold
(parlbrief.evaluation.oparl.fold(slug) == 0), none with a line-label file in data/labels/karlsruhe/,
none already in an earlier set (data/real_fields/karlsruhe/, the first set, and every earlier
karlsruhe-blind<M>/, M < N), at most 220 lines. The kind is the OParl kind in labels.jsonl; the
period is the year in the slug. For each kind (anfrage, antrag, stellungnahme) and period (2013–16,
2017–20, 2021–23, 2024–26), in this order, the candidates sorted by slug, one random.Random(seed)
draws 3 with rng.sample(pool, 3): 36 documents. Set 2 has seed 20261205 (excluding set 1), set 3
seed 20261206 (excluding sets 1 and 2).

    PYTHONPATH=. .venv/bin/python data/real_fields/select_blind.py --set 2|3 [--interleaved]

prints the drawn slugs (with --interleaved: in labelling order, first one of each kind and period,
then the second, then the third) and the pool sizes.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from parlbrief.evaluation.oparl import fold

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT.parent / "shared" / "realcorpus" / "karlsruhe"
KINDS = ("anfrage", "antrag", "stellungnahme")
PERIODS = ((2013, 2016), (2017, 2020), (2021, 2023), (2024, 2026))
SEEDS = {2: 20261205, 3: 20261206}


def folder(number: int) -> Path:
    """The gold folder of set `number` (1: the first set, karlsruhe/)."""
    return ROOT / "data" / "real_fields" / ("karlsruhe" if number == 1 else f"karlsruhe-blind{number}")


def earlier_sets(number: int) -> set[str]:
    """The slugs of every set before set `number`."""
    return {p.stem for m in range(1, number) for p in folder(m).glob("*.json")}


def draw(docs: Path = DOCS, number: int = 2) -> dict[tuple[str, tuple[int, int]], tuple[list[str], int]]:
    """(kind, period) -> (the 3 drawn slugs of set `number` in draw order, pool size)."""
    labelled = {p.stem for p in (ROOT / "data" / "labels" / "karlsruhe").glob("*.tsv")}
    earlier = earlier_sets(number)
    rows = [json.loads(line) for line in (docs / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    kinds = {r["slug"]: r["kind"] for r in rows}
    slugs = sorted(kinds)
    rng, result = random.Random(SEEDS[number]), {}
    for kind in KINDS:
        for low, high in PERIODS:
            pool = [s for s in slugs if kinds[s] == kind and fold(s) == 0 and s not in labelled and s not in earlier
                    and low <= int(re.search(r"-(\d{4})-", s).group(1)) <= high
                    and (docs / f"{s}.txt").exists()
                    and len((docs / f"{s}.txt").read_text(encoding="utf-8").splitlines()) <= 220]
            result[(kind, (low, high))] = (rng.sample(pool, 3), len(pool))
    return result


def interleaved(drawn) -> list[str]:
    """Labelling order: the i-th draw of every kind and period before the (i+1)-th."""
    return [slugs[i] for i in range(3) for (slugs, _) in drawn.values()]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=int, choices=sorted(SEEDS), required=True, dest="number")
    parser.add_argument("--interleaved", action="store_true")
    args = parser.parse_args()
    drawn = draw(number=args.number)
    if args.interleaved:
        print("\n".join(interleaved(drawn)))
    else:
        for (kind, (low, high)), (slugs, size) in drawn.items():
            print(f"{kind}\t{low}-{high}\tpool {size}\t{', '.join(slugs)}")
