"""Goals and child measures found by their form (issue 11 part 4, session 34), on invented
examples: a list of verb phrases after a lead-in of intent ("We will:", "Bydelen skal:", "Vi
ska:", "Vi vil:") is a parent's goals when the plan states none in another form, and a child's
measures when it states no goal of its own; a labelled line of several goal sentences ("Delmål:
A skal … . B skal …") read as a one-row table gives one goal per sentence; a subject handed to
a risk analysis is handed on."""

from __future__ import annotations

from plancheck.extract.goalstatements import handed_on
from plancheck.mandate.goalforms import goal_column_goals, intent_lead_in, lead_in_items
from plancheck.mandate.parents import lead_in_goals, with_lead_in_measures
from plancheck.models import (
    Block,
    BlockKind,
    Document,
    Goal,
    Measure,
    Plan,
    Provenance,
    SourceInfo,
    Strategy,
)
from tests.conftest import table_of


def _doc(blocks: list[Block]) -> Document:
    from plancheck.ingest.sections import build_sections

    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    return Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))


def _plan(**items) -> Plan:
    return Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1), title="Plan", **items)


def _h(text: str, level: int = 2) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _li(text: str) -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, level=0)


def _themed(lead: str, themes: list[tuple[str, list[str]]], *, lead_heading: bool = False) -> Document:
    blocks = [_h("Plan 2030–2034", 1), _p("This plan sets out what the council will focus on over the next four years.")]
    for title, items in themes:
        blocks += [_h(title), _p("Why this matters: the background of the theme in one line.")]
        blocks.append(_h(lead, 4) if lead_heading else _p(lead))
        blocks += [_li(t) for t in items]
    return _doc(blocks)


def test_a_lead_in_of_intent_in_five_languages():
    for lead in ("We will:", "The council will:", "Bydelen skal:", "Vi vil:", "Vi ska:", "Regionen vil:", "Me skal:"):
        assert intent_lead_in(lead), lead
    # a lead-in of how, of measures, or a sentence is none
    for other in ("Slik jobber vi:", "Tiltak som skal gjennomføres:", "How we will know:", "We will:  deliver more"):
        assert not intent_lead_in(other), other


def test_verb_phrases_under_repeated_lead_ins_are_read_whatever_the_lead_ins_block():
    for heading in (False, True):
        doc = _themed(
            "We will:",
            [("Theme 1: Homes", ["Deliver 600 new affordable homes by 2033.", "End rough sleeping in the district."]),
             ("Theme 2: Clean and green", ["Make council homes warmer and cheaper to heat."])],
            lead_heading=heading,
        )
        assert [g.text for g in lead_in_items(doc)] == [
            "Deliver 600 new affordable homes by 2033.",
            "End rough sleeping in the district.",
            "Make council homes warmer and cheaper to heat.",
        ]


def test_one_lead_in_needs_a_list_of_several():
    two = _themed("Bydelen skal:", [("Innsatsområde 1", ["leggje til rette for at eldre kan bu heime", "rekruttere og halde på sjukepleiarar"])])
    assert lead_in_items(two) == []
    three = _themed(
        "Bydelen skal:",
        [("Innsatsområde 1", ["leggje til rette for at eldre kan bu heime", "rekruttere og halde på sjukepleiarar", "støtte pårørande som gjer mykje"])],
    )
    assert len(lead_in_items(three)) == 3


def test_a_how_lead_in_gives_no_goals():
    doc = _themed("Slik jobber vi:", [("Mål 1", ["samarbeide med frivillige lag"]), ("Mål 2", ["bruke skolene som møteplasser"])])
    assert lead_in_items(doc) == []


def test_the_lead_in_list_stands_in_only_for_running_text_statements():
    doc = _themed("Vi ska:", [("Fokusområde 1", ["ge alla barn en plats i förskola", "minska antalet unga som mobbas"]),
                              ("Fokusområde 2", ["höja andelen behöriga elever till gymnasiet"])])
    foreword = [("p2", "paragraph", "Planen visar vad kommunen ska göra de närmaste åren.", 1)]
    assert lead_in_goals(doc, foreword)[0].text == "ge alla barn en plats i förskola"
    # a goal stated as a list item or a labelled line is the plan's own form: kept
    assert lead_in_goals(doc, [("p9", "list_item", "Alla barn ska ha en plats i förskolan.", 1)]) == []
    assert lead_in_goals(doc, [("p9", "paragraph", "Mål: Alla barn ska ha en plats i förskolan.", 1)]) == []


