"""Ingestion stage: a file on disk → IngestedDoc (PDF text layer, OCR of page images, or plain text)."""
from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from PIL import Image, ImageSequence, UnidentifiedImageError

from models import COLUMN_GAP, COLUMN_GAP_EM, IngestedDoc, Line, OcrMode, Options, Page, PageMethod, SourceInfo
from pipeline.errors import InputError
from pipeline.lexicon import is_known_word
from pipeline.prepare import ocr_page_image
from pipeline.quality import TextVerdict, judge_text

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")

# Leading bytes → kind of file; the extension is only a hint.
MAGIC = {
    b"%PDF-": "pdf",
    b"\x89PNG\r\n\x1a\n": "image",
    b"\xff\xd8\xff": "image",
    b"II*\x00": "image",
    b"MM\x00*": "image",
}
TEXT_SUFFIXES = {".txt", ".text"}
LAYER_PREFERENCE = 0.02  # on a near tie keep the text layer: it has exact glyphs and costs nothing
PARAGRAPH_GAP = 1.6
# Even a badly damaged German page keeps most of its short function words (der, und, für …).
MIN_GERMAN_RATIO = 0.35
MIN_WORDS_FOR_LANGUAGE = 40  # a vertical gap this many line heights wide starts a new paragraph


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def ingest_file(path: Path, options: Options) -> IngestedDoc:
    """Read one input into pages of positioned lines, choosing text layer or OCR per page.

    Raises:
        InputError: the file is empty, unreadable, encrypted, too large, or of an unknown kind.
        OcrError, MissingDependencyError: OCR was needed and failed.
    """
    if not path.is_file():
        raise InputError(f"{path.name} is not a readable file.")
    if path.stat().st_size == 0:
        raise InputError("The file is empty.")
    kind = detect_kind(path)
    pages = {"pdf": _pdf_pages, "image": _image_pages, "text": _text_pages}[kind](path, options)
    check_german("\n".join(page.text for page in pages))
    return IngestedDoc(source=SourceInfo(file=path.name, sha256=sha256_of(path), pages=pages))


def check_german(text: str) -> None:
    """Refuse text that is plainly not German: its fields would be nonsense, not merely imperfect."""
    verdict = judge_text(text, is_known_word)
    if verdict.words >= MIN_WORDS_FOR_LANGUAGE and verdict.known_ratio < MIN_GERMAN_RATIO:
        raise InputError(
            f"The text does not look German (only {verdict.known_ratio:.0%} of its {verdict.words} words "
            "are German words); parlbrief reads German letters."
        )


