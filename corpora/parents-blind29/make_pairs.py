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


# =========================================================================== 2 Linnmyr (nb)


def _odt_outline_pdf(blocks, pdf: Path, *, title: str, lang: str = "nb") -> Path:
    """An .odt written with odfpy whose headings are numbered by the document's OUTLINE STYLE
    (text:outline-style, as Word's or Writer's 'Chapter numbering'): ("title"|"meta"|"p", text),
    ("h1"|"h2", text) — the number ('3', '3.2') is not in the text, Writer prints it. Exported
    by LibreOffice; the .odt is frozen, the PDF pinned by soffice_pdf."""
    from odf.dc import Title
    from odf.opendocument import OpenDocumentText
    from odf.style import ListLevelProperties, ParagraphProperties, Style, TextProperties
    from odf.text import H, OutlineLevelStyle, OutlineStyle
    from odf.text import P as OP

    doc = OpenDocumentText()
    doc.meta.addElement(Title(text=title))

    def pstyle(name, size, bold=False, color="#000000", before="0cm", after="0.2cm", level=None):
        kw = {"name": name, "family": "paragraph"}
        if level:
            kw["defaultoutlinelevel"] = str(level)
        st = Style(**kw)
        st.addElement(TextProperties(fontsize=f"{size}pt", fontfamily="'Liberation Sans'",
                                     fontweight="bold" if bold else "normal", color=color,
                                     language=lang, country="NO"))
        st.addElement(ParagraphProperties(margintop=before, marginbottom=after))
        doc.styles.addElement(st)
        return st

    outline = OutlineStyle(name="Outline")
    for lvl in (1, 2):
        ols = OutlineLevelStyle(level=str(lvl), numformat="1", numsuffix=" ",
                                displaylevels=str(lvl))
        ols.addElement(ListLevelProperties(minlabelwidth="1.1cm" if lvl == 2 else "0.8cm"))
        outline.addElement(ols)
    doc.styles.addElement(outline)
    st = {
        "title": pstyle("Dokumenttittel", 20, True, "#5a3d1e", after="0.3cm"),
        "meta": pstyle("Metadata", 9, color="#666666", after="0.3cm"),
        "h1": pstyle("Heading_20_1", 15, True, "#5a3d1e", before="0.5cm", after="0.15cm",
                     level=1),
        "h2": pstyle("Heading_20_2", 11.5, True, "#333333", before="0.3cm", after="0.1cm",
                     level=2),
        "p": pstyle("Brodtekst", 10.5),
    }
    for kind, text in blocks:
        if kind in ("h1", "h2"):
            doc.text.addElement(H(outlinelevel=kind[1], stylename=st[kind], text=text))
        else:
            doc.text.addElement(OP(stylename=st[kind], text=text))
    with tempfile.TemporaryDirectory(prefix="bpar29-odt-") as tmp:
        odt = Path(tmp) / (pdf.stem + ".odt")
        doc.save(str(odt))
        freeze_zip(odt)
        out = soffice_pdf(odt, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


@pair
def linnmyr_handlingsdel(d: Path) -> dict:
    g = {
        "2.1": "Alle barn og unge har en trygg og inkluderende oppvekst.",
        "2.2": "Flere eldre bor hjemme med god livskvalitet.",
        "3.1": "Linnmyr har den arbeidskraften næringslivet og kommunen trenger.",
        "3.2": "Reiselivet i Linnmyr gir arbeidsplasser hele året.",
        "4.1": "Klimagassutslippene i Linnmyr er redusert med 60 prosent fra 2050.",
        "4.2": "Myrene og vassdragene i Linnmyr er bevart.",
    }
    why = {
        "2.1": "Dette betyr at barnehager, skoler og fritidstilbud jobber sammen mot mobbing og "
               "utenforskap.",
        "2.2": "Dette betyr at tjenestene legger til rette for at eldre kan klare seg selv og "
               "ha et sosialt liv.",
        "3.1": "Dette betyr at vi utdanner, rekrutterer og beholder folk med riktig kompetanse.",
        "3.2": "Dette betyr at hyttebyen på Myrheia og fjellet brukes også utenom "
               "vintersesongen.",
        "4.1": "Dette betyr at kommunen går foran i egen drift og gjør det lett å velge "
               "klimavennlig.",
        "4.2": "Dette betyr at myr ikke bygges ned, og at vassdragene har god økologisk tilstand.",
    }
    chapters = [
        ("Levekår og helse", "Linnmyr har 9 400 innbyggere. Andelen over 80 år vil dobles fram "
         "mot 2070.", ["2.1", "2.2"]),
        ("Arbeid og næring", "Fire av ti bedrifter sier at de mangler kvalifisert arbeidskraft. "
         "Reiselivet er i dag i hovedsak en vinternæring.", ["3.1", "3.2"]),
        ("Klima og natur", "Myr dekker 14 prosent av arealet i Linnmyr og lagrer store mengder "
         "karbon.", ["4.1", "4.2"]),
    ]
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2058–2070"),
        ("meta", "Linnmyr kommune · Vedtatt av kommunestyret 20. juni 2058, sak 51/58"),
        ("h1", "Innledning"),
        ("p", "Samfunnsdelen sier hva slags samfunn vi vil ha i 2070. Kapittel 2–4 har ett "
         "delkapittel for hvert samfunnsmål: overskriften er målet, og teksten under forklarer "
         "hva målet betyr. Målene har nummer etter kapittelet de står i."),
        ("p", "Visjon: «Linnmyr – landlig og levende.» Visjonen er ikke et mål."),
    ]
    for head, bg, ks in chapters:
        parent += [("h1", head), ("p", bg)]
        for k in ks:
            parent += [("h2", g[k]), ("p", why[k])]
    parent += [
        ("h1", "Oppfølging"),
        ("p", "Samfunnsdelen følges opp i handlingsdelen, som rulleres hvert år. Tiltakene i "
         "handlingsdelen nummereres etter målet de følger opp."),
    ]
    _odt_outline_pdf(parent, d / "parent.pdf", title="Kommuneplanens samfunnsdel 2058–2070")

    k = {
        "2.1.1": "Kurs i klasseledelse og arbeid mot mobbing for alle lærere og "
                 "barnehagelærere",
        "2.1.2": "Gratis kulturskole og fritidskort for barn i familier med lav inntekt",
        "2.2.1": "Trygghetsalarm og digitalt tilsyn tilbys alle hjemmeboende over 80 år",
        "3.1.1": "Antall lærlingplasser i kommunen økes fra 12 til 20",
        "3.1.2": "Frivilligsentralen i Holtet rekrutterer besøksvenner til hjemmeboende eldre",
        "4.1.1": "Alle kommunale biler er utslippsfrie innen 2061",
        "4.1.2": "Parkeringsplassen ved rådhuset utvides med 40 plasser",
        "4.2.1": "Kartlegging av myrene i Linnmyr og vurdering av vern",
    }
    owners = {
        "2.1.1": ("Oppvekst", "2059"), "2.1.2": ("Kultur", "2059–2062"),
        "2.2.1": ("Helse og omsorg", "2060"), "3.1.1": ("HR", "2059–2060"),
        "3.1.2": ("Frivilligsentralen", "2059"), "4.1.1": ("Eiendom og drift", "2061"),
        "4.1.2": ("Eiendom og drift", "2060"), "4.2.1": ("Plan og miljø", "2059–2060"),
    }
    css = (
        "h1{font-size:19pt;color:#5a3d1e;margin:0 0 2px}"
        "h2{font-size:12.5pt;color:#5a3d1e;margin:14px 0 4px}"
        "td.nr{white-space:nowrap;font-weight:bold;width:12%}"
    )
    body = [
        "<h1>Handlingsdel 2059–2062</h1>",
        "<p class='crumb'>Linnmyr kommune · Vedtatt av kommunestyret 11. desember 2058, sak "
        "97/58</p>",
        "<h2>Om handlingsdelen</h2>",
        "<p>Handlingsdelen viser hvordan kommunen følger opp samfunnsmålene de neste fire "
        "årene. Tiltakene er nummerert etter målet i samfunnsdelen de hører til: tiltak 3.1.2 "
        "er det andre tiltaket under mål 3.1.</p>",
        "<p>Mål 3.2 om reiselivet følges opp i strategisk næringsplan og har ingen tiltak i "
        "handlingsdelen.</p>",
        "<h2>Tiltak 2059–2062</h2>",
        "<table><tr><th>Nr.</th><th>Tiltak</th><th>Ansvar</th><th>År</th></tr>",
    ]
    for nr, text in k.items():
        who, yr = owners[nr]
        body.append(f"<tr><td class='nr'>{nr}</td><td>{e(text)}</td><td>{e(who)}</td>"
                    f"<td>{yr}</td></tr>")
    body += [
        "</table>",
        "<h2>Økonomi</h2>",
        "<p>Tiltakene er innarbeidet i økonomiplanen 2059–2062. Utvidelsen av parkeringsplassen "
        "finansieres av parkeringsavgiftene.</p>",
    ]
    _chromium(_page("nb", "Handlingsdel 2059–2062", css, body), d / "child.pdf")

    goals_ = [
        G("2.1", g["2.1"], "followed_up", [k["2.1.1"], k["2.1.2"]], ev="Kurs i klasseledelse og",
          note="the goals are the level-2 headings of chapters 2–4, numbered by the document's "
          "OUTLINE NUMBERING (ids the printed numbers; the number is not typed and not part of "
          "the text); the chapter headings, the 'Dette betyr at …' paragraphs under each goal, "
          "the vision and the chapter backgrounds are no goals. The child numbers its tiltak "
          "after the goal ('2.1.1'); content decides. Against bullying and for leisure for "
          "children of low-income families: safe and inclusive"),
        G("2.2", g["2.2"], "followed_up", [k["2.2.1"], k["3.1.2"]], ev="Trygghetsalarm og",
          note="safety alarms help the elderly stay at home; trap: the visiting friends that "
          "give them a social life are numbered 3.1.2 (under the labour goal) but serve this "
          "goal"),
        G("3.1", g["3.1"], "partial", [k["3.1.1"]], ev="Antall lærlingplasser i",
          missing=["arbeidskraft til næringslivet (rekruttering, kompetanse)"],
          note="more apprenticeships in the municipality; nothing for the businesses' labour "
          "needs. Trap: 3.1.2 (volunteer visiting friends) carries the goal's number but "
          "serves 2.2"),
        G("3.2", g["3.2"], "not_followed_up",
          note="trap: 'følges opp i strategisk næringsplan og har ingen tiltak i "
          "handlingsdelen'"),
        G("4.1", g["4.1"], "partial", [k["4.1.1"]], ev="Alle kommunale biler er",
          missing=["utslipp utenfor kommunens egen bilpark (transport, landbruk, oppvarming)"],
          note="zero-emission municipal cars — a small part of a 60 % cut for the whole "
          "municipality. Trap: 4.1.2 (a larger car park) carries the goal's number and works "
          "against it"),
        G("4.2", g["4.2"], "partial", [k["4.2.1"]], ev="Kartlegging av myrene i",
          missing=["bevaring av myrene (vern, arealbruk)", "vassdragene"],
          note="mapping the bogs and considering protection is a first step; nothing keeps "
          "them or the waterways"),
    ]
    kids = [
        C(k["2.1.1"], ["2.1"], note="the child goals are the 'Tiltak' cells; the 'Nr.' cells are "
          "the link (goal number + running number), the 'Ansvar' and 'År' cells no goals"),
        C(k["2.1.2"], ["2.1"]),
        C(k["2.2.1"], ["2.2"]),
        C(k["3.1.1"], ["3.1"]),
        C(k["3.1.2"], ["2.2"], note="trap: numbered under 3.1 (labour), serves 2.2 (the "
          "elderly's social life)"),
        C(k["4.1.1"], ["4.1"]),
        C(k["4.1.2"], [], note="trap: numbered under 4.1 (emissions), but a larger car park "
          "serves no goal — stands alone"),
        C(k["4.2.1"], ["4.2"]),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy .odt → LibreOffice; samfunnsdel): the goals are level-2 "
        "headings numbered by the document's outline numbering ('2.1' … '4.2', not typed), "
        "each over a 'Dette betyr at …' paragraph; child PDF (Chromium; handlingsdel): one "
        "table 'Nr. | Tiltak | Ansvar | År' whose numbers continue the goal number ('3.1.2'), "
        "two of them misleading",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Lyngskov (da)


