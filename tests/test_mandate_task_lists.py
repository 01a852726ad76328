"""Forms of a mandate's task list met in mandates-blind10, each on a small hand-built input:
a task table with a deadline column ("Nr | Oppgave | Frist"), a list that goes on under a
deliverables heading, bullets that continue the lead-in's sentence, and prose requirements
that consult in the active, ask of the commission or set the plan's scope."""

from __future__ import annotations

from plancheck.mandate import find_points, read_mandate
from plancheck.mandate.points import (
    _asks,
    _deadline_header,
    _table_lines,
    is_requirement,
    point_kind,
)
from plancheck.mandate.tables import point_rows

TASKS = [
    ["Nr", "Oppgave", "Frist"],
    ["1", "Kartlegge sykefraværet i alle enhetene de siste tre årene.", "01.03.2027"],
    ["2", "Måle trivselen blant de ansatte med en felles undersøkelse.", "15.04.2027"],
    ["3", "Beregne kostnadene ved fraværet for kommunen.", "15.05.2027"],
    ["4", "Involvere verneombudene i arbeidet med tiltakene.", "01.06.2027"],
]


# ----------------------------------------------------------------------------- task tables


def test_a_numbered_task_table_with_a_deadline_column_gives_its_tasks_as_points():
    rows = point_rows(TASKS, _asks, deadline_header=_deadline_header)
    assert rows == [(r[0], r[1]) for r in TASKS[1:]]  # the Frist is no part of the text


def test_a_date_column_not_headed_as_a_deadline_or_unnumbered_tasks_make_a_timetable():
    when = [["Nr", "Oppgave", "Når"], *TASKS[1:]]
    assert point_rows(when, _asks, deadline_header=_deadline_header) is None
    unnumbered = [r[1:] for r in TASKS]  # "Oppgave | Frist": the dated steps of the work
    assert point_rows(unnumbered, _asks, deadline_header=_deadline_header) is None
    assert _deadline_header("Frist") and _deadline_header("Deadline") and not _deadline_header("Tidspunkt")


def test_a_task_table_becomes_numbered_list_items():
    lines = _table_lines(TASKS, 1)
    assert [ln.text for ln in lines] == [f"{r[0]}. {r[1]}" for r in TASKS[1:]]


