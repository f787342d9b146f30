"""Line roles of the generated gold letters (tests/gold/<id>/roles.tsv): complete, reproducible, and
consistent with the letter's gold record."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from models.lines import LineRole

GOLD = Path(__file__).parent / "gold"
INDEX = json.loads((GOLD / "index.json").read_text(encoding="utf-8"))
GENERATED = [e["id"] for e in INDEX if not e["id"].startswith("seed")]  # seeds: data/labels/seeds/
HEADER = "page\tline\trole"
# The page headers and footers the generator prints (as in test_gold_corpus.py).
PAGE_MARKS = re.compile(r"^(Seite \d+ von \d+|- \d+ -|.* – Schreiben vom \d\d\.\d\d\.\d{4})$")


def _lines(letter_id: str) -> dict[tuple[int, int], str]:
    """Non-blank lines of clean.txt by (page, line), both 1-based."""
    pages = (GOLD / letter_id / "clean.txt").read_text(encoding="utf-8").split("\f")
    return {(p, n): line for p, page in enumerate(pages, start=1)
            for n, line in enumerate(page.split("\n"), start=1) if line.strip()}


def _roles(letter_id: str) -> list[tuple[int, int, LineRole]]:
    text = (GOLD / letter_id / "roles.tsv").read_text(encoding="utf-8")
    header, *rows = text.splitlines()
    assert header == HEADER
    out = []
    for row in rows:
        page, line, role = row.split("\t")
        out.append((int(page), int(line), LineRole(role)))
    return out


def _with_role(letter_id: str, *roles: LineRole) -> list[str]:
    lines = _lines(letter_id)
    return [lines[(p, n)] for p, n, role in _roles(letter_id) if role in roles]


def test_every_generated_letter_and_no_seed_has_roles() -> None:
    assert len(GENERATED) == 36
    assert sorted(path.parent.name for path in GOLD.glob("*/roles.tsv")) == sorted(GENERATED)


@pytest.mark.parametrize("letter_id", GENERATED)
def test_every_non_blank_line_has_exactly_one_role(letter_id: str) -> None:
    positions = [(p, n) for p, n, _ in _roles(letter_id)]
    assert positions == sorted(_lines(letter_id))  # in reading order, once each, blank lines left out


@pytest.mark.parametrize("letter_id", GENERATED)
def test_roles_agree_with_the_gold_record(letter_id: str) -> None:
    gold = json.loads((GOLD / letter_id / "gold.json").read_text(encoding="utf-8"))
    # The n-th question line starts the n-th gold question ("3.Welche", ". Wie", "Frage 2: Wie" …).
    questions = _with_role(letter_id, LineRole.QUESTION)
    assert len(questions) == len(gold["questions"])
    for line, question in zip(questions, gold["questions"]):
        assert " ".join(question["text"].split()[:2]) in line, (line, question["number"])
    subs = _with_role(letter_id, LineRole.SUBQUESTION)
    gold_subs = [s for q in gold["questions"] for s in q["subquestions"]]
    assert [line.split()[0] for line in subs] == [s["label"] for s in gold_subs]
    assert all(" ".join(s["text"].split()[:2]) in line for line, s in zip(subs, gold_subs))
    motions = _with_role(letter_id, LineRole.MOTION)
    assert len(motions) == len(gold["motion_points"])
    assert all(" ".join(p.split()[:2]) in line for line, p in zip(motions, gold["motion_points"]))
    assert _with_role(letter_id, LineRole.CLOSING) == [gold["closing"]]
    assert _with_role(letter_id, LineRole.SALUTATION) == [gold["salutation"]]
    assert len(_with_role(letter_id, LineRole.DATE)) == 1
    names = " ".join(_with_role(letter_id, LineRole.SIGNATURE_NAME))
    assert all(s["name"] in names for s in gold["signatories"])
    cc = " ".join(_with_role(letter_id, LineRole.CC))
    assert all(entry.split()[-1] in cc for entry in gold["cc"])
    # Page furniture is exactly the printed page headers and footers.
    marks = [line for line in _lines(letter_id).values() if PAGE_MARKS.match(line)]
    assert _with_role(letter_id, LineRole.FURNITURE) == marks


def test_generator_reproduces_the_committed_roles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(GOLD))
    from corpus_compose import compose
    from corpus_specs import SPECS
    from make_corpus import letter_seed, roles_tsv

    for spec in SPECS[::3]:  # a sample keeps this fast; `make_corpus.py --roles` writes all
        letter = compose(spec, letter_seed(spec.id))
        assert roles_tsv(letter) == (GOLD / spec.id / "roles.tsv").read_text(encoding="utf-8"), spec.id
