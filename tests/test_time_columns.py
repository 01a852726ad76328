"""Where a measure table says when: year columns marked with an X or an amount, a column with an
unknown header whose cells read as deadlines, and compound header words — hand-built tables."""

from __future__ import annotations

import datetime as dt

from plancheck.extract.plan import build_plan
from plancheck.extract.tables import deadline_by_content, marked_span, year_columns
from plancheck.ingest.sections import build_sections
from plancheck.lang.vocab import column_role
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1])


def _plan(*tables: Table):
    blocks = [Block(id="b0", kind=BlockKind.heading, text="Tiltak", level=1)]
    for t in tables:
        blocks.append(Block(id=f"b{len(blocks)}", kind=BlockKind.table, text=" | ".join(t.header), table=t))
    for b in blocks:
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="nb", model=None)


def test_the_years_marked_give_the_span_from_first_to_last():
    years = year_columns(["Tiltak", "Ansvar", "2025", "2026", "2027", "2028"])
    assert list(years.values()) == [2025, 2026, 2027, 2028]
    assert marked_span(years, ["X", "X", "", ""]) == (2025, 2026)
    assert marked_span(years, ["", "", "x", ""]) == (2027, 2027)
    assert marked_span(years, ["2 500", "18 000", "12 000", ""]) == (2025, 2027)
    assert marked_span(years, ["X", "", "X", ""]) == (2025, 2027)  # a gap: still due by the last
    assert marked_span(years, ["", "0", "", ""]) is None
    assert marked_span(years, ["", "", "", ""]) is None


def test_one_year_in_a_header_is_no_year_column():
    assert year_columns(["Tiltak", "Ansvar", "2025"]) == {}


def test_a_measure_table_with_year_columns_gives_deadlines():
    plan = _plan(_table(["Tiltak", "Ansvar", "2025", "2026", "2027"],
                        [["Innføre felles plan for språkarbeid", "Rektor", "X", "X", ""],
                         ["Revidere rutinene for meldinger", "Barnevernleder", "", "", ""]]))
    got = {m.text: (m.deadline.text if m.deadline else None) for m in plan.measures}
    # due by the end of the last marked year, as printed in its column's head; it starts in the first
    assert got == {"Innføre felles plan for språkarbeid": "2026", "Revidere rutinene for meldinger": None}
    first = plan.measures[0].deadline
    assert (first.start, first.end) == (dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    assert all(m.has_deadline_column for m in plan.measures)


def test_amounts_under_year_columns_give_the_last_year_and_start_in_the_first():
    plan = _plan(_table(["Tiltak", "Ansvar", "2025", "2026", "2027", "2028"],
                        [["Ansette en rådgiver for frivillighet", "Leder", "", "450", "450", "450"],
                         ["Kjøpe inn nye lesebrett", "Leder", "0", "", "", ""]]))
    got = {m.text: m.deadline for m in plan.measures}
    assert got["Ansette en rådgiver for frivillighet"].text == "2028"
    assert got["Ansette en rådgiver for frivillighet"].start == dt.date(2026, 1, 1)
    assert got["Kjøpe inn nye lesebrett"] is None  # a zero marks no year


def test_a_column_of_dates_under_an_unknown_header_is_the_deadline_column():
    t = _table(["Tiltak", "Ansvarlig", "Tidsvindu", "Merknad"],
               [["A", "B", "2025–2026", "Pågår"], ["C", "D", "Innen 31.12.2025", "Ikke startet"],
                ["E", "F", "2026", "Pågår"], ["G", "H", "Løpende", "Pågår"]])
    assert deadline_by_content(t, ["measure", "owner", None, None]) == ["measure", "owner", "deadline", None]


def test_a_column_of_status_words_is_no_deadline_column():
    t = _table(["Tiltak", "Ansvarlig", "Fremdrift"],
               [["A", "B", "Pågår"], ["C", "D", "Pågår"], ["E", "F", "Løpende"]])
    assert deadline_by_content(t, ["measure", "owner", None]) == ["measure", "owner", None]


def test_a_header_shown_to_be_a_deadline_column_holds_in_the_next_table():
    first = _table(["Tiltak", "Ansvarlig", "Tidsvindu"],
                   [["Etablere ladestasjoner", "Teknisk", "2025–2026"], ["Innføre krav", "Innkjøp", "2025"],
                    ["Kartlegge utslipp", "Landbruk", "2026"]])
    second = _table(["Tiltak", "Ansvarlig", "Tidsvindu"],
                    [["Tilby energirådgivning", "Klima", "Hver vår og høst"], ["Informere om tilskudd", "Alle", "Løpende"],
                     ["Arrangere klimafrokost", "Næring", "2026"]])
    plan = _plan(first, second)
    assert {m.text: m.deadline.text for m in plan.measures if m.deadline}["Tilby energirådgivning"] == "Hver vår og høst"


def test_a_compound_header_word_takes_the_role_of_the_word_it_ends_in():
    assert column_role("Investeringstiltak") == "measure"
    assert column_role("Driftskostnad") == "cost"
    assert column_role("Merknad") is None
    assert column_role("Medansvar") is None  # a partner beside "Hovedansvar", not a second owner


def test_group_rows_that_name_no_declared_goal_by_words_take_the_chapter_goals_in_order():
    from plancheck.extract.link import link_plan
    from plancheck.models import Goal, GoalKind, Measure, Plan, Section, SourceInfo

    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
                sections=[Section(id="s1", title="Indsatsområde 1", level=1, page=1)])
    plan.goals = [Goal(id="goal-1", text="Flere børn skal have en sund vægt og være aktive.", kind=GoalKind.goal, page=1, section_id="s1"),
                  Goal(id="goal-2", text="Færre unge skal ryge eller bruge nikotin.", kind=GoalKind.goal, page=1, section_id="s1")]
    plan.measures = [Measure(id=f"measure-{i}", text=t, page=1, section_id="s1", table_goal_text=g)
                     for i, (t, g) in enumerate([("Indføre bevægelse i skoledagen", "Mål: Bevægelse hver dag"),
                                                 ("Gennemføre en kampagne mod snus", "Mål: Røgfri ungdom")], start=1)]
    link_plan(plan, Document(path="x.pdf", page_count=1))
    assert [m.goal_ids for m in plan.measures] == [["goal-1"], ["goal-2"]]
    assert len(plan.goals) == 2


