"""Mandate forms without a list or a modal (issue 11, mandates-blind28's forms, the examples
invented): a consulting council's requests in prose ("Rådet ber om at …"), a supervisory
report's findings by label ("Avvik 1: …", a "Merknad" none), the addressee's answer asked as a
step (a duty to respond, the answer after a modal or as a subject), points a report directs to
another body, a long bold heading, the question a paragraph opens with; and two status guards:
a question of what a thing costs asks for an amount, a weekday named in the point is an
identifier."""

from __future__ import annotations

from dataclasses import replace

from plancheck.mandate import find_points
from plancheck.mandate import text as T
from plancheck.mandate.match import (
    Concern,
    MatchSettings,
    _estimate_asked,
    assess_points,
    weekday_terms,
)
from plancheck.mandate.points import (
    POINT_SETTINGS,
    Line,
    _looks_like_heading,
    is_requirement,
    point_kind,
)
from plancheck.models import Passage, Plan, Section, SourceInfo


def _texts(points) -> list[str]:
    return [p.text for p in points]


# --- a consulting council's requests in prose -------------------------------------------------


def test_a_council_asking_for_a_state_of_things_is_a_requirement():
    assert is_requirement("Rådet ber om at bybussen kan bestilles på telefon, og ikke bare i appen.")
    assert is_requirement("Ungdomsrådet ber om at skatehallen holder åpent til klokka ti om kvelden.")
    assert is_requirement("We ask that the path round the pond is lit in winter.")


def test_what_a_council_notes_supports_or_asks_against_is_none():
    assert not is_requirement("Rådet merker seg at bussen skal bestilles dagen før.")
    assert not is_requirement("Rådet er glad for at bussen skal ha lav inngang.")
    # the main clause negated: a request against a thing, no state to answer
    assert not is_requirement("Rådet ber om at det ikke bygges en ny vei gjennom parken.")


def test_a_council_asking_to_be_given_the_plan_for_its_say_is_a_process_point():
    s = "Rådet ber om å få den reviderte planen til ny uttalelse før den legges fram for kommunestyret."
    assert is_requirement(s)
    assert point_kind(s) == "process"


def test_prose_requests_of_a_hearing_letter_are_its_points():
    letter = (
        "Høringsuttalelse fra ungdomsrådet\n\n"
        "Ungdomsrådet støtter at kommunen vil bygge en ny skatehall. Rådet ber om at hallen "
        "holder åpent til klokka ti om kvelden. Rådet er glad for at hallen får kafé. Rådet "
        "ber om at inngangen blir gratis for alle under atten år.\n"
    )
    texts = _texts(find_points([letter]))
    assert len(texts) == 2
    assert texts[0].startswith("Rådet ber om at hallen")


# --- a supervisory report's findings -----------------------------------------------------------

REPORT = (
    "Rapport frå tilsyn med reinhald i skulane\n\n"
    "2 Avvik\n\n"
    "Avvik 1: Kommunen sikrar ikkje at reinhaldarane har fått opplæring i bruk av kjemikaliar.\n"
    "Avviket byggjer på: To av fem tilsette hadde ikkje fått opplæring.\n\n"
    "Avvik 2: Kommunen har ikkje vurdert risikoen ved vask av gymsalen om kvelden.\n"
    "Avviket byggjer på: Ingen risikovurdering låg føre.\n\n"
    "3 Merknad\n\n"
    "Merknad 1: Kommunen bør vurdere å kjøpe inn nye vaskemaskiner til skulane.\n"
)


def test_findings_by_label_are_points_and_a_remark_is_none():
    texts = _texts(find_points([REPORT]))
    assert texts == [
        "Kommunen sikrar ikkje at reinhaldarane har fått opplæring i bruk av kjemikaliar.",
        "Kommunen har ikkje vurdert risikoen ved vask av gymsalen om kvelden.",
    ]


# --- the addressee's answer asked as a step ----------------------------------------------------


def test_the_answer_asked_as_a_step_is_a_process_point():
    for s in (
        "You are under a duty to respond to this letter within 28 days, namely by 3 June 2041.",
        "Your response must contain details of the action taken or proposed.",
        "I skal senest den 1. marts 2041 sende os en skriftlig redegørelse for, hvad I har gjort.",
        "Nämnden ska senast samma dag redovisa till oss vilka åtgärder som har vidtagits.",
    ):
        assert is_requirement(s), s
        assert point_kind(s) == "process", s
    assert not is_requirement("I, the inspector, may extend the period.")


