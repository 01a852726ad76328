"""Labelled fields and items inside running text: an owner or deadline label after a sentence
end ("… hjemmetjenesten. Ansvar: … Frist: …") splits the field off the measure's text wherever
it sits on the line; stage tests on hand-built inputs."""

from __future__ import annotations

from plancheck.extract.fields import split_fields


def test_fields_written_on_as_sentences_are_split_off_the_measure():
    f = split_fields("Tilby digitalt tilsyn til alle nye brukere. Ansvar: Hjemmetjenesten. Frist: Høst 2026", "nb")
    assert (f.text, f.owner, f.deadline, f.labelled) == (
        "Tilby digitalt tilsyn til alle nye brukere", "Hjemmetjenesten", "Høst 2026", True)
    # an owner of several words, the sentence's own full stop after the last field
    f = split_fields("Ta fram en cykelplan. Ansvarig: Samhällsbyggnadsförvaltningen. Tidsplan: Juni 2026.", "sv")
    assert (f.text, f.owner, f.deadline) == ("Ta fram en cykelplan", "Samhällsbyggnadsförvaltningen", "Juni 2026")
    # one field only, and a date whose full stops are its own
    f = split_fields("Lage en rutine for tilsyn. Frist: 31.12.2026", "nb")
    assert (f.text, f.owner, f.deadline) == ("Lage en rutine for tilsyn", None, "31.12.2026")


def test_a_field_label_set_in_emphasis_needs_no_full_stop_before_it():
    text = "Hold a workshop every spring Lead: Parks Service Due: 2027"
    f = split_fields(text, "en", (text.index("Lead"), text.index("Due")))
    assert (f.text, f.owner, f.deadline) == ("Hold a workshop every spring", "Parks Service", "2027")
    # the same words without emphasis and without a sentence end are the measure's own
    assert split_fields(text, "en").owner is None


def test_a_label_inside_a_sentence_or_an_unknown_label_stays_text():
    for text in ("Vi tar ansvar: for alt som skjer", "Lage en plan. Merk: gjelder alle skoler"):
        f = split_fields(text, "nb")
        assert (f.text, f.owner, f.deadline, f.labelled) == (text, None, None, False)
    # the fields of a wrapped line of their own ("Ansvar: … . Frist: …") are both read
    f = split_fields("Tiltak (ansvar: kultur, tid: 2025)", "nb")
    assert (f.text, f.owner, f.deadline) == ("Tiltak", "kultur", "2025")


# --------------------------------------------------------------------------- items in a paragraph

from plancheck.extract.inline import item_starts, split_inline_items  # noqa: E402
from plancheck.models import Block, BlockKind, Document  # noqa: E402
from tests.conftest import plan_of_blocks  # noqa: E402

_RUNNING = (
    "Strategy 2.1 Make walking to school safe and easy. Action 2.1.1 Set up walking school buses at five "
    "schools. Lead: Education Department. Due: Autumn 2026. Action 2.1.2 Lower the speed limit near "
    "every school. Lead: Roads Unit. Due: 2027."
)


def test_labels_after_a_sentence_end_start_items_in_a_paragraph_that_opens_with_one():
    starts = item_starts(_RUNNING)
    assert [_RUNNING[a:a + 10] for a in starts] == ["Strategy 2", "Action 2.1", "Action 2.1"]
    # a label inside a sentence, or in a paragraph that opens with none, starts nothing
    assert item_starts("We follow up as Action 2.1 says, and action 2.2 is next.") == []
    # prose about numbered goals is no outline: the later number does not extend the first
    assert item_starts("Goal 12 is about consumption. Goal 13 is about climate.") == [0]
    prose = "The council met twice. Action 2.1 was discussed."
    assert item_starts(prose) == []
    # ... unless the layout saw it set apart in bold or italics
    assert item_starts(prose, (prose.index("Action"),)) == [prose.index("Action")]


