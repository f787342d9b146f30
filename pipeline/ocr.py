"""The one place that talks to tesseract: page image → positioned, scored text lines."""
from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass

import pytesseract
from PIL import Image

from models import Line
from pipeline.errors import MissingDependencyError, OcrError

log = logging.getLogger(__name__)

INSTALL_HINT = "install it with `apt-get install tesseract-ocr tesseract-ocr-{lang}`"


@dataclass(frozen=True)
class OcrResult:
    lines: list[Line]
    mean_confidence: float | None


@functools.lru_cache(maxsize=8)
def check_tesseract(lang: str) -> None:
    """Fail early, with the install command, when tesseract or a language pack is missing.

    Raises:
        MissingDependencyError: tesseract is not on PATH or lacks a requested language.
    """
    try:
        available = set(pytesseract.get_languages(config=""))
    except pytesseract.TesseractNotFoundError as err:
        raise MissingDependencyError(f"tesseract is not installed; {INSTALL_HINT.format(lang='deu')}.") from err
    for code in lang.split("+"):
        if code not in available:
            raise MissingDependencyError(
                f"tesseract has no '{code}' language data; {INSTALL_HINT.format(lang=code)}."
            )


def ocr_image(image: Image.Image, *, lang: str, dpi: int, timeout: float, psm: int = 3) -> OcrResult:
    """OCR one page image; bbox values are returned in PDF points (1/72 inch).

    Raises:
        OcrError: tesseract failed or exceeded `timeout` seconds.
    """
    check_tesseract(lang)
    # One single-threaded tesseract per core is ~2x faster than tesseract's own threading.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    image.format = "PPM"  # uncompressed hand-over: PNG encoding of a noisy scan costs more than OCR
    try:
        data = pytesseract.image_to_data(
            image,
            lang=lang,
            config=f"--psm {psm} -c preserve_interword_spaces=0 --dpi {dpi}",
            output_type=pytesseract.Output.DICT,
            timeout=timeout,
        )
    except RuntimeError as err:
        if "timeout" in str(err).lower():
            raise OcrError(f"tesseract took longer than {timeout:g} s on a page.") from err
        raise OcrError(f"tesseract failed: {err}.") from err
    except pytesseract.TesseractError as err:
        raise OcrError(f"tesseract failed (status {err.status}): {err.message.strip()}.") from err
    return _lines_from_tsv(data, scale=72.0 / dpi)


def _lines_from_tsv(data: dict[str, list], scale: float) -> OcrResult:
    """Group tesseract's word rows into lines; keep a blank line where a paragraph breaks."""
    groups: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if (text or "").strip():
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            groups.setdefault(key, []).append(i)
    lines: list[Line] = []
    previous: tuple[int, int, int] | None = None
    for key, rows in groups.items():
        if previous is not None and key[:2] != previous[:2]:
            lines.append(Line(text=""))
        lines.append(_line_from_rows(data, rows, scale))
        previous = key
    confs = [float(data["conf"][i]) for rows in groups.values() for i in rows if float(data["conf"][i]) >= 0]
    mean = round(sum(confs) / len(confs), 1) if confs else None
    return OcrResult(lines=lines, mean_confidence=mean)


def _line_from_rows(data: dict[str, list], rows: list[int], scale: float) -> Line:
    x0 = min(data["left"][i] for i in rows)
    top = min(data["top"][i] for i in rows)
    x1 = max(data["left"][i] + data["width"][i] for i in rows)
    bottom = max(data["top"][i] + data["height"][i] for i in rows)
    confs = [float(data["conf"][i]) for i in rows if float(data["conf"][i]) >= 0]
    return Line(
        text=" ".join(data["text"][i].strip() for i in rows),
        bbox=(x0 * scale, top * scale, x1 * scale, bottom * scale),
        confidence=round(sum(confs) / len(confs), 1) if confs else None,
    )
