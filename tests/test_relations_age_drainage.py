"""Answers in other words (issue 11, session 21): a group named by its ages is a member of the
group a point names in a word ("over 80 år" for "eldre"), and the parts of a drainage system
named together answer the drainage (relations.yaml ``age`` and the drainage class group). The
examples are invented."""

from __future__ import annotations

import pytest

from plancheck.lang import relations as R
from plancheck.mandate import text as T


@pytest.fixture(autouse=True)
def _relations_on(monkeypatch):
    monkeypatch.setattr(T, "RELATIONS_ON", True)


def _ages(text: str, lang: str) -> set[str]:
    out: set[str] = set()
    for t in T.terms(text, lang):
        out |= t.broader
    return out


@pytest.mark.parametrize(
    ("text", "lang", "group"),
    [
        ("Innbyggjarar over 85 år får tilbod om trim", "nn", "eldre"),
        ("innbyggere 80 år og eldre", "nb", "eldre"),
        ("personer över 67 år", "sv", "äldre"),
        ("borgere over 85 år", "da", "ældre"),
        ("residents aged 68 and over", "en", "elderly"),
        ("barn under 12 år", "nb", "barn"),
        ("children under 5 years", "en", "child"),
    ],
)
def test_an_age_group_is_a_member_of_the_group_named_in_a_word(text, lang, group) -> None:
    assert T.canon(group) in _ages(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("over 75 prosent av plassene", "nb"),  # no years: no age
        ("innbyggere over 40 år", "nb"),  # an age, but under the group's start
        ("barn under 2030", "nb"),  # a year
        ("pupils aged 12", "en"),  # one age, not a group past a bound
        ("ungdom under 25 år", "nb"),  # past the children's end
    ],
)
def test_a_number_that_is_no_such_age_names_no_group(text, lang) -> None:
    assert not _ages(text, lang) & {T.canon("eldre"), T.canon("barn"), T.canon("äldre")}


def test_off_an_age_names_no_group(monkeypatch) -> None:
    monkeypatch.setattr(T, "RELATIONS_ON", False)
    assert T.canon("eldre") not in _ages("innbyggjarar over 85 år", "nn")


def test_an_age_group_needs_a_bound_and_a_source(tmp_path) -> None:
    for lang in R.LANGS:
        for g in R.relations(lang).age_groups:
            assert g.source and g.classes and (g.start is not None or g.end is not None)
    bad = tmp_path / "relations.yaml"
    bad.write_text("age:\n  groups:\n    - class: {nb: [eldre]}\n      source: x\n", encoding="utf-8")
    with pytest.raises(ValueError):
        R.load(bad)


def test_drainage_parts_named_together_answer_the_drainage() -> None:
    three = T.terms("Alle nye bygg får regnbed, wadi og grøntak", "nb")
    assert T.canon("overvann") in T.classes_answered(three)
    # two parts are two parts of it, not the drainage
    two = T.terms("Skolen får regnbed og grøntak", "nb")
    assert T.canon("overvann") not in T.classes_answered(two)
    assert any(T.canon("overvann") in t.part_of for t in two)


def test_a_member_of_two_words_is_one_member() -> None:
    # "green roofs" is one member, not two (green, roof)
    assert T.canon("drainage") not in T.classes_answered(T.terms("green roofs and soakaways", "en"))
    assert T.canon("drainage") in T.classes_answered(
        T.terms("green roofs, soakaways and detention basins", "en")
    )


PART_MANDATE = "Mandat\n\n1. Gi en oversikt over kulturtilbudet for barn på kveldstid i sentrum.\n"


def _part_score(passage: str, settings_kw: dict) -> float:
    from plancheck.mandate import find_points
    from plancheck.mandate.match import MatchSettings, assess_points
    from plancheck.models import Passage, Plan, Section, SourceInfo

    plan = Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title="Kulturplan",
        sections=[Section(id="s1", title="Kulturtilbudet", level=1, page=1)],
        passages=[Passage(id="p0", kind="paragraph", text=passage, page=1, section_id="s1")],
    )
    points = find_points([PART_MANDATE])
    s = MatchSettings(calibrated=False, missing_phrases=False, **settings_kw)
    return assess_points(plan, points, "nb", explain=True, settings=s)[0].explain[0].score


def test_a_concern_answered_by_one_member_of_its_class_is_answered_in_part() -> None:
    # the pupils of one school are one part of the children: under covered (part_cap) ...
    one = "Kulturtilbudet i sentrum på kveldstid: kulturskolen med 200 elever holder åpent."
    capped = _part_score(one, {})
    assert capped <= 0.59 < _part_score(one, {"part_cap": 1.0})
    # ... while the children named answer it whole
    assert _part_score("Kulturtilbudet for barn i sentrum på kveldstid: kulturskolen.", {}) > 0.59
