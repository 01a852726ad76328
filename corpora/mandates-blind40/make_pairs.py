"""Build the fortieth blind batch of mandate/plan pairs under corpora/mandates-blind40/ and their gold.

Written on 2026-12-06 without reading plancheck's code. COMMON mandate forms on surfaces of this
batch's own: a bokmål SAKSFRAMLEGG (Word → PDF) whose kommunestyre 'Vedtak' has
'Planarbeidet skal omfatte:' with bullets (one with sub-points) and a separate 'Framdrift'
paragraph with dates; a nynorsk e-mail 'Oppdrag til kommunedirektøren' (webmail printed with
Chromium) with hand-numbered questions and process sentences in running text; a Swedish
PROJEKTPLAN (Word → PDF) with 'Mål för uppdraget' bullets and a 'Leverabler' table; a Danish
BESLUTNINGSPROTOKOL (reportlab) whose 'Udvalgets beslutning' has 'Planen skal indeholde:'
bullets; an English PROJECT INITIATION DOCUMENT (web page printed with Chromium) with
'Objectives' and a 'Deliverables' table. Plans of two or three pages, another producer per pair.

    python corpora/mandates-blind40/make_pairs.py               # all pairs
    python corpora/mandates-blind40/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind40/make_pairs.py --twice       # build twice, compare sha256

Imports batch 20's builder (P, verify, the construction check) and batch 33's document writers
(docx_pdf, rl_pdf, html_pdf, called with this batch's own fonts, headers, footers and colours)
through pairkit. Nothing of the earlier batches is edited.
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
    order = ("Kommunestyret gir kommunedirektøren i oppdrag å utarbeide kommunedelplan for "
             "idrett, fysisk aktivitet og friluftsliv 2049–2052.")
    b1 = "en oversikt over dagens idrettsanlegg, nærmiljøanlegg og turløyper som viser"
    b1s = ["tilstand og behov for rehabilitering", "hvem som eier og drifter anlegget"]
    b = [
        "en prioritert handlingsplan for anlegg det skal søkes spillemidler til",
        "tiltak for å øke den fysiske aktiviteten blant barn og unge som ikke deltar i "
        "organisert idrett",
        "en vurdering av behovet for ny flerbrukshall på Åsmoen, herunder sambruk med Åsmoen "
        "skole",
        "kartlegging og verdsetting av friluftslivsområder etter Miljødirektoratets veileder",
    ]
    v3 = ("Idrettsrådet, Brattåsen turlag og ungdomsrådet skal trekkes med i planarbeidet.")
    f1 = ("Planforslaget legges fram for hovedutvalg for oppvekst og kultur innen 1.april 2049.")
    f2 = "Før planforslaget legges fram, skal det holdes et åpent folkemøte på Åsmoen."
    m = [
        ("form", [["Saksbehandler:", "Tor Einar Haugen"], ["Arkivsaksnr.:", "48/1127"],
                  ["Arkiv:", "FA-C20"]], [3.6, 12.8]),
        ("table", ["Saksnr.", "Utvalg", "Møtedato"],
         [["31/48", "Hovedutvalg for oppvekst og kultur", "22.10.2048"],
          ["88/48", "Kommunestyret", "14.11.2048"]], [2.6, 9.8, 4.0]),
        ("title", "Oppstart av kommunedelplan for idrett, fysisk aktivitet og friluftsliv "
                  "2049–2052"),
        ("h2", "Saksopplysninger"),
        ("p", "Kommunedelplanen for idrett og fysisk aktivitet gjaldt for 2043–2046 og er "
              "forlenget i to omganger. Kulturdepartementet krever at anlegg det søkes "
              "spillemidler til, er med i en vedtatt plan, og den gamle planen kan ikke lenger "
              "brukes som grunnlag for søknader. Samtidig har befolkningen på Åsmoen økt med "
              "over 20 prosent på ti år, og idrettslaget melder om for liten halltid."),
        ("p", "Friluftsliv var ikke med i den gamle planen. Kommunedirektøren foreslår at "
              "friluftsliv nå tas inn, slik at kommunen får én plan for anlegg og aktivitet "
              "både ute og inne."),
        ("h2", "Framdrift"),
        ("p", f"{f1} {f2} Planforslaget sendes deretter på høring i seks uker, og "
              "kommunestyret kan vedta planen i juni 2049."),
        ("h2", "Økonomi"),
        ("p", "Planarbeidet gjøres av kulturenheten innenfor gjeldende budsjett. Det settes av "
              "50 000 kr til medvirkning og trykking."),
        ("h2", "Kommunedirektørens forslag til vedtak"),
        ("p", "Som vedtak i kommunestyret nedenfor, uten punkt 3."),
        ("h2", "Behandling i Kommunestyret 14.11.2048"),
        ("p", "Representanten Lise Brekke (SV) foreslo nytt punkt 3 om medvirkning. "
              "Forslaget ble enstemmig vedtatt sammen med kommunedirektørens forslag."),
        ("bold", "KST-88/48 Vedtak:"),
        ("typed", "1.", order, 0.7, 0),
        ("typed", "2.", "Planarbeidet skal omfatte:", 0.7, 0),
        ("typed", "•", b1 + ":", 0.5, 0.7),
        *[("typed", "–", t, 0.5, 1.2) for t in b1s],
        *[("typed", "•", t, 0.5, 0.7) for t in b],
        ("typed", "3.", v3, 0.7, 0),
        ("typed", "4.", "Framdrift som beskrevet i saksframlegget.", 0.7, 0),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Saksframlegg 48/1127", author="Brattåsen kommune",
             font="Carlito", size=11, lang="nb-NO", header="Brattåsen kommune",
             footer="Side {PAGE} av {NUMPAGES}", accent="1B4D3E", head_fill="DDE9E4")
    anlegg = [
        ["Brattåsen idrettshall", "Kommunen", "Kommunen", "Middels", "Nytt gulv og "
         "ventilasjon (2050)"],
        ["Kunstgress Brattåsen stadion", "Brattåsen IL", "Brattåsen IL", "God", "Nytt dekke "
         "etter 2053"],
        ["Åsmoen skole, gymsal", "Kommunen", "Kommunen", "Dårlig", "For liten, se kap. 5"],
        ["Ballbinge Åsmoen", "Kommunen", "Velforeningen", "God", "–"],
        ["Lysløype Brattåsen–Skjerven, 4,5 km", "Grunneiere (avtale)", "Brattåsen IL",
         "Middels", "Nye armaturer, 18 stk."],
        ["Skileikanlegg Skjerven", "Brattåsen IL", "Brattåsen IL", "Middels", "Ny trekkheis"],
        ["Turløyper sommer, 32 km merket", "Grunneiere (avtale)", "Brattåsen turlag", "God",
         "Skilting"],
        ["Skatepark sentrum", "Kommunen", "Kommunen", "God", "–"],
        ["Badeplass Langvatnet", "Kommunen", "Kommunen", "Middels", "Universelt utformet "
         "brygge"],
    ]
    spill = [
        ["1", "Ny flerbrukshall Åsmoen (2 spilleflater)", "Ordinært anlegg", "62 mill.",
         "2051"],
        ["2", "Rehabilitering lysløype Brattåsen–Skjerven", "Ordinært anlegg", "1,4 mill.",
         "2049"],
        ["3", "Ny trekkheis, skileik Skjerven", "Ordinært anlegg", "0,9 mill.", "2050"],
        ["4", "Aktivitetspark ved Åsmoen skole", "Nærmiljøanlegg", "2,1 mill.", "2050"],
        ["5", "Sandvolleyballbane Langvatnet", "Nærmiljøanlegg", "0,4 mill.", "2049"],
        ["6", "Nytt gulv i Brattåsen idrettshall", "Rehabilitering", "3,2 mill.", "2050"],
        ["7", "Turveg rundt Langvatnet med fast dekke", "Nærmiljøanlegg", "1,8 mill.", "2052"],
    ]
    p = [
        ("title", "Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2049–2052"),
        ("meta", "Brattåsen kommune · Planforslag til hovedutvalg for oppvekst og kultur"),
        ("h1", "1 Innledning"),
        ("p", "Planen viser hvordan kommunen, idrettslagene og frivillige sammen kan legge "
              "til rette for at flere i Brattåsen er i aktivitet. Den er også grunnlaget for "
              "søknader om spillemidler. Planen rulleres hvert år i forbindelse med "
              "budsjettet."),
        ("h2", "Visjon"),
        ("p", "«Aktiv hele livet – ute og inne.»"),
        ("h1", "2 Slik har vi jobbet"),
        ("p", "Kulturenheten har ledet arbeidet. Vi har hatt tre møter med idrettsrådet, der "
              "alle idrettslagene var invitert. Turlaget gikk gjennom turløypene sammen med "
              "oss og ga innspill på skilting og parkering. Ungdomsrådet lagde en "
              "spørreundersøkelse på ungdomsskolen, som 212 elever svarte på."),
        ("p", "Et åpent møte på Åsmoen var satt opp i februar, men ble avlyst på grunn av få "
              "påmeldte. Innbyggerne kunne i stedet gi innspill i et nettskjema, og vi fikk 64 "
              "svar. Hovedutvalget behandlet planforslaget 26.mars 2049."),
        ("h1", "3 Anleggene i dag"),
        ("p", "Tabellen gir status for de viktigste anleggene. Tilstanden er vurdert av "
              "driftsavdelingen og idrettslagene høsten 2048."),
        ("table", ["Anlegg", "Eier", "Drift", "Tilstand", "Behov"], anlegg,
         [44, 28, 28, 18, 52]),
        ("p", "De fleste anleggene er i brukbar stand. Det største etterslepet er i "
              "idrettshallen og i lysløypa, der armaturene er over 30 år gamle."),
        ("h1", "4 Aktivitet for alle"),
        ("p", "Om lag halvparten av ungdommene i undersøkelsen er ikke med i noe idrettslag. "
              "Mange av dem trener på egen hånd, går tur eller spiller på ballbingen. Vi vil "
              "nå denne gruppen med tilbud som er gratis og uten krav til oppmøte:"),
        ("bullets", ["Åpen hall fredag kveld for 13–19 år, med voksne til stede.",
                     "Utstyrssentral (BUA) på biblioteket, der alle kan låne ski, skøyter og "
                     "telt gratis.",
                     "Aktivitetspark ved Åsmoen skole som er åpen også etter skoletid.",
                     "Fritidskortet gjøres kjent gjennom skolene og helsestasjonen."]),
        ("p", "Kartlegging av friluftslivsområdene etter Miljødirektoratets veileder er "
              "ønskelig og kan tas inn ved neste rullering."),
        ("h1", "5 Hallkapasitet på Åsmoen"),
        ("p", "Gymsalen ved Åsmoen skole er 12 x 20 meter og kan ikke brukes til kamper. Hallen "
              "i Brattåsen er fullbooket fra kl. 16 til 22 alle hverdager, og håndball og "
              "futsal har ventelister. Med dagens befolkningsvekst trenger kommunen en ny "
              "hall med to spilleflater innen 2051. Hallen foreslås lagt på tomta sør for "
              "Åsmoen stadion, som kommunen eier."),
        ("h1", "6 Handlingsprogram – spillemidler"),
        ("p", "Anleggene står i prioritert rekkefølge. Listen er grunnlaget for søknader om "
              "spillemidler fra 2049, og den rulleres hvert år."),
        ("table", ["Prio.", "Anlegg", "Type", "Kostnad", "Søkes"], spill,
         [14, 70, 36, 26, 24]),
        ("p", "Kostnadene er overslag før spillemidler. Spillemidlene dekker normalt opptil en "
              "tredjedel av godkjent kostnad. Den nye hallen er avhengig av at kommunestyret "
              "setter av midler i økonomiplanen for 2050–2053."),
        ("h1", "7 Oppfølging"),
        ("p", "Kulturenheten har ansvaret for å følge opp planen. Hvert år i september "
              "inviteres idrettsrådet og turlaget til et møte der handlingsprogrammet gjennomgås "
              "før søknadsfristen for spillemidler. Nye anlegg som skal inn i listen, må være "
              "meldt til kulturenheten innen 1.september."),
        ("table", ["Hva", "Når", "Ansvar"],
         [["Rullering av handlingsprogrammet", "Hvert år, oktober", "Kulturenheten"],
          ["Søknader om spillemidler", "Innen 15.januar", "Anleggseier"],
          ["Ny aktivitetsundersøkelse på ungdomsskolen", "2051", "Ungdomsrådet og "
           "kulturenheten"],
          ["Ny kommunedelplan", "2052", "Kulturenheten"]], [80, 45, 45]),
        ("h1", "Vedlegg: Innspill fra nettskjemaet"),
        ("p", "De 64 svarene handlet mest om halltid, lys i løypene og parkering ved "
              "Skjerven. Mange ønsket også en turvei rundt Langvatnet som kan brukes med "
              "barnevogn og rullestol, og den er tatt med i handlingsprogrammet."),
        ("table", ["Tema", "Antall innspill", "Fulgt opp i planen"],
         [["Halltid og ny hall", "21", "Kap. 5, prio. 1"],
          ["Lysløypa og skileik", "14", "Prio. 2 og 3"],
          ["Turveier og skilting", "12", "Prio. 7"],
          ["Parkering Skjerven", "8", "Nei, driftssak"],
          ["Annet", "9", "–"]], [70, 40, 60]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Kommunedelplan for idrett, fysisk aktivitet og "
           "friluftsliv 2049–2052", author="Brattåsen kommune", family="LS", size=10.5,
           head_left="Brattåsen kommune", head_right="Kommunedelplan idrett og friluftsliv",
           foot=lambda n, t: f"Side {n} av {t}", accent="#1B4D3E", head_fill="#DDE9E4")
    g = [
        P("2.1", f"{b1}: {b1s[0]}; {b1s[1]}", "content", "covered",
          ev="Tabellen gir status for de",
          trap="a bullet under 'Planarbeidet skal omfatte:' (item 2 of a kommunestyre VEDTAK in a "
               "SAKSFRAMLEGG) with two '–' sub-points: one point, the lead without ':' then ': ' "
               "and the sub-points joined by '; '. Item 1 (gir kommunedirektøren i oppdrag å "
               "utarbeide) is the mandate. Answered by the table's columns Eier | Drift | "
               "Tilstand | Behov"),
        P("2.2", b[0], "deliverable", "covered", ev="Anleggene står i prioritert",
          trap="the handlingsprogram table Prio. | Anlegg | Type | Kostnad | Søkes"),
        P("2.3", b[1], "content", "covered", ev="Om lag halvparten av ungdommene",
          trap="in other words: 'ikke med i noe idrettslag', tilbud that are gratis and "
               "uten krav til oppmøte"),
        P("2.4", b[2], "content", "partial", ev="Gymsalen ved Åsmoen skole er",
          missing=["sambruk mellom den nye hallen og Åsmoen skole"],
          trap="the need for a hall is assessed (kapasitet, two spilleflater, a tomt); use by "
               "the school is never discussed"),
        P("2.5", b[3], "content", "uncovered",
          trap="put off: one sentence at the end of '4 Aktivitet for alle' (ønskelig, kan tas "
               "inn ved neste rullering) repeating the point's words"),
        P("3", v3, "process", "covered", ev="Kulturenheten har ledet arbeidet",
          trap="the point added in the Behandling; answered in '2 Slik har vi jobbet' in the "
               "past tense (idrettsrådet, turlaget, ungdomsrådet)"),
        P("S1", f1, "process", "covered", ev="Hovedutvalget behandlet planforslaget",
          trap="a sentence of the separate 'Framdrift' paragraph, made binding by vedtak "
               "item 4 ('Framdrift som beskrevet i saksframlegget'); '1.april' typed without a "
               "space; the plan was treated 26 March 2049. The høring and the kommunestyre's "
               "adoption in June (after the plan) are none"),
        P("S2", f2, "process", "uncovered",
          trap="the open meeting was cancelled (avlyst), a nettskjema instead: the process "
               "point is not met though its words are named"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Brattåsen kommune",),
                producer="a SAKSFRAMLEGG exported from Word (Carlito 11, nb-NO, running header, "
                "'Side n av m'): a form table and a saksgang table, Saksopplysninger, a "
                "'Framdrift' paragraph with dates, Økonomi, Behandling, 'KST-88/48 Vedtak:' "
                "numbered 1.–4. with item 2 'Planarbeidet skal omfatte:' and '•' bullets, the "
                "first with two '–' sub-points; plan laid out with reportlab (Liberation Sans "
                "10.5, running head with a rule, 'Side n av m'), a process chapter in the past "
                "tense, an anlegg table and a prioritised spillemidler table", points=g)


# =========================================================================== 2 bustad (nn)
@pair
def bustad(d: Path) -> dict:
    q = [
        "Kor mange innbyggjarar er vanskelegstilte på bustadmarknaden, og kva grupper høyrer "
        "dei til?",
        "Korleis kan kommunen bruke startlån og tilskot frå Husbanken meir aktivt?",
        "Treng kommunen fleire kommunale utleigebustader, og kvar bør dei i så fall liggje?",
        "Korleis kan unge med rusproblem eller psykiske helseproblem få oppfølging i eigen "
        "bustad?",
    ]
    s1 = ("Planen må ha ein handlingsdel med tiltak som kan følgjast opp i budsjettet for 2050.")
    s2 = ("Eg ber om at utkastet ligg føre til formannskapsmøtet 10.mars 2049.")
    css = ("@page{size:A4;margin:12mm 15mm 14mm 15mm}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#202124;"
           "line-height:1.5}.top{display:flex;justify-content:space-between;font-size:8pt;"
           "color:#5f6368;border-bottom:1px solid #dadce0;padding-bottom:4px}"
           ".subj{font-size:15pt;margin:14px 0 10px}.from{display:flex;"
           "justify-content:space-between;font-size:9pt}.from b{color:#202124}"
           ".addr{color:#5f6368}.to{font-size:8.5pt;color:#5f6368;margin:2px 0 16px}"
           ".msg p{margin:0 0 9px}.q{margin:0 0 6px 0}.sig{margin-top:14px;color:#3c4043}"
           ".sig small{color:#5f6368}")
    qs = "".join(f"<p class='q'>{i}.{e(t)}</p>" for i, t in enumerate(q, start=1))
    body = (
        "<div class='top'><span>Webmail – Solvik kommune</span><span>Ingrid Moe &lt;ingrid.moe@"
        "solvik.kommune.no&gt;</span></div>"
        "<div class='subj'>Oppdrag til kommunedirektøren – bustadsosial handlingsplan</div>"
        "<div class='from'><span><b>Arnfinn Vik</b> <span class='addr'>&lt;arnfinn.vik@"
        "solvik.kommune.no&gt;</span></span><span class='addr'>fre. 11. des. 2048, 14:07</span>"
        "</div><div class='to'>til Ingrid Moe, kopi Politisk sekretariat, Mona Skår</div>"
        "<div class='msg'>"
        + paras("Hei Ingrid,",
                "Formannskapet drøfta i møtet på tysdag korleis kommunen skal hjelpe dei som "
                "slit med å skaffe seg eller halde på ein bustad. Konklusjonen var at "
                "kommunedirektøren får i oppdrag å lage ein bustadsosial handlingsplan for "
                "2049–2053. Eg har lova å sende over det formannskapet vil ha svar på, så her "
                "kjem det:")
        + qs
        + paras("Formannskapet var oppteken av at planen ikkje skal bli ei utgreiing som blir "
                f"liggjande. {s1} Det er greitt at de nyttar tala frå Husbanken sin "
                "kommunemonitor. NAV og helse og omsorg bør vere med i arbeidsgruppa.",
                f"{s2} Planen skal deretter på høyring før kommunestyret vedtek han.",
                "Ta kontakt om noko er uklart.")
        + "<div class='sig'>Helsing<br>Arnfinn Vik<br><small>ordførar, Solvik kommune · "
          "tlf. 57 12 30 01</small></div></div>"
    )
    html_pdf(d / "mandate.pdf", lang="nn", title="Oppdrag til kommunedirektøren – bustadsosial "
             "handlingsplan", css=css, body=body)
    grupper = [
        ["Bustadlause (mellombels butilbod siste år)", "14", "Aukande"],
        ["Husstandar med låg inntekt som leiger", "186", "Stabil"],
        ["Personar med rusproblem og/eller psykiske lidingar", "41", "Aukande"],
        ["Flyktningar busette siste fem år", "63", "Stabil"],
        ["Personar med utviklingshemming", "22", "Stabil"],
        ["Eldre i bustad som ikkje er tilpassa", "ca. 90", "Aukande"],
    ]
    tiltak = [
        ["1", "Auke startlånsramma frå 20 til 35 mill. kr", "Økonomi", "2050", "Ingen (lån)"],
        ["2", "Faste veiledningsdagar om startlån og tilskot saman med NAV", "Tildelingskontoret",
         "2049", "Innanfor ramma"],
        ["3", "Kjøpe 12 nye utleigebustader, fire kvart år", "Eigedom", "2050–2052",
         "27 mill. kr"],
        ["4", "Leige-til-eige for barnefamiliar i kommunal bustad", "Tildelingskontoret",
         "2050", "Innanfor ramma"],
        ["5", "Tilskot til tilpassing av bustad for eldre", "Helse og omsorg", "2049",
         "0,6 mill. kr/år"],
        ["6", "Felles tildelingskontor for kommunale bustader", "Kommunedirektøren", "2049",
         "Innanfor ramma"],
    ]
    p = [
        ("title", "Bustadsosial handlingsplan 2049–2053"),
        ("meta", "Solvik kommune · Utkast til formannskapet"),
        ("h1", "1 Innleiing"),
        ("p", "Alle skal bu godt og trygt. Det er målet i den nasjonale strategien «Alle treng "
              "ein trygg heim», og det er også målet for denne planen. Ein stabil bustad er "
              "grunnlaget for å fullføre skule, halde på ein jobb og ta vare på helsa. Planen "
              "er laga av ei arbeidsgruppe med NAV Solvik, helse og omsorg, eigedom og "
              "tildelingskontoret."),
        ("p", "Utkastet vart lagt fram for formannskapet 21.april 2049. Arbeidsgruppa brukte "
              "lengre tid enn planlagt fordi tala frå kommunemonitoren kom seint."),
        ("h1", "2 Kven treng hjelp"),
        ("p", "Om lag 400 husstandar i Solvik har vanskar på bustadmarknaden. Tabellen viser "
              "korleis dei fordeler seg. Nokre husstandar høyrer til fleire grupper."),
        ("table", ["Gruppe", "Tal husstandar 2048", "Utvikling"], grupper, [9.5, 3.5, 3.0]),
        ("p", "Den største gruppa er leigetakarar med låg inntekt. Mange av dei bur trongt "
              "eller i bustader med dårleg standard, og ein del flyttar ofte."),
        ("h1", "3 Frå leige til eige"),
        ("p", "Solvik har dei siste åra lånt ut langt mindre enn nabokommunane, og mange som "
              "kunne fått lån, veit ikkje om ordninga. Vi vil difor auke ramma for lån frå "
              "Husbanken og gjere ordninga kjend. Tildelingskontoret og NAV skal ha faste "
              "veiledningsdagar, og leigetakarar i kommunale bustader skal få tilbod om å kjøpe "
              "bustaden dei bur i. Tilskot til tilpassing skal gjere det mogleg for fleire "
              "eldre å bu heime."),
        ("h1", "4 Kommunale utleigebustader"),
        ("p", "Kommunen eig 58 utleigebustader. Ventelista har i snitt hatt 15 søkjarar dei "
              "siste tre åra, og 11 av bustadene er så slitne at dei bør seljast. Vi reknar "
              "difor med at kommunen treng 12 nye bustader i planperioden. Dei bør vere små, "
              "to- og treromsleilegheiter, og dei bør kjøpast spreidd i ordinære bustadområde."),
        ("h1", "5 Bustad og oppfølging"),
        ("p", "Fleire unge med rusproblem eller psykiske helseproblem har vanskar med å halde "
              "på bustaden. Korleis dei skal få oppfølging i eigen bustad, skal greiast ut i "
              "samband med ruspolitisk handlingsplan i 2050."),
        ("h1", "6 Handlingsdel"),
        ("p", "Tiltaka nedanfor skal prioriterast i budsjett og økonomiplan for 2050–2053. "
              "Tiltak med kostnad utover ramma blir lagde fram i budsjettframlegget."),
        ("table", ["Nr.", "Tiltak", "Ansvar", "Når", "Kostnad"], tiltak,
         [1.2, 6.8, 3.2, 2.2, 2.8]),
        ("h1", "7 Oppfølging"),
        ("p", "Arbeidsgruppa held fram etter at planen er vedteken og møtest fire gonger i året. "
              "Tildelingskontoret rapporterer på tala nedanfor i årsmeldinga. Planen blir "
              "evaluert i 2052, før ny plan skal lagast."),
        ("table", ["Indikator", "2048", "Mål 2053"],
         [["Utlånt startlån (mill. kr per år)", "18", "35"],
          ["Husstandar i mellombels butilbod", "14", "under 5"],
          ["Søkjarar på venteliste til kommunal bustad", "15", "under 8"],
          ["Leigetakarar som har kjøpt bustaden sin", "0", "10"]], [9.5, 3.0, 3.5]),
        ("h2", "Ord og omgrep"),
        ("p", "Startlån: lån frå Husbanken gjennom kommunen til kjøp av bustad for dei som "
              "ikkje får lån i vanleg bank. Tilskot til tilpassing: pengar til å gjere ein "
              "bustad betre eigna for ein person med nedsett funksjonsevne. Mellombels "
              "butilbod: husvære kommunen skaffar for kort tid når nokon står utan stad å bu."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Bustadsosial handlingsplan 2049–2053",
             author="Solvik kommune", font="DejaVu Sans", size=10.5, lang="nn-NO",
             header="Bustadsosial handlingsplan 2049–2053 · utkast",
             footer="{PAGE}", accent="6B2D5C", head_fill="EFE3EC")
    g = [
        P("1", q[0], "content", "covered", ev="Om lag 400 husstandar i Solvik",
          trap="a question hand-numbered in an e-mail 'Oppdrag til kommunedirektøren' "
               "('1.Kor mange …', no space after the number); the sentence 'kommunedirektøren "
               "får i oppdrag å lage …' is the mandate. Answered by '2 Kven treng hjelp' and "
               "its table Gruppe | Tal husstandar | Utvikling"),
        P("2", q[1], "content", "covered", ev="Solvik har dei siste åra lånt",
          trap="in other words: 'lån frå Husbanken', 'ramma', 'tilskot til tilpassing'"),
        P("3", q[2], "content", "partial", ev="Kommunen eig 58 utleigebustader",
          missing=["kvar dei nye utleigebustadene bør liggje"],
          trap="the need (12) is answered; where they should be is only 'spreidd i ordinære "
               "bustadområde', no place named"),
        P("4", q[3], "content", "uncovered",
          trap="put off: '5 Bustad og oppfølging' repeats the words and leaves it to "
               "ruspolitisk handlingsplan in 2050"),
        P("S1", s1, "deliverable", "covered", ev="Tiltaka nedanfor skal prioriterast",
          trap="a sentence in running text after the questions; the Handlingsdel table "
               "Nr. | Tiltak | Ansvar | Når | Kostnad. 'Det er greitt at de nyttar …' (a "
               "permission) and 'NAV … bør vere med i arbeidsgruppa' (staffing) are none"),
        P("S2", s2, "process", "uncovered",
          trap="deadline not met: the utkast reached formannskapet 21 April 2049, after 10 "
               "March ('10.mars' typed without a space); the høyring and the kommunestyre's "
               "vedtak after it are none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                producer="an e-mail 'Oppdrag til kommunedirektøren' printed from webmail with "
                "Chromium (DejaVu Sans 9.5, subject line, sender and date, no page numbers, one "
                "page): four questions hand-numbered '1.Kor …' and process sentences in running "
                "text; plan exported from Word (DejaVu Sans 10.5, nn-NO, running header, bare "
                "page number), a group table and a handlingsdel table", points=g)


# =========================================================================== 3 cykel (sv)
@pair
def cykel(d: Path) -> dict:
    mal = [
        "Planen ska peka ut ett sammanhängande huvudcykelnät mellan tätorterna och till skolor "
        "och större arbetsplatser.",
        "Planen ska visa hur andelen resor med cykel kan öka från 9 till 15 procent till år "
        "2035.",
        "Planen ska belysa trafiksäkerheten för cyklister, särskilt i korsningarna med väg 252.",
    ]
    lev = [
        ["Nulägesbeskrivning", "2048-11-30", "Kartläggning av befintligt cykelvägnät med "
         "standard och brister samt cykelparkering vid stationer och skolor"],
        ["Åtgärdslista", "2049-02-28", "Prioriterad lista över åtgärder med kostnadsbedömning "
         "och förslag till etappindelning"],
        ["Samrådsredogörelse", "2049-04-15", "Sammanställning av synpunkter från samråd med "
         "allmänheten, Trafikverket och grannkommunerna"],
        ["Planförslag", "2049-05-31", "Färdigt förslag till cykelplan överlämnat till "
         "samhällsbyggnadsnämnden"],
    ]
    m = [
        ("title", "Projektplan: Cykelplan för Lövsta kommun"),
        ("form", [["Projektägare", "Samhällsbyggnadschef Annika Ström"],
                  ["Projektledare", "Trafikplanerare Jonas Berg"],
                  ["Diarienummer", "SBN 2048/214"], ["Version", "1.0, fastställd 2048-09-18"]],
         [4.0, 12.4]),
        ("h1", "1 Bakgrund"),
        ("p", "Kommunens översiktsplan anger att cykeln ska vara ett självklart val för korta "
              "resor. Den senaste cykelplanen antogs 2036 och flera av dess åtgärder är "
              "genomförda. Samhällsbyggnadsnämnden gav i beslut 2048-06-12, § 87, förvaltningen "
              "i uppdrag att ta fram en ny cykelplan."),
        ("h1", "2 Mål för uppdraget"),
        ("bullets", mal),
        ("h1", "3 Avgränsningar"),
        ("p", "Projektet omfattar inte drift och vinterväghållning av cykelvägar, som hanteras "
              "i gatuenhetens driftplan. Regionala cykelstråk som Trafikverket ansvarar för "
              "tas med i den mån de hänger ihop med det kommunala nätet."),
        ("h1", "4 Leverabler"),
        ("table", ["Leverabel", "Klart senast", "Innehåll"], lev, [3.6, 2.6, 10.2]),
        ("h1", "5 Organisation"),
        ("p", "Styrgrupp är samhällsbyggnadsnämndens presidium. Arbetsgruppen består av "
              "projektledaren, en trafikingenjör från gatuenheten, en representant för "
              "barn- och utbildningsförvaltningen och kommunens folkhälsostrateg."),
        ("h1", "6 Budget"),
        ("p", "Projektet finansieras inom samhällsbyggnadsförvaltningens ram. 150 000 kr avsätts "
              "för konsultstöd vid trafikräkningar."),
        ("h1", "7 Risker"),
        ("p", "Om Trafikverkets åtgärdsvalsstudie för väg 252 försenas kan det påverka "
              "förslagen i Lövsta centrum. Projektledaren följer studien löpande."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Projektplan Cykelplan", author="Lövsta kommun",
             font="Liberation Sans", size=10, lang="sv-SE",
             header="LÖVSTA KOMMUN  |  Samhällsbyggnadsförvaltningen  |  Projektplan",
             footer="Sida {PAGE} av {NUMPAGES}", accent="00587A", head_fill="D6EAF2")
    natet = [
        ["Stråk 1", "Lövsta centrum – Bergby", "6,2 km", "Saknas 1,4 km vid Åsen", "1"],
        ["Stråk 2", "Lövsta centrum – Industriområdet Norr", "2,8 km", "Blandtrafik "
         "Fabriksgatan", "1"],
        ["Stråk 3", "Bergby – Bergby skola – Sjövik", "4,1 km", "Smal och utan belysning", "2"],
        ["Stråk 4", "Lövsta station – Lövstaskolan – vårdcentralen", "1,9 km", "Bra standard",
         "–"],
        ["Stråk 5", "Sjövik – Lövsta centrum", "7,5 km", "Saknas helt längs väg 252", "3"],
    ]
    atg = [
        ["Ny cykelväg Åsen, stråk 1", "4,2 mnkr", "Etapp 1 (2050)"],
        ["Cykelfält på Fabriksgatan", "0,8 mnkr", "Etapp 1 (2050)"],
        ["Belysning och breddning stråk 3", "2,5 mnkr", "Etapp 2 (2051–52)"],
        ["Säkra passager vid Bergby skola och Lövstaskolan", "1,1 mnkr", "Etapp 1 (2050)"],
        ["Vilplatser med bänk var 500:e meter längs stråk 4", "0,3 mnkr", "Etapp 1 (2050)"],
        ["Cykelväg Sjövik – Lövsta (med Trafikverket)", "18 mnkr", "Etapp 3 (2053–)"],
        ["Vägvisning för cykel i hela nätet", "0,6 mnkr", "Etapp 2 (2051–52)"],
    ]
    css = ("@page{size:A4;margin:18mm 20mm 18mm 22mm;@top-left{content:'Cykelplan för Lövsta "
           "kommun – samrådsversion';font:8pt 'Liberation Serif',serif;color:#666}"
           "@bottom-right{content:'Sida ' counter(page);font:8pt 'Liberation Serif',serif;"
           "color:#666}}body{font-family:'Liberation Serif',serif;font-size:11pt;"
           "line-height:1.45;color:#111}h1{font:bold 21pt 'Liberation Sans',sans-serif;"
           "color:#00587a;margin:0 0 4px}.ing{font-style:italic;color:#444;margin-bottom:14px}"
           "h2{font:bold 13pt 'Liberation Sans',sans-serif;color:#00587a;margin:15px 0 4px}"
           "p{margin:0 0 7px}table{border-collapse:collapse;width:100%;font-size:9.5pt;"
           "margin:5px 0 10px}thead{display:table-header-group}th{background:#00587a;color:#fff;"
           "text-align:left;padding:3px 5px}td{border:1px solid #b9cfd8;padding:3px 5px;"
           "vertical-align:top}tr{break-inside:avoid}")
    body = (
        "<h1>Cykelplan för Lövsta kommun</h1><div class='ing'>Samrådsversion, maj 2049</div>"
        "<h2>Därför en cykelplan</h2>"
        + paras("Nästan hälften av alla bilresor i Lövsta är kortare än fem kilometer. Många av "
                "dem skulle kunna göras med cykel om vägarna var trygga och sammanhängande. "
                "Cykelplanen visar var kommunen ska bygga och förbättra under de kommande tio "
                "åren. Kommunens mål är att andelen cykelresor ska vara 15 procent år 2035; hur "
                "målet ska nås utreds vidare i den kommande trafikstrategin.")
        + "<h2>Så tog vi fram planen</h2>"
        + paras("Under hösten 2048 inventerade vi hela cykelvägnätet och räknade cyklister på "
                "tolv platser. Allmänheten kunde lämna synpunkter i en digital karta under "
                "mars 2049, och vi fick 311 synpunkter. Samråd hölls med Trafikverket den 4 "
                "april och med grannkommunerna Borsjö och Hedeby den 10 april. Synpunkterna "
                "och hur vi har hanterat dem finns i en bilaga till planen.",
                "Planförslaget överlämnades till samhällsbyggnadsnämnden den 12 maj 2049.")
        + "<h2>Cykelnätet i dag</h2>"
        + paras("Lövsta har 38 km gång- och cykelväg. Nätet är bra inne i centralorten men "
                "bryts på flera ställen mellan tätorterna. Tabellen visar de fem stråk som "
                "tillsammans bildar huvudnätet och knyter ihop Lövsta, Bergby och Sjövik med "
                "skolorna, stationen och de stora arbetsplatserna i industriområdet Norr.")
        + table_html(["Stråk", "Sträckning", "Längd", "Brister", "Prioritet"], natet)
        + "<h2>Trygga och säkra cykelvägar</h2>"
        + paras("Under åren 2038–2047 skadades 46 cyklister i trafiken i kommunen enligt "
                "Strada. De flesta olyckorna var singelolyckor, ofta på grund av grus, is eller "
                "kanter. Drygt en tredjedel skedde i korsningar i centrala Lövsta, där bilister "
                "svänger över cykelbanan. Förslagen om säkra passager och bättre belysning "
                "svarar på detta.")
        + "<h2>Barn och äldre</h2>"
        + paras("Skolbarn ska kunna cykla själva till skolan. Därför prioriteras säkra "
                "passager vid Bergby skola och Lövstaskolan. För pensionärer och andra som "
                "cyklar långsamt föreslår vi vilplatser och jämna beläggningar på stråket till "
                "vårdcentralen. Bred cykelväg ger plats för lastcyklar och trehjulingar.")
        + "<h2>Åtgärder</h2>"
        + paras("Åtgärderna är listade i prioritetsordning. Kostnaderna är grova bedömningar i "
                "2049 års prisnivå och delas upp i tre etapper.")
        + table_html(["Åtgärd", "Kostnad", "Etapp"], atg)
        + "<h2>Genomförande och uppföljning</h2>"
        + paras("Åtgärderna i etapp 1 föreslås finansieras i investeringsbudgeten för 2050. "
                "Cykelvägen mellan Sjövik och Lövsta förutsätter medfinansiering från "
                "Trafikverket och tas upp i den regionala transportplanen. Gatuenheten "
                "ansvarar för att bygga åtgärderna, och trafikplaneraren följer upp planen "
                "varje år i samhällsbyggnadsnämndens verksamhetsberättelse.",
                "Cykelflödena räknas på samma tolv platser vartannat år. Resvaneundersökningen "
                "görs om 2053. Planen revideras när etapp 2 är genomförd.")
        + table_html(["Mätpunkt", "Cyklister per dygn 2048", "Ökning till 2055"], [
            ["Storgatan vid torget", "640", "+40 %"],
            ["Bergbyvägen vid Åsen", "180", "+100 %"],
            ["Stationsgatan", "410", "+30 %"],
            ["Sjövik, busshållplatsen", "35", "+200 %"]])
    )
    html_pdf(d / "plan.pdf", lang="sv", title="Cykelplan för Lövsta kommun", css=css, body=body)
    g = [
        P("1", mal[0], "content", "covered", ev="Lövsta har 38 km gång-",
          trap="a bullet of 'Mål för uppdraget' in a PROJEKTPLAN (Word List Bullet); the "
               "nämnd's uppdrag in Bakgrund is the mandate. Bullets numbered 1–3 by place, the "
               "Leverabler rows 4–7 after them. Answered by the stråk table (in other words: "
               "'knyter ihop … med skolorna, stationen och de stora arbetsplatserna')"),
        P("2", mal[1], "content", "uncovered",
          trap="the 15 procent target is restated, how it is to be reached is put off to the "
               "trafikstrategi"),
        P("3", mal[2], "content", "partial", ev="Under åren 2038–2047 skadades",
          missing=["trafiksäkerheten i korsningarna med väg 252"],
          trap="accidents and central korsningar are treated; väg 252 is named only for the "
               "Sjövik stråk, not for its korsningar"),
        P("4", lev[0][2], "deliverable", "partial", ev="Lövsta har 38 km gång-",
          missing=["cykelparkering vid stationer och skolor"],
          trap="a row of the Leverabler table Leverabel | Klart senast | Innehåll, text the "
               "Innehåll cell; the network and its brister are mapped, cykelparkering is "
               "never named"),
        P("5", lev[1][2], "deliverable", "covered", ev="Åtgärderna är listade i",
          trap="the Åtgärder table Åtgärd | Kostnad | Etapp"),
        P("6", lev[2][2], "process", "covered", ev="Under hösten 2048 inventerade",
          trap="process chapter in the past tense: digital karta, Trafikverket, Borsjö and "
               "Hedeby"),
        P("7", lev[3][2], "process", "covered", ev="Planförslaget överlämnades till",
          trap="12 May 2049, before the row's 2049-05-31 'Klart senast'. Avgränsningar, "
               "Organisation, Budget and Risker are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("LÖVSTA KOMMUN | Samhällsbyggnadsförvaltningen | Projektplan",),
                producer="a PROJEKTPLAN exported from Word (Liberation Sans 10, sv-SE, running "
                "header, 'Sida n av m'): a form table, Bakgrund, 'Mål för uppdraget' bullets, "
                "Avgränsningar, a 'Leverabler' table Leverabel | Klart senast | Innehåll, "
                "Organisation, Budget, Risker; plan the kommun's web page printed with Chromium "
                "(Liberation Serif 11, running title top left, 'Sida n'), a process section in "
                "the past tense, a stråk table and an Åtgärder table", points=g)


# =========================================================================== 4 aeldre (da)
@pair
def aeldre(d: Path) -> dict:
    bl = [
        "en beskrivelse af, hvordan antallet af borgere over 80 år udvikler sig frem mod 2035, "
        "og hvad det betyder for behovet for plejeboliger",
        "en plan for rekruttering og fastholdelse af medarbejdere i ældreplejen",
        "initiativer mod ensomhed i samarbejde med de frivillige foreninger",
        "en vurdering af, hvordan velfærdsteknologi kan bruges i hjemmeplejen",
        "de økonomiske konsekvenser af de foreslåede indsatser",
    ]
    s1 = "Ældrerådet inddrages løbende, og der holdes dialogmøder på de tre plejecentre."
    s2 = "Udkastet forelægges udvalget på mødet i marts 2049."
    m = [
        ("title", "Beslutningsprotokol"),
        ("meta", "Social- og Sundhedsudvalget · Mødedato 09.10.2048 kl. 15.00 · Mødelokale 2, "
                 "Rådhuset"),
        ("form", [["Fraværende", "Ingen"], ["Sag nr.", "7"], ["Sagsnr.", "27.00.00-P15-3-48"]],
         [30, 130]),
        ("h1", "7. Igangsættelse af Ældreplan 2049–2052"),
        ("h2", "Sagsfremstilling"),
        ("p", "Den nuværende ældrepolitik er fra 2042. Antallet af ældre i kommunen vokser, og "
              "det bliver sværere at rekruttere medarbejdere. Forvaltningen foreslår derfor, at "
              "der udarbejdes en ny ældreplan, som sætter retning for de kommende fire år og "
              "kan danne grundlag for budgetforhandlingerne."),
        ("h2", "Økonomi"),
        ("p", "Arbejdet med planen gennemføres inden for forvaltningens ramme."),
        ("h2", "Indstilling"),
        ("p", "Direktøren for Social og Sundhed indstiller til udvalget, at arbejdet med en ny "
              "ældreplan sættes i gang."),
        ("h2", "Udvalgets beslutning den 9. oktober 2048"),
        ("p", "Udvalget godkendte, at forvaltningen udarbejder et udkast til Ældreplan "
              "2049–2052. Planen skal indeholde:"),
        *[("typed", "• ", t, 5, 4) for t in bl],
        ("p", f"{s1} {s2} Herefter sendes planen i høring, inden den godkendes i Byrådet."),
        ("p", "Fraværende: Ingen."),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Beslutningsprotokol Social- og Sundhedsudvalget "
           "09.10.2048", author="Egebjerg Kommune", family="Helvetica", size=10,
           head_left="Egebjerg Kommune – Social- og Sundhedsudvalget",
           head_right="Beslutningsprotokol 09.10.2048",
           foot=lambda n, t: f"Side {n} af {t}", accent="#8C1D40", head_fill="#F2E4EA")
    demo = [
        ["65–79 år", "7.412", "8.120", "7.860"],
        ["80–89 år", "2.035", "2.890", "3.540"],
        ["90 år og derover", "412", "520", "810"],
    ]
    ind = [
        ["Plejeboliger", "Udvide Solbakken med 24 boliger og bygge nyt plejecenter i Egebjerg "
         "Nord (36 boliger)", "Ejendomme / Ældre", "2050–2052"],
        ["Medarbejdere", "Flere SOSU-elever: 40 pladser om året, garanti for job efter endt "
         "uddannelse", "HR og Ældre", "2049"],
        ["Medarbejdere", "Rekrutteringskampagne rettet mod ledige og tilflyttere", "HR", "2049"],
        ["Fællesskab", "Besøgsvenner og spisevenner i samarbejde med Røde Kors og Ældre Sagen",
         "Ældre / frivilligkoordinator", "2049–2052"],
        ["Fællesskab", "Motionshold og fællesspisning på plejecentrene åbnes for ældre i "
         "eget hjem", "Plejecentrene", "2049"],
        ["Hverdagsliv", "Træning i hjemmet før hjælp (rehabiliteringsforløb)", "Visitationen",
         "2049"],
    ]
    p = [
        ("title", "Ældreplan 2049–2052"),
        ("meta", "Egebjerg Kommune · Udkast til Social- og Sundhedsudvalget"),
        ("h1", "Forord"),
        ("p", "Flere af os bliver gamle, og de fleste klarer sig godt. Men når vi får brug for "
              "hjælp, skal den være god, og den skal gives af dygtige medarbejdere. Ældreplanen "
              "viser, hvad kommunen vil gøre de næste fire år."),
        ("h1", "1. Sådan har vi arbejdet"),
        ("p", "Planen er skrevet af en arbejdsgruppe i Ældre og Sundhed. Ældrerådet har været "
              "med på fire møder undervejs og har kommenteret udkastet. I november og december "
              "2048 holdt vi dialogmøder på Solbakken, Engly og Kastaniegården med beboere, "
              "pårørende og medarbejdere, i alt omkring 150 deltagere."),
        ("p", "Udvalget behandlede udkastet den 11.marts 2049."),
        ("h1", "2. Flere ældre"),
        ("p", "I dag bor der knap 2.500 borgere over 80 år i Egebjerg. I 2035 vil tallet være "
              "omkring 4.350, altså næsten 75 procent flere. Mange vil fortsat bo i eget hjem, "
              "men vi regner med, at kommunen skal have cirka 60 flere plejeboliger end i dag "
              "for at undgå ventetid."),
        ("table", ["Alder", "2048", "2030", "2035"], demo, [40, 30, 30, 30]),
        ("h1", "3. Medarbejdere"),
        ("p", "Hver femte medarbejder i ældreplejen går på pension inden 2035, og allerede nu er "
              "det svært at besætte vagter i weekenden. Vi vil uddanne flere selv. Kommunen "
              "øger antallet af elevpladser og giver eleverne jobgaranti, og vi gennemfører en "
              "kampagne for at få flere ledige og tilflyttere til at søge ind i faget."),
        ("h1", "4. Fællesskab og hverdagsliv"),
        ("p", "Omkring hver tiende ældre i Egebjerg føler sig ofte alene. Sammen med Røde Kors "
              "og Ældre Sagen vil vi udbrede besøgsvenner og spisevenner, og plejecentrenes "
              "aktiviteter åbnes for ældre, der bor i eget hjem. Træning før hjælp skal give "
              "flere mulighed for at klare sig selv."),
        ("p", "Velfærdsteknologi i hjemmeplejen behandles i kommunens digitaliseringsstrategi og "
              "er derfor ikke med i denne plan."),
        ("h1", "5. Indsatser 2049–2052"),
        ("p", "Oversigten samler planens indsatser. Udgifterne indgår i budgetforhandlingerne "
              "for 2050 og frem."),
        ("table", ["Område", "Indsats", "Ansvarlig", "Hvornår"], ind, [2.8, 8.2, 3.4, 2.0]),
    ]
    docx_pdf(d / "plan.pdf", p, title="Ældreplan 2049–2052", author="Egebjerg Kommune",
             font="Liberation Sans", size=10.5, lang="da-DK", header=None,
             footer="Ældreplan 2049–2052 · side {PAGE}", accent="8C1D40", head_fill="F2E4EA")
    g = [
        P("1", bl[0], "content", "covered", ev="I dag bor der knap 2.500",
          trap="a '•' bullet after 'Planen skal indeholde:' in 'Udvalgets beslutning' of a "
               "BESLUTNINGSPROTOKOL (hanging bullets, lower case, no closing marks); the "
               "sentence 'Udvalget godkendte, at forvaltningen udarbejder et udkast' is the "
               "mandate, the Indstilling is none. Bullets 1–5 by place. Answered with the "
               "demografi table and 'cirka 60 flere plejeboliger'"),
        P("2", bl[1], "content", "partial", ev="Hver femte medarbejder i",
          missing=["fastholdelse af medarbejderne"],
          trap="rekruttering (elevpladser, jobgaranti, kampagne) is answered; nothing on "
               "keeping the staff"),
        P("3", bl[2], "content", "covered", ev="Omkring hver tiende ældre",
          trap="in other words: 'føler sig ofte alene', Røde Kors and Ældre Sagen"),
        P("4", bl[3], "content", "uncovered",
          trap="put off: one sentence names velfærdsteknologi and leaves it to the "
               "digitaliseringsstrategi"),
        P("5", bl[4], "content", "uncovered",
          trap="no cost anywhere; 'Udgifterne indgår i budgetforhandlingerne' puts it off"),
        P("S1", s1, "process", "covered", ev="Planen er skrevet af en arbejdsgruppe",
          trap="a process sentence in running text after the bullets; the three plejecentre "
               "named by their names in the past tense"),
        P("S2", s2, "process", "covered", ev="Udvalget behandlede udkastet",
          trap="11 March 2049 ('11.marts' typed without a space). The høring and Byrådet "
               "sentence is none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Egebjerg Kommune – Social- og Sundhedsudvalget Beslutningsprotokol "
                      "09.10.2048", "Egebjerg Kommune – Social- og Sundhedsudvalget",
                      "Beslutningsprotokol 09.10.2048"),
                producer="a BESLUTNINGSPROTOKOL laid out with reportlab (Helvetica 10, running "
                "head with a rule, 'Side n af m'): meeting line, a form table, Sagsfremstilling, "
                "Økonomi, Indstilling, 'Udvalgets beslutning' with 'Planen skal indeholde:' and "
                "five hanging '•' bullets, process sentences after them; plan exported from "
                "Word (Liberation Sans 10.5, da-DK, no header, footer 'Ældreplan … side n'), a "
                "process chapter in the past tense, a demografi table and an Indsatser table",
                points=g)


# =========================================================================== 5 parking (en)
@pair
def parking(d: Path) -> dict:
    obj = [
        "Establish the current supply, occupancy and condition of car parks in Harrowfield town "
        "centre, including on-street spaces.",
        "Set out how parking charges should support the vitality of the town centre and the "
        "council's climate commitments.",
        "Identify the future need for electric vehicle charging points in council car parks.",
        "Consider whether the Station Road multi-storey car park should be refurbished, "
        "replaced or closed.",
    ]
    dlv = ("Draft Parking Strategy 2049–2059 with an action plan setting out the lead officer, "
           "estimated cost and timescale for each action")
    st = ("Town centre businesses, the Harrowfield Business Improvement District and local "
          "disability groups will be consulted before the draft is finalised.")
    ms = "Draft strategy to Cabinet"
    css = ("@page{size:A4;margin:22mm 20mm 20mm 20mm;@top-left{content:'Harrowfield Borough "
           "Council';font:8pt 'Liberation Sans',sans-serif;color:#444}@top-right{content:"
           "'PID – Town Centre Parking Strategy v1.2';font:8pt 'Liberation Sans',sans-serif;"
           "color:#444}@bottom-center{content:'Page ' counter(page) ' of ' counter(pages);"
           "font:8pt 'Liberation Sans',sans-serif;color:#444}}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:11pt;line-height:1.5;"
           "color:#000}h1{font-size:19pt;margin:0 0 10px}h2{font-size:12.5pt;margin:16px 0 5px;"
           "background:#e4e4e4;padding:3px 6px}p{margin:0 0 8px}ol{margin:0 0 8px;"
           "padding-left:24px}li{margin-bottom:4px}table{border-collapse:collapse;width:100%;"
           "font-size:10pt;margin:4px 0 10px}thead{display:table-header-group}th,td{border:1px "
           "solid #777;padding:4px 6px;vertical-align:top;text-align:left}th{background:#f0f0f0}"
           "table.meta th{width:32%}table.dl td:nth-child(-n+2){white-space:nowrap}")
    meta = ("<table class='meta'><tbody>"
            + "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in [
                ("Project", "Town Centre Parking Strategy"),
                ("Project sponsor", "Director of Place, Karen Holt"),
                ("Project manager", "Transport Policy Manager, Sam Okafor"),
                ("Version / date", "1.2, 2 December 2048"),
                ("Approved by", "Corporate Management Team, 9 December 2048")])
            + "</tbody></table>")
    body = (
        "<h1>Project Initiation Document</h1>" + meta
        + "<h2>1. Background</h2>"
        + paras("The council runs 11 pay and display car parks in Harrowfield town centre with "
                "2,140 spaces. The last parking review was carried out in 2039. Since then, "
                "footfall has fallen, two car parks have closed for redevelopment and the "
                "council has declared a climate emergency. Income from parking has fallen by "
                "18 per cent in five years and the Station Road multi-storey needs major "
                "structural repairs.",
                "Cabinet agreed on 14 October 2048 that a new parking strategy should be "
                "prepared. This PID sets out how the project will be run.")
        + "<h2>2. Objectives</h2><p>The strategy will:</p><ol>"
        + "".join(f"<li>{e(t)}</li>" for t in obj)
        + "</ol>"
        + "<h2>3. Constraints and assumptions</h2>"
        + paras("The strategy covers the town centre only; residents' parking zones are "
                "reviewed separately. It is assumed that enforcement will remain in house. "
                "Work will be met from the existing Transport Policy budget, with up to "
                "£40,000 for occupancy surveys.")
        + "<h2>4. Deliverables</h2>"
        + table_html(["Deliverable", "Owner", "Description"], [
            ["Baseline report", "Parking Services", "Occupancy surveys and an inventory of all "
             "spaces"],
            ["Draft strategy", "Transport Policy", dlv],
            ["Equality impact assessment", "Transport Policy", "Assessment of the strategy's "
             "effect on people with protected characteristics"],
        ], "dl")
        + "<h2>5. Stakeholders and consultation</h2>"
        + paras(f"{st} A public consultation on the draft will run for six weeks after Cabinet "
                "has approved it for consultation.")
        + "<h2>6. Governance</h2>"
        + paras("The project board is chaired by the project sponsor and meets every two "
                "months. Highlight reports go to the Cabinet Member for Transport. Risks are "
                "recorded in the project risk register.")
        + "<h2>7. Milestones</h2>"
        + table_html(["Milestone", "Target date"], [
            ["Occupancy surveys complete", "March 2049"],
            [ms, "September 2049"],
            ["Public consultation", "October–November 2049"],
            ["Final strategy adopted", "February 2050"]])
    )
    html_pdf(d / "mandate.pdf", lang="en-GB", title="PID – Town Centre Parking Strategy",
             css=css, body=body)
    sites = [
        ["Castle Street", "Surface", "212", "94%", "Good"],
        ["Market Square", "Surface", "148", "97%", "Fair"],
        ["Station Road MSCP", "Multi-storey", "620", "41%", "Poor"],
        ["Riverside", "Surface", "305", "63%", "Good"],
        ["Leisure Centre", "Surface", "180", "55%", "Good"],
        ["Other car parks (6)", "Surface", "675", "48%", "Fair"],
        ["On-street bays (pay and display)", "On-street", "310", "88%", "–"],
    ]
    acts = [
        ["P1", "Introduce a 30-minute free stay in Market Square and Castle Street",
         "Parking Services Manager", "£35,000 lost income a year", "April 2050"],
        ["P2", "Tariff review: lower evening and Sunday charges in all surface car parks",
         "Parking Services Manager", "Nil", "April 2050"],
        ["P3", "Install 40 EV charge points in Riverside and Leisure Centre car parks",
         "Climate Officer", "£320,000 (grant funded)", "2050/51"],
        ["P4", "Add 12 Blue Badge bays and 10 parent and child bays close to the shops",
         "Highways Engineer", "£18,000", "2050"],
        ["P5", "Cashless payment and a parking app in all car parks", "Parking Services Manager",
         "£60,000", "2050"],
        ["P6", "Wayfinding signs showing spaces free in each car park", "Highways Engineer",
         "£95,000", "2051"],
        ["P7", "Review of the strategy", "Transport Policy Manager", "Officer time", "2054"],
    ]
    p = [
        ("title", "Harrowfield Town Centre Parking Strategy 2049–2059"),
        ("meta", "Draft for Cabinet, September 2049"),
        ("h1", "1. Why a new strategy"),
        ("p", "Parking matters to the town centre. Most shoppers still arrive by car, and the "
              "price and ease of parking affect where they choose to go. At the same time the "
              "council has committed to reduce carbon emissions, and the car parks are an "
              "important source of income for other services. This strategy sets out how the "
              "council will manage its car parks for the next ten years."),
        ("h1", "2. Car parks today"),
        ("p", "Surveys in February and March 2049 counted every space in the town centre and "
              "recorded how full each car park was at the busiest time of a normal Saturday. "
              "The surface car parks near the shops are often full, while the Station Road "
              "multi-storey is less than half used. Structural surveys found corroding "
              "reinforcement on its upper decks."),
        ("table", ["Car park", "Type", "Spaces", "Peak occupancy", "Condition"], sites,
         [50, 26, 18, 28, 24]),
        ("h1", "3. Charges"),
        ("p", "Traders told us that short visits are put off by the minimum one-hour tariff. "
              "A free 30-minute stay in the two central car parks, and lower charges in the "
              "evenings and on Sundays, should help the town centre compete with the retail "
              "park, where parking is free. The loss of income will be met in part by higher "
              "use of cashless payment."),
        ("h1", "4. Electric vehicles"),
        ("p", "Around 9 per cent of cars registered in the borough are fully electric, and "
              "this is expected to reach 45 per cent by 2035. We estimate that about 120 "
              "public charge points will be needed in council car parks by 2055, compared "
              "with 14 today. The first 40 will be installed with grant funding (action P3)."),
        ("h1", "5. Station Road multi-storey"),
        ("p", "The future of the Station Road multi-storey car park will be the subject of a "
              "separate options appraisal in 2050."),
        ("h1", "6. Blue Badge holders and families"),
        ("p", "Disabled drivers and parents with buggies told us that the accessible bays "
              "are too far from the shops. We propose 12 more Blue Badge bays and 10 parent "
              "and child bays next to the pedestrian routes into the centre."),
        ("h1", "7. How we prepared the strategy"),
        ("p", "Officers met the Harrowfield BID board in May 2049 and held two drop-in "
              "sessions for traders on Market Square in June, which 47 businesses attended. "
              "Their views are reflected in sections 3 and 6. The draft was presented to "
              "Cabinet on 17 September 2049."),
        ("h1", "8. Action plan"),
        ("p", "Each action below has a named lead officer and a target date."),
        ("table", ["Ref", "Action", "Lead officer", "Cost", "By"], acts,
         [10, 62, 36, 36, 20]),
        ("h1", "9. Monitoring"),
        ("p", "Parking Services will report the indicators below to the Cabinet Member for "
              "Transport every year. Occupancy is counted on the first Saturday in March and "
              "the first Saturday in December."),
        ("table", ["Indicator", "2049 baseline", "Target 2054"],
         [["Peak occupancy, central surface car parks", "96%", "85–90%"],
          ["Peak occupancy, Station Road MSCP", "41%", "–"],
          ["Share of payments made cashless", "38%", "80%"],
          ["Public EV charge points in council car parks", "14", "60"],
          ["Town centre footfall (index, 2049 = 100)", "100", "105"],
          ["Net parking income", "£1.62m", "£1.55m"]], [80, 40, 40]),
        ("p", "If peak occupancy in the central car parks stays above 90 per cent for two "
              "years, the council will review the tariffs again. The strategy will be "
              "reviewed in full after five years (action P7)."),
        ("h1", "Appendix A – Tariffs from April 2050"),
        ("table", ["Car park", "Up to 30 min", "Up to 2 hours", "Up to 4 hours", "Evening and "
                   "Sunday"],
         [["Castle Street", "Free", "£2.20", "£4.40", "£1.00"],
          ["Market Square", "Free", "£2.20", "£4.40", "£1.00"],
          ["Riverside", "£0.80", "£1.60", "£3.20", "£1.00"],
          ["Leisure Centre", "£0.80", "£1.60", "£3.20", "Free"],
          ["Station Road MSCP", "£0.50", "£1.00", "£2.00", "Free"],
          ["Other car parks", "£0.80", "£1.60", "£3.20", "£1.00"]], [46, 30, 30, 30, 34]),
        ("p", "Season tickets for town centre workers remain at £420 a year and are valid in "
              "Riverside, the Leisure Centre and Station Road only."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Harrowfield Town Centre Parking Strategy 2049–2059",
           author="Harrowfield Borough Council", family="Helvetica", size=10,
           head_left="Harrowfield Borough Council", head_right="Town Centre Parking Strategy "
           "2049–2059 · Draft", foot=lambda n, t: f"{n}", accent="#5B2C83",
           head_fill="#ECE4F3")
    g = [
        P("1", obj[0], "content", "covered", ev="Surveys in February and March",
          trap="an objective of a PROJECT INITIATION DOCUMENT ('The strategy will:' and an "
               "HTML ordered list 1.–4.); Cabinet's agreement in Background is the mandate. "
               "Answered by '2. Car parks today' and its table Spaces | Peak occupancy | "
               "Condition"),
        P("2", obj[1], "content", "partial", ev="Traders told us that short",
          missing=["how charges support the council's climate commitments"],
          trap="charges and the vitality of the centre are answered; the climate is named "
               "only in the introduction, never tied to charges"),
        P("3", obj[2], "content", "covered", ev="Around 9 per cent of cars",
          trap="in other words: 'public charge points … by 2055'"),
        P("4", obj[3], "content", "uncovered",
          trap="put off to a separate options appraisal in 2050; the condition survey in "
               "section 2 is no answer to refurbish / replace / close"),
        P("5", dlv, "deliverable", "covered", ev="Each action below has a named",
          trap="a row of the Deliverables table Deliverable | Owner | Description, text the "
               "Description cell; the Baseline report and Equality impact assessment rows "
               "are no orders of the strategy's content (the first is answered by section 2, "
               "left out of gold as a project product). Action plan table Ref | Action | Lead "
               "officer | Cost | By"),
        P("6", st, "process", "partial", ev="Officers met the Harrowfield BID",
          missing=["consultation with local disability groups"],
          trap="traders and the BID met (past tense, section 7); 'Disabled drivers … told "
               "us' in section 6 is no consultation of disability groups — read as partial"),
        P("7", ms, "process", "covered", ev="Officers met the Harrowfield BID",
          trap="a Milestones table row 'Draft strategy to Cabinet | September 2049', text the "
               "milestone cell; presented on 17 September 2049. The public consultation and "
               "adoption rows (after the draft), Constraints and Governance are none"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Harrowfield Borough Council", "PID – Town Centre Parking Strategy v1.2",
                      "Deliverable", "Owner", "Description"),
                producer="a PROJECT INITIATION DOCUMENT printed from a web page with Chromium "
                "(Liberation Sans 11, running titles top left and right, 'Page n of m'): a "
                "project table, Background, 'Objectives' ('The strategy will:' and an ordered "
                "list 1.–4.), Constraints, a Deliverables table, Stakeholders, Governance and "
                "a Milestones table; plan laid out with reportlab (Helvetica 10, running head "
                "with a rule, bare page number), a car park table, a process chapter in the "
                "past tense and an action plan table", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind40/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
