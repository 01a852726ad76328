"""Write the JSON schemas of the public models to docs/schema/ (``python -m plancheck.schema``).

The schemas are generated from the pydantic models, never edited by hand; a test checks that
the committed files equal what the models generate, so the published contract cannot drift.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from plancheck.models import CheckResult, Plan

SCHEMAS = {"plan.schema.json": Plan, "check-result.schema.json": CheckResult}


def render(model) -> str:
    schema = model.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the schemas to the folder given (default docs/schema); ``--help`` says so and
    writes nothing (it once made a folder named '--help')."""
    p = argparse.ArgumentParser(
        prog="python -m plancheck.schema",
        description="Write the JSON schemas of Plan and CheckResult, generated from the models.",
    )
    p.add_argument("out_dir", nargs="?", default="docs/schema", help="folder to write to (default: docs/schema)")
    out = Path(p.parse_args(argv).out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, model in SCHEMAS.items():
        (out / name).write_text(render(model), encoding="utf-8")
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
