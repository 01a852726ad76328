"""The one way to go from a file to a :class:`Plan`: read (PDF/DOCX/ODT), then extract."""

from __future__ import annotations

import re
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
    """Read a plan document into blocks and sections, choosing the reader by file type.

    The reading runs under the per-document time and memory limits of :mod:`plancheck.limits`;
    every way it can fail ends as one :class:`InputError` naming the file.
    """
    from plancheck import limits

    path = Path(path)
    kind = _kind(path)

    def work(report: Callable[[int, int], None] | None) -> Document:
        return _read(path, kind, password, report)

    return limits.run_limited(work, what=str(path), progress=progress)


def _kind(path: Path) -> str:
    """The reader for ``path`` ("pdf", "docx", "odt"), loaded in this process (so a child
    working under the limits finds it loaded), or an InputError saying what the file is."""
    from plancheck.ingest.files import probe

    size, head = probe(path)
    if size == 0:
        raise InputError(f"{path}: the file is empty")
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None and b"%PDF" in head:
        kind = "pdf"
    if kind is None:
        what = sniff(head)
        raise InputError(
            f"{path}: not a plan document plancheck can read (PDF, DOCX or ODT)"
            + (f"; it is {what}" if what else "")
        )
    _import_reader(kind)  # in this process: imported once, not in every child, not under its limit
    return kind


def prepare(paths: list[Path]) -> dict[Path, int]:
    """Load, in this process, the readers and the extractor the ``paths`` need, before a child
    per document is forked: each child then starts with them loaded instead of loading them
    again (seconds each). A file that cannot be read is reported later, by its child.

    Returns the page count of each PDF of a batch (known from the same look at its first pages
    that finds its language), so that the batch can start its longest documents first."""
    import contextlib

    kinds = set()
    for path in paths:
        with contextlib.suppress(Exception):
            if Path(path).suffix.lower() != ".json":
                kinds.add(_kind(Path(path)))
    if len(paths) > 1:
        # the extractor once here for a batch's children; one document's child imports it
        # itself, while a helper lays out the first pages when its pages are split
        # (:func:`extract_plan`): the same import, off the serial part of the check
        import plancheck.extract.plan  # noqa: F401

    pages: dict[Path, int] = {}
    if len(paths) > 1 and "pdf" in kinds:
        # a batch: each language's word lists once here, shared by the forked children (one
        # document loads its own: the same cost, in its child)
        from plancheck.ingest.language import batch_facts
        from plancheck.ingest.text import preload
        from plancheck.layout.plumber import load_pdfplumber

        load_pdfplumber()  # most batches hold a ruled table somewhere: once here, not per child
        facts = batch_facts(paths)
        for lang in sorted({lang for lang, _n in facts.values()}):
            with contextlib.suppress(Exception):  # only a warm-up: reading works without it
                preload(lang)
        pages = {path: n for path, (_lang, n) in facts.items()}
    return pages


def batch_costs(paths: list[Path], pages: dict[Path, int]) -> list[float]:
    """An estimate of each document's reading time for ordering a batch: its pages when known
    (PDF), else its size in units of a typical page (Word, OpenDocument, unreadable files)."""
    costs = []
    for path in paths:
        n = pages.get(Path(path))
        if n is None:
            try:
                n = Path(path).stat().st_size / 50_000
            except OSError:
                n = 0
        costs.append(float(n))
    return costs


