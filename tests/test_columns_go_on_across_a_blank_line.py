"""Text columns going on across a blank line with too few lines below it to be columns on their
own (a heading and a one-line list under each column's paragraph): the short band is read with
the columns above, column by column, not as lines across the gutter - hand-built inputs."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.columns import Region, column_runs, horizontal_bands, xy_cut
from plancheck.layout.words import Word


def texts(regions: list[Region]) -> list[str]:
    return [" ".join(w.text for w in sorted(r.words, key=lambda w: (w.top, w.x0))) for r in regions]


def _two_columns(right_x: float = 320) -> list[Word]:
    """A title across the page; two columns (x 50 and ``right_x``): a heading and two full lines
    each; a blank line; a small heading and one numbered goal each (the left one wrapped)."""
    words = line_words("Plan for helse og omsorg 2025–2028 i kommunen", 50, 40, size=16)
    words += line_words("Bedre helse", 50, 80, size=14) + line_words("Trygge hjem", right_x, 80, size=14)
    for i in range(2):
        words += line_words("venstre spalte tekst som fyller linjen", 50, 100 + 14 * i)
        words += line_words("høyre spalte tekst som også fyller den", right_x, 100 + 14 * i)
    words += line_words("Mål", 50, 150, size=11) + line_words("Mål", right_x, 150, size=11)
    words += line_words("1. Alle skal ha et godt liv", 50, 166) + line_words("2. Alle skal bo trygt", right_x, 166)
    words += line_words("hele livet", 50, 180)
    return words


def test_a_short_band_under_text_columns_goes_on_with_them():
    got = texts(xy_cut(_two_columns(), 595))
    assert got[1:] == [
        "Bedre helse venstre spalte tekst som fyller linjen venstre spalte tekst som fyller linjen",
        "Mål 1. Alle skal ha et godt liv hele livet",
        "Trygge hjem høyre spalte tekst som også fyller den høyre spalte tekst som også fyller den",
        "Mål 2. Alle skal bo trygt",
    ]


def test_a_short_band_off_the_column_edges_stays_a_band():
    """The band's right side starts 12 pt off the right column's edge: not that column going on
    (a run of its own). (The page as a whole is still read column by column: the title within
    the left column's span stands over the pair, and the sides under it are two columns each
    under a heading set larger than its text, ``columns._headed_pair``.)"""
    words = [w for w in _two_columns() if w.top < 140]
    words += line_words("Mål", 50, 150, size=11) + line_words("Mål", 332, 150, size=11)
    words += line_words("1. Alle skal ha et godt liv", 50, 166) + line_words("2. Alle skal bo trygt", 332, 166)
    words += line_words("hele livet", 50, 180)
    runs = column_runs(horizontal_bands(words), 595)
    assert [len(run) for run in runs] == [1, 1, 1]
    aligned = column_runs(horizontal_bands(_two_columns()), 595)
    assert [len(run) for run in aligned] == [1, 2]
