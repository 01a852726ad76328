"""Session 50, parents-blind55 (reading the child's goals): a goal column headed by a compound of
a goal word and a period, a group's name printed once over blank cells of a theme column, a
template's division labels and its guidance over the answer boxes. Invented wording throughout."""

from __future__ import annotations

import shutil
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
    from plancheck.extract.tables import table_roles
    from plancheck.lang.vocab import goal_compound_header

    assert goal_compound_header("Enhetsmål 2040–2043")
    assert goal_compound_header("Avdelingsmål")
    # the lexicon's exceptions and the parent plan's goal word keep what they were
    assert not goal_compound_header("Bærekraftsmål 2030")
    assert column_role("Kommuneplanmål") == "references"
    # beside the measures of a table with no goal column, the compound with its period is the
    # goal column (session 36's compound_goal_roles read it only without the period) …
    assert table_roles(["Innsatsområde", "Enhetsmål 2040–2043", "Tiltak 2040", "Ansvar"])[1] == "goal"
    # … and without measures beside it, no goal column (an indicator table's level)
    assert table_roles(["Enhetsmål 2040–2043", "Indikator", "Utfall 2039"])[0] != "goal"


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



# ------------------------------------------------ web pages printed by Chromium


def _print(tmp_path: Path, html: str) -> Path:
    from corpora.synth.convert import chromium_to_pdf

    src, pdf = tmp_path / "page.html", tmp_path / "page.pdf"
    src.write_text(html, encoding="utf-8")
    chromium_to_pdf([(src, pdf)])
    return pdf


def _ruled_above_rows_page() -> str:
    themes = [("Grøne gater", "Gatene i byen skal ha fleire tre og mindre asfalt.", ["Plante tre langs hovudgatene", "Opne bekkane i sentrum"]),
              ("Trygge vegar", "Alle born skal kunne gå trygt til skulen.", ["Fartsdumpar ved skulane", "Lys på gangvegane"]),
              ("Møteplassar", "Kvar grend skal ha ein møteplass for alle aldrar.", ["Tilskot til grendehus", "Benkar og leikeplassar"]),
              ("Kulturliv", "Kulturlivet skal vere ope for alle som bur her.", ["Gratis kulturskule for born", "Open scene kvar månad"])]
    rows = "".join(
        f"<div class='row'><div class='gl'><div class='dm'>Delmål {k} · {t}</div><p class='goal'>{g}</p></div>"
        f"<div class='st'><div class='sl'>Strategiar</div><ul>{''.join(f'<li>{s}</li>' for s in ss)}</ul></div></div>"
        for k, (t, g, ss) in enumerate(themes, 1))
    css = ("@page{size:A4;margin:15mm 17mm 16mm 17mm}body{font:9.6pt/1.45 'Liberation Serif'}"
           ".top{font:7.5pt 'Liberation Sans';border-bottom:1.5pt solid #7A4B1E;padding-bottom:3pt}"
           "h1{font:bold 19pt 'Liberation Sans'}h2{font:bold 12pt 'Liberation Sans';margin:12pt 0 4pt}"
           ".row{display:flex;gap:12pt;border-top:.8pt solid #C9B49C;padding:6pt 0}.gl{flex:0 0 52%}.st{flex:1}"
           ".dm{font:bold 7.5pt 'Liberation Sans';text-transform:uppercase}.goal{font:bold 10.5pt/1.35 'Liberation Serif';margin:0}"
           ".sl{font:italic 8pt 'Liberation Sans'}.st ul{margin:0;padding-left:12pt;font-size:9pt}")
    html = (f"<!doctype html><html lang='nn'><head><meta charset='utf-8'><style>{css}</style></head><body>"
            "<div class='top'>Vestlid fylkeskommune · Regional plan for grøne stader 2040–2050</div>"
            "<h1>Regional plan for grøne stader 2040–2050</h1><p>Planen har fire delmål med strategiar.</p>"
            f"<h2>2 Delmål og strategiar</h2>{rows}<h2>3 Oppfølging</h2><p>Planen vert rullert kvart fjerde år.</p></body></html>")
    return html


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium is not installed")
def test_rows_ruled_above_with_no_rule_under_the_last_keep_their_last_row(tmp_path: Path):
    from plancheck.pipeline import load_document

    doc = load_document(_print(tmp_path, _ruled_above_rows_page()))
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert len(tables) == 1
    firsts = [r[0].text for r in tables[0].rows if r[0].text.startswith("DELMÅL")]
    assert len(firsts) == 4 and firsts[-1].startswith("DELMÅL 4")


def _template_page() -> str:
    rows = [("C1", "Town centres", "Repainting of the market hall and new awnings", "42,000"),
            ("C2", "Town centres", "Weekend craft fairs on the quay", "18,000"),
            ("C3", "Young people", "Evening football sessions at the leisure centre", "25,000"),
            ("C4", "Young people", "Apprenticeship taster days with local firms", "30,000")]
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    css = ("@page{size:A4;margin:16mm 18mm}body{font:9.6pt/1.42 'Liberation Sans'}"
           ".qa{border:.8pt solid #777;margin:0 0 9pt}.q{background:#E6E6E6;padding:4pt 6pt;font-size:8.8pt}"
           ".q b{display:block;font-size:9.6pt}.q p{margin:1pt 0 0}.a{padding:5pt 7pt}"
           "table{border-collapse:collapse;width:100%}table.iv th{background:#333;color:#fff;text-align:left;padding:2pt 4pt}"
           "table.iv td{border-bottom:.5pt solid #aaa;padding:2pt 4pt;vertical-align:top}"
           "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}")
    html = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><style>{css}</style></head><body>"
            "<h1>Coastal Renewal Grant Return: Harrowby Borough Council</h1>"
            "<div class='qa'><div class='q'><b>Section 1: Expected outcomes</b><p>List the outcomes you want to achieve with this grant, one per line.</p></div>"
            "<div class='a'><ol><li>More visitors spending time in the town centre on weekends.</li><li>More young people in training or work.</li></ol></div></div>"
            "<div class='qa'><div class='q'><b>Section 2: Interventions</b><p>Set out the interventions you will fund and the amount for each.</p></div>"
            "<div class='a'><table class='iv'><thead><tr><th>Ref</th><th>Theme</th><th>Action</th><th>2041/42 (£)</th></tr></thead>"
            f"<tbody>{trs}</tbody></table></div></div>"
            "<div class='qa'><div class='q'><b>Section 3: Governance</b><p>Explain how you will report progress.</p></div>"
            "<div class='a'><p>The regeneration team reports to the cabinet each quarter.</p></div></div></body></html>")
    return html


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium is not installed")
def test_a_filled_template_is_read_by_its_answers(tmp_path: Path):
    from plancheck.extract.plan import build_plan
    from plancheck.pipeline import load_document

    plan = build_plan(load_document(_print(tmp_path, _template_page())))
    assert [g.text for g in plan.goals] == [
        "More visitors spending time in the town centre on weekends.",
        "More young people in training or work.",
    ]
    # the questions over the answer boxes are none of its goals or measures
    assert all("you" not in m.text.split() for m in plan.measures)
