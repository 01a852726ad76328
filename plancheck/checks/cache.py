"""The extraction cache: re-checking an unchanged document reuses its extracted plan.

Entries are keyed by the SHA-256 of the document's bytes and the plancheck version (a new
version may extract differently), and hold ``Plan.model_dump_json()``. They live in
``platformdirs.user_cache_dir("plancheck")``, or in ``$PLANCHECK_CACHE_DIR``; never next to the
input. CI can keep that folder between runs (see docs/ci.md) so only changed plans are parsed.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import platformdirs
from pydantic import ValidationError

from plancheck import __version__
from plancheck.errors import InputError, PlancheckError
from plancheck.models import Plan

ENV_VAR = "PLANCHECK_CACHE_DIR"


def cache_dir() -> Path:
    return Path(os.environ.get(ENV_VAR) or platformdirs.user_cache_dir("plancheck")) / "plans"


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _model_key() -> str:
    """A short hash of the shipped role model: a retrained model extracts differently."""
    from plancheck.extract.rolemodel import MODEL_FILE

    try:
        return hashlib.sha256(MODEL_FILE.read_bytes()).hexdigest()[:10]
    except OSError:
        return "nomodel"


def entry_path(sha256: str) -> Path:
    return cache_dir() / f"{sha256}-{__version__}-{_model_key()}.json"


Progress = Callable[[int, int], None]


def _extract(path: Path, password: str | None, progress: Progress | None) -> Plan:
    try:
        from plancheck.pipeline import extract_plan
    except ModuleNotFoundError as exc:
        if exc.name == "plancheck.pipeline":
            raise PlancheckError(
                "reading documents is not available in this build of plancheck"
            ) from None
        raise
    return extract_plan(path, password=password, progress=progress)


def load_plan(
    path: Path,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    use_cache: bool = True,
) -> Plan:
    """The plan in ``path``: a ``.json`` file written by ``plancheck extract --format json`` is
    read as is; a document is extracted, through the cache unless ``use_cache`` is false."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    if path.suffix.lower() == ".json":
        try:
            return Plan.model_validate_json(path.read_bytes())
        except ValidationError:
            raise InputError(
                f"{path}: not a plan written by `plancheck extract --format json`"
            ) from None
    try:
        sha = file_sha256(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    entry = entry_path(sha)
    if use_cache:
        try:
            plan = Plan.model_validate_json(entry.read_bytes())
        except (OSError, ValidationError, ValueError):
            pass  # no entry, or one from a damaged write: extract again
        else:
            return _at(plan, path)
    plan = _extract(path, password, progress)
    if use_cache:
        _store(entry, plan)
    return plan


def _at(plan: Plan, path: Path) -> Plan:
    """The cached plan, reporting the path it is read from now (the same bytes may move)."""
    if plan.source.path == str(path):
        return plan
    return plan.model_copy(update={"source": plan.source.model_copy(update={"path": str(path)})})


def _store(entry: Path, plan: Plan) -> None:
    """Write atomically (a parallel run never reads half an entry); a read-only or full cache
    must not fail the check."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(plan.model_dump_json())
        os.replace(tmp, entry)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
