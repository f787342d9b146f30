"""The answer reader on role-labelled replies (tests/data/answers/*.tsv, see its README): answer
prose the labeller calls something else, letter-marked questions, a reply answering in one."""
from __future__ import annotations

from pathlib import Path

import pytest

from models import DocType, LineRole, Question
from pipeline.structure_labelled import RoleLine, answers, doc_type

CASES = sorted((Path(__file__).parent / "data" / "answers").glob("*.tsv"))


def _read(path: Path) -> tuple[list[RoleLine], dict[str, list[str]]]:
    lines, expect = [], {"numbers": [], "answer": [], "absent": [], "holds": [], "question": [], "kind": [], "refers": []}
    page, index = 1, 0
    for row in path.read_text(encoding="utf-8").splitlines():
        if not row:  # a blank line: the lines around it are not adjacent
            index += 1
        elif row == "# page":
            page, index = page + 1, 0
        elif row.startswith("# ") and ":" in row:
            key, value = row[2:].split(":", 1)
            if key.split()[0] in expect:
                expect[key.split()[0]].append(f"{key[len(key.split()[0]):].strip()}\t{value.strip()}")
        elif row and not row.startswith("#"):
            role, p, text = row.split("\t")
            lines.append(RoleLine(page, index, text, LineRole(role), float(p)))
            index += 1
    return lines, expect


def test_there_are_cases() -> None:
    assert len(CASES) >= 6


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_answers_of_a_labelled_reply(path: Path) -> None:
    lines, expect = _read(path)
    asked = [Question(number=int(n), text=t) for n, t in (item.split("\t") for item in expect["question"])]
    read = answers(lines, asked)
    found = {a.number: a.text for a in read}
    for item in expect["kind"]:
        assert doc_type(lines) is DocType(item.split("\t")[1])
    assert sorted(found) == [int(n) for n in expect["numbers"][0].split("\t")[1].split()]
    for item in expect["answer"]:
        number, start = item.split("\t")
        assert found[int(number)].startswith(start), (number, found[int(number)])
    for item in expect["holds"]:
        number, text = item.split("\t")
        assert text in found[int(number)], (number, found[int(number)])
    for item in expect["absent"]:
        text = item.split("\t")[1]
        assert not any(text in answer for answer in found.values()), (text, found)
    for item in expect["refers"]:
        number, other = item.split("\t")
        assert next(a.refers_to for a in read if a.number == int(number)) == (None if other == "none" else int(other))
