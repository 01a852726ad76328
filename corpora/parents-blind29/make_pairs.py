"""Build the twenty-ninth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar29` without reading plancheck's code, tests or bench, and without
running it. Parents and children in forms the earlier batches did not use:

- Tindevoll (nn): the kommunestyre's mål- og styringskort (Chromium, A4 LANDSCAPE) whose goals
  are the cells of a BALANCED-SCORECARD MATRIX 'Tenesteområde | Brukar | Medarbeidar | Økonomi |
  Samfunn' (one cell '–'); the child, a verksemdsplan for oppvekst (python-docx → LibreOffice),
  links each tiltak only by the PERSPECTIVE ('Brukar', 'Samfunn' …) in a 'Perspektiv' column.
- Linnmyr (nb): a samfunnsdel written as an .odt (odfpy → LibreOffice) whose goals are level-2
  HEADINGS numbered by the document's OUTLINE NUMBERING ('3.2' is not typed); the child, a
  handlingsdel (Chromium), numbers its tiltak HIERARCHICALLY after the goal ('3.1.2').
- Lyngskov (da): an erhvervs- og beskæftigelsespolitik (Chromium) with 'Målsætninger' (goals)
  and 'Det vil vi gøre' strategies per tema; the child, a handleplan (reportlab), links each
  indsats to a STRATEGY ('Politikkens "vi vil"'), never to a målsætning.
- Kestrelford (en): a district Council Plan (python-docx → LibreOffice) whose outcomes are
  residents' 'I' STATEMENTS beside 'Our promises' (commitments, no goals); the child, a People
  Strategy (Chromium), LISTS every outcome in its introduction and follows up none.
- Rävsjö (sv): a KF Mål och budget (reportlab) with goals beside 'Uppdrag:' lines to the nämnder
  (assignments, no goals); the child, a nämnd's verksamhetsplan med budget (python-docx →
  LibreOffice), follows up through its BUDGET LINES ('Förändringar i budgetramen, tkr'), with a
  'Koppling till Mål och budget' column.

    python corpora/parents-blind29/make_pairs.py                  # all pairs
    python corpora/parents-blind29/make_pairs.py tindevoll-styringskort
    python corpora/parents-blind29/make_pairs.py --verify         # re-read the PDFs only

Imports the twenty-eighth batch's builder (corpora/parents-blind28/make_pairs.py: through it the
earlier writers `_rl`, `G`, `C`, the Chromium print, `_page`, `build_pdf`, `_build_pdf_footer`)
and runs batch 14's `main` (gold writer and checks) on this folder's pairs. `--verify` is batch
20's, pointed at this folder. New here: `_odt_outline_pdf`, an odfpy writer whose headings are
numbered by the document's outline style.
"""

from __future__ import annotations

import html as _html
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402
from _odf_helpers import freeze_zip, soffice_pdf  # noqa: E402

_p28 = pk.load_module("parents_blind28_make_pairs", HERE.parent / "parents-blind28" / "make_pairs.py")
_p20, _p14 = _p28._p20, _p28._p14
G, C = _p28.G, _p28.C
_chromium, _page, _rl = _p28._chromium, _p28._page, _p28._rl
build_pdf, _build_pdf_footer = _p28.build_pdf, _p28._build_pdf_footer

PAIRS, pair = pk.pair_registry()
e = _html.escape


# =========================================================================== 1 Tindevoll (nn)


