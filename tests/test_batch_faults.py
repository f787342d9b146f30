"""Batch defects found under faults: unreadable inputs, odd names, stale records, orphaned workers.

Each test failed on the batch code before the fix it covers (issue "No stale, lost or clobbered
records, no orphaned workers"); the number in each docstring is the defect's.
"""
from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline.fingerprint
import pipeline.ocr
import pipeline.write
from cli import app
from models import FileStatus, LetterRecord, OcrMode, Options
from parlbrief import load
from pipeline.batch import discover_inputs, process_batch
from pipeline.executors import LocalExecutor
from pipeline.names import path_bytes
from pipeline.tables import TABLE_NAMES
from pipeline.write import MANIFEST, locked_output_dir, read_manifest
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
GRUENE = FIXTURES / "000_f40aa334bcd0e282.txt"
SPD = FIXTURES / "003_9e91ae5cd01a6718.txt"
runner = CliRunner()
ONE = LocalExecutor(1)


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(GRUENE, folder / "gruene.txt")
    shutil.copy(SPD, folder / "spd.txt")
    return folder


def _batch(inputs: list[Path], out: Path, options: Options = Options(), **kwargs) -> dict[str, object]:
    result = process_batch(discover_inputs(inputs), out, options, executor=ONE, **kwargs)
    return {Path(entry.input).name: entry for entry in result.entries}


def _cli(*args: str) -> subprocess.CompletedProcess:
    """`parlbrief` in a process of its own; as root without the permission override, so that
    file permissions count as they do for an archivist's account."""
    command = [sys.executable, str(ROOT / "cli.py"), *args]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("root without setpriv cannot drop its permission override")
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT)


def test_an_unreadable_input_fails_alone(raw: Path, tmp_path: Path):
    """1: a file without read permission fails with one sentence; the others are processed."""
    (raw / "locked.txt").write_text(SPD.read_text(encoding="utf-8"), encoding="utf-8")
    (raw / "locked.txt").chmod(0)
    out = tmp_path / "out"
    done = _cli("process", str(raw), "--out", str(out), "--workers", "1", "--ocr", "never")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    entries = {Path(e.input).name: e for e in read_manifest(out).values()}
    assert entries["locked.txt"].status is FileStatus.FAILED
    assert entries["locked.txt"].error == "The file cannot be read: permission denied."
    assert entries["gruene.txt"].status is entries["spd.txt"].status is FileStatus.OK


def test_unreadable_folders_and_broken_links_are_reported(raw: Path, tmp_path: Path):
    """18: an unreadable sub-folder and a broken symbolic link are failures with a reason, not silence."""
    (raw / "sub").mkdir()
    shutil.copy(SPD, raw / "sub" / "hidden.txt")
    (raw / "sub").chmod(0)
    (raw / "gone.txt").symlink_to(raw / "nowhere.txt")
    out = tmp_path / "out"
    try:
        done = _cli("process", str(raw), "--out", str(out), "--workers", "1", "--ocr", "never")
    finally:
        (raw / "sub").chmod(0o755)
    assert done.returncode == 1, done.stderr
    errors = {Path(e.input).name: e.error for e in read_manifest(out).values() if e.status is FileStatus.FAILED}
    assert errors["sub"] == "The folder cannot be read: permission denied."
    assert errors["gone.txt"].startswith("It is a broken symbolic link")


def test_a_file_name_that_is_not_utf8_is_processed_and_shown(raw: Path, tmp_path: Path):
    """2: a Latin-1 'ä' in a name: processed, recorded escaped (losslessly), shown readably."""
    latin1 = os.fsdecode(bytes(raw) + b"/Anfrage_M\xe4rz.txt")
    shutil.copy(SPD, latin1)
    out = tmp_path / "out"
    result = runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    entry = next(e for e in read_manifest(out).values() if "M\\xe4rz" in e.input)
    assert entry.status is FileStatus.OK
    assert path_bytes(entry.input) == os.fsencode(latin1)
    assert len(load(out)["letters"]) == 3
    assert "Anfrage_M\\xe4rz" in runner.invoke(app, ["show", str(out)]).output


