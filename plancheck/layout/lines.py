"""Words → lines: words grouped by their vertical position, left to right."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word
from plancheck.models import BBox

# bullet glyphs; symbol fonts (Symbol, Wingdings) put theirs in the private use area U+F020–U+F0FF;
# the ballot boxes of a checklist (open, ticked, crossed: U+2610–U+2612) mark its items as bullets do
#: a list's bullet glyphs; '»' and '›' (a writer's list symbol, "» Alle born skal …") count only as a word
#: of their own: glued to the word they open ('»Tekst«') they are the Danish and Swedish quotation mark
BULLETS = "•●▪■◦○‣∙·–—-*\u25aa\u2022\u2013\u2043➢►✓\u2610\u2611\u2612»›" + "".join(chr(c) for c in range(0xF020, 0xF100))
#: a list label: "2.", "2)", "(2)", "a.", "(a)", "iv)"; a bracket opened before it closes it
#: ("(2." opens a bracketed note, "(2. kvartal 2025)", not a list item)
LIST_NUMBER = re.compile(r"^(\(\d{1,2}\)|\d{1,2}[.)]|\([a-zæøå]\)|[a-zæøå][.)]|[ivx]{1,4}[.)])$", re.IGNORECASE)
LIST_OUTLINE = re.compile(r"^\d{1,2}(\.\d{1,2})+\.?$")


def is_list_marker(text: str) -> bool:
    """"1.", "a)", "iv.", "1.2.3", "•": a list item's marker standing apart from its text."""
    return (len(text) == 1 and text in BULLETS) or bool(LIST_NUMBER.match(text) or LIST_OUTLINE.match(text))


@dataclass
class Line:
    page: int
    words: list[Word]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    text: str = ""
    kind: str = ""  # "toc", "furniture", "footnote", "table", "parallel" once used
    region: int = 0  # the column region (reading order) it stands in
    meta: dict = field(default_factory=dict)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def bbox(self) -> BBox:
        return BBox(x0=self.x0, top=self.top, x1=self.x1, bottom=self.bottom)


def fonts_of(ln: Line) -> tuple[str, ...]:
    """The fonts of a line's words (subset prefix "ABCDEF+" left off): what tells two lines'
    type apart where the bold flag does not (a line of digits alone may not be seen as bold)."""
    return tuple(sorted({w.font.split("+", 1)[-1] for w in ln.words}))


def _lone_bullet(text: str) -> bool:
    return len(text) == 1 and text in BULLETS


def _marks_only(line: Line, w: Word, settings: LayoutSettings = DEFAULT) -> bool:
    """Does ``line`` so far hold only bullets and small short words - superscripts ("℠", "2",
    a footnote marker) that stand higher than the text they belong to and so are met first -
    and is ``w`` a word of larger type? Then ``w`` is the line's text, and the line takes its
    size: a raised mark must not start a line of its own ("•" "SM" above "Encourage …")."""
    if w.size - line.size < settings.line_size_jump:
        return False
    marks = [x for x in line.words if not _lone_bullet(x.text)]
    return bool(marks) and all(
        len(x.text) <= settings.superscript_max_chars and x.size <= w.size - settings.line_size_jump for x in marks
    )


def _stacked(line: Line, w: Word, settings: LayoutSettings = DEFAULT) -> bool:
    """Does ``w`` stand over or under a word already on ``line``? Two words of one line never
    share their width: one that covers most of a word on the line sits on a line of its own.
    Why: a row whose short cells are centred between the lines of a wrapped cell spans those
    lines, and the band of a line grown by such a cell would take in the wrapped cell's next
    line, its words interleaved with the first's."""
    for other in line.words:
        narrower = min(w.x1 - w.x0, other.x1 - other.x0)
        if narrower <= 0:
            continue
        shared = min(w.x1, other.x1) - max(w.x0, other.x0)
        if shared >= settings.line_stack_overlap * narrower and abs(w.mid_y - other.mid_y) > 0.5 * min(w.bottom - w.top, other.bottom - other.top):
            return True
    return False


def _right_end(end: float, x1: float) -> float:
    """The right end of a line's words after one ending at ``x1`` joins them (``end`` before):
    infinite once an end is not a number, so that no word is ever found right of it."""
    return x1 if x1 > end else (end if x1 == x1 else math.inf)


