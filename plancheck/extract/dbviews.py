"""A database view printed as a table: the header cells of a page tool's database (Notion,
Airtable, Microsoft Loop, a SharePoint list) each open with the glyph of the property's type
('Aa Name', '↗ Goal', '≡ Lead', '# Budget'), and one property, the title ('Aa'), names the
row.

Why: the glyph is no word of the header ('# Budget' is a budget column, not a number column) and
the title property's name is whatever the tool put there by default ('Name', 'Navn', 'Titel'):
each row of the view is an item named by its title cell, as each row of an issue tracker's
export is named by its summary (:mod:`plancheck.extract.trackers`). The glyphs are in the
lexicon (``tables.property_glyphs``, the title's ``tables.title_glyphs``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plancheck.lang.vocab import table_words


@dataclass(frozen=True)
class DatabaseViewSettings:
    """How many header cells must open with a property glyph for a header to be a view's."""

    min_marked: int = 3  # a title and two properties: fewer is a table with a symbol or two
    min_share: float = 0.6  # of the header's filled cells


@cache
def _glyph_pattern() -> re.Pattern[str]:
    glyphs = sorted({*table_words("property_glyphs"), *table_words("title_glyphs")}, key=len, reverse=True)
    alt = "|".join(re.escape(g) for g in glyphs) or r"(?!)"
    # the glyph, then a space and the property's name (a word, not another symbol)
    return re.compile(rf"^\s*({alt})\s+(?=\w)", re.IGNORECASE)


def view_header(header: list[str], settings: DatabaseViewSettings = DatabaseViewSettings()) -> tuple[list[str], int | None] | None:
    """(the header with each cell's property glyph taken off, the index of the title column or
    None) when ``header`` is a database view's: at least ``min_marked`` of its filled cells,
    and ``min_share`` of them, open with a property glyph and a name. None for any other header."""
    filled = [h for h in header if h and h.strip()]
    if len(filled) < settings.min_marked:
        return None
    pattern = _glyph_pattern()
    matches = [pattern.match(h or "") for h in header]
    marked = sum(1 for m in matches if m)
    if marked < settings.min_marked or marked < settings.min_share * len(filled):
        return None
    titles = {g.lower() for g in table_words("title_glyphs")}
    stripped = [(h[m.end():] if m else h) for h, m in zip(header, matches, strict=True)]
    title = next((i for i, m in enumerate(matches) if m and m.group(1).lower() in titles), None)
    return stripped, title


def _view_table(block) -> bool:
    table = getattr(block, "table", None)
    return table is not None and view_header(list(table.header or [])) is not None


_CONTROL = re.compile(r"^\s*[^\w\s(\[\"'«“‘]")  # opens with a symbol: a tab's, a button's glyph


def view_controls(blocks: list, index: int) -> bool:
    """Is ``blocks[index]`` the row of controls a page tool prints with a database view: a
    one-line paragraph opening with a symbol (the view's glyph before its tabs, '▦ All · By
    goal · Timeline  Filter · Sort · New'; the add button before the footer's calculations,
    '+ New  COUNT 12 · SUM …'), standing right above the view's header or right under its last
    row? They name views, buttons and totals, no item; read as text under the view's heading
    they became strategies."""
    block = blocks[index]
    if getattr(block, "table", None) is not None or "\n" in (block.text or "").strip():
        return False
    if not _CONTROL.match(block.text or ""):
        return False
    before = blocks[index - 1] if index > 0 else None
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    return any(b is not None and _view_table(b) for b in (before, after))
