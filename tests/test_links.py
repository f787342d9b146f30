"""Links across documents: an Anfrage's questions to the answers of its reply in the same folder."""
from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest

from models import TOGETHER, Answer, DocType, Options, Party, Question, Sender, Signatory
from pipeline.batch import process_batch
from pipeline.links import LinkMethod, Links, link_letters
from pipeline.links_evidence import PaperRef, RefKind, cited_anfragen, paper_refs, same_organization, Agreement
from pipeline.write import write_tables
from tests.export_support import anfrage, antrag, processed_folder, reply

NEUTRAL = "Schülerbeförderung im Kreis"  # a head line that names no Anfrage
SPD = dict(sender=Sender(name="Jürgen Beispiel", organization="SPD-Kreistagsfraktion Beispielkreis"),
           signatories=[Signatory(name="Jürgen Beispiel")])
REPLY_ANSWERS_1 = [Answer(number=1, text="1.250.")]  # question 2 not answered
OTHER_QUESTIONS = [
    Question(number=1, text="Wie viele Radwege hat der Kreis seit dem Jahr 2020 an Kreisstraßen gebaut?"),
    Question(number=2, text="Welche Radwege an Kreisstraßen sollen in den nächsten fünf Jahren folgen?"),
]


def _only_reference(**overrides: object):
    """A reply that names its Anfrage only by `reference`: no cited date, no repeated questions."""
    return reply(head=NEUTRAL, questions=[], **overrides)


def _pairs(links: Links) -> set[tuple[str, str]]:
    return {(link.anfrage_id, link.reply_id) for link in links.links}


# --- paper numbers -----------------------------------------------------------------------------

def test_paper_numbers_are_normalised():
    vorlage = PaperRef(RefKind.VORLAGE, 2022, 25)
    assert paper_refs("Vorlage Nr.: 2022/0025") == {vorlage}
    assert paper_refs("0025/2022") == {vorlage}  # SessionNet's year-last form
    assert paper_refs("2022/0025/1") == {PaperRef(RefKind.VORLAGE, 2022, 25, 1)}
    assert PaperRef(RefKind.VORLAGE, 2022, 25, 1).base == vorlage
    drucksache = {PaperRef(RefKind.DRUCKSACHE, 19, 11045)}
    for text in ("Drs. 19/11045", "Drucksache 19/11045", "BT-Drs. 19/11045", "DS 19 / 11045", "Drucksache Nr. 19/11045"):
        assert paper_refs(text) == drucksache, text
    assert paper_refs("Drs. 19/2022") == {PaperRef(RefKind.DRUCKSACHE, 19, 2022)}  # no Vorlage of 2022
    # A bare "15/1284" is a Drucksache only as the whole reference field.
    assert paper_refs("15/1284", field=True) == {PaperRef(RefKind.DRUCKSACHE, 15, 1284)}
    assert paper_refs("15/1284") == set()
    for text in ("12.02.2024", "Az. 32-1/2024", "01/2024", "Seite 1/2"):
        assert paper_refs(text, field=True) == set(), text


def test_cited_anfragen_and_factions():
    found = cited_anfragen("Ihre Anfrage vom 12.02.2025 – Radwege", "")
    assert [(c.date, c.who) for c in found] == [(date(2025, 2, 12), "")]
    found = cited_anfragen(None, "Der Landrat\n\nAnfrage der SPD-Fraktion vom 12. Februar 2025\n")
    assert [(c.date, c.who) for c in found] == [(date(2025, 2, 12), "der SPD-Fraktion")]
    assert cited_anfragen("Anfrage vom Kreistag, Sitzung am 12.02.2025", "") == []  # the date is not "vom …"
    assert same_organization("SPD-Kreistagsfraktion Kleve", "CDU-Kreistagsfraktion Kleve") is Agreement.DIFFERENT
    assert same_organization("Fraktion Bündnis 90/Die Grünen im Kreistag", "GRÜNE-Fraktion") is Agreement.SAME
    assert same_organization("CDU/CSU-Fraktion", "Fraktion der CDU") is Agreement.SAME
    musterliste = "Fraktion Musterliste im Kreistag Beispielkreis"
    assert same_organization(musterliste, "Musterliste-Fraktion") is Agreement.SAME
    assert same_organization(musterliste, "SPD-Kreistagsfraktion Beispielkreis") is Agreement.DIFFERENT
    assert same_organization(musterliste, "Fraktion im Kreistag") is Agreement.UNKNOWN


