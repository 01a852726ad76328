"""`plancheck serve` end to end in headless Chromium (Playwright driving the system Chromium):
drop a shipped draft, wait while it is read, see a finding highlighted on its page picture,
download the reports; the same with a Word draft and with a mandate."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time

import pytest
from conftest import ROOT

BROWSER = next(
    (shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)),
    None,
)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium installed")
playwright_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from plancheck.serve import ServeSettings, create_app  # noqa: E402

DRAFT_PDF = ROOT / "corpora/defects/utkast-oppvekst/utkast-oppvekst.pdf"
DRAFT_DOCX = ROOT / "corpora/defects/utkast-oppvekst/utkast-oppvekst.docx"
PAIR = ROOT / "corpora/mandates/oppvekst"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real uvicorn server on a free local port, in a thread."""
    temp = tmp_path_factory.mktemp("uploads")
    port = free_port()
    config = uvicorn.Config(
        create_app(ServeSettings(temp_dir=temp)), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    end = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > end:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/", temp
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=BROWSER, args=["--no-sandbox", "--disable-gpu"])
        except Exception as exc:  # a Chromium Playwright cannot drive
            pytest.skip(f"Playwright cannot start {BROWSER}: {exc}")
        yield b
        b.close()


def check_in_browser(browser, url: str, draft, *, mandate=None, lang="nb"):
    """Drop ``draft`` (and ``mandate``) into the page, wait for the report; the page and the
    report frame."""
    page = browser.new_page(accept_downloads=True)
    page.goto(f"{url}?lang={lang}")
    page.set_input_files("#draft", str(draft))
    if mandate is not None:
        page.set_input_files("#mandate", str(mandate))
    page.click("button[type=submit]")
    page.wait_for_selector("#result:not([hidden])", timeout=180_000)
    frame = page.frame_locator("#report")
    frame.locator("h1").first.wait_for(timeout=30_000)
    return page, frame


def download(page, selector: str):
    with page.expect_download() as info:
        page.click(selector)
    return info.value.path().read_bytes(), info.value.suggested_filename


def assert_highlight_on_picture(frame, severity: str = "warning") -> None:
    box = frame.locator(f".hl.sev-{severity}").first
    box.wait_for(state="visible")
    sheet = frame.locator(".sheet", has=box).first
    img = sheet.locator("img").bounding_box()
    b = box.bounding_box()
    assert img and b and img["width"] > 300
    assert img["x"] <= b["x"] and b["x"] + b["width"] <= img["x"] + img["width"] + 1
    assert img["y"] <= b["y"] and b["y"] + b["height"] <= img["y"] + img["height"] + 1
    assert frame.locator(".sheet img").first.evaluate("i => i.complete && i.naturalWidth > 0")


def test_drop_a_pdf_draft_see_findings_on_the_page_and_download(server, browser):
    url, temp = server
    page, frame = check_in_browser(browser, url, DRAFT_PDF)
    assert page.locator("#status").inner_text().startswith("Ferdig:")
    assert_highlight_on_picture(frame)
    # the index's jump link takes the planner to the finding on its page
    link = frame.locator(".findex a").first
    target = link.get_attribute("href")
    link.click()
    assert frame.locator(target).is_visible()
    # the filter hides a rule's findings
    frame.locator('.filters input[value="rule:dangling-reference"]').uncheck()
    assert frame.locator('.findex tr[data-rule="dangling-reference"]').first.is_hidden()
    assert frame.locator('.findex tr[data-rule="empty-section"]').first.is_visible()

    body, name = download(page, "#dl-json")
    result = json.loads(body)
    assert name.endswith(".json") and result["summary"]["warnings"] > 0
    body, name = download(page, "#dl-sarif")
    assert json.loads(body)["version"] == "2.1.0" and name.endswith(".sarif")
    body, name = download(page, "#dl-html")
    assert name.endswith(".html") and b'class="hl sev-warning"' in body
    assert list(temp.iterdir()) == []  # the upload was deleted
    page.close()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_drop_a_word_draft_in_nynorsk(server, browser):
    url, _temp = server
    page, frame = check_in_browser(browser, url, DRAFT_DOCX, lang="nn")
    assert page.locator("html").get_attribute("lang") == "nn"
    assert page.locator("#status").inner_text().startswith("Ferdig:")
    assert_highlight_on_picture(frame)
    assert "Tilvisinga" in frame.locator(".findex").inner_text()
    page.close()


def test_drop_a_draft_with_its_mandate(server, browser):
    url, _temp = server
    page, frame = check_in_browser(browser, url, PAIR / "plan.pdf", mandate=PAIR / "saksframlegg.pdf")
    coverage = frame.locator("table.coverage")
    coverage.wait_for()
    link = coverage.locator("a").first
    target = link.get_attribute("href")
    link.click()
    evidence = frame.locator(target)
    assert evidence.is_visible() and "ev" in (evidence.get_attribute("class") or "")
    body, _ = download(page, "#dl-json")
    assert json.loads(body)["coverage"]
    page.close()


def test_the_language_switch(server, browser):
    url, _temp = server
    page = browser.new_page()
    page.goto(url)
    assert page.locator("button[type=submit]").inner_text() == "Sjekk utkastet"
    page.click("text=English")
    page.wait_for_url("**?lang=en")
    assert page.locator("button[type=submit]").inner_text() == "Check the draft"
    page.click("text=Nynorsk")
    assert page.locator("html").get_attribute("lang") == "nn"
    page.click("button[type=submit]")  # nothing chosen yet
    assert page.locator("#status").inner_text() == "Vel eit planutkast først."
    page.close()
