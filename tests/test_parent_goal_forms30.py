"""Parent goals in a transposed goal table read by its row labels, in the one column of a table a
reading note or a result connective names, and under success-criteria labels (session 32,
parents-blind30), on small hand-built documents."""

from __future__ import annotations

from plancheck.mandate.goalforms import (
    completing_goal,
    form_goals,
    noted_column,
    outcome_column_goals,
    row_label_goals,
    success_label,
    success_label_goals,
)
from plancheck.models import Block, BlockKind, Document, Provenance, Section
from tests.conftest import table_of


def _doc(blocks: list[tuple[str, str]], table: tuple[list[str], list[list[str]]] | None = None) -> Document:
    """A one-page document of (kind, text) blocks, one section per heading; a ("table", "") block
    carries ``table``."""
    out: list[Block] = []
    sections: list[Section] = []
    sid = "s0"
    for n, (kind, text) in enumerate(blocks, start=1):
        if kind == "heading":
            sid = f"s{n}"
            sections.append(Section(id=sid, title=text, level=2, page=1))
        out.append(Block(id=f"b{n}", kind=BlockKind(kind), text=text, provenance=Provenance(page=1), section_id=sid,
                         table=table_of(*table) if kind == "table" and table else None))
    return Document(path="x.pdf", page_count=1, sections=sections, blocks=out)


TRANSPOSED = (
    ["", "Oppvekst", "Helse og omsorg", "Berekraft"],
    [["Mål", "Alle barn går i barnehage frå dei er eitt år.", "Eldre bur heime så lenge dei ønskjer.",
      "Kommunen sine bygg brukar berre fornybar energi."],
     ["Mål", "Barn og unge har god psykisk helse.", "Vi har nok sjukepleiarar.", "Fleire reiser kollektivt til jobb."],
     ["Strategiar", "Vi samarbeider med foreldra.", "Vi tek i bruk velferdsteknologi.", "Vi går føre i eiga drift."],
     ["Slik måler vi", "Del barn i barnehage", "Del over 80 år som bur heime", "Klimarekneskapen"]],
)


def test_a_transposed_table_holds_goals_only_in_the_rows_labelled_as_goals():
    found = row_label_goals(_doc([("heading", "Samfunnsdelen på ei side"), ("table", "")], TRANSPOSED))
    assert len(found) == 6
    assert (found[0].text, found[0].scope) == ("Alle barn går i barnehage frå dei er eitt år.", "Oppvekst")
    assert not any(g.text.startswith("Vi samarbeider") for g in found)  # the strategies' row holds none
    assert [g.text for g in form_goals(_doc([("heading", "X"), ("table", "")], TRANSPOSED))] == [g.text for g in found]


def test_a_table_with_success_labels_down_its_first_column_reads_the_same():
    found = row_label_goals(_doc([("heading", "Plan on a page"), ("table", "")], (
        ["", "Thriving places", "Healthy lives"],
        [["Success looks like", "Every town centre has few empty shops.", "Adults are active every day."],
         ["We will", "Work with landlords on empty units.", "Fund walking groups."]],
    )))
    assert [g.text for g in found] == ["Every town centre has few empty shops.", "Adults are active every day."]


def test_a_measure_table_with_goal_labels_in_its_first_column_is_no_transposed_goal_table():
    """The header names a measure's and an owner's column: the first column's "Mål 1" rows are
    groups of measures, not goals across areas."""
    assert row_label_goals(_doc([("heading", "Tiltak"), ("table", "")], (
        ["Mål", "Tiltak", "Ansvar"],
        [["Mål 1", "Byggje ut barnehagen på Nes.", "Kommunalsjef oppvekst."],
         ["Mål 2", "Tilsetje to helsesjukepleiarar.", "Kommunalsjef helse."]],
    ))) == []


TOC = (
    ["If we …", "then …", "so that by 2040 …"],
    [["fund monitoring", "we know the state of every river", "every river is in good health."],
     ["pay farmers for buffer strips", "less soil washes off fields", "farms keep soil out of rivers."],
     ["label appliances", "households see what they use", "homes use a quarter less water."]],
)


def test_the_column_a_reading_note_names_holds_the_goals():
    note = "Each row reads as one sentence. The third column holds the outcomes we will be held to."
    found = outcome_column_goals(_doc([("heading", "Theory of change"), ("paragraph", note), ("table", "")], (
        ["If we …", "then …", "and …"], TOC[1])))
    assert [g.text for g in found] == ["every river is in good health.", "farms keep soil out of rivers.",
                                       "homes use a quarter less water."]


def test_a_note_names_its_column_in_every_language():
    assert noted_column("Den tredje kolonne viser de mål, vi vil måles på; de to første viser vejen.") == 2
    assert noted_column("I den andra kolumnen står målen.") == 1
    assert noted_column("Måla står i siste kolonne.") == -1
    assert noted_column("Tabellen har tre kolonner.") is None  # no column by its place
    assert noted_column("The first column lists what we will do.") is None  # no goal word


