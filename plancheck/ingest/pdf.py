"""Read a PDF into a :class:`~plancheck.models.Document`: a thin adapter over
:mod:`plancheck.layout`, which does the reading (characters from pypdfium2, ruled tables from
pdfplumber, columns, lines, tables and blocks by geometry and typography).

This module checks the file and turns what cannot be read into one :class:`InputError`, and
builds the section tree from the blocks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from plancheck.errors import InputError
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.models import Document, Provenance

# --------------------------------------------------------------------------- open


def check_pdf(path: Path) -> None:
    """Raise one :class:`InputError` when ``path`` is missing, empty, not a PDF (saying what
    it is instead) or truncated; the cheap checks made before any parser sees the file."""
    from plancheck.ingest.files import probe

    size, head = probe(path)
    try:
        with path.open("rb") as fh:
            fh.seek(max(0, size - 4096))
            tail = fh.read()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if size == 0:
        raise InputError(f"{path}: the file is empty")
    if b"%PDF" not in head:
        from plancheck.pipeline import sniff

        what = sniff(head)
        raise InputError(
            f"{path}: not a PDF file"
            + (f"; it is {what}" if what else " (it does not start with %PDF)")
        )
    if b"%%EOF" not in tail:
        raise InputError(f"{path}: the PDF is truncated (it does not end with %%EOF); get the whole file again")


def open_pdf(path: Path, password: str | None = None):
    """Open ``path`` with pdfplumber, or raise one :class:`InputError` that says what is wrong:
    missing, empty, not a PDF (and what it is instead), truncated, damaged, encrypted (with no
    or a wrong ``password``)."""
    from plancheck.layout.plumber import load_pdfplumber, open_plumber

    load_pdfplumber()
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    check_pdf(path)

    pdf = None
    try:
        pdf = open_plumber(path, password)
        _ = len(pdf.pages)
    except Exception as exc:  # pdfminer raises many types on broken files
        if pdf is not None:
            pdf.close()
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            if password:
                raise InputError(f"{path}: the password given with --password is wrong") from None
            raise InputError(
                f"{path}: the PDF is password-protected; give the password with --password"
            ) from None
        if isinstance(cause, PDFEncryptionError) or "Encrypt" in type(cause).__name__:
            raise InputError(
                f"{path}: the PDF is encrypted in a way plancheck cannot read ({cause}); "
                "save an unencrypted copy"
            ) from None
        name = type(cause).__name__ if isinstance(cause, BaseException) else type(exc).__name__
        raise InputError(f"{path}: the PDF cannot be read ({name}); is it truncated or damaged?") from None
    return pdf


# --------------------------------------------------------------------------- main entry


def read_layout(
    path: Path,
    *,
    password: str | None = None,
    column_role: Callable[[str], str | None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    settings: LayoutSettings = DEFAULT,
    processes: int | None = None,
    meanwhile: Callable[[], object] | None = None,
):
    """The :class:`plancheck.layout.document.Layout` of a PDF (every stage's result), or one
    :class:`InputError` for unreadable input. The pages are laid out in up to ``processes``
    processes (default: :func:`plancheck.limits.split_cores`), with the same result; when they
    are, this process runs ``meanwhile()`` while the helpers take the first pages (the caller's
    preparation for what comes after reading, :func:`plancheck.limits.split_work`)."""
    from plancheck.ingest.language import pdf_language
    from plancheck.ingest.text import use_language
    from plancheck.layout.document import LayoutError, assemble

    if column_role is None:
        from plancheck.lang.vocab import column_role as column_role
    path = Path(path)
    check_pdf(path)
    # joining words broken over lines (table cells included) needs a word list: that of the
    # language of the first pages, decided the first time a list is needed (one loaded, not five)
    use_language(lambda: pdf_language(path, password))
    try:
        pages = _read_pages(path, password, settings, progress, processes, meanwhile)
    except LayoutError:
        with open_pdf(path, password):  # pdfminer's view of what is wrong, in one line
            pass
        raise InputError(f"{path}: the PDF cannot be read; is it truncated or damaged?") from None
    except InputError:
        raise
    except Exception as exc:  # pdfplumber on a page pdfium could read
        name = type(exc).__name__
        raise InputError(f"{path}: the PDF cannot be read ({name}); is it truncated or damaged?") from None
    if not pages:
        raise InputError(f"{path}: the PDF has no pages")
    if sum(p.chars for p in pages) == 0:
        raise InputError(
            f"{path}: the PDF has no text layer (a scanned image?); run OCR on it first, e.g. ocrmypdf"
        )
    from plancheck.lang.vocab import is_stamp

    return assemble(pages, settings=settings, header_hint=column_role, stamp=is_stamp)


def _read_pages(
    path: Path,
    password: str | None,
    settings: LayoutSettings,
    progress: Callable[[int, int], None] | None,
    processes: int | None,
    meanwhile: Callable[[], object] | None = None,
) -> list:
    """Every page laid out, in ``processes`` processes when the document has
    ``settings.pages_per_process`` pages for each (:func:`plancheck.limits.split_work`: the
    same pages, the same errors, the limits shared). Why: reading is most of a check of a long
    plan, and a single check kept one core busy while the other idled."""
    from plancheck import limits
    from plancheck.ingest.language import pdf_pages
    from plancheck.ingest.text import current_language, preload
    from plancheck.layout.document import read_pages

    if processes is None:
        processes = limits.split_cores(settings.split_idle_share)
    count = pdf_pages(path, password) if processes > 1 else 0
    processes = min(processes, count // settings.pages_per_process)
    if processes <= 1:
        return read_pages(path, password=password, settings=settings, progress=progress)
    # the language and its word lists decided and mapped once, here, not again in each helper
    # (the same language: it depends on the file alone)
    preload(current_language())
    return limits.split_work(
        count,
        lambda numbers: read_pages(path, password=password, settings=settings, numbers=numbers),
        processes=processes,
        progress=progress,
        meanwhile=meanwhile,
    )


def read_pdf(
    path: Path,
    *,
    password: str | None = None,
    column_role: Callable[[str], str | None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    settings: LayoutSettings = DEFAULT,
    processes: int | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> Document:
    """Read a PDF into a :class:`Document`. Raises :class:`InputError` for unreadable input.
    ``meanwhile``: run while helper processes lay out pages, if any do (:func:`read_layout`)."""
    from plancheck.ingest.sections import build_sections

    path = Path(path)
    layout = read_layout(
        path,
        password=password,
        column_role=column_role,
        progress=progress,
        settings=settings,
        processes=processes,
        meanwhile=meanwhile,
    )
    return Document(
        path=str(path),
        format="pdf",
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        page_count=len(layout.pages),
        title=layout.title,
        blocks=layout.blocks,
        sections=build_sections(layout.blocks),
        toc_pages=layout.toc_pages,
        struck=[Provenance(page=p.number, source_text=text) for p in layout.pages for text in p.struck],
    )
