"""Table exports of a processed folder: letters, parties and questions as Parquet, CSV or JSON Lines."""
from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pandas as pd

from models import FileStatus, LetterRecord, ManifestEntry
from pipeline import PIPELINE_VERSION
from pipeline.errors import InputError, OutputError
from pipeline.table_schema import TABLES, apply_schema, arrow_schema, table_schema_json
from pipeline.tables import table_rows
from pipeline.write import MANIFEST, atomic_write_text, ensure_output_dir, read_manifest

log = logging.getLogger(__name__)


class ExportFormat(StrEnum):
    PARQUET = "parquet"
    CSV = "csv"
    JSONL = "jsonl"
    OPARL = "oparl"


TABLE_FORMATS = (ExportFormat.PARQUET, ExportFormat.CSV, ExportFormat.JSONL)
SUFFIX = {ExportFormat.PARQUET: ".parquet", ExportFormat.CSV: ".csv", ExportFormat.JSONL: ".jsonl"}


@dataclass(frozen=True)
class ProcessedLetter:
    """One input of a processed folder: its manifest entry and, unless it failed, its record."""

    entry: ManifestEntry
    record: LetterRecord | None = None


def read_processed(processed_dir: str | Path) -> list[ProcessedLetter]:
    """Every input of a folder written by `parlbrief process`, sorted by input path.

    Letter files are looked up by name inside `processed_dir`, so the folder may have been moved.
    A folder without a manifest is read as a plain set of letter files.

    Raises:
        FileNotFoundError: the folder does not exist.
        InputError: a letter file is not a valid letter record.
    """
    folder = Path(processed_dir)
    if not folder.is_dir():
        raise FileNotFoundError(f"No such folder: {folder}")
    entries = read_manifest(folder)
    if not entries and not (folder / MANIFEST).exists():
        entries = _entries_without_manifest(folder)
    letters = []
    for key in sorted(entries):
        entry = entries[key]
        path = folder / Path(entry.output).name if entry.output else None
        record = None
        if entry.status is not FileStatus.FAILED and path is not None and path.exists():
            record = _read_record(path)
        letters.append(ProcessedLetter(entry, record))
    return letters


def holds_letters(processed_dir: str | Path) -> bool:
    """Whether `parlbrief process` wrote anything into the folder (a manifest entry or a letter file)."""
    folder = Path(processed_dir)
    return bool(read_manifest(folder)) or any(folder.glob("*.json"))


def build_frames(letters: Iterable[ProcessedLetter]) -> dict[str, pd.DataFrame]:
    """The three typed tables of the letters that have a record (see `pipeline.table_schema`),
    each Anfrage's questions linked to its reply's answers (see `pipeline.links`).

    Raises:
        InputError: a record holds a value its column's type cannot take (a schema mismatch).
    """
    rows, _ = table_rows((letter.entry.input, letter.record) for letter in letters if letter.record is not None)
    try:
        return {name: apply_schema(name, pd.DataFrame(rows[name])) for name in TABLES}
    except ValueError as err:
        # Not a usage error: the records and the table schema disagree, so say which column.
        raise InputError(f"The letter records do not fit the table schema: {err}.") from err


