"""Compose one synthetic Kreistag letter (page text + gold record) from a spec and a seed."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from corpus_body import Block, collapse, motion_list, numbered_list, paragraph, pick_questions, trap_date, wrap
from corpus_head import Head, genitive, make_head
from corpus_people import ANFRAGE_ENDS, ANFRAGE_LEADS, ANTRAG_LEADS, PROSE_TRAPS
from corpus_topics_b import TOPICS
from models.lines import LineRole

MAX_PAGE_LINES = 46  # body lines per page, leaving room below synth's 53-line A4 page


@dataclass(frozen=True)
class Spec:
    """What one generated letter must contain; everything else is drawn from the seed."""

    id: str
    county: str
    party: str
    doc: str  # anfrage | antrag | stellungnahme | brief
    topic: str
    style: str = "dot"  # numbering of questions / motion points: dot|paren|dotparen|frage|roman
    n: int = 6  # number of questions or motion points
    head: str = "full"  # letterhead: full (block) | line (return-address line) | none
    addr: str | None = "landrat"  # landrat|kreis_block|kreisdirektor|chair|None (salutation only)
    date: str = "long"  # long | num | den | iso | num_place
    ref: str | None = None  # az | initials | zeichen
    subj: str = "label"  # label | plain | hier | hier_label
    signers: int = 1
    cc: int = 0  # lines of the "Kopie an:" list (0 = none)
    flags: frozenset[str] = field(default_factory=frozenset)


@dataclass
class Letter:
    """A composed letter: page texts, the role of each line (None for a blank one), rendering hints
    and its gold record."""

    pages: list[list[str]]
    roles: list[list[LineRole | None]]
    page_break_in_question: bool
    bold: set[int]
    right: set[int]
    gold: dict

    @property
    def text(self) -> str:
        return "\f".join("\n".join(page) for page in self.pages)


def compose(spec: Spec, seed: int) -> Letter:
    """Build the letter text and its gold record; deterministic for (spec, seed)."""
    rng = random.Random(seed)
    topic = TOPICS[spec.topic]
    width = rng.randint(72, 82)  # +2 for a unit kept on its line stays within 85 characters
    block = Block(hyphenate="hyph" in spec.flags)
    head = make_head(spec, topic, rng, block, width)
    ctx = {"org": head.org, "committee": topic.committee, "committee_gen": genitive(topic.committee)}
    questions: list[dict] = []
    motions: list[str] = []
    intro = _intro_sentences(spec, topic, rng, head.year - 1)
    if spec.doc == "anfrage":
        paragraph(block, [_opener(rng, head)] + intro[:2], width)
        if intro[2:]:
            paragraph(block, intro[2:], width)
        block.add(*wrap(rng.choice(ANFRAGE_LEADS).format(**ctx), width), role=LineRole.BODY)
        block.blank()
        items = pick_questions(topic, spec.n, spec.flags, rng, head.year - 1)
        questions = numbered_list(block, items, spec.style, width, spec.flags, rng)
        paragraph(block, [rng.choice(ANFRAGE_ENDS).format(**ctx)], width)
    elif spec.doc == "antrag":
        motions = _antrag_body(spec, topic, rng, block, width, ctx, intro)
    else:
        _prose_body(spec, topic, rng, block, width, head, intro)
    head.sign(block, rng, width)
    bounds = _page_bounds(block, spec)
    pages, roles, leads = head.decorate([block.lines[a:b] for a, b in zip(bounds, bounds[1:])],
                                        [block.roles[a:b] for a, b in zip(bounds, bounds[1:])], rng)
    return Letter(
        pages=pages,
        roles=roles,
        page_break_in_question=any(cut - 1 in block.inner for cut in bounds[1:-1]),
        bold=_remap(block.bold, bounds, pages, leads),
        right=_remap(block.right, bounds, pages, leads),
        gold=head.gold(questions, motions),
    )


def _opener(rng: random.Random, head: Head) -> str:
    options = (
        "wir wenden uns heute mit einem Anliegen an Sie, das uns aus der Bürgerschaft wiederholt erreicht hat.",
        "mit großer Sorge verfolgen wir die Entwicklung in einem Bereich, der viele Bürger*innen unmittelbar betrifft.",
        f"die {head.org} hat sich in ihrer letzten Fraktionssitzung ausführlich mit diesem Thema befasst.",
        "in den vergangenen Wochen sind wir mehrfach auf dieses Thema angesprochen worden.",
    )
    return rng.choice(options)


def _intro_sentences(spec: Spec, topic, rng: random.Random, year: int) -> list[str]:
    """Context sentences of the letter: topic intro, optional traps and preamble question."""
    # A "ctx" letter keeps the last intro sentence back for the context sentence inside a question.
    last = len(topic.intro) - 1 if "ctx" in spec.flags else len(topic.intro)
    sentences = list(topic.intro[: rng.randint(2, last)])
    if "traps" in spec.flags:
        trap = rng.choice(PROSE_TRAPS)
        date = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{year}"
        sentences.insert(1, trap.format(n=rng.randint(3, 9), year=year, date=date))
    if "linetrap" in spec.flags:
        sentences.append(f"Der Fachausschuss hat sich zuletzt am\n{trap_date(rng, year)} mit diesem Thema befasst.")
    if "preq" in spec.flags:
        sentences.append(topic.preamble_question)
    return sentences


def _antrag_body(spec: Spec, topic, rng: random.Random, block: Block, width: int, ctx: dict, intro: list[str]) -> list[str]:
    """Lead, motion (numbered points or one resolution paragraph), then the Begründung."""
    block.add(*wrap(rng.choice(ANTRAG_LEADS).format(**ctx), width), role=LineRole.BODY)
    block.blank()
    if "vorschlag" in spec.flags:
        block.add("Beschlussvorschlag:", role=LineRole.HEADING, bold=True)
    elif "resolution" not in spec.flags:
        block.add(rng.choice(("Der Kreistag beschließt:", "Der Kreistag möge beschließen:", f"Der {topic.committee} empfiehlt dem Kreistag, zu beschließen:")), role=LineRole.BODY)
    if "resolution" in spec.flags:
        motions = [collapse(topic.resolution)]
        paragraph(block, [topic.resolution], width, LineRole.MOTION, LineRole.MOTION_CONT)
    else:
        motions = motion_list(block, list(topic.motions[: spec.n]), spec.style, width, "blank" in spec.flags)
    block.add("Begründung:", role=LineRole.HEADING, bold=True)
    block.blank()
    paragraph(block, intro, width)
    paragraph(block, list(topic.reasons), width)
    return motions


def _prose_body(spec: Spec, topic, rng: random.Random, block: Block, width: int, head: Head, intro: list[str]) -> None:
    """Stellungnahme or other letter: prose only, no numbered questions or motions."""
    if spec.doc == "stellungnahme":
        first = f"zu dem oben genannten Thema nimmt die {head.org} wie folgt Stellung."
        paragraph(block, [first] + intro, width)
        paragraph(block, list(topic.reasons) + ["Wir bitten darum, diese Stellungnahme bei den weiteren Beratungen zu berücksichtigen."], width)
    else:
        first = f"wir bitten Sie, in der nächsten Sitzung des {genitive(topic.committee)} über den aktuellen Sachstand zu berichten."
        paragraph(block, [first] + intro, width)
        paragraph(block, ["Für Ihre Unterstützung danken wir Ihnen."], width)


def _page_bounds(block: Block, spec: Spec) -> list[int]:
    """Line indices where pages start (plus the end); pbq letters break inside a question."""
    lines = block.lines
    cuts: list[int] = []
    start = 0
    while len(lines) - start > MAX_PAGE_LINES:
        window = range(start + 20, start + MAX_PAGE_LINES)
        if "pbq" in spec.flags and not cuts:
            candidates = [i + 1 for i in window if i in block.inner]
        else:
            candidates = [i + 1 for i in window if lines[i] == ""]
        cut = candidates[-1] if candidates else start + MAX_PAGE_LINES
        cuts.append(cut)
        start = cut
    return [0] + cuts + [len(lines)]


def _remap(indices: set[int], bounds: list[int], pages: list[list[str]], leads: list[int]) -> set[int]:
    """Map block line indices to indices over the decorated pages (headers/footers shift lines)."""
    out: set[int] = set()
    offset = 0
    for page, lead, a, b in zip(pages, leads, bounds, bounds[1:]):
        out.update(offset + lead + (i - a) for i in indices if a <= i < b)
        offset += len(page)
    return out
