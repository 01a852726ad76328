"""Batch conversion to PDF: one LibreOffice call for many files, one Chromium for many pages.

Starting LibreOffice costs seconds; converting a small document costs a fraction of one. So
``soffice_to_pdf`` hands a whole batch to one ``soffice --convert-to pdf`` call with a private
profile (parallel runs do not lock each other). Chromium is driven over its DevTools pipe
(``--remote-debugging-pipe``: JSON messages separated by NUL on file descriptors 3 and 4) so
that one browser prints a whole batch with ``Page.printToPDF``; no client library is needed
for the four commands used, which is why this is written here rather than adding one.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path


def have_soffice() -> bool:
    return shutil.which("soffice") is not None


def chromium_binary() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def soffice_to_pdf(files: list[Path], outdir: Path, *, timeout: float = 900) -> None:
    """Convert ``files`` (docx/odt) to PDFs named like them in ``outdir``, in one call."""
    if not files:
        return
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-synth-") as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout,
        )


class _Pipe:
    """A minimal Chrome DevTools Protocol client over --remote-debugging-pipe."""

    def __init__(self, binary: str):
        to_chrome_r, self._w = os.pipe()
        self._r, from_chrome_w = os.pipe()
        # the child's ends are moved above fd 10 first, so that dup2 onto 3 and 4 neither
        # clobbers one of them nor leaves a close-on-exec flag (dup2 of an fd onto itself)
        high_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD_CLOEXEC, 10)
        high_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        to_chrome_r, from_chrome_w = high_r, high_w
        self._profile = tempfile.mkdtemp(prefix="chromium-synth-")

        def fds() -> None:  # the child: our read end is its fd 3, our write end its fd 4
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             f"--user-data-dir={self._profile}", "--no-first-run", "about:blank"],
            preexec_fn=fds, close_fds=False,  # fds 3 and 4 are made in preexec_fn
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict] = []

    def _read_message(self) -> dict:
        while b"\0" not in self._buf:
            chunk = os.read(self._r, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._id += 1
        msg: dict = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        while True:
            reply = self._read_message()
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method: str, session: str) -> None:
        for i, ev in enumerate(self.events):
            if ev.get("method") == method and ev.get("sessionId") == session:
                del self.events[i]
                return
        while True:
            ev = self._read_message()
            if ev.get("method") == method and ev.get("sessionId") == session:
                return
            self.events.append(ev)

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, OSError):  # the browser may close the pipe first
            self.call("Browser.close")
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self._w)
        os.close(self._r)
        shutil.rmtree(self._profile, ignore_errors=True)


def chromium_to_pdf(pages: list[tuple[Path, Path]]) -> None:
    """Print each (html, pdf) pair with one headless Chromium. CSS ``@page`` rules decide the
    paper size and margins (``preferCSSPageSize``); the browser's own header/footer is off."""
    if not pages:
        return
    binary = chromium_binary()
    if binary is None:
        raise RuntimeError("chromium is not installed")
    pipe = _Pipe(binary)
    try:
        for html, pdf in pages:
            target = pipe.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = pipe.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            pipe.call("Page.enable", session=session)
            pipe.call("Page.navigate", {"url": Path(html).resolve().as_uri()}, session=session)
            pipe.wait_event("Page.loadEventFired", session)
            out = pipe.call(
                "Page.printToPDF",
                {"printBackground": True, "preferCSSPageSize": True, "displayHeaderFooter": False},
                session=session,
            )
            Path(pdf).write_bytes(base64.b64decode(out["data"]))
            pipe.call("Target.closeTarget", {"targetId": target})
    finally:
        pipe.close()
