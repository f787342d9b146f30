"""Links across documents: each Anfrage of a folder to its reply, its questions to the reply's answers.

Pure: `link_letters(records)` takes all letter records of an output folder and returns the links;
the tables (`pipeline.tables.table_rows`), the review page and the OParl export call it. A reply
(`stellungnahme`) is matched to an Anfrage by the strongest evidence that finds one:

1. reference: a paper number both print ("Vorlage 2022/0025", "Drucksache 19/11045"). A reply's
   suffixed Vorlage number ("2022/0025/1") matches the Anfrage with exactly that number, else the
   Anfrage with the plain number 2022/0025 — unless another paper of the folder (an amendment's
   Antrag) carries 2022/0025/1 itself; "/1" and "/2" never match each other.
2. cited date: the reply cites "Ihre Anfrage vom 12.02.2025" (or "Anfrage der SPD-Fraktion vom …")
   and the Anfrage of that date comes from the faction (or person) the reply writes to.
3. question texts: the reply repeats most of the Anfrage's questions (fuzzy, OCR slips allowed).

A wrong link is worse than none: two different Anfragen for one reply, or two replies for one
Anfrage, link nothing and leave a note; an Anfrage whose questions share no text with the reply
that cites its number is not linked; weaker evidence needs the reply to be dated after the Anfrage.
Two readings of one Anfrage (a scan and its copier OCR) are one paper and both get the reply.
"""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from enum import StrEnum

from models import TOGETHER, Answer, DocType, LetterRecord
from pipeline.links_evidence import (
    Agreement, CitedAnfrage, PaperRef, Scores, blocking_words, cited_anfragen, cited_refs, fold, paper_refs, parties,
    question_key, same_organization, same_person,
)


class LinkMethod(StrEnum):
    REFERENCE = "reference"
    CITED_DATE = "cited date"
    QUESTIONS = "question texts"


METHODS = tuple(LinkMethod)  # strongest first

# Similarities (0–100) of folded question texts.
SAME_QUESTION = 85  # the reply repeats this question (OCR slips, a lost "?" or reformatting allowed)
SAME_READING = 90  # two readings of one Anfrage ask this question alike
RELATED = 70  # a reply citing the Anfrage's number repeats at least one question this alike (lenient)
OTHER_QUESTION = 50  # below this, the reply's question N is not the Anfrage's question N (lenient)
# A link by question texts alone: most of the reply's questions are the Anfrage's, at least two.
MOST_OF_REPLY, HALF_OF_ANFRAGE, MIN_MATCHED = 0.75, 0.5, 2
LONE_QUESTION = (95, 60)  # one question each: near-identical (score) and long enough (characters)
# Candidates for question texts: Anfragen sharing this many long words, the best this many.
MIN_SHARED_WORDS, MAX_CANDIDATES = 3, 25
COMMON_WORD = 0.02  # a word in more than this share of the Anfragen finds no candidates


@dataclass(frozen=True)
class QuestionAnswer:
    """The answer a linked reply gives to one question of an Anfrage."""

    reply_id: str
    number: int  # the answer's number in the reply (may differ from the question's)
    text: str
    page: int
    date: Date | None  # the reply's date
    days: int | None  # from the Anfrage's date to the reply's; None when a date is missing or out of order


@dataclass(frozen=True)
class LetterLink:
    """An Anfrage and its reply, how they were matched, and which questions the reply answers."""

    anfrage_id: str
    reply_id: str
    method: LinkMethod
    evidence: str
    answers: dict[int, QuestionAnswer] = field(default_factory=dict, hash=False)  # by Anfrage question number
    unanswered: tuple[int, ...] = ()


