"""Build the forty-ninth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written by `b49p` without reading plancheck's code, tests, rules, docs or bench and without
running it. Five pairs, each in a real form no earlier batch used (see README.md for the forms,
the nearest earlier forms and the gold conventions):

- Skarsund (nb): the county's TILDELINGSBREV 2033 to one upper secondary school, a letter with
  'Hovedmål' HM1–HM7, 'Oppdrag' O1–O2 (tasks, no goals), a budget frame and a reporting duty
  (python-docx) → the school's VIRKSOMHETSPLAN 2033, a landscape table `Tildelingsbrevet |
  Skolens mål | Tiltak | Ansvar | Frist` citing the HM codes — one code wrong, one goal COPIED
  WORD FOR WORD with no tiltak (Chromium).
- Brekkestøl (nn): kommuneplanens samfunnsdel with SIDE HEADINGS (a narrow left column
  'Samfunnsmål A' … beside the goal; Chromium) → a PROSJEKTPLAN for a town-square project:
  'Effektmål' E1–E2 and 'Resultatmål' R1–R5, 'Forankring', 'Omfang og avgrensing',
  organisation, milestones, budget and a RISK table whose 'Tiltak' are no plan measures (odfpy).
- Ränneby (sv): SAMVERKANSÖVERENSKOMMELSE between the local police area and the municipality,
  prioritised areas with Word-numbered goals 1–7 (python-docx) → the yearly MEDBORGARLÖFTE,
  a leaflet with 'Löfte n' and 'Det här gör vi' lines per party (reportlab).
- Vibjerg (da): the municipality's STRATEGIHUS, a one-page house drawing (roof = vision, four
  pillars = strategiske spor with the goals, foundation = values; reportlab canvas) → BUDGET
  2035–2038 BEVILLINGSBEMÆRKNINGER per udvalg and politikområde: 'Mål for 2035', budget tables,
  'Ændringer' lines — one goal followed up only through a budget line (python-docx).
- Thistlebury (en): FULL COUNCIL MINUTES with a notice of motion (Council notes / believes /
  resolves to (a)–(g), an amendment LOST; odfpy) → a CABINET REPORT (key decision):
  recommendations, targets, financial, legal and equalities implications, Appendix A action
  plan — one resolution followed up only in the financial implications, one in the
  equalities paragraph (Chromium).

    python corpora/parents-blind49/make_pairs.py                  # all pairs
    python corpora/parents-blind49/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind49/make_pairs.py --twice          # build twice, compare sha256

Writers reused through batch 48's builder (`pk.load_module`): batch 47's `_docx47`, batch 46's
`_rl_doc`, batch 44's `_docx` and `_odt`, batch 43's `_html`, the reportlab font set-ups of
batches 43 and 44. This batch's own: `_rl_house` (reportlab canvas: a strategy house, roof,
pillars and foundation, each pillar a frame of its own). The gold writer and checks (`G`, `C`,
batch 14's `main`, batch 20's `verify`) come through batch 48's builder and
`pairkit.parents_main`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p48 = pk.load_module("parents_blind48_make_pairs", HERE.parent / "parents-blind48" / "make_pairs.py")
_p47, _p46, _p44, _p43 = _p48._p47, _p48._p46, _p48._p44, _p48._p43
_p20, _p14 = _p48._p20, _p48._p14
G, C = _p48.G, _p48.C
_docx, _odt, _html, _rl_doc, _docx47, e = (_p48._docx, _p48._odt, _p48._html, _p48._rl_doc,
                                           _p48._docx47, _p48.e)

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind49/make_pairs.py"


# =========================================================================== writers


def _rl_house(pdf: Path, *, title: str, sub: str, roof: list[str], pillars, foundation: str,
              side: list[str], fonts: dict[str, str], base: float, colours: list[str],
              dark: str, meta_title: str, author: str, footer: str) -> Path:
    """reportlab canvas (invariant), A4 landscape, one page: a STRATEGY HOUSE. Title and SUB at
    the top left; a roof (triangle, DARK) with the ROOF lines centred in it; PILLARS side by
    side under it, each (name, [goal, ..], intro) in a tinted frame with a coloured cap (its
    colour from COLOURS) — the goals bold '•' paragraphs; a FOUNDATION bar across; SIDE (a
    bold lead, then sentences) in small type under it; FOOTER bottom left. A pillar whose text does not
    fit stops the build."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rlcanvas
    from reportlab.platypus import Frame, Paragraph

    f = fonts
    W, H = landscape(A4)
    cv = rlcanvas.Canvas(str(pdf), pagesize=(W, H), invariant=1)
    cv.setTitle(meta_title)
    cv.setAuthor(author)
    cv.setCreator(author)
    dk = colors.HexColor(dark)
    cv.setFillColor(dk)
    cv.setFont(f["bold"], base + 11)
    cv.drawString(14 * mm, H - 18 * mm, title)
    cv.setFillColor(colors.HexColor("#555555"))
    cv.setFont(f["normal"], base + 0.5)
    cv.drawString(14 * mm, H - 24.5 * mm, sub)
    # house geometry: left part of the page; a side column at the right
    x0, x1 = 18 * mm, W - 18 * mm
    eave, ridge = H - 72 * mm, H - 31 * mm
    p = cv.beginPath()
    p.moveTo(x0 - 4 * mm, eave)
    p.lineTo((x0 + x1) / 2, ridge)
    p.lineTo(x1 + 4 * mm, eave)
    p.close()
    cv.drawPath(p, stroke=0, fill=1)
    cv.setFillColor(colors.white)
    y = eave + 22 * mm
    for i, line in enumerate(roof):
        cv.setFont(f["bold"] if i else f["normal"], base + (6 if i else 0))
        cv.drawCentredString((x0 + x1) / 2, y, line)
        y -= (base + 9) if i == 0 else (base + 8)
    ps_name = ParagraphStyle("pn", fontName=f["bold"], fontSize=base + 1.5, leading=base + 4,
                             textColor=colors.white)
    ps_intro = ParagraphStyle("pi", fontName=f["italic"], fontSize=base - 1,
                              leading=(base - 1) * 1.35, spaceAfter=5,
                              textColor=colors.HexColor("#333333"))
    ps_goal = ParagraphStyle("pg", fontName=f["bold"], fontSize=base, leading=base * 1.35,
                             leftIndent=3.2 * mm, bulletIndent=0, spaceAfter=6,
                             textColor=colors.HexColor("#1d1d1d"))
    n = len(pillars)
    gap = 4 * mm
    pw = (x1 - x0 - gap * (n - 1)) / n
    top, bottom = eave - 5 * mm, 42 * mm
    for i, (name, goals, intro) in enumerate(pillars):
        px = x0 + i * (pw + gap)
        col = colors.HexColor(colours[i])
        cv.setFillColor(colors.HexColor("#F2F2F2"))
        cv.rect(px, bottom, pw, top - bottom, stroke=0, fill=1)
        cv.setFillColor(col)
        cv.rect(px, top - 13 * mm, pw, 13 * mm, stroke=0, fill=1)
        cap = Frame(px + 3 * mm, top - 13 * mm, pw - 6 * mm, 12 * mm, leftPadding=0,
                    rightPadding=0, topPadding=1.5 * mm, bottomPadding=0)
        story = [Paragraph(e(name), ps_name)]
        cap.addFromList(story, cv)
        if story:
            raise SystemExit(f"{pdf}: pillar cap {i + 1} overflows")
        body = Frame(px + 3 * mm, bottom + 2 * mm, pw - 6 * mm, top - bottom - 18 * mm,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        story = [Paragraph(e(intro), ps_intro)]
        story += [Paragraph(e(g), ps_goal, bulletText="•") for g in goals]
        body.addFromList(story, cv)
        if story:
            raise SystemExit(f"{pdf}: pillar {i + 1} overflows")
    cv.setFillColor(dk)
    cv.rect(x0 - 4 * mm, 24 * mm, x1 - x0 + 8 * mm, 14 * mm, stroke=0, fill=1)
    cv.setFillColor(colors.white)
    cv.setFont(f["bold"], base + 1)
    cv.drawCentredString((x0 + x1) / 2, 29.5 * mm, foundation)
    ps_side = ParagraphStyle("sd", fontName=f["normal"], fontSize=base - 1,
                             leading=(base - 1) * 1.4, textColor=colors.HexColor("#333333"))
    fr = Frame(x0, 11 * mm, x1 - x0, 11 * mm, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    story = [Paragraph(f"<b>{e(side[0])}:</b> " + " ".join(e(x) for x in side[1:]), ps_side)]
    fr.addFromList(story, cv)
    if story:
        raise SystemExit(f"{pdf}: the line under the foundation overflows")
    cv.setFillColor(colors.HexColor("#666666"))
    cv.setFont(f["normal"], base - 1.5)
    cv.drawString(14 * mm, 7 * mm, footer)
    cv.showPage()
    cv.save()
    return pdf


# =========================================================================== 1 Skarsund (nb)


@pair
def skarsund_virksomhetsplan(d: Path) -> dict:
    g = {
        "HM1": "Flere elever skal fullføre og bestå videregående opplæring.",
        "HM2": "Elevene skal ha et trygt og godt skolemiljø, fritt for mobbing og krenkelser.",
        "HM3": "Skolen skal tilby utdanningsprogram som regionen har bruk for, og flere elever "
               "skal få læreplass.",
        "HM4": "Elever med behov for tilrettelegging skal få det tidlig, og overgangen fra "
               "ungdomsskolen skal være god.",
        "HM5": "Voksne uten fullført videregående opplæring skal få et tilbud som passer med "
               "jobb og familie.",
        "HM6": "Skolen skal redusere energibruken og klimagassutslippene fra egen drift.",
        "HM7": "De ansatte skal ha god digital kompetanse og bruke digitale verktøy godt i "
               "undervisningen.",
    }
    parent = [
        ("p", "Skarsund videregående skole"),
        ("p", "v/ rektor Hilde Brattli Moen"),
        ("p", "Postboks 120, 8790 Skarsund"),
        ("table", ["Vår dato", "Vår referanse", "Saksbehandler", "Deres referanse"],
         [("14.12.2032", "2032/4471-3", "Ingrid Solheim", "–")], [38, 40, 44, 44]),
        ("title", "Tildelingsbrev 2033"),
        ("sub", "Fra fylkesdirektøren for opplæring og kompetanse til Skarsund videregående "
         "skole"),
        ("h1", "1 Innledning"),
        ("p", "Fylkestinget vedtok budsjettet for 2033 og økonomiplanen for 2033–2036 i møte "
         "10. desember 2032, sak 98/32. Med dette brevet stiller fylkesdirektøren midler til "
         "disposisjon for skolen og gir mål og oppdrag for 2033. Målene bygger på Regional "
         "plan for kompetanse 2030–2040 og gjelder alle de videregående skolene i fylket."),
        ("h1", "2 Mål for 2033"),
        ("p", "Skolen skal arbeide mot disse hovedmålene og vise i virksomhetsplanen hvordan "
         "den følger dem opp:"),
        ("hang", [(k, g[k]) for k in ("HM1", "HM2", "HM3", "HM4", "HM5", "HM6", "HM7")]),
        ("p", "Fylkesdirektøren følger målene med disse styringsparameterne:"),
        ("table", ["Mål", "Styringsparameter", "Skolen 2032", "Ambisjon 2033"], [
            ("HM1", "Andel elever som fullfører og består på normert tid", "79 %", "82 %"),
            ("HM2", "Andel elever som svarer at de er blitt mobbet (Elevundersøkelsen)",
             "5,1 %", "under 4 %"),
            ("HM3", "Andel søkere til læreplass som får kontrakt", "71 %", "80 %"),
            ("HM6", "Energibruk i skolens bygg (kWh/m²)", "168", "155"),
        ], [16, 92, 28, 30]),
        ("h1", "3 Oppdrag"),
        ("p", "Skolen får disse oppdragene i 2033:"),
        ("hang", [("O1", "Delta i piloten for ny modell for fraværsoppfølging og rapportere "
                   "erfaringene innen 1. november 2033."),
                  ("O2", "Utarbeide et behovsprogram for rehabilitering av verkstedbygget i "
                   "samarbeid med Fylkeseiendom innen 1. juni 2033.")]),
        ("h1", "4 Budsjettramme"),
        ("table", ["Post", "Beløp (1000 kr)"], [
            ("Ordinær drift", "148 300"),
            ("Spesialundervisning og tilrettelagt opplæring", "9 800"),
            ("Opplæring for voksne", "2 400"),
            ("Sum ramme 2033", "160 500"),
        ], [110, 50]),
        ("h1", "5 Rapportering og styringsdialog"),
        ("p", "Skolen skal sende virksomhetsplanen for 2033 til fylkesdirektøren innen 1. "
         "februar 2033 og rapportere på målene og oppdragene i tertialrapportene. "
         "Styringsdialogmøtet holdes i oktober."),
        ("p", "Med hilsen"),
        ("p", "Kari Nordvik Aas, fylkesdirektør for opplæring og kompetanse"),
        ("p", "Trond Hellesøy, seksjonsleder videregående opplæring"),
        ("i", "Brevet er godkjent elektronisk og har derfor ingen håndskrevne signaturer."),
        ("p", "Kopi: Fylkesrevisjonen"),
    ]
    _docx47(parent, d / "parent.pdf", title="Tildelingsbrev 2033 – Skarsund videregående skole",
            author="Fjordvidda fylkeskommune",
            header="Fjordvidda fylkeskommune · Opplæring og kompetanse",
            footer="Tildelingsbrev 2033 – Skarsund videregående skole", page_word="Side",
            of_word="av", lang="nb-NO", font="Liberation Sans", size=10, color="1F5C7A",
            tint="E1ECF2")

    c = {
        "c1": "Flere elever skal fullføre og bestå, og færre skal slutte i løpet av skoleåret.",
        "c2": "Alle elever skal oppleve at skolen er trygg, og ingen skal bli mobbet.",
        "c3": "Flere elever på yrkesfag skal få læreplass.",
        "c4": "Overgangen fra ungdomsskolen skal være trygg for alle nye elever.",
        "c6": g["HM6"],
        "c7": "Alle eksamener skal gjennomføres digitalt uten tekniske avbrudd.",
        "c8": "Skolen skal ha et aktivt elevråd som blir hørt i saker som gjelder elevene.",
    }
    m = {
        "frav": "Fraværssamtale med kontaktlærer når en elev har over 10 prosent fravær",
        "verk": "Studieverksted med lærere to ettermiddager i uka",
        "elevu": "Elevundersøkelsen følges opp i hver klasse med en egen klasseplan",
        "milj": "Ny miljøarbeider på skolen fra august 2033",
        "mote": "Møteplass for elever og lærebedrifter i mars",
        "yrk": "Yrkesfaglærer i bedrift: fire lærere hospiterer i lokale bedrifter",
        "over": "Overføringsmøter med ungdomsskolene i Skarsund og Hesteby i mai",
        "fadd": "Faddere fra Vg2 for alle Vg1-klasser de første ukene",
        "eks": "Ny eksamensrutine og test av alle elev-PC-er før eksamen",
        "elevr": "Elevrådet deltar i skolens ledermøte to ganger i semesteret",
    }

    def cell(*xs):
        return "<br>".join(f"• {e(x)}" for x in xs)

    rows = [
        ("HM1", c["c1"], cell(m["frav"], m["verk"]), "Avdelingslederne", "Hele året"),
        ("HM2", c["c2"], cell(m["elevu"], m["milj"]), "Rektor, miljøarbeider", "Høst 2033"),
        ("HM3", c["c3"], cell(m["mote"], m["yrk"]), "Avdelingsleder yrkesfag", "Vår 2033"),
        ("HM4", c["c4"], cell(m["over"], m["fadd"]), "Rådgiverne", "Mai–september 2033"),
        ("HM6", c["c6"], "–", "Rektor", "2033"),
        ("HM2", c["c7"], cell(m["eks"]), "IKT-ansvarlig", "Før hver eksamen"),
        ("–", c["c8"], cell(m["elevr"]), "Rektor", "Hele året"),
    ]
    trs = "".join(
        f"<tr><td class='code'>{e(a)}</td><td class='goal'>{e(b)}</td><td>{t}</td>"
        f"<td>{e(o)}</td><td>{e(f)}</td></tr>" for a, b, t, o, f in rows)
    body = [
        "<div class='mast'><span>SKARSUND VIDEREGÅENDE SKOLE</span>"
        "<span>Fjordvidda fylkeskommune</span></div>",
        "<h1>Virksomhetsplan 2033</h1>",
        "<p class='meta'>Godkjent av rektor 25. januar 2033 · sendt fylkesdirektøren 27. "
        "januar 2033</p>",
        "<div class='cols'><div><h2>Om skolen</h2>"
        "<p>Skarsund videregående skole har 610 elever og 104 ansatte. Skolen har fem "
        "yrkesfaglige utdanningsprogram og studiespesialisering. Opplæringen for voksne holdes "
        "i 2033 på samme nivå som i fjor, med to klasser på dagtid.</p></div>"
        "<div><h2>Slik leser du planen</h2>"
        "<p>Første kolonne viser hvilket hovedmål i tildelingsbrevet raden følger opp. Skolens "
        "mål står i andre kolonne, tiltakene i tredje. Oppdragene O1 og O2 rapporteres "
        "særskilt i tertialrapportene.</p></div></div>",
        "<h2>Mål og tiltak 2033</h2>",
        "<table><thead><tr><th style='width:11%'>Tildelingsbrevet</th>"
        "<th style='width:27%'>Skolens mål</th><th>Tiltak</th>"
        "<th style='width:14%'>Ansvar</th><th style='width:12%'>Frist</th></tr></thead>"
        f"<tbody>{trs}</tbody></table>",
        "<h2>Økonomi</h2>",
        "<p>Skolens ramme for 2033 er 160,5 millioner kroner. Skolen har ikke satt av egne "
        "midler utover rammen.</p>",
    ]
    css = (
        "@page{size:A4 landscape;margin:13mm 15mm 15mm 15mm;"
        "@bottom-left{content:'Skarsund videregående skole · Virksomhetsplan 2033';"
        "font:7.5pt 'Liberation Sans';color:#666}"
        "@bottom-right{content:'Side ' counter(page) ' av ' counter(pages);"
        "font:7.5pt 'Liberation Sans';color:#666}}"
        "body{font:9.5pt/1.4 'Liberation Sans';color:#1d1d1d}"
        ".mast{display:flex;justify-content:space-between;border-bottom:2pt solid #A3462B;"
        "font:bold 7.5pt 'Liberation Sans';letter-spacing:.1em;color:#A3462B;padding-bottom:3pt}"
        "h1{font:bold 20pt 'Liberation Sans';margin:8pt 0 1pt}"
        ".meta{color:#666;font-size:8.5pt;margin:0 0 6pt}"
        ".cols{display:flex;gap:16pt}.cols>div{flex:1}"
        "h2{font:bold 11pt 'Liberation Sans';color:#A3462B;margin:7pt 0 3pt}"
        "p{margin:0 0 4pt}"
        "table{font-size:8.6pt}th{background:#A3462B;color:#fff;text-align:left;padding:3pt 4pt;"
        "vertical-align:bottom}"
        "td{border:.5pt solid #bbb;padding:3pt 4pt;vertical-align:top}"
        "td.code{font-weight:bold;text-align:center}td.goal{font-weight:bold;"
        "background:#F7ECE8}"
    )
    _html("nb", "Virksomhetsplan 2033 – Skarsund videregående skole", css, body,
          d / "child.pdf")

    goals_ = [
        G("HM1", g["HM1"], "followed_up", [c["c1"], m["frav"], m["verk"]],
          ev="Flere elever skal fullføre og bestå, og",
          note="the goals are the 'Hovedmål' typed HM1–HM7 under '2 Mål for 2033' (id = the "
          "code); the styringsparametere table, '3 Oppdrag' O1–O2 (tasks with a date, no "
          "goals), the budget frame, '5 Rapportering og styringsdialog' ('Skolen skal sende "
          "…') and the letter's furniture are no goals. Completing and passing, fewer "
          "drop-outs; absence talks, study workshop"),
        G("HM2", g["HM2"], "followed_up", [c["c2"], m["elevu"], m["milj"]],
          ev="Alle elever skal oppleve at skolen",
          note="safe and no bullying (the school environment survey followed up in every "
          "class, a new miljøarbeider)"),
        G("HM3", g["HM3"], "partial", [c["c3"], m["mote"], m["yrk"]],
          ev="Flere elever på yrkesfag",
          missing=["utdanningsprogram som regionen har bruk for"],
          note="apprenticeships (meeting place with firms, teachers in firms); nothing on the "
          "programmes offered"),
        G("HM4", g["HM4"], "partial", [c["c4"], m["over"], m["fadd"]],
          ev="Overgangen fra ungdomsskolen skal være",
          missing=["tidlig tilrettelegging for elever med behov for det"],
          note="the transition (transfer meetings, Vg2 mentors); nothing on early adapted "
          "education for pupils who need it"),
        G("HM5", g["HM5"], "not_followed_up",
          note="trap (named in passing): 'Opplæringen for voksne holdes i 2033 på samme nivå "
          "som i fjor, med to klasser på dagtid' in 'Om skolen' — a fact, no goal, no tiltak; "
          "daytime classes are not an offer that fits with work"),
        G("HM6", g["HM6"], "partial", [c["c6"]], ev="Skolen skal redusere energibruken",
          missing=["tiltak: planen gjentar målet ordrett, men har ingen tiltak for det "
                   "(Tiltak-cellen er '–')"],
          note="trap (copied word for word, no measure): the school's goal in the HM6 row is "
          "the tildelingsbrev's goal verbatim, with '–' as its only tiltak. Decided: partial "
          "— the goal is carried down (a goal further down restates it), but nothing in the "
          "plan acts on it; a strict reader says not followed up, a lenient one followed up"),
        G("HM7", g["HM7"], "not_followed_up",
          note="trap (wrong code, shared words): the row citing 'HM2' holds the goal on "
          "digital exams ('Alle eksamener skal gjennomføres digitalt …') — exam technology, "
          "not the staff's digital competence or digital teaching; no row cites HM7"),
    ]
    kids = [
        C(c["c1"], ["HM1"], note="the child goals are the bold 'Skolens mål' cells of the "
          "landscape table; the '•' lines in 'Tiltak' are measures; the first column's codes "
          "are citations, no goals; the 'Om skolen' and 'Økonomi' sentences are no goals"),
        C(c["c2"], ["HM2"]),
        C(c["c3"], ["HM3"]),
        C(c["c4"], ["HM4"]),
        C(c["c6"], ["HM6"], note="HM6 copied word for word, tiltak '–'"),
        C(c["c7"], [], note="digital exams without technical breakdowns: cites HM2 (a safe "
          "school environment), which it does not serve, and serves no other goal (HM7 is "
          "the staff's digital competence) — stands alone"),
        C(c["c8"], [], note="an active pupils' council, code '–': no goal of the "
          "tildelingsbrev — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10; the county's "
        "TILDELINGSBREV 2033 to one upper secondary school, a letter): address lines, a `Vår "
        "dato | Vår referanse | Saksbehandler | Deres referanse` line table, title, numbered "
        "sections, 'Hovedmål' typed HM1–HM7 + tab in a hanging indent, a `Mål | "
        "Styringsparameter | Skolen 2032 | Ambisjon 2033` table, 'Oppdrag' O1–O2 in the same "
        "form, a budget table, 'Med hilsen', the e-signature line; header right over a rule, "
        "'Side n av N'; child PDF (HTML → Chromium, Liberation Sans 9.5, A4 landscape; the "
        "school's VIRKSOMHETSPLAN 2033): mast line, two short columns, one table "
        "`Tildelingsbrevet | Skolens mål | Tiltak | Ansvar | Frist` citing HM codes (one "
        "wrong, one '–'), '•' measure lines in the Tiltak cells, one goal copied verbatim "
        "with tiltak '–'; margin boxes",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Brekkestøl (nn)


@pair
def brekkestol_prosjektplan(d: Path) -> dict:
    g = {
        "A": "Brekkestøl sentrum skal vere ein attraktiv møtestad for alle generasjonar.",
        "B": "Handel, service og kultur skal samlast i sentrum, og fleire skal bu der.",
        "C": "Alle skal kunne ferdast trygt til fots og på sykkel mellom bustadfelta, skulen "
             "og sentrum.",
        "D": "Barn og unge skal ha gode møteplassar og fritidstilbod som ikkje kostar mykje.",
        "E": "Nye og opprusta uteområde skal vere universelt utforma og ha plass til alle.",
        "F": "Brekkestøl skal vere førebudd på meir overvatn og flaum i Stølselva.",
        "G": "Kommunen skal halvere klimagassutsleppa frå eiga drift innan 2035.",
    }
    themes = [
        ("Tema 1", "Eit levande sentrum",
         "Sentrum har mista fleire butikkar dei siste åra, og Kyrkjetorget er i dag mest ein "
         "parkeringsplass. Mange køyrer til kjøpesenteret i nabokommunen.",
         ["A", "B", "C"],
         ["samle nye bustader og publikumsretta verksemder i sentrum",
          "prioritere gåande og syklande i sentrumsgatene"],
         "Del av innbyggjarane som handlar i sentrum kvar veke"),
        ("Tema 2", "Oppvekst og levekår",
         "Fritidstilboda er dei fleste stader knytte til idrettslaga. Fleire familiar har "
         "dårleg råd.",
         ["D", "E"],
         ["involvere ungdomsrådet i alle prosjekt som gjeld barn og unge",
          "gjere universell utforming til ein del av alle investeringsprosjekt"],
         "Del av ungdommane som er med i organisert eller uorganisert fritidsaktivitet"),
        ("Tema 3", "Natur, klima og beredskap",
         "Stølselva gjekk over breiddene i 2029 og 2031. Kraftigare regnskyll gir meir "
         "overvatn i sentrum.",
         ["F", "G"],
         ["handtere overvatn lokalt og opent",
          "leggje klimabudsjettet fram saman med økonomiplanen"],
         "Klimagassutslepp frå kommunal drift (tonn CO₂-ekvivalentar)"),
    ]

    def row(side, body, cls=""):
        return (f"<div class='row {cls}'><div class='side'>{e(side)}</div>"
                f"<div class='main'>{body}</div></div>")

    secs = []
    for no, name, bg, ids, strat, ind in themes:
        secs.append(f"<h2><span>{e(no)}</span> {e(name)}</h2>")
        secs.append(row("Utfordringar", f"<p>{e(bg)}</p>"))
        for i in ids:
            secs.append(row(f"Samfunnsmål {i}", f"<p class='goal'>{e(g[i])}</p>", "g"))
        secs.append(row("Strategiar", "<p>Vi vil</p><ul>"
                        + "".join(f"<li>{e(x)}</li>" for x in strat) + "</ul>"))
        secs.append(row("Indikator", f"<p>{e(ind)}</p>"))
    body = [
        "<div class='top'>BREKKESTØL KOMMUNE</div>",
        "<h1>Kommuneplanens samfunnsdel 2032–2044</h1>",
        "<p class='meta'>Vedteken av kommunestyret 18. juni 2032, sak 41/32</p>",
        row("Visjon", "<p class='vis'>«Brekkestøl – ein god stad å vekse opp og bli gammal»"
            "</p>"),
        row("Om planen", "<p>Samfunnsdelen seier kva kommunen vil oppnå dei neste tolv åra. "
            "Måla i venstre kolonne er merkte A–G. Dei blir følgde opp i handlingsdelen, i "
            "temaplanar og i dei prosjekta kommunen set i gang.</p>"),
        *secs,
    ]
    css = (
        "@page{size:A4;margin:16mm 16mm 16mm 16mm;"
        "@bottom-left{content:'Kommuneplanens samfunnsdel 2032–2044';"
        "font:7.5pt 'Liberation Serif';color:#666}"
        "@bottom-right{content:counter(page);font:7.5pt 'Liberation Serif';color:#666}}"
        "body{font:10pt/1.42 'Liberation Serif';color:#1f1f1f}"
        ".top{font:bold 7.5pt 'Liberation Sans';letter-spacing:.14em;color:#3D6B4F}"
        "h1{font:bold 20pt 'Liberation Sans';margin:4pt 0 2pt}"
        ".meta{font:italic 9pt 'Liberation Serif';color:#555;margin:0 0 10pt}"
        "h2{font:bold 13pt 'Liberation Sans';color:#3D6B4F;border-bottom:1pt solid #3D6B4F;"
        "margin:12pt 0 4pt;padding-bottom:2pt;break-after:avoid}"
        "h2 span{font-weight:normal;color:#777}"
        ".row{display:grid;grid-template-columns:34mm 1fr;column-gap:6mm;"
        "border-top:.5pt solid #d6d6d6;padding:3pt 0;break-inside:avoid}"
        ".side{font:bold 8pt 'Liberation Sans';color:#3D6B4F;text-transform:uppercase;"
        "letter-spacing:.04em;padding-top:2pt}"
        ".row.g .main{background:#EAF1EC}.row.g .main p{padding:2pt 5pt}"
        "p{margin:0 0 3pt}.goal{font-weight:bold}"
        ".vis{font-style:italic;font-size:12pt;color:#3D6B4F}"
        "ul{margin:0 0 2pt;padding-left:14pt}"
    )
    _html("nn", "Kommuneplanens samfunnsdel 2032–2044 – Brekkestøl kommune", css, body,
          d / "parent.pdf")

    c = {
        "E1": "Kyrkjetorget skal bli ein levande møtestad der folk i alle aldrar stoppar opp og "
              "er saman.",
        "E2": "Det skal vere tryggare å gå og sykle mellom skulen og sentrum.",
        "R1": "Kyrkjetorget er opparbeidd med benker, leikeapparat, ein liten scene og tre "
              "innan 1. oktober 2034.",
        "R2": "Skuleløypa har fortau og belyst sykkelveg frå skulen til torget innan 1. "
              "oktober 2034.",
        "R3": "Alle nye uteområde i prosjektet er universelt utforma.",
        "R4": "Overvatnet frå torget og Skuleløypa blir handtert lokalt i regnbed og "
              "fordrøyingsmagasin.",
        "R5": "Prosjektet blir gjennomført innanfor ei kostnadsramme på 23,3 millionar "
              "kroner.",
    }
    b = {
        "uu": "Universell utforming: ledelinjer, ramper og benker med armlene",
        "regn": "Regnbed og fordrøyingsmagasin",
    }
    child = [
        ("title", "Prosjektplan: Torgløftet"),
        ("sub", "Opprusting av Kyrkjetorget og Skuleløypa · Brekkestøl kommune · versjon 1.2, "
         "godkjend av styringsgruppa 14. mars 2033"),
        ("h1", "1 Bakgrunn"),
        ("p", "Kyrkjetorget er i dag ein asfaltert parkeringsplass, og Skuleløypa manglar "
         "fortau på den siste strekninga fram til torget. Kommunestyret sette av midlar til "
         "prosjektet i økonomiplanen 2033–2036."),
        ("h1", "2 Forankring"),
        ("p", "Prosjektet byggjer på kommuneplanens samfunnsdel 2032–2044, tema 1 Eit levande "
         "sentrum og tema 2 Oppvekst og levekår, og på områdereguleringa for sentrum. "
         "Samfunnsdelen har også eit mål om at kommunen skal halvere klimagassutsleppa frå "
         "eiga drift innan 2035."),
        ("h1", "3 Mål"),
        ("lab", "Effektmål"),
        ("hang", [("E1", c["E1"]), ("E2", c["E2"])]),
        ("lab", "Resultatmål"),
        ("hang", [(k, c[k]) for k in ("R1", "R2", "R3", "R4", "R5")]),
        ("h1", "4 Omfang og avgrensing"),
        ("p", "Prosjektet omfattar Kyrkjetorget, Skuleløypa frå skulen til torget og den "
         "nedre delen av Stølsgata. Prosjektet omfattar ikkje næringsutvikling, bustadbygging "
         "eller drift av nye tilbod på torget; det blir følgt opp i næringsplanen og av "
         "Brekkestøl næringsforum."),
        ("h1", "5 Organisering"),
        ("table", ["Rolle", "Kven"], [
            ("Prosjekteigar", "Kommunedirektøren"),
            ("Prosjektansvarleg", "Kommunalsjef for samfunnsutvikling"),
            ("Prosjektleiar", "Eirik Solhaug, eigedom og prosjekt"),
            ("Styringsgruppe", "Kommunalsjef for samfunnsutvikling, leiar for teknisk drift, "
             "leiar for Brekkestøl næringsforum"),
            ("Referansegruppe", "Ungdomsrådet, eldrerådet og rådet for personar med "
             "funksjonsnedsetjing"),
        ], [40, 125]),
        ("h1", "6 Milepælar"),
        ("table", ["Nr.", "Milepæl", "Dato"], [
            ("M1", "Skisseprosjekt med medverknad frå skulen og ungdomsrådet ferdig",
             "1.5.2033"),
            ("M2", "Detaljprosjekt og konkurranse ferdig", "1.11.2033"),
            ("M3", "Byggjestart Skuleløypa", "1.3.2034"),
            ("M4", "Kyrkjetorget og Skuleløypa ferdige", "1.10.2034"),
            ("M5", "Sluttrapport til kommunestyret", "1.12.2034"),
        ], [14, 121, 30]),
        ("h1", "7 Budsjett"),
        ("table", ["Post", "Kostnad (1000 kr)"], [
            ("Prosjektering og medverknad", "1 800"),
            ("Skuleløypa med fortau og sykkelveg", "7 400"),
            ("Kyrkjetorget med benker, leikeapparat, scene og tre", "9 600"),
            (b["regn"], "2 100"),
            (b["uu"], "850"),
            ("Uføresett", "1 500"),
            ("Sum", "23 250"),
        ], [120, 45]),
        ("p", "Finansiering: kommunale investeringsmidlar 19 250, spelemidlar til "
         "nærmiljøanlegg 2 000 og tilskot til trafikktryggingstiltak 2 000."),
        ("h1", "8 Risiko"),
        ("table", ["Risiko", "Sannsyn", "Konsekvens", "Tiltak"], [
            ("Anboda blir dyrare enn kalkylen", "Middels", "Høg",
             "Opsjonar i konkurransen som kan takast ut"),
            ("Flaum i Stølselva i anleggsperioden", "Låg", "Høg",
             "Anleggsplan med beredskap ved flaumvarsel"),
            ("Butikkane i Stølsgata mistar kundar medan arbeidet pågår", "Middels", "Middels",
             "Skilting og tilkomst til alle butikkane heile tida"),
        ], [52, 22, 24, 67]),
    ]
    _odt(child, d / "child.pdf", title="Prosjektplan Torgløftet – Brekkestøl kommune",
         header="Brekkestøl kommune · Prosjektplan Torgløftet",
         footer="Prosjektplan Torgløftet, versjon 1.2", font="Liberation Sans", size=10,
         color="#3D6B4F", tint="#EAF1EC", lang="nn", country="NO")

    goals_ = [
        G("A", g["A"], "followed_up", [c["E1"], c["R1"]], ev="Kyrkjetorget skal bli ein",
          note="the goals are the shaded cells beside the side headings 'Samfunnsmål A' … "
          "'Samfunnsmål G' (id = the letter); the side headings 'Visjon', 'Om planen', "
          "'Utfordringar', 'Strategiar' ('Vi vil' + bullets) and 'Indikator' are no goals. "
          "A meeting place for all ages: the square as a living meeting place 'for folk i "
          "alle aldrar', benches, play equipment, stage"),
        G("B", g["B"], "not_followed_up",
          note="trap (left to another plan): '4 Omfang og avgrensing' — 'Prosjektet omfattar "
          "ikkje næringsutvikling, bustadbygging eller drift av nye tilbod på torget; det "
          "blir følgt opp i næringsplanen …'; the risk row on the shops in Stølsgata is a "
          "construction-period risk, no measure for trade"),
        G("C", g["C"], "partial", [c["E2"], c["R2"]], ev="Det skal vere tryggare",
          missing=["trygg ferdsel frå bustadfelta (prosjektet gjeld berre Skuleløypa frå "
                   "skulen til torget)"],
          note="walking and cycling between the school and the centre; nothing for the "
          "housing areas"),
        G("D", g["D"], "partial", [c["R1"]], ev="Kyrkjetorget er opparbeidd med benker",
          missing=["fritidstilbod som ikkje kostar mykje (drift av nye tilbod er halde "
                   "utanfor prosjektet)"],
          note="a meeting place (play equipment, a small stage; the youth council in the "
          "reference group); the leisure offer is excluded in '4 Omfang og avgrensing'"),
        G("E", g["E"], "followed_up", [c["R3"], b["uu"]], ev="Alle nye uteområde i prosjektet",
          note="universal design of all new outdoor areas, with a budget line (guide lines, "
          "ramps, benches with armrests); 'plass til alle' in other words"),
        G("F", g["F"], "partial", [c["R4"], b["regn"]], ev="Overvatnet frå torget",
          missing=["flaum i Stølselva"],
          note="surface water handled locally (rain beds, detention); trap (shared words): "
          "the risk row 'Flaum i Stølselva i anleggsperioden' with its 'Tiltak' is a risk of "
          "the construction work, not a measure against floods — not in served_by"),
        G("G", g["G"], "not_followed_up",
          note="trap (named in passing): '2 Forankring' — 'Samfunnsdelen har også eit mål om "
          "at kommunen skal halvere klimagassutsleppa …' — no goal, no milestone, no budget "
          "line"),
    ]
    kids = [
        C(c["E1"], ["A"], note="the child goals are the 'Effektmål' E1–E2 and the "
          "'Resultatmål' R1–R5 typed with a hanging label under '3 Mål' (without the label); "
          "milestones, budget lines and the risk table's 'Tiltak' are no goals (budget lines "
          "serving a goal are measures)"),
        C(c["E2"], ["C"]),
        C(c["R1"], ["A", "D"]),
        C(c["R2"], ["C"]),
        C(c["R3"], ["E"]),
        C(c["R4"], ["F"]),
        C(c["R5"], [], note="the project's cost frame: no goal of the samfunnsdel — stands "
          "alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Serif 10, Liberation Sans "
        "headings; kommuneplanens samfunnsdel 2032–2044 with SIDE HEADINGS): every block a "
        "two-column row, a narrow left column of small-capital side heads ('Visjon', 'Om "
        "planen', 'Utfordringar', 'Samfunnsmål A' … 'G', 'Strategiar', 'Indikator') beside "
        "the text, the goals bold on a tint; three 'Tema n' headings over a rule; margin "
        "boxes; child PDF (odfpy → LibreOffice, Liberation Sans 10; PROSJEKTPLAN for a "
        "town-square project): numbered sections 'Bakgrunn', 'Forankring' (one parent goal "
        "named), 'Mål' with labels 'Effektmål' / 'Resultatmål' over E1–E2 and R1–R5 + tab in "
        "a hanging indent, 'Omfang og avgrensing', `Rolle | Kven`, `Nr. | Milepæl | Dato`, "
        "`Post | Kostnad (1000 kr)`, `Risiko | Sannsyn | Konsekvens | Tiltak`; header right, "
        "footer centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Ränneby (sv)


@pair
def ranneby_medborgarlofte(d: Path) -> dict:
    g = {
        "1": "Invånarna ska känna sig trygga i Ränneby centrum och vid resecentrum, även på "
             "kvällar och nätter.",
        "2": "Skadegörelsen och klottret i centrala Ränneby ska minska.",
        "3": "Färre unga ska begå brott, och ingen ung ska rekryteras till kriminella "
             "nätverk.",
        "4": "Narkotikaanvändningen bland unga ska minska.",
        "5": "Fler som utsätts för våld i nära relationer ska söka och få stöd.",
        "6": "Trafiken förbi skolor och i bostadsområden ska vara säker, och fortkörningen ska "
             "minska.",
        "7": "Färre äldre ska drabbas av bedrägerier.",
    }
    parent = [
        ("title", "Samverkansöverenskommelse 2033–2036"),
        ("sub", "mellan Polisen, lokalpolisområde Ränneby, och Ränneby kommun"),
        ("h1", "1 Parter och syfte"),
        ("p", "Överenskommelsen ingås mellan Polisen, lokalpolisområde Ränneby, och Ränneby "
         "kommun. Syftet är att minska brottsligheten och öka tryggheten genom att parterna "
         "arbetar mot gemensamma mål och följer upp dem tillsammans."),
        ("h1", "2 Gemensam lägesbild"),
        ("p", "Lägesbilden bygger på polisens statistik, kommunens trygghetsmätning 2032 och "
         "skolornas drogvaneundersökning. Otryggheten är störst kring resecentrum, och "
         "antalet anmälda bedrägerier mot personer över 70 år har fördubblats sedan 2029."),
        ("h1", "3 Prioriterade områden och mål"),
        ("p", "Parterna är överens om fem prioriterade områden. Under varje område står de "
         "mål som parterna ska arbeta mot under perioden."),
        ("h2", "3.1 Trygga offentliga miljöer"),
        ("b", "Mål"),
        ("num", [g["1"], g["2"]]),
        ("h2", "3.2 Barn och unga"),
        ("b", "Mål"),
        ("num", [g["3"], g["4"]]),
        ("h2", "3.3 Våld i nära relationer"),
        ("b", "Mål"),
        ("num", [g["5"]]),
        ("h2", "3.4 Trafiksäkerhet"),
        ("b", "Mål"),
        ("num", [g["6"]]),
        ("h2", "3.5 Brott mot äldre"),
        ("b", "Mål"),
        ("num", [g["7"]]),
        ("h1", "4 Organisation och uppföljning"),
        ("table", ["Forum", "Deltagare", "Möten"], [
            ("Styrgrupp", "Lokalpolisområdeschef, kommundirektör, socialchef, "
             "utbildningschef", "Två gånger per år"),
            ("Arbetsgrupp", "Kommunpolis, kommunens trygghetssamordnare, "
             "fältsekreterare", "Varje månad"),
        ], [30, 100, 40]),
        ("p", "Varje år tar parterna fram ett medborgarlöfte utifrån överenskommelsen och "
         "en medborgardialog. Överenskommelsen följs upp i styrgruppen varje höst."),
        ("h1", "5 Underskrifter"),
        ("table", ["För Polisen", "För Ränneby kommun"], [
            ("Lena Hjort, lokalpolisområdeschef", "Mikael Sandström, kommunstyrelsens "
             "ordförande"),
        ], [85, 85]),
    ]
    _docx(parent, d / "parent.pdf", title="Samverkansöverenskommelse 2033–2036 – Polisen och "
          "Ränneby kommun", author="Ränneby kommun",
          header="Polisen · Ränneby kommun", footer="Samverkansöverenskommelse 2033–2036",
          lang="sv-SE", font="Liberation Sans", size=10.5, color="1B3A6B")

    c = {
        "l1": "Vi ska öka tryggheten vid resecentrum och i centrum på kvällar och helger.",
        "l2": "Vi ska sänka hastigheten förbi Bredsäterskolan och Fältsjö skola.",
        "l3": "Vi ska nå fler unga innan de hamnar i kriminalitet.",
        "l4": "Fler som utsätts för våld hemma ska veta var de kan få hjälp.",
        "l5": "Polisen ska synas mer i Fältsjö och de andra mindre orterna.",
    }
    m = {
        "pol1": "Polisen: synlig polis vid resecentrum fredag och lördag kväll",
        "kom1": "Kommunen: ny belysning och kameror vid resecentrum",
        "natt": "Tillsammans: stöd till nattvandrarna varje fredag",
        "klot": "Kommunen: klotter och skadegörelse i centrum åtgärdas inom ett dygn och "
                "polisanmäls alltid",
        "hast": "Polisen: hastighetskontroller vid skolorna minst två gånger i månaden",
        "disp": "Kommunen: hastighetsdisplayer och upphöjda övergångsställen vid skolorna",
        "sspf": "Tillsammans: SSPF-samverkan mellan skola, socialtjänst, polis och fritid för "
                "unga i riskzonen",
        "somm": "Kommunen: sommarjobb för 60 ungdomar",
        "info": "Kommunen: information om stödlinjen och kvinnojouren på vårdcentralerna och i "
                "kommunens lokaler",
        "mott": "Polisen: mottagning i Fältsjö bibliotek första tisdagen i månaden",
    }
    child = [
        ("kicker", "MEDBORGARLÖFTE 2033 · POLISEN OCH RÄNNEBY KOMMUN"),
        ("title", "Tillsammans för ett tryggare Ränneby"),
        ("sub", "Undertecknat 5 februari 2033 av lokalpolisområdeschefen och "
         "kommunstyrelsens ordförande"),
        ("h1", "Det här har ni berättat för oss"),
        ("p", "I höstas svarade 1 240 invånare på trygghetsmätningen, och vi träffade många av "
         "er på medborgardialoger i Ränneby och Fältsjö. Många känner sig otrygga vid "
         "resecentrum på kvällen, och många föräldrar oroar sig för fortkörning vid "
         "skolorna. Flera har också berättat om bedrägeriförsök mot äldre släktingar."),
        ("p", "Polisen gjorde under 2032 fler narkotikabeslag i centrum än något tidigare år."),
        ("h1", "Våra löften för 2033"),
        ("lab", "Löfte 1"),
        ("h2", c["l1"]),
        ("dash", [m["pol1"], m["kom1"], m["natt"], m["klot"]]),
        ("lab", "Löfte 2"),
        ("h2", c["l2"]),
        ("dash", [m["hast"], m["disp"]]),
        ("lab", "Löfte 3"),
        ("h2", c["l3"]),
        ("dash", [m["sspf"], m["somm"]]),
        ("lab", "Löfte 4"),
        ("h2", c["l4"]),
        ("dash", [m["info"]]),
        ("lab", "Löfte 5"),
        ("h2", c["l5"]),
        ("dash", [m["mott"]]),
        ("facts", "Så följer vi upp", [
            "Vi redovisar hur det har gått på ranneby.se och polisen.se i januari 2034.",
            "Har du frågor? Ring kommunens trygghetssamordnare på 0587-24 10 00 eller polisen "
            "på 114 14."]),
        ("sig", ["Lena Hjort, lokalpolisområdeschef", "Mikael Sandström, kommunstyrelsens "
                 "ordförande"]),
    ]
    _rl_doc(d / "child.pdf", child, fonts=_p43._rl_fonts("LiberationSans"), base=9.5,
            accent="#1B3A6B", tint="#E3E9F3", title="Medborgarlöfte 2033 – Ränneby",
            author="Polisen och Ränneby kommun", header="Medborgarlöfte 2033 · Ränneby",
            footer="Polisen · Ränneby kommun", page_word="Sida")

    goals_ = [
        G("1", g["1"], "followed_up", [c["l1"], m["pol1"], m["kom1"], m["natt"]],
          ev="Vi ska öka tryggheten vid",
          note="the goals are the Word-numbered items 1–7 under the bold 'Mål' of the five "
          "prioritised areas 3.1–3.5 (id = the number, continued across the areas); '2 "
          "Gemensam lägesbild', the organisation table, the yearly medborgarlöfte duty and the "
          "signatures are no goals. Evenings and weekends at the travel centre and in the "
          "centre: visible police, lighting and cameras, night walkers"),
        G("2", g["2"], "followed_up", [m["klot"]], ev="Kommunen: klotter och skadegörelse",
          note="only through an activity under Löfte 1 (graffiti and vandalism in the centre "
          "removed within a day and always reported) — no löfte of its own"),
        G("3", g["3"], "followed_up", [c["l3"], m["sspf"], m["somm"]],
          ev="Vi ska nå fler unga",
          note="reaching young people before they turn to crime (SSPF for those at risk, "
          "summer jobs); recruitment to networks is what SSPF works against"),
        G("4", g["4"], "not_followed_up",
          note="trap (named in passing): 'Polisen gjorde under 2032 fler narkotikabeslag i "
          "centrum än något tidigare år' — a fact in 'Det här har ni berättat för oss'; no "
          "löfte, no activity on drug use among the young"),
        G("5", g["5"], "partial", [c["l4"], m["info"]], ev="Fler som utsätts för våld hemma",
          missing=["att de som söker får stöd (stödet självt)"],
          note="knowing where to get help (information on the helpline and the women's "
          "shelter); nothing on the support given"),
        G("6", g["6"], "partial", [c["l2"], m["hast"], m["disp"]],
          ev="Vi ska sänka hastigheten",
          missing=["säker trafik i bostadsområdena"],
          note="speeding past the two schools (checks, speed displays, raised crossings); "
          "nothing for the residential areas"),
        G("7", g["7"], "not_followed_up",
          note="trap (named in passing): 'Flera har också berättat om bedrägeriförsök mot "
          "äldre släktingar' — what residents said, no löfte, no activity"),
    ]
    kids = [
        C(c["l1"], ["1"], note="the child goals are the five promises in bold under the "
          "labels 'Löfte 1'–'Löfte 5' (without the label); the '–' lines 'Polisen: …' / "
          "'Kommunen: …' / 'Tillsammans: …' are activities (measures); 'Det här har ni "
          "berättat för oss', 'Så följer vi upp' and the signatures are no goals"),
        C(c["l2"], ["6"]),
        C(c["l3"], ["3"]),
        C(c["l4"], ["5"]),
        C(c["l5"], [], note="police presence in Fältsjö and the smaller places: the "
          "överenskommelse's safety goal is for the centre and the travel centre — stands "
          "alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10.5; "
        "SAMVERKANSÖVERENSKOMMELSE between the local police area and the municipality "
        "2033–2036): numbered Heading 1 sections, '3 Prioriterade områden och mål' with "
        "Heading 2 '3.1'–'3.5', a bold 'Mål' over a Word decimal list numbered on 1–7 across "
        "the areas, a `Forum | Deltagare | Möten` table, a signature table; header, footer "
        "with page number; child PDF (reportlab, Liberation Sans 9.5; the yearly "
        "MEDBORGARLÖFTE 2033): kicker, title, 'Det här har ni berättat för oss', per promise a "
        "label 'Löfte n' over the promise as a heading and '–' activity lines led by "
        "'Polisen:' / 'Kommunen:' / 'Tillsammans:', a tinted 'Så följer vi upp' box, "
        "signature lines; header over a rule, 'Sida n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Vibjerg (da)


@pair
def vibjerg_bevillingsbemaerkninger(d: Path) -> dict:
    g = {
        "B1": "Alle børn skal trives og lære mere, uanset hvor i kommunen de bor.",
        "B2": "Flere unge skal gennemføre en ungdomsuddannelse.",
        "L1": "Ældre borgere skal kunne klare sig selv længst muligt.",
        "L2": "Færre borgere skal føle sig ensomme.",
        "G1": "Vibjerg Kommune skal være CO2-neutral som virksomhed i 2035.",
        "S1": "Der skal være gode busforbindelser mellem landsbyerne og Vibjerg by.",
        "S2": "Flere skal vælge at bosætte sig i Vibjerg Kommune.",
    }
    pillars = [
        ("Børn og unge", [g["B1"], g["B2"]], "Alle børn og unge skal have et godt afsæt."),
        ("Et langt og godt liv", [g["L1"], g["L2"]], "Vi bliver flere ældre, og flere lever "
         "alene."),
        ("Grøn omstilling", [g["G1"]], "Kommunen går forrest i sin egen drift."),
        ("Levende byer og landsbyer", [g["S1"], g["S2"]], "Hele kommunen skal være et godt "
         "sted at bo."),
    ]
    _rl_house(d / "parent.pdf", title="Vibjerg Kommunes strategihus 2034–2037",
              sub="Byrådets vision, strategiske spor og mål · vedtaget af byrådet 24. april "
              "2034", roof=["VISION", "Vibjerg – nær naturen, tæt på hinanden"],
              pillars=pillars, foundation="FUNDAMENT  ·  Tillid  ·  Åbenhed  ·  Sammenhæng  ·  "
              "En sund økonomi",
              side=["Sådan bruger vi strategihuset",
                    "Taget er byrådets vision. Søjlerne er de fire strategiske spor, og under "
                    "hvert spor står byrådets mål for valgperioden.",
                    "Fundamentet er de værdier, vi arbejder ud fra.",
                    "Fagudvalgene omsætter målene i budgettet og i deres politikker. "
                    "Direktionen gør status for byrådet hvert forår."],
              fonts=_p43._rl_fonts("LiberationSans"), base=9.5,
              colours=["#C2572B", "#7A4E9C", "#3F8A4F", "#2B6F9E"], dark="#233746",
              meta_title="Vibjerg Kommunes strategihus 2034–2037", author="Vibjerg Kommune",
              footer="Vibjerg Kommune · Strategihus 2034–2037 · vibjerg.dk/strategihus")

    c = {
        "b1": "Elevernes trivsel og faglige resultater skal forbedres på alle skoler, også "
              "landsbyskolerne.",
        "b2": "Forældrene skal opleve en god og tæt dialog med deres barns dagtilbud.",
        "l1": "Flere ældre skal have et rehabiliteringsforløb, før de får hjemmehjælp.",
        "l2": "Ventetiden på en plejebolig skal være under to måneder.",
        "t1": "Energiforbruget i kommunens bygninger skal falde med 10 procent i forhold til "
              "2033.",
        "t2": "Al vejbelysning skal være skiftet til LED inden udgangen af 2036.",
    }
    m = {
        "laes": "Læsevejledere på landsbyskolerne",
        "trivs": "Trivselsmedarbejder på alle skoler",
        "mentor": "Mentorordning for elever i 8.–10. klasse i risiko for ikke at gennemføre "
                  "en ungdomsuddannelse",
        "rehab": "Flere terapeuter i træningsenheden til rehabiliteringsforløb",
        "dag": "Lukning af dagcentret i Hammerslev",
        "energi": "Energirenovering af Kildehøj Skole og rådhuset",
        "led": "Udskiftning af vejbelysning til LED, 2. etape",
        "bus": "Ny buslinje 212 mellem Hammerslev, Kildehøj og Vibjerg by (timedrift på "
               "hverdage)",
    }
    nb_head = ["Nettobudget (1.000 kr.)", "2035", "2036", "2037", "2038"]
    ae_head = ["Ændring (1.000 kr.)", "2035", "2036", "2037", "2038"]
    w5 = [76, 23, 23, 23, 23]
    child = [
        ("title", "Budget 2035–2038"),
        ("sub", "Bevillingsbemærkninger · vedtaget af byrådet 8. oktober 2034"),
        ("h1", "Indledning"),
        ("p", "Bevillingsbemærkningerne beskriver for hvert politikområde, hvad bevillingen "
         "dækker, hvilke mål fagudvalget har sat for 2035, og hvilke ændringer budgetaftalen "
         "har ført med sig. Målene tager afsæt i byrådets strategihus."),
        ("p", "Budgettet bygger på befolkningsprognosen fra marts 2034, hvor indbyggertallet "
         "falder med 0,3 procent om året i budgetperioden."),
        ("h1", "Børne- og Skoleudvalget"),
        ("h2", "Politikområde 3: Dagtilbud og skoler"),
        ("p", "Politikområdet omfatter dagtilbud, folkeskoler, specialundervisning og "
         "skolefritidsordninger."),
        ("lab", "Mål for 2035"),
        ("bul", [c["b1"], c["b2"]]),
        ("table", nb_head, [
            ("Dagtilbud", "212 400", "211 900", "211 500", "211 500"),
            ("Folkeskoler og SFO", "341 900", "343 200", "343 200", "343 200"),
            ("Specialundervisning", "88 100", "88 100", "88 100", "88 100"),
        ], w5),
        ("lab", "Ændringer i forhold til budget 2034"),
        ("table", ae_head, [
            (m["laes"], "1 200", "1 200", "1 200", "1 200"),
            (m["trivs"], "2 400", "2 400", "2 400", "2 400"),
            (m["mentor"], "650", "650", "650", "650"),
        ], w5),
        ("h1", "Social- og Sundhedsudvalget"),
        ("h2", "Politikområde 5: Ældre"),
        ("p", "Politikområdet omfatter hjemmepleje, træning, plejeboliger og dagcentre. Mange "
         "ældre fortæller i brugerundersøgelsen, at de føler sig ensomme."),
        ("lab", "Mål for 2035"),
        ("bul", [c["l1"], c["l2"]]),
        ("table", nb_head, [
            ("Hjemmepleje og træning", "164 300", "166 800", "169 200", "171 500"),
            ("Plejeboliger", "205 700", "207 100", "209 900", "212 400"),
        ], w5),
        ("lab", "Ændringer i forhold til budget 2034"),
        ("table", ae_head, [
            (m["rehab"], "1 800", "1 800", "1 800", "1 800"),
            (m["dag"], "-900", "-1 200", "-1 200", "-1 200"),
        ], w5),
        ("h1", "Teknik- og Miljøudvalget"),
        ("h2", "Politikområde 8: Veje, trafik og bygninger"),
        ("p", "Politikområdet omfatter veje, kollektiv trafik og drift af kommunens "
         "bygninger."),
        ("lab", "Mål for 2035"),
        ("bul", [c["t1"], c["t2"]]),
        ("table", nb_head, [
            ("Veje og vejbelysning", "58 200", "58 200", "58 200", "58 200"),
            ("Kollektiv trafik", "31 600", "33 400", "33 400", "33 400"),
            ("Kommunale bygninger", "47 900", "47 100", "46 300", "46 300"),
        ], w5),
        ("lab", "Ændringer i forhold til budget 2034"),
        ("table", ae_head, [
            (m["energi"], "4 500", "–", "–", "–"),
            (m["led"], "2 000", "2 000", "–", "–"),
            (m["bus"], "1 800", "1 800", "1 800", "1 800"),
        ], w5),
    ]
    _docx47(child, d / "child.pdf", title="Budget 2035–2038 – Bevillingsbemærkninger",
            author="Vibjerg Kommune", header="Vibjerg Kommune · Budget 2035–2038",
            footer="Bevillingsbemærkninger", page_word="Side", of_word="af", lang="da-DK",
            font="Liberation Serif", size=10.5, color="233746", tint="E4E9ED")

    goals_ = [
        G("B1", g["B1"], "followed_up", [c["b1"], m["laes"], m["trivs"]],
          ev="Elevernes trivsel og faglige resultater",
          note="the goals are the bold '•' lines in the four pillars of the strategy house "
          "(ids: spor initial + order, not printed — B Børn og unge, L Et langt og godt liv, "
          "G Grøn omstilling, S Levende byer og landsbyer); the roof (VISION), the pillars' "
          "italic lead lines, the foundation (values) and 'Sådan bruger vi strategihuset' are "
          "no goals. Well-being and learning, also at the village schools (reading "
          "counsellors there, well-being staff)"),
        G("B2", g["B2"], "followed_up", [m["mentor"]], ev="Mentorordning for elever i",
          note="trap (only a budget line): no 'Mål for 2035' for it; the change 'Mentorordning "
          "for elever i 8.–10. klasse i risiko for ikke at gennemføre en ungdomsuddannelse' "
          "(650) is a measure with that purpose — content decides"),
        G("L1", g["L1"], "followed_up", [c["l1"], m["rehab"]],
          ev="Flere ældre skal have et",
          note="managing on one's own as long as possible: rehabilitation before home help, "
          "more therapists"),
        G("L2", g["L2"], "not_followed_up",
          note="trap (named in passing, and a cut): 'Mange ældre fortæller i "
          "brugerundersøgelsen, at de føler sig ensomme' — a fact; the only change near it "
          "closes the day centre in Hammerslev"),
        G("G1", g["G1"], "partial", [c["t1"], c["t2"], m["energi"], m["led"]],
          ev="Energiforbruget i kommunens bygninger",
          missing=["CO2-neutral drift som helhed i 2035 (kørsel, indkøb; målene gælder kun "
                   "energi i bygninger og vejbelysning)"],
          note="energy in buildings (-10 %) and LED street lighting; no target of neutrality "
          "in 2035, nothing for vehicles"),
        G("S1", g["S1"], "partial", [m["bus"]], ev="Ny buslinje 212 mellem",
          missing=["busforbindelser fra de øvrige landsbyer (kun Hammerslev og Kildehøj, "
                   "kun hverdage)"],
          note="only a budget line (the new bus route), no goal; two villages, weekdays"),
        G("S2", g["S2"], "not_followed_up",
          note="trap (named in passing): 'Budgettet bygger på befolkningsprognosen …, hvor "
          "indbyggertallet falder med 0,3 procent om året' — a forecast, no goal, no measure "
          "for settlement"),
    ]
    kids = [
        C(c["b1"], ["B1"], note="the child goals are the Word '•' lines under 'Mål for 2035' "
          "of each politikområde; the 'Nettobudget' rows are no measures, the 'Ændringer' "
          "rows are measures (listed in served_by where they serve a goal)"),
        C(c["b2"], [], note="parents' dialogue with the day-care: no goal of the strategy "
          "house — stands alone"),
        C(c["l1"], ["L1"]),
        C(c["l2"], [], note="waiting time for a nursing home: not 'klare sig selv', not "
          "loneliness — stands alone"),
        C(c["t1"], ["G1"]),
        C(c["t2"], ["G1"]),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab canvas, Liberation Sans 9.5, A4 landscape, 1 p.; the "
        "municipality's STRATEGIHUS): title and adoption line, a dark roof triangle with "
        "'VISION' and the vision line, four pillars side by side (a coloured cap with the "
        "spor name, an italic lead line, bold '•' goals on grey), a dark foundation bar with "
        "the values, a side column 'Sådan bruger vi strategihuset'; footer line; child PDF "
        "(python-docx → LibreOffice, Liberation Serif 10.5; BUDGET 2035–2038 "
        "BEVILLINGSBEMÆRKNINGER): Heading 1 per udvalg, Heading 2 'Politikområde n: …', a "
        "description, 'Mål for 2035' Word bullets, `Nettobudget (1.000 kr.) | 2035 … 2038` "
        "and `Ændring (1.000 kr.) | 2035 … 2038` tables; header right over a rule, 'Side n "
        "af N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Thistlebury (en)


@pair
def thistlebury_cabinet_report(d: Path) -> dict:
    g = {
        "a": "make the council's own operations net zero by 2035",
        "b": "work with residents, businesses and partners to make the district net zero by "
             "2045",
        "c": "put nature into recovery by protecting and restoring at least 30 per cent of the "
             "district's land for nature by 2035",
        "d": "help households, especially those on low incomes, to make their homes warmer "
             "and cheaper to heat",
        "e": "make it easier for people to walk, cycle and use buses for everyday journeys",
        "f": "reduce the risk of flooding to homes in Nettlecombe and other communities at "
             "risk",
        "g": "ensure that the voices of young people are heard in the council's climate "
             "decisions",
    }
    keys = "abcdefg"
    parent = [
        ("title", "Minutes of the meeting of Full Council"),
        ("sub", "Thistlebury District Council · Tuesday 14 November 2034 at 7.00 pm · Council "
         "Chamber, Marrowdean"),
        ("p", "Present: the Chair (Councillor Joan Whitcombe) and 39 members."),
        ("h1", "57. Declarations of interest"),
        ("p", "None."),
        ("h1", "58. Notice of motion: Climate and Nature Emergency"),
        ("p", "The following motion was moved by Councillor Ruth Abara and seconded by "
         "Councillor Tom Lyle under Council Procedure Rule 14."),
        ("lab", "Council notes:"),
        ("inline", ["that the district's carbon emissions have fallen by only 18 per cent "
                    "since 2018;",
                    "that a third of the district's hedgerows have been lost since 1950;",
                    "the floods in Nettlecombe in 2032 and 2033."]),
        ("lab", "Council believes:"),
        ("inline", ["that the council must lead by example;",
                    "that action on climate change and nature can create local jobs and "
                    "lower bills."]),
        ("lab", "Council therefore resolves to:"),
        ("hang", [(f"({k})", g[k] + (";" if k != "g" else ".")) for k in keys]),
        ("p", "Council further asks the Chief Executive to bring a Climate and Nature Action "
         "Plan to Cabinet within six months."),
        ("p", "An amendment moved by Councillor Gary Pike and seconded by Councillor Anne "
         "Rowe, to delete resolution (c), was put to the vote and was LOST."),
        ("p", "The motion was then put to the vote and was CARRIED (for 27, against 9, "
         "abstentions 3)."),
        ("box", "RESOLVED", ["That the motion be adopted."]),
        ("h1", "59. Questions from members of the public"),
        ("p", "No questions had been received."),
        ("p", "The meeting closed at 9.12 pm."),
    ]
    _odt(parent, d / "parent.pdf", title="Full Council minutes, 14 November 2034 – "
         "Thistlebury District Council", header="Thistlebury District Council · Full "
         "Council · 14 November 2034", footer="Minutes", font="Liberation Serif", size=11,
         color="#4B2E5C", tint="#EEE8F2", lang="en", country="GB")

    c = {
        "T1": "The council's own emissions will fall by 75 per cent from 2019 levels by 2030 "
              "and reach net zero by 2035.",
        "T2": "Every council-owned home will reach EPC band C by 2032, and 500 private homes "
              "of households on low incomes will be insulated.",
        "T3": "The council will publish its carbon emissions in an annual climate report.",
        "T4": "We will create 40 hectares of new woodland and wildflower meadow on council "
              "land by 2038.",
        "T5": "Every school in the district will have a safe walking and cycling route by "
              "2038.",
    }
    m = {
        "a1": "Replace the council's 46 vans with electric vans",
        "a2": "Install heat pumps and solar panels at the leisure centres and the council "
              "offices",
        "a3": "Retrofit 600 council homes with insulation and new windows",
        "a4": "Warm Homes Thistlebury: free insulation for private households on low incomes",
        "a5": "Publish an annual climate report to Council",
        "a6": "Plant 25 hectares of woodland at Kelmscote Farm",
        "a7": "Create 15 hectares of wildflower meadow on verges and in parks",
        "a8": "Safe routes to school audits and new crossings at 12 schools",
        "fin": "£150,000 towards the Nettlecombe flood alleviation scheme",
        "yth": "members of the youth climate assembly will meet the Portfolio Holder twice a "
               "year",
    }
    acts = [
        ("A1", m["a1"], "T1", "Fleet Manager", "March 2033"),
        ("A2", m["a2"], "T1", "Head of Property", "2036"),
        ("A3", m["a3"], "T2", "Head of Housing", "2032"),
        ("A4", m["a4"], "T2", "Head of Housing", "2035–2038"),
        ("A5", m["a5"], "T3", "Climate Officer", "Every November"),
        ("A6", m["a6"], "T4", "Countryside Manager", "2037"),
        ("A7", m["a7"], "T4", "Parks Manager", "2036"),
        ("A8", m["a8"], "T5", "Transport Policy Lead", "2038"),
    ]
    trs = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in acts)
    meta = [("Report to", "Cabinet"), ("Date", "15 May 2035"),
            ("Report of", "Director of Place"),
            ("Portfolio", "Climate and Environment (Councillor Ruth Abara)"),
            ("Key decision", "Yes"), ("Wards affected", "All"),
            ("Exempt", "No")]
    body = [
        "<div class='top'><span>THISTLEBURY DISTRICT COUNCIL</span><span>Agenda item 7"
        "</span></div>",
        "<table class='meta'>" + "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>"
                                         for a, b in meta) + "</table>",
        "<h1>Climate and Nature Action Plan 2035–2038</h1>",
        "<h2>1. Purpose of the report</h2>",
        "<p>1.1 To approve the Climate and Nature Action Plan 2035–2038 at Appendix A, which "
        "responds to the motion carried by Full Council on 14 November 2034 (Minute 58).</p>",
        "<h2>2. Recommendations</h2>",
        "<p>That Cabinet:</p>",
        "<p class='rec'>2.1 approves the Climate and Nature Action Plan 2035–2038 at Appendix "
        "A;</p><p class='rec'>2.2 agrees the targets in paragraph 4.2;</p><p class='rec'>2.3 "
        "recommends to Council the capital budget set out in section 5.</p>",
        "<h2>3. Reasons for the recommendations</h2>",
        "<p>3.1 Council asked for an action plan within six months. The plan sets out what "
        "the council will do with its own estate, homes and land in the next four years.</p>",
        "<h2>4. The action plan</h2>",
        "<p>4.1 The plan was drafted with services across the council and tested with the "
        "youth climate assembly in February 2035. The district-wide target of net zero by "
        "2045 is a matter for the Thistlebury Climate Partnership, which will publish its own "
        "plan in 2036.</p>",
        "<p>4.2 The plan sets five targets:</p>",
        "<ol class='t'>" + "".join(f"<li>{e(c[k])}</li>" for k in ("T1", "T2", "T3", "T4",
                                                                   "T5")) + "</ol>",
        "<h2>5. Financial implications</h2>",
        "<p>5.1 The capital programme 2035/36 includes £1.4m for the plan: £900,000 for "
        "retrofitting council homes, £350,000 for woodland and meadows, and "
        f"{e(m['fin'])} led by the Environment Agency. Revenue costs are met from existing "
        "budgets.</p>",
        "<h2>6. Legal implications</h2>",
        "<p>6.1 There are no legal implications arising directly from this report.</p>",
        "<h2>7. Equalities implications</h2>",
        "<p>7.1 An equality impact assessment is at Appendix B. Young people were involved "
        f"through the youth climate assembly, and {e(m['yth'])}.</p>",
        "<h2>8. Background papers</h2>",
        "<p>Minutes of Full Council, 14 November 2034, Minute 58.</p>",
        "<h2 class='app'>Appendix A: Climate and Nature Action Plan 2035–2038</h2>",
        "<table class='acts'><thead><tr><th style='width:6%'>Ref</th><th>Action</th>"
        "<th style='width:9%'>Target</th><th style='width:20%'>Lead</th>"
        "<th style='width:15%'>By</th></tr></thead>"
        f"<tbody>{trs}</tbody></table>",
    ]
    css = (
        "@page{size:A4;margin:16mm 18mm 18mm 18mm;"
        "@bottom-center{content:'Cabinet, 15 May 2035 · Item 7 · page ' counter(page);"
        "font:7.5pt 'Liberation Sans';color:#555}}"
        "body{font:10.5pt/1.45 'Liberation Sans';color:#1a1a1a}"
        ".top{display:flex;justify-content:space-between;font:bold 8pt 'Liberation Sans';"
        "letter-spacing:.1em;color:#4B2E5C;border-bottom:2pt solid #4B2E5C;"
        "padding-bottom:3pt;margin-bottom:8pt}"
        "table.meta{width:70%;font-size:9.5pt;margin-bottom:6pt}"
        ".meta th{text-align:left;width:32%;background:#EEE8F2;padding:2pt 5pt;"
        "border:.5pt solid #c9bfd0}.meta td{padding:2pt 5pt;border:.5pt solid #c9bfd0}"
        "h1{font-size:17pt;margin:10pt 0 6pt}"
        "h2{font-size:11.5pt;color:#4B2E5C;margin:10pt 0 3pt;break-after:avoid}"
        "p{margin:0 0 5pt}.rec{margin-left:14pt}"
        "ol.t{margin:0 0 6pt;padding-left:22pt}ol.t li{font-weight:bold;margin-bottom:3pt}"
        ".app{break-before:page}"
        ".acts{font-size:9pt}.acts th{background:#4B2E5C;color:#fff;text-align:left;"
        "padding:3pt}.acts td{border-bottom:.5pt solid #bbb;padding:3pt;vertical-align:top}"
    )
    _html("en-GB", "Cabinet 15 May 2035 – Climate and Nature Action Plan 2035–2038", css,
          body, d / "child.pdf")

    goals_ = [
        G("a", g["a"], "followed_up", [c["T1"], m["a1"], m["a2"]],
          ev="The council's own emissions will",
          note="the goals are the resolutions (a)–(g) under 'Council therefore resolves to:' "
          "in Minute 58 (id = the letter; the closing ';' not part of the text); 'Council "
          "notes:' (facts) and 'Council believes:' (beliefs), the request for an action "
          "plan, the LOST amendment, the RESOLVED box and the other minutes are no goals. Own "
          "operations net zero by 2035: the same target, electric vans, heat pumps and solar"),
        G("b", g["b"], "not_followed_up",
          note="trap (left to another body): 4.1 'The district-wide target of net zero by "
          "2045 is a matter for the Thistlebury Climate Partnership, which will publish its "
          "own plan in 2036' — no target, no action"),
        G("c", g["c"], "partial", [c["T4"], m["a6"], m["a7"]], ev="We will create 40 hectares",
          missing=["at least 30 per cent of the district's land protected and restored by "
                   "2035 (the plan has 40 hectares of council land)"],
          note="new woodland and meadow on council land; nothing for the district's land as "
          "a whole, no protection. The amendment to delete (c) was LOST, so (c) stands"),
        G("d", g["d"], "followed_up", [c["T2"], m["a3"], m["a4"]],
          ev="Every council-owned home will reach",
          note="council homes to EPC C and insulation for private households on low incomes "
          "(warmer, cheaper to heat in other words)"),
        G("e", g["e"], "partial", [c["T5"], m["a8"]], ev="Every school in the district",
          missing=["buses", "everyday journeys other than to school"],
          note="walking and cycling to school only"),
        G("f", g["f"], "partial", [m["fin"]], ev="£150,000 towards the Nettlecombe",
          missing=["other communities at risk"],
          note="trap (only in the financial implications): a contribution of £150,000 to the "
          "Environment Agency's Nettlecombe scheme in 5.1 — no target, no action in Appendix "
          "A; Nettlecombe only"),
        G("g", g["g"], "followed_up", [m["yth"]], ev="members of the youth climate assembly",
          note="trap (only in the equalities implications): 7.1 '… members of the youth "
          "climate assembly will meet the Portfolio Holder twice a year' — a standing "
          "arrangement that hears young people on the plan's decisions"),
    ]
    kids = [
        C(c["T1"], ["a"], note="the child goals are the five bold targets of the ordered "
          "list after '4.2 The plan sets five targets:'; the recommendations 2.1–2.3 are "
          "decisions, no goals; the Appendix A actions, the budget line in 5.1 and the "
          "arrangement in 7.1 are measures; the meta table, reasons and background papers "
          "are no goals"),
        C(c["T2"], ["d"]),
        C(c["T3"], [], note="an annual climate report: no resolution asks for one — stands "
          "alone"),
        C(c["T4"], ["c"]),
        C(c["T5"], ["e"]),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Serif 11; FULL COUNCIL MINUTES "
        "of a district council): title, meeting line, numbered minutes '57.'–'59.', Minute 58 "
        "a NOTICE OF MOTION: bold labels 'Council notes:' / 'Council believes:' over '•' + "
        "tab lines, 'Council therefore resolves to:' over '(a)'–'(g)' + tab in a hanging "
        "indent (lower-case infinitive phrases ending ';'), a request, an amendment LOST, "
        "the vote, a shaded 'RESOLVED' box; header right, footer centred; child PDF (HTML → "
        "Chromium, Liberation Sans 10.5; CABINET REPORT, key decision): top line, a `Report "
        "to | Cabinet …` meta table, numbered sections 'Purpose', 'Recommendations' (2.1–2.3), "
        "'Reasons', 'The action plan' with five bold targets in an ordered list, "
        "'Financial / Legal / Equalities implications', 'Background papers', Appendix A on "
        "a new page `Ref | Action | Target | Lead | By`; footer centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
