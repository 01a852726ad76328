"""Fields marked by icons: a small drawing before a few words, in the same place on every row.

A web page sets each action of a plan on a row (a card, often only ruled above and below): the
action's sentence on the left and, on the right, its details, each after a small icon - a person
before the team that leads it, a calendar before the date - with no word saying which is which.
The icons are vector drawings (a circle and a curve, a few rectangles), not text: without them
the row reads as one line ("Arrangere bondens marknad … Næringskontoret Sommaren 2026").

:func:`icon_cards` finds such rows by geometry alone: an ICON is a cluster of small paths about
the size of the text beside it; a FIELD is the short run of words right after an icon, with
other text left of it on the row (the item's own); icons that mark fields stand at one x on at
least ``icon_min_repeat`` rows (a repeated position: a column of fields). Each row becomes a card
whose fields are its chips (:mod:`plancheck.layout.cards`): the page reads the row's text, then
each field as a line of its own, and extraction reads what each field holds from its content,
as for unlabelled chips.

An infographic stacks the fields UNDER the item's sentence instead, inside the item's card (a
drawn panel): the sentence, then a person icon and the owner on a line of its own, a calendar
icon and the date on the next. :func:`stacked_icon_fields` finds those (a field wrapped onto a
second line keeps it), and :func:`stacked_cards` makes each panel holding them a card whose chips
they are.
"""

from __future__ import annotations

from plancheck.layout.boxes import contains_box
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word


def _touch(a: Box, b: Box, slack: float) -> bool:
    return a[0] - slack <= b[2] and b[0] - slack <= a[2] and a[1] - slack <= b[3] and b[1] - slack <= a[3]


def _union(a: Box, b: Box) -> Box:
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def icon_clusters(shapes: list[Box], settings: LayoutSettings = DEFAULT) -> list[Box]:
    """The drawings small enough to be icons: paths no bigger than ``icon_max_size`` each,
    those that touch (within ``icon_join_slack``) joined into one box (a head and a body, a
    frame and its bars), kept when the joined box is still that small."""
    small = [b for b in shapes if b[2] - b[0] <= settings.icon_max_size and b[3] - b[1] <= settings.icon_max_size]
    groups: list[Box] = []
    for b in small:
        box = b
        merged = True
        while merged:
            merged = False
            for k, g in enumerate(groups):
                if _touch(box, g, settings.icon_join_slack):
                    box = _union(box, groups.pop(k))
                    merged = True
                    break
        groups.append(box)
    return [g for g in groups if g[2] - g[0] <= settings.icon_max_size and g[3] - g[1] <= settings.icon_max_size]


def _field_after(icon: Box, words: list[Word], settings: LayoutSettings) -> list[Word] | None:
    """The words an icon marks: on the icon's line, starting within ``mark_gap_ratio`` font
    sizes right of it, up to the next wide gap (``segment_gap_ratio``), at most
    ``chip_max_words``; the icon about the height of their letters (``icon_min_ratio`` of it at
    least: a bullet is smaller). None otherwise."""
    mid = (icon[1] + icon[3]) / 2
    line = sorted((w for w in words if w.top <= mid <= w.bottom), key=lambda w: w.x0)
    after = [w for w in line if w.x0 >= icon[2] - settings.icon_join_slack]
    if not after:
        return None
    first = after[0]
    if first.x0 - icon[2] > settings.mark_gap_ratio * first.size:
        return None
    if icon[3] - icon[1] < settings.icon_min_ratio * (first.bottom - first.top):
        return None
    run = [first]
    for w in after[1:]:
        if w.x0 - run[-1].x1 > max(settings.segment_gap, settings.segment_gap_ratio * w.size):
            break
        run.append(w)
    return run if len(run) <= settings.chip_max_words else None


def _box(icon: Box, words: list[Word]) -> Box:
    return (min(icon[0], *(w.x0 for w in words)), min(icon[1], *(w.top for w in words)),
            max(icon[2], *(w.x1 for w in words)), max(icon[3], *(w.bottom for w in words)))


def _rows(fields: list[tuple[Box, Box]], settings: LayoutSettings) -> list[list[tuple[Box, Box]]]:
    """Fields stacked closer than ``icon_row_gap_ratio`` line heights: one row's, top down."""
    rows: list[list[tuple[Box, Box]]] = []
    for icon, f in sorted(fields, key=lambda t: t[1][1]):
        last = rows[-1][-1][1] if rows else None
        if last is not None and f[1] - last[3] <= settings.icon_row_gap_ratio * (last[3] - last[1]):
            rows[-1].append((icon, f))
        else:
            rows.append([(icon, f)])
    return rows


