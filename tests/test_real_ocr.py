"""The committed real-OCR data set (data/real_ocr) and the channel table estimated from it."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from parlbrief.align import align
from parlbrief.channel import estimate
from parlbrief.real_ocr import ESTIMATION_SPLITS, OUT, PROFILES, load_pairs, special_words
from pipeline.ocr_channel import TABLE

GOLD = Path(__file__).parent / "gold"
INDEX = json.loads((OUT / "index.json").read_text(encoding="utf-8"))
# Mean CER a profile's readings stay below (measured: see data/real_ocr/README.md); a reading far
# above it is misplaced text (a file OCRed from the wrong letter, a truncated page), not damage.
MAX_CER = {"eng-300": 0.08, "eng-150": 0.08, "eng-scan": 0.08, "deu-scan": 0.04}


def test_every_gold_letter_is_read_by_every_profile_with_its_own_split() -> None:
    gold = {e["id"]: e["split"] for e in json.loads((GOLD / "index.json").read_text(encoding="utf-8"))}
    letters = {e["id"]: e for e in INDEX["letters"]}
    assert {i: letters[i]["split"] for i in gold} == gold
    assert all(letters[i]["truth"] == f"tests/gold/{i}/clean.txt" for i in gold)
    assert {e["split"] for e in letters.values() if e["id"] not in gold} == {"estimate"}
    assert set(INDEX["profiles"]) == set(PROFILES)
    for letter in letters:
        for profile in PROFILES:
            assert (OUT / profile / f"{letter}.txt").is_file(), (profile, letter)


@pytest.fixture(scope="module")
def pairs():
    return load_pairs()


def test_every_reading_aligns_with_its_truth(pairs) -> None:
    for profile in PROFILES:
        cers = {p.letter: align(p.truth, p.ocr).cer for p in pairs if p.profile == profile}
        assert sum(cers.values()) / len(cers) < MAX_CER[profile], cers
        assert max(cers.values()) < 0.2, cers
    for p in pairs:  # pages line up: one OCR page per printed page
        assert p.ocr.count("\f") == p.truth.count("\f"), (p.letter, p.profile)


def test_english_model_damages_german_words_and_deu_does_not(pairs) -> None:
    damaged = Counter()
    total = Counter()
    for p in pairs:
        if p.split == "heldout":
            words = special_words(p)
            total[p.profile] += len(words)
            damaged[p.profile] += sum(m.read != m.truth for m in words)
    assert total["eng-300"] > 300
    assert damaged["eng-300"] / total["eng-300"] > 0.8
    assert damaged["deu-scan"] / total["deu-scan"] < 0.1


def test_committed_table_is_the_estimate_from_the_committed_readings(pairs) -> None:
    rows, _ = estimate([p for p in pairs if p.split in ESTIMATION_SPLITS])
    header, *lines = TABLE.read_text(encoding="utf-8").splitlines()
    assert lines == ["\t".join(map(str, row)) for row in rows], "run `make channel`"
