"""Rule packs: YAML files of declarative rules, plus Python rules from entry points.

A pack is a YAML file ``{pack: NAME, rules: [RULE, ...]}``. A rule::

    - id: measure-has-owner            # stable kebab-case id
      severity: error                  # error | warning | info
      summary: {nb: ..., en: ...}      # one line for `plancheck rules`
      applies_to:
        kind: measure                  # plan, goal, strategy, measure, owner, mandate_point, ...
        where: PREDICATE               # optional filter
      require: PREDICATE               # a finding for each subject where this is false
      # or, instead of require, several outcomes: the first case whose `when` holds is reported
      cases:
        - when: PREDICATE
          severity: warning            # optional, else the rule's
          message: {nb: ..., en: ...}  # optional, else the rule's
      message: {nb: "Tiltaket har ingen ansvarlig: «{text}»", en: ...}
      docs: {why: ..., flagged: ..., accepted: ...}

PREDICATE is described in :mod:`plancheck.checks.conditions`. The shipped packs live in the
top-level ``rules/`` folder, installed as the package ``plancheck.rulepacks``.
"""

from __future__ import annotations

import copy
import re
import string
from collections.abc import Iterable, Iterator, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

from plancheck import yamlfile
from plancheck.checks.base import Context, Hit, Rule
from plancheck.checks.conditions import NODE_KINDS, RuleError, evaluate, validate
from plancheck.models import Severity

ENTRY_POINT_GROUP = "plancheck.rules"
DEFAULT_PACKS = ("default",)
SEVERITIES = tuple(s.value for s in Severity)
ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

#: the placeholders a message may use; the engine fills every one of them
PLACEHOLDERS = frozenset(
    {
        "text",
        "owner",
        "deadline",
        "period",
        "number",
        "page",
        "title",
        "goals",
        "strategies",
        "measures",
        "status",
        "missing",
        "missing_note",
        "point",
        "page_note",
        "key_note",
        "rule",
        "pages",
    }
)

_RULE_KEYS = {"id", "severity", "summary", "applies_to", "require", "cases", "message", "docs"}
_DOC_KEYS = {"why", "flagged", "accepted", "notes"}


class YamlRule(Rule):
    """A rule declared in a pack: which subjects, which filter, which condition."""

    def __init__(self, spec: Mapping[str, Any], pack: str) -> None:
        self.spec = dict(spec)
        self.pack = pack
        self.id = spec["id"]
        self.severity = str(spec["severity"])
        self.summary = dict(spec["summary"])
        self.message = dict(spec.get("message") or {})
        self.docs = dict(spec.get("docs") or {})
        applies = spec["applies_to"]
        self.kind: str = applies["kind"]
        self.where: Mapping | None = applies.get("where")
        self.require: Mapping | None = spec.get("require")
        self.cases: list[dict] = [dict(c) for c in spec.get("cases") or []]
        self.override = None

    def evaluate(self, ctx: Context) -> Iterator[Hit]:
        for subject in ctx.subjects(self.kind):
            if self.where is not None and not evaluate(self.where, subject, ctx):
                continue
            if self.require is not None:
                if not evaluate(self.require, subject, ctx):
                    yield Hit(subject)
                continue
            for case in self.cases:
                if evaluate(case["when"], subject, ctx):
                    yield Hit(subject, severity=case.get("severity"), message=case.get("message"))
                    break


# --------------------------------------------------------------------------- validation


def _lang_table(value: Any, where: str, *, placeholders: bool) -> None:
    if not isinstance(value, Mapping) or not value or "nb" not in value:
        raise RuleError(f"{where}: give the text per language, at least {{nb: ...}} (and en)")
    for lang, text in value.items():
        if not isinstance(text, str) or not text.strip():
            raise RuleError(f"{where}.{lang}: must be non-empty text")
        if placeholders:
            check_placeholders(text, f"{where}.{lang}")


def check_placeholders(template: str, where: str) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise RuleError(f"{where}: bad template {template!r}: {exc}") from None
    unknown = names - PLACEHOLDERS
    if unknown:
        raise RuleError(
            f"{where}: unknown placeholder(s) {sorted(unknown)}; "
            f"known: {', '.join(sorted(PLACEHOLDERS))}"
        )


