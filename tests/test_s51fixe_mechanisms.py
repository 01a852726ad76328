"""Session 51 (fixe): an annual report card, each stage on hand-built inputs with invented wording.

- Layout (plancheck/layout/badges.py ``rating_badges``, read in layout/document.py ``layout_page``):
  a grade drawn as a capital letter set large in a filled disc at the left of a card ('B', 'A+'),
  a caption under the disc ('SCORE') and perhaps a note under that. The letter and its caption
  are a rating, no text (the letter was read as a heading over the card, then as its goal); a
  note under them is a column of its own, read beside the card's text, not run into its lines.
- Layout (plancheck/layout/records.py ``_list_goes_on``): a lead-in ('Coming up') over bullets
  that each carry an 'Owner: … | Due: …' line is the list's lead-in, not the title of a record
  whose description is the first bullet alone."""

from __future__ import annotations

from test_layout_support import line_words, word_chars

from plancheck.layout.blocks import build_blocks
from plancheck.layout.document import layout_page
from plancheck.layout.records import records_to_tables
from plancheck.models import BBox, Block, BlockKind, Provenance

WIDTH, HEIGHT = 595.0, 842.0


def _card(top: float, grade: str, goal: str, actions: list[tuple[str, str]], note: list[str] | None = None):
    """A report card at ``top``: a disc 40 pt across at x 40 with the grade in 22 pt type, 'SCORE'
    under it in 6 pt (and a note in 6 pt under that), the card's text at x 110 in 9-10 pt."""
    disc = (40.0, top, 80.0, top + 40.0)
    words = line_words(grade, 53.0, top + 9.0, size=22)
    words += line_words("SCORE", 47.0, top + 43.0, size=6)
    for k, part in enumerate(note or []):
        words += line_words(part, 46.0, top + 52.0 + 7.0 * k, size=6)
    words += line_words("AIM", 110.0, top - 12.0, size=8)
    words += line_words(goal, 110.0, top, size=10)
    y = top + 16.0
    words += line_words("Last year we planted saplings along the canal path.", 110.0, y, size=9)
    y += 14.0
    for action, field in actions:
        words += line_words(action, 110.0, y, size=9)
        words += line_words(field, 120.0, y + 12.0, size=8)
        y += 26.0
    return words, disc


def _page():
    words, discs = [], []
    for top, grade, goal, acts, note in (
        (100.0, "B", "Every street has a tree within sight of each front door",
         [("Plant sixty street trees in the old mill district", "Owner: Tree Officer | Due: March 2031")], None),
        (260.0, "C", "Pollen counts are shared with every clinic each spring",
         [("Send the pollen bulletin to surgeries each week", "Owner: Air Quality Team | Due: April 2031")],
         ["[check", "score", "first JT]"]),
    ):
        w, d = _card(top, grade, goal, acts, note)
        words += w
        discs.append(d)
    return words, discs


def _texts(words, discs) -> list[str]:
    page = layout_page(1, WIDTH, HEIGHT, word_chars(words), panels=discs, shapes=discs)
    return [b.text for b in build_blocks([page.lines], [])]


def test_a_grade_letter_in_a_disc_beside_a_card_and_its_caption_are_no_text():
    texts = _texts(*_page())
    assert not any(t in ("B", "C", "SCORE") or t.startswith(("B ", "C ")) for t in texts)
    assert not any("SCORE" in t for t in texts)
    # the card's lines are its own: nothing of the badge's column runs into them
    assert any(t.startswith("Every street has a tree within sight of each front door") for t in texts)
    assert any(t.startswith("Pollen counts are shared with every clinic each spring") for t in texts)
    # the note under the caption is a text of its own, read beside the card, after its first lines
    assert "[check score first JT]" in texts
    pollen = next(k for k, t in enumerate(texts) if t.startswith("Pollen"))
    assert texts.index("[check score first JT]") > pollen


