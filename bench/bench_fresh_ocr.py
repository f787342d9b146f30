"""Bench: the hand-written "fresh" letters end to end as real documents (born PDF, scan, poor layer).

    .venv/bin/python bench/bench_fresh_ocr.py [--renderings text,born,scan,poor] [--letters f1,n2,...]
                                              [--json OUT] [--keep DIR] [--indent right|drop]

The letters of tests/test_structure_fresh.py, tests/test_structure_fresh2.py and every later
tests/test_structure_fresh<N>.py are tested there only
as text (make_doc → extract_structure). Here each letter is rendered the way tests/gold/make_corpus.py
renders the gold corpus — its own `render()` (born.pdf, scan.pdf at 200 dpi with per-letter noise, blur,
JPEG quality and font, poor.pdf = the scan images plus a `simulate_english_ocr` text layer at the
letter's `ocr_rate`), seeded with `letter_seed(<letter name>)` — and every rendering, plus the letter
text as a .txt file (the baseline), goes through the whole pipeline in-process
(`pipeline.run.run_letter`, what `parlbrief process` runs per file: ingest → repair → structure, with
default Options, so OCR is tesseract -l deu at 300 dpi).

Each field is compared with the test module's own expectation in the test module's own shape:
EXPECTED + observed() where the module has them (fresh2 and later); tests/test_structure_fresh.py has
no EXPECTED, only HEADERS, so for its letters the six HEADERS fields are scored (doc_type, date, place,
sender organization, first signatory, addressee). "= text" counts, for every letter, the 14 record
fields (fresh2's FIELDS via its observed()) on which a rendering gives exactly what the text run gives.

Layout: the renderer puts every text line on one page line and draws it as one text run; it cannot
keep every layout of these letters. Before the table the bench lists, per letter, what it cannot keep:
leading blanks are dropped (a right-column-only line such as f1's date line is drawn flush right
instead — `--indent drop` draws it at the left margin like the renderer would), side-by-side columns
("Kreis Borken      GRÜNE Kreistagsfraktion") are drawn as one run whose right column is ragged
(proportional spaces), over-long lines shrink, over-full pages flow onto an extra page. It also counts
how many of the letter's column-gap lines (3+ spaces inside) still have such a gap in the ingested
text of each rendering (the structure rules split columns on 3+ spaces).

Runtime: OCR dominates (scan and poor pages, ~0.8 s per page on 2 cores); all 32 letters (fresh to
fresh4, 35 pages) × 4 renderings took ~70 s. One process, one page at a time. Note that the poor
text layer is mostly judged poor by ingest, so those pages are OCR'd too (column "OCR").
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import logging
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models import Options, PageMethod  # noqa: E402
from parlbrief.ocrsim import simulate_english_ocr  # noqa: E402
from parlbrief.synth_layout import PAGE_WIDTH, LetterStyle, layout_pages, split_pages, text_width  # noqa: E402
from pipeline.run import run_letter  # noqa: E402

log = logging.getLogger(__name__)

# Every tests/test_structure_fresh*.py, in the order they were written (fresh, fresh2, …, fresh10).
MODULES = tuple(
    f"tests.{path.stem}"
    for path in sorted((ROOT / "tests").glob("test_structure_fresh*.py"),
                       key=lambda p: int(p.stem.removeprefix("test_structure_fresh") or 1))
)
OPTIONAL = frozenset(MODULES[2:])
RENDERINGS = ("text", "born", "scan", "poor")
FILES = {"text": "text.txt", "born": "born.pdf", "scan": "scan.pdf", "poor": "poor.pdf"}
RIGHT_COLUMN_INDENT = 20  # a line indented this far stands alone in the right-hand column
COLUMN_GAP = re.compile(r"\S {3,}\S")  # as pipeline.structure_header.columns: 3+ spaces apart
HEADER_FIELDS = ("doc_type", "date", "place", "sender.organization", "signatories[0]", "addressee")


def _load_make_corpus() -> ModuleType:
    """tests/gold/make_corpus.py (not a package module): its render(), letter_seed(), ocr_rate()."""
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "tests" / "gold" / "make_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MC = _load_make_corpus()


@dataclass
class FreshLetter:
    id: str
    module: str
    text: str
    expected: dict[str, Any]
    value: Callable[[Any, str], Any]  # (record, field) → the field in the shape of `expected`


@dataclass
class Run:
    """One rendering of one letter through the pipeline."""

    letter: str
    rendering: str
    got: dict[str, Any] = field(default_factory=dict)
    record_fields: dict[str, Any] = field(default_factory=dict)  # fresh2 FIELDS, for "= text"
    error: str | None = None
    seconds: float = 0.0
    pages: int = 0
    ocr_pages: int = 0
    gap_lines: int = 0  # ingested lines that still hold a 3+ space column gap
    reasons: list[str] = field(default_factory=list)
    raw_text: str = ""  # ingested text (for --json)
    text: str = ""  # repaired text the structure was read from (for --json)


def _header_value(record: Any, name: str) -> Any:
    """A HEADERS field of tests/test_structure_fresh.py, in the shape its test_header_and_parties reads."""
    if name == "sender.organization":
        return record.sender.organization
    if name == "signatories[0]":
        return (record.signatories[0].name, record.signatories[0].role) if record.signatories else None
    if name == "addressee":
        return (record.addressee.name, record.addressee.role, record.addressee.organization)
    return getattr(record, name)


def load_letters(messages: list[str]) -> tuple[list[FreshLetter], ModuleType]:
    """Every letter with an expectation; the fresh2 module (its observed/FIELDS serve "= text")."""
    letters: list[FreshLetter] = []
    loaded: dict[str, ModuleType] = {}
    for name in MODULES:
        if name in OPTIONAL and importlib.util.find_spec(name) is None:
            continue
        try:
            module = importlib.import_module(name)
        except Exception as err:  # a fresh3/4 being written may not import yet
            if name not in OPTIONAL:
                raise
            messages.append(f"{name}: not imported ({type(err).__name__}: {err}); its letters are skipped")
            continue
        loaded[name] = module
        short = name.rsplit(".", 1)[-1].removeprefix("test_structure_")
        if hasattr(module, "EXPECTED") and hasattr(module, "observed"):
            expected, value = module.EXPECTED, module.observed
        elif hasattr(module, "HEADERS"):
            expected = {k: dict(zip(HEADER_FIELDS, (kind, when, place, org, first, addr)))
                        for k, (kind, when, place, org, first, addr) in module.HEADERS.items()}
            value = _header_value
            messages.append(f"{name}: no EXPECTED/observed(); scoring its HEADERS fields ({', '.join(HEADER_FIELDS)})")
        else:
            messages.append(f"{name}: neither EXPECTED nor HEADERS; its letters are skipped")
            continue
        missing = sorted(set(module.LETTERS) - set(expected))
        if missing:
            messages.append(f"{name}: no expectation for {', '.join(missing)}; skipped")
        taken = {letter.id for letter in letters}
        for key in module.LETTERS:
            if key in expected:
                letter_id = key if key not in taken else f"{short}:{key}"
                letters.append(FreshLetter(letter_id, short, module.LETTERS[key], dict(expected[key]), value))
    return letters, loaded["tests.test_structure_fresh2"]


def right_lines(text: str, indent_mode: str) -> set[int]:
    """Line indexes (as layout_pages counts them) of lines standing alone in the right column."""
    if indent_mode == "drop":
        return set()
    lines = [line for page in split_pages(text) for line in page]
    return {i for i, line in enumerate(lines)
            if line.strip() and len(line) - len(line.lstrip(" ")) >= RIGHT_COLUMN_INDENT}


def letter_style(seed: int) -> LetterStyle:
    """The style make_corpus.render() draws for this seed (its first random draw is the font)."""
    return LetterStyle(font=random.Random(seed).choice(MC.FONTS))


def layout_notes(text: str, style: LetterStyle, right: set[int]) -> list[str]:
    """What the renderer does not keep of this letter's layout."""
    notes: list[str] = []
    given = split_pages(text)
    lines = [line for page in given for line in page]
    placed = {p.index: p for page in layout_pages(text, style, right=right) for p in page}
    gaps = [line for line in lines if COLUMN_GAP.search(line)]
    if gaps:
        notes.append(f"{len(gaps)} line(s) with side-by-side columns (3+ spaces) drawn as one run, right "
                     f"column ragged: e.g. {gaps[0].strip()[:60]!r}")
    small = 0
    for i, line in enumerate(lines):
        indent = len(line) - len(line.lstrip(" "))
        if line.strip() and i in right:
            notes.append(f"line {i + 1} {line.strip()[:40]!r} (indent {indent}) drawn flush right, not at its column")
        elif line.strip() and indent >= RIGHT_COLUMN_INDENT:
            notes.append(f"line {i + 1} {line.strip()[:40]!r} (indent {indent}) drawn at the left margin")
        elif line.strip() and indent >= 2:
            small += 1
        p = placed[i]
        if p.text and p.size < style.size:
            notes.append(f"line {i + 1} ({len(line.strip())} chars) shrunk to {p.size:.1f} pt")
        if p.text and p.x + _width(p, style) > PAGE_WIDTH - style.right + 0.5:
            notes.append(f"line {i + 1} runs past the right margin even at {style.min_size} pt")
    if small:
        notes.append(f"{small} indented line(s) (2-19 blanks) lose their indent")
    pages = len(layout_pages(text, style, right=right))
    if pages != len(given):
        notes.append(f"{len(given)} page(s) of text flow onto {pages} pages (over {style.lines_per_page} lines)")
    return notes


