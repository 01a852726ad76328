"""Builders of hostile inputs, written in the test run (no binaries in the repository).

Used by the security regression tests and by the attack corpus (tests/test_attack_corpus.py).
Each builder returns bytes; the text it is given lands in the document's title, headings and
measure table, where plancheck reads and reports it.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable
from xml.sax.saxutils import escape

from conftest import handmade_pdf

#: texts an attacker would put in a plan: workflow commands, terminal escapes, XML breakers
PAYLOADS: dict[str, str] = {
    "workflow-error": "::error file=.github/workflows/ci.yml,line=1::pwned",
    "workflow-mask": "::add-mask::secret",
    "workflow-stop": "::stop-commands::tok",
    "workflow-old": "##[set-output name=x;]pwned",
    "workflow-indented": "   ::warning::indented",
    "newline-command": "Mål\n::error::after a newline",
    "cr-command": "Mål\r::error::after a carriage return",
    "ls-command": "Mål\u2028::error::after a line separator",
    "ansi-clear": "\x1b[2J\x1b[H screen cleared",
    "osc52": "\x1b]52;c;cHduZWQ=\x07 clipboard",
    "hidden": "\x1b[8m hidden text \x1b[0m",
    "c1-csi": "\x9b31m C1 CSI",
    "nul": "nul\x00byte",
    "bell-bs": "bell\x07 back\x08space",
    "bidi": "Trojan \u202e source \u2066",
    "xml-breaker": "]]></failure><x>&amp;\x0b\x0c",
    "ffff": "non-char \uffff \ufffe",
    "long": "Mål " + "x" * 5000,
}


def plan_dict(text: str, *, title: str | None = None, path: str = "plan.pdf") -> dict:
    """A Plan (the JSON of ``plancheck extract --format json``) whose goal and measure hold
    ``text``: the measure has no owner and no deadline, so the default rules quote it."""
    prov = {"page": 1, "bbox": None, "source_text": text, "location": None}
    return {
        "source": {"path": path, "format": "pdf", "pages": 1, "sha256": "0" * 64},
        "title": title if title is not None else text,
        "language": "nb",
        "goals": [{"id": "g1", "text": text, "number": "1", "page": 1, "provenance": prov}],
        "measures": [
            {"id": "m1", "text": text, "number": "1.1", "page": 1, "goal_ids": ["g1"],
             "has_owner_column": True, "has_deadline_column": True, "provenance": prov}
        ],
    }


def plan_json(text: str, **kw) -> bytes:
    return json.dumps(plan_dict(text, **kw), ensure_ascii=False).encode("utf-8")


def _pdf_string(text: str) -> bytes:
    raw = text.encode("latin-1", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_with_lines(lines: Iterable[str]) -> bytes:
    """A one-page PDF with one text line per item (Helvetica, latin-1)."""
    ops = b"BT /F1 12 Tf 72 760 Td 16 TL "
    ops += b" ".join(b"(" + _pdf_string(t) + b") Tj T*" for t in lines) + b" ET"
    return handmade_pdf(ops, compress=False)


def plan_lines(text: str) -> list[str]:
    """The lines of a small plan with ``text`` as title, goal and measure."""
    return [text, "1 Mål", f"1.1 {text}", "Tiltak   Ansvarlig   Frist",
            f"{text}   Kultur   2025"]


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes(paragraphs: Iterable[str], *, title: str | None = None, raw_body: str = "") -> bytes:
    """A minimal .docx written by hand; ``raw_body`` is XML put into the body as it is."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(_xml_chars(p))}</w:t></w:r></w:p>'
        for p in paragraphs
    )
    doc = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}"><w:body>{body}{raw_body}</w:body></w:document>'
    )
    return docx_package(doc, title=title)


def docx_package(document_xml: str | bytes, *, title: str | None = None) -> bytes:
    types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document_xml)
    return buf.getvalue()


ODT_MIME = "application/vnd.oasis.opendocument.text"
_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"'
)


def odt_content(paragraphs: Iterable[str], *, heading: str | None = None) -> str:
    head = (
        f'<text:h text:outline-level="1">{escape(_xml_chars(heading))}</text:h>' if heading else ""
    )
    body = "".join(f"<text:p>{escape(_xml_chars(p))}</text:p>" for p in paragraphs)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS}>'
        f"<office:body><office:text>{head}{body}</office:text></office:body>"
        "</office:document-content>"
    )


def odt_package(content_xml: str | bytes) -> bytes:
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_MIME}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), ODT_MIME)
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content_xml, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def odt_bytes(paragraphs: Iterable[str], *, heading: str | None = None) -> bytes:
    return odt_package(odt_content(paragraphs, heading=heading))


def _xml_chars(text: str) -> str:
    """What an XML file can hold of ``text`` (a document cannot carry a NUL either)."""
    return "".join(
        c for c in text if c in "\t\n\r" or ("\x20" <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd")
    )
