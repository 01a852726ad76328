"""Build the second held-out batch of mandate/plan pairs (corpora/mandates-blind2/) and their gold.

Written by `blind` without reading plancheck's code (only the domain notes, docs/mandate.md and
the gold format of corpora/mandates-blind), after the first blind batch had been used to tune the
matcher. Themes and municipalities are new: a bibliotekplan, a nynorsk hovudplan for
vassforsyning, a kompetanse- og rekrutteringsplan for helse og omsorg, a strategic plan for
næringsareal, a nynorsk kulturminneplan and a handlingsplan mot vold i nære relasjoner.

Mandates come as municipalities deliver them: a saksframlegg PDF with typed "1)⇥" points, a
planprogram .docx with requirements in several sections, an oppdragsbrev .odt, a bestilling PDF
typed "10.Vurdere" without a space and wrapping over a page break, a nynorsk saksframlegg, a
mandate .docx with Word numbering and lettered sub-points. Requirements hide in the prose
(S1, S2, … in the gold). Plans answer the way real plans do: in other words than the point's, a
process point answered in the introduction, partly, or not at all — with traps (a scheme named
once in passing, shared words without an answer, an explicit "not part of this plan").

    python corpora/mandates-blind2/make_pairs.py             # all pairs
    python corpora/mandates-blind2/make_pairs.py bibliotek   # some pairs

The block writer, the construction checks and the gold writer are those of
corpora/mandates-blind (imported, not copied). Gold: coverage.gold.yaml per pair (README.md).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))

from _build import build_docx, build_pdf, rendered_pages, write_gold  # noqa: E402
from _odf_helpers import freeze_zip  # noqa: E402  (corpora/scripts, put on the path by _build)

def _first_batch():
    """corpora/mandates-blind/make_pairs.py under another module name (this file has its name)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "mandates_blind_make_pairs", HERE.parent / "mandates-blind" / "make_pairs.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_FIRST = _first_batch()
P = _FIRST.P  # one gold point: number, text, kind, status, ev (opening words), missing, trap
check_points_in_mandate = _FIRST.check_points_in_mandate

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def typed(points, fmt="{i}.", sep=" ", indent=8, start=1, left=0):
    """Points typed by hand: the number is part of the text, one paragraph each. sep="auto"
    types a space after one-digit numbers and nothing after two-digit ones ("10.Vurdere")."""
    out = []
    for i, text in enumerate(points, start=start):
        s = ("" if i >= 10 else " ") if sep == "auto" else sep
        out.append(("typed", fmt.format(i=i), text, s, indent, left))
    return out


