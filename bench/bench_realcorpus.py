"""Real council documents with OParl labels: how often the pipeline agrees with the council's metadata.

    .venv/bin/python bench/bench_realcorpus.py ../shared/realcorpus/karlsruhe --split dev [--workers 2]
    .venv/bin/python bench/bench_realcorpus.py ../shared/realcorpus/karlsruhe --split test --json /tmp/test.json

The same library function as `parlbrief evaluate --oparl DIR` (parlbrief.evaluation.oparl); prints
one table, per kind and in total. `--split test` is the held-out fold (documents never used for
training or tuning): look at its figures, do not tune on them.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parlbrief.evaluation.oparl import Split, evaluate_oparl, format_oparl_table  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="<slug>.txt documents and labels.jsonl")
    parser.add_argument("--split", choices=[s.value for s in Split], default=Split.DEV.value)
    parser.add_argument("--limit", type=int, help="a fixed sample of N documents of every kind")
    parser.add_argument("--workers", type=int, help="worker processes (default: all cores)")
    parser.add_argument("--json", type=Path, help="write the summary and per-document scores here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    summary = evaluate_oparl(args.folder, args.split, limit=args.limit, workers=args.workers, json_out=args.json)
    print(format_oparl_table(summary))
    return 1 if summary.rows[-1].failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
