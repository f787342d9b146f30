"""Ingestion of awkward inputs: fax TIFFs, UTF-16 text, pages without text, damaged PDFs, page limits."""
from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from rapidfuzz.distance import Levenshtein

from models import OcrMode, Options, PageMethod
from pipeline.errors import InputError
from pipeline.ingest import ingest_file
from tests.conftest import LETTER

RECOVERED = "the PDF was damaged and recovered: check it"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _cer(text: str) -> float:
    return Levenshtein.normalized_distance(_squash(text), _squash(LETTER))


def _born_pdf(tmp_path: Path, text: str = LETTER) -> Path:
    from parlbrief.synth import render_born_digital_pdf

    path = tmp_path / "born.pdf"
    render_born_digital_pdf(text, path)
    return path


def _page_image(tmp_path: Path, dpi: int = 300) -> Image.Image:
    """The letter as a clean gray page image, as a document scanner sees it."""
    pdf = pypdfium2.PdfDocument(str(_born_pdf(tmp_path)))
    image = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    return image


def _shift_xref_offsets(data: bytes, by: int) -> bytes:
    """Every offset in the xref table off by `by` bytes, as a broken rewriting tool leaves them."""
    start = data.rindex(b"\nxref\n")
    table = re.sub(rb"(\d{10})( \d{5} n)", lambda m: b"%010d" % (int(m[1]) + by) + m[2], data[start:])
    return data[:start] + table


# 1. Group 4 (fax) TIFFs, the default output of many document scanners


@pytest.mark.slow
def test_group4_tiff_is_ocred(tmp_path: Path):
    path = tmp_path / "fax.tif"
    _page_image(tmp_path).convert("1").save(path, compression="group4", dpi=(300, 300))
    doc = ingest_file(path, Options())
    assert doc.pages[0].method is PageMethod.OCR
    assert _cer(doc.text) < 0.03, doc.text
    assert doc.source.warnings == []


@pytest.mark.slow
def test_multiframe_group4_tiff_is_ocred(tmp_path: Path):
    path = tmp_path / "fax.tif"
    page = _page_image(tmp_path).convert("1")
    page.save(path, compression="group4", dpi=(300, 300), save_all=True, append_images=[page.copy()])
    doc = ingest_file(path, Options())
    assert [p.number for p in doc.pages] == [1, 2]
    assert all(_cer(p.text) < 0.03 for p in doc.pages), doc.text


# 2. UTF-16 text files, and control characters


@pytest.mark.parametrize("encoding, bom", [
    ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""), ("utf-16-be", b""),
])
def test_utf16_text_file_is_decoded(tmp_path: Path, encoding: str, bom: bytes):
    text = "Sehr geehrte Frau Landrätin,\r\nwir bitten um Auskunft über „Maßnahmen“ für 5 €.\fSeite 2"
    path = tmp_path / "brief.txt"
    path.write_bytes(bom + text.encode(encoding))
    doc = ingest_file(path, Options())
    assert doc.text == text.replace("\r\n", "\n")
    assert "\x00" not in doc.text


def test_utf8_text_with_a_stray_nul_is_not_taken_for_utf16(tmp_path: Path):
    path = tmp_path / "brief.txt"
    path.write_bytes("Sehr geehrte Frau Landrätin,\x00 wir bitten um Auskunft.".encode("utf-8"))
    assert ingest_file(path, Options()).text == "Sehr geehrte Frau Landrätin, wir bitten um Auskunft."


def test_control_characters_never_reach_a_line(tmp_path: Path):
    path = tmp_path / "brief.txt"
    path.write_bytes(b"Sehr\x00 geehrte\x07 Frau\x1b Landr\xc3\xa4tin,\tden 5. M\xc3\xa4rz\x0b\r"  # old Mac line end
                     b"zweite Zeile\fSeite 2")
    doc = ingest_file(path, Options())
    assert [line.text for page in doc.pages for line in page.lines] == [
        "Sehr geehrte Frau Landrätin,\tden 5. März", "zweite Zeile", "Seite 2"]


# 3. Inputs without text


@pytest.mark.slow
@pytest.mark.parametrize("size", [(1, 1), (1240, 1754)])
def test_image_without_text_warns(tmp_path: Path, size: tuple[int, int]):
    path = tmp_path / "blank.png"
    Image.new("L", size, 255).save(path, dpi=(150, 150))
    doc = ingest_file(path, Options())
    assert doc.text.strip() == ""
    assert doc.source.warnings == ["no text found."]


