"""Table exports: documented dtypes, and export → read back → the same tables for every format."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from tests.export_support import REPLY_ANSWERS, anfrage, antrag, processed_folder, reply, sample_folder
from pipeline.export import ExportFormat, build_frames, export_tables, read_processed, read_tables
from pipeline.table_schema import TABLES, apply_schema, arrow_schema, schema_markdown, table_schema_json
from pipeline.tables import letter_row, party_rows, question_rows
from parlbrief import load

TABLE_FORMATS = [ExportFormat.PARQUET, ExportFormat.CSV, ExportFormat.JSONL]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return sample_folder(tmp_path)


def test_every_row_key_of_tables_py_is_documented():
    # Fails when pipeline/tables.py gains a column that table_schema.py does not type and describe.
    record = anfrage()
    for name, rows in (("letters", [letter_row(record)]), ("parties", party_rows(record)),
                       ("questions", question_rows(record))):
        assert set(rows[0]) == {col.name for col in TABLES[name]}, name


def test_frames_have_the_documented_dtypes(folder: Path):
    frames = build_frames(read_processed(folder))
    letters = frames["letters"]
    assert str(letters["date"].dtype) == "date32[day][pyarrow]"
    assert str(letters["pages"].dtype) == "Int64" and str(letters["mean_ocr_confidence"].dtype) == "Float64"
    assert str(letters["subject"].dtype) == "string"
    assert str(frames["questions"]["number_inferred"].dtype) == "boolean"
    # Dates are dates: the antrag has none (NA), the others have theirs; years work through .dt.
    assert letters["date"].iloc[:2].tolist() == [dt.date(2024, 3, 5), dt.date(2023, 12, 1)]
    assert letters["date"].isna().tolist() == [False, False, True]
    assert letters["date"].dt.year.tolist()[:2] == [2024, 2023]
    assert letters["reference"].isna().tolist() == [False, False, True]


def test_failed_inputs_have_no_rows_and_rows_follow_input_order(folder: Path):
    frames = build_frames(read_processed(folder))
    assert frames["letters"]["source_file"].tolist() == ["in/a_anfrage.pdf", "in/b_anfrage_2023.pdf", "in/c_antrag.pdf"]
    assert len(frames["questions"]) == 4
    parts = ["sender", "signatory", "addressee"] * 2 + ["sender", "signatory", "signatory"]
    assert frames["parties"]["part"].tolist() == parts


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_round_trip(folder: Path, tmp_path: Path, fmt: ExportFormat):
    expected = build_frames(read_processed(folder))
    paths = export_tables(folder, fmt, tmp_path / "out")
    assert all(path.exists() for path in paths)
    back = read_tables(tmp_path / "out", fmt)
    for name in TABLES:
        pd.testing.assert_frame_equal(back[name], expected[name], check_exact=True)
    # The text that needs quoting in CSV survived: quotes, <, ;, commas and umlauts.
    assert back["questions"]["text"][1] == 'Was kostet das "Ticket" <pro> Jahr; a) brutto, b) netto?'


def test_parquet_carries_arrow_types_and_descriptions(folder: Path, tmp_path: Path):
    export_tables(folder, "parquet", tmp_path)
    schema = pq.read_schema(tmp_path / "letters.parquet")
    assert str(schema.field("date").type) == "date32[day]"
    assert str(schema.field("questions").type) == "int64"
    assert not schema.field("letter_id").nullable and schema.field("place").nullable
    assert schema.field("date").metadata[b"description"].startswith(b"the letter's date")
    assert schema.remove_metadata().equals(arrow_schema("letters").remove_metadata())


def test_csv_gets_a_table_schema_next_to_it(folder: Path, tmp_path: Path):
    export_tables(folder, "csv", tmp_path)
    schema = json.loads((tmp_path / "questions.schema.json").read_text(encoding="utf-8"))
    types = {field["name"]: field["type"] for field in schema["fields"]}
    assert types["number"] == "integer" and types["number_inferred"] == "boolean" and types["text"] == "string"
    assert schema == table_schema_json("questions")
    header = (tmp_path / "questions.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == [field["name"] for field in schema["fields"]]


def test_processed_jsonl_tables_agree_with_the_export(folder: Path):
    # The .jsonl tables `parlbrief process` writes, typed by the schema, equal the export's frames.
    loaded = load(folder)
    expected = build_frames(read_processed(folder))
    for name in TABLES:
        pd.testing.assert_frame_equal(apply_schema(name, loaded[name]), expected[name])


REPLY = reply("c.pdf", answers=REPLY_ANSWERS[:1])  # answers question 1 only


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    """An Anfrage, an Antrag and the Anfrage's reply."""
    return processed_folder(tmp_path / "linked", {"in/a.pdf": anfrage("a.pdf"), "in/b.pdf": antrag("b.pdf"),
                                                  "in/c.pdf": REPLY})


