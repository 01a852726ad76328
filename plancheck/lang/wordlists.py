"""simplemma's word lists, decoded once per machine instead of once per process.

Why: simplemma 2 ships each language's word list front-coded and lzma-compressed, and decodes
it in pure Python at the first lookup of every process: 0.1-0.6 s and 20-70 MB per language
(bokmål is the largest, 640,000 entries), which was most of a one-page check. The decoded list
is written once to the user cache folder as a sorted table (keys and values in two byte
strings with their offsets) and mapped back into memory (``mmap``): nothing is read or
copied at load, a lookup reads the few pages it touches, and the children of a batch share
them (no reference counts to touch).
A lookup is a binary search (about 20 comparisons); plancheck asks a few hundred words per
document (its own lookups are cached), so this costs milliseconds.

The lookups are the same: the table holds exactly the ``dict`` simplemma decodes
(:func:`simplemma.strategies.dictionaries.dictionary_factory._load_dictionary_from_disk`),
and the cache file is named after simplemma's version, written whole or not at all, checked by
its format, lengths and offsets (its CRC too when asked), and decoded again when anything
does not match. :func:`install` makes simplemma's shared dictionary factory
(used by ``simplemma.is_known``, ``lemmatize`` and ``langdetect``) read the lists through this
module, so every caller in plancheck gets them without changing how it calls simplemma.

The cache lives in ``$PLANCHECK_CACHE_DIR/wordlists`` or the user cache folder; when it cannot
be written, the table is built in memory (as slow as before, never wrong).
"""

from __future__ import annotations

import contextlib
import mmap
import os
import struct
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from simplemma.__metadata__ import __version__ as SIMPLEMMA_VERSION
from simplemma.strategies.dictionaries import dictionary_factory as _factory

from plancheck.atomicfile import write_atomic

_MAGIC = b"plancheck-wordlist-1\n"
#: what a table's bytes are kept in: ``bytes``, the cache file mapped, or (built from the
#: stream, in the process that decoded the list) a ``bytearray``
Buffer = bytes | bytearray | mmap.mmap
_HEADER = struct.Struct("<5Q")  # entries, key bytes, value bytes, offset bytes, crc32

#: the languages whose lists were loaded in this process, in order (what a check paid for)
LOADED: list[str] = []


