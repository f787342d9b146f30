"""The README's four analyses, run on the processed sample data and checked against the records."""
from __future__ import annotations

import re
import shutil
import statistics
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import parlbrief
from models import Options
from pipeline.batch import discover_inputs, process_batch
from pipeline.export import export_tables, read_processed
from pipeline.links import link_letters

ROOT = Path(__file__).resolve().parents[1]
SECTION = Path(__file__).parent / "data" / "readme_analyses.md"
HEADING = "### Four analyses on the sample data"


def _python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, re.DOTALL)


BLOCKS = _python_blocks(SECTION.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working folder as after `make demo` and `parlbrief export … --format parquet --to data/export`."""
    root = tmp_path_factory.mktemp("sample")
    shutil.copytree(ROOT / "data" / "raw", root / "data" / "raw", ignore=shutil.ignore_patterns("*.py"))
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)  # relative paths, as in the README: source_file is "data/raw/…"
        process_batch(discover_inputs([Path("data/raw")]), Path("data/processed"), Options())
        export_tables("data/processed", "parquet", "data/export")
    return root


def _run(block: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.chdir(folder)
    namespace: dict = {}
    exec(compile(block, "README analysis", "exec"), namespace)  # noqa: S102 - our own README code
    return namespace


def _records(folder: Path) -> list:
    return [letter.record for letter in read_processed(folder / "data" / "processed") if letter.record]


def test_the_section_has_four_analyses_and_the_readme_carries_them_unchanged():
    assert len(BLOCKS) == 4
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    if HEADING not in readme:
        pytest.skip("README.md has no analyses section yet (paste tests/data/readme_analyses.md)")
    assert _python_blocks(readme[readme.index(HEADING):])[:4] == BLOCKS
    assert SECTION.read_text(encoding="utf-8") in readme


@pytest.mark.slow
def test_questions_per_faction_per_year(sample: Path, monkeypatch: pytest.MonkeyPatch):
    if not hasattr(parlbrief, "load"):
        pytest.skip("parlbrief.load is not exported yet (parlbrief/__init__.py)")
    per_year = _run(BLOCKS[0], sample, monkeypatch)["per_year"]
    expected: Counter = Counter()
    for record in _records(sample):
        expected[(record.sender.organization, record.date.year)] += len(record.questions)
    assert {key: int(value) for key, value in per_year.items()} == dict(expected)
    assert any(value > 0 for value in expected.values())


@pytest.mark.slow
def test_most_frequent_addressees(sample: Path, monkeypatch: pytest.MonkeyPatch):
    addressees = _run(BLOCKS[1], sample, monkeypatch)["addressees"]
    expected = Counter(", ".join(filter(None, [r.addressee.name, r.addressee.role, r.addressee.organization]))
                       for r in _records(sample) if r.addressee.name or r.addressee.role or r.addressee.organization)
    assert dict(zip(addressees["addressee"], addressees["letters"])) == dict(expected)
    assert addressees["letters"].is_monotonic_decreasing


@pytest.mark.slow
def test_full_text_search(sample: Path, monkeypatch: pytest.MonkeyPatch):
    hits = _run(BLOCKS[2], sample, monkeypatch)["hits"]
    pattern = re.compile(r"\blandeseinrichtung|\barbeitsmarkt", re.IGNORECASE)
    expected = sorted((letter.entry.input, q.number) for letter in read_processed(sample / "data" / "processed")
                      if letter.record for q in letter.record.questions if pattern.search(q.text))
    assert sorted(zip(hits["source_file"], hits["number"])) == expected
    assert expected, "the sample's questions mention Landeseinrichtungen"
    assert all(pattern.search(text) for text in hits["text"])


def _answered_per_faction(records: list) -> dict[str, tuple[int, int, float | None, float]]:
    """Questions, answered, median days and share answered per faction, straight from the records."""
    links = link_letters(records)
    asked: Counter = Counter()
    answered: Counter = Counter()
    days: dict[str, list[int]] = defaultdict(list)
    for record in records:
        if record.doc_type.value != "anfrage":
            continue
        answers = links.answers(record.letter_id)
        faction = record.sender.organization
        asked[faction] += len(record.questions)
        answered[faction] += sum(1 for q in record.questions if q.number in answers)
        days[faction] += [answers[q.number].days for q in record.questions
                          if q.number in answers and answers[q.number].days is not None]
    return {faction: (asked[faction], answered[faction],
                      statistics.median(days[faction]) if days[faction] else None, answered[faction] / asked[faction])
            for faction in asked}


def _table(frame: pd.DataFrame) -> dict[str, tuple[int, int, float | None, float]]:
    return {faction: (int(row["questions"]), int(row["answered"]),
                      None if pd.isna(row["median_days"]) else float(row["median_days"]), float(row["share_answered"]))
            for faction, row in frame.iterrows()}


@pytest.mark.slow
def test_share_answered_and_days_to_answer(sample: Path, monkeypatch: pytest.MonkeyPatch):
    answers = _run(BLOCKS[3], sample, monkeypatch)["answers"]
    expected = _answered_per_faction(_records(sample))
    assert _table(answers) == expected
    assert sum(asked for asked, *_ in expected.values()) > 0  # the sample's Anfragen are in it (none answered yet)


def test_share_answered_on_a_folder_with_replies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The fourth analysis on a hand-made folder: two Anfragen of one faction with replies, one of another without."""
    from models import Answer, Sender, Signatory
    from tests.export_support import anfrage, processed_folder, reply

    spd = dict(sender=Sender(name="Jürgen Beispiel", organization="SPD-Kreistagsfraktion Beispielkreis"),
               signatories=[Signatory(name="Jürgen Beispiel")], reference="DS 12/999")
    records = {
        "in/a.pdf": anfrage("a.pdf"),  # answered in full after 14 days
        "in/a_reply.pdf": reply("a_reply.pdf"),
        "in/b.pdf": anfrage("b.pdf", reference="DS 12/400", date=date(2024, 5, 2)),  # one of two, after 30 days
        "in/b_reply.pdf": reply("b_reply.pdf", reference="DS 12/400", date=date(2024, 6, 1), head="Antwort",
                                answers=[Answer(number=2, text="Der Kreis trägt die Kosten.")]),
        "in/c.pdf": anfrage("c.pdf", **spd),  # no reply
    }
    processed_folder(tmp_path / "data" / "processed", records)
    answers = _run(BLOCKS[3], tmp_path, monkeypatch)["answers"]
    assert _table(answers) == {"Fraktion Musterliste im Kreistag Beispielkreis": (4, 3, 14.0, 0.75),
                               "SPD-Kreistagsfraktion Beispielkreis": (2, 0, None, 0.0)}
    assert _table(answers) == _answered_per_faction(list(records.values()))
