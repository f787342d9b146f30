"""Page-image measurements and fixes before OCR: ink mask, orientation, skew angle, upscaling, text bands."""
from __future__ import annotations

import logging

import numpy as np
from PIL import Image, ImageFilter

try:  # OpenCV resamples a 300 dpi page 4-8x faster than PIL; PIL is the fallback
    import cv2
except ImportError:  # pragma: no cover - depends on the installation
    cv2 = None

log = logging.getLogger(__name__)

ANALYSIS_DPI = 100  # orientation and skew are measured on a small copy: 1/9 of the pixels at 300 dpi
COARSE_STEP, COARSE_LIMIT = 0.25, 6.0  # skew search grid, degrees
FINE_STEP = 0.02
MAX_INK_POINTS = 120_000  # enough dark pixels for a sharp profile; more only costs time
STREAK_WINDOW = 31  # columns around a streak that give the local paper level
STREAK_DROP = 30.0  # gray levels a column's mean must fall below its neighbours' to be a streak
STREAK_ROW_STEP = 7  # rows sampled for a column's paper level
STREAK_MAX_WIDTH = 12  # pixels; wider dark bands are page edges or rules, not streaks
BACKGROUND_WINDOW_PT = 6  # closing window for the paper level: wider than any stroke (points)
SAUVOLA_WINDOW_PT = 12  # local-threshold window: about one text line (points)
SIDEWAYS_RATIO = 1.15  # rows must profile this much sharper than columns for an upright page


def otsu_threshold(gray: np.ndarray) -> int:
    """Gray level that best splits the histogram into two classes (Otsu 1979)."""
    return _otsu(np.bincount(gray.ravel(), minlength=256).astype(np.float64))


def _otsu(hist: np.ndarray) -> int:
    used = np.flatnonzero(hist)
    if len(used) <= 1:
        return int(used[0]) if len(used) else 0
    levels = np.arange(256, dtype=np.float64)
    weight = np.cumsum(hist)
    mean = np.cumsum(hist * levels)
    total, total_mean = weight[-1], mean[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (total_mean * weight - mean * total) ** 2 / (weight * (total - weight))
    return int(np.nanargmax(between))


def _histogram_median(hist: np.ndarray, low: int, high: int, default: float) -> float:
    """(Lower) median gray level of the pixels with levels in [low, high), from the histogram."""
    part = hist[low:high]
    total = part.sum()
    return float(low + np.searchsorted(np.cumsum(part), total / 2)) if total else default


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """Dark pixels (True) by Otsu's threshold; all False on a blank page."""
    hist = np.bincount(gray.ravel(), minlength=256).astype(np.float64)
    threshold = _otsu(hist)
    mask = gray <= threshold
    paper = _histogram_median(hist, threshold + 1, 256, default=0.0)  # no sorting of pixels
    ink = _histogram_median(hist, 0, threshold + 1, default=255.0)
    if paper - ink < 60:  # no ink/paper contrast: a blank page, nothing reliable to measure
        return np.zeros(gray.shape, dtype=bool)
    # Streaks and page edges: columns or rows that are dark almost everywhere are not text.
    mask[:, mask.mean(axis=0) > 0.5] = False
    mask[mask.mean(axis=1) > 0.5, :] = False
    return mask


def analysis_mask(image: Image.Image, dpi: int, analysis_dpi: int = ANALYSIS_DPI) -> np.ndarray:
    """Ink mask of a copy of the page at `analysis_dpi` (box filter keeps thin 1-bit strokes)."""
    scale = analysis_dpi / dpi
    small = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                         Image.Resampling.BOX) if scale < 1 else image
    return ink_mask(np.asarray(small.convert("L")))


def _profile_sharpness(ys: np.ndarray, xs: np.ndarray, angle: float, height: int) -> float:
    """Sum of squared row counts after shearing the ink by `angle`: peaks when lines are level."""
    shifted = np.rint(ys - xs * np.tan(np.radians(angle))).astype(np.int64) + height
    counts = np.bincount(shifted)
    return float(np.dot(counts, counts))


