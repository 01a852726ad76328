"""One unit's name holding 'og'/'och' ('Drift og Anlæg', 'Eiendom og drift') versus two owners
joined by the same word ('Kulturkontoret og biblioteket'): the cell's own evidence (capital after
the joiner, definite forms, a role's complement) and the plan's (the name printed again, the plan's
other 'X og Y' names, a part owning a measure alone)."""

from __future__ import annotations

import pytest

from plancheck.lang.owners import join_unit_names, split_owners


def _texts(cell: str, lang: str) -> list[str]:
    return [o.text for o in split_owners(cell, lang=lang)]


@pytest.mark.parametrize(
    ("cell", "lang", "expected"),
    [
        # a capitalised bare unit word after 'og' is inside a name, not an owner of its own
        ("Drift og Anlæg", "da", ["Drift og Anlæg"]),
        ("Eiendom og Drift", "nb", ["Eiendom og Drift"]),
        ("Drift og Anlæg og Jobcentret", "da", ["Drift og Anlæg", "Jobcentret"]),
        # a role stays a person of its own, a definite noun a unit of its own
        ("Rektor og Inspektør", "nb", ["Rektor", "Inspektør"]),
        ("Personaleafdelingen og Indkøb", "da", ["Personaleafdelingen", "Indkøb"]),
        # two definite nouns in lower case are two particular units
        ("biblioteket og ungdomsklubben", "nn", ["biblioteket", "ungdomsklubben"]),
        ("Socialtjänsten och skolan", "sv", ["Socialtjänsten", "skolan"]),
        # a role's lower-case complement goes on with a bare unit noun: one person leads both
        ("Leder hjemmetjeneste og sykehjem", "nb", ["Leder hjemmetjeneste og sykehjem"]),
        # … but not with a unit in its definite form, nor with a role
        ("Enhetsleder hjemmetjenesten og bedriftshelsetjenesten", "nb",
         ["Enhetsleder hjemmetjenesten", "bedriftshelsetjenesten"]),
        ("Enhetsleder sykehjem og tillitsvalgte", "nb", ["Enhetsleder sykehjem", "tillitsvalgte"]),
        ("Rådgiver oppvekst og PPT", "nb", ["Rådgiver oppvekst", "PPT"]),
        # a health or school professional is a person of its own (the lexicon's role words)
        ("Skoleleder og sundhedsplejerske", "da", ["Skoleleder", "sundhedsplejerske"]),
        ("Tandlæge og skolepsykolog", "da", ["Tandlæge", "skolepsykolog"]),
    ],
)
def test_a_cell_shows_whether_og_joins_a_name_or_two_owners(cell, lang, expected):
    assert _texts(cell, lang) == expected


def _plan(cells: list[str], lang: str) -> list[list[str]]:
    joined = join_unit_names([(c, split_owners(c, lang=lang)) for c in cells], lang)
    return [[o.text for o in owners] for owners in joined]


def test_a_name_printed_again_in_a_plan_of_og_names_is_one_unit():
    cells = ["Eiendom og drift", "Kultur og fritid", "Eiendom og drift", "Plan og bygg"]
    assert split_owners("Eiendom og drift", lang="nb")[1].text == "drift"  # split by the cell alone
    assert _plan(cells, "nb")[0] == ["Eiendom og drift"]
    assert _plan(cells, "nb")[2] == ["Eiendom og drift"]


def test_a_name_whose_parts_own_measures_alone_is_two_owners():
    cells = ["Skole og barnehage", "Skole", "Barnehage", "Kultur og fritid", "Skole og barnehage"]
    assert _plan(cells, "nb")[0] == ["Skole", "barnehage"]


def test_a_capitalised_word_og_a_lower_case_bare_noun_printed_once_is_one_name():
    """A Nordic owner of its own is a capitalised name, a definite noun or a person: a lower-case
    bare noun after 'og' goes on the name before it, even printed once."""
    assert _plan(["Eiendom og drift", "Rådmann"], "nb")[0] == ["Eiendom og drift"]