def _width(p: Any, style: LetterStyle) -> float:
    return text_width(p.text, style.font, p.size, p.bold)


def render_letter(letter: FreshLetter, folder: Path, renderings: list[str], right: set[int]) -> None:
    """text.txt and, as make_corpus.render() writes them, born.pdf (+ scan.pdf, poor.pdf)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILES["text"]).write_text(letter.text, encoding="utf-8")
    if set(renderings) - {"text"}:
        seed = MC.letter_seed(letter.id)
        layer = simulate_english_ocr(letter.text, seed=seed, rate=MC.ocr_rate(letter.id, seed), profile=MC.POOR_PROFILE)
        MC.render(folder, letter.text, layer, set(), right, seed, scans=bool({"scan", "poor"} & set(renderings)))


def run_one(letter: FreshLetter, rendering: str, path: Path, options: Options, fresh2: ModuleType) -> Run:
    run = Run(letter.id, rendering)
    started = time.perf_counter()
    try:
        record = run_letter(path, options)
    except Exception as err:  # a failed file is a result here, not the end of the bench
        run.error = f"{type(err).__name__}: {err}"
        run.seconds = time.perf_counter() - started
        return run
    run.seconds = time.perf_counter() - started
    run.got = {name: letter.value(record, name) for name in letter.expected}
    run.record_fields = {name: fresh2.observed(record, name) for name in fresh2.FIELDS}
    run.pages = len(record.source.pages)
    run.ocr_pages = sum(p.method is PageMethod.OCR for p in record.source.pages)
    run.reasons = [p.reason or "" for p in record.source.pages]
    run.raw_text, run.text = record.raw_text, record.text
    run.gap_lines = _gap_lines(record.raw_text)
    return run


def _gap_lines(text: str) -> int:
    """Lines holding a 3+ space column gap."""
    return sum(bool(COLUMN_GAP.search(line)) for line in text.replace("\f", "\n").split("\n"))


def plain(value: Any) -> Any:
    """JSON-able and readable: dates as ISO strings, enums as values, tuples as lists."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def differences(name: str, expected: Any, got: Any) -> list[tuple[str, Any, Any]]:
    """(field, expected, got); a list of equal length is compared item by item."""
    if expected == got:
        return []
    if isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got) and expected:
        return [(f"{name}[{i}]", e, g) for i, (e, g) in enumerate(zip(expected, got)) if e != g]
    return [(name, expected, got)]


