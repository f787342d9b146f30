"""`parlbrief evaluate`: score the pipeline against the gold corpus and gate on thresholds."""
from __future__ import annotations

import logging
import time
from pathlib import Path

from models.evaluation import EvalSummary, Subset
from parlbrief.evaluation.aggregate import score_letter, summarize
from parlbrief.evaluation.report import render_html
from parlbrief.evaluation.runner import (
    load_gold,
    load_index,
    pred_file,
    read_predictions,
    run_pipeline,
    select,
    tasks_for,
)
from parlbrief.evaluation.table import format_table
from parlbrief.evaluation.thresholds import check_thresholds, find_pyproject, load_thresholds

log = logging.getLogger(__name__)

__all__ = ["evaluate", "format_table", "check_thresholds", "load_thresholds", "find_pyproject"]


def evaluate(
    gold_dir: Path,
    pred_dir: Path | None = None,
    report_html: Path | None = None,
    json_out: Path | None = None,
    subset: str = "ci",
    workers: int | None = None,
    save_pred: Path | None = None,
) -> EvalSummary:
    """Score predictions for the gold letters of `subset` and write the requested reports.

    Args:
        gold_dir: folder with `index.json` and one folder per letter (gold.json, clean.txt).
        pred_dir: read `<id>__<rendering>.json` letter records from here instead of running
            the pipeline.
        report_html: write the HTML report here.
        json_out: write the summary (per-letter scores included) as JSON here.
        subset: "ci", "full", "tune" or "heldout".
        workers: worker processes for the pipeline; 1 runs in this process, None = CPU count.
        save_pred: write the pipeline's records here as `<id>__<rendering>.json`, so a later
            run can score them again with `pred_dir` (e.g. after changing a threshold).

    Returns:
        The summary; the table, thresholds and reports are all computed from it.

    Raises:
        FileNotFoundError: `gold_dir` has no index.json or a letter lacks gold.json/clean.txt.
        ValueError: unknown subset.
    """
    chosen = Subset(subset)
    entries = select(load_index(gold_dir), chosen)
    golds = {entry.id: load_gold(gold_dir, entry) for entry in entries}
    tasks = tasks_for(gold_dir, entries, chosen)
    log.info("evaluating %d renderings of %d letters (%s)", len(tasks), len(entries), chosen.value)
    start = time.perf_counter()
    predictions = read_predictions(tasks, pred_dir) if pred_dir else run_pipeline(tasks, workers)
    letters = []
    for prediction in predictions:
        if save_pred and prediction.record is not None:
            save_pred.mkdir(parents=True, exist_ok=True)
            pred_file(save_pred, prediction.task).write_text(prediction.record.model_dump_json(), encoding="utf-8")
        letters.append(score_letter(golds[prediction.task.letter], prediction))
    summary = EvalSummary(
        subset=chosen,
        gold_dir=str(gold_dir),
        pred_dir=str(pred_dir) if pred_dir else None,
        wall_seconds=round(time.perf_counter() - start, 3),
        rows=summarize(letters),
        letters=letters,
    )
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(summary.model_dump_json(indent=1), encoding="utf-8")
    if report_html:
        report_html.parent.mkdir(parents=True, exist_ok=True)
        report_html.write_text(render_html(summary), encoding="utf-8")
    return summary
