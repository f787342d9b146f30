"""Text-layer judgement: sound German passes, English-model OCR of German and junk do not."""
from __future__ import annotations

from pipeline.lexicon import is_known_word
from pipeline.quality import judge_text
from tests.conftest import FIXTURES

VOCABULARY = {"für", "die", "Maßnahmen", "müssen", "wir", "bitten", "um", "Antwort", "Kreis", "Fragen"}


def fake_is_word(word: str) -> bool:
    return word in VOCABULARY


def test_known_words_score_high():
    verdict = judge_text("wir bitten um Antwort für die Fragen Maßnahmen müssen Kreis", fake_is_word)
    assert verdict.good and verdict.score == 1.0


def test_lost_umlauts_are_penalised_beyond_unknown_words():
    verdict = judge_text("wir bitten um Antwort fur die Fragen MaRnahmen mussen Kreis", fake_is_word)
    assert verdict.lost_diacritics_ratio == 0.3
    assert verdict.score < 0.5 and not verdict.good


def test_junk_characters_are_penalised():
    verdict = judge_text("wir bitten ¤¤ um Antwort ©© für die Fragen ¬¬ Maßnahmen müssen Kreis ¦¦", fake_is_word)
    assert verdict.junk_ratio > 0.1 and not verdict.good


def test_empty_and_short_text_is_not_good():
    assert not judge_text("", fake_is_word).good
    assert not judge_text("wir bitten", fake_is_word).good


def test_real_copier_ocr_is_poor_and_its_correction_is_good():
    poor = judge_text((FIXTURES / "000_f40aa334bcd0e282.txt").read_text(encoding="utf-8"), is_known_word)
    clean = judge_text((FIXTURES / "000_f40aa334bcd0e282.clean.txt").read_text(encoding="utf-8"), is_known_word)
    assert not poor.good, poor.describe()
    assert clean.good, clean.describe()


def test_english_model_damage_beyond_lost_dots_is_penalised():
    # what real tesseract `-l eng` makes of German (pipeline/ocr_channel.tsv): é for ö, & for ß,
    # a dropped ß; each is a lost diacritic as much as "fur" is
    text = ("Sehr geehrte Frau Bu&mann, wir bitten um Antwort: Welche Ma&nahmen kénnen an der "
            "Strae zur Erhéhung der Sicherheit fiir Kinder ergriffen werden? Mit freundlichen Gri&en")
    verdict = judge_text(text, is_known_word)
    assert verdict.lost_diacritics_ratio > 0.15 and not verdict.good, verdict.describe()
