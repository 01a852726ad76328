"""Sticky notes: a small note stuck over the edge of a larger one belongs to it.

A digital whiteboard (Miro, Mural, a Teams or Jamboard board) exported to PDF, or a workshop
wall photographed into a slide, sets its items on STICKY NOTES placed freely: a square
coloured box with a soft shadow, its text wrapped inside. A note that says who or when about
an item is stuck ON that item's note, over its edge: a small note half on the larger one and
half beside it ('Owner: …', 'When: …'). Read as lines of the page, the small note's words run
into the larger note's lines level with them, and pdfplumber takes the edges of the
overlapping boxes for the rules of a table, so the item's text and its fields are cut into
cells across each other.

:func:`stuck_notes` finds each note (a box of ``panels`` holding words, narrower than
``side_box_max_width_ratio`` of the page) with the smaller notes stuck on it: a note of at
least ``note_min_area_ratio`` and at most ``note_max_area_ratio`` of its area, narrower and lower than it (each side at most
``note_max_side_ratio`` of its), overlapping it by at least ``note_min_overlap`` of
its own area but not lying inside it, holding words wholly inside itself. The larger note
holds at least ``card_min_words`` words of its own (inside it and in none of its stuck
notes) and cuts through no word but those of its stuck notes. The page reads such a group as
a card: the larger note's text, then each stuck note as a region of its own, top to bottom
(:func:`plancheck.layout.document.expand_frames`), and no ruled table is read over it
(:func:`note_pieces`). A shadow (a box of the same size drawn a few points off,
``note_shadow_max_offset``) is one box with its note.

Geometry only: no words are read here, and no colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plancheck.layout.boxes import box_area, box_within, crosses_box, inside_box, overlap_area
from plancheck.layout.cards import distinct_boxes
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word

if TYPE_CHECKING:  # the table reader's types, for the hints only
    from plancheck.layout.tables import TablePiece


def _union(boxes: list[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def without_shadows(boxes: list[Box], settings: LayoutSettings = DEFAULT) -> list[Box]:
    """``boxes`` with each box and its shadow (a box of the same size within
    ``tile_size_slack``, set off by more than ``side_box_slack`` and at most
    ``note_shadow_max_offset`` across and down) joined into one box."""
    slack, most, size = settings.side_box_slack, settings.note_shadow_max_offset, settings.tile_size_slack
    out: list[Box] = []
    for b in boxes:
        k = next((k for k, o in enumerate(out)
                  if abs((o[2] - o[0]) - (b[2] - b[0])) <= size and abs((o[3] - o[1]) - (b[3] - b[1])) <= size
                  and abs(o[0] - b[0]) <= most and abs(o[1] - b[1]) <= most
                  and max(abs(o[0] - b[0]), abs(o[1] - b[1])) > slack), None)
        if k is None:
            out.append(b)
        else:
            out[k] = _union([out[k], b])
    return out


def _notes(panels: list[Box], words: list[Word], page_width: float,
           settings: LayoutSettings = DEFAULT) -> list[tuple[Box, list[Word]]]:
    """The boxes of ``panels`` (each with its shadow) that could be notes: at least
    ``side_box_min_size`` each way, narrower than ``side_box_max_width_ratio`` of the page,
    holding words wholly inside; with those words."""
    slack = settings.side_box_slack
    out = []
    for b in without_shadows(distinct_boxes(panels, slack), settings):
        w, h = b[2] - b[0], b[3] - b[1]
        if min(w, h) < settings.side_box_min_size or w > settings.side_box_max_width_ratio * page_width:
            continue
        held = [x for x in words if inside_box(x, b, slack)]
        if held:
            out.append((b, held))
    return out


def stuck_notes(panels: list[Box], words: list[Word], page_width: float,
                settings: LayoutSettings = DEFAULT) -> list[tuple[Box, Box, list[Box]]]:
    """Each note with notes stuck on it (see the module's docstring): the box around the
    group, the note's own box (where the group stands in the reading order: the stuck notes
    reach into the gutter beside it) and the stuck notes' boxes, top to bottom; the groups top
    to bottom, left to right."""
    if not panels or len(panels) > settings.card_max_shapes:
        return []  # a drawing (a map, a chart), not a board of notes
    slack = settings.side_box_slack
    notes = _notes(panels, words, page_width, settings)
    # each small note goes with the larger note it overlaps most
    owner: dict[int, int] = {}
    for i, (s, _held) in enumerate(notes):
        if any(crosses_box(x, s, slack) for x in words):
            continue
        best, most = None, 0.0
        for j, (b, _held) in enumerate(notes):
            if j == i or box_within(s, b, slack):
                continue
            if not settings.note_min_area_ratio * box_area(b) <= box_area(s) <= settings.note_max_area_ratio * box_area(b):
                continue  # (a label much smaller than the box it is set on, a chart's value, is no note)
            side = settings.note_max_side_ratio
            if s[2] - s[0] > side * (b[2] - b[0]) or s[3] - s[1] > side * (b[3] - b[1]):
                continue  # (a band across a panel's top is no note stuck on it)
            shared = overlap_area(s, b)
            if shared >= settings.note_min_overlap * box_area(s) and shared > most:
                best, most = j, shared
        if best is not None:
            owner[i] = best
    out: list[tuple[Box, Box, list[Box]]] = []
    for j, (b, held) in enumerate(notes):
        stuck = [notes[i] for i, o in owner.items() if o == j]
        if not stuck or j in owner:
            continue
        theirs = {id(x) for _s, s_words in stuck for x in s_words}
        own = [x for x in held if id(x) not in theirs]
        if len(own) < settings.card_min_words:
            continue
        if any(crosses_box(x, b, slack) and id(x) not in theirs for x in words):
            continue
        boxes = sorted((s for s, _w in stuck), key=lambda s: (s[1], s[0]))
        out.append((_union([b, *boxes]), b, boxes))
    return sorted(out, key=lambda g: (g[0][1], g[0][0]))


def note_columns(panels: list[Box], words: list[Word], page_width: float, groups: list[tuple[Box, Box, list[Box]]],
                 settings: LayoutSettings = DEFAULT) -> list[tuple[Box, Box, list[tuple[Box, list[Box]]]]]:
    """The columns of a board: notes and groups of stuck notes (``groups``, :func:`stuck_notes`)
    stacked one under another, their own left edges within ``poster_stack_slack``, each starting
    at most ``note_stack_max_gap`` below the one above (a header band over them is one of them),
    at least one a group; only when ``poster_min_columns`` such columns stand side by side, tops
    level within ``tile_level_slack``. Each: the box around it, the box around its notes less
    what is stuck on them (where it stands in the reading order), and its items top to bottom,
    each a box and the stuck notes to read after its text.

    Why: a whiteboard sets one column of notes under each goal's band ('GOAL 2' and under it the
    actions, each with its owner note stuck on): its columns are read one after the other, as a
    kanban board's lanes, not row by row across the board (the rows of notes are level only by
    chance; a blank band crosses every column between them)."""
    if not groups:
        return []
    slack = settings.poster_stack_slack
    stuck = {s for _g, _n, ss in groups for s in ss}
    mains = {n for _g, n, _s in groups}
    items: list[tuple[Box, Box, list[Box]]] = [(g, n, ss) for g, n, ss in groups]
    items += [(b, b, []) for b, _w in _notes(panels, words, page_width, settings)
              if b not in stuck and b not in mains and not any(box_within(b, g, slack) for g, _n, _s in groups)]
    columns: list[list[tuple[Box, Box, list[Box]]]] = []
    for item in sorted(items, key=lambda it: (it[1][1], it[1][0])):
        note = item[1]
        col = next((c for c in columns if abs(c[-1][1][0] - note[0]) <= slack
                    and 0 <= note[1] - c[-1][1][3] <= settings.note_stack_max_gap), None)
        if col is None:
            columns.append([item])
        else:
            col.append(item)
    columns = [c for c in columns if len(c) >= 2 and any(ss for _b, _n, ss in c)]
    level = [c for c in columns if any(o is not c and abs(o[0][1][1] - c[0][1][1]) <= settings.tile_level_slack
                                       for o in columns)]
    if len(level) < settings.poster_min_columns:
        return []
    out = []
    for c in sorted(level, key=lambda c: c[0][1][0]):
        out.append((_union([b for b, _n, _s in c]), _union([n for _b, n, _s in c]), [(b, ss) for b, _n, ss in c]))
    return out


def note_pieces(pieces: list[TablePiece], groups: list[Box], settings: LayoutSettings = DEFAULT) -> list[TablePiece]:
    """The ruled-table ``pieces`` lying within a group of stuck notes (``groups``, within
    ``note_shadow_max_offset``): the edges of overlapping notes taken for a table's rules."""
    most = settings.note_shadow_max_offset
    return [p for p in pieces if any(box_within(tuple(p.bbox), g, most) for g in groups)]
