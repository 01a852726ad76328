"""Pictures of the pages a report points at, with the boxes of the quoted text on them.

The HTML report shows each page that has findings as an image, the quoted text highlighted.
Everything here works on the source document the plan was read from:

* a PDF is rendered with pypdfium2 (a JPEG of modest resolution, so the report stays
  mailable);
* a Word or OpenDocument draft is first converted to PDF by LibreOffice (``soffice``), when it
  is installed, in a private profile folder and under a time limit; without it the report
  shows the text instead;
* the box of a quote is the item's provenance bbox when there is one (PDF points, top-left
  origin), else found by searching the quote in the page's characters;
* the printed page label ("s. 3" on the 7th sheet) comes from the PDF's ``/PageLabels``, else
  from the page numbers printed in the top or bottom margin.

Nothing here raises on a damaged or missing file: the report then simply has no pictures.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import io
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from plancheck.models import BBox
from plancheck.pagebands import (
    MARGIN_BAND,
    SPREAD_ASPECT,
    kept_bands,
    margin_boxes,
    margin_text,
)

__all__ = ["margin_boxes", "margin_text"]  # their home is plancheck.pagebands; read here as before


@dataclass(frozen=True)
class PageSettings:
    """How pages are pictured. ``max_pages`` keeps a report on a long plan mailable."""

    width_px: int = 820  # the picture's width; an A4 page is then about 100 dpi
    jpeg_quality: int = 55
    max_pages: int = 30
    margin_band: float = MARGIN_BAND  # the top and bottom share of a page where page numbers stand
    label_min_pages: int = 2  # pages that must agree on the printed numbering
    soffice_timeout: float = 120.0
    max_pages_scanned: int = 600  # pages read for printed page numbers
    spread_aspect: float = SPREAD_ASPECT  # a page this many times as wide as tall may be a spread: its halves read apart


SETTINGS = PageSettings()


@dataclass
class PageImage:
    """One page as a picture: ``data_uri`` and the page's size in points."""

    number: int  # 1-based
    data_uri: str
    width_pt: float
    height_pt: float


@dataclass
class PageSource:
    """An open PDF to picture pages from (the document itself, or its LibreOffice rendering)."""

    pdf: object  # pypdfium2.PdfDocument
    converted: bool = False  # True when made from a Word/OpenDocument draft
    labels: dict[int, str] = field(default_factory=dict)
    #: page -> (its characters, their normalised text, the map back): read once per page
    texts: dict[int, tuple[str, str, list[int]]] = field(default_factory=dict)

    def page_text(self, number: int) -> tuple[str, str, list[int]]:
        """Page ``number``'s characters as pdfium has them (one per character box), and
        their normalised form (see :func:`_normalise`) with its map back; empty when the
        characters cannot be mapped one to one to their boxes."""
        if number not in self.texts:
            text = ""
            try:
                tp = self.pdf[number - 1].get_textpage()  # type: ignore[index]
                try:
                    n = tp.count_chars()
                    text = tp.get_text_range(0, n) if n else ""
                    if len(text) != n:
                        text = ""
                finally:
                    tp.close()
            except Exception:
                text = ""
            self.texts[number] = (text, *_normalise(text))
        return self.texts[number]

    @property
    def page_count(self) -> int:
        return len(self.pdf)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- opening


