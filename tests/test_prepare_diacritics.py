"""Umlaut dots on capitals are taken from the image, and only when both dots are there."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from parlbrief.synth_layout import FONTS, font_path
from pipeline.ocr import Word
from pipeline.prepare_diacritics import restore_capital_umlauts

SIZE = 50  # px: a 12 pt letter at 300 dpi


def page_with(printed: str, read_as: str, family: str = next(iter(FONTS)), above: str | None = None) -> tuple[Image.Image, Word]:
    """A white strip showing `printed`, and the word as tesseract would report it: `read_as`, boxed
    from the top of the capital's body (tesseract leaves the dots out when it misses them)."""
    font = ImageFont.truetype(str(font_path(family)), SIZE)
    image = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(image)
    if above is not None:  # a line of text close above, with descenders reaching down
        draw.text((40, 100 - int(1.25 * SIZE)), above, font=font, fill=0)
    draw.text((40, 100), printed, font=font, fill=0)
    body = draw.textbbox((40, 100), "U" + printed[1:], font=font)  # the box without any dots
    return image, Word(text=read_as, confidence=60.0, box=body, line_key=(1, 1, 1))


@pytest.mark.parametrize("family", list(FONTS))
@pytest.mark.parametrize("printed", ["Ümran", "Ölbaum", "Ärztin"])
def test_visible_dots_restore_the_umlaut(family: str, printed: str) -> None:
    plain = {"Ü": "U", "Ö": "O", "Ä": "A"}[printed[0]] + printed[1:]
    image, word = page_with(printed, plain, family)
    words, notes = restore_capital_umlauts([word], image)
    assert words[0].text == printed
    assert notes == [f"{plain}→{printed}"]


def test_trailing_punctuation_is_kept() -> None:
    image, word = page_with("Ümran,", "Umran,")
    assert restore_capital_umlauts([word], image)[0][0].text == "Ümran,"


@pytest.mark.parametrize("family", list(FONTS))
def test_no_dots_no_change(family: str) -> None:
    image, word = page_with("Umfang", "Umfang", family)
    assert restore_capital_umlauts([word], image) == ([word], [])


def test_one_speck_is_not_a_diaeresis() -> None:
    image, word = page_with("Umfang", "Umfang")
    left, top = word.box[0], word.box[1]
    ImageDraw.Draw(image).ellipse((left + 8, top - 14, left + 14, top - 8), fill=0)
    assert restore_capital_umlauts([word], image)[0][0].text == "Umfang"


def test_descenders_of_the_line_above_are_not_dots() -> None:
    image, word = page_with("Ordnung", "Ordnung", above="gyp gyp gyp")
    assert restore_capital_umlauts([word], image)[0][0].text == "Ordnung"


@pytest.mark.parametrize("text", ["OB", "AfD", "U", "und", "U2"])
def test_only_capitalised_words_starting_with_a_o_u_are_checked(text: str) -> None:
    image, word = page_with("Ümran", text)  # dots are there, but the word is no candidate
    assert restore_capital_umlauts([word], image)[0][0].text == text
