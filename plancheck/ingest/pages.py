"""Page numbers of Word and OpenDocument text, from the page breaks written in the markup.

A word processor's file holds no pages, only text; the page a paragraph falls on is decided
when the text is laid out. Two kinds of marks still say where pages begin:

- *hard* breaks the author typed or styled: Word's ``<w:br w:type="page"/>``,
  ``<w:pageBreakBefore/>`` and a section that starts on a new page; OpenDocument's paragraph
  styles with ``fo:break-before="page"`` / ``fo:break-after="page"``;
- *rendered* breaks a paginating application wrote when it last saved the file: Word's
  ``<w:lastRenderedPageBreak/>`` where each page began, LibreOffice's ``<text:soft-page-break/>``
  where text ran over onto the next page.

Hard breaks alone give the page only where no page ran over; rendered breaks are stale once the
file is edited by a program that does not paginate, and partial when the application saved
before it had laid out the whole text (LibreOffice converting headless writes soft breaks and a
page count for the first few pages only). So the count is trusted only when it agrees with the
page count the saving application recorded (``docProps/app.xml`` ``Pages``, ``meta:page-count``)
and no stretch between two breaks holds more text than a page can: a wrong page in a finding
misleads more than none.
"""

from __future__ import annotations

from dataclasses import dataclass

#: no page holds more characters of text than this (a dense page of 9 pt type holds ~6,000)
MAX_PAGE_CHARS = 8000


@dataclass
class PageCounter:
    """The current page while a reader walks the text in reading order.

    ``rendered_marks_hard_pages``: Word also marks the first text of a page begun by a hard
    break with a rendered break; that rendered break starts no page of its own. LibreOffice
    writes soft page breaks only where text ran over, so for OpenDocument it is False."""

    rendered_marks_hard_pages: bool = True
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
        if self._after_hard and self.rendered_marks_hard_pages:
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
        wrote into the file (0 when none). With rendered breaks the count must match it when
        there is one; with hard breaks alone it must match it, and there must be a break (a
        one-page count from a template says nothing). No page may hold more than
        ``MAX_PAGE_CHARS`` of text (the breaks of a partial layout stop before the text does)."""
        if self.most_chars > MAX_PAGE_CHARS:
            return False
        if self.rendered:
            return recorded in (0, self.page)
        return self.hard > 0 and recorded == self.page