def test_a_coordinated_complement_after_a_preposition_stays_in_the_owner():
    from plancheck.lang.owners import split_owners

    assert [o.text for o in split_owners("Center for Sundhed og Omsorg", lang="da")] == ["Center for Sundhed og Omsorg"]
    assert [o.text for o in split_owners("Enhet for kultur og Frivilligsentralen", lang="nb")] == ["Enhet for kultur", "Frivilligsentralen"]
    assert [o.text for o in split_owners("Rådgiver oppvekst og PPT", lang="nb")] == ["Rådgiver oppvekst", "PPT"]


def test_a_goal_cell_listing_two_numbers_links_both_goals():
    from plancheck.extract.link import listed_goals
    from plancheck.models import Goal, GoalKind

    goals = [Goal(id=f"goal-{n}", text=f"Mål nummer {n} ska nås.", number=str(n), kind=GoalKind.goal, page=1) for n in (1, 2, 3)]
    assert [g.id for g in listed_goals("Mål 1, 2", goals)] == ["goal-1", "goal-2"]
    assert [g.id for g in listed_goals("1 og 3", goals)] == ["goal-1", "goal-3"]
    assert listed_goals("Mål 2", goals) == []
    assert listed_goals("Mål 1, 7", goals) == []


def test_a_list_after_a_lead_in_quoting_other_bodies_goals_is_not_this_plans_goals():
    from plancheck.models import Block, BlockKind

    blocks = [Block(id="", kind=BlockKind.heading, text="Bakgrund", level=1),
              Block(id="", kind=BlockKind.paragraph, text="Arbetet utgår från de globala målen i Agenda 2030. Särskilt viktiga är:"),
              Block(id="", kind=BlockKind.list_item, text="Mål 7 Hållbar energi för alla – Säkerställa tillgång till energi.", level=0, bullet="•"),
              Block(id="", kind=BlockKind.heading, text="Mål för planperioden", level=1),
              Block(id="", kind=BlockKind.paragraph, text="Mål 1: Utsläppen ska minska med 60 procent till 2030.")]
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    plan = build_plan(doc, lang="sv", model=None)
    assert [g.text for g in plan.goals] == ["Utsläppen ska minska med 60 procent till 2030."]


