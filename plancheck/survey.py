"""Surveys of many plans: one row per plan and one per finding, for a county or a ministry.

A survey reads thousands of documents, so it runs on every core of this machine (each document
in a limited child, :func:`plancheck.limits.run_many`) or on a dask.distributed cluster
(``engine="dask"``): dask does the scheduling; plancheck only says what one document gives.
The rows are plain dictionaries with the same keys whichever engine made them, so a local run
and a cluster run of the same plans give the same table.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plancheck.errors import InputError, PlancheckError

#: the columns of the table, in order; a plan row leaves the finding columns empty and a
#: finding row leaves the counts empty
COLUMNS = (
    "row", "municipality", "plan", "path", "sha256", "title", "language", "pages",
    "goals", "strategies", "measures", "owners", "deadlines", "errors", "warnings",
    "status", "error", "rule", "severity", "page", "page_label", "place", "quote", "message",
)


@dataclass(frozen=True)
class Target:
    """One plan of the survey: its path and the municipality it belongs to (if known)."""

    path: str
    municipality: str | None = None


#: how the survey's extra is installed: from plancheck's own source folder, as the README
#: installs plancheck (it is on no package index: a name there could be someone else's package)
INSTALL_SURVEY = "pip install '.[survey]' in plancheck's source folder (dask.distributed and pyarrow)"


def targets(source: Path) -> list[Target]:
    """The plans named by ``source``: a folder (every .pdf/.docx/.odt below it, sorted; the
    municipality is the name of the first folder below ``source`` that holds it), or a list file
    (.csv with columns ``path`` and optionally ``municipality``, or .txt with one path a line;
    relative paths are relative to the list)."""
    if source.is_dir():
        from plancheck.ingest.files import documents_in

        out = []
        for p in documents_in(source):
            rel = p.relative_to(source).parts
            out.append(Target(str(p), rel[0] if len(rel) > 1 else None))
        return out
    if not source.is_file():
        raise InputError(f"{source}: no such file or folder")
    base = source.parent
    text = source.read_text(encoding="utf-8-sig")
    if source.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or "path" not in reader.fieldnames:
            raise InputError(f"{source}: a survey list needs a 'path' column")
        rows = [(r.get("path") or "", r.get("municipality") or None) for r in reader]
    else:
        rows = [(line.strip(), None) for line in text.splitlines()]
    return [
        Target(str(base / p if not Path(p).is_absolute() else Path(p)), m)
        for p, m in rows
        if p and not p.startswith("#")
    ]


def survey_one(
    target: Target, lang: str = "nb", limit: tuple[float, int] | None = None
) -> list[dict[str, Any]]:
    """The rows of one plan: a plan row, then a row per finding. A document that cannot be read
    gives one plan row with status ``error`` and the reason (the survey goes on). ``limit``
    (timeout in seconds, memory in MB; 0 none) is the command's, given with the plan to a
    cluster worker, whose process does not share the command's limits."""
    if limit is not None:
        from plancheck import limits

        with limits.applied(*limit):
            return survey_one(target, lang)
    from plancheck.checks import check_plan
    from plancheck.checks.cache import load_plan

    path = Path(target.path)
    base = _row("plan", target)
    try:
        plan = load_plan(path)
        result = check_plan(plan, lang=lang)
    except PlancheckError as exc:
        return [_error_row(target, exc)]
    except MemoryError:
        return [_error_row(target, InputError(f"{path}: too large to read in the memory there is"))]
    except Exception as exc:  # on a dask worker no limited child catches a reader's crash
        import os

        from plancheck.limits import crash_said

        if os.environ.get("PLANCHECK_DEBUG"):
            raise
        return [_error_row(target, InputError(f"{path}: cannot be read ({crash_said(exc)}); is it damaged?"))]
    base.update(
        sha256=plan.source.sha256,
        title=plan.title,
        language=plan.language,
        pages=plan.source.pages,
        goals=len(plan.goals),
        strategies=len(plan.strategies),
        measures=len(plan.measures),
        owners=sum(1 for m in plan.measures if m.owners),
        deadlines=sum(1 for m in plan.measures if m.deadline),
        errors=result.summary.errors,
        warnings=result.summary.warnings,
        status="ok",
    )
    rows = [base]
    from plancheck.report.pages import printed_labels

    # where a planner finds it: the page number printed on the page (where it is not the PDF's
    # own), and for Word/OpenDocument input, whose findings have no page, the place
    printed = printed_labels(plan.source.path, plan.source.format)
    for f in result.findings:
        rows.append(
            {
                **_row("finding", target),
                "sha256": plan.source.sha256,
                "rule": f.rule,
                "severity": f.severity,
                "page": f.page,
                "page_label": printed.get(f.page) if f.page else None,
                "place": f.location,
                "quote": f.quote,
                "message": f.message,
            }
        )
    return rows


