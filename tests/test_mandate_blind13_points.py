"""Forms of a mandate's points met in mandates-blind13, each on a small hand-built input
(invented wording, no corpus document's): a Nordic commission heading and a list of what the
work does not cover, bullets a PDF text layer gives as an unmapped glyph, tables whose rows are
deliverables, questions or milestones, dash items typed after soft line breaks, and a process
point asking for the plan's evaluation."""

from __future__ import annotations

from plancheck.mandate import find_points
from plancheck.mandate.match import STEP_VERB_RE, _step_removed
from plancheck.mandate.points import Line, _marker, _table_lines, _unwrapped
from plancheck.mandate.tables import point_rows


def _texts(points):
    return [p.text for p in points if not p.number.startswith("S")]


# ----------------------------------------------------------------------------- scope lists

SCOPE = """# Uppdragsbeskrivning: ny simhall

## Uppdraget

Uppdraget omfattar:

- en kartläggning av dagens badtider
- en jämförelse av två platser för hallen
- en beräkning av driftkostnaden

Uppdraget omfattar inte:

- skolornas simundervisning
- taxorna för entré
"""


def test_a_swedish_commission_heading_is_a_mandate_heading_and_the_out_of_scope_list_no_points():
    assert _texts(find_points([SCOPE])) == [
        "en kartläggning av dagens badtider",
        "en jämförelse av två platser för hallen",
        "en beräkning av driftkostnaden",
    ]


def test_out_of_scope_items_are_no_points_even_without_a_mandate_heading():
    text = (
        "Arbeidsgruppa skal levere en rapport.\n\nFølgende inngår ikke:\n\n- lønn\n- turnus\n\n"
        "Dette er ikke en del av arbeidet.\n"
    )
    assert not any(p.text in ("lønn", "turnus") for p in find_points([text]))
    out = "Out of scope:\n\n- staff pay\n- rotas\n"
    assert not [p for p in find_points([out]) if not p.number.startswith("S")]


def test_an_unmapped_bullet_glyph_opens_a_list_item():
    assert _marker("(cid:127) en kartläggning av badtiderna") == (
        "bullet",
        "(cid:127)",
        "en kartläggning av badtiderna",
    )
    assert _marker("en kartläggning (cid:127)") is None


# ----------------------------------------------------------------------------- tables

DELIVERABLES = [
    ["Ref", "Deliverable", "Description"],
    ["D1", "Demand study", "A study of the demand for pitches in each ward up to 2040"],
    ["D2", "Site options", "An appraisal of the sites that could take a new pavilion"],
    ["D3", "Charges", "A comparison of pitch charges with the neighbouring councils"],
]
MILESTONES = [
    ["Ref", "Milestone", "Date"],
    ["M1", "Workshop with the sports clubs", "May 2031"],
    ["M2", "Draft to the scrutiny panel", "October 2031"],
]
QUESTIONS = [
    ["Tema", "Problemstilling", "Metode"],
    ["Støy", "Kor mykje støy får bustadene nær vegen?", "Støyberekning"],
    ["Trafikk", "Kva skal til for at skulevegen blir trygg?", "Teljing og synfaring"],
    ["Vatn", "Korleis skal overvatnet handterast i feltet?", "Rapport frå VA"],
]


def test_a_table_of_deliverables_gives_each_deliverable_with_its_description():
    lines = _table_lines(DELIVERABLES, 1)
    assert [ln.text for ln in lines] == [
        f"{r[0]}) {r[1]}: {r[2]}" for r in DELIVERABLES[1:]
    ]
    assert {ln.kind for ln in lines} == {"deliverable"}


def test_descriptions_that_do_not_ask_are_no_points_without_a_header_naming_them():
    unnamed = [["Ref", "Item", "Description"], *DELIVERABLES[1:]]
    assert _table_lines(unnamed, 1) == []


def test_a_numbered_table_of_milestones_gives_each_milestone_with_its_date():
    lines = _table_lines(MILESTONES, 1)
    assert [ln.text for ln in lines] == [
        "M1) Workshop with the sports clubs: May 2031",
        "M2) Draft to the scrutiny panel: October 2031",
    ]
    assert {ln.kind for ln in lines} == {"process"}
    unnumbered = [r[1:] for r in MILESTONES]  # "Milestone | Date": a timetable
    assert _table_lines(unnumbered, 1) == []


