"""Bullets closing with their owner and deadline in an unlabelled bracket ('… (Kultureininga, 2027)'):
such a list is one of measures under a heading of no role, and a bullet beside them whose bracket
holds a name alone ('… (Biblioteket)') gives its owner and no deadline. A list the sentence before
it announces as criteria ('… prioritert etter disse kriteriene:') holds no measures, whatever the
chapter. Hand-built inputs of fixold34 (variants in tests/data/fixold34)."""
from __future__ import annotations

import pytest
from docx import Document as Docx

import plancheck
from plancheck.extract.plan import lead_in_role


def _plan(tmp_path, lead: str, criteria: list[str], goal: str, items: list[str], label: str | None = None):
    d = Docx()
    d.add_heading("Handlingsplan for eldre 2026–2029", 0)
    d.add_heading("1 Innleiing", 1)
    d.add_paragraph("Planen viser korleis kommunen skal arbeide i planperioden.")
    d.add_heading("2 Plan for perioden", 1)
    if criteria:
        d.add_paragraph(lead)
        for c in criteria:
            d.add_paragraph(c, style="List Bullet")
    d.add_heading("2.1 Møteplassar", 2)
    p = d.add_paragraph()
    p.add_run("Mål: ").bold = True
    p.add_run(goal)
    if label:
        d.add_paragraph().add_run(label).bold = True
    for t in items:
        d.add_paragraph(t, style="List Bullet")
    path = tmp_path / "plan.docx"
    d.save(path)
    return plancheck.extract(str(path))


def _got(plan):
    return {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None, len(m.goal_ids))
            for m in plan.measures}


def test_bullets_closing_in_owner_and_year_are_measures_and_a_name_alone_is_the_owner(tmp_path) -> None:
    plan = _plan(tmp_path, "", [], "Fleire eldre skal ha ein møteplass nær der dei bur.", [
        "Opne ein ny seniorkafé på samfunnshuset (Kultureininga, 2027)",
        "Skipe til lesesirklar for eldre på filialane (Biblioteket)",
        "Gje gratis buss til dagsentera (Samferdsel og teknisk, 2026)",
    ])
    assert _got(plan) == {
        "Opne ein ny seniorkafé på samfunnshuset": (["Kultureininga"], "2027", 1),
        "Skipe til lesesirklar for eldre på filialane": (["Biblioteket"], None, 1),
        "Gje gratis buss til dagsentera": (["Samferdsel og teknisk"], "2026", 1),
    }


def test_a_list_citing_sources_in_brackets_is_no_list_of_measures(tmp_path) -> None:
    # a name and a year before the plan period: a source cited, not an owner and a deadline
    plan = _plan(tmp_path, "", [], "Fleire eldre skal ha ein møteplass nær der dei bur.", [
        "Talet på eldre over 80 år aukar kraftig (SSB, 2023)",
        "Kvar femte eldre seier at dei ofte er einsame (Folkehelseinstituttet, 2022)",
        "Fleire bur åleine enn før (Helsedirektoratet)",
    ])
    assert plan.measures == []


def test_with_no_plan_period_a_bracket_of_name_and_year_may_be_a_source(tmp_path) -> None:
    d = Docx()
    d.add_heading("Handlingsplan for eldre", 0)
    d.add_heading("1 Bakgrunn", 1)
    d.add_paragraph("Dette veit vi om eldre i kommunen.")
    for t in ["Talet på eldre over 80 år aukar kraftig (Statistisk sentralbyrå, 2027)",
              "Kvar femte eldre er einsam (Folkehelseinstituttet, 2028)"]:
        d.add_paragraph(t, style="List Bullet")
    path = tmp_path / "plan.docx"
    d.save(path)
    assert plancheck.extract(str(path)).measures == []


def test_a_name_alone_in_brackets_under_a_strategy_word_beside_fielded_bullets(tmp_path) -> None:
    plan = _plan(tmp_path, "", [], "Flere ældre skal kunne bruge digital post.", [
        "Tilbyde kurser i digital post på alle biblioteker (Bibliotekerne, hvert forår)",
        "Åbne en telefonlinje med hjælp til selvbetjening (Borgerservice)",
        "Lave en fælles vejledning om digital fuldmagt (2027)",
    ], label="Indsatser")
    got = _got(plan)
    assert got["Åbne en telefonlinje med hjælp til selvbetjening"] == (["Borgerservice"], None, 1)
    assert len(got) == 3 and plan.strategies == []


def test_one_bracket_of_a_name_alone_among_plain_bullets_stays_text(tmp_path) -> None:
    plan = _plan(tmp_path, "", [], "Fleire eldre skal ha ein møteplass.", [
        "Opne ein ny seniorkafé på samfunnshuset",
        "Skipe til lesesirklar for eldre på filialane (Biblioteket)",
        "Gje gratis buss til dagsentera",
    ], label="Tiltak")
    assert all(not m.owners for m in plan.measures)


@pytest.mark.parametrize(("lead", "role"), [
    ("De fysiske tiltakene er prioritert etter disse kriteriene:", "principle"),
    ("Tiltaka er valde ut etter desse kriteria:", "principle"),
    ("Åtgärderna har valts ut efter dessa kriterier:", "principle"),
    ("Indsatserne er prioriteret efter disse kriterier:", "principle"),
    ("We ranked the actions using these criteria:", "principle"),
    ("Suksesskriterier:", None),  # a compound: not the criteria word alone
    ("Kommunen vil gjennomføre disse tiltakene:", "measure"),
])
def test_a_lead_in_naming_criteria_announces_no_measures(lead, role) -> None:
    assert lead_in_role(lead) == role


def test_criteria_listed_in_the_measures_chapter_are_no_measures(tmp_path) -> None:
    plan = _plan(tmp_path, "Tiltaka i kapitlet er prioriterte etter desse kriteria:", [
        "kor mange eldre tiltaket når", "kostnad for kommunen", "om tiltaket kan få statleg tilskot",
    ], "Fleire eldre skal ha ein møteplass nær der dei bur.", [
        "Opne ein ny seniorkafé på samfunnshuset (Kultureininga, 2027)",
        "Gje gratis buss til dagsentera (Samferdsel og teknisk, 2026)",
    ])
    assert sorted(_got(plan)) == ["Gje gratis buss til dagsentera", "Opne ein ny seniorkafé på samfunnshuset"]
