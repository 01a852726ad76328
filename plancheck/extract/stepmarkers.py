"""Numbered markers of a diagram: the numbers of a drawn figure's steps, each before its text.

A plan may state its goals only inside a drawing: the steps of a staircase, the floors of a
goal house, the segments of a wheel, each a shape holding a number in a circle ('1'–'4') and a
sentence. The text layer gives every number and every sentence as a block of its own; the
number, set larger or bold in its circle, is taken for a heading, and each sentence becomes the
only paragraph of a one-number 'section'. Under such headings no reader sees a list: the
sentences are lost as goals, or read without their numbers.

A number of that kind is no heading: it is the label of the text that follows it. A run of two
or more such pairs, one straight after the other (number, text, number, text …), whose numbers
are distinct and together 1…n in any order (a drawing is read in drawing order: a rising
staircase from its top step, '4' first), is a numbered list: each pair becomes one list item
with that number. A vision page that prints a headline beside each large number (headline,
number, paragraph …) is no such run (a headline stands between the pairs) and stays as it is
(:func:`plancheck.extract.goalstatements.numbered_headlines` reads it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.models import Block, BlockKind, Document


@dataclass(frozen=True)
class StepMarkerSettings:
    """How many numbered steps make a diagram's list, and how high its numbers go."""

    min_steps: int = 2  # one number before one paragraph is a heading like any other
    max_number: int = 12  # a staircase, house or wheel has a handful of steps, not a chapter count


_NUMBER = re.compile(r"^\s*(\d{1,2})\s*$")


def _marker(block: Block, settings: StepMarkerSettings) -> int | None:
    # set larger it reads as a heading, set as the text as a paragraph of its own
    m = _NUMBER.match(block.text or "") if block.kind in (BlockKind.heading, BlockKind.paragraph) else None
    n = int(m.group(1)) if m else None
    return n if n is not None and 1 <= n <= settings.max_number else None


def _page(block: Block) -> int | None:
    return block.provenance.page if block.provenance is not None else None


def step_runs(blocks: list[Block], settings: StepMarkerSettings = StepMarkerSettings()) -> list[tuple[int, int]]:
    """[(index of the first marker, number of pairs)] of the runs of numbered steps in ``blocks``:
    a bare number (a heading, or a paragraph of its own) straight before a paragraph, pair after
    pair, the numbers 1…n."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(blocks):
        j = i
        numbers: list[int] = []
        while (j + 1 < len(blocks) and (n := _marker(blocks[j], settings)) is not None
               and blocks[j + 1].kind == BlockKind.paragraph and (blocks[j + 1].text or "").strip()
               and _page(blocks[j]) == _page(blocks[j + 1])):
            numbers.append(n)
            j += 2
        if len(numbers) >= settings.min_steps and sorted(numbers) == list(range(1, len(numbers) + 1)):
            runs.append((i, len(numbers)))
            i = j
        else:
            i += 1
    return runs


def numbered_steps(doc: Document, settings: StepMarkerSettings = StepMarkerSettings()) -> Document:
    """``doc`` with each run of a diagram's numbered steps (:func:`step_runs`) read as a numbered
    list: each number and the paragraph after it one list item numbered so, in the section the
    block before the run stands in; the numbers' blocks and their one-number sections dropped
    (their blocks go to that section; a heading under a number goes under the nearest
    section above it of a higher rank)."""
    blocks = list(doc.blocks)
    runs = step_runs(blocks, settings)
    if not runs:
        return doc
    host_of: dict[str, str | None] = {}  # a marker's own section → the section its run stands in
    replaced: dict[int, Block] = {}
    dropped: set[str] = set()
    for start, count in runs:
        host = blocks[start - 1].section_id if start > 0 else None
        for k in range(count):
            number, text = blocks[start + 2 * k], blocks[start + 2 * k + 1]
            if number.kind == BlockKind.heading and number.section_id is not None and number.section_id != host:
                host_of[number.section_id] = host  # the number's own one-number section
            replaced[start + 2 * k + 1] = text.model_copy(update={
                "kind": BlockKind.list_item, "number": number.text.strip(), "level": 0})
            dropped.add(number.id)
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if b.id in dropped:
            continue
        b = replaced.get(i, b)
        if b.section_id in host_of:
            b = b.model_copy(update={"section_id": host_of[b.section_id]})
        out.append(b)
    moved: dict[str | None, list[str]] = {}
    gone = {x for sec in doc.sections if sec.id in host_of for x in sec.block_ids}
    for b in out:
        if b.section_id is not None and b.id in gone:
            moved.setdefault(b.section_id, []).append(b.id)
    sections = []
    for sec in doc.sections:
        if sec.id in host_of:
            continue
        update: dict = {}
        if any(x in dropped for x in sec.block_ids):  # a number set as a paragraph
            update["block_ids"] = [x for x in sec.block_ids if x not in dropped]
        if sec.parent_id in host_of:
            # under a number set larger than the headings: the nearest section above of a higher rank
            update["parent_id"] = next((p.id for p in reversed(sections) if p.level < sec.level), None)
        if sec.id in moved:
            update["block_ids"] = [*update.get("block_ids", sec.block_ids), *moved[sec.id]]
        sections.append(sec.model_copy(update=update) if update else sec)
    return doc.model_copy(update={"blocks": out, "sections": sections})
