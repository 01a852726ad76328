"""Layouts of session 41, each on a hand-built page or a real print: a list marker hanging into
the gutter of a two-column page, a kommissorium's side headings in a grid ruled between its rows,
an English owner "X and <Place> <Noun>", a spreadsheet's plan period in its title row."""

from __future__ import annotations

import shutil

import pytest
from test_layout_support import line_words

from plancheck.lang.owners import split_owners
from plancheck.layout.columns import _hanging_markers
from plancheck.layout.settings import DEFAULT


def test_a_marker_hanging_into_the_gutter_goes_with_the_column_on_its_right():
    # left: "1. Every household will take part in good" / "quality work"; right: "2." hanging
    # 13 pt left of the column's edge, where "Children and young people …" starts
    left = [*line_words("1. Every household will take part", 80, 290), *line_words("quality work", 102, 304)]
    mark = line_words("2.", 330, 292)
    right = [*line_words("Children and young", 352, 292), *line_words("early help", 352, 306)]
    parts = _hanging_markers([[*left, *mark], right], DEFAULT)
    assert [w.text for w in parts[0]] == [w.text for w in left]
    assert parts[1][0].text == "2."


def test_a_number_closing_a_line_of_text_far_from_the_next_column_stays():
    # "… in 2." ending a sentence well left of the next column, no gutter before it: text
    left = [*line_words("the share will grow by", 80, 290), *line_words("2.", 195, 290)]
    right = line_words("Children and young", 352, 290)
    parts = _hanging_markers([left, right], DEFAULT)
    assert [w.text for w in parts[0]] == [w.text for w in left]


@pytest.mark.parametrize(
    ("cell", "owners"),
    [
        # a place's name the word list does not know opens a body of its own
        ("Transport Planning and Elmbridge Buses", ["Transport Planning", "Elmbridge Buses"]),
        ("CSP and Larkhaven Street Pastors", ["CSP", "Larkhaven Street Pastors"]),
        # one unit's name with "and": ordinary words, or a one-word left side sharing the head
        ("Parks and Open Spaces", ["Parks and Open Spaces"]),
        ("Brent and Harrow Health Trust", ["Brent and Harrow Health Trust"]),
        ("Head of Planning and Regeneration", ["Head of Planning and Regeneration"]),
    ],
)
def test_an_english_owner_and_a_named_body(cell, owners):
    assert [o.text for o in split_owners(cell, lang="en")] == owners


needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium is not installed")

_GRID = """<!doctype html><html lang="da"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }}
h1 {{ font-size: 16pt; }}
.grid {{ display: grid; grid-template-columns: 38mm 1fr; }}
.grid > div {{ border-top: 0.6pt solid #888; padding: 5pt 0; }}
.h {{ font-weight: bold; font-size: 9.5pt; }}
.i {{ padding-left: 14pt; text-indent: -14pt; }}
</style></head><body>
<h1>Kommissorium: Plan for grønne områder 2051–2054</h1>
<div class="grid">
<div class="h">Baggrund</div><div>Kommunen har mange små grønne områder, og flere borgere har spurgt til
bænke, stier og legepladser. Den gældende plan er fra 2038 og dækker ikke de nye boligområder.</div>
<div class="h">Opgave</div><div>Arbejdsgruppen skal:
<div class="i">– kortlægge de grønne områder, og hvem der bruger dem i dag, og hvad plejen har kostet de seneste tre år</div>
<div class="i">– vurdere, om legepladserne skal samles på færre steder</div></div>
<div class="h">Leverancer</div><div><div class="i">– et forslag til plejeniveauer for hvert område, vist på kort</div>
<div class="i">– et overslag over, hvad forslaget koster om året</div></div>
<div class="h">Proces</div><div><div class="i">– Grundejerforeningerne og Ældrerådet inddrages, inden forslaget sendes videre til udvalget</div></div>
<div class="h">Tidsplan</div><div><div>▪ Marts 2051: arbejdsgruppen nedsættes</div>
<div>▪ Senest 1. september 2051: forslaget forelægges Teknik- og Miljøudvalget</div>
<div>▪ November 2051: byrådet vedtager planen</div></div>
<div class="h">Økonomi</div><div>Arbejdet udføres inden for afdelingens budget.</div>
</div></body></html>"""


