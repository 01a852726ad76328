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
