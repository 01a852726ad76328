"""Build the fifty-first blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written by `b51p` without reading plancheck's code, tests, rules, docs or bench and without
running it. Five pairs, each in a real form no earlier batch used (see README.md for the forms,
the nearest earlier forms and the gold conventions):

- Rognstrand (nb): the STRATEGISK PLAN of an inter-municipal fire and rescue company (IKS),
  its goals in three side-by-side columns Forebygging / Beredskap / Organisasjon, beside a box
  of the national requirements of the dimensjoneringsforskrift and the owners' expectations
  (Chromium) → the FOREBYGGENDE PLAN 2058 the fire-safety regulation requires: priorities with
  a bold 'Mål:' line over an activity table (python-docx).
- Vassøyra (nn): a SÆRUTSKRIFT of the municipal council's decision on a landbruksmelding,
  the goals as 'a)'–'g)' inside vedtak point 2 (g added by an amendment), the other vedtak
  points requests and orders (odfpy) → the TILTAKSSTRATEGI for the SMIL and NMSK grants:
  goals for the period, priority tables with grant rates, what is NOT funded (reportlab).
- Backåker (sv): an ANDTS-PROGRAM whose goals stand in the right column of a table beside the
  NATIONAL long-term goals (python-docx) → the social committee's TILLSYNSPLAN under the
  alcohol and tobacco acts: goals for the supervision, a table of objects, special efforts,
  what the municipality does NOT supervise, fees (Chromium).
- Troldhøj (da): a VÆRDIGHEDSPOLITIK with a citizen's quote beside each theme's goal
  (Chromium) → a KVALITETSSTANDARD for personal care and practical help (serviceloven § 83):
  one two-column table 'Emne | Beskrivelse', its 'formål' row holding 'At …' lines (odfpy).
- Wyndholt (en): a SOCIAL VALUE CHARTER (outcomes under five themes, the weighting rule, the
  council's promises to suppliers; reportlab) → a contractor's SOCIAL VALUE DELIVERY PLAN for
  a highways term contract: numbered objectives, a landscape commitments table tagged with
  charter themes (one tag decided by a word, not the content), what is not included
  (python-docx).

    python corpora/parents-blind51/make_pairs.py                  # all pairs
    python corpora/parents-blind51/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind51/make_pairs.py --twice          # build twice, compare sha256

Writers reused through batch 50's builder (`pk.load_module`), which has them from batch 49's:
batch 47's `_docx47`, batch 46's `_rl_doc`, batch 44's `_docx` and `_odt`, batch 43's `_html`,
the reportlab font set-ups of batches 43 and 44. No writer of its own. The gold writer and
checks (`G`, `C`, batch 14's `main`, batch 20's `verify`) come through the same chain and
`pairkit.parents_main`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p50 = pk.load_module("parents_blind50_make_pairs", HERE.parent / "parents-blind50" / "make_pairs.py")
_p43, _p44 = _p50._p43, _p50._p44
_p20, _p14 = _p50._p20, _p50._p14
G, C = _p50.G, _p50.C
_docx, _odt, _html, _rl_doc, _docx47, e = (_p50._docx, _p50._odt, _p50._html, _p50._rl_doc,
                                           _p50._docx47, _p50.e)

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind51/make_pairs.py"


# =========================================================================== 1 Rognstrand (nb)


@pair
def rognstrand_forebyggende_plan(d: Path) -> dict:
    g = {
        "F1": "Ingen skal omkomme i brann i Rognstrand, Ulvåsen og Tveitmo.",
        "F2": "Antallet boligbranner skal halveres innen 2061, og innsatsen skal rettes mot "
              "dem som har høyest risiko.",
        "F3": "Virksomhetene og eierne av særskilte brannobjekter tar selv ansvar for "
              "brannsikkerheten i byggene sine.",
        "F4": "Gress- og skogbranner skal oppdages tidlig og slokkes før de sprer seg.",
        "B1": "Innbyggerne skal få like rask hjelp i hele regionen, også i hyttefeltene på "
              "Tveitmofjellet.",
        "B2": "Vi er forberedt på de nye risikoene: flom og skred, store batterier og elbiler i "
              "parkeringshus.",
        "O1": "Flere kvinner og flere med minoritetsbakgrunn søker seg til jobb hos oss.",
    }
    why = {
        "F1": "Sju personer har omkommet i brann i regionen de siste ti årene. Fem av dem bodde "
              "alene, og de fleste hadde hjelp fra kommunen.",
        "F2": "Eldre, personer med rusproblemer og personer med nedsatt funksjonsevne har langt "
              "høyere risiko enn andre.",
        "F3": "Brannvesenets tilsyn skal kontrollere at eierne har orden på eget brannvern, ikke "
              "gjøre jobben for dem.",
        "F4": "Tørre somre gir flere branner i utmark. Mange av dem starter med bål og "
              "engangsgriller.",
        "B1": "Hyttefeltene har vokst raskt, og veiene er ikke alltid brøytet.",
        "B2": "Klimaendringene og ny teknologi gir oss oppdrag vi ikke hadde for ti år siden.",
        "O1": "I dag er 4 av 96 brannkonstabler kvinner.",
    }

    def col(name: str, ids: list[str]) -> str:
        return (f"<div class='col'><div class='ch'>{e(name)}</div>"
                + "".join(f"<p class='goal'>{e(g[i])}</p><p class='why'>{e(why[i])}</p>"
                          for i in ids) + "</div>")

    body = [
        "<div class='mast'><span>ROGNSTRAND BRANN OG REDNING IKS</span>"
        "<span>Rognstrand · Ulvåsen · Tveitmo</span></div>",
        "<h1>Strategisk plan 2057–2061</h1>",
        "<p class='sub'>Vedtatt av representantskapet 14. november 2056, sak 11/56</p>",
        "<h2>1 Om selskapet</h2>",
        "<p>Rognstrand brann og redning IKS er et interkommunalt selskap eid av tre kommuner. "
        "Selskapet har 131 ansatte, fire brannstasjoner og et budsjett på 118 millioner kroner i "
        "2057. Vi har ansvar for forebygging, beredskap og feiing i hele regionen.</p>",
        "<table class='own'><thead><tr><th>Eierkommune</th><th>Innbyggere 2056</th>"
        "<th>Eierandel</th><th>Brannstasjon</th></tr></thead><tbody>"
        "<tr><td>Rognstrand</td><td>24 310</td><td>58 %</td><td>Rognstrand (kasernert), "
        "Lundeby</td></tr>"
        "<tr><td>Ulvåsen</td><td>11 870</td><td>28 %</td><td>Ulvåsen</td></tr>"
        "<tr><td>Tveitmo</td><td>5 640</td><td>14 %</td><td>Tveitmo</td></tr>"
        "</tbody></table>",
        "<h2>2 Samfunnsoppdraget</h2>",
        "<p>Brann- og eksplosjonsvernloven skal verne liv, helse, miljø og materielle verdier mot "
        "brann og eksplosjon, mot ulykker med farlig stoff og mot andre akutte ulykker. "
        "Eierkommunene har gitt selskapet dette oppdraget gjennom selskapsavtalen.</p>",
        "<h2>3 Hva vi vil oppnå innen 2061</h2>",
        "<p>Målene under er valgt ut fra risiko- og sårbarhetsanalysen for regionen (2056) og "
        "innspill fra eierkommunene og de ansatte.</p>",
        "<div class='cols'>" + col("Forebygging", ["F1", "F2", "F3", "F4"])
        + col("Beredskap", ["B1", "B2"]) + col("Organisasjon", ["O1"]) + "</div>",
        "<div class='box'><div class='bl'>Krav i forskrift – gjelder uansett</div><ul>"
        "<li>Innsatstiden til tettsteder skal ikke overstige 20 minutter, og til sykehjem og "
        "sentrumsområder 10 minutter.</li>"
        "<li>Det skal føres tilsyn med alle særskilte brannobjekter etter en risikovurdering.</li>"
        "<li>Feiing og tilsyn med fyringsanlegg skal gjøres etter behov.</li></ul></div>",
        "<h2>4 Eiernes forventninger</h2>",
        "<p>Eierskapsmeldingene i de tre kommunene forventer at selskapet drives "
        "kostnadseffektivt, at utgiftene holder seg innenfor den økonomiske rammen eierne "
        "vedtar, og at selskapet rapporterer hvert halvår.</p>",
        "<h2>5 Slik følger vi opp</h2>",
        "<p>Planen følges opp gjennom årlige planer for forebyggende avdeling, "
        "beredskapsavdelingen og stab, og i årsmeldingen til representantskapet. Planen "
        "revideres i 2060.</p>",
    ]
    css = (
        "@page{size:A4;margin:14mm 15mm 16mm 15mm;"
        "@bottom-left{content:'Strategisk plan 2057–2061 · Rognstrand brann og redning IKS';"
        "font:7.5pt 'Liberation Sans';color:#666}"
        "@bottom-right{content:'Side ' counter(page);font:7.5pt 'Liberation Sans';color:#666}}"
        "body{font:9.6pt/1.4 'Liberation Sans';color:#1c1c1c}"
        ".mast{display:flex;justify-content:space-between;border-bottom:2.5pt solid #B3261E;"
        "font:bold 7.5pt 'Liberation Sans';letter-spacing:.12em;color:#B3261E;"
        "padding-bottom:3pt}"
        "h1{font:bold 22pt 'Liberation Sans';color:#1c1c1c;margin:8pt 0 1pt}"
        ".sub{color:#555;margin:0 0 6pt}"
        "h2{font:bold 12pt 'Liberation Sans';color:#B3261E;margin:9pt 0 3pt}"
        "p{margin:0 0 4pt}"
        "table.own{width:auto;margin:3pt 0 4pt;font-size:8.6pt}"
        "table.own th{background:#B3261E;color:#fff;text-align:left;padding:2pt 7pt}"
        "table.own td{border-bottom:.5pt solid #bbb;padding:2pt 7pt}"
        ".box{border:1pt solid #999;background:#F4F4F4;padding:4pt 8pt;margin:6pt 0;"
        "font-size:8.8pt}.box ul{margin:2pt 0 0;padding-left:14pt}"
        ".bl{font:bold 7.5pt 'Liberation Sans';text-transform:uppercase;letter-spacing:.06em;"
        "color:#555}"
        ".cols{display:grid;grid-template-columns:1.55fr 1fr 1fr;column-gap:5mm;margin-top:4pt}"
        ".col{break-inside:avoid;border-top:4pt solid #B3261E;background:#FBF1F0;padding:4pt 6pt}"
        ".ch{font:bold 11pt 'Liberation Sans';color:#B3261E;margin-bottom:4pt}"
        "p.goal{font-weight:bold;margin:0 0 2pt}p.why{font-size:8.4pt;color:#444;"
        "margin:0 0 7pt}"
    )
    _html("nb", "Strategisk plan 2057–2061 – Rognstrand brann og redning IKS", css, body,
          d / "parent.pdf")

    c = {
        "P1": "Alle hjemmeboende som får hjemmetjenester, skal ha fått en vurdering av "
              "brannsikkerheten, og de med høy risiko skal ha tiltak på plass.",
        "P2": "Eierne av særskilte brannobjekter skal rette avvikene innen fristen, uten at vi "
              "må bruke tvangsmulkt.",
        "P3": "Eierne av parkeringshus og borettslag skal kjenne risikoen ved lading av elbiler "
              "og oppbevaring av store batterier.",
        "P4": "Færre branner i utmark skal starte med bål og grilling.",
        "P5": "Alle tilsynsrapporter skal sendes digitalt gjennom den nye innbyggerportalen.",
    }
    m = {
        "vurd": "Brannsikkerhetsvurdering i hjemmet sammen med hjemmetjenesten",
        "komf": "Komfyrvakt og røykvarsler koblet til trygghetsalarmen",
        "sprk": "Mobilt slokkeanlegg hos beboere som ikke kan redde seg selv",
        "aksj": "Aksjon boligbrann: hjemmebesøk i alle boliger i Lundeby sentrum",
        "tils": "Tilsyn med særskilte brannobjekter etter risikovurdering",
        "kurs": "Kurs i internkontroll og brannvernledelse for eiere og brannvernledere",
        "avvk": "Oppfølging av avvik; tvangsmulkt bare når dialog ikke fører fram",
        "phus": "Tilsyn i de sju parkeringshusene i Lundeby, med vekt på ladeanleggene",
        "brl": "Informasjonsmøter for borettslag om lading og oppbevaring av elsykler og "
               "batterier",
        "baal": "Bålforbud fra 15. april til 15. september, kunngjort i lokalavisene, på nett og "
                "med skilt ved turparkeringene",
        "hytt": "Brannvernkampanje for hytteeiere på Tveitmofjellet: røykvarslere, slokkeutstyr "
                "og brøytet adkomst for utrykningskjøretøy",
        "port": "Innbyggerportalen for tilsynsrapporter tas i bruk",
    }
    head = ["Aktivitet", "Målgruppe", "Omfang 2058", "Ansvar", "Frist"]
    w = [62, 36, 22, 30, 18]
    child = [
        ("title", "Forebyggende plan 2058"),
        ("sub", "Rognstrand brann og redning IKS · Forebyggende avdeling · godkjent av "
         "styret 9. januar 2058"),
        ("h1", "1 Innledning"),
        ("p", "Forskrift om brannforebygging § 15 krever at brannvesenet hvert år lager en plan "
         "for det forebyggende arbeidet. Planen bygger på risiko- og sårbarhetsanalysen for "
         "regionen fra 2056 og på selskapets strategiske plan 2057–2061. Den viser hva "
         "forebyggende avdeling skal prioritere i 2058."),
        ("h1", "2 Risikobildet"),
        ("p", "I 2057 rykket vi ut til 41 branner i bygninger, 29 av dem i boliger. To av de tre "
         "som har omkommet i brann de siste fem årene, bodde alene og hadde hjemmetjenester. "
         "Tørkesommeren 2057 ga 14 gress- og skogbranner, de fleste etter bål. Det er bygget "
         "to nye parkeringshus med over 300 ladepunkter i Lundeby."),
        ("h1", "3 Prioriteringer i 2058"),
        ("lab", "Prioritet 1 – Risikoutsatte i egen bolig"),
        ("b", "Mål: " + c["P1"]),
        ("table", head, [
            (m["vurd"], "Hjemmeboende med hjemmetjenester", "420 besøk",
             "Forebyggende avdeling og hjemmetjenestene", "Løpende"),
            (m["komf"], "Beboere med høy risiko", "90 boliger", "Tildelingskontorene",
             "30.06.2058"),
            (m["sprk"], "Beboere med høy risiko", "25 anlegg", "Forebyggende avdeling",
             "31.12.2058"),
            (m["aksj"], "Alle innbyggere", "1 200 boliger", "Vaktlagene", "Desember"),
        ], w),
        ("lab", "Prioritet 2 – Særskilte brannobjekter og næringsliv"),
        ("b", "Mål: " + c["P2"]),
        ("table", head, [
            (m["tils"], "212 særskilte brannobjekter", "85 tilsyn", "Tilsynsgruppen",
             "Løpende"),
            (m["kurs"], "Næringsforeningene i de tre kommunene", "2 kurs", "Tilsynsgruppen",
             "Vår og høst"),
            (m["avvk"], "Objekter med avvik", "Alle", "Tilsynsgruppen", "Løpende"),
        ], w),
        ("lab", "Prioritet 3 – Nye risikoer"),
        ("b", "Mål: " + c["P3"]),
        ("table", head, [
            (m["phus"], "Eiere av parkeringshus", "7 tilsyn", "Tilsynsgruppen", "1. halvår"),
            (m["brl"], "Styrene i borettslagene", "6 møter", "Forebyggende avdeling",
             "Høst 2058"),
        ], w),
        ("lab", "Prioritet 4 – Utmark og hytter"),
        ("b", "Mål: " + c["P4"]),
        ("table", head, [
            (m["baal"], "Alle innbyggere og tilreisende", "–", "Forebyggende avdeling",
             "15. april"),
            (m["hytt"], "Hytteeiere", "1 800 hytter", "Forebyggende avdeling og Tveitmo "
             "hytteforening", "Påsken 2058"),
        ], w),
        ("lab", "Prioritet 5 – Digitale tjenester"),
        ("b", "Mål: " + c["P5"]),
        ("table", head, [
            (m["port"], "Alle eiere vi fører tilsyn med", "–", "Avdelingsleder", "1. mars"),
        ], w),
        ("h1", "4 Feiing og tilsyn med fyringsanlegg"),
        ("p", "Feiing og tilsyn med fyringsanlegg gjøres etter behov. I 2058 planlegger vi "
         "feiing av 5 100 piper og tilsyn med 4 300 fyringsanlegg, med fritidsboligene i "
         "Ulvåsen som eget prosjekt."),
        ("h1", "5 Det planen ikke omfatter"),
        ("p", "Innsatstid, utrykning og øvelser er beredskapsavdelingens ansvar og står i "
         "beredskapsplanen. Flom og skred følges opp av beredskapsavdelingen og kommunene i "
         "den helhetlige ROS-analysen. Rekruttering og mangfold blant de ansatte er tema i "
         "handlingsplanen for stab og organisasjon."),
        ("h1", "6 Ressurser"),
        ("p", "Forebyggende avdeling har 9,5 årsverk og 14 feiere i 2058. Hjemmebesøk og "
         "Aksjon boligbrann gjøres av vaktlagene mellom oppdrag."),
    ]
    _docx47(child, d / "child.pdf", title="Forebyggende plan 2058 – Rognstrand brann og "
            "redning IKS", author="Rognstrand brann og redning IKS",
            header="Rognstrand brann og redning IKS · Forebyggende plan 2058",
            footer="Forebyggende avdeling", page_word="Side", of_word="av", lang="nb-NO",
            font="Liberation Sans", size=10, color="B3261E", tint="FBF1F0")

    goals_ = [
        G("F1", g["F1"], "followed_up", [c["P1"], m["vurd"], m["komf"], m["sprk"]],
          ev="Alle hjemmeboende som får hjemmetjenester",
          note="the goals are the bold sentences in the three columns 'Forebygging', "
          "'Beredskap', 'Organisasjon' under '3 Hva vi vil oppnå innen 2061' (ids F1–F4, B1, B2, "
          "O1 not printed); the grey line under each goal is its reason. Not goals: the owners "
          "table, '2 Samfunnsoppdraget' (the law's purpose), the box 'Krav i forskrift – "
          "gjelder uansett' (national requirements that read like goals: 'Innsatstiden … skal "
          "ikke overstige'), '4 Eiernes forventninger' and '5 Slik følger vi opp'. No one dies: "
          "the plan goes after the people who died (living alone, municipal home care) with "
          "fire-safety visits, stove guards tied to the safety alarm and mobile extinguishing "
          "systems"),
        G("F2", g["F2"], "followed_up", [c["P1"], m["vurd"], m["komf"], m["sprk"], m["aksj"]],
          ev="Alle hjemmeboende som får hjemmetjenester",
          note="the risk groups first (priority 1), and the 'Aksjon boligbrann' visits to all "
          "homes in Lundeby sentrum for the rest"),
        G("F3", g["F3"], "followed_up", [c["P2"], m["tils"], m["kurs"], m["avvk"]],
          ev="Eierne av særskilte brannobjekter skal rette",
          note="in other words: owners correcting deviations themselves, courses in internal "
          "control and fire-safety management; the inspections are a national requirement, "
          "the rest is the company's answer to the goal"),
        G("F4", g["F4"], "partial", [c["P4"], m["baal"]], ev="Færre branner i utmark skal",
          missing=["tidlig oppdagelse og rask slokking (beredskapen mot gress- og "
                   "skogbrann)"],
          note="fewer fires started by campfires and grills (the ban on fires) — prevention "
          "only; detecting and putting out the fires is the beredskapsavdeling's, left out in "
          "'5 Det planen ikke omfatter'"),
        G("B1", g["B1"], "not_followed_up",
          note="trap (shared words): the campaign for the cabin owners on Tveitmofjellet "
          "(smoke alarms, extinguishers, cleared access roads) shares the place and the "
          "cabins but does not give the cabins help as fast as elsewhere; '5 Det planen ikke "
          "omfatter' leaves innsatstid to the beredskapsplan"),
        G("B2", g["B2"], "partial", [c["P3"], m["phus"], m["brl"]],
          ev="Eierne av parkeringshus og borettslag skal",
          missing=["flom og skred (overlatt til beredskapsavdelingen og kommunenes ROS-"
                   "analyse)"],
          note="batteries and electric cars in parking garages, not floods and landslides"),
        G("O1", g["O1"], "not_followed_up",
          note="left to another plan: 'Rekruttering og mangfold blant de ansatte er tema i "
          "handlingsplanen for stab og organisasjon'"),
    ]
    kids = [
        C(c["P1"], ["F1", "F2"], note="the child goals are the bold 'Mål:' lines under the "
          "labels 'Prioritet 1' … 'Prioritet 5' (without 'Mål:'); the table rows under them "
          "are measures; the introduction, the risk picture, '4 Feiing …', '5 Det planen ikke "
          "omfatter' and '6 Ressurser' are no goals"),
        C(c["P2"], ["F3"]),
        C(c["P3"], ["B2"]),
        C(c["P4"], ["F4"]),
        C(c["P5"], [], note="digital inspection reports: no goal of the strategic plan — "
          "stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Sans 9.6; the STRATEGISK PLAN "
        "2057–2061 of an inter-municipal fire and rescue company): mast line over a red rule, "
        "owners table, the law's purpose, a grey box 'Krav i forskrift – gjelder uansett', "
        "goals as bold sentences with a grey reason line in THREE SIDE-BY-SIDE COLUMNS "
        "'Forebygging' / 'Beredskap' / 'Organisasjon', the owners' expectations; margin boxes "
        "bottom left / right; child PDF (python-docx → LibreOffice, Liberation Sans 10; the "
        "FOREBYGGENDE PLAN 2058 of brannforebyggingsforskriften § 15): labels 'Prioritet n – "
        "…' over a bold 'Mål: …' line and a table `Aktivitet | Målgruppe | Omfang 2058 | "
        "Ansvar | Frist`, '5 Det planen ikke omfatter'; header right over a rule, 'Side n av "
        "N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Vassøyra (nn)


@pair
def vassoyra_tiltaksstrategi(d: Path) -> dict:
    g = {
        "a": "Matproduksjonen i kommunen skal haldast oppe, og jordbruksarealet i drift skal "
             "ikkje gå ned.",
        "b": "Kulturlandskapet og stølane skal haldast i hevd gjennom beite og slått.",
        "c": "Avrenninga av næringsstoff frå jordbruket til Hesjedalsvatnet skal reduserast, og "
             "gardane skal ha nok lagerkapasitet for husdyrgjødsel.",
        "d": "Skogen skal skjøttast slik at han gjev meir tømmer og bind meir karbon.",
        "e": "Fleire unge skal ta over gardsbruk og sjå ei framtid i landbruket.",
        "f": "Det biologiske mangfaldet i jordbrukslandskapet, som artsrik slåttemark og "
             "kantsoner, skal takast vare på.",
        "g": "Tapet av sau på utmarksbeite til rovdyr skal ned, slik at det framleis er "
             "lønsamt å sleppe sau i utmarka.",
    }
    parent = [
        ("title", "Særutskrift"),
        ("sub", "Vassøyra kommune · Arkivsak 2056/412 · Sakshandsamar: Eldbjørg Moldskred, "
         "landbruksrådgjevar"),
        ("h1", "Landbruksmelding for Vassøyra 2057–2066"),
        ("table", ["Utval", "Møtedato", "Saksnr."], [
            ("Formannskapet", "28.11.2056", "101/56"),
            ("Kommunestyret", "12.12.2056", "77/56"),
        ], [60, 34, 26]),
        ("lab", "Formannskapet si innstilling"),
        ("p", "Som kommunestyret sitt vedtak nedanfor, men utan punkt 2 g) og utan punkt 4."),
        ("lab", "Handsaming i kommunestyret"),
        ("p", "Landbruksmeldinga har vore på høyring hos Vassøyra bondelag, Vassøyra "
         "skogeigarlag og Hesjedal sau og geit. Ordføraren orienterte om innspela. Ivar "
         "Kvannli (Sp) sette fram framlegg om nytt punkt 2 g) og nytt punkt 4. Innstillinga "
         "vart samrøystes vedteken. Framlegget om punkt 2 g) vart vedteke med 17 mot 4 røyster. "
         "Framlegget om punkt 4 vart samrøystes vedteke."),
        ("lab", "Kommunestyret sitt vedtak"),
        ("hang", [("1.", "Kommunestyret vedtek Landbruksmelding for Vassøyra 2057–2066 slik "
                   "ho ligg føre."),
                  ("2.", "Kommunestyret set desse måla for landbruket i Vassøyra fram mot "
                   "2066:")]),
        ("hang", [(f"{k})", g[k]) for k in "abcdefg"]),
        ("hang", [("3.", "Kommunedirektøren legg fram ein tiltaksstrategi for SMIL- og "
                   "NMSK-midlane i tråd med måla innan 1. mars 2057."),
                  ("4.", "Kommunestyret ber om at det kommunale næringsfondet prioriterer "
                   "søknader frå unge som tek over gardsbruk."),
                  ("5.", "Landbruksmeldinga skal reviderast i 2062.")]),
        ("p", "Rett utskrift, Vassøyra 14.12.2056"),
        ("p", "Randi Hesjedal, politisk sekretariat"),
    ]
    _odt(parent, d / "parent.pdf", title="Særutskrift – Landbruksmelding for Vassøyra "
         "2057–2066", header="Vassøyra kommune · Særutskrift · KS-sak 77/56",
         footer="Vassøyra kommune", font="Liberation Serif", size=11, color="#3E5F2A",
         tint="#E7EEE0", lang="nn", country="NO")

    c = {
        "K1": "Stølsvollar og beite som er i ferd med å gro att, skal ryddast og takast i bruk "
              "att.",
        "K2": "Stølsbuer, løer og steingardar skal sikrast mot forfall.",
        "K3": "Avrenninga av jord og fosfor frå dyrka mark rundt Hesjedalsvatnet skal ned.",
        "K4": "Meir av ungskogen skal få pleie i rett tid, og alle hogstflater skal plantast "
              "til att.",
        "K5": "Søknadene skal handsamast innan fire veker etter søknadsfristen.",
    }
    m = {
        "rydd": "Rydding og gjerding av attgrodde stølsvollar og beite",
        "rest": "Restaurering av stølsbuer, løer og steingardar",
        "fang": "Fangdammar, grasdekte vassvegar og kantsoner i nedbørfeltet til "
                "Hesjedalsvatnet",
        "hydr": "Hydrotekniske anlegg på dyrka mark",
        "slaa": "Slått og skjøtsel av artsrik slåttemark",
        "ungs": "Ungskogpleie",
        "plnt": "Planting etter hogst",
        "tett": "Tettare planting og suppleringsplanting som klimatiltak",
        "veg": "Bygging og ombygging av skogsvegar",
        "nokk": "Miljøtiltak i nøkkelbiotopar",
    }
    child = [
        ("kicker", "VASSØYRA KOMMUNE · LANDBRUKSKONTORET"),
        ("title", "Tiltaksstrategi for SMIL og NMSK 2057–2060"),
        ("sub", "Spesielle miljøtiltak i jordbruket (SMIL) og nærings- og miljøtiltak i "
         "skogbruket (NMSK). Vedteken av formannskapet 26.02.2057, sak 19/57."),
        ("h1", "1 Innleiing"),
        ("p", "Tiltaksstrategien er heimla i forskrift om tilskot til spesielle miljøtiltak i "
         "jordbruket § 4 og forskrift om tilskot til nærings- og miljøtiltak i skogbruket § 3. "
         "Han byggjer på Landbruksmelding for Vassøyra 2057–2066 (KS-sak 77/56) og på det "
         "regionale miljøprogrammet for jordbruket. Strategien seier kva tiltak kommunen vil "
         "prioritere når SMIL- og NMSK-midlane blir fordelte."),
        ("h1", "2 Utfordringar"),
        ("p", "Talet på aktive gardsbruk har gått ned frå 96 i 2046 til 61 i 2056. Fleire "
         "stølar i Kvannlidalen er ikkje lenger i bruk, og attgroinga er stor. Vassprøvane frå "
         "Hesjedalsvatnet viser høge verdiar av fosfor om våren. Mykje av skogen som vart "
         "planta på 1960-talet, er hogstmogen, medan mange ungskogfelt står utan pleie."),
        ("h1", "3 Mål for perioden"),
        ("dash", [c["K1"], c["K2"], c["K3"], c["K4"], c["K5"]]),
        ("h1", "4 Prioriteringar for SMIL"),
        ("table", ["Tiltak", "Prioritet", "Tilskot"], [
            (m["rydd"], "Høg", "Inntil 70 % av godkjend kostnad"),
            (m["rest"], "Høg", "Inntil 70 %"),
            (m["fang"], "Høg", "Inntil 70 %"),
            (m["slaa"], "Middels", "Inntil 70 %"),
            (m["hydr"], "Låg", "Inntil 50 %"),
        ], [92, 24, 50]),
        ("h1", "5 Prioriteringar for NMSK"),
        ("table", ["Tiltak", "Prioritet", "Tilskot"], [
            (m["ungs"], "Høg", "60 % av kostnaden"),
            (m["plnt"], "Høg", "60 %"),
            (m["tett"], "Høg", "80 %"),
            (m["veg"], "Middels", "Inntil 50 %, etter plan for skogsvegar"),
            (m["nokk"], "Låg", "Inntil 80 %"),
        ], [92, 24, 50]),
        ("h1", "6 Kva vi ikkje gjev tilskot til"),
        ("dash", [
            "Tiltak som er pålagde i lov eller forskrift, og vanleg vedlikehald.",
            "Gjødsellager, driftsbygningar og utstyr. Slike investeringar kan få støtte frå "
            "Innovasjon Noreg.",
            "Rovviltgjerde, tidleg nedsanking og andre førebyggjande tiltak mot rovviltskade. "
            "Dei blir finansierte av Statsforvaltaren.",
            "Tiltak for unge som tek over gardsbruk. Dei blir følgde opp gjennom det kommunale "
            "næringsfondet, jf. vedtakspunkt 4 i KS-sak 77/56.",
        ]),
        ("h1", "7 Ramme og sakshandsaming"),
        ("p", "Vassøyra fekk 640 000 kroner i SMIL-midlar og 410 000 kroner i NMSK-midlar for "
         "2057. Søknadsfristen for SMIL er 1. april. NMSK-søknader blir handsama fortløpande. "
         "Kommunen kontrollerer minst fem prosent av tiltaka på staden før utbetaling."),
    ]
    _rl_doc(d / "child.pdf", child, fonts=_p44._rl_fonts("LiberationSerif"), base=10,
            accent="#3E5F2A", tint="#E7EEE0", title="Tiltaksstrategi for SMIL og NMSK "
            "2057–2060 – Vassøyra kommune", author="Vassøyra kommune",
            header="Vassøyra kommune · Tiltaksstrategi SMIL og NMSK 2057–2060",
            footer="Landbrukskontoret", page_word="Side")

    goals_ = [
        G("a", g["a"], "partial", [c["K1"], m["rydd"]], ev="Stølsvollar og beite som er i",
          missing=["matproduksjonen (SMIL og NMSK gjev ikkje tilskot til produksjon, "
                   "driftsbygningar eller utstyr)"],
          note="the goals are the items 'a)'–'g)' under point 2 of 'Kommunestyret sitt "
          "vedtak' (id = the letter; g added by the amendment described in 'Handsaming'); "
          "points 1, 3, 4 and 5 of the vedtak (adopting the report, ordering this strategy, "
          "asking the næringsfond, revising), the innstilling, the saksgang table and the "
          "certification are no goals. Land in use: clearing overgrown grazing land takes it "
          "into use again; food production itself is nothing the grants support"),
        G("b", g["b"], "followed_up", [c["K1"], c["K2"], m["rydd"], m["rest"], m["slaa"]],
          ev="Stølsvollar og beite som er i",
          note="clearing and fencing the summer farms and pastures, restoring the summer-"
          "farm buildings and stone walls, mowing hay meadows"),
        G("c", g["c"], "partial", [c["K3"], m["fang"], m["hydr"]],
          ev="Avrenninga av jord og fosfor",
          missing=["lagerkapasitet for husdyrgjødsel (gjødsellager er ikkje tilskotsverdige, "
                   "jf. '6 Kva vi ikkje gjev tilskot til')"],
          note="run-off into the lake (sediment ponds, grassed waterways, buffer strips), "
          "not manure storage"),
        G("d", g["d"], "followed_up", [c["K4"], m["ungs"], m["plnt"], m["tett"], m["veg"]],
          ev="Meir av ungskogen skal få pleie",
          note="more timber (young-stand tending, replanting, forest roads) and more carbon "
          "(denser planting as a climate measure) — in other words"),
        G("e", g["e"], "not_followed_up",
          note="left to another instrument: '6 Kva vi ikkje gjev tilskot til' sends young "
          "farmers to the municipal næringsfond (vedtak point 4)"),
        G("f", g["f"], "followed_up", [m["slaa"], m["fang"]],
          ev="Slått og skjøtsel av artsrik slåttemark",
          note="no child goal, but two SMIL measures: species-rich hay meadows and buffer "
          "strips (kantsoner); the key biotopes under NMSK are forest, not the farmed "
          "landscape"),
        G("g", g["g"], "not_followed_up",
          note="trap (shared words): 'Rydding og gjerding av attgrodde stølsvollar og beite' "
          "fences pasture to keep the animals in, not predators out; predator fences and "
          "early gathering are explicitly not funded ('Dei blir finansierte av "
          "Statsforvaltaren')"),
    ]
    kids = [
        C(c["K1"], ["a", "b"], note="the child goals are the '–' items under '3 Mål for "
          "perioden'; the rows of the SMIL and NMSK priority tables are measures; the items "
          "under '6 Kva vi ikkje gjev tilskot til', the frame and the case-handling rules are "
          "no goals"),
        C(c["K2"], ["b"]),
        C(c["K3"], ["c"]),
        C(c["K4"], ["d"]),
        C(c["K5"], [], note="case-handling time: no goal of the council — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Serif 11; a SÆRUTSKRIFT of the "
        "council's decision on the landbruksmelding): title, case line, saksgang table, "
        "'Formannskapet si innstilling' ('Som … men utan punkt 2 g)'), 'Handsaming' with an "
        "amendment, 'Kommunestyret sitt vedtak' points '1.'–'5.' + tab with the goals 'a)'–"
        "'g)' + tab inside point 2, certification line; header right, footer centred; child "
        "PDF (reportlab, Liberation Serif 10; the TILTAKSSTRATEGI for the SMIL and NMSK "
        "grants): kicker, '3 Mål for perioden' '–' items, `Tiltak | Prioritet | Tilskot` "
        "tables for SMIL and NMSK, '6 Kva vi ikkje gjev tilskot til'; header over a rule, "
        "'Side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Backåker (sv)


@pair
def backaker_tillsynsplan(d: Path) -> dict:
    g = {
        "1": "Alkohol, tobak och nikotinprodukter ska inte säljas eller serveras till den som "
             "är under åldersgränsen eller märkbart påverkad.",
        "2": "Färre elever i Backåkers skolor ska börja röka, snusa eller dricka alkohol.",
        "3": "Den som har problem med alkohol, narkotika eller spel om pengar ska snabbt få "
             "stöd, och anhöriga ska också få hjälp.",
        "4": "Nattlivet i Stavsjö centrum ska vara tryggt, utan våld och utan narkotika.",
        "5": "Inga vuxna ska bjuda barn och unga på alkohol eller köpa ut åt dem.",
        "6": "Ingen ska utsättas för tobaksrök på skolgårdar, lekplatser och uteserveringar.",
    }
    nat = {
        "1": "A. Tillgången till alkohol, narkotika, dopningsmedel, tobak och nikotin samt spel "
             "om pengar ska minska.",
        "2": "B. Färre barn och unga ska börja använda tobak och nikotin, alkohol, narkotika "
             "och dopningsmedel eller spela om pengar.",
        "3": "C. Färre ska utveckla skadligt bruk, missbruk eller beroende, och de som har det "
             "ska få bättre vård och stöd.",
        "4": "D. Färre ska dö eller skadas till följd av eget eller andras bruk.",
        "5": "E. Barn ska skyddas mot skadliga effekter av alkohol, narkotika, tobak och spel.",
        "6": "F. Ingen ska utsättas för tobaksrök i sin närmiljö.",
    }
    parent = [
        ("title", "ANDTS-program 2057–2060"),
        ("sub", "Alkohol, narkotika, dopning, tobak och nikotin samt spel om pengar. Backåkers "
         "kommun. Antaget av kommunfullmäktige 2056-10-23, § 94."),
        ("h1", "1 Inledning"),
        ("p", "Programmet anger kommunens mål för arbetet med alkohol, narkotika, dopning, "
         "tobak och nikotin samt spel om pengar under perioden 2057–2060. Det gäller alla "
         "nämnder och de kommunala bolagen."),
        ("h1", "2 Nuläge"),
        ("p", "I drogvaneundersökningen 2055 svarade 19 procent av eleverna i årskurs 9 att de "
         "druckit alkohol den senaste månaden och 11 procent att de snusar. Hälften av dem som "
         "druckit hade fått alkoholen av en vuxen. Polisen rapporterade 46 misshandelsfall i "
         "Stavsjö centrum under fredags- och lördagsnätter 2055."),
        ("h1", "3 Mål"),
        ("p", "Programmet utgår från regeringens ANDTS-strategi. I tabellen står de nationella "
         "långsiktiga målen till vänster och Backåkers mål för 2060 till höger."),
        ("table", ["Nationellt långsiktigt mål", "Backåkers mål 2060"],
         [(nat[k], g[k]) for k in "123456"], [80, 90]),
        ("h1", "4 Ansvar och samverkan"),
        ("p", "Varje nämnd ansvarar för att arbeta mot målen inom sitt område. Socialnämnden "
         "ansvarar för tillstånd och tillsyn enligt alkohollagen och lagen om tobak och "
         "liknande produkter, barn- och utbildningsnämnden för det förebyggande arbetet i "
         "skolan. Kommunen samverkar med polisen i ett lokalt brottsförebyggande råd."),
        ("h1", "5 Uppföljning"),
        ("p", "Folkhälsosamordnaren följer upp programmet varje år i en rapport till "
         "kommunstyrelsen. Programmet revideras 2060."),
    ]
    _docx(parent, d / "parent.pdf", title="ANDTS-program 2057–2060 – Backåkers kommun",
          author="Backåkers kommun", header="BACKÅKERS KOMMUN · ANDTS-program 2057–2060",
          footer="Dnr KS 2056/233", lang="sv-SE", font="Liberation Sans", size=10.5,
          color="1F4E79")

    c = {
        "T1": "Ingen under 18 år ska kunna köpa tobak, e-cigaretter eller folköl i Backåkers "
              "butiker.",
        "T2": "Restaurangerna ska inte servera gäster som är berusade eller under 18 år.",
        "T3": "Alla med stadigvarande serveringstillstånd ska ha personal som gått utbildningen "
              "Ansvarsfull alkoholservering.",
        "T4": "Tillståndshavarna ska få svar på sina frågor inom tre arbetsdagar.",
    }
    m = {
        "kk": "Kontrollköp av tobak, e-cigaretter och folköl två gånger under året, med "
              "köpare som är 18 eller 19 år",
        "krog": "Gemensam krogtillsyn med polisen fyra kvällar, med inriktning på berusning och "
                "narkotika i Stavsjö centrum",
        "aas": "Utbildning i Ansvarsfull alkoholservering för krögare och personal, två "
               "tillfällen",
        "info": "Information till butikerna om de nya märkningsreglerna för nikotinprodukter",
        "fest": "Tillsyn av Backåkersfestivalen i juli tillsammans med polisen och "
                "räddningstjänsten",
        "rok": "Tillsyn av rökförbudet på uteserveringar och vid entréer vid varje yttre "
               "tillsyn",
    }
    body = [
        "<div class='mast'>BACKÅKERS KOMMUN · Socialförvaltningen · Tillstånd och tillsyn</div>",
        "<h1>Tillsynsplan 2057</h1>",
        "<p class='sub'>Alkohol, tobak och liknande produkter, elektroniska cigaretter, folköl "
        "och receptfria läkemedel · Antagen av socialnämnden 2057-01-29, § 8</p>",
        "<h2>1 Bakgrund</h2>",
        "<p>Enligt alkohollagen och lagen om tobak och liknande produkter ska kommunen ha en "
        "tillsynsplan som lämnas till länsstyrelsen. Planen beskriver hur socialnämnden ska "
        "utöva tillsyn under 2057. Den bygger på kommunens ANDTS-program 2057–2060.</p>",
        "<h2>2 Mål för tillsynen 2057</h2>",
        "<ol class='goals'>" + "".join(f"<li>{e(c[k])}</li>" for k in ("T1", "T2", "T3", "T4"))
        + "</ol>",
        "<h2>3 Tillsynsobjekt</h2>",
        "<table class='t'><thead><tr><th>Verksamhet</th><th>Antal</th><th>Yttre tillsyn</th>"
        "<th>Inre tillsyn</th><th>Kontrollköp</th></tr></thead><tbody>"
        "<tr><td>Serveringsställen med stadigvarande tillstånd till allmänheten</td><td>24</td>"
        "<td>24</td><td>8</td><td>–</td></tr>"
        "<tr><td>Tillfälliga tillstånd till allmänheten</td><td>9</td><td>9</td><td>–</td>"
        "<td>–</td></tr>"
        "<tr><td>Försäljningsställen för tobak och e-cigaretter</td><td>31</td><td>31</td>"
        "<td>–</td><td>31</td></tr>"
        "<tr><td>Försäljningsställen för folköl</td><td>18</td><td>18</td><td>–</td><td>18</td>"
        "</tr><tr><td>Försäljningsställen för receptfria läkemedel</td><td>11</td><td>11</td>"
        "<td>–</td><td>–</td></tr></tbody></table>",
        "<h2>4 Särskilda insatser 2057</h2>",
        "<ul>" + "".join(f"<li>{e(m[k])}</li>" for k in ("kk", "krog", "aas", "info", "fest",
                                                         "rok")) + "</ul>",
        "<h2>5 Det här omfattas inte av planen</h2>",
        "<p>Kommunen har inget tillsynsansvar för spel om pengar, som Spelinspektionen "
        "ansvarar för. Langning, alltså när vuxna köper ut alkohol till unga, är ett brott som "
        "polisen utreder. Förebyggande arbete i skolan och stöd till föräldrar ingår i "
        "folkhälsoenhetens handlingsplan, och rökfria skolgårdar och lekplatser är miljö- och "
        "byggnämndens ansvar.</p>",
        "<h2>6 Avgifter</h2>",
        "<table class='t fee'><thead><tr><th>Avgift</th><th>Belopp 2057</th></tr></thead><tbody>"
        "<tr><td>Fast tillsynsavgift, stadigvarande serveringstillstånd</td><td>3 200 kr</td>"
        "</tr><tr><td>Rörlig tillsynsavgift, efter omsättning av alkohol</td>"
        "<td>1 500–14 000 kr</td></tr><tr><td>Tillsynsavgift, försäljning av tobak</td>"
        "<td>4 100 kr</td></tr><tr><td>Tillsynsavgift, folköl, e-cigaretter eller receptfria "
        "läkemedel</td><td>1 400 kr per produktslag</td></tr></tbody></table>",
        "<h2>7 Uppföljning</h2>",
        "<p>Tillsynen redovisas i socialnämndens verksamhetsberättelse och i de årliga "
        "restaurang- och tobaksrapporterna till Folkhälsomyndigheten.</p>",
    ]
    css = (
        "@page{size:A4;margin:15mm 17mm 17mm 17mm;"
        "@bottom-center{content:counter(page) '(' counter(pages) ')';font:7.5pt 'DejaVu Sans';"
        "color:#555}}"
        "body{font:9.4pt/1.45 'DejaVu Sans';color:#1e1e1e}"
        ".mast{font:bold 7.5pt 'DejaVu Sans';color:#1F4E79;border-bottom:.75pt solid #1F4E79;"
        "padding-bottom:3pt}"
        "h1{font:bold 20pt 'DejaVu Sans';color:#1F4E79;margin:10pt 0 2pt}"
        ".sub{color:#555;font-size:8.8pt;margin:0 0 8pt}"
        "h2{font:bold 11pt 'DejaVu Sans';margin:10pt 0 3pt}"
        "p{margin:0 0 4pt}ol.goals li{margin-bottom:3pt;font-weight:bold}"
        "ul{padding-left:15pt;margin:2pt 0}ul li{margin-bottom:2pt}"
        "table.t{font-size:8.5pt;margin:3pt 0 4pt}"
        "table.t th{background:#1F4E79;color:#fff;text-align:left;padding:2pt 5pt}"
        "table.t td{border:.5pt solid #aaa;padding:2pt 5pt}table.fee{width:75%}"
    )
    _html("sv", "Tillsynsplan 2057 – Backåkers kommun", css, body, d / "child.pdf")

    goals_ = [
        G("1", g["1"], "followed_up", [c["T1"], c["T2"], m["kk"], m["krog"]],
          ev="Ingen under 18 år ska kunna köpa",
          note="the goals are the right-hand cells 'Backåkers mål 2060' of the table under '3 "
          "Mål' (id = the row, not printed); the left-hand cells are the NATIONAL long-term "
          "goals A–F quoted from the government's strategy (no goals of this programme), the "
          "nuläge figures, '4 Ansvar och samverkan' and '5 Uppföljning' are no goals. Age "
          "limit in shops and restaurants, intoxicated guests (in other words 'berusade'), "
          "test purchases and joint inspections"),
        G("2", g["2"], "partial", [c["T1"], m["kk"]], ev="Ingen under 18 år ska kunna köpa",
          missing=["det förebyggande arbetet i skolan och med föräldrarna (överlämnat till "
                   "folkhälsoenhetens handlingsplan); alkohol på andra vägar än butikerna"],
          note="fewer pupils starting: only the shops' age limit for tobacco, e-cigarettes "
          "and folköl; prevention in school left to another plan in '5 Det här omfattas "
          "inte'"),
        G("3", g["3"], "not_followed_up",
          note="support and treatment are no part of licensing supervision; nothing in the "
          "plan"),
        G("4", g["4"], "followed_up", [c["T2"], c["T3"], m["krog"], m["aas"]],
          ev="Restaurangerna ska inte servera gäster",
          note="no serving to intoxicated guests, Ansvarsfull alkoholservering, joint "
          "inspections with the police aimed at intoxication and drugs in Stavsjö centrum (the "
          "festival inspection in July is no part of the town's nightlife)"),
        G("5", g["5"], "not_followed_up",
          note="trap (shared words): 'Langning, alltså när vuxna köper ut alkohol till unga' "
          "is named only to say the police investigate it — handed on, not followed up"),
        G("6", g["6"], "partial", [m["rok"]], ev="Tillsyn av rökförbudet på uteserveringar",
          missing=["skolgårdar och lekplatser (miljö- och byggnämndens ansvar, jf. '5 Det här "
                   "omfattas inte')"],
          note="outdoor serving areas and entrances only, through one measure"),
    ]
    kids = [
        C(c["T1"], ["1", "2"], note="the child goals are the items of the ordered list under "
          "'2 Mål för tillsynen 2057'; the bullets under '4 Särskilda insatser 2057' are "
          "measures; the objects table, '5 Det här omfattas inte av planen', the fees and '7 "
          "Uppföljning' are no goals"),
        C(c["T2"], ["1", "4"]),
        C(c["T3"], ["4"]),
        C(c["T4"], [], note="service to licence holders: no goal of the programme — stands "
          "alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10.5; the "
        "municipality's ANDTS-PROGRAM 2057–2060): numbered Heading 1 chapters, the goals in "
        "the RIGHT column of a table `Nationellt långsiktigt mål | Backåkers mål 2060` beside "
        "the national goals A–F; header over a rule, footer 'Dnr …' and page; child PDF "
        "(HTML → Chromium, DejaVu Sans 9.4; the social committee's TILLSYNSPLAN 2057 under "
        "the alcohol and tobacco acts): mast line, '2 Mål för tillsynen 2057' an ordered list "
        "of bold goals, objects table, 'Särskilda insatser' bullets, '5 Det här omfattas inte "
        "av planen', fee table; footer 'n(N)'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Troldhøj (da)


@pair
def troldhoj_kvalitetsstandard(d: Path) -> dict:
    g = {
        "L": "Ældre skal kunne klare mest muligt selv og leve det liv, de ønsker, så længe som "
             "muligt.",
        "S": "Den ældre bestemmer selv over sin hverdag og er med til at beslutte, hvordan og "
             "hvornår hjælpen gives.",
        "K": "Den ældre møder faste medarbejdere, der kender ham eller hende, og hjælpen hænger "
             "sammen.",
        "M": "Alle ældre har adgang til mad, der smager godt og giver lyst til at spise, og "
             "måltidet er et fællesskab.",
        "D": "Ingen skal dø alene, og den sidste tid foregår dér, hvor den ældre ønsker det.",
        "P": "Pårørende bliver inddraget og set som en ressource, og de får aflastning, når de "
             "har brug for det.",
        "E": "Ingen ældre i Troldhøj skal være ensomme mod deres vilje.",
    }
    themes = [
        ("Livskvalitet", "L", "Jeg vil gerne kunne gå ned efter avisen selv. Det er min tur "
         "hver dag.", "Karl, 81 år, Fuglsø",
         "Det betyder, at vi altid ser på, hvad den ældre selv kan, før vi tilbyder hjælp."),
        ("Selvbestemmelse", "S", "Jeg har altid været et B-menneske. Jeg vil ikke i bad "
         "klokken syv.", "Ellen, 84 år, Troldhøj by",
         "Det betyder, at hjælpen tilrettelægges efter den ældres vaner og ønsker."),
        ("Kvalitet, tværfaglighed og sammenhæng", "K", "Det er så trygt, når det er Mette, "
         "der kommer.", "Poul, 88 år, Vestermark",
         "Det betyder, at hjemmeplejen, sygeplejen og terapeuterne arbejder sammen om den "
         "ældre."),
        ("Mad og ernæring", "M", "Maden smager bedst, når man ikke spiser alene.",
         "Grethe, 79 år, Fuglsø",
         "Det betyder, at vi tænker både i ernæring, smag og selskab."),
        ("En værdig død", "D", "Jeg vil dø hjemme i min egen seng.", "Aage, 91 år, Troldhøj by",
         "Det betyder, at vi taler med den ældre og de pårørende om den sidste tid i god tid."),
        ("Pårørende", "P", "Jeg vil gerne hjælpe min mor, men jeg kan ikke klare det hele.",
         "Susanne, datter", "Det betyder, at vi lytter til de pårørendes viden og ser deres "
         "behov."),
        ("Ensomhed", "E", "Der kan gå dage, hvor jeg ikke taler med nogen.",
         "Inger, 86 år, Vestermark",
         "Det betyder, at vi samarbejder med foreninger og frivillige om fællesskaber."),
    ]
    rows = "".join(
        f"<div class='tema'><div class='q'><p class='qt'>»{e(q)}«</p><p class='who'>{e(who)}"
        f"</p></div><div class='m'><div class='tn'>{e(name)}</div><div class='bl'>Byrådets "
        f"målsætning</div><p class='goal'>{e(g[k])}</p><p class='bet'>{e(bet)}</p></div></div>"
        for name, k, q, who, bet in themes)
    body = [
        "<div class='top'>Troldhøj Kommune</div>",
        "<h1>Værdighedspolitik 2057–2060</h1>",
        "<p class='sub'>Vedtaget af byrådet den 27. september 2056</p>",
        "<div class='fw'><p><b>Forord.</b> Værdighed betyder noget forskelligt for hver enkelt. "
        "Derfor har vi spurgt de ældre selv. Over 400 borgere, pårørende og medarbejdere har "
        "deltaget i dialogmøder i foråret 2056, og deres ord står ved hvert tema. "
        "Værdighedspolitikken gælder for hele ældreområdet og for alle leverandører, kommunen "
        "samarbejder med. Den omsættes til praksis i kvalitetsstandarderne og i de enkelte "
        "enheders arbejde.</p><p class='sig'>Birthe Løvgreen, formand for Social- og "
        "Sundhedsudvalget</p></div>",
        rows,
        "<h2>Opfølgning</h2><p>Social- og Sundhedsudvalget gør status på politikken hvert år i "
        "forbindelse med budgettet. Ældrerådet inddrages i opfølgningen.</p>",
    ]
    css = (
        "@page{size:A4;margin:14mm 16mm 15mm 16mm;"
        "@bottom-right{content:counter(page);font:7.5pt 'Liberation Serif';color:#666}}"
        "body{font:10pt/1.42 'Liberation Serif';color:#222}"
        ".top{font:bold 8pt 'Liberation Sans';letter-spacing:.14em;text-transform:uppercase;"
        "color:#7A3B69}"
        "h1{font:bold 23pt 'Liberation Sans';color:#7A3B69;margin:4pt 0 1pt}"
        ".sub{color:#555;margin:0 0 6pt}"
        ".fw{border-top:.75pt solid #7A3B69;border-bottom:.75pt solid #7A3B69;padding:4pt 0;"
        "margin-bottom:6pt}.fw p{margin:0 0 3pt}.sig{font-style:italic}"
        ".tema{display:grid;grid-template-columns:58mm 1fr;column-gap:6mm;padding:5pt 0;"
        "border-bottom:.5pt solid #ccc;break-inside:avoid}"
        ".q{background:#F3EAF1;padding:5pt 7pt}"
        "p.qt{font:italic 12pt/1.3 'Liberation Serif';color:#7A3B69;margin:0 0 3pt}"
        "p.who{font:8pt 'Liberation Sans';color:#555;margin:0}"
        ".tn{font:bold 12pt 'Liberation Sans';color:#7A3B69}"
        ".bl{font:bold 7pt 'Liberation Sans';text-transform:uppercase;letter-spacing:.08em;"
        "color:#888;margin:1pt 0 2pt}"
        "p.goal{font-weight:bold;margin:0 0 2pt}p.bet{margin:0}"
        "h2{font:bold 12pt 'Liberation Sans';color:#7A3B69;margin:8pt 0 2pt}"
    )
    _html("da", "Værdighedspolitik 2057–2060 – Troldhøj Kommune", css, body, d / "parent.pdf")

    c = {
        "A1": "At du kan klare så meget som muligt selv og bevare et aktivt liv.",
        "A2": "At du har indflydelse på, hvordan og hvornår du får hjælp.",
        "A3": "At du får hjælp af faste medarbejdere, der kender dig og dine vaner.",
        "A4": "At dine pårørende bliver inddraget, når du ønsker det.",
        "A5": "At dit hjem er et sikkert arbejdssted for de medarbejdere, der hjælper dig.",
    }
    m = {
        "hvr": "Inden du får varig hjælp, tilbyder vi et forløb med hverdagsrehabilitering på op "
               "til 12 uger",
        "fleks": "Du kan bytte en praktisk opgave ud med en anden",
        "tid": "Vi aftaler tidspunktet for besøget med dig.",
        "spis": "Hjælp til at spise og drikke og til at varme og anrette maden.",
        "max": "Du møder højst 8 forskellige medarbejdere på fire uger i dagtimerne.",
        "kp": "Du får en kontaktperson i det faste team.",
        "jour": "Medarbejderne skriver i omsorgsjournalen, så sygeplejen og terapeuterne kan se, "
                "hvad der er gjort.",
        "pdel": "Dine pårørende kan være med ved visitationsbesøget og ved opfølgningen",
    }
    rows = [
        ("Lovgrundlag", "Lov om social service §§ 83 og 83 a."),
        ("Hvilket behov dækker ydelsen?", "Ydelsen dækker behov hos borgere, der midlertidigt "
         "eller varigt ikke selv kan klare personlig pleje eller nødvendige praktiske opgaver i "
         "hjemmet."),
        ("Hvad er formålet med ydelsen?", "\n".join(c[k] for k in ("A1", "A2", "A3", "A4",
                                                                  "A5"))),
        ("Hvem kan få ydelsen?", "Borgere i Troldhøj Kommune, der efter en konkret, "
         "individuel vurdering har brug for hjælp. Der tages hensyn til, om der er andre i "
         "husstanden, der kan udføre opgaverne."),
        ("Hvordan søger man?", "Du kontakter Visitationen på telefon 72 40 18 00 eller via "
         "kommunens hjemmeside. En visitator kommer på besøg inden for 10 hverdage."),
        ("Hverdagsrehabilitering", m["hvr"] + ", hvor du sammen med en terapeut træner de "
         "opgaver, du har svært ved."),
        ("Hvilke aktiviteter indgår?", "Personlig pleje: bad, af- og påklædning, hjælp til "
         "toiletbesøg, hårvask og barbering.\n" + m["spis"] + "\nPraktisk hjælp: rengøring "
         "hver 14. dag, tøjvask, skift af sengetøj og bestilling af varer."),
        ("Hvilke aktiviteter indgår ikke?", "Vinduespudsning, hovedrengøring, havearbejde, "
         "pasning af husdyr, ledsagelse og socialt samvær.\nAflastning af pårørende gives "
         "efter servicelovens § 84 og er beskrevet i en særskilt kvalitetsstandard."),
        ("Fleksibel hjælp", m["fleks"] + ", for eksempel hjælp til at skrive en indkøbsseddel "
         "i stedet for støvsugning, når du aftaler det med medarbejderen."),
        ("Tidspunkt", m["tid"] + " Besøget kan ligge op til 30 minutter før eller efter det "
         "aftalte. Bliver vi forsinket mere end det, ringer vi til dig."),
        ("Kvalitetskrav til leverandøren", m["max"] + "\n" + m["kp"] + "\n" + m["jour"]),
        ("Pårørende", m["pdel"] + ", hvis du ønsker det."),
        ("Leverandører", "Troldhøj Kommunes hjemmepleje eller Fuglsø Omsorg ApS. Du har frit "
         "valg mellem leverandørerne."),
        ("Egenbetaling", "Varig hjælp er gratis. Midlertidig praktisk hjælp koster højst 192 kr. "
         "pr. time (2057-niveau)."),
        ("Opfølgning", "Visitationen følger op, når dit behov ændrer sig, og mindst én gang "
         "om året."),
        ("Klagemulighed", "Du kan klage over afgørelsen inden fire uger. Klagen sendes til "
         "Visitationen, som genvurderer sagen, før den sendes videre til Ankestyrelsen."),
    ]
    child = [
        ("title", "Kvalitetsstandard 2057"),
        ("sub", "Personlig pleje og praktisk hjælp · Servicelovens § 83 · Godkendt af Social- "
         "og Sundhedsudvalget den 14. januar 2057"),
        ("p", "Kvalitetsstandarden beskriver det serviceniveau, byrådet har besluttet for "
         "personlig pleje og praktisk hjælp i Troldhøj Kommune. Den bygger på "
         "værdighedspolitikken og skal læses sammen med kvalitetsstandarderne for madservice, "
         "sygepleje og aflastning."),
        ("table", ["Emne", "Beskrivelse"], rows, [44, 122]),
    ]
    _odt(child, d / "child.pdf", title="Kvalitetsstandard 2057 – personlig pleje og praktisk "
         "hjælp – Troldhøj Kommune", header="Troldhøj Kommune · Sundhed og Omsorg",
         footer="Kvalitetsstandard § 83", font="Liberation Sans", size=10, color="#7A3B69",
         tint="#F3EAF1", lang="da", country="DK")

    goals_ = [
        G("L", g["L"], "followed_up", [c["A1"], m["hvr"]], ev="At du kan klare så meget som",
          note="the goals are the bold sentences under 'Byrådets målsætning' beside each "
          "citizen's quote (ids L, S, K, M, D, P, E, the theme initials, not printed); the "
          "quotes in the tinted left column ('Jeg vil gerne kunne gå ned efter avisen "
          "selv'), the 'Det betyder, at …' lines, the foreword and 'Opfølgning' are no goals. "
          "Managing on one's own: the purpose line and hverdagsrehabilitering before lasting "
          "help"),
        G("S", g["S"], "followed_up", [c["A2"], m["fleks"], m["tid"]],
          ev="At du har indflydelse på, hvordan",
          note="influence on how and when, flexible help, the time agreed with the citizen"),
        G("K", g["K"], "followed_up", [c["A3"], m["max"], m["kp"], m["jour"]],
          ev="At du får hjælp af faste",
          note="at most 8 staff in four weeks, a contact person in a fixed team, a shared "
          "record for nursing and therapists (the help hangs together)"),
        G("M", g["M"], "partial", [m["spis"]], ev="Hjælp til at spise og drikke",
          missing=["mad der smager godt, og måltidet som fællesskab (madservice har sin egen "
                   "kvalitetsstandard)"],
          note="help to eat, drink and serve the meal is access only; taste and company are "
          "in another standard"),
        G("D", g["D"], "not_followed_up",
          note="nothing on dying; the introduction names the nursing standard, where "
          "palliative care belongs"),
        G("P", g["P"], "partial", [c["A4"], m["pdel"]], ev="At dine pårørende bliver inddraget",
          missing=["aflastning af pårørende (servicelovens § 84, en særskilt "
                   "kvalitetsstandard)"],
          note="involvement at the assessment visit and follow-up; respite care handed on "
          "in 'Hvilke aktiviteter indgår ikke?'"),
        G("E", g["E"], "not_followed_up",
          note="trap (shared words): 'socialt samvær' appears only in 'Hvilke aktiviteter "
          "indgår ikke?' — excluded, not followed up"),
    ]
    kids = [
        C(c["A1"], ["L"], note="the child goals are the 'At …' lines in the row 'Hvad er "
          "formålet med ydelsen?'; the lines in 'Hverdagsrehabilitering', 'Hvilke aktiviteter "
          "indgår?', 'Fleksibel hjælp', 'Tidspunkt', 'Kvalitetskrav til leverandøren' and "
          "'Pårørende' that serve a goal are measures; the other rows (law, who, how to apply, "
          "what is not included, suppliers, payment, follow-up, complaints) are no goals"),
        C(c["A2"], ["S"]),
        C(c["A3"], ["K"]),
        C(c["A4"], ["P"]),
        C(c["A5"], [], note="a safe workplace for the staff in the home: no goal of the "
          "policy — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Serif 10; the VÆRDIGHEDSPOLITIK "
        "2057–2060): top line, title, ruled foreword with a signature, per theme a row of a "
        "tinted left column with a CITIZEN'S QUOTE (»…«, name, age) beside the theme name, "
        "a small 'BYRÅDETS MÅLSÆTNING' label, the goal in bold and a 'Det betyder, at …' "
        "line; page number bottom right; child PDF (odfpy → LibreOffice, Liberation Sans 10; "
        "a KVALITETSSTANDARD for personlig pleje og praktisk hjælp, servicelovens § 83): "
        "introduction, then ONE two-column table `Emne | Beskrivelse` over two pages whose "
        "row 'Hvad er formålet med ydelsen?' holds the goals as 'At …' lines; header right, "
        "footer centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Wyndholt (en)


@pair
def wyndholt_social_value(d: Path) -> dict:
    g = {
        "1": "More Wyndholt residents, including young people leaving care and disabled people, "
             "are in good, secure jobs.",
        "2": "Young people gain the skills local employers need through apprenticeships, work "
             "placements and careers support.",
        "3": "More of the money the council spends stays in Wyndholt, with local small "
             "businesses and social enterprises.",
        "4": "Community groups and charities are stronger, with more volunteers and more "
             "resources to draw on.",
        "5": "Council contracts help the district reach net zero by 2045 and keep our air "
             "clean.",
        "6": "Everyone working on a council contract is paid at least the Real Living Wage.",
        "7": "No one in our supply chains is exploited or held in modern slavery.",
    }
    parent = [
        ("kicker", "WYNDHOLT DISTRICT COUNCIL"),
        ("title", "Social Value Charter 2057–2061"),
        ("sub", "Agreed by Cabinet on 9 September 2056"),
        ("h1", "Why social value matters"),
        ("p", "The council spends around £96 million a year on goods, works and services. Under "
         "the Public Services (Social Value) Act we must consider how what we buy can improve "
         "the economic, social and environmental well-being of the district. This charter "
         "sets out the outcomes we want every contract to contribute to, and what suppliers "
         "can expect from us in return."),
        ("h1", "The outcomes we want"),
        ("h2", "Jobs and skills"),
        ("sq", [g["1"], g["2"]]),
        ("h2", "A thriving local economy"),
        ("sq", [g["3"]]),
        ("h2", "Stronger communities"),
        ("sq", [g["4"]]),
        ("h2", "A greener district"),
        ("sq", [g["5"]]),
        ("h2", "Fair and ethical work"),
        ("sq", [g["6"], g["7"]]),
        ("facts", "How social value is weighted", [
            "Social value counts for at least 10% of the quality score in every tender worth "
            "more than £100,000, and 20% above £2 million.",
            "Bidders' commitments become contract terms and are reported every quarter.",
            "Measures follow the national Themes, Outcomes and Measures (TOMs), so that "
            "commitments can be compared.",
        ]),
        ("h1", "Our promises to suppliers"),
        ("dash", [
            "We will say at the start of every tender which outcomes matter most for that "
            "contract.",
            "We will keep social value requirements proportionate for small firms.",
            "We will publish what our contracts have delivered every year.",
        ]),
        ("p", "Contact: Procurement Team, Wyndholt District Council, Tunmore House, Pellham Road. "
         "Councillor Joanna Pettifer, Cabinet Member for Finance and Procurement."),
    ]
    _rl_doc(d / "parent.pdf", parent, fonts=_p43._rl_fonts("LiberationSans"), base=10,
            accent="#00695C", tint="#E0F0EC", title="Social Value Charter 2057–2061 – "
            "Wyndholt District Council", author="Wyndholt District Council",
            header="Wyndholt District Council · Social Value Charter", footer="Social Value "
            "Charter 2057–2061", page_word="Page")

    c = {
        "D1": "Recruit our site teams from Wyndholt, opening doors for people who find it hard "
              "to get work.",
        "D2": "Train the next generation of highways engineers and operatives.",
        "D3": "Buy locally wherever we can.",
        "D4": "Cut the carbon and air pollution from our fleet and our works.",
        "D5": "Be a good neighbour on every site.",
    }
    m = {
        "sv1": "Fill at least 12 new site jobs with Wyndholt residents",
        "sv2": "Offer 4 jobs to care leavers or disabled people through the Wyndholt Works "
               "programme",
        "sv3": "Take on 6 apprentices in civil engineering and highways operations",
        "sv4": "Host work placements for students from Wyndholt's secondary schools and "
               "Tunmore College",
        "sv5": "Spend £1.2m with suppliers based in Wyndholt",
        "sv6": "Spend £150,000 with social enterprises and community businesses",
        "sv7": "Give 200 hours of staff volunteering to community groups on the routes we "
               "work on",
        "sv8": "Write to residents and community groups two weeks before every major scheme",
        "sv9": "Electric vans for at least 60% of the fleet by the end of year 2; the rest on "
               "HVO fuel",
        "sv10": "Use at least 30% recycled material in asphalt",
        "sv11": "No idling engines on site, and low-emission plant only in the Pellham Road air "
                "quality management area",
        "sv12": "Pay all Copperfold employees on the contract at least the Real Living Wage",
    }
    head = ["Ref", "Charter theme", "Commitment", "Measure", "Year 1", "Contract total",
            "Lead"]
    w = [12, 30, 88, 38, 18, 22, 29]
    rows = [
        ("SV1", "Jobs and skills", m["sv1"], "Local FTE employed", "4", "12", "HR Manager"),
        ("SV2", "Jobs and skills", m["sv2"], "People employed", "1", "4", "HR Manager"),
        ("SV3", "Jobs and skills", m["sv3"], "Apprentices started", "2", "6",
         "Contract Manager"),
        ("SV4", "Jobs and skills", m["sv4"], "Placement weeks", "20", "100",
         "Contract Manager"),
        ("SV5", "Local economy", m["sv5"], "£ spent locally", "£240,000", "£1.2m",
         "Commercial Manager"),
        ("SV6", "Local economy", m["sv6"], "£ spent with VCSE", "£30,000", "£150,000",
         "Commercial Manager"),
        ("SV7", "Stronger communities", m["sv7"], "Volunteering hours", "40", "200",
         "Community Liaison Officer"),
        ("SV8", "Stronger communities", m["sv8"], "Schemes with notice", "100%", "100%",
         "Community Liaison Officer"),
        ("SV9", "Greener district", m["sv9"], "% electric vans", "30%", "60%",
         "Fleet Manager"),
        ("SV10", "Greener district", m["sv10"], "% recycled content", "30%", "30%",
         "Contract Manager"),
        ("SV11", "Greener district", m["sv11"], "Breaches recorded", "0", "0",
         "Site Managers"),
        ("SV12", "Fair work", m["sv12"], "% of employees", "100%", "100%", "HR Manager"),
    ]
    child = [
        ("title", "Social Value Delivery Plan"),
        ("sub", "Highways Maintenance and Minor Works Term Contract WDC/2057/014 · Copperfold "
         "Highways Ltd · Contract years 2057–2062 · Version 2, for contract award"),
        ("h1", "1 Introduction"),
        ("p", "This plan sets out the social value Copperfold Highways will deliver on the "
         "highways term contract for Wyndholt District Council. It turns the commitments in "
         "our tender into measurable targets. Targets are for the first contract year and for "
         "the five years of the contract."),
        ("h1", "2 Our objectives for this contract"),
        ("num", [c["D1"], c["D2"], c["D3"], c["D4"], c["D5"]]),
        ("h1", "3 Commitments"),
        ("table", head, rows, w),
        ("h1", "4 Reporting"),
        ("p", "We report progress every quarter through the Social Value Portal and meet the "
         "council's contract manager twice a year. Evidence (payroll extracts, invoices, "
         "apprenticeship agreements) is kept for audit."),
        ("h1", "5 What this plan does not cover"),
        ("p", "Subcontractors set the pay of their own staff; we encourage them to pay the Real "
         "Living Wage but cannot commit them to it. Our approach to modern slavery is set out "
         "in Copperfold's annual Modern Slavery Statement on our website. Marcus Threlfall, "
         "Social Value Lead, Copperfold Highways Ltd."),
    ]
    _docx(child, d / "child.pdf", title="Social Value Delivery Plan – WDC/2057/014 – "
          "Copperfold Highways Ltd", author="Copperfold Highways Ltd",
          header="COPPERFOLD HIGHWAYS LTD · Social Value Delivery Plan · WDC/2057/014",
          footer="Commercial in confidence until contract award", lang="en-GB",
          font="Liberation Sans", size=10, color="2E4A62", landscape=True)

    goals_ = [
        G("1", g["1"], "followed_up", [c["D1"], m["sv1"], m["sv2"]],
          ev="Recruit our site teams from Wyndholt",
          note="the goals are the '▪' outcomes under the five theme headings of 'The outcomes "
          "we want' (id = reading order, not printed); the introduction, the box 'How social "
          "value is weighted' (rules on scores and the TOMs), 'Our promises to suppliers' (the "
          "council's own duties) and the contact line are no goals. Local jobs, and jobs for "
          "care leavers and disabled people through Wyndholt Works (in other words 'people "
          "who find it hard to get work')"),
        G("2", g["2"], "followed_up", [c["D2"], m["sv3"], m["sv4"]],
          ev="Train the next generation of highways",
          note="apprentices and work placements for schools and the college"),
        G("3", g["3"], "followed_up", [c["D3"], m["sv5"], m["sv6"]],
          ev="Buy locally wherever we can",
          note="local suppliers and social enterprises / community businesses"),
        G("4", g["4"], "partial", [m["sv7"]], ev="Give 200 hours of staff volunteering",
          missing=["more resources for community groups and charities (money, materials)"],
          note="volunteers only. Trap (tag): SV8, letters to residents before works, is "
          "tagged 'Stronger communities' but serves the good-neighbour objective, not "
          "community groups"),
        G("5", g["5"], "followed_up", [c["D4"], m["sv9"], m["sv10"], m["sv11"]],
          ev="Cut the carbon and air pollution",
          note="the contract's own share: electric and HVO fleet, recycled asphalt, no idling "
          "and low-emission plant in the air quality management area"),
        G("6", g["6"], "partial", [m["sv12"]], ev="Pay all Copperfold employees on the",
          missing=["the subcontractors' staff ('we encourage them … but cannot commit "
                   "them')"],
          note="own employees only; 'everyone working on a council contract' includes the "
          "subcontractors"),
        G("7", g["7"], "not_followed_up",
          note="handed on: 'Our approach to modern slavery is set out in Copperfold's annual "
          "Modern Slavery Statement' — nothing in this plan"),
    ]
    kids = [
        C(c["D1"], ["1"], note="the child goals are the Word-numbered objectives under '2 "
          "Our objectives for this contract'; the rows of the commitments table are measures "
          "(the 'Charter theme' column is a tag: SV8 is tagged 'Stronger communities' but "
          "serves D5); the introduction, '4 Reporting' and '5 What this plan does not cover' "
          "are no goals"),
        C(c["D2"], ["2"]),
        C(c["D3"], ["3"]),
        C(c["D4"], ["5"]),
        C(c["D5"], [], note="minimising disruption around the works: no outcome of the "
          "charter — stands alone (its measure SV8 carries the 'Stronger communities' tag)"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans 10; a council's SOCIAL VALUE "
        "CHARTER 2057–2061): kicker, title, 'The outcomes we want' with five theme headings "
        "over '▪' outcomes, a tinted box 'How social value is weighted', 'Our promises to "
        "suppliers' '–' items; header over a rule, footer and 'Page n'; child PDF "
        "(python-docx → LibreOffice, Liberation Sans 10, A4 landscape; a contractor's SOCIAL "
        "VALUE DELIVERY PLAN for a highways term contract): Word-numbered objectives, a "
        "commitments table `Ref | Charter theme | Commitment | Measure | Year 1 | Contract "
        "total | Lead` (one row tagged by a word, not its content), '5 What this plan does "
        "not cover'; header over a rule, footer with the page number",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
