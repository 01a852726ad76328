"""Build the seventeenth blind batch of mandate/plan pairs under corpora/mandates-blind17/ and their gold.

Written on 2026-12-04 without reading plancheck's code, from how mandates are really delivered:
a bokmål oppdragsbeskrivelse written as a two-column FORM table (label | value: Bakgrunn, Mål,
Leveranser with a bullet list inside the cell that breaks over the page, Avgrensning, Frister,
Organisering with one requirement in its prose; Word to PDF); a nynorsk tilskotsbrev from a
fylkeskommune (Word to PDF: amount, purpose, "Vilkår for tilskotet" typed "1.⇥" … "11.⇥" and a
sentence after them, then payment and reporting terms for the money, which are no points); a
Danish referat of a committee meeting printed from the municipality's web page with Chromium
("Indstilling" with the administration's "at"-clauses, then "Beslutning: Udvalget godkendte, at"
with the decided "at"-clauses, one of which only takes a briefing to note, and a "ført til
protokol" sentence); a Swedish ägardirektiv to a municipal housing company (Word to PDF: general
directives, then "Särskilda uppdrag" numbered 4.1 … 4.15, of which the items about the
renovation plan are the points); and an English Notice of Motion as carried (Word to PDF
minutes: an amendment to resolution 5 printed above the motion as set out on the agenda, "This
Council notes / believes" lists that are no points, "This Council therefore resolves to:" 1–8).

    python corpora/mandates-blind17/make_pairs.py                  # all pairs
    python corpora/mandates-blind17/make_pairs.py sprakplan       # some pairs

Imports the sixteenth batch's builder (corpora/mandates-blind16/make_pairs.py) and through it
the earlier ones (P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l, build_docx_l, pdf_pages,
the construction check, footer_words of the twelfth batch, odf_language of the eleventh), the
gold writer of corpora/mandates-blind/_build.py, the Word helpers of
corpora/scripts/_docx_helpers.py (for the form table) and corpora/scripts/blindkit.py (Chromium
print). Everything is pinned, so a rebuild gives the same files.
"""

from __future__ import annotations

import html as _h
import importlib.util
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import _docx_helpers as dh  # noqa: E402
import blindkit as bk  # noqa: E402
from _build import docx_to_pdf, rendered_pages, write_gold  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b16 = _load("mandates_blind16_make_pairs", HERE.parent / "mandates-blind16" / "make_pairs.py")
P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l = (_b16.P, _b16.web_pdf, _b16.build_odfpy,
                                                      _b16.build_rl_pdf, _b16.build_pdf_l)
pdf_pages, check_points_in_mandate, build_docx_l = (_b16.pdf_pages, _b16.check_points_in_mandate,
                                                    _b16.build_docx_l)
_b12 = _b16._b15._b14._b13._b12
footer_words, odf_language = _b12.footer_words, _b12._b11.odf_language

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def flat(s: str) -> str:
    return " ".join(s.split())


# =========================================================================== form table (Word)


def build_form_pdf(blocks: list[tuple], pdf: Path, *, word_lang: str, title: str, author: str,
                   header: str, lang: str = "nb-NO") -> Path:
    """A Word document exported to PDF whose body is a two-column FORM table, as a clerk fills
    in the municipality's template: ("form", [(label, [part, …]), …], [w_label, w_value]) where
    a part is a str (a paragraph in the cell) or ("bullets", [item, …]) (Word's Symbol bullets
    inside the cell). The label column is bold and shaded; rows may break over a page (Word's
    default), so a long cell goes on on the next page. Other blocks: title, meta, h1, p, space."""
    with tempfile.TemporaryDirectory(prefix="mblind17-form-") as tmp:
        docx = Path(tmp) / (pdf.stem + ".docx")
        doc = dh.new_document(font="Arial", size=11)
        if lang != "nb-NO":
            from docx.oxml.ns import qn

            rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
            for el in rpr.iter(qn("w:lang")):
                el.set(qn("w:val"), lang)
        dh.set_core_properties(doc, title=title, author=author)
        dh.setup_header_footer(doc.sections[0], header)
        bul = None
        for b in blocks:
            kind = b[0]
            if kind == "title":
                dh.para(doc, b[1], bold=True, size=18, space_after=8, color="1F3864")
            elif kind == "meta":
                dh.para(doc, b[1], size=9, color="555555", space_after=2)
            elif kind == "h1":
                dh.heading(doc, b[1], 1)
            elif kind == "p":
                dh.para(doc, b[1])
            elif kind == "space":
                dh.para(doc, "", space_before=b[1], space_after=0)
            elif kind == "form":
                _, rows, widths = b
                t = dh.new_table(doc, widths)
                for label, parts in rows:
                    row = dh.add_row(t, [label, ""], widths, size=10, bold=False)
                    lab, val = row.cells
                    for r in lab.paragraphs[0].runs:
                        r.bold = True
                    dh.shade(lab, "E2E8F0")
                    first = True
                    for part in parts:
                        if isinstance(part, str):
                            p = val.paragraphs[0] if first else val.add_paragraph()
                            dh.add_runs(p, part, size=10)
                            p.paragraph_format.space_after = dh.Pt(3)
                        else:
                            if bul is None:
                                bul = dh.add_abstract_num(doc, "symbol_bullet")
                            nid = dh.add_num(doc, bul)
                            for item in part[1]:
                                dh.list_item(val, item, nid, 0, size=10, space_after=2)
                        first = False
                dh.para(doc, "", space_after=4)
            else:
                raise ValueError(kind)
        dh.save_deterministic(doc, docx)
        footer_words(docx, word_lang)
        return docx_to_pdf(docx, pdf)


# =========================================================================== 1 snoscooter (nb)

SNO_SPACE = 250  # points of empty space before the form, so that the Leveranser list breaks over the page


