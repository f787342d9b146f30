"""The table of generated letters: which county, faction, topic, layout and traps each one covers."""
from __future__ import annotations

from corpus_compose import Spec


def _s(id_: str, county: str, party: str, doc: str, topic: str, style: str, n: int, head: str,
       addr: str | None, date: str, ref: str | None, subj: str, signers: int, cc: int, flags: str) -> Spec:
    return Spec(id_, county, party, doc, topic, style, n, head, addr, date, ref, subj, signers, cc,
                frozenset(flags.split()))


# Flags: lost = some printed numbers missing (number_in_source false); glued = "3.Welche";
# pbq = a question runs across a page break (page header/footer between); blank = blank line
# between items; subq = lettered a) b) sub-questions; ctx = context sentence before the question
# in one item; multi = several sentences (two questions) in one item; preq = a question in the
# preamble prose; traps = "Nr. 5/2024", "ca. 3,5 Mio. €", dates, "bzw." in prose; linetrap = a
# line starting with "5. Oktober 2023" (prose and a question); vorschlag = "Beschlussvorschlag:";
# resolution = one unnumbered resolution paragraph; hyph = long words hyphenated at line ends
# ("Kreis-" / "verwaltung"; gold text joins them) and one "Kurzzeit-" / "und" coordination at a line end;
# sigside = two signatures side by side; gez = "gez. Name" signatures; nodoc = the subject does not
# say "Anfrage"/"Antrag" (doc type only from the body); lhright = letterhead flush right;
# dateabove = date line above the address block; ihr = an "Ihr Schreiben vom <earlier date>" line;
# para = one item runs over two paragraphs (a blank line between its sentences; never with
# lost, where an unnumbered paragraph could be a question of its own).
SPECS: tuple[Spec, ...] = (
    _s("g01", "Kleve", "GRUENE", "anfrage", "integration", "dot", 7, "none", None, "long", None, "plain", 1, 0, "lost glued blank preq"),
    _s("g02", "Wesel", "CDU", "anfrage", "oepnv", "dot", 7, "full", "landrat", "den", "az", "label", 1, 0, "traps subq blank hyph lhright"),
    _s("g03", "Borken", "SPD", "anfrage", "schulen", "paren", 6, "line", "kreis_block", "num", "initials", "hier", 2, 2, "ctx multi sigside para"),
    _s("g04", "Viersen", "FDP", "anfrage", "kitas", "dotparen", 6, "full", "chair", "iso", None, "label", 1, 1, "subq blank traps"),
    _s("g05", "Heinsberg", "LINKE", "anfrage", "krankenhaus", "frage", 6, "full", "landrat", "long", "zeichen", "plain", 1, 0, "multi preq blank hyph dateabove para"),
    _s("g06", "Steinfurt", "GRUENE", "anfrage", "klimaschutz", "roman", 6, "full", "kreisdirektor", "den", None, "hier_label", 2, 0, "subq blank gez"),
    _s("g07", "Coesfeld", "FW", "anfrage", "radwege", "dot", 7, "line", "landrat", "long", None, "label", 1, 1, "pbq lost ctx hyph"),
    _s("g08", "Rhein-Sieg", "SPD", "anfrage", "rettungsdienst", "dot", 7, "full", "kreis_block", "num_place", "az", "label", 1, 2, "linetrap glued pbq blank"),
    _s("g09", "Recklinghausen", "UWG", "anfrage", "breitband", "paren", 7, "full", "landrat", "iso", None, "plain", 1, 0, "traps blank nodoc"),
    _s("g10", "Warendorf", "CDU", "anfrage", "jobcenter", "frage", 7, "line", None, "den", None, "label", 2, 0, "ctx pbq blank hyph"),
    _s("g11", "Soest", "GRUENE", "anfrage", "auslaenderbehoerde", "dot", 6, "none", None, "long", None, "plain", 1, 0, "lost preq multi"),
    _s("g12", "Euskirchen", "FDP", "anfrage", "haushalt", "roman", 6, "full", "chair", "num", "initials", "hier", 1, 1, "traps pbq ihr"),
    _s("g13", "Düren", "SPD", "anfrage", "digitalisierung", "dotparen", 7, "full", "landrat", "long", "az", "label", 2, 2, "subq blank linetrap hyph lhright"),
    _s("g14", "Kleve", "CDU", "anfrage", "katastrophenschutz", "paren", 6, "full", "kreisdirektor", "iso", None, "hier_label", 1, 0, "ctx subq nodoc"),
    _s("g15", "Wesel", "GRUENE", "anfrage", "jugendhilfe", "dot", 7, "full", "landrat", "long", None, "label", 1, 0, "lost glued traps dateabove"),
    _s("g16", "Borken", "UWG", "anfrage", "pflege", "frage", 5, "none", None, "num_place", None, "plain", 1, 0, "preq subq blank"),
    _s("g17", "Viersen", "SPD", "anfrage", "abfall", "dot", 6, "line", "landrat", "den", "zeichen", "label", 1, 1, "multi blank pbq hyph"),
    _s("g18", "Heinsberg", "CDU", "anfrage", "wirtschaft", "roman", 5, "full", "kreis_block", "long", None, "plain", 2, 0, "traps blank sigside gez"),
    _s("g19", "Steinfurt", "LINKE", "anfrage", "kultur", "paren", 6, "full", None, "iso", None, "label", 1, 0, "subq linetrap"),
    _s("g20", "Coesfeld", "GRUENE", "anfrage", "tierseuchen", "dot", 7, "full", "landrat", "long", None, "hier", 1, 2, "lost ctx blank glued hyph lhright"),
    _s("g21", "Rhein-Sieg", "FDP", "anfrage", "wasser", "dotparen", 6, "line", "chair", "den", "az", "label", 1, 0, "preq multi para"),
    _s("g22", "Kleve", "SPD", "antrag", "integration", "dot", 1, "line", "landrat", "num", "initials", "hier", 2, 2, "resolution"),
    _s("g23", "Wesel", "FDP", "antrag", "oepnv", "dot", 3, "full", "landrat", "long", None, "label", 1, 0, "blank hyph ihr"),
    _s("g24", "Borken", "GRUENE", "antrag", "klimaschutz", "paren", 3, "full", "chair", "den", "az", "hier_label", 2, 1, "vorschlag sigside"),
    _s("g25", "Viersen", "CDU", "antrag", "schulen", "dot", 3, "line", "kreis_block", "iso", None, "plain", 1, 0, "vorschlag traps blank hyph"),
    _s("g26", "Heinsberg", "SPD", "antrag", "rettungsdienst", "dotparen", 3, "full", "landrat", "num", "initials", "hier", 2, 2, "dateabove"),
    _s("g27", "Steinfurt", "FW", "antrag", "radwege", "roman", 3, "none", None, "long", None, "label", 1, 0, "vorschlag gez"),
    _s("g28", "Coesfeld", "UWG", "antrag", "auslaenderbehoerde", "dot", 1, "full", "landrat", "den", "zeichen", "label", 1, 1, "resolution vorschlag"),
    _s("g29", "Rhein-Sieg", "LINKE", "antrag", "kitas", "paren", 3, "full", "chair", "long", None, "hier", 1, 0, "blank hyph nodoc"),
    _s("g30", "Recklinghausen", "GRUENE", "antrag", "digitalisierung", "dot", 3, "line", "landrat", "den", "az", "label", 2, 0, ""),
    _s("g31", "Warendorf", "SPD", "stellungnahme", "haushalt", "dot", 0, "full", "landrat", "long", None, "label", 1, 1, "traps hyph ihr"),
    _s("g32", "Soest", "CDU", "stellungnahme", "wasser", "dot", 0, "none", None, "den", None, "plain", 1, 0, ""),
    _s("g33", "Euskirchen", "GRUENE", "brief", "breitband", "dot", 0, "full", "kreisdirektor", "long", None, "label", 1, 0, "preq lhright"),
    _s("g34", "Düren", "FW", "brief", "pflege", "dot", 0, "line", "landrat", "iso", None, "plain", 2, 0, "preq"),
    _s("g35", "Warendorf", "GRUENE", "anfrage", "kultur", "dot", 7, "full", "landrat", "num", None, "label", 1, 0, "lost pbq blank hyph"),
    _s("g36", "Recklinghausen", "CDU", "anfrage", "tierseuchen", "roman", 7, "full", "kreis_block", "den", "az", "hier", 1, 1, "pbq ctx blank nodoc para"),
)
