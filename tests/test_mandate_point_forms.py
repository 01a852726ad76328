"""Forms of mandate points found by layout and form (issue 11): sub-points of a multilevel list
under first-level labels, paragraphs opened by a bold run-in label, prose over a page break."""

from __future__ import annotations

import pytest

from plancheck.mandate.points import (
    Line,
    _marker,
    find_points,
    is_requirement,
    point_kind,
    read_mandate,
    run_in_label,
)

# ---------------------------------------------------------------- multilevel lists


def _multilevel_docx(path, items: list[tuple[str, int]], sub_text: str = "%1.%2") -> None:
    """A Word document with a heading and a two-level list whose second level prints
    ``sub_text`` (Word's lvlText) with lower-case letters: "1.a", "1.b", …"""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_heading("Oppdraget", level=1)
    d.add_paragraph("Arbeidsgruppen skal utrede og beskrive følgende:")
    root = d.part.numbering_part.element

    def el(tag: str, **attrs: str):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(f"w:{k}"), v)
        return e

    absn = el("w:abstractNum", abstractNumId="77")
    for ilvl, fmt, text in ((0, "decimal", "%1."), (1, "lowerLetter", sub_text)):
        lvl = el("w:lvl", ilvl=str(ilvl))
        lvl.append(el("w:start", val="1"))
        lvl.append(el("w:numFmt", val=fmt))
        lvl.append(el("w:lvlText", val=text))
        absn.append(lvl)
    root.insert(0, absn)
    num = el("w:num", numId="77")
    num.append(el("w:abstractNumId", val="77"))
    root.append(num)
    for text, level in items:
        p = d.add_paragraph(text, style="List Paragraph")
        numpr = el("w:numPr")
        numpr.append(el("w:ilvl", val=str(level)))
        numpr.append(el("w:numId", val="77"))
        p._p.get_or_add_pPr().append(numpr)
    d.add_heading("Organisering", level=1)
    d.add_paragraph("Prosjektgruppa ledes av kommunalsjefen.")
    d.save(str(path))


def test_word_sub_points_under_label_only_first_level_are_points(tmp_path):
    path = tmp_path / "oppdrag.docx"
    _multilevel_docx(
        path,
        [
            ("Elevtall og kapasitet", 0),
            ("Beskrive elevtallsutviklingen i hver krets.", 1),
            ("Vurdere kapasiteten ved hver skole.", 1),
            ("Skolebyggene", 0),
            ("Gi en oversikt over tilstanden til byggene.", 1),
        ],
    )
    points = read_mandate(path)
    # numbered as Word prints them; the labels ask nothing and are no points
    assert [p.number for p in points] == ["1.a", "1.b", "2.a"]
    assert points[1].text == "Vurdere kapasiteten ved hver skole."
    assert not any("Elevtall" in p.text for p in points)


def test_sub_items_of_a_first_level_that_asks_stay_its_parts(tmp_path):
    path = tmp_path / "oppdrag.docx"
    _multilevel_docx(
        path,
        [
            ("Vurdere tiltak mot skadene på:", 0),
            ("innmark og rundballer", 1),
            ("skog og ungskog", 1),
            ("Beskrive dagens forvaltning.", 0),
        ],
    )
    points = read_mandate(path)
    assert [p.number for p in points] == ["1", "2"]
    assert points[0].concerns == ["innmark og rundballer", "skog og ungskog"]
    # the parts joined as one sentence, without the list's letters
    assert points[0].text == "Vurdere tiltak mot skadene på: innmark og rundballer; skog og ungskog"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "Mandat\n\n1. Kapasitet\n   1.1 Beskrive elevtallet i hver krets.\n"
            "   1.2 Vurdere kapasiteten.\n2. Bygg\n   2.1 Gi en oversikt over tilstanden.\n",
            ["1.1", "1.2", "2.1"],
        ),
        (
            "Mandat\n\n1. Kapasitet\n   1 a) Beskrive elevtallet i hver krets.\n"
            "   1 b) Vurdere kapasiteten.\n2. Bygg\n   2 a) Gi en oversikt over tilstanden.\n",
            ["1.a", "1.b", "2.a"],
        ),
        (  # the sub-level printed at the first level's indent: its number says it is a sub-point
            "Mandat\n\n1. Kapasitet\n1.a Beskrive elevtallet i hver krets.\n"
            "1.b Vurdere kapasiteten.\n2. Bygg\n2.a Gi en oversikt over tilstanden.\n",
            ["1.a", "1.b", "2.a"],
        ),
    ],
)
def test_typed_sub_levels_under_labels(text, numbers):
    points = [p for p in find_points([text]) if not p.number.startswith("S")]
    assert [p.number for p in points] == numbers


