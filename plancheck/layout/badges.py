"""Rating badges: a grade drawn as a letter in a badge beside a card (a report card, a scorecard).

An annual report card grades each objective with a LETTER set large in a filled disc or square
('B', 'A+', 'I') at the left of the objective's card, often with a small caption under the disc
and sometimes a note under that, all in the disc's narrow column; the card's own text (the
objective, what was done, next year's actions) stands beside it. Read as part of the text flow,
the column's caption and note run into the card's lines level with them, and the letter - a
heading by its size - stands over the card as if it were its title. The letter is a rating, a
value shown as a picture, not text of the plan: it is dropped; the caption and notes under the
disc are a column of their own (:func:`rating_badges`). Geometry and typography only: the letter
is known by its shape (one capital, perhaps a sign), its size against the text beside it and the
shape it stands in."""

from __future__ import annotations

from plancheck.layout.boxes import crosses_box, inside_box, nearly_square
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word

Box = tuple[float, float, float, float]

_SIGNS = "+-−–"


def _grade(text: str) -> bool:
    """One capital letter, perhaps with a sign after it ('B', 'A+', 'C-')."""
    return bool(text) and text[0].isalpha() and text[0].isupper() and (len(text) == 1 or (len(text) == 2 and text[1] in _SIGNS))


def rating_badges(panels: list[Box], words: list[Word], settings: LayoutSettings = DEFAULT) -> list[tuple[Box, list[Word]]]:
    """The rating badges among the drawn ``panels``, each as (the column under and around it, the
    badge's words: the letter, and its caption): a nearly square panel (``mark_min_aspect``) holding one word alone, a grade
    (:func:`_grade`) set at least ``rating_badge_size_ratio`` times the size of the text level with
    the panel on its right, with that text beginning within ``rating_badge_text_gap`` panel widths
    of it. The column is the panel and the lines stacked under it (each within
    ``rating_badge_line_gap`` line heights of the one above) whose words all lie within the
    panel's left and right edges widened by ``rating_badge_column_pad`` of its width; a line with
    a word that crosses those edges ends it. The column's first line, when it stands right under
    the panel (within ``rating_badge_line_gap`` of its lines' height) and holds at most
    ``rating_badge_caption_max_words`` words, is the badge's caption ('GRADE', 'Overall
    rating'): a name of the value, read with it; the lines after it (a note on the grade) are
    text. A page with no word in display type that could be a
    grade has none: the panels are not looked at."""
    if not panels:
        return []
    letters = [w for w in words if w.size >= settings.rating_badge_min_size and _grade(w.text)]
    if not letters:
        return []
    slack = settings.side_box_slack
    out: list[tuple[Box, list[Word]]] = []
    for box in panels:
        if not nearly_square(box, settings):
            continue
        bw = box[2] - box[0]
        held = [w for w in letters if inside_box(w, box, slack)]
        if len(held) != 1:
            continue
        letter = held[0]
        if any(w is not letter and (inside_box(w, box, slack) or crosses_box(w, box, slack)) for w in words):
            continue
        reach = box[2] + settings.rating_badge_text_gap * bw
        beside = [w for w in words if w.x0 >= box[2] and w.x0 <= reach and w.bottom > box[1] and w.top < box[3]]
        if not beside:
            continue
        sizes = sorted(w.size for w in beside)
        if letter.size < settings.rating_badge_size_ratio * sizes[len(sizes) // 2]:
            continue
        pad = settings.rating_badge_column_pad * bw
        left, right = box[0] - pad, box[2] + pad
        bottom = box[3]
        under = sorted((w for w in words if w.top >= box[3] - slack and w.x1 > left and w.x0 < right),
                       key=lambda w: w.top)
        column: list[Word] = []
        badge = [letter]
        while under:
            first = under[0]
            line = [w for w in under if w.top <= first.top + settings.y_tolerance]
            height = max(w.bottom - w.top for w in line)
            if first.top - bottom > settings.rating_badge_line_gap * height:
                break
            if any(w.x0 < left or w.x1 > right for w in line):
                break
            if bottom == box[3] and len(line) <= settings.rating_badge_caption_max_words:
                badge += line  # (the caption: right under the panel, a word or two)
            else:
                column += line
            bottom = max(bottom, max(w.bottom for w in line))
            under = under[len(line):]
        # the notes' own box: read where they stand, beside the card's text under its first lines
        # (from the panel's top, they came before the card's heading, as if they headed it)
        notes = (min(w.x0 for w in column), min(w.top for w in column), max(w.x1 for w in column), bottom) if column else box
        out.append((notes, badge))
    return out