def test_a_row_written_one_column_left_of_the_actions_is_their_strategy():
    plan = _plan(_table(["", "Actions", "Lead", "Target"],
                        [["Use less energy in our buildings", "", "", "20 % less by 2030"],
                         ["", "Retrofit city buildings with LED lighting", "ORS", ""],
                         ["", "Adopt a building energy code", "Safety and Permits", ""],
                         ["Generate more clean energy locally", "", "", "255 MW"],
                         ["", "Install solar on city property", "Property Management", ""]]))
    strategies = {s.id: s.text for s in plan.strategies}
    assert sorted(strategies.values()) == ["Generate more clean energy locally", "Use less energy in our buildings"]
    got = {m.text: [strategies[i] for i in m.strategy_ids] for m in plan.measures}
    assert got["Adopt a building energy code"] == ["Use less energy in our buildings"]
    assert got["Install solar on city property"] == ["Generate more clean energy locally"]


def test_a_table_without_owners_that_repeats_the_actions_read_before_adds_nothing():
    chart = _table(["Tiltak", "Ansvarlig"], [["Etablere ladestasjoner ved rådhuset", "Teknisk"],
                                             ["Innføre krav om fossilfrie byggeplasser", "Innkjøp"]])
    kpis = _table(["Tiltak", "Indikator"], [["Etablere ladestasjoner ved rådhuset", "Antall ladepunkter"],
                                            ["Innføre krav om fossilfrie byggeplasser", "Andel prosjekter"]])
    assert len(_plan(chart, kpis).measures) == 2


def _walk(blocks: list, lang: str = "nb"):
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


def test_what_we_commit_to_after_a_goal_label_is_measures_but_what_a_plan_shall_hold_is_not():
    def page(lead: str) -> list:
        return [Block(id="", kind=BlockKind.heading, text="Trygg oppvekst", level=1),
                Block(id="", kind=BlockKind.paragraph, text="Målet vårt: Alle barn skal føle seg trygge."),
                Block(id="", kind=BlockKind.paragraph, text=lead),
                Block(id="", kind=BlockKind.list_item, text="Innføre en felles plan mot mobbing", level=0, bullet="•"),
                Block(id="", kind=BlockKind.list_item, text="Opprette et oppvekstteam i kommunen", level=0, bullet="•"),
                # a verb the lexicon does not list: the bullets beside it say it is an action
                Block(id="", kind=BlockKind.list_item, text="Rigge alle tilbudene i én oversikt", level=0, bullet="•")]

    ours = _walk(page("Dette skal vi gjøre:"))
    assert [g.text for g in ours.goals] == ["Alle barn skal føle seg trygge."]
    assert [m.text for m in ours.measures] == ["Innføre en felles plan mot mobbing", "Opprette et oppvekstteam i kommunen",
                                               "Rigge alle tilbudene i én oversikt"]
    assert _walk(page("Den nye planen skal:")).measures == []


def test_an_empty_goal_cell_under_a_filled_one_is_the_same_goal_merged_down():
    # an unruled table prints a goal spanning several rows once, at its top
    plan = _plan(_table(["Mål", "Tiltak", "Ansvar", "Frist"],
                        [["Alle barn skal ha et godt fritidstilbud", "Etablere møteplasser for frivillige", "Kulturenheten", "2025"],
                         ["", "Utvide tilbudet om sommerjobb", "NAV", "2026"],
                         ["Eldre skal bo trygt hjemme", "Opprette et tverrfaglig team", "Tildelingskontoret", "2025"],
                         ["", "Kartlegge boliger som egner seg for eldre", "Eiendom", "2027"]]))
    got = {m.text: m.table_goal_text for m in plan.measures}
    assert got == {"Etablere møteplasser for frivillige": "Alle barn skal ha et godt fritidstilbud",
                   "Utvide tilbudet om sommerjobb": "Alle barn skal ha et godt fritidstilbud",
                   "Opprette et tverrfaglig team": "Eldre skal bo trygt hjemme",
                   "Kartlegge boliger som egner seg for eldre": "Eldre skal bo trygt hjemme"}


