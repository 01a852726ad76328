"""Session 15 (mstat12): a report handed over to a council ("överlämnades till
kommunstyrelsen") is a step of the plan's making, the direktiv's "Utredaren ska …" names the
plan's maker and no concern of its own, meetings with a group are its engagement, and a few
general synonyms (skred/ras, prioritere/rangere, renovering/ombyggnad, mottaksplass/deponi).
Plans and mandates built by hand, with invented names."""

from __future__ import annotations

import test_mandate_support as support

from plancheck.mandate import text as T
from plancheck.mandate.match import process_dates

cover = support.cover


def test_a_report_handed_to_the_council_is_a_dated_step() -> None:
    """sv överlämna beside kommunstyrelsen dates the making of the utredning; the council
    alone with a date on another matter does not."""
    assert process_dates("Utredningen överlämnades till kommunstyrelsen den 3 mars 2027.", "sv")
    assert not process_dates("Kommunstyrelsen möttes den 3 mars 2027 om budgeten.", "sv")


def test_the_investigator_as_subject_is_no_concern() -> None:
    """"Utredaren ska redovisa … till kommunstyrelsen senast …": a dated handover answers it
    whole; the investigator who is to do it is not asked for in the plan."""
    plan = support.make_plan(
        [
            ("Inledning", ["Utredningen överlämnades till kommunstyrelsen den 2 mars 2027."]),
            ("Badet", ["Badet byggs om med en ny bassäng för skolornas simundervisning."]),
        ],
        title="Utredning om ett nytt bad i Ekby",
    )
    (c,) = cover(
        plan, "Utredaren ska redovisa uppdraget till kommunstyrelsen senast den 31 mars 2027.",
        lang="sv",
    )
    assert c.status == "covered"


def test_meetings_with_a_group_are_its_engagement() -> None:
    """"Vi har haft tre möten med <föreningen>" answers the part of a point to consult that
    association and another body; without a meeting word the association named in passing
    answers nothing."""
    met = support.make_plan(
        [
            ("Inledning", ["Vi har haft tre möten med Ekby badklubb under arbetet."]),
            ("Badet", ["Badet får en ny bassäng för skolornas simundervisning."]),
        ],
        title="Utredning om ett nytt bad i Ekby",
    )
    named = support.make_plan(
        [
            ("Inledning", ["Ekby badklubb har sitt kansli i badet."]),
            ("Badet", ["Badet får en ny bassäng för skolornas simundervisning."]),
        ],
        title="Utredning om ett nytt bad i Ekby",
    )
    point = "Utredaren ska samråda med Ekby badklubb och Ekby pensionärsråd."
    (a,) = cover(met, point, lang="sv")
    (b,) = cover(named, point, lang="sv")
    assert a.status != "uncovered"
    assert b.status == "uncovered"


def test_general_synonyms_share_a_key() -> None:
    """Words of one group (each with its source in synonyms.yaml) share a key; a word of
    neither group does not."""

    def keys(word: str, lang: str) -> set[str]:
        (t,) = T.terms(word, lang)
        return set(t.keys)

    assert keys("ras", "nb") & keys("skred", "nb")
    assert keys("rangert", "nb") & keys("prioritere", "nb")
    assert keys("ombyggnad", "sv") & keys("renovering", "sv")
    assert keys("deponi", "nn") & keys("mottaksplass", "nn")
    assert keys("operator", "en") & keys("management", "en")
    assert not keys("fjerne", "da") & keys("nedlægge", "da")


def test_ramps_and_lifts_are_accessibility_one_way() -> None:
    """A passage's ramp, lift or wheelchair is universell utforming / tillgänglighet (TEK17,
    BBR); the class is no ramp, and "tillgänglig" shares the key of nb "tilgjengelig"."""
    for word, lang in [("rampe", "nb"), ("lyft", "sv"), ("rullstol", "sv"), ("kørestol", "da")]:
        (t,) = T.terms(word, lang)
        assert "universell" in T.broader_keys(t.whole), word
    (cls,) = T.terms("tilgjengelighet", "nb")
    assert T.broader_keys(cls.whole) == set()
    assert keys_of("tillgänglig", "sv") & keys_of("tilgjengelig", "nb")


def keys_of(word: str, lang: str) -> set[str]:
    (t,) = T.terms(word, lang)
    return set(t.keys)


def test_a_part_handed_over_is_a_deliverable() -> None:
    """An asking verb with an indefinite document part ("en kostnadsoversikt", "ei liste",
    "en tidplan") asks for a deliverable; a bare "oversikt over X" asks for X, content."""
    from plancheck.mandate.points import point_kind

    assert point_kind("gi en kostnadsoversikt for hele perioden") == "deliverable"
    assert point_kind("Utredaren ska föreslå en tidplan fram till öppningen.") == "deliverable"
    assert point_kind("Leggje fram ei prioritert liste over tiltak.") == "deliverable"
    assert point_kind("Gi en oversikt over kommunens idrettshaller.") == "content"
    assert point_kind("Utarbeide en plan for krisekommunikasjon.") == "content"
