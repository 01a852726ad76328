"""Build the tenth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-02 without reading plancheck's code. Five parents laid out in ways not used
by the earlier batches: a `Satsingsområde | Dette vil vi` table whose "Dette vil vi" cell holds
two or three goals as separate paragraphs (python-docx → LibreOffice); a web page printed by
Chromium with goals numbered "1A", "1B", "2A" … in badges under numbered focus areas; a nynorsk
.odt written with odfpy whose goals are an ODF list numbered by its list style ("Mål 1:" is not
typed, it is the list label) and continued across three theme headings; a Swedish "Mål och
budget" made by reportlab with the fullmäktige goals "Mål 1"–"Mål 7" in coloured number cells
and a "Så mäter vi" line under each; and an English council plan printed by Chromium as
"Outcome 1"–"Outcome 7" boxes with "What success looks like" bullets. The children: a
handlingsdel med økonomiplan (odfpy → LibreOffice) whose investment table has a
"Kommuneplanmål" column and which answers one parent goal only through investments; a plan for
psykisk helse og rus (.docx) citing "(kommuneplanens mål 1B)" and once citing a goal it leaves to
another plan; a nynorsk kulturminneplan (reportlab) opening with a `Mål i samfunnsdelen | Korleis
planen følgjer opp` table that quotes parent goals; a Swedish nämnd's verksamhetsplan (Chromium)
whose nämndmål cite "Kommunfullmäktiges mål 2"; and an English waste strategy (python-docx →
LibreOffice) whose priorities say "Contributes to Council Plan Outcome 1".

    python corpora/parents-blind10/make_pairs.py                        # all pairs
    python corpora/parents-blind10/make_pairs.py hallbekk-handlingsdel  # some pairs

Imports the ninth batch's builder (corpora/parents-blind9/make_pairs.py: through it the block
writer of corpora/mandates-blind/_build.py, G, C, find_page, the Chromium print, the printed-text
check and the odfpy writer of corpora/mandates-blind7). `main` is the ninth batch's gold writer
and checks, so a rebuild gives the same files.
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
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import build_docx, build_pdf, page_of, rendered_pages  # noqa: E402
from _odf_helpers import freeze_zip, soffice_pdf  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p9 = _load("parents_blind9_make_pairs", HERE.parent / "parents-blind9" / "make_pairs.py")
G, C, find_page, chromium_pdf = _p9.G, _p9.C, _p9.find_page, _p9.chromium_pdf
_check_printed, build_odfpy = _p9._check_printed, _p9.build_odfpy

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def _chromium(html: str, pdf: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="parblind10-html-") as tmp:
        src = Path(tmp) / (pdf.stem + ".html")
        src.write_text(html, encoding="utf-8")
        return chromium_pdf(src, pdf)


def _odt_pdf(blocks, pdf: Path, *, title: str, lang: str) -> Path:
    with tempfile.TemporaryDirectory(prefix="parblind10-odt-") as tmp:
        odt = Path(tmp) / (pdf.stem + ".odt")
        build_odfpy(blocks, odt, title=title, lang=lang)
        out = soffice_pdf(odt, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


# =========================================================================== 1 Hallbekk (nb)


@pair
def hallbekk_handlingsdel(d: Path) -> dict:
    sa = ["Et trygt og inkluderende samfunn", "Levende sentrum og næring", "Klima og miljø"]
    g = [
        "Alle barn skal få et godt og trygt oppvekstmiljø.",
        "Eldre skal kunne bo hjemme lenger med gode tjenester.",
        "Innbyggerne skal ha tilgang til gode idretts- og kulturanlegg.",
        "Hallbekk sentrum skal få flere boliger og arbeidsplasser.",
        "Kommunen skal legge til rette for nye næringsarealer langs E6.",
        "Kommunen skal halvere klimagassutslippene fra egen drift innen 2030.",
        "Vann, avløp og overvann skal tåle mer ekstremvær.",
    ]
    parent = [
        ("meta", "HALLBEKK KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2027–2039"),
        ("meta", "Vedtatt av kommunestyret 03.06.2027, sak 41/27"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Hallbekk har 14 200 innbyggere og ligger ved E6 mellom to byer. Samfunnsdelen sier "
            "hvor vi vil i 2039. Tabellen i kapittel 2 viser de tre satsingsområdene og det vi vil "
            "oppnå innenfor hvert av dem.",
        ),
        ("h1", "2 Satsingsområder"),
        (
            "table",
            ["Satsingsområde", "Dette vil vi"],
            [
                [sa[0], "\n".join(g[0:3])],
                [sa[1], "\n".join(g[3:5])],
                [sa[2], "\n".join(g[5:7])],
            ],
            [50, 110],
        ),
        ("h1", "3 Oppfølging"),
        (
            "p",
            "Handlingsdelen med økonomiplan rulleres hvert år og viser hvilke tiltak og "
            "investeringer som følger opp samfunnsdelen.",
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2027–2039",
        author="Hallbekk kommune",
        header="Hallbekk kommune – kommuneplanens samfunnsdel",
    )

    k = [
        "Alle skolebygg skal ha godt inneklima og trygge uteområder innen 2031.",
        "Flere eldre skal få hjelp i eget hjem i stedet for sykehjemsplass.",
        "Det skal bygges 150 nye boliger i sentrum i perioden.",
        "Kommunens bygg og biler skal ikke bruke fossil energi etter 2029.",
        "Kjellere i Storgata og på Bekkefeltet skal ikke oversvømmes ved styrtregn.",
        "Netto driftsresultat skal være minst 1,75 prosent av driftsinntektene.",
        "Lånegjelden skal ikke overstige 90 prosent av driftsinntektene.",
    ]
    inv = {
        "skole": "Rehabilitering av Nordbyen skole, inneklima og skolegård",
        "velferd": "Velferdsteknologi i hjemmetjenesten",
        "omsorg": "Omsorgsboliger på Bekkely, 16 boenheter",
        "stadion": "Kunstgressbane og garderobeanlegg på Hallbekk stadion",
        "kultur": "Rehabilitering av kulturhuset Bekkesalen, scene og sal",
        "tomt": "Tomteutvikling Sentrumskvartalet, boliger",
        "gs": "Gang- og sykkelvei langs E6 fra Nordbyen til sentrum",
        "elbil": "Elektriske tjenestebiler i hjemmetjenesten",
        "sol": "Solcelleanlegg og varmepumpe på rådhuset",
        "separer": "Separering av avløp og overvann i Storgata",
        "fordroy": "Fordrøyningsbasseng ved Bekkefeltet",
    }
    rows = [
        [inv["skole"], "4 000", "22 000", "18 000", "", sa[0]],
        [inv["velferd"], "1 500", "1 500", "1 000", "1 000", sa[0]],
        [inv["omsorg"], "", "12 000", "28 000", "", sa[0]],
        [inv["stadion"], "9 500", "", "", "", sa[0]],
        [inv["kultur"], "", "3 000", "14 000", "", sa[0]],
        [inv["tomt"], "2 000", "6 000", "", "", sa[1]],
        [inv["gs"], "", "", "8 000", "11 000", ""],
        [inv["elbil"], "2 400", "2 400", "", "", sa[2]],
        [inv["sol"], "", "3 600", "", "", sa[2]],
        [inv["separer"], "5 000", "15 000", "", "", sa[2]],
        [inv["fordroy"], "", "", "7 500", "", ""],
    ]
    child = [
        ("title", "Handlingsdel med økonomiplan 2028–2031"),
        ("meta", "Hallbekk kommune · Vedtatt av kommunestyret 12.12.2027, sak 96/27"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Handlingsdelen viser hvordan kommunen følger opp samfunnsdelen de neste fire årene, "
            "med mål for perioden og investeringer. Investeringstabellen i kapittel 4 viser i "
            "kolonnen Kommuneplanmål hvilket satsingsområde i samfunnsdelen investeringen hører "
            "til.",
        ),
        (
            "p",
            "Det er ikke satt av midler til nye næringsarealer langs E6 i perioden; arbeidet "
            "tas opp igjen ved neste rullering når kommuneplanens arealdel er revidert.",
        ),
        ("h1", "2 Mål for perioden"),
        ("p", f"Mål for perioden: {k[0]}"),
        ("p", f"Mål for perioden: {k[1]}"),
        ("p", f"Mål for perioden: {k[2]}"),
        ("p", f"Mål for perioden: {k[3]}"),
        ("p", f"Mål for perioden: {k[4]}"),
        ("h1", "3 Økonomiske handlingsregler"),
        ("p", f"Handlingsregel 1: {k[5]}"),
        ("p", f"Handlingsregel 2: {k[6]}"),
        ("h1", "4 Investeringer 2028–2031"),
        ("p", "Beløp i 1 000 kroner, eksklusive merverdiavgift."),
        (
            "table",
            ["Investeringsprosjekt", "2028", "2029", "2030", "2031", "Kommuneplanmål"],
            rows,
            [62, 15, 15, 15, 15, 38],
        ),
        (
            "p",
            "Driftskonsekvensene av investeringene er innarbeidet i rammene for tjenesteområdene.",
        ),
    ]
    _odt_pdf(child, d / "child.pdf", title="Handlingsdel med økonomiplan 2028–2031", lang="nb")

    goals_ = [
        G(
            "G1",
            g[0],
            "partial",
            [k[0], inv["skole"]],
            ev="Alle skolebygg skal ha godt inneklima",
            missing=["oppvekstmiljøet utenfor skolebygget (fritid, trygghet, mobbing)"],
            note="the goals are paragraphs of the 'Dette vil vi' cell (two or three per cell), "
            "no numbers, ids in reading order; only school buildings and school yards served",
        ),
        G(
            "G2",
            g[1],
            "followed_up",
            [k[1], inv["velferd"], inv["omsorg"]],
            ev="Flere eldre skal få hjelp i eget hjem",
            note="answered in other words (hjelp i eget hjem, velferdsteknologi, omsorgsboliger)",
        ),
        G(
            "G3",
            g[2],
            "followed_up",
            [inv["stadion"], inv["kultur"]],
            ev="Kunstgressbane og garderobeanlegg",
            note="answered only through investments, no goal for the period: a stadium and the "
            "cultural hall (their rows name the focus area, not the goal)",
        ),
        G(
            "G4",
            g[3],
            "partial",
            [k[2], inv["tomt"]],
            ev="Det skal bygges 150 nye boliger",
            missing=["arbeidsplasser i sentrum"],
            note="boliger served (150 homes, Sentrumskvartalet), arbeidsplasser not",
        ),
        G(
            "G5",
            g[4],
            "not_followed_up",
            note="trap: the introduction names 'nye næringsarealer langs E6' and says no money is "
            "set aside in the period; 'Gang- og sykkelvei langs E6' shares 'langs E6' and is a "
            "footpath with an empty Kommuneplanmål cell",
        ),
        G(
            "G6",
            g[5],
            "followed_up",
            [k[3], inv["elbil"], inv["sol"]],
            ev="Kommunens bygg og biler skal ikke bruke",
            note="answered in other words (no fossil energy in the council's buildings and cars "
            "after 2029, electric cars, solar panels) for egen drift",
        ),
        G(
            "G7",
            g[6],
            "partial",
            [k[4], inv["separer"], inv["fordroy"]],
            ev="Kjellere i Storgata og på Bekkefeltet",
            missing=["vannforsyningen (drikkevann) i ekstremvær"],
            note="avløp og overvann served (separation, detention basin; the basin's "
            "Kommuneplanmål cell is empty), the water supply not",
        ),
    ]
    kids = [
        C(k[0], ["G1"]),
        C(k[1], ["G2"]),
        C(k[2], ["G4"]),
        C(k[3], ["G6"]),
        C(k[4], ["G7"]),
        C(k[5], [], note="financial rule of the handlingsdel; serves no parent goal"),
        C(k[6], [], note="financial rule of the handlingsdel; serves no parent goal"),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice): one 'Satsingsområde | Dette vil vi' "
        "table, three rows, the 'Dette vil vi' cell holding two or three goals as separate "
        "paragraphs, no numbers; child PDF (odfpy .odt → LibreOffice; handlingsdel med "
        "økonomiplan): 'Mål for perioden: …' lines, 'Handlingsregel n: …' lines, and an "
        "investment table 'Investeringsprosjekt | 2028 | 2029 | 2030 | 2031 | Kommuneplanmål' "
        "naming the focus area (not the goal) in nine of eleven rows",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 2 Brennvika (nb)


def _web_numbered(title, meta, intro, areas, after) -> str:
    """A samfunnsdel published as a web page: numbered focus areas, each goal with its id
    ('1A', '1B' …) in a round badge beside it."""
    e = _html.escape
    parts = [
        "<!doctype html><html lang='nb'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>",
        "@page{size:A4;margin:18mm 18mm 18mm 18mm}",
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;color:#222}",
        ".crumb{font-size:8.5pt;color:#666}",
        "h1{font-size:21pt;color:#5a2d82;margin:8px 0 2px}",
        "h2{font-size:14pt;color:#5a2d82;margin:16px 0 4px;border-bottom:2px solid #5a2d82}",
        ".goal{display:flex;align-items:flex-start;margin:8px 0;break-inside:avoid}",
        ".badge{flex:0 0 34px;height:34px;border-radius:17px;background:#5a2d82;color:#fff;"
        "font-weight:bold;text-align:center;line-height:34px;margin-right:10px}",
        ".goal p{margin:7px 0 0;font-size:11.5pt;font-weight:bold}",
        ".bg{font-size:9.5pt;color:#444}",
        "</style></head><body>",
        "<p class='crumb'>brennvika.kommune.no › Plan og utvikling › Kommuneplanen</p>",
        f"<h1>{e(title)}</h1><p class='crumb'>{e(meta)}</p><p>{e(intro)}</p>",
    ]
    for head, bg, goals in areas:
        parts.append(f"<h2>{e(head)}</h2><p class='bg'>{e(bg)}</p>")
        for gid, text in goals:
            parts.append(
                f"<div class='goal'><span class='badge'>{e(gid)}</span><p>{e(text)}</p></div>"
            )
    parts += ["<h2>Oppfølging</h2>", f"<p>{e(after)}</p>", "</body></html>"]
    return "\n".join(parts)


@pair
def brennvika_psykisk_helse(d: Path) -> dict:
    g = {
        "1A": "Innbyggerne skal ha god psykisk helse og oppleve mestring i hverdagen.",
        "1B": "Barn og unge skal få hjelp tidlig når de strever.",
        "1C": "Færre skal bruke rusmidler på en måte som skader dem selv eller andre.",
        "2A": "Alle skal ha en trygg og god bolig.",
        "2B": "Flere skal være i arbeid eller utdanning.",
        "3A": "Tjenestene skal henge sammen og være tilgjengelige når folk trenger dem.",
        "3B": "Kommunen skal ha nok kvalifiserte medarbeidere i helse og omsorg.",
    }
    areas = [
        (
            "1 Folkehelse og livskvalitet",
            "Ungdata viser at flere unge i Brennvika føler seg ensomme og stresset enn for fem "
            "år siden.",
            [(x, g[x]) for x in ("1A", "1B", "1C")],
        ),
        (
            "2 Bolig og arbeid",
            "Det er få utleieboliger i kommunen, og ledigheten blant unge voksne er høyere enn i "
            "fylket.",
            [(x, g[x]) for x in ("2A", "2B")],
        ),
        (
            "3 Gode tjenester",
            "Kommunen vil vokse, og behovet for helse- og omsorgstjenester øker raskere enn "
            "befolkningen.",
            [(x, g[x]) for x in ("3A", "3B")],
        ),
    ]
    _chromium(
        _web_numbered(
            "Kommuneplanens samfunnsdel 2027–2038",
            "Brennvika kommune · Vedtatt av kommunestyret 27.05.2027, sak 33/27",
            "Samfunnsdelen har tre satsingsområder. Målene er nummerert med satsingsområdet og en "
            "bokstav, slik at temaplanene kan vise til dem.",
            areas,
            "Temaplanene skal vise hvilke mål i samfunnsdelen de følger opp. Handlingsdelen "
            "rulleres hvert år.",
        ),
        d / "parent.pdf",
    )

    k = [
        "Flere innbyggere skal vite hvor de kan få hjelp, og hva de selv kan gjøre for å ha "
        "det bra.",
        "Barn, unge og familier skal få hjelp innen to uker etter at de har tatt kontakt.",
        "Færre unge skal drikke alkohol eller røyke hasj før de er 18 år.",
        "Brukerne skal ha en meningsfull hverdag med aktivitet og fellesskap.",
        "Brukerne skal ha én fast kontaktperson og en plan som alle tjenestene følger.",
        "Brukere og pårørende skal bli hørt når tjenestene utvikles.",
    ]
    m = {
        "kampanje": "Kampanjen «Hvordan har du det?» hver høst",
        "kid": "Kurs i depresjonsmestring for voksne to ganger i året",
        "snakk": "Lavterskeltilbudet «Snakk med oss» på ungdomsskolen og den videregående skolen",
        "foreldre": "Foreldreveiledning for familier med barn under 3 år",
        "ungdata": "Rusforebyggende undervisning for alle elever på 9. trinn",
        "utekontakt": "Utekontakt i sentrum fredag og lørdag kveld",
        "fyret": "Aktivitetshuset Fyret åpent fem dager i uka",
        "ips": "Jobbspesialister (IPS) sammen med NAV for brukere som vil i arbeid",
        "inntak": "Felles inntaksteam for psykisk helse og rus",
        "koord": "Koordinator og individuell plan for alle med langvarige tjenester",
        "bruker": "Brukerråd for psykisk helse og rus som møtes fire ganger i året",
    }

    def table(keys):
        return (
            "table",
            ["Tiltak", "Ansvar", "Når"],
            [[m[a], b, c] for a, b, c in keys],
            [95, 40, 25],
        )

    def goal(n, text, ref):
        tail = f" (kommuneplanens mål {ref})" if ref else ""
        return ("p", f"**Mål {n}: {text}**{tail}")

    child = [
        ("title", "Plan for psykisk helse og rusarbeid 2028–2032"),
        ("meta", "Brennvika kommune · Vedtatt av kommunestyret 09.12.2027, sak 101/27"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen gjelder kommunens arbeid med psykisk helse og rus, fra forebygging til "
            "behandling og oppfølging. Ved hvert mål står det hvilket mål i kommuneplanens "
            "samfunnsdel det følger opp.",
        ),
        (
            "p",
            "Kommuneplanens mål 2A om at alle skal ha en trygg og god bolig følges opp i den "
            "boligsosiale handlingsplanen, som rulleres i 2028. Kommunen har hatt ubesatte "
            "stillinger for psykologer og sykepleiere; rekruttering er tema i "
            "arbeidsgiverstrategien.",
        ),
        ("h1", "2 Mål og tiltak"),
        ("h2", "Forebygging"),
        goal(1, k[0], "1A"),
        table(
            [
                ("kampanje", "Folkehelsekoordinator", "Hver høst"),
                ("kid", "Psykisk helsetjeneste", "Vår og høst"),
            ]
        ),
        goal(2, k[1], "1B"),
        table([("snakk", "Skolehelsetjenesten", "2028"), ("foreldre", "Helsestasjonen", "2029")]),
        goal(3, k[2], "1C"),
        table(
            [
                ("ungdata", "Skolene og SLT-koordinator", "Årlig"),
                ("utekontakt", "Ungdomstjenesten", "2028"),
            ]
        ),
        ("h2", "Hverdagen"),
        goal(4, k[3], ""),
        table(
            [
                ("fyret", "Psykisk helsetjeneste", "2028"),
                ("ips", "Psykisk helsetjeneste og NAV", "2029"),
            ]
        ),
        ("h2", "Tjenestene"),
        goal(5, k[4], "3A"),
        table([("inntak", "Kommunalsjef helse", "2028"), ("koord", "Koordinerende enhet", "2029")]),
        goal(6, k[5], ""),
        table([("bruker", "Kommunalsjef helse", "Fire ganger i året")]),
    ]
    build_docx(
        child,
        d / "child.docx",
        title="Plan for psykisk helse og rusarbeid 2028–2032",
        author="Brennvika kommune",
        header="Brennvika kommune – plan for psykisk helse og rusarbeid",
    )
    goals_ = [
        G(
            "G1A",
            g["1A"],
            "followed_up",
            [k[0], k[3], m["kampanje"], m["kid"], m["fyret"]],
            ev="Flere innbyggere skal vite hvor de kan få hjelp",
            note="the parent's ids are the badges '1A'–'3B' (not part of the text); Mål 1 cites "
            "'(kommuneplanens mål 1A)', Mål 4 serves it in other words (meningsfull hverdag for "
            "mestring) without a number",
        ),
        G(
            "G1B",
            g["1B"],
            "followed_up",
            [k[1], m["snakk"], m["foreldre"]],
            ev="Barn, unge og familier skal få hjelp",
            note="by number and in other words (hjelp innen to uker for hjelp tidlig)",
        ),
        G(
            "G1C",
            g["1C"],
            "partial",
            [k[2], m["ungdata"], m["utekontakt"]],
            ev="Færre unge skal drikke alkohol",
            missing=["voksne med skadelig rusbruk (behandling og oppfølging)"],
            note="cited by number, but only prevention among the young is served",
        ),
        G(
            "G2A",
            g["2A"],
            "not_followed_up",
            note="trap: the introduction cites 'Kommuneplanens mål 2A' and quotes it, then leaves "
            "it to the boligsosiale handlingsplan; nothing in this plan serves it",
        ),
        G(
            "G2B",
            g["2B"],
            "partial",
            [m["ips"]],
            ev="Jobbspesialister (IPS) sammen med NAV",
            missing=["utdanning", "arbeid for andre enn brukerne av tjenesten"],
            note="answered only through a measure under Mål 4 (IPS for users who want work), no "
            "goal and no number; one group and arbeid only",
        ),
        G(
            "G3A",
            g["3A"],
            "partial",
            [k[4], m["inntak"], m["koord"]],
            ev="Brukerne skal ha én fast kontaktperson",
            missing=["tilgjengelighet når folk trenger dem (kveld og helg, ventetid for voksne)"],
            note="henge sammen served (one contact, one plan, joint intake), tilgjengelige not",
        ),
        G(
            "G3B",
            g["3B"],
            "not_followed_up",
            note="trap: the introduction mentions ubesatte stillinger and leaves recruitment to "
            "the arbeidsgiverstrategi; no goal or measure",
        ),
    ]
    kids = [
        C(k[0], ["G1A"]),
        C(k[1], ["G1B"]),
        C(k[2], ["G1C"]),
        C(k[3], ["G1A"], note="no number; serves 1A in other words (its IPS measure serves 2B)"),
        C(k[4], ["G3A"]),
        C(k[5], [], note="user involvement; serves no parent goal"),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.docx",
        producer="parent PDF (HTML → Chromium): goals numbered '1A', '1B', '1C', '2A' … in round "
        "badges beside bold goal sentences under numbered focus-area headings, a grey background "
        "line under each heading; child .docx (plan for psykisk helse og rusarbeid): bold "
        "'Mål n: …' lines followed by '(kommuneplanens mål 1B)' in regular type in four of six, "
        "each over a 'Tiltak | Ansvar | Når' table",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 3 Fosshaug (nn)


def _odf_goal_list(odt: Path, *, title, meta, intro, themes, after) -> Path:
    """A nynorsk samfunnsdel written with odfpy: under each theme heading a background
    paragraph and the goals as an ODF list whose list style prints the label 'Mål n:' (the
    number is not typed); the list continues its numbering across the themes."""
    from odf.opendocument import OpenDocumentText
    from odf.style import ListLevelProperties, ParagraphProperties, Style, TextProperties
    from odf.text import H, List, ListItem, ListLevelStyleNumber, ListStyle
    from odf.text import P as OP

    doc = OpenDocumentText()

    def pstyle(name, size, bold=False, color="#000000", before="0cm", after="0.2cm", **pp):
        st = Style(name=name, family="paragraph")
        st.addElement(
            TextProperties(
                fontsize=f"{size}pt",
                fontfamily="'Liberation Sans'",
                fontweight="bold" if bold else "normal",
                color=color,
                language="nn",
                country="NO",
            )
        )
        st.addElement(ParagraphProperties(margintop=before, marginbottom=after, **pp))
        doc.styles.addElement(st)
        return st

    st_title = pstyle("Tittel", 20, True, "#3d5a1e", after="0.3cm")
    st_meta = pstyle("Meta", 9, color="#555555", after="0.1cm")
    st_h1 = pstyle("Overskrift1", 14, True, "#3d5a1e", before="0.5cm", after="0.15cm")
    st_body = pstyle("Brodtekst", 11)
    st_goal = pstyle(
        "Malsetning",
        11.5,
        True,
        "#1f2f10",
        before="0.1cm",
        after="0.1cm",
        backgroundcolor="#eef3e6",
        padding="0.12cm",
        borderleft="2.5pt solid #6b8e23",
    )
    ls = ListStyle(name="Malliste")
    lvl = ListLevelStyleNumber(level=1, numformat="1", numprefix="Mål ", numsuffix=":")
    lvl.addElement(ListLevelProperties(spacebefore="0cm", minlabelwidth="1.7cm"))
    ls.addElement(lvl)
    doc.automaticstyles.addElement(ls)
    doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(text=title))
    doc.text.addElement(OP(stylename=st_title, text=title))
    doc.text.addElement(OP(stylename=st_meta, text=meta))
    doc.text.addElement(OP(stylename=st_body, text=intro))
    first = True
    for head, bg, goals in themes:
        doc.text.addElement(H(outlinelevel=1, stylename=st_h1, text=head))
        doc.text.addElement(OP(stylename=st_body, text=bg))
        lst = List(stylename=ls) if first else List(stylename=ls, continuenumbering="true")
        first = False
        for t in goals:
            it = ListItem()
            it.addElement(OP(stylename=st_goal, text=t))
            lst.addElement(it)
        doc.text.addElement(lst)
    doc.text.addElement(H(outlinelevel=1, stylename=st_h1, text="Oppfølging"))
    doc.text.addElement(OP(stylename=st_body, text=after))
    doc.save(str(odt))
    freeze_zip(odt)
    return odt


def _reportlab_kulturminneplan(pdf: Path, *, title, meta, cross, background, goals, closing):
    """A kommunedelplan generated by a consultant's report system (reportlab): a crosswalk
    table `Mål i samfunnsdelen | Korleis planen følgjer opp`, then 'Planmål n' paragraphs each
    over a two-column measure table."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fdir = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LSerif", fdir + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-Bold", fdir + "LiberationSerif-Bold.ttf"))
    pdfmetrics.registerFontFamily("LSerif", normal="LSerif", bold="LSerif-Bold")
    ps = dict(
        t=ParagraphStyle("t", fontName="LSerif-Bold", fontSize=18, leading=22, spaceAfter=3),
        m=ParagraphStyle(
            "m", fontName="LSerif", fontSize=9, leading=11, textColor=colors.grey, spaceAfter=8
        ),
        h=ParagraphStyle(
            "h", fontName="LSerif-Bold", fontSize=13, leading=16, spaceBefore=10, spaceAfter=4
        ),
        p=ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=14, spaceAfter=5),
        g=ParagraphStyle(
            "g", fontName="LSerif-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3
        ),
        c=ParagraphStyle("c", fontName="LSerif", fontSize=9.5, leading=12),
        ch=ParagraphStyle("ch", fontName="LSerif-Bold", fontSize=9.5, leading=12),
    )
    e = _html.escape
    style = TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9d8")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )

    def table(head, rows, widths):
        data = [[Paragraph(e(x), ps["ch"]) for x in head]]
        data += [[Paragraph(e(x), ps["c"]) for x in r] for r in rows]
        t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(style)
        return t

    story = [
        Paragraph(e(title), ps["t"]),
        Paragraph(e(meta), ps["m"]),
        Paragraph("1 Samanheng med kommuneplanen", ps["h"]),
        Paragraph(
            "Tabellen viser korleis kulturminneplanen følgjer opp mål i kommuneplanen sin "
            "samfunnsdel.",
            ps["p"],
        ),
        table(["Mål i samfunnsdelen", "Korleis planen følgjer opp"], cross, [80, 90]),
        Paragraph("2 Bakgrunn", ps["h"]),
    ]
    story += [Paragraph(e(x), ps["p"]) for x in background]
    story.append(Paragraph("3 Planmål og tiltak", ps["h"]))
    for n, (text, rows) in enumerate(goals, start=1):
        story.append(Paragraph(f"Planmål {n}: {e(text)}", ps["g"]))
        story.append(table(["Tiltak", "Ansvar"], rows, [120, 50]))
    story += [Spacer(1, 6), Paragraph(e(closing), ps["p"])]
    doc = SimpleDocTemplate(
        str(pdf),
        pagesize=A4,
        title=title,
        author="Fosshaug kommune",
        creator="Kulturarv Rapport 3.2",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        invariant=1,
    )
    doc.build(story)
    return pdf