# --- points a report directs to another body ---------------------------------------------------


def test_points_directed_to_another_body_are_none():
    report = (
        "Matters of concern\n\n"
        "(1) There is no fence along the canal path near the school.\n"
        "(2) The lights on the canal bridge have been out for months.\n"
        "(3) The bus company's drivers did not report the broken lights.\n\n"
        "Concerns (1) to (2) are directed to Westford Council. Concern (3) is directed to "
        "Westford Buses Ltd.\n"
    )
    texts = _texts(find_points([report]))
    assert len(texts) == 2
    assert not any("bus company" in t for t in texts)


# --- layout: a long bold heading, a paragraph's opening question -------------------------------


def test_a_long_bold_line_after_a_gap_is_a_heading_and_a_plain_one_is_not():
    words = "Påbud 3 om instruktion i brug af ukrudtsbrændere og kemiske produkter"
    assert len(words.split()) > POINT_SETTINGS.heading_words
    assert _looks_like_heading(Line(words, 1, 50.0, 11.0, True, None, True), 11.0)
    assert not _looks_like_heading(Line(words, 1, 50.0, 11.0, False, None, True), 11.0)


def test_the_question_a_modal_paragraph_opens_with_is_its_label():
    decision = "Afgørelse\n\n" + "\n\n".join(
        f"Hvad skal I gøre? I skal sørge for, at {x}."
        for x in (
            "stigerne bliver kontrolleret hver måned",
            "værkstedet får udsugning ved svejsepladsen",
            "alle får høreværn ved arbejde med løvblæsere",
        )
    )
    texts = _texts(find_points([decision]))
    assert len(texts) == 3
    assert all(t.startswith("I skal sørge for") for t in texts)


# --- status guards -----------------------------------------------------------------------------


def test_a_question_of_what_a_thing_costs_asks_for_an_amount():
    text = "viser hva en tur med bybussen vil koste for brukerne"
    asked = _estimate_asked([Concern(text, T.terms(text, "nb"))], [], "nb")
    assert asked is not None and asked.lemma.startswith("kost")


def _plan(paragraphs: list[tuple[str, str]]) -> Plan:
    sections = [Section(id="s0", title="Plan for bybussen", level=1, page=1)]
    passages: list[Passage] = []
    for i, (heading, text) in enumerate(paragraphs, start=1):
        sections.append(Section(id=f"s{i}", title=heading, level=2, page=1, parent_id="s0"))
        passages.append(Passage(id=f"p{i}", kind="paragraph", text=text, page=1, section_id=f"s{i}"))
    return Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title="Plan for bybussen",
        sections=sections,
        passages=passages,
    )


def _status(c) -> str:
    return str(getattr(c.status, "value", c.status))


def test_a_weekday_named_in_the_point_is_an_identifier():
    assert [t.surface for t in weekday_terms("til Vestbygda og Nordre Li på lørdager", "nb")] == ["lørdager"]
    plan = _plan(
        [
            (
                "Ruter",
                "Bybussen kjører tirsdag og fredag. Rute A går fra Vestbygda via Haugen til "
                "sentrum, rute B fra Nordre Li via Lia.",
            )
        ]
    )
    points = find_points(["Uttalelse\n\nRådet ber om at bybussen også kjører til Vestbygda og Nordre Li på lørdager."])
    # the routes named, the day asked for not: the service on other days answers nothing
    assert _status(assess_points(plan, points, "nb")[0]) == "uncovered"
    off = replace(MatchSettings(), weekday_identifier=False)
    assert _status(assess_points(plan, points, "nb", settings=off)[0]) != "uncovered"


def test_a_finding_or_an_order_to_ensure_frames_its_clause():
    from plancheck.mandate.match import strip_report_frame

    assert strip_report_frame(
        "Kommunen sikrar ikkje at alle tilsette har fått opplæring i handhygiene."
    ).startswith("alle tilsette")
    assert strip_report_frame(
        "I skal sørge for, at medarbejderne bliver instrueret i brug af stigerne."
    ).startswith("medarbejderne")
