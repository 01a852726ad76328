"""Configuration: ``[tool.plancheck]`` in pyproject.toml, or a ``.plancheck.toml``.

The file is ``--config FILE``, or the one at the root of the repository plancheck runs in:
the first folder, walking up from the working directory, that holds ``.git`` or
``pyproject.toml`` (else the working directory); there ``.plancheck.toml`` wins over ``pyproject.toml``. Never the plan's
own folder: in CI on a pull request the plan and its folder are untrusted, and a
``.plancheck.toml`` put beside the plan would decide how the plan is judged
(``fail_on = "never"``). Keys (``kebab-case`` works too)::

    [tool.plancheck]                  # in .plancheck.toml the table header may be left out
    packs = ["default", "rules/kommune.yaml"]   # shipped pack names, files or folders
    lang = "nb"                       # nb | nn | en: the language of the messages
    fail_on = "error"                 # error | warning | info | never
    disable = ["strategy-has-measure"]
    suppress = ["9c1e7e65a9077118"]   # fingerprints of single findings
    baseline = ".plancheck-baseline.json"
    plan_period = "2024-2032"         # or {start = 2024, end = 2032}

    [tool.plancheck.severity]
    measure-has-deadline = "warning"  # or "off"

Relative paths are relative to the file they are written in; a rule pack named by a path
must lie inside the repository (rule packs elsewhere need ``--rules``). An unknown key, or a
known key in the wrong place (``lang`` at the top of a ``.plancheck.toml`` that also has a
``[tool.plancheck]`` table), is an error naming the key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plancheck.errors import PlancheckError
from plancheck.models import PlanPeriod

CONFIG_NAMES = (".plancheck.toml", "pyproject.toml")
LANGS = ("nb", "nn", "en")
#: the language of findings and error lines when neither --lang nor the configuration names one
DEFAULT_LANG = "nb"
FAIL_ON = ("error", "warning", "info", "never")
KEYS = ("packs", "lang", "fail_on", "disable", "suppress", "baseline", "plan_period", "severity")


class ConfigError(PlancheckError):
    """A configuration file plancheck cannot use."""


@dataclass
class Config:
    path: Path | None = None
    packs: list[str] = field(default_factory=lambda: ["default"])
    lang: str | None = None
    fail_on: str | None = None
    disable: list[str] = field(default_factory=list)
    suppress: list[str] = field(default_factory=list)
    baseline: Path | None = None
    plan_period: PlanPeriod | None = None
    severity: dict[str, str] = field(default_factory=dict)

    @property
    def base(self) -> Path:
        """The folder relative paths are resolved from."""
        return self.path.parent if self.path else Path.cwd()


def repo_root(start: Path | None = None) -> Path:
    """The first folder from ``start`` (default: the working directory) upwards that holds
    ``.git`` or ``pyproject.toml``; the working directory itself when there is none."""
    folder = (start or Path.cwd()).resolve()
    for d in (folder, *folder.parents):
        if (d / ".git").exists() or (d / "pyproject.toml").is_file():
            return d
    return folder


def find_config(start: Path | None = None) -> Path | None:
    """The config file at the repository root (see :func:`repo_root`), if there is one."""
    root = repo_root(start)
    dotfile = root / ".plancheck.toml"
    if dotfile.is_file():
        return dotfile
    pyproject = root / "pyproject.toml"
    if pyproject.is_file() and _has_tool_table(pyproject):
        return pyproject
    return None


def _has_tool_table(path: Path) -> bool:
    """Whether the pyproject.toml configures plancheck. One that is no valid TOML does when
    its text names the table ('[tool.plancheck'): the maintainer's typo is then reported by
    :func:`load_config`, not read as no configuration; another tool's broken file is not ours."""
    try:
        return "plancheck" in _read_toml(path).get("tool", {})
    except ConfigError:
        try:
            return "tool.plancheck" in path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only where a pyproject.toml or plancheck.toml is found (~5 ms to import)

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path} is nested too deeply to be a configuration") from None


