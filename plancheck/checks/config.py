"""Configuration: ``[tool.plancheck]`` in pyproject.toml, or a ``.plancheck.toml``.

The file is found by walking up from the folder of the first plan checked, then from the
working directory; in each folder ``.plancheck.toml`` wins over ``pyproject.toml``. Keys
(``kebab-case`` works too)::

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

Relative paths are relative to the file they are written in.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plancheck.errors import PlancheckError
from plancheck.models import PlanPeriod

CONFIG_NAMES = (".plancheck.toml", "pyproject.toml")
LANGS = ("nb", "nn", "en")
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


def find_config(starts: Iterable[Path]) -> Path | None:
    """The first config file walking up from each of ``starts`` in turn."""
    for start in starts:
        folder = start.resolve()
        if folder.is_file():
            folder = folder.parent
        for d in (folder, *folder.parents):
            dotfile = d / ".plancheck.toml"
            if dotfile.is_file():
                return dotfile
            pyproject = d / "pyproject.toml"
            if pyproject.is_file() and _has_tool_table(pyproject):
                return pyproject
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "plancheck" in _read_toml(path).get("tool", {})
    except ConfigError:
        return False


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None


def load_config(path: Path | None = None, *, starts: Iterable[Path] = ()) -> Config:
    """Read ``path``, or the file :func:`find_config` finds; an empty Config when there is none."""
    if path is None:
        path = find_config(starts)
        if path is None:
            return Config()
    elif not path.is_file():
        raise ConfigError(f"configuration file {path} does not exist")
    data = _read_toml(path)
    if path.name == "pyproject.toml" or "tool" in data:
        data = data.get("tool", {}).get("plancheck", {})
    return parse_config(data, path)


def parse_config(data: Mapping[str, Any], path: Path | None = None) -> Config:
    where = str(path) if path else "configuration"
    data = {str(k).replace("-", "_"): v for k, v in data.items()}
    unknown = set(data) - set(KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}; known: {', '.join(KEYS)}")
    cfg = Config(path=path)
    if "packs" in data:
        cfg.packs = _str_list(data["packs"], "packs", where)
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
