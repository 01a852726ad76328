"""What the PDF reader read differently from the Word/Writer source of the same plan
(``bench/source_vs_pdf.py``): each test draws a small PDF with reportlab showing one of those
layouts and checks the reader reads it as the source says. The texts are invented."""

from __future__ import annotations

from pathlib import Path

from plancheck.layout.document import assemble, read_pages


def _layout(path: Path):
    return assemble(read_pages(path))


def _grid(c, xs: list[float], ys: list[float]) -> None:
    """A ruled grid: vertical rules at ``xs``, horizontal ones at ``ys`` (reportlab y, from the foot)."""
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)


def test_a_note_number_glued_to_a_word_in_a_ruled_cell_is_no_part_of_the_word(tmp_path: Path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "note.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    c.drawString(60, 800, "Tiltak i planperioden")
    xs, ys = [60, 300, 450], [700, 730, 760]
    _grid(c, xs, ys)
    c.drawString(65, 745, "Tiltak")
    c.drawString(305, 745, "Frist")
    text = "Kjøpe inn en ny brannbil"
    c.drawString(65, 715, text)
    end = 65 + c.stringWidth(text, "Helvetica", 10)
    c.setFont("Helvetica", 6)
    c.drawString(end + 0.2, 719, "2")  # small, raised, glued to the word
    c.setFont("Helvetica", 10)
    c.drawString(305, 715, "2027")
    c.drawString(60, 660, "Mer tekst her om planen og tiltakene i den.")
    c.setFont("Helvetica", 7)
    c.drawString(60, 60, "2 Brannbilen deles med nabokommunen.")
    c.save()
    layout = _layout(path)
    cells = [cell.text for _piece, table in layout.tables for row in table.rows for cell in row if cell]
    assert "Kjøpe inn en ny brannbil" in cells, cells


def test_a_labelled_measure_with_its_fields_on_the_line_under_it_loses_its_label(tmp_path: Path):
    """'Tiltak 1.1.2 <sentence>.' and, on the line under it, '**Ansvar:** … **Frist:** …' (Word
    wrote a line break inside one paragraph): the label numbers the measure, as when the fields
    close the line, and is no part of its text."""
    from reportlab.pdfgen import canvas

    import plancheck

    path = tmp_path / "fields.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, 780, "Handlingsplan for idrett 2026–2029")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 740, "Mål 1 Flere barn skal delta i organisert idrett.")
    c.setFont("Helvetica", 10)
    y = 715
    c.drawString(60, y, "Strategi 1.1 Senke prisen for å delta")
    for num, text, owner, due in (
        ("1.1.1", "Gi fritidskort til alle barn i grunnskolen.", "Kulturkontoret", "2026"),
        ("1.1.2", "Låne ut utstyr gratis fra en felles bu.", "Idrettsrådet", "Høst 2027"),
    ):
        y -= 22
        c.setFont("Helvetica", 10)
        c.drawString(60, y, f"Tiltak {num} {text}")
        y -= 13
        x = 60
        for label, value in (("Ansvar:", f" {owner}. "), ("Frist:", f" {due}")):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x, y, label)
            x += c.stringWidth(label, "Helvetica-Bold", 10)
            c.setFont("Helvetica", 10)
            c.drawString(x, y, value)
            x += c.stringWidth(value, "Helvetica", 10)
    c.save()
    plan = plancheck.extract(path)
    texts = [m.text.rstrip(".") for m in plan.measures]
    assert texts == ["Gi fritidskort til alle barn i grunnskolen", "Låne ut utstyr gratis fra en felles bu"], texts
    assert [m.number for m in plan.measures] == ["1.1.1", "1.1.2"]
    assert [[o.text for o in m.owners] for m in plan.measures] == [["Kulturkontoret"], ["Idrettsrådet"]]


