"""The data model: the public contract of plancheck.

Everything plancheck extracts is one of these pydantic models, and the JSON that
``plancheck extract --format json`` prints is ``Plan.model_dump(mode="json")``. The JSON
schema under ``docs/schema/`` is generated from these classes (``python -m plancheck.schema``),
so a change here is a change of the public contract: bump ``SCHEMA_VERSION`` when it breaks.

Every extracted item carries provenance: the page (1-based), the bounding box in PDF points
(pdfplumber's top-left origin) and the exact source text it was read from. Items read from
Word/OpenDocument carry a ``location`` ("section 3.2, table 1, row 4") instead of a bounding box.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


# Default factories are plain functions: pydantic asks each factory's signature whether it takes
# the validated data, and ``inspect.signature`` of a builtin such as ``list`` parses its text
# signature (or, for a model class, builds the model's signature): ~5 ms of every start for
# the 43 fields with a factory. The values are the same (a new empty list, a new model).


def _new_list() -> list:
    return []


def _new_provenance() -> Provenance:
    return Provenance()


def _new_summary() -> Summary:
    return Summary()


# --------------------------------------------------------------------------- provenance


class BBox(_Model):
    """A rectangle on a page, in PDF points, origin at the top left (as pdfplumber gives it)."""

    x0: float = Field(description="left edge, in PDF points from the page's left")
    top: float = Field(description="top edge, in PDF points from the page's top")
    x1: float = Field(description="right edge, in PDF points from the page's left")
    bottom: float = Field(description="bottom edge, in PDF points from the page's top")

    def union(self, other: BBox) -> BBox:
        return BBox(
            x0=min(self.x0, other.x0),
            top=min(self.top, other.top),
            x1=max(self.x1, other.x1),
            bottom=max(self.bottom, other.bottom),
        )


class Provenance(_Model):
    """Where an item was read: page, box and the exact text, so a report can quote it."""

    page: int | None = Field(
        None,
        description="1-based physical page of the PDF; for Word input the page Word laid it out on when last "
        "saved (from its rendered page breaks, when they add up to its page count), else null",
    )
    bbox: BBox | None = Field(None, description="the box it stands in on the page (PDF points, origin top left); null for Word/OpenDocument input")
    source_text: str = Field("", description="the text exactly as read, before cleaning")
    location: str | None = Field(
        None, description="for Word/OpenDocument input: 'section 3.2, table 1, row 4'"
    )


# --------------------------------------------------------------------------- ingested document


class BlockKind(str, Enum):
    heading = "heading"
    paragraph = "paragraph"
    list_item = "list_item"
    table = "table"


class Cell(_Model):
    """A table cell after merged cells are resolved: ``text`` is repeated in every row a
    vertically merged cell spans; ``merged_from`` names the row it was copied from."""

    row: int
    col: int
    text: str
    page: int | None = None
    bbox: BBox | None = None
    merged_from: int | None = Field(None, description="row index the text was copied from")
    level: int | None = Field(
        None,
        description="outline level of the cell's text by its indentation within its column "
        "(0 = outermost), when the column holds an outline shown only by indentation",
    )
    bold: bool = Field(False, description="the cell's text is set in a bold weight")
    indent: float | None = Field(
        None,
        description="how far (points) the cell's first line of text stands in from the cell's left edge "
        "(the PDF layout), or the left indentation of its first paragraph (Word); None when not read",
    )
    own: bool = Field(
        False,
        description="a cell of its own at this position, not one covered by a cell merged in from "
        "the left: said by a reader that knows a table's cells but not their boxes (Word, "
        "OpenDocument); the PDF layout says it with the cell's bbox",
    )
    fill: str | None = Field(
        None,
        description="the cell's background colour ('#rrggbb') when a filled shape covers it, '' when "
        "the reader looked and none does, None when the reader could not tell (a table found from "
        "text alignment, a Word or OpenDocument table)",
    )


class Table(_Model):
    """A logical table: the pieces of one table split over several pages are joined."""

    header: list[str] = Field(default_factory=_new_list, description="header row texts, one per column")
    rows: list[list[Cell]] = Field(default_factory=_new_list, description="body rows, header excluded")
    pages: list[int] = Field(default_factory=_new_list)
    ruled: bool = Field(True, description="False when found from text alignment (no lines)")
    diagram: bool = Field(False, description="a diagram of boxes joined by drawn lines read as a table: its columns "
                          "the diagram's levels (root first), its rows the paths from the root to each leaf, a box "
                          "met again merged down from its first row")


class Block(_Model):
    """One unit of the document's reading order: a heading, paragraph, list item or table."""

    id: str
    kind: BlockKind
    text: str = ""
    level: int | None = Field(None, description="heading level (1 = top) or list nesting (0 = top)")
    number: str | None = Field(None, description="the numbering label: '1.2', '3.', 'a)'")
    bullet: str | None = Field(None, description="the bullet glyph, when a bulleted list item")
    label: str | None = Field(
        None,
        description="an inline outline label found by its form, as written: 'G1 (Goal)' in "
        "'G1 (Goal) …', 'Mål 2' in 'Mål 2: …'; not interpreted by the reader",
    )
    section_id: str | None = None
    table: Table | None = None
    font_size: float | None = None
    bold: bool = False
    italic: bool = Field(
        False,
        description="every word of the block is set in an italic cut (a paragraph set apart in italics: "
        "'*Minst tre av fire nye boliger skal …*' between upright text); found by form only",
    )
    run_in: str | None = Field(
        None,
        description="the bold words that open a paragraph whose line goes on in the regular weight "
        "(a run-in title: '**Uthållighet** – När man …'); found by form only",
    )
    emphasis: list[int] = Field(
        default_factory=_new_list,
        description="offsets in the text where a bold or italic run starts inside a line, after "
        "regular text ('… hjemmetjenesten. **Ansvar:** …'); found by form only",
    )
    item_note: bool = Field(
        False,
        description="a line right under a list item's text, set apart from it in type (italic or "
        "smaller) and closing with a bracket ('*Kultureininga* (Haust 2025)'), or a few words alone on "
        "their line with no bracket ('*Kultureininga*'): a note on that item, not text of its own; "
        "found by form only",
    )
    chip: bool = Field(
        False,
        description="a few words set in a small box of their own inside a card (a chip or badge: "
        "'Parks Team', 'March 2027'), under or beside the card's text; found by form only",
    )
    head_chip: bool = Field(
        False,
        description="a chip standing at the head of its card, above all of the card's text (a tag in a box's "
        "corner: 'AIM 2' over an action of a flowchart), read before the text it tags; found by form only",
    )
    aside: bool = Field(
        False,
        description="text of a framed box set beside the running text, which goes on at the box's heights "
        "(a call-out: 'Reducing Bus Idling Impacts' and its paragraph beside a list of actions); no part "
        "of the text flow it stands in; found by form only",
    )
    flow_step: bool = Field(
        False,
        description="text of a flowchart's step: a decision diamond ('Is the road closed?'), a rounded start or "
        "end box, a label on a connector ('Yes', 'No'); it says how the flow goes, no item of the plan; "
        "found by form only (the shapes, plancheck/layout/flowboxes.py)",
    )
    hangs_under: str | None = Field(
        None,
        description="the name of the unit whose box a card hangs under on a drawn line in an organisation chart (a "
        "measure card on the spine under 'Water and Sewage'), as printed in the box's largest type; found by form only "
        "(plancheck/layout/orgcharts.py)",
    )
    side_label: bool = Field(
        False,
        description="a short label set in the margin zone left of the body indent, level with the "
        "text it labels (a side heading: 'Dette vil vi oppnå' beside a goal, 'How we will do this' beside "
        "a list of actions); a heading of its own, read before that text; found by form only",
    )
    note_refs: list[str] = Field(
        default_factory=_new_list,
        description="the numbers of the note references set small and raised after its words (a footnote's or "
        "endnote's number: 'vassverk²' → ['2']), taken out of its text; found by form only",
    )
    provenance: Provenance = Field(default_factory=_new_provenance)


