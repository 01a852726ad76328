"""``plancheck graph PLAN`` — the plan's dependency graph as node-link JSON, GraphML or DOT."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import networkx as nx

from plancheck import limits
from plancheck.commands._common import guard_not_input, read_limited, run_saying, write_output
from plancheck.graph import build_graph, to_dot, to_node_link_json
from plancheck.report.sanitize import for_log, for_xml, json_for_log, xml_for_log


def add_parser(sub) -> None:
    p = sub.add_parser(
        "graph",
        help="the plan as a graph (goals, strategies, measures, owners)",
        description="Write the plan as a graph: goals, strategies, measures, owners and "
        "sections as nodes, what serves what as edges.",
    )
    p.add_argument("plan", type=Path, help="the plan document (PDF, DOCX or ODT)")
    p.add_argument(
        "--format", choices=["json", "graphml", "dot"], default="json",
        help="json (default), graphml (Gephi, yEd) or dot (Graphviz)",
    )
    p.add_argument("-o", "--output", help="write to FILE instead of standard output")
    p.add_argument("--password", help="password of an encrypted PDF")
    p.add_argument(
        "--lang", choices=["nb", "nn", "sv", "da", "en"], help="the document language (detected when left out)"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--no-cache", action="store_true", help="extract again, ignoring the cache")
    limits.add_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return run_saying(args, _run)


def _run(args: argparse.Namespace) -> int:
    guard_not_input(args.output, [args.plan])
    text = read_limited(
        args.plan,
        lambda plan: _render(plan, args.format),
        password=args.password,
        lang=args.lang,
        quiet=args.quiet,
        limits=(args.timeout, args.max_memory),
        use_cache=not args.no_cache,
    )
    write_output(text, args.output)
    return 0


def _render(plan, fmt: str) -> str:
    g = build_graph(plan)
    if fmt == "json":
        text = json_for_log(to_node_link_json(g))
    elif fmt == "dot":
        text = for_log(to_dot(g))
    else:
        # text XML cannot hold, or a terminal would act on, made visible first
        for _node, data in g.nodes(data=True):
            data.update({k: for_xml(v) for k, v in data.items() if isinstance(v, str)})
        buf = io.BytesIO()
        nx.write_graphml(g, buf)
        text = xml_for_log(buf.getvalue().decode("utf-8"))
    return text
