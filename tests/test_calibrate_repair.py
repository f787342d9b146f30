"""The repair's confidences are calibrated probabilities (parlbrief/calibrate_repair.py)."""
from __future__ import annotations

from parlbrief.calibrate_repair import isotonic, reliability
from pipeline.repair import calibrated, calibration_points, repair_text


def test_isotonic_fit_is_non_decreasing_and_pools_violators() -> None:
    points = [(0.1, False), (0.2, True), (0.3, False), (0.4, False), (0.8, True), (0.9, True)]
    table = isotonic(points)
    shares = [share for _, share in table]
    assert shares == sorted(shares)
    assert len(table) < len(points)  # 0.2 right before two wrong is pooled with them
    assert all(0 < share < 1 for share in shares)  # no certainty from a handful of edits


def test_the_shipped_table_maps_scores_to_probabilities_in_order() -> None:
    xs, ys = calibration_points()
    assert len(xs) >= 3 and list(xs) == sorted(xs) and list(ys) == sorted(ys)
    assert all(0.0 <= y <= 1.0 for y in ys)
    assert calibrated(0.0) == ys[0] and calibrated(1.0) == ys[-1]
    assert calibrated(xs[0]) <= calibrated((xs[0] + xs[-1]) / 2) <= calibrated(xs[-1])


def test_repair_reports_calibrated_confidences() -> None:
    text = "Die Mittel fiir den Kreis, die MaBnahmen und die Uberlegungen"
    _, raw_applied, raw_suggested = repair_text(text, raw_confidence=True)
    _, applied, suggested = repair_text(text)
    raw = {(r.start, r.replacement): r.confidence for r in raw_applied + raw_suggested}
    assert raw and {(r.start, r.replacement): r.confidence for r in applied + suggested} == {
        key: calibrated(value) for key, value in raw.items()}


def test_reliability_is_zero_for_a_perfectly_calibrated_set() -> None:
    points = [(0.25, True)] + [(0.25, False)] * 3 + [(0.95, True)] * 19 + [(0.95, False)]
    error, rows = reliability(points)
    assert error < 1e-9 and len(rows) == 2
