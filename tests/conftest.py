"""Shared fixtures: extraction of corpus documents is cached for the whole test run."""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests assert what a function returns, not how fast: a shared or loaded CI runner
# must not fail them on hypothesis's 200 ms per-example deadline (the first example also pays
# for loading a word list). Tests about time bounds assert them explicitly.
settings.register_profile("plancheck", deadline=None)
settings.load_profile("plancheck")

ROOT = Path(__file__).resolve().parents[1]
AUTHORED = ROOT / "corpora" / "authored"
REAL_GOLD = ROOT / "corpora" / "real"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Never touch the user's cache directory from the tests."""
    if "PLANCHECK_CACHE_DIR" not in os.environ:
        monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture(autouse=True)
def _joining_language():
    """Every test starts with the line joiner's default word list (nb) and leaves it so: the
    language is process state set by extraction (``ingest.text.use_language``), and a test that
    read a Swedish or Danish document before a hand-built table test changed how that test's
    broken cells join ("Hver" + "høst": no Swedish word "hver", so the whole read as a compound)."""
    from plancheck.ingest import text

    text.use_language("nb")
    yield
    text.use_language("nb")


@cache
def extracted(path: str):
    """The Plan of a corpus document, extracted once per test run."""
    from plancheck.pipeline import extract_plan

    return extract_plan(Path(path))


def authored_pdf(slug: str) -> Path:
    return AUTHORED / slug / f"{slug}.pdf"


def pdf_of_objects(objs: list[bytes], root: int = 1) -> bytes:
    """A PDF file around the bodies ``objs`` (object ``root`` the catalog), its cross-reference
    table written by hand: the hand-made PDFs of the tests and the attack corpus share it."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def handmade_pdf(content: bytes | Iterable[bytes], *, compress: bool = True) -> bytes:
    """A one-page PDF (Helvetica) around a content stream, written by hand: for bad-input and
    fuzz tests that need control over every byte. ``content`` may be an iterable of chunks,
    compressed as they come (a decompression bomb never sits in memory whole)."""
    import zlib

    if compress:
        co = zlib.compressobj(9)
        parts = [content] if isinstance(content, bytes) else content
        data = b"".join(co.compress(c) for c in parts) + co.flush()
        stream_dict = b"<< /Filter /FlateDecode /Length " + str(len(data)).encode() + b" >>"
    else:
        data = content if isinstance(content, bytes) else b"".join(content)
        stream_dict = b"<< /Length " + str(len(data)).encode() + b" >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream_dict + b"\nstream\n" + data + b"\nendstream",
    ]
    return pdf_of_objects(objs)


def plan_of_blocks(blocks: list, lang: str):
    """The rule walk's plan for hand-built blocks on one page (ids and provenance filled in),
    without the role model: for the walk's stage tests."""
    from plancheck.extract.plan import build_plan
    from plancheck.ingest.sections import build_sections
    from plancheck.models import Document, Provenance

    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


def plan_of_chapters(title: str, chapters: list[tuple[str, str]]):
    """A plan of one page for the mandate matcher's tests: a title, then each (heading, text) a
    section of its own holding one paragraph."""
    from plancheck.models import Passage, Plan, Section, SourceInfo

    sections = [Section(id="s0", title=title, level=1, page=1)]
    passages = []
    for i, (heading, text) in enumerate(chapters, start=1):
        sections.append(Section(id=f"s{i}", title=heading, level=2, page=1, parent_id="s0"))
        passages.append(Passage(id=f"p{i}", kind="paragraph", text=text, page=1, section_id=f"s{i}"))
    return Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title=title,
        sections=sections,
        passages=passages,
    )


def table_of(header: list[str], rows: list[list[str]]):
    """A one-page table of plain cells, header and rows as typed: for the table readers' tests."""
    from plancheck.models import Cell, Table

    return Table(
        header=header,
        rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)] for r, row in enumerate(rows)],
        pages=[1],
    )
