"""Build the twenty-sixth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar26` without reading plancheck's code, tests or bench, and without
running it. Parents and children in forms the earlier batches did not use:

- Skorvedal (nn): a samfunnsdel (python-docx → LibreOffice) whose 'Satsingsområde n' chapters
  each hold 'Dette vil vi' (numbered goals 1.1 …) AND 'Slik gjer vi det' (the parent's own
  strategies, no goals); the child, a handlingsdel (reportlab), has a tiltak table whose column
  'Mål nr.' holds only goal numbers ('2.2, 1.1').
- Lysfjord → Brattegg (nb): a FYLKESPLAN (Chromium) with 'Delmål n.n' cards under
  innsatsområde bars; the child, a kommuneplanens samfunnsdel (python-docx → LibreOffice), ends
  with a ✓ matrix 'Sammenheng med fylkesplanen': the regional delmål as COLUMNS, the child's
  own goals as ROWS.
- Kettlewick (en): a district Corporate Plan (reportlab) with lettered 'Priority A' … 'Priority
  E'; the child, a Housing and Environmental Services Service Plan (Chromium), has a column 'Corporate
  priority' holding only letters.
- Skovbølle (da): a digital kommuneplan's HOVEDSTRUKTUR (Chromium) whose 'Mål' boxes hold
  sentences after bold TITLES ('Grønt i gåafstand: …'), beside numbered 'Retningslinje n' rules;
  the child, a handleplan for natur og friluftsliv (python-docx → LibreOffice, a Danish
  footer), names the goals BY TITLE in 'Understøtter mål: …' lines.
- Ljusnäs (sv): an översiktsplan (reportlab) with numbered sections 4.1–4.5, each with a bold
  'Ställningstaganden' line over bullets; the child, a genomförandeplan kept as a SPREADSHEET
  (batch 11's odfpy `Ods` → LibreOffice Calc), cites only the ÖP SECTION ('4.2').

    python corpora/parents-blind26/make_pairs.py                  # all pairs
    python corpora/parents-blind26/make_pairs.py skorvedal-handlingsdel
    python corpora/parents-blind26/make_pairs.py --verify         # re-read the PDFs only

Imports the twenty-fifth batch's builder (corpora/parents-blind25/make_pairs.py: through it
batch 23's, 21's, 20's and earlier writers: `_rl`, `G`, `C`, the Chromium print, `_page`,
`build_pdf`) and batch 11's spreadsheet writer (corpora/scripts/make_blind_corpus11.py `Ods`),
and runs batch 14's `main` (gold writer and checks) on this folder's pairs. `--verify` is batch
20's, pointed at this folder.
"""

from __future__ import annotations

import html as _html
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import blindkit as bk  # noqa: E402
import pairkit as pk  # noqa: E402

_p25 = pk.load_module("parents_blind25_make_pairs", HERE.parent / "parents-blind25" / "make_pairs.py")
_p20 = _p25._p20
_p14 = _p25._p14
G, C = _p25.G, _p25.C
_chromium, _page, _rl = _p25._chromium, _p25._page, _p25._rl
build_pdf = _p25.build_pdf
_m11 = pk.load_module("make_blind_corpus11", HERE.parent / "scripts" / "make_blind_corpus11.py")

PAIRS, pair = pk.pair_registry()
e = _html.escape


def _build_pdf_footer(blocks, pdf: Path, footer_left: str, **kw) -> Path:
    """`build_pdf` (python-docx → LibreOffice) with a footer 'FOOTER_LEFT … n' instead of the
    Norwegian 'Side n av m' (for a Danish or Swedish Word document)."""
    glb = build_pdf.__globals__
    orig = glb["setup_header_footer"]

    def hf(section, text, **k):
        orig(section, text, footer="page", footer_left=footer_left)

    glb["setup_header_footer"] = hf
    try:
        return build_pdf(blocks, pdf, **kw)
    finally:
        glb["setup_header_footer"] = orig


# =========================================================================== 1 Skorvedal (nn)


