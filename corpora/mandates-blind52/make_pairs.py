"""Build the fifty-second blind batch of mandate/plan pairs under corpora/mandates-blind52/ and their gold.

Written on 2026-12-08 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: a bokmål DELEGERINGSBREV (fullmakt) from the kommunedirektør to a
kommunalsjef (python-docx → LibreOffice), whose delegated powers are no points and whose one
'særskilt oppdrag' of three orders the plan, in prose and bullets; a nynorsk SPØRSMÅL OG SVAR
page (FAQ) on the kommune's web site (HTML → Chromium), where the answers carry the
requirements among advice to house owners; a Swedish PRESSMEDDELANDE from the kommun's
newsroom (HTML → Chromium), whose points stand in the news text, in a quote from the
kommunstyrelse's chair and in a fact box; a Danish POLITIK- OG PLANKONCEPT (python-docx →
LibreOffice, landscape), whose comparison table of three document types holds the points in the
'Handleplan' column only; and a US PROJECT CHARTER on one landscape slide (reportlab canvas),
whose points are the Deliverables box and four rows of a Gantt-like milestone strip. Plans
answer as real ones do: headings that restate a point in other words, answers in tables,
process facts in the past tense, deferrals, refusals, words shared without an answer.

    python corpora/mandates-blind52/make_pairs.py               # all pairs
    python corpora/mandates-blind52/make_pairs.py --verify      # point texts and gold quotes
    python corpora/mandates-blind52/make_pairs.py --twice       # build twice, compare sha256

Imports the forty-seventh batch's builder through pairkit (its odfpy writer `odt_pdf`, its
layout check `expect_on_page` and its point-text check `check_texts`, pointed at this folder)
and, through it, the twentieth (P, verify, the construction check) and thirty-third batch's
document writers (docx_pdf, rl_pdf, html_pdf and the HTML helpers e, paras, table_html). The
charter slide's canvas drawing (`charter_pdf`) is this batch's own. Nothing of the earlier
batches is edited.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import blindkit as bk  # noqa: E402
import pairkit as pk  # noqa: E402

_b47 = pk.load_module("mandates_blind47_make_pairs", HERE.parent / "mandates-blind47" / "make_pairs.py")
_b20, _b33 = _b47._b20, _b47._b33
P = _b20.P
docx_pdf, rl_pdf, html_pdf = _b33.docx_pdf, _b33.rl_pdf, _b33.html_pdf
e, paras, table_html = _b33.e, _b33.paras, _b33.table_html
odt_pdf, expect_on_page = _b47.odt_pdf, _b47.expect_on_page

PAIRS, pair = pk.pair_registry()

# running header / footer lines of the mandates, left out by the construction check
DROP = {
    "bruer": ("Storvåg kommune · Kommunedirektøren",),
    "spreidd-avlaup": ("eikenes.kommune.no › Vatn og avlaup › Spørsmål og svar",),
    "sittplatser": ("sorbyholm.se/nyhetsrum",),
    "mundsundhed": ("Lindebjerg Kommune · Politik- og plankoncept",),
    "sidewalks": ("City of Pell Harbor · Public Works & Transportation",),
}


# =========================================================================== 1 bruer (nb)
@pair
def bruer(d: Path) -> dict:
    s1 = ("Planen skal bygge på en oppdatert oversikt over tilstanden til hver bru, med "
          "skadegrad og bæreevne.")
    b = [
        "prioritere bruene for vedlikehold og utskifting og begrunne rekkefølgen",
        "anslå kostnadene for hvert tiltak, slik at de kan tas inn i økonomiplanen",
        "vurdere om noen bruer kan stenges eller erstattes med kulvert eller omkjøring",
        "beskrive rutiner for inspeksjon, herunder hvem som utfører hovedinspeksjonene og hvor "
        "ofte",
        "vise hvordan framkommeligheten for skoleskyss, tømmertransport og utrykningskjøretøy "
        "skal sikres mens arbeidet pågår",
    ]
    s2 = ("Grunneiere og næringsliv som er avhengige av bruene, skal informeres og få mulighet "
          "til å komme med innspill før planen sendes på høring.")
    s3 = "Planutkastet legges fram for utvalg for teknikk og miljø innen 1. oktober 2051."
    m = [
        ("bold", "STORVÅG KOMMUNE"),
        ("p", "Kommunedirektøren"),
        ("p", "Til: Kommunalsjef for samfunnsutvikling Øyvind Sandbakk"),
        ("p", "Vår ref.: 2051/118-2 · Arkivkode: 033 · Dato: 12.01.2051"),
        ("h1", "Delegering av myndighet og særskilte oppdrag 2051 – kommunalsjef for "
               "samfunnsutvikling"),
        ("h2", "1 Innledning"),
        ("p", "Med hjemmel i kommunestyrets delegeringsreglement, vedtatt 14.06.2049 i sak "
              "38/49, delegerer jeg med dette myndighet til deg som kommunalsjef for "
              "samfunnsutvikling. Brevet erstatter delegeringsbrevet av 3. februar 2048. Det "
              "gjelder til det blir trukket tilbake eller erstattet av et nytt brev."),
        ("h2", "2 Delegert myndighet"),
        ("p", "Du gis myndighet til å treffe vedtak i saker som gjelder:"),
        ("typed", "2.1", "tillatelse til graving og arbeid i og langs kommunal veg etter "
                         "veglova §§ 32 og 57,", 1.1, 0.0),
        ("typed", "2.2", "skilt og trafikkregulerende tiltak på kommunale veger, herunder "
                         "midlertidige aksellastrestriksjoner på veger og bruer i "
                         "teleløsningen,", 1.1, 0.0),
        ("typed", "2.3", "tildeling av adresser etter matrikkellova § 21,", 1.1, 0.0),
        ("typed", "2.4", "innkjøp innenfor vedtatt budsjett opp til 1,3 mill. kr eks. mva.,",
         1.1, 0.0),
        ("typed", "2.5", "tilsetting i stillinger i sektoren, unntatt enhetsledere, og", 1.1,
         0.0),
        ("typed", "2.6", "uttalelser til høringer fra statlige og fylkeskommunale etater om "
                         "samferdsel og vegstandard.", 1.1, 0.0),
        ("h2", "3 Vilkår og begrensninger"),
        ("p", "Myndigheten skal utøves innenfor lov, forskrift, kommunens reglementer og "
              "vedtatt budsjett. Saker av prinsipiell betydning skal legges fram for meg før "
              "vedtak treffes. Du kan delegere myndigheten videre til enhetsledere i sektoren, "
              "men ikke lenger ned. Videredelegering skal skje skriftlig med kopi til meg, og "
              "vedtak etter delegert myndighet skal journalføres i sak/arkiv."),
        ("p", "Klager på vedtak du treffer, forberedes av deg og sendes klagenemnda gjennom "
              "servicekontoret. Du skal ikke behandle saker der du er inhabil; slike saker "
              "sendes til meg."),
        ("h2", "4 Særskilte oppdrag i 2051"),
        ("p", "I tillegg til den løpende driften gir jeg deg tre særskilte oppdrag for 2051."),
        ("bold", "4.1 Plan for forvaltning av de kommunale bruene"),
        ("p", "Tilstandsvurderingen fra 2049 viste at flere av de 31 kommunale bruene har "
              "skader som må utbedres innen få år, og Statens vegvesen har varslet at "
              "kommunene må holde bruregisteret oppdatert. Jeg ber deg derfor lede arbeidet "
              "med en plan for forvaltning av de kommunale bruene for perioden 2052–2061. " + s1
              + " Ut over dette skal planen:"),
        ("bullets", b),
        ("p", s2 + " Du bør se på erfaringene fra nabokommunene som har ansatt en felles "
              "bruforvalter. Kostnader til innleid brukonsulent dekkes innenfor rammen på 250 000 "
              "kr som er satt av i budsjettet for 2051."),
        ("p", s3 + " Kommunestyret fastsetter planen etter høring."),
        ("bold", "4.2 Gjennomgang av gebyrregulativet"),
        ("p", "Du skal gjennomgå gebyrregulativet for byggesak, oppmåling og graving i kommunal "
              "veg og foreslå nye satser som gir full kostnadsdekning. Forslaget legges fram "
              "sammen med budsjettet for 2052."),
        ("bold", "4.3 Heltidskultur"),
        ("p", "Sektoren skal sammen med de tillitsvalgte lage en plan for å øke andelen "
              "heltidsstillinger i renholdstjenesten. Arbeidet samordnes med personalsjefen."),
        ("h2", "5 Rapportering"),
        ("p", "Du rapporterer om bruken av delegert myndighet i tertialrapportene. Status for de "
              "særskilte oppdragene gis i ledermøtet den første tirsdagen i hver måned."),
        ("p", "Med hilsen"),
        ("p", "Randi Holmsletta, kommunedirektør"),
        ("p", "Dokumentet er elektronisk godkjent og har ingen signatur. Kopi: hovedtillitsvalgte, "
              "økonomisjef, servicekontoret."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Delegering av myndighet og særskilte oppdrag 2051",
             author="Storvåg kommune", font="Liberation Serif", size=11.5, lang="nb-NO",
             header=DROP["bruer"][0], footer="Side {PAGE} av {NUMPAGES}", accent="1F1F1F",
             head_fill="EEEEEE")
    # the bullets of 4.1 run over the page break: bullet 2 on page 1, bullet 3 on page 2
    expect_on_page(d / "mandate.pdf", [(1, "slik at de kan tas inn i økonomiplanen"),
                                       (2, "erstattes med kulvert eller omkjøring")])

    tilstand = [
        ["Kvernbekk bru", "1958", "4", "8 t (skiltet)"],
        ["Storgjølet bru", "1964", "4", "Ikke beregnet"],
        ["Lauvåsen bru", "1971", "3", "10 t"],
        ["Myrvollen bru", "1969", "3", "Ikke beregnet"],
        ["Skardbakk bru", "1975", "3", "32 t"],
        ["Tjønnholt bru", "1980", "3", "32 t"],
        ["Bekkeløkka gangbru", "1992", "3", "Gangtrafikk"],
    ]
    prio = [
        ["1", "Kvernbekk bru", "Ny bru i betong", "2052–2053", "14,5"],
        ["2", "Lauvåsen bru", "Nytt brudekke og rekkverk", "2053", "3,2"],
        ["3", "Myrvollen bru", "Forsterking av landkar", "2054", "2,1"],
        ["4", "Skardbakk bru", "Nytt rekkverk, fuger", "2055", "1,4"],
        ["5", "Tjønnholt bru", "Fuger, overflatebehandling", "2056", "0,8"],
        ["6", "Bekkeløkka gangbru", "Nytt dekke i tre", "2056", "0,6"],
        ["7", "Storgjølet bru", "Avklares etter bæreevneberegning", "2057", ""],
    ]
    p = [
        ("title", "Bruplan for Storvåg kommune 2052–2061"),
        ("meta", "Planutkast lagt fram for utvalg for teknikk og miljø 24. september 2051, sak "
                 "41/51"),
        ("h1", "1 Innledning"),
        ("p", "Kommunen eier 31 bruer på kommunale veger og gang- og sykkelveger. Mange av dem "
              "ble bygd på 1960- og 1970-tallet og nærmer seg slutten av levetiden. Planen "
              "viser hvilke bruer som må utbedres eller skiftes ut de neste ti årene, og hvordan "
              "bruene skal følges opp. Den er laget av Samfunnsutvikling, med en innleid "
              "brukonsulent."),
        ("h1", "2 Slik har vi arbeidet"),
        ("p", "Vi holdt et informasjonsmøte på Myrvollen grendehus 6. mai 2051 for grunneierne "
              "langs Skardbakkvegen og Lauvåsvegen, som bruker bruene til gårdsdrift og "
              "skogsdrift. Skogeierlaget sendte et skriftlig innspill etter møtet. Innspillene "
              "er omtalt i kapittel 7."),
        ("h1", "3 Tilstanden til bruene"),
        ("p", "Brukonsulenten gjennomførte hovedinspeksjon av alle bruene i 2049 og 2050. "
              "Tabellen viser bruene med skadegrad 3 eller 4 (betydelige eller kritiske skader). "
              "De øvrige 24 bruene har små skader og er ikke tatt med her."),
        ("table", ["Bru", "Byggeår", "Skadegrad", "Bæreevne"], tilstand, [50, 24, 26, 60]),
        ("h1", "4 Hvilke bruer tar vi først?"),
        ("p", "Rekkefølgen bygger på skadegraden og på hvor mye bruen brukes. Kvernbekk bru "
              "kommer først fordi den er eneste adkomst til Myrvollen skole og har kritiske "
              "skader. Storgjølet bru står sist fordi vi ikke vet nok om bæreevnen ennå."),
        ("table", ["Prioritet", "Bru", "Tiltak", "År", "Anslått kostnad (mill. kr)"], prio,
         [18, 38, 56, 22, 36]),
        ("p", "Kostnadene er anslag på planleggingsnivå (± 40 %). Kostnaden for Storgjølet bru "
              "kan først anslås når bæreevnen er beregnet."),
        ("h1", "5 Kulverter og stikkrenner"),
        ("p", "Kommunen har også om lag 140 kulverter og stikkrenner med spenn under to meter. "
              "De inspiseres sammen med vegene og er ikke med i denne planen."),
        ("h1", "6 Inspeksjoner"),
        ("p", "Vegformannen gjør en enkel inspeksjon av alle bruene hvert år etter vårløsningen "
              "og etter store flommer. Hovedinspeksjon gjøres hvert femte år av en innleid "
              "brukonsulent med sertifisering fra Statens vegvesen. Resultatene legges inn i "
              "bruregisteret."),
        ("h1", "7 Trafikken mens vi bygger"),
        ("p", "Mens Kvernbekk bru bygges, kjøres skolebussen via Lauvåsvegen. Det gir om lag ti "
              "minutter lengre reisetid. Brannvesenet og ambulansetjenesten får beskjed om "
              "omkjøringen før arbeidet starter. Skogeierlaget ba om en midlertidig bru for "
              "tømmerbiler. Det har vi ikke funnet plass til i budsjettet."),
        ("h1", "8 Videre behandling"),
        ("p", "Utvalg for teknikk og miljø behandlet planutkastet 24. september 2051 og vedtok å "
              "sende det på høring i seks uker. Kommunestyret skal fastsette planen i desember "
              "2051."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Bruplan for Storvåg kommune 2052–2061",
           author="Storvåg kommune", family="LS", size=10,
           head_left="Storvåg kommune · Samfunnsutvikling", head_right="Bruplan 2052–2061",
           foot=lambda n, t: f"Side {n} av {t}", accent="#3B4F2E", head_fill="#E5EBDF")
    g = [
        P("S1", s1, "content", "partial", ev="Brukonsulenten gjennomførte hovedinspeksjon",
          missing=["tilstanden til de 24 bruene med små skader (ikke tatt med)",
                   "bæreevnen for Storgjølet bru og Myrvollen bru (ikke beregnet)"],
          trap="a sentence in the PROSE of særskilt oppdrag 4.1 of a DELEGERINGSBREV, right after "
               "the sentence that orders the plan; the table lists only the seven bridges with "
               "skadegrad 3–4, and two of them without bæreevne"),
        P("1", b[0], "content", "covered", ev="Rekkefølgen bygger på skadegraden",
          trap="a Word bullet after 'Ut over dette skal planen:'; answered under a heading in "
               "other words ('Hvilke bruer tar vi først?') with a priority table and reasons"),
        P("2", b[1], "content", "covered", ev="Rekkefølgen bygger på skadegraden",
          trap="costs in the priority table's last column; Storgjølet's cost left open until "
               "the load capacity is known, which the plan explains (a reader could say partial)"),
        P("3", b[2], "content", "uncovered",
          trap="SHARED WORDS: the chapter 'Kulverter og stikkrenner' names kulverter but only to "
               "say they are not in the plan; no bridge is assessed for closing or replacing. The "
               "bullet stands at the top of page 2 of the mandate, after the page break"),
        P("4", b[3], "content", "covered", ev="Vegformannen gjør en enkel inspeksjon",
          trap="answered under 'Inspeksjoner': who (vegformann, certified consultant) and how "
               "often (yearly, every fifth year)"),
        P("5", b[4], "content", "partial", ev="Mens Kvernbekk bru bygges",
          missing=["framkommelighet for tømmertransport (midlertidig bru avvist: 'Det har vi "
                   "ikke funnet plass til i budsjettet')"],
          trap="the school bus and the emergency services answered; timber transport refused"),
        P("S2", s2, "process", "partial", ev="Vi holdt et informasjonsmøte",
          missing=["næringslivet (bare grunneierne og skogeierlaget var med)"],
          trap="past tense: a meeting for the landowners in May 2051; no business is named"),
        P("S3", s3, "process", "covered", ev="Planutkast lagt fram for utvalg",
          trap="the meta line and chapter 8: the utvalg treated the draft on 24 September 2051, "
               "before 1 October. Not points: the delegated powers 2.1–2.6 (2.2 shares 'bruer'), "
               "the conditions, the advice ('Du bør se på erfaringene …'), the money rule, the "
               "kommunestyre's fastsetting (after the plan), oppdrag 4.2 and 4.3, the reporting"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["bruer"],
                producer="a DELEGERINGSBREV from the kommunedirektør to a kommunalsjef, exported "
                "from Word (Liberation Serif 11.5, nb-NO, running header, 'Side n av m', two "
                "pages): letter head, delegated powers typed '2.1' … '2.6' (none), conditions, "
                "three 'særskilte oppdrag' of which 4.1 orders the plan in prose (S1), five Word "
                "bullets over the page break and two sentences (S2, S3) among advice and a money "
                "rule; plan reportlab (Liberation Sans 10, running head, 'Side n av m'), a "
                "condition table, a priority table with costs, headings in other words, shared "
                "words, a refusal", points=g)


# =========================================================================== 2 spreidd-avlaup (nn)
@pair
def spreidd_avlaup(d: Path) -> dict:
    s1 = ("Planen skal gje ei oversikt over alle private avlaupsanlegg utanfor område med "
          "kommunalt avlaup, med alder og type anlegg.")
    s2 = ("Han skal òg peike ut kva område som skal prioriterast for oppfølging, ut frå kor "
          "sårbare bekkane, elvane og drikkevasskjeldene er.")
    bl = ["vurdere om fleire område bør knytast til kommunalt nett",
          "seie korleis kommunen vil følgje opp pålegg om utbetring, og kor lang frist eigarane "
          "får"]
    s3 = "Planen skal vise kor mange hytter som har innlagt vatn utan godkjent avlaup."
    s4 = ("Men planen skal seie korleis kommunen kan hjelpe grannar som vil gå saman om eit "
          "felles anlegg.")
    s5 = ("Vi skal halde eitt ope møte i kvar av dei fire krinsane før planen blir send på "
          "høyring.")
    s6 = "Planen skal vere vedteken av kommunestyret før utgangen av 2051."
    qa = [
        ("Kvifor lagar kommunen denne planen?",
         paras("Om lag 1 400 bustader og hytter i Eikenes har eige avlaupsanlegg, og mange av "
               "anlegga er over 40 år gamle. Kommunen er forureiningsstyresmakt for desse "
               "anlegga og skal sjå til at dei ikkje forureinar. Målingar i Hjelmavikelva og "
               "Kvednesvatnet har vist for mykje tarmbakteriar om sommaren.",
               "Kommunestyret vedtok 16. mars 2051 i sak 19/51 at det skal lagast ein plan for "
               "avlaup i spreidd busetnad.")),
        ("Kva skal planen innehalde?",
         paras(s1 + " " + s2 + " Dessutan skal planen:")
         + "<ul>" + "".join(f"<li>{e(t)}</li>" for t in bl) + "</ul>"),
        ("Må eg byte anlegget mitt?",
         paras("Det veit vi ikkje enno. Det kjem an på kor gamalt anlegget er, og kvar det "
               "ligg. Du treng ikkje gjere noko før du får brev frå kommunen. Har du papir på "
               "anlegget ditt, er det lurt å finne dei fram.")),
        ("Kva med hyttene?",
         paras("Hytter med innlagt vatn skal ha godkjent avlaup, på same måte som bustader. "
               + s3 + " Hytter utan innlagt vatn er ikkje med.")),
        ("Blir det dyrare for meg?",
         paras("Gebyra for tømming og tilsyn blir fastsette av kommunestyret kvart år og er "
               "ikkje ein del av planen. Kommunen kan heller ikkje gje tilskot til private "
               "anlegg. " + s4)),
        ("Kan eg seie meininga mi?",
         paras("Ja. " + s5 + " Tid og stad kjem i avisa og her på nettsida. Du kan òg sende "
               "innspel til postmottak@eikenes.kommune.no innan 1. juni 2051.")),
        ("Når er planen ferdig?",
         paras(s6 + " Oppfølginga av anlegga tek til i 2052.")),
        ("Kva gjer eg om slamavskiljaren er full før tømminga?",
         paras("Ring Tyrinord Renovasjon på telefon 57 00 12 40. Ekstra tømming blir fakturert "
               "etter gebyrregulativet.")),
    ]
    css = ("@page{size:A4;margin:14mm 16mm 16mm 16mm;@bottom-left{content:"
           "'eikenes.kommune.no/vatn-og-avlaup/sporsmal-og-svar';font:7.5pt 'Liberation Sans',"
           "sans-serif;color:#666}@bottom-right{content:'Side ' counter(page) ' av ' "
           "counter(pages);font:7.5pt 'Liberation Sans',sans-serif;color:#666}}"
           "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:9.8pt;line-height:1.45;"
           "color:#1d1d1d}.top{display:flex;justify-content:space-between;align-items:center;"
           "border-bottom:3px solid #145f7a;padding-bottom:5px}.logo{font-weight:bold;"
           "font-size:13pt;color:#145f7a;letter-spacing:.4px}.nav{font-size:8pt;color:#444}"
           ".crumb{font-size:7.8pt;color:#555;margin:6px 0 4px}h1{font-size:17pt;margin:8px 0 "
           "4px;color:#145f7a}.upd{font-size:8pt;color:#666;margin:0 0 8px}.lead{font-size:"
           "10.5pt}h2{font-size:10.8pt;margin:13px 0 3px;color:#0e4457;break-after:avoid}"
           "h2:before{content:'+ ';color:#145f7a}p{margin:0 0 5px}ul{margin:2px 0 6px;"
           "padding-left:20px}li{margin:0 0 2px}.box{border-left:4px solid #145f7a;"
           "background:#eef5f7;padding:6px 10px;margin:14px 0 0;font-size:8.8pt}")
    body = (
        "<div class='top'><span class='logo'>EIKENES KOMMUNE</span><span class='nav'>Tenester"
        " · Politikk · Om kommunen · Kontakt oss</span></div>"
        f"<div class='crumb'>{e(DROP['spreidd-avlaup'][0])}</div>"
        "<h1>Spørsmål og svar om ny plan for avlaup i spreidd busetnad</h1>"
        "<div class='upd'>Sist oppdatert 4. april 2051</div>"
        "<p class='lead'>Kommunen er i gang med ein plan for avlaup der det ikkje er kommunalt "
        "avlaupsnett. Her har vi samla spørsmåla vi oftast får, og svara på dei.</p>"
        + "".join(f"<h2>{e(q)}</h2>{a}" for q, a in qa)
        + "<div class='box'>Har du fleire spørsmål? Kontakt rådgjevar Ingrid Tvinnereim, eining "
          "for vatn og avlaup, tlf. 57 00 12 00.</div>"
    )
    html_pdf(d / "mandate.pdf", lang="nn",
             title="Spørsmål og svar om ny plan for avlaup i spreidd busetnad", css=css,
             body=body)

    anlegg = [
        ["Slamavskiljar med infiltrasjon", "612", "388", "41"],
        ["Slamavskiljar med utslepp til bekk eller sjø", "447", "351", "62"],
        ["Minireinseanlegg", "158", "0", "3"],
        ["Tett tank (berre svartvatn)", "131", "27", "12"],
        ["Anna eller ukjend", "64", "–", "64"],
        ["Sum", "1 412", "766", "182"],
    ]
    soner = [
        ["1", "Nedbørfeltet til Kvednesvatnet (drikkevatn)", "2052"],
        ["2", "Hjelmavikelva og badeplassane i Hjelmavika", "2053–2054"],
        ["3", "Resten av kommunen", "2055–2058"],
    ]
    p = [
        ("title", "Plan for avlaup i spreidd busetnad 2052–2060"),
        ("meta", "Eikenes kommune · Vedteken av kommunestyret 11. desember 2051, sak 88/51"),
        ("h1", "1 Innleiing"),
        ("p", "Planen gjeld private avlaupsanlegg i dei delane av kommunen som ikkje er knytte "
              "til kommunalt nett. Han skal sikre at anlegga ikkje forureinar bekkar, elvar, "
              "badeplassar og drikkevatn, og at eigarane får vite i god tid kva dei må gjere."),
        ("h1", "2 Slik har vi arbeidd"),
        ("p", "Vi heldt opne møte på Hjelmavika skule 19. april, i Kvednes grendahus 26. april "
              "og på Solvika 3. mai 2051. Møtet i Indre Eikenes, som var sett til 10. mai, vart "
              "avlyst på grunn av snø og vart ikkje halde seinare. Planutkastet låg ute til "
              "offentleg ettersyn frå 1. september til 15. oktober 2051."),
        ("h1", "3 Kva anlegg har vi?"),
        ("p", "Eininga for vatn og avlaup gjekk i 2051 gjennom alle eigedomar utanfor "
              "kommunalt nett, med hjelp frå byggesaksarkivet og tømmeregisteret til "
              "Tyrinord Renovasjon. Tabellen viser anlegga etter type og alder."),
        ("table", ["Type anlegg", "Tal", "Bygde før 1990", "Ukjend alder"], anlegg,
         [6.6, 2.0, 3.2, 2.6]),
        ("p", "Av dei 1 412 anlegga høyrer 310 til hytter. Vi veit ikkje kor mange av hyttene "
              "som har innlagt vatn, fordi det ikkje er registrert."),
        ("h1", "4 Kvar er det mest sårbart?"),
        ("p", "Vi har delt kommunen i tre soner etter kor sårbart vatnet er. Sone 1 er "
              "nedbørfeltet til drikkevasskjelda, sone 2 er vassdrag med badeplassar og "
              "målingar med for mykje tarmbakteriar."),
        ("table", ["Sone", "Område", "Oppfølging frå"], soner, [1.6, 9.6, 3.2]),
        ("h1", "5 Kommunalt nett"),
        ("p", "Bustadene i Kvednes sentrum blir knytte til kommunalt nett når den nye "
              "leidningen frå Kvednes reinseanlegg er ferdig i 2054. For andre område er det "
              "ikkje gjort noka vurdering i denne planperioden."),
        ("h1", "6 Pålegg og fristar"),
        ("p", "Eigarar av anlegg i den sona som står for tur, får først eit brev med "
              "eigenerklæring. Anlegg som ikkje oppfyller krava, får pålegg om utbetring. "
              "Fristen for å utbetre er to år frå pålegget, i sone 1 eitt år. Vi fører tilsyn "
              "med alle nye anlegg innan seks månader etter at dei er tekne i bruk."),
        ("h1", "7 Felles anlegg"),
        ("p", "I Hjelmavika har sju hus hatt eit felles minireinseanlegg sidan 2039. Anlegget "
              "fungerer godt og blir tømt to gonger i året."),
        ("h1", "8 Oppfølging av planen"),
        ("p", "Eininga for vatn og avlaup rapporterer kvart år i årsmeldinga kor mange anlegg "
              "som er følgde opp, og kor mange som er utbetra."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Plan for avlaup i spreidd busetnad 2052–2060",
            font="Liberation Sans", size=10, lang="nn", country="NO",
            header="Eikenes kommune · Plan for avlaup i spreidd busetnad",
            footer="Side {n} av {m}", accent="#145F7A", head_fill="#DCEBF0")
    g = [
        P("S1", s1, "content", "covered", ev="Eininga for vatn og avlaup gjekk i 2051",
          trap="a sentence in the ANSWER to the question 'Kva skal planen innehalde?' on a FAQ "
               "page; answered under a heading in other words ('Kva anlegg har vi?') with a "
               "table by type and age"),
        P("S2", s2, "content", "covered", ev="Vi har delt kommunen i tre soner",
          trap="the second sentence of the same answer, opening with 'Han' (the plan); a zone "
               "table by vulnerability"),
        P("1", bl[0], "content", "partial", ev="Bustadene i Kvednes sentrum blir knytte",
          missing=["vurdering av andre område enn Kvednes sentrum ('ikkje gjort noka "
                   "vurdering')"],
          trap="an HTML bullet after 'Dessutan skal planen:'; one area decided, the rest not "
               "assessed"),
        P("2", bl[1], "content", "covered", ev="Eigarar av anlegg i den sona",
          trap="answered under 'Pålegg og fristar': letters, pålegg and the deadlines"),
        P("S3", s3, "content", "uncovered",
          trap="in the answer to 'Kva med hyttene?'; the plan counts 310 cabins with their own "
               "plant and says plainly that it does not know how many have water ('Vi veit "
               "ikkje …')"),
        P("S4", s4, "content", "uncovered",
          trap="in the answer to 'Blir det dyrare for meg?', after two sentences that are none "
               "(fees set yearly, no grants); SHARED WORDS under the heading 'Felles anlegg': "
               "one existing shared plant described, nothing on how the kommune helps "
               "neighbours"),
        P("S5", s5, "process", "partial", ev="Vi heldt opne møte",
          missing=["eit ope møte i Indre Eikenes (avlyst og ikkje halde)"],
          trap="past tense: three of the four krinsar had their meeting"),
        P("S6", s6, "process", "covered", ev="Eikenes kommune · Vedteken av kommunestyret",
          trap="the meta line: adopted 11 December 2051, within the year. Not points: the "
               "background, advice to house owners ('Du treng ikkje gjere noko …', the full "
               "slamavskiljar), the fees and the grant rule, innspel by 1 June (for the public), "
               "'Oppfølginga av anlegga tek til i 2052' (after the plan), the contact box"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["spreidd-avlaup"],
                producer="a SPØRSMÅL OG SVAR (FAQ) page on the kommune's web site printed with "
                "Chromium (Liberation Sans 9.8, a logo bar, crumbs, the page address and 'Side n "
                "av m' at the foot, one page): eight questions as headings, the requirements in "
                "the answers (S1–S6 in prose, two HTML bullets after 'Dessutan skal planen:') "
                "among background, advice to owners, the fee rule and a contact box; plan odfpy "
                "→ LibreOffice (Liberation Sans 10, running header, 'Side n av m'), a plant table "
                "and a zone table, headings in other words, past tense, a plain 'we do not "
                "know', shared words", points=g)


# =========================================================================== 3 sittplatser (sv)
@pair
def sittplatser(d: Path) -> dict:
    s1 = ("Planen ska kartlägga var det i dag finns bänkar längs gångstråken mellan torget, "
          "stationen och vårdcentralen, och var det saknas.")
    s2 = "Därför vill vi att planen också visar var det behövs bänkar med rygg- och armstöd"
    fakta = [
        "en prioritering av var nya bänkar ska placeras först",
        "förslag på hur bänkarna ska skötas, också på vintern",
        "en kostnadsberäkning för inköp och skötsel",
        "hur sittplatserna ska märkas ut på kommunens karta på webben",
    ]
    s3 = ("Pensionärsrådet och rådet för funktionshinderfrågor ska få lämna synpunkter på ett "
          "utkast.")
    s4 = "Förslaget ska lämnas till kommunstyrelsen senast den 30 april 2051."
    css = ("@page{size:A4;margin:13mm 17mm 16mm 17mm;@bottom-center{content:counter(page) "
           "' (' counter(pages) ')';font:7.5pt 'DejaVu Sans',sans-serif;color:#777}"
           "@top-right{content:'sorbyholm.se/nyhetsrum';font:7pt 'DejaVu Sans',sans-serif;"
           "color:#999}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:9.6pt;line-height:1.5;"
           "color:#222}.brand{display:flex;justify-content:space-between;border-bottom:1px "
           "solid #bbb;padding-bottom:6px;margin-bottom:10px}.brand b{font-size:12pt;"
           "color:#6b1d3a}.brand span{font-size:8pt;color:#555;align-self:end}"
           ".kind{font-size:8pt;text-transform:uppercase;letter-spacing:1px;color:#6b1d3a}"
           "h1{font-size:18pt;line-height:1.25;margin:3px 0 6px}.date{font-size:8pt;"
           "color:#666;margin-bottom:10px}.ingress{font-weight:bold;font-size:10.4pt}"
           "p{margin:0 0 7px}.fakta{float:right;width:62mm;margin:2px 0 8px 12px;"
           "background:#f6edf1;border-top:3px solid #6b1d3a;padding:7px 9px;font-size:8.6pt}"
           ".fakta h3{margin:0 0 4px;font-size:9.2pt}.fakta ul{margin:0;padding-left:15px}"
           ".fakta li{margin:0 0 3px}.om{clear:both;border-top:1px solid #ccc;margin-top:14px;"
           "padding-top:7px;font-size:8.4pt;color:#444}.tags{font-size:7.8pt;color:#6b1d3a;"
           "margin-top:8px}")
    body = (
        "<div class='brand'><b>Sörbyholms kommun</b><span>Nyhetsrum · Pressmeddelanden · "
        "Bilder · Kontakter</span></div>"
        "<div class='kind'>Pressmeddelande</div>"
        "<h1>Fler bänkar ska göra det lättare att ta sig fram i Sörbyholm</h1>"
        "<div class='date'>2 februari 2051 09:30 · Sörbyholms kommun</div>"
        "<p class='ingress'>Kommunstyrelsen har gett samhällsbyggnadsförvaltningen i uppdrag att "
        "ta fram en plan för sittplatser i offentlig miljö. Målet är att fler äldre och personer "
        "med funktionsnedsättning ska kunna röra sig till fots i centrum.</p>"
        "<div class='fakta'><h3>Det här ska planen innehålla</h3><ul>"
        + "".join(f"<li>{e(t)}</li>" for t in fakta) + "</ul></div>"
        + paras(s1 + " I dag är det på flera ställen mer än 400 meter mellan två bänkar.",
                "– Många äldre berättar att de inte går till torget, för att det inte finns "
                "någonstans att vila på vägen. " + s2 + ", säger Annika Vrede (S), "
                "kommunstyrelsens ordförande.",
                "– Jag hoppas att vi kan ha de första nya bänkarna på plats redan i höst, säger "
                "hon.",
                "Redan nu byter tekniska avdelningen ut de tolv gamla bänkarna i Stadsparken. "
                "Det arbetet ingår inte i uppdraget.",
                s3 + " " + s4 + " När planen är antagen kommer fastighetsägarna i centrum att "
                "bjudas in till ett möte om bänkar utanför butikerna.")
        + "<div class='om'><b>Om Sittvänlig kommun</b><br>Uppdraget ingår i kommunens program "
          "för ett åldersvänligt Sörbyholm 2049–2056. Sörbyholm är sedan 2048 med i det "
          "nationella nätverket för åldersvänliga kommuner.<br><br><b>För mer information</b>"
          "<br>Annika Vrede (S), kommunstyrelsens ordförande, 0583-191 00<br>Jonas Ekerlund, "
          "trafikplanerare, 0583-192 47</div>"
          "<div class='tags'>Ämnen: Trafik och gator · Äldre · Funktionsnedsättning</div>"
    )
    html_pdf(d / "mandate.pdf", lang="sv",
             title="Fler bänkar ska göra det lättare att ta sig fram i Sörbyholm", css=css,
             body=body)

    strak = [
        ["Torget – stationen", "650", "5", "310"],
        ["Torget – vårdcentralen", "900", "3", "520"],
        ["Stationen – vårdcentralen (Brunnsgränd)", "1 100", "4", "460"],
        ["Kyrkallén", "400", "6", "90"],
    ]
    prio = [
        ["1", "Brunnsgränd vid vårdcentralen", "6", "2051"],
        ["2", "Torget – vårdcentralen, Storgatan", "8", "2051"],
        ["3", "Stationen, perrongen och busshållplatsen", "5", "2052"],
        ["4", "Torget – stationen, Järnvägsgatan", "6", "2052"],
        ["5", "Övriga gator i centrum", "21", "2053–2055"],
    ]
    p = [
        ("title", "Plan för sittplatser i offentlig miljö 2051–2055"),
        ("meta", "Samhällsbyggnadsförvaltningen · Förslag till kommunstyrelsen 22 april 2051 · "
                 "Dnr KS 2051/37"),
        ("h1", "1 Inledning"),
        ("p", "En bänk att vila på kan avgöra om en äldre person klarar att gå till affären "
              "eller vårdcentralen. Planen visar var det behövs fler sittplatser i centrala "
              "Sörbyholm, i vilken ordning de ska ställas ut och vad de kostar."),
        ("h1", "2 Så har vi arbetat"),
        ("p", "I februari 2051 gick vi stråken i centrum och räknade bänkarna. Ett utkast "
              "skickades till pensionärsrådet, som lämnade synpunkter vid sitt möte den 29 mars "
              "2051. Rådet ville ha fler bänkar vid stationen, vilket vi har tagit med."),
        ("h1", "3 Var finns det bänkar i dag?"),
        ("p", "Tabellen visar de fyra stråken, hur många bänkar som finns och den längsta "
              "sträckan utan någon bänk. Av de 18 bänkarna har 14 ryggstöd."),
        ("table", ["Stråk", "Längd (m)", "Bänkar i dag", "Längsta sträcka utan bänk (m)"],
         strak, [6.4, 2.4, 2.6, 4.8]),
        ("h1", "4 Var ställer vi ut nya bänkar först?"),
        ("p", "Vi börjar där sträckorna utan bänk är längst och där flest äldre går. Brunnsgränd "
              "vid vårdcentralen kommer först."),
        ("table", ["Ordning", "Plats", "Nya bänkar", "År"], prio, [2.4, 7.8, 2.6, 3.4]),
        ("h1", "5 Skötsel"),
        ("p", "Gatuenheten ser över bänkarna varje vår, tvättar dem och byter trasiga "
              "sittbrädor. Bänkar av trä oljas vartannat år."),
        ("h1", "6 Kostnader"),
        ("p", "Inköp och montering av 46 nya bänkar beräknas kosta 690 000 kronor, fördelat på "
              "2051–2055. Kostnaden för skötseln tas fram när det nya driftavtalet för gatorna "
              "upphandlas 2052."),
        ("h1", "7 Information"),
        ("p", "Kommunens karta på webben visar redan offentliga toaletter och parkeringsplatser "
              "för personer med rörelsehinder."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Plan för sittplatser i offentlig miljö 2051–2055",
             author="Sörbyholms kommun", font="Liberation Sans", size=10.5, lang="sv-SE",
             header="Sörbyholms kommun · Plan för sittplatser", footer="Sida {PAGE} av {NUMPAGES}",
             accent="6B1D3A", head_fill="F2E3EA")
    g = [
        P("S1", s1, "content", "covered", ev="Tabellen visar de fyra stråken",
          trap="a sentence in the news text of a PRESSMEDDELANDE; answered under a heading in "
               "other words ('Var finns det bänkar i dag?') with a table"),
        P("S2", s2, "content", "uncovered",
          trap="a requirement inside a QUOTE from the kommunstyrelse's chair ('– … Därför vill vi "
               "att planen också visar …, säger …'); SHARED WORDS: 'Av de 18 bänkarna har 14 "
               "ryggstöd' counts today's benches, no place where benches with back and arm rests "
               "are needed is named. The quote's other sentences are none (a hope)"),
        P("1", fakta[0], "content", "covered", ev="Vi börjar där sträckorna utan bänk",
          trap="a bullet in the press release's FACT BOX 'Det här ska planen innehålla', floated "
               "beside the text; an order table"),
        P("2", fakta[1], "content", "partial", ev="Gatuenheten ser över bänkarna",
          missing=["skötsel på vintern (snöröjning runt bänkarna nämns inte)"],
          trap="the yearly upkeep in spring; nothing on winter"),
        P("3", fakta[2], "deliverable", "partial", ev="Inköp och montering av 46 nya bänkar",
          missing=["kostnaden för skötsel (skjuts till upphandlingen av driftavtalet 2052)"],
          trap="purchase cost given; upkeep put off"),
        P("4", fakta[3], "content", "uncovered",
          trap="SHARED WORDS under 'Information': 'Kommunens karta på webben visar redan "
               "offentliga toaletter …'; the benches are not put on the map"),
        P("S3", s3, "process", "partial", ev="I februari 2051 gick vi stråken",
          missing=["rådet för funktionshinderfrågor (nämns inte)"],
          trap="past tense: the pensionärsråd gave its views on 29 March 2051"),
        P("S4", s4, "process", "covered", ev="Samhällsbyggnadsförvaltningen · Förslag till",
          trap="the meta line: to the kommunstyrelse on 22 April 2051, before 30 April. Not "
               "points: the ingress (the order and its purpose), the chair's hope, the benches "
               "in Stadsparken (not part of the uppdrag), the meeting with property owners "
               "after adoption, the 'Om Sittvänlig kommun' box, contacts and topics"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["sittplatser"],
                producer="a PRESSMEDDELANDE from the kommun's newsroom printed with Chromium "
                "(DejaVu Sans 9.6, the newsroom's brand bar, 'n (m)' at the foot, one page): a "
                "bold ingress with the order, a floated FACT BOX 'Det här ska planen innehålla' "
                "(four bullets), the news text with S1, a QUOTE from the chair holding S2, a "
                "hope, a sentence on work outside the uppdrag, S3 and S4 in one paragraph, an "
                "'Om …' box and contacts; plan python-docx → LibreOffice (Liberation Sans 10.5, "
                "sv-SE, running header, 'Sida n av m'), two tables, headings in other words, "
                "shared words, a deferral", points=g)


# =========================================================================== 4 mundsundhed (da)
@pair
def mundsundhed(d: Path) -> dict:
    h = {
        "H1": "Det fagudvalg, som har området",
        "H2": "Tager udgangspunkt i en status med data for området.",
        "H3": "Henviser til den politik eller strategi, handleplanen udmønter.",
        "H4": "Indeholder konkrete indsatser med ansvarlig, tidsplan og økonomi.",
        "H5": "Brugere og pårørende inddrages, før udkastet er færdigt.",
        "H6": "Ældrerådet og Handicaprådet høres, når handleplanen berører deres område.",
        "H7": "Beskriver, hvordan effekten af indsatserne måles.",
    }
    s1 = "Når et råd skal høres, er høringsfristen mindst fire uger."
    rows = [
        ["Formål", "Udtrykker byrådets værdier og langsigtede mål for et område",
         "Viser vejen mod målene på tværs af fagområder",
         "Beskriver, hvad vi konkret gør for at nå målene"],
        ["Vedtages af", "Byrådet", "Byrådet", h["H1"]],
        ["Tidshorisont", "8–12 år", "4 år (følger byrådsperioden)", "1–4 år"],
        ["Indhold", "Vision og pejlemærker. Ingen indsatser.",
         "Mål, prioriteringer og de vigtigste greb. Henviser til byrådets politikker.",
         " ".join([h["H2"], h["H3"], h["H4"]])],
        ["Inddragelse", "Borgere, foreninger og virksomheder inddrages i idéfasen.",
         "Relevante samarbejdspartnere inddrages.", " ".join([h["H5"], h["H6"]])],
        ["Opfølgning", "Drøftes i byrådet én gang i byrådsperioden.",
         "Status til byrådet hvert andet år.",
         h["H7"] + " Fagudvalget får status én gang om året."],
        ["Omfang", "Højst 8 sider", "Højst 12 sider", "Intet krav"],
    ]
    m = [
        ("title", "Politik- og plankoncept for Lindebjerg Kommune"),
        ("meta", "Godkendt af Økonomiudvalget 9. november 2049 · gælder fra 1. januar 2050 · "
                 "Uddrag: afsnit 3 og 4"),
        ("h1", "3 De tre dokumenttyper"),
        ("p", "Lindebjerg Kommune styrer med tre typer af politiske dokumenter: politikker, "
              "strategier og handleplaner. Tabellen viser, hvad der kendetegner hver type, og "
              "hvilke krav dokumentet skal opfylde. Sekretariatet for Direktionen tjekker hvert "
              "udkast mod konceptet, før det går til politisk behandling."),
        ("table", ["", "Politik", "Strategi", "Handleplan"], rows, [3.4, 7.2, 7.2, 7.2]),
        ("p", "Kommunikation hjælper gerne med sprog, layout og billeder. Alle dokumenter "
              "lægges på kommunens hjemmeside, når de er vedtaget."),
        ("h1", "4 Processen"),
        ("p", "Et nyt dokument starter med et kort kommissorium, som fagudvalget godkender. "
              "Forvaltningen skriver udkastet og sørger for inddragelsen. " + s1 + " Rådenes "
              "høringssvar vedlægges sagen, når den går til politisk behandling."),
        ("p", "Dokumenter, der er vedtaget før 2050, tilpasses konceptet, når de revideres. Der "
              "er ingen krav om at omskrive dem før."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Politik- og plankoncept for Lindebjerg Kommune",
             author="Lindebjerg Kommune", font="Liberation Sans", size=10, lang="da-DK",
             header=DROP["mundsundhed"][0], footer="Side {PAGE} af {NUMPAGES}", accent="24505C",
             head_fill="DCE9EC", landscape=True)

    status = [
        ["Egelunden", "64", "41 %", "38 %"],
        ["Toftegården", "58", "47 %", "45 %"],
        ["Solsikken", "52", "36 %", "29 %"],
        ["Bofællesskabet Ahornvej (botilbud)", "38", "52 %", "50 %"],
        ["I alt", "212", "44 %", "40 %"],
    ]
    indsatser = [
        ["1", "Alle beboere får en mundplan ved indflytning", "Tandplejen", "Fra 1. juni 2051"],
        ["2", "Kursus i mundpleje for alt plejepersonale", "Tandplejen og plejecentrenes ledere",
         "Efterår 2051"],
        ["3", "En mundplejeansvarlig på hver afdeling", "Leder af plejecenter / botilbud",
         "1. januar 2052"],
        ["4", "Eltandbørster til alle beboere, der ikke selv kan børste", "Plejecentrene",
         "2052"],
        ["5", "Tandplejens bus kommer to gange om året", "Tandplejen", "Fra 2052"],
    ]
    p = [
        ("title", "Handleplan for mundsundhed hos ældre 2051–2054"),
        ("meta", "Godkendt af Ældre- og Sundhedsudvalget 3. maj 2051"),
        ("h1", "1 Hvorfor en handleplan?"),
        ("p", "En sund mund betyder meget for, om man kan spise, tale og have det godt. Mange "
              "beboere på plejecentre og i botilbud kan ikke selv passe deres tænder, og "
              "betændelse i munden øger risikoen for lungebetændelse. Handleplanen bygger på "
              "Sundhedsstyrelsens anbefalinger om mundpleje til svækkede ældre."),
        ("h1", "2 Omsorgstandplejen i dag"),
        ("p", "Borgere, der på grund af nedsat førlighed eller sindslidelse ikke kan bruge de "
              "almindelige tandplejetilbud, kan visiteres til kommunens omsorgstandpleje. I "
              "Lindebjerg er 187 borgere visiteret. Tandplejen har to tandlæger og tre "
              "tandplejere, som kommer ud på plejecentrene med en mobil unit. Egenbetalingen "
              "fastsættes hvert år af Folketinget og er ikke en del af handleplanen."),
        ("p", "Det daglige ansvar for at børste tænder og rense proteser ligger hos "
              "plejepersonalet. Her oplever personalet, at tiden ofte ikke rækker, og at mange "
              "beboere modsætter sig tandbørstning, især beboere med demens."),
        ("h1", "3 Status"),
        ("p", "Omsorgstandplejen undersøgte i efteråret 2050 munden hos 212 beboere på de tre "
              "plejecentre og i bofællesskabet på Ahornvej. Tabellen viser andelen med belægninger "
              "og med betændt tandkød."),
        ("table", ["Sted", "Undersøgte beboere", "Belægninger", "Betændt tandkød"], status,
         [62, 34, 30, 34]),
        ("h1", "4 Det gør vi"),
        ("p", "Indsatserne gælder både plejecentrene og botilbuddet."),
        ("table", ["Nr.", "Indsats", "Ansvarlig", "Hvornår"], indsatser, [12, 70, 46, 32]),
        ("p", "Økonomien til eltandbørster og kurser afklares i budgetforhandlingerne for "
              "2052."),
        ("h1", "5 Hvordan ved vi, om det virker?"),
        ("p", "Omsorgstandplejen gentager undersøgelsen i efteråret 2053 på samme måde. Målet er, "
              "at højst 25 % af beboerne har betændt tandkød. Vi tæller også, hvor mange "
              "beboere der har en mundplan."),
        ("h1", "6 Sådan er planen blevet til"),
        ("p", "Handleplanen er skrevet af en arbejdsgruppe med omsorgstandplejen og lederne af "
              "plejecentrene. Ældrerådet fik udkastet 2. april 2051 og sendte sit høringssvar "
              "16. april 2051. Pårørenderådet på Egelunden har fået den godkendte handleplan "
              "til orientering."),
        ("h1", "7 Hvem gør hvad?"),
        ("table", ["Hvem", "Opgave"], [
            ["Plejepersonalet", "Daglig mundpleje efter beboerens mundplan"],
            ["Mundplejeansvarlig på afdelingen", "Hjælper kolleger, bestiller materialer og "
             "kontakter tandplejen ved problemer"],
            ["Omsorgstandplejen", "Undersøgelse og behandling, kurser, mundplaner"],
            ["Leder af plejecenter / botilbud", "Sørger for, at indsatserne bliver til "
             "hverdag"],
        ], [60, 100]),
        ("p", "Spørgsmål om handleplanen kan rettes til overtandlæge Signe Krogsholt, "
              "Omsorgstandplejen, tlf. 76 40 18 22."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Handleplan for mundsundhed hos ældre 2051–2054",
           author="Lindebjerg Kommune", family="LS", size=10.5,
           head_left="Lindebjerg Kommune · Sundhed og Omsorg",
           head_right="Handleplan for mundsundhed 2051–2054",
           foot=lambda n, t: f"Side {n} af {t}", accent="#24505C", head_fill="#DCE9EC")
    cell = ("a sentence in the 'Handleplan' column of a POLITIK- OG PLANKONCEPT's comparison "
            "table (the other columns, for politikker and strategier, are none)")
    g = [
        P("H1", h["H1"], "process", "covered", ev="Godkendt af Ældre- og Sundhedsudvalget",
          trap="the 'Vedtages af' row's Handleplan cell, a noun phrase; the meta line: approved "
               "by the fagudvalg for the area"),
        P("H2", h["H2"], "content", "covered", ev="Omsorgstandplejen undersøgte i efteråret",
          trap=cell + "; the status chapter with a table of the 2050 examination"),
        P("H3", h["H3"], "content", "uncovered",
          trap=cell + "; SHARED WORDS: 'Handleplanen bygger på Sundhedsstyrelsens anbefalinger' "
               "names national recommendations, no politik or strategi of the kommune"),
        P("H4", h["H4"], "deliverable", "partial", ev="Indsatserne gælder både plejecentrene",
          missing=["økonomi for indsatserne (skubbet til budgetforhandlingerne for 2052)"],
          trap=cell + "; an indsats table with Ansvarlig and Hvornår, no costs"),
        P("H5", h["H5"], "process", "uncovered",
          trap=cell + "; the plan was written by staff; the pårørenderåd got the APPROVED plan "
               "for information (after, not before the draft was finished)"),
        P("H6", h["H6"], "process", "partial", ev="Handleplanen er skrevet af en arbejdsgruppe",
          missing=["høring af Handicaprådet (planen omfatter botilbuddet på Ahornvej)"],
          trap=cell + "; the Ældreråd heard, the Handicapråd not, though the plan covers a "
               "botilbud"),
        P("H7", h["H7"], "content", "covered", ev="Omsorgstandplejen gentager undersøgelsen",
          trap=cell + "; answered under a heading in other words ('Hvordan ved vi, om det "
               "virker?'). The cell's second sentence (status to the fagudvalg every year) is "
               "after the plan: none"),
        P("S1", s1, "process", "uncovered",
          trap="a sentence in the PROSE of section 4 'Processen'; the Ældreråd had the draft "
               "from 2 to 16 April 2051, two weeks. Not points: the Formål, Tidshorisont and "
               "Omfang rows ('Intet krav'), the Politik and Strategi columns, the offer of help "
               "from Kommunikation, publishing on the web site, the kommissorium, older "
               "documents"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["mundsundhed"],
                producer="an extract of a POLITIK- OG PLANKONCEPT, exported from Word (landscape, "
                "Liberation Sans 10, da-DK, running header, 'Side n af m'): a comparison table "
                "(row label | Politik | Strategi | Handleplan, seven rows) whose Handleplan "
                "column holds H1–H7, one or more sentences to a cell, and S1 in the prose of "
                "'4 Processen'; plan reportlab (Liberation Sans 10.5, running head, 'Side n af "
                "m'), a status table and an indsats table without costs, a heading in other "
                "words, shared words, a late hearing", points=g)


# =========================================================================== 5 sidewalks (en-US)
def charter_pdf(pdf: Path, *, header: str, title: str, boxes: list[tuple], gantt: dict,
                foot: str) -> Path:
    """A one-slide project charter (16:9, 338.7 x 190.5 mm) drawn with the reportlab canvas:
    a title band, text boxes (x, y, w, h in mm from the top left, heading, list of paragraphs;
    a paragraph starting '• ' or 'n. ' hangs) and a Gantt-like strip (months across, a label
    column, bars and diamonds)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, Paragraph

    f = bk.reportlab_fonts("LS")
    reg, bold = f["normal"], f["bold"]
    W, H = 338.7 * mm, 190.5 * mm
    c = Canvas(str(pdf), pagesize=(W, H), invariant=1)
    c.setTitle(title)
    c.setAuthor("City of Pell Harbor")
    c.setFillColor("#0B3C5D")
    c.rect(0, H - 20 * mm, W, 20 * mm, stroke=0, fill=1)
    c.setFillColor("#FFFFFF")
    c.setFont(bold, 17)
    c.drawString(10 * mm, H - 12.5 * mm, title)
    c.setFont(reg, 8)
    c.drawString(10 * mm, H - 17.5 * mm, header)
    c.setFont(bold, 10)
    c.drawRightString(W - 10 * mm, H - 12.5 * mm, "PROJECT CHARTER")
    c.setFont(reg, 8)
    c.drawRightString(W - 10 * mm, H - 17.5 * mm, "Approved by the Steering Committee 03/14/2052")
    body = ParagraphStyle("b", fontName=reg, fontSize=7.6, leading=9.4, spaceAfter=2)
    hang = ParagraphStyle("h", parent=body, leftIndent=9, firstLineIndent=-9)
    head = ParagraphStyle("hd", fontName=bold, fontSize=8.6, leading=10, textColor="#0B3C5D",
                          spaceAfter=3)
    x = _b33.e
    for bx, by, bw, bh, heading, texts in boxes:
        X, Y = bx * mm, H - (by + bh) * mm
        c.setStrokeColor("#8FA9BC")
        c.setFillColor("#F4F8FB")
        c.rect(X, Y, bw * mm, bh * mm, stroke=1, fill=1)
        flow = [Paragraph(x(heading).upper(), head)]
        for t in texts:
            lead = t.split(" ", 1)[0]
            st = hang if (t.startswith("• ") or lead.rstrip(".").isdigit()) else body
            flow.append(Paragraph(x(t), st))
        fr = Frame(X, Y, bw * mm, bh * mm, leftPadding=5, rightPadding=5, topPadding=4,
                   bottomPadding=3, showBoundary=0)
        fr.addFromList(flow, c)
        if flow:
            raise SystemExit(f"charter box {heading!r} overflows")
    # the milestone strip
    gx, gy, gw, gh = (v * mm for v in gantt["box"])
    Y0 = H - gy
    c.setStrokeColor("#8FA9BC")
    c.setFillColor("#FFFFFF")
    c.rect(gx, Y0 - gh, gw, gh, stroke=1, fill=1)
    c.setFillColor("#0B3C5D")
    c.setFont(bold, 8.6)
    c.drawString(gx + 5, Y0 - 11, gantt["heading"].upper())
    label_w = gantt["label_w"] * mm
    months = gantt["months"]
    mw = (gw - label_w - 8) / len(months)
    c.setFont(reg, 7)
    for i, mname in enumerate(months):
        mx = gx + label_w + i * mw
        c.setFillColor("#E3ECF2" if i % 2 == 0 else "#FFFFFF")
        c.rect(mx, Y0 - gh + 4, mw, gh - 18, stroke=0, fill=1)
        c.setFillColor("#333333")
        c.drawCentredString(mx + mw / 2, Y0 - 22, mname)
    row_h = 11.5
    for j, (label, start, end, kind) in enumerate(gantt["rows"]):
        ry = Y0 - 36 - j * row_h
        c.setFillColor("#1D1D1D")
        c.setFont(reg, 7.4)
        c.drawString(gx + 6, ry, label)
        if kind == "bar":
            c.setFillColor("#4A87B5")
            c.rect(gx + label_w + start * mw, ry - 1, (end - start) * mw, 7, stroke=0, fill=1)
        else:
            cx = gx + label_w + start * mw
            c.setFillColor("#C0392B")
            p = c.beginPath()
            p.moveTo(cx, ry + 6)
            p.lineTo(cx + 4, ry + 2.5)
            p.lineTo(cx, ry - 1)
            p.lineTo(cx - 4, ry + 2.5)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
    c.setFillColor("#666666")
    c.setFont(reg, 7)
    c.drawString(10 * mm, 5 * mm, foot)
    c.drawRightString(W - 10 * mm, 5 * mm, "1")
    c.showPage()
    c.save()
    return pdf


