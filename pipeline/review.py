"""The review page: one self-contained HTML file to check a processed batch letter by letter."""
from __future__ import annotations

import logging
from collections import defaultdict
from html import escape
from pathlib import Path

from models import TOGETHER, DocType, LetterRecord, Repair
from pipeline.export import ProcessedLetter, read_processed
from pipeline.links import Links, link_letters
from pipeline.review_assets import CSS, JS
from pipeline.review_thumbs import thumbnails
from pipeline.write import atomic_write_text, ensure_output_dir, version_mix

log = logging.getLogger(__name__)

UNKNOWN = "(unknown)"
MISSING = '<span class="note">—</span>'  # a field the structure stage did not find
FILTERS = (("status", "Status"), ("doctype", "Type"), ("faction", "Faction"), ("warnings", "Warnings"))

PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>{title}</h1>{notice}
<form id="filters">{filters}<span id="shown"></span></form>
</header>
<main>
<table class="index">
<thead><tr><th>Status</th><th>Type</th><th>Date</th><th>Faction</th><th>Subject</th><th>Questions</th>
<th>Repairs</th><th>Warnings</th></tr></thead>
<tbody>
{index}
</tbody>
</table>
{letters}
</main>
<script>{js}</script>
</body>
</html>
"""

SECTION = """<section class="letter" id="{anchor}" {data}>
<h2>{heading}</h2>
<p>{badges} <span class="note">{source}</span></p>
{body}
</section>"""


def _attrs(**values: str) -> str:
    return " ".join(f'{name}="{escape(value, quote=True)}"' for name, value in values.items())


def facets(letter: ProcessedLetter) -> dict[str, str]:
    """The values the page filters on, as written into data-* attributes."""
    record = letter.record
    return {
        "status": letter.entry.status.value,
        "doctype": record.doc_type.value if record else UNKNOWN,
        "faction": (record.sender.organization if record else None) or UNKNOWN,
        "warnings": "yes" if record and record.warnings else "no",
    }


def build_review(letters: list[ProcessedLetter], title: str = "parlbrief review",
                 images: dict[str, list[str]] | None = None) -> str:
    """The whole page as one HTML string; every text from a letter goes through html.escape.

    Args:
        images: letter_id → data: URIs of its page images (see `pipeline.review_thumbs`).
    """
    anchors = [f"letter-{i + 1}" for i in range(len(letters))]
    images = images or {}
    records = {letter.record.letter_id: (anchor, letter.record)
               for letter, anchor in zip(letters, anchors) if letter.record}
    linked = _Linked(link_letters(record for _, record in records.values()), records)
    index = "\n".join(_index_row(letter, anchor) for letter, anchor in zip(letters, anchors))
    sections = "\n".join(_section(letter, anchor, images, linked) for letter, anchor in zip(letters, anchors))
    mix = version_mix(letter.entry for letter in letters)
    notice = f'<p class="notice">{escape(mix)}</p>' if mix else ""
    return PAGE.format(title=escape(title), notice=notice, css=CSS, js=JS, filters=_filters(letters), index=index,
                       letters=sections)


def _filters(letters: list[ProcessedLetter]) -> str:
    values: dict[str, set[str]] = defaultdict(set)
    for letter in letters:
        for key, value in facets(letter).items():
            values[key].add(value)
    parts = []
    for key, label in FILTERS:
        options = ['<option value="">all</option>'] + [
            f'<option value="{escape(v, quote=True)}">{escape(v)}</option>' for v in sorted(values[key])]
        parts.append(f'<label>{label} <select id="f-{key}">{"".join(options)}</select></label>')
    return "".join(parts)


def _data(letter: ProcessedLetter) -> str:
    return 'data-letter="" ' + _attrs(**{f"data-{k}": v for k, v in facets(letter).items()})


def _index_row(letter: ProcessedLetter, anchor: str) -> str:
    record, entry = letter.record, letter.entry
    subject = (record.subject if record else None) or Path(entry.input).name
    cells = [
        f'<span class="badge {escape(entry.status.value)}">{escape(entry.status.value)}</span>',
        escape(record.doc_type.value) if record else "",
        escape(record.date.isoformat()) if record and record.date else "",
        escape(record.sender.organization or "") if record else "",
        f'<a href="#{anchor}">{escape(subject)}</a>',
        str(len(record.questions)) if record else "",
        str(len(record.repairs)) if record else "",
        str(len(record.warnings)) if record else "",
    ]
    return f"<tr {_data(letter)}>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


class _Linked:
    """The batch's Anfrage–reply links, and where each letter's section is on the page."""

    def __init__(self, links: Links, letters: dict[str, tuple[str, LetterRecord]]):
        self.links, self.letters = links, letters

    def ref(self, letter_id: str) -> str:
        """A link to a letter's section: its subject (or type), date and id."""
        anchor, record = self.letters[letter_id]
        label = " · ".join(filter(None, [record.subject or record.doc_type.value,
                                         record.date.isoformat() if record.date else None, letter_id]))
        return f'<a href="#{anchor}">{escape(label)}</a>'