def detect_kind(path: Path) -> str:
    """'pdf', 'image' or 'text' from the file's first bytes."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    for magic, kind in MAGIC.items():
        if head.startswith(magic) or (kind == "pdf" and magic in head):
            return kind
    if path.suffix.lower() == ".pdf":
        raise InputError("The file is named .pdf but is not a PDF (no PDF header found).")
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "text"
    raise InputError(f"Unsupported file type '{path.suffix or 'no extension'}': expected PDF, PNG, JPEG, TIFF or .txt.")


def _text_pages(path: Path, options: Options) -> list[Page]:
    started = time.perf_counter()
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # older Windows exports
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    if not text.strip():
        raise InputError("The text file contains no text.")
    seconds = (time.perf_counter() - started) / max(1, text.count("\f") + 1)
    return [
        Page(number=n, method=PageMethod.TEXT, reason="plain text input", seconds=seconds,
             lines=[Line(text=line) for line in page.split("\n")])
        for n, page in enumerate(text.split("\f"), start=1)
    ]


def _image_pages(path: Path, options: Options) -> list[Page]:
    if options.ocr is OcrMode.NEVER:
        raise InputError("The input is an image and --ocr never forbids OCR.")
    try:
        with Image.open(path) as image:
            _check_pixels(image.width, image.height, options)
            dpi = _image_dpi(image)
            frames = (frame.convert("L") for frame in ImageSequence.Iterator(image))
            return ordered_map(lambda item: _ocr_page(item[0], item[1], dpi, options, reason="image input"),
                               enumerate(frames, start=1), options.page_workers)
    except Image.DecompressionBombError as err:
        raise InputError(f"The image is too large to process safely ({err}).") from err
    except (UnidentifiedImageError, OSError, SyntaxError) as err:
        raise InputError(f"The image cannot be read; it may be truncated or corrupt ({err}).") from err


def ordered_map(function: Callable[[T], R], items: Iterable[T], workers: int) -> list[R]:
    """`[function(i) for i in items]` on `workers` threads (tesseract runs as a subprocess, so
    threads do run in parallel), with few items in flight so page images are freed as they go."""
    if workers <= 1:
        return [function(item) for item in items]
    results: list[R] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        in_flight: deque[Future[R]] = deque()
        for item in items:
            in_flight.append(pool.submit(function, item))
            if len(in_flight) >= 2 * workers:
                results.append(in_flight.popleft().result())
        results.extend(future.result() for future in in_flight)
    return results


def _image_dpi(image: Image.Image) -> int:
    dpi = image.info.get("dpi", (300, 300))[0] or 300
    return int(round(float(dpi))) if 50 <= float(dpi) <= 1200 else 300


def _check_pixels(width: float, height: float, options: Options) -> None:
    if width * height > options.max_pixels:
        raise InputError(
            f"A page image of {int(width)}×{int(height)} pixels exceeds the limit of "
            f"{options.max_pixels:,} pixels (possible decompression bomb)."
        )


def _ocr_page(number: int, image: Image.Image, dpi: int, options: Options, reason: str,
              verdict: TextVerdict | None = None) -> Page:
    started = time.perf_counter()
    result = ocr_page_image(image, dpi=dpi, options=options)  # prepared: upright, level, ≥ 250 dpi
    return Page(
        number=number, method=PageMethod.OCR, reason=reason,
        width=result.width, height=result.height,
        lines=result.lines, mean_confidence=result.mean_confidence,
        text_layer_score=verdict.score if verdict else None,
        seconds=round(time.perf_counter() - started, 3),
        preparation=result.preparation, skew_degrees=result.skew_degrees,
        confidence_before=result.confidence_before, noise=result.noise, warnings=result.warnings,
    )


def _pdf_pages(path: Path, options: Options) -> list[Page]:
    """Every page's text layer first (cheap), then OCR for the pages whose layer is not trusted."""
    layers = _text_layers(path, options)
    with PdfRenderer(path, options) as renderer:
        return ordered_map(lambda layer: _choose_page(layer[0], layer[1], renderer, options),
                           layers, options.page_workers)


def _text_layers(path: Path, options: Options) -> list[tuple[Page, TextVerdict]]:
    try:
        with pdfplumber.open(path) as pdf:
            count = len(pdf.pages)
            if count == 0:
                raise InputError("The PDF has no pages.")
            if count > options.max_pages:
                raise InputError(f"The PDF has {count} pages, more than the limit of {options.max_pages}.")
            return [_text_layer_page(page) for page in pdf.pages]
    except InputError:
        raise
    except Exception as err:  # pdfminer raises many unrelated types on damaged files
        cause = err.args[0] if err.args and isinstance(err.args[0], Exception) else err  # pdfplumber wraps
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise InputError(
                "The PDF is password-protected; remove the protection first "
                "(e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`)."
            ) from err
        detail = f"{type(cause).__name__}: {cause}".rstrip(": ")
        raise InputError(f"The PDF is damaged and cannot be read ({detail}).") from err


def _text_layer_page(page: pdfplumber.page.Page) -> tuple[Page, TextVerdict]:
    started = time.perf_counter()
    lines = _text_layer_lines(page)
    verdict = judge_text("\n".join(line.text for line in lines), is_known_word)
    layer_page = Page(
        number=page.page_number, method=PageMethod.TEXT_LAYER, width=float(page.width),
        height=float(page.height), lines=lines, text_layer_score=verdict.score,
        seconds=round(time.perf_counter() - started, 3),
    )
    return layer_page, verdict