class Section(_Model):
    """A node of the section tree built from the headings."""

    id: str = Field(description="stable between runs on the same input")
    title: str = Field(description="the heading's text, without its number")
    number: str | None = Field(None, description="the heading's number as printed ('1.2'), when it has one")
    level: int = Field(description="depth in the tree: 1 for a top heading")
    parent_id: str | None = Field(None, description="id of the section it is under")
    page: int | None = Field(None, description="1-based page of the heading")
    block_ids: list[str] = Field(default_factory=_new_list, description="blocks directly in it")


class Document(_Model):
    """What ingest produces from a PDF/DOCX/ODT: blocks in reading order and the section tree."""

    path: str
    format: Literal["pdf", "docx", "odt", "text"] = "pdf"
    sha256: str = ""
    page_count: int = 0
    title: str | None = None
    language: str | None = None
    blocks: list[Block] = Field(default_factory=_new_list)
    sections: list[Section] = Field(default_factory=_new_list)
    toc_pages: list[int] = Field(default_factory=_new_list)
    comments: list[Provenance] = Field(
        default_factory=_new_list, description="comments and tracked changes left in a draft"
    )
    struck: list[Provenance] = Field(
        default_factory=_new_list,
        description="lines printed struck through (deleted, no part of what the plan says: a revised plan's "
        "withdrawn rows), as read; a number they hold is no gap in the plan's numbering",
    )


