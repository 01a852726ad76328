"""Build the seventh blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-02 without reading plancheck's code. The parents are kommuneplanens
samfunnsdel laid out in three ways not used by the earlier batches: a web page printed by
Chromium whose goals are numbered "Vi vil …" statements (a round number badge) under an icon
per focus area; a Word document exported by LibreOffice whose goals sit in one
"Satsingsområde | Hva vil vi oppnå" table with the focus area in vertically merged cells; and a
nynorsk Writer document (.odt) whose goals are bold sentences inside running paragraphs. The
children follow them up: an økonomiplan with handlingsdel (.docx: goals typed "a)⇥…" after
"I planperioden skal vi:", money tables without an owner column), a digitaliseringsstrategi
made with reportlab (goals in a ruled box "Dette skal vi oppnå", measures in numbered
"Tiltak | Ansvar | Når" tables) and a nynorsk ungdomsplan (PDF: Word-numbered goals, then
measures as Word bullets that name their goal as "(mål 2)"). The children paraphrase the
parent, serve some goals only in part, leave some alone and have goals of their own; traps are
noted in the gold.

    python corpora/parents-blind7/make_pairs.py                        # all pairs
    python corpora/parents-blind7/make_pairs.py kvernes-ungdomsplan    # some pairs

Imports the sixth batch's builder (corpora/parents-blind6/make_pairs.py: through it the
Writer (.odt) export of the fifth batch, the block writer of corpora/mandates-blind/_build.py
and the goal helpers G, C, find_page of corpora/parents/make_pairs.py) and the Chromium print
of corpora/scripts/make_blind_corpus.py. `main` is the sixth batch's gold writer and checks
(every goal, served_by text and evidence quote printed in the document), so a rebuild gives
the same files.
"""

from __future__ import annotations

import html as _html
import importlib.util
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))

from _build import build_docx, build_pdf, docx_to_pdf, page_of, rendered_pages  # noqa: E402
from _docx_helpers import save_deterministic, set_vmerge  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p6 = _load("parents_blind6_make_pairs", HERE.parent / "parents-blind6" / "make_pairs.py")
G, C, find_page, build_odt = _p6.G, _p6.C, _p6.find_page, _p6.build_odt
import make_blind_corpus as _mb  # noqa: E402  (corpora/scripts, on the path through _build)

chromium_pdf = _mb.chromium_pdf

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Ravnås (nb)

ICONS = {
    "oppvekst": '<circle cx="24" cy="16" r="8"/><path d="M10 44c0-10 6-16 14-16s14 6 14 16z"/>',
    "fellesskap": '<circle cx="14" cy="18" r="6"/><circle cx="34" cy="18" r="6"/>'
    '<path d="M2 42c0-8 5-13 12-13s12 5 12 13zM22 42c0-8 5-13 12-13s12 5 12 13z"/>',
    "gronn": '<path d="M24 4C10 14 8 30 24 44 40 30 38 14 24 4z"/>'
    '<rect x="22" y="24" width="4" height="20"/>',
}


def _web_samfunnsdel(areas, intro) -> str:
    """A samfunnsdel published as a web page: a coloured icon over each focus area, then the
    goals as "Vi vil …" statements, each after a round number badge."""
    e = _html.escape
    parts = [
        "<!doctype html><html lang='nb'><head><meta charset='utf-8'>",
        "<title>Kommuneplanens samfunnsdel 2027–2040 – Ravnås kommune</title><style>",
        "@page{size:A4;margin:18mm 18mm 20mm 18mm}",
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;color:#222}",
        "nav{font-size:8.5pt;color:#666;border-bottom:1px solid #ccc;padding-bottom:4px}",
        "h1{color:#0b4f6c;font-size:22pt;margin:14px 0 4px}",
        ".lead{font-size:12pt;color:#444}",
        "section{margin-top:18px;break-inside:avoid}",
        ".icon{width:52px;height:52px;border-radius:26px;background:#0b4f6c;display:flex;",
        "align-items:center;justify-content:center}.icon svg{fill:#fff}",
        "h2{font-size:15pt;color:#0b4f6c;margin:6px 0 8px}",
        ".goal{display:flex;align-items:flex-start;margin:0 0 8px 4px}",
        ".nr{flex:0 0 26px;height:26px;border-radius:13px;background:#f2a900;color:#fff;",
        "font-weight:bold;text-align:center;line-height:26px;margin-right:10px}",
        ".goal p{margin:3px 0 0;font-size:11pt}",
        "footer{margin-top:24px;font-size:8.5pt;color:#666;border-top:1px solid #ccc}",
        "</style></head><body>",
        "<nav>ravnas.kommune.no › Planer › Kommuneplan › Samfunnsdelen</nav>",
        "<h1>Kommuneplanens samfunnsdel 2027–2040</h1>",
        "<p class='lead'>Vedtatt av kommunestyret 10.06.2027, sak 44/27</p>",
        f"<p>{e(intro)}</p>",
    ]
    n = 0
    for icon, title, text, goals in areas:
        parts.append(
            f"<section><div class='icon'><svg width='30' height='30' viewBox='0 0 48 48'>"
            f"{ICONS[icon]}</svg></div><h2>{e(title)}</h2><p>{e(text)}</p>"
        )
        for goal in goals:
            n += 1
            parts.append(f"<div class='goal'><span class='nr'>{n}</span><p>{e(goal)}</p></div>")
        parts.append("</section>")
    parts.append(
        "<footer>Ravnås kommune · Postboks 40, 7390 Ravnås · Sist oppdatert 11.06.2027</footer>"
    )
    parts.append("</body></html>")
    return "\n".join(parts)


