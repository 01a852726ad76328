"""The one way to go from a file to a :class:`Plan`: read (PDF/DOCX/ODT), then extract."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from plancheck.errors import InputError
from plancheck.models import Document, Plan

SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".odt": "odt"}


def load_document(
    path: Path,
    *,
    password: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Document:
    """Read a plan document into blocks and sections, choosing the reader by file type."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a plan document")
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        with path.open("rb") as fh:
            head = fh.read(8)
        kind = "pdf" if head.startswith(b"%PDF") else None
    if kind == "pdf":
        from plancheck.ingest.pdf import read_pdf

        return read_pdf(path, password=password, progress=progress)
    if kind == "docx":
        from plancheck.ingest.docx import read_docx

        return read_docx(path)
    if kind == "odt":
        from plancheck.ingest.odt import read_odt

        return read_odt(path)
    raise InputError(f"{path}: not a plan document plancheck can read (PDF, DOCX or ODT)")


def extract_plan(
    path: Path,
    *,
    password: str | None = None,
    lang: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Plan:
    """Read ``path`` and extract its vision, focus areas, goals, strategies and measures."""
    from plancheck.extract.plan import build_plan

    doc = load_document(Path(path), password=password, progress=progress)
    return build_plan(doc, lang=lang)