def _error_row(target: Target, exc: Exception) -> dict[str, Any]:
    """The plan row of a document that could not be read: the reason, and the file's hash
    when it is there, so the version that failed can be told from one fixed later."""
    import hashlib

    row = {**_row("plan", target), "status": "error", "error": _survey_remedy(str(exc))}
    try:
        digest = hashlib.sha256()
        with open(target.path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        row["sha256"] = digest.hexdigest()
    except OSError:  # no such file, or a folder: no hash
        pass
    return row


#: the PDF reader's remedy for an encrypted plan names an option survey does not take
_PASSWORD_REMEDY = "; give the password with --password"


def _survey_remedy(message: str) -> str:
    """The reader's one-line ``message`` with a remedy the survey can follow: a survey reads
    no encrypted plan (one password would not open a folder of them), so the row says how to
    read that plan alone."""
    if message.endswith(_PASSWORD_REMEDY):
        return (
            message.removesuffix(_PASSWORD_REMEDY) + "; a survey reads no encrypted plan: check it "
            "alone with plancheck check --password, or save a copy without the password"
        )
    return message


def _row(kind: str, target: Target) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(row=kind, municipality=target.municipality, plan=Path(target.path).name)
    row["path"] = target.path
    return row


def run_local(
    items: list[Target],
    *,
    jobs: int | None = None,
    lang: str = "nb",
    on_rows: Callable[[int, list[dict]], None] | None = None,
) -> Iterator[list[dict]]:
    """Each plan's rows, in input order, read on every core of this machine; ``on_rows(index,
    rows)`` is called with each plan's rows as soon as they are read, in the order read."""
    from plancheck import limits
    from plancheck.checks import load_rules
    from plancheck.pipeline import batch_costs, prepare

    paths = [Path(t.path) for t in items]
    pages = prepare(paths)  # once here, shared with every child by fork
    load_rules()
    works = [(t.path, _work(t, lang)) for t in items]
    costs = batch_costs(paths, pages)  # the longest plans first, rows still in input order

    def rows_of(index: int, outcome) -> list[dict]:
        return [_error_row(items[index], outcome)] if isinstance(outcome, PlancheckError) else outcome

    said = None if on_rows is None else (lambda i, outcome: on_rows(i, rows_of(i, outcome)))
    for index, outcome in enumerate(limits.run_many(works, jobs=jobs, costs=costs, on_done=said)):
        yield rows_of(index, outcome)


def _work(target: Target, lang: str):
    def work(_progress) -> list[dict]:
        return survey_one(target, lang)

    return work


def run_dask(
    items: list[Target],
    *,
    scheduler: str | None,
    lang: str = "nb",
    on_rows: Callable[[int, list[dict]], None] | None = None,
    jobs: int | None = None,
) -> Iterator[list[dict]]:
    """Each plan's rows, in input order, computed on a dask.distributed cluster (``scheduler``
    is its address, ``tcp://host:8786``; ``None`` starts a LocalCluster on this machine, of
    ``jobs`` workers reading one plan each when given, as ``--jobs`` means on one machine);
    ``on_rows(index, rows)`` with each plan's rows as they come back (in input order)."""
    try:
        from distributed import Client
    except ImportError:
        raise PlancheckError(
            f"--engine dask needs dask.distributed: {INSTALL_SURVEY}"
        ) from None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = local_cluster(jobs)
        client = Client(cluster)
    try:
        from plancheck import limits

        held = limits.current()  # the command's --timeout/--max-memory, held on every worker
        limit = (held.timeout or 0, held.memory_mb or 0)
        futures = client.map(survey_one, items, lang=lang, limit=limit, pure=False)
        for index, fut in enumerate(futures):
            rows = fut.result()
            if on_rows is not None:
                on_rows(index, rows)
            yield rows
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def local_cluster(workers: int | None = None):
    """A dask LocalCluster on this machine whose workers are not daemonic, so that each may
    read a plan in the limited child process the limits need (as the docs ask of a cluster's
    workers: ``DASK_DISTRIBUTED__WORKER__DAEMON=False``); ``workers`` of one thread each
    (``--jobs``), else as many as dask chooses for the machine."""
    import dask
    import distributed

    size = {} if workers is None else {"n_workers": workers, "threads_per_worker": 1}
    with dask.config.set({"distributed.worker.daemon": False}):
        return distributed.LocalCluster(processes=True, dashboard_address=None, **size)


def write_rows(rows: Iterable[dict[str, Any]], output: Path) -> int:
    """Write the rows as Parquet (.parquet, needs pyarrow), CSV (.csv) or JSON lines (.jsonl);
    returns the number of rows."""
    rows = list(rows)
    suffix = output.suffix.lower()
    if suffix == ".parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise PlancheckError(
                f"Parquet output needs pyarrow: {INSTALL_SURVEY}, or write .csv"
            ) from None
        schema = pa.schema([(c, _arrow_type(pa, c)) for c in COLUMNS])
        table = pa.Table.from_pylist(rows, schema=schema)
        pq.write_table(table, output)
    elif suffix == ".csv":
        with output.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(COLUMNS))
            writer.writeheader()
            writer.writerows({k: _cell(v) for k, v in r.items()} for r in rows)
    elif suffix in (".jsonl", ".ndjson"):
        with output.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        raise PlancheckError(f"{output}: write .parquet, .csv or .jsonl")
    return len(rows)


