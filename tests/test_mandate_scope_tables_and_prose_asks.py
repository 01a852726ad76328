"""Mandate forms read as points: a scope table whose header is the lead-in of what the work
covers ("No. | The review will cover", the rows noun phrases that do not ask by themselves),
prose requirements whose verb proposes or assesses ("Planen ska föreslå …", "Planen ska bedöma
…"), a pronoun that adds an ask after other sentences ("Den ska också föreslå …"), and every
proposal of the plan held to a condition ("Alla förslag ska vara tillgängliga …")."""

from __future__ import annotations

from plancheck.mandate import find_points
from plancheck.mandate.points import _table_lines, is_requirement

SCOPE = [
    ["No.", "The review will cover"],
    ["1", "Footfall and trader numbers at the weekly markets"],
    ["2", "The condition of the stalls and the electricity supply"],
    ["3", "Options for a monthly evening market"],
]


def test_a_scope_table_under_a_covering_lead_in_gives_its_rows_as_points() -> None:
    lines = _table_lines(SCOPE, 1)
    assert [ln.text for ln in lines] == [
        "1. Footfall and trader numbers at the weekly markets",
        "2. The condition of the stalls and the electricity supply",
        "3. Options for a monthly evening market",
    ]
    # the same rows under a header that leaves them out are no points
    out = [["No.", "Not covered by this review"], *SCOPE[1:]]
    assert _table_lines(out, 1) == []
    negated = [["No.", "The review will not cover"], *SCOPE[1:]]
    assert _table_lines(negated, 1) == []
    # a header that names nothing the work does keeps the table no list
    plain = [["No.", "Theme"], *SCOPE[1:]]
    assert _table_lines(plain, 1) == []


def test_the_plan_asked_to_propose_or_assess_is_a_requirement() -> None:
    assert is_requirement("Planen ska föreslå hur städningen kan ordnas året runt.")
    assert is_requirement("Planen ska bedöma var det saknas toaletter längs stråken.")
    assert is_requirement("Planen skal foreslå tiltak for bedre drift av havnene.")
    assert is_requirement("The strategy will propose options for a new market.")
    # why the plan is made, or what it replaces, still asks nothing
    assert not is_requirement("Planen ska ersätta planen från 2018.")


def test_every_proposal_held_to_a_condition_is_a_requirement() -> None:
    assert is_requirement("Alla förslag ska vara tillgängliga för personer med funktionsnedsättning.")
    assert is_requirement("Alle tiltak skal være kostnadsberegnet før planen vedtas.")
    assert is_requirement("All actions must be costed and given an owner.")
    assert not is_requirement("Alla förslag ska inte vara dyra för kommunen.")
    assert not is_requirement("Alle tiltak ble gjennomført i 2020 som planlagt.")


TEXT = """Uppdragsbeskrivning

Syfte

Invånarna klagar på att det är svårt att hitta en toalett. Planen ska bedöma var det saknas
toaletter längs stråken.

Mål

Målet är att alla ska kunna röra sig utan oro. Den ska också föreslå hur städning kan ordnas
året runt.
"""


def test_a_pronoun_adding_an_ask_stands_for_the_plan_across_sections() -> None:
    texts = [p.text for p in find_points([TEXT])]
    assert "Den ska också föreslå hur städning kan ordnas året runt." in texts
    # without a requirement of the plan before it the pronoun stands for nothing asked
    alone = TEXT.replace("Planen ska bedöma var det saknas\ntoaletter längs stråken.", "")
    texts = [p.text for p in find_points([alone + "\nPlanen lämnas till nämnden.\n"])]
    assert not any(t.startswith("Den ska") for t in texts)


# --- frame words of a point: an adverb of time, a verb of calculating ---------------------


def _status(chapters: list[tuple[str, list[str]]], point: str, lang: str) -> str:
    import test_mandate_support as support

    plan = support.make_plan(chapters)
    return support.cover(plan, point, lang=lang)[0].status


def test_an_adverb_of_time_from_now_on_is_no_object() -> None:
    chapters = [("Drift", ["Alle legepladser får et visuelt tilsyn hver uge og en hovedinspektion hvert år."])]
    assert _status(chapters, "Beskrive drift og tilsyn fremover", "da") == "covered"


def test_a_verb_of_calculating_is_the_asking_not_the_object() -> None:
    chapters = [("Behov", ["Med 4 500 elbilar i 2035 treng kommunen om lag 90 offentlege ladepunkt."])]
    assert _status(chapters, "Rekne ut behovet for ladepunkt fram mot 2035", "nn") == "covered"


# --- the plan laid before a committee, told only by the line under its title ----------------


def test_the_front_matter_line_names_the_body_the_plan_goes_to() -> None:
    from dataclasses import replace

    import test_mandate_support as support

    from plancheck.mandate.match import DEFAULT_SETTINGS, assess_points
    from plancheck.models import Passage

    plan = support.make_plan(
        [("Drift", ["Alla toaletter ska vara öppna året runt mellan 07 och 22."])],
        title="Toalettplan 2037–2040",
    )
    front = Passage(
        id="p0", kind="paragraph", text="Gata och park · Tekniska nämnden 22 september 2036",
        page=1, section_id="s0",
    )
    plan = plan.model_copy(update={"passages": [front, *plan.passages]})
    points = find_points(["Uppdrag\n\nPlanen ska lämnas till tekniska nämnden senast den 30 september 2036.\n"])
    assert [p.kind for p in points] == ["process"]
    assert assess_points(plan, points, "sv")[0].status == "covered"
    off = replace(DEFAULT_SETTINGS, front_matter_plan=False)
    assert assess_points(plan, points, "sv", settings=off)[0].status != "covered"
    # the same line in a chapter names a committee in passing, no step of this plan
    inside = front.model_copy(update={"section_id": "s1"})
    plan = plan.model_copy(update={"passages": [inside, *plan.passages[1:]]})
    assert assess_points(plan, points, "sv")[0].status != "covered"


def test_a_matter_put_off_to_the_next_revision_is_no_answer() -> None:
    from plancheck.mandate.match import DEFERRAL_RE

    assert DEFERRAL_RE.search("Lading for tilsette vert teke i neste revisjon av planen.")
    assert DEFERRAL_RE.search("Frågan behandlas vid nästa revidering.")
    assert DEFERRAL_RE.search("Charging for staff will be dealt with in the next revision.")
    # the plan revised at intervals puts nothing off
    assert not DEFERRAL_RE.search("Planen revideres hvert fjerde år.")
    chapters = [("Kommunale bygg", ["Lading for tilsette ved kommunale bygg vert teke i neste revisjon av planen."])]
    assert _status(chapters, "Vurdere lading ved kommunale bygg for tilsette", "nn") != "covered"
