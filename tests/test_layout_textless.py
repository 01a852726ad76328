"""Content streams read for their graphics without their text (:func:`without_text`).

pdfminer must run the same non-text operators with the same operands on the stream less its
text as on the whole stream: checked on hand-built streams and, as a property, on streams of
random tokens (text and path operators, strings with nested parentheses, arrays, stray
operands left on pdfminer's stack, and the things that must leave a stream whole). The table
pages of the corpus draw the same lines, rectangles and curves both ways
(``tests/test_layout_plumber.py`` finds the same tables on them).
"""

from __future__ import annotations

from io import BytesIO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.layout.plumber import TEXT_OPERATORS, content_objects, graphics_stream, without_text

#: the text operators of the PDF reference (kept apart from the module's own table, so that a
#: wrong entry there shows)
TEXT = {"Tc", "Tw", "Tz", "TL", "Tf", "Tr", "Ts", "Td", "TD", "Tm", "T*", "Tj", "TJ", "'", '"'}


def operations(data: bytes) -> list[tuple[str, list]]:
    """The operators pdfminer runs on ``data`` with the operands each takes off the stack
    (as ``PDFPageInterpreter.execute`` pops them), text operators left out."""
    from pdfminer.pdfinterp import PDFContentParser, PDFPageInterpreter
    from pdfminer.psexceptions import PSEOF
    from pdfminer.psparser import PSKeyword, keyword_name

    class Stream:
        def __init__(self, data: bytes) -> None:
            self.data = data

        def get_data(self) -> bytes:
            return self.data

    from pdfminer import pdfinterp

    original = pdfinterp.stream_value
    pdfinterp.stream_value = lambda s: s  # the fake stream above, as it is
    try:
        parser = PDFContentParser([Stream(data)])
        parser.fp = BytesIO(data)
        stack: list = []
        out: list[tuple[str, list]] = []
        while True:
            try:
                _pos, obj = parser.nextobject()
            except PSEOF:
                break
            if isinstance(obj, PSKeyword):
                name = keyword_name(obj)
                method = "do_" + name.replace("*", "_a").replace('"', "_w").replace("'", "_q")
                func = getattr(PDFPageInterpreter, method, None)
                if func is None:
                    continue
                n = func.__code__.co_argcount - 1
                args = stack[-n:] if n else []
                if n:
                    del stack[-n:]
                if name not in TEXT:
                    out.append((name, args))
            else:
                stack.append(obj)
        return out
    finally:
        pdfinterp.stream_value = original


def test_text_operators_and_their_operands_go_paths_and_colours_stay() -> None:
    data = b"q 1 0 0 RG 10 10 m 20 20 l S BT /F1 12 Tf 0 g 72 700 Td (Hello \\(x\\)) Tj [(W)30(orld)] TJ T* ET Q"
    out = without_text(data)
    assert out is not None
    for gone in (b"Tf", b"Td", b"Tj", b"TJ", b"Hello", b"T*", b"/F1"):
        assert gone not in out
    assert operations(out) == operations(data)
    assert [name for name, _ in operations(out)] == ["q", "RG", "m", "l", "S", "BT", "g", "ET", "Q"]


def test_nested_parentheses_and_hex_strings() -> None:
    data = b"BT (a(b)c) Tj <48656C6C6F> Tj ET 0 0 m 5 5 l S /Span<</ActualText<FEFF0009>>> BDC EMC"
    out = without_text(data)
    assert out is not None and b"Tj" not in out
    assert operations(out) == operations(data)


@pytest.mark.parametrize(
    "data",
    [
        b"0 0 m 1 1 l S",  # a stream without text: nothing to leave out
        b"BT (a) Tj ET BI /W 1 /H 1 ID x EI",  # an inline image: pdfminer reads its bytes itself
        b"BT 5 Td ET",  # Td would take an operand pushed before the last keyword
        b"BT (\\777) Tj ET",  # an octal escape pdfminer refuses
        b"BT (open Tj ET",  # a string that is not closed
        b"BT (a) Tj ET 1.2.3 0 m",  # a number pdfminer reads as two
        b"BT (a) Tj ET { 1 } 0 0 m",  # a procedure
        b"BT (a) Tj ET 0\x00 0 m",  # a NUL byte
    ],
)
def test_left_whole(data: bytes) -> None:
    assert without_text(data) is None


