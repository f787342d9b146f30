"""The one place that talks to tesseract: page image → positioned, scored text lines.

Tesseract runs in-process through its C API (libtesseract, the library the `tesseract` CLI is built
on): the same engine and settings give the same words as the CLI, without starting a process and
loading the language model for every page (~0.2 s CPU per page, 15-20 % of a page's OCR).
"""
from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import functools
import logging
import math
import os
import threading
import time
import unicodedata
from dataclasses import dataclass

# libgomp reads this when libtesseract is loaded: one single-threaded engine per core is ~2x faster
# than tesseract's own threading, and busy-waiting OpenMP threads would steal the other workers' cores.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from PIL import Image  # noqa: E402

from models import Line  # noqa: E402
from pipeline.errors import MissingDependencyError, OcrError  # noqa: E402

log = logging.getLogger(__name__)

INSTALL_HINT = "install it with `apt-get install tesseract-ocr tesseract-ocr-{lang}`"
LIBRARY = ctypes.util.find_library("tesseract") or "libtesseract.so.5"


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


@functools.lru_cache(maxsize=1)
def _library() -> ctypes.CDLL:
    """libtesseract with the few C API functions used here.

    Raises:
        MissingDependencyError: tesseract is not installed.
    """
    try:
        lib = ctypes.CDLL(LIBRARY)
    except OSError as err:
        raise MissingDependencyError(f"tesseract is not installed; {INSTALL_HINT.format(lang='deu')}.") from err
    handle, text, number = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    signatures = {
        "TessBaseAPICreate": ([], handle),
        "TessBaseAPIInit3": ([handle, text, text], number),
        "TessBaseAPISetVariable": ([handle, text, text], number),
        "TessBaseAPISetPageSegMode": ([handle, number], None),
        "TessBaseAPISetImage": ([handle, ctypes.c_void_p, number, number, number, number], None),
        "TessBaseAPISetSourceResolution": ([handle, number], None),
        "TessBaseAPIRecognize": ([handle, handle], number),
        "TessBaseAPIGetTsvText": ([handle, number], ctypes.c_void_p),  # a char* we must free
        "TessBaseAPIGetDatapath": ([handle], ctypes.c_void_p),
        "TessBaseAPIClear": ([handle], None),
        "TessBaseAPIEnd": ([handle], None),
        "TessBaseAPIDelete": ([handle], None),
        "TessDeleteText": ([ctypes.c_void_p], None),
        "TessMonitorCreate": ([], handle),
        "TessMonitorSetDeadlineMSecs": ([handle, number], None),
        "TessMonitorDelete": ([handle], None),
    }
    for name, (argtypes, restype) in signatures.items():
        function = getattr(lib, name)
        function.argtypes, function.restype = argtypes, restype
    return lib


