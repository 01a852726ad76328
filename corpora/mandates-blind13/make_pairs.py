"""Build the thirteenth blind batch of mandate/plan pairs under corpora/mandates-blind13/ and their gold.

Written on 2026-12-03 without reading plancheck's code, from how mandates are really delivered:
an e-mail-like "Bestilling" from a kommunedirektør (Word to PDF) whose points are dash lines
("- ") inside ordinary paragraphs (soft line breaks, no list); a nynorsk planprogram on the
municipality's planning portal (Chromium) whose points are the rows of a
"Tema | Problemstilling | Metode" table; a Danish "Opdrag" (Word to PDF) with points typed
"1)" … "10)", one of them wrapped over a page break; a Swedish "Uppdragsbeskrivning" printed from
a case system (reportlab) with "Uppdraget omfattar:" and "Uppdraget omfattar inte:" lists (the
second holds no points); and an English "Terms of reference" (Word to PDF) with "Deliverables"
and "Milestones" tables (the milestones are process points). Plans answer in their own words,
only in a table row or a figure caption, in an appendix, in the introduction or only in a
colophon box on the back page, partly, only in passing, or by deferral; each trap is noted in the
gold.

    python corpora/mandates-blind13/make_pairs.py                  # all pairs
    python corpora/mandates-blind13/make_pairs.py hundeskov       # some pairs

Imports the twelfth batch's builder (corpora/mandates-blind12/make_pairs.py: P, chromium_pdf,
build_odfpy, build_rl_pdf, build_docx_l / build_pdf_l with the footer's page words), and the
block and gold writer of corpora/mandates-blind/_build.py. Everything is pinned (zip times, core
properties, PDF dates/ids; reportlab with invariant=1), so a rebuild gives the same files.
"""

from __future__ import annotations

import html as _h
import importlib.util
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import rendered_pages, write_gold  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b12 = _load("mandates_blind12_make_pairs", HERE.parent / "mandates-blind12" / "make_pairs.py")
P, chromium_pdf, build_odfpy, build_rl_pdf = (_b12.P, _b12.chromium_pdf, _b12.build_odfpy,
                                              _b12.build_rl_pdf)
build_pdf_l = _b12.build_pdf_l

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def themed(theme: str, text: str) -> str:
    """The gold text of a table row whose first column names the theme and whose second asks
    the question or describes the deliverable: both cells joined with ": " (the theme is part
    of the point, since the question leans on it); a method or date column is no part of it
    unless it is the point itself (milestones)."""
    return f"{theme}: {text}"


def web_pdf(path: Path, *, title: str, nav: str, foot: str, blocks: list[tuple], lang: str,
            accent: str = "#0d47a1") -> Path:
    """A web page printed with headless Chromium (the twelfth batch's page, with one more
    block): ("fig", caption) is a map drawn as an empty framed box with a <figcaption> under
    it, so the caption is the only text the figure has."""
    out = []
    for b in blocks:
        if b[0] in ("h2", "h3", "p"):
            out.append(f"<{b[0]}>{_h.escape(b[1])}</{b[0]}>")
        elif b[0] == "meta":
            out.append(f"<p class='meta'>{_h.escape(b[1])}</p>")
        elif b[0] == "table":
            head = "".join(f"<th>{_h.escape(x)}</th>" for x in b[1])
            rows = "".join("<tr>" + "".join(f"<td>{_h.escape(c)}</td>" for c in r) + "</tr>"
                           for r in b[2])
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        elif b[0] == "fig":
            out.append("<figure><div class='map'></div>"
                       f"<figcaption>{_h.escape(b[1])}</figcaption></figure>")
        elif b[0] == "break":
            out.append("<div style='break-after:page'></div>")
        else:
            raise ValueError(b[0])
    css = ("body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:10mm 18mm;color:#222}"
           f"nav{{background:{accent};color:#fff;padding:5px 10px;font-size:8.5pt}}"
           f"h1{{color:{accent};font-size:18pt}}h2{{color:{accent};font-size:13pt;margin-top:14px}}"
           "h3{font-size:11pt;margin:10px 0 2px}.meta{font-size:8.5pt;color:#555}"
           "table{border-collapse:collapse;width:100%;font-size:9pt;margin:6px 0}"
           "th,td{border:1px solid #999;padding:3px 5px;text-align:left;vertical-align:top}"
           "th{background:#e3eaf5}figure{margin:8px 0}"
           ".map{height:170px;border:1px solid #999;background:#e9efe4}"
           "figcaption{font-size:8.5pt;font-style:italic;margin-top:3px}"
           "footer{margin-top:20px;font-size:8pt;color:#666;border-top:1px solid #ccc}")
    html = (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>"
            f"{_h.escape(title)}</title><style>{css}</style></head><body>"
            f"<nav>{_h.escape(nav)}</nav><h1>{_h.escape(title)}</h1>" + "".join(out)
            + f"<footer>{_h.escape(foot)}</footer></body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind13-web-") as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html, encoding="utf-8")
        chromium_pdf(src, path)
    return path


def pdf_pages(pdf: Path) -> list[str]:
    """The pages of PDF as poppler's pdftotext prints them (form feed between pages)."""
    raw = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    return raw.split("\f")


# =========================================================================== 1 adresse (nb)


