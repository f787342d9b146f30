"""Calibrate the repair's confidences on real OCR: `make calibrate` writes pipeline/repair_calibration.tsv.

    .venv/bin/python -m parlbrief.calibrate_repair

Every edit the repair proposes (applied or suggested; Unicode normalisation aside) on the real
tesseract `-l eng` readings of the estimation letters (data/real_ocr, splits `tune` and
`estimate`; never the held-out letters) is judged right when the token it edits comes out as
printed. The repair's raw score is then mapped to the share of right edits by isotonic
regression (pool adjacent violators): the table holds (raw, calibrated) points the repair
interpolates between, so a confidence of 0.8 means about 4 edits in 5 are right. The
reliability before and after is printed for the held-out letters.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable

from parlbrief.align import map_tokens
from parlbrief.real_ocr import ESTIMATION_SPLITS, RealOcrPair, load_pairs
from models.repair import Repair
from pipeline.repair import CALIBRATION, NFC_REASON, calibrated, calibration_points, repair_text

PROFILES = ("eng-300", "eng-150", "eng-scan")
BINS = 10


def judged_edits(pairs: Iterable[RealOcrPair]) -> list[tuple[float, bool]]:
    """(raw confidence, right?) for every edit proposed on the pairs' OCR text."""
    out = []
    for pair in pairs:
        repaired, applied, suggested = repair_text(pair.ocr, raw_confidence=True)
        tokens, fixed = pair.ocr.split(), repaired.split()
        truth_of: dict[int, str | None] = {}
        for match in map_tokens(pair.truth, pair.ocr):
            for i in match.ocr_indices:  # an OCR token shared by two printed words has no single truth
                truth_of[i] = match.truth if len(match.ocr_indices) == 1 and i not in truth_of else None
        pages = [page.split("\n") for page in pair.ocr.split("\f")]
        for edit in applied + suggested:
            if edit.reason == NFC_REASON:
                continue
            i = _token_index(pages, edit.page, edit.line, edit.start)
            truth = truth_of.get(i)
            if truth is not None and i < len(tokens):
                # a suggestion is judged as if applied: the token with this one edit made
                made = fixed[i] if edit in applied else _token_after(pages, edit)
                out.append((edit.confidence, made == truth))
    return out


def _token_index(pages: list[list[str]], page: int, line: int, start: int) -> int:
    before = sum(len(text.split()) for lines in pages[: page - 1] for text in lines)
    before += sum(len(text.split()) for text in pages[page - 1][:line])
    text = pages[page - 1][line]
    inside = start > 0 and not text[start - 1].isspace()  # a piece after a hyphen or quote
    return before + len(text[:start].split()) - inside


def _token_after(pages: list[list[str]], edit: Repair) -> str:
    """The edited token as it reads with this one edit made."""
    text = pages[edit.page - 1][edit.line]
    begin = text.rfind(" ", 0, edit.start) + 1
    return (text[:edit.start] + edit.replacement + text[edit.end:])[begin:].split()[0]


def isotonic(points: list[tuple[float, bool]]) -> list[tuple[float, float]]:
    """Pool adjacent violators: the non-decreasing function of raw score to share right, as
    (raw score, share) at each block's mean score."""
    def share(block: list[float]) -> float:  # with half a right and half a wrong edit added:
        return (block[1] + 0.5) / (block[2] + 1)  # no certainty from a finite count

    blocks: list[list[float]] = []  # [sum of scores, right, count]
    for score, right in sorted(points):
        blocks.append([score, float(right), 1.0])
        while len(blocks) > 1 and share(blocks[-2]) >= share(blocks[-1]):
            last = blocks.pop()
            blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    return [(round(block[0] / block[2], 4), round(share(block), 4)) for block in blocks]


def reliability(points: list[tuple[float, bool]]) -> tuple[float, list[str]]:
    """Expected calibration error over BINS equal-width bins, and one line per bin."""
    rows, error = [], 0.0
    for b in range(BINS):
        low, high = b / BINS, (b + 1) / BINS
        inside = [(c, r) for c, r in points if low <= c < high or (b == BINS - 1 and c == 1.0)]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            share = sum(r for _, r in inside) / len(inside)
            error += len(inside) / len(points) * abs(mean - share)
            rows.append(f"  {low:.1f}-{high:.1f}: {len(inside):4d} edits, mean confidence {mean:.2f}, right {share:.2f}")
    return error, rows


def main() -> int:
    fitting = judged_edits(load_pairs(profiles=PROFILES, splits=ESTIMATION_SPLITS))
    table = isotonic(fitting)
    lines = ["raw\tcalibrated", *(f"{raw}\t{share}" for raw, share in table)]
    CALIBRATION.write_text("\n".join(lines) + "\n", encoding="utf-8")
    calibration_points.cache_clear()
    print(f"{CALIBRATION.name}: {len(table)} points from {len(fitting)} edits "
          f"({sum(r for _, r in fitting)} right) on the estimation letters")
    held = judged_edits(load_pairs(profiles=PROFILES, splits=["heldout"]))
    for name, points in (("raw", held), ("calibrated", [(calibrated(c), r) for c, r in held])):
        error, rows = reliability(points)
        print(f"held-out letters, {name}: {len(points)} edits, expected calibration error {error:.3f}")
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
