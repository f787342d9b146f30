"""Fictional parliamentary prints: deterministic, one role per non-blank line, every question answered, page furniture."""
from __future__ import annotations

import re

import pytest

from models import Line, LineRole, Page, PageMethod
from parlbrief.synth_prints import COSTS, KINDS, generate
from pipeline.line_roles import features

ASKING = {LineRole.QUESTION, LineRole.QUESTION_CONT, LineRole.SUBQUESTION}
ANSWERING = ("landtag_antwort", "bundestag_antwort", "rat_antwort", "brief_antwort")


@pytest.fixture(scope="module")
def docs():
    return generate(40)


@pytest.fixture(scope="module")
def many():
    return generate(480)


def _roles(pages, skip=(LineRole.FURNITURE, LineRole.OTHER)) -> list[LineRole]:
    return [role for page in pages for _, role in page if role is not None and role not in skip]


def test_same_seed_same_documents(docs):
    assert generate(40) == docs
    assert generate(12) == docs[:12]
    assert generate(40, seed=1) != docs


def test_every_non_blank_line_has_one_role_and_blank_lines_none(docs):
    for _, _, pages in docs:
        for page in pages:
            for text, role in page:
                if text.strip():
                    assert isinstance(role, LineRole), text
                else:
                    assert text == "" and role is None


def test_every_kind_appears(docs):
    assert {kind for _, kind, _ in docs} == set(KINDS)
    assert len({name for name, _, _ in docs}) == len(docs)


def test_lines_fit_the_page(docs):
    assert max(len(text) for _, _, pages in docs for page in pages for text, _ in page) <= 90


def test_questions_in_answer_documents_are_answered_before_the_next(docs):
    answered = 0
    for name, kind, pages in docs:
        if kind not in ANSWERING:
            continue
        roles = _roles(pages)
        if LineRole.ANSWER not in roles:  # a statement on an Antrag: no questions to answer
            assert not ASKING & set(roles), name
            continue
        first = roles.index(LineRole.ANSWER)
        start = max(i for i in range(first) if roles[i] not in ASKING) + 1  # a question paper printed before: unanswered
        for i in range(start, len(roles) - 1):
            if roles[i] in ASKING and roles[i + 1] not in ASKING:
                assert roles[i + 1] == LineRole.ANSWER, (name, i)
        assert roles[-1] not in ASKING, name
        answered += 1
    assert answered >= 8


def test_page_furniture_between_a_question_and_its_answer_happens(docs):
    def between(pages):
        roles = [role for page in pages for _, role in page if role is not None]
        return any(a in ASKING and b == LineRole.FURNITURE and LineRole.ANSWER in roles[i + 1:i + 6]
                   for i, (a, b) in enumerate(zip(roles, roles[1:])))
    assert any(between(pages) for _, kind, pages in docs if kind in ANSWERING)


def test_later_pages_carry_furniture(docs):
    multi = [pages for _, _, pages in docs if len(pages) > 1]
    assert len(multi) >= 0.7 * len(docs)
    for pages in multi:
        for page in pages[1:]:
            assert LineRole.FURNITURE in (page[0][1], page[-1][1])  # running head or page number on top, or a footer


def test_continuation_lines_follow_their_first_line(docs):
    for name, _, pages in docs:
        roles = _roles(pages, skip=(LineRole.FURNITURE, LineRole.OTHER, LineRole.DATE))  # (an issue date at a page's foot)
        for before, role in zip(roles, roles[1:]):
            if role == LineRole.QUESTION_CONT:
                assert before in ASKING, name
            if role == LineRole.MOTION_CONT:
                assert before in (LineRole.MOTION, LineRole.MOTION_CONT), name


