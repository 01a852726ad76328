"""Forms of session 43 (older batches' misses and blind batch 48), made general, on hand-built
inputs with invented wording: mandate points after a relative lead-in "which should include:",
lettered points run into the sentence after a modal, a row of a table of plans as the mandate,
recommendations a decision takes by their numbers, a meeting's programme by the clock, the
requirements of one paragraph set apart, a reason that asks nothing, a body named in a point about
the service, a "when" asked, a footnote mark glued to a word; and on the plan side a Word form
field's prompt, a translated summary, priorities cited by number in a sorted table, a count of
goals, a key-figures box, a scan's table in small type, and an owner cell split by the owners
the plan names alone."""

from __future__ import annotations

import pytest

from plancheck.drafts import leftovers_in
from plancheck.extract.placeholders import clear_field_prompts, is_field_prompt
from plancheck.extract.plan import counts_goals, figure_fact
from plancheck.extract.summaries import drop_translated_sections
from plancheck.extract.tables import cited_goal_roles
from plancheck.lang.owners import split_by_owners_seen_alone, split_owners
from plancheck.layout.lines import Line, Word
from plancheck.layout.tables import _wrapped_record_limit
from plancheck.mandate import match as M
from plancheck.mandate import points as P
from plancheck.models import Cell, Deadline, Goal, Measure, Passage, Plan, Section, SourceInfo

SRC = SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1)

# ----------------------------------------------------------------- mandate points


def test_sub_points_after_a_relative_lead_in_are_points_and_the_lead_asks_by_itself():
    text = (
        "1. Within six weeks, to draw up a recovery programme approved by the panel, which must "
        "include as a minimum:\n"
        "(a) a schedule for clearing the backlog of repair requests in the council's depots;\n"
        "(b) a review of the contracts for grounds maintenance and street cleaning;\n"
        "(c) a training plan for the staff who inspect the play areas each month."
    )
    points = P.find_points(text.splitlines())
    numbers = [p.number for p in points]
    assert numbers == ["1", "a", "b", "c"]
    assert points[0].text.startswith("Within six weeks") and "which must" not in points[0].text
    # the bare order to make the plan is the mandate, no point of it
    assert P.relative_contains_lead("That officers prepare a tree strategy, which should contain:") == (
        "That officers prepare a tree strategy"
    )
    assert P.relative_contains_lead("Utarbeide ein plan for bruene, som mellom anna skal innehalde:") == (
        "Utarbeide ein plan for bruene"
    )
    assert P.relative_contains_lead("Planen skal inneholde:") is None


def test_lettered_points_run_into_the_sentence_after_a_modal_are_points_whatever_their_verbs():
    text = (
        "Kommunestyret bed om ein plan for kaiane. Planen skal a. syne tilstanden på kvar kai, "
        "b. rangere kaiane etter bruken, c. ha ein tiltaksdel for fem år og d. tilrå kven som "
        "skal drifte gjestehamna."
    )
    points = P.find_points([text])
    assert [p.number for p in points] == ["a", "b", "c", "d"]
    assert points[2].text == "ha ein tiltaksdel for fem år"


def test_a_row_of_a_table_of_plans_is_the_mandate_of_the_plan_it_names():
    rows = [
        ["Plan", "Vedteken", "Rullerast", "Behov", "Ansvar"],
        ["Kommuneplanens arealdel", "2031", "2034", "Nye bustadfelt; strandsona", "Plan"],
        ["Trafikktryggingsplan", "2029", "2033", "Ny skuleveg til Nordbø; fartsdempande tiltak; "
         "gangfelt ved idrettshallen", "Teknisk"],
        ["Kulturplan", "2030", "Ikkje", "–", "Kultur"],
    ]
    assert P.plan_list_rows(rows)[1] == (
        "Trafikktryggingsplan", "Ny skuleveg til Nordbø; fartsdempande tiltak; gangfelt ved idrettshallen"
    )
    lines = P._table_lines(rows, 1)
    found = [P._RawPoint("-", "bullet", ln.text[2:], 1, 0.0, [], plan_named=ln.plan_named) for ln in lines]
    picked = P.planned_rows(found, "Trafikktryggingsplan for Eikevåg kommune 2034–2037")
    assert [(p.label, p.text) for p in picked] == [
        ("1", "Ny skuleveg til Nordbø"), ("2", "fartsdempande tiltak"), ("3", "gangfelt ved idrettshallen")
    ]
    # no row names the plan: every row stays, as before
    assert P.planned_rows(found, "Bustadsosial plan") == found
    assert P.plan_list_rows([["Tiltak", "Ansvar", "Frist"], ["a", "b", "c"], ["d", "e", "f"]]) == []


