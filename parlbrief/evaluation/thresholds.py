"""Quality gate: read `[tool.parlbrief.evaluate]` from pyproject.toml and list the breaches."""
from __future__ import annotations

import logging
import math
import tomllib
from pathlib import Path
from typing import Any

from models.evaluation import EvalSummary, MetricRow, Subset

log = logging.getLogger(__name__)

# Key suffix → (comparison that passes, word for the message). Example: cer_after_max = 0.05.
BOUNDS = {
    "_max": (lambda value, limit: value <= limit, "max"),
    "_min": (lambda value, limit: value >= limit, "min"),
}
TOTAL = "total"
# Sub-tables named after a subset other than ci hold that subset's own thresholds.
SUBSET_TABLES = {subset.value for subset in Subset if subset != Subset.CI}


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml at or above `start` (default: the working directory)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_thresholds(pyproject: Path | None = None) -> dict[str, Any]:
    """`[tool.parlbrief.evaluate]` as a dict; {} when there is no file or no section.

    Scalar keys apply to the total row; a sub-table named after a rendering applies to that
    row, e.g. `[tool.parlbrief.evaluate.scan]` with `cer_after_max = 0.08`.
    """
    path = pyproject or find_pyproject()
    if path is None:
        log.warning("no pyproject.toml found; no thresholds to check")
        return {}
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return data.get("tool", {}).get("parlbrief", {}).get("evaluate", {})


def _check_row(row: MetricRow | None, label: str, limits: dict[str, Any]) -> list[str]:
    metrics = row.metrics() if row is not None else {}
    breaches = []
    for key, limit in limits.items():
        suffix = key[-4:]
        if suffix not in BOUNDS:
            breaches.append(f"{label}.{key}: unknown threshold (name must end in _min or _max)")
            continue
        metric = key[:-4]
        passes, word = BOUNDS[suffix]
        value = metrics.get(metric)
        if row is None:
            breaches.append(f"{label}.{metric}: no {label} rows evaluated, threshold {word} {limit}")
        elif metric not in metrics:
            breaches.append(f"{label}.{metric}: unknown metric, threshold {word} {limit}")
        elif value is None or (isinstance(value, float) and math.isnan(value)):
            breaches.append(f"{label}.{metric}: no value (nothing to measure), threshold {word} {limit}")
        elif not passes(value, limit):
            breaches.append(f"{label}.{metric}: {value:.4f} breaches {word} {limit}")
    return breaches


def thresholds_for(subset: Subset, thresholds: dict[str, Any]) -> dict[str, Any]:
    """The thresholds that apply to a run of `subset`.

    The top level gates the CI subset; another subset uses its own table
    (`[tool.parlbrief.evaluate.full]`: held-out letters are harder, so CI levels do not apply)
    and is not gated when it has none.
    """
    if subset == Subset.CI:
        return {key: value for key, value in thresholds.items() if key not in SUBSET_TABLES}
    own = thresholds.get(subset.value)
    if not isinstance(own, dict):
        log.warning("no [tool.parlbrief.evaluate.%s] table: the %s run is not gated", subset.value, subset.value)
        return {}
    return own


def check_thresholds(summary: EvalSummary, thresholds: dict[str, Any]) -> list[str]:
    """One line per breached threshold: which row and metric, its value, and the threshold."""
    applicable = thresholds_for(summary.subset, thresholds)
    totals = {key: value for key, value in applicable.items() if not isinstance(value, dict)}
    breaches = _check_row(summary.row(TOTAL), TOTAL, totals)
    for rendering, limits in applicable.items():
        if isinstance(limits, dict):
            breaches += _check_row(summary.row(rendering), rendering, limits)
    return breaches


# What `propose_thresholds` gates, and how much slack it leaves below/above the measured value:
# rates may drop by RATE_SLACK (one letter's field in a 48-rendering run is ~0.02, so that fails);
# error rates may rise by ERROR_SLACK_FACTOR plus ERROR_SLACK (tesseract output varies a little
# between builds).
TOTAL_GATES = ("failed_max", "cer_after_max", "wer_after_max", "bow_after_max", "repair_fix_rate_min",
               "repair_break_rate_max", "question_f1_min", "number_acc_printed_min", "number_acc_inferred_min",
               "question_similarity_min", "motion_f1_min", "motion_similarity_min", "field_exact_mean_min")
RENDERING_GATES = ("cer_after_max", "question_f1_min", "field_exact_mean_min")
RATE_SLACK = 0.01
ERROR_SLACK_FACTOR, ERROR_SLACK = 1.1, 0.0002


def _limit(key: str, value: float) -> float | int:
    if key == "failed_max":
        return int(value)
    if key.endswith("_min"):
        return math.floor(max(0.0, value - RATE_SLACK) * 1000) / 1000
    return math.ceil((value * ERROR_SLACK_FACTOR + ERROR_SLACK) * 10000) / 10000


def propose_thresholds(summary: EvalSummary) -> str:
    """TOML for `[tool.parlbrief.evaluate]` at the level this summary reached (a ratchet).

    Total-row gates plus every field rate, then a sub-table per rendering; metrics without a
    value are left out. For a subset other than ci the tables are `…evaluate.<subset>`.
    """
    total = summary.row(TOTAL)
    if total is None:
        return ""
    metrics = total.metrics()
    keys = list(TOTAL_GATES) + [f"field_{name}_min" for name in total.field_exact]
    table = "tool.parlbrief.evaluate" + ("" if summary.subset == Subset.CI else f".{summary.subset.value}")
    lines = [f"[{table}]"]
    lines += [f"{key} = {_limit(key, metrics[key[:-4]])}" for key in keys if metrics.get(key[:-4]) is not None]
    for row in summary.rows:
        if row.rendering == TOTAL:
            continue
        values = row.metrics()
        lines += ["", f"[{table}.{row.rendering}]"]
        lines += [f"{key} = {_limit(key, values[key[:-4]])}" for key in RENDERING_GATES
                  if values.get(key[:-4]) is not None]
    return "\n".join(lines) + "\n"


GATE_HEADER = """# Quality gate of `parlbrief evaluate` (issue 3). Scalar keys apply to the total row; a sub-table
# [tool.parlbrief.evaluate.<rendering>] (born, scan, poor, text) to that rendering's row; the
# table [tool.parlbrief.evaluate.full] (same layout) gates `--subset full` (make eval-full);
# tune and heldout runs are gated only if tables of those names are added.
# Names are metric + _min/_max; metrics are the keys of MetricRow.metrics() (field rates as
# field_<name>). Written by parlbrief.evaluation.thresholds.rewrite_thresholds at the level
# reached, so a regression fails; raise them as the pipeline improves. Measured on:
# {note}
"""


def rewrite_thresholds(pyproject: Path, summaries: list[EvalSummary], note: str) -> None:
    """Replace the gate section (from its header comment to the end of the file) with proposals.

    A maintainer's tool for ratcheting: run the CI and full evaluations, then call this with
    both summaries. The section must be the last one in pyproject.toml.
    """
    text = pyproject.read_text(encoding="utf-8")
    start = text.find(GATE_HEADER.splitlines()[0])
    if start < 0:
        start = len(text)
    proposals = "\n".join(propose_thresholds(summary) for summary in summaries)
    pyproject.write_text(text[:start] + GATE_HEADER.format(note=note) + proposals, encoding="utf-8")