def test_bold_first_level_labels_over_numbered_sub_points():
    def ln(text, bold=False, size=10.0, indent=60.0):
        return Line(text, 1, indent, size, bold, None, False)

    lines = [
        ln("Oppdraget", bold=True, size=13.0),
        ln("Arbeidsgruppen skal utrede følgende:"),
        ln("1. Elevtall og kapasitet", bold=True),  # reads as a numbered heading by its type
        ln("1.a Beskrive elevtallet i hver krets.", indent=72.0),
        ln("1.b Vurdere kapasiteten ved hver skole.", indent=72.0),
        ln("2. Skolebyggene", bold=True),
        ln("2.a Gi en oversikt over tilstanden.", indent=72.0),
        ln("Organisering", bold=True, size=13.0),
        ln("Prosjektgruppa ledes av kommunalsjefen."),
    ]
    points = [p for p in find_points(lines) if not p.number.startswith("S")]
    assert [p.number for p in points] == ["1.a", "1.b", "2.a"]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("1.a Beskrive elevtallet", "1.a"),
        ("1.a. Beskrive elevtallet", "1.a."),
        ("1 a) Beskrive elevtallet", "1 a)"),
        ("1.1 Beskrive elevtallet", "1.1"),
        ("17.5 prosent av elevene går i fådelte skoler", None),  # a wrapped line, no label
        ("1.1 prosent av budsjettet", None),
        ("1.aBeskrive elevtallet", "1.a"),  # a PDF export reads the tab after the label away
        ("1.juni 2026 skal planen", None),  # a date, not a glued label
    ],
)
def test_multilevel_labels(line, label):
    m = _marker(line)
    assert (m[1] if m else None) == label


# ---------------------------------------------------------------- bold run-in labels


@pytest.mark.parametrize(
    ("parts", "sep", "label"),
    [
        ([("Bestilling:", True), ("Kortlægge", False), ("ladepunkterne.", False)], " ", "Bestilling"),
        ([("Krav", True), ("til", True), ("planen", True), (": Planen skal …", False)], " ", "Krav til planen"),
        ([("Bestil", True), ("ling:", True), (" Kortlægge alt.", False)], "", "Bestilling"),
        ([("Bestilling:", True), ("Kortlægge", True)], " ", None),  # all bold: a heading
        ([("Uthållighet", True), ("När", False), ("man", False)], " ", None),  # no colon: a title
        ([("Fra:", False), ("Søren", False)], " ", None),  # regular weight
        ([("1.", True), (":", False), ("x", False)], " ", None),
    ],
)
def test_run_in_label(parts, sep, label):
    assert run_in_label(parts, sep=sep) == label


def test_paragraphs_opened_by_the_same_bold_label_are_points_whatever_the_word():
    text = (
        "Oppstart av arbeidet\n\nUdvalget har samlet sine ønsker nedenfor.\n\n"
        "**Tema:** Kortlægge de nuværende ladepunkter i kommunen.\n\n"
        "**Tema:** Vurdere behovet for lynladere langs\nindfaldsvejene.\n\n"
        "**Merk:** Omfanget kan tilpasses.\n\n"
        "**Merk:** Tidsplanen følger senere.\n\n"
        "Skriv endelig, hvis noget er uklart.\n"
    )
    points = [p for p in find_points([text]) if not p.number.startswith("S")]
    assert [p.text for p in points] == [
        "Kortlægge de nuværende ladepunkter i kommunen.",
        "Vurdere behovet for lynladere langs indfaldsvejene.",
    ]
    assert [p.number for p in points] == ["1", "2"]


