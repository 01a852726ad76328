"""Characters → words, with the gap between letters estimated per line.

pdfplumber's ``extract_words`` breaks a word wherever two characters stand more than a fixed
``x_tolerance`` apart, so letter-spaced display type ("I n n e h å l l") falls apart into
letters. Here the usual gap between neighbouring letters is estimated for every run of one
font and size on a line: when that run is letter-spaced, a word break is a gap clearly wider
than its letter gap. Fake-bold text (each glyph drawn twice, slightly shifted, "CITYY OFF
HAARTFOORD") is de-duplicated first.
"""

from __future__ import annotations

import itertools
import operator
import statistics
from dataclasses import dataclass, fields, replace

from plancheck.layout.chars import Char, is_italic_name
from plancheck.layout.settings import DEFAULT, LayoutSettings


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str = ""
    bold: bool = False
    space_after: bool = False  # a space character follows it in the text
    plain_colon: bool = False  # a bold word whose closing colon is set in the regular weight
    badge: bool = False  # a tile's display numeral moved onto its text's first line (layout/columns.py tile_row)
    tracking: float = 0.0  # the letter gap of letter-spaced type ("H ö r d a"), 0 in ordinary text
    turned: bool = False  # a label set at an angle (:attr:`Char.turned`): on a line of such labels only
    leader: bool = False  # a tab's leader, a run of dots filling the gap between two fields (split_leaders)
    # set flush against the word before it, a field pushed back past its tab stop onto that
    # word's text (:func:`pushed_back`): a field break without a gap
    pushed: bool = False
    # where a string of its own starts flush inside the word, after two lower-case letters (the
    # offset into ``text`` and its x; None when none does): a field break the word stage cannot
    # tell from a word's own letters ("Byarkivet" + "innen våren", :func:`seam_split`)
    seam: tuple[int, float] | None = None

    @property
    def italic(self) -> bool:
        """Set in an italic cut, by its font's name."""
        return is_italic_name(self.font)

    @property
    def mid_y(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def mid_x(self) -> float:
        return (self.x0 + self.x1) / 2

    def __reduce__(self) -> tuple[type[Word], tuple]:
        """Pickled as its fields in order (a helper's pages go back to the reader pickled,
        :func:`plancheck.limits.split_work`): ``dataclass(slots=True)`` pickles a word through a
        Python loop over its fields each way, about half the time of loading a long plan's
        pages and all of it between the helper's last page and the document's assembly."""
        return (type(self), _word_fields(self))


#: a word's fields in their order, as one tuple (:meth:`Word.__reduce__`; a C getter)
_word_fields = operator.attrgetter(*(f.name for f in fields(Word)))


def drop_duplicates(chars: list[Char], settings: LayoutSettings = DEFAULT) -> list[Char]:
    """Drop a character drawn again over itself (the same text, shifted by less than
    ``duplicate_overlap_ratio`` of its width and height): fake bold, or a shadow.

    The characters kept are filed by text and grid row, then grid column (cells of the
    character's own width and height): only the cells around a character can hold its copy.
    Loops, not generators or helper calls: this runs for every character of a document."""
    r = settings.duplicate_overlap_ratio
    # text → grid row → grid column → the characters kept there (nested by text first: one
    # string lookup per character, then integer keys, instead of a tuple built per probe)
    seen: dict[str, dict[int, dict[int, list[Char]]]] = {}
    out: list[Char] = []
    append = out.append
    for c in chars:
        text = c.text
        if text.isspace():
            append(c)
            continue
        x0, top = c.x0, c.top
        w = c.x1 - x0
        if w < 1.0:
            w = 1.0
        h = c.bottom - top
        if h < 1.0:
            h = 1.0
        row, col = int(top // h), int(x0 // w)
        rows = seen.get(text)
        if rows is None:
            seen[text] = {row: {col: [c]}}
            append(c)
            continue
        near_x, near_y = r * w, r * h
        drawn = False
        for k in (row - 1, row, row + 1):
            cols = rows.get(k)
            if cols is None:
                continue
            for j in (col - 1, col, col + 1):
                cell = cols.get(j)
                if cell is None:
                    continue
                for o in cell:
                    if abs(o.x0 - x0) < near_x and abs(o.top - top) < near_y:
                        drawn = True
                        break
                if drawn:
                    break
            if drawn:
                break
        if drawn:
            continue
        cols = rows.get(row)
        if cols is None:
            rows[row] = {col: [c]}
        else:
            cell = cols.get(col)
            if cell is None:
                cols[col] = [c]
            else:
                cell.append(c)
        append(c)
    return out


def char_lines(chars: list[Char], settings: LayoutSettings = DEFAULT) -> list[list[Char]]:
    """Characters grouped by their top (within ``y_tolerance``), each group left to right; of
    a space and a glyph that start at the same point (within ``origin_slack``: the two sources
    measure a point in single or double precision) the space comes first, whichever was drawn
    first (a space shown by a text object of its own at the origin of the word after it: the
    pdfium path adds such spaces after the page's other characters, pdfminer reads them in the
    order drawn, and a glyph before its space read as a word of one letter)."""
    groups: list[list[Char]] = []
    tops: list[float] = []
    for c in sorted(chars, key=lambda c: c.top):
        if groups and c.top - tops[-1] <= settings.y_tolerance:
            groups[-1].append(c)
        else:
            groups.append([c])
            tops.append(c.top)
        tops[-1] = c.top  # pdfplumber's cluster: each member within tolerance of the last
    slack = settings.origin_slack
    for g in groups:
        g.sort(key=_x0)
        for k in [k for k, c in enumerate(g) if c.text == " "]:
            j = k  # the space moved before the glyphs that start where it does
            while j > 0 and g[j - 1].text != " " and g[j].x0 - g[j - 1].x0 <= slack:
                g[j - 1], g[j] = g[j], g[j - 1]
                j -= 1
    return groups


def _x0(c: Char) -> float:
    return c.x0


def letter_gap(run: list[Char], settings: LayoutSettings = DEFAULT) -> float:
    """The usual gap between neighbouring letters of a run of one font and size: 0 for
    ordinary text, the tracking for letter-spaced display type."""
    visible = [c for c in run if not c.text.isspace()]
    if len(visible) < settings.letter_spacing_min_chars:
        return 0.0
    size = visible[0].size
    gaps = [
        b.x0 - a.x1
        for a, b in itertools.pairwise(visible)
        if b.x0 - a.x1 < 1.5 * size
    ]
    if not gaps:
        return 0.0
    gap = statistics.median(gaps)
    if gap > settings.letter_spaced_max_tracking * size:
        # glyphs set more than a letter's width apart are no word spaced out but glyphs of
        # their own: the heads of narrow columns ("1   2   3   4" over a matrix's marks)
        return 0.0
    return max(0.0, gap)


def is_tight(run: list[Char], gap: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Is a run with space characters set tight: its neighbouring letters (no space between)
    nearly always stand ``gap`` apart? Then the producer draws its word gaps as spaces, and
    a clearly wider gap without one (a tab: "policy⇥September") is a word gap as well."""
    if not any(c.text.isspace() for c in run):
        return False
    size = run[0].size
    pairs = [b.x0 - a.x1 for a, b in itertools.pairwise(run) if not a.text.isspace() and not b.text.isspace()]
    if len(pairs) < settings.tight_gap_min_pairs:
        return False
    spread = sorted(abs(p - gap) for p in pairs)[int(0.9 * (len(pairs) - 1))]
    return spread <= settings.tight_gap_spread_ratio * size


def _short_run_gap(run: list[Char], spaced: dict[str, list[float]], settings: LayoutSettings) -> float:
    """The letter gap of a run too short to estimate its own ("M å l"): its gaps are alike and
    the page has letter-spaced type of the same font at about the same tracking (in sizes)."""
    visible = [c for c in run if not c.text.isspace()]
    if len(visible) < 2 or len(visible) != len(run):
        return 0.0
    size = visible[0].size
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(visible)]
    if max(gaps) - min(gaps) > settings.short_run_gap_spread * size:
        return 0.0
    g = statistics.median(gaps)
    ratios = spaced.get(visible[0].font, [])
    if any(abs(g / size - r) <= settings.short_run_tracking_match * r for r in ratios):
        return g
    return 0.0


def _lone_run_gap(run: list[Char], tol: float, settings: LayoutSettings) -> float:
    """The letter gap of a line that is one short run of letters alone ("M å l", a heading on a
    page with no other letter-spaced type to compare): no space character, every gap alike and
    wider than the word tolerance ``tol`` but at most ``lone_spaced_max_tracking`` sizes. A line
    of nothing but one-letter words is no text; 0.0 when the run is not such a line."""
    if not 3 <= len(run) < settings.letter_spacing_min_chars or not all(c.text.isalpha() for c in run):
        return 0.0
    size = run[0].size
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(run)]
    if size <= 0 or max(gaps) - min(gaps) > settings.short_run_gap_spread * size:
        return 0.0
    g = statistics.median(gaps)
    return g if tol < g <= settings.lone_spaced_max_tracking * size else 0.0


def spaced_fonts(
    lines: list[list[Char]],
    settings: LayoutSettings = DEFAULT,
    gapped: list[list[tuple[list[Char], float]]] | None = None,
) -> dict[str, list[float]]:
    """Font → the tracking (letter gap / size) of its letter-spaced runs on a page
    (``gapped``: each line's runs with their letter gaps, when :func:`run_gaps` made them)."""
    out: dict[str, list[float]] = {}
    for runs in gapped if gapped is not None else (run_gaps(line, settings) for line in lines):
        for run, g in runs:
            size = run[0].size
            if size > 0 and g > max(settings.x_tolerance, settings.x_tolerance_ratio * size):
                font = next((c.font for c in run if not c.text.isspace()), run[0].font)
                out.setdefault(font, []).append(g / size)
    return out


def run_gaps(line: list[Char], settings: LayoutSettings = DEFAULT) -> list[tuple[list[Char], float]]:
    """A line's runs of one font and size, each with its letter gap (:func:`letter_gap`)."""
    return [(run, letter_gap(run, settings)) for run in _runs(line)]


def _runs(line: list[Char]) -> list[list[Char]]:
    """A line's runs of one font and size (spaces join the run before them).

    The size is compared rounded to 0.1 pt; a character with exactly the font and size of
    the last one that was compared is in the same run without rounding again (most are)."""
    runs: list[list[Char]] = []
    key: tuple[str, float] | None = None  # the run's font and size: those of its first character
    same: tuple[str, float] | None = None  # a font and unrounded size known to give ``key``
    run: list[Char] = []
    for c in line:
        if not runs:
            run = [c]
            runs.append(run)
            key = (c.font, round(c.size, 1))
            same = (c.font, c.size)
        elif c.text.isspace() or (c.font, c.size) == same:
            run.append(c)
        elif key != (ck := (c.font, round(c.size, 1))):
            run = [c]
            runs.append(run)
            key = ck
            same = (c.font, c.size)
        else:
            run.append(c)
            same = (c.font, c.size)
    return runs


def split_words(
    line: list[Char],
    settings: LayoutSettings = DEFAULT,
    spaced: dict[str, list[float]] | None = None,
    gapped: list[tuple[list[Char], float]] | None = None,
) -> list[Word]:
    """One line of characters (left to right) → words.

    A word ends at a space character, at a change of font size, or at a gap wider than the
    tolerance. In a letter-spaced run the tolerance is added to the run's letter gap: when the
    run has space characters they mark its words and only a gap far wider than the letter gap
    breaks one (glyph boxes of display type vary); without spaces a gap clearly wider than the
    letter gap does. A run too short to tell its own letter gap (a one-word heading "M å l")
    takes it when the page's other letter-spaced type of its font (``spaced``, from
    :func:`spaced_fonts`) has about the same tracking. ``gapped``: the line's runs and letter
    gaps (:func:`run_gaps`) when already worked out."""
    # each run with the word-gap limit, the letter gap (0 when not letter-spaced) and the limit
    # less the sources' precision (what parts two words); the runs are the line's characters in order
    runs: list[tuple[list[Char], float, float, float]] = []
    line_runs = gapped if gapped is not None else run_gaps(line, settings)
    for run, g in line_runs:
        size = run[0].size
        tol = max(settings.x_tolerance, settings.x_tolerance_ratio * size)
        # a letter gap that meets the word tolerance (within the sources' precision) makes
        # the run letter-spaced, on both character paths
        plain = tol - settings.measure_precision
        if g <= plain and spaced:
            g = _short_run_gap(run, spaced, settings)
        if g <= plain and len(line_runs) == 1:
            g = _lone_run_gap(run, tol, settings)
        if g <= plain:
            lim = tol
            if is_tight(run, g, settings):
                lim = min(tol, g + settings.tight_word_gap_ratio * size)
        elif any(c.text.isspace() for c in run):
            lim = g + settings.spaced_word_gap_ratio * size
        else:
            lim = g + max(tol, settings.letter_spaced_word_gap_ratio * size)
        # (a gap short of the limit by less than the sources' precision meets it, and a gap
        # meeting the limit parts two words: pdfium measures in single precision, and a gap
        # equal to the limit fell either side of it by the character source)
        runs.append((run, lim, g if g > plain else 0.0, lim - settings.measure_precision))
    words: list[Word] = []
    cur: list[Char] = []
    cur_track = 0.0  # the letter gap of the run the word being built started in
    cur_pushed = False  # the word being built starts a field pushed back onto the word before (pushed_back)
    seam: Char | None = None  # the first character of the word being built that starts a string flush inside it
    prev: Char | None = None
    capital: Char | None = None  # the capital a run of small capitals goes on from

    def word(chars: list[Char]) -> Word:
        w = _word(chars)
        w.tracking = cur_track
        return w

    def add(chars: list[Char]) -> None:
        for k, (piece, leader) in enumerate(leader_pieces(chars, settings)):
            w = word(piece)
            w.leader = leader
            w.pushed = cur_pushed and not k
            if seam is not None:
                at = next((i for i, ch in enumerate(piece) if ch is seam), 0)
                if at:
                    w.seam = (len("".join([ch.text for ch in piece[:at]])), seam.x0)
            words.append(w)

    caps_gap = settings.small_caps_word_gap_ratio
    for run, lim, track, parting in runs:
        for at, c in enumerate(run):
            if c.text.isspace():
                if cur:
                    add(cur)
                    cur = []
                cur_pushed = False
                seam = None
                if words:
                    words[-1].space_after = True
                prev = None
                capital = None
                continue
            if cur and prev is not None:
                gap = c.x0 - prev.x1
                # (small_capital_after asks first that ``prev`` be upper-case: asked here, a
                # call fewer for most characters)
                if capital is None and prev.text.isupper() and small_capital_after(prev, c, gap, lim, settings):
                    capital = prev
                elif capital is not None and not same_small_caps(capital, prev, c, settings):
                    capital = None
                if capital is not None:
                    if gap <= caps_gap * capital.size:
                        cur.append(_as_small_capital(c))
                        prev = c
                        continue
                    capital = None
                over = gap > parting  # lim - settings.measure_precision, worked out per run
                pushed = not over and c.string_start and pushed_back(cur, c, run[at + 1] if at + 1 < len(run) else None)
                if over or pushed or abs(c.size - prev.size) > 0.01 or c.x0 < prev.x0 - lim:
                    add(cur)
                    # a gap wide enough to part two words reads as a space between them (as
                    # does the tab before a field pushed back onto the text before it)
                    words[-1].space_after = over or pushed
                    cur = []
                    cur_pushed = pushed
                    seam = None
                elif c.string_start and seam is None and _lower_pair(cur) and c.text.isalpha():
                    seam = c
            if not cur:
                cur_track = track
            cur.append(c)
            prev = c
    if cur:
        add(cur)
    return words


def _lower_pair(cur: list[Char]) -> bool:
    """Do the characters of a word so far end in two lower-case letters?"""
    return len(cur) >= 2 and cur[-1].text.isalpha() and cur[-1].text.islower() and cur[-2].text.isalpha() and cur[-2].text.islower()


def seam_split(w: Word) -> tuple[Word, Word] | None:
    """``w`` parted at its :attr:`Word.seam` (the second part :attr:`Word.pushed`), or None when
    it has none."""
    if w.seam is None:
        return None
    at, x = w.seam
    left = replace(w, text=w.text[:at], x1=x, space_after=True, seam=None)
    right = replace(w, text=w.text[at:], x0=x, pushed=True, seam=None)
    return left, right


def pushed_back(cur: list[Char], c: Char, after: Char | None) -> bool:
    """Does ``c``, the first character of a string of its own (:attr:`Char.string_start`), start
    a new word set flush against the word ``cur`` it follows? A field after a tab that does not
    fit before its tab stop (a right-aligned date longer than the room left by the owner before
    it) is pushed back onto the text before it, with no gap: "Frivilligsentralen" + "Høst 2024"
    drawn as "FrivilligsentralenHøst". Read so when a word of lower-case letters (two at least)
    meets a capitalised word (a capital, then a lower-case letter): a word's own letters go on in
    the same string, and a capital inside one ("FoU", "iPad") follows a single letter or none."""
    return c.text.isupper() and after is not None and after.text.isalpha() and after.text.islower() and _lower_pair(cur)


def leader_pieces(chars: list[Char], settings: LayoutSettings = DEFAULT) -> list[tuple[list[Char], bool]]:
    """The characters of one word cut at a tab's dotted leader: (characters, is the leader). A
    tab stop with a fill character draws its dots right up to the text on both sides
    ("skolerne.......Vej og Park.......2026"), so the fields of a line set with leaders come as
    words glued by dots; a run of at least ``leader_min_dots`` dots (or two ellipses) is a word
    of its own, :attr:`Word.leader`, which parts two cells
    (:func:`plancheck.layout.lines.segments`) while the line's text keeps it (a contents line is
    found by its leader)."""
    n = settings.leader_min_dots
    if len(chars) < n or sum(1 for c in chars if c.text in ".…") < 2:
        return [(chars, False)]
    out: list[tuple[list[Char], bool]] = []
    i = 0
    while i < len(chars):
        j = i
        while j < len(chars) and chars[j].text in ".…":
            j += 1
        dots = "".join(c.text for c in chars[i:j])
        if j > i and (dots.count(".") >= n or dots.count("…") >= 2):
            out.append((chars[i:j], True))
            i = j
            continue
        k = max(j, i + 1)
        if out and not out[-1][1]:
            out[-1][0].extend(chars[i:k])
        else:
            out.append((list(chars[i:k]), False))
        i = k
    return out


def small_capital_after(prev: Char, c: Char, gap: float, lim: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Does ``c`` open a run of small capitals going on from the capital ``prev`` ('M' + 'ål'):
    a cased letter of the same font, smaller than ``prev`` but at least
    ``settings.small_caps_size_ratio`` of its size, on its baseline, no further than a word gap
    (``lim``) from it? The text layer of a browser's small capitals gives the letters at the
    smaller size; read by size alone the word falls apart ('M ål').

    Small capitals stand for lower-case letters of the source: what is written as a capital
    is drawn as a full capital, a lower-case letter as a smaller one. Chromium draws each such
    letter with the capital's glyph at the smaller size, inside a marked-content span whose
    ``/ActualText`` gives the lower-case letter; the font's ToUnicode map gives the capital
    ('Å'). pdfium's text page honours ActualText and reads 'Mål', pdfminer only the ToUnicode
    map and reads 'MÅL' (a producer without ActualText gives 'MÅL' on both). So the smaller
    letter may come as either case; :func:`_as_small_capital` reads it as lower-case."""
    return (
        prev.text.isupper()
        and _cased_letter(c.text)
        and c.font == prev.font
        and settings.small_caps_size_ratio * prev.size <= c.size < prev.size - 0.01
        and abs(c.bottom - prev.bottom) <= settings.small_caps_baseline_ratio * prev.size
        and gap <= lim
    )


def same_small_caps(capital: Char, prev: Char, c: Char, settings: LayoutSettings = DEFAULT) -> bool:
    """Does ``c`` go on with the run of small capitals after ``capital`` (``prev`` its last
    letter): a cased letter (either case, see :func:`small_capital_after`) of the run's font
    and size on the capital's baseline?"""
    return (
        _cased_letter(c.text)
        and c.font == prev.font
        and abs(c.size - prev.size) <= 0.01
        and abs(c.bottom - capital.bottom) <= settings.small_caps_baseline_ratio * capital.size
    )


def _cased_letter(text: str) -> bool:
    return text.isalpha() and (text.islower() or text.isupper())


def _as_small_capital(c: Char) -> Char:
    """A letter of a run of small capitals as the lower-case letter it stands for."""
    if not c.text.isupper():
        return c
    return replace(c, text=c.text.lower())


def _word(chars: list[Char]) -> Word:
    first = chars[0]
    if len(chars) == 1:
        return Word(first.text, first.x0, first.top, first.x1, first.bottom, first.size, first.font, bool(first.bold))
    top, x1, bottom, bolds = first.top, first.x1, first.bottom, 0
    for c in chars:  # one loop, not four: this runs for every word of a document
        if c.top < top:
            top = c.top
        if c.x1 > x1:
            x1 = c.x1
        if c.bottom > bottom:
            bottom = c.bottom
        if c.bold:
            bolds += 1
    bold = bolds * 2 > len(chars)
    return Word(
        "".join([c.text for c in chars]),
        first.x0,
        top,
        x1,
        bottom,
        first.size,
        first.font,
        bold,
        plain_colon=bold and chars[-1].text == ":" and not chars[-1].bold,
    )


def chars_to_words(chars: list[Char], settings: LayoutSettings = DEFAULT) -> list[Word]:
    """All words of a page: duplicates dropped, lines found, words split. A label of text set
    at an angle (:attr:`Char.turned`, joined by the character stage on either path) is a word
    of its own: its box spans the run it was set along, and read into the horizontal lines
    whose tops it shares it took in the body text beside it (a chart's axis title)."""
    out: list[Word] = [
        Word(c.text, c.x0, c.top, c.x1, c.bottom, c.size, c.font, bool(c.bold), turned=True) for c in chars if c.turned
    ]
    if out:
        chars = [c for c in chars if not c.turned]
    lines = char_lines(drop_duplicates(chars, settings), settings)
    gapped = [run_gaps(line, settings) for line in lines]  # once for both passes below
    spaced = spaced_fonts(lines, settings, gapped)
    for line, runs in zip(lines, gapped, strict=True):
        out.extend(split_words(line, settings, spaced, runs))
    return out
