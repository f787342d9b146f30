"""Numbered questions: segment the list, infer numbers OCR lost, keep sub-questions under parents."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from models import LineRole, Question, SubQuestion
from pipeline.structure_answers import ANSWER_HEADING
from pipeline.structure_markers import (Marker, MarkerStyle, best_chain, chain_weight, find_marker, letter_chain, sub_marker,
                                       without_item_number)
from pipeline.structure_text import TextLine, join_lines, sentence_spans

log = logging.getLogger(__name__)

# Prose that ends a question list: thanks, requests for an answer, the justification.
LIST_END = re.compile(
    r"^(?:Wir\s+(?:bedanken|danken|bitten|freuen|würden\s+uns\s+(?:\w+\s+)?freuen)|Vielen\s+Dank|Herzlichen\s+Dank|Für\s+die\s+\w*\s*Beantwortung"
    r"|Mit\s+freundlichen|Begründung\b|Erläuterung\b|Hintergrund\b)",
    re.IGNORECASE,
)
# Thanks anywhere in a line after the list: "Für eine zeitnahe Antwort wären wir Ihnen dankbar."
THANKS = re.compile(r"\b(?:danken|bedanken|dankbar|Dank|Beantwortung|Antwort)\b", re.IGNORECASE)
# An answer under a question in the administration's reply: "Antwort:", "Antwort der Verwaltung:",
# "Stellungnahme der Verwaltung:" (or an ANSWER_HEADING, "Zu Frage 2:"). It and what follows up to
# the next item is no question text.
ANSWER = re.compile(r"^(?:Antwort|Stellungnahme|Beantwortung)(?:\s+(?:der|des)\s+[\w-]+)?\s*:", re.IGNORECASE)
# Lines that end a question list wherever they stand after its last item: the signature and what
# comes with it ("Berlin, den 12. Juli 2022" above the names), a section heading ("Sachverhalt/Begründung:").
LIST_END_ROLES = frozenset({LineRole.CLOSING, LineRole.SIGNATURE_NAME, LineRole.SIGNATURE_ROLE, LineRole.CC,
                            LineRole.DATE, LineRole.HEADING})
# Characters that end a paragraph; a paragraph ending otherwise continues in the next one.
TERMINAL = tuple(".?!:;\"“”«»)")


@dataclass
class Segment:
    """A candidate item: lines from one marker (or paragraph start) to the next."""

    marker: Marker | None
    lines: list[TextLine] = field(default_factory=list)
    garbled: bool = False  # a marker of the list's style whose number does not fit ("Il." twice)
    # after the last printed number, a line the labeller is sure starts a question (an unnumbered
    # last question: "4. Sind …?" / "Was tut die Stadtverwaltung, um …?")
    asked: bool = False

    @property
    def page(self) -> int:
        return self.lines[0].page

    def body_lines(self) -> list[str]:
        first = self.lines[0].text[self.marker.end :] if self.marker else self.lines[0].text
        return [first] + [line.text for line in self.lines[1:]]

    @property
    def text(self) -> str:
        return join_lines(self.body_lines())

    @property
    def lost_question(self) -> bool:
        """A dot-only marker (". Wie …") before a question: a number OCR lost. A dot line that
        asks nothing is more likely punctuation a bad extraction moved to the line start."""
        return self.marker is not None and self.marker.style is MarkerStyle.LOST and "?" in self.text

    @property
    def unnumbered_question(self) -> bool:
        return self.asked and self.text.endswith("?")

    @property
    def known(self) -> bool:
        return self.marker is not None and self.marker.number is not None


def _segments(lines: list[TextLine], chain: dict[int, Marker], start: int) -> list[Segment]:
    """Cut lines into segments at chain markers, lost or garbled markers and paragraph starts."""
    segments: list[Segment] = []
    open_para = answering = False
    style = next(iter(chain.values())).style if chain else None
    for row in range(start, len(lines)):
        line = lines[row]
        if line.blank:
            open_para = False
            continue
        marker = chain.get(row) or (None if _wrapped_ordinal(lines, row) else find_marker(line.text))
        garbled = row not in chain and marker is not None and marker.style is style
        if garbled and marker is not None:
            marker = Marker(marker.style, None, marker.label, marker.end)
        is_item = row in chain or garbled or (marker is not None and marker.style is MarkerStyle.LOST)
        answer = ANSWER.match(line.text) is not None or ANSWER_HEADING.match(line.text) is not None
        answering = not is_item and (answering or (not open_para and answer) or line.role is LineRole.ANSWER)
        if answering:
            open_para = True
            continue
        after_list = row > max(chain, default=-1)
        if not is_item and after_list and (line.role in LIST_END_ROLES or _prose_after_question(segments, line)):
            break
        if not is_item and after_list and _ends_sentence(segments) and _closing_prose(lines, row):
            break
        if not is_item and after_list and not open_para and _after_last_question(segments, lines, row):
            break
        if (marker is None and sub_marker(line.text) is None and after_list and line.role is LineRole.QUESTION
                and segments and segments[-1].text.endswith("?")):
            segments.append(Segment(None, [line], asked=True))
        elif is_item or not open_para:
            segments.append(Segment(marker if is_item else None, [line], garbled))
        else:
            segments[-1].lines.append(line)
        open_para = True
    return segments


def _paragraph_at(lines: list[TextLine], row: int) -> str:
    """The paragraph that starts at `row`, joined into one line."""
    para: list[str] = []
    for line in lines[row:]:
        if line.blank:
            break
        para.append(line.text)
    return join_lines(para)


def _closing_prose(lines: list[TextLine], row: int) -> bool:
    """A paragraph after the list that thanks or asks for the answer, and asks nothing itself."""
    text = _paragraph_at(lines, row)
    return LIST_END.match(text) is not None or (THANKS.search(text) is not None and "?" not in text)


def _prose_after_question(segments: list[Segment], line: TextLine) -> bool:
    """A sentence the labeller is sure is the letter's prose, after the last item has asked its
    question: the reasons that follow the questions without a heading or a blank line."""
    return bool(segments) and segments[-1].text.endswith("?") and line.role is LineRole.BODY and line.text[:1].isupper()


def _after_last_question(segments: list[Segment], lines: list[TextLine], row: int) -> bool:
    """A paragraph after the last item that is no part of it: the item has asked its question
    (ends in '?'), the paragraph is set off by a blank line and is a statement of its own (opens
    with a capital, asks nothing, ends in a full stop): "Wir würden uns freuen, wenn …".
    A question, or a sentence the item's text runs on into, continues it."""
    if not segments or not segments[-1].text.endswith("?") or row == 0 or not lines[row - 1].blank:
        return False
    text = _paragraph_at(lines, row)
    return text[:1].isupper() and "?" not in text and text.endswith((".", "!"))