# --- by reference --------------------------------------------------------------------------------

def test_a_shared_drucksache_number_links_and_answers_each_question():
    a, r = anfrage(), _only_reference(reference="Drucksache 12/345")  # the Anfrage prints "DS 12/345"
    links = link_letters([a, r, antrag()])
    [link] = links.links
    assert (link.anfrage_id, link.reply_id, link.method) == (a.letter_id, r.letter_id, LinkMethod.REFERENCE)
    assert link.evidence == "Drucksache 12/345"
    answers = links.answers(a.letter_id)
    assert {n: (x.text, x.reply_id, x.date, x.days) for n, x in answers.items()} == {
        1: ("Derzeit nutzen 1.250 Schülerinnen und Schüler die Busse.", r.letter_id, date(2024, 3, 19), 14),
        2: ("Das Ticket kostet 365 Euro brutto und 341 Euro netto im Jahr.", r.letter_id, date(2024, 3, 19), 14),
    }
    assert answers[2].page == 2
    assert links.related(a.letter_id) == [r.letter_id] and links.related(r.letter_id) == [a.letter_id]


@pytest.mark.parametrize("anfrage_ref, reply_ref, where", [
    ("15/1284", None, "Antwort auf die Kleine Anfrage, Drs. 15/1284"),  # bare field ↔ labelled subject
    ("Drs. 19/11045", "Drucksache 19/12000", "Kleine Anfrage der Fraktion (Drucksache 19/11045)"),  # own number + cited
    ("Vorlage Nr.: 2022/0025", "2022/0025", None),
    ("0025/2022", "Vorlage 2022/0025", None),
])
def test_reference_forms_match(anfrage_ref: str, reply_ref: str | None, where: str | None):
    a = anfrage(reference=anfrage_ref)
    r = reply(head=where if where and "Kleine" in where else NEUTRAL, questions=[], reference=reply_ref,
              subject=where if where and "Antwort" in where else "Schülerbeförderung")
    [link] = link_letters([a, r]).links
    assert link.method is LinkMethod.REFERENCE and (link.anfrage_id, link.reply_id) == (a.letter_id, r.letter_id)


def test_a_drucksache_mentioned_in_the_answers_is_no_reference():
    # Only the head of the reply names its Anfrage; a Drucksache cited on page 2 is another paper.
    a = anfrage(reference="Drs. 19/11045")
    r = reply(head=NEUTRAL, questions=[], reference=None, subject="Schülerbeförderung")
    r = r.model_copy(update={"text": r.text + "\nSiehe auch die Anfrage in Drs. 19/11045."})
    assert link_letters([a, r]).links == []


def test_suffixed_vorlage_numbers():
    plain, first, second = (anfrage(f"a{n}.pdf", reference=ref, date=date(2022, 1, 10 + n))
                            for n, ref in enumerate(["2022/0025", "2022/0025/1", "2022/0025/2"]))
    reply_1 = _only_reference(reference="2022/0025/1", date=date(2022, 2, 1))
    # Exact number first: /1 answers the paper /1, not the plain paper nor /2.
    assert _pairs(link_letters([plain, first, second, reply_1])) == {(first.letter_id, reply_1.letter_id)}
    # The reply's "/1" under the plain paper's number: linked when no paper of the folder is "/1" itself …
    links = link_letters([plain, reply_1])
    assert _pairs(links) == {(plain.letter_id, reply_1.letter_id)}
    assert "2022/0025/1" in links.links[0].evidence
    # … but not when an amendment (an Antrag) carries 2022/0025/1: the reply is its statement.
    amendment = antrag("amendment.pdf").model_copy(update={"reference": "2022/0025/1"})
    assert link_letters([plain, amendment, reply_1]).links == []
    # /1 and /2 are different papers; a plain reply number does not reach a suffixed paper.
    assert link_letters([second, reply_1]).links == []
    assert link_letters([first, _only_reference(reference="2022/0025", date=date(2022, 2, 1))]).links == []


# --- by cited date ----------------------------------------------------------------------------------

def test_ihre_anfrage_vom_links_by_date_and_addressee():
    a = anfrage()
    spd = anfrage("spd.pdf", **SPD, questions=OTHER_QUESTIONS)  # same date, another faction
    r = reply(reference=None, questions=[])
    [link] = link_letters([a, spd, r]).links
    assert (link.anfrage_id, link.method, link.evidence) == (a.letter_id, LinkMethod.CITED_DATE, "Anfrage vom 05.03.2024")
    assert set(link.answers) == {1, 2}


