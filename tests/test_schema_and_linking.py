"""The published JSON schema and goal linking."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from conftest import authored_pdf, extracted

from plancheck.extract.link import goal_similarity, match_goal
from plancheck.models import Goal
from plancheck.schema import SCHEMAS, render

DOCS = Path(__file__).resolve().parents[1] / "docs" / "schema"


def test_published_schema_is_generated_from_the_models():
    for name, model in SCHEMAS.items():
        assert (DOCS / name).read_text(encoding="utf-8") == render(model), (
            f"docs/schema/{name} is out of date: run python -m plancheck.schema"
        )


def test_extracted_plan_validates_against_the_published_schema():
    schema = json.loads((DOCS / "plan.schema.json").read_text(encoding="utf-8"))
    plan = extracted(str(authored_pdf("temaplan-helse")))
    jsonschema.validate(plan.model_dump(mode="json"), schema)


def test_shortened_goal_in_a_table_finds_its_declared_goal():
    goals = [
        Goal(id="g1", text="Alle barn skal oppleve et trygt og inkluderende oppvekstmiljø", number="1"),
        Goal(id="g2", text="Alle barn skal få tidlig hjelp for best mulig utvikling", number="2"),
        Goal(id="g3", text="Alle barn og unge skal ha gode språk- og leseferdigheter", number="3"),
    ]
    assert match_goal("Tidlig hjelp for god utvikling", goals).id == "g2"
    assert match_goal("Tidlig hjelp for god utvikkling", goals).id == "g2"  # misspelt
    assert match_goal("Mål 3: Språk", goals).id == "g3"  # by number
    assert match_goal("Tiltak knyttet til mål 1", goals).id == "g1"
    assert match_goal("Bedre veier i sentrum", goals) is None
    assert goal_similarity("Tidlig hjelp for god utvikling", goals[1].text) > goal_similarity(
        "Tidlig hjelp for god utvikling", goals[0].text
    )


def test_strategies_serve_the_one_goal_a_sentence_about_strategies_names_by_its_figures():
    from plancheck.extract.link import goal_named_for_strategies

    city = Goal(id="g1", text="cut emissions 50% by 2030 for city operations", page=1)
    town = Goal(id="g2", text="an 80 % reduction by 2050 for the community", page=1)
    said = ["In 2020 the council met.", "It chose effective strategies to meet the 80% by 2050 goal."]
    assert goal_named_for_strategies(said, [city, town]) is town
    # a sentence naming both goals, or one that is not about strategies, names none
    assert goal_named_for_strategies(["Strategies for 50% by 2030 and 80% by 2050."], [city, town]) is None
    assert goal_named_for_strategies(["We will meet the 80% by 2050 goal."], [city, town]) is None
    # a lone year is no goal's name; sentences naming different goals cancel out
    assert goal_named_for_strategies(["Strategies for 2050."], [city, town]) is None
    assert goal_named_for_strategies(["Strategies for 50% by 2030.", "Strategies for 80% by 2050."], [city, town]) is None


def test_only_strategies_linked_to_nothing_take_the_goal_the_prose_names():
    from plancheck.extract.link import _strategies_by_the_prose
    from plancheck.models import Block, BlockKind, Document, Plan, SourceInfo, Strategy

    goals = [
        Goal(id="g1", text="cut emissions 50% by 2030 for city operations", page=1),
        Goal(id="g2", text="an 80% reduction by 2050 for the community", page=1),
    ]
    blocks = [
        # the goals' own sentence names both and is skipped; the next one names the strategies' goal
        Block(id="b1", kind=BlockKind.paragraph, text="Targets: cut emissions 50% by 2030 for city operations and an 80% reduction by 2050 for the community."),
        Block(id="b2", kind=BlockKind.paragraph, text="The council chose strategies to meet the 80% by 2050 goal."),
    ]
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1), language="en", goals=goals)
    plan.strategies = [Strategy(id="s1", text="Expand bus service", page=2), Strategy(id="s2", text="Plant trees", page=2, goal_ids=["g1"])]
    _strategies_by_the_prose(plan, Document(path="x.pdf", page_count=1, blocks=blocks))
    assert [s.goal_ids for s in plan.strategies] == [["g2"], ["g1"]]


def test_schema_command_asks_for_help_without_writing_a_folder_named_after_it(tmp_path, monkeypatch, capsys):
    import pytest

    from plancheck.schema import main

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    assert "docs/schema" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []
    assert main([str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(SCHEMAS)


def test_every_field_of_the_published_schema_says_what_it_holds():
    # a developer reading docs/schema (or an editor's tooltip) learns each field there, not only
    # from docs/api.md
    for name in SCHEMAS:
        schema = json.loads((DOCS / name).read_text(encoding="utf-8"))
        models = {**schema.get("$defs", {}), schema["title"]: schema}
        bare = [
            f"{model}.{field}"
            for model, body in models.items()
            for field, prop in body.get("properties", {}).items()
            if not prop.get("description")
        ]
        assert not bare, f"{name}: fields without a description: {bare}"
