"""The tokens spaCy's blank pipelines make of a short text, without importing spaCy.

Why: the owner matcher (:mod:`plancheck.lang.owners`) runs spaCy-style token patterns over
owner cells ("NAV-leder", "Rådgiver oppvekst og PPT"), and importing spaCy costs about 0.7 s
and 60 MB - more than reading a short plan. spaCy's tokenizer is rules and data: split at
whitespace, then peel prefixes and suffixes, split at infixes, and keep special cases whole.
Its rules for nb, nn, sv, da and en (the prefix, suffix, infix and URL regexes and the special
cases) are exported to ``data/tokenizer.json``; this module applies them in the order of
spaCy's own pure-Python mirror of the tokenizer (``Tokenizer.explain``).

It answers only when the answer is certainly spaCy's: the text has no whitespace but single
spaces between words, and no run of adjacent tokens spells a special case (spaCy's last step
re-joins those with a phrase matcher). Otherwise :func:`tokens` returns None and the caller
asks spaCy. A test regenerates the data from the installed spaCy, and property tests compare
the tokens with spaCy's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

_NEVER = re.compile("a^")


@dataclass(frozen=True)
class Rules:
    prefix_search: Callable[[str], re.Match[str] | None]
    suffix_search: Callable[[str], re.Match[str] | None]
    infix_finditer: Callable[[str], object]
    token_match: Callable[[str], re.Match[str] | None]
    url_match: Callable[[str], re.Match[str] | None]
    special: dict[str, list[str]]


def _compiled(spec: list | None) -> re.Pattern[str]:
    if not spec:
        return _NEVER
    pattern, flags = spec
    return re.compile(pattern, flags)


@cache
def _data() -> dict:
    return json.loads(files("plancheck.lang").joinpath("data/tokenizer.json").read_text("utf-8"))


def warm_up() -> None:
    """Read the exported rules now, as the first :func:`rules` call would (a check's reader
    does it while helper processes lay out pages: :func:`plancheck.extract.plan.warm_up`)."""
    _data()


@cache
def rules(lang: str) -> Rules:
    """The tokenizer rules of spaCy's blank pipeline for ``lang`` (nb, nn, sv, da, en)."""
    d = _data()["languages"][lang]
    return Rules(
        _compiled(d["prefix"]).search,
        _compiled(d["suffix"]).search,
        _compiled(d["infix"]).finditer,
        _compiled(d["token_match"]).match,
        _compiled(d["url_match"]).match,
        d["special"],
    )


def _split_word(substring: str, r: Rules) -> list[str]:
    """One whitespace-free piece of text as spaCy splits it (``Tokenizer.explain``)."""
    special = r.special
    tokens: list[str] = []
    suffixes: list[str] = []
    while substring:
        if substring in special:
            tokens.extend(special[substring])
            substring = ""
            continue
        while r.prefix_search(substring) or r.suffix_search(substring):
            if r.token_match(substring):
                tokens.append(substring)
                substring = ""
                break
            if substring in special:
                tokens.extend(special[substring])
                substring = ""
                break
            match = r.prefix_search(substring)
            if match:
                split = match.end()
                if split == 0:  # the pattern matches the empty string
                    break
                tokens.append(substring[:split])
                substring = substring[split:]
                if substring in special:
                    continue
            match = r.suffix_search(substring)
            if match:
                split = match.start()
                if split == len(substring):
                    break
                suffixes.append(substring[split:])
                substring = substring[:split]
        if not substring:
            continue
        if r.token_match(substring) or r.url_match(substring):
            tokens.append(substring)
        elif substring in special:
            tokens.extend(special[substring])
        else:
            infixes = list(r.infix_finditer(substring))  # type: ignore[call-overload]
            offset = 0
            for match in infixes:
                if offset == 0 and match.start() == 0:
                    continue
                if substring[offset : match.start()]:
                    tokens.append(substring[offset : match.start()])
                if substring[match.start() : match.end()]:
                    tokens.append(substring[match.start() : match.end()])
                offset = match.end()
            if substring[offset:]:
                tokens.append(substring[offset:])
        substring = ""
    tokens.extend(reversed(suffixes))
    return tokens


def tokens(text: str, lang: str) -> list[str] | None:
    """The texts of the tokens spaCy's blank ``lang`` pipeline makes of ``text``, or None when
    only spaCy can say (other whitespace than single spaces between words, or adjacent tokens
    that spell one of its special cases)."""
    words = text.split(" ")
    if not text or any(not w or not w.isprintable() or any(c.isspace() for c in w) for w in words):
        return None
    r = rules(lang)
    out: list[str] = []
    for word in words:
        pieces = _split_word(word, r)
        if "".join(pieces) != word:
            return None  # a special case that changes the text: spaCy's business
        # spaCy's special-case matcher re-joins adjacent tokens that spell a special case
        for i in range(len(pieces)):
            joined = pieces[i]
            for j in range(i + 1, len(pieces)):
                joined += pieces[j]
                if joined in r.special:
                    return None
        out.extend(pieces)
    return out


def export() -> dict:
    """The rules of the installed spaCy's blank pipelines, as ``data/tokenizer.json`` holds them
    (``python -m plancheck.lang.tokenizer`` rewrites the file; a test checks it is current)."""
    import spacy

    from plancheck.lang.nlp import SUPPORTED_LANGS, make_nlp

    def spec(fn) -> list | None:
        if fn is None:
            return None
        pattern = fn.__self__
        return [pattern.pattern, pattern.flags & ~re.UNICODE]

    out: dict = {"spacy": spacy.__version__, "languages": {}}
    for lang in SUPPORTED_LANGS:
        tok = make_nlp(lang).tokenizer
        out["languages"][lang] = {
            "prefix": spec(tok.prefix_search),
            "suffix": spec(tok.suffix_search),
            "infix": spec(tok.infix_finditer),
            "token_match": spec(tok.token_match),
            "url_match": spec(tok.url_match),
            "special": {k: [t[65] for t in v] for k, v in sorted(tok.rules.items())},
        }
    return out


if __name__ == "__main__":
    target = files("plancheck.lang").joinpath("data/tokenizer.json")
    with open(str(target), "w", encoding="utf-8") as fh:
        json.dump(export(), fh, ensure_ascii=False, indent=0, sort_keys=True)
        fh.write("\n")
