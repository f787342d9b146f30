"""Ingestion: text layers, OCR, plain text, and every kind of bad input."""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from rapidfuzz.distance import Levenshtein

from models import OcrMode, Options, PageMethod
from pipeline import ocr
from pipeline.errors import InputError, MissingDependencyError, OcrError
from pipeline.ingest import ingest_file
from tests.conftest import LETTER


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_born_digital_pdf_uses_its_text_layer(born_digital_pdf: Path):
    doc = ingest_file(born_digital_pdf, Options())
    page = doc.pages[0]
    assert page.method is PageMethod.TEXT_LAYER
    assert "judged good" in page.reason
    assert _squash(doc.text) == _squash(LETTER)
    assert all(line.bbox for line in page.lines if line.text)


def test_never_mode_keeps_an_empty_text_layer(tmp_path: Path, scan_png: Path):
    from parlbrief.synth import write_image_pdf

    pdf = tmp_path / "scan.pdf"
    write_image_pdf([Image.open(scan_png)], pdf, dpi=200)
    doc = ingest_file(pdf, Options(ocr=OcrMode.NEVER))
    assert doc.pages[0].method is PageMethod.TEXT_LAYER
    assert doc.text.strip() == ""


def test_text_file_keeps_pages_and_lines(tmp_path: Path):
    path = tmp_path / "two_pages.txt"
    path.write_text("Erste Seite\nzweite Zeile\fZweite Seite", encoding="utf-8")
    doc = ingest_file(path, Options())
    assert [p.method for p in doc.pages] == [PageMethod.TEXT, PageMethod.TEXT]
    assert doc.pages[0].text == "Erste Seite\nzweite Zeile"
    assert doc.text == "Erste Seite\nzweite Zeile\fZweite Seite"


def test_text_file_is_nfc_normalised(tmp_path: Path):
    path = tmp_path / "nfd.txt"
    path.write_text("Mu\u0308ller", encoding="utf-8")
    assert ingest_file(path, Options()).text == "Müller"


@pytest.mark.slow
def test_scanned_image_is_ocred_with_german_umlauts(scan_png: Path):
    doc = ingest_file(scan_png, Options())
    page = doc.pages[0]
    assert page.method is PageMethod.OCR
    assert page.mean_confidence and page.mean_confidence > 80
    cer = Levenshtein.normalized_distance(_squash(doc.text), _squash(LETTER))
    assert cer < 0.03, cer
    assert "Maßnahmen" in doc.text and "Schülerinnen" in doc.text


@pytest.mark.slow
def test_multipage_tiff_pages_in_parallel_equal_serial(tmp_path: Path, scan_png: Path):
    frame = Image.open(scan_png)
    path = tmp_path / "three.tif"
    frame.save(path, save_all=True, append_images=[frame, frame.rotate(180)], dpi=(200, 200))
    serial = ingest_file(path, Options()).pages
    parallel = ingest_file(path, Options(page_workers=2)).pages
    assert [p.number for p in parallel] == [1, 2, 3]
    assert [p.text for p in parallel] == [p.text for p in serial]
    assert parallel[0].text == parallel[1].text
    assert any(step.startswith("orientation 180°") for step in parallel[2].preparation)  # turned before OCR


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.pdf", b"", "empty"),
        ("fake.pdf", b"<html><body>not a pdf</body></html>", "not a PDF"),
        ("truncated.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "damaged"),
        ("zero.pdf", b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                     b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF", "no pages"),
        ("letter.docx", b"PK\x03\x04 zip", "Unsupported file type"),
        ("broken.png", b"\x89PNG\r\n\x1a\n\x00\x00garbage", "cannot be read"),
    ],
)
def test_bad_inputs_fail_with_a_clear_sentence(tmp_path: Path, name: str, content: bytes, message: str):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        ingest_file(path, Options())


