"""A vertical timeline: time labels on one line, cards beside it that take the label they hang
under as their deadline; a date column in a table or dated news items are no timeline —
hand-built blocks with boxes."""

from __future__ import annotations

from conftest import table_of

from plancheck.extract.plan import build_plan
from plancheck.extract.timeline import find_timeline
from plancheck.ingest.sections import build_sections
from plancheck.models import BBox, Block, BlockKind, Document, Provenance

LINE = 300.0


def _b(kind: BlockKind, text: str, x0: float, x1: float, top: float, level: int | None = None) -> Block:
    return Block(id="", kind=kind, text=text, level=level,
                 provenance=Provenance(page=1, bbox=BBox(x0=x0, top=top, x1=x1, bottom=top + 12), source_text=text))


def _label(text: str, top: float) -> Block:
    return _b(BlockKind.paragraph, text, LINE - 30, LINE + 30, top)


def _card(title: str, owner: str | None, goals: list[int], left: bool, top: float, about: str = "") -> list[Block]:
    x0, x1 = (60.0, 270.0) if left else (330.0, 540.0)
    out = [_b(BlockKind.paragraph, title, x0, x1, top)]
    if about:
        out[0].bold = True
        out.append(_b(BlockKind.paragraph, about, x0, x1, top + 8))
    if owner:
        out.append(_b(BlockKind.paragraph, f"Ansvar: {owner}", x0, x0 + 120, top + 15))
    out += [_b(BlockKind.paragraph, f"Mål {n}", x0 + 30 * k, x0 + 30 * k + 20, top + 30) for k, n in enumerate(goals)]
    return out


def _doc(blocks: list[Block]) -> Document:
    head = [
        _b(BlockKind.heading, "Mål", 60, 100, 10, level=2),
        _b(BlockKind.paragraph, "Mål 1 Alle innbyggere skal vite hva de gjør i en krise", 60, 500, 30),
        _b(BlockKind.paragraph, "Mål 2 Kommunen skal ha en øvd kriseledelse", 60, 500, 45),
        _b(BlockKind.heading, "Tidslinje", 60, 140, 70, level=2),
    ]
    blocks = head + blocks
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
    return Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))


TIMELINE = [
    _label("Høsten 2026", 100),
    *_card("Dele ut en brosjyre til alle husstander", "Beredskapsenheten", [1], True, 120),
    *_card("Øve kriseledelsen i et felles scenario", "Rådmannens stab", [2], False, 170),
    _label("2027", 220),
    *_card("Kjøpe satellittelefoner til hjemmetjenesten", None, [1, 2], True, 240),
    _label("Hvert år", 290),
    *_card("Oppdatere beredskapsplanen", "Beredskapsenheten", [2], False, 310, about="Planen skal vise hvem som gjør hva."),
    _label("Ikke fastsatt", 360),
    *_card("Utrede et nytt krisesenter", "Eiendom", [1], True, 380),
]


def test_each_card_takes_the_label_it_hangs_under():
    plan = build_plan(_doc(list(TIMELINE)), lang="nb", model=None)
    got = [(m.text, m.deadline.text if m.deadline else None, [o.text for o in m.owners], len(m.goal_ids)) for m in plan.measures]
    assert got == [
        ("Dele ut en brosjyre til alle husstander", "Høsten 2026", ["Beredskapsenheten"], 1),
        ("Øve kriseledelsen i et felles scenario", "Høsten 2026", ["Rådmannens stab"], 1),
        ("Kjøpe satellittelefoner til hjemmetjenesten", "2027", [], 2),
        ("Oppdatere beredskapsplanen", "Hvert år", ["Beredskapsenheten"], 1),
        ("Utrede et nytt krisesenter", None, ["Eiendom"], 1),  # a label that is no time: no deadline
    ]


def test_dated_news_items_are_no_timeline():
    blocks = []
    for k, (date, text) in enumerate([("12. mars 2026", "Kommunen åpnet et nytt bibliotek i sentrum med lang åpningstid."),
                                       ("3. april 2026", "Bystyret vedtok planen for trafikksikkerhet etter en lang debatt."),
                                       ("20. mai 2026", "Kulturskolen holdt sin vårkonsert i rådhuset for fullt hus.")]):
        blocks += [_b(BlockKind.paragraph, date, 60, 130, 100 + 60 * k), _b(BlockKind.paragraph, text, 60, 540, 115 + 60 * k)]
    assert find_timeline(_doc(blocks).blocks).cards == {}


def test_a_date_column_in_a_table_is_no_timeline():
    table = Block(id="", kind=BlockKind.table, table=table_of(["Tiltak", "Frist"], [["A", "2026"], ["B", "2027"], ["C", "2028"]]),
                  provenance=Provenance(page=1, bbox=BBox(x0=60, top=100, x1=540, bottom=200)))
    assert find_timeline(_doc([table]).blocks).cards == {}


def test_a_bare_year_at_the_top_of_a_page_is_no_page_number():
    from test_layout_support import line_words

    from plancheck.layout.furniture import mark_furniture
    from plancheck.layout.lines import words_to_lines

    def kinds(text: str, top: float) -> list[str]:
        lines = words_to_lines(line_words(text, 280, top) + line_words("Dele ut en brosjyre til alle", 60, 120), 1)
        mark_furniture([lines], [842.0])
        return [ln.kind for ln in sorted(lines, key=lambda ln: ln.top)]

    assert kinds("2027", 40) == ["", ""]  # a timeline's label going on from the page before
    assert kinds("12", 40) == ["furniture", ""]  # a page number at the top


def test_labels_beside_their_texts_are_a_table_row_not_a_timeline():
    blocks = []
    for k, (when, text) in enumerate([("2026", "Dele ut en brosjyre"), ("2027", "Øve kriseledelsen"), ("2028", "Utrede et krisesenter")]):
        top = 100 + 40 * k
        blocks += [_label(when, top), _b(BlockKind.paragraph, text, 60, 250, top),
                   _b(BlockKind.paragraph, "Ansvar: Beredskapsenheten", 60, 250, top + 15)]
    assert find_timeline(_doc(blocks).blocks).cards == {}


def test_a_deadline_field_on_the_card_beats_the_label_it_hangs_under():
    # the label is the time of the cards under it; a card that prints its own deadline says better
    card = _card("Dele ut en brosjyre til alle husstander", "Beredskapsenheten", [1], True, 120)
    card.insert(2, _b(BlockKind.paragraph, "Frist: juni 2027", 60, 180, 142))
    blocks = [_label("Høsten 2026", 100), *card, *TIMELINE[1 + len(card) - 1:]]
    plan = build_plan(_doc(blocks), lang="nb", model=None)
    got = {m.text: m.deadline.text if m.deadline else None for m in plan.measures}
    assert got["Dele ut en brosjyre til alle husstander"] == "juni 2027"
    assert got["Øve kriseledelsen i et felles scenario"] == "Høsten 2026"
