"""Page preparation before OCR: skew, orientation, upscaling, streaks, noise split, dropped lines."""
from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pypdfium2
import pytest
from PIL import Image, ImageDraw, ImageFont

from models import Options
from parlbrief.evaluation.metrics import char_errors
from parlbrief.synth import LetterStyle, layout_pages
from parlbrief.synth_layout import font_path
from parlbrief.synth_scan import draw_page
import pipeline.prepare
from pipeline import prepare_image as img
from pipeline.ocr import Word, lines_from_words, ocr_words
from pipeline.prepare import PrepareConfig, ocr_page_image, prepare_page
from pipeline.prepare_lines import recover_dropped_lines, split_noise, text_column
from tests.conftest import LETTER, REALDOCS

BENCH = Path(__file__).resolve().parents[1] / "bench" / "hardscans" / "make_hardscans.py"


def _hardscans():
    spec = importlib.util.spec_from_file_location("make_hardscans", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_hardscans"] = module
    spec.loader.exec_module(module)
    return module


def _page(dpi: int = 200, text: str = LETTER * 2) -> Image.Image:
    return draw_page(layout_pages(text, LetterStyle())[0], LetterStyle(), dpi, paper=245, ink=20)


@pytest.mark.parametrize("angle", [2.3, -1.7, 0.45])
def test_deskew_recovers_a_known_angle_within_a_tenth_of_a_degree(angle: float):
    skewed = _page().rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=245)
    found, _ = img.estimate_skew(img.analysis_mask(skewed, 200))
    assert found == pytest.approx(-angle, abs=0.1)


def test_upright_page_is_left_as_it_is():
    prepared = prepare_page(_page(dpi=300), 300)
    assert prepared.steps == []
    assert prepared.skew_degrees == pytest.approx(0.0, abs=0.1)


def test_sideways_page_is_turned_upright():
    page = _page()
    prepared = prepare_page(page.rotate(90, expand=True), 200, PrepareConfig(upscale_below=0))
    assert prepared.steps[0] in ("orientation 270°", "orientation 90°")
    assert prepared.image.size == page.size


def test_upside_down_page_is_detected_and_turned():
    page = _page()
    prepared = prepare_page(page.rotate(180), 200, PrepareConfig(upscale_below=0))
    assert "orientation 180°" in prepared.steps
    back = np.asarray(prepared.image, dtype=np.int16)
    assert np.abs(back - np.asarray(page, dtype=np.int16)).mean() < 3


@pytest.mark.parametrize("dpi, skew", [(300, 0.0), (300, 0.8), (150, 0.6)])
def test_upright_and_upside_down_pages_score_clear_of_the_line_probe(dpi: int, skew: float):
    # A skew under min_skew is not corrected in the image but must not blur the score either: the
    # old pooled score put such upright pages near 0, and each paid for a line probe.
    page = _page(dpi=dpi).rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=245)
    upright, turned = prepare_page(page, dpi), prepare_page(page.rotate(180), dpi)
    assert upright.upside_down_score > 2 * PrepareConfig().upside_down_probe_below
    assert turned.upside_down_score < 2 * PrepareConfig().upside_down_below
    assert "orientation 180°" in turned.steps and not upright.steps


def test_low_resolution_page_is_upscaled_to_300_dpi():
    page = _page(dpi=150)
    prepared = prepare_page(page, 150, PrepareConfig(upscale_below=250))  # off by default
    assert prepared.dpi == 300
    assert prepared.image.width == pytest.approx(2 * page.width, abs=1)
    assert "upscale 150→300 dpi" in prepared.steps
    assert prepare_page(_page(dpi=300), 300, PrepareConfig(upscale_below=250)).dpi == 300


def test_vertical_streak_is_painted_out_and_text_kept():
    page = _page()
    pixels = np.asarray(page).copy()
    pixels[:, 400:402] = (pixels[:, 400:402] * 0.4).astype(np.uint8)
    cleaned, count = img.remove_streaks(Image.fromarray(pixels))
    assert count == 1
    after = np.asarray(cleaned, dtype=np.int16)
    assert after[:, 400].mean() > pixels[:, 400].mean() + 50
    assert np.abs(after[:, 100:300] - np.asarray(page, dtype=np.int16)[:, 100:300]).max() == 0


