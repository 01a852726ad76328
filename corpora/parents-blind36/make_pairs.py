"""Build the thirty-sixth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar36` without reading plancheck's code, tests or bench, and without
running it. ORDINARY forms on surfaces of this batch:

- Storbø (nb): a kommuneplanens samfunnsdel (reportlab, Liberation Sans) with one chapter per UN
  sustainable development goal it names and a 'Slik vil vi ha det' bullet list in each; the
  child, the økonomiplan's handlingsdel (Chromium, DejaVu Sans Condensed) with per
  tjenesteområde 'Prioritert i perioden' bullets and a money table 'Tiltak (1000 kr) | 2029 …
  2032'; it cites no goal and no SDG.
- Oddaland (nn): a samfunnsdel (Chromium, Liberation Serif) whose three themes end in a shaded
  box 'Vi skal:' over lower-case bullet fragments; the child, a kommunedelplan for idrett,
  fysisk aktivitet og friluftsliv (python-docx → LibreOffice, DejaVu Sans 10) with 'a) …'
  målsetjingar and a 'Handlingsprogram' table 'Nr. | Anlegg / tiltak | Kostnad (kr) | Ansvar |
  År' over a page break.
- Åkersta (sv): an översiktsplan (python-docx → LibreOffice, Liberation Sans 10.5) with per
  'Allmänt intresse' a bold 'Planeringsinriktning' and bullets; the child, a grönplan
  (reportlab, Liberation Serif) with 'Mål 1' … 'Mål 6' labels and an 'Åtgärdslista' table citing
  the GRÖNPLAN's own goal numbers, never the översiktsplan.
- Mølleby (da): a kommuneplanstrategi (Chromium, two text columns, DejaVu Serif) with
  'Målsætninger' bullets under three themes; the child, a klimahandleplan (python-docx →
  LibreOffice, Liberation Sans 10, A4 landscape) with a bold 'Målsætning' sentence per sector and
  a table 'Tiltag | Reduktion (ton CO2e/år) | Ansvarlig | Start'.
- Harnford (en): a Local Transport Plan (python-docx → LibreOffice, Liberation Sans 11) with
  objectives typed 'O1' … 'O6'; the child, the three-year implementation plan (Chromium,
  Liberation Sans Narrow, A4 landscape), a programme table 'Ref | Scheme | LTP objectives |
  Cost (£k) | Lead | Year' whose header row repeats over two pages.

    python corpora/parents-blind36/make_pairs.py                  # all pairs
    python corpora/parents-blind36/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind36/make_pairs.py --twice          # build twice, compare sha256

The document writers are batch 31's (`_docx_pdf`, `_report`, `_html_pdf`), called with this
batch's fonts, colours, furniture, CSS and block sequences; `G`, `C`, batch 14's `main` and batch
20's `verify` come through batch 31's builder and `pairkit.parents_main`.
"""

from __future__ import annotations

import html as _html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p31 = pk.load_module("parents_blind31_make_pairs", HERE.parent / "parents-blind31" / "make_pairs.py")
_p20, _p14 = _p31._p20, _p31._p14
G, C = _p31.G, _p31.C
_docx_pdf, _report, _html_pdf = _p31._docx_pdf, _p31._report, _p31._html_pdf

PAIRS, pair = pk.pair_registry()
e = _html.escape
BUILDER = "corpora/parents-blind36/make_pairs.py"


# =========================================================================== 1 Storbø (nb)


