"""An owner cell saying the owner is still to be named — a passive verb and 'later' ('Bestemmes
senere', 'Fastställs senare'), 'N.N.', 'to be appointed' — names no owner: the measure has none yet.
Beside a named owner only that part goes; an owner that merely ends in '-s' is kept."""

from __future__ import annotations

import pytest

from plancheck.lang.owners import split_owners


def _texts(cell: str, lang: str) -> list[str]:
    return [o.text for o in split_owners(cell, lang=lang)]


@pytest.mark.parametrize(
    ("cell", "lang"),
    [
        ("Bestemmes senere", "nb"),
        ("bestemmes seinere.", "nb"),
        ("Fastlægges senere", "da"),
        ("Fastställs senare", "sv"),
        ("Avgjeres seinare", "nn"),
        ("N.N.", "da"),
        ("To be appointed", "en"),
        ("Ansvarlig: bestemmes senere", "nb"),
    ],
)
def test_an_owner_to_be_named_later_is_no_owner(cell, lang):
    assert _texts(cell, lang) == []


def test_only_the_pending_part_of_a_cell_goes():
    assert _texts("Miljøavdelingen / bestemmes senere", "nb") == ["Miljøavdelingen"]


@pytest.mark.parametrize(
    ("cell", "lang", "expected"),
    [
        # 'later' needs a passive verb before it, and the cell must be only that
        ("Senere", "nb", ["Senere"]),
        ("Helsetjenestens leder", "nb", ["Helsetjenestens leder"]),
        ("Frivilligsentralens", "nb", ["Frivilligsentralens"]),
    ],
)
def test_an_owner_is_not_read_as_pending(cell, lang, expected):
    assert _texts(cell, lang) == expected


def test_a_measure_whose_owner_is_still_to_be_named_is_flagged_with_what_the_cell_says():
    """No owner yet is still no owner (measure-has-owner, error); the message quotes the cell, so
    the planner sees it was read. An empty cell keeps the plain message. (The pack is read from
    this tree's rules/ folder: the installed one may be another checkout's.)"""
    from pathlib import Path

    from test_checks_support import goal, make_plan, measure

    from plancheck.checks import check_plan
    from plancheck.checks.rules import load_pack_file

    rules = load_pack_file(Path(__file__).resolve().parents[1] / "rules" / "default.yaml")
    pending = measure("m1", "Kartlegge behovet for utleieboliger", ("g1",), due="2026")
    pending.owner_text = "Bestemmes senere"  # as the table reads the cell: text, no owners
    empty = measure("m2", "Etablere et boligsosialt team", ("g1",), due="2026")
    dash = measure("m4", "Lage en boligsosial handlingsplan", ("g1",), due="2026")
    dash.owner_text = "–"  # a dash holds no words: the plain message
    named = measure("m3", "Revidere tildelingskriteriene", ("g1",), owners=("Boligkontoret",), due="2026")
    plan = make_plan([goal("g1", "Flere eier egen bolig")], [], [pending, empty, named, dash])
    found = {f.quote: f for f in check_plan(plan, rules=rules).findings if f.rule == "measure-has-owner"}
    assert set(found) == {"Kartlegge behovet for utleieboliger", "Etablere et boligsosialt team",
                          "Lage en boligsosial handlingsplan"}
    assert found["Kartlegge behovet for utleieboliger"].severity == "error"
    assert "«Bestemmes senere»" in found["Kartlegge behovet for utleieboliger"].message
    assert "«Bestemmes senere»" not in found["Etablere et boligsosialt team"].message
    assert found["Lage en boligsosial handlingsplan"].message == found["Etablere et boligsosialt team"].message.replace(
        "Etablere et boligsosialt team", "Lage en boligsosial handlingsplan")
