"""Round 22 (session 14, mstat11): a plan's revision interval stated in other words, and a
report's recommendation frame ("Agree that the strategy …") read as no concern. Plans and
mandates built by hand."""

from __future__ import annotations

from dataclasses import replace

import test_mandate_support as support

from plancheck.mandate.match import (
    DEFAULT_SETTINGS,
    _concerns_of,
    interval_years,
    revision_asked,
    revision_stated,
    strip_report_frame,
)
from plancheck.mandate.points import find_points

cover = support.cover


def test_interval_in_words_of_every_language() -> None:
    assert interval_years("Planen skal rullerast kvart tredje år.")[0] == 3
    assert interval_years("Planen skal reviderast annakvart år.")[0] == 2
    assert interval_years("Planen rulleres hvert fjerde år.")[0] == 4
    assert interval_years("Planen revideres hvert 4. år.")[0] == 4
    assert interval_years("The strategy is reviewed every three years.")[0] == 3
    assert interval_years("The plan is revised every other year.")[0] == 2
    assert interval_years("Planen revideras vart fjärde år.")[0] == 4
    assert interval_years("Handleplanen revideres hvert år.")[0] == 1
    assert interval_years("Planen gjelder for fire år.") == (0, "")


def test_interval_ordinals_above_the_fourth() -> None:
    """Ordinals above "fjerde" name an interval ("hvert femte år"), from a list of their own:
    the lexicon's ordinals stop at the fourth because they also name quarters."""
    assert interval_years("Planen skal rulleres hvert femte år.")[0] == 5
    assert interval_years("Planen skal rullerast kvart sjette år.")[0] == 6
    assert interval_years("Planen ses över vart åttonde år.")[0] == 8
    assert interval_years("Strategien revideres hvert tiende år.")[0] == 10
    assert interval_years("The plan is reviewed every fifth year.")[0] == 5
    assert revision_asked("Planen skal revideres hvert femte år.")[0] == 5
    assert revision_stated("Planen blir revidert hvert sjette år.") == [6]
    # an ordinal without "hvert" is no interval ("det femte året")
    assert interval_years("Planen gjelder til det femte året.") == (0, "")


def test_revision_stated_only_of_the_plan_with_an_interval() -> None:
    """A revision with its interval in a sentence naming the plan; not a revision without an
    interval ("the review … carried out in 2015"), nor an interval without a revision."""
    assert revision_stated(
        "Planen tas opp til ny vurdering i 2031 og deretter hvert fjerde år."
    ) == [4]
    assert revision_stated("Planen revideres hvert 4. år. Neste gang i 2030.") == [4]
    assert revision_stated("This strategy replaces the review of public toilets done in 2015.") == []
    assert revision_stated("Planen følges opp med en rapport hvert år.") == []
    assert revision_asked("Planen skal rulleres hvert fjerde år.")[0] == 4
    assert revision_asked("Det skal lages en rapport hvert år.") == (0, "")


INTRO = (
    "Innledning",
    [
        "Planen har vært på høring, og det kom 14 uttalelser. Planen skal revideres "
        "annethvert år, første gang i 2030."
    ],
)
BODY = ("Fiber", ["Kommunen legger trekkrør når vannledninger graves ned."])


def test_revision_interval_answered_in_other_words() -> None:
    plan = support.make_plan([INTRO, BODY], title="Handlingsplan for bredbånd 2028–2030")
    (c,) = cover(plan, "Planen skal rulleres hvert andre år.")
    assert c.status == "covered"


def test_revision_interval_not_stated_is_not_covered() -> None:
    """Another interval, or none: the point is not answered by the revision word alone."""
    plan = support.make_plan([INTRO, BODY], title="Handlingsplan for bredbånd 2028–2030")
    (c,) = cover(plan, "Planen skal rulleres hvert fjerde år.")
    assert c.status != "covered"
    bare = support.make_plan(
        [("Innledning", ["Planen har vært på høring."]), BODY],
        title="Handlingsplan for bredbånd 2028–2030",
    )
    (c,) = cover(bare, "Planen skal rulleres hvert andre år.")
    assert c.status != "covered"


def test_report_frame_is_stripped() -> None:
    assert (
        strip_report_frame("Agree that the strategy considers a community toilet scheme.")
        == "considers a community toilet scheme."
    )
    assert strip_report_frame("Note that the draft plan must show X.") == "must show X."
    assert strip_report_frame("Request that opening hours are reviewed.") == (
        "opening hours are reviewed."
    )
    assert strip_report_frame("Formannskapet ber om at planen viser tiltak.") == "viser tiltak."
    assert strip_report_frame("Udvalget anbefaler, at handleplanen beskriver X.") == (
        "beskriver X."
    )
    # no frame: unchanged; a body of more words than a name is no frame
    assert strip_report_frame("Vurdere samarbeid med nabokommunane.") == (
        "Vurdere samarbeid med nabokommunane."
    )
    assert strip_report_frame("Agree that") == "Agree that"


def _concern_texts(point: str, lang: str, **settings) -> list[str]:
    (p,) = find_points([f"Recommendations\n\n1. {point}"])
    concerns, _ = _concerns_of(p, lang, replace(DEFAULT_SETTINGS, **settings))
    return [c.text for c in concerns]


