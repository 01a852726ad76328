"""Goal tables whose second column says how each goal is reached (``Delmål | Slik gjer vi det``,
``Mål | Dette gjør vi``, ``Mål | Hvordan``): one goal per row, the "how" cell's lines its
strategies. Stage tests on hand-built tables, and one Word document printed to PDF by
LibreOffice the way a municipality makes it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plancheck.extract.plan import build_plan
from plancheck.extract.tables import (
    cell_items,
    goal_table,
    means_column,
    means_column_roles,
    table_roles,
)
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Section, Table

HOW_HEADERS = {
    "nb": ("Mål", "Dette gjør vi"),
    "nn": ("Delmål", "Slik gjer vi det"),
    "sv": ("Mål", "Så här gör vi"),
    "da": ("Delmål", "Sådan gør vi"),
    "en": ("Goal", "How we will get there"),
}
ROWS = {
    "nb": [
        ("Flere ungdommer skal fullføre videregående opplæring.",
         "• Tilby gratis leksehjelp på ungdomsskolen. • Ansette en miljøterapeut i skolen."),
        ("Alle barn skal ha en trygg skolevei.", "• Bygge fortau langs skoleveien til Eik skole."),
    ],
    "nn": [
        ("Fleire unge skal fullføre vidaregåande opplæring.",
         "Tilby leksehjelp for elevar på ungdomssteget. Tilsetje ein miljøterapeut i skulen."),
        ("Alle born skal ha ein trygg skuleveg.", "Byggje fortau langs skulevegen."),
    ],
    "sv": [
        ("Fler unga ska fullfölja gymnasieskolan.", "\uf0b7 Erbjuda läxhjälp. \uf0b7 Anställa en kurator i skolan."),
        ("Alla barn ska ha en trygg skolväg.", "\uf0b7 Bygga en gång- och cykelväg till skolan."),
    ],
    "da": [
        ("Flere unge skal gennemføre en ungdomsuddannelse.", "– Tilbyde lektiehjælp. – Ansætte en skolesocialrådgiver."),
        ("Alle børn skal have en tryg skolevej.", "– Anlægge en cykelsti til skolen."),
    ],
    "en": [
        ("More young people will complete upper secondary school.",
         "Offer homework help in all lower secondary schools.\nHire a school counsellor."),
        ("Every child will have a safe route to school.", "Build a footpath along the school road."),
    ],
}


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(
        header=header,
        rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)] for r, row in enumerate(rows)],
        pages=[1],
    )


def _doc(table: Table) -> Document:
    return Document(
        path="x.pdf",
        page_count=1,
        sections=[Section(id="s1", title="1 Oppvekst", level=1, page=1)],
        blocks=[
            Block(id="b0", kind=BlockKind.heading, text="1 Oppvekst", provenance=Provenance(page=1), section_id="s1"),
            Block(id="b1", kind=BlockKind.table, text="", provenance=Provenance(page=1), section_id="s1", table=table),
        ],
    )


@pytest.mark.parametrize(
    "header, how",
    [
        ("Slik gjer vi det", True),
        ("Slik gjør vi det:", True),
        ("Dette gjør vi", True),
        ("Hvordan", True),
        ("Korleis", True),
        ("Så gör vi", True),
        ("Sådan gør vi", True),
        ("How", True),
        ("Slik når vi målet", True),  # a goal_means phrase opening the cell
        ("Hvordan måle", False),  # a longer cell is no "how" column (an indicator's header)
        ("Ansvar", False),
        ("Indikator", False),
        ("", False),
    ],
)
def test_a_how_column_is_the_whole_header_cell(header, how):
    assert means_column(header) is how


def test_beside_a_goal_column_the_how_column_is_its_strategy_column():
    header = ["Delmål", "Slik gjer vi det"]
    roles = means_column_roles(header, table_roles(header))
    assert roles == ["goal", "strategy"]
    assert goal_table(header, roles)


def test_with_an_owner_and_no_measure_column_the_how_column_holds_the_measures():
    header = ["Mål", "Hvordan", "Ansvar", "Frist"]
    assert means_column_roles(header, table_roles(header)) == ["goal", "measure", "owner", "deadline"]


def test_beside_a_measure_column_the_how_column_keeps_no_role():
    header = ["Hva", "Hvordan", "Hvem", "Når"]
    roles = table_roles(header)
    assert means_column_roles(header, roles) == roles


@pytest.mark.parametrize(
    "text, items",
    [
        ("• Tilby leksehjelp. • Ansette en miljøterapeut.", ["Tilby leksehjelp.", "Ansette en miljøterapeut."]),
        ("\uf0b7 Erbjuda läxhjälp \uf0b7 Anställa en kurator", ["Erbjuda läxhjälp", "Anställa en kurator"]),
        ("– Tilbyde lektiehjælp. – Ansætte en rådgiver.", ["Tilbyde lektiehjælp.", "Ansætte en rådgiver."]),
        ("Byggje fortau\nTilsetje ein miljøterapeut", ["Byggje fortau", "Tilsetje ein miljøterapeut"]),
        ("Tilby leksehjelp. Ansette en miljøterapeut.", ["Tilby leksehjelp.", "Ansette en miljøterapeut."]),
        # a dash inside a sentence is no bullet
        ("Bygge gang- og sykkelvei 2025–2028 - i samarbeid med fylket", ["Bygge gang- og sykkelvei 2025–2028 - i samarbeid med fylket"]),
        ("", []),
    ],
)
def test_the_items_of_a_how_cell(text, items):
    assert cell_items(text) == items


@pytest.mark.parametrize("lang", sorted(HOW_HEADERS))
def test_each_row_of_a_how_table_is_a_goal_with_its_lines_as_strategies(lang):
    table = _table(list(HOW_HEADERS[lang]), [list(r) for r in ROWS[lang]])
    plan = build_plan(_doc(table), lang=lang)
    assert [g.text for g in plan.goals] == [r[0] for r in ROWS[lang]]
    first, second = plan.goals
    under_first = [s.text for s in plan.strategies if s.goal_ids == [first.id]]
    under_second = [s.text for s in plan.strategies if s.goal_ids == [second.id]]
    assert len(under_first) == 2 and len(under_second) == 1
    assert all(s.provenance and s.provenance.page == 1 for s in plan.strategies)
    assert not plan.measures


def _word_plan(path: Path) -> None:
    from docx import Document as Docx

    d = Docx()
    d.add_heading("Handlingsdel for oppvekst 2025–2028", 0)
    d.add_heading("1 Skule og fritid", 1)
    d.add_paragraph("Kapittelet viser delmåla for oppvekst og korleis kommunen skal nå dei.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for i, h in enumerate(("Delmål", "Slik gjer vi det")):
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    rows = [
        ("Alle born skal ha ein trygg skuleveg.",
         ["Byggje gang- og sykkelveg langs fylkesvegen ved skulen.", "Gjennomføre trafikktrygging av busslommer kvart år."]),
        ("Fleire unge skal fullføre vidaregåande opplæring.",
         ["Tilby leksehjelp for elevar på ungdomssteget.", "Styrkje samarbeidet mellom skule og NAV om unge som sluttar.",
          "Tilsetje ein miljøterapeut i skulen."]),
    ]
    for goal, hows in rows:
        cells = t.add_row().cells
        cells[0].text = goal
        for k, how in enumerate(hows):
            p = cells[1].paragraphs[0] if k == 0 else cells[1].add_paragraph()
            p.style = d.styles["List Bullet"]
            p.add_run(how)
    d.save(path)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_word_goal_table_with_a_how_column_printed_to_pdf(tmp_path):
    from corpora.synth.convert import soffice_to_pdf
    from plancheck.mandate.evaluate import load_plan

    src = tmp_path / "handlingsdel.docx"
    _word_plan(src)
    soffice_to_pdf([src], tmp_path)
    for path in (tmp_path / "handlingsdel.pdf", src):
        plan = load_plan(path, lang="nn")
        assert [g.text for g in plan.goals] == [
            "Alle born skal ha ein trygg skuleveg.",
            "Fleire unge skal fullføre vidaregåande opplæring.",
        ], path.suffix
        counts = [sum(g.id in s.goal_ids for s in plan.strategies) for g in plan.goals]
        assert counts == [2, 3], path.suffix
        assert "Tilsetje ein miljøterapeut i skulen." in [s.text for s in plan.strategies]
        if path.suffix == ".pdf":  # a .docx has no pages
            assert all(s.provenance and s.provenance.page == 1 and s.provenance.bbox for s in plan.strategies)


def test_a_how_table_in_the_child_follows_up_the_parent_goal_by_its_goal_and_its_strategies():
    """The rød tråd: the child's goal (all children) and the line of its "how" cell for the
    low-income families together follow up the parent's goal; the goal beside it stands alone."""
    from plancheck.mandate.parents import assess_parent
    from plancheck.models import Goal, Plan, SourceInfo

    table = _table(
        ["Delmål", "Slik gjer vi det"],
        [
            ["Alle born skal kunne delta i fritidsaktivitetar.",
             "• Gi aktivitetsstøtte til familiar med låg inntekt. • Opne ein utstyrssentral med gratis utlån."],
            ["Kommunen skal ha ein ny kantine.", "• Byggje kantine i rådhuset."],
        ],
    )
    child = build_plan(_doc(table), lang="nn")
    parent = Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="0", pages=1),
        language="nn",
        goals=[
            Goal(id="p1", text="Born i familiar med låg inntekt skal kunne delta i fritidsaktivitetar.", page=1),
            Goal(id="p2", text="Alle skal ha tilgang til eit rikt kulturtilbod.", page=1),
        ],
    )
    cov, links = assess_parent(child, parent, lang="nn")
    assert [str(getattr(c.status, "value", c.status)) for c in cov] == ["followed_up", "not_followed_up"]
    assert "Gi aktivitetsstøtte til familiar med låg inntekt." in [e.quote for e in cov[0].evidence]
    assert [link.serves for link in links] == [["p1"], []]


