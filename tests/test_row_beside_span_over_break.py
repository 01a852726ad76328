"""An unruled table whose goal cell is merged down over its rows and over the page break: the
next page's first row leaves the goal column empty and fills every other column the row above
filled, its item opening with a capital in a column of capitals under a cell that ended whole.
That is a new row beside the span, not the rest of the row above, though its deadline opens in
lower case ("innen utgangen av 2025" under "Løpende": a deadline phrase opens so by itself) —
hand-built pieces (Writer's borderless table over a page break, round trip seed 3705)."""

from __future__ import annotations

import pytest

from plancheck.ingest.text import use_language
from plancheck.layout.tables import TablePiece, join_pieces
from plancheck.models import BBox, Cell

XS = [60.0, 130.0, 330.0, 450.0, 530.0]


def _row(r: int, page: int, top: float, texts: list[str]) -> list[Cell | None]:
    return [Cell(row=r, col=c, text=t, page=page, bbox=BBox(x0=XS[c], top=top, x1=XS[c + 1], bottom=top + 20))
            for c, t in enumerate(texts)]


def _joined(head: list[str], above: list[list[str]], below: list[list[str]], lang: str) -> list[list[str]]:
    use_language(lang)
    first = TablePiece(1, (60, 600, 530, 800), XS[:-1],
                       [_row(k, 1, 600 + 40 * k, t) for k, t in enumerate([head, *above])], [False] * 4)
    second = TablePiece(2, (60, 60, 530, 160), XS[:-1],
                        [_row(k, 2, 60 + 30 * k, t) for k, t in enumerate([head, *below])], [False] * 4)
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (600, 800), 2: (60, 160)})
    return [[c.text for c in r] for r in table.rows]


CASES = {
    "nb": (["Delmål", "Tiltak", "Ansvarlig", "Frist"],
           [["Mål 1", "Utrede et tilbud om leksehjelp", "Rektorer", "Pågår"],
            ["Mål 2", "Gjennomføre energisparetiltak i egne bygg", "NAV", "Hver høst"],
            ["Mål 3", "Gjennomføre kompetanseheving i velferdsteknologi", "Alle enheter", "Løpende"]],
           [["", "Opprette et lavterskeltilbud for ungdom", "Eiendom, Rektorer", "innen utgangen av 2025"],
            ["", "Utvide tilbudet om sommerjobb", "Rådgiver oppvekst", "31.12.2024"]]),
    "sv": (["Mål", "Åtgärd", "Ansvarig", "Tid"],
           [["Mål 1", "Utreda läxhjälp på alla skolor", "Rektorer", "Pågår"],
            ["Mål 2", "Genomföra energibesparing i egna lokaler", "Fastighet", "Varje höst"],
            ["Mål 3", "Införa välfärdsteknik i hemtjänsten", "Alla enheter", "Löpande"]],
           [["", "Öppna en mötesplats för unga", "Fritid, Rektorer", "senast under 2025"],
            ["", "Utöka sommarjobben för unga", "Arbetsmarknad", "2024"]]),
}


@pytest.mark.parametrize("lang", list(CASES))
def test_a_full_row_beside_a_goal_cell_merged_over_the_break_is_a_row_of_its_own(lang):
    head, above, below = CASES[lang]
    rows = _joined(head, above, below, lang)
    assert above[-1][1:] == rows[2][1:]  # the row above keeps its own cells
    assert below[0][1:] == rows[3][1:]
    assert len(rows) == 5


def test_the_rest_of_a_cut_row_still_goes_on():
    # the item cell cut mid-sentence, its rest in lower case: the rest of the row above
    head, above, _below = CASES["nb"]
    above = [*above[:-1], ["Mål 3", "Gjennomføre kompetanseheving i", "Alle enheter", "Løpende"]]
    rows = _joined(head, above, [["", "velferdsteknologi for hjemmetjenesten", "", ""]], "nb")
    assert rows[-1][1] == "Gjennomføre kompetanseheving i velferdsteknologi for hjemmetjenesten"
    assert len(rows) == 3