def _ends_sentence(segments: list[Segment]) -> bool:
    return not segments or segments[-1].text.endswith(TERMINAL)


def _merge_continuations(segments: list[Segment]) -> list[Segment]:
    """Join unmarked paragraphs that continue the previous one (lower-case start, open sentence)."""
    merged: list[Segment] = []
    for seg in segments:
        if merged and seg.marker is None:
            first = seg.lines[0].text
            if first[:1].islower() or not merged[-1].text.endswith(TERMINAL):
                merged[-1].lines.extend(seg.lines)
                continue
        merged.append(seg)
    return merged


def _choose_items(gap: list[Segment], need: int) -> set[int]:
    """Which segments of a gap between printed numbers are items (indexes into `gap`)."""
    if len(gap) <= need:
        return set(range(len(gap)))
    chosen = {k for k, seg in enumerate(gap) if seg.lost_question or seg.unnumbered_question}
    ranked = [  # garbled markers first, then paragraphs that ask something, then the rest
        *(k for k, seg in enumerate(gap) if seg.garbled),
        *(k for k, seg in enumerate(gap) if "?" in seg.text),
        *range(len(gap)),
    ]
    for k in ranked:
        if len(chosen) >= need:
            break
        chosen.add(k)
    return chosen


def _split_points(seg: Segment) -> list[int]:
    """Line indexes in a segment where a new question may start: after a line ending in '?'."""
    return [
        k
        for k in range(1, len(seg.lines))
        if seg.lines[k - 1].text.endswith("?") and seg.lines[k].text[:1].isupper()
    ]


