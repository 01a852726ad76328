"""Every tolerance of the layout layer in one validated object.

Modelled on pdfplumber's ``TableSettings``: one place to read and change what "close",
"aligned" and "wide" mean, instead of numbers spread through the code. Distances are in PDF
points (1/72 inch); ``*_ratio`` values are fractions of a font size, a line height or a page
dimension, as their names say.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class LayoutSettings(BaseModel):
    """Tolerances for characters → words → lines → columns → blocks and tables."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # --- characters
    char_source: Literal["pdfium", "pdfplumber"] = Field(
        "pdfium", description="where characters come from; pdfplumber is the slower reference path"
    )
    read_form_fields: bool = Field(
        True,
        description="a page with filled PDF form fields (widget annotations with an appearance) is "
        "read as a viewer shows it: the fields' appearances flattened into the page in memory "
        "(layout/forms.py)",
    )
    form_min_widgets: int = Field(1, ge=1, description="... when it has at least this many such widgets")
    form_extra_depth: int = Field(
        1, ge=0, description="levels of form XObjects walked for a flattened page's rules beyond a page's "
        "usual two (pdfium draws the flattened fields inside one form of its own)")
    pages_per_process: int = Field(
        6, ge=1,
        description="a PDF is read in several processes (one per idle core) only with at least "
        "this many pages for each: a process started for fewer costs more than it saves (the "
        "result is the same either way)",
    )
    split_idle_share: float = Field(
        0.5, gt=0, le=1,
        description="a core counts as idle for reading a PDF in several processes when at least this "
        "share of it was idle, on average, since the document's limited child started (other work holding it, a helper "
        "there would only add its cost)",
    )
    duplicate_overlap_ratio: float = Field(
        0.35, ge=0, le=1,
        description="a char drawn again with the same text, shifted less than this fraction of its "
        "width and height, is a fake-bold duplicate and dropped",
    )
    advance_check_slack: float = Field(
        0.02, ge=0,
        description="pdfium path: how far (pt) a character's loose box must reach past its glyph's ink "
        "for its end to be taken as the glyph's advance, which corrects the advance pdfium gives for "
        "the character's Unicode value (looked up through the font's encoding, which a subset font "
        "may map to another glyph)",
    )
    measure_precision: float = Field(
        0.001, ge=0,
        description="two measures (pt) this close are one, on both character paths (pdfium measures in single "
        "precision, pdfminer in double: a measure equal to a limit fell either side of it by the source): a gap "
        "this close to a word-gap limit meets it and parts the words, a letter gap this close to the word "
        "tolerance makes the run letter-spaced, a word's middle this close to a line's band is inside it, a "
        "gap this close to the paragraph-gap limit does not part the paragraphs (uniform leading meets it exactly)",
    )
    origin_slack: float = Field(
        0.01, ge=0,
        description="how far apart (pt) two characters' origins may be and still be one point (a space "
        "pdfium guessed at the origin of the glyph after it; a space and a glyph drawn at one point, "
        "read space first)",
    )
    span_end_reach: float = Field(
        0.15, ge=0,
        description="pdfium path: how far (in font sizes) past its ink the last character of an "
        "/ActualText span may reach to the next glyph's origin (pdfium ends a span's character at its "
        "ink, pdfminer at the glyph's advance)",
    )
    advance_check_tries: int = Field(
        3, ge=0,
        description="pdfium path: how many times a font's character whose ink reaches its loose box's "
        "end (an overhanging or inkless glyph) is looked at again before the advance pdfium gives for "
        "its Unicode value is kept",
    )
    vertical_space_ratio: float = Field(
        0.25, ge=0,
        description="in text set vertically (a rotated column header), a gap along the text wider "
        "than this fraction of the font size between two characters is a word break",
    )
    vertical_break_ratio: float = Field(
        1.0, ge=0,
        description="... and one wider than this fraction, or a baseline shifted across the text by "
        "more than vertical_shift_ratio of the size, ends the label: the next character is another's",
    )
    vertical_shift_ratio: float = Field(0.3, ge=0, description="see vertical_break_ratio")

    # --- struck-through text (layout/strike.py)
    strike_max_thickness: float = Field(2.0, ge=0, description="a horizontal path this thin (pt) may strike text through")
    strike_thickness_ratio: float = Field(
        0.16, ge=0, description="... when it is no thicker than this many of the character's sizes ...")
    strike_low_ratio: float = Field(
        0.15, ge=0, description="... and its middle lies at least this many sizes above the character's bottom "
        "(an underline lies at or under it) ...")
    strike_high_ratio: float = Field(
        0.65, ge=0, description="... and at most this many (a rule over the line is no strike-through)")
    strike_upright_height_ratio: float = Field(
        2.0, ge=0, description="a character box taller than this many sizes is text turned on its side "
        "(a vertical column header), never struck")

    # --- words
    x_tolerance: float = Field(1.5, ge=0, description="gap (pt) below which two chars are one word")
    x_tolerance_ratio: float = Field(
        0.1, ge=0, description="... or below this fraction of the font size, whichever is larger"
    )
    letter_spaced_word_gap_ratio: float = Field(
        0.2, ge=0, description="in letter-spaced type without space characters, a word gap is the letter gap plus this many sizes"
    )
    spaced_word_gap_ratio: float = Field(
        0.5, ge=0, description="in letter-spaced type with space characters, only a gap of the letter gap plus this many sizes also breaks a word"
    )
    small_caps_size_ratio: float = Field(
        0.6, ge=0, le=1, description="small capitals: letters of the same font at this fraction of the size of the capital "
        "before them or more (and smaller than it), on its baseline, go on with its word and read as lower-case "
        "letters (pdfium gives them lower-case from /ActualText, pdfminer as the capitals drawn) ...",
    )
    small_caps_baseline_ratio: float = Field(
        0.15, ge=0, description="... when their bottoms lie within this many of the capital's sizes of its bottom ...",
    )
    small_caps_word_gap_ratio: float = Field(
        0.5, ge=0, description="... and inside such a run only a gap of this many of the capital's sizes parts words "
        "(a browser's synthetic small capitals draw capitals at the lower-case letters' places: their boxes leave gaps)",
    )
    short_run_gap_spread: float = Field(
        0.08, ge=0, description="a run too short for its own letter gap is letter-spaced only when its gaps differ by at most this many sizes ..."
    )
    short_run_tracking_match: float = Field(
        0.35, ge=0, description="... and its gap per size is within this fraction of a letter-spaced run of its font on the page"
    )
    tight_gap_min_pairs: int = Field(
        8, ge=2, description="letter pairs a run with space characters needs before its type is judged tight"
    )
    tight_gap_spread_ratio: float = Field(
        0.02, ge=0, description="a run is tight when 9 in 10 of its letter gaps lie within this many sizes of the usual gap"
    )
    tight_word_gap_ratio: float = Field(
        0.1, ge=0, description="in tight type with space characters, a gap of the letter gap plus this many sizes "
        "is a word gap too (a tab drawn as a small gap, no space character)",
    )
    letter_spacing_min_chars: int = Field(
        4, ge=2, description="chars on a line needed before its own letter spacing is estimated"
    )
    letter_spaced_max_tracking: float = Field(
        1.0, ge=0, description="a run whose usual gap between glyphs is wider than this many sizes is no letter-spaced "
        "word but glyphs set apart ('1   2   3   4', the heads of a matrix's narrow columns): display type is "
        "tracked by a fraction of its size",
    )
    lone_spaced_max_tracking: float = Field(
        0.5, ge=0, description="a line of a few letters alone, no space character, its gaps alike, is one "
        "letter-spaced word when each gap is at most this many sizes ('M å l' on a page of no other spaced type)",
    )

    # --- lines
    y_tolerance: float = Field(2.5, ge=0, description="tops within this distance share a line")
    line_overlap_slack: float = Field(1.0, ge=0, description="a word joins a line when its middle lies within the line's band ± this")
    line_size_jump: float = Field(4.0, ge=0, description="a word this much larger or smaller than the line starts another line")
    line_stack_overlap: float = Field(0.5, ge=0, le=1, description="a word that covers this share of the width of a word already on the line (of the narrower of the two) stands above or below it: another line (a wrapped cell beside a cell centred on the row)")
    superscript_max_chars: int = Field(3, ge=0, description="a word this short set smaller by line_size_jump is a raised mark of the line it stands on, not a line")
    space_gap_ratio: float = Field(0.15, ge=0, description="a gap wider than this fraction of the size is a space in line text")
    space_gap_min: float = Field(1.2, ge=0, description="... or wider than this (pt)")
    segment_gap: float = Field(12.0, ge=0, description="a gap this wide (pt) separates table cells on a line")
    segment_gap_ratio: float = Field(1.6, ge=0, description="... or this many font sizes, whichever is larger")
    toc_page_max_digits: int = Field(
        3, ge=1, description="a number after a dotted leader with more digits than this is no page number (a year)"
    )
    leader_min_dots: int = Field(
        4, ge=2, description="a run of at least this many dots inside a word is a tab's leader between two fields"
    )
    tag_max_words: int = Field(2, ge=0, description="a floating tag beside a paragraph (a cross-reference code) has at most this many words ...")
    tag_max_chars: int = Field(4, ge=0, description="... each at most this many characters, letters and dots only")
    tag_size_delta: float = Field(0.5, ge=0, description="... set at least this many pt larger or smaller than the lines it stands between")
    tail_max_words: int = Field(3, ge=1, description="a field set at the right edge of a line (a date beside a list item) has at most this many words ...")
    tail_size_delta: float = Field(0.5, ge=0, description="... set at least this many pt smaller than the line's text ...")
    tail_gap_ratio: float = Field(1.5, ge=1, description="... after a gap at least this many times the line's widest gap between its other words ...")
    tail_align_slack: float = Field(1.5, ge=0, description="... its right edge within this (pt) of those of such fields on other lines of the region ...")
    tail_min_lines: int = Field(2, ge=2, description="... on at least this many lines of the region (itself included)")

    # --- columns
    gutter_min: float = Field(9.0, ge=0, description="narrowest whitespace gutter between text columns (pt)")
    spaced_gap_ratio: float = Field(
        1.3, ge=1, description="a gutter is a word gap of a letter-spaced line it crosses when no wider than this many "
        "times that line's other word gaps (display type's word gaps may be gutter-wide)",
    )
    card_edge_tolerance: float = Field(
        3.0, ge=0, description="side-by-side cards: their inner left edges agree to this (pt), relative to each card"
    )
    card_width_ratio: float = Field(0.85, ge=0, le=1, description="side-by-side cards: the narrower is at least this share of the wider")
    wrap_word_gap_ratio: float = Field(
        0.25, ge=0, description="a word space, in sizes of the line's type: a line wrapped where the next word would "
        "have needed at least this gap and the word's width more (how wide a short text column can be)",
    )
    card_min_indent: float = Field(30.0, ge=0, description="side-by-side cards: a value column starts at least this far into the card (pt)")
    column_min_width_ratio: float = Field(0.22, ge=0, le=1, description="a column is at least this fraction of the page width")
    column_min_lines: int = Field(3, ge=1, description="a column holds at least this many lines")
    carried_column_slack: float = Field(
        2.0, ge=0, description="a page of fewer than column_min_lines lines whose words each stand within this (pt) "
        "of one of the page before's last two columns, none in its gutter, is the tail of that flow: read column "
        "by column (columns.carried_columns)",
    )
    carried_gutter_reach: float = Field(
        0.5, ge=0, le=0.5, description="a line of a flow's tail in the left column may end this share of the way "
        "into the page before's gutter (the gap between its two columns as their lines show it; a half: up to its "
        "middle, nearer the left column than the right): ragged-right lines may all have ended short of the "
        "column's edge on the page before (columns.carried_columns)",
    )
    carried_right_extra_lines: int = Field(
        1, ge=0, description="a flow's tail (columns.carried_flow) may have this many lines more in its right column "
        "than in its left when the left holds two lines or more: columns balanced under widow and orphan control "
        "(two lines each) keep a paragraph of three lines whole, in the right column beside the item before's "
        "two-line tail",
    )
    carried_tail_min_lines: int = Field(
        2, ge=1, description="the left column of a flow's tail holds at least this many lines for its right column "
        "to run longer (carried_right_extra_lines): widow control carries two lines of a paragraph at least",
    )
    carried_furniture_rows: int = Field(
        1, ge=0, description="rows across the page before's gutter at the top or foot of a flow's tail, set too "
        "close to be a region of their own (a running head or foot), peeled off before it is read column by "
        "column (columns.carried_flow)",
    )
    column_mark_min_height_ratio: float = Field(
        0.5, ge=0, le=1,
        description="a side holding only tables or frames beside a text column is a column of its own when at "
        "least this share of the tallest text side's height (a table carried on at the next column's head)",
    )
    row_match_trim_max_lines: int = Field(
        2, ge=0,
        description="matching two sides' paragraph breaks, at most this many lines at the top or foot of one side "
        "standing wholly above or below the other are left out (a running header or footer over one side only); "
        "more are that side's text running on",
    )
    column_numbered_lines: int = Field(
        2, ge=1,
        description="sides whose numbered items (at least this many a side) run in order down each side and on "
        "down the next, but not across the rows, are text columns, however level their paragraph breaks",
    )
    margin_note_max_lines: int = Field(
        2, ge=0, description="a margin strip nearer the text than the outermost (a note beside the columns) holds at most this many lines"
    )
    column_fill_ratio: float = Field(
        0.55, ge=0, le=1, description="median line width / column width of a text column (prose fills it)"
    )
    row_break_match: float = Field(
        0.5, ge=0, le=1,
        description="when this share of the paragraph breaks of two sides fall at the same height, "
        "the sides are the columns of a table, not text columns",
    )
    break_step_ratio: float = Field(
        1.25, ge=1, description="a step this many leadings from the line above starts a paragraph or table row "
        "(table rows with little padding step about 1.3 leadings)",
    )
    shared_leading_min_ratio: float = Field(
        0.95, ge=0,
        description="two sides in one type share the narrower side's leading only when it is at least this many "
        "font sizes (lines set closer would overlap): one odd narrow step (an icon's caption, a superscript) is no "
        "leading, and at it every line of two columns of running text would be a break and the page a table",
    )
    row_break_crossed: float = Field(
        0.2, ge=0, le=1,
        description="... unless this share of the breaks of both sides fall beside the middle of a line of the "
        "other side (a table row starts below every cell of the row above; text columns do not)",
    )
    row_break_run_on: int = Field(
        1, ge=1, description="... nor when this many breaks of one side stand level with a line of the other side "
        "that goes on from the line above (a table row starts at the same top in every cell)",
    )
    shared_leading_tolerance: float = Field(
        0.5, ge=0, description="two sides whose own leadings (the narrowest step between lines of each) agree "
        "within this many points share that leading: a line standing one row's step below another starts a row",
    )
    leading_max_ratio: float = Field(
        1.9, ge=0, description="a step between lines wider than this many font sizes is no leading: when neither "
        "of two sides has a narrower one, none of their lines wraps and each starts a cell or paragraph",
    )
    leading_quantile: float = Field(
        0.2, ge=0, le=1, description="the leading of two sides is this quantile of their steps between lines at "
        "least most of a line high (the narrowest may be a line set a fraction off the rows)",
    )
    run_on_min_ratio: float = Field(
        0.85, ge=0, le=1, description="a line goes on from the line above when it stands at least this many "
        "leadings below it (and not a paragraph break below)",
    )
    column_min_wrapped: int = Field(
        2, ge=1, description="a column whose lines are mostly short (headings, list items) is still a text column "
        "when at least this many of its lines wrap onto a next line and those fill it",
    )
    column_goes_on_edge: float = Field(
        3.0, ge=0, description="a band too short to be text columns on its own goes on with the text columns of "
        "the band above when each of its sides starts within this many points of that column's left edge",
    )
    column_peel_max_lines: int = Field(
        8, ge=0, description="at most this many lines across the top of a page (title, byline, vision) are set "
        "apart from text columns that run from under them to the page's end",
    )
    row_break_min: int = Field(3, ge=1, description="... and at least this many of them (two columns of one design may share two)")
    row_break_extra: int = Field(
        1, ge=0, description="... the first row counting as one when every break of the side with fewer has its "
        "partner and the other breaks at most this many times more (a cell left empty: the rest of a cut row)",
    )
    header_refine_lines: int = Field(12, ge=0, description="lines under a table header looked at to split a header cell")
    header_refine_gap_ratio: float = Field(
        0.8, ge=0, description="a gap this many sizes wide between two header words may be a column edge ..."
    )
    header_refine_rows: int = Field(3, ge=1, description="... when this many lines below start a word there after such a gap")
    header_refine_gap_sure_ratio: float = Field(
        0.5, ge=0, description="... or a gap this many sizes wide (wider than a word space) when that many lines "
        "start a word there after such a gap and no word of the lines below runs across that x",
    )
    header_refine_rows_uncrossed: int = Field(
        1, ge=1, description="... or this many when no word of those lines runs across that x",
    )
    header_refine_slack: float = Field(2.0, ge=0, description="... within this many points")
    table_side_aligned: float = Field(
        0.8, ge=0, le=1,
        description="when this share of the lines of the shorter side (where both sides run) have a line "
        "at the same height on the other side ...",
    )
    table_side_min_starts: int = Field(
        2, ge=1, description="... or, when cells wrap, at least this many first lines of cells (fewer than "
        "column_min_lines) stand level with the other side's lines",
    )
    table_side_cells: float = Field(
        0.5, ge=0, le=1,
        description="... and this share of one side's lines hold wide-gapped cells (not a list marker and "
        "its text), the sides are the columns of a table, not text columns",
    )
    marker_hang_ratio: float = Field(
        2.5, ge=0, description="a list marker ending a left column's line stands at most this many type sizes left of "
        "the next column's edge to hang into the gutter as that column's item marker",
    )
    marker_max_chars: int = Field(4, ge=1, description="a strip of words this short left of a column is its list markers")
    tile_min_count: int = Field(2, ge=2, description="a row of tiles has at least this many tiles headed by a badge")
    tile_max_lines: int = Field(4, ge=1, description="... each with at most this many lines of text under its badge (and no other part longer)")
    tile_badge_max_chars: int = Field(4, ge=1, description="a tile's badge is one word this short holding a digit ('1', '02', '1st')")
    tile_badge_size_ratio: float = Field(1.8, ge=1, description="... set at least this many times the size of the tile's text")
    band_gap_ratio: float = Field(1.2, ge=0, description="a horizontal whitespace band this many line heights tall separates regions")
    band_gap_precision: float = Field(
        0.0002, ge=0,
        description="a whitespace band this close (pt) to band_gap_ratio line heights meets it, on both character "
        "paths (lines set at a pitch that leaves exactly the limit: pdfium's single-precision boxes gave 12.0, "
        "pdfminer's 11.99999999999994). Tighter than measure_precision: a band a thousandth of a point short "
        "is drawn so, and a footnote's number set that close under the text stays with it",
    )

    # --- side boxes (a drawn panel of display text that the running text wraps around)
    side_box_min_size: float = Field(20.0, ge=0, description="a drawn rectangle at least this wide and tall (pt) may be a side box ...")
    side_box_max_width_ratio: float = Field(0.6, ge=0, le=1, description="... when at most this fraction of the page wide ...")
    side_box_min_lines: int = Field(3, ge=1, description="... and this many lines of text stand beside it")
    side_box_wrap_ratio: float = Field(2.5, ge=0, description="... and a line within this many line heights above or below it runs across it and on under that text")
    side_box_paragraph_ratio: float = Field(2.0, ge=0, description="... going on over a paragraph's spacing up to this many of the text's line steps (a box floated at the start of a paragraph: the line above it ends the paragraph before)")
    side_box_slack: float = Field(1.5, ge=0, description="a word within this (pt) of a box's edge is inside it; the same box drawn twice differs by less")
    side_panel_max_width_ratio: float = Field(0.35, ge=0, le=1, description="a drawn rectangle at most this fraction of the page wide, holding a short text, beside a column of running text that does not wrap around it, is a side panel (a sidebar cell with the heading of the text beside it) ...")
    side_panel_max_lines: int = Field(8, ge=1, description="... when it holds at most this many lines ...")
    side_panel_level_ratio: float = Field(1.5, ge=0, description="... the first of them level with the first line beside it (within this many line heights) ...")
    side_panel_gap_ratio: float = Field(2.5, ge=0, description="... and no gap between them wider than this many line heights (one short text, not a column of several)")
    figure_panel_max_lines: int = Field(14, ge=1, description="a drawn rectangle holding the text of one panel (a story map's slide: a label, a heading and a paragraph, at most this many lines, no word cut by its edge) beside a drawing whose only words are its labels ...")
    figure_label_max_chars: int = Field(3, ge=1, description="... bare numbers of at most this many digits (the pins of a map, the points of a chart), on lines of nothing else ...")
    figure_label_min_count: int = Field(3, ge=1, description="... at least this many of them at the panel's heights, beside it on one side ...")
    figure_caption_max_lines: int = Field(1, ge=0, description="... with at most this many other lines there (the figure's caption): the panel is a region of its own, its lines read together and not row by row with the labels")

    # --- cards with chips, and numbers drawn in shapes (plancheck/layout/cards.py)
    chip_max_words: int = Field(8, ge=1, description="a chip (a small box around a few words: a card's lead team, its date) holds at most this many words ...")
    chip_max_height_ratio: float = Field(2.5, ge=1, description="... on one line, and is at most this many times as tall as they are")
    card_min_words: int = Field(3, ge=1, description="a card (a box holding chips) holds at least this many words outside its chips: the item's own text")
    boxed_item_min_points: int = Field(12, ge=4, description="a closed curve of at least this many points (a box with rounded corners) holding at least card_min_words words, cutting through none, inside a ruled table and touching none of its outer sides, is an item drawn in a cell (a box in a swimlane roadmap's lane): its sides are no rules of the table (plancheck/layout/tables.py boxed_items)")
    rounded_box_min_corners: int = Field(4, ge=1, description="... or a closed path of at least this many Bézier segments (its rounded corners: tables.rounded_box)")
    card_max_shapes: int = Field(300, ge=0, description="a page that draws more paths than this is a drawing (a map, a chart): no cards or badges are looked for")
    shape_number_max_ratio: float = Field(3.0, ge=1, description="a number alone in a nearly square shape at most this many times as tall as the number is an outline number drawn as a badge")

    # --- callouts round a figure: numbered discs with text beside them (plancheck/layout/callouts.py)
    callout_min_count: int = Field(3, ge=2, description="at least this many numbered discs, each with text beside it, set on both sides of a drawn figure are callouts, each read as a region of its own")
    callout_figure_min_size: float = Field(60.0, ge=0, description="... the figure a shape at least this wide and tall (pt)")
    callout_line_gap_ratio: float = Field(1.0, ge=0, description="... a callout's lines follow each other within this many line heights")
    callout_word_gap_ratio: float = Field(1.5, ge=0, description="... and a line's words within this many font sizes (a wider gap is the figure's)")

    # --- diagrams of boxes joined by arrows: a logic model (plancheck/layout/flowboxes.py)
    flow_box_max_width_ratio: float = Field(0.8, ge=0, le=1, description="a box of a diagram is at most this fraction of the page wide (a wider one is a panel around it)")
    flow_arrow_gap_ratio: float = Field(4.0, ge=0, description="an arrow glyph joins the boxes within this many of its font sizes on its left and right")
    flow_column_slack: float = Field(8.0, ge=0, description="boxes whose left edges lie within this (pt) stand in one column; a column label may stand this far outside the diagram")
    flow_header_gap_ratio: float = Field(3.0, ge=0, description="the column labels stand on the line at most this many of their sizes above a diagram's top box")
    flow_label_gap_ratio: float = Field(1.5, ge=0, description="two words on the label line this many sizes apart are two columns' labels")
    flow_size_step: float = Field(0.5, ge=0, description="a box's line set in a size differing by more than this (pt) from the line before starts a line of its own in the cell")
    # --- review annotations printed beside the page (plancheck/layout/annotations.py)
    annotation_marker_min: float = Field(4.0, ge=0, description="an annotation's marker is a drawn shape at least this (pt) wide and high ...")
    annotation_marker_max: float = Field(14.0, ge=0, description="... and at most this, holding only its number's digits")
    annotation_end_slack: float = Field(2.0, ge=0, description="a connector's end within this (pt) of a marker or a box is joined to it")
    annotation_min_links: int = Field(2, ge=1, description="a page's annotations are taken out when at least this many markers are joined to a box")
    # --- a diagram drawn as a metro map (plancheck/layout/metromaps.py)
    metro_track_min_width: float = Field(3.5, ge=0, description="a metro map's line (a track) is an open stroked path drawn at least this thick (pt)")
    metro_track_min_length: float = Field(150.0, ge=0, description="... and at least this long (pt, along its segments)")
    metro_min_tracks: int = Field(2, ge=1, description="a metro map has at least this many tracks of different colours, each with a terminus")
    metro_min_stations: int = Field(2, ge=1, description="... each track with at least this many stations")
    metro_station_max_size: float = Field(30.0, ge=0, description="a station is a filled closed path at most this wide and tall (pt), centred on a track")
    metro_track_reach: float = Field(6.0, ge=0, description="a station's centre lies within this (pt) beyond half the track's width of the track; a terminus box touches the track's end within it")
    metro_word_gap_ratio: float = Field(0.8, ge=0, description="two words of a station's label on one line stand at most this many of their sizes apart")
    metro_line_gap_ratio: float = Field(0.9, ge=0, description="a label's next line starts at most this many of its sizes under the line before")
    metro_label_centre_slack: float = Field(6.0, ge=0, description="the lines of one label are centred within this (pt) of each other")
    metro_label_reach_x: float = Field(70.0, ge=0, description="a word of a station's label has its centre within this (pt) across of the station's centre")
    metro_label_reach_y: float = Field(50.0, ge=0, description="... and stands within this (pt) above or below the station")
    connector_max_points: int = Field(6, ge=2, description="a connector between the boxes of a diagram is an open stroked path of straight segments with at most this many points (a straight line, an elbow)")
    connector_reach: float = Field(9.0, ge=0, description="a connector's end within this (pt) of a box's border (outside it, or inside by no more) joins that box: an arrowhead drawn apart may stand between")
    connector_min_approach: float = Field(0.1, ge=0, le=1, description="a connector's last segment heads into the box it ends on: it moves toward the box across the side it reaches by at least this part of its length (a rule drawn along a box's side, a table's edge near a legend below it, does not)")
    connector_join_slack: float = Field(1.5, ge=0, description="a connector's end touching no box joins another connector passing within this (pt): a bus (trunk, bar, drops) is one connector")
    connector_box_min_size: float = Field(8.0, ge=0, description="a box of a diagram joined by connectors is at least this (pt) wide and tall (an arrowhead, a line's own bounds are none)")
    connector_max_rows: int = Field(400, ge=1, description="a diagram of connected boxes is read as at most this many paths from a root to a leaf (rows)")
    # --- a year wheel drawn as a ring of segments (plancheck/layout/wheels.py)
    ring_min_segments: int = Field(8, ge=3, description="a drawn ring has at least this many segments (shapes whose boxes partly overlap their neighbours')")
    ring_segment_min_size: float = Field(12.0, ge=0, description="a ring's segment is a shape at least this (pt) wide and tall")
    ring_max_size: float = Field(400.0, ge=0, description="... and at most this (pt)")
    ring_overlap_min: float = Field(0.05, ge=0, le=1, description="two segments of a ring overlap by at least this share of the smaller one's box")
    ring_overlap_max: float = Field(0.9, ge=0, le=1, description="... and less than this share (one box drawn over another is no neighbour)")
    ring_square_slack: float = Field(0.1, ge=0, description="a ring's segments together make a square: width and height within this share of each other")
    ring_edge_slack: float = Field(0.08, ge=0, description="each segment of a ring reaches its outer circle within this share of the radius")
    ring_min_width: float = Field(0.12, ge=0, le=1, description="a ring's segments come in from its outer circle by at least this share of its radius")
    ring_leader_reach: float = Field(8.0, ge=0, description="a leader line's end within this (pt) of a ring's outer circle joins the ring, its other end within this of a block of words joins that block")
    ring_word_gap_ratio: float = Field(0.8, ge=0, description="two words of one line of a ring's label stand at most this many of their sizes apart")
    ring_line_gap_ratio: float = Field(0.9, ge=0, description="a ring's entry's next line starts at most this many of its sizes under the line before")
    ring_min_entries: int = Field(3, ge=1, description="a ring is read as a year wheel when at least this many entries are joined to it by leader lines")
    tag_max_height: float = Field(30.0, ge=0, description="a tag in a table cell (a multi-select property's pill) is a filled rounded shape at most this (pt) tall: two lines of small type")
    flow_symbol_max_segments: int = Field(24, ge=4, description="a flowchart's symbol (a diamond, a rounded box or oval) is one closed path of at most this many segments")
    flow_symbol_reach: float = Field(4.0, ge=0, description="a box of a diagram is a flowchart symbol drawn when their sides stand within this (pt): the box takes in the stroke, further at a diamond's pointed corners")
    flow_label_reach: float = Field(8.0, ge=0, description="a short word outside a flowchart's boxes within this (pt) of one of its connectors labels it ('Yes', 'No' beside the lines leaving a decision)")
    flow_label_max_chars: int = Field(5, ge=1, description="... and has at most this many characters")
    flow_symbol_slack: float = Field(0.1, ge=0, le=0.5, description="a diamond's corners stand at the middles of its box's sides within this part of its smaller side")

    # --- tiles: boxes side by side in a grid, each a text of its own (plancheck/layout/tiles.py)
    tile_min_lines: int = Field(2, ge=1, description="a tile (a box of a grid row) holds text on at least this many lines ...")
    tile_level_slack: float = Field(2.0, ge=0, description="... its top and bottom level with those of a box beside it within this (pt) ...")
    tile_min_gap: float = Field(3.0, ge=0, description="... standing at least this far (pt) from it: the cells of a table touch ...")
    tile_max_gap_ratio: float = Field(0.08, ge=0, le=1, description="... and at most this fraction of the page wide (a gutter, not two boxes across the page)")
    tile_cell_slack: float = Field(3.0, ge=0, description="a table cell whose edges lie within this (pt) of a drawn box's is that box: a row of boxes (cards with rounded corners, drawn as curves) with an empty gutter column between them is tiles, not a table (tiles.tile_row_pieces)")
    tile_size_slack: float = Field(2.0, ge=0, description="tiles set at staggered heights (frames around a drawing) are boxes of one size: widths and heights equal within this (pt) ...")
    tile_stagger_overlap: float = Field(0.5, ge=0, le=1, description="... each beside another of them, their heights overlapping by at least this fraction of a box's height")
    tile_ring_min_count: int = Field(4, ge=3, description="boxes of one size set around a drawing (a goal wheel: frames above, below, left and right of a drawn circle, the middle of them inside a drawn shape and inside none of them) are tiles when at least this many")
    tile_cell_corner_inset: float = Field(3.0, ge=0, description="a table cell lying inside a drawn box, its left and right within tile_cell_slack of the box's, may stand up to this much (pt) further in at its top and bottom and still be that box: a card's rounded corners end its straight sides short of its top and bottom edges, where pdfplumber may end the cell (tiles.tile_row_pieces)")
    panel_grid_min_cells: int = Field(4, ge=2, description="a ruled grid whose every cell holding text is a labelled panel (tiles.panel_grid_boxes: a canvas of boxes) is read box by box when it has at least this many such cells ...")
    panel_min_lines: int = Field(3, ge=2, description="... each holding text on at least this many lines (its label's included) ...")
    panel_label_max_words: int = Field(4, ge=1, description="... and opening with a label line of at most this many words, bold, every letter a capital ('FORMÅL', 'KEY PARTNERS')")
    note_max_area_ratio: float = Field(
        0.5, ge=0, le=1, description="sticky notes (layout/stickynotes.py): a note holding words stuck over the edge "
        "of another is at most this fraction of its area ...")
    note_min_area_ratio: float = Field(
        0.08, ge=0, le=1, description="... and at least this fraction (a label much smaller than the box it is set on, "
        "a chart's value on its bar, is no note) ...")
    note_max_side_ratio: float = Field(
        0.8, ge=0, le=1, description="... each of its sides at most this fraction of the larger note's (a band across "
        "a panel's top is none) ...")
    note_min_overlap: float = Field(
        0.15, ge=0, le=1, description="... overlaps it by at least this fraction of its own area, not lying inside "
        "it, and belongs to it: read after its text, as a region of its own")
    note_shadow_max_offset: float = Field(
        5.0, ge=0, description="... a box of a note's size set off by at most this (pt) across and down is its shadow")
    note_stack_max_gap: float = Field(
        40.0, ge=0, description="... notes and groups of them, their left edges level, each at most this far (pt) "
        "under the one above, are a column of the board, read before the column beside it")
    poster_stack_slack: float = Field(
        2.0, ge=0, description="poster columns (layout/posters.py): boxes with the same left and right edges within this "
        "(pt), one starting within this of the bottom of the one above, are one column (a title bar over tinted boxes)")
    poster_card_gap: float = Field(
        12.0, ge=0, description="an infographic's columns (posters.headed_columns): cards of one width one under the "
        "other with at most this (pt) between them are one column's stack")
    poster_head_gap_ratio: float = Field(
        2.5, ge=0, description="... and the unboxed text over a stack is its head while each line stands at most this "
        "many of its letters' heights above the line under it")
    poster_min_columns: int = Field(
        2, ge=2, description="... and this many such columns of one width, tops level and a gutter apart (the tile "
        "settings), are read each as a tile however tall its text makes it")

    # --- side headings: labels in a margin zone beside the text (plancheck/layout/margins.py)
    margin_label_max_words: int = Field(6, ge=1, description="a side heading (a label in the margin zone left of the body indent) has at most this many words ...")
    margin_label_size_delta: float = Field(0.5, ge=0, description="... and is bold, or set at least this much (pt) smaller than the text beside it")
    margin_indent_tolerance: float = Field(3.0, ge=0, description="lines starting within this (pt) of each other start at one indent (the page's left edge, the body indent)")
    margin_label_min_count: int = Field(2, ge=1, description="a margin zone holds at least this many side headings in the document ...")
    margin_body_ratio: float = Field(
        2.0, ge=0, description="... and at least this many times as many lines start at the body indent with no label beside "
        "them (a two-column table has a cell in every row: no margin zone)",
    )
    margin_plain_left_ratio: float = Field(
        0.2, ge=0, description="... and at most this fraction as many lines of plain text (not bold, not larger) start at the "
        "left edge: in a side-heading layout only headings do",
    )
    margin_inset_ratio: float = Field(
        1.0, ge=0, description="... and no zone where at least this many times as many lines of a set-apart label and "
        "text beside it, the text at the same indent, start right of the left edge (a definition list on pages with "
        "text left of it: only its page with nothing else reads like a margin zone)",
    )
    # --- margin notes: small notes in a column left of the text (plancheck/layout/marginnotes.py)
    margin_note_size_delta: float = Field(1.0, ge=0, description="a margin note is set at least this much (pt) smaller than the body text, and not bold")
    margin_note_min: int = Field(3, ge=1, description="a document has margin notes when at least this many stand beside text")
    margin_note_hang: float = Field(
        36.0, ge=0, description="the text beside a note starts at the body indent or up to this (pt) right of it (a numbered paragraph's hanging text)"
    )
    margin_note_share: float = Field(0.8, ge=0, le=1, description="... in at least this share of the notes")
    margin_note_gap_ratio: float = Field(
        1.0, ge=0, description="a note's next line, and a paragraph's next line, stands at most this many line heights under the one before"
    )
    margin_hang_max: float = Field(
        20.0, ge=0, description="lines starting up to this (pt) right of the body indent are body lines too (a list's "
        "hanging indent: the wrapped lines of a dashed item under its text)",
    )
    margin_zone_min_ratio: float = Field(0.12, ge=0, le=1, description="the body indent of a margin zone is at least this fraction of the text width right of the left edge")
    margin_label_wrap_ratio: float = Field(1.0, ge=0, description="a short line in the margin zone within this many line heights under a side heading goes on with it")

    # --- fields marked by icons (plancheck/layout/icons.py)
    icon_max_size: float = Field(16.0, ge=0, description="an icon (a small drawing before a field: a person, a calendar) is at most this wide and tall (pt), its paths joined")
    icon_join_slack: float = Field(1.5, ge=0, description="paths within this (pt) of each other are parts of one icon")
    icon_min_ratio: float = Field(0.6, ge=0, description="an icon is at least this fraction of the height of the words it marks (a bullet is smaller)")
    icon_min_repeat: int = Field(3, ge=1, description="icons that mark fields stand at one x on at least this many rows of a page")
    icon_row_gap_ratio: float = Field(1.0, ge=0, description="fields (and lines of a row's text) closer than this many line heights are one row's")
    icon_row_in_panel: bool = Field(
        True, description="a row's own text stands in the innermost drawn panel holding its fields, when one does: "
        "a chart's legend (a coloured square before each label, three rows at one x) inside a dashboard's visual has "
        "the words of the visuals beside it on its lines, which are no text of its rows (icons.row_text)",
    )

    # --- two printed pages on one PDF page (a spread)
    spread_min_aspect: float = Field(
        1.35, ge=1, description="a page at least this many times as wide as tall may be a spread "
        "(wider than a landscape letter or A4 page: two portrait pages side by side)",
    )
    spread_fold_margin: float = Field(
        24.0, ge=0, description="... when no word comes within this distance (pt) of the middle on either side "
        "(the inner margins of the two pages meet at the fold)",
    )
    spread_min_lines: int = Field(2, ge=1, description="... and each half holds at least this many lines")

    # --- bullets drawn as shapes (browsers print list discs as paths)
    mark_min_size: float = Field(1.0, ge=0, description="a drawn bullet is at least this wide and tall (pt)")
    mark_max_size: float = Field(8.0, ge=0, description="... and at most this")
    mark_min_aspect: float = Field(0.6, ge=0, le=1, description="... and this square (short side / long side)")
    mark_gap_ratio: float = Field(2.5, ge=0, description="... within this many font sizes left of the word it marks")
    mark_min_height_ratio: float = Field(
        0.25, ge=0, le=1,
        description="... and at least this share of the word's height tall: a speck beside display type (a part of an icon) is no bullet",
    )

    # --- running headers, footers, tables of contents
    furniture_band_ratio: float = Field(0.09, ge=0, le=0.5, description="top and bottom band of the page (fraction of height) for headers/footers")
    section_head_gap_ratio: float = Field(
        1.5, ge=0, description="a running head naming its page's section stands apart from the text under it: at "
        "least this many of its line heights above the next line",
    )
    header_number_gap_ratio: float = Field(
        3.0, ge=0, description="a page number at the end of a header line stands at least this many line heights "
        "apart from the text before it",
    )
    furniture_repeat_ratio: float = Field(0.3, ge=0, le=1, description="text repeated on this share of pages is a running header/footer")
    title_header_min_words: int = Field(
        3, ge=1,
        description="a line of at least this many words at the top of the first page, set smaller than the body, whose "
        "words all come again in the bold or larger lines under it (the plan's name), is that page's running header",
    )
    furniture_field_min_words: int = Field(
        4, ge=1, description="a header/footer line opening or closing with this many words as lines at its height on "
        "other pages (layout/fieldheads.py: a sheet's or chapter's name in the running head) ...")
    furniture_field_share: float = Field(
        0.6, ge=0, le=1, description="... those words at least this share of each line's words, is a running header/footer")
    furniture_field_size_slack: float = Field(
        1.0, ge=0, description="pt: ... set no larger than the running text, or (not bold) larger by at most this much: "
        "a dashboard's head line over visuals in small type (layout/fieldheads.py)")
    toc_entry_max_chars: int = Field(140, ge=1)
    furniture_place_tolerance: float = Field(
        2.0, ge=0, description="pt: a line repeated on other pages stands at the same place when its left edge and top are this close"
    )
    footer_size_tolerance: float = Field(
        0.3, ge=0, description="pt: a browser's table footer repeated under the last page's text (furniture.mark_last_page_footers) "
        "is set in the size of the footer on the pages before, to this much")
    slide_footer_per_page: int = Field(
        2, ge=2, description="a numbered line repeated this many times on one page (its number aside) and again on another "
        "page, at one left edge, is the footer of slides printed several to a page: furniture")
    stamp_size_ratio: float = Field(
        2.5, ge=1,
        description="text at least this many times the body size that repeats at the same place on other "
        "pages, or stands over other text, is a stamp ('DRAFT' across the page): furniture",
    )
    stamp_min_letters: int = Field(3, ge=1, description="... a stamp holds at least this many letters (a big figure is none)")
    stamp_repeat_ratio: float = Field(0.5, ge=0, le=1, description="... on at least this share of the pages (two at least)")
    stamp_position_ratio: float = Field(
        0.05, ge=0, le=1, description="... at the same place: its top within this fraction of the page height"
    )
    line_number_min_count: int = Field(
        4, ge=2,
        description="bare numbers in the left margin counting up by a constant step down the page, at "
        "least this many in a run, are line numbers (furniture; layout/linenumbers.py)",
    )
    line_number_max_digits: int = Field(4, ge=1, description="... each of at most this many digits")
    line_number_gap_ratio: float = Field(
        1.0, ge=0, description="... each set apart from the text after it by at least this fraction of its size"
    )
    line_number_align_tol: float = Field(
        1.5, ge=0, description="... their right (or left) edges within this distance (pt) of each other"
    )
    line_number_baseline_ratio: float = Field(
        0.3, ge=0,
        description="a line number stands on the line whose bottom is within this fraction of its size of its own",
    )
    footnote_zone_ratio: float = Field(
        0.5, ge=0, le=1, description="footnotes stand below this fraction of the page height"
    )
    footnote_marker_ratio: float = Field(
        0.8, ge=0, le=1, description="a footnote marker is set at most this fraction of its line's size"
    )
    footnote_raise_ratio: float = Field(
        0.2, ge=0, description="... and raised: its bottom this many line sizes above the line's bottom"
    )
    note_ref_max_digits: int = Field(
        2, ge=1, description="a number of at most this many digits, small and raised right after a word, is a note reference"
    )
    note_ref_gap_ratio: float = Field(
        0.25, ge=0, description="... set closer to the word than this fraction of the line's size (no space between)"
    )
    footnote_continuation_size: float = Field(
        0.6, ge=0, description="lines below a footnote within this size (pt) of it go on with the footnotes"
    )

    # --- tables
    rule_max_thickness: float = Field(3.0, ge=0, description="a path this thin (pt) is a ruling line")
    ruled_min_cols: int = Field(2, ge=1)
    grid_foot_gap: float = Field(24.0, ge=0, description="a ruled box of one row under a grid of headed boxes, its top at most this (pt) below the grid's foot, is the grid's last row (tables.grid_foot_rows)")
    grid_foot_edge_slack: float = Field(3.0, ge=0, description="the sides and inner rules of such a box lie within this (pt) of the grid's sides and column rules")
    grid_foot_head_words: int = Field(4, ge=1, description="a headed box's head over its bulleted items ('All year') is at most this many words")
    grid_foot_head_share: float = Field(0.5, ge=0, le=1, description="of the grid's filled boxes at least this share is headed over bulleted items")
    grid_margin: float = Field(
        0.01,
        ge=0,
        description="how far (pt) pdfplumber's table tolerances are widened when pypdfium2's paths decide "
        "whether a page may hold a ruled table (pdfium's points are single precision)",
    )
    cell_slack: float = Field(1.0, ge=0, description="a word belongs to a cell when its middle is within the cell ± this")
    cell_fill_ratio: float = Field(0.8, ge=0, le=1, description="a cell line this full is broken by the cell edge, not by the writer")
    cell_padding: float = Field(6.0, ge=0)
    cell_background_cover: float = Field(
        0.8, ge=0, le=1, description="a filled rectangle covering this share of a cell's area is the cell's background"
    )
    page_background_cover: float = Field(
        0.9, ge=0, le=1, description="a filled rectangle covering this share of the page is the page's background, "
        "no cell's own"
    )
    background_frame_dropped: bool = Field(
        True, description="a ruled 'text frame' covering page_background_cover of the page (a web page or dashboard "
        "printed with its background and bands drawn edge to edge) is the page's background, not a frame: its words "
        "stay in the page's flow, where side boxes, tiles and a header's unruled body are looked for "
        "(layout/document.py page_frames)",
    )
    cell_break_room_ratio: float = Field(
        1.1, ge=0, description="a one-word cell line with less room than this many sizes left before the padding, "
        "whose next line's first word would not have fitted, was broken mid-word by the cell edge",
    )
    cell_letter_slack: float = Field(
        0.25, ge=0, description="a cell line ending with room for the next line's first letter and this many sizes "
        "more (the right padding is only estimated) was broken at a space, not inside a word",
    )
    orphan_head_lines: int = Field(
        5, ge=1, description="a table head of column words among a page's last this many body lines, with no rows "
        "under it there, heads the rows at the top of the next page (the head, a goal wrapped over two lines and "
        "a strategy or two under it: the group rows over the first measure)"
    )
    cell_split_slack: float = Field(
        0.0, ge=0, description="a cell line's last word and the next line's first word, together this much wider "
        "than the cell's text width, are one word split by the cell edge",
    )
    cell_widest_slack: float = Field(
        0.0, ge=0, description="a cell line's last word and the next line's first word, together this much wider "
        "than the cell's widest line (but not than its estimated text width), may be one word split by the "
        "cell edge: the words then tell",
    )
    implied_rule_tolerance: float = Field(
        1.0, ge=0, description="column rules starting or ending within this of one level meet a row boundary there",
    )
    implied_rule_min_ends: int = Field(
        3, ge=2, description="a row rule is implied where at least this many column rules of one table start or end "
        "at one level without a horizontal rule drawn there",
    )
    cell_start_tolerance: float = Field(
        1.0, ge=0, description="a word starting within this of a column's start begins a cell there, however close "
        "the word before it stands",
    )
    cell_start_min_gap_ratio: float = Field(
        0.35, ge=0, description="... when it stands more than this many sizes after the word before (wider than a "
        "word space)",
    )
    table_col_slack: float = Field(6.0, ge=0, description="a word starting this much left of a column edge is still in it")
    table_row_gap_ratio: float = Field(2.2, ge=0, description="a vertical gap of this many line heights ends a table")
    table_repeat_gap_ratio: float = Field(
        4.5, ge=0, description="... or this many under the table's header repeated on the page it goes on to"
    )
    table_left_slack: float = Field(15.0, ge=0)
    table_size_jump: float = Field(1.5, ge=0)
    row_padding_ratio: float = Field(
        0.1, ge=0, description="unruled tables: a gap this many line heights wider than the text's leading separates rows "
        "(Chromium pads a cell by 1 px: rows 1.5 pt apart at 10-11 pt text, 0.14 of a line)"
    )
    record_gap_ratio: float = Field(
        2.0, ge=1, description="unruled tables in small type (a scan's text layer): gaps this many times the narrowest part records"
    )
    record_gap_slack: float = Field(
        1.0, ge=0, description="... the narrow gaps (a record's wrapped lines) differ by at most this many points"
    )
    cell_leading_max_ratio: float = Field(
        0.45, ge=0, description="... when the leading (the smallest gap between lines of a column) is below this many line heights"
    )
    table_min_rows: int = Field(2, ge=1, description="rows (besides the header) an alignment-only table needs")
    grid_head_min_cols: int = Field(
        3, ge=2, description="a ruled piece of one row of this many short column headings or more may head an "
        "unruled body (a CSS grid whose header cells alone are shaded boxes)",
    )
    parallel_rule_slack: float = Field(
        1.5, ge=0, description="parallel texts (layout/parallel.py): vertical rules this close in x are one divider")
    parallel_min_height: float = Field(
        100.0, ge=0, description="... which runs at least this tall (pt) down the page to divide two columns")
    parallel_row_gap_ratio: float = Field(
        0.8, ge=0, description="... whose rows part where neither side has text over this many text heights")
    parallel_min_rows: int = Field(3, ge=1, description="... a parallel text holds text on both sides in this many rows")
    parallel_length_ratio: float = Field(
        2.0, ge=1, description="... of lengths within this factor of each other (a translation is about as long)")
    parallel_row_share: float = Field(
        0.8, ge=0, le=1, description="... in this share of the rows, and the same numbers in this share of those with numbers")
    pull_quote_size_delta: float = Field(
        2.0, ge=0, description="pull quotes (layout/pullquotes.py): lines all in italics this much larger (pt) than the body ...")
    pull_quote_line_gap_ratio: float = Field(
        0.8, ge=0, description="... one under the other at most this many line heights apart ...")
    pull_quote_min_words: int = Field(
        6, ge=1, description="... of at least this many words, standing word for word in the running text nearby")
    boxed_row_max_gap: float = Field(
        5.0, ge=0, description="one-row ruled tables stacked at most this far apart (pt) with the same "
        "column edges are the rows of one table drawn box by box, a form's (layout/boxedrows.py)")
    boxed_row_edge_slack: float = Field(2.0, ge=0, description="... their column edges agreeing within this (pt)")
    boxed_min_rows: int = Field(2, ge=2, description="... at least this many of them")
    boxed_head_reach: float = Field(
        24.0, ge=0, description="... a single line of text whose bottom is at most this far (pt) above the "
        "first row, its words within the rows' columns, is their header row")
    boxed_head_line_slack: float = Field(3.0, ge=0, description="... words whose bottoms differ by at most this (pt) are one line")
    boxed_head_min_cols: int = Field(2, ge=1, description="... when it has words in at least this many columns")
    zebra_min_stripes: int = Field(
        2, ge=2, description="one-row ruled pieces drawn only by their cells' fills, this many or more on a page with the "
        "same column edges, are the shaded stripes of one unruled table (zebra rows), not tables of their own",
    )
    zebra_edge_slack: float = Field(2.0, ge=0, description="... when their column edges agree within this (pt)")
    grid_start_tolerance: float = Field(
        2.0, ge=0, description="... and its rows' lines start within this (pt) of where a header cell's text does",
    )
    grid_min_rows: int = Field(
        1, ge=1, description="rows such a ruled header needs under it: one is enough, the drawn header already says "
        "table (an objective with one action)",
    )
    row_rule_cover: float = Field(
        0.9, ge=0, le=1, description="... a horizontal rule under such a header covering this share of its width "
        "(pieced from the cells' own border segments) ends a body row: with two or more, the lines between two rules "
        "are one row, wrapped or not (a web table whose rows have a bottom border and no column rules)",
    )
    row_rule_merge: float = Field(
        2.0, ge=0, description="... rules closer than this (pt) are one (the two edges of a thin filled rectangle); "
        "the rules are looked for from this far under the header's bottom, its own rule not being a row's "
        "(grid_rows)")
    tab_stop_min_rows: int = Field(
        1, ge=1, description="tab-stop tables: lines that must fill a column at the head line's stops besides the "
        "first (an outline set with Word tab stops instead of a table); one is enough, as the head line must name "
        "an owner or deadline column already (a goal with one measure)",
    )
    tab_stop_size_jump: float = Field(
        3.0, ge=0, description="tab-stop tables: a line this many points larger than the head line ends the table "
        "(a heading; the outline's own first level may be set a little larger than the small head line)",
    )
    tab_cell_gap_ratio: float = Field(
        0.8, ge=0, description="tab-stop tables: a gap this many font sizes wide inside a segment that runs from a "
        "left stop to the right-aligned one parts two cells (a long owner met by a long deadline)",
    )
    tab_cell_space_factor: float = Field(
        2.2, ge=1, description="tab-stop tables: a gap inside such a segment also parts two cells when it is this "
        "many times wider than every other gap of the segment (its word spaces) and at least tab_cell_gap_min_ratio "
        "font sizes wide: a right-aligned deadline that stops just short of the owner before it",
    )
    tab_cell_gap_min_ratio: float = Field(
        0.5, ge=0, description="tab-stop tables: the narrowest gap, in font sizes, that parts two cells of a segment "
        "by standing out from its word spaces (tab_cell_space_factor)",
    )
    tab_run_over_ratio: float = Field(
        0.15, ge=0, description="tab-stop tables: a right-aligned last cell whose text ends this many font sizes or more "
        "short of its stop (within tab_stop_slack) did not fit there and ran over: its tail wrapped back to the "
        "line's indent is its own, not the first cell's (a right-aligned cell of a table ends at its edge)",
    )
    tab_stop_slack: float = Field(
        4.0, ge=0, description="tab-stop tables: a cell starts (left stop) or ends (right-aligned stop) within this "
        "many points of the stop",
    )
    indent_level_tolerance: float = Field(
        4.0, ge=0, description="line starts this close (pt) are one indentation level of an outline",
    )
    table_min_cols: int = Field(2, ge=2)
    table_max_cols: int = Field(8, ge=2)
    header_cell_max_words: int = Field(4, ge=1, description="a header cell of a table found by alignment has at most this many words")
    header_wrap_gap_ratio: float = Field(
        0.5, ge=0, description="a line this many line heights or less under an unruled table's header, in the header's "
        "weight and size and inside its columns, is the header's cells wrapped onto a second line",
    )
    frame_min_words: int = Field(
        60, ge=1,
        description="a ruled box holding at least this many words, all in one column or mostly "
        "in one cell, is a frame around text (page border, text box), not a table",
    )
    text_box_max_rows: int = Field(8, ge=1, description="a one-column ruled box of at most this many rows is a text box, not a table")
    wrapped_box_min_rows: int = Field(
        4, ge=1, description="a one-column ruled box of more rows is still a text box when its rows are the lines of "
        "wrapped prose (a paragraph shaded line by line): at least this many rows after the first ...",
    )
    wrapped_box_share: float = Field(
        0.4, ge=0, le=1, description="... and this share of them opening in a lower-case letter (going on with the row above)",
    )
    inner_rules_min: int = Field(
        2, ge=1, description="a ruled cell holding this many horizontal rules of its own (rules that do not cut it into "
        "rows) is a box around content laid out on its own (a table in a box, a tab panel), not a table cell ...",
    )
    inner_rule_width_ratio: float = Field(0.5, ge=0, le=1, description="... each rule at least this share of the cell's width")
    band_rule_min_width: float = Field(
        100.0, ge=0, description="a horizontal rule at least this wide (pt) may rule a row of a table ruled between its "
        "rows only, with no column rule and no header row (bandtables.find_banded_tables) ...",
    )
    band_rule_join_gap: float = Field(2.0, ge=0, description="... pieces of a rule at one height this close (pt) are one rule (a border drawn cell by cell)")
    band_rule_tolerance: float = Field(3.0, ge=0, description="... rules whose ends lie this close (pt) are of one table")
    band_min_rows: int = Field(2, ge=2, description="... at least this many rows under rules of one extent on the page")
    band_row_max_height: float = Field(80.0, ge=0, description="... the first row, with no rule above it, reaches at most this far (pt) up from the rule under it")
    band_row_padding_ratio: float = Field(1.5, ge=0, description="... a row's last line ends at most this many type sizes above the rule under it")
    band_line_gap_ratio: float = Field(0.6, ge=0, description="... a row's lines follow each other with gaps of at most this many type sizes (a heading above stands further off)")
    band_cell_gap_ratio: float = Field(0.6, ge=0, description="... a cell starts after a gap at least this many type sizes wide (wider than a word space)")
    dash_tables: bool = Field(
        True, description="fixed-width text tables (layout/dashtables.py): a line of dash groups ('------ ----- ---') "
        "under a line of column heads gives the columns, each group's x-extent one column (a report printed from a "
        "financial or case system in a monospace font, every line padded with spaces)",
    )
    dash_min_columns: int = Field(3, ge=2, description="... at least this many groups, each under a word of the head line")
    dash_min_run: int = Field(2, ge=1, description="... each group at least this many dashes long")
    dash_fit_slack: float = Field(
        1.0, ge=0, description="... a line is a row when each of its words stands inside one group's extent within this "
        "(pt); a word across the gap between two groups is running text (a group heading, a note)")
    dash_head_gap_ratio: float = Field(
        1.5, ge=0, description="... the head line stands at most this many line heights above the dash line")
    band_column_share: float = Field(0.5, ge=0, le=1, description="... a column starts at the same x in at least this share of the rows")
    nested_cells_min: int = Field(
        4, ge=2, description="a ruled cell that holds at least this many cells of its own, in two rows and two columns or "
        "more, beside a cell of the outer table in its row, holds a table NESTED in it (a Word table in a table "
        "cell): the inner table's cells own its words, and the holding cell and its column go (tables.unnest_cells)",
    )
    frame_word_share: float = Field(0.5, ge=0, le=1, description="... 'mostly': this share of its words in one cell")
    frame_cell_height_ratio: float = Field(0.5, ge=0, le=1, description="... which is at least this share of the page height")
    table_continuation_bottom_ratio: float = Field(0.6, ge=0, le=1)
    run_on_reach_lines: float = Field(
        10.0, ge=0, description="the lines a cell the page break left open may run on under the table's foot are looked for down to this many of its last line's heights (tables.run_on_below)"
    )
    cell_size_step: float = Field(
        0.5, gt=0, description="a line of a ruled cell whose type size differs from the line above's by at least this "
        "(pt) starts a paragraph of its own in the cell's text (a line break: a measure's fields in smaller type "
        "under its sentence)",
    )
    sideless_cell_rule_tolerance: float = Field(
        1.5, ge=0, description="a slot of a ruled table that no drawn cell covers is a cell of its own, its sides "
        "undrawn (a web table ruling only each cell's foot), when rules across its whole column lie within this "
        "(pt) of its row's top and bottom (tables.sideless_cell)",
    )
    table_continuation_top_ratio: float = Field(0.3, ge=0, le=1)
    table_filled_first_rows: int = Field(
        3, ge=2,
        description="rows, each filling its first cell, that make a row leaving that cell empty at the head of the "
        "next page or column, its own cells only under cells of the row above, the rest of the row the break cut",
    )
    table_continuation_case_rows: int = Field(
        2, ge=1,
        description="rows of a column, opening with a capital, that make a cell in lower case at the head of the "
        "next page the rest of the cell cut above (a column written in sentence case)",
    )
    table_continuation_column_slack: float = Field(
        2.0, ge=0,
        description="pt: a continued piece with fewer columns (empty spacer columns dropped) continues "
        "a table when each of its column left edges lies this close to one of the table's",
    )
    table_stacked_max_gap: float = Field(
        3.0, ge=0,
        description="pt: a table piece at most this far under another on the same page, with the same header, "
        "is that table drawn on under itself (the rest of a split table set at once below it) ...",
    )
    table_stacked_overlap: float = Field(
        0.8, ge=0, le=1, description="... when they share at least this share of the narrower one's width"
    )
    cut_columns_row_slack: float = Field(
        1.0, ge=0,
        description="pt: a spreadsheet's columns cut across pages (layout/cutcolumns.py): the strip of right-hand "
        "columns on a later page pairs with a piece whose every row top and bottom lies this close to its own",
    )
    cut_columns_min_rows: int = Field(
        3, ge=1, description="... and which has at least this many rows, this many of the strip's with text"
    )
    cut_columns_pages_back: int = Field(
        4, ge=1, description="... standing at most this many pages before the strip (print order 'down, then over')"
    )
    word_crossing_ratio: float = Field(0.45, ge=0, description="neighbours in two columns closer than this many sizes are running text")

    # --- drop caps
    drop_cap_size_ratio: float = Field(
        2.5, ge=1, description="a lone capital at least this many times the size of the line beside it is a drop cap"
    )
    drop_cap_gap_ratio: float = Field(
        1.0, ge=0, description="... when that line starts within this many of its font sizes right of it"
    )

    # --- labels centred beside a wrapped text
    centred_label_max_words: int = Field(
        4, ge=1,
        description="a line of at most this many words, set left of two or more lines that start at one x and "
        "centred on them (its middle within half a line of theirs, spanning the break between two of them), "
        "is their label ('GOAL 1' in a band beside its sentence): it opens their first line",
    )
    centred_label_gap_ratio: float = Field(
        0.5, ge=0, description="... the lines beside it start at least this many of its sizes right of it"
    )

    # --- blocks
    heading_size_delta: float = Field(1.5, ge=0, description="pt above body size that makes a heading")
    heading_note_size_delta: float = Field(
        1.0, ge=0, description="a bracketed note after a bold heading on its line, set at least this many pt "
        "smaller (or in italics), leaves the line the heading's (layout/lines.py headed_note)")
    marker_type_apart: bool = Field(
        True, description="a number set in another weight or size than the text after it, a gap apart, "
        "marks a list item even when the text is large enough for a heading (a form's printed numbers "
        "before its fields)")
    heading_max_chars: int = Field(160, ge=1)
    bold_heading_size_slack: float = Field(
        0.5, ge=0, description="a bold line this many pt under the body size is still a heading candidate (so is a "
        "Word/Writer paragraph set wholly in bold)",
    )
    # heading lines opening with a capital letter alone ("A …", "B …") number an outline when
    # at least this many run on from "A" (one is an English sentence: "A Vision for 2030")
    letter_series_min: int = Field(2, ge=2)
    code_series_min: int = Field(
        3, ge=2, description="body lines opening with a code of one or two capitals and a number ('M1 Færre …', "
        "'M2 …') number a list when at least this many codes of the same letters run on from 1 (layout/blocks.py "
        "code_series); fewer may be names ('E6 …')",
    )
    bold_lead_max_lines: int = Field(
        4, ge=2, description="a paragraph's bold lead sentence (a bold line over regular text is no heading) is looked "
        "for over at most this many lines",
    )
    line_overlap_max: float = Field(
        2.0, ge=0,
        description="how far (pt) a line may reach up into the box of the line before it and still "
        "go on with its block; overlapping further, the gap is measured from the text's bottom (a "
        "label set larger than its text reaches below the text's line), and lines still overlapping "
        "further do not go on one another",
    )
    block_gap_ratio: float = Field(0.75, ge=0, description="a vertical gap over this many line heights ends a paragraph")
    heading_join_ratio: float = Field(0.8, ge=0)
    caps_title_min_letters: int = Field(
        4, ge=1, description="a heading line in capitals with at least this many letters is a title of its own "
        "when sentence-case lines in its style follow (the statement under it, not more title)"
    )
    caps_body_min_words: int = Field(
        4, ge=1, description="... when the first sentence-case line holds at least this many words"
    )
    wrapped_gap_ratio: float = Field(
        1.5, ge=0,
        description="a paragraph line that broke mid-sentence before a word too long to fit goes on over a gap of up to "
        "this many line heights (the next line opens with a run in a font with a taller line)",
    )
    wrapped_gap_word_chars: int = Field(
        3, ge=0,
        description="… and only when the line ends in a lower-case word at most this long (an article, a preposition, "
        "a conjunction: no sentence or list item ends there)",
    )
    continuation_size_delta: float = Field(1.0, ge=0)
    item_note_size_delta: float = Field(
        0.5, ge=0, description="a line under a list item this many pt smaller than its first line is set apart from it"
    )
    margin_mirror_slack: float = Field(
        18.0, ge=0, description="a page's right margin, taken as the mirror of its left one, is drawn in this many pt "
        "(margins are seldom quite alike)"
    )
    item_note_max_words: int = Field(
        10, ge=1, description="a note under a list item with no bracket (an owner alone) holds at most this many words"
    )
    leading_min_ratio: float = Field(0.8, gt=0, description="a step between lines counts for the leading from this many line heights ...")
    leading_max_ratio: float = Field(2.0, gt=0, description="... up to this many")
    leading_tolerance: float = Field(0.3, ge=0, description="steps within this (pt) are the same step")
    leading_min_count: int = Field(3, ge=1, description="a step is the leading when this many steps of one size share it")
    paragraph_space_ratio: float = Field(
        0.15, ge=0,
        description="a step this many font sizes wider than the leading is paragraph spacing "
        "(a line at the margin under a list item starts a new paragraph)",
    )
    list_indent_slack: float = Field(3.0, ge=0, description="a continuation line hangs at least this far right of the list marker")
    list_level_step: float = Field(6.0, gt=0, description="list nesting: marker x positions are compared in steps of this (pt)")
    line_start_step: float = Field(6.0, gt=0, description="lines are grouped by where they start in steps of this (pt) to find their right margin")
    word_space_ratio: float = Field(0.25, ge=0, description="a word space as a share of the font size (would a word have fitted on the line above?)")
    wrap_slack_ratio: float = Field(
        0.15, ge=0, le=1, description="a line ending within this share of the text width from the right margin wrapped"
    )
    wrap_fit_ratio: float = Field(
        0.5, ge=0, le=1,
        description="a list item's line ending within this share of the text width from the right margin wrapped "
        "when the next line's first word would not have fitted after it",
    )
    marker_gap_ratio: float = Field(
        0.8, ge=0, description="a bare number ('1') is a list marker when this many sizes of space follow it"
    )
    margin_slack: float = Field(3.0, ge=0, description="x positions within this are 'at the same margin'")
    bold_label_max_words: int = Field(
        4, ge=1, description="a bold run-in label opening a paragraph ('Delmål:') has at most this many words"
    )
    sentence_break_slack_ratio: float = Field(
        1.5,
        ge=0,
        description="a line that ends a sentence with room left for the next line's first word and this many "
        "font sizes more was broken on purpose: the next line starts a paragraph",
    )
    title_pages: int = Field(2, ge=1)
    title_needs_letters: bool = Field(
        True, description="a line with no letter (a bare figure: a dashboard's KPI card '41.200' set in the page's "
        "largest type) is no candidate for the document's title (blocks.title)",
    )
    # a title set over several lines is one block: a line right above the largest (within this
    # many times its size, vertically) in nearly its size ('RESILIENCE' over 'STRATEGY'), or right
    # below in at least this share of it ('Boligsosial handlingsplan' over '2026–2030') joins it
    title_gap: float = Field(0.8, ge=0)
    title_above_share: float = Field(0.8, ge=0, le=1)
    title_below_share: float = Field(0.6, ge=0, le=1)
    title_max_lines: int = Field(4, ge=1)
    # a line of the title's size joins it only within this many times its size of the title's
    # other lines: one far down the cover (a date, the body's name) is no line of the title
    title_far_gap: float = Field(4.0, ge=0)
    # ... and only aligned with them (left edges, centres or right edges within this many times
    # its size) with no smaller line between: a chapter heading in the title's size at the left
    # margin under a centred title, or after running text, is no line of it
    title_align_slack: float = Field(1.0, ge=0)
    # of several groups of lines in the title's size, the first is the title unless a later one
    # holds more than this many times its text ('Nordvik kommune' over the plan's long name)
    title_group_text_ratio: float = Field(1.5, ge=1)
    # ... but only a title set in display type, at least this many times the body size (the most
    # common size of the document's text), and never a line in the body size: a heading in
    # nearly body size over running text is not a title block
    title_display_ratio: float = Field(1.5, ge=1)

    # --- labelled records
    record_label_max_chars: int = Field(24, ge=1, description="a record label ('Ansvarlig') is at most this long")
    record_named_label_max_words: int = Field(
        6, ge=1, description="a record's field label the caller's lexicon names an owner or deadline column may have this many words ('Who is in charge:')"
    )
    record_min_records: int = Field(2, ge=1, description="a label set must repeat this often to make a table")
    record_min_labels: int = Field(2, ge=2, description="distinct labels a run of records has at least")
    long_field_min_lines: int = Field(
        3, ge=2, description="a field label longer than a short label ('Who will do this:') opens a field line when it opens this many lines of the document"
    )
    record_max_descriptions: int = Field(
        3, ge=0, description="paragraphs between a record's title and its label lines (a description)"
    )
    record_title_size_slack: float = Field(
        0.5, ge=0, description="a record title is set at most this much (pt) larger than the body text"
    )
    record_label_gap_ratio: float = Field(
        1.5, ge=0, description="a record's first label line starts at most this many type sizes under the paragraph it belongs to"
    )

    # --- field lists (a label column beside its values: "Vad | …" / "Vem | …" / "När | …")
    field_label_max_words: int = Field(3, ge=1, description="a field list's label ('Vem', 'By when') has at most this many words")
    field_gap_min_ratio: float = Field(
        0.8, ge=0, description="a field list's label stands at least this many font sizes before its value (wider than a word space)"
    )
    field_cut_lead_max_lines: int = Field(
        3, ge=1, description="field lists: at most this many lines at the head of a page, at the values' x and "
        "with no label, are the wrapped end of the value the page break cut",
    )
    field_column_tolerance: float = Field(
        3.0, ge=0, description="the labels (and the values) of one field list start within this (pt) of each other"
    )
    field_gap_ratio: float = Field(
        2.5, ge=0, description="a field list goes on over vertical gaps up to this many line heights (between its records)"
    )
    field_record_gap_ratio: float = Field(
        4.0, ge=0, description="a field list goes on over a gap up to this many line heights where its next record opens with the first label"
    )
    field_prose_min_lines: int = Field(
        3, ge=1, description="a run of one record whose first label names no column and whose first value runs over "
        "at least this many lines is side headings beside running text, not a field list",
    )
    field_label_wrap_gap: float = Field(
        0.6, ge=0, description="a label wrapped in its narrow column goes on at most this many line heights below its first line"
    )
    orgchart_spine_min_length: float = Field(
        20.0, ge=0, description="an organisation chart's spine (a thin vertical rule down from a unit's box, its cards beside "
        "it) is at least this tall (pt) (plancheck/layout/orgcharts.py)"
    )
    orgchart_card_gap: float = Field(
        12.0, ge=0, description="a card hanging on an organisation chart's spine stands with its left edge at most this far "
        "(pt) right of the spine"
    )
    orgchart_min_units: int = Field(
        2, ge=1, description="a page is an organisation chart when cards hang on spines under at least this many unit boxes"
    )
    orgchart_label_reach: float = Field(
        18.0, ge=0, description="the label of an organisation chart's unit drawn with no box of its own stands at most this "
        "far (pt) above the top of the spine its cards hang on"
    )
    orgchart_name_size_slack: float = Field(
        0.5, ge=0, description="a unit's name is the text of its box in its largest type, within this (pt) of it"
    )
    rating_badge_min_size: float = Field(
        14.0, ge=0, description="a rating badge's letter (a grade drawn in a disc beside a card, plancheck/layout/badges.py) "
        "is set at least this large (pt): smaller letters in shapes are not looked at"
    )
    rating_badge_size_ratio: float = Field(
        1.8, ge=1, description="... and at least this many times the size of the text level with its badge on the right"
    )
    rating_badge_text_gap: float = Field(
        1.0, ge=0, description="... which begins within this many badge widths right of the badge"
    )
    rating_badge_column_pad: float = Field(
        0.3, ge=0, description="the caption and notes under a rating badge lie within its edges widened by this share of its width"
    )
    rating_badge_line_gap: float = Field(
        1.5, ge=0, description="... each line at most this many line heights under the one above"
    )
    rating_badge_caption_max_words: int = Field(
        2, ge=0, description="the first line right under a rating badge, of at most this many words, is its caption ('GRADE'): read with the badge"
    )

DEFAULT = LayoutSettings()
