"""The writing edge: atomic letter files, the batch manifest and the flat tables."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from models import LetterRecord, ManifestEntry
from pipeline.errors import OutputError
from pipeline.tables import letter_row, party_rows, question_rows

MANIFEST = "manifest.jsonl"
TABLES = ("letters", "parties", "questions")
_UMASK = os.umask(0o022)
os.umask(_UMASK)  # read once: the process umask cannot be queried without setting it


def atomic_write_text(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so readers never see half a file.

    Raises:
        OutputError: the folder is not writable or the disk is full.
    """
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"Cannot write to {path.parent}: {err.strerror}.") from err
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp creates 0600; outputs are ordinary files for other readers
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"Cannot write {path.name} to {path.parent}: {err.strerror}.") from err


def ensure_output_dir(out_dir: Path) -> None:
    """Create the output folder and prove it is writable before any work starts."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"Cannot create the output folder {out_dir}: {err.strerror}.") from err
    atomic_write_text(out_dir / ".write-test", "")
    (out_dir / ".write-test").unlink()


def write_letter(record: LetterRecord, path: Path) -> None:
    atomic_write_text(path, record.model_dump_json(indent=1) + "\n")


def read_manifest(out_dir: Path) -> dict[str, ManifestEntry]:
    """Latest entry per input; a line torn by a crash is ignored."""
    entries: dict[str, ManifestEntry] = {}
    path = out_dir / MANIFEST
    if not path.exists():
        return entries
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = ManifestEntry.model_validate_json(line)
        except ValueError:
            continue
        entries[entry.input] = entry
    return entries


def append_manifest(out_dir: Path, entry: ManifestEntry) -> None:
    """Append one whole line at once, so a kill leaves at most one torn last line."""
    try:
        with (out_dir / MANIFEST).open("a", encoding="utf-8") as handle:
            handle.write(entry.model_dump_json() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as err:
        raise OutputError(f"Cannot append to {out_dir / MANIFEST}: {err.strerror}.") from err


def compact_manifest(out_dir: Path) -> None:
    """Rewrite the manifest with one line per input (the latest)."""
    entries = read_manifest(out_dir)
    atomic_write_text(out_dir / MANIFEST, "".join(e.model_dump_json() + "\n" for e in entries.values()))


def write_tables(out_dir: Path, letters: dict[str, LetterRecord]) -> None:
    """Rebuild letters/parties/questions.jsonl from the letter files (keyed by input path)."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for source, record in sorted(letters.items()):
        rows["letters"].append(letter_row(record, source))
        rows["parties"].extend(party_rows(record))
        rows["questions"].extend(question_rows(record))
    for name in TABLES:
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows[name])
        atomic_write_text(out_dir / f"{name}.jsonl", text)
