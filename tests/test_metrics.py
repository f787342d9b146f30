"""CER/WER against hand-computed values: graphemes, NFC, ß, hyphenation, 1/l, empty gold."""
from __future__ import annotations

import math
import unicodedata

import pytest

from parlbrief.evaluation.metrics import (
    character_error_rate,
    character_error_rate_n,
    graphemes,
    bag_of_words_errors,
    micro_average,
    text_similarity,
    word_error_rate,
    word_error_rate_n,
)


def test_umlaut_lost_is_one_error_in_four() -> None:
    assert character_error_rate("Müll", "Mull") == pytest.approx(1 / 4)


def test_nfd_prediction_equals_nfc_gold() -> None:
    nfd = unicodedata.normalize("NFD", "Müll")
    assert len(nfd) == 5  # u + COMBINING DIAERESIS
    assert character_error_rate("Müll", nfd) == 0.0
    assert character_error_rate_n(nfd, "Mull") == (pytest.approx(1 / 4), 4)


def test_cluster_without_precomposed_form_counts_once() -> None:
    # g + U+0308 has no precomposed code point; NFC keeps two code points, one grapheme.
    gold = "g\u0308a"
    assert graphemes(gold) == ["g\u0308", "a"]
    assert character_error_rate(gold, "ga") == pytest.approx(1 / 2)


def test_sharp_s() -> None:
    # ß → s, then one s inserted: 2 edits over the 6 clusters of "Straße".
    assert character_error_rate("Straße", "Strasse") == pytest.approx(2 / 6)
    # English-model OCR reads ß as "f3": substitution plus insertion over 5 clusters.
    assert character_error_rate("heißt", "heif3t") == pytest.approx(2 / 5)
    assert word_error_rate("es heißt so", "es heif3t so") == pytest.approx(1 / 3)


def test_line_end_hyphenation_and_whitespace() -> None:
    # Line layout differs, words do not: whitespace is normalised before comparing.
    assert character_error_rate("Flucht-\nund Migration", "Flucht- und  Migration") == 0.0
    assert word_error_rate("Flucht-\nund Migration", "Flucht-   und\fMigration") == 0.0
    # A dehyphenated prediction against hyphenated gold: "-" and " " deleted from the 12
    # clusters of "Ver- waltung".
    assert character_error_rate("Ver-\nwaltung", "Verwaltung") == pytest.approx(2 / 12)
    # ...and as words: one substitution and one deletion against two gold words.
    assert word_error_rate_n("Ver-\nwaltung", "Verwaltung") == (pytest.approx(1.0), 2)


def test_digit_one_read_as_letter_l() -> None:
    assert character_error_rate("1. Welche", "l. Welche") == pytest.approx(1 / 9)
    assert word_error_rate("1. Welche", "l. Welche") == pytest.approx(1 / 2)


def test_empty_gold() -> None:
    assert character_error_rate_n("", "") == (0.0, 0)
    value, n = character_error_rate_n("", "x")
    assert math.isinf(value) and n == 0
    assert word_error_rate_n("", "  ") == (0.0, 0)
    assert character_error_rate("abc", "") == 1.0


def test_micro_average_weights_by_gold_length() -> None:
    pairs = [character_error_rate_n("Müll", "Mull"), character_error_rate_n("Straße", "Straße")]
    assert micro_average(pairs) == pytest.approx(1 / 10)
    assert micro_average([]) is None
    # An empty-gold pair has no weight, even when its rate is inf.
    assert micro_average([(math.inf, 0), (0.5, 2)]) == pytest.approx(0.5)


def test_text_similarity() -> None:
    assert text_similarity("Wie wurden diese ausgewählt?", "Wie  wurden diese\nausgewählt?") == 1.0
    assert text_similarity("abcd", "abcx") == pytest.approx(3 / 4)
    assert text_similarity("abcd", "") == 0.0


def test_bag_of_words_ignores_reading_order() -> None:
    gold = "An den Landrat\nKleve, 4. März 2021"
    moved = "Kleve, 4. März 2021\nAn den Landrat"
    assert word_error_rate(gold, moved) > 0.5
    assert bag_of_words_errors(gold, moved) == (0, 7)
    # A misread word is one error; a lost word and a doubled word are one each as well.
    assert bag_of_words_errors(gold, moved.replace("März", "Marz")) == (1, 7)
    assert bag_of_words_errors("a b c", "a b b") == (1, 3)
    assert bag_of_words_errors("a b c", "a b") == (1, 3)
    assert bag_of_words_errors("a b", "a b b b") == (2, 2)
