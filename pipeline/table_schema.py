"""Column types of the three flat tables (letters, parties, questions), as data, with their casts."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd
import pyarrow as pa

log = logging.getLogger(__name__)


class Kind(StrEnum):
    """Logical column types; each maps to one pandas nullable dtype and one Arrow type."""

    STRING = "string"
    INT = "integer"
    FLOAT = "number"
    BOOL = "boolean"
    DATE = "date"


# Kind → (pandas dtype, Arrow type). Dates are real dates (Arrow date32), not timestamps, so
# DuckDB sees DATE and `df.date.dt.year` works; every dtype is nullable (pd.NA for missing).
DTYPES: dict[Kind, tuple[object, pa.DataType]] = {
    Kind.STRING: ("string", pa.string()),
    Kind.INT: ("Int64", pa.int64()),
    Kind.FLOAT: ("Float64", pa.float64()),
    Kind.BOOL: ("boolean", pa.bool_()),
    Kind.DATE: (pd.ArrowDtype(pa.date32()), pa.date32()),
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    description: str
    required: bool = False


C, K = Column, Kind
# One tuple per table, in output order. `required` columns are never empty.
TABLES: dict[str, tuple[Column, ...]] = {
    "letters": (
        C("letter_id", K.STRING, "stable id from the input's content hash, e.g. pb-c73d6048436cbc30", True),
        C("doc_type", K.STRING, "anfrage, antrag, stellungnahme or brief", True),
        C("date", K.DATE, "the letter's date; the meeting's where none is printed (date_source)"),
        C("date_source", K.STRING, "printed, or meeting: no date printed, the date is that of the meeting the paper is for"),
        C("place", K.STRING, "place printed before the date, e.g. Kleve"),
        C("subject", K.STRING, "subject line (Betreff)"),
        C("reference", K.STRING, "Drucksache number or file reference as printed"),
        C("sender_organization", K.STRING, "sending faction or organisation"),
        C("sender_name", K.STRING, "first signatory"),
        C("addressee_name", K.STRING, "addressee's name, e.g. W. Spreen"),
        C("addressee_role", K.STRING, "addressee's office, e.g. Landrat"),
        C("addressee_organization", K.STRING, "addressee's authority, e.g. Kreis Kleve"),
        C("pages", K.INT, "number of pages", True),
        C("extraction_method", K.STRING, "text-layer, ocr or text: the method used for most pages"),
        C("mean_ocr_confidence", K.FLOAT, "mean OCR word confidence of the OCRed pages, 0-100"),
        C("questions", K.INT, "number of numbered questions", True),
        C("repairs", K.INT, "number of automatic text repairs applied", True),
        C("warnings", K.INT, "number of structure warnings", True),
        C("source_file", K.STRING, "input file as given to `parlbrief process`", True),
        C("sha256", K.STRING, "SHA-256 of the input file", True),
    ),
    "parties": (
        C("letter_id", K.STRING, "the letter (letters.letter_id)", True),
        C("part", K.STRING, "sender, signatory or addressee", True),
        C("name", K.STRING, "person's name as printed"),
        C("role", K.STRING, "office or function, e.g. Vorsitzender"),
        C("organization", K.STRING, "faction or authority the person acts for"),
    ),
    "questions": (
        C("letter_id", K.STRING, "the letter (letters.letter_id)", True),
        C("number", K.INT, "question number, 1-based", True),
        C("number_inferred", K.BOOL, "true when the number was not legible and follows from the sequence", True),
        C("label", K.STRING, 'number as printed, e.g. "3." or "III."'),
        C("text", K.STRING, "question text without its number, sub-questions included", True),
        C("subquestions", K.INT, "number of lettered sub-questions (a), b), ...)", True),
        C("page", K.INT, "1-based page where the question starts", True),
        C("answer_text", K.STRING, "the answer to this question in the Anfrage's reply, when the reply is in the "
                                   "same folder and answers it (see README: Links between an Anfrage and its reply)"),
        C("answer_letter_id", K.STRING, "the reply that answers it (letters.letter_id)"),
        C("answer_date", K.DATE, "date printed in that reply"),
        C("days_to_answer", K.INT, "days from the Anfrage's date to the reply's date; empty when either is "
                                   "undated or the reply's date is the earlier"),
    ),
}
del C, K


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table, each field carrying its description as metadata."""
    return pa.schema([
        pa.field(col.name, DTYPES[col.kind][1], nullable=not col.required,
                 metadata={"description": col.description})
        for col in TABLES[table]
    ])