@needs_chromium
def test_a_kommissorium_with_side_headings_in_a_ruled_grid(tmp_path):
    from corpora.synth.convert import chromium_to_pdf
    from plancheck.mandate.points import read_mandate

    html, pdf = tmp_path / "k.html", tmp_path / "k.pdf"
    html.write_text(_GRID.format(), encoding="utf-8")
    chromium_to_pdf([(html, pdf)])
    points = [" ".join(p.text.split()) for p in read_mandate(pdf)]
    # the deliverables beside their side heading are points, without the heading's word
    assert "et forslag til plejeniveauer for hvert område, vist på kort" in points
    assert "et overslag over, hvad forslaget koster om året" in points
    assert any(p.startswith("Grundejerforeningerne og Ældrerådet inddrages") for p in points)
    # the timetable's own start is no point (its adoption line is: the older batches' gold
    # reads "Endelig strategi vedtages i Byrådet: 31. …" as the process asked)
    assert not any("nedsættes" in p for p in points)
    assert any(p.startswith("Senest 1. september 2051: forslaget forelægges") for p in points)


_SHEET = """<!doctype html><html lang="nb"><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 12mm; }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ border: 0.5pt solid #999; padding: 2pt 4pt; }}
</style></head><body><table>
<tr><td colspan="5"><b>Holmvik kommune – Kvalitetsplan for skolefritidsordningen 2027–2030</b></td></tr>
<tr><td><b>Nr</b></td><td><b>Tiltak</b></td><td><b>Ansvarlig</b></td><td><b>Frist</b></td><td><b>Kostnad</b></td></tr>
{rows}
</table></body></html>"""


@needs_chromium
def test_a_spreadsheet_prints_its_plan_period_only_in_its_title_row(tmp_path):
    from corpora.synth.convert import chromium_to_pdf
    from plancheck.extract.plan import find_plan_period
    from plancheck.pipeline import load_document

    rows = "".join(
        f"<tr><td>{k}</td><td>{t}</td><td>Rektor</td><td>{when}</td><td>100</td></tr>"
        for k, (t, when) in enumerate([("Lage en årsplan for SFO", "2028"), ("Kurse de ansatte", "2029"),
                                       ("Evaluere tilbudet", "2031")], start=1)
    )
    html, pdf = tmp_path / "s.html", tmp_path / "s.pdf"
    html.write_text(_SHEET.format(rows=rows), encoding="utf-8")
    chromium_to_pdf([(html, pdf)])
    period = find_plan_period(load_document(pdf))
    assert period is not None and (period.start, period.end) == (2027, 2030)


def test_side_headings_of_a_grid_with_hanging_dashed_lines_are_headings_over_list_items():
    # a kommissorium printed from a CSS grid (mandates-blind45 vinter): the side headings'
    # zone is found though most sections are short (the wrapped lines of a dashed item hang
    # under its text, right of the body indent), so the dashed lines beside "Leverancer" and
    # "Proces" are list items, not a field list or a table of dashes
    from pathlib import Path

    from plancheck.models import BlockKind
    from plancheck.pipeline import load_document

    pdf = Path(__file__).resolve().parent.parent / "corpora/mandates-blind45/vinter/mandate.pdf"
    doc = load_document(pdf)
    assert not [b for b in doc.blocks if b.kind == BlockKind.table]
    heads = [b.text for b in doc.blocks if b.kind == BlockKind.heading]
    assert {"Baggrund", "Formål", "Opgave", "Leverancer", "Proces", "Tidsplan"} <= set(heads)
    items = [b.text for b in doc.blocks if b.kind == BlockKind.list_item]
    assert "et overslag over, hvad forslaget koster om året" in items
    assert any(t.startswith("En følgegruppe med Cyklistforbundet") for t in items)


def test_an_owner_title_broken_off_its_seam_by_a_narrow_cell_is_one_word():
    from plancheck.ingest.text import join_lines, use_language

    use_language("nb")
    # "Fa" and "gleder" are words, but "Fagleder" is "fag" + "leder": the cell broke the title
    assert join_lines(["Folkehelsekoordinator/Fa", "gleder helsestasjon"], [True, False]) == (
        "Folkehelsekoordinator/Fagleder helsestasjon"
    )
    # two words whose joining is no owner's title stay two
    assert join_lines(["Alle skal ha", "trygge tjenester"], [True, False]) == "Alle skal ha trygge tjenester"


