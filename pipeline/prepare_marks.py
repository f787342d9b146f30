"""Dot-like marks read from the page image.

Neither German model (Debian's fast one nor tessdata's best) has "·" in its character set, so a
middle dot between letterhead parts ("Markt 1 · 47533 Kleve") comes out as "-" or ":"; the best
model also reads a lone "." — a question whose printed number was lost, ". Wie viele …" — as "-"
or "_", and the question is lost with it. The ink tells these marks apart: a hyphen or dash is a
bar several times wider than high, a colon two dots; a dot is one small round blob, a full stop
on the baseline and a middle dot halfway up the x-height.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np
from PIL import Image

from pipeline import prepare_image as img
from pipeline.ocr import Word

try:  # connected components; without OpenCV the check is skipped (no guess without evidence)
    import cv2
except ImportError:  # pragma: no cover - depends on the installation
    cv2 = None

# A dot standing alone as tesseract reads it (on the gold CI scans "-", "_" and ":"), or as itself.
DOT_READINGS = frozenset("-–—_:.·")
ROUND = 1.5  # a dot's width and height differ at most this much; a hyphen is ~3× wider than high
DOT_MAX = 0.5  # a dot's width and height, in x-heights (a full stop is ~0.3; a bullet "•" is larger)
FULL_STOP_BELOW = 0.3  # centre height above the baseline, in x-heights, under which a dot is "."
MIDDLE_DOT_BELOW = 0.8  # ... and under which it is "·" (higher up, it is no dot we know)
NEIGHBOURHOOD = 3  # line heights either side of the mark whose ink gives the baseline


def read_dot_marks(words: list[Word], image: Image.Image) -> tuple[list[Word], list[str]]:
    """Words that are one dot-like mark get the mark their ink shows ("." or "·"); a note per change.

    The baseline and x-height come from the ink of the words beside the mark on its line, so a
    mark alone on its line is left as read.
    """
    if cv2 is None:
        return words, []
    gray = image.convert("L")
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        lines.setdefault(word.line_key, []).append(word)
    read, notes = [], []
    for word in words:
        if word.text in DOT_READINGS and len(lines[word.line_key]) > 1:
            mark = _dot_in_ink(gray, word.box, lines[word.line_key])
            if mark and mark != word.text:
                notes.append(f"{word.text}→{mark}")
                word = replace(word, text=mark)
        read.append(word)
    return read, notes


def _dot_in_ink(gray: Image.Image, box: tuple[int, int, int, int], line: list[Word]) -> str | None:
    """The dot in the box, "." or "·" by its height on the line; None unless its ink is one small round blob."""
    left, top, right, bottom = box
    line_top, line_bottom = min(w.box[1] for w in line), max(w.box[3] for w in line)
    height = line_bottom - line_top
    x0, x1 = max(0, left - NEIGHBOURHOOD * height), min(gray.width, right + NEIGHBOURHOOD * height)
    band = np.asarray(gray.crop((x0, line_top, x1, line_bottom)))
    if band.size == 0:
        return None
    threshold = img.otsu_threshold(band)
    ink = band <= threshold
    ink[:, max(0, left - 2 - x0):right + 2 - x0] = False  # the neighbours' ink only
    rows = ink.sum(axis=1)
    if rows.max() == 0:
        return None
    # The x-height band is where letters are dense; ascenders and descenders are sparse.
    dense = np.nonzero(rows >= rows.max() / 2)[0]
    x_top, baseline = line_top + dense[0], line_top + dense[-1] + 1
    x_height = baseline - x_top
    if x_height < 6:  # too small to tell a dot from a speck
        return None
    # The ink around the box that belongs to no other word: tesseract's box may be a sliver beside the dot.
    pad = x_height // 2
    x0, y0 = max(0, left - pad), max(0, top - pad)
    crop = np.asarray(gray.crop((x0, y0, min(gray.width, right + pad), min(gray.height, bottom + pad))))
    count, _, stats, centroids = cv2.connectedComponentsWithStats((crop <= threshold).astype(np.uint8), connectivity=8)
    others = [word.box for word in line if word.box != box]
    blobs = [i for i in range(1, count) if stats[i, cv2.CC_STAT_AREA] >= 3
             and not any(_overlaps(stats[i], other, x0, y0) for other in others)]
    if len(blobs) != 1:
        return None
    blob = stats[blobs[0]]
    width, high = blob[cv2.CC_STAT_WIDTH], blob[cv2.CC_STAT_HEIGHT]
    cut = blob[cv2.CC_STAT_LEFT] == 0 or blob[cv2.CC_STAT_TOP] == 0 \
        or blob[cv2.CC_STAT_LEFT] + width == crop.shape[1] or blob[cv2.CC_STAT_TOP] + high == crop.shape[0]
    if cut or max(width, high) > ROUND * min(width, high) or max(width, high) > DOT_MAX * x_height:
        return None
    rise = (baseline - (y0 + centroids[blobs[0]][1])) / x_height
    if rise < FULL_STOP_BELOW:
        return "."
    return "·" if rise < MIDDLE_DOT_BELOW else None


def _overlaps(blob: np.ndarray, box: tuple[int, int, int, int], x0: int, y0: int) -> bool:
    left, top = blob[cv2.CC_STAT_LEFT] + x0, blob[cv2.CC_STAT_TOP] + y0
    return (left < box[2] and box[0] < left + blob[cv2.CC_STAT_WIDTH]
            and top < box[3] and box[1] < top + blob[cv2.CC_STAT_HEIGHT])
