"""The compiled code of the methods :mod:`dataclasses` writes, kept from one plancheck process
to the next.

Why: for every dataclass (plancheck's own, pydantic's, annotated_types', pdfplumber's: some
300 in a check) :mod:`dataclasses` writes the source of ``__init__``, ``__repr__``, ``__eq__``
… as text and compiles it with ``exec`` at import: ~20-25 ms of CPU in every check, a tenth of
a one-page check's start. The code object compiled from a text depends only on that text and
the Python build, as a module's ``.pyc`` does; this module keeps them in
``<cache>/code/<version tag>.marshal`` and hands :mod:`dataclasses` the stored code object for
a text it has compiled before (``exec`` of a code object runs it in the same globals and
locals as ``exec`` of its text). The text is the key: a changed dataclass writes another text,
compiled afresh.

Everything here is an optimisation: a missing, damaged or foreign file, a cache folder that
cannot be written, or a :mod:`dataclasses` that does not write its methods with ``exec``, all
mean that the texts are compiled as before. Only :func:`plancheck.cli.main` loads the file (a
library caller's :mod:`dataclasses` is left alone); the processes of a check add what they
compiled that the file did not have (:func:`save`).
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from plancheck.atomicfile import write_atomic

#: changes when what is cached or how it is stored changes
_FORMAT = "plancheck-code-1"

#: at most this many texts are kept in the file (the newest process's first)
MAX_ENTRIES = 4000

#: the code of the texts the file held when this process loaded it
_stored: dict[str, CodeType] = {}
#: the code this process compiled itself (not in the file), for :func:`save`
_fresh: dict[str, CodeType] = {}

_builtin_exec = builtins.exec


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """``exec`` for :mod:`dataclasses`: a text compiled before runs as its stored code object.
    ``compile`` with ``dont_inherit``: ``exec`` of a text inherits the compiler flags of its
    caller (``dataclasses``, which has no ``__future__`` import), not this module's."""
    if type(source) is str:
        code = _stored.get(source)
        if code is None:
            code = _fresh.get(source)
            if code is None:
                code = _fresh[source] = compile(source, "<string>", "exec", dont_inherit=True)
        source = code
    _builtin_exec(source, globals, locals)


def _writes_with_exec() -> Any:
    """:mod:`dataclasses`, when it writes its methods with the builtin ``exec`` as this module
    expects (``_create_fn`` calls ``exec`` by name, and nothing else in the module is called
    so); else None."""
    import dataclasses

    create = getattr(dataclasses, "_create_fn", None)
    code = getattr(create, "__code__", None)
    if code is None or "exec" not in code.co_names:
        return None
    current = vars(dataclasses).get("exec")
    if current is not None and current is not _exec:
        return None  # someone else's: left alone
    return dataclasses


def cache_file() -> Path:
    """``<cache>/code/<tag>.marshal``, the tag naming the Python build, its bytecode and the
    optimisation level."""
    import importlib.util

    import platformdirs

    base = os.environ.get("PLANCHECK_CACHE_DIR") or platformdirs.user_cache_dir("plancheck")
    tag = (
        f"{_FORMAT}|{sys.version}|{sys.implementation.cache_tag}|"
        f"{importlib.util.MAGIC_NUMBER.hex()}|{sys.flags.optimize}"
    )
    return Path(base) / "code" / f"{hashlib.sha256(tag.encode()).hexdigest()[:24]}.marshal"


def load() -> int:
    """Hand :mod:`dataclasses` the code stored in the cache file; how many texts it holds."""
    dataclasses = _writes_with_exec()
    if dataclasses is None:
        return 0
    _hook_fork()
    _stored.update(_read())
    dataclasses.exec = _exec  # a module global before the builtin: only dataclasses' own calls
    return len(_stored)


def _read() -> dict[str, CodeType]:
    """The texts and code the cache file holds; empty when it is missing, damaged, of another
    format or writable by another account (code objects are run: a file someone else could
    have written is never loaded)."""
    from plancheck.regexcache import private_bytes

    raw = private_bytes(cache_file())
    if raw is None:
        return {}
    try:
        data = marshal.loads(raw)
    except (ValueError, EOFError, TypeError):
        return {}
    if not (isinstance(data, tuple) and len(data) == 2 and data[0] == _FORMAT and isinstance(data[1], dict)):
        return {}
    return {k: v for k, v in data[1].items() if type(k) is str and type(v) is CodeType}


def save() -> int:
    """Add to the cache file the code this process compiled that the file did not hold; how
    many texts were added."""
    if not _fresh:
        return 0
    new = dict(_fresh)
    _stored.update(new)
    _fresh.clear()
    kept = {**new, **{k: v for k, v in _read().items() if k not in new}}
    with contextlib.suppress(OSError, ValueError):
        write_atomic(cache_file(), marshal.dumps((_FORMAT, dict(list(kept.items())[:MAX_ENTRIES]))))
    return len(new)


def _hook_fork() -> None:
    """A forked child leaves what its parent compiled to the parent (which saves it)."""
    global _hooked
    if not _hooked and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_inherited)
        _hooked = True


def _inherited() -> None:
    _stored.update(_fresh)
    _fresh.clear()


_hooked = False