def test_numbered_labels_are_one_form_and_number_their_points():
    text = (
        "Brev til forvaltningen\n\nVi viser til møtet.\n\n"
        "**Spørsmål 1:** Hvor mange elever får vi fram mot 2040?\n\n"
        "**Spørsmål 2:** Hvilke skoler trenger nye spesialrom?\n\n"
        "**Fra:** Kari Nordmann\n\n**Til:** Ola Nordmann\n"
    )
    points = [p for p in find_points([text]) if not p.number.startswith("S")]
    assert [(p.number, p.text) for p in points] == [
        ("1", "Hvor mange elever får vi fram mot 2040?"),
        ("2", "Hvilke skoler trenger nye spesialrom?"),
    ]


def test_records_of_labelled_paragraphs_give_one_point_a_record():
    text = (
        "Oppdrag fra formannskapet\n\nFormannskapet ber om følgende.\n\n"
        "**Tema:** Kartlegge behovet for nye barnehageplasser.\n\n**Ansvar:** Plansjefen\n\n"
        "**Tema:** Vurdere tomtene i sentrum.\n\n**Ansvar:** Eiendomssjefen\n"
    )
    points = [p for p in find_points([text]) if not p.number.startswith("S")]
    # the label that opens each record is the point's; the field under it is no point
    assert [p.text for p in points] == [
        "Kartlegge behovet for nye barnehageplasser.",
        "Vurdere tomtene i sentrum.",
    ]


def test_typed_point_labels_of_a_reader_without_weights():
    from plancheck.models import Block, BlockKind, Provenance

    def para(i, text, **kw):
        return Block(id=f"b{i}", kind=BlockKind.paragraph, text=text, provenance=Provenance(page=1), **kw)

    blocks = [
        Block(id="b0", kind=BlockKind.heading, text="Bestilling", level=1, provenance=Provenance(page=1)),
        para(1, "Udvalget har formuleret bestillingen nedenfor."),
        para(2, "Bestilling: Kortlægge de nuværende ladepunkter."),
        para(3, "Bestilling: Vurdere behovet for lynladere."),
        para(4, "Emne: Ladeinfrastruktur"),
        # a paragraph set all in bold is no label and its text
        para(5, "Bestilling: Beskrive behovet for busser.", bold=True),
    ]
    points = [p for p in find_points(blocks) if not p.number.startswith("S")]
    assert [p.text for p in points] == [
        "Kortlægge de nuværende ladepunkter.",
        "Vurdere behovet for lynladere.",
    ]