def words_to_lines(words: list[Word], page_no: int, settings: LayoutSettings = DEFAULT) -> list[Line]:
    """Group words into lines by their vertical position, left to right. A big bullet glyph
    joins its text's line and takes the text's place and size. A label set at an angle
    (:attr:`Word.turned`) shares a line with such labels only: its box spans its run, and
    beside horizontal text it stood across several of its lines."""
    lines: list[Line] = []
    # a middle at the band's edge (within the sources' precision: pdfium measures in single
    # precision) is inside it, on both character paths (a cell centred between a wrapped
    # cell's lines stands exactly there)
    slack = settings.line_overlap_slack + settings.measure_precision
    # the right end of each line's words (infinite when one is not a number): a word that
    # starts right of it shares no width with any of them, so it stands over or under none
    # (:func:`_stacked`, asked only otherwise: words mostly come left to right)
    ends: list[float] = []
    for w in sorted(words, key=lambda w: (round(w.top, 0), w.x0)):
        mid = w.mid_y
        for k in range(len(lines) - 1, max(len(lines) - 4, -1), -1):  # the last three lines, last first
            line = lines[k]
            lone = _lone_bullet(w.text) or (len(line.words) == 1 and _lone_bullet(line.words[0].text))
            raised = _marks_only(line, w, settings)
            if line.top - slack <= mid <= line.bottom + slack and w.turned == line.words[0].turned and (
                lone or raised
                or (abs(line.size - w.size) < settings.line_size_jump
                    and (w.x0 > ends[k] or not _stacked(line, w, settings)))
            ):
                was_bullet = len(line.words) == 1 and line.words[0].text in BULLETS
                line.words.append(w)
                ends[k] = _right_end(ends[k], w.x1)
                if was_bullet or raised:
                    line.top, line.bottom, line.size = w.top, w.bottom, w.size
                else:
                    line.top = min(line.top, w.top)
                    line.bottom = max(line.bottom, w.bottom)
                break
        else:
            lines.append(Line(page_no, [w], w.x0, w.x1, w.top, w.bottom, w.size, w.bold))
            ends.append(_right_end(-math.inf, w.x1))
    for line in lines:
        finish_line(line, settings)
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def attach_drop_caps(lines: list[Line], settings: LayoutSettings = DEFAULT) -> list[Line]:
    """A drop cap - one large capital set beside the first lines of a paragraph ("O" + "ur
    town has …") - is the first letter of the line to its right: glued to that line's
    first word, it leaves the lines, so that it is not read as a line (or a word) of its own.
    The line keeps its place; only its text changes."""
    out = [ln for ln in lines]
    for cap in lines:
        if len(cap.words) != 1 or len(cap.text) != 1 or not cap.text.isalpha() or not cap.text.isupper():
            continue
        beside = [
            ln for ln in lines
            if ln is not cap and ln.words and ln.words[0].text[:1].islower()
            and cap.size >= settings.drop_cap_size_ratio * ln.size
            and -settings.drop_cap_gap_ratio * ln.size <= ln.x0 - cap.x1 <= settings.drop_cap_gap_ratio * ln.size
            and cap.top - ln.height <= ln.top <= cap.bottom
        ]
        if not beside:
            continue
        first = min(beside, key=lambda ln: ln.top)
        w = first.words[0]
        first.words[0] = Word(cap.text + w.text, w.x0, w.top, w.x1, w.bottom, w.size, w.font, w.bold,
                              w.space_after, w.plain_colon)
        finish_line(first, settings)
        out.remove(cap)
    return out


def attach_centred_labels(lines: list[Line], settings: LayoutSettings = DEFAULT) -> list[Line]:
    """A short label set left of a text of two or more lines and centred on it - 'GOAL 1' in
    the dark cell of a band, its sentence wrapped beside it - opens the text's first line.

    Its middle stands between the text's lines, so it is a line of its own, and read by its
    top it would land inside the sentence ('All pupils can swim by the end of' / 'GOAL 2' /
    'year four.'). Taken as the first words of the text's first line, label and sentence read as
    one, as they do where the label is set level with the first line. The label spans the
    break between two of the text's lines and its middle is within half a line of the text's
    middle; the text's lines start at one x, right of the label (``centred_label_gap_ratio``),
    one under the other."""
    out = list(lines)
    taken: set[int] = set()  # ids of labels moved into a line
    for label in lines:
        if not label.words or len(label.words) > settings.centred_label_max_words or not any(
            ch.isalpha() for ch in label.text
        ) or id(label) in taken:
            continue
        gap = settings.centred_label_gap_ratio * label.size
        beside = sorted(
            (ln for ln in out if ln is not label and ln.words and ln.x0 >= label.x1 + gap
             and ln.top < label.bottom and ln.bottom > label.top),
            key=lambda ln: ln.top,
        )
        if len(beside) < 2 or any(abs(ln.x0 - beside[0].x0) > settings.line_overlap_slack for ln in beside):
            continue
        # the whole text: its lines at that x, one under the other, above and below the label
        tol, pitch = settings.line_overlap_slack, max(ln.height for ln in beside)
        text = list(beside)
        for ln in sorted(out, key=lambda ln: ln.top):
            if any(ln is t for t in text) or ln is label or abs(ln.x0 - beside[0].x0) > tol:
                continue
            if 0 <= text[0].top - ln.bottom <= pitch or 0 <= ln.top - text[-1].bottom <= pitch:
                text = sorted([*text, ln], key=lambda x: x.top)
        middle = (text[0].top + text[-1].bottom) / 2
        if abs((label.top + label.bottom) / 2 - middle) > pitch / 2:
            continue
        if any(
            ln is not label and not any(ln is t for t in text) and ln.words and ln.x1 > label.x0
            and ln.x0 < text[0].x0 and ln.top < label.bottom and ln.bottom > label.top
            for ln in out
        ):
            continue  # something else stands beside the label
        first = text[0]
        first.words = [*label.words, *first.words]
        finish_line(first, settings)
        taken.add(id(label))
        out = [ln for ln in out if ln is not label]
    return out


