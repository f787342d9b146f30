"""Draw the documents of blind set 2 (data/real_fields/karlsruhe-blind2).

Among the documents of ../shared/realcorpus/karlsruhe: only the held-out test fold
(parlbrief.evaluation.oparl.fold(slug) == 0), none with a line-label file in data/labels/karlsruhe/,
none already in data/real_fields/karlsruhe/ (the first set), at most 220 lines. The kind is the
OParl kind in labels.jsonl; the period is the year in the slug. For each kind (anfrage, antrag,
stellungnahme) and period (2013–16, 2017–20, 2021–23, 2024–26), in this order, the candidates sorted
by slug, one random.Random(20261205) draws 3 with rng.sample(pool, 3): 36 documents.

    PYTHONPATH=. .venv/bin/python data/real_fields/select_blind2.py [--interleaved]

prints the drawn slugs (with --interleaved: in labelling order, first one of each kind and period,
then the second, then the third) and the pool sizes.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from parlbrief.evaluation.oparl import fold

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT.parent / "shared" / "realcorpus" / "karlsruhe"
KINDS = ("anfrage", "antrag", "stellungnahme")
PERIODS = ((2013, 2016), (2017, 2020), (2021, 2023), (2024, 2026))
SEED = 20261205


def draw(docs: Path = DOCS) -> dict[tuple[str, tuple[int, int]], tuple[list[str], int]]:
    """(kind, period) -> (the 3 drawn slugs in draw order, pool size)."""
    labelled = {p.stem for p in (ROOT / "data" / "labels" / "karlsruhe").glob("*.tsv")}
    first_set = {p.stem for p in (ROOT / "data" / "real_fields" / "karlsruhe").glob("*.json")}
    rows = [json.loads(line) for line in (docs / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    kinds = {r["slug"]: r["kind"] for r in rows}
    slugs = sorted(kinds)
    rng, result = random.Random(SEED), {}
    for kind in KINDS:
        for low, high in PERIODS:
            pool = [s for s in slugs if kinds[s] == kind and fold(s) == 0 and s not in labelled and s not in first_set
                    and low <= int(re.search(r"-(\d{4})-", s).group(1)) <= high
                    and (docs / f"{s}.txt").exists()
                    and len((docs / f"{s}.txt").read_text(encoding="utf-8").splitlines()) <= 220]
            result[(kind, (low, high))] = (rng.sample(pool, 3), len(pool))
    return result


def interleaved(drawn) -> list[str]:
    """Labelling order: the i-th draw of every kind and period before the (i+1)-th."""
    return [slugs[i] for i in range(3) for (slugs, _) in drawn.values()]


if __name__ == "__main__":
    drawn = draw()
    if "--interleaved" in sys.argv:
        print("\n".join(interleaved(drawn)))
    else:
        for (kind, (low, high)), (slugs, size) in drawn.items():
            print(f"{kind}\t{low}-{high}\tpool {size}\t{', '.join(slugs)}")
