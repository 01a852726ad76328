"""Layouts no corpus plan had, anticipated before a blind batch showed them (session 21): a measure
table giving when the work starts beside when it ends ('Påbörjas | Avslutas', 'Oppstart |
Ferdig'), and one column holding the owner and under it a recurring deadline ('Ansvar og frist':
'Kulturrådgiver' / 'Hvert halvår'). Hand-built blocks with invented wording, one mechanism each."""

from __future__ import annotations

from plancheck.extract.tables import table_roles
from plancheck.lang.deadlines import split_deadline
from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks, table_of


def _h(text: str, level: int = 1) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _table(header: list[str], rows: list[list[str]]) -> Block:
    t = table_of(header, rows)
    return Block(id="", kind=BlockKind.table, text=" | ".join(header), table=t)


def test_a_start_column_beside_an_end_column_is_no_deadline():
    assert table_roles(["Åtgärd", "Ansvarig", "Påbörjas", "Avslutas"]) == ["measure", "owner", "start", "deadline"]
    assert table_roles(["Tiltak", "Ansvar", "Oppstart", "Ferdig"]) == ["measure", "owner", "start", "deadline"]
    assert table_roles(["Action", "Lead", "Start", "End"]) == ["measure", "owner", "start", "deadline"]
    # alone, the only time column, the start still dates the row
    assert table_roles(["Tiltak", "Ansvar", "Oppstart"]) == ["measure", "owner", "deadline"]
    rows = [["Bygge en ny bålplass ved vannet", "Park og idrett", "2026", "Høst 2027"],
            ["Merke stien rundt tjernet", "Friluftsrådet", "Vår 2026", ""]]
    plan = plan_of_blocks([_h("Mål 1"), _p("Flere skal bruke nærturene."), _h("Tiltak", 2),
                           _table(["Tiltak", "Ansvar", "Oppstart", "Ferdig"], rows)], "nb")
    got = {m.text: m.deadline.text if m.deadline else None for m in plan.measures}
    assert got == {"Bygge en ny bålplass ved vannet": "Høst 2027", "Merke stien rundt tjernet": None}


def test_a_recurring_deadline_under_the_owner_in_one_cell_is_split_off():
    assert split_deadline("Kulturrådgiver Hvert halvår") == ("Kulturrådgiver", "Hvert halvår")
    assert split_deadline("Skulefagleg rådgjevar kvart barnehageår") == ("Skulefagleg rådgjevar", "kvart barnehageår")
    assert split_deadline("Parkteamet each quarter") == ("Parkteamet", "each quarter")
    # an every-word before a word that is no span of time belongs to the name
    assert split_deadline("Rektor ved hver skole") == ("Rektor ved hver skole", "")
    rows = [["Måle strømforbruket i idrettshallen", "Driftsleder bygg Hvert kvartal"]]
    plan = plan_of_blocks([_h("Mål 1"), _p("Energibruken skal ned."), _table(["Tiltak", "Ansvar og frist"], rows)], "nb")
    (m,) = plan.measures
    assert (m.owner_text, m.deadline.text, m.deadline.kind) == ("Driftsleder bygg", "Hvert kvartal", "recurring")


def _li(text: str) -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, level=0, bullet="•")


