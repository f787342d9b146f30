"""Render an EvalSummary as one self-contained HTML page (no scripts, no external files)."""
from __future__ import annotations

from html import escape
from string import Template

from rapidfuzz.distance import Levenshtein

from models.evaluation import EvalStatus, EvalSummary, LetterEval, TextScore, TokenKind
from models.letter import Question
from parlbrief.evaluation.table import table_cells


class Safe(str):
    """HTML that is already escaped; everything else passed to `el` gets escaped."""


def el(tag: str, *children: object, **attrs: str | None) -> Safe:
    """One element; string children are escaped, Safe children inserted as they are.

    `cls="x"` becomes `class="x"`; attributes with value None are left out.
    """
    attr_text = "".join(
        f' {"class" if key == "cls" else key}="{escape(value, quote=True)}"'
        for key, value in attrs.items()
        if value is not None
    )
    inner = "".join(child if isinstance(child, Safe) else escape(str(child)) for child in children)
    return Safe(f"<{tag}{attr_text}>{inner}</{tag}>")


def join(parts: list[Safe]) -> Safe:
    return Safe("".join(parts))


PAGE = Template("""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>$title</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5em;max-width:80em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.diff td{background:#fff0f0}tr.same td.val{color:#555}
del{background:#fbb;text-decoration:none}ins{background:#bfb;text-decoration:none}
.text{white-space:pre-wrap;font-family:monospace;border:1px solid #ddd;padding:.5em}
.t-fixed{background:#bfb}.t-broke{background:#f88}.t-misrepaired{background:#fd8}
.t-error{background:#fcc;text-decoration:underline wavy #c00}.t-unaligned{background:#eee;color:#888}
details{margin:.3em 0}summary{cursor:pointer}.bad{color:#b00;font-weight:bold}
</style></head><body>
$body
</body></html>
""")

DIFF_MIN_SIMILARITY = 0.5
LEGEND = [
    (TokenKind.FIXED, "fixed by repair"),
    (TokenKind.BROKE, "correct token broken by repair"),
    (TokenKind.MISREPAIRED, "changed by repair, still wrong"),
    (TokenKind.ERROR, "remaining error"),
    (TokenKind.UNALIGNED, "no gold counterpart"),
]


def diff_spans(gold: str, pred: str) -> Safe:
    """`pred` with characters gold lacks in <ins> and gold characters it lacks in <del>.

    Unrelated values (under half similar) show whole: a character diff of them is noise.
    """
    if not pred:
        return el("em", "(none)")
    if Levenshtein.normalized_similarity(gold, pred) < DIFF_MIN_SIMILARITY:
        return el("ins", pred)
    parts: list[Safe] = []
    for op in Levenshtein.opcodes(gold, pred):
        removed, added = gold[op.src_start : op.src_end], pred[op.dest_start : op.dest_end]
        if op.tag == "equal":
            parts.append(Safe(escape(added)))
            continue
        if removed:
            parts.append(el("del", removed))
        if added:
            parts.append(el("ins", added))
    return join(parts)


def metric_table(summary: EvalSummary) -> Safe:
    header, lines = table_cells(summary)
    head = el("tr", join([el("th", cell) for cell in header]))
    body = [el("tr", el("td", line[0]), join([el("td", cell, cls="num") for cell in line[1:]])) for line in lines]
    return el("table", head, join(body))


def fields_table(letter: LetterEval) -> Safe:
    rows = [el("tr", join([el("th", h) for h in ("field", "gold", "extracted")]))]
    for field in letter.fields:
        gold, pred = field.gold or "", field.pred or ""
        shown = el("td", pred, cls="val") if field.match else el("td", diff_spans(gold, pred))
        rows.append(el("tr", el("td", field.name), el("td", gold, cls="val"), shown,
                       cls="same" if field.match else "diff"))
    return el("table", join(rows))


def _question(question: Question | None) -> tuple[str, str]:
    if question is None:
        return "", ""
    number = f"{question.number}{' (inferred)' if question.number_inferred else ''}"
    return number, question.text


