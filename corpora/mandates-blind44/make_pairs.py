"""Build the forty-fourth blind batch of mandate/plan pairs under corpora/mandates-blind44/ and their gold.

Written on 2026-12-06 without reading plancheck's code. Mandates on five surfaces of this batch's
own: a Danish SLIDE DECK (odfpy → LibreOffice Impress) whose 'Mandat', 'Leverancer' and
'Tidsplan' slides hold the points as bullets; a bokmål PLANPROGRAM chapter whose requirements
stand only in running prose ("Planen skal inneholde …", "Det skal også vurderes …"); English
TERMS OF REFERENCE with hand-typed points (i)–(vii) under 'Scope of the review', 'Deliverables'
and 'Governance', one of them wrapping over the page break; a Swedish UPPDRAGSBESKRIVNING
(Chromium) with dash bullets under several headings, one bullet running onto page 2; and a
nynorsk SAKSFRAMLEGG (Chromium) whose 'Forslag til vedtak' has points typed '1)' … '6)' and
sub-points 'a –', 'b –' inside point 3. Plans answer mostly in other words: a crosswalk table
near the start that only points to chapters, chapters whose headings restate a point in other
words, an appendix table, a process chapter in the past tense, explicit deferrals.

    python corpora/mandates-blind44/make_pairs.py               # all pairs
    python corpora/mandates-blind44/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind44/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder (P, verify, the construction check), the thirty-third
batch's three document writers (docx_pdf, rl_pdf, html_pdf, called with this batch's own fonts,
sizes, headers, footers and colours) and the forty-third batch's small HTML helpers (e, paras,
table_html) through pairkit, and blindkit (freeze_zip, soffice_pdf) for the slide deck, which
this batch writes with odfpy itself. Nothing of the earlier batches is edited.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import blindkit as bk  # noqa: E402
import pairkit as pk  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
_b33 = pk.load_module("mandates_blind33_make_pairs", HERE.parent / "mandates-blind33" / "make_pairs.py")
_b43 = pk.load_module("mandates_blind43_make_pairs", HERE.parent / "mandates-blind43" / "make_pairs.py")
P = _b20.P
docx_pdf, rl_pdf, html_pdf = _b33.docx_pdf, _b33.rl_pdf, _b33.html_pdf
e, paras, table_html = _b43.e, _b43.paras, _b43.table_html

PAIRS, pair = pk.pair_registry()


# --------------------------------------------------------------------------- slide deck (odfpy → Impress)


def odp_pdf(pdf: Path, slides: list[dict], *, font: str, lang: str, country: str, band: str,
            foot: str) -> Path:
    """A 16:9 slide deck written with odfpy and exported by LibreOffice Impress: every slide a
    coloured title band, an optional lead line, bullets (a real ODF list with a '•' bullet) and a
    footer line 'FOOT   n'. A slide with 'sub' is a title slide (big title, two lines under it).
    The .odp is written next to PDF (frozen zip), exported, then removed."""
    from odf.draw import Frame, Page, TextBox
    from odf.opendocument import OpenDocumentPresentation
    from odf.style import (
        DrawingPageProperties,
        GraphicProperties,
        ListLevelProperties,
        MasterPage,
        PageLayout,
        PageLayoutProperties,
        ParagraphProperties,
        Style,
        TextProperties,
    )
    from odf.text import List, ListItem, ListLevelStyleBullet, ListStyle
    from odf.text import P as TP

    doc = OpenDocumentPresentation()
    pl = PageLayout(name="PL1")
    pl.addElement(PageLayoutProperties(margin="0cm", pagewidth="28cm", pageheight="15.75cm",
                                       printorientation="landscape"))
    doc.automaticstyles.addElement(pl)
    dp = Style(name="dp1", family="drawing-page")
    dp.addElement(DrawingPageProperties(backgroundvisible="false", fill="solid", fillcolor="#FFFFFF"))
    doc.automaticstyles.addElement(dp)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    doc.masterstyles.addElement(mp)

    def gstyle(name: str, **kw) -> Style:
        s = Style(name=name, family="graphic")
        s.addElement(GraphicProperties(**kw))
        doc.automaticstyles.addElement(s)
        return s

    plain = gstyle("gr1", stroke="none", fill="none", autogrowheight="false",
                   textareaverticalalign="top")
    bandst = gstyle("gr2", stroke="none", fill="solid", fillcolor=band,
                    textareaverticalalign="middle", paddingleft="1.5cm")
    full = gstyle("gr3", stroke="none", fill="solid", fillcolor=band, textareaverticalalign="middle",
                  paddingleft="2cm")

    def pstyle(name: str, size: float, *, bold: bool = False, color: str = "#1A1A1A",
               after: str = "0.25cm") -> Style:
        s = Style(name=name, family="paragraph")
        s.addElement(ParagraphProperties(marginbottom=after))
        kw = dict(fontsize=f"{size}pt", fontfamily=font, fontname=font, color=color,
                  language=lang, country=country)
        if bold:
            kw["fontweight"] = "bold"
        s.addElement(TextProperties(**kw))
        doc.automaticstyles.addElement(s)
        return s

    p_title = pstyle("PT", 26, bold=True, color="#FFFFFF", after="0cm")
    p_big = pstyle("PBIG", 34, bold=True, color="#FFFFFF", after="0.4cm")
    p_sub = pstyle("PSUB", 17, color="#FFFFFF", after="0.15cm")
    p_lead = pstyle("PL", 18, bold=True, after="0.3cm")
    p_body = pstyle("PB", 18)
    p_foot = pstyle("PF", 9, color="#5A5A5A", after="0cm")
    ls = ListStyle(name="L1")
    lvl = ListLevelStyleBullet(level=1, bulletchar="•")
    lvl.addElement(ListLevelProperties(spacebefore="0.1cm", minlabelwidth="0.7cm"))
    ls.addElement(lvl)
    doc.automaticstyles.addElement(ls)

    def frame(page, style, x, y, w, h) -> TextBox:
        f = Frame(stylename=style, width=w, height=h, x=x, y=y)
        tb = TextBox()
        f.addElement(tb)
        page.addElement(f)
        return tb

    for i, s in enumerate(slides, start=1):
        pg = Page(name=f"Slide{i}", masterpagename=mp, stylename=dp)
        if "sub" in s:
            tb = frame(pg, full, "0cm", "3.2cm", "28cm", "7.5cm")
            tb.addElement(TP(stylename=p_big, text=s["title"]))
            for line in s["sub"]:
                tb.addElement(TP(stylename=p_sub, text=line))
        else:
            tb = frame(pg, bandst, "0cm", "0cm", "28cm", "2.5cm")
            tb.addElement(TP(stylename=p_title, text=s["title"]))
            tb = frame(pg, plain, "1.6cm", "3.2cm", "24.8cm", "10.8cm")
            if s.get("lead"):
                tb.addElement(TP(stylename=p_lead, text=s["lead"]))
            lst = List(stylename=ls)
            for it in s["bullets"]:
                li = ListItem()
                li.addElement(TP(stylename=p_body, text=it))
                lst.addElement(li)
            tb.addElement(lst)
        tb = frame(pg, plain, "1.6cm", "14.7cm", "24.8cm", "0.7cm")
        tb.addElement(TP(stylename=p_foot, text=f"{foot}   {i}"))
        doc.presentation.addElement(pg)
    src = pdf.with_suffix(".odp")
    doc.save(str(src))
    bk.freeze_zip(src)
    out = bk.soffice_pdf(src)
    src.unlink()
    if out != pdf:
        out.replace(pdf)
    return pdf


# =========================================================================== 1 turisme (da)
@pair
def turisme(d: Path) -> dict:
    mandat = [
        "Kortlægge overnatningskapaciteten og turismens fordeling over året",
        "Beskrive, hvordan turismen kan spredes over året og ud til oplandsbyerne",
        "Vurdere behovet for parkering, toiletter og affaldshåndtering ved strandene",
        "Afklare kommunens rolle over for Destination Vestkyst og de lokale turistforeninger",
    ]
    lev = [
        "En handlingsplan med indsatser, ansvarlige og økonomi for 2050–2051",
        "Måltal for overnatninger og turismeomsætning, som kan følges år for år",
    ]
    tid = [
        "Februar 2049: arbejdsgruppen nedsættes",
        "Maj 2049: borgermøder i Sandholt by og Vesterby",
        "Senest 1. september 2049: udkast til Kultur- og Erhvervsudvalget",
        "November 2049: byrådet vedtager strategien",
    ]
    foot = "Sandholt Kommune · Erhverv og Turisme · KEU 14.01.2049"
    slides = [
        {"title": "Turismestrategi 2050–2054",
         "sub": ["Opstart – orientering til Kultur- og Erhvervsudvalget",
                 "14. januar 2049 · Erhverv og Turisme"]},
        {"title": "Hvorfor en turismestrategi?",
         "bullets": ["Ca. 410.000 overnatninger om året, de fleste i sommerhuse",
                     "Over halvdelen af gæsterne kommer i juli og august",
                     "Turismen giver omkring 900 job i kommunen",
                     "Den gældende strategi er fra 2041"]},
        {"title": "Mandat", "lead": "Arbejdsgruppen skal:", "bullets": mandat},
        {"title": "Leverancer", "bullets": lev},
        {"title": "Tidsplan", "bullets": tid},
        {"title": "Organisering",
         "bullets": ["Styregruppe: direktøren for By og Erhverv og turistchefen",
                     "Arbejdsgruppe: turistchef (formand), erhvervskonsulent, planlægger, "
                     "en repræsentant for Park og Vej",
                     "Sekretariat: Erhverv og Turisme"]},
    ]
    odp_pdf(d / "mandate.pdf", slides, font="Liberation Sans", lang="da", country="DK",
            band="#0F5E73", foot=foot)
    kvartal = [
        ["Januar–marts", "38.000", "9 %"],
        ["April–juni", "86.000", "21 %"],
        ["Juli–september", "241.000", "58 %"],
        ["Oktober–december", "47.000", "12 %"],
        ["I alt", "412.000", "100 %"],
    ]
    ind = [
        ["Østersfestival i Sandholt by i oktober, tre år", "Erhverv og Turisme", "450.000",
         "2050–2051"],
        ["Cykelrute langs kysten fra Nordstrand til Hvidsand, skiltning og kort",
         "Park og Vej", "1.200.000", "2050"],
        ["Pakketilbud for lystfiskere i foråret, sammen med overnatningsstederne",
         "Erhverv og Turisme", "120.000", "2050"],
        ["Ny p-plads med 250 pladser ved Hvidsand", "Park og Vej", "3.400.000", "2051"],
        ["Betalingsparkering på Nordstrand i juli", "Park og Vej", "80.000", "2050"],
        ["Udvidelse af toiletbygningen ved Nordstrand", "Ejendomme", "900.000", "2051"],
    ]
    css = ("@page{size:A4;margin:20mm 20mm 18mm 22mm;@top-left{content:'Turismestrategi "
           "2050–2054 · udkast';font:8pt 'Liberation Sans',sans-serif;color:#0f5e73}"
           "@bottom-right{content:'Side ' counter(page);font:8pt 'Liberation Sans',sans-serif}}"
           "body{font-family:'Liberation Serif',serif;font-size:11pt;line-height:1.42;"
           "color:#1b1b1b}h1{font-family:'Liberation Sans',sans-serif;font-size:22pt;"
           "color:#0f5e73;margin:0}.sub{font-family:'Liberation Sans',sans-serif;font-size:9.5pt;"
           "color:#555;margin:3px 0 16px}h2{font-family:'Liberation Sans',sans-serif;"
           "font-size:12.5pt;color:#0f5e73;margin:15px 0 4px}p{margin:0 0 7px}"
           "table{border-collapse:collapse;width:100%;font-family:'Liberation Sans',sans-serif;"
           "font-size:9pt;margin:5px 0 10px}th{background:#dcecef;text-align:left;"
           "padding:3px 5px;border-bottom:1.5px solid #0f5e73}td{border-bottom:1px solid #c9dadd;"
           "padding:3px 5px;vertical-align:top}thead{display:table-header-group}"
           "tr{break-inside:avoid}.bilag{margin-top:18px}")
    body = (
        "<h1>Turismestrategi 2050–2054</h1><div class='sub'>Sandholt Kommune · Udkast til "
        "Kultur- og Erhvervsudvalget, august 2049</div>"
        "<h2>1 Forord</h2>"
        + paras("Turisterne er vigtige for Sandholt. De giver liv i byerne om sommeren, "
                "arbejdspladser i butikker og restauranter og grundlag for et rigere kulturliv, "
                "end en kommune med 23.000 indbyggere ellers kunne have. Med strategien vil vi "
                "have flere gæster uden for sommeren og gøre det rart at være både gæst og "
                "fastboende.")
        + "<h2>2 Sådan blev strategien til</h2>"
        + paras("Arbejdet gik i gang i februar 2049. Vi interviewede 40 overnatningssteder, "
                "attraktioner og spisesteder og holdt i april en workshop med turistchefen og "
                "erhvervsrådet. Borgerne i Vesterby har i lokalavisen givet udtryk for "
                "bekymring for trafikken til stranden om sommeren, og det har vi taget med i "
                "kapitel 5.",
                "Udkastet blev forelagt Kultur- og Erhvervsudvalget på mødet den 26. august "
                "2049.")
        + "<h2>3 Gæsterne og sengene</h2>"
        + paras("Sandholt havde 412.000 overnatninger i 2048. Kommunen har omkring 3.900 "
                "sommerhuse til udlejning, fire hoteller, tre campingpladser og et vandrerhjem, "
                "i alt cirka 21.500 senge. Hele 58 procent af overnatningerne falder i "
                "tredje kvartal, mens første kvartal står for under en tiendedel.")
        + table_html(["Kvartal", "Overnatninger 2048", "Andel"], kvartal)
        + "<h2>4 Flere gæster forår og efterår</h2>"
        + paras("Vi vil forlænge sæsonen med arrangementer, der trækker gæster i april–maj og "
                "september–oktober: Østersfestivalen i Sandholt by, en ny cykelrute langs kysten "
                "og pakketilbud for lystfiskere. Hotellerne og sommerhusudlejerne er klar til "
                "at holde åbent, hvis der kommer flere bookinger.")
        + "<h2>5 Ved strandene</h2>"
        + paras("På varme sommerdage kommer op mod 4.000 biler til Nordstrand og Hvidsand, og "
                "mange holder i rabatten langs Strandvejen. Vi foreslår en ny p-plads med 250 "
                "pladser ved Hvidsand og betalingsparkering på Nordstrand i juli. "
                "Toiletbygningen ved Nordstrand er for lille og udvides i 2051, og ved Hvidsand "
                "opstilles mobile toiletter i højsæsonen.")
        + "<h2>6 Samarbejde</h2>"
        + paras("Sandholt er medlem af Destination Vestkyst, som markedsfører hele kysten under "
                "ét. Samarbejdsaftalen løber til udgangen af 2050, og kommunens rolle drøftes, "
                "når aftalen skal genforhandles.")
        + "<h2>7 Det vil vi nå</h2>"
        + paras("I 2054 vil vi have 460.000 overnatninger om året, og mindst 45 procent af dem "
                "skal ligge uden for juli–september. Tallene opgøres hvert år af Danmarks "
                "Statistik og forelægges udvalget.")
        + "<div class='bilag'><h2>Bilag 1 Indsatser 2050–2051</h2>"
        + paras("Tabellen viser, hvem der står for hver indsats, og hvad den koster.")
        + table_html(["Indsats", "Ansvarlig", "Kr.", "År"], ind) + "</div>"
    )
    html_pdf(d / "plan.pdf", lang="da", title="Turismestrategi 2050–2054", css=css, body=body)
    g = [
        P("1", mandat[0], "content", "covered", ev="Sandholt havde 412.000 overnatninger",
          trap="a bullet of the 'Mandat' slide of a SLIDE DECK (odfpy → Impress) under "
               "'Arbejdsgruppen skal:'; bullets numbered by place over the deck (Mandat 1–4, "
               "Leverancer 5–6, Tidsplan 7–8). Answered in other words: 'senge', the number of "
               "sommerhuse, hoteller and campingpladser, and a table by kvartal (fordeling "
               "over året)"),
        P("2", mandat[1], "content", "partial", ev="Vi vil forlænge sæsonen",
          missing=["hvordan oplandsbyerne får del i turismen"],
          trap="two demands: the season is lengthened (spring and autumn events, in other "
               "words than 'over året'), but every measure is in Sandholt by or on the coast; "
               "the oplandsbyer are never named"),
        P("3", mandat[2], "content", "partial", ev="På varme sommerdage kommer",
          missing=["affaldshåndteringen ved strandene"],
          trap="parkering answered in other words ('holder i rabatten', a p-plads) and "
               "toiletter; affald is never named"),
        P("4", mandat[3], "content", "uncovered",
          trap="named and put off: 'kommunens rolle drøftes, når aftalen skal genforhandles'; "
               "the turistforeninger are not named at all"),
        P("5", lev[0], "deliverable", "covered", ev="Tabellen viser, hvem der står",
          trap="a bullet of the 'Leverancer' slide; answered by the appendix table Indsats | "
               "Ansvarlig | Kr. | År on its own page (Bilag 1)"),
        P("6", lev[1], "content", "partial", ev="I 2054 vil vi have 460.000",
          missing=["et måltal for turismeomsætningen"],
          trap="a target for overnatninger followed up every year; none for the omsætning"),
        P("7", tid[1], "process", "uncovered",
          trap="a dated line of the 'Tidsplan' slide: a process requirement. No borgermøde is "
               "reported; 'Borgerne i Vesterby har i lokalavisen …' shares the words and "
               "answers nothing (interviews and a workshop with the erhvervsråd are another "
               "thing)"),
        P("8", tid[2], "process", "covered", ev="Udkastet blev forelagt Kultur",
          trap="26 August 2049, before 1 September. The Tidsplan lines 'arbejdsgruppen "
               "nedsættes' (organisation) and 'byrådet vedtager strategien' (after the plan), "
               "the fact slide and the Organisering slide are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=(),
                producer="a SLIDE DECK written with odfpy and exported by LibreOffice Impress "
                "(16:9, Liberation Sans 18, a coloured title band per slide, footer "
                "'Sandholt Kommune · Erhverv og Turisme · KEU 14.01.2049   n', six slides): a "
                "title slide, a fact slide, 'Mandat' with 'Arbejdsgruppen skal:' and four "
                "bullets, 'Leverancer' with two, 'Tidsplan' with four dated lines, "
                "'Organisering'; plan a web page printed with Chromium (Liberation Serif 11, "
                "running title top left, 'Side n'), a process chapter in the past tense, a "
                "table by kvartal and an appendix table of indsatser on its own page", points=g)


# =========================================================================== 2 barnehage (nb)
@pair
def barnehage(d: Path) -> dict:
    s = [
        "Planen skal inneholde en oversikt over dagens barnehager, med antall plasser, "
        "byggenes tilstand og hvem som eier dem.",
        "Den skal også vise hvor mange barnehageplasser det vil være behov for i hver "
        "skolekrets fram mot 2060, med utgangspunkt i befolkningsframskrivingene.",
        "Det skal også vurderes om de to minste barnehagene, Lia og Holtet, bør slås sammen med "
        "større enheter.",
        "Kommunen har vanskelig for å rekruttere barnehagelærere, og planen skal derfor beskrive "
        "hvordan kommunen kan rekruttere og beholde kvalifiserte ansatte.",
        "Planen skal gjøre rede for hvordan barnehagene kan gi et godt tilbud til barn som "
        "trenger spesialpedagogisk hjelp eller tilrettelegging.",
        "Til slutt skal planen ha en handlingsdel med tiltak, kostnader og ansvar for de fire "
        "første årene.",
        "Før planforslaget behandles politisk, skal det på høring til samarbeidsutvalgene i "
        "barnehagene, ungdomsrådet og rådet for personer med funksjonsnedsettelse.",
        "Planforslaget legges fram for hovedutvalg for oppvekst innen 1. desember 2049.",
    ]
    m = [
        ("title", "Planprogram"),
        ("meta", "Barnehagebruksplan for Tverrås kommune 2050–2060 · Fastsatt av hovedutvalg "
                 "for oppvekst 12.02.2049, sak 7/49"),
        ("h1", "1 Bakgrunn"),
        ("p", "Tverrås kommune har elleve barnehager, sju kommunale og fire private, med til "
              "sammen om lag 640 barn. Barnetallet har gått ned i Sørbygda og opp rundt Tverrås "
              "sentrum, og flere av de kommunale byggene er fra 1970- og 1980-tallet. Gjeldende "
              "barnehagebruksplan er fra 2038."),
        ("h1", "2 Formål med planen"),
        ("p", "Barnehagebruksplanen skal gi grunnlag for å bestemme hvor det skal være "
              "barnehager i årene framover, og hvor kommunen bør bygge, rehabilitere eller "
              "avvikle. Målet er full barnehagedekning og like god kvalitet i alle deler av "
              "kommunen."),
        ("h1", "3 Rammer"),
        ("p", "Barnehageloven, rammeplanen for barnehagens innhold og oppgaver og kommuneplanens "
              "samfunnsdel legger rammene for arbeidet. Barnehagebruksplanen er en temaplan og "
              "behandles ikke etter plan- og bygningslovens regler om kommunedelplaner."),
        ("h1", "4 Innholdet i planen"),
        ("p", s[0] + " " + s[1]),
        ("p", s[2] + " " + s[3]),
        ("p", s[4] + " Private barnehagers økonomi og tilskudd er ikke tema for planen. " + s[5]),
        ("h1", "5 Medvirkning og framdrift"),
        ("p", "Planprogrammet var på høring i januar 2049, og det kom fem innspill. " + s[6]
              + " " + s[7] + " Kommunestyret skal etter planen vedta barnehagebruksplanen i "
              "februar 2050."),
        ("h1", "6 Organisering"),
        ("p", "Kommunalsjef oppvekst leder arbeidet. Arbeidsgruppen består av to styrere, en "
              "representant for de private barnehagene, eiendomssjefen og en rådgiver fra plan. "
              "Arbeidet gjøres innenfor vedtatt budsjett."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Planprogram – barnehagebruksplan 2050–2060",
             author="Tverrås kommune", font="Liberation Serif", size=11.5, lang="nb-NO",
             header="Tverrås kommune · Planprogram barnehagebruksplan 2050–2060",
             footer="Side {PAGE}", accent="7A4B12", head_fill="F3E7D3")
    kryss = [
        ["Dagens barnehager", "Vedlegg 1"],
        ["Behov for plasser fram mot 2060", "Kapittel 3"],
        ["Lia og Holtet", "Kapittel 4"],
        ["Rekruttering og kompetanse", "Kapittel 5"],
        ["Spesialpedagogisk hjelp", "Kapittel 5"],
        ["Handlingsdel", "Kapittel 6"],
        ["Medvirkning", "Kapittel 2"],
    ]
    krets = [
        ["Sentrum", "248", "281", "309", "228"],
        ["Nordbygda", "176", "181", "178", "192"],
        ["Sørbygda", "139", "118", "107", "150"],
        ["Holtet", "58", "47", "42", "54"],
        ["Lia", "24", "22", "23", "21"],
        ["Sum", "645", "649", "659", "645"],
    ]
    tiltak = [
        ["Ny barnehage i sentrum, seks avdelinger – prosjektering", "2050", "4 000 000"],
        ["Ny barnehage i sentrum – bygging", "2052–2053", "68 000 000"],
        ["Nytt tak og ventilasjon, Furutoppen barnehage", "2051", "3 500 000"],
        ["Utvidet uteområde, Solsiden barnehage", "2050", "900 000"],
        ["Stipend til barnehagelærerutdanning, fem per år", "2050–2053", "250 000 per år"],
        ["Mentorordning for nyutdannede", "2050–2053", "120 000 per år"],
    ]
    bh = [
        ["Furutoppen", "Kommunal", "72", "1976", "Dårlig: tak og ventilasjon"],
        ["Solsiden", "Kommunal", "90", "1984", "Middels"],
        ["Sentrum", "Kommunal", "108", "2012", "God"],
        ["Nordbygda", "Kommunal", "84", "1981", "Middels"],
        ["Sørbygda", "Kommunal", "60", "1979", "Middels, for stor"],
        ["Holtet", "Kommunal", "24", "1972", "Dårlig"],
        ["Lia", "Kommunal", "21", "1988", "Middels"],
        ["Eventyrskogen", "Privat (SA)", "66", "2004", "God"],
        ["Tverrås gårdsbarnehage", "Privat (AS)", "36", "2016", "God"],
        ["Kanutten", "Privat (AS)", "54", "1998", "Middels"],
        ["Trollstua", "Privat (stiftelse)", "30", "1991", "Middels"],
    ]
    p = [
        ("title", "Barnehagebruksplan 2050–2060"),
        ("meta", "Tverrås kommune · Planforslag, november 2049"),
        ("h1", "Oppfølging av planprogrammet"),
        ("p", "Tabellen viser hvor i planen temaene fra planprogrammet er behandlet."),
        ("table", ["Tema", "Hvor i planen"], kryss, [80, 50]),
        ("h1", "1 Innledning"),
        ("p", "Barnehagen er det første steget i utdanningsløpet, og nesten alle barn i Tverrås "
              "begynner i barnehage det året de fyller ett. Planen viser hvor det skal være "
              "barnehager de neste ti årene, og hva som må bygges eller pusses opp."),
        ("h1", "2 Arbeidet med planen"),
        ("p", "Arbeidsgruppen har hatt åtte møter fra mars til oktober 2049. Utkastet var på "
              "høring hos samarbeidsutvalgene i alle elleve barnehagene og hos ungdomsrådet i "
              "september 2049, og det kom ni uttalelser. Flere pekte på uteområdet i Solsiden "
              "barnehage, som nå er tatt inn i handlingsdelen."),
        ("p", "Planforslaget behandles i hovedutvalg for oppvekst 24. november 2049."),
        ("h1", "3 Kommer det flere barn?"),
        ("p", "Ifølge SSBs hovedalternativ vil tallet på barn mellom ett og fem år i kommunen "
              "øke svakt, fra 645 i dag til rundt 660 i 2060. Fordelingen endrer seg likevel: "
              "Sentrum får om lag 60 flere barn, mens Sørbygda og Holtet mister nesten 50. Sentrum "
              "trenger derfor en ny barnehage med seks avdelinger innen 2055."),
        ("table", ["Skolekrets", "Barn 1–5 år 2048", "2055", "2060", "Plasser i dag"], krets,
         [40, 34, 22, 22, 32]),
        ("h1", "4 Lia og Holtet"),
        ("p", "Lia barnehage har 14 barn og Holtet 18. Begge har stabile ansatte og fornøyde "
              "foreldre, men byggene trenger vedlikehold. Framtida for de to barnehagene utredes "
              "i egen sak i 2051, når ny skolestruktur er vedtatt."),
        ("h1", "5 Ansatte og kompetanse"),
        ("p", "Vi vil gjøre det lettere å få og holde på gode folk. Kommunen gir stipend til "
              "assistenter som tar barnehagelærerutdanning på deltid, alle nyutdannede får en "
              "mentor det første året, og ledige stillinger lyses ut som hele stillinger. "
              "Andelen barnehagelærere blant de ansatte har økt fra 38 til 44 prosent siden "
              "2045."),
        ("p", "PPT og helsestasjonen er med i det tverrfaglige teamet som møter hver barnehage "
              "to ganger i året."),
        ("h1", "6 Handlingsdel 2050–2053"),
        ("p", "Tiltakene nedenfor er lagt inn i økonomiplanen 2050–2053."),
        ("table", ["Tiltak", "År", "Kostnad (kr)"], tiltak, [96, 28, 36]),
        ("h1", "Vedlegg 1 Barnehagene i dag"),
        ("p", "Oversikten viser alle barnehagene med eier, godkjente plasser, byggeår og "
              "tilstand etter eiendomsavdelingens gjennomgang i 2049."),
        ("table", ["Barnehage", "Eier", "Plasser", "Bygd", "Tilstand"], bh, [40, 34, 18, 16, 52]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Barnehagebruksplan 2050–2060", author="Tverrås kommune",
           family="LS", size=10, head_left="Tverrås kommune",
           head_right="Barnehagebruksplan 2050–2060 · planforslag",
           foot=lambda n, t: f"Side {n} av {t}", accent="#7A4B12", head_fill="#F3E7D3")
    g = [
        P("S1", s[0], "content", "covered", ev="Oversikten viser alle barnehagene",
          trap="a requirement in the running prose of a PLANPROGRAM chapter ('4 Innholdet i "
               "planen'; no list anywhere): S1 … S8 by order in the mandate. The crosswalk "
               "'Oppfølging av planprogrammet' only points to 'Vedlegg 1'; the answer is the "
               "appendix table Barnehage | Eier | Plasser | Bygd | Tilstand (eierform, plasser, "
               "tilstand)"),
        P("S2", s[1], "content", "covered", ev="Ifølge SSBs hovedalternativ",
          trap="a chapter whose heading restates the point in other words ('Kommer det flere "
               "barn?'), a table per skolekrets to 2060"),
        P("S3", s[2], "content", "uncovered",
          trap="put off: 'Framtida for de to barnehagene utredes i egen sak i 2051'; the "
               "crosswalk points to kapittel 4, which only describes them"),
        P("S4", s[3], "content", "covered", ev="Vi vil gjøre det lettere",
          trap="answered in other words ('få og holde på gode folk'): stipend, mentor, hele "
               "stillinger"),
        P("S5", s[4], "content", "uncovered",
          trap="the crosswalk points 'Spesialpedagogisk hjelp' to kapittel 5, where PPT is only "
               "named in passing (a team that visits twice a year): a pointer is no answer"),
        P("S6", s[5], "deliverable", "partial", ev="Tiltakene nedenfor er lagt inn",
          missing=["hvem som har ansvaret for tiltakene"],
          trap="the handlingsdel table has Tiltak | År | Kostnad (kr), no ansvar column"),
        P("S7", s[6], "process", "partial", ev="Arbeidsgruppen har hatt åtte",
          missing=["høring hos rådet for personer med funksjonsnedsettelse"],
          trap="'5 Medvirkning og framdrift' in running text, after a sentence on the "
               "planprogram's own høring (past, none); the process chapter names the "
               "samarbeidsutvalg and the ungdomsråd, not the råd for personer med "
               "funksjonsnedsettelse"),
        P("S8", s[7], "process", "covered", ev="Planforslaget behandles i hovedutvalg",
          trap="24 November 2049, before 1 December. The kommunestyre's vedtak in February "
               "2050 (after the plan), the out-of-scope sentence on private barnehagers "
               "økonomi, Bakgrunn, Formål, Rammer and Organisering are none"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Tverrås kommune · Planprogram barnehagebruksplan 2050–2060",),
                producer="a PLANPROGRAM exported from Word (Liberation Serif 11.5, nb-NO, running "
                "header, 'Side n'): chapters 1–6, the requirements only in the running prose of "
                "'4 Innholdet i planen' and '5 Medvirkning og framdrift' (no list); plan laid out "
                "with reportlab (Liberation Sans 10, running head with a rule, 'Side n av m'), a "
                "crosswalk table 'Oppfølging av planprogrammet: Tema | Hvor i planen' first, a "
                "process chapter in the past tense, a table per skolekrets, a handlingsdel "
                "table without ansvar and an appendix table of the barnehager", points=g)


# =========================================================================== 3 nighttime (en)
@pair
def nighttime(d: Path) -> dict:
    pts = [
        ("(i)", "assess the size of the night-time economy in Harnley town centre, including the "
                "number of licensed premises, footfall after 6 pm and the jobs it supports;"),
        ("(ii)", "examine crime, anti-social behaviour and noise complaints linked to the "
                 "night-time economy, and how the Council works with Harnfordshire Police to "
                 "tackle them;"),
        ("(iii)", "consider whether late-night transport, including taxis and the last buses and "
                  "trains, meets the needs of visitors and of people who work in the town centre "
                  "at night;"),
        ("(iv)", "review the Council's Statement of Licensing Policy and the cumulative impact "
                 "assessment for the Market Street area, and consider whether the cumulative "
                 "impact area should be extended to Bridge Square, where most of the new venues "
                 "have opened since 2045."),
        ("(v)", "a final report with findings and recommendations, each recommendation with a "
                "lead officer or partner and a timescale;"),
        ("(vi)", "an estimate of the cost of each recommendation and of how it could be funded, "
                 "including the option of a Late Night Levy."),
        ("(vii)", "The group will take evidence from licensees, residents' associations, "
                  "Harnfordshire Police and Harnley Business Improvement District, and will "
                  "report to the Overview and Scrutiny Committee by 31 March 2050."),
    ]
    t = dict(pts)
    m = [
        ("title", "Terms of Reference"),
        ("meta", "Scrutiny review of Harnley's night-time economy · Overview and Scrutiny "
                 "Committee, 18 September 2049 · Agenda item 6"),
        ("h1", "1. Background"),
        ("p", "Harnley's town centre has changed a great deal over the last ten years. Several "
              "of the traditional pubs on Market Street have closed, while new bars, restaurants "
              "and a late-night music venue have opened around Bridge Square and in the old "
              "Corn Exchange. On a Friday or Saturday evening the centre is now busier than at "
              "any time of the week, and the evening and night-time economy has become one of "
              "the main reasons why people from the surrounding villages come into town."),
        ("p", "This has brought jobs and life to the centre, but it has also brought problems. "
              "Residents of the flats above the shops on Market Street and in the new homes at "
              "Bridge Wharf have complained to their ward councillors about noise, litter and "
              "people gathering in the street late at night. The Business Improvement District "
              "has asked the Council to take a more active part in managing the evening and "
              "night-time economy, and the police have raised concerns about the number of "
              "people leaving venues at the same time."),
        ("p", "The Committee agreed at its meeting on 10 July 2049 to set up a task and finish "
              "group to look at these issues. This document sets out what the review will "
              "cover, what it will produce and how it will be run. It was drafted by the "
              "Scrutiny Officer after a scoping meeting with the chair and the relevant "
              "Cabinet members."),
        ("h1", "2. Purpose"),
        ("p", "The purpose of the review is to understand how the night-time economy works in "
              "Harnley today and to recommend how the Council and its partners can support a "
              "safe, lively and well-managed town centre in the evening and at night, for "
              "visitors, for the people who work there and for those who live nearby."),
        ("h1", "3. Scope of the review"),
        ("p", "The task and finish group will:"),
        *[("typed", n, t[n], 1.2, 0.0) for n in ("(i)", "(ii)", "(iii)", "(iv)")],
        ("p", "The review will not look at individual licensing decisions or at the day-time "
              "economy of the town centre."),
        ("h1", "4. Deliverables"),
        ("p", "The group will produce:"),
        *[("typed", n, t[n], 1.2, 0.0) for n in ("(v)", "(vi)")],
        ("h1", "5. Governance"),
        ("typed", "(vii)", t["(vii)"], 1.2, 0.0),
        ("p", "The group will be chaired by Cllr Priya Desai and supported by the Scrutiny "
              "Officer. Cabinet will respond to the recommendations within two months of "
              "receiving the report."),
        ("h1", "6. Membership"),
        ("p", "Cllr Priya Desai (chair), Cllr Mark Holloway, Cllr Sian Price, Cllr Adam Yates and "
              "Cllr Julie Ward."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Terms of Reference – night-time economy review",
             author="Harnley Borough Council", font="Liberation Serif", size=12, lang="en-GB",
             header="Harnley Borough Council · Overview and Scrutiny",
             footer="Page {PAGE} of {NUMPAGES}", accent="3B2F5C", head_fill="E6E2EF")
    kryss = [
        ["(i) Size of the night-time economy", "Section 2"],
        ["(ii) Crime, anti-social behaviour and noise", "Section 3"],
        ["(iii) Late-night transport", "Section 5"],
        ["(iv) Licensing policy and cumulative impact", "Section 4"],
        ["(v) Recommendations", "Section 6"],
        ["(vi) Costs and funding", "Section 6"],
        ["(vii) Evidence taken", "Section 1"],
    ]
    recs = [
        ["R1", "Extend the cumulative impact area to the west side of Bridge Square",
         "Licensing Manager", "October 2050"],
        ["R2", "Pilot a safe space in the Corn Exchange on Saturday nights",
         "Community Safety Officer with Harnley BID", "December 2050"],
        ["R3", "Apply for Purple Flag accreditation for the town centre", "Harnley BID",
         "2051"],
        ["R4", "Install footfall counters on Bridge Square", "Economic Development Manager",
         "June 2050"],
        ["R5", "Report progress on these recommendations to this Committee", "Scrutiny Officer",
         "March 2051"],
    ]
    p = [
        ("title", "Harnley After Dark"),
        ("meta", "Report of the Night-Time Economy Task and Finish Group · Harnley Borough "
                 "Council · March 2050"),
        ("h1", "How this report answers the brief"),
        ("p", "The table shows where each part of our terms of reference is dealt with."),
        ("table", ["Terms of reference", "Where in this report"], kryss, [100, 50]),
        ("h1", "1. How we did the review"),
        ("p", "The task group met seven times between October 2049 and February 2050. We heard "
              "from four licensees, the Bridge Wharf and Market Street residents' associations, "
              "Inspector Tom Hale of Harnfordshire Police and the manager of Harnley Business "
              "Improvement District, and we walked the town centre with the police on two "
              "Saturday nights in November."),
        ("p", "This report goes to the Overview and Scrutiny Committee on 12 March 2050."),
        ("h1", "2. Harnley after dark"),
        ("p", "Harnley has 71 premises licensed to sell alcohol after 11 pm, most of them on "
              "Market Street and around Bridge Square. Counters in the centre show about 3,400 "
              "people in the streets at 10 pm on a Saturday, against 900 on a weekday evening. "
              "Bars, restaurants, takeaways and venues employ around 1,150 people, many of them "
              "young and working part-time."),
        ("h1", "3. Keeping people safe"),
        ("p", "Recorded violent crime in the town centre between 8 pm and 4 am fell by 12 per "
              "cent between 2046 and 2049, but incidents of anti-social behaviour rose, mostly "
              "around Bridge Square after 1 am. The Council pays for the CCTV and the taxi "
              "marshals, and its licensing officers visit licensed premises together with "
              "Harnfordshire Police every month. Pubwatch meets every quarter."),
        ("h1", "4. Licensing"),
        ("p", "The cumulative impact assessment for Market Street was renewed in 2047. The "
              "evidence we heard supports keeping it and extending it to the west side of "
              "Bridge Square, where six new venues have opened since 2045. The Statement of "
              "Licensing Policy as a whole is due for its five-yearly review in 2051 and was not "
              "examined by the group."),
        ("h1", "5. Getting home"),
        ("p", "Several witnesses raised late-night transport. It will be considered in the next "
              "review of the Local Transport Plan, which the County Council expects to start in "
              "2051."),
        ("h1", "6. Recommendations"),
        ("p", "Each recommendation below has a lead and a date by which it should be done."),
        ("table", ["No.", "Recommendation", "Lead", "By when"], recs, [12, 76, 50, 26]),
        ("p", "We have not costed the recommendations; officers will do so when Cabinet "
              "responds. Some members mentioned a Late Night Levy, but the group did not look "
              "at it."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Harnley After Dark – night-time economy review",
           author="Harnley Borough Council", family="Helvetica", size=10,
           head_left="Harnley Borough Council",
           head_right="Night-Time Economy Task and Finish Group",
           foot=lambda n, t: f"{n}", accent="#3B2F5C", head_fill="#E6E2EF")
    g = [
        P("i", t["(i)"], "content", "covered", ev="Harnley has 71 premises",
          trap="a hand-typed point of ENGLISH TERMS OF REFERENCE under '3. Scope of the "
               "review' ('The task and finish group will:'), numbered (i)–(vii) over three "
               "headings (Scope, Deliverables, Governance); points keep their numbers, without "
               "the brackets (i … vii). "
               "Answered in other words ('premises licensed to sell alcohol', 'counters', "
               "'employ around 1,150 people')"),
        P("ii", t["(ii)"], "content", "partial", ev="Recorded violent crime in the",
          missing=["the noise complaints from residents"],
          trap="crime, ASB and the joint work with the police are answered; noise is never "
               "taken up, although the crosswalk row says 'Crime, anti-social behaviour and "
               "noise'"),
        P("iii", t["(iii)"], "content", "uncovered",
          trap="put off: 'It will be considered in the next review of the Local Transport "
               "Plan'; the crosswalk row 'Late-night transport | Section 5' points to the "
               "deferral"),
        P("iv", t["(iv)"], "content", "partial", ev="The cumulative impact assessment for",
          missing=["a review of the Statement of Licensing Policy"],
          trap="the point wraps over the mandate's page break (two lines on each page). The "
               "cumulative impact assessment is reviewed and its extension to Bridge Square "
               "answered; the licensing policy 'was not examined by the group'"),
        P("v", t["(v)"], "deliverable", "covered", ev="Each recommendation below has",
          trap="under '4. Deliverables' ('The group will produce:'): the recommendations table "
               "No. | Recommendation | Lead | By when"),
        P("vi", t["(vi)"], "deliverable", "uncovered",
          trap="put off and named in passing: 'We have not costed the recommendations; "
               "officers will do so when Cabinet responds'; the Late Night Levy 'the group did "
               "not look at it'"),
        P("vii", t["(vii)"], "process", "covered", ev="The task group met seven times",
          trap="a full sentence typed as point (vii) under '5. Governance'; two demands, both "
               "met in the past-tense section 1 (the four parties heard; the report goes to the "
               "Committee on 12 March 2050). Background, Purpose, the out-of-scope sentence, "
               "the chair and Cabinet's response (after the report) and Membership are none"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Harnley Borough Council · Overview and Scrutiny",),
                producer="ENGLISH TERMS OF REFERENCE exported from Word (Liberation Serif 12, "
                "en-GB, running header, 'Page n of m', two pages): Background, Purpose, '3. "
                "Scope of the review' with hand-typed points (i)–(iv) (tab, hanging indent; "
                "(iv) wraps over the page break), '4. Deliverables' (v)–(vi), '5. Governance' "
                "(vii), Membership; plan laid out with reportlab (Helvetica 10, running head "
                "with a rule, bare page number), a crosswalk table 'How this report answers "
                "the brief' first, a process section in the past tense and a recommendations "
                "table", points=g)


# =========================================================================== 4 skolgard (sv)
@pair
def skolgard(d: Path) -> dict:
    upp = [
        "inventera skolgårdarna vid kommunens tolv grundskolor och bedöma deras storlek per "
        "elev, skick och utrustning",
        "föreslå hur gårdarna kan bli grönare och ge mer skugga, och hur dagvattnet kan tas om "
        "hand på gården",
        "pröva om skolgårdarna kan hållas öppna för allmänheten på kvällar och helger och vad "
        "det innebär för skötsel och skadegörelse",
        "beskriva hur flickor, yngre elever och elever med funktionsnedsättning kan få plats i "
        "leken och inte trängs undan av bollspel och andra aktiviteter som tar stor yta, "
        "särskilt på de skolor där friytan per elev redan är liten och många elever har rast "
        "samtidigt",
    ]
    lev = [
        "ett program med prioriterade åtgärder per skola för 2050–2054 med kostnadsberäkning",
        "en modell för hur elever och personal ska vara med när den egna skolgården görs om",
    ]
    org = [
        "projektledare: landskapsarkitekt vid tekniska förvaltningen",
        "arbetsgrupp: två rektorer, fastighetsförvaltaren och kommunens folkhälsostrateg",
        "styrgrupp: förvaltningscheferna för barn och utbildning och för teknik",
    ]
    tid = [
        "samråd med elevråden och rektorerna under hösten 2049",
        "förslaget lämnas till barn- och utbildningsnämnden senast den 15 februari 2050",
        "kommunfullmäktige antar programmet i april 2050",
    ]

    def dash(items: list[str]) -> str:
        return "".join(f"<div class='d'><span>–</span>{e(t)}</div>" for t in items)

    css = ("@page{size:A4;margin:24mm 26mm 22mm 26mm;@bottom-left{content:'Gräsmora kommun · "
           "Dnr BUN 2049/118';font:7.5pt 'DejaVu Sans',sans-serif;color:#666}"
           "@bottom-right{content:counter(page) ' (' counter(pages) ')';font:7.5pt "
           "'DejaVu Sans',sans-serif;color:#666}}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;line-height:1.55;"
           "color:#161616}.lh{font-weight:bold;font-size:14pt;letter-spacing:2px;color:#2d6a2e}"
           ".lh2{font-size:9pt;color:#444;margin-bottom:14px}h1{font-size:16pt;margin:8px 0 10px}"
           "table.f{border-collapse:collapse;width:100%;font-size:9pt;margin:0 0 14px}"
           "table.f td{border:1px solid #aab8a9;padding:3px 6px}table.f td.l{background:#e9f1e8;"
           "width:34%}h2{font-size:11.5pt;margin:14px 0 4px;color:#2d6a2e}p{margin:0 0 7px}"
           ".d{padding-left:6mm;text-indent:-6mm;margin:0 0 4px}.d span{display:inline-block;"
           "width:6mm;text-indent:0}")
    body = (
        "<div class='lh'>GRÄSMORA KOMMUN</div><div class='lh2'>Barn- och "
        "utbildningsförvaltningen</div>"
        "<h1>Uppdragsbeskrivning: Skolgårdsprogram 2050–2060</h1>"
        "<table class='f'><tr><td class='l'>Uppdragsgivare</td><td>Barn- och "
        "utbildningsnämnden</td></tr><tr><td class='l'>Uppdragsansvarig</td>"
        "<td>Förvaltningschefen för barn och utbildning</td></tr><tr><td class='l'>Beslutad"
        "</td><td>2049-05-20, § 54</td></tr><tr><td class='l'>Diarienummer</td>"
        "<td>BUN 2049/118</td></tr></table>"
        "<h2>Bakgrund</h2>"
        + paras("Gräsmora har tolv grundskolor med sammanlagt cirka 3 900 elever. Flera "
                "skolgårdar har krympt när skolorna byggts ut, och på några skolor har eleverna "
                "mindre än 15 kvadratmeter friyta var. Boverket rekommenderar minst 30 "
                "kvadratmeter per elev. Många gårdar är helt asfalterade, saknar skugga och har "
                "lekredskap från 1990-talet. Den senaste större upprustningen av gårdarna gjordes "
                "i början av 2000-talet, och sedan dess har mest akuta reparationer utförts.",
                "Skolgården är den plats där barn rör sig mest under en vanlig dag. "
                "Undersökningar visar att barn leker mer, bråkar mindre och orkar mer på "
                "lektionerna när gården är stor, grön och varierad. Elevhälsan har också pekat på "
                "att många konflikter mellan elever uppstår på rasterna när ytorna är små. Nämnden har därför beslutat "
                "att ta fram ett samlat program för skolgårdarna. Samtidigt tar kommunen fram en "
                "ny lokalförsörjningsplan, och flera av skolorna kommer att byggas om eller "
                "byggas till.")
        + "<h2>Syfte</h2>"
        + paras("Skolgårdsprogrammet ska ge nämnden underlag för att prioritera upprustningen "
                "av skolgårdarna de kommande tio åren, så att alla elever får en gård som "
                "inbjuder till lek, rörelse och vila.")
        + "<h2>Uppgifter</h2>" + dash(upp)
        + "<h2>Leveranser</h2>" + dash(lev)
        + "<h2>Organisation</h2>" + dash(org)
        + "<h2>Tidplan</h2>" + dash(tid)
        + "<h2>Ekonomi</h2>"
        + paras("Arbetet ryms i förvaltningarnas budget. Kostnaderna för åtgärderna tas upp i "
                "investeringsbudgeten efter att programmet har antagits.")
    )
    html_pdf(d / "mandate.pdf", lang="sv", title="Uppdragsbeskrivning – skolgårdsprogram",
             css=css, body=body)
    gard = [
        ["Norrby skola", "410", "12", "Trång, helt asfalterad, gamla lekredskap"],
        ["Gräsmora centralskola", "620", "18", "Stor bollplan, lite annat"],
        ["Björkhagaskolan", "380", "14", "Ingen skugga, ingen gunga"],
        ["Vallby skola", "290", "22", "Skog intill, slitna redskap"],
        ["Åsens skola", "340", "26", "Bra, men klätterställning avstängd"],
        ["Ekbackens skola", "260", "31", "Bra"],
        ["Lunds skola", "210", "38", "Bra, naturtomt"],
        ["Sörby skola", "330", "13", "Asfalt med sprickor, få redskap"],
        ["Hagaskolan", "450", "16", "Ingen skugga, trasigt staket"],
        ["Kyrkbyns skola", "150", "44", "Bra"],
        ["Mossens skola", "300", "21", "Gamla lekredskap"],
        ["Tallbackaskolan", "160", "14", "Liten gård, trafik intill"],
    ]
    atg = [
        ["2050", "Norrby skola", "Ny gård: träd, lugn zon, nya lekredskap", "3 200 000"],
        ["2050", "Björkhagaskolan", "Skuggtak, gungor och tio träd", "1 100 000"],
        ["2051", "Sörby skola", "Asfalt bort, grönytor och nya redskap", "2 600 000"],
        ["2051", "Hagaskolan", "Träd, nytt staket, sittplatser", "900 000"],
        ["2052", "Tallbackaskolan", "Köp av grannmark för större gård", "1 800 000"],
        ["2053", "Gräsmora centralskola", "Zoner och lekredskap för de yngsta", "1 400 000"],
        ["2054", "Vallby, Åsen och Mossen", "Byte av slitna lekredskap", "1 500 000"],
    ]
    p = [
        ("title", "Skolgårdsprogram 2050–2060"),
        ("meta", "Gräsmora kommun · Förslag till barn- och utbildningsnämnden, februari 2050"),
        ("h1", "1 Inledning"),
        ("p", "En bra skolgård är en plats där barn leker, rör sig, vilar och lär sig. I Gräsmora "
              "har många gårdar blivit mindre och hårdare i takt med att skolorna har vuxit. "
              "Programmet visar vad som behöver göras och i vilken ordning."),
        ("h1", "2 Så har vi arbetat"),
        ("p", "Landskapsarkitekten besökte alla tolv skolgårdar under våren 2049 tillsammans med "
              "fastighetsförvaltaren. I september och oktober 2049 träffade vi elevråden på tio "
              "av skolorna; eleverna markerade på kartor var de helst är och var de inte vill "
              "vara."),
        ("p", "Förslaget lämnas till barn- och utbildningsnämndens sammanträde den 11 februari "
              "2050."),
        ("h1", "3 Gårdarna i dag"),
        ("p", "Tabellen visar friytan per elev och vad besöken visade om varje gård."),
        ("table", ["Skola", "Elever", "Friyta per elev (m²)", "Bedömning"], gard,
         [4.4, 1.6, 2.8, 7.2]),
        ("p", "Fem skolor har mindre än hälften av Boverkets riktvärde på 30 kvadratmeter."),
        ("h1", "4 Mer grönska och skugga"),
        ("p", "På de flesta gårdar är asfalten het mitt på dagen. Vi föreslår att varje skola "
              "får minst tio nya träd, planteringar som eleverna kan sköta och skuggtak där de "
              "yngsta samlas."),
        ("h1", "5 En gård för alla"),
        ("p", "I dag tar fotbollsplanen ofta den största och bästa delen av gården, och det är "
              "mest äldre pojkar som använder den; många flickor och yngre elever berättade att "
              "de håller sig i utkanten. Vi vill dela in gårdarna i zoner: en aktiv "
              "yta, en lugn del med sittplatser och kojor och en del med gungor och sand för de "
              "yngsta. Alla nya lekredskap ska gå att nå med rullstol, och varje skola ska ha "
              "minst en gunga för barn med funktionsnedsättning."),
        ("h1", "6 Andra frågor"),
        ("p", "Flera grannar har frågat om skolgårdarna kan vara öppna på kvällar och helger. "
              "Den frågan hanteras i den kommande lokalförsörjningsplanen."),
        ("p", "Eleverna på Norrby skola ritade 2046 egna förslag till sin skolgård, och flera av "
              "deras idéer finns med i programmet."),
        ("h1", "7 Åtgärder 2050–2054"),
        ("p", "Åtgärderna är ordnade efter hur stort behovet är. Kostnaderna är uppskattade i "
              "2049 års priser."),
        ("table", ["År", "Skola", "Åtgärd", "Kostnad (kr)"], atg, [1.4, 4.2, 7.6, 2.8]),
    ]
    docx_pdf(d / "plan.pdf", p, title="Skolgårdsprogram 2050–2060", author="Gräsmora kommun",
             font="DejaVu Sans", size=9.5, lang="sv-SE",
             header="Gräsmora kommun – Skolgårdsprogram 2050–2060",
             footer="Sida {PAGE} av {NUMPAGES}", accent="2D6A2E", head_fill="E9F1E8")
    g = [
        P("1", upp[0], "content", "covered", ev="Tabellen visar friytan per elev",
          trap="a dash bullet under 'Uppgifter' in an UPPDRAGSBESKRIVNING (HTML '–' bullets "
               "under several headings, lower case, no closing marks); points numbered by place "
               "over Uppgifter (1–4), Leveranser (5–6) and Tidplan (7–8). Answered by a table: "
               "'Friyta per elev (m²)' (storlek per elev) and 'Bedömning' (skick, utrustning)"),
        P("2", upp[1], "content", "partial", ev="På de flesta gårdar är asfalten",
          missing=["hur dagvattnet ska tas om hand på gården"],
          trap="greener and more shade answered (träd, planteringar, skuggtak, 'asfalten het' "
               "for skugga); dagvatten is never named"),
        P("3", upp[2], "content", "uncovered",
          trap="put off: 'Den frågan hanteras i den kommande lokalförsörjningsplanen'"),
        P("4", upp[3], "content", "covered", ev="I dag tar fotbollsplanen ofta",
          trap="the bullet runs over the mandate's page break. Answered in other words: zoner, "
               "a lugn del, gungor för de yngsta, rullstol (the football pitch taken by 'äldre "
               "pojkar')"),
        P("5", lev[0], "deliverable", "covered", ev="Åtgärderna är ordnade efter",
          trap="the table År | Skola | Åtgärd | Kostnad (kr), 2050–2054"),
        P("6", lev[1], "deliverable", "uncovered",
          trap="named in passing only: the Norrby pupils drew proposals in 2046 — something "
               "done once, no model for how elever and personal take part"),
        P("7", tid[0], "process", "partial", ev="Landskapsarkitekten besökte alla",
          missing=["samråd med rektorerna"],
          trap="a dash line under 'Tidplan': the elevråd were met in September and October "
               "2049 (past tense); the rektorer are never said to be consulted"),
        P("8", tid[1], "process", "covered", ev="Förslaget lämnas till barn",
          trap="the nämnd's meeting of 11 February 2050, before 15 February. The line on "
               "kommunfullmäktige (after the plan), Bakgrund, Syfte, the Organisation lines and "
               "Ekonomi are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("GRÄSMORA KOMMUN", "Gräsmora kommun · Dnr BUN 2049/118", "1 (2)", "2 (2)"),
                producer="an UPPDRAGSBESKRIVNING printed from HTML with Chromium (DejaVu Sans "
                "10.5, a letterhead line, a form table, footer 'Gräsmora kommun · Dnr …' and "
                "'n (m)', two pages): Bakgrund, Syfte, dash bullets under 'Uppgifter', "
                "'Leveranser', 'Organisation' and 'Tidplan' (the fourth Uppgifter bullet runs "
                "over the page break), Ekonomi; plan exported from Word (DejaVu Sans 9.5, sv-SE, "
                "running header, 'Sida n av m'), a process chapter in the past tense, a table "
                "per skola and an Åtgärder table", points=g)


# =========================================================================== 5 busetjing (nn)
@pair
def busetjing(d: Path) -> dict:
    pts = [
        ("1)", "Gje eit oversyn over flyttinga til og frå kommunen dei siste ti åra, fordelt på "
               "alder og grend."),
        ("2)", "Kartleggje kva bustader som manglar, særleg utleigebustader for unge og "
               "tilflyttarar."),
        ("3)", "Vurdere korleis kommunen kan ta betre imot nye innbyggjarar, mellom anna med"),
        ("4)", "Greie ut om kommunen bør gje rabatt på tomteprisen til unge som byggjer i "
               "grendene."),
        ("5)", "Ha ein handlingsdel med tiltak, ansvarleg og tidsfrist."),
        ("6)", "Leggjast fram for formannskapet innan 1. juni 2050, etter at ungdomsrådet og "
               "næringsforeininga har fått uttale seg."),
    ]
    sub3 = [("a –", "ein fast kontaktperson for tilflyttarar,"),
            ("b –", "hjelp til å finne arbeid for partnaren.")]
    t3 = pts[2][1] + " " + " ".join(f"{n} {x}" for n, x in sub3)
    t = dict(pts)

    def item(n: str, text: str) -> str:
        return f"<div class='pt'><span class='n'>{n}</span>{e(text)}</div>"

    css = ("@page{size:A4;margin:15mm 18mm 18mm 20mm;@bottom-left{content:'Straumfjord kommune "
           "· Arkivsak 49/622';font:7.5pt 'Liberation Sans',sans-serif;color:#555}"
           "@bottom-right{content:'Side ' counter(page) ' av ' counter(pages);font:7.5pt "
           "'Liberation Sans',sans-serif;color:#555}}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.45;"
           "color:#111}.top{display:flex;justify-content:space-between;border-bottom:2px solid "
           "#1d4e89;padding-bottom:3px;margin-bottom:10px}.top b{font-size:13pt;color:#1d4e89}"
           ".top span{font-size:12pt;letter-spacing:3px;color:#1d4e89}table.m{border-collapse:"
           "collapse;font-size:8.5pt;margin:0 0 8px}table.m td{padding:1px 16px 1px 0}"
           "table.g{border-collapse:collapse;font-size:8.5pt;margin:4px 0 10px}table.g th,"
           "table.g td{border:1px solid #9db0c8;padding:2px 8px;text-align:left}table.g th"
           "{background:#e3eaf4;font-weight:normal}h1{font-size:14pt;margin:10px 0 8px}"
           "h2{font-size:10.5pt;margin:12px 0 4px}p{margin:0 0 6px}.pt{padding-left:8mm;"
           "text-indent:-8mm;margin:0 0 4px}.pt .n{display:inline-block;width:8mm;"
           "text-indent:0}.sub{padding-left:16mm;text-indent:-8mm;margin:0 0 3px}"
           ".sub .n{display:inline-block;width:8mm;text-indent:0}")
    body = (
        "<div class='top'><b>Straumfjord kommune</b><span>SAKSFRAMLEGG</span></div>"
        "<table class='m'><tr><td>Sakshandsamar:</td><td>Ingrid Vik</td><td>Arkiv:</td>"
        "<td>FE-140</td></tr><tr><td>Arkivsaksnr.:</td><td>49/622</td><td>Dato:</td>"
        "<td>22.08.2049</td></tr></table>"
        "<table class='g'><tr><th>Saksnr.</th><th>Utval</th><th>Møtedato</th></tr>"
        "<tr><td>58/49</td><td>Formannskapet</td><td>03.09.2049</td></tr>"
        "<tr><td>71/49</td><td>Kommunestyret</td><td>17.09.2049</td></tr></table>"
        "<h1>Busetjingsstrategi 2050–2058 – oppstart og mandat</h1>"
        "<h2>Forslag til vedtak:</h2>"
        + paras("Kommunestyret vedtek at det skal lagast ein busetjingsstrategi for Straumfjord "
                "kommune for perioden 2050–2058. Strategien skal:")
        + item(*pts[0]) + item(*pts[1]) + item(*pts[2])
        + "".join(f"<div class='sub'><span class='n'>{n}</span>{e(x)}</div>" for n, x in sub3)
        + item(*pts[3]) + item(*pts[4]) + item(*pts[5])
        + "<h2>Saksopplysningar</h2>"
        + paras("Straumfjord hadde 4 212 innbyggjarar 1. januar 2049, 260 færre enn ti år "
                "tidlegare. Fødselstalet er lågt, og fleire flyttar ut enn inn. Samstundes "
                "manglar både helsetenesta og fleire bedrifter folk, og det er ledige "
                "stillingar som ikkje blir fylte.",
                "Kommuneplanen sin samfunnsdel frå 2046 har «Fleire som vil bu her» som eitt av "
                "tre satsingsområde, men kommunen har ikkje ein samla plan for korleis dette "
                "skal nåast.")
        + "<h2>Vurdering</h2>"
        + paras("Kommunedirektøren meiner ein busetjingsstrategi vil gje eit betre grunnlag for "
                "å prioritere tiltak og for å samarbeide med næringslivet. Arbeidet blir leia av "
                "næringssjefen og gjort innanfor gjeldande budsjett.")
    )
    html_pdf(d / "mandate.pdf", lang="nn", title="Saksframlegg 49/622 – busetjingsstrategi",
             css=css, body=body)
    grend = [
        ["Sentrum", "540", "480", "+60"],
        ["Nesset", "310", "270", "+40"],
        ["Vågen", "190", "330", "−140"],
        ["Indre Straumfjord", "150", "290", "−140"],
        ["Nordsida", "120", "150", "−30"],
        ["Heile kommunen", "1 310", "1 520", "−210"],
    ]
    tiltak = [
        ["Velkomstpakke og kontaktperson på servicetorget for nye innbyggjarar",
         "Leiar servicetorget", "2051"],
        ["Årleg velkomstkveld saman med lag og foreiningar", "Kultursjef", "Kvar haust"],
        ["Kampanjen «Heim att» retta mot studentar frå Straumfjord", "Næringssjef",
         "2050–2051"],
        ["Fleire møtestader for ungdom i Vågen og Indre Straumfjord",
         "Kultursjef og ungdomsrådet", "2052"],
        ["Oppdatert oversikt over ledige tomter på nettsida", "Plan og byggesak", "2050"],
    ]
    p = [
        ("title", "Busetjingsstrategi 2050–2058"),
        ("meta", "Straumfjord kommune · Framlegg til formannskapet, mai 2050"),
        ("h1", "1 Kvifor ein busetjingsstrategi"),
        ("p", "Straumfjord har hatt færre innbyggjarar kvart år sidan 2038. Skal skular, "
              "butikkar og lag halde fram i grendene, må fleire velje å bu her. Strategien "
              "viser kva kommunen vil gjere saman med næringslivet og lokalsamfunna."),
        ("h1", "2 Slik har vi arbeidd"),
        ("p", "Ei arbeidsgruppe frå plan, næring og servicetorget har hatt ansvaret. I mars 2050 "
              "intervjua vi 25 personar som har flytta til kommunen dei siste fem åra. Utkastet "
              "var til uttale i ungdomsrådet 14. april 2050, og rådet bad særleg om fleire "
              "møtestader for ungdom."),
        ("p", "Strategien blir lagd fram for formannskapet 27. mai 2050."),
        ("h1", "3 Kven flyttar, og kvar?"),
        ("p", "Frå 2040 til 2049 flytta 1 310 personar til Straumfjord og 1 520 ut. Dei fleste "
              "som reiser, er mellom 19 og 25 år og flyttar for å ta utdanning. Tilflyttarane "
              "er oftast mellom 28 og 40 år, og mange har med seg barn. Sentrum og Nesset har "
              "fått fleire innbyggjarar, medan Vågen og Indre Straumfjord har mista flest."),
        ("table", ["Grend", "Flytta inn 2040–2049", "Flytta ut", "Netto"], grend,
         [50, 40, 30, 24]),
        ("h1", "4 Å bu i Straumfjord"),
        ("p", "Fleire av dei vi intervjua, fortalde at det tok lang tid å finne ein stad å bu. "
              "Bustadbehovet er omtalt i bustadsosial handlingsplan og blir ikkje gjenteke her."),
        ("p", "Prisane på kommunale bustadtomter blir vurderte i samband med budsjettet for "
              "2051."),
        ("h1", "5 Velkomen til Straumfjord"),
        ("p", "Mange tilflyttarar seier at det tok tid å bli kjend med folk. Frå 2051 får alle "
              "som melder flytting til kommunen, ein velkomstpakke og namnet på ein person på "
              "servicetorget som dei kan ta kontakt med det første året. Lag og foreiningar "
              "blir inviterte til ein årleg velkomstkveld."),
        ("h1", "6 Handlingsdel 2050–2053"),
        ("p", "Tabellen viser kven som har ansvaret for kvart tiltak, og når det skal vere "
              "gjort."),
        ("table", ["Tiltak", "Ansvarleg", "Når"], tiltak, [96, 44, 24]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Busetjingsstrategi 2050–2058", author="Straumfjord kommune",
           family="LS", size=10.5, head_left="Straumfjord kommune",
           head_right="Busetjingsstrategi 2050–2058",
           foot=lambda n, t: f"{n}/{t}", accent="#1D4E89", head_fill="#E3EAF4")
    g = [
        P("1", t["1)"], "content", "covered", ev="Frå 2040 til 2049 flytta",
          trap="a point typed '1)' in a SAKSFRAMLEGG's 'Forslag til vedtak:' after the order "
               "sentence ('Kommunestyret vedtek at det skal lagast …', the mandate, not a "
               "point); points 1 … 6 keep their numbers. Answered in other words (flytta inn / "
               "ut, age bands, a table per grend)"),
        P("2", t["2)"], "content", "uncovered",
          trap="named in passing and pointed elsewhere: 'Bustadbehovet er omtalt i bustadsosial "
               "handlingsplan og blir ikkje gjenteke her'"),
        P("3", t3, "content", "partial", ev="Mange tilflyttarar seier at",
          missing=["hjelp til å finne arbeid for partnaren"],
          trap="a point with sub-points typed 'a –' and 'b –' on their own lines (text: the "
               "lead and both sub-points as printed). The kontaktperson is answered in other "
               "words ('namnet på ein person på servicetorget'); work for the partner is never "
               "named"),
        P("4", t["4)"], "content", "uncovered",
          trap="put off: 'Prisane på kommunale bustadtomter blir vurderte i samband med "
               "budsjettet for 2051'"),
        P("5", t["5)"], "deliverable", "covered", ev="Tabellen viser kven som har",
          trap="the handlingsdel table Tiltak | Ansvarleg | Når"),
        P("6", t["6)"], "process", "partial", ev="Ei arbeidsgruppe frå plan",
          missing=["næringsforeininga si uttale"],
          trap="two demands: the formannskap on 27 May 2050 (before 1 June) and the ungdomsråd "
               "heard; the næringsforeining is never said to have been heard. The "
               "Saksopplysningar and Vurdering are none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Straumfjord kommune SAKSFRAMLEGG",
                      "Straumfjord kommune · Arkivsak 49/622"),
                producer="a SAKSFRAMLEGG from the case system printed with Chromium (Liberation "
                "Sans 10, a top band with a rule, meta and saksgang tables, footer 'Straumfjord "
                "kommune · Arkivsak …' and 'Side n av m'): 'Forslag til vedtak:' with an order "
                "sentence and points typed '1)' … '6)' in a hanging indent, point 3 with "
                "sub-points 'a –' and 'b –' on their own lines; Saksopplysningar, Vurdering; plan "
                "laid out with reportlab (Liberation Sans 10.5, running head with a rule, 'n/m'), "
                "a process chapter in the past tense, a table per grend and a handlingsdel "
                "table", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind44/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
