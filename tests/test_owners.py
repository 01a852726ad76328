"""Owner cells: splitting, kinds, diffuse ownership, and owner-likeness."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plancheck.lang.owners import classify_owner, is_owner_like, split_owners

# (cell, lang, [(owner text, kind), …])
SPLITS = [
    ("Rådgiver oppvekst og PPT", "nb", [("Rådgiver oppvekst", "role"), ("PPT", "unit")]),
    ("Kommunalsjef helse og omsorg", "nb", [("Kommunalsjef helse og omsorg", "role")]),
    ("Helsestasjon/skolehelsetjenesten", "nb",
     [("Helsestasjon", "unit"), ("skolehelsetjenesten", "unit")]),
    ("Koordinerende team v/ leder", "nb", [("Koordinerende team v/ leder", "role")]),
    ("Kommunedirektør", "nb", [("Kommunedirektør", "role")]),
    ("Kommunalsjef helse", "nb", [("Kommunalsjef helse", "role")]),
    ("Enhetsleder BFH", "nb", [("Enhetsleder BFH", "role")]),
    ("Fagleder helsestasjon", "nb", [("Fagleder helsestasjon", "role")]),
    ("Rådgiver skole", "nb", [("Rådgiver skole", "role")]),
    ("NAV", "nb", [("NAV", "unit")]),
    ("SLG", "nb", [("SLG", "unit")]),
    ("NAV, PPT og helsestasjonen", "nb",
     [("NAV", "unit"), ("PPT", "unit"), ("helsestasjonen", "unit")]),
    ("Rektor; FAU", "nb", [("Rektor", "role"), ("FAU", "unit")]),
    ("Enhetsleder BFH\nRådgiver skole", "nb", [("Enhetsleder BFH", "role"), ("Rådgiver skole", "role")]),
    ("Kommunalsjef\nhelse og omsorg", "nb", [("Kommunalsjef helse og omsorg", "role")]),
    ("Tildelingskontor\net", "nb", [("Tildelingskontoret", "unit")]),
    ("Tildelings-\nkontoret", "nb", [("Tildelingskontoret", "unit")]),
    ("Helse- og omsorgstjenesten", "nb", [("Helse- og omsorgstjenesten", "unit")]),
    ("Rektor og/eller inspektør", "nb", [("Rektor", "role"), ("inspektør", "role")]),
    ("Frivillige lag og foreninger", "nb", [("Frivillige lag og foreninger", "external")]),
    ("Fylkeskommunen", "nb", [("Fylkeskommunen", "external")]),
    ("Politiet og Statsforvalteren", "nb", [("Politiet", "external"), ("Statsforvalteren", "external")]),
    ("Avdeling for kultur og fritid", "nb", [("Avdeling for kultur og fritid", "unit")]),
    ("Einingsleiar og rådgjevar", "nn", [("Einingsleiar", "role"), ("rådgjevar", "role")]),
    ("Kommunstyrelsen och socialnämnden", "sv",
     [("Kommunstyrelsen", "unit"), ("socialnämnden", "unit")]),
    ("Förvaltningschef", "sv", [("Förvaltningschef", "role")]),
    ("Afdelingsleder og skolerne", "da", [("Afdelingsleder", "role"), ("skolerne", "unit")]),
    ("Planning and Development Department", "en",
     [("Planning and Development Department", "unit")]),
    ("Finance Department and HR", "en", [("Finance Department", "unit"), ("HR", "unit")]),
    ("Mayor and Council", "en", [("Mayor", "role"), ("Council", "unit")]),
    ("Lead officer, Climate team", "en", [("Lead officer", "role"), ("Climate team", "unit")]),
    ("Kari Nordmann", "nb", [("Kari Nordmann", "unknown")]),
    ("Rådgiver (PPT/NAV)", "nb", [("Rådgiver (PPT/NAV)", "role")]),
    ("Ansvarlig: Rådgiver oppvekst og PPT", "nb", [("Rådgiver oppvekst", "role"), ("PPT", "unit")]),
]


@pytest.mark.parametrize(("cell", "lang", "expected"), SPLITS)
def test_split_and_classify(cell, lang, expected):
    owners = split_owners(cell, lang=lang)
    assert [(o.text, o.kind) for o in owners] == expected
    assert all(not o.diffuse for o in owners)


@pytest.mark.parametrize(
    ("cell", "lang"),
    [
        ("Alle enhetsledere", "nb"),
        ("Alle enheter", "nb"),
        ("Alle", "nb"),
        ("alle tilsette", "nn"),
        ("All departments", "en"),
        ("Everyone", "en"),
        ("Samtlige förvaltningar", "sv"),
        ("Alla förvaltningar", "sv"),
        ("Samtlige afdelinger", "da"),
        # whole classes of organisations: nobody in particular answers (Norfolk's lead agencies)
        ("Partners", "en"),
        ("Financial Institutions", "en"),
        ("NGOs", "en"),
        ("Private Sector", "en"),
        ("Private aktører", "nb"),
    ],
)
def test_diffuse(cell, lang):
    owners = split_owners(cell, lang=lang)
    assert len(owners) == 1
    assert owners[0].diffuse is True
    assert owners[0].kind == "diffuse"
    assert owners[0].text == cell


@pytest.mark.parametrize("cell", ["", "  ", "\n", "-", " – "])
def test_empty_cells_have_no_owner(cell):
    assert split_owners(cell) == []


def test_classify_owner():
    assert classify_owner("Avdelingslederne") == "role"
    assert classify_owner("Tildelingskontoret") == "unit"
    assert classify_owner("PPT") == "unit"
    assert classify_owner("Idrettslaget") == "external"
    assert classify_owner("Oppvekst") == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Rådgiver oppvekst og PPT",
        "Alle enheter",
        "NAV",
        "Enhetsleder BFH",
        "Koordinerende team v/ leder",
        "Kommunalsjef helse og omsorg, Enhetsleder BFH",
    ],
)
def test_owner_like(text):
    assert is_owner_like(text, "nb")


@pytest.mark.parametrize(
    "text",
    [
        "Lage felles rutine for overgang barnehage–skole",
        "Informere om tilbudet på foreldremøter",
        "Styrke samarbeidet med NAV",
        "Høst 2025",
        "31.12.2025",
        "Kari Nordmann",
        "",
    ],
)
def test_not_owner_like(text):
    assert not is_owner_like(text, "nb")


def test_owner_like_english():
    assert is_owner_like("Planning and Development Department", "en")
    assert is_owner_like("Head of Planning", "en")
    assert not is_owner_like("Install solar panels on all council buildings by 2030", "en")


# --------------------------------------------------------------------------- properties

POOL = ["Rådgiver oppvekst", "PPT", "NAV", "Kommunalsjef helse og omsorg", "Enhetsleder BFH",
        "Helsestasjonen", "Fagleder helsestasjon", "Kommunedirektør", "Koordinerende team v/ leder",
        "Tildelingskontoret", "Rektor"]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=4), st.sampled_from(["/", ", ", "; ", "\n"]))
def test_joined_owners_split_back(parts, sep):
    owners = split_owners(sep.join(parts))
    assert [o.text for o in owners] == parts
    assert all(o.kind in ("role", "unit") for o in owners)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80), st.sampled_from(["nb", "nn", "sv", "da", "en"]))
def test_any_text_never_raises(text, lang):
    owners = split_owners(text, lang=lang)
    for o in owners:
        assert o.text.strip() == o.text and o.text
        assert o.diffuse == (o.kind == "diffuse")
    assert isinstance(is_owner_like(text, lang), bool)


@pytest.mark.parametrize(
    "text",
    [
        "PPT og helsesøster orienterer om tilbudet",
        "Rektor skal følge opp",
        "Helsestasjonen informerer foreldre",
    ],
)
def test_sentences_naming_actors_are_not_owner_cells(text):
    assert not is_owner_like(text, "nb")


@pytest.mark.parametrize(
    ("cell", "lang", "expected"),
    [
        ("Teknik og Miljø", "da", ["Teknik og Miljø"]),
        ("Jobcentret og Kultur og Fritid", "da", ["Jobcentret", "Kultur og Fritid"]),
        ("Byg og Plan og Skolechef", "da", ["Byg og Plan", "Skolechef"]),
        ("Jobcentret og Sundhedsplejen", "da", ["Jobcentret", "Sundhedsplejen"]),  # definite: units of their own
        ("NAV og PPT", "nb", ["NAV", "PPT"]),
        ("Rektor og Helsesøster", "nb", ["Rektor", "Helsesøster"]),
    ],
)
def test_a_department_named_with_og_is_one_owner(cell, lang, expected):
    """Two capitalised words that are no owner words by themselves, joined by "og", are one
    department's name; an owner word or an abbreviation on either side still splits."""
    assert [o.text for o in split_owners(cell, lang=lang)] == expected