class _Engine:
    """One initialised TessBaseAPI (language model loaded once); used by one thread at a time."""

    def __init__(self, lang: str) -> None:
        self.lib = _library()
        self.api = self.lib.TessBaseAPICreate()
        # Init fails on a missing first language but only warns about a missing added one (deu+xyz)
        if self.lib.TessBaseAPIInit3(self.api, None, lang.encode()) != 0 or self._missing(lang):
            missing = self._missing(lang) or lang.split("+")[0]
            self.close()
            raise MissingDependencyError(f"tesseract has no '{missing}' language data; {INSTALL_HINT.format(lang=missing)}.")
        self.lib.TessBaseAPISetVariable(self.api, b"preserve_interword_spaces", b"0")

    def _missing(self, lang: str) -> str | None:
        raw = self.lib.TessBaseAPIGetDatapath(self.api) if self.api else None
        folder = ctypes.string_at(raw).decode() if raw else ""
        return next((code for code in lang.split("+") if not os.path.exists(os.path.join(folder, f"{code}.traineddata"))), None)

    def tsv(self, image: Image.Image, dpi: int, psm: int, timeout: float) -> str:
        if image.mode != "L":
            image = image.convert("L")
        pixels = image.tobytes()  # kept referenced until tesseract is done with it
        lib, api = self.lib, self.api
        lib.TessBaseAPISetPageSegMode(api, psm)
        lib.TessBaseAPISetVariable(api, b"user_defined_dpi", str(dpi).encode())  # what the CLI's --dpi sets
        lib.TessBaseAPISetImage(api, pixels, image.width, image.height, 1, image.width)
        lib.TessBaseAPISetSourceResolution(api, dpi)
        monitor = lib.TessMonitorCreate()
        try:
            deadline_ms = max(1, math.ceil(timeout * 1000))
            started = time.monotonic()
            lib.TessMonitorSetDeadlineMSecs(monitor, deadline_ms)
            # ctypes releases the GIL here, so page threads and the other workers' Python run meanwhile
            if lib.TessBaseAPIRecognize(api, monitor) != 0:
                if time.monotonic() - started >= deadline_ms / 1000:
                    raise OcrError(f"tesseract took longer than {timeout:g} s on a page.")
                raise OcrError("tesseract failed on a page.")
            raw = lib.TessBaseAPIGetTsvText(api, 0)
            try:
                return ctypes.string_at(raw).decode("utf-8", errors="replace") if raw else ""
            finally:
                lib.TessDeleteText(raw)
        finally:
            lib.TessMonitorDelete(monitor)
            lib.TessBaseAPIClear(api)  # free this page's results; the model stays loaded

    def close(self) -> None:
        if self.api:
            self.lib.TessBaseAPIEnd(self.api)
            self.lib.TessBaseAPIDelete(self.api)
            self.api = None


class _EnginePool:
    """Idle engines per language, shared by this process's threads; a forked child starts empty
    (engines are not carried across fork)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pid = os.getpid()
        self.idle: dict[str, list[_Engine]] = {}

    def acquire(self, lang: str) -> _Engine:
        with self.lock:
            if self.pid != os.getpid():
                self.pid, self.idle = os.getpid(), {}
            if self.idle.get(lang):
                return self.idle[lang].pop()
        return _Engine(lang)

    def release(self, lang: str, engine: _Engine) -> None:
        with self.lock:
            self.idle.setdefault(lang, []).append(engine)

    def close(self) -> None:
        with self.lock:
            if self.pid == os.getpid():
                for engines in self.idle.values():
                    for engine in engines:
                        engine.close()
            self.idle = {}


_ENGINES = _EnginePool()
atexit.register(_ENGINES.close)  # End() engines so tesseract's caches are freed before its own exit checks


def check_tesseract(lang: str) -> None:
    """Fail early, with the install command, when tesseract or a language pack is missing.

    Raises:
        MissingDependencyError: libtesseract is not installed or lacks a requested language.
    """
    _ENGINES.release(lang, _ENGINES.acquire(lang))


def ocr_words(image: Image.Image, *, lang: str, dpi: int, timeout: float, psm: int = 3) -> list[Word]:
    """OCR one image into words with pixel boxes, in tesseract's reading order.

    `timeout` is a deadline tesseract checks while it recognises words (layout analysis before it
    is not interruptible; it takes a fraction of a second).

    Raises:
        OcrError: tesseract failed or exceeded `timeout` seconds.
        MissingDependencyError: tesseract or the language data is missing.
    """
    engine = _ENGINES.acquire(lang)
    try:
        tsv = engine.tsv(image, dpi, psm, timeout)
    finally:
        _ENGINES.release(lang, engine)
    return words_from_tsv(tsv)


def words_from_tsv(tsv: str) -> list[Word]:
    """Words of tesseract's TSV (level, page, block, par, line, word, left, top, width, height, conf, text)."""
    words = []
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":  # level 5 = word; header and layout rows skipped
            continue
        text = cells[11].strip()
        if text:
            left, top, width, height = (int(cell) for cell in cells[6:10])
            words.append(Word(
                text=unicodedata.normalize("NFC", text),
                confidence=float(cells[10]),
                box=(left, top, left + width, top + height),
                line_key=(int(cells[2]), int(cells[3]), int(cells[4])),
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
    return Line(
        text=" ".join(w.text for w in words),
        bbox=(x0 * scale, top * scale, x1 * scale, bottom * scale),
        confidence=mean_confidence(words),
    )
