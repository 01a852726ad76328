"""The serial tail of a check (extraction and the rules, after the pages are read) made cheaper
without changing what it finds (issue 12, session 25).

* ``drafts.links_in`` and ``leftovers_in`` search a short hint before their long patterns
  (``_LINK_HINT``, ``_PHRASE_HINT``): the hint must be in every text the pattern matches,
  under the same case rule (Python's ``re.IGNORECASE`` also folds the dotless ı and the Kelvin
  sign), so a property test hunts for a match of the pattern that the hint misses;
* ``drafts.references_in`` finds a text's captions at the first reference of the sentence it
  is asked about, not for every sentence (quadratic on a long text): at most once a call, and
  not at all for a sentence that refers to nothing;
* ``vocab.column_role`` is cached per text and ``parent_goal_header`` turns away a cell that
  begins with no parent plan's name in one prefix test: both against their plain definitions.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck import drafts
from plancheck.lang import vocab

# pieces the long patterns are made of, so that random texts often come close to a match
_LINK_PIECES = [
    "file:/", "file:///", "\\\\", "\\", "K:", "k:", "C:\\", "C:/", "http://", "https://", "ftp://",
    "intranett", "intranet", "INTRANET", "ıntranet", "intranet.", "Intranett/", "ıntranet/", "kommune.", ".local", ".LOCAL", ".intern", ".internal", ".lan",
    ".corp", ".intra", "server", "share", "www.", ".no", "/", ":", ".", " ", "-", "_", "x", "a1",
    "\u212a", "\u0130",
]
_PHRASE_PIECES = [
    "hvor skal ", "denne ", "lenken", "lenke ", "kommer", "mangler", " lenke", "sett ", "legg ", "inn ",
    "klikk ", "eller trykk ", "her for å skrive", " tekst", "tekst ", "følger", " senere", "click or tap here",
    " to enter text", "lorem ipsum", "LOREM", "skriv mer her", "where should ", "this ", "the ", "link go",
    "?", "??", "mer ", ".", " ", "ı", "\u212a", "KLIKK ", "click or tap here to enter text", "Where should the link go",
    "klikk eller trykk her for å skrive inn tekst", "hvor skal lenken gå", "Tekst kommer", "mer tekst følger senere",
]


def _texts(pieces: list[str]):
    """Texts of the pieces, a random few characters among them now and then."""
    return st.lists(st.sampled_from(pieces) | st.sampled_from(pieces) | st.text(max_size=3), max_size=14).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_texts(_LINK_PIECES))
def test_the_link_hint_is_in_every_text_the_link_pattern_matches(text):
    if drafts._LINKS.search(text):
        assert drafts._LINK_HINT.search(text)


@settings(max_examples=1500, deadline=None)
@given(_texts(_PHRASE_PIECES))
def test_the_phrase_hint_is_in_every_text_the_phrase_pattern_matches(text):
    if drafts._PHRASES.search(text):
        assert drafts._PHRASE_HINT.search(text)


def test_links_and_leftovers_are_still_found_behind_the_hints():
    assert [f[2] for f in drafts.links_in(r"Se K:\Plan\Budsjett.xlsx og file:///srv/plan.")] == [
        r"K:\Plan\Budsjett.xlsx",
        "file:///srv/plan",
    ]
    assert [f[2] for f in drafts.links_in("Ligger på http://intranett.kommune.no/plan.")] == [
        "http://intranett.kommune.no/plan"
    ]
    assert drafts.links_in("Mål: flere skal gå til skolen.") == []
    found = [f[2] for f in drafts.leftovers_in("Lorem ipsum dolor. Lenke kommer. Stemmer dette tallet?")]
    assert found == ["Lorem ipsum", "Lenke kommer", "Stemmer dette tallet?"]
    assert drafts.leftovers_in("Flere skal gå til skolen.") == []


def test_a_texts_captions_are_found_once_and_only_where_a_sentence_refers(monkeypatch):
    calls: list[str] = []
    starts = drafts._caption_starts

    def counted(text: str) -> set[int]:
        calls.append(text)
        return starts(text)

    monkeypatch.setattr(drafts, "_caption_starts", counted)
    text = "Figur 2: Skolene. Vi bygger ut skolene. Se figur 3 og tabell 4. Dette er ferdig i 2026."
    spans = drafts._sentences(text)
    found = [(m.group(0), kind) for a, b in spans for m, kind, _nums in drafts.references_in(text, a, b)]
    # the caption's own label is no reference; the two references are
    assert found == [("figur 3", "figure"), ("tabell 4", "table")]
    # asked sentence by sentence: the captions were looked for in the two sentences that hold
    # a reference (the caption's and the one that refers), not in the other two
    assert len(calls) == 2


_CELLS = [
    "Ansvar", "Hovedansvar", "Ansvarlig", "Frist", "Tiltak", "Mål", "Kostnad", "Status", "Lead", "Timeline",
    "Kommuneplanens mål", "Samfunnsdelen", "KPS-mål", "Kommuneplanmål", "Samfunnsdelsmål", "Related goals",
    "Borough Plan theme", "the corporate plan", "Council plan goal", "1. Tiltak", "Ansvar-\nlig", "Frist*",
    "kommuneplanens samfunnsdel", "kommuneplanens samfunnsdel mål", "kommuneplanens samfunnsdel-mål",
]


def _plain_parent_goal_header(text: str) -> bool:
    """:func:`vocab.parent_goal_header` as it was written before the prefix test."""
    text = vocab._norm(text or "")
    if not text:
        return False
    compounds, plans, goals = vocab._parent_header_words()
    if text in compounds:
        return True
    for plan in plans:
        if text == plan:
            return True
        if text.startswith((plan + " ", plan + "-")) and text[len(plan) + 1 :] in goals:
            return True
    return False


def _cells():
    _compounds, plans, goals = vocab._parent_header_words()
    words = [*_CELLS, *plans, *goals, " ", "-", "  ", ": ", "mål"]
    return st.lists(st.sampled_from(words) | st.text(max_size=4), max_size=4).map("".join)


@settings(max_examples=800, deadline=None)
@given(_cells())
def test_parent_goal_header_is_its_plain_definition(text):
    assert vocab.parent_goal_header(text) == _plain_parent_goal_header(text)


@settings(max_examples=400, deadline=None)
@given(_cells())
def test_a_cached_column_role_is_the_role_worked_out_afresh(text):
    first = vocab.column_role(text)
    assert vocab.column_role(text) == first == vocab.column_role.__wrapped__(text)


def test_every_parent_plan_name_with_a_goal_word_is_a_parent_goal_header():
    _compounds, plans, goals = vocab._parent_header_words()
    goal = sorted(goals)[0]
    for plan in plans:
        assert vocab.parent_goal_header(plan)
        assert vocab.parent_goal_header(f"{plan} {goal}")
        assert vocab.parent_goal_header(f"{plan}-{goal}")
        assert vocab.parent_goal_header(f"{plan}x {goal}") == _plain_parent_goal_header(f"{plan}x {goal}")
