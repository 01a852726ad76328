"""Goal forms of the eighteenth parents batch, on invented examples: frames of one size set around
a drawing (a goal wheel) read as tiles; goals stated in the elected body's name ("Byrådet vil
…") and a decision to revise a plan that is none; a scoped goal heading ("Regionale mål"); a
locality plan's aims set as bold sentences over their action, with the parent outcome's number
in a margin column; and a theme name beside a measure about something else, no evidence."""

from __future__ import annotations

from plancheck.extract.goalstatements import statement_goals, works_on_a_plan
from plancheck.extract.plan import without_margin_reference
from plancheck.lang.vocab import heading_role, parent_goal_header
from plancheck.layout.tiles import grid_tiles, ring_boxes
from plancheck.layout.words import Word
from plancheck.models import Block, BlockKind, Passage, Plan
from tests.conftest import plan_of_blocks, table_of

# --------------------------------------------------------------------------- a goal wheel


def _words_in(box, text="Alle skal ha det godt her."):
    """Two lines of words inside ``box``."""
    out = []
    x0, top = box[0] + 6, box[1] + 10
    for line, part in enumerate((text.split()[:3], text.split()[3:])):
        x = x0
        for w in part:
            out.append(Word(text=w, x0=x, x1=x + 6 * len(w), top=top + 14 * line, bottom=top + 14 * line + 10, size=10))
            x += 6 * len(w) + 4
    return out


def _wheel(hub: bool = True):
    """Six frames of one size around a point (top, bottom, two left, two right), and a circle
    drawn there when ``hub``."""
    w, h = 150, 88
    boxes = [(220, 228, 220 + w, 228 + h), (40, 317, 40 + w, 317 + h), (400, 317, 400 + w, 317 + h),
             (40, 496, 40 + w, 496 + h), (400, 496, 400 + w, 496 + h), (220, 585, 220 + w, 585 + h)]
    shapes = [*boxes, (240, 330, 360, 570)] if hub else list(boxes)
    words = [x for b in boxes for x in _words_in(b)]
    return boxes, shapes, words


def test_frames_of_one_size_around_a_drawing_are_tiles():
    boxes, shapes, words = _wheel()
    assert sorted(ring_boxes(boxes, shapes)) == sorted(boxes)
    assert len(grid_tiles(shapes, words, 595)) == 6


def test_frames_with_no_drawing_between_them_are_no_ring():
    boxes, shapes, words = _wheel(hub=False)
    assert ring_boxes(boxes, shapes) == []
    assert grid_tiles(shapes, words, 595) == []


# --------------------------------------------------------------------------- the body's will


def _plan(passages) -> Plan:
    return Plan(source={"path": "x.pdf", "format": "pdf", "sha256": "0", "pages": 1}, passages=passages)


def test_goals_in_the_elected_bodys_name_are_the_goals_and_set_the_scene_sentences_aside():
    texts = [
        "Fiskeriet er byens ældste erhverv, og det skal fortsat have en havn.",
        "Kommunalbestyrelsen vil sikre, at havnen kan udvides mod syd.",
        "Kommunalbestyrelsen vil plante en skov ved hver skole inden 2035.",
        "Kommunalbestyrelsen vil gøre det nemt at cykle til stationen.",
        "Kommunalbestyrelsen vil revidere kommuneplanen som en fuld revision.",
    ]
    plan = _plan([Passage(id=f"p{i + 1}", kind=BlockKind.paragraph, text=t) for i, t in enumerate(texts)])
    found = [t for _i, _k, t, _p in statement_goals(plan)]
    assert found == texts[1:4]


def test_fewer_statements_in_the_bodys_name_leave_the_modal_sentences():
    texts = [
        "Fiskeriet er byens ældste erhverv, og det skal fortsat have en havn.",
        "Kommunalbestyrelsen vil sikre, at havnen kan udvides mod syd.",
    ]
    plan = _plan([Passage(id=f"p{i + 1}", kind=BlockKind.paragraph, text=t) for i, t in enumerate(texts)])
    assert [t for _i, _k, t, _p in statement_goals(plan)] == texts


def test_a_decision_to_revise_a_plan_is_about_the_plans():
    assert works_on_a_plan("Bystyret vil rullere kommuneplanen i 2029.")
    assert works_on_a_plan("Vi skal revidere arealdelen innen to år.")
    assert not works_on_a_plan("Bystyret vil revidere reglene for parkering.")
    assert not works_on_a_plan("Bystyret vil sikre at planen for sentrum blir fulgt.")


# --------------------------------------------------------------------------- a scoped goal heading


def test_a_goal_heading_with_a_word_of_scope_is_a_goal_heading():
    assert heading_role("Regionale mål") == "goal"
    assert heading_role("Regionala mål") == "goal"
    assert heading_role("Kommunale mål") == "goal"
    assert heading_role("Felles tiltak") is None  # only goal roles take a scope
    assert heading_role("Nasjonale mål") is None  # quoted, not the plan's own


# --------------------------------------------------------------------------- a locality plan's aims


