"""Character alignment of OCR text with its truth, and the truth-word → OCR-token map."""
from __future__ import annotations

from parlbrief.align import align, map_tokens, normalize

TRUTH = "Die Straße für Bürger über KI"
OCR = "Die StraBe fiir Biirger  tiber Kl"


def test_known_substitutions_come_out_as_regions() -> None:
    al = align(TRUTH, OCR)
    found = [(al.truth[a:b], al.ocr[c:d]) for a, b, c, d in al.regions]
    assert found == [("ß", "B"), ("ü", "ii"), ("ü", "ii"), ("ü", "ti"), ("I", "l")]
    assert al.distance == 1 + 2 + 2 + 2 + 1


def test_ngram_readings() -> None:
    al = align(TRUTH, OCR)
    at = al.truth.index("für")
    assert al.read(at, at + 3) == "fiir"
    assert al.read(at + 1, at + 2) == "ii"
    assert al.read(at, at + 1) == "f"
    at = al.truth.index("über")
    assert al.read(at, at + 2) == "tib"


def test_whitespace_is_layout_not_a_misreading() -> None:
    assert normalize(" a\n\nb\f c \n") == "a b c"
    assert align("Seite 1\n\nText\fSeite 2", "Seite 1\nText\n\n\fSeite 2").regions == ()


def test_chance_matches_inside_garbled_text_are_not_anchors() -> None:
    al = align("abc XYZWVU def", "abc QXRTSP def")
    assert len(al.regions) == 1
    assert al.read(5, 6) is None  # "X" matched "X" by chance inside a garbled run
    assert al.read(0, 4) == "abc "


def test_map_tokens_follows_words_into_ocr_tokens() -> None:
    matches = map_tokens(TRUTH + " Ende", "Die StraBe fiir Bii rger tiber Ende")
    by_word = {m.truth: m for m in matches}
    assert by_word["Straße"].read == "StraBe" and by_word["Straße"].ocr_indices == (1,)
    assert by_word["Bürger"].ocr_tokens == ("Bii", "rger") and by_word["Bürger"].ocr_indices == (3, 4)
    assert by_word["über"].ocr_indices == (5,)
    assert by_word["KI"].read == "" and by_word["KI"].ocr_indices == ()  # lost
    assert by_word["Ende"].ocr_indices == (6,)
    assert [m.index for m in matches] == list(range(len((TRUTH + " Ende").split())))


def test_map_tokens_glued_words_share_one_ocr_token() -> None:
    matches = map_tokens("für die Bürger", "fiirdie Burger")
    assert matches[0].ocr_indices == matches[1].ocr_indices == (0,)
    assert matches[0].read == "fiir" and matches[1].read == "die"
    assert matches[2].read == "Burger" and matches[2].ocr_indices == (1,)