# --------------------------------------------------------------------------- plan items


class DeadlineKind(str, Enum):
    date = "date"
    period = "period"
    recurring = "recurring"
    continuous = "continuous"
    none = "none"


class Deadline(_Model):
    """A deadline normalised to a date range. ``text`` is kept exactly as printed.

    ``recurring`` ("Hver høst") and ``continuous`` ("Kontinuerlig") deadlines are not time-bound;
    ``none`` is text in a deadline cell that carries no time at all ("Ved behov", "-").
    """

    text: str = Field(description="the deadline exactly as printed ('Innen 2027', 'Q3 2026', 'Hver høst')")
    start: dt.date | None = Field(None, description="first day of the range it names, when it names one")
    end: dt.date | None = Field(None, description="last day it is due by, when it names one")
    kind: DeadlineKind = Field(description="date, period, recurring ('Hver høst'), continuous ('Kontinuerlig') or none (no time: 'Ved behov')")
    evaluation: dt.date | None = Field(
        None, description="an evaluation date given beside the deadline"
    )
    key: str | None = Field(
        None,
        description="the definition a key of the plan gives this timeframe word, as printed "
        "('Long term = after March 2031'): ``start`` and ``end`` are its dates, ``text`` stays the word",
    )
    after_period: bool = Field(
        False,
        description="the deadline is counted from the plan period's end ('inom två år efter planperiodens utgång', "
        "'etter planperioden'): it falls after the period, whatever years the period has",
    )


class OwnerKind(str, Enum):
    role = "role"
    unit = "unit"
    external = "external"
    diffuse = "diffuse"
    unknown = "unknown"


class Owner(_Model):
    text: str = Field(description="the owner as printed: a unit, a role or a body")
    kind: OwnerKind = Field(OwnerKind.unknown, description="role, unit, external, diffuse or unknown")
    diffuse: bool = Field(False, description="'Alle enheter', 'Alle': nobody in particular")


class Item(_Model):
    id: str = Field(description="stable between runs on the same input")
    text: str = Field(description="the item's text, cleaned of its label and number")
    number: str | None = Field(None, description="its numbering label as printed ('1.2', 'A', 'G1'), when it has one")
    page: int | None = Field(None, description="1-based page it starts on (PDF page; for Word input Word's last laid-out page, else null)")
    section_id: str | None = Field(None, description="id of the section (heading) it stands under")
    provenance: Provenance = Field(default_factory=_new_provenance, description="where it was read: page, box and the exact source text")


class Vision(Item):
    pass


