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


def figure_label(text: str, settings: FigureSettings = DEFAULT_FIGURE_SETTINGS) -> tuple[str, str] | None:
    """(number, short name) of a tile's label: a goal or focus-area label word of the lexicon
    (``labels``), a number, a separator and a name of at most ``name_max_words`` words
    ("PRIORITY 3 · CLEAN AIR" → ("3", "CLEAN AIR")); else None."""
    from plancheck.extract.roles import bare_label

    m = _LABEL_RE.match(" ".join((text or "").split()))
    if m is None or len(m.group("name").split()) > settings.name_max_words:
        return None
    label = bare_label(f"{m.group('word')} {m.group('num')}")
    if label is None or label[0] not in ("goal", "main_goal", "sub_goal", "focus_area"):
        return None
    return m.group("num"), m.group("name")


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
