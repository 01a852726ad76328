"""Mandate points in forms met in the eleventh blind batch, on inputs built by hand in other
languages and by other producers: paragraphs opened by a bold topic and a full stop under a
heading of requirements, prose requirements after a table of points, the numbered paragraphs
of a report's later sections, and plan passages that put a subject off to a later stage."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_mandate_support as support

from plancheck.layout.blocks import stop_label
from plancheck.mandate import find_points, read_mandate
from plancheck.mandate.match import DEFERRAL_RE
from plancheck.mandate.points import Line

# ----------------------------------------------------------------------------- bold lead-ins


@pytest.mark.parametrize(
    ("parts", "sep", "label"),
    [
        ([("Jordvern.", True), ("Konsekvensene", False), ("skal", False)], " ", "Jordvern"),
        ([("Air", True), ("quality.", True), ("The", False), ("effect", False)], " ", "Air quality"),
        ([("Buller", True), (". Bullret ska utredas.", False)], "", "Buller"),
        # no stop after the bold words, a line all bold, a number, a sentence too long
        ([("Jordvern", True), ("Konsekvensene", False)], " ", None),
        ([("Jordvern.", True), ("Konsekvensene.", True)], " ", None),
        ([("3.", True), ("Konsekvensene", False)], " ", None),
        ([("Det er mange tema her.", True), ("Konsekvensene", False)], " ", None),
    ],
)
def test_a_bold_lead_in_closed_by_a_stop(parts, sep, label):
    assert stop_label(parts, sep=sep, max_words=4) == label


MARKDOWN = """# Scoping report: Riverside housing site

## Background

**Housing need.** The district must find land for 400 homes a year.

**Flooding.** Parts of the site flooded in 2019.

## Issues to be assessed

The environmental statement will cover the topics below.

**Noise.** The effect of traffic noise on the nearest homes must be assessed.

**Air quality.** Nitrogen dioxide levels along the ring road shall be measured.

**Heritage.** The setting of the listed mill must be described, with photomontages.

## Timetable

