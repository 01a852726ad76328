"""Build the fifty-eighth blind batch of mandate/plan pairs under corpora/mandates-blind58/ and their gold.

Written on 2026-12-09 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: a bokmål MØTEBOK FRA ARBEIDSMILJØUTVALGET (AMU) printed from the case
system (reportlab), whose points are the numbered items of the AMU's vedtak in one sak (after a
vote on the hovedverneombud's added item) and two sentences after them, while the other saker
(an orientering, a vedtak addressed to the bedriftshelsetjeneste), the case summary, the
hovedverneombud's views and a protokolltilførsel are none; a nynorsk VEDTAK I SKULEMILJØSAK from
the Statsforvaltar (python-docx → LibreOffice), whose points are the Word bullets of measures the
school shall take and three sentences on the aktivitetsplan, while the facts, the law, the
Statsforvaltar's assessment, a duty on the skuleeigar, the follow-up and the right to complain
are none; a Swedish VATTENMYNDIGHETENS ÅTGÄRDSPROGRAM (an excerpt, odfpy → LibreOffice), whose
points are the measures addressed to the kommuner and one sentence on yearly reporting, while
their motiveringar, the legal basis, advice ('rekommenderar') and the measures addressed to the
länsstyrelser are none; a Danish DOKUMENTATION AF STYRINGSDIALOGMØDE between a kommune and an
almen boligorganisation, printed from the kommune's web site (Chromium), whose points are the
'Aftale:' lines scattered under the themes of the meeting and three sentences under
'Opfølgning', while the kommune's findings, the organisation's own remarks, the law and the next
meeting are none; and a US FEMA LOCAL MITIGATION PLAN REVIEW TOOL (python-docx → LibreOffice),
whose points are the 'Required Revisions' of the elements marked Not Met and one sentence on
resubmission, while the Met elements, their reviewer comments and the 'Opportunities for
Improvement' are none. Plans answer as real ones do: headings in other words, answers in
tables, process facts in the past tense and dated, deferrals, refusals, words shared without an
answer, partial answers.

    python corpora/mandates-blind58/make_pairs.py               # all pairs
    python corpora/mandates-blind58/make_pairs.py --verify      # point texts and gold quotes
    python corpora/mandates-blind58/make_pairs.py --twice       # build twice, compare sha256

Imports the forty-seventh batch's builder through pairkit (its odfpy writer `odt_pdf`, its
layout check `expect_on_page` and its point-text check `check_texts`, pointed at this folder)
and, through it, the twentieth (P, verify, the construction check) and thirty-third batch's
document writers (docx_pdf, rl_pdf, html_pdf and the HTML helpers e, paras, table_html). The
HTML pages' CSS and markup are this batch's own. Nothing of the earlier batches is edited.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

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
    "alenearbeid-amu": ("Rypdal kommune · Arbeidsmiljøutvalget", "Møtebok 4/2057"),
    "skulemiljo-vedtak": ("Statsforvaltaren i Vestheim · Vår ref. 2057/2214",),
    "vatten-atgarder": ("Vattenmyndigheten Mellanälvens vattendistrikt · Åtgärdsprogram "
                        "2057–2063 · Utdrag", "1", "2"),
    "styringsdialog-afdeling": ("halsbjerg.dk/bolig/almene-boliger/styringsdialog-2057",),
    "mitigation-review": ("Local Mitigation Plan Review Tool · Sable County, Oregon",),
}


# =========================================================================== 1 alenearbeid-amu (nb)
@pair
def alenearbeid_amu(d: Path) -> dict:
    items = [
        "gi en oversikt over hvilke arbeidsoppgaver som i dag utføres av én person alene, både på "
        "dagtid og i vaktordningen",
        "fastsette hvilke oppgaver som ikke skal utføres alene, blant annet arbeid i kummer, "
        "tanker og pumpestasjoner, arbeid ved åpen vei og arbeid på eller ved islagt vann, og "
        "hvem som kan gjøre unntak fra dette",
        "beskrive et system for varsling og oppfølging av den som arbeider alene, med faste "
        "tidspunkter for kontakt og hva som skjer når kontakten uteblir",
        "vurdere om dagens bemanning i vaktordningen for vann og avløp er forsvarlig",
        "sikre opplæring i førstehjelp og i bruk av alarmutstyret for alle som kan komme til å "
        "arbeide alene, også sommervikarer",
        "angi ansvar og frist for hvert tiltak",
        "vise hvordan erfaringene fra hendelsene i februar og april 2057 er brukt i arbeidet",
    ]
    s1 = "Arbeidet skal gjøres i samarbeid med verneombudene i Kommunalteknikk."
    s2 = ("Handlingsplanen legges fram for arbeidsmiljøutvalget senest i møtet "
          "25. november 2057.")
    a = [
        ("title", "Møtebok"),
        ("meta", "Utvalg: Arbeidsmiljøutvalget (AMU) · Møtedato: 16.09.2057 kl. 09:00–11:40 · "
                 "Møtested: Rypdal rådhus, formannskapssalen"),
        ("form", [["Møtende medlemmer",
                   "Arbeidsgiversiden: kommunalsjef Torbjørn Fjellestad (leder), personalsjef "
                   "Helga Sundli, enhetsleder Arvid Lønnå. Arbeidstakersiden: hovedverneombud "
                   "Marit Skorpedal (nestleder), Fagforbundet v/ Stian Hogstad, Delta v/ Gunn "
                   "Reitaas"],
                  ["Møtende med tale- og forslagsrett", "Bedriftshelsetjenesten v/ "
                   "yrkeshygieniker Jonas Brekkan"],
                  ["Forfall", "Ingen"],
                  ["Protokollfører", "Rådgiver HMS Ingvild Sæterbakk"]], [44, 126]),
        ("h1", "Saksliste"),
        ("table", ["Saksnr.", "Tittel"],
         [["18/57", "Godkjenning av møtebok fra 10.06.2057"],
          ["19/57", "Sykefravær 2. tertial 2057 – orientering"],
          ["20/57", "Alenearbeid i Kommunalteknikk – bestilling av handlingsplan"],
          ["21/57", "Årsrapport 2056 fra bedriftshelsetjenesten"]], [22, 148]),
        ("h2", "18/57 Godkjenning av møtebok fra 10.06.2057"),
        ("p", "Vedtak: Møteboken godkjennes. Enstemmig."),
        ("h2", "19/57 Sykefravær 2. tertial 2057 – orientering"),
        ("p", "Personalsjefen orienterte. Samlet sykefravær var 7,4 prosent, mot 8,1 prosent i "
              "fjor."),
        ("p", "Vedtak: Saken tas til orientering. Enstemmig."),
        ("h2", "20/57 Alenearbeid i Kommunalteknikk – bestilling av handlingsplan"),
        ("p", "Sammendrag av saksutredningen: Ansatte i vann og avløp, vei og park og renovasjon "
              "arbeider ofte alene, særlig tidlig om morgenen, i helgene og i vaktordningen. I "
              "februar 2057 ble en ansatt liggende skadet i over en time etter et fall ved "
              "Nordre høydebasseng før noen merket at han ikke svarte på telefonen. I april 2057 "
              "gikk gassvarsleren i en kum på Hagtorn mens en ansatt arbeidet alene nede i kummen. "
              "Bedriftshelsetjenesten har gjennomført en risikovurdering av alenearbeid i "
              "Kommunalteknikk i august."),
        ("p", "Etter arbeidsmiljøloven skal arbeidsgiver sørge for at arbeidstaker ikke utsettes "
              "for uheldige belastninger ved alenearbeid, og at risikoen er vurdert. "
              "Bedriftshelsetjenesten anbefaler at kommunen anskaffer en felles alarmløsning for "
              "alle enheter med alenearbeid, ikke bare for Kommunalteknikk."),
        ("p", "Behandling: Hovedverneombudet viste til at mange av de ansatte i vaktordningen er "
              "sommervikarer og lærlinger, og fremmet forslag om et nytt punkt 5 om opplæring. "
              "Forslaget ble vedtatt med 5 mot 1 stemme. Kommunedirektørens forslag til "
              "vedtak, med det nye punkt 5, ble deretter enstemmig vedtatt."),
        ("h2", "Vedtak:"),
        ("p", "Arbeidsmiljøutvalget ber kommunedirektøren om å utarbeide en handlingsplan for "
              "alenearbeid i Kommunalteknikk. Handlingsplanen skal:"),
        *[("typed", f"{i}.", t + (";" if i < len(items) else "."), 6, 2)
          for i, t in enumerate(items, 1)],
        ("p", s1 + " " + s2),
        ("p", "Protokolltilførsel fra arbeidsgiversiden: Arbeidsgiversiden mener at bemanningen i "
              "vaktordningen er et forhandlingsspørsmål som ikke hører hjemme i AMU, men stemte "
              "for vedtaket som helhet."),
        ("h2", "21/57 Årsrapport 2056 fra bedriftshelsetjenesten"),
        ("p", "Yrkeshygienikeren la fram årsrapporten. AMU merket seg at målingene av støy i "
              "renovasjonsbilene er fra 2051."),
        ("p", "Vedtak: Årsrapporten tas til orientering. Arbeidsmiljøutvalget ber "
              "bedriftshelsetjenesten om å gjennomføre nye støymålinger i renovasjonsbilene i "
              "løpet av 2058. Enstemmig."),
        ("p", "Eventuelt: Hovedverneombudet orienterte om verneombudssamlingen 14. oktober. "
              "Neste møte er 25. november 2057."),
        ("form", [["Godkjent", "Torbjørn Fjellestad (sign.), Marit Skorpedal (sign.)"]], [44, 126]),
    ]
    rl_pdf(d / "mandate.pdf", a, title="Møtebok Arbeidsmiljøutvalget 16.09.2057",
           author="Rypdal kommune", family="LS", size=10.3,
           head_left=DROP["alenearbeid-amu"][0], head_right=DROP["alenearbeid-amu"][1],
           foot=lambda n, m: f"Side {n} av {m}", accent="#7A2E12", head_fill="#EDE4DF")
    # the vedtak's numbered items run over the page break, item 2 wrapping across it
    expect_on_page(d / "mandate.pdf", [(1, "fastsette hvilke oppgaver som ikke skal"),
                                       (2, "unntak fra dette;")])

    alene = [
        ["Vann og avløp", "Tilsynsrunde på vannverket og renseanlegget, helg og helligdag",
         "Ja, alltid"],
        ["Vann og avløp", "Spyling og kontroll av ledningsnett", "Ofte"],
        ["Vann og avløp", "Avlesing og prøvetaking på høydebassengene", "Ofte"],
        ["Vei og park", "Brøyting og strøing med traktor og lastebil", "Ja, alltid"],
        ["Vei og park", "Klipping og skjøtsel av friområder", "Av og til"],
        ["Renovasjon", "Tømming av glass- og metallcontainere", "Ja, alltid"],
    ]
    to = [
        "Nedstigning i kummer, tanker og pumpesumper",
        "Arbeid i pumpestasjoner der gassvarsler er installert",
        "Arbeid i og langs kjørebanen uten skiltbil, også korte stans",
        "Arbeid på eller ved islagt vann",
        "Felling av trær nær vei, strømledning eller bygning",
    ]
    tiltak = [
        ["1", "Alarmtelefon med fallalarm og «mann ned» til alle som arbeider alene",
         "Driftssjef Kommunalteknikk", "1. mars 2058"],
        ["2", "Innsjekk til vaktsentralen ved start, hver annen time og ved avslutning",
         "Driftsledere", "1. mars 2058"],
        ["3", "Skiltbil på alle oppdrag i kjørebanen", "Driftsleder vei og park", "1. april 2058"],
        ["4", "Opplæring i bruk av alarmtelefonen ved utlevering", "Driftsledere",
         "Ved utlevering"],
        ["5", "Førstehjelpskurs for fast ansatte i vann og avløp", "Rådgiver HMS",
         "Høsten 2058"],
        ["6", "Ny gjennomgang av risikovurderingen sammen med verneombudene",
         "Driftssjef Kommunalteknikk", "Desember 2059"],
    ]
    p = [
        ("title", "Handlingsplan for alenearbeid i Kommunalteknikk 2058–2059"),
        ("meta", "Rypdal kommune · Kommunalteknikk · Sendt til arbeidsmiljøutvalget "
                 "11. november 2057, behandlet i møtet 25. november 2057 (sak 27/57)"),
        ("h1", "1 Hvorfor en plan for alenearbeid"),
        ("p", "Kommunalteknikk har 46 ansatte i vann og avløp, vei og park og renovasjon. Mye "
              "av arbeidet foregår ute i kommunen, og mange oppgaver gjøres av én person, "
              "særlig tidlig om morgenen og i helgene. Arbeidsmiljøutvalget ba i sak 20/57 om en "
              "handlingsplan for alenearbeid. Bakgrunnen var to hendelser i februar og april "
              "2057, der ansatte som arbeidet alene kom i en farlig situasjon."),
        ("p", "Planen er laget av en arbeidsgruppe med driftssjef Kommunalteknikk, driftsleder "
              "vann og avløp og verneombudet for vann og avløp, Kåre Bjølstad. Gruppen hadde tre "
              "møter i oktober 2057. Verneombudet for vei, park og renovasjon fikk utkastet til "
              "uttalelse 1. november og hadde ingen merknader."),
        ("h1", "2 Dette gjør vi alene i dag"),
        ("p", "Tabellen viser de oppgavene som ofte eller alltid gjøres av én person på "
              "ordinær arbeidstid og i helgene."),
        ("table", ["Avdeling", "Oppgave", "Alene?"], alene, [3.4, 9.2, 3.0]),
        ("h1", "3 Disse jobbene krever to"),
        ("p", "Fra 1. januar 2058 skal følgende oppgaver alltid gjøres av minst to personer, "
              "eller av én person med en kollega til stede på stedet:"),
        ("bullets", to),
        ("p", "Driftslederen kan ikke gjøre unntak. Kan en slik jobb ikke bemannes med to, "
              "utsettes den, eller det leies inn hjelp."),
        ("h1", "4 Når noen er ute på egen hånd"),
        ("p", "Alle som arbeider alene, skal bære alarmtelefon med fallalarm og «mann ned». "
              "Den ansatte sjekker inn til vaktsentralen på brannstasjonen når arbeidet starter, "
              "hver annen time og når arbeidet er ferdig. Uteblir en innsjekk, ringer "
              "vaktsentralen den ansatte. Får vaktsentralen ikke svar innen 10 minutter, varsles "
              "driftslederen, og nærmeste kollega sendes ut. Får heller ikke driftslederen "
              "kontakt innen 30 minutter, ringer vaktsentralen 113 og oppgir siste kjente posisjon "
              "fra telefonen."),
        ("h1", "5 Vaktordningen for vann og avløp"),
        ("p", "Vaktordningen for vann og avløp har én person på vakt utenom arbeidstid, med "
              "driftslederen som bakvakt. Bemanningen i vaktordningen er avtalt med "
              "fagforeningene i 2054 og tas ikke opp i denne planen. Den som har vakt, følger "
              "rutinen for innsjekk i kapittel 4."),
        ("h1", "6 Opplæring"),
        ("p", "Alle som får alarmtelefon, får opplæring i bruken når telefonen deles ut. Fast "
              "ansatte i vann og avløp skal ha gjennomført førstehjelpskurs innen utgangen av "
              "2058."),
        ("h1", "7 Tiltak"),
        ("p", "Tiltakene i planen, med ansvar og frist:"),
        ("table", ["Nr.", "Tiltak", "Ansvarlig", "Frist"], tiltak, [1.2, 8.0, 4.2, 2.8]),
        ("h1", "8 Oppfølging"),
        ("p", "Driftssjefen rapporterer om tiltakene til AMU i siste møte hvert år. Avvik ved "
              "alenearbeid meldes i kommunens avvikssystem."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Handlingsplan for alenearbeid i Kommunalteknikk",
             author="Rypdal kommune", font="Liberation Sans", size=10.5, lang="nb-NO",
             header="Rypdal kommune · Handlingsplan alenearbeid 2058–2059",
             footer="Side {PAGE} av {NUMPAGES}", accent="7A2E12", head_fill="EDE4DF")
    g = [
        P("1", items[0], "content", "partial", ev="Tabellen viser de oppgavene som ofte",
          missing=["oppgavene i vaktordningen (kveld, natt og helg utenom ordinær tid)"],
          trap="numbered item of the vedtak in a MØTEBOK FRA ARBEIDSMILJØUTVALGET; a table of "
               "what is done alone on ordinary working time and at weekends, nothing on the "
               "tasks of the vaktordning"),
        P("2", items[1], "content", "covered", ev="Fra 1. januar 2058 skal følgende oppgaver",
          trap="answered under a heading that shares no word with the point ('Disse jobbene "
               "krever to'): kummer, pumpestasjoner and work in the kjørebane listed, no "
               "exceptions"),
        P("3", items[2], "content", "covered", ev="Alle som arbeider alene, skal bære",
          trap="answered in other words under 'Når noen er ute på egen hånd': innsjekk every "
               "second hour, 10 and 30 minutes' escalation"),
        P("4", items[3], "content", "uncovered",
          trap="SHARED WORDS and a REFUSAL under 'Vaktordningen for vann og avløp': one person "
               "on duty, the staffing 'tas ikke opp i denne planen' — no assessment"),
        P("5", items[4], "content", "partial", ev="Alle som får alarmtelefon, får opplæring",
          missing=["førstehjelpskurs for andre enn fast ansatte i vann og avløp (vei og park, "
                   "renovasjon, sommervikarer)"],
          trap="alarm training for all who get a telephone; førstehjelp only for permanent "
               "staff in one of three departments, sommervikarer not named"),
        P("6", items[5], "deliverable", "covered", ev="Tiltakene i planen, med ansvar",
          trap="a measure table with Ansvarlig and Frist in every row ('Ved utlevering' is a "
               "deadline tied to an event)"),
        P("7", items[6], "content", "uncovered",
          trap="SHARED WORDS: the two incidents are named as background ('Bakgrunnen var to "
               "hendelser i februar og april 2057'), nothing on what was learnt from them or how "
               "it was used"),
        P("S1", s1, "process", "partial", ev="Planen er laget av en arbeidsgruppe",
          missing=["verneombudet for vei, park og renovasjon med i arbeidet (fikk bare utkastet "
                   "til uttalelse)"],
          trap="past tense in the introduction: one of the two verneombud was in the working "
               "group, the other only got the draft for comment"),
        P("S2", s2, "process", "covered", ev="Rypdal kommune · Kommunalteknikk · Sendt til",
          trap="the meta line: sent 11 November, handled in the AMU meeting 25 November 2057. "
               "Not points: the participants, the saksliste, saker 18/57 and 19/57, the "
               "summary of the saksutredning, the law and the BHT's advice, the vote, the "
               "protokolltilførsel, sak 21/57's vedtak addressed to the bedriftshelsetjeneste, "
               "'Eventuelt'"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["alenearbeid-amu"],
                producer="a MØTEBOK FRA ARBEIDSMILJØUTVALGET printed from the case system "
                "(reportlab, Liberation Sans 10.3, running head, 'Side n av m', two pages): a "
                "form of members, a saksliste table, four saker; in sak 20/57 a summary, the "
                "law and the BHT's advice, the vote on the hovedverneombud's added item, then "
                "'Vedtak:' with 'Handlingsplanen skal:' and items 1.–7. typed with a hanging "
                "indent over the page break, S1 and S2 in one paragraph after them, a "
                "protokolltilførsel (none); sak 21/57's vedtak to the BHT (none); plan "
                "python-docx → LibreOffice (Liberation Sans 10.5, nb-NO, 'Side n av m'), two "
                "tables and a bullet list, headings in other words, a refusal, shared words",
                points=g)


# =========================================================================== 2 skulemiljo-vedtak (nn)
@pair
def skulemiljo_vedtak(d: Path) -> dict:
    tiltak = [
        "Kontaktlæraren og ein annan vaksen som eleven kjenner, skal ha ein fast samtale med "
        "eleven kvar veke fram til sommarferien, der eleven får fortelje korleis ho har det på "
        "skulen.",
        "Skulen skal ha ein vaksen til stades ved sykkelskuret i alle friminutt og i garderoben "
        "før og etter kroppsøving.",
        "Skulen skal kartleggje klassemiljøet i 7B med ei anonym undersøking innan 1. mai 2057, "
        "og bruke resultatet til å vurdere om det trengst fleire tiltak for klassen.",
        "Rektor skal gje kvar av elevane som har plaga eleven, tydeleg beskjed om at åtferda må "
        "ta slutt, og skulen skal følgje opp kvar av dei.",
        "Skulen skal avtale med foreldra korleis dei skal bli informerte om utviklinga, og "
        "informere dei minst kvar fjortande dag.",
        "Skulen skal følgje med på om eleven blir halden utanfor eller hetsa i digitale kanalar "
        "som klassen bruker, og seie kva skulen gjer dersom det skjer.",
    ]
    s1 = ("Tiltaka skal skrivast inn i ein aktivitetsplan som viser kva problem tiltaka skal "
          "løyse, kva tiltak skulen har planlagt, når tiltaka skal gjennomførast, kven som er "
          "ansvarleg, og når tiltaka skal evaluerast.")
    s2 = ("Skulen skal sende aktivitetsplanen til Statsforvaltaren og til foreldra innan "
          "20. mars 2057.")
    s3 = "Kva eleven sjølv meiner om tiltaka, skal gå fram av planen."
    a = [
        ("form", [["Vår dato", "27.02.2057"], ["Vår ref.", "2057/2214"],
                  ["Saksbehandlar", "Seniorrådgjevar Liv Gjerdevik, tlf. 57 64 31 20"],
                  ["Til", "Lundeberg skule v/ rektor, med kopi til Fjordeid kommune og til "
                   "foreldra"]], [3.6, 12.8]),
        ("title", "Vedtak i skulemiljøsak – Lundeberg skule"),
        ("p", "Statsforvaltaren har behandla saka som foreldra melde 6. februar 2057. Vi har "
              "kome til at skulen ikkje har oppfylt aktivitetsplikta si, og vi vedtek difor kva "
              "skulen skal gjere for at eleven skal få eit trygt og godt skulemiljø."),
        ("h1", "Kva saka gjeld"),
        ("p", "Eleven går i 7B på Lundeberg skule. Ho har sidan hausten 2056 fortalt foreldra at "
              "nokre elevar i klassen kallar henne stygge ting og stengjer henne ute frå leiken "
              "ved sykkelskuret, og at ho har fått ekle meldingar i klassegruppa på ein "
              "meldingsteneste. Foreldra tok det opp med kontaktlæraren i oktober og med rektor "
              "i desember. Skulen sette inn ekstra inspeksjon i to veker, men laga ingen "
              "aktivitetsplan."),
        ("h1", "Regelverket"),
        ("p", "Etter opplæringslova kapittel 12 har alle elevar rett til eit trygt og godt "
              "skulemiljø som fremjar helse, trivsel og læring. Alle som arbeider på skulen, skal "
              "følgje med på om elevane har det trygt og godt, og gripe inn mot krenkingar. Når "
              "ein elev seier at han eller ho ikkje har det trygt og godt på skulen, skal skulen "
              "undersøkje saka og setje inn eigna tiltak. Skulen skal lage ein skriftleg plan når "
              "han gjer tiltak i ei sak."),
        ("h1", "Statsforvaltaren si vurdering"),
        ("p", "Statsforvaltaren meiner at skulen ikkje har undersøkt saka godt nok. Skulen har "
              "ikkje snakka med eleven åleine, og har ikkje undersøkt kva som skjer i "
              "klassegruppa. Den ekstra inspeksjonen varte berre i to veker og vart ikkje "
              "evaluert. Eleven har framleis ikkje eit trygt og godt skulemiljø."),
        ("h1", "Vedtak"),
        ("p", "Statsforvaltaren vedtek at Lundeberg skule skal setje i verk desse tiltaka:"),
        ("bullets", tiltak),
        ("p", s1 + " " + s2 + " " + s3),
        ("p", "Fjordeid kommune er skuleeigar og skal sørgje for at skulen får den hjelpa han "
              "treng for å gjennomføre tiltaka, mellom anna frå PP-tenesta."),
        ("h1", "Vidare oppfølging"),
        ("p", "Statsforvaltaren vil følgje opp saka og ta kontakt med skulen og foreldra i "
              "byrjinga av juni 2057. Dersom eleven framleis ikkje har det trygt og godt, kan "
              "foreldra melde saka til Statsforvaltaren på nytt."),
        ("h1", "Klagerett"),
        ("p", "Foreldra og skulen kan klage på vedtaket innan tre veker. Ein eventuell klage "
              "skal sendast til Statsforvaltaren, som sender han vidare til Utdanningsdirektoratet "
              "dersom vi ikkje endrar vedtaket."),
        ("p", "Med helsing"),
        ("p", "Gunvor Heide, utdanningsdirektør · Liv Gjerdevik, seniorrådgjevar"),
        ("p", "Dokumentet er elektronisk godkjent."),
    ]
    docx_pdf(d / "mandate.pdf", a, title="Vedtak i skulemiljøsak – Lundeberg skule",
             author="Statsforvaltaren i Vestheim", font="Liberation Serif", size=11.5,
             lang="nn-NO", header=DROP["skulemiljo-vedtak"][0],
             footer="Side {PAGE} av {NUMPAGES}", accent="1D4E4A", head_fill="E0ECEA")

    rows = [
        ["Fast prat kvar måndag i 2. time med kontaktlærar Ingrid Rustøy og "
         "helsesjukepleiar Tone Vikjord", "Kontaktlærar", "Frå 9. mars", "Kvar fjerde veke"],
        ["Vaksen ved sykkelskuret i alle friminutt (ny inspeksjonsplan)", "Rektor",
         "Frå 9. mars", "30. april"],
        ["Klassetrivselsundersøkinga for 5.–7. trinn", "Kontaktlærar", "November 2057",
         "Desember 2057"],
        ["Samtale med kvar av dei tre elevane og foreldra deira", "Rektor", "9.–11. mars",
         "—"],
        ["Oppfølgingssamtale med kvar av dei tre elevane", "Kontaktlærar",
         "Kvar fjortande dag", "30. april"],
        ["Møte mellom skulen og foreldra", "Kontaktlærar", "Ved behov", "—"],
        ["Undervisningsopplegg om nettvett i 7B", "Kontaktlærar", "April 2057", "—"],
    ]
    p = [
        ("title", "Aktivitetsplan"),
        ("meta", "Lundeberg skule · Elev i 7B · Plan nr. 1 · Oppretta 13. mars 2057 · Sendt til "
                 "Statsforvaltaren i Vestheim og til foreldra 17. mars 2057"),
        ("h1", "1 Bakgrunn"),
        ("p", "Planen er laga etter vedtaket frå Statsforvaltaren i Vestheim av 27. februar 2057. "
              "Sjå vedtaket for ei skildring av saka. Kontaktlæraren har gått gjennom planen med "
              "eleven, og foreldra har hatt han på høyring."),
        ("h1", "2 Mål for planen"),
        ("p", "Eleven skal oppleve at ho er trygg på skulen, i friminutta og på veg til og frå "
              "skulen. Ho skal ha minst éin vaksen på skulen ho kan snakke med."),
        ("h1", "3 Tiltak"),
        ("p", "Tabellen viser tiltaka skulen set i verk, kven som har ansvaret og når tiltaka "
              "blir gjennomførte og evaluerte."),
        ("table", ["Tiltak", "Ansvarleg", "Når", "Evaluering"], rows, [7.0, 2.8, 3.0, 3.0]),
        ("h1", "4 Garderoben"),
        ("p", "Skulen har berre mannlege lærarar i kroppsøving på 7. trinn. Vi vurderer om "
              "jentene i 7B kan bruke garderoben ved symjehallen, der det er ein kvinneleg "
              "tilsett. Dette blir avklart før haustferien."),
        ("h1", "5 Det digitale"),
        ("p", "Klassegruppa er oppretta av elevane sjølve og er ikkje ein del av skulen sine "
              "digitale kanalar. Det som skjer der utanfor skuletida, er eit ansvar for heimen. "
              "Skulen tek opp nettvett og god tone i klassen i april, jf. tabellen."),
        ("h1", "6 Evaluering av planen"),
        ("p", "Rektor, kontaktlæraren og foreldra evaluerer planen i eit møte 30. april 2057. "
              "Eleven blir spurd om korleis ho har det, før møtet. Planen blir deretter endra "
              "eller avslutta."),
        ("h1", "7 Det skulen har undersøkt"),
        ("table", ["Dato", "Kva", "Kven"],
         [["2. mars 2057", "Møte med foreldra", "Rektor og kontaktlærar"],
          ["3.–6. mars 2057", "Observasjon ved sykkelskuret og i gangen i alle friminutt",
           "Inspiserande lærarar"],
          ["9.–11. mars 2057", "Samtale med dei tre elevane som er nemnde i saka",
           "Rektor"],
          ["10. mars 2057", "Samtale med PP-tenesta om klassemiljøet", "Rektor"]],
         [3.4, 8.6, 4.2]),
        ("h1", "8 Kontakt"),
        ("p", "Eleven og foreldra kan alltid ta kontakt med kontaktlærar Ingrid Rustøy eller "
              "rektor Håkon Skjelbakken. Skulen har ikkje teieplikt overfor foreldra om "
              "opplysningar som gjeld deira eige barn i denne saka."),
        ("p", "Lundeberg, 13. mars 2057 · Håkon Skjelbakken, rektor"),
    ]
    odt_pdf(d / "plan.pdf", p, title="Aktivitetsplan – Lundeberg skule",
            font="Liberation Sans", size=10.5, lang="nn", country="NO",
            header="Lundeberg skule · Aktivitetsplan · Unnateke offentlegheit, offl. § 13",
            footer="Side {n} av {m}", accent="#1D4E4A", head_fill="#E0ECEA")
    g = [
        P("1", tiltak[0], "content", "covered", ev="Fast prat kvar måndag",
          trap="a Word bullet of the measures in a Statsforvaltar's VEDTAK I SKULEMILJØSAK; "
               "answered in other words in the table ('Fast prat kvar måndag' with the "
               "kontaktlærar and the helsesjukepleiar)"),
        P("2", tiltak[1], "content", "partial", ev="Vaksen ved sykkelskuret",
          missing=["vaksen i garderoben før og etter kroppsøving (berre vurdert, avklart før "
                   "haustferien)"],
          trap="the sykkelskur answered in the table; the garderobe left to a 'vurderer' under "
               "its own heading"),
        P("3", tiltak[2], "content", "uncovered",
          trap="PUT OFF: the school's ordinary klassetrivselsundersøking in November, months "
               "after 1 May and for the whole trinn, with no word on using it to judge more "
               "measures for the class"),
        P("4", tiltak[3], "content", "covered", ev="Samtale med kvar av dei tre elevane",
          trap="two table rows: rektor's talks 9–11 March and the kontaktlærar's follow-up "
               "every fortnight"),
        P("5", tiltak[4], "content", "partial", ev="Møte mellom skulen og foreldra",
          missing=["informasjon til foreldra minst kvar fjortande dag (planen har 'ved behov')"],
          trap="a meeting with the parents 'ved behov' and an evaluation meeting: cooperation "
               "without the agreed frequency"),
        P("6", tiltak[5], "content", "uncovered",
          trap="a REFUSAL with SHARED WORDS under 'Det digitale': the class group is 'eit "
               "ansvar for heimen'; a lesson on nettvett is no watch and no response"),
        P("S1", s1, "deliverable", "partial", ev="Tabellen viser tiltaka skulen set i verk",
          missing=["kva problem tiltaka skal løyse (planen viser berre til vedtaket)"],
          trap="a table with tiltak, ansvarleg, når and evaluering; the problem is not "
               "described ('Sjå vedtaket for ei skildring av saka')"),
        P("S2", s2, "process", "covered", ev="Lundeberg skule · Elev i 7B",
          trap="the meta line: sent to the Statsforvaltar and the parents 17 March 2057, "
               "before 20 March"),
        P("S3", s3, "content", "partial", ev="Planen er laga etter vedtaket",
          missing=["kva eleven meiner om tiltaka"],
          trap="SHARED WORDS: the kontaktlærar 'har gått gjennom planen med eleven', and she "
               "will be asked before the evaluation, but her views are not in the plan. Not "
               "points: the letter form, 'Kva saka gjeld', 'Regelverket' (the school's duty by "
               "law), the Statsforvaltar's assessment, the skuleeigar's duty, 'Vidare "
               "oppfølging', 'Klagerett' and the signatures"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["skulemiljo-vedtak"],
                producer="a Statsforvaltar's VEDTAK I SKULEMILJØSAK (python-docx → LibreOffice, "
                "Liberation Serif 11.5, nn-NO, running header, 'Side n av m', two pages): a "
                "letter form, 'Kva saka gjeld', 'Regelverket', 'Statsforvaltaren si vurdering' "
                "(none), 'Vedtak' with six Word bullets of measures (1–6, full sentences), then "
                "one paragraph with S1, S2 and S3 and a duty on the skuleeigar (none), "
                "'Vidare oppfølging' and 'Klagerett' (none); plan an AKTIVITETSPLAN, odfpy → "
                "LibreOffice (Liberation Sans 10.5, 'Side n av m'), a measure table with "
                "Evaluering column, a deferral to the ordinary survey, a refusal, a 'ved "
                "behov', a 'vurderer'", points=g)


# =========================================================================== 3 vatten-atgarder (sv)
def _sv_css() -> str:
    return (
        "@page{size:A4;margin:16mm 17mm 18mm 17mm;@bottom-center{content:'Åkerlunda kommun · "
        "Vattenplan · sida ' counter(page) ' (' counter(pages) ')';font:7.6pt 'DejaVu Sans',"
        "sans-serif;color:#555}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:9.6pt;line-height:1.5;color:#202020;"
        "margin:0}.band{background:#1f5f8b;color:#fff;padding:10px 14px 8px}.band b{font-size:"
        "8.5pt;letter-spacing:1.5px;text-transform:uppercase}.band h1{font-size:18pt;margin:3px "
        "0 2px;font-weight:bold}.band span{font-size:8.4pt}.lead{font-size:10.4pt;margin:12px 0 "
        "10px;color:#333}h2{font-size:12.3pt;color:#1f5f8b;margin:16px 0 5px;break-after:avoid;"
        "border-bottom:1px solid #9bbbd1;padding-bottom:2px}h3{font-size:10.2pt;margin:11px 0 "
        "3px;break-after:avoid}p{margin:0 0 7px}table{border-collapse:collapse;width:100%;"
        "margin:5px 0 11px;font-size:8.8pt}th{background:#dde9f2;text-align:left;padding:4px 6px;"
        "border:1px solid #a7c0d3}td{padding:4px 6px;border:1px solid #c5d5e1;vertical-align:top}"
        "tr{break-inside:avoid}.box{background:#f1f6fa;border:1px solid #c5d5e1;padding:7px 11px;"
        "margin:8px 0 10px;font-size:9pt}"
    )


@pair
def vatten_atgarder(d: Path) -> dict:
    atg = [
        ("Åtgärd Kommunerna 1",
         "Kommunerna behöver utveckla och genomföra tillsyn av små avloppsanläggningar, så att "
         "de anläggningar som påverkar vattenförekomster som inte uppnår god status åtgärdas "
         "först.",
         "Enskilda avlopp är en betydande källa till fosfor i många av distriktets mindre "
         "vattendrag. Tillsynen behöver inriktas där nyttan för vattenmiljön är störst."),
        ("Åtgärd Kommunerna 2",
         "Kommunerna behöver ta fram och besluta vatten- och avloppsvattenplaner som även "
         "omfattar områden utanför de kommunala verksamhetsområdena.",
         "Många kommuner har VA-planer som bara gäller den allmänna anläggningen. Det är utanför "
         "verksamhetsområdena som behovet av en planerad utbyggnad ofta är störst."),
        ("Åtgärd Kommunerna 3",
         "Kommunerna behöver i översiktsplaneringen och i detaljplaneringen redovisa hur "
         "planerna påverkar möjligheten att följa miljökvalitetsnormerna för vatten.",
         "Enligt plan- och bygglagen ska miljökvalitetsnormerna följas vid planläggning. Det "
         "ska gå att se i planhandlingarna hur kommunen har bedömt påverkan."),
        ("Åtgärd Kommunerna 4",
         "Kommunerna behöver planera för och vidta åtgärder som minskar belastningen av "
         "näringsämnen och miljögifter från dagvatten, i första hand från befintlig "
         "bebyggelse och trafikerade vägar.",
         "Dagvatten från äldre bebyggelse och vägar renas sällan. Nya områden omfattas redan i "
         "dag av krav på fördröjning och rening."),
        ("Åtgärd Kommunerna 5",
         "Kommunerna behöver inrätta vattenskyddsområden med föreskrifter för de allmänna "
         "vattentäkter som saknar sådant skydd, och se över skyddet där föreskrifterna är "
         "inaktuella.",
         "Ett tjugotal allmänna vattentäkter i distriktet saknar vattenskyddsområde, och många "
         "föreskrifter är äldre än 1990."),
        ("Åtgärd Kommunerna 6",
         "Kommunerna behöver prioritera tillsynen av miljöfarliga verksamheter och förorenade "
         "områden som kan påverka vattenförekomster med risk att inte uppnå god status.",
         "Tillsynen är kommunernas viktigaste verktyg för att minska utsläpp från verksamheter "
         "som inte prövas av länsstyrelsen."),
    ]
    s1 = ("Kommunerna ska senast den 28 februari varje år redovisa till vattenmyndigheten vilka "
          "åtgärder som har genomförts under föregående år.")
    a = [
        ("title", "Åtgärdsprogram för Mellanälvens vattendistrikt 2057–2063"),
        ("meta", "Utdrag: kapitel 5 Åtgärder, avsnitt 5.1, 5.5 och 5.6 · Beslutat av "
                 "Vattendelegationen för Mellanälvens vattendistrikt den 14 december 2056"),
        ("h1", "5 Åtgärder"),
        ("bold", "5.1 Om åtgärderna"),
        ("p", "Åtgärderna i detta kapitel riktas till de myndigheter och kommuner som behöver "
              "vidta dem för att miljökvalitetsnormerna för vatten ska kunna följas. Enligt 5 kap. "
              "8 § miljöbalken ska myndigheter och kommuner inom sina ansvarsområden vidta de "
              "åtgärder som behövs enligt ett åtgärdsprogram. Varje åtgärd följs av en motivering. "
              "Kostnaderna för åtgärderna redovisas i bilaga 3 och i konsekvensanalysen."),
        ("p", "Vattenmyndigheten rekommenderar att kommuner som delar ett avrinningsområde "
              "samordnar sitt arbete med åtgärderna, till exempel i ett vattenråd."),
        ("bold", "5.5 Åtgärder riktade till kommunerna"),
        ("p", "Åtgärderna gäller samtliga 22 kommuner i vattendistriktet."),
    ]
    for lab, text, mot in atg:
        a += [("bold", lab), ("p", text), ("p", "Motivering: " + mot)]
    a += [
        ("p", "Kommunerna och myndigheterna rapporterar genomförandet i vattenmyndighetens "
              "rapporteringsverktyg. " + s1 + " Länsstyrelsen sammanställer redovisningen för "
              "länet."),
        ("bold", "5.6 Åtgärder riktade till länsstyrelserna"),
        ("bold", "Åtgärd Länsstyrelserna 1"),
        ("p", "Länsstyrelserna behöver vägleda kommunerna i arbetet med vattenskyddsområden och "
              "prioritera handläggningen av ansökningar om vattenskyddsområden."),
        ("p", "Motivering: Länsstyrelsen beslutar om vattenskyddsområden när kommunen inte gör "
              "det, och har en viktig roll som vägledande myndighet."),
        ("bold", "Åtgärd Länsstyrelserna 2"),
        ("p", "Länsstyrelserna behöver se över tillstånd för vattenverksamheter som påverkar "
              "vattenförekomster med otillfredsställande konnektivitet."),
    ]
    odt_pdf(d / "mandate.pdf", a, title="Åtgärdsprogram för Mellanälvens vattendistrikt 2057–2063",
            font="Liberation Serif", size=11, lang="sv", country="SE",
            header=DROP["vatten-atgarder"][0],
            footer="{n}", accent="#1F5F8B", head_fill="#DDE9F2")

    enskilda = [
        ["Sävån nedre", "Måttlig", "310", "2058–2059"],
        ["Ormbäcken", "Otillfredsställande", "145", "2058"],
        ["Gäddsjön med tillflöden", "Måttlig", "220", "2060–2061"],
        ["Övriga kommunen", "God", "cirka 1 900", "Efter 2062"],
    ]
    tatter = [
        ["Åkerlunda vattenverk (Sävåsen)", "Föreskrifter från 1978", "Översyn, beslut 2059"],
        ["Västanby", "Saknas", "Nytt skyddsområde, beslut 2058"],
        ["Hällsnäs", "Saknas", "Nytt skyddsområde, beslut 2060"],
        ["Granberga", "Beslutat 2049", "Ingen åtgärd"],
    ]
    atgtab = [
        ["Tillsyn av enskilda avlopp i prioriterade områden", "Miljö- och byggnämnden",
         "2058–2061"],
        ["Dagvattenpolicy med krav på rening i nya detaljplaner", "Samhällsbyggnad",
         "2058"],
        ["Utredning av dagvatten från befintliga områden och väg 56", "Samhällsbyggnad",
         "Påbörjas 2060"],
        ["Vattenskyddsområden enligt tabellen ovan", "Åkerlunda Vatten AB",
         "2058–2060"],
        ["Årlig redovisning till vattenmyndigheten", "Miljöstrateg", "Februari varje år"],
    ]
    body = (
        "<div class='band'><b>Åkerlunda kommun</b><h1>Vattenplan 2058–2063</h1><span>Kommunens "
        "genomförande av åtgärdsprogrammet för Mellanälvens vattendistrikt · Antagen av "
        "kommunfullmäktige 12 juni 2058, § 64</span></div>"
        + "<p class='lead'>Åkerlunda kommun ska bidra till att sjöar, vattendrag och grundvatten "
          "når god status. Här beskriver vi hur kommunen genomför de åtgärder som "
          "vattenmyndigheten riktar till kommunerna, och vem som gör vad.</p>"
        + "<h2>Vattnet i Åkerlunda</h2>"
        + paras("Kommunen har 41 vattenförekomster. Nio av dem uppnår inte god ekologisk status, "
                "främst på grund av för mycket fosfor. Sävån och Ormbäcken påverkas mest av "
                "enskilda avlopp och jordbruk, Gäddsjön av dagvatten från tätorten.")
        + "<h2>Avlopp på landsbygden</h2>"
        + paras("Miljö- och byggnämnden inventerar enskilda avlopp område för område. Vi börjar "
                "där vattnet mår sämst och där många anläggningar ligger nära vattendraget. "
                "Anläggningar som inte uppfyller kraven får föreläggande om åtgärd.")
        + table_html(["Område", "Ekologisk status", "Antal anläggningar", "Tillsyn"], enskilda)
        + "<h2>VA-planen</h2>"
        + paras("Kommunfullmäktige antog VA-plan för Åkerlunda 2055. Den gäller de kommunala "
                "verksamhetsområdena och beskriver hur ledningsnätet förnyas. Hur vatten och "
                "avlopp ska ordnas i omvandlingsområdena vid Gäddsjön och Bredvik utreds i "
                "samband med nästa revidering av VA-planen, som är planerad till 2061.")
        + "<h2>Planering och miljökvalitetsnormer</h2>"
        + paras("Översiktsplanen för Åkerlunda antogs 2056. Miljökvalitetsnormerna för vatten "
                "finns beskrivna i planens underlag, och kommunen arbetar för att de ska följas "
                "i all planläggning.")
        + "<h2>Dagvatten</h2>"
        + paras("Från 2058 gäller en dagvattenpolicy som kräver att dagvatten från nya "
                "detaljplaneområden fördröjs och renas innan det når Gäddsjön eller Sävån. För "
                "befintliga bostadsområden och väg 56 görs en utredning med start 2060, när "
                "medel finns i investeringsbudgeten.")
        + "<h2>Skydd för dricksvattnet</h2>"
        + paras("Åkerlunda Vatten AB har fyra allmänna vattentäkter. Två saknar "
                "vattenskyddsområde och en har föreskrifter som är äldre än 1980. Tabellen visar "
                "vad vi gör.")
        + table_html(["Vattentäkt", "Skydd i dag", "Åtgärd"], tatter)
        + "<h2>Tillsyn av verksamheter</h2>"
        + paras("Tillsynen av miljöfarliga verksamheter och förorenade områden styrs av miljö- "
                "och byggnämndens tillsynsplan, som beslutas varje år. Vattenplanen påverkar "
                "inte den.")
        + "<h2>Sammanställning</h2>"
        + table_html(["Åtgärd", "Ansvarig", "När"], atgtab)
        + "<div class='box'>Miljöstrategen samordnar arbetet med vattenplanen och redovisar "
          "genomförda åtgärder i vattenmyndighetens rapporteringsverktyg i februari varje år. "
          "Samma uppgifter redovisas för kommunstyrelsen i årsredovisningen.</div>"
    )
    html_pdf(d / "plan.pdf", lang="sv", title="Vattenplan 2058–2063 – Åkerlunda kommun",
             css=_sv_css(), body=body)
    t = {lab: text for lab, text, _ in atg}
    g = [
        P("1", t["Åtgärd Kommunerna 1"], "content", "covered",
          ev="Miljö- och byggnämnden inventerar enskilda avlopp",
          trap="a measure addressed to the kommuner in a VATTENMYNDIGHETENS ÅTGÄRDSPROGRAM; "
               "answered under 'Avlopp på landsbygden' with an order of areas by status"),
        P("2", t["Åtgärd Kommunerna 2"], "content", "partial",
          ev="Kommunfullmäktige antog VA-plan för Åkerlunda",
          missing=["VA-planering för områdena utanför verksamhetsområdena (utreds först vid "
                   "revideringen 2061)"],
          trap="a VA-plan exists (2055) but only for the verksamhetsområden; the areas outside "
               "are put off"),
        P("3", t["Åtgärd Kommunerna 3"], "content", "uncovered",
          trap="SHARED WORDS under 'Planering och miljökvalitetsnormer': the norms are 'beskrivna "
               "i planens underlag' and the kommun 'arbetar för' them — no account of how the "
               "plans affect them"),
        P("4", t["Åtgärd Kommunerna 4"], "content", "partial", ev="Från 2058 gäller en "
          "dagvattenpolicy", missing=["åtgärder för befintlig bebyggelse och väg 56 (bara en "
                                      "utredning från 2060)"],
          trap="new areas are covered by a policy, which the motivering says was already "
               "required; the point's priority, existing buildings and roads, gets a study"),
        P("5", t["Åtgärd Kommunerna 5"], "content", "covered", ev="Åkerlunda Vatten AB har fyra",
          trap="a table per vattentäkt: two new skyddsområden, one översyn, one already "
               "protected"),
        P("6", t["Åtgärd Kommunerna 6"], "content", "uncovered",
          trap="a REFUSAL under 'Tillsyn av verksamheter': left to the nämnd's yearly "
               "tillsynsplan, 'Vattenplanen påverkar inte den'"),
        P("S1", s1, "process", "covered", ev="Miljöstrategen samordnar arbetet",
          trap="a sentence after the measures; answered in a box and a table row (February "
               "every year, in the rapporteringsverktyg). Not points: '5.1 Om åtgärderna' (the "
               "law, the costs), the recommendation to cooperate in a vattenråd, the "
               "motiveringar, the länsstyrelse's compilation, the measures to the "
               "länsstyrelser (one names the kommuner)"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["vatten-atgarder"],
                producer="an excerpt of a VATTENMYNDIGHETENS ÅTGÄRDSPROGRAM (odfpy → "
                "LibreOffice, Liberation Serif 11, running header, a bare page number): '5.1 Om "
                "åtgärderna' with the law and a 'rekommenderar' (none), '5.5 Åtgärder riktade "
                "till kommunerna' with six bold labels 'Åtgärd Kommunerna n', each measure a "
                "paragraph 'Kommunerna behöver …' followed by a 'Motivering:' (none), a "
                "paragraph on reporting with S1, '5.6' measures to the länsstyrelser (none); "
                "plan the kommun's vattenplan as a web page printed with Chromium (DejaVu Sans "
                "9.6, page numbers in the margin), three tables and a box, headings in other "
                "words, a deferral, a refusal, shared words", points=g)


# =========================================================================== 4 styringsdialog-afdeling (da)
def _da_css() -> str:
    return (
        "@page{size:A4;margin:15mm 19mm 18mm 19mm;@bottom-left{content:'halsbjerg.dk/bolig/"
        "almene-boliger/styringsdialog-2057';font:7.4pt 'Liberation Sans',sans-serif;color:#777}"
        "@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font:7.4pt "
        "'Liberation Sans',sans-serif;color:#777}}*{-webkit-print-color-adjust:exact;"
        "print-color-adjust:exact}body{font-family:'Liberation Sans',sans-serif;font-size:10pt;"
        "line-height:1.5;color:#1c1c1c;margin:0}.logo{display:flex;justify-content:space-between;"
        "border-bottom:3px solid #6b3f8f;padding:0 0 6px;margin-bottom:10px}.logo b{font-size:"
        "14pt;color:#6b3f8f}.logo span{font-size:8pt;color:#555;align-self:flex-end}h1{font-size:"
        "16pt;line-height:1.25;margin:4px 0 6px}.meta{font-size:8.4pt;color:#555;margin:0 0 10px}"
        "h2{font-size:11.6pt;color:#6b3f8f;margin:15px 0 4px;break-after:avoid}p{margin:0 0 7px}"
        "p.aftale{background:#f3eef7;border-left:4px solid #6b3f8f;padding:5px 9px}"
        "table{border-collapse:collapse;margin:4px 0 10px;font-size:9pt}th{background:#ece4f2;"
        "text-align:left;padding:3px 8px;border:1px solid #c3b2d1}td{padding:3px 8px;border:1px "
        "solid #d6cade}"
    )


@pair
def styringsdialog_afdeling(d: Path) -> dict:
    aft = [
        "Boligselskabet udarbejder en plan for at nedbringe tomgangen i Vibeparken, herunder en "
        "vurdering af, om de 24 femværelses boliger i blok C kan ombygges til mindre boliger.",
        "Afdelingens henlæggelser til planlagt vedligeholdelse hæves, så de svarer til "
        "vedligeholdelsesplanen, og drift- og vedligeholdelsesplanen opdateres på grundlag af en "
        "ny bygningsgennemgang.",
        "Boligselskabet redegør for, hvordan fraflytningsprocenten i Vibeparken kan bringes under "
        "15 pct.",
        "Der lægges en plan for, hvordan der igen kan vælges en afdelingsbestyrelse i Vibeparken.",
        "Boligselskabet evaluerer den fleksible udlejning i Vibeparken og fremlægger forslag til "
        "nye udlejningskriterier til kommunens godkendelse.",
    ]
    s1 = ("Boligselskabet sender en handleplan for Vibeparken, der beskriver opfølgningen på "
          "aftalerne, til kommunen senest den 1. december 2057.")
    s2 = "Handleplanen skal forinden være forelagt et afdelingsmøde i Vibeparken."
    s3 = "For hver indsats skal handleplanen angive en tidsplan og en ansvarlig."
    st = [["Tomgang (boliger, gns.)", "2", "9", "14"],
          ["Fraflytningsprocent", "14,1", "17,6", "19,8"],
          ["Huslejerestancer (kr. pr. lejemål)", "1.040", "1.310", "1.780"]]
    body = (
        "<div class='logo'><b>Halsbjerg Kommune</b><span>Borger › Bolig › Almene boliger › "
        "Styringsdialog</span></div>"
        "<h1>Dokumentation af styringsdialogmøde 2057 med Boligselskabet Fjordlyst</h1>"
        "<div class='meta'>Møde afholdt 19. september 2057 på Halsbjerg Rådhus · "
        "Deltagere: for kommunen boligkonsulent Rikke Hyldgaard og økonomikonsulent Anders "
        "Thorhauge; for boligselskabet formand Bent Marcussen og direktør Lise Holmvang</div>"
        + paras("Styringsdialogen er kommunens tilsyn med, at de almene boligafdelinger drives "
                "forsvarligt og effektivt, jf. almenboliglovens regler om tilsyn og "
                "styringsdialog. Dokumentationen offentliggøres på kommunens hjemmeside. Mødet "
                "tog udgangspunkt i boligselskabets styringsrapport for regnskabsåret 2056.")
        + "<h2>1. Økonomi og effektivitet</h2>"
        + paras("Kommunen har gennemgået regnskaberne for 2056 og har ingen bemærkninger. "
                "Boligselskabet oplyste, at driftsudgifterne pr. m² er faldet med 3 pct. efter "
                "fællesdriften med Boligforeningen Søhøjen.")
        + "<h2>2. Vibeparken</h2>"
        + paras("Vibeparken (afd. 7, 212 boliger, opført 1971) har de seneste år haft stigende "
                "tomgang og fraflytning, især i de store boliger i blok C.")
        + table_html(["Nøgletal, Vibeparken", "2054", "2055", "2056"], st)
        + f"<p class='aftale'><b>Aftale:</b> {e(aft[0])}</p>"
        + "<h2>3. Vedligeholdelse</h2>"
        + paras("Henlæggelserne i Vibeparken er 52 kr. pr. m² om året, hvor "
                "vedligeholdelsesplanen forudsætter 78 kr. Boligselskabet gjorde opmærksom på, "
                "at en højere henlæggelse vil øge huslejen med ca. 140 kr. om måneden.")
        + f"<p class='aftale'><b>Aftale:</b> {e(aft[1])}</p>"
        + "<h2>4. Udlejning og beboersammensætning</h2>"
        + paras("Fraflytningsprocenten i Vibeparken var 19,8 pct. i 2056 mod 11,2 pct. i "
                "boligselskabets øvrige afdelinger.")
        + f"<p class='aftale'><b>Aftale:</b> {e(aft[2])}</p>"
        + paras("Vibeparken har siden 2055 haft fleksibel udlejning, hvor 30 pct. af de ledige "
                "boliger udlejes til ansøgere i arbejde eller uddannelse. Ordningen løber til "
                "udgangen af 2059.")
        + f"<p class='aftale'><b>Aftale:</b> {e(aft[4])}</p>"
        + "<h2>5. Beboerdemokrati</h2>"
        + paras("Afdelingsbestyrelsen i Vibeparken blev nedlagt på afdelingsmødet i marts 2056, "
                "fordi ingen ville stille op. Organisationsbestyrelsen varetager i dag "
                "afdelingsbestyrelsens opgaver.")
        + f"<p class='aftale'><b>Aftale:</b> {e(aft[3])}</p>"
        + "<h2>6. Opfølgning</h2>"
        + paras(s1 + " " + s2 + " " + s3,
                "Kommunen vil selv undersøge, om Vibeparken kan indgå i den kommende boligsociale "
                "helhedsplan for Halsbjerg Øst.",
                "Næste styringsdialogmøde afholdes i september 2058.")
    )
    html_pdf(d / "mandate.pdf", lang="da", title="Dokumentation af styringsdialogmøde 2057 – "
             "Boligselskabet Fjordlyst", css=_da_css(), body=body)

    tiltag = [
        ["1", "Udlejning af de ledige boliger i blok C med to måneders gratis husleje",
         "Udlejningschef", "1. januar 2058"],
        ["2", "Annoncering på boligportaler og på uddannelsesstederne i Halsbjerg",
         "Udlejningschef", "Fra december 2057"],
        ["3", "Henlæggelser hæves fra 52 til 78 kr. pr. m²", "Organisationsbestyrelsen",
         "Budget 2058"],
        ["4", "Opdateret drift- og vedligeholdelsesplan på grundlag af bygningsgennemgangen",
         "Driftschef", "1. marts 2058"],
        ["5", "Ekstraordinært afdelingsmøde med valg til afdelingsbestyrelse",
         "Organisationsbestyrelsen", "Marts 2058"],
        ["6", "Kursus for nye afdelingsbestyrelsesmedlemmer", "BL-kredsen", ""],
        ["7", "Velkomstpakke og besøg hos nye lejere", "Boligsocial medarbejder", "Løbende"],
    ]
    p = [
        ("title", "Handleplan for Vibeparken"),
        ("meta", "Boligselskabet Fjordlyst · Afdeling 7 Vibeparken · Godkendt af "
                 "organisationsbestyrelsen 20. november 2057 · Sendt til Halsbjerg Kommune "
                 "24. november 2057"),
        ("h1", "1 Indledning"),
        ("p", "Handleplanen følger op på styringsdialogmødet med Halsbjerg Kommune den "
              "19. september 2057. Planen er udarbejdet af boligselskabets administration og "
              "godkendt af organisationsbestyrelsen. Den forelægges beboerne på det "
              "ekstraordinære afdelingsmøde i marts 2058."),
        ("h1", "2 Ledige boliger i blok C"),
        ("p", "Ved udgangen af oktober 2057 stod 13 boliger tomme, heraf 11 femværelses boliger i "
              "blok C. Vi sætter ind med en udlejningskampagne og nye annoncer (tiltag 1 og 2). "
              "Målet er under fire tomme boliger ved udgangen af 2058."),
        ("p", "En ombygning af blok C har ikke været drøftet i organisationsbestyrelsen og indgår "
              "ikke i planen."),
        ("h1", "3 Opsparing til vedligehold"),
        ("p", "Rambøll-Vest gennemgik bygningerne i Vibeparken i august 2057. Gennemgangen viste "
              "et behov for nye tage på blok A og B og nye altaner i blok C inden for ti år. "
              "Henlæggelserne hæves fra 2058 til 78 kr. pr. m², som vedligeholdelsesplanen "
              "forudsætter, og drift- og vedligeholdelsesplanen opdateres med bygningsgennemgangens "
              "resultater (tiltag 3 og 4)."),
        ("h1", "4 Fraflytning"),
        ("p", "Fraflytningen i Vibeparken har været høj i tre år. Mange flytter fra de store "
              "boliger, når børnene flytter hjemmefra. Vi følger fraflytningsprocenten hvert "
              "kvartal i styringsrapporten."),
        ("h1", "5 Beboerne tager over igen"),
        ("p", "Vibeparken har været uden afdelingsbestyrelse siden marts 2056. Vi indkalder til et "
              "ekstraordinært afdelingsmøde i marts 2058. Inden mødet går to medarbejdere og et "
              "medlem af organisationsbestyrelsen rundt i alle opgange og spørger beboerne, "
              "hvem der vil være med. Nye medlemmer får tilbudt et kursus, og "
              "organisationsbestyrelsen støtter den nye bestyrelse det første år."),
        ("h1", "6 Fleksibel udlejning"),
        ("p", "Den fleksible udlejning i Vibeparken løber til udgangen af 2059. Vi vender tilbage "
              "til kriterierne, når aftalen med kommunen skal forlænges."),
        ("h1", "7 Tiltag"),
        ("p", "Tabellen samler tiltagene med ansvarlig og tidsplan."),
        ("table", ["Nr.", "Tiltag", "Ansvarlig", "Tidsplan"], tiltag, [10, 86, 40, 30]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Handleplan for Vibeparken", author="Boligselskabet "
           "Fjordlyst", family="LS", size=10.4, head_left="Boligselskabet Fjordlyst",
           head_right="Handleplan · Afd. 7 Vibeparken", foot=lambda n, m: f"Side {n} af {m}",
           accent="#6B3F8F", head_fill="#ECE4F2")
    g = [
        P("1", aft[0], "content", "partial", ev="Ved udgangen af oktober 2057 stod",
          missing=["vurderingen af at ombygge de 24 femværelses boliger til mindre boliger"],
          trap="an 'Aftale:' line under a theme of a DOKUMENTATION AF STYRINGSDIALOGMØDE; the "
               "tomgang gets a campaign and a target, the ombygning 'indgår ikke i planen'"),
        P("2", aft[1], "content", "covered", ev="Rambøll-Vest gennemgik bygningerne",
          trap="answered under a heading in other words ('Opsparing til vedligehold'): a "
               "bygningsgennemgang in August, henlæggelser raised to 78 kr., the DV-plan "
               "updated"),
        P("3", aft[2], "content", "uncovered",
          trap="SHARED WORDS under 'Fraflytning': the cause named and the figure followed "
               "quarterly — no account of how it is brought under 15 pct."),
        P("4", aft[3], "content", "covered", ev="Vibeparken har været uden afdelingsbestyrelse",
          trap="answered under a heading that shares no word with the point ('Beboerne tager "
               "over igen'): an extraordinary meeting, door-to-door visits, a course, support"),
        P("5", aft[4], "content", "uncovered",
          trap="PUT OFF under 'Fleksibel udlejning': 'Vi vender tilbage til kriterierne' when "
               "the agreement is renewed; no evaluation, no criteria"),
        P("S1", s1, "process", "covered", ev="Boligselskabet Fjordlyst · Afdeling 7",
          trap="the meta line: sent 24 November 2057, before 1 December"),
        P("S2", s2, "process", "uncovered",
          trap="SHARED WORDS in the introduction: the plan was approved by the "
               "organisationsbestyrelse and will be put to the afdelingsmøde in March 2058, "
               "after it was sent, not before"),
        P("S3", s3, "deliverable", "partial", ev="Tabellen samler tiltagene",
          missing=["tidsplan for tiltag 6 (kursus) og en tidsplan for tiltag 7 ud over "
                   "'Løbende'", "indsatser for fraflytning og fleksibel udlejning, der ikke "
                   "står i tabellen"],
          trap="the measure table has Ansvarlig and Tidsplan, one Tidsplan cell empty; the "
               "plan's answers to aftale 3 and 5 have no measure at all. Not points: the "
               "purpose and law of the styringsdialog, '1. Økonomi og effektivitet', the key "
               "figures, the organisation's remark on rent, the kommune's own inquiry into a "
               "helhedsplan, the next meeting"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["styringsdialog-afdeling"],
                producer="a DOKUMENTATION AF STYRINGSDIALOGMØDE between a kommune and an almen "
                "boligorganisation, printed from the kommune's web site (Chromium, Liberation "
                "Sans 10, 'Side n af m' in the margin): meeting and participants in a meta "
                "line, the purpose and law, '1. Økonomi og effektivitet' (none), then themes "
                "each with facts and a shaded 'Aftale:' paragraph (1–5, not in the order of the "
                "themes' numbers: 5 stands under '4.', 4 under '5.'), '6. Opfølgning' with S1, "
                "S2, S3, the kommune's own inquiry and the next meeting (none); plan reportlab "
                "(Liberation Sans 10.4, 'Side n af m'), a measure table with an empty cell, "
                "headings in other words, a deferral, shared words, a hearing after the fact",
                points=g)


# =========================================================================== 5 mitigation-review (en-US)
@pair
def mitigation_review(d: Path) -> dict:
    rev = {
        "A3": "The plan must describe how the public was given an opportunity to comment during "
              "the drafting stage and before plan approval, and how the public's input was "
              "considered in the plan.",
        "B2": "For drought and wildfire smoke, the plan must include information on previous "
              "occurrences and on the probability of future events.",
        "C2": "The plan must describe each participating jurisdiction's participation in the "
              "NFIP and how each will continue to comply with NFIP requirements, including the "
              "City of Quillan, which joined the program in 2055.",
        "C4": "The plan must identify at least one mitigation action for each participating "
              "jurisdiction. The City of Quillan and the Ruddock Water District have no "
              "actions in the plan.",
        "C5": "The plan must describe the method used to prioritize the mitigation actions, "
              "including how the benefits and costs of each action were considered.",
        "D2": "The plan must describe how each participating jurisdiction will integrate the "
              "mitigation plan into other planning mechanisms, such as comprehensive plans and "
              "capital improvement plans.",
    }
    s1 = ("The County must resubmit the revised plan to the State Hazard Mitigation Officer "
          "within 90 days of the date of this review.")
    hd = ["Element", "Regulation (44 CFR 201.6)", "Location in plan", "Met / Not Met"]
    w = [1.6, 8.6, 3.6, 2.6]
    a = [
        ("title", "Local Mitigation Plan Review Tool"),
        ("p", "The Local Mitigation Plan Review Tool records how the local mitigation plan meets "
              "the requirements of 44 CFR 201.6. Section 1 is the regulation checklist; Section "
              "2 is the reviewer's assessment of the plan."),
        ("form", [["Jurisdiction(s)", "Sable County, Oregon; City of Marrow Falls; City of "
                   "Quillan; Ruddock Water District"],
                  ["Title of plan", "Sable County Multi-Jurisdictional Natural Hazard "
                   "Mitigation Plan, 2058 Update"],
                  ["Date of plan", "October 2057"],
                  ["Local point of contact", "Corinne Westerlund, Emergency Manager, Sable "
                   "County Sheriff's Office"],
                  ["State reviewer", "Oregon Department of Emergency Management, 21 November "
                   "2057"],
                  ["FEMA reviewer", "FEMA Region 10, Mitigation Planning, 9 December 2057"],
                  ["Result", "Plan not approvable. Required revisions listed in Section 1."]],
         [4.2, 12.2]),
        ("h1", "Section 1: Regulation Checklist"),
        ("p", "Where an element is Not Met, the revisions that are required before the plan can "
              "be approved are listed under the table for that element. Comments on elements "
              "that are Met are offered for the next update and are not required."),
        ("h2", "Element A. Planning Process"),
        ("table", hd, [
            ["A1", "Does the plan document the planning process, including how it was prepared "
                   "and who was involved?", "Section 2.1–2.3", "Met"],
            ["A2", "Does the plan document an opportunity for neighboring communities and "
                   "other stakeholders to be involved?", "Section 2.3", "Met"],
            ["A3", "Does the plan document how the public was involved during the drafting "
                   "stage?", "Section 2.4", "Not Met"],
            ["A4", "Does the plan describe the review of existing plans, studies and reports?",
             "Section 2.5", "Met"]], w),
        ("bold", "Element A: Required revisions"),
        ("typed", "A3.", rev["A3"], 1.0, 0.0),
        ("h2", "Element B. Risk Assessment"),
        ("table", hd, [
            ["B1", "Does the plan describe the type, location and extent of all natural hazards "
                   "that can affect each jurisdiction? Comment: consider adding a map of the "
                   "2056 flood extent on the Ruddock River.", "Section 4", "Met"],
            ["B2", "Does the plan include information on previous occurrences of hazard events "
                   "and on the probability of future events for each jurisdiction?",
             "Section 4.2–4.10", "Not Met"],
            ["B3", "Is there a description of each hazard's impacts on each jurisdiction?",
             "Section 4", "Met"],
            ["B4", "Does the plan address NFIP insured structures that have been repetitively "
                   "damaged by floods?", "Section 4.3", "Met"]], w),
        ("bold", "Element B: Required revisions"),
        ("typed", "B2.", rev["B2"], 1.0, 0.0),
        ("h2", "Element C. Mitigation Strategy"),
        ("table", hd, [
            ["C1", "Does the plan document each jurisdiction's existing authorities, policies, "
                   "programs and resources?", "Section 5", "Met"],
            ["C2", "Does the plan address each jurisdiction's participation in the NFIP and "
                   "continued compliance with NFIP requirements?", "Section 6.2", "Not Met"],
            ["C3", "Does the plan include goals to reduce or avoid long-term vulnerabilities?",
             "Section 6.1", "Met"],
            ["C4", "Does the plan identify and analyze a comprehensive range of actions for "
                   "each jurisdiction?", "Section 6.5", "Not Met"],
            ["C5", "Does the plan contain an action plan that describes how the actions will be "
                   "prioritized, implemented and administered?", "Section 6.4", "Not Met"]],
         w),
        ("bold", "Element C: Required revisions"),
        *[("typed", f"{k}.", rev[k], 1.0, 0.0) for k in ("C2", "C4", "C5")],
        ("h2", "Element D. Plan Review, Evaluation and Implementation"),
        ("table", hd, [
            ["D1", "Was the plan revised to reflect changes in development?", "Section 3.4",
             "Met"],
            ["D2", "Was the plan revised to reflect progress in local mitigation efforts, and "
                   "does it describe how it will be integrated into other planning mechanisms?",
             "Section 7", "Not Met"],
            ["D3", "Was the plan revised to reflect changes in priorities?", "Section 6.1",
             "Met"]], w),
        ("bold", "Element D: Required revisions"),
        ("typed", "D2.", rev["D2"], 1.0, 0.0),
        ("h2", "Element E. Plan Adoption"),
        ("p", "E1 and E2 (adoption by each jurisdiction) are reviewed after FEMA finds the plan "
              "approvable pending adoption."),
        ("h1", "Section 2: Plan Assessment"),
        ("bold", "Strengths"),
        ("bullets", ["The risk assessment uses county-level parcel data and the 2056 flood "
                     "claims to show where losses are concentrated.",
                     "The plan's goals are clear and tied to the hazards of highest risk."]),
        ("bold", "Opportunities for improvement"),
        ("bullets", ["Consider including the tribal and county health partners in the planning "
                     "team at the next update.",
                     "Consider adding an action on wildfire smoke shelters for vulnerable "
                     "residents.",
                     "Consider summarizing the status of the actions in the 2052 plan in a "
                     "single table."]),
        ("h1", "Next steps"),
        ("p", "Please revise the plan to address each required revision in Section 1. " + s1 +
              " When the plan is found approvable pending adoption, each participating "
              "jurisdiction adopts the plan and sends its adoption resolution to the State. "
              "FEMA will complete its review of the revised plan within 45 days of receiving "
              "it."),
    ]
    docx_pdf(d / "mandate.pdf", a, title="Local Mitigation Plan Review Tool – Sable County",
             author="FEMA Region 10", font="Liberation Sans", size=10, lang="en-US",
             header=DROP["mitigation-review"][0], footer="Page {PAGE} of {NUMPAGES}",
             accent="1B3A5C", head_fill="DCE4EE")

    drought = [
        ["2041", "Severe drought, county disaster declaration", "Wells dry in Quillan area"],
        ["2049", "Moderate drought, 7 months", "Irrigation cut 40 %"],
        ["2053", "Severe drought, state emergency", "Ruddock River below minimum flow"],
        ["2056", "Moderate drought, 5 months", "Watering restrictions in Marrow Falls"],
    ]
    smoke = [
        ["2051", "11", "9"],
        ["2053", "23", "17"],
        ["2055", "6", "4"],
        ["2056", "19", "12"],
    ]
    actions = [
        ["SC-1", "Elevate or buy out repetitively flooded homes on Ruddock Road",
         "Sable County", "Public Works", "High", "2058–2061"],
        ["SC-2", "Wildfire fuel reduction along evacuation routes", "Sable County",
         "Emergency Management", "High", "2058–2063"],
        ["SC-3", "Backup power for the county emergency operations center", "Sable County",
         "Sheriff's Office", "Medium", "2059"],
        ["MF-1", "Replace the Tanner Street culvert to pass a 100-year flow", "Marrow Falls",
         "City Engineer", "High", "2058–2059"],
        ["MF-2", "Seismic retrofit of the Marrow Falls fire station", "Marrow Falls",
         "Fire Chief", "Medium", "2060"],
        ["TI-1", "Clean-air room in the Quillan community center for smoke events",
         "Quillan", "City Manager", "Medium", "2058"],
    ]
    p = [
        ("title", "Sable County Multi-Jurisdictional Natural Hazard Mitigation Plan, 2058 Update"),
        ("meta", "Revised sections, February 2058 · Resubmitted to the Oregon Department of "
                 "Emergency Management on 26 February 2058"),
        ("p", "This document replaces Sections 2.4, 4.9, 4.10, 6 and 7 of the October 2057 "
              "draft. All other sections are unchanged."),
        ("h1", "2.4 Public Involvement"),
        ("p", "The public was invited to take part in three ways. An online survey was open from "
              "6 March to 30 April 2057 and received 412 responses. Open houses were held in "
              "Marrow Falls on 18 April and in Quillan on 20 April 2057, with 57 attendees in "
              "all. The full draft plan was posted on the County's website from 5 to 30 "
              "September 2057, announced in the Sable Courier and on the radio, and 23 "
              "written comments were received."),
        ("h1", "4.9 Drought"),
        ("p", "Drought in Sable County comes from low winter snowpack followed by a hot, dry "
              "summer. The table lists the drought events recorded in the county since 2040."),
        ("table", ["Year", "Event", "Local impact"], drought, [2.0, 7.6, 6.8]),
        ("p", "With four significant droughts in seventeen years, the planning team rates a "
              "drought in any given year as likely, about a one-in-four chance, and expects the "
              "chance to grow as snowpack declines."),
        ("h1", "4.10 Wildfire Smoke"),
        ("p", "Smoke from wildfires elsewhere in the region has become a yearly hazard. The "
              "table shows the number of days with unhealthy air at the Marrow Falls monitor."),
        ("table", ["Year", "Days unhealthy for sensitive groups", "Days unhealthy for all"],
         smoke, [2.0, 7.2, 7.2]),
        ("p", "Smoke events have occurred in every year on record since 2050. The probability "
              "of at least one smoke event in a given year is rated highly likely."),
        ("h1", "6.2 Flood Insurance"),
        ("p", "Flood insurance protects homeowners and businesses from the financial impact of "
              "flooding. Information about flood insurance and the NFIP is available on the "
              "County's website and at City Hall in Marrow Falls and Quillan, and residents are "
              "encouraged to buy a policy even outside the mapped floodplain."),
        ("h1", "6.4 Which Projects Go First"),
        ("p", "The planning team scored each action from 1 to 3 on five criteria: life safety, "
              "property protected, cost-effectiveness, technical and political feasibility, and "
              "community support. For cost-effectiveness, the team compared the expected "
              "reduction in losses with a planning-level cost estimate; actions that will seek "
              "FEMA grants will have a full benefit-cost analysis when the application is "
              "prepared. Actions scoring 12 or more are High, 9 to 11 Medium, and below 9 "
              "Low."),
        ("h1", "6.5 Action Plan"),
        ("p", "The table lists the actions of each jurisdiction with lead, priority and "
              "timeframe."),
        ("table", ["ID", "Action", "Jurisdiction", "Lead", "Priority", "Timeframe"], actions,
         [1.3, 5.8, 2.6, 3.0, 1.7, 2.0]),
        ("h1", "7 Keeping the Plan Current"),
        ("p", "The steering committee meets once a year, in May, to review the progress of the "
              "actions and any new hazard events, and reports to the Board of County "
              "Commissioners. The Emergency Manager keeps the plan and its action table up to "
              "date."),
        ("p", "How the plan will be brought into the comprehensive plans and capital "
              "improvement programs of the County and the cities will be discussed at the first "
              "annual review meeting in May 2059."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Sable County Hazard Mitigation Plan 2058 – revised "
            "sections", font="Liberation Sans", size=10.3, lang="en", country="US",
            header="Sable County NHMP 2058 Update · Revised sections",
            footer="Page {n} of {m}", accent="#1B3A5C", head_fill="#DCE4EE")
    g = [
        P("A3", rev["A3"], "content", "partial", ev="The public was invited to take part",
          missing=["how the public's input (412 survey responses, 23 comments) was considered "
                   "in the plan"],
          trap="a required revision under a Not Met element in a FEMA LOCAL MITIGATION PLAN "
               "REVIEW TOOL; survey, open houses and a comment period are documented, nothing "
               "on what was done with the input"),
        P("B2", rev["B2"], "content", "covered", ev="Drought in Sable County comes from",
          trap="a table of previous droughts with a probability, a table of smoke days with a "
               "probability ('highly likely')"),
        P("C2", rev["C2"], "content", "uncovered",
          trap="SHARED WORDS under '6.2 Flood Insurance': the NFIP named with information for "
               "residents, nothing on each jurisdiction's participation or compliance, Quillan "
               "not mentioned"),
        P("C4", rev["C4"], "content", "partial", ev="The table lists the actions of each",
          missing=["an action for the Ruddock Water District"],
          trap="Quillan now has an action (TI-1); the water district still has none"),
        P("C5", rev["C5"], "content", "covered", ev="The planning team scored each action",
          trap="answered under a heading that shares no word with the point ('Which Projects "
               "Go First'): five criteria, costs against losses avoided, thresholds"),
        P("D2", rev["D2"], "content", "uncovered",
          trap="PUT OFF to the first annual review meeting in May 2059"),
        P("S1", s1, "process", "covered", ev="Revised sections, February 2058",
          trap="the meta line: resubmitted 26 February 2058, 79 days after the review of "
               "9 December 2057. Not points: the form, the Met elements and the comment in B1, "
               "Element E (after approval), the Strengths and Opportunities for improvement "
               "('Consider …'), the adoption step after approval and FEMA's own 45 days"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["mitigation-review"],
                producer="a FEMA LOCAL MITIGATION PLAN REVIEW TOOL (python-docx → LibreOffice, "
                "Liberation Sans 10, en-US, running header, 'Page n of m', three pages): a "
                "form, a regulation checklist table per element with Met / Not Met (none), "
                "after each table 'Element X: Required revisions' with typed paragraphs "
                "'A3.', 'B2.', 'C2.', 'C4.', 'C5.', 'D2.' (points), Element E deferred, Section "
                "2 Strengths and Opportunities (none), 'Next steps' with S1 beside the "
                "adoption step and FEMA's review time (none); plan the county's revised "
                "sections, odfpy → LibreOffice (Liberation Sans 10.3, 'Page n of m'), three "
                "tables, a heading in other words, shared words, a deferral", points=g)


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


BUILDER = "corpora/mandates-blind58/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
