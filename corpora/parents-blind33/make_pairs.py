"""Build the thirty-third blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar33` without reading plancheck's code, tests or bench, and without
running it. ORDINARY forms on surfaces of this batch:

- Fjellhamn (nb): a kommuneplanens samfunnsdel (Chromium, serif) whose goals are sentences in
  running text after 'Delmål:' under each 'Tema' (a 'Hovedmål:' sentence above them); the child,
  a handlingsprogram med økonomiplan (python-docx → LibreOffice, sans), per-tema tables
  'Tiltak | Ansvar | 2028 | 2029 | 2030 | 2031' that cite nothing.
- Lidaheim (nn): a kommunedelplan for helse og omsorg (reportlab, sans) with 'Innsatsområde n'
  and 'Kommunen skal:' lists of verb phrases; the child, a verksemdsplan for heimetenesta
  (Chromium, A4 landscape), a table 'Resultatmål | Dette gjer vi | Kommunedelplanen | Ansvar |
  Frist' citing only the innsatsområde.
- Holmträsk (sv): an översiktsplan (python-docx → LibreOffice, sans) with 'Ställningstaganden'
  under each chapter; the child, riktlinjer för bostadsförsörjning (Chromium), numbered
  'Åtgärd n' blocks with a grey 'Ansvar · Tid' line.
- Hjelmerup (da): a kommuneplan's hovedstruktur (python-docx → LibreOffice, DejaVu Serif) with
  'Byrådets mål' bullets and numbered 'Retningslinjer'; the child, a mobilitetsplan (reportlab,
  landscape), a table 'Nr. | Handling | Kommuneplanmål | Tidsplan | Økonomi' over two pages.
- Tollbury (en): a Local Plan's strategic objectives SO1–SO6 (reportlab, serif); the child, a
  Supplementary Planning Document whose delivery section lists actions CC1–CC6 with a
  'Supports: SOn · Lead · By' line (python-docx → LibreOffice).

    python corpora/parents-blind33/make_pairs.py                  # all pairs
    python corpora/parents-blind33/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind33/make_pairs.py --twice          # build twice, compare sha256

The document writers are batch 31's (`_docx_pdf`, `_report`, `_html_pdf`), called with this
batch's fonts, colours, furniture and block sequences; `G`, `C`, batch 14's `main` and batch 20's
`verify` come through batch 31's builder and `pairkit.parents_main`.
"""

from __future__ import annotations

import html as _html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p31 = pk.load_module("parents_blind31_make_pairs", HERE.parent / "parents-blind31" / "make_pairs.py")
_p20, _p14 = _p31._p20, _p31._p14
G, C = _p31.G, _p31.C
_docx_pdf, _report, _html_pdf = _p31._docx_pdf, _p31._report, _p31._html_pdf

PAIRS, pair = pk.pair_registry()
e = _html.escape
BUILDER = "corpora/parents-blind33/make_pairs.py"


# =========================================================================== 1 Fjellhamn (nb)