def test_bold_label_runs_of_a_word_mandate(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Ladeinfrastruktur", level=1)
    d.add_paragraph("Udvalget har formuleret sine spørgsmål nedenfor.")
    for text in ("Hvor mange ladepunkter er der i dag?", "Hvor skal de nye placeres?"):
        p = d.add_paragraph()
        p.add_run("Spørgs").bold = True  # Word splits a word over runs as it pleases
        p.add_run("mål:").bold = True
        p.add_run(" " + text)
    p = d.add_paragraph()
    p.add_run("Hele afsnittet er fed: og ingen etiket.").bold = True
    path = tmp_path / "bestilling.docx"
    d.save(str(path))
    points = [p for p in read_mandate(path) if not p.number.startswith("S")]
    assert [p.text for p in points] == [
        "Hvor mange ladepunkter er der i dag?",
        "Hvor skal de nye placeres?",
    ]


def test_bold_labels_on_lines_of_their_own_over_their_paragraphs():
    def ln(text, bold=False, gap=True, size=10.0):
        return Line(text, 1, 60.0, size, bold, None, gap)

    lines = [
        ln("Bestilling af ladestrategi", bold=True, size=13.0),
        ln("Udvalget har formuleret bestillingen nedenfor."),
        ln("Opgave 1:", bold=True),
        ln("Kortlægge de nuværende ladepunkter, herunder", gap=False),
        ln("hvor de er placeret.", gap=False),
        ln("Opgave 2:", bold=True),
        ln("Vurdere behovet for lynladere.", gap=False),
        ln("Mandat:", bold=True),
        ln("- Dette er en liste, ikke en opgave."),
    ]
    points = [p for p in find_points(lines) if not p.number.startswith("S")]
    assert [(p.number, p.text) for p in points] == [
        ("1", "Kortlægge de nuværende ladepunkter, herunder hvor de er placeret."),
        ("2", "Vurdere behovet for lynladere."),
    ]


def test_a_single_paragraph_with_a_label_that_means_a_point():
    text = (
        "Brev til forvaltningen\n\nVi viser til møtet.\n\n"
        "**Oppgave:** Utrede behovet for nye lekeplasser i sentrum.\n\n"
        "**Tema:** Lekeplassene i sentrum.\n\nMed vennlig hilsen\n"
    )
    points = [p for p in find_points([text]) if not p.number.startswith("S")]
    # "Oppgave" means a task (requirements.yaml: point_label); a lone "Tema:" is no point
    assert [p.text for p in points] == ["Utrede behovet for nye lekeplasser i sentrum."]


def _mail_pdf(path) -> None:
    """An e-mail printed to PDF: a banner on every page, a header block with bold labels of
    different words, three paragraphs opening with a bold "Bestilling:", and a requirement
    running over the page break."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _w, h = A4

    def banner() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(60, h - 30, "Udskrevet fra Postkassen")

    def line(y: float, label: str | None, text: str) -> None:
        x = 60.0
        if label:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x, y, label)
            x += c.stringWidth(label, "Helvetica-Bold", 10) + 3
        c.setFont("Helvetica", 10)
        c.drawString(x, y, text)

    banner()
    y = h - 70
    for label, text in (("Fra:", "Søren Kjær"), ("Til:", "Mette Lund"), ("Emne:", "Bestilling")):
        line(y, label, text)
        y -= 13
    y -= 14
    line(y, None, "Udvalget har formuleret bestillingen nedenfor.")
    y -= 26
    for first, rest in (
        ("Kortlægge de nuværende ladepunkter i kommunen, herunder", "hvor de er placeret."),
        ("Vurdere behovet for ladepunkter til beboere uden egen", "parkeringsplads."),
        ("Redegøre for kapaciteten i elnettet.", None),
    ):
        line(y, "Bestilling:", first)
        y -= 13
        if rest:
            line(y, None, rest)
            y -= 13
        y -= 13
    line(y, None, "Arbejdet forankres i centret. Udkastet skal forelægges")
    c.showPage()
    banner()
    y = h - 70
    line(y, None, "Handicaprådet, inden det sendes i offentlig høring.")
    y -= 26
    line(y, None, "Med venlig hilsen")
    c.showPage()
    c.save()


def test_bold_label_paragraphs_of_an_emailed_mandate(tmp_path):
    path = tmp_path / "bestilling.pdf"
    _mail_pdf(path)
    points = read_mandate(path)
    listed = [p for p in points if not p.number.startswith("S")]
    assert [p.text for p in listed] == [
        "Kortlægge de nuværende ladepunkter i kommunen, herunder hvor de er placeret.",
        "Vurdere behovet for ladepunkter til beboere uden egen parkeringsplads.",
        "Redegøre for kapaciteten i elnettet.",
    ]
    # the requirement whose sentence runs over the page break, the banner between its lines
    prose = [p.text for p in points if p.number.startswith("S")]
    assert prose == ["Udkastet skal forelægges Handicaprådet, inden det sendes i offentlig høring."]


def test_a_page_break_after_a_finished_sentence_ends_the_paragraph():
    lines = [
        Line("Bakgrunn", 1, 0.0, 12.0, True, True, True),
        Line("Kommunen har mange lekeplasser.", 1, 0.0, 10.0, False, None, True),
        Line("Planen skal ha et kart over alle lekeplassene.", 2, 0.0, 10.0, False, None, True),
        Line("1. Beskrive lekeplassene.", 2, 0.0, 10.0, False, None, True),
        Line("2. Vurdere tilstanden.", 2, 0.0, 10.0, False, None, False),
    ]
    prose = [p.text for p in find_points(lines) if p.number.startswith("S")]
    assert prose == ["Planen skal ha et kart over alle lekeplassene."]


# ---------------------------------------------------------------- a fronted clause


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Innan planen antas ska den ha stämts av med barn- och utbildningsnämnden.", True),
        ("Før planen vedtas, skal den legges fram for eldrerådet.", True),
        ("Når det regner mye, skal den lille bekken ledes i rør.", False),  # no plan named
    ],
)
def test_the_plan_named_in_a_fronted_clause_is_the_subject(sentence, asks):
    assert is_requirement(sentence) is asks


def test_a_body_consulted_in_a_fronted_clause_sentence_is_a_process_point():
    sentence = "Innan planen antas ska den ha stämts av med barn- och utbildningsnämnden."
    assert point_kind(sentence) == "process"