def test_an_owner_joined_by_and_is_split_when_the_plan_names_a_part_alone_elsewhere():
    from plancheck.lang.owners import split_by_owners_seen_alone
    from plancheck.models import Owner

    def cells(*texts):
        return [[Owner(text=t) for t in row] for row in texts]

    got = split_by_owners_seen_alone(cells(["Head of Education and Communications"], ["Head of Education"],
                                           ["Public Works and Parks"], ["Highways"], ["Helse og omsorg"], ["Helse"]), "en")
    assert [[o.text for o in row] for row in got] == [
        ["Head of Education", "Communications"], ["Head of Education"],
        ["Public Works and Parks"],  # no part stands alone: one unit's name
        ["Highways"], ["Helse og omsorg"], ["Helse"]]  # a lower-case part is a complement
    assert got[0][0].kind == classify_owner("Head of Education", "en")  # each part classified on its own


def test_a_part_split_off_stands_alone_for_the_next_owner_joined_by_and():
    """Splitting "Bridges and Lighting" (Lighting alone elsewhere) shows "Bridges" alone, which
    splits "Head of Water Services and Bridges" in turn, whatever the order of the measures."""
    from plancheck.lang.owners import split_by_owners_seen_alone
    from plancheck.models import Owner

    rows = [["Head of Water Services and Bridges"], ["Bridges and Lighting"], ["Lighting"]]
    got = split_by_owners_seen_alone([[Owner(text=t) for t in row] for row in rows], "en")
    assert [[o.text for o in row] for row in got] == [
        ["Head of Water Services", "Bridges"], ["Bridges", "Lighting"], ["Lighting"]]


