"""Build the forty-eighth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written by `b48p` without reading plancheck's code, tests, rules, docs or bench and without
running it. Five pairs, each in a real form no earlier batch used (see README.md for the forms,
the nearest earlier forms and the gold conventions):

- Saltbekk (nb): the samfunnsdel's KORTVERSJON printed as a TRI-FOLD FOLDER (reportlab, A4
  landscape, three panels a side in imposition order: the outside sheet holds the inside
  flap with one theme, the back cover and the front cover) → 'Handlingsdel 2031–2034'
  (python-docx) that orders the goals by TJENESTEOMRÅDE and MERGES two pairs of them into one
  'Mål for perioden' each.
- Hvidstrup (da): a KONSTITUERINGSAFTALE after the municipal election, 'Fælles politiske mål
  for valgperioden' a)–g) beside a table of udvalgsposter (odfpy) → the BUDGETAFTALE for
  2032–2035, prose 'Parterne er enige om at …' with a shaded 'Målsætning' per section,
  'jf. konstitueringsaftalen pkt. 3 x' in some, an overview table in 1.000 kr. (Chromium).
- Sälby (sv): an ÄGARDIREKTIV for the municipal housing company, numbered paragraphs 3.1–4.2
  among reporting duties and matters for the fullmäktige (reportlab) → the company's
  AFFÄRSPLAN with strategic-goal tiles and key figures, one key figure set BELOW the owner's
  requirement (Chromium).
- Harcombe / Little Wenlow (en): the Local Plan's 'Vision and objectives' as a council WEB
  PAGE PRINTED FROM THE BROWSER (cookie banner, navigation, breadcrumb, expanded accordions,
  'Was this page helpful?', the browser's date / title / URL / 'n/N' in the margins;
  Chromium) → a parish NEIGHBOURHOOD PLAN (submission version) with community objectives,
  policies in shaded boxes and a table of community actions (python-docx).
- Kvernavik (nn): KVALITETSPLAN for the kindergartens, `Mål | Kjenneteikn på god praksis`
  tables (odfpy) → one kindergarten's ÅRSPLAN to the parents, 'Satsingane våre i år' and an
  ÅRSHJUL table `Månad | Tema | Dette gjer vi | Heim og barnehage` (reportlab).

    python corpora/parents-blind48/make_pairs.py                  # all pairs
    python corpora/parents-blind48/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind48/make_pairs.py --twice          # build twice, compare sha256

Writers reused through batch 47's builder (`pk.load_module`): batch 47's `_docx47`, batch 46's
`_rl_doc`, batch 44's `_docx` and `_odt`, batch 43's `_html`, the reportlab font set-ups of
batches 43 and 44. This batch's own: `_rl_folder` (reportlab canvas, a tri-fold folder: three
panels a side, each panel a frame of its own). The gold writer and checks (`G`, `C`, batch 14's
`main`, batch 20's `verify`) come through batch 47's builder and `pairkit.parents_main`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p47 = pk.load_module("parents_blind47_make_pairs", HERE.parent / "parents-blind47" / "make_pairs.py")
_p46, _p44, _p43 = _p47._p46, _p47._p44, _p47._p43
_p20, _p14 = _p47._p20, _p47._p14
G, C = _p47.G, _p47.C
_docx, _odt, _html, _rl_doc, _docx47, e = (_p47._docx, _p47._odt, _p47._html, _p47._rl_doc,
                                           _p47._docx47, _p47.e)

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind48/make_pairs.py"


# =========================================================================== writers


def _rl_folder(pdf: Path, sheets, *, fonts: dict[str, str], base: float, accent: str,
               tint: str, title: str, author: str) -> Path:
    """reportlab canvas (invariant): a TRI-FOLD folder, A4 landscape, one page per side of the
    sheet, three panels of 99 mm each, drawn left to right as printed (so the reading order of a
    folded folder is not the order on the page). SHEETS: [[panel, panel, panel], ..], a panel a
    dict with 'blocks' and optional 'band' (mm of accent colour across its top, with
    'band_text' in white on it). Blocks: ("kicker"|"title"|"sub"|"vision"|"h"|"p"|"lab"|
    "small", text); ("sq", [..]) '▪' lines; ("facts", heading, [..]) a tinted box of big
    figure + text lines. A panel whose blocks do not fit stops the build."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rlcanvas
    from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle

    f = fonts
    acc = colors.HexColor(accent)
    tin = colors.HexColor(tint)
    dark = colors.HexColor("#202020")
    ps = {
        "kicker": ParagraphStyle("k", fontName=f["bold"], fontSize=base - 0.5, leading=base + 3,
                                 textColor=acc, spaceAfter=4),
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=base + 16, leading=base + 20,
                                textColor=dark, spaceAfter=4),
        "sub": ParagraphStyle("s", fontName=f["normal"], fontSize=base + 1, leading=base + 5,
                              textColor=colors.HexColor("#444444"), spaceAfter=14),
        "vision": ParagraphStyle("v", fontName=f["italic"], fontSize=base + 5, leading=base + 9,
                                 textColor=acc, spaceBefore=6, spaceAfter=12),
        "h": ParagraphStyle("h", fontName=f["bold"], fontSize=base + 4, leading=base + 7,
                            textColor=acc, spaceBefore=4, spaceAfter=5),
        "p": ParagraphStyle("p", fontName=f["normal"], fontSize=base, leading=base * 1.4,
                            spaceAfter=5, textColor=dark),
        "small": ParagraphStyle("sm", fontName=f["normal"], fontSize=base - 1.5,
                                leading=(base - 1.5) * 1.4, spaceAfter=4,
                                textColor=colors.HexColor("#444444")),
        "lab": ParagraphStyle("lb", fontName=f["bold"], fontSize=base - 0.5, leading=base + 3,
                              spaceBefore=5, spaceAfter=3, textColor=acc),
        "li": ParagraphStyle("li", fontName=f["bold"], fontSize=base, leading=base * 1.38,
                             leftIndent=4.5 * mm, bulletIndent=0, spaceAfter=4, textColor=dark),
        "fig": ParagraphStyle("fg", fontName=f["bold"], fontSize=base + 1, leading=base + 4,
                              textColor=acc),
    }
    W, H = landscape(A4)
    pw = W / 3
    cv = rlcanvas.Canvas(str(pdf), pagesize=(W, H), invariant=1)
    cv.setTitle(title)
    cv.setAuthor(author)
    cv.setCreator(author)
    for sheet in sheets:
        for i, panel in enumerate(sheet):
            x0 = i * pw
            band = panel.get("band", 0)
            if band:
                cv.setFillColor(acc)
                cv.rect(x0, H - band * mm, pw, band * mm, stroke=0, fill=1)
                if panel.get("band_text"):
                    cv.setFillColor(colors.white)
                    cv.setFont(f["bold"], base + 1)
                    cv.drawString(x0 + 10 * mm, H - band * mm + 6 * mm, panel["band_text"])
            story: list = []
            for b in panel["blocks"]:
                k = b[0]
                if k in ("kicker", "title", "sub", "vision", "h", "p", "lab", "small"):
                    story.append(Paragraph(e(b[1]), ps[k]))
                elif k == "sq":
                    story += [Paragraph(e(x), ps["li"], bulletText="▪") for x in b[1]]
                    story.append(Spacer(1, 3))
                elif k == "facts":
                    inner = [Paragraph(e(b[1]), ps["lab"])]
                    inner += [Paragraph(e(x), ps["p"]) for x in b[2]]
                    t = Table([[inner]], colWidths=[pw - 20 * mm])
                    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), tin),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                           ("TOPPADDING", (0, 0), (-1, -1), 2),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
                    story += [Spacer(1, 6), t]
                else:
                    raise ValueError(k)
            fr = Frame(x0 + 10 * mm, 11 * mm, pw - 20 * mm, H - 22 * mm - band * mm,
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            fr.addFromList(story, cv)
            if story:
                raise SystemExit(f"{pdf}: folder panel {i + 1} overflows")
        cv.showPage()
    cv.save()
    return pdf


# =========================================================================== 1 Saltbekk (nb)


@pair
def saltbekk_handlingsdel(d: Path) -> dict:
    g = {
        "O1": "Alle barn og unge skal ha en trygg oppvekst og oppleve mestring i barnehage og "
              "skole.",
        "O2": "Barn og unge skal ha et variert fritidstilbud, uansett hvor i kommunen de bor.",
        "H1": "Innbyggerne skal kunne leve aktive og selvstendige liv hele livet.",
        "H2": "Flere skal være i arbeid, og færre barn skal vokse opp i familier med lav "
              "inntekt.",
        "L1": "Saltbekk skal ha et attraktivt sentrum og levende grender.",
        "L2": "Det skal finnes boliger som passer for alle livsfaser.",
        "K1": "Saltbekk skal være forberedt på mer ekstremvær, flom og skred.",
    }
    lab = ("lab", "DETTE VIL VI OPPNÅ")
    outside = [
        {"band": 12, "band_text": "Klima, natur og beredskap", "blocks": [
            ("p", "Flommen i Saltbekkelva i 2027 og to skred i 2029 viste hvor sårbare vi er. "
             "Været blir våtere og villere, og mange boliger ligger nær elva eller under "
             "bratte lier."),
            lab, ("sq", [g["K1"]]),
            ("h", "Slik følger vi opp"),
            ("p", "Målene følges opp i handlingsdelen, som rulleres hvert år sammen med "
             "økonomiplanen, og i kommunens temaplaner."),
            ("p", "Kommunestyret vurderer samfunnsdelen på nytt når det vedtar ny planstrategi."),
            ("small", "Hele samfunnsdelen, med kunnskapsgrunnlaget, finner du på "
             "saltbekk.kommune.no/samfunnsdelen."),
        ]},
        {"blocks": [
            ("kicker", "SALTBEKK KOMMUNE"),
            ("p", "Rådhuset, Hamregata 2"),
            ("p", "postmottak@saltbekk.kommune.no"),
            ("small", "Kommuneplanens samfunnsdel 2030–2042 ble vedtatt av kommunestyret "
             "23. september 2030, sak 61/30."),
            ("small", "Kortversjonen er laget av Plan og utvikling i oktober 2030. Ved "
             "uoverensstemmelse gjelder den vedtatte planen."),
        ]},
        {"band": 70, "band_text": "KORTVERSJON", "blocks": [
            ("title", "Saltbekk 2042"),
            ("sub", "Kommuneplanens samfunnsdel 2030–2042"),
            ("vision", "«Saltbekk – der livet får plass»"),
            ("p", "Her er målene kommunestyret har satt for oppvekst, helse, lokalsamfunn og "
             "klima fram mot 2042."),
        ]},
    ]
    inside = [
        {"band": 12, "band_text": "Oppvekst", "blocks": [
            ("p", "Barnetallet i grendene går ned, og skolene og barnehagene der er små. De "
             "fleste fritidstilbudene ligger i sentrum."),
            lab, ("sq", [g["O1"], g["O2"]]),
            ("facts", "Saltbekk i tall", ["4 870 innbyggere", "11 grender", "3 skoler og 4 "
                                          "barnehager"]),
        ]},
        {"band": 12, "band_text": "Helse og livskvalitet", "blocks": [
            ("p", "Vi blir flere eldre, og flere lever lenge med kroniske sykdommer. "
             "Andelen unge uføre er høyere enn i fylket."),
            lab, ("sq", [g["H1"], g["H2"]]),
        ]},
        {"band": 12, "band_text": "Levende lokalsamfunn", "blocks": [
            ("p", "Sentrum har mistet butikker, og i flere grender står skolehuset og "
             "butikken tomme. Det er nesten ikke bygget leiligheter de siste ti årene."),
            lab, ("sq", [g["L1"], g["L2"]]),
        ]},
    ]
    _rl_folder(d / "parent.pdf", [outside, inside], fonts=_p43._rl_fonts("LiberationSans"),
               base=9.5, accent="#B0552B", tint="#F6E7DE",
               title="Saltbekk 2042 – kortversjon av kommuneplanens samfunnsdel",
               author="Saltbekk kommune")

    c = {
        "h": "Innbyggere i alle aldre skal være aktive og klare seg selv lenger, og flere unge "
             "skal komme i arbeid.",
        "o": "Elevene skal lære mer og ha det trygt og godt på skolen, og barnehagene skal "
             "holde høy kvalitet.",
        "app": "Skole og barnehage skal ta i bruk én felles digital plattform for kontakt med "
               "foreldrene.",
        "s": "Sentrum skal bli et bedre sted å møtes, og kommunen skal være bedre rustet mot "
             "flom og skred.",
        "en": "Kommunens bygg skal bruke 20 prosent mindre energi enn i 2030.",
    }
    m = {
        "rehab": "Hverdagsrehabilitering for hjemmeboende over 67 år",
        "akt": "Aktivitetsgrupper for seniorer i alle grendehus",
        "jobb": "Jobbspesialister i NAV for unge under 30 år",
        "tilsyn": "Digitalt tilsyn for 80 hjemmeboende",
        "les": "Tidlig innsats i lesing og regning på 1.–4. trinn",
        "mobb": "Antimobbeteam og trivselsprogram på alle skoler",
        "bhg": "Kompetanseheving for alle ansatte i barnehagene",
        "appt": "Felles foreldreapp i skole og barnehage",
        "torg": "Oppgradere torget og Hamregata med benker, lys og beplantning",
        "voll": "Flomvoll langs Saltbekkelva ved Nyjordet",
        "skred": "Kartlegge skredfare i alle boligfelt og sikre de mest utsatte",
        "bered": "Revidere beredskapsplanen med scenarier for ekstremvær og langvarig "
                 "strømbrudd",
        "sd": "Energisparing og sentral driftsstyring i skoler og sykehjem",
    }
    head = ["Tiltak", "Ansvar", "Frist", "Kostnad (1000 kr)"]
    w = [84, 40, 22, 22]
    child = [
        ("title", "Handlingsdel 2031–2034"),
        ("sub", "Saltbekk kommune · Vedtatt av kommunestyret 9. desember 2030, sak 88/30"),
        ("h1", "1 Innledning"),
        ("p", "Handlingsdelen viser hvordan kommunen følger opp kommuneplanens samfunnsdel "
         "2030–2042 de neste fire årene. Den rulleres hvert år sammen med økonomiplanen."),
        ("p", "Samfunnsdelen er ordnet etter tema. Her er målene ordnet etter kommunens tre "
         "tjenesteområder, fordi det er de som skal gjennomføre tiltakene. Der to mål i "
         "samfunnsdelen henger tett sammen, har vi slått dem sammen til ett mål for "
         "perioden."),
        ("h1", "2 Helse og velferd"),
        ("lab", "Mål for perioden"),
        ("bul", [c["h"]]),
        ("table", head, [(m["rehab"], "Kommunalsjef helse", "2031", "2 800"),
                         (m["akt"], "Frisklivssentralen", "2032", "450"),
                         (m["jobb"], "NAV-leder", "2031–2034", "1 600"),
                         (m["tilsyn"], "Hjemmetjenesten", "2032", "1 900")], w),
        ("p", "Andelen barn som vokser opp i familier med lav inntekt, har økt litt siden "
         "2027."),
        ("h1", "3 Oppvekst"),
        ("lab", "Mål for perioden"),
        ("bul", [c["o"], c["app"]]),
        ("table", head, [(m["les"], "Rektorene", "2031–2032", "1 200"),
                         (m["mobb"], "Kommunalsjef oppvekst", "2031", "600"),
                         (m["bhg"], "Barnehagefaglig rådgiver", "2031–2033", "900"),
                         (m["appt"], "IKT-rådgiver", "2031", "350")], w),
        ("p", "Barn og unge i grendene har i dag et magrere fritidstilbud enn barn og unge i "
         "sentrum."),
        ("h1", "4 Samfunnsutvikling og teknikk"),
        ("lab", "Mål for perioden"),
        ("bul", [c["s"], c["en"]]),
        ("table", head, [(m["torg"], "Plan og utvikling", "2032", "6 500"),
                         (m["voll"], "Kommunalteknikk", "2033", "14 000"),
                         (m["skred"], "Plan og utvikling", "2032", "800"),
                         (m["bered"], "Beredskapskoordinator", "2031", "150"),
                         (m["sd"], "Eiendom", "2031–2033", "5 200")], w),
        ("p", "Kommunen har ingen egne tomter for salg i perioden. Boligbyggingen følges opp "
         "i kommuneplanens arealdel."),
        ("h1", "5 Oppfølging"),
        ("p", "Kommunedirektøren rapporterer på målene og tiltakene i tertialrapportene og i "
         "årsmeldingen."),
    ]
    _docx47(child, d / "child.pdf", title="Handlingsdel 2031–2034 – Saltbekk kommune",
            author="Saltbekk kommune", header="Saltbekk kommune · Handlingsdel 2031–2034",
            footer="Handlingsdel 2031–2034", page_word="Side", of_word="av", lang="nb-NO",
            font="Liberation Serif", size=10.5, color="B0552B", tint="F6E7DE")

    goals_ = [
        G("O1", g["O1"], "followed_up", [c["o"], m["les"], m["mobb"], m["bhg"]],
          ev="Elevene skal lære mer",
          note="the goals are the bold '▪' lines under 'DETTE VIL VI OPPNÅ' in the four theme "
          "panels of the tri-fold; ids O, H, L, K (theme initial) + order, not printed. The "
          "folder is printed in imposition order: page 1 = inside flap (Klima, natur og "
          "beredskap), back cover, front cover; page 2 = the three inside panels. Safe "
          "(anti-bullying), mastery (reading and arithmetic), kindergarten quality (staff "
          "competence) in other words"),
        G("O2", g["O2"], "not_followed_up",
          note="trap (named in passing): 'Barn og unge i grendene har i dag et magrere "
          "fritidstilbud enn barn og unge i sentrum' — a statement of fact under Oppvekst; "
          "no goal, no measure for leisure"),
        G("H1", g["H1"], "followed_up", [c["h"], m["rehab"], m["akt"], m["tilsyn"]],
          ev="Innbyggere i alle aldre skal",
          note="MERGED child goal ('aktive og klare seg selv lenger' = active and independent "
          "lives), with everyday rehabilitation, senior activity groups, digital supervision"),
        G("H2", g["H2"], "partial", [c["h"], m["jobb"]], ev="Jobbspesialister i NAV for unge",
          missing=["færre barn i familier med lav inntekt"],
          note="the same merged child goal: work (job specialists for the young); low-income "
          "families only named as a fact ('har økt litt siden 2027')"),
        G("L1", g["L1"], "partial", [c["s"], m["torg"]], ev="Oppgradere torget og Hamregata",
          missing=["levende grender"],
          note="MERGED child goal with K1: the centre as a meeting place (the square and "
          "Hamregata); nothing for the grender"),
        G("L2", g["L2"], "not_followed_up",
          note="trap (left to another plan): 'Kommunen har ingen egne tomter for salg i "
          "perioden. Boligbyggingen følges opp i kommuneplanens arealdel.'"),
        G("K1", g["K1"], "followed_up", [c["s"], m["voll"], m["skred"], m["bered"]],
          ev="Flomvoll langs Saltbekkelva ved Nyjordet",
          note="flood (flomvoll), landslides (mapping and securing), extreme weather (the "
          "emergency plan's scenarios). The goal stands on page 1 (the inside flap), before "
          "the goals of page 2 in the PDF's order; the child puts it last, merged with L1"),
    ]
    kids = [
        C(c["h"], ["H1", "H2"], note="the child goals are the Word '•' lines under 'Mål for "
          "perioden' in chapters 2–4 (ordered by tjenesteområde, not by the parent's themes); "
          "the table rows are measures; the fact sentences under the tables are no goals. "
          "Merges H1 and H2"),
        C(c["o"], ["O1"]),
        C(c["app"], [], note="a common digital platform for contact with parents: no goal of "
          "the samfunnsdel — stands alone"),
        C(c["s"], ["L1", "K1"], note="merges L1 (its centre half) and K1"),
        C(c["en"], [], note="energy saving in the council's buildings: the parent's theme "
          "'Klima, natur og beredskap' holds only the preparedness goal K1 — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab canvas, Liberation Sans 9.5, A4 landscape, 2 pp.; "
        "kortversjon of kommuneplanens samfunnsdel 2030–2042 as a TRI-FOLD FOLDER): three "
        "99 mm panels a side in imposition order — p. 1 the inside flap (theme 'Klima, natur "
        "og beredskap' and 'Slik følger vi opp'), the back cover (address, adoption), the "
        "front cover (title, vision); p. 2 the three inside panels (Oppvekst, Helse og "
        "livskvalitet, Levende lokalsamfunn); each theme a coloured band, a background text "
        "and 'DETTE VIL VI OPPNÅ' over bold '▪' goals; child PDF (python-docx → LibreOffice, "
        "Liberation Serif 10.5; handlingsdel 2031–2034): chapters by TJENESTEOMRÅDE, 'Mål for "
        "perioden' Word bullets (two of them merging two parent goals each), `Tiltak | Ansvar "
        "| Frist | Kostnad (1000 kr)` tables; header right over a rule, 'Side n av N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Hvidstrup (da)


@pair
def hvidstrup_budgetaftale(d: Path) -> dict:
    g = {
        "a": "Der skal bygges 600 nye boliger i valgperioden, og hver fjerde af dem skal være "
             "en almen bolig.",
        "b": "Alle daginstitutioner skal mindst leve op til minimumsnormeringen, og flere af "
             "medarbejderne skal være uddannede pædagoger.",
        "c": "Folkeskolen skal løfte de fagligt svageste elever, og færre børn skal gå i "
             "specialtilbud uden for deres egen skole.",
        "d": "Ældre i hjemmeplejen skal møde de samme faste medarbejdere og have mere tid "
             "sammen med dem.",
        "e": "Der skal være et aktivt forenings- og kulturliv i alle dele af kommunen, ikke kun "
             "i Hvidstrup by.",
        "f": "CO2-udledningen i Hvidstrup Kommune som geografisk område skal halveres inden "
             "2035 i forhold til 2020.",
        "g": "Skatteprocenten skal ikke sættes op i valgperioden.",
    }
    parties = "Socialdemokratiet, Det Konservative Folkeparti og SF"
    parent = [
        ("title", "Konstitueringsaftale"),
        ("sub", "for Hvidstrup Byråd i valgperioden 2030–2033 · indgået den 19. november 2029 "
         f"mellem {parties}"),
        ("h1", "1. Aftalens parter og formål"),
        ("p", f"{parties} indgår denne aftale om konstitueringen af byrådet og om et politisk "
         "samarbejde i valgperioden 1. januar 2030 – 31. december 2033. Aftalen er åben for "
         "andre partier, der vil bakke op om den."),
        ("h1", "2. Borgmester og udvalgsposter"),
        ("p", "Parterne er enige om følgende fordeling af posterne:"),
        ("table", ["Post", "Parti"], [
            ("Borgmester", "Socialdemokratiet"),
            ("1. viceborgmester", "Det Konservative Folkeparti"),
            ("Formand for Børne- og Skoleudvalget", "SF"),
            ("Formand for Social- og Sundhedsudvalget", "Socialdemokratiet"),
            ("Formand for Teknik- og Miljøudvalget", "Det Konservative Folkeparti"),
            ("Formand for Kultur- og Fritidsudvalget", "Socialdemokratiet"),
        ], [95, 70]),
        ("h1", "3. Fælles politiske mål for valgperioden"),
        ("p", "Parterne er enige om følgende mål, som skal præge byrådets arbejde og de årlige "
         "budgetter:"),
        ("hang", [(f"{k})", g[k]) for k in "abcdefg"]),
        ("h1", "4. Samarbejde om budgettet"),
        ("p", "Parterne forpligter sig til at forhandle budgettet sammen hvert år og til at "
         "stemme for de budgetaftaler, de indgår. Ingen part kan alene blokere et forslag, der "
         "ligger inden for aftalens mål."),
        ("h1", "5. Underskrifter"),
        ("table", ["For", "Underskrift"], [
            ("Socialdemokratiet", "Mette Lund Vestergaard"),
            ("Det Konservative Folkeparti", "Anders Bjerre Holm"),
            ("SF", "Lise Brandt Nørgaard"),
        ], [95, 70]),
    ]
    _odt(parent, d / "parent.pdf", title="Konstitueringsaftale 2030–2033 – Hvidstrup Byråd",
         header="Hvidstrup Byråd · Konstitueringsaftale 2030–2033",
         footer="Konstitueringsaftale 2030–2033", font="Liberation Sans", size=10,
         color="#8E1B2F", tint="#F3E3E6", lang="da", country="DK")

    c = {
        "oko": "Driften skal give et overskud på mindst 80 mio. kr. om året.",
        "bol": "Der skal være byggegrunde klar til salg både i Hvidstrup by og i landsbyerne.",
        "dag": "Alle daginstitutioner skal mindst have minimumsnormering, og andelen af "
               "uddannet personale skal op.",
        "sko": "Flere børn med særlige behov skal kunne gå i skole i deres eget lokalområde.",
        "kul": "Foreningerne og kulturlivet i landsbyerne skal have bedre vilkår.",
        "bs": "Borgerservice skal have åbent til kl. 18 to dage om ugen.",
    }
    m = {
        "skat": "Skatteprocenten fastholdes på 25,1 procent, og grundskyldspromillen er "
                "uændret",
        "eng": "Byggemodning af Engvang, 2. etape (120 parceller)",
        "ror": "Byggemodning af 30 grunde i Rørmose",
        "paed": "Flere pædagoger, så alle institutioner når minimumsnormeringen",
        "merit": "Merituddannelse som pædagog for 20 pædagogmedhjælpere",
        "spec": "To specialklasser på Østre Skole og Rørmose Skole",
        "reno": "Renovering af toiletter og faglokaler på Østre Skole",
        "fpulje": "Pulje til foreningernes lokaler i landsbyerne",
        "kpulje": "Kulturpulje til arrangementer uden for Hvidstrup by",
        "bsa": "Længere åbningstid i Borgerservice",
    }

    def sec(title, goal, paras):
        out = [f"<h2>{e(title)}</h2>"]
        if goal:
            out.append(f"<p class='maal'><span>Målsætning</span>{e(goal)}</p>")
        out += [f"<p>{e(p)}</p>" for p in paras]
        return "".join(out)

    rows = [
        ("1", m["eng"], "2 500", "9 800", "4 200", "–"),
        ("2", m["ror"], "–", "3 100", "–", "–"),
        ("3", m["paed"], "4 500", "4 500", "4 500", "4 500"),
        ("4", m["merit"], "1 200", "1 200", "–", "–"),
        ("5", m["spec"], "2 800", "3 400", "3 400", "3 400"),
        ("6", m["reno"], "6 000", "–", "–", "–"),
        ("7", m["fpulje"], "1 000", "1 000", "1 000", "1 000"),
        ("8", m["kpulje"], "500", "500", "500", "500"),
        ("9", m["bsa"], "350", "350", "350", "350"),
    ]
    trs = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in rows)
    body = [
        "<div class='top'>HVIDSTRUP KOMMUNE · BUDGET 2032–2035</div>",
        "<h1>Aftale om budget 2032–2035</h1>",
        "<p class='meta'>Indgået den 3. oktober 2031 mellem Socialdemokratiet, Det "
        "Konservative Folkeparti, SF og Venstre</p>",
        sec("Indledning", None, [
            "Aftalepartierne står sammen om et budget, der holder økonomien i balance og "
            "samtidig investerer i børn, boliger og landsbyer. Aftalen bygger videre på "
            "konstitueringsaftalen for valgperioden 2030–2033, som Venstre ikke er part i, og "
            "henviser til den, hvor det er relevant."]),
        sec("Økonomien", c["oko"], [
            f"{m['skat']} (jf. konstitueringsaftalen pkt. 3 g). Anlægsbudgettet er på 210 mio. "
            "kr. i 2032."]),
        sec("Boliger og byggegrunde", c["bol"], [
            "Parterne er enige om at byggemodne 2. etape af Engvang med 120 parceller og 30 "
            "grunde i Rørmose (jf. konstitueringsaftalen pkt. 3 a).",
            "Parterne noterer, at der ikke er afsat midler til grundkapital til almene boliger "
            "i aftaleperioden."]),
        sec("Børn og dagtilbud", c["dag"], [
            "Parterne er enige om at afsætte 4,5 mio. kr. årligt til flere pædagoger, så alle "
            "institutioner når minimumsnormeringen. Hertil kommer et uddannelsesløft, hvor 20 "
            "pædagogmedhjælpere kan tage en merituddannelse som pædagog."]),
        sec("Skoler", c["sko"], [
            "Parterne er enige om at oprette to nye specialklasser på Østre Skole og Rørmose "
            "Skole, så færre børn skal køres til specialskoler uden for kommunen.",
            "Parterne er også enige om at renovere toiletter og faglokaler på Østre Skole (jf. "
            "konstitueringsaftalen pkt. 3 c)."]),
        sec("Ældre", None, [
            "Parterne noterer sig, at hjemmeplejen har svært ved at rekruttere, og at mange "
            "ældre oplever mange forskellige medarbejdere. Administrationen bedes vende tilbage "
            "med en analyse af kontinuiteten i hjemmeplejen til budget 2033."]),
        sec("Kultur og fritid", c["kul"], [
            "Parterne er enige om en pulje på 1 mio. kr. årligt til foreningernes lokaler i "
            "landsbyerne og en kulturpulje på 0,5 mio. kr. årligt til koncerter, teater og "
            "udstillinger uden for Hvidstrup by (jf. konstitueringsaftalen pkt. 3 e)."]),
        sec("Klima og borgerservice", c["bs"], [
            "Parterne er enige om, at klimaindsatsen fortsætter inden for de eksisterende "
            "rammer.",
            "Parterne er enige om at udvide åbningstiden i Borgerservice om tirsdagen og "
            "torsdagen."]),
        "<h2>Oversigt over aftalens initiativer</h2>",
        "<p class='unit'>Beløb i 1.000 kr. (2032-priser)</p>",
        "<table><thead><tr><th style='width:6%'>Nr.</th><th>Initiativ</th>"
        "<th class='n'>2032</th><th class='n'>2033</th><th class='n'>2034</th>"
        "<th class='n'>2035</th></tr></thead>"
        f"<tbody>{trs}</tbody></table>",
        "<div class='sig'><p>For Socialdemokratiet: Mette Lund Vestergaard</p>"
        "<p>For Det Konservative Folkeparti: Anders Bjerre Holm</p>"
        "<p>For SF: Lise Brandt Nørgaard</p><p>For Venstre: Jens Kragh Damgaard</p></div>",
    ]
    css = (
        "@page{size:A4;margin:16mm 18mm 18mm 18mm;"
        "@bottom-center{content:'Aftale om budget 2032–2035 · side ' counter(page);"
        "font:7.5pt 'Liberation Serif';color:#666}}"
        "body{font:10pt/1.45 'Liberation Serif';color:#1d1d1d}"
        ".top{font:bold 7.5pt 'Liberation Sans';letter-spacing:.12em;color:#8E1B2F;"
        "border-bottom:1.5pt solid #8E1B2F;padding-bottom:3pt}"
        "h1{font:bold 21pt 'Liberation Sans';margin:12pt 0 2pt}"
        ".meta{font:italic 9.5pt 'Liberation Serif';color:#555;margin:0 0 12pt}"
        "h2{font:bold 12pt 'Liberation Sans';color:#8E1B2F;margin:12pt 0 3pt}"
        "p{margin:0 0 5pt}"
        ".maal{background:#F3E3E6;padding:4pt 7pt;font-weight:bold;break-inside:avoid}"
        "h2{break-after:avoid}"
        ".maal span{display:block;font:bold 7pt 'Liberation Sans';letter-spacing:.1em;"
        "text-transform:uppercase;color:#8E1B2F}"
        ".unit{font-size:8.5pt;color:#555}"
        "table{font:8.5pt 'Liberation Sans'}th{background:#8E1B2F;color:#fff;text-align:left;"
        "padding:3pt}td{border-bottom:.5pt solid #bbb;padding:3pt;vertical-align:top}"
        "td:nth-child(n+3),th.n{text-align:right;width:9%}"
        ".sig{margin-top:14pt;font-style:italic}"
    )
    _html("da", "Aftale om budget 2032–2035 – Hvidstrup Kommune", css, body, d / "child.pdf")

    goals_ = [
        G("a", g["a"], "partial", [c["bol"], m["eng"], m["ror"]],
          ev="Der skal være byggegrunde klar",
          missing=["almene boliger (hver fjerde bolig)"],
          note="the goals are the items a)–g) under '3. Fælles politiske mål for valgperioden' "
          "(id = the letter); the udvalgsposter table, the purpose, '4. Samarbejde om "
          "budgettet' (the parties' duties) and the signatures are no goals. Plots for 150 "
          "homes; the budget says outright that no grundkapital for almene boliger is set "
          "aside"),
        G("b", g["b"], "followed_up", [c["dag"], m["paed"], m["merit"]],
          ev="Alle daginstitutioner skal mindst have",
          note="staffing to the minimum norm, and trained pedagogues (the merit education)"),
        G("c", g["c"], "partial", [c["sko"], m["spec"]], ev="Flere børn med særlige behov",
          missing=["løft af de fagligt svageste elever"],
          note="fewer children in special provision outside their school (two special "
          "classes). Trap (citation, goal not served): the renovation of toilets and "
          "classrooms at Østre Skole cites 'pkt. 3 c' — buildings, not the weakest pupils; "
          "not in served_by"),
        G("d", g["d"], "not_followed_up",
          note="trap (named in passing, deferred): 'Parterne noterer sig … Administrationen "
          "bedes vende tilbage med en analyse … til budget 2033' — no goal, no money"),
        G("e", g["e"], "followed_up", [c["kul"], m["fpulje"], m["kpulje"]],
          ev="Foreningerne og kulturlivet i landsbyerne",
          note="associations and culture outside the town: the two pools (the goal's point "
          "is 'not only Hvidstrup by')"),
        G("f", g["f"], "not_followed_up",
          note="trap (named in passing): 'klimaindsatsen fortsætter inden for de eksisterende "
          "rammer' — no goal, no measure, no money"),
        G("g", g["g"], "followed_up", [m["skat"]], ev="Skatteprocenten fastholdes på 25,1",
          note="the tax rate kept at 25.1 per cent (a decision, not a child goal); the "
          "section's Målsætning (an operating surplus) serves no goal of the agreement"),
    ]
    kids = [
        C(c["oko"], [], note="the child goals are the shaded 'Målsætning' lines of the "
          "sections (without the label); the 'Parterne er enige om …' paragraphs and the "
          "overview table's initiatives are measures; 'jf. konstitueringsaftalen pkt. 3 x' is "
          "a citation, no goal. An operating surplus: no goal of the konstitueringsaftale (g "
          "is the tax rate) — stands alone"),
        C(c["bol"], ["a"]),
        C(c["dag"], ["b"]),
        C(c["sko"], ["c"]),
        C(c["kul"], ["e"]),
        C(c["bs"], [], note="opening hours of Borgerservice, in the section 'Klima og "
          "borgerservice' — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Sans 10; KONSTITUERINGSAFTALE "
        "for the byråd 2030–2033): numbered sections '1.'–'5.', a `Post | Parti` table of "
        "udvalgsposter, '3. Fælles politiske mål for valgperioden' with goals 'a)'–'g)' + tab "
        "in a hanging indent, duties, a signature table; header right, footer centred '… – "
        "n'; child PDF (HTML → Chromium, Liberation Serif 10; BUDGETAFTALE 2032–2035): "
        "letter-spaced top line, sections with a shaded 'MÅLSÆTNING' line and prose 'Parterne "
        "er enige om …' with '(jf. konstitueringsaftalen pkt. 3 x)' in four, a section with "
        "no målsætning, an overview table `Nr. | Initiativ | 2032 … 2035` (1.000 kr.), "
        "signatures; footer centred '… · side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Sälby (sv)


@pair
def salby_affarsplan(d: Path) -> dict:
    g = {
        "3.1": "Bolaget ska påbörja byggandet av minst 200 nya hyreslägenheter, varav hälften "
               "i kommunens mindre orter.",
        "3.2": "Bolaget ska minska energianvändningen i sitt bestånd med 15 procent jämfört "
               "med 2030.",
        "3.3": "Bolaget ska bidra till trygga bostadsområden och motverka boendesegregationen "
               "i Västerlid.",
        "3.4": "Bolaget ska i samverkan med socialtjänsten erbjuda bostäder till hushåll som "
               "har svårt att få en bostad.",
        "3.5": "Hyresgästerna ska vara nöjda med sitt boende och med bolagets service.",
        "4.1": "Bolagets soliditet ska vara minst 20 procent.",
        "4.2": "Direktavkastningen ska vara minst 4,5 procent i genomsnitt över en "
               "femårsperiod.",
    }
    parent = [
        ("kicker", "SÄLBY KOMMUN · KOMMUNFULLMÄKTIGE"),
        ("title", "Ägardirektiv för AB Sälbyhem"),
        ("sub", "Fastställt av kommunfullmäktige 2031-04-22, § 41. Bekräftat på "
         "bolagsstämma 2031-05-14. Gäller från 1 januari 2032."),
        ("h1", "1 Inledning"),
        ("p", "Sälby kommun äger samtliga aktier i AB Sälbyhem. Ägardirektivet gäller "
         "tillsammans med bolagsordningen och kommunens ägarpolicy. Det blir bindande för "
         "bolaget när det har fastställts på bolagsstämma."),
        ("h1", "2 Bolagets ändamål"),
        ("p", "Bolagets ändamål är att i allmännyttigt syfte främja bostadsförsörjningen i "
         "Sälby kommun, enligt lagen (2010:879) om allmännyttiga kommunala bostadsaktiebolag. "
         "Verksamheten ska bedrivas enligt affärsmässiga principer."),
        ("h1", "3 Kommunens mål för bolagets verksamhet"),
        ("p", "Kommunfullmäktige har följande mål för bolaget under perioden 2032–2035:"),
    ]
    parent += [("p", f"{k}  {g[k]}") for k in ("3.1", "3.2", "3.3", "3.4", "3.5")]
    parent += [
        ("h1", "4 Ekonomiska mål"),
        ("p", f"4.1  {g['4.1']}"),
        ("p", f"4.2  {g['4.2']}"),
        ("p", "Om bolaget inte når de ekonomiska målen ska styrelsen redovisa orsakerna och "
         "vilka åtgärder den vidtar."),
        ("h1", "5 Information och rapportering"),
        ("p", "5.1  Bolaget ska senast den 15 mars varje år lämna årsredovisning och "
         "revisionsberättelse till kommunstyrelsen."),
        ("p", "5.2  Bolaget ska två gånger per år rapportera till kommunstyrelsen hur "
         "ägarens mål uppfylls."),
        ("p", "5.3  Bolaget ska utan dröjsmål informera kommunstyrelsen om händelser av "
         "väsentlig betydelse."),
        ("h1", "6 Ärenden som ska underställas fullmäktige"),
        ("p", "Bolaget ska inhämta fullmäktiges ställningstagande innan beslut fattas om "
         "nybyggnation över 100 miljoner kronor, om köp eller försäljning av fastigheter "
         "över 50 miljoner kronor och om bildande av dotterbolag."),
    ]
    _rl_doc(d / "parent.pdf", parent, fonts=_p44._rl_fonts("LiberationSerif"), base=10,
            accent="#244E7A", tint="#E2EAF3", title="Ägardirektiv för AB Sälbyhem – Sälby "
            "kommun", author="Sälby kommun", header="Sälby kommun · Ägardirektiv för AB "
            "Sälbyhem", footer="Dnr KS 2031/118", page_word="Sida")

    c = {
        "ny": "Vi ska påbörja 120 nya lägenheter i Sälby tätort under perioden.",
        "en": "Vi ska använda 15 procent mindre energi per kvadratmeter än 2030.",
        "tr": "Våra hyresgäster ska trivas och känna sig trygga där de bor.",
        "ek": "Vi ska ha en soliditet på minst 20 procent.",
        "me": "Vi ska vara en attraktiv arbetsgivare där sjukfrånvaron är lägre än 5 procent.",
        "di": "Alla hyresgäster ska kunna sköta sina ärenden med oss digitalt.",
    }
    tiles = [
        ("Nyproduktion", c["ny"], "Påbörjade lägenheter 2032–2035: 120"),
        ("Energi", c["en"], "kWh/m² Atemp: 142 (2030) → 121 (2035)"),
        ("Trygghet och trivsel", c["tr"], "Nöjd kund-index: 78 → 82"),
        ("Ekonomi", c["ek"], "Soliditet: 18 % → 21 %. Direktavkastning: 3,9 % → 4,0 %"),
        ("Medarbetare", c["me"], "Sjukfrånvaro: 6,2 % → 4,8 %"),
        ("Digital service", c["di"], "Ärenden via Mina sidor: 35 % → 70 %"),
    ]
    m = {
        "tranan": "Bygga 48 lägenheter i kv. Tranan, Sälby tätort",
        "gran": "Detaljplan och projektering för 72 lägenheter vid Granvägen",
        "ftx": "FTX-ventilation och tilläggsisolering i 140 lägenheter på Tallstigen",
        "matn": "Individuell mätning och debitering av varmvatten i hela beståndet",
        "vand": "Trygghetsvandringar och ny belysning i Västerlid",
        "vard": "Kvartersvärdar i Västerlid på kvällar och helger",
        "portal": "Ny kundportal med digital felanmälan",
        "amort": "Amortera 20 miljoner kronor per år på bolagets lån",
        "frisk": "Friskvårdsbidrag och hälsoprofiler för alla medarbetare",
    }
    acts = [
        (m["tranan"], "Nyproduktion", "Projektchef", "2033"),
        (m["gran"], "Nyproduktion", "Projektchef", "2032"),
        (m["ftx"], "Energi", "Förvaltningschef", "2032"),
        (m["matn"], "Energi", "Förvaltningschef", "2033"),
        (m["vand"], "Trygghet och trivsel", "Områdeschef Västerlid", "2032"),
        (m["vard"], "Trygghet och trivsel", "Områdeschef Västerlid", "2032"),
        (m["portal"], "Digital service", "Kundchef", "2032"),
        (m["amort"], "Ekonomi", "Ekonomichef", "2032–2035"),
        (m["frisk"], "Medarbetare", "HR-chef", "2032"),
    ]
    tiles_html = "".join(
        f"<div class='tile'><div class='tt'>{e(t)}</div><p class='goal'>{e(s)}</p>"
        f"<p class='kpi'><b>Nyckeltal:</b> {e(k)}</p></div>" for t, s, k in tiles)
    trs = "".join(f"<tr><td>{e(a)}</td><td>{e(s)}</td><td>{e(o)}</td><td>{e(t)}</td></tr>"
                  for a, s, o, t in acts)
    body = [
        "<div class='mast'><span>AB SÄLBYHEM</span><span>Ett bolag i Sälby kommunkoncern</span>"
        "</div>",
        "<h1>Affärsplan 2032–2035</h1>",
        "<p class='meta'>Antagen av styrelsen 2031-11-20</p>",
        "<h2>Vår affärsidé</h2>",
        "<p>Sälbyhem erbjuder trygga och prisvärda hyresbostäder i hela Sälby kommun. Vi äger "
        "2 340 lägenheter, varav 1 780 i Sälby tätort och resten i fem mindre orter.</p>",
        "<h2>Omvärld och utmaningar</h2>",
        "<p>Efterfrågan är störst i Sälby tätort. I de mindre orterna står 40 lägenheter "
        "tomma, och där bygger vi inte nytt förrän efterfrågan ökar. Allt fler hushåll i "
        "kommunen står utan egen bostad. Räntorna och byggkostnaderna är fortsatt höga.</p>",
        "<p>Affärsplanen utgår från det ägardirektiv som kommunfullmäktige fastställde 2031 "
        "och från bolagets egen analys av marknaden.</p>",
        "<h2>Strategiska mål 2032–2035</h2>",
        f"<div class='tiles'>{tiles_html}</div>",
        "<h2>Aktiviteter 2032</h2>",
        "<table><thead><tr><th>Aktivitet</th><th style='width:22%'>Strategiskt mål</th>"
        "<th style='width:22%'>Ansvarig</th><th style='width:10%'>Klart</th></tr></thead>"
        f"<tbody>{trs}</tbody></table>",
        "<h2>Uppföljning</h2>",
        "<p>Vd rapporterar nyckeltalen till styrelsen varje tertial och till kommunstyrelsen "
        "två gånger per år.</p>",
    ]
    css = (
        "@page{size:A4;margin:14mm 16mm 16mm 16mm;"
        "@bottom-left{content:'AB Sälbyhem · Affärsplan 2032–2035';"
        "font:7.5pt 'DejaVu Sans';color:#777}"
        "@bottom-right{content:'Sida ' counter(page) ' av ' counter(pages);"
        "font:7.5pt 'DejaVu Sans';color:#777}}"
        "body{font:9pt/1.45 'DejaVu Sans';color:#222}"
        ".mast{display:flex;justify-content:space-between;background:#2F6E5A;color:#fff;"
        "font:bold 7.5pt 'DejaVu Sans';letter-spacing:.08em;padding:5pt 8pt}"
        "h1{font:bold 20pt 'DejaVu Sans';color:#2F6E5A;margin:12pt 0 2pt}"
        ".meta{color:#666;margin:0 0 8pt}"
        "h2{font:bold 11pt 'DejaVu Sans';color:#2F6E5A;margin:10pt 0 4pt;"
        "border-bottom:1pt solid #2F6E5A}"
        "p{margin:0 0 4pt}"
        ".tiles{display:grid;grid-template-columns:1fr 1fr 1fr;gap:6pt}"
        ".tile{background:#E6F0EC;border-top:3pt solid #2F6E5A;padding:5pt 6pt}"
        ".tt{font:bold 7.5pt 'DejaVu Sans';text-transform:uppercase;letter-spacing:.06em;"
        "color:#2F6E5A;margin-bottom:3pt}"
        ".goal{font-weight:bold}.kpi{font-size:7.8pt;color:#444}"
        "table{font-size:8.3pt}th{background:#2F6E5A;color:#fff;text-align:left;padding:3pt}"
        "td{border-bottom:.5pt solid #bbb;padding:3pt;vertical-align:top}"
    )
    _html("sv", "Affärsplan 2032–2035 – AB Sälbyhem", css, body, d / "child.pdf")

    goals_ = [
        G("3.1", g["3.1"], "partial", [c["ny"], m["tranan"], m["gran"]],
          ev="Vi ska påbörja 120 nya",
          missing=["minst 200 lägenheter (planen har 120)", "hälften i kommunens mindre orter"],
          note="the goals are the paragraphs 3.1–3.5 and 4.1–4.2 (id = the number, not part "
          "of the text); 2 'Bolagets ändamål' (the law's purpose), 5.1–5.3 (reporting duties, "
          "'Bolaget ska lämna …') and 6 (matters for the fullmäktige) are directives, no "
          "goals. The plan builds 120 flats in the town and says it builds nothing in the "
          "smaller places 'förrän efterfrågan ökar'"),
        G("3.2", g["3.2"], "followed_up", [c["en"], m["ftx"], m["matn"]],
          ev="Vi ska använda 15 procent",
          note="the same 15 per cent per square metre, ventilation and insulation, metering"),
        G("3.3", g["3.3"], "partial", [c["tr"], m["vand"], m["vard"]],
          ev="Trygghetsvandringar och ny belysning",
          missing=["motverka boendesegregationen i Västerlid"],
          note="safety in Västerlid (safety walks, lighting, kvartersvärdar); nothing against "
          "segregation (mixed tenures, allocation)"),
        G("3.4", g["3.4"], "not_followed_up",
          note="trap (named in passing): 'Allt fler hushåll i kommunen står utan egen bostad' "
          "in 'Omvärld och utmaningar' — a fact; no goal, no activity, no word of the "
          "social services"),
        G("3.5", g["3.5"], "followed_up", [c["tr"], c["di"], m["portal"]],
          ev="Våra hyresgäster ska trivas",
          note="satisfied with the home (trivas; NKI 78 → 82) and with the service (digital "
          "errands, the customer portal) in other words"),
        G("4.1", g["4.1"], "followed_up", [c["ek"], m["amort"]],
          ev="Vi ska ha en soliditet",
          note="the equity ratio of at least 20 per cent, amortisation"),
        G("4.2", g["4.2"], "not_followed_up",
          note="trap (mentioned, target below the owner's): the Ekonomi tile's key figure "
          "'Direktavkastning: 3,9 % → 4,0 %' — the plan aims below the 4.5 per cent the "
          "owner requires and has no goal or activity to reach it"),
    ]
    kids = [
        C(c["ny"], ["3.1"], note="the child goals are the bold sentences of the six tiles "
          "under 'Strategiska mål 2032–2035' (the tile titles and the 'Nyckeltal:' lines are "
          "no goals); the 'Aktiviteter 2032' rows are measures"),
        C(c["en"], ["3.2"]),
        C(c["tr"], ["3.3", "3.5"]),
        C(c["ek"], ["4.1"]),
        C(c["me"], [], note="the company as an employer: no goal of the ägardirektiv — "
          "stands alone"),
        C(c["di"], ["3.5"]),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif 10; ÄGARDIREKTIV for the municipal "
        "housing company): kicker, title, adoption line, numbered sections '1 …'–'6 …', "
        "goals as paragraphs typed '3.1'–'3.5' and '4.1'–'4.2', reporting duties '5.1'–'5.3' "
        "in the same form; header over a rule, footer 'Dnr …' left + 'Sida n' right; child "
        "PDF (HTML → Chromium, DejaVu Sans 9; AFFÄRSPLAN 2032–2035 of the company): mast "
        "band, 'Vår affärsidé', 'Omvärld och utmaningar', six TILES in a 3 × 2 grid (title, "
        "bold goal sentence, 'Nyckeltal:'), `Aktivitet | Strategiskt mål | Ansvarig | Klart` "
        "citing tile titles; margin boxes",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Little Wenlow (en)


@pair
def little_wenlow_neighbourhood_plan(d: Path) -> dict:
    g = {
        "H1": "Deliver at least 9,000 new homes by 2045, with affordable homes in every town "
              "and large village.",
        "H2": "Make sure new homes are well designed, energy efficient and in keeping with "
              "local character.",
        "E1": "Support a thriving rural economy, with new jobs on the strategic employment "
              "sites at Harcombe and Stanbridge.",
        "E2": "Keep town and village centres vibrant, with local shops and services within "
              "walking distance.",
        "N1": "Protect and enhance the landscape, green spaces and wildlife of the district.",
        "T1": "Make it easier to walk, cycle and use public transport between towns and "
              "villages.",
        "C1": "Reduce the risk of flooding and make new development resilient to a changing "
              "climate.",
    }
    acc = [
        ("Homes", "About 6,400 homes have planning permission already. The rest will come "
         "from the sites allocated in the Local Plan and in neighbourhood plans.", ["H1", "H2"]),
        ("Economy and centres", "Most new jobs will be at the two strategic employment sites. "
         "Village shops and pubs are closing across the district.", ["E1", "E2"]),
        ("Natural environment", "A third of the district lies in the Harbrook Valley National "
         "Landscape.", ["N1"]),
        ("Transport", "Many villages have no bus on Sundays.", ["T1"]),
        ("Climate change", "Flooding from rivers and surface water is increasing.", ["C1"]),
    ]
    secs = "".join(
        f"<details open><summary>{e(t)}</summary><div class='acc'><p>{e(bg)}</p>"
        "<p class='lead'>Strategic objectives</p><ul>"
        + "".join(f"<li>{e(g[i])}</li>" for i in ids) + "</ul></div></details>"
        for t, bg, ids in acc)
    body = [
        "<div class='cookie'>We use cookies to make this website work and to understand how "
        "you use it. <span>Accept all cookies</span> <span>Reject optional cookies</span> "
        "<u>Cookie settings</u></div>",
        "<div class='site'><b>Harcombe District Council</b><nav><span>Bins and recycling</span>"
        "<span>Council tax</span><span>Planning</span><span>Housing</span>"
        "<span>Contact us</span></nav><span class='search'>Search</span></div>",
        "<p class='crumb'>Home › Planning and building control › Planning policy › Local Plan "
        "2030–2045 › Vision and objectives</p>",
        "<h1>Local Plan 2030–2045: vision and objectives</h1>",
        "<div class='otp'><b>On this page</b><ul><li>Our vision</li><li>Strategic objectives"
        "</li><li>Related documents</li></ul></div>",
        "<h2>Our vision</h2>",
        "<p class='vision'>By 2045 Harcombe will be a district of thriving market towns and "
        "living villages, where people can find a home they can afford and a good job close "
        "to home.</p>",
        "<h2>Strategic objectives</h2>",
        "<p>The Local Plan was adopted by Full Council on 17 July 2030. Its strategic "
        "objectives guide every planning decision in the district and every neighbourhood "
        "plan. Select a theme to read more.</p>",
        secs,
        "<h2>Related documents</h2>",
        "<ul class='docs'><li><u>Harcombe Local Plan 2030–2045 (PDF, 6.1 MB)</u></li>"
        "<li><u>Policies map (PDF, 12 MB)</u></li>"
        "<li><u>Inspector's report (PDF, 1.4 MB)</u></li></ul>",
        "<div class='help'><b>Was this page helpful?</b> <span>Yes</span> <span>No</span></div>",
        "<p class='upd'>Last updated: 12 March 2031</p>",
        "<div class='foot'><span>Accessibility</span><span>Privacy</span>"
        "<span>Cookies</span><span>© Harcombe District Council</span></div>",
    ]
    url = "https://www.harcombe.gov.uk/planning/local-plan/vision-and-objectives"
    css = (
        "@page{size:A4;margin:12mm 10mm 12mm 10mm;"
        "@top-left{content:'12/03/2031, 10:14';font:7pt 'Liberation Sans';color:#333}"
        "@top-center{content:'Local Plan 2030–2045: vision and objectives | Harcombe District "
        "Council';font:7pt 'Liberation Sans';color:#333}"
        f"@bottom-left{{content:'{url}';font:7pt 'Liberation Sans';color:#333}}"
        "@bottom-right{content:counter(page) '/' counter(pages);font:7pt 'Liberation Sans';"
        "color:#333}}"
        "body{font:10.5pt/1.5 'Liberation Sans';color:#0b0c0c;margin:0 6mm}"
        ".cookie{background:#f3f2f1;border-bottom:2pt solid #1d70b8;padding:6pt 8pt;"
        "font-size:9pt}.cookie span{display:inline-block;background:#00703c;color:#fff;"
        "padding:2pt 6pt;margin:0 4pt}"
        ".site{display:flex;align-items:center;gap:14pt;background:#1d3f5e;color:#fff;"
        "padding:8pt 10pt;margin-top:6pt}.site b{font-size:13pt}"
        ".site nav span{margin-right:10pt;font-size:9pt}.search{margin-left:auto;"
        "border:1pt solid #fff;padding:1pt 8pt;font-size:9pt}"
        ".crumb{font-size:8.5pt;color:#505a5f;margin:8pt 0}"
        "h1{font-size:22pt;line-height:1.2;margin:4pt 0 10pt}"
        ".otp{border-left:4pt solid #1d70b8;padding:2pt 10pt;margin-bottom:8pt;"
        "font-size:9.5pt}.otp ul{margin:2pt 0;padding-left:14pt;color:#1d70b8}"
        "h2{font-size:15pt;margin:12pt 0 5pt}"
        ".vision{font-size:12pt;font-style:italic}"
        "details{border-top:1pt solid #b1b4b6;padding:4pt 0}"
        "details:last-of-type{border-bottom:1pt solid #b1b4b6}"
        "summary{font-weight:bold;font-size:12pt;color:#1d70b8;list-style:none}"
        "summary::before{content:'− ';}"
        ".acc p{margin:3pt 0}.lead{font-weight:bold}.acc ul{margin:2pt 0 4pt;padding-left:16pt}"
        ".acc li{margin-bottom:3pt}"
        ".docs{color:#1d70b8}.help{background:#f3f2f1;padding:6pt 8pt;margin-top:10pt}"
        ".help span{border:1pt solid #0b0c0c;padding:0 8pt;margin-left:6pt}"
        ".upd{font-size:8.5pt;color:#505a5f}"
        ".foot{border-top:3pt solid #1d3f5e;margin-top:10pt;padding-top:5pt;font-size:8.5pt}"
        ".foot span{margin-right:14pt}"
    )
    _html("en-GB", "Local Plan 2030–2045: vision and objectives | Harcombe District Council",
          css, body, d / "parent.pdf")

    c = {
        "o1": "To provide new homes that local people can afford, including smaller homes for "
              "young people and older residents.",
        "o2": "To make sure new buildings fit in with the village and its conservation area.",
        "o3": "To protect the green spaces and views that matter most to the community.",
        "o4": "To keep the shop, the pub and the village hall at the heart of village life.",
        "o5": "To make it safer and easier to get about without a car.",
        "o6": "To give young people a stronger voice in the life of the parish.",
    }
    pol = [
        ("Policy LW1 – New homes at Church Farm",
         "Land at Church Farm is allocated for about 24 homes. At least 40% of them shall be "
         "affordable homes, with priority for people with a local connection to the parish.",
         "The Local Plan sets a housing requirement of 20 homes for the parish. The "
         "allocation meets it on the one site the community preferred in the 2031 survey."),
        ("Policy LW2 – Housing mix",
         "Schemes of five or more homes shall include one- and two-bedroom homes suitable for "
         "first-time buyers and for older people wishing to downsize.", None),
        ("Policy LW3 – Design and local character",
         "Development shall respect the scale, materials and character of the village and of "
         "the Little Wenlow Conservation Area, as set out in the Design Code in Appendix 2.",
         None),
        ("Policy LW4 – Local Green Spaces",
         "The Village Green, the Glebe Field and the allotments at Tinkers Lane are "
         "designated as Local Green Spaces, where new development will not be supported "
         "except in very special circumstances.", None),
        ("Policy LW5 – Important views",
         "Development shall not harm the views listed in Appendix 3, including the view of "
         "St Oswin's Church from the Stanbridge road.", None),
        ("Policy LW6 – Community facilities",
         "Proposals that would lead to the loss of the shop, the post office counter, the pub "
         "or the village hall will not be supported unless the facility is shown to be no "
         "longer viable.", None),
        ("Policy LW7 – Walking and cycling",
         "Development shall link to the village footpath network. A cycle route between "
         "Little Wenlow and Stanbridge along the former railway line is supported.", None),
    ]
    child = [
        ("title", "Little Wenlow Neighbourhood Plan 2032–2045"),
        ("sub", "Submission version · Little Wenlow Parish Council · June 2032"),
        ("h1", "1 Introduction"),
        ("p", "This Neighbourhood Plan sets planning policies for the parish of Little Wenlow. "
         "It has been prepared by the Parish Council with a steering group of residents. "
         "Once made, it will be part of the development plan together with the Harcombe "
         "Local Plan 2030–2045, and its policies must be in general conformity with the "
         "Local Plan's strategic policies."),
        ("h1", "2 The parish today"),
        ("p", "Little Wenlow is a village of about 1,150 people, four miles north of "
         "Stanbridge. It has a primary school, a shop with a post office counter, a pub and "
         "a village hall. Parts of Tinkers Lane flooded in 2029 and again in 2030."),
        ("p", "The Local Plan's strategic employment sites at Harcombe and Stanbridge are "
         "outside the parish, and this plan does not deal with them."),
        ("h1", "3 Vision and objectives"),
        ("i", "In 2045 Little Wenlow will still be a friendly, green village, with homes that "
         "local people can afford."),
        ("b", "Community objectives"),
        ("num", [c[f"o{i}"] for i in range(1, 7)]),
        ("h1", "4 Policies"),
        ("p", "Each policy is shown in a shaded box; the text after a box explains it."),
    ]
    for label, text, why in pol:
        child.append(("boxes", [[(label, text, 1, "EAF1E4")]], [170]))
        if why:
            child.append(("p", why))
    child += [
        ("h1", "5 Community actions"),
        ("p", "These actions are not planning policies. The Parish Council will take them "
         "forward with others."),
        ("table", ["Action", "Who", "When"], [
            ("Ask the bus operator to restore the Sunday bus to Stanbridge", "Parish Council",
             "2033"),
            ("Set up a youth forum that meets the Parish Council twice a year",
             "Parish Council and Wenlow Youth Club", "2032"),
            ("Install speed indicator signs on the Stanbridge road", "Parish Council",
             "2032"),
        ], [95, 50, 25]),
    ]
    _docx(child, d / "child.pdf", title="Little Wenlow Neighbourhood Plan 2032–2045",
          author="Little Wenlow Parish Council",
          header="Little Wenlow Neighbourhood Plan 2032–2045 · Submission version",
          footer="Little Wenlow Parish Council", lang="en-GB", font="Liberation Sans",
          size=10, color="3C6E2F")

    goals_ = [
        G("H1", g["H1"], "followed_up", [c["o1"], pol[0][1], pol[1][1]],
          ev="To provide new homes that",
          note="the goals are the bullets under 'Strategic objectives' inside the five "
          "expanded accordions (Homes …, Climate change); ids H, E, N, T, C (theme initial) + "
          "order, not printed. The cookie banner, navigation, breadcrumb, 'On this page', the "
          "vision, 'Related documents', 'Was this page helpful?' and the browser's margins "
          "(date, title, URL, n/N) are no goals. A neighbourhood plan's share of a district "
          "housing target: 24 homes against the parish requirement of 20, 40 % affordable, "
          "smaller homes"),
        G("H2", g["H2"], "partial", [c["o2"], pol[2][1]], ev="To make sure new buildings",
          missing=["energy efficient homes"],
          note="design and local character (the Design Code, the conservation area); "
          "nothing on energy efficiency"),
        G("E1", g["E1"], "not_followed_up",
          note="trap (named, left to the Local Plan): 'The Local Plan's strategic employment "
          "sites at Harcombe and Stanbridge are outside the parish, and this plan does not "
          "deal with them'"),
        G("E2", g["E2"], "followed_up", [c["o4"], pol[5][1]], ev="To keep the shop, the pub",
          note="the village's own shop, post office counter, pub and hall protected (shops and "
          "services within walking distance) in other words"),
        G("N1", g["N1"], "partial", [c["o3"], pol[3][1], pol[4][1]],
          ev="To protect the green spaces",
          missing=["wildlife (and enhancing, not only protecting)"],
          note="landscape (important views) and green spaces (Local Green Spaces) protected; "
          "nothing for wildlife or enhancement"),
        G("T1", g["T1"], "followed_up",
          [c["o5"], pol[6][1], "Ask the bus operator to restore the Sunday bus to Stanbridge"],
          ev="To make it safer and easier",
          note="walking (footpath links), cycling between Little Wenlow and Stanbridge, the "
          "Sunday bus (a community action) — 'get about without a car'"),
        G("C1", g["C1"], "not_followed_up",
          note="trap (named in passing): 'Parts of Tinkers Lane flooded in 2029 and again in "
          "2030' — a fact in 'The parish today'; no objective, policy or action on flood risk"),
    ]
    kids = [
        C(c["o1"], ["H1"], note="the child goals are the six Word-numbered 'Community "
          "objectives' (without the number); the policies in shaded boxes and the community "
          "actions are measures; the vision (italic), the policy titles and the "
          "justifications are no goals"),
        C(c["o2"], ["H2"]),
        C(c["o3"], ["N1"]),
        C(c["o4"], ["E2"]),
        C(c["o5"], ["T1"]),
        C(c["o6"], [], note="young people's voice in the parish (a youth forum): no Local "
          "Plan objective — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Sans 10.5; the Local Plan's 'vision "
        "and objectives' as a council WEB PAGE PRINTED FROM THE BROWSER): cookie banner, site "
        "header with navigation, breadcrumb, 'On this page', five expanded accordions (<details "
        "open>, '− ' markers) each with a background line and 'Strategic objectives' bullets, "
        "'Related documents', 'Was this page helpful?', site footer; the browser's print "
        "margins emulated (date top left, page title top centre, URL bottom left, 'n/N' bottom "
        "right); child PDF (python-docx → LibreOffice, Liberation Sans 10; NEIGHBOURHOOD PLAN, "
        "submission version): Word-numbered 'Community objectives', policies 'Policy LW1 – "
        "…' in shaded bordered boxes with justifications, a `Action | Who | When` table of "
        "community actions; header, footer with page number",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Kvernavik (nn)


@pair
def kvernavik_arsplan(d: Path) -> dict:
    g = {
        "1": "Alle barn skal ha tid og rom til leik, og dei vaksne skal vere aktive i leiken.",
        "2": "Alle barn skal ha eit rikt språkmiljø, og barn med lite norsk skal få ekstra "
             "støtte.",
        "3": "Alle barn skal ha minst éin venn og oppleve at dei høyrer til i barnegruppa.",
        "4": "Barnehagen skal vere ein trygg stad utan mobbing, og dei tilsette skal gripe inn "
             "når eit barn ikkje har det bra.",
        "5": "Overgangen frå barnehage til skule skal vere trygg og god for alle barn.",
        "6": "Barna skal bli kjende med naturen i nærmiljøet og lære å ta vare på han.",
        "7": "Alle tilsette skal ha barnehagefagleg kompetanse, og fleire assistentar skal ta "
             "fagbrev.",
    }
    kj = {
        "1": "Barna leikar ute og inne kvar dag\nDei vaksne er med i leiken og rettleier",
        "2": "Dei vaksne samtalar med barna i alle kvardagssituasjonar\nBarn med anna "
             "morsmål får språkstøtte",
        "3": "Dei vaksne ser kven som står utanfor leiken\nBarna hjelper kvarandre",
        "4": "Barnehagen har rutinar for å oppdage og handle\nForeldra veit kven dei skal "
             "kontakte",
        "5": "Barnehagen og skulen har ein felles plan for overgangen\nForeldra samtykkjer i "
             "kva som blir delt",
        "6": "Barna er på tur i nærmiljøet kvar veke\nBarna sorterer avfall",
        "7": "Personalet har felles fagdagar\nAssistentane får tilbod om fagbrev",
    }
    areas = [
        ("2 Leik og språk", "Leiken er grunnlaget for læring og trivsel. Mange barn i "
         "Kvernavik har eit anna morsmål enn norsk.", ["1", "2"]),
        ("3 Venskap og tryggleik", "I foreldreundersøkinga svarar 9 av 10 at barnet trivst. "
         "Nokre barn fortel at dei ikkje har nokon å leike med.", ["3", "4"]),
        ("4 Overgangar og nærmiljø", "Barna går vidare til tre ulike skular. Naturen ligg "
         "tett innpå alle barnehagane.", ["5", "6"]),
        ("5 Kompetanse", "Under halvparten av dei tilsette i barnehagane er "
         "barnehagelærarar.", ["7"]),
    ]
    parent = [
        ("title", "Kvalitetsplan for barnehagane i Kvernavik 2031–2035"),
        ("sub", "Kvernavik kommune · Vedteken av kommunestyret 10. juni 2031, sak 44/31"),
        ("h1", "1 Innleiing"),
        ("p", "Planen gjeld alle dei seks barnehagane i kommunen, kommunale og private. Han "
         "byggjer på rammeplanen for barnehagen og kommuneplanen sin samfunnsdel. Kvar "
         "barnehage skal vise i årsplanen sin korleis han arbeider med måla."),
        ("p", "Under kvart satsingsområde står måla i ein tabell saman med kjenneteikn på god "
         "praksis: det vi skal sjå i barnehagen når vi er på rett veg."),
    ]
    for name, bg, ids in areas:
        parent += [("h1", name), ("p", bg),
                   ("table", ["Mål", "Kjenneteikn på god praksis"],
                    [(g[i], kj[i]) for i in ids], [78, 88])]
    parent += [
        ("h1", "6 Oppfølging"),
        ("p", "Styrarane rapporterer på planen til kommunalsjefen kvart år, og kommunen "
         "samanfattar i tilstandsrapporten for barnehagane."),
    ]
    _odt(parent, d / "parent.pdf", title="Kvalitetsplan for barnehagane i Kvernavik "
         "2031–2035", header="Kvernavik kommune · Kvalitetsplan for barnehagane",
         footer="Kvalitetsplan for barnehagane 2031–2035", font="Liberation Serif", size=10.5,
         color="#5A3E85", tint="#ECE6F4", lang="nn", country="NO")

    c = {
        "k1": "Barna skal få nye og betre leikeområde både inne og ute.",
        "k2": "Vi vil styrkje språket til alle barna gjennom samtalar, songar og bøker kvar "
              "dag.",
        "k3": "Kvart barn skal ha ein venn og kjenne seg som ein del av gruppa.",
        "k4": "Vi vil vere meir ute i skogen og i fjøra, og lære barna å ta vare på dyr, "
              "planter og strand.",
        "k5": "Skulestartarane skal gle seg til å byrje på skulen og kjenne seg trygge på det.",
        "k6": "Foreldra skal få informasjon frå barnehagen i den nye foreldreappen.",
    }
    m = {
        "krok": "Ny leikekrok og byggjehjørne på alle avdelingar",
        "klatre": "Nytt klatrestativ og gapahuk på uteleikeplassen",
        "venn": "Vennegrupper på tvers av avdelingane",
        "vveke": "Vennskapsveka med felles samlingar",
        "tur": "Turar til skogen ved Nausttun kvar veke",
        "rydd": "Strandrydding med foreldra i fjøra",
        "sa": "Vi sår og plantar i barnehagehagen",
        "les": "Høgtlesing og samtale om bøker kvar dag",
        "eventyr": "Eventyrveke og songsamlingar",
        "besok": "Skulestartarane på besøk på Ormvik skule tre gonger",
        "over": "Overføringsmøte med skulen, med samtykke frå foreldra",
        "app": "Alle foreldre tek i bruk foreldreappen",
    }
    hjul = [
        ("August", "Tilvenning", m["krok"], "Oppstartsamtale med nye foreldre. " + m["app"]),
        ("September", "Venskap", m["venn"], "Foreldremøte"),
        ("Oktober", "Venskap", m["vveke"], "–"),
        ("November", "Natur", m["tur"], m["rydd"]),
        ("Desember", "Tradisjonar", "Luciafeiring og nissefest", "Nissefest for familiane"),
        ("Januar", "Språk", m["les"], "Boktips til foreldra"),
        ("Februar", "Språk", m["eventyr"], "–"),
        ("Mars", "Kunst og skaparglede", "Utstilling i Kvernavik bibliotek",
         "Opning av utstillinga"),
        ("April", "Natur", m["sa"], "Dugnad: " + m["klatre"]),
        ("Mai", "Skulestart", m["besok"], m["over"]),
        ("Juni", "Sommar", "Sommarfest og avslutning for skulestartarane", "Sommarfest"),
    ]
    child = [
        ("kicker", "SØLVHAUG BARNEHAGE · KVERNAVIK KOMMUNE"),
        ("title", "Årsplan 2032–2033"),
        ("sub", "Godkjend i samarbeidsutvalet 28. august 2032"),
        ("h1", "Kjære foreldre"),
        ("p", "Velkomne til eit nytt barnehageår! Årsplanen fortel kva vi skal arbeide med i "
         "år. Han byggjer på rammeplanen for barnehagen og kommunen sin kvalitetsplan."),
        ("h1", "Om barnehagen"),
        ("p", "Sølvhaug har 46 barn i tre avdelingar: Maurtua, Ekornet og Reveholet. Vi er "
         "14 tilsette, fem av dei barnehagelærarar."),
        ("p", "Barnehagen har ein eigen plan for eit trygt og godt barnehagemiljø etter "
         "barnehagelova kapittel VIII. Han ligg på heimesida vår."),
        ("h1", "Satsingane våre i år"),
        ("dash", [c[f"k{i}"] for i in range(1, 7)]),
        ("h1", "Årshjul 2032–2033"),
        ("table", ["Månad", "Tema", "Dette gjer vi", "Heim og barnehage"], hjul,
         [20, 30, 62, 54]),
        ("p", "Planleggingsdagar: 15. august, 14. november, 2. januar og 22. mai."),
    ]
    _rl_doc(d / "child.pdf", child, fonts=_p44._rl_fonts("DejaVuSansCondensed"), base=9.5,
            accent="#2F7A8C", tint="#E0EEF1", title="Årsplan 2032–2033 – Sølvhaug barnehage",
            author="Sølvhaug barnehage", header="Sølvhaug barnehage · Årsplan 2032–2033",
            footer="Sølvhaug barnehage", page_word="Side")

    goals_ = [
        G("1", g["1"], "partial", [c["k1"], m["krok"], m["klatre"]], ev="Barna skal få nye og",
          missing=["dei vaksne aktive i leiken"],
          note="the goals are the 'Mål' cells of the four tables `Mål | Kjenneteikn på god "
          "praksis` (ids 1–7 in order, not printed); the kjenneteikn cells (what one should "
          "see in a kindergarten on the right track) are no goals. Room for play (new play "
          "corners inside, climbing frame and shelter outside); nothing on the adults taking "
          "part in play"),
        G("2", g["2"], "partial", [c["k2"], m["les"], m["eventyr"]],
          ev="Vi vil styrkje språket",
          missing=["ekstra støtte til barn med lite norsk"],
          note="a rich language environment for all (reading aloud, songs, fairy-tale week); "
          "nothing for children with little Norwegian"),
        G("3", g["3"], "followed_up", [c["k3"], m["venn"], m["vveke"]],
          ev="Kvart barn skal ha ein venn",
          note="a friend and belonging, friendship groups and week"),
        G("4", g["4"], "not_followed_up",
          note="trap (left to another plan): 'Barnehagen har ein eigen plan for eit trygt og "
          "godt barnehagemiljø etter barnehagelova kapittel VIII. Han ligg på heimesida vår.' "
          "— no goal or activity in the årsplan"),
        G("5", g["5"], "followed_up", [c["k5"], m["besok"], m["over"]],
          ev="Skulestartarane skal gle seg",
          note="a safe and good transition in other words (looking forward, feeling safe; "
          "visits, the transfer meeting with consent)"),
        G("6", g["6"], "followed_up", [c["k4"], m["tur"], m["rydd"], m["sa"]],
          ev="Vi vil vere meir ute",
          note="knowing nature nearby (weekly walks, sowing) and taking care of it (beach "
          "clean-up)"),
        G("7", g["7"], "not_followed_up",
          note="trap (shared words): 'Vi er 14 tilsette, fem av dei barnehagelærarar' — a "
          "fact; the planning days are dates, no competence measure"),
    ]
    kids = [
        C(c["k1"], ["1"], note="the child goals are the '–' lines under 'Satsingane våre i "
          "år'; the årshjul cells ('Dette gjer vi', 'Heim og barnehage') are measures; "
          "months, themes and the planning-days line are no goals"),
        C(c["k2"], ["2"]),
        C(c["k3"], ["3"]),
        C(c["k4"], ["6"]),
        C(c["k5"], ["5"]),
        C(c["k6"], [], note="information through the parents' app: the kvalitetsplan has no "
          "goal for cooperation with the home — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Serif 10.5; KVALITETSPLAN for "
        "the kindergartens 2031–2035): numbered Heading 1 per satsingsområde, a background "
        "line, a table `Mål | Kjenneteikn på god praksis` with a tinted head (1–2 goals a "
        "table, two kjenneteikn lines per cell); header right, footer centred '… – n'; child "
        "PDF (reportlab, DejaVu Sans Condensed 9.5; one kindergarten's ÅRSPLAN 2032–2033 to "
        "the parents): kicker, 'Kjære foreldre', 'Om barnehagen', 'Satsingane våre i år' '–' "
        "lines, an ÅRSHJUL table `Månad | Tema | Dette gjer vi | Heim og barnehage` "
        "(August–Juni), a planning-days line; header over a rule, 'Side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
