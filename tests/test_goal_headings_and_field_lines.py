"""Goals as headings with their strategies as bold-italic 'Vi vil …' lines under them, and
measures as plain paragraphs with a small line of labelled fields under each ("Ansvar: … ·
Frist: …") — layout and walk on hand-built lines and blocks."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.extract.fields import field_line
from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.layout.blocks import build_blocks, heading_wrapped, italic_turn
from plancheck.layout.lines import words_to_lines
from plancheck.layout.words import Word
from plancheck.models import Block, BlockKind, Document, Provenance

BODY = "Dette er vanlig brødtekst som fyller hele linjen i spalten her"


def _line(text: str, top: float, font: str, *, bold: bool = False, x: float = 50, size: float = 10):
    words = [Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, font=font, bold=bold) for w in line_words(text, x, top, size)]
    return words_to_lines(words, 1)[0]


def _body(top: float):
    return _line(BODY, top, "Serif")


# --------------------------------------------------------------------------- layout


def test_a_bold_italic_line_under_a_bold_heading_is_a_block_of_its_own():
    goal = _line("Mål 2: Byggene skal bruke mindre energi.", 100, "Sans-Bold", bold=True)
    way = _line("Vi vil redusere energibruken i byggene", 113, "Serif-BoldItalic", bold=True)
    assert italic_turn(goal, way, 400, 50) and not italic_turn(goal, goal, 400, 50)
    assert not italic_turn(way, goal, 400, 50)  # (an italic line then an upright one: one title)
    blocks = build_blocks([[*(_body(t) for t in (40, 52, 64)), goal, way, _body(140)]], [])
    heads = [b.text for b in blocks if b.kind == BlockKind.heading]
    assert heads == ["Mål 2: Byggene skal bruke mindre energi.", "Vi vil redusere energibruken i byggene"]


def test_a_wrapped_heading_keeps_its_last_line_even_when_it_reads_as_a_number():
    first = _line("Mål 1: Utslippene fra trafikken skal halveres innen", 100, "Sans-Bold", bold=True)
    rest = _line("2030.", 113, "Sans-Bold")  # (a line of digits may not be seen as bold)
    body = [_line(BODY, t, "Serif") for t in (40, 52, 64)]
    right = max(ln.x1 for ln in [*body, first])
    first_at_margin = _line("Mål 1: Utslippene fra trafikken skal halveres innen", 100, "Sans-Bold", bold=True,
                            x=50 + right - first.x1)
    assert heading_wrapped(first_at_margin, rest, right, first_at_margin.x0)
    assert not heading_wrapped(first_at_margin, _line("2030.", 113, "Serif"), right, first_at_margin.x0)
    blocks = build_blocks([[*body, first_at_margin, rest, _body(140)]], [])
    assert [b.text for b in blocks if b.kind == BlockKind.heading] == [
        "Mål 1: Utslippene fra trafikken skal halveres innen 2030."]


# --------------------------------------------------------------------------- extract


def test_a_line_of_labelled_fields_is_read_with_any_separator():
    assert field_line("Ansvar: Teknisk drift · Frist: Høst 2028") == [("owner", "Teknisk drift"), ("deadline", "Høst 2028")]
    assert field_line("Lead: Parks | Due: 2026") == [("owner", "Parks"), ("deadline", "2026")]
    assert field_line("Ansvar: Eiendomsavdelingen") == [("owner", "Eiendomsavdelingen")]
    assert field_line("Bygge 40 ladepunkter ved skolene") is None


def _plan(spec: list[tuple]):
    blocks = []
    for k, (kind, text, *rest) in enumerate(spec):
        b = Block(id=f"b{k}", kind=kind, text=text, level=rest[0] if kind == BlockKind.heading else None,
                  font_size=rest[0] if kind == BlockKind.paragraph and rest else 11.5)
        b.provenance = Provenance(page=1, source_text=text)
        blocks.append(b)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="nb", model=None)


H, P = BlockKind.heading, BlockKind.paragraph
SPEC = [
    (H, "Mål, strategier og tiltak", 1),
    (H, "Mål 1: Utslippene fra trafikken skal halveres innen 2030.", 3),
    (H, "Vi vil gjøre det enkelt å velge sykkel og buss", 3),
    (P, "Bygge 40 ladepunkter ved kommunale bygg", 11.5),
    (P, "Ansvar: Teknisk drift · Frist: 2027", 8.0),
    (H, "Mål 2: Byggene skal bruke mindre energi.", 3),
    (H, "Vi vil produsere mer fornybar energi lokalt", 3),
    (P, "Legge solceller på taket av skolen", 11.5),
    (P, "Ansvar: Eiendomsavdelingen", 8.0),
]


def test_goal_headings_with_strategy_lines_and_measures_over_field_lines():
    plan = _plan(SPEC)
    goals = {g.id: g.text for g in plan.goals}
    assert sorted(goals.values()) == ["Byggene skal bruke mindre energi.",
                                      "Utslippene fra trafikken skal halveres innen 2030."]
    strategies = {s.text: [goals[g] for g in s.goal_ids] for s in plan.strategies}
    assert strategies == {"Vi vil gjøre det enkelt å velge sykkel og buss": ["Utslippene fra trafikken skal halveres innen 2030."],
                          "Vi vil produsere mer fornybar energi lokalt": ["Byggene skal bruke mindre energi."]}
    by_id = {s.id: s.text for s in plan.strategies}
    got = {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None,
                    [by_id[s] for s in m.strategy_ids]) for m in plan.measures}
    assert got == {
        "Bygge 40 ladepunkter ved kommunale bygg": (["Teknisk drift"], "2027", ["Vi vil gjøre det enkelt å velge sykkel og buss"]),
        "Legge solceller på taket av skolen": (["Eiendomsavdelingen"], None, ["Vi vil produsere mer fornybar energi lokalt"]),
    }
    assert all(m.has_deadline_column for m in plan.measures)  # the missing deadline is a finding


def test_one_field_in_the_paragraphs_own_size_makes_no_measure():
    plan = _plan([(H, "Bakgrunn", 1), (P, "Kommunen har mange bygg fra før 1980", 11.5),
                  (P, "Ansvar: Eiendomsavdelingen", 11.5)])
    assert [m.text for m in plan.measures] == []


def test_a_we_will_heading_without_a_goal_heading_above_is_no_strategy():
    plan = _plan([(H, "Innledning", 1), (H, "Vi vil bli en bedre kommune", 3), (P, "Litt tekst om planen.", 11.5)])
    assert plan.strategies == []
