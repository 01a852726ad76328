"""Build the thirty-fourth blind batch of mandate/plan pairs under corpora/mandates-blind34/ and their gold.

Written on 2026-12-05 without reading plancheck's code. ORDINARY mandate forms, on surfaces of
this batch's own: a bokmål SAKSFRAMLEGG whose 'Kommunedirektørens innstilling' closes the
document with numbered points (some typed "3.Planen" without a space, point 2 with sub-points
a)–c)); a nynorsk PLANPROGRAM whose 'Utgreiingsbehov' is a landscape table `Tema | Kva skal
utgreiast | Metode` running over the page; a Swedish UPPDRAGSBESKRIVNING with Syfte / Mål /
Avgränsningar / Leveranser / Tidplan headings; a Danish KOMMISSORIUM FOR ARBEJDSGRUPPEN (the
kommune's web page) with 'Opgaver' bullets and 'Tidsplan'; and English council MINUTES with a
motion carried, "This Council resolves to:" a.–g. Plans are other producers: reportlab, a web
page printed with Chromium, Word → LibreOffice.

    python corpora/mandates-blind34/make_pairs.py               # all pairs
    python corpora/mandates-blind34/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind34/make_pairs.py --twice       # build twice, compare sha256

The three writers (docx_pdf, rl_pdf, html_pdf) and the html helpers are batch 33's, imported
through pairkit (called, not copied) with this batch's own fonts, sizes, headers, footers,
orientation and colours; batch 20's builder gives P, verify and the construction check.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
_b33 = pk.load_module("mandates_blind33_make_pairs", HERE.parent / "mandates-blind33" / "make_pairs.py")
P = _b20.P
docx_pdf, rl_pdf, html_pdf = _b33.docx_pdf, _b33.rl_pdf, _b33.html_pdf
e, paras, table_html = _b33.e, _b33.paras, _b33.table_html

PAIRS, pair = pk.pair_registry()


# =========================================================================== 1 bolig (nb)
@pair
def bolig(d: Path) -> dict:
    lead2 = "Planen skal kartlegge behovet for kommunale utleieboliger for:"
    sub = {
        "a": "ungdom som skal etablere seg i egen bolig for første gang",
        "b": "flyktninger som bosettes i kommunen",
        "c": "personer med rusproblemer og psykiske lidelser",
    }
    p3 = ("Planen skal vurdere hvordan flere husstander kan gå fra å leie til å eie egen "
          "bolig, blant annet ved bruk av startlån og tilskudd fra Husbanken.")
    p4 = "Planen skal beskrive tiltak som forebygger utkastelser og tvangssalg."
    p5 = ("Planen skal ha en handlingsdel med tiltak, ansvarlig enhet og kostnad, og "
          "handlingsdelen skal rulleres årlig i forbindelse med budsjettbehandlingen.")
    p6 = "NAV, Husbanken og brukerorganisasjonene skal involveres i planarbeidet."
    p7 = "Planforslaget skal legges fram for formannskapet innen 1. juni 2048."
    vurd = [
        "Kommunen eier i dag 142 utleieboliger. Ventelisten har økt fra 18 husstander i 2044 "
        "til 41 husstander ved utgangen av 2046. Samtidig står flere av de eldste boligene "
        "i Nordbyen tomme fordi de ikke er i forskriftsmessig stand.",
        "Kommunedirektøren mener at en boligsosial handlingsplan vil gi et bedre grunnlag "
        "for å prioritere mellom kjøp, bygging og utleie av boliger. En slik plan gir også "
        "et grunnlag for søknader om tilskudd fra Husbanken. Arbeidet foreslås organisert "
        "som et prosjekt ledet av enhet for bolig og eiendom, med deltakere fra helse og "
        "omsorg, flyktningtjenesten og NAV.",
        "Planen er en temaplan og behandles ikke etter plan- og bygningsloven. Det er derfor "
        "ikke krav om planprogram eller offentlig ettersyn, men kommunedirektøren vil legge "
        "vekt på at de som berøres, får si sin mening underveis.",
        "Kostnadene ved arbeidet er i hovedsak interne ressurser. Det kan bli aktuelt å "
        "kjøpe inn en boligbehovsanalyse fra et konsulentfirma. Dette dekkes innenfor "
        "rammen til enhet for bolig og eiendom.",
        "Kommunedirektøren viser også til at statsforvalteren i sin tilbakemelding på "
        "kommuneplanen ba kommunen se boligpolitikken i sammenheng med arealplanleggingen. "
        "Det er derfor lagt opp til at planen skal gi innspill til rulleringen av "
        "kommuneplanens arealdel, som starter i 2048.",
    ]
    m = [
        ("form", [["Saksbehandler:", "Marit Haugen"], ["Arkivsak:", "47/1093"],
                  ["Arkivkode:", "F00"]], [3.4, 12.8]),
        ("table", ["Saksnr.", "Utvalg", "Møtedato"],
         [["19/47", "Formannskapet", "08.04.2047"], ["27/47", "Kommunestyret", "24.04.2047"]],
         [3.4, 8.6, 4.2]),
        ("title", "Oppstart av arbeid med boligsosial handlingsplan 2048–2052"),
        ("h2", "Vedlegg"),
        ("p", "Boligpolitisk notat fra enhet for bolig og eiendom, februar 2047"),
        ("h2", "Saksopplysninger"),
        ("p", "Solbakken kommune har ikke hatt en boligsosial handlingsplan siden 2036. "
              "Kommuneplanens samfunnsdel (2045–2057) sier at alle skal kunne bo trygt og "
              "godt, og at kommunen skal hjelpe dem som ikke klarer å skaffe seg bolig på "
              "egen hånd. Husbanken har i dialogmøte med kommunen i 2046 anbefalt at "
              "kommunen lager en ny plan."),
        ("h2", "Vurdering"),
        *[("p", t) for t in vurd],
        ("h2", "Kommunedirektørens innstilling"),
        ("typed", "1.", "Kommunestyret ber kommunedirektøren utarbeide en boligsosial "
                        "handlingsplan for perioden 2048–2052.", 0.8, 0.0),
        ("p", "2." + lead2),
        *[("typed", f"{k})", v + ("," if k != "c" else "."), 0.7, 0.8) for k, v in sub.items()],
        ("p", "3." + p3),
        ("p", "4." + p4),
        ("p", "5." + p5),
        ("typed", "6.", p6, 0.8, 0.0),
        ("typed", "7.", p7, 0.8, 0.0),
        ("typed", "8.", "Arbeidet dekkes innenfor vedtatt budsjett for 2047.", 0.8, 0.0),
    ]
    header = "Solbakken kommune"
    docx_pdf(d / "mandate.pdf", m, title="Saksframlegg – boligsosial handlingsplan",
             author="Solbakken kommune", font="DejaVu Serif", size=10, lang="nb-NO",
             header=header, footer="Side {PAGE} av {NUMPAGES}", accent="000000",
             head_fill="EDEDED")
    behov = [
        ["Ungdom 18–25 år i første egne bolig", "9", "14", "Små leiligheter sentralt"],
        ["Flyktninger (bosetting 25 per år)", "38", "55", "Familieboliger, 3–4 rom"],
        ["Personer med rusproblemer", "21", "26", "Samlokaliserte boliger med base"],
        ["Eldre med behov for tilrettelegging", "31", "33", "Omsorgsboliger"],
    ]
    tiltak = [
        ["1", "Kjøpe 12 små leiligheter til ungdom i sentrum", "Bolig og eiendom", "19,2 mill."],
        ["2", "Bygge 8 familieboliger på Løkkatomta", "Bolig og eiendom", "34,0 mill."],
        ["3", "Etablere boligkontor med felles inngang for bolig, startlån og bostøtte",
         "NAV / Bolig og eiendom", "0,4 mill. per år"],
        ["4", "Bygge 6 samlokaliserte boliger med personalbase i Nordbyen",
         "Helse og omsorg", "28,5 mill."],
        ["5", "Rive eller selge de 14 eldste boligene i Nordbyen", "Bolig og eiendom",
         "Inntekt ca. 6 mill."],
        ["6", "Gi veiledning om startlån til alle leietakere som har bodd mer enn tre år "
         "i kommunal bolig", "NAV", "Innenfor ramme"],
        ["7", "Innføre faste hjemmebesøk hos nye leietakere første året", "Helse og omsorg",
         "0,6 mill. per år"],
        ["8", "Bygge om 4 boliger for rullestolbrukere", "Bolig og eiendom", "3,2 mill."],
        ["9", "Samle alle søknader om kommunal bolig i ett digitalt skjema", "Bolig og eiendom",
         "0,2 mill."],
        ["10", "Kartlegge tilstanden i alle kommunale boliger", "Bolig og eiendom",
         "0,5 mill."],
    ]
    p = [
        ("title", "Boligsosial handlingsplan 2048–2052"),
        ("meta", "Solbakken kommune · Høringsutkast · mars 2048"),
        ("h1", "1 Innledning"),
        ("p", "Kommunestyret vedtok 24. april 2047 å starte arbeidet med en ny boligsosial "
              "handlingsplan. Planen skal gjøre det lettere for vanskeligstilte på "
              "boligmarkedet å skaffe seg og beholde en god bolig. Den bygger på "
              "kommuneplanens samfunnsdel og på Husbankens veileder."),
        ("h1", "2 Dagens situasjon"),
        ("p", "Solbakken har 11 400 innbyggere. Kommunen eier 142 utleieboliger, de fleste i "
              "Nordbyen og på Løkka. 41 husstander sto på venteliste ved utgangen av 2046. "
              "Mange av boligene er bygd på 1970-tallet og trenger omfattende vedlikehold."),
        ("h1", "3 Hvem trenger en kommunal bolig?"),
        ("p", "Boligbehovsanalysen fra 2047 viser at etterspørselen vil øke mest blant unge "
              "og blant flyktninger. Tabellen viser antall husstander i kommunal bolig i dag "
              "og behovet i 2052 for de viktigste gruppene."),
        ("table", ["Gruppe", "I dag", "Behov 2052", "Boligtype"], behov, [62, 18, 24, 66]),
        ("p", "Unge som flytter hjemmefra for første gang, får i dag ofte tilbud om en "
              "hybel langt fra sentrum. Vi vil heller tilby små leiligheter nær skole, "
              "jobb og kollektivtrafikk. For flyktninger er det familieboliger med tre og "
              "fire rom som mangler. Personer med rusproblemer trenger boliger med "
              "personale i nærheten, og vi foreslår en samlokalisert løsning i Nordbyen."),
        ("h1", "4 Fra leie til eie"),
        ("p", "Mange leietakere i kommunale boliger har stabil inntekt og kunne ha eid "
              "sin egen bolig. Startlån og tilskudd fra Husbanken kan gjøre det mulig. "
              "Kommunen vil gi alle som har leid i mer enn tre år, tilbud om veiledning "
              "om startlån, og vil i særlige tilfeller la leietakere kjøpe boligen de bor i. "
              "Vi regner med at 5–8 husstander i året kan gå fra leie til eie."),
        ("h1", "5 Å bo trygt"),
        ("p", "En bolig er mer enn et tak over hodet. Nye leietakere skal få hjemmebesøk det "
              "første året. Utkastelser og tvangssalg er et tema kommunen vil se nærmere på "
              "i neste planperiode."),
        ("h1", "6 Handlingsdel"),
        ("p", "Tiltakene nedenfor følger opp planen. For hvert tiltak er det oppgitt hvilken "
              "enhet som har ansvaret, og hva tiltaket vil koste."),
        ("table", ["Nr.", "Tiltak", "Ansvarlig enhet", "Kostnad"], tiltak, [12, 88, 38, 32]),
        ("h1", "7 Slik har vi arbeidet"),
        ("p", "Planen er utarbeidet av en prosjektgruppe fra bolig og eiendom, helse og "
              "omsorg og flyktningtjenesten. NAV Solbakken og Husbanken region øst har deltatt "
              "i tre arbeidsmøter, og Mental Helse og RIO har gitt innspill om boliger for "
              "personer med rusproblemer og psykiske lidelser."),
        ("h1", "8 Videre behandling"),
        ("p", "Høringsutkastet legges fram for formannskapet 13. mai 2048 og deretter for "
              "kommunestyret."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Boligsosial handlingsplan 2048–2052",
           author="Solbakken kommune", family="LS", size=10.5,
           head_left="Solbakken kommune", head_right="Boligsosial handlingsplan 2048–2052",
           foot=lambda n, t: f"{n}", accent="#7A1F2B", head_fill="#F2E4E6")
    g = [
        P("a", sub["a"], "content", "covered", ev="Unge som flytter hjemmefra",
          trap="a sub-point a) of point 2 of a SAKSFRAMLEGG's 'Kommunedirektørens innstilling' "
               "(typed '2.Planen skal …' without a space; the lead line is none); numbered by "
               "its letter, text without 'a) ' and the closing ','. Answered in '3 Hvem "
               "trenger en kommunal bolig?' in other words (unge … små leiligheter)"),
        P("b", sub["b"], "content", "covered", ev="Unge som flytter hjemmefra",
          trap="the table row 'Flyktninger (bosetting 25 per år)' and the paragraph after it"),
        P("c", sub["c"], "content", "partial", ev="Unge som flytter hjemmefra",
          missing=["boliger for personer med psykiske lidelser"],
          trap="the behov table and chapter 3 name only 'personer med rusproblemer'; psykiske "
               "lidelser are named in '7 Slik har vi arbeidet' as an innspill, not answered"),
        P("3", p3, "content", "covered", ev="Mange leietakere i kommunale boliger",
          trap="typed '3.Planen' without a space; answered in '4 Fra leie til eie'"),
        P("4", p4, "content", "uncovered",
          trap="words in passing and a promise for later: 'Utkastelser og tvangssalg er et "
               "tema kommunen vil se nærmere på i neste planperiode'"),
        P("5", p5, "deliverable", "partial", ev="Tiltakene nedenfor følger opp planen",
          missing=["årlig rullering av handlingsdelen"],
          trap="the handlingsdel table has tiltak, ansvarlig enhet and kostnad; the yearly "
               "rolling with the budget is not mentioned"),
        P("6", p6, "process", "covered", ev="Planen er utarbeidet av en prosjektgruppe",
          trap="answered in '7 Slik har vi arbeidet' (NAV, Husbanken, Mental Helse and RIO "
               "as brukerorganisasjoner)"),
        P("7", p7, "process", "covered", ev="Høringsutkastet legges fram for formannskapet",
          trap="13. mai 2048 is before 1. juni 2048. Point 1 (the order) and 8 (funding) "
               "are none; so are Saksopplysninger and Vurdering"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="SAKSFRAMLEGG exported from Word (DejaVu Serif 10, nb-NO, running "
                "header 'Solbakken kommune', 'Side n av m'): a saksbehandler form and an "
                "utvalg table at the top, Vedlegg, Saksopplysninger, Vurdering, then "
                "'Kommunedirektørens innstilling' with points 1.–8. (some typed '3.Planen' "
                "without a space, point 2 with sub-points a)–c)); plan laid out with reportlab "
                "(Liberation Sans 10.5, running head over a rule, bare page number), a behov "
                "table and a handlingsdel table", points=g)


# =========================================================================== 2 sentrum (nn)
@pair
def sentrum(d: Path) -> dict:
    rows = [
        ["Bustader", "Kor mange nye bustader sentrum kan få fram mot 2040, og kvar dei bør "
                     "liggje.", "Analyse av tomtereserve og fortetting, kart"],
        ["Handel og service", "Korleis handelen i sentrum kan styrkjast, og kva verknader "
                              "eit nytt kjøpesenter på Moane vil få for sentrum.",
         "Handelsanalyse (konsulent), samtalar med næringsforeininga"],
        ["Trafikk og parkering", "Trafikkmengda i Strandgata og behovet for "
                                 "parkeringsplassar i sentrum.",
         "Trafikkteljing haust 2047, parkeringsregistrering"],
        ["Stormflo og havnivå", "Kva delar av sentrum som kan bli ramma av stormflo og "
                                "havnivåstiging fram mot år 2100.",
         "Kartlegging med DSB- og Kartverket-data, ROS-analyse"],
        ["Kulturminne", "Verneverdige bygningar og kulturmiljø langs Bryggja.",
         "Registrering i felt, Riksantikvaren sin database"],
        ["Grøntstruktur", "Samanhengande gangsamband og grøne lunger frå skulen og "
                          "bustadområda ned til sjøen.", "Synfaring, kartanalyse"],
    ]
    s1 = ("Det skal haldast eit ope møte i Straumsvik samfunnshus medan planforslaget ligg ute "
          "til offentleg ettersyn, og ungdomsrådet skal få planforslaget presentert i eit "
          "eige møte.")
    header = "Planprogram – kommunedelplan for Straumsvik sentrum"
    fill = ("Straumsvik sentrum har vore i endring dei siste tiåra. Butikkar har flytta ut "
            "til Moane, fleire bygningar langs Bryggja står tomme, og mange ønskjer å bu "
            "sentralt. Kommunedelplanen skal gje ein heilskapleg plan for korleis sentrum "
            "skal utviklast dei neste tolv åra.")
    m = [
        ("title", "Planprogram"),
        ("meta", "Kommunedelplan for Straumsvik sentrum 2048–2060 · Fastsett av formannskapet "
                 "14.03.2047, sak 22/47"),
        ("h1", "1 Innleiing"),
        ("p", fill),
        ("p", "Planprogrammet gjer greie for føremålet med planarbeidet, kva spørsmål som skal "
              "greiast ut, korleis medverknaden skal gå føre seg og framdrifta. Planprogrammet "
              "låg ute til høyring frå 10. desember 2046 til 25. januar 2047."),
        ("h1", "2 Føremål"),
        ("p", "Føremålet er eit levande sentrum med fleire bustader, handel og møteplassar, der "
              "det er trygt å gå og sykle, og der nye bygg tek omsyn til havnivåstiginga."),
        ("h1", "3 Planområdet"),
        ("p", "Planområdet er om lag 48 dekar og omfattar Strandgata, Bryggja, torget og "
              "bustadområda aust for kyrkja. Avgrensinga er vist på kartet i vedlegg 1."),
        ("p", "I gjeldande kommuneplan er sentrum sett av til sentrumsføremål, bustader og "
              "grøntområde. Reguleringsplanane for Bryggja (1988) og torget (1994) skal "
              "gjelde til dei blir erstatta av den nye kommunedelplanen, og dei eldste "
              "planane for Kyrkjebakken skal opphevast når kommunedelplanen blir vedteken. "
              "Hamneområdet aust for ferjekaia er ikkje med i planområdet, fordi det blir "
              "handsama i ein eigen reguleringsplan for hamna."),
        ("h1", "4 Utgreiingsbehov"),
        ("p", "Tabellen viser kva som skal greiast ut i planarbeidet, og korleis det skal "
              "gjerast. Utgreiingane skal vere ferdige før planforslaget blir lagt ut til "
              "offentleg ettersyn."),
        ("table", ["Tema", "Kva skal utgreiast", "Metode"], rows, [4.4, 10.2, 8.0]),
        ("h1", "5 Konsekvensutgreiing"),
        ("p", "Planen skal ha konsekvensutgreiing etter forskrift om konsekvensutgreiingar § 6. "
              "Verknadene av planen skal vurderast samla i planomtalen."),
        ("h1", "6 Medverknad"),
        ("p", s1 + " Innspel kan sendast på e-post eller via kommunen si nettside."),
        ("h1", "7 Framdrift"),
        ("table", ["Fase", "Tidspunkt"],
         [["Utgreiingar", "Mars–oktober 2047"], ["Planforslag til 1. gongs handsaming",
                                                  "Januar 2048"],
          ["Offentleg ettersyn", "Februar–mars 2048"], ["Vedtak i kommunestyret", "Juni 2048"]],
         [12.0, 8.0]),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Planprogram – kommunedelplan for Straumsvik sentrum",
             author="Straumsvik kommune", font="Liberation Sans Narrow", size=11, lang="nn-NO",
             header=header, footer="Side {PAGE} av {NUMPAGES}", accent="0B5563",
             head_fill="D5ECEF", landscape=True)
    omr = [["S1 Bryggja sør", "2,3", "Høg", "Golv over kote 3,2"],
           ["S2 Torget", "2,6", "Middels", "Golv over kote 3,2"],
           ["S3 Strandgata nord", "2,9", "Middels", "Ingen bustader i 1. etasje"],
           ["S4 Kyrkjebakken", "6,5", "Låg", "Ingen særskilde krav"]]
    css = ("@page{size:A4;margin:18mm 20mm 20mm 20mm;@bottom-right{content:'Side ' "
           "counter(page);font:8pt 'DejaVu Sans',sans-serif}}body{font-family:'DejaVu "
           "Sans',sans-serif;font-size:9.5pt;line-height:1.45;color:#1b1b1b}"
           ".top{background:#0B5563;color:#fff;padding:6px 10px;font-size:9pt}"
           "h1{font-size:17pt;margin:10px 0 4px;color:#0B5563}h2{font-size:12pt;margin:14px 0 "
           "4px;color:#0B5563;border-bottom:1px solid #9cc}.lead{font-size:10.5pt;color:#333}"
           "table{border-collapse:collapse;width:100%;margin:6px 0 10px;font-size:8.8pt}"
           "th{background:#D5ECEF;text-align:left}th,td{border:1px solid #7aa;padding:3px 5px;"
           "vertical-align:top}")
    body = (
        "<div class='top'>Straumsvik kommune · Planar under arbeid</div>"
        "<h1>Kommunedelplan for Straumsvik sentrum 2048–2060</h1>"
        "<p class='lead'>Planomtale · Forslag til offentleg ettersyn · januar 2048</p>"
        "<h2>1 Bakgrunn</h2>"
        + paras("Formannskapet fastsette planprogrammet 14. mars 2047. Denne planomtalen "
                "forklarer planforslaget og svarar på spørsmåla i planprogrammet.")
        + "<h2>2 Bustader</h2>"
        + paras("Tomtereserven i sentrum gir plass til om lag 380 nye bustader innan 2040. "
                "Planen legg dei fleste til Kyrkjebakken og dei ledige tomtene bak torget, "
                "der det er minst konflikt med stormflo og kulturminne. Langs Strandgata "
                "skal det vere forretningar i første etasje og bustader over.")
        + "<h2>3 Handel og service</h2>"
        + paras("Sentrum har mista ein tredel av butikkane sidan 2030. Handelsanalysen tilrår "
                "å samle handelen rundt torget og Strandgata og å tillate serveringsstader "
                "på bryggjekanten. Planen opnar for større butikklokale i første etasje ved "
                "torget.")
        + "<h2>4 Trafikk og parkering</h2>"
        + paras("Teljinga hausten 2047 viste 4 200 bilar i døgnet i Strandgata. Planen gjer "
                "Strandgata til gatetun med fartsgrense 30 km/t. Parkeringsbehovet er rekna "
                "til 260 plassar; 180 av dei skal liggje i eit felles anlegg under torget, "
                "resten langs Havnevegen.")
        + "<h2>5 Stormflo og havnivå</h2>"
        + paras("ROS-analysen viser kva område i sentrum som blir sette under vatn ved ei "
                "200-årsstormflo i 2100. Tabellen viser områda og krava planen stiller.")
        + table_html(["Område", "Lågaste terreng (kote)", "Fare", "Krav i føresegnene"], omr)
        + "<h2>6 Kulturmiljø</h2>"
        + paras("Bryggja er eit viktig kulturmiljø for Straumsvik. Vernet av bygningane vil "
                "kommunen kome attende til i ein eigen kulturminneplan.")
        + "<h2>7 Grøne samband</h2>"
        + paras("Planen sikrar ein samanhengande gangveg frå skulen gjennom Kyrkjebakken til "
                "sjøen, og tre grøne lunger: kyrkjeparken, ein ny park ved Havnevegen og "
                "strandsona ved Bryggja sør.")
        + "<h2>8 Medverknad</h2>"
        + paras("Under det offentlege ettersynet blir det ope møte i Straumsvik samfunnshus "
                "19. februar 2048. Innspel frå møtet blir samanfatta i saka til andre gongs "
                "handsaming.")
    )
    html_pdf(d / "plan.pdf", lang="nn", title="Kommunedelplan for Straumsvik sentrum",
             css=css, body=body)
    g = [
        P("1", rows[0][1], "content", "covered", ev="Tomtereserven i sentrum gir plass",
          trap="a row of the PLANPROGRAM's 'Utgreiingsbehov' table `Tema | Kva skal "
               "utgreiast | Metode` (landscape, Word → PDF), numbered by its place; text "
               "the 'Kva skal utgreiast' cell. Answered in '2 Bustader'"),
        P("2", rows[1][1], "content", "partial", ev="Sentrum har mista ein tredel",
          missing=["verknader av kjøpesenteret på Moane for sentrum"],
          trap="'3 Handel og service' strengthens sentrum handel; the Moane senter is not "
               "assessed"),
        P("3", rows[2][1], "content", "covered", ev="Teljinga hausten 2047 viste",
          trap="answered in other words in '4 Trafikk og parkering'"),
        P("4", rows[3][1], "content", "covered", ev="ROS-analysen viser kva område",
          trap="answered in a table introduced by a paragraph"),
        P("5", rows[4][1], "content", "uncovered",
          trap="words in passing and a pointer to a later plan: 'Vernet av bygningane vil "
               "kommunen kome attende til i ein eigen kulturminneplan'"),
        P("6", rows[5][1], "content", "covered", ev="Planen sikrar ein samanhengande",
          trap="answered in '7 Grøne samband' (gangveg and grøne lunger)"),
        P("S1", s1, "process", "partial", ev="Under det offentlege ettersynet blir det",
          missing=["eige møte med ungdomsrådet"],
          trap="the first sentence of '6 Medverknad'; the ope møte is set, the ungdomsråd is "
               "not named. The e-post sentence, the Framdrift table, '5 "
               "Konsekvensutgreiing' (a legal requirement stated, no task of the table) are "
               "none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="PLANPROGRAM exported from Word in landscape (Liberation Sans Narrow "
                "11, nn-NO, running header, 'Side n av m'): '4 Utgreiingsbehov' a table "
                "`Tema | Kva skal utgreiast | Metode` whose cells wrap and which runs over the "
                "page with its header row repeated, '6 Medverknad' with the process sentence, "
                "a Framdrift table; plan (planomtale) the kommune's web page printed with "
                "Chromium (DejaVu Sans 9.5, 'Side n' at the foot right), an area table",
                points=g)


# =========================================================================== 3 forskola (sv)
@pair
def forskola(d: Path) -> dict:
    lev = [
        "En prognos över antalet barn i förskoleåldern per planeringsområde fram till år 2040.",
        "En inventering av förskolelokalernas kapacitet och tekniska skick.",
        "Förslag på var nya förskolor bör byggas och vilka befintliga förskolor som kan "
        "avvecklas.",
        "En bedömning av om förskolornas utemiljöer uppfyller Boverkets riktlinjer för friyta.",
        "En investeringsplan med kostnader per år som kan föras in i budgetprocessen.",
    ]
    s1 = "Förskoleplanen ska lämnas till barn- och utbildningsnämnden senast den 15 mars 2048."
    s2 = ("Förskolecheferna och de fackliga organisationerna ska ges möjlighet att lämna "
          "synpunkter under arbetet.")
    m = [
        ("title", "Uppdragsbeskrivning"),
        ("form", [["Uppdrag", "Förskoleplan för Lövsta kommun 2048–2057"],
                  ["Uppdragsgivare", "Barn- och utbildningsnämnden"],
                  ["Uppdragstagare", "Utbildningsförvaltningen, avdelningen för planering"],
                  ["Beslutad", "2047-05-22, § 48"], ["Dnr", "BUN 2047/219"]], [40, 125]),
        ("h1", "Bakgrund"),
        ("p", "Antalet barn i Lövsta har ökat snabbare än befolkningsprognosen förutsåg. "
              "Flera förskolor har fler barn än de är byggda för, medan andra har lediga "
              "platser. Nämnden saknar i dag en samlad bild av behovet av förskolelokaler."),
        ("h1", "Syfte"),
        ("p", "Syftet är att ge nämnden ett underlag för beslut om nya, ombyggda och "
              "avvecklade förskolor de kommande åren."),
        ("h1", "Mål"),
        ("p", "Alla barn ska erbjudas plats inom fyra månader, på en förskola högst fem "
              "kilometer från hemmet."),
        ("h1", "Avgränsningar"),
        ("p", "Uppdraget omfattar inte pedagogisk omsorg och inte fristående förskolor, "
              "annat än i prognosen. Skolornas lokaler behandlas i en egen lokalplan."),
        ("h1", "Leveranser"),
        ("bullets", lev),
        ("h1", "Tidplan"),
        ("p", s1 + " Nämnden tar ställning till planen i april 2048."),
        ("h1", "Organisation och förankring"),
        ("p", "Arbetet leds av planeringschefen. En arbetsgrupp med representanter för "
              "förskolan, fastighetsavdelningen och samhällsbyggnadskontoret tar fram "
              "underlaget. " + s2),
        ("h1", "Resurser"),
        ("p", "Arbetet ryms inom förvaltningens budget för 2047."),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Uppdragsbeskrivning förskoleplan",
           author="Lövsta kommun", family="LS", size=10.5, head_left="Lövsta kommun",
           head_right="Barn- och utbildningsförvaltningen",
           foot=lambda n, t: f"Sida {n} av {t}", accent="#3B2C74", head_fill="#E4E0F2")
    prog = [
        ["Norra Lövsta", "412", "468", "+56"],
        ["Centrum", "530", "545", "+15"],
        ["Åsen", "288", "402", "+114"],
        ["Söderby", "205", "190", "−15"],
        ["Landsbygden", "141", "122", "−19"],
    ]
    lokal = [
        ["Björkens förskola", "Centrum", "120", "131", "Behåll"],
        ["Lärkan", "Norra Lövsta", "80", "96", "Bygg ut med två avdelningar"],
        ["Ekorren", "Åsen", "60", "88", "Ersätts av ny förskola"],
        ["Solrosen", "Söderby", "100", "74", "Behåll"],
        ["Tallbacken", "Landsbygden", "40", "26", "Behåll"],
        ["Ängen", "Centrum", "90", "92", "Behåll"],
    ]
    inv = [["Ny förskola i Åsen (8 avdelningar)", "2049", "2050", "62"],
           ["Tillbyggnad Lärkan", "2048", "2049", "18"],
           ["Ny förskola i Norra Lövsta (6 avdelningar)", "2051", "2052", "48"],
           ["Ombyggnad kök Björkens förskola", "2049", "2049", "4"]]
    p = [
        ("title", "Förskoleplan 2048–2057"),
        ("meta", "Lövsta kommun, utbildningsförvaltningen · Förslag till barn- och "
                 "utbildningsnämnden · februari 2048"),
        ("h1", "1. Inledning"),
        ("p", "Förskoleplanen beskriver hur många förskoleplatser som behövs i Lövsta fram "
              "till 2040 och var de ska finnas. Planen lämnas till barn- och "
              "utbildningsnämnden i februari 2048, så att nämnden kan ta ställning i april."),
        ("h1", "2. Hur många barn blir det?"),
        ("p", "Befolkningsprognosen från 2047 ger antalet barn i åldern 1–5 år i varje "
              "planeringsområde. Fram till 2040 ökar antalet mest i Åsen, där det nya "
              "bostadsområdet Åsenhöjden byggs ut, medan det minskar på landsbygden."),
        ("table", ["Planeringsområde", "Barn 1–5 år 2047", "Barn 1–5 år 2040", "Förändring"],
         prog, [4.6, 3.6, 3.6, 3.0]),
        ("h1", "3. Förskolornas lokaler"),
        ("p", "Tabellen visar hur många barn varje förskola är byggd för och hur många som "
              "var inskrivna hösten 2047."),
        ("table", ["Förskola", "Område", "Platser", "Inskrivna 2047", "Förslag"], lokal,
         [3.6, 3.2, 2.0, 2.8, 5.2]),
        ("h1", "4. Nya förskolor"),
        ("p", "Förvaltningen föreslår en ny förskola med åtta avdelningar i Åsen, som ersätter "
              "Ekorren, och en ny förskola med sex avdelningar i Norra Lövsta. Lärkan byggs "
              "ut med två avdelningar redan 2048."),
        ("h1", "5. Utemiljö"),
        ("p", "Barnen behöver stora och varierade gårdar. Friytorna vid förskolorna kommer att "
              "ses över i samband med kommande projekt."),
        ("h1", "6. Investeringar"),
        ("p", "Investeringarna nedan föreslås föras in i budgeten för 2049 och framåt. "
              "Kostnaderna är beräknade i 2047 års prisnivå."),
        ("table", ["Projekt", "Byggstart", "Klart", "Kostnad (mnkr)"], inv,
         [8.0, 2.6, 2.4, 3.0]),
        ("h1", "7. Så har planen tagits fram"),
        ("p", "En arbetsgrupp från förskolan, fastighetsavdelningen och "
              "samhällsbyggnadskontoret har tagit fram planen. Förskolecheferna har lämnat "
              "synpunkter på ett utkast vid två ledningsmöten i december 2047."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Förskoleplan 2048–2057", author="Lövsta kommun",
             font="Liberation Sans", size=10, lang="sv-SE",
             header="Lövsta kommun – Förskoleplan", footer="Sida {PAGE}", accent="3B2C74",
             head_fill="E4E0F2")
    g = [
        P("1", lev[0], "content", "covered", ev="Befolkningsprognosen från 2047 ger",
          trap="a bullet under 'Leveranser' of an UPPDRAGSBESKRIVNING (reportlab, headings "
               "Bakgrund / Syfte / Mål / Avgränsningar / Leveranser / Tidplan), numbered by "
               "its place; text the bullet. Answered in '2. Hur många barn blir det?' and its "
               "table"),
        P("2", lev[1], "content", "partial", ev="Tabellen visar hur många barn",
          missing=["lokalernas tekniska skick"],
          trap="capacity and enrolment are in the table; the technical condition is not"),
        P("3", lev[2], "content", "partial", ev="Förvaltningen föreslår en ny förskola",
          missing=["vilka förskolor som kan avvecklas"],
          trap="new förskolor are proposed; none is proposed closed (Ekorren is replaced, "
               "Söderby and Tallbacken are kept)"),
        P("4", lev[3], "content", "uncovered",
          trap="words in passing and a promise for later: 'Friytorna … kommer att ses över "
               "i samband med kommande projekt'"),
        P("5", lev[4], "deliverable", "covered", ev="Investeringarna nedan föreslås",
          trap="the investment table, introduced by a paragraph"),
        P("S1", s1, "process", "covered", ev="Förskoleplanen beskriver hur många",
          trap="the first sentence of 'Tidplan'; 'lämnas … i februari 2048' meets 'senast "
               "den 15 mars 2048'. The nämnd's own decision (april) is none"),
        P("S2", s2, "process", "partial", ev="En arbetsgrupp från förskolan",
          missing=["synpunkter från de fackliga organisationerna"],
          trap="the last sentence of 'Organisation och förankring'; förskolecheferna gave "
               "synpunkter, the unions are not named. Syfte, Mål, Avgränsningar, Resurser and "
               "who leads the work are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Lövsta kommun Barn- och utbildningsförvaltningen", "Lövsta kommun",
                      "Barn- och utbildningsförvaltningen"),
                producer="UPPDRAGSBESKRIVNING laid out with reportlab (Liberation Sans 10.5, "
                "running head 'Lövsta kommun … Barn- och utbildningsförvaltningen' over a "
                "rule, 'Sida n av m'): a form table, Bakgrund, Syfte, Mål, Avgränsningar, "
                "'Leveranser' with five dash bullets, Tidplan, 'Organisation och förankring', "
                "Resurser; plan exported from Word (Liberation Sans 10, sv-SE, running header, "
                "'Sida n'), three tables", points=g)


# =========================================================================== 4 ensomhed (da)
@pair
def ensomhed(d: Path) -> dict:
    opg = [
        "kortlægge omfanget af ensomhed blandt borgere over 65 år, blandt andet med tal fra "
        "Sundhedsprofilen",
        "beskrive, hvordan hjemmeplejen og de frivillige foreninger kan opspore ensomme ældre",
        "foreslå initiativer, der styrker fællesskaber i lokalsamfundene uden for Faxholm by",
        "vurdere, om kommunens kørselsordninger forhindrer ældre i at deltage i aktiviteter",
        "udarbejde et forslag til handleplan med mål, initiativer og ansvarlige",
    ]
    s1 = ("Arbejdsgruppen afleverer sit forslag til Social- og Sundhedsudvalget senest den "
          "1. oktober 2047.")
    s2 = "Ældrerådet skal høres, inden handleplanen sendes til politisk behandling."
    css = ("@page{size:A4;margin:20mm 22mm 20mm 22mm;@bottom-center{content:'Side ' "
           "counter(page) ' af ' counter(pages);font:8pt 'Liberation Sans',sans-serif;"
           "color:#555}}body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;"
           "line-height:1.5;color:#222}.site{display:flex;justify-content:space-between;"
           "border-bottom:3px solid #C8102E;padding-bottom:4px;font-size:9pt;color:#C8102E;"
           "font-weight:bold}h1{font-size:19pt;font-weight:normal;margin:14px 0 6px}"
           "h2{font-size:12.5pt;margin:16px 0 4px}.info{background:#f4f4f4;padding:6px 10px;"
           "font-size:9pt;margin:6px 0 10px}ul{margin:4px 0 8px;padding-left:20px}"
           "li{margin:3px 0}table{border-collapse:collapse;font-size:9.5pt}"
           "td,th{border-bottom:1px solid #bbb;padding:3px 12px 3px 0;text-align:left}")
    body = (
        "<div class='site'><span>Faxholm Kommune</span><span>Politik og indflydelse</span></div>"
        "<h1>Kommissorium for arbejdsgruppen om en handleplan mod ensomhed blandt ældre</h1>"
        "<div class='info'>Godkendt i Social- og Sundhedsudvalget den 9. marts 2047 · "
        "Sagsnr. 47.02.00-A00-3-47</div>"
        "<h2>Baggrund</h2>"
        + paras("Ifølge Sundhedsprofilen føler hver tiende ældre i Faxholm Kommune sig ofte "
                "uønsket alene. Ensomhed øger risikoen for depression, hjertesygdom og tidlig "
                "død. Byrådet har i budgetaftalen for 2047 afsat midler til en indsats.")
        + "<h2>Formål</h2>"
        + paras("Formålet er at færre ældre i Faxholm Kommune føler sig ensomme.")
        + "<h2>Opgaver</h2>"
        + paras("Arbejdsgruppen skal:")
        + "<ul>" + "".join(f"<li>{e(t)}</li>" for t in opg) + "</ul>"
        + "<h2>Sammensætning</h2>"
        + paras("Arbejdsgruppen består af en leder fra hjemmeplejen, en forebyggelseskonsulent, "
                "en repræsentant for frivilligcentret og en medarbejder fra Ældre og Sundhed, "
                "som er formand.")
        + "<h2>Tidsplan</h2>"
        + paras(s1 + " Udvalget behandler forslaget på sit møde i november.")
        + "<h2>Inddragelse</h2>"
        + paras(s2)
    )
    html_pdf(d / "mandate.pdf", lang="da", title="Kommissorium – handleplan mod ensomhed",
             css=css, body=body)
    tal = [["65–74 år", "7 %", "1.120"], ["75–84 år", "11 %", "980"], ["85 år og derover",
                                                                      "19 %", "410"]]
    ini = [
        ["1", "Spisefællesskaber i fem landsbyer", "Mindst 120 deltagere om året",
         "Frivilligcentret"],
        ["2", "Besøgsvenner til borgere, som hjemmeplejen peger på", "60 nye besøgsvenner",
         "Frivilligcentret"],
        ["3", "Samtale om trivsel ved forebyggende hjemmebesøk", "Alle 75-årige",
         "Forebyggelse"],
        ["4", "Åbne forsamlingshuse som mødesteder en dag om ugen", "8 forsamlingshuse",
         "Kultur og Fritid"],
        ["5", "Kursus for hjemmeplejen i at tale om ensomhed", "Alle medarbejdere i 2048",
         "Hjemmeplejen"],
    ]
    p = [
        ("title", "Handleplan mod ensomhed blandt ældre 2048–2051"),
        ("meta", "Faxholm Kommune · Forslag fra arbejdsgruppen · september 2047"),
        ("h1", "Forord"),
        ("p", "Ingen skal være ensom mod sin vilje. Denne handleplan er arbejdsgruppens forslag "
              "til, hvordan kommunen sammen med foreninger og borgere kan bryde ensomheden. "
              "Forslaget forelægges Social- og Sundhedsudvalget den 19. september 2047."),
        ("h1", "Hvor mange er ensomme?"),
        ("p", "Sundhedsprofilen 2046 viser, at 2.510 borgere over 65 år ofte føler sig "
              "uønsket alene. Andelen stiger med alderen:"),
        ("table", ["Alder", "Ofte uønsket alene", "Antal borgere"], tal, [50, 40, 40]),
        ("h1", "Opsporing"),
        ("p", "Hjemmeplejens medarbejdere kommer hos 1.400 ældre hver uge og er ofte de "
              "første, der opdager, at en borger er ensom. Medarbejderne skal spørge til "
              "trivsel ved revisitering og give besked til forebyggelseskonsulenten, som "
              "tager kontakt inden for 14 dage."),
        ("h1", "Fællesskaber i landsbyerne"),
        ("p", "Uden for byen er butikker og skoler lukket, og mange ældre har langt til "
              "aktiviteter. Vi foreslår spisefællesskaber i fem landsbyer og åbne "
              "forsamlingshuse, hvor landsbyens borgere kan mødes en dag om ugen."),
        ("h1", "Transport"),
        ("p", "Flere ældre har nævnt kørsel som en barriere. Arbejdsgruppen anbefaler, at det "
              "undersøges nærmere i en senere analyse af kørselsordningerne."),
        ("h1", "Initiativer"),
        ("p", "Handleplanen har fire mål: flere ældre deltager i fællesskaber, flere ensomme "
              "bliver opsporet, færre føler sig uønsket alene i 2051 end i 2046, og "
              "frivillige og kommune arbejder tættere sammen. Initiativerne og de ansvarlige "
              "fremgår af tabellen."),
        ("table", ["Nr.", "Initiativ", "Mål", "Ansvarlig"], ini, [10, 70, 46, 34]),
        ("h1", "Opfølgning"),
        ("p", "Arbejdsgruppen følger handleplanen hvert halve år. Ældrerådet orienteres om "
              "handleplanen, når den er vedtaget."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Handleplan mod ensomhed blandt ældre 2048–2051",
           author="Faxholm Kommune", family="Helvetica", size=10,
           head_left="Faxholm Kommune", head_right="Handleplan mod ensomhed 2048–2051",
           foot=lambda n, t: f"Side {n} af {t}", accent="#C8102E", head_fill="#F6D9DE")
    g = [
        P("1", opg[0], "content", "covered", ev="Sundhedsprofilen 2046 viser",
          trap="a bullet under 'Opgaver' of a KOMMISSORIUM FOR ARBEJDSGRUPPEN (web page), "
               "after 'Arbejdsgruppen skal:' (the lead is none), numbered by its place; text "
               "the bullet. Answered with a table"),
        P("2", opg[1], "content", "partial", ev="Hjemmeplejens medarbejdere kommer",
          missing=["de frivillige foreningers rolle i opsporingen"],
          trap="'Opsporing' describes the hjemmepleje only (besøgsvenner are later a "
               "measure, not opsporing)"),
        P("3", opg[2], "content", "covered", ev="Uden for byen er butikker",
          trap="answered in other words in 'Fællesskaber i landsbyerne'"),
        P("4", opg[3], "content", "uncovered",
          trap="words in passing and a later analysis: 'anbefaler, at det undersøges nærmere "
               "i en senere analyse af kørselsordningerne'"),
        P("5", opg[4], "deliverable", "covered", ev="Handleplanen har fire mål",
          trap="the goals paragraph and the initiative table with Ansvarlig"),
        P("S1", s1, "process", "covered", ev="Ingen skal være ensom mod sin vilje",
          trap="the first sentence of 'Tidsplan'; 19 September is before 1 October. The "
               "udvalg's own treatment in November is none; so are Formål and Sammensætning"),
        P("S2", s2, "process", "uncovered",
          trap="the sentence of 'Inddragelse'; the plan only says the Ældreråd is informed "
               "after adoption ('orienteres … når den er vedtaget'), no hearing before"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Faxholm Kommune Politik og indflydelse", "Faxholm Kommune",
                      "Politik og indflydelse"),
                producer="KOMMISSORIUM FOR ARBEJDSGRUPPEN as the kommune's web page printed "
                "with Chromium (Liberation Sans 10.5, red site bar, an info box, 'Side n af m' "
                "centred at the foot): Baggrund, Formål, 'Opgaver' with 'Arbejdsgruppen skal:' "
                "and five HTML bullets, Sammensætning, Tidsplan, Inddragelse; plan laid out "
                "with reportlab (Helvetica 10, running head over a rule, 'Side n af m'), two "
                "tables", points=g)


# =========================================================================== 5 food (en)
@pair
def food(d: Path) -> dict:
    res = {
        "a": "ask the Cabinet to prepare a Food Poverty Action Plan for the borough",
        "b": "ensure that the plan maps where food banks, pantries and community fridges "
             "operate and where there are gaps in provision",
        "c": "include a target to reduce the number of emergency food parcels given out in "
             "the borough",
        "d": "set out how the Council will increase take-up of free school meals and of "
             "Healthy Start vouchers",
        "e": "work with the voluntary sector, including the Kelby Foodbank Network, in "
             "preparing the plan",
        "f": "consider a cash-first approach to emergency support",
        "g": "report back to Full Council on progress within twelve months of the plan "
             "being adopted",
    }
    css = ("@page{size:A4;margin:18mm 20mm 22mm 20mm;@bottom-left{content:'Full Council "
           "minutes 15 March 2047';font:8pt 'DejaVu Serif',serif}@bottom-right{content:'Page "
           "' counter(page) ' of ' counter(pages);font:8pt 'DejaVu Serif',serif}}"
           "body{font-family:'DejaVu Serif',serif;font-size:10pt;line-height:1.45}"
           ".mast{font-size:9pt;text-transform:uppercase;letter-spacing:1px;color:#004B6B;"
           "border-bottom:1px solid #004B6B;padding-bottom:3px}h1{font-size:15pt;margin:10px 0}"
           "h2{font-size:11pt;margin:14px 0 4px}.minute{font-weight:bold}"
           "ol.res{list-style-type:lower-alpha;margin:4px 0 8px;padding-left:26px}"
           "ol.res li{margin:3px 0;padding-left:4px}.vote{font-style:italic}")
    body = (
        "<div class='mast'>Kelby Metropolitan Borough Council</div>"
        "<h1>Minutes of the meeting of Full Council held on Wednesday 15 March 2047</h1>"
        + paras("Present: the Mayor (Councillor R. Akhtar) in the Chair and 51 councillors.")
        + "<h2>77. Motion on Notice: Tackling Food Poverty in Kelby</h2>"
        + paras("Moved by Councillor J. Pryce and seconded by Councillor M. O’Neill:")
        + paras("This Council notes that the number of emergency food parcels given out in "
                "Kelby has risen by 60 per cent since 2043, and that one child in four in the "
                "borough lives in a household that is food insecure.",
                "This Council believes that no one in Kelby should go hungry and that the "
                "Council, with its partners, can do more to prevent it.",
                "This Council resolves to:")
        + "<ol class='res'>" + "".join(
            f"<li>{e(t)}{';' if k != 'g' else '.'}</li>" for k, t in res.items()) + "</ol>"
        + paras("An amendment moved by Councillor T. Hale, to delete paragraph f., was put "
                "to the vote and lost.")
        + "<p class='vote'>On being put to the vote the motion was CARRIED.</p>"
        + "<h2>78. Questions from Members</h2>"
        + paras("Eleven questions had been received. The questions and answers are "
                "published with these minutes.")
    )
    html_pdf(d / "mandate.pdf", lang="en-GB", title="Full Council minutes 15 March 2047",
             css=css, body=body)
    prov = [
        ["North Kelby", "2 food banks, 1 pantry", "–"],
        ["Kelby Central", "3 food banks, 2 pantries, 2 community fridges", "–"],
        ["Eastmoor", "1 food bank", "No pantry or fridge; nearest food bank 3 miles"],
        ["Hollins", "None", "No provision at all"],
        ["South Kelby", "1 food bank, 1 community fridge", "No provision on Saturdays"],
    ]
    acts = [
        ["FP1", "Open a community pantry in Hollins", "Head of Communities", "2048"],
        ["FP2", "Automatically enrol eligible pupils for free school meals using benefits data",
         "Head of Education Services", "September 2048"],
        ["FP3", "Fund a Saturday food bank session in South Kelby", "Kelby Foodbank Network",
         "2048"],
        ["FP4", "Train front-line staff to refer residents to welfare advice", "Head of "
         "Revenues and Benefits", "2048–2049"],
        ["FP5", "Add food to the Eastmoor community transport route", "Transport Manager",
         "2049"],
        ["FP6", "Publish a map of food support on the council website", "Head of Communities",
         "March 2048"],
    ]
    p = [
        ("title", "Kelby Food Poverty Action Plan 2048–2051"),
        ("meta", "Kelby Metropolitan Borough Council · Report to Cabinet · January 2048"),
        ("h1", "1. Introduction"),
        ("p", "Full Council asked the Cabinet in March 2047 to prepare this plan. It has been "
              "written by the Communities Team together with the Kelby Foodbank Network, "
              "Citizens Advice Kelby and the borough’s food pantries, who sat on the steering "
              "group and commented on two drafts."),
        ("h1", "2. Where food support is found"),
        ("p", "We have mapped every food bank, pantry and community fridge in the borough. "
              "The table shows what each area has and where people cannot reach help."),
        ("table", ["Area", "Food support", "Gaps"], prov, [3.6, 6.8, 6.2]),
        ("h1", "3. Our ambition"),
        ("p", "By 2051 we want to halve the number of emergency parcels handed out by the "
              "borough’s food banks, from 21,400 in 2046 to fewer than 10,700."),
        ("h1", "4. Free school meals"),
        ("p", "About 1,100 children in Kelby are entitled to free school meals but do not "
              "receive them. From September 2048 we will enrol eligible pupils automatically, "
              "using the benefits data the Council already holds."),
        ("h1", "5. Emergency support"),
        ("p", "The Local Welfare Assistance scheme will continue to provide food vouchers. A "
              "cash-first approach has been suggested by partners and will be explored in a "
              "future review of the scheme."),
        ("h1", "6. Action plan"),
        ("table", ["Ref", "Action", "Lead", "By"], acts, [1.4, 8.2, 4.6, 2.6]),
        ("h1", "7. Monitoring"),
        ("p", "The Head of Communities will bring an annual progress report to Cabinet, "
              "starting in January 2049."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Kelby Food Poverty Action Plan 2048–2051",
             author="Kelby Metropolitan Borough Council", font="Liberation Serif", size=11.5,
             lang="en-GB", header="Food Poverty Action Plan – Cabinet 24 January 2048",
             footer="– {PAGE} –", accent="004B6B", head_fill="DCEBF1")
    g = [
        P("b", res["b"], "content", "covered", ev="We have mapped every food bank",
          trap="an item of a MOTION carried by Full Council, 'This Council resolves to:' a.–g. "
               "as an HTML list with lower-alpha markers; numbered by its letter, text without "
               "the closing ';'. a. (the order) is none; so are the notes, the beliefs, the "
               "lost amendment and the vote"),
        P("c", res["c"], "content", "covered", ev="By 2051 we want to halve",
          trap="answered in other words in '3. Our ambition'"),
        P("d", res["d"], "content", "partial", ev="About 1,100 children in Kelby",
          missing=["take-up of Healthy Start vouchers"],
          trap="free school meals answered, Healthy Start not named"),
        P("e", res["e"], "process", "covered", ev="Full Council asked the Cabinet",
          trap="answered in '1. Introduction' (the Foodbank Network on the steering group)"),
        P("f", res["f"], "content", "uncovered",
          trap="words in passing and a later review: 'A cash-first approach … will be "
               "explored in a future review of the scheme'"),
        P("g", res["g"], "process", "partial", ev="The Head of Communities will bring",
          missing=["a report back to Full Council within twelve months"],
          trap="the plan reports to Cabinet yearly from January 2049 (twelve months), not "
               "to Full Council"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Full Council minutes 15 March 2047",
                      "Kelby Metropolitan Borough Council"),
                producer="Full Council MINUTES as the committee site's page printed with "
                "Chromium (DejaVu Serif 10, a masthead rule, a footer line and 'Page n of m'): "
                "minute 77, a motion on notice with notes, beliefs and 'This Council resolves "
                "to:' a.–g. as an HTML list with lower-alpha markers, a lost amendment and the "
                "vote; plan exported from Word (Liberation Serif 11.5, en-GB, running header, "
                "'– n –'), a provision table and an action table", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind34/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