def _section(letter: ProcessedLetter, anchor: str, images: dict[str, list[str]], linked: _Linked) -> str:
    record, entry = letter.record, letter.entry
    badges = f'<span class="badge {escape(entry.status.value)}">{escape(entry.status.value)}</span>'
    if record is None:
        body = f'<p class="error">{escape(entry.error or "no letter record")}</p>'
        return SECTION.format(anchor=anchor, data=_data(letter), heading=escape(Path(entry.input).name),
                              badges=badges, source=escape(entry.input), body=body)
    if record.warnings:
        badges += f' <span class="badge warn">{len(record.warnings)} warning(s)</span>'
    body = "\n".join([
        _warnings(record), _fields(record), _questions(record, linked),
        _images(images.get(record.letter_id, [])), _texts(record), _repair_table(record),
    ])
    heading = escape(record.subject or Path(entry.input).name)
    source = f"{entry.input} · {record.letter_id} · {len(record.source.pages)} page(s) · {_methods(record)}"
    return SECTION.format(anchor=anchor, data=_data(letter), heading=heading, badges=badges,
                          source=escape(source), body=body)


def _images(uris: list[str]) -> str:
    if not uris:
        return ""
    # Only data: URIs made by review_thumbs reach here; escaped anyway, as everything else.
    tags = "".join(f'<img src="{escape(uri, quote=True)}" alt="page {n}" title="page {n}">'
                   for n, uri in enumerate(uris, 1) if uri.startswith("data:image/"))
    return f'<details><summary>Page images ({len(uris)})</summary><div class="thumbs">{tags}</div></details>'


def _methods(record: LetterRecord) -> str:
    parts = []
    for page in record.source.pages:
        confidence = f", conf. {page.mean_confidence:.0f}" if page.mean_confidence is not None else ""
        parts.append(f"p{page.number}: {page.method.value}{confidence}")
    return "; ".join(parts)


def _warnings(record: LetterRecord) -> str:
    if not record.warnings:
        return ""
    items = "".join(f"<li>{escape(w)}</li>" for w in record.warnings)
    return f'<details open><summary>Warnings ({len(record.warnings)})</summary><ul>{items}</ul></details>'


def _fields(record: LetterRecord) -> str:
    sender, addressee = record.sender, record.addressee
    rows = [
        ("Type", record.doc_type.value), ("Date", record.date.isoformat() if record.date else None),
        ("Place", record.place), ("Subject", record.subject), ("Reference", record.reference),
        ("Sender", ", ".join(filter(None, [sender.name, sender.role, sender.organization]))),
        ("Sender contact", " · ".join(filter(None, [sender.address, sender.phone, sender.fax, sender.email]))),
        ("Signatories", "; ".join(", ".join(filter(None, [s.name, s.role])) for s in record.signatories)),
        ("Addressee", ", ".join(filter(None, [addressee.name, addressee.role, addressee.organization]))),
        ("Salutation", record.salutation), ("Closing", record.closing), ("Cc", "; ".join(record.cc)),
        ("Meetings", "; ".join(f"{m.body} {m.date.isoformat() if m.date else ''}".strip() for m in record.meetings)),
        ("Motion points", " | ".join(record.motion_points)),
    ]
    body = "".join(f"<tr><th>{escape(name)}</th><td>{escape(value) if value else MISSING}</td></tr>"
                   for name, value in rows)
    return f"<details open><summary>Extracted fields</summary><table>{body}</table></details>"