@pair
def snoscooter(d: Path) -> dict:
    lev = [
        "viser alle løypetraseer på kart i målestokk 1:50 000, med lengde og bredde for hver "
        "løype",
        "vurderer virkningene for villrein, hekkende rovfugl og andre naturverdier etter "
        "naturmangfoldloven §§ 8–12",
        "vurderer støy mot hytteområder, boliger og friluftsområder, særlig i Rypedalen",
        "vurderer skredfare langs traseene",
        "avklarer forbindelsen til løypenettet i Hamndal kommune",
        "beskriver hvordan løypene skal krysse offentlig vei og merkede skiløyper",
        "foreslår parkering og rasteplasser ved løypestart",
        "fastsetter åpningstider for løypene, både sesong og tid på døgnet",
        "beskriver merking, skilting og preparering, og hvem som har ansvaret for driften",
        "dokumenterer grunneiernes samtykke til hver trasé",
        "beregner kostnadene til drift og viser hvordan de skal dekkes",
    ]
    s1 = "Høringsutkast legges fram for formannskapet innen 15. september 2031."
    s2 = "Planen vedtas av kommunestyret før sesongstart 1. desember 2031."
    s3 = ("Før planen sendes på høring, skal det holdes et åpent møte for hytteeiere og "
          "fastboende.")
    header = "Gaupdal kommune – oppdragsbeskrivelse"
    form = [
        ("Oppdrag", ["Revisjon av plan for snøscooterløyper (løypeplan etter motorferdselloven "
                     "§ 4a)"]),
        ("Oppdragsgiver", ["Kommunedirektør Tor Einar Skjelbred"]),
        ("Bakgrunn", [
            "Kommunestyret vedtok den første løypeplanen for Gaupdal i 2021, med fem løyper på "
            "til sammen 86 km. Etter tre sesonger har kommunen fått en rekke klager på støy fra "
            "hytteeiere i Rypedalen, og Statsforvalteren har påpekt at løype 3 ved Storhøa går "
            "gjennom villreinens trekkområde.",
            "Gaupdal Snøscooterklubb ønsker å knytte løypene sammen med nabokommunen. "
            "Formannskapet ba i sak 012/31 om at planen revideres før sesongen 2031/2032."]),
        ("Mål", ["Et løypenett som gir trygg og lovlig rekreasjonskjøring, tar vare på "
                 "villreinen og friluftslivet og kan driftes uten økte kostnader for kommunen."]),
        ("Leveranser", ["Prosjektet skal levere et forslag til revidert løypeplan som:",
                        ("bullets", lev),
                        "Forslaget skal følge kommunens mal for temaplaner."]),
        ("Avgrensning", [
            "Oppdraget omfatter ikke dispensasjoner etter § 6 i nasjonal forskrift for bruk av "
            "motorkjøretøyer i utmark, leiekjøring til hytter eller isløyper på Gaupvatnet.",
            "Kontroll og håndheving er politiets og Statens naturoppsyns oppgave og inngår ikke "
            "i planen."]),
        ("Frister", [s1, s2]),
        ("Organisering", [
            "Prosjektleder er arealplanlegger Siv Marit Haugom. Arbeidsgruppen har én "
            "representant hver fra Gaupdal fjellstyre, Gaupdal Snøscooterklubb og "
            "grunneierlagene i Rypedalen og på Storhøa. " + s3 + " Prosjektleder rapporterer "
            "månedlig til kommunedirektørens ledergruppe."]),
        ("Ressurser", ["Inntil 200 timer for prosjektleder. 60 000 kroner til kartarbeid og "
                       "annonsering, dekket av planbudsjettet for 2031."]),
    ]
    m = [
        ("meta", "GAUPDAL KOMMUNE"),
        ("title", "Oppdragsbeskrivelse"),
        ("meta", "Arkivsak 31/882 · Dato 14.02.2031 · Skjema P-03 Oppdrag i plan og miljø"),
        ("p", "Oppdraget er gitt med grunnlag i formannskapets vedtak 4. februar 2031 i sak "
              "012/31. Endringer i oppdraget avtales skriftlig med oppdragsgiver."),
        ("space", SNO_SPACE),
        ("form", form, [34, 126]),
        ("p", "Godkjent av oppdragsgiver 14.02.2031. Skjemaet er elektronisk godkjent."),
    ]
    build_form_pdf(m, d / "oppdrag.pdf", word_lang="nb", title="Oppdragsbeskrivelse – "
                   "revisjon av plan for snøscooterløyper", author="Gaupdal kommune",
                   header=header)
    pages = pdf_pages(d / "oppdrag.pdf")
    p0, p1 = flat(pages[0]), flat(pages[1]) if len(pages) > 1 else ""
    if not (lev[0][:40] in p0 and lev[-1][:40] in p1 and "Leveranser" not in p1):
        raise SystemExit("snoscooter: the Leveranser bullets do not break over the page")

    p = [
        ("title", "Plan for snøscooterløyper i Gaupdal 2031–2035"),
        ("meta", "Gaupdal kommune · Høringsutkast · Lagt fram for formannskapet 9. september "
                 "2031, sak 071/31"),
        ("h1", "1 Innledning"),
        ("p", "Løypeplanen fra 2021 revideres etter klager på støy og etter Statsforvalterens "
              "merknad om villreinen. Planen er laget av en arbeidsgruppe med fjellstyret, "
              "snøscooterklubben og grunneierlagene."),
        ("p", "Et åpent møte på Gaupdal samfunnshus 22. august 2031 samlet om lag 70 hytteeiere "
              "og fastboende. Innspillene fra møtet er omtalt i kapittel 4 og 5."),
        ("h1", "2 Løypene"),
        ("p", "Planen viderefører fire av de fem løypene og legger til én ny. Alle løypene er "
              "tegnet inn på kartbladene i vedlegg 1, i målestokk 1:50 000."),
        ("table", ["Løype", "Strekning", "Lengde"],
         [["L1", "Gaupdal sentrum – Rypedalen", "24 km"],
          ["L2", "Rypedalen – Steinsetra", "17 km"],
          ["L3", "Steinsetra – Storhøa (ny trasé)", "19 km"],
          ["L4", "Gaupdal sentrum – Skjerva", "14 km"],
          ["L5", "Steinsetra – kommunegrensa mot Hamndal", "8 km"]], [20, 95, 25]),
        ("h1", "3 Villreinen på Storhøa"),
        ("p", "Løype 3 flyttes tre kilometer vest, ut av trekkområdet mellom Storhøa og "
              "Kvitskardet. Villreinnemnda har sett på den nye traseen og har ingen merknader."),
        ("h1", "4 Lyd"),
        ("p", "Etter revisjonen går ingen løype nærmere enn 300 meter fra en bolig eller hytte. "
              "I Rypedalen flyttes løype 1 ned i dalbunnen, 600 meter fra hyttefeltet, og "
              "turområdet ved Rypetjønna får en sone uten kjøring."),
        ("h1", "5 Nabokommunen"),
        ("p", "Løype 5 ender ved kommunegrensa og møter der løypa til Hamndalsseter, som Hamndal "
              "kommune vedtok i sin løypeplan i 2030. Kommunene har avtalt felles merking på "
              "begge sider av grensa."),
        ("h1", "6 Kryssinger"),
        ("p", "Løypene krysser kommunens merkede skiløyper på to steder, ved Steinsetra og ved "
              "Skjervabrua. Der settes det opp skilt om vikeplikt for snøscooter."),
        ("h1", "7 Parkering"),
        ("p", "Det blir parkeringsplass for bil og henger ved Gaupdal sentrum (40 plasser), "
              "Rypedalen (25 plasser) og Skjerva (15 plasser)."),
        ("h1", "8 Regler for bruk"),
        ("p", "Løypene er åpne fra 1. desember til 30. april, alle dager mellom klokka 08 og "
              "22. Kommunen kan stenge løyper ved lite snø eller av hensyn til villreinen."),
        ("p", "Leiekjøring til hytter skjer etter egne tillatelser og omfattes ikke av "
              "løypeplanen. Isløypa på Gaupvatnet er ikke med i planen."),
        ("h1", "9 Drift"),
        ("p", "Gaupdal Snøscooterklubb merker løypene med stikker hver 50. meter og setter opp "
              "skilt ved alle kryssinger. Klubben har ansvaret for driften etter avtale med "
              "kommunen."),
        ("p", "Grunneierlagene i Rypedalen og på Storhøa har vært med i arbeidsgruppen."),
        ("h1", "10 Hva det koster"),
        ("p", "Driften av løypene koster om lag 240 000 kroner i året. Løypekortet koster 600 "
              "kroner per sesong, og salget av rundt 420 kort dekker kostnadene."),
        ("h1", "11 Sikkerhet"),
        ("p", "Alle som kjører, må ha med skredutstyr og sjekke snøskredvarselet på varsom.no "
              "før turen."),
        ("h1", "12 Videre behandling"),
        ("p", "Høringsfristen er 1. november 2031. Sluttbehandling i kommunestyret er planlagt "
              "i februar 2032, etter at innspillene fra høringen er vurdert."),
        ("break",),
        ("h1", "Vedlegg 1 Kartblad"),
        ("table", ["Kartblad", "Målestokk", "Løyper"],
         [["Gaupdal sør", "1:50 000", "L1, L4"],
          ["Rypedalen", "1:50 000", "L1, L2"],
          ["Storhøa", "1:50 000", "L3, L5"]], [55, 35, 50]),
    ]
    build_rl_pdf(d / "plan.pdf", title="Plan for snøscooterløyper i Gaupdal 2031–2035",
                 author="Gaupdal kommune", creator="Gaupdal kommune – sak/arkiv",
                 running="Gaupdal kommune · Plan for snøscooterløyper 2031–2035 · Høringsutkast",
                 blocks=p, page_word="Side")
    n = {i + 1: x for i, x in enumerate(lev)}
    g = [
        P("1", n[1], "deliverable", "partial", ev="Planen viderefører fire av de fem",
          missing=["bredden på hver løype"],
          trap="a Word bullet inside the 'Leveranser' cell of a two-column form table "
          "(numbered by position 1–11; the list breaks over the page inside the cell); the "
          "map sheets in 1:50 000 are listed in 'Vedlegg 1 Kartblad' and the lengths in the "
          "table of chapter 2; no width is given"),
        P("2", n[2], "content", "partial", ev="Løype 3 flyttes tre kilometer vest",
          missing=["hekkende rovfugl", "vurdering etter naturmangfoldloven §§ 8–12"],
          trap="answered for the reindeer only, under the heading 'Villreinen på Storhøa'; "
          "the form's 'Bakgrunn' (Statsforvalteren's remark on løype 3) is no point"),
        P("3", n[3], "content", "covered", ev="Etter revisjonen går ingen løype",
          trap="answered in other words under the heading 'Lyd': distances in metres from "
          "homes and cabins, the track moved away from the cabins in Rypedalen, a zone "
          "without driving at Rypetjønna for the outdoor area"),
        P("4", n[4], "content", "uncovered",
          trap="shared words: 'Sikkerhet' tells riders to carry avalanche gear and read "
          "snøskredvarselet; the avalanche danger along the tracks is not assessed"),
        P("5", n[5], "content", "covered", ev="Løype 5 ender ved kommunegrensa",
          trap="answered under the heading 'Nabokommunen' in other words ('møter der løypa "
          "til Hamndalsseter', joint marking agreed)"),
        P("6", n[6], "content", "partial", ev="Løypene krysser kommunens merkede",
          missing=["kryssing av offentlig vei"],
          trap="the ski tracks are answered; crossing public roads is not"),
        P("7", n[7], "content", "partial", ev="Det blir parkeringsplass for bil",
          missing=["rasteplasser"],
          trap="parking at three starts with numbers of places; no rest areas"),
        P("8", n[8], "content", "covered", ev="Løypene er åpne fra 1. desember",
          trap="answered under 'Regler for bruk' in other words: a season by dates and hours "
          "('mellom klokka 08 og 22'); the sentences on leiekjøring and Gaupvatnet answer the "
          "form's 'Avgrensning', which is no point"),
        P("9", n[9], "content", "partial", ev="Gaupdal Snøscooterklubb merker løypene",
          missing=["preparering av løypene"],
          trap="marking, signs and who runs the tracks are answered; grooming is not"),
        P("10", n[10], "deliverable", "uncovered",
          trap="shared words: 'Grunneierlagene … har vært med i arbeidsgruppen' is no consent "
          "per track"),
        P("11", n[11], "content", "covered", ev="Driften av løypene koster om lag",
          trap="answered in other words under 'Hva det koster': an amount a year for the cost, "
          "the price and sale of løypekort for how it is covered"),
        P("S1", s1, "process", "covered", ev="Gaupdal kommune · Høringsutkast · Lagt fram",
          trap="a line of the form's 'Frister' row (a requirement outside the bullet list, "
          "numbered S1–S3 with the one in 'Organisering'); met only in the plan's meta line "
          "(to formannskapet 9 September 2031)"),
        P("S2", s2, "process", "uncovered",
          trap="dates that do not meet: the plan puts the council's final decision in "
          "February 2032, after the season starts on 1 December"),
        P("S3", s3, "process", "covered", ev="Et åpent møte på Gaupdal samfunnshus",
          trap="a requirement inside the prose of the 'Organisering' row, among sentences that "
          "are none (project leader, working group, reporting); answered in the introduction "
          "(an open meeting in August 2031, before the hearing); 'Mål', 'Avgrensning' and "
          "'Ressurser' are no points"),
    ]
    return dict(language="nb", mandate="oppdrag.pdf", plan="plan.pdf", header=header,
                producer="oppdragsbeskrivelse PDF (Word export, 'Side n av m'): a two-column "
                "form table (label | value) whose 'Leveranser' cell holds a Word bullet list "
                "broken over the page, 'Frister' two sentences and 'Organisering' one "
                "requirement in prose; plan laid out with reportlab (a system export, 'Side n') "
                "with a track table and an appendix of map sheets on its own page", points=g)


