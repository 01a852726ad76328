"""Build the twenty-first blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar21` without reading plancheck's code, tests or bench, and without
running it. Five parents and children in forms the earlier batches did not use:

- Kvernstad (nb): a samfunnsdel (python-docx → LibreOffice) whose goals stand in the 'I 2040' column of
  'Fra – til' tables (left column: today's situation, no goal). The child, a **handlingsplan for
  sentrumsutvikling og boliger**, opens each chapter with a box QUOTING a parent goal
  ('Samfunnsdelen sier') — one quoted goal gets no follow-up at all.
- Ullsfjell (nn): a fylkeskommune's **regional plan for folkehelse** (reportlab) whose goals are
  the 'Mål' cells of an indicator table ('Nr. | Mål | Indikator | 2028 | Ønskt nivå 2036'). The
  child, a municipality's **folkehelseplan** (Chromium), ties its goals to the regional plan by
  FOOTNOTES ('¹ Regional plan for folkehelse, mål 1') — one footnote names the wrong goal.
- Tjärnvik (sv): a **strategisk plan** (Chromium) whose goals are sentences led by a CAPITALISED
  keyword and a dash ('TRYGGHET – …'). The child, a **handlingsplan** (reportlab), has a
  Gantt-like table 'Insats | 2030 | 2031 | 2032 | Strategiskt mål' tagging insatser with the
  keyword — one tag wrong by content.
- Hjertebæk (da): a **kommunestrategi** (reportlab) whose goals are the bold lines under
  'Hvor vil vi hen?' (the bullets under 'Hvordan kommer vi derhen?' are no goals). The child is
  a **byrådets dagsordenpunkt** adopting a handleplan (Chromium): 'Sagsfremstilling' prose that
  names the strategy's goals, and an 'Indstilling' whose 'at …' clauses are the child's goals.
- Fernleigh (en): a borough council's **Corporate Plan** (Chromium) whose goals are 'By 2034, …'
  sentences in an 'Our ambitions' table. The child, a **Delivery Plan Q2 progress report**
  (reportlab), tags each action with an ambition's SHORT NAME and a RAG status — one action
  withdrawn at mid-year.

    python corpora/parents-blind21/make_pairs.py                  # all pairs
    python corpora/parents-blind21/make_pairs.py kvernstad-sentrum
    python corpora/parents-blind21/make_pairs.py --verify         # re-read the PDFs only

Imports the twentieth batch's builder (corpora/parents-blind20/make_pairs.py: through it batch
19's and earlier writers: `_rl`, `G`, `C`, the Chromium print, `_page`) and runs batch 14's `main`
(gold writer and checks) on this folder's pairs. `--verify` is batch 20's, pointed at this folder.
"""

from __future__ import annotations

import html as _html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p20 = pk.load_module("parents_blind20_make_pairs", HERE.parent / "parents-blind20" / "make_pairs.py")
_p14 = _p20._p14
G, C = _p20.G, _p20.C
_chromium, _page, _rl = _p20._chromium, _p20._page, _p20._rl
build_pdf = _p20.build_pdf

PAIRS, pair = pk.pair_registry()
e = _html.escape


# =========================================================================== 1 Kvernstad (nb)