def build_odt(blocks: list[tuple], path: Path, **kw) -> Path:
    """An OpenDocument text saved by LibreOffice Writer: the .docx from the block writer,
    converted by soffice (private profile), with its volatile metadata pinned."""
    with tempfile.TemporaryDirectory(prefix="blind-odt-") as tmp:
        docx = Path(tmp) / (path.stem + ".docx")
        build_docx(blocks, docx, **kw)
        prof = Path(tmp) / "profile"
        subprocess.run(
            [
                shutil.which("soffice") or "soffice",
                f"-env:UserInstallation=file://{prof}",
                "--headless",
                "--norestore",
                "--convert-to",
                "odt",
                "--outdir",
                tmp,
                str(docx),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=dict(os.environ, SAL_USE_VCLPLUGIN="svp", TZ="UTC"),
            timeout=300,
        )
        src = Path(tmp) / (path.stem + ".odt")
        with zipfile.ZipFile(src) as zin:
            members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
        with zipfile.ZipFile(path, "w") as zout:
            for name, data in members:
                if name == "meta.xml":
                    data = re.sub(
                        rb"(<(meta:creation-date|dc:date|meta:print-date)>)[^<]*(</)",
                        rb"\g<1>2026-03-02T09:00:00\3",
                        data,
                    )
                    data = re.sub(
                        rb"<meta:editing-duration>[^<]*<", b"<meta:editing-duration>PT0S<", data
                    )
                    data = re.sub(rb"<meta:generator>[^<]*<", b"<meta:generator>LibreOffice<", data)
                if name == "settings.xml":
                    data = re.sub(
                        rb'(<config:config-item config:name="(?:Rsid|RsidRoot)"[^>]*>)\d+<',
                        rb"\g<1>0<",
                        data,
                    )
                zout.writestr(name, data)
    freeze_zip(path)
    return path


# =========================================================================== 1 bibliotek (nb)


@pair
def bibliotek(d: Path) -> dict:
    m = [
        ("meta", "TVERRÅ KOMMUNE"),
        ("title", "Saksframlegg"),
        ("meta", "Saksnr.: 25/412    Arkiv: C60    Saksbehandler: Sigrid Haugland, kultursjef"),
        (
            "table",
            ["Utvalg", "Møtedato", "Utvalgssak"],
            [
                ["Utvalg for kultur og oppvekst", "11.03.2025", "14/25"],
                ["Formannskapet", "20.03.2025", "22/25"],
            ],
            [80, 40, 30],
        ),
        ("h1", "Bibliotekplan for Tverrå 2026–2029 – oppstart og mandat"),
        ("h2", "Kommunedirektørens innstilling"),
        *typed(
            [
                "Formannskapet vedtar oppstart av arbeidet med bibliotekplan for Tverrå 2026–2029.",
                "Mandatet for arbeidsgruppa vedtas slik det står i saksframlegget.",
                "Kultursjefen leder arbeidsgruppa.",
            ],
            fmt="{i}.",
            sep="\t",
            indent=7,
        ),
        ("h2", "Bakgrunn"),
        (
            "p",
            "Folkebibliotekloven § 1 gir folkebibliotekene et ansvar for å være en uavhengig "
            "møteplass og arena for offentlig samtale og debatt. Tverrå bibliotek har ikke "
            "hatt en egen plan siden 2012. Utlånet har gått ned, mens besøket og bruken av "
            "biblioteket som møtested har økt. Kommunestyret har vedtatt at biblioteket skal "
            "inngå i det nye kulturhuset på Torget.",
        ),
        (
            "p",
            "Arbeidsgruppa settes sammen av kultursjefen, biblioteksjefen, en rektor, en "
            "representant for frivilligheten og en ungdomsrepresentant oppnevnt av "
            "ungdomsrådet.",
        ),
        ("h2", "Mandat"),
        ("p", "Arbeidsgruppa skal i planen:"),
        *typed(
            [
                "Beskrive dagens bibliotektilbud, med utlån, besøk, åpningstider og filialer.",
                "Vurdere meråpent bibliotek, der lånerne kan bruke biblioteket også utenom "
                "betjent åpningstid.",
                "Beskrive bibliotekets rolle som møteplass og arena for offentlig samtale og "
                "debatt, jf. folkebibliotekloven § 1.",
                "Vurdere samarbeidet mellom folkebiblioteket og skolebibliotekene i grunnskolen.",
                "Foreslå tiltak som styrker leselysten hos barn og unge.",
                "Vurdere bibliotekets digitale tilbud og hvilken rolle biblioteket kan ha i å "
                "styrke innbyggernes digitale ferdigheter.",
                "Vurdere om kommunen skal søke utviklingsmidler fra Nasjonalbiblioteket til nye "
                "tiltak i planperioden.",
                "Beskrive hva flyttingen til kulturhuset betyr for lokaler, areal og "
                "åpningstider.",
            ],
            fmt="{i})",
            sep="\t",
            indent=7,
        ),
        ("h2", "Organisering og framdrift"),
        (
            "p",
            "Planen skal ha en handlingsdel med tiltak, ansvar og kostnad for hvert år i "
            "planperioden. Ungdomsrådet og eldrerådet skal høres før planen vedtas. Planen "
            "legges fram for kommunestyret i juni 2026.",
        ),
        ("h2", "Vurdering"),
        (
            "p",
            "En oppdatert bibliotekplan gir et bedre grunnlag for å utvikle biblioteket i det "
            "nye kulturhuset og for å prioritere innenfor en stram økonomi. Kommunedirektøren "
            "anbefaler at mandatet vedtas.",
        ),
    ]
    build_pdf(
        m,
        d / "saksframlegg.pdf",
        title="Saksframlegg – bibliotekplan, oppstart og mandat",
        author="Tverrå kommune",
        header="Tverrå kommune – Saksframlegg 25/412",
    )
    p = [
        ("title", "Bibliotekplan for Tverrå 2026–2029"),
        ("meta", "Tverrå kommune · Vedtatt av kommunestyret 18. juni 2026, sak 41/26"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen er utarbeidet av en arbeidsgruppe ledet av kultursjefen, etter oppdrag fra "
            "formannskapet i mars 2025. Utkastet har vært behandlet i ungdomsrådet, eldrerådet "
            "og rådet for personer med funksjonsnedsettelse, og uttalelsene er tatt inn i "
            "kapittel 4 og 5.",
        ),
        (
            "p",
            "Skolebibliotekene er skolenes ansvar etter opplæringsloven og er ikke en del av "
            "denne planen.",
        ),
        ("h1", "2 Biblioteket i dag"),
        (
            "p",
            "Hovedbiblioteket ligger i rådhuset og har 2,8 årsverk. I 2024 hadde biblioteket "
            "68 400 besøk og 41 200 utlån, mot 52 000 utlån i 2019. Biblioteket er betjent 34 "
            "timer i uka, med kveldsåpent to dager. Filialen på Strand ble lagt ned i 2019; "
            "siden da har innbyggerne i Strand-området lånt gjennom en utlånsautomat i "
            "nærbutikken.",
        ),
        (
            "p",
            "Biblioteket fikk utviklingsmidler fra Nasjonalbiblioteket til et lesesirkelprosjekt "
            "i 2021.",
        ),
        ("h1", "3 Selvbetjent tilgang"),
        (
            "p",
            "Fra høsten 2026 kan alle over 15 år med lånekort og PIN-kode låse seg inn i "
            "biblioteket fra klokka 07 til 22 alle dager, også når det ikke er ansatte til "
            "stede. Barn under 15 år kan bruke ordningen sammen med en voksen. Erfaringer fra "
            "nabokommunene viser at dette øker besøket uten at hærverk eller tyveri har vært et "
            "problem.",
        ),
        ("h1", "4 Biblioteket som møteplass"),
        (
            "p",
            "Biblioteket er et av få gratis oppholdssteder i sentrum. Her er leksehjelp for "
            "ungdomsskoleelever to ettermiddager i uka, strikkekafé, språkkafé for nye "
            "innbyggere og forfatterbesøk fire ganger i året. Eldrerådet har bedt om flere "
            "arrangementer på dagtid, og det følges opp fra 2027.",
        ),
        ("h1", "5 Leselyst hos barn og unge"),
        (
            "p",
            "Alle 3.-trinnsklassene får klassebesøk med lånekort hver høst, og biblioteket deltar "
            "i Sommerles hvert år. Helsestasjonen gir alle familier en bokpakke ved "
            "ettårskontrollen. Ungdomsrådet har ønsket et eget ungdomsrom med spill og tegneserier "
            "i det nye biblioteket, og det tas inn i romprogrammet.",
        ),
        ("h1", "6 Digitale tjenester"),
        (
            "p",
            "Lånerne har tilgang til e-bøker og lydbøker gjennom fylkets felles e-bokløsning, "
            "og biblioteket har en felles katalog med de andre bibliotekene i regionen. Bruken "
            "av e-lydbøker har doblet seg siden 2021.",
        ),
        ("h1", "7 Biblioteket i kulturhuset"),
        (
            "p",
            "Kommunestyret har vedtatt at biblioteket flytter inn i Kulturhuset Torget når det "
            "står ferdig i 2028. Biblioteket får 900 kvadratmeter, mot 520 i dag, med eget "
            "barneareal, ungdomsrom og et lite scenerom som kan deles med kulturskolen. Den "
            "betjente åpningstiden utvides til 40 timer i uka.",
        ),
        ("h1", "8 Handlingsdel"),
        (
            "table",
            ["Tiltak", "Ansvar", "År"],
            [
                ["Selvbetjent tilgang 07–22 alle dager", "Biblioteksjef", "2026"],
                ["Flere arrangementer på dagtid for eldre", "Biblioteksjef", "2027"],
                ["Ungdomsrom i det nye biblioteket", "Kultursjef", "2028"],
                ["Flytting til Kulturhuset Torget", "Kommunedirektør", "2028"],
                ["Klassebesøk for alle 3.-trinnsklasser", "Biblioteksjef", "Hvert år"],
            ],
            [95, 45, 25],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Bibliotekplan for Tverrå 2026–2029",
        author="Tverrå kommune",
        header="Bibliotekplan for Tverrå 2026–2029",
    )
    pts = [
        P(
            "1",
            "Beskrive dagens bibliotektilbud, med utlån, besøk, åpningstider og filialer.",
            "content",
            "covered",
            ev="Hovedbiblioteket ligger i rådhuset",
        ),
        P(
            "2",
            "Vurdere meråpent bibliotek, der lånerne kan bruke biblioteket også utenom betjent "
            "åpningstid.",
            "content",
            "covered",
            ev="Fra høsten 2026 kan alle over 15 år",
            trap="answer in other words: the plan never says 'meråpent'",
        ),
        P(
            "3",
            "Beskrive bibliotekets rolle som møteplass og arena for offentlig samtale og debatt, "
            "jf. folkebibliotekloven § 1.",
            "content",
            "partial",
            ev="Biblioteket er et av få gratis oppholdssteder",
            missing=["arena for offentlig samtale og debatt"],
        ),
        P(
            "4",
            "Vurdere samarbeidet mellom folkebiblioteket og skolebibliotekene i grunnskolen.",
            "content",
            "uncovered",
            trap="the introduction names skolebibliotekene only to leave them out of the plan",
        ),
        P(
            "5",
            "Foreslå tiltak som styrker leselysten hos barn og unge.",
            "content",
            "covered",
            ev="Alle 3.-trinnsklassene får klassebesøk",
        ),
        P(
            "6",
            "Vurdere bibliotekets digitale tilbud og hvilken rolle biblioteket kan ha i å "
            "styrke innbyggernes digitale ferdigheter.",
            "content",
            "partial",
            ev="Lånerne har tilgang til e-bøker",
            missing=["bibliotekets rolle i å styrke innbyggernes digitale ferdigheter"],
        ),
        P(
            "7",
            "Vurdere om kommunen skal søke utviklingsmidler fra Nasjonalbiblioteket til nye "
            "tiltak i planperioden.",
            "content",
            "uncovered",
            trap="the scheme is named once, for a project in 2021; nothing on applying now",
        ),
        P(
            "8",
            "Beskrive hva flyttingen til kulturhuset betyr for lokaler, areal og åpningstider.",
            "content",
            "covered",
            ev="Kommunestyret har vedtatt at biblioteket flytter",
        ),
        P(
            "S1",
            "Planen skal ha en handlingsdel med tiltak, ansvar og kostnad for hvert år i "
            "planperioden.",
            "deliverable",
            "partial",
            ev="Tiltak Ansvar År",
            missing=["kostnad for tiltakene"],
        ),
        P(
            "S2",
            "Ungdomsrådet og eldrerådet skal høres før planen vedtas.",
            "process",
            "covered",
            ev="Utkastet har vært behandlet i ungdomsrådet",
        ),
        P(
            "S3",
            "Planen legges fram for kommunestyret i juni 2026.",
            "process",
            "covered",
            ev="Vedtatt av kommunestyret 18. juni 2026",
            trap="answered only by the adoption line under the title",
        ),
    ]
    return dict(
        language="nb",
        mandate="saksframlegg.pdf",
        plan="plan.pdf",
        producer="saksframlegg PDF (Writer), resolution typed '1.⇥', mandate points typed "
        "'1)⇥' with a hanging indent, requirements in the prose; plan PDF",
        points=pts,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    names = argv or list(PAIRS)
    for name in names:
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        check_points_in_mandate(d, info["mandate"], info["points"])
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind2/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# status: covered | partial | uncovered; kind: content | deliverable | process;\n"
            "# missing: what the plan leaves out (planner's words); evidence: page of the\n"
            "# answering passage and its opening words; S-numbers: requirements in the prose.\n"
        )
        write_gold(
            d / "coverage.gold.yaml",
            header=header,
            plan=info["plan"],
            mandate=info["mandate"],
            language=info["language"],
            points=info["points"],
            pages=pages,
        )
        n = {
            s: sum(p["status"] == s for p in info["points"])
            for s in ("covered", "partial", "uncovered")
        }
        print(f"{name}: {len(info['points'])} points {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
