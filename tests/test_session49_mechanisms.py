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
