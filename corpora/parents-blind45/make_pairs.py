"""Build the forty-fifth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-08 by `bpar45` without reading plancheck's code, tests, rules, docs or bench
and without running it. Five pairs on forms made for this batch (see README.md for the forms and
the gold conventions):

- Tindfjell (nb): kommuneplanens samfunnsdel whose goals stand in a MATRIX — focus areas (rows)
  × perspectives 'Innbyggerne', 'Lokalsamfunnet', 'Organisasjonen' (columns), cells coded 'A1'
  … 'C2' (Chromium, A4 landscape) → handlingsdel whose measures table has a column 'Bidrar til
  mål' holding codes ('B2, C2') (python-docx).
- Gjuvbrekka (nn): samfunnsdel with 'Mål' bullets per chapter (reportlab) → an ØKONOMIPLAN:
  budget tables per sektor and short commentaries that follow goals by wording only, some goals
  met by a money line alone, one cut ('Redusert opningstid på biblioteket') whose words match a
  goal (odfpy).
- Cradlewick (en): Corporate Plan, 'Ambitions' each with 'We will' commitments (odfpy) →
  Leisure, Parks and Culture Service Plan with a RAG table 'Commitment | Status | Update' naming
  ambitions by their short names (Chromium).
- Ljungvreta (sv): översiktsplan, 'Strategier' each with 'Ställningstaganden' (python-docx) →
  grönplan citing '(ÖP strategi n)' at the end of paragraphs and in a footer line per page; one
  citation points to a strategy its paragraph does not follow up (reportlab).
- Rørvænge (da): planstrategi, themes with 'Vi vil …' statements, one list running over a page
  break (Chromium) → klimahandleplan closing with a table 'Sammenhæng med planstrategien' that
  claims every theme, some without any measure (python-docx).

    python corpora/parents-blind45/make_pairs.py                  # all pairs
    python corpora/parents-blind45/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind45/make_pairs.py --twice          # build twice, compare sha256

Writers reused: batch 44's `_docx` (python-docx → LibreOffice), `_odt` (odfpy → LibreOffice)
and `_rl` (reportlab), batch 43's `_html` (HTML → Chromium) through batch 44's builder; this
batch's own is `_rl_footed` (reportlab with a footer line per page). The gold writer and checks
(`G`, `C`, batch 14's `main`, batch 20's `verify`) come through batch 31's builder (via 44) and
`pairkit.parents_main`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p44 = pk.load_module("parents_blind44_make_pairs", HERE.parent / "parents-blind44" / "make_pairs.py")
_p20, _p14 = _p44._p20, _p44._p14
G, C = _p44.G, _p44.C
_docx, _odt, _rl, _rl_fonts = _p44._docx, _p44._odt, _p44._rl, _p44._rl_fonts
_html, _ul, e = _p44._html, _p44._ul, _p44.e

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind45/make_pairs.py"


# =========================================================================== writer


def _rl_footed(pdf: Path, pages, *, family: str, base: float, accent: str, title: str,
               author: str, header: str, footers: list[str]) -> Path:
    """reportlab (invariant), A4 portrait, one list of blocks per PAGE (a page break after
    each); furniture: HEADER top left over a thin accent rule, and at the foot a small line
    FOOTERS[n-1] (a per-page text, e.g. the strategies the page cites) left and 'Sida n' right.
    Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"lab", text); ("num", [..]) numbered paragraphs
    '1.' …; ("dash", [..]) '–' bullets. Fails if a page overflows (the footers would then be
    on the wrong pages)."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    f = _rl_fonts(family)
    acc = colors.HexColor(accent)
    dark = colors.HexColor("#202020")
    ps = {
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=base + 10, leading=base + 14,
                                textColor=acc, spaceAfter=3),
        "sub": ParagraphStyle("s", fontName=f["italic"], fontSize=base, leading=base + 4,
                              textColor=colors.HexColor("#505050"), spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=base + 4, leading=base + 8,
                             textColor=acc, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=f["bold"], fontSize=base + 1.5, leading=base + 5,
                             textColor=dark, spaceBefore=7, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=f["normal"], fontSize=base, leading=base * 1.42,
                            spaceAfter=4, textColor=dark),
        "lab": ParagraphStyle("lb", fontName=f["bold"], fontSize=base - 0.5, leading=base + 3,
                              spaceBefore=2, spaceAfter=1, textColor=acc),
        "li": ParagraphStyle("li", fontName=f["normal"], fontSize=base, leading=base * 1.38,
                             leftIndent=6 * mm, bulletIndent=1 * mm, spaceAfter=2.5,
                             textColor=dark),
    }
    story = []
    for i, blocks in enumerate(pages):
        for b in blocks:
            k = b[0]
            if k in ps and k != "li":
                story.append(Paragraph(e(b[1]), ps[k]))
            elif k == "num":
                story += [Paragraph(e(x), ps["li"], bulletText=f"{j}.")
                          for j, x in enumerate(b[1], 1)]
                story.append(Spacer(1, 3))
            elif k == "dash":
                story += [Paragraph(e(x), ps["li"], bulletText="–") for x in b[1]]
                story.append(Spacer(1, 2))
            else:
                raise ValueError(k)
        if i < len(pages) - 1:
            story.append(PageBreak())
    w, h = A4
    seen = []

    def furniture(canvas, doc):
        seen.append(doc.page)
        canvas.saveState()
        canvas.setFont(f["normal"], 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(22 * mm, h - 12 * mm, header)
        canvas.setStrokeColor(acc)
        canvas.setLineWidth(0.8)
        canvas.line(22 * mm, h - 13.5 * mm, w - 22 * mm, h - 13.5 * mm)
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.line(22 * mm, 15 * mm, w - 22 * mm, 15 * mm)
        canvas.setFont(f["italic"], 7.5)
        canvas.setFillColor(dark)
        canvas.drawString(22 * mm, 10.5 * mm, footers[doc.page - 1])
        canvas.setFont(f["normal"], 7.5)
        canvas.drawRightString(w - 22 * mm, 10.5 * mm, f"Sida {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=A4, title=title, author=author, creator=author,
        leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    if len(seen) != len(pages):
        raise SystemExit(f"{pdf}: {len(seen)} pages printed, {len(pages)} planned")
    return pdf


# =========================================================================== 1 Tindfjell (nb)


@pair
def tindfjell_handlingsdel(d: Path) -> dict:
    g = {
        "A1": "Alle skal kunne finne en god bolig i bygdene og ha kort vei til "
              "hverdagstjenestene.",
        "A2": "Reiselivet skal skape flere helårsarbeidsplasser i Tindfjell.",
        "A3": "Fjellet, beiteområdene og villreinens leveområder skal forvaltes slik at de tas "
              "vare på for framtiden.",
        "B1": "Alle barn og unge skal oppleve mestring og trivsel i barnehage og skole.",
        "B2": "Barn og unge skal ha et variert fritidstilbud i lag og foreninger nær der de bor.",
        "B3": "Kommunen skal ha nok kvalifiserte lærere og barnehagelærere.",
        "C1": "Eldre skal kunne bo hjemme lenger, og pårørende skal få avlastning når de "
              "trenger det.",
        "C2": "Ingen skal være ufrivillig ensomme, og det skal finnes møteplasser på tvers av "
              "generasjonene.",
    }
    areas = [("A", "Levende bygder"), ("B", "Oppvekst og læring"), ("C", "Helse og mestring")]

    def cell(code):
        if code not in g:
            return "<td class='empty'>–</td>"
        return f"<td><span class='code'>{code}</span> {e(g[code])}</td>"

    rows = "".join(
        f"<tr><th class='area'><span class='al'>{a}</span> {e(name)}</th>"
        + "".join(cell(f"{a}{i}") for i in (1, 2, 3)) + "</tr>"
        for a, name in areas)
    body = [
        "<div class='mast'><span>TINDFJELL KOMMUNE</span><span>Kommuneplanens samfunnsdel "
        "2026–2038</span></div>",
        "<h1>Kommuneplanens samfunnsdel 2026–2038</h1>",
        "<p class='meta'>Vedtatt av kommunestyret 11. juni 2026, sak 37/26</p>",
        "<div class='cols'><div>",
        "<h2>Om planen</h2>",
        "<p>Samfunnsdelen peker ut retningen for Tindfjell fram mot 2038. Den bygger på "
        "planprogrammet fra 2025 og på innspill fra bygdelagene, ungdomsrådet og eldrerådet. "
        "Handlingsdelen viser hvordan målene følges opp de neste fire årene.</p>",
        "</div><div>",
        "<h2>Visjon</h2><p class='vis'>«Tindfjell – der fjellet gir rom»</p>",
        "<p>Vi har tre satsingsområder. For hvert av dem har vi satt mål sett fra "
        "innbyggernes ståsted, fra lokalsamfunnets og fra kommunen som organisasjon.</p>",
        "</div></div>",
        "<h2>Målmatrise</h2>",
        "<p class='lead'>Radene er satsingsområdene, kolonnene perspektivene. Hvert mål har en "
        "kode (bokstav for satsingsområdet, tall for perspektivet) som handlingsdelen og "
        "temaplanene viser til.</p>",
        "<table class='mx'><thead><tr><th class='corner'>Satsingsområde</th>"
        "<th>1 Innbyggerne</th><th>2 Lokalsamfunnet</th><th>3 Organisasjonen</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>",
        "<div class='foot'><h2>Slik følger vi opp</h2>",
        "<p>Målene følges opp i handlingsdelen, som rulleres hvert år sammen med "
        "økonomiplanen, og i temaplanene. Arealbruken følges opp i kommuneplanens arealdel. "
        "Kommunedirektøren rapporterer på målene i årsmeldingen.</p></div>",
    ]
    css = (
        "@page{size:A4 landscape;margin:14mm 15mm 16mm 15mm;"
        "@bottom-left{content:'Tindfjell kommune · Kommuneplanens samfunnsdel 2026–2038';"
        "font:7.5pt 'Liberation Sans';color:#777}"
        "@bottom-right{content:'Side ' counter(page);font:7.5pt 'Liberation Sans';color:#777}}"
        "body{font:9.5pt/1.4 'Liberation Sans';color:#1e1e1e;margin:0}"
        ".mast{display:flex;justify-content:space-between;font:bold 7.5pt 'Liberation Sans';"
        "letter-spacing:.06em;color:#5b3a73;border-bottom:2px solid #5b3a73;padding-bottom:3px;"
        "margin-bottom:6px}"
        "h1{font:bold 19pt 'Liberation Sans';color:#5b3a73;margin:4px 0 1px}"
        ".meta{color:#666;font-size:8.5pt;margin:0 0 6px}"
        "h2{font:bold 12pt 'Liberation Sans';color:#5b3a73;margin:8px 0 3px}"
        ".cols{display:grid;grid-template-columns:1fr 1fr;gap:18px}"
        ".cols p{margin:0 0 4px}"
        ".vis{font:italic 13pt 'Liberation Serif';color:#5b3a73}"
        ".lead{margin:0 0 6px;color:#333}"
        "table.mx{border-collapse:separate;border-spacing:4px;margin:0 -4px}"
        "table.mx th{background:#5b3a73;color:#fff;font-size:9.5pt;text-align:left;"
        "padding:5px 8px}"
        "table.mx th.corner{background:#3f2752;width:150px}"
        "table.mx th.area{background:#ece4f1;color:#3f2752;font-size:10pt;vertical-align:top;"
        "padding:8px}"
        "table.mx .al{display:inline-block;background:#5b3a73;color:#fff;padding:0 5px;"
        "margin-right:3px}"
        "table.mx td{background:#f7f4f9;border:1px solid #d6cbe0;padding:8px;vertical-align:top;"
        "width:28%}"
        "table.mx td.empty{text-align:center;color:#999}"
        ".code{font-weight:bold;color:#5b3a73;margin-right:2px}"
        ".foot p{margin:0}"
    )
    _html("nb", "Kommuneplanens samfunnsdel 2026–2038 – Tindfjell kommune", css, body,
          d / "parent.pdf")

    c = {
        "k1": "Flere skal kunne kjøpe eller leie en god bolig i bygdene.",
        "k2": "Reiselivsbedriftene skal ha drift hele året og flere faste ansatte.",
        "k3": "Elevene skal trives på skolen og få bedre resultater i lesing og regning.",
        "k4": "Flere barn, unge og eldre skal delta i aktiviteter i lag, foreninger og på "
              "felles møteplasser.",
        "k5": "Flere eldre skal klare seg selv i egen bolig.",
        "k6": "Alle søknader til kommunen skal kunne sendes digitalt innen 2028.",
    }
    m = {
        "tomt": "Tomter med ferdig vei, vann og avløp i Nordbygda og Sørli",
        "utleie": "Seks utleieboliger for førstegangsetablerere i sentrum",
        "park": "Helårs aktivitetstilbud i Tindfjell fjellpark sammen med reiselivsbedriftene",
        "rekr": "Felles rekruttering til helårsstillinger i reiselivet",
        "miljo": "Skolemiljøteam og trivselsprogram i alle skoler",
        "les": "Lesekurs og leksehjelp på 1.–4. trinn",
        "laerl": "Fire nye lærlingplasser i helsearbeiderfaget",
        "utstyr": "Utstyrssentral med gratis utlån av sports- og friluftsutstyr",
        "tilsk": "Driftstilskudd til lag og foreninger med aktiviteter for barn og unge",
        "gen": "Generasjonstreff på bygdehusene hver måned",
        "besok": "Besøksvenner for eldre som bor alene",
        "mestr": "Team for hverdagsmestring i hjemmetjenesten",
        "tilsyn": "Digitalt tilsyn og medisindispensere til hjemmeboende",
        "skjema": "Digitale skjema for alle søknader på kommunens nettside",
    }
    rows = [
        ("span", "Levende bygder"),
        (m["tomt"], "Teknisk drift", "2028", "A1"),
        (m["utleie"], "Eiendom", "2027–2028", "A1"),
        (m["park"], "Næringsrådgiver", "2027–2030", "A2"),
        (m["rekr"], "Næringsrådgiver", "Vår 2028", "A2"),
        ("span", "Oppvekst og læring"),
        (m["miljo"], "Oppvekstsjef", "Høst 2027", "B1"),
        (m["les"], "Rektorene", "Årlig", "B1"),
        (m["laerl"], "HR-sjef", "2027", "B3"),
        (m["utstyr"], "Kultursjef", "Høst 2027", "B2"),
        (m["tilsk"], "Kultursjef", "Årlig", "B2"),
        ("span", "Helse og mestring"),
        (m["gen"], "Frivilligsentralen", "Løpende", "B2, C2"),
        (m["besok"], "Frivilligsentralen", "2027", "C2"),
        (m["mestr"], "Hjemmetjenesten", "2027", "C1"),
        (m["tilsyn"], "Hjemmetjenesten", "2027–2028", "C1"),
        ("span", "Felles for hele kommunen"),
        (m["skjema"], "IT-leder", "2028", "–"),
    ]
    child = [
        ("title", "Handlingsdel 2027–2030"),
        ("sub", "Tindfjell kommune · Kommuneplanens handlingsdel · Vedtatt av kommunestyret "
         "9. desember 2026, sak 71/26"),
        ("h1", "1 Innledning"),
        ("p", "Handlingsdelen følger opp kommuneplanens samfunnsdel 2026–2038 og rulleres hvert "
         "år sammen med økonomiplanen. Kolonnen «Bidrar til mål» i tiltakstabellen viser "
         "kodene fra målmatrisen i samfunnsdelen."),
        ("p", "Arealbruken i fjellet – beite, villrein og hyttebygging – følges opp i "
         "kommuneplanens arealdel og er ikke med i handlingsdelen."),
        ("h1", "2 Prioriterte mål for perioden"),
        ("p", "Kommunestyret har prioritert disse målene for 2027–2030:"),
        ("num", [c["k1"], c["k2"], c["k3"], c["k4"], c["k5"], c["k6"]]),
        ("h1", "3 Tiltak"),
        ("table", ["Tiltak", "Ansvar", "Frist", "Bidrar til mål"], rows, [80, 34, 24, 32]),
        ("h1", "4 Rapportering"),
        ("p", "Status for tiltakene rapporteres i tertialrapportene og i årsmeldingen. "
         "Handlingsdelen rulleres neste gang høsten 2027."),
    ]
    _docx(child, d / "child.pdf", title="Handlingsdel 2027–2030", author="Tindfjell kommune",
          header="TINDFJELL KOMMUNE · HANDLINGSDEL 2027–2030", footer="Handlingsdel 2027–2030",
          lang="nb-NO", font="Liberation Sans", size=10, color="5B3A73")

    goals_ = [
        G("A1", g["A1"], "partial", [c["k1"], m["tomt"], m["utleie"]], ev="Flere skal kunne kjøpe",
          missing=["kort vei til hverdagstjenestene"],
          note="the goals are the cells of the 'Målmatrise' (focus areas A–C as rows × "
          "perspectives 1 Innbyggerne, 2 Lokalsamfunnet, 3 Organisasjonen as columns); id = the "
          "code printed in the cell, gold text without it; the cell C3 is empty ('–'). The row "
          "heads, the column heads, the vision and 'Slik følger vi opp' are no goals. Homes "
          "(plots, rental flats for first-time buyers); nothing on short distances to everyday "
          "services"),
        G("A2", g["A2"], "followed_up", [c["k2"], m["park"], m["rekr"]],
          ev="Reiselivsbedriftene skal ha drift",
          note="in other words: year-round operation and permanent staff = year-round jobs"),
        G("A3", g["A3"], "not_followed_up",
          note="left to another plan: 'Arealbruken i fjellet … følges opp i kommuneplanens "
          "arealdel og er ikke med i handlingsdelen'"),
        G("B1", g["B1"], "followed_up", [c["k3"], m["miljo"], m["les"]],
          ev="Elevene skal trives på",
          note="in other words: pupils thrive (trivsel) and do better in reading and maths "
          "(mestring); school-environment team, reading courses"),
        G("B2", g["B2"], "followed_up", [c["k4"], m["utstyr"], m["tilsk"]],
          ev="Utstyrssentral med gratis utlån",
          note="equipment library and grants to clubs with activities for children; the child "
          "goal on taking part in clubs also serves C2"),
        G("B3", g["B3"], "not_followed_up",
          note="trap (code cited, goal not served): the row 'Fire nye lærlingplasser i "
          "helsearbeiderfaget' cites 'B3', but apprentices in health work are no qualified "
          "teachers or kindergarten teachers ('lærling' ≠ 'lærer'); nothing else"),
        G("C1", g["C1"], "partial", [c["k5"], m["mestr"], m["tilsyn"]],
          ev="Flere eldre skal klare",
          missing=["avlastning for pårørende"],
          note="living at home longer (everyday coping team, digital supervision); nothing "
          "for relatives' respite — the second half of the goal"),
        G("C2", g["C2"], "followed_up", [c["k4"], m["gen"], m["besok"]],
          ev="Generasjonstreff på bygdehusene hver",
          note="meeting places across generations (monthly meetings in the village halls) and "
          "visiting friends for elderly people living alone (loneliness)"),
    ]
    kids = [
        C(c["k1"], ["A1"], note="the child goals are the Word-numbered 'Prioriterte mål for "
          "perioden'; the rows of the 'Tiltak' table are measures (in served_by beside the goals "
          "they serve); the column 'Bidrar til mål' is a citation, no goal"),
        C(c["k2"], ["A2"]),
        C(c["k3"], ["B1"]),
        C(c["k4"], ["B2", "C2"], note="serves two parent goals: children's leisure in clubs "
          "(B2) and meeting places across the generations (C2)"),
        C(c["k5"], ["C1"]),
        C(c["k6"], [], note="digital applications: no goal of the matrix (the cell for health "
          "and the organisation, C3, is empty; its row cites '–') — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Sans 9.5, A4 landscape; kommuneplanens "
        "samfunnsdel): a 'Målmatrise' table with cell spacing — focus areas 'A Levende bygder', "
        "'B Oppvekst og læring', 'C Helse og mestring' as row heads, perspectives "
        "'1 Innbyggerne', '2 Lokalsamfunnet', '3 Organisasjonen' as column heads, each cell a "
        "goal after a bold code 'A1' … (C3 empty '–'); margin boxes bottom left / right; child "
        "PDF (python-docx → LibreOffice, Liberation Sans 10; handlingsdel 2027–2030): "
        "Word-numbered 'Prioriterte mål for perioden', then a table 'Tiltak | Ansvar | Frist | "
        "Bidrar til mål' with shaded group rows and codes 'A1', 'B2, C2', '–' in the last "
        "column; header over a rule, footer left + page number right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Gjuvbrekka (nn)


def _budget(rows, total: str):
    """Rows (text, 2027, 2028, 2029, 2030) in 1000 kr as ints, with a sum row TOTAL appended;
    amounts with a space between thousands and a real minus sign, 0 as an empty cell."""
    def fmt(v):
        if v == 0:
            return ""
        s = f"{abs(v):,}".replace(",", " ")
        return ("−" if v < 0 else "") + s

    out = [(t, *(fmt(v) for v in vals)) for t, *vals in rows]
    sums = [sum(r[i] for r in rows) for i in range(1, 5)]
    out.append((total, *(fmt(v) for v in sums)))
    return out


@pair
def gjuvbrekka_okonomiplan(d: Path) -> dict:
    g = {
        "L1": "Alle born skal få ein god start, med tidleg hjelp i barnehage og skule når dei "
              "treng det.",
        "L2": "Biblioteket skal vere ein open og levande møtestad for alle aldrar.",
        "L3": "Eldre skal kunne bu trygt heime lenger, og det skal finnast nok omsorgsbustader.",
        "N1": "Gjuvbrekka skal få fleire arbeidsplassar, og sentrum skal bli meir attraktivt å "
              "bu og handle i.",
        "N2": "Kommunen skal gå føre og kutte klimagassutsleppa frå eiga drift.",
        "N3": "Skulevegane skal vere trygge for born som går og syklar.",
        "K1": "Gjuvbrekka kommune skal ha økonomisk balanse og byggje opp reservar for "
              "dårlegare tider.",
    }
    parent = [
        ("title", "Kommuneplanen sin samfunnsdel 2025–2037"),
        ("sub", "Gjuvbrekka kommune · Vedteken i kommunestyret 19. juni 2025, sak 44/25"),
        ("h1", "1 Innleiing"),
        ("p", "Samfunnsdelen er det overordna styringsdokumentet for Gjuvbrekka. Han seier kva "
         "slags lokalsamfunn vi vil ha i 2037, og kva kommunen skal leggje vekt på. "
         "Økonomiplanen og temaplanane skal byggje på måla her."),
        ("h1", "2 Visjon"),
        ("lead", "«Gjuvbrekka – bratt, grønt og nært»"),
        ("h1", "3 Gode oppvekst- og levekår"),
        ("p", "Gjuvbrekka har om lag 5 200 innbyggjarar. Talet på born går litt ned, medan "
         "talet på eldre over 80 år vil auke kraftig fram mot 2037. Mange bur spreitt, og "
         "avstandane til tenestene er lange."),
        ("lab", "Mål"),
        ("chev", [g["L1"], g["L2"], g["L3"]]),
        ("lab", "Slik vil vi arbeide"),
        ("p", "Vi vil samarbeide tett mellom helsestasjon, barnehage og skule, og vi vil byggje "
         "tenestene rundt heimen."),
        ("h1", "4 Næring, klima og samferdsel"),
        ("p", "Industrien i Bøen og landbruket er ryggraden i næringslivet. Sentrum har fleire "
         "tomme forretningslokale enn før. Mange born går og syklar langs fylkesvegen."),
        ("lab", "Mål"),
        ("chev", [g["N1"], g["N2"], g["N3"]]),
        ("lab", "Slik vil vi arbeide"),
        ("p", "Vi vil vere ein open og løysingsorientert vertskommune for næringslivet og "
         "samarbeide med fylkeskommunen om trafikktryggleik."),
        ("h1", "5 Ein robust kommune"),
        ("p", "Kommunen har høg lånegjeld og lite fond. Inntektene veks mindre enn utgiftene "
         "til helse og omsorg."),
        ("lab", "Mål"),
        ("chev", [g["K1"]]),
        ("h1", "6 Oppfølging"),
        ("note", "Måla blir følgde opp i økonomiplanen, som blir rullert kvart år, og i "
         "temaplanane. Kommunedirektøren rapporterer i årsmeldinga."),
    ]
    _rl(d / "parent.pdf", parent, family="LiberationSerif", base=10.5, accent="#2E5A7A",
        title="Kommuneplanen sin samfunnsdel 2025–2037 – Gjuvbrekka kommune",
        author="Gjuvbrekka kommune", side="GJUVBREKKA KOMMUNE · SAMFUNNSDELEN 2025–2037",
        foot="Side {n}")

    c = {
        "k1": "Netto driftsresultat skal vere minst 1,5 prosent av driftsinntektene.",
        "k2": "Disposisjonsfondet skal vere minst 8 prosent av driftsinntektene innan 2030.",
        "k3": "Lånegjelda per innbyggjar skal ikkje auke i perioden.",
        "k4": "Eigedomsskatten skal haldast på 4 promille i heile perioden.",
    }
    m = {
        "tidleg": "Tidleg innsats: to lærarårsverk på 1.–4. trinn",
        "spes": "Spesialpedagog i barnehagane, eitt årsverk",
        "skyss": "Prisauke skuleskyss",
        "nordbo": "Færre elevar ved Nordbø skule, ein klasse mindre",
        "natt": "Nattpatrulje i heimetenesta, to årsverk",
        "alarm": "Tryggleiksalarmar med digitalt tilsyn",
        "ress": "Auka ressurskrevjande tenester",
        "bibl": "Redusert opningstid på biblioteket, stengt måndag og laurdag",
        "lag": "Tilskot til lag og organisasjonar, prisjustert",
        "fond": "Næringsfond: tilskot til etablerarar og nye arbeidsplassar",
        "elbil": "Elbilar i heimetenesta, leasing",
        "straum": "Auka straumkostnader i kommunale bygg",
        "disp": "Avsetjing til disposisjonsfond",
        "avdrag": "Auka avdrag på lån",
        "sol": "Solcelleanlegg på rådhuset og Gjuvbrekka skule",
        "brann": "Ny mannskapsbil, Gjuvbrekka brannstasjon",
        "basseng": "Rehabilitering av symjehallen",
    }
    head = ["Tiltak og endringar (1000 kr)", "2027", "2028", "2029", "2030"]
    W = [86, 20, 20, 20, 20]
    opp = _budget([(m["tidleg"], 1400, 1400, 1400, 1400), (m["spes"], 750, 750, 750, 750),
                   (m["skyss"], 120, 120, 120, 120), (m["nordbo"], 0, -600, -600, -600)],
                  "Sum endringar oppvekst")
    hso = _budget([(m["natt"], 1300, 1300, 1300, 1300), (m["alarm"], 200, 200, 200, 200),
                   (m["ress"], 2100, 2100, 2100, 2100)], "Sum endringar helse og omsorg")
    kul = _budget([(m["bibl"], -260, -260, -260, -260), (m["lag"], 40, 40, 40, 40)],
                  "Sum endringar kultur")
    tek = _budget([(m["fond"], 500, 500, 500, 500), (m["elbil"], 180, 180, 180, 180),
                   (m["straum"], 900, 900, 900, 900)], "Sum endringar teknisk og næring")
    fin = _budget([(m["disp"], 2000, 2500, 3000, 3000), (m["avdrag"], 400, 600, 800, 800)],
                  "Sum endringar finans")
    inv = _budget([(m["sol"], 2400, 0, 0, 0), (m["brann"], 0, 5200, 0, 0),
                   (m["basseng"], 0, 8000, 6000, 0)], "Sum investeringar")
    child = [
        ("title", "Økonomiplan 2027–2030"),
        ("sub", "Gjuvbrekka kommune · Årsbudsjett 2027 og økonomiplan 2027–2030 · Vedteken i "
         "kommunestyret 15. desember 2026"),
        ("h1", "1 Innleiing"),
        ("p", "Økonomiplanen viser korleis kommunen vil bruke pengane dei neste fire åra. "
         "Inntektene aukar mindre enn utgiftene, og kommunedirektøren har difor sett av midlar "
         "til fond og gjort nokre kutt. Tabellane viser endringar frå budsjettet for 2026, i "
         "faste 2027-kroner."),
        ("h1", "2 Økonomiske rammer"),
        ("lab", "Finansielle måltal"),
        ("hang", [("a)", c["k1"]), ("b)", c["k2"]), ("c)", c["k3"]), ("d)", c["k4"])]),
        ("p", "Med forslaget blir netto driftsresultat 1,6 prosent i 2027 og 1,9 prosent i 2030."),
        ("h1", "3 Driftsbudsjett per sektor"),
        ("h2", "3.1 Oppvekst"),
        ("table", head, opp, W),
        ("p", "Kommentar: Fleire born treng hjelp tidleg. Kommunedirektøren styrkjer difor dei "
         "første skuleåra og barnehagane, og tek ned ramma der elevtalet går ned."),
        ("h2", "3.2 Helse og omsorg"),
        ("table", head, hso, W),
        ("p", "Kommentar: Talet på innbyggjarar over 80 år aukar med 40 prosent fram mot 2035. "
         "Ressurskrevjande tenester er vidareførte på 2026-nivå med prisvekst."),
        ("h2", "3.3 Kultur"),
        ("table", head, kul, W),
        ("p", "Kommentar: Kultur må vere med og finansiere auken i helse og omsorg. Biblioteket "
         "held ope tysdag til fredag."),
        ("h2", "3.4 Teknisk og næring"),
        ("table", head, tek, W),
        ("p", "Kommentar: Næringsfondet blir styrkt slik at fleire nye verksemder kan etablere "
         "seg i kommunen."),
        ("h2", "3.5 Finans"),
        ("table", head, fin, W),
        ("h1", "4 Investeringar"),
        ("table", ["Prosjekt (1000 kr)", "2027", "2028", "2029", "2030"], inv, W),
        ("p", "Investeringane blir finansierte med lån, momskompensasjon og tilskot frå Enova."),
    ]
    _odt(child, d / "child.pdf", title="Økonomiplan 2027–2030 – Gjuvbrekka kommune",
         header="Gjuvbrekka kommune · Økonomiplan 2027–2030", footer="Økonomiplan 2027–2030",
         font="Liberation Sans", size=10, color="#2E5A7A", tint="#E4ECF2", lang="nn",
         country="NO")

    goals_ = [
        G("L1", g["L1"], "followed_up", [m["tidleg"], m["spes"]], ev="Tidleg innsats: to lærarårsverk",
          note="the goals are the » bullets under 'Mål' in chapters 3–5 (ids L, N, K + order, "
          "not printed); the vision, the background texts, 'Slik vil vi arbeide' and "
          "'Oppfølging' are no goals. Followed up by money lines (two teachers in the first "
          "school years, a special-needs teacher in the kindergartens) and the commentary "
          "'Fleire born treng hjelp tidleg' — wording only, no reference to the samfunnsdel"),
        G("L2", g["L2"], "not_followed_up",
          note="trap (a cut, no follow-up): the only line naming the library is 'Redusert "
          "opningstid på biblioteket, stengt måndag og laurdag' (−260) — it shares the goal's "
          "words (bibliotek, open) and does the opposite"),
        G("L3", g["L3"], "partial", [m["natt"], m["alarm"]], ev="Nattpatrulje i heimetenesta, to",
          missing=["nok omsorgsbustader"],
          note="served by money lines alone (night patrol, safety alarms = living safely at "
          "home); no goal text, no commentary on it; no care housing in the operating or the "
          "investment budget"),
        G("N1", g["N1"], "partial", [m["fond"]], ev="Næringsfond: tilskot til etablerarar",
          missing=["eit attraktivt sentrum"],
          note="business fund for start-ups and new jobs (line and commentary); nothing for "
          "the town centre"),
        G("N2", g["N2"], "followed_up", [m["elbil"], m["sol"]], ev="Solcelleanlegg på rådhuset og",
          note="money lines only, no goal text: electric cars in home care and solar panels on "
          "the town hall and school = cutting the emissions of the municipality's own "
          "operations"),
        G("N3", g["N3"], "not_followed_up",
          note="silent: no line for safe school routes; 'Prisauke skuleskyss' (school transport "
          "prices) is no safety measure"),
        G("K1", g["K1"], "followed_up", [c["k1"], c["k2"], c["k3"], m["disp"]],
          ev="Netto driftsresultat skal vere",
          note="in other words: the financial targets (operating result, reserve fund, debt) "
          "and the allocation to the reserve fund = balance and reserves"),
    ]
    kids = [
        C(c["k1"], ["K1"], note="the child goals are the 'Finansielle måltal' a)–d); the "
          "budget lines are measures (in served_by beside the goals they serve), never child "
          "goals, nor are the commentaries, sums or amounts"),
        C(c["k2"], ["K1"]),
        C(c["k3"], ["K1"]),
        C(c["k4"], [], note="property tax rate: no goal of the samfunnsdel — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif 10.5; samfunnsdel): numbered "
        "chapters, a bold 'Mål' over » bullets, 'Slik vil vi arbeide' paragraphs, a grey boxed "
        "'Oppfølging'; a band at the left page edge with the name written upwards, 'Side n' "
        "bottom right; child PDF (odfpy → LibreOffice, Liberation Sans 10; økonomiplan "
        "2027–2030): 'Finansielle måltal' a)–d) in a hanging indent, then budget tables per "
        "sektor 'Tiltak og endringar (1000 kr) | 2027 | 2028 | 2029 | 2030' with a sum row, "
        "each followed by a short 'Kommentar:', and an investment table; no codes, no "
        "references to the samfunnsdel; header right, footer centred '… – n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Cradlewick (en)


@pair
def cradlewick_leisure_service_plan(d: Path) -> dict:
    amb = [
        ("1", "Thriving Town Centre",
         "Cradlewick town centre will be a lively place to shop, meet and spend the evening, "
         "with fewer empty shops.",
         ["support independent traders with advice and business rates relief",
          "bring events and markets to Market Square all year round",
          "work with landlords to fill empty units"]),
        ("2", "Active Lives",
         "More residents of every age will be physically active, and our leisure centres will "
         "be affordable for families on low incomes.",
         ["invest in our leisure centres and pools",
          "keep prices fair through a concession scheme for low-income households"]),
        ("3", "Green Spaces for All",
         "Every resident will live within a ten-minute walk of a good-quality park or green "
         "space.",
         ["improve our parks to Green Flag standard",
          "create new green spaces where there are fewest"]),
        ("4", "Safe and Clean Streets",
         "Our streets will be clean and residents will feel safe in their neighbourhood.",
         ["tackle fly-tipping and litter with faster clean-ups",
          "work with the police through the Community Safety Partnership"]),
        ("5", "Proud of Our Heritage",
         "Cradlewick's heritage will be cared for and will bring visitors to the borough.",
         ["look after the Corn Exchange and the canal wharf",
          "tell the borough's story through trails and plaques"]),
        ("6", "A Council that Listens",
         "Residents will find it easy to contact us and will have a say in decisions that "
         "affect them.",
         ["answer calls and emails promptly", "consult residents before we change services"]),
        ("7", "Young People First",
         "Children and young people will have safe places to go and plenty to do.",
         ["open our buildings to young people in the evenings",
          "renew play areas across the borough"]),
    ]
    g = {n: text for n, _, text, _ in amb}
    parent = [
        ("title", "Corporate Plan 2026–2030"),
        ("sub", "Cradlewick Borough Council · Approved by Full Council, 23 July 2026"),
        ("h1", "Foreword"),
        ("p", "This plan sets out what the council wants to achieve for Cradlewick over the "
         "next four years. Every service plan shows how that service contributes, and we "
         "report progress to Cabinet every quarter."),
        ("h1", "Our vision"),
        ("p", "A borough where people are proud to live, work and grow up."),
        ("h1", "Our ambitions"),
        ("p", "Seven ambitions guide our work. Each one says what we want to be true by 2030, "
         "followed by what we will do to get there."),
    ]
    for n, short, text, will in amb:
        parent += [("band", f"Ambition {n} · {short}"), ("p", text), ("lab", "We will"),
                   ("inline", will)]
    parent += [
        ("h1", "Delivering the plan"),
        ("p", "Service plans are refreshed every year. Each service plan reports its "
         "commitments against the ambitions with a red, amber or green status."),
    ]
    _odt(parent, d / "parent.pdf", title="Corporate Plan 2026–2030 – Cradlewick Borough Council",
         header="Cradlewick Borough Council · Corporate Plan 2026–2030",
         footer="Corporate Plan 2026–2030", font="Liberation Sans", size=10, color="#1F5C4A",
         tint="#E3F0EA", lang="en", country="GB")

    c = {
        "so1": "Increase visits to our leisure centres by 10% by March 2028.",
        "so2": "Raise the quality of our parks, with two more sites holding a Green Flag Award.",
        "so3": "Bring more people into the town centre in the evenings and at weekends.",
        "so4": "Give children and young people more to do after school and in the holidays.",
        "so5": "Recover 85% of the service's running costs from fees and charges by 2029.",
        "so6": "Cut energy use in our leisure buildings by 15%.",
    }
    m = {
        "events": "Run twelve evening and weekend events in Market Square each year",
        "popup": "Open a pop-up arts and leisure space in an empty shop on Bridge Street",
        "pool": "Refurbish the Hallam Road pool and reopen it to the public",
        "move": "Launch ‘Move More’ classes for over-60s in five community halls",
        "pocket": "Create three pocket parks in the wards with the least green space",
        "flag": "Apply for Green Flag Awards for Elmstead Park and Canal Walk",
        "trail": "Heritage trail and blue plaque scheme",
        "forum": "Hold a Friends of Parks forum twice a year and consult residents on every "
                 "new park plan",
        "youth": "Free Friday evening youth sessions at both leisure centres",
        "play": "Renew the play areas at Ashby Green and Millfield",
        "fees": "Review fees and charges to reach full cost recovery",
        "led": "LED lighting and pool covers at both leisure centres",
    }
    rag = [
        ("Thriving Town Centre", m["events"], "Green",
         "Nine events held by December; footfall up 7% on event days."),
        ("Thriving Town Centre", m["popup"], "Amber", "Lease signed; fit-out delayed to June."),
        ("Active Lives", m["pool"], "Red",
         "Contractor delays: reopening moved from May to October 2027."),
        ("Active Lives", m["move"], "Green",
         "Classes running in four halls; the fifth opens in January."),
        ("Green Spaces for All", m["pocket"], "Amber",
         "Two sites agreed; consultation on the third under way."),
        ("Green Spaces for All", m["flag"], "Green", "Both applications sent in January."),
        ("Proud of Our Heritage", m["trail"], "Red",
         "Closed: the scheme passed to Cradlewick Civic Society in April 2027. No further "
         "council action."),
        ("A Council that Listens", m["forum"], "Green",
         "Forums held in May and November; 640 responses on the pocket park plans."),
        ("Young People First", m["youth"], "Green", "On average 85 young people a week."),
        ("Young People First", m["play"], "Amber",
         "Ashby Green complete; Millfield waiting for a new supplier."),
        ("Service-wide", m["fees"], "Amber", "New prices from April 2028."),
        ("Service-wide", m["led"], "Green", "Pool covers fitted; LED work starts in March."),
    ]
    cls = {"Red": "r", "Amber": "a", "Green": "g"}
    trs = "".join(
        f"<tr><td><b>{e(short)}</b><br>{e(text)}</td><td class='st {cls[st]}'>{st}</td>"
        f"<td>{e(upd)}</td></tr>" for short, text, st, upd in rag)
    sos = "".join(f"<p class='so'><b>SO{i}</b><span>{e(c[f'so{i}'])}</span></p>"
                  for i in range(1, 7))
    body = [
        "<div class='band'><span>Cradlewick Borough Council</span><span>Service Plan "
        "2027/28</span></div>",
        "<h1>Leisure, Parks and Culture Service Plan 2027/28</h1>",
        "<p class='meta'>Head of Service: Leisure, Parks and Culture · Mid-year update, "
        "December 2027</p>",
        "<h2>1 Introduction</h2>",
        "<p>The service runs two leisure centres, 38 parks and open spaces, the Riverside "
        "Theatre and the borough's events programme. It employs 142 staff and has a net "
        "budget of £4.1 million.</p>",
        "<p>Our work touches many of the Corporate Plan's ambitions, from a Thriving Town "
        "Centre to Safe and Clean Streets, and we work closely with Environmental Services "
        "and the Community Safety Partnership.</p>",
        "<h2>2 Service objectives</h2>",
        sos,
        "<h2>3 Commitments and progress</h2>",
        "<p>Each commitment is listed under the Corporate Plan ambition it supports. Status: "
        "<b>Green</b> on track, <b>Amber</b> some slippage, <b>Red</b> off track or stopped.</p>",
        "<table class='rag'><thead><tr><th style='width:46%'>Commitment</th>"
        "<th style='width:11%'>Status</th><th>Update</th></tr></thead>"
        f"<tbody>{trs}</tbody></table>",
        "<h2>4 Risks</h2>",
        "<p>Energy prices and the pool contract are the main risks to the plan. Both are on "
        "the corporate risk register.</p>",
    ]
    css = (
        "@page{size:A4;margin:16mm 16mm 18mm 16mm;"
        "@bottom-left{content:'Leisure, Parks and Culture Service Plan 2027/28';"
        "font:7.5pt 'DejaVu Sans';color:#777}"
        "@bottom-right{content:'Page ' counter(page);font:7.5pt 'DejaVu Sans';color:#777}}"
        "body{font:9pt/1.42 'DejaVu Sans';color:#222;margin:0}"
        ".band{display:flex;justify-content:space-between;background:#1f5c4a;color:#fff;"
        "font:bold 8pt 'DejaVu Sans';padding:5px 8px;margin-bottom:8px}"
        "h1{font:bold 17pt 'DejaVu Sans';color:#1f5c4a;margin:2px 0 2px}"
        ".meta{color:#666;font-size:8pt;margin:0 0 8px}"
        "h2{font:bold 11pt 'DejaVu Sans';color:#1f5c4a;margin:12px 0 4px;"
        "border-bottom:1px solid #9cc2b4;padding-bottom:1px}"
        "p{margin:0 0 5px}"
        ".so{display:grid;grid-template-columns:38px 1fr;margin:0 0 3px}"
        ".so b{color:#1f5c4a}"
        "table.rag{border-collapse:collapse;width:100%;font-size:8.5pt}"
        "table.rag th{background:#1f5c4a;color:#fff;text-align:left;padding:4px 6px}"
        "table.rag td{border:1px solid #bbb;padding:4px 6px;vertical-align:top}"
        "td.st{font-weight:bold;text-align:center}"
        "td.r{background:#e06666;color:#fff}td.a{background:#f6b26b}td.g{background:#93c47d}"
    )
    _html("en", "Leisure, Parks and Culture Service Plan 2027/28 – Cradlewick Borough Council",
          css, body, d / "child.pdf")

    goals_ = [
        G("1", g["1"], "followed_up", [c["so3"], m["events"], m["popup"]],
          ev="Bring more people into the",
          note="the goals are the statements under each band 'Ambition n · …' (id = the "
          "printed number; the short name in the band is a name, not the goal text); the "
          "'We will' bullets are commitments (strategies) under the goal, not scored; the "
          "vision, 'Foreword' and 'Delivering the plan' are no goals. Evening and weekend "
          "events (a lively centre in the evening) and a pop-up space in an empty shop "
          "(fewer empty shops)"),
        G("2", g["2"], "partial", [c["so1"], m["pool"], m["move"]],
          ev="Increase visits to our leisure",
          missing=["leisure centres affordable for families on low incomes"],
          note="more visits, the pool, classes for over-60s (active at every age); nothing on "
          "prices — SO5 (full cost recovery) points the other way. The pool row is Red "
          "(delayed): a RAG status says how far a commitment has come, not whether it follows "
          "up the ambition"),
        G("3", g["3"], "followed_up", [c["so2"], m["pocket"], m["flag"]],
          ev="Create three pocket parks",
          note="pocket parks where green space is scarcest (within walking distance) and Green "
          "Flag applications (good quality)"),
        G("4", g["4"], "not_followed_up",
          note="named in passing: the introduction says the service's work 'touches' the "
          "ambitions 'from a Thriving Town Centre to Safe and Clean Streets'; no objective or "
          "commitment serves clean or safe streets"),
        G("5", g["5"], "not_followed_up",
          note="trap (a row under the ambition's name, no follow-up): 'Heritage trail and blue "
          "plaque scheme' is Red and 'Closed: the scheme passed to Cradlewick Civic Society … "
          "No further council action' — left to another body"),
        G("6", g["6"], "partial", [m["forum"]], ev="Hold a Friends of Parks",
          missing=["easy to contact the council"],
          note="served by one commitment only (forums, consultation = a say in decisions); "
          "nothing on contacting the council"),
        G("7", g["7"], "followed_up", [c["so4"], m["youth"], m["play"]],
          ev="Give children and young people",
          note="youth sessions on Friday evenings (safe places to go) and new play areas "
          "(things to do)"),
    ]
    kids = [
        C(c["so1"], ["2"], note="the child goals are the 'Service objectives' SO1–SO6 (gold "
          "text without the code); the commitments in the RAG table are measures (in "
          "served_by beside the goals they serve); the bold short names in the table are "
          "citations of ambitions, and status and update cells are no goals"),
        C(c["so2"], ["3"]),
        C(c["so3"], ["1"]),
        C(c["so4"], ["7"]),
        C(c["so5"], [], note="income from fees: no ambition of the Corporate Plan (if anything "
          "against the affordability half of Active Lives) — stands alone"),
        C(c["so6"], [], note="energy use of the service's own buildings: no ambition — stands "
          "alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Sans 10; Corporate Plan "
        "2026–2030): seven tinted bands 'Ambition n · Short name' with a rule at the left, each "
        "over a one-sentence ambition, a small 'We will' label and • commitments typed before "
        "a tab; header right, footer centred '… – n'; child PDF (Chromium, DejaVu Sans 9; "
        "service plan 2027/28): a title band, 'Service objectives' SO1–SO6 as a two-column "
        "grid, and a RAG table 'Commitment | Status | Update' whose commitment cells open with "
        "the ambition's short name in bold and whose status cells are coloured Red / Amber / "
        "Green; margin boxes bottom left / right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Ljungvreta (sv)


@pair
def ljungvreta_gronplan(d: Path) -> dict:
    strat = [
        ("1", "Tätorten växer inåt utan att parker och naturområden går förlorade",
         "Ljungvreta ska växa med 3 000 invånare till 2040. Det mesta byggs i befintliga "
         "stadsdelar nära stationen.",
         ["Ny bebyggelse lokaliseras i första hand till redan ianspråktagen mark.",
          "Vid förtätning ska parkens funktioner ersättas inom stadsdelen."]),
        ("2", "Alla invånare har nära till en park eller ett naturområde",
         "I Norrmalm och Västra Vreta har många hushåll längre än 500 meter till närmaste park.",
         ["Ingen bostad ska ha mer än 300 meter till en park eller ett naturområde.",
          "Nya bostadsområden planeras med lekplats och park från början."]),
        ("3", "Gröna stråk binder samman tätorten med skogen och med kusten",
         "Ljungån och de gamla banvallarna ger möjlighet till sammanhängande stråk för gång "
         "och cykel.",
         ["Ett stråk längs Ljungån leder från centrum till Ljungåsen.",
          "Ett stråk förbinder tätorten med kusten vid Vretasand."]),
        ("4", "Den biologiska mångfalden stärks och värdefull natur skyddas långsiktigt",
         "Ljungåsen och strandängarna vid Vretasand har höga naturvärden men saknar formellt "
         "skydd.",
         ["Kommunen verkar för naturreservat i Ljungåsen.",
          "Parker och grönytor sköts så att fler arter gynnas."]),
        ("5", "Skyfall och dagvatten tas om hand med grönska och öppna lösningar",
         "Skyfallet i augusti 2024 översvämmade ett fyrtiotal källare i Vretadalen.",
         ["Ytor för skyfall reserveras i låglänta delar av tätorten.",
          "Dagvatten tas om hand öppet i nya områden."]),
        ("6", "Jordbruksmarken bevaras för framtida livsmedelsproduktion",
         "Slätten runt Ljungvreta har klass 6–7 på åkermarksskalan.",
         ["Brukningsvärd jordbruksmark tas inte i anspråk för bebyggelse.",
          "Tätortens utbyggnad mot söder prövas först efter 2035."]),
        ("7", "Kulturmiljöerna i Gamla Vreta och längs Ljungån vårdas och används",
         "Gamla Vreta är en välbevarad by från 1700-talet, och längs ån finns kvarnar och "
         "sågverk.",
         ["Kulturmiljöprogrammet från 1998 revideras.",
          "Kvarnmiljöerna görs tillgängliga för besökare."]),
    ]
    g = {n: text for n, text, _, _ in strat}
    parent = [
        ("title", "Översiktsplan 2040"),
        ("sub", "Ljungvreta kommun · Antagen av kommunfullmäktige 2 juni 2026, § 58"),
        ("h1", "1 Inledning"),
        ("p", "Översiktsplanen visar hur mark och vatten ska användas i Ljungvreta kommun fram "
         "till 2040. Den är vägledande för detaljplaner, bygglov och kommunens egna program, "
         "till exempel grönplanen och trafikstrategin."),
        ("h1", "2 Vision"),
        ("i", "Ljungvreta – en grön småstad vid ån."),
        ("h1", "3 Utgångspunkter"),
        ("p", "Kommunen har 21 000 invånare, varav 14 000 i tätorten. Befolkningen väntas öka "
         "med 3 000 personer till 2040. Jordbruket, ån och skogen på Ljungåsen präglar "
         "landskapet."),
        ("h1", "4 Strategier"),
        ("p", "Översiktsplanen har sju strategier. Under varje strategi står kommunens "
         "ställningstaganden."),
    ]
    for n, text, bg, stt in strat:
        parent += [("h2", f"Strategi {n} – {text}"), ("p", bg), ("b", "Ställningstaganden")]
        parent += [("p", f"– {x}") for x in stt]
    parent += [
        ("h1", "5 Genomförande"),
        ("p", "Strategierna genomförs genom detaljplaner och kommunens program. "
         "Översiktsplanens aktualitet prövas i en planeringsstrategi varje mandatperiod."),
    ]
    _docx(parent, d / "parent.pdf", title="Översiktsplan 2040 – Ljungvreta kommun",
          author="Ljungvreta kommun", header="LJUNGVRETA KOMMUN · ÖVERSIKTSPLAN 2040",
          footer="Översiktsplan 2040", lang="sv-SE", font="Liberation Serif", size=10.5,
          color="3C6E2F")

    c = {
        "m1": "Ingen park- eller naturmark ska gå förlorad netto när tätorten förtätas.",
        "m2": "Alla bostäder ska ha högst 300 meter till en park eller ett naturområde.",
        "m3": "Ett sammanhängande grönt stråk ska leda från centrum till Ljungåsens "
              "friluftsområde.",
        "m4": "Fler arter av pollinerare, fåglar och växter ska trivas i tätortens parker.",
        "m5": "Parker och gator ska kunna ta hand om ett hundraårsregn utan skador på "
              "byggnader.",
        "m6": "Parkerna ska upplevas som trygga även under den mörka årstiden.",
    }
    m = {
        "gyf": "Grönytefaktor i alla nya detaljplaner för förtätning",
        "ers": "Parkmark som tas i anspråk ersätts inom samma stadsdel",
        "norr": "Ny stadsdelspark i Norrmalm",
        "lek": "Tre nya kvarterslekplatser i Västra Vreta",
        "stråk": "Gång- och cykelstråket längs Ljungån förlängs till Ljungåsen",
        "rast": "Skyltning och rastplatser längs stråket",
        "äng": "Gräsmattor görs om till ängsmark på 12 hektar",
        "ved": "Död ved och faunadepåer i alla större parker",
        "skyf": "Skyfallspark i Vretadalen",
        "regn": "Regnbäddar längs Storgatan",
        "odl": "40 nya odlingslotter vid Solgården",
        "koloni": "Bidrag till Ljungvreta koloniförening för nya gemensamma lokaler",
        "ljus": "Ny belysning längs parkvägar och vid entréer till parkerna",
    }
    p1 = [
        ("title", "Grönplan för Ljungvreta tätort 2027–2035"),
        ("sub", "Ljungvreta kommun · Samhällsbyggnadsförvaltningen · Antagen av "
         "kommunfullmäktige 7 december 2026"),
        ("h1", "1 Inledning"),
        ("p", "Grönplanen är kommunens program för parker, natur och gröna stråk i tätorten. "
         "Den konkretiserar Översiktsplan 2040 (ÖP). En hänvisning inom parentes i slutet av "
         "ett stycke anger vilken strategi i ÖP som stycket bygger på; sidfoten sammanfattar "
         "hänvisningarna på varje sida."),
        ("p", "Planen har tagits fram av en arbetsgrupp från samhällsbyggnad, kultur och "
         "fritid samt VA-bolaget, och har varit på samråd under våren 2026."),
        ("h1", "2 Mål för grönplanen"),
        ("p", "Till 2035 vill vi nå följande:"),
        ("num", [c["m1"], c["m2"], c["m3"], c["m4"], c["m5"], c["m6"]]),
        ("h1", "3 Nuläge"),
        ("p", "Tätorten har 62 hektar park och 240 hektar tätortsnära natur. Parkerna är "
         "mest gräsmattor, och många lekplatser är byggda på 1970-talet. Ljungån rinner genom "
         "centrum men är svår att nå på flera sträckor."),
    ]
    p1 += [
        ("h1", "4 Åtgärder"),
        ("h2", "4.1 Park och förtätning"),
        ("p", "När tätorten förtätas får parkerna inte bli färre eller mindre. Varje "
         "detaljplan för förtätning ska visa hur parkens funktioner ersätts. (ÖP strategi 1)"),
        ("lab", "Åtgärder"),
        ("dash", [m["gyf"], m["ers"]]),
        ("h2", "4.2 Nära till park"),
        ("p", "Norrmalm och Västra Vreta har längst till park i dag. Där görs de största "
         "insatserna under planperioden. (ÖP strategi 2)"),
        ("lab", "Åtgärder"),
        ("dash", [m["norr"], m["lek"]]),
        ("h2", "4.3 Gröna stråk"),
        ("p", "Ljungån är tätortens viktigaste gröna stråk. Stråket förlängs så att man kan "
         "gå och cykla hela vägen från torget till Ljungåsens friluftsområde. Ett stråk mot "
         "kusten studeras i en senare etapp. (ÖP strategi 3)"),
        ("lab", "Åtgärder"),
        ("dash", [m["stråk"], m["rast"]]),
    ]
    p2 = [
        ("h2", "4.4 Biologisk mångfald"),
        ("p", "Parkerna sköts så att fler arter får plats: mer äng, mer död ved och fler "
         "blommande buskar. Frågan om naturreservat i Ljungåsen ligger utanför grönplanen. "
         "(ÖP strategi 4)"),
        ("lab", "Åtgärder"),
        ("dash", [m["äng"], m["ved"]]),
        ("h2", "4.5 Skyfall och dagvatten"),
        ("p", "Vid kraftiga regn ska vattnet kunna samlas i parker och gröna gator i stället "
         "för i källare. (ÖP strategi 5)"),
        ("lab", "Åtgärder"),
        ("dash", [m["skyf"], m["regn"]]),
        ("h2", "4.6 Stadsodling"),
        ("p", "Intresset för att odla är stort, och kön till koloniområdet är tre år. Kommunen "
         "anlägger nya odlingslotter och stöttar koloniföreningen. (ÖP strategi 6)"),
        ("lab", "Åtgärder"),
        ("dash", [m["odl"], m["koloni"]]),
        ("h2", "4.7 Trygga parker"),
        ("p", "Många, särskilt kvinnor och äldre, undviker parkerna när det är mörkt."),
        ("lab", "Åtgärder"),
        ("dash", [m["ljus"]]),
        ("h1", "5 Uppföljning"),
        ("p", "Samhällsbyggnadsnämnden följer upp grönplanen vartannat år. Planen revideras "
         "2031."),
    ]
    _rl_footed(d / "child.pdf", [p1, p2], family="DejaVuSansCondensed", base=9.5,
               accent="#3C6E2F", title="Grönplan för Ljungvreta tätort 2027–2035",
               author="Ljungvreta kommun",
               header="Ljungvreta kommun · Grönplan för Ljungvreta tätort 2027–2035",
               footers=["Grönplan 2027–2035 · Hänvisningar på sidan: ÖP strategi 1, 2 och 3",
                        "Grönplan 2027–2035 · Hänvisningar på sidan: ÖP strategi 4, 5 och 6"])

    goals_ = [
        G("1", g["1"], "followed_up", [c["m1"], m["gyf"], m["ers"]],
          ev="Ingen park- eller naturmark ska",
          note="the goals are the strategies under '4 Strategier', printed as headings "
          "'Strategi n – …' (id = the number, gold text without 'Strategi n –'); the "
          "'Ställningstaganden' are positions under the strategy, not scored; the vision and "
          "'Genomförande' are no goals. No net loss of park land and a green-space factor when "
          "the town densifies"),
        G("2", g["2"], "followed_up", [c["m2"], m["norr"], m["lek"]],
          ev="Alla bostäder ska ha",
          note="300 m to a park, a new park and playgrounds where the distance is longest"),
        G("3", g["3"], "partial", [c["m3"], m["stråk"], m["rast"]],
          ev="Ett sammanhängande grönt stråk ska",
          missing=["stråk till kusten"],
          note="the corridor along the river to the forest (Ljungåsen); the corridor to the "
          "coast 'studeras i en senare etapp'"),
        G("4", g["4"], "partial", [c["m4"], m["äng"], m["ved"]],
          ev="Fler arter av pollinerare,",
          missing=["långsiktigt skydd av värdefull natur"],
          note="more species through park management (meadows, dead wood); protection "
          "(naturreservat i Ljungåsen) 'ligger utanför grönplanen'"),
        G("5", g["5"], "followed_up", [c["m5"], m["skyf"], m["regn"]],
          ev="Parker och gator ska",
          note="a cloudburst park and rain gardens; a hundred-year rain without damage"),
        G("6", g["6"], "not_followed_up",
          note="trap (citation, no follow-up): the paragraph on allotments (4.6 Stadsodling) "
          "ends '(ÖP strategi 6)' and the page's footer repeats it, but allotments in the town "
          "neither preserve farmland nor food production; nothing else"),
        G("7", g["7"], "not_followed_up",
          note="silent: no paragraph, goal or measure on the cultural environments of Gamla "
          "Vreta or the mills along the river (the river corridor is a green corridor, not "
          "heritage care)"),
    ]
    kids = [
        C(c["m1"], ["1"], note="the child goals are the numbered items under '2 Mål för "
          "grönplanen' (gold text without the number); the '–' lines under 'Åtgärder' are "
          "measures (in served_by beside the goals they serve); the '(ÖP strategi n)' "
          "brackets and the footer lines are citations, no goals"),
        C(c["m2"], ["2"]),
        C(c["m3"], ["3"]),
        C(c["m4"], ["4"]),
        C(c["m5"], ["5"]),
        C(c["m6"], [], note="safety in parks after dark: no strategy of the ÖP — stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Serif 10.5; översiktsplan "
        "2040): chapter '4 Strategier' with Heading 2 'Strategi n – …' (the strategy sentence "
        "in the heading), a background paragraph, a bold 'Ställningstaganden' and '–' lines; "
        "header over a rule, footer left + page number right; child PDF (reportlab, DejaVu Sans "
        "Condensed 9.5; grönplan 2027–2035): goals as numbered paragraphs '1.'–'6.', then "
        "'4 Åtgärder' with paragraphs ending '(ÖP strategi n)' and '–' measures under a small "
        "'Åtgärder' label; header top left over a rule, a per-page footer line 'Hänvisningar på "
        "sidan: ÖP strategi …' left and 'Sida n' right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Rørvænge (da)


@pair
def rorvaenge_klimahandleplan(d: Path) -> dict:
    themes = [
        ("1", "Grøn omstilling",
         "Rørvænge har en lang kyst, store landbrugsarealer og mange pendlere. Udledningen er "
         "faldet med 38 procent siden 1990, men transport og landbrug fylder stadig meget.",
         [("1.1", "Vi vil nedbringe udledningen af drivhusgasser i hele kommunen med 70 "
                  "procent i 2030 i forhold til 1990."),
          ("1.2", "Vi vil sikre byer og landsbyer mod oversvømmelse fra både havet og "
                  "skybrud.")]),
        ("2", "Levende byer og landsbyer",
         "Rørvænge by vokser, mens flere landsbyer mister indbyggere og butikker. Busdriften er "
         "skåret ned, og mange er afhængige af bilen.",
         [("2.1", "Vi vil gøre det let at cykle og tage bus eller tog i hele kommunen."),
          ("2.2", "Vi vil give plads til nye boliger i landsbyerne, så de kan vokse.")]),
        ("3", "Erhverv og uddannelse",
         "Virksomhederne mangler faglærte, og færre unge vælger en erhvervsuddannelse.",
         [("3.1", "Vi vil styrke erhvervsuddannelserne og samarbejdet mellem skoler og "
                  "virksomheder.")]),
        ("4", "Sundhed og fællesskab",
         "Foreningslivet er stærkt, men har svært ved at finde frivillige. Mange børn bruger "
         "sjældent naturen.",
         [("4.1", "Vi vil have flere borgere med i foreningsliv og frivillige fællesskaber."),
          ("4.2", "Vi vil give alle børn natur og udeliv tæt på, hvor de bor.")]),
    ]
    g = {k: t for _, _, _, vv in themes for k, t in vv}
    secs = []
    for n, name, bg, vv in themes:
        items = "".join(
            ("<li class='brk'>" if k == "2.2" else "<li>") + f"{e(t)}</li>" for k, t in vv)
        secs.append(f"<section class='tema'><h2><span>Tema {n}</span> {e(name)}</h2>"
                    f"<p>{e(bg)}</p><p class='vvl'>Det vil byrådet</p>"
                    f"<ul class='vv'>{items}</ul></section>")
    plans = [("Kommuneplan 2029 (revision)", "Plan og Byg", "2027–2029"),
             ("Klimahandleplan 2027–2030", "Klima og Miljø", "2027"),
             ("Kystplan", "Klima og Miljø", "2028"),
             ("Landdistriktspolitik", "Borgmesterens kontor", "2028"),
             ("Mobilitetsplan", "Vej og Park", "2028")]
    body = [
        "<div class='top'>RØRVÆNGE KOMMUNE</div>",
        "<h1>Planstrategi 2027</h1>",
        "<p class='meta'>Vedtaget af byrådet den 24. juni 2027 efter offentlig høring</p>",
        "<h2 class='plain'>Forord</h2>",
        "<p>Planstrategien er byrådets bud på, hvordan Rørvænge skal udvikle sig i de næste "
        "tolv år, og hvilke planer der skal laves i valgperioden. Den bygger på dialogmøder i "
        "alle fire lokalområder og på kommunens udviklingsstatus 2026.</p>",
        "<p>Byrådet har valgt fire temaer. Under hvert tema står, hvad byrådet vil. Temaerne "
        "skal følges op i kommuneplanen og i kommunens politikker og handleplaner.</p>",
        "<h2 class='plain'>Vision</h2>",
        "<p class='vis'>Rørvænge – grøn, nær og åben</p>",
        "<h2 class='plain'>Byrådets udviklingsstatus</h2>",
        "<p>Kommunen har 31 000 indbyggere. Befolkningen er vokset lidt siden 2019, men "
        "andelen af ældre stiger hurtigere end landsgennemsnittet. 58 procent af de "
        "beskæftigede pendler ud af kommunen. Kysten mod syd er lavtliggende, og flere "
        "landsbyer har haft oversvømmelser ved stormflod.</p>",
        "<p>Erhvervslivet er præget af landbrug, fødevareindustri og små håndværksvirksomheder. "
        "Ledigheden er lav, men mange virksomheder mangler faglært arbejdskraft. "
        "Foreningslivet er bredt, og næsten hver anden voksen er aktiv i en forening, men "
        "foreningerne melder om færre frivillige ledere.</p>",
        "<p>Siden den seneste planstrategi er der vedtaget en ny kommuneplan (2025), en "
        "mobilitetsplan for Rørvænge by og en landdistriktspolitik. Byrådet har desuden "
        "tilsluttet sig DK2020 og skal derfor have en klimahandleplan, der lever op til "
        "Parisaftalen.</p>",
        *secs,
        "<h2 class='plain'>Planer i valgperioden</h2>",
        "<table class='pl'><thead><tr><th>Plan</th><th>Ansvar</th><th>År</th></tr></thead>"
        "<tbody>" + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(y)}</td></tr>"
                            for a, b, y in plans) + "</tbody></table>",
    ]
    css = (
        "@page{size:A4;margin:18mm 20mm 20mm 20mm;"
        "@bottom-center{content:'Planstrategi 2027 · side ' counter(page);"
        "font:7.5pt 'Liberation Serif';color:#666}}"
        "body{font:10.5pt/1.5 'Liberation Serif';color:#222;margin:0}"
        ".top{font:bold 8pt 'Liberation Sans';letter-spacing:.2em;color:#7a4b12}"
        "h1{font:bold 24pt 'Liberation Sans';color:#7a4b12;margin:4px 0 2px}"
        ".meta{font:italic 9pt 'Liberation Serif';color:#666;margin:0 0 10px}"
        "h2{font:bold 13pt 'Liberation Sans';color:#7a4b12;margin:14px 0 4px}"
        "h2 span{background:#7a4b12;color:#fff;font-size:9pt;padding:1px 5px;margin-right:4px;"
        "vertical-align:2px}"
        "p{margin:0 0 6px}"
        ".vis{font:italic 15pt 'Liberation Serif';color:#7a4b12}"
        ".vvl{font:bold 9.5pt 'Liberation Sans';color:#7a4b12;margin:6px 0 2px}"
        "ul.vv{margin:0 0 6px 0;padding-left:18px}"
        "ul.vv li{margin:0 0 3px}"
        "li.brk{break-before:page}"
        "table.pl{border-collapse:collapse;width:100%;font-size:9.5pt}"
        "table.pl th{text-align:left;border-bottom:1.5px solid #7a4b12;padding:3px 4px}"
        "table.pl td{border-bottom:0.5px solid #bbb;padding:3px 4px}"
    )
    _html("da", "Planstrategi 2027 – Rørvænge Kommune", css, body, d / "parent.pdf")

    c = {
        "c1": "Udledningen af drivhusgasser i Rørvænge skal falde med 70 procent i 2030 i "
              "forhold til 1990.",
        "c2": "Kommunens egen drift skal være CO2-neutral i 2028.",
        "c3": "Ingen boliger skal oversvømmes ved et 100-års skybrud.",
        "c4": "Flere skal tage cyklen til arbejde og skole.",
        "c5": "Der skal plantes 150 hektar ny skov, heraf 30 hektar bynær skov ved skoler og "
              "institutioner.",
        "c6": "Kommunen skal offentliggøre et klimaregnskab hvert år.",
    }
    m = {
        "fjv": "Fjernvarme til Hvidsted og Ålund",
        "sol": "Solcellepark ved Nørremark på 40 MW",
        "cykel": "Supercykelsti mellem Rørvænge og Hvidsted",
        "parkering": "Overdækket cykelparkering ved alle skoler",
        "elbil": "Elbiler i hjemmeplejen og ladestandere ved rådhuset",
        "bassin": "Regnvandsbassiner og grønne veje i Rørvænge by",
        "skybrud": "Skybrudsplan for de seks største landsbyer",
        "skov": "Skovrejsning på 120 hektar kommunal jord",
        "klimaskov": "Bynære klimaskove med udeskole ved fem skoler og børnehaver",
        "regnskab": "Årligt klimaregnskab på kommunens hjemmeside",
    }
    rows = [
        ("span", "Energi"),
        (m["fjv"], "Rørvænge Forsyning", "2027–2029"),
        (m["sol"], "Plan og Byg", "2028"),
        ("span", "Transport"),
        (m["cykel"], "Vej og Park", "2029"),
        (m["parkering"], "Ejendomme", "2027–2028"),
        (m["elbil"], "Indkøb", "2027"),
        ("span", "Klimatilpasning"),
        (m["bassin"], "Rørvænge Forsyning", "2027–2030"),
        (m["skybrud"], "Klima og Miljø", "2028"),
        ("span", "Skov og natur"),
        (m["skov"], "Vej og Park", "2027–2030"),
        (m["klimaskov"], "Vej og Park / Børn og Unge", "2027–2030"),
        ("span", "Kommunen som virksomhed"),
        (m["regnskab"], "Klima og Miljø", "Hvert år"),
    ]
    link = [
        ("Grøn omstilling", "Hele planen: lavere udledning og klimatilpasning i byer og "
         "landsbyer."),
        ("Levende byer og landsbyer", "Grønne og klimatilpassede landsbyer med gode "
         "cykelforbindelser og plads til nye boliger."),
        ("Erhverv og uddannelse", "Grønne job og samarbejde med erhvervsskolerne om den grønne "
         "omstilling."),
        ("Sundhed og fællesskab", "Natur tæt på for børn og lokale klimafællesskaber i "
         "foreningerne."),
    ]
    child = [
        ("title", "Klimahandleplan 2027–2030"),
        ("sub", "Rørvænge Kommune · Vedtaget af byrådet 9. december 2027"),
        ("h1", "1 Indledning"),
        ("p", "Klimahandleplanen viser, hvordan Rørvænge Kommune vil nedbringe udledningen af "
         "drivhusgasser og tilpasse sig et vådere klima. Planen følger op på planstrategien "
         "2027 og på kommunens aftale med KL om klimahandling."),
        ("p", "Sikring mod stormflod langs kysten behandles i kystplanen, som udarbejdes i "
         "2028."),
        ("h1", "2 Målsætninger"),
        ("num", [c["c1"], c["c2"], c["c3"], c["c4"], c["c5"], c["c6"]]),
        ("h1", "3 Indsatser"),
        ("table", ["Indsats", "Ansvar", "Tidsplan"], rows, [96, 48, 26]),
        ("h1", "4 Sammenhæng med planstrategien"),
        ("p", "Tabellen viser, hvordan klimahandleplanen bidrager til planstrategiens fire "
         "temaer."),
        ("table", ["Tema i planstrategien", "Klimahandleplanens bidrag"], link, [50, 120]),
    ]
    _docx(child, d / "child.pdf", title="Klimahandleplan 2027–2030", author="Rørvænge Kommune",
          header="RØRVÆNGE KOMMUNE · KLIMAHANDLEPLAN 2027–2030",
          footer="Klimahandleplan 2027–2030", lang="da-DK", font="Liberation Sans", size=10,
          color="7A4B12")

    goals_ = [
        G("1.1", g["1.1"], "followed_up",
          [c["c1"], c["c2"], c["c5"], m["fjv"], m["sol"], m["elbil"], m["skov"]],
          ev="Udledningen af drivhusgasser i",
          note="the goals are the bullets under 'Det vil byrådet' in the four 'Tema n' sections, "
          "each a 'Vi vil …' statement (ids = theme number + order, not printed); the theme "
          "names, background texts, vision, 'Byrådets udviklingsstatus' and the table 'Planer i "
          "valgperioden' are no goals. Quoted nearly word for word as the plan's first "
          "målsætning, with district heating, a solar park, electric cars and new forest"),
        G("1.2", g["1.2"], "partial", [c["c3"], m["bassin"], m["skybrud"]],
          ev="Ingen boliger skal oversvømmes",
          missing=["sikring mod oversvømmelse fra havet (stormflod)"],
          note="cloudbursts only (basins, green roads, a cloudburst plan for the villages); "
          "the sea is left to the kystplan ('behandles i kystplanen')"),
        G("2.1", g["2.1"], "partial", [c["c4"], m["cykel"], m["parkering"]],
          ev="Flere skal tage cyklen",
          missing=["bus og tog (kollektiv trafik)"],
          note="cycling only (cycle superhighway, covered cycle parking); nothing for bus or "
          "train. This goal is the last on page 1; the list goes on over the page break"),
        G("2.2", g["2.2"], "not_followed_up",
          note="trap (claimed, not followed up): the table 'Sammenhæng med planstrategien' "
          "claims 'plads til nye boliger' for 'Levende byer og landsbyer', but no målsætning "
          "or indsats is about housing. This goal opens page 2 (the list runs over the page "
          "break)"),
        G("3.1", g["3.1"], "not_followed_up",
          note="trap (claimed, not followed up): the table claims 'samarbejde med "
          "erhvervsskolerne' for 'Erhverv og uddannelse'; no indsats anywhere"),
        G("4.1", g["4.1"], "not_followed_up",
          note="trap (claimed, not followed up): 'lokale klimafællesskaber i foreningerne' "
          "stands only in the table; no indsats with associations or volunteers"),
        G("4.2", g["4.2"], "followed_up", [c["c5"], m["klimaskov"]],
          ev="Bynære klimaskove med udeskole",
          note="urban climate forests with outdoor teaching at five schools and kindergartens "
          "and the målsætning's 'bynær skov ved skoler og institutioner' (nature close to "
          "where children are); the table's claim for the theme is true here, by content"),
    ]
    kids = [
        C(c["c1"], ["1.1"], note="the child goals are the Word-numbered '2 Målsætninger'; the "
          "rows of '3 Indsatser' are measures (in served_by beside the goals they serve); the "
          "rows of 'Sammenhæng med planstrategien' are claims, neither goals nor measures"),
        C(c["c2"], ["1.1"]),
        C(c["c3"], ["1.2"]),
        C(c["c4"], ["2.1"]),
        C(c["c5"], ["1.1", "4.2"], note="serves two parent goals: new forest binds carbon "
          "(1.1), and the urban part next to schools and institutions gives children nature "
          "close by (4.2)"),
        C(c["c6"], [], note="an annual climate account: reporting, no goal of the planstrategi "
          "— stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Serif 10.5; planstrategi 2027): "
        "'Tema n' sections (a filled tag before the theme name), a background paragraph, a "
        "small 'Det vil byrådet' label and • 'Vi vil …' bullets; the list of theme 2 runs over "
        "the page break (its second bullet opens page 2); a table 'Planer i valgperioden'; "
        "footer centred 'Planstrategi 2027 · side n'; child PDF (python-docx → LibreOffice, "
        "Liberation Sans 10; klimahandleplan 2027–2030): Word-numbered '2 Målsætninger', a "
        "table 'Indsats | Ansvar | Tidsplan' with shaded sector rows, and a closing table "
        "'Tema i planstrategien | Klimahandleplanens bidrag' claiming all four themes; header "
        "over a rule, footer left + page number right",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
