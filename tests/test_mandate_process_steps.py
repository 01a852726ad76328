"""Round 20 (session 13, mstat10): a point that hands the plan to a body is a process point by
its step; Swedish groups and steps of the plan's making; the assignment named as "uppdraget";
halving as a reduction; a hut as a holiday home. Plans and mandates built by hand."""

from __future__ import annotations

import test_mandate_support as support

from plancheck.mandate import text as T
from plancheck.mandate.match import process_dates
from plancheck.mandate.points import find_points
from plancheck.models import Plan

cover = support.cover


def make_plan(chapters: list[tuple[str, list[str]]], title: str) -> Plan:
    return support.make_plan(chapters, title)


def _process(point: str) -> bool:
    (p,) = find_points([f"Mandat\n\n1. {point}"])
    return p.process


def test_handing_the_plan_to_a_body_is_a_process_step() -> None:
    """A task-table row opens with the verb; handing the plan itself to a body is a step even
    when the body ("ledergruppe") is none of the process words."""
    assert _process("Legge fram handlingsplanen for kommunedirektørens ledergruppe.")
    assert _process("Legge fram strategien for formannskapet.")
    # the verb a listed point opens with asks for a thing: a map is no step
    assert not _process("Legge fram et kart som viser turstiene i kommunen.")


def test_plan_discussed_in_the_leadership_group_answers_the_task() -> None:
    """A task-table row "Legge fram planen for <ledergruppe>": the plan's sentence that it was
    discussed there answers it; without the step read as a process point, "legge fram" was
    sought as words and the body only among content passages."""
    plan = make_plan(
        [
            (
                "Innledning",
                [
                    "Planen gjelder alle barnehagene i kommunen. Arbeidsgruppen har bestått av "
                    "styrerne. Planen ble drøftet i kommunedirektørens ledergruppe 3. mars 2027.",
                ],
            ),
            ("Språk", ["Alle barnehagene bruker samme kartlegging av språk hvert år."]),
        ],
        title="Plan for språkarbeid i barnehagene 2027–2030",
    )
    (c,) = cover(plan, "Legge fram planen for kommunedirektørens ledergruppe.")
    assert c.status == "covered"


def test_swedish_groups_and_views_speak_of_the_plans_making() -> None:
    """A date in a sentence about the plan's making dates a step of it; views given by the
    unions or a working group are such sentences, as nb "innspill" and "arbeidsgruppe" are."""
    assert process_dates("De fackliga organisationerna lämnade synpunkter den 3 mars 2027.", "sv")
    assert process_dates("Arbetsgruppen träffades första gången den 3 mars 2027.", "sv")
    assert not process_dates("Skolorna byggdes om den 3 mars 2027.", "sv")


def test_a_numbered_consultation_point_is_matched_as_a_process_point() -> None:
    """The Swedish verb of samråd makes a process point: its bodies are sought in sentences
    about the plan's making."""
    (p,) = find_points(["Mandat\n\n1. Utredaren ska samråda med de fackliga organisationerna."])
    assert p.kind == "process" and p.process


def test_swedish_unions_giving_views_answer_a_consultation() -> None:
    plan = make_plan(
        [
            (
                "Inledning",
                [
                    "Planen visar hur skolorna ska minska sin energianvändning. Under arbetet har "
                    "rektorerna och de fackliga organisationerna lämnat synpunkter på förslaget.",
                ],
            ),
            ("Energi", ["Alla skolor byter till LED-belysning under 2028."]),
        ],
        title="Energiplan för skolorna 2028–2031",
    )
    (c,) = cover(
        plan, "Utredaren ska samråda med de fackliga organisationerna och rektorerna.", lang="sv"
    )
    assert c.status == "covered"


def test_the_assignment_reported_before_the_deadline() -> None:
    """"Uppdraget" is the work itself, as "planen": nothing to find but the body and the date."""
    plan = make_plan(
        [
            (
                "Inledning",
                [
                    "Planen visar hur skolorna ska minska sin energianvändning. Utredningen "
                    "redovisas för kommunstyrelsen den 12 maj 2027.",
                ],
            ),
            ("Energi", ["Alla skolor byter till LED-belysning under 2028."]),
        ],
        title="Energiplan för skolorna 2028–2031",
    )
    (c,) = cover(plan, "Uppdraget ska redovisas till kommunstyrelsen senast den 30 juni 2027.", lang="sv")
    assert c.status == "covered"


def test_halving_is_a_reduction_and_a_hut_a_holiday_home() -> None:
    def keys(word: str, lang: str = "nb") -> set[str]:
        return set(T.terms(word, lang)[0].keys)

    assert keys("halveres") & keys("reduseres")
    assert keys("minska", "sv") & keys("reduseres")
    assert "fritidsbolig" in keys("hytte")
    plan = make_plan(
        [
            ("Mål", ["Energibruken i de kommunale byggene skal halveres innen 2030."]),
            ("Tiltak", ["Alle skolene får nye varmepumper i 2027."]),
        ],
        title="Handlingsplan for kommunale bygg 2026–2030",
    )
    (c,) = cover(
        plan, "Sette et mål for hvor mye energibruken i de kommunale byggene skal reduseres innen 2030."
    )
    assert c.status == "covered"


def test_bodies_invited_to_meetings_speak_of_the_plans_making() -> None:
    """An invitation is a step of the plan's making (words.yaml process_words: invitere,
    invitation …): "Grunneierne ble invitert til møter" dates a step and answers a prose
    requirement that landowners be invited; a sentence without it dates none."""
    assert process_dates("Alle grunneierne ble invitert til møter i mai 2027.", "nb")
    assert process_dates("The residents were invited to two meetings in May 2027.", "en")
    assert not process_dates("Alle grunneierne fikk nye kart i mai 2027.", "nb")
    plan = make_plan(
        [
            ("Innledning", ["Planen viser hvor nye hyttefelt kan ligge i kommunen."]),
            ("Vann og avløp", ["Nye hyttefelt skal kobles til kommunalt vann og avløp."]),
            (
                "Prosess",
                [
                    "Planen avklarer hvor nye hyttefelt kan tillates. Alle grunneiere i de tre "
                    "områdene ble invitert til møter i mai 2027, ett møte per område.",
                ],
            ),
        ],
        title="Hytteplan 2027–2035",
    )
    points = find_points(
        [
            "Mandat\n\n1. Vise hvor nye hyttefelt kan ligge.\n"
            "2. Vise hvordan hyttefeltene får vann og avløp.\n\n"
            "Grunneiere i de aktuelle områdene skal inviteres til egne møter."
        ]
    )
    (c,) = [c for c in support.assess_found(plan, points, lang="nb") if c.number == "S1"]
    assert c.status == "covered"


def test_an_area_is_no_council() -> None:
    """"-råd" names a council ("eldrerådet"), but "område" is om + råde, an area: a sentence
    about the areas of a plan is no step of its making."""
    from plancheck.mandate.match import _process_hits

    assert _process_hits(["eldreråd"]) == 1 and _process_hits(["ungdomsråd"]) == 1
    assert _process_hits(["område"]) == 0 and _process_hits(["tilråde"]) == 0
    assert not process_dates("Tre nye områder for hytter ble lagt inn i mai 2027.", "nb")