def test_text_that_spells_an_inline_image_keyword_is_cut() -> None:
    # "GUIDING" holds "ID", "TID" too: text in a TJ array, not pdfminer's inline-image keyword
    data = b"BT [(GUIDING)-3(TID)] TJ (EIDs) Tj ET 0 0 m 5 5 l S "
    out = without_text(data)
    assert out is not None and b"GUIDING" not in out
    assert operations(out) == operations(data)
    assert without_text(b"BT [(a) BI] TJ ET 0 0 m ") is None  # a keyword BI in an array


def test_extra_operands_stay_on_the_stack_as_before() -> None:
    # Tj takes the last operand; the 7 stays for the next operator, as pdfminer has it
    data = b"1 2 3 7 (x) Tj re f"
    out = without_text(data)
    assert out is not None
    assert operations(out) == operations(data) == [("re", [1, 2, 3, 7]), ("f", [])]


OPERANDS = st.one_of(
    st.integers(-1000, 1000).map(lambda n: str(n).encode()),
    st.floats(-1000, 1000, allow_nan=False).map(lambda x: f"{x:.2f}".encode()),
    st.sampled_from(
        [b"true", b"<>", b"<4142>", b"/F1", b"/", b"(a(b)c)", b"(\\))", b"<</MCID 3>>"]
    ),
    st.text("ab()\\ 7", max_size=8).map(lambda s: b"(" + s.encode() + b")"),
    # text that spells an inline-image keyword ("GUIDING", "TID") is no keyword; BI itself is
    st.lists(
        st.sampled_from(
            [b"(ab)", b"-250", b"<41>", b"3.5", b"(a(b)c)", b"%c\n", b"(TID)", b"(a\\)BI)", b"BI"]
        ),
        max_size=4,
    ).map(lambda xs: b"[" + b" ".join(xs) + b"]"),
)
#: operators with how many operands they take: the text operators and some others
OPERATORS = [
    *TEXT_OPERATORS.items(),
    (b"BT", 0),
    (b"ET", 0),
    (b"q", 0),
    (b"Q", 0),
    (b"m", 2),
    (b"l", 2),
]
OPERATORS += [
    (b"re", 4),
    (b"S", 0),
    (b"cm", 6),
    (b"rg", 3),
    (b"w", 1),
    (b"BDC", 2),
    (b"EMC", 0),
    (b"null", 0),
]
#: tokens that pdfminer reads in its own way (or that make a stream be left whole), one at most
#: per stream so that most streams are cut
ODD = st.sampled_from(
    [b"<<", b">>", b"BI", b"1.2.3", b"-", b"\\", b"(", b")", b"\x00", b"{", b"[", b"]"]
)


@st.composite
def operation(draw) -> bytes:
    """An operator with its operands; now and then one too many or too few."""
    name, arity = draw(st.sampled_from(OPERATORS))
    n = max(0, arity + draw(st.sampled_from([0, 0, 0, 0, 1, -1])))
    return b" ".join([*(draw(OPERANDS) for _ in range(n)), name])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(operation(), max_size=20),
    st.lists(st.tuples(st.integers(0, 20), ODD), max_size=1),
    st.sampled_from([b" ", b"\n", b""]),
)
def test_pdfminer_runs_the_same_operators_without_the_text(
    ops: list[bytes], odd: list[tuple[int, bytes]], sep: bytes
) -> None:
    for at, token in odd:
        ops.insert(at, token)
    data = sep.join(ops)
    out = without_text(data)
    if out is None:
        return
    assert operations(out) == operations(data)


# --------------------------------------------------------------------------- what draws nothing

PATH = {"m", "l", "c", "v", "y", "h", "re"}
PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}


