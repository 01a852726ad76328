"""Baselines: adopt plancheck on a repository of plans without fixing everything first.

``plancheck check --write-baseline`` records the fingerprint of every current finding; later
runs count findings with those fingerprints as *baselined* (in the summary) instead of
reporting them, so only new defects fail the build. The file is JSON, sorted, meant to be
committed::

    {"tool": "plancheck", "version": 1,
     "findings": [{"fingerprint": "9c1e…", "rule": "goal-has-measure", "file": "plan.pdf",
                   "quote": "Flere skal fullføre skolen"}]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from plancheck.checks.engine import summarize
from plancheck.errors import PlancheckError
from plancheck.models import CheckResult

DEFAULT_BASELINE = ".plancheck-baseline.json"
FORMAT_VERSION = 1


def read_baseline(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PlancheckError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PlancheckError(f"baseline {path} is not valid JSON: {exc}") from None
    except RecursionError:  # "[[[[…" a hundred thousand deep
        raise PlancheckError(f"baseline {path} is nested too deeply to be a baseline") from None
    try:
        entries = data["findings"]
        return {str(e["fingerprint"]) for e in entries}
    except (TypeError, KeyError, RecursionError):
        raise PlancheckError(
            f"baseline {path} is not a plancheck baseline (write one with --write-baseline)"
        ) from None


def write_baseline(path: Path, results: Iterable[CheckResult]) -> int:
    """Write the fingerprints of every finding in ``results``; returns how many."""
    entries: dict[str, dict] = {}
    for result in results:
        for f in result.findings:
            entries.setdefault(
                f.fingerprint,
                {
                    "fingerprint": f.fingerprint,
                    "rule": f.rule,
                    "file": result.plan.source.path,
                    "quote": " ".join(f.quote.split())[:120],
                },
            )
    data = {
        "tool": "plancheck",
        "version": FORMAT_VERSION,
        "findings": sorted(
            entries.values(), key=lambda e: (e["file"], e["rule"], e["fingerprint"])
        ),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise PlancheckError(f"cannot write baseline {path}: {exc.strerror or exc}") from None
    return len(entries)


def apply_baseline(result: CheckResult, fingerprints: set[str]) -> CheckResult:
    """``result`` without the findings in the baseline; they are counted in summary.baselined."""
    if not fingerprints:
        return result
    kept = [f for f in result.findings if f.fingerprint not in fingerprints]
    summary = summarize(
        kept,
        result.plan,
        suppressed=result.summary.suppressed,
        baselined=result.summary.baselined + len(result.findings) - len(kept),
    )
    return result.model_copy(update={"findings": kept, "summary": summary})
