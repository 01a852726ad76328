"""`plancheck check` and `plancheck rules` as a user runs them: exit codes, files, config,
baseline, cache, mandate."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_checks_support import goal, hide_installed_plugins, make_plan, measure, sample_plan

from plancheck.cli import main
from plancheck.models import Coverage, Evidence, MandatePoint, Plan

REPO = Path(__file__).resolve().parents[1]
CORPUS_PDF = REPO / "corpora" / "authored" / "handlingsplan-oppvekst" / "handlingsplan-oppvekst.pdf"


@pytest.fixture(autouse=True)
def _default_pack_only(monkeypatch):
    hide_installed_plugins(monkeypatch)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Each test in its own folder (no config or baseline found by accident), own cache."""
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def write_plan(path: Path, plan: Plan | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text((plan or sample_plan(str(path))).model_dump_json(), encoding="utf-8")
    return path


def warnings_only_plan() -> Plan:
    return make_plan(
        [goal("g1", "Mål")],
        [],
        [measure("m1", "Tiltak", ("g1",), owners=("PPT",), due="Hver høst")],
    )


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([*argv])
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- exit codes


def test_exit_code_follows_fail_on(capsys, isolated):
    plan = write_plan(isolated / "plan.json")
    assert run(capsys, "check", str(plan))[0] == 1  # errors, default --fail-on error
    assert run(capsys, "check", str(plan), "--fail-on", "never")[0] == 0
    warn = write_plan(isolated / "warn.json", warnings_only_plan())
    assert run(capsys, "check", str(warn))[0] == 0
    assert run(capsys, "check", str(warn), "--fail-on", "warning")[0] == 1


def test_text_report_is_the_default_with_summary_line(capsys, isolated):
    code, out, _ = run(capsys, "check", str(write_plan(isolated / "plan.json")))
    assert code == 1
    assert "Tiltaket har ingen ansvarlig: «Informere om tilbudet på foreldremøter»" in out
    assert out.rstrip().endswith("2 feil, 3 advarsler")
    assert "\x1b[" not in out  # not a terminal: no colour codes
    out = run(capsys, "check", str(isolated / "plan.json"), "--lang", "en")[1]
    assert "The measure has no owner" in out and out.rstrip().endswith("2 errors, 3 warnings")


def test_bad_file_among_good_ones_is_reported_and_wins(capsys, isolated):
    good = write_plan(isolated / "good.json", warnings_only_plan())
    (isolated / "garbage.pdf").write_bytes(b"this is not a pdf at all")
    (isolated / "broken.json").write_text("{not json", encoding="utf-8")
    code, out, err = run(
        capsys,
        "check",
        str(isolated / "missing.pdf"),
        str(isolated / "broken.json"),
        str(good),
        str(isolated / "garbage.pdf"),
        "--format",
        "json",
    )
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert "missing.pdf" in lines[0] and "broken.json" in lines[1] and "garbage.pdf" in lines[2]
    assert all(line.startswith("plancheck: feil: ") for line in lines)  # the findings' bokmål
    assert "Traceback" not in err
    # the good file is still checked and reported
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["measure-has-deadline"]


def test_a_bad_file_among_good_ones_is_named_in_sarif_and_junit(capsys, isolated):
    """A CI view reads the report, not stderr: the plan that could not be read is an error
    notification of the SARIF run and an erroring JUnit test case, not silently absent."""
    import xml.etree.ElementTree as ET

    good = write_plan(isolated / "good.json", warnings_only_plan())
    (isolated / "garbage.pdf").write_bytes(b"this is not a pdf at all")
    argv = ("check", str(good), str(isolated / "garbage.pdf"))
    code, out, err = run(capsys, *argv, "--format", "sarif")
    assert code == 2 and len(err.strip().splitlines()) == 1
    inv = json.loads(out)["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    (note,) = inv["toolExecutionNotifications"]
    assert note["level"] == "error" and "garbage.pdf" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("garbage.pdf")
    code, out, _ = run(capsys, *argv, "--format", "junit")
    root = ET.fromstring(out)
    assert code == 2 and root.get("errors") == "1"
    (bad,) = [s for s in root.iter("testsuite") if s.get("errors") == "1"]
    assert bad.get("name").endswith("garbage.pdf") and bad.find("testcase/error") is not None
    code, out, _ = run(capsys, "check", str(good), "--format", "sarif")
    assert json.loads(out)["runs"][0]["invocations"][0] == {
        "executionSuccessful": True, "toolExecutionNotifications": []
    }


def test_ci_reports_are_written_when_every_plan_fails_and_github_names_the_bad_plan(capsys, isolated):
    """A pull request whose only plan cannot be read: the CI steps that upload the SARIF file
    or the JUnit file (run ``if: always()``) must find a report naming it, not a missing file;
    the GitHub format annotates it as an error like any finding, since the runner shows
    workflow commands, not stderr, on the pull request."""
    import xml.etree.ElementTree as ET

    bad = isolated / "garbage.pdf"
    bad.write_bytes(b"this is not a pdf at all")
    for fmt in ("sarif", "junit", "github"):
        out_file = isolated / f"report.{fmt}"
        code, _, err = run(capsys, "check", str(bad), "--format", fmt, "-o", str(out_file))
        assert code == 2 and len(err.strip().splitlines()) == 1
        assert out_file.is_file(), f"no {fmt} report when the only plan fails"
        text = out_file.read_text(encoding="utf-8")
        if fmt == "sarif":
            inv = json.loads(text)["runs"][0]["invocations"][0]
            assert inv["executionSuccessful"] is False and "garbage.pdf" in json.dumps(inv)
        elif fmt == "junit":
            assert ET.fromstring(text).get("errors") == "1"
        else:
            (line,) = [ln for ln in text.splitlines() if ln.startswith("::error")]
            assert "file=" in line and "garbage.pdf" in line
    good = write_plan(isolated / "good.json", warnings_only_plan())
    code, out, _ = run(capsys, "check", str(good), str(bad), "--format", "github")
    assert code == 2
    assert [ln for ln in out.splitlines() if ln.startswith("::error") and "garbage.pdf" in ln]
    assert [ln for ln in out.splitlines() if ln.startswith("::warning")]  # the good plan still reported


def test_usage_errors_exit_2(capsys, isolated):
    plan = write_plan(isolated / "plan.json")
    with pytest.raises(SystemExit) as exc:
        main(["check", str(plan), "--format", "pdf"])
    assert exc.value.code == 2
    code, _, err = run(capsys, "check", str(plan), "--rules", "no-such-pack")
    assert code == 2 and "unknown rule pack 'no-such-pack'" in err
    code, _, err = run(capsys, "check", str(plan), "--plan-period", "soon")
    assert code == 2 and "--plan-period" in err


def test_json_contract_keeps_the_plan_and_its_ids(capsys, isolated):
    plan = sample_plan(str(isolated / "plan.json"))
    path = write_plan(isolated / "plan.json", plan)
    data = json.loads(run(capsys, "check", str(path), "--format", "json")[1])
    assert {"rule", "severity", "message", "node_id", "page", "quote"} <= set(data["findings"][0])
    assert data["summary"]["errors"] == 2 and data["summary"]["warnings"] == 3
    assert [m["id"] for m in data["plan"]["measures"]] == [m.id for m in plan.measures]
    owner = next(f for f in data["findings"] if f["rule"] == "measure-has-owner")
    assert (owner["node_id"], owner["page"], owner["quote"]) == (
        "m2",
        5,
        "Informere om tilbudet på foreldremøter",
    )


def test_output_file_and_input_protection(capsys, isolated):
    plan = write_plan(isolated / "plan.json")
    code, out, _ = run(
        capsys, "check", str(plan), "--format", "html", "-o", str(isolated / "r" / "report.html")
    )
    assert code == 1 and out == ""
    assert "Informere om tilbudet" in (isolated / "r" / "report.html").read_text(encoding="utf-8")
    code, _, err = run(capsys, "check", str(plan), "-o", str(plan))
    assert code == 2 and "refusing to overwrite" in err
    assert json.loads(plan.read_text(encoding="utf-8"))["measures"]


# --------------------------------------------------------------------------- configuration


def test_plancheck_toml_found_at_the_repository_root(capsys, isolated, tmp_path, monkeypatch):
    repo = tmp_path / "plans-repo"
    plan = write_plan(repo / "plans" / "2025" / "plan.json")
    (repo / ".git").mkdir()
    monkeypatch.chdir(repo / "plans")  # the root is found walking up from the working folder
    (repo / ".plancheck.toml").write_text(
        'lang = "en"\nfail-on = "warning"\ndisable = ["goal-has-measure"]\n'
        '[severity]\nmeasure-has-owner = "warning"\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "check", str(plan), "--format", "json")
    findings = json.loads(out)["findings"]
    assert code == 1  # only warnings now, but fail_on = warning
    assert "goal-has-measure" not in {f["rule"] for f in findings}
    owner = next(f for f in findings if f["rule"] == "measure-has-owner")
    assert owner["severity"] == "warning" and owner["message"].startswith(
        "The measure has no owner"
    )
    # the command line wins over the file
    assert run(capsys, "check", str(plan), "--fail-on", "error")[0] == 0


def test_pyproject_tool_table_with_suppression_and_plan_period(capsys, isolated):
    plan = make_plan(
        [goal("g1", "Mål")],
        [],
        [measure("m1", "Tiltak", ("g1",), owners=("Alle enheter",), due="2019")],
        period=None,
    )
    path = write_plan(isolated / "plan.json", plan)
    first = json.loads(run(capsys, "check", str(path), "--format", "json")[1])
    assert {f["rule"] for f in first["findings"]} == {"owner-is-accountable"}
    fp = first["findings"][0]["fingerprint"]
    (isolated / "pyproject.toml").write_text(
        f'[project]\nname = "plans"\n[tool.plancheck]\nsuppress = ["{fp}"]\nplan_period = "2024-2032"\n',
        encoding="utf-8",
    )
    data = json.loads(run(capsys, "check", str(path), "--format", "json")[1])
    assert [f["rule"] for f in data["findings"]] == ["deadline-within-plan-period"]
    assert "2024–2032" in data["findings"][0]["message"]
    assert data["summary"]["suppressed"] == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("lang = \n", "not valid TOML"),
        ('colour = "red"\n', "unknown key"),
        ('fail_on = "sometimes"\n', "fail_on must be one of"),
        ('plan_period = "soon"\n', "plan_period"),
        ('[severity]\ngoal-has-measure = "fatal"\n', "severity for goal-has-measure"),
        ('disable = ["no-such-rule"]\n', "unknown rule 'no-such-rule'"),
    ],
)
def test_bad_configuration_is_one_line_and_exit_2(capsys, isolated, content, message):
    (isolated / ".plancheck.toml").write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "check", str(write_plan(isolated / "plan.json")))
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_config_packs_are_relative_to_the_config_file(capsys, isolated, tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    (repo / "rules").mkdir(parents=True)
    (repo / ".git").mkdir()
    monkeypatch.chdir(repo)
    (repo / "rules" / "team.yaml").write_text(
        "rules:\n  - {id: plan-has-title, severity: error, summary: {nb: Tittel}, applies_to: {kind: plan},\n"
        "     require: {attribute: title, matches: 'plan'}, message: {nb: 'Tittelen sier ikke at dette er en plan'}}\n",
        encoding="utf-8",
    )
    (repo / ".plancheck.toml").write_text('packs = ["rules/team.yaml"]\n', encoding="utf-8")
    plan = write_plan(repo / "x.json", make_plan(title="Notat om skole"))
    code, out, _ = run(capsys, "check", str(plan))
    assert code == 1 and "Tittelen sier ikke at dette er en plan" in out


# --------------------------------------------------------------------------- baseline


def test_baseline_adopts_old_findings_and_reports_only_new_ones(capsys, isolated):
    path = write_plan(isolated / "plan.json")
    code, out, err = run(capsys, "check", str(path), "--write-baseline")
    baseline = isolated / ".plancheck-baseline.json"
    assert code == 0 and "skrev 5 funn" in err  # in the findings' bokmål
    entries = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert len(entries) == 5 and {"fingerprint", "rule", "file", "quote"} <= set(entries[0])
    assert "5 i baseline" in out

    # the same plan again: nothing new, exit 0
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0 and "Ingen feil eller advarsler (5 i baseline)" in out


@pytest.mark.parametrize(("lang", "says"), [("nn", "skreiv 5 funn til baseline-fila"), ("nb", "skrev 5 funn til baseline-filen"),
                                               ("en", "wrote 5 finding(s) to the baseline")])
def test_the_baseline_line_is_said_in_the_language_asked(lang, says, capsys, isolated):
    path = write_plan(isolated / "plan.json")
    code, _out, err = run(capsys, "check", str(path), "--write-baseline", "--lang", lang)
    assert code == 0 and says in err and (lang == "en" or "wrote" not in err), err

    # the plan is edited: a page moves and a new measure without owner is added
    plan = sample_plan(str(path))
    plan.measures[0].page = 9
    plan.measures.append(measure("m9", "Nytt tiltak uten ansvarlig", ("g1",), due="2026"))
    write_plan(path, plan)
    code, out, _ = run(capsys, "check", str(path), "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert [(f["rule"], f["quote"]) for f in data["findings"]] == [
        ("measure-has-owner", "Nytt tiltak uten ansvarlig")
    ]
    assert data["summary"]["baselined"] == 5


def test_a_baseline_follows_a_renamed_plan_but_not_a_new_copy_of_it(capsys, isolated):
    """The baseline adopts the findings of the plans it was written on. A plan renamed (its
    old name gone) keeps them baselined; a new plan copied from one still there is a new plan,
    and its findings are reported (a CI maintainer's PR adding 'plan-2026' copied from
    'plan-2025' passed with every old defect hidden). Plans sharing findings are each
    recorded."""
    import shutil

    old = write_plan(isolated / "plans" / "plan-2025.json")
    assert run(capsys, "check", str(old), "--write-baseline")[0] == 0
    copy = write_plan(isolated / "plans" / "plan-2026.json")  # the same findings, a new plan
    code, out, _ = run(capsys, "check", str(copy), "--format", "json")
    assert code == 1 and json.loads(out)["summary"]["baselined"] == 0
    code, out, _ = run(capsys, "check", str(old), "--format", "json")
    assert code == 0 and json.loads(out)["summary"]["baselined"] == 5
    copy.unlink()
    moved = isolated / "plans" / "plan-2025-vedtatt.json"
    shutil.move(old, moved)  # renamed: the old name is gone
    code, out, _ = run(capsys, "check", str(moved), "--format", "json")
    assert code == 0 and json.loads(out)["summary"]["baselined"] == 5
    # two plans with the same findings, baselined together: each keeps its own
    two = [str(write_plan(isolated / "two" / "a.json")), str(write_plan(isolated / "two" / "b.json"))]
    base = isolated / "two.json"
    assert run(capsys, "check", *two, "--write-baseline", str(base))[0] == 0
    entries = json.loads(base.read_text(encoding="utf-8"))["findings"]
    assert len(entries) == 10 and {Path(e["file"]).name for e in entries} == {"a.json", "b.json"}
    code, out, _ = run(capsys, "check", *two, "--baseline", str(base), "--format", "json")
    assert code == 0 and [r["summary"]["baselined"] for r in json.loads(out)] == [5, 5]


def test_baseline_file_named_on_the_command_line(capsys, isolated):
    path = write_plan(isolated / "plan.json")
    target = isolated / "ci" / "baseline.json"
    assert run(capsys, "check", str(path), "--write-baseline", str(target))[0] == 0
    assert not (isolated / ".plancheck-baseline.json").exists()
    assert run(capsys, "check", str(path))[0] == 1  # not the default file: nothing baselined
    assert run(capsys, "check", str(path), "--baseline", str(target))[0] == 0
    code, _, err = run(capsys, "check", str(path), "--baseline", str(isolated / "nope.json"))
    assert code == 2 and "does not exist" in err
    (isolated / "bad.json").write_text("[]", encoding="utf-8")
    code, _, err = run(capsys, "check", str(path), "--baseline", str(isolated / "bad.json"))
    assert code == 2 and "not a plancheck baseline" in err


# --------------------------------------------------------------------------- cache


class _Calls:
    """Extractions counted in a file: they happen in the limited child process."""

    def __init__(self, log: Path) -> None:
        self.log = log

    def append(self, path: Path) -> None:
        with self.log.open("a", encoding="utf-8") as fh:
            fh.write(f"{path}\n")

    def __len__(self) -> int:
        return len(self.log.read_text(encoding="utf-8").splitlines()) if self.log.exists() else 0


@pytest.fixture
def counting_extract(monkeypatch, tmp_path):
    import plancheck.pipeline

    calls = _Calls(tmp_path / "extract-calls.log")

    def fake(path, *, password=None, lang=None, progress=None):
        calls.append(Path(path))
        return sample_plan(str(path))

    monkeypatch.setattr(plancheck.pipeline, "extract_plan", fake)
    return calls


def test_unchanged_document_is_read_from_the_cache(capsys, isolated, tmp_path, counting_extract):
    docs = isolated / "docs"
    docs.mkdir()
    pdf = docs / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake plan")
    assert run(capsys, "check", str(pdf))[0] == 1
    assert run(capsys, "check", str(pdf))[0] == 1
    assert len(counting_extract) == 1
    cached = list((tmp_path / "cache" / "plans").glob("*.json"))
    entry = json.loads(cached[0].read_bytes())  # the plan, with the sha256 of its document
    assert len(cached) == 1 and Plan.model_validate(entry["plan"]).measures
    assert [p.name for p in docs.iterdir()] == ["plan.pdf"]  # nothing written next to the input

    # the same bytes under another name come from the cache, under their new name
    copy = docs / "copy.pdf"
    shutil.copy(pdf, copy)
    out = run(capsys, "check", str(copy), "--format", "json")[1]
    assert len(counting_extract) == 1 and json.loads(out)["plan"]["source"]["path"] == str(copy)

    # --no-cache reads again; changed bytes are a new entry
    run(capsys, "check", str(pdf), "--no-cache")
    assert len(counting_extract) == 2
    pdf.write_bytes(b"%PDF-1.4 fake plan, edited")
    run(capsys, "check", str(pdf))
    assert len(counting_extract) == 3
    assert len(list((tmp_path / "cache" / "plans").glob("*.json"))) == 2


def test_damaged_cache_entry_is_read_again(capsys, isolated, tmp_path, counting_extract):
    pdf = isolated / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake")
    run(capsys, "check", str(pdf))
    (entry,) = (tmp_path / "cache" / "plans").glob("*.json")
    entry.write_text("{half", encoding="utf-8")
    assert run(capsys, "check", str(pdf))[0] == 1
    assert len(counting_extract) == 2


@pytest.mark.skipif(not CORPUS_PDF.exists(), reason="authored corpus not present")
def test_real_pdf_end_to_end(capsys, isolated):
    code, out, err = run(capsys, "check", str(CORPUS_PDF))
    assert code == 1, err
    assert (
        "Tiltaket har ingen ansvarlig: «Etablere språkgrupper for minoritetsspråklige barn i barnehagene»"
        in out
    )
    assert "Ansvaret er lagt til «Alle enhetsledere»" in out


# --------------------------------------------------------------------------- mandate


def test_mandate_coverage_in_findings_and_report(capsys, isolated, monkeypatch):
    import plancheck.mandate


    def fake_assess(plan, mandate_path, *, lang=None, **_options):
        # called in the limited child: what it saw is written down for the test
        (isolated / "seen.txt").write_text(f"{mandate_path.name} {lang}", encoding="utf-8")
        points = [
            MandatePoint(id="mp1", number="1", text="Beskrive dagens tilbud", page=2),
            MandatePoint(id="mp2", number="2", text="Kartlegge behovet for boliger", page=2),
        ]
        coverage = [
            Coverage(
                id="mp1",
                text="Beskrive dagens tilbud",
                status="covered",
                evidence=[
                    Evidence(page=3, quote="Dagens tilbud består av fire barnehager", node_id="p1")
                ],
            ),
            Coverage(id="mp2", text="Kartlegge behovet for boliger", status="uncovered"),
        ]
        return points, coverage

    monkeypatch.setattr(plancheck.mandate, "assess", fake_assess)
    mandate = isolated / "mandat.txt"
    mandate.write_text(
        "1. Beskrive dagens tilbud\n2. Kartlegge behovet for boliger\n", encoding="utf-8"
    )
    plan = write_plan(isolated / "plan.json", warnings_only_plan())
    code, out, _ = run(capsys, "check", str(plan), "--mandate", str(mandate))
    assert code == 1  # the uncovered point is an error
    assert (isolated / "seen.txt").read_text(encoding="utf-8") == "mandat.txt nb"
    assert "Planen svarer ikke på dette punktet i mandatet: «Kartlegge behovet for boliger»" in out
    assert (
        "1 av 2 punkter dekket" in out and "s. 3: «Dagens tilbud består av fire barnehager»" in out
    )
    data = json.loads(
        run(capsys, "check", str(plan), "--mandate", str(mandate), "--format", "json")[1]
    )
    assert [c["status"] for c in data["coverage"]] == ["covered", "uncovered"]

    code, _, err = run(capsys, "check", str(plan), "--mandate", str(isolated / "nope.txt"))
    assert code == 2 and "nope.txt" in err


# --------------------------------------------------------------------------- plancheck rules


def test_rules_lists_id_severity_summary(capsys, isolated):
    code, out, _ = run(capsys, "rules")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert "measure-has-owner" in lines and "error" in lines["measure-has-owner"]
    assert "Hvert tiltak skal ha en ansvarlig" in lines["measure-has-owner"]
    assert "warning" in lines["owner-is-accountable"]
    out = run(capsys, "rules", "--lang", "en")[1]
    assert "Every measure must have an owner" in out


def test_rules_shows_configured_severity_and_one_rule_page(capsys, isolated):
    (isolated / ".plancheck.toml").write_text(
        'disable = ["strategy-has-measure"]\n[severity]\nmeasure-has-owner = "warning"\n',
        encoding="utf-8",
    )
    data = {r["id"]: r for r in json.loads(run(capsys, "rules", "--format", "json")[1])}
    assert data["measure-has-owner"]["severity"] == "warning"
    assert data["strategy-has-measure"]["severity"] == "off"
    code, out, _ = run(capsys, "rules", "owner-is-accountable")
    assert code == 0 and out.startswith("# owner-is-accountable") and "Use instead:" in out
    code, _, err = run(capsys, "rules", "no-such-rule")
    assert code == 2 and "no-such-rule: no such rule" in err


def test_a_misspelt_rule_is_said_in_the_language_asked_with_the_rule_meant(capsys, isolated):
    code, _, err = run(capsys, "rules", "measure-has-ownr", "--lang", "nn")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "Det finst ingen regel som heiter «measure-has-ownr»" in err
    assert "did you mean measure-has-owner?" in err
    code, _, err = run(capsys, "rules", "measure-has-ownr", "--lang", "nb")
    assert "Det finnes ingen regel som heter «measure-has-ownr»" in err
    # the rule meant is said in the planner's language too, before the English line
    said = err.split(" (", 1)[0]
    assert "Mente du «measure-has-owner»?" in said, err
    code, _, err = run(capsys, "rules", "measure-has-ownr", "--lang", "nn")
    assert "Meinte du «measure-has-owner»?" in err.split(" (", 1)[0], err


def test_every_command_and_option_says_what_it_does_in_its_help():
    """``plancheck COMMAND --help`` is where a planner without the README learns a command: it
    opens with a sentence saying what the command does, and no option or argument is listed
    bare (``--format {html,json}`` alone leaves the default and the choice unexplained)."""
    import argparse

    from plancheck.cli import build_parser

    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    bare = []
    for name, command in sub.choices.items():
        if not command.description:
            bare.append(f"{name}: no description")
        for action in command._actions:
            if not isinstance(action, argparse._HelpAction) and not action.help:
                bare.append(f"{name} {'/'.join(action.option_strings) or action.dest}")
    assert not bare, bare


def test_a_plan_that_cannot_be_read_is_said_in_the_language_asked_for(capsys, isolated):
    """``--lang nn`` (or the configuration's language) is a planner asking for nynorsk: why a
    document could not be read is said in it too, with the reader's English line kept in
    brackets for the option it names (``--password``). Asked for nothing, or for English, the
    line stays the reader's own."""
    bad = isolated / "utkast.docx"
    bad.write_bytes(b"not a zip at all")
    code, _, err = run(capsys, "check", str(bad), "--lang", "nn")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "«utkast.docx» er ikkje ei PDF-" in err and "(" + str(bad) + ": not a .docx file" in err
    code, _, err = run(capsys, "check", str(bad), "--lang", "nb")
    assert "«utkast.docx» er ikke en PDF-" in err
    code, _, err = run(capsys, "check", str(isolated / "borte.pdf"), "--lang", "nn")
    assert code == 2 and "Finn ikkje «borte.pdf»" in err
    code, _, err = run(capsys, "check", str(bad), "--lang", "en")
    assert code == 2 and err.strip() == f"plancheck: error: {bad}: not a .docx file (not a zip package)"
    code, _, err = run(capsys, "check", str(bad))  # no language asked: the findings' bokmål
    assert code == 2 and err.strip().startswith("plancheck: feil: «utkast.docx» er ikke en PDF-")
    assert err.strip().endswith(f"({bad}: not a .docx file (not a zip package))")
    (isolated / ".plancheck.toml").write_text('lang = "nn"\n', encoding="utf-8")
    (isolated / ".git").mkdir()
    code, _, err = run(capsys, "check", str(bad))
    assert "er ikkje ei PDF-" in err


@pytest.mark.parametrize(
    ("lang", "says", "summary"),
    [
        ("nn", ["**Alvorsgrad:** feil", "## Døme", "Dette blir flagga:", "## Meldingar"],
         "Kvart tiltak skal ha ein ansvarleg"),
        ("nb", ["**Alvorlighetsgrad:** feil", "## Eksempel", "Dette blir flagget:", "## Meldinger"],
         "Hvert tiltak skal ha en ansvarlig"),
    ],
)
def test_one_rule_page_in_the_language_asked(lang, says, summary, capsys, isolated):
    """A planner who asked for nynorsk or bokmål reads the rule's page in it: its headings,
    severity, summary and messages; the explanation written only in English says so."""
    code, out, _ = run(capsys, "rules", "measure-has-owner", "--lang", lang)
    assert code == 0 and out.startswith("# measure-has-owner")
    for text in says:
        assert text in out, text
    assert summary in out
    assert "Why it matters" not in out and "Use instead:" not in out and "## Definition" not in out
    assert "Every measure must have an owner" not in out


def test_a_pyproject_that_is_no_valid_toml_but_configures_plancheck_is_reported(capsys, isolated):
    # the maintainer's [tool.plancheck] in a pyproject.toml with a typo: not silently a
    # check with no configuration (another tool's broken pyproject.toml stays none of ours)
    (isolated / "pyproject.toml").write_text('[tool.plancheck\nlang = "nn"\n', encoding="utf-8")
    code, out, err = run(capsys, "check", str(write_plan(isolated / "plan.json")))
    assert code == 2 and out == "" and "not valid TOML" in err
    (isolated / "pyproject.toml").write_text('[project\nname = "plans"\n', encoding="utf-8")
    code, out, err = run(capsys, "check", str(write_plan(isolated / "plan.json")))
    assert code in (0, 1) and err == ""


def test_check_takes_quiet_as_extract_does_and_names_its_progress_in_the_language_asked(
    capsys, isolated, monkeypatch
):
    """``-q`` (no progress bar), which extract, graph and layout take, was a usage error on
    check (exit 2 in a job that copied it); the bar's label is in the findings' language."""
    from contextlib import contextmanager

    import plancheck.commands.check as check_cmd

    shown = []

    @contextmanager
    def recorder(label, enabled):
        shown.append((label, enabled))
        yield None

    monkeypatch.setattr(check_cmd, "progress_bar", recorder)
    plan = shutil.copy(CORPUS_PDF, isolated / "plan.pdf")
    assert run(capsys, "check", str(plan), "-q", "--fail-on", "never")[0] == 0
    assert run(capsys, "check", str(plan), "--quiet", "--lang", "nn", "--fail-on", "never")[0] == 0
    assert run(capsys, "check", str(plan), "--lang", "en", "--fail-on", "never")[0] == 0
    assert shown == [("Leser plan.pdf", False), ("Les plan.pdf", False), ("Reading plan.pdf", True)]


def test_the_batch_pre_pass_reads_under_the_commands_limits(capsys, isolated, monkeypatch):
    """Before the children of a batch are forked, one child looks at every PDF's first pages
    (language and page count). It ran under the default limits (120 s, 2048 MB), not the
    command's: a hostile PDF among good ones held a CI runner for 10 s and 1.5 GB with
    ``--timeout 20 --max-memory 600`` before its own limited child even started."""
    import plancheck.ingest.language as language
    from plancheck import limits

    seen = []

    def spy(paths):
        now = limits.current()
        seen.append((now.timeout, now.memory_mb))
        return {}

    monkeypatch.setattr(language, "batch_facts", spy)
    a = shutil.copy(CORPUS_PDF, isolated / "a.pdf")
    b = shutil.copy(CORPUS_PDF, isolated / "b.pdf")
    assert run(capsys, "check", str(a), str(b), "--timeout", "77", "--max-memory", "999",
               "--fail-on", "never")[0] == 0
    assert seen == [(77, 999)]


def test_a_warm_batch_leaves_its_cached_documents_out_of_the_pre_pass(capsys, isolated, monkeypatch):
    """A re-check of a batch whose documents are all in the cache forks no pre-pass child (it
    would read every PDF's first pages again for nothing: the warm re-check's time); a document
    not yet cached among cached ones is still looked at, under the command's limits, and the
    cached ones still run in their own limited children (the report is the same)."""
    import plancheck.ingest.language as language
    from plancheck import limits

    seen = []
    real = language.batch_facts

    def spy(paths):
        now = limits.current()
        seen.append((sorted(Path(p).name for p in paths), now.timeout, now.memory_mb))
        return real(paths)

    monkeypatch.setattr(language, "batch_facts", spy)
    a = shutil.copy(CORPUS_PDF, isolated / "a.pdf")
    b = shutil.copy(CORPUS_PDF, isolated / "b.pdf")
    args = ["--timeout", "77", "--max-memory", "999", "--fail-on", "never", "--format", "json"]
    code, cold, _err = run(capsys, "check", str(a), str(b), *args)
    assert code == 0 and seen == [(["a.pdf", "b.pdf"], 77, 999)]
    seen.clear()
    code, warm, _err = run(capsys, "check", str(a), str(b), *args)
    assert code == 0 and seen == [] and warm == cold
    # two other documents (other bytes: not in the cache) among the cached ones
    c, d = isolated / "c.pdf", isolated / "d.pdf"
    c.write_bytes(CORPUS_PDF.read_bytes() + b"\n% c\n")
    d.write_bytes(CORPUS_PDF.read_bytes() + b"\n% d\n")
    assert run(capsys, "check", str(a), str(c), str(b), str(d), *args)[0] == 0
    assert seen == [(["c.pdf", "d.pdf"], 77, 999)]
    seen.clear()
    # without the cache every document is looked at
    assert run(capsys, "check", str(a), str(b), "--no-cache", *args)[0] == 0
    assert seen == [(["a.pdf", "b.pdf"], 77, 999)]


def test_a_warm_check_reads_the_printed_page_labels_kept_beside_the_cached_plan(capsys, isolated, monkeypatch):
    """The JSON report names each finding's printed page label, read from the PDF's margins
    (every page opened again). A re-check whose plans come from the cache reads the labels kept
    beside them (the same bytes, the same code) instead; ``--no-cache`` reads the PDF."""
    import plancheck.report.pages as pages

    calls = []
    real = pages.page_labels

    def spy(pdf, *args, **kwargs):
        calls.append(len(pdf))
        return real(pdf, *args, **kwargs)

    monkeypatch.setattr(pages, "page_labels", spy)
    a = shutil.copy(CORPUS_PDF, isolated / "a.pdf")
    b = isolated / "b.pdf"
    b.write_bytes(CORPUS_PDF.read_bytes() + b"\n% b\n")
    args = ["--timeout", "0", "--max-memory", "0", "--fail-on", "never", "--format", "json"]
    pages._printed_labels.cache_clear()
    code, cold, _err = run(capsys, "check", str(a), str(b), *args)
    assert code == 0 and len(calls) == 2
    pages._printed_labels.cache_clear()  # a new process: nothing remembered but the files
    code, warm, _err = run(capsys, "check", str(a), str(b), *args)
    assert code == 0 and len(calls) == 2 and warm == cold
    pages._printed_labels.cache_clear()
    code, fresh, _err = run(capsys, "check", str(a), str(b), "--no-cache", *args)
    assert code == 0 and len(calls) == 4 and fresh == cold
    assert not pages._KEEP["on"]  # a library call after the command reads the PDF again
