"""The section tree, built from heading blocks: shared by the PDF, DOCX and ODT readers.

:func:`build_sections` is format-neutral: it only looks at ``Block.kind``, ``level`` and
``number``. A heading's parent is the nearest preceding heading with a smaller level; a
multi-part number ("2.3.1") decides the level over the style or font level. Blocks before the
first heading go into a level-0 section ``s0`` with an empty title (the front matter).

:func:`assign_locations` writes the Word/OpenDocument kind of provenance,
``"section 3.2, paragraph 4"`` / ``"section 3.2, table 1"``, once the sections are known.
"""

from __future__ import annotations

import re

from plancheck.models import Block, BlockKind, Section

_MULTI_NUMBER = re.compile(r"\s*(\d{1,3}(?:\.\d{1,3})+)\.?\s*")
_HEADING_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.?\s+(?=\S)")

FRONT_MATTER_ID = "s0"


def level_from_number(number: str | None) -> int | None:
    """The level a multi-part number implies: "2.3.1" -> 3, "4.2." -> 2; None for "3" or "a)"."""
    if not number:
        return None
    m = _MULTI_NUMBER.fullmatch(number)
    return m.group(1).count(".") + 1 if m else None


def split_heading_number(text: str) -> tuple[str | None, str]:
    """Split a typed heading number off its text: "3.1 Mål" -> ("3.1", "Mål"); "1. Innledning"
    -> ("1", "Innledning"). Years ("2025 Status") are not numbers."""
    m = _HEADING_NUMBER.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end() :]


def build_sections(blocks: list[Block]) -> list[Section]:
    """Build the section tree from the heading blocks and set ``section_id`` on every block.

    Heading levels are normalised in place: a multi-part number ("2.3.1") sets the level;
    otherwise the block's own level (style, outline level or font) is kept, defaulting to 1.
    Each heading block belongs to its own section; ``Section.block_ids`` lists the blocks
    directly in a section, heading first.
    """
    sections: list[Section] = []
    stack: list[Section] = []
    current: Section | None = None
    count = 0
    for block in blocks:
        if block.kind == BlockKind.heading:
            level = level_from_number(block.number) or block.level or 1
            block.level = level
            while stack and stack[-1].level >= level:
                stack.pop()
            count += 1
            current = Section(
                id=f"s{count}",
                title=block.text,
                number=block.number,
                level=level,
                parent_id=stack[-1].id if stack else None,
                page=block.provenance.page,
            )
            stack.append(current)
            sections.append(current)
        elif current is None:
            current = Section(id=FRONT_MATTER_ID, title="", level=0, page=block.provenance.page)
            sections.append(current)
        block.section_id = current.id
        current.block_ids.append(block.id)
    return sections


def section_labels(sections: list[Section]) -> dict[str, str]:
    """A human label per section id: 'section 3.2', 'section "Mål"', or for a title used more
    than once, the parent's label with the title appended: 'section 2 / "Mål"'."""
    by_id = {s.id: s for s in sections}
    title_count: dict[str, int] = {}
    for s in sections:
        title_count[s.title.casefold()] = title_count.get(s.title.casefold(), 0) + 1
    labels: dict[str, str] = {}

    def label(s: Section) -> str:
        if s.id in labels:
            return labels[s.id]
        if s.id == FRONT_MATTER_ID and s.level == 0:
            text = "front matter"
        elif s.number:
            text = f"section {s.number}"
        else:
            title = s.title if len(s.title) <= 50 else s.title[:47].rstrip() + "…"
            parent = by_id.get(s.parent_id) if s.parent_id else None
            if title_count[s.title.casefold()] > 1 and parent is not None:
                text = f'{label(parent)} / "{title}"'
            else:
                text = f'section "{title}"'
        labels[s.id] = text
        return text

    for s in sections:
        label(s)
    return labels


def assign_locations(blocks: list[Block], sections: list[Section]) -> None:
    """Set ``provenance.location`` on every block (after :func:`build_sections`):
    headings get "section 3.2", paragraphs and list items "section 3.2, paragraph 4" and
    tables "section 3.2, table 1" (counted 1-based within their section)."""
    labels = section_labels(sections)
    paragraphs: dict[str | None, int] = {}
    tables: dict[str | None, int] = {}
    for block in blocks:
        where = labels.get(block.section_id or "", "document")
        if block.kind == BlockKind.table:
            tables[block.section_id] = tables.get(block.section_id, 0) + 1
            where = f"{where}, table {tables[block.section_id]}"
        elif block.kind != BlockKind.heading:
            paragraphs[block.section_id] = paragraphs.get(block.section_id, 0) + 1
            where = f"{where}, paragraph {paragraphs[block.section_id]}"
        block.provenance.location = where


#: the words of a Word/OpenDocument place (``Provenance.location``: "section 3.2, table 1,
#: row 4", "front matter, paragraph 2 (comment by Kari)"), which the readers write in English
#: for the JSON contract (here and in ``docx.py``/``odt.py``), as a report or a message in
#: bokmål or nynorsk says them (matched longest first: "header row" is one phrase)
PLACE_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "table of contents": "innholdsfortegnelsen",
        "tracked insertion": "sporet innsetting",
        "tracked deletion": "sporet sletting",
        "front matter": "før første overskrift",
        "header row": "overskriftsraden",
        "paragraph": "avsnitt",
        "document": "dokumentet",
        "section": "kapittel",
        "comment": "kommentar",
        "table": "tabell",
        "row": "rad",
        "by": "av",
    },
    "nn": {
        "table of contents": "innhaldslista",
        "tracked insertion": "spora innsetjing",
        "tracked deletion": "spora sletting",
        "front matter": "før første overskrift",
        "header row": "overskriftsrada",
        "paragraph": "avsnitt",
        "document": "dokumentet",
        "section": "kapittel",
        "comment": "kommentar",
        "table": "tabell",
        "row": "rad",
        "by": "av",
    },
}
_PLACE_WORD = re.compile(
    r"\b(" + "|".join(sorted(set(PLACE_WORDS["nb"]) - {"by"}, key=len, reverse=True)) + r")\b"
)
_QUOTED = re.compile(r'("[^"]*")')


def place(location: str | None, lang: str) -> str:
    """A Word/OpenDocument ``location`` in the report's language: "section 2, table 1, row 4"
    is "kapittel 2, tabell 1, rad 4" in bokmål. Only the fixed words the readers write are
    turned; a heading quoted in it ('section "Mål og tiltak"') and an author's name after
    "by" are the document's own words and stay as they are, the heading in the quotation marks
    the findings use («»). English is returned unchanged."""
    if not location:
        return ""
    words = PLACE_WORDS.get(lang)
    if words is None:
        return location
    parts = _QUOTED.split(location)  # odd indexes are the quoted titles
    for i in range(0, len(parts), 2):
        head, by, author = parts[i].partition(" by ")
        head = _PLACE_WORD.sub(lambda m: words[m.group(1)], head)
        parts[i] = f"{head} {words['by']} {author}" if by else head
    for i in range(1, len(parts), 2):  # a quoted heading in Norwegian marks: «Mål og tiltak»
        parts[i] = f"«{parts[i][1:-1]}»"
    return "".join(parts)
