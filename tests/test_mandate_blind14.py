"""Forms of a mandate and of answers met in mandates-blind14, each on a small hand-built input
(invented wording, no corpus document's): a table of deliverables under a deadline header after
a bullet list, objectives typed with a letter-and-number code, a lead-in that ends with its
modal, the consulted rows of a RACI matrix, a council's request in a that-clause, the draft
lying open to inspection, a body invited to a role; and in the matcher: a matter handed to work
of its own or to another plan, a "how … is to be done" concern answered by facts only, an
effect asked about and a thing affected described, and a deliverable asking for several parts
of the plan in one phrase."""

from __future__ import annotations

import test_mandate_support as support

from plancheck.mandate import find_points
from plancheck.mandate.match import (
    DEFERRAL_RE,
    MatchSettings,
    _concerns_of,
    assess_points,
    manner_asked,
)
from plancheck.mandate.points import _marker, _table_lines, is_requirement

make_plan = support.make_plan


def _status(cov) -> str:
    return str(getattr(cov.status, "value", cov.status))


def _rule(**kw) -> MatchSettings:
    return MatchSettings(calibrated=False, **kw)


# ----------------------------------------------------------------------------- points


def _lines(text: str):
    return [ln for ln in text.split("\n")]


def test_a_deliverables_table_under_a_deadline_header_goes_on_after_the_bullets():
    rows = [
        ["Leverance", "Frist"],
        ["Analyse af vejnettet færdig", "1. marts 2031"],
        ["Høring af forslaget i Vejudvalget", "maj 2031"],
    ]
    lines = [
        "Opgaven omfatter:",
        "- en analyse af vejnettets tilstand",
        "- et forslag til prioritering af vedligeholdet",
        "",
        "Tidsplan",
        *_table_lines(rows, 1),
    ]
    points = find_points(lines)
    texts = [p.text for p in points if not p.number.startswith("S")]
    assert texts == [
        "en analyse af vejnettets tilstand",
        "et forslag til prioritering af vedligeholdet",
        "Analyse af vejnettet færdig: 1. marts 2031",
        "Høring af forslaget i Vejudvalget: maj 2031",
    ]
    assert [p.number for p in points][:4] == ["1", "2", "3", "4"]
    # a row that is a step of the process is a process point, not a part of the plan
    assert points[3].kind == "process" and points[3].process


def test_dated_rows_under_a_plain_date_header_stay_a_timetable():
    rows = [["Leverance", "Dato"], ["Analyse færdig", "1. marts 2031"], ["Høring", "maj 2031"]]
    assert _table_lines(rows, 1) == []


def test_a_letter_and_number_code_before_a_point_verb_is_a_marker():
    assert _marker("K2 Identify the sites for new allotments.") == (
        "number",
        "K2)",
        "Identify the sites for new allotments.",
    )
    # a road number opening a sentence is none
    assert _marker("E6 går gjennom sentrum.") is None


def test_coded_objectives_then_bullets_under_a_lead_in_that_ends_with_its_modal():
    text = (
        "Project brief\n\n2 Objectives\n\nK1 Set a target for cycling by 2035.\n"
        "K2 Identify the funding for new cycle lanes.\n\n3 Scope\n\nThe plan will:\n\n"
        "- map the routes to schools\n- explain how residents can report a pothole\n"
    )
    points = [p for p in find_points([text]) if not p.number.startswith("S")]
    assert [p.number for p in points] == ["K1", "K2", "1", "2"]
    assert points[2].text == "map the routes to schools"


def test_the_consulted_rows_of_a_raci_matrix_are_process_points():
    rows = [
        ["Party", "RACI", "Role"],
        ["Director of Place", "A", "Signs off the plan"],
        ["Transport Officer", "R", "Writes the plan"],
        ["Bus operators", "C", "Consulted on the routes before the draft"],
        ["Parish councils", "I", "Kept informed by e-mail"],
    ]
    lines = _table_lines(rows, 1)
    assert [ln.text for ln in lines] == ["- Bus operators: Consulted on the routes before the draft"]
    assert lines[0].kind == "process"


def test_a_council_request_in_a_that_clause_is_a_requirement():
    s = (
        "Kommunestyret ber om at planforslaget sendes på høring til idrettslagene, og at planen "
        "legges fram for kommunestyret innen utgangen av 2031."
    )
    assert is_requirement(s)
    # the council asking for nothing of the plan
    assert not is_requirement("Kommunestyret ber om at rådhuset males før jul.")


def test_the_draft_lying_open_to_public_inspection_is_a_requirement():
    assert is_requirement("Planforslaget skal liggje ute til offentleg ettersyn i minst seks veker.")
    assert is_requirement("Planforslaget skal ligge ute til offentlig ettersyn i seks uker.")


def test_a_body_invited_to_a_role_is_no_requirement_but_to_a_meeting_it_is():
    assert not is_requirement("Vejdirektoratet inviteres til at deltage som observatør.")
    assert is_requirement("Grundejerne inviteres til et møte om forslaget.")


# ----------------------------------------------------------------------------- matching


def _points(text: str):
    return find_points([f"Mandat\n\n1. {text}\n2. Beskrive dagens situasjon i kommunen.\n"])[:1]