def test_anfrage_der_fraktion_vom_links_by_the_faction_named():
    spd = anfrage("spd.pdf", **SPD)
    r = reply(reference=None, questions=[], addressee=Party(), head="Anfrage der SPD-Fraktion vom 5. März 2024")
    assert _pairs(link_letters([anfrage(), spd, r])) == {(spd.letter_id, r.letter_id)}


def test_two_anfragen_of_one_faction_on_one_day_are_told_apart_by_their_questions():
    a, radwege = anfrage(), anfrage("radwege.pdf", questions=OTHER_QUESTIONS[:1])
    r = reply(reference=None)  # cites "Ihre Anfrage vom 05.03.2024" and repeats a's questions
    links = link_letters([a, radwege, r])
    [link] = links.links
    assert links.notes == []
    assert link.anfrage_id == a.letter_id and link.evidence == "Anfrage vom 05.03.2024, 2 of 2 questions repeated"
    links = link_letters([a, radwege, reply(reference=None, questions=[])])  # nothing to tell them apart by
    assert links.links == [] and "2 different Anfragen match by cited date" in links.notes[0]


def test_a_cited_date_needs_the_sender():
    # The only Anfrage of that date comes from another faction than the one the reply writes to.
    spd = anfrage("spd.pdf", **SPD)
    r = reply(reference=None, questions=[])
    assert link_letters([spd, r]).links == []
    # No addressee and no faction in the line: the date alone is too weak.
    r = reply(reference=None, questions=[], addressee=Party())
    assert link_letters([anfrage(), r]).links == []


# --- by question text -------------------------------------------------------------------------------

def test_question_texts_link_and_map_answers_by_text_before_number():
    a = anfrage()
    # The reply prints the questions in the other order, numbered its own way, with OCR slips.
    questions = [Question(number=1, text='Was kostet das Ticket pro Jahr; a) brutto, b) netto'),
                 Question(number=2, text="Wie vie1e Schuler nutzen die Busse, die das Kl plant?")]
    answers = [Answer(number=1, text="365 Euro brutto."), Answer(number=2, text="1.250 Schüler.")]
    r = reply(reference=None, head=NEUTRAL, questions=questions, answers=answers)
    [link] = link_letters([a, r]).links
    assert link.method is LinkMethod.QUESTIONS and link.evidence == "2 of 2 questions repeated"
    assert {n: x.text for n, x in link.answers.items()} == {1: "1.250 Schüler.", 2: "365 Euro brutto."}
    assert {n: x.number for n, x in link.answers.items()} == {1: 2, 2: 1}


def test_weak_question_evidence_links_nothing():
    a = anfrage(questions=anfrage().questions + OTHER_QUESTIONS)  # four questions
    one = reply(reference=None, head=NEUTRAL, questions=[anfrage().questions[0]], answers=REPLY_ANSWERS_1)
    assert link_letters([a, one]).links == []  # one of four questions repeated
    # Same topic, other questions: the Anfrage about Radwege and a reply about other Radweg questions.
    radwege = anfrage("radwege.pdf", questions=OTHER_QUESTIONS)
    other = [Question(number=1, text="Wie viele Radwege hat die Stadt seit dem Jahr 2015 an Landstraßen saniert?"),
             Question(number=2, text="Welche Brücken an Kreisstraßen sollen in den nächsten zehn Jahren folgen?")]
    assert link_letters([radwege, reply(reference=None, head=NEUTRAL, questions=other)]).links == []


# --- ties, guards --------------------------------------------------------------------------------------

def test_two_different_anfragen_for_one_reply_link_none_and_say_so():
    a = anfrage()
    b = anfrage("b.pdf", **SPD, questions=OTHER_QUESTIONS, date=date(2024, 3, 1))  # same number, other paper
    r = _only_reference()
    links = link_letters([a, b, r])
    assert links.links == []
    assert len(links.notes) == 1 and "2 different Anfragen match by reference" in links.notes[0]
    assert r.letter_id in links.notes[0] and "1 left unlinked on purpose" in links.summary()


def test_two_replies_for_one_anfrage_link_none_and_say_so():
    a = anfrage()
    first, second = _only_reference(file="r1.pdf"), _only_reference(file="r2.pdf", date=date(2024, 4, 2))
    links = link_letters([a, first, second])
    assert links.links == [] and links.answers(a.letter_id) == {}
    assert [note.split(":")[0] for note in links.notes] == [a.letter_id]
    assert "2 replies match it by reference" in links.notes[0]


