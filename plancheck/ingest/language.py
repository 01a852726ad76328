"""The language a PDF is written in, from the text of its first pages.

Why: the reader rejoins words broken over lines with a word list (simplemma), and loading all
five languages' lists costs seconds and 300 MB; knowing the language means one list is loaded
(nynorsk: nynorsk and bokmål). :func:`plancheck.lang.detect.detect_language` decides from a few
marker words. The reader decides from the words it has read; a batch's parent, which loads each
language once before forking, asks pypdfium2 (milliseconds a page) in a limited child
(:func:`batch_languages`): a hostile PDF must not crash or stall the parent.
"""

from __future__ import annotations

from pathlib import Path

from plancheck.lang.detect import detect_language

#: how much of the document decides its language
FIRST_PAGES = 5
SAMPLE_CHARS = 20_000


def pdf_sample(path: Path, password: str | None = None) -> str:
    """The text of the first pages ("" when pypdfium2 cannot open the file: the reader then
    reports what is wrong with it)."""
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path), password=password or None)
    except Exception:
        return ""
    texts: list[str] = []
    try:
        for i in range(min(len(pdf), FIRST_PAGES)):
            page = pdf[i]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
            if sum(map(len, texts)) >= SAMPLE_CHARS:
                break
    except Exception:
        pass
    finally:
        pdf.close()
    return " ".join(texts)[:SAMPLE_CHARS]


def pdf_language(path: Path, password: str | None = None) -> str:
    """One of nb, nn, sv, da, en for the PDF at ``path`` (nb when its text says nothing)."""
    return detect_language(pdf_sample(path, password))


def pdf_pages(path: Path, password: str | None = None) -> int:
    """The number of pages of the PDF at ``path`` (0 when pypdfium2 cannot open it)."""
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path), password=password or None)
    except Exception:
        return 0
    try:
        return len(pdf)
    finally:
        pdf.close()


def batch_facts(paths: list[Path]) -> dict[Path, tuple[str, int]]:
    """The language and page count of each PDF among ``paths``, found in one child under the
    limits of :mod:`plancheck.limits`; empty when that child fails (each document's own child
    then loads what it needs, and the batch runs in input order)."""
    from plancheck import limits

    pdfs = [Path(p) for p in paths if Path(p).suffix.lower() == ".pdf"]
    if not pdfs:
        return {}
    try:
        return limits.run_limited(
            lambda _report: {p: (pdf_language(p), pdf_pages(p)) for p in pdfs},
            what="the documents' languages",
        )
    except Exception:
        return {}


def batch_languages(paths: list[Path]) -> set[str]:
    """The languages of the PDFs among ``paths`` (see :func:`batch_facts`)."""
    return {lang for lang, _pages in batch_facts(paths).values()}
