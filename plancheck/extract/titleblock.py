"""The document's title block: the byline under the headings that set its title.

A plan names itself at the top of its first page in display type, often in two lines: a theme
and the kind of plan with its years ("Warm Homes" / "Action Plan 2026–2030",
"Trygg oppvekst" / "Handlingsplan 2026–2029"), then a byline in small type (the body that
adopted it and when: "Eastmoor City Council · Agreed by the Executive on 20 January 2026").
Read as headings, the second line is a role heading ("Action Plan", "Handlingsplan",
"Åtgärdsplan": measures follow), and the byline under it would be read as a measure, its date
as a deadline. But the title block is no section of the plan: its own sections follow, each
under a heading of its own.

Found by form, not by wording (:func:`title_byline`): the run of headings that opens the first
page (after at most ``lead_paragraphs`` lines above it: an organisation's name), the first of
which is part of the title the layout found by type size (``Document.title``); then at most
``byline_paragraphs`` paragraphs, each set in smaller type than the body text, on that page;
then a heading. Those paragraphs are the byline: never an item. A heading that is a whole
sentence (a vision band under the title) ends the title's run, and the block has no byline. A title run followed by a list,
a table or running text in the body's type starts with its content, and nothing is set aside.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from plancheck.models import Block, BlockKind, Document


@dataclass(frozen=True)
class TitleBlockSettings:
    """Tolerances of :func:`title_byline`."""

    # lines above the title (an organisation's name, a logo's text) on the first page
    lead_paragraphs: int = 2
    # the byline's paragraphs between the title's headings and the first heading of the plan
    byline_paragraphs: int = 2
    # a byline is set at least this much (points) smaller than the body text
    byline_smaller_pt: float = 0.4
    # a heading of at least this many words closed by a full stop is a sentence, not the title
    sentence_words: int = 12


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _body_size(blocks: list[Block]) -> float | None:
    """The type size of most of the running text (by characters)."""
    sizes: Counter[float] = Counter()
    for b in blocks:
        if b.kind in (BlockKind.paragraph, BlockKind.list_item) and b.font_size:
            sizes[round(b.font_size, 1)] += len(b.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _whole_sentence(text: str, settings: TitleBlockSettings) -> bool:
    """A heading that is a whole sentence (``sentence_words`` words or more, closed by a full
    stop, a question or an exclamation mark): a vision band or a lead set in display type under
    the title ("Our vision By 2030 the town centre is …."), the plan's content, not its title."""
    return len(text.split()) >= settings.sentence_words and text.rstrip().endswith((".", "!", "?"))


def title_byline(doc: Document, settings: TitleBlockSettings = TitleBlockSettings()) -> set[int]:
    """Indices (in ``doc.blocks``) of the byline paragraphs under the document's title block
    (see the module's docstring); empty when the document has none."""
    title = _norm(doc.title or "")
    blocks = doc.blocks
    if not title or not blocks:
        return set()
    page = blocks[0].provenance.page
    i = 0
    while i < len(blocks) and i < settings.lead_paragraphs and blocks[i].kind == BlockKind.paragraph:
        i += 1
    first = blocks[i] if i < len(blocks) else None
    if first is None or first.kind != BlockKind.heading or first.provenance.page != page:
        return set()
    if not _norm(first.text) or _norm(first.text) not in title:
        return set()
    while (
        i < len(blocks) and blocks[i].kind == BlockKind.heading and blocks[i].provenance.page == page
        and not _whole_sentence(blocks[i].text, settings)
    ):
        i += 1
    body = _body_size(blocks)
    if body is None:
        return set()
    byline: set[int] = set()
    while i < len(blocks):
        b = blocks[i]
        if b.kind == BlockKind.heading:
            return byline
        if (
            b.kind != BlockKind.paragraph
            or b.provenance.page != page
            or not b.font_size
            or b.font_size > body - settings.byline_smaller_pt
            or len(byline) >= settings.byline_paragraphs
        ):
            return set()
        byline.add(i)
        i += 1
    return set()
