"""Forms of session 46, on hand-built inputs with invented wording: a writer's note in nynorsk
found by the lexicon's note words (vocabulary as data: ``note_cues`` / ``note_to_come``), and a
line under a child's objective that ends in a colon and a code but whose label is no
cross-reference label of the lexicon (never read as the parent goal the objective serves)."""

from __future__ import annotations

from plancheck.drafts import leftovers_in
from plancheck.models import Block, BlockKind, Provenance


def test_a_nynorsk_note_asking_for_a_check_is_a_leftover():
    # "må sjekkast" / "må avklarast" are the nynorsk forms of the bokmål cue words; a note
    # in brackets that orders a check is left in a draft, whatever language it is written in
    assert [f[2] for f in leftovers_in("Talet er 41 prosent (må sjekkast før møtet).")] == [
        "(må sjekkast før møtet)"
    ]
    assert leftovers_in("Talet er 41 prosent (må avklarast med økonomi).")
    # the same words with no order in them are no note
    assert not leftovers_in("Talet er 41 prosent (sjekkliste i vedlegg).")
    assert not leftovers_in("Vi sjekkar tala kvart år (sjå vedlegg).")


def test_the_note_words_are_read_from_the_lexicon_in_every_language():
    from plancheck.lang.vocab import plain_words

    cues = plain_words("note_cues")
    to_come = plain_words("note_to_come")
    for word in ("sjekkes", "må sjekkast", "tjek", "kolla", "tbc"):
        assert word in cues
    for word in ("kommer", "kjem", "följer", "will follow"):
        assert word in to_come
    assert leftovers_in("Budsjettet for 2051 [tal for 2051 kjem i mai].")
    assert leftovers_in("The budget for 2051 [details will follow].")


def _b(i: int, kind: BlockKind, text: str, level: int | None = None) -> Block:
    return Block(id=f"b{i}", kind=kind, text=text, level=level, provenance=Provenance(page=1, source_text=text))


class _Blocks:
    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks


def test_a_line_under_an_objective_whose_label_is_no_cross_reference_names_no_parent_goal():
    from plancheck.mandate.parents import reference_lines_under

    items = [
        ("g1", "goal", "Objective 1: Plant more street trees.", 1),
        ("g2", "goal", "Objective 2: Answer every call within a minute.", 1),
    ]
    tagged = _Blocks([
        _b(1, BlockKind.heading, "Objective 1: Plant more street trees."),
        _b(2, BlockKind.paragraph, "Contributes to: Mission 4 · Green streets"),
        _b(3, BlockKind.heading, "Objective 2: Answer every call within a minute."),
        _b(4, BlockKind.paragraph, "Budget line: Mission 6 · Parks"),
    ])
    # "Budget line" is no label of the lexicon's cross-reference column: its "Mission 6" is a
    # name the line happens to hold, not the goal of the council plan the objective serves
    assert reference_lines_under(tagged, items) == [(0, ["4"], True)]


def test_a_councils_request_to_a_named_body_is_no_concern_of_the_point():
    from plancheck.mandate.match import strip_report_frame, strip_request_frame

    # the Nordic form: the deciding body, the verb of asking, the one asked, the infinitive
    # without its marker; and with it
    assert strip_request_frame("Bystyret ber rådmannen lage en plan for sykkelparkering ved skolene.") == (
        "lage en plan for sykkelparkering ved skolene."
    )
    assert strip_request_frame("Kommunestyret ber kommunedirektøren om å kartlegge ledige lokaler.") == (
        "kartlegge ledige lokaler."
    )
    assert strip_request_frame("Kommunstyrelsen uppmanar förvaltningen att ta fram en lokalförsörjningsplan.") == (
        "ta fram en lokalförsörjningsplan."
    )
    # English: the addressee may be several words, up to the infinitive's "to"
    assert strip_request_frame(
        "Cabinet asks the Director of Place and Growth to publish the delivery plan by March."
    ) == "publish the delivery plan by March."
    # no request: unchanged; a request that is no more than the frame: unchanged
    assert strip_request_frame("Planen skal vise kostnadene for hvert tiltak.") == "Planen skal vise kostnadene for hvert tiltak."
    assert strip_request_frame("Bystyret ber rådmannen ") == "Bystyret ber rådmannen "
    # the report frame's own form is read first ("ber om at" + the plan as subject)
    assert strip_report_frame("Formannskapet ber om at planen får en oversikt over kostnadene.") == (
        "får en oversikt over kostnadene."
    )
    assert strip_report_frame("Bystyret ber rådmannen lage en plan for sykkelparkering.") == (
        "lage en plan for sykkelparkering."
    )