#: what a spreadsheet takes for the start of a formula (a plan's quoted text is untrusted)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text: a quote or title from a plan that starts
    like a formula ("=HYPERLINK(…)") gets a leading apostrophe (OWASP's advice for CSV)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


_INTS = {"pages", "goals", "strategies", "measures", "owners", "deadlines", "errors", "warnings", "page"}


def _arrow_type(pa, column: str):
    return pa.int64() if column in _INTS else pa.string()


# --------------------------------------------------------------------------- resuming

#: beside the output while a survey runs: each plan's rows as soon as they are read
PARTIAL_SUFFIX = ".partial.jsonl"


def partial_path(output: Path) -> Path:
    return output.with_name(output.name + PARTIAL_SUFFIX)


def _header(lang: str) -> dict[str, Any]:
    from plancheck import __version__

    return {"plancheck_survey": 1, "version": __version__, "lang": lang}


def _file_sha256(path: str) -> str | None:
    import hashlib

    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def resumed(partial: Path, items: list[Target], lang: str) -> dict[int, list[dict[str, Any]]]:
    """The rows an interrupted survey kept in ``partial``, by the index of their plan in
    ``items``: only those of a plan whose file is unchanged (the same SHA-256), with the same
    municipality, read by the same plancheck version in the same message language. A line cut
    off by the interrupt is no plan's rows."""
    try:
        lines = partial.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    if not lines:
        return {}
    try:
        if json.loads(lines[0]) != _header(lang):
            return {}
    except ValueError:
        return {}
    kept: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
    for line in lines[1:]:
        try:
            rows = json.loads(line)["rows"]
            head = rows[0]
            kept[(head["path"], head["municipality"])] = rows
        except (ValueError, KeyError, IndexError, TypeError):
            continue
    out: dict[int, list[dict[str, Any]]] = {}
    for i, target in enumerate(items):
        rows = kept.get((target.path, target.municipality))
        if rows and rows[0].get("sha256") and rows[0]["sha256"] == _file_sha256(target.path):
            out[i] = rows
    return out


class Checkpoint:
    """Appends each plan's rows to the partial file, one line a plan, flushed at once, so an
    interrupt loses at most the plans being read."""

    def __init__(self, partial: Path, lang: str, kept: dict[int, list[dict[str, Any]]]):
        self.path = partial
        self.fh = partial.open("w", encoding="utf-8")
        self.fh.write(json.dumps(_header(lang)) + "\n")
        for rows in kept.values():
            self.add(rows)
        self.fh.flush()

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.fh.write(json.dumps({"rows": rows}, ensure_ascii=False, default=str) + "\n")
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()
