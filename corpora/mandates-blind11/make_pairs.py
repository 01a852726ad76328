"""Build the eleventh blind batch of mandate/plan pairs under corpora/mandates-blind11/ and their gold.

Written on 2026-12-03 without reading plancheck's code, from how mandates are really delivered:
a formannskap's vedtak (Word to PDF) whose points are the rows of a "Tema | Føringer" table; a
planprogram printed from a planning system (reportlab) whose chapter "Utredningsbehov" gives its
points as bold lead-ins of paragraphs; a Danish kommissorium (Word to PDF) with "Opgaven
omfatter:" bullets; an English cabinet report printed from the committee system's web page
(Chromium) with recommendations numbered 2.1, 2.2 …; and a nynorsk oppdrag (Word to PDF) whose
numbered points run over two pages. Plans answer in their own words, in a table of measures, in
an appendix or in the introduction, partly, only in passing, or by deferral; each trap is noted
in the gold.

    python corpora/mandates-blind11/make_pairs.py                  # all pairs
    python corpora/mandates-blind11/make_pairs.py solkraft        # some pairs

Imports the tenth batch's builder (corpora/mandates-blind10/make_pairs.py: P, odt_pdf,
chromium_pdf, build_odfpy and, through the ninth … third batches, the first batch's
construction check), the block and gold writer of corpora/mandates-blind/_build.py. Everything is
pinned (zip times, core properties, PDF dates/ids; reportlab with invariant=1), so a rebuild
gives the same files.
"""

from __future__ import annotations