@pair
def adresse(d: Path) -> dict:
    plan_pts = [
        "kartlegge hvilke veger, gater og boligfelt som mangler vegnavn",
        "foreslå prinsipper for navnsettingen, med vekt på lokale stedsnavn",
        "beskrive hvordan stedsnavnloven og Kartverkets veileder for adressering skal følges",
        "gi en oversikt over kostnadene til skilt og oppsetting",
        "vurdere hvordan nødetatene og budtjenestene kan ta i bruk de nye adressene",
        "avklare hvem som skal vedlikeholde skiltene",
        "foreslå en rekkefølge for adresseringen, område for område",
        "beskrive hvordan innbyggerne skal få vite om sin nye adresse",
    ]
    proc_pts = [
        "involverer grendelagene og historielaget i arbeidet med navnene",
        "legger navneforslagene fram for stedsnavntjenesten i Språkrådet før de vedtas",
    ]
    s1 = "Planen må være klar til behandling i formannskapet innen 1. juni 2028."
    s2 = "Planen skal evalueres når alle adressene er tatt i bruk."
    m = [
        ("meta", "Fra: Randi Holm, kommunedirektør"),
        ("meta", "Til: Tore Bakken, kommunalsjef samfunnsutvikling"),
        ("meta", "Kopi: Leder for plan og geodata"),
        ("meta", "Dato: 12. januar 2027"),
        ("meta", "Emne: Bestilling – plan for adressering og vegnavn"),
        ("h2", "Bestilling: plan for adressering og vegnavn i Stavnes"),
        ("p", "Hei Tore,"),
        ("p", "som vi snakket om i ledermøtet sist uke, har Stavnes fortsatt rundt 900 boliger og "
              "hytter som bare har gårds- og bruksnummer som adresse. Det skaper problemer for "
              "ambulansen, for posten og for alle som skal levere varer. Jeg ber derfor om at "
              "avdelingen din lager en plan for adressering og vegnavn for hele kommunen."),
        ("p", "Planen skal\n" + "\n".join(f"- {x}" for x in plan_pts)),
        ("p", "Når det gjelder prosessen, ber jeg om at dere\n"
              + "\n".join(f"- {x}" for x in proc_pts)),
        ("p", "Du blir prosjektleder, og jeg har satt av 400 000 kroner i budsjettet for 2027 til "
              "arbeidet. " + s1 + " " + s2 + " Gi meg gjerne en kort status før sommeren."),
        ("p", "Med vennlig hilsen\nRandi Holm\nkommunedirektør, Stavnes kommune"),
    ]
    build_pdf_l(m, d / "bestilling.pdf", word_lang="nb", title="Bestilling – plan for adressering "
                "og vegnavn", author="Stavnes kommune", header="Stavnes kommune – intern e-post")
    p = [
        ("meta", "Behandlet i formannskapet 22.05.2028 · Plan og geodata"),
        ("h2", "Bakgrunn"),
        ("p", "Av kommunens 84 veger har bare 23 et navn i dag, og ni hyttefelt har ingen "
              "adressenavn i det hele tatt. Grendelagene i Stavnes, Vik og Nesset har sendt inn "
              "230 forslag til navn. Ambulansen brukte 40 minutter på å finne fram til en hytte "
              "på Høgfjell i 2025."),
        ("h2", "Slik velger vi navn"),
        ("p", "Nye navn hentes først fra gårdsnavn, bruksnavn og gamle navn på plasser i "
              "nærområdet. Vi bruker ikke navn etter personer som lever."),
        ("p", "Navnevedtakene gjøres etter lov om stadnavn, og skrivemåten skal følge "
              "normeringsreglene."),
        ("p", "Stedsnavntjenesten godkjente i 2019 skrivemåten av Stavnesøya."),
        ("h2", "Område for område"),
        ("fig", "Figur 1 De 14 adresseområdene, nummerert i den rekkefølgen de får adresse: Vik "
                "og Nesset først, hyttefeltene på Høgfjell til slutt i 2031."),
        ("h2", "Når du får ny adresse"),
        ("p", "Hytteeiere får brev fra kommunen tre måneder før adressen tas i bruk, med et kart "
              "og nummeret de skal sette opp på hytta."),
        ("h2", "Kostnader og ansvar"),
        ("table", ["Post", "Antall", "Kostnad"],
         [["Vegnavnskilt med stolper", "140", "560 000 kr"],
          ["Husnummerskilt", "900", "135 000 kr"],
          ["Montering", "", "210 000 kr"]]),
        ("table", ["Oppgave", "Ansvarlig"],
         [["Vedtak om navn", "Formannskapet"],
          ["Registrering i matrikkelen", "Plan og geodata"],
          ["Vegnavnskilt: utskifting og reparasjon", "Drift og vedlikehold"],
          ["Husnummer på bygningen", "Eieren"]]),
        ("p", "Planen gjelder til alle adressene er satt, senest i 2031."),
    ]
    web_pdf(d / "plan.pdf", title="Adresseplan for Stavnes 2028–2031", nav="Stavnes kommune · "
            "Bolig, plan og eiendom · Kart og adresser", foot="stavnes.kommune.no · Sist "
            "oppdatert 23.05.2028", blocks=p, lang="nb")
    t = plan_pts + proc_pts
    g = [
        P("1", t[0], "content", "covered", ev="Av kommunens 84 veger har bare 23",
          trap="a dash line '- ' inside an ordinary paragraph of an e-mail (soft line breaks after "
          "'Planen skal', no list, no number: numbered by position, 1–10 over both paragraphs); "
          "answered in other words (84 veger, 23 med navn, ni hyttefelt)"),
        P("2", t[1], "content", "covered", ev="Nye navn hentes først fra gårdsnavn",
          trap="answered in other words (gårdsnavn, bruksnavn, gamle navn for lokale stedsnavn)"),
        P("3", t[2], "content", "partial", ev="Navnevedtakene gjøres etter lov om stadnavn",
          missing=["Kartverkets regler for adressering"],
          trap="the law is named in other words ('lov om stadnavn'); Kartverket is not"),
        P("4", t[3], "deliverable", "covered", ev="Post Antall Kostnad",
          trap="answered only in a cost table (skilt, montering) under 'Kostnader og ansvar'"),
        P("5", t[4], "content", "uncovered",
          trap="shared words: 'Ambulansen brukte 40 minutter …' is the background; nothing on "
          "how emergency services or couriers get the new addresses"),
        P("6", t[5], "content", "covered", ev="Oppgave Ansvarlig",
          trap="answered only by one row of the responsibility table ('Vegnavnskilt: utskifting "
          "og reparasjon | Drift og vedlikehold'), in other words"),
        P("7", t[6], "content", "covered", ev="Figur 1 De 14 adresseområdene",
          trap="answered only in a figure caption under a map ('nummerert i den rekkefølgen de "
          "får adresse')"),
        P("8", t[7], "content", "partial", ev="Hytteeiere får brev fra kommunen",
          missing=["brev til de fastboende"],
          trap="letters to cabin owners only; the residents are not named"),
        P("9", t[8], "process", "partial", ev="Av kommunens 84 veger har bare 23",
          missing=["historielaget"],
          trap="a dash line in the e-mail's second paragraph ('Når det gjelder prosessen, ber jeg "
          "om at dere'); the grendelag sent in name proposals (background section); the history "
          "society is not named"),
        P("10", t[9], "process", "uncovered",
          trap="shared words: 'Stedsnavntjenesten godkjente i 2019 skrivemåten av Stavnesøya' is "
          "history; the proposals are not put before it"),
        P("S1", s1, "process", "covered", ev="Behandlet i formannskapet 22.05.2028",
          trap="a requirement in the e-mail's closing prose, around sentences that are none ('Du "
          "blir prosjektleder', the budget, 'Gi meg gjerne en kort status'); met in the page's "
          "meta line (22 May 2028)"),
        P("S2", s2, "process", "uncovered",
          trap="shared idea, not covering: 'Planen gjelder til alle adressene er satt' is the "
          "plan's period, not an evaluation"),
    ]
    return dict(language="nb", mandate="bestilling.pdf", plan="plan.pdf",
                producer="e-mail-like 'Bestilling' from the kommunedirektør (Word export): Fra/Til/"
                "Emne lines, ten dash lines '- ' inside two ordinary paragraphs (soft line "
                "breaks), two requirements in the closing prose around sentences that are none; "
                "plan the municipality's web page printed with Chromium, with a map caption, a "
                "cost table and a responsibility table", points=g)