# =========================================================================== 2 sprakplan (nn)


@pair
def sprakplan(d: Path) -> dict:
    vilkar = [
        "kartleggje språkbruken i kommunen i dag, mellom anna på nettsida og i sosiale medium",
        "slå fast at nynorsk er tenestemålet i kommunen, og skildre korleis kommunen svarar "
        "innbyggjarar som skriv bokmål",
        "gjennomgå malar, standardbrev og skjema i sakshandsamingssystemet",
        "innehalde ein plan for opplæring i klarspråk og nynorsk for alle tilsette som skriv til "
        "innbyggjarane",
        "sikre at nye dataprogram og digitale tenester som kommunen kjøper, har nynorsk "
        "brukargrensesnitt",
        "skildre korleis nynorsken skal styrkjast i barnehagane og skulane, i samarbeid med "
        "foreldra",
        "vurdere behovet for ein språkkontakt i kvar eining",
        "setje konkrete mål for språkbruken, med indikatorar som kan målast kvart år",
        "innehalde ein tiltaksplan med ansvar og frist for kvart tiltak",
        "leggjast fram for kommunestyret til vedtak innan 1. juni 2032",
        "utarbeidast i samarbeid med ungdomsrådet og Vetlefjord mållag",
    ]
    s1 = "Språkplanen skal òg gjelde for Indre Vetlefjord Renovasjon IKS."
    header = "Vestfjella fylkeskommune – tilsegn om tilskot"
    m = [
        ("meta", "VESTFJELLA FYLKESKOMMUNE · Kultur og språk"),
        ("p", "Vetlefjord kommune"),
        ("p", "Postboks 40, 6890 Vetlefjord"),
        ("meta", "Vår dato: 18.03.2031 · Vår ref.: 2031/4418-3 · Dykkar ref.: 31/207 · "
                 "Sakshandsamar: Ingvild Sæbø Reite, tlf. 57 65 41 20"),
        ("h1", "Tilsegn om tilskot – språkplan for Vetlefjord kommune"),
        ("p", "Vi viser til søknaden dykkar av 3. februar 2031. Fylkeskommunen gir Vetlefjord "
              "kommune eit tilskot på inntil **180 000 kroner** til arbeidet med ein kommunal "
              "språkplan, jf. tilskotsordninga «Nynorsk i kvardagen» i Regional plan for kultur "
              "2028–2035. Søknaden er handsama av seksjonsleiar for kultur og språk etter "
              "delegert mynde."),
        ("h1", "Føremål"),
        ("p", "Tilskotet skal nyttast til å lage ein språkplan som sikrar at nynorsk er "
              "hovudmålet i all skriftleg kommunikasjon frå kommunen, og at dei tilsette har "
              "kunnskap og verktøy til å skrive godt og klart."),
        ("h1", "Vilkår for tilskotet"),
        ("p", "Tilsegnet gjeld på desse vilkåra. Språkplanen skal:"),
    ] + [("typed", f"{i}.", x, "\t", 8) for i, x in enumerate(vilkar, 1)] + [
        ("p", s1 + " Fylkeskommunen skal ha kopi av planen når han er vedteken."),
        ("h1", "Utbetaling"),
        ("p", "Tilskotet vert utbetalt i to delar: 90 000 kroner når de har stadfesta "
              "tilsegnet, og resten når vedteken språkplan og rekneskap for prosjektet er sende "
              "til oss. Stadfest tilsegnet på vedlagde skjema innan 15. april 2031."),
        ("h1", "Rapportering"),
        ("p", "Innan 1. september 2032 skal kommunen sende ein sluttrapport med rekneskap "
              "stadfesta av revisor. Rapporten skal òg vise kor mange tilsette som har fått "
              "opplæring i prosjektperioden."),
        ("p", "Midlar som ikkje er brukte, skal betalast tilbake. Fylkeskommunen kan krevje "
              "tilskotet tilbake heilt eller delvis dersom vilkåra ikkje er oppfylte."),
        ("h1", "Klagerett"),
        ("p", "De kan klage på vedtaket innan tre veker etter at de fekk dette brevet, jf. "
              "forvaltningslova § 28. Klaga skal sendast til fylkeskommunen."),
        ("p", "Med helsing"),
        ("p", "Ragnhild Eide Myklebust, seksjonsleiar · Ingvild Sæbø Reite, rådgjevar"),
        ("meta", "Brevet er godkjent elektronisk og har difor inga handskriven underskrift."),
        ("meta", "Vedlegg: Stadfesting av tilsegn"),
    ]
    build_pdf_l(m, d / "tilskotsbrev.pdf", word_lang="nb", title="Tilsegn om tilskot – "
                "språkplan for Vetlefjord kommune", author="Vestfjella fylkeskommune",
                header=header, lang="nn-NO")
    p = [
        ("title", "Språkplan for Vetlefjord kommune 2032–2035"),
        ("meta", "Vetlefjord kommune · Høyringsutkast januar 2032"),
        ("h1", "1 Innleiing"),
        ("p", "Vetlefjord er ein nynorskkommune, og dei fleste innbyggjarane skriv nynorsk. "
              "Planen er laga med tilskot frå Vestfjella fylkeskommune. Ungdomsrådet gav "
              "innspel på eit møte i november 2031. Kommunestyret skal handsame planen i mai "
              "2032."),
        ("p", "Planen gjeld alle einingane i kommuneorganisasjonen."),
        ("h1", "2 Slik skriv vi i dag"),
        ("p", "Hausten 2031 gjekk vi gjennom 400 tekstar frå vetlefjord.kommune.no, "
              "Facebook-sida til kommunen og utgåande brev. 88 prosent var på nynorsk, men mange "
              "av dei var tunge å lese, med lange setningar og mykje fagspråk."),
        ("h1", "3 Mål"),
        ("p", "Nynorsk skal vere eit naturleg og sjølvsagt val for alle som skriv på vegner av "
              "Vetlefjord kommune."),
        ("h1", "4 Tenestemålet"),
        ("p", "Nynorsk er tenestemålet i Vetlefjord kommune. Det gjeld brev, vedtak, nettsida, "
              "sosiale medium, skilt og annonsar."),
        ("h1", "5 Malar og brev"),
        ("p", "Dei 140 brevmalane i sakssystemet vart omsette og forenkla i 2031, og "
              "standardtekstane i vedtaksmalane er skrivne om etter klarspråkprinsippa."),
        ("h1", "6 Kurs"),
        ("p", "Alle som skriv brev og vedtak, skal ta kurset «Skriv klart på nynorsk» (seks "
              "timar) i løpet av 2032 og 2033. Nytilsette tek kurset det første året."),
        ("h1", "7 Språkvenner"),
        ("p", "Kvar eining peikar ut ein språkvenn som svarar på spørsmål om ord og rettskriving "
              "og held kollegaene oppdaterte."),
        ("h1", "8 Barnehage og skule"),
        ("p", "Barnehagane les nynorske bøker og syng nynorske songar kvar dag. Skulebiblioteka "
              "kjøper inn fleire nynorske bøker for ungdom."),
        ("h1", "9 Digitale tenester"),
        ("p", "Sjølvbetjeningsportalen for byggjesøknader finst i dag berre på bokmål frå "
              "leverandøren."),
        ("break",),
        ("h1", "Vedlegg 1 Tiltak"),
        ("table", ["Tiltak", "Ansvarleg", "Frist"],
         [["Kurset «Skriv klart på nynorsk» for alle som skriv brev og vedtak",
           "Personalsjef", "31.12.2033"],
          ["Peike ut språkvenner i alle einingar", "Einingsleiarane", "1. mars 2032"],
          ["Gjennomgang av vetlefjord.kommune.no", "Kommunikasjonsrådgjevar", "Hausten 2032"],
          ["Nynorske bøker til skulebiblioteka", "Oppvekstsjef", "2032–2033"]], [80, 45, 35]),
    ]
    build_docx_l(p, d / "plan.docx", word_lang="nb", title="Språkplan for Vetlefjord kommune "
                 "2032–2035", author="Vetlefjord kommune",
                 header="Vetlefjord kommune – språkplan 2032–2035", lang="nn-NO")
    v = {i + 1: x for i, x in enumerate(vilkar)}
    g = [
        P("1", v[1], "deliverable", "covered", ev="Hausten 2031 gjekk vi gjennom",
          trap="a condition typed '1.⇥' under 'Vilkår for tilskotet' (numbered as printed, "
          "1–11); the grant's amount, 'Føremål', 'Utbetaling', 'Rapportering' and 'Klagerett' "
          "are no points; answered in other words ('gjekk vi gjennom 400 tekstar' for the "
          "survey, the Facebook page for social media)"),
        P("2", v[2], "content", "partial", ev="Nynorsk er tenestemålet i Vetlefjord",
          missing=["korleis kommunen svarar innbyggjarar som skriv bokmål"],
          trap="the official language is stated; nothing on answering people who write "
          "bokmål"),
        P("3", v[3], "content", "partial", ev="Dei 140 brevmalane i sakssystemet",
          missing=["skjema"],
          trap="letter templates and standard texts are done ('brevmalane', 'vedtaksmalane'); "
          "forms are not mentioned"),
        P("4", v[4], "content", "covered", ev="Alle som skriv brev og vedtak, skal ta",
          trap="answered in other words under 'Kurs' (a course «Skriv klart på nynorsk» for "
          "'alle som skriv brev og vedtak'); the reporting term on how many were trained is "
          "no point"),
        P("5", v[5], "content", "uncovered",
          trap="shared words: a chapter 'Digitale tenester' states that a portal is in bokmål "
          "only; no requirement for what the municipality buys"),
        P("6", v[6], "content", "partial", ev="Barnehagane les nynorske bøker",
          missing=["samarbeidet med foreldra"],
          trap="kindergartens and school libraries are answered; the parents are not named"),
        P("7", v[7], "content", "covered", ev="Kvar eining peikar ut ein språkvenn",
          trap="answered in other words ('språkvenn' for språkkontakt), and in the appendix "
          "table"),
        P("8", v[8], "content", "uncovered",
          trap="shared words: chapter '3 Mål' holds one general aim; no concrete targets and "
          "no indicators measured each year"),
        P("9", v[9], "deliverable", "covered", ev="Tiltak Ansvarleg Frist",
          trap="answered only by the appendix table 'Vedlegg 1 Tiltak' on its own page"),
        P("10", v[10], "process", "covered", ev="Vetlefjord er ein nynorskkommune",
          trap="answered in the introduction ('Kommunestyret skal handsame planen i mai "
          "2032', before 1 June)"),
        P("11", v[11], "process", "partial", ev="Vetlefjord er ein nynorskkommune",
          missing=["Vetlefjord mållag"],
          trap="the youth council gave input (told in the introduction); the language "
          "society is not mentioned"),
        P("S1", s1, "content", "uncovered",
          trap="a condition in the prose after the list, beside a sentence that is none "
          "(the county's copy of the plan); the plan covers 'alle einingane i "
          "kommuneorganisasjonen', which does not include an IKS, a company of its own"),
    ]
    return dict(language="nn", mandate="tilskotsbrev.pdf", plan="plan.docx", header=header,
                producer="tilskotsbrev PDF (Word export, nn-NO, 'Side n av m'): letterhead, "
                "address, reference line, amount and 'Føremål', 'Vilkår for tilskotet' typed "
                "'1.⇥' … '11.⇥' and a condition in the prose after them, then 'Utbetaling', "
                "'Rapportering' and 'Klagerett' (no points); plan .docx (kept) with short "
                "chapters and an appendix table on its own page", points=g)


