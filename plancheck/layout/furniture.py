"""Running headers, footers, page numbers, footnotes and tables of contents, found by form.

A running header or footer is text in the top or bottom band of the page that repeats (digits
ignored) on many pages; a table of contents is a contents title followed by lines ending in a
page number, and any dot-leader line. A footnote is a line in the lower part of the page,
smaller than the text, that begins with a small raised marker ("⁴ This strategy is from …")
which also stands, small and raised, in a line of larger text above it on the same page.
A stamp ('DRAFT' set large across the page, a watermark in a text box) is text in display type,
many times the body size, that stands at the same place on several pages, or over the text of
its page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from plancheck.layout.lines import Line, finish_line, line_text, text_size
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word

TOC_TITLES = re.compile(
    r"^(innhold|innholdsfortegnelse|innhald|innhaldsliste|innehåll|innehållsförteckning|indhold|"
    r"indholdsfortegnelse|contents|table of contents)$",
    re.IGNORECASE,
)
BACK_TO_TOC = re.compile(
    r"^(tilbake til (innhold|innholdsfortegnelsen?)|til innhold|back to (top|contents)|"
    r"tillbaka till innehåll)\b",
    re.IGNORECASE,
)
PAGE_NUMBER = re.compile(
    r"^(side|sida|page|s\.)?\s*-?\s*\d{1,4}\s*-?\s*((av|of|/|af)\s*\d{1,4})?$", re.IGNORECASE
)
#: a year alone ("2026") or a school or budget year ("2024/2025", "2024/25"): a date, never a page number
#: ("page 2024 of 2025"), at the end of a line ("Hvornår   2026", "Når   2024/2025", a field whose label
#: and value a page break carried to the top of the next page; "Handlingsplan   2026")
BARE_YEAR = re.compile(r"^(?:19|20)\d\d(?:\s*/\s*(?:(?:19|20)\d\d|\d\d))?$")
DOT_LEADER = re.compile(r"(\.{4,}|…{2,}|(\s?\.){5,})\s*\d+\s*$")
#: a leader run anywhere on a line (a line with two parts fields between leaders: a tabbed row)
_LEADER_RUN = re.compile(r"\.{4,}|…{2,}|(?:\s?\.){5,}")
ENDS_IN_PAGE = re.compile(r"\s\d{1,3}$")


def furniture_key(text: str) -> str:
    """What of a running header's text repeats from page to page: lower case, digits aside."""
    return re.sub(r"\d+", "#", text.lower()).strip()


def repeat_need(n_pages: int, settings: LayoutSettings = DEFAULT) -> int:
    """On how many pages a running header or footer must stand: two in a document of three
    pages or fewer, else ``furniture_repeat_ratio`` of them (two at least)."""
    return 2 if n_pages <= 3 else max(2, int(settings.furniture_repeat_ratio * n_pages))


def band(ln: Line, page_height: float, settings: LayoutSettings = DEFAULT) -> str | None:
    """"top" or "bottom" when the line stands in the page's header or footer band: its middle
    does (a landscape page's bands are low, and a footer set close to the foot may start
    above its band)."""
    return band_at(ln.top, ln.bottom, page_height, settings)


def band_at(top: float, bottom: float, page_height: float, settings: LayoutSettings = DEFAULT) -> str | None:
    """:func:`band` of anything that spans ``top`` to ``bottom`` on its page (a ruled table)."""
    r = settings.furniture_band_ratio
    middle = (top + bottom) / 2
    if middle < page_height * r:
        return "top"
    if middle > page_height * (1 - r):
        return "bottom"
    return None


