"""A table's figures count and measure what its header and rows name (MatchSettings.table_counts,
judge25, issue 11): "Elevar | 182" answers "talet på elevar", "142 km" the length of the road
network. Prose figures stay as they were (text.RelationSettings.counts off: a count in prose
about another object answered other plans' points). Invented plans, hand-built."""

from __future__ import annotations

from dataclasses import replace

from plancheck.mandate import find_points
from plancheck.mandate import text as T
from plancheck.mandate.match import DEFAULT_SETTINGS, assess_points
from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks, table_of

OFF = replace(DEFAULT_SETTINGS, table_counts=False)
SCHOOL_POINT = "Mandat\n\n1. Gje ei oversikt over dagens kurs, talet på deltakarar og kor lang ventelista er."
ROADS_POINT = "Mandat\n\n1. Gi en oversikt over det kommunale vegnettet, med lengde, bruer og stikkrenner."


def _status(blocks: list[Block], text: str, lang: str, settings=DEFAULT_SETTINGS) -> tuple[str, list[str]]:
    plan = plan_of_blocks(blocks, lang)
    (c,) = assess_points(plan, find_points([text]), lang, settings=settings)
    return str(getattr(c.status, "value", c.status)), list(c.missing)


def _school(table_or_text) -> list[Block]:
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Plan for musikkskulen i Nordvik"),
        Block(id="", kind=BlockKind.paragraph, text="Planen gjeld musikkskulen i Nordvik."),
        Block(id="", kind=BlockKind.heading, text="Tilbodet i dag"),
    ]
    if isinstance(table_or_text, str):
        blocks.append(Block(id="", kind=BlockKind.paragraph, text=table_or_text))
    else:
        blocks.append(Block(id="", kind=BlockKind.table, text="", table=table_or_text))
    return blocks


def test_the_counts_of_a_table_answer_how_many() -> None:
    assert not T.RELATION_SETTINGS.counts  # prose figures count nothing (shipped off)
    table = table_of(["Kurs", "Deltakarar", "På venteliste"], [["Piano", "84", "17"], ["Gitar", "52", "9"], ["Kor", "40", "3"]])
    status, missing = _status(_school(table), SCHOOL_POINT, "nn")
    assert status == "covered", missing
    # off: "kor lang ventelista er" has no word of its own in the table beside the figures
    assert _status(_school(table), SCHOOL_POINT, "nn", OFF)[0] == "partial"


def test_a_number_with_a_unit_of_length_in_a_table_answers_the_length() -> None:
    table = table_of(
        ["Vegnett", "Mengde"],
        [["Kommunal veg i alt", "142 km"], ["Bruer", "23"], ["Stikkrenner (registrert)", "1 180"]],
    )
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Hovedplan veg for Lundvik"),
        Block(id="", kind=BlockKind.paragraph, text="Planen gjelder de kommunale vegene i Lundvik."),
        Block(id="", kind=BlockKind.heading, text="Vegnettet i dag"),
        Block(id="", kind=BlockKind.table, text="", table=table),
    ]
    status, missing = _status(blocks, ROADS_POINT, "nb")
    assert status == "covered", missing
    off, off_missing = _status(blocks, ROADS_POINT, "nb", OFF)
    assert off == "partial"
    assert any("lengde" in m for m in off_missing)


def test_figures_in_prose_still_count_nothing() -> None:
    """The trap the count relation ships off for: the same figures in a sentence are not read as
    counts (another object's figures in prose answered other plans' points)."""
    prose = "Piano har 84 deltakarar og 17 på venteliste. Gitar har 52 deltakarar og 9 på venteliste."
    assert _status(_school(prose), SCHOOL_POINT, "nn") == _status(_school(prose), SCHOOL_POINT, "nn", OFF)