def test_what_is_no_rating_badge():
    from plancheck.layout.badges import rating_badges

    words, discs = _page()
    found = rating_badges(discs, words)
    assert [[w.text for w in badge] for _box, badge in found] == [["B", "SCORE"], ["C", "SCORE"]]
    # the note's own box: under the caption, not the disc
    assert found[1][0][1] > discs[1][3]
    # a letter no larger than the text beside it is an outline letter, no grade
    small = [w if w.text not in ("B", "C") else type(w)(w.text, w.x0, w.top, w.x1, w.top + 10, 10) for w in words]
    assert rating_badges(discs, small) == []
    # a number in a disc is an outline number (cards.shape_numbers), no grade
    digits = [type(w)("2", w.x0, w.top, w.x1, w.bottom, w.size) if w.text in ("B", "C") else w for w in words]
    assert rating_badges(discs, digits) == []
    # a disc with nothing beside it (a legend's swatch) rates nothing
    alone = [w for w in words if w.x0 < 100]
    assert rating_badges(discs, alone) == []


def _b(i: int, kind: BlockKind, text: str, top: float, x0: float = 110.0, bold: bool = False, size: float = 9.0,
       level: int | None = None) -> Block:
    return Block(id=f"b{i}", kind=kind, text=text, bold=bold, font_size=size, level=level,
                 provenance=Provenance(page=1, source_text=text, bbox=BBox(x0=x0, top=top, x1=x0 + 300, bottom=top + 10)))


def test_a_lead_in_over_bullets_each_with_its_fields_titles_no_record():
    P, L = BlockKind.paragraph, BlockKind.list_item
    blocks = [
        _b(0, P, "Trees along the canal are looked after", 80.0),
        _b(1, P, "COMING UP", 100.0, bold=True),
        _b(2, L, "Water the young trees through the summer", 114.0, level=0),
        _b(3, P, "Owner: Parks Crew", 128.0, x0=120.0),
        _b(4, P, "Due: August 2031", 142.0, x0=120.0),
        _b(5, L, "Replace the saplings lost to frost", 156.0, level=0),
        _b(6, P, "Owner: Tree Officer", 170.0, x0=120.0),
        _b(7, P, "Due: May 2031", 184.0, x0=120.0),
        _b(8, L, "Put up name plates on the oldest oaks", 198.0, level=0),
        _b(9, P, "Owner: Heritage Desk", 212.0, x0=120.0),
    ]
    # (the caller's lexicon names the labels an owner's and a deadline's)
    out = records_to_tables(blocks, hint={"owner": "owner", "due": "deadline"}.get)
    # the lead-in stays a line of its own, and the first bullet is read as the others are
    assert [b.text for b in out][:2] == ["Trees along the canal are looked after", "COMING UP"]
    tables = [b.table for b in out if b.kind == BlockKind.table]
    assert not any("COMING UP" in c.text for t in tables for row in t.rows for c in row)
    assert (out[2].kind, out[2].text) == (BlockKind.list_item, "Water the young trees through the summer")
    assert [c.text for c in tables[0].rows[-1]] == ["Parks Crew", "August 2031"]
    # titled records whose descriptions are bullets are records still when each opens with its title
    P2 = [
        _b(0, P, "Street trees", 100.0, bold=True),
        _b(1, L, "Plant sixty trees in the mill district", 114.0, level=0),
        _b(2, P, "Owner: Tree Officer", 128.0, x0=120.0),
        _b(3, P, "Due: March 2031", 142.0, x0=120.0),
        _b(4, P, "Canal path", 156.0, bold=True),
        _b(5, L, "Water the young trees through the summer", 170.0, level=0),
        _b(6, P, "Owner: Parks Crew", 184.0, x0=120.0),
        _b(7, P, "Due: August 2031", 198.0, x0=120.0),
    ]
    assert [b.kind for b in records_to_tables(P2)] == [BlockKind.table]
