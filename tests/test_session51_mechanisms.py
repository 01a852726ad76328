"""Mechanisms of session 51 in the mandate matcher, on hand-built inputs with invented wording.

- A part of the plan qualified by a relative clause ("tiltak som demper trafikken i X") asks for
  what the clause says; a deliverable point so worded is no longer answered by the plan having
  measures at all (``MatchSettings.part_relative_clause``). Measured and shipped off (a net loss
  over the folders); the tests switch it on.
- An exclusion asked ("hvilke strender der det ikke skal settes opp nye boder") is answered only
  by a passage that says no; one naming where the booths WILL go states the opposite
  (``MatchSettings.exclusion_answered``, requirements.yaml ``exclusion_answer``).
- A sentence sending the plan's draft to someone is a step of the plan's making, though no
  process word is in it (``MatchSettings.sent_draft_step``).
- A chapter whose heading names the money ("Tiltak og kostnader") over a table gives the cost
  a point asks of the measures (``_structural_check``)."""

from __future__ import annotations

from dataclasses import replace

from conftest import plan_of_chapters


def _points(mandate: str):
    from plancheck.mandate import find_points

    return find_points([mandate])


def _status(mandate: str, plan, needle: str, lang: str, **settings) -> str:
    from plancheck.mandate.match import MatchSettings, assess_points

    got = assess_points(plan, _points(mandate), lang, settings=replace(MatchSettings(), **settings))
    return next(getattr(c.status, "value", c.status) for c in got if needle in c.text)


def _concerns(mandate: str, needle: str, lang: str, **settings):
    from plancheck.mandate.match import MatchSettings, _concerns_of

    point = next(p for p in _points(mandate) if needle in p.text)
    return _concerns_of(point, lang, replace(MatchSettings(), **settings))[0]


QUALIFIED = ("Mandat for sentrumsplanen\n\nPlanen skal:\n\n"
             "a) inneholde tiltak som demper gjennomgangstrafikken i Brugata om morgenen\n"
             "b) vise dagens parkeringsplasser i sentrum\n")


def test_a_part_with_a_relative_clause_keeps_the_clause_as_its_concern():
    on = _concerns(QUALIFIED, "gjennomgangstrafikken", "nb", part_relative_clause=True)
    assert not any(c.structural for c in on)
    assert any(t.lemma.startswith("gjennomgangstrafikk") for c in on for t in c.terms)
    off = _concerns(QUALIFIED, "gjennomgangstrafikken", "nb")
    assert any(c.structural for c in off)  # shipped off: the measures asked, nothing more


def test_the_part_alone_is_still_a_part_asked():
    bare = "Mandat for sentrumsplanen\n\nPlanen skal:\n\na) inneholde tiltak for de første fire årene\nb) vise dagens parkeringsplasser\n"
    assert any(c.structural for c in _concerns(bare, "første fire", "nb"))


def test_measures_on_another_matter_do_not_answer_a_qualified_part():
    from plancheck.models import Measure

    plan = plan_of_chapters("Sentrumsplan", [
        ("Parkering", "Det er 240 parkeringsplasser i sentrum i dag, de fleste ved torget."),
        ("Brugata", "Brugata har mye trafikk. Hvordan trafikken skal styres, avgjøres i trafikkplanen i 2061."),
    ])
    plan.measures = [Measure(id="m1", text="Nye benker på torget", page=1)]
    assert _status(QUALIFIED, plan, "gjennomgangstrafikken", "nb") == "covered"  # shipped off
    assert _status(QUALIFIED, plan, "gjennomgangstrafikken", "nb", part_relative_clause=True) != "covered"


def test_an_exclusion_asked_is_read_from_its_words():
    from plancheck.mandate.match import _exclusion_unanswered

    asked = "angi hvilke strender der det ikke skal settes opp nye boder"
    assert _exclusion_unanswered(asked, "Nye boder settes opp ved Sandvika og Langstranda.")
    assert not _exclusion_unanswered(asked, "Ved Sandvika settes det ikke opp nye boder.")
    assert not _exclusion_unanswered("show where no new kiosks may be placed", "No kiosks go on the dunes.")
    assert _exclusion_unanswered("show where kiosks should not be placed", "Kiosks go by the car park.")
    # a group described by a negation asks no exclusion
    assert not _exclusion_unanswered("beskrive hvordan barn som ikke kan svømme, får tilbud", "Svømmekurs hver vår.")
    assert not _exclusion_unanswered("foreslå tiltak slik at søppelet ikke havner i sjøen", "Flere søppeldunker.")