def wrong_fields(letter: FreshLetter, run: Run) -> list[tuple[str, Any, Any]]:
    if run.error:
        return [(name, expected, f"<{run.error}>") for name, expected in letter.expected.items()]
    return [d for name, expected in letter.expected.items() for d in differences(name, expected, run.got[name])]


def summarise(letters: list[FreshLetter], runs: dict[tuple[str, str], Run], renderings: list[str]) -> list[dict]:
    rows = []
    for rendering in renderings:
        done = [(letter, runs[(letter.id, rendering)]) for letter in letters]
        right = sum(not r.error and r.got[n] == e for letter, r in done for n, e in letter.expected.items())
        total = sum(len(letter.expected) for letter, _ in done)
        full = sum(not wrong_fields(letter, r) for letter, r in done)
        row = {"rendering": rendering, "fields_right": right, "fields": total, "letters_right": full,
               "letters": len(done), "pages": sum(r.pages for _, r in done),
               "ocr_pages": sum(r.ocr_pages for _, r in done), "seconds": round(sum(r.seconds for _, r in done), 1),
               "errors": sum(bool(r.error) for _, r in done),
               "gap_lines": sum(r.gap_lines for _, r in done),
               "letter_gap_lines": sum(_gap_lines(letter.text) for letter, _ in done)}
        text_runs = [runs.get((letter.id, "text")) for letter, _ in done]
        if rendering != "text" and all(t and not t.error for t in text_runs):
            pairs = [(r, t) for (_, r), t in zip(done, text_runs)]
            row["same_as_text"] = sum(not r.error and r.record_fields[n] == t.record_fields[n]
                                      for r, t in pairs for n in t.record_fields)
            row["same_as_text_of"] = sum(len(t.record_fields) for _, t in pairs)
        rows.append(row)
    return rows