def test_a_child_without_goals_has_its_lead_in_items_as_measures():
    doc = _doc([
        _h("Kommunedelplan for klima", 1), _h("Mobilitet"), _h("Regionen vil:", 4),
        _li("byggje gang- og sykkelveg mellom sentrum og skulen"), _li("setje opp ladepunkt for elbil ved rådhuset"),
        _h("Bygg"), _h("Regionen vil:", 4), _li("erstatte oljefyren ved sjukeheimen med varmepumpe"),
    ])
    child = _plan(
        measures=[Measure(id="measure-1", text="byggje gang- og sykkelveg mellom sentrum og skulen", page=1)],
        strategies=[Strategy(id="strategy-1", text="setje opp ladepunkt for elbil ved rådhuset", page=1)],
        goals=[Goal(id="p9", text="Klimatilpassing blir følgd opp i den heilskaplege risiko- og sårbarheitsanalysen.", page=1)],
    )
    out = with_lead_in_measures(child, doc)
    assert [m.text for m in out.measures] == [
        "byggje gang- og sykkelveg mellom sentrum og skulen",
        "setje opp ladepunkt for elbil ved rådhuset",
        "erstatte oljefyren ved sjukeheimen med varmepumpe",
    ]
    assert out.strategies == []
    # a child stating a goal of its own keeps its items as read
    own = child.model_copy(update={"goals": [Goal(id="g1", text="Utsleppa skal ned med 40 prosent innan 2030.", page=1)]})
    assert with_lead_in_measures(own, doc) is own


def test_a_subject_handed_to_a_risk_analysis_is_handed_on():
    assert handed_on("Klimatilpassing, flaum og skred blir følgde opp i den heilskaplege risiko- og sårbarheitsanalysen.")
    assert handed_on("Översvämningsrisken hanteras i risk- och sårbarhetsanalysen.")
    assert handed_on("Flood risk is addressed in the strategic flood risk assessment.")
    assert not handed_on("Kommunen skal lage en analyse av boligbehovet.")


def test_a_labelled_line_of_two_goal_sentences_is_two_goals():
    table = table_of(
        ["Hovedmål", "Delmål", "Strategier"],
        [["Fjordby skal være et godt sted å bo.",
          "Sentrum skal ha flere boliger innen 2032. Det skal være et variert boligtilbud i hele kommunen.",
          "Vi samarbeider med utbyggere."]],
    )
    table.ruled = False  # labelled lines the layout read as a one-row table, no rules drawn
    doc = _doc([_h("Tema: Bolyst"), Block(id="", kind=BlockKind.table, text="", table=table)])
    texts = [g.text for g in goal_column_goals(doc)]
    assert "Sentrum skal ha flere boliger innen 2032." in texts
    assert "Det skal være et variert boligtilbud i hele kommunen." in texts
    # a second sentence without a goal's modal explains the first: one goal
    table2 = table_of(
        ["Hovedmål", "Delmål", "Strategier"],
        [["Fjordby skal være et godt sted å bo.", "Sentrum skal ha flere boliger innen 2032. Det måles hvert år.", "Vi samarbeider."]],
    )
    table2.ruled = False
    doc.blocks[1].table = table2
    texts = [g.text for g in goal_column_goals(doc)]
    assert "Det måles hvert år." not in texts


def _result_table(header: list[str], rows: list[list[str]]) -> Document:
    return _doc([_h("Resultatmål og tiltak"), Block(id="", kind=BlockKind.table, text="", table=table_of(header, rows))])


def test_a_result_goal_column_gives_the_childs_goals():
    from plancheck.mandate.parents import result_goal_cells, with_result_goal_cells

    doc = _result_table(
        ["Resultatmål", "Dette gjer vi", "Ansvar"],
        [["Alle nye brukarar skal få vurdert kvardagsrehabilitering innan to veker", "Byte av analoge alarmar", "Fagleiar"],
         ["Heimetenesta skal ha fire lærlingar i helsearbeidarfaget kvart år", "Lærlingplassar i kvar sone", "Einingsleiar"]],
    )
    assert [t for _i, t, _p, _s in result_goal_cells(doc)] == [
        "Alle nye brukarar skal få vurdert kvardagsrehabilitering innan to veker",
        "Heimetenesta skal ha fire lærlingar i helsearbeidarfaget kvart år",
    ]
    child = _plan(measures=[Measure(id="measure-1", text="Byte av analoge alarmar", page=1)])
    assert len(with_result_goal_cells(child, doc).goals) == 2
    # a child with a goal of its own keeps it alone
    own = child.model_copy(update={"goals": [Goal(id="g1", text="Flere eldre skal bo heime lenger.", page=1)]})
    assert with_result_goal_cells(own, doc) is own
    # "Targets for 2032" over sentences: the same; over figures: none
    en = _result_table(["Targets for 2032", "What we will do", "Lead"],
                       [["Everyone assessed for care is seen within 28 days.", "Extra social workers", "PSW"],
                        ["Staff turnover in the service falls below 15 per cent.", "Induction programme", "HR"]])
    assert len(result_goal_cells(en)) == 2
    figures = _result_table(["Targets for 2032", "What we will do", "Lead"], [["45 %", "Food waste bins", "Waste"], ["12 → 20", "Day centre", "Care"]])
    assert result_goal_cells(figures) == []