@pair
def lyngskov_handleplan(d: Path) -> dict:
    g = {
        "M1": "Flere virksomheder i Lyngskov vokser og skaber nye arbejdspladser.",
        "M2": "Det er let at starte og drive virksomhed i kommunen.",
        "M3": "Flere ledige unge under 30 år kommer i job eller uddannelse.",
        "M4": "Flere borgere på kanten af arbejdsmarkedet får fodfæste på en arbejdsplads.",
        "M5": "Ravnely Havn og Nørreby bymidte er levende hele året.",
        "M6": "Flere turister overnatter i kommunen uden for sommersæsonen.",
    }
    s_ = {
        "s1": "styrke erhvervsservicen for nye og små virksomheder",
        "s2": "have korte sagsbehandlingstider på byggesager",
        "s3": "samarbejde tæt med erhvervsforeningerne",
        "s4": "give alle ledige unge en fast kontaktperson",
        "s5": "udvikle fleksjob og småjob sammen med virksomhederne",
        "s6": "skabe liv i byrummet med events og aktiviteter",
        "s7": "markedsføre Lyngskov som destination for naturturisme",
    }
    temaer = [
        ("Virksomheder i vækst", "Lyngskov har 2.300 virksomheder, og hver tredje har under fem "
         "ansatte.", ["M1", "M2"], ["s1", "s2", "s3"]),
        ("Flere i job", "1.100 borgere i den arbejdsdygtige alder er på offentlig forsørgelse.",
         ["M3", "M4"], ["s4", "s5"]),
        ("Levende byer og turisme", "Turismen er koncentreret om juli og august.", ["M5", "M6"],
         ["s6", "s7"]),
    ]
    css = (
        "h1{font-size:20pt;color:#0d4f6c;margin:0}"
        "h2{font-size:13pt;color:#0d4f6c;margin:14px 0 3px;border-bottom:2px solid #0d4f6c}"
        ".fact{color:#555;font-size:9.5pt;margin:2px 0}"
        ".cols{display:flex;gap:14px}.cols>div{flex:1}"
        ".lbl{font-weight:bold;margin:4px 0 2px;font-size:10pt}"
        ".mal{background:#e6f0f4;padding:4px 8px}.vv{padding:4px 8px}"
        "ul{margin:2px 0 4px;padding-left:16px}"
    )
    body = [
        "<h1>Erhvervs- og beskæftigelsespolitik 2056–2059</h1>",
        "<p class='crumb'>Lyngskov Kommune · Vedtaget af byrådet 27. april 2056</p>",
        "<p>Politikken har tre temaer. Under hvert tema står politikkens målsætninger – det, "
        "vi vil opnå – og de veje, vi vil gå for at nå dem. Målene følges op i årlige "
        "handleplaner.</p>",
    ]
    for i, (tema, fact, ms, ss) in enumerate(temaer, 1):
        body += [
            f"<h2>Tema {i}: {e(tema)}</h2>", f"<p class='fact'>{e(fact)}</p>",
            "<div class='cols'><div class='mal'><p class='lbl'>Målsætninger</p><ul>",
            *[f"<li>{e(g[m])}</li>" for m in ms],
            "</ul></div><div class='vv'><p class='lbl'>Det vil vi gøre</p><ul>",
            *[f"<li>Vi vil {e(s_[x])}</li>" for x in ss],
            "</ul></div></div>",
        ]
    body += [
        "<h2>Opfølgning</h2>",
        "<p>Erhvervs- og Beskæftigelsesudvalget følger op på målsætningerne én gang om året.</p>",
    ]
    _chromium(_page("da", "Erhvervs- og beskæftigelsespolitik 2056–2059", css, body),
              d / "parent.pdf")

    x = {
        "x1": "Fast virksomhedskonsulent for nye virksomheder de første to år",
        "x2": "Svar på byggesager om erhvervsbyggeri inden for 30 dage",
        "x3": "Vækstforløb med mentor fra erhvervslivet for 20 virksomheder",
        "x4": "Ungekoordinator som fast kontaktperson for alle ledige under 30 år",
        "x5": "Kampagne om fleksjob og småjob til virksomhederne",
        "x6": "Julemarked og vinterbelysning i Nørreby bymidte",
        "x7": "Ny hjemmeside for Jobcenter Lyngskov",
    }
    links = [
        ("x1", "s1", "Erhvervsservice"), ("x2", "s2", "Byggesag"),
        ("x3", "s3", "Erhvervsservice"), ("x4", "s4", "Jobcenter"),
        ("x5", "s5", "Jobcenter"), ("x6", "s6", "Bymidteforeningen"),
        ("x7", "s4", "Jobcenter"),
    ]
    child = [
        ("title", "Handleplan 2057 for erhverv og beskæftigelse"),
        ("meta", "Lyngskov Kommune · Erhvervs- og Beskæftigelsesudvalget, 4. december 2056"),
        ("h1", "Indledning"),
        ("p", "Handleplanen viser, hvad vi gør i 2057 for at føre erhvervs- og "
         "beskæftigelsespolitikken ud i livet. Kolonnen «Politikkens vi vil» viser, hvilken af "
         "politikkens veje indsatsen hører under."),
        ("p", "Antallet af overnatninger steg med 4 % i 2056, men næsten alle lå i juli og "
         "august."),
        ("h1", "Indsatser 2057"),
        ("table", ["Indsats", "Politikkens vi vil", "Ansvarlig"],
         [[x[k], "Vi vil " + s_[sv], who] for k, sv, who in links], [70, 65, 35]),
        ("h1", "Økonomi"),
        ("p", "Indsatserne holdes inden for udvalgets ramme. Vækstforløbene medfinansieres af "
         "Erhvervshus Syd."),
    ]
    _rl(d / "child.pdf", child, title="Handleplan 2057 for erhverv og beskæftigelse",
        author="Lyngskov Kommune", creator="Lyngskov Kommune, Erhverv og Beskæftigelse",
        header="Lyngskov Kommune – Handleplan 2057", footer="Side {n}", accent="#0d4f6c")

    goals_ = [
        G("M1", g["M1"], "followed_up", [x["x3"]], ev="Vækstforløb med mentor",
          note="the goals are the 'Målsætninger' bullets (ids M1–M6 in reading order, not "
          "printed); the 'Det vil vi gøre' bullets ('Vi vil …') are the politik's STRATEGIES — "
          "the ways to the goals, no goals — and the fact lines are background. The child links "
          "each indsats only to a 'Vi vil' strategy; content decides which goal it serves. A "
          "growth programme with mentors for 20 firms: the child's share of growth and jobs (a "
          "strict reader → partial)"),
        G("M2", g["M2"], "followed_up", [x["x1"], x["x2"]], ev="Fast virksomhedskonsulent for",
          note="a business adviser for new firms and fast building-case answers: easy to start "
          "and run a business"),
        G("M3", g["M3"], "followed_up", [x["x4"]], ev="Ungekoordinator som fast",
          note="a youth coordinator as the fixed contact person for all unemployed under 30"),
        G("M4", g["M4"], "partial", [x["x5"]], ev="Kampagne om fleksjob og",
          missing=["flere fleksjob og småjob oprettet sammen med virksomhederne"],
          note="a campaign to firms about flexi-jobs and small jobs tells them of the schemes; "
          "nothing creates the jobs"),
        G("M5", g["M5"], "partial", [x["x6"]], ev="Julemarked og",
          missing=["Ravnely Havn", "liv hele året, ikke kun i julen"],
          note="a Christmas market and winter lights in the Nørreby centre; nothing for the "
          "harbour or the rest of the year"),
        G("M6", g["M6"], "not_followed_up",
          note="trap: topic only in the background (overnight stays concentrated in July and "
          "August); the strategy 'markedsføre Lyngskov som destination' has no indsats"),
    ]
    kids = [
        C(x["x1"], ["M2"], note="the child goals are the 'Indsats' cells; the 'Politikkens vi "
          "vil' cells quote a strategy of the politik (the link), the 'Ansvarlig' cells owners"),
        C(x["x2"], ["M2"]),
        C(x["x3"], ["M1"], note="linked to the strategy 'samarbejde tæt med "
          "erhvervsforeningerne'; serves the growth goal M1"),
        C(x["x4"], ["M3"]),
        C(x["x5"], ["M4"]),
        C(x["x6"], ["M5"]),
        C(x["x7"], [], note="trap: linked to 'give alle ledige unge en fast kontaktperson', but "
          "a new website for the jobcentre serves no goal — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; erhvervs- og beskæftigelsespolitik): per tema two "
        "columns, 'Målsætninger' bullets (the goals) beside 'Det vil vi gøre' bullets opening "
        "'Vi vil' (strategies, no goals); child PDF (reportlab; handleplan): one table "
        "'Indsats | Politikkens vi vil | Ansvarlig' linking each indsats to a STRATEGY, never "
        "to a målsætning",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Kestrelford (en)


@pair
def kestrelford_people_strategy(d: Path) -> dict:
    g = {
        "R1": "I feel safe in my neighbourhood, day and night.",
        "R2": "I can find a home I can afford near my family and my work.",
        "R3": "My children get a good start in life.",
        "R4": "I can get around the district easily without a car.",
        "R5": "I can stay independent and connected as I get older.",
    }
    parent = [
        ("title", "Council Plan 2050–2054"),
        ("meta", "Kestrelford District Council · Agreed by Full Council, 26 February 2050"),
        ("h1", "Our vision"),
        ("p", "Kestrelford: a good place to grow up, to work and to grow old. The vision sets "
         "the direction for all our partners; it is not a target."),
        ("h1", "What residents will be able to say"),
        ("p", "We asked 2,400 residents what would make the biggest difference to their lives. "
         "Our outcomes are written in their words, as the ‘I statements’ we want every "
         "resident to be able to say by 2054:"),
        ("bullets", [g[k] for k in ("R1", "R2", "R3", "R4", "R5")]),
        ("h1", "Our promises"),
        ("p", "How we will work as a council:"),
        ("bullets", ["We will be open about how we spend your money.",
                     "We will answer your questions the first time you ask.",
                     "We will work with the town and parish councils and the voluntary sector."]),
        ("h1", "Measuring progress"),
        ("p", "Each outcome has a set of measures in the Council Plan Performance Framework, "
         "reported to Cabinet every quarter."),
    ]
    _build_pdf_footer(parent, d / "parent.pdf", "Kestrelford Council Plan 2050–2054",
                      title="Council Plan 2050–2054", author="Kestrelford District Council",
                      header="Kestrelford District Council – Council Plan 2050–2054",
                      lang="en-GB")

    c = {
        "c1": "Cut the average time to fill a vacancy from 62 to 40 days.",
        "c2": "Give every manager training in leading hybrid and remote teams.",
        "c3": "Pay at least the Real Living Wage to all staff and apprentices.",
        "c4": "Halve the sickness absence caused by stress by 2053.",
        "c5": "Offer 25 apprenticeships a year across council services.",
    }
    css = (
        "h1{font-size:20pt;color:#6b2d5c;margin:0 0 2px}"
        "h2{font-size:13pt;color:#6b2d5c;margin:14px 0 4px}"
        ".box{border:1.5px solid #6b2d5c;background:#f6eef4;padding:6px 12px;margin:8px 0}"
        ".box p{margin:3px 0}.box ul{margin:2px 0 4px;padding-left:18px}"
        "ol.pr li{margin:4px 0}"
    )
    body = [
        "<h1>People Strategy 2050–2053</h1>",
        "<p class='crumb'>Kestrelford District Council · Human Resources · Approved by the "
        "Employment Committee, 9 July 2050</p>",
        "<div class='box'><p><b>The Council Plan 2050–2054</b></p>",
        "<p>Our residents have told us what matters to them. The Council Plan sets out five "
        "outcomes:</p><ul>",
        *[f"<li>{e(g[k])}</li>" for k in ("R1", "R2", "R3", "R4", "R5")],
        "</ul><p>Everything the council does should help to deliver these outcomes.</p></div>",
        "<h2>Why we need a People Strategy</h2>",
        "<p>The council employs 640 people. One in five posts in planning, environmental health "
        "and finance is hard to fill, and stress is the most common reason for long-term "
        "sickness. Many of our staff cannot afford to rent or buy a home in the district and "
        "commute from outside it.</p>",
        "<p>This strategy is about the council as an employer. It sets out what we will do to "
        "recruit, develop and keep the people we need.</p>",
        "<h2>Our priorities</h2>",
        "<ol class='pr'>",
        *[f"<li>{e(c[k])}</li>" for k in ("c1", "c2", "c3", "c4", "c5")],
        "</ol>",
        "<h2>Governance</h2>",
        "<p>Progress is reported to the Employment Committee twice a year. The strategy will "
        "be reviewed in 2053.</p>",
    ]
    _chromium(_page("en-GB", "People Strategy 2050–2053", css, body), d / "child.pdf")

    intro = ("trap: LISTED word for word in the child's 'The Council Plan 2050–2054' box, which "
             "the strategy then leaves aside ('This strategy is about the council as an "
             "employer'); no priority serves it")
    goals_ = [
        G("R1", g["R1"], "not_followed_up",
          note="the goals are the five 'I statements' under 'What residents will be able to "
          "say' (ids R1–R5 in order, not printed); the vision and the 'Our promises' bullets "
          "('We will …': how the council works, commitments) are no goals. The child is an "
          "internal People Strategy: " + intro),
        G("R2", g["R2"], "not_followed_up",
          note=intro + "; topic in the background only (staff who cannot afford a home in the "
          "district)"),
        G("R3", g["R3"], "not_followed_up", note=intro),
        G("R4", g["R4"], "not_followed_up",
          note=intro + "; hybrid working cuts commuting but is a management-training priority, "
          "not travel without a car"),
        G("R5", g["R5"], "not_followed_up", note=intro),
    ]
    kids = [
        C(c["c1"], [], note="the child goals are the five numbered priorities; the Council "
          "Plan box quotes the parent and holds no child goal. Every priority is about the "
          "council as an employer and serves no outcome — all stand alone"),
        C(c["c2"], []),
        C(c["c3"], [], note="a living wage for staff does not make homes affordable for "
          "residents (R2) — stands alone"),
        C(c["c4"], []),
        C(c["c5"], []),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; district Council Plan): the outcomes "
        "are residents' 'I statements' as Word bullets, beside 'Our promises' bullets ('We "
        "will …', no goals); child PDF (Chromium; an internal People Strategy): a boxed "
        "introduction that LISTS all five outcomes verbatim, then five numbered employer "
        "priorities that follow up none of them",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Rävsjö (sv)


@pair
def ravsjo_budget(d: Path) -> dict:
    g = {
        "K1": "Alla barn och elever i Rävsjö når kunskapsmålen.",
        "K2": "Rävsjö är en trygg kommun att växa upp och bo i.",
        "K3": "Kommunens verksamheter är fossilfria år 2060.",
        "K4": "Fler invånare i Rävsjö har ett arbete.",
        "K5": "Kommunens ekonomi är i balans med ett resultat på minst 2 procent av "
              "skatteintäkterna.",
    }
    areas = [
        ("Utbildning", "K1", "Barn- och utbildningsnämnden får i uppdrag att utreda en ny "
         "skolstruktur för landsbygdsskolorna."),
        ("Trygghet", "K2", "Kommunstyrelsen får i uppdrag att ta fram en plan för "
         "trygghetsvandringar i tätorterna."),
        ("Klimat", "K3", "Samtliga nämnder får i uppdrag att redovisa sina fordon och "
         "transporter till kommunstyrelsen."),
        ("Arbete", "K4", None),
        ("Ekonomi", "K5", "Samtliga nämnder får i uppdrag att ta fram åtgärder som håller "
         "kostnaderna inom budgetramen."),
    ]
    parent = [
        ("title", "Mål och budget 2058–2060"),
        ("meta", "Rävsjö kommun · Fastställd av kommunfullmäktige 17 juni 2057, § 64"),
        ("h1", "Vision"),
        ("p", "Rävsjö – skogen, sjöarna och framtiden. Visionen beskriver riktningen för "
         "kommunens arbete och följs inte upp som ett mål."),
        ("h1", "Kommunfullmäktiges mål"),
        ("p", "Fullmäktige har fem mål för mandatperioden, ett för varje målområde. Under "
         "målen står fullmäktiges uppdrag till nämnderna. Nämnderna beslutar i sina "
         "verksamhetsplaner hur de ska bidra till målen."),
    ]
    for area, k, uppdrag in areas:
        parent += [("h2", f"Målområde {area}"), ("b", g[k])]
        if uppdrag:
            parent.append(("p", "Uppdrag: " + uppdrag))
    parent += [
        ("h1", "Ekonomiska ramar 2058"),
        ("table", ["Nämnd", "Ram 2058, tkr"],
         [["Kommunstyrelsen", "96 400"], ["Barn- och utbildningsnämnden", "412 800"],
          ["Vård- och omsorgsnämnden", "368 200"], ["Samhällsbyggnadsnämnden", "58 700"]],
         [110, 60]),
    ]
    _rl(d / "parent.pdf", parent, title="Mål och budget 2058–2060", author="Rävsjö kommun",
        creator="Rävsjö kommun, Ekonomiavdelningen",
        header="Rävsjö kommun – Mål och budget 2058–2060", footer="Sida {n}", accent="#8a4b08")

    b = {
        "b1": "Tre nya speciallärartjänster i grundskolan",
        "b2": "Lovskola för elever i årskurs 8 och 9",
        "b3": "Fritidsgården i Ulvsjön öppen fredag och lördag kväll",
        "b4": "Elbussar på två skolskjutslinjer",
        "b5": "Utredning av ny skolstruktur för landsbygdsskolorna",
        "b6": "Två förskoleavdelningar stängs när barnantalet minskar",
        "b7": "Lönerevision 2058",
    }
    lines = [
        ("b1", ["2 100", "2 100", "2 100"], "Utbildning"),
        ("b2", ["450", "450", "450"], "Utbildning"),
        ("b3", ["380", "380", "380"], "Trygghet"),
        ("b4", ["600", "600", "600"], "Klimat"),
        ("b5", ["300", "0", "0"], "Uppdrag"),
        ("b6", ["−3 200", "−3 200", "−3 200"], "Ekonomi"),
        ("b7", ["5 400", "5 400", "5 400"], "–"),
    ]
    child = [
        ("title", "Verksamhetsplan med budget 2058"),
        ("meta", "Rävsjö kommun · Barn- och utbildningsnämnden · Beslutad 23 oktober 2057, "
         "§ 88"),
        ("h1", "1 Inledning"),
        ("p", "Verksamhetsplanen visar hur barn- och utbildningsnämnden använder sin ram och "
         "bidrar till kommunfullmäktiges mål i Mål och budget 2058–2060. Nämndens åtgärder "
         "redovisas som förändringar i budgetramen. Kolumnen «Koppling till Mål och budget» "
         "anger målområdet eller uppdraget som förändringen hör till."),
        ("h1", "2 Förutsättningar"),
        ("p", "Nämnden ansvarar för förskola, grundskola och gymnasieskola. Antalet barn i "
         "förskolan minskar med 40 till 2060. Vuxenutbildningen tillhör "
         "arbetsmarknadsnämnden och ingår inte i planen."),
        ("h1", "3 Förändringar i budgetramen, tkr"),
        ("table", ["Förändring", "2058", "2059", "2060", "Koppling till Mål och budget"],
         [[b[k], *amounts, link] for k, amounts, link in lines], [72, 17, 17, 17, 47]),
        ("p", "Nämndens ram 2058 blir 412 800 tkr. Förändringarna ryms inom ramen."),
        ("h1", "4 Uppföljning"),
        ("p", "Förändringarna följs upp i delårsrapporten och i verksamhetsberättelsen."),
    ]
    _build_pdf_footer(child, d / "child.pdf", "Barn- och utbildningsnämnden – Verksamhetsplan "
                      "2058", title="Verksamhetsplan med budget 2058", author="Rävsjö kommun",
                      header="Rävsjö kommun – Barn- och utbildningsnämnden", lang="sv-SE")

    goals_ = [
        G("K1", g["K1"], "followed_up", [b["b1"], b["b2"]], ev="Tre nya speciallärartjänster",
          note="the goals are the bold sentences under 'Målområde …' (ids K1–K5 in order, not "
          "printed); the vision, the 'Uppdrag:' lines (assignments to the nämnder) and the "
          "budget frames are no goals. The child follows up only through BUDGET LINES; the "
          "'Koppling' column names the målområde; content decides. Special-needs teachers and "
          "a holiday school for years 8–9: the nämnd's share of all pupils reaching the "
          "targets"),
        G("K2", g["K2"], "partial", [b["b3"]], ev="Fritidsgården i Ulvsjön",
          missing=["trygghet för alla invånare, inte bara ungdomar på kvällstid"],
          note="a youth club open on weekend evenings makes growing up safer; nothing for "
          "living safely in the municipality"),
        G("K3", g["K3"], "partial", [b["b4"]], ev="Elbussar på två",
          missing=["övriga fordon och transporter i nämndens verksamheter"],
          note="electric buses on two school-transport lines; the rest of the nämnd's "
          "transport is not addressed"),
        G("K4", g["K4"], "not_followed_up",
          note="trap: no budget line; the background says adult education belongs to the "
          "arbetsmarknadsnämnd and is not in this plan (followed up elsewhere)"),
        G("K5", g["K5"], "followed_up", [b["b6"]], ev="Två förskoleavdelningar stängs",
          note="the nämnd's share of a balanced economy: closing two pre-school units as the "
          "number of children falls, so the changes stay within the frame (a strict reader "
          "who wants the municipality's 2 % result → partial)"),
    ]
    kids = [
        C(b["b1"], ["K1"], note="the child goals are the 'Förändring' cells of the budget table "
          "(measures); the amounts and the 'Koppling' cells are no child goals"),
        C(b["b2"], ["K1"]),
        C(b["b3"], ["K2"]),
        C(b["b4"], ["K3"]),
        C(b["b5"], [], note="trap: answers fullmäktige's UPPDRAG (a study of the school "
          "structure), which is no goal — stands alone"),
        C(b["b6"], ["K5"]),
        C(b["b7"], [], note="a technical budget line (annual pay rise), linked to nothing — "
          "stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; KF Mål och budget): per 'Målområde' heading the goal "
        "in bold and an 'Uppdrag:' line to the nämnder (no goal), a budget-frame table; child "
        "PDF (python-docx → LibreOffice; barn- och utbildningsnämndens verksamhetsplan med "
        "budget): the measures are the BUDGET LINES of 'Förändringar i budgetramen, tkr' "
        "(2058–2060 amounts, one negative) with a 'Koppling till Mål och budget' column naming "
        "the målområde or 'Uppdrag'",
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