def test_questions_lean_on_their_theme_and_the_method_column_is_no_part():
    rows = point_rows(
        QUESTIONS, lambda c: c.endswith("?"), leans=lambda c: c.endswith("?")
    )
    assert rows == [(None, f"{r[0]}: {r[1]}") for r in QUESTIONS[1:]]
    assert [ln.text for ln in _table_lines(QUESTIONS, 1)] == [
        f"- {r[0]}: {r[1]}" for r in QUESTIONS[1:]
    ]


def test_a_request_that_asks_by_itself_keeps_no_theme():
    themes = [
        ["Tema", "Beskrivelse"],
        ["Flom", "Kartlegge flomvegene i sentrum og vurdere tiltak."],
        ["Støy", "Beregne støyen langs fylkesvegen og foreslå skjerming."],
    ]
    assert [ln.text for ln in _table_lines(themes, 1)] == [f"- {r[1]}" for r in themes[1:]]


def test_deliverable_and_milestone_tables_in_sections_of_their_own_are_both_read():
    lines = [
        Line("Sports Pitch Review: Terms of Reference", 1, 0.0, 20.0, True),
        Line("1 Purpose", 1, 0.0, 16.0, True, gap=True),
        Line("The review will say how the council meets the need for pitches.", 1, 0.0, 11.0),
        Line("2 Deliverables", 1, 0.0, 16.0, True, gap=True),
        *_table_lines(DELIVERABLES, 1),
        Line("3 Milestones", 1, 0.0, 16.0, True, gap=True),
        *_table_lines(MILESTONES, 1),
    ]
    points = find_points(lines)
    assert [p.number for p in points][:5] == ["D1", "D2", "D3", "M1", "M2"]
    assert [p.kind for p in points][:5] == ["deliverable"] * 3 + ["process"] * 2


# ----------------------------------------------------------------------------- soft line breaks


def _pdf_line(text, right, first=20.0):
    return Line(text, 1, 70.0, 11.0, right=right, edge=520.0, first_width=first)


def test_a_line_that_ends_short_of_the_edge_was_not_wrapped():
    short = _pdf_line("- beskrive hvordan skiltene skal merkes", 300.0)
    full = _pdf_line("- beskrive hvordan skiltene skal merkes og hvem som skal", 515.0)
    nxt = _pdf_line("Når det gjelder prosessen", 200.0, first=25.0)
    assert _unwrapped(short, nxt) and not _unwrapped(full, nxt)
    assert not _unwrapped(Line("plain text"), nxt)  # no geometry: as before


def test_dash_items_after_soft_line_breaks_end_before_the_next_sentence():
    lines = [
        Line("Bestilling: plan for skilting", 1, 70.0, 13.0, True, gap=True),
        _pdf_line("Planen skal", 130.0),
        _pdf_line("- kartlegge hvilke skilt som mangler", 280.0),
        _pdf_line("- foreslå en rekkefølge for oppsettingen", 300.0),
        _pdf_line("Når det gjelder prosessen, ber jeg om at dere", 330.0, first=25.0),
        _pdf_line("- involverer velforeningene i arbeidet", 290.0),
        _pdf_line("- legger forslaget fram for rådet før sommeren", 310.0),
        _pdf_line("Du får hjelp av geodata, og budsjettet er satt av.", 360.0, first=15.0),
    ]
    assert _texts(find_points(lines)) == [
        "kartlegge hvilke skilt som mangler",
        "foreslå en rekkefølge for oppsettingen",
        "involverer velforeningene i arbeidet",
        "legger forslaget fram for rådet før sommeren",
    ]


# ----------------------------------------------------------------------------- evaluation


def test_the_evaluation_of_the_plan_stays_in_a_process_concern_a_hand_over_step_does_not():
    def stripped(text):
        return " ".join(STEP_VERB_RE.sub(_step_removed, text).split())

    assert "evalueres" in stripped("Planen skal evalueres når skiltene er satt opp.")
    assert "revideres" in stripped("Planen skal revideres hvert fjerde år.")
    assert "legges" not in stripped("Planen skal legges fram for formannskapet.")
