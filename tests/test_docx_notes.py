"""Footnotes and endnotes of a Word draft read natively, as the PDF prints them: a measure whose
owner and deadline stand only in its note ('Ansvar: … Frist: …') gets them from the .docx too.
A tiny document built here, its endnotes part added to the package by hand."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from plancheck.ingest.docx import read_docx

W = nsdecls("w")
NOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"
NOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"


def _endnotes(notes: dict[str, str]) -> str:
    body = "".join(
        f'<w:endnote w:id="{k}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:endnote>'
        for k, text in notes.items()
    )
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {W}>'
            '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
            f'<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
            f"{body}</w:endnotes>")


def _plan(path: Path, items: list[tuple[str, str | None]], notes: dict[str, str]) -> Path:
    d = docx.Document()
    d.add_heading("Handlingsplan for drikkevatn 2026–2029", 0)
    d.add_heading("Mål 1: Alle abonnentane skal ha trygt drikkevatn heile året", 1)
    d.add_paragraph("Tiltak:")
    for text, ref in items:
        p = d.add_paragraph(text, style="List Bullet")
        if ref is not None:
            p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:endnoteReference w:id="{ref}"/></w:r>'))
    plain = path.with_suffix(".plain.docx")
    d.save(str(plain))
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", f'<Override PartName="/word/endnotes.xml" ContentType="{NOTES_TYPE}"/></Types>'.encode())
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", f'<Relationship Id="rIdNotes" Type="{NOTES_REL}" Target="endnotes.xml"/></Relationships>'.encode())
            dst.writestr(item, data)
        dst.writestr("word/endnotes.xml", _endnotes(notes))
    return path


def test_an_endnote_joins_its_paragraph_by_number_and_follows_the_body(tmp_path):
    path = _plan(tmp_path / "notes.docx",
                 [("Byggje nytt UV-anlegg ved Holmevatn vassverk", "1"), ("Lage ein hovudplan for vassforsyning", None)],
                 {"1": "Ansvar: Vatn og avløp. Frist: 2027."})
    blocks = read_docx(path).blocks
    item = next(b for b in blocks if b.text.startswith("Byggje"))
    assert item.note_refs == ["1"] and item.text == "Byggje nytt UV-anlegg ved Holmevatn vassverk"
    assert blocks[-1].text == "1 Ansvar: Vatn og avløp. Frist: 2027."


def test_a_measures_owner_and_deadline_written_only_in_its_endnote_are_read(tmp_path):
    from plancheck.extract.plan import build_plan

    path = _plan(tmp_path / "notes.docx",
                 [("Byggje nytt UV-anlegg ved Holmevatn vassverk", "7"), ("Lage ein hovudplan for vassforsyning", "3")],
                 {"7": "Ansvar: Vatn og avløp. Frist: 2027.", "3": "Tal frå Vassverksregisteret, 2025."})
    plan = build_plan(read_docx(path), lang="nn")
    by_text = {m.text: m for m in plan.measures}
    first = by_text["Byggje nytt UV-anlegg ved Holmevatn vassverk"]
    assert [o.text for o in first.owners] == ["Vatn og avløp"] and first.deadline and first.deadline.text == "2027"
    second = by_text["Lage ein hovudplan for vassforsyning"]
    assert not second.owners and second.deadline is None  # a source in its note: no field
    assert len(plan.measures) == 2  # the notes are no items


def test_a_damaged_notes_part_leaves_the_body_readable(tmp_path):
    path = _plan(tmp_path / "notes.docx", [("Byggje nytt UV-anlegg ved Holmevatn vassverk", "1")], {"1": "Ansvar: Vatn."})
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, b"<w:endnotes" if item.filename == "word/endnotes.xml" else data)
    blocks = read_docx(broken).blocks
    assert any(b.text.startswith("Byggje") for b in blocks) and not any(b.note_refs for b in blocks)
