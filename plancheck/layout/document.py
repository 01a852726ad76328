"""The layout of a whole PDF: pages → characters → words → regions → lines → tables → blocks.

Each stage is a pure function of its input (see the modules named after them); this module
only runs them in order over the pages and keeps every intermediate result on a
:class:`Layout`, so the debug view (``plancheck layout``) can show why a page was read the way
it was.

pypdfium2 reads the characters (fast); pdfplumber is opened only for pages whose vector paths
make a table grid, to find ruled tables. ``LayoutSettings(char_source="pdfplumber")`` reads characters
with pdfplumber instead (the reference path).
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from plancheck import pagebands
from plancheck.layout.annotations import Annotations, find_annotations
from plancheck.layout.badges import rating_badges
from plancheck.layout.bandtables import find_banded_tables, horizontal_rules
from plancheck.layout.blocks import body_size, build_blocks, title
from plancheck.layout.boxedrows import stack_boxed_rows
from plancheck.layout.boxes import (
    box_within,
    contains_box,
    figure_panels,
    is_panel,
    side_bars,
    side_boxes,
    side_panels,
    text_beside,
    words_box,
)
from plancheck.layout.callouts import disc_callouts
from plancheck.layout.cards import item_boxes, number_badges, shape_numbers
from plancheck.layout.chars import Char, glyph_texts, pdfium_chars, plumber_chars, shown_point
from plancheck.layout.columns import Region, carried_flow, last_column_pair, spread_halves, xy_cut
from plancheck.layout.cutcolumns import join_cut_columns
from plancheck.layout.dashtables import find_dash_tables
from plancheck.layout.fieldheads import furniture_pieces, mark_field_headers
from plancheck.layout.fieldlists import find_field_lists
from plancheck.layout.flowboxes import Polyline, box_diagrams, flowcharts
from plancheck.layout.forms import flatten_forms, saved_copy
from plancheck.layout.furniture import (
    mark_footnotes,
    mark_furniture,
    mark_later_title_headers,
    mark_section_heads,
    mark_stamps,
    mark_title_header,
    mark_toc,
)
from plancheck.layout.icons import icon_cards, icon_fields, stacked_cards, stacked_icon_fields
from plancheck.layout.imposition import imposed_order
from plancheck.layout.linenumbers import drop_line_numbers
from plancheck.layout.lines import (
    Line,
    attach_centred_labels,
    attach_drop_caps,
    floating_tags,
    set_tails_apart,
    words_to_lines,
)
from plancheck.layout.marginnotes import move_margin_notes
from plancheck.layout.margins import split_margin_labels
from plancheck.layout.marks import Box, bullet_words, is_mark
from plancheck.layout.metromaps import DrawnPath, metro_maps
from plancheck.layout.orgcharts import hanging_cards
from plancheck.layout.parallel import parallel_boxes
from plancheck.layout.plumber import graphics_only, open_plumber
from plancheck.layout.posters import headed_columns, poster_columns
from plancheck.layout.pullquotes import PULL_QUOTE, mark_pull_quotes
from plancheck.layout.records import records_to_tables
from plancheck.layout.rules import has_table_grid
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.stickynotes import note_columns, note_pieces, stuck_notes
from plancheck.layout.strike import split_struck
from plancheck.layout.tables import (
    TablePiece,
    find_ruled_tables,
    find_unruled_tables,
    foot_rows,
    grid_rows,
    head_only,
    head_over_bands,
    head_over_rows,
    in_box,
    is_text_frame,
    join_pieces,
    moved_over,
    orphan_head,
    outline_levels,
    without_boxed_items,
    zebra_stripes,
)
from plancheck.layout.tiles import grid_tiles, panel_grid_boxes, tile_row_pieces
from plancheck.layout.wheels import ring_calendars
from plancheck.layout.words import Word, chars_to_words
from plancheck.models import Block, Table

TABLE_MARK = "\x00table"
FRAME_MARK = "\x00frame"


class LayoutError(Exception):
    """The PDF cannot be opened by pypdfium2 (the caller explains why)."""


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    chars: int = 0
    regions: list[Region] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    pieces: list[TablePiece] = field(default_factory=list)
    # the lines of text printed struck through (deleted, no part of what the page says), as read
    struck: list[str] = field(default_factory=list)
    # the horizontal rules drawn on the page (bandtables.horizontal_rules): (left, y, right)
    hrules: list[tuple[float, float, float]] = field(default_factory=list)
    # the frame of a page printed shrunk on this one with its annotations beside it
    # (annotations.py): that page's edge, where its own running header and footer stand
    sheet: tuple[float, float, float, float] | None = None


@dataclass
class Layout:
    pages: list[PageLayout]
    tables: list[tuple[TablePiece, Table]]
    blocks: list[Block]
    toc_pages: list[int]
    title: str | None


def may_have_ruled_table(page, settings: LayoutSettings = DEFAULT, bounds: list[PathBounds] | None = None) -> bool:
    """Could a pypdfium2 page hold a ruled table? Only then is pdfplumber asked for one
    (its page parse is most of the cost of reading a page): when the page draws enough rules
    (:func:`enough_rules`, a count) and they make a table grid pdfplumber would find
    (:func:`plancheck.layout.rules.has_table_grid`, its own table functions run on pdfium's
    paths). ``bounds``: the page's :func:`path_bounds`, when already listed."""
    return enough_rules(page, settings, bounds) and has_table_grid(page, settings)


#: a path object's nesting level (0 on the page, 1 inside a form XObject on it) and its bounds
#: (left, bottom, right, top) in PDF page coordinates
PathBounds = tuple[int, float, float, float, float]


#: how many levels of form XObjects :func:`path_bounds` walks down by default
PATH_DEPTH = 2


def path_bounds(page, max_depth: int = PATH_DEPTH, counts: dict[str, int] | None = None) -> list[PathBounds]:
    """The bounds of a pypdfium2 page's path objects, down to ``max_depth`` levels of form
    XObjects, in the order of pypdfium2's ``get_objects`` (a form's objects after it);
    ``counts["text"]``, when given, is set to the number of text objects met on the way (see
    :func:`plancheck.layout.chars.pdfium_chars`).

    Why: the rule count, the drawn bullets and the side boxes each walked the page's objects
    through ``get_objects``, which builds a helper object per page object; one walk with
    pdfium's own functions serves all three."""
    import ctypes

    import pypdfium2.raw as raw
    from pypdfium2 import PdfiumError

    out: list[PathBounds] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    path, form, text = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM, raw.FPDF_PAGEOBJ_TEXT
    get_type, get_bounds = raw.FPDFPageObj_GetType, raw.FPDFPageObj_GetBounds
    texts = 0

    def walk(count: int, get, level: int, outer: tuple | None) -> None:
        nonlocal texts
        if count < 0:
            raise PdfiumError("Failed to get number of pageobjects.")
        for i in range(count):
            obj = get(i)
            if not obj:
                raise PdfiumError("Failed to get pageobject.")
            kind = get_type(obj)
            if kind == path:
                if not get_bounds(obj, *refs):
                    raise PdfiumError("Failed to locate pageobject.")
                box = (left.value, bottom.value, right.value, top.value)
                # (only a form moved whole, as a page is on an imposed sheet: a form drawn scaled, a
                # browser's icon, keeps the bounds the readers of shapes were tuned on)
                moved = outer is not None and outer[:4] == (1.0, 0.0, 0.0, 1.0)
                out.append((level, *(placed_box(box, outer) if moved else box)))
            elif kind == text:
                texts += 1
            elif kind == form and level < max_depth - 1:
                walk(raw.FPDFFormObj_CountObjects(obj), lambda k, o=obj: raw.FPDFFormObj_GetObject(o, k), level + 1,
                     _placed(_form_matrix(obj), outer))

    handle = page.raw
    walk(raw.FPDFPage_CountObjects(handle), lambda k: raw.FPDFPage_GetObject(handle, k), 0, None)
    if counts is not None:
        counts["text"] = texts
    return out