@pair
def storbo_okonomiplan(d: Path) -> dict:
    g = {
        "3a": "Flere eldre kan bo hjemme lenger, og pårørende får god avlastning.",
        "3b": "Barn og unge som sliter psykisk, får hjelp raskt og uten lange ventetider.",
        "4a": "Elevene i Storbø-skolen har gode grunnleggende ferdigheter i lesing og regning.",
        "8a": "Storbø har et variert næringsliv med nye arbeidsplasser innen havbruk og "
              "reiseliv.",
        "8b": "Flere kommer i arbeid, og færre er avhengige av sosialhjelp over lang tid.",
        "11a": "Sentrum er levende, med boliger, handel og møteplasser for alle aldre.",
        "13a": "Klimagassutslippene i kommunen er halvert fra 2020, og samfunnet er rustet for "
               "mer ekstremvær.",
    }
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2028–2040"),
        ("lead", "Storbø kommune · Vedtatt av kommunestyret 18. juni 2028, sak 44/28"),
        ("h1", "Innledning"),
        ("p", "Samfunnsdelen bygger på FNs bærekraftsmål. Kommunestyret har valgt ut fem av de "
         "sytten målene som de viktigste for Storbø. Under hvert av dem beskriver vi hvordan vi "
         "vil at Storbø skal være i 2040. Samfunnsdelen følges opp i økonomiplanen og i "
         "temaplaner."),
        ("h1", "Bærekraftsmål 3 – God helse og livskvalitet"),
        ("p", "Andelen innbyggere over 80 år vil dobles fram mot 2040. Samtidig blir det færre i "
         "arbeidsfør alder per eldre."),
        ("label", "Slik vil vi ha det"),
        ("bullets", [g["3a"], g["3b"]]),
        ("h1", "Bærekraftsmål 4 – God utdanning"),
        ("p", "Resultatene på nasjonale prøver på 5. trinn har ligget under landssnittet de "
         "siste fem årene."),
        ("label", "Slik vil vi ha det"),
        ("bullets", [g["4a"]]),
        ("h1", "Bærekraftsmål 8 – Anstendig arbeid og økonomisk vekst"),
        ("p", "Havbruket er den største private arbeidsgiveren. Reiselivet er lite, men "
         "voksende."),
        ("label", "Slik vil vi ha det"),
        ("bullets", [g["8a"], g["8b"]]),
        ("h1", "Bærekraftsmål 11 – Bærekraftige byer og lokalsamfunn"),
        ("label", "Slik vil vi ha det"),
        ("bullets", [g["11a"]]),
        ("h1", "Bærekraftsmål 13 – Stoppe klimaendringene"),
        ("p", "Høsten 2027 ble flere kjellere i Nordbyen satt under vann etter kraftig regn."),
        ("label", "Slik vil vi ha det"),
        ("bullets", [g["13a"]]),
        ("h1", "Arealstrategi"),
        ("p", "Ny boligbygging skal i hovedsak skje innenfor gangavstand til sentrum. Kommunen "
         "tar ikke i bruk ny dyrka mark til utbygging."),
    ]
    _report(d / "parent.pdf", parent, title="Kommuneplanens samfunnsdel 2028–2040",
            author="Storbø kommune", creator="Storbø kommune – plan og utvikling",
            left="Storbø kommune  |  Kommuneplanens samfunnsdel 2028–2040",
            right="Side {n}", serif=False, accent="#1F5C99")

    c = {
        "c1": "Flere eldre skal få trene opp igjen hverdagsferdighetene hjemme etter "
              "sykehusopphold, i stedet for å få plass på sykehjem.",
        "c2": "Ungdom som har det vanskelig, skal kunne snakke med noen på skolen samme dag.",
        "c3": "Elever på 1.–4. trinn som henger etter i lesing eller matematikk, skal få hjelp "
              "i små grupper.",
        "c4": "Nye Storbø barnehage tas i bruk høsten 2030.",
        "c5": "Regulere og opparbeide 40 dekar næringsareal på Sjøneset for leverandører til "
              "havbruket.",
        "c6": "Torget og Storgata rustes opp med benker, lekeplass og scene, og kommunen "
              "tillater boliger i andre etasje.",
        "c7": "Avløp og overvann i Nordbyen separeres, slik at kjellere ikke fylles ved "
              "styrtregn.",
        "c8": "Nytt ventilasjonsanlegg i rådhuset skal gi bedre inneklima for de ansatte.",
    }
    m = {
        "m1": "Hverdagsrehabiliteringsteam, 2 årsverk",
        "m2": "Helsesykepleier i 100 % stilling ved Storbø ungdomsskole",
        "m3": "Spesialpedagog til småtrinnet",
        "m4": "Opparbeiding av næringsareal Sjøneset (investering)",
        "m5": "Opprusting av torget og Storgata (investering)",
        "m6": "Separering av vann og avløp i Nordbyen (investering)",
        "m7": "Ventilasjon rådhuset (investering)",
    }
    css = (
        "@page{size:A4;margin:24mm 20mm 20mm 20mm;"
        "@top-right{content:'Økonomiplan 2029–2032 · Handlingsdel';font-family:'DejaVu Sans "
        "Condensed',sans-serif;font-size:7.5pt;color:#777}"
        "@bottom-left{content:'Storbø kommune';font-family:'DejaVu Sans Condensed',sans-serif;"
        "font-size:7.5pt;color:#777}"
        "@bottom-right{content:counter(page);font-family:'DejaVu Sans Condensed',sans-serif;"
        "font-size:8pt;color:#777}}"
        "body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:9.5pt;"
        "line-height:1.4}"
        "h1{font-size:17pt;color:#7a1f2b;margin:0 0 1mm;font-weight:bold}"
        ".under{color:#555;margin:0 0 6mm;font-size:10pt}"
        "h2{font-size:12pt;color:#7a1f2b;border-bottom:1pt solid #7a1f2b;padding-bottom:1mm;"
        "margin:6mm 0 2mm}"
        "h3{font-size:10pt;margin:3mm 0 1mm}"
        "ul{margin:0 0 3mm 0;padding-left:5mm}li{margin:0 0 1mm}"
        "table.kr{margin:2mm 0 4mm;font-size:9pt}"
        "table.kr th{border-top:1pt solid #333;border-bottom:1pt solid #333;text-align:right;"
        "padding:1mm 1.5mm;font-weight:bold}"
        "table.kr th:first-child,table.kr td:first-child{text-align:left}"
        "table.kr td{text-align:right;padding:1mm 1.5mm;border-bottom:0.4pt dotted #999}"
        "table.kr td:first-child{width:52%}"
        "p{margin:0 0 2mm}"
    )

    def money(rows):
        out = ["<table class='kr'><thead><tr><th>Tiltak (1000 kr)</th><th>2029</th>"
               "<th>2030</th><th>2031</th><th>2032</th></tr></thead><tbody>"]
        for r in rows:
            out.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>")
        out.append("</tbody></table>")
        return "".join(out)

    def bullets(xs):
        return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in xs) + "</ul>"

    body = [
        "<h1>Økonomiplan 2029–2032</h1>",
        "<p class='under'>Handlingsdel med årsbudsjett 2029 · Rådmannens forslag 15. november "
        "2028</p>",
        "<h2>1 Rådmannens innledning</h2>",
        "<p>Økonomiplanen viser hvordan kommunen vil bruke pengene de neste fire årene. Den er "
        "kommunens handlingsdel til samfunnsdelen. Frie inntekter øker mindre enn utgiftene til "
        "pleie og omsorg, og driften må tilpasses med 6 mill. kr innen 2031.</p>",
        "<h2>2 Helse og omsorg</h2>",
        "<p>Tjenesteområdet har et budsjett på 212 mill. kr i 2029.</p>",
        "<h3>Prioritert i perioden</h3>",
        bullets([c["c1"], c["c2"]]),
        money([(m["m1"], "1 400", "1 400", "1 400", "1 400"),
               (m["m2"], "820", "820", "820", "820")]),
        "<h2>3 Oppvekst</h2>",
        "<p>Elevtallet er stabilt, mens barnetallet i Nordbyen øker.</p>",
        "<h3>Prioritert i perioden</h3>",
        bullets([c["c3"], c["c4"]]),
        money([(m["m3"], "750", "750", "750", "750")]),
        "<h2>4 Samfunnsutvikling og teknisk</h2>",
        "<p>NAV-kontorets arbeid med kvalifisering og sosialhjelp står i NAV Storbøs egen "
        "virksomhetsplan og har ingen nye tiltak i økonomiplanen.</p>",
        "<h3>Prioritert i perioden</h3>",
        bullets([c["c5"], c["c6"], c["c7"], c["c8"]]),
        money([(m["m4"], "6 000", "12 000", "–", "–"),
               (m["m5"], "–", "4 500", "4 500", "–"),
               (m["m6"], "9 000", "9 000", "9 000", "–"),
               (m["m7"], "3 200", "–", "–", "–")]),
        "<h2>5 Økonomiske oversikter</h2>",
        "<p>Hovedoversiktene etter budsjett- og regnskapsforskriften står i vedlegg 1.</p>",
    ]
    _html_pdf("nb", "Økonomiplan 2029–2032 – Storbø kommune", css, body, d / "child.pdf")

    goals_ = [
        G("3a", g["3a"], "partial", [c["c1"], m["m1"]], ev="Flere eldre skal få",
          missing=["avlastning for pårørende"],
          note="the goals are the bullets under each 'Slik vil vi ha det' label (ids = the SDG "
          "number + a letter, not printed); the SDG headings, backgrounds, the introduction "
          "and the arealstrategi are no goals. The child cites no goal: its 'Prioritert i "
          "perioden' bullets are read against the goals by content. Everyday rehabilitation "
          "at home; nothing for relatives"),
        G("3b", g["3b"], "followed_up", [c["c2"], m["m2"]], ev="Ungdom som har det",
          note="in other words: someone to talk to at school the same day, a full-time school "
          "nurse — 'psykisk' is never written"),
        G("4a", g["4a"], "followed_up", [c["c3"], m["m3"]], ev="Elever på 1.–4. trinn",
          note="small-group help in reading and mathematics (regning) on the lower stage"),
        G("8a", g["8a"], "partial", [c["c5"], m["m4"]], ev="Regulere og opparbeide 40",
          missing=["nye arbeidsplasser i reiselivet"],
          note="an industrial site for aquaculture suppliers; nothing for tourism"),
        G("8b", g["8b"], "not_followed_up",
          note="trap: named in passing — the child says NAV's qualification work is in NAV's "
          "own plan and has no new measure"),
        G("11a", g["11a"], "followed_up", [c["c6"], m["m5"]], ev="Torget og Storgata rustes",
          note="in other words: benches, playground and stage on the square (meeting places for "
          "all ages), flats on the first floor (boliger); trade is the street itself"),
        G("13a", g["13a"], "partial", [c["c7"], m["m6"]], ev="Avløp og overvann i",
          missing=["halvere klimagassutslippene"],
          note="separating sewage and storm water against cloudbursts serves the ekstremvær "
          "half; nothing cuts emissions (c8's 'inneklima' is no climate measure)"),
    ]
    kids = [
        C(c["c1"], ["3a"], note="the child goals are the bullets under 'Prioritert i "
          "perioden'; the rows of the 'Tiltak (1000 kr)' tables are measures (in served_by "
          "beside the goals they serve); amounts, years and the introduction are no goals"),
        C(c["c2"], ["3b"]),
        C(c["c3"], ["4a"]),
        C(c["c4"], [], note="kindergarten capacity, stands alone"),
        C(c["c5"], ["8a"]),
        C(c["c6"], ["11a"]),
        C(c["c7"], ["13a"]),
        C(c["c8"], [], note="trap (shared words): 'inneklima' is the indoor air of the town "
          "hall, not the climate — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans; kommuneplanens samfunnsdel): one "
        "chapter per named UN sustainable development goal, a short background and a coloured "
        "'Slik vil vi ha det' label over dash bullets, running head over a rule, 'Side n'; "
        "child PDF (Chromium, DejaVu Sans Condensed 9.5; økonomiplan, handlingsdel): per "
        "tjenesteområde 'Prioritert i perioden' bullets and a ruled table 'Tiltak (1000 kr) | "
        "2029 | 2030 | 2031 | 2032', citing no goal",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Oddaland (nn)


@pair
def oddaland_idrettsplan(d: Path) -> dict:
    g = {
        "L1": "leggje til rette for eit aktivt lag- og organisasjonsliv i alle bygdene",
        "L2": "ha eit variert bustadtilbod, med utleigebustader for unge og tilflyttarar",
        "H1": "gjere det enkelt å vere fysisk aktiv i kvardagen, med trygge gang- og "
              "sykkelvegar",
        "H2": "gi barn og unge høve til å prøve mange ulike aktivitetar",
        "H3": "ha møteplassar og anlegg som er opne for alle, uansett alder og funksjonsevne",
        "N1": "ta vare på strandsona og dei store samanhengande naturområda",
        "N2": "gjere friluftsområda nær der folk bur tilgjengelege for alle",
    }
    themes = [
        ("Levande bygder", "Oddaland har fem bygder med eigen skule og eige grendehus. "
         "Folketalet har vore stabilt, men det er få ledige bustader å leige.", ["L1", "L2"]),
        ("Helse i heile livet", "Ungdata 2026 viser at berre halvparten av ungdomane er fysisk "
         "aktive minst ein time dagleg. Mange vaksne køyrer bil til jobb sjølv om avstanden er "
         "kort.", ["H1", "H2", "H3"]),
        ("Natur og friluftsliv", "Fjorden, heiane og skogen er ein viktig grunn til at folk "
         "buset seg i Oddaland. Presset på strandsona aukar med nye hytter.", ["N1", "N2"]),
    ]
    css = (
        "@page{size:A4;margin:22mm 24mm 22mm 24mm;"
        "@bottom-left{content:'Kommuneplanen sin samfunnsdel 2028–2040';font-family:"
        "'Liberation Serif',serif;font-size:8pt;color:#555}"
        "@bottom-right{content:'Side ' counter(page);font-family:'Liberation Serif',serif;"
        "font-size:8pt;color:#555}}"
        "body{font-family:'Liberation Serif','Times New Roman',serif;font-size:10.5pt;"
        "line-height:1.38}"
        ".top{font-family:'Liberation Sans',sans-serif;font-size:8.5pt;letter-spacing:1pt;"
        "color:#3d6b35;text-transform:uppercase;margin:0 0 2mm}"
        "h1{font-family:'Liberation Sans',sans-serif;font-size:20pt;margin:0 0 6mm;color:#222}"
        "h2{font-family:'Liberation Sans',sans-serif;font-size:13pt;color:#3d6b35;"
        "margin:6mm 0 2mm}"
        "p{margin:0 0 2.5mm;text-align:justify}"
        ".vs{background:#e8f0e4;border-left:3pt solid #3d6b35;padding:2.5mm 4mm;margin:2mm 0 4mm;"
        "break-inside:avoid}"
        ".vs b{font-family:'Liberation Sans',sans-serif;display:block;margin-bottom:1mm}"
        ".vs ul{margin:0;padding-left:5mm}.vs li{margin:0 0 0.8mm}"
    )
    body = [
        "<p class='top'>Oddaland kommune</p>",
        "<h1>Kommuneplanen sin samfunnsdel 2028–2040</h1>",
        "<h2>Om planen</h2>",
        "<p>Samfunnsdelen seier kva retning kommunestyret vil at Oddaland skal utvikle seg i. "
        "Planen har tre tema. Under kvart tema står det kva vi skal arbeide for. Temaplanane og "
        "økonomiplanen viser korleis kommunen følgjer opp.</p>",
    ]
    for i, (head, bg, ks) in enumerate(themes, 1):
        body.append(f"<h2>{i}. {e(head)}</h2>")
        body.append(f"<p>{e(bg)}</p>")
        body.append("<div class='vs'><b>Vi skal:</b><ul>"
                    + "".join(f"<li>{e(g[k])}</li>" for k in ks) + "</ul></div>")
    body += [
        "<h2>4. Langsiktig arealbruk</h2>",
        "<p>Vi skal byggje vidare på dei fem bygdesentra, og nye bustadfelt skal liggje i "
        "gangavstand til skule og butikk.</p>",
    ]
    _html_pdf("nn", "Kommuneplanen sin samfunnsdel 2028–2040 – Oddaland kommune", css, body,
              d / "parent.pdf")

    c = {
        "a": "Laga i alle bygdene skal ha gode og rimelege treningstilhøve, og kommunen skal "
             "gi driftstilskot til lag som driv anlegg.",
        "b": "Nye anlegg skal vere universelt utforma, og dei eldste anlegga skal bli betre "
             "tilgjengelege for rullestolbrukarar.",
        "c": "Fleire elevar skal sykle eller gå til skulen.",
        "d": "Barn og unge skal kunne prøve fleire idrettar før dei vel, og ingen skal stå "
             "utanfor på grunn av pris.",
        "e": "Kvar bygd skal ha minst éi merkt nærturløype som kan nyttast med barnevogn.",
        "f": "Kunstgrasbana på Hauge skal få nytt dekke utan gummigranulat.",
    }
    m = {
        "m1": "Driftstilskot til idretts- og friluftslag i alle bygdene",
        "m2": "Heis og HC-garderobe i Oddalandshallen",
        "m3": "Seniortrim i hallen på dagtid, gratis for pensjonistar",
        "m4": "Overbygd sykkelparkering ved dei tre skulane",
        "m5": "Idrettsskule for 6–9-åringar saman med idrettslaga",
        "m6": "Utstyrssentral for gratis lån av sport- og friluftsutstyr",
        "m7": "Merking, skilting og grusing av nærturløyper i Hauge, Vik og Nes",
        "m8": "Nytt dekke på kunstgrasbana på Hauge",
    }
    rows = [
        ("1", m["m1"], "400 000 per år", "Kultur", "Kvart år"),
        ("2", m["m2"], "3 100 000", "Eigedom", "2030"),
        ("3", m["m3"], "60 000 per år", "Kultur / helse", "Frå 2029"),
        ("4", m["m4"], "450 000", "Eigedom", "2029"),
        ("5", m["m5"], "150 000 per år", "Kultur", "Frå hausten 2029"),
        ("6", m["m6"], "250 000", "Kultur / frivilligsentralen", "2029"),
        ("7", m["m7"], "380 000", "Kultur / Vik og Nes grendalag", "2029–2031"),
        ("8", m["m8"], "2 600 000", "Hauge IL / eigedom", "2031"),
    ]
    child = [
        ("title", "Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2029–2032"),
        ("sub", "Oddaland kommune · Vedteken i kommunestyret 12. desember 2028, sak 88/28"),
        ("h1", "1 Innleiing"),
        ("p", "Ein kommunedelplan for idrett og fysisk aktivitet er eit krav for å søkje om "
         "spelemidlar. Planen følgjer opp kommuneplanen sin samfunnsdel 2028–2040 og gjeld "
         "idrett, eigenorganisert aktivitet og friluftsliv."),
        ("p", "Vern av strandsona og dei store naturområda høyrer til kommuneplanen sin "
         "arealdel og er ikkje teke med her."),
        ("h1", "2 Status"),
        ("p", "Oddaland har ein fleirbrukshall, to kunstgrasbaner, fire lysløyper og 60 km "
         "merkte turstiar. Hallen er frå 1986 og har ikkje heis."),
        ("h1", "3 Målsetjingar for planperioden"),
        ("typed", "a)", c["a"]),
        ("typed", "b)", c["b"]),
        ("typed", "c)", c["c"]),
        ("typed", "d)", c["d"]),
        ("typed", "e)", c["e"]),
        ("typed", "f)", c["f"]),
        ("h1", "4 Handlingsprogram 2029–2032"),
        ("p", "Tabellen viser tiltak og anlegg i prioritert rekkjefølgje. Anlegg som får "
         "spelemidlar, er søkt på nytt kvart år til dei er fullfinansierte."),
        ("table", ("Nr.", "Anlegg / tiltak", "Kostnad (kr)", "Ansvar", "År"), rows,
         (12, 70, 30, 34, 24)),
        ("h1", "5 Rullering"),
        ("p", "Handlingsprogrammet blir rullert kvart år. Heile planen blir revidert i 2032."),
    ]
    _docx_pdf(child, d / "child.pdf",
              title="Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2029–2032",
              author="Oddaland kommune", header="Oddaland kommune",
              footer="Kommunedelplan idrett og friluftsliv –", lang="nn-NO",
              font="DejaVu Sans", size=10, heading_color="3D6B35")

    goals_ = [
        G("L1", g["L1"], "followed_up", [c["a"], m["m1"]], ev="Laga i alle bygdene",
          note="the goals are the bullets of each theme's shaded 'Vi skal:' box, printed as "
          "lower-case fragments after 'Vi skal:' (ids = theme letter + order, not printed; "
          "gold text as printed, without 'Vi skal:'); theme backgrounds, 'Om planen' and the "
          "'Langsiktig arealbruk' sentence ('Vi skal byggje vidare …', outside a box, an "
          "arealstrategi) are no goals. Training conditions and a running grant for clubs in "
          "every bygd: the share of a plan for sport and outdoor life"),
        G("L2", g["L2"], "not_followed_up",
          note="housing is outside the child's theme and not named in it"),
        G("H1", g["H1"], "partial", [c["c"], m["m4"]], ev="Fleire elevar skal sykle",
          missing=["trygge gang- og sykkelvegar", "fysisk aktivitet i kvardagen for vaksne"],
          note="cycle parking at the schools; no walking or cycling routes, nothing for adults"),
        G("H2", g["H2"], "followed_up", [c["d"], m["m5"], m["m6"]],
          ev="Barn og unge skal",
          note="in other words: try several sports before choosing (a sports school for 6–9), "
          "free equipment loans"),
        G("H3", g["H3"], "followed_up", [c["b"], m["m2"], m["m3"]], ev="Nye anlegg skal vere",
          note="universal design and a lift (funksjonsevne), free seniors' training in the hall "
          "(alder)"),
        G("N1", g["N1"], "not_followed_up",
          note="trap: named in passing — the introduction says the shore zone and large "
          "natural areas belong to the arealdel and are not in the plan"),
        G("N2", g["N2"], "followed_up", [c["e"], m["m7"]], ev="Kvar bygd skal ha",
          note="in other words: a marked local trail in every bygd usable with a pram"),
    ]
    kids = [
        C(c["a"], ["L1"], note="the child goals are the lettered målsetjingar a) … f); the "
          "rows of the 'Handlingsprogram' table are measures (in served_by beside the goals "
          "they serve); number, cost, 'Ansvar' and 'År' are no goals"),
        C(c["b"], ["H3"]),
        C(c["c"], ["H1"]),
        C(c["d"], ["H2"]),
        C(c["e"], ["N2"]),
        C(c["f"], [], note="a new pitch surface without rubber granulate, stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Serif 10.5, justified; kommuneplanen sin "
        "samfunnsdel): three numbered themes, each a background and a shaded box with a green "
        "left rule, 'Vi skal:' over lower-case bullet fragments; footer left title, right 'Side "
        "n'; child PDF (python-docx → LibreOffice, DejaVu Sans 10; kommunedelplan for idrett, "
        "fysisk aktivitet og friluftsliv): målsetjingar typed 'a)' … 'f)' with a hanging "
        "indent and a table 'Nr. | Anlegg / tiltak | Kostnad (kr) | Ansvar | År'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Åkersta (sv)


@pair
def akersta_gronplan(d: Path) -> dict:
    g = {
        "P1": "Alla som bor i tätorterna ska ha högst 300 meter till en park eller ett "
              "naturområde.",
        "P2": "De ekologiska spridningssambanden mellan Åkerstaåsen och sjön Ljusen ska "
              "bevaras.",
        "P3": "Nya bostadsområden ska planeras med gröna ytor som tar hand om dagvatten och ger "
              "skugga vid värmeböljor.",
        "P4": "Brukningsvärd jordbruksmark ska inte tas i anspråk för ny bebyggelse.",
        "P5": "Stränderna vid Ljusen ska vara tillgängliga för allmänheten, och badplatserna "
              "ska utvecklas.",
        "P6": "Skolgårdar och förskolegårdar ska ha tillräckligt stora friytor med grönska.",
    }
    parent = [
        ("title", "Översiktsplan för Åkersta kommun 2050"),
        ("sub", "Antagen av kommunfullmäktige 2028-04-24, § 37 · Laga kraft 2028-05-22"),
        ("h1", "1 Läsanvisning"),
        ("p", "Kapitel 4 redovisar de allmänna intressena. Under varje intresse beskrivs "
         "förutsättningarna, och under rubriken Planeringsinriktning anges hur kommunen ska "
         "väga intresset i planering och prövning. Planeringsinriktningarna är vägledande för "
         "detaljplaner, bygglov och kommunens tematiska planer."),
        ("h1", "2 Vision"),
        ("p", "Åkersta 2050 – gröna stråk, levande orter och nära till allt."),
        ("h1", "4 Allmänna intressen"),
        ("h2", "4.1 Grönstruktur och rekreation"),
        ("p", "Åkersta tätort har gott om natur i utkanten men få parker i de centrala "
         "delarna. Åkerstaåsen och Ljusen binds samman av ett smalt stråk längs Ljusbäcken."),
        ("b", "Planeringsinriktning"),
        ("bullets", [g["P1"], g["P2"], g["P5"]]),
        ("h2", "4.2 Klimatanpassning"),
        ("p", "Skyfallskarteringen från 2026 visar att flera lågpunkter i tätorten riskerar "
         "översvämning. Antalet dagar med värmebölja väntas öka."),
        ("b", "Planeringsinriktning"),
        ("bullets", [g["P3"]]),
        ("h2", "4.3 Jord- och skogsbruk"),
        ("p", "Jordbruksmarken kring Åkersta och Löva hör till de bördigaste i länet."),
        ("b", "Planeringsinriktning"),
        ("bullets", [g["P4"]]),
        ("h2", "4.4 Skola och förskola"),
        ("p", "Fram till 2035 behövs två nya förskolor i Åkersta tätort."),
        ("b", "Planeringsinriktning"),
        ("bullets", [g["P6"]]),
        ("h1", "5 Genomförande"),
        ("p", "Översiktsplanens aktualitet prövas varje mandatperiod i en planeringsstrategi."),
    ]
    _docx_pdf(parent, d / "parent.pdf", title="Översiktsplan för Åkersta kommun 2050",
              author="Åkersta kommun", header="Översiktsplan 2050 · Åkersta kommun",
              footer="Antagandehandling, sida", lang="sv-SE", font="Liberation Sans",
              size=10.5, heading_color="005A70")

    c = {
        "g1": "Ingen i tätorten ska behöva gå mer än fem minuter till ett grönområde.",
        "g2": "Grönstråket mellan Åkerstaåsen och Ljusen ska hållas obrutet, så att djur och "
              "växter kan röra sig mellan dem.",
        "g3": "Regnvatten från nya kvarter ska tas om hand ovan jord i regnbäddar, diken och "
              "dammar.",
        "g4": "Badplatsen i Norrviken ska bli en samlingsplats för hela orten.",
        "g5": "Alléerna längs Kungsvägen och Prästgårdsgatan ska bevaras och kompletteras.",
        "g6": "Fler invånare ska vara med och sköta parkerna, genom odlingslotter och "
              "parkfadderskap.",
    }
    m = {
        "a1": "Anlägga en ny park i kvarteret Smeden, där det i dag är över 500 meter till "
              "närmaste grönområde",
        "a2": "Faunapassage under väg 52 vid Ljusbäcken",
        "a3": "Riktlinje för dagvatten i detaljplan, med krav på öppna lösningar",
        "a4": "Ny brygga, grillplats och tillgänglighetsanpassad ramp vid Norrvikens badplats",
        "a5": "Återplantera 40 lindar i Kungsvägens allé",
        "a6": "30 nya odlingslotter vid Gärdet",
    }
    rows = [
        ("1", m["a1"], "1", "Samhällsbyggnad, park", "2029–2030"),
        ("2", m["a2"], "2", "Trafikverket / kommunen", "2031"),
        ("3", m["a3"], "3", "Plan- och byggenheten", "2029"),
        ("4", m["a4"], "4", "Kultur och fritid", "2030"),
        ("5", m["a5"], "5", "Samhällsbyggnad, park", "2029–2032"),
        ("6", m["a6"], "6", "Kultur och fritid", "2029"),
    ]
    child = [
        ("title", "Grönplan för Åkersta tätort"),
        ("lead", "Åkersta kommun · Antagen av kommunstyrelsen 2029-02-11"),
        ("h1", "1 Varför en grönplan?"),
        ("p", "Grönplanen fördjupar översiktsplanens grönstruktur för Åkersta tätort. Den "
         "visar vilka parker och naturområden som finns, vad de används till och hur de ska "
         "utvecklas de närmaste tio åren."),
        ("p", "Skolgårdarnas friytor hanteras i kommunens lokalförsörjningsplan och ingår inte "
         "i grönplanen."),
        ("h1", "2 Nuläge"),
        ("p", "Tätorten har 14 parker och 220 hektar tätortsnära natur. Kvarteren Smeden och "
         "Verkstaden saknar park inom gångavstånd."),
        ("h1", "3 Grönplanens mål"),
        ("label", "Mål 1"), ("p", c["g1"]),
        ("label", "Mål 2"), ("p", c["g2"]),
        ("label", "Mål 3"), ("p", c["g3"]),
        ("label", "Mål 4"), ("p", c["g4"]),
        ("label", "Mål 5"), ("p", c["g5"]),
        ("label", "Mål 6"), ("p", c["g6"]),
        ("h1", "4 Åtgärdslista"),
        ("table", ("Nr", "Åtgärd", "Mål", "Ansvarig", "År"), rows, (10, 82, 12, 42, 26)),
        ("h1", "5 Uppföljning"),
        ("p", "Samhällsbyggnadsnämnden redovisar åtgärderna i sin årsredovisning."),
    ]
    _report(d / "child.pdf", child, title="Grönplan för Åkersta tätort", author="Åkersta kommun",
            creator="Åkersta kommun, samhällsbyggnad", left="Grönplan för Åkersta tätort",
            right="Sida {n}", serif=True, accent="#2E6B3A")

    goals_ = [
        G("P1", g["P1"], "followed_up", [c["g1"], m["a1"]], ev="Ingen i tätorten ska",
          note="the goals are the bullets under each bold 'Planeringsinriktning' (ids P1 … in "
          "order of the allmänna intressen, not printed); the läsanvisning, vision, "
          "förutsättningar and 'Genomförande' are no goals. In other words: five minutes' walk "
          "to green space, a new park where it is over 500 metres today"),
        G("P2", g["P2"], "followed_up", [c["g2"], m["a2"]], ev="Grönstråket mellan Åkerstaåsen",
          note="in other words: an unbroken green corridor so that animals and plants can move "
          "('spridningssamband' is never written), and a fauna passage"),
        G("P3", g["P3"], "partial", [c["g3"], m["a3"]], ev="Regnvatten från nya kvarter",
          missing=["skugga vid värmeböljor"],
          note="open storm-water solutions in new blocks; nothing for shade in heat waves (the "
          "lime trees of g5 stand on old streets, not in new residential areas)"),
        G("P4", g["P4"], "not_followed_up",
          note="farmland is outside a grönplan for the town and not named in it"),
        G("P5", g["P5"], "partial", [c["g4"], m["a4"]], ev="Badplatsen i Norrviken ska",
          missing=["stränderna vid Ljusen tillgängliga för allmänheten"],
          note="one bathing place developed; nothing for public access along the shores"),
        G("P6", g["P6"], "not_followed_up",
          note="trap: named in passing — the introduction says school yards are handled in "
               "the lokalförsörjningsplan"),
    ]
    kids = [
        C(c["g1"], ["P1"], note="the child goals are the sentences under the labels 'Mål 1' … "
          "'Mål 6'; the rows of the 'Åtgärdslista' are measures (in served_by beside the "
          "goals they serve), and its 'Mål' column cites the GRÖNPLAN's own goal numbers, not "
          "the översiktsplan; 'Ansvarig' and 'År' are no goals"),
        C(c["g2"], ["P2"]),
        C(c["g3"], ["P3"]),
        C(c["g4"], ["P5"]),
        C(c["g5"], [], note="historic avenues along old streets: trees, but not the new "
          "residential areas of P3 — stands alone"),
        C(c["g6"], [], note="residents' participation in park care, stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10.5; översiktsplan): "
        "chapter '4 Allmänna intressen', per intresse a background and a bold "
        "'Planeringsinriktning' over bullets, header right, footer 'Antagandehandling, sida n'; "
        "child PDF (reportlab, Liberation Serif; grönplan): 'Mål 1' … 'Mål 6' green labels each "
        "over a sentence and a table 'Nr | Åtgärd | Mål | Ansvarig | År' citing the grönplan's "
        "own goal numbers",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Mølleby (da)


@pair
def molleby_klimahandleplan(d: Path) -> dict:
    g = {
        "G1": "Mølleby skal være klimaneutral som geografisk område senest i 2045.",
        "G2": "Det skal være nemt at vælge cyklen, bussen eller elbilen frem for benzin- og "
              "dieselbilen.",
        "G3": "Udledningen fra landbruget skal ned i tæt samarbejde med landmændene.",
        "G4": "Kommunens egen drift skal gå foran i den grønne omstilling.",
        "B1": "Flere børnefamilier skal flytte til Mølleby, tiltrukket af boligområder tæt på "
              "natur og vand.",
        "B2": "Byerne skal sikres mod oversvømmelse fra skybrud, stigende havvand og højt "
              "grundvand.",
    }
    css = (
        "@page{size:A4;margin:18mm 17mm 20mm 17mm;"
        "@bottom-center{content:'Kommuneplanstrategi 2027 · Mølleby Kommune · ' counter(page);"
        "font-family:'DejaVu Serif',serif;font-size:7.5pt;color:#5b5b5b}}"
        "body{font-family:'DejaVu Serif',Georgia,serif;font-size:9.5pt;line-height:1.42}"
        ".band{border-top:5pt solid #b5472a;padding-top:3mm;margin-bottom:6mm}"
        ".band h1{font-family:'DejaVu Sans',sans-serif;font-size:21pt;margin:0;color:#b5472a}"
        ".band p{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:1mm 0 0;color:#444}"
        ".cols{column-count:2;column-gap:9mm}"
        "h2{font-family:'DejaVu Sans',sans-serif;font-size:12pt;color:#b5472a;margin:0 0 2mm;"
        "break-after:avoid}"
        "h3{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;text-transform:uppercase;"
        "letter-spacing:0.6pt;color:#333;margin:3mm 0 1mm;break-after:avoid}"
        "p{margin:0 0 2.5mm}"
        "ul{margin:0 0 4mm;padding-left:4.5mm}li{margin:0 0 1.2mm}"
        "li::marker{color:#b5472a}"
        "section{break-inside:avoid-column;margin-bottom:4mm}"
    )
    body = [
        "<div class='band'><h1>Kommuneplanstrategi 2027</h1>"
        "<p>Mølleby Kommune · Vedtaget af Byrådet den 30. august 2027</p></div>",
        "<div class='cols'>",
        "<section><h2>Forord</h2><p>Kommuneplanstrategien fortæller, hvilke emner Byrådet vil "
        "prioritere i denne valgperiode, og hvordan kommuneplanen skal revideres. Strategien "
        "har to temaer. Under hvert tema står Byrådets målsætninger, som følges op i "
        "politikker, handleplaner og i budgettet.</p></section>",
        "<section><h2>Tema 1: Grøn omstilling</h2><p>Mølleby har tilsluttet sig DK2020 og har "
        "forpligtet sig til at lave en klimahandleplan. Transport og landbrug står for over "
        "halvdelen af udledningen.</p><h3>Målsætninger</h3><ul>"
        + "".join(f"<li>{e(g[k])}</li>" for k in ("G1", "G2", "G3", "G4")) + "</ul></section>",
        "<section><h2>Tema 2: Byer i udvikling</h2><p>Mølleby by og Skovlund vokser, mens "
        "landsbyerne mister indbyggere. Dele af Mølleby by ligger lavt ved fjorden, og "
        "skybruddet i 2025 oversvømmede 140 kældre.</p><h3>Målsætninger</h3><ul>"
        + "".join(f"<li>{e(g[k])}</li>" for k in ("B1", "B2")) + "</ul></section>",
        "<section><h2>Revision af kommuneplanen</h2><p>Byrådet beslutter at revidere "
        "kommuneplanen med fokus på klimatilpasning, nye boligområder og arealer til "
        "vedvarende energi. Øvrige dele af kommuneplanen videreføres.</p></section>",
        "</div>",
    ]
    _html_pdf("da", "Kommuneplanstrategi 2027 – Mølleby Kommune", css, body, d / "parent.pdf")

    k = {
        "k0": "Den samlede udledning i Mølleby skal være netto-nul i 2045 og halveret i 2030 i "
              "forhold til 2018.",
        "k1": "Al fjernvarme og el i kommunen skal komme fra vedvarende energi i 2030.",
        "k2": "Flere skal cykle til arbejde og skole, og flere skal køre i elbil.",
        "k3": "Kommunens bygninger og køretøjer skal være fri for olie, gas, benzin og diesel i "
              "2030.",
        "k4": "Ingen boliger i Mølleby by skal have vand i kælderen ved en 100-års regnhændelse.",
        "k5": "Elever i alle kommunens skoler skal undervises i klima og bæredygtighed.",
    }
    m = {
        "e1": "Fjernvarmen i Østerby skifter fra naturgas til varmepumpe og solvarme",
        "e2": "Lokalplan for solcellepark ved Hestehave (60 ha)",
        "t1": "Cykelsti langs Landevejen mellem Mølleby og Skovlund",
        "t2": "40 nye offentlige ladestandere ved kommunale parkeringspladser",
        "v1": "85 kommunale benzin- og dieselbiler udskiftes med elbiler",
        "v2": "Oliefyr i 12 kommunale bygninger erstattes af varmepumper",
        "a1": "Regnvandsbassin og forsinkelse af regnvand i Engparken",
        "a2": "Separatkloakering af Nørregade-kvarteret",
        "s1": "Klimaforløb for 7. klasse i samarbejde med forsyningen",
    }
    head = ("Tiltag", "Reduktion (ton CO2e/år)", "Ansvarlig", "Start")
    w = (130, 45, 52, 30)

    def sector(title, bg, goal, rows):
        return [("h1", title), ("p", bg), ("b", "Målsætning"), ("p", goal),
                ("table", head, rows, w)]

    child = [
        ("title", "Klimahandleplan 2029–2033"),
        ("sub", "Mølleby Kommune · DK2020 · Godkendt af Byrådet 27. marts 2029"),
        ("h1", "1 Indledning"),
        ("p", "Klimahandleplanen er Møllebys plan for at nå netto-nul. Den følger op på "
         "kommuneplanstrategiens tema om grøn omstilling og beskriver tiltag for perioden "
         "2029–2033 sektor for sektor."),
        ("p", "Landbruget står for 41 procent af udledningen. Det håndteres i en særskilt "
         "landbrugsplan, som kommunen udarbejder i 2029, og er ikke med i denne handleplan."),
        ("h1", "2 Samlet målsætning"),
        ("p", k["k0"]),
        *sector("3 Energi", "Fjernvarmeværket i Østerby fyrer stadig med naturgas.", k["k1"],
                [(m["e1"], "2.400", "Mølleby Forsyning", "2029"),
                 (m["e2"], "9.800", "Plan og Byg", "2030")]),
        *sector("4 Transport", "Vejtransport står for 28 procent af udledningen.", k["k2"],
                [(m["t1"], "300", "Vej og Park", "2030"),
                 (m["t2"], "900", "Vej og Park", "2029")]),
        *sector("5 Kommunen som virksomhed", "Kommunen har 210 køretøjer og 96 bygninger.",
                k["k3"],
                [(m["v1"], "310", "Indkøb og Flåde", "2029–2031"),
                 (m["v2"], "190", "Ejendomme", "2029–2030")]),
        *sector("6 Klimatilpasning", "Skybruddet i 2025 viste, hvor kloakken er for lille.",
                k["k4"],
                [(m["a1"], "–", "Mølleby Forsyning", "2030"),
                 (m["a2"], "–", "Mølleby Forsyning", "2031")]),
        *sector("7 Læring og engagement", "Klimahandleplanen skal forankres hos de unge.",
                k["k5"], [(m["s1"], "–", "Skole og Dagtilbud", "2029")]),
        ("h1", "8 Opfølgning"),
        ("p", "Klimaregnskabet opgøres hvert år, og handleplanen revideres i 2031."),
    ]
    _docx_pdf(child, d / "child.pdf", title="Klimahandleplan 2029–2033",
              author="Mølleby Kommune", header="Mølleby Kommune · Klimahandleplan 2029–2033",
              footer="DK2020 · side", lang="da-DK", font="Liberation Sans", size=10,
              landscape=True, heading_color="B5472A")

    goals_ = [
        G("G1", g["G1"], "followed_up", [k["k0"], k["k1"], m["e1"], m["e2"]],
          ev="Den samlede udledning i",
          note="the goals are the bullets under each 'Målsætninger' heading (ids G1–G4 for "
          "'Grøn omstilling', B1–B2 for 'Byer i udvikling', not printed); the foreword, theme "
          "backgrounds and 'Revision af kommuneplanen' (a planning decision) are no goals. "
          "Net zero in 2045 and renewable energy: the climate plan's whole purpose"),
        G("G2", g["G2"], "partial", [k["k2"], m["t1"], m["t2"]], ev="Flere skal cykle til",
          missing=["bussen (bedre kollektiv trafik)"],
          note="a cycle path and chargers; nothing for the bus"),
        G("G3", g["G3"], "not_followed_up",
          note="trap: named in passing — agriculture is left to a separate plan to be written"),
        G("G4", g["G4"], "followed_up", [k["k3"], m["v1"], m["v2"]],
          ev="Kommunens bygninger og køretøjer",
          note="in other words: the municipality's buildings and vehicles free of oil, gas, "
          "petrol and diesel ('egen drift' is never written; the chapter is 'Kommunen som "
          "virksomhed')"),
        G("B1", g["B1"], "not_followed_up",
          note="settlement is outside a climate plan and not named in it"),
        G("B2", g["B2"], "partial", [k["k4"], m["a1"], m["a2"]], ev="Ingen boliger i Mølleby",
          missing=["stigende havvand", "højt grundvand"],
          note="cloudburst only: a retention basin and separate sewers"),
    ]
    kids = [
        C(k["k0"], ["G1"], note="the child goals are the sentence of '2 Samlet målsætning' and "
          "the sentence under each sector's bold 'Målsætning'; the 'Tiltag' rows of the sector "
          "tables are measures (in served_by beside the goals they serve); tonnes, 'Ansvarlig' "
          "and 'Start' are no goals"),
        C(k["k1"], ["G1"]),
        C(k["k2"], ["G2"]),
        C(k["k3"], ["G4"], note="serves G4 only: the reductions of the municipality's own "
          "vehicles and buildings are counted under G1 through k0"),
        C(k["k4"], ["B2"]),
        C(k["k5"], [], note="climate teaching in schools, stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, DejaVu Serif 9.5, two text columns; "
        "kommuneplanstrategi): a red top rule over the title, 'Tema n' sections with a "
        "background and 'MÅLSÆTNINGER' (uppercase small heading) over bullets, centred footer "
        "with the page; child PDF (python-docx → LibreOffice, Liberation Sans 10, A4 landscape; "
        "DK2020 klimahandleplan): per sector a background, a bold 'Målsætning' over one "
        "sentence and a table 'Tiltag | Reduktion (ton CO2e/år) | Ansvarlig | Start'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Harnford (en)


@pair
def harnford_implementation_plan(d: Path) -> dict:
    g = {
        "O1": "Reduce congestion on the A46 corridor and make journey times more reliable for "
              "buses and freight.",
        "O2": "Make walking and cycling the natural choice for short journeys in our towns.",
        "O3": "Reduce the number of people killed or seriously injured on the county's roads.",
        "O4": "Improve access to jobs, education and health services for people without a "
              "car, particularly in rural areas.",
        "O5": "Cut carbon emissions and air pollution from transport, including in the Air "
              "Quality Management Areas.",
        "O6": "Keep the highway network safe, well maintained and resilient to severe weather.",
    }
    parent = [
        ("title", "Local Transport Plan 2028–2038"),
        ("sub", "Harnford County Council · Adopted by Full Council on 14 March 2028"),
        ("h1", "1 Introduction"),
        ("p", "This is Harnford's fourth Local Transport Plan (LTP). It sets the direction for "
         "transport in the county for the next ten years. The LTP is delivered through a "
         "rolling three-year implementation plan, which lists the schemes the County Council "
         "will fund and build."),
        ("h1", "2 The challenges"),
        ("p", "Traffic on the A46 between Harnford and Wellow has grown by 14 per cent since "
         "2019. One household in five in the rural west has no car. Nitrogen dioxide exceeds the "
         "national objective in two Air Quality Management Areas in Harnford town centre."),
        ("h1", "3 Our objectives"),
        ("p", "The LTP has six objectives. Every scheme in the implementation plan is assessed "
         "against them."),
        ("typed", "O1", g["O1"]),
        ("typed", "O2", g["O2"]),
        ("typed", "O3", g["O3"]),
        ("typed", "O4", g["O4"]),
        ("typed", "O5", g["O5"]),
        ("typed", "O6", g["O6"]),
        ("h1", "4 Policies"),
        ("p", "Policy LTP1 (road user hierarchy): in the design of schemes we will consider "
         "pedestrians first, then cyclists, public transport users, freight and private cars. "
         "Policy LTP2 (new development): development will be expected to contribute to the "
         "transport schemes it needs."),
        ("h1", "5 Monitoring"),
        ("p", "Progress is reported each year to the Environment and Transport Scrutiny "
         "Committee using the indicators in Appendix B."),
    ]
    _docx_pdf(parent, d / "parent.pdf", title="Harnford Local Transport Plan 2028–2038",
              author="Harnford County Council", header="Harnford County Council",
              footer="Local Transport Plan 2028–2038 | page", lang="en-GB",
              font="Liberation Sans", size=11, heading_color="23395B")

    s_ = {
        "AT1": "Castle Street to railway station cycle route, segregated from traffic, 1.6 km",
        "AT2": "Wider footways and two new zebra crossings in Harnford town centre",
        "AT3": "School Streets at six primary schools: roads closed to through traffic at "
               "drop-off and pick-up times",
        "RS1": "Realignment and high-friction surfacing at the B4190 Cold Ash bends, where four "
               "serious collisions occurred in 2024–2027",
        "RS2": "20 mph limits in the residential streets of Harnford and Wellow",
        "PT1": "Bus lane and bus priority at the traffic signals of the A46 Ridgeway and Mill "
               "Lane junctions",
        "DC1": "Electric vehicle charging hubs in three council car parks",
        "HM1": "Resurfacing and surface dressing of the classified road network",
        "HM2": "Drainage renewal on the A3040 at Furzey Bottom, closed by flooding three times "
               "since 2024",
        "ST1": "Update of the county transport model for the Local Plan review",
    }
    rows = [
        ("Active travel",),
        ("AT1", s_["AT1"], "O2", "2,350", "Transport Planning", "2029/30–2030/31"),
        ("AT2", s_["AT2"], "O2", "640", "Highways", "2029/30"),
        ("AT3", s_["AT3"], "O2", "180", "Road Safety Team", "2030/31"),
        ("Road safety",),
        ("RS1", s_["RS1"], "O3", "920", "Highways", "2029/30"),
        ("RS2", s_["RS2"], "O3", "410", "Road Safety Team", "2030/31–2031/32"),
        ("Network management and buses",),
        ("PT1", s_["PT1"], "O1", "3,100", "Transport Planning", "2030/31–2031/32"),
        ("Decarbonisation",),
        ("DC1", s_["DC1"], "O5", "760", "Climate Team", "2029/30"),
        ("Highway maintenance",),
        ("HM1", s_["HM1"], "O6", "14,200", "Highways", "Annual"),
        ("HM2", s_["HM2"], "O6", "1,050", "Highways", "2030/31"),
        ("Studies",),
        ("ST1", s_["ST1"], "O1, O5", "220", "Transport Planning", "2029/30"),
    ]
    css = (
        "@page{size:A4 landscape;margin:16mm 15mm 16mm 15mm;"
        "@top-left{content:'Harnford County Council';font-family:'Liberation Sans Narrow',"
        "sans-serif;font-size:8pt;color:#23395b;font-weight:bold}"
        "@top-right{content:'LTP Implementation Plan 2029/30 – 2031/32';font-family:"
        "'Liberation Sans Narrow',sans-serif;font-size:8pt;color:#23395b}"
        "@bottom-right{content:'Page ' counter(page) ' of ' counter(pages);font-family:"
        "'Liberation Sans Narrow',sans-serif;font-size:8pt;color:#666}}"
        "body{font-family:'Liberation Sans Narrow','Arial Narrow',sans-serif;font-size:10.5pt;"
        "line-height:1.35}"
        "h1{font-size:20pt;color:#23395b;margin:0 0 1mm}"
        ".st{font-size:11pt;color:#555;margin:0 0 5mm}"
        "h2{font-size:13pt;color:#23395b;margin:5mm 0 2mm}"
        "p{margin:0 0 2.5mm;max-width:230mm}"
        "table.f{width:60%;margin:1mm 0 4mm}"
        "table.f th,table.f td{border:0.5pt solid #999;padding:1.2mm 2mm;text-align:right}"
        "table.f th:first-child,table.f td:first-child{text-align:left}"
        "table.f th{background:#dfe6f0}"
        "table.pg th{background:#23395b;color:#fff;text-align:left;padding:2mm;font-size:10pt;"
        "border:0.5pt solid #23395b}"
        "table.pg td{border:0.5pt solid #b9c3d3;padding:2mm;vertical-align:top}"
        "table.pg td.grp{background:#eef1f6;font-weight:bold;color:#23395b}"
        "table.pg td.c{white-space:nowrap}"
    )
    body = [
        "<h1>Local Transport Plan: Implementation Plan</h1>",
        "<p class='st'>2029/30 to 2031/32 · Approved by Cabinet on 6 February 2029</p>",
        "<h2>1 Purpose</h2>",
        "<p>This implementation plan is the County Council's programme of transport schemes "
        "for the next three years. It delivers the Local Transport Plan 2028–2038. The column "
        "'LTP objectives' shows the objective each scheme was assessed against when it was "
        "prioritised.</p>",
        "<p>Supported bus services and community transport are funded through the Bus Service "
        "Improvement Plan and are not listed in this programme.</p>",
        "<h2>2 Funding</h2>",
        "<table class='f'><thead><tr><th>Source (£k)</th><th>2029/30</th><th>2030/31</th>"
        "<th>2031/32</th></tr></thead><tbody>",
        "<tr><td>Integrated Transport Block</td><td>2,150</td><td>2,150</td><td>2,150</td></tr>",
        "<tr><td>Highways Maintenance Block</td><td>5,400</td><td>5,400</td><td>5,400</td></tr>",
        "<tr><td>Active Travel Fund (bid)</td><td>900</td><td>1,100</td><td>–</td></tr>",
        "<tr><td>Developer contributions</td><td>350</td><td>600</td><td>400</td></tr>",
        "</tbody></table>",
        "<h2>3 Programme of schemes</h2>",
        "<table class='pg'><thead><tr><th style='width:6%'>Ref</th><th style='width:48%'>Scheme"
        "</th><th style='width:10%'>LTP objectives</th><th style='width:8%'>Cost (£k)</th>"
        "<th style='width:14%'>Lead</th><th style='width:14%'>Year</th></tr></thead><tbody>",
    ]
    for r in rows:
        if len(r) == 1:
            body.append(f"<tr><td class='grp' colspan='6'>{e(r[0])}</td></tr>")
        else:
            body.append("<tr>" + "".join(
                f"<td{' class=c' if i in (0, 2, 3) else ''}>{e(x)}</td>"
                for i, x in enumerate(r)) + "</tr>")
    body += [
        "</tbody></table>",
        "<h2>4 Reporting</h2>",
        "<p>Delivery against this programme is reported to Cabinet every six months.</p>",
    ]
    _html_pdf("en", "LTP Implementation Plan 2029/30 – 2031/32 – Harnford County Council", css,
              body, d / "child.pdf")

    goals_ = [
        G("O1", g["O1"], "partial", [s_["PT1"]], ev="Bus lane and bus",
          missing=["journey-time reliability for freight", "congestion on the A46 corridor "
                   "beyond the two junctions"],
          note="the goals are the objectives typed 'O1' … 'O6' in '3 Our objectives' (id = the "
          "printed code, gold text without it); the challenges, the policies LTP1 and LTP2 and "
          "'Monitoring' are no goals. A bus lane and bus priority at two junctions: buses only. "
          "ST1 also cites O1 but is a model update"),
        G("O2", g["O2"], "followed_up", [s_["AT1"], s_["AT2"], s_["AT3"]],
          ev="Castle Street to railway",
          note="a cycle route, wider footways and crossings, School Streets"),
        G("O3", g["O3"], "followed_up", [s_["RS1"], s_["RS2"]], ev="Realignment and "
          "high-friction surfacing",
          note="a collision site treated and 20 mph limits"),
        G("O4", g["O4"], "not_followed_up",
          note="trap: named in passing — supported buses and community transport are said to "
          "be funded elsewhere and not listed"),
        G("O5", g["O5"], "partial", [s_["DC1"]], ev="Electric vehicle charging hubs",
          missing=["air pollution in the Air Quality Management Areas"],
          note="charging hubs serve carbon; nothing aimed at the AQMAs (ST1 cites O5 but is a "
          "model update)"),
        G("O6", g["O6"], "followed_up", [s_["HM1"], s_["HM2"]], ev="Resurfacing and surface "
          "dressing",
          note="resurfacing and drainage renewal at a road closed by floods (resilient to "
          "severe weather)"),
    ]
    kids = [
        C(s_["AT1"], ["O2"], note="the child goals are the 'Scheme' cells; ref, the cited "
          "objectives, cost, lead and year are no goals, nor are the shaded programme rows "
          "('Active travel' …) or the funding table"),
        C(s_["AT2"], ["O2"]),
        C(s_["AT3"], ["O2"]),
        C(s_["RS1"], ["O3"]),
        C(s_["RS2"], ["O3"]),
        C(s_["PT1"], ["O1"]),
        C(s_["DC1"], ["O5"]),
        C(s_["HM1"], ["O6"]),
        C(s_["HM2"], ["O6"]),
        C(s_["ST1"], [], note="trap: cites O1 and O5, but a model update for the Local Plan is "
          "a study that serves neither — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 11; Local Transport "
        "Plan): '3 Our objectives' with objectives typed 'O1' … 'O6' and a hanging indent, "
        "policies in running text, header right, footer '… | page n'; child PDF (Chromium, "
        "Liberation Sans Narrow 10.5, A4 landscape; LTP implementation plan): a funding table "
        "and a programme table 'Ref | Scheme | LTP objectives | Cost (£k) | Lead | Year' with "
        "shaded programme rows, header repeated on page 2, 'Page n of N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
