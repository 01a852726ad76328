"""The HTML report as a person sees it: rendered by headless Chromium, printed to PDF, and the
PDF's text read back with pdfplumber. Only text a browser actually draws ends up there."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from test_checks_support import sample_plan

from plancheck.checks import check_plan, load_rules
from plancheck.models import Coverage, Evidence, MandatePoint
from plancheck.report import render

pdfplumber = pytest.importorskip("pdfplumber")
BROWSER = next(
    (shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)),
    None,
)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium installed")


def print_to_pdf(html: str, tmp_path) -> Path:
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    cmd = [
        BROWSER,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        page.as_uri(),
    ]
    subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    if not pdf.exists():
        pytest.fail("Chromium printed no PDF")
    return pdf


def flat(text: str | None) -> str:
    return " ".join((text or "").split())


def read_columns(pdf: Path) -> tuple[str, str, str, list[dict]]:
    """The printed text: whole pages, the item column and the findings column (the findings
    column starts where most severity labels of the tree stand, on every page), and the words
    with their positions and page."""
    whole, left, right, words = [], [], [], []
    with pdfplumber.open(pdf) as doc:
        pages = [(page, page.extract_words()) for page in doc.pages]
        xs = [round(w["x0"]) for _p, ws in pages for w in ws if w["text"] in ("FEIL", "ADVARSEL")]
        cut = max(set(xs), key=xs.count) - 8  # where most findings start
        for n, (page, ws) in enumerate(pages):
            words += [{**w, "page": n} for w in ws]
            whole.append(page.extract_text())
            left.append(page.crop((0, 0, cut, page.height)).extract_text())
            right.append(page.crop((cut, 0, page.width, page.height)).extract_text())
    return flat(" ".join(whole)), flat(" ".join(left)), flat(" ".join(right)), words


def phrase_boxes(words, phrase: str) -> list[dict]:
    """The boxes of every place where the words of ``phrase`` follow each other on a line."""
    parts = phrase.split()
    out = []
    for i in range(len(words) - len(parts) + 1):
        run = words[i : i + len(parts)]
        if [w["text"] for w in run] == parts:
            out.append(
                {"x0": run[0]["x0"], "x1": run[-1]["x1"], "top": run[0]["top"], "page": run[0]["page"]}
            )
    return out


def phrase_box(words, phrase: str) -> dict | None:
    boxes = phrase_boxes(words, phrase)
    return boxes[0] if boxes else None


def test_rendered_report_shows_findings_beside_their_measures(tmp_path):
    coverage = [
        Coverage(
            id="mp1",
            text="Beskrive dagens tilbud",
            status="covered",
            evidence=[Evidence(page=2, quote="Kommunen har fire barnehager")],
        ),
        Coverage(id="mp2", text="Kartlegge behovet for boliger", status="uncovered"),
    ]
    points = [MandatePoint(id=c.id, text=c.text, page=1) for c in coverage]
    result = check_plan(
        sample_plan(), rules=load_rules(plugins=False), coverage=coverage, mandate_points=points
    )
    whole, items, findings, words = read_columns(print_to_pdf(render("html", [result]), tmp_path))

    # what the planner must be able to read: the header, the items, the findings beside them
    for visible in (
        "Handlingsplan for tidlig innsats 2024–2027",
        "3 feil, 3 advarsler",
        "Planperiode: 2024–2027",
    ):
        assert visible in whole, visible
    for visible in (
        "Mål 1: Alle barn skal få tidlig hjelp",
        "Tiltak: Informere om tilbudet på foreldremøter (s. 5)",
    ):
        assert visible in items, visible
    for visible in (
        "FEIL Tiltaket har ingen ansvarlig: «Informere om tilbudet på foreldremøter» s. 5 · measure-has-owner",
        "FEIL Ingen tiltak følger opp målet: «Flere unge skal fullføre videregående skole.»",
        "ADVARSEL Ansvaret er lagt til «Alle enhetsledere»",
    ):
        assert visible in findings, visible
    assert (
        "FEIL Planen svarer ikke på dette punktet i mandatet: «Kartlegge behovet for boliger»"
        in whole
    )
    # the coverage matrix
    for word in ("Besvart", "dekket", "barnehager", "«Kommunen"):
        assert any(word in w["text"] for w in words), word

    # the finding stands to the right of its measure, on the same row, under the goal (the
    # index of findings above the tree quotes the same message once more)
    item = phrase_box(words, "Tiltak: Informere om tilbudet på")
    assert item
    beside = [
        b
        for b in phrase_boxes(words, "Tiltaket har ingen ansvarlig:")
        if b["page"] == item["page"] and abs(b["top"] - item["top"]) < 15
    ]
    goal = [b for b in phrase_boxes(words, "Alle barn skal få tidlig hjelp") if b["x0"] < item["x1"]]
    assert beside and goal
    assert beside[0]["x0"] > item["x1"]
    assert (goal[-1]["page"], goal[-1]["top"]) < (item["page"], item["top"])