class FocusArea(Item):
    pass


class GoalKind(str, Enum):
    main_goal = "main_goal"
    goal = "goal"
    sub_goal = "sub_goal"


class Goal(Item):
    kind: GoalKind = Field(GoalKind.goal, description="main_goal, goal or sub_goal")
    parent_id: str | None = Field(None, description="id of the goal this sub-goal belongs to")
    focus_area_id: str | None = Field(None, description="id of the focus area (satsingsområde) it belongs to")


class Challenge(Item):
    focus_area_id: str | None = Field(None, description="id of the focus area it belongs to")


class Strategy(Item):
    goal_ids: list[str] = Field(default_factory=_new_list, description="ids of the goals it serves")
    focus_area_id: str | None = Field(None, description="id of the focus area it belongs to")
    worded_as_action: bool = Field(
        False,
        description="worded as a concrete action ('Establish …', 'Staff will work on …'): without "
        "measures of its own it may itself be the action",
    )


class Indicator(Item):
    goal_ids: list[str] = Field(default_factory=_new_list, description="ids of the goals it measures")


class Measure(Item):
    goal_ids: list[str] = Field(default_factory=_new_list, description="ids of the goals it serves")
    strategy_ids: list[str] = Field(default_factory=_new_list, description="ids of the strategies it carries out")
    owners: list[Owner] = Field(default_factory=_new_list, description="empty when no owner is given")
    owner_text: str | None = Field(None, description="the owner cell as printed")
    deadline: Deadline | None = Field(None, description="when it is due, or null when no deadline is given")
    cost: str | None = Field(None, description="the cost as printed")
    indicator: str | None = Field(None, description="the indicator printed beside it")
    status: str | None = Field(None, description="the status as printed ('Pågår', 'Done')")
    table_goal_text: str | None = Field(
        None, description="the goal as named in the measure table, before linking"
    )
    related_codes: list[str] = Field(
        default_factory=_new_list,
        description="codes of other items named in a cross-reference column ('Related Programs': "
        "'LU-2.1, LU-2.2'), as printed; each one that names an item of the plan is a link to it",
    )
    goal_marks: list[str] = Field(
        default_factory=_new_list,
        description="the goals a cross matrix marks for the measure ('X' under 'Bidrar til mål' › '2'), "
        "by the number or short name heading each marked column, before linking",
    )
    has_owner_column: bool = Field(
        False, description="True when the measure came from a table with an owner column"
    )
    has_deadline_column: bool = Field(False, description="True when the measure came from a table with a deadline column")


class PlanPeriod(_Model):
    start: int = Field(description="first year of the plan period")
    end: int = Field(description="last year of the plan period")
    text: str = Field(description="the period as read ('2024–2027')")


class KeyedTimeframe(_Model):
    """One timeframe word a plan's key defines ('Long term = after March 2031')."""

    word: str = Field(description="the timeframe word as the key prints it: 'Long term'")
    definition: str = Field(description="the entry as printed: 'Long term = after March 2031'")
    start: dt.date | None = Field(None, description="first day the word covers, when the key gives one")
    end: dt.date | None = Field(None, description="None for an open end ('after March 2031')")


class TimeframeKey(_Model):
    """A key (legend) that defines the plan's timeframe words in dates or years
    ("Timeframe key: Short term = by 30 September 2028 · … · Long term = after March 2031")."""

    terms: list[KeyedTimeframe] = Field(default_factory=_new_list, description="each timeframe word the key defines")
    plan_end: dt.date | None = Field(
        None,
        description="the plan's last day as its key marks it: the bound of a timeframe set after a "
        "month ('Long term = after March 2031' → 2031-03-31); read by deadline-within-plan-period "
        "when it falls in the last year of the plan period",
    )
    provenance: Provenance = Field(default_factory=_new_provenance, description="where the key is printed")


