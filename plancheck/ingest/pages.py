"""Page numbers of Word text from the page breaks written in the markup (and why OpenDocument text gets none).

A word processor's file holds no pages, only text; the page a paragraph falls on is decided
when the text is laid out. Two kinds of marks still say where pages begin:

- *hard* breaks the author typed or styled: Word's ``<w:br w:type="page"/>``,
  ``<w:pageBreakBefore/>`` and a section that starts on a new page; OpenDocument's paragraph
  styles with ``fo:break-before="page"`` / ``fo:break-after="page"``;
- *rendered* breaks a paginating application wrote when it last saved the file: Word's
  ``<w:lastRenderedPageBreak/>`` where each page began (LibreOffice's ``<text:soft-page-break/>``
  is the same for OpenDocument).

Hard breaks alone say nothing of where text ran over onto the next page, and a converter that
does not lay the text out records a page count made of them (LibreOffice converting headless:
two hard pages counted, three printed; its soft page breaks and page count cover only the first
pages it laid out). Rendered breaks are stale once the file is edited by a program that does not
paginate. So pages are counted only in a file with rendered breaks (Word writes them; LibreOffice
does not write Word's), and trusted only when the count agrees with the page count the saving
application recorded (``docProps/app.xml`` ``Pages``) and no stretch between two breaks holds
more text than a page can: a wrong page in a finding misleads more than none. OpenDocument's soft
page breaks are not read for that reason: no file says whether its layout was complete.
"""

from __future__ import annotations

from dataclasses import dataclass

#: no page holds more characters of text than this (a dense page of 9 pt type holds ~6,000)
MAX_PAGE_CHARS = 8000


@dataclass
class PageCounter:
    """The current page while a reader walks the text in reading order. Word also marks the
    first text of a page begun by a hard break with a rendered break; that rendered break starts
    no page of its own."""

    page: int = 1
    hard: int = 0
    rendered: int = 0
    most_chars: int = 0  # the most text read on one page
    _chars: int = 0  # text read on the current page
    _after_hard: bool = False  # a hard break with no text after it yet

    def hard_break(self) -> None:
        self._new_page()
        self.hard += 1
        self._after_hard = True

    def rendered_break(self) -> None:
        self.rendered += 1
        if self._after_hard:
            self._after_hard = False  # the page the hard break began
            return
        self._new_page()

    def text(self, chars: int) -> None:
        """``chars`` characters of text were read on the current page."""
        if chars > 0:
            self._after_hard = False
            self._chars += chars
            self.most_chars = max(self.most_chars, self._chars)

    def _new_page(self) -> None:
        self.page += 1
        self._chars = 0

    def trusted(self, recorded: int) -> bool:
        """Do the breaks give the pages? ``recorded``: the page count the saving application
        wrote into the file (0 when none). There must be rendered breaks, the count must match
        the recorded one when there is one, and no page may hold more than ``MAX_PAGE_CHARS`` of
        text (the breaks of a partial layout stop before the text does)."""
        return self.rendered > 0 and self.most_chars <= MAX_PAGE_CHARS and recorded in (0, self.page)
