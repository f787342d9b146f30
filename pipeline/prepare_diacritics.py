"""Umlaut dots on capitals, read from the page image.

tesseract's German model often reads a capital Ä/Ö/Ü as A/O/U in words it does not know — typically
names ("Ümran" → "Umran") — although both dots are plainly printed. The repair stage cannot help: a
name is not in any lexicon, and it is misread the same way everywhere in the letter. The image can:
two small dots side by side right above the first glyph are the diaeresis.
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

WITH_DOTS = {"A": "Ä", "O": "Ö", "U": "Ü"}
DOT_ZONE = 0.55  # how far above the capital's top to look, in cap heights
DOT_MIN, DOT_MAX = 0.06, 0.30  # a dot's width and height, in cap heights
DOT_LEVEL = 0.15  # the two dots' centres may differ this much in height, in cap heights


def restore_capital_umlauts(words: list[Word], image: Image.Image) -> tuple[list[Word], list[str]]:
    """Words whose initial A/O/U carries a visible diaeresis get Ä/Ö/Ü; with one note per change."""
    if cv2 is None:
        return words, []
    gray = image.convert("L")
    restored, notes = [], []
    for word in words:
        if _is_candidate(word.text) and _has_dots_over_initial(gray, word.box):
            text = WITH_DOTS[word.text[0]] + word.text[1:]
            notes.append(f"{word.text}→{text}")
            word = replace(word, text=text)
        restored.append(word)
    return restored, notes


def _is_candidate(text: str) -> bool:
    # A capitalised word, trailing punctuation allowed; acronyms ("OB", "AfD") are left alone.
    core = text.rstrip(".,;:!?)'\"")
    return len(core) >= 2 and core[0] in WITH_DOTS and core[1:].isalpha() and core[1:].islower()


def _has_dots_over_initial(gray: Image.Image, box: tuple[int, int, int, int]) -> bool:
    left, top, right, bottom = box
    height = bottom - top
    if height < 8:  # too small to tell dots from specks
        return False
    top_pad = int(DOT_ZONE * height) + 2
    y0, x0 = max(0, top - top_pad), max(0, left - 2)
    crop = np.asarray(gray.crop((x0, y0, min(gray.width, left + height + 2), bottom + 1)))
    if crop.size == 0:
        return False
    ink = (crop <= img.otsu_threshold(crop)).astype(np.uint8)
    count, _, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    # The initial capital: the tallest component that starts at the word's left edge.
    glyphs = [i for i in range(1, count) if stats[i, cv2.CC_STAT_LEFT] <= (left - x0) + 0.3 * height]
    if not glyphs:
        return False
    initial = max(glyphs, key=lambda i: stats[i, cv2.CC_STAT_HEIGHT])
    cap_top = stats[initial, cv2.CC_STAT_TOP]
    cap = stats[initial, cv2.CC_STAT_HEIGHT]
    span = (stats[initial, cv2.CC_STAT_LEFT], stats[initial, cv2.CC_STAT_LEFT] + stats[initial, cv2.CC_STAT_WIDTH])
    if cap < 8:
        return False
    dots = [
        i for i in range(1, count)
        if i != initial
        and DOT_MIN * cap <= stats[i, cv2.CC_STAT_WIDTH] <= DOT_MAX * cap
        and DOT_MIN * cap <= stats[i, cv2.CC_STAT_HEIGHT] <= DOT_MAX * cap
        and stats[i, cv2.CC_STAT_TOP] + stats[i, cv2.CC_STAT_HEIGHT] <= cap_top + 1  # wholly above
        and cap_top - stats[i, cv2.CC_STAT_TOP] <= DOT_ZONE * cap
        and span[0] <= centroids[i][0] <= span[1]
    ]
    if len(dots) != 2:
        return False
    first, second = sorted(dots, key=lambda i: centroids[i][0])
    level = abs(centroids[first][1] - centroids[second][1]) <= DOT_LEVEL * cap
    apart = centroids[second][0] - centroids[first][0] >= 0.2 * (span[1] - span[0])
    return level and apart
