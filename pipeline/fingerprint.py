"""The run key: what a record depends on besides its input, so reruns redo exactly what changed.

A record is stale when parlbrief, its code or model files, the word lists, or an option that
shapes it changed since it was made. Options apply only where they act: `--ocr` only to PDFs and
images, tesseract's version, language data, `--lang` and `--dpi` only to records that tesseract read.
"""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from models import LetterRecord, OcrMode, Options, PageMethod, RunKey
from pipeline import PIPELINE_VERSION
from pipeline.lexicon import source_files
from pipeline.ocr import ocr_engine

PACKAGES = [Path(__file__).resolve().parent, Path(__file__).resolve().parents[1] / "models"]


def run_key(options: Options) -> RunKey:
    """The key of a run with these options (reads tesseract's language data when OCR may run).

    Raises:
        MissingDependencyError: OCR may run and tesseract or a language pack is missing.
    """
    return RunKey(
        version=PIPELINE_VERSION,
        code=_code_hash(),
        data=_files_hash(tuple(source_files())),
        repair=f"repair={options.repair} threshold={options.repair_threshold}",
        reading=f"ocr={options.ocr.value}",
        ocr="none" if options.ocr is OcrMode.NEVER else f"{ocr_engine(options.lang)} dpi={options.dpi}",
    )


def still_current(record: LetterRecord, sha256: str, key: RunKey) -> bool:
    """Whether `record` is what this run would make of an input with this content hash."""
    made = record.run_key
    if made is None or record.source.sha256 != sha256:
        return False
    parts = ["version", "code", "data", "repair"]
    pages = record.source.pages
    if any(page.method is not PageMethod.TEXT for page in pages):
        parts.append("reading")
    if any(page.ocr_engine or page.method is PageMethod.OCR for page in pages):
        parts.append("ocr")
    return all(getattr(made, part) == getattr(key, part) for part in parts)


@functools.lru_cache(maxsize=1)
def _code_hash() -> str:
    """Every file of the pipeline and model packages (code, and trained model files beside it)."""
    files = sorted(p for package in PACKAGES for p in package.rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts)
    return _files_hash(tuple(files))


@functools.lru_cache(maxsize=16)
def _files_hash(paths: tuple[Path, ...]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]

