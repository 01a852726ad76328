"""Tiles: drawn boxes standing side by side in a grid, each holding a text of its own.

A web page (a CSS grid) or a brochure sets a plan's goals or themes on TILES: boxes of the same
height in a row, a narrow gutter between them, each holding an icon, a theme word and a
sentence of a few lines. The gutter is too narrow for the column cut, and every line of the row
has words in each tile, so the row reads like the row of a borderless table: the tiles' lines
run into each other ("Alle barn skal ha  Innbyggjarane skal  Utsleppa skal ned …"). The
boxes say where each tile ends: :func:`grid_tiles` finds them, and the page reads each tile as
a region of its own (like a frame), its lines together, tile after tile.

A box is a tile only beside another of its row: both hold words wholly inside, cut through
none, hold text on at least ``tile_min_lines`` lines, have their tops and bottoms level
(within ``tile_level_slack``) and stand apart by a gutter (``tile_min_gap``, at most
``tile_max_gap_ratio`` of the page wide). The cells of a table touch (no gutter); a side box
stands alone in its row. Frames of one size set at staggered heights beside each other (a goal
wheel: frames left and right of a drawn circle, each a little lower on the right) are tiles
too, however far apart: their heights overlap by ``tile_stagger_overlap`` and their sizes agree
within ``tile_size_slack``.

Geometry only: no words are read here.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from plancheck.layout.boxes import box_within, crosses_box, inside_box, line_count, same_box
from plancheck.layout.cards import distinct_boxes
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word

if TYPE_CHECKING:  # the table reader's types, for the hints only
    from plancheck.layout.tables import TablePiece
    from plancheck.models import Cell


def holds_text(box: Box, words: list[Word], page_width: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Could ``box`` be a tile: narrower than ``side_box_max_width_ratio`` of the page, holding
    words on at least ``tile_min_lines`` lines wholly inside, cutting through none?"""
    slack = settings.side_box_slack
    w, h = box[2] - box[0], box[3] - box[1]
    if min(w, h) < settings.side_box_min_size or w > settings.side_box_max_width_ratio * page_width:
        return False
    held = [x for x in words if inside_box(x, box, slack)]
    if line_count(held, settings) < settings.tile_min_lines:
        return False
    return not any(crosses_box(x, box, slack) for x in words)


def _neighbours(a: Box, b: Box, page_width: float, settings: LayoutSettings) -> bool:
    """Do ``a`` and ``b`` stand in one row of a grid: tops and bottoms level, a gutter between?
    Or are they frames of one size set side by side at staggered heights (:func:`_staggered`)?"""
    level = abs(a[1] - b[1]) <= settings.tile_level_slack and abs(a[3] - b[3]) <= settings.tile_level_slack
    left, right = (a, b) if a[0] <= b[0] else (b, a)
    gap = right[0] - left[2]
    if level:
        return settings.tile_min_gap <= gap <= settings.tile_max_gap_ratio * page_width
    return gap >= settings.tile_min_gap and _staggered(a, b, settings)


def _staggered(a: Box, b: Box, settings: LayoutSettings) -> bool:
    """Are ``a`` and ``b`` boxes of one size (``tile_size_slack``) whose heights overlap by at
    least ``tile_stagger_overlap`` of their height, not level? A goal wheel sets its goals in
    frames of one size around a drawing, the left ones a little higher than the right ones: read
    as lines of the page, a left frame's second line runs into a right frame's first."""
    slack = settings.tile_size_slack
    if abs((a[2] - a[0]) - (b[2] - b[0])) > slack or abs((a[3] - a[1]) - (b[3] - b[1])) > slack:
        return False
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap >= settings.tile_stagger_overlap * (a[3] - a[1])


