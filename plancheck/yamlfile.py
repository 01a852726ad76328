"""YAML of plancheck's own data and rule packs: libyaml's C parser when PyYAML has it, and
what was parsed once kept in the user cache folder.

Why: every check reads the five lexicons and the rule pack; PyYAML's pure-Python ``safe_load``
took about a quarter of a second for them, its C ``CSafeLoader`` (the same safe subset, the
same data: a test compares both on every shipped file) a tenth of that. A document the C
parser refuses is parsed again by the pure-Python one, so an error names the problem in the
same words as before.

What the parser made of a text is then written, with :mod:`marshal`, to
``<cache>/yaml/<sha256 of the text>.marshal``; a later process with the same text reads that
back (tens of microseconds a file) without importing PyYAML at all, which with the parsing was
~30 ms of every start. The file is named after the whole text, so an edited lexicon or pack is
parsed again; a value :mod:`marshal` cannot hold (a YAML date) or a cache that cannot be
written is simply parsed every time.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

from plancheck.atomicfile import write_atomic

#: changes when what is cached changes (the loader's output, or this format)
_FORMAT = b"plancheck-yaml-1\0"


def loader() -> Any:
    """PyYAML's C safe loader where available, else its Python one."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(text: str) -> Any:
    """``yaml.safe_load(text)``, with the C parser where available (no cache)."""
    import yaml

    try:
        return yaml.load(text, Loader=loader())
    except yaml.YAMLError:
        return yaml.safe_load(text)  # raises the pure-Python parser's error


def is_yaml_error(exc: BaseException) -> bool:
    """Is ``exc`` PyYAML's parse error? (PyYAML is imported only when something is parsed.)"""
    yaml = sys.modules.get("yaml")
    return yaml is not None and isinstance(exc, yaml.YAMLError)


def _cache_file(text: str) -> Path:
    import platformdirs

    base = os.environ.get("PLANCHECK_CACHE_DIR") or platformdirs.user_cache_dir("plancheck")
    digest = hashlib.sha256(_FORMAT + text.encode("utf-8", "surrogatepass")).hexdigest()
    return Path(base) / "yaml" / f"{digest}.marshal"


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``: from the cache when this text was parsed before, else parsed
    (:func:`parse`) and kept. Parse errors are raised as PyYAML raises them; nothing is cached
    for them."""
    path = _cache_file(text)
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        return marshal.loads(path.read_bytes())
    value = parse(text)
    try:
        data = marshal.dumps(value)
    except ValueError:  # a type marshal cannot hold: parse every time
        return value
    with contextlib.suppress(OSError):
        write_atomic(path, data)
    return value




def load_user_yaml(path: Path, what: str = "gold file") -> Any:
    """A YAML file a user wrote (a gold file, a calibration), parsed with ``yaml.safe_load``; a
    file that cannot be read or parsed raises :class:`plancheck.errors.InputError` with one line
    naming the file, the line and the problem.

    Why: ``plancheck eval`` reads folders of hand-written gold; one stray colon must end the run
    with a clear message and exit 2, not a parser traceback."""
    import yaml

    from plancheck.errors import InputError

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the {what} ({exc.__class__.__name__})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise InputError(f"{path}: the {what} is not valid YAML{where}: {problem}") from None
