"""Compiled regular expressions kept from one plancheck process to the next.

Why: a check compiles some 450 regular expressions (the lexicons' alternations, the deadline
parser, the spaCy tokenizer rules of the owner matcher, simplemma's rules), and Python's
:mod:`re` parses and compiles each one in pure Python: ~0.1 s of CPU in every check, a quarter
of a 10-page plan's and a tenth of a typical 30-page plan's. The result of that work is a list
of integers (the ``_sre`` code) that depends only on the pattern, its flags and the Python
version; this module keeps it in ``<cache>/regex/<version tag>.marshal`` and, at the start of the
next process, builds the pattern objects from it with ``_sre.compile`` (what :mod:`re` itself
calls last) and puts them in :mod:`re`'s own cache, where every ``re.compile``, ``re.search``
… of any module finds them. The objects are the ones :mod:`re` would build: an entry is written
only when the object built from it equals (``==``: pattern, flags and code) the one :mod:`re`
compiled, and the file is named after the Python build, ``_sre``'s magic number and this
format, so another Python never reads it.

Everything here is an optimisation: a missing, damaged or foreign file, a Python whose ``re``
internals differ, or a cache folder that cannot be written, all mean that :mod:`re` compiles
as before. Only :func:`plancheck.cli.main` loads the file (a library caller's ``re`` is left
alone); the processes of a check add what they compiled and the file did not have
(:func:`save`: a pattern once two processes compiled it), so after a few checks nothing is
written any more. Patterns built from a
lexicon's word sets list equal-length words in a fixed order (not the set's, which changes with
each process's hash seed), or each process would compile - and write - patterns of its own.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

from plancheck.atomicfile import write_atomic

#: changes when what is cached or how it is stored changes
_FORMAT = "plancheck-regex-1"

#: at most this many patterns are kept in the file (the newest process's first): a pattern
#: built from a document's own text must not make the file grow without end
MAX_PATTERNS = 2000

#: at most this many patterns seen once are noted (:func:`save`)
MAX_NOTED = 4000

#: the keys of ``re``'s cache this process loaded from the file or saved to it
_known: set[tuple[Any, ...]] = set()


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for the words of an alternation built from a set: the longer word first (of two
    that start alike, the longer must be tried first), words of one length in a fixed order. A
    set's own order changes with each process's hash seed, and a pattern that differs from
    process to process is compiled - and cached - anew every time. Equal-length literals cannot
    both match at one place unless they match the same text, so the order among them does not
    change what a pattern finds."""
    return -len(word), word


def _internals() -> tuple[Any, Any, Any, dict] | None:
    """``_sre``, ``re._parser``, ``re._compiler`` and ``re._cache``, when this Python has them
    as this module expects (3.11 and later); else None (nothing is cached)."""
    try:
        import _sre
        from re import _compiler, _parser

        cache = re._cache  # type: ignore[attr-defined]
    except (ImportError, AttributeError):
        return None
    if not isinstance(cache, dict) or not callable(getattr(_compiler, "_code", None)):
        return None
    return _sre, _parser, _compiler, cache


def cache_file() -> Path:
    """``<cache>/regex/<tag>.marshal``, the tag naming the Python build and ``_sre``'s version."""
    import _sre

    import platformdirs

    base = os.environ.get("PLANCHECK_CACHE_DIR") or platformdirs.user_cache_dir("plancheck")
    tag = f"{_FORMAT}|{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXREPEAT}"
    return Path(base) / "regex" / f"{hashlib.sha256(tag.encode()).hexdigest()[:24]}.marshal"


def load() -> int:
    """Make the patterns of the cache file available to :mod:`re`; how many were made so.
    A pattern :mod:`re` already holds is left as it is.

    Each pattern is built from its stored code when it is first asked for
    (:class:`_StoredPatterns`), not all at the start: the file holds up to
    :data:`MAX_PATTERNS` patterns of every plan checked on this machine, a check uses a few
    hundred of them, and building all took ~20 ms of every start. Where ``re`` does not look
    its cache up in a way that lets them be built when asked for (another Python's ``re``),
    all are built here as before."""
    parts = _internals()
    if parts is None:
        return 0
    sre, _parser, _compiler, cache = parts
    _hook_fork()
    stored: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for entry in _read():
        key = _key(entry)
        if key is None:
            continue
        _known.add(key)
        if key not in cache:
            stored[key] = entry
    lazy = _lazy_cache(cache)
    if lazy is not None:
        lazy.stored.update(stored)
        return len(stored)
    count = 0
    for key, entry in stored.items():
        compiled = _built(entry, sre)
        if compiled is not None:
            cache[key] = compiled
            count += 1
    return count


