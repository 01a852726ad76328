"""simplemma's word lists, decoded once per machine instead of once per process.

Why: simplemma 2 ships each language's word list front-coded and lzma-compressed, and decodes
it in pure Python at the first lookup of every process: 0.1-0.6 s and 20-70 MB per language
(bokmål is the largest, 640,000 entries), which was most of a one-page check. The decoded list
is written once to the user cache folder as a sorted table (keys and values in two byte
strings with their offsets) and read back with one ``read``: milliseconds, about 20 MB for
bokmål, and shared page for page by the children of a batch (no reference counts to touch).
A lookup is a binary search (about 20 comparisons); plancheck asks a few hundred words per
document (its own lookups are cached), so this costs milliseconds.

The lookups are the same: the table holds exactly the ``dict`` simplemma decodes
(:func:`simplemma.strategies.dictionaries.dictionary_factory._load_dictionary_from_disk`),
and the cache file is named after simplemma's version, checked by length and CRC, and decoded
again when anything does not match. :func:`install` makes simplemma's shared dictionary factory
(used by ``simplemma.is_known``, ``lemmatize`` and ``langdetect``) read the lists through this
module, so every caller in plancheck gets them without changing how it calls simplemma.

The cache lives in ``$PLANCHECK_CACHE_DIR/wordlists`` or the user cache folder; when it cannot
be written, the table is built in memory (as slow as before, never wrong).
"""

from __future__ import annotations

import contextlib
import os
import struct
import tempfile
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from simplemma.__metadata__ import __version__ as SIMPLEMMA_VERSION
from simplemma.strategies.dictionaries import dictionary_factory as _factory

_MAGIC = b"plancheck-wordlist-1\n"
_HEADER = struct.Struct("<5Q")  # entries, key bytes, value bytes, offset bytes, crc32

#: the languages whose lists were loaded in this process, in order (what a check paid for)
LOADED: list[str] = []


class SortedTable:
    """Sorted ``bytes`` keys and their values in two byte strings, with start offsets."""

    __slots__ = ("count", "key_at", "keys", "value_at", "values")

    def __init__(self, keys: bytes, key_at: array, values: bytes, value_at: array) -> None:
        self.keys, self.key_at, self.values, self.value_at = keys, key_at, values, value_at
        self.count = len(key_at) - 1

    @classmethod
    def from_dict(cls, d: dict[bytes, bytes]) -> SortedTable:
        items = sorted(d.items())
        key_at, value_at = array("Q", [0]), array("Q", [0])
        for k, v in items:
            key_at.append(key_at[-1] + len(k))
            value_at.append(value_at[-1] + len(v))
        return cls(
            b"".join(k for k, _ in items), key_at, b"".join(v for _, v in items), value_at
        )

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i: int) -> bytes:  # the i-th key, for bisect
        return self.keys[self.key_at[i] : self.key_at[i + 1]]

    def get(self, key: bytes) -> bytes | None:
        i = bisect_left(self, key)
        if i < self.count and self[i] == key:
            return self.values[self.value_at[i] : self.value_at[i + 1]]
        return None

    def iter_keys(self) -> Iterator[bytes]:
        return (self[i] for i in range(self.count))

    def to_bytes(self) -> bytes:
        offsets = self.key_at.tobytes() + self.value_at.tobytes()
        body = self.keys + self.values + offsets
        header = _HEADER.pack(self.count, len(self.keys), len(self.values), len(offsets), zlib.crc32(body))
        return _MAGIC + header + body

    @classmethod
    def from_bytes(cls, data: bytes) -> SortedTable | None:
        """The table written by :meth:`to_bytes`, or None when ``data`` is not one (truncated,
        damaged, another format)."""
        start = len(_MAGIC) + _HEADER.size
        if not data.startswith(_MAGIC) or len(data) < start:
            return None
        count, nk, nv, no, crc = _HEADER.unpack_from(data, len(_MAGIC))
        if len(data) != start + nk + nv + no or no != 16 * (count + 1):
            return None
        if zlib.crc32(memoryview(data)[start:]) != crc:
            return None
        key_at, value_at = array("Q"), array("Q")
        offsets = memoryview(data)[start + nk + nv :]
        key_at.frombytes(offsets[: no // 2])
        value_at.frombytes(offsets[no // 2 :])
        if key_at[-1] != nk or value_at[-1] != nv:
            return None
        return cls(data[start : start + nk], key_at, data[start + nk : start + nk + nv], value_at)


class WordList(_factory.DecodedStrMapping):
    """simplemma's str → str view (what its strategies call ``.get`` on) over a table."""

    __slots__ = ("_table",)

    def __init__(self, table: SortedTable) -> None:
        self._table = table

    def _lookup(self, key: str) -> str | None:
        value = self._table.get(key.encode())
        return value.decode() if value is not None else None

    def __iter__(self) -> Iterator[str]:
        return (k.decode() for k in self._table.iter_keys())

    def __len__(self) -> int:
        return len(self._table)


def cache_path(lang: str) -> Path:
    import platformdirs

    base = os.environ.get("PLANCHECK_CACHE_DIR") or platformdirs.user_cache_dir("plancheck")
    return Path(base) / "wordlists" / f"simplemma-{SIMPLEMMA_VERSION}-{lang}.bin"


def _write(path: Path, data: bytes) -> None:
    """Write atomically (a parallel process reads the old file or the whole new one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_table(lang: str) -> SortedTable:
    """The word list of ``lang`` (a simplemma language code): from the cache, or decoded by
    simplemma and written to the cache."""
    path = cache_path(lang)
    try:
        table = SortedTable.from_bytes(path.read_bytes())
    except OSError:
        table = None
    if table is None:
        table = SortedTable.from_dict(_factory._load_dictionary_from_disk(lang))
        with contextlib.suppress(OSError):  # a read-only cache: decode again next time
            _write(path, table.to_bytes())
    LOADED.append(lang)
    return table


def _get_dictionary(lang: str) -> WordList:
    if lang not in _factory.SUPPORTED_LANGUAGES:
        raise ValueError(f"Unsupported language: {lang}")
    return WordList(load_table(lang))


def install() -> None:
    """Make simplemma's shared dictionary factory read its lists through :func:`load_table`
    (once per process; its own cache of eight languages is kept)."""
    default = _factory.DEFAULT_DICTIONARY_FACTORY
    if getattr(default._get_dictionary, "_plancheck", False):
        return
    cached = lru_cache(maxsize=8)(_get_dictionary)
    cached._plancheck = True  # type: ignore[attr-defined]
    default._get_dictionary = cached
