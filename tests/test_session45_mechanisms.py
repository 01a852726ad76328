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
    scorer = M.Scorer(M.build_units(_plan("Snow clearing is done by the depot. Gritting routes are outside the scope of this plan."), "en"), "en")
    concern = M.Concern(text="snow clearing", terms=[])
    assert not M._phrase_put_aside(scorer, concern, 2)
    concern = M.Concern(text="gritting routes", terms=[])
    assert M._phrase_put_aside(scorer, concern, 2)
    assert not M._phrase_put_aside(scorer, M.Concern(text="routes", terms=[]), 2)  # one word: too little to tell
    # a phrase is never found across two sentences ("… of this plan. Salting routes …")
    two = M.Scorer(M.build_units(_plan("Snow clearing is outside the scope of this plan. "
                                       "Salting routes are outside the scope of this plan."), "en"), "en")
    assert M._phrase_put_aside(two, M.Concern(text="salting routes", terms=[]), 2)
    assert not M._phrase_put_aside(two, M.Concern(text="plan salting", terms=[]), 2)


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


# ================================================================= batch 50 (session 45)
# Forms of the blind batch of session 45 made general, on invented wording: a mandate printed
# with tracked changes and comment balloons, a deed that defines the plan by what it "shall
# include", an examiner's schedule of modifications, a Swedish requirement asking the plan to
# "visa", goals grouped under topic headings of a goal chapter, a numbered kicker over a goal's
# sentence, and an objective tagged on the line under it with the parent goal it contributes to.

from conftest import plan_of_blocks  # noqa: E402

from plancheck.mandate import points as P  # noqa: E402


def _pdf(tmp_path, draw) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "mandat.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    draw(c, A4[1])
    c.save()
    return path


def test_a_mandate_printed_with_tracked_changes_is_read_without_its_struck_words(tmp_path):
    def draw(c, h):
        c.setFont("Helvetica", 11)
        c.drawString(60, h - 80, "Oppdrag")
        c.drawString(60, h - 110, "Planen skal")
        lines = ["1. kartlegge dagens lekeplasser og tilstanden deres,",
                 "2. vurdere om kommunen skal stenge de minste lekeplassene,",
                 "3. foreslå en plan for nye benker og bord, langs turvegene."]
        for k, t in enumerate(lines):
            c.drawString(60, h - 130 - 16 * k, t)
        # point 2 struck through (deleted), and one word of point 3 ("nye") too
        c.setLineWidth(0.6)
        y2 = h - 130 - 16 + 3.5
        c.line(60, y2, 60 + c.stringWidth(lines[1], "Helvetica", 11), y2)
        x = 60 + c.stringWidth("3. foreslå en plan for ", "Helvetica", 11)
        y3 = h - 130 - 32 + 3.5
        c.line(x, y3, x + c.stringWidth("nye", "Helvetica", 11), y3)
        x = 60 + c.stringWidth("3. foreslå en plan for nye benker ", "Helvetica", 11)
        c.line(x, y3, x + c.stringWidth("og bord", "Helvetica", 11), y3)

    texts = [p.text for p in P.read_mandate(_pdf(tmp_path, draw))]
    assert not any("stenge" in t for t in texts)
    assert "foreslå en plan for benker, langs turvegene." in texts
    assert any(t.startswith("kartlegge dagens lekeplasser") for t in texts)


def test_a_reviewers_comment_balloon_in_the_margin_is_no_text_of_the_mandate(tmp_path):
    def draw(c, h):
        c.setFont("Helvetica", 11)
        c.drawString(60, h - 80, "Fremdrift")
        # the sentence wraps beside the balloon, whose lines stand level with its lines
        c.drawString(60, h - 110, "Planen legges fram for bystyret innen")
        c.drawString(60, h - 124, "1. mars 2041.")
        c.setFont("Helvetica", 8)
        c.drawString(400, h - 110, "Kommentert [KL3]: Fristen er flyttet")
        c.drawString(400, h - 124, "etter ønske fra utvalget.")

    texts = [p.text for p in P.read_mandate(_pdf(tmp_path, draw))]
    assert texts == ["Planen legges fram for bystyret innen 1. mars 2041."]


def test_the_items_of_what_the_plan_shall_include_are_points_beside_another_numbered_list():
    lines = [
        "1. DEFINITIONS",
        "“Play Strategy” a strategy for the Site to be approved by the Council which shall include:",
        "(a) a map of the equipped play areas and their age groups;",
        "(b) a programme for replacing worn equipment;",
        "(c) the arrangements for inspecting the play areas.",
        "2. OBLIGATIONS",
        "1. The Owner shall submit the Play Strategy before the tenth dwelling is occupied.",
        "2. The Owner shall pay the play contribution before occupation.",
        "3. The Owner shall maintain the play areas for fifteen years.",
    ]
    numbers = [p.number for p in P.find_points(lines)]
    assert {"a", "b", "c"} <= set(numbers)


def test_an_examiners_schedule_of_modifications_gives_every_row_as_a_point():
    rows = [
        ["Ref", "Policy", "Modification"],
        ["M1", "Policy H1", "Delete the allocation at Mill Field from the Policies Map."],
        ["M2", "Policy T2", "Update the bus route numbers in the supporting text."],
        ["M3", "Policy E4", "Add the former dairy to the list of employment sites."],
    ]
    texts = [ln.text for ln in P._table_lines(rows, 1)]
    assert len(texts) == 3 and all("M" in t.split(")")[0] for t in texts)
    assert any("Mill Field" in t for t in texts) and any("former dairy" in t for t in texts)