def painted(data: bytes) -> list[tuple]:
    """What pdfminer paints from ``data``, as the device sees it: every painted path with the
    graphics state set for it (the operators since the page began, less those a ``Q`` undid).
    Clipping (``W``) draws nothing in pdfminer, nor does text on the graphics-only device."""
    path: list = []
    state: list = []
    saved: list[list] = []
    out: list[tuple] = []
    for name, args in operations(data):
        if name in PATH:
            path.append((name, args))
        elif name in PAINT:
            if name != "n":
                out.append((name, tuple(path), tuple(state)))
            path = []
        elif name == "q":
            saved.append(list(state))
        elif name == "Q":
            if saved:
                state = saved.pop()
        elif name not in ("W", "W*", "BT", "ET"):
            state.append((name, args))
    return out


def test_cell_clips_and_empty_groups_go_what_is_drawn_stays() -> None:
    data = (
        b"q 0 0 612 792 re W n q 1 0 0 1 10 10 cm BT /F1 9 Tf (cell) Tj ET Q "
        b"q 10 10 50 20 re W* n BT (x) Tj ET Q 0.5 g 10 10 50 0.5 re f Q"
    )
    out = graphics_stream(data)
    assert out is not None
    assert b"W" not in out and b"BT" not in out and b"Tj" not in out
    assert painted(out) == painted(data)
    assert [name for name, _ in operations(out)] == ["q", "q", "cm", "Q", "g", "re", "f", "Q"]


@pytest.mark.parametrize(
    "data, left",
    [
        (b"0 0 m 10 10 l 0 0 5 5 re W n S", b"re W n"),  # the clip ends a path being built
        (b"0 0 m q 0 0 5 5 re W n Q 10 10 l S", b"re W n"),  # a q between does not end it
        (b"1 0 0 5 5 re W n 2 0 0 1 1 re f", b"1"),  # an operand more stays on the stack
        (b"q 1 Q 2 0 0 1 re f", b"q 1 Q"),  # Q with an operand before it
    ],
)
def test_what_could_draw_stays(data: bytes, left: bytes) -> None:
    out = graphics_stream(data)
    assert painted(out if out is not None else data) == painted(data)
    assert left in (out if out is not None else data)


CLIP = st.sampled_from(
    [b"0 0 5 5 re W n", b"1 2 3 4 re W* n", b"0 0 5 5 re W", b"re W n", b"q Q", b"BT ET"]
)
DRAWING = [(b"W", 0), (b"W*", 0), (b"n", 0), (b"f", 0), (b"g", 1), (b"h", 0)]


@st.composite
def drawing_operation(draw) -> bytes:
    name, arity = draw(st.sampled_from(OPERATORS + DRAWING))
    n = max(0, arity + draw(st.sampled_from([0, 0, 0, 0, 1, -1])))
    return b" ".join([*(draw(OPERANDS) for _ in range(n)), name])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(drawing_operation(), CLIP), max_size=25), st.sampled_from([b" ", b"\n"]))
def test_pdfminer_paints_the_same_without_what_draws_nothing(ops: list[bytes], sep: bytes) -> None:
    data = sep.join(ops)
    out = graphics_stream(data)
    if out is None:
        return
    assert painted(out) == painted(data)


# --------------------------------------------------------------------------- objects read here


def parsed(data: bytes) -> list:
    """The objects pdfminer's content parser reads from ``data``."""
    from pdfminer.pdfinterp import PDFContentParser
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psexceptions import PSEOF

    parser = PDFContentParser([PDFStream({}, data)])
    out = []
    while True:
        try:
            out.append(parser.nextobject()[1])
        except PSEOF:
            return out


def same_objects(data: bytes) -> bool:
    """content_objects reads what pdfminer reads (types too: 1 and 1.0 differ), or refuses."""
    mine = content_objects(data)
    return mine is None or repr(mine) == repr(parsed(data))


@pytest.mark.parametrize(
    "data",
    [
        b"q 1 0 0 1 10.5 -.5 cm 0 0 m 5. 5 l S Q",
        b"[3 2] 0 d /GS0 gs /P <</MCID 3 /Alt (a\\)b)>> BDC 0 0 5 5 re f EMC",
        b"[] 0 d [<</A [1 [2 3]]>> (x)] pop 1 0 0 RG",
        b"0 0 m 10 10 l S",  # the last keyword with nothing after it: pdfminer ends it there
        b"/Name#20x gs 1 w",  # an escaped name: refused
        b"%comment\n1 w % more\r2 w\n",
        b"true false null 1 w",
    ],
)
def test_objects_read_as_pdfminer_reads_them(data: bytes) -> None:
    assert same_objects(data)