def test_each_document_has_its_head_date_and_title_and_each_paper_its_number(docs):
    for name, kind, pages in docs:
        first = {role for _, role in pages[0]}
        # a lawyer's date may stand a column gap before the file number: the line is the reference then
        dated_reference = kind == "schreiben" and any(role is LineRole.REFERENCE and re.search(r"\d{1,2}\.\s?(?:\d{1,2}\.\s?|[A-ZÄÖÜ][a-zä]+ )\d{4}", text)
                                                      for text, role in pages[0])
        assert {LineRole.SUBJECT, LineRole.LETTERHEAD} <= first and (LineRole.DATE in first or dated_reference), name
        assert LineRole.REFERENCE in first or kind.startswith("brief_") or kind == "schreiben", name  # a letter need not print a file number


def test_letters_are_addressed_greet_and_close(docs):
    letters = [(name, _roles(pages)) for name, kind, pages in docs if kind.startswith("brief_")]
    assert len(letters) >= 6
    for name, roles in letters:
        assert roles.index(LineRole.ADDRESS) < roles.index(LineRole.SALUTATION) < roles.index(LineRole.CLOSING), name
        assert roles.index(LineRole.CLOSING) < roles.index(LineRole.SIGNATURE_NAME), name


def test_the_line_role_features_read_the_pages(docs):
    for _, _, pages in docs[:9]:
        model_pages = [Page(number=n, method=PageMethod.TEXT, lines=[Line(text=text) for text, _ in page])
                       for n, page in enumerate(pages, start=1)]
        assert len(features(model_pages)) == len(_roles(pages, skip=()))


def test_a_statement_on_an_antrag_may_answer_each_point_right_below_it(many):
    roles = [_roles(pages) for _, kind, pages in many if kind == "rat_antwort"]
    assert any((LineRole.BODY, LineRole.MOTION) in zip(r, r[1:]) for r in roles)


def test_an_anfrages_reasons_may_follow_its_questions(many):
    after = [r[max(k for k, role in enumerate(r) if role in ASKING):] for r in
             (_roles(pages) for _, kind, pages in many if kind == "rat_anfrage")]
    assert any(LineRole.BODY in tail for tail in after)
    assert any(LineRole.BODY in tail and LineRole.HEADING not in tail for tail in after)  # on many forms without a heading


def test_a_motion_points_lettered_parts_may_run_over_lines(many):
    lines = [[text for page in pages for text, role in page if text] for _, kind, pages in many if kind in ("rat_antrag", "brief_antrag")]
    assert any(a.startswith("a) ") and not b.startswith("b) ") and c.startswith("b) ") for r in lines for a, b, c in zip(r, r[1:], r[2:]))


def test_a_form_may_name_its_submitter_under_the_title(many):
    heads = [[item for item in pages[0] if item[1] is not None] for _, kind, pages in many if kind in ("rat_antrag", "rat_anfrage")]
    assert any(title[1] == LineRole.SUBJECT and below[1] == LineRole.LETTERHEAD and "raktion" in below[0]
               and not below[0].startswith(("Antrag", "Anfrage", "ANTRAG", "ANFRAGE", "Änderungsantrag"))  # not the kind's title
               for head in heads for title, below in zip(head, head[1:]))


def test_a_reply_may_print_its_summary_and_box_of_consequences_before_its_text(many):
    def boxed_first(roles):
        text = min(roles.index(role) for role in (LineRole.QUESTION, LineRole.MOTION) if role in roles)
        return LineRole.BODY in roles[:text] and LineRole.FORM in roles[roles.index(LineRole.BODY):text]
    assert any(boxed_first(_roles(pages)) for _, kind, pages in many if kind == "rat_antwort")


def test_a_forms_cost_labels_may_stand_unfilled_and_broken_over_lines(many):
    forms = [[text for page in pages for text, role in page if role == LineRole.FORM] for _, _, pages in many]
    assert any(f"{a} {b}" in COSTS for lines in forms for a, b in zip(lines, lines[1:]))



def test_a_forms_title_may_name_its_topic_then_on_a_line_of_its_own_what_of_it(many):
    titles = [[text for text, role in pages[0] if role == LineRole.SUBJECT] for _, kind, pages in many if kind.startswith("rat_")]
    assert any(len(title) > 1 and title[0].endswith(":") for title in titles)