def test_questions_carry_the_answer_of_the_linked_reply(linked: Path):
    questions = build_frames(read_processed(linked))["questions"]
    assert str(questions["answer_date"].dtype) == "date32[day][pyarrow]"
    assert str(questions["days_to_answer"].dtype) == "Int64" and str(questions["answer_text"].dtype) == "string"
    first, second = questions.iloc[0], questions.iloc[1]
    assert first["letter_id"] == anfrage("a.pdf").letter_id and first["number"] == 1
    assert (first["answer_text"], first["answer_letter_id"], first["answer_date"], first["days_to_answer"]) == (
        "Derzeit nutzen 1.250 Schülerinnen und Schüler die Busse.", REPLY.letter_id, dt.date(2024, 3, 19), 14)
    assert all(pd.isna(second[name]) for name in ("answer_text", "answer_letter_id", "answer_date", "days_to_answer"))
    # The reply's own questions are not linked to anything: its answers live in its record.
    assert questions.loc[questions["letter_id"] == REPLY.letter_id, "answer_letter_id"].isna().all()


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_answer_columns_round_trip(linked: Path, tmp_path: Path, fmt: ExportFormat):
    expected = build_frames(read_processed(linked))
    export_tables(linked, fmt, tmp_path / "out")
    pd.testing.assert_frame_equal(read_tables(tmp_path / "out", fmt)["questions"], expected["questions"], check_exact=True)
    pd.testing.assert_frame_equal(load(linked)["questions"], expected["questions"])  # the .jsonl tables of `process`


def test_answer_columns_are_described():
    columns = {col.name: col for col in TABLES["questions"]}
    kinds = {name: columns[name].kind.value for name in ("answer_text", "answer_letter_id", "answer_date", "days_to_answer")}
    assert kinds == {"answer_text": "string", "answer_letter_id": "string", "answer_date": "date", "days_to_answer": "integer"}
    assert not any(columns[name].required for name in kinds) and all(columns[name].description for name in kinds)


def test_apply_schema_rejects_values_of_the_wrong_type():
    with pytest.raises(ValueError, match="questions.number"):
        apply_schema("questions", pd.DataFrame([{"letter_id": "x", "number": "drei", "number_inferred": False,
                                                 "text": "t", "subquestions": 0, "page": 1}]))
    with pytest.raises(ValueError, match="questions.page"):
        apply_schema("questions", pd.DataFrame([{"letter_id": "x", "number": 1, "number_inferred": "false",
                                                 "text": "t", "subquestions": 0, "page": 1.5}]))
    with pytest.raises(ValueError, match="letters.letter_id is required"):
        apply_schema("letters", pd.DataFrame([{"letter_id": None}]))


def test_apply_schema_reads_csv_strings():
    raw = pd.DataFrame([{"letter_id": "x", "number": "3", "number_inferred": "True", "label": "",
                         "text": "Müll?", "subquestions": "0", "page": "2"}])
    typed = apply_schema("questions", raw)
    assert typed.loc[0, "number"] == 3 and bool(typed.loc[0, "number_inferred"]) is True
    assert pd.isna(typed.loc[0, "label"]) and typed.loc[0, "page"] == 2