@pytest.mark.parametrize(
    "sentence, asks",
    [
        ("Planen ska visa var nya lekplatser kan byggas i tätorterna.", True),
        ("Planen skal vise hvor nye lekeplasser kan bygges.", True),
        ("Planen skal vise, hvor nye legepladser kan anlægges.", True),
        ("Kartan visar var lekplatserna ligger i dag.", False),
    ],
)
def test_a_plan_asked_to_show_something_is_a_requirement_in_every_language(sentence, asks):
    assert P.is_requirement(sentence) is asks


def test_goals_grouped_under_topic_headings_of_a_goal_chapter_are_goals_and_the_topics_intro_is_none():
    blocks = [
        _b(1, BlockKind.heading, "Mål for idrettsanlegg", level=1),
        _b(2, BlockKind.heading, "Anlegg nær folk", level=2),
        _b(3, BlockKind.list_item, "Alle barn skal ha en ballbinge innen gangavstand."),
        _b(4, BlockKind.list_item, "Anleggene skal være åpne for alle hele året."),
        _b(5, BlockKind.heading, "Drift og vedlikehold", level=2),
        _b(6, BlockKind.paragraph, "Anleggene skal være trygge og godt vedlikeholdt."),
        _b(7, BlockKind.list_item, "Alle kunstgressbaner skal ha miljøvennlig fyll innen 2032."),
    ]
    goals = [g.text for g in plan_of_blocks(blocks, "nb").goals]
    assert "Alle barn skal ha en ballbinge innen gangavstand." in goals
    assert "Alle kunstgressbaner skal ha miljøvennlig fyll innen 2032." in goals
    assert "Anleggene skal være trygge og godt vedlikeholdt." not in goals
    # a topic whose list names things rather than aims groups no goals
    plain = [
        _b(1, BlockKind.heading, "Mål for idrettsanlegg", level=1),
        _b(2, BlockKind.heading, "Anleggene i dag", level=2),
        _b(3, BlockKind.list_item, "Idrettshallen på Moen"),
        _b(4, BlockKind.list_item, "Kunstgressbanen ved skolen"),
    ]
    assert not any(g.text.startswith(("Idrettshallen", "Kunstgressbanen")) for g in plan_of_blocks(plain, "nb").goals)


def _sized(i: int, kind: BlockKind, text: str, size: float, level: int | None = None) -> Block:
    b = _b(i, kind, text, level)
    b.font_size = size
    return b


def test_a_numbered_kicker_with_a_short_name_numbers_the_goal_sentence_under_it():
    blocks = [
        _sized(1, BlockKind.heading, "Our goals for 2045", 14, 1),
        _sized(2, BlockKind.heading, "MISSION 1 · WARM HOMES", 7.5, 3),
        _sized(3, BlockKind.heading, "By 2045, every home in the district will be warm and cheap to heat.", 10.5, 2),
        _sized(4, BlockKind.heading, "MISSION 2 · CLEAN RIVERS", 7.5, 3),
        _sized(5, BlockKind.heading, "By 2045, every river in the district will be safe to swim in.", 10.5, 2),
    ]
    goals = plan_of_blocks(blocks, "en").goals
    assert [(g.number, g.text[:20]) for g in goals] == [("1", "By 2045, every home "), ("2", "By 2045, every river")]


class _Blocks:
    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks


def test_an_objective_tagged_on_the_line_under_it_names_the_parent_goal_it_contributes_to():
    from plancheck.mandate.parents import reference_lines_under

    doc = _Blocks([
        _b(1, BlockKind.heading, "Objective 1: Plant more street trees."),
        _b(2, BlockKind.paragraph, "Contributes to: Mission 4 · Green streets"),
        _b(3, BlockKind.heading, "Objective 2: Answer every call within a minute."),
        _b(4, BlockKind.paragraph, "Contributes to: 2, 5"),
        _b(5, BlockKind.heading, "Objective 3: Train every team in plain English."),
        _b(6, BlockKind.paragraph, "We will run the course twice a year."),
    ])
    items = [
        ("g1", "goal", "Objective 1: Plant more street trees.", 1),
        ("g2", "goal", "Objective 2: Answer every call within a minute.", 1),
        ("g3", "goal", "Objective 3: Train every team in plain English.", 1),
    ]
    assert reference_lines_under(doc, items) == [(0, ["4"], True), (1, ["2", "5"], False)]
    # a code named with the child's own label word is read as a plain code (the caller keeps
    # the child's own numbers out), never as the parent's
    own = _Blocks([*doc.blocks[:1], _b(7, BlockKind.paragraph, "Contributes to: Objective 3"), *doc.blocks[4:]])
    assert reference_lines_under(own, items) == [(0, ["3"], False)]


def test_a_parent_goal_quoted_under_a_goal_label_stays_a_passage_for_the_rod_trad():
    blocks = [
        _b(1, BlockKind.heading, "Tiltak og mål", level=1),
        _b(2, BlockKind.heading, "Mål 1 Idrett", level=2),
        _b(3, BlockKind.paragraph, "Kommuneplanen: «Alle skal ha et idrettstilbud nær der de bor»"),
        _b(4, BlockKind.heading, "Alle grender skal ha en ballbinge innen 2031.", level=3),
    ]
    plan = plan_of_blocks(blocks, "nb")
    assert any(p.text.startswith("Kommuneplanen: «") for p in plan.passages)
    assert not any(g.text.startswith("Kommuneplanen") for g in plan.goals)
