"""Build the thirty-fourth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar34` without reading plancheck's code, tests or bench, and without
running it. ORDINARY forms on surfaces of this batch:

- Straumsvåg (nn): a kommuneplanens samfunnsdel (python-docx → LibreOffice, Liberation Serif)
  with 'Satsingsområde n' chapters, bold 'Dette vil vi oppnå' bullets and 'Slik gjer vi det'
  strategies; the child, a handlingsdel med økonomiplan (Chromium, A4 landscape), one table
  'Tiltak | Satsingsområde | Ansvarleg | 2028 | 2029 | 2030 | 2031' citing 'SO n'.
- Ljungmora (sv): kommunfullmäktiges 'Vision och mål' (reportlab, Liberation Sans) with
  'Målområde' chapters and 'Mål n.' headings over indicator lines; the child, Barn- och
  utbildningsnämndens verksamhetsplan (python-docx → LibreOffice, DejaVu Sans) with numbered
  'Å n' åtaganden under each målområde.
- Tørslev (da): a Sundhedspolitik (Chromium, Liberation Serif) with 'Tema n' and boxed 'Vi vil'
  lists of infinitive phrases; the child, a Handleplan (reportlab, Liberation Serif) with a
  table 'Nr. | Tema i politikken | Indsats | Ansvarlig | Periode' running over two pages.
- Marlshire / Fenbridge (en): a county Joint Health and Wellbeing Strategy (python-docx →
  LibreOffice, Liberation Sans) with 'Outcome n' statements; the child, a district council's
  action plan (Chromium), table 'Ref | What we will do | Strategy outcome | Lead | When'.
- Sørvidde / Brattfjell (nb): a regional plan for klima og energi (reportlab, Liberation Serif)
  with 'Mål A1:' sentences and 'Strategier' per innsatsområde; the child, a municipal klima- og
  energiplan tiltaksdel (python-docx → LibreOffice, Liberation Sans Narrow) with one table
  'Nr. | Tiltak | Ansvar | Gjennomføres | Bidrar til' and shaded group rows.

    python corpora/parents-blind34/make_pairs.py                  # all pairs
    python corpora/parents-blind34/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind34/make_pairs.py --twice          # build twice, compare sha256

The document writers are batch 31's (`_docx_pdf`, `_report`, `_html_pdf`), imported, called with
this batch's fonts, colours, furniture and block sequences; `G`, `C`, batch 14's `main` and batch
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
BUILDER = "corpora/parents-blind34/make_pairs.py"


def _rows(head: list[str], rows: list[tuple], cls: str = "") -> str:
    """An HTML table with a repeated <thead>."""
    out = [f"<table class='{cls}'><thead><tr>"]
    out += [f"<th>{e(h)}</th>" for h in head]
    out.append("</tr></thead><tbody>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


# =========================================================================== 1 Straumsvåg (nn)


@pair
def straumsvag_handlingsdel(d: Path) -> dict:
    g = {
        "1a": "Straumsvåg skal ha eit variert næringsliv med fleire arbeidsplassar i havbruk og "
              "reiseliv.",
        "1b": "Det skal finnast attraktive bustader for både unge og eldre, i sentrum og i "
              "bygdene.",
        "1c": "Kaiområdet skal bli ein levande møtestad for heile kommunen.",
        "2a": "Born og unge skal ha eit trygt og inkluderande oppvekstmiljø.",
        "2b": "Fleire ungdomar skal fullføre vidaregåande opplæring.",
        "3a": "Klimagassutsleppa i Straumsvåg skal vere halverte innan 2030 samanlikna med 2009.",
        "3b": "Naturmangfaldet i sjø og strandsone skal takast vare på.",
    }
    areas = [
        ("3 Satsingsområde 1 – Levande sentrum og bygder",
         "Straumsvåg har hatt nedgang i folketalet sidan 2016. Få utleigebustader og lite "
         "variasjon i bustadtilbodet gjer det vanskeleg for unge å etablere seg, og kaiområdet "
         "står mykje tomt utanom sommaren.", ["1a", "1b", "1c"],
         ["Vi prioriterer fortetting i sentrum framfor nye felt i utkanten.",
          "Vi samarbeider med næringslivet om rekruttering og profilering."]),
        ("4 Satsingsområde 2 – Oppvekst",
         "Dei fleste borna trivst, men Ungdata viser at kvar femte ungdom kjenner seg einsam, "
         "og fråfallet frå vidaregåande er høgare enn snittet i fylket.", ["2a", "2b"],
         ["Tenestene skal arbeide tverrfagleg rundt barnet og familien.",
          "Vi involverer ungdomsrådet i saker som gjeld unge."]),
        ("5 Satsingsområde 3 – Klima og natur",
         "Sjøtransport og fiskeflåten står for over halvparten av utsleppa i kommunen. "
         "Ålegrasengene i Straumsfjorden er viktige gyteområde for kysttorsk.", ["3a", "3b"],
         ["Vi tek klimaomsyn i alle innkjøp og planar.",
          "Vi bruker arealplanen aktivt til å ta vare på natur."]),
    ]
    parent = [
        ("title", "Kommuneplanen sin samfunnsdel 2027–2039"),
        ("sub", "Straumsvåg kommune  ·  Vedteken av kommunestyret 14.09.2027, sak 58/27"),
        ("h1", "1 Innleiing"),
        ("p", "Samfunnsdelen syner kva for samfunn vi vil ha i Straumsvåg dei neste tolv åra. "
         "Han blir følgd opp i handlingsdelen med økonomiplan, som blir rullert kvart år, og i "
         "temaplanar for dei ulike sektorane."),
        ("h1", "2 Visjon: «Open, grøn og nær»"),
        ("p", "Visjonen kom fram gjennom folkemøte i alle bygdene hausten 2026. Han skal vere "
         "ei rettesnor for kommunen som samfunnsutviklar og tenesteytar."),
    ]
    for head, bg, ks, strat in areas:
        parent += [("h1", head), ("p", bg), ("b", "Dette vil vi oppnå"),
                   ("bullets", [g[k] for k in ks]), ("b", "Slik gjer vi det"),
                   ("bullets", strat)]
    parent += [
        ("h1", "6 Oppfølging og rapportering"),
        ("p", "Kommunedirektøren rapporterer på satsingsområda i årsmeldinga kvart år."),
    ]
    _docx_pdf(parent, d / "parent.pdf", title="Kommuneplanen sin samfunnsdel 2027–2039",
              author="Straumsvåg kommune", header="Straumsvåg kommune – samfunnsdelen",
              footer="Side", lang="nn-NO", font="Liberation Serif", size=11,
              heading_color="1F5F8B")

    t = {
        "t1": "Opparbeiding av 30 bustadtomter på Røyrvik",
        "t2": "Omsorgsbustader for eldre, 16 husvære i sentrum",
        "t3": "Ny kaipromenade med badeplass og amfi ved Straumsvåg kai",
        "t4": "Tverrfagleg team for tidleg innsats i barnehage og skule, 2 årsverk",
        "t5": "Fritidskort for alle born og unge 6–18 år",
        "t6": "Rehabilitering av ventilasjonsanlegget ved Straumsvåg ungdomsskule",
        "t7": "Landstraum til ferjekaia og fiskebåthamna",
        "t8": "Elektriske bilar i heimetenesta og teknisk drift",
        "t9": "Kartlegging av ålegras og gyteområde i Straumsfjorden",
        "t10": "Nytt sprinklaranlegg i rådhuset",
    }
    rows = [
        (t["t1"], "SO 1", "Eigedom", "2,0", "6,5", "1,0", "–"),
        (t["t2"], "SO 1", "Helse og omsorg", "4,0", "28,0", "12,0", "–"),
        (t["t3"], "SO 1", "Plan og utvikling", "–", "3,5", "9,0", "–"),
        (t["t4"], "SO 2", "Oppvekst", "1,6", "1,6", "1,6", "1,6"),
        (t["t5"], "SO 2", "Kultur", "0,9", "0,9", "0,9", "0,9"),
        (t["t6"], "SO 2", "Eigedom", "7,5", "–", "–", "–"),
        (t["t7"], "SO 3", "Hamnevesenet", "–", "12,0", "4,0", "–"),
        (t["t8"], "SO 3", "Teknisk drift", "0,8", "0,8", "0,8", "–"),
        (t["t9"], "SO 3", "Plan og utvikling", "0,4", "–", "–", "–"),
        (t["t10"], "–", "Eigedom", "–", "2,2", "–", "–"),
    ]
    css = (
        "@page{size:A4 landscape;margin:16mm 18mm 18mm 18mm;"
        "@bottom-right{content:'Handlingsdel 2028–2031 – side ' counter(page);"
        "font:8pt 'Liberation Sans'}}"
        "body{font-family:'Liberation Sans',sans-serif;font-size:10pt}"
        "h1{font-size:19pt;color:#1f5f8b;margin:0 0 1mm}"
        ".k{font-size:9pt;color:#666;margin:0 0 6mm}"
        "h2{font-size:12.5pt;color:#1f5f8b;margin:6mm 0 2mm;border-bottom:1px solid #1f5f8b}"
        "p{margin:0 0 2.5mm;max-width:230mm}"
        "table.o th{background:#1f5f8b;color:#fff;font-size:9pt;text-align:left;padding:2mm}"
        "table.o td{font-size:9.5pt;padding:1.6mm 2mm;border-bottom:1px solid #c9d6df;"
        "vertical-align:top}"
        "table.o td:nth-child(n+4),table.o th:nth-child(n+4){text-align:right;width:16mm}"
        "table.o td:first-child{width:110mm}"
    )
    body = [
        "<h1>Handlingsdel med økonomiplan 2028–2031</h1>",
        "<p class='k'>Straumsvåg kommune · Kommunedirektøren sitt framlegg, 28. oktober 2027</p>",
        "<h2>1 Innleiing</h2>",
        "<p>Handlingsdelen syner korleis kommunen følgjer opp samfunnsdelen 2027–2039 dei neste "
        "fire åra. Kvart tiltak er knytt til eitt av dei tre satsingsområda (SO 1–3). Beløpa er "
        "i mill. kr og gjeld investeringar og auka driftsutgifter.</p>",
        "<p>Næringsarbeidet er lagt til Straumsvåg Næringsselskap AS, som har eigen "
        "strategiplan, og er difor ikkje med i tiltakstabellen.</p>",
        "<h2>2 Økonomiske rammer</h2>",
        "<p>Frie inntekter aukar mindre enn lønns- og prisveksten. Kommunedirektøren tilrår "
        "difor at nye driftstiltak blir finansierte innanfor sektorane sine rammer, og at "
        "lånegjelda ikkje skal auke meir enn 4 prosent per år.</p>",
        "<h2>3 Tiltak og økonomiplan</h2>",
        _rows(["Tiltak", "Satsingsområde", "Ansvarleg", "2028", "2029", "2030", "2031"], rows,
              "o"),
        "<h2>4 Rapportering</h2>",
        "<p>Status for tiltaka blir rapportert i tertialrapportane og i årsmeldinga.</p>",
    ]
    _html_pdf("nn", "Handlingsdel med økonomiplan 2028–2031", css, body, d / "child.pdf")

    goals_ = [
        G("1a", g["1a"], "not_followed_up",
          note="the goals are the bullets under bold 'Dette vil vi oppnå' in each "
          "'Satsingsområde' chapter (ids 1a–3b = area + order, not printed); 'Slik gjer vi "
          "det' strategies, background, the vision and the introduction are no goals. Named "
          "in passing: the introduction leaves business development to the business company, "
          "'ikkje med i tiltakstabellen'"),
        G("1b", g["1b"], "partial", [t["t1"], t["t2"]], ev="Omsorgsbustader for eldre, 16",
          missing=["bustader for unge"],
          note="plots in a village and care homes for the elderly in the centre: the old and "
          "both places, nothing aimed at the young"),
        G("1c", g["1c"], "followed_up", [t["t3"]], ev="Ny kaipromenade med badeplass",
          note="in other words: a quay promenade with a bathing place and amphitheatre is the "
          "meeting place"),
        G("2a", g["2a"], "followed_up", [t["t4"], t["t5"]], ev="Tverrfagleg team for tidleg",
          note="early-intervention team (trygt) and a leisure card for all children "
          "(inkluderande) — neither word used"),
        G("2b", g["2b"], "not_followed_up",
          note="trap: the school ventilation row cites SO 2 but serves no completion of upper "
          "secondary school"),
        G("3a", g["3a"], "followed_up", [t["t7"], t["t8"]], ev="Landstraum til ferjekaia",
          note="in other words: shore power for the ferry and fishing harbour (the parent "
          "names sea transport as the largest source) and electric service cars"),
        G("3b", g["3b"], "partial", [t["t9"]], ev="Kartlegging av ålegras",
          missing=["strandsona"],
          note="mapping eelgrass and spawning grounds serves nature in the sea; nothing for "
          "the shore zone; a mapping, not protection (a strict reader might say so too)"),
    ]
    kids = [
        C(t["t1"], ["1b"], note="the child goals are the 'Tiltak' cells; the cited "
          "'SO n', 'Ansvarleg' and the amounts are no goals"),
        C(t["t2"], ["1b"]),
        C(t["t3"], ["1c"]),
        C(t["t4"], ["2a"]),
        C(t["t5"], ["2a"]),
        C(t["t6"], [], note="trap: cites SO 2, building maintenance — stands alone"),
        C(t["t7"], ["3a"]),
        C(t["t8"], ["3a"]),
        C(t["t9"], ["3b"]),
        C(t["t10"], [], note="cites '–', stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Serif 11; kommuneplanen "
        "sin samfunnsdel): 'n Satsingsområde n – …' chapters with background, bold 'Dette vil "
        "vi oppnå' + bulleted goal sentences and 'Slik gjer vi det' + strategy bullets; child "
        "PDF (Chromium, Liberation Sans, A4 landscape; handlingsdel med økonomiplan): one table "
        "'Tiltak | Satsingsområde | Ansvarleg | 2028 | 2029 | 2030 | 2031' citing 'SO n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Ljungmora (sv)


@pair
def ljungmora_verksamhetsplan(d: Path) -> dict:
    g = {
        "M1": "Andelen elever som är behöriga till gymnasieskolan ska öka till minst 90 "
              "procent.",
        "M2": "Barn och unga ska känna sig trygga i förskolan, i skolan och på fritiden.",
        "M3": "Fler invånare ska försörja sig själva genom arbete eller studier.",
        "M4": "Kommunens verksamheter ska vara fossilfria senast 2030.",
        "M5": "Ljungmora kommun ska vara en attraktiv arbetsgivare som kan rekrytera och "
              "behålla medarbetare.",
        "M6": "Invånarna ska ha goda möjligheter till insyn och inflytande i kommunens beslut.",
    }
    ind = {
        "M1": "Indikatorer: andel behöriga till yrkesprogram; genomsnittligt meritvärde i "
              "årskurs 9.",
        "M2": "Indikatorer: andel elever som känner sig trygga i skolenkäten; andel unga som "
              "deltar i föreningsliv.",
        "M3": "Indikatorer: andel invånare 20–64 år med försörjningsstöd; antal personer i "
              "arbetsmarknadsinsatser.",
        "M4": "Indikatorer: andel fossilfria fordon och arbetsmaskiner; andel fossilfri "
              "uppvärmning i kommunens lokaler.",
        "M5": "Indikatorer: hållbart medarbetarengagemang (HME); personalomsättning.",
        "M6": "Indikatorer: Nöjd-Inflytande-Index i SCB:s medborgarundersökning.",
    }
    areas = [
        ("Målområde 1: Lärande och uppväxt",
         "Resultaten i grundskolan har förbättrats, men var sjätte elev lämnar årskurs 9 utan "
         "behörighet till gymnasiet.", [("1", "M1"), ("2", "M2")]),
        ("Målområde 2: Arbete och hållbar utveckling",
         "Arbetslösheten är högre än i länet, och kommunens fordon och lokaler står fortfarande "
         "för betydande utsläpp.", [("3", "M3"), ("4", "M4")]),
        ("Målområde 3: En öppen och attraktiv organisation",
         "Konkurrensen om lärare, sjuksköterskor och ingenjörer ökar, och färre invånare än "
         "tidigare känner att de kan påverka.", [("5", "M5"), ("6", "M6")]),
    ]
    parent = [
        ("title", "Vision och mål 2027–2030"),
        ("lead", "Ljungmora kommun · Antagen av kommunfullmäktige 2026-11-23, § 142"),
        ("h1", "Vision 2035"),
        ("p", "Ljungmora – där idéer växer och alla får plats. Visionen beskriver den kommun vi "
         "vill vara år 2035 och gäller för alla nämnder och bolag."),
        ("h1", "Så styr vi"),
        ("p", "Kommunfullmäktige beslutar om mål för mandatperioden. Varje nämnd tar fram en "
         "verksamhetsplan med åtaganden som visar hur nämnden bidrar till målen. Måluppfyllelsen "
         "följs upp i delårsrapporten och årsredovisningen."),
    ]
    for head, bg, ms in areas:
        parent += [("h1", head), ("p", bg)]
        for n, k in ms:
            parent += [("h2", f"Mål {n}. {g[k]}"), ("p", ind[k])]
    _report(d / "parent.pdf", parent, serif=False, title="Vision och mål 2027–2030",
            author="Ljungmora kommun", creator="Ljungmora kommun, kommunledningskontoret",
            left="Ljungmora kommun   Vision och mål 2027–2030", right="Sida {n}",
            accent="#8A3B12")

    a = {
        "A1": "Införa en läs-, skriv- och räknegaranti med uppföljning från förskoleklass till "
              "årskurs 3.",
        "A2": "Erbjuda lovskola i svenska och matematik för elever i årskurs 8 och 9 som riskerar "
              "att inte bli behöriga.",
        "A3": "Genomföra trygghetsvandringar tillsammans med elever på alla skolor varje termin.",
        "A4": "Ta fram en gemensam plan mot kränkande behandling för samtliga förskolor.",
        "A5": "Ställa krav på el- eller HVO-drivna fordon i nästa upphandling av skolskjuts "
              "2028.",
        "A6": "Erbjuda barnskötare att läsa till förskollärare på 75 procent av arbetstiden med "
              "bibehållen lön.",
        "A7": "Inrätta ett elevråd på nämndnivå som träffar nämndens presidium två gånger per "
              "termin.",
        "A8": "Byta till en gemensam lärplattform för grundskolan från höstterminen 2028.",
    }
    child = [
        ("title", "Verksamhetsplan 2028"),
        ("sub", "Barn- och utbildningsnämnden, Ljungmora kommun · Beslutad 2027-12-14, § 88"),
        ("h1", "1 Inledning"),
        ("p", "Verksamhetsplanen beskriver hur barn- och utbildningsnämnden bidrar till "
         "kommunfullmäktiges mål i Vision och mål 2027–2030. Under varje målområde redovisas "
         "nämndens åtaganden för 2028. Åtagandena följs upp i delårsrapporten per augusti."),
        ("p", "Målet om att fler invånare ska försörja sig själva ansvarar arbetsmarknads- och "
         "vuxenutbildningsnämnden för, och det behandlas inte i denna plan."),
        ("h1", "2 Lärande och uppväxt"),
        ("p", "Nämndens viktigaste uppdrag är att fler elever lämnar grundskolan med godkända "
         "betyg och att alla barn känner sig trygga."),
        ("b", "Nämndens åtaganden"),
        ("typed", "Å 1", a["A1"]), ("typed", "Å 2", a["A2"]),
        ("typed", "Å 3", a["A3"]), ("typed", "Å 4", a["A4"]),
        ("h1", "3 Arbete och hållbar utveckling"),
        ("b", "Nämndens åtaganden"),
        ("typed", "Å 5", a["A5"]),
        ("h1", "4 En öppen och attraktiv organisation"),
        ("p", "Förskolan har svårt att rekrytera legitimerade förskollärare, särskilt i "
         "Bäckby och Norrmora."),
        ("b", "Nämndens åtaganden"),
        ("typed", "Å 6", a["A6"]), ("typed", "Å 7", a["A7"]), ("typed", "Å 8", a["A8"]),
        ("h1", "5 Ekonomi"),
        ("p", "Nämndens budgetram för 2028 är 812 miljoner kronor. Åtagandena ryms inom ramen, "
         "utom lovskolan som delvis finansieras med statsbidrag."),
    ]
    _docx_pdf(child, d / "child.pdf", title="Verksamhetsplan 2028 – Barn- och "
              "utbildningsnämnden", author="Ljungmora kommun",
              header="Barn- och utbildningsnämnden", footer="Verksamhetsplan 2028 | sida",
              lang="sv-SE", font="DejaVu Sans", size=9.5, heading_color="8A3B12")

    goals_ = [
        G("M1", g["M1"], "followed_up", [a["A1"], a["A2"]], ev="Erbjuda lovskola i svenska",
          note="the goals are the sentences after 'Mål n.' in each målområde (id M + the "
          "printed number); the 'Indikatorer:' lines, the vision and 'Så styr vi' are no goals. "
          "Early literacy/numeracy guarantee and holiday school for those at risk: eligibility, "
          "never the word 'behöriga till gymnasieskolan' in the first"),
        G("M2", g["M2"], "partial", [a["A3"], a["A4"]], ev="Genomföra trygghetsvandringar",
          missing=["trygghet på fritiden"],
          note="safety walks in school and a plan against degrading treatment in preschools: "
          "förskolan and skolan, nothing for leisure time"),
        G("M3", g["M3"], "not_followed_up",
          note="named in passing: the introduction leaves it to another board and says it is "
          "not dealt with"),
        G("M4", g["M4"], "partial", [a["A5"]], ev="Ställa krav på el- eller",
          missing=["fossilfri uppvärmning i lokalerna"],
          note="school transport vehicles only; the parent's own indicators name heating of "
          "premises too, which the board's plan leaves out"),
        G("M5", g["M5"], "followed_up", [a["A6"]], ev="Erbjuda barnskötare att läsa",
          note="in other words: paid training of childminders to preschool teachers both "
          "recruits and keeps staff (the board's share)"),
        G("M6", g["M6"], "partial", [a["A7"]], ev="Inrätta ett elevråd på",
          missing=["insyn"],
          note="a pupils' council meeting the board gives influence to pupils; nothing on "
          "insight (insyn) into decisions"),
    ]
    kids = [
        C(a["A1"], ["M1"], note="the child goals are the åtaganden after 'Å n' (without the "
          "number); headings, 'Nämndens åtaganden' labels and the economy text are no goals"),
        C(a["A2"], ["M1"]),
        C(a["A3"], ["M2"]),
        C(a["A4"], ["M2"]),
        C(a["A5"], ["M4"]),
        C(a["A6"], ["M5"]),
        C(a["A7"], ["M6"]),
        C(a["A8"], [], note="under 'En öppen och attraktiv organisation', a learning platform "
          "serves no goal — stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans; kommunfullmäktiges Vision och mål): "
        "'Målområde n:' chapters with a background paragraph, bold 'Mål n. …' goal headings "
        "and an 'Indikatorer:' line under each; child PDF (python-docx → LibreOffice, DejaVu "
        "Sans 9.5; nämndens verksamhetsplan): per målområde a bold 'Nämndens åtaganden' label "
        "over typed 'Å n' åtaganden with a hanging indent, no goal citations",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Tørslev (da)


@pair
def torslev_handleplan(d: Path) -> dict:
    g = {
        "V1": "styrke trivslen blandt børn og unge, så færre føler sig ensomme",
        "V2": "give borgere med psykisk sårbarhed hurtig hjælp tæt på, hvor de bor",
        "V3": "nedbringe andelen af unge, der ryger eller bruger snus",
        "V4": "skabe flere muligheder for fysisk aktivitet i hverdagen for alle aldre",
        "V5": "mindske den sociale ulighed i sundhed",
        "V6": "sikre, at borgere med anden etnisk baggrund kan bruge sundhedstilbuddene på lige "
              "fod med andre",
    }
    temas = [
        ("Tema 1 · Mental sundhed",
         "Hver fjerde unge i Tørslev Kommune oplever ofte at være ensom, og ventetiden til "
         "psykolog er lang. Mental sundhed er derfor politikkens første tema.", ["V1", "V2"]),
        ("Tema 2 · Sund livsstil",
         "Andelen af unge, der bruger nikotin, er steget siden 2021, og kun hver tredje voksne "
         "lever op til Sundhedsstyrelsens anbefalinger om fysisk aktivitet.", ["V3", "V4"]),
        ("Tema 3 · Lighed i sundhed",
         "Borgere med kort uddannelse lever i gennemsnit fem år kortere end borgere med lang "
         "uddannelse, og mange tosprogede borgere kender ikke kommunens tilbud.", ["V5", "V6"]),
    ]
    css = (
        "@page{size:A4;margin:20mm 24mm 20mm 24mm;"
        "@top-right{content:'Tørslev Kommune';font:8pt 'Liberation Sans';color:#777}}"
        "body{font-family:'Liberation Serif',serif;font-size:11pt;line-height:1.45}"
        "h1{font-family:'Liberation Sans',sans-serif;font-size:24pt;color:#2f6b3a;"
        "margin:2mm 0 1mm;font-weight:normal}"
        ".sub{font-family:'Liberation Sans',sans-serif;font-size:10pt;margin:0 0 7mm}"
        "h2{font-family:'Liberation Sans',sans-serif;font-size:14pt;color:#2f6b3a;"
        "margin:7mm 0 2mm}"
        "p{margin:0 0 3mm}"
        ".vv{background:#e8f1e9;padding:2mm 5mm 1mm;margin:2mm 0 4mm}"
        ".vv h3{font-family:'Liberation Sans',sans-serif;font-size:11pt;margin:0 0 1mm}"
        ".vv ul{margin:0 0 1mm;padding-left:5mm}.vv li{margin:0 0 1mm}"
    )
    body = [
        "<h1>Sundhedspolitik 2027–2031</h1>",
        "<p class='sub'>Tørslev Kommune · Vedtaget af byrådet den 22. april 2027</p>",
        "<h2>Forord</h2>",
        "<p>Sundhed skabes i hverdagen – i familien, i skolen, på arbejdspladsen og i "
        "foreningerne. Med denne politik sætter byrådet retningen for kommunens arbejde med "
        "sundhed de næste fire år. Politikken omsættes til konkrete indsatser i en handleplan, "
        "der revideres hvert andet år.</p>",
        "<h2>Sådan læser du politikken</h2>",
        "<p>Politikken har tre temaer. For hvert tema beskriver vi udfordringen og det, byrådet "
        "vil opnå.</p>",
    ]
    for head, bg, ks in temas:
        body += [f"<h2>{e(head)}</h2>", f"<p>{e(bg)}</p>",
                 "<div class='vv'><h3>Vi vil</h3><ul>"
                 + "".join(f"<li>{e(g[k])}</li>" for k in ks) + "</ul></div>"]
    body += [
        "<h2>Samarbejde</h2>",
        "<p>Politikken gælder for hele kommunen og skal løftes i samarbejde med regionen, "
        "de praktiserende læger, foreningslivet og borgerne selv.</p>",
    ]
    _html_pdf("da", "Sundhedspolitik 2027–2031", css, body, d / "parent.pdf")

    i = {
        "i1": "Ung-til-ung-fællesskaber for unge, der føler sig ensomme, i samarbejde med "
              "foreningerne",
        "i2": "Trivselsmåling i alle 7.–9. klasser med opfølgning på den enkelte skole",
        "i3": "Åben, anonym rådgivning for unge mellem 15 og 25 år i Tørslev by to dage om ugen",
        "i4": "Røgfri skoletid på alle folkeskoler og ungdomsuddannelser fra august 2028",
        "i5": "Gratis holdtræning for borgere over 65 år i de lokale idrætshaller",
        "i6": "Hjertestartere på alle kommunale bygninger",
        "i7": "Sundhedsformidlere, der taler arabisk, somali og tigrinya, på Sundhedscentret",
        "i8": "Kampagne om håndhygiejne i alle daginstitutioner",
    }
    rows = [
        ("1", "Mental sundhed", i["i1"], "Kultur og Fritid", "2028–2029"),
        ("2", "Mental sundhed", i["i2"], "Skole og Dagtilbud", "2028"),
        ("3", "Mental sundhed", i["i3"], "Social og Psykiatri", "2028–2029"),
        ("4", "Sund livsstil", i["i4"], "Sundhed og Forebyggelse", "2028"),
        ("5", "Sund livsstil", i["i5"], "Kultur og Fritid", "2028–2029"),
        ("6", "Sund livsstil", i["i6"], "Ejendomme", "2028"),
        ("7", "Lighed i sundhed", i["i7"], "Sundhed og Forebyggelse", "2029"),
        ("8", "Lighed i sundhed", i["i8"], "Skole og Dagtilbud", "2028"),
    ]
    child = [
        ("title", "Handleplan 2028–2029"),
        ("lead", "Til Sundhedspolitik 2027–2031 · Tørslev Kommune, Sundheds- og "
         "Ældreudvalget, januar 2028"),
        ("h1", "Indledning"),
        ("p", "Handleplanen samler de indsatser, som kommunens forvaltninger gennemfører i "
         "2028 og 2029 for at følge op på sundhedspolitikken. Hver indsats er knyttet til et "
         "af politikkens tre temaer. Indsatserne finansieres inden for de eksisterende "
         "budgetter, medmindre andet fremgår."),
        ("p", "Målet om at mindske den sociale ulighed i sundhed er en gennemgående ambition i "
         "politikken og har ingen selvstændige indsatser i denne handleplan."),
        ("p", "Forvaltningerne har i efteråret 2027 holdt dialogmøder med foreninger, "
         "ungdomsråd og Ældrerådet om, hvilke indsatser der skal prioriteres først. "
         "Resultatet af møderne er samlet i bilag 1, som kan findes på kommunens hjemmeside. "
         "Indsatserne er valgt, fordi de kan sættes i gang inden for to år og måles."),
        ("h1", "Økonomi"),
        ("p", "Der er i budget 2028 afsat 1,4 mio. kr. til nye sundhedsindsatser. Beløbet "
         "fordeles af Sundheds- og Ældreudvalget efter ansøgning fra forvaltningerne. "
         "Indsatser, der kræver flere midler, indgår i budgetforhandlingerne for 2029. "
         "Forvaltningerne skal i ansøgningen beskrive, hvem indsatsen er rettet mod, hvordan "
         "den måles, og hvordan den kan fortsætte, når projektperioden slutter."),
        ("p", "Flere af indsatserne gennemføres i samarbejde med Region Midtjylland, de "
         "praktiserende læger og frivillige foreninger. Samarbejdet er beskrevet i "
         "sundhedsaftalen og i kommunens frivillighedspolitik, og de aftaler, der allerede "
         "findes, er ikke gentaget her. Hvor en indsats afhænger af eksterne midler, fremgår "
         "det af statusrapporteringen."),
        ("p", "Forvaltningerne følger hver indsats med et eller to enkle måltal, som fremgår "
         "af statusnotatet til udvalget. Tallene hentes så vidt muligt fra data, som "
         "kommunen allerede indsamler, for eksempel trivselsmålingen og "
         "Sundhedsprofilen."),
        ("h1", "Indsatser"),
        ("table", ["Nr.", "Tema i politikken", "Indsats", "Ansvarlig", "Periode"], rows,
         [10, 32, 68, 34, 22]),
        ("h1", "Opfølgning"),
        ("p", "Sundheds- og Ældreudvalget får en status på handleplanen to gange om året. "
         "Handleplanen revideres i efteråret 2029."),
    ]
    _report(d / "child.pdf", child, serif=True, title="Handleplan 2028–2029",
            author="Tørslev Kommune", creator="Tørslev Kommune, Sundhed og Forebyggelse",
            left="Handleplan 2028–2029 · Sundhedspolitik", right="Side {n} af 2",
            accent="#2F6B3A")

    goals_ = [
        G("V1", g["V1"], "followed_up", [i["i1"], i["i2"]], ev="Ung-til-ung-fællesskaber for "
          "unge",
          note="the goals are the bullets in each boxed 'Vi vil' list (infinitive phrases "
          "completing 'Vi vil'; the gold text is the phrase as printed, ids V1–V6 not printed); "
          "forord, reading guide, background and 'Samarbejde' are no goals. Peer communities "
          "for lonely young people and a wellbeing survey with follow-up"),
        G("V2", g["V2"], "partial", [i["i3"]], ev="Åben, anonym rådgivning for",
          missing=["voksne og ældre med psykisk sårbarhed", "hjælp uden for Tørslev by"],
          note="open counselling for ages 15–25 in the main town only"),
        G("V3", g["V3"], "followed_up", [i["i4"]], ev="Røgfri skoletid på alle",
          note="in other words: smoke-free school time at schools and youth education"),
        G("V4", g["V4"], "partial", [i["i5"]], ev="Gratis holdtræning for borgere",
          missing=["fysisk aktivitet i hverdagen for børn, unge og voksne"],
          note="free classes for over-65s only; the goal says all ages"),
        G("V5", g["V5"], "not_followed_up",
          note="named in passing: the introduction calls it a cross-cutting ambition with no "
          "indsatser of its own; two rows cite 'Lighed i sundhed', only one serves V6"),
        G("V6", g["V6"], "followed_up", [i["i7"]], ev="Sundhedsformidlere, der taler",
          note="health communicators speaking Arabic, Somali and Tigrinya at the health "
          "centre: equal use of the services, in other words"),
    ]
    kids = [
        C(i["i1"], ["V1"], note="the child goals are the 'Indsats' cells; 'Nr.', the cited "
          "tema, 'Ansvarlig' and 'Periode' are no goals"),
        C(i["i2"], ["V1"]),
        C(i["i3"], ["V2"]),
        C(i["i4"], ["V3"]),
        C(i["i5"], ["V4"]),
        C(i["i6"], [], note="trap: cites 'Sund livsstil' but defibrillators serve neither "
          "smoking nor everyday activity — stands alone"),
        C(i["i7"], ["V6"]),
        C(i["i8"], [], note="trap: cites 'Lighed i sundhed', a hygiene campaign serves no goal "
          "— stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Serif 11; Sundhedspolitik): 'Tema n · …' "
        "headings, a background paragraph and a green box 'Vi vil' over bulleted infinitive "
        "phrases; child PDF (reportlab, Liberation Serif; Handleplan): one table 'Nr. | Tema i "
        "politikken | Indsats | Ansvarlig | Periode' citing the tema, 'Side n af 2'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Fenbridge (en)


@pair
def fenbridge_action_plan(d: Path) -> dict:
    g = {
        "O1": "Children in Marlshire get the best start in life and are ready for school.",
        "O2": "People live in warm, safe and affordable homes.",
        "O3": "Fewer people smoke, and more people are a healthy weight.",
        "O4": "People with mental health problems get support early and close to home.",
        "O5": "Older people stay independent and connected to their communities for longer.",
        "O6": "The gap in healthy life expectancy between the most and least deprived areas "
              "narrows.",
    }
    why = {
        "O1": "One in three children in Marlshire is not at the expected level of development "
              "at the end of reception year.",
        "O2": "Cold, damp and overcrowded homes cause and worsen respiratory illness, and "
              "private rents have risen by a fifth since 2022.",
        "O3": "Smoking and obesity remain the two largest causes of preventable illness in "
              "the county.",
        "O4": "Waiting times for talking therapies are among the longest in the region.",
        "O5": "The number of residents aged 85 and over will double by 2040, and loneliness "
              "is reported by one in four of them.",
        "O6": "Men in the most deprived tenth of neighbourhoods can expect 17 fewer years in "
              "good health than those in the least deprived.",
    }
    parent = [
        ("title", "Joint Health and Wellbeing Strategy 2027–2032"),
        ("sub", "Marlshire Health and Wellbeing Board · Agreed 9 March 2027"),
        ("h1", "Foreword"),
        ("p", "This strategy sets out what the Health and Wellbeing Board will do together to "
         "improve health across Marlshire. It applies to the County Council, the six district "
         "and borough councils, the NHS and the voluntary sector. Each partner is asked to "
         "show in its own plans how it contributes."),
        ("h1", "Our outcomes"),
    ]
    for n, k in enumerate(g, 1):
        parent += [("h2", f"Outcome {n}"), ("b", g[k]),
                   ("p", f"Why this matters: {why[k]}")]
    parent += [
        ("h1", "How we will know"),
        ("p", "The Board will publish a dashboard of indicators for each outcome every "
         "autumn, drawn from the Public Health Outcomes Framework."),
    ]
    _docx_pdf(parent, d / "parent.pdf", title="Joint Health and Wellbeing Strategy 2027–2032",
              author="Marlshire Health and Wellbeing Board",
              header="Marlshire Joint Health and Wellbeing Strategy", footer="Page",
              lang="en-GB", font="Liberation Sans", size=10.5, heading_color="6B2C5F")

    a = {
        "HW01": "Run a Warm Homes grant scheme for insulation and heating in privately rented "
                "homes",
        "HW02": "Inspect every licensed house in multiple occupation at least once every "
                "three years",
        "HW03": "Extend free swimming for under-16s to all three leisure centres",
        "HW04": "Replace the roof of Fenbridge Leisure Centre",
        "HW05": "Train 120 council and partner frontline staff in Mental Health First Aid",
        "HW06": "Host a weekly drop-in with the NHS talking therapies team at the Fenbridge "
                "Community Hub",
        "HW07": "Fund befriending schemes and lunch clubs run by village halls",
        "HW08": "Fit grab rails and key safes free of charge through the Handyperson Service",
    }
    rows = [
        ("HW01", a["HW01"], "Outcome 2", "Private Sector Housing", "2028–2030"),
        ("HW02", a["HW02"], "Outcome 2", "Private Sector Housing", "Ongoing"),
        ("HW03", a["HW03"], "Outcome 3", "Leisure Services", "April 2028"),
        ("HW04", a["HW04"], "Outcome 3", "Property Services", "2029"),
        ("HW05", a["HW05"], "Outcome 4", "Community Safety", "March 2029"),
        ("HW06", a["HW06"], "Outcome 4", "Communities Team", "From June 2028"),
        ("HW07", a["HW07"], "Outcome 5", "Communities Team", "2028–2030"),
        ("HW08", a["HW08"], "Outcome 5", "Housing Options", "Ongoing"),
    ]
    css = (
        "@page{size:A4;margin:18mm 16mm 20mm 16mm;"
        "@bottom-center{content:counter(page);font:8.5pt 'DejaVu Sans';color:#666}}"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}"
        ".band{background:#00594f;color:#fff;padding:5mm 6mm;margin:0 0 6mm}"
        ".band h1{font-size:18pt;margin:0}.band p{margin:1mm 0 0;font-size:9.5pt}"
        "h2{font-size:12pt;color:#00594f;margin:6mm 0 2mm}"
        "p{margin:0 0 2.5mm}"
        "table.a th{border-bottom:2px solid #00594f;text-align:left;font-size:8.5pt;"
        "padding:1.5mm}"
        "table.a td{border-bottom:1px solid #ddd;padding:1.8mm 1.5mm;vertical-align:top}"
        "table.a td:nth-child(2){width:82mm}"
    )
    body = [
        "<div class='band'><h1>Health and Wellbeing Action Plan 2028–2030</h1>"
        "<p>Fenbridge District Council · Cabinet, 16 November 2027</p></div>",
        "<h2>1. Purpose</h2>",
        "<p>1.1 This action plan sets out what Fenbridge District Council will do over the next "
        "three years to support the Marlshire Joint Health and Wellbeing Strategy 2027–2032. "
        "The Council contributes to the strategy through its housing, leisure and community "
        "services, and the plan supports all six outcomes of the county strategy.</p>",
        "<p>1.2 Early years and school readiness are led by Marlshire County Council's "
        "Children's Services. Stop-smoking services are commissioned by the County Council's "
        "public health team and are not part of this plan.</p>",
        "<h2>2. Actions</h2>",
        _rows(["Ref", "What we will do", "Strategy outcome", "Lead", "When"], rows, "a"),
        "<h2>3. Monitoring</h2>",
        "<p>3.1 Progress will be reported to the Overview and Scrutiny Committee every six "
        "months and to the Marlshire Health and Wellbeing Board once a year.</p>",
    ]
    _html_pdf("en", "Health and Wellbeing Action Plan 2028–2030", css, body, d / "child.pdf")

    goals_ = [
        G("O1", g["O1"], "not_followed_up",
          note="the goals are the bold outcome statements under 'Outcome n' (id O + the "
          "printed number); 'Why this matters:' paragraphs, the foreword and 'How we will "
          "know' are no goals. Named in passing: 1.2 leaves early years to the County"),
        G("O2", g["O2"], "partial", [a["HW01"], a["HW02"]], ev="Run a Warm Homes grant",
          missing=["affordable homes"],
          note="insulation and heating grants (warm) and HMO inspections (safe); nothing on "
          "affordability"),
        G("O3", g["O3"], "partial", [a["HW03"]], ev="Extend free swimming for",
          missing=["fewer people smoke"],
          note="free swimming for children serves healthy weight; 1.2 says stop-smoking is not "
          "part of the plan"),
        G("O4", g["O4"], "followed_up", [a["HW05"], a["HW06"]], ev="Host a weekly drop-in",
          note="in other words: frontline staff trained to spot problems early and a local "
          "drop-in with talking therapies (close to home)"),
        G("O5", g["O5"], "followed_up", [a["HW07"], a["HW08"]], ev="Fund befriending schemes",
          note="befriending and lunch clubs (connected), grab rails and key safes "
          "(independent)"),
        G("O6", g["O6"], "not_followed_up",
          note="trap: 1.1 claims the plan 'supports all six outcomes', but no action is aimed "
          "at deprived areas or the gap"),
    ]
    kids = [
        C(a["HW01"], ["O2"], note="the child goals are the 'What we will do' cells; 'Ref', the "
          "cited outcome, 'Lead' and 'When' are no goals"),
        C(a["HW02"], ["O2"]),
        C(a["HW03"], ["O3"]),
        C(a["HW04"], [], note="trap: cites Outcome 3, a leisure-centre roof serves neither "
          "smoking nor weight — stands alone"),
        C(a["HW05"], ["O4"]),
        C(a["HW06"], ["O4"]),
        C(a["HW07"], ["O5"]),
        C(a["HW08"], ["O5"]),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10.5; county Joint "
        "Health and Wellbeing Strategy): 'Outcome n' headings, each over one bold outcome "
        "statement and a 'Why this matters:' paragraph; child PDF (Chromium, DejaVu Sans; "
        "district council action plan): a coloured title band, numbered paragraphs 1.1 …, and "
        "one table 'Ref | What we will do | Strategy outcome | Lead | When' citing 'Outcome n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Brattfjell (nb)


@pair
def brattfjell_klimaplan(d: Path) -> dict:
    g = {
        "A1": "Klimagassutslippene fra veitrafikken i Sørvidde skal halveres innen 2030.",
        "A2": "Flere skal reise kollektivt, sykle eller gå i byer og tettsteder.",
        "B1": "Nedbyggingen av matjord, myr og skog skal reduseres kraftig.",
        "B2": "Kommunene skal være forberedt på mer ekstremnedbør, flom og skred.",
        "C1": "Næringslivet i regionen skal ta i bruk fornybar energi og sirkulære løsninger.",
        "C2": "Offentlige innkjøp skal stille tydelige klima- og miljøkrav.",
    }
    areas = [
        ("Innsatsområde A – Transport",
         "Veitrafikken står for 46 prosent av de direkte utslippene i fylket.", ["A1", "A2"],
         ["Fylkeskommunen og kommunene samordner areal- og transportplanleggingen.",
          "Ladeinfrastruktur bygges ut langs hovedveiene."]),
        ("Innsatsområde B – Arealbruk og klimatilpasning",
         "Mellom 2015 og 2025 ble over 900 dekar dyrka mark omdisponert i Sørvidde. "
         "Samtidig har flere kommuner hatt skader etter flom og jordskred.", ["B1", "B2"],
         ["Arealreserver i kommuneplanene vurderes på nytt.",
          "Klimaframskrivinger legges til grunn i all planlegging."]),
        ("Innsatsområde C – Grønn verdiskaping",
         "Regionen har store ressurser i skog, vannkraft og havbruk som kan gi grønne "
         "arbeidsplasser.", ["C1", "C2"],
         ["Virkemiddelapparatet prioriterer klimavennlige prosjekter.",
          "Fylkeskommunen deler maler for klimakrav i anskaffelser."]),
    ]
    parent = [
        ("title", "Regional plan for klima og energi 2027–2035"),
        ("lead", "Sørvidde fylkeskommune · Vedtatt i fylkestinget 15. juni 2027, sak 41/27"),
        ("h1", "1 Planens formål"),
        ("p", "Planen samler fylkeskommunen, kommunene og statlige etater om felles mål for "
         "klimaarbeidet i Sørvidde. Regionale planer skal legges til grunn for kommunal "
         "planlegging (plan- og bygningsloven § 8-2). Kommunene følger opp planen i sine "
         "klimaplaner og kommuneplaner."),
        ("h1", "2 Mål og strategier"),
    ]
    for head, bg, ks, strat in areas:
        parent += [("h2", head), ("p", bg)]
        parent += [("p", f"Mål {k}: {g[k]}") for k in ks]
        parent += [("label", "Strategier"), ("bullets", strat)]
    parent += [
        ("h1", "3 Handlingsprogram"),
        ("p", "Fylkeskommunens egne tiltak står i det regionale handlingsprogrammet, som "
         "rulleres hvert år."),
    ]
    _report(d / "parent.pdf", parent, serif=True,
            title="Regional plan for klima og energi 2027–2035",
            author="Sørvidde fylkeskommune", creator="Sørvidde fylkeskommune",
            left="Sørvidde fylkeskommune – Regional plan for klima og energi",
            right="– {n} –", accent="#3D5A1E")

    k = {
        "K1": "Ladepunkter for elbil ved alle kommunale bygg med ansatte",
        "K2": "Krav om nullutslipp i anbudet for skoleskyss fra 2029",
        "K3": "Fortau langs Fjellvegen fra sentrum til Brattfjell skole",
        "K4": "Kartlegging av flomveier og overvann i Brattfjell sentrum",
        "K5": "Oppdatert aktsomhetskart for skred og kvikkleire i beredskapsplanen",
        "K6": "Solceller på taket av rådhuset og Brattfjellhallen",
        "K7": "Klima- og miljøkrav med minst 30 prosent vekt i alle anskaffelser over 500 000 "
              "kroner",
        "K8": "Utskifting av gatelys til LED langs kommunale veier",
    }
    rows = [
        ("Transport",),
        ("1", k["K1"], "Eiendom", "2028–2029", "A1"),
        ("2", k["K2"], "Innkjøp / oppvekst", "2029", "A1"),
        ("3", k["K3"], "Kommunalteknikk", "2030", "A2"),
        ("Klimatilpasning",),
        ("4", k["K4"], "Vann og avløp", "2028", "B2"),
        ("5", k["K5"], "Beredskap", "2028", "B2"),
        ("Energi og innkjøp",),
        ("6", k["K6"], "Eiendom", "2029", "C1"),
        ("7", k["K7"], "Innkjøp", "Fra 2028", "C2"),
        ("8", k["K8"], "Kommunalteknikk", "2028–2031", "–"),
    ]
    child = [
        ("title", "Klima- og energiplan 2028–2032"),
        ("sub", "Brattfjell kommune · Tiltaksdel · Vedtatt i kommunestyret 7. desember 2027"),
        ("h1", "1 Innledning"),
        ("p", "Klima- og energiplanen er Brattfjell kommunes oppfølging av Regional plan for "
         "klima og energi 2027–2035. Tiltaksdelen viser hva kommunen selv skal gjøre de neste "
         "fem årene. For hvert tiltak står det hvilket regionalt mål tiltaket bidrar til."),
        ("p", "Arealbruken følges opp ved neste rullering av kommuneplanens arealdel og "
         "omtales ikke i tiltaksdelen."),
        ("h1", "2 Klimagassregnskap"),
        ("p", "Utslippene i Brattfjell var 38 400 tonn CO2-ekvivalenter i 2025. Veitrafikk og "
         "jordbruk står for tre firedeler. Kommunens egen drift står for under fem prosent av "
         "utslippene, men kommunen kan påvirke langt mer gjennom planlegging og innkjøp."),
        ("p", "Tiltakene nedenfor er valgt etter dialog med næringslivet, bondelaget og "
         "ungdomsrådet høsten 2027. Tiltak som krever nye midler, prioriteres i "
         "handlingsdelen med økonomiplan."),
        ("h1", "3 Virkemidler"),
        ("p", "Kommunen har fire roller i klimaarbeidet: som tjenesteyter og eier av bygg og "
         "kjøretøy, som innkjøper, som planmyndighet og som pådriver overfor innbyggere og "
         "næringsliv. Tiltaksdelen handler mest om de to første rollene, der kommunen selv "
         "bestemmer og kan måle effekten direkte."),
        ("p", "Statlige tilskudd fra Klimasats og Enova skal søkes der det er mulig. "
         "Kommunedirektøren legger fram en egen sak om klimabudsjett sammen med budsjettet "
         "for 2029, der utslippskutt fra tiltakene tallfestes så langt det lar seg gjøre."),
        ("p", "Tiltakene er sortert etter tema. Kolonnen «Bidrar til» viser koden for målet i "
         "den regionale planen. Tiltak som ikke viser til et regionalt mål, er tatt med fordi "
         "de reduserer energibruken i kommunens egen drift."),
        ("p", "Brattfjell deltar i klimanettverket for kommunene i Sørvidde, der kommunene "
         "deler erfaringer med klimabudsjett, innkjøp og klimatilpasning. Nettverket ledes av "
         "fylkeskommunen og møtes fire ganger i året. Kommunen vil bruke nettverket til å "
         "utvikle felles maler for klimakrav og til å lære av kommuner som har kommet lenger "
         "med kartlegging av naturfare og overvann."),
        ("p", "Innbyggerne kan følge med på arbeidet på kommunens nettside, der status for "
         "hvert tiltak oppdateres etter hver tertialrapport. Ungdomsrådet får klimaplanen "
         "til uttalelse ved hver rullering."),
        ("h1", "4 Tiltak"),
        ("table", ["Nr.", "Tiltak", "Ansvar", "Gjennomføres", "Bidrar til"], rows,
         [10, 84, 32, 26, 18]),
        ("h1", "5 Oppfølging"),
        ("p", "Klimagassregnskapet oppdateres hvert år, og tiltaksdelen rulleres sammen med "
         "handlingsdelen."),
    ]
    _docx_pdf(child, d / "child.pdf", title="Klima- og energiplan 2028–2032 – tiltaksdel",
              author="Brattfjell kommune", header="Brattfjell kommune",
              footer="Klima- og energiplan, tiltaksdel – side", lang="nb-NO",
              font="Liberation Sans Narrow", size=11, heading_color="3D5A1E")

    goals_ = [
        G("A1", g["A1"], "followed_up", [k["K1"], k["K2"]], ev="Krav om nullutslipp i",
          note="the goals are the sentences after 'Mål A1:' … 'Mål C2:' (id = the printed "
          "code); 'Strategier' bullets, background and the purpose chapter are no goals. The "
          "municipality's share: charging points and zero-emission school buses"),
        G("A2", g["A2"], "partial", [k["K3"]], ev="Fortau langs Fjellvegen",
          missing=["kollektivtransport", "sykling"],
          note="one pavement to a school: walking only"),
        G("B1", g["B1"], "not_followed_up",
          note="named in passing: the introduction leaves land use to the next arealdel"),
        G("B2", g["B2"], "followed_up", [k["K4"], k["K5"]], ev="Kartlegging av flomveier",
          note="flood paths and stormwater (ekstremnedbør, flom) and a hazard map for "
          "landslides (skred)"),
        G("C1", g["C1"], "not_followed_up",
          note="trap: the solar-panel row cites C1, but panels on the council's own buildings "
          "do nothing for the region's businesses"),
        G("C2", g["C2"], "followed_up", [k["K7"]], ev="Klima- og miljøkrav med minst",
          note="30 per cent weight on climate and environment in all purchases above the "
          "threshold"),
    ]
    kids = [
        C(k["K1"], ["A1"], note="the child goals are the 'Tiltak' cells; 'Nr.', the shaded "
          "group rows, 'Ansvar', 'Gjennomføres' and the cited regional goal are no goals"),
        C(k["K2"], ["A1"]),
        C(k["K3"], ["A2"]),
        C(k["K4"], ["B2"]),
        C(k["K5"], ["B2"]),
        C(k["K6"], [], note="trap: cites C1 (business), own buildings — stands alone"),
        C(k["K7"], ["C2"]),
        C(k["K8"], [], note="cites '–', stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif; regional plan): per 'Innsatsområde "
        "X – …' a background paragraph, goal paragraphs 'Mål X1: …' and a 'Strategier' label "
        "over bullets; child PDF (python-docx → LibreOffice, Liberation Sans Narrow 11; "
        "kommunal klima- og energiplan, tiltaksdel): one table 'Nr. | Tiltak | Ansvar | "
        "Gjennomføres | Bidrar til' with shaded group rows, citing the regional goal code",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
