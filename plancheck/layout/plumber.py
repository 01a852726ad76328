"""pdfplumber pages parsed for their graphics only, for finding ruled tables.

Why: the ruled-table finder (:func:`plancheck.layout.tables.find_ruled_tables`) asks pdfplumber
for ``find_tables`` with the "lines" strategies, which use the page's ruling lines, rectangles
and curves and nothing else; the characters come from pypdfium2. Yet pdfplumber parses a page
whole, and turning every character into an object (pdfminer's ``render_string`` → ``LTChar`` →
pdfplumber's object dict) was most of the time of reading a page - 60-70 % of a 39-page plan's
check. A page prepared by :func:`graphics_only` is interpreted by a device that draws no text:
the paths, and so the edges and the tables found from them, are the same (a test compares the
tables with and without text on the corpus).

The device skips drawing text, but pdfminer still tokenised every text operator of the page's
content streams (about ten Python calls per token), which was then most of what was left: the
interpreter of :func:`graphics_only` reads each content stream less its text operators
(:func:`without_text`, one regular expression), so pdfminer sees only what it draws.

pdfplumber (with pdfminer) is imported here, when a document first needs it: its import was
about a tenth of a one-page check that draws no table grid.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, NamedTuple


@cache
def load_pdfplumber() -> Any:
    """The ``pdfplumber`` module, imported and guarded (:func:`guard_reference_loops`), its
    table finder's cell search the quicker equivalent
    (:func:`plancheck.layout.plumbergrid.use_quick_cells`)."""
    import pdfplumber
    import pdfplumber.table

    from plancheck.layout.plumbergrid import use_quick_cells

    guard_reference_loops()
    use_quick_cells(pdfplumber.table)
    boxes_as_pdfminer(pdfplumber.page.Page)
    return pdfplumber


def open_plumber(path: Path | str, password: str | None = None) -> Any:
    """``pdfplumber.open``, after :func:`load_pdfplumber`: every pdfplumber document of
    plancheck is opened here, so none is read without the guard against reference loops."""
    return load_pdfplumber().open(path, password=password or "")


def guard_reference_loops() -> None:
    """pdfminer resolves an indirect reference with ``while isinstance(x, PDFObjRef)``: a PDF
    whose object 2 is ``3 0 R`` and object 3 is ``2 0 R`` loops for ever (until --timeout).
    ``PDFObjRef.resolve`` is wrapped to follow a chain of references itself and stop at a
    loop with pdfminer's own syntax error; a chain without a loop resolves as before.
    pdfminer.six 20260107 still has the loop; drop this when it does not."""
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.pdftypes import PDFObjRef

    original = PDFObjRef.resolve
    if getattr(original, "_plancheck_loop_guard", False):
        return

    def resolve(self: PDFObjRef, default: object = None) -> object:
        seen = {self.objid}
        x = original(self, default=default)
        while isinstance(x, PDFObjRef):
            if x.objid in seen:
                raise PDFSyntaxError(f"reference loop at object {x.objid}")
            seen.add(x.objid)
            x = original(x, default=default)
        return x

    resolve._plancheck_loop_guard = True  # type: ignore[attr-defined]
    PDFObjRef.resolve = resolve  # type: ignore[method-assign]


#: the page boxes pdfplumber reads from a page's dictionary
PAGE_BOXES = ("MediaBox", "CropBox", "TrimBox", "BleedBox", "ArtBox")


def boxes_as_pdfminer(page_class: type) -> None:
    """pdfplumber refuses a document at the first page whose MediaBox or other page box holds
    something other than numbers (a damaged number: ``841.88B8`` reads as a number and a
    name); pdfminer's page reads an invalid MediaBox as US Letter and an invalid CropBox as
    the MediaBox, and pdfium too shows such a page as US Letter. pdfplumber's ``Page`` is
    wrapped to give it the boxes pdfminer read: an invalid MediaBox pdfminer's, another
    invalid box left out (each then defaults as pdfplumber has it: to the MediaBox)."""
    original = page_class.__init__
    if getattr(original, "_plancheck_boxes", False):
        return

    def __init__(self: Any, pdf: Any, page_obj: Any, *args: Any, **kwargs: Any) -> None:
        from pdfplumber.utils import resolve_all

        attrs = page_obj.attrs
        for name in PAGE_BOXES:
            box = resolve_all(attrs.get(name))
            if box is not None and not (isinstance(box, list) and all(isinstance(x, int | float) for x in box)):
                if name == "MediaBox":
                    attrs[name] = list(page_obj.mediabox)
                else:
                    del attrs[name]
        original(self, pdf, page_obj, *args, **kwargs)

    __init__._plancheck_boxes = True  # type: ignore[attr-defined]
    page_class.__init__ = __init__  # type: ignore[method-assign]


@cache
def _device_class() -> type:
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class GraphicsOnly(PDFPageAggregatorWithMarkedContent):  # type: ignore[misc, valid-type]
        """pdfplumber's page device, with text not drawn."""

        def render_string(self, *_args: Any, **_kwargs: Any) -> None:
            return None

    return GraphicsOnly