def _questions(record: LetterRecord, linked: _Linked) -> str:
    """The questions; beside each, its answer: from the linked reply (an Anfrage) or its own (a reply)."""
    link = linked.links.link_of(record.letter_id)
    if record.doc_type is DocType.ANFRAGE and link:
        answers = {n: (a.text, a.page) for n, a in link.answers.items()}
        note = (f"Reply: {linked.ref(link.reply_id)}, matched by {escape(link.method.value)} "
                f"({escape(link.evidence)}); {len(link.answers)} of {len(record.questions)} questions answered")
        return _answered(record, answers, note)
    if record.doc_type is DocType.STELLUNGNAHME and (record.answers or link):
        answers: dict[int, tuple[str, int]] = {}
        for answer in record.answers:
            answers.setdefault(answer.number, (answer.text, answer.page))
        related = ", ".join(linked.ref(letter_id) for letter_id in linked.links.related(record.letter_id))
        note = f"Answers the Anfrage {related}" if related else "Its Anfrage is not in this batch"
        return _answered(record, answers, note)
    if not record.questions:
        return '<p class="note">No numbered questions.</p>'
    items = []
    for q in record.questions:
        label = escape(q.label or f"({q.number})")
        inferred = ' <span class="badge warn">number inferred</span>' if q.number_inferred else ""
        subs = "".join(f"<li>{escape(s.label)} {escape(s.text)}</li>" for s in q.subquestions)
        subs = f"<ul>{subs}</ul>" if subs else ""
        items.append(f'<li value="{q.number}"><b>{label}</b> {escape(q.text)}{inferred}'
                     f' <span class="note">p. {q.page}</span>{subs}</li>')
    return (f"<details open><summary>Questions ({len(record.questions)})</summary>"
            f'<ol class="questions">{"".join(items)}</ol></details>')


def _answered(record: LetterRecord, answers: dict[int, tuple[str, int]], note: str) -> str:
    """Questions and answers side by side, one row per question number (answers without a
    repeated question get a row of their own); `note` is trusted HTML."""
    questions = {q.number: q for q in reversed(record.questions)}
    rows = []
    for number in sorted(set(questions) | set(answers)):
        q = questions.get(number)
        label = escape(q.label or f"({number})") if q else f"({number})"
        question = (f'<b>{label}</b> {escape(q.text)} <span class="note">p. {q.page}</span>' if q
                    else '<span class="note">all questions, answered together</span>' if number == TOGETHER
                    else f'<b>{label}</b> <span class="note">not repeated</span>')
        answer = (f'{escape(answers[number][0])} <span class="note">p. {answers[number][1]}</span>'
                  if number in answers else '<span class="note">not answered</span>')
        css = "answer" if number in answers else "answer missing"
        rows.append(f'<tr data-question="{number}"><td>{question}</td><td class="{css}">{answer}</td></tr>')
    return (f"<details open><summary>Questions and answers ({len(record.questions)} questions, {len(answers)} "
            f'answers)</summary><p class="note">{note}</p><table class="qa"><thead><tr><th>Question</th>'
            f'<th>Answer</th></tr></thead><tbody>{"".join(rows)}</tbody></table></details>')


def _texts(record: LetterRecord) -> str:
    """Repaired text with every applied repair marked, and the raw text with originals and suggestions."""
    repaired_pages = record.text.split("\f")
    by_line: dict[tuple[int, int], list[Repair]] = defaultdict(list)
    for repair in record.repairs:
        by_line[(repair.page, repair.line)].append(repair)
    suggestions: dict[tuple[int, int], list[Repair]] = defaultdict(list)
    for suggestion in record.suggestions:
        suggestions[(suggestion.page, suggestion.line)].append(suggestion)
    repaired_html, raw_html, unplaced = [], [], 0
    for index, page in enumerate(record.source.pages):
        repaired_lines = repaired_pages[index].split("\n") if index < len(repaired_pages) else []
        rows, raw_rows = [], []
        for number, line in enumerate(page.lines):
            target = repaired_lines[number] if number < len(repaired_lines) else ""
            html, ok = mark_line(line.text, target, by_line.get((page.number, number), []))
            unplaced += 0 if ok else len(by_line.get((page.number, number), []))
            rows.append(f'<span class="ln">{number}</span>{html}')
            key = (page.number, number)
            raw = mark_raw(line.text, by_line.get(key, []), suggestions.get(key, []))
            raw_rows.append(f'<span class="ln">{number}</span>{raw}')
        extra = repaired_lines[len(page.lines):]
        rows.extend(escape(text) for text in extra)
        repaired_html.append(_page_block(page.number, rows))
        raw_html.append(_page_block(page.number, raw_rows))
    note = (f'<p class="error">{unplaced} repair(s) could not be placed in the repaired text; '
            "see the table below.</p>" if unplaced else "")
    return (f'<details open><summary>Repaired text ({len(record.repairs)} repairs marked; hover shows the '
            f'original)</summary>{note}<div class="pages">{"".join(repaired_html)}</div></details>'
            f'<details><summary>Raw text (repaired spans struck through, {len(record.suggestions)} '
            f'suggestions in blue)</summary><div class="pages">{"".join(raw_html)}</div></details>')