@pytest.mark.parametrize(
    ("row", "outside"),
    [
        ("Project start; project team appointed", True),  # the work's own start
        ("Cabinet adopts the final plan", True),  # after the plan is handed over
        ("Byrådet vedtager planen", True),
        ("Kommunfullmäktige tar ställning till förslaget", True),
        ("Draft plan to the Place Overview Board", False),  # a step the plan must show
        ("Engagement with the Local Access Forum and parish councils", False),
        ("Høringsutkast vedtas for utlegging til offentlig ettersyn", False),  # a hearing: the making
    ],
)
def test_a_milestone_outside_the_plans_making_asks_nothing(row, outside):
    from plancheck.mandate.points import outside_the_making

    assert outside_the_making(row) is outside
    # a table of milestones asks the adoption by its date: only the start is outside there
    assert outside_the_making(row, after=False) is (outside and "start" in row)


def test_the_decision_after_the_plan_is_no_concern_of_the_point():
    from plancheck.mandate.points import without_steps_after

    text = ("Utredningen ska redovisas till kommunstyrelsens arbetsutskott senast den 30 november 2049. "
            "Kommunfullmäktige tar ställning till förslaget i samband med budgeten för 2051.")
    assert without_steps_after(text) == "Utredningen ska redovisas till kommunstyrelsens arbetsutskott senast den 30 november 2049."
    # a sentence that asks stays, whatever it names
    asks = "Planen skal legges fram i mars. Kommunestyret skal vedta planen innen juni."
    assert without_steps_after(asks) == asks


def _planprogram_docx(path):
    from docx import Document

    doc = Document()
    doc.add_heading("Planprogram", level=0)
    doc.add_heading("1 Innleiing", level=1)
    doc.add_paragraph("Havvik har mange sjøområde, og presset på dei aukar.")
    doc.add_heading("4 Utgreiingar", level=1)
    doc.add_paragraph("Planarbeidet skal utgreie:")
    for t in ("kva sjøområde som eignar seg for akvakultur", "kvar dei viktigaste fiskeplassane ligg",
              "korleis friluftslivet blir påverka av auka ferdsel"):
        doc.add_paragraph(t, style="List Number")
    doc.add_heading("5 Konsekvensar for friluftslivet", level=1)
    doc.add_paragraph("Konsekvensutgreiinga skal omtale:")
    p = None
    for t in ("korleis omsynet til villaksen er teke vare på", "kva nye område for akvakultur som blir føreslegne",
              "tiltak mot marin forsøpling"):
        p = doc.add_paragraph(t, style="List Number 2")
    assert p is not None
    doc.save(path)


def test_a_planprogram_numbering_its_lists_anew_in_each_chapter(tmp_path):
    # the second list ("Konsekvensutgreiinga skal omtale:") asks for its items though none opens
    # with a verb, and its numbers start again: each point numbered within its chapter
    from plancheck.mandate.points import read_mandate

    path = tmp_path / "planprogram.docx"
    _planprogram_docx(path)
    points = read_mandate(path)
    assert [p.text for p in points][3:] == [
        "korleis omsynet til villaksen er teke vare på",
        "kva nye område for akvakultur som blir føreslegne",
        "tiltak mot marin forsøpling",
    ]


def test_a_printed_planprogram_numbers_each_chapters_list_within_its_chapter():
    # mandates-blind46 sjoareal (odfpy → LibreOffice): "4 Utgreiingar" 1–3, "5 Innhaldet i
    # planomtalen" 1–4 under a lead-in that asks for them; cited as 4.1 … 5.4
    from pathlib import Path

    from plancheck.mandate.points import read_mandate

    pdf = Path(__file__).resolve().parent.parent / "corpora/mandates-blind46/sjoareal/mandate.pdf"
    numbers = [p.number for p in read_mandate(pdf)]
    assert numbers[:7] == ["4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4"]