def test_empty_folder_exports_empty_typed_tables(tmp_path: Path):
    folder = processed_folder(tmp_path / "p", {})
    for fmt in TABLE_FORMATS:
        export_tables(folder, fmt, tmp_path / fmt.value)
        back = read_tables(tmp_path / fmt.value, fmt)
        assert len(back["letters"]) == 0 and str(back["letters"]["date"].dtype) == "date32[day][pyarrow]"


def test_folder_without_manifest_is_read_from_its_letter_files(tmp_path: Path):
    folder = processed_folder(tmp_path / "p", {"x/antrag.pdf": antrag()})
    (folder / "manifest.jsonl").unlink()
    letters = read_processed(folder)
    assert [letter.record.letter_id for letter in letters] == [antrag().letter_id]


def test_missing_folder_raises(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        export_tables(tmp_path / "nope", "csv", tmp_path / "out")


def test_schema_markdown_lists_every_column():
    text = schema_markdown()
    for name, columns in TABLES.items():
        assert f"`{name}`" in text
        assert all(f"| {col.name} |" in text for col in columns)


def _cli_command(name: str):
    """cli.app if it has the command (the lead adds it to cli.py), else skip."""
    import cli

    if not any((c.name or c.callback.__name__) == name for c in cli.app.registered_commands):
        pytest.skip(f"cli.py has no `{name}` command yet")
    return cli.app


def test_cli_export(folder: Path, tmp_path: Path):
    from typer.testing import CliRunner

    app, runner = _cli_command("export"), CliRunner()
    result = runner.invoke(app, ["export", str(folder), "--format", "csv", "--to", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    assert len(read_tables(tmp_path / "csv", "csv")["letters"]) == 3
    result = runner.invoke(app, ["export", str(folder), "--format", "oparl", "--to", str(tmp_path / "o")])
    assert result.exit_code == 2 and "--body-id" in result.output
    result = runner.invoke(app, ["export", str(folder), "--format", "oparl", "--body-id", "https://x.example/body/1",
                                 "--to", str(tmp_path / "o")])
    assert result.exit_code == 0 and (tmp_path / "o" / "paper.json").exists()
    assert runner.invoke(app, ["export", str(tmp_path / "missing")]).exit_code == 2
    (folder / "a_anfrage.json").write_text("{not json", encoding="utf-8")
    assert runner.invoke(app, ["export", str(folder), "--to", str(tmp_path / "p")]).exit_code == 1


def test_parlbrief_load_returns_the_exported_tables(folder: Path, tmp_path: Path):
    import parlbrief

    if not hasattr(parlbrief, "load"):
        pytest.skip("parlbrief.load is not exported yet (parlbrief/__init__.py)")
    export_tables(folder, "parquet", tmp_path / "parquet")
    loaded, exported = parlbrief.load(folder), read_tables(tmp_path / "parquet", "parquet")
    for name in TABLES:
        pd.testing.assert_frame_equal(loaded[name], exported[name])


def test_read_tables_reads_the_processed_folder_and_tolerates_missing_files(folder: Path, tmp_path: Path):
    frames = read_tables(folder, "jsonl")  # the .jsonl tables `parlbrief process` wrote
    expected = build_frames(read_processed(folder))
    for name in TABLES:
        pd.testing.assert_frame_equal(frames[name], expected[name])
    empty = read_tables(tmp_path / "nothing-here", "jsonl")
    assert [len(empty[name]) for name in TABLES] == [0, 0, 0]
    assert str(empty["questions"]["number"].dtype) == "Int64"


def test_records_that_break_the_schema_are_an_input_error(folder: Path, monkeypatch: pytest.MonkeyPatch):
    from pipeline import tables as tables_module
    from pipeline.errors import InputError

    monkeypatch.setattr(tables_module, "question_rows",
                        lambda record, answers=None: [{"letter_id": record.letter_id, "number": "x"}])
    with pytest.raises(InputError, match="questions.number"):
        build_frames(read_processed(folder))