class Amendment(_Model):
    """One amendment of a council decision that adopts the plan with changes ("Tiltak 5.2
    strykes", "Frist for tiltak 1.4 endres fra 2028 til 2027", "Nytt tiltak 3.4 under mål 3: …"),
    as applied to the draft printed with it. The plan's items are the plan AS ADOPTED; this
    record says what the decision changed and where it says so (extract/amendments.py)."""

    kind: Literal["delete", "deadline", "owner", "new"] = Field(description="delete (a measure struck), deadline or owner (changed), new (a measure added)")
    measure_number: str = Field(description="the number of the measure it addresses, as printed: '2.1'")
    measure_id: str | None = Field(None, description="the measure changed or added; None for one struck")
    old: str | None = Field(None, description="the value before: the struck measure's text, the old owner or deadline")
    new: str | None = Field(None, description="the value after: the new owner or deadline, the added measure's text")
    provenance: Provenance = Field(default_factory=_new_provenance, description="the decision's page and sentence")


class Passage(_Model):
    """A paragraph or list item of running text, kept for draft checks and mandate matching."""

    id: str = Field(description="stable between runs on the same input")
    kind: BlockKind = Field(description="paragraph, list_item or table (and the other block kinds)")
    text: str = Field(description="the text as read")
    page: int | None = Field(None, description="1-based page it starts on")
    section_id: str | None = Field(None, description="id of the section it stands under")
    provenance: Provenance = Field(default_factory=_new_provenance, description="where it was read: page, box and the exact source text")


class SourceInfo(_Model):
    path: str = Field(description="the document's path as given")
    format: str = Field(description="pdf, docx or odt")
    sha256: str = Field(description="SHA-256 of the file's bytes")
    pages: int = Field(description="number of pages (PDF), or the page count Word recorded")


class PlanType(_Model):
    """What kind of plan the document says it is, read from its title and its title page.

    A kommuneplanens samfunnsdel, a council plan or an översiktsplan (``overarching``) states
    goals and strategies and leaves the measures to a handlingsdel or to theme plans (pbl
    § 11-1); a planprogram or a planstrategi (``programme``) orders plans; a handlingsdel,
    handlingsplan, temaplan or action plan (``action``) carries measures of its own. The rules
    a plan of its type legitimately does not meet say so mildly (docs/rules/)."""

    kind: Literal["overarching", "programme", "action"] = Field(
        description="overarching (samfunnsdel, council plan), programme (planprogram, planstrategi) "
        "or action (handlingsplan, temaplan, action plan)"
    )
    term: str = Field(description="the type word as written: 'samfunnsdel', 'Council Plan'")
    evidence: str = Field(description="the text it stands in: the title or a line of the title page")
    where: Literal["title", "front"] = Field(
        description="'title' (the document's title) or 'front' (a heading or short line of its first pages)"
    )
    page: int | None = Field(None, description="page of the evidence")