def test_a_chapter_after_a_sub_heading_set_a_point_smaller_is_a_chapter_again(tmp_path: Path):
    """'1 Innledning' (14 pt), '1.1 Prosess' (13 pt), '2 Bakgrunn' (14 pt): chapter 2 is at the
    level of chapter 1, not one below the sub-heading because their sizes are close."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "levels.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    y = 780
    for number, text, size in (("1", "Innledning", 14), ("1.1", "Prosess", 13), ("2", "Bakgrunn", 14),
                               ("2.1", "Tall", 13), ("3", "Tiltak", 14)):
        c.setFont("Helvetica-Bold", size)
        c.drawString(60, y, f"{number} {text}")
        y -= 22
        c.setFont("Helvetica", 10)
        for k in range(2):
            c.drawString(60, y, f"Her står en vanlig linje med brødtekst om emnet, linje {k + 1} av to.")
            y -= 13
        y -= 12
    c.save()
    layout = _layout(path)
    levels = [(b.number, b.level) for b in layout.blocks if b.kind == "heading"]
    assert levels == [("1", 1), ("1.1", 2), ("2", 1), ("2.1", 2), ("3", 1)], levels


def _title_page(path: Path, header: str) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 8)
    c.drawString(60, 805, header)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, 780, "ELVDAL KOMMUNE")
    c.setFont("Helvetica-Bold", 22)
    c.drawString(60, 750, "Plan for friluftsliv 2026–2029")
    c.setFont("Helvetica", 10)
    y = 715
    for k in range(8):
        c.drawString(60, y, f"Planen viser hvordan kommunen vil ta vare på turstiene og friområdene, avsnitt {k + 1}.")
        y -= 13
    c.save()


def test_the_running_header_of_a_one_page_plan_naming_the_plan_is_no_text(tmp_path: Path):
    """A one-page plan repeats nothing on other pages, but its top line in small type names
    the plan that its title names in display type: the page's running header, not the first
    paragraph (which would put the cover's headings after the first text)."""
    path = tmp_path / "header.pdf"
    _title_page(path, "Elvdal kommune · Plan for friluftsliv 2026–2029")
    layout = _layout(path)
    assert layout.blocks[0].text == "ELVDAL KOMMUNE", [b.text for b in layout.blocks[:3]]
    assert layout.title == "Plan for friluftsliv 2026–2029"
    # a small line naming something the title does not is the page's own text
    other = tmp_path / "kicker.pdf"
    _title_page(other, "Høringsutkast sendt til lag og foreninger")
    assert _layout(other).blocks[0].text == "Høringsutkast sendt til lag og foreninger"


def _merged_table_page(c, rows: list[tuple[str, str, str]], spans: list[int], top: float) -> None:
    """A ruled 'Mål | Tiltak | Ansvar' table from ``top`` down: ``rows`` (the goal text only on
    the first row of each span), ``spans`` the number of rows each goal cell covers."""
    xs, height = [50, 210, 430, 545], 28
    c.setFont("Helvetica-Bold", 9)
    for x, head in zip(xs, ("Mål", "Tiltak", "Ansvar"), strict=False):
        c.drawString(x + 4, top - 12, head)
    c.setLineWidth(0.5)
    y = top - 18
    c.line(xs[0], top, xs[-1], top)
    c.line(xs[0], y, xs[-1], y)
    c.setFont("Helvetica", 9)
    starts = {sum(spans[:k]) for k in range(len(spans) + 1)}
    for k, (goal, action, owner) in enumerate(rows):
        for x, text in zip(xs, (goal, action, owner), strict=False):
            if text:
                c.drawString(x + 4, y - 11, text)
        y -= height
        c.line(xs[0] if k + 1 in starts else xs[1], y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, y)


def test_a_goal_cell_merged_down_and_broken_by_the_page_keeps_its_whole_text(tmp_path: Path):
    """The goal cell merged down over three rows starts at the foot of page 1 ('Mål 2 Alle barn
    skal ha') and goes on at the head of page 2 ('trygge skoleveier.', merged over the rows
    there): the goal of all three rows is the whole sentence."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "merged.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 800, "Handlingsprogram 2026–2029")
    first = [("Mål 1 Flere skal gå til skolen.", f"Merke gangfelt nummer {k + 1}", "Teknisk drift") if k == 0
             else ("", f"Merke gangfelt nummer {k + 1}", "Teknisk drift") for k in range(23)]
    _merged_table_page(c, [*first, ("Mål 2 Alle barn skal ha", "Bygge fortau i Elvegata", "Vegsjefen")], [23, 1], 770)
    c.showPage()
    _merged_table_page(c, [("trygge skoleveier.", "Senke fartsgrensen ved skolen", "Politiet"),
                           ("", "Kjøre kampanje om refleks", "Rektor")], [2], 800)
    c.setFont("Helvetica", 10)
    c.drawString(50, 700, "Planen rulleres hvert år sammen med økonomiplanen.")
    c.save()
    layout = _layout(path)
    assert len(layout.tables) == 1
    _piece, table = layout.tables[0]
    goals = {row[1].text: row[0].text for row in table.rows}
    whole = "Mål 2 Alle barn skal ha trygge skoleveier."
    assert goals["Bygge fortau i Elvegata"] == whole, goals
    assert goals["Senke fartsgrensen ved skolen"] == whole
    assert goals["Kjøre kampanje om refleks"] == whole


def test_an_empty_cell_merged_down_at_the_head_of_the_next_page_goes_on_with_the_cell_above(tmp_path: Path):
    """The goal cell merged down over three rows closes at the foot of page 1 and is drawn
    again, empty, over the two rows at the head of page 2 (no rule between them): those rows
    serve that goal. An empty cell of one row there is an empty cell."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "merged-empty.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 800, "Handlingsprogram 2026–2029")
    first = [("Mål 1 Flere skal gå til skolen." if k == 0 else "", f"Merke gangfelt nummer {k + 1}", "Teknisk drift")
             for k in range(23)]
    _merged_table_page(c, [*first, ("Mål 2 Trygge skoleveier.", "Bygge fortau i Elvegata", "Vegsjefen")], [23, 1], 770)
    c.showPage()
    _merged_table_page(c, [("", "Senke fartsgrensen ved skolen", "Politiet"),
                           ("", "Kjøre kampanje om refleks", "Rektor"),
                           ("Mål 3 Flere skal sykle.", "Sette opp sykkelstativ", "")], [2, 1], 800)
    c.setFont("Helvetica", 10)
    c.drawString(50, 650, "Planen rulleres hvert år sammen med økonomiplanen.")
    c.save()
    _piece, table = _layout(path).tables[0]
    goals = {row[1].text: row[0].text for row in table.rows}
    assert goals["Senke fartsgrensen ved skolen"] == "Mål 2 Trygge skoleveier.", goals
    assert goals["Kjøre kampanje om refleks"] == "Mål 2 Trygge skoleveier."
    owners = {row[1].text: row[2].text for row in table.rows}
    assert owners["Sette opp sykkelstativ"] == ""


