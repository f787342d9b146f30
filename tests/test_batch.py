"""Batch runs through the CLI: manifest, skipping, failures, tables and exit codes."""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.batch import largest_first, output_names
from pipeline.ingest import sha256_of
from parlbrief import load
from tests.conftest import FIXTURES

runner = CliRunner()


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(FIXTURES / "000_f40aa334bcd0e282.txt", folder / "gruene.txt")
    shutil.copy(FIXTURES / "003_9e91ae5cd01a6718.txt", folder / "spd.txt")
    return folder


def _manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]


def test_batch_writes_letters_manifest_and_tables(raw: Path, tmp_path: Path):
    out = tmp_path / "out"
    before = {p.name: sha256_of(p) for p in raw.iterdir()}
    result = runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "2 ok, 0 skipped, 0 failed" in result.output
    assert {p.name for p in out.glob("*.json")} == {"gruene.json", "spd.json"}
    assert [e["status"] for e in _manifest(out)] == ["ok", "ok"]
    letter = json.loads((out / "spd.json").read_text())
    assert letter["schema_version"] and letter["letter_id"].startswith("pb-")
    assert letter["source"]["pages"][0]["method"] == "text"
    assert {p.name: sha256_of(p) for p in raw.iterdir()} == before  # originals untouched
    tables = load(out)
    assert len(tables["letters"]) == 2
    assert set(tables["letters"]["source_file"]) == {str(raw / "gruene.txt"), str(raw / "spd.txt")}


def test_rerun_skips_unchanged_and_force_redoes(raw: Path, tmp_path: Path):
    out = tmp_path / "out"
    runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "1"])
    again = runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "1"])
    assert "0 ok, 2 skipped" in again.output
    (raw / "spd.txt").write_text((raw / "spd.txt").read_text() + "\nNachtrag", encoding="utf-8")
    changed = runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "1"])
    assert "1 ok, 1 skipped" in changed.output
    forced = runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "1", "--force"])
    assert "2 ok, 0 skipped" in forced.output
    assert len(_manifest(out)) == 2  # compacted: one line per input


def test_bad_files_fail_alone_and_exit_1(raw: Path, tmp_path: Path):
    (raw / "empty.pdf").write_bytes(b"")
    (raw / "fake.pdf").write_text("just text", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "2"])
    assert result.exit_code == 1
    by_name = {Path(e["input"]).name: e for e in _manifest(out)}
    assert by_name["empty.pdf"]["status"] == "failed" and "empty" in by_name["empty.pdf"]["error"]
    assert by_name["fake.pdf"]["status"] == "failed" and "not a PDF" in by_name["fake.pdf"]["error"]
    assert by_name["spd.txt"]["status"] == "ok" and (out / "spd.json").exists()
    assert not (out / "empty.json").exists()
    assert len(load(out)["letters"]) == 2


def test_missing_input_is_a_usage_error(tmp_path: Path):
    result = runner.invoke(app, ["process", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_unwritable_output_is_a_clear_error(raw: Path, tmp_path: Path):
    out = tmp_path / "locked"
    out.mkdir()
    out.chmod(0o500)
    try:
        result = runner.invoke(app, ["process", str(raw), "--out", str(out)])
    finally:
        out.chmod(0o700)
    assert result.exit_code == 4
    assert "Cannot write" in result.output


def test_output_path_that_is_a_file_is_a_clear_error(raw: Path, tmp_path: Path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    result = runner.invoke(app, ["process", str(raw), "--out", str(blocker / "out")])
    assert result.exit_code == 4
    assert "Cannot create the output folder" in result.output


def test_same_stem_gets_a_hash_suffix():
    names = output_names([Path("a/brief.pdf"), Path("b/brief.pdf"), Path("c/other.txt")])
    assert names[Path("c/other.txt")] == "other.json"
    assert names[Path("a/brief.pdf")] != names[Path("b/brief.pdf")]
    assert all(n.startswith("brief-") for p, n in names.items() if p.stem == "brief")


def test_schema_command_prints_the_letter_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert "questions" in json.loads(result.output)["properties"]


def test_full_disk_is_a_clear_error_and_leaves_no_partial_file(raw: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch):
    import errno

    import pipeline.write

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    out = tmp_path / "out"
    monkeypatch.setattr(pipeline.write.os, "fsync", no_space)
    result = runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 4
    assert "No space left on device" in result.output
    assert [p.name for p in out.iterdir()] == []


def test_show_lists_each_processed_letter(raw: Path, tmp_path: Path):
    out = tmp_path / "out"
    runner.invoke(app, ["process", str(raw), "--out", str(out), "--workers", "1"])
    result = runner.invoke(app, ["show", str(out)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == 3 and "anfrage" in result.output and "antrag" in result.output


def test_big_files_are_started_first(tmp_path: Path):
    sizes = {"small.txt": 10, "big.txt": 3000, "middle.txt": 500}
    for name, size in sizes.items():
        (tmp_path / name).write_text("x" * size)
    ordered = largest_first(sorted(tmp_path.iterdir()) + [tmp_path / "gone.txt"])
    assert [p.name for p in ordered] == ["big.txt", "middle.txt", "small.txt", "gone.txt"]


ANFRAGE = """SPD-Kreistagsfraktion Kleve
Lindenallee 5
47533 Kleve

Kreis Kleve
Herrn Landrat Christoph Gerwers
Nassauerallee 15-23
47533 Kleve
                                                  Kleve, 12.02.2024

Anfrage: Schulbusverkehr im Nordkreis

Sehr geehrter Herr Landrat,

wir bitten um Beantwortung folgender Fragen:

1. Wie viele Schulbusse fahren im Nordkreis?

2. Wie viele Beschwerden gab es 2023?

Mit freundlichen Grüßen

Jürgen Franken
Fraktionsvorsitzender
"""


def test_a_reply_processed_later_links_to_its_anfrage_and_the_summary_says_so(tmp_path: Path):
    from tests.test_structure_replies import REPLY  # "Ihre Anfrage vom 12.02.2024", to the SPD faction

    first, later, out = tmp_path / "februar", tmp_path / "maerz", tmp_path / "out"
    first.mkdir(), later.mkdir()
    (first / "anfrage.txt").write_text(ANFRAGE, encoding="utf-8")
    (later / "antwort.txt").write_text(REPLY, encoding="utf-8")
    result = runner.invoke(app, ["process", str(first), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0 and "links:" not in result.output  # no reply yet
    result = runner.invoke(app, ["process", str(later), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    found = re.search(r"links: 1 of 1 Anfragen linked to one of 1 replies \(1 by cited date\); "
                      r"(\d+) questions answered, (\d+) not answered by their reply", result.output)
    assert found, result.output
    answered, unanswered = int(found[1]), int(found[2])
    assert answered + unanswered == 2
    questions = load(out)["questions"]
    anfrage_id = json.loads((out / "anfrage.json").read_text())["letter_id"]
    reply_id = json.loads((out / "antwort.json").read_text())["letter_id"]
    linked = questions[questions["letter_id"] == anfrage_id]
    assert linked["answer_letter_id"].notna().sum() == answered
    assert set(linked["answer_letter_id"].dropna()) <= {reply_id}
    assert set(linked["days_to_answer"].dropna()) <= {21}  # 12.02. → 4. März 2024
