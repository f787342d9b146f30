"""Letter bodies: wrapped prose, numbered question lists and motions, each with its gold entries."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from corpus_people import MONTHS
from corpus_topics_a import Topic

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")

# How a printed item number looks per style. Example: "frage" → "Frage 3:".
LABELS = {
    "dot": lambda n: f"{n}.",
    "paren": lambda n: f"{n})",
    "dotparen": lambda n: f"{n}.)",
    "frage": lambda n: f"Frage {n}:",
    "roman": lambda n: f"{ROMAN[n - 1]}.",
}

# A day ordinal followed by a month: where a forced line break makes a line start look numbered.
_ORDINAL_DATE = re.compile(r"\b\d{1,2}\. (?:" + "|".join(MONTHS) + r")\b")


@dataclass
class Block:
    """Lines being assembled, with line indices that need special rendering or page-break rules."""

    lines: list[str] = field(default_factory=list)
    bold: set[int] = field(default_factory=set)
    right: set[int] = field(default_factory=set)
    inner: set[int] = field(default_factory=set)  # a question continues on the next line

    def add(self, *lines: str, bold: bool = False, right: bool = False) -> None:
        for line in lines:
            if bold:
                self.bold.add(len(self.lines))
            if right:
                self.right.add(len(self.lines))
            self.lines.append(line)

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")


def collapse(text: str) -> str:
    """Gold form of a text: whitespace (and forced breaks) collapsed to single spaces."""
    return " ".join(text.split())


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap at spaces (never inside a word); "\\n" in `text` forces a break."""
    out: list[str] = []
    for segment in text.split("\n"):
        line = ""
        for word in segment.split():
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(line)
    return out


def paragraph(block: Block, sentences: list[str], width: int) -> None:
    """Add one wrapped prose paragraph followed by a blank line."""
    block.add(*wrap(" ".join(sentences), width))
    block.blank()


def force_trap_break(text: str) -> str:
    """Break the line before the first "5. Oktober"-like ordinal so a line starts with it."""
    return _ORDINAL_DATE.sub(lambda m: "\n" + m.group(0), text, count=1).replace(" \n", "\n")


def trap_date(rng: random.Random, year: int) -> str:
    return f"{rng.randint(2, 28)}. {rng.choice(MONTHS)} {year}"


@dataclass
class Item:
    """One numbered question or motion point before layout."""

    text: str
    subs: tuple[tuple[str, str], ...] = ()  # (label, text) of lettered sub-questions


def pick_questions(topic: Topic, n: int, flags: frozenset[str], rng: random.Random, year: int) -> list[Item]:
    """Choose n question items from a topic, applying the sub-question/context/multi-sentence flags."""
    pool = list(topic.questions)
    rng.shuffle(pool)
    items = [Item(q) for q in pool[:n]]
    if "multi" in flags and len(pool) > n:
        items[1] = Item(f"{items[1].text} {pool[n]}")  # several sentences (two questions) in one item
    if "ctx" in flags:
        context = topic.intro[-1]  # a context sentence before the question inside one item
        items[-2] = Item(f"{context} {items[-2].text}")
    if "linetrap" in flags:
        date = trap_date(rng, year)
        items.insert(len(items) // 2, Item(f"Welche Ergebnisse hat das Gespräch der Verwaltung mit den Beteiligten am\n{date} erbracht?"))
        items.pop()
    if "subq" in flags:
        parent, subs = topic.subquestion
        letters = "abcdefg"
        items[len(items) // 3] = Item(parent, tuple((f"{letters[i]})", s) for i, s in enumerate(subs)))
    return items


def lost_numbers(n: int, rng: random.Random) -> set[int]:
    """1-based item numbers whose printed number OCR lost; first and last stay printed."""
    middle = list(range(2, n))
    return set(rng.sample(middle, k=min(len(middle), rng.randint(2, 4))))


def numbered_list(
    block: Block, items: list[Item], style: str, width: int, flags: frozenset[str], rng: random.Random
) -> list[dict]:
    """Lay out numbered items; returns the gold question dicts (number, number_in_source, text, subquestions)."""
    lost = lost_numbers(len(items), rng) if "lost" in flags else set()
    printed = [n for n in range(2, len(items) + 1) if n not in lost]
    glued = rng.choice(printed) if "glued" in flags and style in ("dot", "paren") else -1
    spaced = "blank" in flags
    gold: list[dict] = []
    for number, item in enumerate(items, start=1):
        label = LABELS[style](number)
        if number in lost:
            prefix = rng.choice((". ", "", ". "))  # OCR kept the dot only, or nothing
        elif number == glued:
            prefix = label  # "14.Menschen": number glued to the text
        else:
            prefix = f"{label} "
        start = len(block.lines)
        block.add(*wrap(prefix + item.text, width))
        for sub_label, sub_text in item.subs:
            block.add(*wrap(f"{sub_label} {sub_text}", width))
        block.inner.update(range(start, len(block.lines) - 1))
        full = " ".join([item.text] + [f"{lab} {txt}" for lab, txt in item.subs])
        gold.append(
            {
                "number": number,
                "number_in_source": number not in lost,
                "text": collapse(full),
                "subquestions": [{"label": lab, "text": collapse(txt)} for lab, txt in item.subs],
            }
        )
        if spaced:
            block.blank()
    block.blank()
    return gold


def motion_list(block: Block, points: list[str], style: str, width: int, spaced: bool) -> list[str]:
    """Lay out numbered motion points; returns their gold texts."""
    for number, point in enumerate(points, start=1):
        block.add(*wrap(f"{LABELS[style](number)} {point}", width))
        if spaced:
            block.blank()
    block.blank()
    return [collapse(p) for p in points]
