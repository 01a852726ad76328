"""Build the forty-second blind batch of mandate/plan pairs under corpora/mandates-blind42/ and their gold.

Written on 2026-12-06 without reading plancheck's code. COMMON mandate forms of ordinary
municipalities, on surfaces of this batch's own: a bokmål PLANPROGRAM (Word → PDF) whose
chapter 'Problemstillinger og utredningsbehov' lists hand-typed questions 4.1–4.7, one of them
running over the page break, with process sentences in 'Medvirkning' and 'Framdrift'; a nynorsk
kommunestyre's MØTEBOK extract (reportlab) whose 'Vedtak:' is one paragraph with points a.–f.
run into the text; a Swedish UPPDRAGSDIREKTIV (HTML printed with Chromium) with 'Uppdragets
innehåll' numbered 1–6 (one item with dash sub-items) and a 'Tidplan'; a Danish KOMMISSORIUM
(Word → PDF) whose 'Opgaver' is a table 'Opgave | Leverance | Frist' running onto page 2 with
its header row repeated; and an English SCOPING REPORT (Word → PDF) with 'The plan should
address:' bullets and an 'Engagement' section. Plans of two or three pages answer in their own
chapters, mostly in other words.

    python corpora/mandates-blind42/make_pairs.py               # all pairs
    python corpora/mandates-blind42/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind42/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder (P, verify, the construction check) and the
thirty-third batch's three document writers (docx_pdf, rl_pdf, html_pdf, called with this
batch's own fonts, sizes, headers, footers and colours) through pairkit. Nothing of the
earlier batches is edited.
"""

from __future__ import annotations

import html as _h
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

PAIRS, pair = pk.pair_registry()


def e(s: str) -> str:
    return _h.escape(s)


def paras(*texts: str) -> str:
    return "".join(f"<p>{e(t)}</p>" for t in texts)