def write_tables(frames: dict[str, pd.DataFrame], fmt: ExportFormat, out_dir: Path) -> list[Path]:
    """Write each table as `<name>.<fmt>` (CSV also gets `<name>.schema.json`); returns the paths.

    Raises:
        OutputError: the folder cannot be written.
    """
    ensure_output_dir(out_dir)
    paths = []
    for name in TABLES:
        frame = frames[name][[col.name for col in TABLES[name]]]
        path = out_dir / f"{name}{SUFFIX[fmt]}"
        if fmt is ExportFormat.PARQUET:
            _write_parquet(frame, name, path)
        elif fmt is ExportFormat.CSV:
            atomic_write_text(path, frame.to_csv(index=False, lineterminator="\n"))
            schema_path = out_dir / f"{name}.schema.json"
            atomic_write_text(schema_path, json.dumps(table_schema_json(name), indent=1, ensure_ascii=False) + "\n")
            paths.append(schema_path)
        else:
            atomic_write_text(path, "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in _json_rows(frame)))
        paths.append(path)
    return paths


def read_tables(export_dir: str | Path, fmt: ExportFormat | str) -> dict[str, pd.DataFrame]:
    """Read tables written by `write_tables` back with their documented dtypes.

    With fmt "jsonl" this also reads the tables `parlbrief process` writes into its output folder.
    A missing table file gives an empty table.
    """
    fmt, folder = ExportFormat(fmt), Path(export_dir)
    frames = {}
    for name in TABLES:
        path = folder / f"{name}{SUFFIX[fmt]}"
        if not path.exists():
            raw = pd.DataFrame()
        elif fmt is ExportFormat.PARQUET:
            raw = pd.read_parquet(path)
        elif fmt is ExportFormat.CSV:
            # Everything as text first: the schema, not pandas' guessing, decides the types.
            raw = pd.read_csv(path, dtype=str, keep_default_na=False)
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
            raw = pd.DataFrame([json.loads(line) for line in lines if line.strip()])
        frames[name] = apply_schema(name, raw)
    return frames


def export_tables(processed_dir: str | Path, fmt: ExportFormat | str, out_dir: str | Path) -> list[Path]:
    """Library entry point of `parlbrief export --format parquet|csv|jsonl`.

    Raises:
        FileNotFoundError: `processed_dir` does not exist.
        InputError: a letter file is not a valid letter record.
        OutputError: `out_dir` cannot be written.
    """
    fmt = ExportFormat(fmt)
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"{fmt} is not a table format; use export_oparl")
    frames = build_frames(read_processed(processed_dir))
    paths = write_tables(frames, fmt, Path(out_dir))
    log.info("exported %d letters, %d parties, %d questions as %s to %s", len(frames["letters"]),
             len(frames["parties"]), len(frames["questions"]), fmt.value, out_dir)
    return paths


def export(processed_dir: str | Path, fmt: ExportFormat | str, out_dir: str | Path,
           body_id: str | None = None) -> list[Path]:
    """What `parlbrief export` calls: tables in `fmt`, or OParl objects when `fmt` is oparl.

    Raises:
        ValueError: oparl without an absolute http(s) `body_id`.
        FileNotFoundError, InputError, OutputError: see `export_tables`.
    """
    if ExportFormat(fmt) is ExportFormat.OPARL:
        from pipeline.export_oparl import export_oparl  # imports this module, so imported late

        if not body_id:
            raise ValueError("--format oparl needs --body-id, the URL of the OParl body the letters belong to")
        return export_oparl(processed_dir, body_id, out_dir)
    return export_tables(processed_dir, fmt, out_dir)


def _write_parquet(frame: pd.DataFrame, name: str, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame, schema=arrow_schema(name), preserve_index=False)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        pq.write_table(table, tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; exports are for other people too
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"Cannot write {path.name} to {path.parent}: {err.strerror}.") from err


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _json_rows(frame: pd.DataFrame) -> Iterable[dict]:
    """Rows as plain JSON values: NA → null, dates → ISO strings, numpy scalars → Python."""
    for row in frame.astype(object).itertuples(index=False):
        yield {
            name: None if pd.isna(value) else value.isoformat() if hasattr(value, "isoformat")
            else value.item() if hasattr(value, "item") else value
            for name, value in zip(frame.columns, row)
        }


def _read_record(path: Path) -> LetterRecord:
    try:
        return LetterRecord.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as err:
        raise InputError(
            f"{path} is not a letter record of this parlbrief version ({err.__class__.__name__}); "
            "run `parlbrief process --force` again."
        ) from err


def _entries_without_manifest(folder: Path) -> dict[str, ManifestEntry]:
    """Manifest entries for a folder that holds only letter files (e.g. copied by hand)."""
    entries = {}
    for path in sorted(folder.glob("*.json")):
        record = _read_record(path)
        entries[record.source.file] = ManifestEntry(
            input=record.source.file, output=path.name, sha256=record.source.sha256,
            pipeline_version=record.pipeline_version or PIPELINE_VERSION, status=FileStatus.OK,
            pages=len(record.source.pages))
    return entries
