"""Mandate points set out as the rows of a table, and points typed after a word ("Pkt. 1⇥"):
each stage on small hand-built inputs (a grid of cells, a .docx written with python-docx, a
ruled PDF drawn with reportlab, ingest blocks, text lines)."""

from __future__ import annotations

import pytest

from plancheck.mandate import find_points, read_mandate
from plancheck.mandate.points import _asks, _marker, lines_from_blocks
from plancheck.mandate.tables import is_date, point_rows
from plancheck.models import Block, BlockKind, Cell, Table

THEMES = [
    ["Tema", "Beskrivelse"],
    ["Dagens situasjon", "Beskrive dagens vannforsyning og kapasiteten i nettet i dag."],
    ["Klima", "Vurdere hvordan tørkeperioder påvirker kildene fram mot 2060."],
    ["Beredskap", "Foreslå en reservevannkilde og hvordan den skal sikres."],
]
TIMETABLE = [
    ["Fase", "Tidspunkt"],
    ["Planprogram fastsatt", "Mars 2026"],
    ["Planforslag til 1. gangs behandling", "Desember 2026"],
    ["Vedtak i kommunestyret", "April 2027"],
]


# ----------------------------------------------------------------------------- tables.py


def test_a_theme_table_gives_its_description_cells_as_points():
    rows = point_rows(THEMES, _asks)
    assert rows == [(None, r[1]) for r in THEMES[1:]]  # the header row and the labels are no points


def test_a_timetable_and_a_case_header_are_no_points():
    assert point_rows(TIMETABLE, _asks) is None
    header = [["Utvalg", "Møtedato", "Saksnr."], ["Formannskapet", "09.09.2026", "61/26"]]
    assert point_rows(header, _asks) is None


def test_a_table_with_a_date_column_is_a_timetable_even_with_long_cells():
    rows = [
        ["Fase", "Innhold", "Når"],
        ["Oppstart", "Kartlegge dagens situasjon og vurdere behovet for tiltak i kommunen.", "Mars 2026"],
        ["Høring", "Legge planforslaget ut til offentlig ettersyn og vurdere innspillene.", "Juni 2026"],
    ]
    assert point_rows(rows, _asks) is None
    assert is_date("Januar–februar 2027") and is_date("15.03.") and not is_date("Flomveier")


def test_an_organisation_table_of_names_is_no_list_of_points():
    rows = [
        ["Gruppe", "Deltakere"],
        ["Styringsgruppe", "Rådmannens ledergruppe, kommunalsjef for helse og omsorg og to tillitsvalgte"],
        ["Arbeidsgruppe", "Enhetsleder for hjemmetjenesten, fysioterapeut, ergoterapeut og en brukerrepresentant"],
    ]
    assert point_rows(rows, _asks) is None


def test_a_number_column_numbers_the_points_and_a_table_without_header_keeps_its_first_row():
    rows = [
        ["1", "Folkehelse", "Beskrive levekårene i bydelene og forskjellene mellom dem."],
        ["2", "Bolig", "Vurdere behovet for kommunale utleieboliger fram mot 2035."],
    ]
    assert point_rows(rows, _asks) == [("1", rows[0][2]), ("2", rows[1][2])]


def test_one_row_is_no_list():
    assert point_rows(THEMES[:2], _asks) is None


# ----------------------------------------------------------------------------- readers


def _docx(path, with_table: bool = True):
    import docx

    d = docx.Document()
    d.add_heading("Planprogram for hovedplan vannforsyning", level=1)
    d.add_heading("Utredningstemaer", level=2)
    d.add_paragraph("Tabellen viser hvilke temaer planen skal utrede.")
    for grid in ([THEMES] if with_table else []) + [TIMETABLE]:
        t = d.add_table(rows=len(grid), cols=len(grid[0]))
        for r, row in enumerate(grid):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
        d.add_heading("Framdrift", level=2)
    d.save(str(path))
    return path


def test_docx_mandate_reads_the_theme_table_in_its_place_and_not_the_timetable(tmp_path):
    points = read_mandate(_docx(tmp_path / "planprogram.docx"))
    listed = [p for p in points if not p.number.startswith("S")]
    assert [p.number for p in listed] == ["1", "2", "3"]
    assert [p.text for p in listed] == [r[1] for r in THEMES[1:]]
    assert not any("Mars 2026" in p.text or "Planprogram fastsatt" in p.text for p in points)


def test_docx_mandate_with_only_a_timetable_has_no_table_points(tmp_path):
    from plancheck.mandate.points import read_lines

    lines = read_lines(_docx(tmp_path / "planprogram.docx", with_table=False))
    assert not any("Mars 2026" in ln.text for ln in lines)


