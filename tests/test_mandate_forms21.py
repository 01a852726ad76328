"""Mandate and parent-plan forms no corpus batch had (session 21, mantic21): a checklist's tick
boxes, a consulting body's expectations and advice, a wish or an imperative request, a
requirements table ranked by priority, a parent's goals drawn as a from/to table or a logic
model's effects, and a child's goal matrix of tick marks. Invented wording throughout."""

from __future__ import annotations

from plancheck.mandate.points import find_points, is_requirement
from plancheck.mandate.tables import point_rows
from plancheck.models import Block, BlockKind, Cell, Document, Plan, Provenance, SourceInfo, Table


def test_checklist_boxes_mark_the_items_of_a_list():
    text = """Oppdrag: plan for lekeplasser

Sjekkliste for planen:
☐ Oversikt over alle kommunale lekeplasser
☐ Vurdere behovet for nye lekeplasser i boligfeltene
☐ Forslag til rutiner for årlig ettersyn av lekeapparater
"""
    points = find_points([text])
    assert [p.text for p in points][:3] == [
        "Oversikt over alle kommunale lekeplasser",
        "Vurdere behovet for nye lekeplasser i boligfeltene",
        "Forslag til rutiner for årlig ettersyn av lekeapparater",
    ]


def test_a_consulting_bodys_expectation_or_advice_is_a_requirement():
    # the expectation, advice or request of a body consulted on the plan, its clause naming
    # the municipality, the plan, or a passive of an asking verb
    assert is_requirement("Vi forventer at kommunen kartlegger hvilke bekker som er lagt i rør.")
    assert is_requirement("Statsforvalteren rår til at planen viser grønne korridorer mellom boligfeltene.")
    assert is_requirement("Statsforvalteren ber om at virkningene for reindrifta utredes.")
    assert is_requirement("Länsstyrelsen förutsätter att kommunen utreder risken för ras vid ån.")
    assert is_requirement("We recommend that the council sets a target for hedgerow planting.")
    # the municipality asked directly, or the plan's need told (a samrådsyttrande's "behöver")
    assert is_requirement("Kommunen bør vurdere om skolebussen kan gå langs fjorden.")
    assert is_requirement("Planen behöver redovisa hur gångstråken ansluter till hållplatserna.")
    assert not is_requirement("Kommunen skal være klimanøytral innen 2045.")
    assert not is_requirement("Kommunen behöver fler lägenheter för äldre.")
    # asking to be kept informed of the work: a step of the process
    assert is_requirement("Fylkeskommunen ønsker å bli holdt orientert om arbeidet med planen.")
    assert is_requirement("The county council wishes to be consulted on the draft strategy.")
    assert not is_requirement("Vi ønsker å bli kvitt køene ved fergeleiet.")
    # an expectation about the world, not of the plan, asks nothing
    assert not is_requirement("Vi forventer at folketallet vil øke noe de neste årene.")


def test_a_wish_or_an_imperative_request_of_the_letters_writer_is_a_requirement():
    assert is_requirement("I would like the plan to set out how the depots will be replaced.")
    assert is_requirement("Jeg ønsker at planen viser hvordan biblioteket kan nå flere unge.")
    assert is_requirement("Please make sure it explains how the new routes will be funded.")
    assert not is_requirement("We would like to thank everyone who answered the survey last spring.")
    # an expletive after an imperative asks nothing of the plan
    assert not is_requirement("Sørg for at det er kaffe på møtet i morgen.")


def test_a_need_modal_with_a_carried_out_passive_asks_whatever_its_subject():
    assert is_requirement("Det må gjennomføres en trafikktelling før planen vedtas.")
    assert is_requirement("A survey must be carried out before the public hearing.")


def test_a_priority_column_makes_a_tables_rows_requirements_without_its_word():
    rows = [
        ["Nr.", "Krav", "Prioritet"],
        ["1", "Oversikt over dagens gatelys og deres alder", "Skal"],
        ["2", "Kostnader ved overgang til LED i hele kommunen", "Skal"],
        ["3", "Muligheter for styring av lyset etter trafikken", "Bør"],
    ]
    found = point_rows(rows, lambda c: False, priority=lambda c: c in ("Skal", "Bør"))
    assert found == [
        ("1", "Oversikt over dagens gatelys og deres alder"),
        ("2", "Kostnader ved overgang til LED i hele kommunen"),
        ("3", "Muligheter for styring av lyset etter trafikken"),
    ]
    # without the priority column the noun phrases ask for nothing
    assert point_rows(rows, lambda c: False) is None


def _table_doc(header: list[str], rows: list[list[str]]) -> Document:
    table = Table(
        header=header,
        rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)] for r, row in enumerate(rows)],
        pages=[1],
    )
    return Document(path="x.pdf", page_count=1, blocks=[
        Block(id="t1", kind=BlockKind.table, text="", provenance=Provenance(page=1), table=table)
    ])


def test_parent_goals_drawn_as_the_wanted_state_of_a_from_to_table():
    from plancheck.mandate.parents import parent_goals

    doc = _table_doc(["Fra", "Til"], [
        ["Lange køer til barnehageplass", "Alle familier får barnehageplass der de bor"],
        ["Få lærlingplasser i kommunen", "Ungdom finner læreplass i egen region"],
    ])
    base = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1), title="P")
    assert [g.text for g in parent_goals(base, doc)] == [
        "Alle familier får barnehageplass der de bor",
        "Ungdom finner læreplass i egen region",
    ]


def test_parent_goals_in_a_logic_models_effect_column_but_not_a_measures_effect():
    from plancheck.mandate.parents import state_table_goals

    doc = _table_doc(["Insats", "Resultat", "Effekt 2040"], [
        ["Gratis kurs i svømming", "Flere tiåringer kan svømme", "Ingen barn drukner i kommunen"],
        ["Flere lyspunkter langs stiene", "Mer bruk av stiene om vinteren", "Innbyggerne er fysisk aktive hele året"],
    ])
    assert [g.text for g in state_table_goals(doc)] == [
        "Ingen barn drukner i kommunen",
        "Innbyggerne er fysisk aktive hele året",
    ]
    # one column before the effect: a measure table's effect of each measure, no goal
    measures = _table_doc(["Tiltak", "Effekt"], [
        ["Gratis kurs i svømming", "Flere tiåringer kan svømme trygt"],
        ["Flere lyspunkter langs stiene", "Mer bruk av stiene om vinteren"],
    ])
    assert state_table_goals(measures) == []


def test_a_tick_under_a_goal_code_names_the_goal_a_row_serves():
    from plancheck.mandate.parents import row_references

    doc = _table_doc(["Tiltak", "Ansvar", "M1", "M2", "M3"], [
        ["Kurs i energisparing for utleiere", "Boligkontoret", "✓", "", "✓"],
        ["Nye ladepunkter ved rådhuset", "Eiendom", "", "x", ""],
    ])
    items = [
        ("m1", "measure", "Kurs i energisparing for utleiere", 1),
        ("m2", "measure", "Nye ladepunkter ved rådhuset", 1),
    ]
    assert sorted(row_references(doc, items)) == [(0, ["M1", "M3"]), (1, ["M2"])]
    # a table whose columns are not codes gives no references
    plain = _table_doc(["Tiltak", "Ansvar", "Frist"], [["Kurs i energisparing for utleiere", "Boligkontoret", "✓"]])
    assert row_references(plain, items) == []
