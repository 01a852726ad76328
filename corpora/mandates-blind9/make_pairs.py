"""Build the ninth blind batch of mandate/plan pairs under corpora/mandates-blind9/ and their gold.

Written on 2026-12-02 without reading plancheck's code, from how mandates are really delivered:
a saksframlegg (Word to PDF) whose points stand inline in the "Vedtak:" paragraph, numbered
"1)" … "10)" in running text; a bestilling saved by Writer (.odt) whose points are the rows of
a two-column "Tema | Bestilling" table; a nynorsk mandat (Word to PDF) with points typed "1)"
and a hanging indent, one of them wrapping over the page break; a Swedish uppdrag kept as .docx
with points numbered in roman numerals "I." … "XI." and a tab; and a Danish kommissorium from a
case system (reportlab) with no numbered points at all: every requirement is a "skal" sentence
in the prose. Plans answer in their own words, partly, in passing only, by deferral, or in the
introduction; each trap is noted in the gold.

    python corpora/mandates-blind9/make_pairs.py                  # all pairs
    python corpora/mandates-blind9/make_pairs.py leseplan        # some pairs

Imports the eighth batch's builder (its point helper P, the Writer export build_odt, the pair
registry pattern and main's construction check, through the earlier batches), the block writer
and gold writer of corpora/mandates-blind/_build.py and the Chromium printer of
corpora/scripts/make_blind_corpus.py. Everything is pinned (zip times, core properties, PDF
dates/ids; reportlab with invariant=1), so a rebuild gives the same files.
"""

from __future__ import annotations

import copy
import html as _h
import importlib.util
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import build_docx, build_pdf, rendered_pages, write_gold  # noqa: E402
from _docx_helpers import export_pdf  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b8 = _load("mandates_blind8_make_pairs", HERE.parent / "mandates-blind8" / "make_pairs.py")
P, build_odt, _b5 = _b8.P, _b8.build_odt, _b8._b5
import make_blind_corpus as _mb  # noqa: E402  (corpora/scripts)

chromium_pdf = _mb.chromium_pdf

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def roman(n: int) -> str:
    vals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out, n = out + s, n - v
    return out