def _fill_short_gaps(segments: list[Segment], warnings: list[str]) -> list[Segment]:
    """Where fewer items than missing numbers lie between two printed numbers, split items at
    line starts after a '?' (a number lost with its dot); the gap's own items split first."""
    out: list[Segment] = []
    anchor = -1  # index in `out` of the last printed-number segment
    for seg in segments:
        if seg.known and anchor >= 0:
            assert seg.marker is not None and out[anchor].marker is not None
            shortage = (seg.marker.number or 0) - (out[anchor].marker.number or 0) - (len(out) - anchor)
            if shortage > 0:
                out[anchor:] = _split_gap(out[anchor:], shortage)
                warnings.append(f"split {shortage} item(s) at line starts before question {seg.marker.number}")
        if seg.known:
            anchor = len(out)
        out.append(seg)
    return out


def _split_gap(run: list[Segment], shortage: int) -> list[Segment]:
    candidates = [(k == 0, k, line) for k, seg in enumerate(run) for line in _split_points(seg)]
    chosen = sorted(candidates)[:shortage]
    cuts: dict[int, list[int]] = {}
    for _, k, line in chosen:
        cuts.setdefault(k, []).append(line)
    result: list[Segment] = []
    for k, seg in enumerate(run):
        bounds = [0, *sorted(cuts.get(k, [])), len(seg.lines)]
        for start, end in zip(bounds, bounds[1:]):
            result.append(Segment(seg.marker if start == 0 else None, seg.lines[start:end]))
    return result


@dataclass
class Item:
    number: int
    inferred: bool
    segments: list[Segment]


def _assign(segments: list[Segment], warnings: list[str]) -> list[Item]:
    """Number the segments: printed numbers stay, gaps are filled from the sequence."""
    items: list[Item] = []
    gap: list[Segment] = []
    last = 0

    def flush(next_number: int | None) -> None:
        nonlocal last
        if next_number is None:  # after the last printed number: marked items, unnumbered questions
            need = sum(1 for seg in gap if seg.lost_question or seg.garbled or seg.unnumbered_question)
        else:
            need = next_number - last - 1
        chosen = _choose_items(gap, need)
        if next_number is not None and len(chosen) < need:
            warnings.append(f"question numbers missing between {last} and {next_number}")
        elif next_number is not None and len(gap) > need and need < sum(1 for s in gap if s.lost_question):
            warnings.append(f"more items than numbers between {last} and {next_number}")
        for k, seg in enumerate(gap):
            if k in chosen:
                last += 1
                items.append(Item(last, True, [seg]))
            elif items:  # not an item: its marker, if any, was prose ("53. Kommunale …", ". Das …")
                items[-1].segments.append(Segment(None, seg.lines))
        gap.clear()

    for seg in segments:
        if seg.known:
            assert seg.marker is not None and seg.marker.number is not None
            flush(seg.marker.number)
            last = seg.marker.number
            items.append(Item(last, False, [seg]))
        else:
            gap.append(seg)
    flush(None)
    return items


# A lettered sub-item inside a line: "… Betreuungsplatz, a) im Alter unter drei, b) ab drei?"
# (only the bracket styles: "a." inside prose is "a. D.", "z. B.").
INLINE_SUB_MARKER = re.compile(r"(?:^|(?<=\s))(?P<label>(?P<open>\()?(?P<letter>[a-z])\))\s+(?=\S)")


def _subquestions(lines: list[str]) -> list[SubQuestion]:
    """Lettered sub-questions: items that open lines, else an a), b), … run inside the text."""
    subs: list[tuple[str, list[str]]] = []
    for text in lines:
        found = sub_marker(text)
        if found:
            subs.append((found[0], [text[found[1] :]]))
        elif subs:
            subs[-1][1].append(text)
    if len(subs) >= 2:
        return [SubQuestion(label=label, text=join_lines(body)) for label, body in subs]
    return _inline_subquestions(join_lines(lines))


def _inline_subquestions(text: str) -> list[SubQuestion]:
    run: list[re.Match[str]] = []
    for m in INLINE_SUB_MARKER.finditer(text):
        if not run and m["letter"] == "a":
            run.append(m)
        elif run and ord(m["letter"]) == ord(run[-1]["letter"]) + 1 and bool(m["open"]) == bool(run[-1]["open"]):
            run.append(m)
    if len(run) < 2:
        return []
    ends = [m.start() for m in run[1:]] + [len(text)]
    return [SubQuestion(label=m["label"], text=text[m.end() : end].strip()) for m, end in zip(run, ends)]


