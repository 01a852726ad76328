"""pdfplumber pages parsed for their graphics only, for finding ruled tables.

Why: the ruled-table finder (:func:`plancheck.layout.tables.find_ruled_tables`) asks pdfplumber
for ``find_tables`` with the "lines" strategies, which use the page's ruling lines, rectangles
and curves and nothing else; the characters come from pypdfium2. Yet pdfplumber parses a page
whole, and turning every character into an object (pdfminer's ``render_string`` → ``LTChar`` →
pdfplumber's object dict) was most of the time of reading a page - 60-70 % of a 39-page plan's
check. A page prepared by :func:`graphics_only` is interpreted by a device that draws no text:
the paths, and so the edges and the tables found from them, are the same (a test compares the
tables with and without text on the corpus).

pdfplumber (with pdfminer) is imported here, when a document first needs it: its import was
about a tenth of a one-page check that draws no table grid.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any


@cache
def load_pdfplumber() -> Any:
    """The ``pdfplumber`` module, imported and guarded (:func:`guard_reference_loops`)."""
    import pdfplumber

    guard_reference_loops()
    return pdfplumber


def open_plumber(path: Path | str, password: str | None = None) -> Any:
    """``pdfplumber.open``, after :func:`load_pdfplumber`: every pdfplumber document of
    plancheck is opened here, so none is read without the guard against reference loops."""
    return load_pdfplumber().open(path, password=password or "")


def guard_reference_loops() -> None:
    """pdfminer resolves an indirect reference with ``while isinstance(x, PDFObjRef)``: a PDF
    whose object 2 is ``3 0 R`` and object 3 is ``2 0 R`` loops for ever (until --timeout).
    ``PDFObjRef.resolve`` is wrapped to follow a chain of references itself and stop at a
    loop with pdfminer's own syntax error; a chain without a loop resolves as before.
    pdfminer.six 20260107 still has the loop; drop this when it does not."""
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.pdftypes import PDFObjRef

    original = PDFObjRef.resolve
    if getattr(original, "_plancheck_loop_guard", False):
        return

    def resolve(self: PDFObjRef, default: object = None) -> object:
        seen = {self.objid}
        x = original(self, default=default)
        while isinstance(x, PDFObjRef):
            if x.objid in seen:
                raise PDFSyntaxError(f"reference loop at object {x.objid}")
            seen.add(x.objid)
            x = original(x, default=default)
        return x

    resolve._plancheck_loop_guard = True  # type: ignore[attr-defined]
    PDFObjRef.resolve = resolve  # type: ignore[method-assign]


@cache
def _device_class() -> type:
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class GraphicsOnly(PDFPageAggregatorWithMarkedContent):  # type: ignore[misc, valid-type]
        """pdfplumber's page device, with text not drawn."""

        def render_string(self, *_args: Any, **_kwargs: Any) -> None:
            return None

    return GraphicsOnly


def graphics_only(page: Any) -> Any:
    """Parse the pdfplumber ``page`` without its text (as pdfplumber's ``Page.layout`` does,
    otherwise) and keep the result as its layout; returns the page. Its ``chars`` are then
    empty: use it for lines, rectangles, curves and ``find_tables`` on lines only."""
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfplumber.utils.exceptions import PdfminerException

    if hasattr(page, "_layout"):
        return page
    device = _device_class()(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    interpreter = PDFPageInterpreter(page.pdf.rsrcmgr, device)
    try:
        interpreter.process_page(page.page_obj)
    except Exception as e:
        raise PdfminerException(e) from e
    page._layout = device.get_result()
    return page