def test_letters_that_number_their_argument_number_prose_not_motions(many):
    """A lawyer's letter, a Vermerk or an administration's letter numbers its paragraphs ("1. Zunächst …",
    "(2) Im Übrigen …"): those lines are body, and nothing in such a letter asks or moves."""
    import re

    numbered = re.compile(r"^(?:\(?\d{1,2}[.)]|[IVX]+\.)\s")
    letters = [(name, [(text, role) for page in pages for text, role in page if text]) for name, kind, pages in many if kind == "schreiben"]
    assert len(letters) >= 30
    dated = re.compile(r"^\d{1,2}\. [A-ZÄ][a-zä]+ \d{4}")  # a date line with a side column's name glued on numbers nothing
    paragraphs = [(name, text, role) for name, lines in letters for text, role in lines
                  if numbered.match(text) and not dated.match(text) and len(text) > 40]
    assert len(paragraphs) >= 100
    assert all(role is LineRole.BODY for _, _, role in paragraphs), [p for p in paragraphs if p[2] is not LineRole.BODY][:3]
    for name, lines in letters:
        assert not {LineRole.MOTION, LineRole.MOTION_CONT, LineRole.QUESTION, LineRole.SUBQUESTION} & {role for _, role in lines}, name
    # a law firm's side column read into the letter: partners' names and contact lines between the letter's own
    assert any(role is LineRole.LETTERHEAD and lines[k - 1][1] in (LineRole.BODY, LineRole.SALUTATION)
               for _, lines in letters for k, (_, role) in enumerate(lines) if k)


def test_questions_lettered_with_capitals_number_their_sub_questions(many):
    """"A. Welche …" with "1. für …" below: the capitals are questions, the digits sub-questions; decimals
    ("1.2 …") under numbered questions too."""
    import re

    capital, digit, decimal = re.compile(r"^[A-J]\.?\)? "), re.compile(r"^\d\.? |^\d\) "), re.compile(r"^\d\.\d\.? ")
    lines = [(text, role) for _, _, pages in many for page in pages for text, role in page if text]
    pairs = list(zip(lines, lines[1:]))
    assert any(capital.match(a) and ra is LineRole.QUESTION for (a, ra), _ in pairs)
    under_capital = [(b, rb) for (a, ra), (b, rb) in pairs if ra in (LineRole.QUESTION, LineRole.QUESTION_CONT, LineRole.SUBQUESTION)
                     and rb is LineRole.SUBQUESTION and digit.match(b)]
    assert under_capital
    assert any(rb is LineRole.SUBQUESTION and decimal.match(b) for (_, _), (b, rb) in pairs)


def test_a_law_firms_side_column_stands_far_right_between_the_letters_lines(many):
    """A lawyer's letter: the firm's partners, offices and contact lines in a column beside the letter, read in
    between its lines (letterhead), its register and bank lines furniture; placed documents put them right."""
    from parlbrief.synth_prints import Side, placed

    letters = [(name, pages) for name, kind, pages in many if kind == "schreiben" and any(isinstance(item, Side) for item in pages[0])]
    assert len(letters) >= 10
    side = [item for _, pages in letters for item in pages[0] if isinstance(item, Side)]
    assert {role for _, role in side} == {LineRole.LETTERHEAD, LineRole.FURNITURE}
    # alone between the addressee's lines or after them, and a column gap after a line of the letter
    assert any(isinstance(a, Side) and b[1] is LineRole.ADDRESS for _, pages in letters for a, b in zip(pages[0], pages[0][1:]))
    assert any("   " in text and role in (LineRole.ADDRESS, LineRole.SUBJECT, LineRole.DATE, LineRole.SALUTATION)
               for _, pages in letters for text, role in pages[0])
    boxes = [(name, pages, placed(name, pages)) for name, pages in letters]
    boxed = [(pages, where) for _, pages, where in boxes if where]
    assert boxed and len(boxed) < len(boxes)  # some as a PDF or scan gives them, some as plain text
    for pages, (width, _, page_boxes) in boxed:
        for item, box in zip(pages[0], page_boxes[0]):
            assert (box is None) == (not item[0])
            if box and item[1] is LineRole.BODY:
                assert box[0] < 0.35 * width
            if box and isinstance(item, Side):
                assert box[0] > 0.55 * width
    assert placed(*letters[0]) == placed(*letters[0])