def test_the_stronger_evidence_wins_over_a_weaker_one():
    a = anfrage()
    by_number = _only_reference(file="r1.pdf")
    by_text = reply(file="r2.pdf", reference=None, head=NEUTRAL)
    assert _pairs(link_letters([a, by_number, by_text])) == {(a.letter_id, by_number.letter_id)}


def test_two_readings_of_one_anfrage_both_get_the_reply():
    scan = anfrage("scan.pdf")
    copier = anfrage("copier.pdf", questions=[q.model_copy(update={"text": q.text.replace("ü", "u")})
                                              for q in anfrage().questions])
    r = _only_reference()
    assert _pairs(link_letters([scan, copier, r])) == {(scan.letter_id, r.letter_id), (copier.letter_id, r.letter_id)}


def test_wrong_reply_guard():
    a = anfrage()
    # The reply prints the Anfrage's number, but repeats entirely other questions: a misprinted number.
    misprint = reply(head=NEUTRAL, questions=OTHER_QUESTIONS)
    links = link_letters([a, misprint])
    assert links.links == [] and "none of their questions agree" in links.notes[0]
    # Question texts or a cited date never link a reply dated before the Anfrage.
    early = reply(reference=None, head=NEUTRAL, date=date(2024, 3, 1))
    assert link_letters([a, early]).links == []
    assert link_letters([a, reply(reference=None, questions=[], date=date(2024, 3, 1))]).links == []
    # Other letter kinds never link: an Antrag with the same number, a Brief repeating the questions.
    brief = reply(reference=None, head=NEUTRAL).model_copy(update={"doc_type": DocType.BRIEF})
    assert link_letters([a, antrag().model_copy(update={"reference": "DS 12/345"}), brief]).links == []


def test_an_exact_reference_keeps_its_link_when_the_dates_are_out_of_order():
    # A shared number is strong; the Anfrage's date may be the meeting's. No negative days, though.
    r = _only_reference(date=date(2024, 3, 1))
    [link] = link_letters([anfrage(), r]).links
    assert all(answer.days is None and answer.date == date(2024, 3, 1) for answer in link.answers.values())


def test_a_renumbering_counts_only_where_the_reply_prints_its_numbers():
    # Same reordered reply as above, but its numbers were inferred (not printed): they may be off by
    # a line the structure stage took for a question, so the text match does not renumber.
    questions = [Question(number=1, number_inferred=True, text='Was kostet das "Ticket" <pro> Jahr; a) brutto, b) netto?'),
                 Question(number=2, number_inferred=True, text="Wie viele Schüler nutzen die Busse, die das KI plant?")]
    r = reply(head=NEUTRAL, questions=questions)
    [link] = link_letters([anfrage(), r]).links
    assert link.answers == {} and link.unanswered == (1, 2)  # and its number N is another question


def test_a_text_every_question_begins_with_pairs_with_none():
    start = "Nach den Angaben der Verwaltung in der Beschlussvorlage vom 23.09.2008"
    asked = [Question(number=n, text=f"{start} {rest}") for n, rest in
             enumerate(["liegt die Mehrbelastung bei 400 Fahrten: Wie wurde das ermittelt?",
                        "kommt das Gutachten zu dem Ergebnis, dass es reicht: Wer hat es erstellt?",
                        "betrachtet die Verwaltung die Auswirkungen im Bereich der Schule: Welche?"], 1)]
    printed = [asked[0], Question(number=3, text=start)]  # the reply's question 3 cut short by a page break
    answers = [Answer(number=n, text=f"Antwort {n}.") for n in (1, 2, 3)]
    [link] = link_letters([anfrage(questions=asked), reply(head=NEUTRAL, questions=printed, answers=answers)]).links
    assert {n: a.text for n, a in link.answers.items()} == {1: "Antwort 1.", 2: "Antwort 2.", 3: "Antwort 3."}


# --- unanswered questions --------------------------------------------------------------------------------

