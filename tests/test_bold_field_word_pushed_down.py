"""A list item in a narrow column whose closing field is set bold ('(TCM) – **Every**') and whose
last bold word did not fit on the line ('**summer**' alone on the next): the line is the item's
wrapped end, not a heading — a page drawn with reportlab, three columns as a plan on a page."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from plancheck.ingest.pdf import read_layout
from plancheck.models import BlockKind

SIZE = 10.5
LEAD = 13.6


def _item(c: canvas.Canvas, x: float, y: float, lines: list[list[tuple[str, bool]]]) -> float:
    c.setFont("Helvetica", SIZE)
    c.drawString(x, y, "•")
    for runs in lines:
        cx = x + 9
        for text, bold in runs:
            font = "Helvetica-Bold" if bold else "Helvetica"
            c.setFont(font, SIZE)
            c.drawString(cx, y, text)
            cx += stringWidth(text, font, SIZE)
        y -= LEAD
    return y - 10


def _page(path: Path, last_word: str) -> Path:
    c = canvas.Canvas(str(path), pagesize=(842, 595))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, 540, "Evening Economy Plan 2027–2030")
    for k, x in enumerate((40.0, 310.0, 580.0)):
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(x, 490, f"Goal {k + 1}: People enjoy the town centre at night")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x, 465, "WHAT WE WILL DO")
        y = _item(
            c,
            x,
            445,
            [
                [("Keep the library open until 9 pm on", False)],
                [("Thursdays (Head of Libraries) – ", False), ("Q3 2027", True)],
            ],
        )
        y = _item(
            c,
            x,
            y,
            [
                [("Hold a late-night market in Market Square on the", False)],
                [("last Friday of each month (TCM) – ", False), ("Every", True)],
                [(last_word, True)],
            ],
        )
        _item(c, x, y, [[("Light the harbour walls (Head of Culture)", False)]])
    c.save()
    return path


def test_the_bold_word_pushed_to_its_own_line_ends_the_item(tmp_path: Path) -> None:
    layout = read_layout(_page(tmp_path / "page.pdf", "summer"))
    blocks = [b for b in layout.blocks]
    assert not any(b.kind == BlockKind.heading and b.text.strip() == "summer" for b in blocks)
    items = [b.text for b in blocks if b.kind == BlockKind.list_item]
    assert sum(1 for t in items if t.endswith("(TCM) – Every summer")) == 3