def test_a_table_block_of_points_becomes_list_items():
    cells = [[Cell(row=r, col=c, text=t) for c, t in enumerate(row)] for r, row in enumerate(THEMES[1:])]
    table = Block(id="t1", kind=BlockKind.table, table=Table(header=THEMES[0], rows=cells))
    timetable = Block(
        id="t2",
        kind=BlockKind.table,
        table=Table(
            header=TIMETABLE[0],
            rows=[[Cell(row=r, col=c, text=t) for c, t in enumerate(row)] for r, row in enumerate(TIMETABLE[1:])],
        ),
    )
    lines = lines_from_blocks([timetable, table])
    assert [ln.text for ln in lines] == [f"- {r[1]}" for r in THEMES[1:]]


def test_a_ruled_pdf_table_of_points_is_read_by_its_cells(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "planprogram.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(70, 780, "Planprogram for hovedplan vannforsyning")
    c.setFont("Helvetica", 10)
    top, height, split, right = 740, 36, 170, 540
    grid = [THEMES[0]] + [[r[0], r[1]] for r in THEMES[1:]]
    for k, (label, text) in enumerate(grid):
        y = top - k * height
        c.rect(70, y - height, right - 70, height)
        c.line(split, y, split, y - height)
        c.drawString(74, y - 14, label)
        words = text.split()  # the point wraps in its column: label and point share a line
        c.drawString(split + 4, y - 14, " ".join(words[:6]))
        c.drawString(split + 4, y - 28, " ".join(words[6:]))
    c.save()
    points = read_mandate(path)
    assert [p.text for p in points if not p.number.startswith("S")] == [r[1] for r in THEMES[1:]]


# ----------------------------------------------------------------------------- markers


def test_word_and_number_markers_are_numbered_points():
    assert _marker("Pkt. 1\tKartleggje kriminalitetsbiletet.") == ("number", "1.", "Kartleggje kriminalitetsbiletet.")
    assert _marker("Punkt 2: Beskrive tilbodet.")[1:] == ("2.", "Beskrive tilbodet.")
    assert _marker("pkt 3: vurdere behovet.")[1] == "3."
    assert _marker("Item 4 Describe the network.")[1] == "4."
    # a sentence that opens with a reference to a point of a decision is no marker
    assert _marker("Punkt 3 i vedtaket gjeld budsjettet.") is None
    assert _marker("Punktet 2 Beskrive") is None


def test_pkt_points_with_one_running_over_the_page_break():
    lines = [
        ("Oppdrag: handlingsplan for SLT", 1),
        ("Arbeidsgruppa skal sjå på desse punkta:", 1),
        ("Pkt. 1\tKartleggje kriminalitetsbiletet blant barn og unge.", 1),
        ("Pkt. 2\tGjere greie for korleis kommunen og politiet skal samarbeide om", 1),
        ("rusførebygging ved store arrangement.", 2),
        ("Pkt. 3\tVurdere behovet for eit fritidstilbod på kveldstid.", 2),
    ]
    points = [p for p in find_points(lines) if not p.number.startswith("S")]
    assert [p.number for p in points] == ["1", "2", "3"]
    assert points[1].text.endswith("samarbeide om rusførebygging ved store arrangement.")
    assert not any(p.text.startswith("Pkt") for p in points)


# ----------------------------------------------------------------------------- background


def test_a_background_that_asks_the_plan_for_a_part_is_a_requirement():
    text = """Uppdragsbeskrivning: Cykelstrategi

Bakgrund

Kommunen växer. Strategin ska ha en åtgärdsplan med ansvar och tidplan.

Uppdraget

1. Beskriva dagens cykelvägnät.
2. Föreslå ett mål för cykelns andel av resorna.
"""
    prose = [p.text for p in find_points([text]) if p.number.startswith("S")]
    assert prose == ["Strategin ska ha en åtgärdsplan med ansvar och tidplan."]


def test_a_background_that_says_why_the_plan_is_made_asks_nothing():
    text = """Oppdrag

Bakgrunn

Kommunedelplanen må rulleres før neste søknadsrunde.

Oppdraget

1. Beskrive dagens anlegg.
2. Vurdere behovet for nye anlegg.
"""
    assert not [p for p in find_points([text]) if p.number.startswith("S")]


def test_a_table_of_points_under_a_mandate_heading_after_its_lead_in(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Saksframlegg: hovedplan for vannforsyning")
    d.add_heading("Mandat", level=2)
    d.add_paragraph("Arbeidsgruppa skal utrede disse temaene:")
    t = d.add_table(rows=len(THEMES), cols=2)
    for r, row in enumerate(THEMES):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.add_heading("Økonomi", level=2)
    d.add_paragraph("Arbeidet dekkes innenfor budsjettet.")
    path = tmp_path / "saksframlegg.docx"
    d.save(str(path))
    listed = [p for p in read_mandate(path) if not p.number.startswith("S")]
    assert [(p.number, p.text) for p in listed] == [(str(k), r[1]) for k, r in enumerate(THEMES[1:], 1)]
