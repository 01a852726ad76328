"""``plancheck extract PLAN`` — the structured plan as a readable tree or as JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from plancheck import limits
from plancheck.commands._common import guard_not_input, read_limited, run_saying, write_output
from plancheck.ingest.sections import place
from plancheck.models import Goal, Measure, Plan
from plancheck.report.labels import labels, pages_count, plan_title
from plancheck.report.sanitize import for_log, json_for_log


def add_parser(sub) -> None:
    p = sub.add_parser(
        "extract",
        help="read a plan into goals, strategies and measures",
        description="Read a plan document (PDF, DOCX or ODT) into its goals, strategies and "
        "measures, with each measure's owner, deadline and page.",
    )
    p.add_argument("plan", type=Path, help="the plan document (PDF, DOCX or ODT)")
    p.add_argument(
        "--format", choices=["text", "json"], default="text",
        help="text: a readable tree (default); json: the plan as data (docs/schema/)",
    )
    p.add_argument("-o", "--output", help="write to FILE instead of standard output")
    p.add_argument("--password", help="password of an encrypted PDF")
    p.add_argument("--lang", choices=["nb", "nn", "sv", "da", "en"], help="the document language (detected when left out)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--no-cache", action="store_true", help="extract again, ignoring the cache")
    p.add_argument(
        "--explain",
        action="store_true",
        help="for each item, the evidence that made it a goal, strategy or measure, and why it is linked",
    )
    limits.add_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return run_saying(args, _run)


def _run(args: argparse.Namespace) -> int:
    guard_not_input(args.output, [args.plan])
    path = args.plan

    def render(plan: Plan) -> str:
        if getattr(args, "explain", False):
            return _explain(plan, path, args.password, args.format)
        return _render(plan, args.format)

    text = read_limited(
        args.plan,
        render,
        password=args.password,
        lang=args.lang,
        quiet=args.quiet,
        limits=(args.timeout, args.max_memory),
        use_cache=not args.no_cache,
    )
    write_output(text, args.output)
    return 0


def _explain(plan: Plan, path: Path, password: str | None, fmt: str) -> str:
    """The evidence per item (the document is read again for its units: a diagnostic, not the
    everyday path)."""
    from dataclasses import asdict

    from plancheck.extract.explain import explain, render_explanation
    from plancheck.pipeline import load_document

    evidence = explain(plan, load_document(path, password=password))
    if fmt == "json":
        return json_for_log(json.dumps([asdict(e) for e in evidence], ensure_ascii=False, indent=2))
    return for_log(render_explanation(evidence))


def _render(plan: Plan, fmt: str) -> str:
    if fmt == "json":
        return json_for_log(json.dumps(plan.model_dump(mode="json"), ensure_ascii=False, indent=2))
    return for_log(render_tree(plan))


def _where(item, lang: str = "nb") -> str:
    """"[s. 4]" for a PDF, "[kapittel 3, tabell 1, rad 4]" for Word/OpenDocument input (in the
    tree's language, :func:`tree_lang`)."""
    if item.page:
        return f"[s. {item.page}]"
    return f"[{place(item.provenance.location, lang)}]" if item.provenance.location else ""


def tree_lang(plan: Plan) -> str:
    """The language of the tree's labels: nynorsk for a plan written in nynorsk (its planner
    writes nynorsk), bokmål for every other plan."""
    return "nn" if plan.language == "nn" else "nb"


def _measure_line(m: Measure, lang: str = "nb") -> str:
    t = labels(lang)
    owner = ", ".join(o.text for o in m.owners) or t["tree_no_owner"]
    deadline = m.deadline.text if m.deadline else t["tree_no_deadline"]
    num = f"{m.number.rstrip('.)')} " if m.number else ""
    return f"{num}{m.text}  — {owner}; {deadline}  {_where(m, lang)}"


def render_tree(plan: Plan) -> str:
    """A plain tree for a planner: focus area → goal → strategies and measures, with pages."""
    lang = tree_lang(plan)
    t = labels(lang)
    out: list[str] = []
    out.append(plan_title(plan))
    meta = [f"{t['tree_language']}: {plan.language}"]
    if plan.source.format == "pdf":
        meta.append(pages_count(plan.source.pages, lang))
    if plan.plan_period:
        meta.append(f"planperiode: {plan.plan_period.text}")
    out.append("  " + ", ".join(meta))
    if plan.vision:
        out.append(f"{t['vision']}: {plan.vision.text}  {_where(plan.vision, lang)}")
    measures_by_goal: dict[str, list[Measure]] = {}
    for m in plan.measures:
        for gid in m.goal_ids:
            measures_by_goal.setdefault(gid, []).append(m)
    strategies_by_goal: dict[str, list] = {}
    for s in plan.strategies:
        for gid in s.goal_ids:
            strategies_by_goal.setdefault(gid, []).append(s)
    children: dict[str, list[Goal]] = {}
    for g in plan.goals:
        if g.parent_id:
            children.setdefault(g.parent_id, []).append(g)

    def goal_lines(g: Goal, indent: str) -> None:
        label = t[g.kind]  # Hovedmål / Mål / Delmål
        num = f" {g.number.rstrip('.)')}" if g.number else ""
        out.append(f"{indent}{label}{num}: {g.text}  {_where(g, lang)}")
        for s in strategies_by_goal.get(g.id, []):
            out.append(f"{indent}  {t['strategy']}: {s.text}  {_where(s, lang)}")
        for m in measures_by_goal.get(g.id, []):
            out.append(f"{indent}  {t['measure']}: {_measure_line(m, lang)}")
        for c in children.get(g.id, []):
            goal_lines(c, indent + "  ")

    top = [g for g in plan.goals if not g.parent_id]
    shown: set[str] = set()
    for fa in plan.focus_areas:
        out.append(f"{t['focus_area']}: {fa.text}  {_where(fa, lang)}")
        for g in top:
            if g.focus_area_id == fa.id:
                goal_lines(g, "  ")
                shown.add(g.id)
    for g in top:
        if g.id not in shown:
            goal_lines(g, "")
    loose_s = [s for s in plan.strategies if not s.goal_ids]
    if loose_s:
        out.append(f"{t['tree_strategies_loose']}:")
        out.extend(f"  {s.text}  {_where(s, lang)}" for s in loose_s)
    loose = [m for m in plan.measures if not m.goal_ids]
    if loose:
        out.append(f"{t['tree_measures_loose']}:")
        out.extend(f"  {_measure_line(m, lang)}" for m in loose)
    out.append(
        t["tree_count"].format(
            goals=len(plan.goals), strategies=len(plan.strategies), measures=len(plan.measures)
        )
    )
    return "\n".join(out) + "\n"
