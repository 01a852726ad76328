"""The lexicon files (plancheck/lang/data/*.yaml) as data: every key loads for every language,
holds lower-case words, and docs/lexicon.md names every key, so a planner can find where a word goes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plancheck.lang.vocab import LANGS, alternation, lexicon_file, section_words

DOC = Path(__file__).resolve().parents[1] / "docs" / "lexicon.md"
#: sections whose inner keys are named lists (roles or kinds of words)
NESTED = ("headings", "columns", "owners", "labels", "lead_ins", "evidence", "tables", "links", "time", "plan_types",
          "amendments", "field_labels", "printed_goals")
#: sections whose inner keys are words themselves ("mål" → its qualifiers)
WORD_KEYED = ("heading_qualifiers",)


def _keys() -> list[tuple[str, str | None]]:
    """(section, kind) for every list in any language file; kind None for a plain list."""
    seen: dict[tuple[str, str | None], None] = {}
    for lang in LANGS:
        for section, value in lexicon_file(lang).items():
            if section in NESTED:
                for kind in value or {}:
                    seen.setdefault((section, kind), None)
            else:
                seen.setdefault((section, None), None)
    return list(seen)


KEYS = _keys()


def test_every_language_file_loads():
    for lang in LANGS:
        data = lexicon_file(lang)
        assert isinstance(data, dict) and data, lang


@pytest.mark.parametrize(("section", "kind"), KEYS, ids=[f"{s}.{k}" if k else s for s, k in KEYS])
def test_key_loads_for_every_language(section, kind):
    """A key missing from one language reads as an empty list; one present holds strings only,
    lower case, no blanks at the ends, no duplicates, and turns into a regex that compiles."""
    for lang in LANGS:
        if kind is None:
            value = lexicon_file(lang).get(section)
            if section in WORD_KEYED:
                assert value is None or all(isinstance(v, list) for v in value.values()), (section, lang)
                continue
            words = value or []
        else:
            words = (lexicon_file(lang).get(section) or {}).get(kind) or []
            if isinstance(words, dict):  # a mapping (time.months: word → number; time.seasons)
                words = [str(w) for w in words]
            assert section_words(section, kind, lang) == list(dict.fromkeys(words)), (section, kind, lang)
        assert isinstance(words, list), (section, kind, lang)
        for w in words:
            assert isinstance(w, str) and w and w == w.strip(), (section, kind, lang, w)
            assert w == w.lower(), (section, kind, lang, w)
        assert len(set(words)) == len(words), (section, kind, lang)
        re.compile(alternation(words))


def test_docs_name_every_key():
    doc = DOC.read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z_]+)`", doc))
    for section, kind in KEYS:
        assert section in named, f"docs/lexicon.md does not name the section {section}"
        if kind is not None:
            assert kind in named, f"docs/lexicon.md does not name {section}.{kind}"


def test_docs_name_no_key_that_is_gone():
    """Every key the evidence, tables, links and time tables of the page name is in some language file."""
    doc = DOC.read_text(encoding="utf-8")
    present = {k for _, k in KEYS if k} | {s for s, _ in KEYS}
    for part in ("evidence", "tables", "links", "time"):
        block = doc.split(f"## `{part}`", 1)[1].split("\n## ", 1)[0]
        for key in re.findall(r"^\| (.+?) \|", block, re.MULTILINE):
            for name in re.findall(r"`([a-z_]+)`", key):
                assert name in present, f"docs/lexicon.md names {part}.{name}, which no language file has"


def test_alternation_marks():
    rx = re.compile(rf"^(?:{alternation(['tabell #', '*mål', 'tiltak*', 't.o.m.'])})$")
    assert rx.match("tabell 3") and not rx.match("tabell x")
    assert rx.match("delmål") and rx.match("tiltakene") and rx.match("t.o.m.")
    assert not rx.match("tXoXmX")
