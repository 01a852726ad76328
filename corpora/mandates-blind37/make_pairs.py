"""Build the thirty-seventh blind batch of mandate/plan pairs under corpora/mandates-blind37/ and their gold.

Written on 2026-12-05 without reading plancheck's code. ORDINARY mandates of small
municipalities, one or two pages, on surfaces of this batch's own: a bokmål SAKSPROTOKOLL of a
formannskap (Word → PDF) whose vedtak is "Formannskapet ber kommunedirektøren om å:" and dash
bullets; a nynorsk MANDAT FOR ARBEIDSGRUPPA (the intranet page printed with Chromium) with
'Arbeidsgruppa skal' numbered and 'Rammer'; a Swedish TJÄNSTESKRIVELSE (Word → PDF) whose
'Förslag till beslut' is numbered; a Danish OPDRAG sent as an e-mail (printed from the mail
client with Chromium) with bullets, one with sub-points; and an English CABINET MEMBER DECISION
(reportlab) whose 'Recommendations' are numbered 1–6. Plans answer mostly in other words: a
chapter, a table of measures row by row, a process chapter in the past tense.

    python corpora/mandates-blind37/make_pairs.py               # all pairs
    python corpora/mandates-blind37/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind37/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder (P, verify, the construction check) and the
thirty-third batch's three document writers (docx_pdf, rl_pdf, html_pdf, called with this
batch's own fonts, sizes, headers, footers and colours) through pairkit, and blindkit's sha256
checks. Nothing of the earlier batches is edited.
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


# =========================================================================== 1 trafikk (nb)
@pair
def trafikk(d: Path) -> dict:
    order = ("utarbeide forslag til trafikksikkerhetsplan for Storelv kommune for perioden "
             "2048–2051")
    s = [
        "kartlegge skoleveiene til Storelv skole, Nesbakken skole og Elvli oppvekstsenter, og "
        "særlig hvor barna krysser fv. 7140",
        "lage en prioritert tiltaksliste der det for hvert tiltak går fram: hva tiltaket "
        "koster; hvem som har ansvaret; når det skal gjennomføres",
        "vurdere hva som skal til for at kommunen kan bli godkjent som Trafikksikker kommune",
        "foreslå tiltak for bedre belysning og fortau langs Storgata og Elvevegen",
        "involvere FAU ved skolene, eldrerådet og rådet for personer med funksjonsnedsettelse",
        "legge planforslaget fram for formannskapet innen 1.mars 2048",
    ]
    m = [
        ("form", [["Arkivsak-dok.", "47/0612-4"], ["Saksbehandler", "Kari Nyhus"],
                  ["Utvalg", "Formannskapet"], ["Møtedato", "12.09.2047"],
                  ["Saksnr.", "061/47"]], [4.0, 12.0]),
        ("title", "Oppstart – trafikksikkerhetsplan 2048–2051"),
        ("h2", "Saksopplysninger"),
        ("p", "Gjeldende trafikksikkerhetsplan gjaldt for 2042–2045 og er ikke rullert. Planen er "
              "et krav for å søke fylkeskommunen om midler til trafikksikkerhetstiltak (TS-midler). "
              "Etter ulykken ved Nesbakken skole i mai har flere foreldre tatt kontakt med "
              "kommunen om skoleveien."),
        ("p", "Arbeidet ledes av enhet for teknisk drift, og utgifter dekkes innenfor enhetens "
              "budsjett for 2047 og 2048."),
        ("h2", "Behandling i Formannskapet 12.09.2047"),
        ("p", "Ordfører foreslo å ta med rådet for personer med funksjonsnedsettelse i "
              "nest siste strekpunkt. Kommunedirektørens innstilling med ordførers endring ble "
              "enstemmig vedtatt."),
        ("bold", "FSK-061/47 Vedtak:"),
        ("p", "Formannskapet ber kommunedirektøren om å:"),
        *[("typed", "–", t, 0.6, 0.4) for t in [order, s[0]]],
        ("typed", "–", "lage en prioritert tiltaksliste der det for hvert tiltak går fram:",
         0.6, 0.4),
        ("typed", "•", "hva tiltaket koster", 0.5, 1.2),
        ("typed", "•", "hvem som har ansvaret", 0.5, 1.2),
        ("typed", "•", "når det skal gjennomføres", 0.5, 1.2),
        *[("typed", "–", t, 0.6, 0.4) for t in s[2:4]],
        ("typed", "–", s[4] + " i arbeidet", 0.6, 0.4),
        ("typed", "–", s[5] + ".", 0.6, 0.4),
        ("p", ""),
        ("p", "Rett utskrift bekreftes. Storelv, 14.09.2047, Politisk sekretariat"),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Saksprotokoll Formannskapet 12.09.2047 sak 061/47",
             author="Storelv kommune", font="Liberation Serif", size=11.5, lang="nb-NO",
             header="Storelv kommune – Saksprotokoll", footer="Side {PAGE} av {NUMPAGES}",
             accent="333333", head_fill="EDEDED")
    tiltak = [
        ["1", "Opphøyd gangfelt og belysning ved Nesbakken skole, fv. 7140",
         "650 000", "Fylkeskommunen, kommunen søker", "2048"],
        ["2", "Skilt og fartsgrense 30 km/t forbi Storelv skole", "40 000",
         "Teknisk drift", "2048"],
        ["3", "Gatelys på Storgata fra kirka til rundkjøringen", "1 200 000",
         "Teknisk drift", "2049"],
        ["4", "Fortau på Storgata, vestsiden, 300 m", "3 800 000", "Teknisk drift", "2050"],
        ["5", "Gang- og sykkelvei Elvli – Sandmoen, fv. 7140", "9 500 000",
         "Fylkeskommunen", "2051"],
        ["6", "Trafikkopplæring i barnehagene (Tarkus)", "15 000 per år",
         "Oppvekst", "Hvert år"],
        ["7", "Refleksaksjon for eldre på frivillighetssentralen", "5 000 per år",
         "Frivillighetssentralen", "Hvert år"],
        ["8", "Hjertesone ved Storelv skole: stengt for biler kl. 08–08.30", "20 000",
         "Rektor og teknisk drift", "2048"],
    ]
    p = [
        ("title", "Trafikksikkerhetsplan 2048–2051"),
        ("meta", "Storelv kommune · Høringsutkast februar 2048"),
        ("h1", "1 Hvorfor en ny plan"),
        ("p", "Storelv har hatt få alvorlige ulykker de siste årene, men ulykken ved Nesbakken "
              "skole i mai 2047 viste at skolebarna ferdes langs og over en fylkesvei med mye "
              "tungtrafikk. Planen skal gjøre det trygt å gå og sykle til skolen og i sentrum, og "
              "den gir grunnlag for å søke TS-midler fra fylkeskommunen."),
        ("h2", "Mål"),
        ("bullets", ["Ingen drepte eller hardt skadde i trafikken i Storelv.",
                     "Flere barn skal gå eller sykle til skolen.",
                     "Alle barnehager og skoler skal jobbe med trafikkopplæring hvert år."]),
        ("p", "Politiets tall viser 14 personskadeulykker i kommunen de siste ti årene. Ni av "
              "dem skjedde på fylkesveien, og fire av de skadde var under 16 år."),
        ("table", ["Periode", "Ulykker", "Drepte", "Hardt skadde", "Lettere skadde"],
         [["2037–2041", "8", "1", "2", "9"], ["2042–2046", "6", "0", "1", "7"]],
         [30, 25, 25, 30, 35]),
        ("h1", "2 Slik ble planen til"),
        ("p", "Teknisk drift, oppvekst og helsesykepleier har utgjort arbeidsgruppen. I oktober "
              "2047 gikk vi skoleveiene sammen med elevrådene. I november møtte vi foreldrenes "
              "arbeidsutvalg ved alle tre skolene, og eldrerådet fikk utkastet til uttalelse i "
              "januar 2048. Eldrerådet ba om bedre belysning i sentrum, og det er tatt inn i "
              "tiltak 3."),
        ("h1", "3 Skoleveiene"),
        ("p", "Om lag 60 prosent av elevene i Storelv har skolevei langs fv. 7140. Ved Storelv "
              "skole er det fortau hele veien, men bilene kjører fort forbi skolen om morgenen. "
              "Ved Nesbakken skole må barna over fylkesveien ved bussholdeplassen, der det ikke "
              "er gangfelt. Fra Elvli oppvekstsenter til boligfeltet på Sandmoen går barna i "
              "vegkanten i 1,2 km. Foreldrene kjører mange av barna, og det gir mye trafikk ved "
              "skoleporten."),
        ("p", "Elevene pekte ut fire steder der de føler seg utrygge. Tre av dem ligger ved "
              "fylkesveien. Tiltak 1, 2, 5 og 8 svarer på det vi fant."),
        ("h1", "4 Sentrum"),
        ("p", "Storgata har gatelys bare på den østre delen, og det er fortau bare på østsiden. "
              "Myke trafikanter må derfor krysse gata flere ganger. Vi foreslår nye gatelys og "
              "fortau på vestsiden (tiltak 3 og 4)."),
        ("h1", "5 Tiltak 2048–2051"),
        ("p", "Tiltakene er satt opp i prioritert rekkefølge. Kostnaden er et grovt overslag. "
              "Tiltak på fylkesveien må fylkeskommunen gjennomføre; kommunen søker om dem."),
        ("table", ["Nr.", "Tiltak", "Kostnad (kr)", "Ansvar", "År"], tiltak,
         [10, 72, 26, 40, 22]),
        ("h1", "6 Videre arbeid"),
        ("p", "Ordningen Trafikksikker kommune blir vurdert når planen er vedtatt."),
        ("p", "Formannskapet behandlet planforslaget 22. februar 2048 og sendte det på høring i "
              "seks uker. Kommunestyret skal vedta planen i juni 2048. Tiltakslisten rulleres "
              "hvert år i forbindelse med budsjettet."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Trafikksikkerhetsplan 2048–2051", author="Storelv kommune",
           family="LS", size=10, head_left="Storelv kommune",
           head_right="Trafikksikkerhetsplan 2048–2051 – høringsutkast",
           foot=lambda n, m: f"{n}", accent="#7A1F1F", head_fill="#F3E3E3")
    g = [
        P("1", s[0], "content", "covered", ev="Om lag 60 prosent av elevene",
          trap="a dash bullet of a formannskap's SAKSPROTOKOLL, 'Formannskapet ber "
               "kommunedirektøren om å:'; the first bullet (utarbeide forslag til plan) is the "
               "mandate, not a point; points 1 … 6 by place after it. Answered in '3 "
               "Skoleveiene' in other words (fylkesveien, the three schools by their places)"),
        P("2", s[1], "deliverable", "covered", ev="Tiltakene er satt opp i prioritert",
          trap="the bullet with three '•' sub-points, text the lead and the sub-points joined "
               "by ': ' and '; '; answered by the table's columns Kostnad | Ansvar | År"),
        P("3", s[2], "content", "uncovered",
          trap="put off: one sentence in '6 Videre arbeid' (blir vurdert når planen er "
               "vedtatt)"),
        P("4", s[3], "content", "partial", ev="Storgata har gatelys bare",
          missing=["tiltak for belysning og fortau langs Elvevegen"],
          trap="Storgata gets lights and a fortau (tiltak 3 and 4); Elvevegen is never named"),
        P("5", s[4], "process", "partial", ev="Teknisk drift, oppvekst og helsesykepleier",
          missing=["rådet for personer med funksjonsnedsettelse involvert"],
          trap="the process chapter in the past tense: FAU ('foreldrenes arbeidsutvalg') and "
               "eldrerådet met; the råd added by the ordfører is never named. Text without "
               "'i arbeidet'"),
        P("6", s[5], "process", "covered", ev="Formannskapet behandlet planforslaget",
          trap="'1.mars' typed without a space; 22 February 2048 is before the deadline"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Storelv kommune – Saksprotokoll",),
                producer="a formannskap's SAKSPROTOKOLL exported from Word (Liberation Serif "
                "11.5, nb-NO, running header, 'Side n av m', one page): a form table, "
                "Saksopplysninger, Behandling, 'FSK-061/47 Vedtak:' with 'Formannskapet ber "
                "kommunedirektøren om å:' and seven dash bullets, one with three '•' sub-points; "
                "plan laid out with reportlab (Liberation Sans 10, running head with a rule, bare "
                "page number), a process chapter in the past tense and a tiltak table "
                "Nr. | Tiltak | Kostnad (kr) | Ansvar | År", points=g)


# =========================================================================== 2 kulturminne (nn)
@pair
def kulturminne(d: Path) -> dict:
    s = [
        "Gå gjennom registreringane i Askeladden og SEFRAK-registeret og lage ei oversikt over "
        "kulturminna i kommunen.",
        "Peike ut kulturminne og kulturmiljø som har lokal verdi, og grunngje utvalet.",
        "Foreslå korleis kommunen kan ta vare på dei kulturminna kommunen sjølv eig, mellom anna "
        "skulehuset på Li og kvernhusa i Elvadalen.",
        "Vurdere om kommunen bør ha ei tilskotsordning for private eigarar av verneverdige "
        "bygningar.",
        "Lage ein handlingsdel med tiltak, kostnad og ansvar for dei fire første åra.",
        "Halde eit ope møte i kvar av dei tre bygdene og ta med historielaget og Fjellheim "
        "museum i arbeidet.",
    ]
    s1 = "Utkast til plan skal vere klart til planutvalet innan 1.juni 2048."
    css = ("@page{size:A4;margin:14mm 18mm 16mm 18mm;@bottom-center{content:'Side ' "
           "counter(page) ' av ' counter(pages);font:8pt 'DejaVu Sans',sans-serif;color:#555}}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;line-height:1.5;"
           "color:#1d1d1d}.bar{background:#2f5d3a;color:#fff;padding:5px 9px;font-size:9pt}"
           ".crumb{font-size:8pt;color:#555;margin:5px 0 12px}h1{font-size:16pt;margin:4px 0 8px;"
           "color:#2f5d3a}h2{font-size:11pt;margin:14px 0 4px}ol{margin:4px 0 4px 0;"
           "padding-left:22px}li{margin-bottom:3px}.info{font-size:8pt;color:#555;"
           "border-top:1px solid #bbb;margin-top:16px;padding-top:4px}")
    body = (
        "<div class='bar'>Fjellheim kommune · Intranett</div>"
        "<div class='crumb'>Heim › Plan og utvikling › Pågåande planarbeid › Kulturminneplan</div>"
        "<h1>Mandat for arbeidsgruppa – kommunedelplan for kulturminne</h1>"
        "<h2>Bakgrunn</h2>"
        + paras("Kommunestyret vedtok i planstrategien for 2046–2049 at Fjellheim skal ha ein "
                "kommunedelplan for kulturminne. Ein slik plan er også eit vilkår for å få "
                "tilskot frå Kulturminnefondet til tiltak i kommunen. Arbeidsgruppa skal lage "
                "eit utkast til plan som kan sendast på høyring.")
        + "<h2>Arbeidsgruppa skal</h2><ol>"
        + "".join(f"<li>{e(t)}</li>" for t in s) + "</ol>"
        "<h2>Samansetjing</h2>"
        + paras("Kulturkonsulent (leiar), arealplanleggjar, ein representant for eigedom og ein "
                "representant for Fjellheim historielag. Sekretær er frå plan og utvikling.")
        + "<h2>Rammer</h2>"
        + paras("Arbeidet skal gjerast innanfor ordinært driftsbudsjett. Til kartlegging i "
                "felt er det sett av 60 000 kr. " + s1 + " Arbeidsgruppa rapporterer til "
                "kommunalsjef for samfunn.")
        + "<div class='info'>Godkjent av kommunedirektøren 3. oktober 2047 · Sist endra "
        "3.10.2047 · Ansvarleg: Plan og utvikling</div>"
    )
    html_pdf(d / "mandate.pdf", lang="nn", title="Mandat for arbeidsgruppa – kulturminneplan",
             css=css, body=body)
    oversikt = [
        ["Li", "71", "4", "Tunet på Øvre Li, skulehuset, kyrkjestien"],
        ["Elvadalen", "58", "9", "Kvernhusrekkja, fløytingsdammen"],
        ["Nordbygda", "83", "6", "Nordbygd kyrkje, steingardar, støylane"],
    ]
    prior = [
        ["Tunet på Øvre Li", "Privat", "Eit av få heile tun frå 1700-talet i regionen"],
        ["Li skulehus (1887)", "Kommunen", "Den eldste skulebygningen i kommunen som står att"],
        ["Kvernhusrekkja i Elvadalen", "Kommunen / privat",
         "Elleve kvernhus langs same bekken, sjeldan i fylket"],
        ["Fløytingsdammen", "Statskog", "Minne om tømmerfløytinga fram til 1950"],
        ["Kyrkjestien Li – Nordbygda", "Fleire eigarar", "Gammal ferdselsveg, mykje brukt i dag"],
        ["Støylane i Nordbygda", "Private", "Kulturlandskap som gror att"],
    ]
    tiltak = [
        ["Nytt tak og drenering, Li skulehus", "450 000", "Eigedom", "2049"],
        ["Skilting og kart for kyrkjestien", "60 000", "Kultur", "2049"],
        ["Registrering av steingardar i Nordbygda", "40 000", "Kultur og historielaget",
         "2050"],
        ["Søknad til Kulturminnefondet for tunet på Øvre Li", "–", "Eigar, kultur hjelper",
         "2050"],
        ["Kulturminnedag kvart år med historielaget", "15 000 per år", "Kultur", "Kvart år"],
        ["Omsynssone kulturmiljø i kommuneplanens arealdel", "–", "Plan og utvikling",
         "2051"],
    ]
    p = [
        ("title", "Kommunedelplan for kulturminne 2049–2060"),
        ("meta", "Fjellheim kommune · Høyringsutkast juni 2048"),
        ("h1", "1 Innleiing"),
        ("p", "Kulturminna fortel korleis folk har budd og arbeidd i Fjellheim. Planen skal gi "
              "kommunen eit betre grunnlag for å ta vare på dei, og han opnar for tilskot frå "
              "Kulturminnefondet."),
        ("h1", "2 Korleis planen vart laga"),
        ("p", "Arbeidsgruppa hadde sitt første møte i november 2047. Fjellheim historielag har "
              "vore med i gruppa heile vegen, og Fjellheim museum stilte med fotoarkivet sitt. "
              "Vi heldt ope møte på Li skulehus 6. februar og på grendahuset i Elvadalen "
              "13. februar 2048; om lag 70 personar kom til dei to møta. Møtet i Nordbygda "
              "vart avlyst på grunn av uvêr og er ikkje halde."),
        ("p", "Planutvalet fekk utkastet til handsaming 18. juni 2048."),
        ("h1", "3 Kva vi har"),
        ("p", "Riksantikvaren sine register er gått gjennom bygd for bygd og kontrollerte i "
              "felt sommaren og hausten 2047. Tabellen viser kor mange bygningar frå før 1900 "
              "og kor mange automatisk freda kulturminne som er registrerte."),
        ("table", ["Bygd", "Bygningar før 1900", "Freda kulturminne", "Døme"], oversikt,
         [3.0, 3.4, 3.2, 6.8]),
        ("h1", "4 Dei viktigaste kulturminna"),
        ("p", "Arbeidsgruppa har valt ut seks kulturminne og kulturmiljø som er særleg viktige "
              "for Fjellheim. Kvart av dei er teke med av grunnen som står i tabellen."),
        ("table", ["Kulturminne", "Eigar", "Kvifor det er med"], prior, [5.2, 3.0, 8.2]),
        ("h1", "5 Kommunen sine eigne bygningar"),
        ("p", "Li skulehus er i dag lager for eigedom. Taket lek, og grunnmuren tek inn vatn. "
              "Kommunen vil setje i stand taket og drenere rundt huset, og så leige ut huset "
              "til lag og foreiningar."),
        ("h1", "6 Private eigarar"),
        ("p", "Dei fleste verneverdige husa i Fjellheim er private. Mange eigarar ønskjer hjelp "
              "til å søkje Kulturminnefondet. Ei kommunal tilskotsordning kan vere aktuelt "
              "seinare."),
        ("h1", "7 Handlingsdel 2049–2052"),
        ("table", ["Tiltak", "Kostnad (kr)", "Ansvar", "Når"], tiltak, [7.2, 2.6, 4.2, 2.4]),
        ("p", "Handlingsdelen blir rullert kvart år saman med økonomiplanen."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Kommunedelplan for kulturminne 2049–2060",
             author="Fjellheim kommune", font="DejaVu Serif", size=10, lang="nn-NO",
             header="Fjellheim kommune · Kulturminneplan · Høyringsutkast",
             footer="{PAGE}", accent="2F5D3A", head_fill="E1EBE3")
    g = [
        P("1", s[0], "content", "covered", ev="Riksantikvaren sine register",
          trap="item of 'Arbeidsgruppa skal' (an ordered list on the intranet page of a MANDAT "
               "FOR ARBEIDSGRUPPA); points 1 … 6 by their number, text with its full stop. "
               "Answered in other words ('Riksantikvaren sine register', bygd for bygd, a "
               "table)"),
        P("2", s[1], "content", "covered", ev="Arbeidsgruppa har valt ut seks",
          trap="answered row by row: the table's column 'Kvifor det er med' is the grunngjeving"),
        P("3", s[2], "content", "partial", ev="Li skulehus er i dag lager",
          missing=["korleis kvernhusa i Elvadalen skal takast vare på"],
          trap="the skulehus gets a plan; the kvernhus are only listed in the tables"),
        P("4", s[3], "content", "uncovered",
          trap="named in passing and put off: 'Ei kommunal tilskotsordning kan vere aktuelt "
               "seinare'"),
        P("5", s[4], "deliverable", "covered", ev="Nytt tak og drenering",
          trap="the handlingsdel table under '7 Handlingsdel 2049–2052' (no introducing "
               "paragraph; the quote is the first row's measure)"),
        P("6", s[5], "process", "partial", ev="Arbeidsgruppa hadde sitt første møte",
          missing=["ope møte i Nordbygda"],
          trap="process chapter in the past tense: two of three open meetings held, the "
               "historielag and museum with"),
        P("S1", s1, "process", "uncovered",
          trap="the deadline sentence in 'Rammer' (with 'numbers without a space' 1.juni); the "
               "plan reached planutvalet 18 June 2048, after the deadline: not met. The budget "
               "sentence, Samansetjing and who the group reports to are none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Fjellheim kommune · Intranett",),
                producer="MANDAT FOR ARBEIDSGRUPPA, the intranet page printed with Chromium "
                "(DejaVu Sans 9.5, a top bar and breadcrumb, 'Side n av m' at the foot, one "
                "page): Bakgrunn, 'Arbeidsgruppa skal' and an ordered list 1.–6., Samansetjing, "
                "Rammer with the deadline sentence; plan exported from Word (DejaVu Serif 10, "
                "nn-NO, running header, bare page number), a process chapter in the past tense, "
                "an oversikt table, a table of kulturminne with the reason per row and a "
                "handlingsdel table", points=g)


# =========================================================================== 3 lekplats (sv)
@pair
def lekplats(d: Path) -> dict:
    order = ("Tekniska förvaltningen får i uppdrag att ta fram en lekplatsplan för perioden "
             "2048–2057.")
    s = [
        "Planen ska redovisa kommunens lekplatser, deras skick och hur tillgängliga de är.",
        "Planen ska föreslå vilka lekplatser som ska rustas upp, läggas ned eller slås samman, "
        "med en grov kostnadsuppskattning.",
        "Varje tätort ska ha minst en lekplats som är tillgänglig för barn med "
        "funktionsnedsättning.",
        "Barn och unga ska vara delaktiga i arbetet, till exempel genom skolornas elevråd.",
        "Planen ska samordnas med detaljplanearbetet för Norra Åkern.",
        "Planen ska redovisas för kommunstyrelsens allmänna utskott senast 2048-04-30.",
    ]
    m = [
        ("form", [["Datum", "2047-10-02"], ["Diarienummer", "KS 2047/388"],
                  ["Handläggare", "Jonas Berg, gatu- och parkchef"]], [3.6, 9.0]),
        ("title", "Tjänsteskrivelse"),
        ("h1", "Uppdrag att ta fram en lekplatsplan"),
        ("h2", "Förslag till beslut"),
        ("numbered", [order, *s]),
        ("h2", "Sammanfattning"),
        ("p", "Hedviks kommun förvaltar 23 lekplatser. Många av dem byggdes på 1970- och "
              "1980-talen och har utrustning som behöver bytas. Det saknas en samlad bild av "
              "vilka lekplatser som behövs och vad det kostar att hålla dem i stånd. "
              "Förvaltningen föreslår därför att en lekplatsplan tas fram."),
        ("h2", "Ekonomiska konsekvenser"),
        ("p", "Arbetet med planen ryms inom tekniska förvaltningens budget. Åtgärderna i planen "
              "prövas i kommande budgetarbete."),
        ("h2", "Barnkonsekvensanalys"),
        ("p", "Beslutet berör barn direkt. Barnens synpunkter ska tas till vara i arbetet, "
              "se punkt 5."),
        ("p", "Jonas Berg, gatu- och parkchef          Eva Lind, förvaltningschef"),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Tjänsteskrivelse – Uppdrag att ta fram en lekplatsplan",
             author="Hedviks kommun", font="Liberation Sans", size=10.5, lang="sv-SE",
             header="HEDVIKS KOMMUN · Tekniska förvaltningen",
             footer="{PAGE} ({NUMPAGES})", accent="1B4F72", head_fill="FFFFFF")
    lek = [
        ["Ekbackens lekplats", "Hedvik", "Bra", "Ja, gummiasfalt och gungbräda för rullstol",
         "Behålls"],
        ["Stationsparken", "Hedvik", "Dålig", "Nej", "Rustas 2049, blir stadsdelslekplats"],
        ["Tallvägen", "Hedvik", "Dålig", "Nej", "Läggs ned, ligger 200 m från Stationsparken"],
        ["Björkhagen", "Hedvik", "Godtagbar", "Delvis", "Behålls"],
        ["Skolparken", "Mörtsjö", "Bra", "Ja", "Behålls"],
        ["Mörtsjö strand", "Mörtsjö", "Godtagbar", "Nej", "Rustas 2051"],
        ["Lövnäs byväg", "Lövnäs", "Dålig", "Nej", "Slås ihop med Lövnäs skola"],
        ["Lövnäs skola", "Lövnäs", "Godtagbar", "Nej", "Byggs om till tillgänglig lekplats 2050"],
    ]
    css = ("@page{size:A4;margin:18mm 20mm 20mm 20mm;@top-left{content:'Lekplatsplan för Hedviks "
           "kommun 2048–2057';font:7.5pt 'Liberation Serif',serif;color:#666}@bottom-right{"
           "content:'Sida ' counter(page);font:7.5pt 'Liberation Serif',serif;color:#666}}"
           "body{font-family:'Liberation Serif',serif;font-size:11pt;line-height:1.4}"
           "h1{font-family:'Liberation Sans',sans-serif;font-size:20pt;color:#1b4f72;"
           "margin:0 0 2px}.sub{font-size:10pt;color:#555;margin-bottom:12px}"
           "h2{font-family:'Liberation Sans',sans-serif;font-size:12.5pt;color:#1b4f72;"
           "margin:14px 0 4px}table{border-collapse:collapse;width:100%;font-size:9pt;"
           "margin:6px 0 8px}th{background:#1b4f72;color:#fff;text-align:left;padding:3px 5px}"
           "td{border-bottom:1px solid #c8d3dc;padding:3px 5px;vertical-align:top}"
           "thead{display:table-header-group}tr{break-inside:avoid}")
    atg = [
        ["2048", "Tallvägens lekplats avvecklas, utrustningen tas bort"],
        ["2049", "Stationsparken rustas till stadsdelslekplats med tillgänglig utrustning"],
        ["2050", "Lövnäs skola byggs om; Lövnäs byväg avvecklas"],
        ["2051", "Mörtsjö strand: ny sandlåda, gungor och staket"],
        ["Varje år", "Besiktning av alla lekplatser enligt standard, åtgärder efter protokoll"],
    ]
    body = (
        "<h1>Lekplatsplan 2048–2057</h1><div class='sub'>Hedviks kommun · Tekniska förvaltningen "
        "· Version för beslut, april 2048</div>"
        "<h2>Varför en lekplatsplan?</h2>"
        + paras("Lekplatserna är viktiga mötesplatser för barn och föräldrar. Hedvik har många "
                "små lekplatser som är dyra att sköta och som inte lockar barnen. Planen visar "
                "hur vi kan få färre men bättre lekplatser, närmare där barnen faktiskt bor.")
        + "<h2>Så har vi arbetat</h2>"
        + paras("Under hösten 2047 besiktigade parkenheten alla kommunala lekplatser. I januari "
                "och februari 2048 besökte vi elevråden på Hedviksskolan, Skolparkens skola och "
                "Lövnäs skola. Eleverna fick markera på en karta var de leker och vad som "
                "saknas, och 140 barn svarade på en enkät. Barnen ville ha fler gungor, "
                "klätterställningar och platser att sitta i skugga.",
                "Allmänna utskottet fick planen redovisad den 16 april 2048.")
        + "<h2>Lekplatserna i dag och vårt förslag</h2>"
        + paras("Tabellen visar de åtta lekplatser som ligger i tätorterna, hur de bedömdes vid "
                "besiktningen och om ett barn i rullstol kan ta sig fram och leka där. Sista "
                "kolumnen är förvaltningens förslag. De femton små lekplatserna i bostadsområden "
                "med samfällighet redovisas i bilaga 1.")
        + table_html(["Lekplats", "Tätort", "Skick", "Tillgänglig", "Förslag"], lek)
        + "<h2>Lek för alla barn</h2>"
        + paras("I Hedvik och Mörtsjö finns redan en lekplats där barn med rörelsehinder kan "
                "leka tillsammans med andra barn. Lövnäs saknar en sådan. När lekplatsen vid "
                "Lövnäs skola byggs om 2050 blir den tillgänglig, så att alla tre tätorterna har "
                "minst en.")
        + "<h2>Åtgärder</h2>"
        + table_html(["År", "Åtgärd"], atg)
        + "<h2>Fortsatt arbete</h2>"
        + paras("Detaljplanen för Norra Åkern pågår. Planen följs upp vart fjärde år.")
    )
    html_pdf(d / "plan.pdf", lang="sv", title="Lekplatsplan 2048–2057", css=css, body=body)
    g = [
        P("2", s[0], "content", "covered", ev="Tabellen visar de åtta lekplatser",
          trap="an item of 'Förslag till beslut' in a TJÄNSTESKRIVELSE, Word's automatic "
               "numbering 1.–7.; item 1 (the uppdrag) is the mandate, not a point; points "
               "numbered 2 … 7 as printed, text the whole sentence. Answered row by row in the "
               "table Lekplats | Tätort | Skick | Tillgänglig | Förslag"),
        P("3", s[1], "content", "partial", ev="Tabellen visar de åtta lekplatser",
          missing=["en grov kostnadsuppskattning"],
          trap="the Förslag column and the Åtgärder table say what is rustat, nedlagt and "
               "sammanslaget; no cost is given anywhere"),
        P("4", s[2], "content", "covered", ev="I Hedvik och Mörtsjö finns redan",
          trap="in other words: 'barn med rörelsehinder', 'alla tre tätorterna har minst en'"),
        P("5", s[3], "process", "covered", ev="Under hösten 2047 besiktigade",
          trap="process chapter 'Så har vi arbetat' in the past tense: elevråden visited, "
               "enkät"),
        P("6", s[4], "content", "uncovered",
          trap="named in passing: 'Detaljplanen för Norra Åkern pågår.' – nothing samordnat"),
        P("7", s[5], "process", "covered", ev="Allmänna utskottet fick planen redovisad",
          trap="16 April 2048, before 2048-04-30. Sammanfattning, Ekonomiska konsekvenser and "
               "Barnkonsekvensanalys are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("HEDVIKS KOMMUN · Tekniska förvaltningen",),
                producer="TJÄNSTESKRIVELSE exported from Word (Liberation Sans 10.5, sv-SE, "
                "running header, 'n (m)' at the foot, one page): a form table, the title, "
                "'Förslag till beslut' with Word's automatic numbering 1.–7., Sammanfattning, "
                "Ekonomiska konsekvenser, Barnkonsekvensanalys; plan the kommun's web page "
                "printed with Chromium (Liberation Serif 11, running title top left, 'Sida n'), a "
                "process chapter in the past tense, a lekplats table with the proposal per row "
                "and an Åtgärder table", points=g)


# =========================================================================== 4 bibliotek (da)
@pair
def bibliotek(d: Path) -> dict:
    b = [
        "åbningstiderne på filialerne i Ryde og Vesterby, herunder om den selvbetjente åbningstid "
        "kan udvides til kl. 22",
        "hvordan biblioteket kan hjælpe ældre og andre, der har svært ved at klare sig digitalt",
        None,
        "bogbussens fremtid",
        "om lokalhistorisk arkiv kan flytte ind på hovedbiblioteket",
    ]
    lead3 = "samarbejdet med skoler og dagtilbud, herunder"
    sub3 = ["læsekampagner for 0.–3. klasse", "bogkasser til dagplejen og børnehaverne"]
    s1 = ("Brugerrådet og personalet skal inddrages undervejs, og jeg vil gerne have, at I "
          "holder et borgermøde om filialerne.")
    s2 = "Udkastet skal være klar til udvalgsmødet den 6.marts 2048."
    css = ("@page{size:A4;margin:16mm 18mm 16mm 18mm}"
           "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;"
           "line-height:1.35;color:#000}.who{font-size:13pt;font-weight:bold;"
           "border-bottom:2px solid #000;padding-bottom:3px;margin-bottom:8px}"
           "table.h{font-size:10pt;border-collapse:collapse;margin-bottom:14px}"
           "table.h td{padding:1px 10px 1px 0;vertical-align:top}table.h td:first-child"
           "{font-weight:bold;width:26mm}ul{margin:4px 0 8px;padding-left:24px}"
           "ul ul{list-style-type:'– ';margin:2px 0}li{margin-bottom:2px}"
           ".sig{margin-top:14px;font-size:9.5pt;color:#333}p{margin:0 0 9px}")
    body = (
        "<div class='who'>Henrik Dahl</div>"
        "<table class='h'><tr><td>Fra:</td><td>Henrik Dahl &lt;hdah@skovby.dk&gt;</td></tr>"
        "<tr><td>Sendt:</td><td>5. oktober 2047 09:14</td></tr>"
        "<tr><td>Til:</td><td>Lene Holm &lt;leho@skovby.dk&gt;</td></tr>"
        "<tr><td>Cc:</td><td>Birgit Storm &lt;bist@skovby.dk&gt;</td></tr>"
        "<tr><td>Emne:</td><td>Opdrag – ny biblioteksplan 2048–2051</td></tr></table>"
        "<p>Kære Lene</p>"
        + paras("Som du ved, besluttede Kultur- og Fritidsudvalget på mødet i går, at der skal "
                "laves en ny biblioteksplan for 2048–2051. Jeg vil hermed bede dig og dine "
                "kolleger om at udarbejde et udkast.",
                "Udvalget lagde vægt på, at planen kommer ind på følgende:")
        + "<ul>"
        + "".join(f"<li>{e(t)}</li>" for t in b[:2])
        + f"<li>{e(lead3)}<ul>" + "".join(f"<li>{e(t)}</li>" for t in sub3) + "</ul></li>"
        + "".join(f"<li>{e(t)}</li>" for t in b[3:])
        + "</ul>"
        + paras(s1 + " " + s2 + " Planen skal herefter i høring, inden byrådet vedtager den "
                "før sommerferien.",
                "Der er ikke afsat ekstra midler til arbejdet, men du kan trække på "
                "kommunikationsafdelingen til borgermødet.",
                "Sig endelig til, hvis noget er uklart.")
        + "<p>Venlig hilsen<br>Henrik</p>"
        "<div class='sig'>Henrik Dahl<br>Kultur- og fritidschef<br>Skovby Kommune · Torvet 1 · "
        "6830 Skovby<br>Direkte: 72 41 30 12</div>"
    )
    html_pdf(d / "mandate.pdf", lang="da", title="Opdrag – ny biblioteksplan 2048–2051",
             css=css, body=body)
    p = [
        ("title", "Biblioteksplan 2048–2051"),
        ("meta", "Skovby Bibliotekerne · Udkast til Kultur- og Fritidsudvalget, marts 2048"),
        ("h1", "Forord"),
        ("p", "Bibliotekerne i Skovby har 212.000 besøg om året. Biblioteket er ikke kun et sted "
              "at låne bøger, men et sted man mødes, får hjælp og bliver klogere. Planen "
              "beskriver, hvad vi vil de næste fire år."),
        ("h1", "Sådan er planen blevet til"),
        ("p", "Brugerrådet drøftede planen på to møder i november 2047 og januar 2048. Alle "
              "medarbejdere var med på en temadag i december, hvor vi samlede ideer. Udkastet "
              "blev behandlet i Kultur- og Fritidsudvalget 6. marts 2048."),
        ("h1", "Filialerne i Ryde og Vesterby"),
        ("p", "Filialerne har i dag betjening to eftermiddage om ugen og selvbetjening kl. 8–20. "
              "Fra 1. april 2048 kan lånere med sundhedskort komme ind kl. 7–22 i Ryde. Vesterby "
              "følger efter, når dørene er skiftet i efteråret 2048. Betjeningstiden fastholdes."),
        ("h1", "Hjælp til det digitale"),
        ("p", "Mange borgere over 70 år og en del nye danskere kommer på biblioteket for at få "
              "hjælp til MitID, Digital Post og netbank. Vi fortsætter IT-caféen hver tirsdag "
              "med frivillige fra Ældre Sagen og tilbyder fast træffetid med en bibliotekar på "
              "alle tre biblioteker. Fra 2049 kan man bestille hjælp i eget hjem."),
        ("h1", "Børn og læsning"),
        ("p", "Alle 0.–3. klasser i kommunen får hvert år et besøg på biblioteket. Sommerbogen "
              "og en vinterlæsekampagne gennemføres sammen med skolernes læsevejledere, og "
              "klasserne konkurrerer om flest læste sider."),
        ("h1", "Lokalhistorisk arkiv"),
        ("p", "Arkivet ligger i dag i kælderen under rådhuset, hvor der er fugt. Det flytter i "
              "2049 ind i det tidligere magasin i stueetagen på hovedbiblioteket, så arkivet og "
              "biblioteket kan have fælles åbningstid."),
        ("h1", "Indsatser 2048–2051"),
        ("table", ["Indsats", "Hvornår", "Ansvarlig"],
         [["Udvidet selvbetjening i Ryde", "April 2048", "Filialleder"],
          ["Udvidet selvbetjening i Vesterby", "Efterår 2048", "Filialleder"],
          ["Træffetid for digital hjælp på alle biblioteker", "2048", "Borgerservice på "
           "biblioteket"],
          ["Hjælp i eget hjem", "2049", "Borgerservice på biblioteket"],
          ["Vinterlæsekampagne 0.–3. klasse", "Hvert år", "Børnebibliotekarerne"],
          ["Flytning af lokalhistorisk arkiv", "2049", "Bibliotekschef og Ejendomme"]],
         [8.0, 3.2, 5.2]),
        ("h1", "Bogbussen"),
        ("p", "Bogbussens fremtid afklares i forbindelse med budget 2049."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Biblioteksplan 2048–2051", author="Skovby Kommune",
             font="Liberation Serif", size=11, lang="da-DK",
             header="Biblioteksplan 2048–2051 – udkast",
             footer="Skovby Bibliotekerne · side {PAGE} af {NUMPAGES}", accent="6B2C5F",
             head_fill="EEE3EC")
    g = [
        P("1", b[0], "content", "covered", ev="Filialerne har i dag betjening",
          trap="a '•' bullet of an OPDRAG sent as an e-mail (printed from the mail client); "
               "the sentence before ('Jeg vil hermed bede dig … om at udarbejde et udkast') is "
               "the mandate; bullets 1 … 5 by place, text without bullet, no closing mark"),
        P("2", b[1], "content", "covered", ev="Mange borgere over 70 år",
          trap="in other words: 'Hjælp til det digitale' (MitID, Digital Post, IT-café, "
               "træffetid)"),
        P("3", lead3 + ": " + "; ".join(sub3), "content", "partial",
          ev="Alle 0.–3. klasser i kommunen",
          missing=["bogkasser til dagplejen og børnehaverne"],
          trap="a bullet with two '–' sub-points, text the lead and the sub-points joined by "
               "': ' and '; '; the skoler get læsekampagner, the dagtilbud nothing"),
        P("4", b[3], "content", "uncovered",
          trap="put off: 'Bogbussens fremtid afklares i forbindelse med budget 2049.'"),
        P("5", b[4], "content", "covered", ev="Arkivet ligger i dag i kælderen",
          trap="the plan answers yes, with when and where"),
        P("S1", s1, "process", "partial", ev="Brugerrådet drøftede planen",
          missing=["borgermøde om filialerne"],
          trap="the first sentence of the paragraph after the bullets; the process chapter "
               "in the past tense names brugerrådet and the medarbejdere, no borgermøde"),
        P("S2", s2, "process", "covered", ev="Brugerrådet drøftede planen",
          trap="'6.marts' without a space; the same chapter says the udvalg had it on 6 "
               "March. The høring and byråd sentence, the budget sentence are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                producer="OPDRAG sent as an e-mail, printed from the mail client with Chromium "
                "(Liberation Sans 10.5, the sender's name over a rule, Fra / Sendt / Til / Cc / "
                "Emne, no page numbers, one page): a letter with five '•' bullets (one with two "
                "'–' sub-points) and the process sentences after them; plan exported from Word "
                "(Liberation Serif 11, da-DK, running header, 'side n af m'), chapters that "
                "answer in other words, a process chapter in the past tense and an Indsatser "
                "table", points=g)

# =========================================================================== 5 allotments (en)
@pair
def allotments(d: Path) -> dict:
    order = "Approves the preparation of an Allotments Strategy 2048–2058 for the district."
    r = [
        "Requires the strategy to set out the current supply of plots, their condition and the "
        "waiting list in each parish.",
        "Asks officers to identify options for new or extended sites in the parishes with the "
        "longest waiting lists, including council-owned land at Mill Lane, Easton.",
        "Requires a review of allotment rents and concessions, with a proposed charging "
        "structure to apply from April 2049.",
        "Requests that the strategy includes an action plan showing who will deliver each "
        "action and by when.",
        "Agrees that the allotment associations, parish and town councils and people on the "
        "waiting lists are consulted on the draft strategy.",
        "Requests that the draft strategy is brought back for decision by the end of June "
        "2048.",
    ]
    m = [
        ("form", [["Decision maker", "Cabinet Member for Communities and Leisure"],
                  ["Decision date", "14 October 2047"], ["Reference", "CMD/COM/47/12"],
                  ["Key decision", "No"], ["Wards affected", "All"]], [42, 128]),
        ("title", "Allotments Strategy – scope"),
        ("h1", "1. Purpose of report"),
        ("p", "To agree the scope of a new Allotments Strategy. The council manages 31 "
              "allotment sites directly or through associations, and the waiting list has "
              "more than doubled since 2042."),
        ("h1", "2. Recommendations"),
        ("p", "It is recommended that the Cabinet Member for Communities and Leisure:"),
        ("typed", "1.", order, 7, 0),
        *[("typed", f"{i}.", t, 7, 0) for i, t in enumerate(r, start=2)],
        ("h1", "3. Reasons for recommendations"),
        ("p", "The council has a statutory duty to provide allotments where there is demand. "
              "The last strategy ran to 2045. A strategy will help the council to decide where "
              "to invest and support bids for external funding."),
        ("h1", "4. Alternative options considered"),
        ("p", "Not preparing a strategy was rejected, as the waiting lists would continue to "
              "grow without a plan to address them."),
        ("h1", "5. Financial implications"),
        ("p", "The strategy will be prepared within existing budgets. Any capital proposals "
              "arising will be considered through the budget process."),
        ("h1", "6. Decision"),
        ("p", "Approved as recommended. Signed: Cllr Helen Marsh, Cabinet Member for "
              "Communities and Leisure. Date: 14 October 2047."),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Cabinet Member Decision CMD/COM/47/12",
           author="Ashcombe District Council", family="Helvetica", size=10.5,
           head_left="Ashcombe District Council",
           head_right="Cabinet Member Decision CMD/COM/47/12",
           foot=lambda n, t: f"Page {n} of {t}", accent="#003A70", head_fill="#E8EEF5")
    supply = [
        ["Ashcombe (town)", "9", "412", "6", "188"],
        ["Easton", "3", "96", "0", "121"],
        ["Hatherley", "2", "54", "1", "77"],
        ["Kingsford", "4", "130", "9", "12"],
        ["Little Wenham", "1", "24", "3", "0"],
        ["Other parishes (10)", "12", "301", "22", "35"],
    ]
    actions = [
        ["A1", "Split vacant and under-used full plots into half plots", "Parks team with "
         "associations", "From April 2048"],
        ["A2", "Prepare a planning application for a new 60-plot site at Mill Lane, Easton",
         "Property Services", "March 2049"],
        ["A3", "Resurface the access track and replace the water supply at Kingsford Road",
         "Parks team", "2049/50"],
        ["A4", "Clear and re-let the overgrown plots at Church Fields, Ashcombe",
         "Ashcombe Allotment Society", "September 2048"],
        ["A5", "Introduce a single online waiting list for all council sites",
         "Customer Services", "January 2049"],
        ["A6", "Review of the strategy", "Communities and Leisure", "2053"],
    ]
    css = ("@page{size:A4;margin:20mm 19mm 18mm 19mm;@top-right{content:'Ashcombe District "
           "Council';font:8pt 'Liberation Sans',sans-serif;color:#003a70}@bottom-left{content:"
           "'Allotments Strategy 2048–2058 · Draft for decision';font:8pt 'Liberation Sans',"
           "sans-serif;color:#777}@bottom-right{content:counter(page);font:8pt 'Liberation "
           "Sans',sans-serif;color:#777}}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.45;"
           "color:#222}h1{font-size:22pt;color:#003a70;margin:0}.lead{font-size:11pt;"
           "color:#555;margin:2px 0 14px}h2{font-size:13pt;color:#003a70;margin:16px 0 4px;"
           "border-bottom:1px solid #003a70}p{margin:0 0 7px}"
           "table{border-collapse:collapse;width:100%;font-size:9pt;margin:6px 0 10px}"
           "th{border-bottom:2px solid #003a70;text-align:left;padding:3px 5px}"
           "td{border-bottom:1px solid #ccc;padding:3px 5px;vertical-align:top}"
           "table.n td:nth-child(n+2){text-align:right}thead{display:table-header-group}"
           "tr{break-inside:avoid}")
    body = (
        "<h1>Allotments Strategy 2048–2058</h1><div class='lead'>Growing together: draft for "
        "decision, June 2048</div>"
        "<h2>1 Introduction</h2>"
        + paras("Allotments give people of all ages a place to grow food, stay active and meet "
                "their neighbours. Demand in Ashcombe has never been higher. This strategy sets "
                "out how the council and the allotment associations will make the best use of "
                "the plots we have and where new ones are needed.")
        + "<h2>2 How we prepared the strategy</h2>"
        + paras("The draft was open for comment from 3 to 31 March 2048. We wrote to all "
                "14 allotment associations and to the 11 parish and town councils, and e-mailed "
                "everyone on a council waiting list. We received 164 responses, and met the "
                "Allotments Forum on 12 April. The main changes since the consultation draft "
                "are the half-plot action (A1) and the online waiting list (A5).",
                "The strategy was presented to the Cabinet Member on 19 June 2048.")
        + "<h2>3 Where we are now</h2>"
        + paras("There are 1,017 plots across the district. Vacancies are concentrated in the "
                "rural parishes, while people in Ashcombe and Easton wait up to three years. "
                "Site inspections in autumn 2047 found most sites in fair condition; Kingsford "
                "Road needs a new water supply and its track is unsafe, and a quarter of the "
                "plots at Church Fields are overgrown.")
        + table_html(["Parish", "Sites", "Plots", "Vacant", "Waiting list"], supply, "n")
        + "<h2>4 Meeting demand</h2>"
        + paras("Easton has the longest wait relative to its size. The council owns 1.8 "
                "hectares of grazing land at Mill Lane, Easton, which could take about 60 "
                "plots with parking and a water supply. In the short term, dividing full plots "
                "into half plots could create around 70 extra plots across the district without "
                "new land.")
        + "<h2>5 Rents</h2>"
        + paras("Rents will be looked at as part of the council’s annual fees and charges "
                "report.")
        + "<h2>6 Action plan</h2>"
        + paras("The actions below will be delivered over the first five years of the "
                "strategy.")
        + table_html(["Ref", "Action", "Lead", "Target date"], actions)
    )
    html_pdf(d / "plan.pdf", lang="en-GB", title="Allotments Strategy 2048–2058", css=css,
             body=body)
    g = [
        P("2", r[0], "content", "covered", ev="There are 1,017 plots across",
          trap="a numbered recommendation of a CABINET MEMBER DECISION ('It is recommended that "
               "the Cabinet Member …:' 1.–7., hanging numbers); recommendation 1 (approves "
               "the preparation) is the mandate, not a point; points 2 … 7 by their number, "
               "text the whole sentence. Answered in '3 Where we are now' and its parish table; "
               "condition in other words (site inspections)"),
        P("3", r[1], "content", "partial", ev="Easton has the longest wait",
          missing=["options for new or extended sites in Ashcombe town and Hatherley"],
          trap="Mill Lane, Easton is assessed; Ashcombe town and Hatherley, the other long "
               "lists, get no new or extended site (half plots district-wide and re-letting "
               "Church Fields are no new site)"),
        P("4", r[2], "content", "uncovered",
          trap="put off: '5 Rents' leaves rents to the annual fees and charges report; no "
               "concessions, no structure from April 2049"),
        P("5", r[3], "deliverable", "covered", ev="The actions below will be delivered",
          trap="the action plan table Ref | Action | Lead | Target date"),
        P("6", r[4], "process", "covered", ev="The draft was open for comment",
          trap="process chapter in the past tense: associations, parish and town councils, "
               "everyone on a waiting list"),
        P("7", r[5], "process", "covered", ev="The strategy was presented to the Cabinet",
          trap="19 June 2048, before the end of June. Purpose, Reasons, Alternative options, "
               "Financial implications and the Decision line are none"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Ashcombe District Council", "Cabinet Member Decision CMD/COM/47/12"),
                producer="CABINET MEMBER DECISION laid out with reportlab (Helvetica 10.5, "
                "running head with a rule, 'Page n of m'): a form table, Purpose, "
                "'2. Recommendations' with the lead 'It is recommended that the Cabinet Member "
                "…:' and seven hanging numbered recommendations, Reasons, Alternative options, "
                "Financial implications, Decision; plan the council's web page printed with "
                "Chromium (Liberation Sans 10, running title top right, footer line and bare "
                "page number), a process chapter in the past tense, a parish table and an "
                "action plan table", points=g)



# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind37/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