# =========================================================================== 3 skovrejsning (da)


def referat_pdf(path: Path, *, site: str, committee: str, meta: list[tuple[str, str]],
                items: list[tuple[str, list[tuple]]], foot: str) -> Path:
    """A committee's referat on the municipality's web page (a meeting-system portal) printed
    with Chromium: site bar, committee and meeting facts, then each agenda item as a heading
    with its sections. A section block is ("h", text) (a sub-heading such as 'Indstilling'),
    ("p", text), ("at", text) (an 'at'-clause on its own line, indented), ("ol", [items]) or
    ("meta", text)."""
    def blocks(bs):
        out = []
        for b in bs:
            if b[0] == "h":
                out.append(f"<h3>{_h.escape(b[1])}</h3>")
            elif b[0] == "p":
                out.append(f"<p>{_h.escape(b[1])}</p>")
            elif b[0] == "at":
                out.append(f"<p class='at'>{_h.escape(b[1])}</p>")
            elif b[0] == "ol":
                out.append("<ol>" + "".join(f"<li>{_h.escape(x)}</li>" for x in b[1]) + "</ol>")
            elif b[0] == "meta":
                out.append(f"<p class='meta'>{_h.escape(b[1])}</p>")
            else:
                raise ValueError(b[0])
        return "".join(out)
    facts = "".join(f"<tr><th>{_h.escape(k)}</th><td>{_h.escape(v)}</td></tr>" for k, v in meta)
    body = "".join(f"<section><h2>{_h.escape(t)}</h2>{blocks(bs)}</section>" for t, bs in items)
    css = ("body{font-family:'Liberation Sans',sans-serif;font-size:10pt;margin:10mm 16mm;"
           "color:#1a1a1a}.site{background:#23445f;color:#fff;padding:5px 9px;font-size:8.5pt}"
           "h1{font-size:16pt;margin:10px 0 4px}table.f th{text-align:left;padding-right:12px;"
           "font-weight:bold;vertical-align:top}table.f{font-size:9pt;margin-bottom:10px}"
           "h2{font-size:12pt;border-top:1px solid #23445f;padding-top:6px;margin-top:14px}"
           "h3{font-size:10pt;margin:8px 0 2px}p{margin:3px 0 5px}p.at{margin:1px 0 1px 18px}"
           ".meta{font-size:8.5pt;color:#555}footer{margin-top:18px;font-size:8pt;color:#666;"
           "border-top:1px solid #ccc}")
    html = (f"<!doctype html><html lang='da'><head><meta charset='utf-8'><title>"
            f"{_h.escape(committee)}</title><style>{css}</style></head><body>"
            f"<div class='site'>{_h.escape(site)}</div><h1>{_h.escape(committee)}</h1>"
            f"<table class='f'>{facts}</table>{body}<footer>{_h.escape(foot)}</footer>"
            "</body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind17-referat-") as tmp:
        src = Path(tmp) / "referat.html"
        src.write_text(html, encoding="utf-8")
        bk.chromium_pdf(src, path)
    return path


