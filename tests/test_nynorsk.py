"""Messages in nynorsk (``--lang nn``) as well as bokmål and English: every rule, every report
word; documents in Swedish or Danish are reported in the language asked for."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT
from test_checks_support import sample_plan

from plancheck.checks import check_plan, load_rules
from plancheck.cli import main
from plancheck.drafts import draft_rules
from plancheck.report import render
from plancheck.report.labels import _PLURALS, LABELS

LANGS = ("nb", "nn", "en")


def all_rules():
    return list(load_rules(plugins=False)) + list(draft_rules())


def message_tables(rule):
    """Every language table a rule has: summary, message, case messages, variants."""
    yield "summary", rule.summary
    if rule.message:
        yield "message", rule.message
    for i, case in enumerate(getattr(rule, "spec", {}).get("cases", []) or []):
        if case.get("message"):
            yield f"case {i}", case["message"]
    for name, table in (getattr(rule, "variants", None) or {}).items():
        yield f"variant {name}", table


def placeholders(text: str) -> set[str]:
    return {re.sub(r"_(nb|nn|en)$", "", p) for p in re.findall(r"\{(\w+)", text)}


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.id)
def test_every_rule_speaks_three_languages_with_the_same_placeholders(rule):
    for what, table in message_tables(rule):
        assert set(LANGS) <= set(table), f"{rule.id} {what}: {sorted(table)}"
        assert len({repr(sorted(placeholders(table[k]))) for k in LANGS}) == 1, (rule.id, what)
        for lang in ("nn",):  # each language's own parameter, not another's
            assert not re.search(r"\{\w+_(nb|en)\}", table[lang]), (rule.id, what)
        assert table["nn"] != table["en"]


def test_every_report_word_is_there_in_nynorsk():
    assert set(LABELS["nn"]) == set(LABELS["nb"]) == set(LABELS["en"])
    assert set(_PLURALS["nn"]) == set(_PLURALS["nb"])
    assert LABELS["nn"]["warning"] != LABELS["nb"]["warning"]


def test_nynorsk_messages_end_to_end():
    result = check_plan(sample_plan(), rules=load_rules(plugins=False), lang="nn")
    messages = [f.message for f in result.findings]
    assert any(m.startswith("Tiltaket har ingen ansvarleg:") for m in messages), messages
    assert not any("ansvarlig" in m for m in messages)
    text = render("text", [result], lang="nn")
    assert "åtvaring" in text
    html = render("html", [result], lang="nn")
    assert '<html lang="nn">' in html and "Ansvarleg" in html


@pytest.mark.parametrize("language", ["sv", "da"])
def test_swedish_and_danish_documents_are_reported_in_the_chosen_language(language):
    plan = sample_plan().model_copy(update={"language": language})
    rules = load_rules(plugins=False)
    for lang, word in (("nn", "ansvarleg"), ("nb", "ansvarlig"), ("en", "no owner")):
        result = check_plan(plan, rules=rules, lang=lang)
        assert any(word in f.message for f in result.findings), (lang, language)


def test_cli_lang_nn(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))
    docx = ROOT / "corpora/defects/utkast-oppvekst/utkast-oppvekst.docx"
    assert main(["check", str(docx), "--lang", "nn", "--format", "json", "--fail-on", "never"]) == 0
    result = json.loads(capsys.readouterr().out)
    messages = [f["message"] for f in result["findings"]]
    assert any("Tilvisinga" in m for m in messages), messages
    (tmp_path / ".plancheck.toml").write_text('lang = "nn"\n')
    assert main(["check", str(docx), "--fail-on", "never"]) == 0
    assert "Tilvisinga" in capsys.readouterr().out
