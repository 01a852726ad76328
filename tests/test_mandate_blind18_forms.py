"""Session 22 (mfind18): mandate forms of the eighteenth batch read by general mechanisms — a
review checklist whose 'where in the plan' column is left empty, and the other forms below.
Tables and texts built by hand (invented wording)."""

from __future__ import annotations

from plancheck.mandate.points import _table_lines
from plancheck.mandate.tables import point_rows


def _never(_c: str) -> bool:
    return False


def test_checklist_with_empty_location_column_gives_every_row() -> None:
    """Rows that describe (no verb, no modal) under a 'Location in plan' column left empty for
    the planner: each a requirement, numbered by its code without the closing stop."""
    rows = [
        ["Item", "Requirement", "Location in plan"],
        ["K1.", "A register of the bridges that need repair within ten years.", ""],
        ["K2.", "An estimate of the cost of each repair and who pays for it.", ""],
        ["K3.", "A description of how the public was heard on the draft.", ""],
    ]
    lines = _table_lines(rows, 1)
    assert [ln.text.split(")")[0] for ln in lines] == ["K1", "K2", "K3"]
    assert lines[0].text.endswith("need repair within ten years.")
    # without the empty response column the descriptions ask for nothing: no list
    assert point_rows([r[:2] for r in rows], _never) is None
    # a filled-in column is an answered form, not the checklist sent
    filled = [[*r[:2], "p. 4"] for r in rows[1:]]
    assert _table_lines([rows[0], *filled], 1) == []


def test_form_for_the_reviewer_is_no_checklist() -> None:
    """A table for the reviewer's own use (empty 'Date' and 'Reviewer' columns) is no list."""
    rows = [
        ["Review item", "Reviewer", "Date"],
        ["The plan meets all the requirements above", "", ""],
        ["The reviewer recommends the plan for approval", "", ""],
    ]
    assert _table_lines(rows, 2) == []


def test_milestones_due_by_a_date_are_points_without_the_mandates_own_step() -> None:
    """'Milepæl | Tidspunkt' without numbers: a "Senest …" cell says the milestones are due by
    their dates (as a 'Frist' header would), each row a process point with its date; the row
    of the mandate's own approval is none."""
    rows = [
        ["Milepæl", "Tidspunkt"],
        ["Opdraget godkendes i Kulturudvalget", "3. februar 2030"],
        ["Dialogmøde med foreningerne", "Maj 2030"],
        ["Forslaget sendes i høring", "Senest 1. september 2030"],
    ]
    lines = _table_lines(rows, 1)
    assert [ln.text for ln in lines] == [
        "- Dialogmøde med foreningerne: Maj 2030",
        "- Forslaget sendes i høring: Senest 1. september 2030",
    ]
    assert all(ln.kind == "process" for ln in lines)
    # without a deadline in any row it stays a timetable
    plain = [r if k != 3 else [r[0], "September 2030"] for k, r in enumerate(rows)]
    assert _table_lines(plain, 1) == []


def test_table_of_studies_under_a_what_is_studied_header_with_a_method_column() -> None:
    """'Tema | Hva skal utredes | Metode': the header names the points column in its own words;
    the cells are noun phrases and indirect questions (they do not ask by themselves), each
    given after its theme; the long method column right of it is no part of the point."""
    rows = [
        ["Tema", "Hva skal utredes", "Metode"],
        ["Vannmiljø", "Hvordan anlegget påvirker bekken og fisken i den nedre delen",
         "Prøver fra tre stasjoner gjennom en hel sommer og høst"],
        ["Trafikk", "Antall kjøretøy gjennom sentrum og skolevegen i begge alternativene",
         "Tellinger og en modell etter håndboka fra vegvesenet"],
        ["Friluftsliv", "Tap av turveger og stier i området rundt vannet",
         "Kart over stiene og samtaler med turlaget i bygda"],
    ]
    lines = _table_lines(rows, 1)
    assert [ln.text for ln in lines] == [
        "- Vannmiljø: Hvordan anlegget påvirker bekken og fisken i den nedre delen",
        "- Trafikk: Antall kjøretøy gjennom sentrum og skolevegen i begge alternativene",
        "- Friluftsliv: Tap av turveger og stier i området rundt vannet",
    ]
    # under a header that names nothing the same table is two columns of text: no list
    assert _table_lines([["Tema", "Beskrivelse", "Metode"], *rows[1:]], 1) == []