def _word(text: str, x: int, y: int, conf: float = 95.0, line: int = 0, width: int = 120) -> Word:
    return Word(text=text, confidence=conf, box=(x, y, x + width, y + 30), line_key=(1, 1, line))


def _body(lines: int = 6) -> list[Word]:
    return [_word(f"w{i}{j}", 300 + 150 * j, 400 + 60 * i, line=i) for i in range(lines) for j in range(8)]


def test_unsure_margin_words_go_to_noise_and_body_words_stay():
    blank = Image.new("L", (2480, 3508), 250)
    speck = _word("~~", 60, 500, conf=30.0, line=90)
    note = _word("ok", 2300, 640, conf=62.0, line=91)
    footer = _word("Seite", 300, 3300, conf=93.0, line=92)
    kept, noise = split_noise(_body() + [speck, note, footer], blank, 300)
    assert noise == [speck, note]
    assert footer in kept and len(kept) == 6 * 8 + 1


def test_tilted_stamp_above_the_column_is_noise_even_when_read_confidently():
    page = Image.new("L", (2480, 3508), 250)
    stamp = Image.new("L", (700, 90), 0)
    font = ImageFont.truetype(str(font_path("sans", True)), 50)
    ImageDraw.Draw(stamp).text((10, 15), "EINGEGANGEN 12. MRZ 2024", fill=255, font=font)
    stamp = stamp.rotate(5, expand=True)
    page.paste(Image.new("L", stamp.size, 60), (1700, 60), stamp)
    stamp_word = Word("MRZ", 96.0, (1700, 60, 1700 + stamp.width, 60 + stamp.height), (9, 1, 1))
    level = Word("Seite", 96.0, (300, 3300, 700, 3340), (10, 1, 1))
    page.paste(Image.new("L", (400, 40), 20), (300, 3300), stamp.resize((400, 40)).rotate(-5))
    kept, noise = split_noise(_body() + [stamp_word], page, 300)
    assert noise == [stamp_word]
    assert split_noise(_body() + [level], Image.new("L", (2480, 3508), 250), 300)[1] == []


def test_text_column_needs_running_text():
    assert text_column([_word("EINGEGANGEN", 2000, 100)]) is None
    column = text_column(_body())
    assert column is not None and column.left == pytest.approx(300) and column.top == pytest.approx(400)


@pytest.fixture(scope="module")
def read_page() -> tuple[Image.Image, list[Word]]:
    """A clean 300 dpi letter page and tesseract's words for it."""
    page = _page(dpi=300)
    return page, ocr_words(page, lang="deu", dpi=300, timeout=60)


def _reader(dpi: int = 300):
    asked = []

    def read(crop: Image.Image, psm: int) -> list[Word]:
        asked.append(psm)
        return ocr_words(crop, lang="deu", dpi=dpi, timeout=60, psm=psm)
    return read, asked


def _text(words: list[Word]) -> str:
    return "\n".join(line.text for line in lines_from_words(words, 72 / 300).lines)


def test_line_missing_from_the_ocr_result_is_re_read_once_and_put_back_in_order(read_page):
    page, words = read_page
    keys = list(dict.fromkeys(w.line_key for w in words))
    gone = next(k for k in keys if any(w.text == "Maßnahmen" for w in words if w.line_key == k))
    before = " ".join(w.text for w in words if w.line_key == keys[keys.index(gone) - 1])
    after = " ".join(w.text for w in words if w.line_key == keys[keys.index(gone) + 1])
    read, asked = _reader()
    result, recovered, warnings = recover_dropped_lines(page, 300, [w for w in words if w.line_key != gone], read)
    text = _text(result)
    assert recovered == len(asked) == 1 and warnings == []
    assert text.count("Maßnahmen") == 2  # once per copy of LETTER on the page, none lost, none doubled
    assert text.index(before) < text.index("2. Welche Maßnahmen") < text.index(after)
    assert len(result) == len(words)


def test_clean_page_is_not_re_read_and_nothing_is_added(read_page):
    page, words = read_page

    def read(crop: Image.Image, psm: int) -> list[Word]:
        raise AssertionError("a page read in full must not be read again")

    assert recover_dropped_lines(page, 300, words, read) == (words, 0, [])