def test_a_matter_done_separately_or_under_another_plan_is_deferred():
    assert DEFERRAL_RE.search("Skyss for elever med særskilte behov utredes separat i 2031.")
    assert DEFERRAL_RE.search("Varslingen sker efter kommunens beredskabsplan.")
    assert DEFERRAL_RE.search("Varningen sker enligt kommunens krisplan.")
    assert not DEFERRAL_RE.search("Kommunen varsler innbyggerne med SMS ved flom.")


def test_a_deferred_matter_is_no_answer():
    plan = make_plan(
        [
            ("Skyss", ["Alle elever over fire kilometer fra skolen får gratis skyss."]),
            ("Særskilte behov", ["Skyss for elever med særskilte behov utredes separat."]),
        ],
        title="Skyssplan 2030–2034",
    )
    (cov,) = assess_points(plan, _points("Beskrive skyss for elever med særskilte behov."), "nb")
    assert _status(cov) == "uncovered"


def test_manner_asked_needs_the_modal_after_the_interrogative():
    assert manner_asked("Redovisa hur skolskjutsen ska ordnas för elever med växelvis boende")
    assert manner_asked("beskrive hvordan tilbudet skal organiseres")
    assert not manner_asked("beskrive hvordan tilbudet er organisert i dag")


def test_a_how_concern_is_not_answered_by_the_facts_of_the_matter():
    facts = make_plan(
        [("Elevene", ["Om lag hver tiende elev har delt bosted hos to foreldre."])],
        title="Skyssplan 2030–2034",
    )
    deeds = make_plan(
        [("Elevene", ["Skyss for elever med delt bosted ordnes fra begge foreldrenes adresser."])],
        title="Skyssplan 2030–2034",
    )
    pts = _points("Beskrive hvordan skyss skal ordnes for elever med delt bosted.")
    (cov,) = assess_points(facts, pts, "nb", settings=_rule())
    assert _status(cov) != "covered"
    (off,) = assess_points(facts, pts, "nb", settings=_rule(manner_action=False))
    assert _status(off) == "covered"
    (cov,) = assess_points(deeds, pts, "nb", settings=_rule())
    assert _status(cov) == "covered"


def test_an_effect_asked_about_is_not_answered_by_describing_the_thing_affected():
    plan = make_plan(
        [
            ("Naturen", ["Verneområdet på Storodden har sjeldne strandenger og mye fugleliv hele året."]),
            ("Bygging", ["Moloen bygges i 2031 med stein fra Berget."]),
        ],
        title="Molo 2030–2040",
    )
    pts = _points("Beskrive hvordan moloen påvirker verneområdet på Storodden.")
    (cov,) = assess_points(plan, pts, "nb", settings=_rule())
    assert _status(cov) != "covered"
    (off,) = assess_points(plan, pts, "nb", settings=_rule(effect_cap=1.0))
    assert _status(off) == "covered"
    # an effect named answers it
    named = make_plan(
        [("Naturen", ["Moloen vil påvirke strandengene i verneområdet på Storodden lite."])],
        title="Molo 2030–2040",
    )
    (cov,) = assess_points(named, pts, "nb", settings=_rule())
    assert _status(cov) == "covered"


def test_a_deliverable_asking_for_two_parts_is_one_concern_per_part():
    (p,) = [
        q
        for q in find_points(["The plan must include an action plan with a named lead for every action."])
        if q.number.startswith("S")
    ]
    concerns, _ = _concerns_of(p, "en")
    assert sorted(c.structural[0] for c in concerns) == ["measures", "owners"]
    concerns, _ = _concerns_of(p, "en", MatchSettings(structural_parts=False))
    assert len(concerns) == 1


def test_a_number_naming_the_thing_must_be_in_the_answer():
    plan = make_plan(
        [("Trafikk", ["Vi har gått gjennom alle busslommene langs fylkesveg 210 sammen med fylket."])],
        title="Trafikksikkerhetsplan 2030–2034",
    )
    both = _points("Vurdere trafikksikkerheten ved busslommene langs fylkesveg 210 og fylkesveg 355.")
    (cov,) = assess_points(plan, both, "nb", settings=_rule())
    assert _status(cov) == "partial"
    (off,) = assess_points(plan, both, "nb", settings=_rule(identifier_number=False))
    assert _status(off) == "covered"


def test_a_part_of_the_whole_or_fewer_than_asked_answer_part_of_the_point():
    from plancheck.mandate.match import count_short, part_of_whole

    assert part_of_whole("Foreldreråda ved dei fire skulane", "Foreldreråda ved tre av dei fire skulane har svart.")
    assert not part_of_whole("Foreldreråda ved dei fire skulane", "Foreldreråda ved alle dei fire skulane har svart.")
    assert count_short("Lagene skal høres gjennom minst to møter.", "Vi har hatt et møte med lagene.", "nb")
    assert not count_short("Lagene skal høres gjennom minst to møter.", "Vi har hatt tre møter med lagene.", "nb")


def test_a_meeting_compound_makes_a_sentence_about_the_plans_making():
    from plancheck.mandate.match import _process_hits

    assert _process_hits(["dialogmøde"]) == 1
    assert _process_hits(["folkemøte"]) == 1
    assert _process_hits(["møblering"]) == 0


def test_the_parties_of_a_consulted_row_are_one_step_each():
    from plancheck.mandate.match import coordinated_subject

    row = "Bus operators and parish councils: Consulted on the routes before the draft"
    assert coordinated_subject(row, 7) == ["Bus operators", "parish councils"]
    assert coordinated_subject("Bus operators: the routes before the draft", 7) == []
