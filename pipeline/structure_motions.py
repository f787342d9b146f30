"""Motion points of an Antrag: the resolution text, one item per numbered point."""
from __future__ import annotations

import logging
import re

from pipeline.structure_markers import find_marker, sub_marker
from pipeline.structure_text import TextLine, join_lines

log = logging.getLogger(__name__)

# Where the resolution starts, strongest first: "Beschlussvorschlag:", "Der Kreistag beschließt, …",
# then "wir beantragen:" / "stellen folgenden Antrag:".
RESOLUTION_LABEL = re.compile(
    r"^(?:Beschlussvorschlag|Beschlussentwurf|Beschlussempfehlung|Antragstext|Beschluss)\s*:\s*", re.IGNORECASE
)
RESOLUTION_VERB = re.compile(r"\b(?:beschließt|beschliesst|möge\s+(?:folgendes\s+)?beschließen|beschließen)\b")
MOTION_VERB = re.compile(r"\b(?:beantrag(?:t|en)|stell(?:t|en)\s+(?:folgenden|den)\s+Antrag)\b[^.]*:\s*$")
# What ends the resolution: the justification and the closing.
MOTION_END = re.compile(r"^(?:Begründung|Erläuterung|Sachverhalt|Hintergrund|Mit\s+freundlichen)\b", re.IGNORECASE)


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence containing `pos` (after '. ', ': ' or '! ')."""
    cut = max(text.rfind(": ", 0, pos), text.rfind(". ", 0, pos), text.rfind("! ", 0, pos))
    return cut + 2 if cut >= 0 else 0


def _paragraphs(lines: list[TextLine]) -> list[list[str]]:
    paras: list[list[str]] = [[]]
    for line in lines:
        if line.blank:
            if paras[-1]:
                paras.append([])
        else:
            paras[-1].append(line.text)
    return [p for p in paras if p]


def _numbered_points(paras: list[list[str]]) -> list[str]:
    """Items that start with a list marker ("1.", "a)"); unmarked lines continue the last item."""
    points: list[list[str]] = []
    for para in paras:
        for text in para:
            marker = find_marker(text)
            sub = sub_marker(text) if marker is None else None
            if marker is not None and marker.number is not None:
                points.append([text[marker.end :]])
            elif sub is not None and not points:
                points.append([text[sub[1] :]])
            elif points:
                points[-1].append(text)
            else:
                return []
    return [join_lines(p) for p in points]


def extract_motions(lines: list[TextLine]) -> list[str]:
    """The motion points in body lines (salutation to closing); Begründung excluded."""
    paras: list[list[str]] = []
    for para in _paragraphs(lines):
        if MOTION_END.match(para[0]):
            break
        paras.append(para)
    for k, para in enumerate(paras):
        text = join_lines(para)
        label = RESOLUTION_LABEL.match(text)
        verb = RESOLUTION_VERB.search(text)
        if label:
            rest = text[label.end() :]
            return _resolution(rest, paras[k + 1 :])
        if verb:
            return _resolution(text[_sentence_start(text, verb.start()) :], paras[k + 1 :])
    for k, para in enumerate(paras):
        if MOTION_VERB.search(join_lines(para)):
            return _resolution("", paras[k + 1 :])
    return []


def _resolution(lead: str, following: list[list[str]]) -> list[str]:
    """A lead sentence ending in ':' introduces points or a paragraph; otherwise it is the motion."""
    if lead and not lead.endswith(":"):
        return [lead]
    points = _numbered_points(following)
    if points:
        return points
    if following:
        body = join_lines(following[0])
        return [join_lines([lead, body]) if lead and not RESOLUTION_LABEL.match(lead) else body]
    return [lead] if lead else []
