"""Build the twenty-first blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar21` without reading plancheck's code, tests or bench, and without
running it. Five parents and children in forms the earlier batches did not use:

- Kvernstad (nb): a samfunnsdel (reportlab) whose goals stand in the 'I 2040' column of
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
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p20 = _load("parents_blind20_make_pairs", HERE.parent / "parents-blind20" / "make_pairs.py")
_p14 = _p20._p14
G, C = _p20.G, _p20.C
_chromium, _page, _rl = _p20._chromium, _p20._page, _p20._rl

PAIRS: dict[str, Callable[[Path], dict]] = {}
e = _html.escape


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


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
    _rl(d / "parent.pdf", parent, title="Kommuneplanens samfunnsdel 2029–2040",
        author="Kvernstad kommune", creator="Kvernstad kommune, Plan og utvikling",
        header="Kvernstad kommune – Kommuneplanens samfunnsdel 2029–2040", footer="Side {n}",
        accent="#7a3b12")

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
        producer="parent PDF (reportlab; samfunnsdel): per satsingsområde a 'Fra (i dag) | Til "
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


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder."""
    _p20.HERE, _p20.PAIRS = HERE, PAIRS
    if "--verify" in argv:
        names = [a for a in argv if a != "--verify"] or list(PAIRS)
        raise SystemExit(1 if _p20.verify(names) else 0)
    _p14.HERE, _p14.PAIRS = HERE, PAIRS
    names = argv or list(PAIRS)
    _p14.main(names)
    for name in names:
        f = HERE / name / "parent-coverage.gold.yaml"
        f.write_text(
            f.read_text(encoding="utf-8").replace(
                "corpora/parents-blind14/make_pairs.py", "corpora/parents-blind21/make_pairs.py"
            ),
            encoding="utf-8",
        )
    if _p20.verify(names):
        raise SystemExit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
