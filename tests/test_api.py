"""The public API (plancheck.extract/check/graph/render/load_config) and the code examples in
the README and docs/api.md, run as written."""

from __future__ import annotations

import importlib
import json
import re

import pytest
from conftest import AUTHORED, ROOT

import plancheck
from plancheck.models import CheckResult, Finding, Plan

API = ("extract", "check", "graph", "render", "load_config")


def code_blocks(path) -> list[str]:
    """The ```python blocks of a Markdown file."""
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S)


def test_api_names_stay_callable_after_their_subpackages_are_imported():
    importlib.import_module("plancheck.extract.plan")
    importlib.import_module("plancheck.graph")
    for name in API:
        assert callable(getattr(plancheck, name)), name
    assert plancheck.extract(AUTHORED / "handlingsplan-oppvekst" / "handlingsplan-oppvekst.pdf")
    # the subpackages themselves are still importable, in every form of import
    import plancheck.extract.plan as plan_module
    from plancheck.extract.plan import build_plan
    from plancheck.graph import build_graph

    assert plan_module.build_plan is build_plan
    assert callable(build_plan) and callable(build_graph)


def test_other_attributes_can_still_be_set_on_the_package():
    plancheck._probe = 1  # type: ignore[attr-defined]
    assert plancheck._probe == 1  # type: ignore[attr-defined]
    del plancheck._probe  # type: ignore[attr-defined]


def test_two_extract_calls_in_a_row_and_the_rest_of_the_api():
    pdf = ROOT / "corpora/authored/handlingsplan-oppvekst/handlingsplan-oppvekst.pdf"
    first = plancheck.extract(pdf)
    second = plancheck.extract(str(pdf))
    assert isinstance(first, Plan) and first.measures
    assert first.model_dump() == second.model_dump()
    result = plancheck.check(first)
    assert isinstance(result, CheckResult)
    assert result.summary.errors == sum(f.severity == "error" for f in result.findings)
    assert plancheck.graph(first).number_of_nodes() > len(first.measures)
    assert json.loads(plancheck.render(result, "json"))["summary"]["errors"] == result.summary.errors
    assert "<html" in plancheck.render([result], "html")
    with pytest.raises(plancheck.errors.PlancheckError, match="unknown report format"):
        plancheck.render(result, "pdf")


def test_check_takes_a_path_and_a_config(tmp_path):
    (tmp_path / ".plancheck.toml").write_text('disable = ["dangling-reference"]\n')
    (tmp_path / ".git").mkdir()  # the repository root
    cfg = plancheck.load_config(cwd=tmp_path)
    assert cfg.disable == ["dangling-reference"]
    docx = ROOT / "corpora/defects/utkast-oppvekst/utkast-oppvekst.docx"
    plain = plancheck.check(docx)
    configured = plancheck.check(docx, config=cfg)
    assert any(f.rule == "dangling-reference" for f in plain.findings)
    assert not any(f.rule == "dangling-reference" for f in configured.findings)


@pytest.mark.parametrize("doc", ["README.md", "docs/api.md"])
def test_documented_examples_run(doc, monkeypatch, capsys):
    blocks = code_blocks(ROOT / doc)
    assert blocks, f"{doc} has no python example"
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, f"{doc} example", "exec"), {"__name__": "__example__"})
    assert capsys.readouterr().out.strip()


def test_api_doc_names_every_field_of_the_main_models():
    text = (ROOT / "docs/api.md").read_text(encoding="utf-8")
    for model in (Plan, Finding, CheckResult):
        for field in model.model_fields:
            assert f"`{field}`" in text, f"docs/api.md does not describe {model.__name__}.{field}"


def test_the_package_says_it_is_typed():
    """PEP 561: without ``py.typed`` shipped in the package, a type checker in the embedding
    project treats every name of plancheck as Any and the models' types help no one."""
    import tomllib

    assert (ROOT / "plancheck" / "py.typed").is_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "py.typed" in project["tool"]["setuptools"]["package-data"]["plancheck"]


def test_render_speaks_the_language_the_result_was_checked_in():
    """``check(plan, lang="nn")`` then ``render(result, "text")``: the messages are nynorsk, so
    the labels around them must be too; a report mixing bokmål labels with nynorsk messages is
    what a planner reads as careless. An explicit ``lang`` still wins."""
    docx = ROOT / "corpora/defects/utkast-oppvekst/utkast-oppvekst.docx"
    plan = plancheck.extract(docx)
    nynorsk = plancheck.check(plan, lang="nn")
    assert any(f.severity == "warning" for f in nynorsk.findings)
    text = plancheck.render(nynorsk, "text")
    assert "åtvaring" in text and "advarsel" not in text
    assert "advarsel" in plancheck.render(nynorsk, "text", lang="nb")
    english = plancheck.check(plan, lang="en")
    assert "advarsel" not in plancheck.render([english], "text")
    assert "advarsel" in plancheck.render(plancheck.check(plan), "text")  # bokmål by default


