"""Linking bench: seconds to link 10,000 synthetic letters, and how many links are right.

    .venv/bin/python bench/bench_links.py [--letters 10000] [--seed 7]
    .venv/bin/python bench/bench_links.py --real DIR   # DIR: `parlbrief process` of realcorpus/karlsruhe files

The folder is seeded and synthetic: 40 % Anfragen (2–8 questions from a vocabulary of made-up
words, eight factions, ten years), 35 % replies (by reference, by "Ihre Anfrage vom …", by
repeated question texts with OCR slips and in another order, or answering an Anfrage that is not
in the folder), the rest Anträge. Prints the seconds of `pipeline.links.link_letters` (best of
--repeat) and the links found, right, wrong and missed by the way each reply names its Anfrage.

With --real, the letters of a processed folder of `../shared/realcorpus/karlsruhe` documents are
linked instead and each link is checked against the council's labels (an Anfrage and its reply
share the paper's reference): as read, and again with every Vorlage number blanked out of the
records, so that only cited dates and question texts can link. As read, it also prints the share
of Anfrage questions with a non-empty answer from the right reply, on the tuning folds (dev) and
on the held-out fold apart.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models import Answer, DocType, LetterRecord, Party, Question, Sender, SourceInfo  # noqa: E402
from pipeline.links import link_letters  # noqa: E402

FACTIONS = ["SPD-Kreistagsfraktion", "CDU-Kreistagsfraktion", "Fraktion Bündnis 90/Die Grünen", "FDP-Fraktion",
            "Fraktion Die Linke", "AfD-Fraktion", "Fraktion Freie Wähler", "Fraktion Musterliste"]
COMMON = ("wie viele welche wann wird werden die der das den dem des und oder ist sind hat haben kreis "
          "verwaltung im in an auf für mit seit bis jahr jahren wurden bitte").split()
KINDS = ("reference", "cited date", "question texts", "not in folder")


def _vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    syllables = ["ver", "kehr", "schul", "bus", "rad", "weg", "bau", "kos", "ten", "haus", "halt", "amt", "land",
                 "stra", "ße", "för", "der", "mit", "tel", "netz", "werk", "platz", "gar", "ten", "kin", "zeit",
                 "plan", "wal", "dung", "see", "brü", "cke", "feu", "er", "wehr", "sport", "hal", "le"]
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _question(rng: random.Random, vocabulary: list[str]) -> str:
    words = [rng.choice(COMMON if rng.random() < 0.45 else vocabulary) for _ in range(rng.randint(9, 18))]
    return " ".join(words).capitalize() + "?"


def _ocr(rng: random.Random, text: str, rate: float = 0.03) -> str:
    """Character slips of a copier's OCR: l→1, ü→u, rn→m, a dropped letter."""
    out = []
    for ch in text:
        roll = rng.random()
        if roll < rate / 3:
            out.append({"l": "1", "ü": "u", "ä": "a", "ö": "o", "e": "c"}.get(ch, ch))
        elif roll < rate / 2:
            continue
        else:
            out.append(ch)
    return "".join(out)


def _record(n: int, doc_type: DocType, **fields: object) -> LetterRecord:
    sha = f"{n:064x}"
    fields.setdefault("text", "")
    return LetterRecord(pipeline_version="bench", letter_id=f"pb-{sha[-16:]}", doc_type=doc_type,
                        source=SourceInfo(file=f"{n}.pdf", sha256=sha), raw_text=fields["text"], **fields)


def synthetic_folder(letters: int, seed: int) -> tuple[list[LetterRecord], dict[str, tuple[str | None, str]]]:
    """The records, and for every reply the letter_id of its Anfrage (None: not in the folder) and its kind."""
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng)
    records: list[LetterRecord] = []
    truth: dict[str, tuple[str | None, str]] = {}
    anfragen = []
    for n in range(int(letters * 0.4)):
        day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
        faction = rng.choice(FACTIONS)
        questions = [Question(number=k, text=_question(rng, vocabulary)) for k in range(1, rng.randint(2, 8) + 1)]
        record = _record(len(records), DocType.ANFRAGE, date=day, reference=f"{day.year}/{n:04d}",
                         sender=Sender(name=f"Person {n % 300}", organization=faction), questions=questions,
                         text="\n".join(q.text for q in questions))
        records.append(record)
        anfragen.append(record)
    for anfrage in rng.sample(anfragen, int(letters * 0.35)):  # one reply per Anfrage
        kind = rng.choices(KINDS, weights=(40, 25, 25, 10))[0]
        questions = list(anfrage.questions)
        if kind == "not in folder":  # another Anfrage's reply, made up to look alike
            questions = [Question(number=k, text=_question(rng, vocabulary)) for k in range(1, len(questions) + 1)]
        day = anfrage.date + timedelta(days=rng.randint(5, 90))
        answers = [Answer(number=q.number, text=f"Antwort {q.number}: " + _question(rng, vocabulary)[:-1] + ".")
                   for q in questions]
        if kind == "question texts":  # in another order, renumbered, copier OCR
            rng.shuffle(questions)
            questions = [Question(number=k, text=_ocr(rng, q.text)) for k, q in enumerate(questions, 1)]
            answers = [Answer(number=k, text=a.text) for k, a in enumerate(answers, 1)]
        head = {"reference": "Stellungnahme der Verwaltung", "cited date": f"Ihre Anfrage vom {anfrage.date:%d.%m.%Y}",
                "question texts": "Stellungnahme der Verwaltung", "not in folder": "Stellungnahme der Verwaltung"}[kind]
        record = _record(len(records), DocType.STELLUNGNAHME, date=day,
                         reference=anfrage.reference if kind == "reference" else None,
                         addressee=Party(organization=anfrage.sender.organization),
                         sender=Sender(organization="Kreis Beispielkreis"), questions=questions, answers=answers,
                         text=head + "\n" + "\n".join(q.text for q in questions))
        records.append(record)
        truth[record.letter_id] = (None if kind == "not in folder" else anfrage.letter_id, kind)
    while len(records) < letters:
        records.append(_record(len(records), DocType.ANTRAG, date=date(2020, 1, 1), subject="Antrag",
                               reference=f"{rng.randint(2015, 2024)}/{rng.randint(5000, 9999):04d}",
                               motion_points=[_question(rng, vocabulary)[:-1] + "."]))
    rng.shuffle(records)
    return records, truth


