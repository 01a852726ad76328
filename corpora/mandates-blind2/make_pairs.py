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


def check_points_in_mandate(d: Path, mandate: str, points: list[dict]) -> None:
    """Construction check: every point's text is printed in the mandate. As in the first
    batch, but a running line is one printed as a whole line on every page (the first batch
    took any line that occurs inside every page's text, which drops a wrapped tail such as
    "bruk." when a later page holds "ressursbruk.")."""
    path = d / mandate
    pages = _FIRST.pdf_pages_text(path) if path.suffix == ".pdf" else rendered_pages(path)
    per_page = [{ln.strip() for ln in pg.splitlines()} for pg in pages]
    lines = [ln.strip() for ln in "\n".join(pages).splitlines()]
    running = {ln for ln in lines if len(pages) > 1 and all(ln in pg for pg in per_page)}
    text = "\n".join(
        ln for ln in lines if ln not in running and not re.fullmatch(r"Side \d+ av \d+", ln)
    )
    flat = " ".join(re.sub(r"-\s*\n", "-", text).split()).lower()
    flat = re.sub(r"(?<=\s)[a-z][.)] ", "", flat)  # lettered sub-point markers
    for pt in points:
        for part in re.split(r"; |: ", pt["text"]):
            want = " ".join(part.split()).lower()
            if want not in flat:
                raise SystemExit(f"{d.name}: point {pt['number']} not printed: {want!r}")


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
                "Beskrive hva flyttingen til kulturhuset betyr for lokaler, areal og åpningstider.",
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


# =========================================================================== 2 vassforsyning (nn)


