"""Build the seventeenth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar17` without reading plancheck's code, tests or bench, and without
running it. Five parents and children in forms the earlier batches did not use:

- Ramsli (nb): a samfunnsdel (python-docx → LibreOffice) whose goals stand in one table
  **'Hovedmål | Delmål | Slik måler vi'** — the hovedmål a theme merged down over its delmål
  rows (Word vMerge, carried over a page break), the delmål coded '1.1' … '3.2' typed in the
  cell, an indicator beside each (some phrased with 'skal øke': no goals); the child, a
  **handlingsprogram** (reportlab), has 'Resultatmål 2030' bullets per sector and a
  `Nr. | Tiltak | Samfunnsmål | Ansvar | Tidsrom` table whose 'Samfunnsmål' column cites codes.
- Ospedal (nn): a samfunnsdel (Chromium) whose goals each carry **SDG icons** (coloured squares
  with the number) and a grey line 'Berekraftsmål 3, 10'; the child **temaplan for kultur og
  fritid** (python-docx → LibreOffice) is ordered by SDG chapters and cites only the SDG numbers.
- Grönhammar (sv): an **översiktsplan** printed from the web (Chromium) with each theme in two
  columns: chapter text left, a shaded **'Ställningstaganden'** panel right (codes B1 … N1); the
  child, the kommun's **handlingsplan för bostadsförsörjning** (python-docx → LibreOffice), has
  '**Mål n** – …' paragraphs with a bold label and åtgärd bullets ending '(ansvar, år)'.
- Hvidmose (da): a **kommuneplan – hovedstruktur** (reportlab, running header, 'Side n') with per
  theme a 'Mål' bullet list and numbered **'Retningslinjer'** ('1.2.1 …', hanging indent: binding
  rules, no goals); the child **spildevandsplan** (Chromium) with 'Mål n' cards and a side panel
  quoting a retningslinje of the kommuneplan.
- Pennisford (en): a **Corporate Plan** (python-docx → LibreOffice) with 'Our priorities', each
  'Priority n: name', the priority statement and a 'What success looks like' bullet list
  (indicators, no goals); the child, an **Environmental Health and Licensing service plan**
  (reportlab), numbers its service objectives EH1–EH8 and maps them in a table **'Contribution to
  Corporate Plan priorities'** — one mapping wrong.

    python corpora/parents-blind17/make_pairs.py                  # all pairs
    python corpora/parents-blind17/make_pairs.py ramsli-handlingsprogram

Imports the fourteenth batch's builder (corpora/parents-blind14/make_pairs.py: `G`, `C`, the
Chromium print, `_reportlab`, `_page`, `build_pdf`, `_build_pdf_numbered`, `main`) as batches 15
and 16 do, and corpora/scripts/blindkit.py (reportlab fonts) for this batch's own report writer
`_rl` (header and page-number furniture, hanging-indent numbered paragraphs, tables that repeat
their header).
"""

from __future__ import annotations

import html as _html
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))
sys.path.insert(0, str(HERE.parent / "mandates-blind"))

import blindkit as bk  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p14 = _load("parents_blind14_make_pairs", HERE.parent / "parents-blind14" / "make_pairs.py")
G, C = _p14.G, _p14.C
_chromium, _reportlab, _page = _p14._chromium, _p14._reportlab, _p14._page
build_pdf, _build_pdf_numbered = _p14.build_pdf, _p14._build_pdf_numbered

import _build  # noqa: E402, F401  (the block writer of corpora/mandates-blind, loaded by batch 14)

PAIRS: dict[str, Callable[[Path], dict]] = {}
e = _html.escape


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== a report writer