def test_a_lawyers_letter_may_bill_its_fees_and_enclose_a_declaration_to_sign(many):
    lines = [(text, role) for _, kind, pages in many if kind == "schreiben" for page in pages for text, role in page if text]
    bills = [text for text, role in lines if role is LineRole.BODY and re.search(r"VV RVG|Umsatzsteuer", text) and "€" in text + "EUR"]
    assert bills and all(role is LineRole.BODY for text, role in lines if text.startswith("Gegenstandswert"))
    assert any(role is LineRole.HEADING and "erklärung" in text.casefold() for text, role in lines)
    assert any(role is LineRole.SUBJECT and " ./. " in f" {text} " for text, role in lines)
    # later pages headed by the firm's name: furniture there
    heads = [pages[1][0] for _, kind, pages in many if kind == "schreiben" and len(pages) > 1 and pages[1][0][1] is LineRole.FURNITURE]
    assert any(re.search(r"[A-ZÄÖÜ]{4,}", text) for text, _ in heads)


def test_a_statement_on_an_antrag_repeats_points_that_state_or_argue_and_answers_right_below(many):
    """"Stellungnahme zum Änderungsantrag": points that state a decision ("… bleiben ungekürzt") or give
    their reasons inside themselves, each followed by the administration's prose without a blank line."""
    from parlbrief.synth_prints import MOTION_REASONS, MOTION_STATEMENTS

    replies = [[item for page in pages for item in page] for _, kind, pages in many if kind == "rat_antwort"]
    on_antrag = [items for items in replies if any(role is LineRole.MOTION for _, role in items)]
    assert len(on_antrag) >= 0.35 * len(replies)
    motion_text = [" ".join(text for text, role in items if role in (LineRole.MOTION, LineRole.MOTION_CONT)) for items in on_antrag]
    stems = [s.split("{")[0] for s in MOTION_STATEMENTS] + [s.split("{")[0] for s in MOTION_REASONS]
    assert sum(any(stem in text for stem in stems) for text in motion_text) >= 5
    assert any((a[1], b[1]) == (LineRole.MOTION_CONT, LineRole.BODY) for items in on_antrag for a, b in zip(items, items[1:]))
    assert any(text.startswith("Stellungnahme zum Änderungsantrag") for items in on_antrag for text, role in items
               if role is LineRole.LETTERHEAD)


def test_council_questions_may_stand_under_numbered_topics_or_list_things_without_question_marks(many):
    lines = [(text, role) for _, kind, pages in many if kind in ("rat_anfrage", "rat_antwort") for page in pages
             for text, role in page if text]
    pairs = list(zip(lines, lines[1:]))
    # "1. Kosten und Finanzierung" (no question mark) with "- Welche …?" under it
    assert any(ra is LineRole.QUESTION and "?" not in a and rb is LineRole.SUBQUESTION and b.startswith(("- ", "– "))
               for (a, ra), (b, rb) in pairs)
    # a listed thing to report on: a sub-question without a question mark
    assert any(rb is LineRole.SUBQUESTION and not b.endswith("?") and b.split(" ", 1)[-1] in
               __import__("parlbrief.synth_prints", fromlist=["LISTED"]).LISTED for _, (b, rb) in pairs)


def test_an_item_may_go_on_in_a_paragraph_of_its_own_before_the_next_item(many):
    """After a blank line, a remark still belongs to the question (or motion point) above when another item
    follows; after the last item prose is the paper's own."""
    found = {LineRole.QUESTION_CONT: False, LineRole.MOTION_CONT: False}
    for _, kind, pages in many:
        if kind not in ("rat_anfrage", "rat_antrag"):
            continue
        items = [item for page in pages for item in page]
        for k in range(2, len(items) - 1):
            if items[k - 1] == ("", None) and items[k][1] in found and items[k - 2][1] not in (LineRole.FURNITURE, None):
                first = LineRole.QUESTION if items[k][1] is LineRole.QUESTION_CONT else LineRole.MOTION
                assert any(role is first for _, role in items[k:]), "an item's paragraph comes before another item"
                found[items[k][1]] = True
    assert all(found.values())