def table_html(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    th = "".join(f"<th>{e(c)}</th>" for c in head)
    tr = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table class='{cls}'><thead><tr>{th}</tr></thead><tbody>{tr}</tbody></table>"


# =========================================================================== 1 idrett (nb)
@pair
def idrett(d: Path) -> dict:
    q = {
        "4.1": "Hvilke idrettsanlegg, nærmiljøanlegg og friluftsanlegg har kommunen i dag, og "
               "hvilken tilstand er de i?",
        "4.2": "Hvordan vil befolkningsutviklingen fram mot 2060 påvirke behovet for haller og "
               "baner i de tre skolekretsene?",
        "4.3": "Hvordan kan flere barn og unge fra familier med lav inntekt delta i organisert "
               "idrett og fritidsaktiviteter?",
        "4.4": "Hvilke tiltak trengs for at turstier, badeplasser og friluftsområder nær "
               "boligområdene kan brukes av personer med nedsatt funksjonsevne, eldre og "
               "småbarnsfamilier med barnevogn, og hvilke områder bør kommunen begynne med når "
               "det gjelder skilting, parkering, toaletter, underlag og sitteplasser langs "
               "stiene?",
        "4.5": "Hvordan skal ansvaret for drift og vedlikehold av anleggene fordeles mellom "
               "kommunen og idrettslagene, og hva bør stå i driftsavtalene?",
        "4.6": "Hvilke anlegg skal prioriteres i handlingsprogrammet, og hvordan skal de "
               "finansieres, herunder med spillemidler?",
        "4.7": "Hvordan kan kommunen legge bedre til rette for egenorganisert aktivitet, som "
               "skatepark, pumptrack og treningsapparater ute, både i Vesterøy sentrum og på "
               "Holmen?",
    }
    s1 = ("Planforslaget skal legges fram for hovedutvalg for oppvekst og kultur i møtet "
          "12.mai 2049, før det sendes på høring.")
    m = [
        ("title", "Planprogram"),
        ("meta", "Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2049–2060 · "
                 "Fastsatt av formannskapet 04.11.2048, sak 88/48"),
        ("h1", "1 Innledning"),
        ("p", "Vesterøy kommune skal rullere kommunedelplanen for idrett og fysisk aktivitet. "
              "Gjeldende plan ble vedtatt i 2037, og handlingsprogrammet er i hovedsak "
              "gjennomført. En oppdatert plan er et vilkår for at anlegg i kommunen kan få "
              "spillemidler fra Kultur- og likestillingsdepartementet. Planprogrammet beskriver "
              "hva planen skal handle om, hvordan arbeidet skal organiseres og hvordan "
              "innbyggerne kan delta."),
        ("p", "Planprogrammet har vært på offentlig ettersyn fra 1.september til 13.oktober 2048. "
              "Det kom sju innspill, blant annet fra Vesterøy idrettsråd, Holmen vel og "
              "Vesterøy turlag. Innspillene er omtalt i saksframlegget til formannskapet."),
        ("h1", "2 Formål med planarbeidet"),
        ("p", "Planen skal legge til rette for at flest mulig innbyggere i Vesterøy kan være "
              "fysisk aktive i hverdagen, enten det skjer i et idrettslag, på egen hånd eller "
              "på tur. Den skal gi et samlet bilde av anleggene og behovene og være grunnlaget "
              "for kommunens prioriteringer i økonomiplanen og i søknader om spillemidler."),
        ("h1", "3 Rammer og føringer"),
        ("p", "Nasjonale føringer er blant annet Meld. St. 26 (2011–2012) Den norske "
              "idrettsmodellen, Nasjonal strategi for et aktivt friluftsliv og "
              "Folkehelsemeldinga. Regionalt gjelder fylkets plan for fysisk aktivitet, idrett "
              "og friluftsliv 2045–2056. Lokalt bygger planen på samfunnsdelen av "
              "kommuneplanen, der «Aktiv hele livet» er ett av tre satsingsområder, og på "
              "folkehelseoversikten for 2047."),
        ("p", "Kommunedelplanen skal ha en langsiktig del og et handlingsprogram for fire år "
              "som rulleres årlig. Arealbruk avklares i kommuneplanens arealdel og i "
              "reguleringsplaner, ikke i denne planen."),
        ("h1", "4 Problemstillinger og utredningsbehov"),
        ("p", "Ut fra innspillene og kommunens egne erfaringer skal planarbeidet gi svar på "
              "disse spørsmålene:"),
        *[("typed", k, v, 1.1, 0.0) for k, v in q.items()],
        ("p", "Spørsmålene 4.1 og 4.2 utredes av kommunens egne fagfolk. For 4.3 bruker vi "
              "erfaringene fra prosjektet «Alle med» i 2046–2047."),
        ("h1", "5 Medvirkning"),
        ("p", "Idrettsrådet er kommunens viktigste samarbeidspart i arbeidet. Det blir holdt "
              "et åpent innspillsmøte i Vesterøyhallen og et eget møte for ungdom i samarbeid "
              "med ungdomsrådet. Rådet for personer med funksjonsnedsettelse og eldrerådet får "
              "planutkastet til uttalelse."),
        ("h1", "6 Organisering og framdrift"),
        ("p", "Kommunedirektøren er ansvarlig for planarbeidet. Arbeidet ledes av "
              "kultursjefen, med en arbeidsgruppe fra kultur, eiendom, plan og folkehelse. "
              + s1 + " Kommunestyret vedtar planen i oktober 2049."),
    ]
    # push 4.7 over the page break
    m.insert(5, ("p", "Vesterøy har i dag om lag 11 400 innbyggere. Kommunen har tre "
                      "skolekretser: Sentrum, Nordvik og Holmen. De fleste anleggene ligger i "
                      "sentrum, mens Holmen har vokst mest de siste ti årene."))
    m.insert(8, ("p", "Kulturbygg og svømmebasseng i skolene er ikke med i planen."))
    docx_pdf(d / "mandate.pdf", m, title="Planprogram – kommunedelplan idrett 2049–2060",
             author="Vesterøy kommune", font="Liberation Sans", size=10.5, lang="nb-NO",
             header="Vesterøy kommune · Planprogram kommunedelplan idrett, fysisk aktivitet og "
                    "friluftsliv", footer="Side {PAGE} av {NUMPAGES}", accent="1B4F72",
             head_fill="D6EAF8")
    anlegg = [
        ["Vesterøyhallen", "Flerbrukshall", "1989", "Dårlig: tak og ventilasjon"],
        ["Vesterøy stadion", "Kunstgress 11'er", "2031", "God"],
        ["Nordvik skole", "Gymsal og ballbinge", "1976 / 2020", "Middels"],
        ["Holmen skole", "Gymsal", "2004", "God, men for liten"],
        ["Holmen grusbane", "Grusbane 7'er", "1995", "Dårlig"],
        ["Lysløypa Åsen", "Lysløype 3,5 km", "1984", "Middels: lysarmatur må byttes"],
        ["Sjøbadet", "Badeplass med brygge", "2012", "God"],
        ["Turstien rundt Vestvatnet", "Tursti 6 km", "2018", "God"],
    ]
    hp = [
        ["1", "Rehabilitering av Vesterøyhallen: tak og ventilasjon", "2050",
         "18,5 mill.", "Kommunen, spillemidler 6 mill."],
        ["2", "Nærmiljøanlegg med pumptrack og treningsapparater ved Torget", "2050",
         "2,4 mill.", "Kommunen, spillemidler 1,2 mill., Sparebankstiftelsen"],
        ["3", "Kunstgress 7'er på Holmen grusbane", "2051", "4,1 mill.",
         "Holmen IL, spillemidler, kommunalt tilskudd 25 %"],
        ["4", "Nye lysarmaturer i lysløypa Åsen", "2051", "0,9 mill.",
         "Vesterøy skiklubb, spillemidler"],
        ["5", "Flerbrukshall ved Holmen skole, forprosjekt", "2052", "0,6 mill.",
         "Kommunen"],
        ["6", "Utstyrssentral (BUA) i kulturhuset", "2049", "0,3 mill. per år",
         "Kommunen, tilskudd fra Bufdir"],
    ]
    p = [
        ("title", "Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2049–2060"),
        ("meta", "Vesterøy kommune · Høringsutkast mai 2049"),
        ("h1", "1 Om planen"),
        ("p", "Planen erstatter kommunedelplanen fra 2037. Den består av en langsiktig del med "
              "mål og strategier og et handlingsprogram for 2050–2053. Planen er laget etter "
              "planprogrammet som formannskapet fastsatte 4. november 2048."),
        ("h1", "2 Slik har vi arbeidet"),
        ("p", "Arbeidsgruppen har hatt ti møter. Vi har hatt tre møter med idrettsrådet, og "
              "over 90 personer kom på det åpne innspillsmøtet i Vesterøyhallen i januar. "
              "Ungdomsrådet arrangerte en kveld på ungdomsklubben der 40 ungdommer tegnet inn "
              "steder de bruker og savner. Utkastet ble lagt fram for hovedutvalg for oppvekst "
              "og kultur 12. mai 2049."),
        ("h1", "3 Anleggene i dag"),
        ("p", "Vi har gått gjennom alle kommunale og private anlegg som har fått spillemidler, "
              "og vurdert tilstanden sammen med eiendomsavdelingen og lagene. Tabellen viser de "
              "viktigste anleggene."),
        ("table", ["Anlegg", "Type", "Bygd", "Tilstand"], anlegg, [46, 40, 24, 60]),
        ("p", "Vesterøyhallen er det største problemet. Taket lekker, og ventilasjonen fyller "
              "ikke dagens krav. Holmen mangler en hall som er stor nok for håndball og "
              "innebandy. Befolkningsutviklingen følges opp ved neste rullering av planen."),
        ("h1", "4 Idrett for alle"),
        ("p", "Det koster å være med i et idrettslag. Kontingent, utstyr og turneringer kan bli "
              "en stor utgift for en familie med dårlig råd. Fra 2049 får alle barn mellom 6 "
              "og 18 år et fritidskort på 2 000 kr i året som kan brukes i lag og foreninger. "
              "Utstyrssentralen (BUA) låner ut ski, skøyter og sykler gratis, og idrettsrådet "
              "har fått midler til en «aktivitetsguide» som hjelper nye familier i gang."),
        ("h1", "5 Friluftsliv"),
        ("p", "Turstien rundt Vestvatnet og sjøbadet er mye brukt året rundt. Turlaget merker "
              "og rydder stiene i Åsen på dugnad. Universell utforming av turstier tas opp når "
              "friluftslivskartleggingen revideres."),
        ("h1", "6 Drift av anleggene"),
        ("p", "Kommunen eier og drifter hallene, gymsalene og lysløypa. Idrettslagene eier og "
              "drifter sine egne anlegg, og kommunen gir et årlig driftstilskudd per anlegg. "
              "Kunstgressbanene ryddes for snø av kommunen, mens lagene tar sommerdriften."),
        ("h1", "7 Aktivitet på egen hånd"),
        ("p", "Mange, særlig ungdom, trener ikke i et lag, men vil ha steder å være aktive når "
              "det passer dem. I sentrum foreslår vi et nærmiljøanlegg ved Torget med "
              "pumptrack, skateelementer og treningsapparater (tiltak 2)."),
        ("h1", "8 Handlingsprogram 2050–2053"),
        ("p", "Anleggene er satt opp i prioritert rekkefølge. Spillemidler dekker inntil en "
              "tredel av godkjent kostnad."),
        ("table", ["Nr.", "Tiltak", "År", "Kostnad", "Finansiering"], hp, [10, 62, 14, 24, 60]),
        ("p", "Handlingsprogrammet rulleres hvert år og legges fram sammen med økonomiplanen."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Kommunedelplan for idrett, fysisk aktivitet og friluftsliv",
           author="Vesterøy kommune", family="Helvetica", size=9.5,
           head_left="Vesterøy kommune", head_right="Kommunedelplan idrett 2049–2060",
           foot=lambda n, m: f"Side {n}", accent="#1B4F72", head_fill="#D6EAF8")
    g = [
        P("4.1", q["4.1"], "content", "covered", ev="Vi har gått gjennom alle kommunale",
          trap="a hand-typed question of a PLANPROGRAM's chapter '4 Problemstillinger og "
               "utredningsbehov' (4.1–4.7, number, tab, question); points keep the printed "
               "number, text with its question mark. Answered by the table Anlegg | Type | "
               "Bygd | Tilstand"),
        P("4.2", q["4.2"], "content", "uncovered",
          trap="only named in passing and put off: 'Befolkningsutviklingen følges opp ved "
               "neste rullering av planen'; no figures, no krets"),
        P("4.3", q["4.3"], "content", "covered", ev="Det koster å være med",
          trap="answered in other words: 'en familie med dårlig råd', fritidskort, BUA"),
        P("4.4", q["4.4"], "content", "uncovered",
          trap="the question runs over the mandate's page break (two lines on each page). "
               "Put off: 'Universell utforming av turstier tas opp når "
               "friluftslivskartleggingen revideres'"),
        P("4.5", q["4.5"], "content", "partial", ev="Kommunen eier og drifter",
          missing=["hva som bør stå i driftsavtalene med idrettslagene"],
          trap="who drifts what is told; the driftsavtaler are never named"),
        P("4.6", q["4.6"], "deliverable", "covered", ev="Anleggene er satt opp i prioritert",
          trap="the handlingsprogram table Nr. | Tiltak | År | Kostnad | Finansiering, "
               "spillemidler in the Finansiering column"),
        P("4.7", q["4.7"], "content", "partial", ev="Mange, særlig ungdom, trener ikke",
          missing=["tilrettelegging for egenorganisert aktivitet på Holmen"],
          trap="the plan answers for "
               "sentrum (Torget) only, Holmen gets a kunstgress 7'er for the lag, no "
               "egenorganisert anlegg"),
        P("S1", s1, "process", "covered", ev="Arbeidsgruppen har hatt ti møter",
          trap="a sentence inside '6 Organisering og framdrift' in running text; '12.mai' typed "
               "without a space; the plan's process chapter says the utkast went to the "
               "hovedutvalg 12. mai 2049. The Medvirkning paragraph is description in the "
               "future tense of what 'blir holdt', no order to this plan's content, and is "
               "not a point (see README)"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Vesterøy kommune · Planprogram kommunedelplan idrett, fysisk aktivitet og "
                      "friluftsliv",),
                producer="a PLANPROGRAM exported from Word (Liberation Sans 10.5, nb-NO, running "
                "header, 'Side n av m', two pages): chapters 1–6, '4 Problemstillinger og "
                "utredningsbehov' with seven hand-typed questions 4.1–4.7 (number, tab, hanging "
                "indent), 4.4 over the page break, a deadline sentence in '6 Organisering og "
                "framdrift'; plan laid out with reportlab (Helvetica 9.5, running head with a "
                "rule, 'Side n'), a process chapter in the past tense, an anlegg table and a "
                "handlingsprogram table", points=g)


# =========================================================================== 2 bustad (nn)
@pair
def bustad(d: Path) -> dict:
    pts = {
        "a": "gi ei oversikt over kor mange som er vanskelegstilte på bustadmarknaden i "
             "kommunen, og kva slags hjelp dei treng",
        "b": "vurdere om kommunen har nok kommunale utleigebustader, og kvar nye bustader bør "
             "liggje",
        "c": "greie ut korleis startlån og tilskot kan brukast meir aktivt slik at fleire kan "
             "eige eigen bustad",
        "d": "foreslå tiltak for unge under 25 år som bur i mellombels bustad eller hos venner",
        "e": "involvere NAV, Husbanken og brukarorganisasjonane i arbeidet",
        "f": "leggje planutkastet fram for levekårsutvalet innan 1.mars 2049",
    }
    vedtak = ("Kommunestyret vedtek å starte arbeidet med bustadsosial handlingsplan for "
              "2049–2052. Handlingsplanen skal a. " + pts["a"] + ", b. " + pts["b"] + ", c. "
              + pts["c"] + ", d. " + pts["d"] + ", e. " + pts["e"] + " og f. " + pts["f"]
              + ". Arbeidet skal gjerast innanfor gjeldande budsjett.")
    m = [
        ("form", [["Sak", "PS 41/48"], ["Utval", "Kommunestyret"], ["Møtedato", "21.06.2048"],
                  ["Arkivsak", "2048/377"], ["Sakshandsamar", "Synnøve Tveit"]], [32, 110]),
        ("h1", "PS 41/48 Oppstart av bustadsosial handlingsplan 2049–2052"),
        ("h2", "Kommunedirektøren si innstilling"),
        ("p", "Kommunestyret vedtek å starte arbeidet med bustadsosial handlingsplan for "
              "2049–2052 slik det går fram av saksutgreiinga."),
        ("h2", "Handsaming i møtet 21.06.2048"),
        ("p", "Repr. Liv Aasen (Sp) sette fram forslag til nytt vedtak på vegner av Sp, Ap og "
              "SV. Forslaget vart samrøystes vedteke. Innstillinga fall."),
        ("h2", "Vedtak"),
        ("p", vedtak),
        ("h2", "Saksutgreiing (utdrag)"),
        ("p", "Den førre bustadsosiale handlingsplanen galdt for 2040–2043. Sidan då har talet "
              "på husstandar med låg inntekt som leiger bustad auka, og ventelista for "
              "kommunal bustad har vore over 20 husstandar dei siste to åra. Husbanken krev "
              "ein oppdatert plan når kommunen søkjer om tilskot til utleigebustader."),
        ("p", "Arbeidet blir leia av eininga for helse og velferd i samarbeid med plan og "
              "eigedom. Kommunedirektøren vil orientere formannskapet undervegs."),
        ("p", "Rett utskrift: Breidvik, 24.06.2048. Politisk sekretariat."),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Møtebok kommunestyret 21.06.2048 – PS 41/48",
           author="Breidvik kommune", family="LS", size=10.5,
           head_left="Breidvik kommune – Møtebok", head_right="Kommunestyret 21.06.2048",
           foot=lambda n, m: f"Side {n} av {m}", accent="#3B3B3B", head_fill="#EFEFEF")
    tal = [
        ["Bustadlause (mellombels bustad, hos venner)", "14", "9"],
        ["Ventar på kommunal utleigebustad", "23", "17"],
        ["Leiger privat, bukostnad over 40 % av inntekta", "95", "61"],
        ["Bur i bustad som ikkje passar (funksjonsnedsetjing)", "31", "22"],
    ]
    tiltak = [
        ["T1", "Kjøpe seks utleigebustader, to- og treromsleilegheiter", "Eigedom", "2049–2050"],
        ["T2", "Bygge seks bustader med Husbanken-tilskot", "Eigedom", "2051"],
        ["T3", "«Leige til eige»: fire bustader kvart år", "Helse og velferd", "Frå 2049"],
        ["T4", "Startlån: rettleiing på NAV-kontoret ein dag i veka", "NAV", "Frå 2049"],
        ["T5", "Felles ventelisteråd NAV – eigedom – helse", "Helse og velferd", "2049"],
        ["T6", "Rullere planen", "Helse og velferd", "2052"],
    ]
    css = ("@page{size:A4;margin:18mm 20mm 18mm 20mm;@top-left{content:'Breidvik kommune';"
           "font:8pt 'Liberation Serif',serif;color:#6b2d5c}@top-right{content:'Bustadsosial "
           "handlingsplan 2049–2052';font:8pt 'Liberation Serif',serif;color:#6b2d5c}"
           "@bottom-right{content:counter(page) ' / ' counter(pages);font:8pt "
           "'Liberation Serif',serif}}"
           "body{font-family:'Liberation Serif',serif;font-size:10.5pt;line-height:1.45;"
           "color:#222}h1{font-size:20pt;color:#6b2d5c;margin:0 0 2px}.sub{font-size:11pt;"
           "color:#555;margin-bottom:16px;border-bottom:3px solid #6b2d5c;padding-bottom:6px}"
           "h2{font-size:13pt;color:#6b2d5c;margin:16px 0 5px}p{margin:0 0 7px}"
           "table{border-collapse:collapse;width:100%;font-size:9.5pt;margin:6px 0 10px}"
           "th{background:#efe3ec;text-align:left;padding:4px 6px;border:1px solid #b9a0b3}"
           "td{padding:4px 6px;border:1px solid #b9a0b3;vertical-align:top}"
           "thead{display:table-header-group}tr{break-inside:avoid}"
           ".box{background:#f6f1f5;padding:6px 10px;margin:8px 0}")
    body = (
        "<h1>Bustadsosial handlingsplan 2049–2052</h1>"
        "<div class='sub'>Breidvik kommune · Utkast til levekårsutvalet, februar 2049</div>"
        "<h2>1 Kvifor ein ny plan</h2>"
        + paras("Alle skal kunne bu trygt og godt. For dei fleste i Breidvik ordnar det seg på "
                "eiga hand, men nokre treng hjelp frå kommunen for å finne ein bustad eller for "
                "å klare å bli buande. Planen viser kva kommunen vil gjere dei fire neste åra.")
        + "<h2>2 Arbeidet med planen</h2>"
        + paras("Planen er skriven av ei arbeidsgruppe frå helse og velferd, eigedom og plan. "
                "NAV Breidvik har vore med i gruppa, og vi har hatt to møte med Husbanken "
                "region vest om tilskot og startlån. Tala i kapittel 3 er henta frå NAV, "
                "tildelingskontoret og Husbanken sitt kartleggingsverktøy.",
                "Utkastet vart lagt fram for levekårsutvalet 24. februar 2049.")
        + "<h2>3 Kven treng hjelp</h2>"
        + paras("Vi har rekna med alle husstandar som har vendt seg til kommunen eller NAV om "
                "bustad dei to siste åra, og dei som bur så dyrt eller så dårleg at dei står i "
                "fare for å miste bustaden. Tabellen viser kor mange dei er, og kor mange av "
                "dei som har barn.")
        + table_html(["Situasjon", "Husstandar", "Av dei med barn"], tal)
        + paras("Dei fleste treng ein rimelegare eller betre tilpassa bustad. Nokre treng "
                "også oppfølging i heimen for å klare å bu, til dømes hjelp med økonomi og "
                "rekningar. Eldre med funksjonsnedsetjing treng bustad utan trapper.")
        + "<h2>4 Kommunale utleigebustader</h2>"
        + paras("Kommunen eig i dag 48 utleigebustader. Med 23 husstandar på venteliste og lita "
                "utskifting treng kommunen om lag tolv bustader til fram mot 2052. Vi foreslår "
                "å kjøpe seks brukte leilegheiter og bygge seks nye (T1 og T2).")
        + "<h2>5 Frå leige til eige</h2>"
        + paras("Mange som leiger, betaler meir i husleige enn dei ville gjort i renter og "
                "avdrag. Startlånet og tilskotet frå Husbanken kan hjelpe fleire til å kjøpe, "
                "men få kjenner til ordningane. NAV vil difor ha fast rettleiing om startlån, "
                "og kommunen vil prøve «leige til eige», der leigetakaren kan kjøpe den "
                "kommunale bustaden etter nokre år (T3 og T4).")
        + "<h2>6 Unge</h2>"
        + paras("Unge bustadlause er ei gruppe vi veit for lite om. Tilbodet til dei blir sett "
                "på i samband med rusmiddelpolitisk plan.")
        + "<h2>7 Tiltak</h2>"
        + table_html(["Nr.", "Tiltak", "Ansvar", "Når"], tiltak)
        + "<div class='box'>" + e("Planen blir rullert i 2052. Tiltaka blir følgde opp i "
                                  "årsmeldinga.") + "</div>"
    )
    html_pdf(d / "plan.pdf", lang="nn", title="Bustadsosial handlingsplan 2049–2052", css=css,
             body=body)
    g = [
        P("a", pts["a"], "content", "covered", ev="Vi har rekna med alle husstandar",
          trap="a point run into the one paragraph of a kommunestyre's 'Vedtak' in a MØTEBOK "
               "('Handlingsplanen skal a. …, b. …, … og f. ….'); points keep their letter, text "
               "from after 'a. ' to the comma before the next letter. The first sentence "
               "(vedtek å starte arbeidet) is the mandate and the last (innanfor gjeldande "
               "budsjett) no point. Answered in '3 Kven treng hjelp', a table and a paragraph "
               "on the help they need"),
        P("b", pts["b"], "content", "partial", ev="Kommunen eig i dag 48 utleigebustader",
          missing=["kvar dei nye utleigebustadene bør liggje"],
          trap="the number is assessed (about twelve more); where they should lie is never "
               "said"),
        P("c", pts["c"], "content", "covered", ev="Mange som leiger, betaler meir",
          trap="answered in other words ('Frå leige til eige', Husbanken, rettleiing)"),
        P("d", pts["d"], "content", "uncovered",
          trap="named in passing and put off: 'Tilbodet til dei blir sett på i samband med "
               "rusmiddelpolitisk plan'"),
        P("e", pts["e"], "process", "partial", ev="Planen er skriven av ei arbeidsgruppe",
          missing=["brukarorganisasjonane involvert"],
          trap="NAV in the group and two meetings with Husbanken; no brukarorganisasjon named"),
        P("f", pts["f"], "process", "covered", ev="Utkastet vart lagt fram for levekårsutvalet",
          trap="'1.mars' typed without a space, the last point after 'og f.'; 24 February "
               "2049 is before the deadline"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Breidvik kommune – Møtebok", "Kommunestyret 21.06.2048",
                      "Breidvik kommune – Møtebok Kommunestyret 21.06.2048"),
                producer="a kommunestyre's MØTEBOK extract laid out with reportlab (Liberation "
                "Sans 10.5, running head with a rule, 'Side n av m', one page): a form table, "
                "innstilling, handsaming, 'Vedtak' as ONE paragraph with the points a.–f. run "
                "into the text, saksutgreiing; plan the kommune's document printed from HTML "
                "with Chromium (Liberation Serif 10.5, page-margin running titles, 'n / m'), a "
                "process chapter in the past tense, a table of who needs help and a tiltak "
                "table", points=g)


# =========================================================================== 3 trygghet (sv)
@pair
def trygghet(d: Path) -> dict:
    it = {
        "1": "Ta fram en lägesbild av otrygghet och brottslighet i kommunen med stöd av polisens "
             "statistik och kommunens trygghetsmätning.",
        "2": "Peka ut de platser där invånarna känner sig mest otrygga, särskilt i centrum och "
             "kring resecentrum.",
        "4": "Beskriva hur arbetet ska samordnas med polisen genom samverkansöverenskommelsen "
             "och medborgarlöftet.",
        "5": "Redovisa vem som ansvarar för varje åtgärd och hur resultaten ska följas upp.",
        "6": "Genomföra dialog med unga, näringsidkare i centrum och pensionärsorganisationerna "
             "under arbetet.",
    }
    lead3 = "Föreslå åtgärder inom följande områden:"
    sub3 = ["belysning och röjning av vegetation", "vuxennärvaro på kvällar och helger",
            "stöd till föreningar som arbetar med unga"]
    t3 = lead3[:-1] + ": " + "; ".join(sub3)
    s1 = "Planförslaget ska lämnas till kommunstyrelsens arbetsutskott senast 31 mars 2049."

    def item(n: str, text: str, sub: list[str] | None = None) -> str:
        out = f"<div class='it'><span class='nr'>{n}</span>{e(text)}</div>"
        if sub:
            out += "".join(f"<div class='sub'><span class='d'>–</span>{e(x)}</div>" for x in sub)
        return out

    css = ("@page{size:A4;margin:22mm 24mm 20mm 26mm;@bottom-left{content:'Uppdragsdirektiv "
           "KS 2048/211';font:7.5pt 'DejaVu Sans',sans-serif;color:#777}@bottom-right{content:"
           "'Sida ' counter(page) '(' counter(pages) ')';font:7.5pt 'DejaVu Sans',sans-serif;"
           "color:#777}}body{font-family:'DejaVu Serif',serif;font-size:10pt;line-height:1.5;"
           "color:#111}.logo{font-family:'DejaVu Sans',sans-serif;font-weight:bold;font-size:"
           "13pt;letter-spacing:1px;color:#0b4f6c}.form{width:100%;border-collapse:collapse;"
           "font-family:'DejaVu Sans',sans-serif;font-size:8.5pt;margin:10px 0 16px}"
           ".form td{border:1px solid #999;padding:3px 6px}.form td.l{background:#e8f1f5;"
           "width:32%}h1{font-family:'DejaVu Sans',sans-serif;font-size:15pt;margin:6px 0 10px}"
           "h2{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:14px 0 4px;"
           "color:#0b4f6c}p{margin:0 0 7px}.it{padding-left:7mm;text-indent:-7mm;margin:0 0 5px}"
           ".it .nr{display:inline-block;width:7mm;text-indent:0}.sub{padding-left:13mm;"
           "text-indent:-5mm;margin:0 0 3px}.sub .d{display:inline-block;width:5mm;"
           "text-indent:0}")
    body = (
        "<div class='logo'>NORRHEDA KOMMUN</div>"
        "<table class='form'>"
        "<tr><td class='l'>Uppdragsgivare</td><td>Kommunstyrelsen</td></tr>"
        "<tr><td class='l'>Uppdragstagare</td><td>Kommundirektören</td></tr>"
        "<tr><td class='l'>Diarienummer</td><td>KS 2048/211</td></tr>"
        "<tr><td class='l'>Beslutat</td><td>2048-09-14, § 143</td></tr></table>"
        "<h1>Uppdragsdirektiv: Plan för trygghet och brottsförebyggande arbete 2049–2052</h1>"
        "<h2>Bakgrund</h2>"
        + paras("Sedan 1 juli 2025 har kommunerna ett lagstadgat ansvar för brottsförebyggande "
                "arbete. Norrheda kommun saknar i dag en samlad plan. Trygghetsmätningen 2047 "
                "visade att var tredje invånare undviker vissa platser i centrum på kvällen, och "
                "antalet anmälda skadegörelsebrott har ökat de senaste tre åren.")
        + "<h2>Syfte</h2>"
        + paras("Planen ska ge kommunen och dess samarbetsparter ett gemensamt underlag för att "
                "förebygga brott och öka tryggheten, och visa vad som ska göras de kommande fyra "
                "åren.")
        + "<h2>Uppdragets innehåll</h2>"
        + paras("Kommundirektören får i uppdrag att ta fram ett förslag till plan. I uppdraget "
                "ingår att")
        + item("1.", it["1"]) + item("2.", it["2"]) + item("3.", lead3, sub3)
        + item("4.", it["4"]) + item("5.", it["5"]) + item("6.", it["6"])
        + "<h2>Avgränsningar</h2>"
        + paras("Planen omfattar inte räddningstjänstens handlingsprogram eller kommunens "
                "krisberedskap. Frågor om kameraövervakning hanteras i ett eget ärende.")
        + "<h2>Organisation</h2>"
        + paras("Kommunens trygghetssamordnare leder arbetet. En arbetsgrupp med "
                "representanter för samhällsbyggnad, utbildning, socialtjänsten och det "
                "kommunala bostadsbolaget Norrhedahem knyts till uppdraget.")
        + "<h2>Tidplan</h2>"
        + paras(s1 + " Kommunfullmäktige beräknas anta planen i juni 2049.")
        + "<h2>Ekonomi</h2>"
        + paras("Uppdraget genomförs inom befintlig budget.")
    )
    html_pdf(d / "mandate.pdf", lang="sv", title="Uppdragsdirektiv KS 2048/211", css=css,
             body=body)
    platser = [
        ["Resecentrum och gångtunneln", "Mörkt, folk som dricker alkohol, få vuxna",
         "Ny belysning i tunneln, väktare fredag–lördag"],
        ["Storgatan kvällstid", "Stängda butiker, mopedåkning", "Nattvandring, belysning"],
        ["Parken vid Kyrkbacken", "Tät vegetation, skymd sikt", "Röjning, ny belysning"],
        ["Parkeringshuset Gallerian", "Ensamt, trappor utan insyn", "Glas i trapphuset"],
    ]
    atg = [
        ["A1", "Belysning i gångtunneln vid resecentrum", "Samhällsbyggnad", "2049"],
        ["A2", "Röjning av buskar i Kyrkbackens park två gånger per år",
         "Samhällsbyggnad, park", "Från 2049"],
        ["A3", "Belysning längs Storgatan och i parken", "Samhällsbyggnad", "2050"],
        ["A4", "Nattvandring fredag och lördag med föräldrar och kyrkan",
         "Trygghetssamordnaren", "Från 2049"],
        ["A5", "Fältassistenter även på helger", "Socialtjänsten", "2050"],
        ["A6", "Trygghetsvandring med Norrhedahem i Södra Hagen", "Norrhedahem", "Varje höst"],
        ["A7", "Glas i trapphus, parkeringshuset Gallerian", "Fastighetsägaren", "2050"],
    ]
    p = [
        ("title", "Plan för trygghet och brottsförebyggande arbete 2049–2052"),
        ("meta", "Norrheda kommun · Förslag till kommunstyrelsen, maj 2049"),
        ("h1", "1 Inledning"),
        ("p", "Alla ska kunna röra sig tryggt i Norrheda, oavsett tid på dygnet. Planen "
              "beskriver läget i dag och vad kommunen, polisen och andra aktörer ska göra "
              "under 2049–2052. Den har tagits fram på uppdrag av kommunstyrelsen."),
        ("h1", "2 Så har vi arbetat"),
        ("p", "Trygghetssamordnaren har lett arbetet tillsammans med en arbetsgrupp från "
              "förvaltningarna och Norrhedahem. Under hösten 2048 träffade vi elevråden på "
              "högstadiet och gymnasiet, centrumföreningens styrelse och företrädare för PRO "
              "och SPF Seniorerna. Ungdomarna svarade också på en kort enkät om var de känner "
              "sig otrygga."),
        ("p", "Förslaget lämnades till arbetsutskottet den 14 maj 2049."),
        ("h1", "3 Lägesbild"),
        ("p", "Underlaget är polisens anmälningsstatistik för 2044–2048, kommunens "
              "trygghetsmätning 2047 och socialtjänstens orosanmälningar. Antalet anmälda brott "
              "har legat ganska stilla, men skadegörelse och klotter har ökat med en tredjedel. "
              "Våld i nära relationer står för en stor del av våldsbrotten. Var tredje invånare "
              "undviker centrum på kvällen, och kvinnor och äldre känner sig mer otrygga än "
              "andra."),
        ("h1", "4 Otrygga platser"),
        ("p", "I enkäten och på mötena pekades samma fyra platser ut. Tabellen visar vad som "
              "gör dem otrygga och vad vi föreslår."),
        ("table", ["Plats", "Vad som upplevs", "Förslag"], platser, [4.6, 5.6, 6.2]),
        ("h1", "5 Mer vuxna ute och ljusare miljöer"),
        ("p", "Mörka och igenvuxna platser upplevs som otrygga. Kommunen ska därför se över "
              "belysningen och hålla buskar och träd nere där folk går. Vuxna som syns på "
              "stan gör också skillnad: nattvandringen startar igen, och fältassistenterna "
              "ska arbeta även lördagar."),
        ("h1", "6 Samverkan med polisen"),
        ("p", "Samverkansöverenskommelsen med polisen revideras under 2049 och behandlas i ett "
              "eget ärende."),
        ("h1", "7 Åtgärder"),
        ("p", "Varje åtgärd har en ansvarig. Resultatet följs upp varje år i "
              "trygghetsmätningen och i polisens statistik, och trygghetssamordnaren "
              "rapporterar till kommunstyrelsen i december."),
        ("table", ["Nr", "Åtgärd", "Ansvarig", "När"], atg, [1.4, 8.4, 4.2, 2.4]),
    ]
    docx_pdf(d / "plan.pdf", p, title="Plan för trygghet och brottsförebyggande arbete",
             author="Norrheda kommun", font="DejaVu Sans", size=9.5, lang="sv-SE",
             header="Norrheda kommun | Trygghetsplan 2049–2052",
             footer="Sida {PAGE} av {NUMPAGES}", accent="0B4F6C", head_fill="DCEBF1")
    g = [
        P("1", it["1"], "content", "covered", ev="Underlaget är polisens anmälningsstatistik",
          trap="a numbered item of 'Uppdragets innehåll' in an UPPDRAGSDIREKTIV after 'I "
               "uppdraget ingår att' (typed numbers 1.–6., hanging); the sentence 'får i "
               "uppdrag att ta fram ett förslag till plan' is the mandate. Points keep their "
               "number, text with its full stop. Answered in '3 Lägesbild'"),
        P("2", it["2"], "content", "covered", ev="I enkäten och på mötena pekades",
          trap="answered by the table Plats | Vad som upplevs | Förslag; 'resecentrum' and "
               "Storgatan for centrum"),
        P("3", t3, "content", "partial", ev="Mörka och igenvuxna platser",
          missing=["stöd till föreningar som arbetar med unga"],
          trap="the item with three '–' sub-items, text the lead and the sub-items joined by "
               "': ' and '; '; belysning/röjning and vuxennärvaro answered in other words, "
               "föreningar never named"),
        P("4", it["4"], "content", "uncovered",
          trap="put off: 'revideras under 2049 och behandlas i ett eget ärende'; the "
               "medborgarlöfte is not named"),
        P("5", it["5"], "deliverable", "covered", ev="Varje åtgärd har en ansvarig",
          trap="the Ansvarig column and the yearly follow-up in one paragraph"),
        P("6", it["6"], "process", "covered", ev="Trygghetssamordnaren har lett arbetet",
          trap="in the past tense and other words: elevråden, centrumföreningen, PRO and SPF "
               "Seniorerna"),
        P("S1", s1, "process", "uncovered",
          trap="the sentence in 'Tidplan'; not met: the plan was handed to the arbetsutskott "
               "14 May 2049, after 31 March (no evidence). Avgränsningar, Organisation and "
               "Ekonomi are no points"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Uppdragsdirektiv KS 2048/211",),
                producer="an UPPDRAGSDIREKTIV printed from HTML with Chromium (DejaVu Serif 10 "
                "with DejaVu Sans headings, a form table, a footer 'Uppdragsdirektiv KS …' and "
                "'Sida n(m)'): Bakgrund, Syfte, 'Uppdragets innehåll' with 'I uppdraget ingår "
                "att' and six typed items 1.–6., item 3 with three '–' sub-items, "
                "Avgränsningar, Organisation, 'Tidplan', Ekonomi; plan exported from Word "
                "(DejaVu Sans 9.5, sv-SE, running header, 'Sida n av m'), a process chapter in "
                "the past tense, a table of places and an Åtgärder table", points=g)


# =========================================================================== 4 demens (da)
@pair
def demens(d: Path) -> dict:
    op = [
        ("Beskrive, hvor mange borgere der lever med demens i kommunen i dag, og hvordan tallet "
         "forventes at udvikle sig frem mod 2060", "Kort status med tal og prognose",
         "1.februar 2049"),
        ("Gennemgå kommunens tilbud til pårørende, herunder aflastning, pårørendegrupper og "
         "rådgivning", "Oversigt over tilbud og forslag til forbedringer", "1.marts 2049"),
        ("Komme med forslag til, hvordan Lyngå kan blive en demensvenlig kommune, bl.a. ved at "
         "uddanne medarbejdere i butikker, bank og bybusser", "Forslag til indsatser",
         "1.marts 2049"),
        ("Vurdere behovet for et dagtilbud målrettet yngre borgere med demens",
         "Notat med anbefaling", "1.april 2049"),
        ("Udarbejde en handleplan med konkrete indsatser, ansvarlig og økonomi for hvert år",
         "Udkast til handleplan", "1.maj 2049"),
        ("Inddrage Ældrerådet, Alzheimerforeningens lokalafdeling og medarbejdere fra "
         "hjemmeplejen og plejecentrene i arbejdet", "Beskrivelse af inddragelsen i "
         "handleplanen", "Løbende"),
    ]
    s1 = ("Udkastet til handleplan forelægges Social- og Sundhedsudvalget på mødet "
          "den 3.juni 2049.")
    m = [
        ("title", "Kommissorium"),
        ("meta", "Demenshandleplan 2049–2052 · Godkendt af Social- og Sundhedsudvalget "
                 "den 7.oktober 2048"),
        ("h1", "Baggrund"),
        ("p", "Antallet af ældre i Lyngå Kommune stiger, og dermed også antallet af borgere "
              "med en demenssygdom. Den nationale demenshandlingsplan lægger op til, at alle "
              "kommuner skal være demensvenlige, og at de pårørende får bedre støtte. "
              "Kommunens nuværende demensstrategi er fra 2040 og er ikke fulgt op."),
        ("p", "Mange borgere med demens bor i eget hjem og får hjælp fra hjemmeplejen. "
              "Medarbejderne oplever, at de pårørende ofte først henvender sig, når situationen "
              "er blevet svær. Samtidig har flere yngre borgere med demens efterspurgt et tilbud, "
              "som passer til deres alder."),
        ("h1", "Formål"),
        ("p", "Formålet er at give borgere med demens og deres pårørende et godt liv med "
              "demens, så længe som muligt i eget hjem, og at skabe et fælles grundlag for "
              "kommunens indsats de næste fire år."),
        ("h1", "Organisering"),
        ("p", "Arbejdet forankres i Sundhed og Omsorg. Demenskoordinatoren er tovholder og "
              "leder en arbejdsgruppe med en leder fra hjemmeplejen, en leder fra et "
              "plejecenter, en medarbejder fra visitationen og en repræsentant fra Ældrerådet. "
              "Styregruppen er chefgruppen i Sundhed og Omsorg."),
        ("h1", "Afgrænsning"),
        ("p", "Handleplanen omfatter borgere med demens, der bor i eget hjem eller på "
              "plejecenter, og deres pårørende. Udredning og diagnose er regionens opgave. "
              "Handleplanen skal "
              "hænge sammen med kommunens ældrepolitik og sundhedspolitik og med den "
              "kommende plan for plejeboliger, men den skal ikke tage stilling til antallet "
              "af plejeboliger."),
        ("h1", "Opgaver"),
        ("p", "Arbejdsgruppen skal løse følgende opgaver:"),
        ("table", ["Opgave", "Leverance", "Frist"], [list(r) for r in op], [10.0, 4.2, 2.2]),
        ("h1", "Tidsplan"),
        ("p", s1 + " Herefter sendes det i høring i fire uger."),
        ("h1", "Økonomi"),
        ("p", "Arbejdet udføres inden for eksisterende ressourcer. Forslag med udgifter indgår "
              "i budgetforhandlingerne for 2050."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Kommissorium – demenshandleplan 2049–2052",
             author="Lyngå Kommune", font="Liberation Serif", size=12, lang="da-DK",
             header="Lyngå Kommune – Sundhed og Omsorg",
             footer="Side {PAGE} af {NUMPAGES}", accent="5B2C0F", head_fill="F2E6DC")
    tal = [["2049", "612", "48"], ["2055", "745", "55"], ["2060", "860", "61"]]
    ind = [
        ["1", "Demensvenner: kursus for ansatte i dagligvarebutikker, bank og busselskab",
         "Demenskoordinator", "2049–2050", "40.000 kr. årligt"],
        ["2", "Pårørendegruppe hver anden uge, også om aftenen", "Demenskoordinator",
         "Fra 2049", "25.000 kr. årligt"],
        ["3", "Pårørendesamtale senest tre måneder efter diagnosen", "Visitationen",
         "Fra 2049", "Inden for rammen"],
        ["4", "Demensuddannelse for alle nye medarbejdere i hjemmeplejen", "Hjemmeplejen",
         "2050", "120.000 kr."],
        ["5", "Sansehave ved Plejecenter Engly", "Plejecenter Engly", "2051", "350.000 kr."],
        ["6", "Status på handleplanen til udvalget", "Sundhed og Omsorg", "Hvert år",
         "–"],
    ]
    p = [
        ("title", "Demenshandleplan 2049–2052"),
        ("meta", "Lyngå Kommune · Udkast til Social- og Sundhedsudvalget, juni 2049"),
        ("h1", "Forord"),
        ("p", "Demens rammer ikke kun den, der får sygdommen, men hele familien. Med denne plan "
              "vil vi gøre det lettere at leve med demens i Lyngå, både for borgeren og for "
              "de nærmeste."),
        ("h1", "Sådan har vi arbejdet"),
        ("p", "Planen er lavet af en arbejdsgruppe med demenskoordinatoren i spidsen. "
              "Ældrerådet har haft en plads i gruppen. Vi har holdt to møder med "
              "Alzheimerforeningens lokalafdeling og en workshop med 25 medarbejdere fra "
              "hjemmeplejen og plejecentrene, hvor de fortalte om deres hverdag med borgere "
              "med demens."),
        ("p", "Social- og Sundhedsudvalget behandlede udkastet den 3. juni 2049."),
        ("h1", "Demens i Lyngå i tal"),
        ("p", "Ud fra Nationalt Videnscenter for Demens' tal regner vi med, at omkring 600 "
              "borgere i kommunen lever med demens i dag. Tallet stiger, fordi vi bliver flere "
              "ældre. Tabellen viser vores skøn."),
        ("table", ["År", "Borgere med demens", "Heraf under 65 år"], tal, [30, 50, 45]),
        ("h1", "Støtte til de pårørende"),
        ("p", "Pårørende fortæller, at de mangler nogen at tale med. I dag er der én "
              "pårørendegruppe, der mødes om eftermiddagen, og det passer dårligt for dem, der "
              "arbejder. Vi vil derfor have en gruppe om aftenen og tilbyde alle en samtale, "
              "kort tid efter at diagnosen er stillet (indsats 2 og 3)."),
        ("h1", "Et demensvenligt Lyngå"),
        ("p", "En tur i Brugsen eller med bussen kan blive svær, når man har demens. Vi vil "
              "lære personalet i de lokale butikker, i banken og hos busselskabet at genkende "
              "tegnene og hjælpe på en god måde. Det sker gennem Alzheimerforeningens kursus "
              "«Demensven» (indsats 1)."),
        ("h1", "Yngre med demens"),
        ("p", "Der er omkring 50 borgere under 65 år med demens. Et særligt dagtilbud afventer "
              "den regionale analyse, som forventes færdig i 2050."),
        ("h1", "Indsatser 2049–2052"),
        ("p", "Hver indsats har en ansvarlig og et budget. Indsatser med nye udgifter indgår i "
              "budgetforhandlingerne."),
        ("table", ["Nr.", "Indsats", "Ansvarlig", "Hvornår", "Økonomi"], ind,
         [10, 66, 34, 24, 36]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Demenshandleplan 2049–2052", author="Lyngå Kommune",
           family="LS", size=10.5, head_left="Demenshandleplan 2049–2052",
           head_right="Lyngå Kommune", foot=lambda n, m: f"{n} af {m}", accent="#5B2C0F",
           head_fill="#F2E6DC")
    g = [
        P("1", op[0][0], "content", "covered", ev="Ud fra Nationalt Videnscenter for Demens",
          trap="a row of the KOMMISSORIUM's 'Opgaver' table Opgave | Leverance | Frist "
               "(running onto page 2 with its header row repeated); points numbered by row, "
               "text the Opgave cell (Leverance and Frist are context). Answered by 'Demens i "
               "Lyngå i tal' and a table"),
        P("2", op[1][0], "content", "partial", ev="Pårørende fortæller, at de mangler",
          missing=["aflastning til de pårørende"],
          trap="pårørendegrupper and rådgivning (samtale) answered; aflastning never named"),
        P("3", op[2][0], "content", "covered", ev="En tur i Brugsen eller med bussen",
          trap="answered in other words ('Demensven', butikker, banken, busselskabet)"),
        P("4", op[3][0], "content", "uncovered",
          trap="put off: 'afventer den regionale analyse'"),
        P("5", op[4][0], "deliverable", "covered", ev="Hver indsats har en ansvarlig",
          trap="the Indsatser table Nr. | Indsats | Ansvarlig | Hvornår | Økonomi"),
        P("6", op[5][0], "process", "covered", ev="Planen er lavet af en arbejdsgruppe",
          trap="process chapter in the past tense: Ældrerådet, Alzheimerforeningens "
               "lokalafdeling, a workshop with medarbejdere"),
        P("S1", s1, "process", "covered", ev="Social- og Sundhedsudvalget behandlede",
          trap="the sentence under 'Tidsplan'; '3.juni' typed without a space; the høring "
               "after it and Økonomi are no points"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Lyngå Kommune – Sundhed og Omsorg", "Opgave", "Leverance", "Frist"),
                producer="a KOMMISSORIUM exported from Word (Liberation Serif 12, da-DK, running "
                "header, 'Side n af m', two pages): Baggrund, Formål, Organisering, 'Opgaver' "
                "as a table Opgave | Leverance | Frist running onto page 2 with its header row "
                "repeated, Tidsplan, Økonomi; plan laid out with reportlab (Liberation Sans "
                "10.5, running head with a rule, 'n af m'), a process chapter in the past "
                "tense, a table of numbers and an Indsatser table", points=g)


# =========================================================================== 5 cycling (en)
@pair
def cycling(d: Path) -> dict:
    b = [
        "the existing walking and cycling network, including gaps and barriers such as the "
        "A417 and the railway line",
        "where new walking and cycling trips are most likely, using the Propensity to Cycle "
        "Tool and school travel survey data",
        "a prioritised programme of route and zone improvements, with outline cost estimates",
        "secure cycle parking at Kesworth and Dunmore stations and in the three town centres",
        "connections to the housing and employment sites allocated in the Local Plan, in "
        "particular North Kesworth",
    ]
    e1 = ("Workshops should be held with local cycling and walking groups, the Local Access "
          "Forum, disability groups and town and parish councils.")
    e2 = ("The draft plan should be subject to public consultation for at least six weeks "
          "before it is reported to Cabinet.")
    m = [
        ("title", "Local Cycling and Walking Infrastructure Plan"),
        ("meta", "Scoping report · Kesworth District Council · Transport Policy Team · "
                 "Version 1.2, 18 September 2048"),
        ("h1", "1. Introduction"),
        ("p", "This report sets out the scope of the Local Cycling and Walking Infrastructure "
              "Plan (LCWIP) for Kesworth district. It was agreed by the Environment and "
              "Transport Portfolio Holder on 25 September 2048 and will guide the officers "
              "preparing the plan. An LCWIP is expected by Active Travel England when the "
              "council bids for capital funding."),
        ("h1", "2. Policy context"),
        ("p", "The LCWIP will follow the Department for Transport's technical guidance for "
              "LCWIPs and Local Transport Note 1/20. It will support the Local Plan "
              "2045–2060, the County Local Transport Plan and the council's climate "
              "emergency declaration of 2041."),
        ("h1", "3. Study area"),
        ("p", "The study area is the whole district, with the main focus on Kesworth, Dunmore "
              "and Ashby Magna and the villages within 5 km of them. Rural leisure routes are "
              "not part of this plan and are covered by the County Rights of Way Improvement "
              "Plan."),
        ("h1", "4. Scope of the plan"),
        ("p", "The plan should address:"),
        ("bullets", b),
        ("p", "The plan will cover the period 2049 to 2059 and will be reviewed after five "
              "years."),
        ("h1", "5. Engagement"),
        ("p", e1 + " " + e2),
        ("h1", "6. Governance and resources"),
        ("p", "The Transport Policy Manager is the project lead. A steering group of officers "
              "from transport, planning, the county highways team and public health will meet "
              "every two months. Consultancy support of up to £45,000 is available from the "
              "Active Travel Capability Fund."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="LCWIP scoping report", author="Kesworth District "
             "Council", font="Liberation Sans Narrow", size=11.5, lang="en-GB",
             header="Kesworth District Council | LCWIP Scoping Report",
             footer="{PAGE}", accent="00594F", head_fill="D5ECE9")
    routes = [
        ["R1", "Station Road corridor, Kesworth: segregated track station – town centre",
         "£2.9m", "High", "2050–2052"],
        ["R2", "North Kesworth – Kesworth town centre via Mill Lane, crossing of the A417",
         "£4.6m", "High", "2051–2054"],
        ["R3", "Dunmore town centre walking zone: wider footways, dropped kerbs", "£1.1m",
         "High", "2050"],
        ["R4", "Ashby Magna – Dunmore greenway on the old railway", "£3.4m", "Medium",
         "2053–2055"],
        ["R5", "School Streets at four primary schools", "£0.3m", "Medium", "2050–2051"],
        ["R6", "Kesworth Business Park link via Brook Lane", "£1.8m", "Medium", "2054"],
        ["R7", "Quiet route Dunmore Road – Ashby Magna village", "£0.6m", "Low", "2056"],
    ]
    css = ("@page{size:A4;margin:16mm 17mm 17mm 17mm;@bottom-center{content:'Kesworth District "
           "Council · LCWIP 2049–2059 · ' counter(page);font:7.5pt 'DejaVu Sans',sans-serif;"
           "color:#00594f}}body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;"
           "line-height:1.55;color:#1a1a1a}.band{background:#00594f;color:#fff;padding:14px "
           "16px;margin-bottom:14px}.band h1{font-size:18pt;margin:0}.band div{font-size:9.5pt}"
           "h2{font-size:12pt;color:#00594f;margin:16px 0 5px}p{margin:0 0 7px}"
           "table{border-collapse:collapse;width:100%;font-size:8.5pt;margin:6px 0 10px}"
           "th{background:#d5ece9;text-align:left;padding:4px;border-bottom:2px solid "
           "#00594f}td{padding:4px;border-bottom:1px solid #c8d8d6;vertical-align:top}"
           "thead{display:table-header-group}tr{break-inside:avoid}")
    body = (
        "<div class='band'><h1>Local Cycling and Walking Infrastructure Plan 2049–2059</h1>"
        "<div>Kesworth District Council · Draft for Cabinet, October 2049</div></div>"
        "<h2>1 Why we need this plan</h2>"
        + paras("Almost half of the car trips made in Kesworth district are shorter than 5 km. "
                "Many of them could be walked or cycled if the routes were safe and direct. "
                "This plan sets out the network we want to build over the next ten years and "
                "the order in which we will build it. It will be used to bid for funding from "
                "Active Travel England and developers.")
        + "<h2>2 Talking to people</h2>"
        + paras("Between January and March 2049 we held four workshops. Kesworth Cycle "
                "Campaign, Dunmore Ramblers, the Local Access Forum, Kesworth Disability "
                "Alliance and eight town and parish councils took part, and helped us walk and "
                "cycle the main routes.",
                "The draft plan was open for comment for six weeks, from 2 June to 14 July 2049. "
                "We received 412 responses; a summary and our replies are in Appendix C.")
        + "<h2>3 The network today</h2>"
        + paras("Kesworth and Dunmore are compact towns, but the dual carriageway and the "
                "railway split both of them in two. There are only three places where people "
                "on foot can cross the dual carriageway safely, and the cycle route along "
                "Station Road stops 400 metres short of the station. Dunmore has good "
                "footways in the centre but none on Dunmore Road beyond the school, and the "
                "only cycle route out of Ashby Magna is a shared footway in poor condition.")
        + "<h2>4 Where people could walk and cycle</h2>"
        + paras("The Propensity to Cycle Tool shows the highest potential for new cycling on "
                "the corridors between North Kesworth, the station and the town centre, and "
                "between Ashby Magna and Dunmore. Walking potential is highest in the town "
                "centres and around schools, where short trips are most common.")
        + "<h2>5 New homes and jobs</h2>"
        + paras("The Local Plan allocates 2,400 homes at North Kesworth and an extension to "
                "Kesworth Business Park. Both will only work without more traffic if people can "
                "walk and cycle from day one. Route R2 links North Kesworth to the town centre "
                "with a new crossing of the A417, and R6 serves the business park. Developer "
                "contributions will fund part of both.")
        + "<h2>6 Station and town centre facilities</h2>"
        + paras("Cycle parking will be looked at in the review of the council’s parking "
                "strategy next year.")
        + "<h2>7 Programme of improvements</h2>"
        + paras("The routes and zones below have been ranked using the DfT scoring method: "
                "how many trips they could carry, how much safer they make the journey and how "
                "easily they can be delivered. Costs are outline estimates at 2049 prices.")
        + table_html(["Ref", "Scheme", "Outline cost", "Priority", "Delivery"], routes)
        + paras("The programme will be reviewed every year, and the whole plan after five "
                "years.")
    )
    html_pdf(d / "plan.pdf", lang="en-GB", title="LCWIP 2049–2059", css=css, body=body)
    g = [
        P("1", b[0], "content", "covered", ev="Kesworth and Dunmore are compact towns",
          trap="a bullet of 'The plan should address:' in an LCWIP SCOPING REPORT; unnumbered "
               "bullets numbered by place, text without closing mark. Answered in other words "
               "('the dual carriageway' for the A417, crossings, where routes stop)"),
        P("2", b[1], "content", "partial", ev="The Propensity to Cycle Tool shows",
          missing=["school travel survey data"],
          trap="the PCT is used; walking near schools is named, but no school travel survey "
               "data"),
        P("3", b[2], "deliverable", "covered", ev="The routes and zones below have been ranked",
          trap="the programme table Ref | Scheme | Outline cost | Priority | Delivery"),
        P("4", b[3], "content", "uncovered",
          trap="put off: 'Cycle parking will be looked at in the review of the council’s "
               "parking strategy next year' — the only sentence of its own chapter"),
        P("5", b[4], "content", "covered", ev="The Local Plan allocates 2,400 homes",
          trap="North Kesworth and the business park, with routes R2 and R6"),
        P("E1", e1, "process", "covered", ev="Between January and March 2049",
          trap="first sentence of the 'Engagement' section (running text, 'should'); points "
               "E1, E2 by order. Answered in the past tense by named groups (Kesworth Cycle "
               "Campaign for cycling groups, Kesworth Disability Alliance for disability "
               "groups). Policy context, Study area and Governance are no points; 'will cover "
               "the period 2049 to 2059' is the plan's frame, not a point"),
        P("E2", e2, "process", "covered", ev="The draft plan was open for comment",
          trap="six weeks, 2 June to 14 July 2049, before the Cabinet draft of October"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Kesworth District Council | LCWIP Scoping Report",),
                producer="an LCWIP SCOPING REPORT exported from Word (Liberation Sans Narrow "
                "11.5, en-GB, running header, bare page number): '1. Introduction' … '6. "
                "Governance and resources', '4. Scope of the plan' with 'The plan should "
                "address:' and five Word bullets, '5. Engagement' with two 'should' sentences "
                "in one paragraph; plan the council's document printed from HTML with Chromium "
                "(DejaVu Sans 9, a coloured title band, a footer line with the page number), a "
                "process chapter in the past tense and a programme table", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind42/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