def mark_furniture(pages: list[list[Line]], heights: list[float], settings: LayoutSettings = DEFAULT) -> None:
    """Mark running headers, footers and page numbers (``kind = "furniture"``)."""
    n = len(pages)
    counts: Counter[tuple[str, str]] = Counter()
    rows: dict[int, str] = {}  # id(line) → the key of its band row (_band_rows)
    for lines, h in zip(pages, heights, strict=True):
        seen = set()
        for ln in lines:
            b = band(ln, h, settings)
            if b:
                seen.add((b, furniture_key(ln.text)))
        for b, row in _band_rows(lines, h, settings):
            key = " ".join(furniture_key(o.text) for o in row).split()
            rows.update({id(o): " ".join(key) for o in row})
            seen.add((b, "row:" + " ".join(key)))
        counts.update(seen)
    need = repeat_need(n, settings)

    def repeated(o: Line, h: float) -> bool:
        """Does ``o`` stand in a band of its page, repeated there on enough pages (a running
        header or footer), alone or with the other lines of its band row?"""
        b = band(o, h, settings)
        if not b:
            return False
        return counts[(b, furniture_key(o.text))] >= need or (
            id(o) in rows and counts[(b, "row:" + rows[id(o)])] >= need
        )

    for lines, h in zip(pages, heights, strict=True):
        for ln in lines:
            if repeated(ln, h) or (
                band(ln, h, settings)
                and PAGE_NUMBER.match(ln.text.strip())
                and not (band(ln, h, settings) == "top" and BARE_YEAR.match(ln.text.strip()))
                and not _wrapped_rest(ln, lines, settings, body=lambda o, h=h: not repeated(o, h))
            ):
                ln.kind = "furniture"
    mark_repeated_regions(pages, need, settings)
    mark_slide_footers(pages, settings)
    mark_last_page_footers(pages, heights, settings)


def _lowest(lines: list[Line]) -> Line | None:
    """The lowest line of a page that is not yet furniture, or None."""
    return max((ln for ln in lines if not ln.kind), key=lambda o: o.bottom, default=None)


def mark_last_page_footers(pages: list[list[Line]], heights: list[float], settings: LayoutSettings = DEFAULT) -> None:
    """Mark as furniture a footer that stands at the foot of every page but the last and, on the
    last page, right under the page's last text, wherever that ends: the lowest line of every
    page, the same words (digits aside; an underscore drawn or not, as a URL's), size and left
    edge. Why: a web page printed from the browser repeats its table footer (the page's address,
    a 'printed from' line) on every page, and on the last page the footer follows the content up
    the page, out of the band where running footers are looked for; on the pages before, read as
    text, it stood between a table and its rows on the next page, and the table was not joined.
    Cheap: one line per page is compared."""
    if len(pages) < 2:
        return
    lowest = [_lowest(lines) for lines in pages]
    if any(ln is None for ln in lowest):
        return
    found: list[Line] = [ln for ln in lowest if ln is not None]
    tol = settings.furniture_place_tolerance
    *before, last = found
    if any(band(ln, h, settings) != "bottom" for ln, h in zip(before, heights, strict=False)):
        return
    if band(last, heights[-1], settings) == "bottom":
        return  # in the band on every page: a running footer, the repeat count's to judge
    first = found[0]
    key = furniture_key(first.text).replace("_", " ")
    if not re.search(r"[^\W\d_]", key):
        return
    if all(
        furniture_key(ln.text).replace("_", " ") == key
        and abs(ln.x0 - first.x0) <= tol
        and abs(ln.size - first.size) <= settings.footer_size_tolerance
        for ln in found
    ):
        for ln in found:
            ln.kind = "furniture"


_FINAL_NUMBER = re.compile(r"(?<=\D)\s*\d{1,3}$")


