"""Text a viewer shows in a PDF form's fields, read as page text.

A fillable form that was filled in but not flattened keeps what was typed outside the page's
content stream: each text field is a widget annotation whose appearance stream draws its value
and its box (poppler and every viewer draw it; pdfium's text page of the page alone and
pdfminer do not see it). Such a document's pages are flattened in memory before anything is
read - pdfium writes the annotations' normal appearances into the page content, where they are
text and rules like any other - so the form's values stand in their boxes as the reader sees
them, for pdfium's characters and, from a copy saved in memory, for pdfplumber's rules. The file
is never written. A document without an interactive form (pdfium's form type) is read exactly as
before, and so is a page with fewer than ``settings.form_min_widgets`` widgets with an appearance.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from plancheck.layout.settings import DEFAULT, LayoutSettings


def form_widgets(page) -> int:
    """How many widget annotations of a pypdfium2 page carry an appearance stream."""
    import pypdfium2.raw as raw

    count = 0
    for k in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, k)
        if not annot:
            continue
        try:
            if raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_WIDGET and raw.FPDFAnnot_HasKey(annot, b"AP"):
                count += 1
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return count


def flatten_forms(doc, numbers: Iterable[int], settings: LayoutSettings = DEFAULT) -> set[int]:
    """Flatten the form fields of the pages ``numbers`` (0-based) of a pypdfium2 document in
    memory; the pages flattened (to be loaded again to see it). pdfium draws the fields of a
    flattened page inside one form XObject of its own, so their rules lie one level deeper
    than the page's own (``settings.form_extra_depth``)."""
    done: set[int] = set()
    if not settings.read_form_fields:
        return done
    import pypdfium2.raw as raw

    if raw.FPDF_GetFormType(doc) == raw.FORMTYPE_NONE:
        return done
    for i in numbers:
        page = doc[i]
        try:
            if (
                form_widgets(page) >= settings.form_min_widgets
                and raw.FPDFPage_Flatten(page, raw.FLAT_NORMALDISPLAY) == raw.FLATTEN_SUCCESS
            ):
                done.add(i)
        finally:
            page.close()
    return done


def saved_copy(doc) -> io.BytesIO:
    """The (flattened) document as a PDF in memory, for the readers that open a file."""
    out = io.BytesIO()
    doc.save(out)
    out.seek(0)
    return out