def _choose_page(layer_page: Page, verdict: TextVerdict, renderer: PdfRenderer, options: Options) -> Page:
    """The text layer when it is trusted, else OCR; the better of the two when both exist."""
    if options.ocr is OcrMode.NEVER:
        return layer_page.model_copy(update={"reason": f"--ocr never; text layer {verdict.describe()}"})
    if options.ocr is OcrMode.AUTO and verdict.trusted:
        return layer_page.model_copy(update={"reason": f"text layer judged good ({verdict.describe()})"})
    why = "--ocr always" if options.ocr is OcrMode.ALWAYS else (
        "no text layer" if verdict.words == 0 else
        f"text layer judged {'doubtful' if verdict.good else 'poor'} ({verdict.describe()})")
    number = layer_page.number
    ocr_page = _ocr_page(number, renderer.render(number - 1), options.dpi, options, why, verdict)
    if options.ocr is OcrMode.AUTO and verdict.words:
        ocr_verdict = judge_text(ocr_page.text, is_known_word)
        if verdict.score >= ocr_verdict.score - LAYER_PREFERENCE:
            return layer_page.model_copy(update={
                "reason": f"text layer kept: it scores better than OCR ({verdict.score:.2f} vs {ocr_verdict.score:.2f})",
                "seconds": layer_page.seconds + ocr_page.seconds})
        ocr_page = ocr_page.model_copy(update={"reason": f"{why}; OCR scores {ocr_verdict.score:.2f}"})
    return ocr_page


def _text_layer_lines(page: pdfplumber.page.Page) -> list[Line]:
    """The page's text layer as lines, with a blank line where a paragraph gap is."""
    raw = page.extract_text_lines(layout=False, strip=True, return_chars=True)
    lines: list[Line] = []
    previous_bottom = None
    heights = sorted(row["bottom"] - row["top"] for row in raw) or [10.0]
    line_height = heights[len(heights) // 2]
    for row in raw:
        if previous_bottom is not None and row["top"] - previous_bottom > (PARAGRAPH_GAP - 1) * line_height:
            lines.append(Line(text=""))
        text = unicodedata.normalize("NFC", _with_column_gaps(row["text"], row["chars"], line_height))
        lines.append(Line(text=text, bbox=(row["x0"], row["top"], row["x1"], row["bottom"])))
        previous_bottom = row["bottom"]
    return lines


def _with_column_gaps(text: str, chars: list[dict], line_height: float) -> str:
    """pdfplumber joins every gap with one space; a gap wider than COLUMN_GAP_EM line heights
    (a letterhead beside the address block) becomes COLUMN_GAP, as structure reading expects."""
    inked = [c for c in chars if not c["text"].isspace()]
    if len(inked) != sum(not ch.isspace() for ch in text):
        return text  # ligatures or dropped characters: no safe alignment
    out, k = [], 0
    for part in re.split(r"(\s+)", text):
        if part and part.isspace() and 0 < k < len(inked):
            wide = inked[k]["x0"] - inked[k - 1]["x1"] > COLUMN_GAP_EM * line_height
            out.append(COLUMN_GAP if wide else part)
        else:
            out.append(part)
            k += sum(not ch.isspace() for ch in part)
    return "".join(out)


class PdfRenderer:
    """Renders PDF pages in memory at options.dpi (no PNG round trip); pdfium is not thread-safe,
    so renders are serialised while OCR of earlier pages goes on."""

    def __init__(self, path: Path, options: Options) -> None:
        self.path, self.options = path, options
        self.lock = threading.Lock()
        self.pdf: pypdfium2.PdfDocument | None = None

    def __enter__(self) -> PdfRenderer:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pdf is not None:
            self.pdf.close()

    def render(self, index: int) -> Image.Image:
        with self.lock:
            if self.pdf is None:
                self.pdf = pypdfium2.PdfDocument(str(self.path))
            page = self.pdf[index]
            try:
                width, height = page.get_size()
                scale = self.options.dpi / 72
                _check_pixels(width * scale, height * scale, self.options)
                bitmap = page.render(scale=scale, grayscale=True)
                image = bitmap.to_pil().copy()  # own the pixels, so the bitmap can be freed here
                bitmap.close()
                return image
            except pypdfium2.PdfiumError as err:
                raise InputError(f"Page {index + 1} of the PDF cannot be rendered ({err}).") from err
            finally:
                page.close()  # inside the lock: pdfium must not free a page while another renders
