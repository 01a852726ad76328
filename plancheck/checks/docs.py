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


#: the words of a rule's page for a planner (``plancheck rules ID --lang nb|nn``); the
#: explanation and notes of the shipped rules are written in English only, and say so
PAGE_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "severity": "Alvorlighetsgrad", "pack": "Pakke", "example": "Eksempel",
        "flagged": "Dette blir flagget:", "accepted": "Skriv heller:", "messages": "Meldinger",
        "why": "Hvorfor det er viktig (på engelsk)", "notes": "Merknader (på engelsk)",
        "config": "Innstilling", "error": "feil", "warning": "advarsel", "info": "merknad",
        "more": "Regelens definisjon står på den engelske siden: `plancheck rules {id} --lang en`.",
    },
    "nn": {
        "severity": "Alvorsgrad", "pack": "Pakke", "example": "Døme",
        "flagged": "Dette blir flagga:", "accepted": "Skriv heller:", "messages": "Meldingar",
        "why": "Kvifor det er viktig (på engelsk)", "notes": "Merknader (på engelsk)",
        "config": "Innstilling", "error": "feil", "warning": "åtvaring", "info": "merknad",
        "more": "Definisjonen av regelen står på den engelske sida: `plancheck rules {id} --lang en`.",
    },
}


def rule_markdown(rule: Rule, lang: str = "en") -> str:
    """The rule's page: in English with its definition (docs/rules), or for a planner in
    bokmål or nynorsk (``lang``): headings, severity, summary, example and messages in that
    language, the English explanation under a heading that says it is English."""
    if lang in PAGE_WORDS:
        return _planner_page(rule, lang)
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


def _planner_page(rule: Rule, lang: str) -> str:
    words = PAGE_WORDS[lang]
    docs = rule.docs or {}
    sev = str(rule.severity)
    lines = [
        f"# {rule.id}",
        "",
        f"**{words['severity']}:** {words.get(sev, sev)} · **{words['pack']}:** {rule.pack}",
        "",
        f"{localized(rule.summary, lang)}.",
        "",
    ]
    if docs.get("flagged"):
        lines += [f"## {words['example']}", "", words["flagged"], "", _block(docs["flagged"]), ""]
    if docs.get("accepted"):
        lines += [words["accepted"], "", _block(docs["accepted"]), ""]
    lines += [f"## {words['messages']}", ""]
    for msg_sev, msg in _messages(rule):
        lines.append(f"- **{words.get(msg_sev, msg_sev)}:** {msg.get(lang) or msg.get('en', '')}")
    lines.append("")
    if docs.get("why"):
        lines += [f"## {words['why']}", "", docs["why"].strip(), ""]
    if docs.get("notes"):
        lines += [f"## {words['notes']}", "", docs["notes"].strip(), ""]
    lines += [
        f"## {words['config']}",
        "",
        "```toml",
        "[tool.plancheck.severity]",
        f'{rule.id} = "warning"   # "error", "info", "off"',
        "```",
        "",
        words["more"].format(id=rule.id),
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
