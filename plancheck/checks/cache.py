"""The extraction cache: re-checking an unchanged document reuses its extracted plan.

An entry's key is made of the SHA-256 of the document's bytes, a digest of the password it
was read with (an encrypted plan read once with the right password must not be served to a
run with no or a wrong one), and a hash of the installed plancheck code and rule packs (every
build from git has the same version string, and an extraction fix must reach documents already
cached). An entry holds the document's SHA-256 and the plan; both are checked when it is read,
and an entry that does not parse or does not match is extracted again. They live in
``platformdirs.user_cache_dir("plancheck")``, or in ``$PLANCHECK_CACHE_DIR``; never next to the
input. CI can keep that folder between runs (see docs/ci.md) so only changed plans are parsed.
"""

from __future__ import annotations

import functools
import hashlib
import json
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


@functools.cache
def code_hash() -> str:
    """A hash of the installed package's code and data (rule packs, word lists, the role model): what decides
    how a document is extracted. Computed once per process (a few ms)."""
    import plancheck
    from plancheck.checks.rules import builtin_pack_dir

    h = hashlib.sha256(__version__.encode())
    # the shipped packs sit outside the package folder in an editable install
    for root in (Path(plancheck.__file__).resolve().parent, Path(builtin_pack_dir()).resolve()):
        for f in sorted(root.rglob("*")):
            if f.is_file() and f.suffix in (".py", ".yaml", ".yml", ".json", ".txt", ".tsv", ".csv", ".crfsuite"):
                h.update(str(f.relative_to(root)).encode() + b"\0")
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


def password_digest(sha256: str, password: str | None) -> str:
    """A slow, document-salted digest of the password ("-" for none): it tells entries apart
    without putting the password, or a cheap hash of it, in a file name."""
    if password is None:
        return "-"
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(sha256), 20_000).hex()[:16]


def entry_path(sha256: str, password: str | None = None) -> Path:
    return cache_dir() / f"{sha256}-{password_digest(sha256, password)}-{code_hash()}.json"


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
        from plancheck.ingest.files import probe

        probe(path)  # says why: no such file, or a link that leads nowhere
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    if path.suffix.lower() == ".json":
        try:
            return Plan.model_validate_json(path.read_bytes())
        except (ValidationError, ValueError, RecursionError):
            raise InputError(
                f"{path}: not a plan written by `plancheck extract --format json`"
            ) from None
    try:
        sha = file_sha256(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not use_cache:  # no entry to name: the code's hash (every source file read) is not needed
        return _extract(path, password, progress)
    entry = entry_path(sha, password)
    plan = _read_entry(entry, sha)
    if plan is not None:
        return _at(plan, path)
    plan = _extract(path, password, progress)
    _store(entry, sha, plan)
    return plan


def is_cached(path: Path, password: str | None = None) -> bool:
    """Has ``path`` an entry in the cache (its extraction would be read, not done)? A ``.json``
    plan is read as is: nothing to extract either. Reads the file's bytes, never parses them (a
    batch's parent asks this before any child is forked); an entry that turns out damaged is
    extracted again by the document's own child, as ever."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return True
    try:
        return path.is_file() and entry_path(file_sha256(path), password).is_file()
    except OSError:
        return False


def _read_entry(entry: Path, sha: str) -> Plan | None:
    """The plan in ``entry`` if it is whole and was extracted from the document ``sha``."""
    try:
        data = json.loads(entry.read_bytes())
        if not isinstance(data, dict) or data.get("sha256") != sha:
            return None
        plan = Plan.model_validate(data.get("plan"))
    except (OSError, ValidationError, ValueError, RecursionError):
        return None  # no entry, or a damaged or foreign one: extract again
    return plan


def _at(plan: Plan, path: Path) -> Plan:
    """The cached plan, reporting the path it is read from now (the same bytes may move)."""
    if plan.source.path == str(path):
        return plan
    return plan.model_copy(update={"source": plan.source.model_copy(update={"path": str(path)})})


def write_entry(entry: Path, text: str) -> None:
    """Write a cache entry atomically (a parallel run never reads half an entry); a read-only or
    full cache must not fail the check or the report (so no error is raised). Shared by the
    plans kept here and the printed page labels kept beside them (report.pages)."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, entry)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def _store(entry: Path, sha: str, plan: Plan) -> None:
    """The plan under its document's hash, written atomically (:func:`write_entry`)."""
    write_entry(entry, f'{{"sha256": "{sha}", "plan": {plan.model_dump_json()}}}')