def mark_slide_footers(pages: list[list[Line]], settings: LayoutSettings = DEFAULT) -> None:
    """Mark as furniture the footers of slides printed several to a page (handouts): a line
    whose text, its closing number aside, is the same word for word at least
    ``slide_footer_per_page`` times on a page and again on another page, at one left edge and
    at the heights of the page that holds the most of them (``furniture_place_tolerance``; a
    page may hold fewer: the title slide has none). Why: each printed slide carries its deck's footer and number
    inside the page, out of the bands where running footers are looked for; read as text,
    "Kommune · Unit 3" closed the slide's list as one more item. A form repeats its slots at
    the same heights only on a fixed layout: numbered labels over text ("Mål 1 › Delmål 1.1")
    stand where the text before them ends, at other heights on every page."""
    tol = settings.furniture_place_tolerance
    where: dict[str, list[Line]] = {}
    for lines in pages:
        for ln in lines:
            text = " ".join(ln.text.split())
            head = _FINAL_NUMBER.sub("", text)
            # at least two words of letters beside the number
            if ln.kind or head == text or len(re.findall(r"[^\W\d_]+", head)) < 2:
                continue
            where.setdefault(head, []).append(ln)
    for found in where.values():
        per_page: dict[int, list[float]] = {}
        for ln in found:
            per_page.setdefault(ln.page, []).append(ln.top)
        full = [sorted(t) for t in per_page.values() if len(t) >= settings.slide_footer_per_page]
        if not full or len(per_page) < 2 or len({ln.text.strip() for ln in found}) < len(found):
            continue  # one page, or a line printed twice word for word (no numbering)
        x, slots = found[0].x0, max(full, key=len)
        same_place = all(abs(ln.x0 - x) <= tol for ln in found) and all(
            any(abs(top - slot) <= tol for slot in slots) for tops in per_page.values() for top in tops
        )
        if same_place:
            for ln in found:
                ln.kind = "furniture"


def _band_rows(lines: list[Line], page_height: float, settings: LayoutSettings = DEFAULT) -> list[tuple[str, list[Line]]]:
    """The lines of each band of a page that stand level with each other (their heights
    overlap), left to right: a running header read as one line on one page and as two pieces
    on another ('Kommune' at the left, the plan's title at the right, where the page below is
    near empty and the pieces are cut apart) is one row on both."""
    out: list[tuple[str, list[Line]]] = []
    for b in ("top", "bottom"):
        inband = sorted((ln for ln in lines if band(ln, page_height, settings) == b), key=lambda o: o.top)
        row: list[Line] = []
        for ln in inband:
            if row and ln.top < max(o.bottom for o in row) and ln.bottom > min(o.top for o in row):
                row.append(ln)
                continue
            if row:
                out.append((b, sorted(row, key=lambda o: o.x0)))
            row = [ln]
        if row:
            out.append((b, sorted(row, key=lambda o: o.x0)))
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def mark_title_header(pages: list[list[Line]], heights: list[float], settings: LayoutSettings = DEFAULT) -> None:
    """Mark the running header of the first page (``kind = "furniture"``) where no other page
    shows it again: a document of one page, or a first page with a header of its own. It is
    the page's top line, in the header band, set smaller than the body, of at least
    ``title_header_min_words`` words, each of which comes again in the bold or larger lines
    under it (the header names the plan, which the title names in display type: "Straumvik
    kommune · Plan for X 2026–2029" over "STRAUMVIK KOMMUNE" and "Plan for X 2026–2029").
    Read as text it would be the first paragraph, before the title."""
    first = next(((lines, h) for lines, h in zip(pages, heights, strict=True) if any(not ln.kind for ln in lines)), None)
    if first is None:
        return
    body = text_size(pages, 1)
    assert body is not None  # the first page has an unmarked line
    lines, h = first
    found = _small_top_line(lines, h, body, settings)
    if found is None:
        return
    top, words, free = found
    under = {w for ln in free[1:] if ln.bold or round(ln.size, 1) > body for w in _words(ln.text)}
    if all(w in under for w in words):
        top.kind = "furniture"


def _small_top_line(
    lines: list[Line], h: float, body: float, settings: LayoutSettings = DEFAULT
) -> tuple[Line, list[str], list[Line]] | None:
    """The page's top unmarked line when it may be a running header: in the header band, alone
    on its line (text beside it is the page's own), set smaller than the body, of at least
    ``title_header_min_words`` words; with its words and the page's unmarked lines top down. None
    otherwise."""
    free = sorted((ln for ln in lines if not ln.kind), key=lambda ln: ln.top)
    if not free:
        return None
    top = free[0]
    words = _words(top.text)
    if band(top, h, settings) != "top" or round(top.size, 1) >= body or len(words) < settings.title_header_min_words:
        return None
    if any(ln.top < top.bottom for ln in free[1:]):
        return None  # text beside it: a line of the page's own text, not a header over it
    return top, words, free


