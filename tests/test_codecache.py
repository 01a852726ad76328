"""The code of dataclasses' generated methods kept between processes (plancheck.codecache).

Each test runs fresh interpreters with their own cache folder."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

#: an invented dataclass of every kind of generated method: defaults, a factory, frozen
#: with a hash, ordering, a return annotation
DEFINE = """
import dataclasses
from plancheck import codecache
loaded = codecache.load()
@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: float = 1.5
    tags: tuple = dataclasses.field(default_factory=tuple)
@dataclasses.dataclass
class Box:
    name: str
    points: list = dataclasses.field(default_factory=list)
a, b = Point(1), Point(1, 2.0, ("n",))
box = Box("b")
box.points.append(a)
try:
    a.x = 3
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
facts = [repr(a), repr(b), a < b, a == Point(1), hash(a) == hash(Point(1)), frozen, repr(box),
         Box("b") != box, Point.__init__.__annotations__["x"] is int,
         Point.__init__.__annotations__["return"] is None]
fresh = len(codecache._fresh)
print(loaded, fresh, codecache.save(), facts)
"""


def _run(code: str, cache: Path) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PLANCHECK_CACHE_DIR": str(cache)},
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def _stored(cache: Path) -> dict:
    (path,) = (cache / "code").glob("*.marshal")
    return marshal.loads(path.read_bytes())[1]


def test_a_second_process_runs_the_stored_code_and_the_classes_behave_the_same(tmp_path):
    first = _run(DEFINE, tmp_path)
    loaded, fresh, saved, facts = first.split(" ", 3)
    assert loaded == "0" and int(fresh) > 0 and saved == fresh
    second = _run(DEFINE, tmp_path)
    loaded2, fresh2, saved2, facts2 = second.split(" ", 3)
    assert int(loaded2) >= int(fresh) and fresh2 == "0" and saved2 == "0"  # nothing compiled
    assert facts2 == facts
    import ast

    assert ast.literal_eval(facts) == [
        "Point(x=1, y=1.5, tags=())", "Point(x=1, y=2.0, tags=('n',))", True, True, True, True,
        "Box(name='b', points=[Point(x=1, y=1.5, tags=())])", True, True, True,
    ]


def test_the_stored_code_is_what_the_text_compiles_to(tmp_path):
    """Compiled as ``exec`` compiles dataclasses' text: not with this module's ``from
    __future__ import annotations`` (the annotations of ``__init__`` stay the types)."""
    _run(DEFINE, tmp_path)
    stored = _stored(tmp_path)
    assert stored
    for text, code in stored.items():
        assert code == compile(text, "<string>", "exec", dont_inherit=True)


def test_a_damaged_or_foreign_file_means_the_texts_are_compiled_as_before(tmp_path):
    first = _run(DEFINE, tmp_path)
    (path,) = (tmp_path / "code").glob("*.marshal")
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    again = _run(DEFINE, tmp_path)
    assert again.split(" ", 3)[0] == "0" and again.split(" ", 3)[3] == first.split(" ", 3)[3]
    path.write_bytes(marshal.dumps(("another-format", {"x = 1": compile("x = 1", "<string>", "exec")})))
    assert _run(DEFINE, tmp_path).split(" ", 3)[0] == "0"


def test_a_file_others_could_write_is_not_loaded(tmp_path):
    """Code objects are run: a file another account could have written is never loaded."""
    _run(DEFINE, tmp_path)
    (path,) = (tmp_path / "code").glob("*.marshal")
    os.chmod(path, 0o666)
    assert _run(DEFINE, tmp_path).split(" ", 3)[0] == "0"