def test_the_simple_streams_are_read_here_and_the_odd_ones_refused() -> None:
    assert content_objects(b"0 0 m 10 10 l S\n") is not None
    assert content_objects(b"[3 2] 0 d /P <</MCID 3>> BDC EMC\n") is not None
    for odd in (
        b"BI /W 1 ID x EI ",
        b"(a(b)c) Tj ",
        b"{ 1 } ",
        b"] 0 m ",
        b"0\x00 0 m ",
        b"1.2.3 w ",
    ):
        assert content_objects(odd) is None, odd


#: operands pdfminer reads in less common ways: signs and points, escaped and empty names,
#: nested arrays and dictionaries, strings with escapes and line breaks, comments inside
ODD_OPERANDS = st.sampled_from(
    [b"+.5", b"5.", b"-0", b"007", b"-.25", b"/A#20B", b"/", b"/\xc3\xa9", b"/\xff", b"<</A [1 (x)] /B <</C 1>>>>",
     b"[[1] 2]", b"<41 42>", b"<4>", b"(a\\\nb)", b"(\\101\\n)", b"[(a)%c\n]", b"<</A>>", b"[/A 1 R]", b"%c\n"]
)  # fmt: skip


@st.composite
def odd_operation(draw) -> bytes:
    name, arity = draw(st.sampled_from(OPERATORS + DRAWING))
    return b" ".join([*(draw(st.one_of(OPERANDS, ODD_OPERANDS)) for _ in range(arity)), name])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.one_of(operation(), drawing_operation(), CLIP, odd_operation()), max_size=20),
    st.lists(st.tuples(st.integers(0, 20), ODD), max_size=1),
    st.sampled_from([b" ", b"\n", b"", b" %c\n"]),
    st.sampled_from([b"", b" ", b"\n"]),
)
def test_objects_as_pdfminer_reads_them_on_random_streams(
    ops: list[bytes], odd: list[tuple[int, bytes]], sep: bytes, tail: bytes
) -> None:
    for at, token in odd:
        ops.insert(at, token)
    data = sep.join(ops) + tail
    assert same_objects(data)
    stripped = graphics_stream(data)
    if stripped is not None:
        assert same_objects(stripped)


def test_the_interpreter_runs_the_same_operators_on_objects_read_here() -> None:
    """The graphics interpreter's own loop (its ``run``) calls pdfminer's ``do_`` methods as
    pdfminer's ``execute`` does: same operators, same operands, an operator short of operands
    skipped, an unknown one ignored."""
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import PDFStream

    from plancheck.layout.plumber import _interpreter_class

    data = b"1 2 3 4 re 9 w f 5 m 0 0 m 1 1 l S foo 2 3 l /GS1 gs [1 2] 0 d 1 0 0 1 0 0 cm /P BMC EMC 7 "

    def recording(base: type, calls: list) -> type:
        """``base`` with every ``do_`` method recording its name and operands instead."""
        methods = {}
        for name in dir(PDFPageInterpreter):
            if name.startswith("do_"):
                code = getattr(PDFPageInterpreter, name).__code__
                params = ", ".join(code.co_varnames[: code.co_argcount])
                scope: dict = {"calls": calls}
                exec(f"def {name}({params}): calls.append(({name!r}, ({params},)[1:]))", scope)
                methods[name] = scope[name]
        return type("Recording", (base,), {**methods, "operators": {}})

    ours: list = []
    theirs: list = []
    interp = recording(_interpreter_class(), ours)(None, None)
    interp.argstack = []
    interp.run(content_objects(data))
    reference = recording(PDFPageInterpreter, theirs)(None, None)
    reference.argstack = []
    stream = PDFStream({}, data)
    stream.set_objid(1, 0)
    PDFPageInterpreter.execute(reference, [stream])
    assert ours == theirs
    assert [name for name, _ in ours][:4] == ["do_re", "do_w", "do_f", "do_m"]
    assert ("do_l", (1, 1)) in ours and ("do_l", (2, 3)) in ours
