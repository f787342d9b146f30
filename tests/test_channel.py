"""Estimating the OCR channel table from aligned text pairs."""
from __future__ import annotations

from collections import Counter

import pytest

from parlbrief.channel import MAX_CER, K, count_ngrams, estimate, table_rows, write_table
from parlbrief.real_ocr import RealOcrPair
from pipeline.ocr_channel import OTHER, load_channel


PAD = "Kreis " * 60  # correct text around the damage keeps a pair's CER below channel.MAX_CER


def _rows(truth: str, ocr: str) -> dict[tuple[str, str], tuple]:
    counts, totals = Counter(), Counter()
    count_ngrams(PAD + truth, PAD + ocr, counts, totals, "p")
    return {(r[1], r[2]): r for r in table_rows(counts, totals)}


def test_estimation_on_a_tiny_pair() -> None:
    rows = _rows("für " * 4 + "für für", "fiir " * 4 + "fur fur")
    # ü: read "ii" 4 times, "u" twice, never right; four cells (ii, u, ü, OTHER) share the add-k mass.
    denominator = 6 + 4 * K
    assert rows["ü", "ii"][3:] == (4, 6, round((4 + K) / denominator, 6))
    assert rows["ü", "u"][3:] == (2, 6, round((2 + K) / denominator, 6))
    assert rows["ü", "ü"][3] == 0 and rows["ü", OTHER][3] == 0
    assert sum(r[5] for (meant, _), r in rows.items() if meant == "ü") == pytest.approx(1.0, abs=1e-5)
    assert rows["für", "fiir"][3] == 4 and rows["fü", "fii"][3] == 4
    assert ("f", "f") not in rows  # never misread, no German letter: not in the table


def test_garbled_pairs_are_not_counted() -> None:
    counts, totals = Counter(), Counter()
    assert count_ngrams("für die", "xx yy zz", counts, totals) > MAX_CER
    assert not counts and not totals


def test_rare_readings_are_pooled_and_frequent_other_confusions_kept() -> None:
    truth = "Maß " * 5 + '"a" ' * 3
    ocr = "MaB MaB MaB Ma& Mafg " + "“a” " * 3
    rows = _rows(truth, ocr)
    assert rows["ß", "B"][3] == 3 and rows["ß", OTHER][3] == 2  # & and fg were seen once each
    assert ("ß", "&") not in rows
    assert rows['"', "“"][3] == 3 and rows['"', "”"][3] == 3  # the data's own confusion of a non-German mark


def test_held_out_letters_never_feed_the_channel() -> None:
    with pytest.raises(ValueError, match="held-out"):
        estimate([RealOcrPair("g01", "eng-300", "heldout", "für", "fiir")])


def test_written_table_loads_back(tmp_path) -> None:
    rows, _ = estimate([RealOcrPair("x", "eng-300", "estimate", PAD + "für " * 6, PAD + "fiir " * 6)])
    write_table(rows, tmp_path / "t.tsv")
    table = load_channel("eng-300", tmp_path / "t.tsv")
    assert table["ü"][0].read == "ii" and table["ü"][0].count == 6
    assert load_channel("eng", tmp_path / "t.tsv")["ü"][0].read == "ii"  # the pooled English profile
    with pytest.raises(KeyError):
        load_channel("deu-scan", tmp_path / "t.tsv")


def test_table_ships_and_is_part_of_the_run_key() -> None:
    import tomllib
    from pathlib import Path

    from pipeline import fingerprint
    from pipeline.ocr_channel import TABLE

    assert TABLE.is_file() and TABLE.parent in fingerprint.PACKAGES  # hashed into RunKey.code
    pyproject = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert "*.tsv" in pyproject["tool"]["setuptools"]["package-data"]["pipeline"]