def _form_matrix(obj) -> tuple[float, float, float, float, float, float]:
    """The matrix a form XObject's contents are placed on its page (or in its outer form) with."""
    import ctypes

    import pypdfium2.raw as raw

    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _times(m: tuple, n: tuple) -> tuple:
    """The PDF matrix ``m`` (a, b, c, d, e, f), then ``n``."""
    return (m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2],
            m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5])


def _placed(inner: tuple, outer: tuple | None) -> tuple | None:
    """The matrix ``inner`` then ``outer`` (None: the identity, nothing to place)."""
    if outer is not None:
        inner = _times(inner, outer)
    return None if inner == (1.0, 0.0, 0.0, 1.0, 0.0, 0.0) else inner


def placed_box(box: tuple[float, float, float, float], matrix: tuple) -> tuple[float, float, float, float]:
    """A box (left, bottom, right, top) of a form XObject's own space where ``matrix`` places
    it on the page: pdfium gives the bounds of a form's path objects in the form's space, so a
    form drawn elsewhere on the sheet (a page of a printer's imposed sheet, a logo placed twice)
    would have its rules where the form's own origin is."""
    a, b, c, d, e, f = matrix
    xs, ys = [], []
    for x in (box[0], box[2]):
        for y in (box[1], box[3]):
            xs.append(a * x + c * y + e)
            ys.append(b * x + d * y + f)
    return (min(xs), min(ys), max(xs), max(ys))


def enough_rules(page, settings: LayoutSettings = DEFAULT, bounds: list[PathBounds] | None = None) -> bool:
    """Does a pypdfium2 page draw enough rules for a ruled table? At least two horizontal
    and three vertical rules: thin path objects count as one rule, boxes as two of each. A
    cheap count from the objects' bounds, before the grid check."""
    thin = settings.rule_max_thickness
    horizontal = vertical = 0
    for _level, left, bottom, right, top in path_bounds(page) if bounds is None else bounds:
        w, h = right - left, top - bottom
        if h <= thin and w > thin:
            horizontal += 1
        elif w <= thin and h > thin:
            vertical += 1
        elif w > thin and h > thin:
            horizontal += 2
            vertical += 2
        if horizontal >= 2 and vertical >= 3:
            return True
    return False


def _path_boxes(page, max_depth: int, bounds: list[PathBounds] | None = None) -> list[Box]:
    """The bounding boxes of a pypdfium2 page's path objects, in top-down coordinates of the
    page as shown: a page with a ``/Rotate`` (a landscape page stored as a portrait box, turned
    by 90 degrees) has its boxes turned as its characters are (:func:`turned_box`)."""
    rotation = page.get_rotation() % 360
    width, height = page.get_size()
    found = path_bounds(page, max_depth) if bounds is None else bounds
    if not rotation:
        return [(left, height - top, right, height - bottom) for level, left, bottom, right, top in found if level < max_depth]
    return [turned_box((left, bottom, right, top), rotation, width, height) for level, left, bottom, right, top in found if level < max_depth]


def turned_box(box: tuple[float, float, float, float], rotation: int, width: float, height: float) -> Box:
    """A rectangle of PDF user space (left, bottom, right, top; y up) on a page turned by
    ``rotation`` degrees and shown ``width`` × ``height``, in top-down coordinates of the page
    as shown (the turn :func:`plancheck.layout.chars.pdfium_chars` gives the characters)."""
    (x0, y0), (x1, y1) = (shown_point(box[0], box[1], rotation, width, height),
                          shown_point(box[2], box[3], rotation, width, height))
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _each_path(page, max_depth: int, visit: Callable[[object, tuple, int, float, float], None]) -> None:
    """Call ``visit(path object, matrix into PDF user space, rotation, width, height)`` for each
    path object of a pypdfium2 page, down to ``max_depth`` levels of form XObjects."""
    import ctypes

    import pypdfium2.raw as raw

    rotation = page.get_rotation() % 360
    width, height = page.get_size()

    def walk(count: int, get, level: int, outer) -> None:
        for i in range(count):
            obj = get(i)
            if not obj:
                continue
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_FORM and level < max_depth - 1:
                fm = raw.FS_MATRIX()
                raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(fm))
                walk(raw.FPDFFormObj_CountObjects(obj), lambda k, o=obj: raw.FPDFFormObj_GetObject(o, k), level + 1,
                     _times((fm.a, fm.b, fm.c, fm.d, fm.e, fm.f), outer))
                continue
            if kind != raw.FPDF_PAGEOBJ_PATH:
                continue
            m = raw.FS_MATRIX()
            raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
            visit(obj, _times((m.a, m.b, m.c, m.d, m.e, m.f), outer), rotation, width, height)

    handle = page.raw
    walk(raw.FPDFPage_CountObjects(handle), lambda k: raw.FPDFPage_GetObject(handle, k), 0, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))


def path_lines(page, settings: LayoutSettings = DEFAULT, max_depth: int = PATH_DEPTH) -> list[Polyline]:
    """The open stroked paths of straight segments of a pypdfium2 page (at most
    ``connector_max_points`` points each: a line, an elbow), as points in top-down coordinates
    of the page as shown, down to ``max_depth`` levels of form XObjects: the candidates for the
    connectors of a diagram of boxes (:mod:`plancheck.layout.flowboxes`). Read only when a
    page may hold such a diagram: the walk asks pdfium for each path's segments."""
    import ctypes

    import pypdfium2.raw as raw

    out: list[Polyline] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    most = settings.connector_max_points

    def visit(obj, matrix: tuple, rotation: int, width: float, height: float) -> None:
        n = raw.FPDFPath_CountSegments(obj)
        if n < 2 or n > most:
            return
        if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)) or not stroke.value:
            return
        points = _straight_points(obj, n, matrix, rotation, width, height)
        if len(points) >= 2 and points[0] != points[-1]:
            out.append(tuple(points))

    _each_path(page, max_depth, visit)
    return out


