"""Prepared OCR of one page image: orientation, deskew, upscaling, clean-up, dropped-line and noise checks."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from models import Line, Options
from pipeline import prepare_image as img
from pipeline.lexicon import is_known_word
from pipeline.ocr import Word, lines_from_words, mean_confidence, ocr_words
from pipeline.prepare_diacritics import restore_capital_umlauts
from pipeline.prepare_lines import recover_dropped_lines, split_noise
from pipeline.prepare_marks import read_dot_marks
from pipeline.quality import WORD

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrepareConfig:
    """Which preparation steps may run; each was kept because it lowered CER on the dev hard scans."""

    orientation: bool = True
    deskew: bool = True
    min_skew: float = 1.0  # degrees; tesseract copes with less itself, and resampling blurs (clean-scan bench)
    # dpi; lower-resolution pages are resampled to `target_dpi`. Off: tesseract reads 150/200 dpi
    # scans at their own resolution better and cheaper (dev hard scans, bench_ocr --split dev --limit 40
    # --sets hard --jobs 1: CER 0.51 % upscaled to 300 dpi vs 0.44 % not, tesseract CPU/page 2.13 vs 1.49 s
    # with the line probe below; an upscaled page has 2.25-4x the pixels for its layout analysis).
    upscale_below: int = 0
    target_dpi: int = 300
    streaks: bool = True
    despeckle: bool = False
    # Tried and off: on the dev hard scans (bench_ocr --split dev --limit 12 --sets hard, 18 pages)
    # CER 0.51 % as is vs 0.56 % with background, 0.61 % Sauvola, 2.48 % adaptive mean, 0.61 % both:
    # tesseract's own thresholding does better with the gray levels than with our binary page.
    # No keystone step: the same 8 dev hard pages drawn with keystone 0 and 0.012 (the bench's
    # maximum) read at CER 0.46 % vs 0.44 %, so even a perfect correction has nothing to win.
    background: bool = False  # divide out the paper level (gray closing)
    binarise: str = "none"  # "sauvola" or "adaptive" (OpenCV Gaussian mean)
    # Upside-down score (prepare_image.upside_down_score) under which a page is turned 180° before
    # OCR. Upright pages score +0.14 … +0.69 (80 gold and real scan pages), the 142 bench pages (hard
    # and clean, dev and held-out) at least 0.18 from 0 on their side, so ±0.1 leaves a wide margin.
    upside_down_below: float = -0.1
    # Between the two, the page's densest text line is read both ways (one small tesseract run,
    # ~0.4 s CPU, instead of a wasted full-page reading of ~2 s) and the page turned when the turned
    # line reads clearly better. No bench or gold page is this doubtful; the old score (all lines'
    # ink pooled) put half the upright clean scans and most upside-down hard scans here.
    upside_down_probe_below: float = 0.1
    # Pages the line probe did not settle, read with mean confidence under this, are also read turned 180°.
    upside_down_retry_below: float = 70.0
    # Tesseract reads only the inked part of the page (plus `crop_margin` inches): the blank
    # margins cost it ~6 % of its time on a letter page and hold nothing.
    crop_to_ink: bool = True
    crop_margin: float = 0.2
    dropped_lines: bool = True  # re-read text lines no OCR word covers (prepare_lines.recover_dropped_lines)
    noise: bool = True
    umlaut_dots: bool = True  # capital A/O/U with a visible diaeresis → Ä/Ö/Ü (names tesseract misreads)
    dot_marks: bool = True  # a lone mark read "-", "_" or ":" that the ink shows is one dot → "." or "·"
    # A page that reads poorly (mean word confidence under `poor_confidence`, or under `poor_known`
    # of its words in the lexicon) is read a second time Sauvola-binarised, and the reading with the
    # higher `reading_score` is kept. Binarising every page costs CER (see `binarise`) and a second
    # OCR; on dev hard scans only short, damaged pages fall below these levels (page numbers read as
    # "D" or "3S"), so good pages are read once.
    second_reading: bool = True
    poor_confidence: float = 85.0
    poor_known: float = 0.8


@dataclass
class PreparedImage:
    """A page image made ready for OCR, with what was done to it."""

    image: Image.Image
    dpi: int
    steps: list[str] = field(default_factory=list)
    skew_degrees: float | None = None
    residual_skew: float = 0.0  # degrees measured but not corrected (below min_skew)
    mask: np.ndarray | None = None  # ink of `image` at ANALYSIS_DPI, for the dropped-line check
    upside_down_score: float | None = None  # of the level page before any 180° turn; None when not measured


@dataclass
class PreparedOcr:
    """Lines of one prepared page plus the provenance the Page record keeps."""

    lines: list[Line]
    mean_confidence: float | None
    confidence_before: float | None  # first OCR pass, before retries, re-reads and noise removal
    preparation: list[str]
    skew_degrees: float | None
    noise: list[Line]
    warnings: list[str]
    width: float  # points, of the prepared (upright) page
    height: float
    prepare_seconds: float
    ocr_seconds: float


def prepare_page(image: Image.Image, dpi: int, config: PrepareConfig = PrepareConfig()) -> PreparedImage:
    """Turn a page upright and level, and bring it to OCR resolution. Pure; no OCR runs here."""
    image = image.convert("L")
    prepared = PreparedImage(image=image, dpi=dpi)
    if config.streaks:
        image, count = img.remove_streaks(image)
        if count:
            prepared.image = image
            prepared.steps.append(f"remove {count} streak(s)")
    mask = img.analysis_mask(image, dpi)
    turn = 90 if config.orientation and img.is_sideways(mask) else 0
    mask = np.rot90(mask, turn // 90)
    angle = img.estimate_skew(mask)[0] if config.deskew else 0.0
    if abs(angle) < config.min_skew:
        prepared.residual_skew, angle = angle, 0.0
    level = img.rotate_mask(mask, angle)
    if config.orientation:
        # Levelled by the whole measured angle: a residual skew below min_skew (clean scans: up to
        # 1°) still smears each line's rows, and the score is then near 0 on upright pages.
        prepared.upside_down_score = img.upside_down_score(img.rotate_mask(level, prepared.residual_skew))
        if prepared.upside_down_score < config.upside_down_below:
            turn += 180
            level = np.rot90(level, 2)
    prepared.mask = level
    if turn % 360:
        prepared.image = image.rotate(turn % 360, expand=True)
        prepared.steps.append(f"orientation {turn % 360}°")
    if config.deskew:
        prepared.skew_degrees = round(angle, 2)
    if angle:
        # A 180° turn keeps the skew angle: rotating level text by 180° leaves it level.
        prepared.image = img.rotate(prepared.image, angle)
        prepared.steps.append(f"deskew {angle:+.2f}°")
    if dpi < config.upscale_below:
        prepared.image = img.upscale(prepared.image, dpi, config.target_dpi)
        prepared.dpi = config.target_dpi
        prepared.steps.append(f"upscale {dpi}→{config.target_dpi} dpi")
    if config.despeckle:
        prepared.image = img.despeckle(prepared.image)
        prepared.steps.append("despeckle")
    if config.background:
        prepared.image = img.normalise_background(prepared.image, prepared.dpi)
        prepared.steps.append("normalise background")
    if config.binarise == "sauvola":
        prepared.image = img.sauvola_binarise(prepared.image, prepared.dpi)
        prepared.steps.append("binarise (Sauvola)")
    elif config.binarise == "adaptive":
        prepared.image = img.adaptive_binarise(prepared.image, prepared.dpi)
        prepared.steps.append("binarise (adaptive mean)")
    return prepared


def ocr_page_image(image: Image.Image, *, dpi: int, options: Options,
                   config: PrepareConfig = PrepareConfig()) -> PreparedOcr:
    """Prepare and OCR one page image (runs in the page's worker thread).

    Raises:
        OcrError, MissingDependencyError: as `pipeline.ocr.ocr_words`.
    """
    started = time.perf_counter()
    prepared = prepare_page(image, dpi, config)
    reading = [0.0]  # seconds spent in tesseract; the rest of this function is preparation and checks

    def read(page: Image.Image, psm: int = 3) -> list[Word]:
        read_started = time.perf_counter()
        try:
            return ocr_words(page, lang=options.lang, dpi=prepared.dpi, timeout=options.page_timeout, psm=psm)
        finally:
            reading[0] += time.perf_counter() - read_started

    def read_inked(page: Image.Image, mask: np.ndarray | None) -> list[Word]:
        box = img.ink_box(mask, page.size, round(config.crop_margin * prepared.dpi)) \
            if config.crop_to_ink and mask is not None else None
        if box is None:
            return read(page)
        return [word.shifted(box[0], box[1]) for word in read(page.crop(box))]

    settled = False  # orientation decided by reading a line both ways
    score = prepared.upside_down_score
    if score is not None and config.upside_down_below <= score < config.upside_down_probe_below:
        verdict = read_line_both_ways(prepared, read)
        settled = verdict is not None
        if verdict == "turned":
            prepared.image = prepared.image.rotate(180)
            prepared.mask = np.rot90(prepared.mask, 2)
            prepared.steps.append("orientation 180° (a line read both ways)")
        elif verdict == "upright":
            prepared.steps.append("a line read both ways: upright")
    words = read_inked(prepared.image, prepared.mask)
    before = mean_confidence(words)
    if not settled and before is not None and before < config.upside_down_retry_below:
        turned = prepared.image.rotate(180)
        turned_words = read_inked(turned, None if prepared.mask is None else np.rot90(prepared.mask, 2))
        if (mean_confidence(turned_words) or 0) > before + CLEARLY_BETTER:
            prepared.image, words = turned, turned_words
            prepared.mask = None if prepared.mask is None else np.rot90(prepared.mask, 2)
            prepared.steps.append("orientation 180° (read both ways)")
    if config.second_reading and looks_poor(words, config):
        binarised = img.sauvola_binarise(prepared.image, prepared.dpi)
        second = read_inked(binarised, prepared.mask)
        first_score, second_score = reading_score(words), reading_score(second)
        kept = "second" if second_score > first_score else "first"
        if kept == "second":  # later checks (dropped lines, umlaut dots) look at the image that was read
            prepared.image, words = binarised, second
        prepared.steps.append(f"second reading, Sauvola-binarised (first looked poor): score {first_score:.1f} "
                              f"first vs {second_score:.1f} second, kept the {kept}")
    warnings: list[str] = []
    noise: list[Word] = []
    if config.dropped_lines:  # before the noise split, so that a re-read stamp is judged like any other
        words, recovered, warnings = recover_dropped_lines(prepared.image, prepared.dpi, words, read, prepared.mask)
        if recovered:
            prepared.steps.append(f"re-read {recovered} dropped line(s)")
    if config.noise:
        words, noise = split_noise(words, prepared.image, prepared.dpi, prepared.residual_skew)
    if config.umlaut_dots:
        words, restored = restore_capital_umlauts(words, prepared.image)
        if restored:
            prepared.steps.append("umlaut dots seen in the image: " + ", ".join(restored))
    if config.dot_marks:
        words, dots = read_dot_marks(words, prepared.image)
        if dots:
            prepared.steps.append("dots seen in the image: " + ", ".join(dots))
    ocr_seconds = reading[0]
    prepare_seconds = time.perf_counter() - started - ocr_seconds  # all but tesseract: steps and checks
    scale = 72.0 / prepared.dpi
    result = lines_from_words(words, scale)
    return PreparedOcr(
        lines=result.lines, mean_confidence=result.mean_confidence, confidence_before=before,
        preparation=prepared.steps, skew_degrees=prepared.skew_degrees,
        noise=[line for line in lines_from_words(noise, scale).lines if line.text],
        warnings=warnings,
        width=prepared.image.width * scale, height=prepared.image.height * scale,
        prepare_seconds=round(prepare_seconds, 3), ocr_seconds=round(ocr_seconds, 3),
    )


CLEARLY_BETTER = 10.0  # mean-confidence points by which the turned reading must win

PROBE_PAD = 5  # pixels around the probed line


def read_line_both_ways(prepared: PreparedImage, read) -> str | None:
    """Read the page's densest text line upright and turned 180° in one tesseract run (the line
    stacked over its turned copy: tesseract's start-up, ~0.3 s with the best model, is paid once)
    and say which way reads clearly better: "upright", "turned", or None (no line, or no clear winner).

    Upright lines read at ~90 mean confidence, turned ones at ~10-40 (hard scans).
    """
    if prepared.mask is None:
        return None
    bands = img.text_bands(prepared.mask)
    box = img.ink_box(prepared.mask, prepared.image.size, PROBE_PAD, max_share=1.0)
    if not bands or box is None:
        return None
    ink = prepared.mask.sum(axis=1)
    top, bottom = max(bands, key=lambda band: ink[band[0]:band[1]].sum())
    scale = prepared.image.height / prepared.mask.shape[0]
    line = prepared.image.crop((box[0], max(0, int(top * scale) - PROBE_PAD), box[2],
                                min(prepared.image.height, int(bottom * scale) + PROBE_PAD)))
    stacked = Image.new("L", (line.width, 2 * line.height + 2 * PROBE_PAD), 255)
    stacked.paste(line, (0, 0))
    stacked.paste(line.rotate(180), (0, line.height + 2 * PROBE_PAD))
    words = read(stacked, psm=6)  # one block of two lines
    middle = line.height + PROBE_PAD
    upright = mean_confidence([word for word in words if (word.box[1] + word.box[3]) / 2 < middle]) or 0.0
    turned = mean_confidence([word for word in words if (word.box[1] + word.box[3]) / 2 >= middle]) or 0.0
    if turned > upright + CLEARLY_BETTER:
        return "turned"
    return "upright" if upright > turned + CLEARLY_BETTER else None


def _known(word: Word) -> bool:
    parts = WORD.findall(word.text)
    return bool(parts) and all(is_known_word(part) for part in parts)


def looks_poor(words: list[Word], config: PrepareConfig) -> bool:
    """Low mean confidence or few lexicon words (words without letters, like dates, not counted)."""
    confidence = mean_confidence(words)
    if confidence is None:  # nothing read (a blank page): no reading to improve on
        return False
    lettered = [word for word in words if WORD.search(word.text)]
    known = sum(map(_known, lettered)) / len(lettered) if lettered else 1.0
    return confidence < config.poor_confidence or known < config.poor_known


def reading_score(words: list[Word]) -> float:
    """Confident words, lexicon words counting double: the sum of the word confidences (0-1), words
    the lexicon does not know (names, numbers, misreads) at half weight.

    A misread or a dropped word lowers it, so does doubt; a name or page number read with more
    confidence raises it (dev hard scans: a page number read "- 2 -" instead of "D" decides a page).
    """
    return sum(max(word.confidence, 0) / 100 * (1.0 if _known(word) else 0.5) for word in words)
