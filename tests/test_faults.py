"""Fault tolerance: crashed workers, killed batches, Dask execution with identical results."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pipeline.executors
from models import LetterRecord, Options
from pipeline.batch import discover_inputs, process_batch
from pipeline.executors import CRASHED, DaskExecutor, LocalExecutor
from parlbrief import load
from pipeline.write import read_manifest
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    for n in range(4):
        shutil.copy(FIXTURES / "000_f40aa334bcd0e282.txt", folder / f"gruene_{n}.txt")
        (folder / f"gruene_{n}.txt").write_text(f"Kopie {n}\n" + (FIXTURES / "000_f40aa334bcd0e282.txt").read_text())
    shutil.copy(FIXTURES / "003_9e91ae5cd01a6718.txt", folder / "spd.txt")
    return folder


def _comparable(record: LetterRecord) -> dict:
    """Everything but timings."""
    data = record.model_dump(mode="json")
    for page in data["source"]["pages"]:
        page.pop("seconds")
    return data


@pytest.mark.parametrize("workers", [1, 2])
def test_a_crashing_worker_fails_only_its_file(letters: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               workers: int):
    (letters / "crash.txt").write_text("Dieser Brief bringt den Arbeiter zum Absturz.")
    real_run_letter = pipeline.executors.run_letter

    def run_or_die(path: Path, options: Options, key=None):
        if path.name == "crash.txt":
            os._exit(9)  # what a segfault or an OOM kill looks like from the parent
        return real_run_letter(path, options, key)

    monkeypatch.setattr(pipeline.executors, "run_letter", run_or_die)  # inherited by forked workers
    result = process_batch(discover_inputs([letters]), tmp_path / "out", Options(), executor=LocalExecutor(workers))
    by_name = {Path(e.input).name: e for e in result.entries}
    assert by_name["crash.txt"].status == "failed" and by_name["crash.txt"].error == CRASHED
    assert all(e.status == "ok" for name, e in by_name.items() if name != "crash.txt")
    assert len(load(tmp_path / "out")["letters"]) == 5


def test_dask_cluster_gives_the_same_records_as_local(letters: Path, tmp_path: Path):
    pytest.importorskip("distributed")
    inputs = discover_inputs([letters])
    process_batch(inputs, tmp_path / "local", Options(), executor=LocalExecutor(1))
    result = process_batch(inputs, tmp_path / "dask", Options(), executor=DaskExecutor(workers=2))
    assert [e.status for e in result.entries] == ["ok"] * len(inputs)
    for path in inputs:
        local = LetterRecord.model_validate_json((tmp_path / "local" / f"{path.stem}.json").read_text())
        remote = LetterRecord.model_validate_json((tmp_path / "dask" / f"{path.stem}.json").read_text())
        assert _comparable(local) == _comparable(remote)


@pytest.mark.slow
def test_batch_killed_mid_run_recovers_on_rerun(tmp_path: Path, scan_png: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(6):  # distinct bytes (ignored after PNG's end), so six distinct letters
        (raw / f"scan_{n}.png").write_bytes(scan_png.read_bytes() + bytes([n]))
    shutil.copy(FIXTURES / "003_9e91ae5cd01a6718.txt", raw / "spd.txt")
    out = tmp_path / "out"
    command = [sys.executable, str(ROOT / "cli.py"), "process", str(raw), "--out", str(out), "--workers", "2"]
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    while len(list(out.glob("scan_*.json"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)  # parent and workers, as a power cut would
    proc.wait()
    assert len(list(out.glob("scan_*.json"))) < 6, "the batch finished before it could be killed"

    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert not list(out.glob(".*.tmp")), "a temporary file was left behind"
    manifest = read_manifest(out)
    assert len(manifest) == 7 and {e.status for e in manifest.values()} <= {"ok", "skipped"}
    assert len((out / "manifest.jsonl").read_text().splitlines()) == 7
    for entry in manifest.values():
        LetterRecord.model_validate_json(Path(entry.output).read_text())  # whole, valid files
    tables = load(out)
    assert sorted(tables["letters"]["source_file"]) == sorted(str(p) for p in raw.iterdir())
    assert tables["letters"]["letter_id"].is_unique
