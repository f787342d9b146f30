"""Real council documents with hand-made field gold: how often the pipeline reads each field exactly.

    .venv/bin/python bench/bench_real_fields.py [--show] [--docs ../shared/realcorpus/karlsruhe] [--gold DIR]

Reads every `data/real_fields/karlsruhe/<slug>.json` (written by reading the document, see
data/real_fields/README.md) whose `<slug>.txt` is under ../shared, runs the whole pipeline on it and
compares field by field. "strict" is equality after whitespace normalisation; "soft" allows small
differences: texts with rapidfuzz ratio >= 90 (casefolded), a reference without its label words
("Vorlage Nr.:"). The date is the record's where it is printed on the paper (`date_source`), else
none, as in the gold. doc_type, date and answers have no soft form (soft = strict). A field is scored
only where it applies: questions for an Anfrage, motion_points for an Antrag, answers for a
Stellungnahme, organization not for a Stellungnahme. `--show` prints every mismatch, gold vs found.
Skipped with a message when ../shared is not there. The documents are from the held-out fold, but
the mismatches of the first run (fields exact 0.81 strict) were read to choose structure fixes, so
later figures here are no longer first sight (see data/real_fields/README.md).
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from models import DateSource, Options  # noqa: E402
from models.letter import LetterStructure  # noqa: E402
from parlbrief.evaluation.metrics import normalize_whitespace  # noqa: E402
from parlbrief.evaluation.oparl import KINDS, normalize_reference  # noqa: E402

GOLD = ROOT / "data" / "real_fields" / "karlsruhe"
DOCS = ROOT.parent / "shared" / "realcorpus" / "karlsruhe"
FIELDS = ("doc_type", "reference", "date", "subject", "organization", "signatories",
          "questions", "motion_points", "answers")
KEYS = frozenset(FIELDS)  # a gold file holds these, and may hold a "note"
ALIKE = 90.0  # rapidfuzz ratio (0-100) at which two texts count as the same (soft)
ALL = "all"


def applies(field: str, kind: str) -> bool:
    """Whether `field` is scored for a document of gold type `kind`."""
    only = {"questions": "anfrage", "motion_points": "antrag", "answers": "stellungnahme"}
    if field in only:
        return only[field] == kind
    return not (field == "organization" and kind == "stellungnahme")


def found_fields(record: LetterStructure) -> dict:
    """The record's fields in the gold's shape."""
    return {
        "doc_type": record.doc_type.value,
        "reference": record.reference,
        # the gold's date is the one printed on the paper: a meeting's date stands in for none
        "date": record.date.isoformat() if record.date and record.date_source is DateSource.PRINTED else None,
        "subject": record.subject,
        "organization": record.sender.organization,
        "signatories": [s.name for s in record.signatories],
        "questions": [{"number": q.number, "text": q.text} for q in record.questions],
        "motion_points": list(record.motion_points),
        "answers": [a.number for a in record.answers],
    }


def _norm(text: str | None) -> str:
    return normalize_whitespace(text or "")


def _alike(a: str | None, b: str | None) -> bool:
    return fuzz.ratio(_norm(a).casefold(), _norm(b).casefold()) >= ALIKE


def _texts(field: str, value: list) -> list[tuple[int, str]]:
    """(number or position, text) of a list field."""
    if field == "questions":
        return [(q["number"], q["text"]) for q in value]
    return list(enumerate(value, 1))


def compare(field: str, gold, found) -> tuple[bool, bool]:
    """(strict, soft) agreement of one field."""
    if field in ("doc_type", "date", "answers"):
        same = gold == found
        return same, same
    if field == "reference":
        return _norm(gold) == _norm(found), normalize_reference(gold) == normalize_reference(found)
    if field in ("subject", "organization"):
        if not _norm(gold) or not _norm(found):
            same = not _norm(gold) and not _norm(found)
            return same, same
        return _norm(gold) == _norm(found), _alike(gold, found)
    pairs_gold, pairs_found = _texts(field, gold), _texts(field, found)
    if [k for k, _ in pairs_gold] != [k for k, _ in pairs_found]:
        return False, False
    pairs = list(zip((t for _, t in pairs_gold), (t for _, t in pairs_found)))
    return all(_norm(a) == _norm(b) for a, b in pairs), all(_alike(a, b) for a, b in pairs)


def score_document(gold: dict, record: LetterStructure) -> dict[str, tuple[bool, bool]]:
    """(strict, soft) per field that applies to the gold's kind."""
    found = found_fields(record)
    return {f: compare(f, gold[f], found[f]) for f in FIELDS if applies(f, gold["doc_type"])}