@pair
def fosshaug_kulturminne(d: Path) -> dict:
    g = [
        "Fosshaug skal ta vare på kulturarven og bruke han aktivt i samfunnsutviklinga.",
        "Sentrum og bygdene skal ha attraktive møtestader og god arkitektur.",
        "Reiseliv og kulturnæringar skal skape fleire arbeidsplassar.",
        "Landbruket skal halde kulturlandskapet ope.",
        "Alle skal kunne delta i kulturlivet.",
        "Barn og unge skal kjenne historia til heimstaden sin.",
        "Kommunen skal samarbeide med frivillige lag og eigarar.",
    ]
    themes = [
        (
            "Stad og identitet",
            "Den gamle trehusbyen på Øyra og dei mange gardstuna er det folk kjenner Fosshaug "
            "att på.",
            g[0:2],
        ),
        (
            "Næring og arbeid",
            "Reiselivet veks, men få bedrifter lever av det heile året. Talet på bruk i drift går "
            "ned.",
            g[2:4],
        ),
        (
            "Fellesskap",
            "Lag og organisasjonar gjer mykje av arbeidet som held bygdene i live.",
            g[4:7],
        ),
    ]
    with tempfile.TemporaryDirectory(prefix="parblind10-odt-") as tmp:
        odt = Path(tmp) / "parent.odt"
        _odf_goal_list(
            odt,
            title="Kommuneplanen sin samfunnsdel 2027–2039",
            meta="Fosshaug kommune · Vedteken av kommunestyret 17.06.2027, sak 52/27",
            intro="Samfunnsdelen viser kva kommunen vil med utviklinga fram mot 2039. Måla er "
            "nummererte fortløpande gjennom dei tre temaa.",
            themes=themes,
            after="Måla blir følgde opp i handlingsdelen og i kommunedelplanar og temaplanar.",
        )
        out = soffice_pdf(odt, Path(tmp))
        (d / "parent.pdf").write_bytes(out.read_bytes())

    k = [
        "Dei viktigaste kulturminna skal vere registrerte og sikra i arealplanane.",
        "Kulturminna skal brukast som ressurs når sentrum og bygdene blir utvikla.",
        "Steingardar, slåttemarker og gamle beitevollar skal haldast i hevd.",
        "Alle elevar skal besøkje minst tre kulturminne i løpet av grunnskulen.",
        "Eigarar av verneverdige bygg skal få råd og tilskot til å halde dei ved like.",
        "Byggjesaker som rører ved kulturminne skal vere ferdig handsama innan åtte veker.",
    ]
    m = {
        "reg": "Registrering av nyare tids kulturminne i alle bygdene",
        "omsyn": "Omsynssoner for kulturmiljø i kommuneplanen sin arealdel",
        "rettl": "Rettleiar for byggjeskikk og fargebruk i trehusbyen på Øyra",
        "stad": "Kulturminne i stadanalysen for sentrumsplanen",
        "smil": "SMIL-tilskot prioritert til skjøtsel av beitevollar og steingardar",
        "skule": "Kulturminne i Den kulturelle skulesekken for 4., 7. og 9. trinn",
        "fond": "Kulturminnefondet: søknadsrunde kvar vår",
        "rad": "Gratis byggjeskikkrådgjeving for eigarar",
        "sak": "Sjekkliste for kulturminne i alle byggjesaker",
    }
    cross = [
        [f"«{g[0][:-1]}»", "Heile planen, særleg planmål 1 og 2"],
        [
            f"«{g[2][:-1]}»",
            "Kulturminna er ein viktig ressurs for reiselivet og gjer Fosshaug til ein stad folk "
            "vil besøkje.",
        ],
        [f"«{g[3][:-1]}»", "Planmål 3"],
        [f"«{g[5][:-1]}»", "Planmål 4"],
    ]
    background = [
        "Fosshaug har 212 registrerte nyare tids kulturminne, 9 freda bygningar og eit rikt "
        "kulturliv med tolv historielag og eit bygdemuseum.",
        "Mange av dei verneverdige husa på Øyra står tomme delar av året, og fleire steingardar "
        "og slåttemarker gror att.",
    ]
    goals_rl = [
        (k[0], [[m["reg"], "Kulturkontoret"], [m["omsyn"], "Plan og byggesak"]]),
        (k[1], [[m["rettl"], "Plan og byggesak"], [m["stad"], "Plan og byggesak"]]),
        (k[2], [[m["smil"], "Landbrukskontoret"]]),
        (k[3], [[m["skule"], "Kulturskulen"]]),
        (k[4], [[m["fond"], "Kulturkontoret"], [m["rad"], "Plan og byggesak"]]),
        (k[5], [[m["sak"], "Plan og byggesak"]]),
    ]
    _reportlab_kulturminneplan(
        d / "child.pdf",
        title="Kulturminneplan for Fosshaug 2028–2036",
        meta="Kommunedelplan for kulturminne · Fosshaug kommune · Vedteken av kommunestyret "
        "14.12.2027, sak 99/27",
        cross=cross,
        background=background,
        goals=goals_rl,
        closing="Planen blir rullert kvart fjerde år. Tiltaka blir prioriterte i handlingsdelen.",
    )
    goals_ = [
        G(
            "M1",
            g[0],
            "followed_up",
            [k[0], k[1], m["reg"], m["omsyn"]],
            ev="Dei viktigaste kulturminna skal vere",
            note="the parent's goals are ODF list items whose label 'Mål n:' comes from the list "
            "style (not typed), numbered on across three themes; ids are those numbers. Quoted "
            "in the child's crosswalk; ta vare på (registrering, omsynssoner) and bruke aktivt "
            "(ressurs i utviklinga) both served",
        ),
        G(
            "M2",
            g[1],
            "partial",
            [k[1], m["rettl"]],
            ev="Rettleiar for byggjeskikk",
            missing=["møtestader i sentrum og bygdene"],
            note="god arkitektur served through the byggjeskikk guide for the old wooden town; "
            "nothing on meeting places",
        ),
        G(
            "M3",
            g[2],
            "not_followed_up",
            note="trap: the crosswalk quotes the goal and says the heritage is 'ein viktig "
            "ressurs for reiselivet', but no planmål or tiltak does anything for tourism or jobs",
        ),
        G(
            "M4",
            g[3],
            "followed_up",
            [k[2], m["smil"]],
            ev="Steingardar, slåttemarker",
            note="quoted in the crosswalk ('Planmål 3'); answered in other words (steingardar, "
            "slåttemarker og beitevollar i hevd, SMIL for kulturlandskapet ope)",
        ),
        G(
            "M5",
            g[4],
            "not_followed_up",
            note="trap: the background mentions 'eit rikt kulturliv' in passing; nothing serves "
            "participation",
        ),
        G(
            "M6",
            g[5],
            "followed_up",
            [k[3], m["skule"]],
            ev="Alle elevar skal besøkje",
            note="quoted in the crosswalk ('Planmål 4'); every pupil visits three heritage sites",
        ),
        G(
            "M7",
            g[6],
            "partial",
            [k[4], m["fond"], m["rad"]],
            ev="Eigarar av verneverdige bygg",
            missing=["samarbeid med frivillige lag (historielaga, bygdemuseet)"],
            note="eigarar served (fund, free advice); the twelve historielag are mentioned in "
            "the background only",
        ),
    ]
    kids = [
        C(k[0], ["M1"]),
        C(k[1], ["M1", "M2"], note="serves M1 (bruke aktivt) and, through its guide, M2"),
        C(k[2], ["M4"]),
        C(k[3], ["M6"]),
        C(k[4], ["M7"]),
        C(k[5], [], note="case-handling time; serves no parent goal"),
    ]
    return dict(
        language="nn",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (odfpy .odt → LibreOffice): goals as shaded ODF list items, the "
        "label 'Mål n:' generated by the list style and continued across three theme headings, "
        "a background paragraph above each list; child PDF (reportlab, serif; kommunedelplan "
        "for kulturminne): a crosswalk table 'Mål i samfunnsdelen | Korleis planen følgjer opp' "
        "quoting four parent goals «…», then 'Planmål n: …' lines each over a 'Tiltak | Ansvar' "
        "table",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 4 Ålviken (sv)


def _reportlab_mal_och_budget(pdf: Path, *, title, meta, intro, areas, after, header) -> Path:
    """A Swedish 'Mål och budget' generated by the kommun's budget system (reportlab): under
    each målområde the fullmäktige goals as two-cell rows, a coloured cell 'Mål n' on the left,
    the goal in bold and a 'Så mäter vi: …' line in grey on the right."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fdir = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LSans", fdir + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-Bold", fdir + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFontFamily("LSans", normal="LSans", bold="LSans-Bold")
    blue = colors.HexColor("#0a4d8c")
    ps = dict(
        t=ParagraphStyle("t", fontName="LSans-Bold", fontSize=19, leading=23, textColor=blue),
        m=ParagraphStyle(
            "m", fontName="LSans", fontSize=8.5, leading=11, textColor=colors.grey, spaceAfter=10
        ),
        h=ParagraphStyle(
            "h",
            fontName="LSans-Bold",
            fontSize=13,
            leading=16,
            textColor=blue,
            spaceBefore=10,
            spaceAfter=5,
        ),
        p=ParagraphStyle("p", fontName="LSans", fontSize=10, leading=13.5, spaceAfter=6),
        n=ParagraphStyle(
            "n", fontName="LSans-Bold", fontSize=11, leading=13, textColor=colors.white
        ),
        g=ParagraphStyle("g", fontName="LSans-Bold", fontSize=10.5, leading=13.5),
        i=ParagraphStyle(
            "i", fontName="LSans", fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")
        ),
    )
    e = _html.escape
    story = [
        Paragraph(e(title), ps["t"]),
        Paragraph(e(meta), ps["m"]),
        Paragraph(e(intro), ps["p"]),
    ]
    for head, goals in areas:
        story.append(Paragraph(e(head), ps["h"]))
        data = [
            [Paragraph(f"Mål {n}", ps["n"]), [Paragraph(e(t), ps["g"]), Paragraph(e(ind), ps["i"])]]
            for n, t, ind in goals
        ]
        t = Table(data, colWidths=[20 * mm, 150 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (0, -1), blue),
                    ("BACKGROUND", (1, 0), (1, -1), colors.HexColor("#eef3f9")),
                    ("LINEBELOW", (0, 0), (-1, -1), 3, colors.white),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        story.append(t)
    story += [Spacer(1, 6), Paragraph("Uppföljning", ps["h"]), Paragraph(e(after), ps["p"])]

    def deco(c, doc):
        c.saveState()
        c.setFont("LSans", 8)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, A4[1] - 12 * mm, header)
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Sida {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(pdf),
        pagesize=A4,
        title=title,
        author="Ålvikens kommun",
        creator="Stratsys-export",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return pdf


def _web_verksamhetsplan(title, meta, intro, goals, budget, closing) -> str:
    e = _html.escape
    parts = [
        "<!doctype html><html lang='sv'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>",
        "@page{size:A4;margin:18mm 20mm}",
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;color:#1d1d1d}",
        ".crumb{font-size:8.5pt;color:#666}",
        "h1{font-size:20pt;color:#2b5d34;margin:8px 0 2px}",
        "h2{font-size:14pt;color:#2b5d34;margin:14px 0 4px}",
        "section{border-top:1px solid #bbb;padding-top:4px;margin-top:10px;break-inside:avoid}",
        "h3{font-size:11.5pt;margin:4px 0 2px}",
        ".kf{display:inline-block;font-size:8.5pt;background:#e3efe5;color:#2b5d34;"
        "padding:1px 6px;border-radius:3px;margin:0 0 3px}",
        "table{border-collapse:collapse;width:100%;font-size:9.5pt}",
        "td,th{border:1px solid #999;padding:3px 5px;text-align:left}",
        "td.n{text-align:right}",
        "</style></head><body>",
        "<p class='crumb'>alviken.se › Kommun och politik › Styrdokument</p>",
        f"<h1>{e(title)}</h1><p class='crumb'>{e(meta)}</p><p>{e(intro)}</p>",
        "<h2>Nämndens mål och aktiviteter</h2>",
    ]
    for n, (goal, kf, acts) in enumerate(goals, start=1):
        parts.append(f"<section><h3>Nämndmål {n}: {e(goal)}</h3>")
        if kf:
            parts.append(f"<span class='kf'>{e(kf)}</span>")
        parts.append("<p><strong>Aktiviteter</strong></p><ul>")
        parts += [f"<li>{e(a)}</li>" for a in acts]
        parts.append("</ul></section>")
    parts.append(
        "<h2>Driftsbudget 2028</h2><table><tr><th>Verksamhet</th>"
        "<th>Intäkter, tkr</th><th>Kostnader, tkr</th><th>Netto, tkr</th></tr>"
    )
    for row in budget:
        parts.append(
            "<tr><td>"
            + e(row[0])
            + "</td>"
            + "".join(f"<td class='n'>{e(x)}</td>" for x in row[1:])
            + "</tr>"
        )
    parts += ["</table>", f"<p>{e(closing)}</p>", "</body></html>"]
    return "\n".join(parts)


@pair
def alviken_miljo_bygg(d: Path) -> dict:
    g = [
        "Ålviken ska växa till 22 000 invånare år 2035.",
        "Kommunens klimatpåverkan ska minska och naturen ska värnas.",
        "Det ska vara enkelt att starta och driva företag i Ålviken.",
        "Invånarna ska känna sig trygga i hela kommunen.",
        "Äldre ska få en god och värdig omsorg.",
        "Kommunens service ska vara tillgänglig, snabb och rättssäker.",
        "Kommunen ska vara en attraktiv arbetsgivare.",
    ]
    ind = [
        "Så mäter vi: folkmängd 31 december (SCB)",
        "Så mäter vi: växthusgasutsläpp per invånare; andel skyddad natur",
        "Så mäter vi: Svenskt Näringslivs ranking; nystartade företag per 1 000 invånare",
        "Så mäter vi: andel som känner sig trygga ute på kvällen (medborgarundersökningen)",
        "Så mäter vi: brukarbedömning i äldreomsorgen (Socialstyrelsen)",
        "Så mäter vi: handläggningstider; andel överklagade beslut som står sig",
        "Så mäter vi: hållbart medarbetarengagemang (HME); personalomsättning",
    ]
    areas = [
        ("Hållbar samhällsutveckling", [(i + 1, g[i], ind[i]) for i in range(3)]),
        ("Trygghet och livskvalitet", [(i + 1, g[i], ind[i]) for i in (3, 4)]),
        ("Effektiv organisation", [(i + 1, g[i], ind[i]) for i in (5, 6)]),
    ]
    _reportlab_mal_och_budget(
        d / "parent.pdf",
        title="Mål och budget 2028–2030",
        meta="Ålvikens kommun · Fastställd av kommunfullmäktige 2027-11-22, § 118",
        intro="Kommunfullmäktiges mål gäller för hela mandatperioden. Nämnderna bryter ner "
        "målen i egna nämndmål i sina verksamhetsplaner och redovisar resultatet i "
        "delårsrapport och årsredovisning.",
        areas=areas,
        after="Nämndernas verksamhetsplaner ska visa vilket av kommunfullmäktiges mål varje "
        "nämndmål bidrar till.",
        header="Ålvikens kommun – Mål och budget 2028–2030",
    )

    k = [
        "Detaljplaner för minst 400 nya bostäder ska antas under perioden.",
        "Utsläppen från enskilda avlopp till Ålsjön ska minska.",
        "Företagare ska uppleva myndighetsutövningen som enkel och förutsägbar.",
        "Bygglov ska beslutas inom fem veckor från komplett ansökan.",
        "Nämndens beslut ska hålla vid överprövning.",
        "Medarbetarna ska ha en trygg och hållbar arbetsmiljö.",
        "Avgifterna ska täcka 60 procent av kostnaderna för bygglov och tillsyn.",
    ]
    a = {
        "sjo": "Detaljplan för Sjöbacken etapp 2, cirka 180 bostäder",
        "norra": "Planprogram för Norra Ålviken",
        "avlopp": "Inventering och tillsyn av 300 enskilda avlopp per år",
        "skyfall": "Klimatanpassning: skyfallskartering i all ny detaljplanering",
        "lots": "Företagslots: en kontaktväg för alla tillstånd",
        "samord": "Samordnade tillsynsbesök med räddningstjänsten",
        "etj": "E-tjänst för bygglov med digital ritningsgranskning",
        "jour": "Bygglovsjour per telefon varje vardag klockan 9–12",
        "jur": "Juridisk granskning av alla beslut om sanktionsavgift",
        "hot": "Handledning och larm för inspektörer vid hot och våld",
        "taxa": "Ny taxa för plan- och bygglov enligt SKR:s modell",
    }
    goals_web = [
        (k[0], "Kommunfullmäktiges mål 1", [a["sjo"], a["norra"]]),
        (k[1], "Kommunfullmäktiges mål 2", [a["avlopp"], a["skyfall"]]),
        (k[2], "Kommunfullmäktiges mål 3", [a["lots"], a["samord"]]),
        (k[3], "Kommunfullmäktiges mål 6", [a["etj"], a["jour"]]),
        (k[4], "Kommunfullmäktiges mål 6", [a["jur"]]),
        (k[5], "Kommunfullmäktiges mål 7", [a["hot"]]),
        (k[6], "", [a["taxa"]]),
    ]
    _chromium(
        _web_verksamhetsplan(
            "Miljö- och byggnämndens verksamhetsplan 2028",
            "Antagen av miljö- och byggnämnden 2027-12-14, § 201",
            "Nämnden ansvarar för fysisk planering, bygglov och miljötillsyn. Nämndmålen bryter "
            "ner kommunfullmäktiges mål i Mål och budget 2028–2030; vid varje nämndmål anges "
            "vilket fullmäktigemål det bidrar till.",
            goals_web,
            [
                ["Planering", "3 200", "11 900", "−8 700"],
                ["Bygglov", "6 100", "9 400", "−3 300"],
                ["Miljötillsyn", "4 800", "8 200", "−3 400"],
                ["Totalt", "14 100", "29 500", "−15 400"],
            ],
            "Nämnden följer upp verksamhetsplanen i delårsrapporten per augusti.",
        ),
        d / "child.pdf",
    )
    goals_ = [
        G(
            "KF1",
            g[0],
            "followed_up",
            [k[0], a["sjo"], a["norra"]],
            ev="Detaljplaner för minst 400 nya bostäder",
            note="within the nämnd's remit: plans for 400 homes for the growth (cites "
            "'Kommunfullmäktiges mål 1'); ids KF1–KF7 are the parent's 'Mål n' cells (not part "
            "of the text); the grey 'Så mäter vi' lines are indicators, not goals",
        ),
        G(
            "KF2",
            g[1],
            "partial",
            [k[1], a["avlopp"]],
            ev="Utsläppen från enskilda avlopp",
            missing=["minskad klimatpåverkan (utsläpp av växthusgaser)"],
            note="naturen served (sewage to Ålsjön), klimatpåverkan not; trap: 'Klimatanpassning: "
            "skyfallskartering …' shares 'klimat' and is adaptation, not less climate impact",
        ),
        G(
            "KF3",
            g[2],
            "followed_up",
            [k[2], a["lots"], a["samord"]],
            ev="Företagare ska uppleva myndighetsutövningen",
            note="within the nämnd's remit: one contact for all permits (starta) and coordinated "
            "inspections (driva)",
        ),
        G(
            "KF4",
            g[3],
            "not_followed_up",
            note="trap: 'Medarbetarna ska ha en trygg och hållbar arbetsmiljö' shares 'trygg' "
            "and is about the nämnd's staff (cites mål 7)",
        ),
        G("KF5", g[4], "not_followed_up", note="nothing in the nämnd's plan; the plain case"),
        G(
            "KF6",
            g[5],
            "followed_up",
            [k[3], k[4], a["etj"], a["jour"], a["jur"]],
            ev="Bygglov ska beslutas inom fem veckor",
            note="two nämndmål cite 'Kommunfullmäktiges mål 6': snabb (five weeks), rättssäker "
            "(decisions upheld), tillgänglig (e-service, phone hours)",
        ),
        G(
            "KF7",
            g[6],
            "partial",
            [k[5], a["hot"]],
            ev="Medarbetarna ska ha en trygg",
            missing=["att attrahera och rekrytera nya medarbetare"],
            note="cites mål 7; the work environment of present staff only",
        ),
    ]
    kids = [
        C(k[0], ["KF1"]),
        C(k[1], ["KF2"]),
        C(k[2], ["KF3"]),
        C(k[3], ["KF6"]),
        C(k[4], ["KF6"]),
        C(k[5], ["KF7"], note="shares 'trygg' with KF4, serves KF7 as it says"),
        C(k[6], [], note="fee coverage; no fullmäktige goal cited, serves none"),
    ]
    return dict(
        language="sv",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (reportlab, a budget system's export; Mål och budget): under three "
        "målområde headings the fullmäktige goals as two-cell rows, a blue cell 'Mål n' and the "
        "goal in bold over a grey 'Så mäter vi: …' line; child PDF (HTML → Chromium; miljö- och "
        "byggnämndens verksamhetsplan): sections 'Nämndmål n: …' with a tag 'Kommunfullmäktiges "
        "mål 2' under six of seven and 'Aktiviteter' bullets, then a budget table",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 5 Wendlecombe (en)


def _web_outcomes(title, meta, intro, outcomes, after) -> str:
    """A UK district council plan as its web page prints: 'Outcome n' boxes, the outcome
    statement as the box heading, a 'What success looks like' list inside each box."""
    e = _html.escape
    parts = [
        "<!doctype html><html lang='en-GB'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>",
        "@page{size:A4;margin:16mm 18mm}",
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;color:#202020}",
        ".crumb{font-size:8.5pt;color:#666}",
        "h1{font-size:22pt;color:#00594f;margin:8px 0 2px}",
        ".box{border:2px solid #00594f;border-radius:6px;margin:10px 0;break-inside:avoid}",
        ".lbl{background:#00594f;color:#fff;font-weight:bold;font-size:9.5pt;padding:3px 10px;"
        "text-transform:uppercase;letter-spacing:1px}",
        ".box h2{font-size:13pt;margin:6px 10px 4px;color:#00594f}",
        ".box h3{font-size:10pt;margin:4px 10px 2px}",
        ".box ul{margin:2px 10px 8px 28px;padding:0}",
        "</style></head><body>",
        "<p class='crumb'>wendlecombe.gov.uk › Your council › Plans and strategies</p>",
        f"<h1>{e(title)}</h1><p class='crumb'>{e(meta)}</p><p>{e(intro)}</p>",
    ]
    for n, (outcome, success) in enumerate(outcomes, start=1):
        parts.append(
            f"<div class='box'><div class='lbl'>Outcome {n}</div><h2>{e(outcome)}</h2>"
            "<h3>What success looks like</h3><ul>"
        )
        parts += [f"<li>{e(x)}</li>" for x in success]
        parts.append("</ul></div>")
    parts += ["<h2>Delivering the plan</h2>", f"<p>{e(after)}</p>", "</body></html>"]
    return "\n".join(parts)


@pair
def wendlecombe_waste(d: Path) -> dict:
    g = [
        "A clean and green district where waste is reduced and resources are reused",
        "Residents live in warm, safe and affordable homes",
        "A thriving local economy with good jobs and skills",
        "Communities are safe, connected and proud of where they live",
        "People live healthier and more independent lives",
        "The district reaches net zero carbon emissions by 2040",
        "An efficient council that listens and delivers value for money",
    ]
    success = [
        ["Less waste thrown away per household", "More items repaired, reused and recycled"],
        ["More affordable homes built each year", "Fewer homes with poor energy ratings"],
        ["More people in skilled, well-paid work", "New businesses in our market towns"],
        [
            "Less anti-social behaviour",
            "Clean streets with less litter and fly-tipping",
            "Better bus links between villages and towns",
        ],
        ["More adults active for 150 minutes a week", "More older people supported at home"],
        ["Lower carbon emissions across the district each year"],
        ["Residents say the council listens to them", "Services cost less than the average"],
    ]
    _chromium(
        _web_outcomes(
            "Wendlecombe Council Plan 2027–2031",
            "Wendlecombe District Council · Agreed by Full Council on 20 July 2027",
            "The Council Plan sets out seven outcomes we want for Wendlecombe. Every service "
            "strategy shows which outcomes it contributes to.",
            list(zip(g, success, strict=True)),
            "Progress is reported to Cabinet twice a year against the measures in each "
            "service strategy.",
        ),
        d / "parent.pdf",
    )

    k = [
        "Cut the waste each household throws away by 15 percent by 2033.",
        "Recycle 60 percent of household waste by 2030.",
        "Keep streets and open spaces free of litter and fly-tipping.",
        "Switch the collection fleet to electric or hydrogen vehicles by 2032.",
        "Run a collection service that residents rate as good value.",
        "Make the Hatchmoor depot a safe place to work, with no reportable injuries.",
    ]
    act = {
        "reuse": "Open a reuse shop at Hatchmoor Household Recycling Centre",
        "repair": "Support monthly repair cafés in the four market towns",
        "food": "Collect food waste from every home weekly",
        "train": "Train all crews in the skills to spot contaminated recycling bins",
        "fly": "Fly-tipping enforcement team with mobile cameras",
        "litter": "Litter bins emptied daily in town centres",
        "fleet": "Replace 24 refuse collection vehicles with electric models",
        "panel": "Residents' panel on every change to collections",
        "joint": "Joint contract with Downshire councils for processing dry recycling",
        "safety": "Safety coaching and new welfare facilities at the depot",
    }

    def table(keys):
        return (
            "table",
            ["Action", "Lead", "By"],
            [[act[a], b, c] for a, b, c in keys],
            [95, 40, 25],
        )

    def priority(n, text, outcome):
        out = [("p", f"**Priority {n}: {text}**")]
        if outcome:
            out.append(("p", f"Contributes to Council Plan {outcome}"))
        return out

    child = [
        ("title", "Waste and Resources Strategy 2028–2033"),
        ("meta", "Wendlecombe District Council · Adopted by Cabinet on 7 December 2027"),
        ("h1", "1 Introduction"),
        (
            "p",
            "We collect waste and recycling from 58 000 homes. This strategy sets out how the "
            "service will change over the next five years. Each priority shows the Council Plan "
            "outcome it contributes to.",
        ),
        (
            "p",
            "Our crews see every street in the district every fortnight and take pride in the "
            "places where residents live. Household waste is still 480 kg per home each year, "
            "above the regional average.",
        ),
        ("h1", "2 Priorities and actions"),
        *priority(1, k[0], "Outcome 1"),
        table(
            [("reuse", "Waste Services Manager", "2029"), ("repair", "Recycling Officer", "2028")]
        ),
        *priority(2, k[1], "Outcome 1"),
        table(
            [("food", "Waste Services Manager", "2028"), ("train", "Operations Manager", "2028")]
        ),
        *priority(3, k[2], "Outcome 4"),
        table(
            [
                ("fly", "Environmental Enforcement", "2028"),
                ("litter", "Street Scene Manager", "2028"),
            ]
        ),
        *priority(4, k[3], "Outcome 6"),
        table([("fleet", "Fleet Manager", "2032")]),
        *priority(5, k[4], "Outcome 7"),
        table([("panel", "Customer Services", "2028"), ("joint", "Head of Environment", "2029")]),
        *priority(6, k[5], ""),
        table([("safety", "Operations Manager", "2028")]),
        ("h1", "3 Monitoring"),
        ("p", "The Environment Scrutiny Panel reviews progress every six months."),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Waste and Resources Strategy 2028–2033",
        author="Wendlecombe District Council",
        header="Wendlecombe District Council – Waste and Resources Strategy",
        lang="en-GB",
    )
    goals_ = [
        G(
            "O1",
            g[0],
            "followed_up",
            [k[0], k[1], act["reuse"], act["repair"], act["food"]],
            ev="Cut the waste each household",
            note="the parent's goals are the headings of 'Outcome n' boxes (no full stop), ids "
            "the outcome numbers; the 'What success looks like' bullets are not goals. Cited "
            "twice by number: reduced (15 percent less), reused (reuse shop, repair cafés), "
            "recycling; 'clean' also by Priority 3",
        ),
        G(
            "O2",
            g[1],
            "not_followed_up",
            note="trap: 'Collect food waste from every home weekly' and '58 000 homes' share "
            "'home'; nothing on warm, safe or affordable homes",
        ),
        G(
            "O3",
            g[2],
            "not_followed_up",
            note="trap: 'Train all crews in the skills to spot contaminated recycling bins' "
            "shares 'skills' and serves recycling (O1)",
        ),
        G(
            "O4",
            g[3],
            "partial",
            [k[2], act["fly"], act["litter"]],
            ev="Keep streets and open spaces free",
            missing=["safe communities (anti-social behaviour)", "connected (bus links)"],
            note="cites 'Outcome 4'; proud of where they live served through litter and "
            "fly-tipping (a success bullet of the outcome); trap: 'Make the Hatchmoor depot a "
            "safe place to work' shares 'safe' and is about staff",
        ),
        G(
            "O5",
            g[4],
            "not_followed_up",
            note="nothing in the waste strategy; the plain case",
        ),
        G(
            "O6",
            g[5],
            "partial",
            [k[3], act["fleet"]],
            ev="Switch the collection fleet",
            missing=["emissions beyond the waste service (homes, transport, business)"],
            note="cites 'Outcome 6'; the collection fleet only, a waste strategy is not the "
            "place for the rest, still partial",
        ),
        G(
            "O7",
            g[6],
            "followed_up",
            [k[4], act["panel"], act["joint"]],
            ev="Run a collection service that residents",
            note="within the service: listens (residents' panel), value for money (rated good "
            "value, joint contract)",
        ),
    ]
    kids = [
        C(k[0], ["O1"]),
        C(k[1], ["O1"]),
        C(k[2], ["O4"]),
        C(k[3], ["O6"]),
        C(k[4], ["O7"]),
        C(k[5], [], note="depot safety for staff; shares 'safe' with O4, serves no outcome"),
    ]
    return dict(
        language="en",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (HTML → Chromium, UK council plan): seven 'Outcome n' boxes, the "
        "outcome statement as the box heading (no full stop), a 'What success looks like' "
        "bullet list inside each box; child PDF (python-docx → LibreOffice; waste and resources "
        "strategy): bold 'Priority n: …' lines, 'Contributes to Council Plan Outcome 1' under "
        "five of six, each over an 'Action | Lead | By' table",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== main


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
            "corpora/parents-blind10/make_pairs.py.\n"
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
