"""Word relations as data (plancheck/lang/data/relations.yaml, issue 11, session 19): a member
answers its class, an amount of money a cost, a date a time asked for — one way only, in the
keys ``mandate.text.terms`` gives both the mandate matcher and the rød tråd. The examples are
invented."""

from __future__ import annotations

import pytest

from plancheck.lang import relations as R
from plancheck.mandate import text as T


@pytest.fixture(autouse=True)
def _relations_on(monkeypatch):
    """The relations are off by default (text.RELATIONS_ON, see docs/mandate.md rel19); these
    tests read them switched on."""
    monkeypatch.setattr(T, "RELATIONS_ON", True)


def test_off_a_word_carries_the_kinds_only(monkeypatch) -> None:
    monkeypatch.setattr(T, "RELATIONS_ON", False)
    assert not _broader("Elevane", "nn")["Elevane"]
    assert T.canon("transport") in _broader("sykle", "nb")["sykle"]


def _broader(text: str, lang: str) -> dict[str, set[str]]:
    return {t.surface: t.broader for t in T.terms(text, lang)}


def test_every_class_group_has_a_source_and_a_group_without_one_is_an_error(tmp_path) -> None:
    for lang in R.LANGS:
        rel = R.relations(lang)
        assert rel.cost_classes and rel.time_classes, lang
        for g in rel.groups:
            assert g.source and g.classes and (g.members or g.head_members)
    bad = tmp_path / "relations.yaml"
    bad.write_text("classes:\n  - class: {nb: [klasse]}\n    members: {nb: [medlem]}\n", encoding="utf-8")
    with pytest.raises(ValueError):
        R.load(bad)


def test_a_member_carries_its_class_one_way() -> None:
    assert T.canon("barn") in _broader("Elevane", "nn")["Elevane"]
    # a compound whose head is a member is one too ("skuleelev" is an elev)
    assert T.canon("barn") in _broader("skoleelevene", "nb")["skoleelevene"]
    assert T.canon("organisasjon") in _broader("velforeningen", "nb")["velforeningen"]
    # the class never carries its members
    (child,) = T.terms("barna", "nb")
    assert T.canon("elev") not in child.whole | child.broader


def test_a_head_member_counts_only_as_a_compound_head() -> None:
    assert T.canon("organisasjon") in _broader("historielaget", "nn")["historielaget"]
    # "om lag ti" is about ten: no team, no association
    assert not _broader("om lag ti bilar", "nn")["lag"]


def test_an_amount_of_money_carries_the_cost_words() -> None:
    assert T.canon("kostnad") in _broader("Tiltaket koster 2,4 mill. kr i året.", "nb")["kr"]
    pounds = T.terms("A new bench costs £850 to install.", "en")
    assert any("cost" in t.broader for t in pounds if t.lemma.isdigit())
    assert "kostnad" in _broader("Tiltak Kroner i alt", "nb")["Kroner"]
    # a number without a money unit, and the unit without a number, are no amount
    assert not any(t.broader for t in T.terms("Vi har 14 benker og 3 kr-symboler", "nb")[:4])
    assert not _broader("Kr. i alt", "nb")["Kr"]


def test_a_date_carries_the_time_words() -> None:
    assert T.canon("tidplan") in _broader("Bygget står klart 2029.", "sv")["2029"]
    assert "tidsplan" in _broader("Vedtak i mai 2030", "nb")["mai"]
    assert not _broader("Vi har 300 plasser", "nb")["300"]


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [("forebyggende", "forebygge", "nb"), ("förebyggande", "förebygga", "sv"), ("protection", "protect", "en")],
)
def test_a_participle_or_action_noun_shares_its_verbs_key(a: str, b: str, lang: str) -> None:
    (x,) = T.terms(a, lang)
    (y,) = T.terms(b, lang)
    assert x.whole & y.whole


def _point_score(point: str, passage: str, lang: str, monkeypatch, on: bool) -> float:
    from plancheck.mandate import find_points
    from plancheck.mandate.match import MatchSettings, assess_points
    from plancheck.models import Passage, Plan, Section, SourceInfo

    monkeypatch.setattr(T, "RELATIONS_ON", on)
    plan = Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title="Plan for nærmiljøanlegg",
        sections=[Section(id="s1", title="Gjennomføring", level=1, page=1)],
        passages=[Passage(id="p0", kind="paragraph", text=passage, page=1, section_id="s1")],
    )
    points = find_points([f"Mandat\n\n1. {point}"])
    s = MatchSettings(calibrated=False, missing_phrases=False)
    return assess_points(plan, points, lang, explain=True, settings=s)[0].explain[0].score


def test_the_mandate_matcher_takes_an_amount_for_the_cost(monkeypatch) -> None:
    point = "Beskrive kostnadene ved de nye ballbingene."
    passage = "De to nye ballbingene ved Solvang og Berg: 1,8 mill. kr, halvparten fra spillemidler."
    on = _point_score(point, passage, "nb", monkeypatch, True)
    off = _point_score(point, passage, "nb", monkeypatch, False)
    assert on > off


def test_the_rod_trad_takes_a_member_as_part_of_its_class(monkeypatch) -> None:
    from plancheck.mandate.parents import goal_score, goal_words, item_keys_of

    def score(on: bool) -> float:
        monkeypatch.setattr(T, "RELATIONS_ON", on)
        goal = goal_words("Organisasjonene i bygdene skal ha gode vilkår.", "nb")
        item = item_keys_of(goal_words("Driftstilskudd til velforeningene", "nb", broader=True))
        return goal_score(goal, item, {})[0]

    assert score(True) > score(False)