class SortedTable:
    """Sorted ``bytes`` keys and their values in two byte strings, with start offsets.

    ``keys`` and ``values`` may be one larger buffer (the cache file, mapped) with the table's
    bytes starting at ``key_base`` and ``value_base``: a slice of it is the ``bytes`` of one
    key, so a lookup reads a few pages of the file and nothing is copied at load."""

    __slots__ = ("count", "key_at", "key_base", "keys", "value_at", "value_base", "values")

    def __init__(
        self,
        keys: Buffer,
        key_at: Sequence[int],
        values: Buffer,
        value_at: Sequence[int],
        key_base: int = 0,
        value_base: int = 0,
    ) -> None:
        self.keys, self.key_at, self.values, self.value_at = keys, key_at, values, value_at
        self.key_base, self.value_base = key_base, value_base
        self.count = len(key_at) - 1

    @classmethod
    def from_dict(cls, d: dict[bytes, bytes]) -> SortedTable:
        # the keys sorted, each pair appended in turn: a list of (key, value) tuples would
        # hold two more objects per entry (more than the dict itself for a 600,000-entry list)
        key_at, value_at = array("Q", [0]), array("Q", [0])
        keys, values = bytearray(), bytearray()
        for k in sorted(d):
            keys += k
            values += d[k]
            key_at.append(len(keys))
            value_at.append(len(values))
        return cls(bytes(keys), key_at, bytes(values), value_at)

    @classmethod
    def from_stream(cls, data: bytes) -> SortedTable | None:
        """The table of simplemma's front-coded stream (``data``, decompressed) read record by
        record, without the ``dict`` of it: the same table as :meth:`from_dict` of the dict
        simplemma decodes when the stream's keys are stored as they are and strictly
        increasing (then sorted and each once, so the dict holds every record as it stands);
        None for another stream (its keys stored reversed, or out of order), which then goes
        through the dict.

        Why: the dict of a 600,000-entry list and the sort of it took ~100 MB more than the
        table at the first check on a machine (the cold cache), most of that check's peak."""
        try:
            from simplemma.strategies.dictionaries.frontcode import _iter_records, _read_header
        except ImportError:  # another simplemma: the dict path
            return None
        reverse_key, count, pos = _read_header(data)
        if reverse_key:
            return None
        key_at, value_at = array("Q", [0]), array("Q", [0])
        keys, values = bytearray(), bytearray()
        prev = None
        n = 0
        for _start, key, value in _iter_records(data, pos):
            if prev is not None and key <= prev:
                return None
            keys += key
            values += value
            key_at.append(len(keys))
            value_at.append(len(values))
            prev = key
            n += 1
        if n != count:  # as simplemma's decoder: a stream cut at a record boundary
            raise ValueError("truncated or corrupt front-coded stream")
        # the byte arrays kept as they are (a copy to ``bytes`` would double the list)
        return cls(keys, key_at, values, value_at)

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i: int) -> bytes:  # the i-th key, for bisect
        base = self.key_base
        return self.keys[base + self.key_at[i] : base + self.key_at[i + 1]]

    def get(self, key: bytes) -> bytes | None:
        i = bisect_left(self, key)
        if i < self.count and self[i] == key:
            base = self.value_base
            return self.values[base + self.value_at[i] : base + self.value_at[i + 1]]
        return None

    def iter_keys(self) -> Iterator[bytes]:
        return (self[i] for i in range(self.count))

    def parts(self) -> tuple[bytes | memoryview, ...]:
        """The bytes of :meth:`to_bytes` in parts, the byte strings as views (a cache file is
        written part by part: joined, they are one more copy of a 30 MB list)."""
        base_k, base_v = self.key_base, self.value_base
        nk, nv = self.key_at[-1], self.value_at[-1]
        offsets = array("Q", self.key_at).tobytes() + array("Q", self.value_at).tobytes()
        body = (
            memoryview(self.keys)[base_k : base_k + nk],
            memoryview(self.values)[base_v : base_v + nv],
            offsets,
        )
        crc = 0
        for part in body:
            crc = zlib.crc32(part, crc)
        return (_MAGIC, _HEADER.pack(self.count, nk, nv, len(offsets), crc), *body)

    def to_bytes(self) -> bytes:
        return b"".join(self.parts())

    @classmethod
    def from_bytes(cls, data: Buffer, *, check_crc: bool = True) -> SortedTable | None:
        """The table written by :meth:`to_bytes` (``bytes`` or a mapped file), or None when
        ``data`` is not one (truncated, another format, offsets that do not end where the
        byte strings do, or - with ``check_crc`` - any changed byte).

        :func:`load_table` leaves the CRC out (reading every byte of a 20 MB list was ~30 ms
        of each check): the file is only ever replaced whole (:func:`plancheck.atomicfile.write_atomic`), so what it
        can meet is a missing, older or cut-off file, which the other checks refuse."""
        start = len(_MAGIC) + _HEADER.size
        if len(data) < start or data[: len(_MAGIC)] != _MAGIC:
            return None
        count, nk, nv, no, crc = _HEADER.unpack_from(data, len(_MAGIC))
        if len(data) != start + nk + nv + no or no != 16 * (count + 1):
            return None
        view = memoryview(data)
        if check_crc and zlib.crc32(view[start:]) != crc:
            return None
        offsets = view[start + nk + nv :]
        key_at, value_at = offsets[: no // 2].cast("Q"), offsets[no // 2 :].cast("Q")
        if key_at[0] != 0 or value_at[0] != 0 or key_at[-1] != nk or value_at[-1] != nv:
            return None
        return cls(data, key_at, data, value_at, key_base=start, value_base=start + nk)


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




def _mapped(path: Path) -> mmap.mmap:
    """The file mapped read-only: pages are read as lookups touch them, and the children of a
    batch share them (the mapping stays valid after the file is replaced or closed)."""
    with path.open("rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def load_table(lang: str) -> SortedTable:
    """The word list of ``lang`` (a simplemma language code): from the cache, or decoded by
    simplemma and written to the cache."""
    path = cache_path(lang)
    try:
        table = SortedTable.from_bytes(_mapped(path), check_crc=False)
    except (OSError, ValueError):  # no file, or an empty one (which cannot be mapped)
        table = None
    if table is None:
        data = _factory._read_decompressed(lang)
        table = SortedTable.from_stream(data)
        if table is None:
            table = SortedTable.from_dict(_factory._load_dictionary_from_disk(lang))
        del data
        with contextlib.suppress(OSError):  # a read-only cache: decode again next time
            write_atomic(path, table.parts())
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