def test_doer_paragraphs_among_prose_are_read_sentence_by_sentence() -> None:
    """Three paragraphs open with the one who does the work ("Avdelingen skal …"), but more
    paragraphs ask with other subjects: the mandate is prose. Every asking sentence is a
    point, the doer's too (one of them a compound with the doer as its head), and a paragraph
    of two asking sentences gives two points."""
    from plancheck.mandate.points import doer_asks, find_points

    text = [
        "Oppdrag om retningslinjer for friluftsliv",
        "Bakgrunn",
        "Kommunen har mange turstier. Bruken har økt de siste årene.",
        "Oppdraget",
        "Kulturavdelingen skal lage et forslag til retningslinjer for friluftslivet 2031–2034.",
        "Retningslinjene skal omfatte både stier, løyper og badeplasser i hele kommunen.",
        "Mange stier er dårlig merket. Planen bør derfor beskrive hvordan merkingen kan bli bedre.",
        "Avdelingen skal også kartlegge hvilke stier som brukes mest om vinteren.",
        "Planen bør vise hvordan turlagene kan få tilskudd til rydding av stier.",
        "Avdelingen skal anslå hva tiltakene koster for kommunen hvert år.",
        "Avdelingen skal samrå seg med turlagene og grunneierne. Særlig skal ungdomsrådet få uttale seg.",
    ]
    pts = find_points(text)
    texts = [p.text for p in pts]
    assert all(p.number.startswith("S") for p in pts)
    assert any(t.startswith("Kulturavdelingen skal lage") for t in texts)
    assert any(t.startswith("Avdelingen skal samrå seg") and "Særlig" not in t for t in texts)
    assert any(t.startswith("Særlig skal ungdomsrådet") for t in texts)
    assert any(t.startswith("Planen bør derfor beskrive") for t in texts)
    assert not any("Bruken har økt" in t for t in texts)
    assert doer_asks("Kulturavdelingen skal også lage X.", "avdelingen")
    assert not doer_asks("Avdelingen skal ikke lage X.", "avdelingen")


def test_expectation_letter_sentences() -> None:
    """A consulting body's expectation asks whatever the clause's subject, but not a forecast;
    the municipality may be followed by a comma; a body sent its own letter is asked for."""
    from plancheck.mandate.points import is_requirement

    assert is_requirement("Vi forventer også at nye barnehager ligger nær kollektivtilbud i sentrum.")
    assert not is_requirement("Vi forventer at antallet eldre vil øke kraftig de neste årene.")
    assert is_requirement(
        "Fylkeskommunen forventer at kommunen, sammen med idrettslagene, sikrer nok hallkapasitet."
    )
    assert is_requirement(
        "I arbeidet skal naboer som blir berørt av en av traseene, få eget brev om saken."
    )


def test_note_for_information_asks_nothing() -> None:
    """After "Til orientering:" the sentences of the note tell; the expectation before it is
    a point, the invitation in the note is none."""
    from plancheck.mandate.points import find_points

    pts = find_points(
        [
            "Forventninger til kommunene",
            "Vi forventer at kommunen kartlegger behovet for avlastning i alle bygder. "
            "Til orientering: Direktoratet gir ut en ny veileder i vår. "
            "Fylkeskommunen inviterer til et fagmøte om temaet i mai, med påmelding innen 1. mai.",
        ]
    )
    texts = [p.text for p in pts]
    assert any(t.startswith("Vi forventer at kommunen kartlegger") for t in texts)
    assert not any("inviterer" in t or "veileder" in t for t in texts)



def test_social_assistance_named_by_its_legal_and_common_names() -> None:
    """'økonomisk stønad' (the act's term) is answered by 'sosialhjelp' (its common name)."""
    import test_mandate_support as support

    plan = support.make_plan(
        [
            ("Innledning", ["Planen gjelder unge voksne i Nordvik."]),
            ("Stønad", ["Vi gir sosialhjelp etter en samtale med veileder hos NAV."]),
        ]
    )
    cov = support.cover(plan, "Omtale økonomisk stønad.")
    assert cov[0].status == "covered", cov[0]


def test_structural_ignitability_answered_by_the_home_ignition_zone() -> None:
    import test_mandate_support as support

    plan = support.make_plan(
        [
            ("Introduction", ["This plan covers the valley towns."]),
            ("Homes", ["Crews visited every street to look at the home ignition zone of each house."]),
        ],
        title="Valley Wildfire Plan",
    )
    cov = support.cover(plan, "Describe structural ignitability.", lang="en")
    assert cov[0].status != "uncovered", cov[0]