def test_re_read_that_repeats_nearby_text_is_not_inserted(read_page):
    page, words = read_page
    keys = list(dict.fromkeys(w.line_key for w in words))
    gone = next(k for k in keys if any(w.text == "Pünktlichkeit?" for w in words if w.line_key == k))
    # The crop's OCR brings back the line above instead (as a too-generous crop would).
    above = [w for w in words if w.line_key == keys[keys.index(gone) - 1]]
    kept = [w for w in words if w.line_key != gone]
    shown = [replace(w, box=(w.box[0], w.box[1] + 10, w.box[2], w.box[3] + 10)) for w in above]

    def read(crop: Image.Image, psm: int) -> list[Word]:
        return [replace(w, box=(w.box[0], 10, w.box[2], 10 + w.box[3] - w.box[1])) for w in shown]

    result, recovered, warnings = recover_dropped_lines(page, 300, kept, read)
    assert recovered == 0 and result == kept and warnings == []


def test_unreadable_line_gives_a_warning():
    page = Image.new("L", (2480, 3508), 250)
    draw = ImageDraw.Draw(page)
    for i in range(6):  # six lines of letter-like strokes
        for x in range(300, 1400, 20):
            draw.rectangle((x, 405 + 60 * i, x + 5, 425 + 60 * i), fill=20)
    draw.rectangle((400, 900, 1300, 930), fill=20)  # a solid bar (logo, redaction) is no text
    words = [w for w in _body() if w.line_key[2] != 2]
    _, recovered, warnings = recover_dropped_lines(page, 300, words, lambda crop, psm: [])
    assert recovered == 0 and len(warnings) == 1 and "not read" in warnings[0]
    top, bottom = map(int, re.findall(r"\d+", warnings[0])[:2])
    assert top == pytest.approx(126, abs=2) and bottom == pytest.approx(131, abs=2)  # 525–545 px at 300 dpi


@pytest.mark.slow
def test_lines_tesseract_drops_on_a_skewed_page_are_re_read_without_doubling_text():
    # Unlevelled by 3°, tesseract's layout analysis loses about half of this page (deskew off here).
    hard = _hardscans()
    style = LetterStyle()
    lines = layout_pages(hard.wrapped(hard.letter_texts()["000"], style), style)[0]
    gold = "\n".join(line.text for line in lines)
    look = hard.HardLook(skew_deg=-3.0, keystone=0.0, mode="jpeg200", speckle=0.0, streaks=0,
                         stamp=False, scribble=False, rotation=0)
    image, dpi = hard.degrade_hard(draw_page(lines, style, 300), look, np.random.default_rng(1))
    # Upscaled to 300 dpi, as when this check was measured: read at its own 200 dpi the unlevelled
    # page loses other lines too and the re-read wins back less (1375 -> 1129 errors).
    results = {on: ocr_page_image(image, dpi=dpi, options=Options(),
                                  config=PrepareConfig(deskew=False, upscale_below=250, dropped_lines=on))
               for on in (False, True)}
    texts = {on: "\n".join(line.text for line in r.lines) for on, r in results.items()}
    errors = {on: char_errors(gold, text)[0] for on, text in texts.items()}
    assert any(step.startswith("re-read") for step in results[True].preparation)
    assert errors[True] < 0.75 * errors[False]
    assert len(texts[True].split()) <= 1.05 * len(gold.split())  # nothing read twice


@pytest.mark.slow
def test_hard_scan_keeps_the_stamp_date_out_of_the_text():
    hard = _hardscans()
    letter = LETTER.replace("05.03.2024", "05.03.2024\n\n\n")
    look = hard.HardLook(skew_deg=2.4, keystone=0.004, mode="fax150", speckle=0.0008, streaks=1,
                         stamp=True, scribble=True, rotation=180)
    rng = np.random.default_rng(3)
    image, dpi = hard.degrade_hard(draw_page(layout_pages(letter, LetterStyle())[0], LetterStyle(), 300), look, rng)
    result = ocr_page_image(image, dpi=dpi, options=Options())
    text = "\n".join(line.text for line in result.lines)
    assert "MRZ" not in text and "12." not in text
    assert "05.03.2024" in text
    assert any("MRZ" in line.text for line in result.noise)
    assert "Schülerbeförderung" in text and "Pünktlichkeit" in text
    assert result.skew_degrees == pytest.approx(-2.4, abs=0.15)
    assert any(step.startswith("orientation") for step in result.preparation)


