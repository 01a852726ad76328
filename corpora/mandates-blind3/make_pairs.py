"""Build the third blind batch of mandate/plan pairs under corpora/mandates-blind3/ and their gold.

Written on 2026-12-01 without reading plancheck's code, from how mandates are really delivered:
a saksframlegg with hand-typed points ("10.Sikre" with no space), an oppdragsbrev in Writer
(.odt) with Word numbering and lettered sub-points, a bestilling in Word with typed "a)" sub-points
and a point that runs over the page break, a nynorsk planprogram with themes in Word numbering and
requirements in its prose, and a Swedish uppdrag. Plans answer in their own words, sometimes
partly, sometimes only in the introduction or the adoption line, sometimes not at all; traps (a
term named once in passing, shared words without an answer, a point deferred to another plan) are
noted in the gold.

    python corpora/mandates-blind3/make_pairs.py               # all pairs
    python corpora/mandates-blind3/make_pairs.py demens sentrum # some pairs

Uses the block writer of corpora/mandates-blind/_build.py (python-docx, LibreOffice export with a
private profile, pinned zip times, core properties and PDF dates/ids) and its gold writer, so a
rebuild gives the same files. Evidence pages are read from the plan as LibreOffice renders it.
"""

from __future__ import annotations

import importlib.util
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

from _build import (  # noqa: E402
    build_docx,
    build_pdf,
    docx_to_pdf,
    rendered_pages,
    write_gold,
)
from _odf_helpers import freeze_zip  # noqa: E402  (on sys.path through _build)


