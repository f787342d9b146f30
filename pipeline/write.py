"""The writing edge: atomic letter files, the batch manifest and the flat tables."""
from __future__ import annotations

import fcntl
import json
import logging
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from models import FileStatus, LetterRecord, ManifestEntry
from pipeline.errors import OutputError
from pipeline.links import Links
from pipeline.tables import TABLE_NAMES, table_rows

log = logging.getLogger(__name__)

MANIFEST = "manifest.jsonl"
TMP_SUFFIX = ".tmp"
_UMASK = os.umask(0o022)
os.umask(_UMASK)  # read once: the process umask cannot be queried without setting it


def atomic_write_text(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so readers never see half a file.

    Raises:
        OutputError: the folder is not writable or the disk is full.
    """
    atomic_write_texts({path: text})


def atomic_write_texts(files: dict[Path, str]) -> None:
    """Write several files as one unit: every temporary file first, then the renames, so a full
    disk leaves all of them as they were (renames do not need space).

    Raises:
        OutputError: a folder is not writable or the disk is full.
    """
    temporaries: dict[Path, str] = {}
    try:
        for path, text in files.items():
            temporaries[path] = _write_temporary(path, text)
    except OutputError:
        for tmp in temporaries.values():
            Path(tmp).unlink(missing_ok=True)
        raise
    for path, tmp in temporaries.items():
        os.replace(tmp, path)


def _write_temporary(path: Path, text: str) -> str:
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TMP_SUFFIX)
    except OSError as err:
        raise OutputError(f"Cannot write to {path.parent}: {err.strerror}.") from err
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp creates 0600; outputs are ordinary files for other readers
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"Cannot write {path.name} to {path.parent}: {err.strerror}.") from err
    return tmp


@contextmanager
def locked_output_dir(out_dir: Path) -> Iterator[None]:
    """Hold the output folder for one run: a second run into it stops at once with a clear error
    (two runs would lose each other's manifest lines). Temporary files that a killed run left
    behind are removed once the folder is ours.

    Raises:
        OutputError: another run holds the folder, or it cannot be opened.
    """
    try:
        fd = os.open(out_dir, os.O_RDONLY | os.O_DIRECTORY)  # the folder itself: no lock file to leave behind
    except OSError as err:
        raise OutputError(f"Cannot open the output folder {out_dir}: {err.strerror}.") from err
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            raise OutputError(f"Another parlbrief run is writing to {out_dir}; wait for it to finish "
                              "or choose another --out.") from err
        for leftover in out_dir.glob(f".*{TMP_SUFFIX}"):
            leftover.unlink(missing_ok=True)
        yield
    finally:
        os.close(fd)  # ends the lock (so does the death of the process)


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
    """Latest entry per input (by resolved path), keyed so; a line torn by a crash is ignored."""
    entries: dict[str, ManifestEntry] = {}
    path = out_dir / MANIFEST
    if not path.exists():
        return entries
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = ManifestEntry.model_validate_json(line)
        except ValueError:
            continue
        entries[entry.resolved or entry.input] = entry
    return entries


def version_mix(entries: Iterable[ManifestEntry]) -> str | None:
    """A sentence when the folder's records were made by different parlbrief builds, else None."""
    builds = Counter(entry.build or entry.pipeline_version for entry in entries if entry.status is not FileStatus.FAILED)
    if len(builds) < 2:
        return None
    listed = ", ".join(f"{build}: {count}" for build, count in builds.most_common())
    return (f"{sum(builds.values())} letters were made by different parlbrief versions ({listed}); "
            "`parlbrief process --force` remakes them with one.")


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


def write_tables(out_dir: Path, letters: dict[str, LetterRecord]) -> Links:
    """Rebuild letters/parties/questions.jsonl from the letter files (keyed by input path), each
    Anfrage's questions linked to its reply's answers when the reply is among them; returns the links.

    Raises:
        OutputError: the folder is not writable or the disk is full.
    """
    rows, links = table_rows(sorted(letters.items()))
    atomic_write_texts({
        out_dir / f"{name}.jsonl": "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows[name])
        for name in TABLE_NAMES
    })
    log_links(links, out_dir)
    return links


def log_links(links: Links, where: Path | str) -> None:
    """The links' summary, and why each reply or Anfrage left unlinked on purpose stayed so."""
    if links.replies:
        log.info("%s: links: %s", where, links.summary())
    for note in links.notes:
        log.warning("%s: links: %s", where, note)