@pytest.mark.slow
@pytest.mark.realdocs
def test_real_ministry_scan_comes_through_readable():
    path = REALDOCS / "bmi_vermerk_eu-sperrklausel_2011_scan.pdf"
    if not path.exists():
        pytest.skip("../shared/realdocs is absent")
    with pypdfium2.PdfDocument(str(path)) as pdf:
        image = pdf[0].render(scale=300 / 72, grayscale=True).to_pil()
    result = ocr_page_image(image, dpi=300, options=Options())
    text = " ".join(line.text for line in result.lines)
    assert "November 2011" in text
    assert result.mean_confidence is not None and result.mean_confidence > 75


def test_ink_box_crops_blank_margins_and_ignores_specks() -> None:
    from pipeline.prepare_image import ink_box

    mask = np.zeros((100, 80), dtype=bool)
    mask[20:60, 10:50] = True  # the text column
    mask[95, 75] = True  # a speck in the corner
    assert ink_box(mask, (240, 300), pad=6) == (24, 54, 156, 186)
    assert ink_box(np.zeros((100, 80), dtype=bool), (240, 300), pad=6) is None  # blank page
    full = np.ones((100, 80), dtype=bool)
    assert ink_box(full, (240, 300), pad=6) is None  # nothing to cut off


def test_words_read_from_the_inked_crop_keep_page_coordinates() -> None:
    from pipeline.ocr import Word

    word = Word("Kreistag", 95.0, (10, 20, 110, 50), (1, 1, 1))
    assert word.shifted(30, 40).box == (40, 60, 140, 90)


def test_a_line_below_the_column_sharing_the_pages_leftover_skew_is_text() -> None:
    # pages skewed by less than min_skew are not rotated; their signature lines lean the same
    # way as the body and must not be taken for a stamp
    line = Image.new("L", (900, 80), 0)
    font = ImageFont.truetype(str(font_path("sans")), 42)
    ImageDraw.Draw(line).text((10, 15), "Gruppenvorsitzende des Kreistages", fill=255, font=font)
    line = line.rotate(0.9, expand=True, resample=Image.Resampling.BICUBIC)
    page = Image.new("L", (2480, 3508), 250)
    page.paste(Image.new("L", line.size, 20), (300, 1200), line)
    word = Word("Gruppenvorsitzende", 96.0, (300, 1200, 300 + line.width, 1200 + line.height), (9, 1, 1))
    leftover = img.estimate_skew(img.analysis_mask(page, 300))[0]  # the page's skew, as prepare_page measures it
    assert split_noise(_body() + [word], page, 300, page_skew=leftover)[1] == []
    assert split_noise(_body() + [word], page, 300, page_skew=-leftover)[1] == [word]  # askew to the page


@pytest.mark.slow
@pytest.mark.parametrize("turned", [True, False])
def test_a_doubtful_page_is_turned_by_one_line_read_both_ways_then_read_once(monkeypatch, turned: bool):
    # The image score decides nothing here (bounds set so that every page is doubtful): a line read
    # both ways must turn an upside-down page before its one full reading, and leave an upright one.
    reads: list[tuple[int, int]] = []

    def counting(image: Image.Image, **kwargs) -> list[Word]:
        reads.append(image.size)
        return ocr_words(image, **kwargs)

    monkeypatch.setattr(pipeline.prepare, "ocr_words", counting)
    page = _page(dpi=300)
    config = PrepareConfig(upside_down_below=-1.1, upside_down_probe_below=1.1, dropped_lines=False)  # scores: -1 … 1
    result = ocr_page_image(page.rotate(180) if turned else page, dpi=300, options=Options(), config=config)
    text = "\n".join(line.text for line in result.lines)
    assert "Sehr geehrte" in text
    assert len(reads) == 2 and reads[0][1] < page.height / 10  # the stacked line pair, then the page
    expected = "orientation 180° (a line read both ways)" if turned else "a line read both ways: upright"
    assert expected in result.preparation
    assert not any("(read both ways)" in step for step in result.preparation)  # no full second reading
