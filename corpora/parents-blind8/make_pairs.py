"""Build the eighth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-02 without reading plancheck's code. The parents are a kommuneplanens
samfunnsdel (or, in Sweden, kommunfullmäktige's strategic plan) laid out in three ways not used
by the earlier batches: one `Satsingsområde | Vi vil | Slik måler vi` table whose goal is the
"Vi vil" cell (an infinitive phrase, the focus area repeated on every row, an indicator beside
it); a nynorsk page set in two newspaper columns (a continuous section break after the
introduction) with goals typed "1.1⇥…" under focus-area headings between background
paragraphs; and a Swedish "målkarta" of two two-column tables whose shaded header cells are the
målområden and whose body cells hold two goals each as typed "•" paragraphs. The children follow
them up: a landbruksplan (.docx) whose `Delmål | Tiltak` tables hold several measures in one
cell ("• … – Ansvar: …. Frist: …"), a nynorsk reiselivsplan (.docx) with goals typed
"Mål A:⇥…" and a `Tiltak | Ansvar | Når | Bidrar til` table naming the parent goal by number
("1.3") in some rows only, and a Swedish biblioteksplan printed by Chromium from a web page (per
prioriterat område a "Målet" callout and an `Aktivitet | Ansvar | När` table). The children
paraphrase the parent, serve some goals only in part, leave some alone and have goals of their
own; traps are noted in the gold.

    python corpora/parents-blind8/make_pairs.py                       # all pairs
    python corpora/parents-blind8/make_pairs.py gjerdvik-reiseliv     # some pairs

Imports the seventh batch's builder (corpora/parents-blind7/make_pairs.py: through it the block
writer of corpora/mandates-blind/_build.py, the goal helpers G, C, find_page of
corpora/parents/make_pairs.py and the Chromium print of corpora/scripts/make_blind_corpus.py).
`main` is the seventh batch's gold writer and checks (every goal, served_by text and evidence
quote printed in the document), so a rebuild gives the same files.
"""

from __future__ import annotations

import copy
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
from _docx_helpers import save_deterministic  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p7 = _load("parents_blind7_make_pairs", HERE.parent / "parents-blind7" / "make_pairs.py")
G, C, find_page, chromium_pdf = _p7.G, _p7.C, _p7.find_page, _p7.chromium_pdf

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Molnes (nb)


