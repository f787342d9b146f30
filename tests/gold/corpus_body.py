"""Letter bodies: wrapped prose, numbered question lists and motions, each with its gold entries."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from corpus_people import MONTHS
from corpus_topics_a import Topic
from models.lines import LineRole

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")

# How a printed item number looks per style. Example: "frage" → "Frage 3:".
LABELS = {
    "dot": lambda n: f"{n}.",
    "paren": lambda n: f"{n})",
    "dotparen": lambda n: f"{n}.)",
    "frage": lambda n: f"Frage {n}:",
    "roman": lambda n: f"{ROMAN[n - 1]}.",
}

@dataclass
class Block:
    """Lines being assembled, each with its role (None for a blank line), and line indices that
    need special rendering or page-break rules."""

    lines: list[str] = field(default_factory=list)
    roles: list[LineRole | None] = field(default_factory=list)
    bold: set[int] = field(default_factory=set)
    right: set[int] = field(default_factory=set)
    inner: set[int] = field(default_factory=set)  # a question continues on the next line
    hyphenate: bool = False  # prose and items split long words at line ends ("Kreis-|verwaltung")
    coordination_broken: bool = False  # a "Kurzzeit-|und" line end has been placed once

    def wrap(self, text: str, width: int) -> list[str]:
        """Wrap body text: hyphenated when the letter hyphenates, one coordination at a line end."""
        if self.hyphenate and not self.coordination_broken and _COORDINATION.search(text):
            text = _COORDINATION.sub(lambda m: m.group(1) + "\n" + m.group(2), text, count=1)
            self.coordination_broken = True
        return wrap(text, width, self.hyphenate)

    def add(self, *lines: str, role: LineRole | None, bold: bool = False, right: bool = False) -> None:
        """Add lines that all play `role` (blank lines get none)."""
        for line in lines:
            if bold:
                self.bold.add(len(self.lines))
            if right:
                self.right.add(len(self.lines))
            self.lines.append(line)
            self.roles.append(role if line.strip() else None)

    def add_item(self, lines: list[str], first: LineRole, rest: LineRole, bold: bool = False) -> None:
        """Add an item's lines: its first line plays `first`, the further ones `rest`
        ("1. Wie viele …" question, its next lines question_cont)."""
        self.add(*lines[:1], role=first, bold=bold)
        self.add(*lines[1:], role=rest, bold=bold)

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
            self.roles.append(None)


def collapse(text: str) -> str:
    """Gold form of a text: whitespace (and forced breaks) collapsed to single spaces."""
    return " ".join(text.split())


# "Kurzzeit- und Tagespflege": a hyphen that is not a line-end hyphenation and must stay.
_COORDINATION = re.compile(r"(\w-) ((?:und|oder|bzw\.) )")
VOWELS = frozenset("aeiouäöüy")
_HYPHENATABLE = re.compile(r"[A-Za-zÄÖÜäöüß]{9,}[,.;:?]?")

# Units that typesetters keep on the line of their number ("1,4 %" is never split).
NO_LINE_START = frozenset({"%", "€"})


def wrap(text: str, width: int, hyphenate: bool = False) -> list[str]:
    """Greedy word wrap at spaces; "\\n" in `text` forces a break. With `hyphenate`, a long word
    that does not fit is split at a syllable boundary with a hyphen ("Kreis-" / "verwaltung")."""
    out: list[str] = []
    for segment in text.split("\n"):
        line = ""
        for word in segment.split():
            room = width - len(line) - 1
            if line and len(word) > room and word not in NO_LINE_START:
                head, tail = _split_word(word, room) if hyphenate else ("", word)
                out.append(f"{line} {head}-" if head else line)
                line = tail
            else:
                line = f"{line} {word}" if line else word
        out.append(line)
    return out


# Second parts of German compounds where a word processor's hyphenation would break a long word.
# Example: "Klimaschutzmaßnahmen" → "Klimaschutz-" / "maßnahmen"; "Ausländerbehörde" → "Ausländer-" / "behörde".
COMPONENTS = (
    "verwaltung", "maßnahmen", "behörde", "programm", "planung", "konzept", "zentrum", "einrichtung",
    "stellen", "kosten", "gebühren", "förderung", "schutz", "dienst", "bedarf", "bericht", "ausschuss",
    "fraktion", "gemeinde", "leistung", "genossenschaft", "versorgung", "mittel", "zahlen", "gesetz",
    "arbeit", "angebot", "haushalt", "pflege", "plätze", "platz", "gebiet", "straße", "schule",
    "kollegs", "betrieb", "wache", "frist", "umlage", "rücklage", "sitzung", "beratung", "personal",
    "entwicklung", "erweiterung", "sanierung", "energie", "anlagen", "flächen", "wasser", "unterricht",
    "kinder", "jugend", "integration", "beschäftigung", "ausbildung", "unternehmen", "verkehr",
    "nahverkehr", "strom", "netz", "zuschuss", "zuschüsse", "träger", "stand", "amt", "ämter",
)


def _split_word(word: str, room: int) -> tuple[str, str]:
    """Split a compound before a known second part so that "head-" fits in `room` (≥ 3 letters
    on each side); ("", word) when there is no such boundary."""
    if not _HYPHENATABLE.fullmatch(word):
        return "", word
    low = word.lower()
    cuts = [
        i for i in range(3, len(word) - 3) if i + 1 <= room and any(low.startswith(c, i) for c in COMPONENTS)
    ]
    return (word[: cuts[-1]], word[cuts[-1] :]) if cuts else ("", word)


def paragraph(block: Block, sentences: list[str], width: int, first: LineRole = LineRole.BODY,
              rest: LineRole = LineRole.BODY) -> None:
    """Add one wrapped prose paragraph followed by a blank line (an unnumbered resolution:
    first line motion, the others motion_cont)."""
    block.add_item(block.wrap(" ".join(sentences), width), first, rest)
    block.blank()


def trap_date(rng: random.Random, year: int) -> str:
    return f"{rng.randint(2, 28)}. {rng.choice(MONTHS)} {year}"


# End of a sentence inside an item (not "z.B." or "ca."). Example: "… gebunden. Wie viele …".
_SENTENCE_END = re.compile(r"(?<=[a-zäöüß]{3})[.?] (?=[A-ZÄÖÜ])")


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
    if "para" in flags:  # one item's second sentence starts a new paragraph of the same item
        for item in ([items[-2]] if "ctx" in flags else []) + items:  # the context item first
            if _SENTENCE_END.search(item.text):
                item.text = _SENTENCE_END.sub(lambda m: m.group(0)[0] + "\n\n", item.text, count=1)
                break
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
        block.add_item(block.wrap(prefix + item.text, width), LineRole.QUESTION, LineRole.QUESTION_CONT)
        for sub_label, sub_text in item.subs:
            block.add_item(block.wrap(f"{sub_label} {sub_text}", width), LineRole.SUBQUESTION, LineRole.QUESTION_CONT)
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
        block.add_item(block.wrap(f"{LABELS[style](number)} {point}", width), LineRole.MOTION, LineRole.MOTION_CONT)
        if spaced:
            block.blank()
    block.blank()
    return [collapse(p) for p in points]