def flow_symbols(page, settings: LayoutSettings = DEFAULT, max_depth: int = PATH_DEPTH) -> list[tuple[str, Box]]:
    """The closed drawn shapes of a pypdfium2 page that a flowchart uses as symbols (ISO 5807),
    each (kind, its box in top-down coordinates of the page as shown): "decision" for a
    diamond (four straight sides whose corners stand at the middles of its box's sides, within
    ``flow_symbol_slack`` of its size), "terminal" for a closed shape with curved segments (a
    rounded box, an oval: a flowchart's start and end). Read only when a page holds a diagram
    of boxes joined by connectors (:mod:`plancheck.layout.flowboxes`)."""
    import ctypes

    import pypdfium2.raw as raw

    out: list[tuple[str, Box]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    least = settings.connector_box_min_size

    def visit(obj, matrix: tuple, rotation: int, width: float, height: float) -> None:
        n = raw.FPDFPath_CountSegments(obj)
        if n < 4 or n > settings.flow_symbol_max_segments:
            return
        a, b, c, d, e, f = matrix
        points, curved, closed = [], False, False
        for j in range(n):
            seg = raw.FPDFPath_GetPathSegment(obj, j)
            kind = raw.FPDFPathSegment_GetType(seg)
            if j and kind == raw.FPDF_SEGMENT_MOVETO:
                return  # two shapes in one path
            curved = curved or kind == raw.FPDF_SEGMENT_BEZIERTO
            closed = closed or bool(raw.FPDFPathSegment_GetClose(seg))
            raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
            points.append(shown_point(a * x.value + c * y.value + e, b * x.value + d * y.value + f, rotation, width, height))
        if not closed and math.dist(points[0], points[-1]) > 0.5:
            return
        box = (min(p[0] for p in points), min(p[1] for p in points), max(p[0] for p in points), max(p[1] for p in points))
        if box[2] - box[0] < least or box[3] - box[1] < least:
            return
        if curved:
            out.append(("terminal", box))
            return
        corners = {(round(p[0], 1), round(p[1], 1)) for p in points}
        if len(corners) != 4:
            return
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        tol = settings.flow_symbol_slack * min(box[2] - box[0], box[3] - box[1])
        mids = [(cx, box[1]), (box[2], cy), (cx, box[3]), (box[0], cy)]
        if all(any(math.dist(m, q) <= tol for q in corners) for m in mids):
            out.append(("decision", box))

    _each_path(page, max_depth, visit)
    return out


def _straight_points(obj, n: int, matrix: tuple, rotation: int, width: float, height: float) -> list[tuple[float, float]]:
    """The ``n`` points of a pypdfium2 path object that is an open run of straight segments (a
    move, then lines, none closing it), through ``matrix`` (a, b, c, d, e, f) into top-down
    coordinates of the page as shown; [] for any other path. Shared by the connector reader
    (:func:`path_lines`) and the metro map's tracks (:func:`coloured_paths`)."""
    import ctypes

    import pypdfium2.raw as raw

    x, y = ctypes.c_float(), ctypes.c_float()
    lineto, moveto = raw.FPDF_SEGMENT_LINETO, raw.FPDF_SEGMENT_MOVETO
    a, b, c, d, e, f = matrix
    points: list[tuple[float, float]] = []
    for j in range(n):
        seg = raw.FPDFPath_GetPathSegment(obj, j)
        kind = raw.FPDFPathSegment_GetType(seg)
        if (kind != moveto if j == 0 else kind != lineto) or raw.FPDFPathSegment_GetClose(seg):
            return []
        raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        points.append(shown_point(a * x.value + c * y.value + e, b * x.value + d * y.value + f, rotation, width, height))
    return points


def coloured_paths(page, max_points: int = 64) -> list[DrawnPath]:
    """The path objects on a pypdfium2 page (not inside form XObjects) with their colours and
    stroke width, in top-down coordinates of the page as shown; an open path of straight
    segments (at most ``max_points`` points) with its points: the candidates for a metro map's
    tracks, stations and termini (:mod:`plancheck.layout.metromaps`). Read only when a page may
    hold one."""
    import ctypes

    import pypdfium2.raw as raw

    rotation = page.get_rotation() % 360
    width, height = page.get_size()
    out: list[DrawnPath] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    sw = ctypes.c_float()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    handle = page.raw
    for i in range(raw.FPDFPage_CountObjects(handle)):
        obj = raw.FPDFPage_GetObject(handle, i)
        if not obj or raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)):
            continue
        if not raw.FPDFPageObj_GetBounds(obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)):
            continue
        box = turned_box((left.value, bottom.value, right.value, top.value), rotation, width, height)
        stroked = filled = None
        if stroke.value and raw.FPDFPageObj_GetStrokeColor(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
            stroked = (r.value, g.value, b.value)
        if fill.value and raw.FPDFPageObj_GetFillColor(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
            filled = (r.value, g.value, b.value)
        line_width = sw.value if raw.FPDFPageObj_GetStrokeWidth(obj, ctypes.byref(sw)) else 0.0
        points: list[tuple[float, float]] = []
        n = raw.FPDFPath_CountSegments(obj)
        if stroked is not None and filled is None and 2 <= n <= max_points:
            m = raw.FS_MATRIX()
            raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
            points = _straight_points(obj, n, (m.a, m.b, m.c, m.d, m.e, m.f), rotation, width, height)
        out.append(DrawnPath(box, stroked, filled, line_width, tuple(points)))
    return out


def drawn_marks(page, settings: LayoutSettings = DEFAULT, bounds: list[PathBounds] | None = None) -> list[Box]:
    """Small, nearly square paths of an unrotated pypdfium2 page, in top-down coordinates:
    candidates for bullets a browser drew (:mod:`plancheck.layout.marks`)."""
    return [box for box in _path_boxes(page, 1, bounds) if is_mark(box, settings)]


def drawn_panels(page, settings: LayoutSettings = DEFAULT, bounds: list[PathBounds] | None = None) -> list[Box]:
    """Rectangles of an unrotated pypdfium2 page big enough to hold text, in top-down
    coordinates: candidates for side boxes (:mod:`plancheck.layout.boxes`)."""
    width, _h = page.get_size()
    return [box for box in _path_boxes(page, 2, bounds) if is_panel(box, width, settings)]


def layout_page(
    number: int,
    width: float,
    height: float,
    chars: list[Char],
    plumber_page=None,
    settings: LayoutSettings = DEFAULT,
    drawn: list[Box] | None = None,
    panels: list[Box] | None = None,
    shapes: list[Box] | None = None,
    lines: Callable[[], list[Polyline]] | None = None,
    coloured: Callable[[], list[DrawnPath]] | None = None,
    symbols: Callable[[], list[tuple[str, Box]]] | None = None,
) -> PageLayout:
    """One page: words (with the bullets ``drawn`` as shapes), ruled tables (when
    ``plumber_page`` is given), column regions and lines in reading order. The side boxes
    among the drawn ``panels`` are read as regions of their own, like frames; so are the cards
    among the drawn ``shapes``, each chip of a card a line of its own, and a number drawn in a
    shape stands on the first line of the text beside it (:mod:`plancheck.layout.cards`). ``lines`` gives the page's drawn
    connectors when asked (:func:`path_lines`): the lines joining a diagram's boxes; ``symbols``
    the closed shapes a flowchart draws (:func:`flow_symbols`): a diagram holding a decision
    diamond is a flowchart, each box read as a region of its own."""
    struck: list[Char] = []
    annotations = Annotations()
    if shapes:
        # a comment summary's comments, in boxes joined to numbered markers on the page: no part of it
        annotations = find_annotations(shapes, chars, lines, settings)
        if annotations:
            chars, shapes = annotations.chars(chars, settings), annotations.shapes(shapes, settings)
            if drawn:
                drawn = annotations.shapes(drawn, settings)
            if panels:
                panels = annotations.shapes(panels, settings)
            if lines is not None:
                lines = (lambda read=lines: annotations.lines(read()))  # noqa: E731
            if plumber_page is not None:
                plumber_page = annotations.plumber_page(plumber_page, settings)
        chars, struck = split_struck(chars, shapes, settings)  # deleted text shown struck through
    words = drop_line_numbers(chars_to_words(chars, settings), settings)
    icons = [icon for icon, _f in icon_fields(shapes or [], words, settings, panels)]
    # fields each on a line of its own under a card's text, after an icon (a person, a calendar)
    stacked = [] if icons else stacked_icon_fields(shapes or [], words, settings, panels)
    icons += [icon for icon, _f in stacked]
    if drawn and icons:
        # a path of an icon that marks a field (a person's head) is no bullet
        drawn = [m for m in drawn if not any(contains_box(icon, m) for icon in icons)]
    if drawn:
        words = words + bullet_words(drawn, words, settings)
    if shapes:
        words = shape_numbers(shapes, words, settings)
    page = PageLayout(number, width, height, chars=len(chars))
    if annotations.frames:
        page.sheet = min(annotations.frames, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    page.hrules = horizontal_rules(shapes or [], settings)
    if struck:
        page.struck = [ln.text for ln in words_to_lines(chars_to_words(struck, settings), number, settings)]
    boxed, found = False, None
    if plumber_page is not None:
        plumber_page, boxed, found = without_boxed_items(plumber_page, words, settings)
    pieces = (find_ruled_tables(plumber_page, words, number, settings, boxed=boxed, found=found)
              if plumber_page is not None else [])
    pieces = stack_boxed_rows(pieces, words, settings)  # a form's rows drawn box by box
    # boxes side by side (rounded cards drawn as curves) that pdfplumber took for a table's cells
    tiled = tile_row_pieces(pieces, panels or [], width, settings)
    pieces = [p for p in pieces if not any(p is t for t in tiled)]
    # a grid of labelled panels drawn as one table (a project canvas): each panel read as a tile
    canvas = panel_grid_boxes(pieces, words, settings)
    pieces = [p for p in pieces if not any(p is g for g, _b in canvas)]
    # notes stuck over the edge of a larger note (a whiteboard's): a card, not a table of their edges
    stuck = stuck_notes(panels or [], words, width, settings)
    board = note_columns(panels or [], words, width, stuck, settings)
    if stuck:
        noted = note_pieces(pieces, [g for g, _n, _s in stuck] + [c for c, _p, _i in board], settings)
        pieces = [p for p in pieces if not any(p is n for n in noted)]
    stripes = zebra_stripes(pieces, settings)
    pieces = [p for p in pieces if not any(p is s for s in stripes)]
    # a parallel text (the first column's translation beside it): read apart, not as the page's text
    parallel = parallel_boxes(shapes or [], words, settings)
    hidden: list[Word] = []
    if parallel:
        inside = [any(in_box(w, b, 0.0) for b in parallel) for w in words]
        hidden = [w for w, x in zip(words, inside, strict=True) if x]
        words = [w for w, x in zip(words, inside, strict=True) if not x]
        pieces = [p for p in pieces if not any(contains_box(b, p.bbox) for b in parallel)]
    frames = page_frames([p.bbox for p in pieces if is_text_frame(p, height, settings)], width, height, settings)
    pieces = [p for p in pieces if not is_text_frame(p, height, settings)]
    grid_bodies(pieces, frames, words, height, settings, edges=getattr(plumber_page, "edges", []))
    # a diagram of boxes joined by arrows (a logic model): a table of its columns, its arrows links
    diagrams = box_diagrams(shapes or [], words, width, number, settings, lines, symbols)
    if not diagrams and coloured is not None and _may_hold_tracks(shapes or [], settings):
        # a metro map: its coloured lines' ends are the goals, their stations the measures
        diagrams = [(piece, []) for piece in metro_maps(coloured(), words, number, settings)]
    if not diagrams and shapes and len(shapes) >= settings.ring_min_segments:
        # a year wheel drawn as a ring: each entry beside it, joined by a leader line, in its segment's box
        diagrams = [(piece, []) for piece in ring_calendars(shapes, lines, words, number, settings)]
    if diagrams:
        pieces = [p for p in pieces if not any(_overlaps(d.bbox, p.bbox) for d, _n in diagrams)] + [d for d, _n in diagrams]
    boxes = [p.bbox for p in pieces]
    notes = [b for _d, n in diagrams for b in n]  # a note across a diagram: its words stay text
    free = [w for w in words if any(in_box(w, b, settings.side_box_slack) for b in notes)
            or not any(in_box(w, b, settings.cell_slack) for b in boxes)] if boxes else words
    # the innermost frames around text are read as regions of their own, at their place
    frames = [f for f in frames if not any(g != f and contains_box(f, g) for g in frames)]
    framed: list[list[Word]] = [[] for _ in frames]
    if frames:
        rest = []
        for w in free:
            k = next((k for k, f in enumerate(frames) if in_box(w, f, settings.cell_slack)), None)
            (rest if k is None else framed[k]).append(w)
        free = rest
    # a framed text box or drawn side box with running text beside it is a call-out: its text is
    # no part of the text flow it stands in (Block.aside)
    asides = {k for k, f in enumerate(frames) if text_beside(f, free, settings)}
    chips: dict[int, list[Box]] = {}  # frame index → the chips of a card, each read as a line of its own

    tiles: set[int] = set()  # frame index → read as a tile (its lines wrap at its edge)
    steps: set[int] = set()  # frame index → a flowchart's step: a decision, a start or end, a connector's labels
    heads: set[int] = set()  # frame index → a card whose chips at its head are read before its text

    placed: dict[int, Box] = {}  # frame index → where it stands in the reading order, when not its box
    stacks: dict[int, list[tuple[Box, list[Box]]]] = {}  # frame index → a board column's notes, read in turn
    hung: dict[int, str] = {}  # frame index → the name of the organisation chart's unit the card hangs under

    def take(box: Box, aside: bool = False, card_chips: list[Box] | None = None, tile: bool = False,
             place: Box | None = None, stack: list[tuple[Box, list[Box]]] | None = None) -> None:
        """Read ``box`` as a region of its own: its words leave the text flow (``free``)."""
        nonlocal free
        if place is not None:
            placed[len(frames)] = place
        if stack is not None:
            stacks[len(frames)] = stack
        inside = [w for w in free if in_box(w, box, settings.side_box_slack)]
        free = [w for w in free if not in_box(w, box, settings.side_box_slack)]
        if card_chips is not None:
            chips[len(frames)] = card_chips
        if aside:
            asides.add(len(frames))
        if tile:
            tiles.add(len(frames))
        frames.append(box)
        framed.append(inside)

    # an organisation chart's cards, each hanging on a spine under its unit's box: a card of its
    # own, its tag at its head read first, its lines given the unit's name (orgcharts.py)
    for card in hanging_cards(shapes or [], free, width, settings):
        if any(in_box(w, card.box, settings.side_box_slack) for w in free):
            heads.add(len(frames))
            hung[len(frames)] = card.name
            take(card.box, card_chips=card.chips)
    for box, place, items in board:
        take(box, place=place, stack=items)
    for box, note, card_chips in stuck:
        if not any(contains_box(c, box) for c, _p, _i in board):
            take(box, card_chips=card_chips, place=note)
    # a flowchart (a diagram with a decision diamond): each box a region of its own, an action's
    # tags at its head read before its text; its decisions, start and end boxes and the labels of
    # its connectors are the flow's steps (Region.flow_step)
    charts = flowcharts(shapes or [], free, width, settings, lines, symbols)
    for chart in charts:
        cards = dict(item_boxes(chart.boxes + [c for c in (shapes or []) if any(box_within(c, b, settings.side_box_slack)
                                                                                 for b in chart.boxes)], free, width, settings))
        for box in chart.boxes:
            step = box in chart.steps
            if step:
                steps.add(len(frames))
            elif box in cards:
                heads.add(len(frames))
            take(box, card_chips=None if step else cards.get(box))
        for label in [w for w in free if any(w is x for x in chart.labels)]:
            steps.add(len(frames))
            take((label.x0, label.top, label.x1, label.bottom))
    # an infographic's columns, each a stack of cards under its goal: read column by column,
    # each card's icon-marked fields as its chips where they stand
    headed = headed_columns(panels or [], free, width, settings)
    for box in headed:
        take(box, tile=True, card_chips=[f for _i, f in stacked if contains_box(box, f)])
    for box, card_chips in item_boxes(shapes or [], free, width, settings):
        if charts:
            heads.add(len(frames))  # (an action box beside the chart: its tags first as well)
        take(box, card_chips=card_chips)
    for box, card_chips in icon_cards(shapes or [], free, settings, panels) if icons else []:
        take(box, card_chips=card_chips)
    for box in (b for _g, grid in canvas for b in grid):
        take(box, tile=True)
    for card in stacked_cards(stacked, panels or [], headed):
        take(card[0], card_chips=card[1])
    for box in [] if headed else poster_columns(panels or [], free, width, settings):
        take(box, tile=True)
    for box in grid_tiles(panels or [], free, width, settings):
        take(box, tile=True)
    # a report card's grades (before the side panels: a disc is no heading's panel): a letter in a
    # disc beside each card, and its caption, are a rating, no text; notes under them are a column
    # of their own (badges.py)
    for box, badge in rating_badges(panels or [], free, settings):
        free = [w for w in free if not any(w is b for b in badge)]
        take(box, aside=True)
    for box in side_boxes(panels or [], free, width, settings):
        take(box, aside=True)
    for box in side_panels(panels or [], free, width, settings):
        take(box)
    for box in side_bars(panels or [], free, width, settings):
        take(box, aside=True)
    for box in figure_panels(panels or [], free, width, settings):
        take(box)
    for box in disc_callouts(shapes or [], free, settings):
        take(box)
    marks = [Word(f"{TABLE_MARK}{k}", b[0], b[1], b[2], b[3], 0.0) for k, b in enumerate(boxes)]
    marks += [Word(f"{FRAME_MARK}{k}", *placed.get(k, f)[:4], 0.0) for k, f in enumerate(frames) if framed[k]]
    regions, read_width = page_regions(free + marks, width, height, settings)
    regions = expand_frames(regions, framed, read_width, settings, chips, asides, tiles, stacks, steps, heads, hung)
    lines: list[Line] = []
    shifts = column_shifts(regions)
    for ri, region in enumerate(regions):
        text_words = []
        for w in region.words:
            if w.text.startswith(TABLE_MARK):
                pieces[int(w.text[len(TABLE_MARK):])].region = ri
            else:
                text_words.append(w)
        region.words = text_words
        for ln in attach_centred_labels(attach_drop_caps(words_to_lines(text_words, number, settings), settings), settings):
            ln.region = ri
            if region.chip:
                ln.meta["chip"] = True
            if region.head_chip:
                ln.meta["head_chip"] = True
            if region.aside:
                ln.meta["aside"] = True
            if region.flow_step:
                ln.meta["flow_step"] = True
            if region.hangs_under:
                ln.meta["hangs_under"] = region.hangs_under
            if shifts[ri]:
                ln.meta["column_shift"] = shifts[ri]
            lines.append(ln)
    if hidden:
        regions.append(Region(hidden, *words_box(hidden), parallel=True))
        for ln in words_to_lines(hidden, number, settings):
            ln.region = len(regions) - 1
            ln.kind = "parallel"
            lines.append(ln)
    _set_tags_apart(lines, regions, settings)
    set_tails_apart(lines, settings)
    page.regions = regions
    page.lines = lines
    page.pieces = pieces
    return page


def page_frames(
    frames: list[tuple[float, float, float, float]], width: float, height: float, settings: LayoutSettings = DEFAULT,
) -> list[tuple[float, float, float, float]]:
    """The text frames of a page less those covering ``settings.page_background_cover`` of it
    (when ``settings.background_frame_dropped``).

    Why: a web page or dashboard printed edge to edge draws its background, a title bar and a
    band of tabs as rectangles that pdfplumber pieces into one "table" around everything, read
    as a text frame; read as one frame, the page's own boxes (the side boxes, tiles, slicers and
    table cards drawn inside it) are never looked at, as they are looked for among the words
    outside frames, and a header row's unruled body inside it is kept from the header. A
    page's background holds the page, not a text of its own."""
    if not settings.background_frame_dropped or width <= 0 or height <= 0:
        return frames
    cover = settings.page_background_cover * width * height
    return [f for f in frames if (f[2] - f[0]) * (f[3] - f[1]) < cover]


def grid_bodies(
    pieces: list[TablePiece], frames: list[tuple[float, float, float, float]], words: list[Word], height: float,
    settings: LayoutSettings = DEFAULT, edges: list[dict] | None = None,
) -> None:
    """Give each ruled piece that is a header alone (:func:`~plancheck.layout.tables.head_only`,
    or over band rows alone, :func:`~plancheck.layout.tables.head_over_bands`) the unruled rows under it (:func:`~plancheck.layout.tables.grid_rows`), before the page's
    words are cut into regions: a borderless body's columns stand apart like page columns, and
    read as regions its rows would fall apart. The rows end at the next table or frame below."""
    taken: set[int] = set()
    for piece in sorted(pieces, key=lambda p: p.bbox[1]):
        ruled_only = False
        if not (head_only(piece, settings) or head_over_bands(piece, settings)):
            if not head_over_rows(piece, settings):
                continue
            ruled_only = True  # rows ruled only below under a header over shaded grid rows
        others = [q.bbox for q in pieces if q is not piece] + frames
        x0, _top, x1, bottom = piece.bbox
        below = min((b[1] for b in others if b[1] >= bottom - 1 and b[0] < x1 and b[2] > x0), default=height)
        loose = [
            w for w in words
            if id(w) not in taken and not any(in_box(w, b, settings.cell_slack) for b in others)
        ]
        taken.update(id(w) for w in grid_rows(piece, loose, below, settings, edges, ruled_only=ruled_only))


def _set_tags_apart(lines: list[Line], regions: list[Region], settings: LayoutSettings) -> None:
    """Each floating tag (:func:`plancheck.layout.lines.floating_tags`) becomes a region of its
    own, read after the page's others: the lines it stood between go on into each other."""
    for ri in range(len(regions)):
        mine = sorted((ln for ln in lines if ln.region == ri), key=lambda ln: (ln.top, ln.x0))
        for k in floating_tags(mine, settings):
            tag = mine[k]
            regions[ri].words = [w for w in regions[ri].words if not any(w is t for t in tag.words)]
            regions.append(Region(list(tag.words), tag.x0, tag.top, tag.x1, tag.bottom))
            tag.region = len(regions) - 1


def page_regions(
    words: list[Word], width: float, height: float, settings: LayoutSettings = DEFAULT
) -> tuple[list[Region], float]:
    """Regions of a page in reading order, and the width of the printed page they stand on:
    each half in turn, cut as a page of half the width, when the page is a spread
    (:func:`plancheck.layout.columns.spread_halves`), else the whole page."""
    halves = spread_halves(words, width, height, settings)
    if halves is None:
        return xy_cut(words, width, settings), width
    return [r for half in halves for r in xy_cut(half, width / 2, settings)], width / 2


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Do the two boxes share some area? (A table piece under a diagram of boxes gives way to it.)"""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def column_shifts(regions: list[Region]) -> list[float]:
    """How far right of the page's first text column each region's column starts (0 for a
    region that is not a column): a list indented by the same amount in the left and in the
    right column is at the same level. Column regions that overlap across most of the narrower
    one's width are one column. A tile of a row of tiles (a badge on its first line,
    :func:`plancheck.layout.columns.tile_row`) is a column of its own, whatever stands above
    it: its items stand at the left of the page's first column, as the tiles beside it do."""
    cols = [r for r in regions if r.column and r.words]
    if not cols:
        return [0.0] * len(regions)
    first = min(r.x0 for r in cols)

    def same(a: Region, b: Region) -> bool:
        overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
        return overlap > 0.5 * min(a.x1 - a.x0, b.x1 - b.x0)

    out = []
    for r in regions:
        if not (r.column and r.words):
            out.append(0.0)
            continue
        left = r.x0 if any(w.badge for w in r.words) else min(c.x0 for c in cols if same(c, r))
        out.append(max(0.0, left - first))
    return out


def expand_frames(
    regions: list[Region],
    framed: list[list[Word]],
    width: float,
    settings: LayoutSettings = DEFAULT,
    chips: dict[int, list[Box]] | None = None,
    asides: set[int] | None = None,
    tiles: set[int] | None = None,
    stacks: dict[int, list[tuple[Box, list[Box]]]] | None = None,
    steps: set[int] | None = None,
    heads: set[int] | None = None,
    hung: dict[int, str] | None = None,
) -> list[Region]:
    """Put the text of each frame (a box around text, see ``is_text_frame``) where its mark
    stands in the reading order, cut into its own regions: the words of the mark's region
    above the frame are read before it, the rest after it. Frames side by side (cards in a
    grid) are read left to right. The ``chips`` of a frame (a card) are read after its text,
    each a region of its own. The regions of the frames in ``asides`` are marked
    :attr:`Region.aside`, those of the frames in ``tiles`` :attr:`Region.tile`, those in ``steps``
    :attr:`Region.flow_step`; the chips of a card in ``heads`` standing above all its text (a
    flowchart action's tags at its top) are read before that text. A frame in ``stacks`` (a
    board's column, :func:`plancheck.layout.stickynotes.note_columns`) is read item by item, top
    to bottom, each as a card with the notes stuck on it as its chips. The regions of a frame in
    ``hung`` (an organisation chart's card) carry the name of the unit it hangs under
    (:attr:`Region.hangs_under`)."""
    out: list[Region] = []
    for region in regions:
        marks = sorted((w for w in region.words if w.text.startswith(FRAME_MARK)), key=lambda w: (round(w.top), w.x0))
        if not marks:
            out.append(region)
            continue
        words = [w for w in region.words if not w.text.startswith(FRAME_MARK)]
        for mark in marks:
            before = [w for w in words if w.mid_y < mark.top]
            words = [w for w in words if w.mid_y >= mark.top]
            if before:
                going_on = sentence_beside(before, words, mark, settings)
                before += going_on
                words = [w for w in words if not any(w is g for g in going_on)]
            if before:
                out.append(Region(before, *words_box(before), column=region.column))
            k = int(mark.text[len(FRAME_MARK):])
            if stacks and k in stacks:
                inner = _stack_regions(framed[k], stacks[k], width, settings)
            else:
                inner = _card_regions(framed[k], (chips or {}).get(k, []), width, settings,
                                      head=k in (heads or set()), tile=k in (tiles or set()))
            for r in inner:
                r.aside = k in (asides or set())
                r.tile = k in (tiles or set())
                r.flow_step = k in (steps or set())
                r.hangs_under = (hung or {}).get(k)
            out.extend(inner)
        if words:
            out.append(Region(words, *words_box(words), column=region.column))
    return out


def sentence_beside(before: list[Word], words: list[Word], mark: Word, settings: LayoutSettings = DEFAULT) -> list[Word]:
    """The lines at the top of ``words`` (the text under a frame's top edge) that stand beside
    the frame ``mark`` and go on with the sentence of the last line of ``before`` (the text
    above that edge): each opens in a lower-case letter, starts within that line's width and
    follows the line before it at no more than a line's height.

    A call-out box set beside the running text starts level with some line of it, often in the
    middle of a paragraph or a list item. The frame is read at its top edge, so without this the
    item's first line would be read before the box and its other lines after it, as a text of
    their own. Reading these lines before the box keeps the sentence whole; the text beside the
    box from the next sentence or item on is read after it, as before.
    """
    slack = settings.line_overlap_slack
    above = _lines_of(before)
    if not above:
        return []
    prev = above[-1]
    out: list[Word] = []
    for line in _lines_of(words):
        x0, top = min(w.x0 for w in line), min(w.top for w in line)
        p_x0, p_x1 = min(w.x0 for w in prev), max(w.x1 for w in prev)
        p_bottom = max(w.bottom for w in prev)
        height = max(w.bottom - w.top for w in line)
        beside = all(w.x1 <= mark.x0 + slack or w.x0 >= mark.x1 - slack for w in line)
        under = p_x0 - slack <= x0 <= p_x1 and top - p_bottom <= height
        first = min(line, key=lambda w: w.x0).text[:1]
        if not (beside and under and first.isalpha() and first.islower()):
            break
        out.extend(line)
        prev = line
    return out


def _lines_of(words: list[Word], settings: LayoutSettings = DEFAULT) -> list[list[Word]]:
    """``words`` grouped into lines by their vertical middles, top to bottom."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and w.mid_y <= max(x.bottom for x in lines[-1]) + settings.line_overlap_slack:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def _card_regions(words: list[Word], chips: list[Box], width: float, settings: LayoutSettings,
                  head: bool = False, tile: bool = False) -> list[Region]:
    """The regions of a frame's words: its text, then each chip's words as a region of its own;
    with ``head``, the chips standing above all of its text first (a tag at a card's top); in a
    tile (a column of cards) each chip where it stands, after the text above it."""
    if not chips:
        return xy_cut(words, width, settings)
    slack = settings.side_box_slack
    held = [[w for w in words if in_box(w, c, slack)] for c in chips]
    rest = [w for w in words if not any(w in h for h in held)]
    if tile:
        out: list[Region] = []
        for c, h in sorted(zip(chips, held, strict=True), key=lambda t: t[0][1]):
            above = [w for w in rest if w.mid_y < c[1]]
            rest = [w for w in rest if w.mid_y >= c[1]]
            out += xy_cut(above, width, settings) if above else []
            out += [Region(h, *words_box(h), chip=True)] if h else []
        return out + (xy_cut(rest, width, settings) if rest else [])
    regions = [Region(h, *words_box(h), chip=True) for h in held if h]
    if not head and rest:
        head = number_badges(regions, rest, settings)
    if head and rest:
        top = min(w.top for w in rest)
        above = [r for r in regions if r.head_chip or r.bottom <= top + settings.y_tolerance]  # (number badges)
        below = [r for r in regions if not any(r is a for a in above)]
        for r in above:
            r.head_chip = True
        return above + xy_cut(rest, width, settings) + below
    return xy_cut(rest, width, settings) + regions


def _stack_regions(words: list[Word], items: list[tuple[Box, list[Box]]], width: float,
                   settings: LayoutSettings) -> list[Region]:
    """The regions of a board column's words: each item's (its text, then what is stuck on it),
    top to bottom, then any words in none of them."""
    slack = settings.side_box_slack
    out: list[Region] = []
    left = list(words)
    for box, item_chips in items:
        held = [w for w in left if in_box(w, box, slack)]
        left = [w for w in left if not in_box(w, box, slack)]
        if held:
            out.extend(_card_regions(held, item_chips, width, settings))
    if left:
        out.extend(xy_cut(left, width, settings))
    return out


def open_pdfium(path: Path, password: str | None):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path), password=password or None)
    except pdfium.PdfiumError as exc:
        raise LayoutError(str(exc)) from None


def read_pages(
    path: Path,
    *,
    password: str | None = None,
    settings: LayoutSettings = DEFAULT,
    progress: Callable[[int, int], None] | None = None,
    numbers: Iterable[int] | None = None,
) -> list[PageLayout]:
    """Every page of the PDF laid out (characters from ``settings.char_source``), or the pages
    of the 0-based ``numbers`` (taken one at a time, in their order: a page's layout depends on
    that page alone, so several processes can share a document's pages); pdfplumber is imported
    and opened at the first page that needs it. ``progress`` is told of every page done when
    all are read."""
    pages: list[PageLayout] = []
    doc = open_pdfium(path, password)
    plumber = None
    try:
        n = len(doc)
        # a filled form's fields as a viewer shows them: flattened into the pages, in memory -
        # every page's, not only those of ``numbers``: when processes share the pages, each takes
        # its next page only when it has laid out the last (listing ``numbers`` first took them
        # all at once, and the process that came first read the whole document while the other
        # found none left); a page's flattening is its own, the same whoever reads it
        flat = flatten_forms(doc, range(n), settings)
        source = saved_copy(doc) if flat else path
        programs: dict[tuple, bool] = {}  # the font programs looked into (pdfium_chars)
        # each page's margin bands for the reports' printed page labels, while its text page is
        # open: only where they are what opening the file afresh shows (pagebands)
        bands = None if (flat or password) else pagebands.start(pagebands.document_key(path))
        for i in range(n) if numbers is None else numbers:
            page = doc[i]
            width, height = page.get_size()
            ppage = None
            counts: dict[str, int] = {}
            # (a flattened form's fields are drawn one form XObject deeper: pdfium wraps them in one)
            bounds = path_bounds(page, PATH_DEPTH + settings.form_extra_depth * (i in flat), counts=counts)  # one walk over the page's objects for the uses below
            paths = may_have_ruled_table(page, settings, bounds)
            if settings.char_source == "pdfplumber" or paths:
                if plumber is None:
                    plumber = open_plumber(source, password)
                ppage = plumber.pages[i]
                if settings.char_source != "pdfplumber":
                    graphics_only(ppage)  # its ruling lines only: the characters come from pdfium
            if settings.char_source == "pdfplumber":
                chars = plumber_chars(ppage, settings)
            else:
                textpage = page.get_textpage()

                def glyph_names(i: int = i) -> dict[str, dict[int, str]]:
                    # a glyph pdfium could not map: its font's encoding read with pdfminer
                    nonlocal plumber
                    if plumber is None:
                        plumber = open_plumber(source, password)
                    return glyph_texts(plumber.pages[i])

                def unloaded(i: int = i) -> list[Char] | None:
                    # a font pdfium could not load whole: the page's characters as pdfminer reads
                    # them (None where pdfminer cannot: the page is read as pdfium reads it)
                    nonlocal plumber
                    try:
                        if plumber is None:
                            plumber = open_plumber(source, password)
                        whole = plumber.pages[i]
                    except MemoryError:
                        raise
                    except Exception:  # a damaged file pdfminer gives up on
                        return None
                    graphics = hasattr(whole, "_layout")  # parsed for its graphics only (a ruled table)
                    whole.flush_cache()
                    try:
                        return plumber_chars(whole, settings)
                    except MemoryError:
                        raise
                    except Exception:
                        whole.flush_cache()
                        if graphics:
                            graphics_only(whole)
                        return None

                chars = pdfium_chars(
                    textpage, width, height, page.get_rotation(), settings, counts.get("text"), glyph_names, unloaded, programs
                )
                pagebands.keep(bands, i + 1, page, textpage)
                textpage.close()
            marks = drawn_marks(page, settings, bounds)
            panels = drawn_panels(page, settings, bounds)
            shapes = _path_boxes(page, 2, bounds)
            pages.append(layout_page(i + 1, width, height, chars, ppage if paths else None, settings, marks, panels, shapes,
                                     lambda page=page: path_lines(page, settings),
                                     lambda page=page: coloured_paths(page),
                                     functools.cache(lambda page=page: flow_symbols(page, settings))))
            if ppage is not None:
                ppage.flush_cache()
            page.close()
            if progress and numbers is None:
                progress(i + 1, n)
    finally:
        if plumber is not None:
            plumber.close()
        doc.close()
    return pages


def _may_hold_tracks(shapes: list[Box], settings: LayoutSettings) -> bool:
    """Does a page draw what a metro map needs (:mod:`plancheck.layout.metromaps`): as many long
    paths as a map has tracks, and small shapes for two stations on each? Asked before the
    page's paths are read with their colours."""
    long = sum(1 for b in shapes if max(b[2] - b[0], b[3] - b[1]) >= settings.metro_track_min_length)
    small = sum(1 for b in shapes if max(b[2] - b[0], b[3] - b[1]) <= settings.metro_station_max_size)
    return long >= settings.metro_min_tracks and small >= settings.metro_min_tracks * settings.metro_min_stations


def carry_column_tails(pages: list[PageLayout], settings: LayoutSettings = DEFAULT) -> None:
    """A page holding only the last few lines of the two-column flow the page before ended in
    (:func:`plancheck.layout.columns.carried_flow`: too few lines for the page's own column
    cut, they were read across the gutter) gets that region read as the two columns: its lines
    made again from each side's words, the regions after it renumbered. Done once the pages are
    laid out, not page by page: a page's layout depends on that page alone (processes share a
    long document's pages)."""
    for prev, page in itertools.pairwise(pages):
        if page.number != prev.number + 1:
            continue
        carry = last_column_pair(prev.regions, settings)
        if carry is None:
            continue
        regions = carried_flow(page.regions, carry, settings)
        if len(regions) == len(page.regions):
            continue
        k = next(i for i, r in enumerate(page.regions) if r is not regions[i])
        if any(p.region == k for p in page.pieces) or any(ln.region == k and ln.kind for ln in page.lines):
            continue  # a table or a marked line in that region: not a flow's tail
        added = len(regions) - len(page.regions)  # the two sides, and a running head or foot peeled off
        lines = [ln for ln in page.lines if ln.region != k]
        for ln in lines:
            if ln.region > k:
                ln.region += added
        for p in page.pieces:
            if p.region > k:
                p.region += added
        for part in range(k, k + added + 1):
            for ln in words_to_lines(regions[part].words, page.number, settings):
                ln.region = part
                lines.append(ln)
        shifts = column_shifts(regions)
        for ln in lines:
            if shifts[ln.region]:
                ln.meta["column_shift"] = shifts[ln.region]
            else:
                ln.meta.pop("column_shift", None)
        set_tails_apart([ln for ln in lines if k <= ln.region <= k + added], settings)
        page.regions, page.lines = regions, lines


def mark_sheet_furniture(pages: list[PageLayout], all_lines: list[list[Line]], settings: LayoutSettings = DEFAULT) -> None:
    """The running header and footer of pages printed shrunk inside a frame (a comment summary,
    :attr:`PageLayout.sheet`): read as :func:`mark_furniture` reads a page's, in the bands of the
    frame instead of the sheet's (the shrunk page's head stands below the sheet's own band).
    Only on the sheets that hold such a frame, two or more."""
    framed = [(p, lines) for p, lines in zip(pages, all_lines, strict=True) if p.sheet is not None]
    if len(framed) < 2:
        return
    inside: list[list[Line]] = []  # each frame's lines, and the same lines in the frame's bands
    views: list[list[Line]] = []
    heights: list[float] = []
    for p, lines in framed:
        x0, top, x1, bottom = p.sheet  # type: ignore[misc]
        inside.append([ln for ln in lines
                       if not ln.kind and x0 <= ln.x0 and ln.x1 <= x1 and top <= ln.top and ln.bottom <= bottom])
        views.append([replace(ln, top=ln.top - top, bottom=ln.bottom - top) for ln in inside[-1]])
        heights.append(bottom - top)
    mark_furniture(views, heights, settings)
    for lines, view in zip(inside, views, strict=True):
        for ln, seen in zip(lines, view, strict=True):
            if seen.kind:
                ln.kind = seen.kind


def assemble(
    pages: list[PageLayout],
    *,
    settings: LayoutSettings = DEFAULT,
    header_hint: Callable[[str], str | None] | None = None,
    stamp: Callable[[str], bool] | None = None,
) -> Layout:
    """Across pages: running headers and footers, the table of contents, unruled tables,
    tables continued over page breaks, and blocks in reading order. ``stamp`` tells a line
    that is a stamp ('UDKAST', 'DRAFT') rather than a title (words are the caller's: the
    layout reads geometry only)."""
    carry_column_tails(pages, settings)
    all_lines = [sorted(p.lines, key=lambda ln: (ln.region, ln.top, ln.x0)) for p in pages]
    heights = [p.height for p in pages]
    height_of = {p.number: p.height for p in pages}
    mark_furniture(all_lines, heights, settings)
    mark_sheet_furniture(pages, all_lines, settings)
    mark_title_header(all_lines, heights, settings)
    mark_later_title_headers(all_lines, heights, settings)
    mark_section_heads(all_lines, heights, settings)
    mark_field_headers(all_lines, heights, settings)  # ('… · <sheet name>')
    mark_stamps(all_lines, heights, settings)
    mark_footnotes(all_lines, heights, settings)
    toc_pages = mark_toc(all_lines, settings)
    all_lines = move_margin_notes(all_lines, settings)
    all_lines = split_margin_labels(all_lines, settings)
    mark_pull_quotes(all_lines, body_size(all_lines), settings)
    pieces: list[TablePiece] = [piece for p in pages for piece in p.pieces]
    # a row of boxes repeated in the footer band ('Signature | … | Page n'): furniture, no table
    footer = {id(p) for p in furniture_pieces(pieces, height_of, len(pages), settings)}
    pieces = [p for p in pieces if id(p) not in footer]
    # a grid of drawn shapes holding no word at all (the boxes of a picture column, an icon's
    # strokes) is no table: it says nothing, and read as one it parts an item from its fields
    pieces = [p for p in pieces if any(c is not None and c.text.strip() for row in p.rows for c in row)]
    # a ruled table's first row left alone at a page's foot, before it reads as text of its own
    pieces += foot_rows(all_lines, pieces, height_of, settings)
    carry = None
    orphan: list[Line] = []  # a table head the last page ended with, its rows on this page
    hint = header_hint or (lambda _text: None)
    rules_of = {p.number: p.hrules for p in pages}
    for lines in all_lines:
        if not lines:
            carry = None
            orphan = []
            continue
        # fixed-width tables first: their columns are given by a line of dashes, not by gaps
        for piece, used in find_dash_tables(lines, lines[0].page, settings):
            piece.region = used[0].region
            pieces.append(piece)
        # field lists first: read as rows of an unruled table their first field would be its header
        for piece, used in find_field_lists(lines, hint, lines[0].page, settings):
            piece.region = used[0].region
            reads = [ln.meta["read_at"] for ln in used if "read_at" in ln.meta]
            if reads and len(reads) == len(used):
                piece.read_at = min(reads)  # margin notes: read where their lines are read
            pieces.append(piece)
        first = next((ln for ln in lines if not ln.kind), None)
        moved = moved_over(orphan, first) if orphan and first is not None and carry is None else []
        found = find_unruled_tables([*moved, *lines], hint, lines[0].page, carry, settings)
        if moved and all(ln.kind == "table" for ln in moved):
            for ln in orphan:
                ln.kind = "table"  # read with its rows on the next page
        orphan = orphan_head(lines, hint, settings)
        for piece, used in found:
            piece.region = used[0].region
        pieces.extend(piece for piece, _used in found)
        # a table ruled between its rows only, with no header row: by its rules and columns
        for piece, used in find_banded_tables(lines, rules_of.get(lines[0].page, []), lines[0].page, settings):
            piece.region = used[0].region
            pieces.append(piece)
        prev_header = carry[1] if carry else None
        carry = None
        rest = [ln for ln in lines if not ln.kind]
        if found:
            last_piece, used = found[-1]
            if not rest or max(ln.bottom for ln in rest) <= last_piece.bbox[3]:
                header = [c.text if c else "" for c in last_piece.rows[0]] if last_piece.has_header else prev_header
                if header is not None:
                    carry = (last_piece.col_x, header, used[-1].size, last_piece.tab_stops)
    pieces.sort(key=lambda p: (p.page, p.region, p.bbox[1]))
    outside_text = ("furniture", "footnote", "table", "parallel", PULL_QUOTE)  # kinds of line not the page's text
    content: dict[int, tuple[float, float]] = {}
    for lines in all_lines:
        body_lines = [ln for ln in lines if ln.kind not in outside_text]
        if body_lines:
            content[body_lines[0].page] = (min(ln.top for ln in body_lines), max(ln.bottom for ln in body_lines))
    boxes: dict[int, list[tuple[float, float, float, float]]] = {}
    for lines in all_lines:
        for ln in lines:
            if ln.kind not in outside_text:
                boxes.setdefault(ln.page, []).append((ln.x0, ln.top, ln.x1, ln.bottom))
    # a spreadsheet printed in strips: the right-hand columns on a later page join their rows
    pieces = join_cut_columns(pieces, content, settings)
    tables = join_pieces(pieces, height_of, content, settings, boxes)
    for piece, table in tables:
        if piece.tab_stops is not None:
            outline_levels(table, settings)
    # (a tile's lines wrap at its own edge, as a column's do)
    columns = {(p.number, ri) for p in pages for ri, r in enumerate(p.regions) if r.column or r.tile}
    # a booklet imposed for saddle stitching: its half-pages in the order of their page labels
    order = imposed_order(pages, all_lines, settings)
    blocks = records_to_tables(
        build_blocks(all_lines, tables, settings, columns, {p.number: p.width for p in pages},
                     {(p.number, ri) for p in pages for ri, r in enumerate(p.regions) if r.tile}, order=order), settings, header_hint
    )
    for k, block in enumerate(blocks, 1):
        block.id = f"b{k}"
    return Layout(pages, tables, blocks, toc_pages, title(all_lines, settings, stamp=stamp))