@pair
def skorvedal_handlingsdel(d: Path) -> dict:
    g = {
        "1.1": "Alle barn og unge har ein trygg skulekvardag utan mobbing.",
        "1.2": "Barn og unge har eit variert fritidstilbod nær heimen.",
        "2.1": "Skorvedal har nok bustader for både unge og eldre i alle bygdene.",
        "2.2": "Det er trygt å gå og sykle i og mellom bygdene.",
        "2.3": "Eldre kan leve aktive liv og bu heime lenge.",
        "3.1": "Skorvedal har 150 fleire arbeidsplassar i 2050 enn i 2038.",
        "3.2": "Kommunen si eiga drift er utsleppsfri innan 2045.",
        "3.3": "Havbruk og reiseliv veks utan å skade fjorden.",
    }
    areas = [
        ("Satsingsområde 1: Gode oppvekstvilkår",
         "Skorvedal har 620 barn og unge under 18 år. Elevundersøkinga viser at fleire enn "
         "før opplever mobbing, og mange unge reiser til byen for å trene eller spele.",
         ["1.1", "1.2"],
         ["Vi styrkjer samarbeidet mellom skule, helsesjukepleiar og foreldre.",
          "Vi opnar skuleplassane for leik og aktivitet etter skuletid.",
          "Vi støttar frivillige lag som driv aktivitetar for barn og unge."]),
        ("Satsingsområde 2: Bu og leve i heile kommunen",
         "Det er få utleigebustader i bygdene, og talet på innbyggjarar over 80 år blir dobla "
         "fram mot 2050. Fylkesvegane manglar gang- og sykkelveg.",
         ["2.1", "2.2", "2.3"],
         ["Vi legg til rette for leilegheiter i bygdesentra.",
          "Vi byggjer gang- og sykkelvegar langs fylkesvegane saman med fylkeskommunen.",
          "Vi tek i bruk velferdsteknologi og samarbeider med frivillige."]),
        ("Satsingsområde 3: Næring, fjord og klima",
         "Havbruk, reiseliv og landbruk er dei største næringane. Fjorden er grunnlaget for "
         "mange av arbeidsplassane.",
         ["3.1", "3.2", "3.3"],
         ["Vi har næringsareal klare for nye verksemder.",
          "Vi stiller klimakrav når kommunen kjøper inn varer og tenester.",
          "Vi samarbeider med nabokommunane om kystsoneplanen."]),
    ]
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2038–2050"),
        ("meta", "Skorvedal kommune · Vedteken av kommunestyret 23. september 2038, sak 71/38"),
        ("h1", "Innleiing"),
        ("p", "Samfunnsdelen har tre satsingsområde. Under «Dette vil vi» står måla våre med "
         "nummer. Under «Slik gjer vi det» står strategiane, det vil seie korleis kommunen skal "
         "arbeide for å nå måla. Tiltaka kjem i handlingsdelen."),
    ]
    for head, bg, ids, strat in areas:
        parent += [("h1", head), ("p", bg), ("h2", "Dette vil vi")]
        parent += [("typed", x, g[x], "  ", 10) for x in ids]
        parent += [("h2", "Slik gjer vi det"), ("bullets", strat)]
    parent += [
        ("h1", "Oppfølging"),
        ("p", "Handlingsdelen blir rullert kvart år saman med økonomiplanen. Tiltaka der viser "
         "kva mål dei høyrer til."),
    ]
    build_pdf(parent, d / "parent.pdf", title="Kommuneplanens samfunnsdel 2038–2050",
              author="Skorvedal kommune",
              header="Skorvedal kommune – Kommuneplanens samfunnsdel 2038–2050", lang="nn-NO")

    t = {
        "t1": "Program mot mobbing på alle skulane, med opplæring av alle tilsette",
        "t2": "Miljøterapeut ved ungdomsskulen",
        "t3": "Open skulegard på Lia skule: lys, ballbinge og klatrestativ",
        "t4": "Tilskot til lag som driv aktivitetar for barn og unge",
        "t5": "Tomtefelt og ti utleigeleilegheiter for unge i Ospebygda",
        "t6": "Gang- og sykkelveg Lia–Ospebygda langs fv. 612, første byggjesteg",
        "t7": "Trafikksikker skuleveg ved Lia skule: opphøgd gangfelt",
        "t8": "Tryggleiksalarmar og digitalt tilsyn til heimebuande",
        "t9": "Seniortreff og trim for eldre i alle bygdene",
        "t10": "Næringsareal på Storeneset: regulering og opparbeiding",
        "t11": "Elbilar i heimetenesta og teknisk drift",
        "t12": "Ny brannbil til Skorvedal brannstasjon",
    }
    rows = [
        ("1", "t1", "1.1", "Oppvekst", "450", "300", "300", "300"),
        ("2", "t2", "1.1", "Oppvekst", "720", "720", "720", "720"),
        ("3", "t3", "1.2", "Eigedom", "1 800", "–", "–", "–"),
        ("4", "t4", "1.2", "Kultur", "250", "250", "250", "250"),
        ("5", "t5", "2.1", "Plan og byggesak", "–", "6 500", "8 000", "–"),
        ("6", "t6", "2.2", "Teknisk", "–", "4 000", "12 000", "–"),
        ("7", "t7", "2.2, 1.1", "Teknisk", "900", "–", "–", "–"),
        ("8", "t8", "2.3", "Helse og omsorg", "600", "600", "600", "600"),
        ("9", "t9", "2.3", "Helse og omsorg", "150", "150", "150", "150"),
        ("10", "t10", "3.1", "Næring", "2 500", "9 000", "–", "–"),
        ("11", "t11", "3.2", "Teknisk", "1 200", "1 200", "1 200", "–"),
        ("12", "t12", "–", "Brann og redning", "–", "5 800", "–", "–"),
    ]
    child = [
        ("title", "Handlingsdel med økonomiplan 2039–2042"),
        ("meta", "Skorvedal kommune · Vedteken av kommunestyret 12. desember 2038, sak 98/38"),
        ("h1", "1 Om handlingsdelen"),
        ("p", "Handlingsdelen viser tiltaka kommunen skal gjennomføre dei neste fire åra. "
         "Kolonnen «Mål nr.» viser kva mål i kommuneplanens samfunnsdel 2038–2050 tiltaket "
         "høyrer til. Beløpa er i 1000 kr."),
        ("p", "Mål 3.3 om havbruk og reiseliv følgjer vi opp i den interkommunale "
         "kystsoneplanen og ikkje her."),
        ("h1", "2 Tiltak 2039–2042"),
        ("table", ["Nr", "Tiltak", "Mål nr.", "Ansvar", "2039", "2040", "2041", "2042"],
         [[n, t[k], m, a, *yrs] for n, k, m, a, *yrs in rows],
         [8, 66, 16, 28, 13, 13, 13, 13]),
        ("h1", "3 Økonomi"),
        ("p", "Investeringane blir finansierte med lån og tilskot. Driftstiltaka er lagde inn i "
         "budsjettrammene til einingane."),
    ]
    _rl(d / "child.pdf", child, title="Handlingsdel med økonomiplan 2039–2042",
        author="Skorvedal kommune", creator="Skorvedal kommune, Økonomi",
        header="Skorvedal kommune – Handlingsdel med økonomiplan 2039–2042", footer="Side {n}",
        accent="#2f5d50")

    goals_ = [
        G("1.1", g["1.1"], "followed_up", [t["t1"], t["t2"]], ev="Program mot mobbing på alle",
          note="the goals are the numbered items under 'Dette vil vi' (text without the "
          "number); the bullets under 'Slik gjer vi det' are the parent's OWN STRATEGIES, not "
          "goals. Anti-bullying programme and a school social worker. Row 7 (pedestrian "
          "crossing) also cites 1.1 but traffic safety is not bullying"),
        G("1.2", g["1.2"], "followed_up", [t["t3"], t["t4"]], ev="Open skulegard på Lia skule",
          note="open schoolyard and grants to youth clubs (both mirror strategies of the "
          "parent — the strategies are how the goal is reached)"),
        G("2.1", g["2.1"], "partial", [t["t5"]], ev="Tomtefelt og ti",
          missing=["bustader for eldre", "bustader i dei andre bygdene"],
          note="trap: one of two aims — homes for the young in one village; nothing for the "
          "elderly or the other villages"),
        G("2.2", g["2.2"], "followed_up", [t["t6"], t["t7"]], ev="Gang- og sykkelveg",
          note="a footpath/cycle path between two villages and a safe school crossing"),
        G("2.3", g["2.3"], "followed_up", [t["t8"], t["t9"]], ev="Tryggleiksalarmar og",
          note="both halves: living at home (alarms, digital supervision) and active lives "
          "(senior meetings and exercise)"),
        G("3.1", g["3.1"], "followed_up", [t["t10"]], ev="Næringsareal på Storeneset",
          note="a new business area: the municipality's share of the job target (a strict "
          "reader → partial)"),
        G("3.2", g["3.2"], "partial", [t["t11"]], ev="Elbilar i heimetenesta",
          missing=["utslepp frå bygg, anlegg og innkjøp (resten av drifta)"],
          note="electric cars only; the rest of the municipality's own operations (buildings, "
          "purchasing — the parent's own strategy) has no measure"),
        G("3.3", g["3.3"], "not_followed_up",
          note="trap: the child says 'Mål 3.3 … følgjer vi opp i den interkommunale "
          "kystsoneplanen og ikkje her' — followed up in another plan, nothing here"),
    ]
    kids = [
        C(t["t1"], ["1.1"], note="the child goals are the 'Tiltak' cells of the table (a "
          "handlingsdel's measures); 'Mål nr.' holds only goal numbers"),
        C(t["t2"], ["1.1"]),
        C(t["t3"], ["1.2"]),
        C(t["t4"], ["1.2"]),
        C(t["t5"], ["2.1"]),
        C(t["t6"], ["2.2"]),
        C(t["t7"], ["2.2"], note="trap: 'Mål nr.' says '2.2, 1.1'; a raised crossing serves "
          "safe walking (2.2), not a school day without bullying (1.1)"),
        C(t["t8"], ["2.3"]),
        C(t["t9"], ["2.3"]),
        C(t["t10"], ["3.1"]),
        C(t["t11"], ["3.2"]),
        C(t["t12"], [], note="a fire engine, 'Mål nr.' '–' — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; nynorsk samfunnsdel): 'Satsingsområde "
        "n' chapters each with 'Dette vil vi' (numbered goals n.n) and 'Slik gjer vi det' "
        "(strategy bullets, no goals); child PDF (reportlab; handlingsdel med økonomiplan): "
        "table 'Nr. | Tiltak | Mål nr. | Ansvar | 2039–2042' with bare goal numbers, one "
        "row citing a wrong extra number, one goal sent to the kystsoneplan",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Lysfjord → Brattegg (nb)


@pair
def brattegg_samfunnsdel(d: Path) -> dict:
    g = {
        "1.1": "Flere bor i by- og tettstedssentrene i Lysfjord.",
        "1.2": "Alle kommuner har et variert botilbud for alle livsfaser.",
        "2.1": "Flere unge fullfører videregående opplæring.",
        "2.2": "Arbeidslivet i regionen får den kompetansen det trenger.",
        "3.1": "Klimagassutslippene i Lysfjord er redusert med 60 prosent innen 2040.",
        "3.2": "Arealbruken tar vare på matjord og store sammenhengende naturområder.",
        "4.1": "Flere reiser kollektivt, sykler og går.",
    }
    areas = [
        ("1", "Attraktive byer og tettsteder", "#b5452b",
         "Folketallet vokser i Lysfjord by, men går ned i mange bygder. Sentrene har mange "
         "tomme lokaler, og det bygges mest eneboliger.", ["1.1", "1.2"]),
        ("2", "Kompetanse og arbeid", "#2b5fb5",
         "Én av fem elever fullfører ikke videregående opplæring. Mange bedrifter melder at de "
         "mangler fagarbeidere.", ["2.1", "2.2"]),
        ("3", "Klima, natur og arealbruk", "#2b8a4f",
         "Vegtrafikk og jordbruk står for over halvparten av utslippene. Hvert år bygges det "
         "ned rundt 300 dekar dyrket mark i fylket.", ["3.1", "3.2"]),
        ("4", "Transport og mobilitet", "#7a5b2b",
         "De fleste reiser i Lysfjord skjer med bil. Bussene går sjelden utenfor byen.",
         ["4.1"]),
    ]
    css = (
        "h1{font-size:23pt;color:#1d3557;margin:0 0 2px}"
        ".lead{font-size:11pt;margin:8px 0 10px}"
        ".bar{color:#fff;font-weight:bold;font-size:13pt;padding:5px 10px;margin:12px 0 4px}"
        ".cards{display:flex;gap:8px;margin-top:6px}"
        ".card{flex:1;border:1px solid #bbb;border-top:5px solid #999;padding:6px 8px;"
        "font-size:10pt}"
        ".card b{display:block;font-size:9pt;color:#555;margin-bottom:2px}"
    )
    body = [
        "<div class='crumb'>Lysfjord fylkeskommune · Regional planlegging</div>",
        "<h1>Fylkesplan for Lysfjord 2040–2052</h1>",
        "<p class='crumb'>Vedtatt av fylkestinget 9. desember 2040, sak 88/40</p>",
        "<p class='lead'>Fylkesplanen er Lysfjord sin regionale plan for samfunnsutviklingen. "
        "Den har fire innsatsområder. Under hvert innsatsområde står delmålene som "
        "fylkeskommunen, kommunene og partnerne skal arbeide mot. Kommunene legger planen til "
        "grunn for sin egen planlegging.</p>",
    ]
    for no, name, col, bg, ids in areas:
        body += [f"<div class='bar' style='background:{col}'>Innsatsområde {no}: {e(name)}</div>",
                 f"<p>{e(bg)}</p>", "<div class='cards'>"]
        body += [f"<div class='card' style='border-top-color:{col}'><b>Delmål {x}</b>"
                 f"{e(g[x])}</div>" for x in ids]
        body.append("</div>")
    body += [
        "<div class='bar' style='background:#555'>Oppfølging</div>",
        "<p>Fylkeskommunen lager et regionalt handlingsprogram hvert fjerde år. Kommunene "
        "viser i sine planer hvordan de bidrar til delmålene.</p>",
    ]
    _chromium(_page("nb", "Fylkesplan for Lysfjord 2040–2052", css, body), d / "parent.pdf")

    k = {
        "K1": "Brattegg sentrum har fått 400 nye boliger innen 2054.",
        "K2": "Det finnes utleieboliger og tilrettelagte boliger for eldre i alle bygdene.",
        "K3": "Brattegg har et rikt kulturliv og aktive lag og foreninger.",
        "K4": "Flere unge i Brattegg fullfører videregående skole, og ingen står utenfor både "
        "arbeid og skole.",
        "K5": "Bedriftene får tak i fagfolk gjennom lærlingplasser og samarbeid med Brattegg "
        "videregående skole.",
        "K6": "Kommunens egen virksomhet er fossilfri innen 2035.",
        "K7": "Brattegg bygger ikke ned dyrket mark.",
        "K8": "Innbyggerne får svar på henvendelser til kommunen innen to virkedager.",
    }
    chapters = [
        ("2 Bo og leve i Brattegg",
         "Brattegg har 9 400 innbyggere. Halvparten bor i sentrum, resten i seks bygder.",
         ["K1", "K2", "K3"]),
        ("3 Oppvekst, kompetanse og næring",
         "Brattegg videregående skole har 380 elever. Industrien og byggenæringen er de største "
         "private arbeidsgiverne.", ["K4", "K5"]),
        ("4 Klima og arealbruk",
         "Jordbruket er viktig i Brattegg. Kommunen vil gå foran i klimaarbeidet.",
         ["K6", "K7"]),
        ("5 En kommune for innbyggerne",
         "Innbyggerne ønsker raskere svar og mer digital selvbetjening.", ["K8"]),
    ]
    child = [
        ("title", "Kommuneplanens samfunnsdel 2042–2054"),
        ("meta", "Brattegg kommune · Vedtatt av kommunestyret 16. juni 2042, sak 40/42"),
        ("h1", "1 Innledning"),
        ("p", "Samfunnsdelen viser hvilket samfunn vi ønsker i Brattegg. Målene er nummerert "
         "fra 1 til 8. Planen bygger på Fylkesplan for Lysfjord 2040–2052, og tabellen i "
         "kapittel 6 viser hvilke av fylkesplanens delmål hvert av våre mål bidrar til."),
        ("p", "Fylkesplanen har også som mål at «flere reiser kollektivt, sykler og går». "
         "Bussrute 210 til Lysfjord by går hver time, og rutetilbudet er fylkeskommunens "
         "ansvar."),
    ]
    n = 0
    for head, bg, ids in chapters:
        child += [("h1", head), ("p", bg)]
        for x in ids:
            n += 1
            child.append(("typed", f"Mål {n}:", k[x], " ", 0))
    ticks = {  # child goal → regional delmål the matrix ticks
        "K1": ["1.1"], "K2": ["1.2"], "K3": ["2.2"], "K4": ["2.1"], "K5": ["2.2"],
        "K6": ["3.1"], "K7": ["3.2"], "K8": [],
    }
    cols = list(g)
    order = [x for _, _, ids in chapters for x in ids]
    child += [
        ("break",),
        ("h1", "6 Sammenheng med fylkesplanen"),
        ("p", "Tabellen viser hvilke delmål i Fylkesplan for Lysfjord 2040–2052 hvert av "
         "målene i samfunnsdelen bidrar til. Kolonnene er delmålenes nummer i fylkesplanen."),
        ("table", ["Mål i samfunnsdelen", *cols],
         [[f"Mål {i}", *["✓" if c in ticks[x] else "" for c in cols]]
          for i, x in enumerate(order, 1)],
         [40, *[17] * len(cols)]),
        ("h1", "7 Oppfølging"),
        ("p", "Målene følges opp i handlingsdelen med økonomiplan, som rulleres hvert år."),
    ]
    build_pdf(child, d / "child.pdf", title="Kommuneplanens samfunnsdel 2042–2054",
              author="Brattegg kommune",
              header="Brattegg kommune – Kommuneplanens samfunnsdel 2042–2054")

    goals_ = [
        G("1.1", g["1.1"], "followed_up", [k["K1"]], ev="Brattegg sentrum har fått",
          note="the regional goals are the 'Delmål n.n' cards under the coloured 'Innsatsområde "
          "n' bars (the bars are areas, the paragraphs background); text without 'Delmål n.n'. "
          "The child, a municipal samfunnsdel, links its goals to them only in a ✓ MATRIX at "
          "the end: the delmål numbers as COLUMNS, its own goals as ROWS ('Mål 1' …). 400 new "
          "homes in the town centre"),
        G("1.2", g["1.2"], "followed_up", [k["K2"]], ev="Det finnes utleieboliger",
          note="rental and adapted homes in all villages: Brattegg's share of a varied "
          "housing supply"),
        G("2.1", g["2.1"], "followed_up", [k["K4"]], ev="Flere unge i Brattegg"),
        G("2.2", g["2.2"], "followed_up", [k["K5"]], ev="Bedriftene får tak i fagfolk",
          note="apprenticeships and school-business cooperation; 'Mål 3' (cultural life) is "
          "also ticked under 2.2 but does not serve it"),
        G("3.1", g["3.1"], "partial", [k["K6"]], ev="Kommunens egen virksomhet",
          missing=["utslipp fra samfunnet i Brattegg (vegtrafikk, jordbruk)"],
          note="the municipality's OWN operations only; the regional goal is the emissions of "
          "the whole area, where road traffic and farming dominate"),
        G("3.2", g["3.2"], "partial", [k["K7"]], ev="Brattegg bygger ikke ned",
          missing=["store sammenhengende naturområder"],
          note="trap: one of two aims — farmland, nothing on large natural areas"),
        G("4.1", g["4.1"], "not_followed_up",
          note="trap: QUOTED verbatim in the child's introduction («flere reiser kollektivt, "
          "sykler og går»), the bus route is background and declared the county's "
          "responsibility; column 4.1 of the matrix is empty"),
    ]
    kids = [
        C(k["K1"], ["1.1"], note="the child goals are the 'Mål n:' paragraphs (text without "
          "the label); the matrix rows repeat only 'Mål n'"),
        C(k["K2"], ["1.2"]),
        C(k["K3"], [], note="trap: ticked under delmål 2.2 (competence for working life) in "
          "the matrix, but a rich cultural life does not serve it — stands alone"),
        C(k["K4"], ["2.1"]),
        C(k["K5"], ["2.2"]),
        C(k["K6"], ["3.1"]),
        C(k["K7"], ["3.2"]),
        C(k["K8"], [], note="answers within two working days: no tick, stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; fylkesplan): 'Delmål n.n' cards under coloured "
        "'Innsatsområde n' bars; child PDF (python-docx → LibreOffice; kommuneplanens "
        "samfunnsdel): 'Mål n:' paragraphs per chapter and a ✓ matrix 'Sammenheng med "
        "fylkesplanen' with the delmål numbers as columns and 'Mål n' as rows; one tick wrong, "
        "one regional goal quoted and left to the county",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Kettlewick (en)


@pair
def kettlewick_service_plan(d: Path) -> dict:
    g = {
        "A": "Everyone in Kettlewick has a safe, warm and affordable home.",
        "B": "Our streets, parks and open spaces are clean, green and well looked after.",
        "C": "The council is net zero by 2035 and the district is ready for a changing climate.",
        "D": "Local businesses grow and residents have the skills to get good jobs.",
        "E": "The council is well run, listens to residents and spends money wisely.",
    }
    prio = [
        ("A", "Homes", "Over 2,900 households are on the housing register and rents have risen "
         "faster than wages. Too many private rented homes are cold and damp.",
         ["Number of empty homes brought back into use", "Households in temporary "
          "accommodation"]),
        ("B", "Clean and green places", "Residents tell us that litter and fly-tipping are "
         "what they notice most about their neighbourhood.",
         ["Fly-tipping incidents reported", "Parks with Green Flag status"]),
        ("C", "Climate", "The council's own emissions come mostly from its buildings and "
         "vehicle fleet. Flooding in 2041 affected 180 homes in Cottam Vale.",
         ["Council carbon emissions (tonnes CO2e)", "Homes at high risk of flooding"]),
        ("D", "Economy and skills", "Kettlewick has a high share of small firms and fewer "
         "residents with higher-level qualifications than the county average.",
         ["New business start-ups", "Residents qualified to level 3 or above"]),
        ("E", "A well-run council", "We must save £4.2 million by 2047 while demand for "
         "services grows.", ["Residents satisfied with the council", "Budget variance"]),
    ]
    parent = [
        ("title", "Corporate Plan 2043–2047"),
        ("meta", "Kettlewick District Council · Adopted by Full Council on 20 July 2043"),
        ("h1", "Foreword"),
        ("p", "This plan sets out what the council will achieve over the next four years. It "
         "has five priorities, lettered A to E. Each service plan shows which of the "
         "priorities its objectives support, using these letters."),
    ]
    for letter, name, bg, ind in prio:
        parent += [("h1", f"Priority {letter}: {name}"), ("b", g[letter]), ("p", bg),
                   ("h2", "How we will measure progress"), ("bullets", ind)]
    parent += [
        ("h1", "Delivering the plan"),
        ("p", "Progress is reported to Cabinet every quarter. Service plans are agreed each "
         "spring by the relevant portfolio holder."),
    ]
    _rl(d / "parent.pdf", parent, title="Corporate Plan 2043–2047",
        author="Kettlewick District Council", creator="Kettlewick District Council",
        header="Kettlewick District Council – Corporate Plan 2043–2047", footer="Page {n}",
        accent="#4b2c6f")

    s_ = {
        "HE1": "Bring 60 long-term empty homes back into use.",
        "HE2": "Inspect every licensed house in multiple occupation before its licence is "
        "renewed.",
        "HE3": "Improve 300 cold private rented homes through the Warm Homes grant.",
        "HE4": "Remove 95% of reported fly-tipping within two working days.",
        "HE5": "Achieve Green Flag status for Haverleigh Park.",
        "HE6": "Replace 20 diesel refuse vehicles with electric vehicles.",
        "HE7": "Carry out every food hygiene inspection due in the year.",
        "HE8": "Run a residents' panel on the future of the waste service.",
        "HE9": "Review the out-of-hours noise service.",
    }
    rows = [
        ("HE1", "A", "60 homes", "Private Sector Housing Manager"),
        ("HE2", "A", "100%", "Private Sector Housing Manager"),
        ("HE3", "A", "300 homes", "Home Improvement Agency"),
        ("HE4", "B", "95%", "Street Scene Manager"),
        ("HE5", "B", "Award July 2045", "Parks Officer"),
        ("HE6", "C", "March 2045", "Fleet Manager"),
        ("HE7", "D", "100%", "Food and Safety Team Leader"),
        ("HE8", "E", "Report Jan 2045", "Head of Service"),
        ("HE9", "–", "Sept 2044", "Environmental Protection"),
    ]
    css = (
        ".band{background:#4b2c6f;color:#fff;padding:10px 12px;margin-bottom:8px}"
        ".band h1{margin:0;font-size:20pt}.band p{margin:2px 0 0;font-size:9.5pt}"
        "h2{font-size:13pt;color:#4b2c6f;margin:14px 0 4px}"
        "td.c{text-align:center;font-weight:bold}"
    )
    table = ["<table><tr><th>Ref</th><th>Service objective</th><th>Corporate priority</th>"
             "<th>Target</th><th>Lead officer</th></tr>"]
    table += [f"<tr><td>{r}</td><td>{e(s_[r])}</td><td class='c'>{e(p)}</td><td>{e(t)}</td>"
              f"<td>{e(who)}</td></tr>" for r, p, t, who in rows]
    table.append("</table>")
    body = [
        "<div class='band'><h1>Housing and Environmental Services</h1>"
        "<p>Service Plan 2044/45 · Kettlewick District Council</p></div>",
        "<h2>1 Introduction</h2>",
        "<p>This service plan sets out what Housing and Environmental Services will deliver in "
        "2044/45. The column ‘Corporate priority’ shows the priority of the Corporate Plan "
        "2043–2047 that each objective supports.</p>",
        "<p>The Corporate Plan’s Priority D, ‘Local businesses grow and residents have the "
        "skills to get good jobs’, is led by the Economic Development team and is not part "
        "of this plan.</p>",
        "<h2>2 About the service</h2>",
        "<p>The service has 142 staff and a net budget of £6.8 million. It covers private "
        "sector housing, street cleansing, parks, the waste fleet, food safety and "
        "environmental protection. The service also licenses around 400 food businesses.</p>",
        "<h2>3 Service objectives 2044/45</h2>",
        *table,
        "<h2>4 Risks</h2>",
        "<table><tr><th>Risk</th><th>Mitigation</th></tr>"
        "<tr><td>Delivery of electric vehicles is delayed</td><td>Extend leases on the "
        "current fleet</td></tr>"
        "<tr><td>Loss of Warm Homes grant funding</td><td>Seek funding from the energy "
        "companies’ scheme</td></tr></table>",
    ]
    _chromium(_page("en", "Housing and Environmental Services – Service Plan 2044/45", css,
                    body), d / "child.pdf")

    goals_ = [
        G("A", g["A"], "followed_up", [s_["HE1"], s_["HE2"], s_["HE3"]],
          ev="Bring 60 long-term empty",
          note="the goals are the bold priority statements under 'Priority A: Homes' … "
          "'Priority E: …' (the headings name the area; the 'How we will measure progress' "
          "bullets are indicators, not goals). The child, a service plan, cites them only by "
          "LETTER in a 'Corporate priority' column. Empty homes, HMO inspections and warm "
          "private rented homes: the service's share (a strict reader → partial: nothing on "
          "affordability)"),
        G("B", g["B"], "followed_up", [s_["HE4"], s_["HE5"]], ev="Remove 95% of reported",
          note="fly-tipping removed and a Green Flag park"),
        G("C", g["C"], "partial", [s_["HE6"]], ev="Replace 20 diesel refuse",
          missing=["the district ready for a changing climate (flooding, adaptation)"],
          note="trap: one of two aims — council net zero (electric refuse vehicles); nothing "
          "on adaptation although the parent names the 2041 flooding"),
        G("D", g["D"], "not_followed_up",
          note="trap: QUOTED verbatim in the introduction and left to the Economic Development "
          "team; the food hygiene inspections carry the letter D but regulate businesses "
          "rather than help them grow; licensing 400 food businesses is background"),
        G("E", g["E"], "partial", [s_["HE8"]], ev="Run a residents' panel",
          missing=["well run and spending money wisely"],
          note="a residents' panel: 'listens to residents' only"),
    ]
    kids = [
        C(s_["HE1"], ["A"], note="the child goals are the 'Service objective' cells; Ref, "
          "letter, target and lead officer are not"),
        C(s_["HE2"], ["A"]),
        C(s_["HE3"], ["A"]),
        C(s_["HE4"], ["B"]),
        C(s_["HE5"], ["B"]),
        C(s_["HE6"], ["C"]),
        C(s_["HE7"], [], note="trap: letter 'D' (economy and skills), but routine food "
          "hygiene inspections do not serve business growth or skills — stands alone"),
        C(s_["HE8"], ["E"]),
        C(s_["HE9"], [], note="'–': a review of the noise service — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; district Corporate Plan): 'Priority A: …' … 'Priority "
        "E: …' headings, each with a bold priority statement and 'How we will measure "
        "progress' indicator bullets; child PDF (Chromium; Housing and Environmental Services "
        "Service Plan): table 'Ref | Service objective | Corporate priority | Target | Lead "
        "officer' with the priority as a bare LETTER; one letter wrong, one priority quoted "
        "and left to another team",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Skovbølle (da)


@pair
def skovbolle_natur(d: Path) -> dict:
    title = {
        "1.1": "Vækst i byerne", "1.2": "Levende lokalbyer", "2.1": "Grønt i gåafstand",
        "2.2": "Stier der forbinder", "2.3": "Plads til naturen", "3.1": "Sikre byer",
        "3.2": "Regnvand som ressource",
    }
    g = {
        "1.1": "Nye boliger opføres primært i Skovbølle by og de fire lokalbyer.",
        "1.2": "Lokalbyerne bevarer deres skoler, dagligvarebutikker og foreningsliv.",
        "2.1": "Alle borgere har højst 500 meter til et grønt område.",
        "2.2": "Et sammenhængende netværk af stier forbinder byerne med skov og kyst.",
        "2.3": "Naturen i ådalene og på kystengene får mere plads og bliver mere varieret.",
        "3.1": "Byerne er sikret mod skybrud og stormflod, som statistisk kommer hvert 100. år.",
        "3.2": "Regnvand bruges til at skabe grønne og blå byrum.",
    }
    themes = [
        ("1", "Byer og bosætning", ["1.1", "1.2"],
         [("1.1", "Boligudlægning", "Nye boligområder udlægges kun i tilknytning til "
           "eksisterende byzone."),
          ("1.2", "Butikker i lokalbyer", "I lokalbyerne kan der udlægges areal til én "
           "dagligvarebutik på højst 1.200 m² bruttoetageareal.")],
         "Skovbølle Kommune har 27.000 indbyggere. Skovbølle by og de fire lokalbyer rummer "
         "80 procent af befolkningen."),
        ("2", "Natur og friluftsliv", ["2.1", "2.2", "2.3"],
         [("2.1", "Stier", "Stier, der er vist på kortbilag 4, må ikke afbrydes af nye "
           "anlæg."),
          ("2.2", "Grønt Danmarkskort", "Inden for Grønt Danmarkskort må der ikke gives "
           "tilladelse til anlæg, der forringer naturen."),
          ("2.3", "Kystnærhedszonen", "Der må kun planlægges for anlæg i kystnærhedszonen, hvis "
           "der er en særlig planlægningsmæssig begrundelse.")],
         "Kommunen har 41 km kyst, to store skove og ådalene langs Møllebæk og Sorteå. I "
         "Skovbølle by bor mange langt fra et grønt område."),
        ("3", "Klimatilpasning", ["3.1", "3.2"],
         [("3.1", "Risikoområder", "I de udpegede risikoområder skal nye bebyggelser have en "
           "sokkelkote på mindst 2,5 m.")],
         "Stormfloden i 2039 og skybruddet i 2042 gav store skader i Skovbølle by og i "
         "havnen."),
    ]
    css = (
        ".top{background:#0b4f6c;color:#fff;padding:6px 10px;font-size:9pt}"
        "h1{font-size:20pt;color:#0b4f6c;margin:8px 0 2px}"
        "h2{font-size:14pt;color:#0b4f6c;margin:16px 0 4px;border-bottom:2px solid #0b4f6c}"
        "h3{font-size:11pt;margin:8px 0 3px}"
        ".maal{background:#e7f1f5;padding:6px 10px;margin:4px 0}"
        ".maal p{margin:3px 0}"
        ".rl p{margin:3px 0 3px 0;font-size:9.5pt}"
    )
    body = [
        "<div class='top'>Skovbølle Kommune · Kommuneplan 2045 · Hovedstruktur</div>",
        "<h1>Kommuneplan 2045 – Hovedstruktur</h1>",
        "<p class='crumb'>Vedtaget af byrådet 25. september 2045 · Digital kommuneplan, "
        "udskrevet 1. oktober 2045</p>",
        "<p>Hovedstrukturen samler byrådets mål for kommunens udvikling. Under hvert tema står "
        "først målene, hver med en kort titel, så retningslinjerne for arealanvendelsen og "
        "til sidst en redegørelse.</p>",
    ]
    for no, name, ids, rls, red in themes:
        body += [f"<h2>{no} {e(name)}</h2>", "<h3>Mål</h3>", "<div class='maal'>"]
        body += [f"<p><b>{e(title[x])}:</b> {e(g[x])}</p>" for x in ids]
        body += ["</div>", "<h3>Retningslinjer</h3>", "<div class='rl'>"]
        body += [f"<p><b>Retningslinje {n} {e(t)}.</b> {e(x)}</p>" for n, t, x in rls]
        body += ["</div>", "<h3>Redegørelse</h3>", f"<p>{e(red)}</p>"]
    _chromium(_page("da", "Kommuneplan 2045 – Hovedstruktur", css, body), d / "parent.pdf")

    m = {
        "m1": "Alle fem byer er forbundet med stier til skov eller kyst i 2049.",
        "m2": "Der er en lommepark eller et grønt område højst 500 meter fra alle boliger i "
        "Skovbølle by.",
        "m3": "50 hektar i ådalene langs Møllebæk og Sorteå er omlagt til natur med "
        "helårsgræsning.",
        "m4": "Naturskolen har et tilbud til alle klasser fra 0. til 6. klassetrin.",
        "m5": "Regnvand fra Vestbyens tage og veje løber i en ny bæk og sø i Vestparken.",
    }
    h = {
        "h1": "Anlægge 9 km natursti langs Møllebæk fra Skovbølle by til Hvidsand Strand",
        "h2": "Indgå aftaler med lodsejere om adgang ved Sorteå og Lundskoven",
        "h3": "Anlægge tre lommeparker i Nørrekvarteret og på Havnevej",
        "h4": "Købe og omlægge 50 hektar lavbundsjord med tilskud fra staten",
        "h5": "Ansætte en naturvejleder mere ved naturskolen",
        "h6": "Åbne den rørlagte del af Vestbækken og grave en regnvandssø",
    }
    indsatser = [
        ("Indsats 1: Stier og ruter", "Stier der forbinder", "m1", ["h1", "h2"]),
        ("Indsats 2: Grønt tæt på", "Grønt i gåafstand", "m2", ["h3"]),
        ("Indsats 3: Mere og bedre natur", "Plads til naturen", "m3", ["h4"]),
        ("Indsats 4: Friluftsliv for alle", "Stier der forbinder, Grønt i gåafstand", "m4",
         ["h5"]),
        ("Indsats 5: Regnvand i landskabet", "Regnvand som ressource", "m5", ["h6"]),
    ]
    child = [
        ("title", "Handleplan for natur og friluftsliv 2046–2049"),
        ("meta", "Skovbølle Kommune · Teknik og Miljø · Godkendt af Klima- og Miljøudvalget "
         "3. marts 2046"),
        ("h1", "Indledning"),
        ("p", "Handleplanen udmønter kommuneplanens mål for natur og friluftsliv. Under hver "
         "indsats står, hvilke mål i Kommuneplan 2045 indsatsen understøtter, med målets "
         "titel."),
        ("p", "Beskyttelsen mod skybrud og stormflod indgår i klimatilpasningsplanen og er ikke "
         "en del af denne handleplan. Mange foreninger i lokalbyerne bruger naturen, og "
         "spejderne har fire hytter i Lundskoven."),
    ]
    for head, links, goal, acts in indsatser:
        child += [("h1", head), ("p", f"Understøtter mål: {links}"),
                  ("typed", "Målsætning:", m[goal], " ", 0),
                  ("p", "Handlinger:"), ("bullets", [h[x] for x in acts])]
    child += [
        ("h1", "Økonomi"),
        ("p", "Handleplanen finansieres af anlægsbudgettet og af statslige og private fonde. "
         "Samlet anlægsudgift: 14,5 mio. kr."),
    ]
    _build_pdf_footer(child, d / "child.pdf", "Teknik og Miljø",
                      title="Handleplan for natur og friluftsliv 2046–2049",
                      author="Skovbølle Kommune",
                      header="Skovbølle Kommune – Handleplan for natur og friluftsliv 2046–2049",
                      lang="da-DK")

    goals_ = [
        G("1.1", g["1.1"], "not_followed_up",
          note="the goals are the sentences in the 'Mål' box of each theme, each after a bold "
          "TITLE ('Vækst i byerne:' — the title names the goal; the text is the sentence). "
          "The 'Retningslinje n' paragraphs are binding land-use rules and the 'Redegørelse' "
          "background: no goals. Ids are the theme number and the order in the box (not "
          "printed). Housing growth is outside the child's theme"),
        G("1.2", g["1.2"], "not_followed_up",
          note="trap: the topic (associations in the local towns use nature) is in the "
          "child's background only"),
        G("2.1", g["2.1"], "followed_up", [m["m2"], h["h3"]], ev="Der er en lommepark",
          note="the child cites it by TITLE ('Understøtter mål: Grønt i gåafstand'): green "
          "space within 500 m of all homes in the main town, where the parent says the "
          "deficit is"),
        G("2.2", g["2.2"], "followed_up", [m["m1"], h["h1"], h["h2"]],
          ev="Alle fem byer er forbundet",
          note="all five towns linked by paths to forest or coast"),
        G("2.3", g["2.3"], "partial", [m["m3"], h["h4"]], ev="50 hektar i ådalene",
          missing=["kystengene (the coastal meadows)"],
          note="trap: one of two places — the river valleys; nothing for the coastal "
          "meadows"),
        G("3.1", g["3.1"], "not_followed_up",
          note="trap: 'indgår i klimatilpasningsplanen og er ikke en del af denne handleplan' — "
          "followed up in another plan"),
        G("3.2", g["3.2"], "followed_up", [m["m5"], h["h6"]], ev="Regnvand fra Vestbyens",
          note="rainwater led into a new stream and lake in a park: a green-blue urban space"),
    ]
    kids = [
        C(m["m1"], ["2.2"], note="the child goals are the 'Målsætning:' lines (text without "
          "the label); the 'Handlinger' bullets are measures (listed in served_by); the "
          "'Understøtter mål:' lines name parent goals by title"),
        C(m["m2"], ["2.1"]),
        C(m["m3"], ["2.3"]),
        C(m["m4"], [], note="trap: 'Understøtter mål: Stier der forbinder, Grønt i "
          "gåafstand', but a nature school for pupils serves neither paths nor green space "
          "near homes — stands alone"),
        C(m["m5"], ["3.2"]),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; digital kommuneplan, hovedstruktur): per theme a "
        "shaded 'Mål' box of sentences after bold TITLES, then 'Retningslinje n' rules and a "
        "'Redegørelse'; child PDF (python-docx → LibreOffice; handleplan for natur og "
        "friluftsliv): 'Indsats n' sections with 'Understøtter mål: <goal title>' lines, a "
        "'Målsætning:' line and 'Handlinger' bullets; one claim wrong, one goal sent to the "
        "klimatilpasningsplan",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Ljusnäs (sv)


def _ods_pdf(build, pdf: Path, stem: str) -> Path:
    """A Calc spreadsheet (batch 11's odfpy `Ods`, .ods not kept) printed by LibreOffice."""
    with tempfile.TemporaryDirectory(prefix="parblind26-ods-") as tmp:
        ods = build(Path(tmp) / f"{stem}.ods")
        out = bk.soffice_pdf(ods, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


@pair
def ljusnas_genomforande(d: Path) -> dict:
    g = {
        "S1": "Ny bebyggelse ska i första hand tillkomma i Ljusnäs tätort och i stationsorten "
        "Hedby.",
        "S2": "Kommunen ska planera för fler hyresrätter och för bostäder anpassade för äldre.",
        "S3": "Tätortsnära skogar och strövområden ska bevaras och göras tillgängliga.",
        "S4": "Strandzonen längs Ljusnan ska hållas tillgänglig för allmänheten.",
        "S5": "Alla skolor ska kunna nås säkert till fots och med cykel från tätorten.",
        "S6": "Hedby station ska utvecklas till en attraktiv bytespunkt med pendlarparkering.",
        "S7": "Kommunen ska ha planlagd verksamhetsmark i anslutning till väg 84.",
        "S8": "Ny bebyggelse ska placeras och utformas så att den klarar ett 100-årsregn och "
        "höga flöden i Ljusnan.",
    }
    secs = [
        ("4.1 Bebyggelse och bostäder", "Ljusnäs har 14 800 invånare. Efterfrågan är störst på "
         "hyresrätter och på lägenheter för äldre som vill flytta från villan.", ["S1", "S2"]),
        ("4.2 Grönstruktur och friluftsliv", "Hedbyskogen och Ljusnans stränder används av "
         "många för promenader, bad och fiske.", ["S3", "S4"]),
        ("4.3 Kommunikationer", "Väg 84 delar tätorten. Tåget till Hudiksvall stannar i Hedby "
         "varje timme.", ["S5", "S6"]),
        ("4.4 Näringsliv", "Det finns i dag nästan ingen ledig verksamhetsmark i kommunen.",
         ["S7"]),
        ("4.5 Klimatanpassning", "Vårfloden 2038 översvämmade delar av Hedby.", ["S8"]),
    ]
    parent = [
        ("title", "Översiktsplan Ljusnäs 2050"),
        ("meta", "Ljusnäs kommun · Antagen av kommunfullmäktige 28 november 2050, § 112"),
        ("h1", "1 Inledning"),
        ("p", "Översiktsplanen visar hur mark- och vattenområden ska användas och hur den "
         "byggda miljön ska utvecklas. Kapitel 4 innehåller planeringsinriktningen: för varje "
         "ämne en kort beskrivning och kommunens ställningstaganden."),
        ("h1", "2 Vision"),
        ("p", "Ljusnäs – där älven möter framtiden. År 2050 är Ljusnäs en växande kommun med "
         "levande orter längs älven."),
        ("h1", "3 Riksintressen"),
        ("p", "Ljusnan är riksintresse för friluftsliv och naturvård. Väg 84 och "
         "Norrlandsbanan är riksintressen för kommunikationer."),
        ("h1", "4 Planeringsinriktning"),
    ]
    for head, bg, ids in secs:
        parent += [("h2", head), ("p", bg), ("b", "Ställningstaganden"),
                   ("bullets", [g[x] for x in ids])]
    parent += [
        ("h1", "5 Konsekvenser"),
        ("p", "Planens miljökonsekvenser redovisas i en separat hållbarhetsbedömning."),
        ("h1", "6 Genomförande och uppföljning"),
        ("p", "Kommunstyrelsen tar fram en genomförandeplan som visar vilka åtgärder som "
         "behövs. Översiktsplanens aktualitet prövas varje mandatperiod."),
    ]
    _rl(d / "parent.pdf", parent, title="Översiktsplan Ljusnäs 2050", author="Ljusnäs kommun",
        creator="Ljusnäs kommun, Samhällsbyggnadsförvaltningen",
        header="Ljusnäs kommun – Översiktsplan 2050", footer="Sida {n}", accent="#1d5c8c")

    a = {
        "a1": "Detaljplan för kvarteret Sågen i Hedby, cirka 120 bostäder",
        "a2": "Markanvisning till Ljusnäsbostäder för 40 hyresrätter vid Norra torget",
        "a3": "Skötselplan och nya markerade leder i Hedbyskogen",
        "a4": "Nytt elljusspår i Hedbyskogen",
        "a5": "Trafiksäkra skolvägar till alla fyra skolorna: passager och belysning",
        "a6": "Pendlarparkering med 80 platser vid Hedby station",
        "a7": "Detaljplan för verksamhetsområdet Tjärnmon vid väg 84",
        "a8": "Ny brandstation i Hedby",
        "a9": "Översiktsplanen publiceras i kommunens kartportal",
    }
    rows = [
        ("1", "a1", "4.1", "Samhällsbyggnad", "2051", "2052", "Pågår"),
        ("2", "a2", "4.1", "Mark och exploatering", "2052", "2053", "Ej påbörjad"),
        ("3", "a3", "4.2", "Gata/park", "2051", "2052", "Pågår"),
        ("4", "a4", "4.2", "Fritid", "2053", "2053", "Ej påbörjad"),
        ("5", "a5", "4.3", "Gata/park", "2051", "2054", "Pågår"),
        ("6", "a6", "4.3", "Gata/park", "2052", "2052", "Ej påbörjad"),
        ("7", "a7", "4.4", "Samhällsbyggnad", "2051", "2052", "Pågår"),
        ("8", "a8", "4.1", "Räddningstjänsten", "2053", "2054", "Ej påbörjad"),
        ("9", "a9", "Kap. 6", "Samhällsbyggnad", "2051", "2051", "Klar"),
    ]

    def build(path: Path) -> Path:
        od = _m11.Ods(header="Ljusnäs kommun · Genomförandeplan för Översiktsplan Ljusnäs 2050",
                      lang="sv", country="SE")
        from odf.style import Footer

        for f in od.doc.masterstyles.getElementsByType(Footer):
            f.childNodes[0].childNodes[0].data = "Sida "
        od.cell_style("cell", size=10)
        od.cell_style("head", size=10, bold=True, fill="#dbe8f3")
        od.cell_style("title", size=15, bold=True, wrap=False, color="#1d5c8c")
        od.cell_style("note", size=9, italic=True)
        widths = [1.2, 10.0, 2.8, 4.6, 1.8, 1.8, 3.0]
        sheet = [
            ("title", ["Genomförandeplan för Översiktsplan Ljusnäs 2050"], "span"),
            ("note", ["Antagen av kommunstyrelsen 14 februari 2051, § 19. Kolumnen "
                      "”Koppling till ÖP” anger avsnittet i översiktsplanens kapitel 4."], "span"),
            ("note", ["Ställningstagandet om klimatanpassning (avsnitt 4.5) tillämpas i varje "
                      "detaljplan och kräver inga egna åtgärder i genomförandeplanen."], "span"),
            ("head", ["Nr", "Åtgärd", "Koppling till ÖP", "Ansvarig", "Start", "Klart",
                      "Status"]),
        ]
        sheet += [("cell", [n, a[k], ref, who, s0, s1, st]) for n, k, ref, who, s0, s1, st
                  in rows]
        od.sheet("Genomförandeplan", widths, sheet, header_row=3)
        return od.save(path, title="Genomförandeplan för Översiktsplan Ljusnäs 2050",
                       author="Ljusnäs kommun")

    _ods_pdf(build, d / "child.pdf", "genomforandeplan")

    goals_ = [
        G("S1", g["S1"], "followed_up", [a["a1"], a["a2"]], ev="Detaljplan för kvarteret",
          note="the goals are the bullets under 'Ställningstaganden' in each numbered section "
          "of chapter 4 (ids S1–S8 in reading order, not printed); the section text, the "
          "vision and the riksintressen are no goals. The child, a genomförandeplan kept as a "
          "spreadsheet, cites only the SECTION ('Koppling till ÖP' 4.1 …), and each section "
          "holds one or two ställningstaganden: content decides which. Homes in Hedby and at "
          "Norra torget in the main town"),
        G("S2", g["S2"], "partial", [a["a2"]], ev="Markanvisning till",
          missing=["bostäder anpassade för äldre"],
          note="trap: one of two aims — rental flats; nothing for homes for the elderly"),
        G("S3", g["S3"], "followed_up", [a["a3"], a["a4"]], ev="Skötselplan och nya",
          note="management plan, marked trails and a lit track in the town forest"),
        G("S4", g["S4"], "not_followed_up",
          note="trap: section 4.2 is cited twice, but both measures are in the forest; "
          "nothing keeps the river shore open to the public"),
        G("S5", g["S5"], "followed_up", [a["a5"]], ev="Trafiksäkra skolvägar"),
        G("S6", g["S6"], "partial", [a["a6"]], ev="Pendlarparkering med 80",
          missing=["en attraktiv bytespunkt (väntmiljö, anslutande buss)"],
          note="commuter parking only"),
        G("S7", g["S7"], "followed_up", [a["a7"]], ev="Detaljplan för verksamhetsområdet"),
        G("S8", g["S8"], "not_followed_up",
          note="trap: the sheet's note says the position 'tillämpas i varje detaljplan och "
          "kräver inga egna åtgärder' — applied elsewhere, nothing in this plan"),
    ]
    kids = [
        C(a["a1"], ["S1"], note="the child goals are the 'Åtgärd' cells; numbers, section "
          "references, owners, years and status are no goals"),
        C(a["a2"], ["S1", "S2"]),
        C(a["a3"], ["S3"]),
        C(a["a4"], ["S3"]),
        C(a["a5"], ["S5"]),
        C(a["a6"], ["S6"]),
        C(a["a7"], ["S7"]),
        C(a["a8"], [], note="trap: 'Koppling till ÖP' 4.1 (housing), but a fire station "
          "serves neither position of 4.1 — stands alone"),
        C(a["a9"], [], note="'Kap. 6' (implementation) — publishing the plan, stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; översiktsplan): numbered sections 4.1–4.5, each with "
        "a bold 'Ställningstaganden' line over plain bullets; child PDF (odfpy .ods → "
        "LibreOffice Calc, landscape; genomförandeplan): sheet 'Nr | Åtgärd | Koppling till ÖP "
        "| Ansvarig | Start | Klart | Status' citing only the ÖP SECTION; one citation wrong, "
        "one section cited twice for only one of its two positions",
        goals=goals_, kids=kids,
    )


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder (pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder="corpora/parents-blind26/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
