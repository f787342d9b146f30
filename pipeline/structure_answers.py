"""Questions of a reply that repeats them without numbers: each stands before the answer heading
that names it ("Zu Frage 2:", "Zu den Fragen 6, 7, 8 und 10:"), so the heading numbers them."""
from __future__ import annotations

import re
from collections import Counter

from models import Question
from pipeline.structure_text import TextLine, join_lines

# The heading of an answer: "Zu Frage 2:", "Zu den Fragen 1 und 3:", "Zu 4.:", "Zu Frage 5 (Kosten):".
ANSWER_HEADING = re.compile(
    r"^Zu\s+(?:den\s+)?(?:(?:Frage|Fragen|Nr\.)\s*)?"
    r"(?P<numbers>\d{1,2}(?:\s*(?:,|und|sowie|bis|[-–])\s*\d{1,2})*)\.?\s*(?:\([^)]*\))?\s*:"
)


def heading_numbers(text: str) -> list[int]:
    """The question numbers an answer heading names, ranges expanded: "6 bis 8 und 10" → 6, 7, 8, 10."""
    m = ANSWER_HEADING.match(text)
    if not m:
        return []
    numbers: list[int] = []
    for part in re.split(r"\s*(?:,|und|sowie)\s*", m["numbers"]):
        ends = [int(n) for n in re.split(r"\s*(?:bis|[-–])\s*", part)]
        numbers.extend(range(ends[0], ends[-1] + 1) if len(ends) == 2 and ends[0] < ends[-1] else ends[:1])
    return numbers


def _paragraphs(lines: list[TextLine], start: int, end: int) -> list[list[TextLine]]:
    paras: list[list[TextLine]] = []
    open_para = False
    for line in lines[start:end]:
        if line.blank:
            open_para = False
        elif open_para:
            paras[-1].append(line)
        else:
            paras.append([line])
            open_para = True
    return paras


def _asks(text: str, repeated: Counter[str]) -> bool:
    """A repeated question: it asks, or it ends unterminated (its "?" lost) — answer prose ends
    in a full stop; a running head repeated on every page is none."""
    return repeated[text] < 2 and ("?" in text or not text.endswith((".", ":", "!")))


def answered_questions(lines: list[TextLine], start: int, end: int) -> list[Question]:
    """Questions numbered by the answer headings that follow them, in number order."""
    repeated = Counter(line.text.strip() for line in lines[start:end] if not line.blank)
    found: dict[int, Question] = {}
    floor = start
    for row in range(start, end):
        numbers = heading_numbers(lines[row].text)
        if not numbers:
            continue
        paras = _paragraphs(lines, floor, row)[-len(numbers):]
        texts = [join_lines([line.text for line in para]) for para in paras]
        if len(paras) == len(numbers) and all(_asks(text, repeated) for text in texts):
            for number, para, text in zip(numbers, paras, texts):
                found.setdefault(number, Question(number=number, label=None, number_inferred=True, text=text,
                                                  subquestions=[], page=para[0].page))
        floor = row + 1
    return [found[n] for n in sorted(found)]