@pytest.mark.slow
def test_pdf_of_blank_pages_warns(tmp_path: Path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "blank.pdf"
    canvas = Canvas(str(path))
    canvas.showPage()
    canvas.showPage()
    canvas.save()
    doc = ingest_file(path, Options())
    assert len(doc.pages) == 2
    assert doc.source.warnings == ["no text found."]


def test_pdf_with_some_blank_pages_names_them(tmp_path: Path):
    path = _born_pdf(tmp_path, LETTER + "\f\f\f" + LETTER)
    doc = ingest_file(path, Options(ocr=OcrMode.NEVER))
    assert len(doc.pages) == 4
    assert doc.source.warnings == ["no text found on pages 2, 3."]


def test_pdf_with_text_on_every_page_has_no_warning(tmp_path: Path):
    assert ingest_file(_born_pdf(tmp_path), Options()).source.warnings == []


def test_text_file_of_whitespace_stays_an_error(tmp_path: Path):
    path = tmp_path / "leer.txt"
    path.write_text(" \n\t\f \n", encoding="utf-8")
    with pytest.raises(InputError, match="contains no text"):
        ingest_file(path, Options())


# 4. and 5. Damaged PDFs: recovered with a warning, or refused with a sentence


def test_pdf_with_a_rebuilt_xref_warns(tmp_path: Path):
    path = _born_pdf(tmp_path)
    data = path.read_bytes()
    header_end = data.index(b"\n") + 1
    path.write_bytes(data[:header_end] + b"%" + b"x" * 200 + b"\n" + data[header_end:])  # every offset now off
    doc = ingest_file(path, Options())
    assert doc.pages[0].method is PageMethod.TEXT_LAYER
    assert _squash(doc.text) == _squash(LETTER)
    assert doc.source.warnings == [f"{RECOVERED} (its cross-reference table was rebuilt)."]


@pytest.mark.slow
def test_pdf_with_shifted_xref_offsets_is_read_through_pdfium(tmp_path: Path):
    path = _born_pdf(tmp_path)
    path.write_bytes(_shift_xref_offsets(path.read_bytes(), 5))  # pdfminer finds no pages at all
    doc = ingest_file(path, Options())
    assert doc.pages[0].method is PageMethod.OCR
    assert _cer(doc.text) < 0.03, doc.text
    assert doc.source.warnings == [f"{RECOVERED} (its text layer could not be read, so its pages were OCRed)."]


@pytest.mark.slow
def test_pdf_truncated_before_its_xref_is_read_through_pdfium(tmp_path: Path):
    path = _born_pdf(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:data.rindex(b"xref")])  # no xref, no trailer: pdfminer finds no /Root
    doc = ingest_file(path, Options())
    assert _cer(doc.text) < 0.03, doc.text
    assert doc.source.warnings == [f"{RECOVERED} (its text layer could not be read, so its pages were OCRed)."]


def test_unreadable_text_layer_with_ocr_forbidden_keeps_empty_pages_and_says_so(tmp_path: Path):
    path = _born_pdf(tmp_path, LETTER + "\f" + LETTER)
    path.write_bytes(_shift_xref_offsets(path.read_bytes(), -5))
    doc = ingest_file(path, Options(ocr=OcrMode.NEVER))
    assert len(doc.pages) == 2 and doc.text.strip() == ""
    assert doc.source.warnings == [f"{RECOVERED} (its text layer could not be read).", "no text found."]


def test_pdf_truncated_halfway_fails_with_a_sentence(tmp_path: Path):
    path = _born_pdf(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:len(data) * 2 // 3])
    with pytest.raises(InputError, match=r"^The PDF is damaged and cannot be read \(.*\)\.$"):
        ingest_file(path, Options())


def _pdf_pdfium_cannot_open(tmp_path: Path) -> Path:
    path = _born_pdf(tmp_path)
    # pdfium refuses a trailer naming a missing catalog; pdfminer finds the catalog anyway
    path.write_bytes(re.sub(rb"/Root \d+ 0 R", b"/Root 99 0 R", path.read_bytes()))
    return path


def test_pdf_pdfium_cannot_open_fails_with_a_sentence_when_a_page_needs_ocr(tmp_path: Path):
    with pytest.raises(InputError, match=r"^The PDF is damaged and cannot be read \(.*PDFium.*\)\.$"):
        ingest_file(_pdf_pdfium_cannot_open(tmp_path), Options(ocr=OcrMode.ALWAYS))


def test_pdf_pdfium_cannot_open_keeps_its_good_text_layer_and_warns(tmp_path: Path):
    doc = ingest_file(_pdf_pdfium_cannot_open(tmp_path), Options())
    assert _squash(doc.text) == _squash(LETTER)
    assert len(doc.source.warnings) == 1 and doc.source.warnings[0].startswith(f"{RECOVERED} (PDFium cannot open it:")


def test_damage_warning_names_what_was_lost():
    from pipeline.ingest import _damage_warning as damage_warning

    assert damage_warning(pages=3, pdfium_pages=3, rebuilt=False) is None
    assert damage_warning(pages=3, pdfium_pages=5, rebuilt=False) == (
        f"{RECOVERED} (only 3 of its 5 pages could be read).")
    assert damage_warning(pages=3, pdfium_pages=2, rebuilt=True) == (
        f"{RECOVERED} (its cross-reference table was rebuilt; PDFium finds 2 pages, not 3).")


# 6. The page limit applies to multi-page TIFFs


def test_tiff_with_more_frames_than_the_limit_is_refused(tmp_path: Path):
    path = tmp_path / "three.tif"
    frame = Image.new("L", (400, 300), 255)
    frame.save(path, save_all=True, append_images=[frame, frame], dpi=(300, 300))
    with pytest.raises(InputError, match=r"^The image has 3 pages, more than the limit of 2\.$"):
        ingest_file(path, Options(max_pages=2))


def test_pdf_with_more_pages_than_the_limit_is_refused(tmp_path: Path):
    path = _born_pdf(tmp_path, LETTER + "\f" + LETTER + "\f" + LETTER)
    with pytest.raises(InputError, match=r"^The PDF has 3 pages, more than the limit of 2\.$"):
        ingest_file(path, Options(max_pages=2))


def test_tiff_with_a_damaged_page_directory_fails_with_a_sentence(tmp_path: Path):
    path = tmp_path / "two.tif"
    frame = Image.new("L", (400, 300), 255)
    frame.save(path, save_all=True, append_images=[frame], dpi=(300, 300))
    data = path.read_bytes()
    width_entry = list(re.finditer(rb"\x00\x01[\x03\x04]\x00\x01\x00\x00\x00", data))[-1]  # tag 256 of page 2
    path.write_bytes(data[:width_entry.start()] + b"\x99\x99" + data[width_entry.start() + 2:])
    with pytest.raises(InputError, match=r"^The image cannot be read; it may be truncated or corrupt \(.*\)\.$"):
        ingest_file(path, Options())
