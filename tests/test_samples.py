"""The shipped samples in data/raw and the real documents go through ingestion as a user meets them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from models import Options, PageMethod
from pipeline.batch import discover_inputs, process_batch
from pipeline.executors import LocalExecutor
from pipeline.ingest import ingest_file
from tests.conftest import FIXTURES, REALDOCS

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
GOLD_TEXT = (FIXTURES / "000_f40aa334bcd0e282.clean.txt").read_text(encoding="utf-8")


def _cer(predicted: str, gold: str) -> float:
    squash = lambda text: " ".join(text.split())  # noqa: E731 - whitespace-normalised, as the gold README says
    return Levenshtein.normalized_distance(squash(predicted), squash(gold))


def test_born_digital_sample_keeps_its_text_layer():
    doc = ingest_file(RAW / "spd_antrag_2017_born_digital.pdf", Options())
    assert {page.method for page in doc.pages} == {PageMethod.TEXT_LAYER}
    assert "Kommunales Integrationszentrum für den Kreis Kleve" in doc.text


@pytest.mark.slow
def test_scanned_sample_is_ocred_within_two_percent_cer():
    doc = ingest_file(RAW / "gruene_anfrage_2023_scan.pdf", Options())
    assert {page.method for page in doc.pages} == {PageMethod.OCR}
    assert _cer(doc.text, GOLD_TEXT) <= 0.02


@pytest.mark.slow
def test_poor_copier_layer_is_detected_and_replaced_by_ocr():
    doc = ingest_file(RAW / "gruene_anfrage_2023_scan_copier_ocr.pdf", Options())
    for page in doc.pages:
        assert page.method is PageMethod.OCR
        assert "judged poor" in page.reason and page.text_layer_score < 0.8
    copier_text = (FIXTURES / "000_f40aa334bcd0e282.txt").read_text(encoding="utf-8")
    assert _cer(doc.text, GOLD_TEXT) < _cer(copier_text, GOLD_TEXT) / 2


@pytest.mark.slow
@pytest.mark.realdocs
@pytest.mark.skipif(not REALDOCS.is_dir(), reason="../shared/realdocs is not present")
def test_real_documents_come_through(tmp_path: Path):
    result = process_batch(discover_inputs([REALDOCS]), tmp_path, Options(), executor=LocalExecutor(2))
    assert result.failed == []
    records = {}
    for entry in result.entries:
        text = Path(entry.output).read_text(encoding="utf-8")
        assert "Berlin" in text or "Saarland" in text
        records[Path(entry.input).stem.split("_")[0]] = json.loads(text)
    # what a reader finds in each letter, from real scans and a copier layer
    memo, jbb, redeker = records["bmi"], records["jbb"], records["redeker"]
    assert memo["subject"].startswith("Urteil des BVerfG vom 9.11.2011")  # "Betr.:" below a tall head
    assert memo["subject"].endswith("2,5-Prozent-Sperrklausel")  # over the blank OCR put in
    assert memo["addressee"]["name"] is None  # handwriting in the address line is no name
    assert jbb["reference"] == "14-0098"  # "Unser Zeichen:" alone in its column
    assert jbb["closing"] == "Mit freundlichen kollegialen Grüßen"
    assert [(s["name"], s["role"]) for s in jbb["signatories"]] == [("Dr. Ansgar Koreng", "Rechtsanwalt")]
    assert (jbb["addressee"]["name"], jbb["addressee"]["role"]) == ("Sabine Wildfeuer", "Rechtsanwältin")
    # "(Wildfeuer)" typed under the signature; the enclosure on the next page signs nothing
    assert [(s["name"], s["role"]) for s in redeker["signatories"]] == [("Wildfeuer", "Rechtsanwältin")]
    assert redeker["addressee"]["name"] == "Daniel Dietrich"
