"""Style options of a generated document, and which producers can print each of them.

A :class:`Style` is drawn from the same seed as the content. ``tags()`` names the options a
document actually uses (table options only when the measures are in a table), so the bench can
report F1 per option.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, replace

PRODUCERS = ("docx", "odt", "html", "reportlab")
#: the .docx / .odt source read directly (no PDF): a reference for what the PDF loses
NATIVE = ("docx-native", "odt-native")

#: option value -> producers that print it; every option not listed works in all producers.
#: The matrix is in corpora/synth/README.md, with how each producer does it.
UNSUPPORTED: dict[str, set[str]] = {}


@dataclass(frozen=True)
class Style:
    strategies: str = "leadin"  # leadin ("For å nå mål 1 vil vi:") | heading ("Strategier for mål 1")
    numbering: str = "auto"  # auto (the producer's list numbering) | typed ("1. " in the text)
    typed_sep: str = ". "  # after a typed number: ". " | ".\t" | ") " | "." (no space)
    long_items: bool = False  # goals and measures long enough to wrap
    measures: str = "table"  # table | blocks ("Tiltak: … / Ansvarlig: … / Frist: …") | outline
    table: str = "ruled"  # ruled | unruled | two_level (a two-level header row)
    goal_cells: str = "merged"  # merged (goal column merged down) | group_row | heading
    goal_ref: str = "text"  # the goal printed in the table/block heading: text | number
    nr_column: bool = False  # a measure number column in the table
    table_break: bool = False  # a table long enough to break over a page, rows may split
    landscape: bool = False  # the measure part in a landscape section
    two_column: bool = False  # the goal part set in two columns
    letter_spaced: bool = False  # headings with wide letter spacing
    header_footer: bool = False  # running header and footer with page numbers
    outline_form: str = "words"  # words ("Mål 1 / Delmål 1.1 / Tiltak 1.1.1") | codes (G1/O1/D1)
    block_form: str = "labelled"  # labelled (three labelled lines) | titled (bold title + labels)
    # the families of corpora/synth/families.py (measures=indent|matrix|notes|letters|ids):
    note_type: str = "italic"  # item notes: italic (the owner in italics) | smaller (the whole note smaller)

    def tags(self) -> list[str]:
        """The options this document exercises, as short names for reports."""
        t = [f"numbering={self.numbering}", f"measures={self.measures}"]
        if self.measures in ("indent", "letters", "ids"):
            # one outline: no goal list, so no numbering, strategy or page options of its own
            t = [f"measures={self.measures}"]
            if self.long_items:
                t.append("long_items")
            t += [f for f in ("two_column", "letter_spaced", "header_footer") if getattr(self, f)]
            return t
        if self.measures not in ("outline",):  # outlines print no strategies
            t.append(f"strategies={self.strategies}")
        if self.measures == "notes":
            t.append(f"note_type={self.note_type}")
        if self.numbering == "typed":
            names = {". ": "dot_space", ".": "dot_nospace", ".\t": "dot_tab", ") ": "paren"}
            t.append(f"typed_sep={names.get(self.typed_sep, repr(self.typed_sep))}")
        if self.long_items:
            t.append("long_items")
        if self.measures == "table":
            t += [f"table={self.table}", f"goal_cells={self.goal_cells}"]
            t.append(f"goal_ref={self.goal_ref}")
            if self.nr_column:
                t.append("nr_column")
            if self.table_break:
                t.append("table_break")
        if self.measures in ("codes", "wide"):
            t.append(f"table={self.table}")
            if self.measures == "wide" and self.nr_column:
                t.append("nr_column")
        if self.measures == "blocks":
            t += [f"block_form={self.block_form}", f"goal_ref={self.goal_ref}"]
        if self.measures == "outline":
            t.append(f"outline_form={self.outline_form}")
        for flag in ("landscape", "two_column", "letter_spaced", "header_footer"):
            if flag == "landscape" and self.measures == "outline":
                continue  # the landscape section holds the measure part, which outlines lack
            if getattr(self, flag):
                t.append(flag)
        return t

    def as_dict(self) -> dict:
        return asdict(self)


def draw_style(rng: random.Random, lang: str, producer: str) -> Style:
    """A random style that ``producer`` can print."""
    measures = rng.choices(["table", "blocks", "outline"], weights=[6, 2, 2])[0]
    style = Style(
        strategies=rng.choice(["leadin", "heading"]),
        numbering=rng.choice(["auto", "typed"]),
        typed_sep=rng.choice([". ", ". ", ".\t", ") ", "."]),
        long_items=rng.random() < 0.4,
        measures=measures,
        table=rng.choice(["ruled", "unruled", "two_level"]),
        goal_cells=rng.choice(["merged", "group_row", "heading"]),
        goal_ref=rng.choice(["text", "text", "number"]),
        nr_column=rng.random() < 0.3,
        table_break=rng.random() < 0.35,
        landscape=rng.random() < 0.3,
        two_column=rng.random() < 0.25,
        letter_spaced=rng.random() < 0.25,
        header_footer=rng.random() < 0.5,
        outline_form=rng.choice(["words", "codes"]) if lang == "en" else "words",
        block_form=rng.choice(["labelled", "titled"]),
    )
    if style.table_break and style.goal_cells == "heading":
        # a break is made in one long table; goals then stand in it, not above it
        style = replace(style, goal_cells=rng.choice(["merged", "group_row"]))
    return style
