"""Build the twelfth blind batch of mandate/plan pairs under corpora/mandates-blind12/ and their gold.

Written on 2026-12-03 without reading plancheck's code, from how mandates are really delivered:
a Norwegian saksframlegg (Word to PDF) whose "Vedtak:" part gives its points lettered A. B. C.
and whose "Rådmannens vurdering" holds two requirements in prose; a nynorsk planprogram printed
from a planning system (reportlab) with "Planen skal belyse:" and typed "–" sub-bullets under
some numbered points; a Danish kommissorium printed from the intranet (Chromium) whose points are
the rows of a "Krav | Begrunnelse" table; a Swedish kommundirektiv (reportlab) with
"Utredaren ska …" paragraphs; and an English project brief (Word to PDF) with "Scope" and "Out of
scope" lists (out-of-scope items are no points). Plans answer in their own words, in an appendix
table, in the introduction, partly, only in passing, or by deferral; each trap is noted in the
gold.

    python corpora/mandates-blind12/make_pairs.py                  # all pairs
    python corpora/mandates-blind12/make_pairs.py simhall         # some pairs

Imports the eleventh batch's builder (corpora/mandates-blind11/make_pairs.py: P, chromium_pdf,
build_odfpy, build_rl_pdf, odf_language and, through the tenth … third batches, the first batch's
construction check) and the block and gold writer of corpora/mandates-blind/_build.py.
Everything is pinned (zip times, core properties, PDF dates/ids; reportlab with invariant=1), so
a rebuild gives the same files.
"""

from __future__ import annotations

import html as _h
import importlib.util
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import build_docx, docx_to_pdf, rendered_pages, write_gold  # noqa: E402
from _odf_helpers import freeze_zip  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b11 = _load("mandates_blind11_make_pairs", HERE.parent / "mandates-blind11" / "make_pairs.py")
P, chromium_pdf, build_odfpy, build_rl_pdf = (_b11.P, _b11.chromium_pdf, _b11.build_odfpy,
                                              _b11.build_rl_pdf)

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def joined(head: str, items: list[str]) -> str:
    """The gold text of a point with sub-bullets: the head (ending in ":") and the sub-bullets
    joined with "; " (the convention of batches 3, 5 and 10)."""
    return head + " " + "; ".join(items)


FOOTER_WORDS = {"nb": ("Side", "av"), "da": ("Side", "af"), "sv": ("Sida", "av"),
                "en": ("Page", "of")}


def footer_words(docx: Path, lang: str) -> Path:
    """The shared Word writer prints "Side n av m" in every footer; a Danish, Swedish or
    English Word document has its own words ("Side n af m", "Sida n av m", "Page n of m").
    Rewrite the footer's two text runs and pin the zip again."""
    page, of = FOOTER_WORDS[lang]
    with zipfile.ZipFile(docx) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(docx, "w") as zout:
        for name, data in members:
            if name.startswith("word/footer"):
                data = data.replace(b">Side </w:t>", f">{page} </w:t>".encode())
                data = data.replace(b"> av </w:t>", f"> {of} </w:t>".encode())
            zout.writestr(name, data)
    freeze_zip(docx)
    return docx


def build_docx_l(blocks: list[tuple], path: Path, *, word_lang: str, **kw) -> Path:
    """build_docx with the footer's page words in WORD_LANG."""
    build_docx(blocks, path, **kw)
    return footer_words(path, word_lang)


def build_pdf_l(blocks: list[tuple], pdf: Path, *, word_lang: str, **kw) -> Path:
    """A PDF exported from a Word document that is not kept, footer words in WORD_LANG."""
    with tempfile.TemporaryDirectory(prefix="mblind12-docx-") as tmp:
        docx = Path(tmp) / (pdf.stem + ".docx")
        build_docx_l(blocks, docx, word_lang=word_lang, **kw)
        return docx_to_pdf(docx, pdf)


def web_pdf(path: Path, *, title: str, nav: str, foot: str, blocks: list[tuple], lang: str,
            accent: str = "#1b5e20") -> Path:
    """A web page (intranet or the municipality's site) printed with headless Chromium:
    a navigation bar, headings, paragraphs, lists and grid tables, a footer line."""
    out = []
    for b in blocks:
        if b[0] in ("h2", "h3", "p"):
            out.append(f"<{b[0]}>{_h.escape(b[1])}</{b[0]}>")
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{_h.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "table":
            head = "".join(f"<th>{_h.escape(x)}</th>" for x in b[1])
            rows = "".join("<tr>" + "".join(f"<td>{_h.escape(c)}</td>" for c in r) + "</tr>"
                           for r in b[2])
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        elif b[0] == "break":
            out.append("<div style='break-after:page'></div>")
        else:
            raise ValueError(b[0])
    css = ("body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:10mm 18mm;color:#222}"
           f"nav{{background:{accent};color:#fff;padding:5px 10px;font-size:8.5pt}}"
           f"h1{{color:{accent};font-size:18pt}}h2{{color:{accent};font-size:13pt;margin-top:14px}}"
           "h3{font-size:11pt;margin:10px 0 2px}"
           "table{border-collapse:collapse;width:100%;font-size:9pt;margin:6px 0}"
           "th,td{border:1px solid #999;padding:3px 5px;text-align:left;vertical-align:top}"
           "th{background:#e8efe8}footer{margin-top:20px;font-size:8pt;color:#666;"
           "border-top:1px solid #ccc}")
    html = (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>"
            f"{_h.escape(title)}</title><style>{css}</style></head><body>"
            f"<nav>{_h.escape(nav)}</nav><h1>{_h.escape(title)}</h1>" + "".join(out)
            + f"<footer>{_h.escape(foot)}</footer></body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind12-web-") as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html, encoding="utf-8")
        chromium_pdf(src, path)
    return path


# =========================================================================== 1 skred (nb)