@pair
def skovrejsning(d: Path) -> dict:
    ats = [
        ("1", "der udarbejdes en handleplan for skovrejsning, som udpeger arealer til mindst "
              "300 ha ny skov frem mod 2040"),
        ("2", "planen prioriterer skovrejsning, hvor grundvandet er mest sårbart"),
        ("3", "planen beskriver, hvordan private lodsejere kan få hjælp til at søge statens "
              "tilskud til skovrejsning"),
        ("4", "kommunens egne jorde ved Nørremarken og Hvidkilde indgår i planen"),
        ("5", "planen vurderer konsekvenserne for landskab, kulturarv og friluftsliv, herunder "
              "offentlighedens adgang til skovene"),
        ("6", "planen redegør for, hvordan de nye skove kan bidrage til kommunens klimamål"),
        ("7", "planen beskriver sammenhængen med eksisterende skove og naturområder"),
        (None, "udvalget tager orienteringen om Miljøstyrelsens nye kortlægning af "
               "drikkevandsområder til efterretning"),
        ("8", "forvaltningen går i dialog med vandværkerne om medfinansiering"),
        ("9", "planen beskriver, hvordan skovene skal plejes, og hvem der ejer dem efter "
              "plantningen"),
        ("10", "planen indeholder en tidsplan og et økonomisk overslag for kommunens egen "
               "skovrejsning"),
        ("11", "der afholdes borgermøder i Vrå, Sønderby og Kildemose, før planen sendes i "
               "høring"),
        ("12", "planen forelægges udvalget senest i december 2031"),
    ]
    decided = []
    for i, (_, x) in enumerate(ats):
        decided.append(("at", "at " + x + ("." if i == len(ats) - 1 else ",")))
    items = [
        ("14. Budgetopfølgning pr. 31. januar 2031", [
            ("meta", "Sagsnr.: 31.00.00-Ø00-2-31"),
            ("h", "Resumé"),
            ("p", "Udvalget orienteres om forbruget på udvalgets område pr. 31. januar 2031. "
                  "Der forventes et mindreforbrug på 0,4 mio. kr. på natur og vandløb."),
            ("h", "Indstilling"),
            ("p", "Direktøren for Teknik og Miljø indstiller, at orienteringen tages til "
                  "efterretning."),
            ("h", "Beslutning i Klima- og Miljøudvalget den 4. marts 2031"),
            ("p", "Taget til efterretning."),
        ]),
        ("15. Skovrejsning og grundvandsbeskyttelse – igangsætning af handleplan", [
            ("meta", "Sagsnr.: 01.05.00-P15-1-31"),
            ("h", "Resumé"),
            ("p", "Byrådet har i budgetaftalen for 2031 afsat 1,5 mio. kr. årligt til "
                  "skovrejsning. Udvalget skal tage stilling til rammerne for en handleplan."),
            ("h", "Sagsfremstilling"),
            ("p", "Skov dækker i dag 7,6 % af kommunens areal, mod 14,7 % på landsplan. Staten "
                  "har et mål om, at skov skal dække 20-25 % af Danmarks areal inden 2100. Store "
                  "dele af kommunen ligger i områder med særlige drikkevandsinteresser, og "
                  "nitrat er fundet i boringer ved Sønderby og Kildemose."),
            ("p", "Miljøstyrelsen offentliggjorde i januar 2031 en ny kortlægning af "
                  "drikkevandsområder, som forvaltningen vil bruge i arbejdet."),
            ("h", "Indstilling"),
            ("p", "Direktøren for Teknik og Miljø indstiller,"),
            ("ol", ["at der udarbejdes en handleplan for skovrejsning med 200 ha ny skov frem "
                    "mod 2040,",
                    "at planen forelægges udvalget i marts 2032,",
                    "at der afholdes ét borgermøde, før planen sendes i høring."]),
            ("h", "Beslutning i Klima- og Miljøudvalget den 4. marts 2031"),
            ("p", "Udvalget godkendte,"),
            *decided,
            ("p", "Mads Ulrik Holm (Ø) ønskede ført til protokol, at planen også bør omfatte "
                  "kommunens vejrabatter."),
            ("p", "Fraværende: Karen Brix (V)."),
            ("meta", "Bilag: Kort over områder med særlige drikkevandsinteresser"),
        ]),
        ("16. Vintertjeneste 2031-2032 – serviceniveau", [
            ("meta", "Sagsnr.: 05.01.10-P20-3-31"),
            ("h", "Indstilling"),
            ("p", "Direktøren for Teknik og Miljø indstiller, at serviceniveauet for "
                  "vintertjenesten fastholdes."),
            ("h", "Beslutning i Klima- og Miljøudvalget den 4. marts 2031"),
            ("p", "Udvalget godkendte,"),
            ("at", "at serviceniveauet fastholdes,"),
            ("at", "at cykelstierne til skolerne ryddes før kl. 7.00."),
        ]),
    ]
    referat_pdf(d / "referat.pdf", site="Tjæreby Kommune › Politik › Dagsordener og referater",
                committee="Referat – Klima- og Miljøudvalget",
                meta=[("Mødedato", "4. marts 2031, kl. 15.00"),
                      ("Mødested", "Mødelokale 2, Rådhuset"),
                      ("Medlemmer", "Lene Schou (A), formand · Jens Thygesen (V) · Karen Brix "
                                    "(V) · Mads Ulrik Holm (Ø) · Birgitte Dahl (C)"),
                      ("Fraværende", "Karen Brix (V)")],
                items=items,
                foot="Tjæreby Kommune · Referatet er godkendt af udvalgets medlemmer "
                     "6. marts 2031")
    p = [
        ("title", "Handleplan for skovrejsning 2032–2040"),
        ("meta", "Tjæreby Kommune · Teknik og Miljø · Udkast til Klima- og Miljøudvalget "
                 "2. december 2031"),
        ("h1", "1 Indledning"),
        ("p", "Tjæreby Kommune vil være klimaneutral i 2045. Skov dækker i dag 7,6 % af "
              "kommunens areal, og Sønderskov er kommunens største skov med 180 ha."),
        ("p", "Der blev holdt borgermøder i Vrå og Sønderby i september 2031 med i alt 130 "
              "deltagere."),
        ("h1", "2 De nye skove"),
        ("p", "Planen udpeger 14 skovrejsningsområder på i alt 340 ha. Områderne er valgt ud "
              "fra Miljøstyrelsens kortlægning af drikkevandsområder fra januar 2031."),
        ("table", ["Område", "Areal", "Ejer"],
         [["Nørremarken", "22 ha", "Kommunen"], ["Kildemose Nord", "46 ha", "Privat"],
          ["Sønderby Enge", "38 ha", "Privat"], ["Vrå Bakker", "31 ha", "Privat"],
          ["Øvrige ti områder", "203 ha", "Privat"]], [60, 30, 40]),
        ("h1", "3 Rent drikkevand"),
        ("p", "Ti af de 14 områder ligger i indvindingsoplande til almene vandværker, hvor "
              "nitrat let siver ned til grundvandet. De bliver plantet først."),
        ("h1", "4 Vandværkerne betaler med"),
        ("p", "Kildemose Vandværk og Sønderby Vandværk betaler 40 % af jordkøbet i deres "
              "oplande. Aftalerne blev indgået i oktober 2031."),
        ("h1", "5 Adgang for alle"),
        ("p", "Alle nye skove på kommunens jord får stier og er åbne for alle hele året. I "
              "Nørremarken anlægges en ridesti."),
        ("h1", "6 Private lodsejere"),
        ("p", "Staten giver tilskud til privat skovrejsning gennem Miljøstyrelsen. Skov på "
              "privat jord plantes kun, hvor lodsejeren selv ønsker det."),
        ("h1", "7 Pleje og ejerskab"),
        ("p", "Kommunens skove plejes af Park og Natur. Skov på privat jord ejes og plejes af "
              "lodsejeren, med fredskovspligt."),
        ("h1", "8 Tidsplan"),
        ("table", ["År", "Plantning"],
         [["2032", "Nørremarken"], ["2033", "Kildemose Nord og Sønderby Enge"],
          ["2034–2036", "Vrå Bakker og tre private områder"],
          ["2037–2040", "De øvrige områder"]], [35, 100]),
    ]
    build_odfpy(p, d / "plan.odt", title="Handleplan for skovrejsning 2032–2040", lang="nn")
    odf_language(d / "plan.odt", "da", "DK")
    a = {n: x for n, x in ats if n}
    g = [
        P("1", a["1"], "content", "covered", ev="Planen udpeger 14 skovrejsningsområder",
          trap="an 'at'-clause of the committee's 'Beslutning: Udvalget godkendte,' (numbered "
          "by position among the clauses that are points; the leading 'at' is the clause's "
          "marker and left out); the administration's 'Indstilling' (200 ha, March 2032, one "
          "meeting) was changed by the decision and is no point; answered with a number "
          "('340 ha' for 'mindst 300 ha')"),
        P("2", a["2"], "content", "covered", ev="Ti af de 14 områder ligger",
          trap="answered in other words under 'Rent drikkevand' ('indvindingsoplande', "
          "'nitrat let siver ned', 'plantet først' for the priority)"),
        P("3", a["3"], "content", "uncovered",
          trap="shared words: 'Staten giver tilskud til privat skovrejsning' is a fact; no "
          "help for landowners to apply"),
        P("4", a["4"], "content", "partial", ev="Område Areal Ejer",
          missing=["Hvidkilde"],
          trap="Nørremarken is in the table of areas; Hvidkilde is not named"),
        P("5", a["5"], "content", "partial", ev="Alle nye skove på kommunens jord",
          missing=["konsekvenser for landskabet", "konsekvenser for kulturarven"],
          trap="paths and access for all are answered ('åbne for alle hele året'); landscape "
          "and cultural heritage are not assessed"),
        P("6", a["6"], "content", "uncovered",
          trap="shared words: 'vil være klimaneutral i 2045' is the municipality's goal in "
          "the introduction; nothing on what the forests contribute"),
        P("7", a["7"], "content", "uncovered",
          trap="shared words: 'Sønderskov er kommunens største skov' is a fact; no connection "
          "between new and existing forests is described"),
        P("8", a["8"], "process", "covered", ev="Kildemose Vandværk og Sønderby Vandværk",
          trap="answered in other words (a share, '40 % af jordkøbet', for co-financing; the "
          "agreements made); the clause that only takes the briefing on Miljøstyrelsen's "
          "mapping to note is no point, though the plan uses the mapping"),
        P("9", a["9"], "content", "covered", ev="Kommunens skove plejes af Park og Natur",
          trap="answered under 'Pleje og ejerskab'"),
        P("10", a["10"], "deliverable", "partial", ev="År Plantning",
          missing=["økonomisk overslag for kommunens egen skovrejsning"],
          trap="a planting schedule by year; no costs"),
        P("11", a["11"], "process", "partial", ev="Der blev holdt borgermøder i Vrå",
          missing=["borgermøde i Kildemose"],
          trap="meetings in two of the three places (told in the introduction)"),
        P("12", a["12"], "process", "covered", ev="Tjæreby Kommune · Teknik og Miljø · Udkast",
          trap="met only in the plan's meta line ('Udkast til Klima- og Miljøudvalget "
          "2. december 2031'); the 'ført til protokol' sentence (road verges) and the "
          "decisions of items 14 and 16 are no points"),
    ]
    return dict(language="da", mandate="referat.pdf", plan="plan.odt",
                producer="referat of the Klima- og Miljøudvalget on the municipality's web page "
                "printed with Chromium: three agenda items, the second with 'Indstilling' "
                "(three 'at'-clauses as a numbered list) and 'Beslutning' ('Udvalget "
                "godkendte,' and thirteen 'at'-clauses, one only taking a briefing to note) and "
                "a 'ført til protokol' sentence; plan .odt written with odfpy (kept) with an "
                "area table and a schedule table", points=g)


