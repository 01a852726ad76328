"""Build indsatser-parentes-da.pdf (reportlab, invariant)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14)
bold = ParagraphStyle("bb", parent=body, fontName="Times-Bold")
h1, h2 = ss["Title"], ss["Heading2"]

def bullets(items):
    return ListFlowable([ListItem(Paragraph(t, body), leftIndent=14) for t in items], bulletType="bullet", start="•", leftIndent=14)

story = [Paragraph("Handleplan for digital inklusion af ældre 2026–2028", h1),
         Paragraph("Vedtaget af Social- og Sundhedsudvalget 3. februar 2026.", body),
         Paragraph("1 Baggrund", h2),
         Paragraph("Hver fjerde borger over 75 år bruger ikke digital post. Planen har to mål. Under hvert mål står "
                   "indsatserne med ansvarlig enhed og tid i parentes.", body),
         Paragraph("Det har vi gjort", bold),
         bullets(["Åbnet it-café på hovedbiblioteket (2024)", "Oprettet en side om MitID på kommunens hjemmeside (2025)"]),
         Paragraph("2 Mål og indsatser", h2),
         Paragraph("Mål 1", bold), Paragraph("Flere ældre skal kunne bruge MitID og digital post.", body),
         Paragraph("Indsatser", bold),
         bullets(["Tilbyde kurser i MitID og digital post på alle biblioteker (Bibliotekerne, hvert forår)",
                  "Udlåne tablets til borgere på plejecentrene (Ældreplejen, 2027)"]),
         Paragraph("Mål 2", bold), Paragraph("Ingen ældre skal stå uden hjælp til det digitale.", body),
         Paragraph("Indsatser", bold),
         bullets(["Åbne en telefonlinje med hjælp til digitale selvbetjeningsløsninger (Borgerservice)",
                  "Uddanne frivillige it-hjælpere i samarbejde med Ældre Sagen (Frivillighedscentret, efteråret 2026)",
                  "Lave en fælles vejledning om digital fuldmagt (2027)"]),
         Paragraph("3 Opfølgning", h2),
         Paragraph("Udvalget får en status hvert år i juni.", body)]
doc = SimpleDocTemplate("indsatser-parentes-da.pdf", pagesize=A4, invariant=1, title="Handleplan for digital inklusion af ældre 2026–2028")
doc.build(story)
