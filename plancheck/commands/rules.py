"""``plancheck rules [RULE]``: list the rules (id, severity, summary), or show one rule's page."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from plancheck.checks import configure, load_rules
from plancheck.checks.base import localized
from plancheck.checks.config import DEFAULT_LANG, LANGS, load_config
from plancheck.checks.docs import rule_markdown
from plancheck.errors import PlancheckError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "rules",
        help="list the rules, or show what one rule checks",
        description="List the rules of the configured packs with their severity and summary.",
    )
    p.add_argument("rule", nargs="?", metavar="RULE", help="show the documentation of this rule")
    p.add_argument(
        "--rules", action="append", default=[], metavar="PACK", help="an extra rule pack"
    )
    p.add_argument("--lang", choices=LANGS, help="language of the summaries (default: nb)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    p.add_argument("--config", type=Path, metavar="FILE", help="configuration file to use")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # the language of an error line (cli.main): the summaries' own, bokmål unless asked otherwise
    args.said_lang = args.lang or DEFAULT_LANG
    cfg = load_config(args.config)
    args.said_lang = args.lang or cfg.lang or DEFAULT_LANG
    lang = args.lang or cfg.lang or DEFAULT_LANG
    packs = [(p, cfg.base) for p in cfg.packs] + [(p, Path.cwd()) for p in args.rules]
    rules = load_rules(packs)
    enabled = {r.id: r for r in configure(rules, severity=cfg.severity, disable=cfg.disable)}

    if args.rule:
        rule = next((r for r in rules if r.id == args.rule), None)
        if rule is None:
            import difflib

            near = difflib.get_close_matches(args.rule, [r.id for r in rules], n=1)
            hint = f" (did you mean {near[0]}?)" if near else ""
            raise PlancheckError(f"{args.rule}: no such rule{hint}; `plancheck rules` lists them")
        # the page in the language asked for (the English one, with the rule's definition,
        # when none was)
        sys.stdout.write(rule_markdown(rule, args.lang or cfg.lang or "en"))
        return 0

    rows = [
        (
            r.id,
            enabled[r.id].effective_severity if r.id in enabled else "off",
            localized(r.summary, lang),
            r.pack,
        )
        for r in rules
    ]
    if args.format == "json":
        data = [{"id": i, "severity": s, "summary": t, "pack": p} for i, s, t, p in rows]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif sys.stdout.isatty():
        table = Table(box=None, header_style="bold", pad_edge=False)
        for col in ("rule", "severity", "summary"):
            table.add_column(col)
        style = {"error": "red", "warning": "yellow", "info": "cyan", "off": "dim"}
        for rid, sev, summary, _ in rows:
            table.add_row(rid, Text(sev, style=style[sev]), Text(summary))
        Console().print(table)
    else:
        width = max(len(r[0]) for r in rows) if rows else 0
        for rid, sev, summary, _ in rows:
            sys.stdout.write(f"{rid:<{width}}  {sev:<8} {summary}\n")
    return 0
