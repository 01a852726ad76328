"""Characters of a page with their box and typography, from pypdfium2 or from pdfplumber.

Both sources give the same :class:`Char` (top-left origin, like pdfplumber), so everything
after this stage is shared and the two paths can be compared. pypdfium2 is the default: it
reads the same characters with boxes, size and weight 10-15× faster than pdfplumber's
``extract_words``. Coordinates follow pdfminer's convention so that tolerances tuned on one
source hold for the other: ``x0``/``x1`` are the glyph's origin and advance, ``bottom`` is the
font's descent below the baseline and ``top`` is one font size above ``bottom``.
"""

from __future__ import annotations

import ctypes
import functools
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from plancheck.layout.settings import DEFAULT, LayoutSettings

LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi", ",b")
ITALIC_NAMES = ("italic", "oblique", "kursiv")
#: the weight from which a font is bold (CSS and OpenType: 600 is semibold)
BOLD_WEIGHT = 600


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str = ""
    bold: bool = False
    #: a label of text set at an angle (turned on its side, or slanted), joined from its
    #: characters on either path: the word and line stages keep it apart from horizontal text
    turned: bool = False
    #: the first character of a string shown by a text object of its own (a Tj/TJ operation),
    #: after a character of another: where a layout program placed a new piece of text (a
    #: field after a tab) - :func:`plancheck.layout.words.split_words` parts a word there when
    #: the piece reads as a new word set flush against the last (a right-aligned field pushed
    #: back onto the text before it)
    string_start: bool = False


@functools.lru_cache(maxsize=1024)
def is_bold_name(fontname: str) -> bool:
    # asked for every text object and every word, of a page's handful of fonts: kept per name
    f = fontname.lower()
    return any(k in f for k in BOLD_NAMES)


def base_font(fontname: str) -> str:
    """A font's name without its subset tag ("ABCDEF+Calibri" → "Calibri"): two subsets of one
    font embedded in a PDF are one typeface. pdfium leaves the tag off some fonts' names and
    keeps it on others', pdfminer keeps it on all; without it the two character sources name
    a page's fonts alike (two subsets of one font set apart on one path only read one run of
    letters as letter-spaced type there)."""
    return fontname.split("+", 1)[-1]


@functools.lru_cache(maxsize=1024)
def is_italic_name(fontname: str) -> bool:
    """Is a font, by its name, a slanted cut ("LiberationSans-Italic", "Arial,BoldItalic")?
    Kept per name (:attr:`Word.italic` asks it for every word)."""
    f = fontname.lower()
    return any(k in f for k in ITALIC_NAMES)


def _clean(text: str) -> str:
    """The character as text: ligatures spelled out, control characters dropped."""
    if text in LIGATURES:
        return LIGATURES[text]
    if len(text) == 1 and unicodedata.category(text) in ("Cc", "Cf", "Cs", "Co") and not (
        "\uf020" <= text <= "\uf0ff"  # symbol-font bullets live in the private use area
    ):
        return ""
    return text


