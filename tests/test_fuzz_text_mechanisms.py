"""Properties of session 15's pure functions on untrusted text, with hypothesis.

Whatever a plan or mandate prints (right-to-left text, combining marks, zero-width characters,
brackets, lone punctuation, digits of other scripts), these functions return and say no more
than the text: the missing-concern phrases (:mod:`plancheck.mandate.missing`), a goal's
missing words (``said_in_goal``), a box's number and theme (``themed_number``), statement
headings (``whole_sentence``), the modal opening of a mandate paragraph, numbered grid cells
and marked year columns. More examples: ``PLANCHECK_FUZZ_EXAMPLES=2000 pytest …``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plancheck.extract import plan as PL
from plancheck.extract import stated as ST
from plancheck.extract import tables as TB
from plancheck.mandate import missing as M
from plancheck.mandate import parents as P
from plancheck.mandate import points as PT

EXAMPLES = int(os.environ.get("PLANCHECK_FUZZ_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)

# words of plans and mandates, and the characters an attacker or a broken converter adds
VOCAB = [
    "skal", "kommunen", "trygg", "skoleveg", "og", "eller", "i", "for", "til", "av", "med",
    "sentrum", "hvordan", "beskrives", "finansieres", "løses", "Hele", "dalen", "X", "✓",
    "2025", "1", "2.", "3)", "BOLIG", "Alle", "behovet", "flere", ",", ".", ":", "(", ")",
    "[", "]", "–", "?", "ska", "utredas", "shall", "the", "must", "Planen", "bør", "må",
    "Ansvar:", "frist:", "\u200b", "\u202e", "\u0301", "ا", "שלום", "e\u0301", "\t", "\n",
    "ﬁ", "İ", "ß", "𝟙", "٣", "¹", "Ⅻ", "\u00a0",
]
TEXT = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(VOCAB), max_size=30).map(" ".join),
    st.lists(st.sampled_from(VOCAB), max_size=30).map("".join),
)
LANG = st.sampled_from(["nb", "nn", "sv", "da", "en"])


@FUZZ
@given(TEXT, st.lists(TEXT, max_size=4), LANG)
def test_missing_phrases_are_the_texts_own(text: str, lacking: list[str], lang: str) -> None:
    norm = " ".join(text.split())
    phrases = M.lacking_phrases(text, lacking, lang)
    assert len(phrases) <= len(text.split())
    for p in phrases:
        assert p in norm or p in text
    head = M.head_phrase(text, lang)
    assert len(head) <= len(text)
    assert len(M.short_form(text, lang=lang)) <= len(text)
    assert len(M.short_form(text)) <= len(text)
    said = M.concern_missing(text, lacking, lang)
    assert len(said) <= len(lacking) + 1
    assert len(P.said_in_goal(lacking, text, lang)) <= len(lacking) + len(text.split())


@FUZZ
@given(TEXT, LANG)
def test_heading_and_box_readers_never_raise(text: str, lang: str) -> None:
    assert isinstance(ST.whole_sentence(text, 3), bool)
    assert isinstance(P.names_content(text), bool)
    assert isinstance(PL._carries_fields(text, lang), bool)
    themed = P.themed_number(text)
    if themed is not None:
        number, goal = themed
        assert number.strip(".)").isdigit() and len(goal) < len(text)
    form = PT._modal_opening(text)
    if form is not None:
        assert len(form) <= len(text)


@FUZZ
@given(st.lists(TEXT, min_size=1, max_size=8))
def test_marked_span_is_an_ordered_pair_of_the_columns_years(cells: list[str]) -> None:
    years = {i: 2020 + i for i in range(len(cells))}
    span = TB.marked_span(years, cells)
    if span is not None:
        assert span[0] <= span[1] and set(span) <= set(years.values())
    assert isinstance(TB.numbered_cells(cells), bool)
