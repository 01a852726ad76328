"""The mandate matcher's word lists (words.yaml), one list per language, and the patterns
built from them.

Why: vocabulary is data. text.py (stop, plan and generic words, the verbs of a mandate),
match.py (action and target statements, process words) and points.py (process points,
background headings, deadlines) used to keep these lists in code; a planner adding a word for
a new language or a new council now edits one YAML file. The matcher uses the union over the
languages, as the lists in code did.

The patterns are regular expressions, as before, not spaCy matchers: they run on raw
sentences (before lemmatising), and the evaluation must give the same figures before and after
the move (tests/test_mandate_words.py checks the same sets and the same matches).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from plancheck import yamlfile

PATH = Path(__file__).with_name("words.yaml")


@lru_cache(maxsize=4)
def load(path: Path = PATH) -> dict[str, dict[str, list[str]]]:
    """``{list name: {language: [words]}}``; a list that is not a list of strings is an error."""
    data = yamlfile.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, dict[str, list[str]]] = {}
    for name, by_lang in data.items():
        if not isinstance(by_lang, dict):
            raise ValueError(f"{path}: {name} must map languages to word lists")
        out[name] = {}
        for lang, words in by_lang.items():
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise ValueError(f"{path}: {name}.{lang} must be a list of words")
            out[name][str(lang)] = list(words)
    return out


def words(*names: str, path: Path = PATH) -> list[str]:
    """The words of the lists ``names`` in every language, longest first (a phrase before its
    first word), each once."""
    data = load(path)
    found = {w for name in names for ws in data[name].values() for w in ws}
    return sorted(found, key=lambda w: (-len(w), w))


def word_set(*names: str, path: Path = PATH) -> frozenset[str]:
    return frozenset(words(*names, path=path))


def alternation(*names: str, prefix: str = "", path: Path = PATH) -> str:
    """``a|b|c`` of the escaped words, each after the pattern ``prefix`` (``\\w*`` for heads of
    compounds)."""
    return "|".join(prefix + re.escape(w) for w in words(*names, path=path))


def word_re(*names: str) -> re.Pattern[str]:
    """Any word of the lists, as a whole word, any case."""
    return re.compile(r"\b(" + alternation(*names) + r")\b", re.IGNORECASE)