import copy
import html as _h
import importlib.util
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import build_docx, build_pdf, rendered_pages, write_gold  # noqa: E402
from _odf_helpers import freeze_zip  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b10 = _load("mandates_blind10_make_pairs", HERE.parent / "mandates-blind10" / "make_pairs.py")
P, odt_pdf, chromium_pdf, build_odfpy, _b5 = (_b10.P, _b10.odt_pdf, _b10.chromium_pdf,
                                              _b10.build_odfpy, _b10._b5)

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def build_rl_pdf(path: Path, *, title: str, author: str, creator: str, running: str,
                 blocks: list[tuple], page_word: str = "Side") -> Path:
    """A document printed by a system or a layout tool (reportlab, Helvetica, invariant=1):
    title, meta lines, headings, paragraphs (inline <b> allowed, so a bold lead-in is part of
    its paragraph), tables; a running line at the top and "<page_word> n" at the foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=8)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=11, spaceAfter=2)
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=11.5, spaceAfter=0)
    h1 = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                        spaceBefore=8, spaceAfter=5)
    h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                        spaceBefore=4, spaceAfter=3)
    tit = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=17, leading=22)
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(b[1], tit))
        elif kind == "meta":
            story.append(Paragraph(b[1], small))
        elif kind in ("h1", "h2"):
            story.append(Paragraph(b[1], h1 if kind == "h1" else h2))
        elif kind == "p":
            story.append(Paragraph(b[1], base))
        elif kind == "table":
            _, head, rows, widths = b
            data = [[Paragraph(f"<b>{c}</b>", cell) for c in head]]
            data += [[Paragraph(c, cell) for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], hAlign="LEFT", repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#888888"),
                                   ("BACKGROUND", (0, 0), (-1, 0), "#E4E4E4"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Paragraph("", base))
        elif kind == "break":
            story.append(PageBreak())
        else:
            raise ValueError(kind)

    def onpage(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(20 * mm, A4[1] - 10 * mm, running)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"{page_word} {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=title, author=author,
                            creator=creator, invariant=1)
    doc.build(copy.deepcopy(story), onFirstPage=onpage, onLaterPages=onpage)
    return path


def odf_language(odt: Path, lang: str, country: str) -> Path:
    """The seventh batch's odfpy writer knows only Norwegian and Swedish; set the styles'
    language of its .odt to LANG-COUNTRY (a Danish case system's export) and pin the zip again."""
    with zipfile.ZipFile(odt) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(odt, "w") as zout:
        for name, data in members:
            if name in ("content.xml", "styles.xml"):
                data = re.sub(rb'fo:language="[a-z]+"', b'fo:language="%s"' % lang.encode(), data)
                data = re.sub(rb'fo:country="[A-Z]+"', b'fo:country="%s"' % country.encode(), data)
            zout.writestr(name, data)
    freeze_zip(odt)
    return odt


# =========================================================================== 1 havneplan (nb)


@pair
def havneplan(d: Path) -> dict:
    rows = [
        ("Kapasitet", "Behovet for båtplasser de neste ti årene skal vurderes, også for større "
         "fritidsbåter."),
        ("Fiskerihavn", "Kaikapasiteten for fiskeflåten i Sørvågen skal sikres."),
        ("Gjestehavn", "Tilbudet til tilreisende båtfolk skal beskrives, med servicebygg."),
        ("Miljø", "Mottak av avfall, spillolje og septik fra fritidsbåter skal sikres i alle "
         "havnene."),
        ("Klima", "Havnene skal tilpasses havnivåstigning og stormflo."),
        ("Økonomi", "Investeringsbehovet og finansieringen skal framgå."),
        ("Organisering", "Det skal vurderes om havnene skal drives av et kommunalt foretak."),
        ("Universell utforming", "Minst én flytebrygge i hver havn skal være tilgjengelig for "
         "rullestolbrukere."),
        ("Sikkerhet", "Brannsikring og livredningsutstyr på bryggene skal gjennomgås."),
        ("Næring", "Areal for havbruk og sjømatnæring i tilknytning til havnene skal avklares."),
        ("Friluftsliv", "Allmennhetens tilgang til sjøen ved havnene skal ivaretas."),
    ]
    s1 = "Planforslaget skal legges ut på høring i minst seks uker før sluttbehandling."
    s2 = "Båtforeningene i Olsvåg, Sørvågen og Kvalnes skal involveres i arbeidet."
    m = [
        ("meta", "OLSVÅG KOMMUNE · Politisk sekretariat"),
        ("meta", "Saksprotokoll · Formannskapet 11.03.2027 · Sak 19/27 · Arkivsak 26/1184"),
        ("title", "Havneplan for Olsvåg 2028–2036 – oppstart"),
        ("h2", "Behandling"),
        ("p", "Ordføreren la fram forslag til føringer. Forslaget fra Senterpartiet om å ta med "
              "Nordvågen ble trukket. Vedtaket ble enstemmig."),
        ("h2", "Vedtak"),
        ("p", "Formannskapet ber kommunedirektøren utarbeide en havneplan for de kommunale "
              "havnene i Olsvåg, Sørvågen og Kvalnes, etter føringene i tabellen under."),
        ("table", ["Tema", "Føringer"], [list(r) for r in rows], [40, 120]),
        ("p", "Arbeidet ledes av teknisk sjef. " + s1 + " " + s2
              + " Havnefogden deltar i arbeidsgruppen."),
        ("meta", "Rett utskrift bekreftes. Olsvåg, 12.03.2027"),
    ]
    build_pdf(m, d / "vedtak.pdf", title="Saksprotokoll – havneplan for Olsvåg",
              author="Olsvåg kommune", header="Olsvåg kommune – saksprotokoll")
    p = [
        ("title", "Havneplan for Olsvåg 2028–2036"),
        ("meta", "Olsvåg kommune · Teknisk etat · Vedtatt av kommunestyret 16.12.2027"),
        ("h1", "1 Innledning"),
        ("p", "Havneplanen gjelder de kommunale havnene i Olsvåg, Sørvågen og Kvalnes. "
              "Planutkastet lå ute til offentlig ettersyn fra 2. september til 15. oktober 2027, "
              "og det kom ni uttalelser. Olsvåg båtforening har gitt innspill underveis og var "
              "med på befaringen i alle tre havnene."),
        ("p", "Havnevesenet er i dag en del av teknisk etat, med havnefogden og to "
              "havnebetjenter."),
        ("h1", "2 Hvor mange båter?"),
        ("p", "Ventelisten for båtplass har økt fra 60 i 2020 til 140 i 2027. Vi regner med at det "
              "trengs om lag 220 nye plasser fram mot 2036, og at en av fire nye båter er over 30 "
              "fot. Utvidelsen i Olsvåg får derfor 40 brede plasser."),
        ("h1", "3 Sørvågen"),
        ("p", "Kaia i Sørvågen er fra 1968 og har setningsskader. Den settes i stand i 2029, med "
              "nye fendere og ny belysning."),
        ("p", "Sjømatbedriften Olsvåg Fisk leier i dag den indre delen av kaia i Sørvågen."),
        ("h1", "4 Besøkende båter"),
        ("p", "Olsvåg havn har 25 plasser for besøkende. Det nye servicehuset på moloen får dusj, "
              "toalett, vaskemaskin og strøm, og det kan betales med app."),
        ("h1", "5 Søppel og spillolje"),
        ("p", "Olsvåg havn får en miljøstasjon med containere for restavfall, plast og glass og en "
              "tank for spillolje. I Sørvågen og Kvalnes settes det ut containere for restavfall."),
        ("h1", "6 Klimatilpasning"),
        ("p", "Dette temaet vil bli vurdert når planen rulleres, når Kartverkets nye tall for "
              "havnivå foreligger."),
        ("h1", "7 Tilgjengelighet"),
        ("p", "I alle tre havnene får én av bryggene en landgang med stigning på høyst 1:12 og "
              "plass til å snu med rullestol ytterst."),
        ("h1", "8 Allmenn ferdsel"),
        ("p", "Kaipromenaden i Olsvåg holdes åpen for alle, og det settes ikke opp porter mot "
              "bryggene i Olsvåg."),
        ("h1", "9 Tiltak"),
        ("p", "Tabellen viser tiltakene i planperioden."),
        ("table", ["Tiltak", "Havn", "År", "Kostnad"],
         [["Ny flytebrygge med 80 plasser", "Olsvåg", "2028–2029", "9,5 mill. kr"],
          ["Istandsetting av kaia", "Sørvågen", "2029", "4,2 mill. kr"],
          ["Servicehus på moloen", "Olsvåg", "2028", "2,8 mill. kr"],
          ["Nye brannskap, redningsstiger og livbøyer på alle brygger", "Alle", "2028", "0,6 mill. kr"],
          ["Miljøstasjon", "Olsvåg", "2030", "0,9 mill. kr"]], [70, 25, 25, 30]),
    ]
    odt_pdf(p, d / "plan.pdf", title="Havneplan for Olsvåg 2028–2036", author="Olsvåg kommune",
            header="Olsvåg kommune – havneplan")
    t = [r[1] for r in rows]
    g = [
        P("1", t[0], "content", "covered", ev="Ventelisten for båtplass har økt",
          trap="a row of a 'Tema | Føringer' table in a formannskap's vedtak (no number column: "
          "numbered by row, the text is the Føringer cell); answered in other words under 'Hvor "
          "mange båter?' (venteliste, 220 plasser, brede plasser for båter over 30 fot)"),
        P("2", t[1], "content", "partial", ev="Kaia i Sørvågen er fra 1968",
          missing=["plass til flere fiskefartøy ved kaia"],
          trap="the quay is repaired (setningsskader, fendere, belysning), which keeps it in use; "
          "nothing on whether it has room for the fleet; Olsvåg Fisk renting the inner quay is a "
          "fact, no answer"),
        P("3", t[2], "content", "covered", ev="Olsvåg havn har 25 plasser for besøkende",
          trap="answered in other words under 'Besøkende båter' (besøkende for tilreisende "
          "båtfolk, servicehus for servicebygg)"),
        P("4", t[3], "content", "partial", ev="Olsvåg havn får en miljøstasjon",
          missing=["tømmestasjon for septik", "spillolje i Sørvågen og Kvalnes"],
          trap="avfall and spillolje in Olsvåg only; septik not named"),
        P("5", t[4], "content", "uncovered",
          trap="a heading that names the topic ('Klimatilpasning') and defers it to the next "
          "rullering"),
        P("6", t[5], "content", "partial", ev="Tiltak Havn År Kostnad",
          missing=["hvordan tiltakene skal finansieres"],
          trap="answered only in the table of measures (a Kostnad column); financing not said"),
        P("7", t[6], "content", "uncovered",
          trap="shared words: 'Havnevesenet er i dag en del av teknisk etat'; no assessment of a "
          "kommunalt foretak"),
        P("8", t[7], "content", "covered", ev="I alle tre havnene får én av bryggene",
          trap="answered in other words under 'Tilgjengelighet' (landgang 1:12, snu med "
          "rullestol); neither 'universell utforming' nor 'flytebrygge' is used"),
        P("9", t[8], "content", "covered", ev="Tiltak Havn År Kostnad",
          trap="answered only in a row of the table of measures (brannskap, redningsstiger, "
          "livbøyer)"),
        P("10", t[9], "content", "uncovered",
          trap="shared words: 'Sjømatbedriften Olsvåg Fisk leier i dag …'; no area for havbruk "
          "or sjømat is settled"),
        P("11", t[10], "content", "partial", ev="Kaipromenaden i Olsvåg holdes åpen",
          missing=["allmenn ferdsel i Sørvågen og Kvalnes"],
          trap="answered in other words for Olsvåg only ('åpen for alle', no porter)"),
        P("S1", s1, "process", "covered", ev="Havneplanen gjelder de kommunale havnene",
          trap="a requirement in the prose after the table; met in the introduction in other "
          "words ('offentlig ettersyn' 2 September – 15 October, more than six weeks)"),
        P("S2", s2, "process", "partial", ev="Havneplanen gjelder de kommunale havnene",
          missing=["båtforeningene i Sørvågen og Kvalnes"],
          trap="only Olsvåg båtforening is said to have taken part; 'Havnefogden deltar i "
          "arbeidsgruppen' and 'Arbeidet ledes av teknisk sjef' are no points"),
    ]
    return dict(language="nb", mandate="vedtak.pdf", plan="plan.pdf",
                producer="saksprotokoll PDF (Word export): the formannskap's vedtak, a 'Behandling' "
                "paragraph that is none, eleven points as rows of a two-column 'Tema | Føringer' "
                "table, two requirements in the prose after the table around sentences that are "
                "none; plan written in Writer (.odt), exported by Writer to PDF, with a table of "
                "measures", points=g)


# =========================================================================== 2 solkraft (nb)


@pair
def solkraft(d: Path) -> dict:
    lead = [
        ("Landskap og synlighet.", "Det skal utredes hvordan anleggene vil se ut fra bebyggelse, "
         "veger og turmål, med visualiseringer."),
        ("Jordvern.", "Konsekvensene for dyrka og dyrkbar mark skal utredes."),
        ("Naturmangfold.", "Naturtyper og arter i de aktuelle områdene skal kartlegges i felt."),
        ("Vannmiljø.", "Avrenning og erosjon fra anleggsområdene under og etter bygging skal "
         "vurderes."),
        ("Nettkapasitet.", "Kapasiteten i strømnettet skal avklares i samarbeid med "
         "nettselskapet."),
        ("Lokal verdiskaping.", "Det skal vurderes hvordan kommunen og innbyggerne kan få del i "
         "verdiskapingen."),
        ("Friluftsliv.", "Konsekvensene for friluftsliv og ferdsel skal utredes."),
        ("Kulturminner.", "Det skal gjøres søk i kulturminnedatabasene, og behovet for "
         "registreringer skal vurderes."),
        ("Brann og beredskap.", "Behovet for slokkevann og adkomst for brannvesenet skal "
         "vurderes."),
        ("Tilbakeføring.", "Planen skal stille krav om at anleggene fjernes og arealet "
         "tilbakeføres når driften opphører."),
        ("Alternativer.", "Ulike lokaliseringer og et nullalternativ skal sammenlignes."),
    ]
    s1 = "Grunneiere i de aktuelle områdene skal inviteres til egne møter."
    s2 = "Planen skal rulleres hvert fjerde år."
    m = [
        ("meta", "Bergemo kommune · Areal og samfunn · Plan-ID 3442-2027-02"),
        ("title", "Planprogram for kommunedelplan for solkraft"),
        ("meta", "Fastsatt av planutvalget 22.02.2027, sak 9/27"),
        ("h1", "1 Bakgrunn"),
        ("p", "Kommunen har fått henvendelser fra tre utbyggere som vil bygge bakkemonterte "
              "solkraftverk, til sammen om lag 300 dekar. Kommunedelplanen skal avklare hvor "
              "slike anlegg kan tillates."),
        ("h1", "2 Planområdet"),
        ("p", "Planen omfatter hele kommunen. Fem områder er spilt inn: Nyland, Tverrmyr, "
              "Haugsletta, Rønningen og Svartåsen."),
        ("h1", "3 Utredningsbehov"),
        ("p", "Konsekvensutredningen skal omfatte temaene nedenfor."),
    ] + [("p", f"<b>{a}</b> {b}") for a, b in lead] + [
        ("h1", "4 Medvirkning"),
        ("p", "Planprogrammet har vært på høring, og innspillene er omtalt i vedlegget. " + s1
              + " Det holdes et åpent møte når planforslaget legges ut. " + s2),
    ]
    build_rl_pdf(d / "planprogram.pdf", title="Planprogram – kommunedelplan for solkraft",
                 author="Bergemo kommune", creator="Plansystem", running="Bergemo kommune – "
                 "planprogram for kommunedelplan for solkraft", blocks=m)
    p = [
        ("title", "Kommunedelplan for solkraft 2028–2040"),
        ("meta", "Planbeskrivelse med konsekvensutredning · Bergemo kommune · Høringsutkast"),
        ("h1", "1 Innledning"),
        ("p", "Planen avklarer hvor bakkemonterte solkraftverk kan tillates i Bergemo. Alle "
              "grunneiere i de fem områdene ble invitert til møter i Bergemo samfunnshus i mai "
              "2027, ett møte per område. Planen tas opp til ny vurdering i 2031 og deretter "
              "hvert fjerde år."),
        ("h1", "2 Fem områder og en situasjon uten nye anlegg"),
        ("p", "Vi har sammenlignet de fem innspilte områdene med hverandre og med en utvikling "
              "der det ikke bygges solkraft. Nyland og Haugsletta kommer best ut og legges inn "
              "i planen; Tverrmyr, Rønningen og Svartåsen tas ikke med."),
        ("h1", "3 Hvordan vil det se ut?"),
        ("p", "Fotomontasjer fra tolv punkter, blant annet fra Haug skole, fylkesvegen og "
              "Svartåstoppen, viser at Nyland bare ses fra nært hold, mens Haugsletta ses fra "
              "store deler av dalen. Haugsletta får derfor krav om skjermende vegetasjon."),
        ("h1", "4 Dyrka mark"),
        ("p", "Solkraft tillates ikke på fulldyrka og overflatedyrka jord. Nyland er i dag "
              "skogsmark og beitemark, og Haugsletta er et nedlagt grustak."),
        ("h1", "5 Strømnettet"),
        ("p", "Bergemo Nett opplyser at transformatorstasjonen på Haug har ledig kapasitet på 20 "
              "MW, som er nok for anlegget på Haugsletta."),
        ("h1", "6 Inntekter til bygda"),
        ("p", "Anleggene gir eiendomsskatt på om lag 1,2 millioner kroner i året. Utbyggerne skal "
              "tilby innbyggerne å kjøpe andeler i anleggene gjennom et lokalt andelslag."),
        ("h1", "7 Turområder"),
        ("p", "Bergemo har et rikt friluftsliv, og turlaget arrangerer hvert år Bergemo rundt."),
        ("h1", "8 Kulturminner"),
        ("p", "Søk i databasene og eventuelle registreringer gjøres når det lages reguleringsplan "
              "for hvert anlegg."),
        ("h1", "9 Risiko og sårbarhet"),
        ("table", ["Hendelse", "Vurdering", "Tiltak"],
         [["Brann i anlegget", "Middels", "Adkomstveg på minst 4 meter helt fram til "
           "trafostasjonen"],
          ["Flom", "Lav", "Ingen"],
          ["Lynnedslag", "Lav", "Jording etter forskrift"]], [40, 25, 95]),
        ("p", "Området Nyland ligger mellom fylkesvegen og Bergemoelva. Driften av anleggene "
              "regnes å vare i om lag 30 år."),
        ("h1", "Vedlegg 1 Naturkartlegging"),
        ("p", "Biolog fra Bergemo Natur kartla Nyland og Haugsletta i felt i juni og august 2027. "
              "Det ble funnet en lokalt viktig slåttemark på Nyland, som holdes utenfor "
              "planområdet, og ingen rødlistede arter på Haugsletta."),
    ]
    build_pdf(p, d / "plan.pdf", title="Kommunedelplan for solkraft – planbeskrivelse",
              author="Bergemo kommune", header="Bergemo kommune – kommunedelplan for solkraft")
    t = [f"{a} {b}" for a, b in lead]
    g = [
        P("1", t[0], "content", "covered", ev="Fotomontasjer fra tolv punkter",
          trap="a point given as a paragraph with a bold lead-in ('Landskap og synlighet.') in "
          "the chapter 'Utredningsbehov' (no marker: numbered by position, the lead-in kept in "
          "the text); answered in other words under 'Hvordan vil det se ut?' (fotomontasjer)"),
        P("2", t[1], "content", "partial", ev="Solkraft tillates ikke på fulldyrka",
          missing=["dyrkbar jord"],
          trap="fulldyrka and overflatedyrka jord are answered (and the land use of the two "
          "areas); dyrkbar mark is not"),
        P("3", t[2], "content", "covered", ev="Biolog fra Bergemo Natur kartla",
          trap="answered only in an appendix (Vedlegg 1 Naturkartlegging), in other words"),
        P("4", t[3], "content", "uncovered",
          trap="shared words only: 'Nyland ligger mellom fylkesvegen og Bergemoelva'; the ROS "
          "table's 'Flom | Lav | Ingen' is about flooding of the plants, not avrenning or erosjon "
          "from them"),
        P("5", t[4], "content", "partial", ev="Bergemo Nett opplyser",
          missing=["kapasitet for Nyland"],
          trap="capacity given for Haugsletta only, of the two areas taken into the plan"),
        P("6", t[5], "content", "covered", ev="Anleggene gir eiendomsskatt",
          trap="answered in other words under 'Inntekter til bygda' (eiendomsskatt, andelslag)"),
        P("7", t[6], "content", "uncovered",
          trap="a heading that names the topic ('Turområder') over a sentence that says nothing "
          "about the consequences"),
        P("8", t[7], "content", "uncovered",
          trap="a heading that names the topic ('Kulturminner') and defers the search to the "
          "reguleringsplan"),
        P("9", t[8], "content", "partial", ev="Hendelse Vurdering Tiltak",
          missing=["slokkevann"],
          trap="adkomst answered only in a row of the ROS table; slokkevann not"),
        P("10", t[9], "content", "uncovered",
          trap="shared words: 'Driften av anleggene regnes å vare i om lag 30 år'; no demand "
          "that the plants be removed"),
        P("11", t[10], "content", "covered", ev="Vi har sammenlignet de fem innspilte",
          trap="answered in other words: 'en utvikling der det ikke bygges solkraft' for the "
          "nullalternativ"),
        P("S1", s1, "process", "covered", ev="Planen avklarer hvor bakkemonterte",
          trap="a requirement in 'Medvirkning' between sentences that are none (høring done, "
          "åpent møte later); met in the introduction"),
        P("S2", s2, "process", "covered", ev="Planen avklarer hvor bakkemonterte",
          trap="rullering answered in the introduction in other words ('tas opp til ny "
          "vurdering i 2031 og deretter hvert fjerde år')"),
    ]
    return dict(language="nb", mandate="planprogram.pdf", plan="plan.pdf",
                producer="planprogram printed from a planning system (reportlab): eleven points "
                "as paragraphs with a bold lead-in in chapter '3 Utredningsbehov' after a "
                "sentence that is none, two requirements in '4 Medvirkning' between sentences "
                "that are none; plan PDF (Word export) with a ROS table and an appendix",
                points=g)


# =========================================================================== 3 fritidsjob (da)


@pair
def fritidsjob(d: Path) -> dict:
    bul = [
        "en kortlægning af, hvor mange unge mellem 13 og 17 år der har et fritidsjob",
        "en beskrivelse af de barrierer, der holder unge fra at få et fritidsjob, også unge med "
        "handicap",
        "forslag til samarbejde med lokale virksomheder og foreninger om flere fritidsjob",
        "en særlig indsats for unge i udsatte boligområder og unge, der ikke går i skole",
        "en vurdering af, om kommunen selv kan tilbyde fritidsjob på egne arbejdspladser",
        "forslag til, hvordan unge kan få hjælp til ansøgning og den første jobsamtale",
        "en beskrivelse af unges rettigheder og arbejdsmiljø i fritidsjobbet",
        "et forslag til, hvordan indsatsen kan finansieres",
        "mål for indsatsen og en plan for, hvordan de følges op",
        "inddragelse af unge i arbejdet",
    ]
    s1 = "Arbejdsgruppen skal inddrage Jobcentret og Ungdommens Uddannelsesvejledning."
    s2 = "Handleplanen forelægges Børne- og Ungeudvalget inden udgangen af 2027."
    m = [
        ("meta", "Solsted Kommune · Børn og Unge · Sagsnr. 27.15.00-P20-3-27"),
        ("title", "Kommissorium: Handleplan for fritidsjob til unge"),
        ("h1", "Baggrund"),
        ("p", "Et fritidsjob giver unge erfaring, selvtillid og et netværk, som de kan bruge "
              "senere. I Solsted har færre unge fritidsjob end på landsplan, især i Nørrevang."),
        ("h1", "Opgaven"),
        ("p", "Arbejdsgruppen skal udarbejde en handleplan for, hvordan flere unge i Solsted kan "
              "få et fritidsjob. Opgaven omfatter:"),
        ("bullets", bul),
        ("h1", "Organisering og tidsplan"),
        ("p", "Arbejdsgruppen ledes af chefen for Ungdomsskolen. " + s1 + " Gruppen mødes en "
              "gang om måneden. " + s2),
    ]
    build_pdf(m, d / "kommissorium.pdf", title="Kommissorium – fritidsjob til unge",
              author="Solsted Kommune", header="Solsted Kommune – kommissorium", lang="da-DK")
    p = [
        ("title", "Flere unge i fritidsjob – handleplan 2028–2030"),
        ("meta", "Solsted Kommune · Ungdomsskolen · December 2027"),
        ("h1", "Indledning"),
        ("p", "Handleplanen er skrevet af en arbejdsgruppe med Ungdomsskolen, Jobcentret, UU "
              "Solsted og SSP. Ungdomsrådet og elevrådene på de tre skoler har været med til to "
              "workshops, hvor de unge selv pegede på, hvad der skal til. Handleplanen "
              "behandles i Beskæftigelsesudvalget i februar 2028."),
        ("h1", "Hvor mange har et job i dag?"),
        ("p", "I foråret 2027 svarede 1.240 elever i 7. til 10. klasse på et spørgeskema. 38 "
              "procent har arbejde ved siden af skolen, mod 46 procent på landsplan. I Nørrevang "
              "er det 19 procent."),
        ("h1", "Hvad holder de unge tilbage?"),
        ("p", "De unge fortæller, at de ikke ved, hvor de skal søge, og at de ikke kender nogen, "
              "der kan hjælpe dem ind."),
        ("h1", "Klar til job"),
        ("p", "Ungdomsskolen holder hvert halvår kurset «Klar til job», hvor de unge skriver et "
              "CV, øver sig i at ringe til en arbejdsgiver og prøver en samtale med en rigtig "
              "chef."),
        ("h1", "Nørrevang"),
        ("p", "I Nørrevang ansættes en jobmentor, som hjælper unge fra boligområdet med at finde "
              "og holde et job, i samarbejde med boligsociale medarbejdere."),
        ("h1", "Rettigheder og arbejdsmiljø"),
        ("p", "Dette område vil blive beskrevet i en særskilt folder, som udarbejdes i 2028."),
        ("h1", "Mål"),
        ("p", "I 2030 skal mindst 45 procent af eleverne i 7. til 10. klasse have arbejde ved "
              "siden af skolen, og mindst 30 procent i Nørrevang."),
        ("h1", "Indsatser"),
        ("table", ["Indsats", "Ansvarlig", "Start"],
         [["Jobbank med 40 virksomheder og foreninger, der vil ansætte unge", "Solsted "
           "Erhvervsforening og Ungdomsskolen", "2028"],
          ["Klar til job-kurser", "Ungdomsskolen", "2028"],
          ["Jobmentor i Nørrevang (tidligere et projekt under Fritidsjobpuljen 2023–2024)",
           "UU Solsted", "2028"],
          ["Jobdag i idrætshallen", "Jobcentret", "2029"]], [80, 55, 20]),
        ("p", "Kommunen er med 4.200 ansatte den største arbejdsplads i Solsted."),
    ]
    build_odfpy(p, d / "plan.odt", title="Flere unge i fritidsjob – handleplan 2028–2030",
                lang="nb")
    odf_language(d / "plan.odt", "da", "DK")
    g = [
        P("1", bul[0], "content", "covered", ev="I foråret 2027 svarede 1.240 elever",
          trap="a Word bullet in lower case after 'Opgaven omfatter:' (numbered by position); "
          "answered in other words ('arbejde ved siden af skolen', 7. til 10. klasse)"),
        P("2", bul[1], "content", "partial", ev="De unge fortæller, at de ikke ved",
          missing=["hvad der holder unge med handicap tilbage"],
          trap="two barriers named in the young people's own words (not knowing where to apply, "
          "no network); nothing on young people with a handicap"),
        P("3", bul[2], "content", "covered", ev="Indsats Ansvarlig Start",
          trap="answered only in the table of measures (jobbank with virksomheder og "
          "foreninger, Erhvervsforeningen)"),
        P("4", bul[3], "content", "partial", ev="I Nørrevang ansættes en jobmentor",
          missing=["unge, der ikke går i skole"],
          trap="the udsatte boligområde (Nørrevang) is answered; young people out of school "
          "are not"),
        P("5", bul[4], "content", "uncovered",
          trap="shared words: 'Kommunen er med 4.200 ansatte den største arbejdsplads'; no "
          "assessment of fritidsjob in the kommune's own workplaces"),
        P("6", bul[5], "content", "covered", ev="Ungdomsskolen holder hvert halvår",
          trap="answered in other words under 'Klar til job' (CV, ringe til en arbejdsgiver, "
          "samtale med en rigtig chef)"),
        P("7", bul[6], "content", "uncovered",
          trap="a heading that names the topic ('Rettigheder og arbejdsmiljø') and defers it "
          "to a folder in 2028"),
        P("8", bul[7], "content", "uncovered",
          trap="a grant scheme named in passing in the measure table ('tidligere et projekt "
          "under Fritidsjobpuljen 2023–2024'); nothing on how the plan is financed"),
        P("9", bul[8], "content", "partial", ev="I 2030 skal mindst 45 procent",
          missing=["hvordan målene følges op"],
          trap="targets set under 'Mål'; no follow-up"),
        P("10", bul[9], "process", "covered", ev="Handleplanen er skrevet af",
          trap="answered in the introduction in other words (Ungdomsrådet and elevrådene at "
          "two workshops)"),
        P("S1", s1, "process", "covered", ev="Handleplanen er skrevet af",
          trap="a requirement in 'Organisering og tidsplan' between sentences that are none; "
          "met in the introduction, Ungdommens Uddannelsesvejledning written as 'UU Solsted'"),
        P("S2", s2, "process", "uncovered",
          trap="the plan goes to another committee (Beskæftigelsesudvalget) and after the "
          "deadline (February 2028)"),
    ]
    return dict(language="da", mandate="kommissorium.pdf", plan="plan.odt",
                producer="kommissorium PDF (Word export, Danish): ten lower-case Word bullets "
                "after 'Opgaven omfatter:', two requirements in 'Organisering og tidsplan' "
                "around sentences that are none; plan .odt written with odfpy (kept as .odt) "
                "with a table of measures", points=g)


# =========================================================================== 4 toilets (en)


@pair
def toilets(d: Path) -> dict:
    recs = [
        "Agree that the strategy sets out which of the council's fourteen public toilets should "
        "stay open, and why.",
        "Agree that the strategy considers a community toilet scheme with local businesses.",
        "Agree that opening hours, including in the evenings and in winter, are reviewed.",
        "Note that the strategy must show how Changing Places toilets will be provided in the "
        "district.",
        "Agree that charging for the use of public toilets is considered.",
        "Agree that the strategy sets out the cost of cleaning and repairs over the next five "
        "years.",
        "Agree that options for transferring toilets to town and parish councils are explored.",
        "Agree that the strategy addresses vandalism and anti-social behaviour.",
        "Agree that information on where toilets are is published online.",
        "Agree that the draft strategy is subject to public consultation for at least eight "
        "weeks.",
        "Request that the strategy is reviewed every three years.",
    ]
    s1 = "The strategy must be delivered within the existing revenue budget of £410,000 a year."
    nums = [f"2.{i}" for i in range(1, len(recs) + 1)]
    css = ("body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:12mm 16mm;color:#111}"
           ".nav{font-size:8pt;color:#555;border-bottom:1px solid #999;margin-bottom:6px}"
           "h1{font-size:15pt}h2{font-size:11.5pt;margin:14px 0 4px}"
           ".kv td{font-size:9pt;padding:1px 10px 1px 0}.kv td:first-child{font-weight:bold}"
           "p.r{margin:3px 0 3px 12mm;text-indent:-12mm}p.r span{display:inline-block;width:12mm;"
           "text-indent:0}.foot{font-size:8pt;color:#555;border-top:1px solid #999;margin-top:14px}")
    kv = [("Meeting", "Cabinet, 14 September 2027"), ("Report of", "Director of Place"),
          ("Portfolio", "Environment and Streetscene"), ("Key decision", "No"),
          ("Wards affected", "All")]
    body = ("<div class='nav'>Ambleford District Council · Committee meetings · Cabinet · "
            "14 September 2027 · Item 7</div>"
            "<h1>Public Toilet Strategy – scope</h1><table class='kv'>"
            + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in kv) + "</table>"
            "<h2>1. Purpose of report</h2><p>1.1 To agree the scope of a new Public Toilet "
            "Strategy. The council runs fourteen public toilets, and several need major repairs."
            "</p><h2>2. Recommendations</h2><p>Cabinet is recommended to:</p>"
            + "".join(f"<p class='r'><span>{n}</span>{_h.escape(r)}</p>" for n, r in zip(nums, recs, strict=True))
            + "<h2>3. Reasons for recommendations</h2><p>3.1 Members have received many "
            "complaints about closed toilets in the summer of 2027.</p>"
            "<h2>4. Financial implications</h2><p>4.1 " + _h.escape(s1) + " Any capital "
            "spending will be reported to Cabinet separately.</p>"
            "<div class='foot'>Ambleford District Council · Council House, Market Street, "
            "Ambleford · Printed from the committee system</div>")
    html = ("<!doctype html><html lang='en-GB'><head><meta charset='utf-8'><title>Public Toilet "
            f"Strategy – scope</title><style>{css}</style></head><body>{body}</body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind11-cab-") as tmp:
        src = Path(tmp) / "report.html"
        src.write_text(html, encoding="utf-8")
        chromium_pdf(src, d / "cabinet-report.pdf")
    p = [
        ("title", "Public Toilet Strategy 2028–2031"),
        ("meta", "Ambleford District Council · Adopted by Cabinet, 12 April 2028"),
        ("h1", "1 Introduction"),
        ("p", "This strategy replaces the review of public toilets carried out in 2015. The draft "
              "was open for comment from 6 January to 3 March 2028, and 412 people and "
              "organisations responded."),
        ("h1", "2 Where you can go"),
        ("p", "Shops, cafés and pubs that display the \u2018Use our loo\u2019 sticker let anyone "
              "use their toilets without buying anything. The council pays each of them £600 a "
              "year. Twenty-two businesses have signed up so far."),
        ("p", "The locations, facilities and opening times of every toilet are on the council's "
              "website and are shared with the national Toilet Map."),
        ("h1", "3 Opening hours"),
        ("p", "From Easter to the end of October all toilets will be open from 7am to 8pm."),
        ("h1", "4 Changing Places"),
        ("p", "A Changing Places toilet, with a hoist and an adult-sized changing bench, will "
              "open at Ambleford bus station in 2029."),
        ("h1", "5 Paying to use a toilet"),
        ("p", "Contactless payment was tried at Marine Parade in 2019 and taken out a year later."),
        ("h1", "6 Safety and anti-social behaviour"),
        ("p", "This will be addressed in the Community Safety Partnership's plan later in 2028."),
        ("h1", "7 Working with town and parish councils"),
        ("p", "Hexley Town Council has agreed to take over the two toilets in Hexley from April "
              "2029."),
        ("h1", "8 Money"),
        ("p", "All proposals can be met from the current annual budget of £410,000. Cleaning "
              "will cost £265,000 a year under the new contract."),
        ("break",),
        ("h1", "Appendix A – Site by site"),
        ("table", ["Site", "Decision", "Reason"],
         [["Marine Parade", "Keep open", "Busiest site, next to the beach"],
          ["Ambleford bus station", "Keep open", "Rebuilt with a Changing Places toilet"],
          ["Market Street", "Keep open", "Town centre"],
          ["Hexley (two sites)", "Transfer", "Hexley Town Council"],
          ["Castle Car Park", "Close", "Fewer than 20 visits a day; two cafés nearby"],
          ["Other eight sites", "Keep open", "Used all year"]], [45, 30, 85]),
    ]
    build_rl_pdf(d / "plan.pdf", title="Public Toilet Strategy 2028–2031",
                 author="Ambleford District Council", creator="Ambleford design studio",
                 running="Ambleford District Council · Public Toilet Strategy 2028–2031",
                 blocks=p, page_word="Page")
    g = [
        P("2.1", recs[0], "content", "covered", ev="Site Decision Reason",
          trap="a cabinet recommendation numbered '2.1' under 'Recommendations' after 'Cabinet is "
          "recommended to:'; answered only in an appendix table (Keep open / Transfer / Close "
          "with a Reason)"),
        P("2.2", recs[1], "content", "covered", ev="Shops, cafés and pubs that display",
          trap="answered in other words ('Use our loo' sticker, shops, cafés and pubs); the "
          "words 'community toilet scheme' are not used"),
        P("2.3", recs[2], "content", "partial", ev="From Easter to the end of October",
          missing=["opening hours in winter (November to Easter)"],
          trap="summer hours (to 8pm) given; winter not"),
        P("2.4", recs[3], "content", "partial", ev="A Changing Places toilet, with a hoist",
          missing=["Changing Places toilets outside Ambleford town"],
          trap="one Changing Places toilet at the bus station; nothing for the rest of the "
          "district"),
        P("2.5", recs[4], "content", "uncovered",
          trap="a heading 'Paying to use a toilet' over a past trial; no consideration of "
          "charging now"),
        P("2.6", recs[5], "content", "partial", ev="All proposals can be met",
          missing=["repair costs", "costs for the five years"],
          trap="the yearly cleaning cost is given; repairs and the five-year view are not"),
        P("2.7", recs[6], "content", "partial", ev="Hexley Town Council has agreed",
          missing=["the other town and parish councils"],
          trap="one transfer agreed; no options explored with the others"),
        P("2.8", recs[7], "content", "uncovered",
          trap="a heading that names the topic and defers it to the Community Safety "
          "Partnership's plan"),
        P("2.9", recs[8], "content", "covered", ev="The locations, facilities and opening times",
          trap="answered in other words (on the council's website, the national Toilet Map)"),
        P("2.10", recs[9], "process", "covered", ev="This strategy replaces the review",
          trap="answered in the introduction in other words ('open for comment from 6 January "
          "to 3 March 2028', more than eight weeks)"),
        P("2.11", recs[10], "process", "uncovered",
          trap="shared word only: 'This strategy replaces the review of public toilets carried "
          "out in 2015'; no review cycle is set"),
        P("S1", s1, "content", "covered", ev="All proposals can be met",
          trap="a requirement in '4. Financial implications' before a sentence that is none; "
          "answered under 'Money' in other words ('current annual budget of £410,000')"),
    ]
    return dict(language="en", mandate="cabinet-report.pdf", plan="plan.pdf",
                producer="cabinet report printed from the committee system's web page "
                "(Chromium): a breadcrumb line, a meeting grid, eleven recommendations numbered "
                "'2.1' … '2.11' with a hanging indent after 'Cabinet is recommended to:', a "
                "requirement in 'Financial implications'; plan laid out with reportlab, with an "
                "appendix table on its own page", points=g)


