"""Mutational fuzzing: damaged copies of the sample PDFs and images either process or fail clearly."""
from __future__ import annotations

import io
import random
from collections import Counter
from pathlib import Path

import pypdfium2
import pytest

from models import FileStatus, LetterRecord, OcrMode, Options
from pipeline.batch import discover_inputs, process_batch
from pipeline.executors import LocalExecutor
from tests.fuzzing import mutate

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
PDF_MUTANTS = 350  # parsed with --ocr never: the PDF parser is what is under test, and it is cheap
IMAGE_MUTANTS = 150  # small page crops, so each OCR run stays well under a second


def _image_seeds() -> dict[str, bytes]:
    page = pypdfium2.PdfDocument(str(RAW / "gruene_anfrage_2023_scan.pdf"))[0]
    crop = page.render(scale=100 / 72, grayscale=True).to_pil().crop((60, 60, 560, 260))
    seeds = {}
    for fmt, name in (("PNG", "png"), ("JPEG", "jpg"), ("TIFF", "tif")):
        buffer = io.BytesIO()
        crop.save(buffer, fmt)
        seeds[name] = buffer.getvalue()
    return seeds


def _write_mutants(folder: Path, seeds: dict[str, bytes], count: int, rng: random.Random) -> None:
    folder.mkdir()
    names = sorted(seeds)
    for i in range(count):
        name = names[i % len(names)]
        (folder / f"m{i:04d}.{name.rsplit('.', 1)[-1]}").write_bytes(mutate(seeds[name], rng))


def _assert_each_processed_or_failed_clearly(result, count: int) -> Counter:
    """Each mutant is ok, partial (a record with a warning saying what was lost) or failed with one
    sentence; an ok record has text: lost text is never silent."""
    assert len(result.entries) == count
    for entry in result.entries:
        assert entry.status in (FileStatus.OK, FileStatus.PARTIAL, FileStatus.FAILED)
        if entry.status is not FileStatus.OK:
            assert entry.error and entry.error.endswith(".") and not entry.error.startswith("Unexpected"), entry
            assert "Traceback" not in entry.error
        if entry.status is FileStatus.OK:
            record = LetterRecord.model_validate_json(Path(entry.output).read_text(encoding="utf-8"))
            assert record.text.strip() and record.source.pages, entry
    return Counter(entry.status for entry in result.entries)


@pytest.mark.slow
def test_damaged_pdfs_never_crash_the_batch(tmp_path: Path):
    seeds = {name: (RAW / name).read_bytes() for name in
             ("spd_antrag_2017_born_digital.pdf", "gruene_anfrage_2023_scan_copier_ocr.pdf")}
    _write_mutants(tmp_path / "in", seeds, PDF_MUTANTS, random.Random(20240305))
    result = process_batch(discover_inputs([tmp_path / "in"]), tmp_path / "out", Options(ocr=OcrMode.NEVER),
                           executor=LocalExecutor(2))
    statuses = _assert_each_processed_or_failed_clearly(result, PDF_MUTANTS)
    assert statuses[FileStatus.OK] and statuses[FileStatus.FAILED]  # the damage was real, and survivable


@pytest.mark.slow
def test_damaged_images_never_crash_the_batch(tmp_path: Path):
    _write_mutants(tmp_path / "in", _image_seeds(), IMAGE_MUTANTS, random.Random(20231123))
    result = process_batch(discover_inputs([tmp_path / "in"]), tmp_path / "out", Options(page_timeout=30),
                           executor=LocalExecutor(2))
    statuses = _assert_each_processed_or_failed_clearly(result, IMAGE_MUTANTS)
    assert statuses[FileStatus.OK] and statuses[FileStatus.FAILED]
