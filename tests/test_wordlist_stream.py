"""The word-list table built straight from simplemma's front-coded stream (no dict of it):
the same bytes as the table of the dict simplemma decodes, the dict path for a stream that
is not sorted, and a cold first load that holds far less memory (tests/test_speed.py covers
the table's lookups)."""

from __future__ import annotations

import tracemalloc

import pytest
from simplemma.strategies.dictionaries import dictionary_factory as factory
from simplemma.strategies.dictionaries import frontcode

from plancheck.lang import wordlists
from plancheck.lang.wordlists import SortedTable


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _stream(pairs: list[tuple[bytes, bytes]], reverse: bool = False) -> bytes:
    """A front-coded stream in simplemma's format (keys front-coded against the previous
    key, every value literal; the keys in the order given)."""
    out = bytearray(frontcode._MAGIC) + bytes([frontcode._REVERSE_FLAG if reverse else 0]) + _varint(len(pairs))
    prev = b""
    for key, value in pairs:
        shared = 0
        while shared < min(len(key), len(prev)) and key[shared] == prev[shared]:
            shared += 1
        suffix = key[shared:]
        out += _varint(shared) + _varint(len(suffix)) + suffix
        out += bytes([frontcode._LITERAL_VALUE]) + _varint(len(value)) + value
        prev = key
    return bytes(out)


# invented words, with a long shared prefix and a multi-byte varint (a 200-byte value)
PAIRS = [(b"", b"x"), (b"bord", b"bord"), (b"borda", b"bord"), (b"bordene", b"bord"),
         (b"zz", b"q" * 200), (b"\xc3\xa6ble", b"\xc3\xa6ble")]


def test_table_from_the_stream_is_the_table_of_the_dict():
    data = _stream(PAIRS)
    decoded = frontcode._decode_stream(data)
    table = SortedTable.from_stream(data)
    assert table is not None
    assert table.to_bytes() == SortedTable.from_dict(decoded).to_bytes()
    for key, value in PAIRS:
        assert table.get(key) == value


@pytest.mark.parametrize("pairs,reverse", [
    ([(b"bordet", b"bord"), (b"bord", b"bord")], False),  # out of order
    ([(b"bord", b"a"), (b"bord", b"b")], False),  # a key twice: the dict keeps the last
    ([(b"drob", b"drob"), (b"tedrob", b"drob")], True),  # keys stored reversed
])
def test_a_stream_not_sorted_as_stored_goes_through_the_dict(pairs, reverse):
    assert SortedTable.from_stream(_stream(pairs, reverse)) is None


def test_a_cut_stream_is_refused_as_simplemma_refuses_it():
    data = _stream(PAIRS)
    cut = data[: data.index(b"\xc3\xa6ble") - 2]  # ends on the record boundary before the last one
    with pytest.raises(ValueError):
        frontcode._decode_stream(cut)
    with pytest.raises(ValueError):
        SortedTable.from_stream(cut)


def test_to_bytes_of_a_mapped_table_is_its_file(tmp_path):
    """A table read from its file (keys and values at offsets of one buffer) writes that file."""
    data = SortedTable.from_dict(dict(PAIRS)).to_bytes()
    again = SortedTable.from_bytes(data)
    assert again is not None and again.to_bytes() == data


def _peak(build) -> int:
    tracemalloc.start()
    try:
        build()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_cold_build_of_a_word_list_holds_little_more_than_the_table():
    """The first load on a machine decodes the list and writes the cache: built from the
    stream, the memory at its peak is a small multiple of the table file (the dict of the
    list, sorted as a list of pairs, took several times more). lzma's own buffers are left
    out (the stream is decompressed before)."""
    data = factory._read_decompressed("nn")
    size = len(SortedTable.from_stream(data).to_bytes())
    stream = _peak(lambda: SortedTable.from_stream(data).to_bytes())
    through_dict = _peak(lambda: SortedTable.from_dict(frontcode._decode_stream(data)).to_bytes())
    assert stream < 3 * size
    assert stream < through_dict


def test_load_table_reads_the_stream_without_the_dict(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(factory, "_load_dictionary_from_disk", lambda lang: pytest.fail("the dict path"))
    table = wordlists.load_table("nn")
    assert len(table) > 100_000 and wordlists.cache_path("nn").is_file()
