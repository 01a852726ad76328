"""A left column that goes on below the end of the right one, list levels within a column,
and labels that carry a possessive ("Målet vårt:") — hand-built inputs."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.extract.roles import label_role
from plancheck.layout.columns import Region, xy_cut
from plancheck.layout.document import column_shifts
from plancheck.layout.words import Word


def uneven_columns() -> list[Word]:
    """A full-width heading; a left column of two paragraphs with a blank line between them
    (nothing in the right column beside the second); a short right column."""
    words = line_words("Overskrift over begge spaltene på siden", 50, 40, size=16)
    for i in range(6):
        words += line_words("venstre spalte første del som fyller linjen", 50, 80 + 14 * i)
        words += line_words("høyre spalte tekst som også fyller linjen", 320, 80 + 14 * i)
    for i in range(6):
        words += line_words("venstre spalte andre del som fyller linjen", 50, 200 + 14 * i)
    return words


def texts(regions: list[Region]) -> list[str]:
    return [" ".join(w.text for w in sorted(r.words, key=lambda w: (w.top, w.x0))) for r in regions]


def test_the_left_column_is_read_to_its_end_before_the_right_one():
    got = texts(xy_cut(uneven_columns(), 595))
    order = [t.split()[0] + " " + t.split()[2] for t in got]
    assert order == ["Overskrift begge", "venstre første", "venstre andre", "høyre tekst"]


def test_blank_lines_without_a_gutter_stay_bands():
    words = []
    for block in range(3):
        for i in range(4):
            words += line_words("en linje over hele siden som fyller bredden av siden helt ut", 50, 60 + 80 * block + 14 * i)
    regions = xy_cut(words, 595)
    assert len(regions) == 3 and not any(r.column for r in regions)


def test_a_column_starts_its_shift_at_the_first_column():
    def region(x0: float, x1: float, column: bool = True) -> Region:
        return Region(line_words("tekst", x0, 100), x0, 100, x1, 110, column)

    regions = [region(50, 560, column=False), region(50, 290), region(320, 560), region(340, 560)]
    assert column_shifts(regions) == [0.0, 0.0, 270.0, 270.0]


def test_a_label_word_with_a_possessive_and_a_colon_is_a_label():
    assert label_role("Målet vårt: Alle barn skal føle seg trygge.") == ("goal", None, "Alle barn skal føle seg trygge.")
    assert label_role("Vårt mål: Alle skal ha en trygg bolig.")[0] == "goal"
    assert label_role("Our goal: reduce emissions by half")[0] == "goal"


def test_a_sentence_that_opens_with_a_possessive_and_a_label_word_is_no_label():
    assert label_role("Målet vårt er å gi alle en trygg bolig.")[0] is None
    assert label_role("Vårt mål er at alle skal ha en trygg bolig.")[0] is None


def test_table_rows_split_by_blank_lines_stay_rows():
    words = []
    rows = [("Revidere en fælles procedure for overgangen", "Alle afdelinger i kommunen"),
            ("Tilbyde forebyggende hjemmebesøg hos alle", "Sundhedsplejen og hjemmeplejen"),
            ("Undersøge mulighederne for gratis lektiehjælp", ""),
            ("Revidere procedurer for opfølgning på sager", "Byg og Plan i forvaltningen"),
            ("Oprette et tværfagligt team for familier", "Familieafdelingen i kommunen")]
    for i, (what, who) in enumerate(rows):
        top = 100 + 50 * i
        words += line_words(what, 50, top) + line_words("og fortsætter på den næste linje", 50, top + 14)
        if who:
            words += line_words(who, 330, top) + line_words("og sammen med andre", 330, top + 14)
    regions = xy_cut(words, 595)
    assert not any(r.column for r in regions)
