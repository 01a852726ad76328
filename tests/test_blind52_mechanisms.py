"""Forms of session 47 (blind batch 52), made general, on hand-built inputs with invented wording:
a journey map (phases as columns, context rows, the goal row 'Ønsket situasjon' and a measure
row of numbered items each over its own field line, a note after them, a phase left to another
body), a cause analysis (root causes coded under goal questions, a countermeasure table naming
each measure's cause), and a form's blank line ('Signert av: ______') that holds no field."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of

from plancheck.extract.fieldrows import column_records, record_items
from plancheck.extract.fields import field_line
from plancheck.models import Block, BlockKind


def _b(kind: BlockKind, text: str, level: int | None = None, table=None, number: str | None = None) -> Block:
    return Block(id="", kind=kind, text=text, level=level, table=table, number=number)


# ----------------------------------------------------------------- a journey map


def _journey():
    return table_of(
        ["", "1 Finne tomt", "2 Søke lån", "3 Bygge huset"],
        [
            ["Brukeren gjør", "Leser annonser", "Går i banken", "Snakker med snekker"],
            ["Følelser", "Spent", "Usikker", "Sliten"],
            ["Smertepunkter", "– Få tomter", "– Uklare krav", "– Lang ventetid"],
            ["Ønsket situasjon", "Tomtesøkere skal finne ledige tomter raskt",
             "Søkere skal forstå hva banken krever", "Byggingen skal gå uten unødig venting"],
            ["Tiltak",
             "1.1 Lage et tomtekart på nett\nAnsvar: Plankontoret · Frist: 2031\n"
             "1.2 Holde åpent tomtemøte hver vår\nAnsvar: Næringsetaten · Frist: Våren 2032",
             "2.1 Skrive en veileder om boliglån\nAnsvar: Servicesenteret · Frist: 2031\n"
             "2.2 Tilby rådgivning ved oppstart\nAnsvar: Husbankkontakten · Frist: Løpende\nSe også tiltak 1.2.",
             "Byggetilsynet ligger hos staten og er ikke med i denne planen."],
        ],
    )


def test_journey_map_reads_one_record_per_phase():
    rec = column_records(_journey())
    assert rec is not None
    roles = [h.lower() for h in rec.header]
    goal = next(k for k, h in enumerate(roles) if h == "ønsket situasjon")
    texts = [r[0].text for r in rec.rows]
    assert texts[:2] == ["1.1 Lage et tomtekart på nett", "1.2 Holde åpent tomtemøte hver vår"]
    assert "Se også tiltak 1.2." not in " ".join(texts)  # a note after the items, no item
    assert [r[1].text for r in rec.rows[:4]] == ["Plankontoret", "Næringsetaten", "Servicesenteret", "Husbankkontakten"]
    # the last phase names no measure: its cell is emptied, its goal kept
    assert rec.rows[-1][0].text == "" and rec.rows[-1][goal].text == "Byggingen skal gå uten unødig venting"


def test_journey_map_goals_and_measures_in_the_plan():
    plan = plan_of_blocks([_b(BlockKind.heading, "Boligplan 2031–2034", 1),
                           _b(BlockKind.table, "", table=_journey())], "nb")
    goals = {g.text for g in plan.goals}
    assert "Byggingen skal gå uten unødig venting" in goals and len(goals) == 3
    assert len(plan.measures) == 4
    by_goal = {g.id: g.text for g in plan.goals}
    first = next(m for m in plan.measures if "tomtekart" in m.text)
    assert [by_goal[g] for g in first.goal_ids] == ["Tomtesøkere skal finne ledige tomter raskt"]


def test_numbered_record_items_join_wrapped_lines_and_drop_notes():
    items = record_items("3.1 Kartlegge alle\nlekeplasser\nAnsvar: Parkvesenet · Frist: 2030\n"
                         "3.2 Male benkene\nAnsvar: Driften · Frist: 2031\nSe også tiltak 2.4.")
    assert items == [("3.1 Kartlegge alle lekeplasser", [("owner", "Parkvesenet"), ("deadline", "2030")]),
                     ("3.2 Male benkene", [("owner", "Driften"), ("deadline", "2031")])]


# ----------------------------------------------------------------- a cause analysis


def test_measures_link_to_goals_through_their_root_causes():
    table = table_of(
        ["Nr", "Tiltak", "Rotårsak", "Ansvarlig", "Frist"],
        [["1", "Sette opp en fast telefontid for søkere", "K2", "Servicesenteret", "2031"],
         ["2", "Samle all veiledning på en side", "K1", "Nettredaksjonen", "2032"],
         ["3", "Lære opp nye ansatte i regelverket", "K3", "Personalkontoret", "Løpende"]],
    )
    blocks = [
        _b(BlockKind.heading, "Forbedringsplan for tilskudd 2031–2032", 1),
        _b(BlockKind.heading, "Mål", 1),
        _b(BlockKind.paragraph, "Mål 1: Søkerne skal få svar innen to uker."),
        _b(BlockKind.paragraph, "Mål 2: Alle vedtak skal være korrekte."),
        _b(BlockKind.heading, "Årsaker", 1),
        _b(BlockKind.heading, "Mål 1 – Hvorfor tar det så lang tid?", 2),
        _b(BlockKind.list_item, "Veiledningen er spredt på mange sider.", 0, number="K1"),
        _b(BlockKind.list_item, "Søkerne når oss ikke på telefon.", 0, number="K2"),
        _b(BlockKind.heading, "Mål 2 – Hvorfor blir vedtak feil?", 2),
        _b(BlockKind.list_item, "Nye ansatte kjenner ikke regelverket.", 0, number="K3"),
        _b(BlockKind.heading, "Tiltak", 1),
        _b(BlockKind.table, "", table=table),
    ]
    plan = plan_of_blocks(blocks, "nb")
    texts = {g.id: g.text.rstrip(".") for g in plan.goals}
    assert sorted(texts.values()) == ["Alle vedtak skal være korrekte", "Søkerne skal få svar innen to uker"]
    links = {m.text.lstrip("0123456789 "): [texts[g] for g in m.goal_ids] for m in plan.measures}
    assert links == {
        "Sette opp en fast telefontid for søkere": ["Søkerne skal få svar innen to uker"],
        "Samle all veiledning på en side": ["Søkerne skal få svar innen to uker"],
        "Lære opp nye ansatte i regelverket": ["Alle vedtak skal være korrekte"],
    }


# ----------------------------------------------------------------- a form's blank


def test_blank_rule_after_a_label_is_no_field():
    assert field_line("Signert av ansvarlig: ________________ Dato: ________") is None
    assert field_line("Ansvarlig: Plankontoret · Frist: 2031") == [("owner", "Plankontoret"), ("deadline", "2031")]