The council expects the statement in spring 2027.
"""


def test_bold_lead_in_paragraphs_under_requirements_are_points(tmp_path: Path):
    """English, markdown: each paragraph of the requirements section that opens with a bold
    topic and asks is a point, its topic kept; the same form under "Background" tells why and
    is no point."""
    f = tmp_path / "scoping.md"
    f.write_text(MARKDOWN, encoding="utf-8")
    points = read_mandate(f)
    listed = [(p.number, p.text) for p in points if not p.number.startswith("S")]
    assert listed == [
        ("1", "Noise. The effect of traffic noise on the nearest homes must be assessed."),
        ("2", "Air quality. Nitrogen dioxide levels along the ring road shall be measured."),
        ("3", "Heritage. The setting of the listed mill must be described, with photomontages."),
    ]
    assert not any("Housing need" in p.text or "Flooding" in p.text for p in points)


def _docx_with_lead_ins(path: Path, heading: str, paragraphs: list[tuple[str, str]]) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Planprogram för vindkraft i Norrby kommun", level=1)
    d.add_heading(heading, level=2)
    d.add_paragraph("Miljökonsekvensbeskrivningen ska omfatta följande.")
    for lead, rest in paragraphs:
        p = d.add_paragraph()
        p.add_run(lead).bold = True
        p.add_run(rest)
    d.add_heading("Samråd", level=2)
    d.add_paragraph("Förslaget ska skickas på remiss till kommunstyrelsen senast i maj 2027.")
    d.save(str(path))


def test_bold_lead_ins_in_a_word_document(tmp_path: Path):
    """Swedish, python-docx: bold runs closed by a stop over the regular text; the last two
    ask in words no prose rule knows ("ska jämföras", "ska ställa krav"), as the first do."""
    f = tmp_path / "program.docx"
    _docx_with_lead_ins(
        f,
        "Utredningsbehov",
        [
            ("Buller.", " Bullret från verken ska utredas för närmaste bostäder."),
            ("Fåglar.", " Förekomsten av örn och trana ska inventeras i fält."),
            ("Återställning.", " Planen ska ställa krav på att verken tas bort när driften upphör."),
            ("Alternativ.", " Olika placeringar och ett nollalternativ ska jämföras."),
        ],
    )
    points = read_mandate(f)
    assert [p.text for p in points if not p.number.startswith("S")] == [
        "Buller. Bullret från verken ska utredas för närmaste bostäder.",
        "Fåglar. Förekomsten av örn och trana ska inventeras i fält.",
        "Återställning. Planen ska ställa krav på att verken tas bort när driften upphör.",
        "Alternativ. Olika placeringar och ett nollalternativ ska jämföras.",
    ]
    assert any(p.number.startswith("S") and "remiss" in p.text for p in points)


def test_bold_lead_ins_that_ask_nothing_are_no_points(tmp_path: Path):
    """Topics that tell the state of things ("Buller. Området ligger nära vägen.") are no
    list of points, nor is one lead-in paragraph alone."""
    f = tmp_path / "status.docx"
    _docx_with_lead_ins(
        f,
        "Nuläge",
        [
            ("Buller.", " Området ligger nära väg 45."),
            ("Fåglar.", " Örn har setts i området."),
            ("Mark.", " Marken är skogsmark."),
            ("Alternativ.", " Olika placeringar ska jämföras."),
        ],
    )
    assert all(p.number.startswith("S") for p in read_mandate(f))
    lone = tmp_path / "lone.md"
    lone.write_text(
        "# Planprogram\n\nPlanen skal ha en handlingsdel med tiltak.\n\n"
        "**Støy.** Støy fra vegen skal kartlegges.\n",
        encoding="utf-8",
    )
    assert not [p for p in read_mandate(lone) if p.text.startswith("Støy.")]


# ----------------------------------------------------------------------------- after a table


def _pdf_table_then_prose(path: Path) -> None:
    """A Danish decision printed with reportlab: a ruled "Tema | Krav" table of points, then
    a paragraph set further in than the table's edge that holds two requirements."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=13)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=13, leading=16)
    rows = [
        ["Tema", "Krav"],
        ["Cykelstier", "Behovet for nye cykelstier til skolerne skal vurderes."],
        ["Parkering", "Antallet cykelparkeringer ved stationen skal opgøres."],
        ["Vinter", "Vintervedligeholdelsen af cykelstierne skal beskrives."],
    ]
    table = Table(rows, colWidths=[90, 330], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, -1), "Helvetica", 10.5),
            ]
        )
    )
    prose = ParagraphStyle("prose", parent=body, leftIndent=14)
    story = [
        Paragraph("Beslutning", head),
        Paragraph("Udvalget beder forvaltningen udarbejde en cykelplan efter kravene herunder.", body),
        Spacer(1, 6),
        table,
        Spacer(1, 8),
        Paragraph(
            "Arbejdet ledes af vejchefen. Planforslaget skal sendes i høring i mindst otte uger "
            "før den endelige vedtagelse. Cyklistforbundet skal inddrages i arbejdet.",
            prose,
        ),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)


def test_prose_after_a_table_of_points_is_prose(tmp_path: Path):
    """The paragraph after a ruled table is no wrapped line of its last row, however far in
    it is set: the last row stays whole and the paragraph's requirements are points S1, S2."""
    f = tmp_path / "beslutning.pdf"
    _pdf_table_then_prose(f)
    points = read_mandate(f)
    assert [(p.number, p.text) for p in points] == [
        ("1", "Behovet for nye cykelstier til skolerne skal vurderes."),
        ("2", "Antallet cykelparkeringer ved stationen skal opgøres."),
        ("3", "Vintervedligeholdelsen af cykelstierne skal beskrives."),
        ("S1", "Planforslaget skal sendes i høring i mindst otte uger før den endelige vedtagelse."),
        ("S2", "Cyklistforbundet skal inddrages i arbejdet."),
    ]


# ----------------------------------------------------------------------------- report sections


def _report(*rows: tuple[str, bool]) -> list[Line]:
    """Lines of a printed report: (text, heading); headings bold and larger than the body."""
    return [
        Line(t, 1, 70.0, 12.0 if head else 10.0, head, None, head or t[:1].isdigit())
        for t, head in rows
    ]