# =========================================================================== 2 fritid (nn)


@pair
def fritid(d: Path) -> dict:
    rows = [
        ("Landskap", "Korleis vil nye hytter på Hovdalsfjellet verke inn på landskapet sett frå "
         "dalen?", "Fotomontasjar frå fire ståstader"),
        ("Villrein", "Kva verknad får utbygginga for trekkvegane til villreinen?",
         "Fagrapport og møte med villreinnemnda"),
        ("Vatn og avløp", "Korleis skal dei nye hyttene forsynast med vatn og få avløpet reinsa?",
         "Vurdering frå kommunalteknikk"),
        ("Parkering", "Kor mange nye parkeringsplassar trengst ved løypestarten?",
         "Teljing i vinterferien"),
        ("Skiløyper og stiar", "Korleis skal løypenettet sikrast når hyttefelta blir utvida?",
         "Kartlegging saman med løypelaget"),
        ("Naturfare", "Ligg nokon av dei nye tomtene utsett til for snøskred eller flaum?",
         "Aktsemdskart og ROS-analyse"),
        ("Kulturminne", "Finst det automatisk freda kulturminne i dei nye felta?",
         "Registrering ved fylkeskommunen"),
        ("Storleik og høgd", "Kor store og kor høge skal hyttene kunne vere?",
         "Samanlikning med nabokommunane"),
        ("Lokal næring", "Kva betyr hyttebygginga for handel og arbeidsplassar i Hovdal?",
         "Intervju med næringslivet"),
        ("Beite", "Korleis blir beitebruken i fjellet påverka?", "Møte med beitelaga"),
    ]
    s1 = ("Det skal haldast eit ope møte for hytteeigarar og grunneigarar før planforslaget blir "
          "lagt ut.")
    s2 = "Hytteeigarforeininga skal ha ein representant i referansegruppa."
    m = [
        ("meta", "Hovdal kommune · Planar på høyring · Kommunedelplan Hovdalsfjellet"),
        ("p", "Planprogrammet vart fastsett av formannskapet 14. juni 2027."),
        ("h2", "Føremål"),
        ("p", "Kommunedelplanen skal avklare kor mykje og kvar det kan byggjast nye fritidsbustader "
              "på Hovdalsfjellet fram mot 2040. I dag står det om lag 600 hytter i området."),
        ("h2", "Utgreiingar"),
        ("p", "Tabellen viser kva tema planen skal greie ut, kva spørsmål som skal svarast på, og "
              "korleis det skal gjerast."),
        ("table", ["Tema", "Problemstilling", "Metode"], [list(r) for r in rows]),
        ("h2", "Medverknad"),
        ("p", "Planarbeidet blir leia av plan og næring. " + s1 + " " + s2 + " Kommunestyret "
              "vedtok oppstart av planarbeidet 10. mars 2027."),
    ]
    web_pdf(d / "planprogram.pdf", title="Planprogram for kommunedelplan for Hovdalsfjellet",
            nav="Hovdal kommune · Planportalen · Planar på høyring", foot="planportal.hovdal."
            "kommune.no · Utskrive frå planportalen", blocks=m, lang="nn", accent="#4e342e")
    p = [
        ("title", "Kommunedelplan for Hovdalsfjellet 2028–2040"),
        ("meta", "Hovdal kommune · Planomtale · Plan og næring"),
        ("h1", "1 Innleiing"),
        ("p", "Planen opnar for 140 nye fritidsbustader i tre felt. Om lag 120 hytteeigarar og "
              "grunneigarar kom på folkemøtet på Hovdalsstølen 5. mai 2028, tre veker før "
              "planforslaget vart lagt ut. Referansegruppa har hatt med seg grunneigarlaget og "
              "beitelaget."),
        ("h1", "2 Synlegheit frå dalen"),
        ("p", "Frå dalbotnen vil berre dei øvste tolv tomtene i Nordre Hovdalsli synast. Dei er "
              "flytta 50 meter ned frå ryggen, og det skal stå att skog mellom hyttene."),
        ("p", "Villreinsenteret på Hovdal er eit populært turmål for hyttefolket."),
        ("h1", "3 Vatn og reinseanlegg"),
        ("p", "Nordre Hovdalsli og Stølsmyra blir kopla til det kommunale vassverket på Stølen. "
              "Sæterbotn får eit felles reinseanlegg som hytteeigarane driv sjølve."),
        ("h1", "4 Løyper"),
        ("p", "Hovudløypa frå Stølen til Høgetind blir lagd inn som grønstruktur, og ingen tomter "
              "kan liggje nærare løypa enn 30 meter."),
        ("h1", "5 Flaum og skred"),
        ("p", "ROS-analysen viser at ingen av dei nye tomtene ligg i aktsemdsområde for snøskred. "
              "To tomter ved Sæterbekken er tekne ut av planen fordi dei ligg i flaumsona."),
        ("h1", "6 Kulturminne"),
        ("p", "Fylkeskommunen skal registrere kulturminne i dei tre felta sommaren 2029."),
        ("h1", "7 Hyttene"),
        ("p", "Hyttene kan ha eit bebygd areal på opptil 150 m², medrekna anneks og uthus."),
        ("p", "Hovdal Handel held ope alle dagar i vinterferien."),
        ("h1", "8 Sau og storfe"),
        ("p", "Det blir sett opp ferister på vegane inn til felta, slik at dyra ikkje kjem inn på "
              "tomtene."),
        ("h1", "Vedlegg 1 Tiltak"),
        ("table", ["Tiltak", "Stad", "Omfang"],
         [["Ny skiparkering", "Hovdalsstølen", "60 bilplassar"],
          ["Ny veg inn til feltet", "Sæterbotn", "1,2 km"],
          ["Utviding av vassverket", "Stølen", "Nytt høgdebasseng"]], [55, 45, 50]),
    ]
    build_odfpy(p, d / "plan.odt", title="Kommunedelplan for Hovdalsfjellet 2028–2040", lang="nn")
    t = [themed(a, b) for a, b, _ in rows]
    g = [
        P("1", t[0], "content", "covered", ev="Frå dalbotnen vil berre dei øvste",
          trap="a row of a 'Tema | Problemstilling | Metode' table on a planning portal (the text "
          "is theme and question joined with ': '; the Metode cell is how, no part of the "
          "point); answered in other words ('Frå dalbotnen … synast')"),
        P("2", t[1], "content", "uncovered",
          trap="shared words: 'Villreinsenteret på Hovdal er eit populært turmål' says nothing "
          "about the migration routes"),
        P("3", t[2], "content", "covered", ev="Nordre Hovdalsli og Stølsmyra blir kopla",
          trap="answered in other words (vassverket, felles reinseanlegg)"),
        P("4", t[3], "content", "covered", ev="Tiltak Stad Omfang",
          trap="answered only by one row of the appendix table ('Ny skiparkering | "
          "Hovdalsstølen | 60 bilplassar'), in other words"),
        P("5", t[4], "content", "partial", ev="Hovudløypa frå Stølen til Høgetind",
          missing=["tverrløypene mellom hyttefelta"],
          trap="the main trail is secured; the other trails and paths are not"),
        P("6", t[5], "content", "covered", ev="ROS-analysen viser at ingen av dei nye",
          trap="answered under 'Flaum og skred' (aktsemdsområde, flaumsona)"),
        P("7", t[6], "content", "uncovered",
          trap="a heading that names the topic and defers it: the fylkeskommune will register "
          "cultural heritage in 2029"),
        P("8", t[7], "content", "partial", ev="Hyttene kan ha eit bebygd areal",
          missing=["mønehøgd"],
          trap="size answered in other words (bebygd areal 150 m²); height not"),
        P("9", t[8], "content", "uncovered",
          trap="shared words: 'Hovdal Handel held ope alle dagar i vinterferien' is a fact, no "
          "assessment of trade or jobs"),
        P("10", t[9], "content", "partial", ev="Det blir sett opp ferister",
          missing=["beiteareal som går tapt"],
          trap="answered in other words under 'Sau og storfe' (ferister keep animals off the "
          "plots); the loss of grazing land is not assessed"),
        P("S1", s1, "process", "covered", ev="Planen opnar for 140 nye fritidsbustader",
          trap="a requirement in the prose of 'Medverknad' around sentences that are none "
          "('Planarbeidet blir leia av …', 'Kommunestyret vedtok oppstart …'); met in the "
          "introduction in other words (folkemøte 5 May 2028, three weeks before)"),
        P("S2", s2, "process", "uncovered",
          trap="shared words: the referansegruppe named in the introduction held the grunneigarlag "
          "and the beitelag; the hytteeigarforeining is not in it"),
    ]
    return dict(language="nn", mandate="planprogram.pdf", plan="plan.odt",
                producer="planprogram printed from the municipality's planning portal (Chromium): "
                "ten points as rows of a 'Tema | Problemstilling | Metode' table (theme and "
                "question are the point, the method is how), two requirements in 'Medverknad' "
                "around sentences that are none; plan .odt written with odfpy (kept as .odt) "
                "with an appendix table of measures", points=g)


