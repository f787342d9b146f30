"""The record model's JSON Schema and round trips."""
from __future__ import annotations

from models import LetterRecord, Line, Page, PageMethod, SourceInfo


def test_letter_record_round_trips_through_json():
    page = Page(number=1, method=PageMethod.TEXT, lines=[Line(text="Sehr geehrter Herr Landrat,")])
    record = LetterRecord(
        pipeline_version="t",
        letter_id="pb-1",
        source=SourceInfo(file="a.txt", sha256="0" * 64, pages=[page]),
        text=page.text,
        raw_text=page.text,
    )
    again = LetterRecord.model_validate_json(record.model_dump_json())
    assert again == record
    assert again.source.pages[0].text == "Sehr geehrter Herr Landrat,"


def test_schema_names_every_question_field():
    schema = LetterRecord.model_json_schema()
    question = schema["$defs"]["Question"]["properties"]
    assert {"number", "label", "number_inferred", "text", "subquestions", "page"} <= set(question)


def test_committed_json_schema_is_current():
    """schema/letter.schema.json is what `parlbrief schema` prints; regenerate it when models change."""
    import json
    from pathlib import Path

    committed = json.loads((Path(__file__).resolve().parents[1] / "schema" / "letter.schema.json").read_text())
    assert committed == LetterRecord.model_json_schema()
