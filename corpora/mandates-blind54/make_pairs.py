"""Build the fifty-fourth blind batch of mandate/plan pairs under corpora/mandates-blind54/ and their gold.

Written on 2026-12-10 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: a bokmål KANBAN BOARD printed from the browser (HTML → Chromium), whose
points are the cards of the bucket 'Må være med i planen', a sentence in an opened card's
description and a comment on it, the cards of the other buckets ('Avklares', 'Ikke med i
planen', 'Ferdig') being none; a nynorsk VERTSKOMMUNEAVTALE (administrativt
vertskommunesamarbeid, odfpy → LibreOffice), whose points are the host's duties for the yearly
kontrollplan in § 5 and one sentence in the økonomi paragraph, the duties of the other
kommunar, the årsrapport and the money rules being none; a Swedish MEDBORGARBUDGET RESULT PAGE
(HTML → Chromium), whose points are the proposals above the budget line of a vote table and
the sentences of 'Så går vi vidare', the proposals below the line being none; a Danish GRANT
APPLICATION printed from a fund's portal with the fund's decision (reportlab), whose points are
the activities the decision keeps, two answers in the prose and a row of the tidsplan, the
activity the decision strikes, the budget and the fund's publicity demand being none; and a US
ADA SETTLEMENT AGREEMENT with the Department of Justice (python-docx → LibreOffice), whose
points are the numbered paragraphs on the Transition Plan, the city's other duties, the United
States' duties and the enforcement terms being none. Plans answer as real ones do: headings
that restate a point in other words, answers in tables, process facts in the past tense,
deferrals, refusals, words shared without an answer, a late and a timely adoption.

    python corpora/mandates-blind54/make_pairs.py               # all pairs
    python corpora/mandates-blind54/make_pairs.py --verify      # point texts and gold quotes
    python corpora/mandates-blind54/make_pairs.py --twice       # build twice, compare sha256

Imports the forty-seventh batch's builder through pairkit (its odfpy writer `odt_pdf`, its
layout check `expect_on_page` and its point-text check `check_texts`, pointed at this folder)
and, through it, the twentieth (P, verify, the construction check) and thirty-third batch's
document writers (docx_pdf, rl_pdf, html_pdf and the HTML helpers e, paras, table_html). The
HTML pages' CSS and markup (board, vote result page, the kommune's plan page) are this batch's
own. Nothing of the earlier batches is edited.
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
    "hjertestartere": ("tverrlia.planner.kommune.no/plan/hjertestarterplan-2055",),
    "skjenkekontroll": ("Vertskommuneavtale sals- og skjenkekontroll",),
    "medborgarbudget": ("odmark.se/medborgarbudget/lillsund-2055/resultat",),
    "trampestier": ("Hesselholt Fonden · Ansøgning 55-0213",),
    "ada-transition": ("Settlement Agreement – City of Pine Hollow",),
}


# =========================================================================== 1 hjertestartere (nb)
def _board_css() -> str:
    return (
        "@page{size:A4 landscape;margin:10mm 11mm 12mm 11mm;@bottom-left{content:"
        "'tverrlia.planner.kommune.no/plan/hjertestarterplan-2055';font:7pt 'DejaVu Sans',"
        "sans-serif;color:#777}@bottom-right{content:counter(page) '/' counter(pages);"
        "font:7pt 'DejaVu Sans',sans-serif;color:#777}}*{-webkit-print-color-adjust:exact;"
        "print-color-adjust:exact;box-sizing:border-box}body{font-family:'DejaVu Sans',"
        "sans-serif;font-size:8.2pt;line-height:1.36;color:#201f1e;margin:0}"
        ".top{background:#31752f;color:#fff;padding:5px 9px;display:flex;justify-content:"
        "space-between;align-items:center}.top b{font-size:11pt}.top span{font-size:7.8pt}"
        ".nav{font-size:7.8pt;color:#444;padding:4px 9px;border-bottom:1px solid #ccc}"
        ".nav u{text-decoration:none;border-bottom:2px solid #31752f;font-weight:bold}"
        ".desc{font-size:7.9pt;color:#333;padding:5px 9px;background:#f3f7f2;"
        "border-bottom:1px solid #dde7dc}"
        ".board{display:flex;gap:7px;padding:7px 4px 0}.col{flex:1 1 0;background:#f3f2f1;"
        "border-radius:4px;padding:5px}.col h3{font-size:8.6pt;margin:1px 2px 5px;"
        "display:flex;justify-content:space-between}.col h3 i{font-style:normal;color:#777;"
        "font-weight:normal}.card{background:#fff;border:1px solid #d6d5d4;border-radius:3px;"
        "padding:5px 6px;margin-bottom:5px;break-inside:avoid}.card .t{font-weight:600}"
        ".lab{display:inline-block;font-size:6.6pt;color:#fff;border-radius:2px;"
        "padding:0 4px;margin:0 3px 2px 0}.foot{display:flex;justify-content:space-between;"
        "font-size:7pt;color:#605e5c;margin-top:3px}.av{display:inline-block;width:15px;"
        "height:15px;border-radius:8px;background:#8a6d3b;color:#fff;font-size:6.2pt;"
        "text-align:center;line-height:15px;margin-left:2px}.done .t{text-decoration:"
        "line-through;color:#605e5c}.add{font-size:7.6pt;color:#31752f;padding:2px}"
        ".pane{border:1px solid #c8c6c4;border-radius:4px;margin:4px 4px 0;"
        "padding:9px 13px;width:62%}.pane h2{font-size:11pt;margin:0 0 4px}.pane .row{"
        "font-size:7.8pt;color:#444;margin:2px 0}.pane h4{font-size:8.4pt;margin:9px 0 3px}"
        ".pane p{margin:0 0 4px}.chk{margin:1px 0;font-size:8pt}.cm{border-top:1px solid "
        "#eee;padding:5px 0 3px}.cm .who{font-size:7.6pt;color:#605e5c}.cm .who b{color:"
        "#201f1e}"
    )


_LAB = {"Innhold": "#4f6bed", "Prosess": "#c239b3", "Leveranse": "#ca5010",
        "Politisk": "#038387"}


def _card(title: str, labels: tuple[str, ...] = (), due: str = "", who: str = "",
          extra: str = "", done: bool = False) -> str:
    lab = "".join(f"<span class='lab' style='background:{_LAB[k]}'>{e(k)}</span>"
                  for k in labels)
    av = "".join(f"<span class='av'>{e(w)}</span>" for w in who.split()) if who else ""
    foot = f"<div class='foot'><span>{e(due)}{(' · ' + e(extra)) if extra else ''}</span>"
    foot += f"<span>{av}</span></div>"
    return (f"<div class='card{' done' if done else ''}'>{lab}<div class='t'>{e(title)}</div>"
            f"{foot}</div>")


@pair
def hjertestartere(d: Path) -> dict:
    cards = [
        ("Kartlegge alle hjertestartere i kommunen, både offentlige og private, med plassering "
         "og når de er tilgjengelige", ("Innhold",), "15.04.", "EH", "☑ 1/3"),
        ("Vurdere hvor det mangler hjertestartere, særlig i grendene utenfor sentrum",
         ("Innhold",), "15.05.", "EH LB", "▤ 1"),
        ("Foreslå hvem som skal ha ansvaret for å skifte batterier og elektroder",
         ("Innhold",), "01.06.", "SM", ""),
        ("Sørge for at alle hjertestartere er registrert i Hjertestarterregisteret",
         ("Innhold",), "01.06.", "LB", "☑ 0/2"),
        ("Opplæring i hjerte-lunge-redning for ansatte i skoler og barnehager",
         ("Innhold",), "15.06.", "GE", ""),
        ("Kostnadsoverslag for innkjøp og drift 2056–2059", ("Leveranse",), "15.08.",
         "SM", ""),
        ("Utkastet til eldrerådet og rådet for personer med funksjonsnedsettelse før politisk "
         "behandling", ("Prosess", "Politisk"), "01.09.", "EH", "✉ 2"),
    ]
    pts = [c[0] for c in cards]
    s1 = ("Planen skal også si noe om hjertestartere kan henge ute i varmeskap, slik at de er "
          "tilgjengelige hele døgnet.")
    s2 = ("Husk at planen må være behandlet i formannskapet før 1. oktober, ellers rekker vi ikke "
          "å få innkjøpene med i budsjettet for 2056.")
    col_must = "".join(_card(*c) for c in cards)
    col_open = (
        _card("Droner som frakter hjertestarter til ulykkesstedet – pilot sammen med "
              "luftambulansen?", ("Innhold",), "", "EH", "✉ 3")
        + _card("Skal vi ta med hjertestartere på kommunens båter og i brøytebilene?",
                ("Innhold",), "", "", "")
    )
    col_out = (
        _card("Kjøpe inn hjertestartere til alle idrettslag", ("Innhold",), "", "", "✉ 1")
        + _card("App som varsler frivillige førstehjelpere", ("Innhold",), "", "", "✉ 2")
    )
    col_done = (
        _card("Sette ned prosjektgruppe", ("Prosess",), "03.03.", "EH", "", done=True)
        + _card("Hente tall over hjertestanser fra AMK 2050–2054", ("Innhold",), "20.03.",
                "GE", "", done=True)
        + _card("Oppstartsmøte med Tverrlia sanitetsforening", ("Prosess",), "27.03.", "EH",
                "", done=True)
    )
    board = (
        "<div class='top'><b>Hjertestarterplan 2055</b><span>Tverrlia kommune · Planner · "
        "Gruppe: Beredskap og samfunnssikkerhet</span></div>"
        "<div class='nav'><u>Tavle</u> &nbsp; Diagrammer &nbsp; Tidsplan &nbsp; · &nbsp; "
        "Grupper etter: Bøtte &nbsp; · &nbsp; Filter (0)</div>"
        "<div class='desc'><b>Om planen:</b> Formannskapet ba 12. februar 2055 (sak 14/55) "
        "om en plan for hjertestartere i hele kommunen. Kortene i første kolonne er det "
        "formannskapet og kommunedirektøren har bestilt. Flytt ikke kort ut av den kolonnen "
        "uten å snakke med Eirik først.</div>"
        "<div class='board'>"
        f"<div class='col'><h3>Må være med i planen <i>{len(cards)}</i></h3>{col_must}"
        "<div class='add'>+ Legg til oppgave</div></div>"
        f"<div class='col'><h3>Avklares <i>2</i></h3>{col_open}"
        "<div class='add'>+ Legg til oppgave</div></div>"
        f"<div class='col'><h3>Ikke med i planen <i>2</i></h3>{col_out}"
        "<div class='add'>+ Legg til oppgave</div></div>"
        f"<div class='col'><h3>Ferdig <i>3</i></h3>{col_done}</div>"
        "</div>"
    )
    pane = (
        "<div class='pane'><div class='row'>Bøtte: Må være med i planen · Fremdrift: Pågår · "
        "Forfallsdato: 15.05.2055 · Tildelt: Eirik Haugsrud, Line Bjørnevatn</div>"
        f"<h2>{e(cards[1][0])}</h2>"
        "<span class='lab' style='background:#4f6bed'>Innhold</span>"
        "<h4>Notater</h4>"
        + paras("Bruk tallene fra AMK og kartet over hvor folk bor. Grendene Selvåg, Myrlandet "
                "og Tverrbakken har i dag ingen hjertestarter som er tilgjengelig om natta. "
                + s1)
        + "<h4>Sjekkliste 1/3</h4>"
        "<div class='chk'>☑ Hente kart fra GIS</div>"
        "<div class='chk'>☐ Sjekke avstand til nærmeste hjertestarter fra hver grend</div>"
        "<div class='chk'>☐ Snakke med velforeningene</div>"
        "<h4>Vedlegg</h4><div class='chk'>▤ AMK_hjertestans_2050-2054.xlsx</div>"
        "<h4>Kommentarer</h4>"
        "<div class='cm'><div class='who'><b>Line Bjørnevatn</b> · 28.03.2055 10:12</div>"
        + paras("Velforeningen i Selvåg har tilbudt seg å betale halvparten av en hjertestarter "
                "hvis vi finner en plass til den.")
        + "</div><div class='cm'><div class='who'><b>Stian Mjelde</b> (kommunedirektør) · "
        "04.04.2055 08:40</div>"
        + paras(s2)
        + "</div><div class='cm'><div class='who'><b>Eirik Haugsrud</b> · 04.04.2055 09:02"
        "</div>" + paras("Notert! Jeg setter opp møte med formannskapssekretæren.") + "</div>"
        "</div>"
    )
    html_pdf(d / "mandate.pdf", lang="nb", title="Hjertestarterplan 2055 – Tavle – Planner",
             css=_board_css(), body=board + pane)

    oversikt = [
        ["Rådhuset, resepsjonen", "Kommunen", "Inne", "Hverdager 08–16"],
        ["Tverrlia helsesenter", "Kommunen", "Ute, varmeskap", "Hele døgnet"],
        ["Tverrlia skole", "Kommunen", "Inne", "Skoledager 07.30–16"],
        ["Tverrliahallen", "Kommunen", "Inne", "Ved aktivitet, 08–22"],
        ["Selvåg skole (nedlagt 2052)", "Kommunen", "Inne", "Ikke tilgjengelig"],
        ["Tverrlia sykehjem", "Kommunen", "Inne", "Hele døgnet, via vakt"],
        ["Brannstasjonen", "Kommunen", "Ute, varmeskap", "Hele døgnet"],
        ["Coop Tverrlia", "Privat", "Inne", "Butikkens åpningstid"],
        ["Tverrlia IL, klubbhuset", "Privat", "Inne", "Ved aktivitet"],
        ["Myrlandet kapell", "Menigheten", "Inne", "Ved gudstjenester"],
        ["Hovdefjell alpinsenter", "Privat", "Inne", "Sesong, 10–16"],
        ["Tverrlia kirke", "Menigheten", "Ute, varmeskap", "Hele døgnet"],
        ["Bensinstasjonen ved E-veien", "Privat", "Inne", "06–23"],
        ["Tverrlia sanitetsforening, lageret", "Privat", "Inne", "Etter avtale"],
    ]
    nye = [
        ["Selvåg, ved grendehuset", "9 km", "Ute, varmeskap", "2056"],
        ["Myrlandet, ved kapellet (flyttes ut)", "11 km", "Ute, varmeskap", "2056"],
        ["Tverrbakken, busskuret", "7 km", "Ute, varmeskap", "2057"],
        ["Småbåthavna", "1,8 km", "Ute, varmeskap", "2057"],
        ["Lysløypa, parkeringen", "2,5 km", "Ute, varmeskap", "2058"],
    ]
    kost = [
        ["Hjertestarter med varmeskap, 5 stk.", "160 000", "–", "–", "–"],
        ["Strøm til varmeskap, 8 stk.", "6 000", "7 000", "8 000", "8 000"],
        ["Batterier og elektroder", "4 000", "12 000", "12 000", "16 000"],
        ["Kurs i hjerte-lunge-redning, skolene", "35 000", "35 000", "35 000", "35 000"],
        ["Sum", "205 000", "54 000", "55 000", "59 000"],
    ]
    p = [
        ("title", "Plan for hjertestartere i Tverrlia kommune 2056–2059"),
        ("meta", "Beredskap og samfunnssikkerhet · Behandlet i formannskapet 15. oktober 2055, "
                 "sak 71/55"),
        ("h1", "1 Hvorfor en plan?"),
        ("p", "Hvert år får 8–10 personer i Tverrlia hjertestans utenfor sykehus. Sjansen for å "
              "overleve øker mye når noen starter hjerte-lunge-redning og bruker en "
              "hjertestarter før ambulansen kommer. Formannskapet ba i februar 2055 om en plan "
              "for hvor hjertestarterne skal stå, hvem som skal passe på dem, og hvordan flere "
              "kan lære førstehjelp."),
        ("p", "Planen er laget av en prosjektgruppe i beredskapsenheten sammen med "
              "helsesenteret. Utkastet ble lagt fram for eldrerådet 2. september 2055, som "
              "støttet planen og ba om at nye hjertestartere får tydelige skilt."),
        ("h1", "2 Hvor henger hjertestarterne i dag?"),
        ("p", "Vi har funnet 14 hjertestartere. Tabellen viser hvor de henger, hvem som eier "
              "dem, om de henger ute eller inne, og når de kan brukes."),
        ("table", ["Plassering", "Eier", "Ute/inne", "Tilgjengelig"], oversikt,
         [5.6, 2.8, 3.0, 4.4]),
        ("p", "Bare tre av hjertestarterne kan brukes hele døgnet uten at noen må låse opp. "
              "Hjertestarteren på den nedlagte Selvåg skole flyttes i 2056."),
        ("h1", "3 Der hjelpen er lengst unna"),
        ("p", "Vi har målt avstanden fra hver grend til nærmeste hjertestarter som er "
              "tilgjengelig hele døgnet, og sammenlignet med tallene fra AMK. Selvåg, "
              "Myrlandet og Tverrbakken ligger mer enn sju kilometer fra nærmeste "
              "hjertestarter, og ambulansen bruker over 25 minutter dit. Der skal de første "
              "nye hjertestarterne stå."),
        ("table", ["Ny plassering", "Avstand til nærmeste i dag", "Ute/inne", "År"], nye,
         [5.6, 3.8, 3.2, 1.6]),
        ("h1", "4 Tilgjengelig hele døgnet"),
        ("p", "Alle nye hjertestartere settes opp ute i oppvarmede skap, så de kan brukes "
              "også om natta og i kulde. Skapene er ulåste og har lys. Der eieren er enig, "
              "flytter vi også eksisterende hjertestartere ut: kapellet på Myrlandet har sagt "
              "ja. Skolene og hallen beholder sine inne, fordi skapene der ville stått bortgjemt "
              "på baksiden av byggene."),
        ("h1", "5 Vedlikehold"),
        ("p", "Vaktmesteren på hvert kommunalt bygg ser over hjertestarteren én gang i måneden "
              "og sjekker at lampen lyser grønt og at skapet er helt. Hvem som skal skifte "
              "batterier og elektroder når de går ut på dato, avklares når ny rammeavtale for "
              "medisinsk utstyr lyses ut i 2056. Private eiere har selv ansvaret for sine."),
        ("h1", "6 Registrering"),
        ("p", "Alle de kommunale hjertestarterne er lagt inn i Hjertestarterregisteret, med "
              "plassering og åpningstid. Beredskapskoordinatoren registrerer nye hjertestartere "
              "samme dag som de settes opp. Private eiere får brev der vi oppfordrer dem til å "
              "registrere sine."),
        ("h1", "7 Flere som kan gi førstehjelp"),
        ("p", "Alle ansatte i skolene får kurs i hjerte-lunge-redning og bruk av hjertestarter "
              "hvert annet år, første gang høsten 2056. Kurset holdes av helsesenteret. Om "
              "også barnehagene skal få et slikt tilbud, vurderes i neste planperiode."),
        ("h1", "8 Hva koster det?"),
        ("p", "Tabellen viser innkjøp og drift i planperioden, i kroner. Innkjøpet i 2056 er tatt "
              "inn i kommunedirektørens forslag til budsjett for 2056."),
        ("table", ["Post", "2056", "2057", "2058", "2059"], kost, [6.0, 2.4, 2.4, 2.4, 2.4]),
        ("h1", "9 Oppfølging"),
        ("p", "Beredskapskoordinatoren rapporterer hvert år til formannskapet om antall "
              "hjertestartere, bruk og kurs. Planen rulleres i 2059."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Plan for hjertestartere i Tverrlia kommune 2056–2059",
            font="Liberation Sans", size=10, lang="nb", country="NO",
            header="Tverrlia kommune · Plan for hjertestartere", footer="Side {n} av {m}",
            accent="#31752F", head_fill="#DCEBDB")
    g = [
        P("1", pts[0], "content", "covered", ev="Vi har funnet 14 hjertestartere",
          trap="a card in the bucket 'Må være med i planen' of a KANBAN BOARD (Planner) printed "
               "from the browser; answered under a heading in other words ('Hvor henger "
               "hjertestarterne i dag?') with a table of place, owner (private ones too) and "
               "when each can be used"),
        P("2", pts[1], "content", "covered", ev="Vi har målt avstanden fra hver grend",
          trap="answered under a heading that shares no word with the card ('Der hjelpen er "
               "lengst unna'): distances from each grend and a table of new sites"),
        P("3", pts[2], "content", "uncovered",
          trap="SHARED WORDS under a heading that restates the subject ('Vedlikehold'): "
               "monthly checks of the lamp by the vaktmester, and 'Hvem som skal skifte "
               "batterier og elektroder … avklares' in 2056 — the very question put off"),
        P("4", pts[3], "content", "partial", ev="Alle de kommunale hjertestarterne er lagt inn",
          missing=["de private hjertestarterne (eierne får bare en oppfordring i brev)"],
          trap="the municipal ones registered and new ones registered on the day; the private "
               "ones only encouraged, so not 'alle'"),
        P("5", pts[4], "content", "partial", ev="Alle ansatte i skolene får kurs",
          missing=["opplæring for ansatte i barnehagene (vurderes i neste planperiode)"],
          trap="the card has no verb; schools answered, barnehager put off"),
        P("6", pts[5], "deliverable", "covered", ev="Tabellen viser innkjøp og drift",
          trap="answered by a cost table for each year of the period ('Hva koster det?')"),
        P("7", pts[6], "process", "partial", ev="Planen er laget av en prosjektgruppe",
          missing=["rådet for personer med funksjonsnedsettelse (ikke nevnt)"],
          trap="past tense in the introduction: the eldreråd saw the draft on 2 September; the "
               "other council is never named"),
        P("S1", s1, "content", "covered", ev="Alle nye hjertestartere settes opp ute",
          trap="a sentence in the NOTES of the card opened in the detail pane (printed on page "
               "2 of the board); answered under 'Tilgjengelig hele døgnet'"),
        P("S2", s2, "process", "uncovered",
          trap="a COMMENT by the kommunedirektør on the opened card; the meta line: the plan "
               "went to the formannskap on 15 October 2055, after 1 October (the budget "
               "sentence in chapter 8 does not mend the date). Not points: the board's "
               "description, the cards of 'Avklares' (drones, boats) and 'Ikke med i planen' "
               "(idrettslag, app), the done cards, the checklist, the velforening's offer, "
               "'Notert!'"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["hjertestartere"],
                producer="a KANBAN BOARD (Planner) printed from the browser with Chromium "
                "(A4 landscape, DejaVu Sans 8.2, the app bar, a board description, four "
                "buckets of cards with labels, due dates, avatars and counts, then the detail "
                "pane of one card with notes, a checklist, an attachment and comments): the "
                "seven cards of 'Må være med i planen' (1–7), a sentence of the card's notes "
                "(S1) and the kommunedirektør's comment (S2), the cards of 'Avklares', 'Ikke "
                "med i planen' and 'Ferdig' being none; plan odfpy → LibreOffice (Liberation "
                "Sans 10, 'Side n av m'), three tables, headings in other words, past tense, two "
                "deferrals, shared words under a heading, a late handling", points=g)


# =========================================================================== 2 skjenkekontroll (nn)
@pair
def skjenkekontroll(d: Path) -> dict:
    kp = [
        ("a", "fordele kontrollane mellom dei tre kommunane etter kor mange sals- og "
              "skjenkestader kvar kommune har"),
        ("b", "prioritere kontrollar ved arrangement med ambulerande skjenkeløyve og ved "
              "utestader som har ope etter kl. 01.00"),
        ("c", "skildre korleis kontrollørane skal sjekke alder ved sal av alkohol i butikkar "
              "med sjølvbetente kassar"),
        ("d", "gjere greie for korleis rapportar om brot blir førebudde og sende over til "
              "samarbeidskommunen som skal gjere vedtak om prikkar"),
        ("e", "innehalde ein opplæringsplan for kontrollørane"),
        ("f", "publiserast på nettsidene til alle dei tre kommunane"),
    ]
    s0 = "Vertskommunen skal innan 1. mars kvart år utarbeide ein felles kontrollplan for året."
    s1 = "Før kontrollplanen blir teken i bruk, skal han leggjast fram for samarbeidsrådet."
    s2 = ("Vertskommunen skal leggje ved eit kostnadsoverslag for kontrollane i kvar kommune "
          "når kontrollplanen blir send ut.")
    a = [
        ("center", "AVTALE OM ADMINISTRATIVT VERTSKOMMUNESAMARBEID"),
        ("center", "Sals- og skjenkekontroll i Nyvoll, Hovdeberg og Skjervik"),
        ("meta", "Inngått med heimel i kommunelova § 20-2 · Vedteken i kommunestyra i Nyvoll "
                 "(sak 33/55), Hovdeberg (sak 21/55) og Skjervik (sak 40/55)"),
        ("h1", "§ 1 Partar"),
        ("p", "Avtalen er inngått mellom Nyvoll kommune (vertskommune) og Hovdeberg kommune og "
              "Skjervik kommune (samarbeidskommunar)."),
        ("h1", "§ 2 Føremål"),
        ("p", "Føremålet er ein felles, fagleg sterk og rettvis kontroll med sal og skjenking "
              "av alkohol i dei tre kommunane, slik alkohollova og alkoholforskrifta krev. Kvar "
              "kommune skal etter alkoholforskrifta § 9-7 gjennomføre minst tre gonger så mange "
              "kontrollar som han har sals- og skjenkestader."),
        ("h1", "§ 3 Oppgåver som blir lagde til vertskommunen"),
        ("p", "Samarbeidskommunane delegerer til kommunedirektøren i Nyvoll å gjennomføre "
              "kontrollane etter alkohollova § 1-9 og å skrive kontrollrapportar. Mynde til å "
              "gje, trekkje inn og tildele prikkar for løyve ligg framleis hjå kvar kommune."),
        ("h1", "§ 4 Organisering"),
        ("p", "Vertskommunen tilset kontrollørar og har arbeidsgjevaransvaret for dei. Det blir "
              "oppretta eit samarbeidsråd med ein representant frå administrasjonen i kvar "
              "kommune. Samarbeidsrådet møtest minst to gonger i året."),
        ("h1", "§ 5 Kontrollplan"),
        ("p", s0 + " Kontrollplanen skal"),
        *[("typed", f"{k})", t, 0.7, 0.6) for k, t in kp[:4]],
        ("typed", f"{kp[4][0]})", kp[4][1] + ", og", 0.7, 0.6),
        ("typed", f"{kp[5][0]})", kp[5][1] + ".", 0.7, 0.6),
        ("p", s1 + " Samarbeidsrådet kan kome med framlegg til endringar, men "
              "vertskommunen avgjer kva planen skal innehalde."),
        ("h1", "§ 6 Plikter for samarbeidskommunane"),
        ("p", "Samarbeidskommunane skal innan 15. januar kvart år sende vertskommunen ei "
              "oppdatert liste over alle sals- og skjenkeløyve, og melde frå fortløpande om nye "
              "løyve og ambulerande løyve. Samarbeidskommunane skal sjølve gjere vedtak om "
              "prikkar og inndraging."),
        ("h1", "§ 7 Økonomi"),
        ("p", "Utgiftene til kontrollane blir fordelte etter talet på sals- og skjenkestader i "
              "kvar kommune per 1. januar. Vertskommunen sender faktura to gonger i året. "
              + s2 + " Løyvegebyra går til kvar kommune og blir ikkje fordelte."),
        ("h1", "§ 8 Rapportering"),
        ("p", "Vertskommunen skal innan 1. mars lage ein årsrapport for året før, med tal på "
              "kontrollar, brot og prikkar i kvar kommune. Årsrapporten blir send til "
              "kommunestyra til orientering."),
        ("h1", "§ 9 Usemje"),
        ("p", "Usemje om avtalen skal først søkjast løyst i samarbeidsrådet og deretter mellom "
              "kommunedirektørane. Avtalen kan ikkje bringast inn for domstolane før dette er "
              "prøvd."),
        ("h1", "§ 10 Verknad og oppseiing"),
        ("p", "Avtalen gjeld frå 1. september 2055. Kvar kommune kan seie opp avtalen med 12 "
              "månaders varsel til 31. desember."),
        ("p", "Nyvoll, 28. juni 2055"),
        ("p", "Anders Tveitnes, kommunedirektør i Nyvoll · Kari Vågsbø, kommunedirektør i "
              "Hovdeberg · Olav Rimstad, kommunedirektør i Skjervik"),
    ]
    odt_pdf(d / "mandate.pdf", a, title="Avtale om administrativt vertskommunesamarbeid – "
            "sals- og skjenkekontroll", font="Liberation Serif", size=11, lang="nn",
            country="NO", header=DROP["skjenkekontroll"][0], footer="Side {n} av {m}",
            accent="#000000", head_fill="#E6E6E6")

    fordeling = [
        ["Nyvoll", "9", "14", "23", "69", "72"],
        ["Hovdeberg", "4", "6", "10", "30", "32"],
        ["Skjervik", "3", "3", "6", "18", "20"],
        ["Sum", "16", "23", "39", "117", "124"],
    ]
    pri = [
        ["Arrangement med ambulerande løyve (festivalar, bygdedagar)", "Alle arrangement med "
         "over 300 gjester får minst éin kontroll"],
        ["Skjenkestader ved helgar", "Minst halvparten av kontrollane fredag og laurdag "
         "kveld"],
        ["Stader som fekk prikkar året før", "Minst to ekstra kontrollar"],
        ["Butikkar", "Kontroll av alder ved kassa og av salstid"],
    ]
    p = [
        ("title", "Kontrollplan for sals- og skjenkekontrollen 2056"),
        ("meta", "Nyvoll kommune, vertskommune for Nyvoll, Hovdeberg og Skjervik · 20. februar "
                 "2056"),
        ("h1", "1 Innleiing"),
        ("p", "Frå 1. september 2055 har Nyvoll kommune utført sals- og skjenkekontrollen for "
              "Nyvoll, Hovdeberg og Skjervik. Denne planen viser korleis vi skal kontrollere i "
              "2056. Samarbeidsrådet gjekk gjennom utkastet i møte 12. februar 2056 og hadde "
              "ingen merknader."),
        ("h1", "2 Kor mange kontrollar og kvar?"),
        ("p", "Talet på kontrollar i kvar kommune følgjer talet på stader med løyve per 1. "
              "januar 2056. Alkoholforskrifta krev minst tre kontrollar per stad; vi legg inn "
              "nokre fleire for å ha rom for ekstra kontrollar."),
        ("table", ["Kommune", "Salsstader", "Skjenkestader", "Stader i alt", "Kontrollar, "
                   "minstekrav", "Kontrollar, plan"], fordeling, [30, 24, 26, 24, 30, 26]),
        ("h1", "3 Kva vi prioriterer"),
        ("p", "Kontrollørane vel sjølve kva stader dei kontrollerer ein gitt kveld, men innanfor "
              "desse prioriteringane:"),
        ("table", ["Kva", "Slik gjer vi det"], pri, [70, 90]),
        ("p", "Fleire daglegvarebutikkar har fått sjølvbetente kassar, og talet aukar. Vi "
              "kjem til å følgje med på utviklinga."),
        ("h1", "4 Kontrollkalender"),
        ("p", "Kontrollane blir spreidde over heile året, med fleire kontrollar i periodar med "
              "mange arrangement."),
        ("table", ["Periode", "Nyvoll", "Hovdeberg", "Skjervik", "Merknad"],
         [["Januar–april", "16", "7", "4", ""],
          ["Mai–august", "32", "15", "10", "Bygdedagar, festivalen på Hovdeberg"],
          ["September–desember", "24", "10", "6", "Julebord"],
          ["Sum", "72", "32", "20", ""]], [36, 22, 24, 22, 56]),
        ("break",),
        ("h1", "5 Når reglane blir brotne"),
        ("p", "Finn kontrollørane brot, skriv dei rapport same kveld. Løyvesakshandsamaren i "
              "Nyvoll går gjennom rapporten innan ei veke, skriv førehandsvarsel om prikkar "
              "med framlegg til tal på prikkar, og sender saka til kommunen der staden ligg. "
              "Det er den kommunen som gjer vedtak. Ved alvorlege brot blir kommunen varsla "
              "same dag."),
        ("h1", "6 Kontrollørane"),
        ("p", "Vi har fire kontrollørar i deltidsstillingar. Nye kontrollørar går dei første "
              "kontrollane saman med ein erfaren kollega. Ein eigen opplæringsplan for "
              "kontrollørane blir laga hausten 2056."),
        ("h1", "7 Kostnader"),
        ("p", "Kontrollane i 2056 er rekna til 742 000 kroner i alt, medrekna lønn, køyring og "
              "kveldstillegg. Kostnadene blir fordelte etter talet på stader, slik avtalen "
              "seier."),
        ("h1", "8 Kvar finn du planen?"),
        ("p", "Kontrollplanen blir lagd ut på nyvoll.kommune.no under Løyve og skjenking, "
              "saman med årsrapporten for 2055."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Kontrollplan for sals- og skjenkekontrollen 2056",
           author="Nyvoll kommune", family="LS", size=10,
           head_left="Nyvoll kommune · Sals- og skjenkekontrollen",
           head_right="Kontrollplan 2056", foot=lambda n, t: f"Side {n} av {t}",
           accent="#7A2E39", head_fill="#F1E3E5")
    g = [
        P("a", kp[0][1], "content", "covered", ev="Talet på kontrollar i kvar kommune",
          trap="a lettered duty under § 5 of a VERTSKOMMUNEAVTALE; answered under a heading in "
               "other words ('Kor mange kontrollar og kvar?') with a table per kommune"),
        P("b", kp[1][1], "content", "partial", ev="Kontrollørane vel sjølve kva stader",
          missing=["prioritering av utestader som har ope etter kl. 01.00"],
          trap="the priority table puts events with ambulerande løyve first; late-night "
               "outlets are not named (weekends are no answer to 'etter kl. 01.00')"),
        P("c", kp[2][1], "content", "uncovered",
          trap="SHARED WORDS: 'Fleire daglegvarebutikkar har fått sjølvbetente kassar … Vi kjem "
               "til å følgje med'; the table's 'Kontroll av alder ved kassa' says nothing on "
               "self-service tills"),
        P("d", kp[3][1], "content", "covered", ev="Finn kontrollørane brot, skriv dei",
          trap="answered under a heading in other words ('Når reglane blir brotne'): report, "
               "førehandsvarsel with a proposal, sent to the kommune that decides"),
        P("e", kp[4][1], "deliverable", "uncovered",
          trap="put off ('blir laga hausten 2056'); the mentoring sentence is no training plan. "
               "The item ends with ', og' in the agreement"),
        P("f", kp[5][1], "process", "partial", ev="Kontrollplanen blir lagd ut på",
          missing=["publisering på nettsidene til Hovdeberg og Skjervik"],
          trap="the plan is put on the host's web site only"),
        P("S1", s0, "process", "covered", ev="Nyvoll kommune, vertskommune for",
          trap="the sentence of § 5 that orders the plan, kept as a point for its deadline (as "
               "batch 53 kept the grand jury's R1); the meta line: dated 20 February 2056, "
               "before 1 March"),
        P("S2", s1, "process", "covered", ev="Frå 1. september 2055 har Nyvoll",
          trap="the sentence after the list in § 5; past tense in the introduction: the "
               "samarbeidsråd went through the draft on 12 February 2056"),
        P("S3", s2, "deliverable", "partial", ev="Kontrollane i 2056 er rekna til",
          missing=["kostnadene fordelte på kvar kommune (berre ein totalsum)"],
          trap="a duty hidden in § 7 ØKONOMI among rules about money (the distribution key, "
               "invoicing, fees), which are none. Not points: § 2's alkoholforskrift rule "
               "(background), § 3 delegation, § 4 organisation, § 6 (the other kommunar's "
               "duties), § 8 årsrapport (another document), § 9–10"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["skjenkekontroll"],
                producer="a VERTSKOMMUNEAVTALE (administrativt vertskommunesamarbeid) written "
                "in Writer (odfpy → LibreOffice, Liberation Serif 11, nn, running header, 'Side "
                "n av m'): § 1–§ 10, the kontrollplan's content typed a)–f) with a hanging "
                "indent under § 5 (the last two joined by ', og' and a full stop), a sentence "
                "before them that orders the plan with its deadline (S1), one after them (S2) and a duty inside § 7 Økonomi (S3), the other kommunar's "
                "duties, the årsrapport and the money rules being none; plan reportlab "
                "(Liberation Sans 10, running head, 'Side n av m'), two tables, headings in "
                "other words, past tense, a deferral, shared words", points=g)


# =========================================================================== 3 medborgarbudget (sv)
@pair
def medborgarbudget(d: Path) -> dict:
    rows = [
        ("1", "Belysning längs gångvägen mellan skolan och badplatsen", "412", "650 000", True),
        ("2", "Utegym vid Lillsunds IP", "388", "480 000", True),
        ("3", "Pumptrack för cykel och inlines bakom fritidsgården", "301", "520 000", True),
        ("4", "Flytbrygga för bad vid Lillsundsviken som går att använda med rullstol", "266",
         "340 000", True),
        ("5", "Konstgräsplan för femmannafotboll", "240", "1 100 000", False),
        ("6", "Ängsmark och insektshotell i Prästhagen", "198", "60 000", False),
        ("7", "Fler gatlyktor på Sjövägen", "154", "300 000", False),
        ("8", "Boulebana vid servicehuset", "131", "90 000", False),
        ("9", "Grillplats vid Lillsundsviken", "96", "70 000", False),
    ]
    s1 = ("Planen ska visa när varje förslag blir klart och vem som ska sköta det när det är "
          "byggt.")
    s2 = ("Innan planen är klar bjuder vi in dem som lämnade förslagen till ett möte, så att de "
          "kan vara med och bestämma detaljerna.")
    s3 = "Allt ska vara klart till midsommar 2056."
    css = (
        "@page{size:A4;margin:13mm 15mm 15mm 15mm;@bottom-left{content:'"
        + DROP["medborgarbudget"][0] + "';font:7pt 'Liberation Sans',sans-serif;color:#777}"
        "@bottom-right{content:'Sida ' counter(page) ' av ' counter(pages);font:7pt "
        "'Liberation Sans',sans-serif;color:#777}}*{-webkit-print-color-adjust:exact;"
        "print-color-adjust:exact}body{font-family:'Liberation Sans',sans-serif;font-size:"
        "9.6pt;line-height:1.45;color:#1d1d1b}.hdr{display:flex;justify-content:space-between;"
        "align-items:center;border-bottom:3px solid #005a8c;padding-bottom:5px}.hdr b{font-size:"
        "13pt;color:#005a8c}.hdr span{font-size:8pt}.crumb{font-size:7.8pt;color:#555;"
        "margin:5px 0 8px}h1{font-size:18pt;margin:2px 0 4px}.ingress{font-size:11pt;"
        "margin:0 0 8px}.facts{display:flex;gap:8px;margin:6px 0 10px}.facts div{flex:1;"
        "background:#e8f1f7;padding:6px 8px;font-size:8.4pt}.facts b{display:block;font-size:"
        "14pt;color:#005a8c}h2{font-size:12pt;color:#005a8c;margin:12px 0 4px}p{margin:0 0 6px}"
        "table{border-collapse:collapse;width:100%;font-size:8.8pt;margin:4px 0 2px}th{"
        "background:#005a8c;color:#fff;text-align:left;padding:4px 5px}td{border-bottom:1px "
        "solid #c9d6df;padding:4px 5px;vertical-align:top}tr.line td{border-bottom:3px dashed "
        "#c0392b}.ok{color:#1e7b34;font-weight:bold}.no{color:#777}.note{font-size:8pt;"
        "color:#555}.box{border-left:5px solid #005a8c;background:#f4f8fb;padding:6px 11px;"
        "margin:10px 0}.share{font-size:8pt;color:#555;border-top:1px solid #ddd;margin-top:"
        "12px;padding-top:5px}"
    )
    trs = "".join(
        f"<tr class='{'line' if n == '4' else ''}'><td>{n}</td><td>{e(t)}</td><td>{v}</td>"
        f"<td>{k}</td><td class='{'ok' if ok else 'no'}'>"
        f"{'Genomförs' if ok else 'Ryms inte i budgeten'}</td></tr>"
        for n, t, v, k, ok in rows)
    body = (
        "<div class='hdr'><b>Ödmarks kommun</b><span>Kontakt · Lyssna · Språk · Sök</span>"
        "</div><div class='crumb'>Start › Kommun och politik › Medborgardialog › "
        "Medborgarbudget › Lillsund 2055</div>"
        "<h1>Så röstade Lillsund</h1>"
        "<p class='ingress'>Under tre veckor i september fick alla som bor i Lillsund och är "
        "minst 12 år rösta om hur två miljoner kronor ska användas i centrum. Nu är rösterna "
        "räknade.</p>"
        "<div class='facts'><div><b>1 214</b>personer röstade</div><div><b>9</b>förslag gick "
        "vidare till omröstning</div><div><b>2 000 000 kr</b>att fördela</div></div>"
        "<h2>Resultat</h2>"
        + paras("Förslagen med flest röster får pengar, i den ordning de kom, så länge pengarna "
                "räcker. Strecket i tabellen visar var pengarna tar slut. Förslagen ovanför "
                "strecket genomförs.")
        + "<table><thead><tr><th>Plats</th><th>Förslag</th><th>Röster</th><th>Kostnad (kr)"
          "</th><th>Beslut</th></tr></thead><tbody>" + trs + "</tbody></table>"
        + "<p class='note'>Kostnaderna är tekniska förvaltningens uppskattningar från augusti "
          "2055. Varje person kunde rösta på tre förslag.</p>"
        + "<div class='box'><h2>Så går vi vidare</h2>"
        + paras("Kommunstyrelsen fastställde resultatet den 14 oktober 2055. Tekniska "
                "förvaltningen tar nu fram en genomförandeplan för de fyra förslagen. " + s1,
                s2 + " " + s3)
        + "</div>"
        + "<h2>Fick ditt förslag inga pengar?</h2>"
        + paras("Förslag som inte fick pengar kan lämnas in igen nästa gång. Nästa "
                "medborgarbudget blir i Västra Ödmark hösten 2057. Förslaget om fler gatlyktor "
                "på Sjövägen har vi skickat vidare till gatuenheten, som tar ställning till det "
                "i sin underhållsplan.")
        + "<h2>Frågor?</h2>"
        + paras("Kontakta medborgardialog@odmark.se eller ring kommunens kontaktcenter.")
        + "<div class='share'>Senast uppdaterad: 15 oktober 2055 · Dela sidan · Skriv ut · "
          "Hittade du det du sökte? Ja / Nej</div>"
    )
    html_pdf(d / "mandate.pdf", lang="sv", title="Så röstade Lillsund – Ödmarks kommun",
             css=css, body=body)

    tidplan = [
        ["Belysning längs gångvägen skolan–badplatsen", "November 2055", "Gatuenheten"],
        ["Utegym vid Lillsunds IP", "Maj 2056", "Fritidsenheten"],
        ["Pumptrack vid Lillsunds IP", "September 2056", "Avgörs senare"],
        ["Flytbrygga vid Lillsundsviken", "Tidigast 2057", "–"],
    ]
    p = [
        ("title", "Genomförandeplan Medborgarbudget Lillsund"),
        ("meta", "Tekniska förvaltningen, Ödmarks kommun · 2 december 2055 · Dnr TF 2055/318"),
        ("h1", "1 Bakgrund"),
        ("p", "Hösten 2055 röstade 1 214 personer om hur två miljoner kronor skulle användas i "
              "Lillsunds centrum. Fyra förslag fick pengar. Den här planen beskriver hur och när "
              "de genomförs. Förslagsställarna har fått ett brev med resultatet, och alla som "
              "lämnade förslag kommer att bjudas in till invigningarna."),
        ("h1", "2 Tidplan och ansvar"),
        ("p", "Tabellen visar när varje förslag beräknas vara klart och vem som tar hand om "
              "det efteråt."),
        ("table", ["Förslag", "Klart", "Sköts av"], tidplan, [7.4, 3.4, 4.6]),
        ("h1", "3 Ljus på vägen till badet"),
        ("p", "Gångvägen mellan Lillsundsskolan och badplatsen får 14 nya stolpar med "
              "LED-armaturer och rörelsesensorer som sänker ljuset när ingen går där. Arbetet "
              "görs av gatuenhetens entreprenör i oktober och november 2055, innan det blir "
              "som mörkast."),
        ("h1", "4 Utegymmet"),
        ("p", "Utegymmet placeras vid löparbanan på Lillsunds IP. Det får sex stationer för "
              "styrka, balans och rörlighet, varav två som går att använda från rullstol. "
              "Underlaget blir gummiasfalt. Markarbetena görs i april och utegymmet öppnar i "
              "maj 2056."),
        ("break",),
        ("h1", "5 Pumptracken"),
        ("p", "Marken bakom fritidsgården visade sig vara förorenad av en gammal "
              "bensinstation, och en sanering skulle kosta mer än hela förslaget. Vi bygger "
              "därför pumptracken vid Lillsunds IP, bredvid utegymmet, där det redan finns "
              "belysning och parkering. Banan blir 450 kvadratmeter asfalt och byggs under "
              "sommaren 2056."),
        ("h1", "6 Bryggan i Lillsundsviken"),
        ("p", "En flytbrygga i Lillsundsviken kräver dispens från strandskyddet. Kommunen har "
              "ansökt om dispens hos länsstyrelsen, och beskedet väntas under våren 2056. "
              "Bryggan kan därför tidigast byggas 2057 och ingår inte i den här planens tidplan. "
              "Pengarna, 340 000 kronor, reserveras."),
        ("h1", "7 Ekonomi"),
        ("p", "De fyra förslagen beräknas kosta 1 990 000 kronor. Om utegymmet och "
              "belysningen blir billigare än beräknat, används pengarna till att göra bryggan "
              "tillgänglig från land."),
        ("h1", "8 Uppföljning"),
        ("p", "Tekniska förvaltningen redovisar arbetet till kommunstyrelsen i juni och december "
              "varje år tills alla förslag är genomförda."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Genomförandeplan Medborgarbudget Lillsund",
             author="Ödmarks kommun", font="Liberation Sans", size=10.5, lang="sv-SE",
             header="Ödmarks kommun · Tekniska förvaltningen", footer="Sida {PAGE} av {NUMPAGES}",
             accent="005A8C", head_fill="D9E8F2")
    g = [
        P("1", rows[0][1], "content", "covered", ev="Gångvägen mellan Lillsundsskolan",
          trap="a proposal ABOVE THE LINE in the vote table of a MEDBORGARBUDGET RESULT PAGE "
               "('Genomförs'); answered under a heading in other words ('Ljus på vägen till "
               "badet')"),
        P("2", rows[1][1], "content", "covered", ev="Utegymmet placeras vid löparbanan"),
        P("3", rows[2][1], "content", "partial", ev="Marken bakom fritidsgården visade sig",
          missing=["platsen bakom fritidsgården som invånarna röstade på (banan flyttas till "
                   "idrottsplatsen)"],
          trap="the pumptrack is built, but not where the proposal put it, for a reason given"),
        P("4", rows[3][1], "content", "uncovered",
          trap="put off: the brygga waits for strandskyddsdispens and 'ingår inte i den här "
               "planens tidplan'; money reserved is no answer"),
        P("S1", s1, "content", "partial", ev="Tabellen visar när varje förslag",
          missing=["vem som ska sköta pumptracken ('Avgörs senare') och bryggan"],
          trap="a sentence in the 'Så går vi vidare' box; the table gives a date for every "
               "proposal and a keeper for two"),
        P("S2", s2, "process", "uncovered",
          trap="SHARED WORDS: the proposers got a letter and 'kommer att bjudas in till "
               "invigningarna' — no meeting before the plan was finished"),
        P("S3", s3, "process", "uncovered",
          trap="CONTRADICTED by the plan's own dates: the pumptrack in September 2056, the "
               "brygga 2057 at the earliest. Not points: the proposals below the line (5–9, "
               "'Ryms inte i budgeten'), the gatlyktor passed on to the gatuenhet, the next "
               "medborgarbudget, the voting rules and cost note, 'Frågor?'"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["medborgarbudget"],
                producer="a MEDBORGARBUDGET RESULT PAGE of the kommun's web site printed with "
                "Chromium (Liberation Sans 9.6, the site header, crumbs, fact boxes, a vote "
                "table with a dashed budget line and 'Genomförs' / 'Ryms inte i budgeten', a "
                "'Så går vi vidare' box, 'Sida n av m'): the four proposals above the line (1–4, "
                "numbered by their place) and three sentences of the box (S1–S3), the "
                "proposals below the line and the one passed on being none; plan python-docx → "
                "LibreOffice (Liberation Sans 10.5, sv-SE, 'Sida n av m'), a tidplan table, "
                "headings in other words, a moved site, a deferral, shared words, a "
                "contradicted deadline", points=g)


# =========================================================================== 4 trampestier (da)
def _portal_pdf(pdf: Path, blocks: list[tuple]) -> Path:
    """The fund portal's PDF copy of a submitted application: reportlab, Helvetica, a grey
    band with the fund's name and the application number, field labels in small caps-like
    bold grey, answers below; 'Side n af m'."""
    return rl_pdf(pdf, blocks, title="Ansøgning 55-0213 – Trampestier i Sønderlyng",
                  author="Hesselholt Fonden", family="Helvetica", size=9.5,
                  head_left=DROP["trampestier"][0], head_right="Udskrevet 2. maj 2055",
                  foot=lambda n, t: f"Side {n} af {t}", accent="#5B4A2F", head_fill="#EEE8DC")


@pair
def trampestier(d: Path) -> dict:
    akt = [
        "indgå aftaler med lodsejerne om mindst 40 km nye trampestier i den nordlige del af "
        "kommunen",
        "afmærke stierne med pæle og lave et samlet kort over stinettet",
        "anlægge tre små p-pladser ved stiernes startpunkter",
        "inddrage grundejerforeningerne og Engelsø Borgerforening, inden ruterne lægges fast",
        "beskrive, hvem der skal vedligeholde stierne, når projektperioden er slut",
    ]
    s1 = ("Planen vil også vise, hvilke stier der kan bruges af kørestolsbrugere og familier "
          "med barnevogn.")
    s3 = ("Vi sætter automatiske tællere op på to af stierne, så vi kan se, hvor mange der "
          "bruger dem.")
    tid = ["Trampestiplanen vedtages af byrådet", "Senest december 2055"]
    m = [
        ("title", "Trampestier i Sønderlyng"),
        ("meta", "Ansøgning nr. 55-0213 · Pulje: Natur og friluftsliv 2055 · Indsendt 14. "
                 "februar 2055 kl. 13.42 · Status: Bevilget"),
        ("form", [["Ansøger", "Sønderlyng Kommune, Natur og Miljø"],
                  ["CVR", "55 21 90 13"],
                  ["Kontaktperson", "Ditte Holmager, landskabsarkitekt"],
                  ["Ansøgt beløb", "450.000 kr."],
                  ["Samlet budget", "780.000 kr."],
                  ["Projektperiode", "1. april 2055 – 31. december 2057"]], [42, 128]),
        ("h2", "1. Beskriv kort projektet (højst 1.000 tegn)"),
        ("p", "I den nordlige del af Sønderlyng er der mange marker og skove, men næsten ingen "
              "stier, man må gå på. Med trampestier – smalle stier, der slås langs markskel og "
              "skovkanter efter aftale med lodsejeren – kan vi åbne landskabet for borgerne "
              "uden at købe jord. Projektet samles i en trampestiplan for kommunen."),
        ("h2", "2. Hvilke aktiviteter indgår i projektet?"),
        ("p", "I projektet vil vi:"),
        *[("typed", f"{i}. ", t, 5, 3) for i, t in enumerate(akt, 1)],
        ("h2", "3. Hvilke resultater forventer I?"),
        ("p", "Vi forventer, at flere borgere kommer ud i naturen tæt på, hvor de bor, og at "
              "stierne bliver brugt hele året. " + s1 + " " + s3 + " Vi håber, at projektet "
              "kan inspirere nabokommunerne."),
        ("h2", "4. Tidsplan"),
        ("table", ["Aktivitet", "Periode"],
         [["Forhandling med lodsejere", "April 2055 – januar 2056"],
          ["Vandringer med foreninger", "Maj–juni 2055"],
          tid,
          ["Afmærkning og slåning", "Foråret 2056"],
          ["Indvielse", "Maj 2056"]], [95, 75]),
        ("h2", "5. Budget"),
        ("table", ["Post", "Beløb (kr.)"],
         [["Lodsejererstatninger (3 år)", "240.000"], ["Pæle, skilte og kort", "150.000"],
          ["P-pladser", "210.000"], ["Slåning (3 år)", "120.000"], ["Tællere", "60.000"],
          ["I alt", "780.000"]], [95, 75]),
        ("p", "Kommunen finansierer 330.000 kr. af egne midler. Lodsejererstatninger betales "
              "som 2 kr. pr. løbende meter om året."),
        ("h2", "6. Synlighed"),
        ("p", "Fonden skal nævnes på skilte ved stiernes startpunkter og i al omtale af "
              "projektet. Vi bruger fondens logo efter fondens retningslinjer."),
        ("h2", "Fondens afgørelse (udfyldes af fonden)"),
        ("form", [["Afgørelse", "Bevilget 380.000 kr. den 24. april 2055"],
                  ["Bemærkning", "Bevillingen omfatter aktivitet 1, 2, 4 og 5. Aktivitet 3 "
                                 "(p-pladser) udgår af projektet efter aftale med ansøger. "
                                 "Projektet gennemføres i øvrigt som beskrevet i "
                                 "ansøgningen."],
                  ["Sagsbehandler", "Jens Vinterlund"]], [42, 128]),
    ]
    _portal_pdf(d / "mandate.pdf", m)

    css = (
        "@page{size:A4;margin:14mm 16mm 16mm 16mm;@bottom-center{content:'sonderlyng.dk/"
        "trampestier · side ' counter(page) ' af ' counter(pages);font:7.5pt 'DejaVu Serif',"
        "serif;color:#666}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font-family:'DejaVu Serif',serif;font-size:9.6pt;line-height:1.5;color:#222}"
        ".mast{border-bottom:1px solid #6b8e23;padding-bottom:4px;font-family:'DejaVu Sans',"
        "sans-serif;font-size:8pt;color:#4a6b12;display:flex;justify-content:space-between}"
        "h1{font-family:'DejaVu Sans',sans-serif;font-size:19pt;margin:10px 0 2px;color:#3d5a0f}"
        ".sub{font-family:'DejaVu Sans',sans-serif;font-size:8.6pt;color:#555;margin-bottom:"
        "9px}h2{font-family:'DejaVu Sans',sans-serif;font-size:11.5pt;color:#3d5a0f;margin:"
        "13px 0 4px}p{margin:0 0 6px}table{border-collapse:collapse;width:100%;font-family:"
        "'DejaVu Sans',sans-serif;font-size:8.3pt;margin:4px 0 8px}th{background:#e4ecd6;"
        "text-align:left;padding:3px 5px;border:1px solid #b9c8a0}td{padding:3px 5px;border:"
        "1px solid #cfd9bf;vertical-align:top}.fact{float:right;width:36%;margin:0 0 8px 12px;"
        "background:#f2f5ea;border:1px solid #cfd9bf;padding:6px 9px;font-family:'DejaVu "
        "Sans',sans-serif;font-size:8.2pt}.fact b{display:block;color:#3d5a0f}"
        ".brk{break-before:page}"
    )
    ruter = [
        ["Engelsø Strandsti", "6,5", "Grus, fast", "Ja", "Ja"],
        ["Hølkenhede Skovsti", "8,0", "Græs", "Nej", "Nej"],
        ["Kirkevang–Engelsø", "4,5", "Græs, markskel", "Nej", "Nej"],
        ["Bøgeskrænten", "3,0", "Grus, fast", "Ja", "Nej (stigning 9 %)"],
        ["Mosestien ved Lyngdal", "5,5", "Græs, spang", "Nej", "Nej"],
        ["Åløbet", "3,5", "Græs", "Nej", "Nej"],
    ]
    body = (
        "<div class='mast'><span>Sønderlyng Kommune</span><span>Natur, miljø og friluftsliv"
        "</span></div>"
        "<h1>Trampestiplan 2056–2058</h1>"
        "<div class='sub'>Vedtaget af byrådet 16. december 2055 · Natur og Miljø</div>"
        "<div class='fact'><b>Kort fortalt</b>31 km trampestier på seks ruter · 14 "
        "lodsejere · støttet af Hesselholt Fonden</div>"
        + "<h2>Hvorfor trampestier?</h2>"
        + paras("Den nordlige del af Sønderlyng har meget landbrugsjord og skov, men få steder, "
                "hvor man må gå uden for vejene. Trampestier er smalle stier, som lodsejeren "
                "lader borgerne bruge mod en lille erstatning. Denne plan samler de aftaler, vi "
                "har indgået, og beskriver, hvordan stierne skal fungere.")
        + "<h2>Ruterne</h2>"
        + paras("Pr. 1. december 2055 har 14 lodsejere skrevet under på aftaler om i alt 31 "
                "km trampesti fordelt på seks ruter. Vi forhandler stadig med fire lodsejere "
                "om yderligere 12 km ved Hølkenhede og Lyngdal, men det er usikkert, om vi når "
                "til enighed.")
        + table_html(["Rute", "Km", "Underlag", "Barnevogn", "Kørestol"], ruter)
        + paras("To ruter har fast grusunderlag og kan bruges med barnevogn. Ruterne ligger på "
                "privat jord, og der er ikke mulighed for at lægge fast belægning på resten.")
        + "<h2>Sådan fandt vi ruterne</h2>"
        + paras("I maj og juni 2055 gik vi tre vandringer i området sammen med Engelsø "
                "Borgerforening og de fire grundejerforeninger. Deltagerne pegede på steder, de "
                "gerne ville kunne gå, og på steder, hvor stien ville genere. Ruterne ved "
                "Kirkevang og Åløbet blev lagt om efter vandringerne.")
        + "<h2 class='brk'>Sådan finder du vej</h2>"
        + paras("Alle ruter afmærkes med lave træpæle med gul top for hver 150 meter og ved "
                "alle sving. Ved startpunkterne står et skilt med kort over hele stinettet. "
                "Kortet findes også som folder på biblioteket og på sonderlyng.dk/trampestier.")
        + "<h2>Drift og vedligehold</h2>"
        + paras("I projektperioden slår kommunens naturmedarbejdere stierne tre gange om året "
                "og holder pælene ved lige. Hvem der skal stå for vedligeholdet efter 2057, "
                "aftaler vi med lodsejerne i projektets sidste år.")
        + "<h2>Hvor mange går på stierne?</h2>"
        + paras("Vi vil gerne vide, om stierne bliver brugt. Brugen af stierne indgår i "
                "evalueringen af projektet i 2058, hvor vi også spørger lodsejerne om deres "
                "erfaringer.")
        + "<h2>Regler på stierne</h2>"
        + paras("Man må gå og løbe på trampestierne, men ikke cykle eller ride. Hunde skal "
                "holdes i snor hele året. Stierne kan lukkes i kortere perioder, fx ved jagt "
                "eller sprøjtning; det skiltes ved startpunktet.")
    )
    html_pdf(d / "plan.pdf", lang="da", title="Trampestiplan 2056–2058 – Sønderlyng Kommune",
             css=css, body=body)
    g = [
        P("1", akt[0], "content", "partial", ev="Pr. 1. december 2055 har 14 lodsejere",
          missing=["de sidste 9 km op til 40 km (31 km aftalt; forhandlinger om 12 km mere med "
                   "usikkert udfald)"],
          trap="a numbered activity of a GRANT APPLICATION printed from the fund's portal, "
               "kept by the fund's decision; the plan reaches 31 of at least 40 km"),
        P("2", akt[1], "content", "covered", ev="Alle ruter afmærkes med lave træpæle",
          trap="answered under a heading that shares no word with the point ('Sådan finder du "
               "vej'): posts and a map of the whole network"),
        P("4", akt[3], "process", "covered", ev="I maj og juni 2055 gik vi tre vandringer",
          trap="past tense under 'Sådan fandt vi ruterne': walks with the borgerforening and "
               "the grundejerforeninger, two routes moved. Activity 3 (p-pladser) is no point: "
               "the fund's decision strikes it 'efter aftale med ansøger'"),
        P("5", akt[4], "content", "uncovered",
          trap="SHARED WORDS under 'Drift og vedligehold': mowing by the kommune during the "
               "project; who maintains after the project is exactly what is put off"),
        P("S1", s1, "content", "partial", ev="To ruter har fast grusunderlag",
          missing=["stier for kørestolsbrugere (tabellen viser én rute, og teksten nævner kun "
                   "barnevogne)"],
          trap="a sentence in the answer to 'Hvilke resultater forventer I?'; the table has a "
               "Kørestol column, but the plan does not say which routes suit wheelchairs in "
               "words and gives one; a reader could say covered by the table"),
        P("S2", "; ".join(tid), "process", "covered", ev="Vedtaget af byrådet 16. december",
          trap="a ROW of the application's tidsplan table (activity; period); the plan's sub "
               "line: adopted 16 December 2055, within 'senest december 2055'"),
        P("S3", s3, "content", "uncovered",
          trap="put off to the 2058 evaluation under a heading that asks the question ('Hvor "
               "mange går på stierne?'); no counters. Not points: the project description, "
               "the other tidsplan rows (project work, not the plan), the budget, the "
               "kommune's own financing, the fund's publicity demand in '6. Synlighed', "
               "'Vi håber …', the fund's decision box itself"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["trampestier"],
                producer="a GRANT APPLICATION printed from the fund's portal with the fund's "
                "decision (reportlab, Helvetica 9.5, a head line with the application number, "
                "'Side n af m'): a field form, the portal's questions as headings with the "
                "kommune's answers, activities typed 1.–5. (3 struck by the fund's decision), "
                "two sentences of the results answer (S1, S3), a tidsplan table whose "
                "adoption row is S2, budget and publicity (none), the fund's decision form; "
                "plan the kommune's web page printed with Chromium (DejaVu Serif 9.6, a fact "
                "box, a route table), headings in other words, past tense, two deferrals, "
                "shared words, a timely adoption", points=g)


# =========================================================================== 5 ada-transition (en)
@pair
def ada_transition(d: Path) -> dict:
    p14 = ("The City will complete its Transition Plan and submit it to the United States "
           "within 180 days of the Effective Date.")
    p15 = [
        ("a", "list each physical barrier identified in the surveys of the facilities in "
              "Attachment A"),
        ("b", "describe in detail the method the City will use to remove each barrier"),
        ("c", "name the official responsible for the removal of each barrier"),
        ("d", "give a schedule for removing each barrier, with all barriers removed within "
              "three years of the Effective Date"),
    ]
    p16 = ("The Transition Plan will also address the City's parks, including an accessible "
           "route from the parking area to each playground and picnic shelter.")
    p17 = ("In preparing the Transition Plan, the City will seek comments from individuals with "
           "disabilities and from organizations that represent them, and will keep a record of "
           "the comments received.")
    p18 = "The City will post the Transition Plan on its website in an accessible format."
    m = [
        ("bold", "SETTLEMENT AGREEMENT BETWEEN THE UNITED STATES OF AMERICA AND THE CITY OF "
                 "PINE HOLLOW UNDER THE AMERICANS WITH DISABILITIES ACT"),
        ("meta", "DJ No. 204-61-219"),
        ("bold", "BACKGROUND"),
        ("typed", "1.", "The parties to this Settlement Agreement (Agreement) are the United "
                        "States of America and the City of Pine Hollow (City).", 0.9, 0.0),
        ("typed", "2.", "This matter was initiated by a compliance review of the City under "
                        "title II of the Americans with Disabilities Act (ADA) conducted by the "
                        "Civil Rights Division of the United States Department of Justice. The "
                        "review examined City Hall, the public library, the senior center, the "
                        "municipal pool, the police station and the City's parks.", 0.9, 0.0),
        ("typed", "3.", "The Department found physical barriers in each of these facilities. "
                        "The City has cooperated fully with the review and has already made "
                        "some changes, including accessible parking at City Hall.", 0.9, 0.0),
        ("bold", "JURISDICTION"),
        ("typed", "4.", "The Attorney General is authorized to bring a civil action to enforce "
                        "title II of the ADA if the parties cannot reach a voluntary "
                        "resolution.", 0.9, 0.0),
        ("typed", "5.", "The parties agree that it is in their best interests, and the United "
                        "States believes it is in the public interest, to resolve this matter "
                        "without litigation.", 0.9, 0.0),
        ("bold", "DEFINITIONS"),
        ("typed", "6.", "“Effective Date” means the date of the last signature below.", 0.9, 0.0),
        ("typed", "7.", "“Transition Plan” means the City's plan for removing the physical "
                        "barriers to access in its facilities, as required by 28 C.F.R. "
                        "35.150(d).", 0.9, 0.0),
        ("bold", "ACTIONS TO BE TAKEN BY THE CITY"),
        ("typed", "8.", "General Obligations. The City will not exclude individuals with "
                        "disabilities from participation in or deny them the benefits of its "
                        "programs, services and activities.", 0.9, 0.0),
        ("typed", "9.", "ADA Coordinator. Within 30 days of the Effective Date, the City will "
                        "designate an employee as ADA Coordinator and publish the Coordinator's "
                        "name and telephone number.", 0.9, 0.0),
        ("typed", "10.", "Grievance Procedure. Within 60 days of the Effective Date, the City "
                         "will adopt and publish a grievance procedure for complaints under the "
                         "ADA.", 0.9, 0.0),
        ("typed", "11.", "Training. Within six months of the Effective Date, the City will train "
                         "all employees who answer telephone calls from the public in the use of "
                         "the telecommunications relay service.", 0.9, 0.0),
        ("typed", "12.", "Emergency Shelters. The City will survey the two emergency shelters "
                         "it operates and report the results to the United States within one "
                         "year of the Effective Date.", 0.9, 0.0),
        ("typed", "13.", "Transition Plan. The City has not adopted a Transition Plan since the "
                         "ADA took effect.", 0.9, 0.0),
        ("typed", "14.", p14, 0.9, 0.0),
        ("typed", "15.", "The Transition Plan will:", 0.9, 0.0),
        *[("typed", f"{k}.", t + (";" if k in "abc" else "."), 0.7, 0.9) for k, t in p15],
        ("typed", "16.", p16, 0.9, 0.0),
        ("typed", "17.", p17, 0.9, 0.0),
        ("typed", "18.", p18, 0.9, 0.0),
        ("typed", "19.", "Reporting. The City will send the United States a report on its "
                         "progress every six months during the term of this Agreement.", 0.9,
         0.0),
        ("bold", "IMPLEMENTATION AND ENFORCEMENT"),
        ("typed", "20.", "The United States will review the Transition Plan and may ask the "
                         "City to revise it. The United States may review compliance with this "
                         "Agreement at any time.", 0.9, 0.0),
        ("typed", "21.", "If the United States believes that the City has failed to comply with "
                         "this Agreement, it will notify the City in writing, and the parties "
                         "will attempt to resolve the matter in good faith within 30 days.",
         0.9, 0.0),
        ("typed", "22.", "This Agreement will remain in effect for four years from the "
                         "Effective Date.", 0.9, 0.0),
        ("p", "For the City: Margaret Whitcomb, Mayor, City of Pine Hollow. Date: March 3, 2055."),
        ("p", "For the United States: Rafael Ortega, Trial Attorney, Disability Rights Section, "
              "Civil Rights Division. Date: February 24, 2055."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Settlement Agreement – City of Pine Hollow",
             author="U.S. Department of Justice", font="Liberation Serif", size=11.5,
             lang="en-US", header=DROP["ada-transition"][0], footer="{PAGE}",
             accent="000000", head_fill="EEEEEE")

    barriers = [
        ["City Hall", "Counter at the permit desk 42 in. high", "Lower a 36 in. section",
         "Facilities Manager", "2056"],
        ["City Hall", "Council chamber dais has no ramp", "Install ramp and handrail",
         "Facilities Manager", "2057"],
        ["Library", "Restroom doors need 9 lbf to open", "Automatic door openers",
         "Library Director", "2056"],
        ["Library", "Stacks aisles 30 in. wide", "Re-space shelving to 36 in.",
         "Library Director", "2056"],
        ["Senior Center", "No accessible parking space with van aisle", "Restripe lot, add "
         "signage", "Public Works Director", "2055"],
        ["Senior Center", "Kitchen sink has no knee clearance", "Replace cabinet", "Facilities "
         "Manager", "2057"],
        ["Police Station", "Lobby window 48 in. high", "Add a lowered window", "Police Chief",
         "2056"],
        ["Municipal Pool", "No pool lift or sloped entry", "Install pool lift", "", "2059"],
        ["Municipal Pool", "Locker rooms: no accessible shower", "Rebuild with new pool "
         "building", "", "2059"],
    ]
    p = [
        ("title", "ADA Transition Plan"),
        ("meta", "City of Pine Hollow · Public Works and Facilities · Submitted to the U.S. "
                 "Department of Justice on August 22, 2055"),
        ("h1", "1. Introduction"),
        ("p", "This Transition Plan sets out how the City of Pine Hollow will remove the "
              "physical barriers that keep people with disabilities from using City buildings. "
              "It was prepared under the Settlement Agreement between the City and the United "
              "States Department of Justice signed in March 2055."),
        ("h1", "2. What we heard"),
        ("p", "Before writing the plan, the City held two listening sessions in May 2055, one "
              "at the Senior Center and one online, and invited comments by mail and e-mail. "
              "The Pine Hollow Center for Independent Living and the local chapter of the "
              "council of the blind helped us invite people. We received 41 comments. "
              "Appendix B lists each comment and the City's response."),
        ("h1", "3. Barriers and how we will remove them"),
        ("p", "An architect surveyed each facility in April 2055 against the 2010 ADA Standards. "
              "The table lists every barrier found, how it will be removed, who is responsible "
              "and the year of completion. The full survey reports are on file with the "
              "Facilities Manager."),
        ("table", ["Facility", "Barrier", "Method of removal", "Responsible", "Year"],
         barriers, [2.6, 4.6, 4.0, 2.8, 1.2]),
        ("p", "The pool barriers will be removed when the Municipal Pool is rebuilt. The rebuild "
              "depends on a bond measure planned for 2057, and construction would finish in "
              "2059. Until then, the City will offer free entry to the accessible pool at Cedar "
              "Lake Recreation District."),
        ("break",),
        ("h1", "4. Parks"),
        ("p", "Pine Hollow has eleven parks with playgrounds and picnic shelters. Most were "
              "built before 1990. Parks are managed under the Parks Master Plan, which will be "
              "updated in 2056; the parks will be surveyed as part of that update."),
        ("h1", "5. Who is responsible"),
        ("p", "The ADA Coordinator, Daniel Quincy in the City Manager's Office, oversees this "
              "plan and reports progress to the City Council twice a year. Each department "
              "director named in the table is responsible for the barriers in their "
              "facility."),
        ("h1", "6. Availability of this plan"),
        ("p", "Printed copies of this plan are available at the City Clerk's counter, and large "
              "print or Braille copies can be ordered from the ADA Coordinator. The plan will be "
              "posted on the City's website when the new website launches in 2056."),
        ("h1", "Appendix B. Comments received"),
        ("table", ["No.", "Comment (summary)", "City response"],
         [["1", "Permit counter too high to sign forms", "Lowered section, 2056"],
          ["2", "Pool has no way in for wheelchair users", "Pool lift with the new pool; free "
           "entry at Cedar Lake until then"],
          ["3", "Playground at Riverside Park has only wood chips", "Parks survey 2056"],
          ["4", "Council meetings should be captioned", "Captioning started July 2055"],
          ["…", "Comments 5–41 follow the same format", ""]], [1.2, 7.2, 6.8]),
    ]
    docx_pdf(d / "plan.pdf", p, title="ADA Transition Plan – City of Pine Hollow",
             author="City of Pine Hollow", font="Liberation Sans", size=10, lang="en-US",
             header="City of Pine Hollow · ADA Transition Plan", footer="Page {PAGE} of "
             "{NUMPAGES}", accent="1F4E79", head_fill="DDE7F1")
    g = [
        P("14", p14, "process", "covered", ev="City of Pine Hollow · Public Works",
          trap="a numbered paragraph of an ADA SETTLEMENT AGREEMENT with the Department of "
               "Justice; the Effective Date is the last signature (March 3, 2055), so the plan "
               "was due by August 30; the meta line: submitted August 22, 2055"),
        P("15a", p15[0][1], "content", "covered", ev="An architect surveyed each facility",
          trap="a lettered item under 15 ('The Transition Plan will:'); the barrier table"),
        P("15b", p15[1][1], "content", "covered", ev="An architect surveyed each facility",
          trap="the table's 'Method of removal' column"),
        P("15c", p15[2][1], "content", "partial", ev="An architect surveyed each facility",
          missing=["a responsible official for the two barriers at the Municipal Pool (cells "
                   "empty)"],
          trap="the 'Responsible' column is filled except for the pool rows, which are EMPTY"),
        P("15d", p15[3][1], "content", "partial", ev="An architect surveyed each facility",
          missing=["removal of the pool barriers within three years (scheduled for 2059, after "
                   "March 2058, and dependent on a bond measure)"],
          trap="a year for every barrier, but two fall outside the three years; the free entry "
               "elsewhere is no removal"),
        P("16", p16, "content", "uncovered",
          trap="SHARED WORDS under 'Parks': eleven parks with playgrounds and picnic shelters; "
               "the accessible routes are put off to a 2056 survey. Appendix B's 'Parks survey "
               "2056' says the same"),
        P("17", p17, "process", "covered", ev="Before writing the plan, the City held",
          trap="answered under a heading in other words ('What we heard'): two sessions, two "
               "organizations, 41 comments recorded in Appendix B"),
        P("18", p18, "process", "uncovered",
          trap="put off until a new website in 2056; printed, large-print and Braille copies "
               "are no website. Not points: paragraphs 1–7 (background, jurisdiction, "
               "definitions), 8–12 (the City's other duties: coordinator, grievance procedure, "
               "training, shelters), 13 (a finding), 19 (progress reports), 20–22 (the United "
               "States' review, enforcement, term), the signatures"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["ada-transition"],
                producer="an ADA SETTLEMENT AGREEMENT between the United States and a city "
                "(python-docx → LibreOffice, Liberation Serif 11.5, en-US, running header, page "
                "number): centred title lines, Background, Jurisdiction, Definitions, Actions "
                "to be taken by the City with paragraphs typed '1.'–'22.' + tab, the Transition "
                "Plan paragraphs 14, 15 a.–d., 16–18 as points, the City's other duties, the "
                "United States' review and enforcement being none, two signatures with dates "
                "fixing the Effective Date; plan python-docx → LibreOffice (Liberation Sans 10, "
                "'Page n of m'), a barrier table with empty owner cells and an appendix table, "
                "headings in other words, past tense, two deferrals, shared words, a timely "
                "submission", points=g)


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


BUILDER = "corpora/mandates-blind54/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