def test_each_labelled_item_of_a_running_paragraph_is_a_measure_with_its_fields():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Goal 2 Children travel to school on their own", level=2),
        Block(id="", kind=BlockKind.paragraph, text=_RUNNING),
    ]
    plan = plan_of_blocks(blocks, "en")
    assert [s.text for s in plan.strategies] == ["Make walking to school safe and easy."]
    got = [(m.text, [o.text for o in m.owners], m.deadline and m.deadline.text) for m in plan.measures]
    assert got == [
        ("Set up walking school buses at five schools", ["Education Department"], "Autumn 2026"),
        ("Lower the speed limit near every school", ["Roads Unit"], "2027"),
    ]
    assert all(m.strategy_ids == [plan.strategies[0].id] for m in plan.measures)
    # every piece quotes its own part of the paragraph
    assert [m.provenance.source_text[:10] for m in plan.measures] == ["Action 2.1", "Action 2.1"]


def test_a_numbering_label_carrying_the_role_word_is_read_as_the_items_label():
    # a Word multilevel list whose generated numbers read "Indsats 1.1.1" (Danish)
    blocks = [
        Block(id="b0", kind=BlockKind.list_item, text="Flere børn skal cykle til skole.", number="Mål 1", level=0),
        Block(id="b1", kind=BlockKind.list_item, text="Gøre skolevejen sikker", number="Strategi 1.1", level=1),
        Block(id="b2", kind=BlockKind.list_item, text="Bygge cykelsti ved skolen. Ansvar: Vejafdelingen. Frist: 2027",
              number="Indsats 1.1.1", level=2),
    ]
    doc = split_inline_items(Document(path="x.docx", blocks=blocks))
    assert [(b.text[:12], b.number) for b in doc.blocks] == [
        ("Mål 1 Flere ", None), ("Strategi 1.1", None), ("Indsats 1.1.", None)]
    plan = plan_of_blocks(blocks, "da")
    assert [g.text for g in plan.goals] == ["Flere børn skal cykle til skole."]
    assert [(m.text, m.owner_text, m.deadline.text) for m in plan.measures] == [
        ("Bygge cykelsti ved skolen", "Vejafdelingen", "2027")]
    assert plan.measures[0].goal_ids == [plan.goals[0].id]


# --------------------------------------------------------------------------- layout: emphasis


def _styled_line(parts: list[tuple[str, str]], top: float):
    """One line of (text, style) runs, style "" / "b" / "i"."""
    from dataclasses import replace

    from test_layout_support import line_words

    from plancheck.layout.lines import words_to_lines

    words, x = [], 60.0
    for text, style in parts:
        ws = line_words(text, x, top)
        ws = [replace(w, bold=style == "b", font="Sans-Italic" if style == "i" else "Sans") for w in ws]
        words += ws
        x = ws[-1].x1 + 3
    return words_to_lines(words, 1)[0]


def test_emphasised_runs_starting_after_regular_text_are_marked_in_the_block():
    from plancheck.layout.blocks import build_blocks

    lines = [
        _styled_line([("Strategi 1.1", "b"), ("Bygga cykelvägar. ", ""), ("Aktivitet 1.1.1", "b"),
                      ("Bygga en väg längs", "")], 100),
        _styled_line([("Norrvägen.", ""), ("Ansvarig:", "i"), ("Gatuenheten.", ""), ("Klar:", "i"), ("2027.", "")], 112),
    ]
    (block,) = build_blocks([lines], [])
    marked = [block.text[a:].split()[0] for a in block.emphasis]
    # the bold run opening the block is its run-in title, not a mark
    assert block.run_in == "Strategi 1.1"
    assert marked == ["Aktivitet", "Ansvarig:", "Klar:"]
    # a line in one style throughout has none
    (plain,) = build_blocks([[_styled_line([("Bygga en väg längs Norrvägen.", "")], 100)]], [])
    assert plain.emphasis == []


# --------------------------------------------------------------------------- generated documents

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