# =========================================================================== 4 upprustning (sv)


@pair
def upprustning(d: Path) -> dict:
    su = [
        ("4.1", "Bolaget ska ta fram en upprustningsplan för Granåsen som omfattar alla 620 "
                "lägenheter och områdets lokaler.", True),
        ("4.2", "Bolaget ska erbjuda kommunen minst 25 lägenheter per år för sociala kontrakt.",
         False),
        ("4.3", "I upprustningsplanen ska bolaget redovisa husens tekniska status, särskilt "
                "stammar, fönster och ventilation.", True),
        ("4.4", "Upprustningsplanen ska visa hur hyrorna förändras efter upprustningen.", True),
        ("4.5", "Hyresgästerna ska kunna välja en lägre standardnivå för att begränsa "
                "hyreshöjningen.", True),
        ("4.6", "Planen ska beskriva hur hyresgästerna kan bo kvar eller erbjudas "
                "evakueringsbostad under byggtiden.", True),
        ("4.7", "Planen ska visa hur energianvändningen i Granåsen ska minska med minst 30 "
                "procent.", True),
        ("4.8", "Bolaget ska i planen utreda solceller på taken i Granåsen.", True),
        ("4.9", "Bolaget ska påbörja byggandet av minst 40 nya hyresrätter i Tallbacken före "
                "2034.", False),
        ("4.10", "Upprustningsplanen ska tas fram i samråd med Hyresgästföreningen och de "
                 "boende i Granåsen.", True),
        ("4.11", "Planen ska redovisa hur tillgängligheten förbättras, bland annat med hiss i "
                 "de trapphus som saknar hiss.", True),
        ("4.12", "Planen ska innehålla en tidplan och en kalkyl för hela upprustningen.", True),
        ("4.13", "Upprustningsplanen ska redovisas för kommunstyrelsen senast 2032-03-31.",
         True),
        ("4.14", "Bolaget ska delta i kommunens trygghetsvandringar i Granåsen två gånger per "
                 "år.", False),
        ("4.15", "Planen ska omfatta utemiljön i Granåsen, med lekplatser och belysning.", True),
    ]
    header = "Stensjöå kommun – Ägardirektiv för Stensjöå Bostäder AB"
    m = [
        ("meta", "STENSJÖÅ KOMMUN"),
        ("title", "Ägardirektiv för Stensjöå Bostäder AB"),
        ("meta", "Fastställt av kommunfullmäktige 2031-02-24, § 19 · Antaget på bolagsstämma "
                 "2031-04-10 · Dnr KS 2030/611"),
        ("h1", "1 Inledning"),
        ("p", "Ägardirektivet kompletterar bolagsordningen och gäller från bolagsstämman 2031 "
              "tills kommunfullmäktige beslutar något annat. Bolaget ska följa direktivet i den "
              "utsträckning det inte strider mot aktiebolagslagen."),
        ("h1", "2 Bolagets ändamål"),
        ("p", "Bolaget är ett allmännyttigt bostadsaktiebolag enligt lagen (2010:879) om "
              "allmännyttiga kommunala bostadsaktiebolag. Ändamålet är att främja "
              "bostadsförsörjningen i Stensjöå och erbjuda hyresgästerna inflytande över sitt "
              "boende."),
        ("h1", "3 Allmänna direktiv"),
        ("h2", "3.1 Ekonomi"),
        ("p", "Bolaget ska ha en soliditet på minst 15 procent och bedriva verksamheten enligt "
              "affärsmässiga principer."),
        ("h2", "3.2 Hållbarhet"),
        ("p", "Bolaget ska minska energianvändningen i hela beståndet med minst 2 procent per "
              "år och redovisa arbetet i årsredovisningen."),
        ("h2", "3.3 Hyresgästinflytande"),
        ("p", "Bolaget ska ha en god dialog med Hyresgästföreningen och ha ett avtal om "
              "boinflytande."),
        ("h2", "3.4 Information till ägaren"),
        ("p", "Bolaget ska skicka styrelsens protokoll till kommunstyrelsen inom en månad efter "
              "varje sammanträde."),
        ("h1", "4 Särskilda uppdrag 2031–2033"),
        ("p", "Utöver de allmänna direktiven ger kommunfullmäktige bolaget följande uppdrag."),
    ] + [("typed", n, x, "\t", 12) for n, x, _ in su] + [
        ("h1", "5 Uppföljning"),
        ("p", "Bolaget redovisar de särskilda uppdragen i delårsrapporten och i "
              "årsredovisningen. Ägardialog hålls två gånger per år."),
    ]
    build_pdf_l(m, d / "agardirektiv.pdf", word_lang="sv", title="Ägardirektiv för Stensjöå "
                "Bostäder AB", author="Stensjöå kommun", header=header, lang="sv-SE")
    p = [
        ("meta", "Publicerad 2032-03-20 · Antagen av styrelsen för Stensjöå Bostäder AB "
                 "2032-03-14"),
        ("h2", "Därför rustar vi upp"),
        ("p", "Husen i Granåsen byggdes 1969–1974 och har 620 lägenheter. Nu är det dags att "
              "byta stammar, fönster och ventilation. Vi har knackat dörr i alla 620 "
              "lägenheter och haft tre möten med Hyresgästföreningen Granåsen innan planen "
              "blev klar."),
        ("h2", "Husens skick"),
        ("table", ["Byggnadsdel", "Skick", "Åtgärd"],
         [["Stammar", "Gjutjärn från 1970, läckor varje år", "Byts 2033–2036"],
          ["Fönster", "Tvåglas, dålig täthet", "Byts mot treglas"],
          ["Ventilation", "Självdrag, fukt i badrum", "FTX med värmeåtervinning"],
          ["Tak", "Gott skick på låghusen", "Byts på de sex höghusen 2034"]],
         [40, 70, 50]),
        ("h2", "Vad händer med hyran?"),
        ("p", "Hyran för en trea på 74 kvadratmeter går från 7 950 till 9 300 kronor i månaden "
              "med full standard."),
        ("p", "Den som vill kan behålla sitt gamla kök och badrum och får då en hyreshöjning på "
              "bara 450 kronor i månaden."),
        ("h2", "Under byggtiden"),
        ("p", "Under stambytet bor hyresgästerna i en av tolv evakueringslägenheter i området, i "
              "ungefär fem veckor. Bolaget står för flytten."),
        ("h2", "Energi"),
        ("p", "Efter upprustningen beräknas energianvändningen i Granåsen minska med 22 "
              "procent, främst tack vare nya fönster och FTX-ventilation."),
        ("p", "På de nya husen i Tallbacken sätter vi solceller på taken."),
        ("h2", "Tillgänglighet"),
        ("p", "Alla entréer får automatiska dörröppnare och belysta gångar fram till dörren."),
        ("h2", "Tidplan och kostnad"),
        ("table", ["Etapp", "Hus", "År"],
         [["1", "Granåsvägen 2–14", "2033–2034"], ["2", "Granåsvägen 16–30", "2034–2035"],
          ["3", "Höghusen", "2035–2036"]], [25, 80, 40]),
        ("p", "Etapp 1 beräknas kosta 310 miljoner kronor."),
        ("p", "Utemiljön ingår inte i den här planen. Den tas upp i en egen gårdsplan 2034."),
    ]
    web_pdf(d / "plan.pdf", title="Upprustningsplan för Granåsen 2033–2036",
            nav="Stensjöå Bostäder › Om oss › Vi bygger och renoverar › Granåsen",
            foot="Stensjöå Bostäder AB · Kundcenter 0580-38 100 · Sidan uppdaterad 2032-03-20",
            blocks=p, lang="sv", accent="#7a3b12")
    t = {n: x for n, x, _ in su}
    g = [
        P("4.1", t["4.1"], "deliverable", "partial", ev="Husen i Granåsen byggdes 1969–1974",
          missing=["områdets lokaler"],
          trap="a 'Särskilda uppdrag' item typed '4.1⇥' (number kept as printed); only the "
          "items about the renovation plan are points: 4.2 (social contracts), 4.9 (new "
          "homes in Tallbacken) and 4.14 (safety walks in Granåsen) are none, and so are the "
          "general directives 3.1–3.4; the plan covers the 620 flats, not the premises"),
        P("4.3", t["4.3"], "content", "covered", ev="Byggnadsdel Skick Åtgärd",
          trap="answered only in the table under 'Husens skick'"),
        P("4.4", t["4.4"], "content", "covered", ev="Hyran för en trea på 74",
          trap="answered in other words with amounts (a three-room flat from 7 950 to 9 300 "
          "kronor a month) under 'Vad händer med hyran?'"),
        P("4.5", t["4.5"], "content", "covered", ev="Den som vill kan behålla sitt gamla",
          trap="answered in other words: keeping the old kitchen and bathroom (a member of "
          "the class) for a lower standard, with the smaller rent rise"),
        P("4.6", t["4.6"], "content", "covered", ev="Under stambytet bor hyresgästerna",
          trap="answered under 'Under byggtiden' (evacuation flats; the point asks for one of "
          "two options)"),
        P("4.7", t["4.7"], "content", "partial", ev="Efter upprustningen beräknas",
          missing=["åtgärder som når minskningen på minst 30 procent"],
          trap="the plan shows a reduction of 22 per cent, short of the 30 asked for; the "
          "general directive 3.2 (2 per cent a year in the whole stock) is no point"),
        P("4.8", t["4.8"], "content", "uncovered",
          trap="shared words: solar panels go on the new houses in Tallbacken, and the roofs "
          "of the high-rises in Granåsen are replaced; no study of solar panels in Granåsen"),
        P("4.10", t["4.10"], "process", "covered", ev="Husen i Granåsen byggdes 1969–1974",
          trap="answered in the introduction in other words ('knackat dörr i alla 620 "
          "lägenheter' for the residents, three meetings with the tenants' union); the "
          "general directive 3.3 is no point"),
        P("4.11", t["4.11"], "content", "partial", ev="Alla entréer får automatiska",
          missing=["hiss i de trapphus som saknar hiss"],
          trap="door openers and lit paths under 'Tillgänglighet'; no lifts"),
        P("4.12", t["4.12"], "deliverable", "partial", ev="Etapp Hus År",
          missing=["kalkyl för etapp 2 och 3"],
          trap="a schedule of three stages and the cost of stage 1 only"),
        P("4.13", t["4.13"], "process", "uncovered",
          trap="shared words: the meta line says the company's board adopted the plan on "
          "2032-03-14; nothing says it was reported to kommunstyrelsen"),
        P("4.15", t["4.15"], "content", "uncovered",
          trap="deferred: 'Utemiljön ingår inte i den här planen' (a later courtyard plan)"),
    ]
    return dict(language="sv", mandate="agardirektiv.pdf", plan="plan.pdf", header=header,
                producer="ägardirektiv PDF (Word export, 'Sida n av m'): purpose, general "
                "directives 3.1–3.4, 'Särskilda uppdrag' typed '4.1⇥' … '4.15⇥' of which twelve "
                "concern the renovation plan; plan the company's web page printed with "
                "Chromium, meta line with the board's adoption, a condition table and a stage "
                "table", points=g)


