"""Answer bench (issue 20): Landtag-style answer documents, questions with their answers interleaved.

    .venv/bin/python bench/bench_answers.py [--prints 180] [--seed 2]

Reads, through the whole pipeline, (1) the generated fictional Landtag, Bundestag and council
answers of `parlbrief.synth_prints` (seed 2: the line labeller is trained on seed 1, see
`parlbrief.train_line_roles`), whose generator knows each question's own answer, and (2) the
real Saarland Landtag answer `../shared/realdocs/saarland_ltg_15-1284_antwort.txt`, whose answers
stand at the lines given in `data/answers/` (skipped without ../shared). Prints per source the
questions, how many have their own answer (it holds the first and the last line of the answer the
question was given) and how many answers hold the start of a question (the next one, or any other).
Target: >= 95 % with their own answer, none holding a question.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from models import IngestedDoc, Line, LetterRecord, Options, Page, PageMethod, SourceInfo  # noqa: E402

SAARLAND = ROOT.parent / "shared" / "realdocs" / "saarland_ltg_15-1284_antwort.txt"
GOLD = ROOT / "data" / "answers"
ALIKE = 90  # rapidfuzz partial_ratio (0-100) at which a line counts as found in an answer


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", re.sub(r"(\w)- (\w)", r"\1\2", text).casefold()).split())


def holds(line: str, answer: str) -> bool:
    line = norm(line)
    return bool(line) and fuzz.partial_ratio(line, answer) >= ALIKE


def asks(question: str) -> str:
    """A question's first 40 characters (normalised, without its number), as an answer would hold them."""
    start = norm(re.sub(r"^\s*(?:Frage\s+)?\d+[.):]*\s*", "", question))[:40]
    return start if len(start) >= 30 else ""


def judge(record: LetterRecord, asked: dict[int, str], answered: dict[int, list[str]]) -> Counter:
    """Per question: its own answer found (first and last line held), or an answer holding a question."""
    found = {a.number: norm(a.text) for a in record.answers}
    tally: Counter = Counter()
    for number, lines in sorted(answered.items()):
        lines = [line for line in lines if norm(line)]
        answer = found.get(number, "")
        tally["questions"] += 1
        tally["own answer"] += bool(answer) and all(holds(line, answer) for line in (lines[0], lines[-1]))
        others = [asks(text) for k, text in asked.items() if k != number]
        tally["holds a question"] += bool(answer) and any(q and q in answer for q in others)
        nxt = asks(asked.get(number + 1, ""))
        tally["holds the next question"] += bool(answer) and bool(nxt) and nxt in answer
    return tally


def record_of(pages: list[list[str]], name: str) -> LetterRecord:
    from pipeline.run import build_letter

    text = "\f".join("\n".join(page) for page in pages)
    doc = IngestedDoc(source=SourceInfo(file=f"{name}.txt", sha256=f"{abs(hash(text)):064x}"[-64:], pages=[
        Page(number=n, method=PageMethod.TEXT, lines=[Line(text=line) for line in page]) for n, page in enumerate(pages, 1)]))
    return build_letter(doc, Options())


def bench_prints(count: int, seed: int) -> dict[str, Counter]:
    from parlbrief.synth_prints import answered_prints

    tallies: dict[str, Counter] = {}
    for name, pages, asked, answered in answered_prints(count, seed):
        record = record_of([[text for text, _ in page] for page in pages], name)
        kind = name.rsplit("-", 1)[-1]
        tallies.setdefault(kind, Counter()).update(judge(record, asked, answered))
        tallies[kind]["documents"] += 1
    return tallies


def bench_saarland() -> Counter | None:
    if not SAARLAND.exists():
        return None
    from pipeline.run import run_letter

    lines = SAARLAND.read_text(encoding="utf-8").split("\n")
    rows = [row.split("\t") for row in (GOLD / f"{SAARLAND.stem}.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    span = {int(r[0]): tuple(map(int, r[1:])) for r in rows}
    asked = {n: " ".join(lines[a - 1:b]) for n, (a, b, _, _) in span.items()}
    answered = {n: [line for line in lines[c - 1:d] if line.strip()] for n, (_, _, c, d) in span.items()}
    record = run_letter(SAARLAND, Options())
    tally = judge(record, asked, answered)
    tally["documents"] = 1
    return tally


def line(name: str, tally: Counter) -> str:
    q = tally["questions"]
    return (f"  {name:20} {tally['documents']:4} documents {q:5} questions: own answer {tally['own answer']:5} "
            f"= {tally['own answer'] / q if q else 0:.3f}, holding the next question {tally['holds the next question']}, "
            f"any other question {tally['holds a question']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prints", type=int, default=180, help="generated documents (a third of them answers)")
    parser.add_argument("--seed", type=int, default=2, help="not 1: the labeller was trained on seed 1")
    args = parser.parse_args()
    if args.seed == 1:
        parser.error("seed 1 holds the prints the line labeller was trained on")
    tallies = bench_prints(args.prints, args.seed)
    print(f"generated prints (seed {args.seed}, {args.prints} documents):")
    for kind, tally in sorted(tallies.items()):
        print(line(kind, tally))
    print(line("all generated", sum(tallies.values(), Counter())))
    saarland = bench_saarland()
    print("real Landtag answer:")
    print(line(SAARLAND.stem, saarland) if saarland else f"  {SAARLAND} not there: skipped")


if __name__ == "__main__":
    main()