def mark_later_title_headers(pages: list[list[Line]], heights: list[float], settings: LayoutSettings = DEFAULT) -> None:
    """Mark the running header of a later page that no other page repeats (a plan on two pages
    whose first page has a title band instead: "Elmbridge Borough Council · Evening Economy Plan
    2028–2031" heading only page 2). It is the page's top line, in the header band, alone on its
    line, set smaller than the body, of at least ``title_header_min_words`` words, each of which
    the first page prints in its title block — its top band, or in type larger than the body —
    and some of which are the title's (the header repeats the council and the title, as
    :func:`mark_title_header` reads on the first page; a table's head repeated at the top of the
    next page is bold, not larger, and stays the table's). Read as text it would be the page's
    first paragraph, an item of the plan."""
    if len(pages) < 2:
        return
    body = text_size(pages, 1)
    if body is None:
        return
    first, h1 = pages[0], heights[0]
    # the title in display type (larger than the body: bold alone is a table's head too) and the
    # first page's header band
    title = {w for ln in first if ln.kind != "furniture" and round(ln.size, 1) > body for w in _words(ln.text)}
    block = title | {w for ln in first if band(ln, h1, settings) == "top" for w in _words(ln.text)}
    for lines, h in zip(pages[1:], heights[1:], strict=True):
        found = _small_top_line(lines, h, body, settings)
        if found is None:
            continue
        top, words, _free = found
        if all(w in block for w in words) and any(w in title for w in words):
            top.kind = "furniture"


def mark_section_heads(pages: list[list[Line]], heights: list[float], settings: LayoutSettings = DEFAULT) -> None:
    """Mark running heads that name their page's section (``meta["section_head"]``).

    A report generator may print what a page is about only in its running header: a band at the
    top of every page holding "Mål 2 – <goal>" over the page's table, the next page's band
    naming the next one. Such a head stands where a running header stands — alone in the top
    band, set apart from the text under it — at the same place and in the same type on several
    pages, its text different on each (a header repeating its text is furniture,
    :func:`mark_furniture`). It heads everything on its page, whatever size the page's own
    headings are set in; read by size alone it would be a minor heading that the page's first
    heading closes, and the page's items would fall under whatever heading comes next."""
    slack = settings.margin_slack
    found: list[Line] = []
    for lines, h in zip(pages, heights, strict=True):
        free = sorted((ln for ln in lines if not ln.kind), key=lambda ln: ln.top)
        if len(free) < 2 or band(free[0], h, settings) != "top":
            continue
        head, nxt = free[0], free[1]
        number = _page_number_after(head, settings)
        if number is not None:
            # "Mål 2 · <goal>   Side 3": the page number set apart at the band's other end
            rest = Line(page=head.page, words=head.words[number:], x0=0, x1=0, top=head.top, bottom=head.bottom,
                        size=head.size, bold=False, kind="furniture")
            finish_line(rest, settings)
            head.words = head.words[:number]
            finish_line(head, settings)
            lines.append(rest)
        if band(nxt, h, settings) == "top" or nxt.top - head.bottom < settings.section_head_gap_ratio * head.height:
            continue
        found.append(head)
    need = max(2, repeat_need(len(pages), settings))
    for ln in found:
        same = [o for o in found if abs(o.x0 - ln.x0) <= slack and abs(o.top - ln.top) <= slack
                and round(o.size, 1) == round(ln.size, 1) and o.bold == ln.bold]
        if len(same) >= need and len({furniture_key(o.text) for o in same}) == len(same):
            ln.meta["section_head"] = True


