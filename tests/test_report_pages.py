"""The HTML report's page pictures: printed page labels, quotes found on the page, highlights
at the provenance box, jump links, filters, and a file that stays mailable."""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import ROOT
from test_checks_support import goal, make_plan, measure

import plancheck
from plancheck.checks import check_plan, load_rules
from plancheck.models import Provenance, SourceInfo
from plancheck.report import pages as pagepics
from plancheck.report import render

DRAFT_PDF = ROOT / "corpora/defects/utkast-oppvekst/utkast-oppvekst.pdf"
DRAFT_DOCX = ROOT / "corpora/defects/utkast-oppvekst/utkast-oppvekst.docx"


def pdf_with_pages(texts: list[str], page_labels: bytes | None = None) -> bytes:
    """A PDF with one line of Helvetica text per page, and an optional /PageLabels tree."""
    n = len(texts)
    objs: list[bytes] = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n)).encode()
    labels = b" /PageLabels " + page_labels if page_labels else b""
    objs.append(b"<< /Type /Catalog /Pages 2 0 R" + labels + b" >>")
    objs.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(n).encode() + b" >>")
    font = 3 + 2 * n
    for i, text in enumerate(texts):
        stream = f"BT /F1 12 Tf 72 700 Td ({text}) Tj ET".encode()
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# --------------------------------------------------------------------------- page labels


def test_printed_numbers_follow_the_pages_from_the_margins():
    bands = {1: "", 2: "Innhold", 3: "CITY PLAN\n", 4: "CITY PLAN\n"}
    bands |= {p: f"CITY PLAN\nSEPTEMBER 2014 {p - 4}" for p in range(5, 10)}
    assert pagepics.labels_from_margins(bands) == {p: str(p - 4) for p in range(5, 10)}


def test_a_year_in_every_running_head_is_no_page_number():
    bands = {p: "Handlingsplan 2024–2027" for p in range(1, 8)}
    assert pagepics.labels_from_margins(bands) == {}


def test_one_page_number_is_not_a_numbering():
    assert pagepics.labels_from_margins({1: "", 2: "side 9", 3: ""}) == {}


def test_page_labels_from_the_pdf_catalog(tmp_path):
    import pypdfium2 as pdfium

    nums = b"<< /Nums [0 << /S /r >> 2 << /S /D /St 1 >>] >>"
    path = tmp_path / "labels.pdf"
    path.write_bytes(pdf_with_pages(["Forord", "Innhold", "Innledning", "Mal"], nums))
    pdf = pdfium.PdfDocument(str(path))
    try:
        assert pagepics.page_labels(pdf) == {1: "i", 2: "ii", 3: "1", 4: "2"}
    finally:
        pdf.close()


# --------------------------------------------------------------------------- finding text


def test_a_quote_is_found_inside_its_items_box():
    plan = plancheck.extract(DRAFT_PDF)
    measure = plan.measures[0]
    box = measure.provenance.bbox
    with pagepics.open_source(DRAFT_PDF, "pdf") as source:
        assert source is not None
        found = pagepics.find_text(source, measure.page, measure.text)
        assert pagepics.find_text(source, measure.page, "ikke på denne siden xyz") == []
    assert found, measure.text
    assert all(b.x0 >= box.x0 - 3 and b.x1 <= box.x1 + 3 for b in found)
    assert all(b.top >= box.top - 3 and b.bottom <= box.bottom + 3 for b in found)


def test_a_missing_or_damaged_source_gives_no_pictures(tmp_path):
    with pagepics.open_source(tmp_path / "finnes-ikke.pdf", "pdf") as source:
        assert source is None
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    with pagepics.open_source(bad, "pdf") as source:
        assert source is None


# --------------------------------------------------------------------------- the report


def anchors_resolve(html: str) -> None:
    ids = set(re.findall(r'id="([^"]+)"', html))
    links = set(re.findall(r'href="#([^"]+)"', html))
    assert links and links <= ids, sorted(links - ids)


@pytest.fixture(scope="module")
def draft_report():
    result = plancheck.check(DRAFT_PDF)
    return result, render("html", [result])


