"""Each concern of an enumeration needs its own evidence: bare items that continue the
prepositional object of the item before them carry its noun ("tall fra politiet,
krisesenteret og barnevernet" asks for figures from all three)."""

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
            ["basert på tall fra politiet", "krisesenteret", "barnevernet"],
            "nb",
            ["basert på tall fra politiet", "tall fra krisesenteret", "tall fra barnevernet"],
        ),
        (
            ["emissions from transport", "homes"],
            "en",
            ["emissions from transport", "emissions from homes"],
        ),
        # built unlike the object: two words after one, a function word, a verb form
        (["fritidstilbudet for ungdom", "kostnadsfrie aktiviteter"], "nb", None),
        (["personer med rusavhengighet", "deres pårørende", "bolig", "arbeid"], "nb", None),
        (["fordelt på industri", "lager"], "nb", None),
        (["arealer fordelt til industri", "lager"], "nb", None),
        # an item with its own preposition is a phrase of its own, and ends the chain
        (["tall fra politiet", "krisesenteret i byen", "barnevernet"], "nb", None),
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
        "Politiet registrerte 47 anmeldelser av vold i nære relasjoner i 2024, mot 31 i 2020. "
        "Krisesenteret hadde 18 beboere og 54 dagbrukere fra kommunen samme år; tallene fra "
        "krisesenteret viser en økning.",
    ),
    (
        "Tjenestene",
        "Barnevernet vurderer alle saker der barn bor i hjem med vold, og samarbeider med "
        "skolene om oppfølging av barna.",
    ),
    ("Skolen", "Skolene har et eget program for trivsel og mot mobbing på alle trinn."),
    ("Helsestasjonen", "Helsesykepleier spør alle foreldre om vold ved konsultasjonene."),
]
POINT = (
    "Mandat\n\n1. Beskrive omfanget av vold i nære relasjoner, basert på tall fra politiet, "
    "krisesenteret og barnevernet."
)


def test_figures_from_one_body_do_not_answer_figures_from_another():
    points = find_points([POINT])
    rule = replace(MatchSettings(), calibrated=False)
    off = replace(rule, shared_heads=False)
    before = assess_points(_plan(PLAN), points, "nb", settings=off)[0]
    after = assess_points(_plan(PLAN), points, "nb", settings=rule)[0]
    assert getattr(before.status, "value", before.status) == "covered"
    assert getattr(after.status, "value", after.status) == "partial"
    assert after.missing == ["tall fra barnevernet"]


_WORDS = st.sampled_from(
    ["tall", "fra", "politiet", "skole", "med", "og", "barn", "til", "arbeid", "i", "deres", "unge"]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=6))
def test_shared_heads_only_prefix_later_items(items):
    out = shared_heads(list(items), "nb")
    assert len(out) == len(items)
    assert out[0] == items[0]
    for before, after in zip(items, out, strict=True):
        assert after == before or (after.endswith(" " + before) and len(after.split()) == len(before.split()) + 2)