@pair
def skred(d: Path) -> dict:
    pts = [
        "gi en oversikt over kjente skredpunkter langs kommunale veger,",
        "vurdere skredfaren for bebyggelsen i Nordbygda og Hellevik,",
        "prioritere sikringstiltakene etter risiko og kostnad,",
        "beskrive hvordan kommunen skal søke om midler fra NVE og fylkeskommunen,",
        "omtale varsling og stenging av veger ved skredfare,",
        "vurdere omkjøringsmuligheter og beredskap for skolebarn som kan bli isolert,",
        "ta hensyn til klimaendringer med mer nedbør og flere flomskred,",
        "avklare ansvaret mellom kommunen og fylkeskommunen der et skredløp krysser både "
        "kommunal veg og fylkesveg,",
        "vurdere om skogen i skredløpene kan brukes som vern,",
        "gi en kostnadsoversikt for hele planperioden.",
    ]
    letters = [chr(65 + i) for i in range(len(pts))]
    s1 = "Grunneiere og beboere langs de utsatte vegene skal få uttale seg før planen vedtas."
    s2 = "Planen skal rulleres hvert fjerde år."
    m = [
        ("meta", "TJØRNVIK KOMMUNE · Saksframlegg · Arkivsak 27/311 · Saksbehandler: K. Lund"),
        ("meta", "Utvalg: Formannskapet 02.02.2027 / Kommunestyret 18.02.2027"),
        ("title", "Handlingsplan for skredsikring av kommunale veger – oppstart"),
        ("h2", "Rådmannens innstilling"),
        ("p", "Vedtak:"),
        ("p", "Kommunestyret ber rådmannen utarbeide en handlingsplan for skredsikring av "
              "kommunale veger for perioden 2028–2031. Planen skal"),
    ] + [("typed", f"{a}.", t, "\t", 8) for a, t in zip(letters, pts, strict=True)] + [
        ("h2", "Saksopplysninger"),
        ("p", "Tjørnvik har 14 kommunale veger med kjente skredhendelser. Skarvikvegen var stengt "
              "i til sammen 19 døgn i 2026. Kommunen har i dag ingen samlet oversikt over "
              "behovet for sikring."),
        ("h2", "Rådmannens vurdering"),
        ("p", "Rådmannen mener en samlet plan vil gi et bedre grunnlag for søknader om statlige "
              "midler. Arbeidet ledes av kommunalsjef for teknisk drift. " + s1 + " Det er ikke "
              "satt av egne midler til planarbeidet. " + s2),
    ]
    build_pdf_l(m, d / "saksframlegg.pdf", word_lang="nb", title="Saksframlegg – handlingsplan for skredsikring",
              author="Tjørnvik kommune", header="Tjørnvik kommune – saksframlegg 27/311")
    p = [
        ("p", "Vedtatt av kommunestyret 9. desember 2027 · Teknisk drift"),
        ("h2", "Om planen"),
        ("p", "Planen gjelder de kommunale vegene i Tjørnvik for årene 2028–2031. Utkastet ble "
              "sendt til alle husstander i Hellevik og langs Skarvikvegen, og det kom 23 "
              "uttalelser. Bevilgningene til tiltakene vurderes hvert år i budsjettet."),
        ("h2", "Hvor går rasene?"),
        ("p", "NVE har laget faresonekart for Nordbygda. Tolv boliger ligger i faresone for "
              "steinsprang med årlig sannsynlighet 1/1000, og to av dem får fangvoll i 2029."),
        ("p", "Høsten 2023 kom det 180 mm nedbør på to døgn, og da gikk det fire jordskred i "
              "Hellevik."),
        ("h2", "Rekkefølge"),
        ("p", "Tiltakene er rangert ut fra hvor ofte det går ras, hvor mange som kjører vegen, og "
              "hva tiltaket koster per sparte stengningsdøgn."),
        ("table", ["Tiltak", "Veg", "År", "Kostnad"],
         [["Fangvoll ved Storura", "Nordbygdvegen", "2028", "3,1 mill. kr"],
          ["Steinsprangnett", "Skarvikvegen", "2029", "2,4 mill. kr"],
          ["Fangvoll for to boliger", "Nordbygda", "2029", "1,6 mill. kr"],
          ["Grøfterensk og stikkrenner", "Hellevikvegen", "2030–2031", "Avklares i budsjett"]]),
        ("h2", "Når det er fare for ras"),
        ("p", "Når Varsom.no melder faregrad 3 eller høyere, stenger driftsavdelingen "
              "Skarvikvegen med bom og sender SMS til dem som bor innenfor."),
        ("p", "Fanghegnet i Skarvika ble bygd i 2019 med tilskudd fra NVE."),
        ("h2", "Hellevik"),
        ("p", "Når Hellevikvegen er stengt, går hurtigbåten fra Hellevik kai to ganger daglig, "
              "og helsestasjonen har et lager med medisiner og førstehjelpsutstyr."),
        ("h2", "Fylkesvegen og de kommunale vegene"),
        ("p", "Der et skredløp går over både fylkesveg og kommunal veg, lager de to vegeierne "
              "en felles tiltaksplan, og fylkeskommunen leder arbeidet."),
        ("h2", "Vernskog"),
        ("p", "Skogen over Skarvikvegen skal ikke flatehogges. Kommunen inngår avtaler med "
              "grunneierne om plukkhogst, slik at trærne fortsatt holder på steinen."),
        ("break",),
        ("h2", "Vedlegg 1 Registrerte hendelser 2015–2027"),
        ("table", ["Veg", "Sted", "Type", "Hendelser", "Sist"],
         [["Skarvikvegen", "Skarvika", "Steinsprang", "11", "2026"],
          ["Skarvikvegen", "Raudberget", "Steinsprang", "4", "2025"],
          ["Nordbygdvegen", "Storura", "Snøskred", "6", "2026"],
          ["Nordbygdvegen", "Litleura", "Snøskred", "2", "2021"],
          ["Hellevikvegen", "Helleviksvingen", "Jordskred", "4", "2023"],
          ["Hellevikvegen", "Bekkjarvik", "Flomskred", "1", "2023"],
          ["Kvernbakken", "Kvernhuset", "Jordskred", "1", "2019"],
          ["Øvre Tjørnvik", "Hammaren", "Steinsprang", "3", "2024"],
          ["Lidvegen", "Lidaskaret", "Snøskred", "2", "2020"],
          ["Setervegen", "Stølsbakken", "Snøskred", "1", "2018"],
          ["Fjordvegen", "Nesodden", "Steinsprang", "2", "2022"],
          ["Bruvegen", "Bruhaugen", "Jordskred", "1", "2017"],
          ["Åsvegen", "Åsberget", "Steinsprang", "2", "2024"],
          ["Tindvegen", "Tindeura", "Snøskred", "3", "2026"]]),
    ]
    web_pdf(d / "plan.pdf", title="Handlingsplan for skredsikring 2028–2031", nav="Tjørnvik "
            "kommune · Planer og strategier · Veg og trafikk", foot="tjornvik.kommune.no · Sist "
            "oppdatert 10.12.2027", blocks=p, lang="nb")
    t = [x.rstrip(",.") for x in pts]  # the gold leaves out the comma and the full stop
    g = [
        P("A", t[0], "content", "covered", ev="Veg Sted Type Hendelser Sist",
          trap="a point lettered 'A.⇥' in the 'Vedtak:' part of a saksframlegg (the comma that "
          "ends each lettered item left out, as blind10 fordon); answered only in an appendix "
          "table on its own page, in other words ('Registrerte hendelser' for kjente "
          "skredpunkter)"),
        P("B", t[1], "content", "partial", ev="NVE har laget faresonekart for Nordbygda",
          missing=["faresonekart for Hellevik"],
          trap="Nordbygda answered; Hellevik only in a sentence on past slides"),
        P("C", t[2], "content", "covered", ev="Tiltakene er rangert ut fra",
          trap="answered in other words under 'Rekkefølge' (rangert for prioritere, 'hva "
          "tiltaket koster per sparte stengningsdøgn' for risiko og kostnad)"),
        P("D", t[3], "content", "uncovered",
          trap="shared words: 'Fanghegnet i Skarvika ble bygd i 2019 med tilskudd fra NVE' is "
          "history, not how to apply"),
        P("E", t[4], "content", "covered", ev="Når Varsom.no melder faregrad 3",
          trap="answered in other words (faregrad, bom, SMS)"),
        P("F", t[5], "content", "partial", ev="Når Hellevikvegen er stengt",
          missing=["skoleskyss og tilsyn med skolebarna når vegen er stengt"],
          trap="the hurtigbåt is the omkjøring and the helsestasjon's stock is beredskap; the "
          "schoolchildren are not named"),
        P("G", t[6], "content", "uncovered",
          trap="shared words: 'Høsten 2023 kom det 180 mm nedbør …' is a past event; no "
          "consideration of a wetter climate"),
        P("H", t[7], "content", "covered", ev="Der et skredløp går over både fylkesveg",
          trap="answered nearly word for word in the plan's own phrasing"),
        P("I", t[8], "content", "covered", ev="Skogen over Skarvikvegen skal ikke flatehogges",
          trap="answered in other words under 'Vernskog' (plukkhogst, 'trærne … holder på "
          "steinen')"),
        P("J", t[9], "deliverable", "partial", ev="Tiltak Veg År Kostnad",
          missing=["kostnad for 2030–2031"],
          trap="costs in the measure table for 2028–2029 only; the last row says 'Avklares i "
          "budsjett'"),
        P("S1", s1, "process", "partial", ev="Planen gjelder de kommunale vegene",
          missing=["grunneierne"],
          trap="a requirement in the prose of 'Rådmannens vurdering', around sentences that are "
          "none ('Arbeidet ledes av …', 'Det er ikke satt av egne midler …'); the draft went to "
          "the husstander, the landowners are not named"),
        P("S2", s2, "process", "uncovered",
          trap="shared idea, not covering: 'Bevilgningene … vurderes hvert år i budsjettet' is "
          "the yearly budget, not a revision of the plan"),
    ]
    return dict(language="nb", mandate="saksframlegg.pdf", plan="plan.pdf",
                producer="saksframlegg PDF (Word export): 'Rådmannens innstilling' with 'Vedtak:' "
                "and ten points typed 'A.⇥' … 'J.⇥' after '… Planen skal', 'Saksopplysninger' "
                "that hold none, two requirements in the prose of 'Rådmannens vurdering' around "
                "sentences that are none; plan a web page printed with Chromium, with a table of "
                "measures", points=g)