def test_each_page_with_findings_is_pictured_with_the_quote_highlighted(draft_report):
    result, html = draft_report
    pages = sorted({f.page for f in result.findings if f.page})
    assert re.findall(r'<figure class="pagefig" id="p0-page-(\d+)"', html) == [str(p) for p in pages]
    # every finding on a pictured page has a box, coloured by severity, linking to its message
    for i, f in enumerate(result.findings):
        assert f'id="p0-f{i}-box" href="#p0-f{i}"' in html
        assert f'class="finding sev-{f.severity}" id="p0-f{i}"' in html
    anchors_resolve(html)
    assert len(html.encode()) < 1_000_000  # mailable
    images = re.findall(r'<img src="(data:image/jpeg;base64,[^"]+)"', html)
    assert len(images) == len(pages)


def test_each_box_on_a_page_carries_the_number_of_its_finding_beside_the_picture(draft_report):
    """A planner looking at a page with several boxes reads which finding each box is: the box
    shows the number its finding has in the list beside the picture (1, 2 … per page); findings
    quoting the same text share one box, its badge naming each of them ('1, 2')."""
    result, html = draft_report
    figures = re.findall(r'<figure class="pagefig"[^>]*>(.*?)</figure>', html, flags=re.S)
    assert figures
    numbered = 0
    for fig in figures:
        listed = re.findall(r'<li><span class="num">(\d+)</span><div class="finding[^"]*" id="(p0-f\d+)"', fig)
        assert [int(n) for n, _ in listed] == list(range(1, len(listed) + 1))
        badges = {}
        for fid, label in re.findall(r'<a class="hlnum sev-\w+" href="#(p0-f\d+)"[^>]*>([\d, ]+)</a>', fig):
            badges[fid] = label
        for n, fid in listed:
            shown = [label for label in badges.values() if n in label.split(", ")]
            assert len(shown) == 1, (n, fid, badges)  # each number on exactly one box
            numbered += 1
    assert numbered == sum(1 for f in result.findings if f.page)


def test_a_highlight_stands_at_the_items_provenance_box(draft_report):
    result, html = draft_report
    plan = result.plan
    by_id = {p.id: p for p in plan.passages} | {s.id: s for s in plan.goals + plan.measures}
    f = next(f for f in result.findings if f.rule == "empty-section")
    i = result.findings.index(f)
    style = re.search(rf'id="p0-f{i}-box" href="#p0-f{i}" style="([^"]+)"', html)[1]
    left, top = (float(re.search(rf"{k}:([\d.]+)%", style)[1]) for k in ("left", "top"))
    with pagepics.open_source(DRAFT_PDF, "pdf") as source:
        w, h = pagepics.page_size(source, f.page)
        boxes = pagepics.find_text(source, f.page, f.quote)
    assert boxes
    assert abs(left - 100 * (boxes[0].x0 - 1.5) / w) < 0.5
    assert abs(top - 100 * (boxes[0].top - 1.5) / h) < 0.5
    assert f.node_id not in by_id or by_id[f.node_id].provenance.page == f.page


def test_index_counts_filters_and_jump_links(draft_report):
    result, html = draft_report
    index = html[html.index('<nav class="index"') : html.index("</nav>")]
    rules = {f.rule for f in result.findings}
    for rule in rules:
        n = sum(f.rule == rule for f in result.findings)
        assert f'value="rule:{rule}"> <span class="rule">{rule}</span> ({n})' in index
    assert f'value="sev:warning"> {result.summary.warnings} advarsler' in index
    assert index.count("<tr ") == len(result.findings)
    assert "<script>" in html and "querySelectorAll('.filters input')" in html


