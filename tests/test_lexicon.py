"""Tests for the compiled German lexicon."""
from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest

from pipeline import lexicon
from pipeline.lexicon import CAPITAL, LOWER, SHORTEST_PART, Lexicon, fold, is_known_word, load_lexicon


def test_fold_strips_diacritics_and_sharp_s() -> None:
    assert fold("Ausländerbehörde") == "auslanderbehorde"
    assert fold("Maßnahmen") == "massnahmen"


@pytest.mark.parametrize("word", ["für", "Maßnahmen", "müssen", "Höhe", "hohe", "Fälle", "Kreistag",
                                  "Betreuungsverbänden", "Ausländerbehörde", "Integrationszentrum"])
def test_known_words(word: str) -> None:
    assert is_known_word(word)


@pytest.mark.parametrize("word", ["fur", "mussen", "fiir", "MaRnahmen", "Grifien", "Bindnis", "GruBen"])
def test_ocr_junk_is_not_known(word: str) -> None:
    assert not is_known_word(word)


def test_case_flags_tell_nouns_from_adjectives() -> None:
    lex = load_lexicon()
    assert lex.case_flags("Höhe") & CAPITAL
    assert lex.case_flags("hohe") == LOWER
    assert lex.folded("hohe") == ("Höhe",)


def test_compound_split_prefers_fewer_parts() -> None:
    lex = load_lexicon()
    comp = lex.split_compound("Betreuungsverbanden", restore=True)
    assert comp is not None and comp.text == "betreuungsverbänden"
    assert lex.split_compound("Kreistag").parts == ("kreis", "tag")
    assert lex.split_compound("Fluchtund") is None or len(lex.split_compound("Fluchtund").parts) == 2


def test_split_memo_answers_alike_in_any_order() -> None:
    """The split memo stores a word for both `restore` values when restoring changes no part."""
    lex = load_lexicon()
    words = ["Betreuungsverbanden", "Landesforderung", "Kreistagsmitglied", "Maßnahmenplan", "Fahrgastzahlen"]

    def fresh() -> Lexicon:  # the same word lists, empty memos
        return dataclasses.replace(lex)

    plain_first, restored_first = fresh(), fresh()
    a = [(plain_first.split_compound(w), plain_first.split_compound(w, restore=True)) for w in words]
    b = [tuple(reversed((restored_first.split_compound(w, restore=True), restored_first.split_compound(w))))
         for w in words]
    assert a == b
    assert a[0][1] is not None and a[0][1].text == "betreuungsverbänden"  # only with diacritics restored
    assert a[2][0] == a[2][1] and a[2][0].parts == ("kreis", "tags", "mitglied")


def test_words_no_listed_parts_can_span_are_not_searched() -> None:
    lex = dataclasses.replace(load_lexicon())
    assert lex.split_compound("Overkampingxq") is None
    assert not lex._edges  # rejected before any split point was tried
    assert lex.split_compound("Kreistagsmitglied") is not None and lex._edges


def test_a_misreading_reuses_the_tails_of_the_written_word() -> None:
    """Tails are memoised per suffix: a misreading looks up only the tails that hold its misread
    letter, those after it were found for the word as written."""
    lex = dataclasses.replace(load_lexicon())
    assert lex.split_compound("Landeseinrichtungen").parts == ("landes", "einrichtungen")
    known = set(lex._tails)
    assert "richtungen" in known
    assert lex.split_compound("Landeseünrichtungen", restore=True) is None
    new = set(lex._tails) - known
    assert new and all("ü" in tail for tail in new)
    assert min(map(len, lex._tails)) >= SHORTEST_PART  # (shorter tails hold no part: never looked up)


def test_split_stops_extending_readings_with_as_many_parts_as_one_found() -> None:
    """Once landes|einrichtungen is found, landes|ein|... cannot win: its tail is never read."""
    lex = dataclasses.replace(load_lexicon())
    assert lex.split_compound("Landeseinrichtungen").parts == ("landes", "einrichtungen")
    assert ("seinrichtungen", True) in lex._edges and ("richtungen", True) not in lex._edges


def test_split_maps_sharp_s_back_to_the_word() -> None:
    """Parts are looked up folded (ß → ss): their lengths must still cut the word right."""
    comp = load_lexicon().split_compound("Maßnahmenplan")
    assert comp is not None and comp.parts == ("maßnahmen", "plan")


def test_fold_keeps_length_except_for_sharp_s() -> None:
    assert [len(fold(w)) for w in ("Übergröße", "ÄÖÜäöü")] == [10, 6]


def test_cache_is_rebuilt_when_missing_and_loads_fast(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLBRIEF_CACHE_DIR", str(tmp_path))
    load_lexicon.cache_clear()
    try:
        built = load_lexicon()
        assert list(tmp_path.glob("parlbrief/lexicon-*.marshal"))
        load_lexicon.cache_clear()
        start = time.process_time()
        loaded = load_lexicon()
        assert time.process_time() - start < 1.0  # CPU time: wall time depends on machine load
        assert loaded.forms == built.forms and loaded.stems == built.stems
    finally:
        load_lexicon.cache_clear()
        monkeypatch.delenv("PARLBRIEF_CACHE_DIR")
    assert lexicon.load_lexicon().is_known_word("Kreis")