# =========================================================================== 5 breiband (nn)


@pair
def breiband(d: Path) -> dict:
    pts = [
        "Kartleggje kva husstandar og verksemder som manglar breiband med minst 100 Mbit/s.",
        "Kartleggje område med dårleg mobildekning, også langs fylkesvegane.",
        "Gjere greie for statlege tilskot til breiband og korleis kommunen kan søkje om dei.",
        "Vurdere kommunal medfinansiering og eventuelle krav om eigendel frå innbyggjarane.",
        "Sikre at det blir lagt til rette for fiber når kommunen grev for andre føremål.",
        "Vurdere reservestraum for mobilmaster ved straumbrot.",
        "Gjere greie for behovet til skulane, helsetenestene og velferdsteknologien.",
        "Leggje fram ei prioritert liste over utbyggingsområde.",
        "Beskrive korleis innbyggjarane skal få informasjon om utbygginga.",
        "Vurdere samarbeid med nabokommunane om felles utlysing.",
        "Fastsetje mål for dekning innan 2030.",
    ]
    s1 = "Utkastet skal sendast på høyring til grendalaga."
    s2 = "Planen skal rullerast kvart andre år."
    intro = ("Mange i Hovset har framleis ikkje godt nok breiband, og fleire bygder har hol i "
             "mobildekninga. Kommunestyret vedtok i sak 44/26 at det skal lagast ein "
             "handlingsplan for breiband og mobildekning. ")
    m = [
        ("meta", "HOVSET KOMMUNE · Samfunnsutvikling"),
        ("title", "Oppdrag: Handlingsplan for breiband og mobildekning"),
        ("meta", "Frå kommunedirektøren til einingsleiar for samfunnsutvikling · 8. februar 2027"),
        ("h1", "Bakgrunn"),
        ("p", intro + "Nasjonale mål er at alle husstandar skal ha tilbod om høgfarts breiband "
              "innan 2030. Fylkeskommunen fordeler statlege midlar kvart år."),
        ("p", "Arbeidet skal gjerast i eininga, med hjelp frå IKT-tenesta og teknisk drift. "
              "Einingsleiaren set saman ei lita arbeidsgruppe og kan leige inn hjelp til "
              "kartlegginga om det trengst."),
        ("h1", "Status"),
        ("p", "Tabellen viser kva vi veit om dekninga i dag, etter tal frå Nkom og innspel frå "
              "grendalaga. Tala er usikre, og dei skal kontrollerast i arbeidet."),
        ("table", ["Bygd", "Husstandar", "Breiband i dag", "Mobil i dag"],
         [["Hovset sentrum", "640", "Fiber", "God"], ["Storlid", "120", "Fiber", "God"],
          ["Nedre Hovset", "210", "Fiber og radio", "God"],
          ["Øvre Hovset", "95", "Koppar", "Svak inne"], ["Lidbotn", "110", "Koppar", "Svak"],
          ["Kleiva", "70", "Radio", "Svak"], ["Sætre", "85", "Fiber", "God"],
          ["Vassenden", "60", "Koppar og radio", "Varierande"]], [45, 30, 45, 40]),
        ("p", "Koppar-nettet skal etter planen leggjast ned innan 2027, og dei som i dag har "
              "breiband over koppar, må få eit anna tilbod. Fleire gardsbruk og to "
              "overnattingsbedrifter har meldt at dei manglar nett som er godt nok til drifta."),
        ("p", "Innbyggjarundersøkinga i 2026 viste at nett og mobil er det innbyggjarane i "
              "utkantane er minst nøgde med. Heimekontor, digital skule og tryggleiksalarmar i "
              "heimetenesta gjer at behovet aukar, og nokre tilflyttarar har sagt at dei ikkje "
              "kan bu i Hovset utan betre nett. Samstundes har utbyggjarane lite å tene på dei "
              "minste bygdene, og kommunen må difor sjå på kva han sjølv kan gjere."),
        ("h1", "Kva planen skal innehalde"),
        ("p", "Handlingsplanen skal:"),
        ("num", pts),
        ("h1", "Høyring og vidare arbeid"),
        ("p", s1 + " Kommunestyret handsamar planen før sommaren 2028. " + s2),
    ]
    build_pdf(m, d / "oppdrag.pdf", title="Oppdrag – handlingsplan for breiband og mobildekning",
              author="Hovset kommune", header="Hovset kommune – oppdrag", lang="nn-NO")
    p = [
        ("title", "Handlingsplan for breiband og mobildekning 2028–2030"),
        ("meta", "Hovset kommune · Vedteken av kommunestyret 15.06.2028"),
        ("h1", "1 Innleiing"),
        ("p", "Planen har vore på høyring, og det kom 14 uttaler, mellom anna frå Nkom og "
              "fylkeskommunen. Planen skal reviderast annakvart år, første gong i 2030."),
        ("h1", "2 Kven manglar godt breiband?"),
        ("p", "Tala frå Nkom viser at 312 adresser i Hovset ikkje har tilgang til 100 Mbit/s. "
              "Av dei er 268 bustader og 44 gardsbruk, butikkar og andre bedrifter."),
        ("h1", "3 Mobil"),
        ("p", "Vi har målt mobildekninga i alle bygdene. Svakast er det i Lidbotn, Øvre Hovset og "
              "på Kleiva."),
        ("p", "Straumbrotet i februar 2025 varte i 40 timar i Lidbotn."),
        ("h1", "4 Kven betaler?"),
        ("p", "Kommunen set av 2 millionar kroner i investeringsbudsjettet for 2028 og 2029 til "
              "breibandsutbygging."),
        ("h1", "5 Når vi likevel grev"),
        ("p", "Når kommunen legg nye vass- og avløpsleidningar, skal det alltid leggjast "
              "trekkerøyr, og kommunen tilbyr dei til utbyggjarar av fiber."),
        ("h1", "6 Skular og helse"),
        ("p", "Alle tre skulane har fiber i dag. Hovset skule treng betre trådlaust nett i "
              "gymsalen og i musikkrommet."),
        ("h1", "7 Rekkjefølgje"),
        ("table", ["Prioritet", "Område", "Adresser utan 100 Mbit/s"],
         [["1", "Lidbotn", "96"], ["2", "Øvre Hovset", "81"], ["3", "Kleiva", "62"],
          ["4", "Resten av kommunen", "73"]], [30, 60, 60]),
        ("h1", "8 Informasjon"),
        ("p", "Det blir halde eit ope møte i kvar bygd før utbygginga tek til, og nyheiter blir "
              "lagde ut på kommunen si nettside."),
        ("h1", "9 Tiltak"),
        ("table", ["Tiltak", "Ansvar", "År"],
         [["Utlysing av fiberutbygging i Lidbotn", "Samfunnsutvikling", "2028"],
          ["Fiber til Storlid (bygd med statleg breibandstilskot i 2022) blir kopla til "
           "Lidbotn", "Teknisk drift", "2029"],
          ["Ny mobilmast på Kleiva", "Samfunnsutvikling", "2029"]], [90, 45, 25]),
        ("h1", "10 Mål"),
        ("p", "Alle som bur fast i Hovset skal ha tilbod om minst 100 Mbit/s innan utgangen av "
              "2030."),
        ("p", "Hovset og Lidvik har felles IKT-teneste."),
    ]
    build_docx(p, d / "plan.docx", title="Handlingsplan for breiband og mobildekning 2028–2030",
               author="Hovset kommune", header="Hovset kommune – breiband og mobil", lang="nn-NO")
    g = [
        P("1", pts[0], "content", "covered", ev="Tala frå Nkom viser at 312 adresser",
          trap="a Word-numbered point after 'Handlingsplanen skal:'; the list starts at the foot "
          "of page 1 and runs on to page 2; answered in other words (adresser, bustader, "
          "gardsbruk, bedrifter)"),
        P("2", pts[1], "content", "partial", ev="Vi har målt mobildekninga",
          missing=["dekninga langs fylkesvegane"],
          trap="the bygder are measured; the roads are not"),
        P("3", pts[2], "content", "uncovered",
          trap="a grant scheme named in passing in the measure table ('bygd med statleg "
          "breibandstilskot i 2022'); nothing on how to apply"),
        P("4", pts[3], "content", "partial", ev="Kommunen set av 2 millionar kroner",
          missing=["eigendel frå innbyggjarane"],
          trap="answered in other words under 'Kven betaler?'; the eigendel is not"),
        P("5", pts[4], "content", "covered", ev="Når kommunen legg nye vass- og avløpsleidningar",
          trap="answered in other words under 'Når vi likevel grev' (trekkerøyr for 'lagt til "
          "rette for fiber', vass- og avløpsleidningar for 'andre føremål')"),
        P("6", pts[5], "content", "uncovered",
          trap="shared words: 'Straumbrotet i februar 2025 varte i 40 timar'; no assessment of "
          "reservestraum"),
        P("7", pts[6], "content", "partial", ev="Alle tre skulane har fiber i dag",
          missing=["helsetenestene og velferdsteknologien"],
          trap="a heading 'Skular og helse' that answers the schools only"),
        P("8", pts[7], "deliverable", "covered", ev="Prioritet Område Adresser",
          trap="answered by a table under 'Rekkjefølgje' (prioritet for prioritert liste)"),
        P("9", pts[8], "content", "covered", ev="Det blir halde eit ope møte",
          trap="answered under 'Informasjon' (ope møte i kvar bygd, nettside)"),
        P("10", pts[9], "content", "uncovered",
          trap="shared words: 'Hovset og Lidvik har felles IKT-teneste'; no joint tender"),
        P("11", pts[10], "content", "partial", ev="Alle som bur fast i Hovset",
          missing=["mål for mobildekninga"],
          trap="a target for breiband under 'Mål' (100 Mbit/s innan utgangen av 2030); none for "
          "mobile coverage, which the point's 'dekning' also takes in (the plan is for both)"),
        P("S1", s1, "process", "partial", ev="Planen har vore på høyring",
          missing=["grendalaga"],
          trap="a requirement in the prose on page 2 after the list; a høyring took place, but "
          "only Nkom and the fylkeskommune are named among those who answered"),
        P("S2", s2, "process", "covered", ev="Planen har vore på høyring",
          trap="rullering answered in the introduction in other words ('reviderast annakvart "
          "år')"),
    ]
    return dict(language="nn", mandate="oppdrag.pdf", plan="plan.docx",
                producer="oppdrag PDF (Word export, nynorsk): eleven Word-numbered points after "
                "'Handlingsplanen skal:' that start at the foot of page 1 and run on to page 2, "
                "two requirements in the prose after them around a sentence that is none; plan "
                ".docx (kept) with a priority table and a table of measures", points=g)


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
            "corpora/mandates-blind11/make_pairs.py.\n"
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
