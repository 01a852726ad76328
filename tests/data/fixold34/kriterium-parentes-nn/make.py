"""Build kriterium-parentes-nn.docx (python-docx); the PDF: soffice --headless --convert-to pdf."""
from docx import Document
from docx.shared import Pt

d = Document()
d.styles["Normal"].font.name = "Liberation Sans"
d.styles["Normal"].font.size = Pt(10.5)
d.add_heading("Handlingsplan for eit aldersvenleg Fjellvik 2026–2029", 0)
d.add_paragraph("Vedteken av kommunestyret i Fjellvik 10. februar 2026, sak 12/26.")
d.add_heading("1 Innleiing", 1)
d.add_paragraph("Planen viser korleis kommunen skal gjere det lettare å bli gammal i Fjellvik. Talet på innbyggjarar over 80 år "
                "vil auke med 40 prosent fram mot 2035. Kvart tiltak har ansvarleg eining og tid i parentes.")
d.add_heading("2 Mål og tiltak", 1)
d.add_paragraph("Tiltaka i dette kapitlet er valde ut og prioriterte etter desse kriteria:")
for t in ["kor mange eldre tiltaket når", "kva eldrerådet har meint i høyringa", "kostnad for kommunen",
          "om tiltaket kan få statleg tilskot"]:
    d.add_paragraph(t, style="List Bullet")
d.add_heading("2.1 Møteplassar", 2)
p = d.add_paragraph()
p.add_run("Mål: ").bold = True
p.add_run("Fleire eldre skal ha ein møteplass nær der dei bur.")
for t in ["Opne ein ny seniorkafé på Fjellvik samfunnshus (Kultureininga, 2027)",
          "Skipe til lesesirklar for eldre på filialane (Biblioteket)",
          "Gje gratis buss til dagsentera for alle over 80 år (Samferdsel og teknisk, 2026)"]:
    d.add_paragraph(t, style="List Bullet")
d.add_heading("2.2 Trygt heime", 2)
p = d.add_paragraph()
p.add_run("Mål: ").bold = True
p.add_run("Eldre skal kunne bu trygt heime lenger.")
for t in ["Tilby heimebesøk til alle som fyller 78 år (Heimetenesta, kvart år)",
          "Montere tryggleiksalarm med GPS for dei som ønskjer det (hausten 2027)",
          "Kartleggje fallfare i kommunale omsorgsbustader (Eigedomsavdelinga, 2028)"]:
    d.add_paragraph(t, style="List Bullet")
d.add_heading("3 Oppfølging", 1)
d.add_paragraph("Eldrerådet og kommunestyret får ein rapport om planen kvar vår.")
d.save("kriterium-parentes-nn.docx")
