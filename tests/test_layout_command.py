"""``plancheck layout PLAN.pdf``: the debug view of the layout layer."""

from __future__ import annotations

import json

from conftest import authored_pdf

from plancheck.cli import main


def test_layout_json_lists_blocks_in_reading_order_with_their_boxes(capsys):
    code = main(["layout", str(authored_pdf("temaplan-helse")), "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert data["pages"] and data["pages"][0]["regions"]
    orders = [b["order"] for b in data["blocks"]]
    assert orders == list(range(1, len(orders) + 1))
    assert any(b["kind"] == "table" and b["table"]["header"] for b in data["blocks"])
    assert all(b["bbox"] is None or len(b["bbox"]) == 4 for b in data["blocks"])


def test_layout_html_is_one_self_contained_page(tmp_path):
    out = tmp_path / "layout.html"
    assert main(["layout", str(authored_pdf("temaplan-helse")), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "class='block'" in page
    assert "<script src" not in page and "<link" not in page


def test_layout_of_a_non_pdf_is_one_error_line(tmp_path, capsys):
    bad = tmp_path / "plan.pdf"
    bad.write_text("not a pdf", encoding="utf-8")
    assert main(["layout", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a PDF" in err
