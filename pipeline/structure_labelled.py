"""Fields read from role-labelled lines (`pipeline.line_roles`): each field from the lines of its role.

These readers see what the letter rules do not: the forms of council information systems
("Vorlage Nr.: 2024/0001", "Eingang: 26.12.2024", "Unterzeichnet von:"), parliamentary prints
("Drucksache 15/1284") and the kind of paper printed as its title ("ANFRAGE", "Stellungnahme").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date as Date

from models import TOGETHER, Answer, DocType, LineRole, Meeting, Page, Question, Signatory
from pipeline.line_roles import label_lines
from pipeline.structure_dates import find_dates, letter_date_in_line, parse_date
from pipeline.structure_header import REFERENCE_LABEL, SUBJECT_LABEL
from pipeline.structure_markers import BULLET, SUB_MARKER, find_marker, roman_value
from pipeline.structure_roles import MEMBER_TITLE, PARTY_AFTER, looks_like_name
from pipeline.structure_text import PAGE_NUMBER_AFTER_GAP, clean_line, join_lines, reading_pages, unspaced

# A paper's number: "2024/0001", "2022/0025/1" (an amendment), "Drucksache 15/1284", "Drs. 19/11045".
PAPER_NUMBER = re.compile(r"\b(?:19|20)\d{2}/\d{3,5}(?:/\d{1,2})?\b")
PRINT_NUMBER = re.compile(r"\b(?:Drucksache|Drs\.?|Bundestagsdrucksache)\s*(?:Nr\.?\s*)?(?P<n>\d{1,2}\s*/\s*\d{1,6})", re.IGNORECASE)
# The kind of paper as its printed title, named by the title's first kind word within its first
# three words: "ANFRAGE", "GEMEINSAMER ANTRAG", "Stellungnahme zum Änderungsantrag", "Kleine Anfrage".
KIND_WORD = re.compile(
    r"\b(?P<reply>Stellungnahme|Antwort|Beantwortung)\b|\b(?P<question>Anfrage)\b"
    r"|\b(?P<motion>[\w-]*antrag|Resolution)\b",
    re.IGNORECASE,
)
# What a reply's title says it answers: "Stellungnahme zum Änderungsantrag", "Antwort auf die Anfrage",
# "Stellungnahme zum interfraktionellen Antrag" (adjectives between).
REPLY_TO = re.compile(r"\b(?:Stellungnahme|Antwort|Beantwortung)\s+(?:zu[mr]?|auf\s+(?:den|die))\s+"
                      r"(?:[\w-]+e[nr]?\s+){0,2}(?P<kind>[\w-]*antrag|Anfrage)\b", re.IGNORECASE)
KIND_OF = {"reply": DocType.STELLUNGNAHME, "question": DocType.ANFRAGE, "motion": DocType.ANTRAG}
SIGNATURE_LABEL = re.compile(r"^(?:unterzeichnet\s+von|gez\.?|gezeichnet)\s*:?\s*", re.IGNORECASE)
# The faction named in a form's head: "Anfrage: SPD", "Antrag der CDU-Gemeinderatsfraktion".
KIND_FACTION = re.compile(r"^(?:[\w-]*(?:Anfrage|Antrag))\s*(?::|der|des|von)\s*(?P<org>\S.*)$", re.IGNORECASE)
MEMBER_PARTY = re.compile(r"^(?:\w*(?:rat|rätin|verordnete[r]?)|Abgeordnete[r]?)\b.*" + PARTY_AFTER.pattern)
FACTION_WORD = re.compile(r"[Ff]raktion(?!ell)|FRAKTION(?!ELL)|Gruppe\b")  # not "Interfraktioneller Antrag"
# An answer's heading naming its questions: "Zu 1)", "Zu 1.:", "zu 3.a)", "Zu Frage 2:", "Zu den
# Fragen 6, 7 und 8:", "Antwort zu Frage 4:"; and a bare answer label: "Antwort:", "Antwort der Verwaltung:".
ANSWER_START = re.compile(
    r"^(?:Antwort\s+)?[Zz]u\s+(?:den\s+)?(?:(?:Fragen?|Nr\.|Punkt(?:en)?)\s*)?"
    r"(?P<numbers>\d{1,2}(?!\d)(?:\s*\.?\s*[a-z]\b)?(?:\s*(?:,|und|sowie|bis|[-–])\s*\d{1,2})*)\s*[.)]*\s*(?:\([^)]*\))?\s*[:.)]?\s*"
)
# The mark a repeated question starts with: "3.", "3)", "(3)", "1 a)", "2a)", "2a.", "Frage 4:"; "B)", "B:", "II.".
LEADING_NUMBER = re.compile(r"^(?:Frage\s+)?\(?(?:(?P<n>\d{1,2})(?:\s*[.):]|\s*[a-z][.)]|\s)|(?P<letter>[A-H])[.):]\s|(?P<roman>[IVX]{1,4})\.\s)")
# Roles that stand between answers without being part of them (a later page's head), and that end them.
NO_ANSWER = {LineRole.FURNITURE, LineRole.LETTERHEAD, LineRole.ADDRESS, LineRole.SALUTATION, LineRole.REFERENCE,
             LineRole.SUBJECT, LineRole.DATE, LineRole.OTHER}
ANSWERS_END = {LineRole.CLOSING, LineRole.SIGNATURE_NAME, LineRole.SIGNATURE_ROLE, LineRole.CC}
SURE_ROLE = 0.85  # the labeller's probability at which its role decides
MOTION_ROLES = (LineRole.MOTION, LineRole.MOTION_CONT)
# running text: a sentence may go on from one such line to the next
PROSE = {LineRole.BODY, LineRole.ANSWER, LineRole.QUESTION, LineRole.QUESTION_CONT, LineRole.SUBQUESTION,
         LineRole.MOTION, LineRole.MOTION_CONT}
# An indirect question after its number ("Die Verwaltung legt dar, / 1. welche Schulen …").
INDIRECT_QUESTION = re.compile(r"(?:wer|wen|wem|was|wie|wo|wann|warum|weshalb|wieso|welche[mnrs]?|ob|inwie(?:weit|fern)"
                               r"|wo(?:durch|mit|für|her|hin))\b", re.IGNORECASE)
# An answer that only points to another: "Siehe Antwort zu Frage 2.", "Auf die Antwort zu Frage 2 wird
# verwiesen.", "Vgl. die Antwort zu 3."
REFERS_BACK = re.compile(r"^(?:Siehe|Vgl\.|Vergleiche|Auf)\s+(?:auch\s+)?(?:die\s+)?"
                         r"(?:Antwort|Beantwortung|Ausführungen)\s+zu[rm]?\s+(?:Frage\s+)?"
                         r"(?P<n>\d{1,2})\b[^.]{0,30}\.?$",
                         re.IGNORECASE)
ANSWER_LABEL = re.compile(r"^(?:Antwort|Beantwortung|Stellungnahme)(?:\s+(?:der|des)\s+[\w-]+)?\s*:\s*", re.IGNORECASE)
# A meeting row of a form: the body, then the date ("Ausschuss für Umwelt 12.03.2024 5 Ö").
FORM_MEETING = re.compile(r"^(?P<body>[A-ZÄÖÜ][^\d:]{2,80}?)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{2,4})(?!\d)")


@dataclass(frozen=True)
class RoleLine:
    page: int
    index: int  # in the page's lines
    text: str
    role: LineRole
    confidence: float  # the labeller's probability for the role


def role_lines(pages: list[Page]) -> list[RoleLine]:
    """Every non-blank line with its role, in reading order (`index`: its place in `page.lines`).
    A line that ends with its page number after a gap ("Ergänzende Erläuterungen      Seite 2") is
    a running head whatever the labeller makes of it: the page number is printed evidence."""
    ordered = reading_pages(pages)
    found = [(page.number, source, line.text) for page, sources in ordered
             for line, source in zip(page.lines, sources) if line.text.strip()]
    roles = label_lines([page for page, _ in ordered])
    lines = [RoleLine(number, i, clean_line(text), role, p) for (number, i, text), (role, p) in zip(found, roles)]
    return [replace(line, role=LineRole.FURNITURE, confidence=1.0) if PAGE_NUMBER_AFTER_GAP.search(line.text) else line
            for line in lines]


def _of(lines: list[RoleLine], *roles: LineRole) -> list[RoleLine]:
    return [line for line in lines if line.role in roles]


def reference(lines: list[RoleLine]) -> str | None:
    """The paper's number from the reference lines: a Drucksache or Vorlage number, else the
    value after a reference label, else a reference line that is only a value."""
    for line in _of(lines, LineRole.REFERENCE):
        if found := PRINT_NUMBER.search(line.text):
            return re.sub(r"\s+", "", found["n"])
        if found := PAPER_NUMBER.search(line.text):
            return found.group()
    for line in _of(lines, LineRole.REFERENCE):
        if found := REFERENCE_LABEL.match(line.text):
            return found["ref"].strip()
    return None


def letter_date(lines: list[RoleLine]) -> tuple[Date | None, str | None]:
    """The first date of the date lines, with its place when the line is a dated place line."""
    for line in _of(lines, LineRole.DATE):
        if (dated := letter_date_in_line(line.text)) and dated.value:
            return dated.value, dated.place
        if hits := find_dates(line.text):
            return hits[0].value, None
    return None, None


def subject(lines: list[RoleLine]) -> str | None:
    """The first run of subject lines, joined, without a "Betreff:" label. A line the labeller is
    unsure of joins the run where the text plainly runs on between them: the line right below
    ("… Staatliches Museum" / "für Naturkunde Karlsruhe", "Betreff:" / its value), or the line
    right above ("Therapieplätze für Jugendliche mit … und" / "Erkrankungen")."""
    run: list[RoleLine] = []
    for k, line in enumerate(lines):
        if line.role is LineRole.SUBJECT:
            if not run and k and lines[k - 1].confidence < SURE_ROLE and _runs_on(lines[k - 1], line):
                run.append(lines[k - 1])
            run.append(line)
        elif run:
            last = run[-1]
            if line.confidence < SURE_ROLE and (_runs_on(last, line) or _adjacent(last, line) and last.text.rstrip().endswith(":")):
                run.append(line)
            break
    texts = [line.text for line in run]
    return join_lines([SUBJECT_LABEL.sub("", texts[0]), *texts[1:]]) if run else None


# Between the names of a list on one line: "Anna Berg, Eva Lang und Dr. Jan Ott".
NAME_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:und\s+)?|\s+(?:und|&)\s+")


def signatories(lines: list[RoleLine]) -> list[Signatory]:
    """A signatory per name on a signature name line ("Mirko Hoffmann, Joachim Supper" are two),
    with the role line right after it, else the member title before the name ("Stadträtin Dr.
    Rahsan Dogan"); a party in parentheses after the name is no part of it ("(parteilos)")."""
    found: list[Signatory] = []
    for k, line in enumerate(lines):
        if line.role is not LineRole.SIGNATURE_NAME:
            continue
        text = SIGNATURE_LABEL.sub("", line.text).strip(" ,")
        after = lines[k + 1] if k + 1 < len(lines) else None
        role = after.text if after and after.role is LineRole.SIGNATURE_ROLE and not SIGNATURE_LABEL.match(after.text) else None
        names = [part.strip() for part in NAME_LIST_SEPARATOR.split(text)]
        for name in names if len(names) > 1 and all(map(looks_like_name, names)) else [text]:
            name = PARTY_AFTER.sub("", name)
            title = MEMBER_TITLE.match(name)
            titled = title is not None and looks_like_name(name[title.end():])
            if titled:
                name = name[title.end():]
            if name and any(ch.isalpha() for ch in name):
                found.append(Signatory(name=name, role=role or (title["title"] if titled else None)))
    return found


def motion_points(lines: list[RoleLine], *, sure: bool = False) -> list[str]:
    """A point per motion line with the continuation lines after it, without its number or bullet; with
    `sure`, only the points the labeller is sure of, and those numbered next to a point taken ("2." after
    "1.", "1." before a sure "2."); the others, and what continues them, are left out."""
    points: list[tuple[int | None, bool, list[str]]] = []  # number, sure, lines
    running = False  # no line of other text since the last point's lines (a page's furniture or a heading read between aside)
    for k, line in enumerate(lines):
        if line.role not in (*MOTION_ROLES, LineRole.FURNITURE, LineRole.HEADING):
            running = False
        if line.role is LineRole.MOTION:
            running = True
            marker = find_marker(line.text)
            text = line.text[marker.end:] if marker else BULLET.sub("", line.text)
            if not marker and points and not "".join(points[-1][2]).strip():
                points[-1][2].append(text)  # a number alone on its line ("2."): the point's text is the line below
                continue
            certainty = line.confidence
            if marker and not text.strip() and k + 1 < len(lines) and lines[k + 1].role in MOTION_ROLES:
                certainty = max(certainty, lines[k + 1].confidence)  # a number alone is as sure as its text below
            points.append((marker.number if marker else None, certainty >= SURE_ROLE, [text]))
        elif line.role is LineRole.MOTION_CONT and points and running:
            points[-1][2].append(line.text)
    taken = [not sure or certain for _, certain, _ in points]
    grown = True
    while grown:  # the numbering chains outward from the points taken
        grown = False
        for i, (number, _, _) in enumerate(points):
            if not taken[i] and number is not None and any(
                    0 <= j < len(points) and taken[j] and points[j][0] == number + j - i for j in (i - 1, i + 1)):
                taken[i] = grown = True
    return [text for (_, _, point), take in zip(points, taken) if take and (text := join_lines(point))]


# a line end no sentence or title stops at: a hyphen, a comma, a conjunction, preposition or article
OPEN_END = re.compile(r"(?:[-–,]|\b(?:und|oder|sowie|bzw\.|für|von|vom|zur|zum|zu|mit|im|in|an|am|auf|bei|nach|über|"
                      r"der|die|das|des|dem|den|ein|eine|einer|eines|einem))$", re.IGNORECASE)


def _adjacent(upper: RoleLine, lower: RoleLine) -> bool:
    return (upper.page, upper.index + 1) == (lower.page, lower.index)


def _runs_on(upper: RoleLine, lower: RoleLine) -> bool:
    """Whether the text plainly runs on from one line to the next: the lower line begins in lower
    case after no full stop, or the upper one ends where nothing ends."""
    return _adjacent(upper, lower) and (lower.text[:1].islower() and not ends_sentence(upper.text)
                                        or bool(OPEN_END.search(upper.text.rstrip())))


def first_paragraph(lines: list[RoleLine]) -> list[RoleLine]:
    """The request of a paper that numbers nothing and prints no formula (a council form's
    "Antragstext", an Anfrage's one request "Bitte beziffern Sie …"): the first paragraph of its
    body, before any heading, closing or signature. A paragraph introducing it (ending in ":")
    takes the paragraph after it. A paragraph begins one line higher where the text runs on from a
    line the labeller is unsure of ("Bitte beziffern Sie die Ausgaben für die" / "Tauschschränke.")."""
    paragraphs: list[list[RoleLine]] = []
    for k, line in enumerate(lines):
        if line.role in (LineRole.HEADING, *ANSWERS_END) and paragraphs:
            break
        if line.role not in (LineRole.BODY, *MOTION_ROLES):
            continue
        before = paragraphs[-1][-1] if paragraphs else None
        if before and _adjacent(before, line):
            paragraphs[-1].append(line)
        elif paragraphs and (len(paragraphs) == 2 or not paragraphs[0][-1].text.rstrip().endswith(":")):
            break
        elif k and lines[k - 1].confidence < SURE_ROLE and _runs_on(lines[k - 1], line):
            paragraphs.append([lines[k - 1], line])
        else:
            paragraphs.append([line])
    if not paragraphs or paragraphs[-1][-1].text.rstrip().endswith(":"):
        return []
    return paragraphs[-1]


def questions(lines: list[RoleLine]) -> list[Question]:
    """A question per question line with its continuation and sub-question lines; its printed
    number, else the next in sequence (inferred). For papers whose questions carry no numbers
    the letter rules recognise, or none at all ("Ist sichergestellt, dass …?")."""
    found: list[Question] = []
    parts: list[list[str]] = []
    for line in lines:
        if line.role is LineRole.QUESTION:
            marker = find_marker(line.text)
            number = marker.number if marker and marker.number else None
            found.append(Question(number=number or len(found) + 1, label=marker.label if marker else None,
                                  number_inferred=number is None, text="", page=line.page))
            parts.append([line.text[marker.end:] if marker else line.text])
        elif line.role in (LineRole.QUESTION_CONT, LineRole.SUBQUESTION) and parts:
            parts[-1].append(line.text)
    return [q.model_copy(update={"text": join_lines(texts)}) for q, texts in zip(found, parts) if join_lines(texts)]


def answers(lines: list[RoleLine], questions: list[Question]) -> list[Answer]:
    """The reply's answers: what follows each repeated question up to the next one, or follows a
    heading naming the questions ("Zu 1)", "Zu den Fragen 6, 7 und 8:", the same text for each).

    Whether a line is answer is decided here, by where it stands, not by its role alone: the
    labeller often calls answer prose body (or a question's continuation), so after a repeated
    question every line is answer until the next question, the closing or the signature. Questions
    repeated one after another share the answer after them (a heading before them may name them
    all: "Zu Fragen 1, 2 und 3"), unless it is mere prose and each gets its own answer later (an
    Anfrage printed whole before the answers).
    A repeated question takes the number of the record's question it begins (`questions`), else its
    printed number ("3.", "B)", "II."), else the next in order; answers to sub-questions ("1 a)",
    "1 b)") are joined. A reply that repeats no question and names none answers them all together:
    its prose is one answer numbered `TOGETHER`; a reply to a motion answers no question. An
    answer that only points to another ("Siehe Antwort zu Frage 2.") keeps its words and names the
    other in `refers_to`."""
    if _answers_a_motion(lines):
        return []
    starts = [(_start(q.text), q.number) for q in questions]
    blocks: list[tuple[list[int], int, list[str], bool]] = []  # numbers, page, lines, only shared prose
    current: list[int] = []
    state = ""  # "question": in a repeated question; "answer": in its answer; "": neither
    asked = named = False  # named: the current numbers are those of a heading with no answer text yet
    # a line going on in lower case continues the text above it, and an answer heading is one,
    # whatever the labeller calls them
    shown = [line for line in lines if line.role not in NO_ANSWER or line.text[:1].islower() or _heading(line)]
    for k, line in enumerate(shown):
        if line.role in ANSWERS_END:
            current, state = [], ""
            continue
        if heading := _heading(line):
            current, state = _numbers(heading["numbers"]), "answer"
            named = not line.text[heading.end():].strip()
            blocks.append((current, line.page, [line.text[heading.end():]], False))
            continue
        if state == "question" and _goes_on(shown[k - 1], line, shown[k + 1:k + 12]):
            continue
        if state and _repeats_subquestion(line, shown[k + 1:k + 2]):
            state = "question"  # "b) Trägern der Maßnahme," above its own heading "Zu 7 b):"
            continue
        answer = blocks[-1][2] if state == "answer" else []
        if (number := _asked(shown, k, starts, state != "question", (current or [0])[-1], answer)) is not None:
            if taken := _question_paragraph(shown, k, answer):
                del answer[-taken:]  # the question explains before it asks: its paragraph is no part of the answer
            if not (named and (number in current or not number)):  # else one the heading just above names
                number = number or (current or [0])[-1] + 1
                current = [*current, number] if state == "question" and number not in current else [number]
                named = False
            state, asked = "question", True
            continue
        if state == "answer" and line.role is LineRole.SUBQUESTION and line.confidence >= SURE_ROLE:
            state = "question"  # a sub-question repeated before its own answer ("Zu 4 b):")
        elif state == "answer":
            blocks[-1][2].append(line.text)
            named = False
        elif state == "question":
            # prose after several questions answers them together, unless each has its own answer later
            shared = len(current) > 1 and not named and line.role is not LineRole.ANSWER
            blocks.append((current, line.page, [ANSWER_LABEL.sub("", line.text)], shared))
            state, named = "answer", False
    if not blocks and not asked:  # no question repeated, none named: the reply's prose answers them together
        body = next((k for k, line in enumerate(shown) if line.role in (LineRole.BODY, LineRole.ANSWER)), len(shown))
        end = next((k for k, line in enumerate(shown) if k > body and line.role in ANSWERS_END), len(shown))
        blocks = [([TOGETHER], shown[body].page, [line.text for line in shown[body:end]], False)] if body < end else []
    own = {number for numbers, _, _, shared in blocks if not shared for number in numbers}
    texts: dict[int, list[str]] = {}
    pages: dict[int, int] = {}
    for numbers, page, block, shared in blocks:
        for number in numbers:
            if not (shared and number in own):
                texts.setdefault(number, []).append(join_lines(block))
                pages.setdefault(number, page)
    found = [Answer(number=n, text=" ".join(t for t in texts[n] if t), page=pages[n])
             for n in sorted(texts) if any(texts[n])]
    for answer in found:
        if (back := REFERS_BACK.match(answer.text)) and int(back["n"]) != answer.number:
            answer.refers_to = int(back["n"])
    return found


def _answers_a_motion(lines: list[RoleLine]) -> bool:
    """The reply's title names the motion it answers ("STELLUNGNAHME zum Antrag", "… zum Ände-/rungsantrag")."""
    title = join_lines([line.text for line in _of(lines[:25], LineRole.LETTERHEAD)])
    named = REPLY_TO.search(unspaced(title))
    return named is not None and named["kind"].lower().endswith("antrag")


def _heading(line: RoleLine) -> re.Match[str] | None:
    """An answer heading naming its questions: labelled answer, closed by ":", ")" or ".", or alone on its line."""
    found = ANSWER_START.match(line.text)
    closed = found and (found.group().rstrip()[-1:] in ":.)" or found.end() == len(line.text.rstrip()))
    if found and _numbers(found["numbers"]) and (line.role is LineRole.ANSWER or closed):
        return found
    return None


def _asked(lines: list[RoleLine], k: int, starts: list[tuple[str, int]], between: bool, last: int,
           answer: list[str]) -> int | None:
    """The number of the repeated question that starts at line k (0: not printed, the next in
    order), or None. It begins like one of the record's questions (of several alike, the first
    after `last`, the number answered last); or its sentence asks (a "?", a list of sub-questions
    or one the heading after it answers, an indirect question after its number: "3. ob …", or,
    labelled a question after a finished sentence between questions, its continuation lines ask) and
    it is labelled a question, prints a number, has an answer heading after it or, `between`
    questions (not in one), begins a line after a finished sentence; or the labeller is sure of a
    numbered question line; or the line begins with the number after `last` and does not
    continue a numbered list in the `answer` read so far."""
    line = lines[k]
    printed = LEADING_NUMBER.match(line.text)
    text = line.text[printed.end():] if printed else line.text
    if own := _own(text, starts, printed and _printed_number(printed), last):
        return own
    sentence = [line]
    for after in lines[k + 1:k + 8]:
        # a sentence ends at its stop, or where a number, an answer heading or a question begins (an
        # unfinished question line goes on in the next)
        if (ends_sentence(sentence[-1].text) or after.role in ANSWERS_END or LEADING_NUMBER.match(after.text)
                or (after.role is LineRole.QUESTION and sentence[-1].role is not LineRole.QUESTION) or _heading(after)):
            break
        sentence.append(after)
    after = lines[k + len(sentence)] if k + len(sentence) < len(lines) else None
    headed = after is not None and (_heading(after) is not None or ANSWER_LABEL.match(after.text) is not None)
    after_sentence = (k == 0 or lines[k - 1].role not in PROSE or ends_sentence(lines[k - 1].text)
                      or _heading(lines[k - 1]) is not None)
    asks = (any("?" in part.text or part.role is LineRole.SUBQUESTION for part in sentence)
            or (printed and INDIRECT_QUESTION.match(text.lstrip()))
            or (len(sentence) > 1 and _repeats_subquestion(sentence[-1], [after] if after else []))
            or (between and line.role is LineRole.QUESTION and after_sentence and _run_asks(lines[k + 1:k + 12])))
    begins = between and line.role in PROSE and line.role is not LineRole.SUBQUESTION and after_sentence
    sure = printed and line.role is LineRole.QUESTION and line.confidence >= SURE_ROLE
    # a question or request repeated without "?" ("2. Sollen … aufgenommen werden.", "3. Die
    # Verwaltung zeigt … auf."), or a heading for it ("2) Im Speitel"): the next number, marked
    # "2." or "2)", begins a line, and is not the next item of a numbered list in the answer
    number = _printed_number(printed) if printed else 0
    in_order = (printed and printed.group().rstrip()[-1:] in ".):" and after_sentence and number == last + 1
                and not _list_goes_on(answer, number))
    if sure or in_order or (asks and (printed or line.role is LineRole.QUESTION or headed or begins)):
        return number
    return None


# A question's paragraph above its asking line is a preamble of a sentence or two; longer runs of
# lines without a blank are a layout that sets no blank lines (answers and questions run together).
PREAMBLE_LINES = 8


def _question_paragraph(lines: list[RoleLine], k: int, answer: list[str]) -> int:
    """How many lines at the end of the `answer` read so far belong to the question that begins at
    line k: the lines of its paragraph above it ("Bereits 2012 wurde … beraten. / Inwiefern …?"),
    finished sentences set apart from the answer by a blank line. The labeller reads such a preamble
    as answer prose; the layout says it is the question's. A page start is no such evidence: an
    answer goes on at the top of the next page in layouts that set no blank lines. None for a
    numbered question (its number begins its paragraph) or one that would leave the answer empty."""
    top = k
    while top > 0 and k - top <= PREAMBLE_LINES and _adjacent(lines[top - 1], lines[top]):
        top -= 1
    taken = k - top
    if not taken or taken > PREAMBLE_LINES or top == 0 or LEADING_NUMBER.match(lines[k].text):
        return 0
    paragraph = lines[top:k]
    blank_above = lines[top - 1].page == lines[top].page
    if (not blank_above or not ends_sentence(paragraph[-1].text) or not paragraph[0].text[:1].isupper()
            or answer[-taken:] != [line.text for line in paragraph] or not join_lines(answer[:-taken]).strip()):
        return 0
    return taken


def _run_asks(after: list[RoleLine]) -> bool:
    """The question's lines as the labeller groups them (continuation lines it is sure of, after a
    question line) ask: a question put after a sentence or two of preamble ("Die Regelung hat sich nicht
    bewährt. Bereits 2012 … Inwiefern …?")."""
    for line in after:  # up to another question's number or an answer's heading
        if line.role is LineRole.SUBQUESTION and line.confidence >= SURE_ROLE:
            if "?" in line.text:
                return True  # it asks in its list of sub-questions ("aufgeschlüsselt nach / 3.1 …, / 3.2 …?")
            continue
        if (line.role is not LineRole.QUESTION_CONT or line.confidence < SURE_ROLE or LEADING_NUMBER.match(line.text)
                or _heading(line)):
            return False
        if "?" in line.text:
            return True
    return False


def _list_goes_on(answer: list[str], number: int) -> bool:
    """A numbered list in the answer (after its first line) ends in `number` - 1: the number goes on with it."""
    marks = [mark for text in answer[1:] if (mark := LEADING_NUMBER.match(text))]
    return bool(marks) and _printed_number(marks[-1]) == number - 1


def _printed_number(mark: re.Match[str]) -> int:
    if mark["n"]:
        return int(mark["n"])
    return ord(mark["letter"]) - ord("A") + 1 if mark["letter"] else roman_value(mark["roman"]) or 0


def _goes_on(before: RoleLine, line: RoleLine, after: list[RoleLine]) -> bool:
    """The repeated question goes on in this line: its sentence is not finished (unless the
    labeller is sure the line answers, or the question is a heading), or the line is a
    sub-question, asks a further question, or goes on with a question that has not asked yet in
    lines that ask below (`_run_asks`)."""
    if line.role is LineRole.SUBQUESTION or line.role is LineRole.QUESTION_CONT and "?" in line.text:
        return True
    if (before.role in (LineRole.QUESTION, LineRole.QUESTION_CONT) and not before.text.rstrip().endswith("?")
            and _run_asks([line, *after])):
        return True  # a preamble's next sentence: the question has not asked yet
    if before.role is LineRole.HEADING and line.role is not LineRole.HEADING:
        return False  # a heading standing for the question ("I. Rechtliche Situation") ends without a stop
    return not ends_sentence(before.text) and not (line.role is LineRole.ANSWER and line.confidence >= SURE_ROLE)


def ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence, a closing quote or bracket after its stop left aside."""
    return text.rstrip(" )\"'“”»«").endswith(("?", ".", "!", ":"))


def _own(text: str, starts: list[tuple[str, int]], printed: int | None, last: int) -> int | None:
    """The number of the record's question a line begins (its first words, or all of a short line's
    words, three at least, as the start of a question's): the one such question, or of several
    alike the one whose number the line prints, else the first after `last` (questions are
    repeated in order: "Welche Kosten sind … entstanden, und zwar" asked as 2 and again as 8)."""
    start = _start(text)
    words = len(start.split())
    if not words:  # a number alone on its line ("2." with the question below) begins no question's words
        return None
    found = {number for key, number in starts if key == start or (3 <= words < 6 and key.startswith(start + " "))}
    if printed in found:
        return printed
    if len(found) == 1:
        return found.pop()
    return min((n for n in found if n > last), default=None)


def _repeats_subquestion(line: RoleLine, after: list[RoleLine]) -> bool:
    """The line is a sub-question repeated above the heading that answers it: "b) …" before "Zu 7 b):"."""
    mark = SUB_MARKER.match(line.text)
    heading = _heading(after[0]) if after and mark else None
    letter = mark["label"].strip("().") if mark else ""
    return heading is not None and re.search(rf"\d\s*\.?\s*{letter}\b", heading["numbers"]) is not None


def _start(text: str) -> str:
    """A question's first words, to find which of the record's questions a repeated one is."""
    return " ".join(re.sub(r"[^\w ]", "", text.casefold()).split()[:6])


def _numbers(text: str) -> list[int]:
    """"6, 7 und 8" → 6, 7, 8; "3 bis 5" → 3, 4, 5."""
    numbers: list[int] = []
    for part in re.split(r"\s*(?:,|und|sowie|&)\s*", text.strip()):
        ends = [int(n) for n in re.findall(r"\d{1,2}", part)]
        if len(ends) == 2 and re.search(r"bis|[-–]", part) and ends[0] < ends[1] <= ends[0] + 30:
            numbers.extend(range(ends[0], ends[1] + 1))
        elif ends:
            numbers.append(ends[0])
    return numbers


def meetings(lines: list[RoleLine]) -> list[Meeting]:
    """The bodies and dates of a form's meeting rows: "Gemeinderat 20.02.2024 22 Ö Kenntnisnahme"."""
    found = []
    for line in _of(lines, LineRole.FORM):
        row = FORM_MEETING.match(line.text)
        if row and (day := parse_date(row["date"])):
            found.append(Meeting(body=row["body"].strip(), date=day))
    return found


def doc_type(lines: list[RoleLine]) -> DocType | None:
    """The kind printed as the paper's title in its head (a subject's "Ihre Anfrage vom …" is the
    letter rules' to read); else a reply when the labeller is sure of answers and of a question or subject."""
    answering = _answered(lines) >= 2
    for line in _of(lines[:25], LineRole.LETTERHEAD):
        title = unspaced(line.text)
        found = KIND_WORD.search(title)
        if found and len(title[: found.start()].split()) < 3:
            # a print of the Anfrage with its answers ("Kleine Anfrage … und Antwort") is the answer
            return DocType.STELLUNGNAHME if answering and found.lastgroup == "question" else KIND_OF[found.lastgroup]
    sure = {line.role for line in lines if line.confidence >= SURE_ROLE}
    return DocType.STELLUNGNAHME if LineRole.ANSWER in sure and sure & {LineRole.QUESTION, LineRole.SUBJECT} else None


def _answered(lines: list[RoleLine]) -> int:
    """How many questions the labeller is sure are followed by an answer it is sure of."""
    count, asked = 0, False
    for line in lines:
        if line.role is LineRole.QUESTION and line.confidence >= SURE_ROLE:
            asked = True
        elif line.role is LineRole.ANSWER and line.confidence >= SURE_ROLE and asked:
            count, asked = count + 1, False
    return count


def faction(lines: list[RoleLine]) -> str | None:
    """The submitting faction named in the head: "Anfrage: SPD", "SPD-Gemeinderatsfraktion"."""
    head = _of(lines[:30], LineRole.LETTERHEAD, LineRole.REFERENCE)
    named = next((found["org"].strip() for line in head if (found := KIND_FACTION.match(line.text))), None)
    full = next((re.split(r"\s{3,}|\s+Vorlage\b", line.text)[0].strip() for line in head
                 if FACTION_WORD.search(line.text) and not KIND_FACTION.match(line.text)), None)
    if named and not (full and named.casefold() in full.casefold()):
        return named
    if full:  # the faction's own name ("CDU-Gemeinderatsfraktion") over its party's ("Antrag: CDU")
        return full
    for line in head:  # a councillor's party: "Stadträtin Doris Baitinger (SPD)"
        if found := MEMBER_PARTY.search(line.text):
            return found["party"].strip()
    return None