def _page_block(number: int, rows: list[str]) -> str:
    # One block per line with a hanging indent, so wrapped lines stay right of their line number.
    lines = "".join(f'<span class="l">{row}</span>' for row in rows)
    return f'<div class="page"><h4>Page {number}</h4><pre class="text">{lines}</pre></div>'


def mark_line(raw: str, repaired: str, repairs: list[Repair]) -> tuple[str, bool]:
    """HTML of one repaired line with each repair in a <mark> whose title shows the original.

    The repairs' offsets point into the raw line; the marks are placed by rebuilding the repaired line
    from the raw one. When that does not give the line the pipeline produced (overlapping or foreign
    edits), the line is shown unmarked and False is returned.
    """
    pieces, plain, position = [], [], 0
    for repair in sorted(repairs, key=lambda r: (r.start, r.end)):
        if repair.start < position or raw[repair.start:repair.end] != repair.original:
            return escape(repaired), not repairs
        pieces.append(escape(raw[position:repair.start]))
        title = f"original: {repair.original!r} · {repair.reason} · confidence {repair.confidence:.2f}"
        pieces.append(f'<mark class="repair" title="{escape(title, quote=True)}">{escape(repair.replacement)}</mark>')
        plain.extend([raw[position:repair.start], repair.replacement])
        position = repair.end
    pieces.append(escape(raw[position:]))
    plain.append(raw[position:])
    if "".join(plain) != repaired:
        return escape(repaired), not repairs
    return "".join(pieces), True


def mark_raw(raw: str, applied: list[Repair], suggested: list[Repair]) -> str:
    """HTML of one raw line: applied repairs struck through, suggestions underlined in blue."""
    pieces, position = [], 0
    marks = [(r, False) for r in applied] + [(r, True) for r in suggested]
    for mark, is_suggestion in sorted(marks, key=lambda m: (m[0].start, m[0].end)):
        if mark.start < position or raw[mark.start:mark.end] != mark.original:
            continue  # overlaps a mark already placed; the repairs table still lists it
        css = "suggestion" if is_suggestion else "original"
        verb = "suggested" if is_suggestion else "repaired to"
        title = f"{verb}: {mark.replacement!r} · {mark.reason} · confidence {mark.confidence:.2f}"
        pieces.append(escape(raw[position:mark.start]))
        pieces.append(f'<mark class="{css}" title="{escape(title, quote=True)}">{escape(mark.original)}</mark>')
        position = mark.end
    pieces.append(escape(raw[position:]))
    return "".join(pieces)


def _repair_table(record: LetterRecord) -> str:
    if not record.repairs and not record.suggestions:
        return '<p class="note">No repairs.</p>'
    rows = []
    for kind, items in (("applied", record.repairs), ("suggested", record.suggestions)):
        rows.extend(
            f"<tr><td>{kind}</td><td>{r.page}</td><td>{r.line}</td><td>{r.start}–{r.end}</td>"
            f"<td>{escape(r.original)}</td><td>{escape(r.replacement)}</td><td>{escape(r.reason)}</td>"
            f"<td>{r.confidence:.2f}</td></tr>" for r in items)
    head = ("<tr><th></th><th>Page</th><th>Line</th><th>Offsets</th><th>Original</th><th>Replacement</th>"
            "<th>Reason</th><th>Confidence</th></tr>")
    return f"<details><summary>Repairs table</summary><table>{head}{''.join(rows)}</table></details>"


def write_review(processed_dir: str | Path, out_html: str | Path, page_images: bool = True) -> Path:
    """Library entry point of `parlbrief review DIR -o review.html`.

    With `page_images`, the originals (found as the manifest names them, from the current folder)
    are rendered small and embedded; letters whose original is gone just show no images.

    Raises:
        FileNotFoundError: `processed_dir` does not exist.
        OutputError: the page cannot be written.
    """
    letters = read_processed(processed_dir)
    out = Path(out_html)
    ensure_output_dir(out.parent)
    images = thumbnails(letters) if page_images else {}
    title = f"parlbrief review: {Path(processed_dir).name}"
    atomic_write_text(out, build_review(letters, title=title, images=images))
    log.info("review page with %d letters → %s", len(letters), out)
    return out
