"""Checking an uploaded draft in the background: one :class:`Job` per upload.

A job's files live in a temporary folder of their own, deleted as soon as the job ends (done
or failed); what is kept is the rendered reports, in memory, for ``keep_seconds``. Reading
runs under the same time and memory limits as the CLI (:mod:`plancheck.limits`).
"""

from __future__ import annotations

import shutil
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from plancheck.errors import PlancheckError
from plancheck.report.errors import localized, said

#: the states a job goes through, in order
STATES = ("queued", "reading", "mandate", "parent", "checking", "rendering", "done", "failed")


@dataclass
class Job:
    id: str
    folder: Path  # the job's temporary folder: the upload(s) live here until the job ends
    draft: Path
    name: str  # the draft's file name as uploaded (shown in the report)
    lang: str = "nb"
    mandate: Path | None = None
    parent: Path | None = None  # the plan the draft follows up (``check --parent``)
    state: str = "queued"
    done: int = 0  # pages read so far
    total: int = 0
    error: str | None = None  # why it failed, in the page's language (:mod:`plancheck.report.errors`)
    detail: str | None = None  # the reader's own one-line message (English), for the curious
    summary: dict[str, int | str] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)  # "html" | "json" | "sarif" -> text
    finished: float | None = None

    def progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def status(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "state": self.state,
            "done": self.done,
            "total": self.total,
            "error": self.error,
            "detail": self.detail,
            "summary": self.summary,
        }


def check_job(job: Job, *, timeout: float | None, memory_mb: float | None) -> None:
    """Read, check and render ``job``; ends with ``job.state`` "done" or "failed" (with a
    one-line ``job.error``), and the job's folder deleted either way."""
    from plancheck import limits
    from plancheck.checks import check_plan, load_rules
    from plancheck.pipeline import extract_plan
    from plancheck.report import render
    from plancheck.report.labels import summary_line

    try:
        job.state = "reading"
        with limits.applied(timeout, memory_mb):
            plan = extract_plan(job.draft, progress=job.progress)
            points = coverage = None
            if job.mandate is not None:
                from plancheck.mandate import assess

                job.state = "mandate"
                points, coverage = assess(plan, job.mandate, lang=plan.language)
            parent_cov = child_goals = None
            if job.parent is not None:
                from plancheck.mandate.parents import assess_parent_file

                job.state = "parent"
                parent_cov, child_goals = assess_parent_file(plan, job.parent, job.draft)
        # the report names the file as the planner knows it, not the temporary copy
        shown = plan.source.model_copy(update={"path": job.name})
        plan = plan.model_copy(update={"source": shown})
        job.state = "checking"
        rules = load_rules()
        result = check_plan(
            plan, rules=rules, lang=job.lang, coverage=coverage, mandate_points=points,
            parent_coverage=parent_cov, child_goals=child_goals,
        )
        job.state = "rendering"
        options = {"lang": job.lang, "rules": rules, "fail_on": "never"}
        job.outputs = {
            "html": render("html", [result], source_files={job.name: job.draft}, **options),
            "json": render("json", [result], **options),
            "sarif": render("sarif", [result], **options),
        }
        job.summary = {
            "errors": result.summary.errors,
            "warnings": result.summary.warnings,
            "infos": result.summary.infos,
            # "1 feil, 1 advarsel": the number each word takes, as the report says it
            "line": summary_line(result.summary, job.lang),
        }
        job.state = "done"
    except PlancheckError as exc:
        job.detail = str(exc).replace(str(job.draft), job.name).replace(str(job.folder) + "/", "")
        job.error = localized(job.detail, job.lang)
        job.state = "failed"
    except Exception as exc:  # one bad upload must not take the server down
        job.detail = f"{job.name}: could not be checked ({type(exc).__name__})"
        job.error = said("other", job.lang, job.name)
        job.state = "failed"
    finally:
        job.finished = time.monotonic()
        shutil.rmtree(job.folder, ignore_errors=True)


class JobStore:
    """The jobs of this server: started on a small thread pool, forgotten ``keep_seconds``
    after they end (at most ``max_jobs`` kept)."""

    def __init__(
        self,
        runner: Callable[[Job], None],
        *,
        workers: int = 2,
        keep_seconds: float = 3600,
        max_jobs: int = 50,
    ) -> None:
        self._runner = runner
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="plancheck-job")
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self.keep_seconds = keep_seconds
        self.max_jobs = max_jobs

    def new_id(self) -> str:
        return uuid.uuid4().hex

    def start(self, job: Job) -> Job:
        with self._lock:
            self._forget_old()
            self._jobs[job.id] = job
        self._pool.submit(self._runner, job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _forget_old(self) -> None:
        now = time.monotonic()
        for jid, job in list(self._jobs.items()):
            if job.finished is not None and now - job.finished > self.keep_seconds:
                del self._jobs[jid]
        ended = sorted(
            (j for j in self._jobs.values() if j.finished is not None), key=lambda j: j.finished
        )
        while len(self._jobs) >= self.max_jobs and ended:
            del self._jobs[ended.pop(0).id]

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            for job in self._jobs.values():
                shutil.rmtree(job.folder, ignore_errors=True)
