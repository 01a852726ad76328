"""Baselines: adopt plancheck on a repository of plans without fixing everything first.

``plancheck check --write-baseline`` records the fingerprint of every current finding; later
runs count findings with those fingerprints as *baselined* (in the summary) instead of
reporting them, so only new defects fail the build. The file is JSON, sorted, meant to be
committed. A finding is baselined for the plan it was recorded on; a plan renamed or moved (the
recorded file no longer there) keeps its findings baselined, but a new plan copied from one that
is still there is a new plan, whose findings are reported (:func:`apply_baseline`)::

    {"tool": "plancheck", "version": 1,
     "findings": [{"fingerprint": "9c1e…", "rule": "goal-has-measure", "file": "plan.pdf",
                   "quote": "Flere skal fullføre skolen"}]}
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from pathlib import Path

from plancheck.checks.engine import summarize
from plancheck.errors import PlancheckError
from plancheck.models import CheckResult

DEFAULT_BASELINE = ".plancheck-baseline.json"
FORMAT_VERSION = 1


class Baseline(dict):
    """The fingerprints of a baseline, each with the files it was recorded on (as written, and
    resolved from the working folder and from the baseline's own folder)."""

    def __init__(self, entries: dict[str, set[str]] | None = None, base: Path | None = None):
        super().__init__(entries or {})
        self.base = base


def read_baseline(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PlancheckError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PlancheckError(f"baseline {path} is not valid JSON: {exc}") from None
    except RecursionError:  # "[[[[…" a hundred thousand deep
        raise PlancheckError(f"baseline {path} is nested too deeply to be a baseline") from None
    try:
        out = Baseline(base=path.parent)
        for e in data["findings"]:
            out.setdefault(str(e["fingerprint"]), set()).add(str(e.get("file") or ""))
        return out
    except (TypeError, KeyError, AttributeError, RecursionError):
        raise PlancheckError(
            f"baseline {path} is not a plancheck baseline (write one with --write-baseline)"
        ) from None


def write_baseline(path: Path, results: Iterable[CheckResult]) -> int:
    """Write the fingerprints of every finding in ``results``; returns how many."""
    entries: dict[tuple[str, str], dict] = {}
    for result in results:
        for f in result.findings:
            entries.setdefault(
                (f.fingerprint, result.plan.source.path),
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


def _where(name: str, base: Path | None) -> set[Path]:
    """The files a recorded name may be: from the working folder, and from the baseline's."""
    if not name or name == "-":
        return set()
    out = set()
    for root in (Path.cwd(), base):
        if root is not None:
            with contextlib.suppress(OSError, RuntimeError):
                out.add((root / name).resolve())
    return out


def _baselined(
    fingerprint: str, here: set[Path], baseline: set[str] | dict[str, set[str]], where
) -> bool:
    """Is the finding ``fingerprint`` of the plan at ``here`` (:func:`_where` of its path) in
    the baseline? Recorded on this plan, or on files none of which is there any more (the plan
    was renamed or moved); not when it was recorded on another plan that is still there (this
    plan is a new copy of it). ``where``: :func:`_where` of a recorded name, from the baseline's
    folder (the caller reads each name once)."""
    if fingerprint not in baseline:
        return False
    if not isinstance(baseline, dict):
        return True  # fingerprints alone (an API caller's set)
    there = [where(name) for name in baseline[fingerprint]]
    if any(here & places for places in there):
        return True
    return not any(p.is_file() for places in there for p in places)


def apply_baseline(result: CheckResult, fingerprints: set[str] | dict[str, set[str]]) -> CheckResult:
    """``result`` without the findings in the baseline; they are counted in summary.baselined.
    ``fingerprints`` is a set (baselined in any plan) or a :class:`Baseline` (:func:`_baselined`)."""
    if not fingerprints:
        return result
    here = _where(result.plan.source.path, None)
    base = getattr(fingerprints, "base", None)
    places: dict[str, set[Path]] = {}  # a recorded name → the files it may be, read once per result

    def where(name: str) -> set[Path]:
        if name not in places:
            places[name] = _where(name, base)
        return places[name]

    kept = [f for f in result.findings if not _baselined(f.fingerprint, here, fingerprints, where)]
    summary = summarize(
        kept,
        result.plan,
        suppressed=result.summary.suppressed,
        baselined=result.summary.baselined + len(result.findings) - len(kept),
    )
    return result.model_copy(update={"findings": kept, "summary": summary})
