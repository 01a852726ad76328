"""Build the twenty-seventh blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar27` without reading plancheck's code, tests or bench, and without
running it. Parents and children in forms the earlier batches did not use:

- Kvernhella (nb): a samfunnsdel (reportlab) whose goals are TWO-LEVEL: a bold 'Hovedmål n: …'
  sentence over lettered delmål '1a', '1b' … (both levels are goals); the child, a handlingsdel
  (python-docx → LibreOffice), cites only the delmål CODE ('1b, 1c') in a 'Delmål' column, and
  follows up some delmål of a hovedmål and not others.
- Grönvike (sv): a KF 'Mål och budget' (python-docx → LibreOffice) whose 'Inriktningsmål' carry a
  SHORT NAME as a heading; the child, a samhällsbyggnadsnämnd's NÄMNDPLAN (Chromium), has
  'Nämndmål n' each followed by a line 'Bidrar till: <short name>'.
- Hyldelund (da): a SUNDHEDSPOLITIK (Chromium) whose themes each hold a 'Vision' (no goal) and
  'Målsætninger' bullets (the goals); the child, a handleplan (reportlab), has one table
  'Indsats | Politikkens tema | Ansvarlig' citing only the THEME.
- Marlowby (en): a Council Plan (python-docx → LibreOffice) with five 'Outcome' statements, each
  with a two-letter code; the child, a Place Directorate Business Plan (Chromium), tags each action
  with coloured code BADGES ('GE', 'TP') explained in a LEGEND at the top.

    python corpora/parents-blind27/make_pairs.py                  # all pairs
    python corpora/parents-blind27/make_pairs.py kvernhella-handlingsdel
    python corpora/parents-blind27/make_pairs.py --verify         # re-read the PDFs only

Imports the twenty-sixth batch's builder (corpora/parents-blind26/make_pairs.py: through it the
earlier writers `_rl`, `G`, `C`, the Chromium print, `_page`, `build_pdf`, `_build_pdf_footer`)
and runs batch 14's `main` (gold writer and checks) on this folder's pairs. `--verify` is batch
20's, pointed at this folder.
"""

from __future__ import annotations

import html as _html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p26 = pk.load_module("parents_blind26_make_pairs", HERE.parent / "parents-blind26" / "make_pairs.py")
_p20 = _p26._p20
_p14 = _p26._p14
G, C = _p26.G, _p26.C
_chromium, _page, _rl = _p26._chromium, _p26._page, _p26._rl
build_pdf, _build_pdf_footer = _p26.build_pdf, _p26._build_pdf_footer
_p10 = pk.load_module("parents_blind10_make_pairs", HERE.parent / "parents-blind10" / "make_pairs.py")
_odt_pdf = _p10._odt_pdf

PAIRS, pair = pk.pair_registry()
e = _html.escape


# =========================================================================== 1 Kvernhella (nb)


