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


def _b(i: int, kind: BlockKind, text: str) -> Block:
    return Block(id=f"b{i}", kind=kind, text=text, provenance=Provenance(page=1, source_text=text))


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