# ----------------------------------------------------------------- a box floated at a paragraph


def _floated_page() -> list:
    """A paragraph across the page, then a box floated right at the start of the next paragraph
    (a paragraph's spacing above it), the text running beside it, and below it the text goes on
    beside where the box was, short of its edge (the last line of a paragraph), then a gap."""
    from test_layout_support import line_words

    words = []
    top = 60.0
    for _ in range(3):
        words += line_words("the first paragraph runs across the whole width of the page here and on to the right margin", 60, top)
        top += 14
    top += 9  # the paragraph's spacing: the box's top stands here
    box = (360.0, top - 2, 560.0, top + 100)
    words += line_words("What the plan holds", 370, top + 6)
    for k in range(4):
        words += line_words("a point on", 380, top + 24 + 16 * k)
    for _ in range(9):  # on past the box's foot: a float sits inside the running text
        words += line_words("the second paragraph runs on", 60, top)
        top += 14
    return words, box


def test_a_box_floated_at_the_start_of_a_paragraph_is_a_side_box():
    from plancheck.layout.boxes import side_boxes
    from plancheck.layout.settings import DEFAULT

    words, box = _floated_page()
    assert side_boxes([box], words, 612) == [box]
    # with the paragraph's spacing not crossed, the text above is no wrap: no side box
    assert side_boxes([box], words, 612, DEFAULT.model_copy(update={"side_box_paragraph_ratio": 1.0})) == []
    # the shaded cell of a two-column table under a paragraph: its neighbour's text ends beside it
    # (nothing of that column below the box), so the paragraph above is no wrap
    ended = [w for w in words if not (w.x0 < 300 and w.mid_y > box[3])]
    assert side_boxes([box], ended, 612) == []


def test_the_mandate_reader_reads_a_side_box_as_a_group_of_its_own():
    from plancheck.mandate.points import _column_groups

    words, box = _floated_page()
    as_dicts = [
        {"text": w.text, "x0": w.x0, "top": w.top, "x1": w.x1, "bottom": w.bottom, "size": w.size, "fontname": "Arial"}
        for w in words
    ]
    rect = {"x0": box[0], "top": box[1], "x1": box[2], "bottom": box[3]}
    groups = [" ".join(w["text"] for w in g) for g in _column_groups(as_dicts, 612, [rect])]
    assert groups[0].startswith("the first paragraph")
    assert groups[1] == "What the plan holds a point on a point on a point on a point on"
    assert groups[2].startswith("the second paragraph") and "point" not in groups[2]
    # without the drawn rectangle the box's words stay in the text's lines
    assert len(_column_groups(as_dicts, 612, [])) == 1


# ----------------------------------------------------------------- mandate points


def _points(lines: list[str]) -> list[tuple[str, str]]:
    from plancheck.mandate.points import find_points

    return [(p.number, p.text) for p in find_points(lines)]


def test_a_lead_in_with_the_plan_after_the_modal_leads_into_the_points():
    # V2 order: an adverbial first, the modal, then the plan ("Ut over dette skal planen:"):
    # the items finish its sentence as they do after "Planen skal:"
    import plancheck.mandate.points as P

    for lead in ("Ut over dette skal planen:", "Utöver detta ska planen:", "Ud over det skal planen:"):
        lines = P.lines_from_blocks([lead, "• rangere kaiene etter tilstand", "• anslå hva hver utbedring koster"])
        assert P._led_in(lines, 1, P._body_size(lines)), lead
    # a lead-in whose subject after the modal is no plan asks nothing of it
    lines = P.lines_from_blocks(["Ut over dette skal vi:", "• rangere kaiene", "• anslå kostnadene"])
    assert not P._led_in(lines, 1, P._body_size(lines))


def test_a_list_under_a_lead_in_that_grants_a_power_is_no_point_list():
    got = _points([
        "Du gis myndighet til å treffe vedtak i saker som gjelder:",
        "1. parkering på kommunale plasser",
        "2. utleie av kommunale lokaler",
        "3. innkjøp innenfor budsjettet",
        "Kommunen eier i dag fjorten kaier, og flere av dem trenger utbedring.",
        "Planen for kaiene skal:",
        "• rangere kaiene etter tilstand",
        "• anslå hva hver utbedring koster",
    ])
    texts = [t for _n, t in got]
    assert "rangere kaiene etter tilstand" in texts
    assert not any("parkering" in t or "utleie" in t for t in texts)


