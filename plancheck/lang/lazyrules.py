"""simplemma's suffix rules imported per language, when a language first asks for them.

Why: ``import simplemma`` imports its rule modules for all 21 languages that have some
(``simplemma.strategies.defaultrules``), and each compiles its regular expressions at import:
~20-25 ms of every plancheck start, of which a document needs one language's (en, nn or sv;
nb and da have none). :func:`defer` puts in that package's place, before simplemma is first
imported, a package with the same folder and a ``RULE_FUNCTIONS`` that imports a language's
module at its first lookup. The rule functions are simplemma's own, unchanged, so lemmas are
the same.

The stand-in is only used when simplemma's ``defaultrules/__init__.py`` is exactly what it is
built from - relative imports of one ``apply_*`` function each and the ``RULE_FUNCTIONS``
table of language → function - read with :mod:`ast`; a simplemma that changed the file, or was
imported already, is left as it is (everything then works as before, only slower).
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

PACKAGE = "simplemma.strategies.defaultrules"

Rule = Callable[[str], "str | None"]


class LazyRules(Mapping[str, Rule]):
    """Language → simplemma's rule function, its module imported at the first lookup."""

    def __init__(self, modules: dict[str, tuple[str, str]]) -> None:
        self._modules = modules  # lang → (module name within PACKAGE, function name)
        self._loaded: dict[str, Rule] = {}

    def __getitem__(self, lang: str) -> Rule:
        rule = self._loaded.get(lang)
        if rule is None:
            module, function = self._modules[lang]  # KeyError: no rules for lang
            rule = self._loaded[lang] = getattr(
                importlib.import_module(f"{PACKAGE}.{module}"), function
            )
        return rule

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


def rule_modules(source: str) -> dict[str, tuple[str, str]] | None:
    """lang → (module, function) from the source of ``defaultrules/__init__.py``, or None
    when it holds anything else than the imports and the table this module stands in for."""
    functions: dict[str, str] = {}  # apply_* → its module
    table: dict[str, str] | None = None
    for node in ast.parse(source).body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the docstring
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "collections.abc":
            continue  # Callable, for the annotation
        if (
            isinstance(node, ast.ImportFrom)
            and node.level == 1
            and node.module
            and len(node.names) == 1
            and node.names[0].asname is None
        ):
            functions[node.names[0].name] = node.module
            continue
        if (
            isinstance(node, ast.AnnAssign | ast.Assign)
            and isinstance(node.value, ast.Dict)
            and [
                getattr(t, "id", None)
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            ]
            == ["RULE_FUNCTIONS"]
            and table is None
        ):
            table = {}
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                if not (
                    isinstance(key, ast.Constant)
                    and isinstance(key.value, str)
                    and isinstance(value, ast.Name)
                    and value.id in functions
                ):
                    return None
                table[key.value] = value.id
            continue
        return None
    if not table:
        return None
    return {lang: (functions[fn], fn) for lang, fn in table.items()}


def defer() -> bool:
    """Stand in for simplemma's rule package before simplemma is imported; whether it did."""
    if "simplemma" in sys.modules or PACKAGE in sys.modules:
        return False
    try:
        spec = importlib.util.find_spec("simplemma")
    except (ImportError, ValueError):
        return False
    if spec is None or not spec.submodule_search_locations:
        return False
    folder = Path(next(iter(spec.submodule_search_locations))) / "strategies" / "defaultrules"
    init = folder / "__init__.py"
    try:
        modules = rule_modules(init.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError, UnicodeDecodeError):
        return False
    if modules is None:
        return False
    package_spec = importlib.util.spec_from_file_location(
        PACKAGE, init, submodule_search_locations=[str(folder)]
    )
    if package_spec is None:
        return False
    package = importlib.util.module_from_spec(package_spec)  # not executed: nothing compiled
    package.RULE_FUNCTIONS = LazyRules(modules)  # type: ignore[attr-defined]
    sys.modules[PACKAGE] = package
    return True