@contextlib.contextmanager
def open_source(
    path: str | Path, fmt: str, settings: PageSettings = SETTINGS
) -> Iterator[PageSource | None]:
    """The document at ``path`` as a :class:`PageSource`, or None when it cannot be pictured
    (missing, damaged, a draft without LibreOffice). Closed on exit."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a dependency, but a report must not fail on it
        yield None
        return
    path = Path(path)
    if not path.is_file():
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="plancheck-pages-") as tmp:
        pdf_path: Path | None = path
        converted = False
        if fmt in ("docx", "odt"):
            pdf_path = convert_to_pdf(path, Path(tmp), settings.soffice_timeout)
            converted = True
        pdf = None
        if pdf_path is not None:
            try:
                pdf = pdfium.PdfDocument(str(pdf_path))
            except Exception:  # damaged or encrypted: no pictures
                pdf = None
        if pdf is None:
            yield None
            return
        try:
            source = PageSource(pdf=pdf, converted=converted)
            source.labels = page_labels(pdf, settings)
            yield source
        finally:
            pdf.close()


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(path: Path, outdir: Path, timeout: float) -> Path | None:
    """``path`` (.docx/.odt) converted to PDF by LibreOffice in ``outdir``; None when LibreOffice
    is not installed, fails or takes longer than ``timeout`` seconds. A private profile folder
    keeps parallel conversions from locking each other."""
    exe = soffice()
    if exe is None:
        return None
    profile = outdir / "lo-profile"
    cmd = [
        exe,
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(path.resolve()),
    ]
    try:
        subprocess.run(cmd, capture_output=True, timeout=timeout, check=False, cwd=outdir)
    except (subprocess.TimeoutExpired, OSError):
        return None
    out = outdir / f"{path.stem}.pdf"
    return out if out.is_file() and out.stat().st_size > 0 else None


# --------------------------------------------------------------------------- page labels


def printed_labels(path: str | Path, fmt: str, settings: PageSettings = SETTINGS) -> dict[int, str]:
    """The printed page label of each page of a PDF at ``path`` that is not its physical number
    ("3" on the 7th sheet): what a planner looks for in the document, so every report names it
    beside the PDF page. Empty for Word/OpenDocument input (their pages are Word's own) and for
    a file that cannot be opened. Read once per file and process (:func:`_printed_labels`)."""
    if fmt != "pdf":
        return {}
    try:
        p = Path(path)
        stat = p.stat()
    except (OSError, ValueError):
        return {}
    return _printed_labels(str(p.resolve()), stat.st_size, stat.st_mtime_ns, settings)


def with_page_labels(result):
    """``result`` (a :class:`~plancheck.models.CheckResult`) with each finding's printed page
    label (:attr:`~plancheck.models.Finding.page_label`) filled where the page is numbered
    otherwise in print (:func:`printed_labels`); the same object when no finding needs one."""
    src = result.plan.source
    printed = printed_labels(src.path, src.format) if any(f.page for f in result.findings) else {}
    if not any(f.page in printed and f.page_label != printed[f.page] for f in result.findings):
        return result
    findings = [
        f.model_copy(update={"page_label": printed[f.page]}) if f.page in printed else f
        for f in result.findings
    ]
    return result.model_copy(update={"findings": findings})  # keeps the messages' language (_lang)


#: keep the printed labels of each PDF in the extraction cache's folder (:func:`keep_labels`)
_KEEP = {"on": False}


@contextlib.contextmanager
def labels_kept(on: bool) -> Iterator[None]:
    """Inside the block, keep (``on``) the printed page labels of each PDF beside its cached
    plan, keyed like it by the document's bytes and the code's hash, so that a warm re-check
    reads them instead of opening the PDF and reading every page's margins again (most of a
    cached document's time). ``plancheck check`` keeps them unless ``--no-cache``; a library
    call reads the PDF, as before. The labels are a function of the bytes and the code alone."""
    before = _KEEP["on"]
    _KEEP["on"] = bool(on)
    try:
        yield
    finally:
        _KEEP["on"] = before


@functools.lru_cache(maxsize=64)
def _printed_labels(path: str, _size: int, _mtime: int, settings: PageSettings) -> dict[int, str]:
    entry = _kept_entry(path) if _KEEP["on"] and settings == SETTINGS else None
    if entry is not None:
        kept = _read_kept(entry)
        if kept is not None:
            return kept
    labels = _read_labels(path, settings, kept_bands(path, _size, _mtime, settings.margin_band, settings.spread_aspect))
    if labels is None:  # damaged, encrypted or gone: the reports name the PDF page alone
        return {}
    if entry is not None:
        _write_kept(entry, labels)
    return labels


def _read_labels(path: str, settings: PageSettings, known: dict[int, str] | None = None) -> dict[int, str] | None:
    """The labels that differ from the physical numbers; ``None`` when the PDF cannot be read.
    ``known``: the margin bands of pages the layout read in this process (plancheck.pagebands)."""
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(path)
    except Exception:
        return None
    try:
        return {k: v for k, v in page_labels(pdf, settings, known).items() if v != str(k)}
    except Exception:
        return None
    finally:
        pdf.close()


def _kept_entry(path: str) -> Path | None:
    try:
        from plancheck.checks.cache import cache_dir, code_hash, file_sha256

        return cache_dir() / f"{file_sha256(Path(path))}-labels-{code_hash()}.json"
    except Exception:  # unreadable file, no cache: read the PDF itself
        return None


def _read_kept(entry: Path) -> dict[int, str] | None:
    import json

    try:
        data = json.loads(entry.read_bytes())
        labels = {int(k): v for k, v in data.items()}
    except (OSError, ValueError, TypeError, AttributeError, RecursionError):
        return None
    return labels if all(isinstance(v, str) for v in labels.values()) else None


def _write_kept(entry: Path, labels: dict[int, str]) -> None:
    """Atomically, as the cache writes its plans; a read-only or full cache must not fail the
    report."""
    import json

    from plancheck.checks.cache import write_entry

    write_entry(entry, json.dumps({str(k): v for k, v in labels.items()}, ensure_ascii=False))



def page_labels(pdf, settings: PageSettings = SETTINGS, known: dict[int, str] | None = None) -> dict[int, str]:
    """The printed page label of each 1-based page that has one: the PDF's /PageLabels, else
    the page numbers printed in the margins (see :func:`labels_from_margins`); the margins of
    the pages in ``known`` (1-based page: band text, as :func:`margin_text` reads it) are not
    read again."""
    n = len(pdf)
    labels: dict[int, str] = {}
    with contextlib.suppress(Exception):
        for i in range(n):
            label = pdf.get_page_label(i)
            if label:
                labels[i + 1] = label
    # a /PageLabels that only restates the physical numbers says nothing new
    if labels and any(v != str(k) for k, v in labels.items()):
        return labels
    bands: dict[int, str] = {}
    known = known or {}
    for i in range(min(n, settings.max_pages_scanned)):
        if i + 1 in known:
            bands[i + 1] = known[i + 1]
            continue
        with contextlib.suppress(Exception):
            bands[i + 1] = margin_text(pdf[i], settings.margin_band, settings.spread_aspect)
    return labels_from_margins(bands, settings.label_min_pages)


_NUMBER = re.compile(r"(?<![\w.,/-])(?:(?P<prefix>[A-Z]{1,3})[-‐–])?(?P<n>\d{1,4})(?![\d.,/]\d)")


def labels_from_margins(bands: dict[int, str], min_pages: int = 2) -> dict[int, str]:
    """Printed page numbers from the margin text of each page.

    Every standalone number in a page's margin is a candidate, and so is a number after a
    chapter's capitals and a dash ("H-1", "LU-12": a general plan's element pages); the
    numbering is the prefix and offset (printed number − page index) most pages agree on (at
    least ``min_pages``, two of them next to each other). A page gets the label only when its
    own margin carries the number that offset predicts; a year or a count in a running head
    does not follow the pages and so never wins. Pages that each carry two numbers in a row
    ('4' and '5': a spread, two printed pages on one PDF page) are labelled by the pair when
    at least as many pages follow that numbering as any single one (:func:`spread_labels`)."""
    candidates = {p: {(m.group("prefix") or "", int(m.group("n"))) for m in _NUMBER.finditer(text)}
                  for p, text in bands.items()}
    support: dict[tuple[str, int], set[int]] = {}
    for p, nums in candidates.items():
        for prefix, n in nums:
            if n > 0:
                support.setdefault((prefix, n - p), set()).add(p)
    spread = spread_labels(candidates, min_pages)
    # a single numbering wins over the spreads' only when more pages follow it
    found = agreed_numbering(support, max(min_pages, len(spread) + 1))
    if found is None:
        return spread
    prefix, offset, pages = found
    lead = f"{prefix}-" if prefix else ""
    return {p: f"{lead}{p + offset}" for p in sorted(pages)}


def spread_labels(candidates: dict[int, set[tuple[str, int]]], min_pages: int = 2) -> dict[int, str]:
    """Printed page numbers of spreads: a PDF page that holds two printed pages side by side
    carries two numbers, n and n + 1, with n = 2 × page + an offset the pages agree on (at
    least ``min_pages``, two of them next to each other); each such page is labelled 'n–n+1'.
    Empty when no such numbering is found."""
    support: dict[tuple[str, int], set[int]] = {}
    for p, nums in candidates.items():
        for prefix, n in nums:
            if n > 0 and (prefix, n + 1) in nums:
                support.setdefault((prefix, n - 2 * p), set()).add(p)
    found = agreed_numbering(support, min_pages)
    if found is None:
        return {}
    prefix, offset, pages = found
    lead = f"{prefix}-" if prefix else ""
    return {p: f"{lead}{2 * p + offset}–{lead}{2 * p + offset + 1}" for p in sorted(pages)}


def agreed_numbering(
    support: dict[tuple[str, int], set[int]], min_pages: int
) -> tuple[str, int, set[int]] | None:
    """The ``(prefix, offset, pages)`` of ``support`` (a numbering → the pages that follow it)
    that the most pages follow, at least ``min_pages`` and two of them next to each other; of
    as many, the smaller offset, then the prefix in order. None when there is none."""
    for (prefix, offset), pages in sorted(support.items(), key=lambda kv: (-len(kv[1]), abs(kv[0][1]), kv[0][0])):
        if len(pages) < min_pages:
            break
        if any(p + 1 in pages for p in pages):
            return prefix, offset, pages
    return None


# --------------------------------------------------------------------------- pictures


def render_page(source: PageSource, number: int, settings: PageSettings = SETTINGS) -> PageImage | None:
    """Page ``number`` (1-based) as a JPEG data URI, ``settings.width_px`` wide."""
    try:
        page = source.pdf[number - 1]  # type: ignore[index]
        w, h = page.get_size()
        bitmap = page.render(scale=settings.width_px / max(w, 1.0))
        image = bitmap.to_pil().convert("RGB")
        buf = io.BytesIO()
        image.save(buf, format="JPEG", quality=settings.jpeg_quality, optimize=True)
    except Exception:
        return None
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return PageImage(number, f"data:image/jpeg;base64,{data}", w, h)


def page_size(source: PageSource, number: int) -> tuple[float, float] | None:
    try:
        return source.pdf[number - 1].get_size()  # type: ignore[index]
    except Exception:
        return None


# --------------------------------------------------------------------------- finding text


def _normalise(text: str) -> tuple[str, list[int]]:
    """``text`` with every run of whitespace as one space and soft hyphens at line ends joined,
    lower-cased, and for each kept character its index in ``text``."""
    out: list[str] = []
    index: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in "-\u00ad\u2010" and i + 1 < n and text[i + 1] in "\r\n\x02":
            # a word broken over a line: "opp-\r\nfølging" reads as "oppfølging"
            j = i + 1
            while j < n and (text[j].isspace() or text[j] == "\x02"):
                j += 1
            i = j
            continue
        if ch.isspace() or ch == "\x02":
            if out and out[-1] != " ":
                out.append(" ")
                index.append(i)
            i += 1
            continue
        out.append(ch.lower())
        index.append(i)
        i += 1
    return "".join(out), index


def find_text(source: PageSource, number: int, quote: str, *, probe: int = 80) -> list[BBox]:
    """The boxes (one per line, top-left origin, PDF points) of the first place ``quote``
    stands on page ``number``; empty when it is not there. Only the first ``probe``
    characters of a long quote are looked for, then the box runs to its length."""
    wanted, _ = _normalise(quote.strip())
    if not wanted:
        return []
    text, flat, index = source.page_text(number)
    at = flat.find(wanted[:probe]) if flat else -1
    if at < 0:
        return []
    end = min(len(index) - 1, at + len(wanted) - 1)
    chars = [i for i in range(index[at], index[end] + 1) if not text[i].isspace()]
    try:
        page = source.pdf[number - 1]  # type: ignore[index]
        _w, h = page.get_size()
        tp = page.get_textpage()
    except Exception:
        return []
    try:
        return _line_boxes(tp, chars, h)
    except Exception:
        return []
    finally:
        tp.close()


def _line_boxes(tp, chars: Iterable[int], height: float) -> list[BBox]:
    """The character boxes of ``chars`` (no spaces) joined into one box per line: a character
    whose vertical middle lies within the line so far belongs to it."""
    boxes: list[BBox] = []
    for i in chars:
        left, bottom, right, top = tp.get_charbox(i)
        if right <= left or top <= bottom:
            continue  # line breaks pdfium made up
        box = BBox(x0=left, top=height - top, x1=right, bottom=height - bottom)
        last = boxes[-1] if boxes else None
        middle = (box.top + box.bottom) / 2
        if last is not None and last.top <= middle <= last.bottom and box.x0 >= last.x0 - 1:
            boxes[-1] = last.union(box)
        else:
            boxes.append(box)
    return boxes


def find_page(source: PageSource, quote: str, pages: Iterable[int] | None = None) -> int | None:
    """The first page (1-based) on which ``quote`` stands, for a draft whose items carry a
    location instead of a page."""
    wanted, _ = _normalise(quote.strip())
    if not wanted:
        return None
    for number in pages or range(1, source.page_count + 1):
        _text, flat, _index = source.page_text(number)
        if flat and wanted[:80] in flat:
            return number
    return None
