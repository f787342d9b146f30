"""Batch runs: workers compute letters, the parent writes files, the manifest and the tables."""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from models import FileStatus, LetterRecord, ManifestEntry, Options
from pipeline import PIPELINE_VERSION
from pipeline.executors import Executor, LocalExecutor
from pipeline.ingest import sha256_of
from pipeline.write import (
    append_manifest, compact_manifest, ensure_output_dir, read_manifest, write_letter, write_tables,
)

log = logging.getLogger(__name__)

INPUT_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".txt"}


@dataclass
class BatchResult:
    entries: list[ManifestEntry] = field(default_factory=list)

    def count(self, status: FileStatus) -> int:
        return sum(1 for entry in self.entries if entry.status is status)

    @property
    def failed(self) -> list[ManifestEntry]:
        return [entry for entry in self.entries if entry.status is FileStatus.FAILED]


def discover_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus supported files found (recursively) in named folders.

    Raises:
        FileNotFoundError: a named path does not exist.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        elif path.exists():
            found.append(path)
        else:
            raise FileNotFoundError(f"No such file or folder: {path}")
    return list(dict.fromkeys(found))


def output_names(inputs: list[Path]) -> dict[Path, str]:
    """`<stem>.json`, with a short hash of the path when two inputs share a stem."""
    stems: dict[str, int] = {}
    for path in inputs:
        stems[path.stem] = stems.get(path.stem, 0) + 1
    return {
        path: f"{path.stem}-{hashlib.sha1(str(path).encode()).hexdigest()[:8]}.json" if stems[path.stem] > 1
        else f"{path.stem}.json"
        for path in inputs
    }


def largest_first(paths: list[Path]) -> list[Path]:
    """Biggest files first: the batch does not end with one core busy on a big file while the rest idle."""
    def size(path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:
            return 0
    return sorted(paths, key=size, reverse=True)


def process_batch(inputs: list[Path], out_dir: Path, options: Options, *, executor: Executor | None = None,
                  force: bool = False, on_done: Callable[[ManifestEntry], None] | None = None) -> BatchResult:
    """Process every input into `out_dir`, skipping unchanged ones, then rebuild manifest and tables.

    Raises:
        OutputError: the output folder cannot be written.
    """
    ensure_output_dir(out_dir)
    names = output_names(inputs)
    result = BatchResult()
    todo: dict[Path, str] = {}
    for path in inputs:
        sha = sha256_of(path) if path.is_file() else None
        output = out_dir / names[path]
        previous = None if force or not sha else _current_record(output, sha)
        if previous is not None:
            entry = ManifestEntry(input=str(path), output=str(output), sha256=sha, pages=len(previous.source.pages),
                                  pipeline_version=PIPELINE_VERSION, status=FileStatus.SKIPPED)
            _finish(out_dir, result, entry, on_done)
        else:
            todo[path] = sha or ""
    executor = executor or LocalExecutor()
    for path, (record_json, error, pages, seconds) in executor.run(largest_first(list(todo)), options):
        output = out_dir / names[path]
        entry = ManifestEntry(input=str(path), sha256=todo[path] or None, pipeline_version=PIPELINE_VERSION,
                              status=FileStatus.FAILED, error=error, pages=pages, seconds=round(seconds, 3))
        if record_json is not None:
            write_letter(LetterRecord.model_validate_json(record_json), output)
            entry = entry.model_copy(update={"status": FileStatus.OK, "output": str(output)})
        _finish(out_dir, result, entry, on_done)
    compact_manifest(out_dir)
    write_tables(out_dir, _current_letters(out_dir))
    return result


def _finish(out_dir: Path, result: BatchResult, entry: ManifestEntry,
            on_done: Callable[[ManifestEntry], None] | None) -> None:
    append_manifest(out_dir, entry)
    result.entries.append(entry)
    if on_done:
        on_done(entry)


def _current_record(output: Path, sha256: str) -> LetterRecord | None:
    """The letter in `output` if it was made from this input by this pipeline version."""
    try:
        record = LetterRecord.model_validate_json(output.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    current = record.source.sha256 == sha256 and record.pipeline_version == PIPELINE_VERSION
    return record if current else None


def _current_letters(out_dir: Path) -> dict[str, LetterRecord]:
    """The letters the manifest lists as done, looked up by name so the folder may move."""
    letters = {}
    for entry in read_manifest(out_dir).values():
        output = out_dir / Path(entry.output).name if entry.output else None
        if entry.status is not FileStatus.FAILED and output and output.exists():
            letters[entry.input] = LetterRecord.model_validate_json(output.read_text(encoding="utf-8"))
    return letters