@pair
def sidewalks(d: Path) -> dict:
    dl = [
        "Inventory of sidewalk gaps on arterial and collector streets and on local streets "
        "within a quarter mile of schools and transit stops",
        "A scoring method that ranks gaps by safety, equity and access to schools and transit",
        "Planning-level cost estimates for the 25 highest-ranked gaps",
        "A funding strategy, including state and federal grants and the option of assessing "
        "adjacent property owners",
        "ADA curb ramp needs at the ranked gaps",
    ]
    ms = {
        "M1": "Two community workshops (east and west side)",
        "M2": "Online survey in English and Spanish",
        "M3": "Draft plan to Transportation Commission – Sep 30",
        "M4": "City Council adoption – Nov",
    }
    boxes = [
        (10, 24, 104, 30, "Project team",
         ["Sponsor: Marisa Quintero, Director of Public Works & Transportation",
          "Project lead: Theo Blackwood, Senior Transportation Planner",
          "Core team: GIS Services, Capital Engineering, Office of Equity, Communications"]),
        (10, 57, 104, 39, "Problem statement",
         ["About 61 miles of the City's arterial and collector streets have a sidewalk on one "
          "side only or none at all. People walking to school, to bus stops and to work share "
          "the shoulder with traffic. Since 2047 there have been 14 crashes involving "
          "pedestrians on streets without sidewalks. Requests are handled one by one, with no "
          "citywide order of priority."]),
        (10, 99, 104, 22, "Goal",
         ["A citywide plan, adopted by Council, that tells us which sidewalk gaps to close "
          "first and how to pay for them."]),
        (117, 24, 108, 50, "Deliverables",
         [f"{i}. {t}" for i, t in enumerate(dl, 1)]),
        (117, 77, 108, 44, "Scope",
         ["In scope: missing sidewalks, curb ramps and marked crossings on public streets "
          "inside City limits.",
          "Out of scope: repair of existing sidewalks (the adjacent owner's duty under City "
          "Code 12.08); trails in parks; private streets; County roads.",
          "Design and construction of individual projects follow in the Capital Improvement "
          "Program."]),
        (228, 24, 100.7, 50, "Success measures (program)",
         ["• Miles of gap closed per year once the plan is funded",
          "• Share of schools with a continuous sidewalk on at least one side of each "
          "approach street",
          "• Pedestrian crashes on corridors with closed gaps, five-year average"]),
        (228, 77, 100.7, 44, "Risks and assumptions",
         ["• Right-of-way is narrow on parts of Crandall Avenue; some gaps may need "
          "easements.",
          "• GIS sidewalk layer is complete for arterials, partial for local streets.",
          "• Staff time assumes one planner at 60 % from March to December."]),
    ]
    gantt = {
        "box": (10, 124, 318.7, 58),
        "heading": "Milestones 2052",
        "label_w": 100,
        "months": ["Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        "rows": [
            ("Data collection and field checks", 0, 3, "bar"),
            (ms["M1"], 3, 4, "bar"),
            (ms["M2"], 3, 4.5, "bar"),
            ("Scoring, ranking and cost estimates", 4.5, 6.5, "bar"),
            (ms["M3"], 7.0, 0, "diamond"),
            (ms["M4"], 8.5, 0, "diamond"),
        ],
    }
    charter_pdf(d / "mandate.pdf", header=DROP["sidewalks"][0],
                title="Sidewalk Gap Closure Plan", boxes=boxes, gantt=gantt,
                foot="Charter v1.2 · PWT-2052-06 · Template: Project Charter (one page)")

    inv = [
        ["North", "9.8", "6.1", "3.7"],
        ["Harborview", "14.2", "10.5", "3.7"],
        ["Eastside", "21.6", "13.0", "8.6"],
        ["South", "15.4", "11.9", "3.5"],
        ["Total", "61.0", "41.5", "19.5"],
    ]
    streets = ["Crandall Ave", "Tamsin Rd", "Old Mill Rd", "Bayard St", "Hoyle Ave",
               "Fennimore Way", "Lark Hill Rd", "Pruett St", "Ferrous Ave", "Delmont Rd",
               "Grange St", "Rushwick Rd", "Ashgrove Ave", "Linsey St", "Colter Rd",
               "Harbor Blvd", "Vane St", "Merriwell Rd", "Osprey Ln", "Tillery Ave",
               "Tollgate Rd", "Quenby St", "Stilwell Ave", "Brisk St", "Hapgood Rd"]
    ranked = []
    for i, s in enumerate(streets, 1):
        length = 0.2 + ((i * 37) % 11) / 10
        ranked.append([str(i), s, f"{length:.1f}", f"{96 - i * 2 - (i % 3)}",
                       f"${length * 1.9:.1f}M"])
    rows_html = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in ranked)
    css = ("@page{size:Letter;margin:0.7in 0.75in 0.7in 0.75in;@bottom-right{content:'Page ' "
           "counter(page) ' of ' counter(pages);font:7.5pt 'Liberation Sans',sans-serif;"
           "color:#666}@bottom-left{content:'Sidewalk Gap Closure Plan · Adopted December 9, "
           "2052';font:7.5pt 'Liberation Sans',sans-serif;color:#666}}*{-webkit-print-color-"
           "adjust:exact;print-color-adjust:exact}body{font-family:'Liberation Serif',serif;"
           "font-size:10.6pt;line-height:1.42;color:#1a1a1a}h1{font-family:'Liberation Sans',"
           "sans-serif;font-size:19pt;color:#0b3c5d;margin:0 0 4px}.meta{font-family:"
           "'Liberation Sans',sans-serif;font-size:8.6pt;color:#555;border-bottom:2px solid "
           "#0b3c5d;padding-bottom:6px;margin-bottom:10px}h2{font-family:'Liberation Sans',"
           "sans-serif;font-size:12pt;color:#0b3c5d;margin:14px 0 4px;break-after:avoid}"
           "p{margin:0 0 7px}table{border-collapse:collapse;width:100%;font-family:'Liberation "
           "Sans',sans-serif;font-size:8.4pt;margin:4px 0 10px}th{background:#dfe9f1;"
           "text-align:left;padding:3px 5px;border-bottom:1px solid #7d9bb0}td{padding:2px 5px;"
           "border-bottom:1px solid #dde3e8}table.r td:nth-child(n+3){text-align:right}"
           ".note{font-size:8.6pt;color:#444}")
    body = (
        "<h1>Pell Harbor Sidewalk Gap Closure Plan</h1>"
        "<div class='meta'>City of Pell Harbor, Public Works &amp; Transportation · Adopted by "
        "City Council on December 9, 2052 (Resolution 2052-114)</div>"
        "<h2>1. Introduction</h2>"
        + paras("Walking should be a safe choice on every street in Pell Harbor. Today, many of "
                "our busiest streets have a sidewalk on one side only, or none. This plan sets "
                "the order in which the City will close those gaps over the next fifteen years.")
        + "<h2>2. How we made this plan</h2>"
        + paras("We held two community workshops, at Crandall Library on June 11 and at the "
                "Eastside Community Center on June 25, 2052, with 94 people in all. An online "
                "survey was open from June 1 to July 15 and drew 1,146 responses. The draft plan "
                "was presented to the Transportation Commission on September 23, 2052, and "
                "revised after its comments.")
        + "<h2>3. Where the gaps are</h2>"
        + paras("City staff mapped every arterial and collector street from aerial photos and "
                "checked 40 miles in the field in spring 2052. The table shows the miles without "
                "a continuous sidewalk by district.")
        + table_html(["District", "Miles of gap", "Sidewalk on one side only",
                      "No sidewalk on either side"], inv)
        + paras("Local streets near schools and transit stops were not part of this inventory. "
                "They will be mapped in 2053, when the Safe Routes to School plan is updated.")
        + "<h2>4. How we ranked the gaps</h2>"
        + paras("Each gap was given a score out of 100: up to 40 points for safety (crash "
                "history, speed limit and traffic volume), up to 30 for equity (share of "
                "households without a car and with low incomes in the Census tract) and up to 30 "
                "for access (distance to a school, a bus stop or a grocery store). Gaps with "
                "equal scores were ordered by the number of survey comments about them.")
        + "<h2>5. The 25 highest-ranked gaps</h2>"
        + paras("Costs are planning-level estimates in 2052 dollars, including drainage and "
                "a 30 % contingency, but not right-of-way.")
        + "<table class='r'><thead><tr><th>Rank</th><th>Street</th><th>Length (mi)</th>"
          "<th>Score</th><th>Estimated cost</th></tr></thead><tbody>" + rows_html
        + "</tbody></table>"
        + "<h2>6. Paying for sidewalks</h2>"
        + paras("Repair of existing sidewalks remains the adjacent property owner's "
                "responsibility under City Code 12.08. Projects that receive grants are listed "
                "in the Capital Improvement Program each year.")
        + "<h2>7. Curb ramps</h2>"
        + paras("Curb ramps will be assessed project by project during design, using the "
                "City's ADA Transition Plan.")
        + "<h2>8. Next steps</h2>"
        + paras("Public Works will report to the Transportation Commission each spring on the "
                "gaps closed in the previous year.")
    )
    html_pdf(d / "plan.pdf", lang="en-US", title="Pell Harbor Sidewalk Gap Closure Plan",
             css=css, body=body)
    g = [
        P("1", dl[0], "content", "partial", ev="City staff mapped every arterial",
          missing=["local streets within a quarter mile of schools and transit stops (put off "
                   "to the Safe Routes to School update in 2053)"],
          trap="item 1. of the DELIVERABLES box of a one-slide PROJECT CHARTER; arterials and "
               "collectors tabled by district, local streets put off"),
        P("2", dl[1], "content", "covered", ev="Each gap was given a score out of 100",
          trap="answered under a heading in other words ('How we ranked the gaps')"),
        P("3", dl[2], "deliverable", "covered", ev="Costs are planning-level estimates",
          trap="a 25-row table with an estimated cost per gap"),
        P("4", dl[3], "content", "uncovered",
          trap="SHARED WORDS under 'Paying for sidewalks': the adjacent owner's duty to REPAIR "
               "(out of scope in the charter) and grant projects listed in the CIP; no funding "
               "strategy and no view on assessing owners for new sidewalks"),
        P("5", dl[4], "content", "uncovered",
          trap="put off: 'Curb ramps will be assessed project by project during design'"),
        P("M1", ms["M1"], "process", "covered", ev="We held two community workshops",
          trap="a row label of the Gantt-like MILESTONES strip (a bar in June); past tense: two "
               "workshops in June 2052"),
        P("M2", ms["M2"], "process", "partial", ev="We held two community workshops",
          missing=["the survey in Spanish (the plan names one online survey, no language)"],
          trap="a Gantt row; the survey ran June 1 – July 15"),
        P("M3", ms["M3"], "process", "covered", ev="We held two community workshops",
          trap="a Gantt row with a diamond in September; the draft went to the Commission on "
               "September 23, 2052, before September 30"),
        P("M4", ms["M4"], "process", "uncovered",
          trap="a Gantt row with a diamond in November; adopted December 9, 2052: late. Not "
               "points: the team, the problem statement, the goal (the order itself), the "
               "scope box (boundaries), success measures of the program, risks, the other "
               "two Gantt rows (the team's own work)"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["sidewalks"],
                producer="a one-slide PROJECT CHARTER (reportlab canvas, 16:9, Liberation Sans "
                "7.6 in boxes, a title band): team, problem, goal, DELIVERABLES 1.–5., scope, "
                "success measures and risks boxes, and a Gantt-like MILESTONES strip whose six "
                "rows are labels with bars and diamonds under months (four rows points, two "
                "the team's work); plan the city's web page printed with Chromium (US Letter, "
                "Liberation Serif 10.6, 'Page n of m'), an inventory table, a 25-row cost "
                "table, headings in other words, past tense, a deferral, shared words, a late "
                "adoption", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them (point texts in the mandate with
    batch 47's check_texts on this folder, then the gold quotes on their pages), or --twice:
    build everything twice and compare the sha256 of every file (pairkit.mandates_main)."""
    if argv[:1] == ["--verify"]:
        _b47.HERE, _b47.DROP = HERE, DROP
        bad = _b47.check_texts(argv[1:] or list(PAIRS))
        for b in bad:
            print(b)
        if bad:
            raise SystemExit(f"verify: {len(bad)} point text(s) not printed")
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind52/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