def test_report_frame_is_no_concern() -> None:
    """The frame's verb and "the strategy" were sought as words and named as missing; the
    list is read without them."""
    point = "Agree that the strategy addresses vandalism and anti-social behaviour."
    read = _concern_texts(point, "en")
    assert read == ["addresses vandalism", "anti-social behaviour"]
    assert not any("Agree" in t or "strategy" in t for t in read)
    framed = _concern_texts(point, "en", report_frame=False)
    assert any("Agree" in t for t in framed)


def test_body_named_by_initials() -> None:
    """A name of two capitalised words is sought by its initials too ("Ungdommens
    Uddannelsesvejledning" ↔ "UU"); one capitalised word is no name."""
    from plancheck.mandate import text as T
    from plancheck.mandate.match import name_initials

    text = "Jobcentret og Ungdommens Uddannelsesvejledning"
    terms = T.terms(text, "da")
    name_initials(text, terms, 2)
    by = {t.surface: t.keys for t in terms}
    assert "uu" in by["Ungdommens"] and "uu" in by["Uddannelsesvejledning"]
    assert not any(len(k) == 1 for k in by["Jobcentret"])
    assert "j" not in by["Jobcentret"]


WORKING_GROUP = (
    "Indledning",
    [
        "Handleplanen er skrevet af en arbejdsgruppe med Ungdomsskolen, Jobcentret, UU og SSP. "
        "Handleplanen behandles i udvalget i februar 2028."
    ],
)
JOBS = ("Klar til job", ["Ungdomsskolen holder hvert halvår kurset Klar til job."])


def _process_cover(plan, point: str, lang: str):
    """The coverage of ``point`` read as a process point (a requirement of the mandate's
    process section)."""
    from plancheck.mandate.match import assess_points

    (p,) = find_points([f"Mandat\n\n1. {point}"])
    (c,) = assess_points(plan, [p.model_copy(update={"process": True})], lang)
    return c


def test_bodies_listed_in_a_sentence_on_the_plans_making_answer_a_process_point() -> None:
    """The enumeration of the working group's members is who took part, not words in passing;
    the body named by its initials is found."""
    plan = support.make_plan([WORKING_GROUP, JOBS], title="Handleplan for fritidsjob 2028–2030")
    point = "Arbejdsgruppen skal inddrage Jobcentret og Ungdommens Uddannelsesvejledning."
    assert _process_cover(plan, point, "da").status == "covered"
    # without the mechanisms the list is in passing and the initials are no name
    from plancheck.mandate import match as M

    off = replace(M.DEFAULT_SETTINGS, process_lists=False, initials_min_words=0)
    (p,) = find_points([f"Mandat\n\n1. {point}"])
    (c,) = M.assess_points(plan, [p.model_copy(update={"process": True})], "da", settings=off)
    assert c.status != "covered"
    # a body the group did not have is not answered by the list
    other = "Arbejdsgruppen skal inddrage Ældrerådet og Handicaprådet."
    assert _process_cover(plan, other, "da").status != "covered"


def test_a_draft_out_to_consultation_for_a_period_is_the_consultation() -> None:
    # (the consultation's own word; "open for comment", one report's wording, is not in the lexicon)
    plan = support.make_plan(
        [
            (
                "Introduction",
                [
                    "This strategy replaces the review of 2015. The draft went out to public consultation "
                    "from 6 January to 3 March 2028, and 412 people responded."
                ],
            ),
            ("Opening hours", ["All branch libraries will be open from 9am to 7pm on weekdays."]),
        ],
        title="Library Strategy 2028–2031",
    )
    (c,) = cover(
        plan,
        "Agree that the draft strategy is subject to public consultation for at least eight "
        "weeks.",
        lang="en",
    )
    assert c.status == "covered"
    # asked for longer than it was open: not covered
    (c,) = cover(
        plan,
        "Agree that the draft strategy is subject to public consultation for at least twelve "
        "weeks.",
        lang="en",
    )
    assert c.status != "covered"


def test_expectation_frame_and_addressee_body_are_stripped() -> None:
    """A consulting body's expectation ("Vi forventer at kommunen …") is the same frame as a
    recommendation's: the expecting body, its verb and the municipality asked are no concerns
    ("forventer" was found in "forventningsbrev")."""
    assert strip_report_frame("Fylkeskommunen forventer at kommunen kartlegger gangvegene.") == (
        "kartlegger gangvegene."
    )
    assert strip_report_frame("Vi forventer også at kommunen, med lag og foreninger, lager X.") == (
        "med lag og foreninger, lager X."
    )
    assert strip_report_frame("Regionen forventer, at kommunen beskriver X.") == "beskriver X."


def test_requested_report_by_a_date_is_a_process_point() -> None:
    """The addressee asked, in an expectation's clause, to report to a body by a date: a step
    of the plan's process (as "Arbeidsgruppa skal rapportere til formannskapet innen …"), not
    content a passage that names the body and follows up its letter could answer."""
    from plancheck.mandate.points import requested_report

    assert requested_report("Vi forventer at kommunen rapporterer om tiltakene til fylket innen 1. mai 2031.")
    assert not requested_report("Vi forventer at kommunen rapporterer om tiltakene til fylket.")
    assert not requested_report("Vi forventer at kommunen kartlegger behovet innen 1. mai 2031.")
    pts = find_points(
        [
            "Innspill til planarbeidet",
            "Fylket forventer at kommunen kartlegger gangvegene i alle bygder.",
            "Vi forventer at kommunen rapporterer om tiltakene til fylket innen 1. mai 2031.",
        ]
    )
    report = [p for p in pts if "rapporterer" in p.text]
    assert report and report[0].process and report[0].kind == "process"
