"""Each concern of an enumeration needs its own evidence: bare items that continue the
prepositional object of the item before them carry its noun ("tall fra skolene,
barnehagene og helsestasjonen" asks for figures from all three)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.mandate import find_points
from plancheck.mandate.match import MatchSettings, assess_points, shared_heads
from plancheck.models import Passage, Plan, Section, SourceInfo


@pytest.mark.parametrize(
    ("items", "lang", "want"),
    [
        (
            ["basert på tall fra skolene", "barnehagene", "helsestasjonen"],
            "nb",
            ["basert på tall fra skolene", "tall fra barnehagene", "tall fra helsestasjonen"],
        ),
        (
            ["waste from households", "offices"],
            "en",
            ["waste from households", "waste from offices"],
        ),
        # built unlike the object: two words after one, a function word, a verb form
        (["kurs for ansatte", "digitale verktøy"], "nb", None),
        (["hjelp til familier", "deres barn", "bolig", "arbeid"], "nb", None),
        (["fordelt på industri", "lager"], "nb", None),
        (["arealer fordelt til industri", "lager"], "nb", None),
        # an item with its own preposition is a phrase of its own, and ends the chain
        (["tall fra skolene", "barnehagene i byen", "helsestasjonen"], "nb", None),
    ],
)
def test_bare_items_take_the_shared_head(items, lang, want):
    assert shared_heads(list(items), lang) == (want or items)


def _plan(chapters: list[tuple[str, str]]) -> Plan:
    return Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title="Handlingsplan mot vold",
        sections=[
            Section(id=f"s{i}", title=h, level=1, page=1) for i, (h, _t) in enumerate(chapters)
        ],
        passages=[
            Passage(id=f"p{i}", kind="paragraph", text=t, page=1, section_id=f"s{i}")
            for i, (_h, t) in enumerate(chapters)
        ],
    )


PLAN = [
    (
        "Omfang",
        "Skolene meldte 40 saker om mobbing i 2024, mot 31 i 2020. Barnehagene registrerte "
        "12 saker samme år; tallene fra barnehagene viser en økning.",
    ),
    (
        "Tjenestene",
        "Helsestasjonen snakker med foreldre om mobbing og trivsel ved konsultasjonene, og "
        "samarbeider med skolene om oppfølging av barna.",
    ),
    ("Fritid", "Kulturskolen har et eget program for trivsel og vennskap på alle trinn."),
    ("Idrett", "Idrettslagene har egne retningslinjer for trenere og foreldre."),
]
POINT = (
    "Mandat\n\n1. Beskrive omfanget av mobbing, basert på tall fra skolene, "
    "barnehagene og helsestasjonen."
)


def test_figures_from_one_place_do_not_answer_figures_from_another():
    points = find_points([POINT])
    rule = replace(MatchSettings(), calibrated=False)
    off = replace(rule, shared_heads=False)
    before = assess_points(_plan(PLAN), points, "nb", settings=off)[0]
    after = assess_points(_plan(PLAN), points, "nb", settings=rule)[0]
    assert getattr(before.status, "value", before.status) == "covered"
    assert getattr(after.status, "value", after.status) == "partial"
    assert after.missing == ["tall fra helsestasjonen"]


_WORDS = st.sampled_from(
    ["tall", "fra", "skolene", "skole", "med", "og", "barn", "til", "arbeid", "i", "deres", "unge"]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=6))
def test_shared_heads_only_prefix_later_items(items):
    out = shared_heads(list(items), "nb")
    assert len(out) == len(items)
    assert out[0] == items[0]
    for before, after in zip(items, out, strict=True):
        assert after == before or (after.endswith(" " + before) and len(after.split()) == len(before.split()) + 2)
