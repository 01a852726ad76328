"""Build the fifteenth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-03 by `bpar15` without reading plancheck's code, tests or bench. Five parents
and children in forms the earlier batches did not use:

- Hagsby (sv): a **Strategisk plan** (python-docx → LibreOffice) listing 'Kommunfullmäktiges mål'
  as Word bullets under three målområden; the child, **Socialnämndens verksamhetsplan**
  (Chromium), is a *målkaskad*: it quotes every KF goal verbatim as a shaded heading, then
  'Nämndens mål' and 'Aktiviteter' under most of them — one quoted goal has nothing under it.
- Tjernli (nb): a samfunnsdel (python-docx → LibreOffice) with one table **'Bærekraftsmål | Vi vil
  | Dette betyr'** (two goals share SDG 11); the handlingsdel (reportlab) groups its periodemål
  under 'Bærekraftsmål n' headings only, so a goal must be matched through the parent's table.
- Lidvåg (nn): a samfunnsdel (reportlab) with six 'Samfunnsmål n · short name' bands; the child
  **økonomiplan med handlingsprogram** (python-docx → LibreOffice) has 'Mål i perioden' lists and
  measure tables with a **'Samfunnsmål' column naming the parent goal by its short name** and
  amounts in 1000 kr under year columns.
- Skovbæk (da): a **kommuneplanstrategi** (Chromium) with its goals as a numbered 'Vi vil …' list
  inside a coloured box; the child **sundhedsplan** (python-docx → LibreOffice) paraphrases them.
- Kelbrook (en): a **Council Plan** (reportlab) with six 'Outcome n' bands; the child **service
  plan** for libraries and culture (Chromium) with 'Contributes to outcome: n' lines, one of them
  pointing to the wrong outcome.

    python corpora/parents-blind15/make_pairs.py                  # all pairs
    python corpora/parents-blind15/make_pairs.py hagsby-socialnamnd

Imports the fourteenth batch's builder (corpora/parents-blind14/make_pairs.py: through it the
thirteenth's … ninth's, the block writer of corpora/mandates-blind/_build.py, `G`, `C`, the
Chromium print, `_reportlab`, `_page`, `_build_pdf_numbered`) and runs its `main` (gold writer
and checks) on this folder's pairs.
"""

from __future__ import annotations

import html as _html
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p14 = _load("parents_blind14_make_pairs", HERE.parent / "parents-blind14" / "make_pairs.py")
G, C = _p14.G, _p14.C
_chromium, _reportlab, _page = _p14._chromium, _p14._reportlab, _p14._page
build_pdf, _build_pdf_numbered = _p14.build_pdf, _p14._build_pdf_numbered

PAIRS: dict[str, Callable[[Path], dict]] = {}
e = _html.escape


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Hagsby (sv)


