"""Build the twentieth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar20` without reading plancheck's code, tests or bench, and without
running it. Five parents and children in forms the earlier batches did not use:

- Solbergvik (nb): a samfunnsdel (Chromium, three sheets) whose goals are a numbered list INSIDE
  shaded 'Satsingsområde' boxes, each goal followed by 'Dette betyr at vi …' sub-statements (no
  goals). The child, a **plan for kultur, idrett og frivillighet** (reportlab), ends its goals
  with page citations '(jf. samfunnsdelen s. 2)' — one page is wrong.
- Urdalsfjord (nn): a samfunnsdel (python-docx → LibreOffice) with tables 'Samfunnsmål | Kommunen
  skal' (the right column holds the municipality's roles, written 'skal'-like; no goals). The
  child, a **plan for psykisk helse og rusarbeid** (Chromium), has a cross-reference matrix of
  its goals × the samfunnsdel's goals with ✓ marks — one ✓ not served by content.
- Region Västmyra (sv): a **regional utvecklingsstrategi** (reportlab) whose goals are sentences
  'Målet är att …' in a right column beside the 'Prioriterat område' label, with indicator lists
  and a quoted national goal (no goals). The child, a **landsbygdsprogram** (python-docx →
  LibreOffice), names its chapters after the strategy's focus areas and cites nothing.
- Mørkholt (da): a **planstrategi** (python-docx → LibreOffice) whose goals are lettered
  FRAGMENTS 'a) …,' completing the lead-in 'Byrådet vil arbejde for, at'; a list of kommuneplan
  themes to revise (no goals). The child, a **vand- og naturhandleplan** (reportlab), restates
  parent goals as its own 'Mål:' — one with no action at all.
- Ashwick Vale (en): a district council's **Council Plan** (Chromium) whose goals are verbless
  OUTCOME phrases ('Clean, safe streets that residents are proud of') with 'Our commitments'
  'We will …' bullets (no goals); the child, a **Neighbourhood Services service plan** (python-docx
  → LibreOffice), tags each service objective 'Council Plan priority: …' with a PRIORITY name
  (two outcomes each), never an outcome — one tag wrong by content; one section names a priority
  and defers every action.

    python corpora/parents-blind20/make_pairs.py                  # all pairs
    python corpora/parents-blind20/make_pairs.py solbergvik-kulturplan
    python corpora/parents-blind20/make_pairs.py --verify         # re-read the PDFs only

Imports the nineteenth batch's builder (corpora/parents-blind19/make_pairs.py: through it batch
18's `_rl`, batch 14's `G`, `C`, the Chromium print, `_page`, `build_pdf`, `_build_pdf_numbered`)
and runs batch 14's `main` (gold writer and checks) on this folder's pairs. `--verify` re-reads
every PDF with pdftotext (-layout, page by page) and checks that each gold text's opening four
words and each evidence quote are printed on one line of the page the gold names.
"""

from __future__ import annotations

import html as _html
import importlib.util
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p19 = _load("parents_blind19_make_pairs", HERE.parent / "parents-blind19" / "make_pairs.py")
_p14 = _p19._p14
G, C = _p19.G, _p19.C
_chromium, _page, _rl = _p19._chromium, _p19._page, _p19._rl
build_pdf, _build_pdf_numbered = _p19.build_pdf, _p19._build_pdf_numbered

PAIRS: dict[str, Callable[[Path], dict]] = {}
e = _html.escape


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Solbergvik (nb)


