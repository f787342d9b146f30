"""A real Landtag answer (../shared/realdocs, skipped without it): each of its 10 questions, repeated
without numbers and answered under "Zu Frage 2:" or "Zu den Fragen 6, 7, 8 und 10:", gets its own
answer, and no answer holds a question (`data/answers/` says where each answer stands)."""
from __future__ import annotations

from pathlib import Path

import pytest

from models import Options

ROOT = Path(__file__).resolve().parents[1]
SAARLAND = ROOT.parent / "shared" / "realdocs" / "saarland_ltg_15-1284_antwort.txt"


def _norm(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text.casefold()).split())


@pytest.mark.skipif(not SAARLAND.exists(), reason="../shared/realdocs is not there")
def test_a_landtag_answer_gives_each_question_its_own_answer() -> None:
    from pipeline.run import run_letter

    lines = SAARLAND.read_text(encoding="utf-8").split("\n")
    rows = [row.split("\t") for row in (ROOT / "data" / "answers" / f"{SAARLAND.stem}.tsv").read_text(
        encoding="utf-8").splitlines()[1:]]
    record = run_letter(SAARLAND, Options())
    found = {a.number: _norm(a.text) for a in record.answers}
    assert sorted(found) == list(range(1, 11))
    questions = {int(n): _norm(" ".join(lines[int(a) - 1:int(b)]))[:40] for n, a, b, _, _ in rows}
    for number, _, _, first, last in rows:
        answer = found[int(number)]
        assert _norm(lines[int(first) - 1])[:30] in answer and _norm(lines[int(last) - 1])[-20:] in answer, number
        assert not any(q in answer for q in questions.values()), number