@pair
def ravnas_okonomiplan(d: Path) -> dict:
    g = [
        "Vi vil at alle barn og unge skal ha en trygg oppvekst, hjemme, i barnehagen og på skolen.",
        "Vi vil at flere unge skal fullføre videregående opplæring.",
        "Vi vil at alle barn og unge skal kunne delta i fritidsaktiviteter, uansett hva "
        "foreldrene tjener.",
        "Vi vil at eldre skal leve aktive liv og kunne bo hjemme lenge.",
        "Vi vil ha et næringsliv som vokser og skaper nye arbeidsplasser i hele kommunen.",
        "Vi vil ha et rikt frivillig liv der lag og foreninger har gode vilkår.",
        "Vi vil redusere klimagassutslippene og bli bedre forberedt på ekstremvær.",
        "Vi vil ha trygge veier og gang- og sykkelveier til skolene og til sentrum.",
    ]
    areas = [
        (
            "oppvekst",
            "Gode oppvekstvilkår",
            "Ravnås har mange barnefamilier, men frafallet i videregående er høyere enn i "
            "fylket, og flere familier har lav inntekt.",
            g[0:3],
        ),
        (
            "fellesskap",
            "Et aktivt fellesskap",
            "Innbyggerne blir eldre, og flere bor alene. Frivilligheten er stor, men lagene "
            "mangler lokaler.",
            g[3:6],
        ),
        (
            "gronn",
            "Grønn og trygg kommune",
            "Kraftig regn har gitt flom i sentrum to ganger siden 2020, og mange skolebarn går "
            "langs fylkesvei uten fortau.",
            g[6:8],
        ),
    ]
    intro = (
        "Samfunnsdelen sier hva slags samfunn vi vil at Ravnås skal være i 2040. Den har tre "
        "satsingsområder, og under hvert av dem står det vi vil. Målene følges opp i "
        "handlingsdelen av økonomiplanen og i temaplaner."
    )
    with tempfile.TemporaryDirectory(prefix="pblind7-html-") as tmp:
        src = Path(tmp) / "samfunnsdel.html"
        src.write_text(_web_samfunnsdel(areas, intro), encoding="utf-8")
        chromium_pdf(src, d / "parent.pdf")

    k_trygg = (
        "Ingen barn skal bli mobbet eller utsatt for vold, verken i familien, i barnehagen eller "
        "på skolen."
    )
    k_vgs = "Færre unge skal slutte i videregående før de har fått vitnemål eller fagbrev."
    k_eldre = "Flere eldre skal få hjelp i hjemmet slik at de kan bli boende i egen bolig."
    k_frivillig = (
        "Idrettslag, kor og andre foreninger skal ha lokaler de har råd til og en enkel vei til "
        "tilskudd."
    )
    k_flom = "Overvann skal ikke skade boliger og veier når det regner kraftig."
    k_skolevei = "Alle barn skal kunne gå eller sykle trygt til skolen."
    k_arbeidsplass = "Kommunen skal være en attraktiv arbeidsplass som beholder fagfolkene sine."
    k_drift = "Netto driftsresultat skal være minst 1,75 prosent av driftsinntektene hvert år."
    m = {
        "icdp": "Foreldreveiledning (ICDP) i alle barnehager",
        "mobb": "Beredskapsteam mot mobbing for barnehage og skole",
        "los": "Losordning for elever som står i fare for å slutte",
        "laerling": "Flere lærlingplasser i kommunen (fra 8 til 14)",
        "tilsyn": "Digitalt tilsyn og trygghetsalarmer i hjemmetjenesten",
        "lokaler": "Gratis leie av skolenes lokaler for frivillige lag",
        "portal": "Felles søknadsportal for kultur- og frivillighetsmidler",
        "overvann": "Nye overvannsledninger i Ravnås sentrum",
        "fortau": "Fortau langs fylkesveien fra Bekkeli skole til Storlia",
        "lonn": "Rekrutteringstillegg for sykepleiere",
    }

    def goals(*texts):
        return [("typed", f"{chr(97 + i)})", t, "\t", 8) for i, t in enumerate(texts)]

    def money(rows):
        return (
            "table",
            ["Tiltak (beløp i 1000 kr)", "2028", "2029", "2030", "2031"],
            rows,
            [82, 20, 20, 20, 20],
        )

    child = [
        ("title", "Økonomiplan 2028–2031 med handlingsdel"),
        ("meta", "Ravnås kommune · Vedtatt av kommunestyret 16.12.2027, sak 102/27"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Økonomiplanen er også handlingsdelen til kommuneplanens samfunnsdel. For hvert "
            "tjenesteområde står det hva vi skal oppnå i planperioden, og hva tiltakene koster. "
            "Den statlige fritidskortordningen er avviklet, og kommunen har ikke rom for å "
            "videreføre den i denne perioden.",
        ),
        ("h1", "2 Økonomiske mål"),
        ("p", "I planperioden skal vi:"),
        *goals(k_drift),
        ("h1", "3 Oppvekst"),
        ("p", "I planperioden skal vi:"),
        *goals(k_trygg, k_vgs),
        money(
            [
                [m["icdp"], "350", "350", "350", "350"],
                [m["mobb"], "200", "200", "200", "200"],
                [m["los"], "600", "600", "600", "600"],
                [m["laerling"], "900", "1 200", "1 500", "1 500"],
            ]
        ),
        ("h1", "4 Helse og omsorg"),
        ("p", "I planperioden skal vi:"),
        *goals(k_eldre, k_arbeidsplass),
        money(
            [
                [m["tilsyn"], "1 100", "800", "800", "800"],
                [m["lonn"], "1 500", "1 500", "1 500", "1 500"],
            ]
        ),
        ("h1", "5 Kultur og frivillighet"),
        ("p", "I planperioden skal vi:"),
        *goals(k_frivillig),
        money(
            [
                [m["lokaler"], "250", "250", "250", "250"],
                [m["portal"], "150", "30", "30", "30"],
            ]
        ),
        ("h1", "6 Teknisk drift og samferdsel"),
        ("p", "I planperioden skal vi:"),
        *goals(k_flom, k_skolevei),
        money(
            [
                [m["overvann"], "4 000", "6 000", "0", "0"],
                [m["fortau"], "0", "2 500", "7 500", "0"],
            ]
        ),
    ]
    build_docx(
        child,
        d / "child.docx",
        title="Økonomiplan 2028–2031 med handlingsdel",
        author="Ravnås kommune",
        header="Ravnås kommune – økonomiplan 2028–2031",
    )
    goals_ = [
        G(
            "G1",
            g[0],
            "followed_up",
            [k_trygg, m["icdp"], m["mobb"]],
            ev="Ingen barn skal bli mobbet",
            note="answered in other words (ikke mobbet eller utsatt for vold i familien, "
            "barnehagen og skolen for trygg oppvekst hjemme, i barnehagen og på skolen); ids are "
            "the parent's badge numbers 1–8 as G1–G8",
        ),
        G(
            "G2",
            g[1],
            "followed_up",
            [k_vgs, m["los"], m["laerling"]],
            ev="Færre unge skal slutte i videregående",
            note="answered in other words (færre skal slutte før vitnemål eller fagbrev for "
            "flere skal fullføre)",
        ),
        G(
            "G3",
            g[2],
            "not_followed_up",
            note="trap: the introduction names the fritidskort only to say it is not continued; "
            "nothing serves the goal",
        ),
        G(
            "G4",
            g[3],
            "partial",
            [k_eldre, m["tilsyn"]],
            ev="Flere eldre skal få hjelp i hjemmet",
            missing=["eldre skal leve aktive liv"],
            note="bli boende i egen bolig for bo hjemme lenge; nothing on activity",
        ),
        G(
            "G5",
            g[4],
            "not_followed_up",
            note="trap: 'Kommunen skal være en attraktiv arbeidsplass …' shares "
            "'arbeidsplass' but is about the council's own staff; it stands alone",
        ),
        G(
            "G6",
            g[5],
            "followed_up",
            [k_frivillig, m["lokaler"], m["portal"]],
            ev="Idrettslag, kor og andre foreninger",
            note="answered in other words (lokaler de har råd til og enkel vei til tilskudd for "
            "gode vilkår)",
        ),
        G(
            "G7",
            g[6],
            "partial",
            [k_flom, m["overvann"]],
            ev="Overvann skal ikke skade boliger",
            missing=["redusere klimagassutslippene"],
            note="overvann når det regner kraftig for ekstremvær; nothing on emissions",
        ),
        G(
            "G8",
            g[7],
            "partial",
            [k_skolevei, m["fortau"]],
            ev="Alle barn skal kunne gå eller sykle",
            missing=["trygge veier og gang- og sykkelveier til sentrum"],
            note="the way to school only, not to sentrum",
        ),
    ]
    kids = [
        C(k_drift, [], note="a financial goal of the økonomiplan; no parent goal"),
        C(k_trygg, ["G1"]),
        C(k_vgs, ["G2"]),
        C(k_eldre, ["G4"]),
        C(k_arbeidsplass, [], note="the council as employer; shares 'arbeidsplass' with G5"),
        C(k_frivillig, ["G6"]),
        C(k_flom, ["G7"]),
        C(k_skolevei, ["G8"]),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.docx",
        producer="parent PDF printed by Chromium from a web page: an icon over each of three "
        "focus areas, goals as 'Vi vil …' statements after round number badges 1–8 (3 / 3 / 2); "
        "child .docx (økonomiplan med handlingsdel): goals typed 'a)⇥…' after 'I planperioden "
        "skal vi:' per tjenesteområde, money tables 'Tiltak (beløp i 1000 kr) | 2028 … 2031' "
        "without an owner column",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 2 Tindholm (nb)


def _merge_first_column(docx: Path) -> None:
    """Merge each empty first-column cell of the goal table into the cell above (Word's
    vertical merge), so that a focus area spans its goals."""
    from docx import Document

    doc = Document(str(docx))
    for table in doc.tables:
        rows = table.rows[1:]
        for i, row in enumerate(rows):
            cell = row.cells[0]
            empty = not cell.text.strip()
            nxt_empty = i + 1 < len(rows) and not rows[i + 1].cells[0].text.strip()
            if empty:
                set_vmerge(cell, False)
            elif nxt_empty:
                set_vmerge(cell, True)
    save_deterministic(doc, docx)


@pair
def tindholm_digitalisering(d: Path) -> dict:
    g = [
        "Innbyggerne skal få gode tjenester uansett hvor i kommunen de bor.",
        "Kommunen skal bruke ressursene klokt og ta i bruk ny teknologi der den gir bedre "
        "tjenester.",
        "Tindholm skal ha et næringsliv i vekst, med flere arbeidsplasser i havbruk og reiseliv.",
        "Hele kommunen skal ha god mobildekning og raskt bredbånd.",
        "Alle skal kunne delta i samfunnet, også de som ikke er vant med digitale verktøy.",
        "Innbyggerne skal ha innsyn i og kunne påvirke kommunens beslutninger.",
        "Barn og unge skal lære å bruke teknologi trygt og kritisk.",
    ]
    parent = [
        ("meta", "TINDHOLM KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2026–2038"),
        ("meta", "Vedtatt av kommunestyret 18.06.2026, sak 40/26"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Tindholm er en øykommune med spredt bosetting og lange reiser til rådhuset. "
            "Samfunnsdelen peker ut tre satsingsområder for de neste tolv årene. Tabellen under "
            "viser hva vi vil oppnå innenfor hvert av dem.",
        ),
        ("h1", "2 Satsingsområder og mål"),
        (
            "table",
            ["Satsingsområde", "Hva vil vi oppnå"],
            [
                ["Tjenester for framtida", g[0]],
                ["", g[1]],
                ["Et levende næringsliv", g[2]],
                ["", g[3]],
                ["Inkludering og deltakelse", g[4]],
                ["", g[5]],
                ["", g[6]],
            ],
            [50, 110],
        ),
        ("h1", "3 Oppfølging"),
        (
            "p",
            "Samfunnsdelen følges opp i handlingsdelen og i temaplaner. Temaplanene skal vise "
            "hvilke mål i tabellen de bygger på.",
        ),
    ]
    with tempfile.TemporaryDirectory(prefix="pblind7-docx-") as tmp:
        docx = Path(tmp) / "parent.docx"
        build_docx(
            parent,
            docx,
            title="Kommuneplanens samfunnsdel 2026–2038",
            author="Tindholm kommune",
            header="Tindholm kommune – kommuneplanens samfunnsdel",
        )
        _merge_first_column(docx)
        docx_to_pdf(docx, d / "parent.pdf")

    k_utkant = "Innbyggere på øyene skal slippe å reise til rådhuset for å få hjelp fra kommunen."
    k_auto = "Rutineoppgaver skal automatiseres, og tiden vi sparer, skal brukes på innbyggerne."
    k_bredband = "Alle husstander skal ha tilbud om bredbånd med minst 100 Mbit/s innen 2030."
    k_digihjelp = "Ingen skal bli stående utenfor fordi de ikke behersker det digitale."
    k_innsyn = "Politiske saker og møter skal være lett tilgjengelige på nett."
    k_sikker = "Innbyggerne skal kunne stole på at kommunen tar trygt vare på opplysningene deres."
    areas = [
        (
            "1 Tjenester der folk bor",
            [k_utkant, k_auto],
            [
                (
                    "1.1",
                    "Videomøte med saksbehandler, NAV og helsestasjon fra servicekontorene "
                    "på Nordvær og Sørøya",
                    "Servicesjef",
                    "2027",
                ),
                (
                    "1.2",
                    "Robotisert fakturamottak og automatisk behandling av søknader om "
                    "parkeringstillatelse",
                    "Økonomisjef",
                    "2027–2028",
                ),
            ],
        ),
        (
            "2 Infrastruktur",
            [k_bredband],
            [
                (
                    "2.1",
                    "Søknad om statlig bredbåndsstøtte for Nordvær og Sørøya",
                    "Næringsrådgiver",
                    "Hvert år",
                ),
            ],
        ),
        (
            "3 Alle skal med",
            [k_digihjelp, k_innsyn],
            [
                ("3.1", "Digihjelp på biblioteket hver tirsdag", "Biblioteksjef", "Fra 2027"),
                (
                    "3.2",
                    "Alle skjemaer skal også finnes på papir ved servicetorget",
                    "Servicesjef",
                    "2027",
                ),
                (
                    "3.3",
                    "Strømming og opptak av kommunestyremøtene",
                    "Politisk sekretariat",
                    "2027",
                ),
            ],
        ),
        (
            "4 Informasjonssikkerhet",
            [k_sikker],
            [
                (
                    "4.1",
                    "Risikovurdering av alle fagsystemer med personopplysninger",
                    "Personvernombud",
                    "2028",
                ),
            ],
        ),
    ]
    _reportlab_strategy(d / "child.pdf", areas)
    m = {r[0]: r[1] for _, _, rows in areas for r in rows}
    goals_ = [
        G(
            "G1",
            g[0],
            "followed_up",
            [k_utkant, m["1.1"]],
            ev="Innbyggere på øyene skal slippe",
            note="answered in other words (slippe å reise til rådhuset for tjenester uansett hvor "
            "de bor); the parent's goals have no numbers, ids run row by row through the "
            "Satsingsområde | Hva vil vi oppnå table, whose focus areas are merged cells",
        ),
        G(
            "G2",
            g[1],
            "followed_up",
            [k_auto, m["1.2"]],
            ev="Rutineoppgaver skal automatiseres",
            note="answered in other words (automatisere, tiden vi sparer brukes på innbyggerne "
            "for ressursene klokt og ny teknologi)",
        ),
        G(
            "G3",
            g[2],
            "not_followed_up",
            note="outside the theme; the næringsrådgiver is named only as owner of the "
            "bredbånd measure",
        ),
        G(
            "G4",
            g[3],
            "partial",
            [k_bredband, m["2.1"]],
            ev="Alle husstander skal ha tilbud om bredbånd",
            missing=["god mobildekning"],
            note="bredbånd only",
        ),
        G(
            "G5",
            g[4],
            "followed_up",
            [k_digihjelp, m["3.1"], m["3.2"]],
            ev="Ingen skal bli stående utenfor",
            note="answered in other words (ikke behersker det digitale for ikke vant med "
            "digitale verktøy; digihjelp, skjemaer på papir)",
        ),
        G(
            "G6",
            g[5],
            "partial",
            [k_innsyn, m["3.3"]],
            ev="Politiske saker og møter skal være",
            missing=["kunne påvirke kommunens beslutninger"],
            note="innsyn only (saker, møter and strømming), nothing on influence",
        ),
        G(
            "G7",
            g[6],
            "not_followed_up",
            note="trap: the child's goal on information security shares 'trygt' and stands "
            "alone; the strategy has nothing for the school",
        ),
    ]
    kids = [
        C(k_utkant, ["G1"]),
        C(k_auto, ["G2"]),
        C(k_bredband, ["G4"]),
        C(k_digihjelp, ["G5"]),
        C(k_innsyn, ["G6"]),
        C(k_sikker, [], note="information security; shares 'trygt' with G7, serves no goal"),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice): one 'Satsingsområde | Hva vil vi "
        "oppnå' table, the focus area in vertically merged cells over its goals (2 / 2 / 3), no "
        "numbers; child PDF made with reportlab (digitaliseringsstrategi): per innsatsområde a "
        "ruled box 'Dette skal vi oppnå' holding the goals, then a 'Nr. | Tiltak | Ansvar | Når' "
        "table",
        goals=goals_,
        kids=kids,
    )


