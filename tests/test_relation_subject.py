"""An answer through a word relation (an amount for a budget, a date for a timetable, a class
by its members) counts only in a passage about the point's subject — the object the point is
about, named in its head or again and again in the mandate's points — or in a plan whose title
names it (MatchSettings.relation_subject, docs/mandate.md subject20). The examples are
invented."""

from __future__ import annotations

from plancheck.mandate import text as T

MANDATE = (
    "Mandat\n\n"
    "1. Beskrive tilstanden til turnhallen.\n"
    "2. Vurdere en utvidelse av turnhallen med et nytt apparatrom.\n"
    "3. Lag et årlig budsjett for drift og vedlikehold.\n"
)


def _score(
    passage: str, monkeypatch, *, subject: bool, title: str = "Plan for lysløyper",
    heading: str = "Økonomi", on: bool = True,
) -> float:
    from plancheck.mandate import find_points
    from plancheck.mandate.match import MatchSettings, assess_points
    from plancheck.models import Passage, Plan, Section, SourceInfo

    monkeypatch.setattr(T, "RELATIONS_ON", on)
    plan = Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title=title,
        sections=[Section(id="s1", title=heading, level=1, page=1)],
        passages=[Passage(id="p0", kind="paragraph", text=passage, page=1, section_id="s1")],
    )
    points = find_points([MANDATE])
    assert len(points) == 3
    s = MatchSettings(calibrated=False, missing_phrases=False, relation_subject=subject)
    return assess_points(plan, points, "nb", explain=True, settings=s)[2].explain[0].score


OTHER = "Drift og vedlikehold av lysløypene koster 240 000 kr i året."
SAME = "Drift og vedlikehold av turnhallen koster 240 000 kr i året."


def test_an_amount_in_a_passage_about_another_object_answers_no_budget(monkeypatch) -> None:
    # without the subject check the amount answers "budsjett" in a plan on the ski tracks
    loose = _score(OTHER, monkeypatch, subject=False)
    checked = _score(OTHER, monkeypatch, subject=True)
    assert checked < loose
    assert checked < _score(SAME, monkeypatch, subject=True)


def test_an_amount_in_a_passage_naming_the_subject_answers(monkeypatch) -> None:
    assert _score(SAME, monkeypatch, subject=True) == _score(SAME, monkeypatch, subject=False)
    assert _score(SAME, monkeypatch, subject=True) > _score(SAME, monkeypatch, subject=True, on=False)


def test_the_subject_in_the_heading_or_the_plans_title_is_enough(monkeypatch) -> None:
    heading = _score(OTHER, monkeypatch, subject=True, heading="Økonomi for turnhallen")
    assert heading == _score(OTHER, monkeypatch, subject=False, heading="Økonomi for turnhallen")
    titled = _score(OTHER, monkeypatch, subject=True, title="Plan for turnhallen")
    assert titled == _score(OTHER, monkeypatch, subject=False, title="Plan for turnhallen")


def test_the_mandates_subject_is_the_word_its_points_name_again() -> None:
    from plancheck.mandate import find_points
    from plancheck.mandate.match import _concerns_of, mandate_subject, point_subject

    points = find_points([MANDATE])
    parsed = [_concerns_of(p, "nb") for p in points]
    subject = {t.lemma for t in mandate_subject(parsed, 2)}
    assert "turnhall" in {T.canon(x) for x in subject} or "turnhallen" in subject
    # a word one point names is no subject; a word asking for action never is
    assert not subject & {"apparatrom", "budsjett", "foreslå", "tilstand"}
    assert not mandate_subject(parsed, 4)
    # the head of a point over its list ("for den nye badstua: …") names its object too
    head = point_subject(T.content_terms("skal planen for den nye badstua beskrive", "nb"), [])
    assert any("badstu" in t.lemma for t in head)
    assert not any(t.lemma in {"beskrive", "plan"} for t in head)