def test_a_factions_paper_may_end_with_the_council_offices_note_and_its_date(many):
    from parlbrief.synth_prints import OFFICE_NOTES

    tails = [[item for page in pages for item in page if item[1] not in (None, LineRole.FURNITURE)] for _, kind, pages in many
             if kind in ("rat_antrag", "rat_anfrage")]
    noted = [tail for tail in tails if any(text in OFFICE_NOTES for text, _ in tail)]
    assert noted
    for tail in noted:
        k = next(k for k, (text, _) in enumerate(tail) if text in OFFICE_NOTES)
        assert tail[k][1] is LineRole.OTHER and tail[k + 1][1] is LineRole.DATE


def test_a_council_title_may_run_over_two_lines(many):
    titles = [[text for text, role in pages[0] if role == LineRole.SUBJECT] for _, kind, pages in many if kind.startswith("rat_")]
    assert any(len(title) == 2 and not title[0].endswith(":") for title in titles)


def test_a_council_reply_may_set_its_answer_right_under_the_question(many):
    close = [(a, b) for _, kind, pages in many if kind == "rat_antwort" for page in pages for a, b in zip(page, page[1:])
             if a[1] in ASKING and b[1] is LineRole.ANSWER]
    assert close


def test_a_statement_on_a_repeated_motion_point_may_open_with_the_points_number(many):
    """"Zu 2. Die Verwaltung hält …" under the repeated point 2: the statement is prose (body), no answer."""
    replies = [[item for page in pages for item in page] for _, kind, pages in many if kind == "rat_antwort"]
    on_antrag = [items for items in replies if any(role is LineRole.MOTION for _, role in items)]
    led = [(text, role) for items in on_antrag for text, role in items if re.match(r"[Zz]u (?:Ziff(?:er|\.) |Punkt )?\d+\.?:? ", text)]
    assert len(led) >= 5
    assert all(role is LineRole.BODY for _, role in led)


def test_a_column_read_form_may_date_the_paper_on_a_labelled_line_above_the_meetings_date(many):
    """"vom: …" as the paper's date above the form's columns; the bare date among the values is the meeting's (form)."""
    dated = [items for items in ([item for page in pages for item in page] for _, _, pages in many)
             if any(role is LineRole.DATE and text.startswith(("vom: ", "Eingang: ", "Datum: ")) for text, role in items[:20])
             and any(text == "Termin:" for text, _ in items[:30])]
    assert len(dated) >= 3
    assert all(role is LineRole.FORM for items in dated for text, role in items[:30] if re.fullmatch(r"\d\d\.\d\d\.\d{4}", text))


def test_a_law_firm_may_print_its_web_address_under_every_later_page(many):
    """The same footer at the foot of page 2 and 3 (furniture): a footer, not the letter's last lines."""
    footed = [pages for _, kind, pages in many if kind == "schreiben" and len(pages) > 2
              and all(page[-1][0].startswith("www.") and page[-1][1] is LineRole.FURNITURE for page in pages[1:])]
    assert footed


def test_a_law_firms_register_lines_may_stand_in_its_side_column(many):
    """"Registergericht: AG …" read alone between the letter's lines of page 1, not only at its foot."""
    from parlbrief.synth_prints import Side

    register = re.compile(r"Registergericht|\bPR \d|^Sitz")
    inside = [(k, page) for _, kind, pages in many if kind == "schreiben" for page in pages[:1]
              for k, item in enumerate(page) if isinstance(item, Side) and register.search(item[0])]
    assert any(any(role is LineRole.BODY for _, role in page[k + 1:]) for k, page in inside)
    assert all(page[k][1] is LineRole.FURNITURE for k, page in inside)


