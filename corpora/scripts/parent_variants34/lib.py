import subprocess
from pathlib import Path

import docx


def docx_doc(path, title, paras, table=None):
    d = docx.Document()
    d.add_heading(title, 0)
    for kind, text in paras:
        if kind == "h":
            d.add_heading(text, 1)
        elif kind == "li":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    if table:
        t = d.add_table(rows=1, cols=len(table[0]))
        t.style = "Table Grid"
        for c, h in enumerate(table[0]):
            t.rows[0].cells[c].text = h
        for row in table[1:]:
            cells = t.add_row().cells
            for c, v in enumerate(row):
                cells[c].text = v
    d.save(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/judge34p-lo", "--headless", "--convert-to", "pdf", "--outdir", str(Path(path).parent), str(path)], check=True, capture_output=True)

def html_doc(path, title, body):
    html = f"<html><head><meta charset='utf-8'><style>body{{font-family:sans-serif}} table{{border-collapse:collapse}} td,th{{border:1px solid #444;padding:4px}}</style></head><body><h1>{title}</h1>{body}</body></html>"
    Path(path).with_suffix(".html").write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={path}", str(Path(path).with_suffix('.html'))], check=True, capture_output=True)