def test_a_letter_asking_in_ordinal_prose_has_one_point_per_ask():
    # "For det første skal planen … Dernest skal den … Til slutt skal planen avklare …":
    # the pronoun after the modal of an inverted clause stands for the plan, "avklare" asks,
    # and the sentence leading into them ("… svarer på følgende.") asks nothing itself
    from plancheck.mandate.points import find_points

    text = (
        "Oppdrag: handlingsplan for leseglede\n\n"
        "Jeg ber om at planen svarer på følgende. For det første skal planen vise hvor mange elever "
        "som leser daglig ved hver skole. Dernest skal den beskrive hvordan bibliotekene kan "
        "nå flere gutter. Til slutt skal planen avklare hvem som følger opp lesekampanjen.\n"
    )
    points = [p.text for p in find_points(text.split("\n"))]
    assert points == [
        "For det første skal planen vise hvor mange elever som leser daglig ved hver skole.",
        "Dernest skal den beskrive hvordan bibliotekene kan nå flere gutter.",
        "Til slutt skal planen avklare hvem som følger opp lesekampanjen.",
    ]


def _two_column_mandate(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(45, h - 60, "Planstrategi 2051")
    left = ["Forord", "Planstrategien viser, hvilke planer byrådet vil lave i de", "næste fire år, og hvordan de skal hænge sammen.",
            "", "Ny trafikplan", "Byrådet har besluttet, at der skal udarbejdes en ny", "trafikplan, som afløser planen fra 2036. Planen skal:",
            " 1. kortlægge, hvor der sker flest uheld med cyklister", " 2. udpege de skoleveje, hvor indsatsen skal", "    prioriteres først,",
            " 3. beskrive, hvordan udgifterne fordeles mellem", "    kommunen og vejdirektoratet,"]
    right = [" 4. vurdere, om der skal indføres 40 km/t i alle", "    landsbyer,", " 5. indeholde en handleplan med indsatser og økonomi.",
             "", "Bredmose i tal", "41.200 indbyggere, heraf 9.300 over 65 år", "320 km kommuneveje og 90 km cykelstier",
             "", "Sådan er strategien blevet til", "Byrådet drøftede strategien på to temamøder i", "efteråret 2050, og lokalrådene kom med input."]
    for x, col in ((45, left), (310, right)):
        y = h - 110
        for text in col:
            bold = text in ("Forord", "Ny trafikplan", "Bredmose i tal", "Sådan er strategien blevet til")
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(x, y, text)
            y -= 14
    c.showPage()
    c.save()
    return path


def test_a_mandate_list_running_from_one_column_into_the_next(tmp_path):
    # a planstrategi printed in two columns: items 1-3 at the foot of the left column, 4-5 at the
    # top of the right; read across the page, item 1 met the right column's item 4 on its row
    pytest.importorskip("reportlab")
    from plancheck.mandate.points import read_mandate

    points = read_mandate(_two_column_mandate(tmp_path / "strategi.pdf"))
    numbered = [(p.number, " ".join(p.text.split())) for p in points if not p.number.startswith("S")]
    assert numbered == [
        ("1", "kortlægge, hvor der sker flest uheld med cyklister"),
        ("2", "udpege de skoleveje, hvor indsatsen skal prioriteres først"),
        ("3", "beskrive, hvordan udgifterne fordeles mellem kommunen og vejdirektoratet"),
        ("4", "vurdere, om der skal indføres 40 km/t i alle landsbyer"),
        ("5", "indeholde en handleplan med indsatser og økonomi"),
    ]


def test_two_names_joined_in_both_orders_are_two_owners():
    from plancheck.lang.owners import split_by_owners_seen_alone

    cells = [split_owners("Economic Development and Public Health", lang="en"),
             split_owners("Public Health and Economic Development", lang="en"),
             split_owners("Parks and Open Spaces", lang="en")]
    assert [[o.text for o in c] for c in split_by_owners_seen_alone(cells, "en")] == [
        ["Economic Development", "Public Health"], ["Public Health", "Economic Development"], ["Parks and Open Spaces"]]


@pytest.mark.parametrize(
    ("cell", "owners"),
    [
        ("Economic Development and Climate Change Officer", ["Economic Development", "Climate Change Officer"]),
        ("Health and Safety Officer", ["Health and Safety Officer"]),  # one word before: shared title
        ("Head of Planning and Regeneration", ["Head of Planning and Regeneration"]),
    ],
)
def test_a_unit_and_a_persons_title(cell, owners):
    assert [o.text for o in split_owners(cell, lang="en")] == owners