@pair
def kvernhella_handlingsdel(d: Path) -> dict:
    g = {
        "H1": "Barn og unge i Kvernhella vokser opp i trygge og inkluderende fellesskap.",
        "1a": "Alle barn og unge deltar i minst én organisert fritidsaktivitet.",
        "1b": "Familier som strever, får hjelp tidlig og fra ett sted.",
        "1c": "Ungdom har egne møteplasser både i sentrum og i bygdene.",
        "H2": "Kvernhella er et godt sted å bli gammel.",
        "2a": "Flere eldre bor trygt i egen bolig.",
        "2b": "Pårørende får avlastning og veiledning når de trenger det.",
        "H3": "Kvernhella tar vare på natur, vann og kulturarv for kommende generasjoner.",
        "3a": "Strandsonen er åpen og tilgjengelig for allmennheten.",
        "3b": "Kulturminnene i kommunen er registrert og sikret.",
        "3c": "Kvernelva og Kvernvatnet har god økologisk tilstand.",
    }
    mains = [
        ("H1", "1", "Oppvekst",
         "Kvernhella har 1 150 barn og unge. Fire av ti ungdommer i bygdene sier at de ikke har "
         "noe sted å være etter skoletid.", ["1a", "1b", "1c"]),
        ("H2", "2", "Eldre og helse",
         "Antall innbyggere over 80 år blir nesten doblet fram mot 2060. De fleste ønsker å bo "
         "hjemme så lenge som mulig.", ["2a", "2b"]),
        ("H3", "3", "Natur og kulturarv",
         "Kvernhella har 94 km strandlinje, flere hundre registrerte kulturminner og to "
         "vassdrag med moderat økologisk tilstand.", ["3a", "3b", "3c"]),
    ]
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2048–2060"),
        ("meta", "Kvernhella kommune · Vedtatt av kommunestyret 14. juni 2048, sak 52/48"),
        ("h1", "Slik er målene bygd opp"),
        ("p", "Samfunnsdelen har tre hovedmål. Hvert hovedmål er delt i delmål, merket med "
         "hovedmålets nummer og en bokstav (1a, 1b …). Handlingsdelen viser hvilke delmål "
         "tiltakene følger opp."),
        ("h1", "Visjon: «Kvernhella – der vi vil bo hele livet»"),
        ("p", "Visjonen sier hvor vi vil, og er felles for hele kommunesamfunnet."),
    ]
    for hid, no, theme, bg, subs in mains:
        parent += [("h1", f"{no} {theme}"), ("p", bg), ("b", f"Hovedmål {no}: {g[hid]}"),
                   ("h2", "Delmål")]
        parent += [("hang", x, g[x]) for x in subs]
    parent += [
        ("h1", "Oppfølging"),
        ("p", "Samfunnsdelen følges opp gjennom handlingsdelen og økonomiplanen, som rulleres "
         "hvert år, og gjennom temaplaner."),
    ]
    _rl(d / "parent.pdf", parent, title="Kommuneplanens samfunnsdel 2048–2060",
        author="Kvernhella kommune", creator="Kvernhella kommune, Plan og utvikling",
        header="Kvernhella kommune – Kommuneplanens samfunnsdel 2048–2060", footer="Side {n}",
        accent="#6b3e26")

    t = {
        "t1": "Fritidskortet: 2 000 kr per år til alle barn 6–18 år til organiserte aktiviteter",
        "t2": "Utstyrssentral i samarbeid med idrettslaget",
        "t3": "Familieteam med helsesykepleier, barnevern og PPT samlet i Familiens hus",
        "t4": "Ungdomsklubb i kulturhuset i sentrum, åpen tre kvelder i uka",
        "t5": "Trygghetsalarmer og boligtilpasning for hjemmeboende eldre",
        "t6": "Fire avlastningsplasser på Kvernhella omsorgssenter",
        "t7": "Pårørendeskole to ganger i året",
        "t8": "Nytt servicebygg for båtfolk i gjestehavna",
        "t9": "Sanering av avløp fra hyttefeltet ved Kvernvatnet",
        "t10": "Ny tilkobling og kontroll av private avløp langs Kvernelva",
        "t11": "Nytt sak- og arkivsystem",
    }
    rows = [
        ("t1", "1a", "Kultur", "1 600"),
        ("t2", "1a", "Kultur", "300"),
        ("t3", "1b", "Helse og omsorg", "2 400"),
        ("t4", "1c", "Kultur", "1 800"),
        ("t5", "2a", "Helse og omsorg", "1 200"),
        ("t6", "2b", "Helse og omsorg", "4 800"),
        ("t7", "2b", "Helse og omsorg", "200"),
        ("t8", "3a", "Havn", "3 500"),
        ("t9", "3c", "Vann og avløp", "9 000"),
        ("t10", "3c", "Vann og avløp", "1 400"),
        ("t11", "–", "Fellestjenester", "2 000"),
    ]
    child = [
        ("title", "Handlingsdel 2049–2052"),
        ("meta", "Kvernhella kommune · Vedtatt av kommunestyret 11. desember 2048, sak 91/48"),
        ("h1", "1 Innledning"),
        ("p", "Handlingsdelen viser hvordan kommunen følger opp samfunnsdelen 2048–2060 de neste "
         "fire årene. Kolonnen «Delmål» viser koden til delmålet i samfunnsdelen (for eksempel "
         "1b). Beløpene gjelder hele perioden, i 1000 kr."),
        ("p", "Delmål 3b om kulturminner følges opp i kulturminneplanen, som skal rulleres i "
         "2050."),
        ("h1", "2 Tiltak"),
        ("table", ["Tiltak", "Delmål", "Ansvar", "Kostnad 2049–2052"],
         [[t[k], m, a, kr] for k, m, a, kr in rows], [95, 20, 35, 30]),
        ("h1", "3 Økonomi"),
        ("p", "Tiltakene er innarbeidet i økonomiplanen 2049–2052. Investeringene finansieres "
         "med lån, tilskudd og avløpsgebyrer."),
    ]
    build_pdf(child, d / "child.pdf", title="Handlingsdel 2049–2052", author="Kvernhella kommune",
              header="Kvernhella kommune – Handlingsdel 2049–2052")

    goals_ = [
        G("H1", g["H1"], "partial", [t["t1"], t["t2"], t["t3"], t["t4"]], ev="Fritidskortet: 2 000 kr",
          missing=["møteplasser for ungdom i bygdene (delmål 1c)"],
          note="CONVENTION for two-level goals: both the bold 'Hovedmål n' sentence and its "
          "lettered delmål are goals (ids H1–H3 and the printed codes 1a–3c; text without "
          "'Hovedmål n:' or the code). A hovedmål is followed up when the child serves all its "
          "delmål (or the hovedmål as a whole), partial when it serves some, not followed up "
          "when none. 1a and 1b are followed up, 1c only partly: partial"),
        G("1a", g["1a"], "followed_up", [t["t1"], t["t2"]], ev="Fritidskortet: 2 000 kr",
          note="an activity card for every child and an equipment library"),
        G("1b", g["1b"], "followed_up", [t["t3"]], ev="Familieteam med",
          note="a family team in one place: early help from one place"),
        G("1c", g["1c"], "partial", [t["t4"]], ev="Ungdomsklubb i kulturhuset",
          missing=["møteplasser for ungdom i bygdene"],
          note="trap: one of two places — a youth club in the centre only; the parent's "
          "background names the villages as the gap"),
        G("H2", g["H2"], "followed_up", [t["t5"], t["t6"], t["t7"]], ev="Trygghetsalarmer og",
          note="both delmål (2a, 2b) followed up, so the hovedmål is followed up"),
        G("2a", g["2a"], "followed_up", [t["t5"]], ev="Trygghetsalarmer og"),
        G("2b", g["2b"], "followed_up", [t["t6"], t["t7"]], ev="Fire avlastningsplasser",
          note="respite places (avlastning) and a school for relatives (veiledning)"),
        G("H3", g["H3"], "partial", [t["t9"], t["t10"]], ev="Sanering av avløp",
          missing=["strandsonen (delmål 3a)", "kulturminnene (delmål 3b)"],
          note="only 3c (water) is followed up; 3a has only a wrongly coded row and 3b is sent "
          "to the kulturminneplan: partial"),
        G("3a", g["3a"], "not_followed_up",
          note="trap: a row codes '3a', but a service building for boat visitors in the guest "
          "harbour does not open the shore to the public"),
        G("3b", g["3b"], "not_followed_up",
          note="trap: 'Delmål 3b om kulturminner følges opp i kulturminneplanen' — followed up "
          "in another plan, nothing here"),
        G("3c", g["3c"], "followed_up", [t["t9"], t["t10"]], ev="Sanering av avløp",
          note="sewage from the cabin area at Kvernvatnet and private sewers along Kvernelva: "
          "both waters named in the goal"),
    ]
    kids = [
        C(t["t1"], ["1a", "H1"], note="the child goals are the 'Tiltak' cells (a handlingsdel's "
          "measures); 'Delmål' holds only the code. A measure serving a delmål also serves its "
          "hovedmål"),
        C(t["t2"], ["1a", "H1"]),
        C(t["t3"], ["1b", "H1"]),
        C(t["t4"], ["1c", "H1"]),
        C(t["t5"], ["2a", "H2"]),
        C(t["t6"], ["2b", "H2"]),
        C(t["t7"], ["2b", "H2"]),
        C(t["t8"], [], note="trap: coded '3a' (public shore), but a service building for boat "
          "visitors serves neither 3a nor H3 — stands alone"),
        C(t["t9"], ["3c", "H3"]),
        C(t["t10"], ["3c", "H3"]),
        C(t["t11"], [], note="'–': a case and archive system — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; samfunnsdel): bold 'Hovedmål n: …' sentences over "
        "lettered delmål '1a' … with a hanging code, vision heading; child PDF (python-docx → "
        "LibreOffice; handlingsdel): table 'Tiltak | Delmål | Ansvar | Kostnad' citing only the "
        "delmål code; some delmål of a hovedmål served, one code wrong, one delmål sent to "
        "another plan",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Grönvike (sv)


@pair
def gronvike_namndplan(d: Path) -> dict:
    name = {"I1": "Trygg uppväxt", "I2": "Jobb och företagande", "I3": "Hållbar livsmiljö",
            "I4": "Ett tryggt Grönvike", "I5": "Effektiv organisation"}
    g = {
        "I1": "Alla barn och unga i Grönvike får en trygg uppväxt och klarar skolan.",
        "I2": "Fler grönvikebor har ett arbete och fler företag startar och växer i kommunen.",
        "I3": "Grönvike minskar sin klimatpåverkan och värnar den biologiska mångfalden.",
        "I4": "Grönvikeborna känner sig trygga i hela kommunen.",
        "I5": "Kommunen är en attraktiv arbetsgivare och har en ekonomi i balans.",
    }
    ind = {
        "I1": "andel elever med gymnasiebehörighet; andel elever som känner sig trygga i skolan",
        "I2": "förvärvsfrekvens; antal nystartade företag per 1 000 invånare",
        "I3": "växthusgasutsläpp per invånare; andel skyddad natur",
        "I4": "andel invånare som känner sig trygga utomhus på kvällen (SCB:s "
        "medborgarundersökning)",
        "I5": "sjukfrånvaro; hållbart medarbetarengagemang; resultat i procent av skatteintäkter",
    }
    parent = [
        ("title", "Mål och budget 2048 med plan för 2049–2050"),
        ("meta", "Grönvike kommun · Antagen av kommunfullmäktige 20 november 2047, § 112"),
        ("h1", "1 Vision och styrning"),
        ("p", "Vision 2050: «Grönvike – nära till allt, plats för alla». Visionen pekar ut "
         "riktningen men är inget mål."),
        ("p", "Kommunfullmäktige styr genom fem inriktningsmål. Varje inriktningsmål har ett "
         "kort namn. Nämnderna bryter ned inriktningsmålen till nämndmål i sina nämndplaner och "
         "anger vilket inriktningsmål varje nämndmål bidrar till."),
        ("h1", "2 Kommunfullmäktiges inriktningsmål"),
    ]
    for k in g:
        parent += [("h2", name[k]), ("typed", "Inriktningsmål:", g[k], " ", 0),
                   ("p", f"Indikatorer: {ind[k]}.")]
    parent += [
        ("h1", "3 Ekonomiska ramar"),
        ("table", ["Nämnd", "Ram 2048 (mnkr)"],
         [["Barn- och utbildningsnämnden", "612,4"], ["Socialnämnden", "548,9"],
          ["Samhällsbyggnadsnämnden", "96,2"], ["Kultur- och fritidsnämnden", "61,0"],
          ["Kommunstyrelsen", "88,7"]], [110, 50]),
    ]
    _build_pdf_footer(parent, d / "parent.pdf", "Mål och budget 2048",
                      title="Mål och budget 2048 med plan för 2049–2050", author="Grönvike kommun",
                      header="Grönvike kommun – Mål och budget 2048", lang="sv-SE")

    n = {
        "N1": "Handläggningstiden för bygglov är högst sju veckor i 95 procent av ärendena.",
        "N2": "Det finns planlagd mark för nya verksamheter i Norrmalm och Åby.",
        "N3": "Förvaltningens fordon körs på fossilfria drivmedel senast 2049.",
        "N4": "Gång- och cykelvägarna i alla tätorter är belysta.",
        "N5": "Sjukfrånvaron i förvaltningen är lägre än 5 procent.",
        "N6": "Vattnet vid kommunens badplatser har godkänd kvalitet hela badsäsongen.",
    }
    a = {
        "a1": "Införa e-tjänst för ansökan om bygglov",
        "a2": "Detaljplan för verksamhetsområdet Norrmalm etapp 2",
        "a3": "Byta sex servicebilar mot elbilar",
        "a4": "Ny belysning längs 4 km gång- och cykelväg i Åby och Lövsta",
        "a5": "Friskvårdstimme och ergonomigenomgång för alla medarbetare",
        "a6": "Provtagning vid sju badplatser varannan vecka",
    }
    plan = [
        ("N1", ["I2"], ["a1"]), ("N2", ["I2"], ["a2"]), ("N3", ["I3"], ["a3"]),
        ("N4", ["I4"], ["a4"]), ("N5", ["I5"], ["a5"]), ("N6", ["I4", "I3"], ["a6"]),
    ]
    css = (
        ".band{background:#1f6e5a;color:#fff;padding:8px 12px;margin-bottom:8px}"
        ".band h1{margin:0;font-size:19pt}.band p{margin:2px 0 0;font-size:9.5pt}"
        "h2{font-size:13pt;color:#1f6e5a;margin:14px 0 4px}"
        ".nm{border-left:4px solid #1f6e5a;padding:2px 10px;margin:10px 0}"
        ".nm h3{font-size:11pt;margin:2px 0}"
        ".bt{font-size:9.5pt;color:#555;margin:2px 0}"
        ".nm ul{margin:2px 0 4px;padding-left:18px}"
    )
    body = [
        "<div class='band'><h1>Nämndplan 2048</h1><p>Samhällsbyggnadsnämnden · Grönvike kommun "
        "· Beslutad 12 december 2047, § 88</p></div>",
        "<h2>Inledning</h2>",
        "<p>Nämndplanen visar hur samhällsbyggnadsnämnden bidrar till kommunfullmäktiges "
        "inriktningsmål i Mål och budget 2048. Under varje nämndmål anges vilket inriktningsmål "
        "det bidrar till, med inriktningsmålets korta namn, och vilka aktiviteter nämnden "
        "genomför under året.</p>",
        "<p>Inriktningsmålet att alla barn och unga i Grönvike får en trygg uppväxt och klarar "
        "skolan är barn- och utbildningsnämndens ansvar. Nämnden ansvarar också för kommunens "
        "naturvårdsprogram från 2041.</p>",
        "<h2>Nämndmål och aktiviteter 2048</h2>",
    ]
    for i, (k, links, acts) in enumerate(plan, 1):
        body += [
            f"<div class='nm'><h3>Nämndmål {i}: {e(n[k])}</h3>",
            f"<p class='bt'>Bidrar till: {e(', '.join(name[x] for x in links))}</p>",
            "<p class='bt'>Aktiviteter:</p><ul>",
            *[f"<li>{e(a[x])}</li>" for x in acts],
            "</ul></div>",
        ]
    body += [
        "<h2>Uppföljning</h2>",
        "<p>Nämndmålen följs upp i delårsrapporten och i verksamhetsberättelsen.</p>",
    ]
    _chromium(_page("sv", "Samhällsbyggnadsnämndens nämndplan 2048", css, body), d / "child.pdf")

    goals_ = [
        G("I1", g["I1"], "not_followed_up",
          note="the goals are the 'Inriktningsmål:' sentences under the short-name headings "
          "('Trygg uppväxt' …; ids I1–I5 in order, not printed; text without 'Inriktningsmål:'). "
          "The vision, the 'Indikatorer:' lines and the budget frames are no goals. Trap: QUOTED "
          "almost verbatim in the nämndplan's introduction and declared the education board's "
          "responsibility; nothing in the plan serves it"),
        G("I2", g["I2"], "followed_up", [n["N1"], a["a1"], n["N2"], a["a2"]],
          ev="Handläggningstiden för bygglov",
          note="fast building permits and land for businesses: the planning board's share of "
          "jobs and firms (a strict reader → partial: nothing on employment itself)"),
        G("I3", g["I3"], "partial", [n["N3"], a["a3"]], ev="Förvaltningens fordon körs",
          missing=["den biologiska mångfalden"],
          note="trap: one of two aims — fossil-free vehicles (climate); nothing on biodiversity "
          "although the introduction says the board runs the nature conservation programme "
          "(background)"),
        G("I4", g["I4"], "followed_up", [n["N4"], a["a4"]], ev="Gång- och cykelvägarna i",
          note="lit footpaths and cycle paths in every town: the board's share of feeling safe "
          "in the whole municipality (a strict reader → partial)"),
        G("I5", g["I5"], "partial", [n["N5"], a["a5"]], ev="Sjukfrånvaron i förvaltningen",
          missing=["en ekonomi i balans"],
          note="sick leave (attractive employer) only; nothing on the economy"),
    ]
    kids = [
        C(n["N1"], ["I2"], note="the child goals are the 'Nämndmål n:' headings (text without "
          "the label); the 'Bidrar till:' lines name the inriktningsmål by SHORT NAME; the "
          "'Aktiviteter' bullets are measures and appear in served_by"),
        C(n["N2"], ["I2"]),
        C(n["N3"], ["I3"]),
        C(n["N4"], ["I4"]),
        C(n["N5"], ["I5"]),
        C(n["N6"], [], note="trap: 'Bidrar till: Ett tryggt Grönvike, Hållbar livsmiljö', but "
          "bathing water quality serves neither feeling safe nor climate or biodiversity — "
          "stands alone (a lenient reader may link it to Hållbar livsmiljö)"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; KF Mål och budget): short-name "
        "headings over 'Inriktningsmål:' sentences and 'Indikatorer:' lines, a vision and "
        "budget frames; child PDF (Chromium; samhällsbyggnadsnämndens nämndplan): 'Nämndmål n: "
        "…' headings each with a line 'Bidrar till: <short name>' and 'Aktiviteter' bullets; "
        "one link wrong, one inriktningsmål quoted and left to another board",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Hyldelund (da)


@pair
def hyldelund_sundhed(d: Path) -> dict:
    themes = [
        ("Sund start på livet", "Alle børn i Hyldelund får en sund start og lærer sunde vaner "
         "fra begyndelsen.",
         [("M1", "Flere børn har en sund vægt ved skolestart."),
          ("M2", "Alle gravide, der ryger, får tilbud om hjælp til rygestop.")]),
        ("Mental sundhed og fællesskab", "Ingen i Hyldelund skal stå alene.",
         [("M3", "Færre unge og ældre føler sig ensomme."),
          ("M4", "Borgere med psykisk sårbarhed får hjælp uden ventetid.")]),
        ("Aktive seniorer", "Hyldelunds ældre lever et aktivt liv med højt funktionsniveau.",
         [("M5", "Flere borgere over 65 år er fysisk aktive hver uge."),
          ("M6", "Færre ældre indlægges efter et fald.")]),
        ("Lighed i sundhed", "Hyldelund er en kommune, hvor alle har lige muligheder for et "
         "godt og langt liv.",
         [("M7", "Forskellen i middellevetid mellem bydelene bliver mindre.")]),
    ]
    g = {k: t for _, _, ms in themes for k, t in ms}
    css = (
        ".top{border-bottom:3px solid #8a1c4a;padding-bottom:4px;font-size:9pt;color:#8a1c4a}"
        "h1{font-size:21pt;color:#8a1c4a;margin:8px 0 4px}"
        "h2{font-size:14pt;color:#fff;background:#8a1c4a;padding:4px 8px;margin:14px 0 6px}"
        ".vis{font-style:italic;font-size:11.5pt;color:#5b1231;margin:4px 0 8px}"
        ".lbl{font-weight:bold;font-size:10pt;margin:6px 0 2px}"
        "ul{margin:2px 0 6px;padding-left:20px}"
    )
    body = [
        "<div class='top'>Hyldelund Kommune · Sundhed og Omsorg</div>",
        "<h1>Sundhedspolitik 2049–2053</h1>",
        "<p class='crumb'>Vedtaget af byrådet 26. maj 2049</p>",
        "<p>Sundhedspolitikken har fire temaer. Hvert tema har en vision, der beskriver, hvad vi "
        "drømmer om, og nogle målsætninger, som vi vil måle os på. Politikken udmøntes i "
        "toårige handleplaner.</p>",
    ]
    for i, (theme, vis, ms) in enumerate(themes, 1):
        body += [f"<h2>Tema {i}: {e(theme)}</h2>", "<p class='lbl'>Vision</p>",
                 f"<p class='vis'>{e(vis)}</p>", "<p class='lbl'>Målsætninger</p>", "<ul>",
                 *[f"<li>{e(t)}</li>" for _, t in ms], "</ul>"]
    body += [
        "<h2>Sådan følger vi op</h2>",
        "<p>Sundhedsprofilen for Hyldelund udkommer hvert fjerde år og viser, om vi når "
        "målsætningerne.</p>",
    ]
    _chromium(_page("da", "Sundhedspolitik 2049–2053", css, body), d / "parent.pdf")

    x = {
        "x1": "Sund mad og daglig bevægelse i alle dagplejer og børnehaver",
        "x2": "Sundhedsplejen tilbyder familieforløb til børn med overvægt fra 3-årsbesøget",
        "x3": "Fællesskabsværksted for 13–17-årige i tre ungdomsklubber",
        "x4": "Åben rådgivning i Hyldehuset tre dage om ugen uden henvisning",
        "x5": "Holdtræning for seniorer i alle fem lokalcentre",
        "x6": "Faldforebyggende hjemmebesøg hos alle borgere over 80 år",
        "x7": "Ny hjemmeside og app for Hyldehuset",
    }
    rows = [
        ("x1", "Sund start på livet", "Dagtilbud"),
        ("x2", "Sund start på livet", "Sundhedsplejen"),
        ("x3", "Mental sundhed og fællesskab", "Børn og Unge"),
        ("x4", "Mental sundhed og fællesskab", "Hyldehuset"),
        ("x5", "Aktive seniorer", "Ældre og Sundhed"),
        ("x6", "Aktive seniorer", "Hjemmeplejen"),
        ("x7", "Lighed i sundhed", "Digitalisering"),
    ]
    child = [
        ("title", "Handleplan 2050–2051 for sundhedspolitikken"),
        ("meta", "Hyldelund Kommune · Sundheds- og Ældreudvalget, 10. december 2049"),
        ("h1", "Indledning"),
        ("p", "Handleplanen udmønter Sundhedspolitik 2049–2053. Kolonnen «Politikkens tema» "
         "viser, hvilket af politikkens fire temaer indsatsen hører under."),
        ("p", "Vores vision er, at Hyldelund er en kommune, hvor alle har lige muligheder for et "
         "godt og langt liv. Andelen af gravide, der ryger, er faldet til 6 procent."),
        ("h1", "Indsatser 2050–2051"),
        ("table", ["Indsats", "Politikkens tema", "Ansvarlig"],
         [[x[k], th, who] for k, th, who in rows], [95, 45, 30]),
        ("h1", "Økonomi"),
        ("p", "Indsatserne finansieres inden for Sundheds- og Ældreudvalgets ramme og med 1,8 "
         "mio. kr. fra puljen til forebyggelse."),
    ]
    _rl(d / "child.pdf", child, title="Handleplan 2050–2051 for sundhedspolitikken",
        author="Hyldelund Kommune", creator="Hyldelund Kommune, Sundhed og Omsorg",
        header="Hyldelund Kommune – Handleplan 2050–2051 for sundhedspolitikken",
        footer="Side {n}", accent="#8a1c4a")

    goals_ = [
        G("M1", g["M1"], "followed_up", [x["x1"], x["x2"]], ev="Sund mad og daglig",
          note="CONVENTION: the goals are the 'Målsætninger' bullets of each theme (ids M1–M7 in "
          "reading order, not printed); the italic 'Vision' sentences are no goals (they say "
          "what we dream of, not what we measure) and the 'Tema n' bands are areas. The child "
          "cites only the THEME, so content decides which målsætning an indsats serves. Healthy "
          "food and exercise in day care and family courses for overweight children"),
        G("M2", g["M2"], "not_followed_up",
          note="trap: topic only in the background ('Andelen af gravide, der ryger, er faldet "
          "til 6 procent'); both 'Sund start' indsatser concern weight"),
        G("M3", g["M3"], "partial", [x["x3"]], ev="Fællesskabsværksted for",
          missing=["ensomhed blandt ældre"],
          note="trap: one of two groups — young people only; nothing against loneliness among "
          "the elderly"),
        G("M4", g["M4"], "followed_up", [x["x4"]], ev="Åben rådgivning i",
          note="open counselling without referral three days a week: help without waiting"),
        G("M5", g["M5"], "followed_up", [x["x5"]], ev="Holdtræning for seniorer"),
        G("M6", g["M6"], "followed_up", [x["x6"]], ev="Faldforebyggende"),
        G("M7", g["M7"], "not_followed_up",
          note="trap: the theme's VISION is quoted in the introduction (a vision, no goal) and "
          "a website is filed under the theme; nothing narrows the gap in life expectancy "
          "between districts"),
    ]
    kids = [
        C(x["x1"], ["M1"], note="the child goals are the 'Indsats' cells; theme and "
          "responsible unit are not"),
        C(x["x2"], ["M1"]),
        C(x["x3"], ["M3"]),
        C(x["x4"], ["M4"]),
        C(x["x5"], ["M5"]),
        C(x["x6"], ["M6"]),
        C(x["x7"], [], note="trap: filed under 'Lighed i sundhed', but a new website does not "
          "narrow the gap in life expectancy — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; sundhedspolitik): 'Tema n' bands, each an italic "
        "'Vision' sentence (no goal) and 'Målsætninger' bullets; child PDF (reportlab; "
        "handleplan): table 'Indsats | Politikkens tema | Ansvarlig' citing only the theme; a "
        "vision quoted, one målsætning only in the background, one theme filed wrongly",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Marlowby (en)


@pair
def marlowby_business_plan(d: Path) -> dict:
    oc = [
        ("TP", "Thriving places", "#c0392b",
         "Our town centres are busy and every neighbourhood has good homes.",
         "Footfall in Marlowby town centre has fallen by a fifth since 2040 and 2,300 "
         "households are on the housing register.",
         ["town centre footfall", "net additional homes per year"]),
        ("GE", "Green and clean", "#1e8449",
         "Marlowby is net zero by 2050 and our streets and parks are clean.",
         "Transport is the largest source of carbon emissions in the borough.",
         ["borough carbon emissions", "streets meeting the cleanliness standard"]),
        ("HL", "Healthy lives", "#2471a3",
         "Residents live longer, healthier and more independent lives.",
         "Life expectancy in Saltmoor is nine years lower than in Marlowby West.",
         ["healthy life expectancy", "adults who are physically active"]),
        ("YP", "Young people", "#b9770e",
         "Every child and young person has the best start in life.",
         "One child in four in the borough grows up in poverty.",
         ["children ready for school", "young people in education, employment or training"]),
        ("SC", "Strong council", "#6c3483",
         "The council is financially sustainable and easy to deal with.",
         "The council must save £9 million by 2049.",
         ["budget gap closed", "customer satisfaction"]),
    ]
    g = {k: t for k, _, _, t, _, _ in oc}
    parent = [
        ("title", "Council Plan 2046–2050"),
        ("meta", "Marlowby Borough Council · Adopted by Full Council on 24 February 2046"),
        ("h1", "Our ambition"),
        ("p", "“A proud Marlowby where everyone can thrive.” This ambition is what we want the "
         "borough to be. The plan sets out five outcomes that the council will deliver, each "
         "with a short code that directorate business plans use to show how their actions "
         "contribute."),
    ]
    for k, short, _, text, bg, kpi in oc:
        parent += [
            ("h1", f"Outcome: {short} ({k})"),
            ("typed", "Our outcome:", text, " ", 0),
            ("p", bg),
            ("p", "We will know we are succeeding when we see improvements in:"),
            ("bullets", kpi),
        ]
    parent += [
        ("h1", "Delivering the plan"),
        ("p", "Each directorate publishes an annual business plan. Progress is reported to "
         "Cabinet every quarter."),
    ]
    _build_pdf_footer(parent, d / "parent.pdf", "Marlowby Council Plan 2046–2050",
                      title="Council Plan 2046–2050", author="Marlowby Borough Council",
                      header="Marlowby Borough Council – Council Plan 2046–2050", lang="en-GB")

    col = {k: c for k, _, c, _, _, _ in oc}
    short = {k: s for k, s, _, _, _, _ in oc}
    p = {
        "P1": "Deliver the Market Street public realm scheme and 20 new market stalls",
        "P2": "Bring forward 300 homes on the Canal Wharf site with a development partner",
        "P3": "Install 400 on-street electric vehicle charge points",
        "P4": "Replace gas boilers with heat pumps in 12 council buildings",
        "P5": "Open outdoor gyms in Kingsley Park and Tanner’s Green",
        "P6": "Build 8 km of segregated cycle track between Saltmoor and the town centre",
        "P7": "Move all planning and licensing applications to one online portal",
        "P8": "Resurface the Civic Centre multi-storey car park",
    }
    rows = [
        ("P1", ["TP"], "Works complete March 2048", "Head of Regeneration"),
        ("P2", ["TP"], "Planning application submitted", "Head of Regeneration"),
        ("P3", ["GE"], "200 installed by March 2048", "Head of Transport"),
        ("P4", ["GE"], "Six buildings converted", "Head of Property"),
        ("P5", ["HL"], "Both open by summer 2047", "Head of Parks"),
        ("P6", ["GE", "HL"], "Phase 1 (3 km) open", "Head of Transport"),
        ("P7", ["SC"], "Portal live October 2047", "Head of Planning"),
        ("P8", ["GE"], "Works complete", "Head of Property"),
    ]
    css = (
        ".mast{background:#2c3e50;color:#fff;padding:8px 12px}"
        ".mast h1{margin:0;font-size:18pt}.mast p{margin:2px 0 0;font-size:9.5pt}"
        "h2{font-size:13pt;color:#2c3e50;margin:14px 0 4px}"
        ".legend{border:1px solid #bbb;padding:6px 8px;margin:8px 0;font-size:9pt}"
        ".legend span.item{display:inline-block;margin:2px 14px 2px 0}"
        ".b{display:inline-block;min-width:20px;text-align:center;border-radius:10px;"
        "color:#fff;font-weight:bold;font-size:8pt;padding:2px 4px;margin-right:3px}"
    )

    def badge(k: str) -> str:
        return f"<span class='b' style='background:{col[k]}'>{k}</span>"

    body = [
        "<div class='mast'><h1>Place Directorate Business Plan 2047/48</h1><p>Marlowby Borough "
        "Council · Approved by the Director of Place, April 2047</p></div>",
        "<h2>1 Introduction</h2>",
        "<p>This plan sets out the Place Directorate’s main actions for 2047/48 and how they "
        "contribute to the outcomes of the Council Plan 2046–2050. Each action carries the "
        "badge of the outcome it contributes to.</p>",
        "<p>The outcome ‘Every child and young person has the best start in life’ is delivered "
        "through the Children’s Services Business Plan.</p>",
        "<div class='legend'><b>Council Plan outcomes:</b> ",
        *[f"<span class='item'>{badge(k)} {e(short[k])}</span>" for k, *_ in oc],
        "</div>",
        "<h2>2 Our actions for 2047/48</h2>",
        "<table><tr><th style='width:52%'>Action</th><th>Outcome</th><th>Milestone 2047/48</th>"
        "<th>Lead</th></tr>",
        *[f"<tr><td>{e(p[k])}</td><td>{''.join(badge(b) for b in bs)}</td><td>{e(m)}</td>"
          f"<td>{e(who)}</td></tr>" for k, bs, m, who in rows],
        "</table>",
        "<h2>3 Resources</h2>",
        "<p>The directorate has a net revenue budget of £24.6 million and 410 staff. The capital "
        "programme for 2047/48 is £31 million.</p>",
    ]
    _chromium(_page("en", "Place Directorate Business Plan 2047/48", css, body), d / "child.pdf")

    goals_ = [
        G("TP", g["TP"], "followed_up", [p["P1"], p["P2"]], ev="Deliver the Market Street",
          note="the goals are the 'Our outcome:' sentences (ids = the printed two-letter codes; "
          "text without the label); the ambition, the background lines and the 'We will know "
          "…' indicator bullets are no goals. The child tags its actions only with coloured "
          "code BADGES explained in a legend. Town-centre scheme and 300 homes: both halves"),
        G("GE", g["GE"], "partial", [p["P3"], p["P4"], p["P6"]], ev="Install 400 on-street",
          missing=["clean streets and parks"],
          note="trap: one of two aims — net zero (charge points, heat pumps, cycle track); "
          "nothing on clean streets and parks. P8 (car park) also carries GE wrongly"),
        G("HL", g["HL"], "followed_up", [p["P5"], p["P6"]], ev="Open outdoor gyms in",
          note="outdoor gyms and a cycle track from Saltmoor (where life expectancy is lowest): "
          "the Place directorate's share (a strict reader → partial: nothing on independence)"),
        G("YP", g["YP"], "not_followed_up",
          note="trap: QUOTED verbatim in the introduction and left to the Children's Services "
          "Business Plan; no action carries YP (the badge appears only in the legend)"),
        G("SC", g["SC"], "partial", [p["P7"]], ev="Move all planning and",
          missing=["financially sustainable"],
          note="an online portal: easy to deal with only; nothing on the council's finances"),
    ]
    kids = [
        C(p["P1"], ["TP"], note="the child goals are the 'Action' cells; badges, milestones "
          "and leads are not"),
        C(p["P2"], ["TP"]),
        C(p["P3"], ["GE"]),
        C(p["P4"], ["GE"]),
        C(p["P5"], ["HL"]),
        C(p["P6"], ["GE", "HL"]),
        C(p["P7"], ["SC"]),
        C(p["P8"], [], note="trap: badge GE, but resurfacing a car park serves neither net "
          "zero nor clean streets — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; Council Plan): 'Outcome: <name> "
        "(code)' headings, 'Our outcome:' sentences, background lines and indicator bullets; "
        "child PDF (Chromium; directorate business plan): a legend of coloured outcome badges "
        "and a table 'Action | Outcome | Milestone | Lead' whose outcome cells hold only badges; "
        "one badge wrong, one outcome quoted and left to another directorate",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Vindsvik → Sølvdal (nn)


@pair
def solvdal_klima(d: Path) -> dict:
    g = {
        "1.1": "Utsleppa frå vegtrafikken i Vindsvik er halverte innan 2060.",
        "1.2": "Alle kommunane har eit godt nett av ladepunkt for elbil og elbåt.",
        "2.1": "Bygg og anlegg i offentleg eige brukar minst mogleg energi.",
        "2.2": "Meir av energien blir produsert lokalt frå sol og varme i grunnen.",
        "3.1": "Samfunnet er budd på meir nedbør, flaum og skred.",
        "3.2": "Matjorda og myrane i fylket blir tekne vare på som karbonlager.",
    }
    areas = [
        ("Transport", "Vegtrafikken står for 45 prosent av utsleppa i fylket.", ["1.1", "1.2"],
         "Fylkeskommunen vil byggje ut kollektivtilbodet og samarbeide med kommunane om "
         "ladeinfrastruktur."),
        ("Energi", "Offentlege bygg brukar meir energi per kvadratmeter enn landssnittet.",
         ["2.1", "2.2"],
         "Fylkeskommunen vil gå føre med energieffektive bygg og stø lokale energiprosjekt."),
        ("Klimatilpassing og areal", "Flaumen i 2047 og fleire skred har ramma vegar og "
         "bustader. Myr og matjord lagrar mykje karbon.", ["3.1", "3.2"],
         "Fylkeskommunen vil gi råd til kommunane i arealplanlegginga."),
    ]
    parent = [
        ("title", "Regional plan for klima og energi 2050–2062"),
        ("meta", "Vindsvik fylkeskommune · Vedteken av fylkestinget 8. desember 2050, sak 101/50"),
        ("h1", "1 Innleiing"),
        ("p", "Planen gir retning for klimaarbeidet i fylkeskommunen og kommunane. Måla er "
         "nummererte etter innsatsområde. Under kvart innsatsområde står òg ein strategi for "
         "korleis fylkeskommunen vil arbeide. Kommunane følgjer opp måla i sine "
         "handlingsprogram."),
    ]
    for i, (name, bg, ids, strat) in enumerate(areas, 2):
        parent += [("h1", f"{i} {name}"), ("p", bg)]
        parent += [("p", f"Mål {x}: {g[x]}") for x in ids]
        parent += [("p", f"Strategi: {strat}")]
    parent += [
        ("h1", "5 Oppfølging"),
        ("p", "Fylkeskommunen lagar eit regionalt handlingsprogram kvart fjerde år og rapporterer "
         "på klimarekneskapen kvart år."),
    ]
    _odt_pdf(parent, d / "parent.pdf", title="Regional plan for klima og energi 2050–2062",
             lang="nn")

    t = {
        "t1": "Gang- og sykkelveg frå Sølvdal skule til sentrum (1,8 km)",
        "t2": "Elsyklar og sykkelparkering for tilsette ved rådhuset",
        "t3": "Ladepunkt for elbil ved rådhuset og idrettshallen (12 stk.)",
        "t4": "Energioppgradering av Sølvdal skule og Sølvdal sjukeheim",
        "t5": "Energileiing med timemålarar i alle kommunale bygg",
        "t6": "Ny overvassleidning i Sentrumsgata",
        "t7": "Skredsikring av Bakkevegen",
        "t8": "Asfaltering av kommunale grusvegar",
        "t9": "Ny nettstad for Sølvdal kommune",
    }
    groups = [
        ("Regionalt mål 1.1: " + g["1.1"], [("t1", "Teknisk", "•", "•", "", "", "9 500"),
                                            ("t2", "Personal", "•", "", "", "", "350")]),
        ("Regionalt mål 1.2: " + g["1.2"], [("t3", "Eigedom", "•", "•", "", "", "1 100")]),
        ("Regionalt mål 2.1: " + g["2.1"], [("t4", "Eigedom", "", "•", "•", "•", "14 000"),
                                            ("t5", "Eigedom", "•", "", "", "", "600")]),
        ("Regionalt mål 2.2: " + g["2.2"], []),
        ("Regionalt mål 3.1: " + g["3.1"], [("t6", "Teknisk", "", "•", "•", "", "6 200"),
                                            ("t7", "Teknisk", "•", "•", "", "", "3 800")]),
        ("Regionalt mål 3.2: " + g["3.2"], [("t8", "Teknisk", "•", "•", "•", "•", "2 000")]),
        ("Andre tiltak", [("t9", "Fellestenester", "•", "", "", "", "400")]),
    ]
    css = (
        "@page{size:A4 landscape;margin:14mm 16mm}"
        "h1{font-size:19pt;color:#35557a;margin:0 0 2px}"
        "h2{font-size:12.5pt;color:#35557a;margin:12px 0 4px}"
        "tr.grp td{background:#dde3ea;font-weight:bold}"
        "td.c{text-align:center}"
    )
    trs = []
    for head, items in groups:
        trs.append(f"<tr class='grp'><td colspan='7'>{e(head)}</td></tr>")
        if not items:
            trs.append("<tr><td><i>Ingen tiltak i perioden</i></td><td></td><td></td><td></td>"
                       "<td></td><td></td><td></td></tr>")
        for k, who, *yrs, cost in items:
            trs.append(f"<tr><td>{e(t[k])}</td><td>{e(who)}</td>"
                       + "".join(f"<td class='c'>{y}</td>" for y in yrs)
                       + f"<td>{cost}</td></tr>")
    body = [
        "<div class='crumb'>Sølvdal kommune · Plan og næring</div>",
        "<h1>Handlingsprogram for klima og energi 2051–2054</h1>",
        "<p class='crumb'>Vedteke av kommunestyret 19. juni 2051, sak 44/51</p>",
        "<h2>Om handlingsprogrammet</h2>",
        "<p>Handlingsprogrammet viser korleis Sølvdal kommune følgjer opp Regional plan for "
        "klima og energi 2050–2062. Tiltaka er sorterte under måla i den regionale planen, som "
        "står i grå rader. Kostnad i 1000 kr for heile perioden; • = år tiltaket blir "
        "gjennomført.</p>",
        "<h2>Tiltak 2051–2054</h2>",
        "<table><tr><th style='width:46%'>Tiltak</th><th>Ansvar</th><th>2051</th><th>2052</th>"
        "<th>2053</th><th>2054</th><th>Kostnad</th></tr>",
        *trs,
        "</table>",
    ]
    _chromium(_page("nn", "Handlingsprogram for klima og energi 2051–2054", css, body),
              d / "child.pdf")

    goals_ = [
        G("1.1", g["1.1"], "followed_up", [t["t1"], t["t2"]], ev="Gang- og sykkelveg frå",
          note="the goals are the 'Mål n.n:' paragraphs (ids the printed numbers; text without "
          "the label); the 'Strategi:' paragraphs are the county's own ways of working and the "
          "fact lines background, no goals. The child QUOTES every regional goal in full as a "
          "grey group row ('Regionalt mål 1.1: …') and lists its tiltak under it; a quoted group "
          "row is no follow-up by itself, the tiltak decide. A cycle path to school and e-bikes "
          "for staff: the municipality's share of less road traffic (a strict reader → partial)"),
        G("1.2", g["1.2"], "partial", [t["t3"]], ev="Ladepunkt for elbil ved",
          missing=["ladepunkt for elbåt"],
          note="trap: one of two aims — charge points for electric cars; nothing for electric "
          "boats"),
        G("2.1", g["2.1"], "followed_up", [t["t4"], t["t5"]], ev="Energioppgradering av",
          note="energy upgrade of two buildings and energy management in all municipal "
          "buildings"),
        G("2.2", g["2.2"], "not_followed_up",
          note="trap: QUOTED in full as a group row, under it only 'Ingen tiltak i perioden'"),
        G("3.1", g["3.1"], "followed_up", [t["t6"], t["t7"]], ev="Ny overvassleidning i",
          note="stormwater pipe (more rain, floods) and a rock-slide protection (skred)"),
        G("3.2", g["3.2"], "not_followed_up",
          note="trap: quoted as a group row, but the only tiltak under it (asphalting gravel "
          "roads) does nothing for farmland or bogs"),
    ]
    kids = [
        C(t["t1"], ["1.1"], note="the child goals are the 'Tiltak' cells (a handlingsprogram's "
          "measures); the grey group rows quote the regional goals and are no child goals"),
        C(t["t2"], ["1.1"]),
        C(t["t3"], ["1.2"]),
        C(t["t4"], ["2.1"]),
        C(t["t5"], ["2.1"]),
        C(t["t6"], ["3.1"]),
        C(t["t7"], ["3.1"]),
        C(t["t8"], [], note="trap: listed under the group row of mål 3.2 (farmland and bogs as "
          "carbon stores), but asphalting roads serves no regional goal — stands alone"),
        C(t["t9"], [], note="under 'Andre tiltak': a website — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy .odt → LibreOffice; regional plan by a fylkeskommune): 'Mål "
        "n.n: …' paragraphs under numbered innsatsområde headings beside 'Strategi:' "
        "paragraphs; child PDF (Chromium, A4 landscape; a kommune's handlingsprogram): one "
        "table whose grey spanning group rows QUOTE each regional goal in full ('Regionalt mål "
        "n.n: …') over the tiltak rows; one group 'Ingen tiltak i perioden', one group holding "
        "an unrelated tiltak",
        goals=goals_, kids=kids,
    )


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder (pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder="corpora/parents-blind27/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