def validate_spec(spec: Any, where: str) -> None:
    if not isinstance(spec, Mapping):
        raise RuleError(f"{where}: a rule must be a mapping")
    rid = spec.get("id")
    if not isinstance(rid, str) or not ID_PATTERN.match(rid):
        raise RuleError(f"{where}: 'id' must be kebab-case, such as goal-has-measure (got {rid!r})")
    where = f"{where} ({rid})"
    extra = set(spec) - _RULE_KEYS
    if extra:
        raise RuleError(f"{where}: unknown key(s) {sorted(extra)}; allowed: {sorted(_RULE_KEYS)}")
    if spec.get("severity") not in SEVERITIES:
        raise RuleError(f"{where}: 'severity' must be one of {', '.join(SEVERITIES)}")
    _lang_table(spec.get("summary"), f"{where}.summary", placeholders=False)
    applies = spec.get("applies_to")
    if not isinstance(applies, Mapping) or applies.get("kind") not in NODE_KINDS:
        raise RuleError(f"{where}: 'applies_to' needs kind: one of {', '.join(NODE_KINDS)}")
    if set(applies) - {"kind", "where"}:
        raise RuleError(f"{where}.applies_to: only 'kind' and 'where' are allowed")
    if "where" in applies:
        validate(applies["where"], f"{where}.applies_to.where")
    if ("require" in spec) == ("cases" in spec):
        raise RuleError(f"{where}: give either 'require' or 'cases'")
    if "require" in spec:
        validate(spec["require"], f"{where}.require")
        _lang_table(spec.get("message"), f"{where}.message", placeholders=True)
    else:
        cases = spec["cases"]
        if not isinstance(cases, list) or not cases:
            raise RuleError(f"{where}: 'cases' needs a non-empty list")
        for i, case in enumerate(cases):
            cw = f"{where}.cases[{i}]"
            if not isinstance(case, Mapping) or "when" not in case:
                raise RuleError(f"{cw}: a case needs 'when'")
            if set(case) - {"when", "severity", "message"}:
                raise RuleError(f"{cw}: only 'when', 'severity' and 'message' are allowed")
            validate(case["when"], f"{cw}.when")
            if "severity" in case and case["severity"] not in SEVERITIES:
                raise RuleError(f"{cw}: 'severity' must be one of {', '.join(SEVERITIES)}")
            if "message" in case:
                _lang_table(case["message"], f"{cw}.message", placeholders=True)
            elif "message" not in spec:
                raise RuleError(f"{cw}: no 'message' here nor on the rule")
        if "message" in spec:
            _lang_table(spec["message"], f"{where}.message", placeholders=True)
    docs = spec.get("docs") or {}
    if not isinstance(docs, Mapping) or set(docs) - _DOC_KEYS:
        raise RuleError(f"{where}.docs: allowed keys are {sorted(_DOC_KEYS)}")


def validate_rule(rule: Any, where: str) -> Rule:
    """Check a Python rule has what the engine and the reports need."""
    if isinstance(rule, type) and issubclass(rule, Rule):
        rule = rule()
    if not isinstance(rule, Rule):
        raise RuleError(f"{where}: {rule!r} is not a plancheck.checks.Rule")
    if not isinstance(rule.id, str) or not ID_PATTERN.match(rule.id):
        raise RuleError(f"{where}: rule id must be kebab-case (got {rule.id!r})")
    if rule.severity not in SEVERITIES:
        raise RuleError(f"{where} ({rule.id}): severity must be one of {', '.join(SEVERITIES)}")
    rule.severity = Severity(rule.severity).value
    _lang_table(rule.summary, f"{where} ({rule.id}).summary", placeholders=False)
    _lang_table(rule.message, f"{where} ({rule.id}).message", placeholders=True)
    return rule


# --------------------------------------------------------------------------- loading