def _rl(pdf: Path, blocks, *, title, author, creator, header, footer="Side {n}",
        accent="#333333") -> Path:
    """A report system's PDF (reportlab, pinned): ("title"|"meta"|"h1"|"h2"|"p"|"b", text),
    ("bullets", [..]), ("hang", label, text) a numbered paragraph with a hanging indent,
    ("table", head, rows, widths_mm) repeating its header over a page break, ("box", head,
    [lines], fill). A running header line and a footer ('Side {n}') on every page."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    f = bk.reportlab_fonts("RLS")
    acc = colors.HexColor(accent)
    ps = dict(
        title=ParagraphStyle("t", fontName=f["bold"], fontSize=20, leading=24, textColor=acc,
                             spaceAfter=4),
        meta=ParagraphStyle("m", fontName=f["normal"], fontSize=8.5, leading=11,
                            textColor=colors.grey, spaceAfter=8),
        h1=ParagraphStyle("h1", fontName=f["bold"], fontSize=14, leading=18, textColor=acc,
                          spaceBefore=10, spaceAfter=4),
        h2=ParagraphStyle("h2", fontName=f["bold"], fontSize=11.5, leading=15, textColor=acc,
                          spaceBefore=8, spaceAfter=3),
        p=ParagraphStyle("p", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=5),
        b=ParagraphStyle("b", fontName=f["bold"], fontSize=10.2, leading=13.5, spaceBefore=3,
                         spaceAfter=3),
        li=ParagraphStyle("li", fontName=f["normal"], fontSize=10, leading=13.2, leftIndent=12,
                          firstLineIndent=-9, spaceAfter=2),
        hang=ParagraphStyle("hg", fontName=f["normal"], fontSize=9.6, leading=12.6),
        c=ParagraphStyle("c", fontName=f["normal"], fontSize=9.2, leading=11.6),
        ch=ParagraphStyle("ch", fontName=f["bold"], fontSize=9.2, leading=11.6),
        bh=ParagraphStyle("bh", fontName=f["bold"], fontSize=10.2, leading=13.5, spaceAfter=3),
    )
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "meta", "h1", "h2", "p", "b"):
            story.append(Paragraph(e(b[1]), ps[kind]))
        elif kind == "bullets":
            story += [Paragraph("•&nbsp;&nbsp;" + e(x), ps["li"]) for x in b[1]]
            story.append(Spacer(1, 4))
        elif kind == "hang":  # a label column and the text beside it, no rules
            t = Table([[Paragraph(e(b[1]), ps["c"]), Paragraph(e(b[2]), ps["hang"])]],
                      colWidths=[16 * mm, 149 * mm], hAlign="LEFT")
            t.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(t)
        elif kind == "table":
            _, head, rows, widths = b
            data = [[Paragraph(e(x), ps["ch"]) for x in head]]
            data += [[Paragraph(e(x), ps["c"]) for x in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [t, Spacer(1, 6)]
        elif kind == "box":
            _, head, lines, fill = b
            cell = [Paragraph(e(head), ps["bh"])] + [Paragraph("•&nbsp;&nbsp;" + e(x), ps["li"])
                                                     for x in lines]
            t = Table([[cell]], colWidths=[170 * mm])
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
                ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            story += [t, Spacer(1, 6)]
        elif kind == "space":
            story.append(Spacer(1, b[1]))
        else:
            raise ValueError(kind)

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 287 * mm, header)
        canvas.setStrokeColor(colors.HexColor("#bbbbbb"))
        canvas.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
        canvas.drawRightString(190 * mm, 10 * mm, footer.format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=A4, title=title, author=author, creator=creator,
        leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=16 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


# =========================================================================== 1 Ramsli (nb)


@pair
def ramsli_handlingsprogram(d: Path) -> dict:
    g = {
        "1.1": "Alle barn og unge skal ha minst én trygg voksen utenfor hjemmet.",
        "1.2": "Flere unge skal fullføre og bestå videregående opplæring.",
        "2.1": "Innbyggerne skal være fysisk aktive gjennom hele livet.",
        "2.2": "Færre innbyggere skal ha langvarig behov for økonomisk sosialhjelp.",
        "2.3": "Innbyggere med rusproblemer eller psykiske plager skal få hjelp tidlig og nær "
        "der de bor.",
        "3.1": "Ramsli skal få flere arbeidsplasser i privat sektor, særlig i reiseliv og "
        "matproduksjon.",
        "3.2": "Klimagassutslippene i Ramsli skal reduseres med 55 prosent innen 2030 "
        "sammenlignet med 2009.",
    }
    ind = {
        "1.1": "Andel elever på 7. og 10. trinn som svarer at de har en voksen på skolen å "
        "snakke med (Elevundersøkelsen)",
        "1.2": "Andelen som har fullført og bestått innen fem år, skal øke fra 76 til 86 prosent",
        "2.1": "Andel voksne som følger helsemyndighetenes råd om fysisk aktivitet "
        "(Folkehelseundersøkelsen)",
        "2.2": "Antall mottakere av sosialhjelp i mer enn seks måneder i året",
        "2.3": "Ventetid fra første kontakt til samtale i psykisk helse- og rustjenesten",
        "3.1": "Antall sysselsatte i private virksomheter med adresse i Ramsli (SSB)",
        "3.2": "Utslipp i tonn CO2-ekvivalenter (Miljødirektoratets utslippsstatistikk)",
    }

    def row(code, first=None):
        return [("restart", first) if first else ("continue", ""), f"{code} {g[code]}",
                ind[code]]

    hm = ["1 Trygg og god oppvekst", "2 Helse og levekår", "3 Grønn verdiskaping"]
    parent = [
        ("meta", "RAMSLI KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2027–2039"),
        ("meta", "Vedtatt av kommunestyret 24. september 2026, sak 58/26"),
        ("h1", "1 Innledning"),
        ("p", "Samfunnsdelen er kommunens overordnede styringsdokument. Den sier hvor Ramsli "
         "skal være om tolv år, og den er grunnlaget for handlingsprogrammet, økonomiplanen og "
         "alle temaplaner kommunen lager i perioden."),
        ("p", "Planen er laget etter en bred medvirkning høsten 2025, med folkemøter i Ramsli "
         "sentrum, Bekkestad og Øvre Liadal, et eget møte med ungdomsrådet og en "
         "spørreundersøkelse som over 1 100 innbyggere svarte på."),
        ("h1", "2 Visjon"),
        ("p", "«Ramsli – nær naturen, nær hverandre»"),
        ("p", "Visjonen skal minne oss om at det er de korte avstandene, naturen rundt oss og "
         "fellesskapet som gjør Ramsli til et godt sted å bo."),
        ("h1", "3 Ramsli i dag"),
        ("p", "Ramsli har 11 400 innbyggere. Folketallet har stått nesten stille de siste ti "
         "årene, men sammensetningen endrer seg: det blir færre barn og flere eldre, og "
         "andelen over 80 år vil bli nesten doblet fram mot 2039."),
        ("p", "Ramsli har lav arbeidsledighet, men mange pendler ut av kommunen. Reiselivet i "
         "Liadalen og gårdsbutikkene langs fylkesvei 40 har vokst de siste årene. Omtrent "
         "hver femte ungdom fullfører ikke videregående skole på normert tid."),
        ("p", "Utslippene av klimagasser har gått ned med 22 prosent siden 2009, mest fordi "
         "oljefyringen er faset ut. Veitrafikk og jordbruk står nå for tre firedeler av "
         "utslippene."),
        ("h1", "4 Hovedmål, delmål og indikatorer"),
        ("p", "Samfunnsdelen har tre hovedmål. Under hvert hovedmål står nummererte delmål, og "
         "til hvert delmål hører en indikator som forteller oss om utviklingen går i riktig "
         "retning. Indikatorene rapporteres i årsmeldingen."),
        ("table", ["Hovedmål", "Delmål", "Slik måler vi"], [
            row("1.1", hm[0]), row("1.2"),
            row("2.1", hm[1]), row("2.2"), row("2.3"),
            row("3.1", hm[2]), row("3.2"),
        ], [36, 72, 62]),
        ("h1", "5 Oppfølging"),
        ("p", "Delmålene følges opp i handlingsprogrammet, som rulleres hvert år sammen med "
         "økonomiplanen. Alle tiltak i handlingsprogrammet skal vise hvilket delmål de bygger "
         "på."),
    ]
    build_pdf(
        parent, d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2027–2039",
        author="Ramsli kommune",
        header="Ramsli kommune – kommuneplanens samfunnsdel 2027–2039",
    )

    k = {
        "o1": "Hver elev skal ha en kontaktperson blant de ansatte på skolen, som eleven selv "
        "har valgt.",
        "o2": "Fraværet på ungdomstrinnet skal ned, og alle elever skal gå ut av 10. trinn med "
        "karakter i alle fag.",
        "h1": "Flere ramslinger i alle aldre skal trene, gå tur eller drive idrett hver uke.",
        "h2": "Utgiftene til økonomisk sosialhjelp skal holdes innenfor budsjettrammen.",
        "h3": "Den som strever med rus eller psykisk helse, skal få komme uten henvisning og "
        "få besøk hjemme hvis de ønsker det.",
        "s1": "Kommunens biler og anleggsmaskiner skal være utslippsfrie innen 2030.",
        "s2": "Kommunen skal ta inn flere lærlinger og ha flere faste arbeidsplasser i egne "
        "enheter.",
    }
    m = {
        "t1": "Kontaktpersonordning på alle skoler",
        "t2": "Fritidsklubben i sentrum åpen tre kvelder i uka",
        "t3": "Tiltaksteam for elever med høyt fravær",
        "t4": "Frisklivssentral med treningsgrupper for seniorer",
        "t5": "Lys i turløypa rundt Ramslivatnet",
        "t6": "Ny budsjettmodell og månedlig rapportering for sosialhjelp",
        "t7": "Drop-in for rus og psykisk helse på Ramsli helsehus",
        "t8": "Ambulant team som reiser ut i bygdene",
        "t9": "Tjenestebiler byttes til elbiler når leasingavtalene går ut",
        "t10": "Elektrisk gravemaskin til vei og vann",
        "t11": "Lærlingløftet: ti nye lærlingplasser",
    }
    head = ["Nr.", "Tiltak", "Samfunnsmål", "Ansvar", "Tidsrom"]
    w = [12, 66, 24, 40, 28]
    child = [
        ("title", "Handlingsprogram 2027–2030"),
        ("meta", "Ramsli kommune · Kommunedirektørens forslag til handlingsprogram med "
         "økonomiplan · 4. november 2026"),
        ("h1", "1 Slik leser du handlingsprogrammet"),
        ("p", "Handlingsprogrammet viser hva kommunen skal gjøre de neste fire årene for å nå "
         "målene i kommuneplanens samfunnsdel. Hvert kapittel har resultatmål for 2030 og en "
         "tiltakstabell. Kolonnen «Samfunnsmål» viser nummeret på delmålet i samfunnsdelen."),
        ("h1", "2 Oppvekst"),
        ("b", "Resultatmål 2030"),
        ("bullets", [k["o1"], k["o2"]]),
        ("table", head, [
            ["T1", m["t1"], "1.1", "Kommunalsjef oppvekst", "2027"],
            ["T2", m["t2"], "1.1", "Kultursjef", "2027–2030"],
            ["T3", m["t3"], "1.2", "PPT og rektorene", "2027–2028"],
        ], w),
        ("h1", "3 Helse og velferd"),
        ("b", "Resultatmål 2030"),
        ("bullets", [k["h1"], k["h2"], k["h3"]]),
        ("table", head, [
            ["T4", m["t4"], "2.1", "Kommunalsjef helse", "2028"],
            ["T5", m["t5"], "2.1", "Virksomhetsleder teknisk drift", "2027"],
            ["T6", m["t6"], "2.2", "NAV-leder", "2027"],
            ["T7", m["t7"], "2.3", "Leder psykisk helse og rus", "2027"],
            ["T8", m["t8"], "2.3", "Leder psykisk helse og rus", "2028–2029"],
        ], w),
        ("h1", "4 Samfunnsutvikling"),
        ("b", "Resultatmål 2030"),
        ("bullets", [k["s1"], k["s2"]]),
        ("table", head, [
            ["T9", m["t9"], "3.2", "Eiendomssjef", "2027–2030"],
            ["T10", m["t10"], "3.2", "Virksomhetsleder teknisk drift", "2029"],
            ["T11", m["t11"], "3.1", "HR-sjef", "2027–2030"],
        ], w),
        ("h1", "5 Økonomiske rammer"),
        ("p", "Tiltakene er innarbeidet i økonomiplanen. Investeringene i perioden er på 212 "
         "mill. kr, hvorav 6,5 mill. kr til elektriske kjøretøy og maskiner."),
    ]
    _reportlab(
        d / "child.pdf", child,
        title="Handlingsprogram 2027–2030",
        author="Ramsli kommune",
        creator="Ramsli kommune, økonomiavdelingen",
        accent="#8a3b0f",
    )

    goals_ = [
        G("1.1", g["1.1"], "followed_up", [k["o1"], m["t1"], m["t2"]],
          ev="Hver elev skal ha en",
          note="the goals are the 'Delmål' cells without their typed code (ids the codes "
          "1.1–3.2); the 'Hovedmål' cells are themes merged over their rows, the 'Slik måler "
          "vi' cells are indicators (1.2's reads 'skal øke …': still no goal), the vision is "
          "no goal. A contact person among the school staff chosen by the pupil and an open "
          "youth club: a trusted adult outside the home, in other words"),
        G("1.2", g["1.2"], "partial", [k["o2"], m["t3"]], ev="Fraværet på ungdomstrinnet skal",
          missing=["oppfølging av ungdom som har begynt i videregående (samarbeid med "
                   "fylkeskommunen, oppfølgingstjenesten)"],
          note="less absence and grades in every subject at lower secondary: the ground for "
          "completing upper secondary, not completion itself"),
        G("2.1", g["2.1"], "followed_up", [k["h1"], m["t4"], m["t5"]],
          ev="Flere ramslinger i alle aldre",
          note="'trene, gå tur eller drive idrett hver uke' in all ages for 'fysisk aktive "
          "gjennom hele livet'; T5 (light in the trail) cites 2.1 rightly"),
        G("2.2", g["2.2"], "not_followed_up",
          note="trap: 'Utgiftene til økonomisk sosialhjelp skal holdes innenfor budsjettrammen' "
          "shares 'økonomisk sosialhjelp', and T6 (a budget model) cites '2.2' — but keeping "
          "the cost within budget does not give fewer people a long-term need"),
        G("2.3", g["2.3"], "followed_up", [k["h3"], m["t7"], m["t8"]],
          ev="Den som strever med rus",
          note="'uten henvisning' (tidlig) and 'besøk hjemme' / an ambulant team in the "
          "villages (nær der de bor): both parts in other words"),
        G("3.1", g["3.1"], "not_followed_up",
          note="trap: 'flere lærlinger og … flere faste arbeidsplasser i egne enheter' and T11 "
          "citing '3.1' are jobs in the municipality, not in private tourism or food "
          "production"),
        G("3.2", g["3.2"], "partial", [k["s1"], m["t9"], m["t10"]],
          ev="Kommunens biler og anleggsmaskiner",
          missing=["utslipp fra veitrafikk og jordbruk i kommunen som helhet",
                   "et tallfestet kutt på 55 prosent"],
          note="the municipality's own vehicles and machines only"),
    ]
    kids = [
        C(k["o1"], ["1.1"]),
        C(k["o2"], ["1.2"]),
        C(k["h1"], ["2.1"]),
        C(k["h2"], [], note="shares 'økonomisk sosialhjelp' with 2.2; a budget goal: stands "
          "alone"),
        C(k["h3"], ["2.3"]),
        C(k["s1"], ["3.2"]),
        C(k["s2"], [], note="shares 'flere … arbeidsplasser' with 3.1 (and its measure cites "
          "3.1); the municipality's own jobs: stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; samfunnsdel): one table 'Hovedmål | "
        "Delmål | Slik måler vi', the hovedmål theme merged down over its delmål rows, the "
        "delmål with typed codes 1.1–3.2, an indicator per row, the table breaking over a page "
        "with its header repeated; child PDF (reportlab; handlingsprogram): 'Resultatmål 2030' "
        "bullets per chapter and 'Nr. | Tiltak | Samfunnsmål | Ansvar | Tidsrom' tables citing "
        "the delmål codes",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Ospedal (nn)

_SDG = {
    1: ("#e5243b", "Utrydde fattigdom"),
    3: ("#4c9f38", "God helse og livskvalitet"),
    7: ("#fcc30b", "Rein energi for alle"),
    8: ("#a21942", "Anstendig arbeid og økonomisk vekst"),
    10: ("#dd1367", "Mindre ulikskap"),
    11: ("#fd9d24", "Berekraftige byar og lokalsamfunn"),
    12: ("#bf8b2e", "Ansvarleg forbruk og produksjon"),
    13: ("#3f7e44", "Stoppe klimaendringane"),
    15: ("#56c02b", "Livet på land"),
}


@pair
def ospedal_kultur(d: Path) -> dict:
    g = {
        "O1": "Alle innbyggjarar skal ha eit trygt og variert fritidstilbod, uavhengig av kva "
        "dei har råd til.",
        "O2": "Eldre skal leve aktive og sjølvstendige liv og vere med i lokalsamfunnet.",
        "O3": "Ospedal skal ta vare på naturmangfaldet og dei store samanhengande "
        "naturområda.",
        "O4": "Ospedal skal vere eit klimanøytralt samfunn innan 2040.",
        "O5": "Fleire arbeidsplassar skal byggje på lokale naturressursar som skog, stein og "
        "vasskraft.",
        "O6": "Alle skal ha ein god og trygg stad å bu.",
    }
    tags = {"O1": (3, 10), "O2": (3, 11), "O3": (15,), "O4": (7, 13), "O5": (8, 12),
            "O6": (1, 11)}

    def goal(gid):
        icons = "".join(
            f"<span class='sdg' style='background:{_SDG[n][0]}'>{n}</span>" for n in tags[gid]
        )
        nums = ", ".join(str(n) for n in tags[gid])
        return (f"<div class='goal'><p class='gt'>{e(g[gid])}</p>"
                f"<div class='tags'>{icons}<span class='tl'>Berekraftsmål {nums}</span></div>"
                "</div>")

    body = [
        "<p class='crumb'>Ospedal kommune · Kommuneplanen sin samfunnsdel 2027–2039 · "
        "Vedteken i kommunestyret 17. juni 2026, sak 41/26</p>",
        "<h1>Kommuneplanen sin samfunnsdel 2027–2039</h1>",
        "<p class='vis'>Visjon: Ospedal – rom for alle</p>",
        "<p>Samfunnsdelen viser kva Ospedal-samfunnet skal strekkje seg mot dei neste tolv "
        "åra. Han byggjer på FN sine berekraftsmål. Kvart mål under er merkt med dei "
        "berekraftsmåla det bidreg mest til.</p>",
        "<div class='fn'><b>FN sine berekraftsmål</b> er 17 mål for ei berekraftig utvikling "
        "fram mot 2030, vedtekne av FN i 2015. Noreg har slutta seg til måla, og kommunane "
        "har ei viktig rolle i å nå dei.</div>",
        "<h2>1 Gode liv i heile Ospedal</h2>",
        "<p class='f'>Ospedal har 5 300 innbyggjarar fordelte på sju grender. Kvar fjerde "
        "innbyggjar er over 67 år.</p>",
        goal("O1"), goal("O2"),
        "<h2>2 Natur og klima</h2>",
        "<p class='f'>Om lag 60 prosent av arealet i kommunen er fjell, myr og skog utan "
        "tekniske inngrep.</p>",
        goal("O3"), goal("O4"),
        "<h2>3 Arbeid og busetjing</h2>",
        goal("O5"), goal("O6"),
        "<h2>4 Korleis planen blir følgd opp</h2>",
        "<p>Måla blir følgde opp i handlingsdelen og i temaplanane. Kommunedirektøren "
        "rapporterer på utviklinga i årsmeldinga.</p>",
    ]
    _chromium(
        _page(
            "nn-NO", "Kommuneplanen sin samfunnsdel 2027–2039",
            "h1{font-size:20pt;color:#17415f;margin:6px 0 4px}"
            "h2{font-size:13.5pt;color:#17415f;margin:18px 0 6px}"
            ".vis{font-size:12pt;font-style:italic;color:#17415f}"
            ".fn{border:1px solid #9bb;background:#f3f7f7;padding:6px 9px;font-size:9.5pt}"
            ".f{color:#555;font-size:9.5pt}"
            ".goal{margin:8px 0 12px;padding-left:10px;border-left:3px solid #17415f}"
            ".gt{font-weight:bold;font-size:11.5pt;margin:0 0 4px}"
            ".tags{display:flex;align-items:center;gap:5px}"
            ".sdg{display:inline-block;width:26px;height:26px;line-height:26px;color:#fff;"
            "font-weight:bold;font-size:12pt;text-align:center}"
            ".tl{font-size:8.5pt;color:#666;margin-left:6px}",
            body,
        ),
        d / "parent.pdf",
    )

    k = {
        "k1": "Ingen born og unge skal stå utanfor ein fritidsaktivitet fordi familien ikkje "
        "har råd.",
        "k2": "Lag som får driftstilskot frå kommunen, skal ha minst eitt gratis tilbod som er "
        "ope for alle aldrar.",
        "k3": "Fleire over 70 år skal vere med i kor, lag og treningsgrupper.",
        "k4": "Lysløypa på Heimfjellet skal utvidast til ti kilometer og vere open for alle.",
        "k5": "Slåttemarkene i Ospedal skal haldast i hevd med årlege slåttedugnader.",
        "k6": "Grendehusa skal vere opne møtestader for alle generasjonar minst éin kveld i "
        "veka.",
        "k7": "Kulturhuset og Ospedalshallen skal varmast opp utan fossil energi innan 2029.",
        "k8": "Kunstnarar og lag som tek oppdrag for kommunen, skal få betalt etter faste "
        "satsar.",
    }
    m = {
        "f1": "Fritidskortet: 2 000 kr i året til born i familiar med låg inntekt",
        "f2": "Utlånssentral for sports- og friluftsutstyr på biblioteket",
        "f3": "Seniortrim og seniordans i alle grendehus",
        "f4": "Ny trasé og lys på Heimfjellet, 4 km",
        "f5": "Slåttedugnad på Nesbø og Hauge kvar sommar",
        "f6": "Auka tilskot til drift av grendehus",
        "f7": "Varmepumpe i kulturhuset og Ospedalshallen",
        "f8": "Faste satsar for honorar til kunstnarar og lag",
    }
    tbl = ["Tiltak", "Ansvarleg", "Frist"]
    wd = [92, 45, 28]
    child = [
        ("meta", "OSPEDAL KOMMUNE"),
        ("title", "Temaplan for kultur og fritid 2027–2031"),
        ("meta", "Høyringsutkast · Utval for oppvekst og kultur 12.11.2026"),
        ("h1", "1 Innleiing"),
        ("p", "Temaplanen byggjer på FN sine berekraftsmål, slik kommuneplanen gjer. Måla og "
         "tiltaka er ordna under det berekraftsmålet dei høyrer mest til. Kulturkontoret har "
         "laga planen saman med idrettsrådet, frivilligsentralen og eldrerådet."),
        ("h1", "2 Mål og tiltak"),
        ("h2", "Berekraftsmål 10 – Mindre ulikskap"),
        ("num", [k["k1"], k["k2"]]),
        ("table", tbl, [[m["f1"], "Kultursjef", "2027"],
                        [m["f2"], "Biblioteksjef", "2028"]], wd),
        ("h2", "Berekraftsmål 3 – God helse og livskvalitet"),
        ("num", [k["k3"]]),
        ("table", tbl, [[m["f3"], "Folkehelsekoordinator", "Årleg"]], wd),
        ("h2", "Berekraftsmål 15 – Livet på land"),
        ("num", [k["k4"], k["k5"]]),
        ("table", tbl, [[m["f4"], "Idrettsrådet og kultursjef", "2029"],
                        [m["f5"], "Landbrukskontoret", "Årleg"]], wd),
        ("h2", "Berekraftsmål 11 – Berekraftige byar og lokalsamfunn"),
        ("num", [k["k6"]]),
        ("table", tbl, [[m["f6"], "Kultursjef", "2027"]], wd),
        ("h2", "Berekraftsmål 13 – Stoppe klimaendringane"),
        ("num", [k["k7"]]),
        ("table", tbl, [[m["f7"], "Eigedomssjef", "2028"]], wd),
        ("h2", "Berekraftsmål 8 – Anstendig arbeid og økonomisk vekst"),
        ("num", [k["k8"]]),
        ("table", tbl, [[m["f8"], "Kultursjef", "2027"]], wd),
        ("h1", "3 Økonomi"),
        ("p", "Tiltaka kostar om lag 1,4 mill. kr i året og blir vurderte i kvar "
         "budsjetthandsaming."),
    ]
    build_pdf(
        child, d / "child.pdf",
        title="Temaplan for kultur og fritid 2027–2031",
        author="Ospedal kommune",
        header="Ospedal kommune – Temaplan for kultur og fritid",
        lang="nn-NO",
    )

    goals_ = [
        G("O1", g["O1"], "followed_up", [k["k1"], k["k2"], k["k4"], m["f1"], m["f2"], m["f4"]],
          ev="Ingen born og unge skal",
          note="the goals are the bold sentences over the SDG icons (ids O1–O6 in reading "
          "order, no printed numbers); the icons, the 'Berekraftsmål n, n' lines, the vision, "
          "the FN box and the fact lines are not goals. Fritidskort and free offers for all "
          "ages (uavhengig av kva dei har råd til) and a lit trail open to all (variert): in "
          "other words. The trail stands under SDG 15, which O1 does not carry"),
        G("O2", g["O2"], "partial", [k["k3"], k["k6"], m["f3"], m["f6"]],
          ev="Fleire over 70 år skal",
          missing=["sjølvstendige liv (meistre kvardagen, bu heime)"],
          note="choirs, clubs, training groups (aktive) and open village halls (vere med i "
          "lokalsamfunnet); the village-hall goal stands under SDG 11, shared with O6"),
        G("O3", g["O3"], "partial", [k["k5"], m["f5"]], ev="Slåttemarkene i Ospedal skal",
          missing=["dei store samanhengande naturområda (inngrepsfrie område)",
                   "anna naturmangfald enn slåttemarkene"],
          note="hay meadows kept in use: one kind of nature (a member for the class). Trap: "
          "the other goal under SDG 15, the ski trail, shares the number but serves O1, and "
          "cutting a wider trail is an inngrep"),
        G("O4", g["O4"], "partial", [k["k7"], m["f7"]], ev="Kulturhuset og Ospedalshallen skal",
          missing=["utslepp frå transport, jordbruk og resten av samfunnet (også reiser til "
                   "aktivitetane)"],
          note="fossil-free heating of two buildings only"),
        G("O5", g["O5"], "not_followed_up",
          note="trap: 'Kunstnarar og lag … betalt etter faste satsar' stands under SDG 8, "
          "which O5 carries, but is about fees, not jobs built on local natural resources"),
        G("O6", g["O6"], "not_followed_up",
          note="no goal on housing; the SDG 11 chapter (open village halls) shares the "
          "number, not the content"),
    ]
    kids = [
        C(k["k1"], ["O1"]),
        C(k["k2"], ["O1"]),
        C(k["k3"], ["O2"]),
        C(k["k4"], ["O1"], note="under SDG 15 (O3's number) but a free leisure facility: O1"),
        C(k["k5"], ["O3"]),
        C(k["k6"], ["O2"], note="under SDG 11 (shared by O2 and O6): meeting places, O2"),
        C(k["k7"], ["O4"]),
        C(k["k8"], [], note="under SDG 8 (O5's number); fees for artists: stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; samfunnsdel): goals as bold sentences with a left "
        "rule under three numbered focus areas, each followed by coloured SDG squares holding "
        "the number and a grey line 'Berekraftsmål 3, 10'; an FN box and italic fact lines; "
        "child PDF (python-docx → LibreOffice; temaplan for kultur og fritid): chapters "
        "'Berekraftsmål n – name' with Word-numbered goals (LibreOffice runs the numbering on "
        "1–8 over the chapters) and 'Tiltak | Ansvarleg | Frist' tables, goal 7 on page 1 and "
        "its table on page 2; it never names the municipal goals, only SDG numbers",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Grönhammar (sv)


@pair
def gronhammar_bostad(d: Path) -> dict:
    g = {
        "B1": "Ny bebyggelse ska i första hand tillkomma i Grönhammar tätort och i Ekudden, där "
        "det finns kollektivtrafik och service.",
        "B2": "Det ska byggas bostäder med olika upplåtelseformer och storlekar i alla "
        "kommundelar.",
        "B3": "Byggnader och miljöer med kulturhistoriskt värde ska bevaras när centrum "
        "förtätas.",
        "K1": "Kollektivtrafiken mellan Grönhammar och Ekudden ska gå minst varje halvtimme "
        "dagtid.",
        "N1": "Jordbruksmark ska inte tas i anspråk för ny bebyggelse.",
    }

    def panel(codes):
        items = "".join(f"<li><b>{c}</b> {e(g[c])}</li>" for c in codes)
        return f"<aside><h4>Ställningstaganden</h4><ul>{items}</ul></aside>"

    def section(head, text, codes):
        paras = "".join(f"<p>{e(t)}</p>" for t in text)
        return f"<h2>{e(head)}</h2><div class='two'><div class='txt'>{paras}</div>{panel(codes)}</div>"

    body = [
        "<p class='crumb'>grönhammar.se › Bygga, bo och miljö › Översiktsplan 2040 · Utskrift "
        "av den digitala översiktsplanen · Antagen av kommunfullmäktige 2026-05-28, § 61</p>",
        "<h1>Översiktsplan för Grönhammars kommun 2040</h1>",
        "<p class='ing'>Översiktsplanen visar hur mark och vatten ska användas och hur "
        "bebyggelsen ska utvecklas. Planen är inte bindande men vägledande för detaljplaner "
        "och bygglov. Under varje tema redovisas kommunens ställningstaganden.</p>",
        section("Bebyggelse och boende", [
            "Grönhammar har 14 200 invånare, och sex av tio bor i tätorten. Befolkningen "
            "väntas öka med knappt en procent om året, vilket kräver omkring 90 nya bostäder "
            "varje år.",
            "I Ekudden finns skola, vårdcentral och pendeltågsstation. Längs Gamla "
            "landsvägen ligger byar där efterfrågan på småhus är stor men där service "
            "saknas.",
            "Centrum har en sammanhållen trähusbebyggelse från 1800-talet kring torget och "
            "Storgatan.",
        ], ["B1", "B2", "B3"]),
        section("Kommunikationer", [
            "Pendeltåget mot residensstaden stannar i Ekudden en gång i timmen. Busslinje 12 "
            "binder ihop Ekudden och Grönhammar tätort, men går bara vid arbetsresorna.",
            "Riksväg 57 är av riksintresse för kommunikationer.",
        ], ["K1"]),
        section("Natur, jord och vatten", [
            "Slättbygden söder om tätorten har kommunens bästa åkermark. Trycket på att bygga "
            "där är stort eftersom marken är plan och nära vägarna.",
            "Grönån och Ekuddsviken har måttlig ekologisk status enligt "
            "vattenförvaltningen.",
        ], ["N1"]),
        "<h2>Genomförande</h2>",
        "<p>Översiktsplanen genomförs genom detaljplaner, bygglov och kommunens program och "
        "handlingsplaner, bland annat riktlinjerna för bostadsförsörjning.</p>",
    ]
    _chromium(
        _page(
            "sv-SE", "Översiktsplan för Grönhammars kommun 2040",
            "h1{font-size:19pt;color:#2f5d3a;margin:6px 0 6px}"
            "h2{font-size:13pt;color:#2f5d3a;margin:16px 0 6px;border-bottom:1px solid #2f5d3a}"
            ".ing{font-size:11pt}"
            ".two{display:grid;grid-template-columns:1.35fr 1fr;gap:14px;align-items:start}"
            ".txt p{margin:0 0 6px}"
            "aside{background:#e7efe4;padding:6px 10px;break-inside:avoid}"
            "aside h4{margin:2px 0 4px;font-size:10.5pt;color:#2f5d3a}"
            "aside ul{margin:0;padding-left:0;list-style:none}"
            "aside li{margin:0 0 5px;font-size:9.8pt}",
            body,
        ),
        d / "parent.pdf",
    )

    k = {
        "c1": "Minst fyra av fem nya bostäder ska byggas i Grönhammar tätort eller i Ekudden.",
        "c2": "Äldre hyreshus i centrum ska byggas på med en våning där stommen tillåter det.",
        "c3": "Grönhammarshem ska bygga 60 hyresrätter i tätorten, varav hälften små "
        "lägenheter för unga.",
        "c4": "Inga nya bostäder ska byggas på åker- eller betesmark.",
        "c5": "Handläggningstiden för bygglov för en- och tvåbostadshus ska vara högst fyra "
        "veckor.",
    }
    m = {
        "a1": "Detaljplan för Ekudden norra med omkring 220 bostäder (Samhällsbyggnad, 2028)",
        "a2": "Markanvisning för kvarteret Smedjan i centrum (Mark och exploatering, 2027)",
        "a3": "Inventering av vilka hyreshus som tål en påbyggnad (Grönhammarshem, 2027)",
        "a4": "Byggstart för hyreshusen vid Stationsgatan (Grönhammarshem, 2028)",
        "a5": "Kartläggning av nedlagd industrimark som kan bli bostadsmark (Samhällsbyggnad, "
        "2027)",
        "a6": "Digital ansökan och förhandsbesked på nätet (Bygglovsenheten, 2027)",
    }
    child = [
        ("meta", "GRÖNHAMMARS KOMMUN"),
        ("title", "Handlingsplan för bostadsförsörjning 2027–2030"),
        ("meta", "Antagen av kommunstyrelsen 2026-11-17, § 190 · Dnr KS 2026/311"),
        ("h1", "1 Bakgrund"),
        ("p", "Kommunen ska enligt lagen om kommunernas bostadsförsörjningsansvar planera för "
         "bostadsförsörjningen. Handlingsplanen bygger på översiktsplanen och på "
         "befolkningsprognosen från mars 2026."),
        ("table", ["År", "2027", "2028", "2029", "2030"],
         [["Behov av nya bostäder enligt prognosen", "85", "90", "95", "95"]],
         [70, 24, 24, 24, 24]),
        ("h1", "2 Mål och åtgärder"),
        ("p", "**Mål 1** – " + k["c1"]),
        ("bullets", [m["a1"], m["a2"]]),
        ("p", "**Mål 2** – " + k["c2"]),
        ("bullets", [m["a3"]]),
        ("p", "**Mål 3** – " + k["c3"]),
        ("bullets", [m["a4"]]),
        ("p", "**Mål 4** – " + k["c4"]),
        ("bullets", [m["a5"]]),
        ("p", "**Mål 5** – " + k["c5"]),
        ("bullets", [m["a6"]]),
        ("h1", "3 Uppföljning"),
        ("p", "Samhällsbyggnadsnämnden följer upp handlingsplanen varje år i samband med "
         "bostadsmarknadsenkäten."),
    ]
    _build_pdf_numbered(
        child, d / "child.pdf",
        title="Handlingsplan för bostadsförsörjning 2027–2030",
        author="Grönhammars kommun",
        header="Grönhammars kommun · Handlingsplan för bostadsförsörjning",
        lang="sv-SE",
    )

    goals_ = [
        G("B1", g["B1"], "followed_up", [k["c1"], k["c2"], m["a1"], m["a2"], m["a3"]],
          ev="Minst fyra av fem nya",
          note="the goals are the items of the shaded 'Ställningstaganden' panels beside the "
          "chapter text (ids the printed codes B1 … N1, code not part of the text); the "
          "chapter text, the riksintresse sentence and the 'Genomförande' text are not goals. "
          "'Fyra av fem' for 'i första hand', and building on top of old rental blocks in the "
          "centre adds homes in the town"),
        G("B2", g["B2"], "partial", [k["c3"], m["a4"]], ev="Grönhammarshem ska bygga 60",
          missing=["bostäder i kommundelarna utanför tätorten (byarna längs Gamla landsvägen)",
                   "andra upplåtelseformer än hyresrätt"],
          note="rental flats of two sizes in the town only"),
        G("B3", g["B3"], "not_followed_up",
          note="trap: 'Äldre hyreshus i centrum ska byggas på …' shares 'äldre … centrum' and "
          "densifies the centre, but says nothing of keeping buildings of cultural value — if "
          "anything it works against B3; it serves B1"),
        G("K1", g["K1"], "not_followed_up",
          note="nothing on bus frequency (outside a housing plan, still not followed up)"),
        G("N1", g["N1"], "followed_up", [k["c4"], m["a5"]], ev="Inga nya bostäder ska byggas",
          note="'åker- eller betesmark' (the members) for 'jordbruksmark' (the class); the "
          "housing plan's whole share of N1"),
    ]
    kids = [
        C(k["c1"], ["B1"]),
        C(k["c2"], ["B1"], note="shares 'äldre … centrum' with B3 but does not serve it"),
        C(k["c3"], ["B2"]),
        C(k["c4"], ["N1"]),
        C(k["c5"], [], note="building-permit handling time: stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; översiktsplan printed from the web): per theme a "
        "heading, then two columns — chapter text left, a shaded 'Ställningstaganden' panel "
        "right with coded items 'B1 …' (the lines of the two columns interleave in pdftotext "
        "-layout); child PDF (python-docx → LibreOffice; handlingsplan för "
        "bostadsförsörjning): a one-row forecast table, '**Mål n** – …' paragraphs (bold "
        "label) each followed by åtgärd bullets ending '(ansvarig, år)'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Hvidmose (da)


@pair
def hvidmose_spildevand(d: Path) -> dict:
    g = {
        "D1": "Hvidmose skal være robust over for skybrud, stormflod og stigende grundvand.",
        "D2": "Vandløb, søer og Hvidmose Fjord skal opnå god økologisk tilstand.",
        "D3": "Borgere og turister skal kunne bade i rent vand ved alle kommunens strande.",
        "D4": "Naturområderne skal bindes sammen i et sammenhængende grønt netværk på tværs af "
        "kommunen.",
        "D5": "Byerne skal vokse indefra, så landskabet mellem byerne forbliver åbent.",
    }
    r = {
        "2.1.1": "Der må ikke udlægges nye byområder i områder, der er udpeget som risikoområder "
        "for oversvømmelse, medmindre der samtidig sikres mod oversvømmelse.",
        "2.1.2": "Ved ny bebyggelse skal regnvand så vidt muligt nedsives eller forsinkes på "
        "egen grund.",
        "2.1.3": "Vandløb må ikke rørlægges, og eksisterende rørlagte strækninger skal søges "
        "åbnet, når der er mulighed for det.",
        "3.1.1": "Der må ikke etableres nye udløb af spildevand nærmere end 500 meter fra en "
        "badestrand.",
        "4.1.1": "Inden for Grønt Danmarkskort må der ikke planlægges for byggeri eller "
        "anlæg, der forringer mulighederne for at skabe sammenhæng mellem naturområderne.",
        "5.1.1": "Nye boligområder skal placeres i tilknytning til eksisterende byer og "
        "udbygges i etaper.",
        "5.1.2": "Der kan udlægges nye arealer til byvækst, når mindst 70 procent af de "
        "eksisterende ubebyggede byarealer er udnyttet.",
    }
    parent = [
        ("title", "Kommuneplan 2027 – Hovedstruktur"),
        ("meta", "Hvidmose Kommune · Vedtaget af byrådet 9. september 2026"),
        ("h1", "1 Om hovedstrukturen"),
        ("p", "Hovedstrukturen er kommuneplanens overordnede del. For hvert tema beskriver den "
         "byrådets mål og de retningslinjer, der gælder for den fysiske planlægning. "
         "Retningslinjerne er bindende for lokalplaner og for kommunens administration af "
         "anden lovgivning, fx vandløbsloven og miljøbeskyttelsesloven."),
        ("h1", "2 Klima og vand"),
        ("p", "Ved skybruddet i august 2024 blev over 300 kældre i Hvidmose by oversvømmet. "
         "Havvandstanden i fjorden ventes at stige med op til 60 cm frem mod 2100."),
        ("h2", "Mål"),
        ("bullets", [g["D1"], g["D2"]]),
        ("h2", "Retningslinjer"),
        ("hang", "2.1.1", r["2.1.1"]),
        ("hang", "2.1.2", r["2.1.2"]),
        ("hang", "2.1.3", r["2.1.3"]),
        ("h1", "3 Badevand og kyst"),
        ("p", "Kommunen har ni officielle badestrande langs fjorden og Kattegat. I 2025 blev "
         "der frarådet badning 14 dage på grund af overløb."),
        ("h2", "Mål"),
        ("bullets", [g["D3"]]),
        ("h2", "Retningslinjer"),
        ("hang", "3.1.1", r["3.1.1"]),
        ("h1", "4 Natur og landskab"),
        ("p", "Naturen i Hvidmose ligger spredt i mange små områder: moser, enge, "
         "overdrev og skovstykker mellem markerne."),
        ("h2", "Mål"),
        ("bullets", [g["D4"]]),
        ("h2", "Retningslinjer"),
        ("hang", "4.1.1", r["4.1.1"]),
        ("h1", "5 Byer og boliger"),
        ("h2", "Mål"),
        ("bullets", [g["D5"]]),
        ("h2", "Retningslinjer"),
        ("hang", "5.1.1", r["5.1.1"]),
        ("hang", "5.1.2", r["5.1.2"]),
        ("h1", "6 Sektorplaner"),
        ("p", "Spildevandsplanen, vandforsyningsplanen og klimatilpasningsplanen skal være i "
         "overensstemmelse med kommuneplanen."),
    ]
    _rl(
        d / "parent.pdf", parent,
        title="Kommuneplan 2027 – Hovedstruktur",
        author="Hvidmose Kommune",
        creator="Hvidmose Kommune, Plan og Byg",
        header="Hvidmose Kommune · Kommuneplan 2027 · Hovedstruktur",
        footer="Side {n}",
        accent="#0f4c6e",
    )

    k = {
        "s1": "Kloaksystemet i Hvidmose by skal kunne klare en 10-års regnhændelse uden "
        "opstuvning til terræn.",
        "s2": "Regnvand fra nye byområder skal håndteres lokalt og ikke ledes til kloakken.",
        "s3": "Overløb af urenset spildevand til Hvidmose Å, Bøge Sø og fjorden skal halveres "
        "inden 2032.",
        "s4": "Alle ejendomme i det åbne land skal have godkendt rensning af deres spildevand "
        "senest i 2030.",
        "s5": "Ingen badestrand skal lukkes på grund af spildevand i badesæsonen.",
        "s6": "Forsyningens ledninger og brønde skal registreres i ét sammenhængende digitalt "
        "kort.",
    }
    acts = {
        "s1": ["Separatkloakering af Nørrebro-kvarteret (2027–2030)",
               "Nyt forsinkelsesbassin ved Engvej (2028)"],
        "s2": ["Krav om lokal afledning af regnvand i alle nye lokalplaner (løbende)"],
        "s3": ["Større bassin ved Hvidmose Centralrenseanlæg (2029)"],
        "s4": ["Påbud om forbedret rensning til 140 ejendomme (2027–2030)"],
        "s5": ["Varsling af overløb til badegæster via Badevandsappen (2027)"],
        "s6": ["Opmåling af ledningsnettet i Torup og Bøge (2027–2028)"],
    }
    cards = []
    for n, key in enumerate(["s1", "s2", "s3", "s4", "s5", "s6"], start=1):
        cards += [
            "<div class='card'>",
            f"<div class='lab'>Mål {n}</div>",
            f"<div class='mt'>{e(k[key])}</div>",
            "<div class='sg'>Sådan gør vi</div><ul>",
            *[f"<li>{e(a)}</li>" for a in acts[key]],
            "</ul></div>",
        ]
    body = [
        "<p class='crumb'>Hvidmose Kommune · Teknik og Miljø · Forslag til Spildevandsplan "
        "2027–2032 · i offentlig høring 1. december 2026 – 26. januar 2027</p>",
        "<h1>Spildevandsplan 2027–2032</h1>",
        "<p>Spildevandsplanen fastlægger, hvordan spildevand og regnvand skal håndteres i "
        "Hvidmose Kommune, og hvilke projekter Hvidmose Forsyning gennemfører i planperioden. "
        "Planen er udarbejdet af kommunen i samarbejde med forsyningen.</p>",
        "<div class='wrap'><div class='main'>",
        "<h2>Planens mål</h2>",
        *cards,
        "</div><aside>",
        "<div class='ah'>Fra Kommuneplan 2027</div>",
        "<p class='q'>Retningslinje 2.1.2</p>",
        f"<p class='qt'>»{e(r['2.1.2'])}«</p>",
        "<p class='q'>Retningslinje 3.1.1</p>",
        f"<p class='qt'>»{e(r['3.1.1'])}«</p>",
        "<p class='an'>Spildevandsplanen må ikke stride mod kommuneplanens "
        "retningslinjer.</p>",
        "</aside></div>",
        "<h2>Økonomi</h2>",
        "<p>Investeringerne i planperioden er anslået til 410 mio. kr. De finansieres over "
        "forsyningens takster.</p>",
    ]
    _chromium(
        _page(
            "da", "Spildevandsplan 2027–2032",
            "h1{font-size:20pt;color:#0f4c6e;margin:4px 0 6px}"
            "h2{font-size:13pt;color:#0f4c6e;margin:12px 0 6px}"
            ".wrap{display:grid;grid-template-columns:2.1fr 1fr;gap:14px;align-items:start}"
            ".card{border:1px solid #b9cdd8;border-radius:4px;padding:5px 9px;margin:0 0 8px;"
            "break-inside:avoid}"
            ".lab{font-size:8.5pt;font-weight:bold;color:#fff;background:#0f4c6e;"
            "display:inline-block;padding:1px 6px}"
            ".mt{font-weight:bold;font-size:10.8pt;margin:3px 0}"
            ".sg{font-size:9pt;color:#0f4c6e;font-style:italic}"
            "ul{margin:2px 0;padding-left:16px}li{font-size:9.6pt}"
            "aside{background:#eef3f6;border-left:3px solid #0f4c6e;padding:6px 9px;"
            "margin-top:34px}"
            ".ah{font-weight:bold;color:#0f4c6e;font-size:10pt;margin-bottom:4px}"
            ".q{font-size:8.5pt;font-weight:bold;margin:6px 0 1px}"
            ".qt{font-size:9pt;font-style:italic;margin:0}"
            ".an{font-size:8.5pt;color:#555;margin-top:8px}",
            body,
        ),
        d / "child.pdf",
    )

    goals_ = [
        G("D1", g["D1"], "partial", [k["s1"], k["s2"], *acts["s1"], *acts["s2"]],
          ev="Kloaksystemet i Hvidmose by",
          missing=["stormflod (sikring af kyst og fjord)", "stigende grundvand"],
          note="the goals are the bullets under 'Mål' (ids D1–D5 in reading order); the "
          "numbered 'Retningslinjer' are binding planning rules, not goals, and the child's "
          "side panel quotes two of them (2.1.2, 3.1.1) — a quoted retningslinje is no goal "
          "of either plan. Skybrud only: a 10-year rain in the sewers and local rainwater"),
        G("D2", g["D2"], "followed_up", [k["s3"], k["s4"], *acts["s3"], *acts["s4"]],
          ev="Overløb af urenset spildevand",
          note="Hvidmose Å, Bøge Sø and the fjord (members for 'vandløb, søer og Hvidmose "
          "Fjord') get half the overflows, and the open land gets treatment: the wastewater "
          "plan's whole share of good ecological status"),
        G("D3", g["D3"], "followed_up", [k["s5"], *acts["s5"]],
          ev="Ingen badestrand skal lukkes",
          note="no beach closed for wastewater in the bathing season: clean bathing water, "
          "in other words (negated)"),
        G("D4", g["D4"], "not_followed_up",
          note="trap: 'ét sammenhængende digitalt kort' shares 'sammenhængende' but maps "
          "pipes; nothing links natural areas"),
        G("D5", g["D5"], "not_followed_up",
          note="nothing on where towns grow (retningslinje 5.1.1/5.1.2 are not quoted either)"),
    ]
    kids = [
        C(k["s1"], ["D1"]),
        C(k["s2"], ["D1"], note="says what retningslinje 2.1.2 says; serves D1 by content"),
        C(k["s3"], ["D2"]),
        C(k["s4"], ["D2"]),
        C(k["s5"], ["D3"]),
        C(k["s6"], [], note="shares 'sammenhængende' with D4; a pipe register: stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; kommuneplan – hovedstruktur): per theme a fact "
        "paragraph, 'Mål' with bullets (the goals) and 'Retningslinjer' numbered '2.1.1' in a "
        "label column beside the text (binding rules, no goals); running header and 'Side n'; "
        "child PDF (Chromium; spildevandsplan): 'Mål n' cards (label badge, goal in bold, "
        "'Sådan gør vi' bullets) in a main column beside a side panel 'Fra Kommuneplan 2027' "
        "quoting retningslinjer 2.1.2 and 3.1.1",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Pennisford (en)


@pair
def pennisford_environmental_health(d: Path) -> dict:
    pr = [
        ("Homes", "Everyone in Pennisford has a safe, warm and affordable home.",
         ["180 new affordable homes a year", "Fewer than 150 households in temporary "
          "accommodation"]),
        ("Healthy lives", "Residents live longer, healthier lives, and the gap in life "
         "expectancy between our wards narrows.",
         ["Healthy life expectancy rises in every ward", "The gap between the highest and "
          "lowest ward falls below 6 years"]),
        ("Thriving economy", "Local businesses can start up and grow in Pennisford.",
         ["400 new business registrations a year", "Business survival after three years "
          "above the national average"]),
        ("Clean and green", "Our streets, parks and rivers are clean, and the council reaches "
         "net zero by 2030.",
         ["9 in 10 residents satisfied with street cleanliness", "Council carbon emissions "
          "down 75% on 2019"]),
        ("Safe communities", "People feel safe at home, in their neighbourhood and in our town "
         "centres.",
         ["More residents who feel safe after dark (residents' survey)"]),
        ("Connected places", "People can reach work, school and services easily by bus, by "
         "bike or on foot.",
         ["Bus patronage back above 2019 levels", "12 km of new cycle routes"]),
        ("Young people", "Children and young people have the skills and opportunities to "
         "succeed.",
         ["More young people in education, employment or training at 18",
          "200 apprenticeships with local employers"]),
    ]
    g = {f"P{i}": s for i, (_, s, _) in enumerate(pr, start=1)}
    parent = [
        ("meta", "PENNISFORD DISTRICT COUNCIL"),
        ("title", "Corporate Plan 2027–2031"),
        ("meta", "Approved by Full Council on 14 July 2026"),
        ("h1", "Foreword from the Leader of the Council"),
        ("p", "This plan sets out what the council will focus on over the next four years. "
         "Money is tight, so we have chosen fewer priorities and we will report openly on "
         "how we are doing. We will listen before we decide, and we will be honest when "
         "something has not worked."),
        ("p", "Our vision: a fairer, greener Pennisford where everyone can get on in life."),
        ("h1", "Our priorities"),
    ]
    for i, (name, stmt, succ) in enumerate(pr, start=1):
        if i == 5:
            parent.append(("break",))
        parent += [
            ("h2", f"Priority {i}: {name}"),
            ("p", stmt),
            ("p", "**What success looks like**"),
            ("bullets", succ),
        ]
    parent += [
        ("h1", "How we will deliver the plan"),
        ("p", "Each service writes an annual service plan showing how its objectives "
         "contribute to these priorities. Progress is reported to Cabinet every quarter."),
        ("h1", "Our values"),
        ("p", "Listening · Fair · Ambitious · Open"),
    ]
    _build_pdf_numbered(
        parent, d / "parent.pdf",
        title="Corporate Plan 2027–2031",
        author="Pennisford District Council",
        header="Pennisford District Council – Corporate Plan 2027–2031",
        lang="en-GB",
    )

    eh = {
        "EH1": "Reduce the number of privately rented homes with serious hazards such as damp, "
        "mould and excess cold.",
        "EH2": "Give new and expanding businesses free advice, with one named officer from "
        "first enquiry to licence, so they can open and grow without delay.",
        "EH3": "Clear reported fly-tipping and dog fouling in streets and parks within 48 "
        "hours.",
        "EH4": "Bring nitrogen dioxide below the legal limit in the Air Quality Management "
        "Areas in Eastgate and Mill Ward, where life expectancy is lowest.",
        "EH5": "Protect young people from illegal sales of alcohol, tobacco and vapes through "
        "test purchasing.",
        "EH6": "Reduce alcohol-related disorder in the town centres at night through licence "
        "conditions and joint visits with the police.",
        "EH7": "Respond to complaints about noise and antisocial behaviour from neighbours "
        "within two working days.",
        "EH8": "Move all licensing and inspection records to the new case management system "
        "by March 2028.",
    }
    contrib = [
        ["EH1", "Priority 1: Homes", "Category 1 hazards removed from 250 homes"],
        ["EH2", "Priority 3: Thriving economy", "95% of enquiries answered within 5 days"],
        ["EH3", "Priority 5: Safe communities", "Reports cleared within 48 hours"],
        ["EH4", "Priority 2: Healthy lives", "Annual mean NO2 below 40 µg/m³ at all sites"],
        ["EH5", "Priority 2: Healthy lives", "40 test purchases a year"],
        ["EH6", "Priority 5: Safe communities", "Night-time incidents in the town centres"],
        ["EH7", "Priority 5: Safe communities", "Complaints answered within 2 working days"],
        ["EH8", "Enabler: a modern council", "System live by March 2028"],
    ]
    actions = [
        ["A1", "Selective licensing scheme for private rented homes in Eastgate", "EH1",
         "Private Sector Housing Manager", "April 2027"],
        ["A2", "Damp and mould campaign with landlords and letting agents", "EH1",
         "Private Sector Housing Manager", "Winter 2027"],
        ["A3", "Start-up clinic for food and licensed businesses every month", "EH2",
         "Commercial Team Leader", "Monthly"],
        ["A4", "Covert cameras at the ten worst fly-tipping sites", "EH3",
         "Environmental Protection Manager", "June 2027"],
        ["A5", "Air Quality Action Plan for Eastgate and Mill Ward", "EH4",
         "Environmental Protection Manager", "December 2027"],
        ["A6", "Test purchasing with Trading Standards", "EH5", "Licensing Manager",
         "Quarterly"],
        ["A7", "Late-night levy review and joint night-time patrols", "EH6",
         "Licensing Manager", "March 2028"],
        ["A8", "Out-of-hours noise service on Friday and Saturday nights", "EH7",
         "Environmental Protection Manager", "September 2027"],
        ["A9", "Data migration and staff training", "EH8", "Business Support Manager",
         "March 2028"],
    ]
    child = [
        ("title", "Environmental Health and Licensing"),
        ("meta", "Service Plan 2027/28 · Place Directorate · Pennisford District Council · "
         "Version 1.2, draft for Cabinet Member sign-off"),
        ("h1", "1 About the service"),
        ("p", "Environmental Health and Licensing has 46 staff in four teams: Private Sector "
         "Housing, Commercial, Environmental Protection and Licensing. In 2026/27 the service "
         "handled 7,900 service requests and issued 2,150 licences."),
        ("h1", "2 Service objectives 2027/28"),
        *[("hang", code, text) for code, text in eh.items()],
        ("h1", "3 Contribution to Corporate Plan priorities"),
        ("p", "The table shows the Corporate Plan priority each service objective contributes "
         "to, and how we will measure it."),
        ("table", ["Service objective", "Corporate Plan priority", "Measure"], contrib,
         [30, 55, 85]),
        ("h1", "4 Action plan"),
        ("table", ["Ref", "Action", "Objective", "Lead", "Target date"], actions,
         [12, 62, 20, 46, 30]),
        ("h1", "5 Resources"),
        ("p", "Net budget 2027/28: £2.84m. Two vacant Environmental Health Officer posts are "
         "being recruited."),
    ]
    _rl(
        d / "child.pdf", child,
        title="Environmental Health and Licensing Service Plan 2027/28",
        author="Pennisford District Council",
        creator="Pennisford District Council, Place Directorate",
        header="Pennisford District Council · Environmental Health and Licensing · Service "
        "Plan 2027/28",
        footer="Page {n}",
        accent="#4b2e83",
    )

    goals_ = [
        G("P1", g["P1"], "partial", [eh["EH1"], actions[0][1], actions[1][1]],
          ev="Reduce the number of privately",
          missing=["affordable homes", "homes in other tenures than private renting"],
          note="the goals are the priority statements under 'Priority n: Name' (ids P1–P7 "
          "from the printed numbers); the 'What success looks like' bullets are indicators, "
          "the foreword, vision and values are not goals. Safe and warm (damp, mould, excess "
          "cold) in private rented homes only"),
        G("P2", g["P2"], "followed_up", [eh["EH4"], eh["EH5"], actions[4][1], actions[5][1]],
          ev="Bring nitrogen dioxide below",
          note="cleaner air in the two wards where life expectancy is lowest (the gap) and "
          "protection from alcohol, tobacco and vapes (healthier lives): the service's share, "
          "in other words"),
        G("P3", g["P3"], "followed_up", [eh["EH2"], actions[2][1]],
          ev="Give new and expanding businesses",
          note="'new and expanding businesses … open and grow' for 'start up and grow'"),
        G("P4", g["P4"], "partial", [eh["EH3"], actions[3][1]], ev="Clear reported fly-tipping",
          missing=["clean rivers", "the council reaching net zero by 2030"],
          note="trap: the contribution table maps EH3 to 'Priority 5: Safe communities'; by "
          "content fly-tipping and dog fouling in streets and parks serve P4"),
        G("P5", g["P5"], "followed_up", [eh["EH6"], eh["EH7"], actions[6][1], actions[7][1]],
          ev="Reduce alcohol-related disorder",
          note="disorder in the town centres at night, and noise and antisocial behaviour from "
          "neighbours (at home, in the neighbourhood): all three places, in other words"),
        G("P6", g["P6"], "not_followed_up",
          note="nothing on buses, cycling or walking; no objective is mapped to Priority 6"),
        G("P7", g["P7"], "not_followed_up",
          note="trap: EH5 'Protect young people from illegal sales …' shares 'young people' "
          "but protects health (P2); nothing on skills or opportunities"),
    ]
    kids = [
        C(eh["EH1"], ["P1"]),
        C(eh["EH2"], ["P3"]),
        C(eh["EH3"], ["P4"], note="mapped to Priority 5 in the table; serves P4 by content"),
        C(eh["EH4"], ["P2"]),
        C(eh["EH5"], ["P2"], note="shares 'young people' with P7; health protection: P2"),
        C(eh["EH6"], ["P5"]),
        C(eh["EH7"], ["P5"]),
        C(eh["EH8"], [], note="'Enabler: a modern council', no priority: stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; Corporate Plan): 'Our priorities', "
        "each a heading 'Priority n: Name', the priority statement as a plain paragraph, a bold "
        "'What success looks like' paragraph and indicator bullets; a page break before "
        "priority 5, running header and bare page number; child PDF (reportlab; service "
        "plan): objectives EH1–EH8 in a label column beside their text, a 'Contribution to "
        "Corporate Plan priorities' table (Service objective | Corporate Plan priority | "
        "Measure — EH3 mapped wrongly) and an 'Action plan' table; running header and 'Page n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder."""
    _p14.HERE, _p14.PAIRS = HERE, PAIRS
    names = argv or list(PAIRS)
    _p14.main(names)
    for name in names:
        f = HERE / name / "parent-coverage.gold.yaml"
        f.write_text(
            f.read_text(encoding="utf-8").replace(
                "corpora/parents-blind14/make_pairs.py", "corpora/parents-blind17/make_pairs.py"
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main(sys.argv[1:])
