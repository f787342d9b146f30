"""Batch runs: workers compute letters, the parent writes files, the manifest and the tables."""
from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from models import FileStatus, LetterRecord, ManifestEntry, OcrMode, Options, RunKey
from pipeline import PIPELINE_VERSION
from pipeline.executors import Executor, LocalExecutor
from pipeline.fingerprint import run_key, still_current
from pipeline.ingest import TEXT_SUFFIXES, sha256_of
from pipeline.names import input_key, output_stem, path_text, shown
from pipeline.write import (
    append_manifest, compact_manifest, ensure_output_dir, locked_output_dir, read_manifest, write_letter,
    write_tables,
)

log = logging.getLogger(__name__)

INPUT_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".txt"}


@dataclass
class BatchResult:
    entries: list[ManifestEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # about the output folder, not one input
    interrupted: bool = False
    links: str | None = None  # summary of the Anfrage–reply links, when the folder holds replies

    def count(self, status: FileStatus) -> int:
        return sum(1 for entry in self.entries if entry.status is status)

    @property
    def failed(self) -> list[ManifestEntry]:
        return [entry for entry in self.entries if entry.status is FileStatus.FAILED]

    @property
    def partial(self) -> list[ManifestEntry]:
        return [entry for entry in self.entries if entry.status is FileStatus.PARTIAL]


def discover_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus supported files found (recursively) in named folders.

    A folder that cannot be listed and a broken symbolic link are returned as inputs too, so
    that the batch reports them (they fail with a sentence saying why) instead of dropping them.
    The same file named twice (relative and absolute) is returned once.

    Raises:
        FileNotFoundError: a named path does not exist.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(_files_below(path))
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            raise FileNotFoundError(f"No such file or folder: {shown(path)}")
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(input_key(path), path)
    return list(unique.values())


def _files_below(folder: Path) -> list[Path]:
    unreadable: list[Path] = []
    files: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=lambda err: unreadable.append(Path(err.filename))):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(Path(root) / name for name in sorted(names)
                     if not name.startswith(".") and Path(name).suffix.lower() in INPUT_SUFFIXES)
    return files + unreadable


def output_names(inputs: list[Path], taken: dict[str, str] | None = None) -> dict[Path, str]:
    """`<stem>.json`, or `<stem>-<hash of the resolved path>.json` when another input of this batch
    or of an earlier run into the same folder (`taken`: output name → input key) has that name."""
    taken = dict(taken or {})
    stems: dict[str, int] = {}
    for stem in map(output_stem, inputs):
        stems[stem] = stems.get(stem, 0) + 1
    names = {}
    for path in inputs:
        key, stem = input_key(path), output_stem(path)
        plain = f"{stem}.json"
        owned = [name for name, owner in taken.items() if owner == key]
        if owned:
            names[path] = owned[0]
            continue
        if stems[stem] > 1 or plain in taken:
            plain = f"{stem}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}.json"
        names[path] = plain
        taken[plain] = key
    return names


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
    """Process every input into `out_dir`, skipping those whose record is still current, then
    rebuild manifest and tables. Ctrl-C (KeyboardInterrupt) ends the batch early, with the
    manifest and tables of what finished.

    Raises:
        OutputError: the output folder cannot be written, or another run holds it.
        MissingDependencyError: OCR may be needed and tesseract or a language pack is missing.
    """
    ensure_output_dir(out_dir)
    with locked_output_dir(out_dir):
        key = run_key(options if _may_ocr(inputs, options) else options.model_copy(update={"ocr": OcrMode.NEVER}))
        return _process_locked(inputs, out_dir, options, key, executor or LocalExecutor(), force, on_done)


def _process_locked(inputs: list[Path], out_dir: Path, options: Options, key: RunKey, executor: Executor,
                    force: bool, on_done: Callable[[ManifestEntry], None] | None) -> BatchResult:
    previous = read_manifest(out_dir)
    names = output_names(inputs, {Path(e.output).name: k for k, e in previous.items() if e.output})
    result = BatchResult()

    def finish(path: Path, **fields: object) -> None:
        """Record one input's outcome (a failure unless `fields` say otherwise) in manifest and result."""
        entry = ManifestEntry(**{"input": path_text(path), "resolved": input_key(path), "status": FileStatus.FAILED,
                                 "pipeline_version": PIPELINE_VERSION, "run_key": key.id, "build": key.build} | fields)
        append_manifest(out_dir, entry)
        result.entries.append(entry)
        if on_done:
            on_done(entry)

    todo: dict[Path, str] = {}
    for path in inputs:
        try:
            sha = sha256_of(path)
        except OSError as err:
            finish(path, error=_unreadable(path, err))
            continue
        output = out_dir / names[path]
        record = None if force else _current_record(output, sha, key)
        if record is not None:
            finish(path, output=str(output), sha256=sha, pages=len(record.source.pages), status=FileStatus.SKIPPED,
                   run_key=record.run_key.id, build=record.run_key.build)
        else:
            todo[path] = sha
    finished = 0
    try:
        for path, (record_json, error, pages, seconds) in executor.run(largest_first(list(todo)), options, key):
            fields: dict = {"sha256": todo[path], "error": error, "pages": pages, "seconds": round(seconds, 3)}
            if record_json is not None:
                record = LetterRecord.model_validate_json(record_json)
                output = out_dir / names[path]
                write_letter(record, output)
                warnings = record.source.warnings
                fields |= {"output": str(output), "error": "; ".join(warnings) or None,
                           "status": FileStatus.PARTIAL if warnings else FileStatus.OK}
            finish(path, **fields)
            finished += 1
    except KeyboardInterrupt:
        result.interrupted = True
        log.warning("interrupted: %d of %d inputs were not processed", len(todo) - finished, len(todo))
    compact_manifest(out_dir)
    letters, damaged = _current_letters(out_dir)
    result.warnings += damaged
    links = write_tables(out_dir, letters)
    result.links = links.summary() if links.replies else None
    return result


def _unreadable(path: Path, err: OSError) -> str:
    """One sentence for an input that cannot be opened."""
    if path.is_symlink() and not path.exists():
        return f"It is a broken symbolic link (its target {path_text(os.readlink(path))} does not exist)."
    what = "The folder" if path.is_dir() else "The file"
    reason = "permission denied" if isinstance(err, PermissionError) else (err.strerror or str(err)).lower()
    return f"{what} cannot be read: {reason}."


def _may_ocr(inputs: list[Path], options: Options) -> bool:
    return options.ocr is not OcrMode.NEVER and any(p.suffix.lower() not in TEXT_SUFFIXES for p in inputs)


def _current_record(output: Path, sha256: str, key: RunKey) -> LetterRecord | None:
    """The letter in `output` if this run would make the same of an input with this content."""
    try:
        record = LetterRecord.model_validate_json(output.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if still_current(record, sha256, key) else None


def _current_letters(out_dir: Path) -> tuple[dict[str, LetterRecord], list[str]]:
    """The letters the manifest lists as done (looked up by name, so the folder may move), keyed
    by input, and a warning for each letter file that cannot be read."""
    letters, damaged = {}, []
    for entry in read_manifest(out_dir).values():
        output = out_dir / Path(entry.output).name if entry.output else None
        if entry.status is FileStatus.FAILED or not output or not output.exists():
            continue
        try:
            letters[entry.input] = LetterRecord.model_validate_json(output.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            damaged.append(f"{output.name} cannot be read ({type(err).__name__}); it is left out of the "
                           f"tables: run `parlbrief process --force` on {entry.input}.")
    return letters, damaged