def test_text_that_is_not_german_is_refused(tmp_path: Path):
    path = tmp_path / "english.txt"
    path.write_text(
        "Dear Sir or Madam, the county council asks the following questions about public transport. "
        "How many buses run each day in the district, and how many passengers use them on weekdays? "
        "What measures does the administration plan to improve punctuality, accessibility and the "
        "connection of rural villages to the regional railway network over the next three years? "
        "Yours faithfully, the group chair.", encoding="utf-8")
    with pytest.raises(InputError, match="does not look German"):
        ingest_file(path, Options())


def test_short_or_german_text_passes_the_language_check(tmp_path: Path):
    path = tmp_path / "kurz.txt"
    path.write_text("Sehr geehrter Herr Landrat, OK.", encoding="utf-8")
    assert ingest_file(path, Options()).text.startswith("Sehr geehrter")


def test_encrypted_pdf_names_the_fix(tmp_path: Path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "secret.pdf"
    canvas = Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("geheim", canPrint=0))
    canvas.drawString(100, 700, "Vertraulich")
    canvas.save()
    with pytest.raises(InputError, match="password"):
        ingest_file(path, Options())


def test_decompression_bomb_is_refused(tmp_path: Path):
    path = tmp_path / "bomb.png"
    Image.new("1", (12_000, 12_000)).save(path)  # 144 Mpx, a few kB on disk
    with pytest.raises(InputError, match="exceeds the limit"):
        ingest_file(path, Options(max_pixels=50_000_000))


def test_ocr_timeout_fails_the_page(scan_png: Path):
    with pytest.raises(OcrError, match="longer than"):
        ingest_file(scan_png, Options(page_timeout=0.01))


def test_missing_tesseract_says_how_to_install(scan_png: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(ocr.pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    ocr.check_tesseract.cache_clear()
    try:
        with pytest.raises(MissingDependencyError, match="apt-get install tesseract-ocr"):
            ingest_file(scan_png, Options())
    finally:
        ocr.check_tesseract.cache_clear()


def test_missing_language_pack_says_how_to_install(scan_png: Path):
    with pytest.raises(MissingDependencyError, match="tesseract-ocr-xyz"):
        ingest_file(scan_png, Options(lang="xyz"))


def test_side_by_side_parts_keep_a_column_gap_in_the_text_layer(tmp_path: Path) -> None:
    from parlbrief.synth import render_born_digital_pdf

    letter = ("Kreis Borken" + " " * 40 + "GRÜNE Kreistagsfraktion Borken\n"
              "Der Landrat" + " " * 41 + "Burloer Straße 93\n\n"
              "Sehr geehrter Herr Landrat, wir bitten um Auskunft über die Maßnahmen für den Radverkehr.")
    render_born_digital_pdf(letter, tmp_path / "born.pdf")
    lines = [line.text for line in ingest_file(tmp_path / "born.pdf", Options()).pages[0].lines if line.text]
    assert lines[0] == "Kreis Borken   GRÜNE Kreistagsfraktion Borken"
    assert lines[1] == "Der Landrat   Burloer Straße 93"
    assert "   " not in lines[2]  # word spaces stay single


def test_with_column_gaps_keeps_text_it_cannot_align() -> None:
    from pipeline.ingest import _with_column_gaps

    chars = [{"text": c, "x0": 10.0 * i, "x1": 10.0 * i + 8} for i, c in enumerate("ab")]
    chars[1] = {"text": "b", "x0": 100.0, "x1": 108.0}
    assert _with_column_gaps("a b", chars, 10.0) == "a   b"
    assert _with_column_gaps("a b", chars, 60.0) == "a b"  # the gap is under two line heights
    assert _with_column_gaps("fi b", chars, 10.0) == "fi b"  # a ligature: no safe alignment


def test_ocr_words_far_apart_on_one_line_keep_a_column_gap() -> None:
    words = [ocr.Word("Herrn", 95.0, (100, 500, 300, 540), (1, 1, 1)),
             ocr.Word("Müller", 95.0, (320, 500, 520, 540), (1, 1, 1)),
             ocr.Word("Kleve,", 95.0, (1600, 500, 1800, 540), (1, 1, 1))]
    assert ocr.line_from_words(words, 72 / 300).text == "Herrn Müller   Kleve,"
