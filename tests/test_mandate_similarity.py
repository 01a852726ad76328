"""The learned word neighbours (plancheck/mandate/similarity.py): built deterministically from
text and gold alignments, read as a weak channel that never calls a point covered (sim36)."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace

import pytest

from plancheck.mandate import similarity as S


def _docs() -> list[tuple[str, str]]:
    # "staff" and "personnel" are used alike (the same words around them); "Brinkley" is a name
    frames = [
        "The {w} of the clinic work nights and weekends.",
        "More {w} are hired for the home care service.",
        "The {w} receive training in first aid every year.",
        "Our {w} at the care home need better pay.",
        "Brinkley council asks the {w} about working hours.",
    ]
    fillers = [
        f"The {a} road needs {b} lights and a {c} bench near the {d} school."
        for a, b, c, d in zip(
            ["north", "south", "east", "west", "old", "new", "main", "long"] * 3,
            ["street", "bright", "solar", "lamp", "tall", "low", "white", "blue"] * 3,
            ["park", "green", "wood", "stone", "metal", "garden", "river", "forest"] * 3,
            ["primary", "secondary", "local", "village", "town", "city", "rural", "county"] * 3,
            strict=True,
        )
    ]
    docs = []
    for i in range(4):
        text = " ".join(f.format(w=w) for f in frames for w in ("staff", "personnel"))
        docs.append(("en", text + " " + " ".join(fillers) + f" Visit Brinkley {i}."))
    return docs


SMALL = S.SimilaritySettings(min_count=2, min_docs=1, dim=8, max_vocab=400, min_cosine=0.3, window=3)


def test_words_used_alike_are_neighbours_and_the_table_is_deterministic() -> None:
    a = S.text_neighbours(_docs(), SMALL)
    b = S.text_neighbours(_docs(), SMALL)
    assert a == b
    assert "personnel" in [w for w, _ in a["en"]["staff"]]
    # a name (written with a capital inside its sentences) is no word of the table
    assert "brinkley" not in a["en"]
    assert all("brinkley" not in [w for w, _ in v] for v in a["en"].values())


def test_a_gold_pair_needs_two_batches() -> None:
    one = [("b1", "en", "Reduce fuel poverty.", "Insulate council homes."), ("b1", "en", "Fuel poverty.", "Insulate lofts.")]
    noise = [("b9", "en", f"Point {w} matter.", f"Answer {w} matter.") for w in ("alpha", "beta", "gamma", "delta", "omega")] * 4
    settings = S.SimilaritySettings(gold_max_doc_share=1.0, gold_min_lift=1.0)
    assert "insulate" not in [w for w, _ in S.gold_neighbours(one + noise, settings)["en"].get("poverty", [])]
    two = [*one, ("b2", "en", "Fuel poverty must fall.", "We insulate schools.")]
    assert "insulate" in [w for w, _ in S.gold_neighbours(two + noise, settings)["en"]["poverty"]]


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "t.json.gz"
    data = {"text": {"no": {"bemanning": [["personal", 0.9]]}}, "gold": {}}
    path.write_bytes(gzip.compress(json.dumps(data).encode()))
    S.use_table(path)
    yield path
    S.use_table(None)


def _coverage(point: str, passage: str, similarity: float):
    from plancheck.mandate import find_points
    from plancheck.mandate.match import MatchSettings, _assess_points, assess_points
    from plancheck.models import Passage, Plan, Section, SourceInfo

    plan = Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title="Plan for helse og omsorg",
        sections=[Section(id="s1", title="Legevakt", level=1, page=1)],
        passages=[Passage(id="p0", kind="paragraph", text=passage, page=1, section_id="s1")],
    )
    points = find_points([f"Mandat\n\n1. {point}"])
    s = replace(MatchSettings(), similarity=similarity)
    raw = _assess_points(plan, points, "nb", explain=True, settings=replace(s, calibrated=False))
    return assess_points(plan, points, "nb", settings=s)[0], raw[0].explain[0].score


def test_a_neighbour_is_a_weak_match_and_off_changes_nothing(table) -> None:
    point = "Planen skal beskrive bemanningen ved legevakten."
    passage = "Personalet ved legevakten består av to leger og fire sykepleiere på hver vakt."
    off, off_score = _coverage(point, passage, 0.0)
    on, on_score = _coverage(point, passage, 0.5)
    assert on_score >= off_score
    # the neighbours lift a concern at most to part_cap, and a point never to covered
    assert on_score <= max(off_score, 0.5)
    a, b = (str(getattr(c.status, "value", c.status)) for c in (off, on))
    if a != "covered":
        assert b != "covered"
    ranks = {"uncovered": 0, "partial": 1, "covered": 2}
    assert ranks[b] >= ranks[a]


def test_the_shipped_setting_is_off() -> None:
    from plancheck.mandate.match import DEFAULT_SETTINGS
    from plancheck.mandate.parents import DEFAULT_PARENT_SETTINGS

    assert DEFAULT_SETTINGS.similarity == 0.0
    assert DEFAULT_PARENT_SETTINGS.similarity == 0.0


def test_a_parent_goal_word_met_by_a_neighbour_never_follows_the_goal_up() -> None:
    from plancheck.mandate.parents import DEFAULT_PARENT_SETTINGS, GoalWord, goal_score

    goal = [
        GoalWord("helsestasjon", {"helsestasjon"}, {"helsestasjon"}, False),
        GoalWord("bemanning", {"bemanning"}, {"bemanning"}, False, near=frozenset({"personal"})),
    ]
    item = {"helsestasjon", "personal"}
    off, _ = goal_score(goal, item, {}, DEFAULT_PARENT_SETTINGS)
    on, missed = goal_score(goal, item, {}, replace(DEFAULT_PARENT_SETTINGS, similarity=0.5))
    assert off == pytest.approx(0.5)
    assert off <= on <= max(off, DEFAULT_PARENT_SETTINGS.similarity_cap)
    assert "bemanning" in missed
    # the neighbour alone is not the goal's object found
    alone, _ = goal_score(goal[1:], {"personal"}, {}, replace(DEFAULT_PARENT_SETTINGS, similarity=0.5))
    assert alone == 0.0


def test_the_shipped_table_is_there_and_small() -> None:
    assert S.TABLE.exists()
    assert S.TABLE.stat().st_size < 300_000
    data = json.loads(gzip.decompress(S.TABLE.read_bytes()))
    assert set(data["text"]) == {"no", "sv", "da", "en"}
