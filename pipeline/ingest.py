"""Ingestion stage: a file on disk → IngestedDoc (PDF text layer, OCR of page images, or plain text)."""
from __future__ import annotations

import codecs
import hashlib
import logging
import re
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect, PDFXRefFallback
from PIL import Image, ImageSequence, UnidentifiedImageError

from models import COLUMN_GAP, COLUMN_GAP_EM, IngestedDoc, Line, OcrMode, Options, Page, PageMethod, SourceInfo
from pipeline.errors import InputError
from pipeline.lexicon import is_known_word
from pipeline.names import path_text
from pipeline.ocr import ocr_engine
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
# C0 and C1 control characters but tab, newline and form feed (the page break of text inputs): a NUL
# or escape from a mis-decoded or damaged file must never reach a Line.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]")
RECOVERED = "the PDF was damaged and recovered: check it ({})."
CORRUPT_IMAGE = "The image cannot be read; it may be truncated or corrupt ({})."


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def ingest_file(path: Path, options: Options) -> IngestedDoc:
    """Read one input into pages of positioned lines, choosing text layer or OCR per page; what
    reading lost (pages without text, damage recovered from) goes to `source.warnings`.

    Raises:
        InputError: the file is empty, unreadable, encrypted, too large, or of an unknown kind.
        OcrError, MissingDependencyError: OCR was needed and failed.
    """
    if not path.is_file():
        raise InputError(f"{path.name} is not a readable file.")
    if path.stat().st_size == 0:
        raise InputError("The file is empty.")
    kind = detect_kind(path)
    pages, warnings = {"pdf": _pdf_pages, "image": _image_pages, "text": _text_pages}[kind](path, options)
    check_german("\n".join(page.text for page in pages))
    if kind != "text":  # a text file without text is refused; its empty pages are the writer's form feeds
        warnings += _no_text_warning(pages)
    return IngestedDoc(source=SourceInfo(file=path_text(path.name), sha256=sha256_of(path), pages=pages,
                                         warnings=warnings))


def _no_text_warning(pages: list[Page]) -> list[str]:
    """'no text found' (naming the pages when only some are empty), so the record is marked partial."""
    empty = [str(page.number) for page in pages if not page.text.strip()]
    if not empty:
        return []
    if len(empty) == len(pages):
        return ["no text found."]
    return [f"no text found on page{'s' if len(empty) > 1 else ''} {', '.join(empty)}."]


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


