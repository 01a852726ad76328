"""Two hand-built mandate/plan pairs answering in other words (sim36; gold written before any run).

    python bench/similarity_variants36.py OUTDIR   # OUTDIR/v1-nb, OUTDIR/v2-en: mandate.pdf, plan.pdf, coverage.gold.yaml

Then ``python -m plancheck eval --mandates OUTDIR/v1-nb`` (the similarity off), or
``python bench/similarity_split.py cache X.pkl OUTDIR/v1-nb OUTDIR/v2-en`` and ``score X.pkl TABLE`` (off and on).
Figures in docs/mandate.md, 'Session 36, sim36'. Needs reportlab.
"""

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

GOLD = {
    "v1-nb": """\
# sim36 variant v1 (nb, reportlab): answers in other words. Gold written before any run.
plan: plan.pdf
mandate: mandate.pdf
language: nb
points:
- number: '1'
  text: Planen skal vise hvordan kommunen vil redusere bruken av fossilt drivstoff i egen bilpark.
  kind: content
  status: covered
  evidence: {page: 1, quote: Tjenestebilene byttes ut med elbiler}
- number: '2'
  text: Planen skal beskrive hvordan kommunen vil få flere ansatte til å sykle til jobben.
  kind: content
  status: covered
  evidence: {page: 1, quote: Ved alle kommunale arbeidsplasser bygges}
- number: '3'
  text: Planen skal gi en oversikt over klimagassutslippene fra landbruket.
  kind: content
  status: uncovered
- number: '4'
  text: Planen skal vurdere tiltak for å ta vare på myr og våtmark.
  kind: content
  status: covered
  evidence: {page: 1, quote: Kommunen vil ikke tillate nye hyttefelt på torvmark}
""",
    "v2-en": """\
# sim36 variant v2 (en, reportlab): answers in other words. Gold written before any run.
plan: plan.pdf
mandate: mandate.pdf
language: en
points:
- number: '1'
  text: Set out how the council will reduce fuel poverty among its tenants.
  kind: content
  status: covered
  evidence: {page: 1, quote: We will insulate 400 council homes}
- number: '2'
  text: Explain how young people will be involved in shaping the strategy.
  kind: process
  status: covered
  evidence: {page: 1, quote: A youth panel of pupils}
- number: '3'
  text: Identify sites for new allotments.
  kind: content
  status: uncovered
- number: '4'
  text: Describe how the council will reduce food waste in schools.
  kind: content
  status: covered
  evidence: {page: 1, quote: School kitchens will weigh leftovers}
""",
}


st = getSampleStyleSheet()
def pdf(path, items):
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1)
    flow = []
    for kind, text in items:
        flow.append(Paragraph(text, st[kind]))
        flow.append(Spacer(1, 6))
    doc.build(flow)
V = str(Path(sys.argv[1])) + "/"
for name, text in GOLD.items():
    Path(V, name).mkdir(parents=True, exist_ok=True)
    Path(V, name, "coverage.gold.yaml").write_text(text, encoding="utf-8")
pdf(V+"v1-nb/mandate.pdf", [("Title","Mandat for arbeidet med klima- og energiplan for Lindvik kommune"),
 ("BodyText","Formannskapet vedtok 12. mars 2026 å starte arbeidet med en ny klima- og energiplan. Arbeidet ledes av kommunalsjef for teknisk sektor."),
 ("Heading2","Planen skal:"),
 ("BodyText","1. Planen skal vise hvordan kommunen vil redusere bruken av fossilt drivstoff i egen bilpark."),
 ("BodyText","2. Planen skal beskrive hvordan kommunen vil få flere ansatte til å sykle til jobben."),
 ("BodyText","3. Planen skal gi en oversikt over klimagassutslippene fra landbruket."),
 ("BodyText","4. Planen skal vurdere tiltak for å ta vare på myr og våtmark."),
 ("BodyText","Planen legges fram for kommunestyret innen utgangen av 2026.")])
pdf(V+"v1-nb/plan.pdf", [("Title","Klima- og energiplan for Lindvik kommune 2027–2030"),
 ("Heading1","1 Innledning"),
 ("BodyText","Lindvik kommune vil kutte sine egne utslipp og gjøre det enklere for innbyggerne å velge klimavennlig. Planen gjelder for perioden 2027–2030 og rulleres hvert fjerde år."),
 ("Heading1","2 Transport"),
 ("BodyText","Tjenestebilene byttes ut med elbiler innen 2028, og det bygges 20 ladepunkt ved rådhuset og sykehjemmet. Hjemmetjenesten får to elektriske varebiler i 2027."),
 ("BodyText","Ved alle kommunale arbeidsplasser bygges overbygd parkering for tråsykler med lading for elsykler. Alle tilsatte kan låne en elsykkel gratis i en måned, og vi deltar i kampanjen «Sykle til jobben» hver vår."),
 ("Heading1","3 Natur og arealbruk"),
 ("BodyText","Kommunen vil ikke tillate nye hyttefelt på torvmark. Grøftede områder i Storåsen skal restaureres i samarbeid med Statsforvalteren, og kantsoner langs bekkene skal bevares."),
 ("Heading1","4 Oppfølging"),
 ("BodyText","Kommunalsjef for teknisk sektor har ansvaret for å følge opp planen og rapporterer til kommunestyret hvert år.")])
pdf(V+"v2-en/mandate.pdf", [("Title","Cabinet brief: Housing and Wellbeing Strategy 2027–2031"),
 ("BodyText","Cabinet asked officers on 4 February 2026 to prepare a Housing and Wellbeing Strategy for Ashmoor Borough Council."),
 ("Heading2","The strategy will:"),
 ("BodyText","1. Set out how the council will reduce fuel poverty among its tenants."),
 ("BodyText","2. Explain how young people will be involved in shaping the strategy."),
 ("BodyText","3. Identify sites for new allotments."),
 ("BodyText","4. Describe how the council will reduce food waste in schools."),
 ("BodyText","The draft strategy will be brought to Cabinet in December 2026.")])
pdf(V+"v2-en/plan.pdf", [("Title","Ashmoor Housing and Wellbeing Strategy 2027–2031"),
 ("Heading1","1 Introduction"),
 ("BodyText","This strategy sets out what Ashmoor Borough Council will do over the next five years to help residents live in warm, healthy homes and to eat well."),
 ("Heading1","2 Warm homes"),
 ("BodyText","We will insulate 400 council homes and replace old boilers with heat pumps, so that tenants can afford to keep their homes warm through the winter. Tenants in arrears on their energy bills will be offered advice from the money team."),
 ("Heading1","3 How we made this strategy"),
 ("BodyText","A youth panel of pupils from the three secondary schools met four times during 2026, and their proposals are set out in Appendix B. Residents could comment on the draft online for six weeks."),
 ("Heading1","4 Eating well"),
 ("BodyText","School kitchens will weigh leftovers every week, and meals that are not served will be given to the community fridge in the town centre."),
 ("Heading1","5 Monitoring"),
 ("BodyText","The Head of Housing will report on progress to Cabinet every year.")])
