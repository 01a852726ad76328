"""Forms of session 44 (older batches' misses and blind batch 49), made general, on hand-built
inputs with invented wording: a part of the plan asked in other words ("en tiltaksdel der hvert
tiltak har ansvarlig enhet"), an owner or a deadline asked for every measure, the adverbials that
count a mandate's sentences off, a process point with nothing but its date to find, a table whose
first column numbers its rows (a decision log, a price schedule), and a council motion's
"resolves to:" over the commitments a child plan follows up."""

from __future__ import annotations

import pytest

from plancheck.mandate import match as M
from plancheck.mandate import points as P
from plancheck.mandate import text as T
from plancheck.mandate.goalforms import intent_lead_in, resolving_lead_in
from plancheck.models import (
    Deadline,
    MandatePoint,
    Measure,
    Owner,
    Passage,
    Plan,
    Section,
    SourceInfo,
)

SRC = SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1)


def _point(text: str, kind: str = "content", process: bool = False) -> MandatePoint:
    return MandatePoint(id="m1", number="1", text=text, kind=kind, process=process)


def _concerns(text: str, lang: str = "nb", **kw) -> list[M.Concern]:
    return M._concerns_of(_point(text, **kw), lang, M.DEFAULT_SETTINGS)[0]


# ----------------------------------------------------------------- a part of the plan asked


@pytest.mark.parametrize(
    "word, lang, names",
    [
        ("tiltaksliste", "nb", True),  # the measures as a list
        ("tiltaksdel", "nb", True),  # a compound the splitter leaves whole
        ("enhet", "nb", True),  # "ansvarlig enhet": the owner, framed
        ("angivelse", "da", True),
        ("brannstasjon", "nb", False),
        ("tiltak", "nb", False),  # a part's own word, not a frame of it
    ],
)
def test_a_compound_naming_a_part_laid_out_and_a_frame_word_name_the_part(word, lang, names):
    (term,) = T.terms(word, lang)
    assert T.names_part(term) is names


def test_a_part_asked_in_other_words_is_answered_by_the_part_not_by_words():
    concerns = _concerns("En tiltaksoversikt der hvert tiltak har ansvarlig enhet og tidsfrist.")
    assert concerns and all(c.structural for c in concerns)
    assert {p for c in concerns for p in c.structural} >= {"measures", "owners", "deadlines"}
    # with the switch off, the frame words are words to find again
    off = M._concerns_of(
        _point("En tiltaksoversikt der hvert tiltak har ansvarlig enhet og tidsfrist."),
        "nb",
        M.MatchSettings(part_compounds=False),
    )[0]
    assert any(not c.structural for c in off)


def test_timescales_name_the_measures_deadlines():
    concerns = _concerns("include a programme of actions with lead officers and timescales", "en", kind="deliverable")
    assert "deadlines" in {p for c in concerns for p in c.structural}


def _plan_with_rows(deadlines: list[str | None]) -> Plan:
    measures = [
        Measure(
            id=f"m{k}",
            text=f"Tiltak nummer {k} for badeplassene",
            owners=[Owner(text="Teknisk drift")],
            owner_text="Teknisk drift",
            has_owner_column=True,
            has_deadline_column=True,
            deadline=Deadline(text=d, kind="date") if d else None,
        )
        for k, d in enumerate(deadlines, start=1)
    ]
    return Plan(source=SRC, measures=measures)


def test_a_deadline_asked_for_every_measure_is_answered_only_when_every_row_has_one():
    full = _plan_with_rows(["2031", "2032", "2033"])
    gap = _plan_with_rows(["2031", None, "2033"])
    assert M._structural_check(full, ["deadlines"], each=True)[0]
    assert not M._structural_check(gap, ["deadlines"], each=True)[0]
    # asked of the plan as a whole, one dated row is enough
    assert M._structural_check(gap, ["deadlines"], each=False)[0]
    concerns = _concerns("Planen skal ha en tiltakstabell med ansvar og frist for hvert tiltak.", kind="deliverable")
    assert any(c.each and "deadlines" in c.structural for c in concerns)
    assert not any(c.each for c in _concerns("Planen skal ha en tiltakstabell med ansvar og frister.", kind="deliverable"))


