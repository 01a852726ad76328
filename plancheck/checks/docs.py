"""Rule documentation: one Markdown page per rule, written from the rule's own ``docs``.

``python -m plancheck.checks.docs docs/rules`` regenerates ``docs/rules/<id>.md`` and the index
from the shipped packs; a test keeps the committed pages in step with the YAML.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from plancheck.checks.base import Rule, localized
from plancheck.checks.rules import YamlRule, builtin_packs, load_rules


def _block(text: str) -> str:
    return "```text\n" + text.rstrip("\n") + "\n```"


def _messages(rule: Rule) -> list[tuple[str, dict]]:
    """The messages a reader can meet, as printed: a YAML rule's per case; a draft rule's
    per kind of defect (its ``variants``: the generic ``message`` is never printed when every
    defect has a variant, so the page shows those the report shows)."""
    if isinstance(rule, YamlRule) and rule.cases:
        out = []
        for case in rule.cases:
            sev = case.get("severity", str(rule.severity))
            out.append((sev, case.get("message") or rule.message))
        return out
    variants = getattr(rule, "variants", None)
    if variants:
        return [(str(rule.severity), dict(msg)) for msg in variants.values()]
    return [(str(rule.severity), dict(rule.message))]


def rule_markdown(rule: Rule) -> str:
    docs = rule.docs or {}
    lines = [
        f"# {rule.id}",
        "",
        f"**Severity:** {rule.severity} · **Pack:** {rule.pack}",
        "",
        f"{localized(rule.summary, 'en')}. *({localized(rule.summary, 'nb')})*",
        "",
    ]
    if docs.get("why"):
        lines += ["## Why it matters", "", docs["why"].strip(), ""]
    if docs.get("flagged"):
        lines += ["## Example", "", "This is flagged:", "", _block(docs["flagged"]), ""]
    if docs.get("accepted"):
        lines += ["Use instead:", "", _block(docs["accepted"]), ""]
    if docs.get("notes"):
        lines += ["## Notes", "", docs["notes"].strip(), ""]
    lines += [
        "## Messages",
        "",
        "| severity | bokmål | nynorsk | English |",
        "| --- | --- | --- | --- |",
    ]
    for sev, msg in _messages(rule):
        nb, nn, en = (msg.get(k, "").replace("|", "\\|") for k in ("nb", "nn", "en"))
        lines.append(f"| {sev} | {nb} | {nn} | {en} |")
    lines.append("")
    if isinstance(rule, YamlRule):
        spec = {
            k: copy.deepcopy(rule.spec[k])
            for k in ("applies_to", "require", "cases")
            if k in rule.spec
        }
        for case in spec.get("cases", []):
            case.pop("message", None)
        lines += [
            "## Definition",
            "",
            "The condition, in the rule language of [writing rules](writing-rules.md):",
            "",
            "```yaml",
            yaml.safe_dump(
                spec, sort_keys=False, allow_unicode=True, width=100, default_flow_style=None
            ).rstrip(),
            "```",
            "",
        ]
    lines += [
        "## Configuration",
        "",
        "```toml",
        "[tool.plancheck.severity]",
        f'{rule.id} = "warning"   # or "error", "info", "off"',
        "```",
        "",
        "A single finding is silenced by adding its fingerprint (shown in the JSON and SARIF "
        "output) to `suppress` in the configuration.",
        "",
    ]
    return "\n".join(lines)


def index_markdown(rules: Sequence[Rule]) -> str:
    lines = [
        "# Rules",
        "",
        "The rules plancheck ships, by pack. `plancheck rules` lists them with their configured "
        "severity; `plancheck rules ID` shows one page. How to write your own: "
        "[writing rules](writing-rules.md).",
        "",
        "| rule | severity | what it checks |",
        "| --- | --- | --- |",
    ]
    for r in rules:
        lines.append(f"| [{r.id}]({r.id}.md) | {r.severity} | {localized(r.summary, 'en')} |")
    return "\n".join(lines) + "\n"


def documented_rules() -> list[Rule]:
    """The rules plancheck ships: the YAML packs and the Python draft rules (not third-party
    plugins that happen to be installed)."""
    from plancheck.drafts import draft_rules

    return [*load_rules(builtin_packs(), plugins=False), *draft_rules()]


def write_docs(outdir: Path, rules: Sequence[Rule] | None = None) -> list[Path]:
    rules = list(rules if rules is not None else documented_rules())
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for rule in rules:
        path = outdir / f"{rule.id}.md"
        path.write_text(rule_markdown(rule), encoding="utf-8")
        written.append(path)
    index = outdir / "index.md"
    index.write_text(index_markdown(rules), encoding="utf-8")
    return [*written, index]


if __name__ == "__main__":
    for p in write_docs(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/rules")):
        print(p)