class Plan(_Model):
    """The structured plan: the JSON contract of ``plancheck extract``."""

    schema_version: str = Field(SCHEMA_VERSION, description="version of this contract")
    source: SourceInfo = Field(description="the document read")
    title: str | None = Field(None, description="the plan's title, when found")
    plan_type: PlanType | None = Field(
        None, description="the kind of plan the document names itself (samfunnsdel, handlingsplan …) and where"
    )
    language: str = Field("nb", description="the document's language: nb, nn, sv, da or en")
    plan_period: PlanPeriod | None = Field(None, description="the years the plan covers, when stated")
    timeframe_key: TimeframeKey | None = Field(
        None, description="a key defining the plan's timeframe words ('Short term = by 30 September 2028')"
    )
    vision: Vision | None = Field(None, description="the vision statement")
    focus_areas: list[FocusArea] = Field(default_factory=_new_list, description="satsingsområder / focus areas")
    goals: list[Goal] = Field(default_factory=_new_list, description="the plan's goals")
    challenges: list[Challenge] = Field(default_factory=_new_list, description="challenges the plan names")
    strategies: list[Strategy] = Field(default_factory=_new_list, description="strategies, each with the goals it serves")
    measures: list[Measure] = Field(default_factory=_new_list, description="measures (tiltak, actions) with owners, deadlines and the goals they serve")
    indicators: list[Indicator] = Field(default_factory=_new_list, description="indicators with the goals they measure")
    sections: list[Section] = Field(default_factory=_new_list, description="the heading tree")
    passages: list[Passage] = Field(default_factory=_new_list, description="running text (paragraphs, list items), for draft checks and mandate matching")
    tables: list[Passage] = Field(
        default_factory=_new_list,
        description="every table as one passage (kind 'table'): the header row, then the cells "
        "row by row ('a | b' per line), with its section and first page; read by mandate "
        "matching, where a table answers a point asking for an overview",
    )
    comments: list[Provenance] = Field(default_factory=_new_list, description="comments and tracked changes left in a Word/OpenDocument draft")
    struck: list[Provenance] = Field(
        default_factory=_new_list,
        description="lines printed struck through in the document (deleted text: a revised plan's withdrawn "
        "rows), as read; no item of the plan",
    )

    amendments: list[Amendment] = Field(
        default_factory=_new_list,
        description="the amendments of a council decision adopting the plan with changes, applied to the "
        "draft printed with it: the items are the plan as adopted",
    )

    def item(self, item_id: str) -> Item | None:
        for group in (
            self.focus_areas,
            self.goals,
            self.challenges,
            self.strategies,
            self.measures,
            self.indicators,
        ):
            for it in group:
                if it.id == item_id:
                    return it
        if self.vision and self.vision.id == item_id:
            return self.vision
        return None


# --------------------------------------------------------------------------- checking


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class Finding(_Model):
    rule: str = Field(description="the rule id (`plancheck rules` lists them)")
    severity: Severity = Field(description="error, warning or info")
    message: str = Field(description="the message in the language checked in")
    node_id: str | None = Field(None, description="id of the plan item (or mandate point) it is about")
    page: int | None = Field(None, description="1-based PDF page, when known")
    page_label: str | None = Field(
        None,
        description="the page number printed on that page (the PDF's page labels, else the number in "
        "its margin: 's. 1' on the 3rd sheet after a cover and a contents page) where it is not `page`; "
        "null where they agree, nothing is printed, or the input is Word/OpenDocument. Filled by "
        "`plancheck.check` and the JSON report",
    )
    quote: str = Field("", description="the text it is about, as printed")
    location: str | None = Field(None, description="for Word/OpenDocument input: where in the document ('section 3, table 1, row 4')")
    fingerprint: str = Field("", description="stable hash used by suppressions and baselines")


class Evidence(_Model):
    page: int | None = Field(None, description="page of the passage in the plan")
    quote: str = Field(description="the passage, as printed")
    node_id: str | None = Field(None, description="id of the plan item it is, when it is one")
    score: float | None = Field(None, description="how well it answers (0–1)")


class CoverageStatus(str, Enum):
    covered = "covered"
    partial = "partial"
    uncovered = "uncovered"


class MandatePoint(_Model):
    id: str
    number: str | None = None
    text: str
    concerns: list[str] = Field(default_factory=_new_list)
    process: bool = Field(False, description="a point about the process, not the content")
    kind: Literal["content", "deliverable", "process"] = Field(
        "content",
        description="content: what the plan must say; deliverable: a part the plan must have "
        "(a handlingsdel, a chapter); process: how, when and with whom it is made",
    )
    page: int | None = None
    provenance: Provenance = Field(default_factory=_new_provenance)


def prose_requirement_number(number: str | None) -> bool:
    """Is ``number`` one of the tool's own ids S1, S2 … for a requirement found in a mandate's
    prose (``mandate.points``), not a number the mandate prints? Reports do not show it."""
    return bool(number) and number[0] == "S" and number[1:].isdigit()


