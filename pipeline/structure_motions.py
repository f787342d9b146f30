"""Motion points of an Antrag: the resolution text, one item per numbered point."""
from __future__ import annotations

import logging
import re

from pipeline.structure_markers import find_marker, sub_marker
from pipeline.structure_text import TextLine, join_lines, sentence_spans

log = logging.getLogger(__name__)

# Where the resolution starts, in reading order: "Beschlussvorschlag:", "Der Kreistag beschließt, …",
# "wir beantragen:" / "stellen folgenden Antrag:".
RESOLUTION_LABEL = re.compile(
    r"^(?:Beschlussvorschlag|Beschlussentwurf|Beschlussempfehlung|Antragstext|Beschluss|Antrag)\s*:\s*", re.IGNORECASE
)
RESOLUTION_VERB = re.compile(r"\b(?:beschließt|beschliesst|möge\s+(?:folgendes\s+)?beschließen|beschließen)\b")
# A line that is only the formula's end: "Der Kreistag möge beschließen:" — the text below it is the motion.
FORMULA_END = re.compile(rf"{RESOLUTION_VERB.pattern}\s*:\s*$")
# "wir beantragen:", "stellen folgenden Antrag:", "… folgenden Prüfauftrag:" (the verb may be a line above)
MOTION_VERB = re.compile(
    r"\b(?:beantrag(?:t|en)|stell(?:t|en)\s+(?:folgenden|den)\s+Antrag"
    r"|folgenden\s+(?:Antrag|(?:Dringlichkeits|Änderungs|Ergänzungs|Prüf)antrag|Prüfauftrag))\b.*:\s*$"
)
# The same in a sentence that wraps onto the line with its colon: "die Fraktion beantragt, den
# Beschlussvorschlag der Verwaltung / (Vorlage Nr. 2025/114) wie folgt zu ändern:"; an amendment
# may name only how the proposal changes: "… den Beschlussvorschlag wie folgt zu ergänzen:".
MOTION_SENTENCE = re.compile(
    r"(?:\b(?:beantrag(?:t|en)|stell(?:t|en)\s+(?:folgenden|den)\s+Antrag)\b"
    r"|\bwie\s+folgt\s+(?:zu\s+)?(?:ändern|ergänzen|fassen|erweitern|geändert|ergänzt|gefasst|erweitert)\b)"
    r".*:\s*$"
)
# A paragraph ending otherwise continues in the next one (OCR gaps split points).
TERMINAL = tuple(".?!:;\"“”)")
# What ends the resolution: the justification and the closing.
MOTION_END = re.compile(r"^(?:Begründung|Erläuterung|Sachverhalt|Hintergrund|Mit\s+freundlichen)\b", re.IGNORECASE)


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence containing `pos`; spaCy's tokenizer keeps "Gem. § 5" or "Nr. 5" whole.

    A colon also opens the motion: "die Fraktion beantragt: Der Kreistag beschließt, …".
    """
    start = 0
    for sentence in sentence_spans(text):
        if sentence[0] <= pos < sentence[1]:
            start = sentence[0]
    colon = text.rfind(": ", start, pos)
    return colon + 2 if colon >= 0 else start


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
    """Items that start with a list marker ("1.", "a)"); unmarked lines continue the last item.

    Letters under a numbered point are its sub-items ("2. … a) … b) …"); a list that opens with
    "a)" is lettered, and each letter starts a point.
    """
    points: list[list[str]] = []
    lettered = False
    for para in paras:
        continues = points and (para[0][:1].islower() or not join_lines(points[-1]).endswith(TERMINAL))
        if points and not continues and find_marker(para[0]) is None and sub_marker(para[0]) is None:
            break  # an unnumbered paragraph after the points is no longer part of them
        for text in para:
            marker = find_marker(text)
            sub = sub_marker(text) if marker is None else None
            if marker is not None and marker.number is not None:
                points.append([text[marker.end :]])
            elif sub is not None and (not points or lettered):
                lettered = True
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
        end = next((k for k, text in enumerate(para) if MOTION_END.match(text)), None)
        if end is not None:  # "Begründung:" may follow the last point without a blank line
            if end:
                paras.append(para[:end])
            break
        paras.append(para)
    for k, para in enumerate(paras):
        for j, line in enumerate(para):
            label = RESOLUTION_LABEL.match(line)
            if label and (j == 0 or para[j - 1].endswith(TERMINAL)):  # not "… folgenden\nAntrag:"
                rest = [line[label.end() :]] if line[label.end() :].strip() else []
                return _resolution(rest + para[j + 1 :], paras[k + 1 :], from_label=True)
            verb = RESOLUTION_VERB.search(line)
            if verb:
                start = _sentence_start(line, verb.start())
                return _resolution([line[start:]] + para[j + 1 :], paras[k + 1 :])
    for k, para in enumerate(paras):  # no resolution formula: the points after "wir beantragen:"
        for j, line in enumerate(para):
            if MOTION_VERB.search(line) or (line.rstrip().endswith(":") and _motion_sentence(para[: j + 1])):
                return _resolution(para[j + 1 :], paras[k + 1 :])
    return []


def _motion_sentence(lines: list[str]) -> bool:
    """Whether the sentence that ends with the last of `lines` (in a colon) introduces the motion."""
    text = join_lines(lines)
    return MOTION_SENTENCE.search(text[_sentence_start(text, len(text) - 1) :]) is not None


def _resolution(lead: list[str], following: list[list[str]], from_label: bool = False) -> list[str]:
    """The resolution after its opening: numbered points, or one paragraph.

    `lead` holds the rest of the opening paragraph. When it ends in ':' (or is empty) the
    points or the paragraph that follow are the motion; otherwise its paragraph is.
    """
    for m, text in enumerate(lead):
        if text.rstrip().endswith(":") and m + 1 < len(lead):
            points = _numbered_points([lead[m + 1 :]] + following)
            if points:
                return points
            if FORMULA_END.search(text):  # "… möge beschließen:" with its paragraph right below
                return [join_lines(lead[m + 1 :])]
    text = join_lines(lead)
    if text and not text.endswith(":"):
        points = _numbered_points([lead] + following) if from_label else []
        return points or [text]
    points = _numbered_points(following)
    if points:
        return points
    if following:  # "… möge beschließen:" + a paragraph: that paragraph is the motion
        return [join_lines(following[0])]
    return [text] if text else []