def test_printed_page_label_beside_the_pdf_page(tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(
        pdf_with_pages(
            ["Forside", "Innhold", "Alle barn skal ha det trygt"],
            b"<< /Nums [0 << /S /r >> 2 << /S /D /St 1 >>] >>",
        )
    )
    g = goal("g1", "Mål", page=2)
    m = measure("m1", "Alle barn skal ha det trygt", ("g1",), due="2025", page=3)  # no owner
    m.provenance = Provenance(page=3, source_text=m.text)
    plan = make_plan([g], [], [m])
    plan = plan.model_copy(
        update={"source": SourceInfo(path=str(path), format="pdf", sha256="", pages=3)}
    )
    result = check_plan(plan, rules=load_rules(plugins=False))
    html = render("html", [result])
    assert "<figcaption>s. 1 (PDF-side 3)</figcaption>" in html
    assert "p. 1 (PDF page 3)" in render("html", [result], lang="en")
    assert 'class="hl sev-error" id="p0-f0-box"' in html  # found by its text: no bbox given
    anchors_resolve(html)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_word_draft_is_pictured_through_libreoffice():
    result = plancheck.check(DRAFT_DOCX)
    html = render("html", [result])
    assert html.count('<figure class="pagefig"') >= 1
    assert html.count('class="hl sev-') >= len(result.findings)
    anchors_resolve(html)


def test_a_word_draft_without_libreoffice_shows_the_text(monkeypatch):
    monkeypatch.setattr(pagepics, "soffice", lambda: None)
    result = plancheck.check(DRAFT_DOCX)
    html = render("html", [result])
    assert "<figure" not in html
    assert "LibreOffice" in html and html.count('<div class="textview"') == sum(
        1 for f in result.findings if f.quote
    )
    assert "<mark" in html


def test_mandate_coverage_links_to_the_evidence_on_its_page():
    pair = ROOT / "corpora/mandates/oppvekst"
    result = plancheck.check(pair / "plan.pdf", mandate=pair / "saksframlegg.pdf")
    html = render("html", [result])
    table = html[html.index('<table class="coverage">') :]
    links = re.findall(r'href="#(p0-ev\d+)"', table)
    assert links
    for link in links:
        assert f'class="hl ev" id="{link}"' in html
    anchors_resolve(html)


def test_parent_plan_coverage_links_to_the_evidence_on_its_page(capsys, tmp_path, monkeypatch):
    from plancheck.cli import main

    pair = ROOT / "corpora/parents/elvedal-handlingsdel"
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "report.html"
    argv = ["check", str(pair / "child.pdf"), "--parent", str(pair / "parent.pdf")]
    assert main([*argv, "--format", "html", "-o", str(out), "--fail-on", "never"]) == 0
    html = out.read_text(encoding="utf-8")
    rows = re.findall(r'<tr id="(p0-parent-[^"]+)">(.*?)</tr>', html, flags=re.S)
    assert rows
    linked = [(row, a) for row, cells in rows for a in re.findall(r'href="#(p0-ev\d+)"', cells)]
    assert linked
    for row, anchor in linked:  # the box on the page picture links back to its row
        assert f'class="hl ev" id="{anchor}" href="#{row}"' in html
    anchors_resolve(html)


def test_the_margins_the_layout_read_are_not_read_again_for_the_printed_labels(tmp_path, monkeypatch):
    """The layout keeps each page's margin bands while the page is open (plancheck.pagebands);
    the printed labels read them from there, not from every page loaded again, and come out
    the same as when the file is read afresh."""
    from plancheck import pagebands
    from plancheck.layout.document import read_pages

    texts = ["Forside", "3", "4", "5", "6"]
    raw = pdf_with_pages(texts).replace(b"72 700 Td", b"300 30 Td")  # in the bottom margin
    path = tmp_path / "plan.pdf"
    path.write_bytes(raw)
    pagebands._KEPT.clear()
    pagepics._printed_labels.cache_clear()
    fresh = pagepics.printed_labels(path, "pdf")
    assert fresh == {2: "3", 3: "4", 4: "5", 5: "6"}
    read_pages(path)
    read = []
    real = pagepics.margin_text
    monkeypatch.setattr(pagepics, "margin_text", lambda *a, **k: read.append(a) or real(*a, **k))
    pagepics._printed_labels.cache_clear()
    assert pagepics.printed_labels(path, "pdf") == fresh and read == []
    # another file (or the same one changed) does not take the kept bands
    other = tmp_path / "other.pdf"
    other.write_bytes(raw)
    assert pagepics.printed_labels(other, "pdf") == fresh and len(read) == len(texts)
    pagebands._KEPT.clear()