@pair
def kvernstad_sentrum(d: Path) -> dict:
    g = {
        "K1": "Kvernstad sentrum er et levende sted med boliger, handel og møteplasser.",
        "K2": "Det finnes boliger for alle livsfaser, også utleieboliger for unge og eldre.",
        "K3": "Alle kan gå eller sykle trygt til skole, jobb og fritid.",
        "K4": "Kvernstad har et mangfoldig næringsliv med flere arbeidsplasser i kommunen.",
        "K5": "Den beste matjorda er tatt vare på, og ingen dyrka mark blir bygd ned.",
    }
    head = ["", "Fra (i dag)", "Til (i 2040)"]
    w = [8, 72, 90]
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2029–2040"),
        ("meta", "Kvernstad kommune · Vedtatt av kommunestyret 12. desember 2028, sak 98/28"),
        ("h1", "Slik leser du planen"),
        ("p", "For hvert satsingsområde viser en fra–til-tabell hvor Kvernstad står i dag, og "
         "hvor vi skal være i 2040. Det som står i kolonnen «Til (i 2040)», er kommunens "
         "samfunnsmål. Temaplaner og handlingsplaner skal vise hvordan de følger opp målene."),
        ("h1", "Satsingsområde 1: Et sentrum å bo i"),
        ("p", "Kvernstad har vokst langs riksveien, og sentrum har mistet butikker til "
         "kjøpesenteret ved Svingen. Samtidig vil flere eldre og unge bo sentralt."),
        ("table", head, [
            ["1", "Sentrum tømmes for butikker, og få bor der.", g["K1"]],
            ["2", "Nesten alle boliger er eneboliger, og det er få utleieboliger.", g["K2"]],
            ["3", "Mange barn blir kjørt til skolen, og gang- og sykkelnettet har hull.",
             g["K3"]],
        ], w),
        ("h1", "Satsingsområde 2: Arbeid og jord"),
        ("p", "Seks av ti yrkesaktive pendler ut av kommunen. Kvernstad har noe av den beste "
         "matjorda i fylket."),
        ("table", head, [
            ["4", "Få arbeidsplasser utenfor offentlig sektor og landbruket.", g["K4"]],
            ["5", "Det er bygd ned 60 dekar dyrka mark de siste ti årene.", g["K5"]],
        ], w),
        ("h1", "Arealstrategi"),
        ("bullets", ["Nye boliger skal i hovedsak bygges innenfor sentrumsavgrensningen.",
                     "Næringsarealer samles ved Svingen og Kverna industriområde.",
                     "Dyrka mark skal ikke omdisponeres til utbyggingsformål."]),
        ("p", "Samfunnsdelen følges opp gjennom handlingsdelen, som rulleres hvert år."),
    ]
    build_pdf(parent, d / "parent.pdf", title="Kommuneplanens samfunnsdel 2029–2040",
              author="Kvernstad kommune",
              header="Kvernstad kommune – Kommuneplanens samfunnsdel 2029–2040")

    k = {
        "c1": "Minst 150 nye boliger i sentrum innen 2032.",
        "c2": "Ingen butikklokaler i Storgata står tomme lenger enn ett år.",
        "c3": "Torget er bygd om til en møteplass med benker, lek og scene.",
        "c4": "Kommunen skaffer 20 utleieboliger for unge i etableringsfasen.",
        "c5": "Byggesaker i sentrum er ferdig behandlet innen fire uker.",
    }
    t = {
        "t1": "Områderegulering for Storgata nord",
        "t2": "Tilskudd til fasadeoppgradering og første års leie",
        "t3": "Ombygging av torget",
        "t4": "Kjøp av leiligheter i Nyveien 4",
    }
    th = ["Tiltak", "Ansvar", "Når"]
    tw = [95, 45, 30]
    fill = "#f3e8df"
    child = [
        ("title", "Handlingsplan for sentrumsutvikling og boliger 2029–2032"),
        ("meta", "Kvernstad kommune · Plan og utvikling · Vedtatt av kommunestyret 20. juni 2029"),
        ("h1", "1 Innledning"),
        ("p", "Handlingsplanen følger opp samfunnsdelen. Hvert kapittel begynner med det "
         "samfunnsdelen sier, og viser så kommunens delmål og tiltak for perioden."),
        ("h1", "2 Et levende sentrum"),
        ("box", "Samfunnsdelen sier:", ["«" + g["K1"] + "»"], fill),
        ("b", "Delmål"),
        ("bullets", [k["c1"], k["c2"], k["c3"]]),
        ("table", th, [[t["t1"], "Plan og utvikling", "2030"],
                       [t["t2"], "Næringsrådgiver", "2029–2032"],
                       [t["t3"], "Kommunalteknikk", "2031"]], tw),
        ("h1", "3 Boliger for alle"),
        ("box", "Samfunnsdelen sier:", ["«" + g["K2"] + "»"], fill),
        ("p", "Andelen innbyggere over 80 år vil dobles fram mot 2040, og mange av dem bor i "
         "store eneboliger langt fra sentrum."),
        ("b", "Delmål"),
        ("bullets", [k["c4"]]),
        ("table", th, [[t["t4"], "Eiendom", "2030"]], tw),
        ("h1", "4 Gå og sykle i sentrum"),
        ("box", "Samfunnsdelen sier:", ["«" + g["K3"] + "»"], fill),
        ("p", "Kommunen vil utarbeide en egen gå- og sykkelplan i neste planperiode. Inntil "
         "videre vises det til trafikksikkerhetsplanen. Kapitlet har derfor ingen delmål."),
        ("h1", "5 Rask saksbehandling"),
        ("p", "Rundt sentrum ligger noe av den beste matjorda i Kvernstad, og sentrum kan bare "
         "vokse innover. Da må byggesakene gå raskt."),
        ("b", "Delmål"),
        ("bullets", [k["c5"]]),
    ]
    _rl(d / "child.pdf", child,
        title="Handlingsplan for sentrumsutvikling og boliger 2029–2032",
        author="Kvernstad kommune", creator="Kvernstad kommune, Plan og utvikling",
        header="Kvernstad kommune – Handlingsplan for sentrumsutvikling og boliger",
        footer="Side {n}", accent="#7a3b12")

    goals_ = [
        G("K1", g["K1"], "followed_up", [k["c1"], k["c2"], k["c3"], t["t1"], t["t2"], t["t3"]],
          ev="Minst 150 nye boliger",
          note="the goals are the cells of the 'Til (i 2040)' column of the fra–til tables "
          "(numbered 1–5 in a narrow first column); the 'Fra (i dag)' cells and the "
          "arealstrategi are no goals. Quoted in the child's box, and homes, shops and a "
          "meeting place all get a delmål"),
        G("K2", g["K2"], "partial", [k["c4"], t["t4"]], ev="Kommunen skaffer 20 utleieboliger",
          missing=["boliger for eldre (bare unge får utleieboliger)",
                   "andre livsfaser enn unge i etableringsfasen"],
          note="quoted in the box; only rented homes for the young; the elderly appear only in "
          "the chapter's background sentence"),
        G("K3", g["K3"], "not_followed_up",
          note="trap: the child's chapter 4 QUOTES the goal in its box but has no delmål and no "
          "tiltak ('Kommunen vil utarbeide en egen gå- og sykkelplan i neste planperiode')"),
        G("K4", g["K4"], "not_followed_up",
          note="business and jobs are not in the child (c2 keeps shop premises let, a sentrum "
          "matter, not more jobs in the municipality)"),
        G("K5", g["K5"], "not_followed_up",
          note="trap: the child mentions 'den beste matjorda' as background for fast case "
          "handling; nothing protects farmland"),
    ]
    kids = [
        C(k["c1"], ["K1"], note="the child goals are the 'Delmål' bullets; the quotes in the "
          "'Samfunnsdelen sier:' boxes are the parent's goals, not the child's"),
        C(k["c2"], ["K1"]),
        C(k["c3"], ["K1"]),
        C(k["c4"], ["K2"]),
        C(k["c5"], [], note="case handling time: stands alone (its background mentions "
          "farmland, K5)"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; samfunnsdel): per satsingsområde a 'Fra (i dag) | Til "
        "(i 2040)' table, the goals in the 'Til' column, rows numbered 1–5; an arealstrategi "
        "list (no goals); child PDF (reportlab; handlingsplan): each chapter opens with a "
        "shaded box 'Samfunnsdelen sier:' quoting a parent goal, then 'Delmål' bullets and "
        "'Tiltak | Ansvar | Når' tables; one quoted goal has no delmål",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Ullsfjell (nn)


@pair
def ullsfjell_folkehelse(d: Path) -> dict:
    g = {
        "R1": "Fleire barn og unge er fysisk aktive kvar dag.",
        "R2": "Færre unge opplever einsemd.",
        "R3": "Alle har tilgang til sunn og rimeleg mat.",
        "R4": "Eldre bur trygt og aktivt heime lenger.",
        "R5": "Dei sosiale skilnadene i helse blir mindre.",
    }
    head = ["Nr.", "Mål", "Indikator", "2028", "Ønskt nivå 2036"]
    w = [10, 50, 62, 18, 30]
    parent = [
        ("title", "Regional plan for folkehelse 2029–2040"),
        ("meta", "Ullsfjell fylkeskommune · Vedteken av fylkestinget 3. desember 2028"),
        ("h1", "1 Innleiing"),
        ("p", "Planen gjeld for fylkeskommunen og er retningsgjevande for kommunane i "
         "Ullsfjell. Kommunane blir bedne om å vise korleis dei følgjer opp måla i sine eigne "
         "planar for folkehelse."),
        ("h1", "2 Mål og indikatorar"),
        ("p", "Tabellen viser dei fem måla i planen. For kvart mål følgjer fylkeskommunen ein "
         "indikator frå Folkehelseprofilen eller Ungdata."),
        ("table", head, [
            ["1", g["R1"], "Del 15-åringar som er aktive minst 60 minutt dagleg", "42 %",
             "60 %"],
            ["2", g["R2"], "Del ungdomsskuleelevar som ofte kjenner seg einsame", "19 %",
             "12 %"],
            ["3", g["R3"], "Del som et frukt og grønt dagleg", "58 %", "70 %"],
            ["4", g["R4"], "Del over 80 år som bur i eigen heim", "71 %", "80 %"],
            ["5", g["R5"], "Skilnad i forventa levealder etter utdanning", "5,1 år",
             "4,0 år"],
        ], w),
        ("h1", "3 Oppfølging"),
        ("p", "Fylkeskommunen legg fram ein folkehelsestatus kvart fjerde år. Partnarskapet "
         "for folkehelse møtest to gonger i året."),
    ]
    _rl(d / "parent.pdf", parent, title="Regional plan for folkehelse 2029–2040",
        author="Ullsfjell fylkeskommune", creator="Ullsfjell fylkeskommune",
        header="Ullsfjell fylkeskommune · Regional plan for folkehelse 2029–2040",
        footer="Side {n}", accent="#24516b")

    k = {
        "k1": "Alle skular i Kleivdal har 60 minutt fysisk aktivitet i skuledagen.",
        "k2": "Alle barn kan delta gratis i minst éin fritidsaktivitet.",
        "k3": "Ungdomsklubben på Kleivdal er open fire kveldar i veka.",
        "k4": "Alle elevar på ungdomssteget får tilbod om ein vaksen mentor.",
        "k5": "Kvardagsrehabilitering er tilgjengeleg i alle sonene i kommunen.",
        "k6": "Alle tilsette i helse og omsorg har gått kurs i klarspråk.",
    }
    fn = {
        "k1": "1", "k2": "2", "k3": "3", "k5": "4",
    }
    notes = [
        ("1", "Regional plan for folkehelse 2029–2040, mål 1."),
        ("2", "Regional plan for folkehelse 2029–2040, mål 5."),
        ("3", "Regional plan for folkehelse 2029–2040, mål 2."),
        ("4", "Regional plan for folkehelse 2029–2040, mål 3."),
    ]

    def goal(key):
        sup = f"<sup>{fn[key]}</sup>" if key in fn else ""
        return f"<li>{e(k[key])}{sup}</li>"

    css = (
        "h1{font-size:19pt;color:#3c6e2f;margin:0 0 4px}"
        "h2{font-size:13pt;color:#3c6e2f;margin:14px 0 4px;border-bottom:1px solid #3c6e2f}"
        ".mal{font-weight:bold;margin:8px 0 2px}"
        "ul.m{margin:2px 0 8px}"
        "sup{font-size:7pt}"
        ".fn{border-top:1px solid #999;margin-top:24px;padding-top:4px;font-size:8.5pt}"
        ".fn p{margin:1px 0}"
    )
    body = [
        "<div class='crumb'>Kleivdal kommune · Folkehelseplan 2030–2033</div>",
        "<h1>Folkehelseplan for Kleivdal kommune 2030–2033</h1>",
        "<p class='crumb'>Vedteken av kommunestyret 11. februar 2030, sak 7/30</p>",
        "<h2>1 Innleiing</h2>",
        "<p>Planen byggjer på folkehelseoversikta for Kleivdal og på den regionale planen for "
        "folkehelse i Ullsfjell. Der eit mål i planen følgjer opp eit regionalt mål, står det "
        "ei fotnote.</p>",
        "<h2>2 Barn og unge</h2>",
        "<p>Berre fire av ti ungdomar i Kleivdal er aktive kvar dag. Kantina på Kleivdal "
        "skule sel mest brus og kaker.</p>",
        "<p class='mal'>Mål</p>",
        "<ul class='m'>" + goal("k1") + goal("k2") + goal("k3") + goal("k4") + "</ul>",
        "<table><tr><th>Tiltak</th><th>Ansvarleg</th><th>Tid</th></tr>"
        "<tr><td>Aktiv skuledag på alle skular</td><td>Oppvekst</td><td>2030</td></tr>"
        "<tr><td>Fritidskortet – 2 000 kroner per barn</td><td>Kultur</td><td>2030–2033</td>"
        "</tr><tr><td>Mentorordning med frivillige</td><td>Ungdomskontakten</td>"
        "<td>2031</td></tr></table>",
        "<h2>3 Eldre</h2>",
        "<p>Talet på innbyggjarar over 80 år aukar med 60 prosent fram mot 2040.</p>",
        "<p class='mal'>Mål</p>",
        "<ul class='m'>" + goal("k5") + "</ul>",
        "<table><tr><th>Tiltak</th><th>Ansvarleg</th><th>Tid</th></tr>"
        "<tr><td>Eige team for kvardagsrehabilitering i Nordsona</td><td>Helse og omsorg"
        "</td><td>2031</td></tr></table>",
        "<h2>4 Ei tydeleg kommune</h2>",
        "<p class='mal'>Mål</p>",
        "<ul class='m'>" + goal("k6") + "</ul>",
        "<div class='fn'>" + "".join(f"<p><sup>{n}</sup> {e(t)}</p>" for n, t in notes)
        + "</div>",
    ]
    _chromium(_page("nn", "Folkehelseplan for Kleivdal kommune 2030–2033", css, body),
              d / "child.pdf")

    goals_ = [
        G("R1", g["R1"], "followed_up", [k["k1"], k["k2"], "Aktiv skuledag på alle skular",
                                         "Fritidskortet – 2 000 kroner per barn"],
          ev="Alle skular i Kleivdal har",
          note="the goals are the 'Mål' cells of the indicator table (numbered in the 'Nr.' "
          "column); indicators, baselines and target levels are measures of the goals, not "
          "goals. Daily activity in school and a free leisure activity: the municipality's "
          "share of the goal for children and young people"),
        G("R2", g["R2"], "followed_up", [k["k3"], k["k4"], "Mentorordning med frivillige"],
          ev="Ungdomsklubben på Kleivdal er",
          note="in other words: a youth club open four evenings and an adult mentor for every "
          "lower-secondary pupil (no word 'einsemd' in the child)"),
        G("R3", g["R3"], "not_followed_up",
          note="trap: footnote 4 names 'mål 3' but stands on the everyday-rehabilitation goal "
          "(R4); the child mentions the school canteen selling soft drinks and cakes only as "
          "background"),
        G("R4", g["R4"], "partial", [k["k5"],
                                     "Eige team for kvardagsrehabilitering i Nordsona"],
          ev="Kvardagsrehabilitering er tilgjengeleg i",
          missing=["tryggleik i heimen (fallførebygging, tryggleiksalarm, velferdsteknologi)"],
          note="trap: its footnote wrongly says 'mål 3'. Everyday rehabilitation serves 'aktivt "
          "heime lenger'; 'trygt' gets nothing"),
        G("R5", g["R5"], "partial", [k["k2"], "Fritidskortet – 2 000 kroner per barn"],
          ev="Alle barn kan delta gratis",
          missing=["sosiale skilnader i helse for vaksne (utdanning, arbeid, inntekt)"],
          note="footnote 2 names mål 5: a free leisure activity removes a cost barrier for "
          "children — one part of reducing social differences in health"),
    ]
    kids = [
        C(k["k1"], ["R1"], note="the child goals are the bullets under 'Mål' (without the "
          "superscript footnote number)"),
        C(k["k2"], ["R1", "R5"], note="footnote 2 names only mål 5; the content serves mål 1 too"),
        C(k["k3"], ["R2"]),
        C(k["k4"], ["R2"], note="no footnote; serves R2 in other words"),
        C(k["k5"], ["R4"], note="footnote 4 says mål 3 (food) — wrong by content"),
        C(k["k6"], [], note="plain language for staff: stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; a fylkeskommune's regional plan for folkehelse): the "
        "goals are the 'Mål' cells of a table 'Nr. | Mål | Indikator | 2028 | Ønskt nivå "
        "2036'; child PDF (Chromium; a municipality's folkehelseplan): 'Mål' bullets with "
        "superscript footnote numbers, footnotes at the foot naming 'mål n' of the regional "
        "plan (one wrong), 'Tiltak | Ansvarleg | Tid' tables",
        goals=goals_, kids=kids,
    )



# =========================================================================== 3 Tjärnvik (sv)


@pair
def tjarnvik_trygghet(d: Path) -> dict:
    goals = [
        ("T1", "TRYGGHET", "I Tjärnvik känner sig alla trygga i sitt bostadsområde, dygnet "
         "runt."),
        ("T2", "LIKA CHANSER", "Alla barn har samma chans att lyckas i skolan, oavsett "
         "föräldrarnas bakgrund."),
        ("T3", "ARBETE", "Alla som kan arbeta har ett arbete eller studerar."),
        ("T4", "KLIMAT", "Tjärnvik är en fossilfri kommun 2040."),
    ]
    g = {gid: txt for gid, _, txt in goals}
    css = (
        "h1{font-size:20pt;color:#2d3f7a;margin:0 0 4px}"
        "h2{font-size:13pt;color:#2d3f7a;margin:16px 0 4px}"
        ".goal{margin:7px 0 7px 0;font-size:11pt}"
        ".kw{font-weight:bold;color:#2d3f7a;letter-spacing:0.5px}"
        ".box{background:#eef0f7;padding:6px 10px;margin:10px 0}"
    )
    body = [
        "<div class='crumb'>Tjärnviks kommun · Strategisk plan 2029–2040</div>",
        "<h1>Strategisk plan 2029–2040</h1>",
        "<p class='crumb'>Antagen av kommunfullmäktige 27 november 2028, § 143</p>",
        "<h2>Vision</h2>",
        "<p>Tjärnvik – en plats där alla kan växa.</p>",
        "<h2>Strategiska mål</h2>",
        "<p>Kommunfullmäktige har fyra strategiska mål för perioden. Nämnderna och bolagen ska "
        "visa i sina verksamhetsplaner och handlingsplaner hur de bidrar till målen.</p>",
    ]
    body += [f"<p class='goal'><span class='kw'>{e(kw)}</span> – {e(txt)}</p>"
             for _, kw, txt in goals]
    body += [
        "<h2>Så styr vi</h2>",
        "<div class='box'><p>Målen följs upp i årsredovisningen med nyckeltal från "
        "Kolada och SCB:s medborgarundersökning. Budgeten anger nämndernas ekonomiska "
        "ramar.</p></div>",
        "<h2>Omvärld</h2>",
        "<p>Befolkningen i Tjärnvik ökar med cirka 300 personer per år. Var femte invånare är "
        "född utomlands. Skillnaden i meritvärde mellan skolorna är bland de största i "
        "länet.</p>",
    ]
    _chromium(_page("sv", "Strategisk plan 2029–2040", css, body), d / "parent.pdf")

    k = {
        "m1": "Andelen boende i Södra Tjärn och Backa som känner sig otrygga ute på kvällen "
        "ska halveras till 2032.",
        "m2": "Alla familjer i Södra Tjärn ska få erbjudande om hembesök av familjecentralen.",
        "m3": "Fler utrikes födda kvinnor ska ha ett arbete eller studera.",
        "m4": "Föreningsbidrag ska bara gå till föreningar som har en plan mot "
        "diskriminering.",
    }
    ins = {
        "i1": "Trygghetsvandringar och bättre belysning i Södra Tjärn och Backa",
        "i2": "Fältassistenter kvällstid, fredag och lördag",
        "i3": "Utökade hembesök från familjecentralen",
        "i4": "Språkpraktik och jobbcoachning för utrikes födda kvinnor",
        "i5": "Nya villkor för föreningsbidrag",
    }
    head = ["Insats", "2030", "2031", "2032", "Strategiskt mål"]
    w = [78, 14, 14, 14, 50]
    child = [
        ("title", "Handlingsplan för ett tryggt och jämlikt Tjärnvik 2030–2032"),
        ("meta", "Tjärnviks kommun · Kommunstyrelsen · Antagen 9 mars 2030"),
        ("h1", "1 Bakgrund"),
        ("p", "Handlingsplanen riktar sig till de bostadsområden där skillnaderna i livsvillkor "
         "är störst. Klimatförändringarna drabbar också hushåll med låga inkomster hårdast, "
         "men det hanteras i kommunens klimatprogram."),
        ("h1", "2 Mål för planperioden"),
        ("hang", "Mål 1", k["m1"]),
        ("hang", "Mål 2", k["m2"]),
        ("hang", "Mål 3", k["m3"]),
        ("hang", "Mål 4", k["m4"]),
        ("h1", "3 Insatser och tidplan"),
        ("p", "Tabellen visar när insatserna genomförs (X) och vilket strategiskt mål i den "
         "strategiska planen de bidrar till."),
        ("table", head, [
            [ins["i1"], "X", "X", "", "TRYGGHET"],
            [ins["i2"], "X", "X", "X", "TRYGGHET"],
            [ins["i3"], "", "X", "X", "TRYGGHET"],
            [ins["i4"], "X", "X", "X", "ARBETE"],
            [ins["i5"], "X", "", "", "LIKA CHANSER"],
        ], w),
        ("h1", "4 Uppföljning"),
        ("p", "Kommunstyrelsen följer upp handlingsplanen varje höst."),
    ]
    _rl(d / "child.pdf", child,
        title="Handlingsplan för ett tryggt och jämlikt Tjärnvik 2030–2032",
        author="Tjärnviks kommun", creator="Tjärnviks kommun, Kommunledningskontoret",
        header="Tjärnviks kommun – Handlingsplan för ett tryggt och jämlikt Tjärnvik",
        footer="Sida {n}", accent="#2d3f7a")

    goals_ = [
        G("T1", g["T1"], "partial", [k["m1"], ins["i1"], ins["i2"]],
          ev="Andelen boende i Södra Tjärn",
          missing=["trygghet i kommunens övriga bostadsområden"],
          note="the goals are the sentences after the capitalised keyword and the dash "
          "('TRYGGHET – …'); the keyword is a label, not part of the text; the vision and "
          "'Så styr vi' are no goals. The child works in two areas only"),
        G("T2", g["T2"], "partial", [k["m2"], ins["i3"]], ev="Alla familjer i Södra Tjärn",
          missing=["skolan: inget mål eller insats om elevernas resultat eller skillnaderna "
                   "mellan skolorna"],
          note="trap: the home-visit insats is tagged TRYGGHET in the table, but early family "
          "support serves 'samma chans' (other words); the school itself gets nothing"),
        G("T3", g["T3"], "partial", [k["m3"], ins["i4"]], ev="Fler utrikes födda kvinnor",
          missing=["andra grupper än utrikes födda kvinnor"],
          note="one group only"),
        G("T4", g["T4"], "not_followed_up",
          note="trap: the child's background names climate change and low-income households "
          "and refers it to the climate programme"),
    ]
    kids = [
        C(k["m1"], ["T1"], note="the child goals are 'Mål 1'–'Mål 4' (label in a hanging "
          "column); the insatser in the Gantt table are measures"),
        C(k["m2"], ["T2"], note="its insats is tagged TRYGGHET — wrong by content"),
        C(k["m3"], ["T3"]),
        C(k["m4"], [], note="anti-discrimination plans in clubs, tagged LIKA CHANSER: "
          "not about children's chances in school — stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; strategisk plan): goals as sentences led by a "
        "capitalised keyword and a dash ('TRYGGHET – …'), a vision line, a 'Så styr vi' box; "
        "child PDF (reportlab; handlingsplan): 'Mål n' in a hanging column, a Gantt-like table "
        "'Insats | 2030 | 2031 | 2032 | Strategiskt mål' with X marks and the parent's keyword "
        "(one wrong)",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Hjertebæk (da)


@pair
def hjertebaek_bosaetning(d: Path) -> dict:
    spor = [
        ("Spor 1: Flere vil bo i Hjertebæk",
         "Hjertebæk har mistet 900 indbyggere siden 2015, især unge familier.",
         ["Hjertebæk vokser med 1.500 indbyggere frem mod 2035.",
          "Tilflyttere bliver boende og føler sig hjemme."],
         ["Flere byggegrunde og lejeboliger i byerne", "Markedsføring af Hjertebæk"]),
        ("Spor 2: Et stærkt erhvervsliv",
         "Hver tredje virksomhed melder om mangel på arbejdskraft.",
         ["Virksomhederne kan skaffe den arbejdskraft, de har brug for.",
          "Flere unge vælger en erhvervsuddannelse."],
         ["Samarbejde mellem jobcenter og virksomheder", "Brobygning i folkeskolen"]),
        ("Spor 3: Grøn omstilling",
         "Kommunens bygninger bruger for meget energi.",
         ["Alle kommunens bygninger er energirenoverede i 2035."],
         ["Energirenovering efter en fast plan"]),
    ]
    ids = ["H1", "H2", "H3", "H4", "H5"]
    texts = [t for _, _, gs, _ in spor for t in gs]
    g = dict(zip(ids, texts, strict=True))
    parent = [
        ("title", "Kommunestrategi 2029–2033"),
        ("meta", "Hjertebæk Kommune · Vedtaget af byrådet 25. oktober 2028"),
        ("p", "Kommunestrategien samler byrådets retning for de næste fire år i tre spor. "
         "For hvert spor beskriver vi, hvor vi vil hen, og hvordan vi kommer derhen."),
    ]
    for head, bg, gs, how in spor:
        parent += [("h1", head), ("p", bg), ("h2", "Hvor vil vi hen?")]
        parent += [("b", t) for t in gs]
        parent += [("h2", "Hvordan kommer vi derhen?"), ("bullets", how)]
    _rl(d / "parent.pdf", parent, title="Kommunestrategi 2029–2033",
        author="Hjertebæk Kommune", creator="Hjertebæk Kommune, Strategi og Udvikling",
        header="Hjertebæk Kommune · Kommunestrategi 2029–2033", footer="Side {n}",
        accent="#8c1c3a")

    k = {
        "a1": "der udstykkes 120 nye byggegrunde i Hjertebæk og Skovlunde inden 2031,",
        "a2": "der gennemføres en årlig tilflytterkampagne i Aarhus og København,",
        "a3": "alle nye tilflyttere inden for tre måneder tilbydes besøg af en frivillig "
        "bosætningsambassadør,",
        "a4": "Jobcentret hvert år matcher 200 ledige med virksomheder, der mangler "
        "medarbejdere,",
        "a5": "sagsbehandlingstiden for byggetilladelser til enfamiliehuse højst er 30 dage,",
        "a6": "handleplanen evalueres i byrådet i december 2031.",
    }
    css = (
        "h1{font-size:15pt;color:#8c1c3a;margin:6px 0 2px}"
        "h2{font-size:11.5pt;margin:12px 0 3px}"
        ".meta td{border:none;padding:1px 8px 1px 0;font-size:9.5pt}"
        ".ind p{margin:3px 0}"
        "ul.at{list-style:none;padding-left:14px;margin:4px 0}"
        "ul.at li{margin:3px 0}"
    )
    body = [
        "<div class='crumb'>Hjertebæk Kommune · Byrådet · Dagsorden for mødet 30. januar 2030"
        "</div>",
        "<h1>Punkt 7. Handleplan for bosætning og erhverv 2030–2031</h1>",
        "<table class='meta'><tr><td>Sagsnr.</td><td>30.00.00-P20-3-29</td></tr>"
        "<tr><td>Sagsbehandler</td><td>Strategi og Udvikling</td></tr></table>",
        "<h2>Sagsfremstilling</h2>",
        "<p>Handleplanen udmønter kommunestrategiens spor 1 og dele af spor 2. Indsatserne "
        "skal understøtte strategiens mål om vækst i befolkningen, og at tilflyttere faar et "
        "godt første år i kommunen. Samtidig skal virksomhedernes mangel på arbejdskraft "
        "mindskes.</p>"
        .replace("faar", "får"),
        "<p>Kommunestrategien peger også på, at flere unge skal vælge en erhvervsuddannelse. "
        "Det behandles i en særskilt sag i Børne- og Skoleudvalget. Energirenovering af de "
        "kommunale bygninger indgår i budgettet.</p>",
        "<h2>Økonomi</h2>",
        "<p>Handleplanen finansieres inden for budget 2030 med 4,2 mio. kr. til udstykning og "
        "0,6 mio. kr. til markedsføring.</p>",
        "<h2>Indstilling</h2>",
        "<div class='ind'><p>Direktionen indstiller, at byrådet godkender handleplanen, "
        "herunder at</p></div>",
        "<ul class='at'>" + "".join(f"<li>– {e(v)}</li>" for v in k.values()) + "</ul>",
        "<h2>Beslutning</h2>",
        "<p>Godkendt. Fraværende: Ingen.</p>",
    ]
    _chromium(_page("da", "Punkt 7. Handleplan for bosætning og erhverv 2030–2031", css, body),
              d / "child.pdf")

    goals_ = [
        G("H1", g["H1"], "followed_up", [k["a1"], k["a2"]], ev="– der udstykkes 120 nye",
          note="the goals are the bold lines under 'Hvor vil vi hen?' in each spor; the "
          "bullets under 'Hvordan kommer vi derhen?' are ways, not goals. Plots and a yearly "
          "campaign: the plan's share of growth"),
        G("H2", g["H2"], "followed_up", [k["a3"]], ev="– alle nye tilflyttere inden",
          note="in other words: a volunteer ambassador's visit within three months for 'bliver "
          "boende og føler sig hjemme' ('et godt første år' in the sagsfremstilling)"),
        G("H3", g["H3"], "partial", [k["a4"]], ev="– Jobcentret hvert år matcher",
          missing=["rekruttering af arbejdskraft udefra (tilflyttere, udenlandsk "
                   "arbejdskraft) til virksomhederne"],
          note="matching local unemployed people only"),
        G("H4", g["H4"], "not_followed_up",
          note="trap: the sagsfremstilling names the goal ('flere unge skal vælge en "
          "erhvervsuddannelse') and refers it to another case; no 'at'-clause serves it"),
        G("H5", g["H5"], "not_followed_up",
          note="trap: energy renovation named in the sagsfremstilling as part of the budget; "
          "nothing in the handleplan"),
    ]
    kids = [
        C(k["a1"], ["H1"], note="the child goals are the 'at'-clauses of the Indstilling "
          "(the text without the dash; lower-case start and trailing comma as printed); the "
          "sagsfremstilling prose is no goal"),
        C(k["a2"], ["H1"]),
        C(k["a3"], ["H2"]),
        C(k["a4"], ["H3"]),
        C(k["a5"], [], note="case handling time for building permits: stands alone (a lenient "
          "reader might hang it on H1's plots)"),
        C(k["a6"], [], note="evaluation date: a procedural decision, stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; kommunestrategi): per 'Spor n' a background line, "
        "'Hvor vil vi hen?' with the goals as bold lines, 'Hvordan kommer vi derhen?' bullets "
        "(no goals); child PDF (Chromium; a byråd agenda item adopting a handleplan): "
        "'Sagsfremstilling' prose naming the strategy's goals, an 'Indstilling' whose "
        "'– at …' clauses are the child's goals, 'Beslutning: Godkendt'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Fernleigh (en)


@pair
def fernleigh_delivery(d: Path) -> dict:
    amb = [
        ("A1", "Homes", "By 2034, 2,000 new homes have been built in the borough, a third of "
         "them affordable.", "Housing and Planning"),
        ("A2", "Green", "By 2034, the council's own operations are net zero.",
         "Climate and Environment"),
        ("A3", "Skills", "By 2034, every young person leaves school with a route into work, "
         "training or further study.", "Economy and Skills"),
        ("A4", "Healthy", "By 2034, the gap in healthy life expectancy between our wards has "
         "narrowed by two years.", "Health and Wellbeing"),
    ]
    g = {a: t for a, _, t, _ in amb}
    css = (
        "h1{font-size:21pt;color:#00594f;margin:0 0 4px}"
        "h2{font-size:13pt;color:#00594f;margin:16px 0 4px}"
        ".lead{font-size:11pt}"
        "td.n{font-weight:bold;color:#00594f;width:16%}"
    )
    body = [
        "<div class='crumb'>Fernleigh Borough Council · Corporate Plan 2029–2034</div>",
        "<h1>Corporate Plan 2029–2034</h1>",
        "<p class='crumb'>Approved by Full Council, 22 February 2029</p>",
        "<h2>Leader's foreword</h2>",
        "<p class='lead'>Fernleigh is growing, and our residents told us what matters: homes "
        "they can afford, a cleaner environment, good jobs for young people and a fairer "
        "chance of a long, healthy life.</p>",
        "<h2>Our ambitions</h2>",
        "<table><tr><th>Ambition</th><th>What we will achieve</th><th>Portfolio</th></tr>",
    ]
    body += [f"<tr><td class='n'>{e(n)}</td><td>{e(t)}</td><td>{e(p)}</td></tr>"
             for _, n, t, p in amb]
    body += [
        "</table>",
        "<h2>How we will deliver</h2>",
        "<p>Each year a Delivery Plan sets out the actions for that year. Progress is reported "
        "to Cabinet every quarter with a red, amber or green (RAG) rating.</p>",
        "<h2>Fernleigh in numbers</h2>",
        "<p>Population 118,400 · 9,300 households on the housing register · healthy life "
        "expectancy 58.2 years in Eastbrook and 66.9 years in Hatherden.</p>",
    ]
    _chromium(_page("en", "Corporate Plan 2029–2034", css, body), d / "parent.pdf")

    k = {
        "d1": "Start 240 homes on the former Station Yard site, 80 of them affordable",
        "d2": "Adopt the Affordable Housing Supplementary Planning Document",
        "d3": "Replace 6,500 street lights with LED lanterns",
        "d4": "Sign up 50 local employers to the Fernleigh Apprenticeship Pledge",
        "d5": "Publish a health inequalities action plan for Eastbrook and Millfield",
        "d6": "Answer 90% of calls to the contact centre within two minutes",
    }
    head = ["Ref", "Action", "Ambition", "RAG", "Q2 commentary"]
    w = [12, 62, 20, 14, 62]
    child = [
        ("title", "Delivery Plan 2030/31 – Quarter 2 progress report"),
        ("meta", "Fernleigh Borough Council · Cabinet, 12 November 2030 · Report of the "
         "Chief Executive"),
        ("h1", "1 Purpose"),
        ("p", "This report sets out progress at the end of September 2030 against the actions "
         "in the Delivery Plan 2030/31, which delivers the Corporate Plan 2029–2034."),
        ("h1", "2 Progress against actions"),
        ("table", head, [
            ["D1", k["d1"], "Homes", "Green", "Contractor appointed; start on site in "
             "January."],
            ["D2", k["d2"], "Homes", "Amber", "Consultation closed; adoption moved to "
             "Q4."],
            ["D3", k["d3"], "Green", "Green", "3,900 lanterns replaced."],
            ["D4", k["d4"], "Skills", "Amber", "31 employers signed up."],
            ["D5", k["d5"], "Healthy", "Red", "Withdrawn at the mid-year review; no "
             "funding in 2030/31."],
            ["D6", k["d6"], "Council", "Red", "74% in Q2 after the new phone system went "
             "live."],
        ], w),
        ("h1", "3 Recommendation"),
        ("p", "Cabinet is asked to note the progress and to approve the withdrawal of "
         "action D5."),
    ]
    _rl(d / "child.pdf", child, title="Delivery Plan 2030/31 – Quarter 2 progress report",
        author="Fernleigh Borough Council", creator="Fernleigh Borough Council, Policy and "
        "Performance", header="Fernleigh Borough Council – Cabinet 12 November 2030",
        footer="Page {n}", accent="#00594f")

    goals_ = [
        G("A1", g["A1"], "followed_up", [k["d1"], k["d2"]], ev="Start 240 homes on the",
          note="the goals are the 'By 2034, …' sentences in the 'What we will achieve' column; "
          "the short names (Homes, Green …) are labels; foreword, portfolios and numbers are no "
          "goals. The year's share: 240 homes with a third affordable and the affordable "
          "housing SPD"),
        G("A2", g["A2"], "partial", [k["d3"]], ev="Replace 6,500 street lights with",
          missing=["the council's buildings, fleet and other emissions (street lighting "
                   "only)"],
          note="one source of the council's own emissions"),
        G("A3", g["A3"], "partial", [k["d4"]], ev="Sign up 50 local employers",
          missing=["routes into training or further study, and support for young people "
                   "not in education, employment or training"],
          note="apprenticeships are one route, not 'every young person'"),
        G("A4", g["A4"], "not_followed_up",
          note="trap: action D5 is tagged 'Healthy' but was withdrawn at the mid-year review "
          "and Cabinet is asked to approve the withdrawal; nothing else serves the goal"),
    ]
    kids = [
        C(k["d1"], ["A1"], note="the child goals are the actions in the progress table "
          "(ref, ambition tag, RAG and commentary left out)"),
        C(k["d2"], ["A1"]),
        C(k["d3"], ["A2"]),
        C(k["d4"], ["A3"]),
        C(k["d5"], [], note="tagged 'Healthy' but withdrawn: serves nothing this year — "
          "stands alone (a reader who counts the printed action would hang it on A4)"),
        C(k["d6"], [], note="tagged 'Council' (no ambition of that name): stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; Corporate Plan): an 'Our ambitions' table 'Ambition | "
        "What we will achieve | Portfolio', the goals 'By 2034, …' sentences; child PDF "
        "(reportlab; Delivery Plan quarterly progress report to Cabinet): one table 'Ref | "
        "Action | Ambition | RAG | Q2 commentary' tagging actions with the ambition's short "
        "name; one action withdrawn",
        goals=goals_, kids=kids,
    )


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder (pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder="corpora/parents-blind21/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