def test_recommendations_a_decision_takes_by_number_are_the_points():
    lines = [
        "Forslag 1 · Lys i parkene",
        "Alle parker skal ha lys langs stiene.",
        "Begrundelse: Mange føler seg utrygge.",
        "Forslag 2 · Benker",
        "Det skal stå en benk for hver 200 meter langs elva.",
        "Forslag 3 · Toaletter",
        "Parkene skal ha åpne toaletter hele året.",
        "Byrådet besluttet,",
        "– at forslag 1 og 3 innarbeides i parkplanen,",
        "– at forslag 2 oversendes budsjettarbeidet,",
        "– at parkplanen legges fram for byrådet innen 1. mai 2051.",
    ]
    points = P.find_points(lines)
    texts = [p.text for p in points]
    assert texts[:2] == ["Alle parker skal ha lys langs stiene.", "Parkene skal ha åpne toaletter hele året."]
    assert [p.number for p in points[:2]] == ["1", "3"]
    assert not any("oversendes" in t or "innarbeides" in t for t in texts)
    assert any("legges fram for byrådet" in t for t in texts)
    assert len({p.number for p in points}) == len(points)  # the bullets after it go on from 4


def test_a_meeting_programme_by_the_clock_is_no_list_of_points():
    run = [P._RawPoint(t, "number", "x", 1, 0.0, []) for t in ("9.00", "9.15", "10.30", "11.00")]
    assert P.clock_run(run)
    decimal = [P._RawPoint(t, "number", "x", 1, 0.0, []) for t in ("2.1", "2.2", "2.3")]
    assert not P.clock_run(decimal)


def test_the_requirements_of_one_paragraph_are_set_apart_and_advice_stays():
    p = P._RawPoint(
        "-", "bullet",
        "Planen skal lagast saman med grannekommunane. Planen skal vere vedteken innan 1. mars 2052. "
        "Fylket rår til at kommunen nyttar rettleiaren.",
        1, 0.0, [],
    )
    out = P.requirements_apart([p])
    assert [x.text for x in out] == [
        "Planen skal lagast saman med grannekommunane.", "Planen skal vere vedteken innan 1. mars 2052."
    ]


def test_a_sentence_giving_the_reason_asks_nothing():
    lines = [
        P.Line("Prosess", 1, 0.0, None, True, True, True),
        P.Line("Detaljplanen ska handläggas med standardförfarande. Det beror på att planen kan antas "
               "stämma med översiktsplanen.", 1, 0.0, None, False, False, True),
    ]
    found = P.prose_requirements(lines, [])
    assert [p.text for p in found] == ["Detaljplanen ska handläggas med standardförfarande."]


def test_a_body_named_as_partner_or_subject_of_the_service_makes_no_process_point():
    assert not P.is_process("Vurdere ein felles legevakt i samarbeid med grannekommunane")
    assert not P.is_process("Bystyret ber kommunedirektøren beskrive hvordan kontrollutvalget følger opp selskapene")
    assert P.is_process("Legge planforslaget fram for formannskapet innen 1. mai")
    assert P.is_process("Involvere eldrerådet i planarbeidet")
    assert P.is_process("report progress to the Scrutiny Committee every quarter")


