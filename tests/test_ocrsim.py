"""Tests for the seeded English-OCR simulator."""
from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parlbrief.ocrsim import simulate_english_ocr
from pipeline.ocr_channel import ENGLISH_PROFILE, OTHER, load_channel

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "000_f40aa334bcd0e282.clean.txt").read_text(encoding="utf-8")


PROFILES = pytest.mark.parametrize("profile", ["eng", "eng-300", "eng-150", "eng-scan", "deu-scan"])


@PROFILES
def test_same_seed_same_output_and_different_seed_differs(profile: str) -> None:
    assert simulate_english_ocr(CLEAN, seed=7, profile=profile) == simulate_english_ocr(CLEAN, seed=7, profile=profile)
    assert simulate_english_ocr(CLEAN, seed=7, profile=profile) != simulate_english_ocr(CLEAN, seed=8, profile=profile)


@PROFILES
def test_rate_zero_is_identity(profile: str) -> None:
    assert simulate_english_ocr(CLEAN, seed=1, rate=0.0, profile=profile) == CLEAN


@PROFILES
def test_layout_and_tokens_preserved(profile: str) -> None:
    noisy = simulate_english_ocr(CLEAN, seed=3, rate=1.0, profile=profile)
    assert noisy.splitlines() != CLEAN.splitlines()
    assert len(noisy.splitlines()) == len(CLEAN.splitlines())
    assert len(noisy.split()) == len(CLEAN.split())
    for a, b in zip(noisy.splitlines(), CLEAN.splitlines()):
        assert len(a.split()) == len(b.split())


@PROFILES
def test_full_rate_removes_all_umlauts_and_sharp_s(profile: str) -> None:
    text = "Grüße für Bürger*innen, Maßnahmen der Ärzte und Öfen, Übergänge, Äußerungen"
    noisy = simulate_english_ocr(text, seed=5, rate=1.0, profile=profile)
    assert not set("äöüÄÖÜß") & set(noisy)


def _table_readings(meant: str, profile: str = ENGLISH_PROFILE) -> dict[str, int]:
    return {r.read: r.count for r in load_channel(profile)[meant] if r.read not in (meant, OTHER)}


def test_readings_are_sampled_from_the_channel_table() -> None:
    # A lone "ä" has no context: its misreadings are the table's, at about the table's shares.
    table = _table_readings("ä")
    outs = Counter(simulate_english_ocr("ä", seed=s, rate=1.0, profile=ENGLISH_PROFILE) for s in range(2000))
    assert set(outs) <= set(table)
    top = max(table, key=table.get)
    share = table[top] / sum(c for r, c in table.items() if not set(r) & set("äöüÄÖÜß"))
    assert abs(outs[top] / 2000 - share) < 0.04, (outs, table)


def test_context_ngrams_are_used() -> None:
    """"für" is read as the table reads "für", "fü", "ür" or "ü" in it."""
    expected = set(_table_readings("für"))
    expected |= {r + "r" for r in _table_readings("fü")} | {"f" + r for r in _table_readings("ür")}
    expected |= {"f" + r + "r" for r in _table_readings("ü")}
    outs = Counter(simulate_english_ocr("für", seed=s, rate=1.0, profile=ENGLISH_PROFILE) for s in range(300))
    assert set(outs) <= expected, set(outs) - expected
    assert len(outs) >= 3  # several readings, not one fixed substitution


def test_profiles_differ() -> None:
    text = "Grüße für Bürger, Maßnahmen der Ärzte und Öfen in Höhe von 5 €. " * 5
    assert simulate_english_ocr(text, seed=1, profile="eng-150") != simulate_english_ocr(text, seed=1, profile="eng-300")


def test_ki_and_marks_are_misread_at_the_profile_s_own_share() -> None:
    """Debian's deu model reads a lone KI as Kl in ~40 % of cases (the table); never KIM."""
    p_kl = next(r.probability for r in load_channel("deu-scan")["KI"] if r.read == "Kl")
    outs = [simulate_english_ocr("KI/Kreis (KI) KIM", seed=s, rate=1.0, profile="deu-scan") for s in range(400)]
    share = sum(o.count("Kl") for o in outs) / (2 * len(outs))
    assert abs(share - p_kl) < 0.08, (share, p_kl)
    assert all(o.endswith(" KIM") for o in outs)


@PROFILES
def test_leaves_other_text_alone(profile: str) -> None:
    text = "KIM Kleve ZUE 08.11.2023 info@kreis-kleve.de https://www.kreis-kleve.de 1,4 %"
    assert simulate_english_ocr(text, seed=2, rate=1.0, profile=profile) == text


@settings(max_examples=200, deadline=None)
@given(st.text(), st.integers(0, 2**32), st.sampled_from(["eng", "eng-300", "deu-scan"]))
def test_token_count_preserved_on_any_text(text: str, seed: int, profile: str) -> None:
    text = unicodedata.normalize("NFC", text)
    out = simulate_english_ocr(text, seed=seed, rate=1.0, profile=profile)
    assert len(out.split()) == len(text.split())
    assert out.splitlines() == [] or len(out.splitlines()) == len(text.splitlines())
