"""Measures drawn as cards in the areas of a grid: a priority matrix, a board.

A plan may place its measures as boxes (cards) in the areas of a drawn grid: a 2 × 2 priority
matrix (high or low benefit × high or low cost), a board of columns. Each card holds, on lines of their
own, a head line (the measure's code and a chip naming the goals it serves: "Å4  Mål 1, 2"),
the measure's text, and a corner line of who and when set apart by a middle dot
("Gatuenheten · 2028", "– · 2029" when no owner is named). The layout gives such a cell as its
own words (the area's title) and then each card as a bulleted run of lines
(:func:`plancheck.layout.tables.card_cell_text`).

:func:`card_grid` reads every cell of such a table into one row per card: code, text, owner,
deadline, goal reference. The area's title says where the cards stand, not what they are; an
area whose title says its items are set aside ("Prioriteres ikke", "Not taken
forward": the lexicon's ``rejected_area`` phrases) holds options the plan rejected, no
measures. An area's priority is no deadline.

Why: read as one table of four long cells, the matrix gave no measure at all, or one run-on
text per area with every card's owner and year in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plancheck.models import Cell, Table

_CARD = re.compile(r"(?:^|\n)•\s+")
# the corner line: two parts parted by a middle dot (or a bar), the second a deadline or a dash
_CORNER = re.compile(r"^(?P<owner>[^·|]*?)\s*[·|]\s*(?P<when>[^·|]+)$")
_DASH = re.compile(r"^[–—-]$")
# a card's code: letters and a number, or a number, before the goal chip ("Å4", "T2.1", "3")
_CODE = re.compile(r"^(?P<code>(?:[^\W\d_]{1,3}\s?)?\d{1,2}(?:\.\d{1,2})?[a-z]?)(?:\s|$)")


@dataclass(frozen=True)
class CardGridSettings:
    """When a table's cells are areas holding cards."""

    # at least this many cards in the table (a single box in a cell is a call-out, not a grid)
    min_cards: int = 2
    # at most this many words in an area's own title (above its cards)
    max_title_words: int = 20
    # at least this share of the grid's filled cells hold cards
    min_carded_share: float = 0.5
    # at least this share of the cards close with a corner line of who and when: bulleted cells
    # of another table (strengths | weaknesses) close with none
    min_corner_share: float = 0.5


@cache
def _rejected_pattern(lang: str | None) -> re.Pattern[str] | None:
    from plancheck.lang.vocab import plain_words

    phrases = sorted({" ".join(p.lower().split()) for p in plain_words("rejected_area", lang)}, key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", re.IGNORECASE)


def rejected_area(title: str, lang: str | None = None) -> bool:
    """Does an area's title say its items are set aside, not part of the plan ('Ingår inte i planen',
    'Not taken forward', 'Prioriteres ikke')?"""
    pattern = _rejected_pattern(lang)
    return bool(pattern and pattern.search(" ".join((title or "").split())))


def _cards(text: str) -> tuple[str, list[list[str]]]:
    """(the area's own title, each card's lines) of a cell written by the layout as its title and
    then bulleted cards; no cards when the cell holds none."""
    parts = _CARD.split(text or "")
    title = parts[0].strip() if parts else ""
    cards = [[x.strip() for x in p.split("\n") if x.strip()] for p in parts[1:]]
    return title, [c for c in cards if c]


def _corner(line: str, lang: str) -> tuple[str, str] | None:
    """(owner, deadline) of a card's corner line ("Gatuenheten · 2028", "– · 2029": '' for a
    dash), None when the line is none: two parts, the second a deadline or a dash."""
    from plancheck.lang.deadlines import parse_deadline

    m = _CORNER.match(line)
    if m is None:
        return None
    who, when = m.group("owner").strip(), m.group("when").strip()
    if not who or not (_DASH.match(when) or parse_deadline(when, lang=lang) is not None):
        return None
    return ("" if _DASH.match(who) else who), ("" if _DASH.match(when) else when)


def card_row(lines: list[str], lang: str = "nb") -> tuple[str, str, str, str, str] | None:
    """(code, text, owner, deadline, goal reference) of a card's lines, '' where the card shows
    none; None when the card holds no text."""
    from plancheck.extract.roles import goal_numbers
    from plancheck.ingest.text import join_lines

    head, body = lines[0], lines[1:]
    code, goals = "", ""
    if goal_numbers(head) or _CODE.match(head):
        m = _CODE.match(head)
        if m and not goal_numbers(m.group("code")):
            code, head = m.group("code"), head[m.end():].strip()
        if goal_numbers(head):
            goals, head = head, ""
    if head:
        body = [head, *body]  # no head line: the card opens with its text
    owner = deadline = ""
    if len(body) > 1 and (corner := _corner(body[-1], lang)) is not None:
        (owner, deadline), body = corner, body[:-1]
    text = join_lines(body)
    if not text.strip():
        return None
    return code, text, owner, deadline, goals


def card_grid(table: Table, lang: str = "nb", settings: CardGridSettings = CardGridSettings()) -> Table | None:
    """The cards of a table whose every filled cell (its header row too: a grid has no header)
    is an area of cards (see the module), as a table 'number | measure | owner | deadline |
    goal', one row per card, less the cards of rejected areas; None when the table is no such
    grid."""
    cells = [Cell(row=-1, col=i, text=h or "") for i, h in enumerate(table.header)]
    cells += [c for row in table.rows for c in row if c.merged_from is None]
    filled = [c for c in cells if c.text.strip()]
    read = [(c, *_cards(c.text)) for c in filled]
    # (an area may hold its items without boxes: dashed boxes drawn as dots are no boxes; its
    # text then is no card, and no measure is read from it)
    if not read or sum(1 for _c, _t, cards in read if cards) < settings.min_carded_share * len(read):
        return None
    if sum(len(cards) for _c, _t, cards in read) < settings.min_cards:
        return None
    if any(cards and len(title.split()) > settings.max_title_words for _c, title, cards in read):
        return None
    every = [lines for _c, _t, cards in read for lines in cards]
    cornered = sum(1 for lines in every if len(lines) > 1 and _corner(lines[-1], lang) is not None)
    if cornered < settings.min_corner_share * len(every):
        return None
    rows: list[list[Cell]] = []
    for cell, title, cards in read:
        if rejected_area(title, lang):
            continue  # options set aside: no measures of the plan
        for lines in cards:
            row = card_row(lines, lang)
            if row is None:
                continue
            k = len(rows)
            rows.append([Cell(row=k, col=i, text=v, page=cell.page, bbox=cell.bbox) for i, v in enumerate(row)])
    return table.model_copy(update={"header": ["", "", "", "", ""], "rows": rows})


CARD_ROLES: list[str | None] = ["number", "measure", "owner", "deadline", "goal"]
