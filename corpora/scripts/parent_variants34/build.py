"""Hand-built variants (judge34p): a measure table citing the parent goal by a TOPIC (not the
parent's heading or number). Gold written before plancheck ran."""
import subprocess
from pathlib import Path

import docx
import yaml


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

# V1 nb, python-docx -> LibreOffice
v = Path("v1-nb")
v.mkdir(exist_ok=True)
docx_doc(v / "parent.docx", "Kommuneplanens samfunnsdel 2026–2038 Lundvik kommune", [
    ("p", "Samfunnsdelen viser kommunestyrets mål for de neste tolv årene."),
    ("h", "3 Transport og mobilitet"),
    ("p", "De fleste alvorlige ulykkene skjer på fylkesveiene utenfor tettstedene."),
    ("p", "Kommunestyrets mål:"),
    ("li", "Ingen skal omkomme eller bli hardt skadd i trafikken på kommunale veger."),
    ("li", "Andelen reiser med sykkel skal øke fra 10 til 20 prosent innen 2035."),
])
docx_doc(v / "child.docx", "Handlingsprogram for mobilitet 2027–2030 Lundvik kommune", [
    ("h", "Innledning"),
    ("p", "Handlingsprogrammet følger opp kommuneplanens samfunnsdel. Kolonnen Kommuneplanmål viser temaet tiltaket hører til."),
    ("h", "Tiltak"),
], [["Nr", "Tiltak", "Kommuneplanmål", "Frist", "Ansvar"],
    ["1", "Fartshumper ved Nordbyen skole og Sørli skole", "Trafikksikkerhet", "2027", "Kommunalteknikk"],
    ["2", "Refleksaksjon for elever i 1. klasse", "Trafikksikkerhet", "Hver høst", "Oppvekst"],
    ["3", "Ny sykkelveg mellom sentrum og stasjonen", "Sykkel", "2028", "Kommunalteknikk"],
    ["4", "Sykkelparkering med tak ved alle skoler og ved rådhuset", "Sykkel", "2027", "Eiendom"],
])
# V2 sv, HTML -> Chromium
v = Path("v2-sv")
v.mkdir(exist_ok=True)
html_doc(v / "parent.pdf", "Översiktsplan 2026–2040 Björkvik kommun",
    "<p>Översiktsplanen anger kommunfullmäktiges mål för den fysiska miljön.</p><h2>4 Trafik</h2>"
    "<p>De flesta allvarliga olyckorna sker på landsvägarna utanför tätorterna.</p><p>Kommunfullmäktiges mål:</p><ul>"
    "<li>Ingen ska dödas eller skadas allvarligt i trafiken på kommunens vägar.</li>"
    "<li>Andelen resor med cykel ska öka från 12 till 20 procent till 2035.</li></ul>")
html_doc(v / "child.pdf", "Trafikplan 2027–2030 Björkvik kommun",
    "<h2>Inledning</h2><p>Trafikplanen följer upp översiktsplanen. Kolumnen KF-mål anger vilket ämne åtgärden hör till.</p>"
    "<h2>Åtgärder</h2><table><tr><th>Nr</th><th>Åtgärd</th><th>KF-mål</th><th>Ansvar</th><th>Tidplan</th></tr>"
    "<tr><td>1</td><td>Farthinder vid Ekbackens skola och Solgårdens skola</td><td>Trafiksäkerhet</td><td>Gatukontoret</td><td>2027</td></tr>"
    "<tr><td>2</td><td>Reflexkampanj för elever i årskurs 1</td><td>Trafiksäkerhet</td><td>Skolförvaltningen</td><td>Varje höst</td></tr>"
    "<tr><td>3</td><td>Ny cykelväg mellan centrum och stationen</td><td>Cykel</td><td>Gatukontoret</td><td>2028</td></tr>"
    "<tr><td>4</td><td>Cykelparkering med tak vid alla skolor och vid kommunhuset</td><td>Cykel</td><td>Fastighetskontoret</td><td>2027</td></tr></table>")
gold = {
    "v1-nb": {"Ingen skal omkomme": "partial", "Andelen reiser med sykkel": "followed_up"},
    "v2-sv": {"Ingen ska dödas": "partial", "Andelen resor med cykel": "followed_up"},
}
Path("gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True))
