"""A parent's goals printed as lists, on small hand-built blocks: a label line set larger than
the text over it is a heading, no field of a record (plancheck.layout.records); the list items
under a dated lead-in in the first person plural ("Så vill vi ha det 2060:") and the numbered
sentences under a focus-area heading ("Our priorities") are goals (plancheck.mandate.goalforms)."""

from __future__ import annotations

from plancheck.layout.records import records_to_tables
from plancheck.mandate.goalforms import dated_lead, dated_lead_goals, heading_line_goals
from plancheck.models import Block, BlockKind, Document, Provenance


def _block(i: int, text: str, kind: str = "paragraph", *, size: float = 11.0, bold: bool = False,
           level: int | None = None, number: str | None = None) -> Block:
    return Block(id=f"b{i}", kind=BlockKind(kind), text=text, level=level, bold=bold, font_size=size,
                 number=number, provenance=Provenance(page=1, source_text=text), section_id="s1")


# a målområde's goals as bullets, its strategy as a "Strategi: …" paragraph, the next målområde
# as a bold label line set larger than the text
AREAS = [
    ("Målområde: Tillgänglighet", "heading", 13.0, True),
    ("Så vill vi ha det 2060:", "paragraph", 11.0, False),
    ("Alla hushåll har tillgång till snabbt bredband.", "list_item", 11.0, False),
    ("Bussen gör det möjligt att pendla till arbetet utan bil.", "list_item", 11.0, False),
    ("Strategi: Vi bygger ut nätet tillsammans med regionen.", "paragraph", 11.0, False),
    ("Målområde: Service", "paragraph", 13.0, True),
    ("Så vill vi ha det 2060:", "paragraph", 11.0, False),
    ("Det finns en skola nära invånarna i varje kommundel.", "list_item", 11.0, False),
    ("Strategi: Vi samlar service i servicepunkter.", "paragraph", 11.0, False),
    ("Målområde: Näringsliv", "paragraph", 13.0, True),
    ("Så vill vi ha det 2060:", "paragraph", 11.0, False),
    ("Jordbruket är lönsamt och utvecklas med hänsyn till naturen.", "list_item", 11.0, False),
    ("Byarna har levande mötesplatser för alla åldrar.", "list_item", 11.0, False),
    ("Strategi: Vi stöttar lokala initiativ i byarna.", "paragraph", 11.0, False),
]


def _areas() -> list[Block]:
    return [_block(i, t, k, size=s, bold=b, level=3 if k == "heading" else None)
            for i, (t, k, s, b) in enumerate(AREAS, start=1)]


def test_a_label_line_set_larger_than_the_text_over_it_is_a_heading_not_a_field() -> None:
    out = records_to_tables(_areas())
    assert not any(b.table is not None for b in out), [b.text for b in out if b.table is not None]
    assert [b.text for b in out] == [t for t, *_ in AREAS]


def test_label_lines_in_the_text_size_still_make_records() -> None:
    # the same lines with every label line in the body size: "Strategi" and "Målområde" repeat
    # as fields of the item over them (the described form)
    blocks = [_block(i, t, k, size=11.0, level=3 if k == "heading" else None)
              for i, (t, k, _s, _b) in enumerate(AREAS, start=1)]
    out = records_to_tables(blocks)
    assert any(b.table is not None for b in out)


def test_a_larger_label_line_not_set_bold_stays_a_field() -> None:
    # the larger label lines set in plain type: no heading, the records stand as before
    blocks = [_block(i, t, k, size=s, bold=False, level=3 if k == "heading" else None)
              for i, (t, k, s, _b) in enumerate(AREAS, start=1)]
    out = records_to_tables(blocks)
    assert any(b.table is not None for b in out)


def test_a_dated_lead_in_in_the_first_person_plural_heads_goals() -> None:
    assert dated_lead("Så vill vi ha det 2060:")
    assert dated_lead("Where we want to be in 2035:")
    assert not dated_lead("Så vill vi ha det:")  # no year
    assert not dated_lead("Hur når vi dit till 2060:")  # how: the ways
    assert not dated_lead("Kommunen 2060:")  # no "we"
    doc = Document(path="x.pdf", page_count=1, blocks=_areas())
    goals = dated_lead_goals(doc)
    assert [g.text for g in goals] == [t for t, k, *_ in AREAS if k == "list_item"]


def test_one_dated_lead_in_over_fewer_than_three_items_is_no_form() -> None:
    doc = Document(path="x.pdf", page_count=1, blocks=_areas()[:5])
    assert dated_lead_goals(doc) == []