def load_gold(folder: Path = GOLD) -> dict[str, dict]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))}


def run_bench(docs: Path = DOCS, gold_dir: Path = GOLD, slugs: list[str] | None = None) -> dict:
    """Run the pipeline on the gold documents found in `docs` (all, or `slugs`). Returns
    {"documents": {slug: {"kind", "scores", "gold", "found"}}, "shares": {field: {kind: (strict, soft)}},
    "overall": {kind: (strict, soft)}}; a share is None where nothing was scored."""
    from pipeline.run import run_letter

    gold = load_gold(gold_dir)
    documents = {}
    for slug in slugs if slugs is not None else list(gold):
        path = docs / f"{slug}.txt"
        if not path.exists():
            continue
        record = run_letter(path, Options())
        documents[slug] = {"kind": gold[slug]["doc_type"], "scores": score_document(gold[slug], record),
                           "gold": gold[slug], "found": found_fields(record)}
    return {"documents": documents, **shares(documents)}


def shares(documents: dict) -> dict:
    """Per field and kind (and "all"), the share of documents with the field strict / soft right;
    overall, per kind, the share of all scored fields."""
    tally: Counter = Counter()
    for doc in documents.values():
        for field, (strict, soft) in doc["scores"].items():
            for kind in (doc["kind"], ALL):
                for key in ((field, kind), ("*", kind)):
                    tally[key + ("n",)] += 1
                    tally[key + ("strict",)] += strict
                    tally[key + ("soft",)] += soft

    def share(field: str, kind: str) -> tuple[float, float] | None:
        n = tally[(field, kind, "n")]
        return (tally[(field, kind, "strict")] / n, tally[(field, kind, "soft")] / n) if n else None

    kinds = (*KINDS, ALL)
    return {"shares": {f: {k: share(f, k) for k in kinds} for f in FIELDS},
            "overall": {k: share("*", k) for k in kinds},
            "counts": {k: sum(1 for d in documents.values() if k in (d["kind"], ALL)) for k in kinds}}


def format_table(result: dict) -> str:
    kinds = (*KINDS, ALL)
    cell = lambda s: f"{'-':>6} {'-':>5}" if s is None else f"{s[0]:6.2f} {s[1]:5.2f}"  # noqa: E731
    lines = [f"{'':14}" + "".join(f"{k:>14}" for k in kinds),
             f"{'documents':14}" + "".join(f"{result['counts'][k]:>14}" for k in kinds),
             f"{'':14}" + f"{'strict  soft':>14}" * len(kinds)]
    for field in FIELDS:
        lines.append(f"{field:14}" + "".join(f"  {cell(result['shares'][field][k])}" for k in kinds))
    lines.append(f"{'fields exact':14}" + "".join(f"  {cell(result['overall'][k])}" for k in kinds))
    return "\n".join(lines)


def mismatches(result: dict) -> list[str]:
    """One block per field that is not strictly right: gold vs found (lists item by item)."""
    out = []
    for slug, doc in result["documents"].items():
        for field, (strict, soft) in doc["scores"].items():
            if strict:
                continue
            gold, found = doc["gold"][field], doc["found"][field]
            out.append(f"{slug} {field} ({'soft ok' if soft else 'wrong'})")
            if field in ("questions", "motion_points"):
                g, f = dict(_texts(field, gold)), dict(_texts(field, found))
                for key in sorted(set(g) | set(f)):
                    if _norm(g.get(key)) != _norm(f.get(key)):
                        out.append(f"    {key}: gold  {g.get(key)!r}\n    {key}: found {f.get(key)!r}")
            else:
                out.append(f"    gold  {gold!r}\n    found {found!r}")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=DOCS, help="folder of the <slug>.txt documents")
    parser.add_argument("--gold", type=Path, default=GOLD, help="folder of the <slug>.json gold files")
    parser.add_argument("--show", action="store_true", help="print every mismatch, gold vs found")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not args.docs.is_dir():
        print(f"{args.docs} is not there: skipped")
        return 0
    result = run_bench(args.docs, args.gold)
    if not result["documents"]:
        print(f"no gold document under {args.docs}: skipped")
        return 0
    if args.show:
        print("\n".join(mismatches(result)) + "\n")
    print(format_table(result))
    strict, soft = result["overall"][ALL]
    print(f"all fields exact: {strict:.3f} strict, {soft:.3f} soft")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