def _reportlab_strategy(pdf: Path, areas) -> None:
    """The digitaliseringsstrategi drawn with reportlab: built-in Helvetica, invariant output."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName="Helvetica-Bold",
        fontSize=14,
        leading=18,
        spaceBefore=12,
        spaceAfter=6,
        textColor=colors.HexColor("#1d3d5c"),
    )
    title = ParagraphStyle("title", parent=h1, fontSize=20, leading=24, spaceBefore=0)
    box_head = ParagraphStyle(
        "bh",
        parent=body,
        fontName="Helvetica-Bold",
        fontSize=9,
        textColor=colors.HexColor("#1d3d5c"),
        spaceAfter=2,
    )
    goal = ParagraphStyle(
        "goal", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceAfter=3
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
    e = _html.escape

    story = [
        Paragraph("Digitaliseringsstrategi for Tindholm kommune 2027–2030", title),
        Paragraph("Vedtatt av kommunestyret 10.12.2026, sak 88/26", body),
        Paragraph("Innledning", h1),
        Paragraph(
            "Strategien følger opp kommuneplanens samfunnsdel på det digitale området. Den har "
            "fire innsatsområder. For hvert av dem står det først hva vi skal oppnå, og så "
            "tiltakene for perioden.",
            body,
        ),
    ]
    for head, goals, rows in areas:
        story.append(Paragraph(e(head), h1))
        box = [[Paragraph("Dette skal vi oppnå", box_head)]] + [
            [Paragraph(e(t), goal)] for t in goals
        ]
        bt = Table(box, colWidths=[160 * mm])
        bt.setStyle(
            TableStyle(
                [
                    ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor("#1d3d5c")),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f8")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        story += [bt, Spacer(1, 6)]
        data = [[Paragraph(h, cell_b) for h in ("Nr.", "Tiltak", "Ansvar", "Når")]] + [
            [Paragraph(e(c), cell) for c in r] for r in rows
        ]
        mt = Table(data, colWidths=[12 * mm, 92 * mm, 34 * mm, 22 * mm], repeatRows=1)
        mt.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ec")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [mt, Spacer(1, 4)]

    def onpage(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, 287 * mm, "Tindholm kommune – digitaliseringsstrategi")
        canvas.drawRightString(190 * mm, 12 * mm, f"Side {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title="Digitaliseringsstrategi for Tindholm kommune 2027–2030",
        author="Tindholm kommune",
        creator="Tindholm kommune",
        invariant=1,
    )
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# =========================================================================== 3 Kvernes (nn)


@pair
def kvernes_ungdomsplan(d: Path) -> dict:
    g = [
        "Fleire unge skal flytte tilbake til Kvernes etter utdanninga.",
        "Ungdom skal ha møteplassar og ein fritid dei sjølve er med på å forme.",
        "Alle skal kjenne seg inkluderte, også dei som har flytta hit frå andre land.",
        "Kvernes skal ha eit sterkt landbruk og fiskeri med nye arbeidsplassar.",
        "Det skal vere bustader for unge og einslege både til leige og til kjøp.",
        "Innbyggjarane skal ha gode og trygge turområde nær der dei bur.",
        "Kvernes skal ta vare på naturmangfaldet og strandsona.",
    ]
    parent = [
        ("meta", "KVERNES KOMMUNE"),
        ("title", "Kommuneplanen sin samfunnsdel 2027–2039"),
        ("meta", "Vedteken av kommunestyret 24.06.2027, sak 47/27"),
        ("h1", "Innleiing"),
        (
            "p",
            "Samfunnsdelen fortel kva slags samfunn vi vil at Kvernes skal vere i 2039. Måla "
            "står i teksten under kvart tema, utheva med feit skrift, og skal følgjast opp i "
            "handlingsdelen og i temaplanar.",
        ),
        ("h1", "Folk og lokalsamfunn"),
        (
            "p",
            "Dei fleste unge flyttar ut når dei tek vidaregåande eller høgare utdanning, og "
            f"mange kjem aldri tilbake. **{g[0]}** Det krev at dei veit om jobbane som finst "
            "her, og at dei kan finne ein stad å bu. Ungdomsrådet har i fleire år bede om ein "
            f"stad å vere etter skuletid. **{g[1]}** Dei siste ti åra har om lag 150 personar "
            f"frå andre land busett seg i Kvernes. **{g[2]}** Lag og foreiningar er viktige "
            "for at det skal lukkast.",
        ),
        ("h1", "Arbeid og bustad"),
        (
            "p",
            "Landbruket og fiskeria er ryggrada i næringslivet, men talet på bruk og båtar går "
            f"ned. **{g[3]}** Nesten alle bustadene i kommunen er store einebustader. **{g[4]}** "
            "Kommunen vil samarbeide med private utbyggjarar om dette.",
        ),
        ("h1", "Natur og friluftsliv"),
        (
            "p",
            "Fjella og fjordane er det folk set mest pris på ved Kvernes. "
            f"**{g[5]}** Mange stiar manglar merking, og nokre går langs trafikkert veg. "
            f"Utbygging av hytter og naust har teke mykje av strandsona. **{g[6]}**",
        ),
    ]
    build_odt(
        parent,
        d / "parent.odt",
        title="Kommuneplanen sin samfunnsdel 2027–2039",
        author="Kvernes kommune",
        header="Kvernes kommune – samfunnsdelen",
        lang="nn-NO",
    )
    k_heim = "Unge som tek utdanning andre stader, skal vite at det finst jobb for dei heime."
    k_stad = "Ungdommen skal ha eigne stader å vere og sjølve styre kva som skjer der."
    k_vener = (
        "Ungdom som har kome til Kvernes som flyktningar, skal ha vener og vere med i "
        "fritidsaktivitetar."
    )
    k_bustad = "Unge skal kunne leige ein rimeleg bustad når dei flyttar heimanfrå."
    k_hjelp = "Ungdom skal vite kvar dei kan få hjelp når livet er vanskeleg."
    k_heimveg = "Alle ungdommar skal ha ein trygg veg heim frå arrangement om kvelden."
    m = {
        "sommar": "Sommarjobb i kommunen for studentar frå Kvernes",
        "heimflyttar": "Heimflyttardag i romjula med arbeidsgjevarane i Kvernes",
        "hus": "Ungdomshus i det gamle bankbygget, drive saman med ungdomsrådet",
        "pott": "Ungdomsrådet fordeler 200 000 kr til fritidstiltak kvart år",
        "kontakt": "Fritidskontakt for nykomne ungdommar",
        "leige": "Ti små utleigebustader for unge i Kvernes sentrum",
        "helsesjukepleiar": "Open dør hos helsesjukepleiaren kvar onsdag",
        "buss": "Nattbuss frå ungdomshuset laurdagar",
    }
    child = [
        ("title", "Ungdomsplan for Kvernes 2028–2032"),
        ("meta", "Kvernes kommune · Vedteken av kommunestyret 07.12.2027, sak 90/27"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Ungdomsplanen følgjer opp samfunnsdelen for dei mellom 13 og 25 år. Han er laga "
            "saman med ungdomsrådet. Mange unge har sommarjobb i fiskeforedlinga, og fleire har "
            "sagt at dei kunne tenkje seg å bli buande om det fanst bustader å leige.",
        ),
        ("h1", "2 Dette vil vi oppnå"),
        ("num", [k_heim, k_stad, k_vener, k_bustad, k_hjelp, k_heimveg]),
        ("h1", "3 Tiltak"),
        (
            "p",
            "Talet i parentes viser kva mål i kapittel 2 tiltaket høyrer til.",
        ),
        (
            "bullets",
            [
                f"{m['sommar']} (mål 1) – ansvar: personalsjefen, frå 2028",
                f"{m['heimflyttar']} (mål 1) – ansvar: næringsrådgjevaren, kvart år",
                f"{m['hus']} (mål 2) – ansvar: kultursjefen, 2029",
                f"{m['pott']} (mål 2) – ansvar: ungdomsrådet, kvart år",
                f"{m['kontakt']} (mål 3) – ansvar: flyktningtenesta, 2028",
                f"{m['leige']} (mål 4) – ansvar: eigedomssjefen, 2028–2030",
                f"{m['helsesjukepleiar']} (mål 5) – ansvar: helsestasjonen, frå 2028",
                f"{m['buss']} (mål 6) – ansvar: kultursjefen og fylkeskommunen, 2029",
            ],
        ),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Ungdomsplan for Kvernes 2028–2032",
        author="Kvernes kommune",
        header="Kvernes kommune – ungdomsplan 2028–2032",
        lang="nn-NO",
    )
    goals_ = [
        G(
            "G1",
            g[0],
            "followed_up",
            [k_heim, m["sommar"], m["heimflyttar"]],
            ev="Unge som tek utdanning andre stader",
            note="answered in other words (vite at det finst jobb heime, sommarjobb, "
            "heimflyttardag for flytte tilbake etter utdanninga); the parent's goals are bold "
            "sentences inside running paragraphs, no numbers, ids in reading order",
        ),
        G(
            "G2",
            g[1],
            "followed_up",
            [k_stad, m["hus"], m["pott"]],
            ev="Ungdommen skal ha eigne stader",
            note="answered in other words (eigne stader å vere for møteplassar; sjølve styre "
            "kva som skjer for ein fritid dei er med på å forme)",
        ),
        G(
            "G3",
            g[2],
            "partial",
            [k_vener, m["kontakt"]],
            ev="Ungdom som har kome til Kvernes",
            missing=[
                "vaksne og eldre som har flytta hit frå andre land",
                "alle andre innbyggjarar",
            ],
            note="young refugees only, by the plan's theme",
        ),
        G(
            "G4",
            g[3],
            "not_followed_up",
            note="trap: the introduction names sommarjobb i fiskeforedlinga in passing; nothing "
            "serves landbruk og fiskeri or new jobs there",
        ),
        G(
            "G5",
            g[4],
            "partial",
            [k_bustad, m["leige"]],
            ev="Unge skal kunne leige ein rimeleg bustad",
            missing=["bustader til kjøp", "einslege som ikkje er unge"],
            note="rental homes for the young only",
        ),
        G(
            "G6",
            g[5],
            "not_followed_up",
            note="trap: 'ein trygg veg heim frå arrangement om kvelden' shares 'trygg' and is "
            "about night transport; it stands alone",
        ),
        G(
            "G7",
            g[6],
            "not_followed_up",
            note="outside the theme of an ungdomsplan",
        ),
    ]
    kids = [
        C(k_heim, ["G1"]),
        C(k_stad, ["G2"]),
        C(k_vener, ["G3"]),
        C(k_bustad, ["G5"]),
        C(k_hjelp, [], note="help for young people with a hard life; no parent goal on health"),
        C(k_heimveg, [], note="night transport; shares 'trygg' with G6, serves no goal"),
    ]
    return dict(
        language="nn",
        parent="parent.odt",
        child="child.pdf",
        producer="parent .odt (Writer): goals as bold sentences inside running paragraphs under "
        "three theme headings (3 / 2 / 2), no numbers; child PDF (python-docx → LibreOffice, "
        "ungdomsplan): Word-numbered goals under 'Dette vil vi oppnå', then Word bullets naming "
        "their goal as '(mål 2)' before '– ansvar: …, year'",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== main


def _check_printed(pages: list[str], text: str, where: str) -> None:
    """find_page looks only at the opening words; a goal must be printed whole (table cells
    and wrapped lines aside, so a miss is reported, not fatal)."""
    try:
        page_of(pages, text)
    except LookupError:
        print(f"  note: not found whole in {where} (wrapped?): {text[:60]!r}", file=sys.stderr)


def main(argv: list[str]) -> None:
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        ppages = rendered_pages(d / info["parent"])
        cpages = rendered_pages(d / info["child"])
        served = {g["id"]: set(g["served_by"]) for g in info["goals"]}
        for k in info["kids"]:
            for gid in k["serves"]:
                if k["text"] not in served[gid]:
                    raise SystemExit(
                        f"{name}: child goal {k['text']!r} serves {gid} but is not in its served_by"
                    )
        out_goals = []
        for g in info["goals"]:
            if (g["status"] == "not_followed_up") != (not g["served_by"]):
                raise SystemExit(f"{name}: {g['id']} status and served_by disagree")
            if (g["status"] == "partial") != bool(g["missing"]):
                raise SystemExit(f"{name}: {g['id']} partial and missing disagree")
            _check_printed(ppages, g["text"], "parent")
            e = {
                "id": g["id"],
                "text": g["text"],
                "page": find_page(ppages, g["text"]),
                "status": g["status"],
                "served_by": g["served_by"],
            }
            for s in g["served_by"]:
                find_page(cpages, s)
                _check_printed(cpages, s, "child")
            if g["status"] == "partial":
                e["missing"] = g["missing"]
            e["evidence"] = (
                {"page": page_of(cpages, g["ev"]), "quote": g["ev"]} if g["ev"] else None
            )
            if g["note"]:
                e["note"] = g["note"]
            out_goals.append(e)
        out_kids = []
        for k in info["kids"]:
            e = {"text": k["text"], "page": find_page(cpages, k["text"]), "serves": k["serves"]}
            if k["note"]:
                e["note"] = k["note"]
            out_kids.append(e)
        header = (
            f"# Blind rød-tråd gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/parents-blind7/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# parent_goals: status followed_up | partial | not_followed_up, served_by (child goal\n"
            "# or measure texts), evidence (page + opening words in the child); child_goals:\n"
            "# serves (parent goal ids; empty = stands alone). See corpora/parents/README.md.\n"
        )
        body = yaml.safe_dump(
            {
                "parent": info["parent"],
                "child": info["child"],
                "language": info["language"],
                "parent_goals": out_goals,
                "child_goals": out_kids,
                "held_out": True,
            },
            allow_unicode=True,
            sort_keys=False,
            width=100,
        )
        (d / "parent-coverage.gold.yaml").write_text(header + body, encoding="utf-8")
        n = {
            s: sum(g["status"] == s for g in info["goals"])
            for s in ("followed_up", "partial", "not_followed_up")
        }
        alone = sum(not k["serves"] for k in info["kids"])
        print(
            f"{name}: {len(info['goals'])} parent goals {n}; {len(info['kids'])} child goals, "
            f"{alone} standing alone"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
