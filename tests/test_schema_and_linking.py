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
