"""Pull quotes: a sentence of the running text repeated in display type beside it.

A magazine or a report set like one lifts a sentence out of its text and prints it again,
large and in italics (between rules, in quotation marks), in a column nearby, sometimes on the
next page. It is typography: read as text it is a heading (a section of its own, splitting the
chapter it stands in) or the same goal twice. Lines of display italics whose words, read in
order, stand word for word in the running text of the same page or a page beside it are marked
``kind = "pullquote"`` and left out of the blocks. Form and equality of words only.
"""

from __future__ import annotations

import re

from plancheck.layout.lines import Line
from plancheck.layout.settings import DEFAULT, LayoutSettings

_WORD = re.compile(r"\w+")
PULL_QUOTE = "pullquote"


def _tokens(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _display_runs(lines: list[Line], body: float, settings: LayoutSettings) -> list[list[Line]]:
    """Runs of lines one under the other in one region, each set all in italics at least
    ``settings.pull_quote_size_delta`` above the body size."""
    runs: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: (ln.page, ln.region, ln.top)):
        if ln.kind or not ln.words or ln.size < body + settings.pull_quote_size_delta:
            continue
        if not all(w.italic for w in ln.words):
            continue
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.page == ln.page
            and last.region == ln.region
            and 0 <= ln.top - last.bottom <= settings.pull_quote_line_gap_ratio * last.height
        ):
            runs[-1].append(ln)
        else:
            runs.append([ln])
    return runs


def mark_pull_quotes(pages: list[list[Line]], body: float, settings: LayoutSettings = DEFAULT) -> None:
    """Mark the lines of each pull quote (see the module's doc): a run of display italics
    (:func:`_display_runs`) of at least ``settings.pull_quote_min_words`` words that stands word
    for word in the other lines' text of its page or the pages before and after it."""
    runs = _display_runs([ln for lines in pages for ln in lines], body, settings)
    quotes: list[tuple[list[Line], str]] = []
    for run in runs:
        quote = _tokens(" ".join(ln.text for ln in run))
        if len(quote.split()) >= settings.pull_quote_min_words:
            quotes.append((run, quote))
    if not quotes:
        return
    # the running text only of the pages a quote may stand in (its own and those beside it)
    near = {p for run, _quote in quotes for p in (run[0].page - 1, run[0].page, run[0].page + 1)}
    by_page: dict[int, list[Line]] = {}
    for lines in pages:
        for ln in lines:
            if ln.page in near:
                by_page.setdefault(ln.page, []).append(ln)
    texts: dict[int, str] = {}
    in_runs = {id(ln) for run in runs for ln in run}
    for page, lines in by_page.items():
        plain = [ln for ln in sorted(lines, key=lambda ln: (ln.region, ln.top, ln.x0)) if not ln.kind and id(ln) not in in_runs]
        texts[page] = _tokens(" ".join(ln.text for ln in plain))
    for run, quote in quotes:
        page = run[0].page
        if any(quote in texts.get(p, "") for p in (page - 1, page, page + 1)):
            for ln in run:
                ln.kind = PULL_QUOTE
