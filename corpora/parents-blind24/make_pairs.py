"""Build the twenty-fourth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar24` without reading plancheck's code, tests or bench, and without
running it. Parents and children in forms the earlier batches did not use:

- Lyngsund (nb): a samfunnsdel (Chromium) whose goals open with a RUN-IN BOLD SHORT TITLE
  ('Trygge barn. Alle barn i …'); the child, a MÅLEKART (Chromium, A4 landscape), follows the
  goals up ONLY with indicators and ambition levels, and names the goal in a column
  'Kommuneplanmål' by a SHORTER title than the parent's ('Arbeid' for 'Flere i jobb');
  indicators marked 'Følges med' carry no ambition.
- Gransjö (sv): Mål och budget (python-docx → LibreOffice) with the fullmäktige goals as a Word
  numbered list; the child, a nämnd's verksamhetsplan (Chromium), quotes each goal and then
  'Vi har justerat målet till: …' — the nämnd REWORDS the goal to its own share.
- Harrowdene (en): a Corporate Plan (python-docx → LibreOffice) with typed outcome ids 1a–3b;
  the child, a service plan delivered as a 16:9 SLIDE DECK (Chromium), tags each slide with
  COLOUR-KEY CHIPS naming the priorities by a one-word short name ('Greener', 'Cleaner').
- Auklandsvik (nn): a samfunnsdel (Chromium) with the goals beside LARGE COLOURED NUMERALS; the
  child, a helse- og omsorgsplan (python-docx → LibreOffice, two pages), links back only by an
  APPENDIX CROSS-REFERENCE TABLE 'Samfunnsmål | Følgt opp i kapittel' — one row points to a
  chapter that does nothing.
- Vesterbølle (da): a DK2020 klimaplan (Chromium) whose goals are the cells of a SECTOR × YEAR
  matrix ('Sektor | Mål 2030 | Mål 2045'); the child, a klimahandleplan (reportlab), labels each
  handling only by 'Sektor: …', which matches both years' cells.

    python corpora/parents-blind24/make_pairs.py                  # all pairs
    python corpora/parents-blind24/make_pairs.py lyngsund-malekart
    python corpora/parents-blind24/make_pairs.py --verify         # re-read the PDFs only

Imports the twenty-third batch's builder (corpora/parents-blind23/make_pairs.py: through it
batch 21's and earlier writers: `_rl`, `G`, `C`, the Chromium print, `_page`, `build_pdf`) and
runs batch 14's `main` (gold writer and checks) on this folder's pairs. `--verify` is batch 20's,
pointed at this folder.
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


_p23 = _load("parents_blind23_make_pairs", HERE.parent / "parents-blind23" / "make_pairs.py")
_p20, _p14 = _p23._p20, _p23._p14
G, C = _p23.G, _p23.C
_chromium, _page, _rl = _p23._chromium, _p23._page, _p23._rl
build_pdf = _p23.build_pdf

PAIRS: dict[str, Callable[[Path], dict]] = {}
e = _html.escape


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Lyngsund (nb)


@pair
def lyngsund_malekart(d: Path) -> dict:
    g = {
        "L1": ("Trygge barn", "Alle barn i Lyngsund vokser opp i trygge hjem og har en god "
               "skolehverdag."),
        "L2": ("Flere i jobb", "Flere innbyggere i arbeidsfør alder er i arbeid, og færre unge "
               "står utenfor skole og arbeid."),
        "L3": ("Aktive eldre", "Eldre i Lyngsund bor hjemme lenger og deltar i "
               "lokalsamfunnet."),
        "L4": ("Grønn mobilitet", "En større del av reisene i Lyngsund skjer til fots, med "
               "sykkel eller kollektivt."),
        "L5": ("Rent vann", "Fjorden og vassdragene i Lyngsund har god økologisk tilstand."),
        "L6": ("Levende bygder", "Folketallet i bygdene holder seg stabilt."),
    }
    chapters = [
        ("Oppvekst og arbeid",
         "Lyngsund har 11 200 innbyggere. De fleste barn har det godt, men andelen unge som "
         "verken er i arbeid eller utdanning, er høyere enn i landet.", ["L1", "L2"]),
        ("Helse og aldring",
         "Antallet innbyggere over 80 år blir doblet fram mot 2045.", ["L3"]),
        ("Klima, miljø og bygder",
         "Tre av fire reiser i Lyngsund skjer med bil. Lyngsfjorden har moderat økologisk "
         "tilstand. Bygdene utenfor sentrum har mistet 300 innbyggere siden 2020.",
         ["L4", "L5", "L6"]),
    ]
    css = (
        "h1{font-size:21pt;color:#12566b;margin:0 0 4px}"
        "h2{font-size:14pt;color:#12566b;margin:16px 0 4px;border-bottom:1px solid #12566b}"
        "p.goal{margin:6px 0 6px 0}"
        "p.goal b{color:#12566b}"
        "h3{font-size:11pt;margin:10px 0 2px}"
    )
    body = [
        "<div class='crumb'>Lyngsund kommune · Kommuneplanens samfunnsdel 2034–2046</div>",
        "<h1>Kommuneplanens samfunnsdel 2034–2046</h1>",
        "<p class='crumb'>Vedtatt av kommunestyret 14. juni 2034, sak 51/34</p>",
        "<p>Samfunnsdelen har seks samfunnsmål. Hvert mål har en kort tittel i fet skrift. "
        "Kommunedirektøren lager et målekart som viser hvordan vi måler utviklingen, og "
        "handlingsdelen viser tiltakene.</p>",
    ]
    for head, bg, ids in chapters:
        body += [f"<h2>{e(head)}</h2>", f"<p>{e(bg)}</p>", "<h3>Samfunnsmål</h3>"]
        body += [f"<p class='goal'><b>{e(g[x][0])}.</b> {e(g[x][1])}</p>" for x in ids]
    body += [
        "<h2>Arealstrategi</h2>",
        "<p>Ny boligbygging skjer i gangavstand fra sentrum og fra skolene i Øyrane og "
        "Lyngvik. Arealdelen rulleres i 2035.</p>",
    ]
    _chromium(_page("nb", "Kommuneplanens samfunnsdel 2034–2046", css, body), d / "parent.pdf")

    k = {
        "m1": "Minst 90 prosent av elevene på 7. trinn trives på skolen.",
        "m2": "Sysselsettingen blant innbyggere 20–66 år er minst 78 prosent.",
        "m3": "Under 7 prosent av de unge står utenfor arbeid og utdanning.",
        "m4": "Minst 88 prosent av innbyggerne over 80 år bor i eget hjem.",
        "m5": "Seniorsenteret har minst 200 besøk i uken.",
        "m6": "Minst 40 prosent av reisene skjer til fots, med sykkel eller kollektivt.",
        "m7": "Minst 65 prosent av innbyggerne opplever at de kan påvirke kommunens "
        "beslutninger.",
    }
    rows = [
        ("Trygge barn", "Andel elever på 7. trinn som trives på skolen (Elevundersøkelsen)",
         "84 %", k["m1"], "Udir"),
        ("Trygge barn", "Bekymringsmeldinger til barnevernet per 1 000 barn", "38",
         "Følges med", "Kostra"),
        ("Arbeid", "Sysselsatte 20–66 år, andel av befolkningen", "76 %", k["m2"], "SSB"),
        ("Arbeid", "Andel 16–25 år utenfor arbeid og utdanning", "9 %", k["m3"], "SSB"),
        ("Eldre", "Andel over 80 år som bor i eget hjem", "86 %", k["m4"], "Kostra"),
        ("Eldre", "Besøk på seniorsenteret per uke", "140", k["m5"], "Egen telling"),
        ("Reiser", "Andel reiser til fots, sykkel og kollektivt (reisevaneundersøkelsen)",
         "27 %", k["m6"], "RVU"),
        ("Bygdene", "Folketall i grunnkretsene utenfor sentrum", "3 912", "Følges med", "SSB"),
        ("Medvirkning", "Andel som mener de kan påvirke kommunens beslutninger "
         "(innbyggerundersøkelsen)", "58 %", k["m7"], "Egen undersøkelse"),
    ]
    ccss = (
        "@page{size:A4 landscape;margin:12mm 14mm}"
        "h1{font-size:18pt;color:#12566b;margin:0 0 4px}"
        "th{background:#12566b;color:#fff}"
        "td.km{font-weight:bold;color:#12566b;white-space:nowrap}"
        "td.f{color:#777;font-style:italic}"
    )
    cbody = [
        "<div class='crumb'>Lyngsund kommune · Kommunedirektøren</div>",
        "<h1>Målekart 2037 for kommuneplanens samfunnsdel</h1>",
        "<p>Målekartet viser hvordan vi måler utviklingen mot samfunnsmålene. Det inneholder "
        "ingen tiltak; tiltakene står i handlingsdelen. Der det står «Følges med», har vi valgt "
        "å følge indikatoren uten å sette en ambisjon. Samfunnsmålet «Fjorden og vassdragene i "
        "Lyngsund har god økologisk tilstand» følges opp av vannområdet Lyngsfjorden og er ikke "
        "med i målekartet.</p>",
        "<table><tr><th style='width:13%'>Kommuneplanmål</th><th style='width:30%'>Indikator"
        "</th><th style='width:9%'>Nivå 2035</th><th style='width:36%'>Ambisjon 2037</th>"
        "<th style='width:12%'>Kilde</th></tr>",
    ]
    for km, ind, niv, amb, src in rows:
        cls = " class='f'" if amb == "Følges med" else ""
        cbody.append(f"<tr><td class='km'>{e(km)}</td><td>{e(ind)}</td><td>{e(niv)}</td>"
                     f"<td{cls}>{e(amb)}</td><td>{e(src)}</td></tr>")
    cbody += ["</table>",
              "<p class='crumb'>Målekartet rapporteres i tertialrapportene og i årsmeldingen."
              "</p>"]
    _chromium(_page("nb", "Målekart 2037", ccss, cbody), d / "child.pdf")

    goals_ = [
        G("L1", g["L1"][1], "partial", [k["m1"]], ev="Minst 90 prosent av elevene",
          missing=["trygge hjem (barnevernsindikatoren bare 'Følges med')"],
          note="the goals are the sentences after a RUN-IN BOLD SHORT TITLE ('Trygge barn.'); "
          "goal text without the title. The child is a MÅLEKART: only indicators and ambition "
          "levels, no measures; its 'Kommuneplanmål' column names the goal by a SHORTER title "
          "('Arbeid' for 'Flere i jobb', 'Reiser' for 'Grønn mobilitet'). Convention: an "
          "'Ambisjon 2037' cell is a measurable child goal and serves; an indicator marked "
          "'Følges med' (no ambition) is monitoring, not a goal or measure. Trap: one of two "
          "— school well-being has an ambition, safe homes only a 'Følges med' indicator"),
        G("L2", g["L2"][1], "followed_up", [k["m2"], k["m3"]], ev="Sysselsettingen blant "
          "innbyggere 20–66", note="both halves by ambition levels: employment 20–66 and "
          "young people outside work and education; column 'Arbeid'"),
        G("L3", g["L3"][1], "followed_up", [k["m4"], k["m5"]], ev="Minst 88 prosent av "
          "innbyggerne", note="living at home (over 80) and taking part (visits to the senior "
          "centre); column 'Eldre'"),
        G("L4", g["L4"][1], "followed_up", [k["m6"]], ev="Minst 40 prosent av reisene",
          note="the share of trips on foot, by bike or bus with an ambition; column 'Reiser'"),
        G("L5", g["L5"][1], "not_followed_up",
          note="trap: QUOTED verbatim in the målekart's introduction and left to the water "
          "area (vannområdet); no row"),
        G("L6", g["L6"][1], "not_followed_up",
          note="trap: an indicator only — 'Bygdene | Folketall i grunnkretsene utenfor "
          "sentrum | 3 912 | Følges med': the child watches the figure but sets no ambition "
          "and has no measure (per the convention above: not followed up)"),
    ]
    kids = [
        C(k["m1"], ["L1"], note="the child goals are the 'Ambisjon 2037' cells; 'Følges med' "
          "cells, indicators, levels and sources are no goals"),
        C(k["m2"], ["L2"]),
        C(k["m3"], ["L2"]),
        C(k["m4"], ["L3"]),
        C(k["m5"], ["L3"]),
        C(k["m6"], ["L4"]),
        C(k["m7"], [], note="citizens' influence, row 'Medvirkning': no samfunnsmål on it — "
          "stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; samfunnsdel): goals open with a RUN-IN BOLD SHORT "
        "TITLE ('Trygge barn. Alle barn …'); child PDF (Chromium, A4 landscape; MÅLEKART): "
        "table 'Kommuneplanmål | Indikator | Nivå 2035 | Ambisjon 2037 | Kilde' with the goal "
        "named by a SHORTER title, only indicators and ambitions (no measures), two rows "
        "'Følges med'; one goal quoted and left to the water area",
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
                "corpora/parents-blind14/make_pairs.py", "corpora/parents-blind24/make_pairs.py"
            ),
            encoding="utf-8",
        )
    if _p20.verify(names):
        raise SystemExit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