def test_a_part_joined_to_different_partners_in_different_measures_is_an_owner_of_its_own():
    from plancheck.lang.owners import split_by_owners_seen_alone
    from plancheck.models import Owner

    rows = [["Tourism Office and Fleet Management"], ["Youth Services and Tourism Office"],
            ["Health and Safety"], ["Health and Wellbeing"], ["Parks and Recreation"], ["Parks and Recreation"]]
    got = split_by_owners_seen_alone([[Owner(text=t) for t in row] for row in rows], "en")
    assert [[o.text for o in row] for row in got] == [
        ["Tourism Office", "Fleet Management"], ["Youth Services", "Tourism Office"],
        # a one-word part with two partners may open two names; the same pair twice is one name
        ["Health and Safety"], ["Health and Wellbeing"], ["Parks and Recreation"], ["Parks and Recreation"]]


def test_an_english_owner_opening_with_a_role_word_after_and_is_an_owner_of_its_own():
    # the right side opens with a role or unit word: a second owner, whatever the left names
    assert [o.text for o in split_owners("Public Health and Head of Housing", lang="en")] == [
        "Public Health",
        "Head of Housing",
    ]
    assert [o.text for o in split_owners("Arts and Office of Culture", lang="en")] == ["Arts", "Office of Culture"]
    # a unit whose name holds "and" stays one owner
    assert [o.text for o in split_owners("Roads and Bridges", lang="en")] == ["Roads and Bridges"]
    assert [o.text for o in split_owners("Head of Education and Communications", lang="en")] == [
        "Head of Education and Communications"
    ]


