"""Readings the extractor asks for again and again about one text (a deadline cell, an owner
cell, a measure line's fields, a paragraph's sentences) are worked out once per text and kept
(session 30); what a caller gets is its own: changing it changes nothing the next caller gets."""

from __future__ import annotations

import datetime as dt

from plancheck.extract.fields import _split_fields, split_fields
from plancheck.extract.prose import _sentences, sentences
from plancheck.lang.deadlines import _parsed, parse_deadline
from plancheck.lang.owners import _analyse, classify_owner


def test_a_deadline_is_parsed_once_per_text_and_each_caller_gets_a_copy():
    _parsed.cache_clear()
    first = parse_deadline("Vår 2031 → høst 2032 (utsatt)")
    assert first is not None and first.start == dt.date(2032, 8, 1)
    first.start = dt.date(1999, 1, 1)  # a caller completing the dates in place
    again = parse_deadline("Vår 2031 → høst 2032 (utsatt)")
    assert again is not first and again.start == dt.date(2032, 8, 1)
    # the revised cell and the time it revises to: two texts parsed, once each (the new time is
    # parsed to see that it is one, then found kept as the cell's deadline; the cell again: kept)
    assert (_parsed.cache_info().misses, _parsed.cache_info().hits) == (2, 2)
    assert parse_deadline("  ") is None and parse_deadline(None) is None


def test_a_deadline_kept_is_the_same_for_another_reference_year():
    _parsed.cache_clear()
    a = parse_deadline("Høsten", reference_year=2030)
    b = parse_deadline("Høsten", reference_year=2031)
    assert a is not None and b is not None and (a.start.year, b.start.year) == (2030, 2031)


def test_fields_are_split_once_per_text_and_each_caller_gets_its_own():
    _split_fields.cache_clear()
    line = "Lage en ny turkart-app (Ansvar: Parkseksjonen; frist: 2029)"
    first = split_fields(line, "nb")
    assert (first.owner, first.deadline, first.labelled) == ("Parkseksjonen", "2029", True)
    first.owner = "someone else"  # a caller filling in a field
    again = split_fields(line, "nb")
    assert again is not first and again.owner == "Parkseksjonen"
    assert _split_fields.cache_info().hits == 1


def test_sentences_are_split_once_per_paragraph_and_each_caller_gets_a_list_of_its_own():
    _sentences.cache_clear()
    text = "Vi bygger ei bru over elva.Det tek to år. Så opnar vi ho."
    first = sentences(text)
    assert first == ["Vi bygger ei bru over elva.", "Det tek to år.", "Så opnar vi ho."]
    first.pop()
    assert sentences(text) == ["Vi bygger ei bru over elva.", "Det tek to år.", "Så opnar vi ho."]
    assert _sentences.cache_info().hits == 1


def test_an_owner_text_is_analysed_once_and_its_reading_cannot_be_changed():
    _analyse.cache_clear()
    for _ in range(3):
        classify_owner("Enhetsleder for kultur", "nb")
    assert _analyse.cache_info().misses == 1 and _analyse.cache_info().hits == 2
    tokens, kinds = _analyse("Enhetsleder for kultur", "nb")
    assert isinstance(tokens, tuple) and all(isinstance(k, frozenset) for k in kinds)
