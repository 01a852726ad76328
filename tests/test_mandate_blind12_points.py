"""Finding the points of the twelfth blind batch's layouts (issue 11), each on small hand-built
inputs: a requirements table's column of reasons (tables.py), paragraphs that each open with the
one who does the work and a modal (points.modal_paragraphs), and a brief's governance prose
(requirements.yaml: an article and a modifier before the subject, a survey as a way of hearing
the public)."""

from __future__ import annotations

from plancheck.mandate import find_points
from plancheck.mandate.points import _asks, is_requirement
from plancheck.mandate.tables import point_rows

# ----------------------------------------------------------------------------- tables

REQUIREMENTS = [
    ["Krav", "Begrunnelse"],
    [
        "Planen skal omfatte alle kommunale bygg med ventilasjonsanlegg.",
        "Dagens oversikt over anleggene er ti år gammel.",
    ],
    [
        "Energibruken skal måles for hvert bygg hver måned.",
        "Tilsynet fant avvik i mange av byggene i 2024.",
    ],
    [
        "Planen skal angi et årlig budsjett til vedlikehold.",
        "Vedlikeholdet har vært for lavt i mange år.",
    ],
    [
        "Driftspersonalet skal få opplæring i de nye anleggene.",
        "Flere av anleggene er nye og lite kjent for de ansatte.",
    ],
]


def test_a_requirements_table_gives_its_requirement_cells_not_their_reasons():
    rows = point_rows(REQUIREMENTS, _asks)
    assert rows == [(None, r[0]) for r in REQUIREMENTS[1:]]


def test_one_reason_that_asks_does_not_make_the_reasons_points():
    table = [list(r) for r in REQUIREMENTS]
    table[2][1] = "Forskriften om energimerking skal følges."
    assert point_rows(table, _asks) == [(None, r[0]) for r in REQUIREMENTS[1:]]


def test_two_columns_that_ask_or_no_header_stay_no_list():
    both = [["Krav", "Tiltak"]] + [[r[0], "Kommunen skal vurdere " + r[1].lower()] for r in REQUIREMENTS[1:]]
    assert point_rows(both, _asks) is None
    assert point_rows(REQUIREMENTS[1:], _asks) is None  # no header row: two columns of text


# ----------------------------------------------------------------------------- paragraphs

DIRECTIVE = [
    "Direktiv: Utredning om bibliotek",
    "",
    "Uppdraget",
    "Projektledaren ska kartlägga behovet av öppettider för skolor och allmänheten.",
    "",
    "Projektledaren ska jämföra två lokaliseringar av huvudbiblioteket.",
    "",
    "Projektledaren får ta in synpunkter från personalen.",
    "",
    "Projektledaren ska redovisa driftkostnaderna för alternativen.",
    "",
    "Arbetet leds av kulturchefen.",
]


def test_paragraphs_opening_with_one_subject_and_modal_are_the_points():
    points = find_points(["\n".join(DIRECTIVE)])
    assert [p.number for p in points] == ["1", "2", "3"]
    assert points[0].text.startswith("Projektledaren ska kartlägga behovet")
    assert points[2].text.startswith("Projektledaren ska redovisa driftkostnaderna")
    # a permission and the one who leads the work are no points
    assert not any("synpunkter" in p.text or "leds av" in p.text for p in points)


def test_two_such_paragraphs_are_no_list():
    points = find_points(["\n".join(DIRECTIVE[:6])])
    assert not any(p.number.isdigit() for p in points)


def test_a_mandate_with_a_list_keeps_its_list():
    text = (
        "Mandat\n\n1. Kartlegge behovet for bibliotektilbud.\n2. Vurdere to lokaliseringer.\n\n"
        "Arbeidsgruppa skal møtes hver måned.\n\nArbeidsgruppa skal levere rapport.\n\n"
        "Arbeidsgruppa skal ha fire medlemmer.\n"
    )
    points = find_points([text])
    assert [p.number for p in points][:2] == ["1", "2"]
    assert all(not p.number.isdigit() or int(p.number) <= 2 for p in points)


# ----------------------------------------------------------------------------- prose


def test_a_subject_with_a_modifier_and_a_survey_are_asked_for():
    assert is_requirement("The revised strategy shall go to the Housing Committee by June 2027.")
    assert is_requirement("Et nytt utkast skal legges fram for formannskapet innen mars 2027.")
    assert is_requirement("A household survey shall be conducted before the options are ranked.")
    assert is_requirement("En spørreundersøkelse skal gjennomføres før tiltakene prioriteres.")
    assert not is_requirement("The steering group meets monthly.")
    assert not is_requirement("The Director of Place chairs the steering group.")