def graphics_only(page: Any) -> Any:
    """Parse the pdfplumber ``page`` without its text (as pdfplumber's ``Page.layout`` does,
    otherwise) and keep the result as its layout; returns the page. Its ``chars`` are then
    empty: use it for lines, rectangles, curves and ``find_tables`` on lines only."""
    from pdfplumber.utils.exceptions import PdfminerException

    if hasattr(page, "_layout"):
        return page
    device = _device_class()(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    interpreter = _interpreter_class()(page.pdf.rsrcmgr, device)
    try:
        interpreter.process_page(page.page_obj)
    except Exception as e:
        raise PdfminerException(e) from e
    page._layout = device.get_result()
    return page


@cache
def _actual_text_device_class() -> type:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class ActualTextDevice(PDFPageAggregatorWithMarkedContent):  # type: ignore[misc, valid-type]
        """pdfplumber's page device, also noting for each character drawn the marked-content
        span with an ``/ActualText`` it stands in (the outermost such span), if any, and the
        weight its font's descriptor gives."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.open_spans: list[int | None] = []  # per open marked-content sequence: its span
            self.texts: list[str] = []  # per span: its replacement text
            self.drawn: list[int | None] = []  # per character drawn: its span
            self.weights: dict[str, float] = {}  # per font name: its descriptor's /FontWeight
            self.sizes: list[float] = []  # per character drawn: its size on the page
            # per character drawn: the string it was shown in (one text object, as pdfium has
            # it: a Tj, TJ, ' or " operation); per string: its font size, codes, the first
            # glyph's origin and width (1/1000 of the size) and its characters' box
            self.strings: list[int] = []
            self.shown: list[list] = []

        def render_string(self, textstate: Any, *args: Any, **kwargs: Any) -> None:
            self.shown.append([getattr(textstate, "fontsize", 0), [], None, 0.0, None])
            super().render_string(textstate, *args, **kwargs)

        def begin_tag(self, tag: Any, props: Any = None) -> None:
            super().begin_tag(tag, props)
            actual = resolve1(props.get("ActualText")) if isinstance(props, dict) else None
            if isinstance(actual, bytes | str):
                self.texts.append(decode_text(actual) if isinstance(actual, bytes) else actual)
                self.open_spans.append(len(self.texts) - 1)
            else:
                self.open_spans.append(None)

        def end_tag(self) -> None:
            super().end_tag()
            if self.open_spans:
                self.open_spans.pop()

        def render_char(self, matrix: Any, font: Any, *args: Any, **kwargs: Any) -> float:
            adv = super().render_char(matrix, font, *args, **kwargs)
            item = self.cur_item._objs[-1] if self.cur_item._objs else None
            cid = args[3] if len(args) > 3 else kwargs.get("cid")
            if item is not None and getattr(item, "_text", None) == "" and isinstance(cid, int):
                # a code the font's ToUnicode map maps to nothing: pdfium keeps no such entry
                # and reads the code from the font's encoding, else as unmapped
                item._text = _encoded_text(font, cid) or self.handle_undefined_char(font, cid)
            self.drawn.append(next((s for s in self.open_spans if s is not None), None))
            if self.shown and item is not None:
                shown = self.shown[-1]
                shown[1].append(cid)
                box = (item.x0, item.y0, item.x1, item.y1)
                if shown[2] is None:
                    shown[2] = (matrix[4], matrix[5])
                    try:
                        shown[3] = font.char_width(cid) * 1000
                    except Exception:
                        shown[3] = 0.0
                    shown[4] = box
                else:
                    b = shown[4]
                    shown[4] = (min(b[0], box[0]), min(b[1], box[1]), max(b[2], box[2]), max(b[3], box[3]))
                self.strings.append(len(self.shown) - 1)
            else:
                self.strings.append(-1)
            # the font size times the scale of the matrix at right angles to the text, as the
            # pdfium path gives it (pdfminer's character box is the glyph's turned with it: no
            # size for text set at an angle)
            fontsize = args[0] if args else kwargs.get("fontsize", 0)
            a, b, c, d = matrix[:4]
            base = math.hypot(a, b)
            self.sizes.append(fontsize * abs(a * d - b * c) / base if base else fontsize)
            name = getattr(font, "fontname", None)
            if isinstance(name, str) and name not in self.weights:
                self.weights[name] = descriptor_weight(getattr(font, "descriptor", None) or {})
            return adv

        # pdfminer adds the character spacing (Tc) before each glyph of a string but the
        # first, so the spacing after a string's last glyph is lost: the next string starts
        # that much too early. The PDF reference (9.4.4) adds it after every glyph, as pdfium
        # does; it matters where each letter of a letter-spaced word is shown by a string of
        # its own. (A string of no glyph moves nothing.)
        def render_string_horizontal(self, seq: Any, matrix: Any, pos: Any, font: Any, fontsize: Any, scaling: Any, charspace: float, *rest: Any) -> Any:
            x, y = super().render_string_horizontal(seq, matrix, pos, font, fontsize, scaling, charspace, *rest)
            return (x + charspace, y) if charspace and _shows_glyphs(seq, font) else (x, y)

        def render_string_vertical(self, seq: Any, matrix: Any, pos: Any, font: Any, fontsize: Any, scaling: Any, charspace: float, *rest: Any) -> Any:
            x, y = super().render_string_vertical(seq, matrix, pos, font, fontsize, scaling, charspace, *rest)
            return (x, y + charspace) if charspace and _shows_glyphs(seq, font) else (x, y)

    return ActualTextDevice


@cache
def _text_interpreter_class() -> type:
    from pdfminer import settings as pdfminer_settings
    from pdfminer.pdfinterp import PDFContentParser, PDFInterpreterError, PDFPageInterpreter
    from pdfminer.pdftypes import stream_value
    from pdfminer.psexceptions import PSEOF, PSSyntaxError
    from pdfminer.psparser import PSKeyword, keyword_name

    class TextInterpreter(PDFPageInterpreter):  # type: ignore[misc, valid-type]
        """pdfminer's interpreter, reading a damaged content stream as pdfium does where
        pdfminer gives up on the page: a stream it cannot decode (an unknown filter) draws
        nothing, a dictionary that cannot be built (a key without its value) is skipped, and
        a text-showing operator whose operand is not a string (Tj, ', ") or an array (TJ)
        shows nothing."""

        def execute(self, streams: Any) -> None:
            # as pdfminer's execute (streams without an object id, or a loop through form
            # XObjects, left out), with the content parser below
            valid = []
            self.stream_ids.clear()
            for obj in streams:
                stream = stream_value(obj)
                if stream.objid is None or stream.objid in self.parent_stream_ids:
                    continue
                try:
                    stream.get_data()  # (decoded once: the stream keeps its data)
                except Exception:
                    continue
                valid.append(stream)
                self.stream_ids.add(stream.objid)
            try:
                parser = TolerantParser(valid)
            except PSEOF:
                return
            while True:
                try:
                    (_, obj) = parser.nextobject()
                except PSEOF:
                    break
                if not isinstance(obj, PSKeyword):
                    self.push(obj)
                    continue
                name = keyword_name(obj)
                method = "do_{}".format(name.replace("*", "_a").replace('"', "_w").replace("'", "_q"))
                func = getattr(self, method, None)
                if func is None:
                    if pdfminer_settings.STRICT:
                        raise PDFInterpreterError(f"Unknown operator: {name!r}")
                    continue
                nargs = func.__code__.co_argcount - 1
                if nargs:
                    args = self.pop(nargs)
                    if len(args) == nargs:
                        func(*args)
                else:
                    func()

        def do_TJ(self, seq: Any) -> None:
            if isinstance(seq, list):
                super().do_TJ(seq)

        def do_Tj(self, s: Any) -> None:
            if isinstance(s, bytes):
                super().do_Tj(s)

        def do__q(self, s: Any) -> None:
            if isinstance(s, bytes):
                super().do__q(s)

        def do__w(self, aw: Any, ac: Any, s: Any) -> None:
            if isinstance(s, bytes):
                super().do__w(aw, ac, s)

    class TolerantParser(PDFContentParser):  # type: ignore[misc, valid-type]
        """pdfminer's content parser, going on past a dictionary it cannot build."""

        def nextobject(self) -> Any:
            while True:
                try:
                    return super().nextobject()
                except PSSyntaxError:
                    continue

    return TextInterpreter


def descriptor_weight(descriptor: Any) -> float:
    """A font's weight as pdfium reads it from its descriptor: ``/FontWeight``, else from the
    stem width ``/StemV`` (×5 below 140, else ×4 + 140), else 0."""
    from pdfminer.pdftypes import resolve1

    if not isinstance(descriptor, dict):
        return 0
    weight = resolve1(descriptor.get("FontWeight"))
    if isinstance(weight, int | float) and not isinstance(weight, bool):
        return weight
    stem = resolve1(descriptor.get("StemV"))
    if isinstance(stem, int | float) and not isinstance(stem, bool):
        return stem * 5 if stem < 140 else stem * 4 + 140
    return 0


def _encoded_text(font: Any, cid: int) -> str:
    """The text a simple font's encoding gives code ``cid`` (pdfminer's table), or ""."""
    table = getattr(font, "cid2unicode", None)
    text = table.get(cid, "") if isinstance(table, dict) else ""
    return text if isinstance(text, str) else ""


def _shows_glyphs(seq: Any, font: Any) -> bool:
    """Does a shown string (pdfminer's sequence of strings and offsets) draw a glyph?"""
    return any(isinstance(obj, bytes) and any(True for _ in font.decode(obj)) for obj in seq)


def repeated_strings(shown: list[list], lookback: int = 5) -> set[int]:
    """The strings (text objects) of a page pdfium leaves out of its text page as drawn again
    over one of the ``lookback`` text objects before (``CPDF_TextPage::IsSameTextObject``):
    the same codes at the same font size, its box overlapping that one's over at least half
    its width, shifted by at most 0.9 of the first glyph's width along the text and an eighth
    of the overlap's size (or the font size) across it - fake bold drawn as a second string,
    or a shadow. ``shown``: per string, as :func:`read_text`'s device notes them (font size,
    codes, first glyph's origin, its width in 1/1000 of the size, box)."""
    out: set[int] = set()
    drawn = [k for k, s in enumerate(shown) if s[1]]
    for n, k in enumerate(drawn):
        size, codes, origin, _width, box = shown[k]
        if box[2] - box[0] < 0.01:
            continue
        for j in drawn[max(0, n - lookback):n][::-1]:
            psize, pcodes, porigin, pwidth, pbox = shown[j]
            x0, y0 = max(box[0], pbox[0]), max(box[1], pbox[1])
            x1, y1 = min(box[2], pbox[2]), min(box[3], pbox[3])
            if x1 <= x0 or y1 <= y0:
                continue
            if abs((x1 - x0) - (box[2] - box[0])) > (box[2] - box[0]) / 2 or psize != size:
                continue
            if pcodes != codes:
                continue
            reach = max(y1 - y0, x1 - x0, psize) / 8
            if abs(origin[0] - porigin[0]) <= 0.9 * pwidth * psize / 1000 and abs(origin[1] - porigin[1]) <= reach:
                out.add(k)
                break
    return out


class PlumberText(NamedTuple):
    """What :func:`read_text` notes of a page's characters beyond pdfplumber's own."""

    #: per character of the page's ``chars`` (in their order): the ``/ActualText`` span it
    #: stands in (an index into ``texts``) or None; empty when no character stands in one
    spans: list[int | None]
    #: per span: its text
    texts: list[str]
    #: per font name: the weight its font descriptor gives (:func:`descriptor_weight`)
    weights: dict[str, float]
    #: per character of the page's ``chars``: its font size times its matrix's scale across
    #: the text (the size pdfium gives); empty when the characters do not line up with those drawn
    sizes: list[float]
    #: the indices into the page's ``chars`` of those shown by a string pdfium leaves out as
    #: drawn again over one before (:func:`repeated_strings`)
    repeated: frozenset[int] = frozenset()
    #: per character of the page's ``chars``: the string (text object) that shows it, as pdfium
    #: tells its text objects apart (:attr:`plancheck.layout.chars.Char.string_start`); empty
    #: when the characters do not line up with those drawn
    strings: Sequence[int] = ()


def read_text(page: Any) -> PlumberText:
    """Parse the pdfplumber ``page`` (as pdfplumber's ``Page.layout`` does, with the spacing
    after each string's last glyph) and keep the result as its layout; returns what it noted
    of the characters (:class:`PlumberText`). Why: a layout program writes the text a glyph
    stands for as a marked-content span's ``/ActualText`` where the font's own map cannot
    tell it (a capital drawn from a small-caps or case-shifted glyph), and a font's weight
    in its descriptor where its name does not tell it ("Museo-700"); pdfium reads both,
    pdfminer neither. A page laid out before gives nothing; one whose characters do not line
    up with those drawn, no spans."""
    from pdfplumber.utils.exceptions import PdfminerException

    if hasattr(page, "_layout"):
        return PlumberText([], [], {}, [])
    device = _actual_text_device_class()(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    interpreter = _text_interpreter_class()(page.pdf.rsrcmgr, device)
    try:
        interpreter.process_page(page.page_obj)
    except Exception as e:
        raise PdfminerException(e) from e
    page._layout = device.get_result()
    lined_up = len(device.drawn) == len(page.chars)
    sizes = device.sizes if lined_up else []
    again = repeated_strings(device.shown) if lined_up else set()
    repeated = frozenset(i for i, k in enumerate(device.strings) if k in again) if again else frozenset()
    if not device.texts or not lined_up:
        return PlumberText([], [], device.weights, sizes, repeated, device.strings if lined_up else [])
    return PlumberText(device.drawn, device.texts, device.weights, sizes, repeated, device.strings)


# --------------------------------------------------------------------------- text left out


#: pdfminer's text operators and how many operands each takes: they set the text state or show
#: text, and the device of :func:`graphics_only` draws no text, so leaving them out of a
#: content stream changes nothing it draws
TEXT_OPERATORS = {
    b"Tc": 1, b"Tw": 1, b"Tz": 1, b"TL": 1, b"Tf": 2, b"Tr": 1, b"Ts": 1,
    b"Td": 2, b"TD": 2, b"Tm": 6, b"T*": 0, b"Tj": 1, b"TJ": 1, b"'": 1, b'"': 3,
}  # fmt: skip

_WS = rb" \t\n\r\f\v"
_DELIM = rb"/%\[\]()<>{}"
#: one token of a content stream as pdfminer's lexer (``pdfminer.psparser``) splits it, in the
#: plain forms real producers write; anything else matches ``odd`` and the stream is left whole
_TOKEN_BODY = (  # each alternative after a "|"
    # an array without nested arrays, comments or nested parentheses in its strings: one operand
    rb"|(?P<array>\[(?:[^\[\]()%{}\x00]|\((?:[^()\\]|\\.)*\))*\])"
    rb"|(?P<string>\((?:[^()\\]|\\.)*\))"
    rb"|(?P<nested>\()"
    rb"|(?P<hex><[0-9A-Fa-f" + _WS + rb"]*>)"
    rb"|(?P<open><<|\[)|(?P<close>>>|\])"
    rb"|(?P<name>/[^" + _WS + _DELIM + rb"#\x00]*)(?![#\x00])"
    rb"|(?P<number>[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(?=[" + _WS + _DELIM + rb"]|\Z)"
    rb"|(?P<keyword>[A-Za-z][^" + _WS + _DELIM + rb"#\x00]*|['\"])(?![#\x00])"
    rb"|(?P<odd>.)"
)
_TOKEN = re.compile(rb"[" + _WS + rb"]+|(?P<comment>%[^\r\n]*)" + _TOKEN_BODY, re.S)
#: the same tokens, each with the whitespace and comments before it (one match a token), and
#: the end of the data after the last
_OBJECT_TOKEN = re.compile(
    rb"(?:[" + _WS + rb"]+|%[^\r\n]*)*+(?:" + _TOKEN_BODY[1:] + rb"|(?P<end>\Z))", re.S
)
#: an octal escape pdfminer refuses (over 255: an assertion fails and the page is not read)
_BAD_OCTAL = re.compile(rb"\\[4-7][0-7][0-7]")
_INLINE_IMAGE = re.compile(rb"BI|ID|EI")
_ARRAY_STRING = re.compile(rb"\((?:[^()\\]|\\.)*\)", re.S)


def _inline_image_keyword(array: bytes) -> bool:
    """Whether an array token (:data:`_TOKEN`'s ``array``) may hold a keyword that starts or
    ends an inline image (pdfminer's parser treats ``BI``, ``ID``, ``EI`` apart, in an array
    too). Its strings are not looked at: text shown with ``TJ`` ("[(GUIDING)]") is no keyword,
    and it left many a page of text whole. The array token has no parenthesis outside its
    strings, so the strings are exactly what :data:`_ARRAY_STRING` finds from the left."""
    return _INLINE_IMAGE.search(_ARRAY_STRING.sub(b" ", array)) is not None


def _nested_string_end(data: bytes, start: int) -> int:
    """The end of the literal string opened at ``start`` whose parentheses nest (balanced, as
    pdfminer counts them: a backslash escapes the next character), or -1 when it is not closed."""
    depth, i, n = 1, start + 1, len(data)
    while i < n:
        c = data[i]
        if c == 0x5C:  # backslash
            i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def without_text(data: bytes) -> bytes | None:
    """A content stream with its text operators (:data:`TEXT_OPERATORS`) and their operands
    left out, or None when it has none or holds anything this reading cannot vouch for.

    Why: pdfminer tokenises the whole content stream in Python, about ten calls per token, and
    on a page of text nearly every token belongs to a text operator - 60-80 % of reading a page
    for its ruling lines. One regular expression finds the tokens here; what pdfminer then
    reads is the same stream less the text, so it draws the same paths. pdfminer's operand
    stack outlives an operator (an operator takes the last operands pushed), so an operator is
    left out only with exactly the operands it takes, and only when at least that many were
    pushed since the last keyword. An inline image (``BI``), a procedure brace, a NUL byte, a
    number or name pdfminer would read another way, or a string it would refuse, leaves the
    stream whole (None)."""
    return _left_out(data, invisible=False)


def graphics_stream(data: bytes) -> bytes | None:
    """What pdfminer needs to read of a content stream for its graphics (None: all of it): the
    stream without its text (:func:`without_text`) and without what draws nothing - clipping
    paths of one rectangle (``x y w h re W n``, ``W*`` too, where no path is being built), and
    ``q``/``Q`` and ``BT``/``ET`` pairs with nothing left between them.

    Why: on the table pages of real plans, once the text is out, those clipping paths are about
    a third of the tokens pdfminer still reads (an exported table clips every cell). pdfminer
    ignores clipping (``W`` does nothing and ``n`` empties the path, which was empty), ``Q``
    restores the state ``q`` saved, and a device that draws no text has no use for ``BT``'s
    text state. Operands are left out only with the operator that takes them, as for the text;
    it is the same single pass over the tokens (a second pass cost what it saved)."""
    return _left_out(data, invisible=True)


#: operators that build a path, and those that paint it or end it unpainted (``n``): pdfminer's
#: path is empty after one of the latter until one of the former
PATH_OPERATORS = {b"m", b"l", b"c", b"v", b"y", b"h", b"re"}
PAINT_OPERATORS = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"n"}
#: an operator that opens a group, and the one that closes it
GROUPS = {b"q": b"Q", b"BT": b"ET"}


def _left_out(data: bytes, *, invisible: bool) -> bytes | None:
    """:func:`without_text`, and with ``invisible`` :func:`graphics_stream`."""
    cuts: list[tuple[int, int]] = []
    operands: list[int] = []  # start offsets of the operands pushed since the last keyword
    depth = 0  # inside a dictionary or an array read token by token
    string_end = -1
    building = False  # a path is being built (pdfminer's path is not empty)
    clip: list = []  # a clipping path being read: its start, then the operators read
    groups: list[tuple[bytes, int]] = []  # q/BT opened with nothing kept since: (closer, start)
    for m in _TOKEN.finditer(data):
        start = m.start()
        if start < string_end:
            if m.end() > string_end:
                return None
            continue  # inside a nested string consumed below
        kind = m.lastgroup
        if kind is None or kind == "comment":
            continue
        if kind == "odd":
            return None
        if kind == "nested":
            string_end = _nested_string_end(data, start)
            if string_end < 0:
                return None
            if _BAD_OCTAL.search(data, start, string_end):
                return None
            if depth == 0:
                operands.append(start)
            continue
        if kind == "open":
            if depth == 0:
                operands.append(start)
            depth += 1
            continue
        if kind == "close":
            depth -= 1
            if depth < 0:
                return None
            continue
        if kind == "keyword":
            word = m.group(kind)
            if word in (b"true", b"false"):
                if depth == 0:
                    operands.append(start)
                continue
            if depth or word in (b"BI", b"ID", b"EI"):
                return None
            if clip:  # "re" read: "W" or "W*", then "n", with no operand between
                if not operands and (
                    (len(clip) == 1 and word in (b"W", b"W*")) or (len(clip) == 2 and word == b"n")
                ):
                    clip.append(word)
                    if word == b"n":
                        cuts.append((clip[0], m.end()))
                        clip = []
                    continue
                clip = []
                building = True  # the rectangle is a path of its own, kept
                groups.clear()
            arity = TEXT_OPERATORS.get(word)
            if arity is not None and len(operands) >= arity:
                cuts.append((operands[-arity] if arity else start, m.end()))
                if len(operands) > arity:
                    groups.clear()  # operands left on pdfminer's stack: kept
            elif arity is not None:
                return None  # it would take operands pushed before the last keyword
            elif not invisible:
                pass
            elif word == b"re" and len(operands) >= 4 and not building:
                clip = [operands[-4]]
                if len(operands) > 4:
                    groups.clear()
            elif word in GROUPS and not operands:
                groups.append((GROUPS[word], start))
            elif groups and not operands and word == groups[-1][0]:
                opened = groups.pop()[1]
                while cuts and cuts[-1][0] >= opened:
                    cuts.pop()  # what was left out inside the group: the group goes whole
                cuts.append((opened, m.end()))
            else:
                groups.clear()  # drawn or set: the groups around it stay
                if word in PATH_OPERATORS:
                    building = True
                elif word in PAINT_OPERATORS:
                    building = False
            operands = []
            continue
        if kind == "string" and _BAD_OCTAL.search(m.group(kind)):
            return None
        if kind == "array" and (
            _BAD_OCTAL.search(m.group(kind)) or _inline_image_keyword(m.group(kind))
        ):
            return None  # (a keyword in an array is pushed into it, save these three)
        if depth == 0:
            operands.append(start)
    if depth or not cuts:
        return None
    out = []
    last = 0
    for a, b in cuts:
        out.append(data[last:a])
        last = b
    out.append(data[last:])
    return b" ".join(out)


# --------------------------------------------------------------------------- objects read here

#: an array of numbers only (a dash pattern, a colour): read here, not by pdfminer's parser
_NUMBERS_ARRAY = re.compile(rb"\[[0-9.+\-" + _WS + rb"]*\]")
_NUMBER = re.compile(rb"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?=[" + _WS + rb"\]])")


def content_objects(data: bytes) -> list | None:
    """The objects pdfminer's ``PDFContentParser`` reads from the content stream ``data``, in
    order (numbers, names, keywords, strings, arrays, dictionaries), or None when it holds
    anything this reading cannot vouch for.

    Why: after the text and the clipping paths are left out (:func:`graphics_stream`), what a
    table page still costs in pdfminer is its lexer and stack parser - about ten Python calls
    and a debug-log call per token, three quarters of the interpreter's time. The tokens here
    are those of the same regular expression (:data:`_TOKEN`, each with the whitespace before
    it: :data:`_OBJECT_TOKEN`; written to split as pdfminer's lexer does). A number, name or
    keyword becomes the object pdfminer makes of it (``int`` or ``float`` as it has a point,
    ``LIT``, ``KWD``, ``True``/``False``); arrays and dictionaries are built as pdfminer's stack
    parser builds them (a dictionary of an odd count or with a key that is not a name is left
    to pdfminer); a string or hex string - rare in graphics - is read by pdfminer's own parser
    from its bytes alone (:func:`_parsed`). pdfminer ends a token cut off by the end of the
    data as if a line break followed, and so does this. Anything :func:`_left_out` would refuse
    (a nested or broken string, a procedure, a NUL byte, an inline image, a bracket that does
    not close what is open) gives None."""
    from pdfminer.psparser import KWD, LIT, PSLiteral, literal_name

    out: list = []
    append = out.append
    stack: list[tuple[bytes, list]] = []  # the arrays and dictionaries open, innermost last
    for m in _OBJECT_TOKEN.finditer(data):
        kind = m.lastgroup
        if kind == "end":
            break
        tok = m.group(kind)
        if kind == "number":
            obj: Any = float(tok) if b"." in tok else int(tok)
        elif kind == "keyword":
            if tok in (b"BI", b"ID", b"EI"):
                return None  # an inline image: pdfminer reads its bytes itself
            obj = True if tok == b"true" else False if tok == b"false" else KWD(tok)
        elif kind == "name":
            try:
                obj = LIT(str(tok[1:], "utf-8"))
            except UnicodeDecodeError:
                obj = LIT(tok[1:])
        elif kind == "open":
            stack.append((tok, []))
            append = stack[-1][1].append
            continue
        elif kind == "close":
            if not stack or stack[-1][0] != (b"[" if tok == b"]" else b"<<"):
                return None
            objs = stack.pop()[1]
            if tok == b"]":
                obj = objs
            elif len(objs) % 2 or not all(isinstance(k, PSLiteral) for k in objs[::2]):
                return None  # pdfminer raises, or names the key its own way
            else:
                obj = {
                    literal_name(k): v
                    for k, v in zip(objs[::2], objs[1::2], strict=True)
                    if v is not None
                }
            append = stack[-1][1].append if stack else out.append
        elif kind == "array" and _NUMBERS_ARRAY.fullmatch(tok):
            inner = tok[1:-1] + b" "
            numbers = _NUMBER.findall(inner)
            if b"".join(inner.split()) != b"".join(numbers):
                return None  # something pdfminer reads another way ("1.2.3", "-")
            obj = [float(n) if b"." in n else int(n) for n in numbers]
        elif kind in ("string", "hex", "array"):
            if _BAD_OCTAL.search(tok) or (kind == "array" and _inline_image_keyword(tok)):
                return None
            parsed = _parsed(tok)
            if parsed is None:
                return None
            obj = parsed[0]
        else:  # odd, or a nested string
            return None
        append(obj)
    if stack:
        return None
    return out


def _parsed(data: bytes) -> tuple | None:
    """The one object pdfminer's content parser reads from ``data`` (a string, array or
    dictionary and nothing else), in a 1-tuple; None when it reads none, more, or fails."""
    from pdfminer.pdfinterp import PDFContentParser
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psexceptions import PSEOF

    try:
        parser = PDFContentParser([PDFStream({}, data + b" ")])
        objs = []
        while True:
            try:
                objs.append(parser.nextobject()[1])
            except PSEOF:
                break
    except Exception:
        return None
    return (objs[0],) if len(objs) == 1 else None


@cache
def _interpreter_class() -> type:
    from pdfminer import settings as pdfminer_settings
    from pdfminer.pdfinterp import PDFInterpreterError, PDFPageInterpreter
    from pdfminer.pdftypes import PDFStream, stream_value
    from pdfminer.psparser import PSKeyword, keyword_name

    class GraphicsInterpreter(PDFPageInterpreter):  # type: ignore[misc, valid-type]
        """pdfminer's interpreter, reading each content stream without its text and what
        draws nothing (:func:`graphics_stream`), its objects read by :func:`content_objects`
        where it can vouch for them."""

        #: per keyword: the ``do_`` function and how many operands it takes, or None
        operators: ClassVar[dict[Any, tuple[Any, int] | None]] = {}

        def execute(self, streams: Any) -> None:
            # pdfminer reads a page's streams as one run of bytes (a token may span two), and
            # leaves out those it refuses (no object id, or a loop through form XObjects)
            try:
                values = [stream_value(s) for s in streams]
                kept = [
                    k
                    for k, s in enumerate(values)
                    if s.objid is not None and s.objid not in self.parent_stream_ids
                ]
                data = b"".join(values[k].get_data() for k in kept) if kept else None
                stripped = graphics_stream(data) if data is not None else None
                # pdfminer ends a token at the end of each stream of a page, unless the token
                # has just begun (a bare "(", "/", "<"): a page of several streams (6 of the
                # corpus's 1,303) is left to its parser, which knows which
                one = data is not None and len(kept) == 1
                objects = content_objects(data if stripped is None else stripped) if one else None
            except Exception:
                stripped = objects = None  # pdfminer's own reading says what is wrong
            if objects is not None:
                self.stream_ids.clear()  # as pdfminer's execute keeps them, for nested forms
                self.stream_ids.update(values[k].objid for k in kept)
                return self.run(objects)
            if stripped is None:
                return super().execute(streams)
            proxies: list[Any] = list(streams)
            for n, k in enumerate(kept):
                proxy = PDFStream(dict(values[k].attrs), b"")
                proxy.set_objid(values[k].objid, values[k].genno)
                proxy.data = stripped if n == 0 else b""
                proxies[k] = proxy
            return super().execute(proxies)

        def run(self, objects: list) -> None:
            """What pdfminer's ``execute`` does with each object its parser reads: an operand
            is pushed, a keyword runs its ``do_`` method with as many operands as it takes
            (when there are that many), an unknown one is skipped (an error when strict)."""
            operators = self.operators
            for obj in objects:
                if not isinstance(obj, PSKeyword):
                    self.push(obj)
                    continue
                try:
                    op = operators[obj]
                except KeyError:
                    op = operators[obj] = self.operator(obj)
                if op is None:
                    if pdfminer_settings.STRICT:
                        raise PDFInterpreterError(f"Unknown operator: {keyword_name(obj)!r}")
                    continue
                func, nargs = op
                if nargs:
                    args = self.pop(nargs)
                    if len(args) == nargs:
                        func(self, *args)
                else:
                    func(self)

        @classmethod
        def operator(cls, keyword: Any) -> tuple[Any, int] | None:
            """The ``do_`` function pdfminer's ``execute`` finds for ``keyword``, and the
            operands it takes; None when there is none."""
            name = keyword_name(keyword)
            method = "do_{}".format(name.replace("*", "_a").replace('"', "_w").replace("'", "_q"))
            func = getattr(cls, method, None)
            if func is None:
                return None
            return func, func.__code__.co_argcount - 1

    return GraphicsInterpreter
