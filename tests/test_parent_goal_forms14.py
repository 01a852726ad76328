"""Parent goals in the forms of the fourteenth parents batch, and the matcher's holds found on it,
each on hand-built inputs (invented texts): frames of one size at staggered heights (a goal
wheel), figure tiles, a goal label closing a paragraph, a bracket naming parent goals, and the
rød tråd's word and lift rules."""

from __future__ import annotations

from conftest import plan_of_blocks
from test_layout_support import line_words, word_chars

from plancheck.extract.figuretiles import figure_goals, figure_label
from plancheck.extract.roles import bare_label, trailing_label
from plancheck.layout.blocks import build_blocks
from plancheck.layout.document import layout_page
from plancheck.layout.tiles import grid_tiles
from plancheck.mandate.parents import (
    assess_parent,
    bracket_references,
    goal_score,
    goal_words,
    item_keys_of,
    joins_things,
    without_parent_references,
    without_restated_heads,
)
from plancheck.models import Block, BlockKind, Document, Goal, Measure, Plan, Provenance, SourceInfo

# --------------------------------------------------------------------------- staggered frames

LEFT, RIGHT = (40.0, 200.0, 200.0, 250.0), (400.0, 215.0, 560.0, 265.0)  # one size, right one lower


def _frame_words() -> list:
    left = (line_words("1.1 Alle barn skal ha en trygg", 46, 206) + line_words("og god oppvekst overalt i", 46, 218)
            + line_words("Nordvik.", 46, 230))
    right = (line_words("2.1 Eldre skal kunne bo", 406, 221) + line_words("hjemme så lenge de", 406, 233)
             + line_words("selv ønsker.", 406, 245))
    return left + right


def test_frames_of_one_size_at_staggered_heights_are_tiles_and_unequal_ones_are_not():
    words = _frame_words()
    assert grid_tiles([LEFT, RIGHT], words, 595.0) == [LEFT, RIGHT]
    # a right frame of another size is no tile of the left one's (a side box, a legend)
    other = (400.0, 215.0, 560.0, 290.0)
    assert grid_tiles([LEFT, other], words, 595.0) == []
    # frames that overlap in height by less than half of it stand one below the other
    low = (400.0, 240.0, 560.0, 290.0)
    assert grid_tiles([LEFT, low], [w for w in words if w.x0 < 300], 595.0) == []


def test_staggered_frames_are_read_whole_and_wrap_at_their_own_edge():
    top = line_words("Hjulet viser de seks målene for planperioden under tre satsingsområder i kommunen.", 40, 150)
    words = top + _frame_words()
    page = layout_page(1, 595, 842, word_chars(words), panels=[LEFT, RIGHT])
    columns = {(1, ri) for ri, r in enumerate(page.regions) if r.column or r.tile}
    texts = [b.text for b in build_blocks([page.lines], [], columns=columns)]
    assert "Alle barn skal ha en trygg og god oppvekst overalt i Nordvik." in texts
    assert "Eldre skal kunne bo hjemme så lenge de selv ønsker." in texts
    # without the frames drawn, a left line and a right line run into one
    plain = [ln.text for ln in layout_page(1, 595, 842, word_chars(words)).lines]
    assert not any("Nordvik." in t and "hjemme" in t for t in texts)
    assert any("Nordvik" in t and ("hjemme" in t or "ønsker" in t or "kunne" in t) for t in plain)


# --------------------------------------------------------------------------- figure tiles


def _tile(label: str, figure: str, rest: str) -> list[Block]:
    return [
        Block(id="", kind=BlockKind.paragraph, text=label, font_size=8.0),
        Block(id="", kind=BlockKind.heading, text=figure, font_size=30.0, level=1),
        Block(id="", kind=BlockKind.paragraph, text=rest, font_size=10.5),
    ]


def _doc(blocks: list[Block]) -> Document:
    for i, b in enumerate(blocks, 1):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    return Document(path="x.pdf", page_count=1, blocks=blocks)


def test_a_numbered_label_over_a_large_figure_and_its_sentence_is_a_goal():
    doc = _doc(
        _tile("PRIORITY 1 · CLEAN AIR", "80%", "of journeys to school on foot or by bike by 2031")
        + _tile("PRIORITY 2 · WARM HOMES", "Every", "council home insulated to band C")
        + _tile("PRIORITY 3 · LOCAL FOOD", "3 in 4", "school meals cooked with food from the county")
    )
    goals = figure_goals(doc)
    assert [(g.number, g.name, g.text) for g in goals] == [
        ("1", "CLEAN AIR", "80% of journeys to school on foot or by bike by 2031"),
        ("2", "WARM HOMES", "Every council home insulated to band C"),
        ("3", "LOCAL FOOD", "3 in 4 school meals cooked with food from the county"),
    ]
    # fewer tiles than the form needs, or figures without their goal label, are facts
    assert figure_goals(_doc(doc.blocks[:6])) == []
    facts = _doc(_tile("IN 2024", "52%", "of payments made online") * 3)
    assert figure_goals(facts) == []


def test_figure_label_needs_a_goal_word_of_the_lexicon():
    assert figure_label("AMBITION 4 · ZERO WASTE") == ("4", "ZERO WASTE")
    assert figure_label("Mål 2 – Trygg oppvekst") == ("2", "Trygg oppvekst")
    assert figure_label("CHAPTER 2 · BACKGROUND") is None
    assert figure_label("AMBITION 4") is None