# =========================================================================== 3 hundeskov (da)


HUNDESKOV_SPACE = 268  # points of empty space before the list, so that point 6 breaks over a page


@pair
def hundeskov(d: Path) -> dict:
    pts = [
        "kortlægge kommunens fire hundeskove, deres størrelse, hegn og stand,",
        "vurdere behovet for nye hundeskove, så der er højst fem kilometer til en hundeskov fra "
        "alle byer,",
        "foreslå regler for brugen af hundeskovene, herunder hvor og hvornår hunde må gå løse,",
        "beskrive, hvordan konflikter mellem hundeejere og andre brugere af skovene kan "
        "mindskes,",
        "tage hensyn til dyrelivet og fuglenes yngletid i Bakkeby Skov og på Strandengen,",
        "vurdere, om der kan indrettes særlige indhegninger for små hunde og hvalpe ved de "
        "største hundeskove, og hvad det vil koste at anlægge og drive dem i hele "
        "planperioden, herunder udgifter til hegn, låger, bænke og affaldsspande,",
        "afklare, hvem der skal tømme affaldsspande og posestativer,",
        "beskrive muligheden for, at frivillige hundelaug kan stå for tilsyn og mindre "
        "vedligehold,",
        "inddrage Danmarks Naturfredningsforening og hundeejerne i arbejdet,",
        "belyse, om hundeskovene kan nås uden bil.",
    ]
    s1 = "Planen forelægges Natur- og Fritidsudvalget senest den 1. december 2028."
    s2 = "Planforslaget skal i offentlig høring i mindst fire uger."
    m = [
        ("meta", "Bakkeby Kommune · Direktionen · Sagsnr. 27/8813"),
        ("title", "Opdrag: Plan for hundeskove"),
        ("meta", "Opdragsgiver: Direktionen · Opdragstager: Natur og Fritid · 2. april 2027"),
        ("h1", "Baggrund"),
        ("p", "Bakkeby Kommune har fire hundeskove: Lergraven, Bakkeby Skov, Mølledammen og "
              "Strandengen. De blev anlagt mellem 1998 og 2012, og flere af hegnene trænger til "
              "at blive skiftet. Antallet af hunde i kommunen er steget med en fjerdedel siden "
              "2015, og der kommer flere klager over løse hunde på stierne og på stranden."),
        ("p", "Samtidig ønsker mange borgere flere steder, hvor hunde kan løbe frit. "
              "Direktionen har derfor besluttet at få udarbejdet en samlet plan for kommunens "
              "hundeskove og for hundeluftning i naturen."),
        ("space", HUNDESKOV_SPACE),
        ("h1", "Opdraget"),
        ("p", "Natur og Fritid udarbejder en plan for hundeskove for perioden 2029–2034. "
              "Planen skal"),
    ] + [("typed", f"{i})", x, "\t", 8) for i, x in enumerate(pts, start=1)] + [
        ("h1", "Organisering og tidsplan"),
        ("p", "Opdraget er godkendt af direktionen. Natur og Fritid står for arbejdet. " + s1
              + " " + s2),
    ]
    header = "Bakkeby Kommune – opdrag"
    build_pdf_l(m, d / "opdrag.pdf", word_lang="da", title="Opdrag – plan for hundeskove",
                author="Bakkeby Kommune", header=header, lang="da-DK")
    # the layout this pair is about: point 6 starts on page 1 and ends on page 2
    pages = pdf_pages(d / "opdrag.pdf")
    if not ("6)" in pages[0] and "indhegninger" in pages[0] and "affaldsspande," in pages[1]
            and "6)" not in pages[1]):
        raise SystemExit("hundeskov: point 6 does not break over the page; tune HUNDESKOV_SPACE")
    p = [
        ("title", "Hundeskove i Bakkeby 2029–2034"),
        ("meta", "Bakkeby Kommune · Natur og Fritid"),
        ("h1", "1 Indledning"),
        ("p", "Hundeejerne har givet os deres ønsker gennem en spørgeskemaundersøgelse med 640 "
              "svar, og vi har holdt to møder med brugerne af Lergraven og Mølledammen."),
        ("h1", "2 Flere steder at løbe"),
        ("p", "En ny hundeskov på 4 hektar anlægges ved Vesterby i 2030, så borgerne i Vesterby "
              "og Hald får under fem kilometer til nærmeste hundeskov."),
        ("h1", "3 Ordensregler"),
        ("p", "Hunde må gå løse hele året inden for hegnet i hundeskovene. I resten af kommunens "
              "skove skal de være i snor, og ejeren skal altid samle op efter sin hund."),
        ("p", "På Strandengen skal hunde holdes i snor fra 1. april til 15. juli, mens fuglene "
              "yngler."),
        ("h1", "4 Plads til alle"),
        ("p", "Stier for løbere og ryttere lægges uden om hundeskovene, og ved alle indgange "
              "kommer der skilte, der viser, hvor hundene må være løse."),
        ("h1", "5 Små hunde"),
        ("p", "Ved Bakkeby Skov og Lergraven indrettes en mindre fold til små og sky hunde."),
        ("h1", "6 Hundeskovene i dag"),
        ("table", ["Hundeskov", "Areal", "Hegn", "Stand"],
         [["Lergraven", "6,5 ha", "1,2 m trådhegn", "God"],
          ["Bakkeby Skov", "9,0 ha", "1,0 m trådhegn", "Hegnet skiftes 2029"],
          ["Mølledammen", "2,1 ha", "Træhegn", "Middel"],
          ["Strandengen", "3,4 ha", "1,2 m trådhegn", "God"]], [40, 25, 40, 45]),
        ("p", "Foreningen Bakkeby Hundevenner går en runde hver uge og melder huller i hegnet og "
              "væltede træer til kommunen."),
        ("p", "Posestativerne ved indgangene blev sat op i 2022 med støtte fra Lions Club."),
        ("p", "Der er 20 parkeringspladser ved Lergraven og 12 ved Mølledammen."),
        ("break",),
        ("table", ["Kolofon"],
         [["Udgivet af Bakkeby Kommune, Natur og Fritid, Torvet 3, 4900 Bakkeby"],
          ["Planforslaget var i offentlig høring fra 2. september til 30. september 2028"],
          ["Vedtaget af Natur- og Fritidsudvalget den 25. november 2028"],
          ["Fotos: Natur og Fritid · Kort: Geodatastyrelsen"]], [150]),
    ]
    build_rl_pdf(d / "plan.pdf", title="Hundeskove i Bakkeby 2029–2034", author="Bakkeby Kommune",
                 creator="Adobe InDesign", running="Bakkeby Kommune – plan for hundeskove",
                 blocks=p, page_word="Side")
    t = [x.rstrip(",.") for x in pts]  # the gold leaves out the comma and the full stop
    g = [
        P("1", t[0], "deliverable", "covered", ev="Hundeskov Areal Hegn Stand",
          trap="a point typed '1)⇥' after '… Planen skal' in a Danish opdrag (comma and full "
          "stop left out); answered only in a table (Areal, Hegn, Stand)"),
        P("2", t[1], "content", "partial", ev="En ny hundeskov på 4 hektar",
          missing=["afstanden til en hundeskov fra de øvrige byer"],
          trap="a new dog forest brings Vesterby and Hald under five kilometres; the other towns are not named"),
        P("3", t[2], "content", "covered", ev="Hunde må gå løse hele året",
          trap="answered in other words under 'Ordensregler'"),
        P("4", t[3], "content", "covered", ev="Stier for løbere og ryttere",
          trap="answered in other words (paths for runners and riders laid around the dog "
          "forests, signs at the gates); 'konflikt' not used"),
        P("5", t[4], "content", "partial", ev="På Strandengen skal hunde holdes i snor",
          missing=["Bakkeby Skov"],
          trap="the breeding season is answered for Strandengen only"),
        P("6", t[5], "content", "partial", ev="Ved Bakkeby Skov og Lergraven indrettes",
          missing=["udgifter til anlæg og drift af foldene"],
          trap="a point that wraps over the page break (the running header 'Bakkeby Kommune – "
          "opdrag' and the footer 'Side 1 af 2' fall inside it); the folds are answered in other "
          "words, their cost is not"),
        P("7", t[6], "content", "uncovered",
          trap="shared words: 'Posestativerne … blev sat op i 2022 med støtte fra Lions Club' is "
          "history; nobody is made responsible for emptying them"),
        P("8", t[7], "content", "covered", ev="Foreningen Bakkeby Hundevenner",
          trap="answered in other words (a volunteer association walks a round every week and "
          "reports damage)"),
        P("9", t[8], "process", "partial", ev="Hundeejerne har givet os deres ønsker",
          missing=["naturfredningsforeningen"],
          trap="answered in the introduction for the dog owners (survey, meetings); the nature "
          "conservation society is not named"),
        P("10", t[9], "content", "uncovered",
          trap="shared idea: the parking places at Lergraven and Mølledammen are for cars; "
          "nothing on reaching the forests without one"),
        P("S1", s1, "process", "covered", ev="Vedtaget af Natur- og Fritidsudvalget den 25",
          trap="a requirement in the prose of 'Organisering og tidsplan' around sentences that "
          "are none ('Opdraget er godkendt …', 'Natur og Fritid står for arbejdet'); answered "
          "only in the colophon box on the back page (adopted 25 November 2028)"),
        P("S2", s2, "process", "covered", ev="Planforslaget var i offentlig høring",
          trap="answered only in the colophon box on the back page (2–30 September 2028, four "
          "weeks)"),
    ]
    return dict(language="da", mandate="opdrag.pdf", plan="plan.pdf",
                producer="opdrag PDF (Word export, 'Side n af m'): ten points typed '1)⇥' … "
                "'10)⇥' after '… Planen skal', point 6 wrapped over a page break, two "
                "requirements in 'Organisering og tidsplan' around sentences that are none; plan "
                "laid out with reportlab, a table of the dog forests and a colophon box on the "
                "back page", points=g, header=header)


