"""The mandate matcher's vocabulary and thresholds are data: synonym groups come from
synonyms.yaml with a source each, and every threshold is a field of ``MatchSettings``."""

from __future__ import annotations

from dataclasses import replace

import pytest

from plancheck.mandate import find_points
from plancheck.mandate import text as T
from plancheck.mandate.match import MatchSettings, assess_points
from plancheck.models import Passage, Plan, Section, SourceInfo


def test_every_synonym_group_has_words_and_a_source():
    groups = T.load_synonym_groups()
    assert len(groups) >= 40
    for g in groups:
        assert len(g.words) >= 2 and g.source.strip(), g
    firsts = [g.words[0] for g in groups]
    assert len(firsts) == len(set(firsts)), "a group key twice"


def test_a_group_without_source_is_refused(tmp_path):
    path = tmp_path / "syn.yaml"
    path.write_text("groups:\n  - words: [a, b]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="source"):
        T.load_synonym_groups(path)


def test_swapping_the_groups_changes_the_keys_and_back():
    groups = list(T.SYNONYM_GROUPS)
    try:
        T.set_synonym_groups([T.SynonymGroup(("bil", "kjøretøy"), "test")])
        assert T.canon("kjøretøy") == "bil"
        assert T.canon("fotgjenger") == "fotgjenger"
    finally:
        T.set_synonym_groups(groups)
    assert T.canon("fotgjenger") == "gå"


def _plan(paragraphs: list[str]) -> Plan:
    return Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title="Temaplan",
        sections=[Section(id="s1", title="Innhold", level=1, page=1)],
        passages=[
            Passage(id=f"p{i}", kind="paragraph", text=t, page=1, section_id="s1")
            for i, t in enumerate(paragraphs)
        ],
    )


def test_the_covered_threshold_is_a_setting():
    plan = _plan(
        [
            "Kommunen skal bygge gang- og sykkelveier langs skoleveiene.",
            "Kommunen har fem barnehager.",
        ]
    )
    points = find_points(["Mandat\n\n1. Beskrive tiltak for trygge skoleveier"])
    strict = assess_points(plan, points, "nb", settings=replace(MatchSettings(), covered=0.99))
    loose = assess_points(plan, points, "nb", settings=replace(MatchSettings(), covered=0.3))
    assert getattr(strict[0].status, "value", strict[0].status) == "uncovered"
    assert getattr(loose[0].status, "value", loose[0].status) == "covered"