def build_case_pdf(path: Path, *, system: str, head: list[tuple[str, str]], title: str,
                   blocks: list[tuple[str, str]], author: str) -> Path:
    """A document printed by a case-handling system (reportlab, Helvetica): a system line
    and page number on every page, a metadata grid, headings and body paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=8)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=11, spaceAfter=0)
    h1 = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                        spaceBefore=6, spaceAfter=4)
    tit = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19)
    grid = Table([[Paragraph(f"<b>{k}</b>", small), Paragraph(v, small)] for k, v in head],
                 colWidths=[35 * mm, 125 * mm], hAlign="LEFT")
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#999999"),
                              ("BACKGROUND", (0, 0), (0, -1), "#EEEEEE")]))
    story = [grid, Spacer(1, 10), Paragraph(title, tit)]
    for kind, text in blocks:
        story.append(Paragraph(text, h1 if kind == "h1" else base))

    def onpage(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(20 * mm, A4[1] - 10 * mm, system)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Side {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=title, author=author,
                            creator="Sagssystem", invariant=1)
    doc.build(copy.deepcopy(story), onFirstPage=onpage, onLaterPages=onpage)
    return path


def odt_pdf(blocks: list[tuple], pdf: Path, **kw) -> Path:
    """A plan written in LibreOffice Writer (.odt) and exported by Writer to PDF."""
    with tempfile.TemporaryDirectory(prefix="mblind9-odt-") as tmp:
        odt = build_odt(blocks, Path(tmp) / (pdf.stem + ".odt"), **kw)
        out = export_pdf(odt, Path(tmp) / "out")
        pdf.write_bytes(out.read_bytes())
    return pdf


# =========================================================================== 1 velferd (nb)


@pair
def velferd(d: Path) -> dict:
    pts = [
        "kartlegge dagens bruk av trygghetsalarmer, medisindispensere og digitalt tilsyn i "
        "hjemmetjenesten",
        "beskrive forventet utvikling i antall eldre og behovet for tjenester fram mot 2035",
        "vurdere gevinster i form av sparte reiser, frigjort tid og bedre kvalitet for brukerne",
        "gjøre rede for hvordan velferdsteknologi skal vurderes i alle vedtak om "
        "hjemmetjenester",
        "beskrive kompetansebehovet hos de ansatte og hvordan det skal dekkes",
        "vurdere behovet for en responssenterløsning i samarbeid med nabokommunene",
        "ivareta personvern og informasjonssikkerhet ved bruk av sensorer og kamera",
        "beskrive hvordan pårørende kan involveres og få opplæring",
        "vurdere behovet for bredbånd og mobildekning i distriktene",
        "foreslå en innføringsplan med prioriteringer for de neste fire årene",
    ]
    s1 = "Strategien skal bygge på anbefalingene fra Nasjonalt velferdsteknologiprogram."
    s2 = "Brukerrådet og eldrerådet skal høres før strategien vedtas."
    s3 = "Strategien legges fram for kommunestyret innen 1. juni 2027."
    inline = " ".join(f"{i}) {t}{',' if i < len(pts) - 1 else (' og' if i == len(pts) - 1 else '.')}"
                      for i, t in enumerate(pts, 1))
    m = [
        ("meta", "LYNGVÆR KOMMUNE"),
        ("meta", "Saksframlegg · Arkivsak 26/1187 · Saksbehandler: Ingrid Sæther"),
        ("title", "Strategi for velferdsteknologi 2027–2031 – oppstart"),
        ("table", ["Utvalg", "Møtedato", "Saksnr."],
         [["Helse- og omsorgsutvalget", "02.12.2026", "41/26"],
          ["Kommunestyret", "10.12.2026", "97/26"]], [80, 40, 40]),
        ("h1", "Kommunedirektørens forslag til vedtak"),
        ("p", "**Vedtak:** Kommunestyret ber kommunedirektøren utarbeide en strategi for "
              "velferdsteknologi i Lyngvær kommune for perioden 2027–2031. Strategien skal "
              + inline + " " + s3),
        ("h1", "Saksopplysninger"),
        ("p", "Lyngvær har i dag 612 innbyggere over 80 år, og tallet ventes nesten å dobles "
              "fram mot 2040. Hjemmetjenesten kjører over 300 000 kilometer i året, og flere "
              "stillinger som sykepleier har stått ubesatt i lengre tid. Kommunen tok i bruk "
              "digitale trygghetsalarmer i 2022. " + s1),
        ("h1", "Vurdering"),
        ("p", "Kommunedirektøren mener at en samlet strategi vil gi bedre styring enn dagens "
              "prosjekter hver for seg. Arbeidet ledes av kommunalsjef for helse og omsorg, og "
              "tillitsvalgte deltar i prosjektgruppen. " + s2 + " Arbeidet med ny helse- og "
              "omsorgsplan starter samtidig."),
    ]
    build_pdf(m, d / "saksframlegg.pdf", title="Saksframlegg – strategi for velferdsteknologi",
              author="Lyngvær kommune", header="Lyngvær kommune – saksframlegg 26/1187")
    p = [
        ("title", "Strategi for velferdsteknologi 2027–2031"),
        ("meta", "Lyngvær kommune · Helse og omsorg · Høringsutkast mars 2027"),
        ("h1", "1 Innledning"),
        ("p", "Strategien følger opp kommunestyrets vedtak i sak 97/26. Den er utarbeidet av en "
              "prosjektgruppe ledet av kommunalsjef for helse og omsorg, med hjemmetjenesten, "
              "tildelingskontoret, IKT og tillitsvalgte. Strategien bygger på anbefalingene og "
              "gevinstrealiseringsmetodikken fra Nasjonalt velferdsteknologiprogram. "
              "Velferdsteknologi brukes her om trygghetsalarmer, sensorer, "
              "medisineringsstøtte, digitalt tilsyn og responssentertjenester."),
        ("p", "Eldrerådet har i flere år etterlyst bedre informasjon om trygghetsalarmer, og "
              "det er tatt inn i kapittel 6."),
        ("h1", "2 Flere eldre, færre hender"),
        ("p", "Ifølge SSBs framskrivinger øker antallet innbyggere over 80 år fra 612 i 2026 til "
              "om lag 900 i 2035. Samtidig blir det færre i yrkesaktiv alder per eldre. Uten "
              "endringer i måten vi jobber på, må hjemmetjenesten ha langt flere ansatte enn "
              "det er realistisk å rekruttere."),
        ("h1", "3 Hva bruker vi i dag?"),
        ("p", "Tabellen viser løsningene som er i bruk i hjemmetjenesten per 1. januar 2027."),
        ("table", ["Løsning", "Brukere", "Tatt i bruk"],
         [["Digital trygghetsalarm", "412", "2022"],
          ["Elektronisk medisineringsstøtte", "58", "2023"],
          ["Nattilsyn med sensor", "21", "2025"],
          ["Digitalt tilsyn via nettbrett", "9", "2026"]], [80, 30, 40]),
        ("p", "Trygghetsalarmen varsler direkte til vakttelefonen i hjemmetjenesten. "
              "Sensorene for nattilsyn bruker mobilnettet."),
        ("h1", "4 Hva får vi igjen?"),
        ("p", "Hver elektronisk medisineringsstøtte erstatter i snitt to besøk i døgnet. For de "
              "58 brukerne tilsvarer det om lag 30 000 sparte kjøreturer og 7 500 timer i året "
              "som kan brukes på andre oppgaver. Nattilsyn med sensor har erstattet 15 fysiske "
              "tilsyn hver natt."),
        ("h1", "5 Teknologi først"),
        ("p", "Når noen søker om hjemmetjenester, skal tildelingskontoret alltid vurdere om en "
              "teknologisk løsning kan dekke hele eller deler av behovet, før det tildeles "
              "besøk. Vurderingen skal stå i vedtaket."),
        ("h1", "6 Pårørende og brukere"),
        ("p", "Pårørende er viktige medspillere. De blir invitert med når teknologi vurderes, "
              "og får en kontaktperson i hjemmetjenesten. En enkel brosjyre om "
              "trygghetsalarmen sendes alle nye brukere."),
        ("h1", "7 Ansattes kompetanse"),
        ("p", "Ansatte i hjemmetjenesten trenger kunnskap om hvilke løsninger som finnes, "
              "hvordan de installeres og hvordan varsler følges opp. Hver sone skal ha minst to "
              "superbrukere."),
        ("h1", "8 Personvern og sikkerhet"),
        ("p", "Før vi tar i bruk kamera, sensorer eller andre løsninger som behandler "
              "helseopplysninger, gjennomføres en vurdering av personvernkonsekvenser (DPIA). "
              "Brukeren samtykker skriftlig, og kamera brukes bare med samtykke og aldri med "
              "lagring av bilder. Leverandørene må oppfylle Normen for informasjonssikkerhet."),
        ("h1", "9 Innføringsplan"),
        ("p", "Tabellen viser hvilke løsninger som innføres hvert år. Medisineringsstøtte og "
              "nattilsyn prioriteres først fordi gevinsten er størst."),
        ("table", ["Tiltak", "2027", "2028", "2029", "2030"],
         [["Elektronisk medisineringsstøtte til 120 brukere", "X", "X", "", ""],
          ["Nattilsyn med sensor i alle soner", "X", "X", "X", ""],
          ["Digitalt tilsyn via nettbrett", "", "X", "X", "X"],
          ["GPS-lokaliseringsteknologi for personer med demens", "", "", "X", "X"]],
         [90, 18, 18, 18, 18]),
        ("h1", "10 Videre behandling"),
        ("p", "Strategien behandles i helse- og omsorgsutvalget 12. mai 2027 og i "
              "kommunestyret 27. mai 2027."),
    ]
    build_docx(p, d / "plan.docx", title="Strategi for velferdsteknologi 2027–2031",
               author="Lyngvær kommune", header="Lyngvær kommune – strategi for velferdsteknologi")
    g = [
        P("1", pts[0], "content", "covered", ev="Tabellen viser løsningene som er i bruk",
          trap="a point numbered '1)' inline in the Vedtak paragraph; answered by a table under "
          "'Hva bruker vi i dag?' in other words (elektronisk medisineringsstøtte for "
          "medisindispensere, nattilsyn med sensor and digitalt tilsyn via nettbrett)"),
        P("2", pts[1], "content", "partial", ev="Ifølge SSBs framskrivinger øker",
          missing=["behovet for tjenester fram mot 2035"],
          trap="the number of eldre to 2035 is given under 'Flere eldre, færre hender'; the "
          "need for services is only said to be larger than can be staffed, not described"),
        P("3", pts[2], "content", "partial", ev="Hver elektronisk medisineringsstøtte erstatter",
          missing=["bedre kvalitet for brukerne"],
          trap="sparte kjøreturer and frigjort tid given in numbers under 'Hva får vi igjen?'; "
          "nothing on quality for the users"),
        P("4", pts[3], "content", "covered", ev="Når noen søker om hjemmetjenester",
          trap="answered under 'Teknologi først' (tildelingskontoret, the assessment stands in "
          "the vedtak)"),
        P("5", pts[4], "content", "partial", ev="Ansatte i hjemmetjenesten trenger kunnskap",
          missing=["hvordan kompetansebehovet skal dekkes (opplæring)"],
          trap="the need is described; the only measure is two superbrukere per sone, no "
          "opplæring of the other staff"),
        P("6", pts[5], "content", "uncovered",
          trap="shared word: 'responssentertjenester' only in the introduction's definition of "
          "velferdsteknologi (the alarms go to the vakttelefon); the need for a "
          "responssenterløsning and cooperation with the nabokommunene are not assessed"),
        P("7", pts[6], "content", "covered", ev="Før vi tar i bruk kamera",
          trap="answered under 'Personvern og sikkerhet' (DPIA, samtykke, Normen)"),
        P("8", pts[7], "content", "partial", ev="Pårørende er viktige medspillere",
          missing=["opplæring av pårørende"],
          trap="pårørende are involved (invited, a kontaktperson); no training; the brosjyre "
          "goes to the users"),
        P("9", pts[8], "content", "uncovered",
          trap="named in passing: 'Sensorene for nattilsyn bruker mobilnettet'; no assessment "
          "of broadband or coverage in the districts"),
        P("10", pts[9], "deliverable", "covered", ev="Tabellen viser hvilke løsninger som innføres",
          trap="answered by a year-column table (2027–2030) with the priority stated above it"),
        P("S1", s1, "content", "covered", ev="Strategien følger opp kommunestyrets vedtak",
          trap="a requirement at the end of 'Saksopplysninger'; met in the introduction"),
        P("S2", s2, "process", "uncovered",
          trap="the eldreråd is named in passing ('Eldrerådet har i flere år etterlyst …'); "
          "neither it nor the brukerråd is heard on the draft"),
        P("S3", s3, "process", "covered", ev="Strategien behandles i helse- og omsorgsutvalget",
          trap="the last sentence of the Vedtak paragraph, after point 10; met by the dates in "
          "'Videre behandling' (27 May, before 1 June)"),
    ]
    return dict(language="nb", mandate="saksframlegg.pdf", plan="plan.docx",
                producer="saksframlegg PDF (Word export): a Utvalg/Møtedato table, ten points "
                "numbered '1)' … '10)' inline in the running text of the 'Vedtak:' paragraph, a "
                "requirement closing that paragraph, one at the end of 'Saksopplysninger' and one "
                "inside 'Vurdering'; plan .docx with a table of solutions in use and a year-column "
                "innføringsplan", points=g)


# =========================================================================== 2 fremmede arter (nb)


def _web(title: str, crumbs: str, blocks: list[tuple]) -> str:
    """A municipal web page: top menu, breadcrumbs, article, footer."""
    out = []
    for b in blocks:
        if b[0] in ("h2", "h3", "p"):
            out.append(f"<{b[0]}>{_h.escape(b[1])}</{b[0]}>")
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{_h.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "table":
            head = "".join(f"<th>{_h.escape(x)}</th>" for x in b[1])
            rows = "".join("<tr>" + "".join(f"<td>{_h.escape(c)}</td>" for c in r) + "</tr>"
                           for r in b[2])
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    css = ("body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0 18mm;color:#222}"
           "nav{background:#0b4f3c;color:#fff;padding:6px 10px;font-size:9pt}"
           ".crumbs{font-size:8.5pt;color:#666;margin:8px 0}"
           "h1{color:#0b4f3c;font-size:20pt}h2{color:#0b4f3c;font-size:14pt;margin-top:18px}"
           "table{border-collapse:collapse;width:100%;font-size:9pt}"
           "th,td{border:1px solid #aaa;padding:3px 5px;text-align:left;vertical-align:top}"
           "th{background:#e3efe9}footer{margin-top:24px;font-size:8pt;color:#666;"
           "border-top:1px solid #ccc}")
    return ("<!doctype html><html lang='nb'><head><meta charset='utf-8'><title>"
            f"{_h.escape(title)}</title><style>{css}</style></head><body>"
            "<nav>Hestnes kommune · Tjenester · Politikk og plan · Kontakt oss</nav>"
            f"<div class='crumbs'>{_h.escape(crumbs)}</div><h1>{_h.escape(title)}</h1>"
            + "".join(out)
            + "<footer>Hestnes kommune · Rådhusvegen 2 · Sist oppdatert 14.04.2027</footer>"
            "</body></html>")


@pair
def arter(d: Path) -> dict:
    rows = [
        ("Kartlegging", "Gi en oversikt over kjente forekomster av fremmede skadelige arter på "
         "kommunal grunn og langs kommunale veger."),
        ("Prioritering", "Prioritere hvilke arter og områder som skal bekjempes først, begrunnet "
         "i risikoen for naturmangfoldet."),
        ("Metoder", "Beskrive egnede bekjempelsesmetoder for de prioriterte artene."),
        ("Masser", "Sikre at jordmasser med fremmede arter ikke spres ved gravearbeid, og angi "
         "hvor slike masser kan leveres."),
        ("Hageavfall", "Beskrive hvordan hageavfall skal håndteres, og vurdere en ordning for "
         "gratis levering av hageavfall med fremmede arter."),
        ("Grunneiere", "Vurdere hvordan kommunen kan følge opp private grunneiere som har "
         "fremmede skadelige arter på eiendommen sin."),
        ("Informasjon", "Foreslå informasjonstiltak rettet mot innbyggere, hageeiere og "
         "hagesentre."),
        ("Frivillige", "Beskrive hvordan frivillige lag og skoler kan bidra i bekjempelsen."),
        ("Oppfølging", "Beskrive hvordan effekten av tiltakene skal overvåkes år for år."),
        ("Økonomi", "Anslå de årlige kostnadene og vurdere søknad om statlige tilskudd."),
        ("Samarbeid", "Avklare ansvarsdelingen med Statens vegvesen og fylkeskommunen langs "
         "riks- og fylkesvegene."),
    ]
    s1 = "Handlingsplanen skal gjelde for 2027–2030 og rulleres hvert andre år."
    s2 = ("Utkastet skal sendes på høring til grunneierlagene og velforeningene før politisk "
          "behandling.")
    m = [
        ("meta", "HESTNES KOMMUNE · Plan og miljø"),
        ("meta", "Bestilling · 09.11.2026 · Arkiv K54"),
        ("title", "Bestilling: Handlingsplan mot fremmede skadelige arter"),
        ("p", "Hagelupin, kjempebjørnekjeks og parkslirekne brer seg langs vegkanter og i "
              "strandsonen i Hestnes. Miljøutvalget vedtok 21.10.2026 at det skal lages en "
              "handlingsplan. " + s1),
        ("h1", "Hva planen skal inneholde"),
        ("table", ["Tema", "Bestilling"], [list(r) for r in rows], [32, 128]),
        ("h1", "Organisering"),
        ("p", "Arbeidet ledes av miljørådgiveren, med deltakere fra drift og vedlikehold og "
              "landbrukskontoret. Naturvernforbundet i Hestnes er invitert til et innspillsmøte. "
              + s2),
    ]
    build_odt(m, d / "bestilling.odt", title="Bestilling – handlingsplan fremmede arter",
              author="Hestnes kommune", header="Hestnes kommune – bestilling")
    p = [
        ("p", "Handlingsplanen er laget av miljørådgiveren sammen med drift og vedlikehold og "
              "landbrukskontoret, etter bestilling fra miljøutvalget."),
        ("h2", "Om planen"),
        ("p", "Planen gjelder for 2027–2030. Den skal rulleres annethvert år, første gang "
              "våren 2029, når vi ser hva tiltakene har gitt."),
        ("h2", "Hvor finnes artene?"),
        ("p", "Tabellen viser forekomstene vi kjenner på kommunens egen grunn og langs "
              "kommunale veger, registrert sommeren 2026."),
        ("table", ["Art", "Hvor", "Omfang"],
         [["Hagelupin", "Kommunale veger i Nordbygda og Storvika", "ca. 4,5 km vegkant"],
          ["Kjempebjørnekjeks", "Friområdet ved Hestnes skole", "3 bestander"],
          ["Parkslirekne", "Tidligere massetak på Rødberg", "ca. 600 m²"],
          ["Kjempespringfrø", "Langs fylkesveg 714 ved Sandnes", "spredt"],
          ["Rynkerose", "Badeplassen Storvika", "ca. 250 m²"]], [35, 85, 40]),
        ("p", "De fleste forekomstene av hagelupin står ellers på privat grunn langs "
              "jordbruksvegene."),
        ("h2", "Hvor setter vi inn innsatsen?"),
        ("p", "Kjempebjørnekjeks og parkslirekne bekjempes først. Kjempebjørnekjeks er giftig "
              "for barn som leker, og parkslirekne sprer seg med små rotbiter og kan fortrenge "
              "all annen vegetasjon. Rynkerosa ved Storvika truer sanddyneplantene og er nummer "
              "tre. Lupinen er utbredt, men prioriteres der den vokser inn i slåttemarka."),
        ("h2", "Slik gjør vi det"),
        ("ul", ["Kjempebjørnekjeks: rotstikking om våren, blomsterskjermene klippes og brennes.",
                "Parkslirekne: tildekking med tett duk i minst tre år, ingen graving.",
                "Rynkerose: oppgraving av hele rotsystemet med gravemaskin.",
                "Hagelupin: slått to ganger i sesongen, før frøene modnes."]),
        ("h2", "Ved graving"),
        ("p", "Når kommunen eller entreprenører graver i områder med fremmede arter, skal "
              "massene ikke flyttes ut av området. Driftsavdelingen merker av alle kjente "
              "forekomster i kartet som brukes ved gravemeldinger."),
        ("h2", "Hageavfall"),
        ("p", "Mange av artene har kommet fra hager. Hageavfall skal ikke dumpes i skogkanten "
              "eller i strandsonen. Planterester med fremmede arter legges i tette sekker og "
              "leveres som restavfall."),
        ("h2", "Dugnad mot lupinen"),
        ("p", "Velforeningene i Nordbygda og Storvika har sagt ja til å ha en årlig "
              "lupindugnad, og speidergruppa tar ansvar for rynkerosa ved badeplassen. Alle "
              "6. trinn får et undervisningsopplegg om fremmede arter med en dag ute."),
        ("h2", "Informasjon"),
        ("p", "Vi lager en egen side på kommunens nettsted med bilder av artene, og sender et "
              "informasjonsskriv til alle husstander før sesongen. Hageeiere får råd om "
              "stedegne alternativer til rynkerose og lupin."),
        ("h2", "Følger med fra år til år"),
        ("p", "Hvert behandlet område besøkes på nytt neste sommer. Vi registrerer "
              "utbredelsen i Artskart og sammenligner med året før, slik at vi ser om "
              "tiltakene virker."),
        ("h2", "Kostnader"),
        ("table", ["Tiltak", "Kroner per år"],
         [["Bekjempelse ved drift og vedlikehold", "180 000"],
          ["Innleid maskin (rynkerose, 2027–2028)", "60 000"],
          ["Informasjon og dugnadsutstyr", "25 000"]], [110, 50]),
    ]
    with tempfile.TemporaryDirectory(prefix="mblind9-html-") as tmp:
        src = Path(tmp) / "fremmede-arter.html"
        src.write_text(_web("Handlingsplan mot fremmede skadelige arter 2027–2030",
                            "Forsiden › Natur og miljø › Fremmede arter › Handlingsplan", p),
                       encoding="utf-8")
        chromium_pdf(src, d / "plan.pdf")
    t = [r[1] for r in rows]
    g = [
        P("1", t[0], "content", "covered", ev="Tabellen viser forekomstene vi kjenner",
          trap="a row of a two-column 'Tema | Bestilling' table (the Tema cell is a label, the "
          "point has no number: numbered by its row); answered by a table under 'Hvor finnes "
          "artene?'"),
        P("2", t[1], "content", "covered", ev="Kjempebjørnekjeks og parkslirekne bekjempes først",
          trap="answered under 'Hvor setter vi inn innsatsen?' with the reasons in other words "
          "(fortrenge all annen vegetasjon, truer sanddyneplantene)"),
        P("3", t[2], "content", "covered", ev="Kjempebjørnekjeks: rotstikking om våren",
          trap="a bullet list under 'Slik gjør vi det'; 'bekjempelsesmetoder' not named"),
        P("4", t[3], "content", "partial", ev="Når kommunen eller entreprenører graver",
          missing=["hvor massene kan leveres (godkjent mottak)"],
          trap="the masses are kept in place; no place to deliver them is named"),
        P("5", t[4], "content", "partial", ev="Mange av artene har kommet fra hager",
          missing=["ordning for gratis levering av hageavfall"],
          trap="handling is described (restavfall in tette sekker); the free-delivery scheme "
          "is not assessed"),
        P("6", t[5], "content", "uncovered",
          trap="named in passing: 'De fleste forekomstene av hagelupin står ellers på privat "
          "grunn'; no follow-up of the grunneiere"),
        P("7", t[6], "content", "partial", ev="Vi lager en egen side på kommunens nettsted",
          missing=["hagesentrene"],
          trap="innbyggere (nettside, informasjonsskriv) and hageeiere (råd) answered; "
          "hagesentre not named"),
        P("8", t[7], "content", "covered", ev="Velforeningene i Nordbygda og Storvika",
          trap="answered under 'Dugnad mot lupinen' (velforeninger, speidergruppa, 6. trinn)"),
        P("9", t[8], "content", "covered", ev="Hvert behandlet område besøkes på nytt",
          trap="answered under 'Følger med fra år til år'; overvåking not named"),
        P("10", t[9], "content", "partial", ev="Tiltak Kroner per år",
          missing=["søknad om statlige tilskudd"],
          trap="the yearly costs are only in a table; no assessment of state grants"),
        P("11", t[10], "content", "uncovered",
          trap="fylkesveg 714 appears only as a place in the table; no ansvarsdeling with "
          "Statens vegvesen or the fylkeskommune"),
        P("S1", s1, "process", "covered", ev="Planen gjelder for 2027–2030",
          trap="a requirement at the end of the mandate's first paragraph; met under 'Om "
          "planen' (annethvert år for hvert andre år)"),
        P("S2", s2, "process", "uncovered",
          trap="the velforeninger are named as dugnad partners only; no hearing of them or "
          "the grunneierlag"),
    ]
    return dict(language="nb", mandate="bestilling.odt", plan="plan.pdf",
                producer="bestilling .odt (Word saved by Writer): a requirement at the end of "
                "the first paragraph, eleven points as the rows of a two-column 'Tema | "
                "Bestilling' table (no numbers; the Tema cell a one-word label), a requirement "
                "at the end of 'Organisering' after sentences that are none; plan a web page "
                "printed from Chromium (menu bar, breadcrumbs, footer)", points=g)


# =========================================================================== 3 leseplan (nn)

SPACE_LESEPLAN = 300


@pair
def leseplan(d: Path) -> dict:
    pts = [
        "Beskrive korleis barnehagane skal arbeide med språkutviklinga til alle barn, også barn "
        "med anna morsmål enn norsk.",
        "Gjere greie for korleis språket til barna skal følgjast med på, og kva "
        "kartleggingsverktøy som skal nyttast.",
        "Sikre ein god overgang frå barnehage til skule når det gjeld språk og tidleg lesing.",
        "Beskrive leseopplæringa på 1.–4. trinn, med vekt på tidleg innsats.",
        "Gjere greie for korleis skulane skal følgje opp elevar som ligg under kritisk grense "
        "på kartleggingsprøvane i lesing.",
        "Vurdere korleis lesing og skriving kan styrkjast i alle fag på mellomtrinnet og på "
        "ungdomstrinnet, slik at elevane meistrar dei fagtekstane dei møter i skulekvardagen og "
        "er budde på lesekrava i vidaregåande opplæring og arbeidslivet.",
        "Beskrive korleis skulebiblioteka og folkebiblioteket kan brukast i leseopplæringa.",
        "Gjere greie for kompetansebehovet hos dei tilsette i barnehage og skule.",
        "Beskrive korleis foreldra kan støtte språkutviklinga og lesinga heime.",
        "Vurdere korleis digitale verktøy og skjerm skal brukast i leseopplæringa.",
        "Foreslå indikatorar som viser om planen verkar.",
    ]
    s1 = ("Planen skal utarbeidast av ei arbeidsgruppe med representantar for barnehage, skule, "
          "PPT og biblioteket.")
    s2 = "Planen skal leggjast fram for oppvekstutvalet og kommunestyret innan 1. desember 2027."
    m = [
        ("meta", "NORDBØ KOMMUNE · Oppvekst"),
        ("meta", "Mandat · 15.01.2027 · Sak 27/044"),
        ("title", "Mandat for arbeidet med plan for språk, lesing og skriving 2028–2032"),
        ("h1", "Bakgrunn"),
        ("p", "Resultata på nasjonale prøver i lesing på 5. trinn har lege under landssnittet "
              "dei tre siste åra, og fleire barnehagar melder om barn med svakt ordforråd ved "
              "skulestart. Kommunestyret har difor bede om ein felles plan for barnehage og "
              "skule. Planen er meint som eit verktøy for pedagogane og leiarane."),
        ("space", SPACE_LESEPLAN),
        ("h1", "Oppgåver"),
        ("p", "Arbeidsgruppa skal:"),
    ] + [("typed", f"{i})", t, "\t", 8) for i, t in enumerate(pts, 1)] + [
        ("h1", "Organisering"),
        ("p", s1 + " Kommunalsjef for oppvekst leiar arbeidet. Rektorane og styrarane blir "
              "haldne orienterte på leiarmøta. " + s2),
    ]
    build_pdf(m, d / "mandat.pdf", title="Mandat – plan for språk, lesing og skriving",
              author="Nordbø kommune", header="Nordbø kommune – mandat", lang="nn-NO")
    p = [
        ("title", "Språk, lesing og skriving i Nordbø 2028–2032"),
        ("meta", "Felles plan for barnehage og skule · Nordbø kommune"),
        ("h1", "1 Innleiing"),
        ("p", "Planen er laga av ei arbeidsgruppe med to pedagogiske leiarar frå barnehagane, "
              "tre lærarar, ein rådgjevar frå PPT og biblioteksjefen ved Nordbø folkebibliotek."),
        ("p", "Kommunestyret vedtok i 2019 ein leseplan for skulen. Denne planen erstattar "
              "han og tek med barnehagane."),
        ("h1", "2 Språk i barnehagen"),
        ("p", "Språket veks i samtale. Dei tilsette skal setje ord på det barna gjer, lese "
              "høgt kvar dag og bruke rim, regler og songar. Kvar avdeling har ei bokkasse som "
              "blir bytt ut kvar månad."),
        ("h2", "Vi ser etter språket"),
        ("p", "Dei tilsette observerer språket til kvart barn i leik og samtale, og tek det "
              "opp i foreldresamtalane to gonger i året. Ved uro blir PPT kopla inn."),
        ("h1", "3 Frå barnehage til 1. klasse"),
        ("p", "Kvar vår har barnehagen og skulen eit overføringsmøte der språket og "
              "interessa for bokstavar er eit fast tema. Barnehagen sender med ei skriftleg "
              "oppsummering når foreldra samtykkjer."),
        ("h1", "4 Dei første skuleåra"),
        ("p", "På 1.–4. trinn får alle elevar systematisk opplæring i bokstavlydar og "
              "avkoding, og dei les høgt for ein vaksen kvar dag. Tidleg innsats betyr at "
              "ekstra hjelp kjem med ein gong, ikkje etter at eleven har falle av."),
        ("h2", "Når ein elev strevar"),
        ("p", "Elevar under den kritiske grensa på kartleggingsprøven får eit intensivt "
              "lesekurs på åtte veker i små grupper. Effekten blir målt etter kurset, og "
              "kontaktlæraren møter foreldra."),
        ("h1", "5 Lesing i faga"),
        ("p", "På mellomtrinnet skal alle faglærarar arbeide med lesestrategiar i sitt fag: "
              "førelesing, overskrifter og ord som er nye. Elevane skriv samandrag og "
              "fagtekstar i naturfag og samfunnsfag."),
        ("p", "Elevane på 5.–10. trinn har eigen berbar PC."),
        ("h1", "6 Biblioteket"),
        ("p", "Folkebiblioteket tek imot alle 2. og 6. klassar til boksamtalar kvart år, og "
              "alle barnehagebarn på fire år får lånekort. Sommarles blir marknadsført i "
              "alle klassar før sommarferien."),
        ("h1", "7 Heime"),
        ("p", "Foreldra er dei viktigaste leseforbileta. Vi oppmodar til lesestund kvar "
              "kveld, og barnehagane har bokposar som barna kan låne med heim, også på andre "
              "språk. På foreldremøta i 1. klasse viser lærarane korleis ein les saman."),
        ("h1", "8 Det har vi gjort"),
        ("bullets", ["Alle barnehagane har delteke i Språkløyper.",
                     "Lærarane på 1.–4. trinn har teke vidareutdanning i lesing.",
                     "Biblioteket har fått nye lokale i kulturhuset."]),
        ("h1", "9 Slik ser vi om vi lukkast"),
        ("p", "Vi følgjer desse indikatorane kvart år:"),
        ("bullets", ["Del elevar på lågaste meistringsnivå i lesing på nasjonale prøver, 5. og "
                     "8. trinn",
                     "Del elevar under kritisk grense på kartleggingsprøven på 2. trinn",
                     "Del barn som har lånekort ved skulestart"]),
    ]
    odt_pdf(p, d / "plan.pdf", title="Språk, lesing og skriving i Nordbø 2028–2032",
            author="Nordbø kommune", header="Nordbø kommune – språk, lesing og skriving",
            lang="nn-NO")
    g = [
        P("1", pts[0], "content", "partial", ev="Språket veks i samtale",
          missing=["barn med anna morsmål enn norsk"],
          trap="a point typed '1)' with a tab and a hanging indent; language work for all "
          "children is described, children with another morsmål are not (books 'på andre "
          "språk' go home with the children, which is about the parents, point 9)"),
        P("2", pts[1], "content", "partial", ev="Dei tilsette observerer språket",
          missing=["kva kartleggingsverktøy som skal nyttast"],
          trap="answered in other words under 'Vi ser etter språket' (observasjon, "
          "foreldresamtalar); no tool is named"),
        P("3", pts[2], "content", "covered", ev="Kvar vår har barnehagen og skulen",
          trap="answered under 'Frå barnehage til 1. klasse' (overføringsmøte, skriftleg "
          "oppsummering)"),
        P("4", pts[3], "content", "covered", ev="På 1.–4. trinn får alle elevar"),
        P("5", pts[4], "content", "covered", ev="Elevar under den kritiske grensa",
          trap="answered under 'Når ein elev strevar'"),
        P("6", pts[5], "content", "partial", ev="På mellomtrinnet skal alle faglærarar",
          missing=["ungdomstrinnet"],
          trap="the point wraps over the page break of the mandate (running header and page "
          "number between its lines); mellomtrinnet answered under 'Lesing i faga', "
          "ungdomstrinnet not"),
        P("7", pts[6], "content", "partial", ev="Folkebiblioteket tek imot alle",
          missing=["skulebiblioteka"],
          trap="folkebiblioteket answered; skulebiblioteka not named"),
        P("8", pts[7], "content", "uncovered",
          trap="a list of what was done ('Det har vi gjort': Språkløyper, vidareutdanning) is "
          "no assessment of the competence still needed"),
        P("9", pts[8], "content", "covered", ev="Foreldra er dei viktigaste leseforbileta",
          trap="answered under 'Heime'"),
        P("10", pts[9], "content", "uncovered",
          trap="named in passing: 'Elevane på 5.–10. trinn har eigen berbar PC'; no "
          "assessment of digital tools or screens in reading"),
        P("11", pts[10], "deliverable", "covered", ev="Vi følgjer desse indikatorane",
          trap="answered under 'Slik ser vi om vi lukkast'"),
        P("S1", s1, "process", "covered", ev="Planen er laga av ei arbeidsgruppe",
          trap="the first sentence of 'Organisering'; met in the introduction (biblioteksjefen "
          "for biblioteket)"),
        P("S2", s2, "process", "uncovered",
          trap="the plan says nothing about its own treatment; 'Kommunestyret vedtok i 2019 "
          "ein leseplan' is about the old plan"),
    ]
    return dict(language="nn", mandate="mandat.pdf", plan="plan.pdf",
                producer="mandat PDF (Word export, nynorsk): eleven points typed '1)' … '11)' "
                "with a tab and a hanging indent after 'Arbeidsgruppa skal:', point 6 wrapping "
                "over the page break, two requirements in 'Organisering' around sentences that "
                "are none; plan written in Writer (.odt) and exported by Writer to PDF",
                points=g)


# =========================================================================== 4 aldreplan (sv)


@pair
def aldreplan(d: Path) -> dict:
    pts = [
        "Beskriva hur antalet invånare över 80 år väntas utvecklas fram till 2035.",
        "Bedöma behovet av platser i särskilt boende och trygghetsboende under planperioden.",
        "Beskriva hur hemtjänsten ska ge kontinuitet, så att den äldre möter färre olika "
        "medarbetare.",
        "Redovisa hur kommunen ska arbeta förebyggande mot fallolyckor, undernäring och "
        "ofrivillig ensamhet.",
        "Beskriva hur anhöriga som vårdar en närstående ska få stöd.",
        "Bedöma kompetensförsörjningen i äldreomsorgen och föreslå åtgärder för att rekrytera "
        "och behålla personal.",
        "Beskriva hur samverkan med regionens primärvård ska utvecklas.",
        "Redovisa hur äldre med finska som modersmål ska kunna få omsorg på sitt eget språk.",
        "Beskriva hur digitala lösningar kan användas i hemtjänsten och i särskilt boende.",
        "Redovisa kostnaderna för de föreslagna åtgärderna.",
        "Föreslå hur planen ska följas upp.",
    ]
    s1 = "Planen ska utgå från den nationella värdegrunden för äldreomsorgen."
    s2 = "Kommunala pensionärsrådet ska ges möjlighet att lämna synpunkter innan planen antas."
    m = [
        ("meta", "ÄLVNÄS KOMMUN · Socialförvaltningen"),
        ("meta", "Uppdrag · 2027-02-08 · Dnr SN 2027/31"),
        ("title", "Uppdrag: Äldreplan för Älvnäs kommun 2028–2035"),
        ("h1", "Bakgrund"),
        ("p", "Andelen invånare över 80 år ökar snabbt i Älvnäs, samtidigt som det blir svårare "
              "att rekrytera undersköterskor och sjuksköterskor. Socialnämnden beslutade den 25 "
              "januari 2027 att en äldreplan ska tas fram. " + s1),
        ("h1", "Uppdraget"),
        ("p", "Arbetsgruppen ska:"),
    ] + [("typed", f"{roman(i)}.", t, "\t", 12) for i, t in enumerate(pts, 1)] + [
        ("h1", "Förankring"),
        ("p", "Arbetet leds av äldreomsorgschefen. Medarbetarna informeras på arbetsplatsträffar. "
              + s2 + " Planen antas av kommunfullmäktige."),
    ]
    build_docx(m, d / "uppdrag.docx", title="Uppdrag – äldreplan", author="Älvnäs kommun",
               header="Älvnäs kommun – uppdrag äldreplan", lang="sv-SE")
    p = [
        ("title", "Äldreplan för Älvnäs kommun 2028–2035"),
        ("meta", "Socialförvaltningen · Förslag till kommunfullmäktige · Dnr SN 2027/31"),
        ("h1", "1 Inledning"),
        ("p", "Värdegrunden i socialtjänstlagen – att äldre ska få leva ett värdigt liv och "
              "känna välbefinnande – är utgångspunkten för varje del av planen. Det betyder att "
              "den äldres egen vilja och vardag går före organisationens."),
        ("p", "Kommunala pensionärsrådet lämnade synpunkter på ett utkast den 9 september 2027. "
              "Rådet ville särskilt att planen tar upp ensamhet, vilket har lagts till i kapitel 5."),
        ("p", "Älvnäs ingår sedan 2010 i förvaltningsområdet för finska."),
        ("h1", "2 Fler äldre"),
        ("p", "Befolkningsprognosen visar att antalet invånare över 80 år ökar kraftigt."),
        ("table", ["Ålder", "2025", "2030", "2035"],
         [["80–89 år", "1 040", "1 380", "1 610"], ["90 år och äldre", "260", "300", "410"]],
         [50, 30, 30, 30]),
        ("h1", "3 Var ska man bo?"),
        ("p", "I dag finns 142 platser i särskilt boende. Med nuvarande beläggningsgrad behövs "
              "ytterligare 24 platser senast 2032, och förvaltningen föreslår att de byggs i "
              "anslutning till Solgården."),
        ("h1", "4 Samma ansikten"),
        ("p", "Hemtjänsten delas in i mindre team med fasta områden. Målet är att en kund ska "
              "möta högst tio olika medarbetare under fjorton dagar, och att varje kund har en "
              "kontaktman."),
        ("h1", "5 Ett friskare åldrande"),
        ("p", "Fallolyckor är den vanligaste orsaken till att äldre skadar sig. Alla som får "
              "hemtjänst erbjuds ett hembesök av fysioterapeut och vid behov hjälpmedel och "
              "balansträning. Träffpunkterna i Älvnäs, Norrby och Sikås hålls öppna fem dagar i "
              "veckan för att motverka ensamhet, och en besöksvän kan förmedlas genom "
              "Röda korset."),
        ("h1", "6 Den som hjälper en närstående"),
        ("p", "Anhörigkonsulenten erbjuder samtal, anhöriggrupper och information. Den som "
              "vårdar en närstående kan få avlösning i hemmet upp till tolv timmar i månaden "
              "utan avgift."),
        ("h1", "7 Vem ska arbeta här?"),
        ("p", "Fram till 2035 går 40 procent av undersköterskorna i pension. Förvaltningen "
              "föreslår heltid som norm, betald utbildning till undersköterska för vårdbiträden "
              "och fler platser för vuxenutbildning inom vård och omsorg. Sjuksköterskor "
              "erbjuds specialistutbildning med bibehållen lön."),
        ("h1", "8 Digital nattillsyn"),
        ("p", "Sedan 2026 kan kunder i hemtjänsten få nattillsyn med kamera i stället för "
              "besök. Tjänsten ska erbjudas alla som har nattillsyn."),
        ("h1", "9 Hälso- och sjukvård"),
        ("p", "Regionen ansvarar för läkarinsatserna i särskilt boende och i hemmet. "
              "Kommunens sjuksköterskor ansvarar för den kommunala hälso- och sjukvården."),
        ("h1", "10 Ekonomi"),
        ("p", "Kostnaderna för planens åtgärder hanteras i den årliga budgetprocessen."),
        ("h1", "11 Uppföljning"),
        ("p", "Socialnämnden får varje år en rapport om hur planen genomförs. Rapporten "
              "redovisar Socialstyrelsens brukarundersökning, antalet olika medarbetare per "
              "kund och väntetiden till särskilt boende."),
    ]
    build_pdf(p, d / "plan.pdf", title="Äldreplan för Älvnäs kommun 2028–2035",
              author="Älvnäs kommun", header="Älvnäs kommun – äldreplan", lang="sv-SE")
    g = [
        P("I", pts[0], "content", "covered", ev="Befolkningsprognosen visar att antalet",
          trap="a point numbered with a roman numeral 'I.' and a tab; answered by a table "
          "under 'Fler äldre'"),
        P("II", pts[1], "content", "partial", ev="I dag finns 142 platser",
          missing=["behovet av trygghetsboende"],
          trap="särskilt boende assessed (24 more by 2032) under 'Var ska man bo?'; "
          "trygghetsboende not mentioned"),
        P("III", pts[2], "content", "covered", ev="Hemtjänsten delas in i mindre team",
          trap="answered under 'Samma ansikten'; kontinuitet not named"),
        P("IV", pts[3], "content", "partial", ev="Fallolyckor är den vanligaste orsaken",
          missing=["undernäring"],
          trap="fall and ensamhet answered under 'Ett friskare åldrande'; nothing on "
          "undernäring or meals"),
        P("V", pts[4], "content", "covered", ev="Anhörigkonsulenten erbjuder samtal",
          trap="answered under 'Den som hjälper en närstående'"),
        P("VI", pts[5], "content", "covered", ev="Fram till 2035 går 40 procent",
          trap="answered under 'Vem ska arbeta här?' (pensionsavgångar, heltid, utbildning)"),
        P("VII", pts[6], "content", "uncovered",
          trap="the region is named ('Regionen ansvarar för läkarinsatserna'); a statement of "
          "today's responsibilities, nothing on developing samverkan"),
        P("VIII", pts[7], "content", "uncovered",
          trap="named in passing: 'Älvnäs ingår sedan 2010 i förvaltningsområdet för finska'; "
          "nothing on omsorg på finska"),
        P("IX", pts[8], "content", "partial", ev="Sedan 2026 kan kunder i hemtjänsten",
          missing=["digitala lösningar i särskilt boende"],
          trap="one solution in hemtjänsten (nattillsyn med kamera); nothing for särskilt "
          "boende"),
        P("X", pts[9], "content", "uncovered",
          trap="deferred: 'hanteras i den årliga budgetprocessen' under the heading 'Ekonomi'; "
          "no costs given"),
        P("XI", pts[10], "deliverable", "covered", ev="Socialnämnden får varje år en rapport",
          trap="answered under 'Uppföljning' with the measures named"),
        P("S1", s1, "content", "covered", ev="Värdegrunden i socialtjänstlagen",
          trap="a requirement at the end of 'Bakgrund'; met in the introduction in other words "
          "(värdigt liv och välbefinnande is the national värdegrund)"),
        P("S2", s2, "process", "covered", ev="Kommunala pensionärsrådet lämnade synpunkter",
          trap="a requirement in 'Förankring' between sentences that are none ('Planen antas "
          "av kommunfullmäktige' is a statement, not a point); met in the introduction"),
    ]
    return dict(language="sv", mandate="uppdrag.docx", plan="plan.pdf",
                producer="uppdrag .docx (Swedish): a requirement at the end of 'Bakgrund', "
                "eleven points numbered in roman numerals 'I.' … 'XI.' with a tab and a "
                "hanging indent after 'Arbetsgruppen ska:', a requirement in 'Förankring' "
                "between sentences that are none; plan PDF (Word export)", points=g)


# =========================================================================== 5 landdistrikt (da)


@pair
def landdistrikt(d: Path) -> dict:
    s = [
        "Politikken skal beskrive udviklingen i befolkning og bosætning i landsbyerne siden 2010.",
        "Politikken skal indeholde en vurdering af den kollektive trafik og af mulighederne for "
        "flextrafik mellem landsbyerne og Tornbjerg by.",
        "Den skal også forholde sig til, hvordan landsbyskolerne og dagtilbuddene kan bevares.",
        "Der skal lægges vægt på, hvordan tomme og forfaldne bygninger i landsbyerne kan ryddes op.",
        "Politikken skal beskrive, hvordan alle husstande kan få hurtigt bredbånd og god "
        "mobildækning.",
        "Mulighederne for nye byggegrunde i landsbyerne skal vurderes.",
        "Landsbyernes forsamlingshuse og idrætsfaciliteter skal indgå som lokale mødesteder.",
        "Politikken skal beskrive samarbejdet med Landdistriktsrådet om fordelingen af "
        "landsbypuljen.",
        "Politikken skal beskrive erhvervsudviklingen i landdistrikterne, herunder landbrug og "
        "turisme.",
        "Politikken skal beskrive, hvordan kommunen kan støtte lokale ildsjæle og foreninger.",
        "Borgerne i alle landsbyer skal inddrages gennem landsbymøder, før politikken skrives.",
        "Politikken skal indeholde mål, der kan følges op med indikatorer.",
        "Udkastet skal i offentlig høring i otte uger og forelægges byrådet senest 1. marts 2028.",
    ]
    blocks = [
        ("h1", "Baggrund"),
        ("p", "Tornbjerg Kommune har ni landsbyer med mellem 150 og 900 indbyggere. Flere af dem "
              "har mistet butik og bus i de seneste år, mens andre vokser. Byrådet besluttede i "
              "budgetaftalen for 2027 at få udarbejdet en ny landdistriktspolitik, der afløser "
              "politikken fra 2016."),
        ("h1", "Opgaven"),
        ("p", f"{s[0]} Der findes tal fra Danmarks Statistik for alle landsbyer. {s[1]} {s[2]} "
              "Skolestrukturen er ikke til debat i denne omgang og behandles i den kommende "
              "skoleanalyse."),
        ("p", f"{s[3]} {s[4]} {s[5]} Kommuneplanens rammer gælder fortsat."),
        ("p", f"{s[6]} {s[7]} {s[8]} {s[9]}"),
        ("h1", "Inddragelse og tidsplan"),
        ("p", f"Arbejdet ledes af Plan og Udvikling med deltagelse af Kultur og Fritid. {s[10]} "
              f"Landdistriktsrådet orienteres løbende. {s[11]} {s[12]}"),
    ]
    build_case_pdf(d / "kommissorium.pdf",
                   system="Tornbjerg Kommune · Sagssystem · Udskrevet dokument",
                   head=[("Sagsnr.", "27.00.00-P15-3-27"), ("Dokumenttype", "Kommissorium"),
                         ("Udvalg", "Udvalget for Land og By"), ("Dato", "17.02.2027"),
                         ("Sagsbehandler", "Mette Kjærgaard")],
                   title="Kommissorium for Tornbjerg Kommunes landdistriktspolitik 2028–2031",
                   blocks=blocks, author="Tornbjerg Kommune")
    p = [
        ("title", "Levende landsbyer – landdistriktspolitik 2028–2031"),
        ("meta", "Tornbjerg Kommune · Forslag"),
        ("h1", "Forord"),
        ("p", "Tak til alle ildsjæle, der mødte op og gav deres mening til kende."),
        ("p", "I foråret "
              "2027 holdt vi landsbymøder i alle ni landsbyer med i alt 640 deltagere, og "
              "politikken bygger på det, vi hørte."),
        ("p", "Byrådet afsatte i budget 2027 to mio. kr. til landsbypuljen."),
        ("h1", "Sådan har landsbyerne udviklet sig"),
        ("p", "Fra 2010 til 2026 er indbyggertallet i landsbyerne samlet faldet med 6 procent, "
              "men billedet er forskelligt. De landsbyer, der ligger tæt på motorvejen, er "
              "vokset."),
        ("table", ["Landsby", "2010", "2026"],
         [["Hvidkær", "880", "905"], ["Stenlund", "610", "540"], ["Bøgely", "420", "455"],
          ["Rørup", "390", "318"], ["Øvrige fem landsbyer", "1 450", "1 312"]], [60, 30, 30]),
        ("p", "Landbruget fylder meget i landskabet omkring landsbyerne."),
        ("h1", "At komme rundt"),
        ("p", "Flextur kan bestilles mellem alle landsbyer og Tornbjerg by for 25 kr. pr. tur. "
              "Vi vil gøre ordningen bedre kendt, især blandt unge og ældre."),
        ("h1", "Faldefærdige huse"),
        ("p", "Nedrivningspuljen fortsætter. Kommunen opkøber og river de mest forfaldne huse "
              "og gør grundene til grønne pladser eller nye byggegrunde. Ejere af tomme huse får "
              "tilbud om rådgivning."),
        ("h1", "Fiber til alle"),
        ("p", "96 procent af husstandene kan i dag få fiber. Kommunen søger den statslige "
              "bredbåndspulje sammen med de sidste 180 husstande."),
        ("h1", "Plads til nye huse"),
        ("p", "Kommuneplanen udlægger plads til 40 nye boliger i fem landsbyer. Kommunen "
              "byggemodner 12 grunde i Hvidkær og Bøgely, hvor efterspørgslen er størst."),
        ("h1", "Mødesteder"),
        ("p", "Forsamlingshusene er landsbyernes dagligstuer. Landsbypuljen kan give tilskud til "
              "energirenovering og tilgængelighed i forsamlingshusene."),
        ("h1", "Landsbypuljen"),
        ("p", "Landdistriktsrådet indstiller hvert år fordelingen af landsbypuljen til "
              "Udvalget for Land og By, efter en ansøgningsrunde i januar."),
        ("h1", "Vores mål"),
        ("bullets", ["Landsbyerne skal være attraktive steder at bo for alle aldre.",
                     "Alle skal kunne komme til og fra Tornbjerg by uden egen bil.",
                     "Der skal være et aktivt mødested i hver landsby."]),
    ]
    build_pdf(p, d / "plan.pdf", title="Levende landsbyer – landdistriktspolitik 2028–2031",
              author="Tornbjerg Kommune", header="Tornbjerg Kommune – landdistriktspolitik",
              lang="da-DK")
    g = [
        P("S1", s[0], "content", "covered", ev="Fra 2010 til 2026 er indbyggertallet",
          trap="no numbered points: every requirement is a 'skal' sentence in the prose, "
          "numbered in document order (sentences around them are none: 'Der findes tal …', "
          "'Skolestrukturen er ikke til debat …', 'Kommuneplanens rammer gælder fortsat'); answered under 'Sådan har landsbyerne udviklet sig' "
          "with a table"),
        P("S2", s[1], "content", "partial", ev="Flextur kan bestilles mellem alle landsbyer",
          missing=["vurdering af den kollektive trafik (busruterne)"],
          trap="flextrafik answered under 'At komme rundt'; the buses are not assessed"),
        P("S3", s[2], "content", "uncovered",
          trap="nothing on landsbyskoler or dagtilbud in the politik; the mandate's next "
          "sentence (no point) only takes the school structure out of the debate, keeping "
          "schools and dagtilbud going is still asked for"),
        P("S4", s[3], "content", "covered", ev="Nedrivningspuljen fortsætter",
          trap="answered under 'Faldefærdige huse' in other words (nedrivning, opkøb)"),
        P("S5", s[4], "content", "partial", ev="96 procent af husstandene kan i dag",
          missing=["mobildækning"],
          trap="bredbånd answered under 'Fiber til alle'; mobildækning not mentioned"),
        P("S6", s[5], "content", "covered", ev="Kommuneplanen udlægger plads til 40",
          trap="a requirement without 'Politikken skal' at its start; answered under 'Plads "
          "til nye huse'"),
        P("S7", s[6], "content", "partial", ev="Forsamlingshusene er landsbyernes dagligstuer",
          missing=["idrætsfaciliteterne"],
          trap="forsamlingshusene answered under 'Mødesteder'; idrætsfaciliteter not named"),
        P("S8", s[7], "content", "covered", ev="Landdistriktsrådet indstiller hvert år",
          trap="answered under 'Landsbypuljen'"),
        P("S9", s[8], "content", "uncovered",
          trap="named in passing: 'Landbruget fylder meget i landskabet'; no erhvervsudvikling, "
          "turisme not named"),
        P("S10", s[9], "content", "uncovered",
          trap="shared word: 'Tak til alle ildsjæle' in the foreword; no support for ildsjæle "
          "or foreninger described"),
        P("S11", s[10], "process", "covered", ev="I foråret 2027 holdt vi landsbymøder",
          trap="answered in the foreword (landsbymøder i alle ni landsbyer, before the "
          "politik was written)"),
        P("S12", s[11], "deliverable", "partial", ev="Landsbyerne skal være attraktive steder",
          missing=["indikatorer"],
          trap="three goals under 'Vores mål'; no indicators to follow them up"),
        P("S13", s[12], "process", "uncovered",
          trap="the byråd is named only for the budget of the landsbypulje; nothing on the "
          "hearing or the adoption date"),
    ]
    return dict(language="da", mandate="kommissorium.pdf", plan="plan.pdf",
                producer="kommissorium printed from a case system (reportlab): a system line "
                "and page numbers, a Sagsnr./Dokumenttype/Udvalg grid, no numbered points at "
                "all: thirteen requirements are 'skal' sentences in four prose paragraphs, "
                "between sentences that are none; plan PDF (Word export) with a table of "
                "inhabitants per landsby", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    check = _b5._b3._first_batch_builder().check_points_in_mandate
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        check(d, info["mandate"], info["points"])
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind9/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# status: covered | partial | uncovered; kind: content | deliverable | process;\n"
            "# missing: what the plan leaves out (planner's words); evidence: page of the\n"
            "# answering passage and its opening words; S-numbers: requirements in the prose.\n"
        )
        write_gold(d / "coverage.gold.yaml", header=header, plan=info["plan"],
                   mandate=info["mandate"], language=info["language"], points=info["points"],
                   pages=pages)
        n = {s: sum(p["status"] == s for p in info["points"])
             for s in ("covered", "partial", "uncovered")}
        print(f"{name}: {len(info['points'])} points {n} plan pages {len(pages)}")


if __name__ == "__main__":
    main(sys.argv[1:])