@pair
def fjellhamn_handlingsprogram(d: Path) -> dict:
    g = {
        "B": "Fjellhamn skal være et attraktivt sted å bo og drive næring.",
        "O": "Barn og unge i Fjellhamn skal få en god start i livet.",
        "K": "Fjellhamn kommune skal levere gode tjenester med sunn økonomi.",
        "B1": "Sentrum skal ha flere boliger, mer handel og flere gode møteplasser innen 2032.",
        "B2": "Det skal være et variert boligtilbud i alle deler av kommunen, også "
              "utleieboliger for unge og nyetablerte.",
        "O1": "Alle barn skal få tidlig hjelp når de trenger det, i barnehage, skole og "
              "helsestasjon.",
        "O2": "Andelen innbyggere som er fysisk aktive hver uke skal øke, og flere skal gå "
              "eller sykle til skole og jobb.",
        "K1": "Kommunen skal ha et netto driftsresultat på minst 1,75 prosent av "
              "driftsinntektene over tid.",
        "K2": "Innbyggerne skal kunne få de fleste tjenester digitalt, men ingen skal stenges "
              "ute.",
    }
    temas = [
        ("3.1 Tema: Bolyst og sentrumsutvikling",
         "Folketallet har stått stille i ti år. Mange unge som flytter ut for å studere, kommer "
         "ikke tilbake, og det er nesten ingen leiligheter til leie i sentrum.",
         g["B"], ["B1", "B2"],
         "Vi samarbeider med private utbyggere, prioriterer sentrumsnær utbygging og bruker "
         "kommunens egne tomter aktivt."),
        ("3.2 Tema: Oppvekst og folkehelse",
         "De fleste barn i Fjellhamn har det godt, men helsesykepleier melder om flere barn med "
         "angst, og bare halvparten av de voksne er aktive nok ifølge folkehelseprofilen.",
         g["O"], ["O1", "O2"],
         "Tjenestene skal jobbe på tvers, og folkehelse skal være med i alle planer."),
        ("3.3 Tema: Kommunen som organisasjon",
         "Inntektene vokser mindre enn utgiftene til helse og omsorg, og disposisjonsfondet er "
         "lavt.",
         g["K"], ["K1", "K2"],
         "Vi tar i bruk ny teknologi der det gir gevinst, og tilpasser driften til inntektene."),
    ]
    css = (
        "@page{size:A4;margin:22mm 20mm 20mm 22mm}"
        "body{font-family:'DejaVu Serif',serif;font-size:10.5pt;line-height:1.5}"
        "h1{font-size:21pt;color:#7a2e1f;font-weight:bold;margin:6mm 0 2mm}"
        ".sub{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#555;margin:0 0 8mm}"
        "h2{font-family:'DejaVu Sans',sans-serif;font-size:13pt;color:#7a2e1f;margin:7mm 0 2mm}"
        "h3{font-family:'DejaVu Sans',sans-serif;font-size:11pt;margin:6mm 0 1mm}"
        "p{margin:0 0 2.5mm}"
        "p.hm{background:#f6ece4;padding:2mm 3mm;border-left:3pt solid #7a2e1f}"
    )
    body = [
        "<h1>Sammen om Fjellhamn</h1>",
        "<p class='sub'>Kommuneplanens samfunnsdel 2028–2040 · Vedtatt av kommunestyret "
        "11. juni 2027, PS 45/27</p>",
        "<h2>1 Innledning</h2>",
        "<p>Samfunnsdelen er kommunens overordnede styringsdokument. Den beskriver hvilket "
        "samfunn vi ønsker å utvikle, og hvordan kommunen som organisasjon skal bidra. Planen "
        "følges opp gjennom handlingsprogrammet, som rulleres hvert år sammen med "
        "økonomiplanen, og gjennom temaplaner.</p>",
        "<h2>2 Visjon</h2>",
        "<p>Visjonen «Sammen om Fjellhamn» ble valgt etter innspill fra skoleelever, lag og "
        "foreninger våren 2026. Den sier at vi bare når målene hvis innbyggere, næringsliv og "
        "kommune drar i samme retning.</p>",
        "<h2>3 Mål og strategier</h2>",
        "<p>For hvert tema har kommunestyret vedtatt et hovedmål og to delmål. Delmålene er "
        "det kommunen skal måle seg mot i planperioden, og strategiene viser hvordan vi vil "
        "arbeide for å nå dem.</p>",
    ]
    for head, bg, hm, ks, strat in temas:
        body += [
            f"<h3>{e(head)}</h3>",
            f"<p>{e(bg)}</p>",
            f"<p class='hm'><b>Hovedmål:</b> {e(hm)}</p>",
            f"<p><b>Delmål:</b> {e(g[ks[0]])} {e(g[ks[1]])}</p>",
            f"<p><b>Strategier:</b> {e(strat)}</p>",
        ]
    body += [
        "<h2>4 Arealstrategi</h2>",
        "<p>Ny utbygging skal i hovedsak skje innenfor dagens tettsteder. Dyrka mark og "
        "strandsonen skal ikke bygges ned, og sentrum skal styrkes før nye felt tas i bruk.</p>",
        "<h2>5 Oppfølging</h2>",
        "<p>Kommunedirektøren rapporterer på delmålene i årsmeldingen. Samfunnsdelen vurderes "
        "på nytt i kommunal planstrategi i 2028.</p>",
    ]
    _html_pdf("nb", "Kommuneplanens samfunnsdel 2028–2040", css, body, d / "parent.pdf")

    t = {
        "t1": "Områderegulering av sentrum med boliger over forretningslokaler",
        "t2": "Opparbeiding av torget som møteplass med benker, lys og scene",
        "t3": "Salg av 24 eneboligtomter i Nordmarka boligfelt",
        "t4": "Utskifting av vannledning i Strandgata",
        "t5": "Felles stafettlogg for barn det er bekymring for, i barnehage, skole og "
              "helsestasjon",
        "t6": "Økt helsesykepleierressurs på helsestasjonen, 1,0 årsverk",
        "t7": "Gang- og sykkelvei mellom sentrum og Vika skole",
        "t8": "Digital søknad om alle tjenester via Min side og chatbot på kommunens nettside",
        "t9": "Nytt tak og ventilasjon i rådhuset",
    }
    cols = ["Tiltak", "Ansvar", "2028", "2029", "2030", "2031"]
    w = [74, 34, 15, 15, 15, 15]
    child = [
        ("title", "Handlingsprogram med økonomiplan 2028–2031"),
        ("sub", "Fjellhamn kommune · Kommunedirektørens forslag 30. oktober 2027"),
        ("h1", "1 Om handlingsprogrammet"),
        ("p", "Handlingsprogrammet viser hvilke tiltak kommunen prioriterer de neste fire årene "
         "for å følge opp kommuneplanens samfunnsdel 2028–2040. Tiltakene står under det temaet "
         "i samfunnsdelen de hører til. Beløpene er i mill. kr og gjelder investeringer og "
         "økte driftsutgifter."),
        ("p", "Samfunnsdelens mål om et netto driftsresultat på 1,75 prosent nås ikke i "
         "perioden. Økonomiplanen viser 0,9 prosent i 2028 og 1,2 prosent i 2031, og "
         "kommunedirektøren kommer tilbake til saken i budsjettet for 2029."),
        ("h1", "2 Bolyst og sentrumsutvikling"),
        ("p", "Sentrum skal få flere som bor og handler der. Samtidig må gamle vannledninger "
         "skiftes før gatene kan rustes opp."),
        ("table", cols, [
            (t["t1"], "Plan og utvikling", "0,8", "0,4", "–", "–"),
            (t["t2"], "Kommunalteknikk", "–", "6,5", "2,0", "–"),
            (t["t3"], "Eiendom", "–1,2", "–3,6", "–2,4", "–"),
            (t["t4"], "Vann og avløp", "9,0", "–", "–", "–"),
        ], w),
        ("h1", "3 Oppvekst og folkehelse"),
        ("p", "Tidlig innsats er det viktigste vi kan gjøre for barna. Flere skal også kunne gå "
         "og sykle trygt til skolen."),
        ("table", cols, [
            (t["t5"], "Oppvekst / helse", "0,2", "0,1", "0,1", "0,1"),
            (t["t6"], "Helsestasjonen", "0,8", "0,8", "0,8", "0,8"),
            (t["t7"], "Kommunalteknikk", "–", "4,0", "11,0", "–"),
        ], w),
        ("h1", "4 Kommunen som organisasjon"),
        ("p", "Digitalisering skal gi enklere tjenester for innbyggerne og frigjøre tid i "
         "tjenestene."),
        ("table", cols, [
            (t["t8"], "Digitalisering", "1,5", "0,5", "0,5", "0,5"),
            (t["t9"], "Eiendom", "3,2", "5,0", "–", "–"),
        ], w),
        ("h1", "5 Rapportering"),
        ("p", "Status for tiltakene rapporteres i tertialrapportene og i årsmeldingen."),
    ]
    _docx_pdf(child, d / "child.pdf", title="Handlingsprogram med økonomiplan 2028–2031",
              author="Fjellhamn kommune", header="Fjellhamn kommune",
              footer="Handlingsprogram 2028–2031  ·  side", lang="nb-NO",
              font="Liberation Sans", size=10, heading_color="7A2E1F")

    goals_ = [
        G("B", g["B"], "followed_up", [t["t1"], t["t2"], t["t3"]],
          ev="Områderegulering av sentrum",
          note="the goals are each tema's 'Hovedmål:' sentence (id = tema letter: B, O, K) and "
          "the sentences after 'Delmål:', in running text (ids B1–K2 = tema letter + order; "
          "nothing printed); background, 'Strategier:', the vision and the arealstrategi are "
          "no goals. The child cites no goal: its tables stand under the tema headings. Homes "
          "in the centre and in Nordmarka, and ground-floor business premises in the centre "
          "plan: living and (thinly) doing business"),
        G("B1", g["B1"], "followed_up", [t["t1"], t["t2"]], ev="Områderegulering av sentrum",
          note="homes over shops in the centre's area plan and the square as a meeting place: "
          "homes, trade and meeting places"),
        G("B2", g["B2"], "partial", [t["t3"]], ev="Salg av 24 eneboligtomter",
          missing=["utleieboliger for unge og nyetablerte", "variert boligtilbud (ikke bare "
                   "eneboliger) i alle deler av kommunen"],
          note="detached-house plots in one estate add homes but no variety and no rental "
          "homes for the young"),
        G("O", g["O"], "followed_up", [t["t5"], t["t6"], t["t7"]],
          ev="Felles stafettlogg for barn",
          note="early help across the services, more health-nurse time and a safe route to "
          "school: a good start (the headline aim, served by its delmål's measures)"),
        G("O1", g["O1"], "followed_up", [t["t5"], t["t6"]], ev="Felles stafettlogg for barn",
          note="in other words: a shared log for children of concern across kindergarten, "
          "school and health centre, and more health-nurse time"),
        G("O2", g["O2"], "partial", [t["t7"]], ev="Gang- og sykkelvei mellom",
          missing=["fysisk aktivitet for innbyggerne generelt", "gå eller sykle til jobb"],
          note="a path to one school serves walking/cycling to school only; nothing for the "
          "share of active adults"),
        G("K", g["K"], "partial", [t["t8"]], ev="Digital søknad om alle",
          missing=["sunn økonomi"],
          note="digital services serve 'gode tjenester'; the child itself says the operating "
          "result goal is not reached in the period"),
        G("K1", g["K1"], "not_followed_up",
          note="trap: the introduction names the 1.75 per cent goal and says it is not reached "
          "in the period; no measure serves it"),
        G("K2", g["K2"], "partial", [t["t8"]], ev="Digital søknad om alle",
          missing=["hjelp til innbyggere som ikke bruker digitale tjenester (ingen skal stenges "
                   "ute)"],
          note="digital applications and a chatbot; nothing for those who cannot use them"),
    ]
    kids = [
        C(t["t1"], ["B", "B1"], note="the child goals are the 'Tiltak' cells; 'Ansvar' and the "
          "amounts per year are no goals"),
        C(t["t2"], ["B", "B1"]),
        C(t["t3"], ["B", "B2"]),
        C(t["t4"], [], note="trap: listed under 'Bolyst og sentrumsutvikling', but a water "
          "main serves none of its delmål — stands alone"),
        C(t["t5"], ["O", "O1"]),
        C(t["t6"], ["O", "O1"]),
        C(t["t7"], ["O", "O2"]),
        C(t["t8"], ["K", "K2"]),
        C(t["t9"], [], note="building maintenance, stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, DejaVu Serif; kommuneplanens samfunnsdel): per "
        "'Tema' a shaded 'Hovedmål:' sentence, then 'Delmål:' with two goal sentences in one "
        "paragraph of running text, and 'Strategier:'; child PDF (python-docx → LibreOffice, "
        "Liberation Sans 10; handlingsprogram med økonomiplan): per-tema tables 'Tiltak | "
        "Ansvar | 2028 | 2029 | 2030 | 2031' (mill. kr), no goal citations",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Lidaheim (nn)


@pair
def lidaheim_verksemdsplan(d: Path) -> dict:
    g = {
        "1a": "leggje til rette for at eldre kan bu heime lenger med god livskvalitet",
        "1b": "ta i bruk velferdsteknologi og kvardagsrehabilitering i alle heimetenester",
        "1c": "støtte pårørande som gjer ein stor omsorgsinnsats",
        "2a": "sikre trygge overgangar mellom sjukehus, korttidsplass og heim",
        "2b": "gje personar med demens eit tilpassa tilbod gjennom heile sjukdomsforløpet",
        "3a": "rekruttere og halde på sjukepleiarar og helsefagarbeidarar",
    }
    areas = [
        ("Innsatsområde 1: Meistring i eigen kvardag",
         "Dei fleste ønskjer å bu heime så lenge som råd. Det krev at tenestene hjelper folk "
         "til å klare seg sjølv, ikkje berre gjer ting for dei.", ["1a", "1b", "1c"]),
        ("Innsatsområde 2: Rett teneste til rett tid",
         "Pasientane kjem tidlegare heim frå sjukehuset enn før, og talet på personar med "
         "demens vil auke med 60 prosent fram mot 2035.", ["2a", "2b"]),
        ("Innsatsområde 3: Kompetanse og rekruttering",
         "Lidaheim har hatt ledige sjukepleiarstillingar kvart år sidan 2021, og snittalderen "
         "blant helsefagarbeidarane er 49 år.", ["3a"]),
    ]
    parent = [
        ("title", "Kommunedelplan for helse og omsorg 2027–2035"),
        ("lead", "Lidaheim kommune · vedteken i kommunestyret 6. mai 2027, sak 31/27"),
        ("h1", "Føremålet med planen"),
        ("p", "Kommunedelplanen følgjer opp kommuneplanen sin samfunnsdel på helse- og "
         "omsorgsområdet. Han gjeld for heile sektoren og blir følgd opp i verksemdsplanane til "
         "einingane, som blir rullerte kvart år."),
        ("h1", "Verdiar"),
        ("p", "Respekt, tryggleik og meistring skal prege møtet mellom innbyggjarane og "
         "tenestene."),
    ]
    for head, bg, ks in areas:
        parent += [("h1", head), ("p", bg), ("label", "Kommunen skal:"),
                   ("bullets", [g[k] for k in ks])]
    parent += [
        ("h1", "Økonomiske konsekvensar"),
        ("p", "Tiltaka blir prioriterte i handlingsdelen og budsjettet. Planen i seg sjølv "
         "bind ikkje opp midlar."),
    ]
    _report(d / "parent.pdf", parent, serif=False,
            title="Kommunedelplan for helse og omsorg 2027–2035", author="Lidaheim kommune",
            creator="Lidaheim kommune – helse og omsorg",
            left="Lidaheim kommune · Kommunedelplan helse og omsorg", right="{n}",
            accent="#00677F")

    r = {
        "r1": "90 prosent av nye brukarar skal få tilbod om kvardagsrehabilitering før anna "
              "hjelp",
        "r2": "Alle tryggleiksalarmar skal vere digitale innan 1. juni 2028",
        "r3": "Alle som blir skrivne ut frå sjukehuset, skal få heimebesøk innan 24 timar",
        "r4": "Talet på brukarar med demens som får dagaktivitet, skal auke frå 12 til 20",
        "r5": "Heimetenesta skal ha fire lærlingar i helsearbeidarfaget kvart år",
        "r6": "Alle nyutdanna sjukepleiarar skal ha mentor det første året",
        "r7": "Heile bilparken i heimetenesta skal vere elektrisk innan utgangen av 2028",
        "r8": "Alle vedtak skal vere dokumenterte i det nye fagsystemet",
    }
    m = {
        "r1": "Eige kvardagsrehabiliteringsteam med ergoterapeut og fysioterapeut i alle tre "
              "soner",
        "r2": "Byte av analoge alarmar og opplæring av alle tilsette i velferdsteknologi",
        "r3": "Fast rutine for heimebesøk dagen etter utskriving",
        "r4": "Nytt dagtilbod to dagar i veka i Lidaheim sentrum",
        "r5": "Lærlingplassar med fast rettleiar i kvar sone",
        "r6": "Mentorordning saman med Lidaheim sjukeheim",
        "r7": "Leasingavtalane blir skifta ut når dei går ut",
        "r8": "Opplæring i fagsystemet for alle tilsette",
    }
    rows = [
        ("r1", "Innsatsområde 1", "Leiar kvardagsrehabilitering", "Løpande"),
        ("r2", "Innsatsområde 1", "Fagleiar velferdsteknologi", "1.6.2028"),
        ("r3", "Innsatsområde 2", "Soneleiarane", "1.3.2028"),
        ("r4", "Innsatsområde 2", "Demenskoordinator", "31.12.2028"),
        ("r5", "Innsatsområde 3", "Einingsleiar", "Kvart haust"),
        ("r6", "Innsatsområde 3", "Einingsleiar", "Frå 1.8.2028"),
        ("r7", "Innsatsområde 2", "Merkantil leiar", "31.12.2028"),
        ("r8", "–", "Systemansvarleg", "30.4.2028"),
    ]
    css = (
        "@page{size:A4 landscape;margin:14mm 15mm 15mm 15mm}"
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt}"
        ".top{display:flex;justify-content:space-between;border-bottom:3px solid #00677F;"
        "padding-bottom:3mm;margin-bottom:5mm}"
        ".top h1{font-size:19pt;margin:0;color:#00677F}"
        ".top div{font-size:9pt;color:#444;text-align:right}"
        "h2{font-size:12pt;color:#00677F;margin:5mm 0 2mm}"
        "p{margin:0 0 2mm;max-width:240mm}"
        "th{background:#dcecef;text-align:left;padding:5px 6px;font-size:9.5pt;"
        "border-bottom:2px solid #00677F}"
        "td{padding:7px 6px;border-bottom:1px solid #bbb;vertical-align:top}"
        "td:first-child{font-weight:bold}"
    )
    body = [
        "<div class='top'><h1>Verksemdsplan 2028 – Heimetenesta</h1>"
        "<div>Lidaheim kommune<br>Helse og omsorg<br>Godkjend av kommunalsjef 12.12.2027</div>"
        "</div>",
        "<h2>Innleiing</h2>",
        "<p>Verksemdsplanen viser korleis heimetenesta følgjer opp kommunedelplanen for helse "
        "og omsorg 2027–2035 i 2028. Kolonna «Kommunedelplanen» viser kva innsatsområde "
        "resultatmålet høyrer til. Pårørandearbeidet er lagt til tildelingskontoret og er ikkje "
        "med i denne planen.</p>",
        "<h2>Resultatmål og tiltak 2028</h2>",
        "<table><thead><tr><th style='width:33%'>Resultatmål</th>"
        "<th style='width:31%'>Dette gjer vi</th><th style='width:12%'>Kommunedelplanen</th>"
        "<th style='width:14%'>Ansvar</th><th style='width:10%'>Frist</th></tr></thead><tbody>",
    ]
    for k, area, who, when in rows:
        body.append(f"<tr><td>{e(r[k])}</td><td>{e(m[k])}</td><td>{e(area)}</td>"
                    f"<td>{e(who)}</td><td>{e(when)}</td></tr>")
    body += [
        "</tbody></table>",
        "<h2>Oppfølging</h2>",
        "<p>Resultatmåla blir rapporterte til kommunalsjefen kvart tertial.</p>",
    ]
    _html_pdf("nn", "Verksemdsplan 2028 – Heimetenesta", css, body, d / "child.pdf")

    goals_ = [
        G("1a", g["1a"], "followed_up", [r["r1"], r["r2"], m["r1"], m["r2"]],
          ev="90 prosent av nye",
          note="the goals are the bullets under 'Kommunen skal:' (verb phrases completing the "
          "lead-in, text as printed without it; ids 1a–3a = innsatsområde + order, not "
          "printed); background paragraphs and values are no goals. Everyday rehabilitation "
          "for new users before other help and digital safety alarms: living at home longer, "
          "coping (heimetenesta's share)"),
        G("1b", g["1b"], "followed_up", [r["r1"], r["r2"], m["r1"], m["r2"]],
          ev="Alle tryggleiksalarmar skal vere",
          note="digital safety alarms and staff training in welfare technology, plus the "
          "rehabilitation team: both concerns"),
        G("1c", g["1c"], "not_followed_up",
          note="trap: the introduction says the work with carers belongs to the allocation "
          "office and is not in this plan; no resultatmål serves it"),
        G("2a", g["2a"], "partial", [r["r3"], m["r3"]], ev="Alle som blir skrivne",
          missing=["overgangen frå korttidsplass til heim"],
          note="a home visit within 24 hours after hospital discharge; the step from a "
          "short-term bed to home, also received by heimetenesta, has nothing"),
        G("2b", g["2b"], "partial", [r["r4"], m["r4"]], ev="Talet på brukarar med demens",
          missing=["tilbod tidleg og seint i sjukdomsforløpet (utgreiing, oppfølging, "
                   "seinfase)"],
          note="more day-activity places: one stage of the disease course, not the whole of it"),
        G("3a", g["3a"], "followed_up", [r["r5"], r["r6"], m["r5"], m["r6"]],
          ev="Heimetenesta skal ha fire",
          note="apprentices for health workers (recruit) and mentors for new nurses (retain)"),
    ]
    kids = [
        C(r["r1"], ["1a", "1b"], note="the child goals are the 'Resultatmål' cells; the 'Dette "
          "gjer vi' cells are measures (in served_by beside the goal they serve); the cited "
          "innsatsområde, owners and dates are no goals"),
        C(r["r2"], ["1a", "1b"]),
        C(r["r3"], ["2a"]),
        C(r["r4"], ["2b"]),
        C(r["r5"], ["3a"]),
        C(r["r6"], ["3a"]),
        C(r["r7"], [], note="trap: cites 'Innsatsområde 2' (right service at the right "
          "time), but an electric car fleet serves none of its goals — stands alone"),
        C(r["r8"], [], note="cites '–': documentation in the new system, stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans; kommunedelplan for helse og "
        "omsorg): 'Innsatsområde n: …' with a background paragraph and a 'Kommunen skal:' "
        "list of verb phrases (the goals); child PDF (Chromium, A4 landscape; verksemdsplan "
        "for heimetenesta): one table 'Resultatmål | Dette gjer vi | Kommunedelplanen | "
        "Ansvar | Frist' citing only the innsatsområde",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Holmträsk (sv)


@pair
def holmtrask_bostadsforsorjning(d: Path) -> dict:
    g = {
        "B1": "Kommunen ska planera för minst 1 200 nya bostäder fram till 2040, huvudsakligen "
              "i Holmträsk tätort och i Bäckby.",
        "B2": "Nya bostäder ska ha blandade upplåtelseformer och storlekar, så att det finns "
              "bostäder för unga, äldre och barnfamiljer.",
        "B3": "Kommunen ska föra en aktiv markpolitik och köpa mark för framtida bostäder i god "
              "tid.",
        "G1": "Tätortsnära grönområden ska bevaras, och ingen bostad ska ha mer än 300 meter "
              "till en park eller naturmark.",
        "G2": "Ny bebyggelse ska inte placeras i områden med risk för översvämning.",
        "K1": "Kollektivtrafiken mellan Holmträsk och Bäckby ska stärkas med tätare turer.",
    }
    parent = [
        ("title", "Översiktsplan Holmträsk 2040"),
        ("sub", "Antagen av kommunfullmäktige 24 april 2027, § 38 · Laga kraft 22 maj 2027"),
        ("h1", "1 Planens roll"),
        ("p", "Översiktsplanen visar hur kommunen vill att mark och vatten ska användas och hur "
         "den byggda miljön ska utvecklas. Den är inte bindande men vägledande för "
         "detaljplaner, bygglov och kommunens egna program. Under varje rubrik redovisas "
         "först förutsättningar och sedan kommunens ställningstaganden."),
        ("h1", "2 Bebyggelse och bostäder"),
        ("p", "Befolkningen väntas öka med cirka 2 000 invånare till 2040. Efterfrågan är "
         "störst på mindre lägenheter och på bostäder för äldre, medan nästan allt som byggts "
         "de senaste tio åren är villor."),
        ("b", "Ställningstaganden"),
        ("bullets", [g["B1"], g["B2"], g["B3"]]),
        ("h1", "3 Grönstruktur och vatten"),
        ("p", "Skogen runt tätorterna är populär för promenader och skolornas uteverksamhet. "
         "Delar av Bäckby ligger lågt vid Holmsjön och har översvämmats två gånger sedan 2010."),
        ("b", "Ställningstaganden"),
        ("bullets", [g["G1"], g["G2"]]),
        ("h1", "4 Kommunikationer"),
        ("p", "Bussen mellan Holmträsk och Bäckby går en gång i timmen och inte alls på "
         "kvällar och helger."),
        ("b", "Ställningstaganden"),
        ("bullets", [g["K1"]]),
        ("h1", "5 Genomförande"),
        ("p", "Översiktsplanen genomförs bland annat genom riktlinjer för "
         "bostadsförsörjningen, grönplanen och trafikstrategin."),
    ]
    _docx_pdf(parent, d / "parent.pdf", title="Översiktsplan Holmträsk 2040",
              author="Holmträsk kommun", header="Översiktsplan Holmträsk 2040",
              footer="Holmträsk kommun  |  Sida", lang="sv-SE", font="Liberation Sans",
              size=10.5, heading_color="1D4E89")

    a = {
        "a1": "Detaljplan för 180 lägenheter i kvarteret Sågen i centrala Holmträsk.",
        "a2": "Planprogram för en ny stadsdel i Bäckby norra med cirka 400 bostäder.",
        "a3": "Det kommunala bostadsbolaget bygger 60 hyreslägenheter med låg hyra, varav 20 "
              "för unga under 26 år.",
        "a4": "Ett trygghetsboende med 30 lägenheter för äldre i Bäckby.",
        "a5": "Alla bostadsområden i programmet prövas mot kommunens skyfallskartering, och "
              "ingen byggnad placeras under nivån +2,8 meter vid Holmsjön.",
        "a6": "Bäckby norra planeras så att alla bostäder får högst 400 meter till en "
              "busshållplats.",
        "a7": "Kommunen genomför varje år en enkät om bostadsmarknaden till länsstyrelsen.",
    }
    meta = {
        "a1": "Samhällsbyggnad · detaljplan antas 2029",
        "a2": "Samhällsbyggnad · programsamråd 2028",
        "a3": "Holmträskbostäder AB · inflyttning 2030",
        "a4": "Holmträskbostäder AB / socialförvaltningen · 2031",
        "a5": "Samhällsbyggnad · löpande i varje detaljplan",
        "a6": "Samhällsbyggnad / trafik · i planprogrammet",
        "a7": "Kommunledningskontoret · årligen i mars",
    }
    css = (
        "@page{size:A4;margin:20mm 24mm 20mm 24mm}"
        "body{font-family:'Liberation Serif','Times New Roman',serif;font-size:11pt;"
        "line-height:1.45}"
        ".kopf{font-family:'Liberation Sans',sans-serif;font-size:8pt;letter-spacing:.08em;"
        "text-transform:uppercase;color:#1D4E89}"
        "h1{font-family:'Liberation Sans',sans-serif;font-size:22pt;margin:3mm 0 1mm;"
        "color:#1D4E89}"
        ".dat{font-style:italic;color:#555;margin:0 0 6mm}"
        "h2{font-family:'Liberation Sans',sans-serif;font-size:13pt;margin:7mm 0 2mm;"
        "color:#1D4E89}"
        ".atg{margin:0 0 4mm;padding-left:3mm;border-left:2pt solid #c5d3e6}"
        ".atg h3{font-family:'Liberation Sans',sans-serif;font-size:10pt;margin:0;"
        "color:#1D4E89}"
        ".atg p{margin:0}"
        ".atg .m{font-family:'Liberation Sans',sans-serif;font-size:8.5pt;color:#666}"
    )
    body = [
        "<div class='kopf'>Holmträsk kommun · Riktlinjer för bostadsförsörjning</div>",
        "<h1>Riktlinjer för bostadsförsörjning 2028–2032</h1>",
        "<p class='dat'>Antagna av kommunfullmäktige 20 mars 2028</p>",
        "<h2>Inledning</h2>",
        "<p>Enligt bostadsförsörjningslagen ska kommunen anta riktlinjer för "
        "bostadsförsörjningen varje mandatperiod. Riktlinjerna bygger på översiktsplanen "
        "Holmträsk 2040 och visar vilka åtgärder kommunen tar för att fler ska kunna bo i "
        "kommunen. Markförvärv hanteras i kommunens markpolicy och grönområden i grönplanen; "
        "de ingår därför inte här.</p>",
        "<h2>Behov</h2>",
        "<p>Kön till det kommunala bostadsbolaget har 640 personer, varav hälften är under 30 "
        "år. Många äldre i villor vill flytta till en lägenhet men stanna i sin ort.</p>",
        "<h2>Åtgärder</h2>",
    ]
    for i, k in enumerate(a, 1):
        body.append(f"<div class='atg'><h3>Åtgärd {i}</h3><p>{e(a[k])}</p>"
                    f"<p class='m'>Ansvar och tid: {e(meta[k])}</p></div>")
    body += [
        "<h2>Uppföljning</h2>",
        "<p>Riktlinjerna följs upp i årsredovisningen och revideras 2032.</p>",
    ]
    _html_pdf("sv", "Riktlinjer för bostadsförsörjning 2028–2032", css, body, d / "child.pdf")

    goals_ = [
        G("B1", g["B1"], "followed_up", [a["a1"], a["a2"], a["a3"], a["a4"]],
          ev="Detaljplan för 180 lägenheter",
          note="the goals are the bullets under each 'Ställningstaganden' label (ids B1–K1 = "
          "chapter letter + order, not printed); förutsättningar paragraphs, 'Planens roll' "
          "and 'Genomförande' are no goals. A detailed plan in Holmträsk and a programme for a "
          "new district in Bäckby: planning for homes in both places (the programme's share "
          "of the 1 200)"),
        G("B2", g["B2"], "partial", [a["a3"], a["a4"]], ev="Det kommunala bostadsbolaget",
          missing=["bostäder för barnfamiljer", "blandade upplåtelseformer (bara hyresrätter "
                   "och trygghetsboende)"],
          note="rental flats for the young and sheltered housing for the elderly; nothing for "
          "families with children, and one tenure only"),
        G("B3", g["B3"], "not_followed_up",
          note="trap: the introduction says land acquisition belongs to the land policy and "
          "is not included; no measure buys land"),
        G("G1", g["G1"], "not_followed_up",
          note="named in passing (green areas are left to the grönplan); no measure"),
        G("G2", g["G2"], "followed_up", [a["a5"]], ev="Alla bostadsområden i programmet",
          note="in other words: every site tested against the cloudburst map, no building "
          "below +2.8 m at the lake — the programme's whole share"),
        G("K1", g["K1"], "not_followed_up",
          note="shared words: Åtgärd 6 (at most 400 m to a bus stop in Bäckby norra) is about "
          "walking distance, not more frequent buses between the two towns"),
    ]
    kids = [
        C(a["a1"], ["B1"], note="the child goals are the 'Åtgärd n' texts; the numbers and "
          "the grey 'Ansvar och tid' lines are no goals"),
        C(a["a2"], ["B1"]),
        C(a["a3"], ["B1", "B2"]),
        C(a["a4"], ["B1", "B2"]),
        C(a["a5"], ["G2"]),
        C(a["a6"], [], note="trap: shares 'buss' with K1 but serves no ställningstagande "
          "(stop distance, not frequency) — stands alone"),
        C(a["a7"], [], note="a reporting duty, stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10.5; översiktsplan): "
        "chapters with förutsättningar and a bold 'Ställningstaganden' label over bulleted "
        "goals; child PDF (Chromium, serif body; riktlinjer för bostadsförsörjning): "
        "'Åtgärd n' blocks with a grey 'Ansvar och tid:' line, no citations",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Hjelmerup (da)


@pair
def hjelmerup_mobilitetsplan(d: Path) -> dict:
    g = {
        "M1": "Andelen ture på cykel skal øges fra 18 til 25 procent inden 2035.",
        "M2": "Ingen skal dræbes eller kvæstes alvorligt i trafikken på kommunens veje.",
        "M3": "Alle landsbyer med mere end 200 indbyggere skal have en offentlig "
              "transportforbindelse til Hjelmerup by.",
        "B1": "Midtbyen skal fortættes, så flere kan bo tæt på butikker og stationen.",
        "B2": "Parkeringen i Midtbyen skal samles i p-huse, så gaderummet kan bruges til "
              "ophold.",
        "L1": "Landsbyerne skal have gode rammer for fællesskab, handel og foreningsliv.",
    }
    parent = [
        ("title", "Kommuneplan 2025–2037"),
        ("sub", "Hjelmerup Kommune · Hovedstruktur, mål og retningslinjer · Vedtaget af "
         "byrådet den 26. november 2025"),
        ("h1", "1 Læsevejledning"),
        ("p", "Hvert kapitel indledes med en kort redegørelse. Derefter følger byrådets mål for "
         "emnet og de retningslinjer, som lokalplaner og administration skal følge. "
         "Retningslinjerne er bindende for kommunens planlægning; målene peger retningen for "
         "sektorplanerne."),
        ("h1", "4 Trafik og mobilitet"),
        ("p", "Bilen står for tre fjerdedele af alle ture. De fleste alvorlige ulykker sker på "
         "landevejene i det åbne land, og flere landsbyer har ingen bus om aftenen."),
        ("b", "Byrådets mål"),
        ("bullets", [g["M1"], g["M2"], g["M3"]]),
        ("b", "Retningslinjer"),
        ("typed", "4.1", "Ved nye boligområder skal der udlægges sammenhængende stier til "
         "skole og station."),
        ("typed", "4.2", "Vejbyggelinjer fastlægges efter vejlovens regler."),
        ("h1", "5 Midtbyen"),
        ("p", "Midtbyen har mange tomme butikker, og store dele af torvet og gaderne bruges til "
         "parkering."),
        ("b", "Byrådets mål"),
        ("bullets", [g["B1"], g["B2"]]),
        ("b", "Retningslinjer"),
        ("typed", "5.1", "Nye boliger i Midtbyen skal opføres i mindst tre etager."),
        ("typed", "5.2", "Butikker over 1.200 m² må kun placeres i bymidteafgrænsningen."),
        ("h1", "6 Landdistrikter"),
        ("p", "Ni landsbyer har mere end 200 indbyggere. Fire af dem har mistet deres "
         "dagligvarebutik siden 2015."),
        ("b", "Byrådets mål"),
        ("bullets", [g["L1"]]),
        ("b", "Retningslinjer"),
        ("typed", "6.1", "Der kan udlægges mindre boligområder i landsbyernes afgrænsning."),
    ]
    _docx_pdf(parent, d / "parent.pdf", title="Kommuneplan 2025–2037",
              author="Hjelmerup Kommune", header="Kommuneplan 2025–2037 · Hovedstruktur",
              footer="Hjelmerup Kommune", lang="da-DK", font="DejaVu Serif", size=10,
              heading_color="8A1538")

    h = {
        "h1": "Supercykelsti langs Ringvejen mellem stationen og Nordre Skole",
        "h2": "Overdækket cykelparkering ved stationen og ved alle skoler",
        "h3": "Hastighedsdæmpning og 40 km/t-zoner ved alle skoler",
        "h4": "Ombygning af krydset Hovedgaden/Møllevej efter tre alvorlige ulykker",
        "h5": "Flextur til samme pris som bussen i alle landsbyer",
        "h6": "Forundersøgelse af et p-hus ved Torvegade",
        "h7": "Ladestandere til elbiler på offentlige p-pladser i landsbyerne",
        "h8": "Udskiftning af gadebelysning til LED på alle kommuneveje",
        "h9": "Kampagne for cykelhjelme i 4. klasse",
    }
    rows = [
        ("1", "h1", "Cykling", "2027–2028", "14.500"),
        ("2", "h2", "Cykling", "2027", "2.200"),
        ("3", "h9", "Trafiksikkerhed", "Hvert forår", "60"),
        ("4", "h3", "Trafiksikkerhed", "2027–2029", "3.800"),
        ("5", "h4", "Trafiksikkerhed", "2028", "6.100"),
        ("6", "h5", "Kollektiv trafik", "Fra 1.1.2027", "900 pr. år"),
        ("7", "h6", "Midtbyen", "2028", "450"),
        ("8", "h7", "Landdistrikter", "2028–2029", "1.600"),
        ("9", "h8", "–", "2027–2030", "8.000"),
    ]
    child = [
        ("title", "Mobilitetsplan 2027–2030"),
        ("lead", "Hjelmerup Kommune · Teknik- og miljøudvalget · Godkendt i byrådet den 24. "
         "september 2026"),
        ("h1", "Indledning"),
        ("p", "Mobilitetsplanen er byrådets sektorplan for trafik. Den viser, hvordan "
         "kommunen i de kommende fire år arbejder hen imod målene i kommuneplan 2025–2037. "
         "Kolonnen »Kommuneplanmål« angiver det emne i kommuneplanen, som handlingen hører "
         "under. Byfortætningen i Midtbyen følges op i lokalplanlægningen og indgår ikke her."),
        ("h1", "Baggrund"),
        ("p", "Hjelmerup har 41.000 indbyggere, hvoraf en tredjedel bor i de 23 landsbyer. "
         "Transportvaneundersøgelsen fra 2025 viser, at 18 procent af alle ture sker på cykel, "
         "8 procent med bus eller tog og resten i bil. Blandt børn i 4.–6. klasse cykler to ud "
         "af tre til skole i sommerhalvåret, men kun hver tredje i vinterhalvåret."),
        ("p", "I perioden 2020–2024 blev 4 personer dræbt og 31 alvorligt kvæstet på "
         "kommunens veje. Tre af de alvorlige ulykker skete i krydset Hovedgaden/Møllevej. "
         "Busbetjeningen af landsbyerne er skåret ned to gange siden 2018, og flere ruter kører "
         "kun på skoledage."),
        ("p", "Planen er udarbejdet i dialog med lokalrådene, skolebestyrelserne, Midttrafik og "
         "politiet. Der kom 57 høringssvar, som er samlet i en hvidbog."),
        ("h1", "Handlinger"),
        ("table", ["Nr.", "Handling", "Kommuneplanmål", "Tidsplan", "Økonomi (1.000 kr.)"],
         [(n, h[k], mål, tid, kr) for n, k, mål, tid, kr in rows], [14, 118, 42, 36, 40]),
        ("h1", "Opfølgning"),
        ("p", "Forvaltningen gør status til teknik- og miljøudvalget hvert år i juni. "
         "Cykeltællinger og ulykkesstatistik offentliggøres på kommunens hjemmeside."),
    ]
    _report(d / "child.pdf", child, serif=False, landscape=True,
            title="Mobilitetsplan 2027–2030", author="Hjelmerup Kommune",
            creator="Hjelmerup Kommune – Teknik og Miljø",
            left="Mobilitetsplan 2027–2030  ·  Hjelmerup Kommune", right="Side {n}",
            accent="#8A1538")

    goals_ = [
        G("M1", g["M1"], "followed_up", [h["h1"], h["h2"]], ev="Supercykelsti langs Ringvejen",
          note="the goals are the bullets under 'Byrådets mål' (ids M1–L1 = chapter letter + "
          "order, not printed); the numbered 'Retningslinjer' (4.1 …, binding planning rules), "
          "the redegørelse paragraphs and 'Læsevejledning' are no goals. A cycle superhighway "
          "and covered cycle parking: more trips by bike"),
        G("M2", g["M2"], "partial", [h["h3"], h["h4"], h["h9"]], ev="Hastighedsdæmpning og 40",
          missing=["landevejene i det åbne land, hvor de fleste alvorlige ulykker sker"],
          note="school zones, one crossing and a helmet campaign; the parent itself says most "
          "serious accidents happen on the country roads, which get nothing"),
        G("M3", g["M3"], "followed_up", [h["h5"]], ev="Flextur til samme pris",
          note="in other words: on-demand 'flextur' at bus fares in every village is a public "
          "transport link"),
        G("B1", g["B1"], "not_followed_up",
          note="trap: named in the introduction (left to local planning); no handling"),
        G("B2", g["B2"], "partial", [h["h6"]], ev="Forundersøgelse af et p-hus",
          missing=["gaderummet frigøres til ophold (parkering på gader og torv fjernes)"],
          note="a feasibility study of one car park; nothing frees street space"),
        G("L1", g["L1"], "not_followed_up",
          note="the charging-point row cites 'Landdistrikter' but serves no community, shop "
          "or club life"),
    ]
    kids = [
        C(h["h1"], ["M1"], note="the child goals are the 'Handling' cells; 'Nr.', the cited "
          "subject, time and cost are no goals"),
        C(h["h2"], ["M1"]),
        C(h["h9"], ["M2"]),
        C(h["h3"], ["M2"]),
        C(h["h4"], ["M2"]),
        C(h["h5"], ["M3"]),
        C(h["h6"], ["B2"]),
        C(h["h7"], [], note="trap: cites 'Landdistrikter' but EV charging serves no goal — "
          "stands alone"),
        C(h["h8"], [], note="cites '–': street lighting, stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, DejaVu Serif 10; kommuneplan, "
        "hovedstruktur): per chapter a redegørelse, bold 'Byrådets mål' over bulleted goals and "
        "'Retningslinjer' with typed numbers 4.1 …; child PDF (reportlab, Liberation Sans, A4 "
        "landscape; mobilitetsplan): one table 'Nr. | Handling | Kommuneplanmål | Tidsplan | "
        "Økonomi (1.000 kr.)' citing the subject, not the goal",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Tollbury (en)


@pair
def tollbury_design_spd(d: Path) -> dict:
    g = {
        "SO1": "To deliver at least 9,600 new homes over the plan period, including 35 per cent "
               "affordable housing.",
        "SO2": "To reduce carbon emissions from new and existing buildings and help Tollbury "
               "become net zero by 2040.",
        "SO3": "To protect and enhance biodiversity, achieving at least 10 per cent net gain on "
               "development sites.",
        "SO4": "To support a vibrant town centre with a mix of shops, leisure and homes.",
        "SO5": "To conserve the historic environment, including the conservation areas and "
               "listed buildings.",
        "SO6": "To promote healthy lifestyles through good design, open space and active "
               "travel.",
    }
    heads = {"SO1": "Homes", "SO2": "Climate", "SO3": "Nature", "SO4": "Town centre",
             "SO5": "Heritage", "SO6": "Health"}
    parent = [
        ("title", "Tollbury Local Plan 2026–2041"),
        ("lead", "Part 1: Strategic Policies. Adopted by Full Council, 3 March 2027."),
        ("h1", "3. Vision and Strategic Objectives"),
        ("p", "3.1 By 2041 Tollbury will be a greener, healthier market town with homes that "
         "local people can afford, a busy centre and a landscape that is cared for."),
        ("p", "3.2 The strategic objectives below translate the vision into what the Plan "
         "seeks to achieve. They are not listed in order of priority. The policies in Parts 2 "
         "and 3 and the Supplementary Planning Documents deliver them."),
    ]
    for k in g:
        parent += [("label", f"{k}  {heads[k]}"), ("p", g[k])]
    parent += [
        ("h1", "4. Spatial Strategy"),
        ("p", "4.1 Most new development will be directed to the urban extensions at North "
         "Tollbury and Elmford Park, with smaller allocations in the larger villages."),
    ]
    _report(d / "parent.pdf", parent, serif=True, title="Tollbury Local Plan 2026–2041",
            author="Tollbury District Council", creator="Tollbury District Council",
            left="Tollbury Local Plan 2026–2041 – Part 1", right="Page {n}",
            accent="#243A73")

    cc = {
        "CC1": "Require every major development to submit an energy statement showing at "
               "least a 63 per cent cut in carbon emissions against Building Regulations.",
        "CC2": "Publish a retrofit guide for homeowners on insulation, heat pumps and solar "
               "panels, including advice for older homes.",
        "CC3": "Secure biodiversity net gain of at least 10 per cent, maintained for 30 years, "
               "on all major sites.",
        "CC4": "Expect green roofs or green walls on town centre schemes of more than 50 "
               "flats.",
        "CC5": "Design new streets so that walking and cycling are the most direct routes to "
               "schools, shops and bus stops.",
        "CC6": "Require water use in new homes of no more than 110 litres per person per day.",
    }
    meta = {
        "CC1": "Supports: SO2  ·  Lead: Development Management  ·  By: from adoption",
        "CC2": "Supports: SO2  ·  Lead: Climate Team  ·  By: March 2028",
        "CC3": "Supports: SO3  ·  Lead: Ecology Officer  ·  By: from adoption",
        "CC4": "Supports: SO4  ·  Lead: Urban Design  ·  By: from adoption",
        "CC5": "Supports: SO6  ·  Lead: Highways / Urban Design  ·  By: from adoption",
        "CC6": "Supports: SO2  ·  Lead: Development Management  ·  By: from adoption",
    }
    child = [
        ("title", "Climate Change and Sustainable Design"),
        ("sub", "Supplementary Planning Document · Tollbury District Council · Adopted "
         "September 2027"),
        ("h1", "1 Introduction"),
        ("p", "1.1 This Supplementary Planning Document (SPD) gives guidance on how new "
         "development in Tollbury should respond to the climate emergency and to nature "
         "recovery. It supports the strategic objectives of the Tollbury Local Plan 2026–2041 "
         "and is a material consideration in planning decisions."),
        ("p", "1.2 The SPD does not deal with the number or tenure of new homes, which are set "
         "by Policies H1 and H2, and heritage matters are covered by the Conservation Areas "
         "SPD."),
        ("h1", "2 Guidance"),
        ("p", "2.1 Applicants should show at pre-application stage how the scheme reduces "
         "energy demand before adding renewable energy, and how it will cope with hotter "
         "summers and heavier rain."),
        ("h1", "3 Delivery actions"),
        ("p", "3.1 The Council will take the following actions. Each names the Local Plan "
         "strategic objective it supports, the lead service and the timescale."),
    ]
    for k in cc:
        child += [("typed", k, cc[k]), ("sub", meta[k])]
    child += [
        ("h1", "4 Monitoring"),
        ("p", "4.1 Progress is reported in the Authority Monitoring Report each December."),
    ]
    _docx_pdf(child, d / "child.pdf", title="Climate Change and Sustainable Design SPD",
              author="Tollbury District Council",
              header="Climate Change and Sustainable Design SPD",
              footer="Tollbury District Council  |", lang="en-GB", font="Liberation Sans",
              size=10.5, heading_color="243A73")

    goals_ = [
        G("SO1", g["SO1"], "not_followed_up",
          note="the goals are the strategic objectives SO1–SO6 (id = the printed code; text "
          "the sentence under the 'SOn  Theme' label); the vision paragraph 3.1, 3.2 and the "
          "spatial strategy are no goals. Trap: 1.2 says the SPD does not deal with the "
          "number or tenure of homes — named in passing"),
        G("SO2", g["SO2"], "followed_up", [cc["CC1"], cc["CC2"]], ev="Require every major",
          note="energy statements for new development and a retrofit guide for existing homes: "
          "both new and existing buildings"),
        G("SO3", g["SO3"], "partial", [cc["CC3"], cc["CC4"]], ev="Secure biodiversity net gain",
          missing=["net gain on minor development sites", "protection of existing habitats"],
          note="10 per cent net gain on major sites only, and green roofs (cited to SO4, "
          "served here by content)"),
        G("SO4", g["SO4"], "not_followed_up",
          note="trap: CC4 cites SO4 but green roofs on flats serve no mix of shops, leisure "
          "and homes"),
        G("SO5", g["SO5"], "not_followed_up",
          note="named in passing: 1.2 leaves heritage to the Conservation Areas SPD"),
        G("SO6", g["SO6"], "partial", [cc["CC5"]], ev="Design new streets so",
          missing=["open space"],
          note="street design for walking and cycling: good design and active travel; no "
          "open space"),
    ]
    kids = [
        C(cc["CC1"], ["SO2"], note="the child goals are the action texts CC1–CC6 (without "
          "the code); the grey 'Supports: … · Lead: … · By: …' lines, the guidance paragraphs "
          "and numbered paragraphs 1.1 … are no goals"),
        C(cc["CC2"], ["SO2"]),
        C(cc["CC3"], ["SO3"]),
        C(cc["CC4"], ["SO3"], note="served across the citation: cites SO4 (town centre), "
          "serves SO3 (enhance biodiversity)"),
        C(cc["CC5"], ["SO6"]),
        C(cc["CC6"], [], note="trap: cites SO2, but water efficiency cuts no carbon "
          "emissions named in the objective — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif; Local Plan Part 1): numbered "
        "paragraphs 3.1 …, then 'SOn  Theme' labels each over one strategic objective "
        "sentence 'To …'; child PDF (python-docx → LibreOffice, Liberation Sans 10.5; "
        "Supplementary Planning Document): 'Delivery actions' CC1–CC6 with typed codes and a "
        "grey 'Supports: SOn · Lead · By' line",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