def unchecked(function: object, restype: type) -> ctypes._CFuncPtr:
    """A pdfium function to call with plain arguments, without ctypes converting and checking
    each one against the binding's declared types (half of what a call cost: ~0.13 instead of
    ~0.28 µs, and these run several times per character). The caller passes exactly what C
    expects: a ``c_void_p`` for a handle, a Python ``int`` for an ``int``, ``byref`` for an
    out-parameter."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    unchecked = ctypes.CFUNCTYPE(restype)(address)
    unchecked.argtypes = None
    return unchecked


def shown_point(x: float, y: float, rotation: int, width: float, height: float) -> tuple[float, float]:
    """A point of PDF user space (y up) on a page turned by ``rotation`` degrees (its
    ``/Rotate``) and shown ``width`` × ``height``, in top-down coordinates of the page as shown."""
    rotation %= 360
    user_w, user_h = (height, width) if rotation in (90, 270) else (width, height)
    if rotation == 90:
        return y, x
    if rotation == 180:
        return user_w - x, y
    if rotation == 270:
        return user_h - y, user_w - x
    return x, user_h - y


def pdfium_chars(
    textpage,
    width: float,
    height: float,
    rotation: int = 0,
    settings: LayoutSettings = DEFAULT,
    text_objects: int | None = None,
    glyph_names: Callable[[], dict[str, dict[int, str]]] | None = None,
    unloaded: Callable[[], list[Char] | None] | None = None,
    programs: dict[tuple, bool] | None = None,
) -> list[Char]:
    """Characters of one pypdfium2 ``PdfTextPage`` in the coordinates of the page as shown
    (``width`` × ``height`` after its ``/Rotate`` of ``rotation`` degrees, as pdfplumber
    gives them).

    Characters pdfium inserts itself (``IsGenerated``: the spaces and line breaks it guesses)
    are dropped: word breaks are decided by :mod:`plancheck.layout.words` from the geometry,
    the same way for both sources. Characters set vertically (a column header turned to read
    bottom-to-top or top-to-bottom) are joined into one label per run (:func:`vertical_labels`)
    that covers the run's box; characters set at another angle keep the box they cover on the
    page (as pdfminer gives them).

    A space shown by a text object of its own is left out of pdfium's text page (which
    guesses a space only from the gap, and a word processor may leave none: "1." and "May"
    set 0.3 pt apart, the space between them a string of its own); pdfminer reads it. When
    the page has more text objects (``text_objects``, counted by the caller's walk over the
    page's objects) than the text page's characters come from, each left-out object that
    draws no ink is read as a space (:func:`_inkless_spaces`).

    A glyph pdfium has no Unicode value for is read as pdfminer reads it: by the glyph name
    its font's encoding gives the code (``glyph_names``: per font name, code → text, asked at
    the first such glyph), else as "(cid:N)". pdfium maps a name of the Adobe glyph list only;
    a ligature named by its letters ("f_f_i") read "(cid:130)" in the middle of a word.

    A font pdfium could not load whole (:func:`font_not_loaded`: an embedded program cut short,
    or a subset font whose program it did not find) draws its glyphs without ink or with a
    stand-in's, and pdfium leaves characters out or reads them "(cid:N)"; pdfminer reads the
    text from the font's dictionary. At the page's first text object in such a font the page's
    characters are those of ``unloaded`` (the page as pdfminer reads it, None when it cannot),
    when given;
    ``programs``: the font programs looked into, for :func:`font_not_loaded` (one document's).
    """
    import pypdfium2.raw as raw

    tp = textpage.raw
    n = raw.FPDFText_CountChars(tp)
    out: list[Char] = []
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    rect = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    rotation %= 360
    _user_w, user_h = (height, width) if rotation in (90, 270) else (width, height)

    def shown(x: float, y: float) -> tuple[float, float]:
        """A point of PDF user space (y up) on the page as shown (y down)."""
        return shown_point(x, y, rotation, width, height)

    # pdfium's functions bound once: looked up on the module for every character they were
    # a noticeable part of reading a page
    FPDFFont_GetDescent = raw.FPDFFont_GetDescent
    FPDFTextObj_GetFont = raw.FPDFTextObj_GetFont
    FPDFText_GetCharBox = raw.FPDFText_GetCharBox
    FPDFText_GetFontInfo = raw.FPDFText_GetFontInfo
    FPDFText_GetFontSize = raw.FPDFText_GetFontSize
    FPDFText_GetFontWeight = raw.FPDFText_GetFontWeight
    FPDFText_GetMatrix = raw.FPDFText_GetMatrix
    PageObject = raw.FPDF_PAGEOBJECT
    # the text object as a plain address (the binding's pointer type needs a ctypes.cast per
    # character to be compared or used as a key)
    FPDFText_GetTextObject = unchecked(raw.FPDFText_GetTextObject, ctypes.c_void_p)
    tpv = ctypes.cast(tp, ctypes.c_void_p)
    # the calls made for every character, unchecked (see :func:`unchecked`): the text page
    # as ``tpv``, out-parameters by reference
    FPDFText_GetUnicode = unchecked(raw.FPDFText_GetUnicode, ctypes.c_uint)
    FPDFText_HasUnicodeMapError = unchecked(raw.FPDFText_HasUnicodeMapError, ctypes.c_int)
    FPDFText_IsGenerated = unchecked(raw.FPDFText_IsGenerated, ctypes.c_int)
    FPDFText_GetLooseCharBox = unchecked(raw.FPDFText_GetLooseCharBox, ctypes.c_int)
    FPDFText_GetCharOrigin = unchecked(raw.FPDFText_GetCharOrigin, ctypes.c_int)
    rect_ref, ox_ref, oy_ref = ctypes.byref(rect), ctypes.byref(ox), ctypes.byref(oy)
    # what pdfium gives per text object (font, size, matrix and so the angle: every character
    # of one text object has its object's), looked up once per object
    # (and, worked out once per object: the descent times the size, the font's name and weight,
    # the advance widths of its font)
    objects: dict[int, tuple] = {}
    # advance widths (in text space units of a 1-point font) per font handle and code: the end
    # of a glyph is where its advance ends, as pdfminer has it; the glyph's box reaches further
    # for a slanted letter ('f' in italic runs into the next word's gap)
    advances: dict[int, dict[int, float]] = {}
    # advances pdfium gave for a character's Unicode value not yet confirmed by its loose box
    # (:func:`_checked_advance`): per font handle, code → [advance, times looked at]; ``widths``
    # holds the advances found sure, 0 for a glyph whose loose box is taken instead
    guesses: dict[int, dict[int, list]] = {}
    slack = settings.advance_check_slack
    spans: dict[int, bool] = {}  # text object → its characters are those of an /ActualText span
    fonts: dict[int, tuple[str, bool, float]] = {}
    prev: tuple[int, float, float] | None = None
    aslant: list[_Slanted] = []  # the characters set at another angle, in the order drawn
    slant_objects: list[int] = []  # the text object of each of ``aslant``
    unsure: list[int] = []  # the indices in ``aslant`` of those without an advance
    cleaned: dict[int, str] = {}  # code → the character as text (:func:`_clean`), per page
    upward: list[_Upright] = []  # the characters set vertically, in the order drawn
    # the last character read, when set vertically: its text object, box, direction down the
    # page (y of the text's heading), size, font and weight
    turned: tuple | None = None
    named: dict[str, dict[int, str]] | None = None  # glyph_names(), once asked
    high: int | None = None  # the first half of a character outside the basic plane
    loaded: dict[int, bool] = {}  # font handle → not :func:`font_not_loaded` (asked with ``unloaded``)
    last_key: int | None = None  # the text object of the last horizontal character read (Char.string_start)
    for i in range(n):
        code = FPDFText_GetUnicode(tpv, i)
        # pdfium generates only spaces and line breaks (its guessed word and line breaks), and
        # gives a hyphen at a line end the code 2 (``CharType::kHyphen``): a character with
        # another code is neither, and is not asked (two calls fewer for most characters;
        # tests/test_speed_layout.py checks both on corpus pages)
        if code in (0, 10, 13) and (FPDFText_IsGenerated(tpv, i) or not FPDFText_HasUnicodeMapError(tpv, i)):
            continue  # (a glyph of that code drawn without a Unicode map is read below, as pdfminer does)
        if 0xD800 <= code < 0xE000:
            # a character outside the basic plane (a mathematical italic letter) comes as two
            # UTF-16 halves, each with the glyph's box: read as one character, at the second
            if code < 0xDC00:
                high = code
                continue
            if high is None:
                continue
            code, high = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00), None
        else:
            high = None
        if code == 32 and FPDFText_IsGenerated(tpv, i) and not _drawn_space(tp, i, n, rotation, settings):
            if turned is not None and _ends_in_space(tp, turned[0]):
                # a space the last text object set vertically draws at its end, which pdfium
                # left out of the text page (and guessed one off the text's column): read at
                # the end of the last character, along the text, as pdfminer reads it
                x0, top, x1, bottom = turned[1]
                end = top if turned[2] < 0 else bottom
                upward.append((" ", (x0, end, x1, end), *turned[3:]))
            turned = None
            continue
        unmapped = FPDFText_HasUnicodeMapError(tpv, i)
        if unmapped:
            text = f"(cid:{code})"  # no Unicode map for the glyph: written as pdfminer does
        elif code == 2:
            # pdfium reports a hyphen at a line end as a soft hyphen, of code 2: its advance is
            # a hyphen's (the font's width for code 2, another glyph's, made a line-end hyphen
            # 21 pt wide)
            text, code = "-", 0x2D
        else:
            text = cleaned.get(code)
            if text is None:
                text = cleaned[code] = _clean(chr(code)) if code < 0x110000 else ""
        if not text:
            continue
        key = FPDFText_GetTextObject(tpv, i) or 0
        per_object = objects.get(key) if key else None
        if per_object is None:
            FPDFText_GetMatrix(tp, i, matrix)
            # the direction of the text on the page as shown (a unit vector, y down), by the
            # character matrix as on the pdfplumber path: set vertically within a tenth of a
            # quarter turn, else at an angle from 0.05 rad. (pdfium's character angle is that of
            # the glyph's upright stroke: text set oblique by a skewed matrix, a synthetic
            # italic, read as turned.)
            sx, sy = shown(matrix.a, matrix.b)
            zx, zy = shown(0.0, 0.0)
            norm = math.hypot(sx - zx, sy - zy) or 1.0
            heading = ((sx - zx) / norm, (sy - zy) / norm)
            vertical = abs(heading[0]) < 0.1
            slanted = abs(math.atan2(heading[1], heading[0])) > 0.05
            font_size = FPDFText_GetFontSize(tp, i)
            # the size across the baseline: the matrix's scale at right angles to the text
            # (for a skewed matrix less than its upright stroke's length)
            base = math.hypot(matrix.a, matrix.b)
            size = font_size * ((abs(matrix.a * matrix.d - matrix.b * matrix.c) / base if base else 0.0) or 1.0)
            across = font_size * base  # one advance unit on the page
            handle = FPDFTextObj_GetFont(ctypes.cast(key, PageObject)) if key else None
            address = ctypes.cast(handle, ctypes.c_void_p).value if handle else 0
            font = fonts.get(key)
            if font is None:
                FPDFText_GetFontInfo(tp, i, buf, len(buf), flags)
                if unloaded is not None and address:
                    whole = loaded.get(address)
                    if whole is None:
                        whole = loaded[address] = not font_not_loaded(handle, buf.value, programs)
                    if not whole:
                        read = unloaded()
                        if read is not None:
                            return read
                        unloaded = None  # pdfminer cannot read the page either: pdfium's reading
                name = base_font(buf.value.decode("utf-8", "replace"))
                weight = FPDFText_GetFontWeight(tp, i)
                descent = ctypes.c_float(0.0)
                if not handle or not FPDFFont_GetDescent(handle, ctypes.c_float(1.0), descent):
                    descent.value = 0.0
                font = (name, weight >= BOLD_WEIGHT or is_bold_name(name), min(0.0, descent.value))
                fonts[key] = font
            per_object = (
                font, size, vertical, slanted, handle, address or 0, across,
                font[2] * size, font[0], font[1], advances.setdefault(address or 0, {}), heading,
            )
            if key:
                objects[key] = per_object
        font, size, vertical, slanted, handle, address, across, drop, font_name, bold, widths, heading = per_object
        if unmapped and glyph_names is not None:
            if named is None:
                named = glyph_names()
            text = named.get(font_name, {}).get(code, text)
        if vertical:
            # set vertically: kept aside, its runs joined into labels once the page is read
            FPDFText_GetLooseCharBox(tpv, i, rect_ref)
            corners = (shown(rect.left, rect.top), shown(rect.right, rect.bottom))
            xs, ys = zip(*corners, strict=True)
            upward.append((text, (min(xs), min(ys), max(xs), max(ys)), size, font[0], font[1]))
            turned = (key, upward[-1][1], heading[1], size, font[0], font[1])
            prev = None
            continue
        turned = None
        FPDFText_GetCharOrigin(tpv, i, ox_ref, oy_ref)
        advance_end = None
        if rotation == 0:  # shown() worked out in line: the page as is, y turned down
            x0, base = ox.value, user_h - oy.value
            # another character of the glyph before (a ligature): pdfium gives them one origin
            same_glyph = prev is not None and prev[0] == key and abs(x0 - prev[1]) < 0.01 and out
            boxed = False  # the loose box asked for
            # ... and it starts right of the origin: not the glyph's box (which starts there)
            late = False
            if address and not slanted:
                advance = widths.get(code)
                # whether the text object's characters are those of an /ActualText span (below),
                # told by its first character's box; the box is asked for every character of
                # such an object, and of another only while its glyph's advance is unsure
                spanned = spans.get(key)
                if spanned is None or spanned or not advance or same_glyph:
                    FPDFText_GetLooseCharBox(tpv, i, rect_ref)
                    boxed = True
                    late = rect.left > x0 + slack
                    if spanned is None:
                        spanned = spans[key] = late
                if advance is None:
                    advance = _checked_advance(
                        tp, i, x0, across, same_glyph, rect, handle, code,
                        widths, guesses.setdefault(address, {}), settings,
                    )
                if advance > 0:
                    advance_end = x0 + advance * across
                    # a box that starts right of the origin is not the glyph's (which starts
                    # at its origin): pdfium gives a character of an /ActualText span its ink
                    # or its share of the span, and its Unicode value need not be the glyph
                    # drawn (a capital read as lower-case, with a narrower advance): the
                    # character reaches at least to the end of its ink
                    if late and rect.right > advance_end:
                        advance_end = rect.right
            if advance_end is not None and not same_glyph:
                # the character ends where its advance does (below)
                x1 = advance_end
            else:
                if not boxed:
                    FPDFText_GetLooseCharBox(tpv, i, rect_ref)
                x1 = rect.right
            if late and i + 1 < n:
                x1 = _span_end(tp, i, oy.value, x0, x1, size, settings)
        else:
            FPDFText_GetLooseCharBox(tpv, i, rect_ref)
            if rotation == 90:
                end = (ox.value, rect.top)
            elif rotation == 180:
                end = (rect.left, oy.value)
            else:
                end = (ox.value, rect.bottom)
            x0, base = shown(ox.value, oy.value)
            x1 = shown(*end)[0]
            same_glyph = prev is not None and prev[0] == key and abs(x0 - prev[1]) < 0.01 and out
        if x1 <= x0:  # no advance recorded: the glyph's own box
            FPDFText_GetCharBox(tp, i, left, right, bottom, top)
            x1 = max(x0, *(shown(px, py)[0] for px, py in ((left.value, bottom.value), (right.value, top.value))))
        y_bottom = base - drop  # the font's descent below the baseline
        if slanted:
            # text set at an angle (a slanted column header): kept aside, its runs joined into
            # labels once the page is read (:func:`slanted_labels`)
            xs, ys = zip(shown(rect.left, rect.top), shown(rect.right, rect.bottom), strict=True)
            advance = widths.get(code)
            if advance is None and handle:
                guess = guesses.setdefault(address, {}).get(code)
                if guess is None:
                    width = ctypes.c_float()
                    ok = raw.FPDFFont_GetGlyphWidth(handle, code, ctypes.c_float(1.0), width)
                    guess = guesses[address][code] = [width.value if ok else 0.0, 0]
                advance = guess[0]
            if not advance:
                # no advance for the Unicode value, or the verdict that it is another glyph's
                # (0: :func:`_checked_advance`): measured to the next character (below)
                unsure.append(len(aslant))
            slant_objects.append(key)
            aslant.append((
                text, (min(xs), min(ys), max(xs), max(ys)), size, font_name, bold,
                shown(ox.value, oy.value), heading, (advance or 0.0) * across,
            ))
            prev = None
            continue
        if same_glyph:
            # one glyph mapped to several characters (a ligature): pdfium gives them all the
            # glyph's origin; each starts where the last one ended, or they share its width
            if x1 > prev[2] + 0.01:
                x0 = prev[2]
            else:
                last = out[-1]
                x0 = last.x0 + (last.x1 - last.x0) / 2
                last.x1 = x0
                x1 = max(x1, x0 + 0.01)
            prev = (key, prev[1], x1)
        else:
            if advance_end is not None:
                x1 = advance_end  # (a glyph of several characters keeps the box it covers)
            prev = (key, x0, x1)
        out.append(Char(text, x0, y_bottom - size, x1, y_bottom, size, font_name, bold, False, last_key is not None and key != last_key))
        last_key = key
    if text_objects is not None and text_objects > len(objects) and rotation == 0:
        out.extend(_inkless_spaces(textpage, objects, user_h))
    out.extend(vertical_labels(upward, settings))
    if unsure:
        _measured_advances(aslant, slant_objects, unsure)
    out.extend(slanted_labels(aslant, settings))
    return out


def _measured_advances(aslant: list[_Slanted], objects: list[int], unsure: list[int]) -> None:
    """The characters set at an angle whose advance pdfium did not give (``unsure``: their
    indices in ``aslant``; ``objects``: the text object of each) take the distance from their
    origin to the next character's along the text, when that one is drawn next by the same
    text object (the glyphs of a string follow each other by their advances); otherwise the
    advance stays as it was. pdfium gives a font's advance by Unicode value only, and where the value maps
    back to another glyph, the upright path takes the glyph's loose box; across a slanted
    glyph that box is turned with it and is no measure of its advance."""
    for k in unsure:
        if k + 1 >= len(aslant) or not objects[k] or objects[k + 1] != objects[k]:
            continue
        (x, y), (dx, dy) = aslant[k][5], aslant[k][6]
        (nx, ny), heading = aslant[k + 1][5], aslant[k + 1][6]
        along = (nx - x) * dx + (ny - y) * dy
        if heading == (dx, dy) and along > 0:
            aslant[k] = (*aslant[k][:7], along)


def font_not_loaded(handle, name: bytes, verdicts: dict[tuple, bool] | None = None) -> bool:
    """Could pdfium not load the font ``handle`` (named ``name`` in the PDF) whole? Either its
    embedded TrueType or OpenType program is cut short (a table of its directory reaches past
    the program's end: a damaged stream), or the font is a subset (``ABCDEF+`` before its name,
    which only an embedded program has) and pdfium found no program for it (an object it could
    not read). pdfium then draws the glyphs from what is left or from a stand-in font: a glyph
    without ink is left out of its text page with its text object, a code without a Unicode
    value of the stand-in reads "(cid:N)".

    ``verdicts``: the programs looked into so far (by the font's name and program size), kept
    for a document: a program is copied out of pdfium to be looked into, and pdfium loads a
    font again for each page that uses it."""
    import pypdfium2.raw as raw

    if not raw.FPDFFont_GetIsEmbedded(handle):
        return bool(_SUBSET_TAG.match(name))
    size = ctypes.c_size_t()
    if not raw.FPDFFont_GetFontData(handle, None, 0, ctypes.byref(size)) or size.value < 12:
        return False
    key = (name, size.value)
    verdict = verdicts.get(key) if verdicts is not None else None
    if verdict is None:
        data = (ctypes.c_uint8 * size.value)()
        ok = raw.FPDFFont_GetFontData(handle, data, size.value, ctypes.byref(size))
        verdict = bool(ok) and _sfnt_cut_short(memoryview(data).cast("B"))
        if verdicts is not None:
            verdicts[key] = verdict
    return verdict


_SUBSET_TAG = re.compile(rb"[A-Z]{6}\+")
#: the first four bytes of a TrueType or OpenType program (its table directory follows)
_SFNT_VERSIONS = (b"\x00\x01\x00\x00", b"true", b"OTTO")


def _sfnt_cut_short(data) -> bool:
    """Does a table of the TrueType or OpenType program ``data`` (bytes) reach past its end, or
    its directory? (Another kind of program, Type 1 or bare CFF, is not looked into.)"""
    if bytes(data[:4]) not in _SFNT_VERSIONS:
        return False
    tables = int.from_bytes(data[4:6], "big")
    if 12 + 16 * tables > len(data):
        return True
    for k in range(tables):
        entry = 12 + 16 * k
        offset = int.from_bytes(data[entry + 8 : entry + 12], "big")
        length = int.from_bytes(data[entry + 12 : entry + 16], "big")
        if offset + length > len(data):
            return True
    return False


def _ends_in_space(tp, key: int) -> bool:
    """Does the text object at address ``key`` (0: none) of text page ``tp`` end with a space?"""
    import pypdfium2.raw as raw

    if not key:
        return False
    obj = ctypes.cast(key, raw.FPDF_PAGEOBJECT)
    length = raw.FPDFTextObj_GetText(obj, tp, None, 0)  # in bytes of UTF-16LE, with the final NUL
    if length <= 2:
        return False
    buf = ctypes.create_string_buffer(length)
    raw.FPDFTextObj_GetText(obj, tp, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), length)
    text = buf.raw[: length - 2].decode("utf-16-le", "replace")
    return text[-1:].isspace()


def _drawn_space(tp, i: int, n: int, rotation: int, settings: LayoutSettings = DEFAULT) -> bool:
    """Is the space pdfium generated at character ``i`` of the text page (``tp``, of ``n``
    characters) one drawn there, which pdfium left out?

    In letter-spaced text (character spacing wider than half a space) pdfium guesses a space
    before each glyph of a text object, at the glyph's origin, and then drops a space the
    object draws as one after the space it guessed (the word gap of "Tracked words" read as
    no gap at all, the letters on either side having spaces of their own in the string).
    A guessed space stands at the origin of the glyph after it; one of the same text object
    that stands elsewhere (the next character, of that object, starts further on than
    ``origin_slack``) marks the
    space glyph drawn at that point, which pdfminer reads. Upright pages only."""
    import pypdfium2.raw as raw

    if rotation or i + 1 >= n:
        return False
    key = raw.FPDFText_GetTextObject(tp, i)
    if not key or raw.FPDFText_IsGenerated(tp, i + 1):
        return False
    after = raw.FPDFText_GetTextObject(tp, i + 1)
    if not after or ctypes.cast(after, ctypes.c_void_p).value != ctypes.cast(key, ctypes.c_void_p).value:
        return False
    x, y, nx, ny = (ctypes.c_double() for _ in range(4))
    raw.FPDFText_GetCharOrigin(tp, i, x, y)
    raw.FPDFText_GetCharOrigin(tp, i + 1, nx, ny)
    slack = settings.origin_slack
    return abs(y.value - ny.value) < slack and x.value < nx.value - slack


def _span_end(tp, i: int, y: float, x0: float, x1: float, size: float, settings: LayoutSettings) -> float:
    """Where character ``i`` of an /ActualText span (drawn from ``x0``, its box ending at
    ``x1``) ends: pdfium's box of a span's character ends at the ink, short of the glyph's
    advance by its side bearing, and in text set tight that gap read as a word break in the
    middle of a word. When the next character (drawn, not guessed) stands on the same baseline
    (``y``, in user space) and starts a new glyph (its origin is not the span's) at most
    ``span_end_reach`` of the size after ``x1``, this one ends where that one starts, about
    where pdfminer's advance ends."""
    import pypdfium2.raw as raw

    if raw.FPDFText_IsGenerated(tp, i + 1):
        return x1
    nx, ny = ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetCharOrigin(tp, i + 1, nx, ny)
    slack = settings.origin_slack
    if abs(ny.value - y) <= slack and nx.value > x0 + slack and 0 < nx.value - x1 <= settings.span_end_reach * size:
        return nx.value
    return x1


def _checked_advance(
    tp, i: int, x0: float, across: float, same_glyph: bool, rect, handle, code: int,
    widths: dict[int, float], guesses: dict[int, list], settings: LayoutSettings,
) -> float:
    """The advance width (text space units of a 1-point font) pdfium gives for the Unicode
    value ``code`` of character ``i`` of text page ``tp`` (drawn at ``x0``, one unit ``across``
    points wide), or 0 when the character's loose box is to be taken instead; the verdict
    filed in ``widths`` once sure.

    pdfium gives a font's advance only for a Unicode value (``FPDFFont_GetGlyphWidth``), which
    it maps back to a code through the font's encoding; a subset font whose codes are its own
    (its text readable only through its ToUnicode map) may map it to another glyph, and a 'u'
    5.1 pt wide got the 4.2 pt of another, and the gap after it read as a word break.
    The character's loose box (``rect``, filled by the caller) ends where the advance of the
    code drawn ends or where its ink does, whichever is further: when it reaches past the ink
    (the tight box) by more than ``advance_check_slack``, its end is the advance, and when the
    Unicode value's advance ends elsewhere, the font's characters of that value take their
    loose box from then on (a verdict per glyph, not a width: a width measured on one text
    object would carry that object's scaling to the others). A glyph whose ink reaches the end
    (an overhanging italic 'f', a space) tells nothing; after ``advance_check_tries`` such
    looks the advance pdfium gave for the Unicode value is kept. The characters after the
    first of one glyph (``same_glyph``: a ligature, an /ActualText span) share its box and are
    not looked at."""
    import pypdfium2.raw as raw

    guess = guesses.get(code)
    if guess is None:
        width = ctypes.c_float()
        ok = raw.FPDFFont_GetGlyphWidth(handle, code, ctypes.c_float(1.0), width)
        guess = guesses[code] = [width.value if ok else 0.0, 0]
    if same_glyph or across <= 0:
        return guess[0]
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    raw.FPDFText_GetCharBox(tp, i, left, right, bottom, top)
    slack = settings.advance_check_slack
    if abs(rect.left - x0) <= slack and rect.right > right.value + slack:
        agrees = abs(rect.right - (x0 + guess[0] * across)) <= slack
        widths[code] = guess[0] if agrees else 0.0
        return widths[code]
    guess[1] += 1
    if guess[1] >= settings.advance_check_tries:
        widths[code] = guess[0]
    return guess[0]


def _inkless_spaces(textpage, read: dict[int, tuple], height: float) -> list[Char]:
    """A space for each upright text object on the page (or in a form XObject on it) that
    pdfium's text page has no character of (``read``: the text objects it has, by address)
    and that draws no ink (its bounds have no width): a string of spaces, at its origin,
    one space's advance wide, in the coordinates of an unrotated page ``height`` high."""
    import pypdfium2.raw as raw

    out: list[Char] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    matrix = raw.FS_MATRIX()
    size, advance, descent = ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    name = ctypes.create_string_buffer(128)
    fonts: dict[int | None, tuple[float, float, str, bool]] = {}

    def visit(obj) -> None:
        address = ctypes.cast(obj, ctypes.c_void_p).value
        if not address or address in read:
            return
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top) or right.value > left.value:
            return
        if not raw.FPDFPageObj_GetMatrix(obj, matrix) or matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
            return
        font = raw.FPDFTextObj_GetFont(obj)
        if not font or not raw.FPDFTextObj_GetFontSize(obj, size) or size.value <= 0:
            return
        key = ctypes.cast(font, ctypes.c_void_p).value
        metrics = fonts.get(key)
        if metrics is None:  # a space's advance, the descent and the name, once per font
            if not raw.FPDFFont_GetGlyphWidth(font, 32, ctypes.c_float(1.0), advance):
                advance.value = 0.0
            if not raw.FPDFFont_GetDescent(font, ctypes.c_float(1.0), descent):
                descent.value = 0.0
            n = raw.FPDFFont_GetBaseFontName(font, name, len(name))
            font_name = base_font(name.raw[: max(n - 1, 0)].decode("utf-8", "replace"))
            metrics = fonts[key] = (advance.value, min(0.0, descent.value), font_name, is_bold_name(font_name))
        space, drop, font_name, bold = metrics
        if space <= 0:
            return
        em, across = size.value * matrix.d, size.value * matrix.a
        x0, foot = matrix.e, height - matrix.f - drop * em
        out.append(Char(" ", x0, foot - em, x0 + space * across, foot, em, font_name, bold))

    page = textpage.page.raw
    for k in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            visit(obj)
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            for j in range(raw.FPDFFormObj_CountObjects(obj)):
                inner = raw.FPDFFormObj_GetObject(obj, j)
                if raw.FPDFPageObj_GetType(inner) == raw.FPDF_PAGEOBJ_TEXT:
                    visit(inner)
    return out


# a character set vertically: text, box on the page as shown (x0, top, x1, bottom), size, font, bold
_Upright = tuple[str, tuple[float, float, float, float], float, str, bool]


def vertical_labels(chars: list[_Upright], settings: LayoutSettings = DEFAULT) -> list[Char]:
    """Characters set vertically, joined into one :class:`Char` per label in the order drawn.

    A label goes on while the next character stands in the same upright column (its box's
    middle shifted across by at most ``vertical_shift_ratio`` of the size) and follows the last
    one along it in the same direction, with a gap between their boxes of at most
    ``vertical_break_ratio`` of the size; a gap wider than ``vertical_space_ratio`` is a word
    break. Why join them here: a browser or layout program may draw each turned letter as an
    object of its own, and the word stage groups characters along horizontal lines only; one
    label over the run's box lands whole in the table cell (or the line) it stands in, read as
    it is read, bottom-to-top or top-to-bottom. Boxes only (no origins), so that both character
    sources give the same labels."""
    out: list[Char] = []
    run: list[_Upright] = []
    step = 0.0  # the direction of the run along the page's y axis (+1 down, -1 up), 0 unknown

    def flush() -> None:
        text = " ".join("".join(c[0] for c in run).split())
        if text:
            # the box of its letters: a space drawn before or after them (pdfminer reads a
            # string's trailing spaces, pdfium's text page leaves them out) is no part of it
            inked = [c for c in run if not c[0].isspace()]
            x0 = min(c[1][0] for c in inked)
            top = min(c[1][1] for c in inked)
            x1 = max(c[1][2] for c in inked)
            bottom = max(c[1][3] for c in inked)
            out.append(Char(text, x0, top, x1, bottom, run[0][2], run[0][3], run[0][4], True))

    for c in chars:
        if run:
            last = run[-1]
            (lx0, ltop, lx1, lbottom), (x0, top, x1, bottom) = last[1], c[1]
            size = max(last[2], c[2], 1.0)
            shift = abs((x0 + x1) - (lx0 + lx1)) / 2
            direction = 1.0 if top + bottom > ltop + lbottom else -1.0
            gap = top - lbottom if direction > 0 else ltop - bottom  # between the two boxes
            if (
                shift <= settings.vertical_shift_ratio * size
                and (step == 0.0 or direction == step)
                and gap <= settings.vertical_break_ratio * size
            ):
                if gap > settings.vertical_space_ratio * size:
                    run.append((" ", c[1], c[2], c[3], c[4]))
                run.append(c)
                step = direction
                continue
            flush()
        run, step = [c], 0.0
    if run:
        flush()
    return out


# a character set at an angle other than a quarter turn: text, box on the page as shown (x0,
# top, x1, bottom), size, font, bold, origin (x, y down), direction (a unit vector, y down),
# advance along it (pt)
_Slanted = tuple[str, tuple[float, float, float, float], float, str, bool, tuple[float, float], tuple[float, float], float]


def slanted_labels(chars: list[_Slanted], settings: LayoutSettings = DEFAULT) -> list[Char]:
    """Characters set at an angle that is not a quarter turn (a table's column heads slanted
    at 60°, a word set at a slight tilt, text upside down), joined into one
    :class:`Char` (``turned``) per label, in the order drawn, placed where it starts (the box
    of its first letter, as the pdfium path placed a text object's label).

    A label goes on while the next character is set in the same direction and its origin
    follows the last one's along it: shifted across by at most ``vertical_shift_ratio`` of
    the size, the gap after the last one's advance at most ``vertical_break_ratio`` of the
    size; a gap wider than ``vertical_space_ratio`` of it is a word break. Why here: the word
    stage groups characters along horizontal lines, and a slanted label's letters, each
    standing lower or higher than the last, read there as letters scattered over the
    lines around them. By origins and advances, which both character sources give alike (the
    pdfium path joined a text object's characters, the pdfplumber path read them as upright)."""
    out: list[Char] = []
    run: list[_Slanted] = []

    def flush() -> None:
        text = " ".join("".join(c[0] for c in run).split())
        inked = [c for c in run if not c[0].isspace()]
        if text and inked:
            # placed where it starts: over its first letter, from the origin along the advance
            # and from the baseline one size up (a glyph box each source measures by its own
            # font metrics). A slanted column head starts in its cell and runs on above it.
            xs: list[float] = []
            ys: list[float] = []
            (x, y), (dx, dy), size, advance = inked[0][5], inked[0][6], inked[0][2], inked[0][7]
            for along, up in ((0.0, 0.0), (advance, 0.0), (0.0, size), (advance, size)):
                xs.append(x + along * dx + up * dy)
                ys.append(y + along * dy - up * dx)
            out.append(Char(text, min(xs), min(ys), max(xs), max(ys), inked[0][2], inked[0][3], inked[0][4], True))

    for c in chars:
        if run:
            last = run[-1]
            (lx, ly), (dx, dy) = last[5], last[6]
            size = max(last[2], c[2], 1.0)
            vx, vy = c[5][0] - lx, c[5][1] - ly
            along = vx * dx + vy * dy
            across = abs(vy * dx - vx * dy)
            gap = along - last[7]
            if (
                abs(c[6][0] - dx) + abs(c[6][1] - dy) <= 0.01
                and along > 0
                and across <= settings.vertical_shift_ratio * size
                and gap <= settings.vertical_break_ratio * size
            ):
                if gap > settings.vertical_space_ratio * size and not c[0].isspace() and not last[0].isspace():
                    run.append((" ", *c[1:]))
                run.append(c)
                continue
            flush()
        run = [c]
    if run:
        flush()
    return out


# Codes WinAnsiEncoding leaves unused above 040; the PDF reference (1.7, appendix D, note 5) maps
# them to the bullet, and reportlab writes its Helvetica bullet as 0x7F. pdfium follows the note,
# pdfminer writes "(cid:127)".
_WINANSI_UNUSED = frozenset({0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D})


def _winansi_fonts(page) -> set[str]:
    """Base font names of the page's simple fonts encoded as WinAnsiEncoding."""
    from pdfminer.pdftypes import resolve1

    names: set[str] = set()
    try:
        fonts = resolve1(resolve1(page.page_obj.resources or {}).get("Font")) or {}
        for spec in fonts.values():
            spec = resolve1(spec)
            encoding = resolve1(spec.get("Encoding"))
            if isinstance(encoding, dict):
                encoding = resolve1(encoding.get("BaseEncoding"))
            if getattr(encoding, "name", None) == "WinAnsiEncoding":
                names.add(getattr(resolve1(spec.get("BaseFont")), "name", ""))
    except Exception:  # a broken resource dictionary: leave the characters as pdfminer read them
        return set()
    return names


def glyph_texts(page) -> dict[str, dict[int, str]]:
    """Per font of the pdfplumber ``page`` (its name without the subset tag): the text of each
    code its encoding's ``/Differences`` names a glyph for, by the Adobe glyph list's rules as
    pdfminer applies them (a ligature named by its letters, "f_f_i", is "ffi"). A code two
    fonts of one name give different texts is left out; so is a name no rule reads."""
    from pdfminer.encodingdb import name2unicode
    from pdfminer.pdftypes import resolve1

    out: dict[str, dict[int, str]] = {}
    clashes: set[tuple[str, int]] = set()
    try:
        fonts = resolve1(resolve1(page.page_obj.resources or {}).get("Font")) or {}
        for spec in fonts.values():
            spec = resolve1(spec)
            encoding = resolve1(spec.get("Encoding"))
            differences = resolve1(encoding.get("Differences")) if isinstance(encoding, dict) else None
            if not isinstance(differences, list):
                continue
            name = base_font(getattr(resolve1(spec.get("BaseFont")), "name", ""))
            texts = out.setdefault(name, {})
            code = 0
            for item in differences:
                item = resolve1(item)
                if isinstance(item, int):
                    code = item
                    continue
                glyph = getattr(item, "name", None)
                if isinstance(glyph, str):
                    try:
                        text = "".join(_clean(ch) for ch in name2unicode(glyph))
                    except (KeyError, ValueError):
                        text = ""
                    if text and (name, code) not in clashes and texts.setdefault(code, text) != text:
                        clashes.add((name, code))  # two fonts of one name disagree: neither
                        del texts[code]
                code += 1
    except Exception:  # a broken resource dictionary: the glyphs stay unmapped
        return {}
    return out


def _unmapped_code(text: str) -> int | None:
    """The code of a character pdfminer could not map ("(cid:127)" → 127)."""
    if text.startswith("(cid:") and text.endswith(")") and text[5:-1].isdigit():
        return int(text[5:-1])
    return None


def _with_actual_text(
    chars: list[dict], spans: list[int | None], texts: list[str], strings: Sequence[int] = ()
) -> tuple[list[dict], Sequence[int]]:
    """pdfplumber's characters with those of each ``/ActualText`` span
    (:func:`plancheck.layout.plumber.read_text`) read as the span's text, as pdfium
    reads them: one character each when the span draws as many characters as its text has,
    else the text's characters share the span's width, from its first character's box (an
    empty text replaces nothing); and the string (text object) of each character read, from
    ``strings``, that of each of ``chars`` (empty when they do not line up): a span's text
    read in the string of its first character, as pdfium reads it in the text object that draws
    it. Why the strings: without them the pdfplumber path knew no string starts on a page with
    /ActualText spans, and split a field pushed back onto the word before it
    (:func:`plancheck.layout.words.pushed_back`) otherwise than the pdfium path."""
    if not spans:
        return chars, strings
    lined_up = len(strings) == len(chars)
    out: list[dict] = []
    shown: list[int] = []
    k = 0
    while k < len(chars):
        span = spans[k]
        if span is None:
            out.append(chars[k])
            if lined_up:
                shown.append(strings[k])
            k += 1
            continue
        end = k
        while end < len(chars) and spans[end] == span:
            end += 1
        run, text = chars[k:end], "".join(_clean(ch) for ch in texts[span])
        if len(run) == len(text):
            out.extend({**c, "text": t} for c, t in zip(run, text, strict=True))
        elif text:
            x0, x1 = run[0]["x0"], max(c["x1"] for c in run)
            step = (x1 - x0) / len(text)
            out.extend({**run[0], "text": t, "x0": x0 + n * step, "x1": x0 + (n + 1) * step} for n, t in enumerate(text))
        else:
            out.extend(run)  # an empty text replaces nothing (pdfium keeps the glyphs)
        if lined_up:
            shown.extend(strings[k:end] if len(run) == len(text) or not text else [strings[k]] * len(text))
        k = end
    return out, shown


def _repeated_space(last: dict | None, c: dict, settings: LayoutSettings) -> bool:
    """Is pdfminer's space ``c`` one more of a string of spaces, right after the space
    ``last`` (the character before it, in the order drawn)? pdfium's text page keeps the
    first of a string's spaces only, and a string padded with spaces that runs on under the
    next cell's words put a space between each of their letters on the pdfplumber path alone.
    One more of the string: the same font and size, on the same baseline, starting after the
    last one's start and at most a space's width after its end (the character and word spacing
    between them)."""
    if last is None:
        return False
    width = last["x1"] - last["x0"]
    return (
        last.get("fontname") == c.get("fontname")
        and last["size"] == c["size"]
        and abs(last["bottom"] - c["bottom"]) <= settings.origin_slack
        and last["x0"] < c["x0"] <= last["x1"] + width
    )


def plumber_chars(page, settings: LayoutSettings = DEFAULT) -> list[Char]:
    """Characters of one pdfplumber page (the reference path); those set vertically joined into
    labels as on the pdfium path (:func:`vertical_labels`), those set at another angle left out."""
    from plancheck.layout.plumber import read_text

    out: list[Char] = []
    winansi: set[str] | None = None  # looked up only when an unmapped character turns up
    upward: list[_Upright] = []  # the characters set vertically (see vertical_labels)
    spans, texts, weights, sizes, repeated, strings = read_text(page)
    for c, em in zip(page.chars, sizes, strict=False):
        c["em"] = em  # the size pdfium gives (for text set at an angle: pdfminer's box is turned)
    chars = page.chars
    if repeated:
        # a string drawn again over one just before (fake bold as a second string, a shadow):
        # left out, as pdfium leaves its text object out of the text page
        chars = [c for i, c in enumerate(chars) if i not in repeated]
        spans = [s for i, s in enumerate(spans) if i not in repeated] if spans else spans
    aslant: list[_Slanted] = []  # the characters set at another angle (see slanted_labels)
    # pdfminer's user space → pdfplumber's page (pdfplumber.Page.process_object)
    shift = (page.mediabox[0], page.height + page.mediabox[1])

    def heavy(font: str) -> bool:
        """Bold by its name or, as pdfium reads it, by its descriptor's weight."""
        return is_bold_name(font) or weights.get(font, 0) >= BOLD_WEIGHT

    last_space: dict | None = None  # the character before, when it was a space
    # per character read (``chars`` through their /ActualText spans): the string that shows it
    # (Char.string_start)
    shown = [s for i, s in enumerate(strings) if i not in repeated] if repeated else strings
    read, shown_in = _with_actual_text(chars, spans, texts, shown)
    last_string: int | None = None
    for at, c in enumerate(read):
        # set vertically by its matrix, as pdfium tells it from the angle: pdfminer's "upright"
        # holds for a quarter turn written with a rounding error (a and d of 1e-17, not 0)
        a, b, cc, d = (c.get("matrix") or (1, 0, 0, 1))[:4]
        if abs(a) < 0.1 * max(abs(b), 1e-9) and abs(d) < 0.1 * max(abs(cc), 1e-9):
            font = c.get("fontname", "")
            text = "".join(_clean(ch) for ch in c["text"])
            # its size the font's as pdfium gives it (the font size times the matrix's scale):
            # pdfminer's matrix leaves the font size out, and across a character turned on its
            # side its box spans the font's height, one size
            size = c["x1"] - c["x0"]
            upward.append((text, (c["x0"], c["top"], c["x1"], c["bottom"]), size, base_font(font), heavy(font)))
            continue
        if abs(b) > 0.05 * abs(a) or a < 0:
            # set at an angle (tan 0.05 ≈ 0.05 rad, where pdfium calls a text object slanted),
            # or upside down: read as a label in its own direction, as on the pdfium path.
            # pdfminer's matrix is the glyph's origin and direction on the page, y up.
            text = "".join(_clean(ch) for ch in c["text"])
            if text:
                e, f = (c.get("matrix") or (1, 0, 0, 1, 0, 0))[4:6]
                e, f = e + shift[0], shift[1] - f  # on the page as shown, as pdfplumber places its boxes
                scale = math.hypot(a, b) or 1.0
                font = c.get("fontname", "")
                aslant.append((
                    text, (c["x0"], c["top"], c["x1"], c["bottom"]), c.get("em", c["size"]),
                    base_font(font), heavy(font), (e, f), (a / scale, -b / scale), c.get("adv", 0.0) * scale,
                ))
            continue
        if not c.get("upright", True):
            continue
        code = _unmapped_code(c["text"])
        if code in _WINANSI_UNUSED:
            if winansi is None:
                winansi = _winansi_fonts(page)
            if c.get("fontname", "") in winansi:
                c = {**c, "text": "\u2022"}
        text = "".join(_clean(ch) for ch in c["text"]) if len(c["text"]) > 1 else _clean(c["text"])
        if not text:
            continue
        if text == " " and _repeated_space(last_space, c, settings):
            last_space = c  # the string goes on from this one
            continue
        last_space = c if text == " " else None
        font = c.get("fontname", "")
        string = shown_in[at] if at < len(shown_in) else None
        fresh = string is not None and last_string is not None and string != last_string
        last_string = string
        out.append(Char(text, c["x0"], c["top"], c["x1"], c["bottom"], c["size"], base_font(font), heavy(font), False, fresh))
    out.extend(vertical_labels(upward, settings))
    out.extend(slanted_labels(aslant, settings))
    return out
