"""Forms of session 46 (blind batch 51), made general, on hand-built inputs with invented wording:
a programme set out as a logical framework (level rows read as goals, an activities band with
its own head row, an owner column of labelled fields 'Lead: … Means: …'), a plan drafted as a
regulation ('§ 3 Tiltak …' headings, a numbered ledd running on into its lettered items), and a
writer's note signed with initials after a dash."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of

from plancheck.drafts import leftovers_in
from plancheck.extract.roles import heading_role
from plancheck.models import Block, BlockKind, GoalKind


def _b(kind: BlockKind, text: str, level: int | None = None, table=None, number: str | None = None) -> Block:
    return Block(id="", kind=kind, text=text, level=level, table=table, number=number)


# ----------------------------------------------------------------- a logframe matrix


def _logframe():
    table = table_of(
        ["Narrative summary", "Indicators", "Means of verification", "Assumptions"],
        [
            ["Goal (impact) Households in the valley have clean drinking water", "Cases of illness halve", "Clinic data", ""],
            ["Purpose Village water committees run their own supply", "30 committees active", "Committee minutes", "Funding holds"],
            ["Output 1 Wells are drilled and fitted with pumps", "40 wells", "Site reports", "Dry season allows work"],
            ["Output 2 Committee members are trained in repairs", "120 people trained", "Course lists", ""],
            ["Activities", "Lead and means", "Timing", "Pre-conditions"],
            ["1.1 Survey the aquifers at twelve sites", "Lead: Water Office Means: survey van", "Spring 2031", "Permits granted"],
            ["1.2 Fit hand pumps to the wells", "Lead: District Engineer Means: pump stock", "2032", ""],
            ["2.1 Hold repair courses in each village", "Means: trainer fees", "Autumn 2031", ""],
        ],
    )
    for cell in table.rows[4]:
        cell.bold = True
    return table


def test_logframe_levels_are_goals_and_activities_measures():
    blocks = [
        _b(BlockKind.heading, "Clean Water Programme 2030–2033", 1),
        _b(BlockKind.heading, "Logical framework", 1),
        _b(BlockKind.table, "", table=_logframe()),
    ]
    plan = plan_of_blocks(blocks, "en")
    kinds = {g.text: g.kind for g in plan.goals}
    assert kinds == {
        "Households in the valley have clean drinking water": GoalKind.main_goal,
        "Village water committees run their own supply": GoalKind.goal,
        "Wells are drilled and fitted with pumps": GoalKind.sub_goal,
        "Committee members are trained in repairs": GoalKind.sub_goal,
    }
    by_text = {g.text: g for g in plan.goals}
    assert by_text["Wells are drilled and fitted with pumps"].parent_id == by_text["Village water committees run their own supply"].id
    measures = {m.text.split(" ", 1)[-1]: m for m in plan.measures}
    assert len(plan.measures) == 3
    survey = next(m for t, m in measures.items() if "aquifers" in t)
    assert [o.text for o in survey.owners] == ["Water Office"]
    courses = next(m for t, m in measures.items() if "repair courses" in t)
    assert courses.owners == []


def test_owner_column_of_labelled_fields_keeps_the_owner_field():
    from plancheck.extract.tables import labelled_owner_cells

    table = table_of(
        ["Action", "Lead and resources", "Due"],
        [
            ["Open a drop-in office", "Lead: Housing Team Budget: two posts", "2031"],
            ["Print the tenant guide", "Lead: Communications Budget: £3,000", "2030"],
            ["Review the waiting list", "Budget: staff time", "2032"],
        ],
    )
    out = labelled_owner_cells(table, ["measure", "owner", "deadline"])
    assert [r[1].text for r in out.rows] == ["Housing Team", "Communications", ""]
    # one cell so labelled is no column of fields: left as it is
    single = table_of(["Action", "Lead", "Due"], [["Open an office", "Lead: Housing Team Note: see above", "2031"],
                                                 ["Print a guide", "Communications", "2030"]])
    assert labelled_owner_cells(single, ["measure", "owner", "deadline"]).rows[0][1].text == "Lead: Housing Team Note: see above"


# ----------------------------------------------------------------- a plan drafted as a regulation


def test_section_sign_number_is_a_heading_number():
    assert heading_role("§ 7 Tiltak")[0] == "measure"
    assert heading_role("§ 12 Mål")[0] == "goal"


def test_numbered_ledd_running_into_lettered_items_is_a_lead_in():
    blocks = [
        _b(BlockKind.heading, "Forskrift om ren kyst 2030–2033", 1),
        _b(BlockKind.heading, "§ 2 Mål", 2),
        _b(BlockKind.list_item, "Formålet for perioden er at", 0, number="1)"),
        _b(BlockKind.list_item, "strendene skal være ryddet for plast hver vår,", 1, number="a)"),
        _b(BlockKind.list_item, "havnene skal ha mottak for avfall fra båter.", 1, number="b)"),
    ]
    plan = plan_of_blocks(blocks, "nb")
    texts = [g.text for g in plan.goals]
    assert not any(t.startswith("Formålet") for t in texts)
    assert any(t.startswith("strendene skal være ryddet") for t in texts)
    assert any(t.startswith("havnene skal ha mottak") for t in texts)


# ----------------------------------------------------------------- a signed note


def test_bracketed_note_signed_with_initials_saying_what_is_to_come():
    text = "Besøkstallet var 41 000 i fjor (tallene for hele året kommer fra regnskapet – KB)."
    assert [f[2] for f in leftovers_in(text)] == ["(tallene for hele året kommer fra regnskapet – KB)"]
    # a bracket with no initials, or initials with nothing to come, is no note
    assert leftovers_in("Besøkstallet (tallene kommer fra regnskapet) var høyt.") == []
    assert leftovers_in("Rapporten fra utvalget (leder – KB) var klar.") == []


# ----------------------------------------------------------------- owners and deadlines by letter


def test_later_ledd_hands_lettered_measures_their_owner_and_deadline():
    blocks = [
        _b(BlockKind.heading, "Forskrift om ren kyst 2030–2033", 1),
        _b(BlockKind.heading, "§ 2 Mål", 2),
        _b(BlockKind.list_item, "Formålet for perioden er at", 0, number="1)"),
        _b(BlockKind.list_item, "strendene skal være ryddet for plast hver vår,", 1, number="a)"),
        _b(BlockKind.list_item, "havnene skal ha mottak for avfall fra båter.", 1, number="b)"),
        _b(BlockKind.heading, "§ 3 Tiltak", 2),
        _b(BlockKind.list_item, "For å nå målet i § 2 første ledd bokstav b skal kommunen", 0, number="1)"),
        _b(BlockKind.list_item, "bygge en mottaksstasjon i gjestehavna,", 1, number="a)"),
        _b(BlockKind.list_item, "dele ut avfallssekker til båteierne.", 1, number="b)"),
        _b(BlockKind.list_item, "Havnevesenet har ansvaret for tiltaket i første ledd bokstav a. "
           "Tiltaket i bokstav b utvikles av Renovasjonsetaten og skal være ferdig innen utgangen av 2031.", 0, number="2)"),
    ]
    plan = plan_of_blocks(blocks, "nb")
    assert len(plan.measures) == 2
    by = {m.text.split(" ", 1)[0] if m.text[:1].islower() else m.text: m for m in plan.measures}
    station, sacks = by["bygge"], by["dele"]
    assert [o.text for o in station.owners] == ["Havnevesenet"]
    assert station.deadline is None
    assert [o.text for o in sacks.owners] == ["Renovasjonsetaten"]
    assert sacks.deadline is not None and "2031" in sacks.deadline.text
    goal_b = next(g for g in plan.goals if g.text.startswith("havnene"))
    assert all(goal_b.id in m.goal_ids for m in plan.measures)


def test_letter_fields_read_inverted_charge_and_clauses():
    from plancheck.extract.letterrefs import letter_fields

    found = letter_fields("For tiltaket i bokstav c har alle havnevakter ansvaret. Ordningen etter bokstav d skal "
                          "være i drift fra 1. mai 2031, og Frivilligsentralen har ansvaret for den.", "nb")
    assert [(f.letters, f.owner, f.when) for f in found] == [
        (("c",), "alle havnevakter", ""), (("d",), "Frivilligsentralen", "fra 1. mai 2031")]


# ----------------------------------------------------------------- a metro map


def test_metro_map_reads_termini_as_goals_and_stations_with_their_labels():
    from plancheck.layout.metromaps import DrawnPath, metro_maps
    from plancheck.layout.words import Word

    red, blue, white = (200, 30, 30), (30, 30, 200), (255, 255, 255)

    def ring(x, y, colour):
        return DrawnPath((x - 7, y - 7, x + 7, y + 7), colour, white, 2.5)

    paths = [
        DrawnPath((100, 97, 500, 103), red, None, 6.0, ((100, 100), (500, 100))),
        DrawnPath((100, 297, 500, 303), blue, None, 6.0, ((100, 300), (500, 300))),
        DrawnPath((500, 80, 600, 120), None, red, 0.0),
        DrawnPath((500, 280, 600, 320), None, blue, 0.0),
        ring(200, 100, red), ring(380, 100, red), ring(200, 300, blue), ring(380, 300, blue),
    ]

    def words(text, x, top, size=8.0, bold=True):
        out, at = [], x
        for t in text.split():
            w = len(t) * size * 0.5
            out.append(Word(t, at, top, at + w, top + size, size, "", bold))
            at += w + size * 0.3
        return out

    def centred(text, cx, top, bold=True):
        width = sum(len(t) * 4.0 for t in text.split()) + 2.4 * (len(text.split()) - 1)
        return words(text, cx - width / 2, top, bold=bold)

    ws = (words("Rent", 505, 92) + words("hav", 505, 102)
          + words("Grønne", 505, 292) + words("havner", 505, 302)
          + centred("Rydde strender", 200, 110) + centred("Park · 2031", 200, 119, bold=False)
          + centred("Kartlegge søppel", 380, 70) + centred("Miljø · Hver vår", 380, 79, bold=False)
          + centred("Bygge mottak", 200, 310) + centred("Havn · 2032", 200, 319, bold=False)
          + centred("Dele ut sekker", 380, 310) + centred("Havn · 2030", 380, 319, bold=False))
    pieces = metro_maps(paths, ws, 1)
    assert len(pieces) == 1 and pieces[0].diagram
    rows = [[c.text for c in r] for r in pieces[0].rows[1:]]
    assert rows[0] == ["Rent hav", "Rydde strender\nPark · 2031"]
    assert rows[1][1] == "Kartlegge søppel\nMiljø · Hver vår"
    assert rows[2][0] == "Grønne havner"
    assert pieces[0].rows[2][0].merged_from == 1
    # one coloured line alone is no metro map
    assert metro_maps([p for p in paths if p.stroke != blue and p.fill != blue], ws, 1) == []


def test_diagram_boxes_closing_with_a_separated_field_line_give_owner_and_deadline():
    table = table_of(["", ""], [
        ["Rent hav", "Rydde strender\nParkvesenet · 2031"],
        ["Rent hav", "Kartlegge søppel\nMiljøvern · Hver vår"],
        ["Rent hav", "Telle fugler\n2032"],
    ])
    table.diagram = True
    blocks = [_b(BlockKind.heading, "Plan for kysten 2030–2033", 1), _b(BlockKind.table, "", table=table)]
    plan = plan_of_blocks(blocks, "nb")
    got = {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {"Rydde strender": (["Parkvesenet"], "2031"), "Kartlegge søppel": (["Miljøvern"], "Hver vår"),
                   "Telle fugler": ([], "2032")}


def test_danish_note_asking_to_insert_a_figure():
    assert [f[2] for f in leftovers_in("Antal deltagere: [indsæt antal fra skolernes opgørelse 2029]")] == [
        "[indsæt antal fra skolernes opgørelse 2029]"]