def test_a_how_column_beside_owner_and_deadline_columns_holds_the_goals_measures():
    table = _table(
        ["Mål", "Dette gjør vi", "Ansvar", "Frist"],
        [
            ["Alle barn skal kunne delta i fritidsaktiviteter.", "Gi aktivitetsstøtte til familier med lav inntekt.", "NAV", "2026"],
            ["", "Åpne en utstyrssentral.", "Kultur", "2027"],
            ["Kommunen skal ha en ny kantine.", "Bygge kantine i rådhuset.", "Eiendom", "2028"],
        ],
    )
    plan = build_plan(_doc(table), lang="nb")
    first, second = plan.goals
    assert [(m.text, m.owner_text, m.goal_ids) for m in plan.measures] == [
        ("Gi aktivitetsstøtte til familier med lav inntekt.", "NAV", [first.id]),
        ("Åpne en utstyrssentral.", "Kultur", [first.id]),
        ("Bygge kantine i rådhuset.", "Eiendom", [second.id]),
    ]


def test_a_community_goal_beside_the_councils_part_is_a_goal_row():
    """"Samfunnsmål | Kommunen skal": the community goal on the left (no modal: "Alle har ein
    trygg og god bustad."), the council's part as lines on the right (its strategies, not
    goals); "Kommunen skal" alone is the council's part, not an owner or a measure column."""
    header = ["Samfunnsmål", "Kommunen skal"]
    assert means_column("Kommunen skal")
    assert means_column_roles(header, table_roles(header)) == ["goal", "strategy"]
    rows = [
        ["Alle har ein trygg og god bustad.", "bruke startlån aktivt\nsamarbeide med private om utleigebustader"],
        ["Fleire er i arbeid eller utdanning.", "vere ein god lærebedrift"],
    ]
    plan = build_plan(_doc(_table(header, rows)), lang="nn")
    assert [g.text for g in plan.goals] == [r[0] for r in rows]
    assert all(s.goal_ids for s in plan.strategies) and plan.strategies
