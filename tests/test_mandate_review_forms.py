"""Forms of a mandate written as a review or a consulting body's letter: an audit's action
table whose one row orders another body's document, advice and an objection's condition in
prose, an answered question table. Hand-built lines, no document of the corpora."""

from __future__ import annotations

from plancheck.mandate import find_points
from plancheck.mandate.points import Line, _table_lines, is_requirement, point_kind


def _ln(text: str, page: int = 1, size: float = 11.0, gap: bool = False, bold: bool = False) -> Line:
    return Line(text, page, 71.0, size, bold, None, gap, None, right=None, edge=524.0)


def test_an_action_row_ordering_another_kind_of_document_on_the_subject_is_its_owners():
    rows = [
        ["Ref", "Recommendation", "Priority", "Response", "Owner", "Target date"],
        ["A1", "Review the rota for weekend patrols in the parks.", "1", "Agreed", "Parks Manager", "31/10/2043"],
        ["A2", "Train the wardens in first aid every second year.", "2", "Agreed", "Parks Manager", "31/12/2043"],
        ["A3", "Keep a log of every incident at the play areas.", "2", "Agreed", "Head of Service", "31/01/2044"],
        ["A4", "Update the corporate Park Safety Policy.", "3", "Agreed", "Head of Legal", "31/03/2044"],
    ]
    lines = [_ln("Management action plan", size=16.0, bold=True, gap=True), *_table_lines(rows, 1)]
    own = [p.number for p in find_points(lines, plan_title="Park Safety Plan 2043–2045")]
    # the policy is another document, its owner has no other row: the service's rows are the plan's
    assert own == ["A1", "A2", "A3"]


def test_advice_to_the_addressee_by_name_asks_its_infinitive():
    assert is_requirement("Vi råder kommunen til å sikre en trygg skoleveg langs fylkesvegen.")
    assert is_requirement("Vi rekommenderar kommunen att inventera alla lekplatser.")
    assert is_requirement("We advise the council to publish the register of sites every year.")
    # advice to another body than the addressee, and advice negated, ask nothing of the plan
    assert not is_requirement("Vi rekommenderar kommunstyrelsen att se över delegationsordningen.")
    assert not is_requirement("Vi råder kommunen til å ikke endre planen.")


def test_the_condition_that_lifts_an_objection_is_a_requirement():
    assert is_requirement("Innsigelsen kan løses ved at byggegrensen mot sjøen settes til 100 meter.")
    assert is_requirement("Motsegna kan løysast ved at felt B2 blir teke ut av planen.")
    assert is_requirement("The objection can be resolved by moving the access road away from the school.")
    # raising the objection and its grounds ask nothing
    assert not is_requirement("Statsforvalteren fremmer innsigelse til felt B2 av hensyn til strandsonen.")
    assert not is_requirement("Kommunen kan ikke vedta planen før innsigelsene er løst.")


def test_a_request_whose_clause_has_the_plan_after_an_article_and_modifier():
    assert is_requirement(
        "Vi ber om at det reviderte planforslaget sendes oss før det legges fram for kommunestyret."
    )
    assert not is_requirement("Vi ber om at det blir tatt hensyn til dette.")


def test_the_addressees_answer_asked_by_a_date_is_a_process_point():
    s = "Revisorerna önskar nämndens svar senast den 15 april 2044."
    assert is_requirement(s)
    assert point_kind(s) == "process"
    assert not is_requirement("Revisorerna önskar nämndens svar på rapporten.")


def test_a_report_of_the_agreed_actions_by_a_date_is_a_step():
    assert is_requirement("Management should report progress on the agreed actions to the Committee by 30 June 2044.")
    assert not is_requirement("Management agreed to report progress to the Committee by 30 June 2044.")


def test_a_reviews_own_questions_answered_in_an_assessment_column_are_no_points():
    rows = [
        ["Revisionsfråga", "Bedömning"],
        ["Finns en plan för underhållet av gatorna?", "Nej"],
        ["Följer nämnden upp kostnaderna för underhållet?", "Delvis"],
    ]
    assert _table_lines(rows, 1) == []
    # the same questions beside a comment column are asked
    assert len(_table_lines([["Revisionsfråga", "Kommentar"], *rows[1:]], 1)) == 2