@pair
def molnes_landbruksplan(d: Path) -> dict:
    g = [
        "Øke matproduksjonen og ta vare på matjorda",
        "Skape flere arbeidsplasser i reiseliv og lokal matforedling",
        "Rekruttere og beholde nok fagfolk i helse og omsorg",
        "Gi eldre og personer med funksjonsnedsettelse et meningsfylt dagtilbud",
        "Gi innbyggerne gode muligheter for friluftsliv i skog og fjell",
        "Kutte klimagassutslippene og binde mer karbon i skog og jord",
        "Holde kulturlandskapet åpent og i hevd",
        "Bedre vannkvaliteten i elver og innsjøer",
    ]
    sa = ["Verdiskaping og arbeid"] * 3 + ["Gode liv i bygdene"] * 2 + ["Natur, klima og miljø"] * 3
    measure = [
        "Dyrka areal i drift (daa); omdisponert dyrka mark per år",
        "Sysselsatte i overnatting, servering og næringsmiddelindustri (SSB)",
        "Andel utlyste stillinger i helse og omsorg som blir besatt",
        "Antall plasser i dagtilbud",
        "Andel som går tur minst en gang i uka (folkehelseundersøkelsen)",
        "Klimagassutslipp i tonn CO₂-ekvivalenter (Miljødirektoratet)",
        "Areal innmarksbeite; dyr sluppet på utmarksbeite",
        "Økologisk tilstand i vannforekomstene (Vann-nett)",
    ]
    parent = [
        ("meta", "MOLNES KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2027–2039"),
        ("meta", "Vedtatt av kommunestyret 22.04.2027, sak 19/27"),
        ("h1", "1 Visjon"),
        ("p", "«Molnes – levende bygder med rom for alle»"),
        ("h1", "2 Hva vi vil oppnå"),
        (
            "p",
            "Molnes er en innlandskommune med 4 300 innbyggere spredt på seks bygder. "
            "Landbruket er den største næringen, og kommunen har mer dyrka mark per innbygger "
            "enn noen annen kommune i regionen. Tabellen viser hva vi vil oppnå innenfor hvert "
            "satsingsområde og hvordan vi måler om vi lykkes.",
        ),
        (
            "table",
            ["Satsingsområde", "Vi vil", "Slik måler vi"],
            [[sa[i], g[i], measure[i]] for i in range(8)],
            [38, 70, 52],
        ),
        ("h1", "3 Oppfølging"),
        (
            "p",
            "Samfunnsdelen følges opp i handlingsdelen, i økonomiplanen og i temaplaner. "
            "Indikatorene rapporteres i årsmeldingen.",
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2027–2039",
        author="Molnes kommune",
        header="Molnes kommune – kommuneplanens samfunnsdel",
    )

    k_jord = (
        "Dyrka mark skal ikke omdisponeres, og gårdene skal levere mer melk, kjøtt og korn i "
        "2033 enn i dag."
    )
    k_foredling = "Flere gårdbrukere skal foredle og selge egne produkter."
    k_inntekt = "Bøndene i Molnes skal ha en inntekt på linje med andre yrkesgrupper."
    k_rekrutt = "Landbruket skal rekruttere unge som vil ta over og drive gårdene videre."
    k_demens = "Gården skal være et sted for omsorg og aktivitet for personer med demens."
    k_beite = "Beitedyr skal holde utmarka og setervollene åpne."
    k_tur = "Folk skal kunne gå på tur langs stier og seterveier gjennom utmarka."
    k_klima = (
        "Gårdene skal bruke mindre fossil energi, og skogen skal plantes til igjen etter hogst."
    )
    m = {
        "jordvern": "Jordvernstrategi med mål om null omdisponering av dyrka mark",
        "nydyrking": "Tilskudd til nydyrking og grøfting",
        "kurs": "Kurs i foredling, merking og salg av lokalmat",
        "reko": "REKO-ring og felles utsalg på Molnes torg",
        "driftsplan": "Rådgivning om driftsplan og økonomi for bruk med lav lønnsomhet",
        "generasjon": "Kurs i generasjonsskifte for eldre bønder og unge overtakere",
        "startpakke": "Startpakke for nye brukere med rådgivning og rentefritt lån",
        "tunet": "Inn på tunet-tilbud for personer med demens på to gårder",
        "gjerding": "Tilskudd til gjerding og rydding av setervoller",
        "klave": "Elektroniske klaver til sau på utmarksbeite",
        "seterveier": "Rydding og merking av gamle seterveier",
        "grinder": "Grinder og klyveledd der stiene krysser beite",
        "klimaraad": "Klimarådgivning og klimaplan for alle gårdsbruk",
        "planting": "Tilskudd til tettere planting og ungskogpleie",
        "biokull": "Biokull i jorda på ti demonstrasjonsgårder",
    }

    def line(key, owner, due):
        return f"• {m[key]} – Ansvar: {owner}. Frist: {due}"

    def table(rows):
        return (
            "table",
            ["Delmål", "Tiltak"],
            [[goal, "\n".join(lines)] for goal, lines in rows],
            [58, 102],
        )

    child = [
        ("title", "Landbruksplan for Molnes 2028–2033"),
        ("meta", "Molnes kommune · Vedtatt av kommunestyret 26.10.2027, sak 71/27"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Landbruksplanen er en temaplan under kommuneplanen. Den viser hvordan kommunen vil "
            "arbeide med jordbruk, skogbruk og utmark de neste seks årene. For hvert tema står "
            "delmålene til venstre og tiltakene til høyre i tabellen.",
        ),
        ("h1", "2 Jord og matproduksjon"),
        (
            "p",
            "Antall aktive gårdsbruk har gått ned fra 212 i 2010 til 151 i 2026, men arealet i "
            "drift er nesten det samme, fordi de som fortsetter, leier jord av naboene.",
        ),
        table(
            [
                (
                    k_jord,
                    [
                        line("jordvern", "plan og landbruk", "2028"),
                        line("nydyrking", "landbrukskontoret", "årlig"),
                    ],
                ),
                (
                    k_foredling,
                    [
                        line("kurs", "landbrukskontoret", "2029"),
                        line("reko", "Molnes Bondelag", "2028"),
                    ],
                ),
                (k_inntekt, [line("driftsplan", "landbrukskontoret", "årlig")]),
            ]
        ),
        ("h1", "3 Folk i landbruket"),
        (
            "p",
            "Halvparten av gårdbrukerne er over 60 år. Flere gårder har ingen som vil ta over. "
            "Samtidig har helse og omsorg spurt om gårdene kan brukes i tjenestene deres.",
        ),
        table(
            [
                (
                    k_rekrutt,
                    [
                        line("generasjon", "landbrukskontoret", "2028"),
                        line("startpakke", "næringsfondet", "2029"),
                    ],
                ),
                (k_demens, [line("tunet", "helse og omsorg", "2029")]),
            ]
        ),
        ("h1", "4 Utmark, beite og friluftsliv"),
        (
            "p",
            "Det slippes om lag 6 000 sau og 400 storfe på utmarksbeite hver sommer. Mange "
            "setervoller gror likevel igjen, og gamle ferdselsveier forsvinner.",
        ),
        table(
            [
                (
                    k_beite,
                    [
                        line("gjerding", "landbrukskontoret", "årlig"),
                        line("klave", "beitelagene", "2028"),
                    ],
                ),
                (
                    k_tur,
                    [
                        line("seterveier", "landbrukskontoret og turlaget", "2029"),
                        line("grinder", "grunneierne", "2030"),
                    ],
                ),
            ]
        ),
        ("h1", "5 Klima og miljø"),
        (
            "p",
            "Avrenning av jord og gjødsel fra åkrene påvirker vannkvaliteten i elver og "
            "innsjøer, og i Molnesvassdraget har algeveksten økt de siste årene. Skogen i "
            "Molnes binder hvert år mer CO₂ enn landbruket slipper ut.",
        ),
        table(
            [
                (
                    k_klima,
                    [
                        line("klimaraad", "Norsk Landbruksrådgiving", "2030"),
                        line("planting", "skogbrukssjefen", "årlig"),
                        line("biokull", "landbrukskontoret", "2031"),
                    ],
                ),
            ]
        ),
    ]
    build_docx(
        child,
        d / "child.docx",
        title="Landbruksplan for Molnes 2028–2033",
        author="Molnes kommune",
        header="Molnes kommune – landbruksplan 2028–2033",
    )
    goals_ = [
        G(
            "G1",
            g[0],
            "followed_up",
            [k_jord, m["jordvern"], m["nydyrking"]],
            ev="Dyrka mark skal ikke omdisponeres",
            note="answered in other words (dyrka mark ikke omdisponeres for ta vare på "
            "matjorda; mer melk, kjøtt og korn for øke matproduksjonen); the parent's goals are "
            "the 'Vi vil' cells of one Satsingsområde | Vi vil | Slik måler vi table, no "
            "numbers, ids row by row",
        ),
        G(
            "G2",
            g[1],
            "partial",
            [k_foredling, m["kurs"], m["reko"]],
            ev="Flere gårdbrukere skal foredle",
            missing=["arbeidsplasser i reiseliv"],
            note="trap: two coordinated objects; the plan serves lokal matforedling (foredle og "
            "selge egne produkter) and nothing on reiseliv",
        ),
        G(
            "G3",
            g[2],
            "not_followed_up",
            note="trap: 'Landbruket skal rekruttere unge …' shares 'rekruttere' and is about "
            "farmers, it stands alone; helse og omsorg is named only as owner of the Inn på "
            "tunet measure",
        ),
        G(
            "G4",
            g[3],
            "partial",
            [k_demens, m["tunet"]],
            ev="Gården skal være et sted for",
            missing=["dagtilbud for personer med funksjonsnedsettelse"],
            note="Inn på tunet for personer med demens (mostly eldre) only",
        ),
        G(
            "G5",
            g[4],
            "followed_up",
            [k_tur, m["seterveier"], m["grinder"]],
            ev="Folk skal kunne gå på tur",
            note="answered in other words (gå på tur langs stier og seterveier gjennom utmarka "
            "for friluftsliv i skog og fjell)",
        ),
        G(
            "G6",
            g[5],
            "followed_up",
            [k_klima, m["klimaraad"], m["planting"], m["biokull"]],
            ev="Gårdene skal bruke mindre fossil",
            note="answered in other words within the plan's theme: mindre fossil energi and "
            "klimarådgivning for kutte utslippene, planting etter hogst and biokull for binde "
            "karbon i skog og jord (both objects served)",
        ),
        G(
            "G7",
            g[6],
            "followed_up",
            [k_beite, m["gjerding"], m["klave"]],
            ev="Beitedyr skal holde utmarka",
            note="answered in other words (beitedyr holder utmarka og setervollene åpne, "
            "rydding av setervoller for kulturlandskapet åpent og i hevd)",
        ),
        G(
            "G8",
            g[7],
            "not_followed_up",
            note="trap: the background of chapter 5 says avrenning påvirker vannkvaliteten i "
            "elver og innsjøer, but no delmål or tiltak does anything about it",
        ),
    ]
    kids = [
        C(k_jord, ["G1"]),
        C(k_foredling, ["G2"]),
        C(k_inntekt, [], note="farm income; no parent goal"),
        C(k_rekrutt, [], note="young farmers; shares 'rekruttere' with G3 (health staff)"),
        C(k_demens, ["G4"]),
        C(k_beite, ["G7"]),
        C(k_tur, ["G5"]),
        C(k_klima, ["G6"]),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.docx",
        producer="parent PDF (python-docx → LibreOffice): one 'Satsingsområde | Vi vil | Slik "
        "måler vi' table, the goal an infinitive phrase in the 'Vi vil' cell, the focus area "
        "repeated on every row (3 / 2 / 3), an indicator beside each goal, no numbers; child "
        ".docx (landbruksplan): per theme a 'Delmål | Tiltak' table, several measures in one "
        "cell as '• … – Ansvar: …. Frist: …' paragraphs",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 2 Gjerdvik (nn)


def _two_columns(docx: Path, last_single: str, last_double: str) -> None:
    """Set the paragraphs after LAST_SINGLE up to LAST_DOUBLE in two newspaper columns on the
    same page: Word's continuous section breaks before and after them (so the columns are
    balanced), one column before and after."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document(str(docx))
    body_sect = doc.element.body.sectPr
    paras = {p.text: p for p in doc.paragraphs}
    paras[last_single]._p.get_or_add_pPr().append(copy.deepcopy(body_sect))
    typ = OxmlElement("w:type")
    typ.set(qn("w:val"), "continuous")
    body_sect.find(qn("w:pgSz")).addprevious(typ)
    two = copy.deepcopy(body_sect)
    cols = two.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        two.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    paras[last_double]._p.get_or_add_pPr().append(two)
    save_deterministic(doc, docx)


@pair
def gjerdvik_reiseliv(d: Path) -> dict:
    g = {
        "1.1": "Havbruket og reiselivet skal skape nye arbeidsplassar.",
        "1.2": "Gjerdvik skal ha eit variert bustadtilbod.",
        "1.3": "Gjerdvik skal vere ein attraktiv stad å besøkje i alle årstider.",
        "2.1": "Kaia og sentrum skal vere ein levande møtestad for både bygdefolk og tilreisande.",
        "2.2": "Innbyggjarane skal få enkle og gode digitale tenester frå kommunen.",
        "3.1": "Fjordlandskapet og kulturarven skal takast vare på og brukast på ein berekraftig "
        "måte.",
        "3.2": "Det skal vere enkelt å reise til og rundt i Gjerdvik utan bil.",
    }

    def goal(n):
        return ("typed", n, g[n], "\t", 10)

    intro = (
        "Samfunnsdelen seier kva slags samfunn vi vil at Gjerdvik skal vere i 2040. Under kvart "
        "av dei tre satsingsområda står utfordringane først og så måla, nummererte. Måla skal "
        "følgjast opp i handlingsdelen og i temaplanar."
    )
    closing = (
        "Kommunen skal arbeide saman med fylkeskommunen om kollektivtilbodet og med "
        "grunneigarane om stiane."
    )
    parent = [
        ("meta", "GJERDVIK KOMMUNE"),
        ("title", "Kommuneplanen sin samfunnsdel 2028–2040"),
        ("meta", "Vedteken av kommunestyret 15.06.2028, sak 38/28"),
        ("p", intro),
        ("h2", "1 Arbeid og busetjing"),
        (
            "p",
            "Havbruket er den største private arbeidsgjevaren, og reiselivet veks. Likevel går "
            "folketalet ned, og mange som får jobb her, pendlar frå nabokommunane fordi dei ikkje "
            "finn ein høveleg stad å bu.",
        ),
        goal("1.1"),
        goal("1.2"),
        goal("1.3"),
        (
            "p",
            "Dei fleste gjestene kjem i juli. Resten av året står mange rom og båtar ubrukte.",
        ),
        ("h2", "2 Stad og fellesskap"),
        (
            "p",
            "Sentrum ligg ved kaia, men butikkane har flytta ut til riksvegen. Innbyggjarane "
            "ventar at kommunen er like tilgjengeleg på nett som bankane.",
        ),
        goal("2.1"),
        goal("2.2"),
        ("h2", "3 Natur, kultur og klima"),
        (
            "p",
            "Fjorden, Hornet og fuglefjellet er det dei fleste forbind med Gjerdvik. Naustrekkja "
            "og handelsstaden på Gjerdvikøyra er freda. Nesten all transport skjer med bil.",
        ),
        goal("3.1"),
        goal("3.2"),
        ("p", closing),
        ("meta", "Kunnskapsgrunnlaget for samfunnsdelen ligg på gjerdvik.kommune.no/plan."),
    ]
    with tempfile.TemporaryDirectory(prefix="pblind8-docx-") as tmp:
        docx = Path(tmp) / "parent.docx"
        build_docx(
            parent,
            docx,
            title="Kommuneplanen sin samfunnsdel 2028–2040",
            author="Gjerdvik kommune",
            header="Gjerdvik kommune – samfunnsdelen",
            lang="nn-NO",
        )
        _two_columns(docx, intro, closing)
        docx_to_pdf(docx, d / "parent.pdf")

    k_fast = "Reiselivsbedriftene skal kunne tilsetje fleire i faste stillingar."
    k_sesong = "Gjestene skal ha grunn til å kome også haust, vinter og vår."
    k_sjo = "Sjøfronten skal ha liv og aktivitetar som både fastbuande og gjester vil bruke."
    k_hornet = (
        "Ferdsla til Hornet og fuglefjellet skal styrast slik at verken stiane eller fuglelivet "
        "tek skade."
    )
    k_naust = (
        "Naustmiljøa og den gamle handelsstaden skal fortelje historia si til dei som kjem på "
        "besøk."
    )
    k_utanbil = "Gjestene skal kunne kome seg til fjorden og fjellet med buss, båt og sykkel."
    k_booking = "Gjestene skal kunne finne og bestille opplevingar digitalt på éin stad."
    kgoals = [k_fast, k_sesong, k_sjo, k_hornet, k_naust, k_utanbil, k_booking]
    rows = [
        (
            "Delte heilårsstillingar mellom hotellet og opplevingsbedriftene",
            "Reiselivsforumet",
            "2029",
            "1.1",
        ),
        (
            "Vinterpakke med nordlysturar, fjordsafari og julemarknad",
            "Visit Gjerdvik",
            "2028",
            "1.3",
        ),
        ("Marknad på kaia kvar laurdag frå mai til september", "Kultursjefen", "2028", ""),
        ("Benkar, lys og ei lita scene på sjøfronten", "Teknisk sjef", "2029", "2.1"),
        ("Parkering, toalett og steinsett sti opp til Hornet", "Teknisk sjef", "2028–2029", ""),
        ("Ferdselsreglar og skilt ved fuglefjellet i hekketida", "Miljørådgjevaren", "2028", "3.1"),
        (
            "Vandring med forteljar i naustmiljøet på Gjerdvikøyra",
            "Gjerdvik museum",
            "Kvar sommar",
            "",
        ),
        ("Turistbuss frå ferjekaia til Hornet i sesongen", "Fylkeskommunen", "2029", "3.2"),
        ("Utleige av elsyklar på ferjekaia", "Visit Gjerdvik", "2028", ""),
        ("Felles bookingside for overnatting og opplevingar", "Visit Gjerdvik", "2028", ""),
    ]
    m = [r[0] for r in rows]
    child = [
        ("title", "Reiselivsplan for Gjerdvik 2029–2033"),
        ("meta", "Gjerdvik kommune · Vedteken av kommunestyret 13.12.2028, sak 92/28"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Reiselivsplanen byggjer på kommuneplanen sin samfunnsdel og er laga saman med "
            "reiselivsforumet. Reiselivet har i dag om lag 90 årsverk, dei fleste i sommarmånadene. "
            "Bedriftene melder at det er vanskeleg å halde på tilsette fordi dei ikkje finn ein "
            "stad å bu, og at eit meir variert bustadtilbod i Gjerdvik ville gjort det lettare.",
        ),
        ("h1", "2 Mål for reiselivet"),
        ("p", "I planperioden skal vi nå desse måla:"),
        *[("typed", f"Mål {chr(65 + i)}:", t, "\t", 18) for i, t in enumerate(kgoals)],
        ("h1", "3 Tiltak"),
        (
            "p",
            "Kolonna «Bidrar til» viser kva mål i samfunnsdelen tiltaket byggjer på, der "
            "tiltaket er knytt til eitt.",
        ),
        (
            "table",
            ["Tiltak", "Ansvar", "Når", "Bidrar til"],
            [list(r) for r in rows],
            [82, 36, 22, 20],
        ),
    ]
    build_docx(
        child,
        d / "child.docx",
        title="Reiselivsplan for Gjerdvik 2029–2033",
        author="Gjerdvik kommune",
        header="Gjerdvik kommune – reiselivsplan",
        lang="nn-NO",
    )
    goals_ = [
        G(
            "G1.1",
            g["1.1"],
            "partial",
            [k_fast, m[0]],
            ev="Reiselivsbedriftene skal kunne tilsetje",
            missing=["nye arbeidsplassar i havbruket"],
            note="trap: two coordinated objects, the plan serves reiselivet only; ids are the "
            "parent's typed numbers (the number is not part of the text)",
        ),
        G(
            "G1.2",
            g["1.2"],
            "not_followed_up",
            note="trap: the introduction repeats 'eit meir variert bustadtilbod i Gjerdvik' as "
            "the businesses' wish; no goal or measure does anything about housing",
        ),
        G(
            "G1.3",
            g["1.3"],
            "followed_up",
            [k_sesong, m[1]],
            ev="Gjestene skal ha grunn til å kome",
            note="answered in other words (haust, vinter og vår; vinterpakke for i alle årstider)",
        ),
        G(
            "G2.1",
            g["2.1"],
            "followed_up",
            [k_sjo, m[2], m[3]],
            ev="Sjøfronten skal ha liv",
            note="answered in other words (sjøfronten for kaia og sentrum, fastbuande og "
            "gjester for bygdefolk og tilreisande); the market row has no 'Bidrar til'",
        ),
        G(
            "G2.2",
            g["2.2"],
            "not_followed_up",
            note="trap: 'Gjestene skal kunne finne og bestille opplevingar digitalt …' shares "
            "'digital' and is about booking for visitors, not the council's services; it stands "
            "alone",
        ),
        G(
            "G3.1",
            g["3.1"],
            "followed_up",
            [k_hornet, k_naust, m[4], m[5], m[6]],
            ev="Ferdsla til Hornet og fuglefjellet",
            note="answered in other words (ferdsla styrt så stiar og fuglelivet ikkje tek skade "
            "for ta vare på fjordlandskapet; naustmiljøa fortel historia si for kulturarven "
            "brukt); two of its three measures have no 'Bidrar til'",
        ),
        G(
            "G3.2",
            g["3.2"],
            "partial",
            [k_utanbil, m[7], m[8]],
            ev="Gjestene skal kunne kome seg til fjorden",
            missing=["innbyggjarane sine daglege reiser utan bil"],
            note="visitors only (turistbuss, elsyklar på ferjekaia)",
        ),
    ]
    kids = [
        C(k_fast, ["G1.1"]),
        C(k_sesong, ["G1.3"]),
        C(k_sjo, ["G2.1"]),
        C(k_hornet, ["G3.1"]),
        C(k_naust, ["G3.1"]),
        C(k_utanbil, ["G3.2"]),
        C(k_booking, [], note="booking for visitors; shares 'digital' with G2.2, serves no goal"),
    ]
    return dict(
        language="nn",
        parent="parent.pdf",
        child="child.docx",
        producer="parent PDF (python-docx → LibreOffice): the introduction in one column, then "
        "a continuous section break and two newspaper columns with goals typed '1.1⇥…' under "
        "three focus-area headings between background paragraphs (3 / 2 / 2); child .docx "
        "(reiselivsplan): goals typed 'Mål A:⇥…', then one 'Tiltak | Ansvar | Når | Bidrar til' "
        "table naming the parent goal by number ('1.3') in five of ten rows",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 3 Hedsjö (sv)


@pair
def hedsjo_biblioteksplan(d: Path) -> dict:
    g = [
        "Alla barn och unga ska utveckla ett rikt språk.",
        "Vuxna ska kunna studera vidare utan att flytta från kommunen.",
        "Alla invånare ska ha tillgång till samhällsinformation och kunna använda digitala "
        "tjänster.",
        "Invånarna ska kunna påverka kommunens beslut.",
        "Det ska gå att bo på landsbygden och pendla till arbete och skola med buss.",
        "Barn och unga ska ha meningsfulla fritidsaktiviteter och mötesplatser.",
        "Nyanlända ska snabbt lära sig svenska och komma in i arbetslivet.",
    ]

    def cell(goals):
        return "\n".join(f"• {t}" for t in goals)

    parent = [
        ("meta", "HEDSJÖ KOMMUN"),
        ("title", "Strategisk plan 2027–2030"),
        ("meta", "Antagen av kommunfullmäktige 2026-11-23, § 112"),
        ("h1", "Vision 2035"),
        ("p", "Hedsjö – en plats att växa i, hela livet."),
        ("h1", "Kommunfullmäktiges mål"),
        (
            "p",
            "Kommunfullmäktiges mål gäller för hela den kommunala organisationen och är "
            "ordnade i fyra målområden. Nämnderna bryter ned målen i sina verksamhetsplaner och "
            "i program och planer.",
        ),
        (
            "table",
            ["Livslångt lärande", "Delaktighet och demokrati"],
            [[cell(g[0:2]), cell(g[2:4])]],
            [80, 80],
        ),
        (
            "table",
            ["Hela Hedsjö ska leva", "Arbete och integration"],
            [[cell(g[4:6]), cell(g[6:7])]],
            [80, 80],
        ),
        ("h1", "Uppföljning"),
        (
            "p",
            "Målen följs upp med indikatorer i delårsrapporten och årsredovisningen.",
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Strategisk plan 2027–2030",
        author="Hedsjö kommun",
        header="Hedsjö kommun – strategisk plan 2027–2030",
        lang="sv-SE",
    )

    c_las = "Fler barn ska få höra högläsning hemma och läsa av egen lust på fritiden."
    c_distans = "Den som läser på distans ska ha en studieplats och stöd nära hemmet."
    c_digital = (
        "Ingen ska stå utanför det digitala samhället för att man saknar dator eller kunskap."
    )
    c_sprak = "Den som är ny i Sverige ska kunna öva det nya språket tillsammans med andra."
    c_unga = "Unga ska ha ett eget rum på biblioteket där de själva bestämmer vad som händer."
    c_bokbuss = "Bokbussen ska stanna i alla byar på landsbygden minst varannan vecka."
    areas = [
        (
            "1 Läsfrämjande för barn och unga",
            "Andelen elever i årskurs 5 som läser böcker på fritiden har minskat sedan 2019.",
            c_las,
            [
                (
                    "Bokpaket till alla familjer vid barnets sexmånaderskontroll på BVC",
                    "Barnbibliotekarien",
                    "2028",
                ),
                (
                    "Sommarlovsläsning med läsutmaning för mellanstadiet",
                    "Barnbibliotekarien",
                    "Varje sommar",
                ),
            ],
        ),
        (
            "2 Stöd för lärande",
            "Allt fler invånare läser på högskola eller komvux på distans.",
            c_distans,
            [
                (
                    "Tentamensvakt och bokningsbara grupprum på huvudbiblioteket",
                    "Bibliotekschefen",
                    "2028",
                ),
                (
                    "Meröppet på huvudbiblioteket och i Norrby alla dagar 7–22",
                    "Bibliotekschefen",
                    "2029",
                ),
            ],
        ),
        (
            "3 Digital delaktighet",
            "Var tionde invånare över 65 år använder inte internet.",
            c_digital,
            [
                ("Digitalhjälp varje onsdag", "Digitalbibliotekarien", "Från 2028"),
                (
                    "Lånedatorer och surfplattor med hjälp att komma igång",
                    "Digitalbibliotekarien",
                    "2028",
                ),
            ],
        ),
        (
            "4 Ett bibliotek för nya svenskar",
            "Omkring 300 personer i Hedsjö läser svenska för invandrare.",
            c_sprak,
            [
                ("Språkcafé två kvällar i veckan med frivilliga", "Huvudbiblioteket", "Från 2028"),
                ("Lättlästa böcker för vuxna som lär sig svenska", "Medieansvarig", "Löpande"),
            ],
        ),
        (
            "5 Unga på biblioteket",
            "Ungdomarna saknar en plats att vara på efter skolan när fritidsgården har stängt.",
            c_unga,
            [
                ("Ungdomsrum med gaming, läxhjälp och skrivarverkstad", "Bibliotekschefen", "2029"),
                ("Ungdomsråd som planerar lovaktiviteterna", "Fritidsenheten", "Från 2028"),
            ],
        ),
        (
            "6 Biblioteket i hela kommunen",
            "Två av tre filialer lades ned 2024.",
            c_bokbuss,
            [("Ny bokbuss med hållplatser i 24 byar", "Kultur- och fritidsnämnden", "2029")],
        ),
    ]
    intro = (
        "Enligt bibliotekslagen ska kommunen ha en biblioteksplan. Planen utgår från "
        "kommunfullmäktiges strategiska plan och gäller folkbiblioteket, skolbiblioteken och "
        "bokbussen. Biblioteket är en del av det demokratiska samhället. Medborgarundersökningen "
        "visar att många invånare inte tycker att de kan påverka kommunens beslut."
    )
    with tempfile.TemporaryDirectory(prefix="pblind8-html-") as tmp:
        src = Path(tmp) / "biblioteksplan.html"
        src.write_text(_web_biblioteksplan(areas, intro), encoding="utf-8")
        chromium_pdf(src, d / "child.pdf")
    mm = [r[0] for *_, rows in areas for r in rows]
    goals_ = [
        G(
            "G1",
            g[0],
            "followed_up",
            [c_las, mm[0], mm[1], mm[8]],
            ev="Fler barn ska få höra högläsning",
            note="answered in other words (högläsning, läsa av egen lust, bokpaket for utveckla "
            "ett rikt språk; the skrivarverkstad of the ungdomsrum for the unga); the parent's "
            "goals have no numbers, ids in reading order through the målkarta (left cell, right cell, next table)",
        ),
        G(
            "G2",
            g[1],
            "followed_up",
            [c_distans, mm[2], mm[3]],
            ev="Den som läser på distans",
            note="answered in other words (läser på distans, studieplats nära hemmet for "
            "studera vidare utan att flytta)",
        ),
        G(
            "G3",
            g[2],
            "partial",
            [c_digital, mm[4], mm[5]],
            ev="Ingen ska stå utanför det digitala",
            missing=["tillgång till samhällsinformation"],
            note="trap: two coordinated objects, the plan serves the digital one only",
        ),
        G(
            "G4",
            g[3],
            "not_followed_up",
            note="trap: the introduction repeats 'påverka kommunens beslut' from the "
            "medborgarundersökning; no goal or activity serves it",
        ),
        G(
            "G5",
            g[4],
            "not_followed_up",
            note="trap: 'Bokbussen ska stanna i alla byar på landsbygden …' shares 'landsbygden' "
            "and 'buss' and is about library service, not commuting; it stands alone",
        ),
        G(
            "G6",
            g[5],
            "followed_up",
            [c_unga, mm[8], mm[9]],
            ev="Unga ska ha ett eget rum",
            note="answered in other words (eget rum där de själva bestämmer, gaming och "
            "lovaktiviteter for fritidsaktiviteter och mötesplatser)",
        ),
        G(
            "G7",
            g[6],
            "partial",
            [c_sprak, mm[6], mm[7]],
            ev="Den som är ny i Sverige",
            missing=["komma in i arbetslivet"],
            note="the language only (språkcafé, lättlästa böcker); nothing on work",
        ),
    ]
    kids = [
        C(c_las, ["G1"]),
        C(c_distans, ["G2"]),
        C(c_digital, ["G3"]),
        C(c_sprak, ["G7"]),
        C(c_unga, ["G6"]),
        C(c_bokbuss, [], note="mobile library; shares 'landsbygden' and 'buss' with G5"),
    ]
    return dict(
        language="sv",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice): a målkarta of two two-column tables, "
        "the målområden in the shaded header cells, two goals (one in the last cell) per body "
        "cell as typed '• …' paragraphs (2 / 2 / 2 / 1), no numbers; child PDF printed by "
        "Chromium from a web page (biblioteksplan): per prioriterat område a 'Målet' callout, "
        "then an 'Aktivitet | Ansvar | När' table",
        goals=goals_,
        kids=kids,
    )


def _web_biblioteksplan(areas, intro) -> str:
    """A biblioteksplan published as a web page: per prioriterat område a short background, the
    goal in a callout labelled "Målet", then the activities in a small table."""
    e = _html.escape
    parts = [
        "<!doctype html><html lang='sv'><head><meta charset='utf-8'>",
        "<title>Biblioteksplan för Hedsjö kommun 2028–2031</title><style>",
        "@page{size:A4;margin:18mm 20mm 20mm 20mm}",
        "body{font-family:'Liberation Serif',Georgia,serif;font-size:11pt;color:#1a1a1a}",
        "header{font-family:'Liberation Sans',Arial,sans-serif;font-size:8.5pt;color:#555;"
        "border-bottom:2px solid #7a1f3d;padding-bottom:4px}",
        "h1{font-family:'Liberation Sans',Arial,sans-serif;color:#7a1f3d;font-size:21pt;"
        "margin:12px 0 2px}",
        ".meta{font-size:9pt;color:#555;margin:0 0 10px}",
        "section{break-inside:avoid;margin-top:14px}",
        "h2{font-family:'Liberation Sans',Arial,sans-serif;font-size:13.5pt;color:#7a1f3d;"
        "margin:0 0 4px}",
        ".mal{background:#f6eef1;border-radius:6px;padding:6px 10px;margin:6px 0}",
        ".lbl{font-family:'Liberation Sans',Arial,sans-serif;font-size:8pt;letter-spacing:1px;"
        "text-transform:uppercase;color:#7a1f3d}",
        ".mal p{margin:2px 0 0;font-size:12pt;font-style:italic}",
        "table{border-collapse:collapse;width:100%;font-size:9.5pt;"
        "font-family:'Liberation Sans',Arial,sans-serif}",
        "th{text-align:left;border-bottom:1.5px solid #7a1f3d;padding:3px 4px}",
        "td{border-bottom:0.5px solid #bbb;padding:3px 4px;vertical-align:top}",
        "</style></head><body>",
        "<header>hedsjo.se › Kultur och fritid › Bibliotek › Biblioteksplan</header>",
        "<h1>Biblioteksplan för Hedsjö kommun 2028–2031</h1>",
        "<p class='meta'>Antagen av kommunfullmäktige 2027-12-11, § 140</p>",
        f"<p>{e(intro)}</p>",
    ]
    for head, bg, goal, rows in areas:
        parts.append(f"<section><h2>{e(head)}</h2><p>{e(bg)}</p>")
        parts.append(f"<div class='mal'><span class='lbl'>Målet</span><p>{e(goal)}</p></div>")
        parts.append("<table><tr><th>Aktivitet</th><th>Ansvar</th><th>När</th></tr>")
        for a, who, when in rows:
            parts.append(f"<tr><td>{e(a)}</td><td>{e(who)}</td><td>{e(when)}</td></tr>")
        parts.append("</table></section>")
    parts.append("</body></html>")
    return "\n".join(parts)


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
            "corpora/parents-blind8/make_pairs.py.\n"
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
