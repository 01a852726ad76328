"""Measures sorted under their unit's heading: a measure heading that names the owner column
("Tiltak fordelt på ansvarlig enhet") says each heading under it is a unit, and the list under a
unit's heading is its measures, owned by it; a measure line may close with its deadline and the
codes of its goals after dashes ('… – 2027 – M3, M4'). Also: the column words of an answer table
('You said | We will | Who / when')."""
from __future__ import annotations

from docx import Document as Docx

import plancheck
from plancheck.extract.dashfields import dash_fields
from plancheck.extract.groupowners import unit_heading_owner
from plancheck.extract.roles import heading_role, owner_grouped_heading
from plancheck.lang.owners import split_owners
from plancheck.lang.vocab import column_role
from plancheck.models import Section


def test_a_measure_heading_naming_the_owner_column_groups_by_owner() -> None:
    assert owner_grouped_heading("Tiltak fordelt på ansvarlig enhet")
    assert owner_grouped_heading("Åtgärder per ansvarig förvaltning")
    assert owner_grouped_heading("Actions by lead department")
    assert heading_role("Tiltak fordelt på ansvarlig enhet")[0] == "measure"


def test_a_measure_heading_without_the_owner_column_does_not() -> None:
    assert not owner_grouped_heading("Tiltak")
    assert not owner_grouped_heading("Åtgärder och ansvar")  # both, in one table: no groups
    assert not owner_grouped_heading("Tiltak for barn og unge")
    assert not owner_grouped_heading("Oppfølging og ansvar")  # no measure word first


def test_a_unit_heading_under_it_names_the_owner_and_a_pending_one_none() -> None:
    parent = Section(id="s1", title="Tiltak fordelt på ansvarlig enhet", level=1)
    by_id = {"s1": parent}
    unit = Section(id="s2", title="Kultur og idrett", level=2, parent_id="s1")
    pending = Section(id="s3", title="Ansvar ikke avklart", level=2, parent_id="s1")
    assert unit_heading_owner(unit, by_id, "nb") == "Kultur og idrett"
    assert split_owners(unit_heading_owner(pending, by_id, "nb") or "", lang="nb") == []
    joint = Section(id="s6", title="Kultur og Eiendom sammen", level=2, parent_id="s1")
    assert unit_heading_owner(joint, by_id, "nb") == "Kultur og Eiendom"
    other = Section(id="s4", title="Kultur og idrett", level=2, parent_id="s5")
    assert unit_heading_owner(other, {"s5": Section(id="s5", title="Tiltak", level=1)}, "nb") is None


def test_dash_fields_close_a_measure_with_deadline_and_goal_codes() -> None:
    known = {"m1", "m2", "m3"}
    assert dash_fields("Opne eit dagtilbod – 2027 – M2", known, "nn") == ("Opne eit dagtilbod", "2027", ["M2"])
    assert dash_fields("Setje opp benker – M1, M3", known, "nn") == ("Setje opp benker", None, ["M1", "M3"])
    assert dash_fields("Opne eit dagtilbod – 2027 – M9", known, "nn") is None  # no such goal
    assert dash_fields("Opne eit dagtilbod – også om kvelden – M2", known, "nn") is None


def _unit_plan(path):
    d = Docx()
    d.add_heading("Handlingsplan for trafikksikkerhet 2026–2029", 0)
    d.add_heading("Mål", 1)
    for code, goal in (("M1", "Flere barn skal gå eller sykle til skolen"), ("M2", "Ingen skal bli drept eller hardt skadd i trafikken"),
                       ("M3", "Alle skal føle seg trygge i trafikken")):
        para = d.add_paragraph()
        para.add_run(code).bold = True
        para.add_run("\t" + goal)
    d.add_heading("Tiltak fordelt på ansvarlig enhet", 1)
    d.add_heading("Kommunalteknikk", 2)
    d.add_paragraph("Enheten har ansvar for veger og fortau i hele kommunen.")
    d.add_paragraph("Bygge fortau langs Skoleveien – 2027 – M1, M2", style="List Bullet")
    d.add_paragraph("Merke sykkelfelt i sentrum – M1", style="List Bullet")
    d.add_heading("Oppvekst", 2)
    d.add_paragraph("Holde sykkelkurs for alle femteklasser – hver vår – M1", style="List Bullet")
    d.save(path)
    return path


def test_the_list_under_a_unit_heading_is_its_measures(tmp_path) -> None:
    plan = plancheck.extract(str(_unit_plan(tmp_path / "plan.docx")))
    got = {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None, len(m.goal_ids)) for m in plan.measures}
    assert got == {
        "Bygge fortau langs Skoleveien": (["Kommunalteknikk"], "2027", 2),
        "Merke sykkelfelt i sentrum": (["Kommunalteknikk"], None, 1),
        "Holde sykkelkurs for alle femteklasser": (["Oppvekst"], "hver vår", 1),
    }


def test_answer_table_columns() -> None:
    from plancheck.extract.tables import means_column_roles

    header = ["You said", "We will", "Who / when"]
    assert means_column_roles(header, [column_role(h) for h in header]) == [None, "measure", "owner"]
    assert column_role("You said") is None  # the residents' words: no items


def test_an_answer_tables_who_and_when_cell_pending_date_and_done_row() -> None:
    from plancheck.extract.tables import done_cell, owner_and_deadline
    from plancheck.models import Cell

    header = ["You said", "We will", "Who / when"]
    roles = ["x", "measure", "owner"]

    def row(text: str) -> list[Cell]:
        return [Cell(row=0, col=i, text=t) for i, t in enumerate(["“…”", "Act", text])]

    assert owner_and_deadline(row("Head of Housing TBC"), roles, header) == ("Head of Housing", "")
    assert owner_and_deadline(row("All housing staff Twice a year"), roles, header) == ("All housing staff", "Twice a year")
    assert done_cell("Done – May 2024") and done_cell("Gjennomført")
    assert not done_cell("Donegal Council") and not done_cell("Repairs Team")


def test_a_band_labelled_commitment_over_a_sentence_is_a_goal_not_another_numbered_one() -> None:
    from plancheck.extract.link import match_goal
    from plancheck.models import Goal

    five = Goal(id="g5", text="The repairs service will give tenants value for money", number="5")
    assert match_goal("COMMITMENT 4 Tenants will have a real say in how the repairs service is run", [five]) is None