def builtin_pack_dir() -> Path:
    """The folder of the shipped packs: ``rules/`` beside the package when it runs from a source
    checkout (so a checkout's own packs are read, not those of another checkout an editable
    install points at), else ``plancheck.rulepacks`` as installed."""
    checkout = Path(__file__).resolve().parents[2] / "rules"
    if (checkout / "default.yaml").is_file():
        return checkout
    try:
        from importlib.resources import files

        return Path(str(files("plancheck.rulepacks")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "rules"


def builtin_packs() -> list[str]:
    return sorted(p.stem for p in builtin_pack_dir().glob("*.yaml"))


def pack_files(ref: str, base: Path | None = None) -> list[Path]:
    """The YAML files a pack reference names: a shipped pack's name, a file, or a folder."""
    looks_like_path = "/" in ref or "\\" in ref or ref.endswith((".yaml", ".yml"))
    path = Path(ref).expanduser()
    if base is not None and not path.is_absolute():
        path = base / path
    if looks_like_path or path.exists():
        if path.is_dir():
            found = sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
            if not found:
                raise RuleError(f"rule pack folder {ref} holds no .yaml files")
            return found
        if not path.is_file():
            raise RuleError(f"rule pack {ref} does not exist")
        return [path]
    builtin = builtin_pack_dir() / f"{ref}.yaml"
    if not builtin.is_file():
        raise RuleError(
            f"unknown rule pack {ref!r}: not a file, and not one of the shipped packs "
            f"({', '.join(builtin_packs())})"
        )
    return [builtin]


def load_pack_file(path: Path) -> list[Rule]:
    try:
        data = yamlfile.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read rule pack {path}: {exc}") from None
    except RecursionError:
        raise RuleError(f"rule pack {path} is nested too deeply") from None
    except Exception as exc:
        if not yamlfile.is_yaml_error(exc):  # PyYAML is imported only when a text is parsed
            raise
        raise RuleError(f"rule pack {path} is not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, Mapping) or not isinstance(data.get("rules"), list):
        raise RuleError(f"rule pack {path} must be a mapping with a 'rules' list")
    if set(data) - {"pack", "description", "rules"}:
        raise RuleError(f"rule pack {path}: only 'pack', 'description' and 'rules' are allowed")
    name = str(data.get("pack") or path.stem)
    rules: list[Rule] = []
    for i, spec in enumerate(data["rules"]):
        validate_spec(spec, f"{path.name}: rules[{i}]")
        rules.append(YamlRule(spec, name))
    return rules


def entry_point_rules() -> list[Rule]:
    """Rules from installed plugins: entry points in the group ``plancheck.rules`` naming a
    :class:`Rule` instance, a Rule subclass, or a callable that returns an iterable of them."""
    rules: list[Rule] = []
    for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        where = f"entry point {ep.name} ({ep.value})"
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin is the user's to fix: say which one
            raise RuleError(f"{where} cannot be loaded: {exc}") from None
        if isinstance(obj, Rule) or (isinstance(obj, type) and issubclass(obj, Rule)):
            items: Iterable[Any] = [obj]
        elif callable(obj):
            items = obj()
        else:
            raise RuleError(f"{where} is neither a rule nor a function returning rules")
        for item in items:
            rule = validate_rule(item, where)
            if rule.pack == Rule.pack:
                rule.pack = ep.dist.name if ep.dist else ep.name
            rules.append(rule)
    return rules


def load_rules(
    packs: Iterable[str | tuple[str, Path]] = DEFAULT_PACKS,
    *,
    base: Path | None = None,
    plugins: bool = True,
) -> list[Rule]:
    """Rules from the packs in order, then plugins; a later rule replaces an earlier one with
    the same id (so a team pack can redefine a shipped rule). A pack is a reference as in
    :func:`pack_files`, or ``(reference, folder it is relative to)``."""
    by_id: dict[str, Rule] = {}
    for ref in packs:
        ref, ref_base = ref if isinstance(ref, tuple) else (ref, base)
        for path in pack_files(str(ref), ref_base):
            for rule in load_pack_file(path):
                by_id[rule.id] = rule
    if plugins:
        for rule in entry_point_rules():
            by_id[rule.id] = rule
    return list(by_id.values())


def configure(
    rules: Iterable[Rule],
    *,
    severity: Mapping[str, str] | None = None,
    disable: Iterable[str] = (),
) -> list[Rule]:
    """Apply per-rule severity overrides (``"off"`` disables) and the disabled list."""
    rules = list(rules)
    known = {r.id for r in rules}
    severity = dict(severity or {})
    disabled = set(disable) | {rid for rid, sev in severity.items() if sev == "off"}
    for rid in sorted((set(severity) | disabled) - known):
        raise RuleError(f"unknown rule {rid!r} in the configuration (see `plancheck rules`)")
    for rid, sev in severity.items():
        if sev != "off" and sev not in SEVERITIES:
            raise RuleError(f"severity for {rid} must be one of {', '.join(SEVERITIES)} or off")
    out = []
    for rule in rules:
        if rule.id in disabled:
            continue
        if rule.id in severity:
            rule = copy.copy(rule)
            rule.override = severity[rule.id]
        out.append(rule)
    return out
