"""Compiled regular expressions kept between processes (plancheck.regexcache).

Each test runs fresh interpreters with their own cache folder: what is cached is decided by
what other processes compiled before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from plancheck.regexcache import longest_first
from tests.conftest import ROOT

#: patterns of every kind re keeps apart: groups, names, flags, bytes, lookarounds, classes
PATTERNS = [
    (r"(?P<y>(?:19|20)\d{2})\s*[-–]\s*(?P<z>\d{2,4})", 0),
    (r"(?<!\w)(?:før|innen|by)\s+(?:the\s+)?$", "I"),
    (r"^\s*[«\"“]?(?P<w>[^\W\d_]{3,}?(?:mål|plan))\b", 0),
    (rb"^(\d+)\s+(\d+)\s+obj\b", 0),
    (r"[\u00A6\u00A9\u00AE\u00B0]+|(?=x)y?|a{2,5}?", "X"),
]

COMPILE = f"""
import re
from plancheck import regexcache
loaded = regexcache.load()
for p, f in {PATTERNS!r}:
    re.compile(p, getattr(re, f) if f else 0)
print(loaded, regexcache.save())
"""


def _run(code: str, cache: Path, **env: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PLANCHECK_CACHE_DIR": str(cache), **env},
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def _cached(cache: Path) -> set[tuple]:
    import marshal

    files = list((cache / "regex").glob("*.marshal"))
    if not files:
        return set()
    return {(e[0], e[1]) for e in marshal.loads(files[0].read_bytes())[1]}


def test_a_pattern_is_cached_once_two_processes_compiled_it(tmp_path):
    first = _run(COMPILE, tmp_path)
    assert first.split()[1] == "0"  # seen once: only noted
    assert not any(p for p, _f in _cached(tmp_path) if p in {p for p, _ in PATTERNS})
    _run(COMPILE, tmp_path)  # seen again: cached
    assert {p for p, _f in PATTERNS} <= {p for p, _f in _cached(tmp_path)}
    third = _run(COMPILE, tmp_path)
    assert third.split()[1] == "0"  # nothing new to write


def test_patterns_from_the_cache_are_the_ones_re_compiles_and_are_not_parsed_again(tmp_path):
    for _ in range(2):
        _run(COMPILE, tmp_path)
    code = f"""
import re
from re import _parser
from plancheck import regexcache
regexcache.load()
parse = _parser.parse
asked = []
def counted(p, flags=0, state=None):
    asked.append(p)
    return parse(p, flags, state) if state is not None else parse(p, flags)
_parser.parse = counted
got = [re.compile(p, getattr(re, f) if f else 0) for p, f in {PATTERNS!r}]
_parser.parse = parse
print(len([p for p, _ in {PATTERNS!r} if p in asked]))
re.purge()
fresh = [re.compile(p, getattr(re, f) if f else 0) for p, f in {PATTERNS!r}]
print(all(a == b and a is not b for a, b in zip(got, fresh)))
texts = ["2024 – 2030", "før the ", "«Hovudmål", "12 0 obj", "¦©x aaa"]
same = all(
    [m.span() for m in a.finditer(t.encode() if isinstance(a.pattern, bytes) else t)]
    == [m.span() for m in b.finditer(t.encode() if isinstance(b.pattern, bytes) else t)]
    and a.groupindex == b.groupindex and a.groups == b.groups and a.flags == b.flags
    for a, b, t in zip(got, fresh, texts)
)
print(same)
"""
    parsed, equal, same = _run(code, tmp_path).splitlines()
    assert parsed == "0"  # every pattern came from the cache
    assert equal == "True" and same == "True"


def test_a_damaged_or_foreign_cache_file_means_re_compiles_as_before(tmp_path):
    for _ in range(2):
        _run(COMPILE, tmp_path)
    (target,) = (tmp_path / "regex").glob("*.marshal")
    target.write_bytes(target.read_bytes()[: len(target.read_bytes()) // 2])
    assert _run(COMPILE, tmp_path).split()[0] == "0"
    target.write_bytes(b"not marshal at all")
    assert _run(COMPILE, tmp_path).split()[0] == "0"


def test_a_forked_child_does_not_count_what_it_inherited(tmp_path):
    """The parent compiles a pattern, a forked child saves: the pattern is the parent's to
    note, so one parent and its child are not two processes that compiled it."""
    code = """
