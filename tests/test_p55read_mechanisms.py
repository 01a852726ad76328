"""Session 50, parents-blind55 (reading the child's goals): a goal column headed by a compound of
a goal word and a period, a group's name printed once over blank cells of a theme column, a
template's division labels and its guidance over the answer boxes. Invented wording throughout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from plancheck.extract.roles import heading_role
from plancheck.lang.vocab import column_role
from plancheck.mandate.parents import row_name_references
from plancheck.models import Block, BlockKind, Document, Goal, Provenance
from tests.conftest import table_of


def _doc(blocks: list[Block]) -> Document:
    from plancheck.ingest.sections import build_sections

    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    return Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))


def _h(text: str, level: int = 2) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _li(text: str, n: int) -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, level=0, number=f"{n}.")


# ------------------------------------------------ a goal compound and a period heads a goal column


def test_a_goal_compound_with_a_period_heads_a_goal_column():
    assert column_role("Enhetsmål 2040–2043") == "goal"
    assert column_role("Avdelingsmål") == "goal"
    # the lexicon's exceptions and the parent plan's goal word keep what they were
    assert column_role("Bærekraftsmål 2030") != "goal"
    assert column_role("Kommuneplanmål") == "references"
    assert column_role("Resultatmål") == "indicator"


_TABLE_PDF = r'''
import sys
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
ss = getSampleStyleSheet()
P = lambda t: Paragraph(t, ss["BodyText"])
rows = [["Temaområde", "Enhetsmål 2040–2043", "Tiltak 2040", "Ansvar"],
        [P("Levende nærmiljø"), P("Flere familier skal bruke parkene i bydelen om kvelden."),
         P("Lyssetting av tre parker"), P("Leder parkdrift")],
        [P(""), P("Flere eldre skal delta i turgrupper hver uke."), P("Turvenner i alle grendelag"),
         P("Leder frisklivssenteret")],
        [P("Trygg oppvekst"), P("Alle elever skal ha en trygg vei til skolen."),
         P("Nye fotgjengeroverganger ved to skoler"), P("Leder samferdsel")]]
t = Table(rows, colWidths=[120, 260, 220, 140])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
SimpleDocTemplate(sys.argv[1], pagesize=landscape(A4)).build(
    [Paragraph("Virksomhetsplan for bydelstjenester 2040–2043", ss["Title"]),
     Paragraph("1 Mål og tiltak", ss["Heading1"]), Spacer(1, 6), t])
'''


def test_a_units_goals_in_a_column_headed_by_a_goal_compound_are_read(tmp_path: Path):
    pytest.importorskip("reportlab")
    from plancheck.extract.plan import build_plan
    from plancheck.pipeline import load_document

    pdf = tmp_path / "plan.pdf"
    subprocess.run([sys.executable, "-c", _TABLE_PDF, str(pdf)], check=True)
    plan = build_plan(load_document(pdf))
    assert [g.text for g in plan.goals] == [
        "Flere familier skal bruke parkene i bydelen om kvelden.",
        "Flere eldre skal delta i turgrupper hver uke.",
        "Alle elever skal ha en trygg vei til skolen.",
    ]
    assert len(plan.measures) == 3 and all(m.goal_ids for m in plan.measures)


# ------------------------------------------------ a group's name printed once over blank cells


def test_a_theme_named_once_for_its_group_names_the_rows_left_blank_under_it():
    goals = [
        Goal(id="a", text="Parkene skal være åpne og trygge for alle."),
        Goal(id="b", text="Flere eldre skal være fysisk aktive."),
        Goal(id="c", text="Alle barn skal ha en trygg skolevei."),
    ]
    themes = {"levende nærmiljø": [0, 1], "trygg oppvekst": [2]}
    table = table_of(
        ["Temaområde", "Enhetsmål", "Tiltak"],
        [
            ["Levende nærmiljø", "Flere familier bruker parkene om kvelden.", "Lyssetting av tre parker"],
            ["", "Flere eldre går i turgrupper.", "Turvenner i alle grendelag"],
            ["Trygg oppvekst", "Alle elever går trygt til skolen.", "Nye fotgjengeroverganger"],
        ],
    )
    doc = _doc([_h("Mål og tiltak"), Block(id="", kind=BlockKind.table, text="", table=table)])
    items = [
        ("g0", "goal", "Flere familier bruker parkene om kvelden.", 1),
        ("g1", "goal", "Flere eldre går i turgrupper.", 1),
        ("g2", "goal", "Alle elever går trygt til skolen.", 1),
    ]
    out: dict[int, list[int]] = {}
    row_name_references(doc, items, goals, "nb", {}, themes=themes, themes_out=out)
    # the second row stands under the first row's theme, not under none
    assert 1 in out.get(0, []) and 1 in out.get(1, [])
    assert 1 not in out.get(2, [])


# ------------------------------------------------ a filled template: section labels, its guidance


def test_a_division_label_before_a_role_heading_and_outcomes_sought():
    assert heading_role("Section 2: Local outcomes sought")[0] == "goal"
    assert heading_role("Section 3: Interventions")[0] == "measure"
    assert heading_role("Part 4 – Objectives")[0] == "goal"
    # a label and a title that names no role stays none
    assert heading_role("Section 5: Governance")[0] is None


def test_a_templates_guidance_over_the_answer_is_no_item():
    from plancheck.extract.placeholders import prompt_sentences
    from plancheck.extract.plan import build_plan

    assert prompt_sentences("List the results you expect from this grant, one per line.", "en")
    assert prompt_sentences("Beskriv utfordringene i din bydel.", "nb")
    # a plan's own sentence naming its readers is no prompt
    assert not prompt_sentences("We will help you find a job close to home.", "en")
    assert not prompt_sentences("List every bus stop without a shelter by 2041.", "en")
    doc = _doc([
        _h("Community Renewal Grant 2041: Westmere Parish Council", 1),
        _h("Section 1: Expected outcomes"),
        _p("List the outcomes you want to achieve with this grant, one per line."),
        _li("More young people using the parish playing fields.", 1),
        _li("Fewer empty stalls on the Saturday market.", 2),
        _h("Section 2: Interventions"),
        _p("Set out the interventions you will fund and who will lead each."),
        _li("Floodlights for the playing fields, led by the parish clerk by March 2041.", 1),
    ])
    plan = build_plan(doc)
    assert [g.text for g in plan.goals] == [
        "More young people using the parish playing fields.",
        "Fewer empty stalls on the Saturday market.",
    ]
    assert not any("you" in m.text.split() for m in plan.measures)