def _page_number_after(ln: Line, settings: LayoutSettings = DEFAULT) -> int | None:
    """Where a page number set apart at the end of a header line starts (the index of its first
    word: "Side 3", "Page 3 of 8", "3"), when the gap before it is ``header_number_gap_ratio``
    line heights or wider and text stands before it; else None. A year alone is no page number
    (:data:`BARE_YEAR`): split off, a field's value went to the furniture."""
    words = ln.words
    for k in range(len(words) - 1, 0, -1):
        if words[k].x0 - words[k - 1].x1 >= settings.header_number_gap_ratio * ln.height:
            tail = line_text(words[k:], settings).strip()
            return k if PAGE_NUMBER.match(tail) and not BARE_YEAR.match(tail) else None
    return None


def _wrapped_rest(
    ln: Line, lines: list[Line], settings: LayoutSettings = DEFAULT, body: Callable[[Line], bool] | None = None,
) -> bool:
    """Is the number ``ln`` in a band of the page the rest of the line above it, not a page
    number: it stands at that line's left edge, in its size, at the leading under it (no wider gap
    than ``block_gap_ratio`` line heights), and that line breaks off mid-sentence ('… – Lead: A –
    Spring' / '2027' at the foot). A page number is set apart from the text it stands under.

    Under a line of the page's own text (``body``: no running header repeated on other pages)
    the number may also stand at the start or the end of one of that line's words: the wrapped
    rest of a table cell ('… NAV   Skoleåret' / '2024/2025', right-aligned under its column's
    text at the top of a page). Under a running header it is the page number set under it."""
    above = [o for o in lines if o is not ln and o.bottom <= ln.top + settings.margin_slack
             and o.x0 < ln.x1 and ln.x0 < o.x1]
    if not above:
        return False
    prev = max(above, key=lambda o: o.bottom)
    gap = ln.top - prev.bottom
    return (
        -settings.margin_slack <= gap <= settings.block_gap_ratio * max(prev.height, ln.height)
        and (
            abs(prev.x0 - ln.x0) <= settings.margin_slack
            or (body is not None and body(prev) and any(
                abs(w.x0 - ln.x0) <= settings.margin_slack or abs(w.x1 - ln.x1) <= settings.margin_slack
                for w in prev.words
            ))
        )
        and round(prev.size) == round(ln.size)
        and not PAGE_NUMBER.match(prev.text.strip())
        and not prev.text.rstrip().endswith((".", "!", "?", ":", ";"))
    )


def mark_repeated_regions(pages: list[list[Line]], need: int, settings: LayoutSettings = DEFAULT) -> None:
    """Mark as furniture a column region of two lines or more whose every line stands, with the
    same text, at the same place (``furniture_place_tolerance``) on ``need`` pages or more, beside
    other text of its page: a sidebar printed on every page ('Our principles' beside the text),
    wherever on the page it stands. A whole region must repeat, and stand beside the text: a
    table's head repeated on each page shares its region with rows that do not, and spans the
    page."""
    tol = settings.furniture_place_tolerance
    places: dict[str, list[tuple[int, float, float]]] = {}

    def key(ln: Line) -> str:  # the text itself, digits and all: a sidebar repeats word for word
        return " ".join(ln.text.split())

    for lines in pages:
        for ln in lines:
            if not ln.kind:
                places.setdefault(key(ln), []).append((ln.page, ln.x0, ln.top))

    def repeated(ln: Line) -> bool:
        pages_there = {p for p, x, top in places.get(key(ln), [])
                       if abs(x - ln.x0) <= tol and abs(top - ln.top) <= tol}
        return len(pages_there) >= need

    groups: list[list[Line]] = []
    beside: set[frozenset[str]] = set()  # the texts of repeated regions that stand beside text on some page
    for lines in pages:
        regions: dict[int, list[Line]] = {}
        for ln in lines:
            if not ln.kind:
                regions.setdefault(ln.region, []).append(ln)
        for group in regions.values():
            if len(group) < 2 or not all(repeated(ln) for ln in group):
                continue
            groups.append(group)
            x0, x1 = min(ln.x0 for ln in group), max(ln.x1 for ln in group)
            top, bottom = min(ln.top for ln in group), max(ln.bottom for ln in group)
            if any(
                not ln.kind and ln.region != group[0].region and ln.top < bottom and ln.bottom > top and (ln.x1 <= x0 or ln.x0 >= x1)
                for ln in lines
            ):
                beside.add(frozenset(key(ln) for ln in group))
    # a block across the page (a table's head) is no sidebar; a sidebar is one on every page,
    # the last too, where the text beside it may have ended above it
    for group in groups:
        if frozenset(key(ln) for ln in group) in beside:
            for ln in group:
                ln.kind = "furniture"