def test_a_quoted_politician_is_no_list_item_but_her_wish_for_the_plan_is_asked():
    got = _points([
        "Formannskapet har bedt administrasjonen lage en plan for lekeplasser.",
        "",
        "– Mange familier savner en lekeplass i nærheten. Derfor ønsker vi at planen også viser hvor "
        "det mangler lekeplasser, sier Kari Nordby (Sp), leder i utvalget.",
        "",
        "Planen skal legges fram for formannskapet innen 1. juni 2052.",
    ])
    texts = [t for _n, t in got]
    assert any(t.startswith("Derfor ønsker vi at planen også viser hvor det mangler lekeplasser") for t in texts)
    assert not any("sier Kari" in t or t.startswith("Mange familier") for t in texts)


def test_a_request_in_inverted_order_is_read_as_one_in_plain_order():
    from plancheck.mandate.points import uninverted_request

    assert uninverted_request("Därför vill vi att planen visar var det saknas bänkar.") == (
        "vi vill att planen visar var det saknas bänkar."
    )
    assert uninverted_request("Planen ska visa bänkarna.") == "Planen ska visa bänkarna."
    # the writer as subject in plain order, recommending to another body: unchanged
    assert uninverted_request("Vi rekommenderar kommunstyrelsen att ta fram en plan.") == (
        "Vi rekommenderar kommunstyrelsen att ta fram en plan."
    )


def test_to_map_and_to_point_out_are_asking_verbs_in_every_nordic_language():
    for sentence in (
        "Planen skal kartlegge hvor det mangler benker langs gangvegene.",
        "Planen ska kartlägga var det saknas bänkar längs gångstråken.",
        "Planen skal kortlægge, hvor der mangler bænke langs stierne.",
        "Planen skal peike ut kva område som skal prioriterast.",
    ):
        assert [t for _n, t in _points([sentence])] == [sentence], sentence


# ----------------------------------------------------------------- goals stated as outcomes


def test_a_goal_word_and_a_clause_of_what_the_writers_want_is_a_goal_heading():
    from plancheck.lang.vocab import heading_role

    assert heading_role("The outcomes we want") == "goal"
    assert heading_role("Dei måla vi vil nå") == "goal"
    assert heading_role("De mål vi strävar mot") == "goal"
    # the clause must be the writers' want of their own goals
    assert heading_role("The outcomes we want to avoid") is None
    assert heading_role("The risks we want") is None


def test_outcomes_stated_as_states_under_the_topics_of_a_goal_chapter_are_goals():
    from conftest import plan_of_blocks

    blocks = [
        _b(1, BlockKind.heading, "Harbour Town Community Charter", level=1),
        _b(2, BlockKind.heading, "The outcomes we want", level=2),
        _b(3, BlockKind.heading, "Healthy lives", level=3),
        _b(4, BlockKind.list_item, "People in every ward live longer and healthier lives."),
        _b(5, BlockKind.list_item, "Children grow up active and confident in the outdoors."),
        _b(6, BlockKind.heading, "Good places", level=3),
        _b(7, BlockKind.list_item, "Every street is clean, safe and pleasant to walk along."),
    ]
    plan = plan_of_blocks(blocks, "en")
    assert [g.text for g in plan.goals] == [
        "People in every ward live longer and healthier lives.",
        "Children grow up active and confident in the outdoors.",
        "Every street is clean, safe and pleasant to walk along.",
    ]
    # facts under such a topic (figures in them) are no outcomes
    facts = [*blocks[:3], _b(8, BlockKind.list_item, "Life expectancy is 79 years in the east and 84 in the west.")]
    assert plan_of_blocks(facts, "en").goals == []


def test_a_sentence_opened_by_a_conjunction_still_has_the_plan_as_subject():
    assert _points(["Vedtaket er gjort.", "Men planen skal seie korleis kommunen kan hjelpe grannar."]) == [
        ("S1", "planen skal seie korleis kommunen kan hjelpe grannar.")
    ]
    assert _points(["The decision was made.", "But the plan must say how the council will help."]) == [
        ("S1", "the plan must say how the council will help.")
    ]
    # a word that only begins like the conjunction is no conjunction
    assert _points(["Vedtaket er gjort.", "Mennene skal bygge kaien."]) == []