def _beside(row: list[tuple[Box, Box]], left: list[Word]) -> list[Word]:
    """The words left of a row's fields on the lines its fields span."""
    top, bottom = min(f[1] for _i, f in row), max(f[3] for _i, f in row)
    return [w for w in left if w.bottom > top and w.top < bottom]


def _inside(w: Word, box: Box) -> bool:
    return box[0] <= w.mid_x <= box[2] and box[1] <= w.mid_y <= box[3]


def holding_panel(fields: list[Box], panels: list[Box]) -> Box | None:
    """The smallest of ``panels`` that holds every one of ``fields`` wholly, None when none does."""
    holding = [p for p in panels if all(contains_box(p, f) for f in fields)]
    return min(holding, key=lambda p: (p[2] - p[0]) * (p[3] - p[1])) if holding else None


def row_text(row: list[tuple[Box, Box]], left: list[Word], panels: list[Box] | None,
             settings: LayoutSettings = DEFAULT) -> list[Word]:
    """The row's own text: the words left of its fields on its lines (:func:`_beside`), only
    those inside the innermost drawn panel that holds the fields when one does
    (``settings.icon_row_in_panel``).

    Why: a panel's edge ends what belongs together. A dashboard sets a chart's legend (a small
    coloured square before each label, one under another at one x) in a visual of its own, the
    goal list and a bar chart in visuals beside it: the words left of the legend on its lines
    are those other visuals', and reading them as the legend's rows made one card across the
    page out of three boxes' texts."""
    text = _beside(row, left)
    if not settings.icon_row_in_panel or not panels:
        return text
    panel = holding_panel([f for _i, f in row], panels)
    return text if panel is None else [w for w in text if _inside(w, panel)]


def icon_fields(shapes: list[Box], words: list[Word], settings: LayoutSettings = DEFAULT,
                panels: list[Box] | None = None) -> list[tuple[Box, Box]]:
    """(icon, field box) for every icon that marks a field (:func:`_field_after`) at an x where
    at least ``icon_min_repeat`` such icons stand (within ``margin_indent_tolerance``), in a
    row with text of its own left of the fields (a bullet list has none; :func:`row_text`, within
    the drawn ``panels`` holding the fields)."""
    if not shapes or len(shapes) > settings.card_max_shapes:
        return []  # a drawing (a map, a chart), not a page of rows
    found = []
    for icon in icon_clusters(shapes, settings):
        run = _field_after(icon, words, settings)
        if run is not None:
            found.append((icon, _box(icon, run)))
    tol = settings.margin_indent_tolerance
    found = [(i, f) for i, f in found if sum(1 for j, _f in found if abs(j[0] - i[0]) <= tol) >= settings.icon_min_repeat]
    if not found:
        return []
    column = min(f[0] for _i, f in found)
    left = [w for w in words if w.x1 <= column]
    return [t for row in _rows(found, settings) if row_text(row, left, panels, settings) for t in row]


def icon_cards(shapes: list[Box], words: list[Word], settings: LayoutSettings = DEFAULT,
               panels: list[Box] | None = None) -> list[tuple[Box, list[Box]]]:
    """The rows of a page whose fields are marked by icons, as cards with their chips (the
    field boxes): fields stacked closer than ``icon_row_gap_ratio`` line heights are one row's;
    the row's own text is the words left of its fields on the lines they span, and the lines
    under those that go on at the leading (closer than that gap) up to the next row."""
    fields = icon_fields(shapes, words, settings, panels)
    if not fields:
        return []
    rows = _rows(fields, settings)
    column = min(f[0] for _i, f in fields)
    left = [w for w in words if w.x1 <= column]
    cards: list[tuple[Box, list[Box]]] = []
    for k, row in enumerate(rows):
        chips = [f for _i, f in row]
        top, bottom = min(c[1] for c in chips), max(c[3] for c in chips)
        stop = min(c[1] for c in (f for _i, f in rows[k + 1])) if k + 1 < len(rows) else float("inf")
        text = row_text(row, left, panels, settings)
        if not text:
            continue
        height = max(w.bottom - w.top for w in text)
        while True:  # the row's text wrapped under its fields
            low = max(w.bottom for w in text)
            more = [w for w in left if w not in text and low - 1 <= w.top <= low + settings.icon_row_gap_ratio * height
                    and w.bottom < stop]
            if not more:
                break
            text.extend(more)
        box = _union(_box(chips[0], text), (min(c[0] for c in chips), top, max(c[2] for c in chips), bottom))
        cards.append((box, chips))
    return cards


