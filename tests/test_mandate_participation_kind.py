"""Participation asked of a body is a process point (words.yaml process / process_heads):
Danish 'inddragelse' (planloven kap. 6, borgerinddragelse) and English 'engage with'. Before,
'inddragelse af X i arbejdet' and 'engage with <a body> throughout the review' were read as
content and scored against the plan's content passages, where the introduction's account of
the work (who took part, who was met) is not looked for."""

from plancheck.mandate.points import point_kind


def test_danish_involvement_of_a_group_in_the_work_is_process() -> None:
    assert point_kind("inddragelse af de ældre i arbejdet") == "process"
    assert point_kind("Borgerinddragelse i planarbejdet") == "process"


def test_english_engage_with_a_body_is_process() -> None:
    assert point_kind("engage with the allotment holders' association throughout the work") == "process"


def test_content_points_stay_content() -> None:
    # the same subjects without any participation asked: what the plan says
    assert point_kind("beskrive de ældres boligforhold i kommunen") == "content"
    assert point_kind("set out the opening hours of the library") == "content"
    assert point_kind("describe the market's stalls and their rents") == "content"


def test_a_way_of_taking_part_carries_the_participation_key_one_way() -> None:
    """A workshop or a survey is a way of taking part (synonyms.yaml kind 'medvirkning'): the
    passage holding one answers 'inddragelse' / 'engage'; 'medvirkning' is no workshop."""
    from plancheck.mandate import text as T

    (workshop,) = T.terms("workshops", "da")
    assert T.canon("medvirkning") in T.broader_keys(workshop.whole)
    (part,) = T.terms("medvirkning", "nb")
    assert T.canon("workshop") not in part.whole | T.broader_keys(part.whole)
    assert T.canon("inddragelse") == T.canon("medvirkning") == T.canon("engage")


def test_involvement_asked_is_answered_by_the_workshops_held() -> None:
    """'inddragelse af de ældre i arbejdet' against the introduction's 'Ældrerådet … har været
    med til to workshops': with the kinds off the participation word stays missing."""
    from plancheck.mandate import find_points
    from plancheck.mandate.match import MatchSettings, assess_points
    from plancheck.models import Passage, Plan, Section, SourceInfo

    plan = Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title="Boligplan for ældre",
        sections=[Section(id="s1", title="Indledning", level=1, page=1)],
        passages=[
            Passage(
                id="p0",
                kind="paragraph",
                text="Planen er skrevet af en arbejdsgruppe i Ældre og Sundhed. Ældrerådet og "
                "brugerrådene på de to plejecentre har været med til to workshops, hvor de ældre "
                "selv pegede på, hvad der skal til.",
                page=1,
                section_id="s1",
            )
        ],
    )
    points = find_points(["Kommissorium\n\n1. inddragelse af de ældre i arbejdet"])

    def trace(kinds: bool):
        s = MatchSettings(calibrated=False, kinds=kinds, missing_phrases=False)
        return assess_points(plan, points, "da", explain=True, settings=s)[0].explain[0]

    on, off = trace(True), trace(False)
    assert on.score > off.score
    assert not any("inddragelse" in w for w in on.missing_words)
    assert any("inddragelse" in w for w in off.missing_words)