def _stamp_key(text: str) -> str:
    """A stamp's text without its spaces: a letter-spaced copy ('D R A F T') is the same stamp."""
    return re.sub(r"\s+", "", text.lower())


def _over_text(ln: Line, lines: list[Line]) -> bool:
    """Does ``ln`` stand over the text of its page: the middle of a word of another, smaller
    line inside its box?"""
    return any(
        o is not ln and o.size < ln.size and any(
            ln.x0 <= w.mid_x <= ln.x1 and ln.top <= w.mid_y <= ln.bottom for w in o.words
        )
        for o in lines
    )


def mark_stamps(pages: list[list[Line]], heights: list[float], settings: LayoutSettings = DEFAULT) -> None:
    """Mark stamps (``kind = "furniture"``, ``meta["stamp"]``): lines of words (``stamp_min_letters``
    letters or more) all in display type, at least ``stamp_size_ratio`` times the body size (a
    drop cap beside its paragraph's first words or a big figure is none), that repeat (spaces
    ignored) at about the same height on ``stamp_repeat_ratio`` of the pages (two at least: a
    chapter's display heading set at the same place on two pages of many is none), or that
    stand over other text of their page. A draft mark set
    across every page is no heading and no title, wherever it lands between the lines."""
    body = text_size(pages, 1)
    if body is None:
        return
    big = [
        (ln, h) for lines, h in zip(pages, heights, strict=True)
        for ln in lines
        if not ln.kind
        and all(w.size >= settings.stamp_size_ratio * body for w in ln.words)
        and sum(c.isalpha() for c in ln.text) >= settings.stamp_min_letters
    ]
    if not big:
        return
    places: dict[str, list[tuple[int, float]]] = {}
    for ln, h in big:
        places.setdefault(_stamp_key(ln.text), []).append((ln.page, ln.top / h))
    by_page = {lines[0].page: lines for lines in pages if lines}
    need = max(2, settings.stamp_repeat_ratio * len(pages))
    for ln, h in big:
        here = ln.top / h
        there = {
            page for page, top in places[_stamp_key(ln.text)]
            if abs(top - here) <= settings.stamp_position_ratio
        }
        if len(there) >= need or _over_text(ln, by_page.get(ln.page, [])):
            ln.kind = "furniture"
            ln.meta["stamp"] = True


def _raised_markers(ln: Line, settings: LayoutSettings = DEFAULT) -> list[Word]:
    """The words of a line set small and raised, as a footnote marker is ("STRATEGY 3⁴:")."""
    out = []
    # (the line's bounds once, and a word's text looked at only when it is small and raised:
    # most words of most lines are neither)
    most = settings.footnote_marker_ratio * ln.size
    lowest = ln.bottom - settings.footnote_raise_ratio * ln.size
    for w in ln.words:
        if not (w.size <= most and w.bottom <= lowest):
            continue
        text = w.text.strip("*†‡")
        if 0 < len(w.text) <= 4 and (text.isdigit() or text.isalpha() or not text):
            out.append(w)
    return out


def _drop_marker(ln: Line, marker: Word, settings: LayoutSettings = DEFAULT) -> None:
    """Take a footnote marker out of its line; punctuation right after it joins the word before
    ("3⁴:" → "3:", not "3 :")."""
    i = next((k for k, w in enumerate(ln.words) if w is marker), None)
    if i is None:  # taken out already (two footnotes with the same marker)
        return
    del ln.words[i]
    if 0 < i < len(ln.words) and not marker.space_after and ln.words[i].text[:1] in ":;,.)":
        before, after = ln.words[i - 1], ln.words.pop(i)
        before.text += after.text
        before.x1 = after.x1
        before.space_after = after.space_after
    finish_line(ln, settings)