def test_a_later_input_with_the_same_name_does_not_clobber_an_earlier_one(tmp_path: Path):
    """3: A/brief.txt in one run, B/brief.txt (other content) in a later run: two records."""
    for folder, source in (("A", GRUENE), ("B", SPD)):
        (tmp_path / folder).mkdir()
        shutil.copy(source, tmp_path / folder / "brief.txt")
    out = tmp_path / "out"
    _batch([tmp_path / "A"], out)
    _batch([tmp_path / "B"], out)
    letters = load(out)["letters"]
    assert sorted(Path(p).parent.name for p in letters["source_file"]) == ["A", "B"]
    assert letters["letter_id"].is_unique
    by_folder = {Path(row.source_file).parent.name: row for row in letters.itertuples()}
    assert by_folder["A"].doc_type == "anfrage" and by_folder["B"].doc_type != "anfrage"
    assert len(list(out.glob("brief*.json"))) == 2
    again = _batch([tmp_path / "A", tmp_path / "B"], out)  # both known now: both skipped, names kept
    assert {e.status for e in again.values()} == {FileStatus.SKIPPED}


def test_reruns_redo_exactly_what_a_change_affects(raw: Path, tmp_path: Path, born_digital_pdf: Path,
                                                  monkeypatch: pytest.MonkeyPatch):
    """4: the skip key covers version, code/data fingerprint and the options that shape a record."""
    shutil.copy(born_digital_pdf, raw / "born.pdf")
    out = tmp_path / "out"
    never = Options(ocr=OcrMode.NEVER)
    assert {e.status for e in _batch([raw], out, never).values()} == {FileStatus.OK}
    assert {e.status for e in _batch([raw], out, never).values()} == {FileStatus.SKIPPED}
    # --ocr always changes how the PDF is read, not the text files
    statuses = {name: e.status for name, e in _batch([raw], out, Options(ocr=OcrMode.ALWAYS)).items()}
    assert statuses == {"born.pdf": FileStatus.OK, "gruene.txt": FileStatus.SKIPPED, "spd.txt": FileStatus.SKIPPED}
    # another --dpi matters to the OCRed PDF only
    statuses = {name: e.status for name, e in _batch([raw], out, Options(ocr=OcrMode.ALWAYS, dpi=200)).items()}
    assert statuses == {"born.pdf": FileStatus.OK, "gruene.txt": FileStatus.SKIPPED, "spd.txt": FileStatus.SKIPPED}
    record = LetterRecord.model_validate_json((out / "born.json").read_text(encoding="utf-8"))
    assert record.run_key.ocr.endswith("dpi=200") and record.source.pages[0].ocr_engine
    # a new parlbrief version redoes everything
    monkeypatch.setattr(pipeline.fingerprint, "PIPELINE_VERSION", "99.0")
    assert {e.status for e in _batch([raw], out, Options(ocr=OcrMode.ALWAYS, dpi=200)).values()} == {FileStatus.OK}


def test_show_and_review_say_when_a_folder_mixes_versions(raw: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch):
    """4: records of different parlbrief versions or code in one folder are pointed out."""
    out = tmp_path / "out"
    _batch([raw / "gruene.txt"], out)
    assert "different" not in runner.invoke(app, ["show", str(out)]).output
    monkeypatch.setattr(pipeline.fingerprint, "PIPELINE_VERSION", "99.0")
    _batch([raw / "spd.txt"], out)
    shown = runner.invoke(app, ["show", str(out)])
    assert "2 letters were made by different parlbrief versions" in shown.output
    review = tmp_path / "review.html"
    assert runner.invoke(app, ["review", str(out), "-o", str(review), "--no-page-images"]).exit_code == 0
    assert "made by different parlbrief versions" in review.read_text(encoding="utf-8")


