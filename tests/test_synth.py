"""Tests for the synthetic renderers: text layers, image-only scans, determinism, OCR readability."""
from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

import numpy as np
import pdfplumber
import pytest

from parlbrief import synth
from parlbrief.synth_layout import LetterStyle, layout_pages, paginate, wrap_lines

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = FIXTURES / "000_f40aa334bcd0e282.clean.txt"

LETTER = (
    "Kleve, 3. März 2024\n"
    "Anfrage: Müllgebühren und Straßenbäume\n"
    "\n"
    "Sehr geehrte Frau Öztürk,\n"
    "„Übergänge“ kosten 12,50 € je Bürger*in – größer als gedacht?\n"
    "\f"
    "1. Wie hoch ist die Gebühr?\n"
    "2. Wer trägt die Kosten für Äste?\n"
    "Mit freundlichen Grüßen"
)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _pdf_pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_born_digital_text_layer_round_trips_with_umlauts(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    pages = synth.render_born_digital_pdf(LETTER, out, seed=1, bold={1}, right={0})
    extracted = _pdf_pages(out)
    assert pages == len(extracted) == 2
    assert [_norm(p) for p in extracted] == [_norm(p) for p in LETTER.split("\f")]
    # One extracted line per given (non-blank) line: the line layout stays 1:1.
    fourth = extracted[0].split("\n")[3]
    assert fourth == "„Übergänge“ kosten 12,50 € je Bürger*in – größer als gedacht?"


def test_born_digital_pdf_is_byte_identical_for_same_input(tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    synth.render_born_digital_pdf(LETTER, a, seed=3)
    synth.render_born_digital_pdf(LETTER, b, seed=3)
    assert a.read_bytes() == b.read_bytes()


def test_overlong_line_shrinks_instead_of_wrapping() -> None:
    long_line = "Wort " * 60
    pages = layout_pages(f"kurz\n{long_line}", LetterStyle())
    short, shrunk = pages[0]
    assert shrunk.size < short.size
    assert len(pages[0]) == 2


def test_right_aligned_line_ends_at_the_right_margin() -> None:
    style = LetterStyle()
    placed = layout_pages("Kleve, 1. Mai 2024\nText", style, right={0})[0]
    assert placed[0].x > placed[1].x == style.left


def test_paginate_breaks_at_a_blank_line_and_keeps_every_line() -> None:
    lines = [f"Zeile {i}" if i != 6 else "" for i in range(12)]
    pages = paginate(lines, per_page=8)
    assert [len(p) for p in pages] == [7, 5]
    assert sum(pages, []) == lines


def test_wrap_lines_splits_long_paragraphs_and_carries_bold() -> None:
    paragraph = "Der Kreistag beschließt die Einrichtung eines Zentrums. " * 6
    lines, bold = wrap_lines(["Betreff", paragraph, "Ende"], LetterStyle(), bold={0, 2})
    assert len(lines) > 3
    assert " ".join(" ".join(lines).split()) == " ".join(f"Betreff {paragraph} Ende".split())
    assert bold == {0, len(lines) - 1}


def test_scan_images_are_deterministic_and_seed_dependent() -> None:
    first = synth.render_scan_images(LETTER, seed=5, dpi=100)
    again = synth.render_scan_images(LETTER, seed=5, dpi=100)
    other = synth.render_scan_images(LETTER, seed=6, dpi=100)
    assert len(first) == 2
    assert all(im.mode == "L" and im.size == (827, 1169) for im in first)
    assert all(np.array_equal(np.asarray(a), np.asarray(b)) for a, b in zip(first, again))
    assert not np.array_equal(np.asarray(first[0]), np.asarray(other[0]))


def test_image_pdf_has_no_text_and_a4_pages(tmp_path: Path) -> None:
    images = synth.render_scan_images(LETTER, seed=2, dpi=100)
    out = tmp_path / "scan.pdf"
    synth.write_image_pdf(images, out, dpi=100)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 2
        assert all(not page.chars for page in pdf.pages)
        assert pdf.pages[0].width == pytest.approx(595.3, abs=1)
        assert pdf.pages[0].height == pytest.approx(841.9, abs=1)
    assert b"/DCTDecode" in out.read_bytes()
    again = tmp_path / "again.pdf"
    synth.write_image_pdf(images, again, dpi=100)
    assert out.read_bytes() == again.read_bytes()


def test_text_layer_pdf_returns_layer_lines_in_place(tmp_path: Path) -> None:
    images = synth.render_scan_images(LETTER, seed=2, dpi=100, right={0})
    layer = LETTER.replace("ü", "u").replace("ä", "a").replace("ß", "B")
    out = tmp_path / "layer.pdf"
    synth.write_image_pdf_with_text_layer(images, layer, out, dpi=100, right={0})
    extracted = _pdf_pages(out)
    wanted = [[line for line in page.split("\n") if line] for page in layer.split("\f")]
    assert [page.split("\n") for page in extracted] == wanted
    with pdfplumber.open(out) as pdf:
        first = pdf.pages[0]
        assert len(first.images) == 1
        # The invisible date line sits where the image draws it: flush right, near the top.
        top = min(c["top"] for c in first.chars)
        date_chars = [c for c in first.chars if c["top"] == top]
        assert "".join(c["text"] for c in date_chars) == "Kleve, 3. Marz 2024"
        assert min(c["x0"] for c in date_chars) > 300


def test_text_layer_with_wrong_page_count_is_refused(tmp_path: Path) -> None:
    images = synth.render_scan_images("eine Seite", seed=1, dpi=50)
    with pytest.raises(ValueError, match="pages"):
        synth.write_image_pdf_with_text_layer(images, "a\fb", tmp_path / "x.pdf", dpi=50)


@pytest.mark.slow
def test_tesseract_reads_the_rendered_scan_with_low_cer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMP_THREAD_LIMIT", "1")  # single-threaded tesseract is faster per page
    pytesseract = pytest.importorskip("pytesseract")
    from rapidfuzz.distance import Levenshtein

    if "deu" not in pytesseract.get_languages():
        pytest.skip("tesseract German data (tesseract-ocr-deu) missing")
    clean = CLEAN.read_text(encoding="utf-8")
    images = synth.render_scan_images(clean, seed=7, dpi=300, right={0})
    start = time.perf_counter()
    ocr = "\n".join(pytesseract.image_to_string(im, lang="deu") for im in images)
    per_page = (time.perf_counter() - start) / len(images)
    cer = Levenshtein.normalized_distance(_norm(clean), _norm(ocr))
    print(f"tesseract deu on synthetic scan: CER {cer:.4f}, {per_page:.2f} s/page, {len(images)} p.")
    assert cer <= 0.02


RAW = Path(__file__).parent.parent / "data" / "raw"
SEED_OCR = FIXTURES / "000_f40aa334bcd0e282.txt"
SPD = FIXTURES / "003_9e91ae5cd01a6718.txt"


def _sample(name: str) -> Path:
    path = RAW / name
    if not path.is_file():
        pytest.skip(f"{path} missing; run data/raw/make_samples.py")
    return path


def test_spd_sample_carries_the_letter_text_without_markdown() -> None:
    extracted = _norm(" ".join(_pdf_pages(_sample("spd_antrag_2017_born_digital.pdf"))))
    source = SPD.read_text(encoding="utf-8").replace("**", "")
    source = re.sub(r"<(https?://[^>\s]+)>", r"\1", source)  # markdown autolink
    assert extracted == _norm(source)
    assert "**" not in extracted and "<http" not in extracted


def test_scan_samples_have_no_text_and_the_seed_ocr_layer() -> None:
    scan = _pdf_pages(_sample("gruene_anfrage_2023_scan.pdf"))
    layer = _pdf_pages(_sample("gruene_anfrage_2023_scan_copier_ocr.pdf"))
    assert len(scan) == len(layer) == 2
    assert all(not page.strip() for page in scan)
    seed_text = SEED_OCR.read_text(encoding="utf-8")
    seed_lines = [line.strip() for line in seed_text.split("\n") if line.strip()]
    assert [line for page in layer for line in page.split("\n")] == seed_lines
    for name in ("gruene_anfrage_2023_scan.pdf", "gruene_anfrage_2023_scan_copier_ocr.pdf"):
        assert _sample(name).stat().st_size < 1_500_000