def test_questions_the_reply_does_not_answer_stay_unlinked_and_are_counted(tmp_path: Path, caplog):
    a = anfrage()
    r = reply(answers=[REPLY_ANSWERS_1[0]])
    links = link_letters([a, r])
    assert set(links.answers(a.letter_id)) == {1} and links.links[0].unanswered == (2,)
    assert (links.answered, links.unanswered) == (1, 1)
    assert "1 questions answered, 1 not answered by their reply" in links.summary()
    with caplog.at_level(logging.INFO, logger="pipeline.write"):
        folder = processed_folder(tmp_path / "p", {"in/a.pdf": a, "in/r.pdf": r})
    assert "1 not answered by their reply" in caplog.text
    rows = [json.loads(line) for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    answers = {(row["letter_id"], row["number"]): row for row in rows}
    assert answers[(a.letter_id, 1)]["answer_text"] == "1.250." and answers[(a.letter_id, 1)]["days_to_answer"] == 14
    assert answers[(a.letter_id, 1)]["answer_date"] == "2024-03-19"
    assert answers[(a.letter_id, 2)]["answer_letter_id"] is None and answers[(a.letter_id, 2)]["answer_text"] is None


def test_a_question_whose_number_the_reply_gives_to_another_question_stays_unanswered():
    # The reply's question 2 is clearly another question: its answer is not the Anfrage's answer 2.
    a = anfrage()
    questions = [anfrage().questions[0].model_copy(update={"number": 1}), OTHER_QUESTIONS[1]]
    r = reply(questions=questions)
    [link] = link_letters([a, r]).links
    assert set(link.answers) == {1} and link.unanswered == (2,)



def test_a_reply_answering_all_questions_in_one_gives_that_answer_to_each():
    a = anfrage()
    r = _only_reference(reference="Drucksache 12/345", answers=[Answer(number=TOGETHER, text="Beides regelt das Land.")])
    [link] = link_letters([a, r]).links
    assert {n: (x.text, x.number) for n, x in link.answers.items()} == {
        1: ("Beides regelt das Land.", TOGETHER), 2: ("Beides regelt das Land.", TOGETHER)}
    assert link.unanswered == ()

# --- idempotence and batches -----------------------------------------------------------------------------

def test_links_do_not_depend_on_order_and_a_rewrite_changes_nothing(tmp_path: Path):
    records = [anfrage(), anfrage("spd.pdf", **SPD, questions=OTHER_QUESTIONS), reply(), antrag()]
    assert link_letters(records) == link_letters(list(reversed(records)))
    folder = processed_folder(tmp_path / "p", {f"in/{r.source.file}": r for r in records})
    before = (folder / "questions.jsonl").read_bytes()
    write_tables(folder, {f"in/{r.source.file}": r for r in reversed(records)})
    assert (folder / "questions.jsonl").read_bytes() == before


class _FakeExecutor:
    """Returns hand-made records for input files by name, as the worker processes would."""

    def __init__(self, records: dict[str, object]):
        self.records = records

    def run(self, paths, options, key):
        for path in paths:
            record = self.records[path.name]
            yield path, (record.model_dump_json(), None, len(record.source.pages), 0.0)


def _answers(out: Path) -> dict[tuple[str, int], str | None]:
    rows = [json.loads(line) for line in (out / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    return {(row["letter_id"], row["number"]): row["answer_letter_id"] for row in rows}


def test_a_reply_in_a_later_batch_links_and_reruns_change_nothing(tmp_path: Path):
    a, r = anfrage("anfrage.txt"), reply("antwort.txt")
    executor = _FakeExecutor({"anfrage.txt": a, "antwort.txt": r})
    first_in, later_in, out = tmp_path / "march", tmp_path / "april", tmp_path / "out"
    for folder, name in ((first_in, "anfrage.txt"), (later_in, "antwort.txt")):
        folder.mkdir()
        (folder / name).write_text(name, encoding="utf-8")
    result = process_batch([first_in / "anfrage.txt"], out, Options(), executor=executor)
    assert set(_answers(out).values()) == {None} and result.links is None  # no reply yet
    result = process_batch([later_in / "antwort.txt"], out, Options(), executor=executor)
    assert _answers(out) == {(a.letter_id, 1): r.letter_id, (a.letter_id, 2): r.letter_id,
                             (r.letter_id, 1): None, (r.letter_id, 2): None}
    assert result.links.startswith("1 of 1 Anfragen linked")
    tables = {name: (out / f"{name}.jsonl").read_bytes() for name in ("letters", "parties", "questions")}
    process_batch([first_in / "anfrage.txt", later_in / "antwort.txt"], out, Options(), executor=executor)
    assert {name: (out / f"{name}.jsonl").read_bytes() for name in tables} == tables
