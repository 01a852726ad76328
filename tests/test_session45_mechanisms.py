"""Forms of session 45 (older batches' misses), made general, on hand-built inputs with invented
wording: a list item set larger than a poster's small body type that wraps, a strategy house's
pillar whose lead line stands over goal bullets, a concern the plan names whole only where it
sets it aside, a passage that only puts its heading's subject off, a deliverables table whose
names are described in a column of their own, and the lexicon's modal and change words."""

from __future__ import annotations

import pytest
from test_layout_support import line_words

from plancheck.layout.blocks import build_blocks
from plancheck.layout.lines import words_to_lines
from plancheck.mandate import match as M
from plancheck.mandate import tables as TB
from plancheck.mandate.goalforms import titled_goals
from plancheck.models import (
    Block,
    BlockKind,
    MandatePoint,
    Passage,
    Plan,
    Provenance,
    Section,
    SourceInfo,
)

SRC = SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1)


# ----------------------------------------------------------------- an item larger than the body


def _blocks(lines: list[tuple[str, float, float, bool, float]]) -> list[tuple[str, str]]:
    words = []
    for text, x, top, bold, size in lines:
        ws = line_words(text, x, top, size)
        for w in ws:
            w.bold = bold
        words += ws
    return [(str(getattr(b.kind, "value", b.kind)), b.text) for b in build_blocks([words_to_lines(words, 1)], [])]


SMALL_PRINT = [
    ("Fakta om kommunen i korte tal og ord her", 40, 40, False, 8),
    ("Vi har mange borgere og store afstande", 40, 50, False, 8),
    ("mellem byerne i den nordlige del af landet", 40, 60, False, 8),
    ("og derfor er planen vigtig for os alle her", 40, 70, False, 8),
]


def test_a_bold_item_larger_than_the_small_print_wraps_into_its_own_type_not_a_heading():
    found = _blocks([
        *SMALL_PRINT,
        ("• Alle børn skal trives og lære", 40, 100, True, 9.5),
        ("matematikken, uanset hvor de bor.", 49, 112, True, 9.5),
        ("• Flere unge skal gennemføre en", 40, 130, True, 9.5),
        ("ungdomsuddannelse.", 49, 142, True, 9.5),
    ])
    assert ("list_item", "Alle børn skal trives og lære matematikken, uanset hvor de bor.") in found
    assert ("list_item", "Flere unge skal gennemføre en ungdomsuddannelse.") in found
    assert not any(kind == "heading" for kind, _t in found)


def test_a_bold_line_after_a_plain_item_is_still_a_heading():
    found = _blocks([
        *SMALL_PRINT,
        ("• Alle børn skal trives og lære noget", 40, 100, False, 9.5),
        ("Mål for ældreområdet", 40, 118, True, 9.5),
    ])
    assert ("heading", "Mål for ældreområdet") in found


# ----------------------------------------------------------------- a pillar's lead line


def _b(i: int, kind: BlockKind, text: str, level: int | None = None) -> Block:
    return Block(id=f"b{i}", kind=kind, text=text, level=level, provenance=Provenance(page=1, source_text=text))


def _pillars(items: bool) -> list[Block]:
    out: list[Block] = []
    for name, lead, goals in [
        ("Børn og unge", "Alle børn og unge skal have et godt afsæt.", ["Flere børn skal lære at svømme.", "Flere unge skal have et fritidsjob."]),
        ("Et godt liv", "Vi bliver flere ældre, og flere lever alene.", ["Flere ældre skal bo i egen bolig.", "Færre skal føle sig ensomme."]),
        ("Grøn omstilling", "Kommunen går forrest i sin egen drift.", ["Bilerne skal køre på strøm i 2031.", "Alt affald skal sorteres."]),
    ]:
        out.append(_b(len(out) + 1, BlockKind.heading, name, level=2))
        out.append(_b(len(out) + 1, BlockKind.paragraph, lead))
        if items:
            out += [_b(len(out) + 1, BlockKind.list_item, g) for g in goals]
    return out


class _Doc:
    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.sections = []


def test_a_titled_sentence_over_goal_bullets_leads_into_them_and_is_no_goal():
    assert [g.text for g in titled_goals(_Doc(_pillars(items=False)))] == [
        "Alle børn og unge skal have et godt afsæt.",
        "Vi bliver flere ældre, og flere lever alene.",
        "Kommunen går forrest i sin egen drift.",
    ]
    assert titled_goals(_Doc(_pillars(items=True))) == []


# ----------------------------------------------------------------- a concern set aside whole


def _plan(*texts: str, title: str | None = None) -> Plan:
    sections = [Section(id="s1", title=title, level=1, page=1)] if title else []
    return Plan(
        source=SRC,
        sections=sections,
        passages=[Passage(id=f"p{i}", kind="paragraph", text=t, page=1, section_id="s1" if title else None) for i, t in enumerate(texts, 1)],
    )


