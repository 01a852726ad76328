"""Items marked by run-in titles: paragraphs that open with a few bold words and go on in the
regular weight ("**Uthållighet** – När man …", "**Ställa krav**:" over a dash list).

Where a chapter of strategies sets its items this way, the title is what starts an item, not the
paragraph break: the lines and lists under a run-in title until the next one are that item's
text, however the writer broke them, and a sentence that ends in a colon right before a title
runs on into it ("… ska frigöras ett antal dagar per år för:" / "**Vidareutbildning** …"). The
paragraphs before the first title are the chapter's introduction.

Only chapters whose heading announces strategies are read this way, and only when
``min_titles`` different run-in titles stand in them: a bold field label ("**Ansvar:** …") is
a run-in by form too, and such labels repeat the same few words.
"""

from __future__ import annotations

from dataclasses import dataclass

from plancheck.models import Block, BlockKind, Document


@dataclass(frozen=True)
class RunInSettings:
    #: different run-in titles a chapter needs before its items are read by them
    min_titles: int = 3
    #: the section roles (of the heading) whose chapters are read this way
    roles: tuple[str, ...] = ("strategy",)


def run_in_sections(doc: Document, settings: RunInSettings = RunInSettings()) -> set[str]:
    """The ids of the sections whose items are marked by run-in titles."""
    from plancheck.extract.roles import heading_role

    by_id = {b.id: b for b in doc.blocks}
    out: set[str] = set()
    for s in doc.sections:
        if heading_role(s.title)[0] not in settings.roles:
            continue
        titles = {
            b.run_in.lower()
            for bid in s.block_ids
            if (b := by_id.get(bid)) is not None and b.kind == BlockKind.paragraph and b.run_in
        }
        if len(titles) >= settings.min_titles:
            out.add(s.id)
    return out


def _joined(first: Block, rest: list[Block]) -> Block:
    """``first`` with the text of ``rest`` run on after it (one item)."""
    if not rest:
        return first
    text = " ".join([first.text, *(b.text for b in rest)])
    prov = first.provenance
    bbox = prov.bbox
    for b in rest:
        if bbox is not None and b.provenance.bbox is not None and b.provenance.page == prov.page:
            bbox = bbox.union(b.provenance.bbox)
    source = "\n".join([prov.source_text or first.text, *(b.provenance.source_text or b.text for b in rest)])
    return first.model_copy(
        update={"text": text, "provenance": prov.model_copy(update={"bbox": bbox, "source_text": source})}
    )


def _leads_into_title(blocks: list[Block], k: int) -> bool:
    """Is ``blocks[k]`` a plain paragraph ending in a colon right before a run-in title of its
    section ("… ska frigöras ett antal dagar per år för:" / "**Vidareutbildning** …")?"""
    b = blocks[k]
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    return (
        b.kind == BlockKind.paragraph
        and not b.run_in
        and b.text.rstrip().endswith(":")
        and nxt is not None
        and nxt.section_id == b.section_id
        and nxt.kind == BlockKind.paragraph
        and bool(nxt.run_in)
    )


def merge_run_in_items(doc: Document, settings: RunInSettings = RunInSettings()) -> Document:
    """``doc`` with each run-in item of a run-in chapter as one paragraph block (the title's
    block, its text run on with the paragraphs and list items under it, and with a sentence
    ending in a colon just before it). Blocks of other chapters are left as they are; a
    document with no such chapter is returned unchanged. Reading it again changes nothing."""
    sections = run_in_sections(doc, settings)
    if not sections:
        return doc
    blocks = doc.blocks
    out: list[Block] = []
    dropped: set[str] = set()
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.section_id not in sections or b.kind not in (BlockKind.paragraph, BlockKind.list_item):
            out.append(b)
            i += 1
            continue
        j = i
        lead: list[Block] = []
        if _leads_into_title(blocks, i):
            lead, j = [b], i + 1  # "… för:" runs on into the title below it
        head = blocks[j]
        if not (head.kind == BlockKind.paragraph and head.run_in):
            out.append(b)  # the chapter's introduction (before the first title)
            i += 1
            continue
        k = j + 1
        body: list[Block] = []
        while k < len(blocks):
            c = blocks[k]
            if c.section_id != head.section_id or c.kind not in (BlockKind.paragraph, BlockKind.list_item):
                break
            if c.kind == BlockKind.paragraph and c.run_in:
                break
            if _leads_into_title(blocks, k):
                break  # the lead-in of the next item
            body.append(c)
            k += 1
        if lead:
            item = _joined(lead[0], [head, *body]).model_copy(update={"run_in": head.run_in})
        else:
            item = _joined(head, body)
        out.append(item)
        dropped.update(x.id for x in [*lead[1:], head, *body] if x.id != item.id)
        i = k
    if not dropped:
        return doc
    new_sections = [s.model_copy(update={"block_ids": [x for x in s.block_ids if x not in dropped]}) for s in doc.sections]
    return doc.model_copy(update={"blocks": out, "sections": new_sections})
