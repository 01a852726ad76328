"""Goals drawn as the numbered steps of a diagram (a staircase, a goal house): each step a bare
number in a circle and a sentence, read as a number 'heading' and a paragraph; the measures
grouped under 'Steg n' headings that only the number links to goal n — hand-built blocks."""

from __future__ import annotations

from plancheck.extract.link import step_goals
from plancheck.extract.plan import build_plan
from plancheck.extract.stepmarkers import numbered_steps, step_runs
from plancheck.ingest.sections import build_sections
from plancheck.models import (
    Block,
    BlockKind,
    Cell,
    Document,
    Goal,
    GoalKind,
    Provenance,
    Section,
    Table,
)

H, P = BlockKind.heading, BlockKind.paragraph


def _doc(spec: list[tuple[BlockKind, str] | Table]) -> Document:
    blocks = []
    for k, item in enumerate(spec):
        if isinstance(item, Table):
            b = Block(id=f"b{k}", kind=BlockKind.table, text=" | ".join(item.header), table=item)
        else:
            # as a web page prints them: chapter headings bold, the step numbers large and plain
            # (a higher level than the chapter), the step headings bold and smaller
            level, bold = (None, False) if item[0] != H else (
                (2, False) if item[1].isdigit() else (4, True) if item[1].startswith("Steg") else (3, True))
            b = Block(id=f"b{k}", kind=item[0], text=item[1], level=level, bold=bold)
        b.provenance = Provenance(page=1, source_text=b.text)
        blocks.append(b)
    return Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))


def _table(rows: list[list[str]]) -> Table:
    header = ["Åtgärd", "Ansvarig", "Klart"]
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1])


STAIRS = [
    (H, "Plan för trygg skolväg 2026–2028"),
    (H, "Våra mål"),
    (H, "3"), (P, "Alla korsningar vid skolorna ska vara säkra"),
    (H, "2"), (P, "Fler elever ska gå eller cykla till skolan"),
    (H, "1"), (P, "Föräldrar ska känna till de säkra vägarna"),
    (H, "Åtgärder"),
    (H, "Steg 1"), _table([["Dela ut kartor över skolvägar", "Skolkontoret", "2026"]]),
    (H, "Steg 2"), _table([["Ordna cykelkurser i årskurs 4", "Fritidsgården", "2027"]]),
    (H, "Steg 3"), (P, "För korsningarna använder vi Trafikverkets egen plan."),
]


def test_bare_numbers_each_before_a_paragraph_numbered_1_to_n_are_one_numbered_list():
    doc = _doc(STAIRS)
    assert step_runs(list(doc.blocks)) == [(2, 3)]
    out = numbered_steps(doc)
    items = [b for b in out.blocks if b.kind == BlockKind.list_item]
    assert [(b.number, b.text[:10]) for b in items] == [("3", "Alla korsn"), ("2", "Fler eleve"), ("1", "Föräldrar ")]
    host = next(b for b in out.blocks if b.text == "Våra mål").section_id
    assert {b.section_id for b in items} == {host}
    assert not any(s.title in {"1", "2", "3"} for s in out.sections)


def test_numbers_that_skip_or_a_single_number_are_no_step_run():
    assert step_runs(list(_doc([(H, "Mål"), (H, "1"), (P, "A ska b."), (H, "3"), (P, "C ska d.")]).blocks)) == []
    assert step_runs(list(_doc([(H, "Mål"), (H, "1"), (P, "A ska b.")]).blocks)) == []
    # a headline between the pairs (a vision page: headline, number, paragraph) is no run
    vision = [(H, "Ett grönt centrum för alla"), (H, "1"), (P, "Text."), (H, "Bra skolor i hela kommunen"),
              (H, "2"), (P, "Text.")]
    assert step_runs(list(_doc(vision).blocks)) == []


def test_the_steps_are_goals_and_step_headings_link_measures_to_them():
    plan = build_plan(_doc(STAIRS), lang="sv", model=None)
    goals = {g.text: g for g in plan.goals}
    assert set(goals) == {"Alla korsningar vid skolorna ska vara säkra", "Fler elever ska gå eller cykla till skolan",
                          "Föräldrar ska känna till de säkra vägarna"}
    by_id = {g.id: g.text for g in plan.goals}
    links = {m.text: [by_id[g] for g in m.goal_ids] for m in plan.measures}
    assert links == {"Dela ut kartor över skolvägar": ["Föräldrar ska känna till de säkra vägarna"],
                     "Ordna cykelkurser i årskurs 4": ["Fler elever ska gå eller cykla till skolan"]}


def _goal(n: str) -> Goal:
    return Goal(id=f"goal-{n}", text=f"Mål nummer {n} ska nås", number=n, kind=GoalKind.goal,
                provenance=Provenance(page=1, source_text="x"))


def test_step_headings_link_only_when_they_name_the_numbered_goals():
    secs = [Section(id=f"s{k}", title=t, level=2) for k, t in enumerate(["Steg 1", "Steg 2", "Steg 3"])]
    two = {"1": _goal("1"), "2": _goal("2")}
    three = {**two, "3": _goal("3")}
    assert set(step_goals(secs, three)) == {"s0", "s1", "s2"}
    assert step_goals(secs, two) == {}  # a step beyond the goals: phases of work, not goals
    assert step_goals(secs[:1], three) == {}  # one step heading alone
    # a step heading with a title of its own is a chapter, not a bare step
    assert "s9" not in step_goals([Section(id="s9", title="Steg 1: Kartläggning", level=2), *secs[1:]], three)


def test_a_heading_under_the_numbers_goes_under_the_section_above_of_a_higher_rank():
    out = numbered_steps(_doc(STAIRS))
    by_title = {s.title: s for s in out.sections}
    # 'Åtgärder' (level 3) stood under the large number '1' (level 2): now beside 'Våra mål'
    assert by_title["Åtgärder"].parent_id == by_title["Våra mål"].parent_id
    assert by_title["Steg 1"].parent_id == by_title["Åtgärder"].id


def test_numbers_set_as_paragraphs_make_a_run_too():
    doc = _doc([(H, "Våra mål"), (P, "1"), (P, "Alla ska ha en trygg bostad."), (P, "2"),
                (P, "Fler ska ha ett arbete att gå till.")])
    out = numbered_steps(doc)
    assert [(b.kind, b.number) for b in out.blocks[1:]] == [(BlockKind.list_item, "1"), (BlockKind.list_item, "2")]
    assert out.sections[0].block_ids == [b.id for b in out.blocks]
