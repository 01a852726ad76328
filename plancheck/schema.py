"""Write the JSON schemas of the public models to docs/schema/ (``python -m plancheck.schema``).

The schemas are generated from the pydantic models, never edited by hand; a test checks that
the committed files equal what the models generate, so the published contract cannot drift.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from plancheck.models import CheckResult, Plan

SCHEMAS = {"plan.schema.json": Plan, "check-result.schema.json": CheckResult}


def render(model) -> str:
    schema = model.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(out_dir: str = "docs/schema") -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, model in SCHEMAS.items():
        (out / name).write_text(render(model), encoding="utf-8")
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
