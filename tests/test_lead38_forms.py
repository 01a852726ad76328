"""The forms the lead of session 38 made general, each on small hand-built input: a decision's
points run into its paragraph with letters and a stop ("Planen skal a. gjere greie for …, b. …"),
a table of tasks whose task column is the point beside what each task delivers and by when
("Oppgave | Leveranse | Frist"), a goal set as a bold sentence (read as a heading) over bullets
that say what to do, one unnumbered "Delmål:" line under a section's background text, and a bold
run-in label opening a paragraph under a sentence whose line left no room."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.blocks import bold_label_after_sentence
from plancheck.layout.lines import Line, words_to_lines
from plancheck.layout.words import Word
from plancheck.mandate.points import Line as MLine
from plancheck.mandate.points import _table_lines, find_points
from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks

# ------------------------------------------------------------------ points run into a paragraph


def _texts(blocks: list) -> list[str]:
    return [p.text.rstrip(".") for p in find_points(blocks)]


def test_lettered_points_with_a_stop_run_into_a_decision_are_points():
    got = _texts([
        MLine("Vedtak:", gap=True, bold=True),
        MLine("Utvalet set i gang arbeidet med ein ny plan. Planen skal a. gjere greie for kapasiteten i "
              "tenestene i dag, b. vurdere korleis kvardagsrehabilitering kan givast i heile kommunen, "
              "c. skildre samarbeidet med helseføretaket og d. foreslå tiltak for betre koordinering.", gap=True),
    ])
    assert "gjere greie for kapasiteten i tenestene i dag" in got
    assert "vurdere korleis kvardagsrehabilitering kan givast i heile kommunen" in got
    assert "foreslå tiltak for betre koordinering" in got


def test_a_stop_after_a_letter_that_starts_no_series_is_no_point():
    # an initial, "bl.a." and a day of the month are no markers; without a series from "a." nothing
    got = _texts([
        MLine("Vedtak:", gap=True, bold=True),
        MLine("Planen skal utarbeides av J. Hansen og bl.a. vurdere trafikken. Planen skal legges fram "
              "innen 1. mars 2028.", gap=True),
    ])
    assert not any(t.startswith(("Hansen", "vurdere trafikken")) for t in got)


def test_the_swedish_present_of_a_first_conjugation_verb_asks():
    got = _texts([
        MLine("Beslut", gap=True, bold=True),
        MLine("Kommunstyrelsen ger förvaltningen i uppdrag att ta fram en plan som 1) inventerar skicket på "
              "lekplatserna, 2) anger vilka som ska rustas upp och 3) redovisar kostnaderna per år.", gap=True),
    ])
    assert "inventerar skicket på lekplatserna" in got
    assert "redovisar kostnaderna per år" in got


# ------------------------------------------------------------------------------ a table of tasks


def test_the_task_column_of_a_table_of_tasks_is_the_point():
    rows = [["Oppgave", "Leveranse", "Frist"],
            ["Kartlegge anlegg og tilstanden på dem", "Anleggsoversikt", "1. april 2027"],
            ["Innhente innspill fra idrettslagene", "Referat", "1. mai 2027"],
            ["Foreslå prioriteringer for spillemidler", "Prioritert liste", "1. juni 2027"]]
    got = [ln.text for ln in _table_lines(rows, 1)]
    assert any(t.endswith("Kartlegge anlegg og tilstanden på dem") for t in got)
    assert not any("Anleggsoversikt" in t for t in got)
    assert len(got) == 3
    da = [["Opgave", "Resultat", "Tidsfrist"],
          ["Afdække omfanget af ensomhed blandt ældre", "Notat", "Marts 2027"],
          ["Inddrage Ældrerådet og frivillige foreninger", "To dialogmøder", "Maj 2027"]]
    assert len(_table_lines(da, 1)) == 2


def test_a_table_without_a_task_header_is_read_as_before():
    # a timetable (dates, no numbers, no task column) gives no points
    rows = [["Fase", "Dato"], ["Oppstart", "1. april 2027"], ["Høring", "1. juni 2027"]]
    assert _table_lines(rows, 1) == []


# ------------------------------------------------------------------------- goals set in bold


def _b(kind: BlockKind, text: str, number: str | None = None) -> Block:
    return Block(id="", kind=kind, text=text, number=number)


def test_a_bold_sentence_stating_an_aim_over_bullets_of_actions_is_their_goal():
    H, P, L = BlockKind.heading, BlockKind.paragraph, BlockKind.list_item
    plan = plan_of_blocks([
        _b(H, "Gröna miljöer i tätorterna", "3.1"),
        _b(P, "Parker och gröna stråk är viktiga för både växter, djur och människor."),
        _b(H, "Andelen grönyta i tätorterna ska inte minska"),
        _b(L, "Ta fram en grönplan för tätorten"),
        _b(L, "Plantera minst 300 nya träd i gatumiljöer"),
    ], "sv")
    goal = next(g for g in plan.goals if g.text.startswith("Andelen grönyta"))
    assert {m.text for m in plan.measures if goal.id in m.goal_ids} == {
        "Ta fram en grönplan för tätorten", "Plantera minst 300 nya träd i gatumiljöer"}


def test_a_bold_heading_without_an_aim_is_no_goal():
    H, L = BlockKind.heading, BlockKind.list_item
    plan = plan_of_blocks([
        _b(H, "Gröna miljöer i tätorterna", "3.1"),
        _b(H, "Parker och träd i gatumiljön"),
        _b(L, "Ta fram en grönplan för tätorten"),
        _b(L, "Plantera minst 300 nya träd i gatumiljöer"),
    ], "sv")
    assert not any(g.text.startswith("Parker och träd") for g in plan.goals)


# ------------------------------------------------------------- one "Delmål:" line per section


def test_one_unnumbered_sub_goal_line_is_the_sections_goal_not_the_text_over_it():
    H, P, L = BlockKind.heading, BlockKind.paragraph, BlockKind.list_item
    blocks = [
        _b(H, "Mindre madspild", "1"),
        _b(P, "Kommunens institutioner smider hvert år omkring 40 ton mad ud."),
        _b(P, "Delmål: Madspildet i kommunens institutioner skal halveres"),
        _b(L, "Måle madspildet i alle køkkener fire gange om året"),
        _b(L, "Give overskudsmad til væresteder"),
    ]
    blocks[2].run_in = "Delmål"
    plan = plan_of_blocks(blocks, "da")
    texts = [g.text for g in plan.goals]
    assert any(t.startswith("Madspildet i kommunens institutioner") for t in texts)
    assert not any(t.startswith("Kommunens institutioner smider") for t in texts)
    goal = next(g for g in plan.goals if g.text.startswith("Madspildet"))
    assert {m.text for m in plan.measures if goal.id in m.goal_ids} == {
        "Måle madspildet i alle køkkener fire gange om året", "Give overskudsmad til væresteder"}


# ------------------------------------------------------------------- a bold run-in label (layout)


def _line(words: list[tuple[str, bool]], top: float, x: float = 72.0) -> Line:
    built = [Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, bold=bold)
             for w, (_t, bold) in zip(line_words(" ".join(t for t, _ in words), x, top), words, strict=True)]
    return words_to_lines(built, 1)[0]


def test_a_bold_label_under_a_sentence_opens_a_paragraph_a_plain_field_does_not():
    prev = _line([("Det", False), ("koster", False), ("både", False), ("penge", False), ("og", False), ("klima.", False)], 100)
    bold = _line([("Delmål:", True), ("Madspildet", False), ("skal", False), ("halveres", False)], 112)
    plain = _line([("Ansvarlig:", False), ("Kultur", False), ("og", False), ("Fritid.", False)], 112)
    assert bold_label_after_sentence(prev, bold)
    assert not bold_label_after_sentence(prev, plain)
    # not under a line that ends mid-sentence
    mid = _line([("Det", False), ("koster", False), ("både", False), ("penge", False), ("og", False)], 100)
    assert not bold_label_after_sentence(mid, bold)


# ---------------------------------------------------------- the picture of the goals, by a year


def test_a_heading_naming_the_picture_of_the_goals_with_its_year_is_a_goal_heading():
    from plancheck.extract.roles import heading_role

    for text in ("Målbild 2035", "Målbilde 2027–2030", "Målbilete for 2030", "Målbillede for 2032",
                 "What we want to see by 2031"):
        assert heading_role(text)[0] == "goal", text
    # a year after a word of no role gives none
    assert heading_role("Bakgrunn 2025")[0] is None