def questions_table(letter: LetterEval) -> Safe:
    if not letter.question_pairs:
        return el("p", "No questions in gold or extraction.")
    rows = [el("tr", join([el("th", h) for h in ("gold no.", "gold text", "no.", "extracted text", "sim.")]))]
    for pair in letter.question_pairs:
        (gold_no, gold_text), (pred_no, pred_text) = _question(pair.gold), _question(pair.pred)
        same = pair.gold is not None and pair.pred is not None and pair.gold.number == pair.pred.number
        same = same and gold_text == pred_text
        pred_cell = el("td", pred_text) if same or pair.gold is None else el("td", diff_spans(gold_text, pred_text))
        rows.append(el("tr", el("td", gold_no), el("td", gold_text), el("td", pred_no), pred_cell,
                       el("td", f"{pair.similarity:.2f}", cls="num"), cls="same" if same else "diff"))
    return el("table", join(rows))


def motions_table(letter: LetterEval) -> Safe:
    rows = [el("tr", join([el("th", h) for h in ("gold motion point", "extracted", "sim.")]))]
    for pair in letter.motion_pairs:
        gold, pred = pair.gold or "", pair.pred or ""
        same = gold == pred
        pred_cell = el("td", pred) if same or not gold else el("td", diff_spans(gold, pred))
        rows.append(el("tr", el("td", gold), pred_cell, el("td", f"{pair.similarity:.2f}", cls="num"),
                       cls="same" if same else "diff"))
    return el("table", join(rows))


def marked_text(letter: LetterEval) -> Safe:
    """The repaired text, each token coloured by what repair did and whether it matches gold."""
    parts: list[Safe] = []
    for token in letter.tokens:
        if token.kind == TokenKind.OK:
            parts.append(Safe(escape(token.text)))
        else:
            title = f"raw: {token.raw or '–'} · gold: {token.gold or '–'}"
            parts.append(el("span", token.text, cls=f"t-{token.kind.value}", title=title))
        parts.append(Safe(token.sep))
    return el("div", join(parts), cls="text")


def _anchor(letter: LetterEval) -> str:
    return f"{letter.letter}-{letter.rendering.value}"


def _cer(score: TextScore) -> str:
    return f"{score.char_errors / score.chars:.4f}" if score.chars else "–"


def overview_table(summary: EvalSummary) -> Safe:
    """One line per letter rendering, linking to its section."""
    header = ("letter", "rendering", "status", "CER before", "CER after", "questions matched/gold/found",
              "fields differing")
    rows = [el("tr", join([el("th", h) for h in header]))]
    for letter in summary.letters:
        q = letter.questions
        wrong = sum(not field.match for field in letter.fields)
        cells = [el("td", el("a", letter.letter, href=f"#{_anchor(letter)}")), el("td", letter.rendering.value),
                 el("td", letter.status.value), el("td", _cer(letter.text_before), cls="num"),
                 el("td", _cer(letter.text_after), cls="num"),
                 el("td", f"{q.matched}/{q.gold}/{q.predicted}", cls="num"), el("td", str(wrong), cls="num")]
        ok = letter.status == EvalStatus.OK and not wrong and q.matched == q.gold == q.predicted
        rows.append(el("tr", join(cells), cls="same" if ok else "diff"))
    return el("table", join(rows))


def letter_section(letter: LetterEval) -> Safe:
    wrong = sum(not field.match for field in letter.fields)
    label = f"{letter.letter} · {letter.rendering.value} · CER {_cer(letter.text_after)} · {wrong} field(s) differ"
    status = el("span", f" {letter.status.value}: {letter.error}", cls="bad") if letter.error else Safe("")
    return el(
        "details",
        el("summary", label, status),
        el("h4", "Header fields"), fields_table(letter),
        el("h4", "Questions"), questions_table(letter),
        join([el("h4", "Motion points"), motions_table(letter)]) if letter.motion_pairs else Safe(""),
        el("h4", "Text (repairs and remaining errors marked; hover for raw and gold)"), marked_text(letter),
        id=_anchor(letter),
    )


def render_html(summary: EvalSummary) -> str:
    """The whole report page."""
    legend = join([join([el("span", label, cls=f"t-{kind.value}"), Safe(" ")]) for kind, label in LEGEND])
    where = f"gold {summary.gold_dir}; predictions {summary.pred_dir or 'run now'}; subset {summary.subset.value}"
    body = join([
        el("h1", "parlbrief evaluation"), el("p", where),
        el("h2", "Metrics"), metric_table(summary),
        el("h2", "Letters"), overview_table(summary), el("p", "Legend: ", legend),
        join([letter_section(letter) for letter in summary.letters]),
    ])
    return PAGE.substitute(title="parlbrief evaluation", body=body)