def test_a_footnote_mark_glued_to_a_word_is_taken_off():
    row = [
        {"text": "Act", "x0": 10.0, "x1": 28.0, "top": 100.0, "bottom": 112.0, "size": 12.0},
        {"text": "2031", "x0": 31.0, "x1": 55.0, "top": 100.0, "bottom": 112.0, "size": 12.0},
        {"text": "3", "x0": 55.2, "x1": 59.0, "top": 98.0, "bottom": 105.0, "size": 7.0},
    ]
    assert [w["text"] for w in P.without_note_refs(row)] == ["Act", "2031"]
    level = [*row[:2], {**row[2], "top": 100.0, "bottom": 112.0, "size": 12.0}]
    assert len(P.without_note_refs(level)) == 3  # the same size on the baseline: a word


# ----------------------------------------------------------------- matching


def test_a_concern_asking_when_needs_a_time():
    assert M.when_asked("angi når ei ny pumpe skal vere i drift") == "når"
    assert M.when_asked("state when the depot will reopen") == "when"
    assert M.when_asked("tiltak mot flaum") == ""
    dated = M.Unit(id="p1", kind="passage", text="Pumpa blir sett i drift hausten 2052.", page=1, section_id=None)
    undated = M.Unit(id="p2", kind="passage", text="Ingen av stasjonane har ei ny pumpe i dag.", page=1, section_id=None)
    assert M.gives_time(dated) and not M.gives_time(undated)


# ----------------------------------------------------------------- plans


def test_a_form_fields_prompt_is_no_owner_and_no_deadline_but_a_leftover():
    assert is_field_prompt("Velg et element.") and is_field_prompt("Click or tap to enter a date")
    assert not is_field_prompt("Velg et tema for samlingen")
    m = Measure(id="measure-1", text="Kartlegge tilgangene", owner_text="Choose an item.",
                deadline=Deadline(text="Klikk eller trykk for å skrive inn en dato.", kind="none"))
    plan = Plan(source=SRC, measures=[m])
    clear_field_prompts(plan)
    assert m.owners == [] and m.owner_text == "Choose an item." and m.deadline is None
    found = leftovers_in("Kontaktperson: Klicka eller tryck här för att ange text.")
    assert [f[2] for f in found] == ["Klicka eller tryck här för att ange text."]


def test_notes_to_update_or_check_are_leftovers_whatever_year_they_name():
    assert leftovers_in("Tala for 2052 (Per: oppdater før møtet) viser nedgang.")
    assert leftovers_in("Källa: SCB [kontrollera uppgifterna för 2051 med länet]")
    assert not leftovers_in("Tabellen (årlige kontroller 2051) viser nedgang.")


def test_a_summary_in_english_is_the_plans_items_again():
    plan = Plan(source=SRC, language="nn")
    plan.sections = [Section(id="s1", title="Mål og tiltak", level=1), Section(id="s2", title="Summary in English", level=1)]
    plan.goals = [
        Goal(id="goal-1", text="Fleire skal bu i sentrum.", section_id="s1"),
        Goal(id="goal-2", text="More people will live in the town centre.", section_id="s2"),
    ]
    nordic = Passage(id="p0", kind="paragraph", section_id="s1", text=(
        "Planen viser korleis kommunen skal arbeide for eit levande sentrum dei neste fire åra. Han byggjer på "
        "innspel frå innbyggjarane og frå næringslivet, og han skal rullerast kvart år saman med "
        "økonomiplanen. Tiltaka er ordna etter mål, og kvart tiltak har ein ansvarleg og ein frist. ") * 2)
    plan.passages = [nordic, Passage(id="p1", kind="paragraph", text=(
        "This is a short summary of the plan for readers who do not read Norwegian. The plan itself is "
        "the Norwegian text above, and this summary is for information only. The goals and the key "
        "actions of the plan are listed below with the unit that leads each of them."), section_id="s2")]
    english_only = plan.model_copy(deep=True)
    english_only.passages = english_only.passages[1:]
    drop_translated_sections(plan)
    assert [g.id for g in plan.goals] == ["goal-1"]
    # a document read as English through and through has no part that is a translation
    drop_translated_sections(english_only)
    assert len(english_only.goals) == 2
    # a Nordic card of short measures scores a little English, not beyond doubt
    short = Plan(source=SRC, language="da", sections=[Section(id="s1", title="MÅL 1", level=1)], goals=[
        Goal(id="goal-1", text="Maden skal have et lavere klimaaftryk to gange om ugen i kantinen og i de fire caféer "
             "i kommunens huse i hele perioden frem til udgangen af planperioden", section_id="s1")])
    drop_translated_sections(short)
    assert len(short.goals) == 1