def format_table(rows: list[dict]) -> str:
    out = [f"{'rendering':<9} {'fields right':>18} {'letters right':>13} {'= text':>15} {'pages':>5} "
           f"{'OCR':>4} {'gap lines':>9} {'seconds':>8} {'s/page':>6}"]
    for row in rows:
        share = f"{row['fields_right']}/{row['fields']} ({100 * row['fields_right'] / max(1, row['fields']):.1f} %)"
        same = f"{row['same_as_text']}/{row['same_as_text_of']}" if "same_as_text" in row else "-"
        gaps = f"{row['gap_lines']}/{row['letter_gap_lines']}"
        per_page = row["seconds"] / max(1, row["pages"])
        out.append(f"{row['rendering']:<9} {share:>18} {row['letters_right']:>6}/{row['letters']:<6} {same:>15} "
                   f"{row['pages']:>5} {row['ocr_pages']:>4} {gaps:>9} {row['seconds']:>8.1f} {per_page:>6.1f}")
        if row["errors"]:
            out.append(f"{'':9} {row['errors']} file(s) failed in the pipeline")
    return "\n".join(out)


def _short(value: Any, limit: int = 160) -> str:
    text = json.dumps(plain(value), ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--renderings", default=",".join(RENDERINGS),
                        help="comma-separated subset of text,born,scan,poor (text is the baseline)")
    parser.add_argument("--letters", default="", help="comma-separated letter names (default: all)")
    parser.add_argument("--json", type=Path, help="write every result as JSON here")
    parser.add_argument("--keep", type=Path, help="write the renderings here instead of a temp dir")
    parser.add_argument("--indent", choices=("right", "drop"), default="right",
                        help=f"lines indented {RIGHT_COLUMN_INDENT}+ blanks: flush right (default) or left margin")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    renderings = [r for r in args.renderings.split(",") if r]
    if bad := set(renderings) - set(RENDERINGS):
        parser.error(f"unknown rendering(s): {', '.join(sorted(bad))}")
    messages: list[str] = []
    letters, fresh2 = load_letters(messages)
    if args.letters:
        wanted = args.letters.split(",")
        if unknown := set(wanted) - {letter.id for letter in letters}:
            parser.error(f"unknown letter(s): {', '.join(sorted(unknown))}")
        letters = [letter for letter in letters if letter.id in wanted]
    options = Options()
    started = time.perf_counter()
    runs: dict[tuple[str, str], Run] = {}
    notes: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="fresh-ocr-") as tmp:
        base = args.keep or Path(tmp)
        for n, letter in enumerate(letters, 1):
            seed = MC.letter_seed(letter.id)
            right = right_lines(letter.text, args.indent)
            notes[letter.id] = layout_notes(letter.text, letter_style(seed), right)
            folder = base / letter.id
            render_letter(letter, folder, renderings, right)
            for rendering in renderings:
                path = folder / FILES[rendering]
                runs[(letter.id, rendering)] = run = run_one(letter, rendering, path, options, fresh2)
                print(f"[{n}/{len(letters)}] {letter.id} {rendering}: {len(wrong_fields(letter, run))} wrong, "
                      f"{run.seconds:.1f} s", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    rows = summarise(letters, runs, renderings)

    for message in messages:
        print(f"note: {message}")
    print("\nLayout the renderer cannot keep (see the module docstring):")
    for letter in letters:
        for note in notes[letter.id]:
            print(f"  {letter.id}: {note}")
    print(f"\n{len(letters)} letters, {sum(len(x.expected) for x in letters)} fields per rendering; "
          f"'= text': record fields equal to the text run's; 'OCR': pages read by tesseract; "
          f"'gap lines': ingested lines with a 3+ space column gap / such lines in the letters\n")
    print(format_table(rows))
    for row in rows:
        if row["rendering"] != "text" and row["gap_lines"] < row["letter_gap_lines"]:
            print(f"  {row['rendering']}: only {row['gap_lines']} of the letters' {row['letter_gap_lines']} "
                  "column-gap lines keep a 3+ space gap after ingest; fields read from side-by-side columns "
                  "are measured on the collapsed lines")
    wrong = [(letter.id, rendering, *d) for letter in letters for rendering in renderings
             for d in wrong_fields(letter, runs[(letter.id, rendering)])]
    print(f"\nWrong fields ({len(wrong)}):")
    for letter_id, rendering, name, expected, got in wrong:
        print(f"  {letter_id:<5} {rendering:<5} {name}\n      expected {_short(expected)}\n"
              f"      got      {_short(got)}")
    print(f"\nRuntime {elapsed:.0f} s")

    if args.json:
        data = {
            "renderings": renderings, "seconds": round(elapsed, 1), "notes": messages, "summary": rows,
            "letters": {letter.id: {
                "module": letter.module, "seed": MC.letter_seed(letter.id), "layout": notes[letter.id],
                "renderings": {rendering: {
                    "error": run.error, "seconds": round(run.seconds, 2), "pages": run.pages,
                    "ocr_pages": run.ocr_pages, "page_reasons": run.reasons, "gap_lines": run.gap_lines,
                    "fields": {name: {"expected": plain(expected), "got": plain(run.got.get(name)),
                                      "ok": not run.error and run.got[name] == expected}
                               for name, expected in letter.expected.items()},
                    "record": plain(run.record_fields), "raw_text": run.raw_text, "text": run.text,
                } for rendering in renderings for run in [runs[(letter.id, rendering)]]},
            } for letter in letters},
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