def test_a_line_of_owner_and_deadline_fields_under_a_list_of_measures_holds_for_them_all():
    plan = plan_of_blocks([
        _h("Mål og tiltak"),
        _h("Mål 1: Fleire skal låne bøker på biblioteket.", 2), _p("Tiltak:"),
        _li("Opne biblioteket på søndagar"), _li("Køyre bokbussen til alle grendene"),
        _p("Ansvar: Biblioteksjefen · Frist: Hausten 2027"),
        _h("Mål 2: Biblioteket skal vere ein møteplass.", 2), _p("Tiltak:"),
        _li("Setje opp ein lesesirkel for eldre"), _li("Låne ut brettspel"),
        _p("Frist: 2028"),
    ], "nn")
    got = {m.text: (m.owner_text, m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {"Opne biblioteket på søndagar": ("Biblioteksjefen", "Hausten 2027"),
                   "Køyre bokbussen til alle grendene": ("Biblioteksjefen", "Hausten 2027"),
                   "Setje opp ein lesesirkel for eldre": (None, "2028"),
                   "Låne ut brettspel": (None, "2028")}
    # the plan gives owners in these lines: the group whose line names none has a place for one
    assert all(m.has_owner_column and m.has_deadline_column for m in plan.measures)


def _num(text: str, n: int) -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, level=0, number=f"{n}.")


def test_a_possessive_before_a_heading_word_keeps_its_role():
    from plancheck.lang.vocab import heading_role

    assert heading_role("Vores målsætninger") == "goal"
    assert heading_role("Our objectives") == "goal"
    assert heading_role("Våre tiltak") == "measure"
    assert heading_role("Vår kommune") is None


def test_goals_named_in_a_bracket_after_the_measure_link_it_to_each():
    goals = [_h("Vores målsætninger"), _num("Flere børn skal lære at svømme.", 1),
             _num("Flere voksne skal cykle til arbejde.", 2), _num("Stierne skal være trygge om aftenen.", 3)]
    rows = [["Tilbyde svømmeskole i sommerferien (mål 1)", "Idrætsafdelingen", "2027"],
            ["Sætte lys op langs cykelstien (mål 2 og 3)", "Vej og Park", "2028"],
            ["Lave kort over stierne (1, 3)", "Natur og Miljø", "2027"]]
    plan = plan_of_blocks([*goals, _h("Indsatser"), _table(["Indsats", "Ansvarlig", "Tidsplan"], rows)], "da")
    numbers = {g.id: (g.number or "").strip(".") for g in plan.goals}
    got = {m.text.split(" (")[0]: sorted(numbers[g] for g in m.goal_ids) for m in plan.measures}
    assert got["Tilbyde svømmeskole i sommerferien"] == ["1"]
    assert got["Sætte lys op langs cykelstien"] == ["2", "3"]
    # bare numbers in a bracket name no goal
    assert got["Lave kort over stierne"] == []


def test_a_gantt_by_quarter_under_spanning_years_is_due_by_its_last_marked_quarter():
    from plancheck.extract.tables import filled_years, period_columns

    header = ["Tiltak", "Ansvar", "2026", "", "", "", "2027", "", "", ""]
    parts = ["Tiltak", "Ansvar", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4"]
    rows = [parts,
            ["Rydde turstien langs elva", "Park og idrett", "", "X", "X", "", "", "", "", ""],
            ["Sette opp gapahuk ved vatnet", "Friluftsrådet", "", "", "", "X", "X", "X", "", ""],
            ["Lage turkart for skolene", "Skolekontoret", "", "", "", "", "", "", "", ""]]
    plan = plan_of_blocks([_h("Mål 1"), _p("Flere skal gå tur i nærmiljøet."), _table(header, rows)], "nb")
    got = {m.text: (m.deadline.text, m.deadline.start.isoformat()) if m.deadline else None for m in plan.measures}
    assert got == {"Rydde turstien langs elva": ("Q3 2026", "2026-04-01"),
                   "Sette opp gapahuk ved vatnet": ("Q2 2027", "2026-10-01"),
                   "Lage turkart for skolene": None}
    # the layout's own join of a part under its year ("H2 (2026)") reads the same
    assert period_columns(["Tiltak", "H1 (2026)", "H2 (2026)", "H1 (2027)"]) == [(1, "H1 2026"), (2, "H2 2026"), (3, "H1 2027")]
    assert period_columns(["Tiltak", "Ansvar", "2026", "2027"]) == []
    # a bar in every row is no column's shading: each row's filled cells are its marks
    from plancheck.models import Cell

    def row(fills):
        return [Cell(row=0, col=0, text="Tiltak", page=1, fill="")] + [Cell(row=0, col=i + 1, text="", page=1, fill=f) for i, f in enumerate(fills)]
    bars = [row(["#2f8f5b", "#2f8f5b", ""]), row(["", "#2f8f5b", "#2f8f5b"])]
    assert filled_years(bars, {1: 0, 2: 1, 3: 2}) == [[0, 1], [1, 2]]


def test_bulleted_goals_are_cited_by_their_place_and_the_bracket_is_no_words_of_the_measure():
    goals = [_h("Våra mål"), _li("Fler barn ska simma."), _li("Fler vuxna ska cykla till jobbet."),
             _li("Stigarna ska vara trygga på kvällen.")]
    rows = [["Erbjuda simskola på sommarlovet", "Fritidsförvaltningen", "1", "2027"],
            ["Rita en karta över stigarna", "Miljöenheten", "1, 3", "2027"]]
    more = [["Sätta upp belysning längs cykelvägen (mål 2 och 3)", "Gatuenheten", "2028"]]
    plan = plan_of_blocks([*goals, _h("Åtgärder"), _table(["Åtgärd", "Ansvarig", "Mål", "Klart"], rows),
                           _h("Fler åtgärder"), _table(["Åtgärd", "Ansvarig", "Klart"], more)], "sv")
    order = {g.id: k for k, g in enumerate(plan.goals, 1)}
    got = {m.text: sorted(order[g] for g in m.goal_ids) for m in plan.measures}
    assert got == {"Erbjuda simskola på sommarlovet": [1],
                   "Sätta upp belysning längs cykelvägen": [2, 3],
                   "Rita en karta över stigarna": [1, 3]}


def test_a_list_with_a_line_of_who_and_when_under_it_is_a_list_of_measures():
    plan = plan_of_blocks([
        _h("Arbeid med foreldre"),
        _li("Lage en brosjyre om høytlesing"), _li("Invitere til foreldrekvelder på biblioteket"),
        _p("Ansvarlig: Biblioteksjefen – Frist: Høst 2027"),
    ], "nb")
    got = {m.text: (m.owner_text, m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {"Lage en brosjyre om høytlesing": ("Biblioteksjefen", "Høst 2027"),
                   "Invitere til foreldrekvelder på biblioteket": ("Biblioteksjefen", "Høst 2027")}
    # a list with no such line under it is no list of measures by that alone
    plain = plan_of_blocks([_h("Arbeid med foreldre"), _li("Lage en brosjyre om høytlesing"),
                            _li("Invitere til foreldrekvelder på biblioteket"), _p("Les mer på nettsidene våre.")], "nb")
    assert plain.measures == []


def test_a_hyphened_phrase_broken_at_its_hyphen_keeps_it():
    from plancheck.ingest.text import join_lines

    assert join_lines(["keep records up-to-", "date"]) == "keep records up-to-date"
    assert join_lines(["meet them face-to-", "face"]) == "meet them face-to-face"
    assert join_lines(["nye e-helse-", "løsninger"]) == "nye e-helseløsninger"
    assert join_lines(["kommu-", "nen"]) == "kommunen"


def test_a_field_naming_what_a_goal_serves_is_no_goal_under_a_possessive_goal_heading():
    plan = plan_of_blocks([
        _h("Our outcomes"),
        _h("Outcome 1", 2), _p("Every pupil can swim 25 metres by the end of Year 6."),
        _p("Corporate ambition: Healthy lives"),
        _h("Outcome 2", 2), _p("Every park has a play area within reach of a buggy."),
        _p("Corporate ambition: Green places"),
    ], "en")
    assert [g.text for g in plan.goals] == ["Every pupil can swim 25 metres by the end of Year 6.",
                                            "Every park has a play area within reach of a buggy."]