# --------------------------------------------------------------------------- a label closing a paragraph


def test_trailing_label_is_a_label_word_after_the_last_sentence():
    assert trailing_label("De fleste kører i bil. Målsætning") == (
        "De fleste kører i bil.", "Målsætning", "goal", None)
    assert trailing_label("Unge mangler steder at være. Målsætning 4.")[2:] == ("goal", "4")
    assert trailing_label("Det er beskrevet i målsætning 4.") is None  # no sentence before it
    assert trailing_label("Vi gjorde det. Se mål 4.") is None  # two words: a sentence
    assert bare_label("Målsætning 4.") == ("goal", "4")  # a bare label may close with a stop


def _closing(text: str, label: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=f"{text} {label}", emphasis=[len(text) + 1])


def test_a_goal_label_closing_a_paragraph_in_bold_labels_the_line_under_it():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Trafik", level=2),
        _closing("Afstandene er korte, men de fleste kører i bil.", "Målsætning"),
        Block(id="", kind=BlockKind.list_item, text="Det skal være sikkert at gå til skole i hele kommunen. "
              "Det kræver belyste stier.", number="2."),
        Block(id="", kind=BlockKind.heading, text="Fritid", level=2),
        _closing("Unge efterlyser steder at være.", "Målsætning 3."),
        Block(id="", kind=BlockKind.heading, text="Unge skal have steder at mødes om aftenen.", level=3, bold=True),
    ]
    goals = plan_of_blocks(blocks, "da").goals
    assert [(g.number, g.text) for g in goals] == [
        ("2", "Det skal være sikkert at gå til skole i hele kommunen."),
        ("3", "Unge skal have steder at mødes om aftenen."),
    ]


def test_a_label_word_closing_a_paragraph_in_the_regular_weight_labels_nothing():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Trafik", level=2),
        Block(id="", kind=BlockKind.paragraph, text="Afstandene er korte, men de fleste kører i bil. Målsætning"),
        Block(id="", kind=BlockKind.list_item, text="Der kommer en ny sti langs åen.", number="2."),
    ]
    assert plan_of_blocks(blocks, "da").goals == []


# --------------------------------------------------------------------------- the matcher


def _score(goal: str, item: str, lang: str = "nb") -> float:
    words = goal_words(goal, lang)
    return goal_score(words, item_keys_of(goal_words(item, lang, broader=True)), {})[0]


def test_a_place_for_children_is_not_held_by_naming_young_people():
    # "barn" in "barnehagen": the kindergarten is no group of people, and young people named
    # in an item hold no more of it than older people do
    goal = "Alle skal oppleve trygghet i barnehagen og på biblioteket."
    assert _score(goal, "Ungdom skal oppleve trygghet.") == _score(goal, "Eldre skal oppleve trygghet.")


def test_a_word_restating_a_compound_head_is_no_concern_of_its_own():
    goal = "Turstinettet skal knyttes sammen til ett nett."
    words = without_restated_heads(goal_words(goal, "nb"))
    assert "nett" not in [w.surface for w in words] and "Turstinettet" in [w.surface for w in words]
    # the same word standing alone is a concern
    assert "nett" in [w.surface for w in without_restated_heads(goal_words("Alle skal ha raskt nett.", "nb"))]


def test_compounds_sharing_their_head_join_no_two_things():
    assert not joins_things("Innbyggerne skal få gode helse- og omsorgstjenester.", "nb")
    assert joins_things("Innbyggerne skal få gode tjenester og trygge boliger.", "nb")


def test_a_bracket_after_an_item_names_goals_by_number():
    text = "Flere skal bo i sentrum. (jf. målsætning 2 og 5)"
    [(start, end, codes)] = bracket_references(text)
    assert text[start:end] == "(jf. målsætning 2 og 5)" and codes == ["2", "5"]
    assert without_parent_references(text) == "Flere skal bo i sentrum."
    assert bracket_references("Trygg skolevei (mål 1)") == []  # no word of comparison: its own goal


def _plan(goals: list[Goal], measures: list[Measure] = (), lang: str = "da") -> Plan:
    return Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1), language=lang,
                goals=goals, measures=list(measures))


def _status(c) -> str:
    return str(getattr(c.status, "value", c.status))


def test_a_goal_named_by_a_bracket_is_followed_up_only_when_its_object_is_answered():
    parent = _plan([
        Goal(id="g1", number="1", text="Der skal være flere cykelstier mellem byerne.", page=1),
        Goal(id="g2", number="2", text="Der skal være ledige erhvervsgrunde ved havnen til firmaer, der skaber job.", page=1),
    ])
    child = _plan(
        [
            Goal(id="c1", text="Det skal være let at cykle mellem byerne. (jf. målsætning 1)", page=1),
            Goal(id="c2", text="Flere butikker i centrum skal skabe job. (jf. målsætning 2)", page=1),
        ],
        [
            Measure(id="m1", text="Ny cykelsti fra Østby til Vestby", page=1, goal_ids=["c1"]),
            Measure(id="m2", text="Tomme butikker udlejes billigt til nye butikker", page=1, goal_ids=["c2"]),
        ],
    )
    cov, links = assess_parent(child, parent)
    assert _status(cov[0]) == "followed_up"
    # the bracket points at a goal whose object (land by the harbour) nothing answers
    assert _status(cov[1]) != "followed_up"
    assert links[0].serves == ["g1"]