@pair
def tindevoll_styringskort(d: Path) -> dict:
    g = {
        "OB": "Alle elevar opplever at dei vaksne på skulen ser dei og bryr seg om dei.",
        "OM": "Alle lærarar har godkjend utdanning i faga dei underviser i.",
        "OO": "Oppvekst driv innanfor den vedtekne budsjettramma.",
        "OS": "Fleire barnefamiliar vel å busetje seg i Tindevoll.",
        "HB": "Eldre kan bu heime så lenge dei sjølv ønskjer det.",
        "HM": "Fleire tilsette i helse og omsorg har heile stillingar.",
        "HS": "Fleire innbyggjarar er med i frivillig arbeid.",
    }
    css = (
        "@page{size:A4 landscape;margin:14mm 16mm}"
        "h1{font-size:19pt;color:#3b5d2a;margin:0 0 2px}"
        "h2{font-size:12.5pt;color:#3b5d2a;margin:12px 0 4px}"
        "table.bsc th{background:#3b5d2a;color:#fff;font-size:10pt}"
        "table.bsc td{font-size:10pt;width:23%}"
        "table.bsc td.area{width:8%;font-weight:bold;background:#eef3e9}"
    )
    cols = ["Brukar", "Medarbeidar", "Økonomi", "Samfunn"]
    rows = [("Oppvekst", ["OB", "OM", "OO", "OS"]), ("Helse og omsorg", ["HB", "HM", None, "HS"])]
    body = [
        "<h1>Mål- og styringskort 2056–2059</h1>",
        "<p class='crumb'>Tindevoll kommune · Vedteke av kommunestyret 14. desember 2055, sak "
        "88/55, som del av handlingsdelen til kommuneplanen</p>",
        "<h2>Visjon</h2>",
        "<p>«Tindevoll – ved foten av fjellet, midt i livet.» Visjonen peikar ut retninga og er "
        "ikkje eit mål som blir målt.</p>",
        "<h2>Balansert målstyring</h2>",
        "<p>Kommunestyret styrer tenestene med balansert målstyring. For kvart tenesteområde er "
        "det sett mål i fire perspektiv: brukar, medarbeidar, økonomi og samfunn. Måla står i "
        "cellene i styringskortet under; kvar verksemd lagar ein verksemdsplan som viser korleis "
        "ho følgjer opp måla i si rad.</p>",
        "<table class='bsc'><tr><th>Tenesteområde</th>"
        + "".join(f"<th>{c}</th>" for c in cols) + "</tr>",
    ]
    for area, ks in rows:
        body.append(f"<tr><td class='area'>{e(area)}</td>"
                    + "".join(f"<td>{e(g[k]) if k else '–'}</td>" for k in ks) + "</tr>")
    body += [
        "</table>",
        "<h2>Rapportering</h2>",
        "<p>Resultata blir rapporterte i tertialrapportane og i årsmeldinga. Kvart mål har "
        "ein indikator i kommunen sitt styringssystem.</p>",
    ]
    _chromium(_page("nn", "Mål- og styringskort 2056–2059", css, body), d / "parent.pdf")

    t = {
        "t1": "Alle elevar får ein samtale med kontaktlæraren kvar månad.",
        "t2": "Vaksenstyrt aktivitet i alle storefriminutt ved Kråkeneset skule og Tindevoll "
              "skule.",
        "t3": "Fire lærarar tek vidareutdanning i matematikk eller norsk i 2057.",
        "t4": "Månadleg økonomirapport til kvar rektor og styrar, med tiltak ved meirforbruk.",
        "t5": "Barnehageplass innan ein månad for familiar som flyttar til Tindevoll gjennom "
              "året.",
        "t6": "Heile stillingar for alle assistentar og fagarbeidarar i barnehagane.",
        "t7": "Skulane markerer FN-dagen saman med bygdelaga.",
    }
    rows_c = [
        ("Brukar", "t1", "Rektorane"), ("Brukar", "t2", "Rektorane"),
        ("Medarbeidar", "t3", "Kommunalsjef oppvekst"), ("Økonomi", "t4", "Økonomiavdelinga"),
        ("Samfunn", "t5", "Barnehagekontoret"), ("Medarbeidar", "t6", "Styrarane"),
        ("Samfunn", "t7", "Rektorane"),
    ]
    child = [
        ("title", "Verksemdsplan for oppvekst 2057"),
        ("meta", "Tindevoll kommune · Kommunalsjef oppvekst · Godkjend 20. januar 2057"),
        ("h1", "1 Innleiing"),
        ("p", "Verksemdsplanen viser korleis skulane og barnehagane i Tindevoll følgjer opp "
         "oppvekst-rada i kommunestyret sitt mål- og styringskort. Kolonna «Perspektiv» viser "
         "kva perspektiv i styringskortet tiltaket høyrer til. Måla for helse og omsorg blir "
         "følgde opp i verksemdsplanen for helse og omsorg."),
        ("h1", "2 Status"),
        ("p", "Tindevoll har to skular og tre barnehagar med til saman 610 barn. Folketalet i "
         "bygdene har gått ned, og fleire barnefamiliar har flytta til byen dei siste åra. "
         "Elevundersøkinga viser at 84 prosent av elevane meiner at lærarane bryr seg om dei."),
        ("h1", "3 Tiltak 2057"),
        ("table", ["Perspektiv", "Tiltak", "Ansvar"],
         [[p, t[k], who] for p, k, who in rows_c], [30, 100, 40]),
        ("h1", "4 Oppfølging"),
        ("p", "Kommunalsjefen rapporterer på tiltaka i tertialrapportane."),
    ]
    build_pdf(child, d / "child.pdf", title="Verksemdsplan for oppvekst 2057",
              author="Tindevoll kommune",
              header="Tindevoll kommune – Verksemdsplan for oppvekst 2057", lang="nn-NO")

    goals_ = [
        G("OB", g["OB"], "followed_up", [t["t1"], t["t2"]], ev="Alle elevar får ein",
          note="the goals are the cells of the balanced-scorecard matrix 'Tenesteområde | "
          "Brukar | Medarbeidar | Økonomi | Samfunn' (ids: row O = Oppvekst, H = Helse og "
          "omsorg, + perspective letter B/M/O/S; not printed); the '–' cell, the row and column "
          "labels, the vision and 'Rapportering' are no goals. The child links each tiltak only "
          "by the PERSPECTIVE word; the row (oppvekst) is implied, so content decides. Monthly "
          "talks with the contact teacher and adult-led activity at break: pupils seen and "
          "cared for"),
        G("OM", g["OM"], "partial", [t["t3"]], ev="Fire lærarar tek",
          missing=["godkjend utdanning for alle lærarar, ikkje berre fire"],
          note="four teachers take further education — a step towards all teachers being "
          "qualified"),
        G("OO", g["OO"], "followed_up", [t["t4"]], ev="Månadleg økonomirapport til",
          note="the sector's share: monthly reports and corrective measures keep oppvekst within "
          "its budget (a strict reader who wants savings → partial)"),
        G("OS", g["OS"], "partial", [t["t5"]], ev="Barnehageplass innan ein",
          missing=["anna som får barnefamiliar til å busetje seg (bustader, arbeid, tilbod)"],
          note="a kindergarten place within a month for families moving in makes it easier to "
          "settle; the families moving away are background. Trap: the FN-day tiltak also says "
          "'Samfunn' and serves nothing"),
        G("HB", g["HB"], "not_followed_up",
          note="trap: the helse og omsorg row is 'følgde opp i verksemdsplanen for helse og "
          "omsorg' — nothing here"),
        G("HM", g["HM"], "not_followed_up",
          note="trap: the child has full-time posts for kindergarten staff under 'Medarbeidar', "
          "the same wording as this goal, but the goal's cell is in the helse og omsorg row; "
          "oppvekst has no full-time goal, so the tiltak stands alone"),
        G("HS", g["HS"], "not_followed_up",
          note="helse og omsorg row, sent to another plan; the FN-day with the bygdelag is no "
          "volunteering measure"),
    ]
    kids = [
        C(t["t1"], ["OB"], note="the child goals are the 'Tiltak' cells (measures); the "
          "'Perspektiv' cells are the link, the 'Ansvar' cells owners"),
        C(t["t2"], ["OB"]),
        C(t["t3"], ["OM"]),
        C(t["t4"], ["OO"]),
        C(t["t5"], ["OS"]),
        C(t["t6"], [], note="trap: 'Medarbeidar' and full-time posts — the wording of HM, but HM "
          "is a helse og omsorg goal and the oppvekst row's Medarbeidar goal is teacher "
          "education; stands alone"),
        C(t["t7"], [], note="trap: 'Samfunn', but marking the UN day with village associations "
          "serves no goal — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, A4 landscape; mål- og styringskort): the goals are the "
        "cells of a balanced-scorecard matrix 'Tenesteområde | Brukar | Medarbeidar | Økonomi | "
        "Samfunn', two rows, one cell '–'; child PDF (python-docx → LibreOffice; verksemdsplan "
        "for oppvekst): one table 'Perspektiv | Tiltak | Ansvar' linking each tiltak only by "
        "the perspective word",
        goals=goals_, kids=kids,
    )


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder (pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20,
                    builder="corpora/parents-blind29/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