def table_schema_json(table: str) -> dict:
    """A Frictionless Table Schema of a table, written next to CSV exports."""
    fields = [
        {"name": col.name, "type": col.kind.value, "description": col.description,
         **({"constraints": {"required": True}} if col.required else {})}
        for col in TABLES[table]
    ]
    return {"fields": fields, "missingValues": [""]}


def schema_markdown() -> str:
    """The column reference as Markdown tables (for the README)."""
    parts = []
    for table, columns in TABLES.items():
        parts.append(f"`{table}`\n\n| column | type | description |\n|---|---|---|")
        parts.extend(f"| {c.name} | {c.kind.value}{'' if c.required else ', nullable'} | {c.description} |"
                     for c in columns)
        parts.append("")
    return "\n".join(parts)


def empty_frame(table: str) -> pd.DataFrame:
    return pd.DataFrame({col.name: pd.Series([], dtype=DTYPES[col.kind][0]) for col in TABLES[table]})


def apply_schema(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Cast a table to its documented dtypes and column order.

    Accepts what JSON, CSV (all strings) or Parquet readers produce. Missing columns become all-NA;
    columns the schema does not know are kept at the end, untyped, and logged.

    Raises:
        ValueError: a value cannot be read as its column's type, or a required column has gaps.
    """
    if frame.empty and not len(frame.columns):
        return empty_frame(table)
    out = {}
    for col in TABLES[table]:
        values = frame[col.name] if col.name in frame else pd.Series([None] * len(frame), index=frame.index)
        try:
            out[col.name] = _cast(values, col.kind)
        except (ValueError, TypeError) as err:
            raise ValueError(f"{table}.{col.name}: {err}") from err
        if col.required and out[col.name].isna().any():
            raise ValueError(f"{table}.{col.name} is required but has missing values")
    extra = [name for name in frame.columns if name not in out]
    if extra:
        log.info("%s: columns without a documented type kept as they are: %s", table, ", ".join(extra))
    typed = pd.DataFrame(out, index=frame.index)
    for name in extra:
        typed[name] = frame[name]
    return typed.reset_index(drop=True)


def _cast(values: pd.Series, kind: Kind) -> pd.Series:
    dtype = DTYPES[kind][0]
    # Compare resolved dtypes: pandas 3's default `str` dtype compares equal to the alias "string".
    if values.dtype == pd.api.types.pandas_dtype(dtype):
        return values
    if kind is Kind.DATE:
        return pd.Series(pd.array([_to_date(v) for v in values], dtype=dtype), index=values.index)
    objects = values.astype(object).where(values.notna(), None)
    if kind is Kind.STRING:
        # An empty text and a missing one are the same thing in CSV, so they are the same here too.
        return objects.map(lambda v: None if v is None or v == "" else str(v)).astype(dtype)
    if kind is Kind.BOOL:
        return objects.map(_to_bool).astype(dtype)
    objects = objects.map(lambda v: None if v == "" else v)
    numbers = pd.to_numeric(objects, errors="raise")
    if kind is Kind.INT and numbers.notna().any() and (numbers.dropna() % 1 != 0).any():
        raise ValueError("non-integer value in an integer column")
    return numbers.astype(dtype)


def _to_date(value: object) -> dt.date | None:
    if value is None or value is pd.NA or value is pd.NaT or value == "":
        return None
    if isinstance(value, float) and value != value:  # NaN from a float column
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _to_bool(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    raise ValueError(f"not a boolean: {value!r}")