def _to_question(item: Item) -> Question:
    lines = [without_item_number(text, item.number) for seg in item.segments for text in seg.body_lines()]
    first = item.segments[0].marker
    return Question(
        number=item.number,
        label=None if item.inferred else (first.label if first else None),
        number_inferred=item.inferred,
        text=join_lines(lines),
        subquestions=_subquestions(lines),
        page=item.segments[0].page,
    )


def number_ranges(numbers: list[int]) -> str:
    parts: list[str] = []
    for n in numbers:
        if parts and n == int(parts[-1].split("–")[-1]) + 1:
            parts[-1] = f"{parts[-1].split('–')[0]}–{n}"
        else:
            parts.append(str(n))
    return ", ".join(parts)


# Words after which a number at the next line start is an ordinal in prose: "seit dem / 53. …".
ORDINAL_LEAD = re.compile(
    r"\b(?:im|am|zum|zur|dem|der|die|das|des|den|ab|bis|seit|vom|ins|beim|für|zu|bis\s+zum|nach|vor)$", re.IGNORECASE
)


def _wrapped_ordinal(lines: list[TextLine], row: int) -> bool:
    """True when the line above ends in an article or preposition: the number continues prose."""
    return row > 0 and not lines[row - 1].blank and ORDINAL_LEAD.search(lines[row - 1].text) is not None


def _paragraph_asks(lines: list[TextLine], row: int) -> bool:
    """Whether the item starting at `row` (up to the next blank line) contains a '?'."""
    for line in lines[row:]:
        if line.blank:
            return False
        if "?" in line.text:
            return True
    return False


def _question_before(lines: list[TextLine], row: int, start: int) -> int:
    """Start row of the short paragraph just above `row` when it asks a question, else `row`."""
    end = row
    while end > start and lines[end - 1].blank:
        end -= 1
    top = end
    while top > start and not lines[top - 1].blank:
        top -= 1
    text = join_lines([line.text for line in lines[top:end]])
    return top if top < end and text.endswith("?") and len(sentence_spans(text)) <= 3 else row


def extract_questions(lines: list[TextLine], start: int, end: int) -> tuple[list[Question], list[str]]:
    """The numbered list in lines[start:end], with warnings about inferred or missing numbers.

    The list begins at the first marker of the longest ascending marker run; prose before it
    (even a question) is preamble.
    """
    window = lines[:end]
    markers = [
        (row, m) for row in range(start, end) if (m := find_marker(window[row].text)) and not _wrapped_ordinal(window, row)
    ]

    def asks(row: int) -> bool:
        return _paragraph_asks(window, row)

    chain = best_chain(markers, asks)
    lettered = letter_chain([(row, window[row].text) for row in range(start, end)])
    if lettered and (not chain or (lettered[0][0] < chain[0][0]
                                   and chain_weight(lettered, asks) >= chain_weight(chain, asks))):
        chain = lettered  # "A. … C. … 1. … 2. … D. …": the numbers are sub-items of a lettered list
    lost = [row for row, m in markers if m.style is MarkerStyle.LOST]
    if not chain and len(lost) < 2:
        return [], []
    first_row = min([chain[0][0]] if chain else lost)
    if chain and chain[0][1].number == 2:  # "1." lost: the dot-marker or question paragraph before it
        first_row = max([row for row in lost if row < first_row] or [_question_before(window, first_row, start)])
    warnings: list[str] = []
    segments = _merge_continuations(_segments(window, dict(chain), first_row))
    items = _assign(_fill_short_gaps(segments, warnings), warnings)
    asking = all("?" in join_lines(seg.body_lines()) for item in items for seg in item.segments[:1])
    if not chain and not (len(items) >= 2 and asking):
        return [], []  # without any printed number, only a list of dot-marked questions counts
    inferred = [item.number for item in items if item.inferred]
    if inferred:
        warnings.insert(0, f"question numbers {number_ranges(inferred)} inferred")
    return [_to_question(item) for item in items], warnings
