"""Regenerate docs/report.png and docs/serve.png (run from the repository root):

    python docs/screenshots.py

The report is the HTML report on a shipped draft, shot by headless Chromium (``--screenshot``);
the served page is ``plancheck serve`` after the same draft was dropped in, driven by
Playwright with the system Chromium. Needs ``chromium`` and the test extra installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DRAFT = ROOT / "corpora/defects/utkast-oppvekst/utkast-oppvekst.pdf"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def report_png(out: Path) -> None:
    import plancheck

    os.chdir(ROOT)  # the report names the file as given: a path inside the repository
    html = plancheck.render(plancheck.check(DRAFT.relative_to(ROOT)), "html")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                f"--user-data-dir={tmp}/profile", "--window-size=1200,1500",
                f"--screenshot={out}", page.as_uri(),
            ],
            check=True, capture_output=True, timeout=120,
        )


def serve_png(out: Path) -> None:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from plancheck.serve import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=8799, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1200, "height": 1400})
            page.goto("http://127.0.0.1:8799/")
            page.set_input_files("#draft", str(DRAFT))
            page.click("button[type=submit]")
            page.wait_for_selector("#result:not([hidden])", timeout=180_000)
            page.frame_locator("#report").locator(".pagefig img").first.wait_for()
            page.screenshot(path=str(out))
            browser.close()
    finally:
        server.should_exit = True


if __name__ == "__main__":
    if CHROMIUM is None:
        sys.exit("no chromium found")
    report_png(ROOT / "docs" / "report.png")
    serve_png(ROOT / "docs" / "serve.png")
    print("wrote docs/report.png and docs/serve.png")
