"""Session 50's reading of mandate points (branch m56read), each on a hand-built input with
invented wording: a checklist's rows by their assessment mark ('Avvik' a point, 'I orden' none),
read by lines or from a numbered table; a list under a heading of the writer's values or of what
went well (no points); the plan to be filed or ready by a date (a step of its process); and
advice disowned by the sentence after it ("Dette er et råd og ikke et vilkår")."""

from __future__ import annotations

from plancheck.mandate.points import Line, _numbered_rows, dated_plan_order, find_points


def _texts(lines: list[Line]) -> list[str]:
    return [p.text for p in find_points(lines)]


def _body(text: str, gap: bool = False) -> Line:
    return Line(text, page=1, size=10.0, gap=gap)


def _heading(text: str) -> Line:
    return Line(text, page=1, size=13.0, bold=True, gap=True)


# --------------------------------------------------------------------------- checklist marks


def test_checklist_rows_read_by_lines_are_points_only_where_marked_deficient():
    lines = [
        _heading("Vernerunde i bydelshuset"),
        _body("Runden gikk gjennom alle rom i første etasje og kjelleren.", gap=True),
        _heading("Sjekkpunkter"),
        _body("Nr Tema Vurdering Funn", gap=True),
        _body("1.1 Trapper I orden Rekkverket er festet og trinnene er merket.", gap=True),
        _body("1.2 Lys Avvik Lampene i korridoren mot lageret virker ikke.", gap=True),
        _body("1.3 Dører I orden Nødutgangene er merket og lette å åpne.", gap=True),
        _body("1.4 Støv Avvik Ventilene i verkstedet er tette av støv.", gap=True),
        _heading("Oppfølging"),
        _body("Tiltaksplanen skal vise hvem som retter hvert avvik.", gap=True),
    ]
    texts = _texts(lines)
    assert "Lampene i korridoren mot lageret virker ikke." in texts
    assert "Ventilene i verkstedet er tette av støv." in texts
    # the rows in order are no points, and no row keeps its area or its mark
    assert not any("Rekkverket" in t or "Nødutgangene" in t for t in texts)
    assert not any(t.startswith(("Lys", "Støv")) for t in texts)
    # a run marked one way only is a list of findings, left as it is
    only = [
        _heading("Funn"),
        _body("1.1 Lys Avvik Lampene i korridoren mot lageret virker ikke.", gap=True),
        _body("1.2 Støv Avvik Ventilene i verkstedet er tette av støv.", gap=True),
        _body("1.3 Gulv Avvik Gulvet i kjelleren er glatt når det regner.", gap=True),
    ]
    assert len(_texts(only)) == 3


def test_a_numbered_table_with_an_assessment_column_keeps_the_deficient_rows():
    rows = [
        ["Nr", "Tema", "Vurdering", "Funn"],
        ["1", "Trapper", "I orden", "Rekkverket er festet og trinnene er merket."],
        ["2", "Lys", "Avvik", "Lampene i korridoren mot lageret virker ikke."],
        ["3", "Dører", "I orden", "Nødutgangene er merket og lette å åpne."],
    ]
    assert [ln.text for ln in _numbered_rows(rows, 1)] == ["2. Lampene i korridoren mot lageret virker ikke."]


# --------------------------------------------------------------------------- stated lists


def test_a_list_under_a_heading_of_the_writers_values_is_no_point():
    lines = [
        _heading("Dette legg styret vekt på"),
        _body("• at alle barn får bade trygt om sommaren", gap=True),
        _body("• at foreldra følgjer barna til stranda"),
        _heading("Badeplanen"),
        _body("Badeplanen skal:", gap=True),
        _body("1. vise kvar det er livbøyer langs stranda", gap=True),
        _body("2. gje ei oversikt over badevakter kvar helg"),
    ]
    texts = _texts(lines)
    assert any(t.startswith("vise kvar det er livbøyer") for t in texts)
    assert not any("alle barn får bade" in t or "foreldra følgjer" in t for t in texts)


def test_a_list_of_what_went_well_is_no_point_and_the_prose_asks():
    lines = [
        _heading("2 What went well"),
        _body("• The ferry crews answered every call within ten minutes.", gap=True),
        _body("• Volunteers opened the village hall the same evening."),
        _body("• The school kept its pupils informed by text message."),
        _heading("3 Follow-up"),
        _body("The updated plan must describe how every landing stage is kept open in winter.", gap=True),
    ]
    texts = _texts(lines)
    assert any("landing stage" in t for t in texts)
    assert not any("ferry crews" in t or "Volunteers" in t or "text message" in t for t in texts)


# --------------------------------------------------------------------------- the plan's deadline


def test_the_plan_filed_or_ready_by_a_date_is_a_dated_order():
    assert dated_plan_order(
        "The director should electronically file the plan with the board clerk no later than May 2, 2061."
    )
    assert dated_plan_order("Den nye planen skal være ferdig innen 1. april 2061.")
    assert dated_plan_order("Planen ska vara klar senast den 1 april 2061.")
    # a report filed is no plan, and a plan filed in the past is no order
    assert not dated_plan_order("The director should file the report on ferry fares no later than May 2, 2061.")
    assert not dated_plan_order("The director filed the plan with the board clerk on May 2, 2061.")


def test_a_dated_filing_sentence_in_the_prose_is_a_point():
    lines = [
        _heading("Section 9 Harbours"),
        _body("The plan shall include, but not be limited to, the following:", gap=True),
        _body("A. A map of every landing stage;", gap=True),
        _body("B. The cost of repairing each stage."),
        _body("The director should electronically file the plan and a motion no later than May 2,", gap=True),
        _body("2061, with the clerk of the board."),
    ]
    texts = _texts(lines)
    assert any(t.startswith("The director should electronically file the plan") for t in texts)


# --------------------------------------------------------------------------- advice disowned


def test_advice_disowned_by_the_next_sentence_is_no_point():
    lines = [
        _heading("Vilkår"),
        _body("Tiltaksplanen skal:", gap=True),
        _body("1. vise alle brønner i feltet", gap=True),
        _body("2. vise hvem som eier hver brønn"),
        _heading("Andre forhold"),
        _body(
            "Fylkeskommunen anbefaler at kommunen vurderer å merke brønnene i terrenget. Dette er et råd og "
            "ikke et vilkår for avtalen. Tiltaksplanen skal sendes til fylkeskommunen innen 1. mai 2061.",
            gap=True,
        ),
    ]
    texts = _texts(lines)
    assert not any("merke brønnene" in t for t in texts)
    assert any("sendes til fylkeskommunen" in t for t in texts)