def _paragraphs(path: Path, step_after_colon: float) -> list[str]:
    """Two paragraphs of body text at a leading of 13.5 pt; the second one's lead-in line
    ends in a colon and the line under it stands ``step_after_colon`` below it."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    y = 780.0
    lines = [
        "Arbeidsgruppen har møttes seks ganger i løpet av våren og har lagt fram et utkast til planen",
        "for styringsgruppen, som har gitt innspill til mål og tiltak før høringen av planen i juni.",
        "Gruppen består av representanter fra skole, barnehage, helse og kultur i kommunen vår.",
        "Referatene fra møtene ligger her:",
    ]
    for text in lines:
        c.drawString(60, y, text)
        y -= 13.5
    y -= step_after_colon - 13.5
    c.drawString(60, y, "file://S:/Felles/Plan/referater.docx")
    c.drawString(60, y - 13.5 - 8, "Styringsgruppen består av kommunedirektøren og kommunalsjefene for de tre områdene.")
    c.save()
    return [b.text for b in _layout(path).blocks]


def test_a_line_set_apart_by_paragraph_spacing_after_a_lead_in_is_a_paragraph_of_its_own(tmp_path: Path):
    """'… ligger her:' and, a few points further down than the leading, a link on a line of its
    own: two paragraphs (a Word paragraph with space after it), not one. At the leading the
    link goes on with the sentence."""
    apart = _paragraphs(tmp_path / "apart.pdf", 16.0)
    assert "file://S:/Felles/Plan/referater.docx" in apart, apart
    assert any(t.endswith("Referatene fra møtene ligger her:") for t in apart)
    close = _paragraphs(tmp_path / "close.pdf", 13.5)
    assert "file://S:/Felles/Plan/referater.docx" not in close, close
    assert any(t.endswith("ligger her: file://S:/Felles/Plan/referater.docx") for t in close), close
