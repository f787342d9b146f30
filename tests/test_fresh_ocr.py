"""One short fresh letter (n1 of test_structure_fresh) as born.pdf and scan.pdf through the whole pipeline.

The letter is rendered by tests/gold/make_corpus.py's own render() with its seed, like the gold corpus
and bench/bench_fresh_ocr.py; the born-digital and the OCR'd scan run must give the same questions
(numbers, whitespace-normalised texts), date and sender organization as the text run. About 3 s
(one page of tesseract at 300 dpi), so it runs in the normal suite like the other `slow` tesseract tests.
"""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from models import LetterRecord, Options, PageMethod
from pipeline.run import run_letter
from tests.test_structure_fresh import LETTERS
from tests.test_structure_helpers import squash

MAKE_CORPUS = Path(__file__).parent / "gold" / "make_corpus.py"
NAME = "n1"  # one page, four numbered questions, no side-by-side columns


def _make_corpus():
    spec = importlib.util.spec_from_file_location("make_corpus", MAKE_CORPUS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tesseract_has_german() -> bool:
    if shutil.which("tesseract") is None:
        return False
    import pytesseract

    return "deu" in pytesseract.get_languages()


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, LetterRecord]:
    if not _tesseract_has_german():
        pytest.skip("tesseract with German data (tesseract-ocr-deu) missing")
    corpus = _make_corpus()
    folder = tmp_path_factory.mktemp("fresh-ocr")
    text = LETTERS[NAME]
    (folder / "text.txt").write_text(text, encoding="utf-8")
    # The layer text only feeds poor.pdf, which this test does not read.
    corpus.render(folder, text, text, set(), set(), corpus.letter_seed(NAME), scans=True)
    return {name: run_letter(folder / name, Options()) for name in ("text.txt", "born.pdf", "scan.pdf")}


def _essentials(record: LetterRecord) -> tuple:
    return ([(q.number, squash(q.text)) for q in record.questions], record.date, record.sender.organization)


@pytest.mark.slow
@pytest.mark.parametrize("rendering", ["born.pdf", "scan.pdf"])
def test_rendering_gives_what_the_text_gives(records: dict[str, LetterRecord], rendering: str) -> None:
    text = _essentials(records["text.txt"])
    assert len(text[0]) == 4 and text[1] is not None and text[2]
    assert _essentials(records[rendering]) == text


@pytest.mark.slow
def test_the_scan_was_read_by_ocr(records: dict[str, LetterRecord]) -> None:
    assert [p.method for p in records["scan.pdf"].source.pages] == [PageMethod.OCR]