def test_a_docx_task_table_is_read_as_the_mandates_points(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Oppdrag: plan for nærværsarbeid", level=1)
    d.add_paragraph("Oppgavene og fristene står i tabellen under.")
    t = d.add_table(rows=len(TASKS), cols=3)
    for r, row in enumerate(TASKS):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    path = tmp_path / "oppdrag.docx"
    d.save(str(path))
    listed = [p for p in read_mandate(path) if not p.number.startswith("S")]
    assert [(p.number, p.text) for p in listed] == [(r[0], r[1]) for r in TASKS[1:]]


def test_the_verbs_of_a_task_ask():
    assert all(_asks(r[1]) for r in TASKS[1:])


# ----------------------------------------------------------------------------- deliverables

TERMS = """# Play Areas Review – Terms of Reference

## Scope

The review group will:

- survey the condition of every play area in the district
- assess how far families live from the nearest play area

## Deliverables

The review group will deliver:

- a report on the condition of the play areas by June 2028
- a ten-year programme of renewal with costs

## Meetings

The group will meet every six weeks. The review group will consult the parish councils before the report is finished.
"""


def test_a_list_goes_on_under_a_deliverables_heading_and_its_lead_in():
    points = find_points([TERMS])
    assert [p.number for p in points] == ["1", "2", "3", "4", "S1"]
    assert [p.kind for p in points[2:4]] == ["deliverable", "deliverable"]
    assert points[0].kind == "content"
    assert points[4].text.startswith("The review group will consult the parish councils")
    assert points[4].kind == "process"


def test_items_right_under_a_heading_naming_deliverables_are_deliverables():
    text = TERMS.replace("The review group will deliver:\n\n", "")
    points = find_points([text])
    assert [p.kind for p in points[:4]] == ["content", "content", "deliverable", "deliverable"]


def test_a_heading_without_a_lead_in_that_goes_on_ends_the_list():
    text = """# Mandat for arbeidsgruppa

Arbeidsgruppa skal:

1. Kartlegge dagens bruk av idrettshallene.
2. Vurdere behovet for en ny hall.

## Framdrift

- Oppstart i mars 2027
- Rapport i desember 2027
"""
    points = find_points([text])
    assert [p.number for p in points if not p.number.startswith("S")] == ["1", "2"]


# ----------------------------------------------------------------------------- joined bullets


def test_bullets_that_continue_the_lead_ins_sentence_lose_their_joiners():
    text = """# Direktiv

Uppdraget omfattar att

– kartlägga skolornas lokaler och deras skick,
– bedöma behovet av nya platser fram till 2035,
– föreslå hur lokalerna kan delas med föreningslivet, och
– redovisa kostnaderna för underhåll och drift.
"""
    points = find_points([text])
    assert [p.text for p in points] == [
        "kartlägga skolornas lokaler och deras skick",
        "bedöma behovet av nya platser fram till 2035",
        "föreslå hur lokalerna kan delas med föreningslivet",
        "redovisa kostnaderna för underhåll och drift",
    ]


def test_one_item_ending_in_a_comma_keeps_it():
    text = "# Mandat\n\n1. Kartlegge dagens tilbud,\n2. Vurdere behovet for nye plasser.\n"
    assert [p.text for p in find_points([text])] == [
        "Kartlegge dagens tilbud,",
        "Vurdere behovet for nye plasser.",
    ]


# ----------------------------------------------------------------------------- prose


def test_a_body_consulted_in_the_active_is_a_process_requirement():
    for s in (
        "Utredaren ska samråda med pensionärsrådet och förvaltningarnas lokalansvariga.",
        "The review group will consult the parish councils before the report is finished.",
        "Arbeidsgruppa skal konsultere ungdomsrådet før planen sendes på høring.",
    ):
        assert is_requirement(s) and point_kind(s) == "process", s
    assert not is_requirement("The group will meet every six weeks.")


def test_the_commission_asked_with_a_modal_is_a_requirement_but_not_described():
    assert is_requirement("Uppdraget ska redovisas till kommunstyrelsen senast den 15 maj 2028.")
    assert not is_requirement("Uppdraget omfattar att kartlägga lokalerna och deras skick.")


def test_the_plans_scope_is_a_requirement_except_in_the_cases_summary():
    assert is_requirement("Handlingsplanen skal gjelde alle skolene, også voksenopplæringen.")
    assert not is_requirement("Handlingsplanen skal erstatte planen fra 2019.")
    text = """# Saksframlegg

## Sammendrag

Kommunen trenger en ny plan. Strategien skal gjelde for alle enheter, også foretakene.

## Forslag til vedtak

Strategien skal:

1. Kartlegge dagens innkjøp.
2. Vurdere samarbeid med nabokommunene.
"""
    assert [p.number for p in find_points([text])] == ["1", "2"]


def test_kinds_of_questions_presentations_and_bodies_taken_into_the_work():
    assert point_kind("Vurdere hvordan elevene kan medvirke i skolemiljøarbeidet.") == "content"
    assert point_kind("Legge fram strategien for formannskapet.") == "process"
    # a map handed over is no step of the process; it is a deliverable, as the gold of
    # blind2 naeringsareal 11 ("Legge fram et kart som viser …") has it (was "content" before
    # deliverable_ask/deliverable_object read the part asked for)
    assert point_kind("Legge fram et kart over alle turstiene.") == "deliverable"
    assert point_kind("Eldrerådet skal tas med i arbeidet.") == "process"
    assert point_kind("Barnas behov skal tas med i planen.") != "process"
