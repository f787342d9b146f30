"""A lone mark tesseract read as "-", "_" or ":" becomes "." or "·" when its ink is one dot."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from parlbrief.synth_layout import FONTS, font_path
from pipeline.ocr import Word
from pipeline.prepare_marks import read_dot_marks

SIZES = [50, 28]  # px: a 12 pt letter at 300 dpi, a 10 pt one at 200 dpi


def line_of(printed: list[str], read_as: list[str], family: str, size: int) -> tuple[Image.Image, list[Word]]:
    """A white strip showing the words of `printed` on one line, and the words as tesseract would
    report them: the texts of `read_as`, each boxed around its ink."""
    font = ImageFont.truetype(str(font_path(family)), size)
    image = Image.new("L", (40 + 8 * size * len(printed), 4 * size), 255)
    draw = ImageDraw.Draw(image)
    words, x = [], 20
    for text, reading in zip(printed, read_as):
        draw.text((x, size), text, font=font, fill=0)
        box = draw.textbbox((x, size), text, font=font)
        words.append(Word(text=reading, confidence=90.0, box=box, line_key=(1, 1, 1)))
        x = box[2] + size // 3
    return image, words


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("family", list(FONTS))
def test_a_middle_dot_read_as_a_hyphen_or_colon_is_a_middle_dot(family: str, size: int) -> None:
    image, words = line_of(["Markt", "1", "·", "47533", "Kleve", "·", "Telefon"],
                           ["Markt", "1", "-", "47533", "Kleve", ":", "Telefon"], family, size)
    read, notes = read_dot_marks(words, image)
    assert " ".join(word.text for word in read) == "Markt 1 · 47533 Kleve · Telefon"
    assert notes == ["-→·", ":→·"]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("family", list(FONTS))
def test_a_full_stop_whose_number_was_lost_is_a_full_stop(family: str, size: int) -> None:
    # ". Wie viele Anträge …": the question's number did not print, its full stop did
    image, words = line_of([".", "Wie", "viele", "Anträge"], ["_", "Wie", "viele", "Anträge"], family, size)
    assert [word.text for word in read_dot_marks(words, image)[0]] == [".", "Wie", "viele", "Anträge"]
    image, words = line_of([".", "Wie", "viele"], ["-", "Wie", "viele"], family, size)
    assert read_dot_marks(words, image)[0][0].text == "."


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("family", list(FONTS))
def test_bars_and_colons_are_left_as_read(family: str, size: int) -> None:
    printed = ["-", "Radwege", "–", "Kreis", "—", "Ort", ":", "jetzt", "_", "Ende"]
    image, words = line_of(printed, printed, family, size)
    assert read_dot_marks(words, image) == (words, [])


def test_a_mark_alone_on_its_line_is_left_as_read() -> None:
    # no neighbours: no baseline to tell a full stop from a middle dot
    image, words = line_of(["·"], ["-"], next(iter(FONTS)), 50)
    assert read_dot_marks(words, image) == (words, [])


def test_a_bullet_is_no_dot() -> None:
    image, words = line_of(["•", "Radwege", "bauen"], ["-", "Radwege", "bauen"], next(iter(FONTS)), 50)
    assert read_dot_marks(words, image)[0][0].text == "-"
