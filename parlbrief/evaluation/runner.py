"""Get predictions for the gold inputs: run the pipeline in worker processes, or read --pred JSON."""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from models.evaluation import EvalStatus, GoldEntry, Rendering, Subset
from models.letter import LetterRecord, LetterStructure
from models.options import Options
from parlbrief.evaluation.compare import gold_structure

log = logging.getLogger(__name__)

RENDERING_ORDER = list(Rendering)
# Relative run time of a rendering, to schedule long jobs first: scans need OCR (~2 s/page).
EXPECTED_COST = {Rendering.SCAN: 10, Rendering.POOR: 10, Rendering.BORN: 1, Rendering.TEXT: 1}


@dataclass(frozen=True)
class Task:
    """One rendering of one gold letter to predict (picklable, crosses into workers)."""

    letter: str
    rendering: Rendering
    path: Path


@dataclass
class Prediction:
    task: Task
    record: LetterRecord | None
    status: EvalStatus
    error: str | None
    seconds: float


@dataclass
class GoldLetter:
    entry: GoldEntry
    structure: LetterStructure
    clean_text: str


def load_index(gold_dir: Path) -> list[GoldEntry]:
    data = json.loads((gold_dir / "index.json").read_text(encoding="utf-8"))
    return [GoldEntry.model_validate(item) for item in data]


def select(entries: list[GoldEntry], subset: Subset) -> list[GoldEntry]:
    chosen = {
        Subset.CI: lambda e: e.ci,
        Subset.FULL: lambda e: True,
        Subset.TUNE: lambda e: e.split == "tune",
        Subset.HELDOUT: lambda e: e.split == "heldout",
    }[subset]
    return [entry for entry in entries if chosen(entry)]


def load_gold(gold_dir: Path, entry: GoldEntry) -> GoldLetter:
    folder = gold_dir / entry.id
    data = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    clean = (folder / "clean.txt").read_text(encoding="utf-8")
    return GoldLetter(entry=entry, structure=gold_structure(data), clean_text=clean)


def tasks_for(gold_dir: Path, entries: list[GoldEntry], subset: Subset = Subset.FULL) -> list[Task]:
    """Every rendering that exists, letter by letter in rendering order.

    The CI subset keeps to an entry's `ci_renderings` when the index names them (OCR is slow).
    """
    tasks = []
    for entry in entries:
        wanted = entry.ci_renderings if subset == Subset.CI and entry.ci_renderings is not None else RENDERING_ORDER
        for rendering in RENDERING_ORDER:
            file = entry.renderings.get(rendering)
            if file and rendering in wanted:
                tasks.append(Task(entry.id, rendering, gold_dir / file))
    return tasks


def run_task(task: Task) -> Prediction:
    """Run the pipeline on one input. Executes in a worker process; never raises."""
    from pipeline.run import run_letter  # imported here so reading --pred needs no OCR stack

    start = time.perf_counter()
    try:
        record = run_letter(task.path, Options())
    except Exception as error:  # one bad letter must not stop the evaluation; it is scored as failed
        log.warning("%s/%s: pipeline failed: %s", task.letter, task.rendering, error)
        return Prediction(task, None, EvalStatus.FAILED, f"{type(error).__name__}: {error}",
                          time.perf_counter() - start)
    return Prediction(task, record, EvalStatus.OK, None, time.perf_counter() - start)


def run_pipeline(tasks: list[Task], workers: int | None = None) -> Iterator[Prediction]:
    """Predict every task; workers == 1 runs serially in this process (tests, debugging)."""
    if workers == 1 or len(tasks) <= 1:
        yield from map(run_task, tasks)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # Slow OCR jobs are submitted first so no worker idles at the end; results keep task order.
        order = sorted(range(len(tasks)), key=lambda i: -EXPECTED_COST[tasks[i].rendering])
        futures = {i: pool.submit(run_task, tasks[i]) for i in order}
        for i in range(len(tasks)):
            yield futures[i].result()


def pred_file(pred_dir: Path, task: Task) -> Path:
    return pred_dir / f"{task.letter}__{task.rendering.value}.json"


def read_predictions(tasks: list[Task], pred_dir: Path) -> Iterator[Prediction]:
    """Read `<pred>/<id>__<rendering>.json` letter records; absent files are MISSING."""
    for task in tasks:
        path = pred_file(pred_dir, task)
        if not path.exists():
            yield Prediction(task, None, EvalStatus.MISSING, f"no prediction {path.name}", 0.0)
            continue
        try:
            record = LetterRecord.model_validate_json(path.read_text(encoding="utf-8"))
        except ValueError as error:
            yield Prediction(task, None, EvalStatus.FAILED, f"unreadable {path.name}: {error}", 0.0)
            continue
        # A record keeps only per-page ingest times, not the whole run's: report no speed.
        yield Prediction(task, record, EvalStatus.OK, None, 0.0)