EXCLUSION = ("Mandat for strandplanen\n\nPlanen skal:\n\n"
             "a) vise hvor det ikke skal settes opp nye boder eller toaletter på strendene\n"
             "b) beskrive renholdet på strendene\n")


def test_a_plan_naming_where_booths_will_go_does_not_cover_an_exclusion():
    opposite = plan_of_chapters("Strandplan", [
        ("Boder og toaletter", "Nye boder og toaletter settes opp ved strendene Sandvika og Langstranda, "
         "der flest folk bader."),
        ("Renhold", "Strendene ryddes hver morgen i juni, juli og august."),
    ])
    assert _status(EXCLUSION, opposite, "nye boder", "nb", exclusion_answered=False) == "covered"
    assert _status(EXCLUSION, opposite, "nye boder", "nb") != "covered"
    answered = plan_of_chapters("Strandplan", [
        ("Boder og toaletter", "På strendene ved Fuglevika og Skjærvika settes det ikke opp nye boder eller "
         "toaletter, av hensyn til hekkende fugl."),
        ("Renhold", "Strendene ryddes hver morgen i juni, juli og august."),
    ])
    assert _status(EXCLUSION, answered, "nye boder", "nb") == "covered"


def test_a_draft_sent_to_a_body_is_a_step_of_the_plans_making():
    from plancheck.mandate import text as T
    from plancheck.mandate.match import DEFAULT_SETTINGS, _process_sentence

    def step(sentence: str, lang: str, **settings) -> bool:
        terms = T.terms(sentence, lang)
        return _process_sentence(
            [w for t in terms if not t.stop for w in (t.lemma, *t.whole)],
            replace(DEFAULT_SETTINGS, **settings),
            [w for t in terms for w in (t.lemma, *t.whole)],
        )

    assert step("Utkastet vart sendt til rektorane og styrarane 3. mars 2060.", "nn")
    assert not step("Utkastet vart sendt til rektorane og styrarane 3. mars 2060.", "nn", sent_draft_step=False)
    assert step("The draft was sent to the head teachers on 3 March 2060.", "en")
    # a letter sent on another matter is no step of this plan
    assert not step("Skulen sende eit brev til foreldra om skuleskyss.", "nn")


def test_a_body_sent_the_draft_is_consulted():
    mandate = ("Mandat for skuleplanen\n\nPlanen skal:\n\na) gje ei oversikt over skulebygga\n\n"
               "Rektorane og styrarane skal få uttale seg om utkastet før det blir lagt fram.\n")
    plan = plan_of_chapters("Skuleplan", [
        ("Innleiing", "Utkastet vart sendt til rektorane og styrarane 3. mars 2060."),
        ("Skulebygga", "Kommunen har seks skulebygg, det eldste frå 1962."),
    ])
    assert _status(mandate, plan, "Rektorane", "nn") == "covered"
    assert _status(mandate, plan, "Rektorane", "nn", sent_draft_step=False) != "covered"


def test_a_chapter_named_for_the_costs_gives_its_tables_costs():
    from plancheck.mandate.match import _structural_check
    from plancheck.models import Passage

    plan = plan_of_chapters("Vedlikehaldsplan", [("Tiltak og kostnader", "Tabellen viser tiltaka per år.")])
    plan.tables.append(Passage(id="t1", kind="table", page=1, section_id="s1",
                                 text="Tiltak | Bygg | 2060 | 2061\nNytt tak | Rådhuset | 900 | \n"))
    ok, _ev, missing = _structural_check(plan, ["costs"])
    assert ok and not missing
    plan.sections[1].title = "Tiltak"
    assert not _structural_check(plan, ["costs"])[0]
