"""Run-in titles ("**Uthållighet** – När man …") found by form in layout, and items of a
strategy chapter read by them in extraction; with three small walk mechanisms found on the same
kind of plan: a label that is the subject of a sentence, a body that acts right under a labelled
goal, and a measure paragraph printed twice."""

from __future__ import annotations

from plancheck.extract.plan import build_plan
from plancheck.extract.runin import merge_run_in_items, run_in_sections
from plancheck.ingest.sections import build_sections
from plancheck.layout.blocks import classify, run_in_title
from plancheck.layout.chars import Char
from plancheck.layout.lines import Line, finish_line
from plancheck.layout.words import chars_to_words
from plancheck.models import Block, BlockKind, Document, Plan, Provenance


def _chars(parts: list[tuple[str, bool]], top: float = 100.0) -> list[Char]:
    """Characters of one line made of (text, bold) runs."""
    out: list[Char] = []
    x = 50.0
    for text, bold in parts:
        for ch in text:
            w = 2.5 if ch == " " else 5.0
            out.append(Char(ch, x, top, x + w, top + 10, 10, "Font-Bold" if bold else "Font", bold))
            x += w
    return out


def _line(parts: list[tuple[str, bool]]) -> Line:
    words = chars_to_words(_chars(parts))
    ln = Line(1, words, 0, 0, 0, 0, 0, False)
    ln.top, ln.bottom = min(w.top for w in words), max(w.bottom for w in words)
    finish_line(ln)
    return ln


# --------------------------------------------------------------------------- layout


def test_bold_words_opening_a_regular_line_are_a_run_in_title():
    assert run_in_title(_line([("Uthållighet", True), ("- När man genomför en plan", False)])) == "Uthållighet"
    assert run_in_title(_line([("Skapa förståelse", True), (" för energi hos brukare", False)])) == "Skapa förståelse"
    assert run_in_title(_line([("Alt i vanlig vekt her", False)])) is None
    assert run_in_title(_line([("Alt i halvfet her", True)])) is None


def test_a_bold_line_whose_colon_is_regular_is_a_run_in_title_not_a_heading():
    ln = _line([("Ställa krav", True), (":", False)])
    assert ln.bold  # the line reads as bold
    assert run_in_title(ln) == "Ställa krav"
    assert classify(ln, 10.0)[0] == "text"
    # a colon set bold with its words is a heading's
    assert classify(_line([("Ställa krav:", True)]), 10.0)[0] == "heading"


# --------------------------------------------------------------------------- extraction


def _h(text: str) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=1)


def _p(text: str, run_in: str | None = None) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text, run_in=run_in)


def _li(text: str) -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, level=0, bullet="-")


def _doc(blocks: list[Block]) -> Document:
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    return Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))


def _strategy_chapter() -> list[Block]:
    return [
        _h("Strategi"),
        _p("Vi ska arbeta efter nedanstående tankesätt."),
        _p("Skapa förståelse för energi hos brukare.", "Skapa förståelse"),
        _p("Entusiasmera, lyft fram goda initiativ.", "Entusiasmera"),
        _p("Ta vara på idéer från golvet."),
        _p("Uthållighet- resultaten kräver uppföljning.", "Uthållighet"),
        _p("Personalen ska frigöras några dagar per år för:"),
        _p("Vidareutbildning och studiebesök.", "Vidareutbildning"),
        _p("Ställa krav:", "Ställa krav"),
        _li("Slöseri ska inte tillåtas"),
        _li("Lönsamhet beräknas med LCC"),
    ]


def test_items_of_a_run_in_chapter_run_from_title_to_title():
    doc = _doc(_strategy_chapter())
    assert len(run_in_sections(doc)) == 1
    merged = merge_run_in_items(doc)
    texts = [b.text for b in merged.blocks if b.kind != BlockKind.heading]
    assert texts == [
        "Vi ska arbeta efter nedanstående tankesätt.",
        "Skapa förståelse för energi hos brukare.",
        "Entusiasmera, lyft fram goda initiativ. Ta vara på idéer från golvet.",
        "Uthållighet- resultaten kräver uppföljning.",
        "Personalen ska frigöras några dagar per år för: Vidareutbildning och studiebesök.",
        "Ställa krav: Slöseri ska inte tillåtas Lönsamhet beräknas med LCC",
    ]
    assert merge_run_in_items(merged).blocks == merged.blocks  # reading it again changes nothing


def test_each_titled_item_is_one_strategy_and_the_introduction_none():
    plan = build_plan(_doc(_strategy_chapter()), lang="sv", model=None)
    assert [s.text.split()[0] for s in plan.strategies] == [
        "Skapa", "Entusiasmera,", "Uthållighet-", "Personalen", "Ställa",
    ]


def test_repeated_bold_field_labels_do_not_make_a_run_in_chapter():
    blocks = [
        _h("Strategi"),
        _p("Ansvar: Kommunen", "Ansvar"),
        _p("Ansvar: Skolan", "Ansvar"),
        _p("Ansvar: Biblioteket", "Ansvar"),
    ]
    assert run_in_sections(_doc(blocks)) == set()


def _plan(blocks: list[Block]) -> Plan:
    return build_plan(_doc(blocks), lang="sv", model=None)


def test_a_label_that_is_the_subject_of_a_sentence_is_no_goal():
    plan = _plan([_h("Politiska mål"), _p("Mål 5 Kommunen ska minska utsläppen."), _p("Mål 6 gäller endast grannkommunen")])
    assert [g.text for g in plan.goals] == ["Kommunen ska minska utsläppen."]


def test_a_body_acting_right_under_a_labelled_goal_is_a_measure_serving_it():
    plan = _plan(
        [
            _h("Förvaltningens mål"),
            _p("Mål 7 Kommunerna ska använda upphandlingskriterier för energi."),
            _p("Kommunen ska införa upphandlingskriterier för energi."),
            _p("Mål 8 Kommunerna ska betona energihushållningen."),
            _p("Detta är viktigt för klimatet och för ekonomin i kommunen."),
        ]
    )
    assert [(m.text, [o.text for o in m.owners], m.goal_ids) for m in plan.measures] == [
        ("Kommunen ska införa upphandlingskriterier för energi.", ["Kommunen"], [plan.goals[0].id])
    ]


def test_a_measure_paragraph_printed_twice_in_a_section_is_one_measure():
    plan = _plan(
        [
            _h("Åtgärder"),
            _p("Kommunen ska byta ut gatubelysningen mot LED."),
            _p("Driftpersonal ska ges möjlighet att utbilda sig."),
            _p("Kommunen ska byta ut gatubelysningen mot LED."),
        ]
    )
    assert [m.text for m in plan.measures] == [
        "Kommunen ska byta ut gatubelysningen mot LED.",
        "Driftpersonal ska ges möjlighet att utbilda sig.",
    ]
