"""Batch throughput bench (issue 6): pipeline vs bare tesseract / pdftotext, workers, memory.

    .venv/bin/python bench/bench_batch.py [--scans 69] [--memory-pages 300]

Prints one table; every figure is measured in this run on this machine. CPU seconds are user +
system time of a command and all its descendants (tesseract processes, worker processes); on a
machine others share, compare CPU rather than wall-clock figures.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pypdfium2
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models import Options  # noqa: E402
import pipeline.prepare  # noqa: E402
from pipeline.batch import largest_first  # noqa: E402
from pipeline.ingest import ingest_file  # noqa: E402
from pipeline.repair import repair_document  # noqa: E402
from pipeline.run import run_letter  # noqa: E402
from pipeline.structure import extract_structure  # noqa: E402

PARLBRIEF = [sys.executable, str(ROOT / "cli.py"), "process"]
SCAN_PDFS = sorted((ROOT / "tests" / "gold").glob("*/scan.pdf")) + [ROOT / "data/raw/gruene_anfrage_2023_scan.pdf"]
BORN_PDFS = sorted((ROOT / "tests" / "gold").glob("*/born.pdf")) + [ROOT / "data/raw/spd_antrag_2017_born_digital.pdf"]


def page_images(count: int, folder: Path) -> list[Path]:
    """`count` scanned pages rendered at 300 dpi as PNG files (input for both contenders)."""
    images = []
    for pdf_path in SCAN_PDFS:
        pdf = pypdfium2.PdfDocument(str(pdf_path))
        for index in range(len(pdf)):
            if len(images) == count:
                return images
            path = folder / f"page{len(images):03d}.png"
            pdf[index].render(scale=300 / 72, grayscale=True).to_pil().save(path, dpi=(300, 300))
            images.append(path)
    return images


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def wall_and_cpu(run) -> tuple[float, float]:
    """(wall seconds, CPU seconds of every child process) of `run()`, which starts and waits for them."""
    cpu = children_cpu()
    started = time.perf_counter()
    run()
    return time.perf_counter() - started, children_cpu() - cpu


def bare_tesseract(images: list[Path], workers: int) -> tuple[float, float]:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def run() -> None:
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(lambda p: timed(["tesseract", str(p), "-", "-l", "deu", "--dpi", "300"], env), images))
    return wall_and_cpu(run)


def tesseract_start_cpu(folder: Path, runs: int = 10) -> float:
    """CPU seconds the tesseract CLI spends per call before reading a page (process start, model load)."""
    blank = folder / "blank.png"
    Image.new("L", (40, 40), 255).save(blank)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    _, cpu = wall_and_cpu(lambda: [timed(["tesseract", str(blank), "-", "-l", "deu", "--dpi", "300"], env)
                                   for _ in range(runs)])
    return cpu / runs


def pipeline_time(inputs: list[Path], workers: int, out: Path) -> tuple[float, float]:
    shutil.rmtree(out, ignore_errors=True)
    return wall_and_cpu(lambda: timed([*PARLBRIEF, *map(str, inputs), "--out", str(out), "--workers", str(workers), "--force"]))


def scan_profile(images: list[Path]) -> dict[str, float]:
    """Seconds per page in this process, one thread: wall time of the tesseract calls (pytesseract runs
    the CLI as a subprocess), CPU time of everything else, after a first letter that loads the
    lexicon and spaCy (reported as warm-up)."""
    tesseract, preparation = "tesseract via pytesseract (wall)", "preparation (pipeline/prepare*.py)"
    spent = {tesseract: 0.0, preparation: 0.0}

    def counted(function, key, clock):
        def wrapper(*args, **kwargs):
            started = clock()
            try:
                return function(*args, **kwargs)
            finally:
                spent[key] += clock() - started
        return wrapper

    original_ocr, original_prepare = pipeline.prepare.ocr_words, pipeline.prepare.prepare_page
    pipeline.prepare.ocr_words = counted(original_ocr, tesseract, time.perf_counter)
    pipeline.prepare.prepare_page = counted(original_prepare, preparation, time.thread_time)
    try:
        options, totals = Options(), []
        for image in images:
            started = time.thread_time()
            run_letter(image, options).model_dump_json()
            totals.append(time.thread_time() - started)
    finally:
        pipeline.prepare.ocr_words, pipeline.prepare.prepare_page = original_ocr, original_prepare
    steady = sorted(totals[1:])[len(totals[1:]) // 2] if len(totals) > 1 else totals[0]
    rest = sum(totals) - spent[preparation]  # thread CPU: the tesseract subprocess is not in it
    per_page = {key: value / len(images) for key, value in spent.items()}
    per_page["decoding, noise split, language check, repair, structure, JSON"] = rest / len(images)
    per_page["first letter's warm-up (lexicon, spaCy)"] = max(0.0, totals[0] - steady)
    return per_page


def startup_cpu() -> float:
    """CPU seconds to start `parlbrief` and import the pipeline (paid once before workers fork)."""
    return wall_and_cpu(lambda: subprocess.run([sys.executable, "-c", "import cli"], cwd=ROOT, check=True))[1]


def born_digital_profile(pdfs: list[Path]) -> dict[str, float]:
    """Seconds per stage over all born-digital PDFs, in this process (start-up excluded)."""
    options = Options()
    extract_structure(repair_document(ingest_file(pdfs[0], options), options))  # warm caches
    spent = {"ingest (pdfplumber)": 0.0, "repair": 0.0, "structure": 0.0}
    for pdf in pdfs:
        t0 = time.perf_counter()
        doc = ingest_file(pdf, options)
        t1 = time.perf_counter()
        repaired = repair_document(doc, options)
        t2 = time.perf_counter()
        extract_structure(repaired)
        t3 = time.perf_counter()
        spent["ingest (pdfplumber)"] += t1 - t0
        spent["repair"] += t2 - t1
        spent["structure"] += t3 - t2
    return spent


def peak_tree_rss(command: list[str]) -> tuple[float, float]:
    """(seconds, peak summed RSS in MB of the command and all its descendants)."""
    proc = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    started = time.perf_counter()
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    return time.perf_counter() - started, peak / 1e6


def long_scan_pdf(pages: int, path: Path) -> None:
    from parlbrief.synth import write_image_pdf

    source = pypdfium2.PdfDocument(str(SCAN_PDFS[0]))
    image = source[0].render(scale=300 / 72, grayscale=True).to_pil()
    write_image_pdf([image] * pages, path, dpi=300)


def born_digital_rows(tmp: Path) -> list[tuple[str, str]]:
    pages = sum(len(pypdfium2.PdfDocument(str(p))) for p in BORN_PDFS)
    started = time.perf_counter()
    for pdf in BORN_PDFS:
        subprocess.run(["pdftotext", str(pdf), "-"], check=True, stdout=subprocess.DEVNULL)
    pdftotext = time.perf_counter() - started
    born, _ = pipeline_time(BORN_PDFS, 2, tmp / "born")
    rows = [
        (f"born-digital: pdftotext ({pages} pages, serial)", f"{pages / pdftotext:.1f} pages/s"),
        ("born-digital: parlbrief process --workers 2", f"{pages / born:.1f} pages/s (incl. start-up)"),
        ("born-digital: pdftotext / parlbrief speed ratio", f"{(pages / pdftotext) / (pages / born):.0f}×"),
    ]
    for stage, seconds in born_digital_profile(BORN_PDFS).items():
        rows.append((f"born-digital profile: {stage}", f"{1000 * seconds / pages:.1f} ms/page"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    # All 69 gold scan pages by default: a batch's one-off start-up (imports, lexicon, ~2 CPU s) is
    # 10 % of 24 pages but 3 % of 69, and archive runs are far longer than either.
    parser.add_argument("--scans", type=int, default=69, help="scanned pages for the OCR comparison")
    parser.add_argument("--only-scans", action="store_true", help="skip the born-digital comparison")
    parser.add_argument("--memory-pages", type=int, default=0, help="pages of the long scan for peak RSS (e.g. 300)")
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        images = page_images(args.scans, tmp)
        images = largest_first(images)  # the order the pipeline schedules them in, for both contenders
        (bare2, bare2_cpu), start = bare_tesseract(images, 2), tesseract_start_cpu(tmp)
        bare1, _ = bare_tesseract(images, 1)
        pipe2, pipe2_cpu = pipeline_time(images, 2, tmp / "out2")
        pipe1, pipe1_cpu = pipeline_time(images, 1, tmp / "out1")
        n = len(images)
        rows += [
            (f"scans: bare tesseract CLI, 2 parallel ({n} pages)", f"{bare2:.1f} s ({bare2 / n:.2f} s/page), CPU {bare2_cpu:.1f} s"),
            ("scans: parlbrief process --workers 2", f"{pipe2:.1f} s ({pipe2 / n:.2f} s/page), CPU {pipe2_cpu:.1f} s"),
            ("scans: pipeline / tesseract (target ≤ 1.15)", f"{pipe2 / bare2:.2f} (CPU {pipe2_cpu / bare2_cpu:.2f})"),
            ("scans: parlbrief --workers 1", f"{pipe1:.1f} s, CPU {pipe1_cpu:.1f} s"),
            ("scans: speed-up 2 workers vs 1 (target ≥ 1.8)", f"{pipe1 / pipe2:.2f}"),
            ("scans: bare tesseract CLI's own speed-up, 2 parallel vs 1 (this machine's ceiling)", f"{bare1 / bare2:.2f}"),
            ("scans: idle core-seconds, --workers 2 (2 × wall − CPU)", f"{max(0.0, 2 * pipe2 - pipe2_cpu):.1f} s"),
            ("scans CPU/page: bare tesseract CLI", f"{bare2_cpu / n:.2f} s, of which {start:.2f} s process start + model load"),
        ]
        rows += [(f"scans per page, one thread: {part}", f"{seconds:.3f} s") for part, seconds in scan_profile(images).items()]
        rows.append(("scans: start-up CPU (interpreter, imports; once before workers fork)", f"{startup_cpu():.2f} s"))
        if not args.only_scans:
            rows += born_digital_rows(tmp)
        if args.memory_pages:
            long_pdf = tmp / "long.pdf"
            long_scan_pdf(args.memory_pages, long_pdf)
            seconds, peak = peak_tree_rss([*PARLBRIEF, str(long_pdf), "--out", str(tmp / "long"), "--workers", "2"])
            rows += [(f"memory: {args.memory_pages}-page scan, peak RSS of all processes (target ≤ 1500 MB)",
                      f"{peak:.0f} MB in {seconds:.0f} s")]
    width = max(len(name) for name, _ in rows)
    print(f"{'measure'.ljust(width)} | value")
    print(f"{'-' * width}-|------")
    for name, value in rows:
        print(f"{name.ljust(width)} | {value}")


if __name__ == "__main__":
    main()