def _ink_points(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    ys, xs = np.nonzero(mask)
    if len(ys) > MAX_INK_POINTS:  # fixed stride, not random: the same page gives the same angle
        stride = len(ys) // MAX_INK_POINTS + 1
        ys, xs = ys[::stride], xs[::stride]
    return ys.astype(np.float64), xs.astype(np.float64)


def estimate_skew(mask: np.ndarray, min_points: int = 500) -> tuple[float, float]:
    """Angle (degrees, counter-clockwise positive as in PIL `rotate`) that levels the text lines.

    A projection-profile search: coarse grid, then a fine grid around the best, then a parabola
    through the best three fine points. Returns (angle, sharpness gain over angle 0).
    """
    ys, xs = _ink_points(mask)
    if len(ys) < min_points:
        return 0.0, 1.0
    height = mask.shape[0] + mask.shape[1]
    coarse = np.arange(-COARSE_LIMIT, COARSE_LIMIT + 1e-9, COARSE_STEP)
    scores = [_profile_sharpness(ys, xs, a, height) for a in coarse]
    best = float(coarse[int(np.argmax(scores))])
    fine = np.arange(best - COARSE_STEP, best + COARSE_STEP + 1e-9, FINE_STEP)
    fine_scores = np.array([_profile_sharpness(ys, xs, a, height) for a in fine])
    i = int(np.argmax(fine_scores))
    angle = float(fine[i])
    if 0 < i < len(fine) - 1:  # sub-step refinement: vertex of the parabola through 3 points
        left, mid, right = fine_scores[i - 1:i + 2]
        denom = left - 2 * mid + right
        if denom < 0:
            angle += FINE_STEP * 0.5 * (left - right) / denom
    flat = _profile_sharpness(ys, xs, 0.0, height)
    gain = float(fine_scores[i] / flat) if flat else 1.0
    # Shearing by a > 0 levels lines that fall to the right (y grows with x, image rows run
    # down); PIL's rotate(+a) turns the page counter-clockwise and lifts them: same sign.
    return angle, gain


def is_sideways(mask: np.ndarray) -> bool:
    """True when the page's text runs vertically: columns profile sharper than rows."""
    rows, cols = mask.sum(axis=1).astype(np.float64), mask.sum(axis=0).astype(np.float64)
    if rows.sum() < 500:
        return False
    # Normalised variance of the profile: sharp for the direction across text lines.
    row_sharp = float(np.var(rows) / (rows.mean() ** 2 + 1e-9))
    col_sharp = float(np.var(cols) / (cols.mean() ** 2 + 1e-9))
    return col_sharp > row_sharp * SIDEWAYS_RATIO


def text_bands(mask: np.ndarray, min_height: int = 2, level: float = 0.04) -> list[tuple[int, int]]:
    """Row ranges [top, bottom) of the text lines on a level page, from its row profile.

    `level` is the share of a full line's ink a row needs: low finds whole lines (with ascenders
    and descenders), high (~0.2) only their x-height cores, which never touch between lines.
    """
    rows = mask.sum(axis=1)
    if not rows.any():
        return []
    threshold = max(2.0, level * float(np.percentile(rows[rows > 0], 95)))
    on = np.concatenate(([False], rows > threshold, [False]))
    edges = np.flatnonzero(on[1:] != on[:-1])
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2]) if b - a >= min_height]


def upside_down_score(mask: np.ndarray, core_share: float = 0.5) -> float:
    """How much more ink each text line has above its x-height band than below it, from -1 (all
    below: upside down) to +1 (all above: upright); the lines' shares averaged by their ink.

    Latin script has more ascenders and capitals than descenders. Each line is measured against its
    own x-height band (rows with at least `core_share` of the line's densest row), so line spacing,
    short pages and blurred low-resolution strokes hardly matter: upright gold and real scans score
    +0.14 … +0.69, bench hard and clean scans at least 0.18 from 0 either way round. `mask` must be
    level: a skew of 1° smears a line's rows across its neighbours'.
    """
    rows = mask.sum(axis=1).astype(np.float64)
    shares, weights = [], []
    for top, bottom in text_bands(mask):
        line = rows[top:bottom]
        core = np.flatnonzero(line >= core_share * line.max())
        above, below = line[:core[0]].sum(), line[core[-1] + 1:].sum()
        if above + below:
            shares.append((above - below) / (above + below))
            weights.append(line.sum())
    return float(np.average(shares, weights=weights)) if shares else 0.0


def ink_box(mask: np.ndarray, size: tuple[int, int], pad: int, min_ink: int = 3,
            max_share: float = 0.9) -> tuple[int, int, int, int] | None:
    """The box (left, top, right, bottom) around the ink of an image of `size` whose analysis
    mask is `mask`, widened by `pad` pixels; None when it would not cut off at least
    1 - `max_share` of the page. Rows or columns with fewer than `min_ink` dark analysis pixels
    (scan specks) do not widen it."""
    rows = np.flatnonzero(mask.sum(axis=1) >= min_ink)
    cols = np.flatnonzero(mask.sum(axis=0) >= min_ink)
    if not len(rows) or not len(cols):
        return None
    width, height = size
    scale = height / mask.shape[0]
    box = (max(0, int(cols[0] * scale) - pad), max(0, int(rows[0] * scale) - pad),
           min(width, int((cols[-1] + 1) * scale) + pad), min(height, int((rows[-1] + 1) * scale) + pad))
    share = (box[2] - box[0]) * (box[3] - box[1]) / (width * height)
    return box if share <= max_share else None


def rotate_mask(mask: np.ndarray, angle: float) -> np.ndarray:
    """The ink mask turned counter-clockwise by `angle` degrees (nearest neighbour; cheap)."""
    if not angle:
        return mask
    turned = Image.fromarray(mask.astype(np.uint8) * 255).rotate(angle, resample=Image.Resampling.NEAREST)
    return np.asarray(turned) > 0