@pair
def vassforsyning(d: Path) -> dict:
    m = [
        ("meta", "STRAUMSNES KOMMUNE · Eining for kommunalteknikk"),
        ("title", "Planprogram for hovudplan for vassforsyning 2026–2035"),
        ("meta", "Fastsett av formannskapet 3. juni 2025, sak 48/25"),
        ("h1", "1 Bakgrunn"),
        (
            "p",
            "Straumsnes kommune forsyner om lag 7 400 innbyggjarar med drikkevatn frå "
            "Storevatnet vassverk og det mindre vassverket på Øyra. Den førre hovudplanen er frå "
            "2011. Sidan då er drikkevassforskrifta endra, og kravet om beredskap og naudvatn "
            "er skjerpa. Leidningsnettet er gammalt, og lekkasjane er store.",
        ),
        (
            "p",
            "Hovudplanen skal vere ein kommunedelplan for vassforsyning, og vert utarbeidd etter "
            "reglane i plan- og bygningslova kapittel 11. Planprogrammet gjer greie for "
            "føremålet med planarbeidet, kva tema som skal greiast ut, og korleis arbeidet skal "
            "organiserast.",
        ),
        ("h1", "2 Føremål"),
        (
            "p",
            "Føremålet er å sikre innbyggjarane og næringslivet nok og trygt drikkevatn i heile "
            "planperioden, og å prioritere investeringane i vassforsyninga dei neste ti åra.",
        ),
        ("h1", "3 Tema som skal greiast ut"),
        ("p", "Planarbeidet skal:"),
        (
            "bullets",
            [
                "Gjere greie for status for vasskjeldene, vassbehandlinga og leidningsnettet, "
                "medrekna lekkasjar.",
                "Vurdere behovet for reservevasskjelde og for naudvatn ved langvarig bortfall av "
                "vassforsyninga.",
                "Greie ut om vassforsyninga har kapasitet til dei nye bustad- og "
                "næringsområda i kommuneplanen sin arealdel.",
                "Setje mål for reduksjon av lekkasjar og for fornyingstakta på leidningsnettet.",
                "Vurdere tilknyting av private vassverk og spreidd busetnad til det kommunale "
                "nettet.",
                "Vurdere korleis klimaendringane kan påverke vasskvaliteten og "
                "forsyningstryggleiken.",
                "Greie ut kostnadene ved tiltaka og konsekvensane for vassgebyret.",
            ],
        ),
        ("h1", "4 Organisering og medverknad"),
        (
            "p",
            "Planarbeidet vert leia av einingsleiar for kommunalteknikk, med ei arbeidsgruppe "
            "frå eininga, beredskapskoordinatoren og plankontoret. Formannskapet er "
            "styringsgruppe.",
        ),
        (
            "p",
            "Mattilsynet skal få planutkastet til uttale før det vert lagt ut på høyring. "
            "Planforslaget skal leggjast ut til offentleg ettersyn i minst seks veker.",
        ),
        (
            "p",
            "Planen skal ha ein handlingsdel med prioriterte tiltak, kostnadsoverslag og år for "
            "gjennomføring.",
        ),
        ("h1", "5 Framdrift"),
        (
            "table",
            ["Fase", "Tid"],
            [
                ["Fastsetjing av planprogram", "Juni 2025"],
                ["Utgreiingar og planutkast", "August 2025 – januar 2026"],
                ["Høyring og offentleg ettersyn", "Februar – april 2026"],
                ["Vedtak i kommunestyret", "Juni 2026"],
            ],
            [90, 60],
        ),
        (
            "p",
            "Hovudplanen skal handsamast i kommunestyret innan utgangen av juni 2026.",
        ),
    ]
    build_docx(
        m,
        d / "planprogram.docx",
        title="Planprogram for hovudplan for vassforsyning 2026–2035",
        author="Straumsnes kommune",
        header="Straumsnes kommune · Planprogram hovudplan vassforsyning",
        lang="nn-NO",
    )
    p = [
        ("title", "Hovudplan for vassforsyning 2026–2035"),
        ("meta", "Straumsnes kommune · Kommunedelplan vedteken i kommunestyret 18. juni 2026"),
        ("h1", "Innleiing"),
        (
            "p",
            "Hovudplanen byggjer på planprogrammet som formannskapet fastsette i juni 2025. "
            "Planforslaget låg ute til offentleg ettersyn frå 2. mars til 20. april 2026, og det "
            "kom fem fråsegner. Kommunestyret vedtok planen 18. juni 2026.",
        ),
        ("h1", "1 Vassforsyninga i dag"),
        (
            "p",
            "Storevatnet vassverk forsyner 6 900 innbyggjarar. Råvatnet vert behandla med "
            "marmorfilter og UV-anlegg, og vasskvaliteten tilfredsstiller krava i "
            "drikkevassforskrifta. Mattilsynet førte tilsyn med vassverket i 2024 utan avvik. "
            "Øyra vassverk er ein grunnvassbrønn som forsyner 500 innbyggjarar.",
        ),
        (
            "p",
            "Det kommunale leidningsnettet er 86 kilometer langt. Om lag 40 prosent av "
            "leidningane er lagde før 1975, mange av dei i støypejern utan innvendig belegg. "
            "Målingar i 2024 viser at 38 prosent av vatnet som vert produsert, lek ut før det "
            "kjem fram til abonnentane. Om lag 600 innbyggjarar får vatn frå private vassverk.",
        ),
        ("h1", "2 Nye utbyggingsområde"),
        (
            "p",
            "Dei nye bustadfelta på Nesheia og industriområdet i Vika vil auke vassforbruket med "
            "om lag 15 prosent fram mot 2035. Storevatnet har nok vatn, men høgdebassenget på "
            "Nesheia er for lite til å gi godt trykk og sløkkjevatn i dei nye felta. Bassenget "
            "må utvidast før feltet vert bygd ut.",
        ),
        ("h1", "3 Reservevatn"),
        (
            "p",
            "I dag har Storevatnet vassverk ingen reservekjelde. Ved brot på hovudleidninga frå "
            "vassverket vil det meste av kommunen vere utan vatn. Kommunen vil difor kople "
            "Øyra-brønnen saman med hovudnettet, slik at han kan forsyne sentrum i ein periode "
            "med redusert forbruk.",
        ),
        ("h1", "4 Mål for leidningsnettet"),
        (
            "p",
            "Lekkasjane skal ned frå 38 til 25 prosent innan 2035. For å nå målet skal kommunen "
            "skifte ut eller fornye minst 1,2 prosent av leidningsnettet kvart år, og det skal "
            "byggjast sju nye målesoner som gjer det lettare å finne lekkasjane.",
        ),
        ("break",),
        ("h1", "5 Handlingsdel"),
        (
            "table",
            ["Tiltak", "Kostnad (mill. kr)", "År"],
            [
                ["Utviding av høgdebassenget på Nesheia", "14,0", "2027"],
                ["Samankopling av Øyra-brønnen og hovudnettet", "6,5", "2028"],
                ["Sju nye målesoner for lekkasjesøk", "3,2", "2026–2027"],
                ["Fornying av leidningar, 1 km kvart år", "9,0 per år", "2026–2035"],
            ],
            [90, 35, 30],
        ),
        (
            "p",
            "Investeringane i tabellen er til saman om lag 114 millionar kroner i planperioden. "
            "Dei vert finansierte gjennom låneopptak.",
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Hovudplan for vassforsyning 2026–2035",
        author="Straumsnes kommune",
        header="Straumsnes kommune · Hovudplan for vassforsyning",
        lang="nn-NO",
    )
    pts = [
        P(
            "1",
            "Gjere greie for status for vasskjeldene, vassbehandlinga og leidningsnettet, "
            "medrekna lekkasjar.",
            "content",
            "covered",
            ev="Storevatnet vassverk forsyner 6 900",
        ),
        P(
            "2",
            "Vurdere behovet for reservevasskjelde og for naudvatn ved langvarig bortfall av "
            "vassforsyninga.",
            "content",
            "partial",
            ev="I dag har Storevatnet vassverk ingen reservekjelde",
            missing=["naudvatn (til dømes tankbilar og vatn på kanner) ved langvarig bortfall"],
        ),
        P(
            "3",
            "Greie ut om vassforsyninga har kapasitet til dei nye bustad- og næringsområda i "
            "kommuneplanen sin arealdel.",
            "content",
            "covered",
            ev="Dei nye bustadfelta på Nesheia",
            trap="answer in other words (vassforbruket, høgdebassenget), not 'kapasitet'",
        ),
        P(
            "4",
            "Setje mål for reduksjon av lekkasjar og for fornyingstakta på leidningsnettet.",
            "content",
            "covered",
            ev="Lekkasjane skal ned frå 38",
        ),
        P(
            "5",
            "Vurdere tilknyting av private vassverk og spreidd busetnad til det kommunale nettet.",
            "content",
            "uncovered",
            trap="private vassverk are named once, as a number in the status chapter",
        ),
        P(
            "6",
            "Vurdere korleis klimaendringane kan påverke vasskvaliteten og forsyningstryggleiken.",
            "content",
            "uncovered",
            trap="'vasskvaliteten' appears in the status chapter; nothing on climate",
        ),
        P(
            "7",
            "Greie ut kostnadene ved tiltaka og konsekvensane for vassgebyret.",
            "content",
            "partial",
            ev="Kostnad (mill. kr)",
            missing=["konsekvensane for vassgebyret"],
        ),
        P(
            "S1",
            "Mattilsynet skal få planutkastet til uttale før det vert lagt ut på høyring.",
            "process",
            "uncovered",
            trap="Mattilsynet is named only for its inspection of the waterworks in 2024",
        ),
        P(
            "S2",
            "Planforslaget skal leggjast ut til offentleg ettersyn i minst seks veker.",
            "process",
            "covered",
            ev="Planforslaget låg ute til offentleg ettersyn",
        ),
        P(
            "S3",
            "Planen skal ha ein handlingsdel med prioriterte tiltak, kostnadsoverslag og år for "
            "gjennomføring.",
            "deliverable",
            "covered",
            ev="Tiltak Kostnad (mill. kr) År",
        ),
        P(
            "S4",
            "Hovudplanen skal handsamast i kommunestyret innan utgangen av juni 2026.",
            "process",
            "covered",
            ev="Hovudplanen byggjer på planprogrammet",
            trap="a process point answered in the introduction",
        ),
    ]
    return dict(
        language="nn",
        mandate="planprogram.docx",
        plan="plan.pdf",
        producer="nynorsk planprogram .docx, themes as Word symbol bullets, requirements in "
        "the prose of two later sections; plan PDF",
        points=pts,
    )


# =========================================================================== 3 kompetanse i helse (nb)


@pair
def kompetanse_helse(d: Path) -> dict:
    m = [
        ("meta", "HAUGMO KOMMUNE · Kommunedirektøren"),
        ("meta", "Vår ref.: 25/1033-1    Dato: 14.05.2025"),
        ("title", "Oppdragsbrev"),
        ("p", "Til: Kommunalsjef for helse og omsorg"),
        ("h1", "Strategisk kompetanse- og rekrutteringsplan for helse og omsorg 2026–2030"),
        (
            "p",
            "Helse- og omsorgstjenestene i Haugmo merker allerede mangelen på sykepleiere og "
            "helsefagarbeidere. Mange stillinger lyses ut flere ganger, og vikarbruken har økt "
            "hvert år siden 2021. Samtidig blir det flere eldre over 80 år, og flere oppgaver "
            "flyttes fra sykehuset til kommunen.",
        ),
        (
            "p",
            "Jeg ber deg derfor lede arbeidet med en strategisk kompetanse- og "
            "rekrutteringsplan for helse og omsorg. Oppdraget gjelder alle enhetene i "
            "sektoren og er som følger:",
        ),
        (
            "num",
            [
                "Beskrive dagens bemanning og kompetansesammensetning i helse og omsorg, fordelt "
                "på faggrupper.",
                "Framskrive behovet for sykepleiere og helsefagarbeidere fram mot 2035.",
                "Foreslå tiltak som øker andelen ansatte i hele stillinger.",
                "Vurdere ordninger for lærlinger og for ufaglærte som vil ta fagbrev som "
                "praksiskandidat.",
                "Vurdere hvordan kommunen kan bruke Kompetanseløftet og andre statlige "
                "tilskuddsordninger til videreutdanning.",
                "Beskrive hvordan nyutdannede og nyansatte skal tas imot og følges opp det første "
                "året.",
                "Vurdere behovet for spesialkompetanse innen demens, psykisk helse og rus og "
                "velferdsteknologi.",
                "Foreslå tiltak som reduserer sykefraværet i sektoren.",
                "Vurdere samarbeid med universitet og videregående skole om praksisplasser og "
                "rekruttering.",
            ],
        ),
        (
            "p",
            "Planen skal ha en tiltaksdel der hvert tiltak har ansvar, frist og kostnad. "
            "Tillitsvalgte og hovedverneombudet skal delta i arbeidsgruppa. Planen skal legges "
            "fram for helse- og omsorgsutvalget innen 1. mars 2026.",
        ),
        (
            "p",
            "Arbeidet kan ta utgangspunkt i kommunens arbeidsgiverstrategi og i "
            "helse- og omsorgsplanen fra 2023. Ta kontakt dersom oppdraget må avgrenses "
            "underveis.",
        ),
        ("p", "Med vennlig hilsen"),
        ("p", "Torunn Bakke, kommunedirektør"),
    ]
    build_odt(
        m,
        d / "oppdragsbrev.odt",
        title="Oppdragsbrev – kompetanse- og rekrutteringsplan helse og omsorg",
        author="Haugmo kommune",
    )
    p = [
        ("title", "Kompetanse- og rekrutteringsplan for helse og omsorg 2026–2030"),
        ("meta", "Haugmo kommune · Høringsutkast april 2026"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen er laget etter oppdrag fra kommunedirektøren i mai 2025. Arbeidsgruppa har "
            "bestått av kommunalsjefen, tre enhetsledere, en rådgiver fra personal, to "
            "tillitsvalgte (NSF og Fagforbundet) og hovedverneombudet. Planen bygger på "
            "Kompetanseløftet, regjeringens plan for rekruttering, kompetanse og fagutvikling i "
            "helse- og omsorgstjenestene.",
        ),
        ("h1", "2 Hvem jobber i tjenestene i dag"),
        (
            "p",
            "Helse og omsorg har 412 årsverk fordelt på 566 ansatte. 31 prosent av årsverkene "
            "utføres av sykepleiere og andre med høyskoleutdanning, 44 prosent av "
            "helsefagarbeidere og 25 prosent av ansatte uten helsefaglig utdanning. "
            "Gjennomsnittlig stillingsstørrelse er 68 prosent. Sykefraværet var 9,8 prosent i "
            "2024.",
        ),
        ("h1", "3 Hvor mange trenger vi i 2035"),
        (
            "p",
            "Hvis tjenestene drives som i dag, må kommunen ha 46 flere sykepleierårsverk og 61 "
            "flere helsefagarbeiderårsverk i 2035 enn i 2024, fordi antallet innbyggere over 80 "
            "år dobles. Tallene bygger på SSBs befolkningsframskriving, middelalternativet.",
        ),
        ("h1", "4 Heltidskultur"),
        (
            "p",
            "Alle ledige stillinger lyses ut som hele stillinger. Ansatte i deltid får tilbud om "
            "å øke stillingen hver gang en stilling blir ledig, og to sykehjemsavdelinger prøver "
            "ut langvakter i helgene fra 2026.",
        ),
        ("break",),
        ("h1", "5 Lærlinger"),
        (
            "p",
            "Kommunen tar inn åtte lærlinger i helsearbeiderfaget hvert år og garanterer "
            "lærlinger som består fagprøven, fast stilling.",
        ),
        ("h1", "6 De første årene i jobb"),
        (
            "p",
            "Alle som begynner i tjenestene, får en fadder og et introduksjonsprogram på seks "
            "samlinger det første året. Nyutdannede sykepleiere får veiledning av en erfaren "
            "kollega annenhver uke det første halvåret.",
        ),
        ("h1", "7 Spesialkompetanse"),
        (
            "p",
            "Kommunen trenger flere med videreutdanning i demensomsorg og i bruk av "
            "velferdsteknologi. Målet er at hver avdeling har minst én ansatt med "
            "videreutdanning i demens innen 2028, og at to ansatte per enhet er "
            "velferdsteknologiske veiledere.",
        ),
        ("h1", "8 Samarbeid med utdanningene"),
        (
            "p",
            "Kommunen tar imot sykepleierstudenter fra universitetet i praksis hvert semester og "
            "har en avtale med Haugmo videregående skole om utplassering av elever på "
            "helse- og oppvekstfag. Studenter og elever som har hatt praksis hos oss, får tilbud "
            "om sommerjobb.",
        ),
        ("h1", "9 Tiltak"),
        (
            "table",
            ["Tiltak", "Ansvar", "Frist"],
            [
                ["Hele stillinger i alle utlysninger", "Enhetsledere", "Fra 2026"],
                ["Langvakter i helgene, utprøving", "Enhetsleder sykehjem", "2026–2027"],
                ["Åtte lærlinger hvert år", "Kommunalsjef helse og omsorg", "Hvert år"],
                ["Fadder og introduksjonsprogram", "Personalrådgiver", "2026"],
                ["Videreutdanning i demens", "Enhetsledere", "2028"],
                ["Sommerjobb for studenter og elever", "Personalrådgiver", "Hver sommer"],
            ],
            [85, 50, 30],
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Kompetanse- og rekrutteringsplan for helse og omsorg 2026–2030",
        author="Haugmo kommune",
        header="Haugmo kommune · Kompetanse- og rekrutteringsplan helse og omsorg",
    )
    pts = [
        P(
            "1",
            "Beskrive dagens bemanning og kompetansesammensetning i helse og omsorg, fordelt på "
            "faggrupper.",
            "content",
            "covered",
            ev="Helse og omsorg har 412 årsverk",
        ),
        P(
            "2",
            "Framskrive behovet for sykepleiere og helsefagarbeidere fram mot 2035.",
            "content",
            "covered",
            ev="Hvis tjenestene drives som i dag",
            trap="answer in other words: 'trenger', 'årsverk i 2035', no 'behov' or 'framskrive'",
        ),
        P(
            "3",
            "Foreslå tiltak som øker andelen ansatte i hele stillinger.",
            "content",
            "covered",
            ev="Alle ledige stillinger lyses ut",
        ),
        P(
            "4",
            "Vurdere ordninger for lærlinger og for ufaglærte som vil ta fagbrev som "
            "praksiskandidat.",
            "content",
            "partial",
            ev="Kommunen tar inn åtte lærlinger",
            missing=["ufaglærte som vil ta fagbrev som praksiskandidat"],
        ),
        P(
            "5",
            "Vurdere hvordan kommunen kan bruke Kompetanseløftet og andre statlige "
            "tilskuddsordninger til videreutdanning.",
            "content",
            "uncovered",
            trap="Kompetanseløftet is named once in the introduction as what the plan builds "
            "on; nothing on using its grants",
        ),
        P(
            "6",
            "Beskrive hvordan nyutdannede og nyansatte skal tas imot og følges opp det første "
            "året.",
            "content",
            "covered",
            ev="Alle som begynner i tjenestene",
        ),
        P(
            "7",
            "Vurdere behovet for spesialkompetanse innen demens, psykisk helse og rus og "
            "velferdsteknologi.",
            "content",
            "partial",
            ev="Kommunen trenger flere med videreutdanning",
            missing=["psykisk helse og rus"],
        ),
        P(
            "8",
            "Foreslå tiltak som reduserer sykefraværet i sektoren.",
            "content",
            "uncovered",
            trap="sykefraværet is given as a figure in chapter 2; no measure",
        ),
        P(
            "9",
            "Vurdere samarbeid med universitet og videregående skole om praksisplasser og "
            "rekruttering.",
            "content",
            "covered",
            ev="Kommunen tar imot sykepleierstudenter",
        ),
        P(
            "S1",
            "Planen skal ha en tiltaksdel der hvert tiltak har ansvar, frist og kostnad.",
            "deliverable",
            "partial",
            ev="Tiltak Ansvar Frist",
            missing=["kostnad per tiltak"],
        ),
        P(
            "S2",
            "Tillitsvalgte og hovedverneombudet skal delta i arbeidsgruppa.",
            "process",
            "covered",
            ev="Planen er laget etter oppdrag fra",
            trap="a process point answered in the introduction",
        ),
        P(
            "S3",
            "Planen skal legges fram for helse- og omsorgsutvalget innen 1. mars 2026.",
            "process",
            "uncovered",
            trap="the plan is a hearing draft of April 2026 and says nothing about the committee",
        ),
    ]
    return dict(
        language="nb",
        mandate="oppdragsbrev.odt",
        plan="plan.docx",
        producer="oppdragsbrev .odt (Writer) with a numbered list, requirements in the prose "
        "after it; plan .docx with a page break",
        points=pts,
    )


# =========================================================================== 4 næringsareal (nb)


@pair
def naeringsareal(d: Path) -> dict:
    m = [
        ("meta", "Brekkestad kommune"),
        ("meta", "Formannskapet · Møte 9. oktober 2025 · Sak 87/25"),
        ("title", "Bestilling: Strategisk næringsarealplan"),
        (
            "p",
            "Brekkestad har de siste årene måttet si nei til flere bedrifter som ønsket å "
            "etablere seg, fordi kommunen ikke hadde byggeklare tomter av riktig størrelse. "
            "Samtidig ligger flere regulerte næringsområder ubrukt, og noen av dem ligger på "
            "dyrka mark. Kommunen trenger en samlet oversikt og en strategi for hvilke områder "
            "som skal utvikles først.",
        ),
        (
            "p",
            "Formannskapet bestiller derfor en strategisk næringsarealplan. Den blir en "
            "temaplan som gir føringer for neste rullering av kommuneplanens arealdel. "
            "Næringssjefen er prosjektleder, og arbeidet gjøres sammen med plan- og "
            "byggesaksavdelingen.",
        ),
        ("space", 356),
        ("p", "Planen skal:"),
        *typed(
            [
                "Kartlegge ledige og regulerte næringsarealer i kommunen, med størrelse, "
                "eierskap og reguleringsstatus.",
                "Vurdere etterspørselen etter næringsareal de neste tolv årene, fordelt på "
                "arealkrevende industri, lager og logistikk og kontor.",
                "Vurdere fortetting og omforming av eksisterende næringsområder før nye områder "
                "tas i bruk.",
                "Vurdere konsekvensene for dyrka mark, naturmangfold og friluftsliv av nye "
                "næringsområder.",
                "Beskrive kommunens rolle som tomteutvikler, og vurdere om et kommunalt "
                "utviklingsselskap skal eie, opparbeide og selge tomtene.",
                "Vurdere behovet for areal til kraftkrevende industri og tilgangen på "
                "nettkapasitet.",
                "Vurdere tilgangen til sjø og til hovedvegnettet for de ulike områdene.",
                "Utarbeide en prioritert rekkefølge for utbygging av nye næringsområder.",
                "Ivareta samordnet areal- og transportplanlegging, med vekt på klimavennlige "
                "arbeidsreiser.",
                "Vurdere hvordan næringsområdene kan ta imot overskuddsmasser og bidra til "
                "gjenbruk av ressurser.",
                "Legge fram et kart som viser alle eksisterende og foreslåtte næringsområder.",
            ],
            sep="auto",
            indent=0,
        ),
        (
            "p",
            "Arbeidet skal skje i samarbeid med næringsforeningen og nabokommunene i "
            "regionrådet. Planen skal vedtas av kommunestyret innen utgangen av 2026.",
        ),
        ("p", "Ordføreren orienterer kommunestyret om bestillingen i neste møte."),
    ]
    build_pdf(
        m,
        d / "bestilling.pdf",
        title="Bestilling: Strategisk næringsarealplan",
        author="Brekkestad kommune",
        header="Brekkestad kommune · Formannskapet",
    )
    p = [
        ("title", "Strategisk næringsarealplan for Brekkestad 2026–2038"),
        ("meta", "Brekkestad kommune · Vedtatt av kommunestyret 24. september 2026, sak 66/26"),
        ("h1", "Forord"),
        (
            "p",
            "Planen er bestilt av formannskapet og laget av næringssjefen sammen med plan- og "
            "byggesaksavdelingen. Brekkestad næringsforening har deltatt i to arbeidsmøter, og "
            "innspillene derfra er tatt inn i kapittel 3 og 5.",
        ),
        ("h1", "1 Næringsarealene i dag"),
        (
            "table",
            ["Område", "Størrelse", "Ledig", "Status"],
            [
                ["Vikaneset", "180 daa", "12 daa", "Regulert, opparbeidet"],
                ["Storemyra", "95 daa", "95 daa", "Regulert, ikke opparbeidet"],
                ["Kvernhusmoen", "60 daa", "60 daa", "Avsatt i arealdelen"],
                ["Sentrum, kontor", "8 daa", "3 daa", "Regulert"],
            ],
            [45, 30, 25, 60],
        ),
        (
            "p",
            "Vikaneset er nesten fullt. Storemyra er regulert, men ligger 40 prosent på dyrka "
            "mark. Kvernhusmoen er avsatt til næring i arealdelen fra 2019, men er ikke "
            "regulert.",
        ),
        ("h1", "2 Hvem spør etter tomter"),
        (
            "p",
            "Kommunen har fått 23 henvendelser om tomter siden 2020. De fleste kommer fra "
            "arealkrevende industri og fra transport- og lagerbedrifter som vil ha tomter på "
            "10–40 dekar nær sjø eller veg. Kontorarbeidsplasser bør ligge i sentrum, der det "
            "er nok plass i dag. Fram mot 2038 regner vi med et behov for 120–150 dekar nytt "
            "areal til industri og lager.",
        ),
        ("h1", "3 Bruke eksisterende områder bedre"),
        (
            "p",
            "Før nye områder tas i bruk, skal Vikaneset fortettes. Tre tomter med gamle lagerbygg "
            "kan bygges om til flere mindre bedriftstomter, og kaiområdet kan deles mellom flere "
            "brukere. Vikaneset har kai med åtte meter dybde.",
        ),
        ("break",),
        ("h1", "4 Kraft og nett"),
        (
            "p",
            "Nettselskapet har opplyst at det er åtte megawatt ledig kapasitet i Brekkestad "
            "transformatorstasjon. Etableringer som trenger mer, må vente til ny "
            "transformator er på plass, tidligst i 2029. Storemyra egner seg best for bedrifter "
            "med stort strømbehov.",
        ),
        ("h1", "5 Natur og jord"),
        (
            "p",
            "Dyrka mark på Storemyra skal bare tas i bruk når Vikaneset er fullt, og matjorda "
            "skal flyttes til andre jorder. Kvernhusmoen har en bekkedal med registrert "
            "naturtype som skal holdes utenom utbyggingen.",
        ),
        (
            "p",
            "Stein og jord fra vegutbyggingen langs fylkesvegen skal brukes til å fylle ut "
            "Storemyra i stedet for å kjøres til deponi.",
        ),
        ("h1", "6 Rekkefølge"),
        (
            "p",
            "Næringsområdene bygges ut i denne rekkefølgen: 1. Fortetting av Vikaneset, "
            "2. Storemyra, 3. Kvernhusmoen. Henvendelser fra bedrifter går til Brekkestad "
            "Næringsutvikling AS, som viser fram tomtene.",
        ),
        ("p", "Figur 1: Kart over eksisterende og foreslåtte næringsområder i Brekkestad."),
        ("space", 90),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Strategisk næringsarealplan for Brekkestad 2026–2038",
        author="Brekkestad kommune",
        header="Strategisk næringsarealplan for Brekkestad",
    )
    pts = [
        P(
            "1",
            "Kartlegge ledige og regulerte næringsarealer i kommunen, med størrelse, eierskap og "
            "reguleringsstatus.",
            "content",
            "partial",
            ev="Område Størrelse Ledig Status",
            missing=["hvem som eier arealene"],
        ),
        P(
            "2",
            "Vurdere etterspørselen etter næringsareal de neste tolv årene, fordelt på "
            "arealkrevende industri, lager og logistikk og kontor.",
            "content",
            "covered",
            ev="Kommunen har fått 23 henvendelser",
            trap="answer in other words: henvendelser, transport- og lagerbedrifter, behov",
        ),
        P(
            "3",
            "Vurdere fortetting og omforming av eksisterende næringsområder før nye områder tas i "
            "bruk.",
            "content",
            "covered",
            ev="Før nye områder tas i bruk, skal Vikaneset",
        ),
        P(
            "4",
            "Vurdere konsekvensene for dyrka mark, naturmangfold og friluftsliv av nye "
            "næringsområder.",
            "content",
            "partial",
            ev="Dyrka mark på Storemyra",
            missing=["friluftsliv"],
        ),
        P(
            "5",
            "Beskrive kommunens rolle som tomteutvikler, og vurdere om et kommunalt "
            "utviklingsselskap skal eie, opparbeide og selge tomtene.",
            "content",
            "uncovered",
            trap="Brekkestad Næringsutvikling AS is named once, as the contact for enquiries",
        ),
        P(
            "6",
            "Vurdere behovet for areal til kraftkrevende industri og tilgangen på nettkapasitet.",
            "content",
            "covered",
            ev="Nettselskapet har opplyst",
        ),
        P(
            "7",
            "Vurdere tilgangen til sjø og til hovedvegnettet for de ulike områdene.",
            "content",
            "partial",
            ev="Før nye områder tas i bruk, skal Vikaneset",
            missing=["tilgangen til hovedvegnettet", "sjøtilgang for Storemyra og Kvernhusmoen"],
        ),
        P(
            "8",
            "Utarbeide en prioritert rekkefølge for utbygging av nye næringsområder.",
            "content",
            "covered",
            ev="Næringsområdene bygges ut i denne rekkefølgen",
        ),
        P(
            "9",
            "Ivareta samordnet areal- og transportplanlegging, med vekt på klimavennlige "
            "arbeidsreiser.",
            "content",
            "uncovered",
            trap="'transport' appears only in transport- og lagerbedrifter; nothing on "
            "arbeidsreiser",
        ),
        P(
            "10",
            "Vurdere hvordan næringsområdene kan ta imot overskuddsmasser og bidra til "
            "gjenbruk av ressurser.",
            "content",
            "covered",
            ev="Stein og jord fra vegutbyggingen",
            trap="answer in other words: stein og jord instead of kjørt til deponi",
        ),
        P(
            "11",
            "Legge fram et kart som viser alle eksisterende og foreslåtte næringsområder.",
            "deliverable",
            "covered",
            ev="Figur 1: Kart over eksisterende",
        ),
        P(
            "S1",
            "Arbeidet skal skje i samarbeid med næringsforeningen og nabokommunene i regionrådet.",
            "process",
            "partial",
            ev="Planen er bestilt av formannskapet",
            missing=["nabokommunene i regionrådet"],
        ),
        P(
            "S2",
            "Planen skal vedtas av kommunestyret innen utgangen av 2026.",
            "process",
            "covered",
            ev="Vedtatt av kommunestyret 24. september 2026",
        ),
    ]
    return dict(
        language="nb",
        mandate="bestilling.pdf",
        plan="plan.docx",
        producer="bestilling PDF (Writer), numbers typed without a space after two digits "
        "('10.Vurdere'), the list starting low on page 1 and running over the page break, "
        "requirements in the prose after it; plan .docx with a page break",
        points=pts,
    )


# =========================================================================== 5 kulturminne (nn)


@pair
def kulturminne(d: Path) -> dict:
    m = [
        ("meta", "FJORDHEIM KOMMUNE"),
        ("title", "Saksframlegg"),
        ("meta", "Arkivsak: 24/2231    Saksbehandlar: Eirik Nesheim, kulturrådgjevar"),
        (
            "table",
            ["Utval", "Møtedato", "Saksnr."],
            [
                ["Utval for oppvekst og kultur", "04.02.2025", "7/25"],
                ["Formannskapet", "13.02.2025", "12/25"],
            ],
            [80, 40, 30],
        ),
        ("h1", "Kommunedelplan for kulturminne 2026–2030 – oppstart og mandat"),
        ("h2", "Kommunedirektøren si tilråding"),
        (
            "p",
            "Formannskapet vedtek oppstart av arbeidet med kommunedelplan for kulturminne "
            "2026–2030, med mandat slik det går fram av saksframlegget.",
        ),
        ("h2", "Saksopplysningar"),
        (
            "p",
            "Fjordheim har mange kulturminne frå ulike tider: gravrøyser frå jernalderen, "
            "gardstun, kyrkjestaden på Nes og naustmiljø langs fjorden. Kommunen har ingen "
            "plan for kulturminna i dag, og fleire verneverdige bygg har forfalle dei siste åra. "
            "Riksantikvaren tilrår at alle kommunar har ein kulturminneplan, og ein vedteken "
            "plan gjer det lettare å få tilskot.",
        ),
        (
            "p",
            "Arbeidet vert leia av kulturrådgjevaren, med ei arbeidsgruppe frå kultur, plan og "
            "byggesak. Fjordheim sogelag vert invitert til å delta.",
        ),
        ("h2", "Mandat for arbeidsgruppa"),
        ("p", "Planen skal:"),
        *typed(
            [
                "Gje ei oversikt over registrerte kulturminne i kommunen, medrekna automatisk "
                "freda kulturminne og listeførte bygg.",
                "Prioritere kva kulturminne som har høg lokal verdi, etter ein fast og open "
                "metode.",
                "Vurdere korleis dei viktigaste kulturminna kan sikrast i arealplanlegginga, til "
                "dømes med omsynssoner.",
                "Greie ut tilskotsordningar for private eigarar av freda og verneverdige bygg.",
                "Vurdere korleis kulturminna kan formidlast til innbyggjarar og tilreisande, "
                "særleg til born og unge.",
                "Kartleggje kulturminne knytte til kystkultur og fiske.",
                "Vurdere korleis klimaendringane påverkar kulturminna, mellom anna auka nedbør og "
                "høgare havnivå.",
                "Foreslå korleis frivillige lag og historielag kan vere med i skjøtselen av "
                "kulturminna.",
                "Vurdere behovet for kulturminnefagleg kompetanse i kommuneadministrasjonen.",
                "Leggje fram ei prioritert tiltaksliste med ansvar og kostnad.",
            ],
            sep="auto",
            indent=6,
        ),
        ("h2", "Medverknad og framdrift"),
        (
            "p",
            "Vestland fylkeskommune og Fjordheim sogelag skal få planutkastet til uttale. "
            "Kommunestyret skal handsame planen før sommaren 2026.",
        ),
        ("h2", "Vurdering"),
        (
            "p",
            "Ein kulturminneplan gir kommunen eit betre grunnlag for å ta vare på dei "
            "kulturminna som betyr mest for innbyggjarane, og for å prioritere innsatsen. "
            "Kommunedirektøren tilrår at mandatet vert vedteke.",
        ),
    ]
    build_pdf(
        m,
        d / "saksframlegg.pdf",
        title="Saksframlegg – kommunedelplan for kulturminne",
        author="Fjordheim kommune",
        header="Fjordheim kommune – Saksframlegg 24/2231",
        lang="nn-NO",
    )
    p = [
        ("title", "Kommunedelplan for kulturminne 2026–2030"),
        ("meta", "Fjordheim kommune · Vedteken i kommunestyret 11. juni 2026, sak 38/26"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Planen er laga av ei arbeidsgruppe leia av kulturrådgjevaren, med to medlemer frå "
            "Fjordheim sogelag. Planutkastet var på høyring frå 1. mars til 15. april 2026. "
            "Vestland fylkeskommune og sogelaget kom med fråsegner, og fylkeskommunen sine "
            "merknader om omsynssoner er tekne inn i kapittel 4.",
        ),
        (
            "p",
            "Stabburet på Nes vart sett i stand med støtte frå Kulturminnefondet i 2019, og er "
            "i dag eit av dei mest besøkte kulturminna i kommunen.",
        ),
        ("h1", "2 Kulturminna i Fjordheim"),
        (
            "p",
            "Kulturminnesøk har 214 registrerte kulturminne i Fjordheim. 61 av dei er "
            "automatisk freda, mellom anna gravrøysene på Hauge og kyrkjestaden på Nes. I "
            "tillegg står det om lag 400 hus bygde før 1900 i SEFRAK-registeret.",
        ),
        ("h1", "3 Verdivurdering"),
        (
            "p",
            "Arbeidsgruppa har vurdert kulturminna etter Riksantikvaren sin rettleiar for "
            "kulturminneplanar, med kriteria alder, autentisitet, representativitet og "
            "oppleving. Resultatet vart lagt fram på eit ope møte på Nes grendahus. 27 "
            "kulturminne har fått verdi A, og dei er lista i vedlegget.",
        ),
        ("h1", "4 Kulturminna i arealplanane"),
        (
            "p",
            "Kulturminne med verdi A skal få omsynssone bevaring når kommuneplanen sin arealdel "
            "vert rullert i 2027. Byggjesøknader som gjeld bygg med verdi A eller B, skal "
            "sendast på høyring til fylkeskommunen.",
        ),
        ("break",),
        ("h1", "5 Formidling"),
        (
            "p",
            "Kulturstiane på Nes og Hauge får nye informasjonsskilt, og kulturminna med verdi A "
            "vert lagde ut på kommunen si nettside med bilete og kart. Kystmuseet i Leirvik har "
            "faste utstillingar om fiske og båtbygging og samarbeider med kommunen om "
            "marknadsføring til turistar.",
        ),
        ("h1", "6 Klima"),
        (
            "p",
            "Fleire av dei verneverdige bygga ligg lågt ved sjøen og er utsette for stormflo "
            "når havnivået stig. Kommunen vil kartleggje kva bygg som ligg under kote 3 innan "
            "2027.",
        ),
        ("h1", "7 Frivillig innsats"),
        (
            "p",
            "Fjordheim sogelag har avtale med kommunen om å rydde og halde i hevd kulturstiane "
            "og gravrøysene på Hauge. Kommunen betaler for materiell, og sogelaget stiller med "
            "dugnadsfolk to gonger i året. Grendalag som vil ta ansvar for eit kulturminne i "
            "nærmiljøet, kan få same type avtale.",
        ),
        ("h1", "8 Tiltak"),
        (
            "table",
            ["Tiltak", "Ansvar", "Kostnad", "År"],
            [
                ["Nye informasjonsskilt på kulturstiane", "Kulturrådgjevar", "120 000", "2026"],
                ["Kulturminne med verdi A på nettsida", "Kulturrådgjevar", "40 000", "2026"],
                ["Omsynssoner i arealdelen", "Plansjef", "Innanfor ramma", "2027"],
                ["Kartlegging av bygg under kote 3", "Plansjef", "80 000", "2027"],
                ["Skjøtselsavtale med grendalag", "Kulturrådgjevar", "30 000 per år", "2026–2030"],
            ],
            [70, 35, 30, 25],
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Kommunedelplan for kulturminne 2026–2030",
        author="Fjordheim kommune",
        header="Fjordheim kommune · Kulturminneplan 2026–2030",
        lang="nn-NO",
    )
    pts = [
        P(
            "1",
            "Gje ei oversikt over registrerte kulturminne i kommunen, medrekna automatisk freda "
            "kulturminne og listeførte bygg.",
            "content",
            "partial",
            ev="Kulturminnesøk har 214 registrerte",
            missing=["listeførte bygg (kyrkjer og bygg på Riksantikvaren si liste)"],
            trap="SEFRAK-registeret is not the list of listeførte bygg",
        ),
        P(
            "2",
            "Prioritere kva kulturminne som har høg lokal verdi, etter ein fast og open metode.",
            "content",
            "covered",
            ev="Arbeidsgruppa har vurdert kulturminna",
            trap="answer in other words: verdivurdering, kriteria, ope møte, verdi A",
        ),
        P(
            "3",
            "Vurdere korleis dei viktigaste kulturminna kan sikrast i arealplanlegginga, til "
            "dømes med omsynssoner.",
            "content",
            "covered",
            ev="Kulturminne med verdi A skal få omsynssone",
        ),
        P(
            "4",
            "Greie ut tilskotsordningar for private eigarar av freda og verneverdige bygg.",
            "content",
            "uncovered",
            trap="Kulturminnefondet is named once, for one stabbur restored in 2019",
        ),
        P(
            "5",
            "Vurdere korleis kulturminna kan formidlast til innbyggjarar og tilreisande, særleg "
            "til born og unge.",
            "content",
            "partial",
            ev="Kulturstiane på Nes og Hauge",
            missing=["formidling til born og unge"],
        ),
        P(
            "6",
            "Kartleggje kulturminne knytte til kystkultur og fiske.",
            "content",
            "uncovered",
            trap="Kystmuseet's exhibitions on fishing are named under formidling; no "
            "kartlegging of kystkultur",
        ),
        P(
            "7",
            "Vurdere korleis klimaendringane påverkar kulturminna, mellom anna auka nedbør og "
            "høgare havnivå.",
            "content",
            "partial",
            ev="Fleire av dei verneverdige bygga ligg lågt",
            missing=["auka nedbør (fukt og råte)"],
        ),
        P(
            "8",
            "Foreslå korleis frivillige lag og historielag kan vere med i skjøtselen av "
            "kulturminna.",
            "content",
            "covered",
            ev="Fjordheim sogelag har avtale med kommunen",
        ),
        P(
            "9",
            "Vurdere behovet for kulturminnefagleg kompetanse i kommuneadministrasjonen.",
            "content",
            "uncovered",
        ),
        P(
            "10",
            "Leggje fram ei prioritert tiltaksliste med ansvar og kostnad.",
            "deliverable",
            "covered",
            ev="Tiltak Ansvar Kostnad År",
        ),
        P(
            "S1",
            "Vestland fylkeskommune og Fjordheim sogelag skal få planutkastet til uttale.",
            "process",
            "covered",
            ev="Planen er laga av ei arbeidsgruppe",
            trap="a process point answered in the introduction",
        ),
        P(
            "S2",
            "Kommunestyret skal handsame planen før sommaren 2026.",
            "process",
            "covered",
            ev="Vedteken i kommunestyret 11. juni 2026",
        ),
    ]
    return dict(
        language="nn",
        mandate="saksframlegg.pdf",
        plan="plan.docx",
        producer="nynorsk saksframlegg PDF (Writer), resolution in one sentence, points typed "
        "with a hanging indent ('10.Leggje' without a space), requirements in the prose; "
        "plan .docx with a page break",
        points=pts,
    )


# =========================================================================== 6 vold i nære relasjoner (nb)


@pair
def vold(d: Path) -> dict:
    m = [
        ("meta", "Bjørkvang kommune · Helse og velferd"),
        ("title", "Mandat for arbeidsgruppe"),
        ("h1", "Handlingsplan mot vold i nære relasjoner 2026–2029"),
        ("h2", "Bakgrunn"),
        (
            "p",
            "Vold i nære relasjoner er et alvorlig samfunnsproblem og et folkehelseproblem. "
            "Kommunen har ansvar for å forebygge, avdekke og følge opp vold gjennom flere "
            "tjenester, men ansvaret er spredt og samarbeidet er lite formalisert. Bjørkvang har "
            "ikke hatt en egen handlingsplan på dette området.",
        ),
        ("h2", "Sammensetning"),
        (
            "p",
            "Arbeidsgruppa ledes av kommuneoverlegen og består av representanter fra "
            "helsestasjonen, barnevernet, NAV, legevakten, skolene og krisesenteret.",
        ),
        ("h2", "Mandat"),
        ("p", "Arbeidsgruppa skal utarbeide et forslag til handlingsplan som:"),
        (
            "num",
            [
                "Beskriver omfanget av vold i nære relasjoner i kommunen, basert på tall fra "
                "politiet, krisesenteret og barnevernet.",
                (
                    "Kartlegger hjelpetilbudet, herunder",
                    [
                        "krisesentertilbudet",
                        "behandlingstilbud til dem som utøver vold",
                        "oppfølging av barn som har opplevd vold",
                    ],
                ),
                "Utarbeider en felles rutine for hvordan ansatte skal avdekke og følge opp vold.",
                "Vurderer kompetansebehovet hos ansatte i helse, skole, barnehage og NAV.",
                "Vurderer etablering av et tverrfaglig team som ansatte kan drøfte saker med.",
                "Beskriver samarbeidet med politiet, herunder kontaktpunkt og bruk av "
                "risikovurderingsverktøyet SARA.",
                "Foreslår tiltak som forebygger vold blant ungdom og i ungdommers kjæresteforhold.",
                "Ivaretar voldsutsatte med minoritetsbakgrunn, herunder negativ sosial kontroll "
                "og tvangsekteskap.",
            ],
        ),
        ("h2", "Krav til planen og prosess"),
        (
            "p",
            "Planen skal ha en tiltaksdel med ansvar og frist. Brukerorganisasjoner og "
            "krisesenteret skal involveres i arbeidet. Planen skal evalueres etter to år.",
        ),
        (
            "p",
            "Arbeidsgruppa rapporterer til kommunalsjef for helse og velferd. Mandatet er "
            "godkjent av kommunedirektørens ledergruppe 2. september 2025.",
        ),
    ]
    build_docx(
        m,
        d / "mandat.docx",
        title="Mandat – handlingsplan mot vold i nære relasjoner",
        author="Bjørkvang kommune",
        header="Bjørkvang kommune · Mandat",
    )
    p = [
        ("title", "Handlingsplan mot vold i nære relasjoner 2026–2029"),
        ("meta", "Bjørkvang kommune · Vedtatt av kommunestyret 14. mai 2026"),
        ("h1", "Innledning"),
        (
            "p",
            "Planen er laget av en tverrfaglig arbeidsgruppe ledet av kommuneoverlegen. "
            "Krisesenteret i Midtfjell har vært med i arbeidsgruppa fra starten. Planen gjelder "
            "for fire år og rulleres i 2029.",
        ),
        ("h1", "Hvor mye vold er det"),
        (
            "p",
            "Politiet registrerte 47 anmeldelser av mishandling i nære relasjoner i Bjørkvang i "
            "2024, mot 31 i 2020. Krisesenteret hadde 18 beboere og 54 dagbrukere fra kommunen "
            "samme år. Mørketallene er store: nasjonale undersøkelser viser at bare en av fem "
            "som utsettes for alvorlig vold fra partner, anmelder det.",
        ),
        ("h1", "Hjelpetilbudet"),
        (
            "p",
            "Krisesenteret i Midtfjell gir døgnåpent tilbud om beskyttelse, samtaler og hjelp til "
            "å etablere seg på nytt. Barn som har opplevd vold, får oppfølging av "
            "helsesykepleier og tilbud om samtalegruppe på familiesenteret. Barnevernet "
            "vurderer alle saker der barn bor i hjem med vold.",
        ),
        ("h1", "Felles handlingsveileder"),
        (
            "p",
            "Kommunen har tatt i bruk en felles handlingsveileder for alle tjenestene. Den sier "
            "hvordan ansatte skal spørre om vold, hva de skal dokumentere, når de skal melde "
            "til barnevernet eller politiet, og hvem i egen tjeneste de kan drøfte saken med. "
            "Veilederen ligger i kvalitetssystemet og gjennomgås på personalmøter hvert år.",
        ),
        ("h1", "Kompetanse"),
        (
            "p",
            "Alle ansatte i helsetjenestene, skolene, barnehagene og NAV skal ta e-læringskurset "
            "om vold og overgrep innen 2027. Ledere og ressurspersoner får i tillegg to dagers "
            "opplæring i samtaler om vold.",
        ),
        ("break",),
        ("h1", "Ressursteam"),
        (
            "p",
            "Et ressursteam med helsesykepleier, barnevernskonsulent, familieterapeut og en "
            "rådgiver fra NAV møtes hver måned. Ansatte kan drøfte bekymringer anonymt med "
            "teamet før de gjør noe mer i saken.",
        ),
        ("h1", "Ungdom"),
        (
            "p",
            "Alle elever på 9. trinn får undervisning om kjæresteforhold, grenser og samtykke, "
            "og helsesykepleier har åpen dør på ungdomsskolen tre dager i uka. "
            "Ungdomskontakten har jenter- og guttegrupper på fritidsklubben.",
        ),
        ("h1", "Tiltak"),
        (
            "table",
            ["Tiltak", "Ansvar", "Frist"],
            [
                ["E-læringskurs for alle ansatte", "Enhetsledere", "2027"],
                ["Opplæring av ressurspersoner", "Kommuneoverlege", "2026"],
                ["Ressursteam med faste møter", "Leder familiesenteret", "Fra 2026"],
                ["Undervisning om kjæresteforhold på 9. trinn", "Rektor ungdomsskolen", "Hvert år"],
                ["Samtalegruppe for barn", "Leder familiesenteret", "2026"],
            ],
            [85, 50, 30],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Handlingsplan mot vold i nære relasjoner 2026–2029",
        author="Bjørkvang kommune",
        header="Bjørkvang kommune · Handlingsplan mot vold i nære relasjoner",
    )
    pts = [
        P(
            "1",
            "Beskriver omfanget av vold i nære relasjoner i kommunen, basert på tall fra "
            "politiet, krisesenteret og barnevernet.",
            "content",
            "partial",
            ev="Politiet registrerte 47 anmeldelser",
            missing=["tall fra barnevernet"],
        ),
        P(
            "2",
            "Kartlegger hjelpetilbudet, herunder krisesentertilbudet; behandlingstilbud til dem "
            "som utøver vold; oppfølging av barn som har opplevd vold",
            "content",
            "partial",
            ev="Krisesenteret i Midtfjell gir døgnåpent",
            missing=["behandlingstilbud til dem som utøver vold"],
        ),
        P(
            "3",
            "Utarbeider en felles rutine for hvordan ansatte skal avdekke og følge opp vold.",
            "content",
            "covered",
            ev="Kommunen har tatt i bruk en felles handlingsveileder",
            trap="answer in other words: handlingsveileder, spørre om vold, melde",
        ),
        P(
            "4",
            "Vurderer kompetansebehovet hos ansatte i helse, skole, barnehage og NAV.",
            "content",
            "covered",
            ev="Alle ansatte i helsetjenestene, skolene",
        ),
        P(
            "5",
            "Vurderer etablering av et tverrfaglig team som ansatte kan drøfte saker med.",
            "content",
            "covered",
            ev="Et ressursteam med helsesykepleier",
        ),
        P(
            "6",
            "Beskriver samarbeidet med politiet, herunder kontaktpunkt og bruk av "
            "risikovurderingsverktøyet SARA.",
            "content",
            "uncovered",
            trap="politiet appears in the figures and in 'melde til … politiet'; no "
            "samarbeid, no kontaktpunkt, no SARA",
        ),
        P(
            "7",
            "Foreslår tiltak som forebygger vold blant ungdom og i ungdommers kjæresteforhold.",
            "content",
            "covered",
            ev="Alle elever på 9. trinn får undervisning",
        ),
        P(
            "8",
            "Ivaretar voldsutsatte med minoritetsbakgrunn, herunder negativ sosial kontroll og "
            "tvangsekteskap.",
            "content",
            "uncovered",
        ),
        P(
            "S1",
            "Planen skal ha en tiltaksdel med ansvar og frist.",
            "deliverable",
            "covered",
            ev="Tiltak Ansvar Frist",
        ),
        P(
            "S2",
            "Brukerorganisasjoner og krisesenteret skal involveres i arbeidet.",
            "process",
            "partial",
            ev="Krisesenteret i Midtfjell har vært med",
            missing=["brukerorganisasjoner"],
        ),
        P(
            "S3",
            "Planen skal evalueres etter to år.",
            "process",
            "uncovered",
            trap="the plan only says it is revised (rulleres) in 2029, after four years",
        ),
    ]
    return dict(
        language="nb",
        mandate="mandat.docx",
        plan="plan.pdf",
        producer="mandate .docx with Word numbering and lettered sub-points under point 2 "
        "(a lead-in 'som:' makes every point a clause), requirements in the prose; plan PDF",
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