_DA_GOALS = [
    ("Flere børn skal cykle eller gå til skole.", [
        ("Gøre skolevejen sikker", [
            ("Bygge cykelsti langs Skolevej", "Vejafdelingen", "2027"),
            ("Sænke hastigheden ved alle skoler", "Trafikafdelingen og politiet", "Efterår 2026"),
        ]),
    ]),
    ("Flere skal tage bussen til arbejde.", [
        ("Forbedre busforbindelserne", [
            ("Indføre halvtimesdrift på linje 4", None, "2028"),
            ("Bygge overdækkede stoppesteder", "Vejafdelingen", None),
        ]),
    ]),
]


def _multilevel_word_plan(path: Path) -> None:
    """A Danish plan whose plan part is one Word multilevel list: the generated numbers carry
    the role words ('Mål 1', 'Strategi 1.1', 'Indsats 1.1.1'), and each measure is one
    paragraph '<text>. **Ansvar:** <owner>. **Frist:** <deadline>'."""
    from docx import Document as Docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt

    d = Docx()
    d.add_heading("Handleplan for trafik 2026–2029", 0)
    d.add_heading("1 Indledning", 1)
    d.add_paragraph("Planen følger op på kommuneplanen. Under hvert mål står strategierne og indsatserne.")
    d.add_heading("2 Mål, strategier og indsatser", 1)
    texts = ("Mål %1", "Strategi %1.%2", "Indsats %1.%2.%3")
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{t}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{1400 + 567 * i}" w:hanging="1400"/></w:pPr></w:lvl>'
        for i, t in enumerate(texts)
    )
    numbering = d.part.numbering_part.element
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
                               f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def item(level: int, runs: list[tuple[str, bool]]) -> None:
        p = d.add_paragraph()
        num = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
        p._p.get_or_add_pPr().insert(0, num)
        for text, bold in runs:
            r = p.add_run(text)
            r.bold = bold
            r.font.size = Pt(11)
        assert p._p.pPr.find(qn("w:numPr")) is not None

    for goal, strategies in _DA_GOALS:
        item(0, [(goal, True)])
        for strategy, measures in strategies:
            item(1, [(strategy, False)])
            for text, owner, deadline in measures:
                runs = [(text + ".", False)]
                if owner:
                    runs += [(" Ansvar:", True), (f" {owner}.", False)]
                if deadline:
                    runs += [(" Frist:", True), (f" {deadline}", False)]
                item(2, runs)
    d.add_heading("3 Opfølgning", 1)
    d.add_paragraph("Teknik- og miljøudvalget får en status hvert år.")
    d.save(path)


def _check_da_plan(plan, where: str) -> None:
    assert [g.text for g in plan.goals] == [g for g, _s in _DA_GOALS], where
    assert [s.text for s in plan.strategies] == [s for _g, ss in _DA_GOALS for s, _m in ss], where
    want = [(t, o, dl) for _g, ss in _DA_GOALS for _s, ms in ss for t, o, dl in ms]
    got = [(m.text.removeprefix(m.number or "").strip(), m.owner_text, m.deadline and m.deadline.text)
           for m in plan.measures]
    assert got == want, where
    # each measure serves its strategy and the strategy's goal
    for m in plan.measures:
        (s,) = [s for s in plan.strategies if s.id in m.strategy_ids]
        assert m.goal_ids == s.goal_ids and len(s.goal_ids) == 1, where


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_word_multilevel_list_with_role_numbers_and_inline_fields_read_end_to_end(tmp_path):
    from corpora.synth.convert import soffice_to_pdf
    from plancheck.mandate.evaluate import load_plan

    src = tmp_path / "handleplan.docx"
    _multilevel_word_plan(src)
    soffice_to_pdf([src], tmp_path)
    for path in (tmp_path / "handleplan.pdf", src):
        _check_da_plan(load_plan(path, lang="da"), path.suffix)


