"""Mechanisms of session 52 in the mandate matcher, on hand-built inputs with invented wording.

- The summer holidays date a deadline ("før sommarferien 2053": the end of June); a point naming a year the
  dates cannot read asks no hand-over; the Swedish nouns samråd, remiss and intervju, which the lemmatiser makes
  verbs, are process words in their lemmas too (words.yaml process_words).
- A process point asking the plan handed to a body by a date ("… legges fram for rådmannens
  ledergruppe innen 1. mars", "… forelægges ældrerådet", "should be submitted to the
  Regulator") is answered by a sentence saying that body got it in another verb ("Utkastet ble
  drøftet i ledergruppen 20. februar"), dated by the deadline (``MatchSettings.hand_over_done``,
  words.yaml ``hand_over_step``, ``hand_over_partner``, ``hand_over_body``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from conftest import plan_of_chapters


def _points(mandate: str):
    from plancheck.mandate import find_points

    return find_points([mandate])


def _status(mandate: str, plan, needle: str, lang: str, **settings) -> str:
    from plancheck.mandate.match import MatchSettings, assess_points

    got = assess_points(plan, _points(mandate), lang, settings=replace(MatchSettings(), **settings))
    return next(getattr(c.status, "value", c.status) for c in got if needle in c.text)


def _asked(text: str, lang: str):
    from plancheck.mandate.match import hand_over_asked

    got = hand_over_asked(text, lang)
    return None if got is None else ([t.surface for t in got[1]], got[2])


def test_the_body_a_plan_is_handed_to_is_read_in_any_verb_form():
    assert _asked("Et utkast skal legges fram for rådmannens ledergruppe innen 1. mars 2051.", "nb") == (
        ["rådmannens", "ledergruppe"], dt.date(2051, 3, 1))
    # a Nordic s-passive takes the body right after it
    assert _asked("Handlingsplanen forelægges ældrerådet til høring inden 1. maj 2052.", "da") == (
        ["ældrerådet"], dt.date(2052, 5, 1))
    # an active verb with its object before the body; the date after a dash is the deadline
    assert _asked("Förslag till plan överlämnat till tekniska nämnden – 2053-04-30", "sv") == (
        ["tekniska", "nämnden"], dt.date(2053, 4, 30))
    assert _asked("The report should be submitted to the Harbour Authority by 30 June 2052.", "en")[0] == [
        "Harbour", "Authority"]
    # bodies joined by a conjunction are all asked
    assert _asked("Udkastet forelægges Ældrerådet og Grønt Forum senest 1. maj 2052.", "da")[0] == [
        "Ældrerådet", "Grønt", "Forum"]


def test_a_time_set_by_another_step_asks_no_hand_over():
    # no date of the plan's can be held to "before the hearing", "within 30 days of …"
    assert _asked("Utkastet skal drøftes i eldrerådet før det sendes på høring.", "nb") is None
    assert _asked("The report should be submitted to the Harbour Authority within 30 days of this letter.", "en") is None
    # "senest i møtet 3. mai 2052": a date follows the word
    assert _asked("Planen legges fram for formannskapet senest i møtet 3. mai 2052.", "nb")[1] == dt.date(2052, 5, 3)


def test_a_timetable_row_without_a_verb_and_the_next_cell_after_the_body():
    # "Draft plan to the Board: By …": the row of a timetable leaves the verb out
    assert _asked("Draft plan to the Parks Scrutiny Panel: By 31 May 2052", "en") == (
        ["Parks", "Scrutiny", "Panel"], dt.date(2052, 5, 31))
    # the next cell of a table row glued after the body ("… Kulturudvalget Kulturchef") is no partner
    assert _asked("Planen behandles i Kultur- og Fritidsudvalget Kulturchef 1.12.", "da")[0] == [
        "Kultur-", "Fritidsudvalget"]


def test_the_summer_holidays_date_a_deadline_and_an_unread_time_asks_no_hand_over():
    from plancheck.mandate.match import find_dates

    # the holidays begin in late June, as the summer does
    assert find_dates("før sommarferien 2053") == [dt.date(2053, 6, 30)]
    assert find_dates("before the summer holidays 2053") == [dt.date(2053, 6, 30)]
    # a year the dates do not read ("innen jul 2053") gives no date to hold the plan's to
    assert _asked("Planen skal legges fram for formannskapet innen jul 2053.", "nb") is None
    # the length of the step asked too ("i minst seks uker"): not a hand-over alone
    assert _asked("Planen skal sendes på høring til formannskapet i minst seks uker.", "nb") is None


def test_a_swedish_consultation_noun_is_a_process_word():
    import plancheck.mandate.text as T
    from plancheck.mandate import match as M

    terms = T.terms("Vi har haft samråd med brandförsvaret den 3 maj 2052.", "sv")
    assert M._process_sentence(
        [w for t in terms if not t.stop for w in (t.lemma, *t.whole)],
        M.DEFAULT_SETTINGS,
        [w for t in terms for w in (t.lemma, *t.whole)],
    )


def test_no_hand_over_without_a_body_or_with_a_negation():
    # "behandle" of a topic, not a body
    assert _asked("Planen skal behandle tiltak for barn og unge innen 2051.", "nb") is None
    assert _asked("Planen skal ikke legges fram for formannskapet innen 1. mars 2051.", "nb") is None
    # "legges til grunn": the verb without the particle it needs is no hand-over
    assert _asked("Normen legges til grunn for utvalget innen 2051.", "nb") is None


MANDATE = ("Oppdrag: plan for gatelys\n\nPlanen skal:\n\n"
           "1. kartlegge dagens gatelys i sentrum\n"
           "2. foreslå tiltak for bedre belysning langs skoleveiene\n\n"
           "Et første utkast legges fram for rådmannens ledergruppe innen 1. mars 2051.\n")


def _plan(process: str):
    return plan_of_chapters("Plan for gatelys", [
        ("Dagens gatelys", "Sentrum har 420 lyspunkter, de fleste fra 1990-tallet."),
        ("Tiltak", "Vi skifter armaturene langs skoleveiene til LED innen 2053."),
        ("Slik ble planen til", process),
    ])


def test_a_hand_over_told_in_another_verb_answers_the_point():
    plan = _plan("Planforslaget ble drøftet i ledergruppen 20. februar 2051. Deretter ble planen justert.")
    assert _status(MANDATE, plan, "ledergruppe", "nb") == "covered"
    assert _status(MANDATE, plan, "ledergruppe", "nb", hand_over_done=False) != "covered"


def test_a_hand_over_after_the_deadline_or_to_another_body_does_not():
    late = _plan("Planforslaget ble drøftet i ledergruppen 20. april 2051. Deretter ble planen justert.")
    assert _status(MANDATE, late, "ledergruppe", "nb") != "covered"
    other = _plan("Planforslaget ble drøftet i formannskapet 20. februar 2051. Deretter ble planen justert.")
    assert _status(MANDATE, other, "ledergruppe", "nb") != "covered"
    refused = _plan("Planforslaget ble ikke drøftet i ledergruppen 20. februar 2051, fordi møtet ble avlyst.")
    assert _status(MANDATE, refused, "ledergruppe", "nb") != "covered"


def test_a_promised_hand_over_needs_its_date():
    en = ("Terms of reference\n\nThe plan shall:\n\n1. map the town's street lights\n"
          "2. propose actions for school routes\n\n"
          "The final plan must be submitted to the Lighting Board by 30 June 2051.\n")
    dated = plan_of_chapters("Street lighting plan", [
        ("Street lights today", "The town has 420 lights, most from the 1990s."),
        ("Process", "This plan will be submitted to the Lighting Board on 12 June 2051."),
    ])
    assert _status(en, dated, "Lighting Board", "en") == "covered"
    bare = plan_of_chapters("Street lighting plan", [
        ("Street lights today", "The town has 420 lights, most from the 1990s."),
        ("Process", "This plan will be submitted to the Lighting Board in due course."),
    ])
    assert _status(en, bare, "Lighting Board", "en") != "covered"