@pair
def hagsby_socialnamnd(d: Path) -> dict:
    k = {
        "K1": "Invånarna ska känna sig trygga i hela kommunen.",
        "K2": "Barn och unga ska ha goda förutsättningar att klara skolan och växa upp i trygghet.",
        "K3": "Äldre ska kunna leva ett självständigt liv med god vård och omsorg.",
        "K4": "Fler invånare ska vara självförsörjande genom arbete eller studier.",
        "K5": "Kommunens utsläpp av växthusgaser ska minska med 60 procent till 2030.",
        "K6": "Kommunen ska ha engagerade medarbetare och en hållbar arbetsmiljö.",
    }
    parent = [
        ("meta", "HAGSBY KOMMUN"),
        ("title", "Strategisk plan 2027–2030"),
        ("meta", "Antagen av kommunfullmäktige 2026-11-23, § 118"),
        ("h1", "Så styrs Hagsby kommun"),
        (
            "p",
            "Den strategiska planen är kommunfullmäktiges viktigaste styrdokument. Den anger "
            "kommunfullmäktiges mål för mandatperioden. Varje nämnd bryter ned målen i en egen "
            "verksamhetsplan med nämndens mål och aktiviteter, och följer upp dem i delårsrapport "
            "och årsredovisning.",
        ),
        ("p", "Visionen för Hagsby 2035: Ett växande Hagsby där alla får plats."),
        ("h1", "Kommunfullmäktiges mål"),
        ("h2", "Målområde 1: Livskvalitet och trygghet"),
        (
            "p",
            "Andelen invånare som känner sig trygga ute på kvällen har sjunkit från 71 till 64 "
            "procent sedan 2022.",
        ),
        ("bullets", [k["K1"], k["K2"], k["K3"]]),
        ("h2", "Målområde 2: Hållbar tillväxt"),
        (
            "p",
            "Hagsby har länets näst högsta andel hushåll med långvarigt ekonomiskt bistånd. "
            "Samtidigt ska kommunen ställa om till en fossilfri organisation.",
        ),
        ("bullets", [k["K4"], k["K5"]]),
        ("h2", "Målområde 3: Attraktiv arbetsgivare"),
        ("bullets", [k["K6"]]),
        ("h1", "Ekonomiska ramar"),
        (
            "p",
            "Nämndernas ramar och kommunens finansiella mål beslutas i budgeten i november. "
            "Ramarna per nämnd framgår av bilaga 1.",
        ),
    ]
    _build_pdf_numbered(
        parent,
        d / "parent.pdf",
        title="Strategisk plan 2027–2030",
        author="Hagsby kommun, Kommunledningskontoret",
        header="Hagsby kommun · Strategisk plan 2027–2030",
        lang="sv-SE",
    )

    n = {
        "a": "Våld i nära relationer ska upptäckas tidigt och den som utsätts ska få skydd och stöd.",
        "b": "Barn och unga som riskerar att fara illa ska få stöd tidigt, i samverkan med skolan.",
        "c": "Äldre ska kunna bo kvar hemma med det stöd de behöver och själva påverka hur "
        "hjälpen ges.",
        "c2": "Den som beviljats särskilt boende ska få plats inom tre månader.",
        "d": "Fler personer med ekonomiskt bistånd ska gå vidare till arbete eller studier.",
        "e": "Medarbetarna ska ha en rimlig arbetsbelastning och vilja rekommendera nämnden som "
        "arbetsgivare.",
        "f": "Nämndens kostnader för externa placeringar ska minska med 15 procent till 2030.",
    }
    a = {
        "a1": "Rutin för att fråga om våld vid alla nybesök hos försörjningsstöd",
        "a2": "Utbildning i våldsutsatthet för all personal i hemtjänsten",
        "b1": "Socialsekreterare på plats på Norrbackaskolan och Ekängsskolan",
        "b2": "SSPF-samverkan med skola, polis och fritid i alla kommundelar",
        "c1": "Införa trygghetskamera och digital tillsyn som val för hemtjänstens kunder",
        "c2": "Ny genomförandeplan tillsammans med varje kund inom 14 dagar",
        "c3": "Öppna 24 platser på Lindgårdens särskilda boende",
        "d1": "Arbetsmarknadscoacher för alla som haft bistånd i mer än ett år",
        "d2": "Samverkan med vuxenutbildningen om SFI i kombination med praktik",
        "e1": "Max 25 brukare per socialsekreterare inom barn och unga",
        "e2": "Medarbetarenkät varje år, med handlingsplan per enhet",
        "f1": "Bygga ut öppenvården för unga så att fler kan få stöd på hemmaplan",
    }
    sections = [
        ("K1", [n["a"]], [a["a1"], a["a2"]]),
        ("K2", [n["b"]], [a["b1"], a["b2"]]),
        ("K3", [n["c"], n["c2"]], [a["c1"], a["c2"], a["c3"]]),
        ("K4", [n["d"]], [a["d1"], a["d2"]]),
        ("K5", [], []),
        ("K6", [n["e"]], [a["e1"], a["e2"]]),
    ]
    body = [
        "<p class='crumb'>HAGSBY KOMMUN · SOCIALFÖRVALTNINGEN · Dnr SN 2026/214</p>",
        "<h1>Socialnämndens verksamhetsplan 2027</h1>",
        "<p class='crumb'>Beslutad av socialnämnden 2026-12-10, § 96</p>",
        "<h2>Inledning</h2>",
        "<p>Socialnämnden ansvarar för individ- och familjeomsorg, stöd till personer med "
        "funktionsnedsättning och äldreomsorg. Verksamhetsplanen visar hur nämnden bidrar till "
        "kommunfullmäktiges mål i den strategiska planen. Under varje mål från fullmäktige "
        "står nämndens egna mål och de aktiviteter som ska genomföras under året.</p>",
        "<h2>Nämndens mål och aktiviteter</h2>",
    ]
    for kid, goals, acts in sections:
        body.append(f"<div class='kf'>Kommunfullmäktiges mål: {e(k[kid])}</div>")
        if goals:
            body.append("<h4>Nämndens mål</h4>")
            body += [f"<p class='nm'>{e(x)}</p>" for x in goals]
            body.append("<h4>Aktiviteter</h4><ul>")
            body += [f"<li>{e(x)}</li>" for x in acts]
            body.append("</ul>")
    body += [
        "<h2>Nämndspecifika mål</h2>",
        "<p>Utöver fullmäktiges mål har nämnden ett eget mål för ekonomin.</p>",
        "<h4>Nämndens mål</h4>",
        f"<p class='nm'>{e(n['f'])}</p>",
        "<h4>Aktiviteter</h4>",
        f"<ul><li>{e(a['f1'])}</li></ul>",
        "<h2>Uppföljning</h2>",
        "<p>Målen följs upp i delårsrapporten per augusti och i verksamhetsberättelsen.</p>",
    ]
    _chromium(
        _page(
            "sv",
            "Socialnämndens verksamhetsplan 2027",
            "h1{font-size:20pt;color:#7a2048;margin:4px 0}"
            "h2{font-size:14pt;color:#7a2048;margin:16px 0 6px}"
            "h4{font-size:10pt;margin:8px 0 2px;color:#444}"
            ".kf{background:#f1dde6;border-left:5px solid #7a2048;padding:6px 9px;"
            "font-weight:bold;margin:14px 0 4px}"
            ".nm{font-style:italic;margin:2px 0 4px}",
            body,
        ),
        d / "child.pdf",
    )

    goals_ = [
        G(
            "K1",
            k["K1"],
            "partial",
            [n["a"], a["a1"], a["a2"]],
            ev="Våld i nära relationer ska",
            missing=["trygghet i offentliga miljöer och i hela kommunen (brottsförebyggande)"],
            note="the goals are the Word bullets under the three 'Målområde n' headings of "
            "'Kommunfullmäktiges mål' (no numbers; ids K1–K6 in reading order); the målområde "
            "headings, their fact lines, the vision and the 'Ekonomiska ramar' text are not goals. The "
            "child quotes K1 as a heading and answers it with violence in close relationships "
            "only: the safety of residents in town and public places is not addressed",
        ),
        G(
            "K2",
            k["K2"],
            "partial",
            [n["b"], a["b1"], a["b2"]],
            ev="Barn och unga som riskerar",
            missing=["goda förutsättningar att klara skolan för alla barn och unga"],
            note="children at risk get early help with the school; school results for all "
            "children are the school board's, not followed up here",
        ),
        G(
            "K3",
            k["K3"],
            "followed_up",
            [n["c"], n["c2"], a["c1"], a["c2"], a["c3"]],
            ev="Äldre ska kunna bo kvar hemma",
            note="independence at home with a say in the help, and a place in special housing "
            "within three months: independent life and good care",
        ),
        G(
            "K4",
            k["K4"],
            "followed_up",
            [n["d"], a["d1"], a["d2"]],
            ev="Fler personer med ekonomiskt bistånd",
            note="from social assistance to work or studies, with coaches and SFI with "
            "practice: the social board's share of self-support",
        ),
        G(
            "K5",
            k["K5"],
            "not_followed_up",
            note="trap: the child quotes the goal verbatim as a shaded 'Kommunfullmäktiges mål' "
            "heading but has no 'Nämndens mål' and no activity under it; the board's own goal "
            "'… ska minska med 15 procent till 2030' (external placements) shares 'minska', "
            "'procent' and 'till 2030' and is about cost, not emissions",
        ),
        G(
            "K6",
            k["K6"],
            "followed_up",
            [n["e"], a["e1"], a["e2"]],
            ev="Medarbetarna ska ha en rimlig",
            note="a reasonable workload (25 clients per social worker) and a yearly staff "
            "survey with action plans: engagement and a sustainable work environment",
        ),
    ]
    kids = [
        C(n["a"], ["K1"]),
        C(n["b"], ["K2"]),
        C(n["c"], ["K3"]),
        C(n["c2"], ["K3"]),
        C(n["d"], ["K4"]),
        C(n["e"], ["K6"]),
        C(
            n["f"],
            [],
            note="under 'Nämndspecifika mål', no KF goal above it; a cost goal sharing "
            "'minska … procent till 2030' with K5 (emissions); stands alone",
        ),
    ]
    return dict(
        language="sv",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; strategisk plan): 'Kommunfullmäktiges "
        "mål' as Word bullets under 'Målområde n' headings (3 / 2 / 1), running header and bare "
        "page number; child PDF (HTML → Chromium; socialnämndens verksamhetsplan): a målkaskad "
        "quoting each KF goal verbatim as a shaded heading 'Kommunfullmäktiges mål: …' with "
        "'Nämndens mål' (italic) and 'Aktiviteter' bullets under five of the six",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 2 Tjernli (nb)


