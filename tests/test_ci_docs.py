"""docs/ci.md as written: the pre-commit configuration is valid and its entry runs on plan
files, the shipped hook manifest agrees with it, and the GitHub Actions workflow's ``run:``
steps run in a fresh folder (all but the network install, which is the one step pre-built
here: the plancheck of this test run stands in for it)."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

CI_DOC = ROOT / "docs" / "ci.md"
WITH_ERRORS = ROOT / "corpora/authored/handlingsplan-oppvekst/handlingsplan-oppvekst.pdf"
DRAFT_DOCX = ROOT / "corpora/defects/utkast-oppvekst/utkast-oppvekst.docx"
BIN = Path(sys.executable).parent


def yaml_blocks() -> list[dict]:
    text = CI_DOC.read_text(encoding="utf-8")
    return [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", text, flags=re.S)]


def pre_commit_config() -> dict:
    (config,) = [b for b in yaml_blocks() if isinstance(b, dict) and "repos" in b]
    return config


def workflow() -> dict:
    (flow,) = [b for b in yaml_blocks() if isinstance(b, dict) and "jobs" in b]
    return flow


def console_scripts() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]


def plans_folder(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir(parents=True)
    shutil.copy(WITH_ERRORS, plans)
    shutil.copy(DRAFT_DOCX, plans)
    (plans / "README.txt").write_text("not a plan")
    return plans


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory) -> Path:
    """One extraction cache for the commands of this module: each plan is read once."""
    return tmp_path_factory.mktemp("ci-cache")


def env(cache: Path) -> dict:
    return {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PLANCHECK_CACHE_DIR": str(cache),
    }


# --------------------------------------------------------------------------- pre-commit


def test_pre_commit_config_is_valid_and_matches_the_shipped_hook(tmp_path):
    config = pre_commit_config()
    (repo,) = config["repos"]
    assert repo["repo"] == "local"  # needs no published package
    (hook,) = repo["hooks"]
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] in {h["id"] for h in manifest}
    assert hook["language"] == "python" and hook["additional_dependencies"]
    assert hook["entry"].split()[0] in console_scripts()
    for hooks in (hook, *manifest):
        pattern = re.compile(hooks["files"])
        for name in ("plans/a.pdf", "plans/B.DOCX", "c.odt"):
            assert pattern.search(name), (hooks["id"], name)
        for name in ("notes.txt", "a.pdf.bak", "x.doc"):
            assert not pattern.search(name), (hooks["id"], name)
    clientlib = pytest.importorskip("pre_commit.clientlib")
    path = tmp_path / ".pre-commit-config.yaml"
    path.write_text(yaml.safe_dump(config))
    clientlib.load_config(str(path))  # raises on a config pre-commit would refuse
    clientlib.load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))


def run_command(command: list[str], cwd: Path, environ: dict, monkeypatch, capfd) -> tuple[int, str]:
    """Run a documented command line: a ``plancheck …`` command through the CLI's entry point
    in this process (as the console script would; the word lists are loaded once, not per
    step), anything else in bash. Returns the exit code and standard output."""
    from plancheck.cli import main

    capfd.readouterr()
    if command[0] == "plancheck" and not {"|", ";", "&&", ">"} & set(command):
        with monkeypatch.context() as m:
            m.chdir(cwd)
            for key, value in environ.items():
                m.setenv(key, value)
            code = main(command[1:])
        return code, capfd.readouterr().out
    run = subprocess.run(
        ["bash", "-e", "-c", shlex.join(command)], cwd=cwd, env={**os.environ, **environ},
        capture_output=True, text=True, timeout=300,
    )
    return run.returncode, run.stdout


def test_pre_commit_entry_runs_on_the_files_a_commit_has(tmp_path, shared_cache, monkeypatch, capfd):
    (hook,) = pre_commit_config()["repos"][0]["hooks"]
    plans = plans_folder(tmp_path)
    pattern = re.compile(hook["files"])
    files = sorted(str(p.relative_to(tmp_path)) for p in plans.iterdir() if pattern.search(p.name))
    assert files == ["plans/handlingsplan-oppvekst.pdf", "plans/utkast-oppvekst.docx"]
    cmd = [*shlex.split(hook["entry"]), *hook.get("args", []), *files]
    code, out = run_command(cmd, tmp_path, {"PLANCHECK_CACHE_DIR": str(shared_cache)}, monkeypatch, capfd)
    assert code == 1  # the plan with errors stops the commit
    assert "measure-has-owner" in out and "utkast-oppvekst.docx" in out
    assert "0 feil, 6 advarsler" in out  # the draft alone has only warnings


@pytest.mark.skipif(
    not os.environ.get("PLANCHECK_SLOW_TESTS"), reason="set PLANCHECK_SLOW_TESTS=1 (installs plancheck, ~2 min)"
)
def test_pre_commit_itself_installs_and_runs_the_hook(tmp_path):
    """The whole thing, by pre-commit: it builds its environment from this checkout."""
    pre_commit = shutil.which("pre-commit", path=str(BIN)) or pytest.skip("pre-commit missing")
    work = tmp_path / "repo"
    plans_folder(work)
    config = CI_DOC.read_text(encoding="utf-8")
    (block,) = [b for b in re.findall(r"```yaml\n(.*?)```", config, re.S) if "repo: local" in b]
    (work / ".pre-commit-config.yaml").write_text(block.replace("/opt/plancheck", str(ROOT)))
    subprocess.run(["git", "init", "-q"], cwd=work, check=True)
    subprocess.run(["git", "add", "-A"], cwd=work, check=True)
    run = subprocess.run(
        [pre_commit, "run", "--all-files"],
        cwd=work,
        env={**env(tmp_path / "cache"), "PRE_COMMIT_HOME": str(tmp_path / "pc-home")},
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert run.returncode == 1 and "measure-has-owner" in run.stdout, run.stdout[-2000:]


# --------------------------------------------------------------------------- GitHub Actions


def expand(text: str, workspace: Path) -> str:
    """The ``${{ … }}`` expressions the run steps use, as Actions would expand them."""
    return text.replace("${{ github.workspace }}", str(workspace))


def test_github_workflow_steps_run_locally(tmp_path, shared_cache, monkeypatch, capfd):
    flow = workflow()
    (job,) = flow["jobs"].values()
    steps = job["steps"]
    uses = [s["uses"].split("@")[0] for s in steps if "uses" in s]
    assert uses[:3] == ["actions/checkout", "actions/checkout", "actions/setup-python"]
    install = [s for s in steps if "pip install" in s.get("run", "")]
    (step,) = install
    checkout = next(s for s in steps if s.get("with", {}).get("path"))
    assert step["run"].split()[-1] == f"./{checkout['with']['path']}"  # installs what it checked out

    work = tmp_path / "workspace"
    plans_folder(work)
    job_env = {k: expand(str(v), work) for k, v in job.get("env", {}).items()}
    ran = {}
    for s in steps:
        if "run" not in s or s in install:
            continue  # actions and the network install (this test run's plancheck stands in)
        environ = {**job_env, "PLANCHECK_CACHE_DIR": str(shared_cache)}
        ran[s.get("name", s["run"])] = run_command(
            shlex.split(expand(s["run"], work)), work, environ, monkeypatch, capfd
        )
    code, out = ran["Check the plans"]
    assert code == 1  # errors fail the job, as the comment says
    assert re.search(r"^::error file=plans/handlingsplan-oppvekst\.pdf", out, re.M)
    assert "plans/utkast-oppvekst.docx" in out  # the folder includes Word drafts
    assert ran["SARIF"][0] == 0 and ran["HTML report"][0] == 0
    sarif = json.loads((work / "plancheck.sarif").read_text())
    assert sarif["version"] == "2.1.0" and len(sarif["runs"][0]["results"]) > 5
    html = (work / "plancheck.html").read_text()
    assert 'class="hl sev-error"' in html
    assert job_env["PLANCHECK_CACHE_DIR"] == str(work / ".plancheck-cache")