# =========================================================================== 2 masse (nn)


@pair
def masse(d: Path) -> dict:
    heads = [
        ("behovet for mottak av overskotsmassar fram mot 2040", []),
        ("kva massar som kan gjenbrukast, mellom anna:",
         ["stein til vegbygging", "matjord til jordbruk", "leire og silt"]),
        ("lokalisering av nye mottaksplassar", []),
        ("konsekvensar for naturmangfaldet, mellom anna:",
         ["myr og våtmark", "raudlista artar", "vassdrag"]),
        ("trafikk og støy for naboane til mottaka", []),
        ("krav til sporing og dokumentasjon av massane", []),
        ("handtering av forureina massar", []),
        ("samarbeid med nabokommunane om felles mottak", []),
        ("gebyr og økonomi, mellom anna:",
         ["mottaksgebyr", "kostnad ved etablering", "kven som skal drive mottaka"]),
        ("mellombels lagring av massar på byggjeplassar", []),
    ]
    s1 = "Planforslaget skal leggjast ut til offentleg ettersyn i minst seks veker."
    s2 = "Entreprenørar og landbruksnæringa skal involverast gjennom eigne møte."
    m = [
        ("meta", "Lysefjell kommune · Plan og utvikling · PlanID 4620-2027-03"),
        ("title", "Planprogram for kommunedelplan for massehandtering"),
        ("meta", "Fastsett av formannskapet 14.04.2027, sak 31/27"),
        ("h1", "1 Bakgrunn"),
        ("p", "Det manglar godkjende mottak for overskotsmassar i Lysefjell, og mykje stein og "
              "jord blir i dag køyrd ut av kommunen."),
        ("h1", "2 Kva planen skal svare på"),
        ("p", "Planen skal belyse:"),
    ]
    for i, (h, subs) in enumerate(heads, start=1):
        m.append(("p", f"{i}. {h}"))
        m += [("p", "&nbsp;" * 6 + f"\u2013 {s}") for s in subs]  # typed, indented by spaces
    m += [
        ("h1", "3 Medverknad og framdrift"),
        ("p", "Planprogrammet har vore på høyring, og innspela er samla i vedlegget. " + s1 + " "
              + s2 + " Kommunestyret skal handsame planen i 2028."),
    ]
    build_rl_pdf(d / "planprogram.pdf", title="Planprogram – kommunedelplan for massehandtering",
                 author="Lysefjell kommune", creator="Plansystem", running="Lysefjell kommune – "
                 "planprogram for kommunedelplan for massehandtering", blocks=m)
    p = [
        ("title", "Kommunedelplan for massehandtering 2028–2040"),
        ("meta", "Lysefjell kommune · Planomtale · Vedteken av kommunestyret 11.12.2028"),
        ("h1", "1 Innleiing"),
        ("p", "Planforslaget låg ute til offentleg ettersyn frå 3. mars til 21. april 2028. Vi "
              "hadde møte med entreprenørane i kommunen i mars, og alle kunne kome med innspel "
              "på nettsida."),
        ("h1", "2 Kor mykje massar?"),
        ("p", "Vi reknar med om lag 45 000 m³ rein jord og stein i året frå vegar, bustadfelt og "
              "hyttefelt, og mest i åra 2029–2033 når E16 blir bygd om."),
        ("h1", "3 Ombruk"),
        ("p", "Sprengstein blir knust til pukk og nytta i vegar og bustadfelt. Matjordlaget skal "
              "flyttast til jordbruksareal som treng betring, etter avtale med landbrukskontoret."),
        ("h1", "4 Nye deponi"),
        ("p", "Kvernhusmyra og Steinsland blir sette av til deponi for reine massar. Steinsland "
              "ligg 300 meter frå næraste nabo."),
        ("p", "Kvernhusmyra er ei grøfta myr, og torva blir teken vare på og lagd tilbake når "
              "deponiet er fullt. Det vart ikkje funne raudlista artar på nokon av stadene."),
        ("h1", "5 Kvar går lasset?"),
        ("p", "Alle lass skal registrerast med vekt, opphavsstad og mottakar i det digitale "
              "massesystemet, og byggherren får ein kvittering for kvart lass."),
        ("h1", "6 Forureina massar"),
        ("p", "Dette blir omtala i ein eigen rettleiar frå Statsforvaltaren."),
        ("h1", "7 Vassbygd"),
        ("p", "Lysefjell og Vassbygd har inngått avtale om at reine massar frå begge kommunane "
              "kan leverast på Steinsland og på Vassbygd sitt deponi på Holmen."),
        ("h1", "8 Drift og pris"),
        ("p", "Lysefjell Næringsselskap skal drive deponia. Prisane står i tabellen."),
        ("table", ["Massetype", "Pris per tonn"],
         [["Rein jord", "45 kr"], ["Stein og fjell", "30 kr"], ["Matjord", "0 kr"]], [80, 50]),
        ("p", "Lyse kai har i dag eit mellombels lager for grus og pukk."),
    ]
    build_odfpy(p, d / "plan.odt", title="Kommunedelplan for massehandtering 2028–2040", lang="nn")
    t = [joined(h, s) if s else h for h, s in heads]
    g = [
        P("1", t[0], "content", "covered", ev="Vi reknar med om lag 45 000",
          trap="a numbered point typed '1. ' after 'Planen skal belyse:' in a planprogram "
          "printed from a planning system; answered in other words (45 000 m³ i året)"),
        P("2", t[1], "content", "partial", ev="Sprengstein blir knust til pukk",
          missing=["leire og silt"],
          trap="a point with three typed '–' sub-bullets (not points of their own; the text is "
          "the head and the sub-bullets joined); sprengstein/pukk and matjordlaget answered in "
          "other words, leire and silt not"),
        P("3", t[2], "content", "covered", ev="Kvernhusmyra og Steinsland blir sette av",
          trap="answered in other words (deponi for mottaksplass)"),
        P("4", t[3], "content", "partial", ev="Kvernhusmyra er ei grøfta myr",
          missing=["verknad for elvar og bekkar"],
          trap="sub-bullets: myr and raudlista artar answered, vassdrag not"),
        P("5", t[4], "content", "uncovered",
          trap="shared words only: 'Steinsland ligg 300 meter frå næraste nabo' is a fact; no "
          "assessment of traffic or noise"),
        P("6", t[5], "content", "covered", ev="Alle lass skal registrerast",
          trap="answered in other words under 'Kvar går lasset?' (registrerast, kvittering)"),
        P("7", t[6], "content", "uncovered",
          trap="a heading that names the topic ('Forureina massar') and defers it to a guide "
          "from the Statsforvaltar"),
        P("8", t[7], "content", "covered", ev="Lysefjell og Vassbygd har inngått avtale",
          trap="answered in other words (avtale with Vassbygd; 'nabokommunane' not used)"),
        P("9", t[8], "content", "partial", ev="Lysefjell Næringsselskap skal drive deponia",
          missing=["kva det kostar å etablere deponia"],
          trap="sub-bullets: prices per tonne in a table and the operator answered; no "
          "establishment cost"),
        P("10", t[9], "content", "uncovered",
          trap="shared words: 'Lyse kai har i dag eit mellombels lager for grus og pukk' is a "
          "fact about the quay; nothing on storage at building sites"),
        P("S1", s1, "process", "covered", ev="Planforslaget låg ute til offentleg ettersyn",
          trap="a requirement in the prose of 'Medverknad og framdrift'; met in the "
          "introduction (3 March – 21 April, seven weeks)"),
        P("S2", s2, "process", "partial", ev="Planforslaget låg ute til offentleg ettersyn",
          missing=["møte med bøndene"],
          trap="a meeting with the entreprenørar in the introduction; farming is not named "
          "(the landbrukskontor under 'Ombruk' is about matjord, not involvement); "
          "'Kommunestyret skal handsame planen i 2028' is no point"),
    ]
    return dict(language="nn", mandate="planprogram.pdf", plan="plan.odt",
                producer="planprogram printed from a planning system (reportlab): ten points typed "
                "'1. ' … '10. ' after 'Planen skal belyse:', three of them with typed '–' "
                "sub-bullets, two requirements in 'Medverknad og framdrift' around sentences that "
                "are none; plan .odt written with odfpy (kept as .odt) with a price table",
                points=g)


