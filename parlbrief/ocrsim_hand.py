"""The hand-written confusion table the gold corpus's poor text layers were first made with
(profile "hand-v1" of parlbrief.ocrsim), kept byte-for-byte so those layers can be recomposed
until repair meets its targets on the channel learned from real OCR (pipeline/ocr_channel.tsv).
"""
from __future__ import annotations

import random
import re

# How an English OCR model misreads German characters, with relative weights per reading.
# Weights follow what the real seed letter shows: ü mostly loses its dots, but is also read as
# i / ii / ui / li / ll; ß has no stable reading at all.
CHAR_CONFUSIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "ä": (("a", 1.0),),  # geschäftlich → geschaftlich
    "ö": (("o", 1.0),),  # Höhe → Hohe
    "ü": (  # für → fur / fir / fiir / fuir / flir / fllr
        ("u", 0.58),
        ("i", 0.18),
        ("ii", 0.1),
        ("ui", 0.05),
        ("li", 0.04),
        ("ll", 0.05),
    ),
    "Ä": (("A", 1.0),),  # Ärger → Arger
    "Ö": (("O", 1.0),),  # Öffentlichkeit → Offentlichkeit
    "Ü": (("U", 0.95), ("Ti", 0.05)),  # Überlegungen → Uberlegungen
    "ß": (  # Maßnahmen → MaRnahmen / MaBnahmen / Maf3nahmen / Mafinahmen / Ma13nahmen
        ("R", 0.22),
        ("B", 0.2),
        ("f3", 0.16),
        ("fi", 0.14),
        ("13", 0.08),
        ("ss", 0.1),
        ("f", 0.1),
    ),
}

# Token-level misreadings: (name, pattern, replacement, probability relative to `rate`).
TOKEN_CONFUSIONS: tuple[tuple[str, re.Pattern[str], str, float], ...] = (
    # capital I without serifs reads as l: "das KI" → "das Kl", "KI/Kreis" → "Kl/Kreis"
    ("KI→Kl", re.compile(r"(?<![A-Za-zÄÖÜäöüß])KI(?![A-Za-zÄÖÜäöüß])"), "Kl", 0.7),
    # the gender star inside a word reads as a registered sign: Bürger*innen → Bürger®innen
    ("*→®", re.compile(r"(?<=[a-zäöüß])\*(?=[a-z])"), "®", 0.35),
)

# Straight double quotes come back as curly ones about half the time: "Wort" → “Wort”.
QUOTE_CONFUSIONS: dict[str, tuple[str, ...]] = {'"': ("“", "”", "\u201e")}
QUOTE_RATE = 0.3

def corrupt_token(token: str, rng: random.Random, rate: float) -> str:
    """Misread one whitespace-free token; never returns an empty string for a non-empty token."""
    if not token:
        return token
    for _name, pattern, replacement, weight in TOKEN_CONFUSIONS:
        token = pattern.sub(
            lambda m: replacement if rng.random() < rate * weight else m.group(0), token
        )
    chars: list[str] = []
    for ch in token:
        readings = CHAR_CONFUSIONS.get(ch)
        if readings and rng.random() < rate:
            chars.append(_pick(readings, rng))
        elif ch in QUOTE_CONFUSIONS and rng.random() < QUOTE_RATE * rate:
            chars.append(rng.choice(QUOTE_CONFUSIONS[ch]))
        else:
            chars.append(ch)
    return "".join(chars)


def _pick(readings: tuple[tuple[str, float], ...], rng: random.Random) -> str:
    """Choose one reading by weight."""
    total = sum(weight for _, weight in readings)
    x = rng.random() * total
    for reading, weight in readings:
        x -= weight
        if x < 0:
            return reading
    return readings[-1][0]