@pytest.mark.parametrize(
    "text, lang, gone",
    [
        ("For det andre skal planen vise hvor mange plasser hvert sykehjem har.", "nb", "andre"),
        ("Til slutt skal planen ha en oversikt over brannkummene.", "nb", "slutt"),
        ("Secondly, the strategy should map the public benches.", "en", "secondly"),
        ("Slutligen ska planen beskriva vinterväghållningen.", "sv", "slutligen"),
    ],
)
def test_the_adverbials_counting_a_mandates_sentences_are_no_words_to_find(text, lang, gone):
    words = {t.surface.lower() for c in _concerns(text, lang) for t in c.terms}
    assert gone not in words and words


# ----------------------------------------------------------------- a date only


def test_a_process_point_with_nothing_but_its_date_is_answered_by_the_step_dated_by_then():
    point = _point("Kulturplanen skal vere vedteken før sommaren 2031.", kind="process", process=True)
    plan = Plan(
        source=SRC,
        language="nn",
        sections=[Section(id="s1", title="Korleis planen vart til", level=1, page=1)],
        passages=[
            Passage(id="p1", kind="paragraph", text="Arbeidsgruppa hadde sitt første møte i oktober 2030.",
                    page=1, section_id="s1"),
            Passage(id="p2", kind="paragraph", text="Planen blir lagd fram for kommunestyret 9. juni 2031.",
                    page=1, section_id="s1"),
        ],
    )
    (c,) = M.assess_points(plan, [point], "nn")
    assert getattr(c.status, "value", c.status) == "covered"
    # the step's own sentence is the evidence, not the first meeting before it
    assert c.evidence and "kommunestyret" in (c.evidence[0].quote or "")
    late = plan.model_copy(
        update={"passages": [plan.passages[0].model_copy(update={"text": "Planen blir lagd fram for kommunestyret i september 2031."})]}
    )
    (c,) = M.assess_points(late, [point], "nn")
    assert getattr(c.status, "value", c.status) != "covered"


# ----------------------------------------------------------------- numbered tables


def test_a_decision_logs_rows_that_ask_are_points_without_their_date_and_reporter():
    rows = [
        ["Nr", "Datum", "Ansvarig", "Beslut", "Status"],
        ["D1", "2031-02-03", "Styrgruppen", "att godkänna tidplanen för arbetet", ""],
        ["D2", "2031-02-03", "Utredaren", "att planen ska visa hur många laddplatser som behövs vid skolorna", ""],
        ["D3", "2031-03-10", "Sekreteraren", "att mötena hålls på torsdagar", ""],
        ["D4", "2031-03-10", "Utredaren", "att planen ska föreslå var nya laddplatser placeras", ""],
    ]
    lines = P._numbered_rows(rows, 1)
    assert [ln.text for ln in lines] == [
        "D2) att planen ska visa hur många laddplatser som behövs vid skolorna",
        "D4) att planen ska föreslå var nya laddplatser placeras",
    ]


def test_a_price_schedules_deliverables_are_points_without_unit_quantity_and_price():
    rows = [
        ["Post", "Leveranse", "Eining", "Mengd", "Pris (kr)", "Sum (kr)"],
        ["1", "Kartlegging av alle bruer med bilete og tilstandsgrad", "stk", "14", "2 000", "28 000"],
        ["2", "Rapport med tilrådde tiltak og kostnadsoverslag", "RS", "1", "30 000", "30 000"],
        ["", "Sum eks. mva.", "", "", "", "58 000"],
    ]
    assert [ln.text for ln in P._numbered_rows(rows, 1)] == [
        "1. Kartlegging av alle bruer med bilete og tilstandsgrad",
        "2. Rapport med tilrådde tiltak og kostnadsoverslag",
    ]
    # a table whose first column holds no numbers is none of these
    assert P._numbered_rows([["Tema", "Beskrivelse", "Ansvar"], ["Veg", "Kartlegge vegane", "Teknisk"],
                             ["Bru", "Kartlegge bruene", "Teknisk"]], 1) == []