def _first_batch_builder():
    """corpora/mandates-blind/make_pairs.py, for its construction check only."""
    spec = importlib.util.spec_from_file_location(
        "mandates_blind_make_pairs", HERE.parent / "mandates-blind" / "make_pairs.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def P(number, text, kind, status, ev=None, missing=(), trap=None):
    """One gold point: ev = the opening words of the answering passage in the plan."""
    return {
        "number": number,
        "text": text,
        "kind": kind,
        "status": status,
        "ev": ev,
        "missing": missing,
        "trap": trap,
    }


def typed(points, sep=" ", indent=8, start=1):
    """Hand-typed points; sep "auto": a space up to 9, none from 10 ("10.Sikre")."""
    out = []
    for i, text in enumerate(points, start=start):
        s = "" if (sep == "auto" and i >= 10) else (" " if sep == "auto" else sep)
        out.append(("typed", f"{i}.", text, s, indent))
    return out


def lettered(items, indent=6, left=8):
    return [("typed", f"{chr(97 + i)})", t, "\t", indent, left) for i, t in enumerate(items)]


# --------------------------------------------------------------------------- .odt via Writer

_ODT_DATE = "2024-03-01T09:00:00"


def docx_to_odt(docx: Path, odt: Path) -> Path:
    """Save a .docx as .odt with LibreOffice (private profile), then pin what Writer stamps:
    meta.xml dates, generator and editing figures, and the random rsids in content/styles."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) not found on PATH")
    with tempfile.TemporaryDirectory(prefix="blind3-odt-") as tmp:
        prof = Path(tmp) / "profile"
        env = dict(os.environ, SAL_USE_VCLPLUGIN="svp", TZ="UTC")
        cmd = [
            soffice,
            f"-env:UserInstallation=file://{prof}",
            "--headless",
            "--norestore",
            "--convert-to",
            "odt",
            "--outdir",
            tmp,
            str(docx),
        ]
        subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=300)
        out = Path(tmp) / (docx.stem + ".odt")
        with zipfile.ZipFile(out) as zin:
            members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed = []
    for name, data in members:
        if name in ("content.xml", "styles.xml"):
            data = re.sub(rb' officeooo:(?:paragraph-)?rsid="[0-9a-fA-F]+"', b"", data)
        if name == "settings.xml":
            data = re.sub(rb'(config:name="Rsid[^"]*"[^>]*>)\d+(<)', rb"\g<1>0\2", data)
        if name == "meta.xml":
            data = re.sub(
                rb"(<(meta:creation-date|dc:date|meta:print-date)>)[^<]*(</)",
                lambda m: m.group(1) + _ODT_DATE.encode() + m.group(3),
                data,
            )
            data = re.sub(rb"<meta:generator>[^<]*</meta:generator>", b"", data)
            data = re.sub(
                rb"<meta:editing-duration>[^<]*</meta:editing-duration>",
                b"<meta:editing-duration>PT0S</meta:editing-duration>",
                data,
            )
            data = re.sub(
                rb"<meta:editing-cycles>[^<]*</meta:editing-cycles>",
                b"<meta:editing-cycles>1</meta:editing-cycles>",
                data,
            )
        fixed.append((name, data))
    with zipfile.ZipFile(odt, "w") as zout:
        for name, data in fixed:
            zout.writestr(name, data)
    freeze_zip(odt)
    return odt


def build_odt(blocks, odt: Path, **kw) -> Path:
    with tempfile.TemporaryDirectory(prefix="blind3-docx-") as tmp:
        docx = Path(tmp) / (odt.stem + ".docx")
        build_docx(blocks, docx, **kw)
        return docx_to_odt(docx, odt)


# =========================================================================== 1 psykisk helse (nb)


@pair
def psykisk_helse(d: Path) -> dict:
    points = [
        "Beskrive dagens tjenestetilbud innen psykisk helse for barn, unge og voksne, og hvordan "
        "tjenestene samarbeider.",
        "Kartlegge forekomsten av psykiske plager og lidelser i befolkningen, med bruk av "
        "Ungdata og folkehelseprofilen.",
        "Vurdere behovet for et lavterskeltilbud uten henvisning og ventetid for personer over "
        "18 år.",
        "Beskrive hvordan kommunen skal styrke det forebyggende arbeidet i barnehage og skole.",
        "Utarbeide en plan for oppfølging av personer med samtidige rus- og psykiske lidelser "
        "(ROP-lidelser).",
        "Vurdere etablering av et FACT-team i samarbeid med nabokommunene og helseforetaket.",
        "Gi en oversikt over brukernes og pårørendes erfaringer med tjenestene, og beskrive "
        "hvordan brukermedvirkningen skal styrkes.",
        "Beskrive tiltak for å forebygge selvmord og selvskading, og hvordan kommunen følger opp "
        "personer etter selvmordsforsøk.",
        "Vurdere bemanning og kompetanse i tjenestene, herunder behovet for psykologkompetanse.",
        "Ivareta arbeid og aktivitet som en del av tjenestetilbudet, blant annet gjennom "
        "samarbeid med NAV om individuell jobbstøtte (IPS).",
        "Beskrive hvordan planen skal følges opp og evalueres.",
    ]
    m = [
        ("meta", "LINDESVIK KOMMUNE"),
        ("title", "Saksframlegg"),
        ("meta", "Arkivsak: 25/412    Arkivkode: G10    Saksbehandler: Tone Aasland"),
        (
            "table",
            ["Utvalg", "Møtedato", "Saksnr."],
            [
                ["Hovedutvalg for helse og velferd", "02.04.2025", "14/25"],
                ["Kommunestyret", "24.04.2025", "33/25"],
            ],
            [80, 40, 30],
        ),
        ("h1", "Plan for psykisk helse 2026–2030 – oppstart og mandat"),
        ("h2", "Kommunedirektørens innstilling"),
        *typed(
            [
                "Kommunestyret vedtar oppstart av arbeidet med plan for psykisk helse 2026–2030.",
                "Mandatet for arbeidsgruppa vedtas slik det går fram av saken.",
            ],
            sep="\t",
            indent=7,
        ),
        ("h2", "Bakgrunn"),
        (
            "p",
            "Lindesvik kommune har i dag ingen samlet plan for arbeidet med psykisk helse. "
            "Planstrategien for 2024–2027 peker på at stadig flere unge oppgir at de har "
            "psykiske plager, og at ventetiden i tjenestene har økt. Kommunedirektøren foreslår "
            "derfor at det utarbeides en egen temaplan.",
        ),
        (
            "p",
            "Arbeidet ledes av kommunalsjef helse og velferd. Arbeidsgruppa består av "
            "representanter fra psykisk helse- og rustjenesten, helsestasjonen, NAV, fastlegene "
            "og en brukerrepresentant.",
        ),
        ("h2", "Mandat for arbeidsgruppa"),
        ("p", "Arbeidsgruppa skal:"),
        *typed(points, sep="auto", indent=8),
        ("h2", "Organisering og framdrift"),
        (
            "p",
            "Planen skal ha en handlingsdel med tiltak, ansvar og kostnadsoverslag, og "
            "handlingsdelen skal rulleres årlig. Før sluttbehandling skal planforslaget sendes "
            "på høring til ungdomsrådet, rådet for personer med funksjonsnedsettelse og "
            "brukerorganisasjonene. Planforslaget legges fram for politisk behandling innen "
            "1. juni 2026.",
        ),
        ("h2", "Økonomi"),
        (
            "p",
            "Arbeidet gjøres innenfor ordinære rammer.",
        ),
    ]
    build_pdf(
        m,
        d / "saksframlegg.pdf",
        title="Saksframlegg – plan for psykisk helse",
        author="Lindesvik kommune",
        header="Lindesvik kommune – Saksframlegg 25/412",
    )
    p = [
        ("title", "Plan for psykisk helse 2026–2030"),
        ("meta", "Lindesvik kommune · Vedtatt i kommunestyret 28. mai 2026, sak 41/26"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen gjelder kommunens arbeid med psykisk helse for alle aldersgrupper. Den er "
            "utarbeidet av en arbeidsgruppe ledet av kommunalsjef helse og velferd, etter "
            "mandat vedtatt av kommunestyret i april 2025.",
        ),
        (
            "p",
            "Planforslaget var på høring i februar og mars 2026. Det kom innspill fra "
            "ungdomsrådet, Mental Helse Lindesvik og fastlegene, og innspillene er omtalt i "
            "saken til kommunestyret.",
        ),
        (
            "p",
            "Kommunalsjef helse og velferd har ansvaret for at tiltakene gjennomføres. Status "
            "rapporteres hvert år i årsmeldingen, og planen evalueres i sin helhet høsten 2028, "
            "slik at erfaringene kan brukes i neste planperiode.",
        ),
        (
            "p",
            "Det forebyggende arbeidet i barnehagene og skolene er omtalt i oppvekstplanen for "
            "2025–2029 og er derfor ikke tema i denne planen.",
        ),
        ("h2", "Nasjonale føringer"),
        (
            "p",
            "Planen bygger på Opptrappingsplan for psykisk helse (2023–2033), veilederen "
            "«Sammen om mestring», ROP-retningslinjen og Helsedirektoratets pakkeforløp for "
            "psykisk helse og rus.",
        ),
        ("h1", "2 Slik er tjenestene organisert i dag"),
        (
            "p",
            "Psykisk helse- og rustjenesten for voksne har 11 årsverk og gir samtaler, "
            "oppfølging i hjemmet og bolig med bemanning. Barn og unge får hjelp fra "
            "helsestasjonen og skolehelsetjenesten, og fra 2025 også fra en egen "
            "familieterapeut. Kommunen har 1,5 psykologårsverk.",
        ),
        (
            "p",
            "Tjenestene møtes i et felles inntaksteam hver uke, slik at ingen søknad blir "
            "liggende mellom to kontorer. Koordinerende enhet har oversikt over alle som har "
            "individuell plan. Faste samarbeidsmøter holdes med fastlegene, NAV og "
            "distriktspsykiatrisk senter.",
        ),
        ("h1", "3 Hvordan har innbyggerne det?"),
        (
            "p",
            "Ungdata 2024 viser at 24 prosent av jentene og 11 prosent av guttene på "
            "ungdomstrinnet har mange depressive symptomer. Andelen som er fornøyd med "
            "lokalmiljøet, har gått ned fra 71 til 63 prosent siden 2021.",
        ),
        ("h1", "4 Hjelp når du trenger det"),
        ("h2", "Rask psykisk helsehjelp"),
        (
            "p",
            "Fra januar 2027 kan alle over 18 år ta direkte kontakt med tjenesten uten "
            "henvisning fra fastlegen. Målet er første samtale innen to uker. Tilbudet er "
            "kortvarig og bygger på kognitiv terapi.",
        ),
        ("h2", "Ambulant oppfølging"),
        (
            "p",
            "Arbeidsgruppa har drøftet et FACT-team sammen med Strandå kommune og "
            "helseforetaket. Befolkningsgrunnlaget er for lite til et eget team i planperioden. "
            "I stedet utvides kommunens oppfølgingsteam med to årsverk, og det inngås en avtale "
            "med DPS om felles ansvarsgrupper.",
        ),
        ("break",),
        ("h2", "Forebygging av selvmord"),
        (
            "p",
            "Alle ansatte i tjenesten skal ha kurs i VIVAT selvmordsforebygging innen 2027. "
            "Skolehelsetjenesten får en fast rutine for samtaler med elever som skader seg "
            "selv.",
        ),
        ("h2", "Psykologer og kompetanse"),
        (
            "p",
            "Kommunen har i dag 1,5 psykologårsverk. Det er for lite til å gi veiledning til "
            "alle tjenester. Antall årsverk økes til 2,5 i 2027. Tjenesten lager en "
            "kompetanseplan, og to ansatte får videreutdanning i psykisk helsearbeid hvert år.",
        ),
        ("h1", "5 Brukernes stemme"),
        (
            "p",
            "I brukerundersøkelsen høsten 2025 svarte 86 brukere. De fleste er fornøyd med "
            "møtet med de ansatte, men mange opplever lang ventetid og at de må fortelle "
            "historien sin flere ganger.",
        ),
        ("h1", "6 Handlingsdel"),
        (
            "p",
            "Handlingsdelen rulleres årlig sammen med økonomiplanen.",
        ),
        (
            "table",
            ["Tiltak", "Ansvar", "Når", "Kostnad"],
            [
                ["Rask psykisk helsehjelp", "Leder psykisk helse og rus", "2027", "1,2 mill./år"],
                [
                    "Oppfølgingsteamet utvides med to årsverk",
                    "Kommunalsjef",
                    "2027",
                    "1,6 mill./år",
                ],
                [
                    "Kurs i VIVAT for alle ansatte",
                    "Leder psykisk helse og rus",
                    "2026–2027",
                    "80 000",
                ],
                ["Psykolog, ett årsverk til", "Kommunalsjef", "2027", "1,1 mill./år"],
                ["Avtale med DPS om ansvarsgrupper", "Kommunalsjef", "2026", "Ingen"],
            ],
            [70, 45, 25, 30],
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Plan for psykisk helse 2026–2030",
        author="Lindesvik kommune",
        header="Plan for psykisk helse 2026–2030",
    )
    pts = [
        P(
            "1",
            points[0],
            "content",
            "covered",
            ev="Psykisk helse- og rustjenesten for voksne",
            trap="answered under a heading in other words ('Slik er tjenestene organisert i dag'; "
            "samarbeid as inntaksteam and samarbeidsmøter)",
        ),
        P(
            "2",
            points[1],
            "content",
            "partial",
            ev="Ungdata 2024 viser at",
            missing=["tall for voksne", "folkehelseprofilen"],
        ),
        P(
            "3",
            points[2],
            "content",
            "covered",
            ev="Fra januar 2027 kan alle over 18 år",
            trap="answered in other words: 'uten henvisning fra fastlegen', 'første samtale innen "
            "to uker'",
        ),
        P(
            "4",
            points[3],
            "content",
            "uncovered",
            trap="deferred to the oppvekstplan in the introduction: shared words, no answer",
        ),
        P(
            "5",
            points[4],
            "deliverable",
            "uncovered",
            trap="ROP-retningslinjen named once in the list of national guidelines",
        ),
        P(
            "6",
            points[5],
            "content",
            "covered",
            ev="Arbeidsgruppa har drøftet et FACT-team",
            trap="assessed and rejected, with what is done instead: the assessment is the answer",
        ),
        P(
            "7",
            points[6],
            "content",
            "partial",
            ev="I brukerundersøkelsen høsten 2025",
            missing=["pårørendes erfaringer", "hvordan brukermedvirkningen skal styrkes"],
        ),
        P(
            "8",
            points[7],
            "content",
            "partial",
            ev="Alle ansatte i tjenesten skal ha kurs i VIVAT",
            missing=["oppfølging etter selvmordsforsøk"],
        ),
        P(
            "9",
            points[8],
            "content",
            "covered",
            ev="Kommunen har i dag 1,5 psykologårsverk. Det er",
        ),
        P(
            "10",
            points[9],
            "content",
            "uncovered",
            trap="NAV named only as a partner in the samarbeidsmøter; nothing on arbeid or IPS",
        ),
        P(
            "11",
            points[10],
            "process",
            "covered",
            ev="Kommunalsjef helse og velferd har ansvaret",
            trap="process point answered in the introduction",
        ),
        P(
            "S1",
            "Planen skal ha en handlingsdel med tiltak, ansvar og kostnadsoverslag, og "
            "handlingsdelen skal rulleres årlig.",
            "deliverable",
            "covered",
            ev="Tiltak Ansvar Når",
        ),
        P(
            "S2",
            "Før sluttbehandling skal planforslaget sendes på høring til ungdomsrådet, rådet "
            "for personer med funksjonsnedsettelse og brukerorganisasjonene.",
            "process",
            "partial",
            ev="Planforslaget var på høring i februar",
            missing=["rådet for personer med funksjonsnedsettelse"],
        ),
        P(
            "S3",
            "Planforslaget legges fram for politisk behandling innen 1. juni 2026.",
            "process",
            "covered",
            ev="Lindesvik kommune · Vedtatt i kommunestyret",
            trap="answered only by the adoption line under the title (adopted 28 May 2026)",
        ),
    ]
    return dict(
        language="nb",
        mandate="saksframlegg.pdf",
        plan="plan.docx",
        producer="saksframlegg PDF (Writer): resolution typed '1.⇥', mandate points typed with "
        "a hanging indent, '10.Ivareta'/'11.Beskrive' without a space, two requirements in the "
        "prose after the list; plan .docx",
        points=pts,
    )


# =========================================================================== 2 demens (nb)


@pair
def demens(d: Path) -> dict:
    p2 = "Gjennomgå tilbudet til personer med demens og deres pårørende, herunder"
    p2subs = [
        "dagaktivitetstilbudet",
        "pårørendeskole og samtalegrupper",
        "avlastning i og utenfor hjemmet",
    ]
    items = [
        "Beskrive hvor mange innbyggere som lever med demens i dag, og framskrive utviklingen "
        "fram mot 2040.",
        (p2, p2subs),
        "Vurdere hvordan hukommelsesteamet kan nå flere tidlig i sykdomsforløpet og sikre "
        "oppfølging etter at diagnosen er stilt.",
        "Beskrive behovet for tilrettelagte plasser i institusjon og i boliger med heldøgns "
        "omsorg.",
        "Vurdere velferdsteknologi som kan gjøre det tryggere å bo hjemme, som "
        "lokaliseringsteknologi og digitalt tilsyn.",
        "Beskrive hvordan Fjordheim kan bli et mer demensvennlig samfunn, i samarbeid med "
        "frivillige, butikker, bank og transportselskap.",
        "Kartlegge kompetansen om demens blant de ansatte og foreslå en kompetanseplan.",
        "Ivareta personer med utviklingshemming og demens, og yngre personer med demens.",
    ]
    m = [
        ("meta", "FJORDHEIM KOMMUNE – Kommunedirektøren"),
        ("meta", "Vår ref.: 25/1033-2    Dato: 14.08.2025"),
        ("p", "Til: Kommunalsjef helse og omsorg"),
        ("title", "Oppdragsbrev – demensplan 2026–2030"),
        (
            "p",
            "Kommunestyret vedtok i planstrategien (sak 12/24) at det skal lages en egen plan "
            "for demensomsorgen. Antallet eldre i Fjordheim vil øke kraftig de neste tiårene, og "
            "mange av dem vil få en demenssykdom. Du gis med dette i oppdrag å lede arbeidet.",
        ),
        ("h2", "Oppdraget"),
        ("p", "Planen skal:"),
        ("num", items),
        ("h2", "Organisering"),
        (
            "p",
            "Du setter selv sammen arbeidsgruppa. Brukerrepresentanter og pårørende skal delta i "
            "arbeidsgruppa. Planen skal ha en tiltaksdel med ansvar og tidspunkt for hvert "
            "tiltak.",
        ),
        (
            "p",
            "Planutkastet skal drøftes med eldrerådet før det sendes på høring.",
        ),
        ("p", "Med hilsen"),
        ("p", "Arne Hovland, kommunedirektør"),
    ]
    build_odt(
        m,
        d / "oppdragsbrev.odt",
        title="Oppdragsbrev – demensplan",
        author="Fjordheim kommune",
    )
    p = [
        ("title", "Demensplan for Fjordheim 2026–2030"),
        ("meta", "Fjordheim kommune · Høringsutkast mars 2026"),
        ("h1", "Innledning"),
        (
            "p",
            "Planen er laget av en arbeidsgruppe med ansatte fra hjemmetjenesten, sykehjemmet og "
            "demensteamet. To pårørende og en representant fra Fjordheim demensforening har "
            "vært med i hele arbeidet. Planen var på høring i seks uker.",
        ),
        (
            "p",
            "Nasjonalforeningen for folkehelsen driver programmet Demensvennlig samfunn, som "
            "flere kommuner i regionen har sluttet seg til.",
        ),
        ("h1", "Hvor mange har demens?"),
        (
            "p",
            "Om lag 210 innbyggere i Fjordheim lever med demens. Tallet ventes nesten å bli "
            "doblet, til rundt 390, i 2040, fordi det blir flere eldre over 80 år.",
        ),
        ("h1", "Tidlig hjelp etter diagnose"),
        (
            "p",
            "Demensteamet skal bli kjent for flere. Fastlegene får en fast rutine for å henvise "
            "ved mistanke om demens, og teamet holder åpen kontordag på helsehuset én gang i "
            "måneden. Alle som får diagnosen, får tilbud om en samtale innen fire uker og en "
            "fast kontaktperson det første året.",
        ),
        ("h1", "Tilbudet i dag"),
        (
            "p",
            "Dagsenteret på Solvang har 10 plasser tre dager i uka. Ventelisten er lang, og "
            "tilbudet utvides til fem dager i 2027. Pårørende kan få avlastning i form av "
            "korttidsopphold på sykehjemmet eller timer i hjemmet.",
        ),
        ("break",),
        ("h1", "Plasser i institusjon"),
        (
            "p",
            "Den skjermede enheten på Fjordheim sykehjem har 12 plasser. Ut fra framskrivingen "
            "vil det trengs 18 plasser i 2030. Kommunen vil bygge om en avdeling slik at den "
            "skjermede enheten får seks plasser til.",
        ),
        ("h1", "Trygghet med teknologi"),
        (
            "p",
            "Alle som bor hjemme med demens, skal få vurdert trygghetsskapende teknologi: "
            "GPS-klokke for dem som går seg bort, dørsensor og kamera som kan se til brukeren "
            "om natten i stedet for fysisk tilsyn.",
        ),
        ("h1", "Kompetanse"),
        (
            "p",
            "40 ansatte har tatt Demensomsorgens ABC. Målet er at alle fagarbeidere i "
            "hjemmetjenesten og på sykehjemmet har tatt den innen 2028.",
        ),
        ("h1", "Frivillige"),
        (
            "p",
            "Frivilligsentralen formidler besøksvenner, og yngre pensjonister er med på "
            "turgruppa hver torsdag.",
        ),
        ("h1", "Tiltak"),
        (
            "table",
            ["Tiltak", "Ansvar", "Når"],
            [
                ["Dagsenteret åpent fem dager i uka", "Leder Solvang", "2027"],
                ["Rutine for henvisning fra fastlegene", "Demensteamet", "2026"],
                ["Seks nye plasser i skjermet enhet", "Kommunalsjef", "2028"],
                ["Vurdering av teknologi for alle hjemmeboende", "Hjemmetjenesten", "2026"],
                ["Demensomsorgens ABC for alle fagarbeidere", "Enhetsledere", "2028"],
            ],
            [80, 50, 30],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Demensplan for Fjordheim 2026–2030",
        author="Fjordheim kommune",
        header="Demensplan 2026–2030",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Om lag 210 innbyggere i Fjordheim",
            trap="answered in other words ('ventes nesten å bli doblet … i 2040')",
        ),
        P(
            "2",
            p2 + ": " + "; ".join(p2subs),
            "content",
            "partial",
            ev="Dagsenteret på Solvang har 10 plasser",
            missing=["pårørendeskole og samtalegrupper"],
        ),
        P(
            "3",
            items[2],
            "content",
            "covered",
            ev="Demensteamet skal bli kjent for flere",
            trap="the plan says demensteamet for the mandate's hukommelsesteamet",
        ),
        P(
            "4",
            items[3],
            "content",
            "partial",
            ev="Den skjermede enheten på Fjordheim",
            missing=["boliger med heldøgns omsorg"],
        ),
        P(
            "5",
            items[4],
            "content",
            "covered",
            ev="Alle som bor hjemme med demens, skal få",
            trap="answered in other words: GPS-klokke, kamera om natten",
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="Demensvennlig samfunn named once, as a national programme other municipalities "
            "joined",
        ),
        P(
            "7",
            items[6],
            "content",
            "partial",
            ev="40 ansatte har tatt Demensomsorgens ABC",
            missing=["en kompetanseplan", "kartlegging av kompetansen blant alle ansatte"],
        ),
        P(
            "8",
            items[7],
            "content",
            "uncovered",
            trap="'yngre pensjonister' as volunteers shares a word, says nothing of yngre personer "
            "med demens",
        ),
        P(
            "S1",
            "Brukerrepresentanter og pårørende skal delta i arbeidsgruppa.",
            "process",
            "covered",
            ev="Planen er laget av en arbeidsgruppe",
            trap="answered in the introduction",
        ),
        P(
            "S2",
            "Planen skal ha en tiltaksdel med ansvar og tidspunkt for hvert tiltak.",
            "deliverable",
            "covered",
            ev="Tiltak Ansvar Når",
        ),
        P(
            "S3",
            "Planutkastet skal drøftes med eldrerådet før det sendes på høring.",
            "process",
            "uncovered",
            trap="the introduction mentions the høring, never eldrerådet",
        ),
    ]
    return dict(
        language="nb",
        mandate="oppdragsbrev.odt",
        plan="plan.pdf",
        producer="oppdragsbrev .odt (Writer, saved from Word): Word numbering with lettered "
        "sub-items under point 2, requirements in the prose after the list; plan PDF",
        points=pts,
    )


# =========================================================================== 3 sentrum (nb)


@pair
def sentrum(d: Path) -> dict:
    pts_text = [
        "Gi en oversikt over handel og tjenester i sentrum i dag, herunder ledige lokaler.",
        "Foreslå tiltak som gjør sentrum mer attraktivt for barn og unge.",
        "Vurdere parkeringsløsningene i sentrum, herunder:",
        "Beskrive hvordan gående og syklende skal prioriteres i sentrumsgatene.",
        "Utrede muligheten for flere boliger i og nær sentrum, blant annet ved fortetting og "
        "transformasjon av eldre næringsbygg, og vurdere hvilke virkemidler kommunen har for å "
        "få dette til.",
        "Vurdere hvordan kommunen kan samarbeide med gårdeiere og næringsforeningen i et fast "
        "sentrumsforum.",
        "Beskrive hvordan den eldre trehusbebyggelsen og kulturmiljøene i sentrum skal tas vare "
        "på.",
        "Foreslå hvordan sentrum kan bli mer universelt utformet.",
    ]
    subs = ["antall plasser og plassering", "tidsbegrensning og avgift"]
    m = [
        ("meta", "OSVIK KOMMUNE · Plan og utvikling"),
        ("title", "Bestilling: Handlingsplan for Osvik sentrum 2026–2029"),
        ("meta", "Vedtatt av formannskapet 10.09.2025, sak 71/25"),
        ("h2", "Bakgrunn"),
        (
            "p",
            "Osvik sentrum har mistet flere butikker de siste årene, og mange opplever at "
            "sentrum er tomt på kveldstid. Kommuneplanens samfunnsdel slår fast at sentrum skal "
            "være kommunens viktigste møteplass. Formannskapet ber derfor kommunedirektøren om å "
            "lage en handlingsplan for sentrum, som følger opp områdereguleringen fra 2019.",
        ),
        ("h2", "Hva planen skal inneholde"),
        (
            "p",
            "Handlingsplanen skal inneholde et kostnadsoverslag for tiltakene og vise hvilke "
            "tiltak som forutsetter midler i økonomiplanen.",
        ),
        ("space", 297),
        ("p", "Handlingsplanen skal:"),
        *typed(pts_text[:2], sep=" ", indent=7),
        *typed(pts_text[2:3], sep=" ", indent=7, start=3),
        *lettered(subs),
        *typed(pts_text[3:], sep=" ", indent=7, start=4),
        ("h2", "Medvirkning og framdrift"),
        (
            "p",
            "Næringsdrivende, gårdeiere og innbyggere skal inviteres til et åpent møte før "
            "planen sendes på høring. Handlingsplanen legges fram for formannskapet innen "
            "utgangen av mars 2026.",
        ),
    ]
    build_docx(
        m,
        d / "bestilling.docx",
        title="Bestilling – handlingsplan for Osvik sentrum",
        author="Osvik kommune",
        header="Osvik kommune – bestilling 25/2210",
    )
    p = [
        ("title", "Handlingsplan for Osvik sentrum 2026–2029"),
        ("meta", "Osvik kommune · Høringsutkast 15. april 2026"),
        ("h1", "1 Om planen"),
        (
            "p",
            "Handlingsplanen viser hva kommunen vil gjøre for å gi sentrum mer liv de neste fire "
            "årene. Den bygger på områdereguleringen for sentrum og på innspill fra et åpent "
            "folkemøte på Torghuset i oktober 2025, der om lag 80 næringsdrivende, gårdeiere og "
            "innbyggere deltok.",
        ),
        ("h1", "2 Sentrum i dag"),
        (
            "p",
            "Det er 38 butikker, kafeer og serveringssteder i sentrum. Ni lokaler på gateplan "
            "sto tomme ved utgangen av 2025, de fleste i nedre del av Storgata. Bank, apotek og "
            "legekontor ligger fortsatt i sentrum, mens posten flyttet til dagligvarebutikken på "
            "Moen i 2023.",
        ),
        (
            "p",
            "Osvik Næringsforening arrangerer julegateåpningen og sommermarkedet, med støtte fra "
            "kommunen.",
        ),
        ("h1", "3 Et sentrum for folk"),
        ("h2", "Gående og syklende først"),
        (
            "p",
            "Storgata blir gågate fra 1. juni til 31. august. Fortauene i Kirkegata utvides, og "
            "det settes opp overbygd sykkelparkering ved torget og ved biblioteket. Biltrafikk "
            "til varelevering tillates før klokka 10.",
        ),
        ("h2", "Lek og opphold"),
        (
            "p",
            "Parken ved elva får en ny lekeplass for de minste barna, og det settes ut flere "
            "benker. Torget får trinnfri adkomst fra Storgata.",
        ),
        ("h2", "Parkering"),
        (
            "p",
            "Med 60 nye plasser ved Osvik skole er det nok parkering i sentrum, også når "
            "Storgata er gågate. Spørsmålet om avgift og tidsbegrensning legges fram i en egen "
            "sak.",
        ),
        ("break",),
        ("h1", "4 Flere som bor i sentrum"),
        (
            "p",
            "Kommunen vil legge til rette for 120 nye boliger innenfor én kilometer fra torget. "
            "Det gamle lagerbygget i Kaikvartalet kan bygges om til leiligheter; reguleringen "
            "starter i 2026. Kommunen vil bruke utbyggingsavtaler og salg av egne tomter for å "
            "få fart på byggingen.",
        ),
        ("h1", "5 Trehusbyen"),
        (
            "p",
            "De eldre trehusene i Strandgata og Kirkegata er vist med hensynssone bevaring i "
            "kommuneplanen.",
        ),
        ("h1", "6 Tiltak"),
        (
            "table",
            ["Tiltak", "Ansvar", "Når", "Kostnad (1000 kr)", "Finansiering"],
            [
                ["Sommergågate i Storgata", "Kommunalteknikk", "2026", "150", "Drift"],
                [
                    "Bredere fortau i Kirkegata",
                    "Kommunalteknikk",
                    "2027",
                    "2 400",
                    "Økonomiplan 2027",
                ],
                [
                    "Sykkelparkering ved torget og biblioteket",
                    "Kommunalteknikk",
                    "2026",
                    "300",
                    "Drift",
                ],
                [
                    "Lekeplass i parken ved elva",
                    "Park og idrett",
                    "2027",
                    "900",
                    "Økonomiplan 2027",
                ],
                [
                    "Reguleringsplan for Kaikvartalet",
                    "Plan og utvikling",
                    "2026–2027",
                    "600",
                    "Drift",
                ],
                [
                    "60 parkeringsplasser ved Osvik skole",
                    "Eiendom",
                    "2026",
                    "1 800",
                    "Økonomiplan 2026",
                ],
            ],
            [60, 35, 20, 25, 30],
        ),
    ]
    build_odt(
        p,
        d / "plan.odt",
        title="Handlingsplan for Osvik sentrum 2026–2029",
        author="Osvik kommune",
        header="Handlingsplan for Osvik sentrum",
    )
    pts = [
        P("1", pts_text[0], "content", "covered", ev="Det er 38 butikker, kafeer"),
        P(
            "2",
            pts_text[1],
            "content",
            "partial",
            ev="Parken ved elva får en ny lekeplass",
            missing=["tiltak for ungdom"],
        ),
        P(
            "3",
            pts_text[2] + " " + "; ".join(subs),
            "content",
            "partial",
            ev="Med 60 nye plasser ved Osvik skole",
            missing=["tidsbegrensning og avgift (utsatt til en egen sak)"],
        ),
        P(
            "4",
            pts_text[3],
            "content",
            "covered",
            ev="Storgata blir gågate fra 1. juni",
            trap="answered under a heading in other words ('Gående og syklende først')",
        ),
        P(
            "5",
            pts_text[4],
            "content",
            "covered",
            ev="Kommunen vil legge til rette for 120",
            trap="the point runs over the page break of the bestilling",
        ),
        P(
            "6",
            pts_text[5],
            "content",
            "uncovered",
            trap="Næringsforeningen named only as the organiser of the julegateåpning; gårdeiere "
            "only as participants at the folkemøte",
        ),
        P(
            "7",
            pts_text[6],
            "content",
            "partial",
            ev="De eldre trehusene i Strandgata",
            missing=["hvordan husene skal tas vare på (veiledning, tilskudd)"],
        ),
        P(
            "8",
            pts_text[7],
            "content",
            "partial",
            ev="Torget får trinnfri adkomst",
            missing=[
                "universell utforming utover torget: butikkinnganger, gangveier, offentlige bygg"
            ],
        ),
        P(
            "S1",
            "Handlingsplanen skal inneholde et kostnadsoverslag for tiltakene og vise hvilke "
            "tiltak som forutsetter midler i økonomiplanen.",
            "deliverable",
            "covered",
            ev="Tiltak Ansvar Når Kostnad",
        ),
        P(
            "S2",
            "Næringsdrivende, gårdeiere og innbyggere skal inviteres til et åpent møte før "
            "planen sendes på høring.",
            "process",
            "covered",
            ev="Handlingsplanen viser hva kommunen vil gjøre",
            trap="answered in the introduction ('åpent folkemøte på Torghuset')",
        ),
        P(
            "S3",
            "Handlingsplanen legges fram for formannskapet innen utgangen av mars 2026.",
            "process",
            "uncovered",
            trap="the plan is dated as a høringsutkast of 15 April 2026 and says nothing of the "
            "formannskap",
        ),
    ]
    return dict(
        language="nb",
        mandate="bestilling.docx",
        plan="plan.odt",
        producer="bestilling .docx: a requirement in the prose before the list, points typed "
        "'1. ' with typed 'a)⇥' sub-points under point 3, point 5 over the page break; plan "
        ".odt (Writer)",
        points=pts,
    )


# =========================================================================== 4 avfall (nn)


@pair
def avfall(d: Path) -> dict:
    items = [
        "Gjere greie for avfallsmengder og utsorteringsgrad for hushaldsavfallet, og korleis "
        "kommunen ligg an mot dei nasjonale måla.",
        "Vurdere innføring av eiga innsamling av matavfall og ny henteordning.",
        "Greie ut om kommunen kan etablere ei ombruksbu eller ein bruktbutikk ved "
        "gjenvinningsstasjonen.",
        "Gå gjennom korleis kommunen sjølv kan redusere avfallet og stille krav om ombruk i "
        "innkjøp og byggjeprosjekt.",
        "Vurdere tiltak mot forsøpling, også marin forsøpling langs strandsona.",
        "Kartleggje avfall frå næringslivet og landbruket, særleg landbruksplast.",
        "Vurdere gebyrstrukturen, mellom anna gebyr som varierer med avfallsmengda.",
        "Omtale samarbeidet i det interkommunale renovasjonsselskapet og kva avgjerder som ligg "
        "til selskapet.",
    ]
    m = [
        ("meta", "AURVIK KOMMUNE"),
        ("title", "Planprogram – kommunedelplan for avfall og sirkulærøkonomi 2027–2035"),
        ("meta", "Fastsett av formannskapet 03.06.2026, sak 52/26"),
        ("h1", "1 Føremål"),
        (
            "p",
            "Planprogrammet gjer greie for føremålet med planarbeidet, kva tema planen skal "
            "handsame, og korleis innbyggjarane kan vere med. Planen skal erstatte avfallsplanen "
            "frå 2014.",
        ),
        ("h1", "2 Tema i planen"),
        ("p", "Planen skal:"),
        ("num", items),
        ("h1", "3 Krav til planen"),
        (
            "p",
            "Planen skal innehalde mål for 2030 og 2035 og ein handlingsdel med tiltak, ansvar "
            "og kostnad.",
        ),
        ("h1", "4 Medverknad"),
        (
            "p",
            "Det skal haldast eit ope innbyggjarmøte og eit møte med ungdomsrådet i "
            "høyringsperioden. Renovasjonsselskapet og bondelaget blir inviterte til "
            "arbeidsmøte.",
        ),
        ("h1", "5 Framdrift"),
        (
            "table",
            ["Fase", "Tid"],
            [
                ["Planprogram fastsett", "Juni 2026"],
                ["Planforslag på høyring", "Februar–mars 2027"],
                ["Sluttbehandling i kommunestyret", "Juni 2027"],
            ],
            [90, 50],
        ),
        (
            "p",
            "Planforslaget skal leggjast fram for kommunestyret før sommaren 2027.",
        ),
    ]
    build_pdf(
        m,
        d / "planprogram.pdf",
        title="Planprogram – avfall og sirkulærøkonomi",
        author="Aurvik kommune",
        header="Aurvik kommune – planprogram",
        lang="nn-NO",
    )
    p = [
        ("title", "Kommunedelplan for avfall og sirkulærøkonomi 2027–2035"),
        ("meta", "Aurvik kommune · Vedteken i kommunestyret 17. juni 2027, sak 48/27"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Planen viser korleis Aurvik skal ta vare på ressursane i avfallet og få ned "
            "mengda restavfall. I høyringsperioden var det ope møte på kulturhuset, og "
            "ungdomsrådet hadde eit eige møte med planleggjarane.",
        ),
        (
            "p",
            "Stortinget har sett mål om mindre matsvinn og mindre marin forsøpling, og EU krev "
            "at 65 prosent av hushaldsavfallet skal materialgjenvinnast innan 2035.",
        ),
        (
            "p",
            "Avfall frå næringslivet og landbruket er ikkje kommunen sitt ansvar og er difor "
            "ikkje teke med i planen.",
        ),
        ("h1", "2 Kvar står vi i dag?"),
        (
            "p",
            "I 2025 vart det samla inn 412 kilo hushaldsavfall per innbyggjar. 41 prosent vart "
            "sendt til materialgjenvinning. Vi er dermed langt unna krava som kjem, og må "
            "sortere meir.",
        ),
        (
            "p",
            "Fjordrenovasjon IKS hentar avfallet og driv gjenvinningsstasjonen på Håland. Aurvik "
            "eig 20 prosent av selskapet saman med fire andre kommunar.",
        ),
        ("h1", "3 Mål"),
        (
            "p",
            "**Mål for 2030:** Minst 60 prosent av hushaldsavfallet skal gå til "
            "materialgjenvinning.",
        ),
        ("h1", "4 Slik gjer vi det"),
        ("h2", "Matavfall i eigen dunk"),
        (
            "p",
            "Frå 2028 får alle hushald ein brun dunk for matavfall, som blir tømd annakvar veke. "
            "Restavfallet blir då henta kvar fjerde veke.",
        ),
        ("h2", "Betal for det du kastar"),
        (
            "p",
            "Renovasjonsgebyret blir delt i ein fast del og ein del som aukar med kor ofte "
            "restavfallsdunken blir tømd. Dei som sorterer godt, betaler mindre.",
        ),
        ("break",),
        ("h2", "Ombruk"),
        (
            "p",
            "På gjenvinningsstasjonen på Håland blir det sett av ein container der folk kan "
            "levere møblar og ting som andre kan hente gratis.",
        ),
        ("h2", "Kommunen går føre"),
        (
            "p",
            "Når kommunen kjøper inn møblar og IT-utstyr, skal det stillast krav om brukte eller "
            "reparerte produkt der det er mogleg. Kantinene skal halvere matsvinnet.",
        ),
        ("h1", "5 Handlingsdel"),
        (
            "table",
            ["Tiltak", "Ansvar", "Når"],
            [
                ["Brun dunk for matavfall til alle hushald", "Fjordrenovasjon IKS", "2028"],
                ["Nytt gebyrregulativ", "Kommunalsjef teknisk", "2028"],
                ["Ombrukscontainer på Håland", "Fjordrenovasjon IKS", "2027"],
                ["Krav om ombruk i innkjøp av møblar og IT", "Innkjøpsrådgivar", "2027"],
                ["Halvert matsvinn i kantinene", "Einingsleiar reinhald og kantine", "2029"],
            ],
            [80, 55, 25],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Kommunedelplan for avfall og sirkulærøkonomi 2027–2035",
        author="Aurvik kommune",
        header="Avfall og sirkulærøkonomi 2027–2035",
        lang="nn-NO",
    )
    pts = [
        P("1", items[0], "content", "covered", ev="I 2025 vart det samla inn 412 kilo"),
        P(
            "2",
            items[1],
            "content",
            "covered",
            ev="Frå 2028 får alle hushald ein brun dunk",
            trap="answered under its own heading in other words (brun dunk, tømd annakvar veke)",
        ),
        P(
            "3",
            items[2],
            "content",
            "partial",
            ev="På gjenvinningsstasjonen på Håland",
            missing=["ei utgreiing av ei fast ombruksbu eller ein bruktbutikk"],
        ),
        P(
            "4",
            items[3],
            "content",
            "partial",
            ev="Når kommunen kjøper inn møblar",
            missing=["krav om ombruk i kommunen sine byggjeprosjekt"],
        ),
        P(
            "5",
            items[4],
            "content",
            "uncovered",
            trap="marin forsøpling named once, as a national target in the introduction",
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="the introduction leaves næringsavfall and landbruket out: shared words, no "
            "kartlegging",
        ),
        P(
            "7",
            items[6],
            "content",
            "covered",
            ev="Renovasjonsgebyret blir delt i ein fast del",
            trap="answered in other words ('Betal for det du kastar')",
        ),
        P(
            "8",
            items[7],
            "content",
            "partial",
            ev="Fjordrenovasjon IKS hentar avfallet",
            missing=["kva avgjerder som ligg til selskapet og kva kommunen avgjer sjølv"],
        ),
        P(
            "S1",
            "Planen skal innehalde mål for 2030 og 2035 og ein handlingsdel med tiltak, "
            "ansvar og kostnad.",
            "deliverable",
            "partial",
            ev="Tiltak Ansvar Når",
            missing=["mål for 2035", "kostnad for tiltaka"],
        ),
        P(
            "S2",
            "Det skal haldast eit ope innbyggjarmøte og eit møte med ungdomsrådet i "
            "høyringsperioden.",
            "process",
            "covered",
            ev="I høyringsperioden var det ope møte",
            trap="answered in the introduction",
        ),
        P(
            "S3",
            "Renovasjonsselskapet og bondelaget blir inviterte til arbeidsmøte.",
            "process",
            "uncovered",
            trap="the plan names Fjordrenovasjon IKS as operator, never a working "
            "meeting; bondelaget not at all",
        ),
        P(
            "S4",
            "Planforslaget skal leggjast fram for kommunestyret før sommaren 2027.",
            "process",
            "covered",
            ev="Aurvik kommune · Vedteken i kommunestyret",
            trap="answered only by the adoption line under the title",
        ),
    ]
    return dict(
        language="nn",
        mandate="planprogram.pdf",
        plan="plan.pdf",
        producer="planprogram PDF: themes as a Word-numbered list, requirements in the prose of "
        "sections 3–5, one after the timetable; plan PDF",
        points=pts,
    )


# =========================================================================== 5 ungas inflytande (sv)


@pair
def ungas_inflytande(d: Path) -> dict:
    items = [
        "Kartlägga hur unga i dag kan påverka kommunens beslut och verksamheter.",
        "Föreslå hur ungdomsrådets roll och arbetsformer kan stärkas.",
        "Beskriva hur barnets rättigheter enligt barnkonventionen ska beaktas i kommunens "
        "beslut, bland annat genom barnkonsekvensanalyser.",
        "Ta fram arbetssätt för att nå unga som sällan deltar, till exempel unga med "
        "funktionsnedsättning och nyanlända unga.",
        "Föreslå hur unga kan vara med och besluta om en del av kommunens budget.",
        "Beskriva hur unga ska få återkoppling på sina förslag och synpunkter.",
        "Föreslå hur handlingsplanen ska följas upp.",
    ]
    m = [
        ("meta", "ÄLVSBACKA KOMMUN · Kommunstyrelsens förvaltning"),
        ("meta", "Tjänsteskrivelse · Dnr KS 2025/318 · 2025-10-06"),
        ("title", "Uppdrag: Handlingsplan för ungas inflytande"),
        ("h2", "Förslag till beslut"),
        (
            "p",
            "Kommunstyrelsen ger kultur- och fritidsförvaltningen i uppdrag att ta fram en "
            "handlingsplan för ungas inflytande enligt denna tjänsteskrivelse.",
        ),
        ("h2", "Ärendet"),
        (
            "p",
            "Enligt LUPP-undersökningen 2024 anser bara 18 procent av ungdomarna i Älvsbacka att "
            "de har möjlighet att påverka i kommunen. Ungdomsrådet har funnits sedan 2012 men "
            "träffas sällan och har ingen egen budget.",
        ),
        ("h2", "Uppdragets innehåll"),
        ("p", "Handlingsplanen ska:"),
        *typed(items, sep="\t", indent=7),
        (
            "p",
            "Ungdomsrådet och elevråden ska vara delaktiga när planen tas fram. Planen ska "
            "innehålla en åtgärdslista med ansvarig och tidplan för varje åtgärd. "
            "Handlingsplanen ska redovisas för kommunstyrelsen senast den 30 september 2026.",
        ),
        ("p", "Maria Lind, kommundirektör"),
    ]
    build_pdf(
        m,
        d / "uppdrag.pdf",
        title="Uppdrag – handlingsplan för ungas inflytande",
        author="Älvsbacka kommun",
        header="Älvsbacka kommun – tjänsteskrivelse KS 2025/318",
        lang="sv-SE",
    )
    p = [
        ("title", "Handlingsplan för ungas inflytande 2026–2028"),
        ("meta", "Älvsbacka kommun · Behandlad i kommunstyrelsen 2026-09-08, § 112"),
        ("h1", "1 Inledning"),
        (
            "p",
            "Planen har tagits fram av kultur- och fritidsförvaltningen. Ungdomsrådet har deltagit "
            "i två workshoppar under våren 2026 och kommenterat utkastet. Planen följs upp varje "
            "år i kultur- och fritidsnämndens verksamhetsberättelse, och kultur- och "
            "fritidschefen ansvarar för uppföljningen.",
        ),
        (
            "p",
            "Barnkonventionen blev svensk lag den 1 januari 2020.",
        ),
        ("h1", "2 Så kan unga påverka i dag"),
        (
            "p",
            "Unga i Älvsbacka kan påverka genom ungdomsrådet, elevråden, medborgarförslag och "
            "fritidsgårdarnas husmöten. Få känner till kanalerna: i LUPP 2024 visste bara var "
            "tredje ungdom att ungdomsrådet finns. Ungdomsrådet lämnade 14 förslag under 2024.",
        ),
        ("h1", "3 Ett starkare ungdomsråd"),
        (
            "p",
            "Ungdomsrådet får yttranderätt i kommunstyrelsen i ärenden som rör unga och en egen "
            "budget på 150 000 kronor per år. Rådet träffas en gång i månaden och får stöd av "
            "en ungdomssamordnare.",
        ),
        ("h1", "4 Ungdomspengen"),
        (
            "p",
            "Varje år får unga mellan 13 och 19 år rösta om hur 300 000 kronor ska användas. "
            "Förslagen lämnas in digitalt eller på fritidsgården, och omröstningen sker i "
            "skolorna i maj.",
        ),
        ("h1", "5 Nå fler"),
        (
            "p",
            "Ungdomssamordnaren besöker SFI och språkintroduktionen på gymnasiet två gånger per "
            "termin för att möta nyanlända unga där de är.",
        ),
        ("break",),
        ("h1", "6 Åtgärder"),
        (
            "table",
            ["Åtgärd", "Ansvarig"],
            [
                ["Yttranderätt för ungdomsrådet i kommunstyrelsen", "Kommunstyrelsens ordförande"],
                ["Egen budget för ungdomsrådet", "Kultur- och fritidschef"],
                ["Ungdomspengen, 300 000 kronor per år", "Ungdomssamordnare"],
                ["Besök på SFI och språkintroduktionen", "Ungdomssamordnare"],
                ["Information om ungdomsrådet i alla högstadieklasser", "Ungdomssamordnare"],
            ],
            [100, 60],
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Handlingsplan för ungas inflytande 2026–2028",
        author="Älvsbacka kommun",
        header="Handlingsplan för ungas inflytande",
        lang="sv-SE",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Unga i Älvsbacka kan påverka genom",
            trap="answered under a heading in other words ('Så kan unga påverka i dag')",
        ),
        P("2", items[1], "content", "covered", ev="Ungdomsrådet får yttranderätt"),
        P(
            "3",
            items[2],
            "content",
            "uncovered",
            trap="barnkonventionen named once in the introduction, as a fact",
        ),
        P(
            "4",
            items[3],
            "content",
            "partial",
            ev="Ungdomssamordnaren besöker SFI",
            missing=["unga med funktionsnedsättning"],
        ),
        P(
            "5",
            items[4],
            "content",
            "covered",
            ev="Varje år får unga mellan 13 och 19 år",
            trap="answered in other words ('Ungdomspengen': unga röstar om 300 000 kronor)",
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="'Ungdomsrådet lämnade 14 förslag' shares the word förslag; nothing on "
            "återkoppling",
        ),
        P(
            "7",
            items[6],
            "process",
            "covered",
            ev="Planen har tagits fram av kultur-",
            trap="process point answered in the introduction",
        ),
        P(
            "S1",
            "Ungdomsrådet och elevråden ska vara delaktiga när planen tas fram.",
            "process",
            "partial",
            ev="Planen har tagits fram av kultur-",
            missing=["elevråden"],
        ),
        P(
            "S2",
            "Planen ska innehålla en åtgärdslista med ansvarig och tidplan för varje åtgärd.",
            "deliverable",
            "partial",
            ev="Åtgärd Ansvarig",
            missing=["tidplan för åtgärderna"],
        ),
        P(
            "S3",
            "Handlingsplanen ska redovisas för kommunstyrelsen senast den 30 september 2026.",
            "process",
            "covered",
            ev="Älvsbacka kommun · Behandlad i kommunstyrelsen",
            trap="answered only by the line under the title",
        ),
    ]
    return dict(
        language="sv",
        mandate="uppdrag.pdf",
        plan="plan.docx",
        producer="tjänsteskrivelse PDF: points typed '1.⇥' with a hanging indent, three "
        "requirements in one paragraph after the list; plan .docx",
        points=pts,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    check = _first_batch_builder().check_points_in_mandate
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        check(d, info["mandate"], info["points"])
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind3/make_pairs.py.\n"
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

__all__ = ["build_docx", "docx_to_pdf"]