def finish_line(line: Line, settings: LayoutSettings = DEFAULT) -> None:
    """Order a line's words and set its box, size (by characters), weight and text."""
    line.words.sort(key=lambda w: w.x0)
    line.x0 = line.words[0].x0
    line.x1 = max(w.x1 for w in line.words)
    sizes: Counter[float] = Counter()
    for w in line.words:
        sizes[round(w.size, 1)] += len(w.text)
    line.size = sizes.most_common(1)[0][0]
    # a line is bold when its words are; a figure set in the regular weight after a bold label
    # ("**Frist:** 2026") makes it a label line, not a heading
    # (one pass: a word with a letter is a letter word, else one with a digit a figure - the
    # membership test of each figure in the letter words compared whole words field by field)
    letters: list[Word] = []
    figures: list[Word] = []
    for w in line.words:
        if any(ch.isalpha() for ch in w.text):
            letters.append(w)
        elif any(ch.isdigit() for ch in w.text):
            figures.append(w)
    line.bold = bool(letters) and all(w.bold for w in letters) and not (
        figures and letters[-1].text.endswith(":") and not any(w.bold for w in figures)
    )
    if not line.bold:
        headed_note(line, settings)
    line.text = line_text(line.words, settings)


def headed_note(line: Line, settings: LayoutSettings = DEFAULT) -> None:
    """A bold heading with a note in brackets set after it on its line, smaller or in italics
    ('Goals for the year (what do we want to reach?)', a form's prompt): the line is the bold
    heading's, its weight and size - the note does not make it running text."""
    k = next((i for i, w in enumerate(line.words) if w.text.startswith("(")), None)
    if not k or not line.words[-1].text.rstrip(".").endswith(")"):
        return
    head, note = line.words[:k], line.words[k:]
    letters = [w for w in head if any(ch.isalpha() for ch in w.text)]
    if not letters or not all(w.bold for w in letters) or any(w.bold for w in note):
        return
    size = max(w.size for w in head)
    if all(w.italic or w.size <= size - settings.heading_note_size_delta for w in note):
        line.bold = True
        line.size = round(size, 1)


def line_text(words: list[Word], settings: LayoutSettings = DEFAULT) -> str:
    """Words joined with a space where the gap is one."""
    out = ""
    prev = None
    for w in words:
        if prev is not None:
            gap = w.x0 - prev.x1
            wide = gap > settings.space_gap_ratio * w.size or gap > settings.space_gap_min
            out += " " if wide or (prev.space_after and gap > -settings.space_gap_min) else ""
        out += w.text
        prev = w
    return out


def segments(line: Line, settings: LayoutSettings = DEFAULT) -> list[list[Word]]:
    """Split a line where the horizontal gap is wide: the cells of an unruled table. A tab's
    dotted leader (:attr:`Word.leader`) is such a gap, drawn: it parts two cells and is in
    neither."""
    words = line.words
    if any(w.leader for w in words):
        segs: list[list[Word]] = []
        for leader, run in itertools.groupby(words, key=lambda w: w.leader):
            if not leader:
                segs.extend(_gap_segments(list(run), settings))
        return segs or [[words[0]]]
    return _gap_segments(words, settings)