PRIORITIES = [
    ("Our priorities", "heading"),
    ("Over the next four years the council will focus on five priorities:", "paragraph"),
    ("Everyone can find a decent home they can afford.", "list_item"),
    ("Our neighbourhoods are clean, green and safe places to live.", "list_item"),
    ("The district reaches net zero carbon by 2045.", "list_item"),
    ("Our values", "heading"),
    ("We listen before we act.", "list_item"),
]


def _doc(spec: list[tuple[str, str]]) -> Document:
    blocks = [_block(i, t, k, level=2 if k == "heading" else None, number=None)
              for i, (t, k) in enumerate(spec, start=1)]
    return Document(path="x.pdf", page_count=1, blocks=blocks)


def test_numbered_sentences_under_a_focus_area_heading_are_goals() -> None:
    goals = heading_line_goals(_doc(PRIORITIES))
    assert [g.text for g in goals] == [t for t, k in PRIORITIES[2:5]]


def test_paragraphs_under_a_focus_area_heading_are_no_goals() -> None:
    spec = [(t, "paragraph" if k == "list_item" else k) for t, k in PRIORITIES]
    assert heading_line_goals(_doc(spec)) == []


def test_a_child_with_no_goals_links_its_measures() -> None:
    """A handlingsplan of measures only: each measure serves the parent goals it answers, and one
    answering none stands alone (before: no child goal at all to link)."""
    from plancheck.mandate.parents import assess_parent
    from plancheck.models import Goal, Measure, Plan, SourceInfo

    src = SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1)
    parent = Plan(source=src, language="nb", goals=[
        Goal(id="g1", text="Alle elever skal oppleve mestring og trivsel i skolen.", page=1),
        Goal(id="g2", text="Klimagassutslippene skal reduseres med 55 prosent innen 2030.", page=1),
    ])
    child = Plan(source=src, language="nb", measures=[
        Measure(id="m1", text="Innføre trivselsledere for elevene på alle skoler", page=1),
        Measure(id="m2", text="Hjertestartere i alle idrettshaller", page=1),
        Measure(id="m3", text="Økonomi", page=1),  # a heading taken for a measure: no link
    ])
    _cov, links = assess_parent(child, parent)
    assert [link.id for link in links] == ["m1", "m2"]
    assert links[0].serves == ["g1"]
    assert links[1].serves == []


def test_a_parent_goal_keeps_no_label_and_number_before_its_sentence() -> None:
    """'Samfunnsmål 1: Fleire unge …' read whole from a table cell: the label is the goal's
    number, not a word the child must answer (before: 'Samfunnsmål' was a concern left open)."""
    from plancheck.mandate.parents import with_code_label
    from plancheck.models import Goal

    g = with_code_label(Goal(id="g1", text="Samfunnsmål 1: Fleire unge vaksne vel å busetje seg her.", page=1,
                             number="1"))
    assert g.text == "Fleire unge vaksne vel å busetje seg her."
    assert g.number == "1"
    g = with_code_label(Goal(id="g2", text="Mål 3: Alle barn trives i barnehagen.", page=1))
    assert (g.text, g.number) == ("Alle barn trives i barnehagen.", "3")
    # a label of another role, or no number, stays
    g = with_code_label(Goal(id="g3", text="Tiltak 2: Bygge ny skole.", page=1))
    assert g.text == "Tiltak 2: Bygge ny skole."


def test_a_chapter_heading_quoting_a_parent_goal_names_it_for_the_goals_under_it() -> None:
    """A programme's chapter headings repeat the parent's goals word for word (read as focus
    areas); the goals in the chapter's sub-section are the planner's follow-up of that goal,
    in whatever words (before: the heading's section was not found, so nothing named it)."""
    from plancheck.mandate.parents import assess_parent
    from plancheck.models import FocusArea, Goal, Plan, Section, SourceInfo

    src = SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1)
    quoted = "Kommunen har ett rikt föreningsliv och levande byar med mötesplatser"
    parent = Plan(source=src, language="sv", goals=[
        Goal(id="g1", text=quoted + ".", page=1),
        Goal(id="g2", text="Jordbruket är lönsamt och utvecklas med hänsyn till klimatet.", page=1),
    ])
    child = Plan(
        source=src, language="sv",
        sections=[
            Section(id="s1", title=quoted, level=1, page=1),
            Section(id="s2", title="Programmets mål", level=3, parent_id="s1", page=1),
        ],
        focus_areas=[FocusArea(id="f1", text=quoted, page=1, section_id="s1")],
        goals=[Goal(id="c1", text="Bygdegårdar ska få driftbidrag på 40 000 kr per år.", page=1, section_id="s2")],
    )
    cov, links = assess_parent(child, parent, lang="sv")
    status = {c.id: str(getattr(c.status, "value", c.status)) for c in cov}
    assert status["g1"] == "partial"  # named by the heading; its words alone decide followed up
    assert status["g2"] == "not_followed_up"
    assert links[0].serves == ["g1"]
