"""`plancheck serve` over HTTP: upload, progress, reports, limits, clean-up, languages."""

from __future__ import annotations

import json
import time

import pytest
from conftest import ROOT

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient

from plancheck.serve import ServeSettings, create_app
from plancheck.serve.page import TEXTS

DRAFT_PDF = ROOT / "corpora/defects/utkast-oppvekst/utkast-oppvekst.pdf"
DRAFT_DOCX = ROOT / "corpora/defects/utkast-oppvekst/utkast-oppvekst.docx"
PAIR = ROOT / "corpora/mandates/oppvekst"


@pytest.fixture
def client(tmp_path):
    app = create_app(ServeSettings(max_upload_mb=5, temp_dir=tmp_path))
    with TestClient(app) as c:
        c.temp_dir = tmp_path
        yield c


def wait(client, job_id: str, seconds: float = 120) -> dict:
    seen = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        job = client.get(f"/api/jobs/{job_id}").json()
        seen.append(job["state"])
        if job["state"] in ("done", "failed"):
            job["seen"] = seen
            return job
        time.sleep(0.1)
    pytest.fail(f"job {job_id} did not finish: {seen[-5:]}")


def upload(client, path, *, mandate=None, parent=None, lang="nb"):
    files = {"draft": (path.name, path.read_bytes(), "application/octet-stream")}
    if mandate is not None:
        files["mandate"] = (mandate.name, mandate.read_bytes(), "application/octet-stream")
    if parent is not None:
        files["parent"] = (parent.name, parent.read_bytes(), "application/octet-stream")
    return client.post("/api/jobs", files=files, data={"lang": lang})


def test_the_page_in_three_languages(client):
    for lang, word in (("nb", "Sjekk et planutkast"), ("nn", "Sjekk eit planutkast"), ("en", "Check a draft plan")):
        page = client.get("/", params={"lang": lang}).text
        assert f'<html lang="{lang}">' in page and word in page
        assert 'href="?lang=nn"' in page and 'href="?lang=en"' in page
        assert "http://" not in page and "https://" not in page  # nothing fetched
    assert set(TEXTS["nn"]) == set(TEXTS["nb"]) == set(TEXTS["en"])
    assert '<html lang="nb">' in client.get("/", params={"lang": "xx"}).text


def test_upload_check_and_download_then_the_upload_is_gone(client):
    r = upload(client, DRAFT_PDF, lang="nn")
    assert r.status_code == 202, r.text
    job = wait(client, r.json()["id"])
    assert job["state"] == "done", job
    assert job["summary"]["warnings"] > 0
    assert job["name"] == DRAFT_PDF.name
    base = f"/api/jobs/{job['id']}/report"
    html = client.get(base + ".html")
    assert html.headers["content-type"].startswith("text/html")
    assert "content-disposition" not in html.headers
    assert "img-src data:" in html.headers["content-security-policy"]
    assert 'class="hl sev-warning"' in html.text and '<html lang="nn">' in html.text
    assert str(client.temp_dir) not in html.text  # the report names the file as uploaded
    down = client.get(base + ".html", params={"download": 1})
    assert down.headers["content-disposition"].startswith("attachment;")
    data = client.get(base + ".json")
    assert "attachment" in data.headers["content-disposition"]
    result = data.json()
    assert result["plan"]["source"]["path"] == DRAFT_PDF.name
    assert any("Tilvisinga" in f["message"] for f in result["findings"])
    sarif = client.get(base + ".sarif").json()
    assert sarif["version"] == "2.1.0"
    assert list(client.temp_dir.iterdir()) == []  # the upload is deleted after the check


def test_the_finished_line_gives_each_count_its_number(client, tmp_path):
    """The page says "Ferdig: 1 feil, 1 advarsel", not "1 advarsler": the server sends the
    summary line the report itself uses, singular or plural by the count."""
    docx = pytest.importorskip("docx")
    from plancheck.models import Summary
    from plancheck.report.labels import summary_line

    draft = docx.Document()
    draft.add_heading("Plan for oppvekst 2025–2028", 0)
    draft.add_heading("1 Tiltak", 1)
    draft.add_paragraph("Antallet søkere har økt siden 2020. TODO: sjekk tallet.")
    path = tmp_path / "utkast.docx"
    draft.save(path)
    lines = {}
    for lang in ("nb", "nn", "en"):
        assert TEXTS[lang]["done"].count("{line}") == 1
        job = wait(client, upload(client, path, lang=lang).json()["id"])
        assert job["state"] == "done", job
        counts = {k: job["summary"][k] for k in ("errors", "warnings", "infos")}
        assert counts["warnings"] == 1, job  # the TODO
        lines[lang] = job["summary"]["line"]
        assert lines[lang] == summary_line(Summary(**counts), lang)
    assert "1 advarsel" in lines["nb"] and "1 advarsler" not in lines["nb"]
    assert "1 åtvaring" in lines["nn"] and "1 åtvaringar" not in lines["nn"]
    assert "1 warning" in lines["en"] and "1 warnings" not in lines["en"]


def test_a_word_draft_with_a_mandate(client):
    r = upload(client, PAIR / "plan.docx", mandate=PAIR / "saksframlegg.pdf")
    job = wait(client, r.json()["id"])
    assert job["state"] == "done", job
    result = client.get(f"/api/jobs/{job['id']}/report.json").json()
    assert result["coverage"] and result["plan"]["source"]["format"] == "docx"


