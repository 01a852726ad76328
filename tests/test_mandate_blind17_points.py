"""Forms of a mandate met in mandates-blind17, each on a small hand-built input (invented
wording, no corpus document's): a committee's decision written as 'at'-clauses one to a line
(one only taking a briefing to note), a carried amendment printed above the motion it
changes, a label | value form read from a PDF as one line per row, a grant letter's terms for
the money, a draft named by its step as the subject, and a passage on the thing asked at
another place."""

from __future__ import annotations

import test_mandate_support as support

from plancheck.mandate import assess_points, find_points
from plancheck.mandate import text as T
from plancheck.mandate.match import place_terms
from plancheck.mandate.points import Line, _form_label, amended, clause_runs, is_requirement


def _ln(text: str, page: int = 1, indent: float = 71.0, gap: bool = False, bold: bool = False) -> Line:
    return Line(text, page, indent, 10.0, bold, None, gap)


# ----------------------------------------------------------------------------- 'at'-clauses

DECISION = [
    _ln("Beslutning i Fritidsudvalget den 2. maj 2030", bold=True, gap=True),
    _ln("Bestyrelsen vedtog,", gap=True),
    _ln("at der udarbejdes en plan for legepladserne, som omfatter alle kommunens"),
    _ln("legepladser,"),
    _ln("at planen beskriver, hvordan legepladserne vedligeholdes,"),
    _ln("at udvalget tager orienteringen om den nye sikkerhedsnorm til efterretning,"),
    _ln("at planen indeholder en køreplan for udskiftning af gyngerne,"),
    _ln("at planen forelægges udvalget senest i juni 2031."),
    _ln("Bilag: Oversigtskort", gap=True),
]


def test_clauses_of_a_decision_one_to_a_line_are_points_numbered_by_position():
    pts = [p for p in find_points(DECISION) if not p.number.startswith("S")]
    assert [p.number for p in pts] == ["1", "2", "3", "4"]
    # the opening "at" is the clause's marker, the wrapped line is joined to it, the closing
    # comma and the last clause's stop are none of the text
    assert pts[0].text == "der udarbejdes en plan for legepladserne, som omfatter alle kommunens legepladser"
    assert pts[3].text == "planen forelægges udvalget senest i juni 2031"
    # the clause taking a briefing to note asks nothing and gets no number
    assert not any("efterretning" in p.text for p in pts)


def test_two_clauses_stay_prose_and_a_clause_needs_a_lead_in():
    short = [_ln("Bestyrelsen vedtog,", gap=True), _ln("at planen beskriver stierne,"), _ln("at planen vedtages.")]
    assert [ln.text for ln in clause_runs(short)] == [ln.text for ln in short]
    # no lead-in ending in a comma or colon: lines that happen to open with "at" are no list
    loose = [_ln("Vi ved nu.", gap=True), *DECISION[2:5]]
    assert [ln.text for ln in clause_runs(loose)] == [ln.text for ln in loose]


# ----------------------------------------------------------------------------- amendments

MOTION = [
    _ln("Councillor Grey moved the following amendment:", gap=True),
    _ln("“In resolution 2, delete ‘close the depot’s yard by 2029’ and insert ‘consult"),
    _ln("residents on the future of the depot’s yard’.”"),
    _ln("On being put to the vote the amendment was CARRIED."),
    _ln("This Council therefore resolves to:", gap=True),
    _ln("1. plant a hedge along the depot road;"),
    _ln("2. close the depot’s yard by 2029;"),
    _ln("3. report to the Cabinet every year."),
]


def test_a_carried_amendment_replaces_the_old_wording_of_its_point():
    pts = {p.number: p.text for p in find_points(MOTION)}
    assert pts["2"].startswith("consult residents on the future of the depot’s yard")
    assert "close the depot" not in pts["2"]
    assert pts["1"].startswith("plant a hedge")


def test_a_lost_amendment_changes_nothing():
    lost = [*MOTION[:3], _ln("On being put to the vote the amendment was LOST."), *MOTION[4:]]
    pts = {p.number: p.text for p in find_points(lost)}
    assert pts["2"].startswith("close the depot’s yard by 2029")
    # and amended() alone leaves points alone when no amendment is printed
    assert amended([], MOTION[4:]) == []


# ----------------------------------------------------------------------------- forms


def _w(text: str, x0: float, bold: bool = False) -> dict:
    return {
        "text": text, "x0": x0, "x1": x0 + 6.0 * len(text), "top": 100.0, "bottom": 110.0,
        "size": 10.0, "fontname": "Calibri-Bold" if bold else "Calibri",
    }


def test_a_form_row_read_as_one_line_splits_at_the_bold_label():
    row = [_w("Tidsfrist", 71.0, bold=True), _w("Utkastet", 170.0), _w("leveres", 221.0)]
    label, value = _form_label(row)
    assert [w["text"] for w in label] == ["Tidsfrist"]
    assert [w["text"] for w in value] == ["Utkastet", "leveres"]
    # a bold word run into its sentence (no wide gap), or a label not in bold, is no label
    assert _form_label([_w("Merk", 71.0, bold=True), _w("dette", 97.0)]) is None
    assert _form_label([_w("Tidsfrist", 71.0), _w("Utkastet", 170.0)]) is None
    # a label with its colon ("Sendt:" in a mail's header) stays with its value
    assert _form_label([_w("Sendt:", 71.0, bold=True), _w("12.", 170.0), _w("mars", 190.0)]) is None
    # a number in the first column is a table's row, not a form's label
    assert _form_label([_w("2031", 71.0, bold=True), _w("Utkastet", 170.0)]) is None


def test_a_draft_named_by_its_step_is_the_work_as_subject():
    assert is_requirement("Høringsutkast legges fram for formannskapet innen 1. mars 2031.")
    assert is_requirement("Sluttutkastet oversendes rådmannen innen 1. juni 2031.")