# =========================================================================== 4 brandstation (sv)


@pair
def brandstation(d: Path) -> dict:
    inc = [
        "en analys av insatstiderna till tätorterna Granlunda, Åby och Sörby",
        "en jämförelse av tre möjliga tomter för den nya stationen",
        "lokalbehovet för fordon, omklädning, sanering och utbildning",
        "hur deltidsbrandmännen ska kunna nå stationen inom fem minuter från larm",
        "en bedömning av om stationen kan samlokaliseras med ambulansen",
        "investeringskostnad och årlig driftkostnad",
        "hur den gamla brandstationen på Torggatan kan användas i framtiden",
        "hur byggnaden kan certifieras enligt Miljöbyggnad Silver",
        "en tidplan för projektering, upphandling och byggnation",
    ]
    exc = [
        "räddningstjänstens organisation och bemanning",
        "inköp av nya fordon",
        "förbundsordningen för Östra räddningstjänstförbundet",
    ]
    s1 = "Utredningen ska samråda med räddningschefen och de fackliga organisationerna."
    s2 = "Utredningen ska redovisas till kommunstyrelsens arbetsutskott senast den 15 oktober 2028."
    bullet = "&nbsp;&nbsp;&nbsp;\u2022&nbsp;&nbsp;"
    m = [
        ("meta", "GRANLUNDA KOMMUN · Samhällsbyggnadsförvaltningen · Dnr KS 2027/388"),
        ("title", "Uppdragsbeskrivning: Utredning om ny brandstation i Granlunda"),
        ("meta", "Beslutad av kommundirektören den 22 februari 2027"),
        ("h1", "Bakgrund"),
        ("p", "Brandstationen på Torggatan byggdes 1961. Den är för liten för dagens fordon, "
              "saknar separata rena och smutsiga zoner och ligger i en gata som ofta är "
              "blockerad på torgdagar."),
        ("h1", "Uppdraget"),
        ("p", "Uppdraget omfattar:"),
    ] + [("p", bullet + x) for x in inc] + [
        ("p", "Uppdraget omfattar inte:"),
    ] + [("p", bullet + x) for x in exc] + [
        ("h1", "Samråd och redovisning"),
        ("p", "Utredningen leds av fastighetschefen. Utredaren får ta hjälp av en extern arkitekt. "
              + s1 + " " + s2),
    ]
    build_rl_pdf(d / "uppdrag.pdf", title="Uppdragsbeskrivning – ny brandstation",
                 author="Granlunda kommun", creator="Ärendesystem", running="Granlunda kommun – "
                 "uppdragsbeskrivning KS 2027/388", blocks=m, page_word="Sida")
    p = [
        ("title", "Ny brandstation i Granlunda"),
        ("meta", "Utredning · Granlunda kommun · Fastighetsavdelningen"),
        ("h1", "1 Inledning"),
        ("p", "Utredningen överlämnades till kommunstyrelsen den 3 december 2028. Räddningschefen "
              "har varit med i arbetsgruppen, och en extern arkitekt har tagit fram skisserna."),
        ("p", "Bemanningen behandlas i Östra räddningstjänstförbundets handlingsprogram."),
        ("h1", "2 Tre tomter"),
        ("table", ["Tomt", "Storlek", "Körtid till Granlunda centrum", "Kommentar"],
         [["Kvarnängen", "9 000 m²", "3 min", "Kommunen äger marken"],
          ["Industrivägen", "7 500 m²", "5 min", "Kräver ny detaljplan"],
          ["Norra infarten", "11 000 m²", "6 min", "Nära väg 45"]], [32, 25, 45, 48]),
        ("p", "Vi föreslår Kvarnängen."),
        ("space", 110),
        ("p", "Figur 2 Insatstid i minuter från Kvarnängen till Granlunda och Åby."),
        ("h1", "3 Vad stationen behöver"),
        ("p", "Stationen behöver cirka 1 800 kvadratmeter: sex platser i vagnhallen, "
              "omklädningsrum med en tydlig gräns mellan ren och smutsig zon, en tvätthall för "
              "kläder och utrustning och ett lektionsrum för övningar."),
        ("h1", "4 Deltidsbrandmännen"),
        ("p", "Fjorton av de tjugotvå deltidsbrandmännen bor inom fem minuters bilväg från "
              "Kvarnängen."),
        ("p", "Ambulansstationen flyttade till lasarettet 2019."),
        ("h1", "5 Kostnader"),
        ("p", "Investeringen beräknas till 118 miljoner kronor i 2028 års prisnivå."),
        ("h1", "6 Torggatan"),
        ("p", "Huset på Torggatan säljs när den nya stationen är klar, och detaljplanen ändras så "
              "att tomten kan bebyggas med bostäder."),
        ("h1", "7 Miljö och tidplan"),
        ("p", "Valet av miljöcertifiering görs i projekteringen."),
        ("p", "Projekteringen sker 2029, entreprenören upphandlas våren 2030 och räddningstjänsten "
              "flyttar in hösten 2031."),
    ]
    build_pdf_l(p, d / "plan.pdf", word_lang="sv", title="Ny brandstation i Granlunda",
                author="Granlunda kommun", header="Granlunda kommun – utredning om ny brandstation",
                lang="sv-SE")
    t = inc
    g = [
        P("1", t[0], "content", "partial", ev="Figur 2 Insatstid i minuter",
          missing=["insatstid till Sörby"],
          trap="an item under 'Uppdraget omfattar:' (typed bullets, numbered by position; the "
          "items under 'Uppdraget omfattar inte:' are no points); answered only in a figure "
          "caption, for Granlunda and Åby"),
        P("2", t[1], "content", "covered", ev="Tomt Storlek Körtid till Granlunda",
          trap="answered in a table of the three sites"),
        P("3", t[2], "content", "covered", ev="Stationen behöver cirka 1 800",
          trap="answered in other words (vagnhall for fordon, ren och smutsig zon and tvätthall "
          "for sanering, lektionsrum for utbildning)"),
        P("4", t[3], "content", "partial", ev="Fjorton av de tjugotvå",
          missing=["de åtta som bor längre bort"],
          trap="fourteen of twenty-two live within five minutes; nothing on how the others "
          "reach the station"),
        P("5", t[4], "content", "uncovered",
          trap="shared words: 'Ambulansstationen flyttade till lasarettet 2019' is a fact, no "
          "assessment of sharing the station"),
        P("6", t[5], "content", "partial", ev="Investeringen beräknas till 118",
          missing=["driftkostnaden per år"],
          trap="investment only"),
        P("7", t[6], "content", "covered", ev="Huset på Torggatan säljs",
          trap="answered in other words (säljs, bostäder)"),
        P("8", t[7], "content", "uncovered",
          trap="deferred: 'Valet av miljöcertifiering görs i projekteringen'"),
        P("9", t[8], "deliverable", "covered", ev="Projekteringen sker 2029",
          trap="answered in other words (one sentence with the three phases)"),
        P("S1", s1, "process", "partial", ev="Utredningen överlämnades till kommunstyrelsen",
          missing=["facket"],
          trap="a requirement in the prose of 'Samråd och redovisning' around sentences that are "
          "none ('Utredningen leds av …', 'Utredaren får ta hjälp …'); the räddningschef took "
          "part (introduction), the unions are not named; the bemanning named in the "
          "introduction is out of scope and answers nothing"),
        P("S2", s2, "process", "uncovered",
          trap="a body named, the wrong one and too late: handed to the kommunstyrelse on 3 "
          "December 2028, not to its arbetsutskott by 15 October"),
    ]
    return dict(language="sv", mandate="uppdrag.pdf", plan="plan.pdf",
                producer="uppdragsbeskrivning printed from a case system (reportlab): nine typed "
                "bullets under 'Uppdraget omfattar:', three under 'Uppdraget omfattar inte:' that "
                "are no points, two requirements in 'Samråd och redovisning' around sentences "
                "that are none; plan PDF (Word export, 'Sida n av m') with a site table and a "
                "figure caption under an empty map area", points=g)


