"""Session 49's reading of parent goals (branch p54read), each on a hand-built input with invented
wording: a goal label lettered and set off by a dash ("Goal B – …", "Mål C – …"), and callouts
round a figure (numbered discs, each with a heading and a sentence beside it, in a column at each
side of a drawing whose labels and caption stand level with their lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck.extract.roles import label_role

# --------------------------------------------------------------------------- lettered goal labels


def test_a_lettered_goal_label_before_a_dash_is_numbered():
    assert label_role("Goal B – Clean harbours in every town") == ("goal", "B", "Clean harbours in every town")
    assert label_role("Mål C — Levande bygder")[:2] == ("goal", "C")
    # a lower-case letter before a dash is a word, not a goal's letter
    assert label_role("Mål i – tre delar")[0] is None


def _lettered_goals_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    _w, h = A4
    y = 80

    def line(font: str, size: float, text: str, step: float) -> None:
        nonlocal y
        c.setFont(font, size)
        c.drawString(60, h - y, text)
        y += step

    line("Times-Bold", 15, "1 Inledning", 24)
    line("Times-Roman", 10.5, "Planen beskriver hur regionen vill utveckla miljöarbetet de kommande fyra åren.", 26)
    line("Times-Bold", 15, "2 Mål för planperioden", 24)
    line("Times-Roman", 10.5, "Regionen har beslutat om tre mål. Under varje mål anges de prioriteringar som "
         "nämnden ska ta hänsyn till.", 22)
    for letter, name, sentence in [
        ("A", "Hamnar", "Alla hamnar i länet ska vara fria från oljespill."),
        ("B", "Skogar", "Skogarna ska brukas så att fler arter finns kvar i länet."),
        ("C", "Sjöar", "Sjöarna ska ha klart vatten året runt."),
    ]:
        line("Times-Bold", 10.5, f"Mål {letter} – {name}", 15)  # the lettered label, bold, body size
        line("Times-Italic", 11.5, sentence, 15)  # the goal, in larger italics under it
        line("Times-Roman", 10.5, "Prioriteringar: samverkan, tillsyn och rådgivning.", 22)
    line("Times-Bold", 15, "3 Uppföljning", 24)
    line("Times-Roman", 10.5, "Nämnden följer upp planen varje år.", 14)
    c.save()


def test_lettered_goal_labels_over_goal_sentences_give_lettered_goals(tmp_path):
    pytest.importorskip("reportlab")
    import plancheck

    pdf = tmp_path / "plan.pdf"
    _lettered_goals_pdf(pdf)
    goals = {g.number: g.text for g in plancheck.extract(pdf).goals if g.number}
    assert goals == {
        "A": "Alla hamnar i länet ska vara fria från oljespill.",
        "B": "Skogarna ska brukas så att fler arter finns kvar i länet.",
        "C": "Sjöarna ska ha klart vatten året runt.",
    }


# --------------------------------------------------------------------------- callouts round a figure


def _callout_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    _w, h = A4
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, h - 80, "3 Our aims for the valley")
    c.setFont("Helvetica", 9)
    c.drawString(50, h - 96, "The council has set six aims for the valley towards 2040.")
    # the figure: an outline in the middle, with place labels and a caption under it
    c.setStrokeColorRGB(0.2, 0.3, 0.4)
    c.setFillColorRGB(0.85, 0.9, 0.95)
    p = c.beginPath()
    p.moveTo(250, h - 130)
    for x, y in [(350, h - 140), (365, h - 230), (330, h - 270), (260, h - 250), (240, h - 180)]:
        p.lineTo(x, y)
    p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 6)
    for x, y, name in [(262, 155, "Oakmere"), (300, 186, "Brindle Ford"), (270, 226, "Hollin")]:
        c.drawString(x, h - y, name)
    c.setFont("Helvetica-Oblique", 8.5)
    for k, line in enumerate(["A valley where people", "want to live and", "firms want to grow."]):
        c.drawCentredString(303, h - 290 - 10 * k, line)
    callouts = [
        (50, 130, "1", "HOMES", ["Every village in the valley shall", "have homes young people can afford."]),
        (50, 200, "3", "WATER", ["The river shall be clean enough to", "swim in along its whole length."]),
        (50, 270, "5", "WORK", ["More people in the valley shall find", "work close to where they live."]),
        (390, 140, "2", "SKILLS", ["Firms shall find the skilled", "workers they need locally."]),
        (390, 210, "4", "TRAVEL", ["Buses shall link every village", "with the market towns each hour."]),
        (390, 280, "6", "SCHOOLS", ["More pupils shall finish upper", "secondary school in the valley."]),
    ]
    for x, y, num, head, lines in callouts:
        c.setFillColorRGB(0.1, 0.4, 0.5)
        c.circle(x + 9, h - y - 9, 9, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(x + 9, h - y - 12.5, num)
        c.setFillColorRGB(0.1, 0.4, 0.5)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x + 23, h - y - 6, head)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 8.5)
        for k, line in enumerate(lines):
            c.drawString(x + 23, h - y - 17 - 10.5 * k, line)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, h - 360, "4 Follow-up")
    c.setFont("Helvetica", 9)
    c.drawString(50, h - 376, "The chief executive reports on the aims in the annual report.")
    c.save()


def test_callouts_round_a_figure_are_read_one_by_one(tmp_path):
    pytest.importorskip("reportlab")
    from plancheck.ingest.pdf import read_layout

    pdf = tmp_path / "aims.pdf"
    _callout_pdf(pdf)
    texts = [" ".join(b.text.split()) for b in read_layout(pdf).blocks]
    for sentence in [
        "Every village in the valley shall have homes young people can afford.",
        "The river shall be clean enough to swim in along its whole length.",
        "More people in the valley shall find work close to where they live.",
        "Firms shall find the skilled workers they need locally.",
        "Buses shall link every village with the market towns each hour.",
        "More pupils shall finish upper secondary school in the valley.",
    ]:
        assert sentence in texts, (sentence, texts)