def test_a_due_sentence_in_a_cell_no_role_names_dates_the_action():
    from plancheck.lang.deadlines import due_by_when

    assert due_by_when("This step is urgent and must be completed by June 2026. Then report.") == "by June 2026"
    assert due_by_when("Tiltaket skal være gjennomført innen 2027.") == "innen 2027"
    # a bare by-phrase (often when an outcome is to be reached) is not a due sentence
    assert due_by_when("Help the utility reach 40 % solar by 2035.") == ""
    plan = _plan(_table(["Tiltak", "Merknad"],
                        [["Innføre felles plan for språkarbeid", "Viktig. Planen skal være ferdig innen 2026."],
                         ["Revidere rutinene for meldinger", "Ansatte skal nå målet innen 2030."]]))
    got = {m.text: (m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {"Innføre felles plan for språkarbeid": "innen 2026", "Revidere rutinene for meldinger": None}


def test_years_under_a_spanning_deadline_word_are_period_columns():
    # "2026 (Tidsplan)": the layout writes the spanning cell's text after each year; the first
    # year is no deadline column whose text (an X) is the date
    plan = _plan(_table(["Tiltak", "Ansvar", "2025 (Tidsplan)", "2026 (Tidsplan)", "2027 (Tidsplan)"],
                        [["Innføre felles plan for språkarbeid", "Rektor", "X", "X", ""],
                         ["Revidere rutinene for meldinger", "Barnevernleder", "", "", "X"]]))
    got = {m.text: (m.deadline.text if m.deadline else None) for m in plan.measures}
    # (a marked row is due by its last marked year: docs/gold-format.md)
    assert got == {"Innføre felles plan for språkarbeid": "2026", "Revidere rutinene for meldinger": "2027"}


def test_horizon_columns_of_every_nordic_language_take_their_marks():
    for words in (["Kort sigt", "Mellemlang sigt", "Lang sigt"], ["Kort sikt", "Medellång sikt", "Lång sikt"]):
        plan = _plan(_table(["Tiltak", "Ansvar", *words],
                            [["Innføre felles plan for språkarbeid", "Rektor", "", "X", ""]]))
        assert [m.deadline.text if m.deadline else None for m in plan.measures] == [words[1]]


def test_an_english_horizon_header_mended_into_one_word_takes_its_marks_as_two_words():
    # a header cell too narrow for "Long term" is set over two lines; mended, they may be one word
    plan = _plan(_table(["Action", "Lead", "Shortterm", "Medium term", "Longterm"],
                        [["Plant trees along the river path", "Parks Office", "", "", "X"],
                         ["Open a youth club in the old school", "Youth Services", "X", "", ""]]))
    assert [m.deadline.text if m.deadline else None for m in plan.measures] == ["Long term", "Short term"]


def test_horizon_adjectives_with_their_years_under_a_spanning_head_take_their_marks():
    # "Tidshorisont" spanning "Kortsigtet (2026–2027) | Langsigtet (2028–2030)": the readers write the
    # spanning cell's name in brackets after each column's own; the years stay in the deadline
    heads = ["Kortsigtet (2026–2027) (Tidshorisont)", "Langsigtet (2028–2030) (Tidshorisont)"]
    plan = _plan(_table(["Indsats", "Ansvarlig", *heads],
                        [["Kortlægge risikoen for oversvømmelse", "Natur og Miljø", "●", ""],
                         ["Forhøje diget ved stranden", "Vej og Park", "", "●"]]))
    assert [m.deadline.text if m.deadline else None for m in plan.measures] == [
        "Kortsigtet (2026–2027)", "Langsigtet (2028–2030)"]
    plan = _plan(_table(["Tiltak", "Ansvar", "Kortsiktig", "Langsiktig"],
                        [["Innføre felles plan for språkarbeid", "Rektor", "X", ""]]))
    assert [m.deadline.text for m in plan.measures] == ["Kortsiktig"]


def test_a_row_marking_two_horizons_is_due_by_the_last():
    plan = _plan(_table(["Tiltak", "Ansvar", "Kort sikt", "Lang sikt"],
                        [["Etablere pumper ved de laveste boligområdene", "Teknisk drift", "X", "X"]]))
    assert [m.deadline.text for m in plan.measures] == ["Lang sikt"]