def _status(plan: Plan, text: str, lang: str) -> str:
    point = MandatePoint(id="m1", number="1", text=text, kind="content")
    (cov,) = M.assess_points(plan, [point], lang)
    return str(getattr(cov.status, "value", cov.status))


def test_a_concern_named_whole_only_where_the_plan_sets_it_aside_is_not_answered_by_its_head_word():
    # ("planning" is a plan word: the concern's only term is "flood", which the first sentence names)
    aside = _plan("Flood warnings are sent to residents by text message. Flood planning is out of scope for this strategy.")
    assert _status(aside, "Flood planning.", "en") == "uncovered"
    # the same phrase in a sentence of its own is an answer
    stated = _plan("Flood warnings are sent to residents by text message. Flood planning is led by the resilience team.")
    assert _status(stated, "Flood planning.", "en") == "covered"


def test_a_phrase_put_aside_needs_the_whole_phrase_in_the_deferred_sentence():
    units = M.build_units(_plan("Snow clearing is done by the depot. Gritting routes are outside the scope of this plan."), "en")
    concern = M.Concern(text="snow clearing", terms=[])
    assert not M._phrase_put_aside(units, concern, 2)
    concern = M.Concern(text="gritting routes", terms=[])
    assert M._phrase_put_aside(units, concern, 2)
    assert not M._phrase_put_aside(units, M.Concern(text="routes", terms=[]), 2)  # one word: too little to tell


# ----------------------------------------------------------------- a heading put off


@pytest.mark.parametrize(
    "lang, heading, sentence, point",
    [
        ("nn", "Støy frå anleggsarbeid", "Dette blir omtala i ein eigen rettleiar frå kommunen.", "handtering av støy frå anleggsarbeid"),
        ("nb", "Snøopplag i sentrum", "Dette omtales i en egen driftsplan.", "plassering av snøopplag i sentrum"),
    ],
)
def test_a_passage_that_only_puts_its_heading_off_takes_no_answer_from_the_heading(lang, heading, sentence, point):
    units = M.build_units(_plan(sentence, title=heading), lang)
    (u,) = [u for u in units if u.kind == "passage"]
    assert not u.title_keys and u.aside_keys
    assert _status(_plan(sentence, title=heading), point, lang) == "uncovered"
    # a passage under the heading that says something of its own keeps the heading's words
    said = _plan(f"{sentence} Anlegget får støyskjerm mot skulen i heile anleggsperioden.", title=heading)
    assert next(u for u in M.build_units(said, lang) if u.kind == "passage").title_keys


# ----------------------------------------------------------------- deliverables described


def test_a_deliverables_table_gives_each_name_with_its_description_and_date():
    rows = [
        ["Leverabel", "Klart senast", "Innehåll"],
        ["Inventering", "2031-03-31", "Förteckning över alla lekplatser med ålder och skick på utrustningen"],
        ["Åtgärdsförslag", "2031-06-30", "Lista över upprustningar med kostnad och förslag till ordning"],
    ]
    found = TB.point_rows(rows, lambda _c: False, deliverable_header=lambda c: c == "Leverabel",
                          deadline_header=lambda c: c == "Klart senast")
    assert found == [
        (None, "Inventering: Förteckning över alla lekplatser med ålder och skick på utrustningen – 2031-03-31"),
        (None, "Åtgärdsförslag: Lista över upprustningar med kostnad och förslag till ordning – 2031-06-30"),
    ]
    short = [["Leverabel", "Klart senast", "Ansvarig"], ["Inventering", "2031-03-31", "Parkenheten"],
             ["Åtgärdsförslag", "2031-06-30", "Parkenheten"]]
    assert TB.point_rows(short, lambda _c: False, deliverable_header=lambda c: c == "Leverabel",
                         deadline_header=lambda c: c == "Klart senast") == [
        (None, "Inventering: 2031-03-31"), (None, "Åtgärdsförslag: 2031-06-30"),
    ]


def test_leverabel_names_deliverables():
    from plancheck.mandate.points import _deliverable_header

    assert _deliverable_header("Leverabel") and _deliverable_header("Leverabler")


# ----------------------------------------------------------------- the lexicon's words


def test_the_key_figure_reader_takes_its_modals_and_change_words_from_the_lexicon():
    from plancheck.extract.plan import _CHANGE_WORDS, _MODALS, figure_fact

    assert {"skal", "ska", "will", "vil", "må"} <= _MODALS
    assert {"prosent", "procent", "færre", "fewer", "mindre"} <= _CHANGE_WORDS
    assert figure_fact("3 200 innbyggere")
    assert not figure_fact("50 prosent færre utslipp")
    assert not figure_fact("3 200 innbyggere skal ha fiber")