def rotate(image: Image.Image, angle: float) -> Image.Image:
    """Rotate counter-clockwise by `angle` degrees (bilinear), filling corners with the paper colour."""
    paper = int(np.percentile(np.asarray(image.reduce(4)), 90))
    if cv2 is None:
        return image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=paper, expand=False)
    pixels = np.asarray(image)
    height, width = pixels.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)  # also counter-clockwise
    turned = cv2.warpAffine(pixels, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=paper)
    return Image.fromarray(turned, mode="L")


def upscale(image: Image.Image, dpi: int, target: int) -> Image.Image:
    """Resample to `target` dpi; bicubic turns 1-bit fax stair-steps into smooth strokes."""
    scale = target / dpi
    size = (round(image.width * scale), round(image.height * scale))
    if cv2 is None:
        return image.resize(size, Image.Resampling.BICUBIC)
    return Image.fromarray(cv2.resize(np.asarray(image), size, interpolation=cv2.INTER_CUBIC), mode="L")


def remove_streaks(image: Image.Image) -> tuple[Image.Image, int]:
    """Paint out vertical streaks (dirty scanner glass) from neighbouring columns; returns (image, count).

    A streak darkens one column from top to bottom, so its median gray drops far below that
    of the columns around it, which text alone never does. It must go before deskewing, while it
    is still vertical. Text strokes crossing it are bridged from the columns on either side.
    """
    pixels = np.asarray(image)
    # The median over rows is the column's paper level: text (even sideways) leaves it alone.
    levels = np.median(pixels[::STREAK_ROW_STEP], axis=0)  # on uint8: half the time of float32
    padded = np.pad(levels, STREAK_WINDOW // 2, mode="edge")
    local = np.median(np.lib.stride_tricks.sliding_window_view(padded, STREAK_WINDOW), axis=1)
    dark = np.concatenate(([False], levels < local - STREAK_DROP, [False]))
    edges = np.flatnonzero(dark[1:] != dark[:-1])
    runs = [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2]) if b - a <= STREAK_MAX_WIDTH]
    if not runs:
        return image, 0
    pixels = pixels.astype(np.float32)
    width = pixels.shape[1]
    for start, stop in runs:
        left, right = pixels[:, max(0, start - 1)], pixels[:, min(width - 1, stop)]
        for offset, x in enumerate(range(start, stop), start=1):
            share = offset / (stop - start + 1)
            pixels[:, x] = left * (1 - share) + right * share
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L"), len(runs)


def despeckle(image: Image.Image) -> Image.Image:
    """3×3 median: removes isolated dots and thin streak noise, keeps 300 dpi strokes."""
    return image.filter(ImageFilter.MedianFilter(3))


def normalise_background(image: Image.Image, dpi: int) -> Image.Image:
    """Divide out the paper's brightness, estimated by a gray closing that wipes text strokes.

    Uneven light, toner haze and JPEG-grayed paper become white; strokes keep their contrast.
    """
    pixels = np.asarray(image)
    size = max(3, int(BACKGROUND_WINDOW_PT * dpi / 72) | 1)
    if cv2 is None:
        paper = np.asarray(image.filter(ImageFilter.MaxFilter(size)), dtype=np.float32)
    else:
        paper = cv2.morphologyEx(pixels, cv2.MORPH_CLOSE, np.ones((size, size), np.uint8)).astype(np.float32)
    flat = pixels.astype(np.float32) * 255.0 / np.maximum(paper, 1.0)
    return Image.fromarray(np.clip(flat, 0, 255).astype(np.uint8), mode="L")


def sauvola_binarise(image: Image.Image, dpi: int, k: float = 0.2, spread: float = 128.0) -> Image.Image:
    """Sauvola's local threshold T = mean · (1 + k · (std / spread − 1)) over a window about a line high."""
    pixels = np.asarray(image, dtype=np.float32)
    size = max(3, int(SAUVOLA_WINDOW_PT * dpi / 72) | 1)
    if cv2 is None:  # pragma: no cover - OpenCV is a dependency
        return image
    mean = cv2.boxFilter(pixels, -1, (size, size))
    square = cv2.boxFilter(pixels * pixels, -1, (size, size))
    std = np.sqrt(np.maximum(square - mean * mean, 0))
    threshold = mean * (1 + k * (std / spread - 1))
    return Image.fromarray(np.where(pixels > threshold, 255, 0).astype(np.uint8), mode="L")


def adaptive_binarise(image: Image.Image, dpi: int) -> Image.Image:
    """OpenCV's Gaussian-weighted local mean threshold (a window about a line high)."""
    size = max(3, int(SAUVOLA_WINDOW_PT * dpi / 72) | 1)
    if cv2 is None:  # pragma: no cover - OpenCV is a dependency
        return image
    out = cv2.adaptiveThreshold(np.asarray(image), 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, size, 15)
    return Image.fromarray(out, mode="L")