def test_a_dash_opening_a_titles_second_line_in_display_type_is_no_item():
    lines = [
        _ln("Reguleringsplan for Fjellvegen", size=20.0, bold=True),
        _ln("– uttalelse til offentlig ettersyn", size=20.0, bold=True),
        _ln("Vi viser til brev om høring av planen. Planen legger til rette for", gap=True),
        _ln("nye boliger langs Fjellvegen og en ny skole i sentrum av bygda."),
        _ln("Vi har ingen merknader til plankartet eller bestemmelsene."),
        _ln("Vi råder kommunen til å sikre en trygg skoleveg langs fylkesvegen.", gap=True),
    ]
    texts = [p.text for p in find_points(lines)]
    assert texts == ["Vi råder kommunen til å sikre en trygg skoleveg langs fylkesvegen."]


def test_the_frame_of_an_advice_or_an_objection_is_no_concern():
    from plancheck.mandate.match import strip_report_frame

    assert strip_report_frame("Vi råder kommunen til å sikre en trygg skoleveg.") == "sikre en trygg skoleveg."
    assert strip_report_frame("Innsigelsen kan løses ved at felt B2 tas ut av planen.") == "felt B2 tas ut av planen."
    assert strip_report_frame("Planen skal vise skolevegen.") == "Planen skal vise skolevegen."


def test_one_cell_ordering_the_plan_and_spelling_out_its_requirements():
    rows = [
        ["Nr.", "Oppdrag", "Frist"],
        [
            "T1",
            "Eininga skal lage ein plan for vedlikehald av bruene. Planen skal prioritere kva for bruer"
            " som skal vølast først. Planen skal rekne ut kostnadene ved vedlikehaldet. Planen skal"
            " lagast i samråd med vegvesenet.",
            "1.10.2044",
        ],
        ["T2", "Eininga skal delta i arbeidet med ny regional transportplan.", "Løpande"],
        ["T3", "Eininga skal ta imot dei nye brøytebilane.", "31.12.2044"],
    ]
    lines = [_ln("Oppdrag", size=16.0, bold=True, gap=True), *_table_lines(rows, 1)]
    points = find_points(lines, plan_title="Plan for vedlikehald av bruer 2044–2047")
    # the sentences asked of the plan are the points; the order itself and the other orders none
    assert [p.number for p in points] == ["T1.1", "T1.2", "T1.3"]
    assert points[1].text.startswith("Planen skal rekne ut kostnadene")


def test_the_instructions_in_a_templates_guidance_boxes_are_points():
    lines = [
        _ln("Skabelon for driftsplaner", size=20.0, bold=True),
        _ln("Alle enheder udarbejder en driftsplan efter denne skabelon hvert andet år.", gap=True),
        _ln("Skabelonen er lavet af økonomiafdelingen i samarbejde med enhederne."),
        _ln("1 Lokaler", size=16.0, bold=True, gap=True),
        _ln("Vejledning", size=9.5, bold=True, gap=True),
        _ln("Beskriv enhedens lokaler og deres stand.", size=9.5),
        _ln("2 Personale", size=16.0, bold=True, gap=True),
        _ln("Vejledning", size=9.5, bold=True, gap=True),
        _ln("Angiv antallet af medarbejdere. Eksempel: »12 fuldtidsstillinger.«", size=9.5),
        _ln("3 Netværk (valgfrit)", size=16.0, bold=True, gap=True),
        _ln("Vejledning", size=9.5, bold=True, gap=True),
        _ln("Beskriv samarbejdet med foreningerne.", size=9.5),
        _ln("4 Økonomi", size=16.0, bold=True, gap=True),
        _ln("Vejledning", size=9.5, bold=True, gap=True),
        _ln("Beskriv udgifterne år for år.", size=9.5),
    ]
    points = find_points(lines)
    assert [(p.number, p.text) for p in points] == [
        ("1", "Beskriv enhedens lokaler og deres stand."),
        ("2", "Angiv antallet af medarbejdere."),
        ("4", "Beskriv udgifterne år for år."),
    ]


def test_asking_to_rank_and_to_cost_asks():
    assert is_requirement("Planen skal prioritere kva for bruer som skal vølast først.")
    assert is_requirement("Planen skal rekne ut kostnadene ved vedlikehaldet.")
    assert is_requirement("The plan should estimate the cost of each measure.")
