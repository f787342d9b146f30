"""Quality gate: read `[tool.parlbrief.evaluate]` from pyproject.toml and list the breaches."""
from __future__ import annotations

import logging
import math
import tomllib
from pathlib import Path
from typing import Any

from models.evaluation import EvalSummary, MetricRow

log = logging.getLogger(__name__)

# Key suffix → (comparison that passes, word for the message). Example: cer_after_max = 0.05.
BOUNDS = {
    "_max": (lambda value, limit: value <= limit, "max"),
    "_min": (lambda value, limit: value >= limit, "min"),
}
TOTAL = "total"


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


def check_thresholds(summary: EvalSummary, thresholds: dict[str, Any]) -> list[str]:
    """One line per breached threshold: which row and metric, its value, and the threshold."""
    totals = {key: value for key, value in thresholds.items() if not isinstance(value, dict)}
    breaches = _check_row(summary.row(TOTAL), TOTAL, totals)
    for rendering, limits in thresholds.items():
        if isinstance(limits, dict):
            breaches += _check_row(summary.row(rendering), rendering, limits)
    return breaches