def test_a_margin_reference_is_left_out_of_the_sentence():
    assert without_margin_reference("More pupils walk to school. – 2") == "More pupils walk to school."
    assert without_margin_reference("More pupils walk to school. 2, 4") == "More pupils walk to school."
    assert without_margin_reference("More pupils walk to school. – –") == "More pupils walk to school."
    assert without_margin_reference("Open 2 new parks by 2030") == "Open 2 new parks by 2030"


def _h(text: str, level: int) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)


def _action(text: str) -> Block:
    return Block(id="", kind=BlockKind.table, text="Action", table=table_of(["Action"], [[text]]))


def test_bold_outcomes_over_their_actions_in_a_goal_chapter_are_goals():
    assert parent_goal_header("LOIP outcome")
    blocks = [
        _h("What we want to achieve", 1),
        Block(id="", kind=BlockKind.paragraph, text="LOIP outcome"),
        _h("More pupils in Exampleton walk or cycle to school. – 2", 2),
        _action("a walking bus from the square. Lead: Schools. By: 2028."),
        _h("The old mill pond is clean enough to swim in. 4, 6", 2),
        _action("a reed bed at the inflow. Lead: Parks. By: 2029."),
    ]
    plan = plan_of_blocks(blocks, "en")
    assert [g.text for g in plan.goals] == [
        "More pupils in Exampleton walk or cycle to school.",
        "The old mill pond is clean enough to swim in.",
    ]
    assert all(g.number is None for g in plan.goals)  # the margin's number is the parent's


def test_the_same_outcomes_outside_a_goal_chapter_are_no_goals():
    blocks = [
        _h("What happened last year", 1),
        _h("More pupils in Exampleton walked or cycled to school.", 2),
        _action("a walking bus from the square. Lead: Schools. By: 2028."),
    ]
    plan = plan_of_blocks(blocks, "en")
    assert plan.goals == []


def test_margin_numbers_under_a_parent_goal_head_are_references():
    from plancheck.mandate.parents import margin_references
    from plancheck.models import Document

    blocks = [
        Block(id="b1", kind=BlockKind.paragraph, text="LOIP outcome"),
        Block(id="b2", kind=BlockKind.heading, text="More pupils walk to school. – 2"),
        Block(id="b3", kind=BlockKind.heading, text="The mill pond is clean. 4, 6"),
        Block(id="b4", kind=BlockKind.heading, text="The bell is restored. – –"),
    ]
    doc = Document(path="x.pdf", page_count=1, blocks=blocks)
    items = [("g1", "goal", "More pupils walk to school.", 1), ("g2", "goal", "The mill pond is clean.", 1),
             ("g3", "goal", "The bell is restored.", 1)]
    assert margin_references(doc, items) == [(0, ["2"]), (1, ["4", "6"])]
    # without the head naming the parent plan's goals, a number at a line's end is no reference
    assert margin_references(Document(path="x.pdf", page_count=1, blocks=blocks[1:]), items) == []


# --------------------------------------------------------------------------- the body's name is no content


def test_the_elected_body_is_no_word_of_the_goal():
    from plancheck.mandate.parents import goal_words

    surfaces = [w.surface.lower() for w in goal_words("Byrådet vil plante flere træer i byen.", "da")]
    assert "byrådet" not in surfaces and "træer" in surfaces


# --------------------------------------------------------------------------- a theme name, no evidence


def _named_by_theme(measure: str, theme: str):
    from plancheck.models import Document, Goal, Measure, SourceInfo

    src = SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1)
    parent = Plan(source=src, language="nb", goals=[
        Goal(id="g1", text="Flere bedrifter skal starte og vokse i Eksempelby.", page=1),
        Goal(id="g2", text="Eksempelby skal kutte utslippene av klimagasser.", page=1),
    ])
    child = Plan(source=src, language="nb", measures=[Measure(id="m1", text=measure, page=1)])
    table = Block(id="b1", kind=BlockKind.table, text="",
                  table=table_of(["Tiltak", "Kommuneplanmål"], [[measure, theme]]))
    return child, parent, Document(path="x.pdf", page_count=1, blocks=[table])


def test_a_theme_name_beside_a_measure_about_something_else_is_no_evidence():
    from dataclasses import replace

    from plancheck.mandate.parents import ParentSettings, assess_parent

    child, parent, doc = _named_by_theme("Ladestasjoner ved idrettshallen", "Næringsliv")
    on = replace(ParentSettings(), named_floor_content=True)
    covs, _ = assess_parent(child, parent, lang="nb", child_doc=doc, settings=on)
    assert str(getattr(covs[0].status, "value", covs[0].status)) == "not_followed_up"
    # off (the default, see ParentSettings.named_floor_content): the name keeps it partial
    covs, _ = assess_parent(child, parent, lang="nb", child_doc=doc)
    assert str(getattr(covs[0].status, "value", covs[0].status)) == "partial"


def test_a_budgets_financial_targets_and_a_periods_goals_are_goal_headings():
    assert heading_role("Finansielle mål") == "goal"
    assert heading_role("Mål for perioden") == "goal"
    assert heading_role("Finansiella mål") == "goal"
