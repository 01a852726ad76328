"""Work asked per word or per character that depends only on a font's name or a block's text,
done once per name and in one pass (session 20): the same answers as the definitions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.layout.chars import BOLD_NAMES, ITALIC_NAMES, is_bold_name, is_italic_name
from plancheck.models import Block, BlockKind, Document
from plancheck.pipeline import cid_share


def test_font_name_tests_are_kept_per_name():
    is_italic_name.cache_clear()
    is_bold_name.cache_clear()
    for _ in range(3):
        assert is_italic_name("Invented-SerifItalic") and not is_italic_name("Invented-Serif")
        assert is_bold_name("Invented-Serif,Bold") and not is_bold_name("Invented-Serif")
    assert is_italic_name.cache_info().hits == 4 and is_bold_name.cache_info().hits == 4


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "B", "i", "t", "l", "c", "o", "d", "e", "m", "+", ",", "-"]), max_size=14))
def test_font_name_tests_are_the_definitions(name):
    assert is_italic_name(name) == any(k in name.lower() for k in ITALIC_NAMES)
    assert is_bold_name(name) == any(k in name.lower() for k in BOLD_NAMES)


# every kind of white space str.isspace() knows, a "(cid:N)" code and ordinary letters
_PIECES = [" ", "\t", "\n", "\x1c", "\x85", "\u00a0", "\u2003", "\u3000", "\u200b", "(cid:12)", "(cid:7)", "ab", "ø", "-"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), min_size=1, max_size=4))
def test_cid_share_counts_the_characters_str_isspace_leaves(texts):
    import re

    doc = Document(path="invented.pdf", blocks=[Block(id=f"b{i}", kind=BlockKind.paragraph, text=t) for i, t in enumerate(texts)])
    glyphs = cid = 0
    for t in texts:  # the definition: a code is one glyph, every other non-space character one
        codes = re.findall(r"\(cid:\d+\)", t)
        cid += len(codes)
        glyphs += sum(1 for c in t if not c.isspace()) - sum(map(len, codes)) + len(codes)
    assert cid_share(doc) == (cid / glyphs if glyphs else 0.0)


_WORDS = ["Frist:", "Dato:", "2026", "12", "(a)", "-", "Tiltak", "3b", "§", "x"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.booleans()), min_size=1, max_size=6))
def test_a_lines_weight_is_the_letter_and_figure_definition(spec):
    """finish_line sorts the words into letter words and figures in one pass: the line's
    weight is the one of the definition (figures: words with a digit not among the letter
    words), duplicate words included."""
    from plancheck.layout.lines import Line, finish_line
    from plancheck.layout.words import Word

    words = [Word(t, 10.0 * i, 0.0, 10.0 * i + 8, 10.0, 10.0, "Invented", b) for i, (t, b) in enumerate(spec)]
    letters = [w for w in words if any(ch.isalpha() for ch in w.text)]
    figures = [w for w in words if any(ch.isdigit() for ch in w.text) and w not in letters]
    bold = bool(letters) and all(w.bold for w in letters) and not (
        figures and letters[-1].text.endswith(":") and not any(w.bold for w in figures)
    )
    line = Line(page=1, words=list(words), x0=0, x1=0, top=0, bottom=10, size=0, bold=False)
    finish_line(line)
    assert line.bold == bold