class ConcernTrace(_Model):
    """``--explain``: what one concern of a point asked, how well the best passage answers
    it, and which of its words that passage lacks."""

    concern: str = Field(description="the concern, in the point's or goal's own words")
    score: float = Field(description="how well the best passage answers it (0–1)")
    page: int | None = Field(None, description="page of that passage")
    quote: str | None = Field(None, description="that passage")
    node_id: str | None = Field(None, description="id of the plan item it is, when it is one")
    missing_words: list[str] = Field(default_factory=_new_list, description="the concern's words the passage lacks")
    structural: list[str] = Field(
        default_factory=_new_list, description="plan parts asked for (goals, measures, owners, …)"
    )


class Coverage(_Model):
    id: str = Field(description="id of the mandate point")
    text: str = Field(description="the point as the mandate words it")
    number: str | None = Field(
        None,
        description="the point's number as printed in the mandate ('3', 'b'), or S1, S2 … for a "
        "requirement written in the mandate's prose",
    )
    page: int | None = Field(None, description="page of the point in the mandate (PDF mandates)")
    status: CoverageStatus = Field(description="covered, partial or uncovered")
    evidence: list[Evidence] = Field(default_factory=_new_list, description="the plan's passages that answer it")
    missing: list[str] = Field(default_factory=_new_list, description="the point's concerns left open, in its own words")
    kind: Literal["content", "deliverable", "process"] | None = Field(None, description="content, deliverable or process")
    explain: list[ConcernTrace] | None = Field(
        None, description="with --explain: the evidence per concern of the point"
    )


class ParentStatus(str, Enum):
    followed_up = "followed_up"
    partial = "partial"
    not_followed_up = "not_followed_up"


class ParentCoverage(_Model):
    """A goal of the parent plan (``--parent``) and how the child plan follows it up."""

    id: str = Field(description="id of the parent's goal")
    text: str = Field(description="the goal as the parent plan words it")
    page: int | None = Field(None, description="page of the goal in the parent plan")
    status: ParentStatus = Field(description="followed_up, partial or not_followed_up")
    evidence: list[Evidence] = Field(default_factory=_new_list, description="the child plan's passages that follow it up")
    served_by: list[str] = Field(
        default_factory=_new_list, description="ids of the child's goals, strategies and measures"
    )
    missing: list[str] = Field(default_factory=_new_list, description="the goal's concerns left open, in its own words")
    explain: list[ConcernTrace] | None = Field(
        None, description="with --explain: the evidence per concern of the goal"
    )


class ChildGoalLink(_Model):
    """A goal of the child plan and the parent goals it serves (none: it stands alone)."""

    id: str = Field(description="id of the child plan's goal")
    text: str = Field(description="the goal's text")
    page: int | None = Field(None, description="its page")
    serves: list[str] = Field(default_factory=_new_list, description="ids of the parent goals it serves; empty when it stands alone")


class Summary(_Model):
    errors: int = Field(0, description="findings of severity error")
    warnings: int = Field(0, description="findings of severity warning")
    infos: int = Field(0, description="findings of severity info")
    suppressed: int = Field(0, description="findings left out by a suppressed fingerprint")
    baselined: int = Field(0, description="findings left out as recorded in the baseline")
    goals: int = Field(0, description="goals in the plan")
    strategies: int = Field(0, description="strategies in the plan")
    measures: int = Field(0, description="measures in the plan")


class CheckResult(_Model):
    """The JSON contract of ``plancheck check``."""

    schema_version: str = Field(SCHEMA_VERSION, description="version of this contract")
    findings: list[Finding] = Field(default_factory=_new_list, description="the findings, in page order")
    summary: Summary = Field(default_factory=_new_summary, description="counts of findings and items")
    coverage: list[Coverage] | None = Field(None, description="with a mandate: one entry per point, else null")
    parent_coverage: list[ParentCoverage] | None = Field(None, description="with a parent plan: one entry per goal of the parent, else null")
    child_goals: list[ChildGoalLink] | None = Field(
        None, description="with --parent: each goal of the plan and the parent goals it serves"
    )
    plan: Plan = Field(description="the plan that was checked")
    #: the language the messages were written in (nb, nn, en), so that ``plancheck.render`` given
    #: no language labels the report in the messages' own; not part of the JSON contract
    _lang: str | None = PrivateAttr(default=None)
