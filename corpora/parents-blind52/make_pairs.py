"""Build the fifty-second blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written by `b52p` without reading plancheck's code, tests, rules, docs or bench and without
running it. Five pairs, each in a real form no earlier batch used (see README.md for the forms,
the nearest earlier forms and the gold conventions):

- Lauvhammar (nb): a kommuneplanens samfunnsdel whose goals are UN sustainability TARGETS
  (delmål 3.4, 4.1 …) chosen in a relevance MATRIX of the 17 goals and rewritten as local goals,
  the UN wording printed small under each (Chromium) → the ÅRSBUDSJETT 2058 (the
  kommunedirektør's proposal): financial rules, a frame table, per tjenesteområde a 'Bidrar til
  bærekraftsmål' line, 'Mål for 2058' (one Word numbering running through the document) and a
  'Prioriteringer' table of changes in kroner, an investment table (python-docx).
- Solheimsdal (nn): the SELSKAPSARK of an inter-municipal waste company in the municipality's
  EIGARSKAPSMELDING: a fact table, why the municipality owns it, 'Eigarmål' bullets, a box of
  the expectations to all companies, key figures, the municipality's assessment (odfpy) → the
  company's EIGARMØTE presentation printed as a SLIDE HANDOUT: three slides a page, each beside
  ruled note lines (Chromium).
- Ljungåsa (sv): the UTVECKLINGSSTRATEGI of an översiktsplan, seven strategies each closed by
  an italic 'Viljeinriktning' (reportlab) → the FÖRDJUPNING (FÖP) for the main town as a
  samrådshandling: 'Mål för Karlsby 2060' bullets, a land-use table `Område | Användning |
  Riktlinjer för fortsatt planering`, risks, an implementation table, and the deviation from
  the översiktsplan it argues for (python-docx).
- Hvidkløft (da): a regional SUNDHEDSAFTALE (region and four kommuner) with its goals as
  numbered 'Målsætning' tabs and an indicator table (Chromium) → a cluster's FORLØBSPROGRAM for
  KOL: goals as bullets, a task-division table `Fase | Almen praksis | Kommunen | Sygehuset`,
  equal access, the programme's limits (odfpy).
- Marlcombe (en): a Police and Crime Commissioner's POLICE AND CRIME PLAN with the outcomes in
  shaded boxes (python-docx) → a district COMMUNITY SAFETY PARTNERSHIP PLAN refreshed after the
  strategic assessment: priorities with 'What we want to achieve' and `Action | Lead | By`
  tables, what the plan does not cover (reportlab).

    python corpora/parents-blind52/make_pairs.py                  # all pairs
    python corpora/parents-blind52/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind52/make_pairs.py --twice          # build twice, compare sha256

Writers reused through batch 51's builder (`pk.load_module`), which has them from batch 50's:
batch 47's `_docx47`, batch 46's `_rl_doc`, batch 44's `_docx` and `_odt`, batch 43's `_html`,
the reportlab font set-ups of batches 43 and 44. No writer of its own (the handout is HTML for
`_html`). The gold writer and checks (`G`, `C`, batch 14's `main`, batch 20's `verify`) come
through the same chain and `pairkit.parents_main`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p51 = pk.load_module("parents_blind51_make_pairs", HERE.parent / "parents-blind51" / "make_pairs.py")
_p43, _p44 = _p51._p43, _p51._p44
_p20, _p14 = _p51._p20, _p51._p14
G, C = _p51.G, _p51.C
_docx, _odt, _html, _rl_doc, _docx47, e = (_p51._docx, _p51._odt, _p51._html, _p51._rl_doc,
                                           _p51._docx47, _p51.e)

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind52/make_pairs.py"


# =========================================================================== 1 Lauvhammar (nb)

SDG = [
    ("1", "Utrydde fattigdom", "#E5243B", "Middels", "Liten", ""),
    ("2", "Utrydde sult", "#DDA63A", "Liten", "Liten", ""),
    ("3", "God helse og livskvalitet", "#4C9F38", "Stor", "Stor", "3.4"),
    ("4", "God utdanning", "#C5192D", "Stor", "Stor", "4.1"),
    ("5", "Likestilling mellom kjønnene", "#FF3A21", "Middels", "Middels", ""),
    ("6", "Rent vann og gode sanitærforhold", "#26BDE2", "Middels", "Stor", ""),
    ("7", "Ren energi for alle", "#FCC30B", "Liten", "Middels", ""),
    ("8", "Anstendig arbeid og økonomisk vekst", "#A21942", "Stor", "Stor", "8.6"),
    ("9", "Industri, innovasjon og infrastruktur", "#FD6925", "Middels", "Middels", ""),
    ("10", "Mindre ulikhet", "#DD1367", "Stor", "Stor", "10.2"),
    ("11", "Bærekraftige byer og lokalsamfunn", "#FD9D24", "Stor", "Stor", "11.2 og 11.7"),
    ("12", "Ansvarlig forbruk og produksjon", "#BF8B2E", "Stor", "Middels", ""),
    ("13", "Stoppe klimaendringene", "#3F7E44", "Stor", "Stor", "13.1"),
    ("14", "Livet i havet", "#0A97D9", "Middels", "Middels", ""),
    ("15", "Livet på land", "#56C02B", "Middels", "Middels", ""),
    ("16", "Fred, rettferdighet og velfungerende institusjoner", "#00689D", "Liten", "Middels", ""),
    ("17", "Samarbeid for å nå målene", "#19486A", "Middels", "Middels", ""),
]


@pair
def lauvhammar_arsbudsjett(d: Path) -> dict:
    g = {
        "3.4": "Færre innbyggere skal utvikle livsstilssykdommer, og flere skal oppleve god "
               "psykisk helse gjennom hele livet.",
        "4.1": "Alle elever skal gå ut av grunnskolen med gode ferdigheter i lesing og regning, "
               "rustet til å fullføre videregående opplæring.",
        "8.6": "Ingen unge i Lauvhammar skal bli gående uten jobb, skole eller annen aktivitet.",
        "10.2": "Alle innbyggere, uansett funksjonsevne og bakgrunn, skal kunne delta i "
                "arbeidslivet og i frivillig arbeid.",
        "11.2": "Det skal være trygt og enkelt å gå, sykle og reise kollektivt mellom Myrestrand "
                "og Bjørkelund.",
        "11.7": "Alle skal ha en park, en lekeplass eller et grøntområde i gangavstand fra der "
                "de bor.",
        "13.1": "Lauvhammar skal tåle mer ekstremnedbør, flom og stormflo uten store skader på "
                "bygg og infrastruktur.",
    }
    un = {
        "3.4": "Innen 2030 redusere for tidlig død som følge av ikke-smittsomme sykdommer med en "
               "tredjedel gjennom forebygging og behandling, og fremme psykisk helse og "
               "livskvalitet.",
        "4.1": "Innen 2030 sikre at alle jenter og gutter fullfører gratis og likeverdig "
               "grunnskole og videregående opplæring av god kvalitet.",
        "8.6": "Innen 2020 betydelig redusere andelen unge som verken er i arbeid eller under "
               "utdanning eller opplæring.",
        "10.2": "Innen 2030 styrke og fremme alles mulighet til sosial, økonomisk og politisk "
                "inkludering, uavhengig av alder, kjønn, funksjonsevne, etnisitet, opprinnelse, "
                "religion og økonomisk eller annen status.",
        "11.2": "Innen 2030 sørge for at alle har tilgang til trygge, lett tilgjengelige og "
                "bærekraftige transportsystemer til en overkommelig pris.",
        "11.7": "Innen 2030 sørge for allmenn tilgang til trygge, inkluderende og lett "
                "tilgjengelige grøntområder og offentlige rom.",
        "13.1": "Styrke evnen til å stå imot og tilpasse seg klimarelaterte farer og "
                "naturkatastrofer i alle land.",
    }
    ind = {
        "3.4": "Andel med fedme ved sesjon; andel ungdom som er fornøyd med livet (Ungdata)",
        "4.1": "Mestringsnivå på nasjonale prøver 5. og 8. trinn; andel som fullfører "
               "videregående på fem år",
        "8.6": "Andel 16–29 år som står utenfor arbeid, utdanning og opplæring",
        "10.2": "Sysselsetting blant personer med nedsatt funksjonsevne og blant innvandrere",
        "11.2": "Andel reiser til fots, på sykkel og med buss (reisevaneundersøkelsen)",
        "11.7": "Andel boliger med under 300 meter til et grøntområde",
        "13.1": "Antall skademeldinger etter naturskade (Finans Norge)",
    }
    colour = {k[0]: k[2] for k in SDG}

    def dots(level: str) -> str:
        n = {"Stor": 3, "Middels": 2, "Liten": 1}[level]
        return f"<span class='dots'>{'●' * n}{'○' * (3 - n)}</span> {e(level)}"

    matrix = (
        "<table class='mx'><thead><tr><th colspan='2'>Bærekraftsmål</th><th>Utfordring i "
        "Lauvhammar</th><th>Kommunens påvirkning</th><th>Valgt delmål</th></tr></thead><tbody>"
        + "".join(
            f"<tr class='{'on' if pick else ''}'><td class='sq' style='background:{col}'>{n}</td>"
            f"<td>{e(name)}</td><td>{dots(u)}</td><td>{dots(p)}</td>"
            f"<td class='pick'>{e(pick) if pick else '–'}</td></tr>"
            for n, name, col, u, p, pick in SDG)
        + "</tbody></table>")
    goals_html = "".join(
        f"<div class='dm'><div class='num' style='background:{colour[k.split('.')[0]]}'>{k}</div>"
        f"<div><p class='goal'>{e(g[k])}</p><p class='un'>FNs delmål {k}: {e(un[k])}</p>"
        f"<p class='ind'>Slik måler vi: {e(ind[k])}</p></div></div>"
        for k in g)
    body = [
        "<div class='mast'><span>LAUVHAMMAR KOMMUNE</span><span>Kommuneplanens samfunnsdel "
        "2057–2069</span></div>",
        "<h1>Lauvhammar 2069 – bærekraftige valg</h1>",
        "<p class='sub'>Kommuneplanens samfunnsdel 2057–2069 · Vedtatt av kommunestyret 17. juni "
        "2057, sak 44/57</p>",
        "<h2>1 Bærekraftsmålene som ramme</h2>",
        "<p>Regjeringen forventer at kommunene legger FNs bærekraftsmål til grunn for samfunns- "
        "og arealplanleggingen. I planstrategien for 2056–2059 bestemte kommunestyret at "
        "samfunnsdelen skal bygge på bærekraftsmålene, men at vi skal velge ut de delmålene der "
        "Lauvhammar har de største utfordringene og der kommunen selv kan gjøre mest. "
        "Lauvhammar har 14 900 innbyggere, og antallet over 80 år blir nesten dobbelt så stort "
        "fram mot 2069.</p>",
        "<h2>2 Slik valgte vi</h2>",
        "<p>Arbeidsgruppen vurderte alle de 17 målene etter to spørsmål: Hvor store er "
        "utfordringene i Lauvhammar? Hvor mye kan kommunen påvirke? Der begge svarene var "
        "«stor», valgte vi ett eller to delmål og skrev dem om til lokale mål. Mål 12 "
        "(forbruk) følges opp i klima- og miljøplanen.</p>",
        matrix,
        "<h2>3 Lauvhammars delmål</h2>",
        "<p>Under står de sju delmålene slik kommunestyret har tilpasset dem til Lauvhammar. "
        "FNs egen formulering står med liten skrift under hvert mål.</p>",
        goals_html,
        "<h2>4 Oppfølging</h2>",
        "<p>Samfunnsdelen følges opp i handlingsdelen og økonomiplanen, som rulleres hvert år, "
        "og i årsbudsjettet. Kommunestyret har lagt til grunn at planen skal gjennomføres "
        "innenfor en sunn økonomi, med et netto driftsresultat på minst 1,75 prosent over tid. "
        "Kommunedirektøren rapporterer på indikatorene i årsmeldingen. Arealdelen revideres i "
        "2058–2059.</p>",
    ]
    css = (
        "@page{size:A4;margin:14mm 16mm 16mm 16mm;"
        "@bottom-left{content:'Lauvhammar kommune · Samfunnsdelen 2057–2069';"
        "font:7.5pt 'Liberation Sans';color:#666}"
        "@bottom-right{content:'Side ' counter(page) ' av ' counter(pages);"
        "font:7.5pt 'Liberation Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.8pt/1.4 'Liberation Sans';color:#1e1e1e}"
        ".mast{display:flex;justify-content:space-between;border-bottom:2pt solid #1B5E7A;"
        "font:bold 7.5pt 'Liberation Sans';letter-spacing:.1em;color:#1B5E7A;padding-bottom:3pt}"
        "h1{font:bold 21pt 'Liberation Sans';color:#1B5E7A;margin:8pt 0 1pt}"
        ".sub{color:#555;margin:0 0 6pt}"
        "h2{font:bold 12pt 'Liberation Sans';color:#1B5E7A;margin:9pt 0 3pt}"
        "p{margin:0 0 4pt}"
        "table.mx{font-size:8pt;margin:4pt 0}"
        "table.mx th{background:#1B5E7A;color:#fff;text-align:left;padding:2pt 5pt;font-weight:bold}"
        "table.mx td{border-bottom:.5pt solid #ccc;padding:1.2pt 5pt}"
        "table.mx td.sq{color:#fff;font-weight:bold;text-align:center;width:16pt}"
        "table.mx tr.on td{background:#EEF5F8;font-weight:bold}"
        "table.mx tr.on td.sq{background:inherit}"
        ".dots{color:#1B5E7A;letter-spacing:1pt}td.pick{text-align:center}"
        ".dm{display:grid;grid-template-columns:34pt 1fr;column-gap:8pt;margin:0 0 7pt;"
        "break-inside:avoid}"
        ".num{color:#fff;font:bold 12pt 'Liberation Sans';height:34pt;display:flex;"
        "align-items:center;justify-content:center}"
        "p.goal{font-weight:bold;margin:0 0 2pt}"
        "p.un{font-size:7.6pt;color:#666;margin:0 0 1pt}"
        "p.ind{font-size:7.6pt;color:#1B5E7A;margin:0}"
    )
    _html("nb", "Kommuneplanens samfunnsdel 2057–2069 – Lauvhammar kommune", css, body,
          d / "parent.pdf")

    c = {
        "O1": "Flere elever på 5. trinn skal ligge på mestringsnivå 2 eller 3 på de nasjonale "
              "prøvene i lesing og regning.",
        "H1": "Unge under 30 år som søker økonomisk sosialhjelp, skal være i aktivitet innen "
              "tre måneder.",
        "H2": "Barn og unge skal få hjelp for psykiske plager uten å måtte vente.",
        "H3": "Sykefraværet i hjemmetjenesten skal ned fra 11,2 til 9 prosent.",
        "T1": "Flere skal gå og sykle til skole og jobb i Myrestrand.",
    }
    m = {
        "les": "Lesekurs for 1.–4. trinn med to ekstra lærerstillinger",
        "over": "Rådgiver som følger elever med svake karakterer over i videregående",
        "ulos": "Ungdomslos i NAV Lauvhammar, to årsverk",
        "akt": "Arbeidstrening i driftsavdelingen for unge sosialhjelpsmottakere",
        "rask": "Rask psykisk helsehjelp utvides til 16–18 år",
        "hsy": "Helsesykepleier på ungdomsskolen fem dager i uka",
        "nar": "Nærværsprosjekt i hjemmetjenesten",
        "fsk": "Frisklivssentralen: åpningstiden reduseres til tre dager i uka",
        "fkort": "Fritidskortet: 2 000 kroner per barn 6–17 år i familier med lav inntekt",
        "lag": "Driftstilskuddet til frivillige lag og foreninger reduseres med 10 prosent",
        "vint": "Vintervedlikehold av gang- og sykkelveier prioriteres foran bilveier",
        "slatt": "Slått av grøntarealer og parker reduseres til to ganger per sesong",
        "flomv": "Mobile flomvern til Myrestrand havn",
        "gsv": "Gang- og sykkelvei Myrestrand–Bjørkelund, byggetrinn 1",
        "sep": "Separering av overvann og spillvann i Havneveien",
        "kulv": "Større kulverter i Myrbekken, dimensjonert for 40 prosent mer nedbør",
        "lek": "Nye nærlekeplasser etter lekeplassplanen",
    }
    pri = ["Endring", "2058", "Merknad"]
    pw = [100, 22, 48]
    child = [
        ("title", "Årsbudsjett 2058"),
        ("sub", "Kommunedirektørens forslag · Lauvhammar kommune · Lagt fram for formannskapet "
         "12. november 2057"),
        ("h1", "1 Kommunedirektørens innledning"),
        ("p", "Budsjettet for 2058 er stramt. De frie inntektene øker med 2,1 prosent, mens lønns- "
         "og prisveksten er anslått til 3,6 prosent. Samtidig blir det 70 flere innbyggere over "
         "80 år enn i 2057. Jeg har derfor måttet prioritere hardt mellom tjenesteområdene, og "
         "noe av det samfunnsdelen peker på, må vente til handlingsdelen for 2059–2062."),
        ("p", "Forslaget er saldert med bruk av 4,2 millioner kroner fra disposisjonsfondet. "
         "Torunn Grimsås, kommunedirektør"),
        ("h1", "2 Økonomiske handlingsregler"),
        ("p", "Kommunestyret har vedtatt tre handlingsregler for økonomien: Netto driftsresultat "
         "skal over tid være minst 1,75 prosent av driftsinntektene. Disposisjonsfondet skal "
         "ikke være lavere enn 8 prosent av driftsinntektene. Netto lånegjeld skal ikke "
         "overstige 90 prosent av driftsinntektene."),
        ("p", "I 2058 er netto driftsresultat budsjettert til 0,9 prosent, og den første regelen "
         "nås derfor ikke."),
        ("h1", "3 Rammer per tjenesteområde"),
        ("table", ["Tjenesteområde (1 000 kr)", "Regnskap 2056", "Budsjett 2057",
                   "Budsjett 2058"], [
            ("Oppvekst og læring", "388 410", "401 200", "412 650"),
            ("Helse, omsorg og levekår", "502 300", "524 900", "541 800"),
            ("Kultur og fritid", "31 450", "32 800", "32 950"),
            ("Teknisk, areal og miljø", "86 900", "89 100", "90 400"),
            ("Sentrale funksjoner", "71 200", "73 500", "74 100"),
            ("Sum rammer", "1 080 260", "1 121 500", "1 151 900"),
        ], [70, 32, 32, 32]),
        ("h1", "4 Tjenesteområdene"),
        ("h2", "4.1 Oppvekst og læring"),
        ("p", "Netto ramme øker med 11,5 millioner kroner, mest til lønnsvekst og flere elever "
         "med vedtak om spesialundervisning. Bidrar til bærekraftsmål: 4.1 og 3.4."),
        ("b", "Mål for 2058"),
        ("num", [c["O1"]]),
        ("b", "Prioriteringer"),
        ("table", pri, [
            (m["les"], "+1 450", "Helårseffekt fra 2059"),
            (m["over"], "+720", "Samarbeid med Lauvhammar videregående skole"),
            ("Flere elever med spesialundervisning", "+3 900", ""),
            ("Redusert åpningstid i SFO i juli", "–480", "Bare Myrestrand skole holder åpent"),
            ("Kutt i innkjøp av læremidler", "–600", ""),
        ], pw),
        ("h2", "4.2 Helse, omsorg og levekår"),
        ("p", "Netto ramme øker med 16,9 millioner kroner. Den største økningen er i "
         "hjemmetjenesten og på Bjørkelund sjukeheim. Bidrar til bærekraftsmål: 3.4 og 8.6."),
        ("b", "Mål for 2058"),
        ("num", [c["H1"], c["H2"], c["H3"]]),
        ("b", "Prioriteringer"),
        ("table", pri, [
            (m["ulos"], "+1 300", "Delvis dekket av statlig tilskudd"),
            (m["akt"], "+400", "Aktivitetsplikten"),
            (m["rask"], "+650", ""),
            (m["hsy"], "+540", ""),
            (m["nar"], "+300", "Sammen med NAV Arbeidslivssenter"),
            (m["fsk"], "–520", ""),
            ("Ny avdeling på Bjørkelund sjukeheim, 8 plasser", "+9 800", "Fra 1. mars"),
        ], pw),
        ("h2", "4.3 Kultur og fritid"),
        ("p", "Rammen er nesten uendret. Bidrar til bærekraftsmål: 10.2."),
        ("b", "Prioriteringer"),
        ("table", pri, [
            (m["fkort"], "+1 100", "Søkes gjennom NAV"),
            (m["lag"], "–220", ""),
            ("Meråpent bibliotek i Bjørkelund", "+180", ""),
        ], pw),
        ("h2", "4.4 Teknisk, areal og miljø"),
        ("p", "Netto ramme øker med 1,3 millioner kroner. Vann, avløp og renovasjon er "
         "selvkostområder og holdes utenfor rammen. Bidrar til bærekraftsmål: 11.2, 11.7 og "
         "13.1."),
        ("b", "Mål for 2058"),
        ("num", [c["T1"]]),
        ("b", "Prioriteringer"),
        ("table", pri, [
            (m["vint"], "+350", ""),
            (m["slatt"], "–310", ""),
            (m["flomv"], "+250", "Leie; settes ut ved farevarsel om stormflo"),
        ], pw),
        ("h1", "5 Investeringer 2058"),
        ("table", ["Prosjekt", "2058 (mill. kr)", "Finansiering"], [
            (m["gsv"], "18,5", "Lån og tilskudd fra fylkeskommunen"),
            (m["sep"], "12,0", "Selvkost"),
            (m["kulv"], "3,4", "Lån"),
            ("Inventar, ny avdeling Bjørkelund sjukeheim", "2,1", "Lån"),
            (m["lek"], "0", "Utsatt til 2059"),
        ], [100, 26, 44]),
        ("p", "Bussrutene mellom Myrestrand og Bjørkelund er fylkeskommunens ansvar. Kommunen "
         "har i fylkeskommunens rutehøring bedt om avganger hver halvtime."),
    ]
    _docx(child, d / "child.pdf", title="Årsbudsjett 2058 – Kommunedirektørens forslag – "
          "Lauvhammar kommune", author="Lauvhammar kommune",
          header="LAUVHAMMAR KOMMUNE · Årsbudsjett 2058 · Kommunedirektørens forslag",
          footer="Årsbudsjett 2058", lang="nb-NO", font="Liberation Sans", size=10,
          color="1B5E7A")

    goals_ = [
        G("3.4", g["3.4"], "partial", [c["H2"], m["rask"], m["hsy"]],
          ev="Barn og unge skal få hjelp for psykiske",
          missing=["færre livsstilssykdommer (frisklivssentralen får tvert imot kortere "
                   "åpningstid)"],
          note="the goals are the bold local goals beside the coloured squares under '3 "
          "Lauvhammars delmål' (id = the UN target number printed in the square). Not goals: "
          "the matrix of the 17 UN goals (a selection), the small 'FNs delmål …' lines (the "
          "UN's own wording), the 'Slik måler vi' indicator lines, and the money rule in '4 "
          "Oppfølging'. Mental health for the young: rapid help extended to 16–18, a school "
          "nurse every day; lifestyle diseases get nothing, the healthy-living centre is cut"),
        G("4.1", g["4.1"], "followed_up", [c["O1"], m["les"], m["over"]],
          ev="Flere elever på 5. trinn skal ligge",
          note="reading and arithmetic (reading course, the national-test goal) and the step "
          "into upper secondary (a counsellor following weak pupils over)"),
        G("8.6", g["8.6"], "followed_up", [c["H1"], m["ulos"], m["akt"]],
          ev="Unge under 30 år som søker økonomisk",
          note="in other words: young social-assistance claimants in activity within three "
          "months, a youth pilot in NAV, work training"),
        G("10.2", g["10.2"], "not_followed_up",
          note="trap (a number cited): 'Kultur og fritid' says 'Bidrar til bærekraftsmål: "
          "10.2', but holds a leisure card for children in low-income families, a cut in the "
          "grant to voluntary associations and library hours — nothing on work or voluntary "
          "work for people with disabilities or another background; 'frivillige lag' shares "
          "the word in a cut"),
        G("11.2", g["11.2"], "partial", [c["T1"], m["vint"], m["gsv"]],
          ev="Flere skal gå og sykle til skole",
          missing=["kollektivtrafikken mellom Myrestrand og Bjørkelund (fylkeskommunens "
                   "ansvar; kommunen har bare bedt om halvtimesavganger)"],
          note="walking and cycling: the new cycle path, winter maintenance; buses handed to "
          "the county"),
        G("11.7", g["11.7"], "not_followed_up",
          note="trap (shared words): 'Slått av grøntarealer og parker reduseres' is a cut, and "
          "'Nye nærlekeplasser etter lekeplassplanen' is budgeted at 0 and 'Utsatt til 2059' — "
          "no one gets a park or playground nearer in 2058"),
        G("13.1", g["13.1"], "followed_up", [m["sep"], m["kulv"], m["flomv"]],
          ev="Separering av overvann og spillvann",
          note="only measures, no child goal: separating storm water (cloudbursts), larger "
          "culverts in Myrbekken (flood, 40 % more rain), mobile flood barriers at the harbour "
          "(storm surge)"),
    ]
    kids = [
        C(c["O1"], ["4.1"], note="the child goals are the Word-numbered items under the bold "
          "'Mål for 2058' lines of each tjenesteområde (one numbering through the document, 1–"
          "5); the rows of the 'Prioriteringer' tables and the investments are measures; the "
          "introduction, the financial rules in '2 Økonomiske handlingsregler', the frame table "
          "and the 'Bidrar til bærekraftsmål' lines are no goals"),
        C(c["H1"], ["8.6"]),
        C(c["H2"], ["3.4"]),
        C(c["H3"], [], note="sickness absence in home care: no goal of the samfunnsdel — "
          "stands alone"),
        C(c["T1"], ["11.2"]),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Sans 9.8; a SAMFUNNSDEL built on the "
        "UN sustainability goals): mast line, a MATRIX of the 17 goals (coloured number, "
        "challenge and influence as dots, 'Valgt delmål'), then the seven chosen TARGETS as "
        "local goals beside a coloured square '3.4', '4.1' … with the UN wording and 'Slik "
        "måler vi' in small type; footer 'Side n av N'; child PDF (python-docx → LibreOffice, "
        "Liberation Sans 10; the ÅRSBUDSJETT 2058, kommunedirektørens forslag): financial "
        "rules, a frame table, per tjenesteområde a 'Bidrar til bærekraftsmål: …' line, bold "
        "'Mål for 2058' over Word-numbered goals (one numbering through the document), a "
        "`Endring | 2058 | Merknad` table under 'Prioriteringer', an investment table; header "
        "over a rule, footer with the page number",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Solheimsdal (nn)


def _handout(slides: list[tuple[str, str]], *, deck: str, date: str, accent: str) -> tuple[str, list[str]]:
    """A slide deck printed as a handout: three slides a page, each slide a 16:9 frame on the
    left with its number under it and ruled note lines on the right. SLIDES: (title, inner
    HTML); a title of '' is a title slide whose inner HTML fills the frame."""
    css = (
        "@page{size:A4;margin:11mm 13mm 12mm 13mm;"
        f"@top-left{{content:'{deck}';font:7pt 'Liberation Sans';color:#777}}"
        f"@top-right{{content:'{date}';font:7pt 'Liberation Sans';color:#777}}"
        "@bottom-right{content:counter(page);font:7pt 'Liberation Sans';color:#777}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact;box-sizing:border-box}"
        "body{margin:0;font-family:'Liberation Sans';color:#222}"
        ".row{display:grid;grid-template-columns:104mm 1fr;column-gap:8mm;height:88mm;"
        "break-inside:avoid}"
        ".row.brk{break-after:page}"
        ".slide{width:104mm;height:58.5mm;border:.6pt solid #999;position:relative;"
        "padding:4mm 5mm 0 5mm;font-size:6.8pt;line-height:1.32;overflow:hidden;"
        "background:#fff}"
        f".slide:before{{content:'';position:absolute;left:0;top:0;width:2.2mm;height:100%;"
        f"background:{accent}}}"
        f".st{{font:bold 10.5pt 'Liberation Sans';color:{accent};margin:0 0 2.5mm}}"
        ".slide ul,.slide ol{margin:0;padding-left:4mm}.slide li{margin:0 0 1.1mm}"
        ".slide .sf{position:absolute;left:5mm;right:4mm;bottom:2mm;font-size:5pt;color:#888;"
        "display:flex;justify-content:space-between}"
        ".cap{font-size:6.5pt;color:#777;margin-top:1.2mm}"
        ".notes{padding-top:2mm}.notes div{border-bottom:.5pt solid #bbb;height:7.2mm}"
        f".tt{{position:absolute;left:9mm;top:13mm;right:6mm}}"
        f".tt .k{{font:bold 6.5pt 'Liberation Sans';letter-spacing:.12em;color:{accent}}}"
        ".tt .h{font:bold 16pt 'Liberation Sans';margin:2mm 0 1mm}"
        ".tt .s{font-size:9pt;color:#444}.tt .w{font-size:6.8pt;color:#666;margin-top:5mm}"
        "table.sl{border-collapse:collapse;font-size:6.4pt;width:100%}"
        "table.sl td{border-bottom:.4pt solid #ccc;padding:.8mm 1mm}"
    )
    rows = []
    for i, (title, inner) in enumerate(slides, 1):
        brk = " brk" if i % 3 == 0 and i < len(slides) else ""
        content = (f"<div class='tt'>{inner}</div>" if not title
                   else f"<div class='st'>{e(title)}</div>{inner}")
        rows.append(
            f"<div class='row{brk}'><div><div class='slide'>{content}<div class='sf'><span>"
            f"{e(deck)}</span><span>{i}</span></div></div><div class='cap'>Lysbilete {i}</div>"
            "</div><div class='notes'>" + "<div></div>" * 11 + "</div></div>")
    return css, rows


@pair
def solheimsdal_eigarmote(d: Path) -> dict:
    g = {
        "E1": "Minst 65 prosent av hushaldsavfallet skal gå til materialgjenvinning innan 2060.",
        "E2": "Renovasjonsgebyret skal ikkje vere høgare enn snittet for samanliknbare selskap, "
              "og tenestene skal drivast etter sjølvkost.",
        "E3": "Alle innbyggjarar, også dei som bur på øyane, skal ha under 30 minutt til næraste "
              "gjenvinningsstasjon.",
        "E4": "Innsamlinga av avfall skal vere fossilfri innan 2060.",
        "E5": "Det nedlagde deponiet i Brekkvika skal overvakast og sikrast, slik at det ikkje "
              "lek miljøgifter ut i sjøen.",
        "E6": "Selskapet skal samarbeide med næringslivet i regionen om ombruk og sirkulære "
              "løysingar.",
        "E7": "Selskapet skal vere ein trygg og god arbeidsplass med lågt sjukefråvær.",
    }
    parent = [
        ("title", "Eigarskapsmelding 2057"),
        ("sub", "Solheimsdal kommune · Vedteken av kommunestyret 23.10.2057, sak 61/57 · Del 2: "
         "Selskapsark"),
        ("h1", "5.3 Fjordrein IKS"),
        ("table", ["Opplysning", "Fjordrein IKS"], [
            ("Organisasjonsform", "Interkommunalt selskap etter IKS-lova, stifta 2031"),
            ("Eigarar", "Solheimsdal 46 %, Halsvik 33 %, Reinsnes 21 %"),
            ("Representantskap", "Ordføraren (vara: varaordføraren)"),
            ("Styreleiar / dagleg leiar", "Oddvar Skreien / Kari Tverrli"),
            ("Formål (selskapsavtalen § 3)", "Selskapet skal ta hand om innsamling, gjenvinning "
             "og handsaming av hushaldsavfall og slam for eigarkommunane, etter sjølvkost."),
            ("Utbyte", "Nei. Selskapet er finansiert av renovasjonsgebyret."),
        ], [48, 118]),
        ("h2", "Kvifor kommunen eig selskapet"),
        ("p", "Innsamling og handsaming av hushaldsavfall er ei lovpålagd oppgåve for kommunen "
         "etter forureiningslova. Kommunen eig Fjordrein saman med nabokommunane for å løyse "
         "oppgåva med god kvalitet og til lågast mogleg kostnad for innbyggjarane."),
        ("h2", "Eigarmål for perioden 2057–2060"),
        ("p", "Kommunestyret har sett desse måla for selskapet. Halsvik og Reinsnes har vedteke "
         "dei same måla i sine eigarskapsmeldingar."),
        ("inline", [g[k] for k in ("E1", "E2", "E3", "E4", "E5", "E6", "E7")]),
        ("box", "Forventningar til alle selskapa (sjå del 1, kapittel 3)", [
            "Styret skal ha ein årleg plan for eige arbeid og evaluere seg sjølv.",
            "Selskapa skal følgje KS sine tilrådingar om eigarstyring, selskapsleiing og "
            "kontroll.",
            "Selskapa skal ha etiske retningsliner og rutinar for varsling.",
        ]),
        ("h2", "Økonomi"),
        ("table", ["Nøkkeltal", "2055", "2056"], [
            ("Driftsinntekter (1 000 kr)", "98 400", "103 900"),
            ("Årsresultat (1 000 kr)", "1 200", "–800"),
            ("Sjølvkostfond (1 000 kr)", "4 100", "3 300"),
            ("Gebyr, standardabonnement (kr)", "3 980", "4 170"),
        ], [80, 30, 30]),
        ("h2", "Kommunen si vurdering"),
        ("p", "Selskapet leverer gode tenester og har stabil økonomi. Materialgjenvinninga aukar, "
         "men ligg framleis godt under det nasjonale målet. Deponiet i Brekkvika vart lagt ned "
         "i 2041, og sigevatnet har ikkje vore undersøkt sidan 2052. Kommunen tek dette opp i "
         "eigarmøtet i 2058."),
    ]
    _odt(parent, d / "parent.pdf", title="Eigarskapsmelding 2057 – Solheimsdal kommune",
         header="Solheimsdal kommune · Eigarskapsmelding 2057", footer="Del 2 Selskapsark",
         font="Liberation Sans", size=10, color="#2F5D50", tint="#E3EEEA", lang="nn",
         country="NO")

    c = {
        "M1": "60 % materialgjenvinning innan 2061",
        "M2": "Alle renovasjonsbilane går på biogass eller straum innan 2060",
        "M3": "Meir ombruk: 200 tonn i året gjennom ombrukshallen",
        "M4": "Sjukefråvær under 7 % og ingen skadar med fråvær",
        "M5": "Gebyret skal halde seg under snittet i fylket",
    }
    m = {
        "etter": "Ettersortering av plast og metall frå restavfallet i nytt anlegg frå 2059",
        "tekst": "Eiga innsamling av tekstilar frå hausten 2058",
        "el": "Fire nye el-bilar i 2058, biogass på resten av bilparken",
        "hall": "Ombrukshall på Brekkvika gjenvinningsstasjon opnar hausten 2058",
        "naer": "Nærværsprosjekt med NAV Arbeidslivssenter",
        "vern": "Vernerunde på alle anlegg kvar månad",
        "prove": "Prøvetaking av sigevatn og sediment to gonger i året frå 2058",
        "rapp": "Resultata blir lagde fram for eigarane og Statsforvaltaren",
        "gebyr": "Gebyret aukar 4,8 % – snittet i fylket aukar 5,5 %",
        "sjolv": "Sjølvkostfondet: 1,5 mill. kr blir tilbakeført til abonnentane i 2058",
    }

    def ul(items, tag="ul"):
        return f"<{tag}>" + "".join(f"<li>{e(x)}</li>" for x in items) + f"</{tag}>"

    slides = [
        ("", "<div class='k'>FJORDREIN IKS</div><div class='h'>Eigarmøte 2058</div>"
         "<div class='s'>Strategi 2058–2061</div><div class='w'>Kari Tverrli, dagleg leiar · "
         "Solheimsdal rådhus, 14. mars 2058</div>"),
        ("Dagsorden", ul(["Året som gjekk", "Strategi 2058–2061: mål og tiltak",
                          "Brekkvika deponi", "Økonomi og gebyr",
                          "Saker eigarane må ta stilling til"], "ol")),
        ("Året som gjekk – 2057", ul([
            "Materialgjenvinning 52 % (2056: 49 %)",
            "Ny gjenvinningsstasjon på Reinsnes opna 2. mai",
            "Sjukefråvær 8,4 %",
            "Kundeskår 78 av 100 i kundeundersøkinga",
            "Ingen alvorlege skadar"])),
        ("Våre mål 2058–2061", ul([c[k] for k in ("M1", "M2", "M3", "M4", "M5")], "ol")),
        ("Tiltak 2058–2059 (1): meir gjenvinning", ul([
            m["etter"], m["tekst"], "Nye sorteringsdunkar til hyttefelta",
            "Informasjon om matavfall på fem språk"])),
        ("Tiltak 2058–2059 (2): klima og folk", ul([m["el"], m["hall"], m["naer"],
                                                    m["vern"]])),
        ("Brekkvika deponi", ul([
            m["prove"], m["rapp"],
            "Tildekking av deponiet kostar om lag 14 mill. kr – ikkje med i budsjettet, sjå "
            "sak til eigarane"])),
        ("Økonomi og gebyr 2058", ul([
            m["gebyr"], "Standardabonnement 4 370 kr, 6 % under snittet i fylket", m["sjolv"],
            "Investeringar 2058: 22 mill. kr, mest til ettersorteringsanlegget"])),
        ("Saker eigarane må ta stilling til", ul([
            "Finansiering av tildekkinga av Brekkvika deponi, om lag 14 mill. kr",
            "Næringsavfall: Fjordrein kan ikkje ta imot næringsavfall i konkurranse med "
            "private utan eit eige aksjeselskap. Skal eigarane skipe Fjordrein Næring AS?",
            "Ny selskapsavtale til handsaming i kommunestyra hausten 2058"], "ol")),
    ]
    css, rows = _handout(slides, deck="Fjordrein IKS · Eigarmøte 2058",
                         date="14.03.2058", accent="#2F5D50")
    _html("nn", "Eigarmøte 2058 – Fjordrein IKS", css, rows, d / "child.pdf")

    goals_ = [
        G("E1", g["E1"], "partial", [c["M1"], m["etter"], m["tekst"]],
          ev="60 % materialgjenvinning innan 2061",
          missing=["65 prosent innan 2060: strategien siktar lågare og seinare (60 % innan "
                   "2061)"],
          note="the goals are the '•' bullets under 'Eigarmål for perioden 2057–2060' of the "
          "selskapsark (ids E1–E7, not printed). Not goals: the fact table (incl. the "
          "company's FORMÅL from its agreement), 'Kvifor kommunen eig selskapet', the box of "
          "expectations to ALL companies ('Styret skal …'), the key figures and 'Kommunen si "
          "vurdering'. Followed up with a lower and later target — the direction is served, "
          "the level is not"),
        G("E2", g["E2"], "followed_up", [c["M5"], m["gebyr"], m["sjolv"]],
          ev="Gebyret skal halde seg under snittet",
          note="fee below the county average (it rises less than the average) and self-cost "
          "(the self-cost fund paid back to subscribers)"),
        G("E3", g["E3"], "not_followed_up",
          note="trap (past, not planned): the only station named is the one on Reinsnes that "
          "opened in May 2057, under 'Året som gjekk'; the strategy has nothing for the "
          "islands"),
        G("E4", g["E4"], "followed_up", [c["M2"], m["el"]],
          ev="Alle renovasjonsbilane går på biogass",
          note="in other words: biogas or electric collection vehicles by 2060 = fossil free"),
        G("E5", g["E5"], "partial", [m["prove"], m["rapp"]],
          ev="Prøvetaking av sigevatn og sediment",
          missing=["sikring (tildekking) av deponiet: ikkje i budsjettet, lagd fram for "
                   "eigarane"],
          note="monitoring only; securing the landfill handed back to the owners"),
        G("E6", g["E6"], "not_followed_up",
          note="trap (shared words): 'ombruk' appears in the company's own goal for the re-use "
          "hall, which takes things from households; cooperation with business is handed back "
          "to the owners ('Skal eigarane skipe Fjordrein Næring AS?')"),
        G("E7", g["E7"], "followed_up", [c["M4"], m["naer"], m["vern"]],
          ev="Sjukefråvær under 7 % og ingen skadar",
          note="low sickness absence and safety (no injuries, monthly safety rounds)"),
    ]
    kids = [
        C(c["M1"], ["E1"], note="the child goals are the numbered items on slide 4 'Våre mål "
          "2058–2061'; the bullets on the 'Tiltak', 'Brekkvika deponi' and 'Økonomi og gebyr' "
          "slides are measures; the title, agenda, 'Året som gjekk' (last year's results) and "
          "'Saker eigarane må ta stilling til' (questions to the owners) are no goals, nor the "
          "handout's slide captions and note lines"),
        C(c["M2"], ["E4"]),
        C(c["M3"], [], note="re-use of household items: no owner goal (E1 is material "
          "recycling, E6 cooperation with business) — stands alone"),
        C(c["M4"], ["E7"]),
        C(c["M5"], ["E2"]),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Sans 10; the SELSKAPSARK of an "
        "inter-municipal waste company in the municipality's EIGARSKAPSMELDING): fact table "
        "`Opplysning | Fjordrein IKS` with the company's formål, 'Eigarmål for perioden "
        "2057–2060' as '•' + tab bullets, a shaded box of expectations to all companies, key "
        "figures, the municipality's assessment; header right, footer centred; child PDF "
        "(HTML → Chromium, Liberation Sans; the company's EIGARMØTE presentation printed as a "
        "SLIDE HANDOUT): three 16:9 slides a page, each with 'Lysbilete n' under it and ruled "
        "note lines beside it; goals as a numbered list on slide 4, measures as slide "
        "bullets; running header with deck name and date, page number",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Ljungåsa (sv)


@pair
def ljungasa_fordjupning(d: Path) -> dict:
    g = {
        "V1": "Ny bebyggelse ska i första hand tillkomma inom eller i direkt anslutning till "
              "Karlsby, Ekeröd och Vramby, där det redan finns kollektivtrafik, vatten och "
              "avlopp och service.",
        "V2": "Karlsby ska kunna växa med omkring 1 500 bostäder till 2060, med en blandning av "
              "upplåtelseformer och lägenhetsstorlekar.",
        "V3": "Brukningsvärd jordbruksmark ska inte bebyggas om behovet kan tillgodoses på annan "
              "mark.",
        "V4": "Alla ska ha nära till natur och rekreation, och gröna stråk ska binda samman "
              "tätorterna med Vramsjön.",
        "V5": "Nya bostäder på landsbygden ska kunna tillkomma i lägen med god tillgång till "
              "kollektivtrafik och bredband.",
        "V6": "Ny bebyggelse ska inte placeras där den riskerar att skadas av översvämning, ras "
              "eller skred, med hänsyn till ett framtida klimat.",
        "V7": "Det ska vara lätt att gå och cykla i tätorterna, och Karlsby station ska "
              "utvecklas till en knutpunkt för pendling.",
    }
    strat = [
        ("Strategi 1 – Bygg inifrån och ut", "V1",
         "Att bygga där det redan finns gator, ledningar och skolor är billigare och ger "
         "underlag för busstrafik och handel. Spridd bebyggelse ökar bilberoendet."),
        ("Strategi 2 – Bostäder för alla", "V2",
         "Bostadskön till hyresrätter i Karlsby är i genomsnitt fyra år. Unga och äldre "
         "efterfrågar mindre lägenheter, medan barnfamiljer söker radhus och småhus."),
        ("Strategi 3 – Värna jordbruksmarken", "V3",
         "Jordbruksmarken på Karlsbyslätten hör till de bästa i länet. Enligt miljöbalken får "
         "brukningsvärd jordbruksmark tas i anspråk bara för väsentliga samhällsintressen."),
        ("Strategi 4 – Grönt och blått nära", "V4",
         "Skogen och sjöarna är viktiga för folkhälsan och för den biologiska mångfalden. "
         "Karlsbyån och stränderna kring Vramsjön används av många."),
        ("Strategi 5 – En levande landsbygd", "V5",
         "En tredjedel av kommunens invånare bor utanför tätorterna. Fler vill bosätta sig på "
         "landsbygden om det går att pendla och arbeta hemifrån."),
        ("Strategi 6 – Anpassa till ett förändrat klimat", "V6",
         "Skyfall och höga flöden i Karlsbyån har redan orsakat skador. Lerjordarna längs ån "
         "har känsliga slänter."),
        ("Strategi 7 – Gå, cykla och åk kollektivt", "V7",
         "Pendeltåget når regioncentrum på 28 minuter. Hälften av resorna inom Karlsby är "
         "kortare än tre kilometer."),
    ]
    parent = [
        ("kicker", "LJUNGÅSA KOMMUN · ÖVERSIKTSPLAN 2057"),
        ("title", "Ljungåsa växer hållbart"),
        ("sub", "Översiktsplan för Ljungåsa kommun. Antagen av kommunfullmäktige 2057-02-19, "
         "§ 12. Del 1: Utvecklingsstrategi."),
        ("h1", "1 Om översiktsplanen"),
        ("p", "Varje kommun ska enligt plan- och bygglagen ha en aktuell översiktsplan för hela "
         "kommunen. Planen är inte bindande men ska vägleda beslut om detaljplaner, bygglov och "
         "förhandsbesked. Den visar kommunens viljeinriktning för hur mark och vatten ska "
         "användas och hur den byggda miljön ska utvecklas och bevaras."),
        ("p", "Ljungåsa har 21 400 invånare, varav 9 800 i Karlsby, 3 100 i Ekeröd och 1 900 i "
         "Vramby. Befolkningen väntas öka med omkring 4 000 personer till 2060, främst i "
         "Karlsby, som har pendeltågsstation."),
        ("facts", "Det här gäller oavsett översiktsplanen", [
            "Riksintresse för kulturmiljövården: Vramby bruksmiljö (3 kap. 6 § miljöbalken).",
            "Strandskydd 100 meter vid sjöar och vattendrag.",
            "Miljökvalitetsnormer för vatten i Karlsbyån och Vramsjön.",
        ]),
        ("h1", "2 Utvecklingsstrategi"),
        ("p", "Utvecklingsstrategin består av sju strategier. Under varje strategi står "
         "kommunens viljeinriktning i kursiv stil. Viljeinriktningarna ska vägleda "
         "detaljplaneringen och fördjupningarna av översiktsplanen."),
    ]
    for head, k, why in strat:
        parent += [("h2", head), ("p", why), ("lab", "Viljeinriktning"), ("i", g[k])]
    parent += [
        ("h1", "3 Fortsatt arbete"),
        ("p", "Översiktsplanen fördjupas för Karlsby tätort under 2057–2058. Kommunen tar fram "
         "ett bostadsförsörjningsprogram varje mandatperiod och en grönplan för tätorterna. "
         "Planen aktualitetsprövas av varje ny fullmäktige."),
    ]
    _rl_doc(d / "parent.pdf", parent, fonts=_p44._rl_fonts("LiberationSerif"), base=10,
            accent="#7A4E1D", tint="#F3ECE2", title="Översiktsplan 2057 – Ljungåsa kommun",
            author="Ljungåsa kommun", header="Ljungåsa kommun · Översiktsplan 2057 · "
            "Utvecklingsstrategi", footer="Antagen 2057-02-19", page_word="Sida")

    c = {
        "K1": "Karlsby ska rymma omkring 1 500 nya bostäder fram till 2060, i flerbostadshus, "
              "radhus och småhus och med hyresrätter i varje nytt bostadsområde.",
        "K2": "Tätorten ska förtätas kring stationen och centrum innan nya områden i utkanten "
              "tas i anspråk.",
        "K3": "Stationen ska bli en bytespunkt där tåg, buss och cykel möts.",
        "K4": "Karlsbyån ska bli ett sammanhängande grönt stråk från centrum till Vramsjön.",
        "K5": "Centrum ska ha fler butiker, kaféer och mötesplatser som har öppet på kvällarna.",
    }
    m = {
        "b1": "Minst 60 bostäder per hektar; lokaler i bottenvåningarna mot stationstorget",
        "b2": "Flerbostadshus, radhus och småhus; hyresrätter i varje etapp; ny förskola",
        "n1": "Gång- och cykelstråk längs ån till Vramsjön; ingen ny bebyggelse närmare ån än 30 "
              "meter",
        "t1": "Bytespunkt för buss och tåg med 400 cykelparkeringar, varav 150 under tak",
        "flod": "Ny bebyggelse längs Karlsbyån placeras över nivån för ett 200-årsflöde med "
                "klimatfaktor 1,2.",
        "skyf": "Två lågpunkter i B2 som skyfallskarteringen pekar ut hålls fria från "
                "bebyggelse.",
        "bro": "En ny gång- och cykelbro över Karlsbyån knyter ihop Norra Karlsby med centrum.",
        "cnet": "Ett sammanhängande cykelnät mellan bostadsområdena, skolorna och stationen",
    }
    child = [
        ("title", "Fördjupad översiktsplan för Karlsby"),
        ("sub", "Samrådshandling · Ljungåsa kommun, samhällsbyggnadsförvaltningen · Samråd 2 "
         "april–28 maj 2058 · Dnr KS 2057/118"),
        ("h1", "1 Inledning"),
        ("lab", "Syfte"),
        ("p", "Fördjupningen visar hur Karlsby tätort kan utvecklas fram till 2060. Den "
         "preciserar översiktsplanen för tätorten och ska vägleda detaljplaner och bygglov."),
        ("lab", "Planområde"),
        ("p", "Planområdet omfattar Karlsby tätort med omgivande mark, cirka 1 150 hektar. "
         "Ekeröd, Vramby och landsbygden ingår inte; där gäller översiktsplanen."),
        ("lab", "Förhållande till översiktsplanen"),
        ("p", "Fördjupningen utgår från utvecklingsstrategin i översiktsplanen 2057. Där den "
         "avviker från översiktsplanen anges det i kapitel 7."),
        ("h1", "2 Mål för Karlsby 2060"),
        ("bul", [c[k] for k in ("K1", "K2", "K3", "K4", "K5")]),
        ("h1", "3 Markanvändning"),
        ("p", "Utbyggnaden sker i två etapper. Etapp 1 (2058–2062) omfattar B1 och B2, etapp 2 "
         "(från 2060) B3. Siffrorna för antal bostäder är ungefärliga."),
        ("table", ["Område", "Användning", "Riktlinjer för fortsatt planering"], [
            ("B1 Stationsområdet", "Blandad bebyggelse, cirka 550 bostäder", m["b1"]),
            ("B2 Norra Karlsby", "Bostäder, cirka 600, i södra delen av Karlsbyskogen",
             m["b2"]),
            ("B3 Åbacken", "Bostäder, cirka 350", "Tar cirka 11 hektar jordbruksmark i "
             "anspråk. Läget 800 meter från stationen väger tyngre än jordbruksintresset."),
            ("N1 Karlsbyåns dalgång", "Natur och rekreation", m["n1"]),
            ("T1 Stationen", "Trafik", m["t1"]),
            ("C1 Centrum", "Centrumverksamhet", "Handel och service samlas längs Storgatan; "
             "inga externa köpcentrum"),
        ], [34, 46, 86]),
        ("h1", "4 Risker och klimat"),
        ("p", m["flod"] + " " + m["skyf"] + " Risken för ras och skred i lerslänterna vid "
         "Åbacken utreds i detaljplaneskedet."),
        ("h1", "5 Gång, cykel och kollektivtrafik"),
        ("p", m["bro"] + " Regionen ansvarar för busstrafiken; kommunen har begärt att linje "
         "340 får halvtimmestrafik till stationen."),
        ("bul", [m["cnet"], "Pendlarparkering för bil i ett parkeringshus vid stationen"]),
        ("h1", "6 Genomförande"),
        ("table", ["Åtgärd", "Ansvar", "Tid"], [
            ("Detaljplan för B1 Stationsområdet", "Samhällsbyggnadsnämnden", "2059"),
            ("Bytespunkt vid stationen", "Kommunen och Region (kollektivtrafikmyndigheten)",
             "2060"),
            ("Gång- och cykelbro över Karlsbyån", "Tekniska nämnden", "2060"),
            ("Markanvisning för hyresrätter i B2", "Kommunstyrelsen", "2059"),
            ("Skötselplan för Karlsbyåns dalgång", "Miljö- och byggnämnden", "2059"),
        ], [80, 62, 24]),
        ("h1", "7 Avvikelser från översiktsplanen"),
        ("p", "Fördjupningen föreslår att jordbruksmarken vid Åbacken (B3) tas i anspråk för "
         "bostäder. Översiktsplanen pekar inte ut området. Kommunen bedömer att stationsnära "
         "bostäder är ett väsentligt samhällsintresse."),
        ("p", "Ylva Berglin, planchef"),
    ]
    _docx47(child, d / "child.pdf", title="Fördjupad översiktsplan för Karlsby – "
            "samrådshandling", author="Ljungåsa kommun",
            header="Ljungåsa kommun · FÖP Karlsby · Samrådshandling", footer="Dnr KS 2057/118",
            page_word="Sida", of_word="av", lang="sv-SE", font="Liberation Sans", size=10,
            color="7A4E1D", tint="F3ECE2")

    goals_ = [
        G("V1", g["V1"], "followed_up", [c["K2"], m["b1"]],
          ev="Tätorten ska förtätas kring stationen",
          note="the goals are the italic sentences under the labels 'Viljeinriktning' of the "
          "seven strategies in '2 Utvecklingsstrategi' (ids V1–V7, not printed); the strategy "
          "headings, the reason paragraphs, the box 'Det här gäller oavsett översiktsplanen' "
          "(national interests, shore protection, water norms), '1 Om översiktsplanen' and '3 "
          "Fortsatt arbete' are no goals. Karlsby's share: densify around the station and "
          "centre first (Ekeröd and Vramby lie outside the fördjupning)"),
        G("V2", g["V2"], "followed_up", [c["K1"], m["b2"]],
          ev="Karlsby ska rymma omkring 1 500 nya",
          note="in other words: blocks of flats, terraces and houses (sizes), rental flats in "
          "every new area (tenures)"),
        G("V3", g["V3"], "not_followed_up",
          note="trap (shared words, contrary answer): 'jordbruksmark' appears only where B3 "
          "Åbacken TAKES 11 ha of farmland, a deviation argued for in '7 Avvikelser från "
          "översiktsplanen'"),
        G("V4", g["V4"], "partial", [c["K4"], m["n1"]],
          ev="Karlsbyån ska bli ett sammanhängande",
          missing=["nära till natur för alla: B2 bygger i södra delen av Karlsbyskogen utan "
                   "att något ersätter den"],
          note="the green link along the river to Vramsjön"),
        G("V5", g["V5"], "not_followed_up",
          note="outside the plan: 'Ekeröd, Vramby och landsbygden ingår inte'"),
        G("V6", g["V6"], "partial", [m["flod"], m["skyf"]],
          ev="Ny bebyggelse längs Karlsbyån placeras",
          missing=["ras och skred (utreds först i detaljplaneskedet)"],
          note="flooding from the river and cloudbursts, with a climate factor; landslides "
          "deferred to the detailed plan"),
        G("V7", g["V7"], "followed_up", [c["K3"], m["t1"], m["bro"], m["cnet"]],
          ev="Stationen ska bli en bytespunkt",
          note="the station as an interchange, a cycle bridge and a connected cycle network; "
          "buses are the region's (a request only), but the goal's 'knutpunkt' is served by "
          "the interchange"),
    ]
    kids = [
        C(c["K1"], ["V2"], note="the child goals are the bullets under '2 Mål för Karlsby "
          "2060'; the land-use table's 'Riktlinjer', the risk and cycling sentences and the "
          "implementation table are measures; the purpose, the plan area, the deviation "
          "chapter and the bullets in chapter 5 are no goals"),
        C(c["K2"], ["V1"]),
        C(c["K3"], ["V7"]),
        C(c["K4"], ["V4"]),
        C(c["K5"], [], note="a lively town centre: no viljeinriktning of the översiktsplan — "
          "stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif 10; the UTVECKLINGSSTRATEGI of an "
        "ÖVERSIKTSPLAN): kicker, a tinted box of national rules, seven 'Strategi n – …' "
        "headings each with a reason paragraph, a label 'Viljeinriktning' and the goal in "
        "italics; header over a rule, 'Sida n'; child PDF (python-docx → LibreOffice, "
        "Liberation Sans 10; a FÖRDJUPAD ÖVERSIKTSPLAN, samrådshandling): labels 'Syfte', "
        "'Planområde', '2 Mål för Karlsby 2060' Word bullets, `Område | Användning | "
        "Riktlinjer för fortsatt planering`, risks, `Åtgärd | Ansvar | Tid`, '7 Avvikelser "
        "från översiktsplanen'; header right over a rule, 'Sida n av N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Hvidkløft (da)


@pair
def hvidkloft_forlobsprogram(d: Path) -> dict:
    g = {
        "1": "Færre ældre borgere skal indlægges med sygdomme, der kunne være forebygget eller "
             "behandlet i eget hjem.",
        "2": "Borgere med kronisk sygdom skal opleve ét sammenhængende forløb, hvor almen "
             "praksis, kommune og hospital arbejder ud fra en fælles plan.",
        "3": "Flere borgere med kronisk sygdom skal deltage i rehabilitering og lære at leve et "
             "godt liv med deres sygdom.",
        "4": "Uligheden i sundhed skal mindskes, så borgere med kort uddannelse eller anden "
             "etnisk baggrund får samme gavn af indsatserne som andre.",
        "5": "Færre mennesker med psykisk sygdom skal falde mellem to stole, og flere skal "
             "komme i job eller uddannelse.",
        "6": "Der skal være praktiserende læger nok i hele regionen, også i yderområderne.",
        "7": "Borgerne skal kunne bruge digitale løsninger og videokonsultationer, når det "
             "giver mening for dem.",
    }
    head = {
        "1": "Forebyggelse tæt på borgeren", "2": "Sammenhæng", "3": "Rehabilitering",
        "4": "Lighed i sundhed", "5": "Psykisk sygdom", "6": "Lægedækning",
        "7": "Digitale muligheder",
    }
    why = {
        "1": "Hver femte indlæggelse af en borger over 65 år kunne være undgået med en tidlig "
             "indsats.",
        "2": "Borgerne fortæller, at de selv må holde styr på, hvem der gør hvad.",
        "3": "Kun hver tredje, der bliver henvist, gennemfører et rehabiliteringsforløb.",
        "4": "Borgere med kort uddannelse lever i gennemsnit syv år kortere end borgere med "
             "lang uddannelse.",
        "5": "Mennesker med svær psykisk sygdom dør 15–20 år tidligere end andre.",
        "6": "Fire lægepraksisser i yderområderne har ingen fast læge.",
        "7": "Mange ældre foretrækker stadig at møde en behandler ansigt til ansigt.",
    }
    tabs = "".join(
        f"<div class='ms'><div class='tab'>{k}</div><div><div class='mh'>{e(head[k])}</div>"
        f"<div class='ml'>Målsætning {k}</div><p class='goal'>{e(g[k])}</p>"
        f"<p class='why'>{e(why[k])}</p></div></div>"
        for k in g)
    body = [
        "<div class='band'><span>Region Sandkysten · Egemarke · Hvidkløft · Nørre Vedby · "
        "Vestre Sandby</span></div>",
        "<h1>Sundhedsaftale 2057–2060</h1>",
        "<p class='sub'>Godkendt af regionsrådet og de fire kommunalbestyrelser i januar 2057. "
        "Aftalen er indgået efter sundhedslovens § 205.</p>",
        "<p class='vis'>Vision: Sammen om et sundt liv – tæt på borgeren</p>",
        "<h2>Om aftalen</h2>",
        "<p>Sundhedsaftalen er den politiske aftale mellem regionen og kommunerne om, hvordan "
        "vi sammen løser opgaverne på sundhedsområdet. Aftalen konkretiseres i sundhedsklyngerne, "
        "der udarbejder forløbsprogrammer og samarbejdsaftaler. Almen praksis deltager gennem "
        "praksisplanudvalget.</p>",
        "<h2>Syv målsætninger</h2>",
        tabs,
        "<h2>Sådan følger vi op</h2>",
        "<table class='ind'><thead><tr><th>Målsætning</th><th>Indikator</th><th>Niveau 2056"
        "</th><th>Mål 2060</th></tr></thead><tbody>"
        "<tr><td>1</td><td>Forebyggelige indlæggelser pr. 1 000 borgere over 65 år</td>"
        "<td>41</td><td>33</td></tr>"
        "<tr><td>2</td><td>Andel borgere med kronisk sygdom med en fælles forløbsplan</td>"
        "<td>12 %</td><td>75 %</td></tr>"
        "<tr><td>3</td><td>Andel henviste, der gennemfører rehabilitering</td><td>34 %</td>"
        "<td>60 %</td></tr>"
        "<tr><td>6</td><td>Borgere pr. praktiserende læge</td><td>1 820</td><td>1 600</td></tr>"
        "</tbody></table>",
        "<p>Den politiske styregruppe gør status hvert år i juni. Regionen og kommunerne "
        "finansierer hver deres opgaver; fælles projekter deles efter befolkningstal.</p>",
    ]
    css = (
        "@page{size:A4;margin:13mm 16mm 15mm 16mm;"
        "@bottom-center{content:'Sundhedsaftale 2057–2060 · side ' counter(page);"
        "font:7.5pt 'DejaVu Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.4pt/1.42 'DejaVu Sans';color:#1f1f1f}"
        ".band{background:#0E5A6B;color:#fff;font:bold 7.5pt 'DejaVu Sans';padding:4pt 8pt;"
        "letter-spacing:.04em}"
        "h1{font:bold 21pt 'DejaVu Sans';color:#0E5A6B;margin:9pt 0 1pt}"
        ".sub{color:#555;font-size:8.6pt;margin:0 0 5pt}"
        ".vis{font:italic 11pt 'DejaVu Serif';color:#0E5A6B;border-left:3pt solid #E0A526;"
        "padding-left:7pt;margin:4pt 0 6pt}"
        "h2{font:bold 11.5pt 'DejaVu Sans';color:#0E5A6B;margin:9pt 0 3pt}"
        "p{margin:0 0 4pt}"
        ".ms{display:grid;grid-template-columns:26pt 1fr;column-gap:9pt;margin:0 0 6pt;"
        "break-inside:avoid;border-bottom:.5pt solid #d5d5d5;padding-bottom:4pt}"
        ".tab{background:#E0A526;color:#fff;font:bold 15pt 'DejaVu Sans';text-align:center;"
        "padding:5pt 0;border-radius:0 0 6pt 0}"
        ".mh{font:bold 10pt 'DejaVu Sans';color:#0E5A6B}"
        ".ml{font:7pt 'DejaVu Sans';text-transform:uppercase;letter-spacing:.08em;color:#888}"
        "p.goal{font-weight:bold;margin:1pt 0 1pt}p.why{font-size:8.4pt;color:#555;margin:0}"
        "table.ind{font-size:8.3pt;margin:3pt 0 5pt}"
        "table.ind th{background:#0E5A6B;color:#fff;text-align:left;padding:2pt 5pt}"
        "table.ind td{border-bottom:.5pt solid #bbb;padding:2pt 5pt}"
    )
    _html("da", "Sundhedsaftale 2057–2060 – Region Sandkysten og kommunerne", css, body,
          d / "parent.pdf")

    c = {
        "F1": "KOL opdages tidligere, især hos rygere og tidligere rygere over 40 år.",
        "F2": "Alle borgere med KOL har én forløbsplan, som borgeren, den praktiserende læge, "
              "kommunen og sygehuset arbejder ud fra.",
        "F3": "Flere borgere med KOL gennemfører et rehabiliteringsforløb og kan selv håndtere "
              "en forværring.",
        "F4": "Færre borgere med KOL bliver akut indlagt eller genindlagt inden for 30 dage.",
        "F5": "Borgere, der ikke taler dansk, får samme tilbud som andre.",
    }
    m = {
        "spiro": "Tilbyder spirometri til rygere over 40 år med hoste eller åndenød",
        "aars": "Årskontrol, hvor forløbsplanen lægges og opdateres",
        "klin": "Sygeplejeklinik: inhalationsteknik og opfølgning efter årskontrollen",
        "rehab": "12 ugers træning og patientuddannelse i Sundhedshus Hvidkløft",
        "hand": "Lægger en plan for forværring sammen med borgeren",
        "akut": "Akutsygeplejen behandler forværring i hjemmet efter aftale med lægen",
        "besog": "Opfølgende hjemmebesøg inden for 7 dage efter udskrivelse, sammen med "
                 "kommunen",
        "tele": "Borgere med svær KOL kan få telemedicinsk hjemmemonitorering, hvor de selv "
                "måler iltmætning og puls",
        "tolk": "Tolk ved alle samtaler, hvor borgeren ønsker det, og patientuddannelse på "
                "arabisk og tyrkisk",
    }
    child = [
        ("title", "Forløbsprogram for KOL"),
        ("sub", "Sundhedsklynge Hvidkløft · Egemarke Sygehus, Hvidkløft Kommune, Egemarke "
         "Kommune og almen praksis · Godkendt i klyngestyregruppen 3. februar 2058"),
        ("h1", "1 Baggrund"),
        ("p", "Omkring 2 900 borgere i klyngen har kendt KOL, og lige så mange har sygdommen "
         "uden at vide det. KOL er den hyppigste årsag til akutte genindlæggelser af ældre "
         "medicinske patienter på Egemarke Sygehus. Programmet bygger på Sundhedsstyrelsens "
         "anbefalinger og på sundhedsaftalen 2057–2060."),
        ("h1", "2 Programmets mål"),
        ("inline", [c[k] for k in ("F1", "F2", "F3", "F4", "F5")]),
        ("h1", "3 Målgruppe"),
        ("p", "Borgere over 18 år med KOL, der bor i Hvidkløft eller Egemarke Kommune. Borgere "
         "med KOL og samtidig svær psykisk sygdom følges efter samarbejdsaftalen om psykiatri."),
        ("h1", "4 Opgavefordeling"),
        ("table", ["Fase", "Almen praksis", "Kommunen", "Sygehuset"], [
            ("Opsporing og diagnose", m["spiro"], "Henviser deltagere på rygestopkurser til "
             "egen læge", "Udreder, når diagnosen er uklar"),
            ("Stabil KOL", m["aars"], m["klin"], "Ambulant kontrol ved meget svær KOL"),
            ("Rehabilitering", "Henviser alle med MRC-grad 3 eller mere", m["rehab"],
             "Rehabilitering for borgere med komplekse behov"),
            ("Forværring", m["hand"], m["akut"], m["besog"]),
            ("Den sidste tid", "Taler med borgeren om ønsker til den sidste tid",
             "Palliativ pleje i hjemmet", "Palliativt team ved behov"),
        ], [26, 44, 48, 48]),
        ("p", "I Hvidkløft Nord drives lægepraksis som regionsklinik. Her løser klinikkens "
         "læger opgaverne i kolonnen almen praksis."),
        ("h1", "5 Kommunikation"),
        ("p", "Forløbsplanen ligger i Sundhedsjournalen, så borgeren og alle parter kan se den. "
         "Sektorerne kommunikerer med korrespondancemeddelelser i journalsystemerne. "
         + m["tele"] + ". Målingerne ses af akutsygeplejen på hverdage."),
        ("h1", "6 Lige adgang"),
        ("p", m["tolk"] + ". Materialet om inhalation findes også som video med undertekster."),
        ("h1", "7 Afgrænsning"),
        ("p", "Rygestop, kost og motion for borgere uden KOL hører under kommunernes "
         "forebyggelsestilbud. Lægedækningen i klyngen drøftes i praksisplanudvalget og er ikke "
         "en del af programmet."),
    ]
    _odt(child, d / "child.pdf", title="Forløbsprogram for KOL – Sundhedsklynge Hvidkløft",
         header="Sundhedsklynge Hvidkløft · Forløbsprogram for KOL", footer="Version 1.0, "
         "februar 2058", font="Liberation Sans", size=10, color="#0E5A6B", tint="#E4EFF1",
         lang="da", country="DK")

    goals_ = [
        G("1", g["1"], "followed_up", [c["F4"], m["akut"], m["besog"]],
          ev="Færre borgere med KOL bliver akut",
          note="the goals are the bold sentences under 'Målsætning n' beside the numbered tabs "
          "under 'Syv målsætninger' (id = the number on the tab); the vision line, 'Om "
          "aftalen', the theme names, the grey reason lines, the indicator table 'Sådan følger "
          "vi op' (figures, not goals) and the financing sentence are no goals. For a KOL "
          "programme, its whole share: fewer acute admissions and readmissions, treatment of "
          "exacerbations at home, a follow-up visit after discharge"),
        G("2", g["2"], "followed_up", [c["F2"], m["aars"]],
          ev="Alle borgere med KOL har én forløbsplan",
          note="one shared plan for the citizen, GP, municipality and hospital, drawn up at the "
          "annual check and kept in Sundhedsjournalen"),
        G("3", g["3"], "followed_up", [c["F3"], m["rehab"], m["hand"]],
          ev="Flere borgere med KOL gennemfører",
          note="rehabilitation and learning to live with the disease (patient education, "
          "handling an exacerbation oneself)"),
        G("4", g["4"], "partial", [c["F5"], m["tolk"]],
          ev="Borgere, der ikke taler dansk, får",
          missing=["borgere med kort uddannelse"],
          note="other ethnic background (interpreters, education in Arabic and Turkish); "
          "nothing for citizens with short education"),
        G("5", g["5"], "not_followed_up",
          note="handed on: 'Borgere med KOL og samtidig svær psykisk sygdom følges efter "
          "samarbejdsaftalen om psykiatri'"),
        G("6", g["6"], "not_followed_up",
          note="trap (shared words): the regionsklinik in Hvidkløft Nord, whose 'læger' do the "
          "GP tasks, adds no doctors; '7 Afgrænsning' leaves lægedækning to the "
          "praksisplanudvalg"),
        G("7", g["7"], "partial", [m["tele"]],
          ev="Borgere med svær KOL kan få",
          missing=["videokonsultationer"],
          note="telemonitoring for severe KOL only. Traps (shared words): "
          "'korrespondancemeddelelser' are digital messages between professionals, and the "
          "inhalation 'video med undertekster' is teaching material, not a video consultation"),
    ]
    kids = [
        C(c["F1"], [], note="the child goals are the '•' bullets under '2 Programmets mål'; the "
          "cells of the table '4 Opgavefordeling' and the sentences on telemonitoring and "
          "interpreters are measures; 'Baggrund', 'Målgruppe', the regionsklinik note and '7 "
          "Afgrænsning' are no goals. Early detection in smokers: no målsætning of the "
          "sundhedsaftale — stands alone"),
        C(c["F2"], ["2"]),
        C(c["F3"], ["3"]),
        C(c["F4"], ["1"]),
        C(c["F5"], ["4"]),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, DejaVu Sans 9.4; a regional SUNDHEDSAFTALE of a "
        "region and four kommuner): coloured band, vision line, 'Syv målsætninger' as rows of "
        "a NUMBERED TAB on the left beside the theme name, a small 'MÅLSÆTNING n' label, the "
        "bold goal and a grey reason line; indicator table `Målsætning | Indikator | Niveau "
        "2056 | Mål 2060`; footer centred; child PDF (odfpy → LibreOffice, Liberation Sans 10; "
        "a health cluster's FORLØBSPROGRAM for KOL): '2 Programmets mål' '•' bullets, a "
        "task-division table `Fase | Almen praksis | Kommunen | Sygehuset`, communication, "
        "equal access, '7 Afgrænsning'; header right, footer centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Marlcombe (en)


@pair
def marlcombe_community_safety(d: Path) -> dict:
    g = {
        "1": "Fewer homes are burgled and fewer cars are stolen or broken into.",
        "2": "Women and girls are safer in public places and at home, and more men who harm "
             "them are brought to justice.",
        "3": "Fewer young people are drawn into violence, knife crime or exploitation by gangs.",
        "4": "Farms and rural communities get the same protection as towns, with less theft of "
             "machinery and livestock and less wildlife crime.",
        "5": "Victims get the support they need to cope and recover, whether or not they report "
             "the crime to the police.",
        "6": "Fewer people are killed or seriously injured on Wessdale's roads.",
        "7": "Calls to 999 are answered within 10 seconds, and it is quick and easy to contact "
             "the police about anything else.",
    }
    lab = {
        "1": "PRIORITY 1 · NEIGHBOURHOOD CRIME", "2": "PRIORITY 2 · VIOLENCE AGAINST WOMEN AND "
        "GIRLS", "3": "PRIORITY 3 · SERIOUS VIOLENCE", "4": "PRIORITY 4 · RURAL CRIME",
        "5": "PRIORITY 5 · VICTIMS", "6": "PRIORITY 6 · ROADS",
        "7": "PRIORITY 7 · A SERVICE THAT ANSWERS",
    }
    fill = {"1": "E8EEF6", "2": "F3E9F2", "3": "E8EEF6", "4": "EEF3E6", "5": "F3E9F2",
            "6": "EEF3E6", "7": "F2F2F2"}
    box = [[(lab[a], g[a], 1, fill[a]), (lab[b], g[b], 1, fill[b])]
           for a, b in (("1", "2"), ("3", "4"), ("5", "6"))] + [[(lab["7"], g["7"], 2, fill["7"])]]
    parent = [
        ("title", "Police and Crime Plan 2057–2061"),
        ("sub", "Nolan Fairbairn, Police and Crime Commissioner for Wessdale · Published March "
         "2057"),
        ("h1", "Foreword"),
        ("p", "When I stood for election, residents told me three things: they want to see "
         "police in their neighbourhood, they want to feel safe in town at night, and they want "
         "to be taken seriously when they report a crime. This plan is my promise to them. It "
         "sets out the outcomes I will hold the Chief Constable and our partners to over the "
         "next four years."),
        ("h1", "My role"),
        ("p", "I set the police budget and the policing part of the council tax, appoint the "
         "Chief Constable and hold her to account, and commission services for victims. The "
         "Chief Constable is responsible for operational policing: how officers are deployed "
         "and how crimes are investigated. The Police and Crime Panel scrutinises my "
         "decisions."),
        ("h1", "What I want to achieve"),
        ("p", "Each priority has a lead officer in Wessdale Police and measures that are "
         "reported to the Police and Crime Panel every quarter."),
        ("boxes", box, [82, 82]),
        ("h1", "Funding"),
        ("p", "The policing precept for a Band D property rises by £13 in 2057/58. My Community "
         "Safety Fund gives £620,000 a year to the six community safety partnerships in "
         "Wessdale; bids must show which of the outcomes above they support."),
        ("h1", "Working with partners"),
        ("p", "District and county councils, the fire and rescue service, probation and the NHS "
         "share a duty under the Crime and Disorder Act 1998 to reduce crime and disorder. I "
         "expect every community safety partnership plan to show how it contributes to these "
         "outcomes."),
    ]
    _docx(parent, d / "parent.pdf", title="Police and Crime Plan 2057–2061 – Wessdale",
          author="Office of the Police and Crime Commissioner for Wessdale",
          header="OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESSDALE",
          footer="Police and Crime Plan 2057–2061", lang="en-GB", font="Liberation Sans",
          size=10.5, color="23395B")

    c = {
        "C1": "Less anti-social behaviour in Marlcombe town centre and on the Brindle Hill "
              "estate.",
        "C2": "Every victim of anti-social behaviour or hate crime gets help, whether they "
              "report it to the police or to the council.",
        "C3": "A town centre at night where women and girls feel safe.",
        "C4": "Keep young people safe from serious violence and from being exploited by drug "
              "gangs.",
        "C5": "Fewer burglaries and thefts from cars, starting with the streets and villages "
              "where they happen most.",
    }
    m = {
        "hub": "Joint ASB hub of council and police officers at the Civic Centre",
        "spoc": "A single point of contact for repeat victims of ASB and hate crime",
        "trig": "Publicise the ASB Case Review (community trigger)",
        "web": "One online form on the council's website to report ASB, fly-tipping and graffiti",
        "ang": "'Ask for Angela' and vulnerability training for staff in all licensed premises",
        "mar": "Street marshals and a safe space at the bus station on Friday and Saturday "
               "nights",
        "lig": "Better lighting and CCTV on the route from the town centre to the station",
        "ae": "Youth workers in the emergency department and in police custody",
        "knife": "Knife crime lessons in all four secondary schools",
        "panel": "A monthly panel mapping the places and peer groups where young people are at "
                 "risk of exploitation",
        "tgt": "Locks, lights and door chains fitted for repeat and vulnerable burglary victims",
        "veh": "Patrols and 'lock it or lose it' leaflets in the Marl Valley villages",
    }
    head = ["Action", "Lead", "By"]
    w = [98, 44, 28]
    child = [
        ("kicker", "MARLCOMBE COMMUNITY SAFETY PARTNERSHIP"),
        ("title", "Partnership Plan 2058–2061"),
        ("sub", "Refreshed for 2058/59 after the annual strategic assessment. Agreed by the "
         "Partnership Board on 18 April 2058."),
        ("h1", "1 About the partnership"),
        ("p", "The partnership brings together the bodies with a duty under the Crime and "
         "Disorder Act 1998 to reduce crime and disorder in Marlcombe: Marlcombe District "
         "Council, Wessdale Police, Wessdale Fire and Rescue Service, the Probation Service and "
         "the Wessdale Integrated Care Board. Wessdale County Council and the two largest "
         "housing associations also attend. The Board is chaired by Councillor Rachel "
         "Haverstock."),
        ("h1", "2 What the strategic assessment told us"),
        ("sq", [
            "Reports of anti-social behaviour rose by 14% in 2057; two thirds were in the town "
            "centre and on the Brindle Hill estate.",
            "Burglary fell for the third year running, but theft from vehicles rose in the "
            "Marl Valley villages.",
            "Eleven young people from Marlcombe were referred as possible victims of county "
            "lines exploitation.",
            "In the residents' survey, six in ten women said they feel unsafe in the town "
            "centre after dark.",
        ]),
        ("h1", "3 Our priorities"),
        ("p", "The Board agreed four priorities. For each we say what we want to achieve and "
         "what we will do in 2058/59."),
        ("h2", "Priority 1: Anti-social behaviour"),
        ("lab", "What we want to achieve"),
        ("dash", [c["C1"], c["C2"]]),
        ("table", head, [
            (m["hub"], "District Council / Police", "June 2058"),
            (m["spoc"], "District Council", "September 2058"),
            (m["trig"], "District Council", "May 2058"),
            (m["web"], "District Council", "July 2058"),
        ], w),
        ("h2", "Priority 2: A safer night-time economy"),
        ("lab", "What we want to achieve"),
        ("dash", [c["C3"]]),
        ("table", head, [
            (m["ang"], "District Council (Licensing)", "December 2058"),
            (m["mar"], "District Council / Police", "From June 2058"),
            (m["lig"], "District Council", "March 2059"),
        ], w),
        ("h2", "Priority 3: Serious violence and exploitation"),
        ("lab", "What we want to achieve"),
        ("dash", [c["C4"]]),
        ("table", head, [
            (m["ae"], "Wessdale Youth Service", "From April 2058"),
            (m["knife"], "Police Schools Officers", "Each spring term"),
            (m["panel"], "District Council / Children's Social Care", "From May 2058"),
        ], w),
        ("h2", "Priority 4: Burglary and vehicle crime"),
        ("lab", "What we want to achieve"),
        ("dash", [c["C5"]]),
        ("table", head, [
            (m["tgt"], "Police / Care and Repair", "Ongoing"),
            (m["veh"], "Police Neighbourhood Team", "Summer 2058"),
        ], w),
        ("h1", "4 What this plan does not cover"),
        ("p", "Domestic abuse and sexual violence are the subject of Wessdale County Council's "
         "Domestic Abuse Strategy; the partnership takes part through the MARAC. Rural and "
         "wildlife crime are led by Wessdale Police's Rural Crime Team. Road safety sits with "
         "the Wessdale Road Safety Partnership. How the police answer calls is a matter for "
         "the Chief Constable."),
        ("h1", "5 Funding and monitoring"),
        ("p", "The Commissioner's Community Safety Fund has awarded the partnership £104,000 "
         "for 2058/59, and the District Council adds £45,000. The Board reviews a performance "
         "report every quarter and publishes an annual report in the summer."),
    ]
    _rl_doc(d / "child.pdf", child, fonts=_p43._rl_fonts("LiberationSans"), base=10,
            accent="#5B2A6E", tint="#EFE7F2", title="Partnership Plan 2058–2061 – Marlcombe "
            "Community Safety Partnership", author="Marlcombe District Council",
            header="Marlcombe Community Safety Partnership · Partnership Plan 2058–2061",
            footer="Refresh 2058/59", page_word="Page")

    goals_ = [
        G("1", g["1"], "followed_up", [c["C5"], m["tgt"], m["veh"]],
          ev="Fewer burglaries and thefts from cars",
          note="the goals are the outcome sentences in the shaded boxes under 'What I want to "
          "achieve' (id = the priority number in the box label); 'Foreword', 'My role' (the "
          "Commissioner's and the Chief Constable's duties), 'Funding' (precept and grant "
          "rules) and 'Working with partners' are no goals. Homes and cars: target hardening, "
          "patrols and leaflets"),
        G("2", g["2"], "partial", [c["C3"], m["ang"], m["mar"], m["lig"]],
          ev="A town centre at night where women",
          missing=["safety at home (domestic abuse, handed to the county's strategy) and "
                   "bringing offenders to justice"],
          note="public places at night only"),
        G("3", g["3"], "followed_up", [c["C4"], m["ae"], m["knife"], m["panel"]],
          ev="Keep young people safe from serious",
          note="violence, knife crime and exploitation by drug gangs ('county lines') — in "
          "other words"),
        G("4", g["4"], "not_followed_up",
          note="handed on ('Rural and wildlife crime are led by Wessdale Police's Rural Crime "
          "Team'). Trap (shared words): the patrols in the Marl Valley villages are against "
          "theft from cars, not farm or wildlife crime"),
        G("5", g["5"], "partial", [c["C2"], m["spoc"], m["trig"]],
          ev="Every victim of anti-social behaviour",
          missing=["victims of other crimes (only ASB and hate crime)"],
          note="help whether or not reported, for victims of ASB and hate crime"),
        G("6", g["6"], "not_followed_up",
          note="handed on: 'Road safety sits with the Wessdale Road Safety Partnership'"),
        G("7", g["7"], "not_followed_up",
          note="handed on ('How the police answer calls is a matter for the Chief "
          "Constable'). Trap (shared words): the online form on the council's website is for "
          "reporting ASB to the council, not for contacting the police"),
    ]
    kids = [
        C(c["C1"], [], note="the child goals are the '–' lines under the labels 'What we want "
          "to achieve'; the rows of the `Action | Lead | By` tables are measures; the "
          "strategic assessment bullets (facts), '1 About the partnership', '4 What this plan "
          "does not cover' and '5 Funding and monitoring' are no goals. Less ASB in the town "
          "centre and on an estate: no outcome of the Police and Crime Plan — stands alone"),
        C(c["C2"], ["5"]),
        C(c["C3"], ["2"]),
        C(c["C4"], ["3"]),
        C(c["C5"], ["1"]),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10.5; a Police and "
        "Crime Commissioner's POLICE AND CRIME PLAN): foreword, 'My role', the seven outcomes "
        "in SHADED BOXES two to a row with a small 'PRIORITY n · THEME' label, funding and "
        "partners; header over a rule, footer with the page number; child PDF (reportlab, "
        "Liberation Sans 10; a district COMMUNITY SAFETY PARTNERSHIP PLAN refreshed after the "
        "strategic assessment): kicker, '▪' assessment findings, per priority a label 'What "
        "we want to achieve' over '–' goals and an `Action | Lead | By` table, '4 What this "
        "plan does not cover'; header over a rule, 'Page n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