def _gap_segments(words: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    # the settings read once, not per word pair (asked for every line, several times per
    # document); ``max(least, ratio * size)`` spelled out with the same result (NaN included)
    least, ratio = settings.segment_gap, settings.segment_gap_ratio
    seg = [words[0]]
    segs = [seg]
    prev = words[0]
    for w in words[1:]:
        wide = ratio * w.size
        if w.x0 - prev.x1 > (wide if wide > least else least):
            seg = [w]
            segs.append(seg)
        else:
            seg.append(w)
        prev = w
    return segs


_TAG_WORD = re.compile(r"^[^\W\d_][^\W\d_.]*(?:\.[^\W\d_]*)*$")


def floating_tags(lines: list[Line], settings: LayoutSettings = DEFAULT) -> list[int]:
    """The indices of the floating tags among ``lines`` (one region's, in reading order): a
    cross-reference code set in the margin beside a paragraph ("Tr", "G L", "C.C." pointing to
    another chapter), off the lines' rhythm. Such a tag is a line of at most ``tag_max_words``
    words of letters and dots (``tag_max_chars`` each) that stands between two lines of text
    one leading apart, right of where both end (by ``gutter_min``), in another size
    (``tag_size_delta``). Read in its place it parts a heading from its second line or a
    title from the sentence under it; what it says belongs to no sentence.

    Digits never make a tag: a year or a number beside a paragraph is a cell of a table row."""
    out: list[int] = []
    for k in range(1, len(lines) - 1):
        prev, ln, nxt = lines[k - 1], lines[k], lines[k + 1]
        words = [w.text for w in ln.words]
        if not words or len(words) > settings.tag_max_words:
            continue
        if any(len(t) > settings.tag_max_chars or not _TAG_WORD.match(t) for t in words):
            continue
        if prev.page != nxt.page or not prev.top < (ln.top + ln.bottom) / 2 < nxt.bottom:
            continue
        if nxt.top - prev.top > 2.5 * max(prev.height, nxt.height, 0.1):
            continue  # the lines around it are not one leading apart
        if ln.x0 < max(prev.x1, nxt.x1) + settings.gutter_min:
            continue
        if min(abs(ln.size - prev.size), abs(ln.size - nxt.size)) < settings.tag_size_delta:
            continue
        out.append(k)
    return out


def _tail_at(ln: Line, settings: LayoutSettings = DEFAULT) -> int | None:
    """Where a field set apart at the right end of ``ln`` starts (the index of its first word):
    up to ``tail_max_words`` words set ``tail_size_delta`` smaller than the rest of the line,
    after a gap ``tail_gap_ratio`` times the widest gap between the line's other words. None
    when the line ends in no such run."""
    words = ln.words
    for n in range(1, min(settings.tail_max_words, len(words) - 1) + 1):
        tail, body = words[-n:], words[:-n]
        if not any(ch.isalnum() for w in body for ch in w.text):
            return None
        # (a bullet stands apart by design, and may be set larger: a checklist's ballot box)
        text = body[1:] if is_list_marker(body[0].text) and len(body) > 1 else body
        body_size = max(w.size for w in text)
        if any(w.size > body_size - settings.tail_size_delta for w in tail):
            continue
        gap = tail[0].x0 - body[-1].x1
        inner = max((b.x0 - a.x1 for a, b in itertools.pairwise(text)), default=0.0)
        if gap >= settings.tail_gap_ratio * max(inner, settings.space_gap_min):
            return len(words) - n
    return None


def right_tails(lines: list[Line], settings: LayoutSettings = DEFAULT) -> dict[int, int]:
    """Fields set at the right edge of list or table-like lines ("Købe … råvarer      2027",
    "Indføre … om ugen   Ultimo 2026" / "på alle biblioteker"), among ``lines`` (one
    region's): line index → where its tail starts (:func:`_tail_at`). A tail counts only where
    the tails of ``tail_min_lines`` lines or more end at one right edge (``tail_align_slack``):
    a column of dates or owners set flush right beside the items, as a web page's card or a
    list with right-aligned dates prints them. Read in the line, such a field lands in the
    middle of its item's sentence when the item wraps under it."""
    found = {k: at for k, ln in enumerate(lines) if (at := _tail_at(ln, settings)) is not None}
    out: dict[int, int] = {}
    for k, at in found.items():
        edge = lines[k].words[-1].x1
        aligned = [j for j in found if abs(lines[j].words[-1].x1 - edge) <= settings.tail_align_slack]
        if len(aligned) >= settings.tail_min_lines:
            out[k] = at
    return out


def set_tails_apart(lines: list[Line], settings: LayoutSettings = DEFAULT) -> None:
    """Take each right-edge field (:func:`right_tails`) out of its line, per region, into
    ``meta["tail"]``: the block the line belongs to reads it after its text, as a field of the
    item (:func:`plancheck.layout.blocks.build_blocks`)."""
    for region in {ln.region for ln in lines}:
        mine = sorted((ln for ln in lines if ln.region == region and not ln.kind), key=lambda ln: (ln.page, ln.top, ln.x0))
        for k, at in right_tails(mine, settings).items():
            ln = mine[k]
            tail = ln.words[at:]
            ln.words = ln.words[:at]
            ln.meta["tail"] = line_text(tail, settings)
            finish_line(ln, settings)


def text_size(pages: list[list[Line]], ndigits: int = 0) -> float | None:
    """The type size most characters of the pages' unmarked lines (not furniture, not a stamp)
    are set in, rounded to ``ndigits``: the body text's, against which a header, a title or a
    heading is smaller or larger. None when no line is left."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for ln in lines:
            if not ln.kind:
                sizes[round(ln.size, ndigits)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else None