def test_an_enclosed_declaration_may_have_a_place_to_sign_for_each_signer(many):
    places = [sum(text.startswith(("(Ort, Datum)", "Ort, Datum")) for page in pages for text, _ in page) for _, kind, pages in many if kind == "schreiben"]
    assert max(places) >= 2


def test_a_landtag_answer_may_repeat_its_questions_in_a_narrow_column_and_ask_without_a_question_word(many):
    answers = [[item for page in pages for item in page] for _, kind, pages in many if kind == "landtag_antwort"]
    narrow = [items for items in answers
              if max(len(text) for text, role in items if role in ASKING) <= 56 < max(len(text) for text, role in items if role is LineRole.ANSWER)]
    assert narrow
    firsts = [text for items in answers for text, role in items if role is LineRole.QUESTION]
    assert any(text.startswith(("Wenn ", "Falls ", "Nach welchen", "Aus welchen")) for text in firsts)


def test_a_law_firms_running_head_may_stand_under_its_logo_read_as_marks(many):
    """"I   I" above the firm's name at the top of later pages: furniture, never on page 1."""
    marks = {"I   I", "I I", "| |", "II", "l   l", "■", "I  -  I", "[ ]"}
    tops = [(n, page[0]) for _, kind, pages in many if kind == "schreiben" for n, page in enumerate(pages) if page[0][0] in marks]
    assert any(n > 0 for n, _ in tops)
    assert all(n > 0 and role is LineRole.FURNITURE for n, (_, role) in tops)


def test_an_enclosed_declaration_may_be_a_sheet_without_the_letters_running_head(many):
    """The declaration's title is the first line of its page (a heading), where the letter's pages open with the firm's head."""
    from parlbrief.synth_prints import DECLARATIONS

    bare = [pages for _, kind, pages in many if kind == "schreiben" for page in pages[1:]
            if page[0][0] in DECLARATIONS and page[0][1] is LineRole.HEADING
            and any(later[0][1] is LineRole.FURNITURE for later in pages[1:] if later is not page)]
    assert bare


def test_an_antrag_may_argue_its_case_first_and_print_its_motion_below_under_a_label(many):
    roles = [_roles(pages) for _, kind, pages in many if kind == "rat_antrag"]
    argued = [r for r in roles if LineRole.BODY in r and LineRole.MOTION in r and r.index(LineRole.BODY) < r.index(LineRole.MOTION)]
    assert any(r[r.index(LineRole.MOTION) - 1] is LineRole.HEADING and r.count(LineRole.BODY) > 3 for r in argued)


def test_a_forms_reasons_heading_may_be_read_last_under_the_signers(many):
    for wanted in ("rat_antrag", "rat_anfrage"):
        roles = [_roles(pages) for _, kind, pages in many if kind == wanted]
        assert any(r[-1] is LineRole.HEADING and LineRole.SIGNATURE_NAME in r[-3:] for r in roles), wanted


def test_an_answer_may_open_with_a_list_whose_entries_run_on_over_lines(many):
    """"Im Klinikum sind folgende Dienste eingesetzt:" right under the question, its entries (some unmarked, where the
    text layer lost the bullet glyph) running on: the whole list is answer."""
    opening = []
    for _, kind, pages in many:
        items = [item for page in pages for item in page if item[0]]
        for n in range(1, len(items) - 1):
            (_, above), (text, role), (_, below) = items[n - 1:n + 2]
            if above in ASKING and role is LineRole.ANSWER and text.endswith(":") and len(text) > 20 and below is LineRole.ANSWER:
                opening.append(items[n + 1:n + 7])
    assert len(opening) >= 5
    # an entry longer than the line runs on: a line after a marked one carries no mark
    assert any(re.match(r"[-–•o] ", a[0]) and not re.match(r"[-–•o] ", b[0]) and b[1] is LineRole.ANSWER for entries in opening
               for a, b in zip(entries, entries[1:]))
