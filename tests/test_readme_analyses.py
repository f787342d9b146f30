"""The README's three analyses, run on the processed sample data and checked against the records."""
from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

import parlbrief
from models import Options
from pipeline.batch import discover_inputs, process_batch
from pipeline.export import export_tables, read_processed

ROOT = Path(__file__).resolve().parents[1]
SECTION = Path(__file__).parent / "data" / "readme_analyses.md"
HEADING = "### Three analyses on the sample data"


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


def test_the_section_has_three_analyses_and_the_readme_carries_them_unchanged():
    assert len(BLOCKS) == 3
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    if HEADING not in readme:
        pytest.skip("README.md has no analyses section yet (paste tests/data/readme_analyses.md)")
    assert _python_blocks(readme[readme.index(HEADING):])[:3] == BLOCKS


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
