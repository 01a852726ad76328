"""Mandate coverage: is every point of a mandate answered by the plan?

>>> from plancheck.mandate import assess
>>> points, coverage = assess(plan, Path("mandat.pdf"))
>>> [c.status for c in coverage]        # "covered" | "partial" | "uncovered", in mandate order

A mandate is a PDF, a .txt/.md/.docx file, or a larger document (a council case, a slide deck)
with the mandate inside it. See ``docs/mandate.md`` for how points are found and matched.
"""

from __future__ import annotations

from pathlib import Path

from plancheck.mandate.points import find_points, read_mandate, split_concerns
from plancheck.models import Coverage, MandatePoint, Plan

__all__ = ["add_to_graph", "assess", "evaluate", "find_points", "read_mandate", "split_concerns"]


def assess(
    plan: Plan,
    mandate_path: Path,
    *,
    lang: str | None = None,
    explain: bool = False,
    password: str | None = None,
) -> tuple[list[MandatePoint], list[Coverage]]:
    """Read the mandate in ``mandate_path`` (an encrypted PDF with ``password``) and judge, for
    each point in mandate order, whether ``plan`` answers it. ``lang`` defaults to the plan's
    language; ``explain`` adds the evidence per concern (``Coverage.explain``)."""
    from plancheck.mandate.match import assess_points, plan_title

    points = read_mandate(Path(mandate_path), password=password, plan_title=plan_title(plan))
    return points, assess_points(plan, points, lang or plan.language or "nb", explain=explain)


def assess_points(
    plan: Plan, points: list[MandatePoint], *, lang: str | None = None
) -> list[Coverage]:
    """Judge already-read ``points`` against ``plan``."""
    from plancheck.mandate.match import assess_points as _assess

    return _assess(plan, points, lang or plan.language or "nb")


def add_to_graph(g, points: list[MandatePoint], coverage: list[Coverage]) -> None:
    """Add ``mandate_point`` nodes and ``covers`` edges from the plan nodes that answer them.

    A node named in the evidence but not in the graph (a paragraph) is added as a ``passage``."""
    by_id = {c.id: c for c in coverage}
    for p in points:
        cov = by_id.get(p.id)
        g.add_node(
            p.id,
            kind="mandate_point",
            text=p.text,
            page=p.page or 0,
            number=p.number or "",
            status=str(getattr(cov.status, "value", cov.status)) if cov else "",
            process=p.process,
        )
        if cov is None:
            continue
        for ev in cov.evidence:
            if not ev.node_id:
                continue
            if ev.node_id not in g:
                g.add_node(ev.node_id, kind="passage", text=ev.quote, page=ev.page or 0, number="")
            g.add_edge(ev.node_id, p.id, kind="covers")


def evaluate(dir: Path) -> str:
    """Score :func:`assess` against the gold files below ``dir``; returns the printed report."""
    from plancheck.mandate.evaluate import evaluate as _evaluate

    return _evaluate(Path(dir))