@dataclass
class Links:
    """All links of a folder, and a sentence for every reply or Anfrage left unlinked on purpose."""

    links: list[LetterLink] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    anfragen: int = 0
    replies: int = 0

    def __post_init__(self) -> None:
        self._of: dict[str, list[LetterLink]] = defaultdict(list)
        for link in self.links:
            self._of[link.anfrage_id].append(link)
            self._of[link.reply_id].append(link)

    def answers(self, anfrage_id: str) -> dict[int, QuestionAnswer]:
        """Answers by question number of an Anfrage (empty when it has no linked reply)."""
        return next((link.answers for link in self._of.get(anfrage_id, ()) if link.anfrage_id == anfrage_id), {})

    def related(self, letter_id: str) -> list[str]:
        """The reply of an Anfrage, or the Anfragen (readings of one) a reply answers."""
        return sorted({link.reply_id if link.anfrage_id == letter_id else link.anfrage_id
                       for link in self._of.get(letter_id, ())})

    def link_of(self, letter_id: str) -> LetterLink | None:
        """The link of an Anfrage, or the first of a reply's."""
        return next(iter(self._of.get(letter_id, ())), None)

    @property
    def answered(self) -> int:
        return sum(len(link.answers) for link in self.links)

    @property
    def unanswered(self) -> int:
        return sum(len(link.unanswered) for link in self.links)

    def summary(self) -> str:
        """One line for the log and the batch summary."""
        methods = Counter(link.method.value for link in self.links)
        how = ", ".join(f"{count} by {method}" for method, count in methods.most_common())
        text = (f"{len(self.links)} of {self.anfragen} Anfragen linked to one of {self.replies} replies"
                + (f" ({how})" if how else "")
                + f"; {self.answered} questions answered, {self.unanswered} not answered by their reply")
        if self.notes:
            text += f"; {len(self.notes)} left unlinked on purpose (ambiguous or contradicted)"
        return text


@dataclass(eq=False)  # hashed by identity: a key of candidate counts
class _Paper:
    """A letter as matching sees it: its folded questions and the numbers it carries."""

    record: LetterRecord
    questions: list[tuple[int, str]]  # (number, folded text)
    refs: set[PaperRef]
    cited: list[CitedAnfrage] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.record.letter_id

    @property
    def date(self) -> Date | None:
        return self.record.date

    @classmethod
    def of(cls, record: LetterRecord, reply: bool) -> _Paper:
        questions = [(q.number, question_key(q.text)) for q in record.questions]
        refs = paper_refs(record.reference, field=True)
        if reply:
            return cls(record, questions, refs | cited_refs(record.subject, record.text),
                       cited_anfragen(record.subject, record.text))
        return cls(record, questions, refs)


class _Index:
    """The Anfragen of a folder by paper number, date and long question word."""

    def __init__(self, anfragen: list[_Paper], own_refs: set[PaperRef]):
        self.by_ref: dict[PaperRef, list[_Paper]] = defaultdict(list)
        self.by_date: dict[Date, list[_Paper]] = defaultdict(list)
        self.words: dict[str, list[_Paper]] = defaultdict(list)
        self.own_refs = own_refs  # every number a non-reply letter of the folder carries as its own
        for paper in anfragen:
            for ref in paper.refs:
                self.by_ref[ref].append(paper)
            if paper.date:
                self.by_date[paper.date].append(paper)
            for word in blocking_words([text for _, text in paper.questions]):
                self.words[word].append(paper)
        limit = max(MAX_CANDIDATES, COMMON_WORD * len(anfragen))
        self.words = {word: papers for word, papers in self.words.items() if len(papers) <= limit}


def link_letters(records: Iterable[LetterRecord]) -> Links:
    """Link each Anfrage among `records` to its reply among them, question by question.

    Pure and order-independent: the same records give the same links, however they are listed.
    """
    letters = sorted(records, key=lambda record: record.letter_id)
    anfragen = [_Paper.of(r, reply=False) for r in letters if r.doc_type is DocType.ANFRAGE]
    replies = [_Paper.of(r, reply=True) for r in letters if r.doc_type is DocType.STELLUNGNAHME]
    own = {ref for r in letters if r.doc_type is not DocType.STELLUNGNAHME
           for ref in paper_refs(r.reference, field=True)}
    index, scores = _Index(anfragen, own), Scores()
    found_links: list[LetterLink] = []
    notes: list[str] = []
    claims: dict[str, list[tuple[int, _Paper, LinkMethod, str]]] = defaultdict(list)
    by_id = {paper.id: paper for paper in anfragen}
    for reply in replies:
        found = _match_reply(reply, index, scores, notes)
        if found:
            method, evidence, group = found
            for anfrage in group:
                claims[anfrage.id].append((METHODS.index(method), reply, method, evidence))
    for anfrage_id in sorted(claims):
        best = min(rank for rank, *_ in claims[anfrage_id])
        top = [(reply, method, evidence) for rank, reply, method, evidence in claims[anfrage_id] if rank == best]
        if len(top) > 1:
            notes.append(f"{anfrage_id}: {len(top)} replies match it by {top[0][1].value} "
                         f"({', '.join(reply.id for reply, _, _ in top)}); none linked")
            continue
        reply, method, evidence = top[0]
        found_links.append(_link(by_id[anfrage_id], reply, method, evidence, scores))
    return Links(found_links, notes, anfragen=len(anfragen), replies=len(replies))