# =========================================================================== 5 burial (en)


@pair
def burial(d: Path) -> dict:
    deliv = [
        ("D1", "Burial space forecast", "A forecast of the demand for new graves in each of the "
         "council's five cemeteries up to 2050"),
        ("D2", "Options appraisal", "An appraisal of the options for new burial land, including "
         "an extension of Hollins Lane Cemetery"),
        ("D3", "Natural burial", "An assessment of whether the council should provide a natural "
         "burial ground"),
        ("D4", "Faith and cultural needs", "Proposals to meet the burial needs of Muslim and "
         "Jewish residents"),
        ("D5", "Reuse of graves", "A summary of the legal position on reusing old graves"),
        ("D6", "Fees", "A comparison of burial and cremation fees with neighbouring councils"),
        ("D7", "Closed churchyards", "A maintenance standard for the closed churchyards in the "
         "council's care"),
    ]
    miles = [
        ("M1", "Workshop with funeral directors and faith groups", "September 2029"),
        ("M2", "Draft strategy to the Environment Scrutiny Panel", "January 2030"),
        ("M3", "Public consultation (eight weeks)", "February–March 2030"),
        ("M4", "Final strategy adopted by Cabinet", "June 2030"),
    ]
    s1 = "A full equality impact assessment must accompany the final strategy."
    m = [
        ("meta", "Elmwick District Council · Bereavement Services"),
        ("title", "Burial Space Review: Terms of Reference"),
        ("meta", "Agreed by the Corporate Leadership Team, 14 May 2029"),
        ("h1", "1 Purpose"),
        ("p", "Elmwick's cemeteries at Hollins Lane and Westgate are expected to be full within "
              "ten years. The review will set out how the council will meet the need for burial "
              "space up to 2050."),
        ("h1", "2 Deliverables"),
        ("table", ["Ref", "Deliverable", "Description"], [list(r) for r in deliv], [14, 42, 104]),
        ("h1", "3 Milestones"),
        ("table", ["Ref", "Milestone", "Date"], [list(r) for r in miles], [14, 100, 46]),
        ("h1", "4 Governance"),
        ("p", "The Bereavement Services Manager leads the review, and the cost is met from "
              "existing budgets. " + s1 + " The review group reports monthly to the Director of "
              "Place."),
    ]
    build_pdf_l(m, d / "terms.pdf", word_lang="en", title="Burial Space Review – Terms of "
                "Reference", author="Elmwick District Council", header="Elmwick District "
                "Council – terms of reference", lang="en-GB")
    p = [
        ("title", "Elmwick Burial Strategy 2030–2050"),
        ("meta", "Elmwick District Council · Bereavement Services"),
        ("h1", "1 Introduction"),
        ("p", "This strategy sets out where Elmwick's residents will be buried over the next "
              "twenty years. We held a workshop with local funeral directors in October 2029, "
              "and their advice shaped the options in section 3."),
        ("p", "The Environment Scrutiny Panel visited Hollins Lane Cemetery in 2028."),
        ("h1", "2 How long will our cemeteries last?"),
        ("table", ["Cemetery", "Graves left (2029)", "Burials a year", "Full by"],
         [["Hollins Lane", "410", "95", "2033"], ["Westgate", "260", "40", "2035"],
          ["St Anne's Road", "900", "45", "2049"], ["Marsh Green", "120", "10", "2041"],
          ["Elmwick Old Cemetery", "Closed", "Reopened graves only", "Full"]],
         [45, 35, 35, 35]),
        ("h1", "3 New burial land"),
        ("p", "Three sites were compared for cost, ground conditions and access. The preferred "
              "option is to extend Hollins Lane onto the adjoining 2.4 hectare field, which the "
              "council already owns."),
        ("p", "The nearest natural burial ground is at Coldharbour Farm, fourteen miles away."),
        ("h1", "4 Meeting everyone's needs"),
        ("p", "A section for Muslim burials, with graves aligned towards Mecca, will be laid out "
              "in the Hollins Lane extension."),
        ("h1", "5 Old graves"),
        ("p", "Outside London, the law does not allow a local authority to reuse a grave, even "
              "when the burial rights have expired."),
        ("h1", "6 Fees and upkeep"),
        ("p", "Burial fees will rise by four per cent a year until 2033."),
        ("table", ["Site", "Grass cutting", "Inspections"],
         [["Cemeteries in use", "Every two weeks, April to October", "Memorials tested every "
           "five years"],
          ["Closed churchyards (six)", "Four times a year", "Walls and memorials checked every "
           "year"]], [50, 50, 60]),
        ("break",),
        ("table", ["About this strategy"],
         [["Published by Elmwick District Council, Bereavement Services, Town Hall, Elmwick"],
          ["Public consultation ran from 3 February to 30 March 2030"],
          ["Adopted by Cabinet on 17 June 2030"],
          ["An equality impact screening found no need for changes"]], [150]),
    ]
    build_rl_pdf(d / "plan.pdf", title="Elmwick Burial Strategy 2030–2050",
                 author="Elmwick District Council", creator="Adobe InDesign", running="Elmwick "
                 "District Council – burial strategy", blocks=p, page_word="Page")
    t = {r[0]: themed(r[1], r[2]) for r in deliv}
    t.update({r[0]: themed(r[1], r[2]) for r in miles})
    g = [
        P("D1", t["D1"], "deliverable", "covered", ev="Cemetery Graves left (2029)",
          trap="a row of the 'Deliverables' table of terms of reference (Ref as number, "
          "deliverable and description joined with ': '); answered only in a table, in other "
          "words ('Full by' for the forecast)"),
        P("D2", t["D2"], "deliverable", "covered", ev="Three sites were compared",
          trap="answered in other words (preferred option, adjoining field)"),
        P("D3", t["D3"], "deliverable", "uncovered",
          trap="shared words: the nearest natural burial ground is named as a fact; no "
          "assessment"),
        P("D4", t["D4"], "deliverable", "partial", ev="A section for Muslim burials",
          missing=["a section for the Jewish community"],
          trap="Muslim burials answered; Jewish residents not named"),
        P("D5", t["D5"], "deliverable", "covered", ev="Outside London, the law does not allow",
          trap="answered in one sentence, in other words (the law does not allow reuse)"),
        P("D6", t["D6"], "deliverable", "uncovered",
          trap="shared words: 'Burial fees will rise by four per cent a year' is no comparison "
          "with other councils"),
        P("D7", t["D7"], "deliverable", "covered", ev="Site Grass cutting Inspections",
          trap="answered only by one row of the upkeep table ('Closed churchyards (six) | Four "
          "times a year | …')"),
        P("M1", t["M1"], "process", "partial", ev="This strategy sets out where",
          missing=["the mosque and the synagogue"],
          trap="a row of the 'Milestones' table (milestone and date joined with ': ' — the date "
          "is the point); a workshop with funeral directors in the introduction (a month late), "
          "faith groups not named"),
        P("M2", t["M2"], "process", "uncovered",
          trap="shared words: 'The Environment Scrutiny Panel visited Hollins Lane Cemetery in "
          "2028' is no draft put before it"),
        P("M3", t["M3"], "process", "covered", ev="Public consultation ran from 3 February",
          trap="answered only in the box 'About this strategy' on the back page (eight weeks)"),
        P("M4", t["M4"], "process", "covered", ev="Adopted by Cabinet on 17 June 2030",
          trap="answered only in the box on the back page"),
        P("S1", s1, "deliverable", "partial", ev="An equality impact screening found",
          missing=["the full assessment"],
          trap="a requirement in the prose of 'Governance' around sentences that are none ('The "
          "Bereavement Services Manager leads …', 'The review group reports monthly …'); the "
          "back-page box names a screening only"),
    ]
    return dict(language="en", mandate="terms.pdf", plan="plan.pdf",
                producer="terms of reference PDF (Word export, 'Page n of m'): seven rows of a "
                "'Ref | Deliverable | Description' table, four rows of a 'Ref | Milestone | Date' "
                "table (process points), one requirement in 'Governance' around sentences that "
                "are none; plan laid out with reportlab, two tables and a box 'About this "
                "strategy' on the back page", points=g)