import os, re
from plancheck import regexcache
regexcache.load()
re.compile(r"only (?:in|the) parent \\d+")
pid = os.fork()
if pid == 0:
    regexcache.save()
    os._exit(0)
os.waitpid(pid, 0)
print(regexcache.save())
"""
    assert _run(code, tmp_path) == "0"
    assert not any("only (?:in" in str(p) for p, _f in _cached(tmp_path))


def test_longest_first_puts_longer_words_first_and_orders_ties():
    words = {"innen", "før", "by", "inden", "within", "ved"}
    assert sorted(words, key=longest_first) == ["within", "inden", "innen", "før", "ved", "by"]


def test_patterns_built_from_word_sets_do_not_depend_on_the_hash_seed(tmp_path):
    """The alternations of the deadline parser, the timeframe keys, the labels, the owner
    statements, the counted announcements ("three strategies") and the purpose openings are
    the same in every process, or each would compile (and cache) its own."""
    code = """
from plancheck.lang import deadlines, timekey
from plancheck.extract import plan, roles
rx = [p for p, _b in deadlines._PATTERNS]
rx += [deadlines._BEFORE.pattern, deadlines._STATED.pattern, timekey._term_rx().pattern]
rx += [roles._LABEL.pattern, roles._pointer().pattern]
rx += [plan._owner_statement().pattern, plan._owner_statement_inverted().pattern]
rx += [plan._counted_roles().pattern, plan._purpose_opening().pattern]
import hashlib
print(hashlib.sha256("\\n".join(rx).encode()).hexdigest())
"""
    seeds = {_run(code, tmp_path, PYTHONHASHSEED=str(seed)) for seed in (1, 2, 3)}
    assert len(seeds) == 1


def test_a_file_others_could_write_is_not_loaded(tmp_path, monkeypatch):
    """A cache file writable by group or others (a shared or restored folder) is ignored: its
    patterns are compiled again, never built from data another account could have crafted."""
    import os

    from plancheck import regexcache

    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path))
    path = regexcache.cache_file()
    path.parent.mkdir(parents=True)
    entry = ("plancheck-test-pattern-(a|b)", 32, 0, [1, 2, 3], 2, {}, (None, None))
    path.write_bytes(__import__("marshal").dumps((regexcache._FORMAT, [entry])))
    os.chmod(path, 0o600)
    assert regexcache._read() == [entry]
    os.chmod(path, 0o666)
    assert regexcache._read() == []


def test_a_stored_pattern_is_built_when_first_asked_for_not_at_load(tmp_path):
    """The file holds the patterns of every plan checked on the machine (up to MAX_PATTERNS); a
    check asks for a few hundred. Loading makes them available; each is built from its stored
    code when re first asks for it (not parsed: the same object as before), and again after
    re.purge()."""
    for _ in range(2):
        _run(COMPILE, tmp_path)
    code = f"""
import re
from re import _parser
from plancheck import regexcache
pats = [(p, getattr(re, f) if f else 0) for p, f in {PATTERNS!r}]
keys = [(type(p), p, int(f)) for p, f in pats]
loaded = regexcache.load()
before = [k in re._cache for k in keys]
parse = _parser.parse
asked = []
def counted(p, flags=0, state=None):
    asked.append(p)
    return parse(p, flags, state) if state is not None else parse(p, flags)
_parser.parse = counted
first = re.compile(*pats[0])
after = [k in re._cache for k in keys]
re.purge()
again = re.compile(*pats[0])
_parser.parse = parse
print(loaded >= len(pats), any(before), after.count(True), len(asked), first == again)
"""
    assert _run(code, tmp_path) == "True False 1 0 True"