@pair
def solbergvik_kulturplan(d: Path) -> dict:
    g = {
        "S1": "Alle innbyggere skal ha tilgang til et rikt og variert kulturliv.",
        "S2": "Frivilligheten i Solbergvik skal være sterk og nå flere enn i dag.",
        "S3": "Barn og unge skal ha et aktivt fritidstilbud uavhengig av foreldrenes økonomi.",
        "S4": "Elevene skal lære mer og trives bedre på skolen.",
        "S5": "Solbergvik skal ha sammenhengende turveier og friområder nær der folk bor.",
        "S6": "Kommunen skal være klimanøytral innen 2040.",
        "S7": "Kulturarven i Solbergvik skal tas vare på og tas i bruk.",
    }
    means = {
        "S1": ["Dette betyr at vi gir lag og foreninger gratis tilgang til kommunale lokaler.",
               "Dette betyr at vi skal ha et nytt kulturhus i sentrum ferdig innen 2035."],
        "S2": ["Dette betyr at vi gjør det enklere å søke om tilskudd.",
               "Dette betyr at vi bruker frivilligsentralen som inngang for nye innbyggere."],
        "S3": ["Dette betyr at vi samarbeider med idretten om lave treningsavgifter.",
               "Dette betyr at vi holder ungdomsklubbene åpne også i feriene."],
        "S4": ["Dette betyr at vi satser på lesing og regning de første skoleårene."],
        "S5": ["Dette betyr at vi sikrer grønne korridorer i arealplanene.",
               "Dette betyr at vi kjøper eller leier arealer langs sjøen til allmenn bruk."],
        "S6": ["Dette betyr at vi stiller klimakrav i alle kommunale innkjøp."],
        "S7": ["Dette betyr at vi lager en kulturminneplan med prioriterte kulturminner.",
               "Dette betyr at vi finner ny bruk for gamle bygg som står tomme."],
    }
    css = (
        ".run{font-size:8pt;color:#777;border-bottom:1px solid #ccc;padding-bottom:2px;"
        "margin-bottom:10px;display:flex;justify-content:space-between}"
        ".sheet{break-after:page}.sheet:last-child{break-after:auto}"
        "h1{font-size:21pt;color:#7a2e12;margin:6px 0 4px}"
        "h2{font-size:13pt;color:#7a2e12;margin:14px 0 6px}"
        ".box{background:#fbeee3;border:1.5px solid #d8a27c;border-radius:6px;padding:8px 14px;"
        "margin:10px 0 14px}"
        ".box .sa{font-size:8.5pt;letter-spacing:1px;color:#a0522d;font-weight:bold}"
        ".box .nm{font-size:14pt;font-weight:bold;color:#7a2e12;margin:1px 0 6px}"
        ".box ol{margin:4px 0 2px;padding-left:22px}.box li{margin:0 0 8px;font-size:10.5pt}"
        ".box li b{display:block}"
        ".box li .db{font-size:9.5pt;color:#444;margin:2px 0 0 10px}"
        ".nat{border-left:4px solid #999;background:#f3f3f3;padding:6px 10px;font-size:9pt;"
        "margin:10px 0}"
    )

    def run(n):
        return (f"<div class='run'><span>Solbergvik kommune · Kommuneplanens samfunnsdel "
                f"2028–2040</span><span>side {n}</span></div>")

    def box(nr, name, ids, start):
        items = "".join(
            f"<li><b>{e(g[i])}</b>" + "".join(f"<div class='db'>{e(x)}</div>" for x in means[i])
            + "</li>" for i in ids)
        return (f"<div class='box'><div class='sa'>SATSINGSOMRÅDE {nr}</div>"
                f"<div class='nm'>{e(name)}</div><ol start='{start}'>{items}</ol></div>")

    body = [
        "<div class='sheet'>", run(1),
        "<h1>Kommuneplanens samfunnsdel 2028–2040</h1>",
        "<p>Vedtatt av kommunestyret 19. september 2028 (sak 61/28).</p>",
        "<p>Samfunnsdelen er kommunens viktigste styringsdokument. Målene er nummerert 1–7 og "
        "står i boksene for de tre satsingsområdene. Under hvert mål forklarer vi hva målet "
        "betyr for hvordan kommunen skal jobbe. Temaplanene viser til målene med sidetall.</p>",
        "<p><b>Visjon:</b> Solbergvik – sammen skaper vi livskraft</p>",
        "<div class='nat'><b>Nasjonale forventninger 2027:</b> «Kommunene skal legge til rette "
        "for at kultur, idrett og friluftsliv er tilgjengelig for alle.» (Nasjonale "
        "forventninger til regional og kommunal planlegging)</div>",
        box(1, "Kultur og fellesskap", ["S1", "S2"], 1),
        "</div>",
        "<div class='sheet'>", run(2),
        "<p>Solbergvik har 2 300 barn og unge under 20 år. Tre av ti familier med barn har "
        "lav inntekt etter SSBs definisjon.</p>",
        box(2, "Oppvekst og læring", ["S3", "S4"], 3),
        "<p>Elevundersøkelsen 2027: 84 prosent av elevene på 7. trinn trives godt eller svært "
        "godt; på 10. trinn 71 prosent.</p>",
        "</div>",
        "<div class='sheet'>", run(3),
        box(3, "Natur, klima og kulturarv", ["S5", "S6", "S7"], 5),
        "<h2>Oppfølging</h2>",
        "<p>Samfunnsdelen følges opp i handlingsdelen og i temaplanene. Temaplanene skal vise "
        "hvilke mål i samfunnsdelen de bygger på.</p>",
        "</div>",
    ]
    _chromium(_page("nb", "Kommuneplanens samfunnsdel 2028–2040", css, body), d / "parent.pdf")

    k = {
        "k1": "Flere innbyggere skal oppleve konserter, utstillinger og forestillinger der "
        "de bor.",
        "k2": "Lag og foreninger skal bruke mindre tid på søknader og rapporter og mer på "
        "aktivitet.",
        "k3": "Nye innbyggere skal bli invitert inn i et lag eller en forening det første året "
        "de bor her.",
        "k4": "Kulturskolen skal ha plass til alle barn som søker, og ingen skal stå utenfor "
        "av økonomiske grunner.",
        "k5": "Verneverdige bygg som kommunen eier, skal være i forsvarlig stand.",
        "k6": "Flere skal bruke skogen og fjæra til trening og turer hele året.",
        "k7": "Solbergvik skal bli kjent som arrangør av store idrettsstevner.",
        "k8": "Kultur- og idrettsenheten skal holde seg innenfor budsjettrammen hvert år.",
    }
    cite = {"k1": 1, "k2": 1, "k3": 1, "k4": 2, "k5": 2, "k6": 3, "k7": 1}

    def goal(key):
        return k[key] + (f" (jf. samfunnsdelen s. {cite[key]})" if key in cite else "")

    t = {
        "t1": "Turnékonserter i grendehusene på Nes, Bø og Lilleøy",
        "t2": "Kulturkalender for alle arrangører på kommunens nettside",
        "t3": "Ett felles søknadsskjema for alle kulturtilskudd",
        "t4": "Velkomstpakke med foreningsoversikt til nye innbyggere",
        "t5": "Friplasser i kulturskolen etter inntekt",
        "t6": "Tilstandsvurdering og vedlikeholdsplan for Gamle Solbergvik prestegård",
        "t7": "Merking av Fjærastien og lysløypa i Solbergskogen",
        "t8": "Søknad om NM i friidrett for ungdom 2031",
    }
    tab = ["Tiltak", "Ansvar", "Når"]
    w = [92, 48, 30]
    child = [
        ("title", "Plan for kultur, idrett og frivillighet 2029–2033"),
        ("meta", "Solbergvik kommune · Temaplan · Vedtatt av kommunestyret 11. juni 2029"),
        ("h1", "1 Om planen"),
        ("p", "Planen er en temaplan under kommuneplanens samfunnsdel 2028–2040. Målene i "
         "planen viser i parentes til siden i samfunnsdelen der målet de bygger på, står."),
        ("h1", "2 Dette har vi fått til 2024–2028"),
        ("bullets", ["Den kulturelle skolesekken har nådd alle elever hvert år.",
                     "Solbergvik-hallen fikk ny tribune og garderober i 2026.",
                     "Frivilligsentralen har 140 faste frivillige."]),
        ("h1", "3 Kultur for alle"),
        ("b", "Mål"),
        ("bullets", [goal("k1")]),
        ("table", tab, [[t["t1"], "Kulturkonsulent", "Årlig fra 2029"],
                        [t["t2"], "Kommunikasjonsrådgiver", "2029"]], w),
        ("h1", "4 Frivillighet"),
        ("b", "Mål"),
        ("bullets", [goal("k2"), goal("k3")]),
        ("table", tab, [[t["t3"], "Kultur- og idrettssjef", "2030"],
                        [t["t4"], "Frivilligsentralen", "2029"]], w),
        ("h1", "5 Barn og unge"),
        ("b", "Mål"),
        ("bullets", [goal("k4")]),
        ("table", tab, [[t["t5"], "Rektor kulturskolen", "Høst 2029"]], w),
        ("h1", "6 Kulturarv"),
        ("b", "Mål"),
        ("bullets", [goal("k5")]),
        ("table", tab, [[t["t6"], "Eiendomssjef", "2030–2031"]], w),
        ("h1", "7 Idrett og friluftsliv"),
        ("b", "Mål"),
        ("bullets", [goal("k6"), goal("k7")]),
        ("table", tab, [[t["t7"], "Idrettskonsulent", "2030"],
                        [t["t8"], "Kultur- og idrettssjef", "2029"]], w),
        ("h1", "8 Økonomi og oppfølging"),
        ("b", "Mål"),
        ("bullets", [goal("k8")]),
        ("p", "Planen rulleres i 2033. Tiltakene tas inn i handlingsdelen når de er "
         "finansiert."),
    ]
    _rl(d / "child.pdf", child, title="Plan for kultur, idrett og frivillighet 2029–2033",
        author="Solbergvik kommune", creator="Solbergvik kommune, kultur og idrett",
        header="Solbergvik kommune – Plan for kultur, idrett og frivillighet 2029–2033",
        footer="Side {n}", accent="#7a2e12")

    goals_ = [
        G("S1", g["S1"], "followed_up", [k["k1"], t["t1"], t["t2"]], ev="Flere innbyggere skal "
          "oppleve",
          note="the goals are the numbered items 1–7 inside the 'Satsingsområde' boxes (ids "
          "S1–S7 by the printed number); the 'Dette betyr at vi …' lines under each goal are "
          "no goals (one reads 'skal ha et nytt kulturhus … innen 2035'), nor is the quoted "
          "national expectation. Concerts, exhibitions and plays 'der de bor' with touring "
          "concerts in the village halls and a shared calendar: access for all, in other "
          "words. The child cites 's. 1', where goal 1 stands"),
        G("S2", g["S2"], "followed_up", [k["k2"], k["k3"], t["t3"], t["t4"]],
          ev="Lag og foreninger skal bruke",
          note="less paperwork for the clubs ('sterk') and newcomers invited in ('nå flere')"),
        G("S3", g["S3"], "partial", [k["k4"], t["t5"]], ev="Kulturskolen skal ha plass til",
          missing=["idrett og andre fritidsaktiviteter enn kulturskolen (treningsavgifter, "
                   "ungdomsklubber)"],
          note="the culture school without a waiting list and with free places by income; the "
          "plan also covers sport, where nothing is said about cost for families"),
        G("S4", g["S4"], "not_followed_up",
          note="trap: 'Den kulturelle skolesekken har nådd alle elever hvert år' is in the list "
          "of what was achieved 2024–2028 — no goal, no measure"),
        G("S5", g["S5"], "partial", [k["k6"], t["t7"]], ev="Flere skal bruke skogen og",
          missing=["sammenhengende turveier og friområder nær boligene (grønne korridorer, "
                   "strandsonen)"],
          note="marked paths in the forest and along the shore; use, not a connected network "
          "near homes"),
        G("S6", g["S6"], "not_followed_up",
          note="nothing on emissions; child goal k6 cites 's. 3', where S6 stands, but is "
          "about outdoor exercise (serves S5)"),
        G("S7", g["S7"], "partial", [k["k5"], t["t6"]], ev="Verneverdige bygg som kommunen",
          missing=["at kulturarven tas i bruk (ny bruk, formidling)"],
          note="trap: the child cites 's. 2' (goals 3 and 4) — goal 7 stands on page 3; "
          "content decides. Upkeep of the municipality's listed buildings only"),
    ]
    kids = [
        C(k["k1"], ["S1"], note="the child goals are the bullets under 'Mål' in each chapter; "
          "the page citation '(jf. samfunnsdelen s. n)' is left out of the text"),
        C(k["k2"], ["S2"]),
        C(k["k3"], ["S2"]),
        C(k["k4"], ["S3"]),
        C(k["k5"], ["S7"], note="cites 's. 2' (S3, S4); serves S7 (page 3) by content"),
        C(k["k6"], ["S5"], note="cites 's. 3', where S5, S6 and S7 stand; serves S5"),
        C(k["k7"], [], note="cites 's. 1' (S1, S2) but is about the municipality's name as "
          "an event host: stands alone"),
        C(k["k8"], [], note="a budget goal, no citation: stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, three sheets; samfunnsdel): goals numbered 1–7 inside "
        "shaded 'SATSINGSOMRÅDE n' boxes, each goal followed by 'Dette betyr at vi …' lines (no "
        "goals), a quoted national expectation, running line with 'side n'; child PDF "
        "(reportlab; plan for kultur, idrett og frivillighet): 'Mål' bullets ending '(jf. "
        "samfunnsdelen s. n)' — one page wrong — and 'Tiltak | Ansvar | Når' tables, a list of "
        "what was done last period; running header, 'Side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Urdalsfjord (nn)


@pair
def urdalsfjord_psykisk_helse(d: Path) -> dict:
    g = {
        "U1": "Innbyggjarane i Urdalsfjord opplever god psykisk helse og livskvalitet.",
        "U2": "Alle har ein trygg og god bustad.",
        "U3": "Fleire er i arbeid eller utdanning.",
        "U4": "Urdalsfjord har eit levande sentrum med handel og møteplassar.",
        "U5": "Næringslivet veks innan havbruk, reiseliv og landbruk.",
        "U6": "Lokalsamfunnet er budd på eit våtare og villare klima.",
    }
    roles = {
        "U1": "sjå psykisk helse som ein del av folkehelsearbeidet\nha låg terskel inn til "
        "hjelp",
        "U2": "bruke startlån og kommunale utleigebustader aktivt\nsamarbeide med private om "
        "nye utleigebustader",
        "U3": "samarbeide tett med NAV og den vidaregåande skulen\nvere ein god lærebedrift",
        "U4": "samle offentlege funksjonar i sentrum\nleggje til rette for uteservering og "
        "arrangement",
        "U5": "ha næringsareal klare for utbygging\nvere ein open og rask sakshandsamar",
        "U6": "ta omsyn til flaum, skred og havnivå i all arealplanlegging\nhalde ved like "
        "stikkrenner og overvassanlegg",
    }
    head = ["Samfunnsmål", "Kommunen skal"]
    w = [80, 90]
    parent = [
        ("title", "Kommuneplanen sin samfunnsdel 2028–2040"),
        ("meta", "Urdalsfjord kommune · Vedteken av kommunestyret 26. oktober 2028, sak 74/28"),
        ("h1", "1 Innleiing"),
        ("p", "Samfunnsdelen skildrar det samfunnet vi vil ha i Urdalsfjord. Under kvart "
         "satsingsområde står samfunnsmåla til venstre. Til høgre står det kommunen som "
         "organisasjon skal gjere for å bidra. Mange andre enn kommunen må vere med for at vi "
         "skal nå måla."),
        ("h1", "2 Dette seier tala"),
        ("table", ["Indikator", "Urdalsfjord", "Landet"],
         [["Innbyggjarar 2028", "6 412", "–"],
          ["Unge uføre 18–29 år per 1 000", "14", "9"],
          ["Eigd bustad (del av hushalda)", "81 %", "77 %"]], [80, 45, 45]),
        ("h1", "3 Gode liv"),
        ("table", head, [[g["U1"], roles["U1"]], [g["U2"], roles["U2"]],
                         [g["U3"], roles["U3"]]], w),
        ("h1", "4 Ei attraktiv bygd"),
        ("table", head, [[g["U4"], roles["U4"]], [g["U5"], roles["U5"]]], w),
        ("h1", "5 Trygg og berekraftig forvaltning"),
        ("table", head, [[g["U6"], roles["U6"]]], w),
        ("h1", "6 Oppfølging"),
        ("p", "Temaplanane skal vise korleis måla deira heng saman med samfunnsmåla. "
         "Handlingsdelen vert rullert kvart år."),
    ]
    build_pdf(parent, d / "parent.pdf", title="Kommuneplanen sin samfunnsdel 2028–2040",
              author="Urdalsfjord kommune",
              header="Urdalsfjord kommune – kommuneplanen sin samfunnsdel", lang="nn-NO")

    k = {
        "m1": "Innbyggjarar som strevar psykisk, skal få hjelp utan tilvising og utan "
        "ventetid.",
        "m2": "Ungdom skal lære å meistre motgang og vonde kjensler.",
        "m3": "Personar med rusproblem skal bu i ein eigna bustad med oppfølging i heimen.",
        "m4": "Fleire med psykiske plager skal kome i ordinært arbeid.",
        "m5": "Tenestene skal ha éin fast koordinator for kvar brukar med samansette behov.",
        "m6": "Brukarar og pårørande skal vere med og utforme tenestene.",
    }
    t = {
        "a1": "Rask psykisk helsehjelp (RPH) i Urdalsfjord og Sølvik",
        "a2": "«Livsmeistring» som fast tema i 8. til 10. klasse",
        "a3": "Fire nye bustader med bemanna base i Elvegata",
        "a4": "Individuell jobbstøtte (IPS) saman med NAV",
        "a5": "Koordinatorrolla inn i alle stillingsomtalar i tenesta",
        "a6": "Brukarråd for psykisk helse og rus",
    }
    cols = [("U1", "Psykisk helse og livskvalitet"), ("U2", "Bustad"),
            ("U3", "Arbeid og utdanning"), ("U4", "Levande sentrum"), ("U5", "Næringsliv"),
            ("U6", "Klima")]
    ticks = {"m1": ["U1"], "m2": ["U1"], "m3": ["U2"], "m4": ["U3", "U5"], "m5": [],
             "m6": ["U1"]}
    css = (
        "h1{font-size:19pt;color:#1f4e5a;margin:4px 0}"
        "h2{font-size:13pt;color:#1f4e5a;margin:14px 0 5px}"
        "ol.mal{padding-left:22px}ol.mal li{margin:0 0 4px}"
        ".mx th{font-size:8pt;text-align:center;background:#dfeef0}"
        ".mx td{text-align:center;font-size:11pt}.mx td.l{text-align:left;font-size:9pt}"
        ".note{font-size:8.5pt;color:#555}"
    )
    mx = ("<table class='mx'><tr><th>Mål i planen</th>"
          + "".join(f"<th>{e(n)}</th>" for _, n in cols) + "</tr>")
    for i, key in enumerate(k, 1):
        mx += (f"<tr><td class='l'>Mål {i}</td>"
               + "".join(f"<td>{'✓' if c in ticks[key] else ''}</td>" for c, _ in cols)
               + "</tr>")
    mx += "</table>"

    def section(nr, head_, text, keys, rows):
        return (
            f"<h2>{nr} {e(head_)}</h2><p>{e(text)}</p><ol class='mal' start='"
            f"{list(k).index(keys[0]) + 1}'>" + "".join(f"<li>{e(k[x])}</li>" for x in keys)
            + "</ol><table><tr><th>Tiltak</th><th>Ansvarleg</th><th>Tid</th></tr>"
            + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>"
                      for a, b, c in rows) + "</table>"
        )

    body = [
        "<div class='crumb'>Urdalsfjord kommune · Helse og omsorg · Plan for psykisk helse og "
        "rusarbeid 2029–2033 · Høyringsutkast 2. mars 2029</div>",
        "<h1>Plan for psykisk helse og rusarbeid 2029–2033</h1>",
        "<p>Planen er ein temaplan under kommuneplanen sin samfunnsdel. Tabellen under viser "
        "kva for samfunnsmål kvart av måla i planen byggjer på.</p>",
        "<h2>Samanheng med samfunnsdelen</h2>", mx,
        "<p class='note'>✓ = målet i planen bidreg til samfunnsmålet.</p>",
        section(1, "Hjelp når det trengst", "Ventetida til psykisk helseteneste var 11 veker "
                "i 2028.", ["m1", "m2"],
                [(t["a1"], "Leiar psykisk helse og rus", "2029"),
                 (t["a2"], "Rektorane og helsestasjon for ungdom", "Skuleåret 2029/30")]),
        section(2, "Bustad og arbeid", "Tolv personar står på venteliste til kommunal "
                "bustad; sju av dei har rusproblem.", ["m3", "m4"],
                [(t["a3"], "Eigedomssjef", "2031"), (t["a4"], "NAV-leiar", "2030")]),
        section(3, "Samanhengande tenester", "Brukarane fortel at dei må fortelje historia "
                "si på nytt til kvar ny tilsett.", ["m5", "m6"],
                [(t["a5"], "Kommunalsjef helse", "2029"),
                 (t["a6"], "Leiar psykisk helse og rus", "Haust 2029")]),
        "<h2>4 Oppfølging</h2><p>Planen vert evaluert i 2032.</p>",
    ]
    _chromium(_page("nn", "Plan for psykisk helse og rusarbeid 2029–2033", css, body),
              d / "child.pdf")

    goals_ = [
        G("U1", g["U1"], "followed_up", [k["m1"], k["m2"], t["a1"], t["a2"]],
          ev="Innbyggjarar som strevar psykisk,",
          note="the goals are the left cells of the 'Samfunnsmål | Kommunen skal' tables (ids "
          "U1–U6 in reading order); the right column (what the municipality shall do) is no "
          "goal, nor the 'Dette seier tala' statistics. Help without referral or waiting and "
          "coping skills for young people; the matrix ticks U1 for goals 1, 2 and 6"),
        G("U2", g["U2"], "followed_up", [k["m3"], t["a3"]], ev="Personar med rusproblem skal",
          note="a goal wider than the child's theme: its share (people with substance "
          "problems) in a suitable home with follow-up"),
        G("U3", g["U3"], "partial", [k["m4"], t["a4"]], ev="Fleire med psykiske plager skal",
          missing=["utdanning (unge med psykiske plager som fell ut av skulen)"],
          note="ordinary work with IPS; education not served"),
        G("U4", g["U4"], "not_followed_up", note="no ✓ and nothing on the town centre"),
        G("U5", g["U5"], "not_followed_up",
          note="trap: the matrix ticks 'Næringsliv' for goal 4 (work for people with mental "
          "illness) — that does not make aquaculture, tourism or farming grow; content "
          "decides"),
        G("U6", g["U6"], "not_followed_up", note="no ✓ and nothing on climate adaptation"),
    ]
    kids = [
        C(k["m1"], ["U1"], note="the child goals are the numbered goals 1–6 in the chapters "
          "(the matrix rows say only 'Mål n')"),
        C(k["m2"], ["U1"]),
        C(k["m3"], ["U2"]),
        C(k["m4"], ["U3"], note="ticked for U3 and U5; serves U3 only"),
        C(k["m5"], [], note="no ✓: a coordinator for each user stands alone"),
        C(k["m6"], [], note="trap: ticked for U1, but user participation in shaping services "
          "is not mental health or quality of life in the population: stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; samfunnsdel): per satsingsområde a "
        "table 'Samfunnsmål | Kommunen skal', the goal in the left cell and the "
        "municipality's roles as lines in the right (no goals), a 'Dette seier tala' "
        "statistics table, running header, 'Side n av m'; child PDF (Chromium; plan for "
        "psykisk helse og rusarbeid): a matrix 'Mål i planen' × six short names of the "
        "samfunnsmål with ✓ (one ✓ not served, one child goal ticked wrongly), numbered goals "
        "per chapter and 'Tiltak | Ansvarleg | Tid' tables",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Västmyra (sv)


@pair
def vastmyra_landsbygd(d: Path) -> dict:
    g = {
        "P1": "Målet är att alla unga ska fullfölja en gymnasieutbildning.",
        "P2": "Målet är också att arbetsgivare i hela länet ska hitta den kompetens de behöver.",
        "P3": "Målet är att det ska gå att bo, driva företag och få service i hela länet.",
        "P4": "Målet är att alla hushåll och företag ska ha tillgång till snabbt bredband "
        "senast 2030.",
        "P5": "Målet är att resor med kollektivtrafik, cykel och gång ska öka.",
        "P6": "Målet är att skillnaderna i hälsa mellan länets kommuner ska minska.",
    }
    parent = [
        ("title", "Regional utvecklingsstrategi för Västmyra län 2030"),
        ("meta", "Region Västmyra · Beslutad av regionfullmäktige 14 november 2028, § 112"),
        ("h1", "Inledning"),
        ("p", "Den regionala utvecklingsstrategin (RUS) visar vart länet ska och vad som krävs "
         "av regionen, kommunerna, näringslivet och civilsamhället. Strategin har fyra "
         "prioriterade områden. Regionens handlingsprogram konkretiserar strategin."),
        ("box", "Det nationella målet för regional utveckling", [
            "Utvecklingskraft i alla delar av landet med stärkt lokal och regional "
            "konkurrenskraft."], "#eef0f3"),
        ("h1", "Prioriterat område: Kunskap och kompetens"),
        ("p", "Var femte ungdom i länet lämnar gymnasiet utan examen, och andelen är högst i de "
         "glest befolkade kommunerna. Samtidigt går många jobb inom vård, industri och "
         "skogsbruk inte att tillsätta."),
        ("p", g["P1"] + " " + g["P2"] + " Det kräver att skolor, arbetsgivare och regionen "
         "planerar utbildningarna tillsammans."),
        ("b", "Så följer vi upp"),
        ("bullets", ["Andel elever med gymnasieexamen inom fyra år",
                     "Andel arbetsgivare som uppger brist på arbetskraft"]),
        ("h1", "Prioriterat område: Livskraftiga landsbygder"),
        ("p", "Sedan 2010 har nio dagligvarubutiker och fyra drivmedelsstationer stängt i "
         "länets landsbygder."),
        ("p", g["P3"] + " Landsbygderna ska inte ses som ett problem utan som en tillgång."),
        ("p", g["P4"] + " Snabbt bredband är en förutsättning för att kunna bo, arbeta och "
         "driva företag på landsbygden."),
        ("b", "Så följer vi upp"),
        ("bullets", ["Antal dagligvarubutiker på landsbygden",
                     "Andel hushåll med minst 1 Gbit/s"]),
        ("h1", "Prioriterat område: Hållbara resor och transporter"),
        ("p", "Sju av tio resor till arbetet görs med bil. " + g["P5"] + " Regionen ska "
         "samordna trafikplaneringen med kommunernas planering av bostäder och skolor."),
        ("h1", "Prioriterat område: Hälsa och delaktighet"),
        ("p", "Medellivslängden skiljer fyra år mellan länets kommuner. " + g["P6"]),
        ("h1", "Genomförande"),
        ("p", "Regionen tar fram handlingsprogram för de prioriterade områdena. Strategin "
         "följs upp vartannat år i en regional uppföljningsrapport."),
    ]
    _rl(d / "parent.pdf", parent, title="Regional utvecklingsstrategi för Västmyra län 2030",
        author="Region Västmyra", creator="Region Västmyra, regional utveckling",
        header="Region Västmyra – Regional utvecklingsstrategi 2030", footer="Sida {n}",
        accent="#2e4a7d")

    k = {
        "c1": "Regionens egna beslut ska prövas mot en fast checklista för "
        "landsbygdskonsekvenser.",
        "c2": "Lantbruks- och skogsföretag ska få hjälp att rekrytera och behålla personal.",
        "c3": "Det ska finnas en dagligvarubutik med ombudstjänster inom 15 minuters bilresa "
        "från alla hushåll.",
        "c4": "Fler ska starta och driva företag på landsbygden.",
        "c5": "Det ska byggas fler hyresbostäder i de mindre orterna.",
        "c6": "Fiber ska nå alla fasta hushåll i byar med fler än tio hushåll senast 2031.",
        "c7": "Anropsstyrd trafik ska finnas i alla landsbygdsområden som saknar linjetrafik.",
        "c8": "Landsbygdsrådet ska följa programmet och träffas fyra gånger per år.",
    }
    t = {
        "i1": "Checklista för landsbygdssäkring i regionens tjänsteutlåtanden",
        "i2": "Gröna jobbmatchningen tillsammans med Arbetsförmedlingen och LRF",
        "i3": "Stöd till kommersiell service enligt förordningen om stöd till "
        "kommersiell service",
        "i4": "Landsbygdscoacher i de fyra inlandskommunerna",
        "i5": "Bostadsbyggnadsdialog med kommunerna och de allmännyttiga bolagen",
        "i6": "Medfinansiering av byanät med fiber",
        "i7": "Utvidgad anropsstyrd trafik (Närtrafik Västmyra)",
    }
    head = ["Insats", "Ansvarig", "Tidplan"]
    w = [95, 45, 30]
    child = [
        ("title", "Landsbygdsprogram för Västmyra län 2029–2032"),
        ("meta", "Region Västmyra · Handlingsprogram · Beslutat av regionala "
         "utvecklingsnämnden 6 mars 2029"),
        ("h1", "Om programmet"),
        ("p", "Landsbygdsprogrammet är ett av regionens handlingsprogram. Kapitlen följer "
         "utvecklingsstrategins prioriterade områden där landsbygden har en särskild roll."),
        ("h1", "Kunskap och kompetens"),
        ("p", "Beslut som fattas i regionhuset tar ofta för lite hänsyn till hur de slår på "
         "landsbygden. Regionen behöver mer kunskap om landsbygdens villkor."),
        ("h2", "Mål för perioden"),
        ("bullets", [k["c1"], k["c2"]]),
        ("table", head, [[t["i1"], "Regiondirektören", "2029"],
                         [t["i2"], "Enheten för kompetensförsörjning", "2029–2032"]], w),
        ("h1", "Livskraftiga landsbygder"),
        ("h2", "Mål för perioden"),
        ("bullets", [k["c3"], k["c4"], k["c5"], k["c6"]]),
        ("table", head, [[t["i3"], "Enheten för näringsliv", "Årligen"],
                         [t["i4"], "Enheten för näringsliv", "2029–2031"],
                         [t["i5"], "Enheten för samhällsplanering", "2030"],
                         [t["i6"], "Enheten för digitalisering", "2029–2031"]], w),
        ("h1", "Hållbara resor och transporter"),
        ("h2", "Mål för perioden"),
        ("bullets", [k["c7"]]),
        ("table", head, [[t["i7"], "Kollektivtrafikförvaltningen", "Dec 2029"]], w),
        ("h1", "Genomförande"),
        ("bullets", [k["c8"]]),
        ("p", "Programmet följs upp årligen i regionala utvecklingsnämndens "
         "verksamhetsberättelse."),
    ]
    _build_pdf_numbered(child, d / "child.pdf",
                        title="Landsbygdsprogram för Västmyra län 2029–2032",
                        author="Region Västmyra", header="Region Västmyra · Landsbygdsprogram",
                        lang="sv-SE")

    goals_ = [
        G("P1", g["P1"], "not_followed_up",
          note="the goals are the sentences beginning 'Målet är (också) att' inside the body "
          "paragraphs of each 'Prioriterat område' (ids P1–P6 in reading order; the text is "
          "the sentence only, 'Målet är att' kept); the 'Så följer vi upp' indicators and the "
          "boxed national goal are no goals. Trap: the child has a chapter named 'Kunskap och "
          "kompetens', but nothing in it is about young people finishing upper secondary"),
        G("P2", g["P2"], "partial", [k["c2"], t["i2"]], ev="Lantbruks- och skogsföretag ska",
          missing=["andra arbetsgivare på landsbygden än jord- och skogsbruk"],
          note="a goal wider than a rural programme: its share is employers in the rural "
          "areas; only farming and forestry are served"),
        G("P3", g["P3"], "followed_up", [k["c3"], k["c4"], k["c5"], t["i3"], t["i4"], t["i5"]],
          ev="Det ska finnas en dagligvarubutik",
          note="service (a shop within 15 minutes), business start-ups and rented homes: 'bo, "
          "driva företag och få service' in other words"),
        G("P4", g["P4"], "partial", [k["c6"], t["i6"]], ev="Fiber ska nå alla fasta",
          missing=["företag och hushåll utanför byar med fler än tio hushåll",
                   "fritidshus och spridd bebyggelse"],
          note="village fibre networks only; the year is also later (2031)"),
        G("P5", g["P5"], "partial", [k["c7"], t["i7"]], ev="Anropsstyrd trafik ska finnas",
          missing=["cykel och gång"],
          note="demand-responsive public transport only"),
        G("P6", g["P6"], "not_followed_up",
          note="the child has no chapter 'Hälsa och delaktighet' and nothing on health"),
    ]
    kids = [
        C(k["c1"], [], note="the child goals are the bullets under 'Mål för perioden' and the "
          "Landsbygdsrådet bullet under 'Genomförande'. Rural-proofing the region's own "
          "decisions — under the chapter 'Kunskap och kompetens' but about the region's "
          "knowledge of rural conditions, not skills: stands alone"),
        C(k["c2"], ["P2"]),
        C(k["c3"], ["P3"]),
        C(k["c4"], ["P3"]),
        C(k["c5"], ["P3"]),
        C(k["c6"], ["P4"]),
        C(k["c7"], ["P5"]),
        C(k["c8"], [], note="follow-up of the programme itself: stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; regional utvecklingsstrategi): per 'Prioriterat "
        "område' prose paragraphs in which the goals are sentences 'Målet är (också) att …' "
        "(two in one paragraph, one at a paragraph's end), 'Så följer vi upp' indicator "
        "bullets and a boxed national goal (no goals); running header, 'Sida n'; child PDF "
        "(python-docx → LibreOffice; landsbygdsprogram): chapters named after the strategy's "
        "focus areas, no numbers cited, 'Mål för perioden' bullets and 'Insats | Ansvarig | "
        "Tidplan' tables; running header, bare page number",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Mørkholt (da)


@pair
def morkholt_vand_natur(d: Path) -> dict:
    themes = [
        ("1 Vand og klima",
         "Kun to af kommunens 31 vandløbsstrækninger har god økologisk tilstand. Skybruddet i "
         "august 2026 satte 140 kældre under vand i Mørkholt by.",
         [("1a", "Mørkholts vandløb og søer opnår god økologisk tilstand,"),
          ("1b", "Mørkholt by er sikret mod skybrud og stormflod svarende til en "
           "100-årshændelse.")]),
        ("2 By og land",
         "Befolkningen vokser i Mørkholt by, mens de mindste landsbyer mister indbyggere.",
         [("2a", "nye boliger først og fremmest bygges inden for de eksisterende byzoner,"),
          ("2b", "landsbyerne får en aktiv rolle i kommunens udvikling.")]),
        ("3 Natur og friluftsliv",
         "Natur dækker i dag 9 procent af kommunens areal, og den ligger spredt i små "
         "stykker.",
         [("3a", "den sammenhængende natur fordobles frem mod 2040,"),
          ("3b", "alle borgere har let adgang til natur tæt på, hvor de bor.")]),
    ]
    g = {gid: txt for _, _, gs in themes for gid, txt in gs}
    parent = [
        ("title", "Planstrategi 2028"),
        ("meta", "Mørkholt Kommune · Vedtaget af byrådet 30. november 2028"),
        ("h1", "Indledning"),
        ("p", "Planstrategien fortæller, hvordan byrådet vil udvikle Mørkholt de kommende år, og "
         "hvilke dele af kommuneplanen der skal revideres. Under hvert tema står byrådets "
         "mål. Fagplaner og handleplaner skal bygge på dem."),
        ("p", "Vision: Mørkholt – grøn by, levende land"),
    ]
    for head, bg, gs in themes:
        parent += [("h1", head), ("p", bg), ("p", "Byrådet vil arbejde for, at")]
        parent += [("typed", gid[1] + ")", txt, "\t", 8) for gid, txt in gs]
    parent += [
        ("h1", "4 Revision af kommuneplanen"),
        ("p", "Byrådet har besluttet en delvis revision. Følgende temaer revideres i "
         "Kommuneplan 2029:"),
        ("bullets", ["Klimatilpasning og kystbeskyttelse",
                     "Udlæg af nye boligområder i Mørkholt by",
                     "Grønt Danmarkskort og naturbeskyttelse"]),
        ("p", "Øvrige temaer videreføres uændret fra Kommuneplan 2025."),
    ]
    _build_pdf_numbered(parent, d / "parent.pdf", title="Planstrategi 2028",
                        author="Mørkholt Kommune", header="Mørkholt Kommune · Planstrategi 2028",
                        lang="da-DK")

    k = {
        "v1": "Alle vandløb og søer i kommunen skal opnå god økologisk tilstand.",
        "v2": "Mørkholt by skal sikres mod skybrud og stormflod svarende til en "
        "100-årshændelse.",
        "v3": "Kommunens egne arealer skal rumme 200 hektar ny natur inden 2032.",
        "v4": "Alle borgere skal have højst en kilometer til et offentligt tilgængeligt "
        "naturområde.",
        "v5": "Landsbyernes gadekær skal renses og gøres til attraktive mødesteder.",
        "v6": "Tilladelser til vandindvinding skal behandles inden for 60 dage.",
    }
    t = {
        "h1": "Genslyngning af Holmå på 2,4 km",
        "h2": "Fjernelse af spærringen ved Møllebro",
        "h3": "Skovrejsning ved Lundgård (40 ha)",
        "h4": "Naturpleje med græssende kvæg på Skrænten",
        "h5": "Natursti langs Holmå fra Østbyen til Lundgård",
        "h6": "Oprensning af gadekærene i Ravnsø og Tolstrup",
        "h7": "Digital ansøgning om vandindvinding",
    }
    head = ["Handling", "Ansvarlig", "Tid"]
    w = [95, 45, 30]
    child = [
        ("title", "Vand- og naturhandleplan 2029–2032"),
        ("meta", "Mørkholt Kommune · Teknik og Miljø · Vedtaget af byrådet 24. april 2029"),
        ("h1", "1 Indledning"),
        ("p", "Handleplanen samler kommunens indsats for vand og natur. Målene bygger på "
         "planstrategien, og flere af dem er skrevet næsten ordret derfra."),
        ("h1", "2 Vandløb og søer"),
        ("b", "Mål: " + k["v1"]),
        ("table", head, [[t["h1"], "Vandløbsteamet", "2030"],
                         [t["h2"], "Vandløbsteamet", "2029"]], w),
        ("h1", "3 Skybrud og stormflod"),
        ("b", "Mål: " + k["v2"]),
        ("p", "Handlinger fastlægges i den kommende klimatilpasningsplan, som forventes "
         "vedtaget i 2030."),
        ("h1", "4 Mere natur"),
        ("b", "Mål: " + k["v3"]),
        ("table", head, [[t["h3"], "Natur og Park", "2029–2031"],
                         [t["h4"], "Natur og Park", "Løbende"]], w),
        ("h1", "5 Natur tæt på"),
        ("b", "Mål: " + k["v4"]),
        ("table", head, [[t["h5"], "Natur og Park", "2031"]], w),
        ("h1", "6 Landsbyernes vand"),
        ("b", "Mål: " + k["v5"]),
        ("table", head, [[t["h6"], "Vandløbsteamet og landsbyrådene", "2030"]], w),
        ("h1", "7 Sagsbehandling"),
        ("b", "Mål: " + k["v6"]),
        ("table", head, [[t["h7"], "Miljø og Vand", "2029"]], w),
    ]
    _rl(d / "child.pdf", child, title="Vand- og naturhandleplan 2029–2032",
        author="Mørkholt Kommune", creator="Mørkholt Kommune, Teknik og Miljø",
        header="Mørkholt Kommune – Vand- og naturhandleplan 2029–2032", footer="Side {n}",
        accent="#1d5e4a")

    goals_ = [
        G("1a", g["1a"], "followed_up", [k["v1"], t["h1"], t["h2"]], ev="Mål: Alle vandløb og "
          "søer",
          note="the goals are the lettered fragments a), b) that complete the lead-in "
          "'Byrådet vil arbejde for, at' under each theme; the letters restart per theme, so "
          "the ids join the theme number and the letter (1a–3b); the text is the fragment as "
          "printed (lower-case start, trailing comma). The themes to revise in the kommuneplan "
          "(chapter 4) are no goals. Restated as the child's goal, with two actions"),
        G("1b", g["1b"], "partial", [k["v2"]], ev="Mål: Mørkholt by skal sikres",
          missing=["enhver handling: handlingerne udskydes til en kommende "
                   "klimatilpasningsplan"],
          note="restated almost word for word as the child's goal, but with no action at all "
          "('Handlinger fastlægges i den kommende klimatilpasningsplan'): carried down, not "
          "acted on — judged partial, since the child adopts the goal as its own"),
        G("2a", g["2a"], "not_followed_up", note="housing is outside the child's theme"),
        G("2b", g["2b"], "not_followed_up",
          note="trap: the child's goal on 'Landsbyernes gadekær' shares 'landsbyerne' but is "
          "about cleaning village ponds, not the villages' role in developing the municipality"),
        G("3a", g["3a"], "partial", [k["v3"], t["h3"], t["h4"]], ev="Mål: Kommunens egne arealer",
          missing=["natur på andre end kommunens egne arealer",
                   "at naturen hænger sammen (fordobling af den sammenhængende natur)"],
          note="200 ha new nature on the municipality's own land; the doubling concerns all "
          "nature in the municipality"),
        G("3b", g["3b"], "followed_up", [k["v4"], t["h5"]], ev="Mål: Alle borgere skal have",
          note="'højst en kilometer til et offentligt tilgængeligt naturområde' for 'let adgang "
          "til natur tæt på, hvor de bor'"),
    ]
    kids = [
        C(k["v1"], ["1a"], note="the child goals are the bold 'Mål: …' lines, one per chapter "
          "(the label 'Mål:' is left out of the text; evidence quotes keep it, as printed)"),
        C(k["v2"], ["1b"], note="a restatement with no action under it"),
        C(k["v3"], ["3a"]),
        C(k["v4"], ["3b"]),
        C(k["v5"], [], note="village ponds as meeting places: not the lakes and streams of "
          "1a (water bodies under the river basin plan) and not the villages' role (2b): stands "
          "alone"),
        C(k["v6"], [], note="case handling time: stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; planstrategi): per numbered theme a "
        "background paragraph, the lead-in 'Byrådet vil arbejde for, at' and typed fragments "
        "'a)⇥…,' 'b)⇥….' (letters restart per theme), a list of kommuneplan themes to revise "
        "(no goals); running header, bare page number; child PDF (reportlab; vand- og "
        "naturhandleplan): one bold 'Mål: …' line per chapter, most restating the parent's "
        "goals, 'Handling | Ansvarlig | Tid' tables, one chapter with no action ('Handlinger "
        "fastlægges i …'); running header, 'Side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Ashwick Vale (en)


@pair
def ashwick_neighbourhood(d: Path) -> dict:
    g = {
        "O1": "Clean, safe streets that residents are proud of",
        "O2": "Parks and green spaces that everyone can enjoy",
        "O3": "Thriving town centres in Ashwick, Brenfield and Coldmere",
        "O4": "Good-quality homes that local people can afford",
        "O5": "A council that is carbon neutral by 2030",
        "O6": "Residents who feel listened to and involved",
    }
    what = {
        "O1": "Litter, fly-tipping and graffiti are the top three complaints in our residents' "
        "survey.",
        "O2": "Our 46 parks and open spaces are used by more people than ever since 2020.",
        "O3": "One shop unit in seven stands empty in our three market towns.",
        "O4": "An average home costs eleven times the average local salary.",
        "O5": "We declared a climate emergency in 2021.",
        "O6": "Only 38 per cent of residents say the council listens to them.",
    }
    commit = {
        "O1": ["We will take firm action against those who dump waste.",
               "We will keep every street clean to a high standard."],
        "O2": ["We will invest in play areas across the district."],
        "O3": ["We will support independent traders with business rate relief."],
        "O4": ["We will bring empty homes back into use.",
               "We will work with housing associations to build 300 affordable homes."],
        "O5": ["We will switch our fleet and buildings away from fossil fuels."],
        "O6": ["We will consult residents before every major decision."],
    }
    css = (
        "h1{font-size:22pt;color:#0b4f3c;margin:2px 0 2px}"
        ".pri{background:#0b4f3c;color:#fff;font-weight:bold;padding:4px 10px;margin:14px 0 6px;"
        "font-size:11pt}"
        ".cards{display:flex;gap:10px}"
        ".card{flex:1;border:1px solid #9fc2b6;border-radius:4px;padding:6px 10px}"
        ".card .lab{font-size:7.5pt;text-transform:uppercase;letter-spacing:1px;color:#0b4f3c}"
        ".card .oc{font-size:13pt;font-weight:bold;color:#0b4f3c;margin:2px 0 4px}"
        ".card p{font-size:9pt;margin:3px 0}.card ul{font-size:9pt;margin:2px 0;"
        "padding-left:16px}"
        ".card .ch{font-size:8.5pt;font-weight:bold;margin-top:4px}"
        ".vals{background:#eef5f2;padding:6px 10px;font-size:9pt;margin:8px 0}"
        ".stats td{font-size:9pt}"
    )

    def card(o):
        return ("<div class='card'><div class='lab'>Outcome</div>"
                f"<div class='oc'>{e(g[o])}</div>"
                f"<div class='ch'>What this means</div><p>{e(what[o])}</p>"
                "<div class='ch'>Our commitments</div><ul>"
                + "".join(f"<li>{e(x)}</li>" for x in commit[o]) + "</ul></div>")

    body = [
        "<div class='crumb'>Ashwick Vale District Council · Council Plan 2028–2032 · Agreed by "
        "Full Council, 20 July 2028</div>",
        "<h1>Council Plan 2028–2032</h1>",
        "<p>This plan sets out the six outcomes we want for Ashwick Vale by 2032. Every service "
        "plan and budget decision should show how it helps to deliver them.</p>",
        "<div class='vals'><b>Our values:</b> Fair · Open · Ambitious · Working together</div>",
        "<div class='pri'>Priority 1 — Places</div>",
        "<div class='cards'>" + card("O1") + card("O2") + "</div>",
        "<div class='pri'>Priority 2 — Prosperity</div>",
        "<div class='cards'>" + card("O3") + card("O4") + "</div>",
        "<div class='pri'>Priority 3 — A council fit for the future</div>",
        "<div class='cards'>" + card("O5") + card("O6") + "</div>",
        "<h2>Ashwick Vale in numbers</h2>",
        "<table class='stats'><tr><th>Measure</th><th>2027</th></tr>"
        "<tr><td>Population</td><td>118,400</td></tr>"
        "<tr><td>Household waste recycled</td><td>47%</td></tr>"
        "<tr><td>Fly-tipping incidents</td><td>2,310</td></tr></table>",
    ]
    _chromium(_page("en-GB", "Council Plan 2028–2032", css, body), d / "parent.pdf")

    k = {
        "s1": "Cut reported fly-tipping incidents by 20 per cent by March 2030.",
        "s2": "Remove offensive graffiti within 24 hours of it being reported.",
        "s3": "Reduce anti-social behaviour in streets and parks, working with the Community "
        "Safety Partnership.",
        "s4": "Achieve Green Flag status for Brenfield Park and Ashwick Recreation Ground.",
        "s5": "Make every council play area usable by disabled children by 2031.",
        "s6": "Halve carbon emissions from the service's vehicles and depots by 2030.",
        "s7": "Hold a 'Your Street' walkabout in every ward each year, where residents choose "
        "the cleansing priorities.",
        "s8": "Answer 90 per cent of calls about the service within two minutes.",
        "s9": "Reduce sickness absence to eight days per employee.",
    }
    t = {
        "a1": "Bulky waste amnesty days on Ashwick Vale Homes estates",
        "a2": "Two extra enforcement officers and CCTV at fly-tipping hot spots",
        "a3": "Graffiti response team on a 24-hour rota",
        "a4": "Joint evening patrols with police and park wardens",
        "a5": "Green Flag management plans for both parks",
        "a6": "Replace equipment in Coldmere and Brenfield play areas with inclusive equipment",
        "a7": "Replace 12 refuse vehicles with electric models as leases end",
        "a8": "LED lighting and solar panels at Coldmere depot",
        "a9": "'Your Street' walkabouts with ward councillors",
    }
    head = ["Action", "Lead", "Target date"]
    w = [95, 45, 30]

    tag = {"s1": "Places", "s2": "Places", "s3": "Places", "s4": "Places", "s5": "Places",
           "s6": "A council fit for the future", "s7": "Places",
           "s8": "A council fit for the future"}

    def objs(items):
        out = []
        for so, key in items:
            out.append(("typed", so, k[key], "\t", 12))
            if key in tag:
                out.append(("p", f"Council Plan priority: {tag[key]}"))
        return out

    child = [
        ("title", "Neighbourhood Services: Service Plan 2029/30"),
        ("meta", "Ashwick Vale District Council · Waste, Street Scene and Parks · April 2029"),
        ("h1", "1 Introduction"),
        ("p", "This service plan shows how Neighbourhood Services will help deliver the Council "
         "Plan 2028–2032. Under each service objective we name the Council Plan priority it "
         "supports."),
        ("h1", "2 Streets"),
        ("h2", "Service objectives"),
        *objs([("SO1", "s1"), ("SO2", "s2"), ("SO3", "s3")]),
        ("table", head, [[t["a1"], "Waste Services Manager", "Quarterly"],
                         [t["a2"], "Enforcement Team Leader", "June 2029"],
                         [t["a3"], "Street Scene Manager", "May 2029"],
                         [t["a4"], "Parks Manager", "From September 2029"]], w),
        ("h1", "3 Parks"),
        ("h2", "Service objectives"),
        *objs([("SO4", "s4"), ("SO5", "s5")]),
        ("table", head, [[t["a5"], "Parks Manager", "January 2030"],
                         [t["a6"], "Parks Manager", "2030–2031"]], w),
        ("h1", "4 Town centres"),
        ("p", "This section supports the Council Plan priority Prosperity. Service objectives "
         "and actions for the town centres will be agreed when the town centre cleansing "
         "review reports in autumn 2029."),
        ("h1", "5 Carbon"),
        ("h2", "Service objectives"),
        *objs([("SO6", "s6")]),
        ("table", head, [[t["a7"], "Fleet Manager", "2029–2031"],
                         [t["a8"], "Facilities Officer", "March 2030"]], w),
        ("h1", "6 Customers and staff"),
        ("h2", "Service objectives"),
        *objs([("SO7", "s7"), ("SO8", "s8"), ("SO9", "s9")]),
        ("table", head, [[t["a9"], "Street Scene Manager", "Annually"]], w),
        ("h1", "7 Monitoring"),
        ("p", "Progress is reported quarterly to the Place Overview and Scrutiny Committee."),
    ]
    _build_pdf_numbered(child, d / "child.pdf",
                        title="Neighbourhood Services: Service Plan 2029/30",
                        author="Ashwick Vale District Council",
                        header="Ashwick Vale District Council – Neighbourhood Services Service "
                        "Plan 2029/30", lang="en-GB")

    goals_ = [
        G("O1", g["O1"], "followed_up",
          [k["s1"], k["s2"], k["s3"], t["a1"], t["a2"], t["a3"], t["a4"]],
          ev="Cut reported fly-tipping incidents",
          note="the goals are the verbless outcome phrases on the cards (ids O1–O6 in reading "
          "order; no number printed); 'What this means', the 'We will …' commitments, the "
          "values box and 'Ashwick Vale in numbers' are no goals. Fly-tipping and graffiti "
          "('clean'), anti-social behaviour ('safe'). The child tags each objective with a "
          "PRIORITY name ('Council Plan priority: Places'), never an outcome: Places holds O1 "
          "and O2, so content decides between them"),
        G("O2", g["O2"], "followed_up", [k["s4"], k["s5"], t["a5"], t["a6"]],
          ev="Achieve Green Flag status for",
          note="quality parks (Green Flag) and play areas usable by disabled children "
          "('everyone')"),
        G("O3", g["O3"], "not_followed_up",
          note="trap: the child's section 4 'Town centres' names the priority Prosperity, but "
          "defers every objective and action to a review — a section heading and a priority "
          "name are no follow-up"),
        G("O4", g["O4"], "not_followed_up",
          note="trap: 'Bulky waste amnesty days on Ashwick Vale Homes estates' names a housing "
          "association (serves O1), not homes people can afford"),
        G("O5", g["O5"], "partial", [k["s6"], t["a7"], t["a8"]], ev="Halve carbon emissions "
          "from the",
          missing=["neutral, not halved: the rest of the service's emissions by 2030"],
          note="the service's share (its vehicles and depots), but half by 2030 where the "
          "outcome asks for neutral by 2030"),
        G("O6", g["O6"], "followed_up", [k["s7"], t["a9"]], ev="Hold a 'Your Street' walkabout",
          note="trap: the walkabout objective is tagged 'Council Plan priority: Places' (O1, "
          "O2) — O6 belongs to 'A council fit for the future'; residents choosing the "
          "cleansing priorities on yearly walkabouts is 'listened to and involved' for this "
          "service's share; content decides"),
    ]
    kids = [
        C(k["s1"], ["O1"], note="the child goals are the typed 'SOn⇥…' service objectives "
          "(label left out of the text); the grey 'Council Plan priority: …' line under each is "
          "a citation, not part of the goal"),
        C(k["s2"], ["O1"]),
        C(k["s3"], ["O1"]),
        C(k["s4"], ["O2"]),
        C(k["s5"], ["O2"]),
        C(k["s6"], ["O5"]),
        C(k["s7"], ["O6"], note="tagged 'Places', serves O6"),
        C(k["s8"], [], note="a service standard tagged 'A council fit for the future' (O5, O6): "
          "answering calls fast is not being listened to or involved: stands alone"),
        C(k["s9"], [], note="a workforce goal, no tag: stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; district council's Council Plan): three 'Priority n' "
        "bands with two cards each, the goal a verbless OUTCOME phrase under an 'OUTCOME' "
        "label, 'What this means' and 'Our commitments' ('We will …', no goals), a values box "
        "and a statistics table; child PDF (python-docx → LibreOffice; Neighbourhood Services "
        "service plan): typed 'SOn⇥…' service objectives, each followed by a line 'Council "
        "Plan priority: …' naming a PRIORITY (two outcomes each), never an outcome — one tag "
        "wrong by content — and 'Action | Lead | Target date' tables; one section names a "
        "priority and defers all action; running header, bare page number",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def _pdftotext_pages(pdf: Path) -> list[str]:
    """Each page's text by pdftotext -layout (one call per page)."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    n = int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    return [
        subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(pdf), "-"],
                       capture_output=True, text=True, check=True).stdout
        for i in range(1, n + 1)
    ]


def _on_a_line(pages: list[str], page: int, quote: str) -> bool:
    """QUOTE's words, in order, on one printed line of PAGE (spacing ignored)."""
    want = " ".join(quote.split())
    return any(want in " ".join(line.split()) for line in pages[page - 1].splitlines())


def _whole(pages: list[str], page: int, text: str) -> bool:
    """TEXT printed on PAGE, lines joined (a goal wrapped inside its own cell or paragraph;
    a text in a table whose neighbour cells interleave is reported)."""
    return " ".join(text.split()) in " ".join(pages[page - 1].split())


def verify(names: list[str]) -> int:
    """Re-read the PDFs with pdftotext and check every gold quote on the page the gold names:
    the opening four words of each parent and child goal and each evidence quote, on one line;
    and each goal's whole text on that page (a miss there is a note, not a failure: table cells
    interleave in -layout)."""
    bad = 0
    checked = 0
    for name in names:
        d = HERE / name
        gold = yaml.safe_load((d / "parent-coverage.gold.yaml").read_text(encoding="utf-8"))
        pp = _pdftotext_pages(d / gold["parent"])
        cp = _pdftotext_pages(d / gold["child"])
        todo = [(pp, g["page"], " ".join(g["text"].split()[:4]), f"{g['id']} text")
                for g in gold["parent_goals"]]
        todo += [(cp, g["evidence"]["page"], g["evidence"]["quote"], f"{g['id']} evidence")
                 for g in gold["parent_goals"] if g["evidence"]]
        todo += [(cp, c["page"], " ".join(c["text"].split()[:4]), "child goal")
                 for c in gold["child_goals"]]
        for pages, page, quote, what in todo:
            checked += 1
            if not _on_a_line(pages, page, quote):
                bad += 1
                print(f"{name}: {what}: {quote!r} not on one line of page {page}")
        for pages, g in [(pp, g) for g in gold["parent_goals"]] + [
            (cp, c) for c in gold["child_goals"]
        ]:
            if not _whole(pages, g["page"], g["text"]):
                print(f"{name}: note: not whole on page {g['page']} (cell?): {g['text'][:50]!r}")
    print(f"verify: {checked} quotes checked, {bad} not found")
    return bad


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then the pdftotext check."""
    if "--verify" in argv:
        names = [a for a in argv if a != "--verify"] or list(PAIRS)
        raise SystemExit(1 if verify(names) else 0)
    _p14.HERE, _p14.PAIRS = HERE, PAIRS
    names = argv or list(PAIRS)
    _p14.main(names)
    for name in names:
        f = HERE / name / "parent-coverage.gold.yaml"
        f.write_text(
            f.read_text(encoding="utf-8").replace(
                "corpora/parents-blind14/make_pairs.py", "corpora/parents-blind20/make_pairs.py"
            ),
            encoding="utf-8",
        )
    if verify(names):
        raise SystemExit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
