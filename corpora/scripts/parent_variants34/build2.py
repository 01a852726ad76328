"""Variants 3-4 (judge34p): the cited measures share no word with the vision-zero goal; gold
written before plancheck ran: the vision-zero goal partial (two spots), the cycling goal followed up."""
from pathlib import Path

import yaml
from lib import docx_doc, html_doc

v = Path("v3-nb")
v.mkdir(exist_ok=True)
docx_doc(v / "parent.docx", "Kommuneplanens samfunnsdel 2026–2038 Hallvik kommune", [
    ("p", "Samfunnsdelen viser kommunestyrets mål."),
    ("h", "3 Transport"),
    ("p", "Kommunestyrets mål:"),
    ("li", "Ingen skal omkomme eller bli hardt skadd i trafikken på kommunale veger."),
    ("li", "Andelen reiser med sykkel skal øke fra 10 til 20 prosent innen 2035."),
])
docx_doc(v / "child.docx", "Handlingsprogram for mobilitet 2027–2030 Hallvik kommune", [
    ("h", "Tiltak"),
], [["Nr", "Tiltak", "Kommuneplanmål", "Frist", "Ansvar"],
    ["1", "Fartsdempere i Storgata og Torggata", "Trafikksikkerhet", "2027", "Kommunalteknikk"],
    ["2", "Ombygging av krysset ved Amfi-senteret", "Trafikksikkerhet", "2028", "Kommunalteknikk"],
    ["3", "Ny sykkelveg mellom sentrum og stasjonen", "Sykkel", "2028", "Kommunalteknikk"],
    ["4", "Sykkelparkering med tak ved rådhuset og biblioteket", "Sykkel", "2027", "Eiendom"],
])
v = Path("v4-da")
v.mkdir(exist_ok=True)
html_doc(v / "parent.pdf", "Kommuneplan 2026–2038 Ravnholm Kommune",
    "<h2>4 Trafik</h2><p>Byrådets mål:</p><ul>"
    "<li>Ingen skal dræbes eller kvæstes alvorligt i trafikken på kommunens veje.</li>"
    "<li>Andelen ture på cykel skal øges fra 15 til 25 procent inden 2035.</li></ul>")
html_doc(v / "child.pdf", "Mobilitetsplan 2027–2030 Ravnholm Kommune",
    "<h2>Handlinger</h2><table><tr><th>Nr.</th><th>Handling</th><th>Kommuneplanmål</th><th>Tidsplan</th></tr>"
    "<tr><td>1</td><td>Fartdæmpning i Algade og Torvegade</td><td>Trafiksikkerhed</td><td>2027</td></tr>"
    "<tr><td>2</td><td>Ombygning af krydset ved Bytorvet</td><td>Trafiksikkerhed</td><td>2028</td></tr>"
    "<tr><td>3</td><td>Supercykelsti mellem centrum og stationen</td><td>Cykling</td><td>2028</td></tr>"
    "<tr><td>4</td><td>Overdækket cykelparkering ved rådhuset og biblioteket</td><td>Cykling</td><td>2027</td></tr></table>")
g = yaml.safe_load(Path("gold.yaml").read_text())
g["v3-nb"] = {"Ingen skal omkomme": "partial", "Andelen reiser med sykkel": "followed_up"}
g["v4-da"] = {"Ingen skal dræbes": "partial", "Andelen ture på cykel": "followed_up"}
Path("gold.yaml").write_text(yaml.safe_dump(g, allow_unicode=True))
