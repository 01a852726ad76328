"""Mandate forms read as points: a scoping table's rows under a question of what is to be studied ("Hva skal vurderes") with rows
that leave their theme out ("Vurderes ikke."), a series of clauses under one modal set apart
by semicolons, and prose requirements whose subject, deadline or tense decide them (a report
ordered as the work's document, "senast den 30 november", a hearing already held, the
addressee asked for an action plan)."""

from __future__ import annotations

from plancheck.mandate import find_points
from plancheck.mandate.points import (
    _leans,
    _named_header,
    _scoped_out,
    _table_asks,
    is_requirement,
    semicolon_series,
)
from plancheck.mandate.tables import point_rows

SCOPING = [
    ["Miljøforhold", "Hvad der skal vurderes", "Metode"],
    ["Støj", "Støj fra anlæg og kørsel ved de nærmeste boliger", "Støjberegning"],
    ["Lys", "Vurderes ikke. Anlægget belyses kun ved indkørslen.", "–"],
    ["Grundvand", "Risikoen for forurening af grundvandet i indvindingsområdet", "Kortlægning"],
    ["Klima", "Anlæggets samlede drivhusgasregnskab, herunder metantab", "Beregning"],
]


def _rows(table: list[list[str]]) -> list[tuple[str | None, str]] | None:
    return point_rows(
        table, _table_asks, named_header=_named_header, leans=_leans, scoped_out=_scoped_out
    )


def test_a_scoping_table_leaves_out_its_not_assessed_rows_and_keeps_row_numbers() -> None:
    assert _rows(SCOPING) == [
        ("1", "Støj: Støj fra anlæg og kørsel ved de nærmeste boliger"),
        ("3", "Grundvand: Risikoen for forurening af grundvandet i indvindingsområdet"),
        ("4", "Klima: Anlæggets samlede drivhusgasregnskab, herunder metantab"),
    ]
    # without a row left out the points are numbered by the caller, as before
    assert [n for n, _ in _rows([SCOPING[0], SCOPING[1], SCOPING[3]]) or []] == [None, None]


def test_a_semicolon_series_under_one_modal_is_a_list() -> None:
    sentence = (
        "Planen skal kartleggje tilstanden til alle husa; gje ei oversikt over kven som eig "
        "husa; vurdere kva hus kommunen bør eige; og gjere greie for korleis husa kan nyttast "
        "ved ei krise."
    )
    assert semicolon_series(sentence) == [
        "kartleggje tilstanden til alle husa",
        "gje ei oversikt over kven som eig husa",
        "vurdere kva hus kommunen bør eige",
        "gjere greie for korleis husa kan nyttast ved ei krise",
    ]
    # semicolons between facts are no series
    assert semicolon_series("Huset er gammalt; taket lek; kjellaren er fuktig.") is None
    text = f"Oppdrag\n\nHei Olav,\n\n{sentence}\n\nHelsing Astrid\n"
    texts = [p.text for p in find_points([text])]
    assert "vurdere kva hus kommunen bør eige" in texts
    assert not any(t.startswith("Planen skal kartleggje") for t in texts)


def test_prose_requirements_by_subject_deadline_and_tense() -> None:
    # a report the mandate orders, as the head of a compound
    assert is_requirement("Miljørapporten skal indeholde et ikke-teknisk resumé.")
    # the article of a date after the deadline word
    assert is_requirement("Planen ska överlämnas till kommunstyrelsen senast den 30 november 2036.")
    # the addressee asked for a part of the plan
    assert is_requirement(
        "The council should publish an action plan that responds to each recommendation."
    )
    # a hearing already held, no modal: background
    assert not is_requirement(
        "Udkastet til afgrænsning har været i høring hos berørte myndigheder fra 3. til 24. marts."
    )


def test_a_study_question_header_by_form_in_each_language() -> None:
    # question word, modal, the passive's auxiliary where the language has one, a study verb
    assert _named_header("What will be investigated?")
    assert _named_header("Vad som ska bedömas")
    assert _named_header("Hva skal kartlegges:")
    # a question of something else to do is no study question
    assert not _named_header("What will be built")
    assert not _named_header("Hva skal bygges")


def test_a_table_whose_every_row_is_scoped_out_has_no_points() -> None:
    table = [SCOPING[0], SCOPING[2], ["Lugt", "Ikke relevant – ingen boliger i nærheden.", "–"]]
    assert _rows(table) is None


def test_a_series_drops_the_and_or_before_its_last_clause() -> None:
    sentence = (
        "Planen skal kartlegge tilstanden til byggene; vurdere behovet for nye bygg; "
        "og/eller foreslå hvilke bygg som kan selges."
    )
    assert semicolon_series(sentence) == [
        "kartlegge tilstanden til byggene",
        "vurdere behovet for nye bygg",
        "foreslå hvilke bygg som kan selges",
    ]


def test_the_final_plan_as_the_subject_of_a_step() -> None:
    assert is_requirement("Endelig plan legges fram for formannskapet innen 1. juni 2027.")
    assert is_requirement("Endeleg plan vert lagd fram for formannskapet innan 1. juni 2027.")
