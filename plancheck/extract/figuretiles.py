"""Goals set as figures: a numbered label, a large figure and the rest of its sentence.

A council plan printed from a web page may set its goals on tiles ("What we will achieve"): each tile a
small label naming the goal's number and short name ("PRIORITY 3 · CLEAN AIR"), then the
goal's opening figure in large type ("80%", "1,500", "3 in 4", or a short phrase: "Zero waste"),
then the rest of its sentence in the body type, in lower case ("of journeys to school on foot or
by bike by 2031"). No modal, no full stop: the goal is the figure and the sentence read together
("80% of journeys to school on foot or by bike by 2031"), numbered and named by the label.

The reader finds such tiles in an ingest Document's blocks, in reading order: a label (a goal or
focus-area word of the lexicon, a number, a separator and a short name) over a short line set at
least ``size_ratio`` times the next line's size, over a line that opens in lower case (it goes
on from the figure). A figure tile without its label (a fact: "52%" / "of payments made
online") is no goal; nor is a plan that sets fewer than ``min_count`` such tiles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class FigureSettings:
    """The form of a figure tile (see the module's docstring)."""

    min_count: int = 3  # tiles set so: a form of the plan, not one large number
    figure_max_words: int = 3  # "3 in 4", "Zero waste": a figure or a short phrase
    size_ratio: float = 1.5  # the figure is set at least this many times the size of its sentence
    rest_min_words: int = 3  # the rest of the sentence says what the figure counts
    name_max_words: int = 6  # the label's short name ("A PLACE FOR EVERY CHILD")


DEFAULT_FIGURE_SETTINGS = FigureSettings()

# "PRIORITY 3 · CLEAN AIR", "Mål 3 – Trygg oppvekst", "AMBITION 1: WARM HOMES"
_LABEL_RE = re.compile(
    r"^\s*(?P<word>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?)\s+(?P<num>\d{1,2})\s*[·•:–—|-]\s*(?P<name>[^\W\d].*?)\s*$"
)


class FigureGoal(NamedTuple):
    id: str  # the block id of the figure
    text: str  # the figure and the rest of its sentence
    page: int | None
    number: str
    name: str  # the label's short name


def named_label(text: str, settings: FigureSettings = DEFAULT_FIGURE_SETTINGS) -> tuple[str, str, str] | None:
    """(label, number, short name) of a label that names a goal or priority by number and short
    name: a goal or focus-area label word of the lexicon (``labels``), a number, a separator and
    a name of at most ``name_max_words`` words ("PRIORITY 3 · CLEAN AIR" → ("PRIORITY 3", "3",
    "CLEAN AIR")); else None. A figure tile opens with such a label, and so does a box of a grid
    of goals (:func:`plancheck.extract.tables.read_table`)."""
    from plancheck.extract.roles import bare_label

    m = _LABEL_RE.match(" ".join((text or "").split()))
    if m is None or len(m.group("name").split()) > settings.name_max_words:
        return None
    head = f"{m.group('word')} {m.group('num')}"
    label = bare_label(head)
    if label is None or label[0] not in ("goal", "main_goal", "sub_goal", "focus_area"):
        return None
    return head, m.group("num"), m.group("name")


def boxed_label(text: str, settings: FigureSettings = DEFAULT_FIGURE_SETTINGS) -> tuple[str, str]:
    """(label line, body) of a box's text: its first line and the rest; but a box read as one
    line, a :func:`named_label` whose short name is set in capitals and a sentence after it
    ("PRIORITY 3 · SERIOUS VIOLENCE Fewer young people …"), is parted where the capitals end (a
    last one-letter word opens the sentence: "… VICTIMS A service …"). Why: a cell's label set
    in the body's size and only in another weight or case is joined to the sentence under it
    by the layout, as a wrapped line."""
    label, _nl, body = (text or "").strip().partition("\n")
    line = " ".join(label.split())
    m = _LABEL_RE.match(line)
    if body.strip() or m is None:
        return label, body
    words = m.group("name").split()
    caps = 0  # the name's words in capitals
    while caps < len(words) and not any(ch.islower() for ch in words[caps]):
        caps += 1
    if 1 < caps < len(words) and len(words[caps - 1]) == 1 and words[caps - 1].isalpha():
        caps -= 1
    if caps == 0 or caps == len(words) or not words[caps][:1].isupper():
        return label, body
    head = " ".join([line[: m.start("name")].rstrip(), *words[:caps]])
    if named_label(head, settings) is None:
        return label, body
    return head, " ".join(words[caps:])


def figure_label(text: str, settings: FigureSettings = DEFAULT_FIGURE_SETTINGS) -> tuple[str, str] | None:
    """(number, short name) of a tile's label (:func:`named_label`); else None."""
    found = named_label(text, settings)
    return None if found is None else (found[1], found[2])


def _kind(block) -> str:
    return str(getattr(block.kind, "value", block.kind))


def _whole_text(block) -> str:
    """A block's text as printed: the reader may have taken a leading figure for a list
    number ("3" of "3 in 4")."""
    text = " ".join((block.text or "").split())
    number = (block.number or "").strip()
    return f"{number} {text}" if number and not text.startswith(number) else text


def figure_goals(doc, settings: FigureSettings = DEFAULT_FIGURE_SETTINGS) -> list[FigureGoal]:
    """The goals a document sets as figure tiles (see the module's docstring), in reading order;
    [] when fewer than ``min_count``."""
    blocks = [b for b in getattr(doc, "blocks", None) or [] if b.table is None]
    out: list[FigureGoal] = []
    for k in range(len(blocks) - 2):
        label, figure, rest = blocks[k : k + 3]
        found = figure_label(label.text)
        if found is None or _kind(figure) != "heading" or _kind(rest) not in ("paragraph", "list_item"):
            continue
        head, body = _whole_text(figure), " ".join((rest.text or "").split())
        if not head or len(head.split()) > settings.figure_max_words or head.endswith((".", ":")):
            continue
        if not body[:1].islower() or len(body.split()) < settings.rest_min_words:
            continue
        if not (figure.font_size and rest.font_size and figure.font_size >= settings.size_ratio * rest.font_size):
            continue
        out.append(FigureGoal(figure.id, f"{head} {body}", figure.provenance.page, found[0], found[1]))
    return out if len(out) >= settings.min_count else []