@pytest.mark.parametrize(
    ("cells", "lang", "expected"),
    [
        (["Psykisk helse- og rustenesta", "Frivilligsentralen og folkehelsekoordinator",
          "Helsestasjon og jordmorteneste", "Eigedom og Psykisk helse- og rustenesta",
          "Kommunalsjef helse og velferd"], "nn",
         [["Psykisk helse- og rustenesta"], ["Frivilligsentralen", "folkehelsekoordinator"],
          ["Helsestasjon og jordmorteneste"], ["Eigedom", "Psykisk helse- og rustenesta"],
          ["Kommunalsjef helse og velferd"]]),
        (["Ungdomsmottagning och elevhälsa", "Socialtjänsten och fritidsgården", "Rektor och kurator"], "sv",
         [["Ungdomsmottagning och elevhälsa"], ["Socialtjänsten", "fritidsgården"], ["Rektor", "kurator"]]),
        (["Fritidsgård och ungdomsverksamhet", "Kommunledningskontoret"], "sv",
         [["Fritidsgård och ungdomsverksamhet"], ["Kommunledningskontoret"]]),
        (["Helsestasjon og jordmortjeneste", "Barnevernet og helsestasjonen"], "nb",
         [["Helsestasjon og jordmortjeneste"], ["Barnevernet", "helsestasjonen"]]),
    ],
)
def test_a_lower_case_bare_noun_after_og_goes_on_the_name_a_definite_noun_or_person_stands_alone(
    cells, lang, expected
):
    assert _plan(cells, lang) == expected


def test_a_lower_case_part_owning_a_measure_alone_keeps_the_two_apart():
    cells = ["Helsestasjon og jordmorteneste", "Helsestasjon", "Rådmann"]
    assert _plan(cells, "nn")[0] == ["Helsestasjon", "jordmorteneste"]


def test_a_plan_printing_lone_owners_in_lower_case_says_nothing_by_case():
    cells = ["Eiendom og drift", "barnehage", "Rådmann"]
    assert _plan(cells, "nb")[0] == ["Eiendom", "drift"]


def test_an_ampersand_form_elsewhere_makes_the_og_form_one_name():
    cells = ["Eiendom og drift", "Eiendom & drift", "Rådmann"]
    assert _plan(cells, "nb")[0] == ["Eiendom og drift"]


def test_an_unknown_abbreviation_after_a_word_naming_no_owner_in_a_plan_of_names():
    cells = ["Udvikling og IT", "Kultur og Fritid", "Jobcenter Brovig og HR"]
    out = _plan(cells, "da")
    assert out[0] == ["Udvikling og IT"]
    assert out[2] == ["Jobcenter Brovig", "HR"]  # a known owner abbreviation after an owner


def test_a_known_owner_abbreviation_stays_an_owner_of_its_own():
    assert _plan(["Oppvekst og PPT", "Kultur og fritid"], "nb")[0] == ["Oppvekst", "PPT"]


def test_english_is_left_to_its_own_rules():
    cells = [("Parks and Highways", split_owners("Parks and Highways", lang="en"))]
    assert [o.text for o in join_unit_names(cells, "en")[0]] == [o.text for o in cells[0][1]]


def test_a_name_holding_and_stays_whole_when_only_the_owner_after_it_stands_alone():
    """'Street Lighting and Signage and Estates' with 'Estates' alone elsewhere: cut beside 'Estates'
    only; the same name with one more owner after it is no different partner of 'Signage'."""
    from plancheck.lang.owners import split_by_owners_seen_alone

    cells = [split_owners(c, lang="en") for c in
             ("Street Lighting and\nSignage", "Street Lighting and\nSignage and Estates", "Estates")]
    out = [[o.text for o in owners] for owners in split_by_owners_seen_alone(cells, "en")]
    assert out == [["Street Lighting and Signage"], ["Street Lighting and Signage", "Estates"], ["Estates"]]