def _wrapped(field: Box, run: list[Word], words: list[Word], stop: float, settings: LayoutSettings) -> Box:
    """``field`` grown down over the lines its words wrap onto: lines starting at the x of its
    first word (within ``margin_indent_tolerance``), each at most ``icon_row_gap_ratio`` line
    heights under the one above, above ``stop``."""
    x = run[0].x0
    height = max(w.bottom - w.top for w in run)
    box = field
    while True:
        low = box[3]
        line = [w for w in words if low - 1 <= w.top <= low + settings.icon_row_gap_ratio * height and w.bottom <= stop
                and w.x0 >= x - settings.margin_indent_tolerance]
        if not line or abs(min(w.x0 for w in line) - x) > settings.margin_indent_tolerance:
            return box
        box = _union(box, _box(box, line))


def stacked_icon_fields(shapes: list[Box], words: list[Word], settings: LayoutSettings = DEFAULT,
                        panels: list[Box] | None = None) -> list[tuple[Box, Box]]:
    """(icon, field box) for the icons that mark fields UNDER a card's own text: a card (a drawn
    panel) holding the item's sentence and, under it, each detail on a line of its own after a
    small icon (a person before the owner, a calendar before the date), the icons at one x on at
    least ``icon_min_repeat`` lines of the page (:func:`icon_fields` asks for text beside the
    fields instead). Each field is the words after its icon (:func:`_field_after`) and the lines
    they wrap onto; its card is the innermost of ``panels`` holding it, with text above the
    field and none left of it, and no two icons of one size in it (a checklist's ticks, one
    repeated down a box, mark no fields)."""
    if not shapes or not panels or len(shapes) > settings.card_max_shapes:
        return []
    found = []
    for icon in icon_clusters(shapes, settings):
        run = _field_after(icon, words, settings)
        if run is not None:
            found.append((icon, run))
    tol = settings.margin_indent_tolerance
    found = [(i, r) for i, r in found if sum(1 for j, _r in found if abs(j[0] - i[0]) <= tol) >= settings.icon_min_repeat]
    out: list[tuple[Box, Box]] = []
    for icon, run in found:
        field = _box(icon, run)
        panel = holding_panel([field], panels)
        if panel is None:
            return []
        held = [w for w in words if _inside(w, panel)]
        if not any(w.bottom <= icon[1] for w in held):
            return []  # no text of the card's own above its fields
        if any(w.x1 <= icon[0] and w.bottom > icon[1] and w.top < icon[3] for w in held):
            return []  # text beside the field: a row of icon_fields, or a legend
        same = [i for i, _r in found if i is not icon and contains_box(panel, i)
                and abs((i[2] - i[0]) - (icon[2] - icon[0])) <= settings.icon_join_slack
                and abs((i[3] - i[1]) - (icon[3] - icon[1])) <= settings.icon_join_slack]
        if same:
            continue  # one icon repeated down a box: a checklist's ticks, no fields of a card
        nxt = [i[1] for i, _r in found if i is not icon and i[1] > icon[3] and contains_box(panel, i)]
        out.append((icon, _wrapped(field, run, held, min(nxt, default=panel[3]), settings)))
    return out


def stacked_cards(fields: list[tuple[Box, Box]], panels: list[Box], within: list[Box] | None = None) -> list[tuple[Box, list[Box]]]:
    """The cards of :func:`stacked_icon_fields`: each innermost panel holding fields, with the
    field boxes as its chips, top down; none inside a box of ``within`` (read there)."""
    cards: dict[Box, list[Box]] = {}
    for _icon, field in fields:
        panel = holding_panel([field], panels)
        if panel is not None and not any(contains_box(b, panel) for b in within or []):
            cards.setdefault(panel, []).append(field)
    return sorted(cards.items(), key=lambda t: (t[0][1], t[0][0]))