def _match_reply(reply: _Paper, index: _Index, scores: Scores,
                 notes: list[str]) -> tuple[LinkMethod, str, list[_Paper]] | None:
    """The Anfrage (or readings of one Anfrage) the reply answers, by the strongest evidence that finds one."""
    finders = {LinkMethod.REFERENCE: _by_reference, LinkMethod.CITED_DATE: _by_cited_date,
               LinkMethod.QUESTIONS: _by_questions}
    for method, finder in finders.items():
        found = finder(reply, index, scores)
        if method is not LinkMethod.QUESTIONS:
            unrelated = {anfrage_id: evidence for anfrage_id, (anfrage, evidence) in found.items()
                         if _unrelated(anfrage, reply, scores)}
            found = {anfrage_id: value for anfrage_id, value in found.items() if anfrage_id not in unrelated}
            if unrelated and not found:
                notes.append(f"{reply.id}: {', '.join(sorted(set(unrelated.values())))} points to "
                             f"{', '.join(sorted(unrelated))}, but none of their questions agree; not linked by it")
        if not found:
            continue
        groups = _readings([anfrage for anfrage, _ in found.values()], scores)
        evidence = found[groups[0][0].id][1]
        if len(groups) > 1:
            # Several Anfragen of one faction on one day: the one whose questions the reply repeats.
            repeated = [(group, why) for group in groups if (why := _repeats_questions(group[0], reply, scores))]
            if len(repeated) != 1:
                ids = "; ".join(", ".join(paper.id for paper in group) for group in groups)
                notes.append(f"{reply.id}: {len(groups)} different Anfragen match by {method.value} ({ids}); "
                             "none linked")
                return None
            groups, evidence = [repeated[0][0]], f"{found[repeated[0][0][0].id][1]}, {repeated[0][1]}"
        return method, evidence, groups[0]
    return None


def _by_reference(reply: _Paper, index: _Index, scores: Scores) -> dict[str, tuple[_Paper, str]]:
    found: dict[str, tuple[_Paper, str]] = {}
    for ref in sorted(reply.refs):
        exact = index.by_ref.get(ref, [])
        for anfrage in exact:
            found.setdefault(anfrage.id, (anfrage, str(ref)))
        if exact or ref.suffix is None or ref in index.own_refs:
            continue
        for anfrage in index.by_ref.get(ref.base, []):
            if _in_order(anfrage, reply):
                found.setdefault(anfrage.id, (anfrage, f"{ref} (the reply's number under {ref.base})"))
    return found


def _by_cited_date(reply: _Paper, index: _Index, scores: Scores) -> dict[str, tuple[_Paper, str]]:
    found: dict[str, tuple[_Paper, str]] = {}
    for cited in reply.cited:
        for anfrage in index.by_date.get(cited.date, []):
            if _in_order(anfrage, reply) and _sender_agrees(anfrage.record, reply.record, cited.who):
                found.setdefault(anfrage.id, (anfrage, f"Anfrage vom {cited.date:%d.%m.%Y}"))
    return found


def _by_questions(reply: _Paper, index: _Index, scores: Scores) -> dict[str, tuple[_Paper, str]]:
    shared: Counter[_Paper] = Counter()
    for word in blocking_words([text for _, text in reply.questions]):
        shared.update(index.words.get(word, ()))
    found: dict[str, tuple[_Paper, str]] = {}
    ranked = heapq.nsmallest(MAX_CANDIDATES, shared.items(), key=lambda item: (-item[1], item[0].id))
    for anfrage, count in ranked:
        if count < MIN_SHARED_WORDS or not _in_order(anfrage, reply):
            continue
        if evidence := _repeats_questions(anfrage, reply, scores):
            found[anfrage.id] = (anfrage, evidence)
    return found


def _repeats_questions(anfrage: _Paper, reply: _Paper, scores: Scores) -> str | None:
    """Evidence that the reply repeats most of the Anfrage's questions, or None."""
    pairs = scores.pairs(anfrage, reply, SAME_QUESTION)
    n_a, n_r, matched = len(anfrage.questions), len(reply.questions), len(pairs)
    if matched >= MIN_MATCHED and matched >= MOST_OF_REPLY * n_r and matched >= HALF_OF_ANFRAGE * n_a:
        return f"{matched} of {n_a} questions repeated"
    score, length = LONE_QUESTION
    if n_a == n_r == matched == 1 and pairs[0][2] >= score and len(anfrage.questions[0][1]) >= length:
        return "its one question repeated"
    return None