def test_two_english_units_joined_by_and_each_ending_in_a_unit_word_are_two_owners():
    # a network of practices or partners is a unit that owns actions, as a team or service is
    assert [o.text for o in split_owners("Public Health Team and Primary Care Networks", lang="en")] == [
        "Public Health Team", "Primary Care Networks"]
    assert [o.text for o in split_owners("Youth Network", lang="en")] == ["Youth Network"]


def test_two_english_names_of_two_words_or_more_joined_by_and_are_two_owners():
    # each side a name with its own head noun, the left one naming an owner
    assert [o.text for o in split_owners("Climate Change Officer and Economic Development", lang="en")] == [
        "Climate Change Officer", "Economic Development"]
    assert [o.text for o in split_owners("Leisure Services and Public Works and Parks", lang="en")] == [
        "Leisure Services", "Public Works and Parks"]
    # one name: one word on a side, no owner word on the left, or an "of" that takes both sides
    for one in ("Public Works and Parks", "Housing and Community Development", "Norfolk Redevelopment and Housing Authority",
                "Head of Planning and Regeneration", "Planning and Development Department"):
        assert [o.text for o in split_owners(one, lang="en")] == [one]
    # in the Nordic languages the rule is another one (what follows "og" is capitalised only in a name)
    assert len(split_owners("Helse og omsorg", lang="nb")) == 1


def test_an_english_owner_ending_in_a_title_is_whole_before_and():
    """'Recycling Officer and Waste Team': an English name ends in its head noun, and a part that
    ends in a person's title (a role word of the lexicon) is that person, so the 'and' joins two
    owners. A title opening the name ('Head of Planning and Regeneration') may take both sides,
    a name without a title ('Culture and Leisure') is one unit, and a title ending the whole
    ('Parks and Recreation Manager') is one person."""
    def texts(t: str) -> list[str]:
        return [o.text for o in split_owners(t, lang="en")]

    assert texts("Recycling Officer and Waste Team") == ["Recycling Officer", "Waste Team"]
    assert texts("Youth Services Manager and Libraries") == ["Youth Services Manager", "Libraries"]
    assert texts("Head of Planning and Regeneration") == ["Head of Planning and Regeneration"]
    assert texts("Culture and Leisure") == ["Culture and Leisure"]
    assert texts("Parks and Recreation Manager") == ["Parks and Recreation Manager"]


def test_a_unit_name_holding_and_owning_a_measure_alone_is_cut_off_whole_beside_another_owner():
    """"Culture and Leisure" owns measures alone: the cell "Culture and Leisure and Thornbridge
    Homes" joins that unit and one more owner, cut at the joiner after the unit's name; the
    unit's own cells stay whole."""
    from plancheck.lang.owners import split_by_owners_seen_alone
    from plancheck.models import Owner

    rows = [["Culture and Leisure"], ["Culture and Leisure and Youth Service"], ["Planning Policy"],
            ["Roads and Bridges and Street Lighting"]]
    got = split_by_owners_seen_alone([[Owner(text=t) for t in row] for row in rows], "en")
    assert [[o.text for o in row] for row in got] == [
        ["Culture and Leisure"], ["Culture and Leisure", "Youth Service"], ["Planning Policy"],
        ["Roads and Bridges and Street Lighting"]]  # no part of it owns a measure alone: kept as it was