def test_a_report_s_later_sections_give_only_paragraphs_that_ask():
    """Norwegian, a saksframlegg numbered by sections and paragraphs: after the proposal's
    "2.1" … "2.3", "3. Begrunnelse" over "3.1" is the next section, whose paragraph tells why
    and is no point; "4.1", which asks, stays one."""
    lines = _report(
        ("2. Forslag til vedtak", True),
        ("Formannskapet ber om at", False),
        ("2.1 Planen kartlegger behovet for omsorgsboliger.", False),
        ("2.2 Planen beskriver tilbudet til personer med demens.", False),
        ("2.3 Planen vurderer velferdsteknologi i hjemmetjenesten.", False),
        ("3. Begrunnelse", True),
        ("3.1 Formannskapet har fått mange henvendelser om ventelister i 2026.", False),
        ("4. Økonomi", True),
        ("4.1 Planen skal lages innenfor dagens budsjett på 2 millioner kroner.", False),
    )
    texts = [p.text for p in find_points(lines)]
    assert texts[:3] == [
        "Planen kartlegger behovet for omsorgsboliger.",
        "Planen beskriver tilbudet til personer med demens.",
        "Planen vurderer velferdsteknologi i hjemmetjenesten.",
    ]
    assert "Planen skal lages innenfor dagens budsjett på 2 millioner kroner." in texts
    assert not any("henvendelser" in t for t in texts)


def test_a_multilevel_list_s_first_level_is_still_read():
    """A bold "1. Tema" over "1.a …" at the start of the list is the list's first level, as
    before: only a numbered heading shallower than the list's items ends it."""
    lines = _report(
        ("Mandat", True),
        ("1. Elevtall og kapasitet", True),
        ("1.a Beskrive elevtallsutviklingen fram mot 2035.", False),
        ("1.b Vurdere kapasiteten ved hver skole.", False),
        ("2. Skolebygg", True),
        ("2.a Kartlegge vedlikeholdsbehovet i skolebyggene.", False),
    )
    assert [p.number for p in find_points(lines)] == ["1.a", "1.b", "2.a"]


# ----------------------------------------------------------------------------- deferrals


@pytest.mark.parametrize(
    "sentence",
    [
        "Søk i databasene og registreringer gjøres når det lages reguleringsplan for anlegget.",
        "Støy fra anlegget vil bli utredet senere.",
        "Spørsmålet om finansiering blir avklart i eget arbeid.",
        "Flaumvegane vert kartlagde seinare.",
        "Fuglelivet avklarast på eit seinare tidspunkt.",
        "Bullret behandlas i ett senare skede.",
        "Frågan om avgifter utreds i ett eget arbete.",
        "Arbejdsmiljøet vil blive beskrevet i en særskilt folder.",
        "Støjen afklares på et senere tidspunkt.",
        "Charging will be considered at a later stage.",
        "Vandalism will be dealt with in a separate piece of work.",
    ],
)
def test_a_subject_put_off_to_a_later_stage_is_deferred(sentence):
    assert DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunens økonomi ble senere bedre.",
        "Skolen ble bygget på et senere tidspunkt.",
        "Unge får hjælp i en særskilt indsats.",
        "The council will review the strategy later this year.",
        "Vi kartlegger støyen hvert år.",
    ],
)
def test_later_in_a_statement_of_fact_is_no_deferral(sentence):
    assert not DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    ("lang", "heading", "deferral", "point"),
    [
        (
            "nb",
            "Kulturminner",
            "Søk i kulturminnedatabasene gjøres når det lages reguleringsplan for hvert anlegg.",
            "Gjøre søk i kulturminnedatabasene for de aktuelle områdene.",
        ),
        (
            "nn",
            "Flaum",
            "Flaumvegane langs elva vert kartlagde seinare.",
            "Kartleggje flaumvegane langs elva.",
        ),
        (
            "sv",
            "Buller",
            "Bullret från vindkraftverken utreds i ett eget arbete.",
            "Utreda bullret från vindkraftverken.",
        ),
        (
            "da",
            "Støj",
            "Støjen fra vindmøllerne afklares på et senere tidspunkt.",
            "Undersøge støjen fra vindmøllerne.",
        ),
        (
            "en",
            "Charging",
            "Charging for the use of public toilets will be considered at a later stage.",
            "Consider charging for the use of public toilets.",
        ),
    ],
)
def test_a_passage_that_defers_the_subject_does_not_answer_it(lang, heading, deferral, point):
    """A chapter named by the topic whose only text puts the topic off answers nothing: the
    point is uncovered (it was covered, or partial, on the deferred passage's words)."""
    plan = support.make_plan(
        [
            ("Innledning", ["Planen gjelder hele kommunen og skal rulleres hvert fjerde år."]),
            (heading, [deferral]),
        ]
    )
    (c,) = support.cover(plan, point, lang=lang)
    assert c.status == "uncovered"