def grid_tiles(shapes: list[Box], words: list[Word], page_width: float, settings: LayoutSettings = DEFAULT) -> list[Box]:
    """The tiles of a page, row by row, left to right (see the module's docstring). A box
    inside another tile (an icon's frame) is none; of a box drawn twice (fill and stroke), one."""
    if not shapes or len(shapes) > settings.card_max_shapes:
        return []  # a drawing (a map, a chart), not a page of tiles
    slack = settings.side_box_slack
    boxes = [b for b in distinct_boxes(shapes, slack) if holds_text(b, words, page_width, settings)]
    ring = set(map(tuple, ring_boxes(boxes, shapes, settings)))
    tiles = [b for b in boxes if tuple(b) in ring or any(o is not b and _neighbours(b, o, page_width, settings) for o in boxes)]
    outer = [b for b in tiles if not any(o is not b and box_within(b, o, slack) for o in tiles)]
    return sorted(outer, key=lambda b: (round(b[1] / max(settings.tile_level_slack, 0.1)), b[0]))


def ring_boxes(boxes: list[Box], shapes: list[Box], settings: LayoutSettings = DEFAULT) -> list[Box]:
    """The boxes of ``boxes`` (each holding text) set around a drawing: at least
    ``tile_ring_min_count`` of one size (``tile_size_slack``), the middle of the area they span
    inside none of them but inside another drawn shape, with boxes wholly above, below, left
    and right of that middle, and one above or below it spanning it. Else [].

    Why: a samfunnsdel's wheel sets its goals in frames of one size around a drawn circle,
    level pairs left and right of it, too far apart for a grid's gutter: read as lines of the
    page, a left frame's line runs into the right frame's, and the wheel's labels stand
    between them. A grid of boxes has no drawing in the middle, nor a box over its middle."""
    slack = settings.tile_size_slack
    best: list[Box] = []
    for a in boxes:
        same = [b for b in boxes if abs((a[2] - a[0]) - (b[2] - b[0])) <= slack and abs((a[3] - a[1]) - (b[3] - b[1])) <= slack]
        if len(same) > len(best):
            best = same
    if len(best) < settings.tile_ring_min_count:
        return []
    cx = (min(b[0] for b in best) + max(b[2] for b in best)) / 2
    cy = (min(b[1] for b in best) + max(b[3] for b in best)) / 2
    if any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in best):
        return []
    sides = (
        any(b[3] < cy for b in best),
        any(b[1] > cy for b in best),
        any(b[2] < cx for b in best),
        any(b[0] > cx for b in best),
        any(b[0] <= cx <= b[2] for b in best),
    )
    if not all(sides):
        return []
    ring = {tuple(b) for b in best}
    drawn = any(tuple(s) not in ring and s[0] <= cx <= s[2] and s[1] <= cy <= s[3] for s in shapes)
    return best if drawn else []


def tile_row_pieces(
    pieces: list[TablePiece], panels: list[Box], page_width: float, settings: LayoutSettings = DEFAULT
) -> list[TablePiece]:
    """The ruled-table ``pieces`` that are tiles read as a table: a row of the piece holds at
    least two cells with text that are each a drawn box of ``panels`` (its edges within
    ``tile_cell_slack``), standing apart by a gutter (``tile_min_gap`` to ``tile_max_gap_ratio``
    of the page wide) in which no cell holds text.

    Why: a browser or an office program draws a card (with rounded corners: CSS
    ``border-radius``, a rounded rectangle shape) as a path of lines and curves; pdfplumber takes
    the straight stretches of two cards side by side, with a heading bar drawn above or below
    them, for the rules of one table (card, gutter, card), and each card's text ("OUTCOME … What
    this means … Our commitments …") ran together into one cell. The cells of a real table touch:
    no gutter stands between boxes drawn one for each cell. Such a piece is no table; its boxes
    are left to :func:`grid_tiles` and the side-box readers, its other words to the text."""
    widest = settings.tile_max_gap_ratio * page_width
    out = []
    for piece in pieces:
        for row in piece.rows:
            cells = sorted((c for c in row if c is not None and c.bbox is not None), key=lambda c: c.bbox.x0)
            boxed = [c for c in cells if c.text.strip() and any(_is_drawn_box(_cell_box(c), b, settings) for b in panels)]
            if len(boxed) < 2 or len(boxed) < sum(1 for c in cells if c.text.strip()):
                continue
            if all(settings.tile_min_gap <= b.bbox.x0 - a.bbox.x1 <= widest for a, b in itertools.pairwise(boxed)):
                out.append(piece)
                break
    return out