# ----------------------------------------------------------------------------- grant terms


def test_the_report_to_the_funder_in_a_grant_letter_is_no_requirement_of_the_plan():
    letter = [
        _ln("Vilkår", bold=True, gap=True),
        _ln("Planen skal:"),
        _ln("1. kartleggje gangvegane"),
        _ln("2. innehalde ein tiltaksplan"),
        _ln("Utbetaling", bold=True, gap=True),
        _ln("Tilskotet vert utbetalt når planen er vedteken.", gap=True),
        _ln("Rapportering", bold=True, gap=True),
        _ln("Rapporten skal vise kor mange gangvegar som er sikra i prosjektet.", gap=True),
    ]
    assert [p.number for p in find_points(letter)] == ["1", "2"]
    # the same sentence under another heading is a requirement of the work
    other = [*letter[:6], _ln("Innhald", bold=True, gap=True), letter[7]]
    assert "S1" in [p.number for p in find_points(other)]
    # and so it is under "Rapportering" in a mandate that pays nothing (the work's reporting)
    mandate = [*letter[:4], *letter[6:]]
    assert "S1" in [p.number for p in find_points(mandate)]


# ----------------------------------------------------------------------------- places


def test_a_place_and_the_places_listed_with_it_are_found():
    text = "der holdes møder i Nordby, Vestvik og Kirkeby, før planen sendes i høring"
    names = [t.surface for t in place_terms(text, T.content_terms(text, "da"))]
    assert names == ["Nordby", "Vestvik", "Kirkeby"]


def test_the_thing_asked_at_another_place_is_not_an_answer():
    plan = support.make_plan(
        [("Energi", ["I Sørvika monterer vi varmepumper i alle de nye husene."])],
        title="Oppgraderingsplan for Nordby",
    )
    (heat,) = support.cover(plan, "Planen skal utrede varmepumper i husene i Nordby.")
    assert heat.status != "covered"


def test_meetings_in_some_of_the_places_listed_are_a_part():
    plan = support.make_plan(
        [("Inddragelse", ["Der blev holdt borgermøder i Nordby og Vestvik i maj 2030 med i alt 80 deltagere."])],
        title="Handleplan for Nordby",
    )
    asked = "der afholdes borgermøder i Nordby, Vestvik og Kirkeby, før planen sendes i høring"
    pts = find_points(["Beslutning\n\nUdvalget godkendte:\n\n1. " + asked + "\n"])
    (c,) = assess_points(plan, pts, lang="da")
    assert c.status == "partial"
    assert any("Kirkeby" in m for m in c.missing)


def test_help_to_apply_is_not_answered_by_the_grant_alone():
    """"hvordan X kan få hjælp til at søge tilskud": the help is asked; a passage that names
    the grant and no help answers nothing of it, one that names advice does."""
    asked = "planen beskriver, hvordan private foreninger kan få hjælp til at søge regionens tilskud til legepladser"
    pts = find_points(["Beslutning\n\nUdvalget godkendte:\n\n1. " + asked + "\n"])
    bare = support.make_plan(
        [
            ("Om planen", ["Planen gælder for hele kommunen."]),
            (
                "Private foreninger",
                [
                    "Regionen giver tilskud til private legepladser gennem en pulje. Legepladser på "
                    "privat jord bygges kun, hvor foreningen selv ønsker det."
                ],
            ),
        ],
        title="Handleplan for legepladser",
    )
    (c,) = assess_points(bare, pts, lang="da")
    assert c.status != "covered"
    helped = support.make_plan(
        [
            (
                "Private foreninger",
                [
                    "Private foreninger kan få vejledning fra kommunens konsulent, når de søger regionens "
                    "tilskud til legepladser."
                ],
            )
        ],
        title="Handleplan for legepladser",
    )
    (c,) = assess_points(helped, pts, lang="da")
    assert c.status == "covered"


# ----------------------------------------------------------------------------- directives

DIRECTIVE = [
    _ln("Särskilda uppdrag", bold=True, gap=True),
    _ln("7.1 Stiftelsen ska ta fram en skötselplan för Norrskogen."),
    _ln("7.2 Stiftelsen ska hyra ut stugorna vid sjön året runt."),
    _ln("7.3 Skötselplanen ska visa hur stigarna underhålls."),
    _ln("7.4 Stiftelsen ska i planen redovisa kostnaderna för röjningen."),
    _ln("7.5 Besökarna ska kunna välja kortare slingor."),
    _ln("7.6 Planen ska innehålla en karta över rastplatserna."),
]


def test_the_agents_assignments_of_other_things_are_no_points_of_the_plan():
    pts = {p.number: p.text for p in find_points(DIRECTIVE)}
    # the agent's item that names no plan is another assignment; an item with another
    # subject says what the plan must allow and stays
    assert "7.2" not in pts
    assert {"7.1", "7.3", "7.4", "7.5", "7.6"} <= set(pts)


def test_a_list_that_rarely_names_the_plan_keeps_every_item():
    rare = [
        DIRECTIVE[0],
        _ln("7.1 Stiftelsen ska ta fram en skötselplan för Norrskogen."),
        _ln("7.2 Stiftelsen ska hyra ut stugorna vid sjön året runt."),
        _ln("7.3 Stiftelsen ska röja stigarna varje vår."),
        _ln("7.4 Stiftelsen ska i planen redovisa kostnaderna för röjningen."),
        _ln("7.5 Stiftelsen ska sätta upp skyltar vid parkeringen."),
    ]
    assert [p.number for p in find_points(rare) if not p.number.startswith("S")] == ["7.1", "7.2", "7.3", "7.4", "7.5"]
