"""Forms of a mandate met in mandates-blind16, each on a small hand-built input (invented
wording, no corpus document's): a printed e-mail whose bullets are drawn as discs and that
quotes the mail it replaces, a budget decision whose one order for the plan carries the
points as lettered sub-points, a project initiation document with coded deliverables and
success criteria, an uppdrag table to several bodies, and another plan named in sentence
case in the plan's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck.mandate import find_points
from plancheck.mandate.match import named_documents
from plancheck.mandate.points import (
    Line,
    _asks,
    _disc_before,
    _header_blocks,
    _marker,
    _table_lines,
    addressed_to_plan,
    coded_runs,
    deliverable_asked,
    is_requirement,
    read_lines,
)


def _ln(
    text: str,
    page: int = 1,
    indent: float = 71.0,
    size: float = 11.0,
    gap: bool = False,
    bold: bool = False,
    run_in: str | None = None,
    right: float | None = None,
) -> Line:
    # ``right``: where the line ends (a wrapped line reaches the edge at 524, one that ended
    # its sentence stops short of it)
    return Line(text, page, indent, size, bold, None, gap, run_in, right=right, edge=524.0)


# ----------------------------------------------------------------------------- e-mail


def test_a_typed_rule_of_dashes_is_no_bullet():
    assert _marker("-----Original Message-----") is None
    assert _marker("--- Videresendt melding ---") is None
    assert _marker("- kartlegge turstiene") is not None


def test_a_disc_just_left_of_the_first_word_is_a_bullet():
    row = [{"x0": 100.0, "x1": 140.0, "top": 200.0, "bottom": 210.0, "text": "kartlegge"}]
    assert _disc_before([(88.0, 91.0, 203.5, 206.5)], row) == 88.0
    # a disc on another line, or far to the left, is none of this line's
    assert _disc_before([(88.0, 91.0, 223.5, 226.5)], row) is None
    assert _disc_before([(10.0, 13.0, 203.5, 206.5)], row) is None


def test_bullets_drawn_as_shapes_in_a_pdf_are_list_items(tmp_path: Path):
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "mail.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _w, h = A4
    c.setFont("Helvetica", 10.5)
    y = h - 100
    c.drawString(72, y, "Hei Kari, planen for badeplassene skal:")
    items = [
        "kartlegge badeplassene i kommunen",
        "vurdere toaletter ved de største plassene",
        "beskrive hvordan livbøyene skal ettersees",
    ]
    for text in items:
        y -= 14
        c.circle(93, y + 3.5, 1.5, stroke=0, fill=1)  # the disc a browser draws
        c.drawString(102, y, text)
    y -= 24
    c.drawString(72, y, "Hilsen Ola")
    c.save()
    points = find_points(read_lines(path))
    assert [p.text for p in points[:3]] == items
    # without the discs the lines have no marker: the list is what the shapes make
    assert all(not _marker(t) for t in items)


def _header(page: int, sent: str, indent: float = 75.0) -> list[Line]:
    return [
        _ln("Fra: Ola Nordmann", page, indent, 10.5, gap=True, run_in="Fra"),
        _ln(f"Sendt: {sent} 09:14", page, indent, 10.5, run_in="Sendt"),
        _ln("Til: Kari Hansen", page, indent, 10.5, run_in="Til"),
        _ln("Emne: Badeplassene i sommer", page, indent, 10.5, run_in="Emne"),
    ]


def test_the_quoted_older_mail_of_a_reply_holds_no_points():
    lines = [
        *_header(1, "3. mars 2031"),
        _ln("Hei Kari, vi endrer dette. Planen skal:", gap=True),
        _ln("- kartlegge badeplassene i kommunen", gap=True),
        _ln("- vurdere toaletter ved de største plassene"),
        _ln("Hilsen Ola", gap=True),
        _ln("-----Opprinnelig melding-----", gap=True),
        *_header(1, "9. desember 2030"),
        _ln("Hei Kari, planen skal:", gap=True),
        _ln("- beskrive vannkvaliteten", gap=True),
        _ln("- vurdere en ny badebrygge"),
        _ln("- foreslå nye parkeringsplasser"),
        _ln("- kartlegge livredningsutstyret"),
    ]
    texts = [p.text for p in find_points(lines)]
    assert "kartlegge badeplassene i kommunen" in texts
    assert not any("badebrygge" in t or "livredningsutstyret" in t for t in texts)


def test_records_of_labels_are_no_mail_headers():
    record = [
        _ln("Tema: Badeplasser", run_in="Tema", gap=True),
        _ln("Oppgave: Kartlegge badeplassene", run_in="Oppgave"),
        _ln("Frist: 15.03.2031", run_in="Frist"),
    ]
    lines = [*record, _ln("Kommunen har ti badeplasser.", gap=True), *record]
    assert _header_blocks(lines) == []


def test_a_forward_whose_own_mail_has_no_list_keeps_the_quoted_one():
    lines = [
        *_header(1, "3. mars 2031"),
        _ln("Hei Kari, se bestillingen under.", gap=True),
        _ln("-----Opprinnelig melding-----", gap=True),
        *_header(1, "9. desember 2030"),
        _ln("Hei Kari, planen skal:", gap=True),
        _ln("- beskrive vannkvaliteten", gap=True),
        _ln("- vurdere en ny badebrygge"),
    ]
    texts = [p.text for p in find_points(lines)]
    assert "vurdere en ny badebrygge" in texts


# ----------------------------------------------------------------------------- decisions


def _decisions(closing: str | None) -> list[Line]:
    out = [
        _ln("Verbalforslag:", bold=True, gap=True),
        _ln("1. Kommunestyret ber kommunedirektøren legge fram en sak om", right=520.0),
        _ln("gebyrene for feiing.", indent=93.7, right=200.0),
        _ln("2. Kommunestyret ber kommunedirektøren utarbeide en plan for", right=520.0),
        _ln("badeplasser. Planen skal:", indent=93.7, right=230.0),
        _ln("a) kartlegge badeplassene og toalettene ved dem", indent=93.6, right=380.0),
        _ln("b) vurdere nye badebrygger ved de største plassene, med", indent=93.6, right=520.0),
        _ln("kostnadsoverslag", indent=113.5, right=200.0),
        _ln("c) beskrive hvordan livbøyene ettersees", indent=93.6, right=330.0),
    ]
    if closing:
        out.append(_ln(closing, indent=93.7, right=400.0))
    out += [
        _ln("3. Kommunestyret ber kommunedirektøren vurdere å selge den gamle", right=520.0),
        _ln("brannstasjonen.", indent=93.7, right=180.0),
    ]
    return out


def test_the_one_decision_ordering_the_plan_gives_its_sub_points_as_the_points():
    points = find_points(_decisions("Planen legges fram for kommunestyret senest i mai 2032."))
    assert [p.number for p in points] == ["a", "b", "c", "S1"]
    assert points[1].text == "vurdere nye badebrygger ved de største plassene, med kostnadsoverslag"
    # the sentence after the sub-points is the order's prose, not sub-point c's wrapped line
    assert points[2].text == "beskrive hvordan livbøyene ettersees"
    assert points[3].text.startswith("Planen legges fram for kommunestyret")
    assert not any("brannstasjonen" in p.text or "feiing" in p.text for p in points)


def test_a_list_of_points_with_one_sub_list_keeps_every_point():
    lines = [
        _ln("Mandat", size=16.0, bold=True, gap=True),
        _ln("1. Kartlegge badeplassene i kommunen."),
        _ln("2. Planen skal vurdere:"),
        _ln("a) nye badebrygger", indent=93.6),
        _ln("b) flere toaletter", indent=93.6),
        _ln("3. Beskrive hvordan livbøyene ettersees."),
    ]
    assert [p.number for p in find_points(lines)][:3] == ["1", "2", "3"]


def test_a_step_named_as_a_label_over_a_minutes_sentence_asks_nothing():
    assert not is_requirement(
        "Behandling i formannskapet 14.11.2030: Ordføreren la fram et nytt forslag til vedtak."
    )
    assert is_requirement("Høringsrunde for eldrerådet før sluttbehandling i juni 2031.")


# ----------------------------------------------------------------------------- PID


def test_items_coded_in_turn_are_a_list_whatever_their_first_word():
    lines = [_ln("D1 A map of the footpaths"), _ln("D2 A survey of stiles"), _ln("D3 A costed plan")]
    assert [ln.text for ln in coded_runs(lines)] == [
        "D1) A map of the footpaths",
        "D2) A survey of stiles",
        "D3) A costed plan",
    ]
    # one code alone, or codes out of turn, stay sentences
    alone = [_ln("E6 runs north of the village."), _ln("E8 runs south of it.")]
    assert [ln.text for ln in coded_runs(alone)] == [ln.text for ln in alone]


def test_a_pid_lists_objectives_deliverables_and_success_criteria_not_its_assumptions():
    lines = [
        _ln("Project Initiation Document", size=20.0, bold=True, gap=True),
        _ln("2 Objectives", size=16.0, bold=True, gap=True),
        _ln("• Improve the footpaths in the parish", gap=True),
        _ln("• Reduce the number of blocked stiles"),
        _ln("3 Deliverables", size=16.0, bold=True, gap=True),
        _ln("D1 A map of the footpaths", gap=True),
        _ln("D2 A survey of stiles"),
        _ln("D3 A costed plan"),
        _ln("4 Success criteria", size=16.0, bold=True, gap=True),
        _ln("• Every stile passable by 2033", gap=True),
        _ln("• The plan adopted by Cabinet by May 2032"),
        _ln("5 Assumptions", size=16.0, bold=True, gap=True),
        _ln("• Volunteers will keep walking the paths", gap=True),
        _ln("• The budget will not change"),
    ]
    points = find_points(lines)
    assert [p.number for p in points] == ["1", "2", "D1", "D2", "D3", "3", "4"]
    assert [p.kind for p in points[2:5]] == ["deliverable"] * 3


# ----------------------------------------------------------------------------- uppdrag


def test_an_uppdrag_table_to_several_bodies_gives_the_plans_body_its_rows():
    rows = [
        ["Nr", "Uppdrag", "Ansvarig nämnd"],
        ["U1", "Ta fram en plan för badplatser i alla kommundelar.", "Fritidsnämnden"],
        ["U2", "Utreda fler parkeringsplatser vid skolorna.", "Tekniska nämnden"],
        ["U3", "Se över taxorna för båtplatser i hamnen.", "Fritidsnämnden"],
        ["U4", "Redovisa hur badplatserna kan nås med buss.", "Tekniska nämnden, Fritidsnämnden"],
        ["U5", "Införa e-tjänst för bygglov.", "Byggnadsnämnden"],
    ]
    lines = [_ln("Uppdrag till nämnderna", size=16.0, bold=True, gap=True), *_table_lines(rows, 1)]
    every = [p.number for p in find_points(lines)]
    assert every == ["U1", "U2", "U3", "U4", "U5"]
    own = [p.number for p in find_points(lines, plan_title="Plan för badplatser 2032–2035")]
    # the body of the rows naming the plan's subject: its rows, the joint one too
    assert own == ["U1", "U3", "U4"]


def test_without_a_row_naming_the_subject_every_row_stays():
    assert addressed_to_plan([], "Plan för badplatser") == []
    rows = [
        ["Nr", "Uppdrag", "Ansvarig nämnd"],
        ["U1", "Utreda fler parkeringsplatser vid skolorna.", "Tekniska nämnden"],
        ["U2", "Se över taxorna för båtplatser i hamnen.", "Fritidsnämnden"],
    ]
    lines = [_ln("Uppdrag", size=16.0, bold=True, gap=True), *_table_lines(rows, 1)]
    assert len(find_points(lines, plan_title="Plan för badplatser")) == 2


def test_swedish_uppdrag_verbs_ask():
    assert _asks("Ta fram en plan för badplatser.")
    assert _asks("Se över taxorna för båtplatser.")
    assert _asks("Samordna arbetet med skolorna.")


# ----------------------------------------------------------------------------- judgement


def test_another_plan_named_in_sentence_case_with_its_years_is_a_reference():
    s = "Planen bygger på Plan for trafikksikkerhet 2027–2030 og kommuneplanens arealdel."
    assert [s[a:b] for a, b in named_documents(s)] == ["Plan for trafikksikkerhet 2027–2030"]
    # the plan's own name is no other document's; a sentence's first word is no name
    assert named_documents(s, frozenset({"trafikksikkerhet"})) == []
    assert named_documents("Plan for trafikksikkerhet 2027–2030 er vedtatt.") == []


def test_the_document_a_point_asks_to_be_made():
    assert deliverable_asked("Ta fram en åtgärdsplan för tillgängligheten.") == "åtgärdsplan"
    assert deliverable_asked("Beskriva tillgängligheten på badplatserna.") is None


def test_a_task_table_of_one_work_keeps_every_row_though_a_row_names_the_place():
    rows = [
        ["Opgave", "Leverance", "Ansvarlig"],
        ["Kortlægning", "Opgørelse af alle p-pladser i Testby sentrum og deres brug", "Vej og Trafik"],
        ["Pendlere", "Forslag til placering af en samkørselsplads ved motorvejen", "Plan og By"],
        ["Byliv", "Forslag til, hvilke p-pladser på torvet der kan nedlægges", "Plan og By"],
    ]
    lines = [_ln("Kommissorium", size=16.0, bold=True, gap=True), *_table_lines(rows, 1)]
    points = find_points(lines, plan_title="Parkeringsstrategi for Testby sentrum 2032–2040")
    # no row orders a document on the subject: the units share one work, every task is a point
    assert len(points) == 3
