"""The FastAPI application of ``plancheck serve``.

Routes: ``GET /`` the page (``?lang=nb|nn|en``); ``POST /api/jobs`` an upload (``draft``,
optional ``mandate`` and ``parent``, ``lang``) that starts a job; ``GET /api/jobs/{id}`` its state and
progress; ``GET /api/jobs/{id}/report.{html,json,sarif}`` the reports (``?download=1`` makes
the HTML a download too).
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from fastapi import FastAPI, Form, HTTPException, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response

from plancheck.report.errors import said
from plancheck.serve.jobs import Job, JobStore, check_job
from plancheck.serve.page import LANGS, page_html

DRAFT_SUFFIXES = (".pdf", ".docx", ".odt")
MANDATE_SUFFIXES = (*DRAFT_SUFFIXES, ".txt", ".md")
#: what the reports are served as, and the file name suffix of a download
MEDIA = {
    "html": ("text/html; charset=utf-8", "html"),
    "json": ("application/json", "json"),
    "sarif": ("application/sarif+json", "sarif"),
}
#: the report may run its own inline filter script and show its data: pictures; nothing else
REPORT_CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "frame-ancestors 'self'"
)


@dataclass(frozen=True)
class ServeSettings:
    """Limits of the server. ``timeout``/``memory_mb``: as ``--timeout``/``--max-memory`` of the
    CLI (None: the CLI's defaults and environment); ``max_upload_mb``: the size cap of one
    uploaded file."""

    max_upload_mb: int = 50
    timeout: float | None = None
    memory_mb: float | None = None
    workers: int = 2
    keep_seconds: float = 3600
    temp_dir: Path | None = None  # where job folders are made (default: the system's)


def create_app(settings: ServeSettings | None = None) -> FastAPI:
    settings = settings or ServeSettings()
    runner = partial(check_job, timeout=settings.timeout, memory_mb=settings.memory_mb)
    store = JobStore(runner, workers=settings.workers, keep_seconds=settings.keep_seconds)
    app = FastAPI(title="plancheck", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.jobs = store
    app.router.add_event_handler("shutdown", store.shutdown)

    @app.get("/", response_class=HTMLResponse)
    def index(lang: str = "nb") -> HTMLResponse:
        return HTMLResponse(page_html(lang, max_upload_mb=settings.max_upload_mb))

    @app.post("/api/jobs")
    async def upload(
        draft: UploadFile,
        mandate: UploadFile | None = None,
        parent: UploadFile | None = None,
        lang: str = Form("nb"),
    ) -> JSONResponse:
        if lang not in LANGS:
            raise HTTPException(422, f"lang must be one of {', '.join(LANGS)}")
        folder = Path(tempfile.mkdtemp(prefix="plancheck-serve-", dir=settings.temp_dir))
        try:
            draft_path = await _save(draft, folder, "draft", DRAFT_SUFFIXES, settings, lang)
            mandate_path = None
            if mandate is not None and mandate.filename:
                mandate_path = await _save(mandate, folder, "mandate", MANDATE_SUFFIXES, settings, lang)
            parent_path = None
            if parent is not None and parent.filename:
                parent_path = await _save(parent, folder, "parent", DRAFT_SUFFIXES, settings, lang)
        except HTTPException:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
            raise
        job = Job(
            id=store.new_id(),
            folder=folder,
            draft=draft_path,
            name=_safe_name(draft.filename or "draft") or "draft",
            lang=lang,
            mandate=mandate_path,
            parent=parent_path,
        )
        store.start(job)
        return JSONResponse(job.status(), status_code=202)

    @app.get("/api/jobs/{job_id}")
    def status(job_id: str) -> JSONResponse:
        return JSONResponse(_job(store, job_id).status())

    @app.get("/api/jobs/{job_id}/report.{fmt}")
    def report(job_id: str, fmt: str, download: bool = False) -> Response:
        if fmt not in MEDIA:
            raise HTTPException(404, "no such report format")
        job = _job(store, job_id)
        if job.state != "done":
            raise HTTPException(409, f"the check is not done ({job.state})")
        media, suffix = MEDIA[fmt]
        headers = {"Content-Security-Policy": REPORT_CSP, "X-Content-Type-Options": "nosniff"}
        if fmt != "html" or download:
            stem = Path(job.name).stem or "plancheck"
            headers["Content-Disposition"] = f'attachment; filename="{stem}-plancheck.{suffix}"'
        return Response(job.outputs[fmt], media_type=media, headers=headers)

    return app


def _job(store: JobStore, job_id: str) -> Job:
    job = store.get(job_id)
    if job is None:
        raise HTTPException(404, "no such check (it may have expired)")
    return job


def _safe_name(name: str) -> str:
    """A file name that is safe to use as one: the last path part, plain characters only."""
    name = Path(name.replace("\\", "/")).name
    return re.sub(r"[^\w.\- ]+", "_", name).strip(" .")[:120]


async def _save(
    upload: UploadFile,
    folder: Path,
    role: str,
    suffixes: tuple[str, ...],
    settings: ServeSettings,
    lang: str = "nb",
) -> Path:
    """Write ``upload`` into ``folder`` in chunks, refusing a wrong type or more than the size
    cap (413) before it is all in; the refusal is said in the page's language ``lang``."""
    name = _safe_name(upload.filename or "")
    suffix = Path(name).suffix.lower()
    if suffix not in suffixes:
        raise HTTPException(415, said("unsupported", lang, name or role))
    target = folder / role / (name or f"{role}{suffix}")
    target.parent.mkdir()
    cap = settings.max_upload_mb * 1024 * 1024
    size = 0
    with target.open("wb") as fh:
        while chunk := await upload.read(1 << 20):
            size += len(chunk)
            if size > cap:
                raise HTTPException(413, said("too_big", lang, name, mb=settings.max_upload_mb))
            fh.write(chunk)
    if size == 0:
        raise HTTPException(422, said("empty", lang, name))
    return target