def load_config(path: Path | None = None, *, cwd: Path | None = None) -> Config:
    """Read ``path``, or the file :func:`find_config` finds from ``cwd``; an empty Config
    when there is none."""
    if path is None:
        path = find_config(cwd)
        if path is None:
            return Config()
    elif not path.is_file():
        raise ConfigError(f"configuration file {path} does not exist")
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = _table(data.get("tool", {}), "tool", path).get("plancheck", {})
    elif "tool" in data:
        # a .plancheck.toml with a [tool.plancheck] table: everything must be in it
        misplaced = sorted(set(data) - {"tool"})
        if misplaced:
            raise ConfigError(
                f"{path}: key {misplaced[0]!r} is outside [tool.plancheck]; put every key in "
                "that table, or leave the table header out"
            )
        tool = _table(data["tool"], "tool", path)
        other = sorted(set(tool) - {"plancheck"})
        if other:
            raise ConfigError(f"{path}: unknown table [tool.{other[0]}] (only [tool.plancheck])")
        data = tool.get("plancheck", {})
    return parse_config(_table(data, "tool.plancheck", path), path)


def _table(value: Any, name: str, path: Path) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{path}: {name} must be a table")
    return value


def parse_config(data: Mapping[str, Any], path: Path | None = None) -> Config:
    where = str(path) if path else "configuration"
    data = {str(k).replace("-", "_"): v for k, v in data.items()}
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}; known: {', '.join(KEYS)}")
    cfg = Config(path=path)
    if "packs" in data:
        cfg.packs = _str_list(data["packs"], "packs", where)
        for ref in cfg.packs:
            _pack_inside_repo(ref, cfg.base, where)
    if "lang" in data:
        cfg.lang = _choice(data["lang"], LANGS, "lang", where)
    if "fail_on" in data:
        cfg.fail_on = _choice(data["fail_on"], FAIL_ON, "fail_on", where)
    if "disable" in data:
        cfg.disable = _str_list(data["disable"], "disable", where)
    if "suppress" in data:
        cfg.suppress = _str_list(data["suppress"], "suppress", where)
    if "baseline" in data:
        if not isinstance(data["baseline"], str):
            raise ConfigError(f"{where}: baseline must be a file name")
        cfg.baseline = cfg.base / data["baseline"]
    if "plan_period" in data:
        cfg.plan_period = parse_period(data["plan_period"], f"{where}: plan_period")
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, Mapping) or not all(isinstance(v, str) for v in sev.values()):
            raise ConfigError(f'{where}: severity must be a table of rule = "error"|"warning"|...')
        cfg.severity = dict(sev)
    return cfg


def _pack_inside_repo(ref: str, base: Path, where: str) -> None:
    """A pack the configuration names by path lies inside the repository (the config file's
    folder and below): a pull request must not make plancheck load rules from elsewhere on the
    machine. Shipped packs are named without a path."""
    looks_like_path = "/" in ref or "\\" in ref or ref.endswith((".yaml", ".yml"))
    candidate = Path(ref).expanduser()
    if not looks_like_path and not (base / candidate).exists():
        return  # a shipped pack's name
    resolved = (base / candidate).resolve()
    if not resolved.is_relative_to(base.resolve()):
        raise ConfigError(
            f"{where}: rule pack {ref!r} is outside the repository; give it with --rules instead"
        )


def parse_period(value: Any, where: str = "plan period") -> PlanPeriod:
    """``"2024-2032"``, ``"2024–2032"``, ``[2024, 2032]`` or ``{start = 2024, end = 2032}``."""
    start = end = None
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d{4})\s*[-–—/]\s*(\d{4})\s*", value)
        if m:
            start, end = int(m[1]), int(m[2])
    elif isinstance(value, list | tuple) and len(value) == 2:
        start, end = value
    elif isinstance(value, Mapping) and set(value) == {"start", "end"}:
        start, end = value["start"], value["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 1900 < start <= end < 2200):
        raise ConfigError(f'{where}: give the period as "2024-2032" (got {value!r})')
    return PlanPeriod(start=start, end=end, text=f"{start}–{end}")


def _str_list(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of strings")
    return list(value)


def _choice(value: Any, choices: tuple[str, ...], key: str, where: str) -> str:
    if value not in choices:
        raise ConfigError(f"{where}: {key} must be one of {', '.join(choices)} (got {value!r})")
    return value
