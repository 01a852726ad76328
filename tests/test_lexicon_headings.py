"""One list of heading words: ``extract/roles.py`` matches headings with patterns compiled from the
lexicon (``plancheck/lang/data/*.yaml``, ``headings``, ``heading_qualifiers``, ``continued``), the
same data :data:`plancheck.lang.vocab.HEADING_WORDS` holds, and keeps no word list of its own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from plancheck.extract import roles
from plancheck.lang import vocab
from plancheck.lang.vocab import HEADING_WORDS, LANGS

_CASES = [
    (lang, role, word)
    for role, by_lang in HEADING_WORDS.items()
    for lang in LANGS
    for word in by_lang.get(lang, [])
]


def test_every_role_of_the_lexicon_is_one_roles_py_knows():
    assert set(HEADING_WORDS) <= {*roles._HEADING_ORDER, "focus_area"}


@pytest.mark.parametrize(("lang", "role", "word"), _CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in _CASES])
def test_every_heading_word_is_recognised_for_its_role(lang, role, word):
    title = word[0].upper() + word[1:]
    if role == "focus_area":
        assert roles.is_focus_parent(title)
        assert roles.is_focus_parent(f"{title} 2: Trygg oppvekst")
        return
    assert roles.heading_role(title) == (role, "")
    assert roles.heading_role(f"{title}:") == (role, "")
    assert roles.heading_role(f"{title} – {title}") == (role, "")
    assert roles.heading_role(f"{title} (forts.)") == (role, "")
    assert vocab.heading_role(title) == role


def test_a_phrase_has_one_role_in_every_language():
    seen: dict[str, str] = {}
    for role, by_lang in HEADING_WORDS.items():
        for lang_words in by_lang.values():
            for w in lang_words:
                assert seen.setdefault(w, role) == role, (w, seen[w], role)


def test_qualified_headings_come_from_the_lexicon():
    quals = vocab.heading_qualifiers()
    assert "for" in quals["mål"] and "frem mot" in quals["mål"] and "till" in quals["mål"]
    assert roles.heading_role("Mål for oppvekst")[0] == "goal"
    assert roles.heading_role("Mål frem mot 2040")[0] == "goal"
    assert roles.heading_role("Ambisjoner og mål i planperioden")[0] == "goal"
    # a more specific phrase wins over "mål" + qualifier
    assert roles.heading_role("Mål for indsatsen")[0] == "sub_goal"
    # only the listed words take a qualifier, and only their qualifiers
    assert roles.heading_role("Tiltak for barn")[0] is None
    assert roles.heading_role("Mål med planen")[0] is None
    assert roles.heading_role("Mål for")[0] is None  # a qualifier needs what it is for


def test_a_sentence_starting_with_a_focus_word_is_no_focus_parent():
    assert roles.is_focus_parent("Satsingsområder")
    assert roles.is_focus_parent("Indsatsområde 1 – Børn, unge og familie")
    assert not roles.is_focus_parent("Priorities should include:")
    assert not roles.is_focus_parent("Temaer som velferdsteknologi omtales i helseplanen")


# Label patterns ("Goal 1:", "Tiltak 3:": words from the lexicon's ``labels``) and references to
# a goal by number ("mål 2", "goal 3": these still name their goal words in code) are not heading
# vocabulary; they are left out of this check.
_LABEL_ASSIGNMENTS = {"_LABEL", "_BARE", "_CODE_LABEL", "_GOAL_REFS", "_GOAL_REF_IN_TEXT", "_REFERENCE_ONLY"}


def _code_strings(tree: ast.Module) -> list[str]:
    """String constants of roles.py that are neither docstrings nor in label assignments."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            skip.add(id(body[0].value))
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in _LABEL_ASSIGNMENTS for t in node.targets):
            skip.update(id(n) for n in ast.walk(node))
    return [
        n.value for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip
    ]


def test_roles_py_holds_no_heading_words():
    tree = ast.parse(Path(roles.__file__).read_text(encoding="utf-8"))
    # role names ("strategy", "vision") are identifiers, not words a heading is matched by
    roles_named = {*HEADING_WORDS, *roles._HEADING_ORDER}
    strings = " ".join(s for s in _code_strings(tree) if s not in roles_named).lower()
    words = {w for by_lang in HEADING_WORDS.values() for ws in by_lang.values() for w in ws}
    words |= {w for ws in vocab.heading_qualifiers().values() for w in ws if len(w) > 3}
    words |= set(vocab.continued_markers())
    found = sorted(w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", strings))
    assert found == []


def _lead_cases() -> list[tuple[str, str]]:
    from plancheck.lang.vocab import lead_in_words

    return [(role, w) for role, ws in lead_in_words().items() for w in ws]


@pytest.mark.parametrize(("role", "word"), _lead_cases())
def test_every_lead_in_word_announces_its_role(role, word):
    from plancheck.extract.plan import lead_in_role

    sample = ("del" if word.startswith("*") else "") + word.strip("*") + ("ene" if word.endswith("*") else "")
    assert lead_in_role(f"I planperioden gjelder disse {sample}:") == role


def test_glob_words():
    from plancheck.lang.vocab import glob_pattern

    assert re.search(glob_pattern("tiltak*"), "tiltakene") and not re.search(glob_pattern("tiltak*"), "hovedtiltak")
    assert re.search(glob_pattern("*mål"), "delmål:") and not re.search(glob_pattern("*mål"), "målene")
    assert re.search(glob_pattern("vi vil"), "og vi vil:") and not re.search(glob_pattern("vi vil"), "vi viller")


def test_plan_py_holds_no_lead_in_words():
    from plancheck.extract import plan

    assert not hasattr(plan, "_LEAD_WORDS")
    src = Path(plan.__file__).read_text(encoding="utf-8")
    assert "utfordring" not in src.split("def _lead_words", 1)[1].split("def lead_in_role", 1)[0]


def test_mixed_lead_in_words_come_from_the_lexicon():
    from plancheck.extract import plan
    from plancheck.lang.vocab import evidence_words

    assert not hasattr(plan, "_WANTS")
    for w in evidence_words("wants"):
        assert plan._wants().search(f"Rådet {w} derfor:")
    for w in evidence_words("by_means"):
        assert plan._by_means().search(f"Vi vil nå disse målene {w}:")
    assert not plan._by_means().search("Vi vil nå disse målene med tiltak:")


def test_statement_words_come_from_the_lexicon():
    from plancheck.extract.statements import classify_statement
    from plancheck.lang.vocab import evidence_words

    for w in evidence_words("importance"):
        assert classify_statement(f"Vi ser {w} trygge skoleveier") == "goal", w
    for w in evidence_words("comparative"):
        assert classify_statement(f"{w.capitalize()} trygge skoleveier") == "goal", w
    assert classify_statement("Merkevare for byen") is None  # a comparative opens the bullet as a word


def test_relative_clause_words_come_from_the_lexicon():
    from plancheck.extract import plan
    from plancheck.lang.vocab import evidence_words

    assert not hasattr(plan, "_RELATIVE_CLAUSE")
    for w in evidence_words("relative"):
        assert plan._relative_clause().sub(" ", f"Tiltak, {w} nevner mål:") == "Tiltak :"


def test_a_danish_handling_label_numbers_a_measure():
    # "Handling 1.2: …" is the handleplan's word for its measures (Den Danske Ordbog handling)
    from plancheck.extract.roles import label_role

    role, num, rest = label_role("Handling 1.2: Åbne et iværksætterhus i den gamle rådhusfløj.")
    assert (role, num) == ("measure", "1.2")
    assert rest.startswith("Åbne et iværksætterhus")