LABELS = ROOT.parent / "shared" / "realcorpus" / "karlsruhe" / "labels.jsonl"
VORLAGE = re.compile(r"\b(?:19|20)\d\d/\d{3,5}(?:/\d+)?")


def check_real(processed: Path) -> None:
    """Link a processed folder of Karlsruhe documents and count links to the wrong reply."""
    from pipeline.export import read_processed

    labels = {row["slug"]: row for row in map(json.loads, LABELS.read_text(encoding="utf-8").splitlines())}
    records = [letter.record for letter in read_processed(processed) if letter.record]
    paper = {r.letter_id: labels[Path(r.source.file).stem]["reference"] for r in records}
    blank = [r.model_copy(update={"reference": None, "text": VORLAGE.sub("XXXX", r.text),
                                  "subject": r.subject and VORLAGE.sub("XXXX", r.subject)}) for r in records]
    for title, letters in (("as read", records), ("numbers blanked", blank)):
        links = link_letters(letters)
        wrong = [link for link in links.links if paper[link.anfrage_id] != paper[link.reply_id]]
        print(f"{title}: {links.summary()}\n  {len(links.links) - len(wrong)} right, {len(wrong)} wrong")
        for link in wrong:
            print(f"  wrong: {link.anfrage_id} → {link.reply_id} by {link.method.value} ({link.evidence})")
        if title == "as read":
            answered_share(records, links, labels, paper)


def answered_share(records: list, links, labels: dict, paper: dict[str, str]) -> None:
    """Anfrage questions (as read) with a non-empty answer from the right reply, on the tuning folds
    and the held-out fold (`parlbrief.evaluation.oparl.fold` of the Anfrage's name); how many got the
    reply's one answer to all questions, and how many answers hold the Anfrage's next question."""
    from parlbrief.evaluation.oparl import fold
    from models import TOGETHER

    tally: dict[str, Counter] = {"dev": Counter(), "held-out": Counter()}
    for record in records:
        slug = Path(record.source.file).stem
        if labels[slug]["kind"] != "anfrage":
            continue
        counts = tally["held-out" if fold(slug) == 0 else "dev"]
        answers = links.answers(record.letter_id)
        texts = {q.number: " ".join(q.text.split()) for q in record.questions}
        for q in record.questions:
            counts["questions"] += 1
            answer = answers.get(q.number)
            if answer and answer.text.strip() and paper[answer.reply_id] == paper[record.letter_id]:
                counts["answered"] += 1
                counts["one answer to all"] += answer.number == TOGETHER
                after = texts.get(q.number + 1, "")[:40]
                counts["holding the next question"] += len(after) >= 30 and after in " ".join(answer.text.split())
    for split, counts in tally.items():
        print(f"  Anfrage questions with an answer from the right reply, {split}: {counts['answered']}/"
              f"{counts['questions']} = {counts['answered'] / max(counts['questions'], 1):.3f} "
              f"({counts['one answer to all']} the reply's one answer to all; "
              f"{counts['holding the next question']} holding the next question)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--letters", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--real", type=Path, metavar="DIR", help="check the links of processed Karlsruhe documents")
    args = parser.parse_args()
    if args.real:
        check_real(args.real)
        return
    records, truth = synthetic_folder(args.letters, args.seed)
    seconds = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        links = link_letters(records)
        seconds.append(time.perf_counter() - started)
    linked = {link.reply_id: link.anfrage_id for link in links.links}
    tally: dict[str, Counter] = {kind: Counter() for kind in KINDS}
    for reply_id, (anfrage_id, kind) in truth.items():
        found = linked.get(reply_id)
        tally[kind]["replies"] += 1
        tally[kind]["right" if found and found == anfrage_id else "wrong" if found else
                    "missed" if anfrage_id else "rightly none"] += 1
    print(f"{len(records)} letters ({links.anfragen} Anfragen, {links.replies} replies): "
          f"link_letters {min(seconds):.2f} s (best of {args.repeat})")
    for kind, counts in tally.items():
        print(f"  {kind:15} " + ", ".join(f"{counts[key]} {key}" for key in
                                           ("replies", "right", "wrong", "missed", "rightly none") if counts[key]))
    print(f"  {links.summary()}")


if __name__ == "__main__":
    main()
