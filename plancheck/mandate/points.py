"""Find the points of a mandate: numbered or bulleted lists under a mandate heading.

A mandate is a list under a heading like "Mandat", "Prosjektgruppas mandat", "Bestilling",
"Planprogram", "Oppdrag" or "Mandate", often inside a larger document (a council case, a slide
deck). Points may run over several lines; sub-bullets ("a) …", "– …") belong to the point above
them. An enumeration typed in running text ("Strategien skal 1) kartlegge …, 2) beskrive …")
is a list too, and requirements written in the prose ("Planen skal …", "Mulighederne for …
skal vurderes", "Der skal lægges vægt på …") are points of their own. Each point is split into
*concerns* (the things it asks for: "klima, folkehelse, beredskap og universell utforming" is
four) and flagged as a *process* point when it is about how the plan is made ("legges fram for
kommunestyret innen …", "høring for eldrerådet").
"""

from __future__ import annotations

import functools
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from plancheck import yamlfile
from plancheck.errors import InputError
from plancheck.lang.timewords import YEAR_RANGE_WORDS
from plancheck.lang.vocab import LANGS, alternation, evidence_words, lexicon_file, plain_words
from plancheck.mandate import words as W
from plancheck.mandate.tables import level_rows, number_column, point_rows, raci_rows
from plancheck.models import MandatePoint, Provenance, prose_requirement_number

# ----------------------------------------------------------------------------- lines


@dataclass
class Line:
    """One line of the mandate document, with what layout tells about it."""

    text: str
    page: int | None = None
    indent: float = 0.0
    size: float | None = None
    bold: bool = False
    heading: bool | None = None  # True/False when the source says; None when unknown
    gap: bool = False  # a blank line (or a wide vertical gap) before it
    run_in: str | None = None  # the bold label + colon that opens it ("Bestilling:"), no colon
    # the bold lead-in + full stop that opens it ("Jordvern." in "**Jordvern.** Konsekvensene
    # …"), without its stop: the topic its paragraph is about
    lead_in: str | None = None
    table: bool = False  # a row of a table of points read as a list item
    # what a table's row is by its table ("deliverable" under a header of deliverables,
    # "process" in a table of milestones), None when its words decide
    kind: str | None = None
    # how far the line reaches to the right, and the right edge of the page's text (PDF only):
    # a line ending well short of the edge was not wrapped, its sentence ends with it
    right: float | None = None
    edge: float | None = None
    first_width: float | None = None  # the width of its first word
    # a table row's owner cell ("Kultur- och fritidsnämnden" under "Ansvarig nämnd"), None
    # when its table names none
    owner: str | None = None
    # a table row's reporting cell ("Handlingsplan", "Nämnden oktober 2046" under
    # "Återrapportering"): where the task is to be answered, None when its table names none
    report: str | None = None
    # a row of a table of plans (a planstrategi's "Plan | … | Behov"): the plan it is
    # about, None for any other line
    plan_named: str | None = None
    # a Word second-level bullet printed as the letter "o" (letter_bullet_runs), its glyph
    # taken off: a sub-point of the point over it
    word_bullet: bool = False
    # does the line open with the letter "o" set off by a marker gap (the layout's reading of
    # the glyph, plancheck.layout.blocks.letter_o_marker)? None when no geometry is known (a
    # text source)
    o_marker: bool | None = None


@dataclass(frozen=True)
class PointSettings:
    """Tolerances of how points are found (the few that are not fixed by the form)."""

    # a first-level item that names a theme ("Økonomi og drift") is at most this long
    label_words: int = 8
    # a comment balloon's label stands right of this share of the page's width; the balloon
    # starts this many points left of its label (_without_comment_balloons)
    comment_margin_share: float = 0.55
    comment_edge_slack: float = 2.0
    # a ruled table going on over a page break under its repeated header: the rows after the
    # header are the table's rows before the break, read as one table (_join_broken_rows)
    continued_table_rows: bool = True
    # an unruled risk table (_unruled_grid): words on one row within this many points of
    # each other's top; a column's start matched within ``unruled_align`` points in this share
    # of its records; the table ends at a gap of this many line heights
    unruled_same_row: float = 1.5
    unruled_align: float = 1.5
    unruled_aligned_share: float = 0.5
    unruled_row_gap: float = 1.6
    # … and at a line of running text: no gap between its words wider than this share of the
    # font size (a word space is about a quarter; a table's gutter is wider)
    unruled_gutter: float = 0.6
    # a table drawn without rules whose first column numbers the rows (requirements.yaml
    # number_column) is read by its columns when its header holds at least this many short
    # cells (a decision log's "Nr | Datum | Ansvarig | Beslut | Status", a price schedule's
    # "Pos. | Ytelse | Eining | Mengd | Pris"); the row's other cells are then no part of its
    # point (session 44)
    numbered_unruled: bool = True
    numbered_unruled_cells: int = 3
    # a point rewording an earlier one by its number replaces it (amended_points)
    amended_points: bool = True
    # session 52 (m58read): a labelled paragraph asks or not by its whole text, not its first
    # line (_labelled_paragraph)
    labelled_paragraph_whole: bool = True
    # a review form's rows marked met / not met and the revisions coded by the deficient rows
    # (review_form_points); its rows are at least checklist_rows
    review_form: bool = True
    # the plan handed over by a date named in its definite form, no article
    # (_plan_delivered_definite)
    plan_delivered_definite: bool = True
    # … or within a period from an event ("within 60 days of …", _period_deadline)
    period_deadline: bool = True
    # a record's note of its body's next meeting asks nothing (_next_meeting)
    next_meeting: bool = True
    # the plan sent in the present by a date is a point of the prose (_handover_sent)
    handover_sent: bool = True
    # a negation inside a relative clause does not negate the doer's sentence (_main_clause_negated)
    relative_negation: bool = True
    # what the plan is to show, the plan after the verb ("… skal gå fram av planen", _shown_in_plan)
    shown_in_plan: bool = True
    # a cell's fill read as a traffic light (_traffic_light): the spread of its RGB values
    # (0–1) that makes it a colour at all, a channel strong / weak, amber's green at least,
    # green's red and blue at most
    light_saturation: float = 0.25
    light_strong: float = 0.7
    light_weak: float = 0.5
    light_amber_green: float = 0.5
    light_green_red: float = 0.65
    # a permission's lead-in naming its conditions stands at most this many lines above them
    # ("… subject to the following conditions." / "Conditions" / "1. …")
    condition_lead_lines: int = 3
    # a sub-point that asks by itself without an asking verb is a sentence of this many words
    sentence_words: int = 4
    # a heading is at most heading_words long; one set bold on a line of its own after a gap
    # ("Påbud 3 om instruktion i brug af ukrudtsbrændere og kemiske produkter", an authority's
    # decision titling each order) at most bold_heading_words
    heading_words: int = 10
    bold_heading_words: int = 14
    # a bold run-in label ("Bestilling:", "Krav til planen:") is at most this long
    run_in_words: int = 4
    # a task table's header cell has at most this many words ("Återrapportering", "Ansvarig
    # nämnd"): a header row of such cells may name its column of orders ("Uppdrag")
    order_header_words: int = 3
    # an enumeration in running text ("Strategien skal 1) kartlegge …, 2) beskrive …") has at
    # least this many markers inside its lines, and every item this many words
    inline_items: int = 2
    inline_item_words: int = 2
    # a line at a page break set this many points smaller than the body is a running header or
    # footer (the type of page furniture), not text of the mandate
    furniture_smaller: float = 1.0
    # a running header or footer stands among the first or last this many lines of a page: a
    # line repeated in the body (a list printed again in a vedtak) is no furniture
    furniture_lines: int = 4
    # a list of at least this many questions is asked of the work beside the mandate's list
    question_items: int = 2
    # a bulleted list whose items are mostly requests (at least this share of its bullets, and
    # this many) holds facts between them: a whole sentence of it that asks nothing, of at
    # least told_min_words words, tells (told_items)
    told_list_share: float = 0.6
    told_list_min: int = 3
    told_min_words: int = 4
    # paragraphs that each open with a bold topic and a full stop ("**Jordvern.** …") are a
    # list of points when at least this many of them stand one after another and ask
    lead_in_paragraphs: int = 2
    # a mandate without a list whose paragraphs each open with one subject and modal
    # ("Projektledaren ska …", "The consultant will …") is a list of points when at least this
    # many paragraphs open so; the subject before the modal is at most this many words
    modal_paragraphs: int = 3
    modal_subject_words: int = 2
    # Word's second-level bullet printed as the letter "o" (letter_bullet_runs): at least this
    # many such lines in a run, indented at least this many points deeper than the line over it
    letter_bullet_items: int = 2
    letter_bullet_indent: float = 6.0
    # the one a prose mandate orders to make the plan ("Arbejdsgruppen skal udarbejde et forslag
    # til en demenshandleplan"), named again as the subject of a modal ("Gruppen skal beskrive
    # …", a pronoun after it: "Den skal komme med forslag til …"), is asked as the plan is
    # (prose_requirements, orderee_asks); the name again: at least this many letters of its end
    # (False: off)
    orderee_asks: bool = True
    orderee_tail_letters: int = 5
    # a consulting body's request for a state of things ("Ungdomsrådet ber om at skatehallen kan
    # bestilles på telefon") asks when its clause has at least this many words (a clause of
    # three, "at dette følges opp", names no thing the plan can answer); the addressee asked
    # by name ("Vi ber kommunen vurdere …") needs one word fewer after the verb
    request_clause_words: int = 4
    # the space before a word, as a share of the type size (a word fits on a line when the
    # room left is wider than the word and this space)
    word_space: float = 0.5
    # a bullet drawn as a shape (Chromium prints a list's discs as small filled paths, no
    # glyph in the text): a filled shape at most this wide and high, its right edge at most
    # ``drawn_bullet_gap`` points left of the line's first word, its middle inside the line
    drawn_bullet_size: float = 7.0
    drawn_bullet_gap: float = 24.0
    # an e-mail header block ("Fra: / Sendt: / Til: / Emne:") has at least this many lines
    mail_header_lines: int = 3
    # a numbered heading ("2. Scope", "1 Vegnett") is set at least this many points larger than
    # the body, or bold at the body's size or more, and its title is at most this many words
    # with no sentence end
    heading_larger: float = 1.5
    heading_words: int = 8
    # a dash or bullet opening a line set this many points larger than the body opens a title's
    # second line ("Kommunedelplan for X / – uttalelse til offentlig ettersyn"), no list item:
    # a list is set in the body's type, a title in display type
    title_dash_larger: float = 4.0
    # a heading's second line stands at its indent within this many points
    heading_indent: float = 1.0
    # a title word matches its inflected forms when all but this many of its last letters
    # open the text's word ("näridrottsplatser" in "näridrottsplatserna")
    title_suffix: int = 2
    # items coded "D1", "D2" … without a bracket are a list when at least this many follow
    # one another
    coded_items: int = 3
    # a list item that is the lead-in of its sub-points ("3. Planen skal særlig beskrive:"): the
    # plan as subject and a modal in at most this many words, ending in a colon
    plan_lead_words: int = 8
    # a decision's heading with the body and the date after its word ("Beslutning i Byrådet den
    # 24.04.2047"): at most this many words after it
    decision_heading_words: int = 7
    # a resolution taking a report as read ("That the report be noted.") is at most this long
    noting_words: int = 12
    # … and its sub-points are points when they average at least this many words (topics of
    # their own: "tilbod til eldre med demens"); shorter ones are the item's parts
    lead_sub_words: int = 4
    # blocks opened by one label word and their number ("Forslag 2 · …"), cited by number in
    # a decision: at least this many of them
    numbered_blocks: int = 3
    # a table of plans (planstrategi) has at least this many rows of plans under its header
    plan_list_rows: int = 2
    # an item closed by a relative clause of what the ordered thing is to contain ("…, which
    # should include as a minimum:"): at most this many words between the pronoun and the verb
    # of containing, and after the verb before the colon
    relative_contains_gap: int = 3
    relative_contains_tail: int = 4
    # a list printed twice (innstilling, then vedtak): the share of the earlier print's points
    # that come again, number and text, in the later one
    reprint_share: float = 0.6
    # a form's row (label | value, the label bold in its own column): a bold label of at most
    # ``run_in_words`` words, then a gap at least this many type sizes wide before the value
    form_label_gap: float = 2.0
    # complement clauses on lines of their own after a decision's lead-in ("Bestyrelsen vedtog,"
    # / "at planen …," / "at der …,"): a list when at least this many follow one another
    clause_items: int = 3
    # an amendment's outcome ("the amendment was CARRIED", "… was LOST") is told within this
    # many sentences after it
    amendment_outcome_sentences: int = 2
    # a sentence whose modal governs a series of clauses set apart by semicolons ("Planen
    # skal kartleggje …; gje …; vurdere …; og gjere greie for …") is a list of points when it
    # has at least this many clauses and this share of them open with an asking verb
    semicolon_items: int = 3
    semicolon_verb_share: float = 0.75
    # a sentence of references to the list's points by label ("Planen skal omfatte punkta a, b, d
    # og f i forslaget. Punkt c og e blir ikkje tekne til følgje.") selects among them: it is
    # no point, and the points it drops are none (selected_points; requirements.yaml
    # point_reference, selection_dropped)
    point_selection: bool = True
    # an agreement's numbered paragraphs with a definition of the plan ('"Paving Plan"
    # means the City's plan …'): when the list has at least this many paragraphs and at most
    # this share of them name the defined plan, only those that bind the plan are points
    # (defined_plan_paragraphs)
    agreement_min_paragraphs: int = 8
    agreement_plan_share: float = 0.5
    # a board of cards (board_columns): columns are rounded boxes of one width and level tops
    # within ``board_slack`` points, at least ``board_min_columns`` side by side; a card is a box
    # inside a column at least ``card_width_share`` of its width
    board_slack: float = 2.0
    board_min_columns: int = 2
    card_width_share: float = 0.85
    # a line at least this many points smaller than the line under it, which opens with a
    # capital, is a paragraph of its own: a comment's byline over its text (_paragraphs)
    byline_size_step: float = 0.5
    # a checklist read by lines ("2.3 Trapper Avvik Rekkverket er løst …"): a run of at least
    # ``checklist_rows`` items, each with its assessment mark among its first
    # ``checklist_mark_words`` words after the number (checklist_marked)
    checklist_rows: int = 3
    checklist_mark_words: int = 4
    # session 52 (m57read's readers, each its own switch; docs/mandate.md "Session 52"):
    # a series numbered "1.redovisa …" (number, stop, a lower-case word glued on) as
    # glued_label_runs reads "a)gje …" (glued_stop_runs)
    glued_stop_runs: bool = True
    # a numbered series (decimal_runs, glued_label_runs) goes on over a page break inside an
    # item's sentence (series_over_page_break)
    series_over_page_break: bool = True
    # beside a list asked for, a list of whole sentences that tell (told_run) asks nothing,
    # nor goes on under a later lead-in (told_lists); a list under a lead-in sentence that
    # tells ("Dette omfattar blant anna:", told_lead_in) neither (told_lead_ins)
    told_lists: bool = True
    told_lead_ins: bool = True
    # a heading straight over items is no lead-in whose sentence goes on into them
    # (_continuation_lead_in)
    heading_no_lead_in: bool = True
    # recommendations labelled with their addressee ("Recommendation 3 (Tenancy Services)"):
    # only those to the plan's owner and to every body are points (addressed_paragraphs)
    addressed_recommendations: bool = True


POINT_SETTINGS = PointSettings()

# General words of how mandates are written, per language (requirements.yaml).
REQUIREMENT_WORDS: dict[str, dict[str, list[str]]] = yamlfile.safe_load(
    (Path(__file__).with_name("requirements.yaml")).read_text(encoding="utf-8")
)


def _words(*keys: str) -> list[str]:
    """The words of ``keys`` in every language, longest first (so a phrase wins over its word)."""
    return sorted(
        {w for key in keys for ws in REQUIREMENT_WORDS[key].values() for w in ws},
        key=len,
        reverse=True,
    )


def _alt(key: str) -> str:
    """The words of ``key`` as one alternation, longest first, any space between their words."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in _words(key))


MANDATE_HEAD = re.compile(r"\b(" + _alt("mandate_heading") + r")\b", re.IGNORECASE)
# "Utredningen omfattar inte:", "Out of scope": a lead-in or heading over what the work does
# not cover (requirements.yaml: exclusion_lead); its items are no points
EXCLUSION_RE = re.compile(r"\b(" + _alt("exclusion_lead") + r")\b", re.IGNORECASE)
# a multilevel list's sub-levels as Word and typists print them: "1.a", "1.a)", "1a)", "1 a)",
# "1a" before a space (a lower-case letter glued to the number: "1a gjere greie for …"),
# and "1.1" with no stop when a capital follows (a decimal number opening a wrapped line,
# "17.5 prosent", is no label). A label glued to its text ("10.Ivareta", "1.aBeskrive": the
# tab read away) counts before a capitalised word only ("1.juni" is a date)
NUMBER_RE = re.compile(
    r"^(?P<label>(?:\d{1,2}\.[a-zæøå][.)]?)|(?:\d{1,2} ?[a-zæøå]\))|(?:\d{1,2}(?-i:[a-zæøå])(?=[ \t]))"
    r"|(?:\d{1,2}(?:\.\d{1,2})+(?=\s+(?-i:[A-ZÆØÅÄÖ])))|(?:\d{1,2}(?:\.\d{1,2})*[.)])|(?:[a-zæøå][.)])|(?:\((?:\d{1,2}|[a-zæøå]|[ivx]{1,4})\))"
    r"|(?:[ivx]{1,4}[.)]))(?:\s+|(?<=\d[.)])(?-i:(?=[A-ZÆØÅÄÖ][a-zæøåäö]))"
    r"|(?<=\d\.[a-zæøå])(?-i:(?=[A-ZÆØÅÄÖ][a-zæøåäö])))(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# typed and symbol bullets; the boxes of a checklist ("☐ En kartläggning …", a form's tick
# boxes ☐ ☑ ☒ ❑) mark its items as a bullet does
BULLET_RE = re.compile(
    r"^(?P<label>[-•*–·▪◦‣○●■□➢✓✔☐☑☒❑❒\uf0b7\uf0a7\uf0d8\uf0fc\u2022\u2013]|\(cid:\d{1,4}\))\s*(?P<rest>\S.*)$"
)
# "Pkt. 1⇥Kartleggje …", "Punkt 2: Beskrive …", "Item 3 Describe …": a number typed after a
# word for "point" (requirements.yaml: point_marker). A word ending in a full stop may touch the
# number; the point's text opens with a capital, or a stop, colon, bracket, tab or wide space
# sets it apart from the number ("Punkt 3 i vedtaket …" is a sentence, not a point)
WORD_NUMBER_RE = re.compile(
    r"^(?i:" + "|".join(re.escape(w) for w in _words("point_marker")) + r")(?:(?<=\.)[ \t]*|[ \t]+)"
    r"(?P<number>\d{1,2})(?P<sep>[.:)]?(?:\t|\s{2,}|\s+(?=[A-ZÆØÅÄÖ])|(?<=[.:)])\s*))"
    r"(?P<rest>\S.*)$"
)
# a table row's reference code as its marker ("D1) …", "M4) …": a terms of reference numbers
# its deliverables and milestones with a letter and a number); a closing bracket only, so a
# sentence opening with a road or grid code ("E6 går …") is no item
CODE_RE = re.compile(r"^(?P<label>[A-ZÆØÅ]{1,3}[-.]?\d{1,2}\))\s+(?P<rest>\S.*)$")
# … and typed without the bracket ("O1⇥Set a target …", "D2 Prepare …": objectives and
# deliverables numbered by a letter and a number, the tab read as a space): an item only when
# its text opens with a point verb (VERB_START) or is a question, so "E6 går gjennom …" stays
# a sentence
TYPED_CODE_RE = re.compile(r"^(?P<label>[A-ZÆØÅ]{1,2}\d{1,2})(?:\t|\s+)(?P<rest>(?-i:[A-ZÆØÅÄÖ])\S*.*)$")
# a line opening with a code in any typed form ("L1⇥kartlegger …", "A.1 beskriver …", "K-1 …",
# "M1: Kartlegge …"): a letter (or two, three), a stop or a hyphen perhaps, a number, a colon or
# a stop perhaps; an item only in a run of such lines numbered 1, 2, 3 … in turn (coded_runs)
CODE_LINE_RE = re.compile(
    r"^(?P<letter>[A-ZÆØÅ]{1,3})(?P<sep>[-.]?)(?P<num>\d{1,2})(?P<end>[:.]?)(?:\t|\s+)(?P<rest>\S.*)$"
)
# a line opening with a run of dashes ("-----Original Message-----", "--- Forwarded ---") is a
# rule drawn in type, not a bullet
RULE_RE = re.compile(r"^[-–—_=]{2,}")
PAGE_NO_RE = re.compile(r"^(side|page|s\.)?\s*\d{1,3}(\s*(av|of|/)\s*\d{1,3})?$", re.IGNORECASE)
VERB_START = re.compile(
    r"^(" + "|".join(re.escape(w) for w in _words("point_verb")) + r")\b", re.IGNORECASE
)


def _dated_item_re() -> re.Pattern[str]:
    """A milestone line of a procesplan: a date, a dash, the milestone ("15. januar 2038 –
    Kortlægning … er afsluttet", "15.januar 2038 – …", "1.3.2038 – …", "1 March 2038 – …")."""
    from plancheck.lang.timewords import MONTHS

    month = "|".join(sorted(MONTHS, key=len, reverse=True))
    date = (
        # a day's number before its month with a stop and a space, a stop alone ("15.januar
        # 2038", as typed) or a space alone
        r"(?:\d{1,2}(?:\.\s*|\s+)(?:" + month + r")\s+(?:19|20)\d\d"
        r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:" + month + r")\s+(?:19|20)\d\d)"
    )
    return re.compile(r"^(?P<label>" + date + r")\s*[–—-]\s+(?P<rest>\S.*)$", re.IGNORECASE)


def _date_tail_re() -> re.Pattern[str]:
    """A month's name and a year ("mars 2046", "december 2045"): what follows a day's number
    and its stop in a date."""
    from plancheck.lang.timewords import MONTHS

    month = "|".join(sorted(MONTHS, key=len, reverse=True))
    return re.compile(r"^(?:" + month + r")\s+(?:19|20)\d\d\b", re.IGNORECASE)


DATE_TAIL_RE = _date_tail_re()
# a timetable line's dated label: up to five words ending in a year, then a colon ("April
# 2052:", "June–July 2052:", "By 30 September 2052:", "Høsten 2052:")
DATE_LABEL_RE = re.compile(r"^(?:[\w.–-]+\s+){0,4}?(?:19|20)\d\d\s*:\s+\S")


# "15. januar 2038 – Kortlægning …": the day's number is no list marker; the line is an item
# dated by its milestone, the date no part of its text (numbered by position, as bullets)
DATED_ITEM_RE = _dated_item_re()


def _marker(text: str) -> tuple[str, str, str] | None:
    """(kind, label, rest) for a list item line, kind one of number/letter/bullet."""
    t = text.strip()
    m = DATED_ITEM_RE.match(t)
    if m:
        return "bullet", m.group("label"), m.group("rest")
    m = WORD_NUMBER_RE.match(t)
    if m:
        return "number", m.group("number") + ".", m.group("rest")
    m = CODE_RE.match(t)
    if m:
        return "number", m.group("label"), m.group("rest")
    m = TYPED_CODE_RE.match(t)
    # a point verb first, or a question ("Q3⇥Who maintains the bridges?": questions coded so)
    if m and (VERB_START.match(m.group("rest")) or m.group("rest").rstrip().endswith("?")):
        return "number", m.group("label") + ")", m.group("rest")
    m = NUMBER_RE.match(t)
    if m and m.group("label").endswith(".") and DATE_TAIL_RE.match(m.group("rest")):
        # "1. april 2050." opening a line: a date whose day was wrapped from the sentence
        # above ("… innen" / "1. april 2050."), not an item numbered 1
        return None
    if m:
        label = m.group("label")
        core = label.strip("().")
        if core.isdigit() or re.fullmatch(r"\d+(\.\d+)*", core):
            kind = "number"
        elif re.fullmatch(r"[ivx]+", core, re.IGNORECASE) and len(core) > 1:
            kind = "roman"
        else:
            kind = "letter"
        return kind, label, m.group("rest")
    m = BULLET_RE.match(t)
    if m and not RULE_RE.match(t):
        return "bullet", m.group("label"), m.group("rest")
    return None


def _heading_styled(line: Line, body: float | None) -> bool:
    """``line`` is set as a heading against the body's type size ``body``: clearly larger, or
    bold at the body's size or more (False when either size is unknown)."""
    if line.size is None or body is None:
        return False
    return line.size >= body + POINT_SETTINGS.heading_larger or (line.bold and line.size >= body)


def _heading_title(rest: str) -> bool:
    """``rest``, a numbered line's text after its number, is short enough for a heading's title
    and no sentence or clause (no closing punctuation)."""
    return len(rest.split()) <= POINT_SETTINGS.heading_words and not rest.endswith((".", ",", ";", ":"))


def numbered_heading(line: Line, body_size: float | None) -> bool:
    """ "2. Scope" set larger or bold than the body: a numbered section heading, not a point."""
    mk = _marker(line.text.strip())
    if mk is None or mk[0] != "number":
        return False
    return _heading_title(mk[2].strip()) and _heading_styled(line, body_size)


def _item_marker(line: Line, body_size: float | None) -> tuple[str, str, str] | None:
    """The list marker opening ``line``, None for a numbered heading and for a dash in a
    title's display type (PointSettings.title_dash_larger)."""
    if numbered_heading(line, body_size):
        return None
    mk = _marker(line.text)
    if (
        mk is not None
        and mk[0] == "bullet"
        and line.size is not None
        and body_size is not None
        and line.size >= body_size + POINT_SETTINGS.title_dash_larger
    ):
        return None
    return mk


def _looks_like_heading(line: Line, body_size: float | None) -> bool:
    if line.heading is not None:
        return line.heading
    if numbered_heading(line, body_size):
        return True
    t = line.text.strip()
    if not t or _marker(t) or len(t.split()) > POINT_SETTINGS.bold_heading_words:
        return False
    if t.endswith((".", ",", ";", ":")) or t[0].islower():
        return False
    if len(t.split()) > POINT_SETTINGS.heading_words:
        # "Påbud 3 om instruktion i brug af ukrudtsbrændere og kemiske produkter": a long
        # heading is one only set bold on a line of its own, after a gap
        return bool(line.bold and line.gap)
    if line.size and body_size and line.size >= body_size + 1.5:
        return True
    if line.bold:
        return True
    if line.size is None:  # plain text: a short line standing alone
        return line.gap and not VERB_START.match(t)
    return False


def _is_mandate_heading(line: Line, body_size: float | None) -> bool:
    t = line.text.strip()
    if not MANDATE_HEAD.search(t) or _marker(t) or EXCLUSION_RE.search(t):
        return False
    if _looks_like_heading(line, body_size):
        return True
    # a lead-in: "Prosjektgruppa får følgende mandat:"
    return t.endswith(":") and len(t.split()) <= 14


# ----------------------------------------------------------------------------- reading


def _lines_from_text(text: str, page: int | None = None) -> list[Line]:
    out: list[Line] = []
    gap = True
    underline = re.compile(r"^\s*(=+|-{3,})\s*$")
    for raw in text.splitlines():
        if not raw.strip():
            gap = True
            continue
        if underline.match(raw) and out:  # setext heading
            out[-1].heading = True
            gap = True
            continue
        expanded = raw.replace("\t", "    ")
        indent = len(expanded) - len(expanded.lstrip())
        t = expanded.strip()
        heading: bool | None = None
        bold = False
        m = re.match(r"^(#{1,6})\s+(.*)$", t)
        if m:
            t, heading = m.group(2).strip().strip("#").strip(), True
        elif re.fullmatch(r"\*\*[^*]+\*\*:?", t):
            t, bold = t.replace("*", ""), True
        elif m2 := re.match(r"^\*\*([^*]{1,80})\*\*(.+)$", t):
            # "**Bestilling:** Kortlægge …": a bold run-in label
            parts = [(m2.group(1), True), (m2.group(2), False)]
            run_in = run_in_label(parts)
            t = (m2.group(1) + m2.group(2)).strip()
            out.append(
                Line(t, page, float(indent), None, False, heading, gap, run_in, lead_in_label(parts))
            )
            gap = False
            continue
        elif t.startswith(("* ", "+ ")):
            t = "- " + t[2:]
        out.append(Line(t, page, float(indent), None, bold, heading, gap))
        gap = False
    return out


def without_note_refs(row: list[dict]) -> list[dict]:
    """A row of pdfplumber words (left to right) without its note references: a number of at
    most ``note_ref_max_digits`` digits set small and raised right after a word, with no space
    between, as the layout layer takes them out of a plan's lines (layout/furniture.py
    drop_note_refs, the same settings). Why: glued to the word before, a mandate point's
    note number would change its words ("… kept or closed²" read "closed2", "Act 1999¹" read
    "Act 19991")."""
    from plancheck.layout.settings import DEFAULT as LAYOUT

    if len(row) < 2:
        return row
    size = max(w["size"] for w in row)
    bottom = max(w["bottom"] for w in row)
    out = [row[0]]
    for w in row[1:]:
        prev = out[-1]
        if (
            w["text"].isdigit()
            and len(w["text"]) <= LAYOUT.note_ref_max_digits
            and w["size"] <= LAYOUT.footnote_marker_ratio * size
            and w["bottom"] <= bottom - LAYOUT.footnote_raise_ratio * size
            and w["x0"] - prev["x1"] <= LAYOUT.note_ref_gap_ratio * size
        ):
            continue
        out.append(w)
    return out


# "servicetorget , på": the space a struck word left before a comma or a stop
_STRUCK_GAP_RE = re.compile(r"(?<=\w) +([,;.:])(?= |$)")


def _without_struck(page):
    """The pdfplumber ``page`` without the characters struck through (the layout layer's
    :func:`plancheck.layout.strike.split_struck` on its thin horizontal rules). Why: a mandate
    printed with its amendments shown as tracked changes strikes the deleted words and point
    through and underlines the inserted ones; the text layer holds both, run together
    ("frivilligsentralenpensjonistforeningene"). The mandate says what it says with the changes
    made, as the plan reader already reads a plan."""
    from plancheck.layout.chars import Char
    from plancheck.layout.strike import split_struck

    shapes = [(o["x0"], o["top"], o["x1"], o["bottom"]) for o in [*page.lines, *page.rects]]
    if not shapes or not page.chars:
        return page
    chars = [Char(c["text"], c["x0"], c["top"], c["x1"], c["bottom"], c.get("size") or 0.0) for c in page.chars]
    _kept, struck = split_struck(chars, shapes)
    if not struck:
        return page
    gone = {(c.x0, c.top, c.text) for c in struck}
    return page.filter(
        lambda o: o.get("object_type") != "char" or (o["x0"], o["top"], o["text"]) not in gone
    )


_COMMENT_LABEL_RE = re.compile(r"^(?:" + _alt("comment_label") + r")$", re.IGNORECASE)
_COMMENT_TAG_RE = re.compile(r"^\[[^\W\d_]{1,4}\d{1,3}\]:$")  # "[IB2]:", a reviewer's initials and number
_COMMENT_TAG_IN_TEXT = re.compile(r"\[[^\W\d_]{1,4}\d{1,3}\]:")


def _without_comment_balloons(page, s: PointSettings = POINT_SETTINGS):
    """The pdfplumber ``page`` without the reviewers' comments printed in balloons in its right
    margin: the words from the left edge of the leftmost comment label ("Kommentert [IB2]:",
    requirements.yaml ``comment_label`` and a tag of initials and a number) rightwards, when
    that label stands in the right ``1 - comment_margin_share`` of the page. Why: a mandate
    printed with its markup shows the comments beside the text, level with the lines they
    annotate, and a line read across the page ran the comment into the point ("… innen
    1. desember Kommentert [IB2]: Fristen flyttet …"). Word narrows the text to leave the
    margin to the balloons, so nothing of the mandate's own stands right of the label."""
    if not _COMMENT_TAG_IN_TEXT.search("".join(c["text"] for c in page.chars)):
        return page  # (no tag on the page: no second reading of its words)
    words = page.extract_words()
    lefts = [
        a["x0"] for a, b in itertools.pairwise(words)
        if _COMMENT_LABEL_RE.match(a["text"]) and _COMMENT_TAG_RE.match(b["text"])
        and abs(a["top"] - b["top"]) < 2 and a["x0"] > s.comment_margin_share * float(page.width)
    ]
    if not lefts:
        return page
    edge = min(lefts) - s.comment_edge_slack
    return page.filter(lambda o: o.get("object_type") != "char" or o["x0"] < edge)


def _rounded_panels(page) -> list[tuple[float, float, float, float]]:
    """The filled boxes with rounded corners a browser draws as curves (CSS ``border-radius``,
    :func:`plancheck.layout.tables.rounded_box`) on a pdfplumber ``page``, each once."""
    from plancheck.layout.tables import rounded_box

    out: list[tuple[float, float, float, float]] = []
    for c in getattr(page, "curves", None) or []:
        box = (float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"]))
        if not (c.get("fill") and rounded_box(c)):
            continue
        if not any(all(abs(a - b) < 0.5 for a, b in zip(box, o, strict=True)) for o in out):
            out.append(box)
    return out


def _box_in(inner: tuple[float, ...], outer: tuple[float, ...], slack: float) -> bool:
    """Does ``inner`` lie inside ``outer`` (within ``slack``, the layout's test), and is it another box?"""
    from plancheck.layout.boxes import box_within

    return inner != outer and box_within(inner, outer, slack)


_Box = tuple[float, float, float, float]


def board_columns(boxes: list[_Box], s: PointSettings = POINT_SETTINGS) -> list[tuple[_Box, list[_Box]]]:
    """The columns of a board of cards (a kanban board, a task planner's buckets printed from
    the browser) among the drawn ``boxes``, left to right, each with its cards top down: the
    columns are outermost boxes of one width whose tops are level (``board_slack``), at least
    ``board_min_columns`` side by side, one of them holding a card at least; a card is a box
    inside a column at least ``card_width_share`` of its width (a label's pill is none), not
    inside another card. [] when the page has no such board."""
    m = s.board_slack
    outer = [b for b in boxes if not any(_box_in(b, o, m) for o in boxes)]
    best: list[_Box] = []
    for a in outer:
        row = sorted(
            (b for b in outer if abs((b[2] - b[0]) - (a[2] - a[0])) <= m and abs(b[1] - a[1]) <= m),
            key=lambda b: b[0],
        )
        if all(x[2] <= y[0] for x, y in itertools.pairwise(row)) and len(row) > len(best):
            best = row
    if len(best) < s.board_min_columns:
        return []
    out = []
    for col in best:
        cards = [b for b in boxes if _box_in(b, col, m) and (b[2] - b[0]) >= s.card_width_share * (col[2] - col[0])]
        cards = [c for c in cards if not any(_box_in(c, o, m) for o in cards)]
        out.append((col, sorted(cards, key=lambda b: b[1])))
    return out if any(cards for _col, cards in out) else []


def _card_title(words: list[dict]) -> list[dict]:
    """The title of a card: its bold words in the largest type among them (a card's label
    pills, due date, avatars and counts are set smaller and not in bold); [] for a card whose
    title is gone (a done card, struck through)."""
    bold = [w for w in words if "bold" in w["fontname"].lower()]
    if not bold:
        return []
    size = max(w["size"] for w in bold)
    return [w for w in bold if abs(w["size"] - size) < 0.3]


def board_words(page, words: list[dict], s: PointSettings = POINT_SETTINGS) -> tuple[list[dict], list[dict]]:
    """The words of a page read as a board of cards (:func:`board_columns`): each card one
    word of its own, "• " and its title (its lines joined), at the card's place, its other words
    (label pills, due date, avatars, counts) gone, so that the cards of a column are the items of
    a list under the column's heading. When a column's heading (its words above its first card)
    names the plan and is not negated ("Must be in the plan" beside "To be clarified", "Not in
    the plan", "Done"), the cards of the other columns are no text of the mandate: the board
    puts them out of the plan, or not yet in it. Returns (the words, the columns as rectangles
    for the reader of text columns).

    Why: printed from the browser, a board's cards stand side by side column by column; read
    line by line across the page the first lines of four cards ran together, and a card's label,
    due date and avatars were read as lines of its text ("15.04. · ☑ 1/3 EH")."""
    board = board_columns(_rounded_panels(page), s)
    if not board:
        return words, []
    m = s.board_slack
    plan_re = _names_plan_re()

    def heading(col: _Box, cards: list[_Box]) -> str:
        top = cards[0][1] if cards else col[3]
        held = [w for w in words if _box_in((w["x0"], w["top"], w["x1"], w["bottom"]), (col[0], col[1], col[2], top), m)]
        return " ".join(w["text"] for w in sorted(held, key=lambda w: (round(w["top"]), w["x0"])))

    heads = [heading(c, cards) for c, cards in board]
    scoped = [bool(plan_re.search(h)) and not _NEGATION_RE.search(h) for h in heads]
    keep = scoped if any(scoped) else [True] * len(board)
    out = list(words)
    for (col, cards), kept, head in zip(board, keep, heads, strict=True):
        for card in cards:
            inside = [w for w in out if _box_in((w["x0"], w["top"], w["x1"], w["bottom"]), card, m)]
            if not inside:
                continue
            out = [w for w in out if not any(w is i for i in inside)]
            title = sorted(_card_title(inside), key=lambda w: (round(w["top"]), w["x0"]))
            if not title or not kept:
                continue
            word = dict(title[0])
            word.update(
                text="• " + " ".join(w["text"] for w in title),
                x1=max(w["x1"] for w in title),
                bottom=max(w["bottom"] for w in title),
                # the column it stands in, and whether that column has its heading on this
                # page (a column with none goes on from the page before: _board_carried_over)
                board_column=col[0],
                board_headless=not head,
            )
            out.append(word)
    return out, [{"x0": c[0], "top": c[1], "x1": c[2], "bottom": c[3]} for c, _cards in board]


def _lines_from_pdf(path: Path, password: str | None = None) -> list[Line]:
    from plancheck.ingest.pdf import open_pdf
    from plancheck.layout.blocks import letter_o_marker

    pdf = open_pdf(path, password)  # or one InputError saying what is wrong, as for a plan
    lines: list[Line] = []
    with pdf:
        moved: set[int] = set()  # pages whose table's rows went on with the page before's
        grids = _join_broken_rows([_pdf_table_grids(page) for page in pdf.pages], moved)
        acted = _ActedLevels(pdf.pages)
        cards_read: list[tuple[int, float, bool, Line]] = []  # a board's cards (board_words)
        for pno, page in enumerate(pdf.pages, start=1):
            printed = page
            page = _without_struck(page)  # deleted text shown struck through
            # a word struck out before a comma leaves the comma a word of its own
            struck_out = page is not printed
            page = _without_comment_balloons(page)  # a reviewer's comments in the margin
            words = page.extract_words(extra_attrs=["size", "fontname"], use_text_flow=True)
            words, board_rects = board_words(page, words)
            # (a header drawn alone, its body ruled between the rows only, is no table yet;
            # a header repeated over the rows the page before's table goes on with is one)
            if not any(
                len(g[1][0]) >= 2 and (len(g[1]) >= 2 or (pno - 1) in moved) for g in grids[pno - 1] if g[1]
            ) and any(
                _LEVEL_HEADER_WORD_RE.search(w["text"])
                or _PLAN_LIST_COLUMN_RE.match(w["text"])
                or (POINT_SETTINGS.numbered_unruled and _NUMBER_COLUMN_RE.match(w["text"]))
                for w in words
            ):
                # (a column of filled cells alone, a risk level's colours, is no table)
                # a risk table drawn without rules: its columns from the header's alignment
                unruled = _unruled_grid(page)
                if unruled is not None:
                    grids[pno - 1] = [unruled]
            # text columns (a brochure's two columns, the list running from the foot of one to
            # the top of the next; boxes side by side on a page) read one after the other, as the
            # layout reads them; a page of one column, or with a table of points, row by row
            # across the page as before
            tables = _pdf_point_tables(grids[pno - 1], pno, acted)
            # the rows under the repeated header were read with the table on the page before:
            # when that table gave points, their lines here are no text of their own
            if (
                (pno - 1) in moved
                and grids[pno - 2]
                and grids[pno - 1]
                and _pdf_point_tables(grids[pno - 2][-1:], pno - 1, acted)
            ):
                (_x0, top, _x1, bottom), _rows = grids[pno - 1][0]
                tables.append((top, bottom, []))
            groups = _column_groups(words, page.width, [*page.rects, *board_rects]) if not tables else [words]
            ordered: list[list[dict]] = []
            group_of: dict[int, int] = {}
            for g, group in enumerate(groups):
                rows: list[list[dict]] = []
                spans: list[tuple[float, float]] = []
                for w in sorted(group, key=lambda w: (w["top"], w["x0"])):
                    mid = (w["top"] + w["bottom"]) / 2
                    for k, (top, bottom) in enumerate(spans):
                        if top - 0.5 <= mid <= bottom + 0.5:
                            rows[k].append(w)
                            spans[k] = (min(top, w["top"]), max(bottom, w["bottom"]))
                            break
                    else:
                        rows.append([w])
                        spans.append((w["top"], w["bottom"]))
                for row in sorted(rows, key=lambda r: r[0]["top"]):
                    group_of[id(row)] = g
                    ordered.append(row)
            # each column's indents measured from its own left edge (set onto the first column's):
            # an item at the top of the right column is at the level of the items before it
            lefts = [min((w["x0"] for w in group), default=0.0) for group in groups]
            shift = {g: (left - min(lefts) if len(groups) > 1 else 0.0) for g, left in enumerate(lefts)}
            discs = _drawn_bullets(page)
            prev_bottom = None
            line_group: dict[int, int] = {}  # id of each line made on this page → its column
            last_group = 0
            for row in ordered:
                g = group_of.get(id(row), 0)  # (a form's label split below rebinds ``row``)
                if g != last_group:
                    # the next column starts above where the last one ended: a block of its own
                    last_group, prev_bottom = g, None
                mid = (row[0]["top"] + row[0]["bottom"]) / 2
                inside = next((t for t in tables if t[0] <= mid <= t[1]), None)
                if inside is not None:
                    # a row of a table of points: the table's rows stand in its place, once
                    lines.extend(inside[2])
                    inside[2].clear()
                    prev_bottom = inside[1]
                    continue
                row.sort(key=lambda w: w["x0"])
                label_row = _form_label(row)
                if label_row is not None:
                    # a form's label beside its value ("Frister | Høringsutkast legges fram …"):
                    # the label stands as the heading of its value, a line of its own
                    label, row = label_row
                    top = min(w["top"] for w in label)
                    size = max(w["size"] for w in label)
                    gap = prev_bottom is None or top - prev_bottom > 0.9 * size
                    lines.append(
                        Line(
                            " ".join(w["text"] for w in label), pno,
                            label[0]["x0"] - shift[g], size, True, None, gap,
                            right=label[-1]["x1"], first_width=label[0]["x1"] - label[0]["x0"],
                        )
                    )
                    line_group[id(lines[-1])] = g
                    prev_bottom = top - 0.1  # the value goes on the label's line: no gap before it
                row = without_note_refs(row)
                text = ""
                last_x1 = None
                for w in row:
                    if last_x1 is not None and w["x0"] - last_x1 > 1.0:
                        text += " "
                    text += w["text"]
                    last_x1 = w["x1"]
                indent = row[0]["x0"] - shift[g]
                disc = _disc_before(discs, row)
                if disc is not None and _marker(text.strip()) is None:
                    # a bullet drawn, not typed: the line is a list item as a typed "•" makes it
                    text, indent = "• " + text.strip(), disc - shift[g]
                size = max(w["size"] for w in row)
                o_marker = len(row) > 1 and letter_o_marker(row[0]["text"], row[0]["x1"], row[1]["x0"], size)
                bold = sum("bold" in w["fontname"].lower() for w in row) > len(row) / 2
                weights = [(w["text"], "bold" in w["fontname"].lower()) for w in row]
                run_in = run_in_label(weights)
                top = min(w["top"] for w in row)
                gap = prev_bottom is None or top - prev_bottom > 0.9 * size
                prev_bottom = max(w["bottom"] for w in row)
                # a lead-in opens a paragraph: a bold word closing a sentence that wrapped
                # to the start of a line is no topic
                opens = gap or not lines or _ends_sentence(lines[-1].text)
                lead_in = lead_in_label(weights) if opens else None
                if struck_out:
                    text = _STRUCK_GAP_RE.sub(r"\1", text)
                lines.append(
                    Line(
                        text.strip(), pno, indent, size, bold, None, gap, run_in, lead_in,
                        right=max(w["x1"] for w in row),
                        first_width=row[0]["x1"] - row[0]["x0"],
                        o_marker=o_marker,
                    )
                )
                line_group[id(lines[-1])] = g
                card = next((w for w in row if "board_column" in w), None)
                if card is not None:
                    cards_read.append((pno, card["board_column"], card["board_headless"], lines[-1]))
            if len(groups) > 1:
                # each column's own right edge: a line of the left column that fills it is full
                made = [ln for ln in lines if id(ln) in line_group and ln.right is not None]
                for g in set(line_group.values()):
                    mine = [ln for ln in made if line_group[id(ln)] == g]
                    edge_g = max((ln.right for ln in mine), default=None)
                    for ln in mine:
                        ln.edge = edge_g
                continue
            page_lines = [ln for ln in lines if ln.page == pno and ln.right is not None]
            edge = max((ln.right for ln in page_lines), default=None)
            for ln in page_lines:
                ln.edge = edge
    return _drop_furniture(_board_carried_over(lines, cards_read))


def _board_carried_over(
    lines: list[Line], cards: list[tuple[int, float, bool, Line]], s: PointSettings = POINT_SETTINGS
) -> list[Line]:
    """A board's column whose cards run onto the next page: there the column has no heading,
    and its cards (``cards``: page, column x, headless, line) go after that column's last card on
    the page before (at the same x within ``board_slack``), in the list under its heading, not
    after the other columns."""
    moved = [
        (ln, prev)
        for pno, x, headless, ln in cards
        if headless
        and (prev := [q for p, qx, _h, q in cards if p == pno - 1 and abs(qx - x) <= s.board_slack])
    ]
    if not moved:
        return lines
    out = [ln for ln in lines if not any(ln is m for m, _prev in moved)]
    for ln, prev in moved:
        k = max(i for i, q in enumerate(out) if any(q is p for p in prev))
        # (at the indent of the cards before it: the column's, not a deeper item's)
        out.insert(k + 1, replace(ln, gap=True, indent=prev[-1].indent))
        cards.append((ln.page or 0, 0.0, False, out[k + 1]))  # (a later card after this one)
        prev[-1] = out[k + 1]
    return out


def _column_groups(words: list[dict], page_width: float, rects: list[dict] | None = None) -> list[list[dict]]:
    """The page's words as text columns in reading order (:func:`plancheck.layout.columns.xy_cut`
    on them): what stands above the columns, each column top to bottom, what stands below.
    One group, all the words, when the page has no side-by-side text columns. The frames the
    layout reads as regions of their own among the page's drawn ``rects`` are groups of their
    own, at their place, in the layout's order: a poster's columns and a page of tiles (a
    one-slide charter's cards, :mod:`plancheck.layout.posters`, :mod:`plancheck.layout.tiles`)
    and a side box the text wraps around (a press release's fact box, :func:`plancheck.layout.
    boxes.side_boxes`)."""
    from plancheck.layout.boxes import inside_box, is_panel, side_boxes
    from plancheck.layout.columns import xy_cut
    from plancheck.layout.posters import poster_columns
    from plancheck.layout.settings import DEFAULT as LAYOUT
    from plancheck.layout.tiles import grid_tiles
    from plancheck.layout.words import Word

    if not words:
        return [words]
    made = [Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"], w["size"], w["fontname"],
                 "bold" in w["fontname"].lower()) for w in words]
    by_word = {id(m): w for m, w in zip(made, words, strict=True)}
    shapes = [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in rects or []]
    panels = [b for b in shapes if is_panel(b, page_width, LAYOUT)]
    framed: list[tuple[float, list[Word]]] = []
    slack = LAYOUT.side_box_slack
    for find in (poster_columns, grid_tiles, side_boxes) if panels else ():
        for box in find(panels, made, page_width, LAYOUT):
            held = [inside_box(m, box, slack) for m in made]
            if any(held):
                framed.append((box[1], [m for m, h in zip(made, held, strict=True) if h]))
                made = [m for m, h in zip(made, held, strict=True) if not h]
    regions = xy_cut(made, page_width) if made else []
    if not framed and not any(r.column for r in regions):
        return [words]
    pieces = [r.words for r in regions] if any(r.column for r in regions) else ([made] if made else [])
    out: list[list[Word]] = []
    for box_top, inside in framed:  # (in the layout's order: row by row, left to right)
        # the frame at its place: after the text that starts above it (a region running past
        # its top is cut there), before the rest
        k = next((k for k, ws in enumerate(pieces) if max(m.mid_y for m in ws) >= box_top), len(pieces))
        if k < len(pieces):
            above = [m for m in pieces[k] if m.mid_y < box_top]
            below = [m for m in pieces[k] if m.mid_y >= box_top]
            pieces[k : k + 1] = [ws for ws in (above, below) if ws]
            k += 1 if above else 0
        out.extend(pieces[:k])
        out.append(inside)
        pieces = pieces[k:]
    out.extend(pieces)
    return [[by_word[id(m)] for m in ws] for ws in out]


def _form_label(row: list[dict], s: PointSettings = POINT_SETTINGS) -> tuple[list[dict], list[dict]] | None:
    """(label words, value words) of a form's row printed as one line: bold words, at most
    ``run_in_words`` of them, no digit and no list marker, then a gap of ``form_label_gap``
    type sizes or more before words not in bold. Why: a label | value form ("Frister |
    Høringsutkast legges fram …") reads as one line; the label glued to its value hides the
    sentence (a requirement no longer opens with its subject) and the label's heading."""
    for k in range(1, min(len(row), s.run_in_words + 1)):
        label, value = row[:k], row[k:]
        size = max(w["size"] for w in label)
        if value[0]["x0"] - label[-1]["x1"] < s.form_label_gap * size:
            continue
        if not all("bold" in w["fontname"].lower() for w in label):
            return None
        if "bold" in value[0]["fontname"].lower():
            return None
        text = " ".join(w["text"] for w in label)
        if any(ch.isdigit() for ch in text) or _marker(text) is not None or not text[:1].isalpha():
            return None
        # "Sendt:  12. mars 2026": a label with its colon is a run-in label (a mail's header
        # block, read as such); nor may the value, set apart, read as a numbered item. A value
        # opened by a bullet ("Leverancer | – et forslag …") is the first item of the list
        # the side heading labels
        marker = _marker(" ".join(w["text"] for w in value))
        if text.endswith(":") or (marker is not None and marker[0] != "bullet"):
            return None
        return label, value
    return None


def _drawn_bullets(page, s: PointSettings = POINT_SETTINGS) -> list[tuple[float, float, float, float]]:
    """Small filled shapes on a PDF page, as (x0, x1, top, bottom): the discs and squares a
    browser draws for a list's bullets (Chromium prints "list-style: disc" as a path, so the
    text of the item has no bullet glyph)."""
    out: list[tuple[float, float, float, float]] = []
    try:
        shapes = list(page.curves) + list(page.rects)
    except Exception:  # a malformed drawing: no drawn bullets
        return out
    for c in shapes:
        w, h = c["x1"] - c["x0"], c["bottom"] - c["top"]
        if c.get("fill") and 0 < w <= s.drawn_bullet_size and 0 < h <= s.drawn_bullet_size:
            out.append((c["x0"], c["x1"], c["top"], c["bottom"]))
    return out


def _disc_before(
    discs: list[tuple[float, float, float, float]], row: list[dict], s: PointSettings = POINT_SETTINGS
) -> float | None:
    """The left edge of a drawn bullet just left of the row's first word, else None."""
    first = row[0]
    top = min(w["top"] for w in row)
    bottom = max(w["bottom"] for w in row)
    for x0, x1, dtop, dbottom in discs:
        mid = (dtop + dbottom) / 2
        if top <= mid <= bottom and 0 <= first["x0"] - x1 <= s.drawn_bullet_gap:
            return x0
    return None


_Grid = tuple[tuple[float, float, float, float], list[list[str]]]


_LEVELS: dict[str, str] = {
    w.lower(): level
    for level in ("high", "medium", "low")
    for w in _words(f"risk_level_{level}")
}
_LEVEL_HEADER_RE = re.compile(r"^(?:" + _alt("level_column") + r")$", re.IGNORECASE)
# a header word of a level column inside a page's words ("Risiko", "KonsekvensRisiko" run
# together by a tight table): the cheap test before a page is read for an unruled risk table
_LEVEL_HEADER_WORD_RE = re.compile(r"(?:" + _alt("level_column") + r")$", re.IGNORECASE)
_MEASURE_HEADER_RE = re.compile(r"^(?:" + _alt("measure_column") + r")$", re.IGNORECASE)
_LEVEL_ALT = "|".join(re.escape(w) for w in sorted(_LEVELS, key=len, reverse=True))
# "høg risiko", "høy risiko", "high risk", "høj og middel risiko", "red and amber risks": the
# levels named as the risk's (words.yaml and_words, or_words between them)
_LEVEL_NAMED_RE = re.compile(
    r"\b(?P<levels>(?:" + _LEVEL_ALT + r")(?:\s*(?:,|/|(?:" + alternation(plain_words("and_words") + plain_words("or_words"))
    + r")\b)\s*(?:" + _LEVEL_ALT + r"))*)\s+(?:" + _alt("level_column") + r")\w*",
    re.IGNORECASE,
)
_ONE_LEVEL_RE = re.compile(r"\b(?:" + _LEVEL_ALT + r")\b", re.IGNORECASE)
# a document of the plan's kinds named in a sentence, as a compound's head too
# ("beredskapsplanen", "the winter service plan"; words.yaml named_document_head)
_PLAN_WORD_RE = re.compile(r"\b\w*(?:" + W.alternation("named_document_head") + r")\w*", re.IGNORECASE)
_MODAL_WORD_RE = re.compile(r"\b(?:" + _alt("modal") + r")\b", re.IGNORECASE)


def _level_of(cell: str) -> str | None:
    """A risk table cell's level ("Raud" → high, "Middels" → medium, "Low" → low;
    requirements.yaml risk_level_*), or None."""
    text = " ".join(cell.split()).rstrip(".").lower()
    return _LEVELS.get(text) or _LEVELS.get(text.split(" ")[0]) if text else None


def _level_header(cell: str) -> bool:
    return bool(_LEVEL_HEADER_RE.match(" ".join(cell.split()).rstrip(":")))


def _measure_header(cell: str) -> bool:
    return bool(_MEASURE_HEADER_RE.match(" ".join(cell.split()).rstrip(":")))


def acted_levels(text: str) -> set[str]:
    """The risk levels the document says require action in a plan: a sentence that names a
    level as the risk's ("hendingar med høg risiko", "high risk"), with a modal and a
    document of the plan's kinds, not negated ("Tiltak mot hendingar med høg risiko skal
    innarbeidast i ein plan …" → {"high"}). A level whose measures go elsewhere without a
    modal ("… med gul risiko blir følgde opp i dei planane …") is none."""
    out: set[str] = set()
    for sent in _SENTENCE_SPLIT.split(" ".join(text.split())):
        named = {
            _LEVELS[w.group(0).lower()]
            for m in _LEVEL_NAMED_RE.finditer(sent)
            for w in _ONE_LEVEL_RE.finditer(m.group("levels"))
        }
        if named and _MODAL_WORD_RE.search(sent) and _PLAN_WORD_RE.search(sent) and not _NEGATION_RE.search(sent):
            out |= named
    return out


class _ActedLevels:
    """The levels a PDF's text acts on (:func:`acted_levels`), read once when a page holds a
    risk table."""

    def __init__(self, pages=(), text: Callable[[], str] | None = None) -> None:
        self._pages = pages
        self._text = text
        self._levels: set[str] | None = None

    def get(self) -> set[str]:
        if self._levels is None:
            text = self._text() if self._text else " ".join(p.extract_text() or "" for p in self._pages)
            self._levels = acted_levels(text)
        return self._levels


def _level_table_lines(rows: list[list[str]], page: int | None, acted: _ActedLevels) -> list[Line]:
    """The measures of a risk table at the levels acted on, as list items; [] for any other
    table (tables.py level_rows)."""
    head = rows[0] if rows else []
    if not any(_level_header(c or "") for c in head):
        return []
    found = level_rows(rows, _level_of, _level_header, _measure_header, acted.get())
    if not found:
        return []
    return [
        Line(f"{_table_label(n)} {text}", page, 0.0, None, False, False, table=True)
        for n, text in found
    ]


def _table_label(number: str | None) -> str:
    """A table row's number as a list marker: "3." for a number, "R2)" for a code, "-" for none."""
    return "-" if number is None else f"{number}." if number.isdigit() else f"{number})"


def _unruled_grid(page, s: PointSettings = POINT_SETTINGS) -> _Grid | None:
    """A table drawn without rules whose header names a level column (or opens with a column of
    plans, :func:`plan_list_rows`), as (bbox, rows of cell
    texts): the columns start where the header's words start and the body's rows start words
    too (in at least ``unruled_aligned_share`` of the records); each character goes to the
    column it stands in (a cell's text run into the next column's, "fylkesvegenMiddels", is
    cut at the column's start); a record opens where the first column has text, its wrapped
    lines joined to it. The table ends at a gap of ``unruled_row_gap`` line heights or a line
    of another size."""
    try:
        words = page.extract_words(x_tolerance=1, extra_attrs=["size"], return_chars=True)
    except Exception:
        return None
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= s.unruled_same_row:
            rows[-1].append(w)
        else:
            rows.append([w])
    for k, r in enumerate(rows):
        first = min(r, key=lambda w: w["x0"])["text"]
        if len(r) >= 3 and (
            any(_level_header(w["text"]) for w in r)
            or _PLAN_LIST_COLUMN_RE.match(first.rstrip(":"))
            # a numbered table's header ("Nr | Datum | Ansvarig | Beslut"), its words set apart
            or (s.numbered_unruled and _NUMBER_COLUMN_RE.match(first) and _header_row_of_cells(r, s))
        ):
            # (a title naming the risks is no header: the first row the records align under)
            found = _unruled_grid_under(page, rows, k, s)
            if found is not None:
                return found
    return None


def _header_row_of_cells(row: list[dict], s: PointSettings) -> bool:
    """Is ``row`` (its words in reading order) a header of short cells set apart: at least
    ``numbered_unruled_cells`` groups of at most three words, a gutter of ``unruled_gutter`` type
    sizes between each group (a sentence opening with "Nr." has word spaces only)?"""
    words = sorted(row, key=lambda w: w["x0"])
    size = statistics.median(w.get("size", 10.0) for w in words)
    groups: list[list[dict]] = [[words[0]]]
    for a, b in itertools.pairwise(words):
        if b["x0"] - a["x1"] >= s.unruled_gutter * size:
            groups.append([b])
        else:
            groups[-1].append(b)
    return len(groups) >= s.numbered_unruled_cells and all(len(g) <= 3 for g in groups)


def _unruled_grid_under(page, rows: list[list[dict]], head_k: int, s: PointSettings) -> _Grid | None:
    """The unruled table under the header row ``rows[head_k]`` (:func:`_unruled_grid`)."""
    header = sorted(rows[head_k], key=lambda w: w["x0"])
    size = statistics.median(w["size"] for w in header)
    height = header[0]["bottom"] - header[0]["top"]
    body: list[list[dict]] = []
    last = header[0]["bottom"]
    for r in rows[head_k + 1 :]:
        top = min(w["top"] for w in r)
        if top - last > s.unruled_row_gap * height or any(abs(w["size"] - size) > 0.6 for w in r):
            break
        body.append(sorted(r, key=lambda w: w["x0"]))
        last = max(w["bottom"] for w in r)
    first_x = header[0]["x0"]
    records = [r for r in body if abs(r[0]["x0"] - first_x) <= s.unruled_align]
    if len(records) < 2:
        return None
    from plancheck.layout.tables import fills_in

    # a level column shown by colour alone has no words in its cells: a traffic-light fill
    # under the header word, across the record's first line, aligns it too
    lights = [
        f for f in fills_in(page, (0.0, 0.0, float(page.width), float(page.height)))
        if _traffic_light(f[4])
    ]
    starts = [first_x]
    for w in header[1:]:
        aligned = sum(
            any(abs(v["x0"] - w["x0"]) <= s.unruled_align or _char_start(v, w["x0"], s) for v in r)
            or any(f[0] <= w["x0"] <= f[2] and f[1] <= r[0]["bottom"] and f[3] >= r[0]["top"] for f in lights)
            for r in records
        )
        if aligned >= s.unruled_aligned_share * len(records):
            starts.append(w["x0"])
    if len(starts) < 3:
        return None
    # a line of running text after the table: it runs over two column starts or more with no
    # gap wider than a word space between its words (a row of cells leaves a gutter)
    for k, r in enumerate(body):
        spanned = sum(r[0]["x0"] < x - s.unruled_align < r[-1]["x1"] for x in starts[1:])
        widest = max((b["x0"] - a["x1"] for a, b in itertools.pairwise(r)), default=0.0)
        if spanned >= 2 and widest < s.unruled_gutter * size:
            body = body[:k]
            break
    if not body:
        return None

    def cells(r: list[dict]) -> list[str]:
        out = [""] * len(starts)
        for w in r:
            for ch in w["chars"]:
                col = max(k for k, x in enumerate(starts) if x <= ch["x0"] + s.unruled_align) if ch["x0"] + s.unruled_align >= starts[0] else 0
                out[col] += ch["text"]
            # a word ends: a space in every column it reached
            out = [c + " " if c and not c.endswith(" ") else c for c in out]
        return [" ".join(c.split()) for c in out]

    x0 = min(w["x0"] for w in header)
    x1 = max(w["x1"] for r in [header, *body] for w in r)
    edges = [*starts[1:], x1 + 1.0]
    grid: list[list[str]] = [cells(header)]
    spans: list[list[float]] = [[header[0]["top"], header[0]["bottom"]]]
    for r in body:
        row = cells(r)
        top, bottom = min(w["top"] for w in r), max(w["bottom"] for w in r)
        if abs(r[0]["x0"] - first_x) <= s.unruled_align or len(grid) == 1:
            grid.append(row)
            spans.append([top, bottom])
        else:
            grid[-1] = [" ".join(f"{a} {b}".split()) for a, b in zip(grid[-1], row, strict=True)]
            spans[-1][1] = bottom
    boxes = [
        [(starts[c], top - 1.0, edges[c], bottom + 1.0) for c in range(len(starts))] for top, bottom in spans
    ]
    grid = _coloured_levels(page, grid, boxes)
    bottom = max(w["bottom"] for w in body[-1]) if body else header[0]["bottom"]
    return ((x0, header[0]["top"] - 0.5, x1, bottom + 0.5), grid)


def _char_start(word: dict, x: float, s: PointSettings) -> bool:
    """A character of ``word`` (not its first) starts at ``x``: a cell's text run into the
    next column ("fylkesvegenMiddels")."""
    return any(abs(ch["x0"] - x) <= s.unruled_align for ch in word["chars"][1:])


def _traffic_light(colour: str, s: PointSettings = POINT_SETTINGS) -> str | None:
    """The level a cell's fill shows as a traffic light ('#rrggbb'): red, amber (yellow,
    orange) or green, as the English level word (requirements.yaml risk_level_*), else None
    (grey, white, blue: a header's or a zebra row's fill)."""
    if not colour or len(colour) != 7:
        return None
    r, g, b = (int(colour[k : k + 2], 16) / 255 for k in (1, 3, 5))
    if max(r, g, b) - min(r, g, b) < s.light_saturation:
        return None  # grey or white
    if r >= s.light_strong and g <= s.light_weak and b <= s.light_weak:
        return "red"
    if r >= s.light_strong and g >= s.light_amber_green and b <= s.light_weak:
        return "amber"
    if g >= s.light_strong * 0.75 and r <= s.light_green_red and b <= s.light_green_red:
        return "green"
    return None


def _coloured_levels(page, rows: list[list[str]], boxes: list[list[tuple | None]]) -> list[list[str]]:
    """A risk table's level column shown by colour: under a header naming the level column,
    a body cell with no level word takes the level its fill shows (:func:`_traffic_light`).
    Why: a risk matrix often gives the level as the cell's colour alone."""
    if len(rows) < 2 or not rows[0]:
        return rows
    cols = [c for c, h in enumerate(rows[0]) if _level_header(h or "")]
    if not cols:
        return rows
    from plancheck.layout.tables import cell_fill, fills_in

    fills = fills_in(page, (0.0, 0.0, float(page.width), float(page.height)))
    if not fills:
        return rows
    out = [list(r) for r in rows]
    for k in range(1, len(rows)):
        for c in cols:
            box = boxes[k][c] if k < len(boxes) and c < len(boxes[k]) else None
            if box is None or _level_of(rows[k][c] or ""):
                continue
            light = _traffic_light(cell_fill(box, fills))
            if light:
                out[k][c] = f"{rows[k][c] or ''} {light}".strip() if not rows[k][c] else light
    return out


def _pdf_table_grids(page) -> list[_Grid]:
    """The ruled tables of a PDF page, as (bbox, rows of cell texts), top to bottom; a risk
    table's level cells shown by colour get the level's word (:func:`_coloured_levels`)."""
    try:
        found = page.find_tables()
    except Exception:  # a malformed drawing: read the page as text
        return []
    out = []
    for t in found:
        rows = [[c or "" for c in row] for row in t.extract()]
        if rows and any(_level_header(c) for c in rows[0]):
            boxes = [list(r.cells) for r in t.rows]
            rows = _coloured_levels(page, rows, boxes)
        out.append((tuple(t.bbox), rows))
    return sorted(out, key=lambda g: g[0][1])


def _join_broken_rows(pages: list[list[_Grid]], moved: set[int] | None = None) -> list[list[_Grid]]:
    """A table that goes on over a page break under its repeated header row, its last row
    broken inside a cell ("Plan for, hvilke stier der" | … on one page, "" | "skal have lys"
    | … on the next): the first row after the repeated header has no
    label in its first cell, so it is the rest of the row before, and its cells are joined to
    that row's. Why: read apart, the row's point is cut in two and the rest is a row without
    its label. The index of each page whose rows went to the table before is added to
    ``moved``."""
    for k in range(1, len(pages)):
        if not pages[k - 1] or not pages[k]:
            continue
        prev, cur = pages[k - 1][-1][1], pages[k][0][1]
        if len(prev) < 2 or len(cur) < 2 or len(prev[0]) != len(cur[0]):
            continue
        clean = [" ".join(c.split()) for c in prev[0]]
        if clean != [" ".join(c.split()) for c in cur[0]]:
            continue  # no repeated header: another table
        first = cur[1]
        if not first[0].strip() and any(c.strip() for c in first[1:]):
            prev[-1] = [" ".join(f"{a} {b}".split()) for a, b in zip(prev[-1], first, strict=True)]
            del cur[1]
        if POINT_SETTINGS.continued_table_rows and len(cur) > 1:
            # the rows after the repeated header go on with the table of the page before: one
            # table, its rows read together (a last row alone under its header is no table of
            # its own to judge)
            prev.extend(cur[1:])
            del cur[1:]
            if moved is not None:
                moved.add(k)
    return pages


def _pdf_point_tables(
    grids: list[_Grid], pno: int, acted: _ActedLevels | None = None
) -> list[tuple[float, float, list[Line]]]:
    """The ruled tables of a PDF page whose rows are points (tables.py), as (top, bottom,
    lines): the text of a two-column table runs its label and its point together on one line
    ("Flomveier Kartlegge kommunale badstuer …"), and the point's wrapped lines stand in the
    second column; the table's cells keep them apart. A risk table gives the measures of the
    rows at the levels the document acts on (``acted``). A table whose first column numbers its
    rows gives the rows that ask (:func:`_numbered_rows`). Any other table is read as text, as
    before."""
    out: list[tuple[float, float, list[Line]]] = []
    for (x0, top, _x1, bottom), grid in grids:
        items = _level_table_lines(grid, pno, acted) if acted is not None else []
        items = items or _table_lines(grid, pno) or _numbered_rows(grid, pno)
        if items:
            for ln in items:
                ln.indent = x0
            out.append((top, bottom, items))
    return out


def _numbered_rows(rows: list[list[str]], page: int | None) -> list[Line]:
    """The points of a table whose first column numbers the rows (a decision log's "Nr | Datum | Ansvarig | Beslut | Status", a price schedule's "Post |
    Leveranse | Eining | Mengd | Pris"), when no reader of :mod:`tables` takes it: the text
    column is the one of most words; a row is a point when its text asks (a request or a
    question), or every row is when the text column's header names deliverables. Its number is
    the first cell; the other cells (the date decided, the one who reports, the unit, the
    quantity and the price) are no part of its text, as a reading by lines ran them into it.
    A row that only decides ("att fastställa projektplanen") or orders the work's own routine
    asks nothing of the plan."""
    width = len(rows[0]) if rows else 0
    if len(rows) < 3 or width < 3 or not _NUMBER_COLUMN_RE.match(" ".join((rows[0][0] or "").split())):
        return []
    # (a row with no number, a sum or a note under the rows, is none of them)
    body = [r for r in rows[1:] if (r[0] or "").strip()]
    if len(body) < 2 or not number_column([" ".join((r[0] or "").split()) for r in body]):
        return []
    words = [sum(len((r[c] or "").split()) for r in body) for c in range(1, width)]
    text_col = 1 + max(range(len(words)), key=lambda k: words[k])
    every = _deliverable_header(rows[0][text_col] or "")
    decided = _decision_column(body, text_col)
    out: list[Line] = []
    for k, r in enumerate(body):
        text = " ".join((r[text_col] or "").split())
        if decided is not None:
            # a result table's rows: the ones decided for are the points, the others none
            if text and decided[k]:
                number = " ".join((r[0] or "").split()).rstrip(".")
                out.append(Line(f"{_table_label(number)} {text}", page, 0.0, None, False, False, table=True))
            continue
        if text and (every or _table_asks(text) or _MODAL_WORD_RE.search(text)):
            number = " ".join((r[0] or "").split()).rstrip(".")
            out.append(Line(f"{_table_label(number)} {text}", page, 0.0, None, False, False, table=True))
    return out


def _opening_verdict(cell: str) -> bool | None:
    """The decision of a result cell, read from its longest opening words that are a verdict
    (:func:`_decision_cell`): "Ryms inte inom ramen" is "ryms inte" with where it does not fit,
    "Funded in full" is funded; None when no opening words decide."""
    words = cell.split()
    for n in range(len(words), 0, -1):
        said = _decision_cell(" ".join(words[:n]))
        if said is not None:
            return said
    return None


def _decision_column(body: list[list[str]], text_col: int) -> list[bool] | None:
    """For each row of a numbered table, whether its decision column takes it up: a column
    other than the number and the text whose every cell is a verdict (:func:`_decision_cell`),
    some for and some against ("Plats | Förslag | Röster | Kostnad | Beslut" with "Genomförs" and
    "Ryms inte inom ramen"; a list of applications with "Granted" / "Not funded"). Why: the
    result of a vote or a call ranks every proposal and decides which are carried out (those
    above the budget line); only those order anything of the plan. None when no column is
    such."""
    width = min((len(r) for r in body), default=0)
    for c in range(width - 1, 0, -1):
        if c == text_col:
            continue
        said = [_opening_verdict(r[c] or "") for r in body]
        if any(v is None for v in said):
            # a checklist's assessment column ("Vurdering": "Avvik" / "I orden"): a row found wanting
            # is taken up, a row in order is not (checklist_mark, the whole cell the mark)
            marks = [checklist_mark(" ".join((r[c] or "").split())) for r in body]
            said = [m[0] if m is not None and not m[1] else None for m in marks]
        if all(v is not None for v in said) and any(said) and not all(said):
            return [bool(v) for v in said]
    return None


def _drop_furniture(lines: list[Line], s: PointSettings = POINT_SETTINGS) -> list[Line]:
    """Remove page numbers and running headers/footers: lines repeated on most pages, and the
    small type at a page break (:func:`_page_margins`)."""
    pages = {ln.page for ln in lines}
    need = max(2, (len(pages) + 1) // 2) if len(pages) >= 2 else 10**9
    # the pages on which a text stands at the page's head or foot: a running header repeats
    # there, a text printed twice in the body (a proposal's list in the decision) does not
    by_page: dict[int | None, list[int]] = {}
    for k, ln in enumerate(lines):
        by_page.setdefault(ln.page, []).append(k)
    at_edge: dict[str, set] = {}
    in_body: set[str] = set()
    for pno, ks in by_page.items():
        for pos, k in enumerate(ks):
            key = re.sub(r"\d+", "#", lines[k].text.lower())
            if pos < s.furniture_lines or len(ks) - pos <= s.furniture_lines:
                at_edge.setdefault(key, set()).add(pno)
            else:
                in_body.add(key)
    # (and never in the middle of a page: a header is not printed among the text)
    repeated = {k for k, found in at_edge.items() if len(found) >= need and k not in in_body}
    kept = [
        ln
        for ln in lines
        if not PAGE_NO_RE.match(ln.text) and re.sub(r"\d+", "#", ln.text.lower()) not in repeated
    ]
    margins = _page_margins(kept, _body_size(kept), s)
    return [ln for k, ln in enumerate(kept) if k not in margins]


def _page_margins(lines: list[Line], body: float | None, s: PointSettings) -> set[int]:
    """The indices of the lines in the margins of a page break, set smaller than the body (by
    ``furniture_smaller`` points or more): the last lines of a page that another page follows
    and the first lines of every page after the first. A running header printed from the second page on
    only ("different first page"), or a footer on the first page only, repeats too seldom to
    be dropped as repeated, and would stand between the lines of a point running over the
    break."""
    if body is None:
        return set()
    small = [ln.size is not None and ln.size <= body - s.furniture_smaller for ln in lines]
    pages = [ln.page for ln in lines]
    out: set[int] = set()
    for k in range(1, len(lines)):
        if pages[k] is None or pages[k - 1] is None or pages[k] == pages[k - 1]:
            continue
        j = k - 1  # the foot of the page before
        while j >= 0 and pages[j] == pages[k - 1] and small[j]:
            out.add(j)
            j -= 1
        j = k  # the head of this page
        while j < len(lines) and pages[j] == pages[k] and small[j]:
            out.add(j)
            j += 1
    return out


def _lines_from_docx(path: Path) -> list[Line]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from plancheck.ingest.docx import WordListLabels

    d = docx.Document(str(path))
    labels = WordListLabels(d)
    out: list[Line] = []
    counters: dict[int, int] = {}
    # style id → lower-cased style name: python-docx looks a paragraph's style up by walking
    # every style of the document (the default one for a paragraph without pStyle), some
    # milliseconds per paragraph; a mandate of 10 000 paragraphs spent half a minute there
    style_names: dict[str | None, str] = {}
    # the levels a risk table's document acts on: its paragraphs' text, read once when needed
    acted = _ActedLevels(text=lambda: " ".join(p.text for p in d.paragraphs))
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "tbl":
            table = Table(el, d)
            rows = [[c.text for c in r.cells] for r in table.rows]
            if rows and any(_level_header(c) for c in rows[0]):
                rows = _shaded_levels(table, rows)
                levelled = _level_table_lines(rows, None, acted)
                if levelled:
                    out.extend(levelled)
                    continue
            out.extend(_table_lines(rows, None))
            continue
        if tag != "p":
            continue
        p = Paragraph(el, d)
        # the label Word prints ("1.", "1.a", "a)"): advance the numbering on every paragraph
        number, bullet, ilvl = labels.label(el)
        t = p.text.strip()
        if not t:
            continue
        sid = p._p.style
        if sid not in style_names:
            style_names[sid] = (p.style.name or "").lower() if p.style is not None else ""
        style = style_names[sid]
        level = 0
        m = re.search(r"(\d)$", style)
        if m:
            level = int(m.group(1)) - 1
        # Word numbering ("List Paragraph" with numPr): the list level is ilvl, not the style
        ppr = p._p.pPr
        numpr = ppr.numPr if ppr is not None else None
        if numpr is not None and numpr.ilvl is not None and numpr.ilvl.val is not None:
            level = int(numpr.ilvl.val)
            if "list" not in style:
                style = f"{style} list"
        if style.startswith(("heading", "title", "overskrift")):
            counters.clear()
            out.append(Line(t, None, 0.0, None, True, True, True))
        elif number or bullet:
            label = "-" if not number else number + "." if number[-1].isalnum() else number
            out.append(Line(f"{label} {t}", None, 20.0 * ilvl, None, False, False))
        elif "list number" in style:
            counters[level] = counters.get(level, 0) + 1
            for deeper in [k for k in counters if k > level]:
                del counters[deeper]
            label = f"{counters[level]}." if level == 0 else f"{chr(96 + counters[level])})"
            out.append(Line(f"{label} {t}", None, 20.0 * level, None, False, False))
        elif "list" in style:
            out.append(Line(f"- {t}", None, 20.0 * level, None, False, False))
        else:
            bold = bool(p.runs) and all(r.bold for r in p.runs if r.text.strip())
            runs = [(r.text, bool(r.bold)) for r in p.runs if r.text]
            run_in = run_in_label(runs, sep="")
            out.append(
                Line(t, None, 0.0, None, bold, None, True, run_in, lead_in_label(runs, sep=""))
            )
    return out


def _shaded_levels(table, rows: list[list[str]]) -> list[list[str]]:
    """A Word risk table's level cells shown by shading alone (w:shd fill): under a level
    header, a body cell with no level word takes its shading's traffic light."""
    cols = [c for c, h in enumerate(rows[0]) if _level_header(h or "")]
    out = [list(r) for r in rows]
    qn = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for k, r in enumerate(table.rows):
        if k == 0 or k >= len(out):
            continue
        cells = r.cells
        for c in cols:
            if c >= len(cells) or _level_of(out[k][c] or ""):
                continue
            shd = cells[c]._tc.find(f"{qn}tcPr/{qn}shd")
            fill = shd.get(f"{qn}fill") if shd is not None else None
            light = _traffic_light(f"#{fill.lower()}") if fill and len(fill) == 6 else None
            if light:
                out[k][c] = light
    return out


def _asks(cell: str) -> bool:
    """A table cell that reads as a request: a point verb first ("Vurdere …") or a modal."""
    return bool(VERB_START.match(cell) or REQUIREMENT_RE.search(cell))


# a table's header cell naming when a task is due ("Frist", "Deadline"): requirements.yaml
_DEADLINE_COLUMN_RE = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in _words("deadline_column")) + r")\b", re.IGNORECASE
)


def _deadline_cell(cell: str) -> bool:
    """A table cell that opens with a deadline ("Senest 1. juni 2030", "innen mars")."""
    return bool(_DEADLINE_RE.match(" ".join(cell.split())))


def _deadline_header(cell: str) -> bool:
    """A header cell that names a deadline: a task table's date column, not a timetable's."""
    return bool(_DEADLINE_COLUMN_RE.match(" ".join(cell.split())))


def _table_lines(rows: list[list[str]], page: int | None) -> list[Line]:
    """The rows of a table of points as list items ("Tema | Beskrivelse": the Beskrivelse of
    each row, numbered by a number column when there is one; "Nr | Oppgave | Frist": the task,
    without its deadline); nothing for any other table (a timetable, a case header), as
    before: those are no text of the mandate's (see tables.py)."""
    plans = plan_list_rows(rows)
    if plans:
        return [
            Line(f"- {text}", page, 0.0, None, False, False, table=True, plan_named=name)
            for name, text in plans
        ]
    raci = raci_rows(rows, _raci_header, _raci_consulted)
    if raci:
        return [
            Line(f"- {text}", page, 0.0, None, False, False, table=True, kind="process")
            for _n, text in raci
        ]
    head = [" ".join((c or "").split()) for c in (rows[0] if rows else [])]
    # a header row of three or more short cells may name its column of orders ("Uppdrag")
    ordered = sum(bool(c) for c in head) >= 3 and all(
        len(c.split()) <= POINT_SETTINGS.order_header_words for c in head
    )
    found = point_rows(
        rows,
        _table_asks,
        deadline_header=_deadline_header,
        named_header=(lambda c: _named_header(c) or bool(_ORDER_COLUMN_RE.match(c.strip()))) if ordered else _named_header,
        milestone_header=_milestone_header,
        deliverable_header=_deliverable_header,
        leans=_leans,
        priority=_priority_cell,
        response_header=_response_header,
        deadline_cell=_deadline_cell,
        scoped_out=_scoped_out,
        decision=_decision_cell,
        promise=_verdict_rest,
        information=_information_cell,
        task_header=_task_header,
    )
    if found and any(_milestone_header(c or "") for c in (rows[0] if rows else [])):
        # "Opdraget godkendes …": the mandate's own step in its timetable is no step of
        # the plan's making (requirements.yaml document_subject)
        found = [(n, t) for n, t in found if not _DOCUMENT_SUBJECT_RE.match(t.strip()) and not outside_the_making(t, after=False)]
    header = rows[0] if rows else []
    if found and all(_question(t) for _, t in found) and any(_assessment_header(c or "") for c in header):
        # "Revisionsfråga | Bedömning": a review's own questions, each answered by its verdict
        # in the row, are no questions asked of the plan
        return []
    if not found:
        return []
    kind = (
        None  # a table of tasks: each task's own words say what it is
        if any(_task_header(c or "") for c in header)
        else "process"
        if any(_milestone_header(c or "") for c in header)
        else "deliverable"
        if any(_DELIVERABLE_COLUMN_RE.match(" ".join((c or "").split())) for c in header)
        else None
    )
    owners = _owner_cells(rows, len(found))
    reports = _owner_cells(rows, len(found), _REPORT_COLUMN_RE)
    out: list[Line] = []
    for k, (number, text) in enumerate(found):
        label = _table_label(number)
        # a row of a table of deliverables that is a step of the process ("Udkast behandles i
        # udvalget: 1. oktober", "Borgermøde om …: juni") is a process point, not a part the
        # plan must have
        row_kind = "process" if kind == "deliverable" and point_kind(text) == "process" else kind
        out.append(
            Line(
                f"{label} {text}", page, 0.0, None, False, False, table=True, kind=row_kind,
                owner=owners[k] if owners else None,
                report=reports[k] if reports else None,
            )
        )
    return out


_PLAN_LIST_COLUMN_RE = re.compile(r"^(?:" + _alt("plan_list_column") + r")$", re.IGNORECASE)
# a first column that numbers the rows (requirements.yaml number_column)
_NUMBER_COLUMN_RE = re.compile(r"^(?:" + _alt("number_column") + r")$", re.IGNORECASE)


def _plan_list_header(row: list[str]) -> bool:
    """A header row whose first cell names a column of plans and that has at least two other
    columns (requirements.yaml plan_list_column)."""
    head = [" ".join((c or "").split()).rstrip(":") for c in row]
    return len(head) >= 3 and bool(_PLAN_LIST_COLUMN_RE.match(head[0]))


def plan_list_rows(rows: list[list[str]], s: PointSettings | None = None) -> list[tuple[str, str]]:
    """A table of plans (a kommunal planstrategi's "Plan | Vedtatt | Revideres | Behov/innhold
    | Ansvar"): per row, the plan it names and what it says of that plan — the text column
    with the most words over the rows, the dates, years and the owner being short; [] for any
    other table. Why: such a table is the mandate of each plan it lists, one row each, and the
    plan checked against it answers its own row only (:func:`planned_rows`)."""
    s = s or POINT_SETTINGS
    if len(rows) < 1 + s.plan_list_rows or not _plan_list_header(rows[0]):
        return []
    width = len(rows[0])
    body = [[" ".join((c or "").split()) for c in r] + [""] * (width - len(r)) for r in rows[1:]]
    words = [sum(len(r[c].split()) for r in body) for c in range(width)]
    col = max(range(1, width), key=words.__getitem__)
    return [(r[0], r[col]) for r in body if r[0] and any(ch.isalpha() for ch in r[col])]


def _assessment_header(cell: str) -> bool:
    """A header cell of a review's verdict on its questions ("Bedömning", "Assessment"):
    requirements.yaml ``assessment_column``."""
    return bool(_ASSESSMENT_COLUMN_RE.match(" ".join(cell.split()).rstrip(":")))


def _header_re(key: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + _alt(key) + r")$", re.IGNORECASE)


_RESPONSIBLE_COLUMN_RE = _header_re("responsible_column")
_REPORT_COLUMN_RE = _header_re("report_column")


def _owner_cells(
    rows: list[list[str]], n: int, header: re.Pattern[str] = _RESPONSIBLE_COLUMN_RE
) -> list[str] | None:
    """The owner cell of each of the ``n`` data rows of a table under a header that names who
    is responsible ("Ansvarig nämnd", "Owner"; or, with ``header``, another column: where
    each row is reported), in the rows' order; None without such a column (or when the rows
    do not line up with the points read from them)."""
    clean = [[" ".join((c or "").split()) for c in r] for r in rows]
    clean = [r for r in clean if any(r) and len(set(r)) > 1]
    if len(clean) < 2:
        return None
    col = next((c for c, cell in enumerate(clean[0]) if header.match(cell)), None)
    body = clean[1:]
    if col is None or len(body) != n:
        return None
    return [r[col] for r in body]


_NAMED_COLUMN_RE = _header_re("point_column")
_ORDER_COLUMN_RE = _header_re("order_column")
_MILESTONE_COLUMN_RE = _header_re("milestone_column")
_DELIVERABLE_COLUMN_RE = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in _words("deliverable_heading")) + r"|deliverable|leverance|leveranse)$",
    re.IGNORECASE,
)


_PRIORITY_CELL_RE = _header_re("priority_cell")


_INFORMATION_CELL_RE = _header_re("information_cell")


def _information_cell(cell: str) -> bool:
    """A table cell marking its row as information, not a requirement ("INFO", "Orientering"):
    requirements.yaml ``information_cell``."""
    return bool(_INFORMATION_CELL_RE.match(" ".join(cell.split()).rstrip(".")))


def _priority_cell(cell: str) -> bool:
    """A table cell giving a requirement's priority ("Skal", "Bør", "Must have"):
    requirements.yaml ``priority_cell``."""
    return bool(_PRIORITY_CELL_RE.match(" ".join(cell.split()).rstrip(".:")))


_RESPONSE_COLUMN_RE = _header_re("response_column")
_ASSESSMENT_COLUMN_RE = _header_re("assessment_column")
_DECISION_ACCEPTED_RE = _header_re("decision_accepted")
_DECISION_REJECTED_RE = _header_re("decision_rejected")
# "Delvis tatt til følge", "Agreed in part", "Partly agreed": the verdict taken in part
_DECISION_PARTLY_RE = re.compile(
    r"^(?:(?:" + _alt("decision_partly") + r")\s+)?(?P<verdict>.+?)(?:\s+(?:" + _alt("decision_partly")
    + r"))?$",
    re.IGNORECASE,
)
_DECISION_NEGATED_RE = re.compile(r"^(?:" + _alt("negation") + r")\s+(?P<verdict>.+)$", re.IGNORECASE)


_DECISION_NOTED_RE = _header_re("decision_noted")
# "Tillgodoses inte", "Tas ikke til følge": the negation after the verdict's verb or at its end
# (requirements.yaml negation)
_NEGATION_WORD_RE = re.compile(r"\s+(?:" + _alt("negation") + r")\b", re.IGNORECASE)
# the verdict as the opening sentence of an answer cell ("Beaktas. Strategin kompletteras med …",
# "Noteras: Frågan hanteras …", "Accepted – the plan will …"): up to a stop, colon or dash
_OPENING_VERDICT_RE = re.compile(r"^(?P<verdict>[^.:;–—]{2,60}?)\s*[.:;–—]\s+(?P<rest>\S.*)$")


def _verdict(text: str) -> bool | None:
    """A whole verdict's decision (see :func:`_decision_cell`)."""
    m = _DECISION_PARTLY_RE.match(text)
    verdict = m.group("verdict") if m else text
    negated = _DECISION_NEGATED_RE.match(verdict)
    if negated and _DECISION_ACCEPTED_RE.match(negated.group("verdict")):
        return False
    unsaid = _NEGATION_WORD_RE.sub("", verdict, count=1)
    if unsaid != verdict and _DECISION_ACCEPTED_RE.match(unsaid):
        return False
    if _DECISION_REJECTED_RE.match(verdict) or _DECISION_NOTED_RE.match(verdict):
        return False
    if _DECISION_ACCEPTED_RE.match(verdict):
        return True
    return None


def _decision_cell(cell: str) -> bool | None:
    """A body's decision on a table row (requirements.yaml ``decision_accepted``,
    ``decision_rejected``, ``decision_noted``): True taken up ("Accepted", "Tatt til følge",
    "Beaktas", in part too: a word of ``decision_partly`` before or after it), False turned
    down or only noted ("Rejected", "Noteras", or an accepting verdict negated: "Ikke tatt til
    følge", "Tillgodoses inte", "Not agreed"), None no decision. The verdict is the whole cell or
    its opening sentence, the answer going on after it ("Beaktas. Strategin kompletteras med …")."""
    text = " ".join(cell.split()).rstrip(".:")
    said = _verdict(text)
    if said is None and (m := _OPENING_VERDICT_RE.match(text)):
        said = _verdict(m.group("verdict"))
    return said


def _verdict_rest(cell: str) -> str:
    """What an answer cell says after its opening verdict ("Beaktas. Strategin kompletteras
    med en lista …" → "Strategin kompletteras med en lista …"), or "" when the cell is the verdict
    alone or does not open with one. Why: the body's promise is what the plan must hold, not
    the comment it answers."""
    text = " ".join(cell.split())
    if _verdict(text.rstrip(".:")) is not None:
        return ""
    m = _OPENING_VERDICT_RE.match(text)
    if m and _verdict(m.group("verdict")) is not None:
        return m.group("rest")
    return ""


def _response_header(cell: str) -> bool:
    """A header cell naming where in the plan a row is answered ("Location in plan"):
    requirements.yaml ``response_column``."""
    return bool(_RESPONSE_COLUMN_RE.match(" ".join(cell.split()).rstrip(":")))


# "Hva skal vurderes", "Vad som ska bedömas", "What will be investigated": a question word, a
# modal, the passive's auxiliary where the language has one, and a study verb
# (requirements.yaml point_column_question, modal, point_column_passive, deferral_study)
_STUDY_QUESTION_RE = re.compile(
    r"^(?:" + _alt("point_column_question") + r")\s+(?:" + _alt("modal") + r")\s+(?:(?:"
    + _alt("point_column_passive") + r")\s+)?(?:"
    + "|".join(re.escape(w) for w in _words("deferral_study")) + r")\w*$",
    re.IGNORECASE,
)


def _scope_header(text: str) -> bool:
    """A header cell that is the lead-in of what the work covers ("The review will cover",
    "Utredningen skal omfatte", "Arbetet ska omfatta"): a modal and a scope verb
    (requirements.yaml ``scope_verb``), not negated nor an exclusion ("Not covered by this
    review"). Why: terms of reference set their scope out as a table whose
    header says what the rows are, as a lead-in ending in a colon says it of a list's
    items (:func:`_continuation_lead_in`); the rows are noun phrases that do not ask by
    themselves."""
    return bool(
        _SCOPE_RE.search(text) and not _NEGATION_RE.search(text) and not EXCLUSION_RE.search(text)
    )


def _named_header(cell: str) -> bool:
    """A header cell naming a column of points ("Deliverable", "Problemstilling", "Hva skal
    vurderes", "The review will cover"): requirements.yaml ``point_column``, a question of what
    is to be studied, or the lead-in of the work's scope (:func:`_scope_header`)."""
    text = " ".join(cell.split()).rstrip(":?")
    return bool(
        _NAMED_COLUMN_RE.match(text) or _STUDY_QUESTION_RE.match(text) or _scope_header(text)
    )


_RACI_COLUMN_RE = _header_re("raci_column")
_RACI_CONSULTED = frozenset(w.lower() for w in _words("raci_consulted"))


_TASK_COLUMN_RE = _header_re("task_column")


def _task_header(cell: str) -> bool:
    """A header cell naming the column of tasks ("Oppgave", "Opgaver", "Task"):
    requirements.yaml ``task_column``."""
    return bool(_TASK_COLUMN_RE.match(" ".join(cell.split()).rstrip(":")))


def _raci_header(cell: str) -> bool:
    """A header cell naming a responsibility matrix's codes ("RACI"): requirements.yaml
    ``raci_column``."""
    return bool(_RACI_COLUMN_RE.match(" ".join(cell.split()).rstrip(":")))


def _raci_consulted(cell: str) -> bool:
    """The code of a consulted party ("C"): requirements.yaml ``raci_consulted``."""
    return cell.strip().lower() in _RACI_CONSULTED


def _deliverable_header(cell: str) -> bool:
    """A header cell naming deliverables ("Leverance", "Deliverables")."""
    return bool(_DELIVERABLE_COLUMN_RE.match(" ".join(cell.split()).rstrip(":")))


def _milestone_header(cell: str) -> bool:
    """A header cell naming milestones (requirements.yaml ``milestone_column``)."""
    return bool(_MILESTONE_COLUMN_RE.match(" ".join(cell.split()).rstrip(":")))


def _question(cell: str) -> bool:
    """A cell that is a question ("Kva verknad får …?"): it asks to be answered."""
    return cell.rstrip().endswith("?") and len(cell.split()) >= 3


def _table_asks(cell: str) -> bool:
    """A table cell that asks: a request (:func:`_asks`) or a question."""
    return _asks(cell) or _question(cell)


_SCOPED_OUT_RE = re.compile(r"^(?:" + _alt("scoped_out_cell") + r")\b", re.IGNORECASE)


def _scoped_out(cell: str) -> bool:
    """A table cell that opens by leaving its row's theme out ("Vurderes ikke. Anlægget …",
    "Not assessed – no sites nearby"): requirements.yaml ``scoped_out_cell``."""
    return bool(_SCOPED_OUT_RE.match(" ".join(cell.split())))


def _leans(cell: str) -> bool:
    """A point cell that leans on its row's theme: a question, or a description that does not
    ask by itself ("A forecast of …"). A request that asks by itself ("Kartlegge …") is the
    point alone, as the earlier tables' points were."""
    return _question(cell) or not _asks(cell)


def run_in_label(
    parts: list[tuple[str, bool]], *, sep: str = " ", s: PointSettings | None = None
) -> str | None:
    """The bold label + colon that opens a line (layout: :func:`colon_label`), without its
    colon, at most ``run_in_words`` words long."""
    from plancheck.layout.blocks import colon_label

    return colon_label(parts, sep=sep, max_words=(s or POINT_SETTINGS).run_in_words)


def lead_in_label(
    parts: list[tuple[str, bool]], *, sep: str = " ", s: PointSettings | None = None
) -> str | None:
    """The bold lead-in + full stop that opens a line ("**Jordvern.** Konsekvensene …",
    layout: :func:`stop_label`), without its stop, at most ``run_in_words`` words long."""
    from plancheck.layout.blocks import stop_label

    return stop_label(parts, sep=sep, max_words=(s or POINT_SETTINGS).run_in_words)


def _block_lead_in(text: str, run_in: str | None) -> str | None:
    """The ingest block's run-in title as a lead-in when a full stop closes it."""
    if not run_in:
        return None
    head = run_in.strip()
    after = text.strip()[len(head) :] if text.strip().startswith(head) else ""
    return lead_in_label([(head, True), (after, False)], sep="")


def _block_run_in(text: str, run_in: str | None) -> str | None:
    """The ingest block's run-in title as a label when a colon follows it."""
    if not run_in:
        return None
    label = run_in.strip().rstrip(":").strip()
    after = text.strip()[len(run_in.strip()) :] if text.strip().startswith(run_in.strip()) else ""
    if not (run_in.strip().endswith(":") or after.lstrip().startswith(":")):
        return None
    if not label[:1].isalpha() or len(label.split()) > POINT_SETTINGS.run_in_words:
        return None
    return label


_TYPED_LABEL_RE = re.compile(r"^([^\W\d_][\w\- ]{0,40}?)\s*:\s+\S")


def _typed_point_label(text: str, block: object) -> str | None:
    """A label that opens a paragraph of a reader that records no weight of single words (a
    Writer document's ingest block): "Bestilling: Kortlægge …" read as the bold label it
    usually is, only for a word that means a point (requirements.yaml: point_label). A block
    set all in bold, or whose reader found a run-in title of its own, is read as that."""
    if getattr(block, "run_in", None) is not None or getattr(block, "bold", False):
        return None
    m = _TYPED_LABEL_RE.match(text.strip())
    if m is None or _label_form(m.group(1)) not in _POINT_LABELS:
        return None
    return m.group(1).strip()


def read_lines(path: Path, *, password: str | None = None) -> list[Line]:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        try:
            return _lines_from_pdf(path, password)
        except (InputError, MemoryError):
            raise
        except Exception as exc:  # pdfminer on a damaged page: said of the mandate, by name only
            raise InputError(
                f"{path}: the PDF cannot be read ({type(exc).__name__}); is it truncated or damaged?"
            ) from None
    if suffix == ".docx":
        from plancheck.ingest.docx import check_zip

        with check_zip(path, ".docx"):  # missing, empty, not a zip, corrupt: one line each
            pass
        return _lines_from_docx(path)
    if suffix in (".odt", ".doc", ".rtf"):
        try:
            from plancheck.pipeline import load_document  # type: ignore[import-not-found]
        except ImportError as exc:
            raise InputError(f"{path}: cannot read {suffix} mandates yet") from exc
        return lines_from_blocks(load_document(path, password=password).blocks)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        text = path.read_text(encoding="latin-1")
    if not text.strip():
        raise InputError(f"{path}: the mandate file is empty")
    return _lines_from_text(text)


def coded_runs(lines: list[Line], s: PointSettings = POINT_SETTINGS) -> list[Line]:
    """Items typed with a code and no bracket whatever their first word ("D1⇥A baseline map
    …", "L1⇥kartlegger …" continuing the lead-in's "som", "A.1 …", "K-1 …", "M1: Kartlegge
    …": deliverables and tasks numbered by a letter and a number, the tab read as a space): a
    run of ``coded_items`` or more lines opening with one letter, typed alike, and the numbers
    1, 2, 3 … in turn, the lines between them no more than their wrapped lines, is a list, its
    codes written as "D1)" so the code is the item's marker. One coded line alone stays a
    sentence ("E6 går gjennom …": TYPED_CODE_RE asks a point verb of it)."""
    out = list(lines)
    i = 0
    while i < len(out):
        m = CODE_LINE_RE.match(out[i].text.strip())
        if m is None or m.group("num") != "1":
            i += 1
            continue
        form = (m.group("letter"), m.group("sep"), m.group("end"))
        run = [i]
        j = i + 1
        while j < len(out):
            mj = CODE_LINE_RE.match(out[j].text.strip())
            if mj is not None and (mj.group("letter"), mj.group("sep"), mj.group("end")) == form and mj.group(
                "num"
            ) == str(len(run) + 1):
                run.append(j)
            elif mj is not None or out[j].gap or _marker(out[j].text) is not None:
                break
            j += 1
        if len(run) >= s.coded_items:
            for k in run:
                ln = out[k]
                mk = CODE_LINE_RE.match(ln.text.strip())
                label = f"{mk.group('letter')}{mk.group('sep')}{mk.group('num')}"
                out[k] = replace(ln, text=f"{label}) {mk.group('rest')}")
        i = max(j, i + 1) if len(run) >= s.coded_items else i + 1
    return out


def _series_run(
    out: list[Line], i: int, pattern: re.Pattern[str], follows: Callable[[re.Match[str], int, Line], bool]
) -> tuple[list[int], int]:
    """The lines of a numbered series opened at line ``i``: each later line matching ``pattern``
    that ``follows(match, items so far, line)`` accepts is its next item; a line matching it
    otherwise, a blank line or a line with a marker of its own ends the series, and any other
    line is an item's wrapped line. Returns the items' indices and the index after the series
    (shared by :func:`decimal_runs` and :func:`glued_label_runs`)."""
    run = [i]
    j = i + 1
    while j < len(out):
        mj = pattern.match(out[j].text.strip())
        if mj is not None and follows(mj, len(run), out[j]):
            run.append(j)
        elif mj is not None or _marker(out[j].text) is not None:
            break
        elif out[j].gap and not (
            POINT_SETTINGS.series_over_page_break and _page_break_inside(out[j - 1], out[j])
        ):
            # a blank line ends the series, a page break inside an item's sentence does not
            break
        j += 1
    return run, j


# "4.1⇥beskriva hur …": a clause numbered under its section's number, the tab read as a space
_DECIMAL_LINE_RE = re.compile(r"^(?P<section>\d{1,2})\.(?P<sub>\d{1,2})\s+(?P<rest>[^\W\d_]\S*.*)$")


def decimal_runs(lines: list[Line], s: PointSettings = POINT_SETTINGS) -> list[Line]:
    """Clauses numbered under their section's number whatever their first letter ("4.1⇥beskriva
    …", "4.2⇥ange …" after "Planen ska": an agreement's or a contract's clauses carry on the
    sentence of the lead-in, in lower case): a run of ``coded_items`` or more lines opening with
    one section number and the sub-numbers 1, 2, 3 … in turn, the lines between them no more
    than their wrapped lines, is a list, each number written "4.1)" so it is the item's marker.
    One such line alone ("17.5 prosent av …" opening a wrapped line) stays text: NUMBER_RE
    takes a decimal number without a stop before a capital only."""
    out = list(lines)
    i = 0
    while i < len(out):
        m = _DECIMAL_LINE_RE.match(out[i].text.strip())
        if m is None or m.group("sub") != "1":
            i += 1
            continue
        section = m.group("section")
        run, j = _series_run(
            out, i, _DECIMAL_LINE_RE,
            lambda mj, n, _ln, section=section: mj.group("section") == section and mj.group("sub") == str(n + 1),
        )
        if len(run) < s.coded_items:
            i += 1
            continue
        for k in run:
            mk = _DECIMAL_LINE_RE.match(out[k].text.strip())
            out[k] = replace(out[k], text=f"{section}.{mk.group('sub')}) {mk.group('rest')}")
        i = j
    return out


# "a)gje ein oversikt …", "2)beskrive …": a letter or a number and its closing bracket glued to
# the item's first word (the hanging indent too narrow for the gap a typist's tab would leave);
# "1.redovisa …": a number and its stop typed so (as mandates are typed, no space after the
# number), the word in lower case carrying on the lead-in's sentence
_GLUED_LINE_RE = re.compile(
    r"^(?:(?P<label>[a-zæøå]|\d{1,2})\)|(?P<number>\d{1,2})\.(?=[a-zæøåäö]{2}))(?P<rest>(?-i:[a-zæøåäö])\S*.*)$"
)


# (the bracketed form alone: PointSettings.glued_stop_runs off)
_GLUED_BRACKET_RE = re.compile(r"^(?P<label>[a-zæøå]|\d{1,2})\)(?P<number>(?!))?(?P<rest>(?-i:[a-zæøåäö])\S*.*)$")


def _glued_label(m: re.Match[str]) -> str:
    """The label of a glued item line ("a" for "a)gje …", "1" for "1.redovisa …")."""
    return m.group("label") or m.group("number")


def _nth_label(first: str, n: int) -> str:
    """The label ``n`` places after ``first`` in its series ("a", 2 → "c"; "1", 1 → "2")."""
    return str(int(first) + n) if first.isdigit() else chr(ord(first) + n)


def glued_label_runs(lines: list[Line], s: PointSettings = POINT_SETTINGS) -> list[Line]:
    """Items whose bracketed label touches their first word ("Tiltaksplanen skal" / "a)gje ein
    oversikt …;" / "b)prioritere …;": a letter typed with a hanging indent narrower than the
    gap, the word in lower case carrying on the lead-in's sentence): a run of ``coded_items``
    or more lines opening so, with the labels a, b, c … (or 1, 2, 3 …) in turn, at one indent,
    the lines between them no more than their wrapped lines, is a list, each label written
    "a) " so it is the item's marker. One such line alone stays text (NUMBER_RE asks a space,
    or a capital, after a label)."""
    out = list(lines)
    glued = _GLUED_LINE_RE if POINT_SETTINGS.glued_stop_runs else _GLUED_BRACKET_RE
    i = 0
    while i < len(out):
        m = glued.match(out[i].text.strip())
        if m is None or _glued_label(m) not in ("a", "1"):
            i += 1
            continue
        first, stop = _glued_label(m), m.group("number") is not None
        # the items' indent, page by page: a page's margin may differ from the one before
        # (the list goes on over the page break: _series_run; one indent for all, that off)
        by_page = POINT_SETTINGS.series_over_page_break
        at = {out[i].page if by_page else None: out[i].indent}

        def follows(
            mj: re.Match[str], n: int, ln: Line, first: str = first, stop: bool = stop, at: dict = at,
            by_page: bool = by_page,
        ) -> bool:
            if _glued_label(mj) != _nth_label(first, n) or (mj.group("number") is not None) != stop:
                return False
            indent = at.setdefault(ln.page if by_page else None, ln.indent)
            return abs(ln.indent - indent) <= s.letter_bullet_indent / 2

        run, j = _series_run(out, i, glued, follows)
        if len(run) < s.coded_items:
            i += 1
            continue
        for k in run:
            mk = glued.match(out[k].text.strip())
            out[k] = replace(out[k], text=f"{_glued_label(mk)}{'.' if mk.group('number') else ')'} {mk.group('rest')}")
        i = j
    return out


# "at planen beskriver …,", "att bolaget …", "that the Council …": a line opening with the word
# of a complement clause (requirements.yaml: clause_opener)
_CLAUSE_LINE_RE = re.compile(r"^(?:" + _alt("clause_opener") + r")\s+(?P<rest>\S.*)$", re.IGNORECASE)
_NOTING_RE = re.compile(r"\b(?:" + _alt("noting_clause") + r")\b", re.IGNORECASE)


def _clause_items(lines: list[Line], i: int) -> tuple[list[tuple[Line, str]], int]:
    """The complement clauses one to a line from ``lines[i]`` ("att planen anger …,"), each
    with its wrapped lines joined and its opening word left out, as (first line, text), and the
    index after them. The run ends at a clause that closes with a stop."""
    n = len(lines)
    items: list[tuple[Line, str]] = []
    j = i
    while j < n and _CLAUSE_LINE_RE.match(lines[j].text.strip()) and _marker(lines[j].text) is None:
        first = lines[j]
        text = _CLAUSE_LINE_RE.match(first.text.strip()).group("rest")
        j += 1
        # its wrapped lines: until the clause ends in a comma, semicolon or stop
        while (
            j < n
            and not text.rstrip().endswith((",", ";", ".", ":"))
            and not _CLAUSE_LINE_RE.match(lines[j].text.strip())
            and _marker(lines[j].text) is None
        ):
            text = _join(text, lines[j].text.strip())
            j += 1
        items.append((first, text))
        if text.rstrip().endswith("."):
            break
    return items, j


# Word's second-level bullet, its Courier "o" printed as the letter: the letter alone before the
# item's text
_LETTER_O_RE = re.compile(r"^o\s+(?P<rest>\S.*)$")


def letter_bullet_runs(lines: list[Line], s: PointSettings = POINT_SETTINGS) -> list[Line]:
    """Word's second-level bullets printed as the letter "o" ("behovet for ladeplasser:" /
    "o ved stasjonene" / "o ved skoler …"): a run of ``letter_bullet_items`` or more
    lines, each opening with "o" alone, all at one indent deeper by ``letter_bullet_indent`` or
    more than the line over the run, are the sub-points of the point over them. Where the line's
    geometry is known (a PDF), the glyph is the layout's reading (``Line.o_marker``: the letter
    set off by a marker gap, :func:`plancheck.layout.blocks.letter_o_marker`), not its text;
    a text source has only the text, "o" alone before the item. The glyph is
    taken off (it is the list's, no word of the point) and each line marked
    ``Line.word_bullet``, which the point takes as a sub-point ("…: ved stasjonene;
    ved skoler …; i sentrum"). They stay lines of the point, no markers of their own, so the list
    around them is read as before (Word's list hangs its lines: the text after it stays apart). A
    lone "o" line, or one at the indent of the
    text, is a word ("o" is no word of the five languages, but a line may open with it in a
    name or a formula)."""
    def opens_with_glyph(ln: Line) -> bool:
        return bool(_LETTER_O_RE.match(ln.text.strip())) and ln.o_marker is not False

    out = list(lines)
    i = 0
    while i < len(out):
        if i == 0 or not opens_with_glyph(out[i]):
            i += 1
            continue
        base = out[i - 1].indent
        j = i
        while (
            j < len(out)
            and opens_with_glyph(out[j])
            and abs(out[j].indent - out[i].indent) <= s.letter_bullet_indent / 2
        ):
            j += 1
        if j - i >= s.letter_bullet_items and out[i].indent - base >= s.letter_bullet_indent:
            for k in range(i, j):
                rest = _LETTER_O_RE.match(out[k].text.strip()).group("rest")  # type: ignore[union-attr]
                out[k] = replace(out[k], text=rest, word_bullet=True)
        i = max(j, i + 1)
    return out


def clause_runs(lines: list[Line], s: PointSettings = POINT_SETTINGS) -> list[Line]:
    """A decision written as complement clauses, one to a line, after a lead-in that ends in a
    comma or colon ("Bestyrelsen vedtog," / "at der udarbejdes …," / "at planen …," / … /
    "at planen forelægges … ."): a list whose marker is the clause's opening word. A run of
    ``clause_items`` or more such clauses (each one's wrapped lines joined to it) is written as
    items numbered by position, "1) …", the opening word left out; a clause that only takes a
    briefing to note (noting_clause) asks nothing and is no item, nor numbered. Numbered,
    because a decision's clauses are its points as a list numbered in turn would be: they win
    over a shorter numbered list of the proposal before them."""
    out: list[Line] = []
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        lead = out[-1].text.rstrip() if out else ""
        if not (_CLAUSE_LINE_RE.match(ln.text.strip()) and _marker(ln.text) is None and lead.endswith((",", ":"))):
            out.append(ln)
            i += 1
            continue
        items, j = _clause_items(lines, i)
        if len(items) < s.clause_items:
            out.append(ln)
            i += 1
            continue
        k = 0
        for first, text in items:
            if _NOTING_RE.search(text):
                continue
            k += 1
            out.append(replace(first, text=f"{k}) {text}", heading=False))
        i = j
    return out


def lines_from_blocks(blocks: Iterable) -> list[Line]:
    """Lines from strings, :class:`Line` objects or ingest ``Block`` objects."""
    out: list[Line] = []
    for b in blocks:
        if isinstance(b, Line):
            out.append(b)
        elif isinstance(b, str):
            out.extend(_lines_from_text(b))
        elif isinstance(b, tuple) and len(b) == 2 and isinstance(b[0], str):
            out.extend(_lines_from_text(b[0], page=b[1]))
        else:
            kind = getattr(getattr(b, "kind", None), "value", getattr(b, "kind", None))
            text = getattr(b, "text", "") or ""
            prov = getattr(b, "provenance", None)
            page = getattr(prov, "page", None)
            if kind == "heading":
                out.append(Line(text, page, 0.0, None, True, True, True))
            elif kind == "list_item":
                label = getattr(b, "number", None) or getattr(b, "bullet", None) or "-"
                if label and label[-1].isalnum():
                    label += "."
                level = getattr(b, "level", None) or 0
                out.append(Line(f"{label} {text}", page, 20.0 * level, None, False, False))
            elif kind == "table" and getattr(b, "table", None) is not None:
                t = b.table
                rows = [list(t.header)] if t.header else []
                rows += [[c.text for c in r] for r in t.rows]
                out.extend(_table_lines(rows, page))
            elif kind == "paragraph":
                run_in = _block_run_in(text, getattr(b, "run_in", None)) or _typed_point_label(
                    text, b
                )
                lead_in = _block_lead_in(text, getattr(b, "run_in", None))
                for i, part in enumerate(text.splitlines() or [text]):
                    out.append(
                        Line(
                            part,
                            page,
                            0.0,
                            None,
                            bool(getattr(b, "bold", False)),
                            None,
                            i == 0,
                            run_in if i == 0 else None,
                            lead_in if i == 0 else None,
                        )
                    )
    return out


# ----------------------------------------------------------------------------- points


@dataclass
class _RawPoint:
    label: str
    kind: str
    text: str
    page: int | None
    indent: float
    subs: list[tuple[str, str]]
    # an item of a list of deliverables ("Deliverables" / "The review group will deliver:"):
    # a part the work must hand over, whatever its words
    deliverable: bool = False
    # a later section of a report numbered by sections and paragraphs ("3. Reasons for
    # recommendations" over "3.1 Members have received …", after "2.1" … "2.11"): its
    # paragraphs are points only when they ask
    later_section: bool = False
    kind_hint: str | None = None  # the kind its table gives it (Line.kind)
    # a sentence after its sub-points, back at their markers' indent ("Planen legges fram …"
    # after "k) …"): not the last sub-point's wrapped line
    closing: str = ""
    owner: str | None = None  # its table row's owner cell (Line.owner)
    report: str | None = None  # its table row's reporting cell (Line.report)
    plan_named: str | None = None  # the plan its row of a table of plans is about (Line.plan_named)
    proposal: bool = False  # read from a numbered proposal paragraph of a minute
    # the body its labelled paragraph is addressed to ("Recommendation 3 (Tenancy Services)"),
    # None when its label names none
    addressee: str | None = None


def _depth(label: str) -> int:
    """How many numbers a label carries: "2." 1, "2.1" 2, "1.a" 2."""
    return len([p for p in re.split(r"[.)\s]+", label.strip("()")) if p])


def _join(a: str, b: str) -> str:
    if a.endswith("-") and b[:1].islower() and not b.startswith(("og ", "eller ", "and ", "or ")):
        return a[:-1] + b
    return f"{a} {b}".strip()


def _collect(lines: list[Line], start: int, body_size: float | None) -> tuple[list[_RawPoint], int]:
    """Collect the list after lines[start] (a mandate heading). Returns points and end index."""
    points: list[_RawPoint] = []
    base_indent: float | None = None
    base_kind: str | None = None
    text_indent: float | None = None
    intro = 0
    i = start + 1
    last_sub = False
    sub_hang = False  # a sub-point's wrapped lines stood further in than its marker
    sub_indent: float | None = None  # the indent of the last sub-point's marker
    closing = False  # lines after the sub-points, back at their markers' indent
    hanging = False  # a point's wrapped lines stood further in than its marker
    delivers = False  # the items stand under a lead-in or heading of deliverables
    while i < len(lines):
        ln = lines[i]
        t = ln.text.strip()
        mk = _item_marker(ln, body_size)
        section = False  # a numbered report's next section ("3. Reasons …" over "3.1 …")
        if mk is None:
            mk = _labelled_level(lines, i, body_size) or _next_bare_number(ln, points, body_size)
            # after the paragraphs of one section ("2.1" … "2.11"), a numbered heading over
            # paragraphs of its own is the report's next section, not the list's first level
            section = mk is not None and bool(points) and _depth(points[0].label) > _depth(mk[1])
        if mk is None and _looks_like_heading(ln, body_size):
            if _is_mandate_heading(ln, body_size) and (points or intro == 0):
                i += 1  # "Mandat (forts.)" on the next slide
                continue
            if not points and intro == 0 and _heading_wrapped(lines[i - 1], ln):
                i += 1  # the mandate heading's second line ("Oppdrag: Forvaltningsplan …" / "2038–2048")
                continue
            after = _list_goes_on_under(lines, i, body_size) if points else None
            if after is None or (POINT_SETTINGS.told_lists and told_run(points)):
                # (sentences that tell, measures already taken, go on under no lead-in that
                # asks: its list is another, "Åtgärder för att …" / "Handlingsplanen ska")
                break
            # "Deliverables" / "The review group will deliver:": the list goes on under a
            # heading of its own, its items numbered on after the ones above
            i, delivers = after
            base_indent, base_kind, last_sub, hanging = None, None, False, False
            continue
        if mk is not None:
            kind, label, rest = mk
            tol = 6.0 if ln.size else 1.0
            if base_indent is None:
                base_indent, base_kind = ln.indent, kind
                top = True
            elif ln.indent < base_indent - tol:
                top = True
            elif ln.indent <= base_indent + tol:
                # "(i)" reads as a letter until "(ii)" follows: one roman list
                romanish = {kind, base_kind} == {"letter", "roman"} and bool(
                    re.fullmatch(r"[ivx]+", label.strip("().").lower())
                )
                top = kind == base_kind or not points or romanish
            else:
                top = False
            if top and points and _sub_label(label, points[-1]):
                top = False  # "1.a" or "1.1" under "1.": a sub-point, whatever its indent
            if top:
                points.append(
                    _RawPoint(
                        label, kind, rest, ln.page, ln.indent, [],
                        delivers or ln.kind == "deliverable", section, ln.kind,
                        owner=ln.owner, report=ln.report, plan_named=ln.plan_named,
                    )
                )
                text_indent = None
                last_sub = False
                sub_hang = False
                if _GLUED_LABEL_RE.match(t):
                    # "3.Planen skal …" typed with no space after its number: no tab, so no
                    # hanging indent — its wrapped lines come back to the marker's indent, though
                    # the items above ("1.⇥Kommunestyret …") hung theirs further in
                    hanging = False
            else:
                points[-1].subs.append((label, rest))
                last_sub = True
                sub_indent = ln.indent
            closing = False
            i += 1
            continue
        # a line that is neither a heading nor a list item
        if not points:
            intro += 1
            if intro > 12:
                return [], i
            i += 1
            continue
        cur = points[-1]
        prev_text = cur.subs[-1][1] if last_sub else cur.text
        indented = ln.indent > (base_indent or 0) + (4.0 if ln.size else 1.0)
        if text_indent is None and indented:
            text_indent = ln.indent
        # (a sub-point's wrapped line stands in by its own marker's indent: it says nothing of how
        # the top points wrap — "(c) In preparing it, the Director shall consult the Harbour\nTrust
        # …" back at the marker after the hanging lines of "(b)(1) …"; session 49)
        hanging = hanging or (indented and not last_sub)
        continues = indented or (
            not ln.gap and not prev_text.rstrip().endswith((".", ":", "?", "!"))
        )
        if not indented and (ln.gap or hanging):
            # a line back at the markers' indent after points whose lines hang further in is
            # not a point's wrapped line ("og at strategien forelægges …" after the bullets)
            continues = False
        if not indented and _unwrapped(lines[i - 1], ln) and t[:1].isupper():
            # items typed after soft line breaks, wrapped lines at the markers' indent: a
            # line opening a sentence after an item that ended well short of the text's right
            # edge is no wrapped line of it ("Når det gjelder prosessen, …" after "- beskrive
            # … adresse")
            continues = False
        prev_page = lines[i - 1].page
        if (
            ln.page is not None
            and prev_page is not None
            and ln.page != prev_page
            and not prev_text.rstrip().endswith((".", ":", "?", "!"))
        ):
            continues = True  # a point split by the page break
        if lines[i - 1].table and not ln.table:
            # a table's row is whole in its cell: the text after the table is prose (a
            # paragraph set further in than the table's edge, "Prosjektgruppa ledes av …"), never
            # the last row's wrapped line
            continues = False
        if not continues:
            after = _continuation_lead_in(lines, i, body_size)
            if after is None or (POINT_SETTINGS.told_lists and told_run(points)):
                break
            # "Planen skal òg omtale:": the list goes on under a new lead-in, its items
            # (another kind of marker, perhaps) are points after the ones above
            (i, delivers), base_indent, base_kind, last_sub, hanging = after, None, None, False, False
            continue
        tol = 4.0 if ln.size else 1.0
        if last_sub and sub_indent is not None and ln.size and ln.indent > sub_indent + tol:
            sub_hang = True
        elif (
            last_sub
            and sub_hang
            and sub_indent is not None
            and ln.size
            and ln.indent <= sub_indent + tol
            and (closing or (_unwrapped(lines[i - 1], ln) and t[:1].isupper()))
        ):
            # sub-points whose wrapped lines hang further in: a sentence back at their markers'
            # indent, after a line that ended short, closes the sub-list
            closing = True
        if ln.word_bullet:
            # a Word sub-bullet ("o ved skoler …") under the point: a sub-point of it, as a
            # marked one is
            cur.subs.append(("o", t))
            last_sub, sub_indent, closing = True, ln.indent, False
        elif closing:
            cur.closing = _join(cur.closing, t)
        elif last_sub:
            label, sub = cur.subs[-1]
            cur.subs[-1] = (label, _join(sub, t))
        else:
            cur.text = _join(cur.text, t)
        i += 1
    return points, i


# a list label typed against its text with no space ("3.Planen", "2)Kartlegge"): the item was
# typed as a plain paragraph, its wrapped lines at the marker's indent
_GLUED_LABEL_RE = re.compile(r"^\(?\d{1,2}[.)](?=[^\W\d_])")


def _heading_wrapped(head: Line, ln: Line) -> bool:
    """``ln`` goes on with the heading ``head`` above it: set in the same size and weight, at
    its indent, with no gap between (a long title wrapped, its years on a line of their own)."""
    return (
        not ln.gap
        and head.size is not None
        and ln.size == head.size
        and ln.bold == head.bold
        and abs(ln.indent - head.indent) <= POINT_SETTINGS.heading_indent
        and ln.page == head.page
    )


def _unwrapped(line: Line, nxt: Line | None = None) -> bool:
    """``line`` was not wrapped before ``nxt`` (PDF lines only): the first word of the next
    line would have fitted between its end and the right edge of the page's text, so the
    writer broke the line (a soft line break, an item's end), not the typesetter."""
    if line.right is None or line.edge is None:
        return False
    room = line.edge - line.right
    if nxt is None or nxt.first_width is None:
        return room > 0.15 * line.edge
    return room > nxt.first_width + POINT_SETTINGS.word_space * (nxt.size or 10.0)


def _labelled_level(lines: list[Line], i: int, body: float | None) -> tuple[str, str, str] | None:
    """A numbered label set in bold ("**1. Økonomi og drift**", read as a numbered heading)
    directly over sub-points that carry its number ("1.a Beskrive …"): the first level of the
    mandate's multilevel list, not a heading that ends it."""
    if i + 1 >= len(lines):
        return None
    mk = _marker(lines[i].text) if numbered_heading(lines[i], body) else _bare_numbered_heading(
        lines[i], body
    )
    nxt = _item_marker(lines[i + 1], body)
    if mk is None or nxt is None:
        return None
    parent = _RawPoint(mk[1], mk[0], mk[2], None, 0.0, [])
    return mk if _sub_label(nxt[1], parent) else None


# "1 Vegnett": a section number with no stop, then a capital (a heading's numbering)
_BARE_NUMBER_RE = re.compile(r"^(?P<label>\d{1,2})\s+(?P<rest>(?-i:[A-ZÆØÅÄÖ])\S*.*)$")


def _bare_numbered_heading(line: Line, body: float | None) -> tuple[str, str, str] | None:
    """("number", "1.", "Vegnett") for a heading-styled line numbered without a stop ("1
    Vegnett", set larger or bold than the body; short, no sentence), else None. Only over
    sub-points that carry its number (_labelled_level): a number and a capital alone are too
    common in prose ("2 300 dekar", "3 Klima" in a table) to be a marker by themselves."""
    m = _BARE_NUMBER_RE.match(line.text.strip())
    if m is None:
        return None
    rest = m.group("rest").strip()
    if not _heading_title(rest) or not _heading_styled(line, body):
        return None
    return "number", m.group("label") + ".", rest


def _next_bare_number(
    line: Line, points: list[_RawPoint], body: float | None
) -> tuple[str, str, str] | None:
    """A heading-styled line numbered without a stop that goes on with a list whose first level
    is so numbered ("1 Vegnett" … "3 Trafikktryggleik" over sub-points, then "4 Planen skal
    sendast til kommunestyret …"): the list's next first-level item, with no sub-points of its own,
    though it is a sentence too long for a heading. Its number must follow the last item's."""
    if not points or points[-1].kind != "number" or not points[-1].subs:
        return None
    m = _BARE_NUMBER_RE.match(line.text.strip())
    last = points[-1].label.strip("().")
    if m is None or not last.isdigit() or int(m.group("label")) != int(last) + 1:
        return None
    if not _heading_styled(line, body):
        return None
    return "number", m.group("label") + ".", m.group("rest").strip()


def _sub_label(label: str, parent: _RawPoint) -> bool:
    """``label`` numbers a sub-point of ``parent`` by its form: "1.a", "1 a)", "1a", "1.1" under
    "1." (a multilevel list prints the parent's number before the sub-point's)."""
    if parent.kind != "number":
        return False
    core = re.sub(r"^(\d+)(?=[a-zæøå]$)", r"\1.", label.strip("().").replace(" ", "."))
    head = parent.label.strip("().")
    return len(core) > len(head) + 1 and core.startswith(head + ".")


# "the authority has agreed to:", "kommunen har forplikta seg til å:": the addressee's undertaking
# ending a lead-in (requirements.yaml agreed_to)
_AGREED_TO_RE = re.compile(r"\b(?:" + _alt("agreed_to") + r")\s*:$", re.IGNORECASE)


def _continuation_lead_in(
    lines: list[Line], i: int, body: float | None
) -> tuple[int, bool] | None:
    """The index of the first item after a lead-in that starts at ``lines[i]`` and goes on with
    the mandate's list ("Planen skal òg omtale:", "The plan should also:", "The review group
    will deliver:"), and whether its items are deliverables; or None. A lead-in ends in a
    colon, asks with a modal and an asking verb, a verb of handing over (its items are then
    deliverables) or a word that says the list goes on (requirements.yaml: ``asking_verb``,
    ``deliverable_verb``, ``list_continuation``), is not negated ("Følgende skal ikke
    inngå:") and is followed at once by a list item."""
    text = lines[i].text.strip()
    j = i + 1
    while (
        not text.endswith(":")
        and j < len(lines)
        and j - i < 3
        and not lines[j].gap
        and _item_marker(lines[j], body) is None
    ):
        text = _join(text, lines[j].text.strip())
        j += 1
    if len(text.split()) > 16 or _marker(text):
        return None
    if j >= len(lines) or _item_marker(lines[j], body) is None:
        return None
    if not text.endswith(":"):
        # "For arbeidsformen ønsker vi at dere" over "- involverer …": a lead-in
        # whose sentence goes on into the items (no stop, no colon) and that ended short
        # of the edge (it was not an item's wrapped line) goes on with the list
        if (
            text.endswith((".", "!", "?", ";", ","))
            or not _unwrapped(lines[j - 1], lines[j])
            or lines[i].gap
            # a heading over the items ("Tiltak som alt er gjorde") is no sentence
            # (but a group heading of a numbered list, "3 Uppfølging" over "3.1 …", "Etape 2 · …"
            # over "2.1 …", goes on with it: its items carry its number)
            or (
                POINT_SETTINGS.heading_no_lead_in
                and j == i + 1
                and _looks_like_heading(lines[i], body)
                and not _group_heading(lines[i], lines[j], body)
            )
            or _NEGATION_RE.search(text)
            or EXCLUSION_RE.search(text)
        ):
            return None
        return j, False
    if _AGREED_TO_RE.search(text) and not _NEGATION_RE.search(text):
        # "Within six weeks …, the authority has agreed to:" over "- review …": what the
        # addressee has agreed to do (an ombudsman's agreed action, a settlement) is asked of
        # it, as a modal's list is
        return j, False
    if _NEGATION_RE.search(text) or not _MODAL_RE.search(text):
        return None
    if _DELIVER_RE.search(text):
        return j, True
    if _MODAL_COLON_RE.search(text) and all(
        _lower_verb_item(ln, body) for ln in lines[j : j + 2] if _item_marker(ln, body)
    ):
        # "The study will:" over "- list …", "- compare …": the modal ends the lead-in
        # and every item opens with its verb, in lower case: the items finish its sentence
        return j, False
    if (_SCOPE_RE.search(text) or _CONTAINS_AFTER_MODAL_RE.search(text)) and not EXCLUSION_RE.search(text):
        # "The study will cover:", "Utredningen skal omfatte:": the items are what the work
        # must answer for, each a point; so are the items of what it must contain ("… skal
        # inneholde:", a deed's definition of the plan "… which must include:")
        return j, False
    return (j, False) if _ASKING_VERB_RE.search(text) or _CONTINUATION_RE.search(text) else None


def _lower_verb_item(line: Line, body: float | None) -> bool:
    """A list item whose text opens with a word in lower case (a verb finishing the lead-in's
    sentence: "set out …", "kartlegge …")."""
    mk = _item_marker(line, body)
    return mk is not None and mk[2][:1].islower()


def _list_goes_on_under(lines: list[Line], i: int, body: float | None) -> tuple[int, bool] | None:
    """After the mandate's list, a heading at ``lines[i]`` under which the list goes on, as
    (index of its first item, whether its items are deliverables), or None (the heading ends
    the list). It goes on under a heading followed by a lead-in of a list that goes on
    ("Deliverables" / "The review group will deliver:", "Videre arbeid" / "Arbeidsgruppa
    skal også vurdere:"), or under a heading that names deliverables ("Leveranser",
    requirements.yaml ``deliverable_heading``) followed at once by its items."""
    j = i + 1
    if j >= len(lines):
        return None
    heading = " ".join(lines[i].text.split()).rstrip(":").strip()
    # "3 Deliverables": the section's number is no word of the heading
    heading = _SECTION_NUMBER_RE.sub("", heading)
    named = bool(_DELIVERABLE_HEADING_RE.fullmatch(heading))
    if _item_marker(lines[j], body) is not None:
        if _CRITERIA_HEADING_RE.fullmatch(heading):
            return j, False
        return (j, True) if named else None
    after = _continuation_lead_in(lines, j, body)
    if after is None:
        return None
    return after[0], after[1] or named


def _body_size(lines: list[Line]) -> float | None:
    sizes = [round(ln.size, 1) for ln in lines if ln.size]
    if not sizes:
        return None
    return Counter(sizes).most_common(1)[0][0] if len(sizes) > 3 else statistics.median(sizes)


def _all_lists(
    lines: list[Line], body: float | None = None, starts: list[int] | None = None
) -> list[list[_RawPoint]]:
    """Every run of list items in the document (for a mandate without a heading); ``starts``,
    when given, receives the index of each run's first item."""
    runs: list[list[_RawPoint]] = []
    i = 0
    while i < len(lines):
        if _item_marker(lines[i], body) is not None:
            if _excluded(lines, i):
                i = _skip_items(lines, i, body)
                continue
            pts, end = (
                _collect(lines, i - 1, body) if i > 0 else _collect([Line(""), *lines], 0, body)
            )
            if i == 0:
                end -= 1
            if pts and i > 0 and _list_goes_on_under(lines, i - 1, body) == (i, True):
                # items right under a heading of deliverables ("5. Outputs") are parts
                # the work hands over, whatever their words
                for rp in pts:
                    rp.deliverable = True
            if pts and not clock_run(pts):
                runs.append(pts)
                if starts is not None:
                    starts.append(i)
            i = max(end, i + 1)
        else:
            i += 1
    return runs


_CLOCK_LABEL_RE = re.compile(r"^(?P<hour>[01]?\d|2[0-3])[.:](?P<min>[0-5]\d)$")


def clock_run(run: list[_RawPoint]) -> bool:
    """A run of items labelled by times of day in order ("9.00 Opning ved leiaren", "9.15 …",
    "10.30 …"): a meeting's programme, no list of points. Every label a time, one at
    least on the hour ("9.00": no decimal numbering has a point 0), the times rising."""
    found = [_CLOCK_LABEL_RE.match(rp.label.strip("().")) for rp in run]
    if len(run) < 2 or not all(found) or not any(m.group("min") == "00" for m in found if m):
        return False
    times = [int(m.group("hour")) * 60 + int(m.group("min")) for m in found if m]
    return times == sorted(times) and len(set(times)) == len(times)


def _led_in(lines: list[Line], k: int, body: float | None) -> bool:
    """The list item at ``lines[k]`` follows at once a lead-in that asks for the list (one
    or two lines ending in a colon: _continuation_lead_in)."""
    for back in (1, 2):
        i = k - back
        if i < 0 or (back == 2 and lines[k - 1].gap):
            break
        after = _continuation_lead_in(lines, i, body)
        if after is not None and after[0] == k:
            return True
    return False


def _group_heading(head: Line, item: Line, body: float | None) -> bool:
    """``head`` is a group heading of a numbered list and ``item`` its first item: the item's
    number is one of the heading's numbers and a sub-number ("3 Uppfølging" over "3.1
    Måle …", "Etape 2 · Høring" over "2.1 Samle …": a project's phases, a directive's
    sections of tasks)."""
    mk = _item_marker(item, body)
    if mk is None or mk[0] != "number":
        return False
    section, _, sub = mk[1].strip("().").partition(".")
    return bool(sub) and section in re.findall(r"(?<![\d.,])\d{1,2}(?![\d.,]\d)", head.text)


def told_run(run: list[_RawPoint], s: PointSettings = POINT_SETTINGS) -> bool:
    """Every item of ``run`` tells: a whole sentence (a stop at its end, ``sentence_words``
    words or more) with no point verb first and no modal ("Sedan i mars låser
    vakten porten kl. 22 …", "Hyresgästerna har fått ett brev om …": measures already taken, a
    report's causes or findings as bullets). A sentence with a modal of the lexicon's
    (requirements.yaml ``modal``: "The panel will hear …", "Gruppa skal …") binds someone: it
    does not tell."""
    if any(rp.deliverable for rp in run):
        return False  # "5. Outputs" / "1. A draft policy …": parts to hand over, no telling
    texts = [" ".join(rp.text.split()) for rp in run]
    return bool(texts) and all(
        t.endswith(".")
        and len(t.split()) >= s.sentence_words
        and not _asks(t)
        and not _MODAL_RE.search(t)
        for t in texts
    )


def told_list(run: list[_RawPoint], lines: list[Line], k: int, body: float | None) -> bool:
    """The list ``run`` opening at ``lines[k]`` stands under a lead-in sentence that tells
    (told_lead_in) and none of its items asks: no point verb first, no modal ("Dette omfattar
    blant anna:" / "• tilsyn med …"). A decision told so ("Styret gjorde slikt vedtak:" /
    "2. Planen skal òg …") asks by its items."""
    return told_lead_in(lines, k, body) and not any(
        _asks(t) or _MODAL_RE.search(t) for t in (" ".join(rp.text.split()) for rp in run)
    )


_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")


def told_lead_in(lines: list[Line], k: int, body: float | None) -> bool:
    """The list item at ``lines[k]`` follows a lead-in sentence that tells, not asks: the
    last sentence of the paragraph above ends in a colon, with no modal and no negation ("Det
    omfattar blant anna:", "Granskningen visade också följande:": what a duty holds, what
    a report found). A heading over the list is no such sentence."""
    if k < 1 or _item_marker(lines[k - 1], body) is not None or _looks_like_heading(lines[k - 1], body):
        return False
    text = lines[k - 1].text.strip()
    if not text.endswith(":"):
        return False
    i = k - 1
    while i > 0 and not lines[i].gap and k - i < 3 and _item_marker(lines[i - 1], body) is None:
        if _looks_like_heading(lines[i - 1], body):
            break
        i -= 1
        text = _join(lines[i].text.strip(), text)
    last = _SENTENCE_END_RE.split(" ".join(text.split()))[-1]
    return not _MODAL_RE.search(last) and not _NEGATION_RE.search(last)


def _grants_list(lines: list[Line], k: int) -> bool:
    """The list item at ``lines[k]`` follows at once a lead-in that grants a power and ends in a
    colon (requirements.yaml ``authority_granted``: "Du gis myndighet til å treffe vedtak i saker
    som gjelder:", "The Director is authorised to determine:")."""
    if k < 1:
        return False
    text = lines[k - 1].text.strip()
    if k >= 2 and not lines[k - 1].gap and not text[:1].isupper():
        text = _join(lines[k - 2].text.strip(), text)
    return text.endswith(":") and bool(_AUTHORITY_RE.search(" ".join(text.split())))


# "Dette legger styret vekt på", "The board attaches importance to": a heading or lead-in of the
# writer's values (requirements.yaml values_lead; " {} " up to three words, the subject); "Det här
# gick bra", "What went well": of a report's strengths (strengths_lead)
_STATED_LEAD_RE = re.compile(
    r"\b(?:"
    + "|".join(
        r"\s+(?:[\w-]+\s+){0,3}?".join(r"\s+".join(map(re.escape, part.split())) for part in w.split("{}"))
        for w in _words("values_lead", "strengths_lead")
    )
    + r")\b",
    re.IGNORECASE,
)


def stated_lists_dropped(found: list[_RawPoint], lines: list[Line], body: float | None) -> list[_RawPoint]:
    """The points without the items of a list under a heading or lead-in of what the writer
    sets weight on (requirements.yaml ``values_lead``: "Dette legger styret vekt på",
    "The board attaches importance to:") or of what went well (``strengths_lead``: "Det här gick
    bra", "What went well"). Why: a body's principle states its values as a list ("at alle barn
    får bade trygt …") beside the list it asks of the plan ("Badeplanen skal:"), and an
    evaluation lists its strengths beside its
    recommendations; both tell what is held or was done, no order of the plan (when nothing is
    left, the mandate's points are its prose's). An item's lead is the nearest heading or line
    ending in a colon above its first line."""
    texts = [" ".join(ln.text.split()) for ln in lines]

    def lead(rp: _RawPoint) -> str | None:
        head = " ".join(rp.text.split())[:20]
        at = next((i for i, t in enumerate(texts) if head and head in t), None)
        if at is None:
            return None
        for i in range(at - 1, -1, -1):
            if _item_marker(lines[i], body) is not None:
                continue
            if _looks_like_heading(lines[i], body) or texts[i].endswith(":"):
                text = texts[i]
                if i >= 1 and not lines[i].gap and not text[:1].isupper():
                    text = _join(texts[i - 1], text)
                return text
        return None

    valued = [bool((t := lead(rp)) and _STATED_LEAD_RE.search(t)) for rp in found]
    if not any(valued):
        return found
    return [rp for rp, v in zip(found, valued, strict=True) if not v]


def _all_questions(run: list[_RawPoint]) -> bool:
    """Every item of ``run`` is a question."""
    return bool(run) and all(" ".join(p.text.split()).endswith("?") for p in run)


def _question_list(run: list[_RawPoint], s: PointSettings = POINT_SETTINGS) -> bool:
    """A list whose items are all questions, at least ``question_items`` of them."""
    return len(run) >= s.question_items and _all_questions(run)


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


@functools.cache
def _timetable_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The heading of a timetable and the steps of a plan's making (the item's text is read with
    single spaces, so words.yaml's alternation serves as it is); the steps before and after it
    are :func:`_steps_outside`."""
    head = re.compile(r"^\W*(?:" + W.alternation("timetable_header") + r")\w*\W*$", re.IGNORECASE)
    # a step of the making: a hearing, a meeting, a consultation, a body the draft goes to
    step = re.compile(
        "|".join([*(_alt(k) for k in ("process_step", "consult", "meeting_head", "process_asks")),
                  W.alternation("process_bodies", "standing_bodies")]),
        re.IGNORECASE,
    )
    return head, step


@functools.cache
def _making_re() -> re.Pattern[str]:
    """A step of the plan's making by its own words (a hearing, a consultation, a meeting), not
    by a body alone: "Cabinet" names who acts, not what is done."""
    return re.compile("|".join(_alt(k) for k in ("process_step", "consult", "meeting_head", "process_asks")), re.IGNORECASE)


@functools.cache
def _steps_outside() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The work's own start (words.yaml timetable_start) and the step after the hand-over
    (timetable_after), each as one pattern."""
    return (
        re.compile(r"\b(?:" + W.alternation("timetable_start") + r")\b", re.IGNORECASE),
        re.compile(r"\b(?:" + W.alternation("timetable_after") + r")\b", re.IGNORECASE),
    )


def outside_the_making(text: str, *, after: bool = True) -> bool:
    """Does a milestone name the work's own start ("Project start; project team appointed";
    words.yaml timetable_start) or, with ``after``, the step after the plan is handed over
    ("Kommunfullmäktige tar ställning till förslaget"; timetable_after), and no step of the
    plan's making ("Høringsutkast vedtas for utlegging til offentlig ettersyn" is one)? Then it
    asks nothing of the plan. A table of milestones asks the adoption by its date (the gold of
    every batch with one reads "Final plan approved by the Council: May" as a process point), so
    its rows are asked about the start only (``after=False``)."""
    text = " ".join(text.split())
    start, end = _steps_outside()
    found = [p for p in ((start, end) if after else (start,)) if p.search(text)]
    if not found:
        return False
    rest = text
    for p in (start, end):
        # (the adoption's own verb is a process word too: asked of what is left without it)
        rest = p.sub(" ", rest)
    return not _making_re().search(rest)


def without_steps_after(text: str) -> str:
    """``text`` without its closing sentences that ask nothing and tell what follows the plan's
    hand-over ("Utredningen ska redovisas … senast den 30 november. Kommunfullmäktige tar
    ställning till förslaget i samband med budgeten."): the council's decision after the plan is
    the mandate's outlook, not a concern the plan must answer. The first sentence always stays."""
    sents = [x.strip() for x in _SENTENCE_SPLIT.split(text.strip()) if x.strip()]
    if len(sents) < 2:
        return text
    keep = sents[:1] + [x for x in sents[1:] if _paragraph_asks(x) or not outside_the_making(x)]
    return text if len(keep) == len(sents) else " ".join(keep)


def _timetable_items(lines: list[Line], body: float | None) -> list[tuple[Line, str]]:
    """The list items right under each timetable heading (words.yaml timetable_header:
    "Tidsplan", "Tidplan", "Timetable"), each with its text and wrapped lines, single-spaced."""
    head = _timetable_res()[0]
    out: list[tuple[Line, str]] = []
    i = 0
    while i < len(lines):
        if not head.match(lines[i].text.strip()) or _item_marker(lines[i], body) is not None:
            i += 1
            continue
        j = i + 1
        items: list[tuple[Line, str]] = []
        while j < len(lines):
            mk = _item_marker(lines[j], body)
            if mk is not None:
                items.append((lines[j], mk[2]))
            elif DATE_LABEL_RE.match(lines[j].text.strip()) and (items or j == i + 1):
                # "June–July 2052: walkabouts with …" with no marker: a dated label opens each item
                items.append((lines[j], lines[j].text.strip()))
            elif items and not lines[j].gap and not _looks_like_heading(lines[j], body):
                items[-1] = (items[-1][0], f"{items[-1][1]} {lines[j].text.strip()}")
            else:
                break
            j += 1
        out.extend((ln, " ".join(text.split())) for ln, text in items)
        i = j
    return out


def timetable_outside(lines: list[Line], body: float | None) -> set[str]:
    """The texts (single-spaced) of the items right under a timetable's heading that name the
    work's own start (:func:`outside_the_making`): "Marts 2049: arbejdsgruppen nedsættes". The
    adoption after the hand-over stays a point: the gold of the batches with one in a list
    ("Endelig strategi vedtages i Byrådet: 31. …") reads it as the process asked."""
    return {text for _ln, text in _timetable_items(lines, body) if outside_the_making(text, after=False)}


def timetable_points(lines: list[Line], body: float | None) -> list[_RawPoint]:
    """The dated lines of a mandate's timetable that ask a step of the plan's making, as process
    points: under a timetable heading (words.yaml timetable_header: "Tidsplan", "Tidplan",
    "Timetable"), each list item holding a year and naming a step or a body of the process
    ("Maj 2049: borgermøder i …", "förslaget lämnas till nämnden senast den 15 februari 2050"),
    not the work's own start ("styregruppen nedsættes") nor what follows the hand-over ("byrådet
    vedtager strategien"; words.yaml timetable_after, timetable_start).

    Why: a kommissorium or uppdragsbeskrivning puts its process demands as the dated lines of
    its timetable, after the lists of tasks and deliverables; read as a schedule they were no
    points (session 39: every dated consultation and hand-over of a blind batch's timetables
    missed)."""
    step = _timetable_res()[1]
    return [
        _RawPoint(ln.text.strip()[:1], "bullet", text, ln.page, ln.indent, [], kind_hint="process")
        for ln, text in _timetable_items(lines, body)
        if _YEAR_IN.search(text) and step.search(text) and not any(p.search(text) for p in _steps_outside())
    ]


def _table_points(lines: list[Line], body: float | None) -> list[_RawPoint]:
    """The points of every table of points (runs of ``Line.table`` rows), in document order."""
    out: list[_RawPoint] = []
    i = 0
    while i < len(lines):
        if not lines[i].table:
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].table:
            j += 1
        pts, _end = _collect([Line(""), *lines[i:j]], 0, body)
        out.extend(pts)
        i = j
    return out


def plain_text(text: str) -> str:
    """TEXT lower-cased, every mark a space, spaces single: two prints of one point (a list
    printed twice) and two names of one theme (:mod:`plancheck.mandate.parents`) compare so."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _reprints(later: list[_RawPoint], earlier: list[_RawPoint], s: PointSettings = POINT_SETTINGS) -> bool:
    """``later`` prints ``earlier`` again: at least ``reprint_share`` of its points (and no fewer
    than ``coded_items``) come again with their number and text (reprinted_from)."""
    again_in = {(rp.label.strip("().") , plain_text(rp.text)) for rp in later}
    again = sum(1 for rp in earlier if (rp.label.strip("()."), plain_text(rp.text)) in again_in)
    return again >= max(s.coded_items, s.reprint_share * len(earlier))


def reprinted_from(kept: list[tuple[_RawPoint, int | None]], s: PointSettings = POINT_SETTINGS) -> int:
    """Where a list printed twice starts its later print (a saksframlegg's innstilling, then
    the vedtak reprinting it with the amendments adopted): the numbering starts again at the
    first point's number and at least ``reprint_share`` of the points before (and no fewer
    than ``coded_items``) come again with their number and text. The earlier print is a draft
    of the later one, its points (a proposal that fell among them) none; 0 when no list comes
    again."""
    labels = [rp.label.strip("().") for rp, _ in kept]
    for r in range(1, len(kept)):
        if labels[r] != labels[0] or kept[r][0].kind == "bullet":
            continue
        later = {(labels[m], plain_text(kept[m][0].text)) for m in range(r, len(kept))}
        again = sum(
            1
            for k in range(r)
            if any(
                lab == labels[k]
                and (txt.startswith(plain_text(kept[k][0].text)) or plain_text(kept[k][0].text).startswith(txt))
                for lab, txt in later
            )
        )
        if again >= max(s.coded_items, s.reprint_share * r):
            return r
    return 0


def _states_exclusion(text: str) -> bool:
    """A list item that says what the work does not cover ("Rural routes … are outside the
    scope of this work", "Driften av hallen inngår ikke"): a statement of the exclusion
    (requirements.yaml exclusion_lead), no asking verb first, no sub-points' lead-in."""
    t = " ".join(text.split())
    return bool(EXCLUSION_RE.search(t)) and not VERB_START.match(t) and not t.endswith(":")


def _excluded(lines: list[Line], i: int) -> bool:
    """The list item at ``lines[i]`` opens a list under a lead-in or heading of what the work
    does not cover ("Utredningen omfattar inte:", "Out of scope"): no points."""
    return i > 0 and bool(EXCLUSION_RE.search(lines[i - 1].text))


def _skip_items(lines: list[Line], i: int, body: float | None) -> int:
    """The index after the items (and their wrapped lines) that start at ``lines[i]``."""
    j = i + 1
    while j < len(lines) and (not lines[j].gap or _item_marker(lines[j], body) is not None):
        j += 1
    return j


REQUIREMENT_RE = re.compile(r"\b(skal|skall|bør|må|shall|must|should)\b", re.IGNORECASE)


def _is_programme(text: str) -> bool:
    return bool(re.match(r"^\W*(planprogram|planprogrammet)\b", text.strip(), re.IGNORECASE))


def _collect_programme(lines: list[Line], start: int, body: float | None) -> list[_RawPoint]:
    """Every list of requirements in a planprogram: the first list whole, later lists only
    their requirement-like items (a verb first, or "skal"/"bør"/"shall")."""
    found: list[_RawPoint] = []
    sections: list[tuple[list[_RawPoint], str | None]] = []  # each list with its chapter's number
    i = start + 1
    while i < len(lines):
        if _item_marker(lines[i], body) is None:
            i += 1
            continue
        if _excluded(lines, i):
            i = _skip_items(lines, i, body)
            continue
        pts, end = _collect(lines, i - 1, body)
        sections.append((pts, _chapter_number(lines, i, body)))
        if found and not (_all_questions(found) and _all_questions(pts)) and not _led_in(lines, i, body):
            # a later list of questions after a first list of questions is the same list of
            # problemstillingar under its next theme heading ("2.1 Behov", "2.2 Stad …"),
            # kept whole; so is a later list under a lead-in that asks for its items
            # ("Konsekvensutgreiinga skal omtale:" over "1. korleis …", its numbering begun
            # again under the next chapter)
            pts = [p for p in pts if VERB_START.match(p.text) or REQUIREMENT_RE.search(p.text)]
            sections[-1] = (pts, sections[-1][1])
        found.extend(pts)
        i = max(end, i + 1)
    _number_by_chapter(sections)
    return found


_CHAPTER_NUMBER_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")


def _chapter_number(lines: list[Line], i: int, body: float | None) -> str | None:
    """The number of the numbered heading ("6 Konsekvensar for friluftslivet") nearest above the list
    that starts at ``lines[i]``, or None."""
    for k in range(i - 1, -1, -1):
        if _item_marker(lines[k], body) is None and _looks_like_heading(lines[k], body):
            m = _CHAPTER_NUMBER_RE.match(lines[k].text.strip())
            return m.group(1) if m else None
    return None


def _number_by_chapter(sections: list[tuple[list[_RawPoint], str | None]]) -> None:
    """When a planprogram's lists number their items anew in each chapter ("4 Utgreiingar" 1–3,
    "6 Konsekvensar for friluftslivet" 1–4), two points would carry one number; each is then numbered
    within its chapter ("4.1" … "5.4"), as a planner cites them. Only when every such list has a
    numbered chapter and the numbers would repeat."""
    numbered = [(pts, ch) for pts, ch in sections if pts and all(p.kind == "number" for p in pts)]
    labels = [p.label.strip("().") for pts, _ch in numbered for p in pts]
    if len(numbered) < 2 or len(set(labels)) == len(labels) or any(ch is None for _pts, ch in numbered):
        return
    if len({ch for _pts, ch in numbered}) != len(numbered):
        return
    for pts, ch in numbered:
        for p in pts:
            p.label = f"{ch}.{p.label.strip('().')}"


def _label_form(label: str) -> str:
    """The words of a run-in label without its number: "Oppgave 1" and "Oppgave 2" open
    sibling paragraphs in one form, as "1." and "2." are one list's markers."""
    return re.sub(r"[\W\d_]+", " ", label).strip().lower()


_POINT_LABELS = frozenset(w.lower() for w in _words("point_label"))
_FINDING_LABELS = frozenset(_label_form(w) for w in _words("finding_label"))
_REMARK_LABELS = frozenset(_label_form(w) for w in _words("remark_label"))
_ASIDE_LABELS = frozenset(w.lower() for w in _words("aside_label")) | frozenset(
    w.lower() for ws in W.load()["background_heading"].values() for w in ws
)


def _typed_label(text: str) -> str | None:
    """The label a line opens with, typed with its colon in any weight ("Avvik 1: …"), or None."""
    m = _TYPED_LABEL_RE.match(text.strip())
    return m.group(1).strip() if m else None


def _finding_label(ln: Line) -> str | None:
    """The label of a supervisory report's finding or remark that opens ``ln`` ("Avvik 1:",
    "Merknad 1:"; requirements.yaml finding_label, remark_label), typed in any weight. Why: such
    a report sets its findings in the body's weight, numbered by their label, not as a list."""
    label = ln.run_in or _typed_label(ln.text)
    if label is None or len(label.split()) > POINT_SETTINGS.run_in_words:
        return None
    form = _label_form(label)
    return label if form in _FINDING_LABELS or form in _REMARK_LABELS else None


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ":"))


def _paragraph_goes_on(prev: Line, ln: Line, body: float | None) -> bool:
    """``ln`` carries on the paragraph whose last line is ``prev``: no blank line before it,
    or a page break inside an unfinished sentence (the first line of a page stands after a
    gap however the paragraph runs); not a list item, a heading or a new run-in label."""
    if ln.run_in or ln.lead_in or _item_marker(ln, body) is not None or _looks_like_heading(ln, body):
        return False
    if ln.bold and POINT_SETTINGS.addressed_recommendations and label_addressee(ln.text) is not None:
        return False  # the next label, "Recommendation 5 (Tenancy Services and the Community Wardens)"
    if not ln.gap:
        return True
    return _page_break_inside(prev, ln)


def _page_break_inside(prev: Line, ln: Line) -> bool:
    """A page break between ``prev`` and ``ln`` in the middle of a sentence."""
    return (
        prev.page is not None
        and ln.page is not None
        and ln.page != prev.page
        and not _ends_sentence(prev.text)
    )


_LABEL_LINE_RE = re.compile(r"^([^\W\d_][\w\- ]{0,40}?)\s*:$")
# "Recommendation 3 (Tenancy Services)": a label word, its number and, in brackets, the body the
# paragraph under it is addressed to (a review's or an inspection's recommendations), no colon
_ADDRESSED_LABEL_RE = re.compile(r"^([^\W\d_][\w\-]*(?: [^\W\d_][\w\-]*)?\s+\d{1,2})\s*\((?P<to>[^()]{2,80})\)$")


def label_addressee(text: str) -> str | None:
    """The body a labelled paragraph is addressed to, from its label line ("Recommendation 4
    (Tenancy Services)" → "Tenancy Services"), or None."""
    m = _ADDRESSED_LABEL_RE.match(" ".join(text.split()))
    return m.group("to").strip() if m else None


def _label_line(lines: list[Line], i: int, body: float | None) -> str | None:
    """A bold label alone on its line over a paragraph ("**Oppgave 1:**" and the task under
    it): the run-in label of that paragraph set on a line of its own. Not over a list (a
    lead-in, "Mandat:") nor over a heading."""
    ln = lines[i]
    m = _LABEL_LINE_RE.match(ln.text.strip())
    if m is None and POINT_SETTINGS.addressed_recommendations:
        m = _ADDRESSED_LABEL_RE.match(" ".join(ln.text.split()))
    if m is None or not ln.bold or ln.run_in or i + 1 >= len(lines):
        return None
    nxt = lines[i + 1]
    if nxt.run_in or _item_marker(nxt, body) is not None or _looks_like_heading(nxt, body):
        return None
    label = m.group(1).strip()
    return label if len(label.split()) <= POINT_SETTINGS.run_in_words else None


def _without_label(text: str, label: str) -> str:
    """The paragraph's text after its run-in label and colon."""
    m = re.match(r"\s*" + r"\s*".join(map(re.escape, label.split())) + r"\s*:\s*", text)
    return text[m.end() :] if m else text


def _labelled_paragraph(lines: list[Line], sp: tuple[int, int, str]) -> str:
    """The whole text of a labelled paragraph (first line, end, label) after its label: whether
    it asks is read on its sentence, not on its first line, which a long sentence wraps before
    its stop ("Aftale: Foreningen laver en oversigt over tagene, herunder en" / "vurdering af …")."""
    first, end, label = sp
    if not POINT_SETTINGS.labelled_paragraph_whole:
        return _without_label(lines[first].text, label)
    return " ".join([_without_label(lines[first].text, label), *(ln.text for ln in lines[first + 1 : end])])


def _sibling_groups(spans: list[tuple[int, int, str]], lines: list[Line]) -> list[list[tuple[int, int, str]]]:
    """Paragraph spans (first line, end, label) in runs of siblings: each starts where the one
    before it ends, at one indent (within 2 pt in a PDF, 0.5 where lines carry no size), as a
    list's items follow one another."""
    groups: list[list[tuple[int, int, str]]] = []
    for sp in spans:
        prev = groups[-1][-1] if groups else None
        tol = 2.0 if lines[sp[0]].size else 0.5
        if prev is not None and prev[1] == sp[0] and abs(lines[prev[0]].indent - lines[sp[0]].indent) <= tol:
            groups[-1].append(sp)
        else:
            groups.append([sp])
    return groups


def run_in_points(lines: list[Line], body: float | None) -> tuple[list[Line], list[_RawPoint]]:
    """Paragraphs opened by a bold run-in label and a colon that are the mandate's points:
    "**Bestilling:** Kortlægge …", one point a paragraph, no numbers. A paragraph is a point
    when its label means one (requirements.yaml: point_label) and it asks, or by its form
    whatever the word: two or more sibling paragraphs (one after another, at one indent) open
    with the same label, as a list's items open with the same marker. A label that remarks
    (aside_label, a background heading word) never opens a point. Returns the lines with each
    such paragraph as one list item ("- Kortlægge …", so the prose reader passes it by as it
    passes a list by) and the points, in document order."""
    spans: list[tuple[int, int, str]] = []
    findings: dict[int, tuple[int, int, str]] = {}
    remarks: list[int] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        alone = _label_line(lines, i, body)
        found = _finding_label(ln) if _item_marker(ln, body) is None else None
        if found is not None:
            # "Avvik 1: …" up to the next typed label ("Avviket er brot på: …"): the finding
            j = i + 1
            while (
                j < len(lines)
                and _paragraph_goes_on(lines[j - 1], lines[j], body)
                and _typed_label(lines[j].text) is None
            ):
                j += 1
            if _label_form(found) in _REMARK_LABELS:
                remarks.append(i)
            findings[i] = (i, j, found)
            i = j
        elif (ln.run_in or alone) and _item_marker(ln, body) is None and not _YEAR_IN.search(ln.run_in or alone or ""):
            # (a dated label, "March 2049: the steering group meets", is a timetable's line)
            j = i + 2 if alone else i + 1
            while j < len(lines) and _paragraph_goes_on(lines[j - 1], lines[j], body):
                j += 1
            spans.append((i, j, ln.run_in or alone or ""))
            i = j
        else:
            i += 1
    groups = _sibling_groups(spans, lines)
    keep: dict[int, tuple[int, int, str]] = {
        k: sp for k, sp in findings.items() if k not in remarks
    }
    for group in groups:
        counts = Counter(_label_form(label) for *_, label in group)
        repeated = {f for f, n in counts.items() if n >= 2}
        if len(repeated) >= 2:
            # records ("Oppgave: …", "Ansvar: …", "Frist: …" over and over): the label that
            # means a point, else the one that opens each record, is the point's
            meant = repeated & _POINT_LABELS
            repeated = meant or {_label_form(group[0][2])}
        for sp in group:
            form = _label_form(sp[2])
            if not form or form in _ASIDE_LABELS or form.split()[0] in _ASIDE_LABELS:
                continue
            if form in repeated or (
                counts[form] == 1 and form in _POINT_LABELS and _asks_alone(_labelled_paragraph(lines, sp))
            ):
                keep[sp[0]] = sp
    topical = _lead_in_paragraphs(lines, body, set(keep))
    for sp in topical:
        keep[sp[0]] = sp
    whole = {sp[0] for sp in topical}
    proposals = proposal_paragraphs(lines, body, set(keep) | set(findings))
    if not keep and not remarks and not proposals:
        return lines, []
    items: dict[int, tuple[int, str | None, str | None]] = {
        # a remark ("Merknad 1: Kommunen bør vurdere …") is no point and no prose to read
        i: (findings[i][1], None, None)
        for i in remarks
    }
    addressees: dict[int, str] = {}
    for i, (_, end, label) in keep.items():
        # a topic's lead-in ("Jordvern.") is the point's own word and stays in its text
        first = lines[i].text.strip() if i in whole else _without_label(lines[i].text, label).strip()
        if (to := label_addressee(lines[i].text)) is not None and not lines[i].run_in:
            # "Recommendation 3 (Tenancy Services)" alone over its paragraph: the label line
            # is no text of the point; the body it names is the point's addressee
            first, addressees[i] = "", to
        # "Oppgave 3:": the label's number is the point's
        number = re.search(r"\d+(?:\.\d+)*", label) if i not in whole else None
        items[i] = (end, first, number.group(0) if number else None)
    items.update(proposals)
    # a topic's paragraph of two demands ("Förslag. Utredaren ska föreslå … Förslaget ska
    # innehålla …"): each demand is a point, as the sentences of a mandate in prose are
    out, points = _paragraphs_as_items(lines, items, frozenset(whole), addressees)
    heads = tuple(v[1] for v in proposals.values() if v[1])
    for rp in points:
        rp.proposal = bool(heads) and rp.text.startswith(heads)
    return out, points


# "Forslag 3 fra Per Hovde (FrP): Kommunedirektøren bes om …", "Motion 2 from Cllr Ray (Lab):
# That …": a proposal word, its number, perhaps who put it (a few words, no sentence's end) and
# a colon, then the proposal's text
_PROPOSAL_LABEL_RE = re.compile(
    r"^(?:" + _alt("proposal_word") + r")\s+(?:nr\.?\s*)?(?P<number>\d{1,2})\b(?P<by>[^:.!?]{0,80}?)\s*:\s+(?P<text>\S.*)$",
    re.IGNORECASE,
)


def proposal_paragraphs(
    lines: list[Line], body: float | None, taken: set[int]
) -> dict[int, tuple[int, str | None, str | None]]:
    """Paragraphs of a minute opened by a numbered proposal ("Forslag 1 fra Kari Lunde (Sp):
    Kommunedirektøren bes om å …", "Yrkande 2 från Anna Ek (S): …", "Motion 3 from Cllr Ray:
    …"), two or more of them with their numbers rising: the proposals put to the meeting, each a
    point numbered by its number (requirements.yaml proposal_word). Why: a council's
    oversendelsesforslag, yrkanden or motions are typed as paragraphs, not as a list; which of
    them the meeting carried is read after (:func:`lost_proposals`). Maps a paragraph's first
    line to (end, its text after the label, its number), as :func:`_paragraphs_as_items` takes."""
    found: dict[int, tuple[int, str | None, str | None]] = {}
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = _PROPOSAL_LABEL_RE.match(ln.text.strip()) if i not in taken else None
        if m is None or _item_marker(ln, body) is not None:
            i += 1
            continue
        j = i + 1
        while (
            j < len(lines)
            and _paragraph_goes_on(lines[j - 1], lines[j], body)
            and not _PROPOSAL_LABEL_RE.match(lines[j].text.strip())
        ):
            j += 1
        found[i] = (j, m.group("text").strip(), m.group("number"))
        i = j
    numbers = [int(v[2] or 0) for _, v in sorted(found.items())]
    if len(numbers) < 2 or any(b <= a for a, b in itertools.pairwise(numbers)):
        return {}
    return found


def _plain_alt(key: str) -> str:
    """The lexicon's words of ``key`` (and_words …) as one alternation."""
    from plancheck.lang.vocab import plain_words

    return alternation(plain_words(key))


# "Forslag 1, 2, 4 og 8", "Förslag 3", "Motions 2 and 5": a proposal word and the numbers after it
_PROPOSALS_NAMED_RE = re.compile(
    r"\b(?:" + _alt("proposal_word") + r")\w{0,3}\s+(?:nr\.?\s*)?(?P<numbers>\d{1,2}(?:\s*(?:,|&|[–-]|"
    + _plain_alt("and_words") + r")\s*\d{1,2}\b)*)",
    re.IGNORECASE,
)


def lost_proposals(found: list[_RawPoint], lines: list[Line]) -> list[bool]:
    """For each point read from a proposal paragraph (:func:`proposal_paragraphs`), whether the
    minute's vote lost it: a later passage names its number after a proposal word and tells it
    fell or was withdrawn ("Forslag 3 fikk 9 stemmer og falt", "Forslag 5 ble trukket av
    forslagsstilleren", "Motion 4 was lost"; requirements.yaml amend_lost), not negated. Why: of
    the proposals put, only those the meeting carried (sent on, adopted) order anything; a
    fallen or withdrawn one asks nothing of the plan. Each passage is read from one proposal word
    to the next, so "Forslag 1 ble oversendt, forslag 3 falt" drops 3 alone."""
    texts = {" ".join(rp.text.split()) for rp in found}
    text = " ".join(ln.text.strip() for ln in lines)
    lost_re = _word_re("amend_lost")
    gone: set[str] = set()
    for sent in _SENTENCE_SPLIT.split(text):
        if _PROPOSAL_LABEL_RE.match(sent.strip()) or any(" ".join(sent.split()) in t for t in texts):
            continue  # the proposal itself, not the vote on it
        named = list(_PROPOSALS_NAMED_RE.finditer(sent))
        for k, m in enumerate(named):
            seg = sent[m.end() : named[k + 1].start() if k + 1 < len(named) else len(sent)]
            if not lost_re.search(seg) or _NEGATION_RE.search(seg):
                continue
            nums = re.findall(r"\d{1,2}", m.group("numbers"))
            span = re.search(r"(\d{1,2})\s*[–-]\s*(\d{1,2})", m.group("numbers"))
            if span:
                nums += [str(n) for n in range(int(span.group(1)), int(span.group(2)) + 1)]
            gone |= set(nums)
    return [rp.proposal and rp.label in gone for rp in found]


def _paragraphs_as_items(
    lines: list[Line],
    items: dict[int, tuple[int, str | None, str | None]],
    split: frozenset[int] = frozenset(),
    addressees: dict[int, str] | None = None,
) -> tuple[list[Line], list[_RawPoint]]:
    """The lines with each paragraph that is a point turned into one list item ("- text", so
    the prose reader passes it by as it passes a list by), and the points in document order.
    ``items`` maps a paragraph's first line to (end, its first line's text as the point
    keeps it, the point's number or None for a bullet); a text of None drops the paragraph
    (a report's remark: neither a point nor prose). Shared by the readers of run-in,
    lead-in and modal paragraphs: they differ in which paragraphs are points, not in how a
    paragraph becomes one. A paragraph whose first line is in ``split`` is one point per sentence
    that asks (:func:`asking_sentences`), when it holds two or more."""
    out: list[Line] = []
    points: list[_RawPoint] = []
    i = 0
    while i < len(lines):
        item = items.get(i)
        if item is None:
            out.append(lines[i])
            i += 1
            continue
        end, text, number = item
        if text is None:
            # a paragraph that is neither a point nor prose to read (a report's remark)
            i = end
            continue
        first = lines[i]
        for ln in lines[i + 1 : end]:
            text = _join(text, ln.text.strip()) if text else ln.text.strip()
        out.append(Line(f"- {text}", first.page, first.indent, first.size, False, False, True))
        if number:
            points.append(
                _RawPoint(number, "number", text, first.page, first.indent, [], addressee=(addressees or {}).get(i))
            )
        elif i in split and len(parts := asking_sentences(text)) >= 2:
            points.extend(_RawPoint("-", "bullet", part, first.page, first.indent, []) for part in parts)
        else:
            points.append(_RawPoint("-", "bullet", text, first.page, first.indent, []))
        i = end
    return out, points


def asking_sentences(text: str) -> list[str]:
    """A paragraph cut into the sentences that ask (:func:`_paragraph_asks`), each with the
    sentences after it that do not ("Kartläggning. Utredaren ska kartlägga … Utredaren ska också
    beskriva …": two demands, two points; "Utredningen ska redovisas … senast 30 november.
    Kommunfullmäktige tar ställning …": one). The first keeps what stands before it (the
    paragraph's lead-in)."""
    parts: list[str] = []
    for sent in _SENTENCE_SPLIT.split(text.strip()):
        if not sent.strip():
            continue
        if parts and _paragraph_asks(sent) and _paragraph_asks(parts[-1]):
            parts.append(sent.strip())
        elif parts:
            parts[-1] = f"{parts[-1]} {sent.strip()}"
        else:
            parts.append(sent.strip())
    return parts


def _paragraph_spans(lines: list[Line], body: float | None) -> list[tuple[int, int]]:
    """Paragraphs of running text as (first line, end): each opens after a blank line or a
    heading and runs while :func:`_paragraph_goes_on`; list items, headings and paragraphs
    opened by a label are none."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        opens = i == 0 or ln.gap or _looks_like_heading(lines[i - 1], body)
        if (
            opens
            and not ln.run_in
            and not ln.lead_in
            and _item_marker(ln, body) is None
            and not _looks_like_heading(ln, body)
        ):
            j = i + 1
            while j < len(lines) and _paragraph_goes_on(lines[j - 1], lines[j], body):
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _modal_opening(text: str, s: PointSettings = POINT_SETTINGS) -> str | None:
    """The subject and modal a paragraph opens with ("Projektledaren ska", "The consultant will"),
    lower-cased, when a verb follows the modal; None for anything else, a negated or past
    sentence among them ("Projektledaren ska inte …")."""
    m = re.match(
        r"^((?:[^\W\d_][\w'’-]*\s+){1," + str(s.modal_subject_words) + r"})(" + _MODAL_RE.pattern
        + r")\s+[^\W\d_]",
        text.strip(),
    )
    if m is None or _NEGATION_RE.search(text) or _PAST_RE.search(text):
        return None
    return " ".join((m.group(1) + m.group(2)).lower().split())


def modal_paragraphs(
    lines: list[Line], body: float | None, s: PointSettings = POINT_SETTINGS
) -> tuple[list[Line], list[_RawPoint]]:
    """A mandate with no list whose points are paragraphs, each opening with the one who
    carries out the work and a modal: a directive's "Projektledaren ska kartlägga …",
    "Projektledaren ska föreslå …" under its task heading, a brief's "The consultant will …".
    The form makes them a list, as a list's items open with one marker: ``modal_paragraphs``
    or more paragraphs open with the same subject and modal (not in a background section). A
    paragraph with the same subject but another verb ("Projektledaren får ta in …": a
    permission) or another subject ("Arbetet leds av …") is no point; the prose reader
    reads it as before. Returns the lines with each point as one list item and the points,
    numbered by position."""
    out, points, _doer = _modal_points(lines, body, s)
    return out, points


def _modal_points(
    lines: list[Line], body: float | None, s: PointSettings = POINT_SETTINGS
) -> tuple[list[Line], list[_RawPoint], str | None]:
    """:func:`modal_paragraphs` and :func:`prose_doer` from one reading of the paragraphs
    (:func:`_modal_form`): the lines, the points and the doer of a prose mandate (None when
    there are points or no form)."""
    form, prose, spans, opening = _modal_form(lines, body, s)
    if form is None:
        return lines, [], None
    if prose:
        return lines, [], form.rsplit(" ", 1)[0]
    items: dict[int, tuple[int, str | None, str | None]] = {
        i: (j, lines[i].text.strip(), None) for i, j in spans if opening.get(i) == form
    }
    out, points = _paragraphs_as_items(lines, items)
    for p in points:
        # "Hvad skal I gøre? I skal sørge for, at …": the question the form opens with is the
        # paragraph's label, the answer after it the point
        p.text = _OPENING_QUESTION_RE.sub("", p.text, count=1)
    return out, requirements_apart(points), None


def requirements_apart(points: list[_RawPoint]) -> list[_RawPoint]:
    """Each paragraph point with the later sentences that ask by themselves set apart as points
    of their own, in place ("Planen skal utarbeides i samarbeid med … . Planen skal være vedtatt
    av kommunestyret innen …": two requirements, the collaboration and the adoption by a date).
    The sentences that only explain or advise ("Departementet anbefaler at …") stay with the
    point they follow, unless a requirement was set apart before them. Why: a point is one
    requirement, judged on its own evidence; joined, the second was lost from the point's text
    and never asked of the plan."""
    out: list[_RawPoint] = []
    for p in points:
        sents = [x.strip() for x in _SENTENCE_SPLIT.split(" ".join(p.text.split())) if x.strip()]
        kept = sents[:1]
        apart: list[str] = []
        for x in sents[1:]:
            if is_requirement(x):
                apart.append(x)
            elif not apart:
                kept.append(x)
            # (a sentence after a requirement set apart, asking nothing of the plan itself,
            # "Rådmannen skal sende planen til fylket …", stays out of it, as the point's own reading of
            # one sentence leaves it out)
        out.append(replace(p, text=" ".join(kept)) if apart else p)
        out.extend(replace(p, text=x, subs=[]) for x in apart)
    return out


# a short question opening a paragraph before its answer ("Hvad skal I gøre? I skal …", "Vad
# ska ni göra? Ni ska …"): at most six words and the question mark
_OPENING_QUESTION_RE = re.compile(r"^\s*(?:[^\s?.!]+\s+){1,5}[^\s?.!]+\?\s+(?=\S)")


def _modal_form(
    lines: list[Line], body: float | None, s: PointSettings = POINT_SETTINGS
) -> tuple[str | None, bool, list[tuple[int, int]], dict[int, str]]:
    """The subject and modal that ``modal_paragraphs`` or more paragraphs open with (None
    when none), whether the mandate is prose all the same (more of its other paragraphs, outside
    the background, ask than open with the form: the form is one writer's habit among
    requirements of other subjects, "Riktlinjerna ska …", "Planen bör …"), the paragraphs'
    spans and the form each opens with."""
    spans = _paragraph_spans(lines, body)
    under = _section_headings(lines, body)
    opening: dict[int, str] = {}
    for i, j in spans:
        if _BACKGROUND_RE.match(under[i]):
            continue
        form = _modal_opening(" ".join(ln.text.strip() for ln in lines[i:j]), s)
        if form:
            opening[i] = form
    counts = Counter(opening.values())
    if not counts:
        return None, False, spans, opening
    form, n = counts.most_common(1)[0]
    if n < s.modal_paragraphs:
        return None, False, spans, opening
    others = sum(
        1
        for i, j in spans
        if opening.get(i) != form
        and not _BACKGROUND_RE.match(under[i])
        and _paragraph_asks(" ".join(ln.text.strip() for ln in lines[i:j]))
    )
    return form, others > n, spans, opening


def prose_doer(lines: list[Line], body: float | None, s: PointSettings = POINT_SETTINGS) -> str | None:
    """The one who carries out the work ("förvaltningen"), lower-cased, when paragraphs open
    with it and a modal as a directive's do but the mandate is prose (:func:`_modal_form`):
    its sentences with the modal are requirements as the prose's others are."""
    return _modal_points(lines, body, s)[2]


# the one ordered to make the plan, told in the order ("Arbejdsgruppen skal udarbejde et forslag
# til en demenshandleplan …", "The working group will prepare a draft …"): up to three words
# before the modal, then the order (_ORDERS_PLAN_RE)
_ORDEREE_RE = re.compile(
    r"^\W*(?P<who>(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*)\s+(?:" + _alt("modal") + r"|will)\s+",
    re.IGNORECASE,
)


def orderee(sentence: str) -> str | None:
    """The one a sentence orders to make the plan ("Arbejdsgruppen skal udarbejde et forslag til
    en demenshandleplan for 2048–2051." → "arbejdsgruppen"), lower-cased; None when the sentence
    is no such order or its subject is the plan's writer or a deciding body."""
    m = _ORDEREE_RE.match(" ".join(sentence.split()))
    if not m or not _ORDERS_PLAN_RE.search(sentence, m.end()):
        return None
    who = m.group("who").lower()
    if _PRONOUN_RE.match(who) or _SUBJECT_RE.match(who) or _DECIDER_RE.match(who):
        return None
    return who


@functools.cache
def _orderee_subject_re() -> re.Pattern[str]:
    """A sentence's subject word (after an article) and its modal, perhaps an asking adverb, then a
    word: read by :func:`orderee_asks`, compiled once."""
    return re.compile(
        r"^(?:(?:" + _alt("subject_article") + r"|the)\s+)?(?P<w>[^\W\d_][\w-]*)\s+(?:" + _MODAL_RE.pattern
        + r")(?:\s+(?:" + _alt("asking_adverb") + r"))?\s+[^\W\d_]",
        re.IGNORECASE,
    )


def orderee_asks(
    sentence: str, who: str, after: bool, s: PointSettings = POINT_SETTINGS
) -> bool:
    """A sentence in which the one ordered to make the plan (``who``, :func:`orderee`) is asked by
    a modal to do something: named again ("Arbejdsgruppen …", "Gruppen skal beskrive …" — the
    last ``orderee_tail_letters`` letters or more of its name, the head of its compound; "The
    group must …" — its last word), or by a pronoun right ``after`` a sentence of its own ("Den
    skal komme med forslag til …"); not negated, not in the past."""
    t = " ".join(sentence.split())
    m = _orderee_subject_re().match(t)
    if not m or _NEGATION_RE.search(t) or _PAST_RE.search(t):
        return False
    w = m.group("w").lower()
    last = who.split()[-1]
    named = (len(w) >= s.orderee_tail_letters and last.endswith(w)) or w == last
    return named or (after and bool(_PRONOUN_RE.match(w)))


def doer_asks(sentence: str, doer: str) -> bool:
    """A sentence in which the one who carries out the work (``doer``, or a compound of which
    it is the head: "Kulturförvaltningen" for "förvaltningen") is asked by a modal to do
    something ("Förvaltningen ska också inventera …"); not negated, not in the past."""
    first, *rest = doer.split()
    m = re.match(
        r"^\w*" + re.escape(first) + "".join(r"\s+" + re.escape(w) for w in rest)
        + r"\s+(?:" + _MODAL_RE.pattern + r")(?:\s+(?:" + _alt("asking_adverb") + r"))?\s+[^\W\d_]",
        sentence.strip(),
        re.IGNORECASE,
    )
    return bool(m) and not _main_clause_negated(sentence) and not _PAST_RE.search(sentence)


# the first relative pronoun after a word (requirements.yaml relative_pronoun): where a relative
# clause opens ("… vattenförekomster som inte uppnår god status")
_RELATIVE_OPEN_RE = re.compile(r"(?<=\w)[,\s]+(?:" + _alt("relative_pronoun") + r")\b", re.IGNORECASE)


def _main_clause_negated(sentence: str, s: PointSettings = POINT_SETTINGS) -> bool:
    """A negation in the sentence before its first relative clause: the main clause says
    not to ("Förvaltningen ska inte …"). A negation inside a relative clause qualifies what
    is named ("Kommunerna behöver kartlägga de sjöar som inte har god status": the doer is
    still asked)."""
    if not s.relative_negation:
        return bool(_NEGATION_RE.search(sentence))
    m = _RELATIVE_OPEN_RE.search(sentence)
    return bool(_NEGATION_RE.search(sentence[: m.start()] if m else sentence))


def _section_headings(lines: list[Line], body: float | None) -> list[str]:
    """For each line, the text of the heading it stands under ("" when none): the nearest
    line before it that is a heading and no list item. One pass over the lines; why: looking
    back from every paragraph took time growing with the square of the document (a mandate of
    10 000 paragraphs under one heading ran past the time limit)."""
    out: list[str] = []
    heading = ""
    for ln in lines:
        out.append(heading)
        if _item_marker(ln, body) is None and _looks_like_heading(ln, body):
            heading = ln.text.strip()
    return out


def _paragraph_asks(text: str) -> bool:
    """A paragraph with a sentence that asks: a point verb first, a modal not negated
    ("Konsekvensene for dyrka mark skal utredes", "Bullret ska utredas"), or a requirement of
    the prose reader's."""
    for sent in _SENTENCE_SPLIT.split(text):
        sent = sent.strip()
        if VERB_START.match(sent) or is_requirement(sent):
            return True
        if _MODAL_RE.search(sent) and not _NEGATION_RE.search(sent):
            return True
    return False


def _lead_in_paragraphs(
    lines: list[Line], body: float | None, taken: set[int], s: PointSettings = POINT_SETTINGS
) -> list[tuple[int, int, str]]:
    """Paragraphs that each open with a bold topic and a full stop ("**Jordvern.**
    Konsekvensene for dyrka mark skal utredes.", "**Noise.** The effect of … must be
    assessed.") and are the mandate's points by their form: ``lead_in_paragraphs`` or more
    sibling paragraphs (one after another, at one indent), in a section that is no background
    (a heading of requirements: "Utredningsbehov", "Issues to be assessed"), each opened by a
    lead-in of its own, as a list's items each open with a marker; a paragraph of such a run
    is a point when it asks (:func:`_paragraph_asks`), and the run counts only when most of its
    paragraphs do (a run of topics that tell the state of things asks nothing). The lead-in
    names the topic and is kept in the point's text. As (first line, end, lead-in)."""
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if (
            ln.lead_in
            and not ln.run_in
            and i not in taken
            and _item_marker(ln, body) is None
            and not _looks_like_heading(ln, body)
        ):
            j = i + 1
            while j < len(lines) and _paragraph_goes_on(lines[j - 1], lines[j], body):
                j += 1
            spans.append((i, j, ln.lead_in))
            i = j
        else:
            i += 1
    groups = _sibling_groups(spans, lines)
    under = _section_headings(lines, body) if groups else []
    out: list[tuple[int, int, str]] = []
    for group in groups:
        if len(group) < s.lead_in_paragraphs:
            continue
        if _BACKGROUND_RE.match(under[group[0][0]]):
            continue
        asking = []
        for sp in group:
            form = _label_form(sp[2])
            if not form or form in _ASIDE_LABELS or form.split()[0] in _ASIDE_LABELS:
                continue
            text = " ".join(ln.text.strip() for ln in lines[sp[0] : sp[1]])
            if _paragraph_asks(_without_stop_label(text, sp[2])):
                asking.append(sp)
        if len(asking) >= s.lead_in_paragraphs and 2 * len(asking) >= len(group):
            out.extend(asking)
    return out


def _without_stop_label(text: str, label: str) -> str:
    """The paragraph's text after its lead-in and full stop."""
    m = re.match(r"\s*" + r"\s*".join(map(re.escape, label.split())) + r"\s*\.\s*", text)
    return text[m.end() :] if m else text


# ----------------------------------------------------------------------------- inline lists

# a marker of an enumeration typed in running text ("Strategien skal 1) kartlegge …, 2) beskrive
# … og 10) foreslå …"): "1)", "(1)", "a)", "(a)" after a space, before the item's first word
_INLINE_MARK_RE = re.compile(
    r"(?:(?<=\s)|^)(?:\(?(?P<v>\d{1,2}|[a-zæøå])\)|(?P<d>[a-zæøå])\.)\s+(?=\w)"
)
# "a." typed with a stop, as a decision's lettered points are run into its paragraph ("Planen
# skal a. gjere greie for …, b. vurdere …"): a letter only (a number with a stop is a date's
# day, "1. mars"), after white space (not "bl.a.", "m.a."); the chain's order and every item
# asking by itself keep an initial ("J. Hansen") out


def _inline_joiner_re() -> re.Pattern[str]:
    """The comma, semicolon or joining word ("og", "och", "samt", "or") that joins one inline
    item to the next (lang data: and_words, or_words, owner_joiners): not the item's text."""
    from plancheck.lang.vocab import alternation, plain_words

    words = plain_words("and_words") + plain_words("or_words") + plain_words("owner_joiners")
    return re.compile(r"(?:\s*[,;])?(?:\s+(?:" + alternation(words) + r"))?\s*$", re.IGNORECASE)


_INLINE_JOINER_RE = _inline_joiner_re()


def _mark_value(m: re.Match) -> str:
    """The value of an inline marker, "a" of "a)", "(a)" and "a."."""
    return m.group("v") or m.group("d")


def _inline_value(v: str) -> int:
    """The ordinal of a marker's value: "3" → 3, "c" → 3."""
    return int(v) if v.isdigit() else ord(v.lower()) - ord("a") + 1


# the modal closing the words before an inline enumeration ("Planen skal a. …")
_MODAL_BEFORE_RE = re.compile(r"\b(?:" + _alt("modal") + r")\s*$", re.IGNORECASE)


def _inline_chain(text: str, line_starts: set[int]) -> list[re.Match] | None:
    """The markers of an enumeration in ``text``: "1)", "2)", … (or "a)", "b)", …) in order, one
    value after the other, from the first; None unless at least ``inline_items`` of them stand
    inside a line (markers that open lines are a list the list reader reads) and every item
    asks by itself in ``inline_item_words`` words or more (a verb first, "kartlegge …",
    "beskrive …"; or a modal): "jf. punkt 1) og 2)" names two points and lists none, and "Planen
    skal inneholde a) mål og strategier, b) en handlingsdel …" lists the parts of one point."""
    s = POINT_SETTINGS
    marks = list(_INLINE_MARK_RE.finditer(text))
    for start, m0 in enumerate(marks):
        if _inline_value(_mark_value(m0)) != 1:
            continue
        digits = _mark_value(m0).isdigit()
        stop = m0.group("d") is not None
        chain = [m0]
        for m in marks[start + 1 :]:
            if (
                _mark_value(m).isdigit() == digits
                and (m.group("d") is not None) == stop
                and _inline_value(_mark_value(m)) == len(chain) + 1
            ):
                chain.append(m)
        inside = sum(m.start() not in line_starts for m in chain)
        if len(chain) < s.inline_items or inside < s.inline_items:
            continue
        ends = [m.start() for m in chain[1:]]
        items = [
            _INLINE_JOINER_RE.sub("", _first_sentence(text[m.end() : e]))
            for m, e in zip(chain, ends, strict=False)
        ]
        last = _first_sentence(text[chain[-1].end() :])
        # right after a modal ("Planen skal a. syne …, b. rangere …"), each item is
        # the infinitive the modal governs, a verb phrase by grammar, whatever its verb;
        # "Planen skal inneholde a) mål …" puts its verb before the markers, and its items are
        # the verb's objects
        governed = bool(_MODAL_BEFORE_RE.search(text[: m0.start()]))
        if all(
            len(it.split()) >= s.inline_item_words and (governed or _asks(it) or _asks_present(it))
            for it in [*items, last]
        ):
            return chain
    return None


def _first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence: an inline item ends with its sentence,
    and the next sentence ("For vejene skal planen 4) …") leads in to the next item."""
    return _SENTENCE_SPLIT.split(text, maxsplit=1)[0]


def _asks_present(item: str) -> bool:
    """An inline item opening with the present tense of a point verb: the items of an
    enumeration in a that-clause ("ønsker vi, at planen 6) beskriver …, 7) vurderer …",
    "we expect that the plan 1) describes …") finish its sentence with finite verbs."""
    words = item.split()
    if not words:
        return False
    w = words[0].lower().strip(",")
    # nb/nn/da -r ("beskriver"), sv -er for -a ("beskriver" ← "beskriva"), en -s
    stems = {w[:-1]} if w.endswith("r") else set()
    if w.endswith("er"):
        stems.add(w[:-2] + "a")
    if w.endswith("s"):
        stems |= {w[:-1], w[:-2]} if w.endswith("es") else {w[:-1]}
    return any(
        (m := VERB_START.match(stem)) is not None and m.end() == len(stem) for stem in stems
    )


def inline_points(lines: list[Line], body: float | None) -> list[Line]:
    """A paragraph that holds an enumeration in its running text ("Vedtak: … Strategien skal
    1) kartlegge …, 2) beskrive …, … og 10) foreslå … . Strategien legges fram …") read as a
    lead-in, a list and what follows: the lines of the paragraph are replaced by the text
    before the first marker, one list item per marker ("1) kartlegge …", the comma or "og"
    that joins it to the next left out; the last item ends with its sentence) and the
    sentences after the last item as a paragraph of their own (prose, read for
    requirements). A marker that opens a line of the paragraph ("10) foreslå …" wrapped to
    the start of a line) is one of the enumeration's, not a list item of its own."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if _looks_like_heading(lines[i], body):
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while (
            j < len(lines)
            and (not lines[j].gap or _page_break_inside(lines[j - 1], lines[j]))
            and not _looks_like_heading(lines[j], body)
            and not lines[j].run_in
            and not lines[j].lead_in
        ):
            j += 1
        out.extend(_split_inline(lines[i:j], body))
        i = j
    return out


def _split_inline(par: list[Line], body: float | None) -> list[Line]:
    """One paragraph's lines, its inline enumeration (if any) set out as list items. A
    paragraph that opens with a list marker is a list item: an enumeration inside it ("1)
    Vurdere skadane på a) innmark, b) skog") names the item's parts."""
    if _item_marker(par[0], body) is not None:
        return par
    text = ""
    starts: dict[int, Line] = {}
    for ln in par:
        t = ln.text.strip()
        joined = _join(text, t) if text else t
        starts[len(joined) - len(t)] = ln
        text = joined
    chain = _inline_chain(text, set(starts))
    if chain is None:
        return par
    first = par[0]

    def line_at(pos: int) -> Line:
        return starts[max(k for k in starts if k <= pos)]

    out: list[Line] = []
    lead = text[: chain[0].start()].strip()
    if lead:
        out.append(replace(first, text=lead))
    bounds = [m.start() for m in chain[1:]] + [len(text)]
    tail = ""
    betweens: list[Line] = []
    for k, (m, end) in enumerate(zip(chain, bounds, strict=True)):
        item = text[m.end() : end]
        between = ""
        if k == len(chain) - 1:
            # the last item ends with its sentence; what follows is prose again
            stop = _SENTENCE_SPLIT.search(item)
            if stop:
                item, tail = item[: stop.start()], item[stop.end() :]
        else:
            stop = _SENTENCE_SPLIT.search(item)
            if stop:
                # the item ends with its sentence; the sentences up to the next marker are
                # prose ("Vejdirektoratet har tilbudt hjælp") and the next item's lead-in
                item, between = item[: stop.start()], item[stop.end() :]
            item = _INLINE_JOINER_RE.sub("", item)
        src = line_at(m.start())
        label = f"{_mark_value(m)}) {item.strip()}"
        gap = k == 0 and not lead
        out.append(Line(label, src.page, first.indent, src.size, False, False, gap))
        if between.strip():
            at = line_at(end - len(between))
            betweens.append(Line(between.strip(), at.page, first.indent, at.size, False, None, True))
    # the prose between items (read for requirements) after the enumeration, which stays
    # one list
    out.extend(betweens)
    if tail.strip():
        src = line_at(len(text) - len(tail))
        out.append(Line(tail.strip(), src.page, first.indent, src.size, False, None, True))
    return out


# the boxes of a form's tick column: ticked (☑ ☒ ✓ ✔) and left open (☐ □ ❑ ❒)
TICKED_BOXES = frozenset("\u2611\u2612\u2713\u2714")
OPEN_BOXES = frozenset("\u2610\u25a1\u2751\u2752")


def unticked_dropped(found: list[_RawPoint], lines: list[Line], body: float | None) -> list[_RawPoint]:
    """The points without the items whose box is left open, in each list that holds both ticked
    and open boxes (an order form: "Tick what the plan shall contain", ☒ beside what is ordered,
    ☐ beside what is not). Why: the open rows are offered, not asked. A list whose boxes are all
    open is a checklist, its boxes bullets: every item stands. A list ends at a heading or a
    lead-in line (``lines``, as read) between two of its items."""
    boxed = [k for k, rp in enumerate(found) if rp.label.strip() in TICKED_BOXES | OPEN_BOXES]
    if not boxed:
        return found
    texts = [" ".join(ln.text.split()) for ln in lines]

    def at(rp: _RawPoint) -> int | None:
        """The index of the line that opens the item: its box, then its first words."""
        head = " ".join(rp.text.split())[:15]
        return next((i for i, t in enumerate(texts) if t.startswith(rp.label.strip()) and head in t), None)

    where = {k: at(found[k]) for k in boxed}
    groups: list[list[int]] = []
    for k in boxed:
        a = where[groups[-1][-1]] if groups else None
        b = where[k]
        # the same list: both items' lines found, in order, and between them only its items
        # and their wrapped lines (no heading, no lead-in ending in a colon, no line in brackets)
        same_list = (
            a is not None and b is not None and a < b
            and not any(
                _looks_like_heading(lines[i], body) or texts[i].endswith(":") or texts[i].startswith("(")
                for i in range(a + 1, b)
                if _item_marker(lines[i], body) is None
            )
        )
        if same_list:
            groups[-1].append(k)
        else:
            groups.append([k])
    dropped: set[int] = set()
    for g in groups:
        labels = {found[k].label.strip() for k in g}
        if labels & TICKED_BOXES and labels & OPEN_BOXES:
            dropped |= {k for k in g if found[k].label.strip() in OPEN_BOXES}
    return [rp for k, rp in enumerate(found) if k not in dropped]


# a checklist's assessment marks (requirements.yaml checklist_deficient, checklist_in_order),
# each a whole word that opens capitalised ("Brist", "OK", "I orden") and ends the row's short
# opening: the observation after it opens a sentence, or the row ends with it
def _mark_re(key: str) -> re.Pattern[str]:
    return re.compile(
        r"(?-i:(?=[A-ZÆØÅÄÖ]))(?:" + _alt(key) + r")\b(?=\s+(?-i:[A-ZÆØÅÄÖ0-9])|\s*[.:]?\s*$)", re.IGNORECASE
    )


_DEFICIENT_RE = _mark_re("checklist_deficient")
_IN_ORDER_RE = _mark_re("checklist_in_order")


def checklist_mark(text: str, s: PointSettings = POINT_SETTINGS) -> tuple[bool, str] | None:
    """The assessment mark a checklist row carries among its first words, read by lines
    ("Lys Avvik Lampene i korridoren virker ikke." → (True, "Lampene i korridoren virker ikke.");
    "Trapper I orden Rekkverket er festet." → (False, …)): True deficient, False in order, with the observation after
    the mark; None when no word of the row's opening is such a mark."""
    words = text.split()
    for k in range(min(len(words), s.checklist_mark_words + 1)):
        rest = " ".join(words[k:])
        bad, good = _DEFICIENT_RE.match(rest), _IN_ORDER_RE.match(rest)
        if bad is None and good is None:
            continue
        m, deficient = (bad, True) if good is None or (bad is not None and bad.end() >= good.end()) else (good, False)
        return deficient, rest[m.end() :].strip().lstrip(".:").strip()
    return None


# a review form's row read by lines: its code ("R2", "K12"), its text, its mark the last word(s)
# of its first line (the form's last column: "… Chapter 3 Not Met"); and the paragraph
# that answers a row by its code, "R2." / "R2:" before its text
_REVIEW_ROW_RE = re.compile(r"^(?P<code>[A-ZÆØÅ]{1,2}\d{1,2})\s+\S")
_REVISION_RE = re.compile(r"^(?P<code>[A-ZÆØÅ]{1,2}\d{1,2})[.:]\s+(?P<rest>\S.*)$")


def _trailing_mark(text: str) -> bool | None:
    """The assessment mark that closes a review row's first line (its last column): True
    deficient ("Not Met", "Avvik"), False in order ("Met", "OK"), None when it ends in none."""
    words = text.split()
    for k in range(max(0, len(words) - 3), len(words)):
        tail = " ".join(words[k:])
        bad, good = _DEFICIENT_RE.fullmatch(tail), _IN_ORDER_RE.fullmatch(tail)
        if bad is not None:
            return True
        if good is not None:
            return False
    return None


def review_form_points(
    lines: list[Line], body: float | None, s: PointSettings = POINT_SETTINGS
) -> tuple[list[Line], list[_RawPoint]]:
    """The points of a review form: a table read by lines whose rows (a code, the requirement
    reviewed, perhaps where the plan answers it, and a mark in the last column: "R2 Does the
    plan set out … Chapter 3 Not Met") say whether the plan meets each requirement, and
    under it the revisions required, each a paragraph opened by the code of the row it
    revises ("R2. The plan must say …"). A plan review tool, a checklist or an
    inspection record whose deficient rows are answered by numbered demands. Why: a row
    marked as met asks nothing (its comment is advice for later), and a row found wanting is
    asked by the revision written for it, not by the question the form asks of every plan.
    A run of at least ``checklist_rows`` coded rows, marks of both kinds, and at least one
    revision coded as a deficient row: the rows go (a deficient row with no revision of its
    own stays as printed), each revision is a point numbered by its code. Returns the lines
    with the rows gone and each revision as one list item, and the points."""
    if not s.review_form:
        return lines, []
    rows: dict[int, tuple[int, str, bool]] = {}  # first line → (end, code, deficient)
    i = 0
    while i < len(lines):
        m = _REVIEW_ROW_RE.match(lines[i].text)
        mark = _trailing_mark(lines[i].text) if m else None
        if m is None or mark is None or _REVISION_RE.match(lines[i].text):
            i += 1
            continue
        j = i + 1
        # the row's wrapped lines (and its comment) in the row's type, up to the next row
        while (
            j < len(lines)
            and lines[j].page == lines[i].page
            and lines[j].size == lines[i].size
            and not lines[j].bold
            and not (_REVIEW_ROW_RE.match(lines[j].text) and _trailing_mark(lines[j].text) is not None)
        ):
            j += 1
        rows[i] = (j, m.group("code"), mark)
        i = j
    marks = {mark for _, _, mark in rows.values()}
    if len(rows) < s.checklist_rows or marks != {True, False}:
        return lines, []
    deficient = {code for _, code, mark in rows.values() if mark}
    items: dict[int, tuple[int, str | None, str | None]] = {}
    for k in range(min(rows), len(lines)):
        m = _REVISION_RE.match(lines[k].text)
        if m is None or m.group("code") not in deficient or k in rows or k < min(rows):
            continue
        j = k + 1
        while j < len(lines) and _paragraph_goes_on(lines[j - 1], lines[j], body) and not _REVISION_RE.match(lines[j].text):
            j += 1
        items[k] = (j, m.group("rest").strip(), m.group("code"))
    if not items:
        return lines, []
    revised = {code for _, _, code in items.values()}
    for r, (end, code, mark) in rows.items():
        if not mark or code in revised:
            items[r] = (end, None, None)  # the row goes: neither a point nor prose
    return _paragraphs_as_items(lines, items)


def checklist_marked(found: list[_RawPoint], s: PointSettings = POINT_SETTINGS) -> list[_RawPoint]:
    """The points of a checklist read by lines, each row its number, a short area, its mark
    and its observation ("1.1 Trapper I orden Rekkverket er festet …", "1.2 Lys Avvik Lampene i
    korridoren …"; a skyddsrond's or a vernerunde's protocol, an inspection record): in a run of at least
    ``checklist_rows`` sibling items each carrying an assessment mark (:func:`checklist_mark`),
    some deficient and some in order, the rows in order go and each deficient row's text is its
    observation. Why: a row's assessment column says whether it asks anything; only a row found
    wanting is to be put right by the plan, and the area and the mark are no part of what it
    asks. A run with marks of one kind only is left as it is (a list of findings, or no
    checklist)."""
    out: list[_RawPoint] = []
    k = 0
    while k < len(found):
        j = k + 1
        while j < len(found) and found[j].kind == found[k].kind and _depth(found[j].label) == _depth(found[k].label):
            j += 1
        run = found[k:j]
        marks = [checklist_mark(rp.text, s) for rp in run]
        said = {m[0] for m in marks if m is not None}
        if len(run) >= s.checklist_rows and all(m is not None for m in marks) and said == {True, False}:
            out += [replace(rp, text=m[1] or rp.text) for rp, m in zip(run, marks, strict=True) if m is not None and m[0]]
        else:
            out += run
        k = j
    return out


@functools.cache
def _speech_close_re() -> re.Pattern[str]:
    """A comma, a verb of saying (requirements.yaml ``speech_verb``) and the speaker after it."""
    return re.compile(r",[”\"»']?\s+(?:" + _alt("speech_verb") + r")\s+\S", re.IGNORECASE)


@functools.cache
def _speech_tag_re() -> re.Pattern[str]:
    """:func:`_speech_close_re` and the rest of the speaker's tag up to the sentence's end."""
    return re.compile(_speech_close_re().pattern + r"[^.!?]*", re.IGNORECASE)


def reported_speech(lines: list[Line]) -> list[Line]:
    """Paragraphs of direct speech opened by a dash ("– Många äldre … Därför vill vi att planen
    också visar …, säger Annika Vrede (S), ordförande.") read as prose: one paragraph, the dash
    and the speaker's tag gone. Why: a press release or a news page quotes a politician so (the
    Nordic replikkstrek); the quote is no list item, but a wish it states of the plan is asked
    as a sentence of the prose is, and who said it is no part of what is asked."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        mk = _marker(ln.text)
        if mk is not None and mk[0] == "bullet" and mk[1] in "–—-" and (i == 0 or ln.gap):
            j = i + 1  # the paragraph's end: the next gap or list item
            while j < len(lines) and not lines[j].gap and _marker(lines[j].text) is None:
                j += 1
            para = " ".join([mk[2].strip(), *(x.text.strip() for x in lines[i + 1 : j])])
            if _speech_close_re().search(para):
                out.append(replace(ln, text=_speech_tag_re().sub("", para), gap=True))
                i = j
                continue
        out.append(ln)
        i += 1
    return out


def find_points(text_blocks: Iterable, *, plan_title: str | None = None) -> list[MandatePoint]:
    """The mandate points in ``text_blocks`` (strings, ``(text, page)`` pairs, :class:`Line`
    objects or ingest blocks), in mandate order. The list under a mandate heading wins; without
    one, the longest numbered list is taken. ``plan_title``, when given, picks the plan's own
    rows from a table of tasks to several bodies (:func:`addressed_to_plan`)."""
    lines = lines_from_blocks(text_blocks)
    cut = _quoted_mail_start(lines)
    if cut is not None:
        # a reply: the mail it quotes is replaced by it, its list is no point (unless the
        # reply itself holds none: a forward that says "see below")
        newest = find_points(lines[:cut], plan_title=plan_title)
        if newest:
            return newest
    body = _body_size(lines)
    plain = lines
    lines, revisions = review_form_points(lines, body)
    lines = coded_runs(lines)
    lines = glued_label_runs(lines)
    lines = decimal_runs(lines)
    lines = clause_runs(lines)
    lines = letter_bullet_runs(lines)
    lines = inline_points(lines, body)
    lines, labelled = run_in_points(lines, body)
    labelled = revisions + labelled
    lines = reported_speech(lines)
    found: list[_RawPoint] = []
    ordered_first: _PlanOrder | None = None
    i = 0
    while i < len(lines):
        if _is_mandate_heading(lines[i], body) and i < 3 and _is_programme(lines[i].text):
            # a planprogram as a whole: its requirements are lists in several sections
            found = _collect_programme(lines, i, body)
            if found:
                break
        if _is_mandate_heading(lines[i], body):
            pts, end = _collect(lines, i, body)
            if len(pts) >= 2 or (pts and not found):
                found = pts
                break
            i = max(end, i + 1)
        else:
            i += 1
    if labelled:
        # paragraphs opened by a point's label: the points, or points beside the list found
        # under the mandate's heading (when that list did not take them in)
        known = {" ".join(p.text.split()) for p in found}
        found = found + [p for p in labelled if " ".join(p.text.split()) not in known]
    # the rows of tables of points that the list did not take in ("Deliverables" and
    # "Milestones" tables in sections of their own): points too, after the list's
    known = {" ".join(p.text.split()) for p in found}
    tabled = [p for p in _table_points(lines, body) if " ".join(p.text.split()) not in known]
    if not found:
        # without a mandate heading the longest list is the mandate's (numbered lists first),
        # and a table of points (a Tidsplan of deliverables and deadlines) goes on after it
        starts: list[int] = []
        runs = _all_lists(lines, body, starts)
        kept = party_lists(runs, starts, lines, body)
        starts = [k for r, k in zip(runs, starts, strict=True) if any(r is q for q in kept)]
        runs = kept
        # a list under a lead-in that grants a power ("Du gis myndighet til å treffe vedtak i
        # saker som gjelder:", a delegation letter's delegated matters) lists what the addressee
        # may decide, no point of the plan, when another list stands beside it
        granting = [_grants_list(lines, k) for k in starts]
        if any(granting) and not all(granting):
            runs, starts = (
                [r for r, g in zip(runs, granting, strict=True) if not g],
                [k for k, g in zip(starts, granting, strict=True) if not g],
            )
        # a list of questions ("Questions to answer", "Q1 How many …?") is asked of the work
        # beside the list of what it covers: both are the mandate's, in document order; so is
        # a list under a lead-in that asks for its items ("The study will cover:",
        # "Utredningen skal omfatte:") beside the list of deliverables
        asked = [r for r in runs if _question_list(r)]
        asked += [
            r
            for r, k in zip(runs, starts, strict=True)
            if r not in asked and _led_in(lines, k, body)
        ]
        if any(_led_in(lines, k, body) for k in starts):
            # beside a list its lead-in asks for ("Handlingsplanen ska" / "1.redovisa …"), a
            # list under a lead-in that tells ("Dette omfattar blant anna:") or of sentences that
            # tell (measures already taken, a report's causes) asks nothing of the plan
            pairs = [
                (r, k)
                for r, k in zip(runs, starts, strict=True)
                if any(r is q for q in asked)
                or not (
                    (POINT_SETTINGS.told_lists and told_run(r))
                    or (POINT_SETTINGS.told_lead_ins and told_list(r, lines, k, body))
                )
            ]
            runs, starts = [r for r, _ in pairs], [k for _, k in pairs]
        # beside a list asked for, one lettered line alone between paragraphs ("a) X spurde
        # om …" / "Konklusjon: …" / "b) …": a minute's items of any other business) is no list
        lists = [r for r in runs if r not in asked and (len(r) >= 2 or not asked)] or asked
        if asked:
            # such a line is read as prose, its marker gone: its decision may ask ("c)
            # Konklusjon: Planen skal vere klar til …")
            alone = {k for r, k in zip(runs, starts, strict=True) if r not in asked and len(r) < 2}
            lines = [
                replace(ln, text=mk[2], gap=True)
                if k in alone and (mk := _marker(ln.text)) is not None
                else ln
                for k, ln in enumerate(lines)
            ]
        numbered = [r for r in lists if r[0].kind == "number"] or lists
        conditioned = condition_order(runs, starts, lines)
        if conditioned is not None:
            found, numbered = conditioned.subs_as_points, []
            ordered_first = conditioned
        # a list printed twice (the innstilling, then the vedtak reprinting it): the later
        # print, though the earlier held a proposal that fell
        numbered = [r for k, r in enumerate(numbered) if not any(_reprints(q, r) for q in numbered[k + 1 :])] or numbered
        if numbered:
            found = max(numbered, key=len)
            found = [p for r in runs if r is found or (r in asked and r is not found) for p in r]
        known = {" ".join(p.text.split()) for p in found}
        tabled = [p for p in tabled if " ".join(p.text.split()) not in known]
    found = found + tabled
    if found:
        # the dated process lines of its timetable (timetable_points), after the lists
        known = {" ".join(p.text.split()) for p in found}
        found = found + [p for p in timetable_points(lines, body) if " ".join(p.text.split()) not in known]
    if found:
        # a timetable's own start and the step after the hand-over, read as items of a list,
        # ask nothing of the plan (as timetable_points keeps them out)
        outside = timetable_outside(lines, body)
        found = [p for p in found if " ".join(p.text.split()) not in outside] or found
    if not found:
        # no list: a template's guidance boxes hold its points
        found = guidance_points(lines, body)
    if not found:
        # no list at all: paragraphs opening with one subject and modal are the points
        lines, found, doer = _modal_points(lines, body)
    else:
        doer = None
    found = adopted_by_number(granted_clauses(found, plain), plain)
    found = defined_plan_paragraphs(found)
    if POINT_SETTINGS.amended_points:
        found = amended_points(found)
    found = reported_in_plan(found, plan_title)
    if POINT_SETTINGS.addressed_recommendations:
        found = addressed_paragraphs(found, plan_title)
    found = spelled_out_order(
        other_assignments(addressed_to_plan(planned_rows(found, plan_title), plan_title)), plan_title
    )
    ordered = ordered_first or plan_order(found)
    closing: list[Line] = []
    if ordered is not None:
        found = ordered.subs_as_points
        if ordered.closing:
            closing = [Line(ordered.closing, ordered.page, 0.0, None, False, False, True)]
    found = without_joiners(raise_sub_points(added_points(amended(found, lines), lines)))
    found = unticked_dropped(found, lines, body)
    found = checklist_marked(found)
    listed = bool(found)
    found = stated_lists_dropped(found, lines, body)
    # "3.6 Rural routes … are outside the scope of this work": an item that states what the
    # work leaves out asks nothing (a point that opens with its verb keeps its place)
    found = [rp for rp in found if not _states_exclusion(rp.text)] or found
    told = told_items(found)
    # a point withdrawn later keeps its place in the numbering as printed, as a fact told does
    struck = withdrawn(found, plain)
    aside = decision_asides(found)
    elsewhere = directed_elsewhere(found, plain)
    lost = lost_proposals(found, plain)
    kept = [
        (rp, position)
        for rp, position, tells, out, by, other, fell in zip(
            found, _positions(found), told, struck, aside, elsewhere, lost, strict=True
        )
        if not tells and not out and not by and not other and not fell
    ]
    # the order to make the plan ("1. Heradsstyret vedtek at det skal utarbeidast ein … plan")
    # is the mandate, no point (its place in the numbering kept, as a point withdrawn)
    kept = [
        (rp, position)
        for rp, position in kept
        # … and so are a resolution noting a report and one granting a power
        if not (
            orders_the_plan(rp.text) or states_funding(rp.text) or takes_note(rp.text) or grants_authority(rp.text)
            or grants_discretion(rp.text)
        )
    ] or kept
    # a list printed twice (the innstilling, then the vedtak reprinting it): the later print
    kept = kept[reprinted_from(kept) :]
    points = [_to_point(n, rp, position) for n, (rp, position) in enumerate(kept, start=1)]
    # the sentence that closes the ordered plan's sub-points is its prose, read first
    if closing and ordered is not None and ordered.lead_point:
        lead = _RawPoint("S1", "number", closing[0].text, closing[0].page, 0.0, [], kind_hint="process")
        prose = [_to_point(len(points) + 1, lead)]
    else:
        prose = prose_requirements(closing, points, start=len(points) + 1) if closing else []
    if ordered is not None and ordered.lead_point:
        # a permission's other conditions, its carrying-out sentence and its informatives bind
        # the development, not the plan (condition_order)
        return selected_points(points + prose)
    rest = prose_requirements(
        lines, points + prose, start=len(points) + len(prose) + 1, doer=doer, questions=not listed
    )
    if prose:
        rest = [p.model_copy(update={"number": f"S{len(prose) + k}"}) for k, p in enumerate(rest, start=1)]
    # the order to make the plan written in the prose ("Eg ber difor om at du lagar ein plan
    # for …") is the mandate itself; the S-points after it are numbered on without it
    ordered_plan = [
        p for p in rest if orders_the_plan(p.text) or states_funding(p.text) or needs_the_plan(p.text)
    ]
    if ordered_plan and (points or prose or len(rest) > len(ordered_plan)):
        rest = [p for p in rest if p not in ordered_plan]
        rest = [
            p.model_copy(update={"number": f"S{len(prose) + k}", "id": f"M{len(points) + len(prose) + k}"})
            for k, p in enumerate(rest, start=1)
        ]
    return selected_points(points + prose + rest)


_LABEL = r"(?:[0-9]{1,2}|[a-zæøå]|[a-z]{1,2}[0-9]{1,2})"
# between two labels: a dash or a word of range ("til", "to") spans the labels between them; a
# comma or a word of joining ("og", "and") adds the next (requirements.yaml label_range,
# label_join)
_LABEL_RANGE = r"\s*(?:–|-|" + _alt("label_range") + r")\s*"
_LABEL_JOIN = r"\s*(?:,|" + _alt("label_join") + r")\s*"
# "punkta a, b, d og f", "punkterna 1–5", "Recommendations R2 and R4": the reference word and
# the labels after it (one to a dozen, joined by commas, dashes, "og")
_POINT_REFERENCE_RE = re.compile(
    r"\b(?:" + _alt("point_reference") + r")\s+(" + _LABEL + r"(?:(?:" + _LABEL_RANGE + "|" + _LABEL_JOIN + r")"
    + _LABEL + r")*)\b",
    re.IGNORECASE,
)
_SELECTION_DROPPED_RE = re.compile(r"\b(?:" + _alt("selection_dropped") + r")\b", re.IGNORECASE)
_SELECTION_TAKEN_RE = re.compile(r"\b(?:" + _alt("selection_taken") + r")\b", re.IGNORECASE)


def _labels(run: str, known: list[str]) -> list[str]:
    """The labels of ``run`` ("a, b, d og f", "1–5", "2 to 5"), a dash or a word of range
    spanning the known labels between its ends in their order."""
    parts = re.split(r"(" + _LABEL_RANGE + r"|" + _LABEL_JOIN + r")", run, flags=re.IGNORECASE)
    out: list[str] = []
    spans = False
    for part in parts:
        if not part.strip(" ,"):
            continue
        if re.fullmatch(_LABEL_RANGE, part, re.IGNORECASE):
            spans = True
            continue
        if re.fullmatch(_LABEL_JOIN, part, re.IGNORECASE):
            continue
        label = part.strip().lower()
        if spans and out and out[-1] in known and label in known:
            a, b = known.index(out[-1]), known.index(label)
            out.extend(known[a + 1 : b + 1])
        else:
            out.append(label)
        spans = False
    return out


def selected_points(points: list[MandatePoint], s: PointSettings = POINT_SETTINGS) -> list[MandatePoint]:
    """The points left when a decision selects among a list by the points' labels ("Planen
    skal omfatte punkta a, b, d og f i forslaget. Punkt c og e blir ikkje tekne til følgje.",
    "Parterna är överens om att planen ska innehålla punkterna 1–5"). Why: a council that takes
    a proposal in part, or parties that agree to a list, name the points they take and those
    they do not; the sentence that names them asks nothing of its own, and a point it drops is
    no point of the mandate. A reference counts with a verb of taking (selection_taken) or of
    dropping (selection_dropped) in its sentence. A point all of whose sentences are such references goes; the
    points it names as dropped go; when it names the points taken, the other points of the same
    kind of label before it go too. Every label named must be a point's: otherwise nothing
    changes (the numbers refer to something else)."""
    if not s.point_selection or len(points) < 3:
        return points
    known = [(p.number or "").lower() for p in points]
    drop: set[int] = set()
    for i, p in enumerate(points):
        sentences = [x for x in re.split(r"(?<=[.!?])\s+", p.text.strip()) if x]
        refs = []
        for sent in sentences:
            found = [_labels(m.group(1), known) for m in _POINT_REFERENCE_RE.finditer(sent)]
            named = [lab for f in found for lab in f]
            if not named:
                refs.append(None)
                continue
            if not all(lab in known for lab in named) or known[i] in named:
                return points
            dropped = bool(_SELECTION_DROPPED_RE.search(sent))
            if not dropped and not _SELECTION_TAKEN_RE.search(sent):
                # "Punkt 3 endres til …": an amendment of the point, no selection
                refs.append(None)
                continue
            refs.append((named, dropped))
        if not refs or any(r is None for r in refs):
            continue
        drop.add(i)
        for named, dropped in refs:
            idx = {known.index(lab) for lab in named}
            if dropped:
                drop |= idx
            else:
                digits = all(known[k].isdigit() for k in idx)
                drop |= {
                    k for k in range(i)
                    if k not in idx and known[k] and known[k].isdigit() == digits
                    and not prose_requirement_number(points[k].number)
                }
    if not drop:
        return points
    kept = [p for k, p in enumerate(points) if k not in drop]
    out = []
    n_prose = 0
    for k, p in enumerate(kept, start=1):
        update: dict[str, str] = {"id": f"M{k}"}
        if prose_requirement_number(p.number):
            n_prose += 1
            update["number"] = f"S{n_prose}"
        out.append(p.model_copy(update=update))
    return out


_OPEN_QUOTE = "‘'\"“«„"
_CLOSE_QUOTE = "’'\"”»“"


@functools.cache
def _amendment_re() -> re.Pattern[str]:
    """ "delete 'X' and insert 'Y'", "stryk «X» og sett inn «Y»": an amendment's old and new
    wording, each in quotes (requirements.yaml: amend_delete, amend_insert). A closing quote
    counts only before a space or a stop, so an apostrophe inside the wording ("Council's")
    does not end it."""
    delete = _alt("amend_delete")
    insert = _alt("amend_insert")
    o, c = re.escape(_OPEN_QUOTE), re.escape(_CLOSE_QUOTE)
    return re.compile(
        rf"\b(?:{delete})\s+[{o}](?P<old>[^{o}]+?)[{c}](?=[\s,.;:])[\s,]*(?:\w+\s+){{0,2}}?"
        rf"(?:{insert})\s+[{o}](?P<new>.+?)[{c}](?=[\s,.;:)\]]|$)",
        re.IGNORECASE,
    )


def amended(found: list[_RawPoint], lines: list[Line], s: PointSettings = POINT_SETTINGS) -> list[_RawPoint]:
    """The points as amended: a carried amendment printed beside the list ("In resolution 5,
    delete 'X' and insert 'Y'", the motion then reproduced as set out on the agenda) replaces
    the old wording by the new in the point that holds it; the point asks what was decided,
    not what was proposed. An amendment told as lost (amend_lost) within
    ``amendment_outcome_sentences`` sentences after it changes nothing."""
    doc = " ".join(" ".join(ln.text.split()) for ln in lines)
    changes: list[tuple[str, str]] = []
    for m in _amendment_re().finditer(doc):
        after = _SENTENCE_SPLIT.split(doc[m.end() :].lstrip(" ”’\"».;"), s.amendment_outcome_sentences + 1)
        outcome = " ".join(after[: s.amendment_outcome_sentences])
        if _word_re("amend_lost").search(outcome):
            continue
        old, new = " ".join(m.group("old").split()), " ".join(m.group("new").split())
        if old and new:
            changes.append((old, new))
    if not changes:
        return found
    out: list[_RawPoint] = []
    for rp in found:
        text = " ".join(rp.text.split())
        for old, new in changes:
            k = text.lower().find(old.lower())
            if k >= 0:
                text = text[:k] + new + text[k + len(old) :]
        out.append(replace(rp, text=text) if text != " ".join(rp.text.split()) else rp)
    return out


@functools.cache
def _new_point_re() -> re.Pattern[str]:
    """An amendment's new point: its words (requirements.yaml amend_new_point), the label and
    the quoted text ("nytt punkt h) «vurdere …»")."""
    words = "|".join(re.escape(w) for w in _words("amend_new_point"))
    return re.compile(
        rf"\b(?:{words})\s+\(?(?P<label>[a-z]|\d{{1,2}})[).]?\s*[«“\"‘\'](?P<text>[^»”\"’\']{{8,}})[»”\"’\']",
        re.IGNORECASE,
    )


def added_points(found: list[_RawPoint], lines: list[Line]) -> list[_RawPoint]:
    """``found`` with the points a carried amendment adds to its list ("Tilleggsforslag fra X
    ble vedtatt: nytt punkt h) «vurdere å …»"): each whose label continues the list's labels
    (h after g, 8 after 7) and whose sentence tells no lost vote (requirements.yaml
    amend_lost). Why: the minutes print the adopted list once and tell the added point in the
    vote; the decision refers to both, and the plan must answer the new point as any other."""
    if not found:
        return found
    doc = " ".join(" ".join(ln.text.split()) for ln in lines)
    lost = _word_re("amend_lost")
    out = list(found)
    for m in _new_point_re().finditer(doc):
        start = max(doc.rfind(". ", 0, m.start()), 0)  # the sentence that tells the vote
        if lost.search(doc[start : m.start()]):
            continue
        last = out[-1].label.strip("().").lower()
        label = m.group("label").lower()
        follows = (
            (last.isalpha() and len(last) == 1 and label.isalpha() and ord(label) == ord(last) + 1)
            or (last.isdigit() and label.isdigit() and int(label) == int(last) + 1)
        )
        text = " ".join(m.group("text").split()).strip(" .")
        if not follows or any(plain_text(rp.text) == plain_text(text) for rp in out):
            continue
        page = next((ln.page for ln in lines if text[:20] in " ".join(ln.text.split())), out[-1].page)
        out.append(replace(out[-1], label=m.group("label") + ")", text=text, page=page, subs=[], closing=""))
    return out


# "Kultur- och fritidsnämnden, Barn- och utbildningsnämnden": the bodies of an owner cell,
# apart at a comma, a slash or an "and" word (not the "och" of a suspended compound, "Barn-
# och utbildningsnämnden")
def _bodies_re() -> re.Pattern[str]:
    from plancheck.lang.vocab import alternation, plain_words

    return re.compile(
        r"\s*[,;/&]\s*|(?<!-)\s+(?:" + alternation(plain_words("and_words")) + r")\s+", re.IGNORECASE
    )


_BODIES_RE = _bodies_re()
_TITLE_WORD_RE = re.compile(r"[^\W\d_]{4,}")
# the words naming a document of the plan's kinds (words.yaml named_document_head, named_document)
_DOCUMENT_HEADS = frozenset(w.lower() for w in W.words("named_document_head", "named_document"))


def _bodies(cell: str) -> set[str]:
    return {" ".join(b.lower().split()) for b in _BODIES_RE.split(cell) if b and b.strip()}


def _title_words(title: str) -> set[str]:
    """The words that name the plan's subject: its title's words of four letters or more, not
    the document's kind ("Plan för näridrottsplatser 2032–2035" → näridrottsplatser)."""
    return {w.lower() for w in _TITLE_WORD_RE.findall(title)} - _DOCUMENT_HEADS


def _shares_title(text: str, words: set[str], s: PointSettings = POINT_SETTINGS) -> int:
    """How many of the title's words the text has, inflected too ("näridrottsplatserna")."""
    low = [w.lower() for w in _TITLE_WORD_RE.findall(text)]
    return sum(any(t.startswith(w[: max(len(w) - s.title_suffix, 4)]) for t in low) for w in words)


def _document_kinds(text: str) -> set[str]:
    """The kinds of document the text names, as a word, inflected or as a compound's head
    ("plan" for "planen", "åtgärdsplan"; "policy"; words.yaml named_document_head,
    named_document)."""
    low = [w.lower() for w in _TITLE_WORD_RE.findall(text)]
    return {h for h in _DOCUMENT_HEADS for w in low if w.startswith(h) or w.endswith(h)}


def _names_document(text: str) -> bool:
    """The text names a document of the plan's kinds ("plan", "planen", "åtgärdsplan")."""
    return bool(_document_kinds(text))


def _ordinal_words() -> dict[str, int]:
    """The ordinals of every language's lexicon (time.ordinals, time.interval_ordinals):
    "första" 1, "tredje" 3, "sjätte" 6 …; digits too."""
    out: dict[str, int] = {}
    for code in LANGS:
        time = lexicon_file(code).get("time") or {}
        for kind in ("ordinals", "interval_ordinals"):
            for word, value in (time.get(kind) or {}).items():
                out.setdefault(str(word).lower(), int(value))
    return out


_ORDINALS = _ordinal_words()
_ORDINAL_ALT = "|".join(
    re.escape(w) for w in sorted(_ORDINALS, key=len, reverse=True) if w[-1:] not in ".:"
)
# "Motionens första, tredje, fjärde och femte att-sats bifalls.": a word for the motion, the
# ordinals of its clauses, the clause word (requirements.yaml motion_clause) and the verdict
_SELECTION_RE = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?P<ords>(?:" + _ORDINAL_ALT + r")(?:\s*,\s*(?:" + _ORDINAL_ALT
    + r"))*(?:\s+(?:och|og|samt|and)\s+(?:" + _ORDINAL_ALT + r"))?)\s+(?:" + _alt("motion_clause")
    + r")\s+(?P<verdict>\S.*?)[\s.]*$",
    re.IGNORECASE,
)
_VERDICT_GRANTED_RE = re.compile(r"^(?:" + _alt("decision_accepted") + r")$", re.IGNORECASE)
_VERDICT_REFUSED_RE = re.compile(r"^(?:" + _alt("decision_rejected") + r")$", re.IGNORECASE)


_BLOCK_LABEL_RE = re.compile(r"^(?P<word>(?-i:[A-ZÆØÅÄÖ])[^\W\d_]{3,})\s+(?P<n>\d{1,2})(?:\s*[·:.–—-]\s*\S.*|\s*)$")
_FIELD_LABEL_RE = re.compile(r"^[^\W\d_][\w-]*(?:\s+[\w-]+)?\s*:\s")
_NUMBER_SERIES_RE = r"\d{1,2}(?:\s*(?:,|[–-]|\b(?:" + alternation(plain_words("and_words")) + r")\b)\s*\d{1,2})*"


def _numbered_blocks(lines: list[Line], s: PointSettings = POINT_SETTINGS) -> tuple[str, dict[int, tuple[str, int | None]]] | None:
    """Blocks each opened by one label word and its number on a line of its own ("Forslag 2
    · Benker", "Recommendation 2: …"), numbered 1, 2, 3 … in order, at least
    ``numbered_blocks`` of them: the label word and, per number, the block's text (its lines up
    to a field's label, "Reason: …", or the next block) and page; None when there are none."""
    heads = [(k, m) for k, ln in enumerate(lines) if (m := _BLOCK_LABEL_RE.match(ln.text.strip()))]
    by_word: dict[str, list[tuple[int, re.Match]]] = {}
    for k, m in heads:
        by_word.setdefault(m.group("word").lower(), []).append((k, m))
    for word, run in by_word.items():
        numbers = [int(m.group("n")) for _, m in run]
        if len(run) < s.numbered_blocks or numbers != list(range(1, len(run) + 1)):
            continue
        blocks: dict[int, tuple[str, int | None]] = {}
        ends = [k for k, _ in run[1:]] + [len(lines)]
        for (k, m), end in zip(run, ends, strict=True):
            text = ""
            for ln in lines[k + 1 : end]:
                t = ln.text.strip()
                if _FIELD_LABEL_RE.match(t) or (text and ln.gap):
                    break
                text = _join(text, t) if text else t
            if text:
                blocks[int(m.group("n"))] = (text, lines[k].page)
        if len(blocks) >= s.numbered_blocks:
            return word, blocks
    return None


# a decision's clause opening with its complementizer ("att", "at", "that": the lexicon's, every
# language), then a point's number, the verb of amending and the new wording (amended_points)
_AMENDED_RE = re.compile(
    r"^(?:(?:" + alternation(sorted({w.lower() for w in evidence_words("complementizers")}, key=lambda w: (-len(w), w)))
    + r")\s+)?(?:\w+\s+)?(?P<code>[A-Za-z]{0,3}\d+(?:\.\d+)*[a-z]?)\s+"
    r"(?:" + _alt("amend_verb") + r")\s*,?\s+(?:" + _alt("amend_result") + r")\s*:?\s+(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def amended_points(found: list[_RawPoint]) -> list[_RawPoint]:
    """A point that rewords an earlier point of the list by its number ("att B3 ändras så att
    planen ska redovisa …", "at punkt 4 endres slik at …"): its point is the new wording, kept
    under its own number, and the earlier point is none, since the decision log or the amended
    order no longer asks it (requirements.yaml amend_verb, amend_result). Why: a decision log
    keeps every decision in its order, the changed ones too, and a reader takes the last word."""
    labels = {rp.label.rstrip(".)").lower(): k for k, rp in enumerate(found)}
    dropped: set[int] = set()
    out: list[_RawPoint] = []
    for k, rp in enumerate(found):
        m = _AMENDED_RE.match(" ".join(rp.text.split()))
        j = labels.get(m.group("code").lower()) if m else None
        if m is None or j is None or j >= k:
            out.append(rp)
            continue
        dropped.add(j)
        out.append(replace(rp, text=m.group("rest")))
    return [rp for k, rp in enumerate(out) if k not in dropped]


def adopted_by_number(found: list[_RawPoint], lines: list[Line]) -> list[_RawPoint]:
    """A decision that takes numbered blocks of another text into the plan by their numbers
    ("at forslag 1, 3 og 6 innarbeides i parkplanen", "that recommendations 1–3
    are included in the strategy"): the blocks it names are the points, numbered as printed;
    an item naming other blocks of them without the plan ("at forslag 2 sendes til
    budsjettarbeidet", "… følges ikke") is none. Why: a citizens' panel's, a review's or
    an inquiry's recommendations are printed in full once, and the decision only cites them."""
    found_blocks = _numbered_blocks(lines)
    if found_blocks is None or not found:
        return found
    word, blocks = found_blocks
    cite = re.compile(r"\b" + re.escape(word[: max(4, len(word) - 2)]) + r"\w*\s+(?P<ns>" + _NUMBER_SERIES_RE + r")", re.IGNORECASE)
    out: list[_RawPoint] = []
    taken = False
    for rp in found:
        m = cite.search(rp.text)
        if m is None:
            out.append(rp)
            continue
        if not _names_plan_re().search(rp.text[m.end() :]) or taken:
            continue  # blocks sent elsewhere or set aside: no point of this plan
        taken = True
        numbers: list[int] = []
        for a, b in re.findall(r"(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?", m.group("ns")):
            numbers.extend(range(int(a), int(b) + 1) if b else [int(a)])
        out.extend(
            _RawPoint(str(n), "number", blocks[n][0], blocks[n][1], rp.indent, [])
            for n in numbers
            if n in blocks
        )
    return out if taken else found


def granted_clauses(found: list[_RawPoint], lines: list[Line]) -> list[_RawPoint]:
    """A decision that names a motion's clauses by their ordinals ("Motionens första, tredje,
    fjärde och femte att-sats bifalls", "… andra att-sats avslås", "… sjätte att-sats anses
    besvarad"): the granted clauses are the points, numbered "A" and their place in the
    motion, in the decision item's place; the selections are none (one turned down or
    answered asks nothing). The clauses are the first run of complement clauses ("att
    kommunen tar fram …,") in the document with as many clauses as the highest ordinal named.
    Why: such a decision's own items only point; what the plan must answer stands in the
    motion, and only where granted."""
    picks = [(_SELECTION_RE.match(" ".join(rp.text.split())), rp) for rp in found]
    if not any(m for m, _ in picks):
        return found
    top = max(
        _ORDINALS[w.lower()] for m, _ in picks if m for w in re.findall(_ORDINAL_ALT, m.group("ords"), re.I)
    )
    clauses: list[tuple[Line, str]] = []
    k = 0
    while k < len(lines):
        if _CLAUSE_LINE_RE.match(lines[k].text.strip()) and _marker(lines[k].text) is None:
            items, end = _clause_items(lines, k)
            if len(items) >= top:
                clauses = items
                break
            k = max(end, k + 1)
        else:
            k += 1
    if not clauses:
        return found
    out: list[_RawPoint] = []
    for m, rp in picks:
        if m is None:
            out.append(rp)
            continue
        verdict = m.group("verdict").strip(" .")
        if _VERDICT_REFUSED_RE.match(verdict) or not _VERDICT_GRANTED_RE.match(verdict):
            continue
        for w in re.findall(_ORDINAL_ALT, m.group("ords"), re.I):
            n = _ORDINALS[w.lower()]
            first, text = clauses[n - 1]
            out.append(
                replace(rp, label=f"A{n}.", kind="number", text=text.rstrip(" ,;."), page=first.page, subs=[])
            )
    return out


def reported_in_plan(found: list[_RawPoint], plan_title: str | None) -> list[_RawPoint]:
    """A table of tasks whose reporting column says where each is answered ("Nr | Verksamhet |
    Uppdrag | Återrapportering": "Handlingsplan" in some rows, "Nämnden oktober 2046" or
    "Delårsrapport" in others): the rows to be answered in a document of the plan's kind are
    the plan's points, the rest are reported elsewhere and are none. The plan's kind is the
    document kind of ``plan_title`` (words.yaml named_document_head), any plan-like document
    without a title. When no row, or every row, names such a document, every row stays."""
    reported = [rp for rp in found if rp.report]
    if len(reported) < 2:
        return found
    kinds = _document_kinds(plan_title or "") or set(_DOCUMENT_HEADS)
    ours = [rp for rp in reported if _document_kinds(rp.report or "") & kinds]
    if not ours or len(ours) == len(reported):
        return found
    return [rp for rp in found if not rp.report or any(rp is q for q in ours)]


def planned_rows(found: list[_RawPoint], plan_title: str | None) -> list[_RawPoint]:
    """The rows of a table of plans (:func:`plan_list_rows`): the row naming the plan checked
    is its mandate, and what it asks, items set apart by semicolons in one cell ("Oppdatere
    planen …; avklare ansvar …; etablere …"), are its points, numbered in order; the rows of the
    other plans are none. The row is the one whose plan's words the title holds most of (its
    name's own words, not the document's kind: "Trafikksikkerhetsplan" in "Trafikksikkerhetsplan for …
    2041–2044"). Without a title, or when no row's plan is in it, every row stays."""
    rows = [rp for rp in found if rp.plan_named]
    if not rows or not plan_title:
        return found
    score = {id(rp): _shares_title(plan_title, _title_words(rp.plan_named or "")) for rp in rows}
    best = max(score.values())
    if best == 0 or sum(v == best for v in score.values()) > 1:
        return found
    out: list[_RawPoint] = []
    for rp in found:
        if not rp.plan_named:
            out.append(rp)
        elif score[id(rp)] == best:
            parts = [p.strip() for p in rp.text.split(";") if p.strip()]
            if len(parts) < 2:
                out.append(rp)
                continue
            out.extend(
                _RawPoint(str(k), "number", part, rp.page, rp.indent, [])
                for k, part in enumerate(parts, start=1)
            )
    return out


_EVERY_ADDRESSEE_RE = re.compile(r"^(?:" + _alt("every_addressee") + r")$", re.IGNORECASE)
# an addressee's article ("the Housing Service"): no word of the body's name
_ARTICLE_RE = re.compile(r"^(?:" + _alt("subject_article") + r"|the)\s+", re.IGNORECASE)


def addressed_paragraphs(found: list[_RawPoint], plan_title: str | None) -> list[_RawPoint]:
    """A review's or an inspection's recommendations, each labelled with the body it is
    addressed to ("Recommendation 3 (Tenancy Services)", "Recommendation 6 (Fire and Rescue
    Service)"): the plan is one body's answer, so the recommendations addressed to that body
    (named in ``plan_title``: "…: Tenancy Services Action Plan"), joint ones naming it too
    ("Tenancy Services and the Community Wardens") and those to every body
    (requirements.yaml ``every_addressee``: "All agencies") are its points, the others none.
    Without a title, with fewer than two addressed paragraphs, or when the title names no
    addressee, every paragraph stays."""
    to = [rp for rp in found if rp.addressee]
    title = " ".join((plan_title or "").lower().split())
    if len(to) < 2 or not title:
        return found

    def named(rp: _RawPoint) -> bool:
        return any(
            re.search(r"\b" + re.escape(b) + r"\b", title)
            for b in (_ARTICLE_RE.sub("", b) for b in _bodies(rp.addressee or ""))
            if b
        )

    if not any(named(rp) for rp in to):
        return found
    return [rp for rp in found if not rp.addressee or named(rp) or _EVERY_ADDRESSEE_RE.match(rp.addressee.strip())]


def addressed_to_plan(found: list[_RawPoint], plan_title: str | None) -> list[_RawPoint]:
    """A table of tasks to several bodies ("Nr | Uppdrag | Ansvarig nämnd" in a budget): the
    plan is its body's answer, so the rows addressed to that body are the points, joint rows
    that name it too, and the rows to other bodies are none. The body is the one every row
    ordering a document on the plan's subject (a document word and the words of
    ``plan_title``) is addressed to. Without a title, with one body only, or when no row
    orders such a document, every row stays (a kommissorium's tasks shared among the units of
    one work are all its points)."""
    owned = [rp for rp in found if rp.owner]
    words = _title_words(plan_title or "")
    if len(owned) < 2 or not words or len(set.union(*(_bodies(rp.owner or "") for rp in owned))) < 2:
        return found
    # the rows that order a document ("Ta fram en plan för …", "Redovisa planen för …"): a
    # task table of one work whose rows name the place ("… p-pladser i Midtbyen") decides no body
    shared = [(_shares_title(rp.text, words), rp) for rp in owned if _names_document(rp.text)]
    kinds = _document_kinds(plan_title or "")
    if kinds and shared and not any(_document_kinds(rp.text) & kinds for _, rp in shared):
        # every such row orders a document of another kind than the plan on its subject ("Update
        # the corporate Safety Policy" beside a "… Plan"): the sister document of another
        # owner, no row of the plan's body. A row whose owner owns no other row is that body's
        # task alone and no point of the plan; the rest of the table is the plan's
        alone = {
            id(rp)
            for n, rp in shared
            if n and sum(_bodies(q.owner or "") == _bodies(rp.owner or "") for q in owned) == 1
        }
        return [rp for rp in found if id(rp) not in alone]
    if not shared:
        return found
    best = max(n for n, _ in shared)
    if best == 0:
        return found
    naming = [_bodies(rp.owner or "") for n, rp in shared if n == best]
    bodies = set.intersection(*naming)
    if not bodies:
        return found
    return [rp for rp in found if not rp.owner or _bodies(rp.owner) & bodies]


@functools.cache
def _agent_modal_re() -> re.Pattern[str]:
    """ "Bolaget ska …", "The Trust will …": a named agent and a modal opening an item."""
    return re.compile(
        r"^(?P<agent>(?:the\s+)?(?-i:[A-ZÆØÅÄÖ])[\w-]+)\s+(?:" + _alt("modal") + r")\b", re.IGNORECASE
    )


@functools.cache
def _names_plan_re() -> re.Pattern[str]:
    """A word for the plan or a compound ending in one, inflected ("upprustningsplan",
    "planen", "strategien", "the plan"; requirements.yaml plan_noun_head)."""
    return re.compile(r"\b\w*(?:" + _alt("plan_noun_head") + r")\w{0,3}\b", re.IGNORECASE)


@functools.cache
def _definition_re() -> re.Pattern[str]:
    """A definition clause: a quoted term, a definition verb (requirements.yaml
    definition_verb) and what it means ('"Paving Plan" means the Town's plan for …')."""
    return re.compile(
        r"^[\"“”«‘’']\s*(?P<term>[^\"“”«»‘’']{2,60}?)\s*[\"“”»‘’']\s+(?:" + _alt("definition_verb")
        + r")\s+(?P<body>.+)$",
        re.IGNORECASE | re.DOTALL,
    )


@functools.cache
def _owner_of_plan_re() -> re.Pattern[str]:
    """The party whose plan a definition names, in the genitive before the plan noun ("the
    Town's plan", "kommunens plan", "kommunens kontrollplan")."""
    return re.compile(
        r"\b(?P<owner>\w+?)(?:'s|’s|s)\s+\w*(?:" + _alt("plan_noun_head") + r")\w{0,3}\b", re.IGNORECASE
    )


def _defined_plan(items: list[_RawPoint]) -> tuple[re.Pattern[str], re.Pattern[str] | None, _RawPoint] | None:
    """(the defined term, the plan's owner or None, the definition's item) of the first
    definition among ``items`` whose term or meaning names a plan; None when there is none."""
    plan_re = _names_plan_re()
    for rp in items:
        m = _definition_re().match(" ".join(rp.text.split()))
        if m is None or not (plan_re.search(m.group("term")) or plan_re.search(m.group("body"))):
            continue
        term = re.compile(r"\b" + r"\s+".join(map(re.escape, m.group("term").split())) + r"\b", re.IGNORECASE)
        o = _owner_of_plan_re().search(m.group("body"))
        owner = re.compile(r"\b" + re.escape(o.group("owner")) + r"\b", re.IGNORECASE) if o else None
        return term, owner, rp
    return None


def defined_plan_paragraphs(found: list[_RawPoint], s: PointSettings = POINT_SETTINGS) -> list[_RawPoint]:
    """A legal agreement numbers all its paragraphs in one run (background, jurisdiction,
    definitions, each party's duties, enforcement) and defines the plan by a term of its own
    ('"Paving Plan" means the Town's plan for removing …'). When such a definition stands
    among at least ``agreement_min_paragraphs`` numbered paragraphs and at most
    ``agreement_plan_share`` of them name the defined term, the points are the paragraphs that
    bind the plan: they name the term and hold a modal ("The Town will complete its Paving
    Plan …", "The Paving Plan will also address …"), and their subject, the words before
    the modal, is the plan or its owner (the genitive of the definition: "the Town's plan"),
    not another party ("The State will review the Paving Plan"). A finding
    without a modal ("The Town has not adopted a Paving Plan") and the definition itself
    are none, and so are the duties that do not name the plan (a coordinator, training,
    reports). A lead-in paragraph of the plan and its modal alone ("The Paving Plan
    will:") over lettered sub-paragraphs gives them as points, each of its own."""
    items = [rp for rp in found if rp.kind == "number"]
    if len(items) < s.agreement_min_paragraphs:
        return found
    defined = _defined_plan(items)
    if defined is None:
        return found
    term, owner, definition = defined
    naming = [rp for rp in items if rp is not definition and term.search(rp.text)]
    if not naming or len(naming) > s.agreement_plan_share * len(items):
        return found
    modal = _MODAL_WORD_RE

    def binds(rp: _RawPoint) -> bool:
        text = " ".join(rp.text.split())
        m = modal.search(text)
        if rp is definition or not term.search(text) or m is None:
            return False
        subject = text[: m.start()]
        return owner is None or bool(term.search(subject) or owner.search(subject))

    out: list[_RawPoint] = []
    for rp in found:
        if rp.kind == "number" and not binds(rp):
            continue
        text = " ".join(rp.text.split())
        lead = term.search(text) if text.endswith(":") else None
        if (
            lead is not None
            and len(rp.subs) >= 2
            and len(text[: lead.start()].split()) <= 1  # the term, perhaps after its article
            and modal.fullmatch(text[lead.end() :].strip(" :"))
        ):
            out.extend(
                replace(p, label=_sub_number(rp, p.label, k), kind="number")
                for k, p in enumerate(_sub_points(rp), start=1)
            )
            continue
        out.append(rp)
    return out or found


def other_assignments(found: list[_RawPoint]) -> list[_RawPoint]:
    """An owner's directive to a company or a unit lists its assignments ("Bolaget ska ta fram
    en upprustningsplan …", "Bolaget ska i planen utreda …", "Bolaget ska erbjuda kommunen
    lägenheter …"): when at least two items give the agent the plan to make or fill and most
    of the list names the plan, that agent's items that name no plan are assignments of other
    things, no points of the plan. An item with another subject ("Hyresgästerna ska kunna
    välja …") says what the plan must allow and stays; so does every item of a list that
    rarely names the plan."""
    agent_re, plan_re = _agent_modal_re(), _names_plan_re()
    items = [rp for rp in found if rp.kind in ("number", "letter", "bullet")]
    if len(items) < 4:
        return found
    naming = [rp for rp in items if plan_re.search(rp.text)]
    if len(naming) * 2 < len(items):
        return found
    agents = Counter(
        m.group("agent").lower() for rp in naming if (m := agent_re.match(rp.text.strip())) is not None
    )
    mine = {a for a, n in agents.items() if n >= 2}
    if not mine:
        return found

    def other(rp: _RawPoint) -> bool:
        m = agent_re.match(rp.text.strip())
        return m is not None and m.group("agent").lower() in mine and not plan_re.search(rp.text)

    dropped = [rp for rp in items if other(rp)]
    if not dropped or len(dropped) * 2 >= len(items):
        return found
    return [rp for rp in found if rp not in dropped]


_PARTY_COMMITMENT_RE = re.compile(r"\b(?:" + _alt("party_commitment") + r")\w*", re.IGNORECASE)


def _heading_above(lines: list[Line], k: int, body: float | None) -> int | None:
    """The index of the nearest heading above ``lines[k]``, or None."""
    return next((i for i in range(k - 1, -1, -1) if _looks_like_heading(lines[i], body)), None)


def _party_heading(text: str, s: PointSettings = POINT_SETTINGS) -> bool:
    """A heading of one party's commitments ("§ 3 Landstingets åtaganden", "Obligations of the
    Council"): a commitment word (requirements.yaml party_commitment) and at most
    ``label_words`` words."""
    words = _SECTION_NUMBER_RE.sub("", text.strip().lstrip("§ ")).split()
    return 2 <= len(words) <= s.label_words and bool(_PARTY_COMMITMENT_RE.search(text))


def party_lists(
    runs: list[list[_RawPoint]], starts: list[int], lines: list[Line], body: float | None
) -> list[list[_RawPoint]]:
    """An agreement between parties lists each party's commitments under a heading of its own
    ("§ 2 Kommunens ansvar" / "Kommunen tar fram en plan … Planen ska" / "2.1 …";
    "§ 3 Landstingets ansvar" / "3.1 Landstinget ska bekosta …"): the plan is one party's, so only
    the lists of the sections that name the plan (requirements.yaml plan_noun_head, in the
    section's lines down to the list's end) ask anything of it; another party's commitments are
    no points. Unchanged when fewer than two lists stand under such headings, or when no such
    section names the plan (nothing tells which party's plan it is). When the sections name
    their party, the municipality's own (requirements.yaml addressee_body in the heading, or
    as the first clause's subject: "§ 4 Kommunens forpligtelser") and the shared ones
    (joint_commitment: "§ 5 Fælles forpligtelser", or words.yaml agreement_party as subject:
    "Partene forplikter seg til å …") are the plan's, one list; another party's are none,
    whatever words of a plan its clauses hold ("… sende genoptræningsplanen til kommunen")."""
    plan_re = _names_plan_re()
    under: dict[int, bool] = {}
    role: dict[int, str] = {}
    for n, (run, k) in enumerate(zip(runs, starts, strict=True)):
        h = _heading_above(lines, k, body)
        if h is None or not _party_heading(lines[h].text):
            continue
        section = " ".join(ln.text for ln in lines[h + 1 : k]) + " " + " ".join(p.text for p in run)
        under[n] = bool(plan_re.search(section))
        head, first = lines[h].text, run[0].text.strip()
        role[n] = (
            "joint"
            if _JOINT_RE.search(head) or _AGREEMENT_PARTY_RE.match(first)
            else "own"
            if _OWN_PARTY_RE.search(head) or _ADDRESSEE_BODY_RE.match(first)
            else "other"
        )
    if len(role) >= 2 and "own" in role.values() and "other" in role.values():
        # the municipality's own section and the sections of duties it shares are the plan's;
        # the other party's are none. Those kept are one list, in the agreement's order
        kept = [run for n, run in enumerate(runs) if role.get(n) in ("own", "joint")]
        merged = kept[0]
        for run in kept[1:]:
            merged.extend(run)
        return [merged] + [run for n, run in enumerate(runs) if n not in role]
    if len(under) < 2 or not any(under.values()):
        return runs
    return [run for n, run in enumerate(runs) if under.get(n, True)]


# "§ 5 Fælles forpligtelser", "Joint obligations": a heading of duties the parties share
_JOINT_RE = re.compile(r"\b(?:" + _alt("joint_commitment") + r")\b", re.IGNORECASE)
# "Parterna åtar sig att …": the parties together as the clause's subject
_AGREEMENT_PARTY_RE = re.compile(r"^(?:" + W.alternation("agreement_party") + r")\b", re.IGNORECASE)
# "§ 4 Kommunens forpligtelser", "Obligations of the Council": the addressee named in the heading
_OWN_PARTY_RE = re.compile(r"\b(?:" + _alt("addressee_body") + r")(?:s|'s)?\b", re.IGNORECASE)


_WITHDRAWAL_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("withdrawal")) + r")\b",
    re.IGNORECASE,
)
_POINT_REF_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _words("point_marker")) + r")\s*(?P<label>\d{1,2}|[a-z])\b",
    re.IGNORECASE,
)
_REF_WORD_RE = re.compile(r"[^\W\d_][\w-]{4,}")
_AMEND_INSERT_RE = re.compile(r"\b(?:" + _alt("amend_insert") + r")\b", re.IGNORECASE)
_PROPOSAL_RE = re.compile(r"\b\w*(?:" + _alt("proposal_word") + r")\w{0,3}\b", re.IGNORECASE)


def withdrawn(found: list[_RawPoint], lines: list[Line]) -> list[bool]:
    """For each point, whether a later sentence of the mandate withdraws it ("Punkt 4 utgår",
    "Strekpunktet om IKT-faget fell bort", "Item 3 is withdrawn": requirements.yaml
    withdrawal), a minute's later item striking out what an earlier one concluded. The sentence
    must name one point alone: by its number after a point_marker word, or by a word (five
    letters or more) that point has and no other point has. A withdrawal that names no point,
    or several, withdraws nothing."""
    if len(found) < 2:
        return [False] * len(found)
    text = " ".join(" ".join(ln.text.strip() for ln in lines).split())
    keyed = [{w.lower() for w in _REF_WORD_RE.findall(rp.text)} for rp in found]
    # where each point stands in the text (its opening words; -1 when they are not found as
    # printed): a withdrawal strikes what was asked before it, so a sentence before a point
    # ("… og skal trekkes minst 3 meter inn" in a zoning rule above the list) names none of it
    at = [text.find(" ".join(rp.text.split()[:4])) for rp in found]
    gone: set[int] = set()
    cursor = 0
    for sent in _SENTENCE_SPLIT.split(text):
        start = text.find(sent, cursor)
        cursor = max(cursor, start)
        if (
            not _WITHDRAWAL_RE.search(sent)
            or _AMEND_INSERT_RE.search(sent)
            or _PROPOSAL_RE.search(sent)
            or any(sent.strip() in rp.text for rp in found)
        ):
            # an amendment takes words out to put others in ("I punkt 3 udgår «X», og
            # erstattes med «Y»"): the point stays, as amended; a proposal to strike a point
            # ("fremmet forslag: Punkt 2 strykes") strikes it only if the vote carries it
            continue
        named: set[int] = set()
        for m in _POINT_REF_RE.finditer(sent):
            label = m.group("label").lower()
            named |= {n for n, rp in enumerate(found) if rp.label.strip("().").lower() == label}
        if not named:
            words = {w.lower() for w in _REF_WORD_RE.findall(sent)}
            for w in words:
                holders = [n for n, ks in enumerate(keyed) if w in ks]
                if len(holders) == 1:
                    named.add(holders[0])
        if len(named) == 1 and not any(start >= 0 and at[n] > start for n in named):
            gone |= named
    return [n in gone for n in range(len(found))]


# "Concerns (1) to (5) are directed to Larkmoor Borough Council": the points named before the
# verb, the body after it (up to the sentence's end)
_DIRECTED_RE = re.compile(
    r"^(?P<named>.*?)\b(?:" + _alt("directed_to") + r")\s+(?P<body>\S.*?)[.;]?\s*$", re.IGNORECASE
)
# "(1) to (5)", "1–4", "1 til 5": a range of numbers (the lexicon's time.year_range_words); "(6)", "5": one
_NUMBER_RANGE_RE = re.compile(
    r"\(?(?P<a>\d{1,2})\)?(?:\s*(?:[–-]|" + alternation(YEAR_RANGE_WORDS) + r")\s*\(?(?P<b>\d{1,2})\)?)?",
    re.IGNORECASE,
)


def directed_elsewhere(found: list[_RawPoint], lines: list[Line]) -> list[bool]:
    """For each point, whether the mandate directs it to another body than most of its points
    ("Concerns (1) to (5) are directed to Larkmoor Borough Council. Concern (6) is directed to
    Fenmoor Ambulance Service NHS Trust.": requirements.yaml directed_to). Why: a report sent to
    several bodies asks each to answer its own points; the plan of the body most points go to
    answers none of another's. Two bodies at least, one with more points than any other;
    else nothing is directed away."""
    labels = [rp.label.strip("().").lower() for rp in found]
    text = " ".join(ln.text.strip() for ln in lines)
    to_body: dict[str, set[int]] = {}
    for sent in _SENTENCE_SPLIT.split(text):
        m = _DIRECTED_RE.match(sent.strip())
        if m is None:
            continue
        named: set[int] = set()
        for r in _NUMBER_RANGE_RE.finditer(m.group("named")):
            a, b = int(r.group("a")), int(r.group("b") or r.group("a"))
            named |= {n for n, lb in enumerate(labels) if lb.isdigit() and a <= int(lb) <= b}
        if named:
            to_body.setdefault(" ".join(m.group("body").lower().split()), set()).update(named)
    if len(to_body) < 2:
        return [False] * len(found)
    sizes = sorted((len(v) for v in to_body.values()), reverse=True)
    if sizes[0] == sizes[1]:
        return [False] * len(found)
    main = max(to_body.values(), key=len)
    away = set().union(*(v for v in to_body.values() if v is not main)) - main
    return [n in away for n in range(len(found))]


_ITEM_OPENING_ASIDE_RE = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:" + _alt("noting_clause") + "|" + _alt("delegation") + r")\b",
    re.IGNORECASE,
)


def decision_asides(found: list[_RawPoint]) -> list[bool]:
    """For each item of a decision's list, whether it asks nothing of the plan: it takes a
    report to note ("(i) note the condition survey …": noting_clause) or delegates a power
    ("(iv) delegate authority to the Portfolio Holder …": requirements.yaml delegation), at its
    opening; or it is the lead-in of the items under it ("(ii) instruct the Director to prepare
    a Strategy which shall:" over "(a) …", "(b) …"): a line ending in a colon followed by items
    of another marker, which are the points."""
    out: list[bool] = []
    for n, rp in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        lead = (
            rp.text.rstrip().endswith(":")
            and not rp.subs
            and nxt is not None
            and nxt.kind != rp.kind
            and rp.kind in ("number", "letter", "roman")
        )
        out.append(bool(lead or _ITEM_OPENING_ASIDE_RE.match(rp.text.strip())))
    return out


@dataclass
class _PlanOrder:
    subs_as_points: list[_RawPoint]
    closing: str
    page: int | None
    # the closing is the condition's own lead (condition_order): a step of the plan's
    # making (submitted, approved before the work starts), a point whatever its wording
    lead_point: bool = False


def _opening(text: str, n: int = 2) -> str:
    return " ".join(text.lower().split()[:n])


_GUIDANCE_LABEL_RE = re.compile(r"^(?:" + _alt("guidance_label") + r")\s*:?$", re.IGNORECASE)
_OPTIONAL_MARK_RE = re.compile(r"\(\s*(?:" + _alt("optional_mark") + r")\s*\)", re.IGNORECASE)
_EXAMPLE_LABEL_RE = re.compile(r"(?:^|(?<=[.!?])\s+)(?:" + _alt("example_label") + r")\s*:", re.IGNORECASE)
_ASKING_WORDS = frozenset(w.lower() for w in _words("point_verb", "asking_verb") if " " not in w)


def _imperative_start(text: str) -> bool:
    """``text`` opens with the imperative of a point or asking verb ("Beskriv …", "Angiv …",
    "Vurder …", "Beskriv" of sv "beskriva"): the Nordic imperative is the infinitive without its
    final vowel, the instruction form of a template."""
    first = (text.split() or [""])[0].lower().strip(",:")
    return len(first) >= 3 and (
        first in _ASKING_WORDS or first + "e" in _ASKING_WORDS or first + "a" in _ASKING_WORDS
    )


def guidance_points(lines: list[Line], body: float | None) -> list[_RawPoint]:
    """The instructions in a template's guidance boxes: a line that is only a guidance label
    ("Vejledning", "Guidance") and the paragraph under it, opening with an instruction ("Beskriv
    …", "Angiv …") or asking by itself. Each is a point numbered by the numbered heading above it
    (its section), else by its place. A section marked optional in its heading ("(valgfrit)")
    asks nothing; an example in the instruction ("Eksempel: …") is none of it. Why: a
    template holds no list of points, its guidance boxes are what each section must hold."""
    out: list[_RawPoint] = []
    section: tuple[str, bool] | None = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        mk = _marker(ln.text.strip()) if numbered_heading(ln, body) else _bare_numbered_heading(ln, body)
        if mk is not None:
            section = (mk[1].strip("()."), bool(_OPTIONAL_MARK_RE.search(ln.text)))
        elif _looks_like_heading(ln, body) and not _GUIDANCE_LABEL_RE.match(ln.text.strip()):
            section = ("", bool(_OPTIONAL_MARK_RE.search(ln.text)))
        if not _GUIDANCE_LABEL_RE.match(ln.text.strip()):
            i += 1
            continue
        j = i + 1
        parts: list[str] = []
        while j < len(lines) and (j == i + 1 or not lines[j].gap) and not (
            j > i + 1 and _looks_like_heading(lines[j], body)
        ):
            parts.append(lines[j].text.strip())
            j += 1
        text = " ".join(" ".join(parts).split())
        ex = _EXAMPLE_LABEL_RE.search(text)
        if ex is not None:
            text = text[: ex.start()].strip()
        optional = section is not None and section[1]
        if text and not optional and (_imperative_start(text) or VERB_START.match(text) or is_requirement(text)):
            label = section[0] if section and section[0] else ""
            page = lines[i + 1].page if i + 1 < len(lines) else ln.page
            out.append(_RawPoint(f"{label}." if label else "-", "number" if label else "bullet", text, page, ln.indent, []))
        i = j
    return out if len(out) >= 2 else []


def spelled_out_order(found: list[_RawPoint], plan_title: str | None) -> list[_RawPoint]:
    """One item (a task table's cell, a list item) that orders the plan in its first sentence
    and spells out its requirements in the sentences after it ("O1 | Eininga skal lage
    ein plan for … Planen skal prioritere … Planen skal rekne ut …"): those sentences are the
    points, numbered under the item's label ("O1.1" …), a sentence that asks nothing joined to
    the one before. The order itself is none (the plan is its answer), and so are the other
    items opening with the same agent and modal ("Eininga skal delta i …"): other
    orders of a tildelingsbrev or a decision, for other work. Why: a letter of assignment
    words the plan's requirements as sentences in one cell, no list marks them."""
    words = _title_words(plan_title or "")
    heads: list[tuple[_RawPoint, list[str]]] = []
    for rp in found:
        sents = [x.strip() for x in _SENTENCE_SPLIT.split(" ".join(rp.text.split())) if x.strip()]
        if len(sents) < 3 or not _names_document(sents[0]) or (words and not _shares_title(sents[0], words)):
            continue
        asks = [x for x in sents[1:] if _SUBJECT_RE.match(x) and is_requirement(x)]
        if len(asks) >= 2 and 3 * len(asks) >= 2 * (len(sents) - 1):
            heads.append((rp, sents))
    if len(heads) != 1:
        return found
    head, sents = heads[0]
    label = head.label.strip("().")
    subs: list[_RawPoint] = []
    for x in sents[1:]:
        if _SUBJECT_RE.match(x) and is_requirement(x):
            subs.append(_RawPoint(f"{label}.{len(subs) + 1}", "number", x, head.page, head.indent, [], owner=head.owner))
        elif subs:
            subs[-1].text = _join(subs[-1].text, x)
    opening = _opening(head.text)
    agent = _agent_modal_re().match(head.text.strip()) is not None
    out: list[_RawPoint] = []
    for rp in found:
        if rp is head:
            out.extend(subs)
        elif not (agent and rp.kind == head.kind and _opening(rp.text) == opening):
            out.append(rp)
    return out


def plan_order(found: list[_RawPoint]) -> _PlanOrder | None:
    """A list of decisions, each its own order to the administration ("Verbalforslag: 1.
    Kommunestyret ber … 2. Kommunestyret ber … 4. Kommunestyret ber … utarbeide en plan …
    Planen skal: a) … k) …"): every item opens with the same subject and verb (a decision,
    not a point verb), and one item only ends in a lead-in over sub-points that ask (two in
    three of them at least: an asking verb the data lacks is no reason to miss the list). That
    item orders the plan; its sub-points are the mandate's points (numbered by their letters),
    the sentence after them is its prose, and the other decisions are none. Why: the other
    orders of a budget decision ask for other work, not for this plan."""
    if len(found) < 2:
        return None
    heads = [
        rp for rp in found
        if len(rp.subs) >= 2
        and rp.text.rstrip().endswith(":")
        and 3 * sum(_asks_alone(t) for _, t in rp.subs) >= 2 * len(rp.subs)
    ]
    if len(heads) != 1:
        return None
    head = heads[0]
    opening = _opening(head.text)
    if VERB_START.match(head.text.strip()) or len(opening.split()) < 2:
        return None
    if any(rp.subs and rp is not head for rp in found) or any(_opening(rp.text) != opening for rp in found):
        return None
    return _PlanOrder(_sub_points(head), " ".join(head.closing.split()), head.page)


_CONDITION_LEAD_RE = re.compile(r"\b(?:" + _alt("condition_lead") + r")\b", re.IGNORECASE)


def condition_order(
    runs: list[list[_RawPoint]], starts: list[int], lines: list[Line], s: PointSettings = POINT_SETTINGS
) -> _PlanOrder | None:
    """A permission's or licence's numbered conditions (a decision notice, a tillatelse på
    vilkår), of which one asks for the plan: the runs of numbered items are one list broken
    by the lines between them (each condition's "Reason:"), numbered on from 1, under a
    lead-in naming conditions (requirements.yaml ``condition_lead``) at most
    ``condition_lead_lines`` lines above the first; exactly one condition names a document
    and ends in a lead-in ("The CEMP shall include:") over two or more sub-conditions. Its
    sub-conditions are the points (numbered by their letters), and the sentences before the
    lead-in (what the document must be and by when: "No development shall take place until a
    CEMP has been submitted to and approved …") its prose. Why: the other conditions bind the
    development or the activity, not the plan; the sentence after the sub-conditions ("The
    approved CEMP shall be adhered to …") binds the carrying out, not the plan either."""
    if not runs or not starts:
        return None
    items = [rp for r in runs for rp in r]
    if len(items) < 2 or any(rp.kind != "number" for rp in items):
        return None
    try:
        numbers = [int(rp.label.strip("().")) for rp in items]
    except ValueError:
        return None
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))) or numbers[0] != 1:
        return None
    first = starts[0]
    above = lines[max(0, first - s.condition_lead_lines) : first]
    if not any(_CONDITION_LEAD_RE.search(ln.text) for ln in above):
        return None
    heads = []
    for rp in items:
        if len(rp.subs) < 2:
            continue
        text = " ".join(rp.text.split())
        sentences = _SENTENCE_SPLIT.split(text)
        if len(sentences) < 2 or not sentences[-1].endswith(":") or not _names_document(text):
            continue
        heads.append((rp, " ".join(sentences[:-1])))
    if len(heads) != 1:
        return None
    head, lead = heads[0]
    return _PlanOrder(_sub_points(head), lead, head.page, lead_point=True)


_SENT_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}\b")


def _header_blocks(lines: list[Line], s: PointSettings = POINT_SETTINGS) -> list[tuple[int, tuple[str, ...]]]:
    """The e-mail header blocks of a document: ``mail_header_lines`` or more lines one after
    another, each opened by a run-in label ("Fra:", "Sendt:", "Til:", "Emne:"), one of them
    with the time the mail was sent, as (index of the first line, the labels)."""
    out: list[tuple[int, tuple[str, ...]]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].run_in and _item_marker(lines[j], None) is None:
            j += 1
        # a printed mail's header gives the time it was sent ("Sendt: 3. februar 2031 09:14"):
        # records of labels ("Tema: … / Ansvar: … / Frist: juni 2031") are no mail
        if j - i >= s.mail_header_lines and any(_SENT_TIME_RE.search(ln.text) for ln in lines[i:j]):
            out.append((i, tuple(ln.run_in.lower() for ln in lines[i:j])))
        i = max(j, i + 1)
    return out


def _quoted_mail_start(lines: list[Line]) -> int | None:
    """Where a printed reply quotes the mail it answers: a second header block that opens with
    the label of the first ("Fra:" … again), and a typed rule just above it ("-----Original
    Message-----"). None when the document holds no such quote."""
    blocks = _header_blocks(lines)
    if len(blocks) < 2:
        return None
    first = blocks[0][1][0]
    for i, labels in blocks[1:]:
        if labels[0] == first:
            while i > 0 and RULE_RE.match(lines[i - 1].text.strip()):
                i -= 1
            return i
    return None


def told_items(found: list[_RawPoint], s: PointSettings = POINT_SETTINGS) -> list[bool]:
    """Which items of a bulleted list of requests only tell: in a list whose items are mostly
    whole sentences that ask (:func:`is_requirement`, or a request's form: "Vi ber om at …";
    at least
    ``told_list_share`` of the bullets and ``told_list_min`` of them), a sentence among them
    that asks nothing, has no modal and tells what was done or what is not wanted (the past
    or perfect tense, a negation: "Vi har afsat 400.000 kr. i budget 2041 …", "Naturstyrelsen
    har oplyst, at …", "Vi forventer ikke, at planen omfatter …") informs the reader or sets a
    limit: no point. They keep their place in the list (the others are numbered by position
    as printed). Why: a mail or letter sets its expectations out as bullets with facts between
    them; a numbered item is the writer's own point and stays, and a list of noun phrases
    asks by its lead-in, so it is left as it is."""
    bullets = [k for k, rp in enumerate(found) if rp.kind == "bullet" and not rp.subs]
    # a request in its form ("Vi ber om at …", "We expect that …") asks whatever its clause
    asking = [
        k
        for k in bullets
        if is_requirement(t := " ".join(found[k].text.split())) or _REQUEST_RE.match(t)
    ]
    if len(asking) < s.told_list_min or len(asking) < s.told_list_share * len(bullets):
        return [False] * len(found)
    out = [False] * len(found)
    for k in bullets:
        text = " ".join(found[k].text.split())
        if (
            k not in asking
            and text.endswith(".")
            and len(text.split()) >= s.told_min_words
            and not _MODAL_RE.search(text)
            and (_PAST_RE.search(text) or _PERFECT_RE.search(text) or _NEGATION_RE.search(text))
        ):
            out[k] = True
    return out


def _positions(found: list[_RawPoint]) -> list[int]:
    """The number of each item by position, counting the items numbered by position or by a
    plain number only: bullets after "1." … "8." go on from 9, bullets after objectives coded
    "O1" … "O4" (a code is a name, not a place in the list) start at 1."""
    out: list[int] = []
    k = 0
    for rp in found:
        label = rp.label.strip("().")
        if rp.kind == "bullet":
            k += 1
        elif label.isdigit():
            # a list cited with gaps ("1", "2", "4", "5", "7"): the bullets after it go on
            # from the highest number, not onto one of its own
            k = max(k + 1, int(label))
        out.append(k)
    return out


def _item_joiner_re() -> re.Pattern[str]:
    """The comma or semicolon, perhaps with "og"/"och"/"and"/"or" after it, that ends a list
    item continuing its lead-in's sentence (lang data: and_words, or_words)."""
    from plancheck.lang.vocab import alternation, plain_words

    words = plain_words("and_words") + plain_words("or_words")
    return re.compile(r"\s*[,;](?:\s+(?:" + alternation(words) + r"))?\s*$", re.IGNORECASE)


_ITEM_JOINER_RE = _item_joiner_re()


def without_joiners(found: list[_RawPoint]) -> list[_RawPoint]:
    """List items that continue the lead-in's sentence ("Utredningen ska" – "kartlägga
    …," – … – "beskriva …, och" – "redovisa … ."): the comma, semicolon or ", och" that joins an
    item to the next is no text of the point, nor the full stop that ends the last one (it
    ends the lead-in's sentence). Only in a run of two or more joined items: one item ending
    in a comma is a slip, not a sentence."""
    joined = [bool(_ITEM_JOINER_RE.search(rp.text)) for rp in found]
    if sum(joined) < 2:
        return found
    out: list[_RawPoint] = []
    for k, rp in enumerate(found):
        text = rp.text
        if joined[k]:
            text = _ITEM_JOINER_RE.sub("", text)
        elif k and joined[k - 1] and text[:1].islower() and text.rstrip().endswith("."):
            text = text.rstrip()[:-1]
        out.append(replace(rp, text=text) if text != rp.text else rp)
    return out


def _label_only(text: str, s: PointSettings = POINT_SETTINGS) -> bool:
    """A list item that names a theme and asks nothing ("Økonomi og drift",
    "Skolebyggene:"): a few words, no asking verb first, no modal, no sentence."""
    t = text.strip().rstrip(":").strip()
    return (
        bool(t)
        and len(t.split()) <= s.label_words
        and not t.endswith((".", "?", "!", ";", ","))
        and not VERB_START.match(t)
        and not REQUIREMENT_RE.search(t)
    )


def _asks_alone(text: str, s: PointSettings = POINT_SETTINGS) -> bool:
    """A sub-point that is a point by itself: it asks (a verb first, a modal) or is a whole
    sentence ("Beskrive arealbehovet for SFO."), not a part of its parent's phrase ("innmark
    og rundballar")."""
    t = text.strip()
    return _asks(t) or (t.endswith((".", "?", "!")) and len(t.split()) >= s.sentence_words)


def _sub_number(parent: _RawPoint, label: str, k: int) -> str:
    """The number of a sub-point raised to a point: as printed when it carries its parent's
    number ("1.a", "1.1"), else the parent's number and the sub-point's own ("1" + "b)" →
    "1.b"; a bullet counts)."""
    head = parent.label.strip("().") if parent.kind != "bullet" else ""
    core = label.strip("().").replace(" ", ".")
    if _sub_label(label, parent) or not head:
        return core if core[:1].isalnum() else f"{head}.{k}".strip(".")
    return f"{head}.{core}" if core[:1].isalnum() else f"{head}.{k}"


def _plan_lead_in(text: str, s: PointSettings = POINT_SETTINGS) -> bool:
    """A list item that is itself a lead-in naming the plan ("Planen skal særlig beskrive:",
    "Planen ska:", "The strategy shall in particular address:"): the plan as subject, a modal,
    at most ``plan_lead_words`` words, ending in a colon. A point that opens with its verb
    ("Vurdere tiltak mot skadene på:") asks by itself and its sub-points are its parts."""
    t = " ".join(text.split())
    return (
        t.endswith(":")
        and len(t.split()) <= s.plan_lead_words
        and not VERB_START.match(t)
        and bool(_PLAN_LEAD_RE.match(t))
        # "Planen skal inneholde: a) mål … b) en handlingsdel …": the parts the plan is to
        # have, one deliverable point with its parts (mandates/oppvekst 6)
        and not _CONTAINS_AFTER_MODAL_RE.search(t)
    )


def _section_of(label: str) -> str | None:
    """The section number of a paragraph numbered under it ("3" of "3.1)", "3.2"), None for
    any other label."""
    m = re.match(r"^(\d+)\.\d+\)?$", label.strip())
    return m.group(1) if m else None


def _main_section(found: list[_RawPoint]) -> str | None:
    """In a numbered report (some item a later section: a numbered heading over paragraphs
    numbered by it), the section most of the list's own paragraphs are numbered under; None
    for any other list."""
    if not any(rp.later_section for rp in found):
        return None
    counts: dict[str, int] = {}
    for rp in found:
        sec = None if rp.later_section else _section_of(rp.label)
        if sec is not None:
            counts[sec] = counts.get(sec, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _paragraph_requires(text: str) -> bool:
    """A numbered paragraph outside the list that asks: a point verb first or a modal
    (``_asks``), a requirement of the prose's forms (the draft put out for consultation, a
    report on the plan), or one stated in the indicative."""
    t = " ".join(text.split())
    return _asks(t) or is_requirement(t) or indicative_requirement(t)


def _sub_points(rp: _RawPoint) -> list[_RawPoint]:
    """The sub-points of ``rp`` as points of their own, numbered by their own labels (a letter or
    a number), on the item's page and at its indent."""
    return [
        _RawPoint(label, "letter" if label.strip("().").isalpha() else "number", text, rp.page, rp.indent, [])
        for label, text in rp.subs
    ]


def _topics_of_their_own(rp: _RawPoint) -> bool:
    """The sub-points of ``rp`` average at least ``lead_sub_words`` words: topics of their own,
    not the short parts of one point ("a) nye badebrygger" "b) flere toaletter")."""
    return sum(len(t.split()) for _, t in rp.subs) >= POINT_SETTINGS.lead_sub_words * len(rp.subs)


def raise_sub_points(found: list[_RawPoint]) -> list[_RawPoint]:
    """A multilevel list whose first level only names themes ("1. Økonomi og drift",
    "1.a Beskrive elevtallsutviklingen …", "1.b Vurdere kapasiteten …"): the sub-points are
    the points, each of its own, and the label is none. A first level that asks ("Vurdere
    tiltak mot skadane på: a) innmark b) skog") keeps its sub-points as its parts."""
    out: list[_RawPoint] = []
    # one first level of themes raised, its siblings whose sub-points carry their number are
    # themes too, though a sub-point opens with a verb the list of point verbs lacks ("3
    # Klima" / "3a rekne ut kor mykje karbon …"): a multilevel list is numbered one way
    raised = any(
        rp.subs and _label_only(rp.text) and all(_asks_alone(t) for _, t in rp.subs)
        for rp in found
    )
    # a numbered report's sections ("1. Context" / "1.1 …", "3. Scope" / "3.1 …"): the
    # paragraphs of a section other than the list's own are points only when they ask
    main = _main_section(found)
    for rp in found:
        if (
            main is not None
            and not rp.later_section
            and _section_of(rp.label) not in (None, main)
            and not _paragraph_requires(rp.text)
        ):
            continue
        if rp.later_section and _label_only(rp.text):
            # a report's later section: its paragraphs that ask ("4.1 The strategy must be
            # delivered within …", "4.2 The draft will be subject to public consultation …"),
            # not those that tell why ("3.1 Members have received …") or who leads
            subs = [(label, text) for label, text in rp.subs if _paragraph_requires(text)]
            rp = replace(rp, subs=subs)
            if not subs:
                continue
        lead = relative_contains_lead(rp.text) if len(rp.subs) >= 2 else None
        if lead and _topics_of_their_own(rp):
            # "1. Within six weeks, to draw up a programme …, which must include:"
            # over "(a) …" "(b) …": the parts the plan is to hold are points, each of its own; the
            # item before its relative clause asks on its own (a time limit, whose approval)
            # unless it only orders the plan ("That officers prepare a strategy", the mandate)
            if not orders_the_plan(lead + "."):
                out.append(replace(rp, text=lead, subs=[]))
            out.extend(_sub_points(rp))
            continue
        if (
            len(rp.subs) >= 2
            and (_plan_lead_in(rp.text) or order_lead_in(rp.text))
            # topics of their own, not the short parts of one point ("2. Planen skal vurdere:"
            # over "a) nye badebrygger" "b) flere toaletter")
            and _topics_of_their_own(rp)
        ):
            # "3. Planen skal særlig beskrive:" over "a) …" "b) …": the item is the lead-in of a
            # list of its own, its sub-points the points (numbered by their letters, as a
            # decision's ordered plan is: plan_order), whether they ask by themselves or not
            out.extend(_sub_points(rp))
            continue
        if (
            rp.subs
            and _label_only(rp.text)
            and (
                all(_asks_alone(t) for _, t in rp.subs)
                or (raised and all(_sub_label(label, rp) for label, _ in rp.subs))
            )
        ):
            for k, (label, text) in enumerate(rp.subs, start=1):
                number = _sub_number(rp, label, k)
                out.append(_RawPoint(number, "number", text, rp.page, rp.indent, []))
        else:
            out.append(rp)
    return out


def _to_point(n: int, rp: _RawPoint, position: int | None = None) -> MandatePoint:
    number = rp.label.strip("().") if rp.kind != "bullet" else str(position or n)
    text = " ".join(rp.text.split())
    subs = [(lab, " ".join(s.split())) for lab, s in rp.subs]
    full = text
    if subs:
        # the parts a point lists, joined as one sentence ("herunder: varsling på SMS; …"):
        # their letters are the list's, not the point's words
        full = text + " " + "; ".join(s.rstrip(";") for _, s in subs)
    if rp.closing:
        full = _join(full, " ".join(rp.closing.split()))
    concerns = [s.rstrip(".;,") for _, s in subs] if subs else split_concerns(text)[1]
    if len(concerns) < 2:
        concerns = []
    kind = "deliverable" if rp.deliverable else rp.kind_hint or point_kind(text)
    return MandatePoint(
        id=f"M{n}",
        number=number,
        text=full,
        concerns=concerns,
        # "Legge fram planen for rådmannens ledermøte" (a task-table row):
        # the plan handed to a body is a step even when the body is none of the process words
        # (not every point of process kind: that reading of the form is looser, and a content
        # point read as one lost its answer among the content passages)
        process=is_process(text)
        or bool(_PRESENTS_PLAN_RE.match(text.strip()))
        or requested_report(text)
        or rp.kind_hint == "process",
        kind=kind,
        page=rp.page,
        provenance=Provenance(page=rp.page, source_text=full),
    )


def read_mandate(
    path: Path, *, password: str | None = None, plan_title: str | None = None
) -> list[MandatePoint]:
    """Read the points of the mandate in ``path`` (.pdf, .txt, .md, .docx); ``plan_title``
    picks the plan's rows of a table of tasks to several bodies."""
    try:
        points = find_points(read_lines(Path(path), password=password), plan_title=plan_title)
    except InputError as exc:  # said of the mandate, not of the plan checked against it
        raise InputError(f"mandate {exc}") from None
    if not points:
        raise InputError(f"mandate {path}: no mandate points found (no numbered or bulleted list)")
    return points


# ----------------------------------------------------------------------------- prose

# Requirements written in the mandate's prose rather than its list: a sentence whose subject is
# the plan or the work ("Planen skal inneholde en oversikt over tiltak", "Arbeidet avsluttes innen …",
# "A draft will be taken to Cabinet …"), or that asks for a body to be heard ("Eldrerådet skal
# få uttale seg om utkastet"). General words of how mandates are written, per language.
def _word_re(*keys: str) -> re.Pattern[str]:
    words = _words(*keys)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _subject_re() -> re.Pattern[str]:
    """The plan or the work as subject, also as the head of a compound ("Hovudplanen")."""
    words = _words("subject")
    heads = _words("subject_head")
    articles = set(_words("subject_article"))

    def alt(w: str) -> str:
        first, _, rest = w.partition(" ")
        if rest and first.lower() in articles:
            # "the report" → also "the revised report", "the annual report": one modifier
            # in lower case between the article and the noun (no name: "the Council report")
            return re.escape(first) + r"\s+(?:(?-i:[a-zæøåäö][\w-]*)\s+)?" + re.escape(rest)
        return re.escape(w)

    alts = [alt(w) for w in words] + [r"\w+" + re.escape(h) for h in heads]
    # a draft or final document named by its acronym ("the final SPD", "the draft LTP4")
    before = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("subject_acronym_before"))
    arts = "|".join(re.escape(a) for a in sorted(articles))
    alts.append(rf"(?:(?:{arts})\s+)?(?:{before})\s+(?-i:[A-ZÆØÅÄÖ]{{2,6}}\d?)")
    return re.compile(r"\b(" + "|".join(alts) + r")\b", re.IGNORECASE)


_SUBJECT_RE = _subject_re()
_CONTAINS_AFTER_MODAL_RE = re.compile(
    r"\b(?:" + _alt("modal") + r"|will)\s+(?:[\w-]+\s+)?(?:" + _alt("contain_verb") + r")\s*:",
    re.IGNORECASE,
)
# the plan as subject and its modal at the head of a lead-in ("Planen skal særlig beskrive:")
_PLAN_LEAD_RE = re.compile(
    r"(?:" + _alt("subject_article") + r"\s+)?(?:" + _SUBJECT_RE.pattern.lstrip("^") + r")\s+(?:"
    + _alt("modal") + r"|will)\b",
    re.IGNORECASE,
)
_DECIDER_RE = _word_re("decider")


def _council_alt() -> str:
    """The consulted councils that write of themselves (requirements.yaml requester_council) as
    one alternation: a one-word entry is a compound's head ("rådet" → "Eldrerådet",
    "Ungdomsrådet", "Rådet"), an entry of several words is matched as written."""
    return "|".join(
        r"\s+".join(map(re.escape, w.split())) if " " in w else r"[^\W\d_][\w-]*?" + re.escape(w) + r"|" + re.escape(w)
        for w in _words("requester_council")
    )


# the writer of a consulting body's letter: "Vi", "Statsforvaltaren", "Rådet", "Eldrerådet"
_WRITER_ALT = _alt("requester_self") + r"|" + _alt("requester_body") + r"|" + _council_alt()
# "Formannskapet ber om at …": a deciding body asking, and the that-clause it asks
# (or the writer of a mandate letter: "Eg ber om at de …"; an adverb of asking may stand
# after the verb: "ber òg om at")
_REQUEST_RE = re.compile(
    r"^\s*(?:" + _DECIDER_RE.pattern + r"|" + _WRITER_ALT
    + r")\s+(?:"
    + "|".join(
        re.escape(w.split()[0]) + r"(?:\s+(?:" + _alt("asking_adverb") + r"))?"
        + "".join(r"\s+" + re.escape(x) for x in w.split()[1:])
        for w in _words("request_that", "expect_that", "wish_that")
    )
    + r")\s+(?P<clause>\S.*)$",
    re.IGNORECASE,
)
# "Ungdomsrådet ber om at skatehallen holder åpent om kvelden": the writer of a consulting body's
# letter (not a deciding body) asking for a state of things, whatever the clause's subject
_WRITER_REQUEST_RE = re.compile(
    r"^\s*(?:" + _WRITER_ALT + r")\s+(?:"
    + "|".join(
        re.escape(w.split()[0]) + r"(?:\s+(?:" + _alt("asking_adverb") + r"))?"
        + "".join(r",?\s+" + re.escape(x) for x in w.split()[1:])
        for w in _words("request_that", "wish_that")
        if len(w.split()) > 1
    )
    + r")\s+(?P<clause>\S.*)$",
    re.IGNORECASE,
)
# "Vi ber kommunen vurdere …", "Rådet ber kommunen om å …": the writer asking the addressee by
# name (one to four words), the infinitive (its marker optional in the Nordic languages) after it
_WRITER_ASKS_RE = re.compile(
    r"^\s*(?:" + _WRITER_ALT + r")\s+(?:" + _alt("request_to") + r")\s+(?P<body>(?:\S+\s+){1,4}?)(?:(?:"
    + _alt("advise_infinitive") + r")\s+)?(?P<clause>\S.*)$",
    re.IGNORECASE,
)
# "Brukarrådet ber om å få planutkastet til ny uttale": the writer asking to be given
_REQUEST_RECEIVE_RE = re.compile(
    r"^\s*(?P<who>" + _WRITER_ALT + r")\s+(?:" + _alt("request_receive") + r")\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "Cabinet asks the Head of Environmental Services to bring the plan to Cabinet by …": a deciding
# body, a verb of asking (request_to), its object (at most eight words) and the infinitive
_REQUEST_TO_RE = re.compile(
    r"^\s*(?:" + _DECIDER_RE.pattern + r")\s+(?:" + _alt("request_to") + r")\s+(?:\S+\s+){1,8}?"
    r"(?:om\s+)?(?:to|å|att|at)\s+(?P<clause>\S.*)$",
    re.IGNORECASE,
)
# "Statsforvalteren ønsker å bli holdt orientert …": a consulting body or the writer asking to
# be kept informed of, or drawn into, the work
_WISH_INFORMED_RE = re.compile(
    r"^\s*(?:" + _DECIDER_RE.pattern + r"|" + _alt("requester_self") + r"|" + _alt("requester_body")
    + r")\s+(?:" + _alt("wish_to") + r")\s+(?:" + _alt("kept_informed") + r")\b",
    re.IGNORECASE,
)
# "Kommunen bør vurdere om …": the municipality asked directly, an asking or point verb after
# the modal (not negated: the negation would stand between them)
_BODY_ASKED_RE = re.compile(
    r"^\s*(?:" + _alt("addressee_body") + r")\s+(?:" + _alt("modal") + r")\s+(?:(?:"
    + _alt("asking_adverb") + r")\s+)?(?:" + "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in _words("asking_verb", "point_verb")
    ) + r")\b",
    re.IGNORECASE,
)
# the one-word asking and point verbs, as the stems of their inflected forms ("explains")
_ASKING_STEMS = tuple(w.lower() for w in _words("asking_verb", "point_verb") if " " not in w)
# "Please make sure it explains …": a request in the imperative, its clause asked of the addressee
_IMPERATIVE_RE = re.compile(
    r"^\s*(?:" + _alt("request_imperative") + r")\s+(?P<clause>\S.*)$", re.IGNORECASE
)
_ASKED_PASSIVE_WORD_RE = _word_re("asked_passive")
# "Vi råder kommunen til å stille krav om …", "We recommend the council to …": the writer or a
# consulting body advising a named addressee (one to four words), the infinitive after it
_ADVISED_RE = re.compile(
    r"^\s*(?:" + _DECIDER_RE.pattern + r"|" + _alt("requester_self") + r"|" + _alt("requester_body")
    + r")\s+(?:" + _alt("advise_to") + r")\s+(?P<body>(?:\S+\s+){1,4}?)(?:" + _alt("advise_infinitive")
    + r")\s+(?P<clause>\S.*)$",
    re.IGNORECASE,
)
# the advised one is the letter's addressee: the municipality or "you" (addressee_body, addressee)
_ADVISED_BODY_RE = re.compile(
    r"^(?:" + _alt("addressee_body") + r"|" + "|".join(map(re.escape, _words("addressee"))) + r")\s+$",
    re.IGNORECASE,
)
# "Revisorerna önskar nämndens svar senast …": a short subject, the verb of asking, at
# most two words (the addressee's genitive) and the answer
_ANSWER_REQUESTED_RE = re.compile(
    r"^\s*(?:\S+\s+){1,3}?(?:" + _alt("answer_request") + r")\s+(?:\S+\s+){0,2}?(?:"
    + _alt("answer_noun") + r")\b",
    re.IGNORECASE,
)
# "I skal senest den 1. marts sende os en skriftlig redegørelse": a modal and,
# at most ten words on in its clause, the answer (answer_noun; definite forms too)
_ANSWER_AFTER_MODAL_RE = re.compile(
    r"\b(?:" + _alt("modal") + r")\s+(?:[^\s;:]+\s+){0,10}?(?:" + _alt("answer_noun") + r")\w{0,4}\b",
    re.IGNORECASE,
)
# "Your response must contain …", "Svaret skal innehalde …": the answer, one word before it at
# most (a possessive, an article), as the subject of a modal and a verb
_ANSWER_SUBJECT_RE = re.compile(
    r"^\s*(?:[^\W\d_][\w']*\s+)?(?:" + _alt("answer_noun") + r")\w{0,4}\s+(?:" + _alt("modal")
    + r")\s+[^\W\d_]",
    re.IGNORECASE,
)
_ANSWER_DUTY_RE = _word_re("answer_duty")
# "Nämnden ska senast samma dag redovisa till IVO …": a modal, a time adverbial opened by a
# deadline word (words.yaml deadline_before, at most five words) and the report
_REPORT_LATE_RE = re.compile(
    r"\b(?:" + _alt("modal") + r")\s+(?:" + W.alternation("deadline_before") + r")\s+(?:[^\s;:]+\s+){1,5}?(?:"
    + _alt("report_verb") + r")\b",
    re.IGNORECASE,
)
# "the approved actions", "de vedtatte tiltakene": an article and the word after it
_ATTRIBUTE_RE = re.compile(r"\b(?:" + _alt("subject_article") + r")\s+[\w-]+", re.IGNORECASE)
# "Innsigelsen kan løses ved at felt B2 tas ut av planen": an objection and what lifts it
_OBJECTION_CONDITION_RE = re.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:" + _alt("objection_noun") + r")\s+(?:\S+\s+){0,3}?(?:"
    + _alt("objection_resolved") + r")\s+(?P<clause>(?:\S+\s+){3}\S.*)$",
    re.IGNORECASE,
)
# the addressee named as a body ("… forventer at kommunen kartlegger …"): a consulting body's
# letter asks the municipality, in the third person, for what its plan is to do
_ADDRESSEE_BODY_RE = re.compile(r"^(?:" + _alt("addressee_body") + r"),?\s+\w", re.IGNORECASE)
# "Vi forventer også at X ligger …": a consulting body's or the writer's expectation alone
# (expect_that), its clause whatever its subject; a forecast's future is none (future_aux)
_EXPECT_RE = re.compile(
    r"^\s*(?:" + _DECIDER_RE.pattern + r"|" + _alt("requester_self") + r"|" + _alt("requester_body")
    + r")\s+(?:"
    + "|".join(
        re.escape(w.split()[0]) + r"(?:\s+(?:" + _alt("asking_adverb") + r"))?"
        + "".join(r",?\s+" + re.escape(x) for x in w.split()[1:])
        for w in _words("expect_that")
    )
    + r")\s+(?P<clause>\S.*)$",
    re.IGNORECASE,
)
_FUTURE_RE = _word_re("future_aux")
# "Til orientering: …": a note for information (requirements.yaml information_label)
_INFORMATION_LABEL_RE = re.compile(r"^(?:" + _alt("information_label") + r")\s*:", re.IGNORECASE)
_LETTER_TO_RE = _word_re("letter_to")
_ADOPTION_STEP_RE = _word_re("adoption_step")
# the addressee as the subject of the clause asked for ("… om at de lagar …"): case as
# printed (Danish "I" is the addressee, "i" a preposition)
_ADDRESSEE_RE = re.compile(r"^(?:" + "|".join(map(re.escape, _words("addressee"))) + r")\s+\w")
_ADDRESSEE_START_RE = re.compile(r"^(?:" + "|".join(map(re.escape, _words("addressee"))) + r")\s+")
# "… av kommunestyret", "… by the council": the deciding body as agent of a passive
_BY_DECIDER_RE = re.compile(r"\b(av|af|by)\s+" + _DECIDER_RE.pattern, re.IGNORECASE)
_MODAL_RE = _word_re("modal")
_CONSULT_RE = _word_re("consult", "partners")
_PARTNER_WORDS = frozenset(w.lower() for w in _words("partners"))
_PASSIVE_RE = _word_re("passive")
_DELIVERABLE_RE = _word_re("deliverable")
# a deadline: "innen utgangen av 2025", "før i mars", "by the end of", "ferdig … i juni 2026"
# (words.yaml: deadline_*); no word boundary after the month, as "jul" stands for "juli" too
# a day's number before its month, as dates are typed: a full stop with a space or none
# ("14.juni 2050", "1. mars"), or a space alone ("1 March"); match.py's date patterns read the same
DAY_MONTH_SEP = r"(?:\.\s*|\s+)"
_DEADLINE_RE = re.compile(
    r"\b(" + W.alternation("deadline_before") + r")\s+((?:" + W.alternation("deadline_article")
    + r")\s+)?(" + W.alternation("deadline_when") + r"|\d)"
    + r"|\b(" + W.alternation("deadline_done") + r")\b.{0,60}\b("
    + W.alternation("deadline_done_prep") + r")\s+(?:[^.;]{0,60}?\s)?(?:\d{1,2}" + DAY_MONTH_SEP + r")?("
    + W.alternation("deadline_done_when") + r"|\d{4})",
    re.IGNORECASE,
)
# requirements in the indicative, without a modal (see requirements.yaml): a body invited or
# heard, a meeting held, a step of the process named as a noun, a part the plan gets
_CONSULT_PASSIVE_RE = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in _words("passive_aux"))
    + r"|(?:" + _alt("modal") + r")\s+(?:" + _alt("passive_infinitive") + r"))\s+(\w+\s+){0,2}("
    + "|".join(re.escape(w) for w in _words("consult_participle"))
    + r")\b",
    re.IGNORECASE,
)
_MEETING_RE = re.compile(
    r"\b\w*(" + "|".join(re.escape(w) for w in _words("meeting_head")) + r")\b", re.IGNORECASE
)
_INVITE_RE = _word_re("invite_active")
_MEETING_PASSIVE_RE = _word_re("meeting_passive")
_MEETING_BY_WRITER_RE = re.compile(r"\b(?:" + _alt("meeting_held_by_writer") + r")\b", re.IGNORECASE)
_PROCESS_STEP_START_RE = re.compile(
    r"^(" + "|".join(re.escape(w) for w in _words("process_step")) + r")\b", re.IGNORECASE
)
_PAST_RE = _word_re("past_marker")
# "har afsat", "har oplyst", "have set aside": the perfect's auxiliary and a weak participle
_PERFECT_RE = re.compile(
    r"\b(?:" + _alt("perfect_aux") + r")\s+(?:\w+\s+)?\w{3,}[td]\b", re.IGNORECASE
)
_CONSULT_INDICATIVE_RE = re.compile(
    r"\b("
    + "|".join(re.escape(w).replace(re.escape(" {} "), r"\s+(?:\w+\s+){0,3}?") for w in _words("consult_indicative"))
    + r")\b",
    re.IGNORECASE,
)
_PROCESS_ACTIVE_RE = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in _words("process_active")) + r")\s+(\w+\s+)?"
    + r"(" + "|".join(re.escape(w) for w in _words("subject")) + r")\b",
    re.IGNORECASE,
)
_DOCUMENT_SUBJECT_RE = re.compile(
    # "Dette planprogrammet beskriver …": the mandate named with a demonstrative too
    r"(?:(?:dette|denne|detta|denna|this|these)\s+)?"
    r"(" + "|".join(re.escape(w) for w in _words("document_subject")) + r")\b", re.IGNORECASE
)
# the plan or its draft handed over in the present, the plan's word at most three words on
# ("Arbejdsgruppen afleverer et udkast til demensplan …": requirements.yaml handover_active)
_PLAN_WORD = (
    r"(?:" + "|".join(re.escape(w) for w in _words("subject")) + r"|\w*(?:" + _alt("plan_noun_head")
    + r")\w{0,3})"
)
# a body told of the draft: a passive auxiliary, an informing participle and the plan's word
# within a few words after it ("will be informed of the draft strategy", "blir orientert om
# planutkastet"; requirements.yaml inform_participle)
_INFORMED_OF_PLAN_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _words("passive_aux"))
    + r"|(?:" + _alt("modal") + r")\s+(?:" + _alt("passive_infinitive") + r"))\s+(?:\w+\s+){0,2}(?:"
    + _alt("inform_participle") + r")\s+(?:[\w-]+\s+){1,2}?" + _PLAN_WORD + r"\b",
    re.IGNORECASE,
)
# the plan's word, its modal and the passive of handing over within a few words after it
# ("planförslaget ska lämnas till …"; requirements.yaml handover_passive)
_HANDOVER_PASSIVE_RE = re.compile(
    r"\b" + _PLAN_WORD + r"\s+(?:[\w-]+\s+){0,3}?(?:" + _alt("modal") + r"|will|must|shall|should)\s+"
    r"(?:[\w-]+\s+)?(?:" + _alt("handover_passive") + r")\b",
    re.IGNORECASE,
)
_HANDOVER_RE = re.compile(
    r"\b(?:(?:" + _alt("handover_active") + r")\s+(?:[\w-]+\s+){0,3}?" + _PLAN_WORD
    # a particle verb with the plan between its parts ("legg planen fram for …")
    + r"|(?:" + "|".join(
        re.escape(w.split()[0]) + r"\s+" + _PLAN_WORD + r"\s+" + r"\s+".join(map(re.escape, w.split()[1:]))
        for w in _words("handover_active") if " " in w
    ) + r"))\b",
    re.IGNORECASE,
)
# a duty to report on the plan: a modal and a reporting verb ("will report progress on … to
# the Board once a year", "skal rapportere årlig til …": requirements.yaml report_verb)
_REPORT_DUTY_RE = re.compile(
    r"\b(?:" + _alt("modal") + r"|will)\s+(?:[\w-]+\s+)?(?:"
    # one word may stand inside the verb ("rapportere årlig til", "report annually to")
    + "|".join(
        re.escape(w.split()[0]) + r"\s+(?:[\w-]+\s+)?" + r"\s+".join(map(re.escape, w.split()[1:]))
        for w in sorted(_words("report_verb"), key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)
_RECURRING_RE = _word_re("recurring")
_WISH_MODAL_RE = _word_re("wish_modal")
_HEDGE_RE = re.compile(r"\b(?:" + _alt("hedge") + r")\b", re.IGNORECASE)
_ASKING_MODAL_RE = _word_re("asking_modal")
_ESTIMATE_RE = re.compile(r"(?:" + _alt("estimate_verb") + r")\b", re.IGNORECASE)
# a modal, a negation and a verb of scope or content ("skal ikke omfatte", "ska inte innehålla",
# "will not cover"): an exclusion
_NEGATED_SCOPE_RE = re.compile(
    r"\b(?:" + _alt("modal") + r"|will)\s+(?:" + _alt("negation") + r")\s+(?:[\w-]+\s+)?(?:"
    + _alt("scope_verb") + "|" + _alt("contain_verb") + r")\b",
    re.IGNORECASE,
)


def _passive_negated_re() -> re.Pattern[str]:
    """A passive of the process with a negation beside its verb ("behandles ikke", "antas
    inte", "is not adopted"): requirements.yaml passive (its first word) and negation."""
    verbs = "|".join(sorted({re.escape(w.split()[0]) for w in _words("passive")}, key=len, reverse=True))
    neg = _alt("negation")
    return re.compile(
        r"\b(?:" + verbs + r")\s+(?:" + neg + r")\b|\b(?:" + neg + r")\s+(?:" + verbs + r")\b", re.IGNORECASE
    )


_PASSIVE_NEGATED_RE = _passive_negated_re()
# … and its bare verb, up to three words after the modal, its object before the body it goes to
# ("will report progress against the action plan to …", "ska varje år redovisa hur …")
_REPORT_BARE_RE = re.compile(
    r"\b(?:" + _alt("modal") + r"|will)\s+(?:[\w-]+\s+){0,3}?(?:" + _alt("report_verb_bare") + r")\b",
    re.IGNORECASE,
)
# the order to make the plan: a making verb, an indefinite plan as its object and at most the
# plan's topic after it to the sentence's end ("… at det utarbeides en plan for kommunens bruk
# av droner.": requirements.yaml plan_making, subject_article, plan_noun_head)
_ORDERS_PLAN_RE = re.compile(
    r"\b(?:" + _alt("plan_making") + r")\s+(?:" + _alt("subject_article") + r")\s+(?:[\w-]+\s+){0,3}?"
    r"[\w-]*(?:" + _alt("plan_noun_head") + r")\w{0,3}"
    # the topic holds no clause of its own ("… som omfattar …", "… that sets out …")
    r"(?:\s+(?:for|för|of|til|till|om|over|över|on)\s+(?:(?!\b(?:som|der|där|hvor|that|which)\b)[^,;:()])+)?"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)
_DELIVERABLE_INDICATIVE_RE = _word_re("deliverable_indicative")
# after a process step named as a noun: the body it is for or with ("for eldrerådet")
_STEP_WHOM_RE = re.compile(r"^\S*\s*\b(for|med|hos|til|i|with|by|för|hos)\s+\w", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(19|20)\d\d\b")
# "Planen skal også omtale …": the plan is asked to say something (a content requirement)
# (the plan may stand between, as subject of an inverted clause: "Dessutom skal planen drøfte …")
_ASKING_VERB_RE = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in _words("modal")) + r")\s+(?:"
    + _SUBJECT_RE.pattern + r"\s+)?(("
    + "|".join(re.escape(w) for w in _words("asking_adverb"))
    + r")\s+)?("
    + "|".join(re.escape(w) for w in _words("asking_verb"))
    + r")\b",
    re.IGNORECASE,
)
# "Planen vil også vise, hvilke stier …", "Planen kommer att visa …": the plan as subject and
# the future's auxiliary (requirements.yaml plan_future_modal) before an asking verb: what an
# application or a promise says the plan will show, as "The plan will describe …" asks
_PLAN_WILL_ASK_RE = re.compile(
    r"^(?:" + _SUBJECT_RE.pattern + r")\s+(?:" + _alt("plan_future_modal") + r")\s+(?:(?:"
    + "|".join(re.escape(w) for w in _words("asking_adverb")) + r")\s+)?(?:"
    + "|".join(re.escape(w) for w in _words("asking_verb")) + r")\b",
    re.IGNORECASE,
)
# "Den skal ha …" right after "Planen skal …": the pronoun carries the plan on as subject
_PRONOUN_RE = re.compile(
    r"^("
    + "|".join(_words("subject_pronoun"))
    + r")\b",
    re.IGNORECASE,
)
# the modal of an inverted clause and the pronoun standing for the plan after it ("For det andre
# skal den …", "Därefter ska den …")
_INVERTED_PRONOUN_RE = re.compile(
    r"\b(" + _MODAL_RE.pattern + r")\s+(?:" + "|".join(_words("subject_pronoun")) + r")\b",
    re.IGNORECASE,
)
_INVERTED_SUBJECT_RE = re.compile(r"^\S+(?:\s+\S+){0,3}?\s+(?:" + _MODAL_RE.pattern + r")\s+" + _SUBJECT_RE.pattern, re.IGNORECASE)
# the heading of a case's background section (the municipal case format: bakgrunn,
# saksopplysningar, vurdering follow the proposal)
_BACKGROUND_RE = re.compile(
    r"^(" + W.alternation("background_heading") + r")\b[\s:]*$", re.IGNORECASE
)
# the heading of a grant letter's terms for the money ("Utbetaling", "Rapportering",
# "Klagerett": words.yaml grant_terms_heading)
_GRANT_PAYMENT_RE = re.compile(
    r"^(" + W.alternation("grant_payment_heading") + r")\b[\s:]*$", re.IGNORECASE
)
_GRANT_TERMS_RE = re.compile(
    r"^(" + W.alternation("grant_payment_heading", "grant_terms_heading") + r")\b[\s:]*$", re.IGNORECASE
)
_CONTINUATION_RE = _word_re("list_continuation")
# a lead-in that ends with its modal ("The study will:", "Rapporten ska:", "Planen skal:")
# … the modal ending the lead-in, or the modal and the plan after it as the Nordic languages put
# the subject after the verb when the sentence opens with an adverbial ("Ut over dette skal
# planen:", "Därutöver ska planen:", "Derudover skal planen:": V2 word order, Norsk
# referansegrammatikk, Svenska Akademiens grammatik)
_MODAL_COLON_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _words("modal")) + r")(?:\s+(?:" + _SUBJECT_RE.pattern + r"))?\s*:$",
    re.IGNORECASE,
)
_NEGATION_RE = _word_re("negation")
# "Grunneiere … skal varsles ved oppstart": a body told of the work, after the modal
_NOTIFY_RE = re.compile(
    _MODAL_RE.pattern + r"\s+(\w+\s+){0,2}?" + _word_re("notify").pattern, re.IGNORECASE
)
_DECISION_HEADING_RE = re.compile(
    r"^(" + _alt("decision_heading") + r")\b[\s:]*$", re.IGNORECASE
)
# … with the body and the date after it ("Beslutning i Byrådet den 24.04.2047", "Vedtak i
# Teknisk utval 12.03.2047", "Decision of Cabinet, 4 May 2047"): the heading's word first, at
# most ``decision_heading_words`` words after it, among them a date or a deciding body (a
# compound ending in one: "Miljøudvalget"); "Vedtak om oppstart av planarbeid" names neither
_DECISION_HEADING_TAIL_RE = re.compile(r"^(" + _alt("decision_heading") + r")\b(?P<tail>.*)$", re.IGNORECASE)
_DATE_IN_HEADING_RE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d\b|\b(?:19|20)\d\d\b")
_DECIDER_TAIL_RE = re.compile(r"(?:" + _word_re("decider").pattern.replace(r"\b(", r"(?:\b|\w)(", 1) + r")", re.IGNORECASE)


def decision_heading(text: str, s: PointSettings = POINT_SETTINGS) -> bool:
    """``text`` (a line set as a heading) is the heading of a deciding body's decision."""
    t = " ".join(text.split()).rstrip(":")
    if _DECISION_HEADING_RE.match(t):
        return True
    m = _DECISION_HEADING_TAIL_RE.match(t)
    if m is None or (not m.group("tail")[:1].isspace() and m.group("tail")[:1] not in (",", "")):
        return False
    tail = m.group("tail").strip(" ,")
    return (
        0 < len(tail.split()) <= s.decision_heading_words
        and not tail.endswith((".", "?", "!"))
        and bool(_DATE_IN_HEADING_RE.search(tail) or _DECIDER_TAIL_RE.search(tail))
    )
# "Kommunestyret vedtok …", "Kommunalbestyrelsen besluttede, at …": a deciding body's decision
_DECISION_RE = re.compile(
    r"^(" + _DECIDER_RE.pattern + r")\s+(\w+\s+)?(" + _word_re("decision_verb").pattern + ")",
    re.IGNORECASE,
)
# "og at strategien forelægges …": a complement clause standing as a sentence of its own
_CLAUSE_START_RE = re.compile(r"^(" + _alt("clause_opener") + r")\s+", re.IGNORECASE)
# "Men …", "Och …", "But …": a coordinating conjunction opening a sentence (requirements.yaml
# sentence_conjunction)
_LEADING_CONJUNCTION_RE = re.compile(r"^(?:" + _alt("sentence_conjunction") + r"),?\s+", re.IGNORECASE)
# "Husk at planen må …", "Remember that the plan must …": a reminder framing the clause
_REMINDER_FRAME_RE = re.compile(r"^(?:" + _alt("reminder_frame") + r")\s+", re.IGNORECASE)
# "… med den tilføjelse, at strategien også skal …": a complement clause inside the sentence
_CLAUSE_INSIDE_RE = re.compile(r",?\s+(" + _alt("clause_opener") + r")\s+", re.IGNORECASE)
_CHAPTER_REF_RE = re.compile(r"\b(kapittel|kapitel|kap\.|chapter)\s+\d+", re.IGNORECASE)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅÄÖ«\"])")
# a short lead-in closed by a colon before a whole sentence ("Husk fristene før sommeren:
# Utkastet skal …", "Viktig: Planen skal …"): the capital after the colon opens a sentence of
# its own (Språkrådet: stor forbokstav etter kolon når en hel setning følger)
_COLON_LEAD_RE = re.compile(r"^(?:[^\s:]+\s+){0,5}[^\s:]+:\s+(?=(?-i:[A-ZÆØÅÄÖ]))")


def _modal_then(key: str, *, modal: str = "modal") -> re.Pattern[str]:
    """A modal of ``modal``, perhaps an adverb of asking ("også", "även": requirements.yaml
    asking_adverb) and a phrase of ``key``. Only such an adverb between: the phrase is the verb
    the modal governs, not a word of a later clause."""
    between = r"(?:\s+(?:" + _alt("asking_adverb") + r"))?"
    return re.compile(
        r"\b(?:" + _alt(modal) + r")" + between + r"\s+(?:" + _alt(key) + r")\b", re.IGNORECASE
    )


# "Strategien skal bygge på anbefalingene fra …": what the plan builds on
_BASIS_RE = _modal_then("basis_verb")
# "Mulighederne … skal vurderes", "Der skal lægges vægt på …": a passive after the modal
_MODAL_PASSIVE_RE = _modal_then("asked_passive", modal="asking_modal")
# "Forsamlingshusene skal indgå som lokale mødesteder": a part of what is asked for
_INCLUSION_RE = _modal_then("inclusion_verb", modal="asking_modal")
# "Utredaren ska samråda med …", "The review group will consult …": a body consulted, in the
# active, whoever consults
_CONSULT_ACTIVE_RE = _modal_then("consult_active")
# "The panel must report to the board by …": a report to a body, a step of the process
_REPORT_RE = _modal_then("report_verb")
# "Hallane må vurderast": a need modal ("må", "must") after a short subject that opens the
# sentence, then an asked passive (a main clause, no subordinate one it could stand in)
_NEED_PASSIVE_RE = re.compile(
    rf"^\s*(?:[\w-]+\s+){{1,{POINT_SETTINGS.modal_subject_words}}}?(?:"
    + _alt("modal") + r")(?:\s+(?:" + _alt("asking_adverb") + r"))?\s+(?:" + _alt("asked_passive")
    + r")\b",
    re.IGNORECASE,
)
_ADVERB_RE = re.compile(r"\b(?:" + _alt("asking_adverb") + r")\b", re.IGNORECASE)
# ", og planen skal …": a main clause coordinated after a comma
def _coordinated_re() -> re.Pattern[str]:
    from plancheck.lang.vocab import alternation, plain_words

    words = plain_words("and_words") + plain_words("or_words")
    return re.compile(r",\s+(?:" + alternation(words) + r")\s+(?=\w)", re.IGNORECASE)


_COORDINATED_RE = _coordinated_re()
# "Eldrerådet skal tas med i planarbeidet": a body drawn into the work (not into the plan)
_TAKEN_INTO_WORK_RE = re.compile(
    r"\b(?:" + _alt("taken_into") + r")\s+(?:i|in|into)\s+(?:" + _alt("work_noun") + r")\b",
    re.IGNORECASE,
)
# "Planen skal gjelde alle skolene i kommunen": the scope the plan must answer for
_SCOPE_RE = _modal_then("scope_verb")
# "The review group will deliver:", "Arbeidsgruppa skal levere:": what follows is handed over
_DELIVER_RE = _modal_then("deliverable_verb")
_DELIVERABLE_HEADING_RE = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in _words("deliverable_heading")) + r")", re.IGNORECASE
)
# "4 Success criteria", "Suksesskriterier": the list goes on under it (requirements.yaml
# criteria_heading)
_CRITERIA_HEADING_RE = _header_re("criteria_heading")
_SECTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")
_SUBORDINATOR_RE = _word_re("subordinator")
# "Planen skal utarbeidast av ei prosjektgruppe …": the plan made by a body, a process point
_MADE_BY_RE = re.compile(
    _MODAL_PASSIVE_RE.pattern + r"\s+(?:" + _alt("agent_preposition") + r")\s+\w",
    re.IGNORECASE,
)
# "det skal lages en egen plan for …": the plan itself made, a few words after the verb
_PLAN_MADE_RE = re.compile(
    r"^\s+(?:\w+\s+){0,2}?\w*(?:" + _alt("plan_noun_head") + r")\b", re.IGNORECASE
)

# "Planforslaget skal i offentlig høring i fire uker", "Planen skal ut på høring": the step
# after the modal, the verb of going left out (requirements.yaml: step_preposition)
_STEP_AFTER_MODAL_RE = re.compile(
    r"\b(?:" + _alt("modal") + r")\s+(?:" + _alt("step_preposition") + r")\s+(?:[\w-]+\s+)?(?:"
    + _alt("process_step") + r")",
    re.IGNORECASE,
)
# "Ungdomsrådet skal ha ein representant i referansegruppa": a body given a seat in a group
# of the work (requirements.yaml: having_verb, representative_noun, group_head)
_REPRESENTED_IN_RE = re.compile(
    r"\b(?:" + _alt("modal") + r")\s+(?:" + _alt("having_verb") + r")\s+(?:[\w-]+\s+)?(?:"
    + _alt("representative_noun") + r")\s+(?:i|in|on|på|til|to)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:"
    + _alt("group_head") + r")\b",
    re.IGNORECASE,
)
# "An equality impact assessment must accompany the final strategy": a document handed over
# with the plan, the plan the object (requirements.yaml: accompany_verb)
_ACCOMPANY_RE = re.compile(
    r"\b(?:" + _alt("modal") + r")\s+(?:" + _alt("accompany_verb") + r")\s+(?:"
    + _SUBJECT_RE.pattern + r")",
    re.IGNORECASE,
)
# "The strategy should be accompanied by a risk register": the plan as subject
_ACCOMPANIED_BY_RE = _modal_then("accompanied_by")
# a listed point asking for a body drawn into the work: "involverer grendelagene … i arbeidet",
# "inddragelse af borgerne i processen", "engage with the traders throughout the review"
_CONSULT_ITEM_RE = re.compile(
    r"^(?:" + _alt("consult_item") + r")\s+[^.;:]{0,120}?\b(?:i|in|into|throughout|during|"
    r"under|gjennom|genom|igennem)\s+(?:" + _alt("work_noun") + r")\b",
    re.IGNORECASE,
)
# "Foreslå mål og indikatorer for …": indicators asked for, a part handed over
_INDICATOR_ASK_RE = re.compile(
    r"^(?:" + _alt("deliverable_ask") + r")\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:"
    + _alt("indicator_noun") + r")\b",
    re.IGNORECASE,
)


def _asked_to_be_done(sentence: str) -> bool:
    """Something asked to be done or to be part of the plan, whatever the subject: an asking
    modal and a passive ("Mulighederne for nye byggegrunde skal vurderes", "Der skal lægges
    vægt på, hvordan …", "Planen skal utarbeidast av …") or a verb of being part of it
    ("Forsamlingshusene skal indgå som lokale mødesteder"). Not negated, not told in the past,
    not in a subordinate clause ("… ingen plan for hvor massene skal tas ut"), and not the
    decision that the plan is made ("… at det skal lages en egen plan for demensomsorgen")."""
    s = sentence.strip()
    if _NEGATION_RE.search(s) or _PAST_RE.search(s):
        return False
    need = _NEED_PASSIVE_RE.match(s)
    m = _MODAL_PASSIVE_RE.search(s) or _INCLUSION_RE.search(s) or need
    if m is None:
        return False
    if m is need:
        # the need modal after a short subject that opens the sentence: a main clause by its
        # form (a fresh match object each call, so compare the one taken, not a new match)
        return True
    # the clause of the modal: from the last comma before it; a subordinator that opens the
    # sentence opens a fronted clause ("Der skal …" is the impersonal subject in Danish)
    before = s[: m.start()]
    if any(w.start() > 0 for w in _SUBORDINATOR_RE.finditer(before, before.rfind(",") + 1)):
        return False
    # "Det skal òg lagast ein plan for vedlikehald": a further plan asked for beside the
    # plan the mandate orders (an adverb of asking between), not the decision to make it
    return not _PLAN_MADE_RE.match(s[m.end() :]) or bool(_ADVERB_RE.search(m.group(0)))


_PRONOUN_AFTER_MODAL_RE = re.compile(
    _MODAL_RE.pattern + r"\s+" + _PRONOUN_RE.pattern.lstrip("^"), re.IGNORECASE
)


# "Kommunens plan ska antas av …", "The Council's strategy must …": the plan named by its
# owner's genitive before the bare noun (requirements.yaml plan_noun_head), then the modal
_GENITIVE_SUBJECT_RE = re.compile(
    r"^[^\W\d_][\w-]*(?:s|['’]s)\s+\w*(?:" + _alt("plan_noun_head") + r")\s+(?:" + _alt("modal") + r")\b",
    re.IGNORECASE,
)


def _fronted_subject(sentence: str) -> bool:
    """The plan as the subject of an inverted clause after a fronted clause that names it:
    "Innan planen antas ska den ha stämts av med nämnden", "Før planen vedtas, skal den …"
    (the pronoun after the modal stands for the plan named before it)."""
    m = _PRONOUN_AFTER_MODAL_RE.search(sentence)
    return bool(m and _SUBJECT_RE.search(sentence[: m.start()]))


# "Alla förslag ska vara tillgängliga …", "All actions must be costed": the plan's proposals,
# all of them, held to a condition by a modal right after them (requirements.yaml
# measure_subject)
_MEASURE_SUBJECT_RE = re.compile(
    r"^(?:" + _alt("measure_subject") + r")\s+(?:" + _MODAL_RE.pattern + r")\s+(?:(?:"
    + _alt("asking_adverb") + r")\s+)?[^\W\d_]",
    re.IGNORECASE,
)


def _measures_held_to(sentence: str) -> bool:
    """Every proposal or measure of the plan held to a condition ("Alla förslag ska vara
    tillgängliga för personer med funktionsnedsättning", "Alle tiltak skal kostnadsberegnes"):
    a content requirement whatever the verb, as it asks something of each measure the plan
    puts forward. Not negated ("Tiltakene skal ikke …" limits, it asks nothing to be shown)
    and not told in the past."""
    return bool(
        _MEASURE_SUBJECT_RE.match(sentence)
        and not _NEGATION_RE.search(sentence)
        and not _PAST_RE.search(sentence)
    )


# "Vi lurer på kva …": the writer, a verb of wondering (an adverb of asking may stand
# inside it) and a question word
_WONDER_RE = re.compile(
    r"^\s*(?:" + _alt("requester_self") + r")\s+(?:"
    + "|".join(
        re.escape(w.split()[0]) + r"(?:\s+(?:" + _alt("asking_adverb") + r"))?"
        + "".join(r"\s+" + re.escape(x) for x in w.split()[1:])
        for w in _words("wonder")
    )
    + r")\s+(?:" + W.alternation("question") + r")\b",
    re.IGNORECASE,
)


def prose_question(sentence: str, min_words: int = 4) -> bool:
    """A question of a mandate's running text asked of the plan: a direct question ("Kva for
    skular bør kommunen bruke?", "Kan opplæringa flyttast til 5. trinn?") of at least
    ``min_words`` words, or the writer wondering before a question word ("Vi undrar hur
    många …"). A negated question is rhetorical ("Er ikkje dette ei god
    investering?", "Kven hugsar ikkje …?"): it asks for agreement, not an answer. Why: a
    letter ordering a plan may put its asks as questions inside paragraphs, with no list."""
    s = " ".join(sentence.split())
    if _NEGATION_RE.search(s):
        return False
    if s.endswith("?"):
        return len(s.split()) >= min_words
    return bool(_WONDER_RE.match(s))


def orders_the_plan(text: str) -> bool:
    """The order to make the plan, told by the one who orders it ("Jeg ber derfor om at det
    utarbeides en plan for kommunens bruk av droner.", "Säkerhetssamordnaren får i uppdrag att
    ta fram en plan för trygghetspunkter.", "1. Heradsstyret vedtek at det skal utarbeidast ein
    bustadsosial handlingsplan for 2047–2050."): one sentence whose only ask is the plan made,
    nothing after its topic. It is the mandate, not a point of it. A listed point that opens
    with the verb ("Utarbeide en plan for vedlikehold av løypene") asks for a part of the plan
    and stays."""
    t = " ".join(text.split())
    if VERB_START.match(t) or len(_SENTENCE_SPLIT.split(t.rstrip(". "))) > 1:
        return False
    m = _ORDERS_PLAN_RE.search(t)
    # told as the clause of an order ("… ber om at …", "… får i uppdrag att …", "… vedtek at
    # …") or as such a clause's continuation in lower case ("der udarbejdes en plan …" under
    # "indstiller, at"): "Det skal også lages en plan for vedlikehold" asks the plan for a
    # part of its own
    # … or after a verb of asking someone ("Kommunestyret ber kommunedirektøren utarbeide ein
    # plan …", "Kommunalsjefen bes om å utarbeide en handlingsplan …")
    return m is not None and (
        t[:1].islower()
        or bool(re.search(r"\b(?:" + _alt("clause_opener") + r")\b", t[: m.start()], re.IGNORECASE))
        or bool(_ASKED_TO_MAKE_RE.search(t[: m.start()]))
    )


_ASKED_TO_MAKE_RE = re.compile(r"\b(?:" + _alt("request_to") + "|" + _alt("request_passive") + r")\b", re.IGNORECASE)
_RELATIVE_LEAD_RE = re.compile(r"[,\s]+(?:" + _alt("relative_pronoun") + r")\s*:\s*$", re.IGNORECASE)


@functools.cache
def _relative_contains_re() -> re.Pattern[str]:
    s = POINT_SETTINGS
    return re.compile(
        r"[,\s]+(?:" + _alt("relative_pronoun") + r")\s+(?:[\w.-]+\s+){0," + str(s.relative_contains_gap)
        + r"}?(?:" + _alt("contain_verb") + r")\b(?:[\s,]+[\w.-]+){0," + str(s.relative_contains_tail)
        + r"}?\s*:\s*$",
        re.IGNORECASE,
    )


def relative_contains_lead(text: str) -> str | None:
    """An item closed by a relative clause of what the thing it orders is to contain ("Within
    six weeks, to draw up a repair programme agreed with the panel, which must include at
    least:", "Utarbeide ein plan for vegane, som mellom anna skal innehalde:"): the item
    before the clause, or None. Its sub-points are what the plan is to hold, each a point."""
    t = " ".join(text.split())
    m = _relative_contains_re().search(t)
    return t[: m.start()].rstrip(" ,") if m else None


def order_lead_in(text: str) -> bool:
    """A list item that orders the plan and leads in what it is to do ("(2) That officers
    prepare a Tree and Woodland Strategy for the borough which:", "2) Kommunestyret ber
    kommunedirektøren utarbeide ein bustadplan, som:"): the order to make the plan
    (:func:`orders_the_plan`) closed by a relative pronoun and a colon. Its sub-points are the
    points; the order is the mandate."""
    t = " ".join(text.split())
    m = _RELATIVE_LEAD_RE.search(t)
    return m is not None and orders_the_plan(t[: m.start()] + ".")


_FUNDING_RE = _word_re("funding_stated")
# the noting formula closing a short resolution ("That the report be noted.", "Saka vert teken
# til orientering."): requirements.yaml noting_clause, at the sentence's end
_NOTING_END_RE = re.compile(r"\b(?:" + _alt("noting_clause") + r")\s*[.;]?\s*$", re.IGNORECASE)
_AUTHORITY_RE = re.compile(r"\b(?:" + _alt("authority_granted") + r")\b", re.IGNORECASE)


def takes_note(text: str, s: PointSettings | None = None) -> bool:
    """A resolution that takes a report or a case as read ("That the report be noted.", "Saka
    vert teken til orientering."): one short sentence closed by the noting formula
    (noting_clause), no deadline and no hand-over; it orders nothing."""
    s = s or POINT_SETTINGS
    t = " ".join(text.split())
    return (
        bool(_NOTING_END_RE.search(t))
        and len(_SENTENCE_SPLIT.split(t.rstrip(". "))) == 1
        and len(t.split()) <= s.noting_words
        and not _DEADLINE_RE.search(t)
        and not _HANDOVER_RE.search(t)
    )


def grants_authority(text: str) -> bool:
    """A resolution that gives someone a power ("That the Head of … be authorised to submit
    bids for external funding", "Kommunedirektøren får fullmakt til å søkje om tilskot"): a
    permission, no order to the plan. One sentence; not negated."""
    t = " ".join(text.split())
    return (
        bool(_AUTHORITY_RE.search(t))
        and len(_SENTENCE_SPLIT.split(t.rstrip(". "))) == 1
        and not _NEGATION_RE.search(t)
    )


# a question word ("hvordan", "how"): what follows it is asked (words.yaml question)
_QUESTION_WORD_RE = re.compile(r"\b(?:" + W.alternation("question") + r")\b", re.IGNORECASE)
# (the modal in lower case: "The Council in May adopted …" names a month)
_DISCRETION_RE = re.compile(
    r"^\W*(?:\w[\w'’.-]*\s+){1,8}?(?:" + _alt("discretion_modal") + r")\s+(?!not\b)[^\W\d_]+"
)


def grants_discretion(text: str) -> bool:
    """One sentence whose subject (up to eight words) "may" do something ("The Director may
    request staff support from any City department"): a power conferred, no duty of the plan
    (requirements.yaml ``discretion_modal``). Not negated ("may not" forbids), and not when a
    modal of duty stands in it too ("… may, and shall where …"), nor when the sentence asks
    (an asking verb opening it, a question word before the modal: "Describe how residents may
    …")."""
    t = " ".join(text.split())
    m = _DISCRETION_RE.search(t)
    if m is None or VERB_START.match(t):
        return False  # "Describe how residents may …": asked, the "may" inside what is asked
    if _QUESTION_WORD_RE.search(m.group(0)):
        return False
    return (
        len(_SENTENCE_SPLIT.split(t.rstrip(". "))) == 1
        and not _NEGATION_RE.search(t)
        and not _MODAL_WORD_RE.search(t)
    )


def states_funding(text: str) -> bool:
    """A sentence that tells how the work is paid for ("6.Kostnadene ved planarbeidet blir
    dekte innanfor ramma til helse og velferd.", "5.1 The work will be funded from the
    Capability Fund grant"): the budget of the work, no point of the plan. One that asks the
    plan about money ("Vurdere hvordan tiltakene kan finansieres") opens with its verb."""
    t = " ".join(text.split())
    m = _FUNDING_RE.search(t)
    if m is None or VERB_START.match(t) or t.endswith(":"):
        return False
    # "… gjøre rede for kostnadene …, og hvordan de kan dekkes innenfor rammen": asked, not told
    before = t[: m.start()]
    return not (
        _ASKING_VERB_RE.search(before)
        or _QUESTION_WORD_RE.search(before)
    )


_NEEDS_PLAN_RE = re.compile(
    r"\b(?:" + _alt("modal") + r")\s+(?:" + _alt("having_verb") + r")\s+(?:" + _alt("subject_article")
    + r")\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:" + _alt("plan_noun_head") + r")\w{0,3}\b.*?\b(?:"
    + _alt("purpose_clause") + r")\b",
    re.IGNORECASE,
)


def needs_the_plan(sentence: str) -> bool:
    """Why the plan is made: someone must have such a plan to be able to do something
    ("Kommunen må ha en vedtatt plan for idrett … for å kunne søke spillemidler til anlegg",
    "Councils must have an adopted plan so as to bid for …"): the mandate's background."""
    return bool(_NEEDS_PLAN_RE.search(" ".join(sentence.split())))


# the plan made (plan_making) or in place (plan_in_place), a plan's word its object ("…
# utarbeide ein tiltaksplan for …", "… at udarbejde og vedtage en plejeplan …", "… skal det
# foreligge en plan for …"): up to two words between the verb and the article (a second verb)
_PLAN_ORDERED_RE = re.compile(
    r"\b(?:" + _alt("plan_making") + "|" + _alt("plan_in_place") + r")\s+(?:[\w-]+\s+){0,2}?(?:"
    + _alt("subject_article") + r")\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:" + _alt("plan_noun_head") + r")",
    re.IGNORECASE,
)
# the plan handed over (requirements.yaml plan_delivered, "The director shall promptly submit the
# plan …"; up to one adverb between the modal and the verb) or the plan, as subject, to be ready
# (plan_ready, "Den nye planen skal være ferdig …"): the plan's own deadline
_PLAN_DELIVERED_RE = re.compile(
    r"\b(?:" + _alt("modal") + r")\s+(?:[\w-]+\s+)?(?:" + _alt("plan_delivered") + r")\s+(?:"
    + _alt("subject_article") + r")\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:" + _alt("plan_noun_head") + r")\b",
    re.IGNORECASE,
)
# … the plan's word in its Nordic definite form, no article before it ("Skolen skal sende
# tiltaksplanen til kommunen innen …", "ska lämna planen till nämnden")
_PLAN_DELIVERED_DEFINITE_RE = re.compile(
    r"\b(?:" + _alt("modal") + r")\s+(?:[\w-]+\s+)?(?:" + _alt("plan_delivered") + r")\s+[\w-]*(?:"
    + _alt("plan_noun_head") + r")(?:en|et|a|n)\b",
    re.IGNORECASE,
)
_PLAN_READY_RE = re.compile(
    r"[\w-]*(?:" + _alt("plan_noun_head") + r")[\w-]*\s+(?:" + _alt("modal") + r")\s+(?:"
    + _alt("plan_ready") + r")\b",
    re.IGNORECASE,
)
# "Før det gis igangsettingstillatelse …, skal …", "Innan bygglov ges, ska …": a clause opened
# by the conjunction that dates by another step (words.yaml step_before), the main clause after
# its comma
_BEFORE_CLAUSE_RE = re.compile(
    r"^(?:" + W.alternation("step_before") + r")\s+[^,]+,\s*(?:[\w-]+\s+){0,3}?(?:" + _alt("modal") + r")\b",
    re.IGNORECASE,
)
# a party's undertaking without its last word ("forpligter sig til", "åtar sig", "undertakes"):
# the time may stand before the infinitive ("forpligter sig til senest den 1. juli at …")
_UNDERTAKES_RE = re.compile(
    r"\b(?:" + "|".join(
        r"\s+".join(map(re.escape, w.split()[:-1])) for w in _words("agreed_to") if len(w.split()) > 1
    ) + r")\b",
    re.IGNORECASE,
)


# "… men dette er ikkje eit vilkår": a sentence that binds nothing (requirements.yaml
# not_binding)
_NOT_BINDING_RE = re.compile(r"\b(?:" + _alt("not_binding") + r")\b", re.IGNORECASE)


# a sentence opened by a demonstrative ("Dette …", "This …"; requirements.yaml deferral_anaphor)
_DEMONSTRATIVE_OPEN_RE = re.compile(r"^\W*(?:" + _alt("deferral_anaphor") + r")\b", re.IGNORECASE)


def _disowns(sentence: str) -> bool:
    """A sentence that says of the one before it that it binds nothing ("Dette er ikke et vilkår
    for avtalen.", "This is advice, not a condition."): opened by a
    demonstrative (requirements.yaml ``deferral_anaphor``) and saying not binding
    (``not_binding``). Why: a protocol or a permit sets its advice beside its conditions and
    says so in the next sentence as often as in the same one."""
    t = " ".join(sentence.split())
    return bool(_DEMONSTRATIVE_OPEN_RE.match(t) and _NOT_BINDING_RE.search(t))


# "within 60 days of …", "innen tre uker etter …": a period as the deadline (period_deadline)
_PERIOD_DEADLINE_RE = re.compile(
    r"\b(?:" + _alt("period_deadline") + r")\s+[\w-]+\s+(?:" + _alt("period_unit") + r")\b", re.IGNORECASE
)


def _period_deadline(t: str, s: PointSettings = POINT_SETTINGS) -> bool:
    """A period from an event as the plan's deadline (:data:`_PERIOD_DEADLINE_RE`)."""
    return s.period_deadline and bool(_PERIOD_DEADLINE_RE.search(t))


def _plan_delivered_definite(t: str, s: PointSettings = POINT_SETTINGS) -> bool:
    """The plan handed over named by its definite form (:data:`_PLAN_DELIVERED_DEFINITE_RE`)."""
    return s.plan_delivered_definite and bool(_PLAN_DELIVERED_DEFINITE_RE.search(t))


def dated_plan_order(sentence: str) -> bool:
    """The order to have the plan by a time ("Kommunen skal innan 1. mars 2041 utarbeide ein
    badeplan.", "Kommunen ska senast den 1 mars 2041 ta fram en
    handlingsplan …", "X forpligter sig til senest den 1. marts 2041 at udarbejde og vedtage en
    plejeplan …") or before a step ("Før det gis brukstillatelse …, skal det foreligge en
    plan for …": a rekkefølgebestemmelse): a modal or an undertaking, the plan made or in place
    as its object, and a deadline (a date after a deadline word, words.yaml deadline_*) or an
    opening clause of the step it must come before. Not the mandate's origin only: the plan must
    exist by then, a step of its process a plan answers (when it was made, adopted, approved).
    Not in the past, not negated."""
    t = " ".join(sentence.split())
    if _PAST_RE.search(t) or _NEGATION_RE.search(t) or t.endswith("?"):
        return False
    if _PLAN_DELIVERED_RE.search(t) or _PLAN_READY_RE.search(t) or _plan_delivered_definite(t):
        # the plan handed over or ready by a date: the modal is in the pattern
        return bool(_DEADLINE_RE.search(t)) or _period_deadline(t)
    if not _PLAN_ORDERED_RE.search(t):
        return False
    if not (_MODAL_RE.search(t) or _UNDERTAKES_RE.search(t)):
        return False
    return bool(_DEADLINE_RE.search(t) or _BEFORE_CLAUSE_RE.match(t))


def report_duty(sentence: str) -> bool:
    """The one who makes the plan is to report on it ("The Active Travel Officer will report
    progress on delivering the LCWIP to the Transport Board once a year", "Kommunedirektøren
    skal rapportere årlig til kommunestyret om oppfølgingen av planen"): a modal and a reporting
    verb, and the report bound to the plan (its word), a recurrence or a deadline. A group
    that reports to its leader as its way of working names none of them. Not negated, not
    past."""
    s = sentence.strip()
    if _NEGATION_RE.search(s) or _PAST_RE.search(s):
        return False
    if _REPORT_DUTY_RE.search(s):
        return bool(_names_plan_re().search(s) or _RECURRING_RE.search(s) or _DEADLINE_RE.search(s))
    # the bare verb with its object before the body ("will report progress against the action
    # plan to the Panel every year"): both the plan's word and a recurrence
    return bool(_REPORT_BARE_RE.search(s) and _names_plan_re().search(s) and _RECURRING_RE.search(s))


@functools.cache
def _following() -> frozenset[str]:
    """:func:`plancheck.lang.vocab.following_words` of every language, once per process."""
    from plancheck.lang.vocab import following_words

    return frozenset(following_words())


def _ends_in_following(sentence: str) -> bool:
    """Does the sentence end in "the following" as its object ("… svarer på følgende.", "… answer
    the following.")? Then it leads into the sentences or items after it and asks nothing itself."""
    words = sentence.rstrip(" .").split()
    return bool(words) and words[-1].lower() in _following()


# "… skal gå fram av planen", "Det ska framgå av planen hur …": a modal, the verb of showing and
# the plan after it (requirements.yaml shown_in_plan), its article or definite ending
_SHOWN_IN_PLAN_RE = re.compile(
    r"\b(?:" + _alt("modal") + r")\s+(?:[\w-]+\s+)?(?:" + _alt("shown_in_plan") + r")\s+(?:(?:"
    + _alt("subject_article") + r")\s+)?(?:[\w-]+\s+){0,2}?[\w-]*(?:" + _alt("plan_noun_head") + r")(?:en|et|a|n)?\b",
    re.IGNORECASE,
)


def _shown_in_plan(sentence: str, s: PointSettings = POINT_SETTINGS) -> bool:
    """What the plan is to show, the plan after the verb (:data:`_SHOWN_IN_PLAN_RE`); not negated."""
    return (
        s.shown_in_plan
        and bool(_SHOWN_IN_PLAN_RE.search(sentence))
        and not _NEGATION_RE.search(sentence)
        and not _PAST_RE.search(sentence)
    )


def is_requirement(sentence: str) -> bool:
    """A sentence of the mandate's prose that asks something of the plan or its process."""
    s = sentence.strip()
    if len(s.split()) < 4 or len(s.split()) > 60 or s.endswith((":", "?")):
        return False
    if _ends_in_following(s):
        return False  # "Jeg ber om at planen svarer på følgende.": a lead-in to what comes next
    # the plan is the subject: first in the sentence ("Planen skal …") or right after the modal
    # of an inverted clause ("Før sluttbehandling skal planforslaget …")
    # "etter plan- og bygningslova kapittel 11": a numbered chapter is a reference to a law,
    # not a chapter asked of the plan
    s = _CHAPTER_REF_RE.sub(" ", s)
    if _DOCUMENT_SUBJECT_RE.match(s) and not (_SUBJECT_RE.match(s) and _MODAL_RE.search(s)):
        # "Planprogrammet gjer greie for …, kva tema planen skal handsame": the mandate
        # describes itself. A word for both the mandate and the work it orders
        # ("Uppdraget", "Oppdraget": in requirements.yaml's subject too) asks with a modal:
        # "Uppdraget ska redovisas … senast …" (while "Uppdraget omfattar …" describes)
        return False
    subj = (
        _SUBJECT_RE.match(s)
        or re.search(_MODAL_RE.pattern + r"\s+" + _SUBJECT_RE.pattern, s, re.IGNORECASE)
        or _fronted_subject(s)
        or _GENITIVE_SUBJECT_RE.match(s)
    )
    modal = _MODAL_RE.search(s)
    # a deciding body doing something to the plan ("Kommunestyret skal vedta planen innen
    # utgangen av året"): the plan is the object, the step is the plan's process
    if re.match(
        _DECIDER_RE.pattern
        + r"\s+"
        + _MODAL_RE.pattern
        + r"\s+(\w+\s+){1,2}"
        + _SUBJECT_RE.pattern,
        s,
        re.IGNORECASE,
    ):
        return True
    # a step of the process done by a deciding body, whatever is decided ("Måla skal
    # vedtakast av kommunestyret innan 1. april 2027", "Tiltakene skal godkjennes av utvalget")
    if modal and _PASSIVE_RE.search(s) and _BY_DECIDER_RE.search(s):
        return True
    if report_duty(s):
        return True
    # a risk analysis sending the measures of a level to a plan ("Tiltaka for hendingar med
    # høg risiko skal innarbeidast i ein plan for evakuering …"): the order to make the plan
    if acted_levels(s):
        return True
    # "Planen fastställs av nämnden": who adopts the plan, in the present without a
    # date, tells how the case goes as the law lays it down; asked, it has a modal or a date
    told = (
        not modal
        and _BY_DECIDER_RE.search(s)
        and not (_DEADLINE_RE.search(s) or _YEAR_RE.search(s))
    )
    asks = (
        (_PASSIVE_RE.search(s) and not told)
        or _CONSULT_RE.search(s)
        or _DEADLINE_RE.search(s)
        or (modal and _DELIVERABLE_RE.search(s))
    )
    asks = asks or (
        modal and (_ASKING_VERB_RE.search(s) or _BASIS_RE.search(s) or _SCOPE_RE.search(s))
    )
    # "Planforslaget skal i offentlig høring …": the step after the modal, no verb
    asks = asks or (modal and _STEP_AFTER_MODAL_RE.search(s))
    # "Strategien skal være vedtaget af udvalget før jul": the plan's adoption asked by
    # its participle after the modal (requirements.yaml adoption_step), with or without a date
    asks = asks or (modal and _ADOPTION_STEP_RE.search(s))
    # "Udkastet til afgrænsning har været i høring hos berørte myndigheder fra 3. til 24.
    # marts": without a modal, a step in the past tense tells the mandate's background (a
    # hearing held, a draft sent), it asks for nothing
    asks = asks and (modal or not _PAST_RE.search(s))
    # "Planen skal ikke omfatte krisesentertilbudet, som …", "The strategy will not cover …":
    # the scope negated after the modal states an exclusion, it asks nothing
    if modal and _NEGATED_SCOPE_RE.search(s):
        return False
    # "Planen er en temaplan og behandles ikke etter plan- og bygningsloven", "The strategy is
    # not submitted to …": a step of the process negated, without a modal, tells how the case
    # goes; it asks nothing
    if not modal and _PASSIVE_NEGATED_RE.search(s):
        return False
    # "Brukerrepresentanter bør involveres der det er mulig": a wish made optional
    if _WISH_MODAL_RE.search(s) and _HEDGE_RE.search(s) and not _ASKING_MODAL_RE.search(s):
        return False
    # "Planen beräknas kunna antas under våren 2049": a forecast of the timetable
    if (m := _SUBJECT_RE.match(s)) and _ESTIMATE_RE.match(s[m.end() :].lstrip()):
        return False
    if subj and asks:
        return True
    if _PLAN_WILL_ASK_RE.match(s) and not _NEGATION_RE.search(s):
        return True
    # the addressee as subject, asked for a part of the plan ("The council should publish an
    # action plan that responds to each recommendation …", "Kommunen skal utarbeide en
    # handlingsplan …"): a review's or an order's request of the one who makes the plan
    if (
        modal
        and _ADDRESSEE_BODY_RE.match(s)
        and _DELIVERABLE_RE.search(s, modal.end())
        and not _NEGATION_RE.search(s)
        and not _PAST_RE.search(s)
    ):
        return True
    # a body given a seat in a group of the work; a document handed over with the plan
    if not _NEGATION_RE.search(s) and not _PAST_RE.search(s) and (
        _REPRESENTED_IN_RE.search(s) or _ACCOMPANY_RE.search(s)
    ):
        return True
    if modal and (
        _consults(s)
        or _NOTIFY_RE.search(s)
        or (not _NEGATION_RE.search(s) and _LETTER_TO_RE.search(s, modal.end()))
        or _CONSULT_ACTIVE_RE.search(s)
        or _TAKEN_INTO_WORK_RE.search(s)
    ):
        return True
    if _asked_to_be_done(s) or _measures_held_to(s):
        return True
    if _requested_clause(s) or _WISH_INFORMED_RE.match(s) or _BODY_ASKED_RE.match(s):
        return True
    if _requested_infinitive(s) or _advised(s) or _objection_condition(s) or _answer_requested(s):
        return True
    if _writer_request(s) or _answer_asked(s):
        return True
    if _passive_request(s) or _duty_stated(s):
        return True
    if (
        modal
        and (rep := _REPORT_RE.search(s))
        and not _NEGATION_RE.search(s)
        # "the approved actions": a participle after an article qualifies a noun, it tells no past
        and not _PAST_RE.search(_ATTRIBUTE_RE.sub(" ", s))
        and (_DEADLINE_RE.search(s) or _DECIDER_RE.search(s, rep.end()))
    ):
        # a body reports to the one that ordered the work, by a date or to a deciding body
        return True
    if indicative_requirement(s) or _shown_in_plan(s):
        return True
    # "Biblioteket skal samarbeide med …, og planen skal syne kva …": a coordinated main
    # clause that asks by itself
    return any(
        is_requirement(rest[:1].upper() + rest[1:])
        for c in _COORDINATED_RE.finditer(s)
        if len((rest := s[c.end() :]).split()) >= 4
    )


# "Kommunedirektøren bes om å …", "Förvaltningen uppdras att …", "That the Director be asked
# to …": one to five words (the one asked), the passive of a request (requirements.yaml
# request_passive) and the clause asked
_PASSIVE_REQUEST_RE = re.compile(
    r"^\s*(?:that\s+)?(?:\S+\s+){1,5}?(?:" + _alt("request_passive") + r")\s+(?P<clause>\S.*)$",
    re.IGNORECASE,
)
# "Kommunen sender hvert halve år en opgørelse … til …": the addressee as subject, perhaps an
# adverb, and a verb of sending or reporting in the present (requirements.yaml report_present)
_ADDRESSEE_REPORTS_RE = re.compile(
    r"^\s*(?:" + _alt("addressee_body") + r")\s+(?:\w+\s+)?(?:" + _alt("report_present") + r")\b",
    re.IGNORECASE,
)
# "… evalueres af parterne i fællesskab …": a step whose agent is the parties together
_BY_PARTIES_RE = re.compile(
    r"\b(?:av|af|by)\s+(?:" + W.alternation("agreement_party") + r")\b", re.IGNORECASE
)


def _passive_request(sentence: str) -> bool:
    """A request in the passive to the one who is to act ("Kommunedirektøren bes om å utrede
    …", "Samhällsbyggnadsförvaltningen uppdras att …", "That the Director of Place be asked to
    …"): a council's vedtak, oversendelsesforslag, yrkande or motion orders so, with no modal.
    The clause asked has three words or more; its main part (up to a subordinator or a comma)
    is not negated, and nothing before the request tells the past."""
    m = _PASSIVE_REQUEST_RE.match(sentence)
    if m is None:
        return False
    clause = m.group("clause")
    sub = _SUBORDINATOR_RE.search(clause)
    head = re.split(r",\s", clause[: sub.start()] if sub else clause, maxsplit=1)[0]
    return (
        len(clause.split()) >= 3
        and not _NEGATION_RE.search(sentence[: m.start("clause")])
        and not _PAST_RE.search(sentence[: m.start("clause")])
        and not _NEGATION_RE.search(head)
    )


def _duty_stated(sentence: str) -> bool:
    """A duty an agreement states in the present with its date: the addressee sending or
    reporting something ("Kommunen sender hvert halve år en opgørelse … til den administrative
    styregruppe, første gang den 1. september 2046"), or a step done by the parties together by a
    deadline ("Avtalen evalueres av partene innen utgangen av 2050"). Why: a
    samarbejdsaftale or överenskommelse states the parties' duties without a modal; a date
    tells a duty to be done, not a description. Not negated, not past."""
    if _NEGATION_RE.search(sentence) or _PAST_RE.search(sentence):
        return False
    if _ADDRESSEE_REPORTS_RE.match(sentence) and (_DEADLINE_RE.search(sentence) or _YEAR_RE.search(sentence)):
        return True
    return bool(_BY_PARTIES_RE.search(sentence) and _DEADLINE_RE.search(sentence))


def _requested_infinitive(sentence: str) -> bool:
    """A deciding body asks someone to do a thing ("Cabinet asks the Head of Environmental
    Services to bring the Fly-tipping Action Plan to Cabinet by 31 March 2039"): the infinitive
    is the order, a requirement when it is held to a date. Why: a resolution words its order
    so, with no modal; an ask without a date ("asks officers to thank the volunteers") may
    order nothing of the plan."""
    m = _REQUEST_TO_RE.match(sentence)
    if not m or _REQUEST_RE.match(sentence):
        return False  # a that-clause ("ber om at …") is read by _requested_clause
    clause = m.group("clause")
    if _NEGATION_RE.search(clause) or _PAST_RE.search(clause):
        return False
    return bool(_DEADLINE_RE.search(clause))


def _advised(sentence: str) -> bool:
    """The writer or a consulting body advises the addressee by name to do a thing ("Vi råder
    kommunen til å stille krav om …", "Vi rekommenderar nämnden att …"): the infinitive is asked
    of the plan. Why: a faglig råd or an audit's recommendation has no modal; the advice is
    answered by the revised plan, whether it follows the advice or says why not. Negated or
    past advice asks nothing."""
    m = _ADVISED_RE.match(sentence)
    if not m:
        return False
    if not _ADVISED_BODY_RE.match(m.group("body")):
        # "Vi rekommenderar kommunstyrelsen att …" beside the addressee's list: another body's task
        return False
    clause = m.group("clause")
    return len(clause.split()) >= 3 and not (_NEGATION_RE.search(clause) or _PAST_RE.search(clause))


# a clause opening with a pronoun (requirements.yaml subject_pronoun: "det", "den", "it")
_PRONOUN_SUBJECT_RE = re.compile(r"^(?:" + _alt("subject_pronoun") + r")\s", re.IGNORECASE)


# the writer named as a supervising or consulted body ("JO", "Sivilombodet", "Statsforvaltaren"),
# not "vi"; and a deciding body after it ("nämnden ", "utvalet ")
_BODY_WRITER_RE = re.compile(r"^\s*(?:" + _alt("requester_body") + r")\s", re.IGNORECASE)
_DECIDER_BODY_RE = re.compile(r"^(?:" + _DECIDER_RE.pattern + r")\s+$", re.IGNORECASE)


def _asked_body(sentence: str, body: str) -> bool:
    """The one a writer's request is put to is the letter's addressee: the municipality or "you"
    (addressee_body, addressee); or, when the writer is a supervising or consulted body by name
    (requester_body: "JO uppmanar nämnden att …", "Statsforvaltaren ber utvalet om å …"), the
    deciding body it supervises (decider). Why: an ombudsman's or a supervisor's decision is
    addressed to the committee that handled the case; "Vi rekommenderar kommunstyrelsen att …"
    beside a nämnd's list stays another body's task."""
    if _ADVISED_BODY_RE.match(body):
        return True
    return bool(_BODY_WRITER_RE.match(sentence) and _DECIDER_BODY_RE.match(body))


def _writer_request(sentence: str, s: PointSettings | None = None) -> bool:
    """The writer of a consulting body's letter asks for a state of things ("Ungdomsrådet ber
    om at skatehallen holder åpent om kvelden, og ikke bare i helgene", "We ask that the path is
    lit"), asks the addressee by name to act ("Vi ber kommunen vurdere …"), or asks to be given
    the plan for its say ("Brukarrådet ber om å få planutkastet til ny uttale …"). Why: a
    høringsuttalelse has no modal and no list; its requests, in prose among sentences that
    support, note or regret, are what the revised plan must answer (do it or say why not). Only
    the clause's own main part is read for a negation, the future or the past ("…, og ikke bare
    i helgene" adds a contrast; "Vi ber om at det ikke …" asks against a thing and stays out)."""
    s = s or POINT_SETTINGS
    m = _WRITER_REQUEST_RE.match(sentence)
    if m is not None:
        clause = m.group("clause")
        head = re.split(r",\s", clause, maxsplit=1)[0]
        if re.match(r"(?:to|å)\s", clause, re.IGNORECASE) or _PRONOUN_SUBJECT_RE.match(clause):
            # "We would like to thank everyone …": the writer's own wish to act; "Vi ber om at
            # det blir tatt hensyn til dette": a pronoun names no thing the plan can answer
            return False
        return (
            len(clause.split()) >= s.request_clause_words
            and not _NEGATION_RE.search(head)
            and not _FUTURE_RE.search(head)
            and not _PAST_RE.search(head)
        )
    m = _WRITER_ASKS_RE.match(sentence)
    if m is not None and _asked_body(sentence, m.group("body")):
        clause = m.group("clause")
        # only the clause's main part is read for a negation or the past: "… gi søkjaren
        # førebels svar når ei sak ikkje kan avgjerast innan fristen" asks, its "ikkje" is the
        # condition's (a subordinator or a comma ends the main part)
        sub = _SUBORDINATOR_RE.search(clause)
        head = re.split(r",\s", clause[: sub.start()] if sub else clause, maxsplit=1)[0]
        return len(clause.split()) >= s.request_clause_words - 1 and not (
            _NEGATION_RE.search(head) or _PAST_RE.search(head)
        )
    m = _REQUEST_RECEIVE_RE.match(sentence)
    if m is not None:
        # "X ber om å få planen til uttalelse" asks what "X får planen til uttalelse" tells
        told = f"{m.group('who')} {_words('receive_present')[0]} {m.group('rest')}"
        return indicative_requirement(told)
    return False


def _answer_asked(sentence: str) -> bool:
    """The addressee's answer to a report or a decision, asked as a step: after a modal with a
    date ("I skal senest den 1. marts sende os en skriftlig redegørelse for
    …"), as the subject of a modal ("Your response must contain details of action taken or
    proposed …"), as a duty with a date ("You are under a duty to respond to this report
    within 56 days …, namely by 22 May 2044"), or a report to the authority after a modal and
    a time adverbial ("Nämnden ska senast samma dag redovisa till IVO vilka åtgärder som har
    vidtagits …"). Why: a påbud, a föreläggande or a coroner's report asks for the answer
    so, and the plan answers it by the answer it gives; the past inside the answer's object
    ("vilka åtgärder som vidtagits", "action taken") is what is reported, not when."""
    if _NEGATION_RE.search(sentence):
        return False
    if _ANSWER_SUBJECT_RE.match(sentence):
        return True
    late = _REPORT_LATE_RE.search(sentence)
    if late is not None and not _PAST_RE.search(sentence[: late.start()]):
        return True
    after = _ANSWER_AFTER_MODAL_RE.search(sentence)
    if after is not None and not _PAST_RE.search(sentence[: after.start()]):
        # "The Council should provide us with evidence it has complied …": the addressee
        # itself asked for its answer is a step whether or not a date is set
        return bool(_DEADLINE_RE.search(sentence) or _ADDRESSEE_BODY_RE.match(sentence))
    return bool(_ANSWER_DUTY_RE.search(sentence) and _DEADLINE_RE.search(sentence))


def _answer_requested(sentence: str) -> bool:
    """A reviewer or a consulting body asks for the addressee's answer by a date ("Revisorerna
    önskar socialnämndens svar senast den 31 maj", "Kontrollutvalget ber om tilbakemelding
    innen 1. mars"): a step of the plan's process. Why: an audit's missiv or a letter words the
    deadline of the answer so, with no modal; without a date it asks for no step."""
    m = _ANSWER_REQUESTED_RE.match(sentence)
    return bool(m) and bool(_DEADLINE_RE.search(sentence, m.end())) and not _NEGATION_RE.search(sentence)


def advice_clause(sentence: str) -> str | None:
    """What an advice to the addressee, a request to it by name or an objection's lifting
    condition asks ("Vi råder kommunen til å sikre en trygg skoleveg" → "sikre en trygg
    skoleveg"; "Ombodet ber kommunen om å gå gjennom rutinane …" → "gå gjennom rutinane …";
    "Innsigelsen kan løses ved at felt B2 tas ut" → "felt B2 tas ut"), None for any other
    sentence. Why: the frame
    (the advising writer, the objection) is no concern the plan answers."""
    asks = _WRITER_ASKS_RE.match(sentence)
    if asks is not None and not _asked_body(sentence, asks.group("body")):
        asks = None
    for m in (_ADVISED_RE.match(sentence), _OBJECTION_CONDITION_RE.match(sentence), asks):
        if m is not None:
            clause = m.group("clause")
            # the marker of the condition's clause ("ved at", "by"): no word of the concern
            return re.sub(r"^(?:ved|gjennom|genom|by)\s+(?:at|att|å)?\s*", "", clause, flags=re.IGNORECASE)
    return None


def _objection_condition(sentence: str) -> bool:
    """The condition that lifts an objection under the planning law ("Innsigelsen kan løses ved
    at felt B2 tas ut av planen"): what the revised plan must meet. Why: the letter that raises
    the objection words its demand as this condition, with no modal of asking; the background
    and the legal grounds before it ask nothing."""
    m = _OBJECTION_CONDITION_RE.match(sentence)
    return bool(m) and not _NEGATION_RE.search(sentence[: m.start("clause")])


@functools.cache
def _inverted_request_re() -> re.Pattern[str]:
    """An adverbial first, then the verb of a request and its subject after it (V2 order:
    "Därför vill vi att …", "Derfor ber vi om at …", "Difor ønskjer rådet at …")."""
    verbs = sorted({w.split()[0] for w in _words("request_that", "expect_that", "wish_that")}, key=len, reverse=True)
    return re.compile(
        r"^\s*[^\W\d_][\w-]*,?\s+(?P<verb>" + "|".join(map(re.escape, verbs)) + r")\s+(?P<who>"
        + _DECIDER_RE.pattern + r"|" + _WRITER_ALT + r")\s+(?P<rest>\S.*)$",
        re.IGNORECASE,
    )


def uninverted_request(sentence: str) -> str:
    """``sentence`` with a request's subject put back before its verb ("Därför vill vi att planen
    visar …" → "vi vill att planen visar …"), as the request forms are written; unchanged
    otherwise. Why: the Nordic languages put the subject after the verb when an adverbial opens
    the sentence, and a request so worded asks as much as one in plain order."""
    m = _inverted_request_re().match(sentence)
    if m is None:
        return sentence
    first = sentence.split(maxsplit=1)[0].strip(",")
    if re.fullmatch(r"(?:" + _DECIDER_RE.pattern + r"|" + _WRITER_ALT + r")", first, re.IGNORECASE):
        # "Vi rekommenderar kommunstyrelsen att …": the writer is the subject, in plain order,
        # recommending to another body (that body's task, no request of the plan)
        return sentence
    return f"{m.group('who')} {m.group('verb')} {m.group('rest')}"


def _requested_clause(sentence: str) -> bool:
    """A deciding body asks for something in a that-clause ("Kommunestyret ber om at
    planforslaget sendes på høring til …, og at planen legges fram … innen utgangen av 2029"):
    the clause, read as a sentence (its closing "og at …" joined), is a requirement. Why: the
    council's request is the order; its subject is the council, the plan is the clause's. So
    is the request of a mandate letter's writer whose clause has the addressee as subject ("Eg
    ber òg om at de lagar …"): the letter orders the addressee's work. So is the expectation or
    advice of a body consulted on the plan (`expect_that`, `requester_body`: "Vi forventer at
    kommunen kartlegger …", "Länsstyrelsen förutsätter att kommunen utreder …"), its clause
    naming the municipality (`addressee_body`) or the plan as subject, or the passive of an
    asking verb ("… ber om at konsekvensene utredes"): the request stands for the modal."""
    sentence = uninverted_request(sentence)
    m = _REQUEST_RE.match(sentence)
    imperative = None if m else _IMPERATIVE_RE.match(sentence)
    if imperative:
        clause = imperative.group("clause")
        pron = _PRONOUN_RE.match(clause)
        verb = clause[pron.end() :].split()[:1] if pron else []
        if verb and any(verb[0].lower().startswith(v) for v in _ASKING_STEMS):
            # "make sure it explains …": the pronoun stands for the plan the letter orders,
            # its verb one of asking (an expletive "det er …" asks nothing)
            return True
        m = imperative
    if not m:
        return False
    clause = m.group("clause")
    if (
        _EXPECT_RE.match(sentence)
        and len(clause.split()) >= 4
        and not _FUTURE_RE.search(clause)
        and not _PAST_RE.search(clause)
        and not _NEGATION_RE.search(clause)
    ):
        # "Vi forventer også at nye barnehager ligger nær kollektivtilbud": the state the
        # body expects is what it asks of the municipality, whoever the clause's subject
        return True
    return any(
        is_requirement(part[:1].upper() + part[1:])
        or bool(_ADDRESSEE_RE.match(part))
        or bool(_ADDRESSEE_BODY_RE.match(part) or _SUBJECT_RE.match(part))
        # "… ber om at konsekvensene utredes": the request stands for the modal
        or bool(_ASKED_PASSIVE_WORD_RE.search(part))
        for whole in re.split(r",?\s+(?:og|och|and)\s+(?:at|att|that)\s+", clause)
        if whole.strip()
        # "… om at det nye planforslaget sendes …": the plan as subject after an article
        # and its modifier (Nordic double definiteness), read as the plan alone
        for part in dict.fromkeys((whole, _ARTICLE_MODIFIER_RE.sub("", whole, count=1)))
    )


# "det nye planforslaget", "the revised draft": an article and one lower-case modifier
# before a noun (requirements.yaml subject_article)
_ARTICLE_MODIFIER_RE = re.compile(
    r"^(?:" + _alt("subject_article") + r")\s+(?-i:[a-zæøåäö][\w-]*)\s+(?=\w)", re.IGNORECASE
)


# "… må vere med i ein kommunal plan", "skal inngå i planen": a thing included in a plan, not a
# body taking part in the work
_INCLUDED_IN_PLAN_RE = re.compile(
    r"^\s+(\w+\s+){0,3}\w*plan(en|et|ar|er|ane|ene)?\b", re.IGNORECASE
)


def _consults(sentence: str) -> bool:
    """A consult word that asks for a body to take part, not "være med i <a plan>"."""
    return any(
        not (m.group(0).lower() in _PARTNER_WORDS and _INCLUDED_IN_PLAN_RE.match(sentence[m.end() :]))
        for m in _CONSULT_RE.finditer(sentence)
    )


# an invitation to a role: "inviteres til at deltage som rådgiver", "is invited to take part as
# an observer" (consult_indicative's invitations, then role_as within a few words)
_INVITED_AS_RE = re.compile(
    r"\b(?:" + "|".join(
        r"\s+".join(map(re.escape, w.split()))
        for w in _words("consult_indicative")
        if "invit" in w or "bjuds" in w
    ) + r")\s+(?:[\w-]+\s+){1,4}?(?:" + _alt("role_as") + r")\s+\w",
    re.IGNORECASE,
)


_LABEL_OVER_SENTENCE_RE = re.compile(r":\s+(?-i:[A-ZÆØÅÄÖ])\w*\s+\w")


# "Næste dialogmøde afholdes …", "The next meeting is held …": the body's own next meeting
# opens the sentence (requirements.yaml next_meeting), its meeting word the one after
_NEXT_MEETING_RE = re.compile(
    r"^\s*(?:" + _alt("next_meeting") + r")\s+\w*(?:" + "|".join(re.escape(w) for w in _words("meeting_head")) + r")\b",
    re.IGNORECASE,
)


# "Foreningen sender en vedligeholdelsesplan … til kommunen senest …": the plan sent, in the
# present (requirements.yaml handover_sent), the plan's word at most three words on
_HANDOVER_SENT_RE = re.compile(
    r"\b(?:" + _alt("handover_sent") + r")\s+(?:[\w-]+\s+){0,3}?" + _PLAN_WORD + r"\b", re.IGNORECASE
)


def _handover_sent(s: str, settings: PointSettings = POINT_SETTINGS) -> bool:
    """The plan sent in the present (:data:`_HANDOVER_SENT_RE`): a point of the prose only."""
    return settings.handover_sent and bool(_HANDOVER_SENT_RE.search(s))


def _next_meeting(s: str, settings: PointSettings = POINT_SETTINGS) -> bool:
    """A record's note of its body's next meeting (:data:`_NEXT_MEETING_RE`): its calendar."""
    return settings.next_meeting and bool(_NEXT_MEETING_RE.match(s))


def indicative_requirement(sentence: str) -> bool:
    """A requirement stated without a modal verb: a body is invited, heard or drawn in ("Lag
    og foreningar blir inviterte til eit arbeidsmøte"), a meeting is held or a body invited
    to one ("Det holdes et innbyggermøte i hver bygd"), a step of the process is named as a
    noun phrase ("Høringsrunde for eldrerådet før sluttbehandling."), or the plan gets a part
    ("Planen får en handlingsdel med tiltak"). A sentence about the past ("Oversikten ble
    lagt fram i juni", "Formannskapet vedtok å rullere planen") tells the background and asks
    for nothing; so does a body that simply takes part or reports ("Rektorene deltar i
    arbeidsgruppa", "Arbeidsgruppa rapporterer til kommunalsjefen")."""
    s = sentence.strip()
    if _PAST_RE.search(s):
        return False
    if _INVITED_AS_RE.search(s) and not _MEETING_RE.search(s):
        # "Kystdirektoratet inviteres til at deltage som rådgiver": a role in the work, its
        # organisation told, no step asked
        return False
    if _CONSULT_PASSIVE_RE.search(s) or _CONSULT_INDICATIVE_RE.search(s) or _INFORMED_OF_PLAN_RE.search(s):
        return True
    if _PROCESS_ACTIVE_RE.search(s) and (_DEADLINE_RE.search(s) or _YEAR_RE.search(s)):
        return True
    if (_HANDOVER_RE.search(s) or _handover_sent(s)) and _DEADLINE_RE.search(s) and not _NEGATION_RE.search(s):
        # the draft handed over (or sent) by a deadline, in the present, whoever hands it
        return True
    meeting = _MEETING_RE.search(s)
    if meeting and (_MEETING_PASSIVE_RE.search(s) or _INVITE_RE.search(s) or _MEETING_BY_WRITER_RE.search(s)):
        return not _next_meeting(s)
    step = _PROCESS_STEP_START_RE.match(s)
    # "Behandling i kommunestyret 12.12.2030: Ordføreren la fram …": the step named is a
    # label over the minutes' sentence after its colon, not a step asked
    if step and s.endswith(".") and len(s.split()) <= 30 and not _LABEL_OVER_SENTENCE_RE.search(s):
        # a noun phrase that names whom or when: a body after a preposition, or a date
        rest = s[step.end() :]
        return bool(
            _DEADLINE_RE.search(s) or _YEAR_RE.search(s) or _STEP_WHOM_RE.search(rest)
        )
    return bool(
        _SUBJECT_RE.match(s) and _DELIVERABLE_INDICATIVE_RE.search(s) and _DELIVERABLE_RE.search(s)
    )


def _indicative_process(sentence: str) -> bool:
    """An indicative requirement about the plan's process (a body, a meeting, a step)."""
    s = sentence.strip()
    return bool(
        _CONSULT_PASSIVE_RE.search(s)
        or _CONSULT_INDICATIVE_RE.search(s)
        or _INFORMED_OF_PLAN_RE.search(s)
        or _PROCESS_ACTIVE_RE.search(s)
        or _HANDOVER_RE.search(s)
        or (_MEETING_RE.search(s) and (_MEETING_PASSIVE_RE.search(s) or _INVITE_RE.search(s)))
        or _PROCESS_STEP_START_RE.match(s)
    )


_PROCESS_ASKS_RE = _word_re("process_asks")
# "Vise hvordan strategien skal følges opp og evalueres": the plan's follow-up as a question
_FOLLOW_UP_RE = re.compile(
    r"\b(?:" + W.alternation("question") + r")\s+(?:" + _SUBJECT_RE.pattern + r")\s+(?:"
    + _alt("modal") + r")\s+(?:" + _alt("follow_up_passive") + r")\b",
    re.IGNORECASE,
)
# "… blir involvert i arbeidet": a body drawn into the work, anywhere in the point
_INVOLVED_IN_WORK_RE = re.compile(
    r"\b(?:" + _alt("consult_participle") + r")\s+(?:i|in|into)\s+(?:" + _alt("work_noun") + r")\b",
    re.IGNORECASE,
)
# "indeholde et økonomisk overslag …": a listed point that is a part the plan is to have
_CONTAINS_START_RE = re.compile(r"^(?:" + _alt("contain_verb") + r")\s+\w", re.IGNORECASE)
# "Planen skal inneholde …", "Strategin ska ha en handlingsplan": the modal asks for a part
# (requirements.yaml: deliverable, without the bare verb of having, "skal ha fokus på …")
_HAS_PART_RE = re.compile(
    r"\b(?:" + _alt("modal") + r")\s+(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _words("deliverable") if w not in ("ha", "have"))
    + r")\b",
    re.IGNORECASE,
)
# "en tidplan för projektering …": a listed point that is a part handed over, as a noun phrase
_DELIVERABLE_NP_RE = re.compile(
    r"^(?:en|et|ei|ein|eit|ett|a|an)\s+(?:[\w-]+\s+)?[\w-]*(?:" + _alt("deliverable_object") + r")\b",
    re.IGNORECASE,
)


# a point that opens by asking for measures (the asking verbs of a mandate, per language)
# an asking verb, up to three words ("gjere greie for"), and a question word: "Vurdere korleis …"
_ASKS_QUESTION_RE = re.compile(
    VERB_START.pattern + r"(?:\s+[\w-]+){0,3}?,?\s+(?:" + W.alternation("question") + r")\b",
    re.IGNORECASE,
)
# a step of the plan's process asked in the active, the plan its object: "Legge fram
# handlingsplanen for …", "Leggje fram planutkastet for …", "Lägga fram strategin för …"
_PRESENTS_PLAN_RE = re.compile(
    r"^(?:" + _alt("process_asks") + r")\s+(?:" + _SUBJECT_RE.pattern.lstrip("^") + r")",
    re.IGNORECASE,
)
_ASKS_MEASURES_RE = re.compile(
    r"(foreslå|foreslår|gjere framlegg om|föreslå|foreslå|propose|recommend|identify)\s+"
    r"(\w+\s+)?(tiltak|åtgärder|foranstaltninger|measures|actions)\b",
    re.IGNORECASE,
)


# "gi en kostnadsoversikt for …", "Utredaren ska ta fram en karta …": a part of the plan handed
# over (requirements.yaml: deliverable_ask, deliverable_object), after at most a subject and its
# modal; the object an indefinite noun, alone or as a compound's head, after at most one word
_ARTICLE = r"(?:en|et|ei|ein|eit|ett|a|an)"
_DELIVERABLE_ASK_RE = re.compile(
    r"^(?:\w+\s+(?:" + _alt("asking_modal") + r"|will|must|should)\s+"
    # the plan as the subject of a promise to add to it ("Strategin kompletteras med en lista …",
    # "The plan will be supplemented with a map …")
    r"|(?:the\s+)?\w*(?:" + W.alternation("plan_self") + r")\w*\s+(?:will\s+)?)?"
    r"(?:" + _alt("deliverable_ask") + r")\s+" + _ARTICLE + r"\s+(?:[\w-]+\s+)?"
    r"(?:[\w-]*(?:" + _alt("deliverable_object") + r")|[\w-]+(?:" + _alt("deliverable_object_head") + r"))\b",
    re.IGNORECASE,
)


# "… i samarbeid med nabokommunene", "… kan vere med i skjøtselen": partners of the thing a
# point asks about, not of the making of the plan
_PARTNERS_RE = _word_re("partners")


def _asks_a_question(text: str) -> bool:
    """A listed point that asks the plan a question about its subject ("Vurdere korleis elevane
    kan medverke i skulemiljøet", "Beskrive hvordan innbyggerne kan delta i dugnader"): an
    asking verb, a few words at most, then a question word (words.yaml: question); not about
    what has been done ("redovisa hur eleverna har fått säga sitt"), and not about
    the plan's own process (a step or body of words.yaml: process)."""
    m = _ASKS_QUESTION_RE.match(text)
    return bool(m) and not _PAST_RE.search(text) and not is_process(text)


def _report_in_clause_re() -> re.Pattern[str]:
    """A report verb of requirements.yaml report_verb in any inflection ("rapporterer",
    "reports"), a few words of its object allowed before its preposition ("rapporterer om
    tiltakene til …")."""
    alts = []
    for w in _words("report_verb"):
        first, *rest = w.split()
        stem = first[:-1] if len(first) > 5 and first[-1] in "ea" else first
        alts.append(
            re.escape(stem) + r"\w*" + "".join(r"\s+" + re.escape(x) for x in rest[:-1])
            + (r"(?:\s+[\w.-]+){0,3}?\s+" + re.escape(rest[-1]) if rest else "")
        )
    return re.compile(r"^(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


_REPORT_IN_CLAUSE_RE = _report_in_clause_re()
_ADDRESSEE_BODY_START_RE = re.compile(r"^(?:" + _alt("addressee_body") + r"),?\s+", re.IGNORECASE)


def requested_report(text: str) -> bool:
    """A consulting body's or the deciding body's request that the addressee report to a body
    by a date ("Vi forventer at kommunen rapporterer om tiltakene til fylket innen 1. mai"): the
    request stands for the modal of _REPORT_RE, and the report is a step of the plan's
    process, not its content."""
    m = _REQUEST_RE.match(text.strip())
    if m is None:
        return False
    clause = m.group("clause")
    body = _ADDRESSEE_BODY_START_RE.match(clause) or _ADDRESSEE_START_RE.match(clause)
    if body is None:
        return False
    return bool(_REPORT_IN_CLAUSE_RE.match(clause[body.end() :]) and _DEADLINE_RE.search(clause))


def report_back_asked(text: str) -> bool:
    """The point asks the plan's owner to tell the writer what it has done: to be kept informed
    ("Vi ber om å bli orienterte om kva kommunen har gjort …"), or to be given the answer or its
    proof ("The Council should provide us with evidence it has complied …", "Kontrollutvalget
    ber om tilbakemelding innen …"). Read by match.report_back_stated."""
    t = text.strip()
    return bool(
        _WISH_INFORMED_RE.match(t)
        or _answer_requested(t)
        or (_answer_asked(t) and not _SUBJECT_RE.match(t))
    )


def point_kind(text: str) -> str:
    """content (what the plan says), deliverable (a part the plan must have) or process (how,
    when and with whom it is made)."""
    t = text.strip()
    if (
        requested_report(t)
        or _answer_requested(t)
        or (_answer_asked(t) and not _SUBJECT_RE.match(t))
        # "Vi ber om å bli orienterte om kva kommunen har gjort …": the writer kept informed
        # of the follow-up
        or _WISH_INFORMED_RE.match(t)
        # an agreement's duty to report, or a step of the parties, by a date
        or _duty_stated(t)
        # the plan's owner to report on it to a body, yearly or by a date
        or report_duty(t)
        # the plan handed over by a deadline ("Kommunedirektøren legg planen fram for
        # heradsstyret innan utgangen av mai")
        or (_HANDOVER_RE.search(t) and _DEADLINE_RE.search(t) and not VERB_START.match(t))
        # … or in the passive ("att planförslaget ska lämnas till nämnden senast den 30 april")
        or (_HANDOVER_PASSIVE_RE.search(t) and _DEADLINE_RE.search(t))
    ):
        # a report or the addressee's answer asked for by a date: a step of the process
        return "process"
    if _FOLLOW_UP_RE.search(t) or _INVOLVED_IN_WORK_RE.search(t):
        # how the plan is followed up, who is drawn into the work: the plan's process
        return "process"
    if _CONTAINS_START_RE.match(t):
        return "deliverable"
    if _asks_a_question(t) or _PRESENTS_PLAN_RE.match(t):
        # how people take part in the service the plan is about is the plan's content;
        # "Legge fram strategien for formannskapet": the plan handed to a body, a step
        return "process" if _PRESENTS_PLAN_RE.match(t) else "content"
    if _ACCOMPANY_RE.search(t) or (_SUBJECT_RE.match(t) and _ACCOMPANIED_BY_RE.search(t)):
        # "An impact assessment must accompany the strategy": a document handed over with it
        return "deliverable"
    if _REPRESENTED_IN_RE.search(t) or _CONSULT_ITEM_RE.match(t):
        # a body given a seat in a group of the work, or drawn into the work
        return "process"
    if _INDICATOR_ASK_RE.match(t):
        return "deliverable"
    if _SUBJECT_RE.match(t) and _HAS_PART_RE.search(t):
        # "Planen skal ha et handlingsprogram som rulleres hvert år": the part is what the modal
        # asks; the process word belongs to the part's own clause
        return "deliverable"
    if VERB_START.match(t) and not _SUBJECT_RE.search(t):
        # a listed point asking for content ("Vurdere etablering av et team i samarbeid med
        # nabokommunene") names partners of its subject: they do not make it a process point
        t = _PARTNERS_RE.sub(" ", t)
    if _ASKS_MEASURES_RE.match(t):
        # "Foreslå tiltak som gir unge mer innflytelse": measures for the plan's
        # subject, whatever process words the subject holds
        return "content"
    if (
        is_process(t)
        or _CONSULT_RE.search(t)
        or _CONSULT_ACTIVE_RE.search(t)
        or _TAKEN_INTO_WORK_RE.search(t)
        or (_PASSIVE_RE.search(t) and _SUBJECT_RE.match(t))
        or (not VERB_START.match(t) and _indicative_process(t))
        # "Grunneiere … skal varsles ved oppstart": those concerned told of the work
        or (not VERB_START.match(t) and not _SUBJECT_RE.match(t) and _NOTIFY_RE.search(t))
        # "Planen skal utarbeidast av ei prosjektgruppe …": who makes the plan
        or (_SUBJECT_RE.match(t) and _MADE_BY_RE.search(t))
        # "Hovedplanen skal være ferdig til behandling i utvalget innen 1. oktober": a step
        # of the plan's process (requirements.yaml: process_asks) by a date
        or (_SUBJECT_RE.match(t) and _DEADLINE_RE.search(t) and _PROCESS_ASKS_RE.search(t))
    ):
        return "process"
    if (
        (_SUBJECT_RE.match(t) and _DELIVERABLE_RE.search(t))
        or _DELIVERABLE_ASK_RE.match(t)
        or _DELIVERABLE_NP_RE.match(t)
    ):
        return "deliverable"
    return "content"


def _paragraphs(lines: list[Line], body: float | None) -> list[tuple[str, int | None, str, int]]:
    """Running text outside lists and headings, joined over line breaks, each with its page and
    the kind of section it stands in: "background" under a background heading ("Bakgrunn",
    "Saksopplysningar"): such a paragraph tells why the plan is made ("Kommunedelplanen må
    rulleres før neste søknadsrunde"), and only a body asked to take part is a requirement in
    it; "decision" under the heading of the deciding body's decision ("Beslutning", "Vedtak"),
    whose added clauses ask of the plan; else "". Last, the number of headings above it (the
    paragraphs under one heading share it)."""
    out: list[tuple[str, int | None, str, int]] = []
    headings = 0
    cur: list[str] = []
    page: int | None = None
    in_list = False
    list_indent = 0.0
    hanging = False  # the list's wrapped lines stand further in than its markers
    prev = ""
    prev_line: Line | None = None
    section = ""
    # a grant letter (a heading of the grant's payment): its terms for the money are sections
    # of their own
    grant = any(
        _GRANT_PAYMENT_RE.match(ln.text.strip()) and _item_marker(ln, body) is None and _looks_like_heading(ln, body)
        for ln in lines
    )
    for ln in lines:
        t = ln.text.strip()
        mk = _item_marker(ln, body)
        head = mk is None and _looks_like_heading(ln, body)
        # a sentence running over the page break: the first line of the page stands after a
        # gap, yet it goes on with the paragraph (the running header between them is gone)
        gap = ln.gap and not (
            cur and not in_list and prev_line is not None and _page_break_inside(prev_line, ln)
        )
        # the text after a table of points starts a paragraph of its own: a row is whole in
        # its cell, whatever the spacing or indent under the table
        gap = gap or (prev_line is not None and prev_line.table and not ln.table)
        # a line in smaller type over a sentence opening with a capital (a comment's byline,
        # "Kari Nordmann · 04.04.2040 08:40", over its text) is no part of that sentence
        gap = gap or (
            prev_line is not None
            and prev_line.size is not None
            and ln.size is not None
            and prev_line.size <= ln.size - POINT_SETTINGS.byline_size_step
            and t[:1].isupper()
            and not prev_line.text.rstrip().endswith((",", "-", "–"))
        )
        last, prev_line = prev_line, ln
        if head:
            if cur:
                out.append((" ".join(cur), page, section, headings))
            cur = []
            in_list = False
            headings += 1
            if ln.size and body and ln.size < body - 0.5:
                # a bold line in smaller type than the body (a table's header row, "Indikator
                # 2043 2046"): no heading of a section, the section goes on after it
                continue
            section = (
                "background"
                if _BACKGROUND_RE.match(t)
                else "terms"
                if grant and _GRANT_TERMS_RE.match(t)
                else "decision"
                if decision_heading(t)
                else ""
            )
            in_list = False
            continue
        tol = 2.0 if ln.size else 0.5
        back = in_list and mk is None and ln.indent <= list_indent + tol
        if in_list and mk is None and not gap and not back:
            hanging = True
        # after a list item that ended its sentence, a line back at the marker's indent is a
        # paragraph of its own, even without a blank line (continuations hang further in); so
        # is any line back at the markers' indent when the items' lines hang
        # so is a sentence opening with a capital after an item that ended well short of the
        # right edge (no wrapped line: "– utleigehyttene på Helløya" / "Vi ber om at …")
        leaves = back and (
            prev.rstrip().endswith((".", "!", "?"))
            or hanging
            or (last is not None and _unwrapped(last, ln) and t[:1].isupper())
        )
        prev = t
        if mk is not None or head or (gap and cur):
            if cur:
                out.append((" ".join(cur), page, section, headings))
            cur = []
            in_list = mk is not None or (in_list and not gap and not head)
            if mk is not None:
                list_indent = ln.indent
            else:
                hanging = False
            if mk is not None or head:
                continue
        if in_list and not gap and not leaves:
            continue  # a list item's continuation line
        in_list = False
        hanging = False
        if not cur:
            page = ln.page
        cur = [*cur[:-1], _join(cur[-1], t)] if cur else [t]
    if cur:
        out.append((" ".join(cur), page, section, headings))
    return out


def decision_clause(sentence: str) -> str | None:
    """The clause of a deciding body's decision that asks of the plan ("Indstillingen blev
    godkendt med den tilføjelse, at strategien også skal belyse …" → "strategien også skal
    belyse …", "Kommunestyret vedtok at planen skal …"), or None. The decision itself is told
    in the past; the clause it adds is a requirement like any other (:func:`is_requirement`)."""
    for m in _CLAUSE_INSIDE_RE.finditer(sentence):
        clause = sentence[m.end() :].strip()
        if clause and is_requirement(clause):
            return clause
    return None


# a label of one or two words and a colon before a sentence ("Konklusjon: Planen skal …",
# "Decision: The strategy must …")
_SENTENCE_LABEL_RE = re.compile(r"^[^\W\d_][\w-]*(?:\s[\w-]+)?:\s+(?=(?-i:[A-ZÆØÅÄÖ]))")


def _without_item_label(sentence: str) -> str:
    """``sentence`` without a list marker ("c) ") and a short label and colon after it
    ("Konklusjon: "); unchanged when it has neither."""
    mk = _marker(sentence)
    rest = mk[2] if mk is not None and mk[0] in ("letter", "number") else sentence
    m = _SENTENCE_LABEL_RE.match(rest)
    return rest[m.end() :] if m else rest


def _agreement_re() -> re.Pattern[str]:
    """An agreement's frame: the parties (words.yaml agreement_party, or a compound ending in
    one: "Aftalepartierne"), the frame of report_frame (an adverb of asking may follow its
    first word: "er òg enige om at"), then the clause agreed."""
    adverb = r"(?:\s+(?:" + _alt("asking_adverb") + r"))?"
    frames = "|".join(
        re.escape(w.split()[0]) + adverb + "".join(r",?\s+" + re.escape(x) for x in w.split()[1:])
        for w in sorted(set(W.words("report_frame")), key=len, reverse=True)
    )
    party = "|".join(re.escape(w) for w in W.words("agreement_party"))
    return re.compile(r"^\s*(?:\w*(?:" + party + r"))\s+(?:" + frames + r")\s+", re.IGNORECASE)


_AGREEMENT_RE = _agreement_re()


def agreement_clause(sentence: str, paragraph: str) -> str | None:
    """The clause an agreement between parties asks of the plan ("Parterne er enige om, at
    planen skal vise …", "Partene er enige om at alle nye anlegg skal være universelt
    utformet" in a paragraph that orders the plan), or None. The clause asks when it is a
    requirement of its own (:func:`is_requirement`), or holds a modal, no negation, and its
    paragraph names the plan: a condition every part of it must meet. A clause agreed without
    a modal ("… at der ansættes fire sygeplejersker", "… at forvaltningen udarbejder en plan")
    is the agreement's decision, told, not asked of the plan."""
    m = _AGREEMENT_RE.match(sentence)
    if m is None:
        return None
    clause = sentence[m.end() :].strip()
    if not clause:
        return None
    if is_requirement(clause):
        return clause
    if (
        _MODAL_RE.search(clause)
        and not _NEGATION_RE.search(clause)
        and _names_plan_re().search(paragraph)
    ):
        return clause
    return None


def _background_requirement(sentence: str) -> bool:
    """In a background paragraph, a sentence that asks a body to take part ("Fellesrådet skal
    være representert i arbeidsgruppa", "Grunneigarlaget skal få uttale seg før måla blir
    vedtekne"): the process of the work, not why it is done; or one that asks the plan, its
    subject, for a part ("Dokumentet ska innehålla en karta över insatserna"): a background
    often closes with what the work is to deliver. Why the plan is made ("Kommunedelplanen må
    rulleres før neste søknadsrunde") names no part of it."""
    s = sentence.strip()
    if _PAST_RE.search(s) or not _MODAL_RE.search(s):
        return False
    return bool(
        _consults(s)
        or (_SUBJECT_RE.match(s) and (_DELIVERABLE_RE.search(s) or _BASIS_RE.search(s)))
    )


def _background_consults(sentence: str) -> bool:
    """In a decided case's background, a sentence that asks a body to take part ("Ældrerådet
    og Handicaprådet skal høres, inden strategien vedtages"), with a modal, not past."""
    s = sentence.strip()
    return bool(_MODAL_RE.search(s)) and not _PAST_RE.search(s) and _consults(s)


# "Den ska också föreslå …", "It should also set out …": a pronoun, the modal and an adverb
# that adds an ask to the ones before (requirements.yaml asking_adverb)
_ADDED_ASK_RE = re.compile(
    _PRONOUN_RE.pattern + r"\s+(?:" + _MODAL_RE.pattern + r")\s+(?:" + _alt("asking_adverb") + r")\b",
    re.IGNORECASE,
)


def _carried_subject(sentence: str) -> str:
    """The sentence with a leading pronoun replaced by the plan ("Den skal ha en handlingsdel"
    → "Planen skal ha en handlingsdel"), or the pronoun right after the modal of an inverted
    clause ("For det andre skal den beskrive …" → "… skal planen beskrive …"), for testing it
    as a requirement only."""
    s = sentence.strip()
    carried = _PRONOUN_RE.sub("planen", s, count=1)
    if carried == s:
        carried = _INVERTED_PRONOUN_RE.sub(r"\1 planen", s, count=1)
    return carried


# the head of a semicolon series: up to three words and the modal ("Planen skal ",
# "The strategy should ")
_SERIES_HEAD_RE = re.compile(r"^(?:\S+\s+){1,3}?(?:" + _MODAL_RE.pattern + r")\s+", re.IGNORECASE)


def _series_joiner_re() -> re.Pattern[str]:
    """The joining word before a series' last clause ("; og gjere …", "; and set out …"): the
    lexicon's joiners (and_words, or_words, owner_joiners, as :func:`_inline_joiner_re` reads
    them) and the and/or written as one (requirements.yaml ``series_joiner``: "og/eller")."""
    from plancheck.lang.vocab import alternation, plain_words

    words = plain_words("and_words") + plain_words("or_words") + plain_words("owner_joiners")
    return re.compile(
        r"^(?:" + alternation(words + _words("series_joiner")) + r")\s+", re.IGNORECASE
    )


_SERIES_AND_RE = _series_joiner_re()


def semicolon_series(sentence: str, s: PointSettings = POINT_SETTINGS) -> list[str] | None:
    """The clauses of a sentence whose modal governs a series set apart by semicolons
    ("Planen skal kartleggje …; gje ei oversikt …; … ; og gjere greie for …."), each without
    the head, the joining "og" and the closing stop; None when the sentence is no such series.
    Why: a letter or e-mail writes its list in one paragraph; each clause is asked as a list
    item is, and one sentence of sixty words is no point a planner can check."""
    head = _SERIES_HEAD_RE.match(sentence)
    if not head or sentence.count(";") + 1 < s.semicolon_items:
        return None
    parts = [" ".join(x.split()) for x in sentence[head.end() :].split(";")]
    parts = [_SERIES_AND_RE.sub("", x).rstrip(" .") for x in parts]
    if len(parts) < s.semicolon_items or any(len(x.split()) < 2 for x in parts):
        return None
    if sum(bool(VERB_START.match(x)) for x in parts) < s.semicolon_verb_share * len(parts):
        return None
    return parts


def _first_time(text: str, seen: list[str]) -> bool:
    """Whether ``text`` is asked here for the first time: no text in ``seen`` (lower-cased)
    holds it or is held by it. A new text is added to ``seen``. Why: a mandate restates a
    point in its prose ("Planen skal også …" after the list), and a series clause may repeat
    one; each is asked once."""
    low = text.lower()
    if any(low in s or s in low for s in seen):
        return False
    seen.append(low)
    return True


_REASON_FRAME_RE = re.compile(r"^\W*(?:" + _alt("reason_frame") + r")\b", re.IGNORECASE)


def prose_requirements(
    lines: list[Line],
    points: list[MandatePoint],
    *,
    start: int = 1,
    doer: str | None = None,
    questions: bool = False,
) -> list[MandatePoint]:
    """Requirements written in the prose of the mandate document, as points ``S1``, ``S2`` …
    ``doer``: the one who carries out the work (:func:`prose_doer`), whose sentences with a
    modal ask too. ``questions``: the mandate has no list, so the questions of its running
    text outside the background are what it asks (:func:`prose_question`)."""
    body = _body_size(lines)
    seen = [" ".join(p.text.lower().split()) for p in points]
    out: list[MandatePoint] = []
    # the plan was the subject of a requirement before: a pronoun that adds an ask to it
    # ("Den ska också föreslå …") stands for the plan, though sentences of other subjects or
    # a heading stand between (the pronoun's sentence says by its adverb that it goes on)
    plan_asked = False
    # a case whose points are its decision's list ("Vedtak" over "1. …"): its background (the
    # Saksopplysningar, what the administration thinks the plan should do) is no order
    decided = bool(points) and any(
        _item_marker(ln, body) is None and _looks_like_heading(ln, body) and decision_heading(ln.text.strip())
        for ln in lines
    )
    ordered: str | None = None  # the one the mandate orders to make the plan (orderee)
    ordered_under = -1  # … and the heading the order stands under (_paragraphs' count)
    for para, page, section, under in _paragraphs(lines, body):
        ordered_before = False  # the sentence before, in this paragraph, was the orderee's
        if section == "terms":
            # a grant's terms for the money (payment, the report to the funder): no
            # requirement of the plan it pays for
            continue
        plan_subject = False  # the sentence before, in this paragraph, had the plan as subject
        noted = False  # after a note's label ("Til orientering:"): the rest tells
        sentences = _SENTENCE_SPLIT.split(para)
        for at, sent in enumerate(sentences):
            sent = " ".join(sent.split())
            # "Fylket anbefaler at kommunen vurderer å merke brønnene. Dette er ikke et vilkår.":
            # the sentence after, opened by a demonstrative, says this one binds nothing
            disowned = at + 1 < len(sentences) and _disowns(sentences[at + 1])
            if (
                (joined := _LEADING_CONJUNCTION_RE.match(sent) or _REMINDER_FRAME_RE.match(sent))
                and _SUBJECT_RE.match(sent[joined.end() :])
            ):
                # "Men planen skal også seie …": a conjunction joining the sentence to the one
                # before it; the plan is still its subject (and so after a reminder: "Husk at
                # planen må være behandlet …")
                sent = sent[joined.end() :]
            elif (
                (lead := _COLON_LEAD_RE.match(sent))
                and not _INFORMATION_LABEL_RE.match(sent)
                and _SUBJECT_RE.match(sent[lead.end() :])
            ):
                # "Husk fristene før sommeren: Utkastet skal legges fram …": the lead-in is
                # no part of the sentence the plan is the subject of
                sent = sent[lead.end() :]
            noted = noted or bool(_INFORMATION_LABEL_RE.match(sent))
            if noted:
                continue
            if _REASON_FRAME_RE.match(sent):
                # "Det beror på att området redan har en detaljplan …": why the sentence before says
                # what it says; the plan it names is no subject asked of
                plan_subject = False
                continue
            opener = _CLAUSE_START_RE.match(sent)
            if opener and section != "background":
                # "og at strategien forelægges …": a clause of the proposal set apart from
                # the sentence it closes (after a list); the clause is the requirement
                sent = sent[opener.end() :]
            carries = plan_subject or (plan_asked and bool(_ADDED_ASK_RE.match(sent)))
            carried = _carried_subject(sent) if carries else sent
            # (the plan as subject first, or after the modal of an inverted clause: "For det
            # første skal planen …", then "Dernest skal den …")
            plan_subject = bool(_SUBJECT_RE.match(carried) or _INVERTED_SUBJECT_RE.search(carried))
            dated = other_duty = False
            series = semicolon_series(carried) if section != "background" else None
            if series:
                for part in series:
                    if not _first_time(part, seen):
                        continue
                    n = len(out) + 1
                    # each clause read as a list item is (its concerns, its kind)
                    item = _to_point(start + n - 1, _RawPoint(f"S{n}.", "number", part, page, 0.0, []))
                    out.append(item.model_copy(update={"number": f"S{n}"}))
                continue
            if section == "background":
                # a decided case's background (Saksopplysningar, Sagsfremstilling) orders
                # nothing of the plan ("Planen bør også vise …", "Naturplanen skal bygge videre
                # på …"): only a body asked to take part, the case's own process ("Ældrerådet
                # og Handicaprådet skal høres, inden strategien vedtages"), is asked
                asked = _background_consults(carried) if decided else _background_requirement(carried)
            elif questions and prose_question(sent):
                asked = True
            else:
                # in a decision, the clause it adds is the requirement, not the decision
                clause = (
                    decision_clause(sent)
                    if section == "decision" or _DECISION_RE.match(sent)
                    else None
                )
                if clause is not None:
                    sent = carried = clause
                # under another heading than the order, the one ordered is asked only of the
                # plan: a permit's or an agreement's other duties of the same party ("1.5
                # Prøvetaking: Kommunen skal ta minst tolv prøver …", "§ 8 Rapportering:
                # Vertskommunen skal … lage ein årsrapport") ask for other work
                party = bool(ordered and orderee_asks(sent, ordered, ordered_before))
                other_duty = party and under != ordered_under and not _names_plan_re().search(sent)
                by_orderee = party and not other_duty
                ordered_before = by_orderee
                if POINT_SETTINGS.orderee_asks and ordered is None and clause is None:
                    ordered = orderee(sent)
                    ordered_before = ordered is not None
                    ordered_under = under
                # the order to have the plan by a date or before a step ("Kommunen skal innan
                # 1. juli 2056 utarbeide ein tiltaksplan …"): a step of its process
                dated = dated_plan_order(sent)
                asked = (
                    clause is not None
                    or is_requirement(carried)
                    or bool(doer and doer_asks(carried, doer))
                    or by_orderee
                    or agreement_clause(sent, para) is not None
                    or dated
                ) and not other_duty and not _NOT_BINDING_RE.search(sent) and not disowned
            if not asked and section != "background" and not other_duty:
                # "c) Konklusjon: Planen skal vere klar …": a minute's item marker and the
                # label of its decision before the sentence; the sentence asks by itself
                bare = _without_item_label(sent)
                if bare != sent and is_requirement(bare):
                    sent, asked = bare, True
            if not asked or not _first_time(sent, seen):
                continue
            plan_asked = plan_asked or (plan_subject and section != "background")
            kind = "process" if section != "background" and dated else point_kind(carried)
            n = len(out) + 1
            text = sent.rstrip()
            # "Eldrerådet og ungdomsrådet skal få uttale seg": two bodies, two
            # concerns; "en handlingsdel med tiltak, ansvar og frist": the parts asked for
            concerns = split_concerns(text)[1]
            out.append(
                MandatePoint(
                    id=f"M{start + n - 1}",
                    number=f"S{n}",
                    text=text,
                    concerns=concerns if len(concerns) >= 2 else [],
                    process=kind == "process",
                    kind=kind,
                    page=page,
                    provenance=Provenance(page=page, source_text=text),
                )
            )
    return out


# ----------------------------------------------------------------------------- concerns

def deliverable_asked(text: str) -> str | None:
    """The document a point asks to be made, as its words name it ("Ta fram en åtgärdsplan
    för …" → "åtgärdsplan", "gi en kostnadsoversikt …" → "kostnadsoversikt"), else None."""
    m = _DELIVERABLE_ASK_RE.match(text.strip())
    return m.group(0).split()[-1] if m else None


# a point about the process (words.yaml: process, and process_heads also as a compound's head:
# "brukermedvirkning")
PROCESS_RE = re.compile(
    r"\b(" + W.alternation("process") + "|" + W.alternation("process_heads", prefix=r"\w*") + r")\b",
    re.IGNORECASE,
)


# the asking verb a listed point opens with and its particle ("Legge fram …", "Ta opp …";
# requirements.yaml point_verb, words.yaml particle)
_OPENING_VERB_RE = re.compile(
    VERB_START.pattern + r"(?:\s+(?:" + W.alternation("particle") + r")\b)?", re.IGNORECASE
)


def is_process(text: str) -> bool:
    """A point about the process of making the plan rather than its content. The verb a listed
    point opens with is the asking, not a step: "Legge fram et kart som viser …" asks for a map
    (a deliverable); "Legge fram planen for kommunestyret" is a process point by its council."""
    return bool(PROCESS_RE.search(_OPENING_VERB_RE.sub("", text.strip(), count=1))) and not content_asked(text)


@functools.cache
def _content_asked_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The request frame before a point's verb ("Kommunestyret ber kommunedirektøren …"), a word
    naming the plan or the work on it, and a verb of reporting (requirements.yaml request_to,
    plan_noun_head, subject, report_verb)."""
    frame = re.compile(
        r"^(?:[\w-]+\s+){1,3}?(?:" + _alt("request_to") + r")\s+(?:[\w-]+\s+){1,3}?"
        r"(?:om\s+å\s+|om\s+att\s+|to\s+)?(?=" + VERB_START.pattern.lstrip("^") + ")",
        re.IGNORECASE,
    )
    plan = re.compile(
        r"\b(?:" + _alt("plan_noun_head") + r")\w*|\b\w+(?:" + _alt("plan_noun_head") + r")\w{0,3}\b"
        r"|\b(?:" + _alt("subject") + r")\b",
        re.IGNORECASE,
    )
    report = re.compile(r"^(?:" + _alt("report_verb") + r")\b", re.IGNORECASE)
    return frame, plan, report


def content_asked(text: str) -> bool:
    """A point that asks for content though it names a body or a cooperation: it opens (after
    any request frame, "Kommunestyret ber kommunedirektøren …") with a verb of asking that is
    no step itself, and what follows names no step of the plan's making, neither the plan nor
    the work on it, and no report ("Vurdere ein felles legevakt i samarbeid med nabokommunane",
    "Beskrive korleis revisjonen følgjer opp selskapa"). Why: a body named as the
    subject of the service, or a partner in it, is what the plan is to say, not a step of how it
    is made; read as a process point, only sentences about the plan's making could answer it."""
    frame, plan, report = _content_asked_res()
    t = frame.sub("", " ".join(text.split()), count=1)
    m = _OPENING_VERB_RE.match(t)
    if m is None or report.match(t):
        return False
    verb, rest = m.group(0), t[m.end() :]
    return not (
        PROCESS_RE.search(verb)
        or _making_re().search(t)
        or plan.search(rest)
        or report.search(rest.strip())
    )


# markers that open an enumeration of concerns after a head
_LIST_OPENERS = re.compile(
    r",?\s*\b(herunder|blant annet|bl\.a\.|særlig|spesielt|inkludert|med vekt på|med særlig vekt på|"
    r"som for eksempel|for eksempel|som|slik som|including|in particular|such as|especially|"
    r"bland annat|särskilt|till exempel|blandt andet|herunder)\b\s+",
    re.IGNORECASE,
)
_PREPOSITIONS = re.compile(
    r"\b(til|for|av|om|innen|innenfor|på|med|fra|hos|over|mot|knyttet til|to|of|on|for|with|"
    r"within|from|about|hvordan|korleis|hur|how)\b",
    re.IGNORECASE,
)
_FIXED = re.compile(
    r"\b(barn og unge|born og unge|barn og ungdom|helse- og omsorg\w*|helse og omsorg|plan- og bygningsloven|"
    r"drift og vedlikehold|kultur og fritid|klima- og energi\w*|mål og tiltak|ansvar og frist|"
    r"kommunestyret og formannskapet|barnehager? og skoler?|barnehagene og skolene|skoler? og barnehager?|"
    # the same pair in nynorsk and Swedish: one setting of childhood, not two concerns
    r"barnehag(?:e|ar) og skul(?:e|ar)|barnehagane og skulane|skul(?:e|ar) og barnehag(?:e|ar)|"
    r"förskola och skola|förskolan och skolan|"
    # children and young people as one group in Swedish, Danish and English, as nb "barn og
    # unge" (Socialstyrelsen/Skolverket "barn och unga"; da Børne- og Undervisningsministeriet
    # "børn og unge"; en Children and Young Persons Act, DfE "children and young people")
    r"barn och unga|barn och ungdomar|børn og unge|children and young people|"
    r"mellom \S+ og \S+|\d+ og \d+)\b",
    re.IGNORECASE,
)
_CLAUSE_VERBS = VERB_START.pattern.replace("^(", "(", 1)
# the modal or auxiliary verb that ends an enumeration (words.yaml: finite)
_FINITE = W.word_re("finite")
_PRONOUNS = frozenset(
    ["det", "dette", "den", "de", "dei", "vi", "man", "ein", "it", "this", "there", "we", "they"]
)
_AND = re.compile(r"(?<!-)\s+(?:og|samt|eller|och|and|or|og/eller)\s+", re.IGNORECASE)
# function words (words.yaml: stop): an item before a finite verb made of these only ("hvor
# det", "kven som", "hvor de") is the opening of an indirect question, not a thing listed
_FUNCTION_WORDS = W.word_set("stop")
_QUESTION_WORDS = frozenset(w for w in W.word_set("question") if " " not in w)
# an item that is only the opening of an indirect question ("explain how", "beskrive hvordan"):
# a verb, then the question word (_join_open_questions)
_OPEN_QUESTION_RE = re.compile(
    r"[\w-]+\s+(?:" + "|".join(sorted(map(re.escape, _QUESTION_WORDS), key=lambda w: (-len(w), w))) + r")",
    re.IGNORECASE,
)


def _indirect_question(item: str) -> bool:
    """The item opens with a question word ("hvordan transportavstandene kan bli kortere",
    "kven som følgjer opp"): an indirect question, whose verb belongs to it."""
    words = item.split()
    return bool(words) and words[0].lower().strip(",") in _QUESTION_WORDS


def _protect(text: str) -> tuple[str, dict[str, str]]:
    saved: dict[str, str] = {}

    def sub(m: re.Match) -> str:
        key = f"\x00{len(saved)}\x00"
        saved[key] = m.group(0)
        return key

    return _FIXED.sub(sub, text), saved


def _restore(text: str, saved: dict[str, str]) -> str:
    for k, v in saved.items():
        text = text.replace(k, v)
    return text


def _strip_verb(text: str) -> str:
    t = re.sub(
        r"^(\w+)\s+((en|et|ei)\s+)?((kort|samlet|felles|god|helhetlig)\s+)?"
        r"(beskrivelse|oversikt|vurdering|gjennomgang|analyse|redegjørelse|plan|overview|assessment|description)"
        r"\s+(av|over|for|of)\s+",
        "",
        text.strip(),
        flags=re.IGNORECASE,
    )
    if t == text.strip():
        t = VERB_START.sub("", t, count=1).strip()
        t = re.sub(r"^(hvordan|korleis|how)\s+", "", t, flags=re.IGNORECASE)
    return t.strip()


# the comma a Danish or Swedish writer sets before a subordinate clause ("beskrive, hvordan
# kommunen …", "Vurdere, om der skal …", "Redegøre for, hvordan …"; Dansk Sprognævn's
# startkomma, and the same habit in Swedish): after the point's opening verb phrase it joins
# the verb to its object, it separates no items
_SUBCLAUSE_COMMA_RE = re.compile(
    r"^(?P<head>[^,]{1,60}?),\s+(?=(?:"
    + W.alternation("question")
    + r"|om|at|att|whether|if)\b)",
    re.IGNORECASE,
)
SUBCLAUSE_COMMA_MAX_WORDS = 6  # the opening verb phrase: "gi råd om", not an item


def _join_subclause_comma(text: str) -> str:
    """``text`` without the comma between its opening verb phrase and a subordinate clause."""
    m = _SUBCLAUSE_COMMA_RE.match(text)
    if m is None or len(m.group("head").split()) > SUBCLAUSE_COMMA_MAX_WORDS:
        return text
    return m.group("head") + " " + text[m.end() :]



# a topic set before the point's demand ("Støy: Kor mange bustader …", "Burial space
# forecast: A forecast of …", "Naturmangfold. Naturtyper og arter … skal kartlegges"): a label
# of a few words closed by a colon or a full stop, then the demand
_TOPIC_RE = re.compile(r"^(?P<label>[^\W\d_][^:.;?!()\[\]]*?)(?P<sep>[:.])\s+(?P<body>[^\W\d_].*)$", re.S)
TOPIC_BODY_WORDS = 3  # the demand after a topic is a phrase of at least this many words


def run_in_topic(text: str, s: PointSettings = POINT_SETTINGS) -> tuple[str, str]:
    """(topic, demand) of a point that opens with a topic label, else ("", ``text``).

    Why: the topic names what the demand is about; read as one more item of the point's list
    it was a concern of its own that no passage answers in those words ("Mangler: Burial space
    forecast"), and a point answered in full was called partial. The label is at most
    ``run_in_words`` words, opens with no asking verb and holds no finite verb (then it is the
    demand: "Beskriva dagens organisation: antal elever, linjer …" lists what to describe), and
    does not end in a preposition ("Konsekvenser for: natur, …"); a full stop closes a topic
    only before a capital, and never after a word of fewer than four letters (an abbreviation)."""
    m = _TOPIC_RE.match(" ".join(text.split()))
    if m is None:
        return "", text
    label, body = m.group("label").strip(), m.group("body").strip()
    words = label.split()
    if (
        len(words) > s.run_in_words
        or len(body.split()) < TOPIC_BODY_WORDS
        or VERB_START.match(label)
        or _FINITE.search(label)
        or _PREPOSITIONS.fullmatch(words[-1])
        or _indirect_question(label)
    ):
        return "", text
    if m.group("sep") == "." and (
        not body[0].isupper() or not label[0].isupper() or len(words[-1].strip(",")) < 4
    ):
        return "", text
    return label, body


def split_concerns(text: str) -> tuple[str, list[str], str]:
    """Split a point into (head, concerns, tail) (:func:`_split_concerns`), an item that only
    opens a question joined to the item after it (:func:`_join_open_questions`)."""
    head, items, tail = _split_concerns(text)
    return head, _join_open_questions(items, text, head), tail


def _join_open_questions(items: list[str], text: str, head: str = "") -> list[str]:
    """The items with each that only opens a question ("explain how", or "how" after the verb
    "describe" as the head) joined to the item after it, as the text runs ("explain how and when
    the depots will be inspected"): two question words coordinated over one clause ask one
    question, and "how" alone is no concern a plan could answer. Under a head that names a
    thing ("regler for brugen af parkerne, herunder hvor og hvornår …") the question words
    are the parts of that thing, each a concern."""
    flat = " ".join(text.split())
    bare_head = len(head.split()) <= 1
    out: list[str] = []
    k = 0
    while k < len(items):
        item = items[k]
        bare = item.strip(" ,")
        opens = _OPEN_QUESTION_RE.fullmatch(bare) or (bare_head and bare.lower() in _QUESTION_WORDS)
        if k + 1 < len(items) and opens:
            a, b = flat.find(item), flat.find(items[k + 1])
            if 0 <= a < b:
                out.append(flat[a : b + len(items[k + 1])])
                k += 2
                continue
        out.append(item)
        k += 1
    return out


def _split_concerns(text: str) -> tuple[str, list[str], str]:
    """Split a point into (head, concerns, tail).

    "Ivareta hensynet til klima, folkehelse, beredskap og universell utforming" →
    ("Ivareta hensynet til", ["klima", "folkehelse", "beredskap", "universell utforming"], "").
    Two clauses with their own verbs ("Kartlegge X og foreslå Y") are two concerns; a plain
    "A og B" is two concerns unless it is a fixed phrase ("barn og unge"). A point without an
    enumeration gives one concern, itself."""
    topic, body = run_in_topic(text)
    if topic:
        head, items, tail = split_concerns(body)
        if len(items) >= 2:
            # the topic glued to the first item of the demand's list is no item of its own
            return (f"{topic}: {head}" if head else topic), items, tail
    body = " ".join(text.split()).rstrip(".;")
    prot, saved = _protect(_join_subclause_comma(body))
    # a date or deadline phrase at the end is not part of the enumeration
    tail = ""
    m = re.search(
        r"\s+(innen|før|by|before)\s+(\d|utgangen|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|våren|høsten|\w+\s+\d{4}).*$",
        prot,
        re.IGNORECASE,
    )
    if m:
        tail = _restore(prot[m.start() :].strip(), saved)
        prot = prot[: m.start()]
    # two clauses: "... og foreslå tiltak ..."
    clause = re.search(
        r"(?<!-),?\s+(?:og|samt|and)\s+(?=" + _CLAUSE_VERBS + r")", prot, re.IGNORECASE
    )
    if clause:
        parts = [prot[: clause.start()], prot[clause.end() :]]
        return "", [_restore(p.strip(" ,"), saved) for p in parts if p.strip(" ,")], tail
    opener = _LIST_OPENERS.search(prot)
    if (
        opener
        and opener.group(1).lower() in ("som", "such as")
        and not opener.group(0).startswith(",")
    ):
        opener = None
    segments_src = prot
    head = ""
    head_items: list[str] = []
    if opener and ("," in prot[opener.end() :] or _AND.search(prot[opener.end() :])):
        head, segments_src = prot[: opener.start()], prot[opener.end() :]
        # "tilbudet til personer med rusavhengighet og deres pårørende, herunder …": the head
        # names two groups of its own, and both are asked for
        pair = _AND.search(head)
        preps = list(_PREPOSITIONS.finditer(head[: pair.start()])) if pair else []
        if pair and preps:
            first = head[preps[0].end() : pair.start()].strip()
            second = head[pair.end() :].strip()
            if first and second and len(second.split()) <= 4:
                head_items = [first, second]
                head = head[: preps[0].end()]
    elif opener and opener.group(0).startswith(",") and opener.start() > 0:
        # "Vurdere fritidstilbudet for ungdom, herunder kostnadsfrie aktiviteter"
        first = _strip_verb(prot[: opener.start()])
        return (
            _restore(prot[: opener.start() - len(first)].strip(), saved)
            if len(first) < opener.start()
            else "",
            [_restore(first.strip(" ,"), saved), _restore(prot[opener.end() :].strip(" ,"), saved)],
            tail,
        )
    raw_segs = [s.strip() for s in segments_src.split(",") if s.strip()]
    joined = bool(raw_segs) and bool(re.match(r"^(og|samt|and)\s+", raw_segs[-1], re.IGNORECASE))
    segs = [re.sub(r"^(og|samt|and)\s+", "", s, flags=re.IGNORECASE) for s in raw_segs]
    if not segs:
        return _restore(head, saved), [], tail
    # the enumeration ends with the segment that holds its "og"; what follows is a tail
    end = next((k for k, sg in enumerate(segs) if _AND.search(sg)), len(segs) - 1)
    if end < len(segs) - 1 and opener:
        tail = (", ".join(segs[end + 1 :]) + " " + tail).strip()
        segs = segs[: end + 1]
    # "elever, lärare och föräldrar kan vara med och påverka skolgården": the list ends at the finite verb
    # of its last segment, before the "og" of the verb phrase splits it again
    verb = _FINITE.search(segs[-1])
    before = segs[-1][: verb.start()].split() if verb else []
    if (
        verb
        and _AND.search(segs[-1][: verb.start()])
        and 0 < len(before) <= 6
        and not all(w.lower() in _PRONOUNS for w in before)
        # "… og hvor det oftest går lekkasjer": the last item is an indirect question, not a
        # subject of the verb
        and not all(
            w.lower().strip(",") in _FUNCTION_WORDS
            for w in _AND.split(segs[-1][: verb.start()])[-1].split()
        )
        and not _indirect_question(_AND.split(segs[-1][: verb.start()])[-1])
    ):
        tail = (segs[-1][verb.start() :] + " " + tail).strip()
        segs[-1] = segs[-1][: verb.start()].strip()
    last = _AND.split(segs[-1])
    # an indirect question runs to the end of the point: its "og" joins its own words ("var
    # det finns brister i sammanhang och standard"), not items of the list
    ask = next((k for k, x in enumerate(last[:-1]) if k and _indirect_question(x)), None)
    if ask is not None:
        tail_and = re.findall(_AND.pattern, segs[-1], re.IGNORECASE)[ask:]
        joined_q = last[ask] + "".join(a + x for a, x in zip(tail_and, last[ask + 1 :], strict=True))
        last = [*last[:ask], joined_q]
    items = segs[:-1] + [x for x in last if x.strip()]
    if len(last) < 2 and not joined:  # a comma alone is no list
        return "", [_restore(prot.strip(), saved)], tail
    verb = _FINITE.search(items[-1])
    subject = items[-1][: verb.start()].split() if verb else []
    if verb and subject and all(w.lower() in _PRONOUNS for w in subject):
        # "rulleres hvert fjerde år, og det skal lages en tilstandsrapport": a clause of its
        # own with a pronoun for subject, not the shared tail of a list
        verb = None
    if verb and subject and (
        all(w.lower().strip(",") in _FUNCTION_WORDS for w in subject)
        or _indirect_question(items[-1])
    ):
        # "… og hvor det oftest går lekkasjer i nettet", "og kven som følgjer opp for
        # koordineringa": an indirect question is the last item, its verb and object are what
        # it asks; cut at the verb it would be an item of function words only, asking nothing
        verb = None
    if verb:
        # "residents and local businesses were engaged in …": the list ends at the verb
        if verb.start() == 0 or len(items[-1][: verb.start()].split()) > 4:
            return "", [_restore(prot.strip(), saved)], tail
        tail = (items[-1][verb.start() :] + " " + tail).strip()
        items[-1] = items[-1][: verb.start()].strip()
    if len(items) < 2:
        return _restore(head, saved), [_restore(prot.strip(), saved)], tail
    if not head:
        first = items[0]
        preps = list(_PREPOSITIONS.finditer(first))
        if len(items) == 2 and (len(items[1].split()) > 2 or not preps):
            stripped = _strip_verb(first)
            head = first[: len(first) - len(stripped)].strip()
            items[0] = stripped
        elif preps:
            cut = preps[-1]
            head, items[0] = first[: cut.end()].strip(), first[cut.end() :].strip()
        else:
            stripped = _strip_verb(first)
            head = first[: len(first) - len(stripped)].strip()
            items[0] = stripped
    # a long last item in a list of short ones carries a shared tail ("... og PPT samarbeider om …")
    short = max(len(x.split()) for x in items[:-1])
    last_words = items[-1].split()
    rest_starts = last_words[short].lower() if len(last_words) > short else ""
    if (
        short <= 3
        and len(last_words) > short + 2
        and len(items) >= 3
        and not _PREPOSITIONS.fullmatch(rest_starts)
        # an item of function words only ("hvor det er") would ask nothing
        and not all(w.lower() in _FUNCTION_WORDS for w in last_words[:short])
        and not _indirect_question(items[-1])
    ):
        items[-1] = " ".join(last_words[:short])
        tail = (" ".join(last_words[short:]) + " " + tail).strip()
    items = [_restore(x.strip(" ,"), saved) for x in [*head_items, *items] if x.strip(" ,")]
    return _restore(head, saved).strip(" ,"), items, tail