def test_a_draft_with_its_parent_plan_shows_the_rod_trad(client):
    """The page offers what ``check --parent`` does: a planner drops the handlingsdel and the
    samfunnsdel it follows up, and the report says, per parent goal, whether it is followed up
    — the same judgement as the command line's."""
    from plancheck.cli import main

    pair = ROOT / "corpora/parents/elvedal-handlingsdel"
    page = client.get("/", params={"lang": "nn"}).text
    assert 'name="parent"' in page
    r = upload(client, pair / "child.pdf", parent=pair / "parent.pdf", lang="nn")
    job = wait(client, r.json()["id"])
    assert job["state"] == "done", job
    result = client.get(f"/api/jobs/{job['id']}/report.json").json()
    assert result["parent_coverage"], "no rød tråd in the report"
    html = client.get(f"/api/jobs/{job['id']}/report.html").text
    assert result["parent_coverage"][0]["text"][:40] in html
    out = client.temp_dir / "cli.json"
    main(["check", str(pair / "child.pdf"), "--parent", str(pair / "parent.pdf"), "--lang", "nn",
          "--format", "json", "-o", str(out), "--fail-on", "never"])
    cli = json.loads(out.read_text(encoding="utf-8"))
    assert [(c["text"], c["status"]) for c in cli["parent_coverage"]] == [
        (c["text"], c["status"]) for c in result["parent_coverage"]
    ]
    out.unlink()
    r = client.post(
        "/api/jobs",
        files={"draft": ("a.pdf", (pair / "child.pdf").read_bytes(), "application/pdf"),
               "parent": ("notes.txt", b"hei", "text/plain")},
        data={"lang": "nn"},
    )
    assert r.status_code == 415 and "notes.txt" in r.json()["detail"]


def test_what_is_refused(client):
    r = client.post("/api/jobs", files={"draft": ("notes.txt", b"hei", "text/plain")})
    assert r.status_code == 415 and "notes.txt" in r.json()["detail"]
    big = b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024 + 1)
    r = client.post("/api/jobs", files={"draft": ("big.pdf", big, "application/pdf")})
    assert r.status_code == 413 and "5 MB" in r.json()["detail"]
    r = client.post("/api/jobs", files={"draft": ("empty.pdf", b"", "application/pdf")})
    assert r.status_code == 422
    r = client.post("/api/jobs", files={"draft": ("../../etc/x.pdf", b"x", "application/pdf")}, data={"lang": "de"})
    assert r.status_code == 422
    assert list(client.temp_dir.iterdir()) == []
    assert client.get("/api/jobs/nope").status_code == 404


def test_a_damaged_document_fails_with_one_line(client):
    r = client.post(
        "/api/jobs", files={"draft": ("../../skadet.pdf", b"%PDF-1.4\n1 0 obj garbage", "application/pdf")}
    )
    assert r.status_code == 202
    job = wait(client, r.json()["id"])
    assert job["state"] == "failed"
    assert job["detail"].startswith("skadet.pdf:") and "\n" not in job["detail"]
    assert job["error"] == "«skadet.pdf» er skadet eller ufullstendig og kan ikke leses. Hent eller lagre filen på nytt."
    assert str(client.temp_dir) not in job["error"] + job["detail"]
    assert client.get(f"/api/jobs/{job['id']}/report.html").status_code == 409
    assert list(client.temp_dir.iterdir()) == []


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nb", "«skannet.pdf» har ingen tekst å lese (et skannet bilde?)"),
        ("nn", "«skannet.pdf» har ingen tekst å lese (eit skanna bilete?)"),
        ("en", "«skannet.pdf» has no text to read (a scanned image?)"),
    ],
)
def test_why_a_draft_failed_is_said_in_the_pages_language(client, lang, said):
    """A planner reads the reason in the language the page is in, with no command-line options
    in it; the reader's English line stays in ``detail``. So are the upload's refusals."""
    from test_report_pages import pdf_with_pages

    blank = pdf_with_pages([""])
    r = client.post("/api/jobs", files={"draft": ("skannet.pdf", blank, "application/pdf")}, data={"lang": lang})
    job = wait(client, r.json()["id"])
    assert job["state"] == "failed" and job["error"].startswith(said), job
    assert "ocrmypdf" in job["detail"] and "--" not in job["error"]
    r = client.post("/api/jobs", files={"draft": ("notat.txt", b"hei", "text/plain")}, data={"lang": lang})
    assert r.status_code == 415
    assert r.json()["detail"] == {
        "nb": "«notat.txt» er ikke en PDF-, Word- (.docx) eller OpenDocument-fil (.odt).",
        "nn": "«notat.txt» er ikkje ei PDF-, Word- (.docx) eller OpenDocument-fil (.odt).",
        "en": "«notat.txt» is not a PDF, Word (.docx) or OpenDocument (.odt) file.",
    }[lang]


def test_reading_runs_under_the_time_limit(tmp_path):
    app = create_app(ServeSettings(timeout=0.001, temp_dir=tmp_path))
    with TestClient(app) as client:
        job = wait(client, upload(client, DRAFT_PDF).json()["id"])
    assert job["state"] == "failed" and "gave up after" in job["detail"]
    assert job["error"].startswith("Det tok for lang tid å lese «utkast-oppvekst.pdf»")


def test_serve_command_binds_to_localhost_by_default(monkeypatch):
    import uvicorn

    from plancheck.cli import main

    calls = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.update(kw))
    assert main(["serve", "--port", "9999"]) == 0
    assert calls["host"] == "127.0.0.1" and calls["port"] == 9999
    json.dumps(calls)