def _built(entry: tuple[Any, ...], sre: Any = None) -> Any:
    """The pattern object of a stored entry, or None for a damaged entry (then ``re``
    compiles that pattern itself)."""
    import array

    if sre is None:
        import _sre as sre
    try:
        pattern, _flags, final, code, groups, groupindex, indexgroup = entry
        return sre.compile(pattern, final, array.array("I", code).tolist(), groups, groupindex, indexgroup)
    except (TypeError, ValueError, RuntimeError, OverflowError):
        return None


class _StoredPatterns(dict):
    """``re``'s cache (its ``_cache`` dict, as a subclass), which builds a pattern of the cache
    file (``stored``) the first time ``re`` looks it up and misses (``__missing__``). A pattern
    the file does not hold, or a damaged entry, is a miss as before: ``re`` compiles it and
    puts it here itself. ``re.purge()`` empties what was built; the file's patterns are then
    built again when asked for."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.stored: dict[tuple[Any, ...], tuple[Any, ...]] = {}

    def __missing__(self, key: Any) -> Any:
        entry = self.stored.get(key)
        if entry is None:
            raise KeyError(key)
        compiled = _built(entry)
        if compiled is None:
            del self.stored[key]
            raise KeyError(key)
        self[key] = compiled
        return compiled


#: a pattern only this module asks for: does ``re`` find a stored pattern through
#: ``__missing__``? (3.11's ``re._compile`` looks up ``_cache[key]``; a ``re`` that used
#: ``_cache.get`` or ``pop`` would not, and then every pattern is built at the start)
_PROBE = r"plancheck regexcache probe (?:\d+)"


def _lazy_cache(cache: dict) -> _StoredPatterns | None:
    """``re``'s cache as a :class:`_StoredPatterns` (installed the first time), or None when
    this ``re`` does not find a stored pattern through it."""
    if isinstance(cache, _StoredPatterns):
        return cache
    lazy = _StoredPatterns(cache)
    key = (str, _PROBE, 0)
    probe = _entry_of(_PROBE)
    if probe is None:
        return None
    lazy.stored[key] = probe
    re._cache = lazy  # type: ignore[attr-defined]
    found = re._compile(_PROBE, 0)  # type: ignore[attr-defined]
    built = lazy.pop(key, None)
    del lazy.stored[key]
    if built is None or built is not found:
        re._cache = cache  # type: ignore[attr-defined]
        cache.pop(key, None)
        return None
    return lazy


def _entry_of(pattern: str) -> tuple[Any, ...] | None:
    parts = _internals()
    if parts is None:
        return None
    with contextlib.suppress(Exception):
        return _entry((str, pattern, 0), None, parts, check=False)
    return None


def _hook_fork() -> None:
    """A forked child leaves what it inherited to its parent: the patterns in ``re``'s cache
    at the fork count as known in the child, so that only what the child compiled itself is
    noted or saved by it (else a pattern of the parent's, noted by the child, would count as
    seen by two processes)."""
    global _hooked
    if not _hooked and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_inherited)
        _hooked = True


def _inherited() -> None:
    parts = _internals()
    if parts is not None:
        _known.update(parts[3])


_hooked = False


def _private_bytes(path: Path) -> bytes | None:
    """The bytes of ``path`` when only this user can have written it (owned by this user, not
    writable by group or others; on systems without owners, any file); else None.

    Why: :mod:`marshal` and ``_sre.compile`` are not hardened against crafted data, and a cache
    folder can be shared or restored from elsewhere (a CI cache filled by another job). A file
    another account could have written is ignored: the patterns are compiled again, as with no
    file."""
    try:
        st = path.stat()
        if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
            return None
        return path.read_bytes()
    except OSError:
        return None


def _stored_list(path: Path) -> list[Any]:
    """The list a file of this format holds; empty when the file is missing, damaged, of another
    format or writable by another account (:func:`_private_bytes`)."""
    raw = _private_bytes(path)
    if raw is None:
        return []
    try:
        data = marshal.loads(raw)
    except (ValueError, EOFError, TypeError):
        return []
    if isinstance(data, tuple) and len(data) == 2 and data[0] == _FORMAT and isinstance(data[1], list):
        return data[1]
    return []


def _read() -> list[tuple[Any, ...]]:
    """The entries of the cache file (see :func:`_stored_list`)."""
    return _stored_list(cache_file())


def _key(entry: Any) -> tuple[Any, ...] | None:
    """The key of ``re``'s cache an entry of the file is for (None for a malformed entry)."""
    if not (isinstance(entry, tuple) and len(entry) == 7):
        return None
    return (type(entry[0]), entry[0], entry[1])


