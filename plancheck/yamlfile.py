"""YAML of plancheck's own data and rule packs, read with libyaml's C parser when PyYAML has it.

Why: every check reads the five lexicons and the rule pack; PyYAML's pure-Python ``safe_load``
took about a quarter of a second for them, its C ``CSafeLoader`` (the same safe subset, the
same data: a test compares both on every shipped file) a tenth of that. A document the C
parser refuses is parsed again by the pure-Python one, so an error names the problem in the
same words as before.
"""

from __future__ import annotations

from typing import Any

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``, with the C parser where available."""
    try:
        return yaml.load(text, Loader=SafeLoader)
    except yaml.YAMLError:
        return yaml.safe_load(text)  # raises the pure-Python parser's error