def _text_pages(path: Path, options: Options) -> tuple[list[Page], list[str]]:
    started = time.perf_counter()
    text = _clean_text(_decode_text(path.read_bytes()).replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError("The text file contains no text.")
    seconds = (time.perf_counter() - started) / max(1, text.count("\f") + 1)
    return [
        Page(number=n, method=PageMethod.TEXT, reason="plain text input", seconds=seconds,
             lines=[Line(text=line) for line in page.split("\n")])
        for n, page in enumerate(text.split("\f"), start=1)
    ], []


def _decode_text(raw: bytes) -> str:
    """A text file's bytes as text: UTF-16 by its byte-order mark or its NUL bytes, else UTF-8, else cp1252."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    # Without a mark, UTF-16 shows in the NUL high byte of every Latin character: at odd offsets
    # little-endian, at even ones big-endian. UTF-8 and cp1252 text has at most a stray NUL.
    sample = raw[:4096]
    nuls_even, nuls_odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(nuls_even, nuls_odd) > len(sample) / 4 and min(nuls_even, nuls_odd) < len(sample) / 40:
        return raw.decode("utf-16-le" if nuls_odd > nuls_even else "utf-16-be", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # older Windows exports


def _clean_text(text: str) -> str:
    """NFC text without control characters but tab, newline and form feed."""
    return unicodedata.normalize("NFC", CONTROL_CHARS.sub("", text))


def _image_pages(path: Path, options: Options) -> tuple[list[Page], list[str]]:
    if options.ocr is OcrMode.NEVER:
        raise InputError("The input is an image and --ocr never forbids OCR.")
    try:
        with Image.open(path) as image:
            _check_pixels(image.width, image.height, options)
            _check_page_count(_frame_count(image), "image", options)
            dpi = _image_dpi(image)
            return ordered_map(lambda item: _ocr_page(item[0], item[1], dpi, options, reason="image input"),
                               enumerate(_gray_frames(image), start=1), options.page_workers), []
    except Image.DecompressionBombError as err:
        raise InputError(f"The image is too large to process safely ({err}).") from err
    except (UnidentifiedImageError, OSError, SyntaxError) as err:
        raise InputError(CORRUPT_IMAGE.format(err)) from err


def _frame_count(image: Image.Image) -> int:
    try:
        return getattr(image, "n_frames", 1)
    except Exception as err:  # Pillow raises many unrelated types on a damaged TIFF page directory
        raise InputError(CORRUPT_IMAGE.format(err)) from err


def _gray_frames(image: Image.Image) -> Iterator[Image.Image]:
    for frame in ImageSequence.Iterator(image):
        gray = frame.convert("L")
        # convert() keeps the file's TIFF compression in .info, and OCR's TIFF hand-over to tesseract
        # would be written with it: group4 (fax) takes only 1-bit images, so every G4 scan failed.
        gray.info.pop("compression", None)
        yield gray


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


def _check_page_count(count: int, kind: str, options: Options) -> None:
    if count > options.max_pages:
        raise InputError(f"The {kind} has {count} pages, more than the limit of {options.max_pages}.")


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
        lines=result.lines, mean_confidence=result.mean_confidence, ocr_engine=ocr_engine(options.lang),
        text_layer_score=verdict.score if verdict else None,
        seconds=round(time.perf_counter() - started, 3),
        preparation=result.preparation, skew_degrees=result.skew_degrees,
        confidence_before=result.confidence_before, noise=result.noise, warnings=result.warnings,
    )


def _pdf_pages(path: Path, options: Options) -> tuple[list[Page], list[str]]:
    """Every page's text layer first (cheap), then OCR for the pages whose layer is not trusted."""
    with PdfRenderer(path, options) as renderer:
        layers, warning = _text_layers(path, options, renderer)
        pages = ordered_map(lambda layer: _choose_page(layer[0], layer[1], renderer, options),
                            layers, options.page_workers)
    return pages, [warning] if warning else []


def _text_layers(path: Path, options: Options,
                 renderer: PdfRenderer) -> tuple[list[tuple[Page, TextVerdict]], str | None]:
    """Each page's text layer with its verdict, and a warning when the file was damaged. pdfium (the
    renderer) is the second opinion: when pdfminer finds no pages or fails but pdfium reads the file,
    its pages are taken as pages without a text layer."""
    try:
        with pdfplumber.open(path) as pdf:
            count = len(pdf.pages)
            if count:
                _check_page_count(count, "PDF", options)
                rebuilt = any(isinstance(xref, PDFXRefFallback) for xref in pdf.doc.xrefs)
                warning = _damage_warning(count, renderer.page_count, rebuilt, renderer.error)
                return [_text_layer_page(page) for page in pdf.pages], warning
    except InputError:
        raise
    except Exception as err:  # pdfminer raises many unrelated types on damaged files
        cause = err.args[0] if err.args and isinstance(err.args[0], Exception) else err  # pdfplumber wraps
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise InputError(
                "The PDF is password-protected; remove the protection first "
                "(e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`)."
            ) from err
        if not renderer.page_count:
            detail = f"{type(cause).__name__}: {cause}".rstrip(": ")
            raise InputError(f"The PDF is damaged and cannot be read ({detail}).") from err
    if not renderer.page_count:
        raise InputError("The PDF has no pages.")
    # pdfminer found no pages or failed, but pdfium reads the file: OCR its pages from its renderings
    _check_page_count(renderer.page_count, "PDF", options)
    no_layer = judge_text("", is_known_word)
    layers = [(Page(number=n, method=PageMethod.TEXT_LAYER), no_layer) for n in range(1, renderer.page_count + 1)]
    lost = "its text layer could not be read" + ("" if options.ocr is OcrMode.NEVER else ", so its pages were OCRed")
    return layers, RECOVERED.format(lost)


def _damage_warning(pages: int, pdfium_pages: int | None, rebuilt: bool,
                    pdfium_error: str | None = None) -> str | None:
    """What pdfminer recovered from, and where pdfium disagrees with the `pages` it read; None for a sound file."""
    lost = ["its cross-reference table was rebuilt"] if rebuilt else []
    if pdfium_error:
        lost.append(f"PDFium cannot open it: {pdfium_error}")
    elif pdfium_pages is not None and pdfium_pages > pages:
        lost.append(f"only {pages} of its {pdfium_pages} pages could be read")
    elif pdfium_pages is not None and pdfium_pages < pages:
        lost.append(f"PDFium finds {pdfium_pages} pages, not {pages}")
    return RECOVERED.format("; ".join(lost)) if lost else None


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
                "seconds": layer_page.seconds + ocr_page.seconds, "ocr_engine": ocr_page.ocr_engine})
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
        text = _clean_text(_with_column_gaps(row["text"], row["chars"], line_height))
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
    so renders are serialised while OCR of earlier pages goes on. Opening the file up front also
    gives pdfium's page count: a second opinion on a damaged file."""

    def __init__(self, path: Path, options: Options) -> None:
        self.path, self.options = path, options
        self.lock = threading.Lock()
        self.pdf: pypdfium2.PdfDocument | None = None
        self.error: str | None = None  # why pdfium cannot open the file

    def __enter__(self) -> PdfRenderer:
        try:
            self.pdf = pypdfium2.PdfDocument(str(self.path))
        except pypdfium2.PdfiumError as err:
            self.error = str(err).rstrip(".")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pdf is not None:
            self.pdf.close()

    @property
    def page_count(self) -> int | None:
        """Pages pdfium finds; None when it cannot open the file."""
        return len(self.pdf) if self.pdf is not None else None

    def render(self, index: int) -> Image.Image:
        if self.pdf is None:
            raise InputError(f"The PDF is damaged and cannot be read ({self.error}).")
        with self.lock:
            page = None
            try:
                page = self.pdf[index]
                width, height = page.get_size()
                scale = self.options.dpi / 72
                _check_pixels(width * scale, height * scale, self.options)
                bitmap = page.render(scale=scale, grayscale=True)
                image = bitmap.to_pil().copy()  # own the pixels, so the bitmap can be freed here
                bitmap.close()
                return image
            except pypdfium2.PdfiumError as err:
                detail = str(err).rstrip(".")
                raise InputError(f"The PDF is damaged and cannot be read (page {index + 1}: {detail}).") from err
            finally:
                if page is not None:
                    page.close()  # inside the lock: pdfium must not free a page while another renders
