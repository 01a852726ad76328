"""Mechanisms of session 49, on hand-built inputs with invented wording.

An issue tracker's export printed from a Norwegian, Swedish or Danish interface: Jira and Azure
DevOps translate their column names and item types ('Sakstype', 'Sammendrag', 'Epos', 'Oppgave';
'Ärendetyp', 'Sammanfattning', 'Uppgift'; 'Aktivitetstype', 'Resumé', 'Episk', 'Opgave'), so the
export is read as the English one is (extract/trackers.py), from the lexicon's ``tables`` keys."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of

from plancheck.extract.trackers import tracker_table
from plancheck.lang.vocab import column_role
from plancheck.models import Block, BlockKind

NB_HEAD = ["Sakstype", "Nøkkel", "Sammendrag", "Overordnet", "Tildelt", "Rapportør", "Status", "Opprettet", "Forfallsdato"]


def _nb_export():
    return table_of(NB_HEAD, [
        ["Epos", "BIB-1", "Biblioteket er åpent for alle kvelder og helger", "", "Ikke tildelt", "Tone Berg", "Åpen",
         "02.01.2041", ""],
        ["Epos", "BIB-2", "Flere barn låner bøker hver måned", "", "Ikke tildelt", "Tone Berg", "Åpen", "02.01.2041", ""],
        ["Oppgave", "BIB-3", "Sette opp selvbetjent utlån på Nordhagen filial", "BIB-1", "Lars Haug", "Tone Berg",
         "Pågår", "03.01.2041", "30.09.2041"],
        ["Historie", "BIB-4", "Lage lesekort for alle førsteklassinger", "Flere barn låner bøker hver måned", "Eva Moe",
         "Tone Berg", "Åpen", "04.01.2041", ""],
        ["Deloppgave", "BIB-5", "Kjøpe inn tegneserier til ungdomsavdelingen", "BIB-2", "Eva Moe", "Tone Berg",
         "Åpen", "05.01.2041", "01.03.2042"],
    ])


def test_a_norwegian_tracker_export_becomes_a_measure_table():
    table = tracker_table(_nb_export())
    assert table is not None
    assert "Sakstype" not in table.header and "Overordnet" not in table.header


def test_a_norwegian_tracker_export_in_the_plan():
    plan = plan_of_blocks([Block(id="", kind=BlockKind.heading, text="Bibliotekplan 2041–2043", level=1),
                           Block(id="", kind=BlockKind.table, text="", table=_nb_export())], "nb")
    goals = {g.id: g.text for g in plan.goals}
    assert sorted(goals.values()) == ["Biblioteket er åpent for alle kvelder og helger",
                                      "Flere barn låner bøker hver måned"]
    by_text = {m.text: m for m in plan.measures}
    assert len(by_text) == 3
    self_service = by_text["Sette opp selvbetjent utlån på Nordhagen filial"]
    assert [goals[g] for g in self_service.goal_ids] == ["Biblioteket er åpent for alle kvelder og helger"]
    assert [o.text for o in self_service.owners] == ["Lars Haug"]  # 'Tildelt', never 'Rapportør'
    assert str(self_service.deadline.start) == "2041-09-30"  # 'Forfallsdato', not 'Opprettet'
    assert [goals[g] for g in by_text["Lage lesekort for alle førsteklassinger"].goal_ids] == [
        "Flere barn låner bøker hver måned"]  # linked by the parent's title
    assert by_text["Lage lesekort for alle førsteklassinger"].deadline is None


def test_swedish_and_danish_tracker_exports():
    sv = table_of(["Ärendetyp", "Nyckel", "Sammanfattning", "Överordnad", "Tilldelad", "Förfallodatum"], [
        ["Epic", "PARK-1", "Alla lekplatser är trygga", "", "", ""],
        ["Uppgift", "PARK-2", "Byta underlag under klätterställningen", "PARK-1", "Sara Lind", "2041-06-15"],
        ["Berättelse", "PARK-3", "Märka upp gungorna med ålder", "PARK-1", "Sara Lind", ""],
    ])
    da = table_of(["Aktivitetstype", "Nøgle", "Resumé", "Overordnet", "Tildelt", "Forfaldsdato"], [
        ["Episk", "VEJ-1", "Færre huller i cykelstierne", "", "", ""],
        ["Opgave", "VEJ-2", "Lappe hullerne på Skovvej", "VEJ-1", "Driftsafdelingen", "01.05.2041"],
    ])
    for table, goal, measures in [
        (sv, "Alla lekplatser är trygga", ["Byta underlag under klätterställningen", "Märka upp gungorna med ålder"]),
        (da, "Færre huller i cykelstierne", ["Lappe hullerne på Skovvej"]),
    ]:
        read = tracker_table(table)
        assert read is not None
        m = [column_role(h) for h in read.header].index("measure")
        assert [(r[0].text, r[m].text) for r in read.rows if r[m].text] == [(goal, x) for x in measures]
    # a type column of other words (a meeting, a case) is still no export
    other = table_of(["Sakstype", "Sammendrag", "Tildelt"], [["Epos", "Trygge skoleveier", "x"], ["Møte", "Foreldremøte", "y"]])
    assert tracker_table(other) is None


# ----------------------------------------------------------------- a further goal a measure's card names

def test_also_served_goals_reads_one_goal_or_a_list():
    from plancheck.extract.link import also_served_goals, without_also_served
    from plancheck.models import Goal, GoalKind, Provenance

    goals = [Goal(id=f"g{k}", text=f"Goal text {k}", number=str(k), kind=GoalKind.goal, page=1,
                  provenance=Provenance(page=1, source_text="x")) for k in (1, 2, 3, 4)]
    assert [g.id for g in also_served_goals("Plant forty street trees. Also supports Goal 3.", goals)] == ["g3"]
    assert [g.id for g in also_served_goals("Bidrar også til mål 2 og 4.", goals)] == ["g2", "g4"]
    assert [g.id for g in also_served_goals("Stödjer även mål 1, 2 och 4", goals)] == ["g1", "g2", "g4"]
    assert also_served_goals("Also supports Goal 7.", goals) == []  # no such goal
    assert also_served_goals("Supports the goal of cleaner air.", goals) == []  # no number: no link
    assert also_served_goals("Goal 3 is also supported by the county.", goals) == []
    assert without_also_served("Autumn 2041 Also supports Goal 3.") == "Autumn 2041"


def test_a_measure_row_naming_a_further_goal_links_to_both():
    plan = plan_of_blocks([
        Block(id="", kind=BlockKind.heading, text="Mål 1: Tryggere vei til skolen", level=2),
        Block(id="", kind=BlockKind.table, text="", table=table_of(["Tiltak", "Ansvar", "Frist"], [
            ["Male nye fotgjengerfelt ved Lia skole", "Vegavdelingen", "Høsten 2041 Bidrar også til mål 2."],
            ["Sette opp fartsdumper i Bekkeveien", "Vegavdelingen", "2042"],
        ])),
        Block(id="", kind=BlockKind.heading, text="Mål 2: Flere barn går og sykler", level=2),
        Block(id="", kind=BlockKind.table, text="", table=table_of(["Tiltak", "Ansvar", "Frist"], [
            ["Lage sykkelkurs for 5. trinn", "Skolene", "Våren 2042"],
        ])),
    ], "nb")
    goals = {g.text: g.id for g in plan.goals}
    by_text = {m.text: m for m in plan.measures}
    crossing = by_text["Male nye fotgjengerfelt ved Lia skole"]
    assert crossing.goal_ids == [goals["Tryggere vei til skolen"], goals["Flere barn går og sykler"]]
    assert crossing.deadline is not None and crossing.deadline.text == "Høsten 2041"
    assert by_text["Sette opp fartsdumper i Bekkeveien"].goal_ids == [goals["Tryggere vei til skolen"]]


# ----------------------------------------------------------------- mandates (the lead, session 49)

def _order_lines():
    from plancheck.mandate.points import Line

    return [
        Line("Order No. 12 on quay safety", 1, 40.0, 14.0, True, True, True),
        Line("Section 2. Quay Safety Plan.", 1, 40.0, 10.0, True, True, True),
        Line("(a) The Harbour Master shall prepare a Quay Safety Plan by 1 May 2041.", 1, 40.0, 10.0, False, None, True),
        Line("(b) The Plan shall:", 1, 40.0, 10.0, False, None, False),
        Line("(1) list each quay without a ladder and the date by which a ladder is", 1, 60.0, 10.0, False, None, False),
        Line("fitted;", 1, 75.0, 10.0, False, None, False),
        Line("(2) show where lifebuoys hang.", 1, 60.0, 10.0, False, None, False),
        Line("(c) In preparing the Plan, the Harbour Master shall consult the Rowing Club and the Fjord", 1, 40.0, 10.0,
             False, None, False),
        Line("Sailing Association.", 1, 40.0, 10.0, False, None, False),
        Line("(d) The Harbour Master may ask any department for staff to help with the Plan.", 1, 40.0, 10.0, False,
             None, False),
    ]


def test_a_top_point_wrapped_back_at_its_marker_after_hanging_sub_points_is_whole():
    from plancheck.mandate import find_points

    texts = [p.text for p in find_points(_order_lines())]
    consult = [t for t in texts if t.startswith("In preparing the Plan")]
    assert consult == ["In preparing the Plan, the Harbour Master shall consult the Rowing Club and the Fjord Sailing "
                       "Association."]


def test_a_power_conferred_by_may_is_no_point():
    from plancheck.mandate import find_points
    from plancheck.mandate.points import grants_discretion

    texts = [p.text for p in find_points(_order_lines())]
    assert not any("may ask any department" in t for t in texts)
    assert grants_discretion("The Harbour Master may ask any department for staff to help with the Plan.")
    assert not grants_discretion("The Plan may not rely on volunteers alone.")  # a prohibition
    assert not grants_discretion("Describe how bathers may reach the nearest ladder.")  # asked
    assert not grants_discretion("The Board may, and shall when asked, review the Plan.")  # a duty too
    assert not grants_discretion("The Board in May adopted the plan for the quays.")  # a month


def test_a_matter_left_to_a_document_named_by_its_owner_or_its_proper_name():
    from plancheck.mandate.match import DEFERRAL_RE

    # the genitive owner and a relative clause of the document's making (sv, nb, en)
    assert DEFERRAL_RE.search("Hur många bänkar som behövs vid stranden bestäms i kommunens badplatsplan, som tas "
                              "fram under 2042.")
    assert DEFERRAL_RE.search("Hvor mange benker som trengs, avgjøres i kommunens parkplan, som utarbeides i 2042.")
    assert DEFERRAL_RE.search("The number of benches will be decided in the council's parks strategy, which will be "
                              "prepared in 2042.")
    # a proper name of up to two capitalised words before the document's noun
    assert DEFERRAL_RE.search("Rules on breaks for lifeguards will be set in a new Beach Safety policy to be issued "
                              "in 2042.")
    # a document already in force, named without its making, hands nothing over
    assert not DEFERRAL_RE.search("The benches are listed in the council's parks strategy.")


def test_given_the_occasion_is_the_frame_of_a_consultation_point():
    from plancheck.mandate.words import words

    assert {"tillfälle", "lejlighed"} <= set(words("generic"))


def _mandate_status(mandate: str, chapters: list[tuple[str, str]], lang: str, **settings) -> str:
    from dataclasses import replace

    from plancheck.mandate import find_points
    from plancheck.mandate.match import MatchSettings, assess_points
    from tests.conftest import plan_of_chapters

    points = [p for p in find_points([mandate]) if "2041" in p.text or "Før" in p.text]
    assert len(points) == 1, [p.text for p in find_points([mandate])]
    got = assess_points(plan_of_chapters("Plan for badeplassene", chapters), points, lang,
                        settings=replace(MatchSettings(), **settings))
    return getattr(got[0].status, "value", got[0].status)


ORDER_NB = ("Avtale om badeplassene\n\n§ 4 Kommunen skal innen 1. juni 2041 utarbeide og vedta en plan for "
            "badeplassene.\n\n§ 5 Foreningen stiller med frivillige.")


def test_the_order_to_have_the_plan_by_a_date_is_answered_by_its_adoption_in_time():
    adopted = [("Om planen", "Vedtatt av kommunestyret 12. mai 2041."), ("Badeplassene", "Det er fire badeplasser.")]
    assert _mandate_status(ORDER_NB, adopted, "nb") == "covered"
    assert _mandate_status(ORDER_NB, adopted, "nb", plan_order_dated=False) != "covered"


def test_a_draft_on_hearing_after_the_deadline_does_not_answer_the_order():
    draft = [("Om planen", "Høringsutkast, august 2041."), ("Badeplassene", "Det er fire badeplasser.")]
    assert _mandate_status(ORDER_NB, draft, "nb") == "uncovered"


def test_the_order_to_have_an_approved_plan_before_a_step_is_answered_by_its_approval():
    mandate = ("Bestemmelser\n\nFør det gis brukstillatelse for badeanlegget, skal det foreligge en plan for driften "
               "som er godkjent av kommunen. Planen skal vise åpningstidene og hvem som rydder stranden.")
    approved = [("Om planen", "Godkjent av kommunen, byggesak, 3. mars 2041."), ("Drift", "Anlegget driftes av parkvesenet.")]
    assert _mandate_status(mandate, approved, "nb") == "covered"