def test_a_header_of_short_cells_set_apart_opens_a_numbered_table_drawn_without_rules():
    def word(text, x0, size=10.0):
        return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "size": size, "top": 100.0, "bottom": 110.0}

    header = [word("Nr", 50), word("Dato", 90), word("Ansvar", 170), word("Vedtak", 260)]
    sentence = [word("Nr.", 50), word("3", 70), word("i", 80), word("saka", 88)]
    assert P._header_row_of_cells(header, P.POINT_SETTINGS)
    assert not P._header_row_of_cells(sentence, P.POINT_SETTINGS)


# ----------------------------------------------------------------- the rød tråd


@pytest.mark.parametrize(
    "line, resolving",
    [
        ("Council therefore resolves to:", True),
        ("The council resolves to:", True),
        ("Kommunestyret vedtar å:", True),
        ("Fullmäktige beslutar att:", True),
        ("Kommunestyret vedtar:", False),  # the decision's own points, no commitments
        ("Council resolves that the budget be approved.", False),
    ],
)
def test_a_motions_resolves_to_is_a_lead_in_of_commitments(line, resolving):
    assert resolving_lead_in(line) is resolving
    assert intent_lead_in(line) is resolving or not resolving


# ----------------------------------------------------------------- more mandate forms


@pytest.mark.parametrize(
    "text, kind",
    [
        ("att planförslaget ska lämnas till socialnämnden senast den 1 mars 2032", "process"),
        ("Utkastet skal leverast til formannskapet innan 1. oktober 2031.", "process"),
        ("The draft strategy must be submitted to the Cabinet by 30 June 2031.", "process"),
        # the plan's measures delivered by a date are its content, not a step of its making
        ("Planen skal beskrive hvordan tiltakene leveres innen 2030.", "content"),
    ],
)
def test_the_plan_handed_over_in_the_passive_by_a_date_is_a_step_of_the_process(text, kind):
    assert P.point_kind(text) == kind


def test_a_point_rewording_an_earlier_one_by_its_number_replaces_it():
    found = [
        P._RawPoint("K1", "code", "att planen ska visa alla lekplatser", 1, 0.0, []),
        P._RawPoint("K2", "code", "att planen ska visa bullret vid skolorna de senaste två åren", 1, 0.0, []),
        P._RawPoint("K3", "code", "att K2 ändras så att planen ska visa bullret vid skolorna de senaste fem åren", 1, 0.0, []),
    ]
    out = P.amended_points(found)
    assert [(p.label, p.text) for p in out] == [
        ("K1", "att planen ska visa alla lekplatser"),
        ("K3", "planen ska visa bullret vid skolorna de senaste fem åren"),
    ]
    # a point naming a later number, or a number the list does not hold, changes nothing
    odd = P._RawPoint("K2", "code", "att K7 ändras så att planen ska visa X", 1, 0.0, [])
    assert P.amended_points([found[0], odd])[1].text.startswith("att K7")


def test_an_item_that_only_opens_a_question_is_joined_to_the_next():
    assert P.split_concerns("describe how and when the parks will be inspected")[1] == [
        "how and when the parks will be inspected"
    ]
    assert P.split_concerns("explain how and when the depots will be inspected")[1] == [
        "explain how and when the depots will be inspected"
    ]
    # question words listed under a head ("herunder hvor og hvornår") stay items of their own
    assert P.split_concerns("foreslå regler for brugen af parkerne, herunder hvor og hvornår der må grilles")[1] == [
        "hvor", "hvornår der må grilles"
    ]
    # coordinated question words are no coordinated bodies of a process step
    assert M.coordinated_subject("explain how and when the depots will be inspected", 6) == []
    assert M.coordinated_subject("Ungdomsrådet og eldrerådet skal høres før planen vedtas", 6) == [
        "Ungdomsrådet", "eldrerådet",
    ]


def test_a_matter_left_to_a_new_agreement_is_put_off():
    assert M._deferral_re().search("Fordelingen af udgifterne beskrives i den nye aftale med foreningerne.")
    assert not M._deferral_re().search("Aftalen med foreningerne blev underskrevet i marts.")
