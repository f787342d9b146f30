"""Structure-stage bench (issue 5): CPU time per page and the outputs, on every gold rendering.

    .venv/bin/python bench/bench_structure.py [--subset ci|full] [--cache DIR] [--out FILE]

Ingest and repair run once per rendering and are cached (pickled RepairedDoc in --cache), so
the structure stage alone is timed, in CPU seconds (time.process_time), best of --repeat runs.
With --out, every LetterStructure is written as JSON lines, so two commits can be compared
letter by letter (`diff a.jsonl b.jsonl`). The first-use cost of the spaCy pipeline is printed
apart from the per-page figure.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models import Options, RepairedDoc  # noqa: E402
from models.evaluation import Subset  # noqa: E402
from parlbrief.evaluation.runner import load_index, select, tasks_for  # noqa: E402


def repaired_docs(subset: Subset, cache: Path) -> list[tuple[str, RepairedDoc]]:
    from pipeline.ingest import ingest_file
    from pipeline.repair import repair_document

    cache.mkdir(parents=True, exist_ok=True)
    gold = ROOT / "tests" / "gold"
    out = []
    for task in tasks_for(gold, select(load_index(gold), subset), subset):
        name = f"{task.letter}__{task.rendering.value}"
        path = cache / f"{name}.pickle"
        if not path.exists():
            options = Options()
            path.write_bytes(pickle.dumps(repair_document(ingest_file(task.path, options), options)))
        out.append((name, pickle.loads(path.read_bytes())))
    return out


def _forget_mentions() -> None:
    try:
        from pipeline.structure_patterns import mentions
    except ImportError:  # a commit before the spaCy patterns
        return
    mentions.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subset", default="full", choices=[s.value for s in Subset])
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "bench-structure-cache")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = repaired_docs(Subset(args.subset), args.cache)

    t0 = time.process_time()
    from pipeline.structure import extract_structure

    t1 = time.process_time()
    extract_structure(docs[0][1])  # first use: builds the spaCy pipeline(s)
    t2 = time.process_time()
    pages = sum(len(doc.pages) for _, doc in docs)
    best = float("inf")
    for _ in range(args.repeat):
        _forget_mentions()  # each run meets every line for the first time, as a batch of new letters does
        start = time.process_time()
        results = [(name, extract_structure(doc)) for name, doc in docs]
        best = min(best, time.process_time() - start)
    if args.out:
        args.out.write_text(
            "".join(f'{{"id": "{name}", "structure": {s.model_dump_json()}}}\n' for name, s in results),
            encoding="utf-8",
        )
    print(f"{len(docs)} renderings, {pages} pages ({args.subset})")
    print(f"import structure      {t1 - t0:7.3f} s CPU")
    print(f"first letter (build)  {t2 - t1:7.3f} s CPU")
    print(f"structure per page    {1000 * best / pages:7.2f} ms CPU (best of {args.repeat})")


if __name__ == "__main__":
    main()