# =========================================================================== main


def check_points_in_mandate(d: Path, mandate: str, points: list[dict], drop: tuple = ()) -> None:
    """Construction check: every point's text (each part between "; " and ": ") is printed in
    the mandate, read by pdftotext in reading order. Footer lines ("Side 1 af 2", "Page 2 of
    3") and the running header (DROP) are left out first, since a point that wraps over a page
    break has them in its middle (hundeskov)."""
    raw = subprocess.run(["pdftotext", str(d / mandate), "-"], check=True, capture_output=True,
                         text=True).stdout
    lines = [ln.strip() for ln in raw.replace("\f", "\n").splitlines()]
    keep = [ln for ln in lines
            if not re.fullmatch(r"(Side|Sida|Page) \d+( (av|af|of) \d+)?", ln) and ln not in drop]
    text = "\n".join(keep)
    flat = " ".join(re.sub(r"(?<=\w)-\s*\n(?=\w)", "-", text).split()).lower()
    for pt in points:
        for part in re.split(r"; |: ", pt["text"]):
            want = " ".join(part.split()).lower()
            if want not in flat:
                raise SystemExit(f"{d.name}: point {pt['number']} not printed: {want!r}")


def main(argv: list[str]) -> None:
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        drop = (info["header"],) if info.get("header") else ()
        check_points_in_mandate(d, info["mandate"], info["points"], drop)
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind13/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# status: covered | partial | uncovered; kind: content | deliverable | process;\n"
            "# missing: what the plan leaves out (planner's words); evidence: page of the\n"
            "# answering passage and its opening words; S-numbers: requirements in the prose.\n"
        )
        write_gold(d / "coverage.gold.yaml", header=header, plan=info["plan"],
                   mandate=info["mandate"], language=info["language"], points=info["points"],
                   pages=pages)
        n = {s: sum(p["status"] == s for p in info["points"])
             for s in ("covered", "partial", "uncovered")}
        print(f"{name}: {len(info['points'])} points {n} plan pages {len(pages)}")


if __name__ == "__main__":
    main(sys.argv[1:])
