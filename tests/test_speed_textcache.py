"""Extraction's per-text helpers cached (issue 12, session 26): ``roles.heading_role``,
``text.normalise``, ``fields._field_labels`` and ``vocab._norm`` are each asked about the same
few hundred texts many times while a plan is extracted, and each is a pure function of its
arguments and the lexicon, so each is now cached per text.

The tests hold them to that: a cached answer is the answer worked out afresh (``__wrapped__``,
the function without its cache) on texts built from the pieces headings, cells and measure
lines are made of; the answer of ``_field_labels`` is a tuple, so no caller can change what the
next caller gets; and a second call with the same text is a cache hit (fails on main, where
nothing was cached).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.extract import fields, roles
from plancheck.ingest import text as ingest_text
from plancheck.lang import vocab

# words of role headings and field labels in the five languages, numbering, brackets, colons,
# dashes, line breaks and the characters the normalisers treat specially
_PIECES = [
    "Mål", "mål", "Delmål", "Hovudmål", "Goal", "Goals", "Objective", "Strategi", "Strategier",
    "Tiltak", "tiltak", "Åtgärder", "Indsatsområde", "Satsingsområde", "Priority", "Actions",
    "Key outcomes", "Actions we will take", "Visjon", "Vision", "Indikatorer", "Ansvar", "Frist",
    "Lead", "Timeline", "Ansvarlig", "Tidsramme", "Hjemmetjenesten", "Kultur og fritid",
    "2026", "2024–2027", "Høst 2026", "31.12.", "1.", "3.2", "IV", "(forts.)", "(continued)",
    "(2014–2016)", "(hva vil vi oppnå?)", ":", ": ", " – ", " - ", ";", ". ", ".", ",", "*", "?",
    " ", "  ", "\n", "-\n", "\u00ad", "\xa0", "Alle barn skal ha en trygg oppvekst.",
    "Flere borgere skal vælge cyklen", "Reduce emissions", "vi", "våre", "we", "our", "x",
]


def _texts():
    return st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_heading_role_cached_is_fresh(title: str) -> None:
    assert roles.heading_role(title) == roles.heading_role.__wrapped__(title)


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_normalise_cached_is_fresh(text: str) -> None:
    assert ingest_text.normalise(text) == ingest_text.normalise.__wrapped__(text)


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_vocab_norm_cached_is_fresh(text: str) -> None:
    assert vocab._norm(text) == vocab._norm.__wrapped__(text)


@settings(max_examples=300, deadline=None)
@given(_texts(), st.lists(st.integers(min_value=-2, max_value=60), max_size=3).map(tuple))
def test_field_labels_cached_is_fresh(text: str, emphasis: tuple[int, ...]) -> None:
    assert fields._field_labels(text, emphasis) == fields._field_labels.__wrapped__(text, emphasis)


def test_field_labels_answer_cannot_be_changed_by_a_caller() -> None:
    text = "Tilby kurs til brukere. Ansvar: Hjemmetjenesten. Frist: Høst 2026"
    first = fields._field_labels(text, ())
    assert isinstance(first, tuple) and first  # two labels, as a tuple
    assert fields.sentence_fields(text, "nb") == fields.sentence_fields(text, "nb")


def test_repeated_texts_are_cache_hits() -> None:
    for fn, args in (
        (roles.heading_role, ("Mål og strategier (2024–2027)",)),
        (ingest_text.normalise, ("Mål: Flere skal gå til skolen.",)),
        (vocab._norm, ("3. Ansvarlig:",)),
        (fields._field_labels, ("Tiltak. Ansvar: Kultur og fritid", ())),
    ):
        fn(*args)
        hits = fn.cache_info().hits
        fn(*args)
        assert fn.cache_info().hits == hits + 1, fn.__name__