def _is_drawn_box(cell: Box, box: Box, settings: LayoutSettings) -> bool:
    """Is the table cell ``cell`` the drawn ``box``: its edges within ``tile_cell_slack`` of the
    box's, or lying inside the box with its left and right so and its top and bottom at most
    ``tile_cell_corner_inset`` further in? A card with rounded corners is drawn as straight
    sides joined by curves; pdfplumber takes only the straight stretches for rules, and where a
    rule across the page's next box is snapped to them (a key box under a grid of cards), the
    cell ends where the card's side stops straight, a corner's radius short of its edge."""
    slack = settings.tile_cell_slack
    if same_box(cell, box, slack):
        return True
    inset = slack + settings.tile_cell_corner_inset
    return (box_within(cell, box, slack) and abs(cell[0] - box[0]) <= slack and abs(cell[2] - box[2]) <= slack
            and cell[1] - box[1] <= inset and box[3] - cell[3] <= inset)


def _cell_box(cell: Cell) -> Box:
    """A cell's bounding box as a :data:`Box` (the caller has checked it has one)."""
    return (cell.bbox.x0, cell.bbox.top, cell.bbox.x1, cell.bbox.bottom)


def panel_grid_boxes(
    pieces: list[TablePiece], words: list[Word], settings: LayoutSettings = DEFAULT
) -> list[tuple[TablePiece, list[Box]]]:
    """The ruled-table ``pieces`` that are grids of labelled panels, each with its panels' boxes
    (top to bottom, left to right): every distinct cell that holds text (at least
    ``panel_grid_min_cells``) holds it on ``panel_min_lines`` lines or more and opens with a
    label line of at most ``panel_label_max_words`` words, bold, every letter a capital.

    Why: a project canvas, a business model canvas or an A3 report sets its parts in boxes that
    touch, drawn as one grid ('FORMÅL', 'MÅL', 'AKTIVITETER', 'MILEPÆLE' …, boxes spanning
    rows), each a label in capitals, often a question under it, and paragraphs or lists of its
    own. pdfplumber finds the grid a table, and each box's text is read as one cell. In a table
    the labels head the columns (a header row), not every cell: a grid whose every cell opens
    with a label of its own is a page of panels, each read as a region with its heading, like a
    tile (:func:`grid_tiles`), whose boxes stand a gutter apart."""
    out = []
    slack = settings.side_box_slack
    for piece in pieces:
        if not piece.ruled or piece.diagram or piece.field_list or piece.tab_stops is not None:
            continue
        boxes: list[Box] = []
        for row in piece.rows:
            for cell in row:
                if cell is None or cell.bbox is None or not cell.text.strip():
                    continue
                box = _cell_box(cell)
                if not any(same_box(box, b, slack) for b in boxes):
                    boxes.append(box)
        if len(boxes) < settings.panel_grid_min_cells:
            continue
        if all(_labelled_panel([w for w in words if inside_box(w, b, slack)], settings) for b in boxes):
            out.append((piece, sorted(boxes, key=lambda b: (b[1], b[0]))))
    return out


def _labelled_panel(words: list[Word], settings: LayoutSettings) -> bool:
    """Do ``words`` (a box's) stand on ``panel_min_lines`` lines or more, the first a label: at
    most ``panel_label_max_words`` words, each bold and its letters capitals (two at least)?"""
    if line_count(words, settings) < settings.panel_min_lines:
        return False
    top = min(w.top for w in words)
    first = [w for w in words if w.top - top <= settings.y_tolerance]
    letters = [ch for w in first for ch in w.text if ch.isalpha()]
    return (len(first) <= settings.panel_label_max_words and len(letters) >= 2
            and all(w.bold for w in first) and all(ch.isupper() for ch in letters))