def _entry(
    key: tuple[Any, ...], compiled: Any, parts: tuple[Any, Any, Any, dict], *, check: bool = True
) -> tuple[Any, ...] | None:
    """The cache entry of one pattern of ``re``'s cache, or None when the object built from it
    would not equal the one ``re`` compiled (then it is not cached)."""
    import array

    sre, _parser, _compiler, _cache = parts
    _type, pattern, flags = key
    if flags & re.DEBUG:
        return None
    parsed = _parser.parse(pattern, flags)
    code = array.array("I", _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (pattern, int(flags), int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    if not check:
        return entry
    rebuilt = sre.compile(pattern, entry[2], array.array("I", code).tolist(), entry[4], groupindex, entry[6])
    return entry if rebuilt == compiled else None


def save() -> int:
    """Add to the cache file the patterns :mod:`re` compiled in this process that the file did
    not hold, once a process before this one compiled them too; how many were added.

    Why twice: some patterns differ from process to process (the standard library's
    ``tokenize`` builds one from a set of string prefixes, which pydantic's start uses), and
    caching each would rewrite the file at every start and fill it with patterns never asked
    for again. A pattern seen once is only noted (a short digest in a small second file);
    seen again, it is cached."""
    parts = _internals()
    if parts is None:
        return 0
    fresh = [(key, compiled) for key, compiled in list(parts[3].items()) if key not in _known and _is_key(key)]
    if not fresh:
        return 0
    _known.update(key for key, _compiled in fresh)
    noted = _read_noted()
    seen = set(noted)
    new: list[tuple[Any, ...]] = []
    first: list[bytes] = []
    for key, compiled in fresh:
        digest = _digest(key)
        if digest not in seen:
            first.append(digest)
            continue
        with contextlib.suppress(Exception):  # a pattern re handles another way: not cached
            entry = _entry(key, compiled, parts)
            if entry is not None:
                new.append(entry)
    if first:
        with contextlib.suppress(OSError, ValueError):
            write_atomic(_noted_file(), marshal.dumps((_FORMAT, (noted + first)[-MAX_NOTED:])))
    if new:
        # what another process wrote since this one loaded the file is kept too
        ours = {_key(e) for e in new}
        kept = new + [e for e in _read() if _key(e) not in ours]
        with contextlib.suppress(OSError, ValueError):
            write_atomic(cache_file(), marshal.dumps((_FORMAT, kept[:MAX_PATTERNS])))
    return len(new)


def _is_key(key: Any) -> bool:
    """A key of ``re``'s cache as this module knows them: (type, pattern, int flags)."""
    return isinstance(key, tuple) and len(key) == 3 and isinstance(key[1], (str, bytes)) and type(key[2]) is int


def _digest(key: tuple[Any, ...]) -> bytes:
    return hashlib.blake2b(repr(key).encode("utf-8", "surrogatepass"), digest_size=8).digest()


def _noted_file() -> Path:
    return cache_file().with_suffix(".noted")


def _read_noted() -> list[bytes]:
    """The digests of the patterns seen once (:func:`save`)."""
    return [d for d in _stored_list(_noted_file()) if isinstance(d, bytes)]