_EN_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm }} body {{ font: 11pt/1.45 'DejaVu Serif', serif }}
p {{ text-align: justify }} h2 {{ font: bold 15pt sans-serif }}</style></head><body>
<h1>Active travel action plan 2026–2029</h1>
<p>The plan sets out how the council will make walking and cycling the easy choice.</p>
{body}
<h2>Done last period</h2><ul><li>Built 3 km of new cycle track.</li></ul>
</body></html>"""

_EN_GOALS = [
    ("Goal 1", "More journeys in town are made on foot or by bike.", [
        ("Strategy 1.1", "Build a joined-up cycle network between homes, schools and the centre", [
            ("Action 1.1.1", "Build a cycle track along Mill Road", "Highways Team", "2027"),
            ("Action 1.1.2", "Publish a cycle parking plan for the town centre", "Planning Service", "June 2026"),
        ]),
        ("Strategy 1.2", "Make the school run safe for children on foot", [
            ("Action 1.2.1", "Start walking buses at five primary schools", "Education Department", "Autumn 2026"),
            ("Action 1.2.2", "Set a 20 mph limit outside every school", None, "2026"),
        ]),
    ]),
]


def _running_text_page() -> str:
    body = []
    for glabel, goal, strategies in _EN_GOALS:
        body.append(f"<h2>{glabel}</h2><p><b>{goal}</b></p>")
        for slabel, strategy, actions in strategies:
            parts = [f"<b>{slabel}</b> {strategy}."]
            for alabel, text, owner, due in actions:
                parts.append(f"<b>{alabel}</b> {text}.")
                if owner:
                    parts.append(f"<i>Lead:</i> {owner}.")
                parts.append(f"<i>Due:</i> {due}.")
            body.append("<p>" + " ".join(parts) + "</p>")
    return _EN_PAGE.format(body="\n".join(body))


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium is not installed")
def test_a_web_page_with_several_labelled_actions_per_running_paragraph_read_end_to_end(tmp_path):
    from corpora.synth.convert import chromium_to_pdf
    from plancheck.mandate.evaluate import load_plan

    html, pdf = tmp_path / "plan.html", tmp_path / "plan.pdf"
    html.write_text(_running_text_page(), encoding="utf-8")
    chromium_to_pdf([(html, pdf)])
    plan = load_plan(pdf, lang="en")
    assert [g.text for g in plan.goals] == [g for _l, g, _s in _EN_GOALS]
    assert [s.text.rstrip(".") for s in plan.strategies] == [s for _l, _g, ss in _EN_GOALS for _sl, s, _a in ss]
    want = [(t, o, d) for _l, _g, ss in _EN_GOALS for _sl, _s, acts in ss for _al, t, o, d in acts]
    assert [(m.text, m.owner_text, m.deadline and m.deadline.text) for m in plan.measures] == want
    for m in plan.measures:
        (s,) = [s for s in plan.strategies if s.id in m.strategy_ids]
        assert m.goal_ids == s.goal_ids == [plan.goals[0].id]
        assert m.provenance.page == 1 and m.provenance.bbox is not None
        assert m.provenance.source_text.startswith("Action ")


def test_an_owner_field_with_a_deadline_after_a_spaced_dash_is_split():
    """A line of fields wrapped so that the owner's label opens a line of its own
    ("– Ansvar: Rektorer – 31.12.2025"): the unlabelled deadline after the dash is the deadline."""
    from plancheck.extract.fields import _owner_then_deadline

    assert _owner_then_deadline([("owner", "Rektorer – 31.12.2025")], "sv") == [
        ("owner", "Rektorer"), ("deadline", "31.12.2025")]
    assert _owner_then_deadline([("owner", "Servicetorget, kvar haust")], "nn") == [
        ("owner", "Servicetorget"), ("deadline", "kvar haust")]
    # a dash inside an owner's name, with no deadline after it, stays
    assert _owner_then_deadline([("owner", "Helse og omsorg – alle einingar")], "nn") == [
        ("owner", "Helse og omsorg – alle einingar")]