def _import_reader(kind: str) -> None:
    """Load what the reader needs in this process, so that a child reading the document under
    the limits finds it loaded (and extraction reuses it) instead of loading it every time.

    The parsers' own log messages about a damaged file ("CropBox missing", "invalid xref")
    are kept off stderr, where plancheck prints one line per bad document: a NullHandler means
    Python's last-resort handler does not print them (an application that configures logging
    still gets them)."""
    import logging

    for name in ("pdfminer", "pdfplumber", "docx", "odf"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
    if kind == "pdf":
        # pdfplumber (pdfminer) is not among them: it is imported when a page draws a table
        # grid (:func:`plancheck.layout.plumber.open_plumber`), so a plan without ruled tables
        # does not pay for it; a batch loads it in :func:`prepare`
        import plancheck.ingest.pdf
        import plancheck.ingest.sections
        import plancheck.lang.vocab

    elif kind == "docx":
        import plancheck.ingest.docx
    else:
        import plancheck.ingest.odt  # noqa: F401


def _read(
    path: Path,
    kind: str,
    password: str | None,
    progress: Callable[[int, int], None] | None,
    meanwhile: Callable[[], object] | None = None,
) -> Document:
    """The reader for ``kind``; an unexpected exception from a parser becomes an InputError."""
    import os
    import warnings

    from plancheck.ingest.text import use_language
    from plancheck.stdio import captured

    # every document starts from the same joiner state, not the language of the one read before
    # it in this process (the PDF reader then sets its own; extraction sets the document's)
    use_language(None)
    try:
        with warnings.catch_warnings(), captured():
            # a library's warning about a damaged file is not for the user; the outcome is
            # reported as one line (or the document is read after all)
            warnings.simplefilter("ignore")
            doc = _read_kind(path, kind, password, progress, meanwhile)  # parsers print nothing of ours
    except (InputError, MemoryError, KeyboardInterrupt):
        raise
    except RecursionError:
        raise InputError(f"{path}: cannot be read (too deeply nested); is it damaged?") from None
    except Exception as exc:  # parsers raise many types on broken files
        if os.environ.get("PLANCHECK_DEBUG"):
            raise
        if _out_of_memory(exc):
            raise MemoryError from None
        detail = " ".join(str(exc).split())
        detail = detail[:80] + ("…" if len(detail) > 80 else "")
        name = type(exc).__name__
        raise InputError(
            f"{path}: cannot be read ({name}{': ' + detail if detail else ''}); "
            "is it truncated or damaged?"
        ) from None
    if kind == "pdf" and cid_share(doc) >= CID_SHARE:
        raise InputError(
            f"{path}: the PDF's fonts have no Unicode map, so its text reads as '(cid:N)' codes; "
            "export it again with embedded Unicode fonts, or run OCR (ocrmypdf --force-ocr)"
        )
    if not any(b.text.strip() for b in doc.blocks):
        if kind == "pdf":
            raise InputError(
                f"{path}: the PDF has no text layer (a scanned image?); run OCR on it first, "
                "e.g. ocrmypdf"
            )
        raise InputError(f"{path}: the document has no text")
    return doc


#: the share of a PDF's text in "(cid:N)" codes from which it is refused as unreadable
CID_SHARE = 0.3
_CID = re.compile(r"\(cid:\d+\)")


def cid_share(doc: Document) -> float:
    """How much of the text (non-space characters) is pdfminer's "(cid:N)" for glyphs whose
    font has no ToUnicode map: such text is not the document's words."""
    glyphs = cid = 0
    for b in doc.blocks:
        codes = _CID.findall(b.text)
        cid += len(codes)  # one glyph each
        # the non-space characters: str.split() with no separator splits at exactly the
        # characters str.isspace() is true of (one pass in C, not a generator per character)
        glyphs += sum(map(len, b.text.split())) - sum(map(len, codes)) + len(codes)
    return cid / glyphs if glyphs else 0.0


def _out_of_memory(exc: BaseException) -> bool:
    """A MemoryError wrapped by a parser (pdfplumber's PdfminerException, zlib's "Unable to
    allocate output buffer")."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, MemoryError) or "allocate" in str(cur).lower():
            return True
        args = [a for a in getattr(cur, "args", ()) if isinstance(a, BaseException)]
        cur = args[0] if args else (cur.__cause__ or cur.__context__)
    return False


def _read_kind(
    path: Path,
    kind: str,
    password: str | None,
    progress: Callable[[int, int], None] | None,
    meanwhile: Callable[[], object] | None = None,
) -> Document:
    """The reader of ``kind``; ``meanwhile`` runs while a PDF's pages are laid out by helper
    processes, if they are (:func:`plancheck.ingest.pdf.read_pdf`)."""
    if kind == "pdf":
        from plancheck.ingest.pdf import read_pdf

        return read_pdf(path, password=password, progress=progress, meanwhile=meanwhile)
    if kind == "docx":
        from plancheck.ingest.docx import read_docx

        return read_docx(path)
    from plancheck.ingest.odt import read_odt

    return read_odt(path)


#: what a file that is not a plan document is, from its first bytes
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls/.ppt); save it as .docx or PDF"),
    (b"{\\rtf", "an RTF document; save it as .docx or PDF"),
)


def sniff(head: bytes) -> str | None:
    """A short description of what ``head`` (a file's first bytes) is, when it is not a PDF."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    low = head.lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html")):
        return "an HTML page"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "plain text"


def extract_plan(
    path: Path,
    *,
    password: str | None = None,
    lang: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Plan:
    """Read ``path`` and extract its vision, focus areas, goals, strategies and measures.

    Reading and extraction both run under the limits of :mod:`plancheck.limits` (a small
    document can be slow to extract: 400,000 one-word paragraphs)."""
    from plancheck import limits

    path = Path(path)
    kind = _kind(path)

    def work(report: Callable[[int, int], None] | None) -> Plan:
        # the extractor is imported while helpers lay out the pages, when they do; else here
        doc = _read(path, kind, password, report, meanwhile=_warm_extraction)
        from plancheck.extract.plan import build_plan

        return build_plan(doc, lang=lang)

    return limits.run_limited(work, what=str(path), progress=progress)


def _warm_extraction() -> None:
    """Import the extractor and what it imports on its first call: what
    :func:`extract_plan` needs after reading, done early where reading leaves this process
    idle (the ``meanwhile`` of :func:`plancheck.ingest.pdf.read_pdf`)."""
    from plancheck.extract.plan import warm_up

    warm_up()