# =========================================================================== 3 legeplads (da)


def _playgrounds() -> list[list[str]]:
    """Bilag 1: the 64 playgrounds, one row each (a fixed pattern, so the rebuild is the same):
    seven are removed (Mosevej among them), Byparken is rebuilt."""
    streets = ["Byparken", "Skovvej", "Mosevej", "Kirkestien", "Engvej", "Lærkevej", "Bøgealle",
               "Møllevej", "Stationsvej", "Toften", "Vibevej", "Hyldevej", "Rosenhaven",
               "Kløvermarken", "Solsikkevej", "Åbrinken"]
    towns = ["Egeby by", "Nørremark", "Tolstrup", "Egeby by"]
    stand = ["God", "Middel", "Dårlig", "Middel", "God"]
    rows = []
    for i in range(64):
        name = streets[i % 16] + ("" if i < 16 else f" {i // 16 + 1}")
        st = stand[i % 5]
        plan = "Bevares" if st != "Dårlig" else "Renoveres"
        if i in (2, 9, 17, 26, 38, 47, 59):
            plan = "Fjernes"
        rows.append([name, towns[(i // 4) % 4], st, plan])
    rows[0][3] = "Ombygges 2029"
    return rows


@pair
def legeplads(d: Path) -> dict:
    rows = [
        ("Strategien skal indeholde en registrering af alle kommunens 64 legepladser.",
         "Vi mangler et samlet overblik over stand og udstyr."),
        ("Legepladserne skal efterses efter gældende sikkerhedsstandard.",
         "Kravene i DS/EN 1176 skal overholdes."),
        ("Der skal være en legeplads inden for 500 meter af alle boliger med børnefamilier.",
         "Målet står i Egeby Kommunes Børne- og Ungepolitik."),
        ("Mindst én legeplads i hver bydel skal være tilgængelig for børn i kørestol.",
         "Handicaprådet har peget på manglen."),
        ("Strategien skal tage stilling til, hvilke legepladser der kan nedlægges.",
         "Flere små legepladser bruges næsten ikke."),
        ("Børn og forældre skal inddrages i udformningen af nye legepladser.",
         "Brugerne kender deres behov bedst."),
        ("Natur og beplantning skal indgå som legeelementer.",
         "Naturlegepladser er billigere i drift."),
        ("Strategien skal angive et årligt budget til vedligeholdelse.",
         "Driften har været underfinansieret."),
        ("Skygge og drikkevand på de større legepladser skal vurderes.",
         "Sundhedsstyrelsen anbefaler skygge."),
        ("Samarbejdet med boligforeningerne om deres legepladser skal beskrives.",
         "En tredjedel af legepladserne ejes af boligforeninger."),
        ("Strategien skal evalueres efter fire år.", "Behovene ændrer sig med bydelene."),
    ]
    s1 = "Strategien skal forelægges Teknik- og Miljøudvalget inden udgangen af juni 2028."
    blocks = [
        ("p", "Kommissorium · Teknik og Miljø · J.nr. 27/4410 · Godkendt af direktionen 9. marts "
              "2027"),
        ("h2", "Baggrund"),
        ("p", "Egeby Kommune driver 64 legepladser. Mange blev bygget i 1970'erne, og flere har "
              "udstyr, der skal udskiftes."),
        ("h2", "Krav til strategien"),
        ("table", ["Krav", "Begrunnelse"], [list(r) for r in rows]),
        ("h2", "Organisering"),
        ("p", "Arbejdet ledes af Park og Vej. " + s1 + " Der nedsættes en følgegruppe med en "
              "repræsentant fra hver bydel."),
    ]
    web_pdf(d / "kommissorium.pdf", title="Kommissorium for legepladsstrategi", nav="Egeby "
            "Kommune · Intranet · Teknik og Miljø · Kommissorier", foot="Udskrevet fra intranettet "
            "· Egeby Kommune, Rådhuspladsen 1", blocks=blocks, lang="da", accent="#8a3b12")
    p = [
        ("title", "Legepladsstrategi 2028–2035"),
        ("meta", "Egeby Kommune · Park og Vej · Vedtaget af Kultur- og Fritidsudvalget "
                 "12. september 2028"),
        ("h1", "1 Indledning"),
        ("p", "Strategien gælder 2028–2035, og vi gør status efter de første fire år. Elever fra "
              "3. klasse på Egeby Skole og Nørremark Skole har tegnet deres drømmelegeplads, og "
              "tegningerne er brugt i skitserne til de nye legepladser."),
        ("h1", "2 Sikkerhed"),
        ("p", "En certificeret legepladsinspektør gennemgår alle legepladser én gang om året, og "
              "Park og Vej ser efter hver måned fra april til oktober."),
        ("h1", "3 Afstand til en legeplads"),
        ("p", "Kortet viser, at alle boliger i Egeby by og Nørremark har under 500 meter til en "
              "legeplads."),
        ("h1", "4 Færre, men bedre"),
        ("p", "Syv små legepladser med meget lidt brug fjernes, og arealerne bliver til græs og "
              "blomstereng."),
        ("p", "Legepladsen i Byparken ligger tæt på naturområdet Egeby Mose."),
        ("h1", "5 For alle børn"),
        ("p", "Legepladsen i Byparken bygges om i 2029 med gummibelægning, en karrusel i "
              "niveau med jorden og en bred gynge, så børn i kørestol kan være med."),
        ("h1", "6 Drift"),
        ("p", "Driftsbudgettet hæves fra 1,4 til 1,8 mio. kr. om året fra 2029. Der plantes træer "
              "ved de fem største legepladser, så der bliver skygge om sommeren."),
        ("p", "Boligforeningen Egebo har selv bygget en ny legeplads i 2026."),
        ("break",),
        ("h1", "Bilag 1 Legepladserne"),
        ("table", ["Legeplads", "Bydel", "Stand", "Plan"], _playgrounds(), [45, 35, 30, 45]),
    ]
    build_pdf_l(p, d / "plan.pdf", word_lang="da", title="Legepladsstrategi 2028–2035", author="Egeby Kommune",
              header="Egeby Kommune – legepladsstrategi", lang="da-DK")
    t = [r[0] for r in rows]
    g = [
        P("1", t[0], "deliverable", "covered", ev="Legeplads Bydel Stand Plan",
          trap="a row of a 'Krav | Begrunnelse' table printed from the intranet (the text is the "
          "Krav cell; the Begrunnelse cell is no part of it); answered only in the appendix "
          "table (Bilag 1), in other words (Stand for registrering)"),
        P("2", t[1], "content", "covered", ev="En certificeret legepladsinspektør",
          trap="answered in other words (certificeret inspektør, monthly checks); the standard "
          "is named only in the Begrunnelse cell"),
        P("3", t[2], "content", "partial", ev="Kortet viser, at alle boliger i Egeby by",
          missing=["afstanden i landsbyerne"],
          trap="the distance is shown for Egeby by and Nørremark only; Tolstrup is not"),
        P("4", t[3], "content", "partial", ev="Legepladsen i Byparken bygges om",
          missing=["tilgængelige legepladser i de andre bydele"],
          trap="answered in other words for Byparken only (karrusel i niveau, 'børn i kørestol')"),
        P("5", t[4], "content", "covered", ev="Syv små legepladser med meget lidt brug",
          trap="answered in other words (fjernes for nedlægges)"),
        P("6", t[5], "process", "partial", ev="Strategien gælder 2028–2035",
          missing=["forældrene"],
          trap="answered in the introduction: schoolchildren drew their playgrounds; the "
          "parents are not named"),
        P("7", t[6], "content", "uncovered",
          trap="shared words: 'Legepladsen i Byparken ligger tæt på naturområdet Egeby Mose' is "
          "a location; no natural play elements; the blomstereng is on removed playgrounds"),
        P("8", t[7], "content", "covered", ev="Driftsbudgettet hæves fra 1,4",
          trap="answered in other words (driftsbudget for vedligeholdelse)"),
        P("9", t[8], "content", "partial", ev="Driftsbudgettet hæves fra 1,4",
          missing=["drikkevandsposter"],
          trap="shade by planting trees is answered under 'Drift'; drinking water is not"),
        P("10", t[9], "content", "uncovered",
          trap="shared words: 'Boligforeningen Egebo har selv bygget …' is a fact, no "
          "cooperation is described"),
        P("11", t[10], "process", "covered", ev="Strategien gælder 2028–2035",
          trap="answered in the introduction in other words ('gør status efter de første fire "
          "år')"),
        P("S1", s1, "process", "uncovered",
          trap="a requirement in the prose after the table, around sentences that are none "
          "('Arbejdet ledes af Park og Vej', the følgegruppe); the plan was adopted by "
          "Kultur- og Fritidsudvalget in September 2028: the wrong committee and too late"),
    ]
    return dict(language="da", mandate="kommissorium.pdf", plan="plan.pdf",
                producer="kommissorium printed from the intranet (Chromium): eleven points as rows "
                "of a 'Krav | Begrunnelse' table, one requirement in 'Organisering' around "
                "sentences that are none; plan PDF (Word export) with 'Bilag 1' table",
                points=g)


# =========================================================================== 4 simhall (sv)


@pair
def simhall(d: Path) -> dict:
    ska = [
        "Utredaren ska beskriva behovet av bassängtid för skolornas simundervisning, "
        "föreningarna och allmänheten.",
        "Utredaren ska jämföra en renovering av den befintliga simhallen med en nybyggnad.",
        "Utredaren ska föreslå en lokalisering och redovisa hur platsen nås med kollektivtrafik "
        "och cykel.",
        "Utredaren ska redovisa investerings- och driftkostnader för alternativen.",
        "Utredaren ska pröva om simhallen kan drivas i samverkan med Östra Lunds kommun.",
        "Utredaren ska redovisa hur anläggningen kan minska sin energianvändning.",
        "Utredaren ska beskriva hur anläggningen görs tillgänglig för personer med "
        "funktionsnedsättning.",
        "Utredaren ska föreslå en tidplan fram till invigning.",
        "Utredaren ska belysa konsekvenserna för personalen under byggtiden.",
        "Utredaren ska redovisa möjligheterna att få statliga eller regionala bidrag.",
        "Utredaren ska samråda med Kvarnby simsällskap och Funktionsrättsrådet.",
        "Utredaren ska redovisa uppdraget till kommunstyrelsen senast den 30 november 2028.",
    ]
    m = [
        ("meta", "KVARNBY KOMMUN · Kommunledningskontoret · Dnr KS 2027/212"),
        ("title", "Kommundirektiv: Utredning om simhall"),
        ("meta", "Beslutat av kommunstyrelsen den 7 april 2027, § 58"),
        ("h1", "Bakgrund"),
        ("p", "Kvarnbybadet byggdes 1972 och har stora brister i ventilation och bassängteknik. "
              "Kommunstyrelsen har därför beslutat att tillsätta en utredning."),
        ("h1", "Uppdraget"),
    ] + [("p", s) for s in ska[:5]] + [
        ("p", "Utredaren får anlita extern expertis inom ramen för budgeten."),
    ] + [("p", s) for s in ska[5:10]] + [
        ("h1", "Samråd och redovisning"),
    ] + [("p", s) for s in ska[10:]] + [
        ("p", "Utredningen leds av fritidschefen."),
    ]
    build_rl_pdf(d / "direktiv.pdf", title="Kommundirektiv – utredning om simhall",
                 author="Kvarnby kommun", creator="Ärendesystem", running="Kvarnby kommun – "
                 "kommundirektiv KS 2027/212", blocks=m, page_word="Sida")
    p = [
        ("title", "Ett nytt bad för Kvarnby"),
        ("meta", "Utredning om simhall · Kvarnby kommun · Fritidsförvaltningen"),
        ("h1", "1 Inledning"),
        ("p", "Utredningen överlämnades till kommunstyrelsen den 14 november 2028. Vi har haft "
              "tre möten med Kvarnby simsällskap under arbetet."),
        ("h1", "2 Hur mycket vattentid behövs?"),
        ("p", "Skolorna behöver 22 timmar i veckan för simundervisning och föreningarna 18 "
              "timmar, vilket är dubbelt så mycket som Kvarnbybadet kan erbjuda i dag."),
        ("p", "Många i Östra Lund badar redan i Kvarnbybadet."),
        ("h1", "3 Bygga om eller bygga nytt"),
        ("p", "Två alternativ har studerats: att bygga om Kvarnbybadet eller att bygga ett nytt "
              "bad vid Sandvallen. Vi föreslår ett nytt bad vid Sandvallen, eftersom en "
              "ombyggnad ger en mindre bassäng och badet måste stänga i två år."),
        ("p", "Sandvallen ligger vid hållplatsen för busslinje 3 och 12."),
        ("h1", "4 Energi"),
        ("p", "Värmeåtervinning ur duschvatten och ventilationsluft och solceller på taket "
              "halverar den köpta energin jämfört med dagens bad."),
        ("h1", "5 Alla ska kunna bada"),
        ("p", "Det nya badet får lyft vid alla bassänger, ramp ner i undervisningsbassängen och "
              "omklädningsrum där en assistent av annat kön kan följa med."),
        ("h1", "6 Tidplan och personal"),
        ("p", "Byggstart kan ske tidigast 2030, efter detaljplan och upphandling."),
        ("p", "Personalfrågorna hanteras av HR-avdelningen i ett senare skede."),
        ("p", "Kvarnbybadet byggdes 1972 med statligt bidrag."),
        ("break",),
        ("h1", "Bilaga 1 Kalkyl"),
        ("table", ["Post", "Ombyggnad", "Nybyggnad"],
         [["Investering", "210 mnkr", "285 mnkr"],
          ["Drift per år, netto", "14,5 mnkr", "11,0 mnkr"],
          ["Kapitalkostnad per år", "9,8 mnkr", "13,2 mnkr"]], [60, 45, 45]),
    ]
    build_docx_l(p, d / "plan.docx", word_lang="sv", title="Ett nytt bad för Kvarnby", author="Kvarnby kommun",
               header="Kvarnby kommun – utredning om simhall", lang="sv-SE")
    t = ska
    g = [
        P("1", t[0], "content", "partial", ev="Skolorna behöver 22 timmar",
          missing=["tider för motionssim och familjebad"],
          trap="a paragraph 'Utredaren ska …' of a kommundirektiv (no marker: numbered by "
          "position; 'Utredaren får anlita …' and 'Utredningen leds av …' are no points); "
          "schools and clubs answered in hours (vattentid for bassängtid), the public not"),
        P("2", t[1], "content", "covered", ev="Två alternativ har studerats",
          trap="answered in other words (bygga om / bygga nytt)"),
        P("3", t[2], "content", "partial", ev="Sandvallen ligger vid hållplatsen",
          missing=["cykelvägar till Sandvallen"],
          trap="a site is proposed and the bus lines named; cycling is not"),
        P("4", t[3], "content", "covered", ev="Post Ombyggnad Nybyggnad",
          trap="answered only in the appendix table (Bilaga 1 Kalkyl), in other words "
          "(Investering, Drift per år)"),
        P("5", t[4], "content", "uncovered",
          trap="shared words: 'Många i Östra Lund badar redan i Kvarnbybadet' is a fact, no "
          "assessment of joint operation"),
        P("6", t[5], "content", "covered", ev="Värmeåtervinning ur duschvatten",
          trap="answered in other words under 'Energi' (halverar den köpta energin)"),
        P("7", t[6], "content", "covered", ev="Det nya badet får lyft",
          trap="answered in other words under 'Alla ska kunna bada' (lyft, ramp, assistent); "
          "'tillgänglig' and 'funktionsnedsättning' are not used"),
        P("8", t[7], "deliverable", "partial", ev="Byggstart kan ske tidigast 2030",
          missing=["när badet kan öppna"],
          trap="a heading 'Tidplan och personal' gives the earliest start only"),
        P("9", t[8], "content", "uncovered",
          trap="under a heading that names the topic ('… och personal') the question is "
          "deferred to HR 'i ett senare skede'"),
        P("10", t[9], "content", "uncovered",
          trap="shared words: 'Kvarnbybadet byggdes 1972 med statligt bidrag' is history"),
        P("11", t[10], "process", "partial", ev="Utredningen överlämnades till kommunstyrelsen",
          missing=["Funktionsrättsrådet"],
          trap="answered in the introduction for the swimming club only"),
        P("12", t[11], "process", "covered", ev="Utredningen överlämnades till kommunstyrelsen",
          trap="answered in the introduction (delivered 14 November 2028, before the deadline)"),
    ]
    return dict(language="sv", mandate="direktiv.pdf", plan="plan.docx",
                producer="kommundirektiv printed from a case system (reportlab): twelve paragraphs "
                "'Utredaren ska …' under 'Uppdraget' and 'Samråd och redovisning', with "
                "paragraphs that are none ('Utredaren får …', 'Utredningen leds av …'); plan "
                ".docx (kept) with 'Bilaga 1 Kalkyl' on its own page", points=g)


# =========================================================================== 5 markets (en)


@pair
def markets(d: Path) -> dict:
    scope = [
        "assess footfall and trader numbers at the Tuesday and Saturday markets",
        "compare pitch fees with those charged by neighbouring councils",
        "identify the barriers facing new and young traders",
        "review the market's layout, electricity supply and storage",
        "consider moving the Saturday market to Church Square",
        "set out options for an evening or themed market",
        "consider how the market can reduce waste and single-use plastics",
        "propose how the market should be managed in future, including whether an external "
        "operator should run it",
        "engage with the Fenwick Market Traders' Association throughout the review",
        "assess the market's contribution to the town centre economy",
    ]
    out = [
        "the indoor Market Hall, which is covered by a separate lease review",
        "the annual Fenwick Food Festival",
        "car parking charges in the town centre",
    ]
    s1 = "The final report must be presented to the Economy and Regeneration Committee by March 2029."
    s2 = "A public survey must be carried out before any recommendations are made."
    m = [
        ("meta", "Fenwick District Council · Economic Development · Project brief"),
        ("title", "Review of Fenwick Outdoor Markets"),
        ("meta", "Version 1.2 · Approved by the Head of Economy, 3 May 2028"),
        ("h1", "1 Background"),
        ("p", "Fenwick's charter market has been held on Tuesdays and Saturdays since 1284. Stall "
              "numbers have fallen from 70 in 2015 to 38 in 2027."),
        ("h1", "2 Scope"),
        ("p", "The review will:"),
        ("bullets", scope),
        ("h1", "3 Out of scope"),
        ("bullets", out),
        ("h1", "4 Timescale and governance"),
        ("p", "The project is sponsored by the Head of Economy. " + s1 + " " + s2
              + " The project board meets every six weeks."),
    ]
    build_pdf_l(m, d / "brief.pdf", word_lang="en", title="Project brief – review of outdoor markets",
              author="Fenwick District Council", header="Fenwick District Council – project brief",
              lang="en-GB")
    p = [
        ("title", "Fenwick Markets: the next ten years"),
        ("meta", "Outdoor markets review · Approved by the Economy and Regeneration Committee, "
                 "12 March 2029"),
        ("h1", "1 Introduction"),
        ("p", "The project team met the Fenwick Market Traders' Association four times between "
              "June 2028 and January 2029. The council's residents' survey in 2027 found that "
              "61 per cent of residents visit the market at least once a month."),
        ("p", "The Market Hall lease review is reported separately."),
        ("h1", "2 Who comes and who sells"),
        ("p", "Counts on four Tuesdays and four Saturdays in June and October 2028 found an "
              "average of 2,900 visitors on a Tuesday and 5,400 on a Saturday, with 31 and 44 "
              "stalls."),
        ("h1", "3 Getting started"),
        ("p", "From April 2029 a starter stall scheme offers traders under 25 their first six "
              "Saturdays free, with a gazebo and table lent by the council."),
        ("h1", "4 The market place"),
        ("p", "Stalls will be set out in two rows facing each other, leaving a clear route for "
              "emergency vehicles, and six new power bollards will be fitted in 2029."),
        ("p", "Church Square hosts the Christmas lights switch-on each November."),
        ("h1", "5 New markets"),
        ("p", "Four Friday night food markets will be trialled in the summer of 2029, and a "
              "craft market on the first Sunday of each month if enough traders sign up."),
        ("h1", "6 Waste"),
        ("p", "Traders will sort cardboard and food waste into bins provided by the council, and "
              "the litter pick after the Saturday market moves to 4 pm."),
        ("h1", "7 Running the market"),
        ("p", "The council will keep running the market itself. A private operator was "
              "considered, but the soft market test drew only one interested company."),
        ("p", "The town centre has 18 empty shops, up from 11 in 2020."),
        ("break",),
        ("h1", "Appendix B – Pitch fees compared"),
        ("table", ["Council", "Saturday pitch (3 m)", "Tuesday pitch (3 m)"],
         [["Fenwick", "£32", "£22"], ["Harlow Vale", "£28", "£20"], ["Sedgefield Borough", "£35",
                                                                      "£25"]], [50, 50, 50]),
    ]
    build_rl_pdf(d / "plan.pdf", title="Fenwick Markets: the next ten years",
                 author="Fenwick District Council", creator="Adobe InDesign", running="Fenwick "
                 "District Council – outdoor markets review", blocks=p, page_word="Page")
    t = scope
    g = [
        P("1", t[0], "content", "covered", ev="Counts on four Tuesdays and four Saturdays",
          trap="a Word bullet under 'Scope' after 'The review will:' (the three bullets under "
          "'Out of scope' are no points); answered in other words (visitors, stalls)"),
        P("2", t[1], "content", "covered", ev="Council Saturday pitch (3 m)",
          trap="answered only in an appendix table on its own page"),
        P("3", t[2], "content", "partial", ev="From April 2029 a starter stall scheme",
          missing=["what holds new traders back"],
          trap="a starter scheme for traders under 25 is a measure; the barriers are not "
          "identified, and new traders over 25 are not named"),
        P("4", t[3], "content", "partial", ev="Stalls will be set out in two rows",
          missing=["storage for stalls and gazebos"],
          trap="layout and power bollards (other words for electricity supply) answered"),
        P("5", t[4], "content", "uncovered",
          trap="shared words: 'Church Square hosts the Christmas lights switch-on' does not "
          "consider the move"),
        P("6", t[5], "content", "covered", ev="Four Friday night food markets",
          trap="answered in other words (Friday night food markets, craft market)"),
        P("7", t[6], "content", "partial", ev="Traders will sort cardboard and food waste",
          missing=["reusable cups and packaging"],
          trap="waste sorting answered; single-use plastics are not"),
        P("8", t[7], "content", "covered", ev="The council will keep running the market",
          trap="answered in other words (private operator, soft market test)"),
        P("9", t[8], "process", "covered", ev="The project team met the Fenwick Market",
          trap="answered in the introduction (four meetings June 2028 – January 2029)"),
        P("10", t[9], "content", "uncovered",
          trap="shared words: 'The town centre has 18 empty shops' is a fact about shops, not "
          "the market's contribution"),
        P("S1", s1, "process", "covered", ev="Outdoor markets review · Approved by the Economy",
          trap="a requirement in the prose of 'Timescale and governance' around sentences that "
          "are none; met in the plan's meta line (approved 12 March 2029)"),
        P("S2", s2, "process", "uncovered",
          trap="shared words: the plan cites 'the council's residents' survey in 2027', an "
          "existing survey from before the review, not one carried out for it"),
    ]
    return dict(language="en", mandate="brief.pdf", plan="plan.pdf",
                producer="project brief PDF (Word export): ten Word bullets under 'Scope' after "
                "'The review will:', three bullets under 'Out of scope' that are no points, two "
                "requirements in 'Timescale and governance' around sentences that are none; plan "
                "laid out with reportlab, appendix table on its own page", points=g)


# =========================================================================== main


def check_points_in_mandate(d: Path, mandate: str, points: list[dict]) -> None:
    """Construction check: every point's text (each part between "; " and ": ") is printed in
    the mandate. As the first batch's check, but the text is read by poppler's pdftotext in
    reading order, since pdfplumber's line-by-line text interleaves the two cells of a
    "Krav | Begrunnelse" row whose Krav wraps (legeplads)."""
    raw = subprocess.run(["pdftotext", str(d / mandate), "-"], check=True, capture_output=True,
                         text=True).stdout
    lines = [ln.strip() for ln in raw.splitlines()]
    text = "\n".join(ln for ln in lines if not re.fullmatch(r"(Side|Sida|Page) \d+", ln))
    flat = " ".join(re.sub(r"(?<=\w)-\s*\n(?=\w)", "-", text).split()).lower()
    for pt in points:
        for part in re.split(r"; |: ", pt["text"]):
            want = " ".join(part.split()).lower()
            if want not in flat:
                raise SystemExit(f"{d.name}: point {pt['number']} not printed: {want!r}")



def main(argv: list[str]) -> None:
    check = check_points_in_mandate
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        check(d, info["mandate"], info["points"])
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind12/make_pairs.py.\n"
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