def test_check_takes_the_parent_plan_as_the_command_line_does(capsys):
    # the rød tråd from the API: plancheck.check(child, parent=…) gives the parent_coverage
    # and child_goals `plancheck check CHILD --parent PARENT` gives
    from plancheck.cli import main

    pair = ROOT / "corpora" / "parents-blind31" / "brekkoy-handlingsdel"
    res = plancheck.check(pair / "child.pdf", parent=pair / "parent.pdf")
    assert res.parent_coverage and res.child_goals is not None
    capsys.readouterr()
    main(["check", str(pair / "child.pdf"), "--parent", str(pair / "parent.pdf"), "--format", "json", "--no-cache"])
    cli = json.loads(capsys.readouterr().out)
    assert [(c.text, c.status) for c in res.parent_coverage] == [
        (c["text"], c["status"]) for c in cli["parent_coverage"]
    ]
    # a Plan object read before works too (its source file is read again for the parent)
    again = plancheck.check(plancheck.extract(pair / "child.pdf"), parent=pair / "parent.pdf")
    assert [c.status for c in again.parent_coverage] == [c.status for c in res.parent_coverage]
    with pytest.raises(plancheck.errors.InputError, match="parent plan"):
        plancheck.check(res.plan, parent=pair / "no-such-parent.pdf")


# --------------------------------------------------------------------------- arguments a
# developer gets wrong: a typed error naming the argument (a UsageError, which is also a
# ValueError), never silence, an AttributeError from deep inside, or a SystemExit

OPPVEKST = ROOT / "corpora/authored/handlingsplan-oppvekst/handlingsplan-oppvekst.pdf"


@pytest.fixture(scope="module")
def oppvekst_plan():
    return plancheck.extract(OPPVEKST)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"lang": "sv"}, "lang"),
        ({"as_of": "yesterday"}, "as_of"),
        ({"plan_period": "soon"}, "plan_period"),
        ({"rules": ["no-such-rule"]}, "no-such-rule"),
        # a misspelt option is named with the ones check takes, not a TypeError from inside
        ({"as_off": "2030-01-01"}, "as_off.*as_of"),
    ],
)
def test_check_names_a_bad_argument_with_a_typed_error(oppvekst_plan, kwargs, match):
    with pytest.raises(plancheck.errors.UsageError, match=match) as info:
        plancheck.check(oppvekst_plan, **kwargs)
    assert isinstance(info.value, ValueError) and isinstance(info.value, plancheck.errors.PlancheckError)


def test_check_takes_the_arguments_as_the_command_line_writes_them(oppvekst_plan):
    by_date = plancheck.check(oppvekst_plan, as_of=__import__("datetime").date(2030, 1, 1))
    by_text = plancheck.check(oppvekst_plan, as_of="2030-01-01")
    assert [f.fingerprint for f in by_text.findings] == [f.fingerprint for f in by_date.findings]
    assert any(f.rule == "deadline-passed" for f in by_text.findings)
    period = plancheck.check(oppvekst_plan, plan_period="2020-2022")
    assert (period.plan.plan_period.start, period.plan.plan_period.end) == (2020, 2022)
    one = plancheck.check(oppvekst_plan, rules=["measure-has-owner"])
    assert one.findings and {f.rule for f in one.findings} == {"measure-has-owner"}
    fingerprint = one.findings[0].fingerprint
    # one fingerprint given as a string is that fingerprint, not its characters
    assert plancheck.check(oppvekst_plan, rules=["measure-has-owner"], suppress=fingerprint).summary.suppressed == 1


def test_render_names_a_bad_language_or_fail_on(oppvekst_plan):
    result = plancheck.check(oppvekst_plan)
    with pytest.raises(plancheck.errors.UsageError, match="lang"):
        plancheck.render(result, "text", lang="de")
    with pytest.raises(plancheck.errors.UsageError, match="fail_on"):
        plancheck.render(result, "junit", fail_on="fatal")


def test_graph_takes_a_path_as_check_does():
    assert plancheck.graph(OPPVEKST).number_of_nodes() == plancheck.graph(plancheck.extract(OPPVEKST)).number_of_nodes()


def test_extract_names_a_document_language_it_cannot_read_with_a_typed_error():
    # the document's language is one of the five plancheck reads; 'de' or 'no' is no
    # language of a plan it can read and must not pass silently as if it were detected
    for bad in ("de", "no", "NB"):
        with pytest.raises(plancheck.errors.UsageError, match="nb, nn, sv, da, en"):
            plancheck.extract(OPPVEKST, lang=bad)
    with pytest.raises(plancheck.errors.UsageError, match="lang"):
        plancheck.extract(OPPVEKST, lang="xx")