def test_priorities_cited_by_number_and_name_are_the_rows_goals():
    rows = [[Cell(row=r, col=c, text=t) for c, t in enumerate(cells)] for r, cells in enumerate([
        ["A1", "Audit the vacant depots", "2 – Better buildings", "Estates"],
        ["A2", "Sell two surplus sites", "1 – Sound finances", "Finance"],
        ["A3", "Repair the roof of the pool", "2 – Better buildings", "Estates"],
    ])]
    roles = ["number", "measure", None, "owner"]
    assert cited_goal_roles(["Ref ⇅", "Action ⇅", "Priority ⇅", "Lead ⇅"], rows, roles)[2] == "goal"
    assert cited_goal_roles(["Ref", "Action", "Urgency", "Lead"], rows, roles)[2] is None


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Kommunen har tre mål for arbeidet med kollektivtrafikken.", True),
        ("The plan sets out four objectives.", True),
        ("Kommunen skal ha tre nye mål for kollektivtrafikken.", False),
        ("Fleire skal reise kollektivt.", False),
    ],
)
def test_a_sentence_counting_the_goals_is_no_goal(text, counts):
    assert counts_goals(text) is counts


@pytest.mark.parametrize(
    ("text", "fact"),
    [("3 200 innbyggere", True), ("14 bydeler", True), ("2 idrettshaller og 5 barnehager", True),
     ("40 prosent færre bilturer", False), ("1 200 nye boliger innen 2040", False), ("Trygge skoleveier", False)],
)
def test_a_key_figure_is_no_goal(text, fact):
    assert figure_fact(text) is fact


def _line(top: float, text: str, x0: float = 60.0, size: float = 7.0) -> Line:
    w = Word(text=text, x0=x0, x1=x0 + 5 * len(text), top=top, bottom=top + size, size=size)
    return Line(words=[w], text=text, x0=x0, x1=w.x1, top=top, bottom=top + size, size=size, page=1, bold=False)


def test_a_scans_small_type_still_tells_records_from_their_wrapped_lines():
    w = _line(0, "x").words[0]
    first = {0: [w], 1: [w]}
    wrap = {1: [w]}
    entries = [(_line(100, "1.1 x"), first), (_line(110.8, "y"), wrap), (_line(127.6, "1.2 x"), first),
               (_line(138.4, "y"), wrap), (_line(155.2, "1.3 x"), first)]
    limit = _wrapped_record_limit(entries)
    assert limit is not None and 3.8 < limit < 9.8
    # a wrapped line that fills the first column: the spacing says nothing, as before
    entries[1] = (entries[1][0], first)
    assert _wrapped_record_limit(entries) is None


def test_an_owner_cell_is_cut_where_the_plan_names_its_owners_alone():
    cells = [
        split_owners("Drift og vedlikehold", lang="nb"),
        split_owners("IKT", lang="nb"),
        split_owners("IKT og Drift og vedlikehold", lang="nb"),
    ]
    out = split_by_owners_seen_alone(cells, "nb")
    assert [o.text for o in out[2]] == ["IKT", "Drift og vedlikehold"]
