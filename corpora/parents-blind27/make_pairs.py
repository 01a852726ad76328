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
        "3c": "Kvernelva og Storvatnet har god økologisk tilstand.",
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
        "t9": "Sanering av avløp fra hyttefeltet ved Storvatnet",
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
          note="sewage from the cabin area at Storvatnet and private sewers along Kvernelva: "
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


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder (pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder="corpora/parents-blind27/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