# =========================================================================== 5 rivers (en)


@pair
def rivers(d: Path) -> dict:
    original5 = "call on Wenmouth Water to end all sewage discharges into the River Wenn by 2030;"
    amended5 = ("ask Wenmouth Water to publish a timetable, with dates, for reducing storm "
                "overflow discharges into the River Wenn and its tributaries")
    resolves = [
        "prepare a River Wenn Action Plan and bring it to Cabinet within twelve months;",
        "manage the Council's riverside land to reduce run-off, including buffer strips and "
        "tree planting;",
        "work with farmers and landowners in the catchment to cut pollution from slurry and "
        "fertiliser;",
        "seek designated bathing water status for Wenn Meadows;",
        original5,
        "support community groups and volunteers who test water quality, and publish their "
        "results on the Council's website;",
        "use sustainable drainage in all new Council developments and require it in major "
        "planning applications;",
        "report progress to the Overview and Scrutiny Committee every six months.",
    ]
    header = "Ravensmoor Borough Council – Minutes of Council, 15 July 2031"
    m = [
        ("title", "Minutes"),
        ("meta", "Meeting of Council held at the Civic Centre, Ravensmoor, on Tuesday 15 July "
                 "2031 at 7.00 pm"),
        ("p", "Present: The Mayor (Councillor Hilary Voss) in the Chair; Councillors Adeyemi, "
              "Brennan, Dunmore, Faulkner, Hale, Kaur, Lomax, Okafor, Pryce, Rigby and 37 "
              "others."),
        ("h1", "38. Council Tax Reduction Scheme 2032/33"),
        ("p", "Councillor Lomax presented the report of the Cabinet."),
        ("p", "**RESOLVED:**"),
        ("typed", "(1)", "That the Council Tax Reduction Scheme for 2032/33 be adopted as set "
                         "out in Appendix A.", "\t", 10),
        ("typed", "(2)", "That the hardship fund be increased to £120,000.", "\t", 10),
        ("h1", "39. Notice of Motion – Clean Rivers"),
        ("p", "Councillor Adaeze Okafor moved, and Councillor Tom Pryce seconded, the motion "
              "set out on the agenda and printed below."),
        ("p", "Councillor Martin Hale moved, and Councillor Sue Dunmore seconded, the following "
              "amendment:"),
        ("p", f"“In resolution 5, delete ‘{original5[:-1]}’ and insert ‘{amended5}’.”"),
        ("p", "On being put to the vote the amendment was CARRIED (29 for, 17 against, 2 "
              "abstentions) and became the substantive motion. The substantive motion was then "
              "put to the vote and CARRIED unanimously."),
        ("p", "**RESOLVED:** That the motion, as amended, be adopted."),
        ("h2", "Motion as set out on the agenda"),
        ("p", "This Council notes:"),
        ("bullets", ["that the Environment Agency classed none of the five water bodies of the "
                     "River Wenn as in good ecological status in 2030;",
                     "that storm overflows discharged into the Wenn and its tributaries for "
                     "more than 4,100 hours in 2030;",
                     "that the Council owns land along 11 km of the riverbank, including Wenn "
                     "Meadows and Mill Holme Park."]),
        ("p", "This Council believes:"),
        ("bullets", ["that a healthy river is good for wildlife, for health and for the local "
                     "economy;",
                     "that residents should be able to swim safely at Wenn Meadows."]),
        ("p", "This Council therefore resolves to:"),
        ("num", resolves),
        ("h1", "40. Notice of Motion – Free Parking in December"),
        ("p", "Councillor Rigby moved, and Councillor Faulkner seconded, that this Council "
              "resolves to:"),
        ("typed", "1.", "offer free parking in all Council car parks on Saturdays in December;",
         "\t", 8),
        ("typed", "2.", "fund the loss of income from the parking reserve.", "\t", 8),
        ("p", "On being put to the vote the motion was LOST."),
        ("p", "The meeting closed at 9.42 pm."),
    ]
    build_pdf_l(m, d / "minutes.pdf", word_lang="en", title="Minutes of Council – 15 July 2031",
                author="Ravensmoor Borough Council", header=header, lang="en-GB")
    p = [
        ("title", "River Wenn Action Plan 2032–2037"),
        ("meta", "Ravensmoor Borough Council · Environment and Climate"),
        ("h1", "1 Introduction"),
        ("p", "In July 2031 Council asked for a plan to bring the River Wenn back to health. "
              "None of the river's five water bodies is in good ecological status today."),
        ("h1", "2 Our riverside land"),
        ("p", "We will plant 6,000 native trees along the river at Wenn Meadows and Mill Holme "
              "Park by 2034, where they will slow the water running off the fields."),
        ("h1", "3 Farms"),
        ("p", "Together with the Wenn Catchment Partnership we will offer free advice visits to "
              "40 farms a year on slurry storage and the timing of fertiliser."),
        ("h1", "4 Swimming at Wenn Meadows"),
        ("p", "We will apply to Defra in October 2032 for Wenn Meadows to be designated as a "
              "bathing water, with changing facilities and a lifebuoy station."),
        ("h1", "5 Sewage"),
        ("p", "We continue to press Wenmouth Water to end all sewage discharges into the Wenn by "
              "2030, and we have raised the issue with both local MPs."),
        ("h1", "6 Citizen science"),
        ("p", "The Council lends water testing kits to the Friends of the Wenn, who sample at "
              "twelve points each month."),
        ("h1", "7 Rain gardens"),
        ("p", "All new Council buildings will have rain gardens, swales and permeable paving, "
              "starting with the new depot at Mill Holme in 2033."),
        ("h1", "8 Keeping track"),
        ("p", "We will publish an annual progress report on the Council's website each spring."),
        ("break",),
        ("h1", "Document history"),
        ("table", ["Version", "Status", "Date"],
         [["0.4", "Draft for consultation", "2 March 2032"],
          ["1.0", "Approved by Cabinet", "10 June 2032"]], [30, 80, 50]),
    ]
    build_pdf_l(p, d / "plan.pdf", word_lang="en", title="River Wenn Action Plan 2032–2037",
                author="Ravensmoor Borough Council",
                header="River Wenn Action Plan 2032–2037", lang="en-GB")
    r = [x.rstrip(";.") for x in resolves]
    g = [
        P("1", r[0], "process", "covered", ev="Version Status Date",
          trap="a resolution of a Notice of Motion as carried (Word-numbered 1–8 under 'This "
          "Council therefore resolves to:'); the 'notes' and 'believes' bullets and the other "
          "items' resolutions (38: (1)–(2); 40: 1.–2., a motion that was LOST) are no points; "
          "met only in the 'Document history' table (approved by Cabinet 10 June 2032, within "
          "twelve months of July 2031)"),
        P("2", r[1], "content", "partial", ev="We will plant 6,000 native trees",
          missing=["buffer strips"],
          trap="trees on the council's riverside land, said to slow the run-off; no buffer "
          "strips"),
        P("3", r[2], "content", "covered", ev="Together with the Wenn Catchment Partnership",
          trap="answered in other words under 'Farms' (advice visits on slurry storage and "
          "the timing of fertiliser)"),
        P("4", r[3], "content", "covered", ev="We will apply to Defra in October 2032",
          trap="answered under 'Swimming at Wenn Meadows' ('designated as a bathing water')"),
        P("5", amended5, "content", "uncovered",
          trap="the carried amendment, printed above the motion, replaces resolution 5: the "
          "amended wording is the point and the agenda's wording ('end all sewage "
          "discharges … by 2030') is not; the plan's 'Sewage' chapter answers the old "
          "wording only and asks for no timetable"),
        P("6", r[5], "content", "partial", ev="The Council lends water testing kits",
          missing=["publishing the results on the Council's website"],
          trap="support by lending kits ('Citizen science'); the results are not published"),
        P("7", r[6], "content", "partial", ev="All new Council buildings will have rain",
          missing=["a requirement for sustainable drainage in major planning applications"],
          trap="answered in other words for the Council's own buildings (rain gardens, swales, "
          "permeable paving: members of the class); nothing on planning applications"),
        P("8", r[7], "process", "uncovered",
          trap="shared words: an annual progress report on the website is neither to the "
          "Overview and Scrutiny Committee nor every six months"),
    ]
    return dict(language="en", mandate="minutes.pdf", plan="plan.pdf", header=header,
                producer="council minutes PDF (Word export, 'Page n of m'): item 38 with typed "
                "resolutions, item 39 a Notice of Motion whose carried amendment to resolution "
                "5 is printed above the motion as set out on the agenda ('This Council notes:' "
                "and 'believes:' bullets, 'resolves to:' Word-numbered 1–8), item 40 a motion "
                "that was lost; plan PDF (Word export) with short chapters and a 'Document "
                "history' table on its own page", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        drop = ((info["header"],) if info.get("header") else ()) + tuple(info.get("drop", ()))
        check_points_in_mandate(d, info["mandate"], info["points"], drop)
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind17/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# status: covered | partial | uncovered; kind: content | deliverable | process;\n"
            "# missing: what the plan leaves out (planner's words); evidence: page of the\n"
            "# answering passage and its opening words; S-numbers: requirements outside the\n"
            "# mandate's list (prose, a form's 'Frister' row).\n"
        )
        write_gold(d / "coverage.gold.yaml", header=header, plan=info["plan"],
                   mandate=info["mandate"], language=info["language"], points=info["points"],
                   pages=pages)
        n = {s: sum(p["status"] == s for p in info["points"])
             for s in ("covered", "partial", "uncovered")}
        print(f"{name}: {len(info['points'])} points {n} plan pages {len(pages)}")


if __name__ == "__main__":
    main(sys.argv[1:])