@pair
def tjernli_handlingsdel(d: Path) -> dict:
    rows = [
        (
            "3 God helse og livskvalitet",
            "Innbyggerne skal ha gode muligheter til å leve et aktivt liv i alle aldre.",
            "Turstier, idrettsanlegg og møteplasser nær der folk bor.",
        ),
        (
            "4 God utdanning",
            "Alle barn og unge skal fullføre videregående opplæring.",
            "Tidlig innsats i barnehage og skole, og et bedre tilbud til dem som står i fare "
            "for å slutte.",
        ),
        (
            "8 Anstendig arbeid og økonomisk vekst",
            "Tjernli skal ha et variert næringsliv med flere arbeidsplasser i privat sektor.",
            "Næringsarealer klare til bruk og et godt samarbeid med næringsforeningen.",
        ),
        (
            "11 Bærekraftige byer og lokalsamfunn",
            "Sentrum skal være en levende møteplass med boliger, handel og kultur.",
            "Flere bor i sentrum, og torget og kulturhuset brukes hele året.",
        ),
        (
            "11 Bærekraftige byer og lokalsamfunn",
            "Alle skal ha en trygg og god bolig som passer livssituasjonen.",
            "Flere utleieboliger, boliger for unge i etableringsfasen og tilrettelagte "
            "boliger for eldre.",
        ),
        (
            "13 Stoppe klimaendringene",
            "Klimagassutslippene i Tjernli skal kuttes med 55 prosent innen 2030.",
            "Mindre utslipp fra transport, landbruk og kommunens egen drift.",
        ),
    ]
    g = {f"N{i}": r[1] for i, r in enumerate(rows, start=1)}
    parent = [
        ("meta", "TJERNLI KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2027–2039"),
        ("meta", "Vedtatt i kommunestyret 12.11.2026, sak 88/26"),
        ("h1", "1 Tjernli mot 2039"),
        (
            "p",
            "Tjernli har 9 300 innbyggere. Kommunestyret har valgt FNs bærekraftsmål som ramme "
            "for samfunnsutviklingen. Vi har plukket ut de bærekraftsmålene der kommunen kan "
            "gjøre mest, og satt våre egne mål under dem.",
        ),
        ("h1", "2 Våre mål"),
        (
            "p",
            "Tabellen viser hvilket bærekraftsmål hvert av våre mål hører til, hva vi vil og hva "
            "det betyr i praksis. Handlingsdelen viser tiltakene.",
        ),
        ("table", ["Bærekraftsmål", "Vi vil", "Dette betyr"], [list(r) for r in rows], [40, 65, 65]),
        ("h1", "3 Arealstrategi"),
        (
            "p",
            "Ny boligbygging skal i hovedsak skje innenfor gangavstand fra sentrum og Rognstad. "
            "Dyrka jord skal ikke omdisponeres til boligformål.",
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2027–2039",
        author="Tjernli kommune",
        header="Tjernli kommune – Kommuneplanens samfunnsdel",
    )

    k = {
        "h": "Flere eldre skal være fysisk aktive og delta i lokale aktiviteter.",
        "u": "Andelen som fullfører videregående opplæring skal øke fra 78 til 85 prosent.",
        "a": "Kommunen skal være en attraktiv arbeidsgiver med flere lærlingplasser.",
        "s": "Torget skal bli en møteplass med benker, lek og arrangementer hele året.",
        "b": "Det skal bygges 40 utleieboliger for vanskeligstilte i perioden.",
        "o": "Overvann skal håndteres åpent i alle nye boligfelt.",
    }
    m = {
        "h1": "Seniortrim og turgrupper i alle grendehus",
        "h2": "Frisklivssentral med tilbud til innbyggere over 67 år",
        "u1": "Oppfølgingsteam for elever på 10. trinn som står i fare for å ikke fullføre",
        "u2": "Leksehjelp og sommerskole for elever på mellomtrinnet",
        "a1": "Ti nye lærlingplasser i helse og teknisk drift",
        "s1": "Opprusting av torget med lekeplass og scene",
        "s2": "Regulering av Elvekvartalet med 60 sentrumsboliger",
        "s3": "Utvidede åpningstider i kulturhuset og biblioteket",
        "b1": "Kjøp og bygging av utleieboliger gjennom Husbanken",
        "o1": "Krav om åpne overvannsløsninger i nye reguleringsplaner",
    }
    tbl = ["Tiltak", "Ansvar", "Frist"]
    blocks = [
        ("title", "Handlingsdel med økonomiplan 2027–2030"),
        ("meta", "Tjernli kommune · Rådmannens forslag 25.11.2026"),
        ("h1", "Slik leser du handlingsdelen"),
        (
            "p",
            "Handlingsdelen følger opp kommuneplanens samfunnsdel. Den er ordnet etter FNs "
            "bærekraftsmål. Under hvert bærekraftsmål står periodemålene og tiltakene for de "
            "neste fire årene.",
        ),
        ("band", "Bærekraftsmål 3"),
        ("b", "Periodemål"),
        ("p", k["h"]),
        ("table", tbl, [[m["h1"], "Kultur og fritid", "2027"], [m["h2"], "Helse", "2028"]],
         [100, 40, 30]),
        ("band", "Bærekraftsmål 4"),
        ("b", "Periodemål"),
        ("p", k["u"]),
        ("table", tbl, [[m["u1"], "Oppvekst", "Høst 2027"], [m["u2"], "Oppvekst", "Årlig"]],
         [100, 40, 30]),
        ("band", "Bærekraftsmål 8"),
        ("b", "Periodemål"),
        ("p", k["a"]),
        ("table", tbl, [[m["a1"], "HR", "2028"]], [100, 40, 30]),
        ("band", "Bærekraftsmål 11"),
        ("b", "Periodemål"),
        ("p", k["s"]),
        ("p", k["b"]),
        (
            "table",
            tbl,
            [
                [m["s1"], "Teknisk drift", "2028"],
                [m["s2"], "Plan og areal", "2027"],
                [m["s3"], "Kultur og fritid", "2027"],
                [m["b1"], "Bolig og eiendom", "2027–2030"],
            ],
            [100, 40, 30],
        ),
        ("band", "Bærekraftsmål 13"),
        ("b", "Periodemål"),
        ("p", k["o"]),
        ("table", tbl, [[m["o1"], "Plan og areal", "Løpende"]], [100, 40, 30]),
        ("h1", "Økonomiske rammer"),
        ("p", "Rammene for driften står i kapittel 4 i økonomiplanen (tabell 4.1–4.3)."),
    ]
    _reportlab(
        d / "child.pdf",
        blocks,
        title="Handlingsdel med økonomiplan 2027–2030",
        author="Tjernli kommune",
        creator="Tjernli kommune, økonomiavdelingen",
        accent="#1d6e5a",
    )

    goals_ = [
        G(
            "N1",
            g["N1"],
            "partial",
            [k["h"], m["h1"], m["h2"]],
            ev="Flere eldre skal være fysisk",
            missing=["barn, unge og voksne (alle aldre)", "turstier og idrettsanlegg nær der folk bor"],
            note="the goals are the 'Vi vil' cells of the one 'Bærekraftsmål | Vi vil | Dette "
            "betyr' table (no numbers; ids N1–N6 in reading order); the SDG cells and the 'Dette "
            "betyr' cells are not goals. 'Bærekraftsmål 3' in the child has activity for the "
            "elderly only",
        ),
        G(
            "N2",
            g["N2"],
            "followed_up",
            [k["u"], m["u1"], m["u2"]],
            ev="Andelen som fullfører videregående",
            note="a completion target with early help on the middle stage and a team for pupils "
            "at risk: the goal and its 'Dette betyr'",
        ),
        G(
            "N3",
            g["N3"],
            "not_followed_up",
            note="trap: the child's 'Bærekraftsmål 8' holds 'Kommunen skal være en attraktiv "
            "arbeidsgiver med flere lærlingplasser' — the same SDG number and 'arbeidsplasser'/"
            "'arbeidsgiver', but the municipality as employer, not private business",
        ),
        G(
            "N4",
            g["N4"],
            "followed_up",
            [k["s"], m["s1"], m["s2"], m["s3"]],
            ev="Torget skal bli en møteplass",
            note="SDG 11 is shared by N4 and N5: the square as a meeting place, 60 town-centre "
            "homes (Elvekvartalet) and longer opening hours in the culture house — homes, "
            "meeting place and culture; trade only indirectly",
        ),
        G(
            "N5",
            g["N5"],
            "partial",
            [k["b"], m["b1"]],
            ev="Det skal bygges 40 utleieboliger",
            missing=["boliger for unge i etableringsfasen", "tilrettelagte boliger for eldre"],
            note="SDG 11 shared with N4; 40 rental homes for the disadvantaged are one of the "
            "three groups the parent's 'Dette betyr' names",
        ),
        G(
            "N6",
            g["N6"],
            "not_followed_up",
            note="trap: the child's 'Bærekraftsmål 13' holds only open storm-water handling "
            "(climate adaptation); nothing cuts emissions",
        ),
    ]
    kids = [
        C(k["h"], ["N1"]),
        C(k["u"], ["N2"]),
        C(
            k["a"],
            [],
            note="under 'Bærekraftsmål 8' like N3, but apprenticeships in the municipality as "
            "employer: no parent goal; stands alone",
        ),
        C(k["s"], ["N4"]),
        C(k["b"], ["N5"], note="under 'Bærekraftsmål 11' with the square: housing, N5 not N4"),
        C(
            k["o"],
            [],
            note="under 'Bærekraftsmål 13' but climate adaptation; N6 is about emissions; "
            "stands alone",
        ),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; samfunnsdel): one table 'Bærekraftsmål "
        "| Vi vil | Dette betyr', six rows, two rows with the same SDG 11; child PDF (reportlab; "
        "handlingsdel med økonomiplan): coloured 'Bærekraftsmål n' bands, 'Periodemål' and "
        "'Tiltak | Ansvar | Frist' tables, the parent goal never named, only the SDG number",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 3 Lidvåg (nn)


@pair
def lidvag_okonomiplan(d: Path) -> dict:
    sm = [
        ("Trygg oppvekst", "Alle barn og unge i Lidvåg skal vekse opp i trygge heimar og ha eit "
         "godt læringsmiljø."),
        ("Gode liv heile livet", "Innbyggjarane skal få helse- og omsorgstenester som gjer at "
         "dei kan meistre eige liv."),
        ("Levande bygder", "Alle bygdene i kommunen skal ha eit aktivt lokalsamfunn med "
         "møteplassar og lag og organisasjonar."),
        ("Grøn omstilling", "Lidvåg skal vere ein føregangskommune for fornybar energi og grøne "
         "arbeidsplassar."),
        ("God infrastruktur", "Innbyggjarar og næringsliv skal ha trygge vegar, godt breiband og "
         "reint drikkevatn."),
        ("Open og nær kommune", "Innbyggjarane skal ha tillit til kommunen og kunne påverke "
         "avgjerder som gjeld dei."),
    ]
    g = {f"L{i}": t for i, (_, t) in enumerate(sm, start=1)}
    blocks = [
        ("title", "Kommuneplanen sin samfunnsdel 2026–2038"),
        ("meta", "Lidvåg kommune · Vedteken i kommunestyret 17.09.2026, sak 54/26"),
        ("h1", "Visjon: Saman om det gode livet ved fjorden"),
        (
            "p",
            "Samfunnsdelen har seks samfunnsmål. Kvart mål har eit kort namn som går att i "
            "økonomiplanen og i temaplanane, slik at det er lett å sjå kva for tiltak som "
            "høyrer til kva mål.",
        ),
    ]
    why = [
        "Barnetalet går ned, men fleire barn treng hjelp frå barnevernet enn før.",
        "Talet på innbyggjarar over 80 år blir dobla fram mot 2038.",
        "Sju bygder har mista butikk eller skule sidan 2010.",
        "Kraftverka og havbruket gir nye moglegheiter for grøn industri.",
        "Fire av ti husstandar i Nordbygda manglar breiband over 100 Mbit/s.",
        "Berre 38 prosent av innbyggjarane meiner dei kan påverke det kommunen gjer.",
    ]
    for i, ((short, text), w) in enumerate(zip(sm, why, strict=True), start=1):
        blocks += [("band", f"Samfunnsmål {i} · {short}"), ("big", text), ("p", f"Kvifor: {w}")]
    blocks += [
        ("h1", "Oppfølging"),
        ("p", "Samfunnsdelen blir følgd opp gjennom økonomiplanen med handlingsprogram, som "
         "blir rullert kvart år."),
    ]
    _reportlab(
        d / "parent.pdf",
        blocks,
        title="Kommuneplanen sin samfunnsdel 2026–2038",
        author="Lidvåg kommune",
        creator="Lidvåg kommune, plan og utvikling",
        accent="#2f5d8a",
    )

    S = {f"L{i}": s for i, (s, _) in enumerate(sm, start=1)}
    k = {
        "o1": "Alle elevar skal oppleve eit trygt skulemiljø utan mobbing.",
        "o2": "Skulane skal ha grøne og trygge uteområde for leik og læring.",
        "h1": "Fleire eldre skal kunne bu heime med velferdsteknologi og heimetenester.",
        "k1": "Lag og organisasjonar skal få betre vilkår for drifta si.",
        "t1": "Alle som er knytte til kommunalt vassverk, skal ha reint og sikkert drikkevatn.",
        "t2": "Dei kommunale vegane skal vere trygge å ferdast på heile året.",
        "f1": "Netto driftsresultat skal vere minst 1,75 prosent av inntektene.",
    }
    m = {
        "o1": "Miljøterapeut i alle tre skulane",
        "o2": "Foreldrerettleiing (ICDP) for alle foreldre med barn 0–6 år",
        "o3": "Grøn skulegard ved Lidvåg skule",
        "h1": "Velferdsteknologi: digitalt tilsyn og medisinautomatar",
        "h2": "Auka bemanning i heimetenesta, 2 årsverk",
        "k1": "Auka driftstilskot til lag og organisasjonar",
        "t1": "Nytt reinseanlegg ved Bøstølen vassverk",
        "t2": "Opprusting og rekkverk på Skarvegen",
        "t3": "Breibandutbygging Nordbygda, kommunal del",
        "f1": "Innsparing innkjøp, felles avtalar med nabokommunane",
    }
    head = ["Tiltak", "Samfunnsmål", "2027", "2028", "2029", "2030"]
    w = [62, 36, 18, 18, 18, 18]

    def row(t, sg, *amounts):
        return [t, sg, *amounts]

    child = [
        ("meta", "LIDVÅG KOMMUNE"),
        ("title", "Økonomiplan 2027–2030 med handlingsprogram"),
        ("meta", "Formannskapet si innstilling 26.11.2026 · Beløp i 1000 kr"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Handlingsprogrammet viser korleis vi følgjer opp samfunnsmåla i kommuneplanen. "
            "Kolonna «Samfunnsmål» i tiltakstabellane viser kva for samfunnsmål tiltaket høyrer "
            "til. Kvar eining har i tillegg sine eigne mål for perioden.",
        ),
        ("h1", "2 Oppvekst"),
        ("p", "Mål i perioden:"),
        ("num", [k["o1"], k["o2"]]),
        (
            "table",
            head,
            [
                row(m["o1"], S["L1"], "650", "1 300", "1 300", "1 300"),
                row(m["o2"], S["L1"], "120", "120", "120", "120"),
                row(m["o3"], S["L1"], "", "800", "", ""),
            ],
            w,
        ),
        ("h1", "3 Helse og omsorg"),
        ("p", "Mål i perioden:"),
        ("num", [k["h1"]]),
        (
            "table",
            head,
            [
                row(m["h1"], S["L2"], "400", "400", "250", "250"),
                row(m["h2"], S["L2"], "1 400", "1 400", "1 400", "1 400"),
            ],
            w,
        ),
        ("h1", "4 Kultur"),
        ("p", "Mål i perioden:"),
        ("num", [k["k1"]]),
        ("table", head, [row(m["k1"], S["L3"], "150", "150", "150", "150")], w),
        ("break",),
        ("h1", "5 Teknisk drift og eigedom"),
        ("p", "Mål i perioden:"),
        ("num", [k["t1"], k["t2"]]),
        (
            "table",
            head,
            [
                row(m["t1"], S["L5"], "4 500", "9 000", "", ""),
                row(m["t2"], S["L5"], "", "2 200", "2 200", ""),
                row(m["t3"], S["L5"], "1 000", "1 000", "", ""),
            ],
            w,
        ),
        ("h1", "6 Økonomi og administrasjon"),
        ("p", "Mål i perioden:"),
        ("num", [k["f1"]]),
        ("table", head, [row(m["f1"], "–", "-300", "-600", "-600", "-600")], w),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Økonomiplan 2027–2030 med handlingsprogram",
        author="Lidvåg kommune",
        header="Lidvåg kommune – Økonomiplan 2027–2030",
        lang="nn-NO",
    )

    goals_ = [
        G(
            "L1",
            g["L1"],
            "followed_up",
            [k["o1"], k["o2"], m["o1"], m["o2"], m["o3"]],
            ev="Alle elevar skal oppleve eit",
            note="the goals are the large lines under the six 'Samfunnsmål n · short name' bands "
            "(ids L1–L6 after the numbers); the short names, the vision and the 'Kvifor:' lines "
            "are not goals. Tagged 'Trygg oppvekst': a safe school without bullying and parental "
            "guidance for all parents of small children — safe homes and learning environment",
        ),
        G(
            "L2",
            g["L2"],
            "partial",
            [k["h1"], m["h1"], m["h2"]],
            ev="Fleire eldre skal kunne bu",
            missing=["andre grupper enn eldre (psykisk helse, funksjonsnedsetting)"],
            note="tagged 'Gode liv heile livet': home services and welfare technology for the "
            "elderly only",
        ),
        G(
            "L3",
            g["L3"],
            "partial",
            [k["k1"], m["k1"]],
            ev="Lag og organisasjonar skal få",
            missing=["møteplassar i alle bygdene"],
            note="tagged 'Levande bygder': more grants to clubs; nothing for meeting places in "
            "the villages",
        ),
        G(
            "L4",
            g["L4"],
            "not_followed_up",
            note="no measure carries 'Grøn omstilling'. Trap: 'Skulane skal ha grøne og trygge "
            "uteområde' and 'Grøn skulegard ved Lidvåg skule' share 'grøn' and are tagged "
            "'Trygg oppvekst' (play areas: L1)",
        ),
        G(
            "L5",
            g["L5"],
            "followed_up",
            [k["t1"], k["t2"], m["t1"], m["t2"], m["t3"]],
            ev="Alle som er knytte til kommunalt",
            note="tagged 'God infrastruktur': clean water, safe roads and broadband to Nordbygda "
            "— all three parts of the goal",
        ),
        G(
            "L6",
            g["L6"],
            "not_followed_up",
            note="no goal or measure on trust or participation; the only administration goal is "
            "the operating result (tagged '–')",
        ),
    ]
    kids = [
        C(k["o1"], ["L1"]),
        C(k["o2"], ["L1"], note="shares 'grøne' with L4 but is about school grounds: L1"),
        C(k["h1"], ["L2"]),
        C(k["k1"], ["L3"]),
        C(k["t1"], ["L5"]),
        C(k["t2"], ["L5"]),
        C(k["f1"], [], note="Samfunnsmål '–': financial target, stands alone"),
    ]
    return dict(
        language="nn",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (reportlab; samfunnsdel): six coloured bands 'Samfunnsmål n · short "
        "name', the goal in large bold type under each and a 'Kvifor:' line; child PDF "
        "(python-docx → LibreOffice; økonomiplan med handlingsprogram): per sector 'Mål i "
        "perioden:' and Word-numbered goals over a 'Tiltak | Samfunnsmål | 2027 | 2028 | 2029 | "
        "2030' table (1000 kr), the parent goal named by its short name; a page break before "
        "chapter 5",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 4 Skovbæk (da)


@pair
def skovbaek_sundhed(d: Path) -> dict:
    vv = [
        "Vi vil skabe rammer for, at alle borgere kan leve et sundt og aktivt liv.",
        "Vi vil styrke den tidlige indsats for børn og unge i mistrivsel.",
        "Vi vil have et stærkt og nært sundhedsvæsen i samarbejde med regionen og de "
        "praktiserende læger.",
        "Vi vil tiltrække nye virksomheder og flere faglærte arbejdspladser.",
        "Vi vil bevare og udvikle naturen og gøre den tilgængelig for alle.",
        "Vi vil være en grøn kommune, der halverer CO2-udledningen fra 2020 til 2030.",
    ]
    g = {f"D{i}": t for i, t in enumerate(vv, start=1)}
    body = [
        "<p class='crumb'>Skovbæk Kommune · Byrådet · Høringsudgave september 2026</p>",
        "<h1>Kommuneplanstrategi 2027</h1>",
        "<p class='sub'>Planstrategi og Agenda 21-strategi for Skovbæk Kommune</p>",
        "<h2>Forord</h2>",
        "<p>Byrådet skal i hver valgperiode tage stilling til, hvilke planer der skal "
        "revideres. Kommuneplanstrategien samler byrådets retning for de næste fire år og "
        "er grundlaget for kommunens politikker og fagplaner. Strategien bygger på "
        "dialogmøder med over 400 borgere i foråret 2026.</p>",
        "<h2>Byrådets retning</h2>",
        "<div class='box'><div class='boxhead'>Det vil vi i Skovbæk</div><ol>",
        *[f"<li>{e(x)}</li>" for x in vv],
        "</ol></div>",
        "<p class='cap'>Byrådets seks pejlemærker for valgperioden 2026–2029.</p>",
        "<h2>Planer der skal revideres</h2>",
        "<table><tr><th>Plan</th><th>Udvalg</th><th>Vedtages</th></tr>"
        "<tr><td>Sundhedsplan</td><td>Social- og sundhedsudvalget</td><td>2027</td></tr>"
        "<tr><td>Erhvervspolitik</td><td>Økonomiudvalget</td><td>2028</td></tr>"
        "<tr><td>Naturpolitik</td><td>Teknik- og miljøudvalget</td><td>2028</td></tr>"
        "<tr><td>Klimaplan (DK2020)</td><td>Teknik- og miljøudvalget</td><td>2027</td></tr>"
        "</table>",
        "<p class='cap'>Skovbæk havde 31.400 indbyggere 1. januar 2026.</p>",
    ]
    _chromium(
        _page(
            "da",
            "Kommuneplanstrategi 2027",
            "h1{font-size:22pt;color:#0b5d4b;margin:4px 0 0}"
            ".sub{font-size:12pt;color:#0b5d4b;margin:0 0 10px}"
            "h2{font-size:14pt;color:#0b5d4b;margin:16px 0 6px}"
            ".box{background:#d8efe7;border-radius:10px;padding:10px 16px;margin:8px 0}"
            ".boxhead{font-weight:bold;font-size:12pt;color:#0b5d4b}"
            ".box li{margin:5px 0;font-size:11pt}"
            ".cap{font-size:8.5pt;color:#666;font-style:italic}",
            body,
        ),
        d / "parent.pdf",
    )

    k = {
        "a": "Flere borgere skal være fysisk aktive, og færre skal ryge.",
        "b": "Børn og unge, der mistrives, skal hurtigt få hjælp tæt på deres hverdag.",
        "c": "Borgere med kroniske sygdomme skal opleve et sammenhængende forløb mellem "
        "kommune, hospital og egen læge.",
        "d": "Naturen skal bruges mere i sundhedsfremme og rehabilitering.",
        "e": "Flere virksomheder skal have en sundhedspolitik for deres medarbejdere.",
        "f": "Borgerne skal opleve en venlig og respektfuld modtagelse i Sundhedshuset.",
    }
    ind = {
        "a1": "Gratis motionshold i alle lokalområder for inaktive borgere",
        "a2": "Røgfri skoletid på alle skoler og ungdomsuddannelser fra 2028",
        "b1": "Sundhedsplejersker og psykologer med faste træffetider på skolerne",
        "b2": "Gruppeforløb for unge med angst og ensomhed",
        "c1": "Fælles forløbsplan for borgere med KOL og diabetes",
        "c2": "Opfølgende hjemmebesøg efter udskrivelse",
        "d1": "Rehabilitering i naturen i samarbejde med Skovbæk Naturcenter",
        "e1": "Tilbud om sundhedstjek til små og mellemstore virksomheder",
        "f1": "Kursus i borgerkontakt for personalet i Sundhedshusets reception",
    }
    tbl = ["Indsats", "Ansvarlig", "Hvornår"]
    blocks = [
        ("title", "Sundhedsplan 2027–2030"),
        ("meta", "Skovbæk Kommune · Social- og sundhedsudvalget · Vedtaget 4. marts 2027"),
        ("h1", "Indledning"),
        (
            "p",
            "Sundhedsplanen er byrådets fagplan for sundhed og forebyggelse. Den bygger på "
            "kommuneplanstrategien og på Sundhedsprofilen 2025, der viser, at hver fjerde voksne "
            "i Skovbæk er fysisk inaktiv.",
        ),
        ("h1", "Mål og indsatser"),
        ("h2", "Et sundt og aktivt hverdagsliv"),
        ("p", "Mål: " + k["a"]),
        ("p", "Mål: " + k["e"]),
        ("table", tbl, [[ind["a1"], "Sundhed og Forebyggelse", "2027"],
                        [ind["a2"], "Børn og Skole", "August 2028"],
                        [ind["e1"], "Sundhed og Forebyggelse", "2028"]], [95, 45, 30]),
        ("h2", "Hjælp i tide til børn og unge"),
        ("p", "Mål: " + k["b"]),
        ("table", tbl, [[ind["b1"], "Sundhedsplejen", "2027"],
                        [ind["b2"], "PPR", "Løbende"]], [95, 45, 30]),
        ("break",),
        ("h2", "Det nære sundhedsvæsen"),
        ("p", "Mål: " + k["c"]),
        ("table", tbl, [[ind["c1"], "Sundhed og Forebyggelse", "2028"],
                        [ind["c2"], "Hjemmeplejen", "2027"]], [95, 45, 30]),
        ("h2", "Sundhed i naturen"),
        ("p", "Mål: " + k["d"]),
        ("table", tbl, [[ind["d1"], "Træning og Rehabilitering", "2027"]], [95, 45, 30]),
        ("h2", "God service"),
        ("p", "Mål: " + k["f"]),
        ("table", tbl, [[ind["f1"], "Sundhedshuset", "Foråret 2027"]], [95, 45, 30]),
        ("h1", "Opfølgning"),
        ("p", "Social- og sundhedsudvalget følger op på planen hvert år i juni."),
    ]
    _build_pdf_numbered(
        blocks,
        d / "child.pdf",
        title="Sundhedsplan 2027–2030",
        author="Skovbæk Kommune",
        header="Skovbæk Kommune · Sundhedsplan 2027–2030",
        lang="da-DK",
    )

    goals_ = [
        G(
            "D1",
            g["D1"],
            "followed_up",
            [k["a"], k["e"], ind["a1"], ind["a2"], ind["e1"]],
            ev="Flere borgere skal være",
            note="the goals are the six items of the numbered list in the green box 'Det vil vi i "
            "Skovbæk' (text with 'Vi vil', without the number; ids D1–D6); the box head, the "
            "caption 'Byrådets seks pejlemærker …' and the plan table are not goals. The child "
            "never names the strategy's goals: more active, fewer smokers, health at work — a "
            "healthy and active life for all",
        ),
        G(
            "D2",
            g["D2"],
            "followed_up",
            [k["b"], ind["b1"], ind["b2"]],
            ev="Børn og unge, der mistrives,",
            note="quick help close to everyday life, nurses and psychologists at school",
        ),
        G(
            "D3",
            g["D3"],
            "partial",
            [k["c"], ind["c1"], ind["c2"]],
            ev="Borgere med kroniske sygdomme",
            missing=["lægedækning og samarbejdet med de praktiserende læger generelt",
                     "nære tilbud for andre end kronisk syge"],
            note="a coherent pathway for the chronically ill between municipality, hospital and "
            "GP: one part of a strong local health service",
        ),
        G(
            "D4",
            g["D4"],
            "not_followed_up",
            note="trap: 'Flere virksomheder skal have en sundhedspolitik …' shares "
            "'virksomheder' (and the health check for businesses) but is workplace health (D1); "
            "nothing attracts businesses or jobs — the strategy leaves D4 to the erhvervspolitik",
        ),
        G(
            "D5",
            g["D5"],
            "partial",
            [k["d"], ind["d1"]],
            ev="Naturen skal bruges mere",
            missing=["bevare og udvikle naturen", "gøre naturen tilgængelig for alle"],
            note="nature used for health and rehabilitation; nothing preserves, develops or "
            "opens it",
        ),
        G(
            "D6",
            g["D6"],
            "not_followed_up",
            note="the health plan has nothing on CO2; left to the klimaplan",
        ),
    ]
    kids = [
        C(k["a"], ["D1"]),
        C(k["e"], ["D1"], note="shares 'virksomheder' with D4 but is health at work: D1"),
        C(k["b"], ["D2"]),
        C(k["c"], ["D3"]),
        C(k["d"], ["D5"]),
        C(k["f"], [], note="service in the health centre's reception; stands alone"),
    ]
    return dict(
        language="da",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (HTML → Chromium; kommuneplanstrategi): the goals a numbered 'Vi "
        "vil …' list inside a green rounded box 'Det vil vi i Skovbæk', a caption under it and a "
        "table of plans to revise; child PDF (python-docx → LibreOffice; sundhedsplan): theme "
        "headings, 'Mål: …' paragraphs paraphrasing the parent without reference, 'Indsats | "
        "Ansvarlig | Hvornår' tables, a page break, running header and bare page number",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 5 Kelbrook (en)


@pair
def kelbrook_libraries(d: Path) -> dict:
    oc = [
        ("Best start", "Children and young people get the best start in life and do well at "
         "school."),
        ("Healthy lives", "Residents live healthy, independent lives for longer."),
        ("Thriving town centres", "Our town centres are vibrant places to live, work and "
         "visit."),
        ("A home for everyone", "Everyone can find a safe, secure and affordable home."),
        ("Net zero Kelbrook", "Kelbrook reaches net zero carbon emissions by 2040."),
        ("Proud communities", "Residents are proud of their community and take part in local "
         "life."),
    ]
    g = {f"O{i}": t for i, (_, t) in enumerate(oc, start=1)}
    see = [
        "More children ready for school at five; GCSE results above the national average.",
        "Fewer emergency admissions; more people supported at home.",
        "Fewer empty shops; more events in Kelbrook, Tolley and Marsh End.",
        "600 new affordable homes; no family in bed and breakfast for more than six weeks.",
        "Council emissions halved by 2030; more homes insulated.",
        "More people volunteering; more residents who feel they belong.",
    ]
    blocks = [
        ("title", "Council Plan 2027–2031"),
        ("meta", "Kelbrook District Council · Agreed by Full Council, 24 February 2027"),
        ("h1", "Foreword"),
        (
            "p",
            "This plan sets out what the council wants to achieve for Kelbrook over the next "
            "four years. Every service plan shows which outcome each of its objectives "
            "contributes to.",
        ),
        ("h1", "Our outcomes"),
    ]
    for i, ((short, text), s) in enumerate(zip(oc, see, strict=True), start=1):
        blocks += [("band", f"Outcome {i}: {short}"), ("big", text), ("p", f"What we will see: {s}")]
    blocks += [
        ("h1", "Our values"),
        ("p", "Listening, fair, open and ambitious for Kelbrook."),
    ]
    _reportlab(
        d / "parent.pdf",
        blocks,
        title="Council Plan 2027–2031",
        author="Kelbrook District Council",
        creator="Kelbrook District Council, Policy and Performance",
        accent="#5b2c83",
    )

    k = {
        "a": "Every child in Kelbrook is a library member and reads for pleasure.",
        "a2": "Pupils have a quiet place to study and help with homework after school.",
        "b": "Older and isolated residents use libraries and the arts to stay active and "
        "connected.",
        "c": "The Corn Exchange and the town centre library bring more people into the high "
        "street.",
        "v": "Volunteers and community groups run and shape activities in every library.",
        "e": "Library buildings use 30% less energy by 2030.",
        "f": "Libraries earn 40% of their running costs from room hire and events.",
    }
    m = {
        "a1": "Rhymetime for babies and toddlers in all six libraries",
        "a2": "Library card for every Year 1 pupil through the schools",
        "a3": "Homework clubs four afternoons a week in Kelbrook, Tolley and Marsh End",
        "b1": "Chair-based exercise and memory cafés in the libraries",
        "b2": "Home library service for housebound residents",
        "c1": "A year-round programme of markets, festivals and events at the Corn Exchange",
        "c2": "Longer Saturday opening of the town centre library",
        "v1": "Recruit 80 library volunteers and a Friends group for each library",
        "v2": "Community heritage project on the Marsh End brickworks",
        "e1": "LED lighting and heat pumps at Tolley and Marsh End libraries",
        "f1": "New room hire prices and online booking",
    }
    objs = [
        ("1", k["a"], "1 – Best start", [m["a1"], m["a2"]]),
        ("2", k["a2"], "1 – Best start", [m["a3"]]),
        ("3", k["b"], "2 – Healthy lives", [m["b1"], m["b2"]]),
        ("4", k["c"], "3 – Thriving town centres", [m["c1"], m["c2"]]),
        ("5", k["v"], "4 – A home for everyone", [m["v1"], m["v2"]]),
        ("6", k["e"], "5 – Net zero Kelbrook", [m["e1"]]),
        ("7", k["f"], "none (financial plan)", [m["f1"]]),
    ]
    body = [
        "<p class='crumb'>KELBROOK DISTRICT COUNCIL · COMMUNITIES DIRECTORATE</p>",
        "<h1>Libraries and Culture Service Plan 2027/28</h1>",
        "<p class='crumb'>Owner: Head of Libraries and Culture · Version 1.2 · April 2027</p>",
        "<h2>1. About the service</h2>",
        "<p>We run six libraries, the Corn Exchange arts centre and the district museum. In "
        "2026 we had 412,000 visits and lent 298,000 items. This plan sets our service "
        "objectives for the year and shows how they contribute to the Council Plan.</p>",
        "<h2>2. Service objectives</h2>",
    ]
    for num, text, tag, acts in objs:
        body += [
            "<div class='obj'>",
            f"<div class='on'>Objective {num}</div>",
            f"<p class='ot'>{e(text)}</p>",
            f"<p class='tag'>Contributes to outcome: {e(tag)}</p>",
            "<p class='al'>Key actions</p><ul>",
            *[f"<li>{e(x)}</li>" for x in acts],
            "</ul></div>",
        ]
    body += [
        "<h2>3. Risks</h2>",
        "<p>Rising energy prices and the loss of the Arts Council grant after 2028.</p>",
    ]
    _chromium(
        _page(
            "en-GB",
            "Libraries and Culture Service Plan 2027/28",
            "h1{font-size:19pt;color:#5b2c83;margin:4px 0}"
            "h2{font-size:13.5pt;color:#5b2c83;margin:14px 0 6px}"
            ".obj{border-top:1px solid #bbb;padding:4px 0 2px;break-inside:avoid}"
            ".on{font-size:8.5pt;text-transform:uppercase;letter-spacing:1px;color:#5b2c83}"
            ".ot{font-weight:bold;font-size:11.5pt;margin:2px 0}"
            ".tag{font-size:9pt;color:#555;margin:2px 0}"
            ".al{font-weight:bold;font-size:9.5pt;margin:4px 0 0}"
            "ul{margin:2px 0 4px}",
            body,
        ),
        d / "child.pdf",
    )

    goals_ = [
        G(
            "O1",
            g["O1"],
            "followed_up",
            [k["a"], k["a2"], m["a1"], m["a2"], m["a3"]],
            ev="Every child in Kelbrook is a library",
            note="the goals are the large lines under the six 'Outcome n: short name' bands (ids "
            "O1–O6); the band labels and the 'What we will see:' lines are not goals. Objectives "
            "1 and 2: rhymetime for toddlers and library cards (the start in life) and homework "
            "clubs (doing well at school) — a library's whole share of the outcome",
        ),
        G(
            "O2",
            g["O2"],
            "partial",
            [k["b"], m["b1"], m["b2"]],
            ev="Older and isolated residents use",
            missing=["healthy lives for residents of all ages", "independence (support at home) "
                     "beyond the home library service"],
            note="active and connected older residents only",
        ),
        G(
            "O3",
            g["O3"],
            "followed_up",
            [k["c"], m["c1"], m["c2"]],
            ev="The Corn Exchange and the town centre",
            note="a year-round programme of markets, festivals and events and longer opening: "
            "people brought into the high street",
        ),
        G(
            "O4",
            g["O4"],
            "not_followed_up",
            note="trap: objective 5 (volunteers and community groups) says 'Contributes to "
            "outcome: 4 – A home for everyone', but nothing in it is about homes; judged by "
            "content it serves O6, and O4 has nothing",
        ),
        G(
            "O5",
            g["O5"],
            "partial",
            [k["e"], m["e1"]],
            ev="Library buildings use 30% less",
            missing=["emissions beyond the library buildings (district-wide net zero)"],
            note="30% less energy in library buildings: the service's own estate only",
        ),
        G(
            "O6",
            g["O6"],
            "followed_up",
            [k["v"], m["v1"], m["v2"]],
            ev="Volunteers and community groups run",
            note="volunteers, Friends groups and a community heritage project: taking part in "
            "local life; tagged outcome 4 by mistake",
        ),
    ]
    kids = [
        C(k["a"], ["O1"]),
        C(k["a2"], ["O1"]),
        C(k["b"], ["O2"]),
        C(k["c"], ["O3"]),
        C(k["v"], ["O6"], note="tagged 'Contributes to outcome: 4 – A home for everyone'; by "
          "content O6"),
        C(k["e"], ["O5"]),
        C(k["f"], [], note="tagged 'none (financial plan)': income target, stands alone"),
    ]
    return dict(
        language="en",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (reportlab; council plan): six purple bands 'Outcome n: short name', "
        "the outcome in large bold type and a 'What we will see:' line under each; child PDF "
        "(HTML → Chromium; libraries and culture service plan): 'Objective n' labels, the "
        "objective in bold, a grey 'Contributes to outcome: n – short name' line (once pointing "
        "to the wrong outcome) and 'Key actions' bullets",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks (corpora/parents-blind14/make_pairs.py `main`) run on
    this folder's pairs; its header line names this builder."""
    _p14.HERE, _p14.PAIRS = HERE, PAIRS
    names = argv or list(PAIRS)
    _p14.main(names)
    for name in names:
        f = HERE / name / "parent-coverage.gold.yaml"
        f.write_text(
            f.read_text(encoding="utf-8").replace(
                "corpora/parents-blind14/make_pairs.py", "corpora/parents-blind15/make_pairs.py"
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main(sys.argv[1:])