def test_without_a_note_the_column_headed_by_a_result_connective_holds_the_goals():
    found = outcome_column_goals(_doc([("heading", "Theory of change"), ("table", "")], TOC))
    assert len(found) == 3 and found[0].text == "every river is in good health."
    nn = outcome_column_goals(_doc([("heading", "Korleis vi tenkjer"), ("table", "")], (
        ["Når vi …", "vil …", "slik at …"],
        [["byggjer sykkelvegar", "fleire syklar", "alle barn er fysisk aktive kvar dag."],
         ["opnar lokale", "fleire møtast", "færre innbyggjarar kjenner seg einsame."]])))
    assert [g.text for g in nn] == ["alle barn er fysisk aktive kvar dag.", "færre innbyggjarar kjenner seg einsame."]


def test_a_measure_column_is_never_the_outcome_column():
    assert outcome_column_goals(_doc([("heading", "Tiltak"), ("paragraph", "Den andre kolonna viser måla."),
                                      ("table", "")], (
        ["Mål", "Tiltak", "Ansvar"],
        [["Alle barn er aktive.", "Byggje sykkelveg til skulen.", "Teknisk"],
         ["Færre er einsame.", "Opne lokale for lag.", "Kultur"]]))) == []


SUCCESS = [
    ("heading", "Innsatsområde 1: Bolig"),
    ("paragraph", "Få boliger er tilpasset rullator."),
    ("heading", "Fylkeskommunen vil:"),
    ("list_item", "styrke tilskuddet til tilpasning av bolig."),
    ("heading", "Vi har lykkes når:"),
    ("list_item", "eldre har en bolig som fungerer også når helsa endrer seg."),
    ("list_item", "nærmiljøet har benker, toaletter og trygge gangveier."),
    ("heading", "Innsatsområde 2: Fellesskap"),
    ("paragraph", "Vi har lykkes når færre unge faller utenfor skolen."),
]


def test_the_lines_under_a_success_label_are_the_goals_and_the_owners_measures_are_not():
    found = success_label_goals(_doc(SUCCESS))
    assert [g.text for g in found] == [
        "eldre har en bolig som fungerer også når helsa endrer seg.",
        "nærmiljøet har benker, toaletter og trygge gangveier.",
        "færre unge faller utenfor skolen.",  # run on after the label in its own line
    ]


def test_success_labels_in_every_language():
    for label in ("Vi lykkes hvis:", "Vi har lukkast når", "Vi har nått målet när:", "Vi er lykkedes når:",
                  "Success looks like:", "We will know we have succeeded when:"):
        assert success_label(label) == "", label
    assert success_label("Vi lykkes best når vi samarbeider.") is None  # no label
    assert success_label("Success looks like: fewer people fall at home.") == "fewer people fall at home."


def test_a_fragment_completing_a_label_is_a_goal_and_a_lead_in_is_not():
    assert completing_goal("farms keep soil and nutrients out of rivers") == "farms keep soil and nutrients out of rivers"
    assert completing_goal("Fylkeskommunen vil:") is None
    assert completing_goal("for små") is None


def test_success_lines_under_a_goal_the_plan_states_measure_it_and_are_no_goals():
    """ "OUTCOME 1" / a goal sentence / "What success looks like" over indicator lines: the plan's goals
    are the sentences; a strategy whose only goals are its success criteria keeps them."""
    from plancheck.mandate.parents import parent_goals, success_measures
    from plancheck.models import Goal, Plan, SourceInfo

    doc = _doc([
        ("heading", "Outcome 1"), ("heading", "A clean district where waste is reduced."),
        ("heading", "What success looks like"), ("list_item", "Less waste thrown away per household"),
        ("list_item", "More items repaired and reused"),
        ("heading", "Outcome 2"), ("heading", "Residents live in warm and affordable homes."),
        ("heading", "What success looks like"), ("list_item", "More affordable homes built each year"),
    ])
    goals = [Goal(id="goal-1", text="A clean district where waste is reduced.", page=1, section_id="s2"),
             Goal(id="goal-2", text="Residents live in warm and affordable homes.", page=1, section_id="s7")]
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1), title="Plan", goals=goals)
    forms = form_goals(doc)
    assert len(forms) == 3 and success_measures(forms, plan, doc)
    assert [g.text for g in parent_goals(plan, doc)] == [g.text for g in goals]


def test_success_lines_right_after_a_goal_sentence_are_its_indicators():
    """ "Priority 1: Homes" / "Everyone has a safe, warm and affordable home." / "What success looks like"
    over indicator lines, and no goal the extractor read: the lines measure the sentence."""
    from plancheck.mandate.parents import success_measures
    from plancheck.models import Plan, SourceInfo

    doc = _doc([
        ("heading", "Priority 1: Homes"), ("paragraph", "Everyone has a safe, warm and affordable home."),
        ("heading", "What success looks like"), ("list_item", "More affordable homes are built each year"),
        ("heading", "Priority 2: Health"), ("paragraph", "Residents live longer and healthier lives."),
        ("heading", "What success looks like"), ("list_item", "Healthy life expectancy rises in every ward"),
    ])
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1), title="Plan")
    assert success_measures(form_goals(doc), plan, doc)
    # after the owner's own measures, the success criteria are the goals
    assert not success_measures(success_label_goals(_doc(SUCCESS)), plan, _doc(SUCCESS))