def drop_note_refs(pages: list[list[Line]], settings: LayoutSettings = DEFAULT) -> None:
    """Take note references out of the text: a number of at most ``note_ref_max_digits``
    digits set small and raised (:func:`_raised_markers`) right after a word, with no space
    between them (closer than ``note_ref_gap_ratio`` of the line's size). A word processor or
    a browser sets a note's number so, wherever the note itself stands; glued to a year it
    would change the year ('2027' + '³' read as '20273')."""
    for lines in pages:
        for ln in lines:
            if ln.kind or len(ln.words) < 2:
                continue
            for w in _raised_markers(ln, settings):
                k = next((i for i, o in enumerate(ln.words) if o is w), 0)
                if k == 0 or not (w.text.isdigit() and len(w.text) <= settings.note_ref_max_digits):
                    continue
                before = ln.words[k - 1]
                if before.space_after or w.x0 - before.x1 > settings.note_ref_gap_ratio * ln.size:
                    continue
                _drop_marker(ln, w, settings)
                ln.meta.setdefault("note_refs", []).append(w.text)


def attach_lone_refs(pages: list[list[Line]], settings: LayoutSettings = DEFAULT) -> None:
    """A note reference the PDF writer set as a line of its own (a number of at most
    ``note_ref_max_digits`` digits, set small and raised — :func:`_raised_markers`' tests
    against the line it stands on — and right after that line's last word, closer than
    ``note_ref_gap_ratio`` of its size): no line, but the reference of that line, kept in its
    ``meta["note_refs"]`` as :func:`drop_note_refs` keeps one read inside the line.

    Why: a superscript raised above the baseline may be grouped as a line of its own; read as
    text it would stand as a paragraph '2' between the items, and the item would lose the
    number that joins it to its note (an endnote holding its owner and deadline)."""
    for lines in pages:
        free = [ln for ln in lines if not ln.kind]
        for mark in free:
            if len(mark.words) != 1:
                continue
            w = mark.words[0]
            if not (w.text.isdigit() and len(w.text) <= settings.note_ref_max_digits):
                continue
            hosts = [
                h for h in free
                if h is not mark and not h.kind and h.words and h.page == mark.page
                and w.size <= settings.footnote_marker_ratio * h.size
                and h.top - settings.footnote_raise_ratio * h.size <= w.top
                and w.bottom <= h.bottom - settings.footnote_raise_ratio * h.size
                and h.x0 < w.x0 and -settings.note_ref_gap_ratio * h.size <= w.x0 - h.x1 <= settings.note_ref_gap_ratio * h.size
            ]
            if len(hosts) != 1:
                continue
            hosts[0].meta.setdefault("note_refs", []).append(w.text)
            mark.kind = "furniture"
            mark.meta["note_ref"] = True


def mark_footnotes(pages: list[list[Line]], heights: list[float], settings: LayoutSettings = DEFAULT) -> None:
    """Mark footnotes (``kind = "footnote"``) and take their markers out of the text above.

    A footnote starts with a line in the lower part of the page that begins with a small raised
    marker, set smaller than a line above it on the same page that carries the same marker,
    small and raised. The lines below it in about its size go on with the footnotes. Without a
    marker in the text above, small text at the foot of a page (a caption, a source line) is
    left alone. The markers in the text are page furniture too: "STRATEGY 3⁴" is strategy 3;
    so is a number set small and raised right after a word whose note stands elsewhere (at the
    end of the document: "innen 2027³" is due by 2027, not by 20273), see
    :func:`drop_note_refs`, after the notes on the page have found theirs."""
    _mark_page_notes(pages, heights, settings)
    drop_note_refs(pages, settings)
    attach_lone_refs(pages, settings)