def _unrelated(anfrage: _Paper, reply: _Paper, scores: Scores) -> bool:
    """Both repeat two or more questions, and not one pair is alike: a number that points elsewhere."""
    if len(anfrage.questions) < 2 or len(reply.questions) < 2:
        return False
    return not scores.pairs(anfrage, reply, RELATED) and not scores.pairs(anfrage, reply, RELATED, lenient=True)


def _in_order(anfrage: _Paper, reply: _Paper) -> bool:
    """A reply is not older than its Anfrage (when both are dated)."""
    return not (anfrage.date and reply.date and reply.date < anfrage.date)


def _sender_agrees(anfrage: LetterRecord, reply: LetterRecord, who: str) -> bool:
    """The reply writes to the faction or person who sent the Anfrage, and names no other faction."""
    by_org = same_organization(anfrage.sender.organization, reply.addressee.organization)
    by_words = same_organization(anfrage.sender.organization, who) if parties(who) else Agreement.UNKNOWN
    if Agreement.DIFFERENT in (by_org, by_words):
        return False
    senders = [anfrage.sender.name] + [s.name for s in anfrage.signatories]
    return Agreement.SAME in (by_org, by_words) or any(same_person(n, reply.addressee.name) for n in senders)


def _readings(anfragen: list[_Paper], scores: Scores) -> list[list[_Paper]]:
    """Anfragen grouped into papers: two readings of one paper have the same date, sender and questions."""
    groups: list[list[_Paper]] = []
    for paper in sorted(anfragen, key=lambda p: p.id):
        group = next((g for g in groups if _same_paper(g[0], paper, scores)), None)
        if group is None:
            groups.append([paper])
        else:
            group.append(paper)
    return groups


def _same_paper(a: _Paper, b: _Paper, scores: Scores) -> bool:
    ra, rb = a.record, b.record
    if ra.date != rb.date or fold(ra.sender.organization or "") != fold(rb.sender.organization or ""):
        return False
    if not a.questions or len(a.questions) != len(b.questions):
        return False
    matrix = scores.matrix(a, b)
    return all(matrix[i, i] >= SAME_READING for i in range(len(a.questions)))


def _link(anfrage: _Paper, reply: _Paper, method: LinkMethod, evidence: str, scores: Scores) -> LetterLink:
    """The link with the reply's answer for each question: matched by question text first, by number
    only where the reply's question of that number is not clearly another one."""
    answers: dict[int, Answer] = {}
    for answer in reply.record.answers:
        answers.setdefault(answer.number, answer)
    # Lenient scores only when strict ones leave a question unpaired (they are slower to compute).
    lenient = len(scores.pairs(anfrage, reply, SAME_QUESTION)) < min(len(anfrage.questions), len(reply.questions))
    # A pair that renumbers the question counts only where the reply prints its question's number:
    # a number the structure stage inferred may be off by the lines it took for questions.
    printed = [not q.number_inferred for q in reply.record.questions]
    by_text = {anfrage.questions[i][0]: reply.questions[j][0]
               for i, j, _ in scores.pairs(anfrage, reply, SAME_QUESTION, lenient=lenient)
               if anfrage.questions[i][0] == reply.questions[j][0] or printed[j]}
    matrix = scores.matrix(anfrage, reply, lenient=lenient)
    reply_rows = {number: j for j, (number, _) in reversed(list(enumerate(reply.questions)))}  # the first of a number
    days = (reply.date - anfrage.date).days if anfrage.date and reply.date and reply.date >= anfrage.date else None
    found: dict[int, QuestionAnswer] = {}
    for i, (number, _) in enumerate(anfrage.questions):
        if number in found:
            continue
        target = by_text.get(number)
        if target is None and number not in by_text.values():
            j = reply_rows.get(number)
            if j is None or matrix[i, j] >= OTHER_QUESTION:
                target = number
        if target not in answers and TOGETHER in answers:  # a reply that answers all questions in one
            target = TOGETHER
        if target is not None and target in answers:
            answer = answers[target]
            found[number] = QuestionAnswer(reply.id, target, answer.text, answer.page, reply.date, days)
    unanswered = tuple(sorted({number for number, _ in anfrage.questions} - set(found)))
    return LetterLink(anfrage.id, reply.id, method, evidence, found, unanswered)