def _descendants(pid: int) -> set[int]:
    children: dict[int, set[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), set()).add(int(stat.parent.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").exists(), reason="reads the process tree from /proc")
@pytest.mark.parametrize("workers, executor", [(1, "local"), (2, "local"), (2, "dask")])
def test_no_process_of_a_killed_batch_survives(scan_png: Path, tmp_path: Path, workers: int, executor: str):
    """6: kill -9 of the batch's process: its workers and their tesseract processes end with it."""
    if executor == "dask":
        pytest.importorskip("distributed")
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(6):
        shutil.copy(scan_png, raw / f"scan{n}.png")
    batch = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "process", str(raw), "--out", str(tmp_path / "out"),
                              "--workers", str(workers), "--executor", executor], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    family: set[int] = set()
    while time.monotonic() < deadline:  # until a tesseract runs under the batch
        family = _descendants(batch.pid)
        if any(Path(f"/proc/{pid}/comm").exists() and "tesseract" in Path(f"/proc/{pid}/comm").read_text()
               for pid in family):
            break
        time.sleep(0.2)
    else:
        batch.kill()
        pytest.fail("the batch never started tesseract")
    batch.kill()
    batch.wait()
    time.sleep(5)
    survivors = {pid for pid in family | _descendants(batch.pid) if _alive(pid)}
    assert not survivors, [Path(f"/proc/{pid}/cmdline").read_text() for pid in survivors]


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_ends_the_batch_cleanly_with_a_summary(scan_png: Path, tmp_path: Path, stop: signal.Signals):
    """6: SIGTERM and Ctrl-C (SIGINT) end the batch with a summary and the tables of what finished."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(GRUENE, raw / "aaa.txt")  # small: finished first
    for n in range(4):
        shutil.copy(scan_png, raw / f"scan{n}.png")
    out = tmp_path / "out"
    batch = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "process", str(raw), "--out", str(out),
                              "--workers", "1"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (out / MANIFEST).exists():
        time.sleep(0.2)
    batch.send_signal(stop)
    stdout, stderr = batch.communicate(timeout=60)
    assert batch.returncode == 130, stderr
    assert "interrupted" in stderr and "inputs:" in stdout
    assert "Traceback" not in stderr
    letters = load(out)["letters"]
    assert len(letters) == sum(e.status is FileStatus.OK for e in read_manifest(out).values()) >= 1
    assert not list(out.glob(".*.tmp"))


def test_the_same_file_by_relative_and_absolute_path_is_one_input(raw: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch):
    """7: inputs are identified by resolved path: one manifest entry, one table row."""
    out = tmp_path / "out"
    monkeypatch.chdir(raw.parent)
    assert len(discover_inputs([Path("raw/spd.txt"), raw / "spd.txt"])) == 1
    _batch([Path("raw/spd.txt")], out)
    monkeypatch.chdir(raw)
    _batch([raw / "spd.txt"], out)
    _batch([Path("spd.txt")], out)
    assert len(read_manifest(out)) == 1
    assert len((out / MANIFEST).read_text().splitlines()) == 1
    assert len(load(out)["letters"]) == 1


def test_byte_identical_files_are_two_records_with_unique_ids(raw: Path, tmp_path: Path):
    """8: letter ids are unique per record; the content hash is kept beside them."""
    shutil.copy(raw / "spd.txt", raw / "spd_copy.txt")
    out = tmp_path / "out"
    _batch([raw], out)
    letters = load(out)["letters"]
    assert len(letters) == 3 and letters["letter_id"].is_unique
    assert letters["sha256"].duplicated().sum() == 1
    exported = runner.invoke(app, ["export", str(out), "--format", "oparl", "--to", str(tmp_path / "oparl"),
                                   "--body-id", "https://ris.example.org/oparl/v1/body/1"])
    assert exported.exit_code == 0, exported.output
    papers = json.loads((tmp_path / "oparl" / "paper.json").read_text(encoding="utf-8"))
    ids = [paper["id"] for paper in papers["data"]]
    assert len(ids) == 3 and len(set(ids)) == 3


def test_a_second_run_into_a_held_folder_stops_with_a_clear_error(raw: Path, tmp_path: Path):
    """9: two runs into one folder would lose manifest lines: the second waits for none and says why."""
    out = tmp_path / "out"
    out.mkdir()
    with locked_output_dir(out):
        result = runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 4
    assert "Another parlbrief run is writing to" in result.output
    assert runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "1"]).exit_code == 0


def test_a_very_long_file_name_is_processed_under_a_short_unique_name(raw: Path, tmp_path: Path):
    """10: names of ≥ 242 bytes: processed, output names shortened and still apart."""
    for tail in ("a", "b"):
        shutil.copy(SPD, raw / ("Anfrage_zur_Sanierung_der_Kreisstraße_" * 6 + tail + ".txt")[-250:])
    out = tmp_path / "out"
    statuses = {e.status for e in _batch([raw], out).values()}
    assert statuses == {FileStatus.OK}
    names = [p.name for p in out.glob("*.json")]
    assert len(names) == 4 and all(len(name.encode()) < 200 for name in names)


def test_a_damaged_letter_file_is_named_and_left_out_not_a_crash(raw: Path, tmp_path: Path):
    """11: a letter file damaged in the output folder: later runs warn and name it."""
    out = tmp_path / "out"
    runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "1"])
    (out / "spd.json").write_text('{"schema_version": "1.1", "letter_id"', encoding="utf-8")
    (raw / "new.txt").write_text(GRUENE.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["process", str(raw / "gruene.txt"), str(raw / "new.txt"), "--out", str(out),
                                 "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "spd.json cannot be read" in result.output
    assert len(load(out)["letters"]) == 2


def test_missing_tesseract_or_language_is_exit_3(raw: Path, tmp_path: Path, scan_png: Path,
                                                 monkeypatch: pytest.MonkeyPatch):
    """12: a missing tesseract or language pack is the documented exit 3, once, not a failure per file."""
    shutil.copy(scan_png, raw / "scan.png")
    result = runner.invoke(app, ["process", str(raw), "--out", str(tmp_path / "a"), "--lang", "xyz"])
    assert result.exit_code == 3 and "apt-get install tesseract-ocr tesseract-ocr-xyz" in result.output
    monkeypatch.setattr(pipeline.ocr.pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    pipeline.ocr.check_tesseract.cache_clear()
    pipeline.fingerprint.ocr_engine.cache_clear()
    try:
        result = runner.invoke(app, ["process", str(raw), "--out", str(tmp_path / "b")])
        assert result.exit_code == 3 and "tesseract is not installed" in result.output
        # text files alone need no tesseract
        assert runner.invoke(app, ["process", str(raw / "spd.txt"), "--out", str(tmp_path / "c")]).exit_code == 0
    finally:
        pipeline.ocr.check_tesseract.cache_clear()
        pipeline.fingerprint.ocr_engine.cache_clear()


def test_leftover_temporary_files_of_a_killed_run_are_removed(raw: Path, tmp_path: Path):
    """16: `.name.json.xxxx.tmp` files of a killed run are cleaned at the next run."""
    out = tmp_path / "out"
    out.mkdir()
    (out / ".spd.json.k3j2.tmp").write_text("{half")
    _batch([raw], out)
    assert not list(out.glob(".*.tmp"))


def test_a_full_disk_during_the_table_rewrite_leaves_the_tables_in_step(raw: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch):
    """17: the three tables are written as one unit: all of the old ones or all of the new ones."""
    out = tmp_path / "out"
    _batch([raw / "gruene.txt"], out)
    before = {name: (out / f"{name}.jsonl").read_text() for name in TABLE_NAMES}
    real_fsync, calls = os.fsync, []

    def fail_on_questions(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").split("/")[-1].startswith(".questions.jsonl"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        calls.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(pipeline.write.os, "fsync", fail_on_questions)
    with pytest.raises(pipeline.write.OutputError, match="No space left"):
        _batch([raw], out)
    assert {name: (out / f"{name}.jsonl").read_text() for name in TABLE_NAMES} == before
    assert not list(out.glob(".*.tmp"))


def test_a_line_break_in_a_file_name_keeps_log_lines_whole(raw: Path, tmp_path: Path,
                                                            caplog: pytest.LogCaptureFixture):
    """19: a newline in a name is escaped in the summary and in the log lines."""
    (raw / "zwei\nzeilen.txt").write_text("", encoding="utf-8")  # empty: fails, so it is named
    caplog.set_level(logging.INFO)
    result = runner.invoke(app, ["process", str(raw), "--out", str(tmp_path / "out"), "--workers", "1"])
    failed = [line for line in result.output.splitlines() if line.strip().startswith("failed:")]
    assert len(failed) == 1 and "zwei\\nzeilen.txt" in failed[0]
    assert "zwei\\nzeilen.txt" in caplog.text and "zwei\nzeilen" not in caplog.text


def test_export_and_review_of_an_empty_folder_say_nothing_was_found(tmp_path: Path):
    """19: `export` and `review` on a folder without letters say so and exit non-zero."""
    empty = tmp_path / "empty"
    empty.mkdir()
    exported = runner.invoke(app, ["export", str(empty), "--format", "csv"])
    reviewed = runner.invoke(app, ["review", str(empty), "-o", str(tmp_path / "r.html")])
    for result in (exported, reviewed):
        assert result.exit_code == 1 and "There are no processed letters in" in result.output


def test_an_input_without_text_is_partial_with_a_warning(raw: Path, tmp_path: Path):
    """14: a blank page is no silent "ok": the record is written, marked partial, and says why."""
    from PIL import Image

    Image.new("L", (800, 1100), 255).save(raw / "blank.png", dpi=(300, 300))
    out = tmp_path / "out"
    result = runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    entry = next(e for e in read_manifest(out).values() if e.input.endswith("blank.png"))
    assert entry.status is FileStatus.PARTIAL and entry.error == "no text found."
    assert "1 partial (check them)" in result.output and "partial: " in result.output