def _mark_page_notes(pages: list[list[Line]], heights: list[float], settings: LayoutSettings) -> None:
    """The footnotes at the foot of each page whose markers stand in the text above (see
    :func:`mark_footnotes`)."""
    for lines, h in zip(pages, heights, strict=True):
        free = [ln for ln in lines if not ln.kind]
        in_text: dict[str, list[tuple[Line, Word]]] = {}
        for ln in free:
            for w in _raised_markers(ln, settings):
                if w is not ln.words[0]:
                    in_text.setdefault(w.text, []).append((ln, w))
        if not in_text:
            continue
        notes: list[Line] = []
        for ln in free:
            if ln.top < settings.footnote_zone_ratio * h or len(ln.words) < 2:
                continue
            marker = ln.words[0]
            if marker not in _raised_markers(ln, settings) and not (
                marker.size <= settings.footnote_marker_ratio * ln.words[1].size
            ):
                continue
            refs = [(t, w) for t, w in in_text.get(marker.text, []) if t.bottom <= ln.top and t.size > ln.size]
            if not refs:
                continue
            notes.append(ln)
            for t, w in refs:
                _drop_marker(t, w, settings)
        if not notes:
            continue
        first = min(notes, key=lambda ln: ln.top)
        for ln in free:
            if ln in notes or (
                ln.top >= first.top
                and ln.region == first.region
                and abs(ln.size - first.size) <= settings.footnote_continuation_size
            ):
                ln.kind = "footnote"


def _contents_entry(text: str, settings: LayoutSettings = DEFAULT) -> bool:
    """A contents line by its leader: a title, ONE dotted leader and a page number. A line whose
    leaders part three fields ("Kortlægge krydsninger ..... Vej og Park ..... 2026") is a row set
    with tab stops, and a number of more than ``toc_page_max_digits`` digits after the leader is
    a year, not a page."""
    # what :data:`DOT_LEADER` needs, asked first: a digit last (``\d+\s*$``: str.isdecimal and
    # str.rstrip read ``\d`` and ``\s`` as :mod:`re` does) and a dot or an ellipsis. Its search
    # tries three alternatives at every offset of the line (10-60 µs a line), and nearly no
    # line of a plan ends in a number after a leader
    end = text.rstrip()
    if not end or not end[-1].isdecimal() or ("." not in end and "…" not in end):
        return False
    m = DOT_LEADER.search(text)
    if m is None:
        return False
    if len(_LEADER_RUN.findall(text)) > 1:
        return False
    number = re.search(r"\d+\s*$", text)
    return number is not None and len(number.group(0).strip()) <= settings.toc_page_max_digits


def mark_toc(pages: list[list[Line]], settings: LayoutSettings = DEFAULT) -> list[int]:
    """Mark the table of contents (``kind = "toc"``); return the pages it is on."""
    toc_pages: set[int] = set()
    in_toc = False
    # where each text stands last in the document ((page index, line index)), worked out at the
    # first contents title: a contents list without page numbers names headings that come later
    last: dict[str, tuple[int, int]] | None = None
    for pi, lines in enumerate(pages):
        for li, ln in enumerate(lines):
            if ln.kind:
                continue
            text = ln.text.strip()
            if TOC_TITLES.match(text.rstrip(":")):
                ln.kind = "toc"
                in_toc = True
                toc_pages.add(ln.page)
                continue
            if BACK_TO_TOC.match(text):
                ln.kind = "furniture"
                continue
            if _contents_entry(text, settings):
                ln.kind = "toc"
                toc_pages.add(ln.page)
                continue
            if in_toc:
                if ENDS_IN_PAGE.search(text) and len(text) < settings.toc_entry_max_chars:
                    ln.kind = "toc"
                    continue
                if len(text) < settings.toc_entry_max_chars:
                    # an entry without a page number: the same text stands again further on (the
                    # heading it names); the first line that does not ends the list
                    if last is None:
                        last = {" ".join(m.text.split()).lower(): (pj, lj)
                                for pj, ls in enumerate(pages) for lj, m in enumerate(ls) if not m.kind}
                    if last.get(" ".join(text.split()).lower(), (-1, -1)) > (pi, li):
                        ln.kind = "toc"
                        continue
                in_toc = False
    return sorted(toc_pages)
