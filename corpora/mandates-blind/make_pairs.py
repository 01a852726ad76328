"""Build the blind mandate/plan pairs under corpora/mandates-blind/ and their gold files.

Written without reading plancheck's matcher, from how mandates are really delivered: a council
case (saksframlegg) with the resolution list before the mandate, a slide deck, a .docx
bestilling, a planprogram with requirements in its prose. Points are typed by hand ("10.Ivareta"
with no space, a tab after the number), wrap over lines and pages, carry lettered sub-points,
and requirements hide in the prose ("Planen skal ha en tiltaksoversikt"); those become points of
their own (number S1, S2, … in the gold). Plans answer the way real plans do: a chapter whose
heading restates the point's object, process points answered in the introduction, partial
answers, and traps (a scheme named once in passing; shared words without an answer).

    python corpora/mandates-blind/make_pairs.py            # all pairs
    python corpora/mandates-blind/make_pairs.py barnevern  # some pairs

Gold: coverage.gold.yaml per pair (see README.md). Evidence pages are read from the rendered
plan, so the gold follows the layout LibreOffice gives.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from _build import (
    build_docx,
    build_odp,
    build_pdf,
    docx_to_pdf,
    odp_to_pdf,
    pdf_pages_text,
    rendered_pages,
    write_gold,
)

HERE = Path(__file__).resolve().parent
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
    """Hand-typed points: numbers typed in the text, one paragraph each."""
    out = []
    for i, text in enumerate(points, start=start):
        s = "" if (sep == "auto" and i >= 10) else (" " if sep == "auto" else sep)
        out.append(("typed", f"{i}.", text, s, indent))
    return out


# =========================================================================== 1 barnevern (nb)


@pair
def barnevern(d: Path) -> dict:
    m = [
        ("meta", "ELVEDAL KOMMUNE"),
        ("title", "Saksframlegg"),
        ("meta", "Arkivsak: 24/1187    Arkivkode: F40    Saksbehandler: Ragnhild Moe"),
        (
            "table",
            ["Utvalg", "Møtedato", "Saksnr."],
            [
                ["Hovedutvalg for oppvekst", "05.09.2024", "31/24"],
                ["Kommunestyret", "19.09.2024", "58/24"],
            ],
            [80, 40, 30],
        ),
        ("h1", "Oppstart av arbeidet med plan for barnevern og tidlig innsats – mandat"),
        ("h2", "Kommunedirektørens forslag til vedtak"),
        *typed(
            [
                "Kommunestyret vedtar oppstart av arbeidet med plan for barnevern og tidlig innsats 2025–2028.",
                "Mandatet for arbeidsgruppa godkjennes slik det går fram av saksframlegget.",
            ],
            sep="\t",
            indent=7,
        ),
        ("h2", "Saksopplysninger"),
        (
            "p",
            "Barnevernsloven § 15-1 pålegger kommunestyret å vedta en plan for kommunens "
            "forebyggende arbeid for barn og familier. Elvedal kommune har ikke en slik plan "
            "i dag. Tjenesten har de siste årene hatt høy turnover og økende saksmengde.",
        ),
        (
            "p",
            "Kommunedirektøren foreslår at det settes ned en arbeidsgruppe ledet av "
            "barnevernleder, med representanter fra helsestasjonen, skolene, barnehagene, "
            "PPT og tillitsvalgte.",
        ),
        ("h2", "Forslag til mandat"),
        ("p", "Arbeidsgruppa skal:"),
        *typed(
            [
                "Gi en beskrivelse av dagens barnevernstjeneste, herunder bemanning, saksmengde og "
                "fristoverskridelser.",
                "Kartlegge hvilke forebyggende tilbud kommunen har for barn og familier, og hvordan "
                "tilbudene samordnes.",
                "Vurdere behovet for fosterhjem i egen kommune og foreslå tiltak for å rekruttere og "
                "beholde fosterforeldre.",
                "Beskrive hvordan oppvekstreformen påvirker kommunens økonomiske ansvar for "
                "barnevernstiltak.",
                "Utarbeide rutiner for samarbeid mellom barneverntjenesten, skole, barnehage og politi.",
                "Vurdere behovet for ettervern for ungdom mellom 18 og 25 år.",
                "Foreslå tiltak som styrker barns medvirkning i egen sak.",
                "Ivareta kravene til internkontroll og systematisk kvalitetsforbedring i tjenesten.",
                "Kartlegge kompetansebehovet i tjenesten og legge en plan for rekruttering av "
                "barnevernspedagoger med master.",
                "Ivareta samarbeidet med Bufetat om akuttberedskap utenom kontortid.",
            ],
            sep="auto",
            indent=0,
        ),
        ("h2", "Organisering og framdrift"),
        (
            "p",
            "Arbeidsgruppa rapporterer til kommunalsjef for oppvekst. Planen skal ha en "
            "tiltaksoversikt med ansvar og frist for hvert tiltak. Arbeidet avsluttes innen "
            "utgangen av 2025. Før sluttbehandling skal planforslaget på høring til "
            "ungdomsrådet og brukerorganisasjonene på barnevernsfeltet.",
        ),
        ("h2", "Vurdering"),
        (
            "p",
            "En samlet plan vil gi politikerne bedre grunnlag for prioriteringer og gjøre det "
            "lettere å se tjenestene for barn og familier i sammenheng. Kommunedirektøren "
            "anbefaler at mandatet vedtas.",
        ),
    ]
    build_pdf(
        m,
        d / "saksframlegg.pdf",
        title="Saksframlegg – mandat barnevernplan",
        author="Elvedal kommune",
        header="Elvedal kommune – Saksframlegg 24/1187",
    )
    p = [
        ("title", "Plan for barnevern og tidlig innsats 2025–2028"),
        ("meta", "Elvedal kommune · Vedtatt av kommunestyret 11. desember 2025, sak 97/25"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen er kommunens plan for det forebyggende arbeidet etter barnevernsloven "
            "§ 15-1. Den er utarbeidet etter at oppvekstreformen trådte i kraft, av en "
            "arbeidsgruppe ledet av barnevernleder.",
        ),
        (
            "p",
            "Planforslaget var på høring fra 1. september til 15. oktober 2025. Ungdomsrådet "
            "ga en skriftlig uttalelse, og innspillene er innarbeidet i kapittel 5. Planen "
            "ble vedtatt av kommunestyret 11. desember 2025.",
        ),
        ("h1", "2 Barnevernstjenesten i dag"),
        (
            "p",
            "Tjenesten har tolv årsverk fordelt på mottak, undersøkelse og tiltak. I 2024 "
            "fikk tjenesten 212 bekymringsmeldinger, og 146 barn hadde hjelpetiltak ved "
            "utgangen av året. Undersøkelsene ble avsluttet innen lovens frist i 87 prosent "
            "av sakene, mot 93 prosent i 2022; de fleste forsinkelsene skyldtes vakante "
            "stillinger høsten 2024.",
        ),
        ("h1", "3 Forebyggende tilbud til barn og familier"),
        (
            "p",
            "Helsestasjonen følger alle familier fra svangerskapet til skolestart. "
            "Familieveilederne gir foreldreveiledning etter ICDP-programmet, og "
            "skolehelsetjenesten har faste kontordager på alle skolene. Ungdomskontakten har "
            "åpent kontor på ungdomsskolen to dager i uka.",
        ),
        (
            "p",
            "Kommunen tilbyr i tillegg gratis kurs i «De utrolige årene» for foreldre med "
            "barn i alderen 3–8 år.",
        ),
        ("h1", "4 Samarbeid rundt barna"),
        (
            "p",
            "Barnevernet, skolene og barnehagene har en skriftlig samarbeidsavtale. Den "
            "fastsetter faste samarbeidsmøter to ganger per halvår i hver enhet, en "
            "kontaktperson i barnevernet for hver skole og barnehage, og en rutine for "
            "hvordan ansatte drøfter bekymringer anonymt før melding sendes.",
        ),
        ("h1", "5 Barnets stemme"),
        (
            "p",
            "Barn skal bli hørt i saker som angår dem. Alle barn over sju år skal få tilbud "
            "om samtale alene med kontaktpersonen sin minst fire ganger i året, og "
            "tjenesten tar i bruk samtaleverktøyet «Mine ønsker» fra 2026. Ungdom med "
            "erfaring fra barnevernet inviteres til et årlig dialogmøte med ledelsen.",
        ),
        ("h1", "6 Fosterhjem"),
        (
            "p",
            "I dag bor 14 barn fra Elvedal i fosterhjem, bare fem av dem i egen kommune. "
            "Tjenesten regner med at det trengs seks nye fosterhjem i kommunen i planperioden. "
            "Kommunen vil rekruttere sammen med Bufetat gjennom en årlig kampanje, og "
            "fosterforeldre skal få fast veileder, tilbud om frikjøp de første tre månedene "
            "og et eget nettverk med faste samlinger for å bli værende.",
        ),
        ("h1", "7 Kvalitet og internkontroll"),
        (
            "p",
            "Tjenesten registrerer avvik i kommunens kvalitetssystem, og barnevernleder "
            "rapporterer fristbrudd til kommunedirektøren hvert kvartal. Rutinene for "
            "mottak og undersøkelse ble revidert våren 2025.",
        ),
        ("h1", "8 Kompetanse"),
        (
            "p",
            "Fire av tolv ansatte har master i barnevern eller sosialt arbeid. Kravet om "
            "master for oppgaver i undersøkelse og tiltak gjelder fullt ut fra 2031, og "
            "seks ansatte trenger videreutdanning innen da. Kommunen søker midler fra "
            "Statsforvalteren til videreutdanning hvert år.",
        ),
        ("h1", "9 Akuttberedskap"),
        (
            "p",
            "Utenom kontortid dekkes akuttberedskapen av den interkommunale "
            "barnevernvakten i Nordre region. Avtalen med Bufetat gir tilgang til "
            "beredskapshjem og akuttplasser hele døgnet.",
        ),
        ("h1", "10 Tiltaksoversikt"),
        (
            "table",
            ["Tiltak", "Ansvar", "Frist"],
            [
                ["Samtaleverktøyet «Mine ønsker» tas i bruk", "Barnevernleder", "2026"],
                ["Årlig rekrutteringskampanje for fosterhjem", "Barnevernleder", "Årlig"],
                ["Videreutdanning for seks ansatte", "Kommunalsjef oppvekst", "2030"],
                ["Faste samarbeidsmøter med skoler og barnehager", "Enhetsledere", "Fra 2025"],
            ],
            [90, 45, 25],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Plan for barnevern og tidlig innsats 2025–2028",
        author="Elvedal kommune",
        header="Plan for barnevern og tidlig innsats",
    )
    pts = [
        P(
            "1",
            "Gi en beskrivelse av dagens barnevernstjeneste, herunder bemanning, saksmengde og "
            "fristoverskridelser.",
            "content",
            "covered",
            ev="Tjenesten har tolv årsverk",
        ),
        P(
            "2",
            "Kartlegge hvilke forebyggende tilbud kommunen har for barn og familier, og hvordan "
            "tilbudene samordnes.",
            "content",
            "partial",
            ev="Helsestasjonen følger alle familier",
            missing=["hvordan tilbudene samordnes – planen lister dem bare opp"],
        ),
        P(
            "3",
            "Vurdere behovet for fosterhjem i egen kommune og foreslå tiltak for å rekruttere og "
            "beholde fosterforeldre.",
            "content",
            "covered",
            ev="I dag bor 14 barn fra Elvedal",
        ),
        P(
            "4",
            "Beskrive hvordan oppvekstreformen påvirker kommunens økonomiske ansvar for "
            "barnevernstiltak.",
            "content",
            "uncovered",
            trap="oppvekstreformen is named once in the introduction, nothing on its economy",
        ),
        P(
            "5",
            "Utarbeide rutiner for samarbeid mellom barneverntjenesten, skole, barnehage og "
            "politi.",
            "content",
            "partial",
            ev="Barnevernet, skolene og barnehagene har",
            missing=["samarbeid med politiet"],
        ),
        P(
            "6",
            "Vurdere behovet for ettervern for ungdom mellom 18 og 25 år.",
            "content",
            "uncovered",
            trap="'ungdom' appears (ungdomskontakt, dialogmøte), no ettervern",
        ),
        P(
            "7",
            "Foreslå tiltak som styrker barns medvirkning i egen sak.",
            "content",
            "covered",
            ev="Barn skal bli hørt i saker",
        ),
        P(
            "8",
            "Ivareta kravene til internkontroll og systematisk kvalitetsforbedring i tjenesten.",
            "content",
            "partial",
            ev="Tjenesten registrerer avvik",
            missing=["systematisk forbedringsarbeid ut over avviksregistrering"],
        ),
        P(
            "9",
            "Kartlegge kompetansebehovet i tjenesten og legge en plan for rekruttering av "
            "barnevernspedagoger med master.",
            "content",
            "partial",
            ev="Fire av tolv ansatte",
            missing=["rekruttering av nye ansatte med master"],
        ),
        P(
            "10",
            "Ivareta samarbeidet med Bufetat om akuttberedskap utenom kontortid.",
            "content",
            "covered",
            ev="Utenom kontortid dekkes",
        ),
        P(
            "S1",
            "Planen skal ha en tiltaksoversikt med ansvar og frist for hvert tiltak.",
            "deliverable",
            "covered",
            ev="Tiltak Ansvar Frist",
        ),
        P(
            "S2",
            "Arbeidet avsluttes innen utgangen av 2025.",
            "process",
            "covered",
            ev="Planforslaget var på høring fra",
        ),
        P(
            "S3",
            "Før sluttbehandling skal planforslaget på høring til ungdomsrådet og "
            "brukerorganisasjonene på barnevernsfeltet.",
            "process",
            "partial",
            ev="Planforslaget var på høring fra",
            missing=["brukerorganisasjonene"],
        ),
    ]
    return dict(
        language="nb",
        mandate="saksframlegg.pdf",
        plan="plan.pdf",
        producer="saksframlegg PDF (Writer), typed points '10.Ivareta'; plan PDF",
        points=pts,
    )


# =========================================================================== 2 næring (nb)


@pair
def naering(d: Path) -> dict:
    slides = [
        (
            "Strategisk næringsplan for Havnøy 2025–2030",
            ["Oppstartsmøte i styringsgruppa", "Formannskapet 14. mai 2024"],
        ),
        (
            "Bakgrunn",
            [
                "• Næringsplanen fra 2015 er utdatert",
                "• Sjømatnæringen står for om lag 40 % av arbeidsplassene",
                "• Flere unge voksne flytter ut enn inn",
            ],
        ),
        (
            "Mandat",
            [
                "Prosjektgruppa skal:",
                "1. Beskrive næringsstrukturen og sysselsettingen i kommunen, fordelt på bransjer",
                "2. Kartlegge behovet for nye næringsarealer, særlig sjønære arealer for havbruk og "
                "fiskeindustri",
                "3. Foreslå tiltak som gjør det enklere å starte bedrift, herunder veiledning og "
                "etablererstipend",
                "4. Vurdere kommunens bruk av det kommunale næringsfondet",
            ],
        ),
        (
            "Mandat (forts.)",
            [
                "5. Beskrive hvordan kommunen kan bidra til flere helårsarbeidsplasser i reiselivet",
                "6. Vurdere samarbeidet med nabokommunene i regionrådet om næringsutvikling",
                "7. Foreslå mål og indikatorer for næringsarbeidet som kan følges opp årlig",
            ],
        ),
        (
            "Organisering",
            [
                "Styringsgruppe: formannskapet. Prosjektleder: næringssjefen.",
                "Planen skal ha en handlingsdel som rulleres årlig.",
                "Havnøy næringsforening og ungdomsrådet skal involveres i arbeidet.",
            ],
        ),
        (
            "Framdrift",
            [
                "• Utkast til plan: februar 2025",
                "• Høring: mars–april 2025",
                "• Vedtak i kommunestyret: juni 2025",
            ],
        ),
    ]
    build_odp(slides, d / "oppstart.odp", footer="Havnøy kommune · Næringsplan")
    odp_to_pdf(d / "oppstart.odp", d / "oppstart.pdf")
    (d / "oppstart.odp").unlink()
    p = [
        ("title", "Strategisk næringsplan for Havnøy 2025–2030"),
        ("meta", "Havnøy kommune · Vedtatt i kommunestyret 19. juni 2025"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen er utarbeidet av en prosjektgruppe ledet av næringssjefen, med "
            "formannskapet som styringsgruppe. Havnøy næringsforening har vært representert "
            "i prosjektgruppa og har arrangert to frokostmøter for bedriftene.",
        ),
        (
            "p",
            "Tiltakene i kapittel 6 utgjør handlingsdelen. Handlingsdelen rulleres hvert år "
            "sammen med budsjett og økonomiplan.",
        ),
        ("h1", "2 Næringsliv og arbeidsplasser i Havnøy"),
        (
            "p",
            "Havnøy hadde 2 310 arbeidsplasser i 2023. Sjømat – fiske, havbruk og "
            "foredling – sto for 41 prosent, offentlig sektor for 28 prosent, bygg og anlegg "
            "for 9 prosent, varehandel for 8 prosent og reiseliv for 5 prosent. Antallet "
            "arbeidsplasser har vært stabilt siden 2018, men andelen i sjømat har økt.",
        ),
        ("break",),
        ("h1", "3 Areal for nye bedrifter"),
        (
            "p",
            "Kommunen har 35 dekar ledig regulert areal på Vikan industriområde. Med dagens "
            "etterspørsel er det nok til om lag 2030. Kommunen vil regulere et nytt område "
            "ved Storholmen når 70 prosent av Vikan er tatt i bruk.",
        ),
        ("h1", "4 Gründere og nye bedrifter"),
        (
            "p",
            "Den som vil starte egen bedrift, skal få hjelp raskt. Kommunen vil tilby gratis "
            "etablererveiledning hos næringssjefen, kjøpe plasser på Etablerersenterets "
            "kurs «Start og drift av egen bedrift» og samle all informasjon på én side på "
            "kommunens nettsted. Tiltakene kan finansieres over næringsfondet eller "
            "ordinært budsjett.",
        ),
        ("h1", "5 Reiseliv hele året"),
        (
            "p",
            "Reiselivet i Havnøy er i dag i hovedsak et sommerreiseliv, og de fleste ansatte "
            "går ledige om vinteren. Kommunen vil sammen med bedriftene utvikle "
            "vinterprodukter som nordlysturer og fiskeferie, og bidra til et felles "
            "bookingsystem, slik at flere sesongansatte kan få arbeid hele året.",
        ),
        ("break",),
        ("h1", "6 Mål og tiltak"),
        ("p", "Hovedmål: Havnøy skal ha 2 500 arbeidsplasser i 2030."),
        (
            "bullets",
            [
                "Delmål 1: Flere nye bedrifter hvert år.",
                "Delmål 2: Sjømatnæringen skal vokse innenfor bærekraftige rammer.",
                "Delmål 3: Reiselivet skal ha flere helårsansatte.",
            ],
        ),
        (
            "table",
            ["Tiltak", "Ansvar", "Når"],
            [
                ["Gratis etablererveiledning", "Næringssjef", "Fra 2025"],
                ["Regulering av Storholmen", "Plan og utvikling", "Ved behov"],
                ["Felles bookingsystem for reiselivet", "Næringssjef", "2026"],
                ["Samarbeid med næringsforeningen om frokostmøter", "Næringssjef", "Årlig"],
            ],
            [90, 45, 25],
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Strategisk næringsplan for Havnøy 2025–2030",
        author="Havnøy kommune",
        header="Strategisk næringsplan 2025–2030",
    )
    pts = [
        P(
            "1",
            "Beskrive næringsstrukturen og sysselsettingen i kommunen, fordelt på bransjer",
            "content",
            "covered",
            ev="Havnøy hadde 2 310 arbeidsplasser",
        ),
        P(
            "2",
            "Kartlegge behovet for nye næringsarealer, særlig sjønære arealer for havbruk og "
            "fiskeindustri",
            "content",
            "partial",
            ev="Kommunen har 35 dekar ledig",
            missing=["sjønære arealer til havbruk og fiskeindustri"],
        ),
        P(
            "3",
            "Foreslå tiltak som gjør det enklere å starte bedrift, herunder veiledning og "
            "etablererstipend",
            "content",
            "partial",
            ev="Den som vil starte egen bedrift",
            missing=["etablererstipend"],
        ),
        P(
            "4",
            "Vurdere kommunens bruk av det kommunale næringsfondet",
            "content",
            "uncovered",
            trap="næringsfondet is named once as a funding source, its use is not assessed",
        ),
        P(
            "5",
            "Beskrive hvordan kommunen kan bidra til flere helårsarbeidsplasser i reiselivet",
            "content",
            "covered",
            ev="Reiselivet i Havnøy er i dag",
        ),
        P(
            "6",
            "Vurdere samarbeidet med nabokommunene i regionrådet om næringsutvikling",
            "content",
            "uncovered",
            trap="'samarbeid' only with næringsforeningen",
        ),
        P(
            "7",
            "Foreslå mål og indikatorer for næringsarbeidet som kan følges opp årlig",
            "deliverable",
            "partial",
            ev="Hovedmål: Havnøy skal ha",
            missing=["indikatorer som måles hvert år"],
        ),
        P(
            "S1",
            "Planen skal ha en handlingsdel som rulleres årlig.",
            "deliverable",
            "covered",
            ev="Tiltakene i kapittel 6 utgjør",
        ),
        P(
            "S2",
            "Havnøy næringsforening og ungdomsrådet skal involveres i arbeidet.",
            "process",
            "partial",
            ev="Planen er utarbeidet av en prosjektgruppe",
            missing=["ungdomsrådet"],
        ),
    ]
    return dict(
        language="nb",
        mandate="oppstart.pdf",
        plan="plan.docx",
        producer="slide deck PDF (Impress, .odp), mandate over two slides; plan .docx",
        points=pts,
    )


# =========================================================================== 3 landbruk (nn)


@pair
def landbruk(d: Path) -> dict:
    m = [
        ("meta", "FJELLBYGD KOMMUNE"),
        ("title", "Planprogram for landbruksplan 2025–2029"),
        ("meta", "Fastsett av formannskapet 6. mars 2024"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Landbruket er ei berebjelke i Fjellbygd, både som næring og som forvaltar av "
            "kulturlandskapet. Gjeldande landbruksplan er frå 2012. Formannskapet vedtok i "
            "januar 2024 å rullere planen.",
        ),
        ("h1", "2 Føremål med planarbeidet"),
        (
            "p",
            "Planen skal gje retning for korleis kommunen skal bruke verkemidla sine i "
            "landbruket dei neste fire åra. Planen skal innehalde ein handlingsdel med "
            "tiltak, ansvar og kostnad.",
        ),
        ("h1", "3 Tema som skal greiast ut"),
        ("p", "I planarbeidet skal ein:"),
        (
            "typed",
            "a)",
            "gje ei oversikt over gardsbruk i drift, produksjonane og "
            "aldersamansetjinga blant brukarane",
            "\t",
            8,
        ),
        ("typed", "b)", "vurdere korleis jordvernet kan styrkjast i arealplanlegginga", "\t", 8),
        ("typed", "c)", "greie ut beitebruken og utfordringane med rovvilt", "\t", 8),
        (
            "typed",
            "d)",
            "vurdere kommunen si forvaltning av dei regionale miljøtilskota og SMIL-midlane",
            "\t",
            8,
        ),
        ("typed", "e)", "foreslå tiltak for rekruttering av unge bønder", "\t", 8),
        ("typed", "f)", "skildre skogressursane og behovet for nye skogsvegar", "\t", 8),
        ("h1", "4 Medverknad"),
        (
            "p",
            "Landbruksnæringa skal involverast gjennom opne møte i kvar bygd. Fjellbygd "
            "bondelag, Bonde- og småbrukarlaget og skogeigarlaget skal få høve til å uttale "
            "seg før planen vert sluttført.",
        ),
        ("h1", "5 Framdrift"),
        ("p", "Planen skal leggjast fram for kommunestyret innan utgangen av juni 2025."),
    ]
    build_pdf(
        m,
        d / "planprogram.pdf",
        title="Planprogram landbruksplan",
        lang="nn-NO",
        author="Fjellbygd kommune",
        header="Fjellbygd kommune · Planprogram",
    )
    p = [
        ("title", "Landbruksplan for Fjellbygd 2025–2029"),
        ("meta", "Vedteken i kommunestyret 12. juni 2025, sak 41/25"),
        ("h1", "1 Bakgrunn"),
        (
            "p",
            "Planen avløyser landbruksplanen frå 2012. Han er utarbeidd av landbrukskontoret "
            "etter planprogrammet som formannskapet fastsette i mars 2024, og vart vedteken "
            "i kommunestyret 12. juni 2025. Det vart halde opne møte i Øvrebygd, Nes og "
            "Sande hausten 2024.",
        ),
        ("h1", "2 Landbruket i Fjellbygd i dag"),
        (
            "p",
            "I 2024 var 87 gardsbruk i drift, mot 121 i 2014. Mjølkeproduksjon er den "
            "største produksjonen med 31 bruk, deretter sau med 28 bruk og ammeku med 11. "
            "Det vert dyrka grønsaker på fire bruk i Sande.",
        ),
        ("h1", "3 Jordvern"),
        (
            "p",
            "Dyrka jord er ein ressurs som ikkje kan erstattast. Kommunen set eit mål om at "
            "maks fem dekar dyrka jord vert omdisponert per år. Alle nye reguleringsplanar "
            "skal vise konsekvensane for jordbruksareal, og utbygging skal skje på areal "
            "som ikkje er dyrka eller dyrkbare når det finst alternativ.",
        ),
        ("h1", "4 Beite og utmark"),
        (
            "p",
            "Om lag 9 000 sau og lam beitar i utmarka kvar sommar, organisert i fem "
            "beitelag. Beitelaga og bondelaget står saman for sankinga. Kommunen vil "
            "halde fram med tilskot til gjerde og sperrer mot veg.",
        ),
        ("h1", "5 Skogbruket"),
        (
            "p",
            "Fjellbygd har 42 000 dekar produktiv skog, og ein tredel av granskogen er "
            "hogstmoden. Tre område i Nes-lia manglar skogsbilveg, og det hindrar "
            "lønsam drift. Kommunen vil prioritere tilskot til skogsvegar i desse områda "
            "og hjelpe grunneigarane med felles planlegging.",
        ),
        ("h1", "6 Handlingsdel"),
        ("p", "Søknader om SMIL-midlar vert behandla av landbrukskontoret fortløpande."),
        (
            "table",
            ["Tiltak", "Ansvar"],
            [
                ["Årleg rapport om omdisponert dyrka jord", "Landbrukskontoret"],
                ["Tilskot til skogsvegar i Nes-lia", "Landbrukskontoret"],
                ["Tilskot til gjerde mot veg", "Landbrukskontoret"],
            ],
            [110, 50],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Landbruksplan for Fjellbygd 2025–2029",
        lang="nn-NO",
        author="Fjellbygd kommune",
        header="Landbruksplan 2025–2029",
    )
    pts = [
        P(
            "a",
            "gje ei oversikt over gardsbruk i drift, produksjonane og aldersamansetjinga "
            "blant brukarane",
            "content",
            "partial",
            ev="I 2024 var 87 gardsbruk",
            missing=["alderen på brukarane"],
        ),
        P(
            "b",
            "vurdere korleis jordvernet kan styrkjast i arealplanlegginga",
            "content",
            "covered",
            ev="Dyrka jord er ein ressurs",
        ),
        P(
            "c",
            "greie ut beitebruken og utfordringane med rovvilt",
            "content",
            "partial",
            ev="Om lag 9 000 sau",
            missing=["rovvilt og tap av beitedyr"],
        ),
        P(
            "d",
            "vurdere kommunen si forvaltning av dei regionale miljøtilskota og SMIL-midlane",
            "content",
            "uncovered",
            trap="SMIL-midlar named once (applications are handled), no assessment",
        ),
        P("e", "foreslå tiltak for rekruttering av unge bønder", "content", "uncovered"),
        P(
            "f",
            "skildre skogressursane og behovet for nye skogsvegar",
            "content",
            "covered",
            ev="Fjellbygd har 42 000 dekar",
        ),
        P(
            "S1",
            "Planen skal innehalde ein handlingsdel med tiltak, ansvar og kostnad.",
            "deliverable",
            "partial",
            ev="Tiltak Ansvar",
            missing=["kostnad per tiltak"],
        ),
        P(
            "S2",
            "Fjellbygd bondelag, Bonde- og småbrukarlaget og skogeigarlaget skal få høve "
            "til å uttale seg før planen vert sluttført.",
            "process",
            "uncovered",
            trap="bondelaget is named in the beite chapter (sanking), no hearing is reported",
        ),
        P(
            "S3",
            "Planen skal leggjast fram for kommunestyret innan utgangen av juni 2025.",
            "process",
            "covered",
            ev="Planen avløyser landbruksplanen",
        ),
    ]
    return dict(
        language="nn",
        mandate="planprogram.pdf",
        plan="plan.pdf",
        producer="planprogram PDF (Writer), lettered points typed with a tab, "
        "requirements in the prose; plan PDF",
        points=pts,
    )


# =========================================================================== 4 beredskap (nb)


@pair
def beredskap(d: Path) -> dict:
    m = [
        ("meta", "Sørvik kommune – Kommunedirektøren"),
        ("title", "Bestilling: Overordnet beredskapsplan"),
        ("p", "Til: Beredskapskoordinator    Dato: 2. september 2024"),
        (
            "p",
            "Sivilbeskyttelsesloven og forskrift om kommunal beredskapsplikt krever at "
            "kommunen har en overordnet beredskapsplan basert på en helhetlig risiko- og "
            "sårbarhetsanalyse. Erfaringene fra flommen i 2023 viste at planen må "
            "oppdateres.",
        ),
        ("h2", "Oppdrag"),
        (
            "num",
            [
                "Revidere den helhetlige risiko- og sårbarhetsanalysen for kommunen.",
                "Beskrive kriseledelsens sammensetning, varslingsrutiner og oppgaver.",
                (
                    "Utarbeide en plan for befolkningsvarsling og krisekommunikasjon, herunder:",
                    [
                        "varsling på SMS til innbyggere i et avgrenset område",
                        "informasjon til innbyggere som ikke leser norsk",
                        "bruk av kommunens nettsider og sosiale medier",
                    ],
                ),
                "Kartlegge behovet for nødstrøm på sykehjemmet, vannverket og rådhuset.",
                "Vurdere etablering av et evakuerte- og pårørendesenter.",
                "Beskrive samarbeidet med Sivilforsvaret og de frivillige "
                "beredskapsorganisasjonene.",
                "Planlegge øvelser og opplæring for kriseledelsen.",
            ],
        ),
        (
            "p",
            "Planen skal være ferdig til behandling i kommunestyret innen 1. mars 2025. "
            "Beredskapsrådet skal konsulteres før planen legges fram.",
        ),
        ("p", "Med hilsen\nTorgeir Lunde, kommunedirektør"),
    ]
    build_docx(
        m,
        d / "bestilling.docx",
        title="Bestilling overordnet beredskapsplan",
        author="Sørvik kommune",
    )
    p = [
        ("title", "Overordnet beredskapsplan for Sørvik kommune"),
        ("meta", "Behandlet i kommunestyret 24. april 2025"),
        ("h1", "1 Om planen"),
        (
            "p",
            "Planen bygger på den helhetlige ROS-analysen og gjelder for hele kommunens "
            "organisasjon. Utkastet ble drøftet i beredskapsrådet 12. februar 2025, og "
            "planen ble behandlet i kommunestyret 24. april 2025.",
        ),
        ("h1", "2 Helhetlig ROS-analyse"),
        (
            "p",
            "ROS-analysen ble revidert høsten 2024 med bred deltakelse fra etatene, politi "
            "og brannvesen. Den peker ut fjorten uønskede hendelser, blant dem flom i "
            "Sørvikelva, langvarig strømbrudd og svikt i drikkevannsforsyningen. Ved "
            "evakuering av Nedre Sørvik under flom brukes skolen som samlingssted.",
        ),
        ("h1", "3 Kriseledelsen"),
        (
            "p",
            "Kriseledelsen består av ordfører, kommunedirektør, kommunalsjefene, "
            "kommuneoverlege og beredskapskoordinator. Den varsles av "
            "beredskapskoordinator på telefon og SMS etter fast varslingsliste. "
            "Kriseledelsen skal skaffe oversikt, fatte beslutninger, prioritere ressurser "
            "og sørge for informasjon til befolkningen.",
        ),
        ("h1", "4 Varsling og informasjon til befolkningen"),
        (
            "p",
            "Ved fare sender kommunen SMS til alle mobiltelefoner innenfor det berørte "
            "området gjennom et lokasjonsbasert varslingssystem. Nettsiden får en "
            "kriseside, og kommunens Facebook-side oppdateres minst hver tredje time.",
        ),
        ("h1", "5 Nødstrøm"),
        (
            "p",
            "Sykehjemmet har aggregat som dekker hele bygget i tre døgn. Vannverket har "
            "nødstrøm til pumper og rensing, men aggregatet er fra 1998 og skal byttes i "
            "2026.",
        ),
        ("h1", "6 Samvirke med frivillige og Sivilforsvaret"),
        (
            "p",
            "Kommunen har samarbeidsavtaler med Røde Kors Hjelpekorps og Norsk "
            "Folkehjelp, som stiller mannskap ved leteaksjoner og evakuering. "
            "Sivilforsvaret bistår etter anmodning fra politiet og deltar i "
            "beredskapsrådet.",
        ),
        ("h1", "7 Oppfølging"),
        (
            "p",
            "Planen oppdateres årlig av beredskapskoordinator og evalueres etter hver "
            "hendelse der kriseledelsen er satt.",
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Overordnet beredskapsplan",
        author="Sørvik kommune",
        header="Sørvik kommune · Overordnet beredskapsplan",
    )
    pts = [
        P(
            "1",
            "Revidere den helhetlige risiko- og sårbarhetsanalysen for kommunen.",
            "content",
            "covered",
            ev="ROS-analysen ble revidert høsten 2024",
        ),
        P(
            "2",
            "Beskrive kriseledelsens sammensetning, varslingsrutiner og oppgaver.",
            "content",
            "covered",
            ev="Kriseledelsen består av ordfører",
        ),
        P(
            "3",
            "Utarbeide en plan for befolkningsvarsling og krisekommunikasjon, herunder: "
            "varsling på SMS til innbyggere i et avgrenset område; informasjon til innbyggere som "
            "ikke leser norsk; bruk av kommunens nettsider og sosiale medier",
            "content",
            "partial",
            ev="Ved fare sender kommunen SMS",
            missing=["informasjon på andre språk enn norsk"],
        ),
        P(
            "4",
            "Kartlegge behovet for nødstrøm på sykehjemmet, vannverket og rådhuset.",
            "content",
            "partial",
            ev="Sykehjemmet har aggregat",
            missing=["rådhuset"],
        ),
        P(
            "5",
            "Vurdere etablering av et evakuerte- og pårørendesenter.",
            "content",
            "uncovered",
            trap="'evakuering' appears (flood, volunteers), no EPS",
        ),
        P(
            "6",
            "Beskrive samarbeidet med Sivilforsvaret og de frivillige beredskapsorganisasjonene.",
            "content",
            "covered",
            ev="Kommunen har samarbeidsavtaler med Røde Kors",
        ),
        P(
            "7",
            "Planlegge øvelser og opplæring for kriseledelsen.",
            "content",
            "uncovered",
            trap="'kriseledelsen' is everywhere, no exercise or training",
        ),
        P(
            "S1",
            "Planen skal være ferdig til behandling i kommunestyret innen 1. mars 2025.",
            "process",
            "partial",
            ev="Planen bygger på den helhetlige",
            missing=["fristen 1. mars 2025 – planen ble behandlet 24. april"],
        ),
        P(
            "S2",
            "Beredskapsrådet skal konsulteres før planen legges fram.",
            "process",
            "covered",
            ev="Planen bygger på den helhetlige",
        ),
    ]
    return dict(
        language="nb",
        mandate="bestilling.docx",
        plan="plan.pdf",
        producer="bestilling .docx with Word numbering and lettered sub-points; plan PDF",
        points=pts,
    )


# =========================================================================== 5 digitalisering (nb)


@pair
def digitalisering(d: Path) -> dict:
    m = [
        ("title", "Mandat for arbeidet med digitaliseringsstrategi 2025–2028"),
        ("meta", "Nordfjell kommune · Godkjent av kommunedirektørens ledergruppe 20.08.2024"),
        ("h2", "Bakgrunn"),
        (
            "p",
            "Nordfjell kommune har ingen samlet strategi for digitalisering. Tjenestene har "
            "kjøpt egne løsninger uten felles arkitektur, og innbyggerne møter mange "
            "ulike innganger til kommunen. Samtidig forventer staten at kommunene tar i "
            "bruk felleskomponenter som ID-porten, Digipost og Altinn.",
        ),
        (
            "p",
            "KS og Digitaliseringsdirektoratet har i Én digital offentlig sektor pekt ut "
            "brukerreiser som arbeidsmetode. Nordfjell deltar i det regionale "
            "digitaliseringsnettverket, som gir tilgang til felles prosjekter og "
            "kompetanse. Strategien må ta hensyn til at kommunens økonomi er stram.",
        ),
        (
            "p",
            "Kommunedirektøren ønsker en kort og forpliktende strategi som kan brukes i "
            "budsjettarbeidet, med få og tydelige prioriteringer. Arbeidet ledes av "
            "digitaliseringsrådgiveren, med en arbeidsgruppe fra tjenestene og de "
            "tillitsvalgte.",
        ),
        ("space", 228),
        ("h2", "Arbeidsgruppas oppdrag"),
        *typed(
            [
                "Gi en oversikt over kommunens fagsystemer, lisenser og driftsavtaler.",
                "Vurdere hvordan innbyggerne kan få flere tjenester digitalt, blant annet "
                "byggesøknader, søknad om barnehageplass og betaling av kommunale avgifter.",
                "Beskrive tiltak for informasjonssikkerhet og personvern.",
                "Kartlegge den digitale kompetansen blant ansatte og foreslå opplæring.",
                "Vurdere bruk av kunstig intelligens i saksbehandlingen.",
                "Foreslå hvordan kommunen kan hjelpe innbyggere som står utenfor den digitale "
                "utviklingen.",
                "Avklare styringen av digitaliseringsarbeidet, herunder roller, prioritering av "
                "nye prosjekter og finansiering av nye løsninger, slik at det blir tydelig hvem "
                "som bestemmer hva og i hvilken rekkefølge nye løsninger anskaffes og tas i bruk "
                "i tjenestene.",
                "Vurdere interkommunalt samarbeid om velferdsteknologi.",
            ],
            sep="\t",
            indent=8,
        ),
        ("p", "Strategien skal ha en tiltaksplan for de to første årene."),
    ]
    build_pdf(
        m,
        d / "mandat.pdf",
        title="Mandat digitaliseringsstrategi",
        author="Nordfjell kommune",
        header="Nordfjell kommune",
    )
    p = [
        ("title", "Digitaliseringsstrategi for Nordfjell kommune 2025–2028"),
        ("meta", "Vedtatt av kommunestyret 12. februar 2025"),
        ("h1", "1 Hvor står vi?"),
        (
            "p",
            "Kommunen bruker i dag 64 fagsystemer. Lisensene koster 4,1 millioner kroner i "
            "året, og driften er satt ut til IKT Fjellregionen IKS etter en avtale fra 2021 "
            "som løper til 2027. Ni av systemene har samme funksjon i ulike tjenester.",
        ),
        ("h1", "2 Digitale tjenester til innbyggerne"),
        (
            "p",
            "Innbyggerne skal kunne gjøre mest mulig på nett. Fra 2025 sendes alle "
            "byggesøknader digitalt gjennom en søknadsløsning som henter kartdata "
            "automatisk, og digital saksbehandling i byggesaker gir raskere svar. "
            "Barnehageplass søkes i samme portal, med svar på SMS.",
        ),
        ("h1", "3 Informasjonssikkerhet"),
        (
            "p",
            "Kommunen innfører et styringssystem for informasjonssikkerhet etter ISO 27001. "
            "Alle ansatte skal bruke tofaktorpålogging innen 2025, og sikkerhetskopier "
            "testes hvert kvartal.",
        ),
        ("break",),
        ("h1", "4 Digital kompetanse i organisasjonen"),
        (
            "p",
            "En kartlegging høsten 2024 viste at 38 prosent av de ansatte er usikre på "
            "grunnleggende verktøy. Alle ansatte skal ta et e-læringskurs i digitale "
            "ferdigheter, og hver enhet skal ha en superbruker med utvidet opplæring.",
        ),
        ("h1", "5 Digital inkludering"),
        (
            "p",
            "Ikke alle innbyggere kan eller vil bruke digitale tjenester. Biblioteket tilbyr "
            "digihjelp to dager i uka, Seniornett holder kurs på eldresenteret, og "
            "servicetorget skal alltid kunne ta imot søknader på papir.",
        ),
        ("h1", "6 Organisering og prioritering"),
        (
            "p",
            "Et digitaliseringsråd med kommunalsjefene og digitaliseringsrådgiveren "
            "prioriterer nye prosjekter to ganger i året. Tjenestelederne eier løsningene "
            "i sine tjenester, og digitaliseringsrådgiveren har ansvar for arkitekturen.",
        ),
        ("h1", "7 Tiltaksplan 2025–2026"),
        (
            "table",
            ["Tiltak", "Ansvar", "Frist"],
            [
                ["Ny søknadsløsning for byggesaker", "Plan og bygg", "2025"],
                ["Tofaktorpålogging for alle", "IKT Fjellregionen", "2025"],
                ["E-læringskurs i digitale ferdigheter", "HR", "2026"],
                ["Fjerne fem overlappende fagsystemer", "Digitaliseringsrådet", "2026"],
            ],
            [90, 45, 25],
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Digitaliseringsstrategi 2025–2028",
        author="Nordfjell kommune",
        header="Digitaliseringsstrategi 2025–2028",
    )
    pts = [
        P(
            "1",
            "Gi en oversikt over kommunens fagsystemer, lisenser og driftsavtaler.",
            "content",
            "covered",
            ev="Kommunen bruker i dag 64 fagsystemer",
        ),
        P(
            "2",
            "Vurdere hvordan innbyggerne kan få flere tjenester digitalt, blant annet "
            "byggesøknader, søknad om barnehageplass og betaling av kommunale avgifter.",
            "content",
            "partial",
            ev="Innbyggerne skal kunne gjøre mest",
            missing=["betaling av kommunale avgifter"],
        ),
        P(
            "3",
            "Beskrive tiltak for informasjonssikkerhet og personvern.",
            "content",
            "partial",
            ev="Kommunen innfører et styringssystem",
            missing=["personvern"],
        ),
        P(
            "4",
            "Kartlegge den digitale kompetansen blant ansatte og foreslå opplæring.",
            "content",
            "covered",
            ev="En kartlegging høsten 2024",
        ),
        P(
            "5",
            "Vurdere bruk av kunstig intelligens i saksbehandlingen.",
            "content",
            "uncovered",
            trap="'digital saksbehandling i byggesaker' shares the word only",
        ),
        P(
            "6",
            "Foreslå hvordan kommunen kan hjelpe innbyggere som står utenfor den digitale "
            "utviklingen.",
            "content",
            "covered",
            ev="Ikke alle innbyggere kan eller vil",
        ),
        P(
            "7",
            "Avklare styringen av digitaliseringsarbeidet, herunder roller, prioritering av "
            "nye prosjekter og finansiering av nye løsninger, slik at det blir tydelig hvem som "
            "bestemmer hva og i hvilken rekkefølge nye løsninger anskaffes og tas i bruk i "
            "tjenestene.",
            "content",
            "partial",
            ev="Et digitaliseringsråd med",
            missing=["hvordan nye løsninger skal finansieres"],
        ),
        P(
            "8",
            "Vurdere interkommunalt samarbeid om velferdsteknologi.",
            "content",
            "uncovered",
            trap="IKT Fjellregionen IKS is an inter-municipal company, but not about "
            "velferdsteknologi",
        ),
        P(
            "S1",
            "Strategien skal ha en tiltaksplan for de to første årene.",
            "deliverable",
            "covered",
            ev="Tiltak Ansvar Frist",
        ),
    ]
    return dict(
        language="nb",
        mandate="mandat.pdf",
        plan="plan.docx",
        producer="standalone mandate PDF (Writer), numbers typed with a tab, "
        "point 7 wraps over the page break; plan .docx",
        points=pts,
    )


# =========================================================================== 6 friluftsliv (nn)


@pair
def friluftsliv(d: Path) -> dict:
    m = [
        ("meta", "BJØRKEDAL KOMMUNE"),
        ("title", "Saksframlegg"),
        ("meta", "Saksnr. 24/612 · Sakshandsamar: Solveig Aarflot · Arkiv: 143"),
        (
            "table",
            ["Utval", "Møtedato", "Saksnr."],
            [
                ["Utval for teknisk, miljø og kultur", "22.10.2024", "44/24"],
                ["Kommunestyret", "07.11.2024", "81/24"],
            ],
            [80, 40, 30],
        ),
        ("h1", "Plan for friluftsliv og nærmiljøanlegg – oppstart og mandat"),
        ("h2", "Kommunedirektøren sitt framlegg til vedtak"),
        (
            "p",
            "1. Kommunestyret vedtek oppstart av arbeidet med plan for friluftsliv og "
            "nærmiljøanlegg.\n2. Mandatet i saksframlegget vert godkjent.",
        ),
        ("h2", "Bakgrunn for saka"),
        (
            "p",
            "Kommunen har ikkje ein samla plan for friluftslivet. Ein slik plan er "
            "føresetnad for å få statlege midlar til sikring og tilrettelegging av "
            "friluftslivsområde, og anlegg må vere med i ein kommunal plan for å få "
            "spelemidlar.",
        ),
        ("h2", "Framlegg til mandat"),
        ("p", "Planarbeidet skal:"),
        *typed(
            [
                "Kartleggje og verdsetje friluftslivsområda etter rettleiaren frå "
                "Miljødirektoratet.",
                "Vurdere tilgjenget til strandsona og turstiane for personar med nedsett "
                "funksjonsevne.",
                "Gje ei oversikt over turvegar, løyper og parkering ved utfartsområda.",
                "Foreslå tiltak for å få fleire barn og unge ut i naturen.",
                "Vurdere korleis ferdsla i sårbare naturområde kan styrast.",
                "Greie ut behovet for nærmiljøanlegg i bygdene og prioritere kva anlegg det skal "
                "søkjast spelemidlar til.",
                "Skildre samarbeidet med grunneigarane om tilrettelegging og skilting.",
            ],
            sep="\t",
            indent=8,
        ),
        (
            "p",
            "Friluftsrådet og idrettsrådet skal ha planutkastet til uttale. Planen skal vere "
            "ferdig handsama i kommunestyret innan utgangen av 2025.",
        ),
        ("h2", "Vurdering"),
        (
            "p",
            "Kommunedirektøren meiner ein samla plan vil gjere det lettare å prioritere "
            "mellom tiltaka og å søkje eksterne midlar.",
        ),
    ]
    build_pdf(
        m,
        d / "saksframlegg.pdf",
        title="Saksframlegg friluftsplan",
        lang="nn-NO",
        author="Bjørkedal kommune",
        header="Bjørkedal kommune · Saksframlegg 24/612",
    )
    p = [
        ("title", "Plan for friluftsliv og nærmiljøanlegg 2026–2029"),
        ("meta", "Bjørkedal kommune · Vedteken av kommunestyret 4. desember 2025"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Planen er utarbeidd av kulturkontoret og plan- og miljøavdelinga. "
            "Planutkastet var til uttale hjå idrettsrådet, som kom med innspel om "
            "nærmiljøanlegga. Kommunestyret vedtok planen 4. desember 2025.",
        ),
        ("h1", "2 Kartlegging av friluftslivsområde"),
        (
            "p",
            "Kommunen har kartlagt 46 friluftslivsområde etter Miljødirektoratet sin "
            "rettleiar M98. Tolv område er verdsette som svært viktige, mellom dei "
            "Bjørkedalsvatnet, Kvitfjellet og strandområda ved Nes. Kartet ligg i vedlegg 1.",
        ),
        ("h1", "3 Turvegar og løyper"),
        (
            "p",
            "Det er 38 kilometer merka turstiar og 24 kilometer preparerte skiløyper i "
            "kommunen. Turvegen rundt Bjørkedalsvatnet er opparbeidd med fast dekke og "
            "slak stigning, slik at han kan nyttast av rullestolbrukarar, og same "
            "standard skal byggjast på stien til Nesfjæra i 2027.",
        ),
        ("h1", "4 Barn og unge i friluft"),
        (
            "p",
            "Alle skular og barnehagar skal ha minst ein uteskuledag i månaden. Kommunen "
            "opnar ei utlånsordning for friluftsutstyr på biblioteket i 2026, og "
            "friluftsskulen i sommarferien vert utvida til to veker.",
        ),
        ("h1", "5 Nærmiljøanlegg"),
        (
            "p",
            "Nes og Vik manglar anlegg der born kan leike og vere i aktivitet etter "
            "skuletid. Kommunen vil søkje spelemidlar til nærmiljøanlegg i denne "
            "rekkjefølgja: 1) aktivitetspark på Nes, 2) ballbinge i Vik, 3) turløype med "
            "lys på Sande. Dei andre naturområda i bygdene har god tilgang til uteareal.",
        ),
        ("h1", "6 Tiltak"),
        (
            "table",
            ["Tiltak", "Ansvar", "År"],
            [
                ["Universelt utforma sti til Nesfjæra", "Plan og miljø", "2027"],
                ["Utlånsordning for friluftsutstyr", "Kultur", "2026"],
                ["Aktivitetspark på Nes", "Kultur", "2026"],
            ],
            [90, 45, 25],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Plan for friluftsliv og nærmiljøanlegg",
        lang="nn-NO",
        author="Bjørkedal kommune",
        header="Friluftsplan for Bjørkedal",
    )
    pts = [
        P(
            "1",
            "Kartleggje og verdsetje friluftslivsområda etter rettleiaren frå Miljødirektoratet.",
            "content",
            "covered",
            ev="Kommunen har kartlagt 46",
        ),
        P(
            "2",
            "Vurdere tilgjenget til strandsona og turstiane for personar med nedsett "
            "funksjonsevne.",
            "content",
            "partial",
            ev="Det er 38 kilometer merka",
            missing=["tilgangen til strandsona"],
        ),
        P(
            "3",
            "Gje ei oversikt over turvegar, løyper og parkering ved utfartsområda.",
            "content",
            "partial",
            ev="Det er 38 kilometer merka",
            missing=["parkering ved utfartsområda"],
        ),
        P(
            "4",
            "Foreslå tiltak for å få fleire barn og unge ut i naturen.",
            "content",
            "covered",
            ev="Alle skular og barnehagar skal",
        ),
        P(
            "5",
            "Vurdere korleis ferdsla i sårbare naturområde kan styrast.",
            "content",
            "uncovered",
            trap="'naturområda' in the nærmiljøanlegg chapter, no ferdsel",
        ),
        P(
            "6",
            "Greie ut behovet for nærmiljøanlegg i bygdene og prioritere kva anlegg det skal "
            "søkjast spelemidlar til.",
            "content",
            "covered",
            ev="Nes og Vik manglar anlegg",
        ),
        P(
            "7",
            "Skildre samarbeidet med grunneigarane om tilrettelegging og skilting.",
            "content",
            "uncovered",
        ),
        P(
            "S1",
            "Friluftsrådet og idrettsrådet skal ha planutkastet til uttale.",
            "process",
            "partial",
            ev="Planen er utarbeidd av kulturkontoret",
            missing=["friluftsrådet"],
        ),
        P(
            "S2",
            "Planen skal vere ferdig handsama i kommunestyret innan utgangen av 2025.",
            "process",
            "covered",
            ev="Planen er utarbeidd av kulturkontoret",
        ),
    ]
    return dict(
        language="nn",
        mandate="saksframlegg.pdf",
        plan="plan.pdf",
        producer="saksframlegg PDF (Writer, nynorsk), resolution typed in one "
        "paragraph with line breaks, points typed with a tab; plan PDF",
        points=pts,
    )


# =========================================================================== 7 skole (nb)


@pair
def skole(d: Path) -> dict:
    m = [
        ("title", "Planprogram – kvalitetsplan for grunnskolen i Vestmark 2025–2029"),
        ("meta", "Vestmark kommune · Fastsatt av hovedutvalg for oppvekst 12. mars 2024"),
        ("h1", "1 Formålet med planen"),
        (
            "p",
            "Kvalitetsplanen skal gi skolene i Vestmark en felles retning. Planen skal "
            "inneholde mål for elevenes læring og trivsel, og indikatorer for å følge med "
            "på utviklingen.",
        ),
        ("h1", "2 Problemstillinger planen skal svare på"),
        (
            "bullets",
            [
                "Hvordan kan elevenes ferdigheter i lesing og regning styrkes på mellomtrinnet?",
                "Hvordan skal skolene arbeide for et trygt og godt skolemiljø og forebygge "
                "mobbing?",
                "Hvordan kan samarbeidet mellom skolene og PPT styrkes, og hvordan kan ventetiden "
                "på sakkyndige vurderinger reduseres?",
                "Hvilket behov er det for vedlikehold og oppgradering av skolebyggene?",
                "Hvordan kan overgangen fra ungdomsskole til videregående skole bli bedre, slik "
                "at færre elever slutter?",
            ],
        ),
        ("h1", "3 Medvirkning"),
        (
            "p",
            "Rektorene deltar i arbeidsgruppa. Elevrådene og FAU skal involveres i "
            "planarbeidet, blant annet gjennom et felles innspillsmøte.",
        ),
        ("h1", "4 Framdrift og oppfølging"),
        (
            "p",
            "Planen skal legges fram for kommunestyret innen utgangen av 2025. Planen skal "
            "rulleres hvert fjerde år, og det skal lages en årlig tilstandsrapport.",
        ),
    ]
    build_pdf(
        m,
        d / "planprogram.pdf",
        title="Planprogram kvalitetsplan grunnskolen",
        author="Vestmark kommune",
        header="Vestmark kommune · Planprogram",
    )
    p = [
        ("title", "Kvalitetsplan for grunnskolen i Vestmark 2025–2029"),
        ("meta", "Vestmark kommune · Oppvekstetaten"),
        ("h1", "Innledning"),
        (
            "p",
            "Planen gjelder for perioden 2025–2029 og omfatter kommunens seks grunnskoler. "
            "Elevrådene ved alle skolene har gitt innspill gjennom et eget verksted i "
            "januar 2025. Planen rulleres hvert fjerde år. Kommunalsjef for oppvekst legger "
            "hvert år i juni fram en tilstandsrapport for kommunestyret.",
        ),
        ("h1", "Lesing og regning på mellomtrinnet"),
        (
            "p",
            "Resultatene på nasjonale prøver på 5. trinn har ligget under landssnittet i "
            "fire år. Alle skoler skal innføre daglig lesetid og lesekurs for elever som "
            "henger etter, og kommunen ansetter en matematikkveileder som følger lærerne "
            "på 5.–7. trinn i klasserommet.",
        ),
        ("h1", "Et trygt skolemiljø"),
        (
            "p",
            "Alle elever har rett til et trygt og godt skolemiljø. Skolene følger "
            "aktivitetsplikten i opplæringsloven, og alle skolene bruker samme program "
            "mot mobbing, med trivselsledere i friminuttene og faste klassemøter. "
            "Elevundersøkelsen brukes hvert år til å følge med.",
        ),
        ("h1", "Samarbeid med PPT"),
        (
            "p",
            "PPT har faste kontordager på hver skole og deltar i skolenes ressursteam. "
            "Lærerne kan drøfte elever med PPT før en henvisning sendes.",
        ),
        ("h1", "Overgang fra barnehage til skole"),
        (
            "p",
            "Alle barnehager og skoler følger en felles plan for overgangen, med "
            "besøksdager og overføringsmøter om våren.",
        ),
        (
            "p",
            "Skolebyggene vurderes i en egen sak om skolestruktur og omtales ikke i denne planen.",
        ),
        ("h1", "Mål og indikatorer"),
        (
            "table",
            ["Mål", "Indikator", "I dag", "2029"],
            [
                [
                    "Elevene mestrer lesing og regning",
                    "Andel på laveste nivå, nasjonale prøver 5. trinn",
                    "31 %",
                    "20 %",
                ],
                [
                    "Elevene trives og er trygge",
                    "Andel som opplever mobbing (Elevundersøkelsen)",
                    "9 %",
                    "5 %",
                ],
                ["Elevene lærer mer", "Grunnskolepoeng", "39,8", "41,5"],
            ],
            [50, 65, 20, 20],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Kvalitetsplan for grunnskolen 2025–2029",
        author="Vestmark kommune",
        header="Kvalitetsplan for grunnskolen",
    )
    pts = [
        P(
            "1",
            "Hvordan kan elevenes ferdigheter i lesing og regning styrkes på mellomtrinnet?",
            "content",
            "covered",
            ev="Resultatene på nasjonale prøver",
        ),
        P(
            "2",
            "Hvordan skal skolene arbeide for et trygt og godt skolemiljø og forebygge mobbing?",
            "content",
            "covered",
            ev="Alle elever har rett til et trygt",
        ),
        P(
            "3",
            "Hvordan kan samarbeidet mellom skolene og PPT styrkes, og hvordan kan "
            "ventetiden på sakkyndige vurderinger reduseres?",
            "content",
            "partial",
            ev="PPT har faste kontordager",
            missing=["ventetiden på sakkyndig vurdering"],
        ),
        P(
            "4",
            "Hvilket behov er det for vedlikehold og oppgradering av skolebyggene?",
            "content",
            "uncovered",
            trap="the plan says skolebyggene are treated elsewhere",
        ),
        P(
            "5",
            "Hvordan kan overgangen fra ungdomsskole til videregående skole bli bedre, slik "
            "at færre elever slutter?",
            "content",
            "uncovered",
            trap="the plan's 'overgang' chapter is about barnehage to skole",
        ),
        P(
            "S1",
            "Planen skal inneholde mål for elevenes læring og trivsel, og indikatorer for "
            "å følge med på utviklingen.",
            "deliverable",
            "covered",
            ev="Mål Indikator",
        ),
        P(
            "S2",
            "Elevrådene og FAU skal involveres i planarbeidet, blant annet gjennom et "
            "felles innspillsmøte.",
            "process",
            "partial",
            ev="Planen gjelder for perioden",
            missing=["FAU og foreldrene"],
        ),
        P(
            "S3",
            "Planen skal legges fram for kommunestyret innen utgangen av 2025.",
            "process",
            "uncovered",
            trap="no decision or council date is given in the plan",
        ),
        P(
            "S4",
            "Planen skal rulleres hvert fjerde år, og det skal lages en årlig tilstandsrapport.",
            "process",
            "covered",
            ev="Planen gjelder for perioden",
        ),
    ]
    return dict(
        language="nb",
        mandate="planprogram.pdf",
        plan="plan.pdf",
        producer="planprogram PDF (Writer), questions as Word symbol bullets, "
        "requirements in three prose sections; plan PDF",
        points=pts,
    )


# =========================================================================== 8 eldre (nb)


@pair
def eldre(d: Path) -> dict:
    m = [
        ("meta", "Strandvik kommune · Helse og omsorg"),
        ("title", "Bestilling – plan for et aldersvennlig Strandvik 2025–2030"),
        (
            "p",
            "Kommunestyret vedtok i sak 12/24 at det skal lages en plan for tjenester til "
            "eldre, som også skal være kommunens oppfølging av reformen Leve hele livet. "
            "Kommunalsjef for helse og omsorg leder arbeidet.",
        ),
        ("h2", "Arbeidsgruppa bes om å"),
        *typed(
            [
                "Beskrive befolkningsutviklingen og forventet behov for tjenester til eldre fram "
                "mot 2040.",
                "Vurdere behovet for sykehjemsplasser og omsorgsboliger med heldøgns bemanning.",
                "Foreslå tiltak innenfor de fem innsatsområdene i Leve hele livet: et "
                "aldersvennlig samfunn, aktivitet og fellesskap, mat og måltider, helsehjelp og "
                "sammenheng i tjenestene.",
                "Kartlegge bruken av velferdsteknologi i hjemmetjenesten.",
                "Beskrive hvordan kommunen kan støtte pårørende.",
                "Vurdere organiseringen av hjemmetjenesten og turnusordningene.",
                "Foreslå tiltak for å rekruttere og beholde sykepleiere og helsefagarbeidere.",
                "Vurdere behovet for dagaktivitetstilbud for personer med demens.",
                "Beskrive hvordan frivillige kan bidra i eldreomsorgen.",
                "Ivareta brukermedvirkning gjennom eldrerådet.",
                "Legge fram planen for kommunestyret før budsjettbehandlingen høsten 2025.",
            ],
            sep="auto",
            indent=0,
        ),
        ("p", "Planen skal ha et eget kapittel om økonomiske konsekvenser."),
        ("p", "Strandvik, 15. januar 2025\nKommunalsjef for helse og omsorg"),
    ]
    build_docx(
        m, d / "bestilling.docx", title="Bestilling plan for eldre", author="Strandvik kommune"
    )
    p = [
        ("title", "Et aldersvennlig Strandvik – plan for eldre 2025–2030"),
        ("meta", "Vedtatt av kommunestyret 19. juni 2025"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen er kommunens oppfølging av Leve hele livet. Eldrerådet har hatt to "
            "representanter i arbeidsgruppa og behandlet planutkastet i møte 3. april 2025. "
            "Planen ble vedtatt av kommunestyret 19. juni 2025.",
        ),
        ("h1", "2 Flere eldre"),
        (
            "p",
            "I 2040 vil Strandvik ha dobbelt så mange innbyggere over 80 år som i dag, "
            "mens antallet i yrkesaktiv alder går ned. Med dagens dekningsgrad trengs det "
            "om lag 40 flere sykehjemsplasser og 60 flere brukere i hjemmetjenesten. "
            "Strandvik har om lag 190 personer med demens.",
        ),
        ("h1", "3 Sykehjemsplasser"),
        (
            "p",
            "Strandvik sykehjem har 64 plasser. Kommunen vil bygge en ny avdeling med 24 "
            "plasser innen 2029, og resten av behovet skal dekkes ved at flere får hjelp "
            "hjemme lenger.",
        ),
        ("h1", "4 Aktivitet, fellesskap og måltider"),
        (
            "p",
            "Eldre skal ha mulighet til å delta i meningsfulle aktiviteter. Dagsenteret "
            "holder åpent fem dager i uka, og Frivilligsentralen arrangerer trim og "
            "turgrupper. Alle beboere på sykehjemmet skal få tilbud om et varmt måltid "
            "sammen med andre hver dag, og hjemmeboende kan kjøpe middag fra "
            "sykehjemskjøkkenet.",
        ),
        (
            "p",
            "Fastlegene og hjemmesykepleien skal ha faste samarbeidsmøter om skrøpelige "
            "eldre, og alle over 75 år med hjemmetjenester får en årlig helsesamtale.",
        ),
        ("h1", "5 Velferdsteknologi"),
        (
            "p",
            "I 2024 hadde 312 brukere trygghetsalarm, 41 digitalt tilsyn om natten og 28 "
            "elektronisk medisindispenser. Kommunen vil ta i bruk digital hjemmeoppfølging "
            "for brukere med kols og hjertesvikt i 2026.",
        ),
        ("h1", "6 Pårørende"),
        (
            "p",
            "Pårørende gjør en stor innsats og skal få støtte. Kommunen tilbyr "
            "pårørendeskole to ganger i året, har en egen pårørendekontakt og gir "
            "avlastning på sykehjemmet etter avtale.",
        ),
        ("h1", "7 Frivillighet"),
        (
            "p",
            "Frivilligsentralen organiserer besøksvenner, turvenner og følgetjeneste til "
            "lege og sykehus. Kommunen vil gi sentralen et fast årlig tilskudd for å "
            "rekruttere flere frivillige.",
        ),
        ("h1", "8 Kompetanse og bemanning"),
        (
            "p",
            "Kommunen vil ta inn seks lærlinger i helsearbeiderfaget hvert år og tilby "
            "hele stillinger til alle som fullfører fagbrevet.",
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Et aldersvennlig Strandvik",
        author="Strandvik kommune",
        header="Plan for eldre 2025–2030",
    )
    pts = [
        P(
            "1",
            "Beskrive befolkningsutviklingen og forventet behov for tjenester til eldre fram "
            "mot 2040.",
            "content",
            "covered",
            ev="I 2040 vil Strandvik ha dobbelt",
        ),
        P(
            "2",
            "Vurdere behovet for sykehjemsplasser og omsorgsboliger med heldøgns bemanning.",
            "content",
            "partial",
            ev="Strandvik sykehjem har 64 plasser",
            missing=["omsorgsboliger med heldøgns bemanning"],
        ),
        P(
            "3",
            "Foreslå tiltak innenfor de fem innsatsområdene i Leve hele livet: et "
            "aldersvennlig samfunn, aktivitet og fellesskap, mat og måltider, helsehjelp og "
            "sammenheng i tjenestene.",
            "content",
            "partial",
            ev="Eldre skal ha mulighet til å",
            missing=["et aldersvennlig samfunn", "sammenheng i tjenestene"],
        ),
        P(
            "4",
            "Kartlegge bruken av velferdsteknologi i hjemmetjenesten.",
            "content",
            "covered",
            ev="I 2024 hadde 312 brukere",
        ),
        P(
            "5",
            "Beskrive hvordan kommunen kan støtte pårørende.",
            "content",
            "covered",
            ev="Pårørende gjør en stor innsats",
        ),
        P(
            "6",
            "Vurdere organiseringen av hjemmetjenesten og turnusordningene.",
            "content",
            "uncovered",
            trap="'hjemmetjenesten' appears in figures and velferdsteknologi only",
        ),
        P(
            "7",
            "Foreslå tiltak for å rekruttere og beholde sykepleiere og helsefagarbeidere.",
            "content",
            "partial",
            ev="Kommunen vil ta inn seks lærlinger",
            missing=["sykepleiere"],
        ),
        P(
            "8",
            "Vurdere behovet for dagaktivitetstilbud for personer med demens.",
            "content",
            "uncovered",
            trap="the number of people with dementia is stated, no need assessed",
        ),
        P(
            "9",
            "Beskrive hvordan frivillige kan bidra i eldreomsorgen.",
            "content",
            "covered",
            ev="Frivilligsentralen organiserer besøksvenner",
        ),
        P(
            "10",
            "Ivareta brukermedvirkning gjennom eldrerådet.",
            "process",
            "covered",
            ev="Planen er kommunens oppfølging",
        ),
        P(
            "11",
            "Legge fram planen for kommunestyret før budsjettbehandlingen høsten 2025.",
            "process",
            "covered",
            ev="Planen er kommunens oppfølging",
        ),
        P(
            "S1",
            "Planen skal ha et eget kapittel om økonomiske konsekvenser.",
            "deliverable",
            "uncovered",
        ),
    ]
    return dict(
        language="nb",
        mandate="bestilling.docx",
        plan="plan.pdf",
        producer="bestilling .docx with numbers typed by hand ('10.Ivareta', '11.Legge'); plan PDF",
        points=pts,
    )


# =========================================================================== 9 integrering (sv)


@pair
def integrering(d: Path) -> dict:
    m = [
        ("meta", "ÄLVVIKS KOMMUN · Kommunstyrelsens förvaltning"),
        ("title", "Uppdragsbeskrivning: Handlingsplan för integration 2025–2027"),
        ("meta", "Dnr KS 2024/318 · Beslutad av kommunstyrelsen 2024-09-10"),
        ("h2", "Bakgrund"),
        (
            "p",
            "Älvvik har tagit emot många nyanlända de senaste åren. Sysselsättningen bland "
            "utrikes födda är lägre än bland inrikes födda, och skillnaden är störst bland "
            "kvinnor.",
        ),
        ("h2", "Uppdrag"),
        ("p", "Kommunstyrelsen ger förvaltningen i uppdrag att:"),
        *typed(
            [
                "Beskriva hur nyanlända tas emot under de första två åren, inklusive bosättning, "
                "svenska för invandrare (sfi) och samhällsorientering.",
                "Föreslå åtgärder för att fler utrikes födda kvinnor ska komma i arbete.",
                "Kartlägga föreningslivets roll i integrationsarbetet.",
                "Analysera hur kommunens bidrag till studieförbunden används för språkträning.",
                "Beskriva hur skolan arbetar med nyanlända elever, särskilt modersmålsundervisning "
                "och studiehandledning.",
                "Föreslå mål och indikatorer för uppföljning av handlingsplanen.",
            ],
            sep=" ",
            indent=6,
        ),
        ("h2", "Organisation och tidplan"),
        (
            "p",
            "Handlingsplanen ska tas fram i samråd med Arbetsförmedlingen och "
            "civilsamhället. Handlingsplanen ska redovisas för kommunstyrelsen senast den "
            "30 april 2025.",
        ),
    ]
    build_pdf(
        m,
        d / "uppdrag.pdf",
        title="Uppdragsbeskrivning handlingsplan integration",
        author="Älvviks kommun",
        header="Älvviks kommun",
        lang="sv-SE",
    )
    p = [
        ("title", "Handlingsplan för integration 2025–2027"),
        ("meta", "Älvviks kommun"),
        ("h1", "Inledning"),
        (
            "p",
            "Handlingsplanen har tagits fram av kommunstyrelsens förvaltning i samråd med "
            "Arbetsförmedlingen. Handlingsplanen redovisades för kommunstyrelsen den 8 april "
            "2025. Kommunen samarbetar med Arbetsförmedlingen, regionen, föreningar och "
            "trossamfund.",
        ),
        ("h1", "De första två åren i Älvvik"),
        (
            "p",
            "Nyanlända som anvisas till Älvvik får en tillfällig bostad i kommunens "
            "bostadsbolag och hjälp att hitta en egen bostad inom två år. Alla vuxna "
            "erbjuds plats i sfi inom en månad, och sfi kan kombineras med praktik. "
            "Studieförbunden erbjuder språkcaféer på biblioteket.",
        ),
        ("h1", "Utrikes födda kvinnor och arbete"),
        (
            "p",
            "Sysselsättningsgraden bland utrikes födda kvinnor är 46 procent, mot 71 "
            "procent för utrikes födda män. Vi startar ett jobbspår inom vård och omsorg "
            "där sfi, yrkesutbildning och praktik går parallellt, och kommunen erbjuder "
            "barnomsorg från första dagen i utbildningen.",
        ),
        ("h1", "Nyanlända elever"),
        (
            "p",
            "Nyanlända elever går högst ett år i introduktionsklass. Alla som behöver får "
            "studiehandledning på modersmålet, och kommunen erbjuder "
            "modersmålsundervisning i åtta språk.",
        ),
        ("h1", "Mål"),
        (
            "bullets",
            [
                "Fler nyanlända ska vara i arbete eller studier efter två år.",
                "Skillnaden i sysselsättning mellan kvinnor och män ska minska.",
                "Nyanlända elever ska nå behörighet till gymnasiet.",
            ],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Handlingsplan för integration 2025–2027",
        author="Älvviks kommun",
        header="Handlingsplan för integration",
        lang="sv-SE",
    )
    pts = [
        P(
            "1",
            "Beskriva hur nyanlända tas emot under de första två åren, inklusive bosättning, "
            "svenska för invandrare (sfi) och samhällsorientering.",
            "content",
            "partial",
            ev="Nyanlända som anvisas till Älvvik",
            missing=["samhällsorientering"],
        ),
        P(
            "2",
            "Föreslå åtgärder för att fler utrikes födda kvinnor ska komma i arbete.",
            "content",
            "covered",
            ev="Sysselsättningsgraden bland utrikes födda",
        ),
        P(
            "3",
            "Kartlägga föreningslivets roll i integrationsarbetet.",
            "content",
            "uncovered",
            trap="'föreningar' is one item of a list of partners",
        ),
        P(
            "4",
            "Analysera hur kommunens bidrag till studieförbunden används för språkträning.",
            "content",
            "uncovered",
            trap="studieförbunden are named once (språkcaféer), the grant is not analysed",
        ),
        P(
            "5",
            "Beskriva hur skolan arbetar med nyanlända elever, särskilt "
            "modersmålsundervisning och studiehandledning.",
            "content",
            "covered",
            ev="Nyanlända elever går högst",
        ),
        P(
            "6",
            "Föreslå mål och indikatorer för uppföljning av handlingsplanen.",
            "deliverable",
            "partial",
            ev="Fler nyanlända ska vara i arbete",
            missing=["indikatorer att följa upp målen med"],
        ),
        P(
            "S1",
            "Handlingsplanen ska tas fram i samråd med Arbetsförmedlingen och civilsamhället.",
            "process",
            "partial",
            ev="Handlingsplanen har tagits fram",
            missing=["samråd med civilsamhället"],
        ),
        P(
            "S2",
            "Handlingsplanen ska redovisas för kommunstyrelsen senast den 30 april 2025.",
            "process",
            "covered",
            ev="Handlingsplanen har tagits fram",
        ),
    ]
    return dict(
        language="sv",
        mandate="uppdrag.pdf",
        plan="plan.pdf",
        producer="Swedish uppdragsbeskrivning PDF (Writer), typed numbers with "
        "hanging indent, requirements in the prose; plan PDF",
        points=pts,
    )


# =========================================================================== 10 klima (en)


@pair
def climate_nature(d: Path) -> dict:
    m = [
        ("meta", "MARLOW VALE DISTRICT COUNCIL"),
        ("title", "Terms of Reference: Climate and Nature Action Plan"),
        ("meta", "Agreed by the Climate Emergency Working Group, 4 June 2024"),
        ("h2", "1. Purpose"),
        (
            "p",
            "The Council declared a climate and ecological emergency in 2019. The Working "
            "Group is asked to prepare an action plan that turns the declaration into "
            "commitments the Council can be held to.",
        ),
        ("h2", "2. Scope"),
        ("p", "The Working Group will:"),
        (
            "typed",
            "(i)",
            "Establish a baseline of the district's greenhouse gas emissions by "
            "sector, and of the Council's own operations.",
            "\t",
            12,
        ),
        (
            "typed",
            "(ii)",
            "Recommend interim targets for 2030 and a pathway to net zero for the "
            "Council's operations by 2030 and for the district by 2045.",
            "\t",
            12,
        ),
        (
            "typed",
            "(iii)",
            "Identify measures to decarbonise the Council's fleet and buildings.",
            "\t",
            12,
        ),
        (
            "typed",
            "(iv)",
            "Assess opportunities for nature recovery, including tree planting, "
            "hedgerows and wetland restoration.",
            "\t",
            12,
        ),
        (
            "typed",
            "(v)",
            "Consider how the planning system can require higher energy standards in new homes.",
            "\t",
            12,
        ),
        (
            "typed",
            "(vi)",
            "Set out how progress will be monitored and reported to Members annually.",
            "\t",
            12,
        ),
        (
            "typed",
            "(vii)",
            "Review the Council's pension and treasury investments for exposure to fossil fuels.",
            "\t",
            12,
        ),
        ("h2", "3. Timetable and outputs"),
        (
            "p",
            "The plan should be accompanied by an equality impact assessment. A draft will "
            "be taken to Cabinet in March 2025 ahead of a six-week public consultation.",
        ),
    ]
    build_pdf(
        m,
        d / "terms-of-reference.pdf",
        title="Terms of Reference",
        lang="en-GB",
        author="Marlow Vale District Council",
        header="Marlow Vale District Council",
    )
    p = [
        ("title", "Climate and Nature Action Plan 2025–2030"),
        ("meta", "Marlow Vale District Council"),
        ("h1", "Foreword"),
        (
            "p",
            "This plan sets out what the Council will do over the next five years. The "
            "draft plan was approved by Cabinet on 11 March 2025 and was open to public "
            "consultation for six weeks. We are committed to a fair and equal transition.",
        ),
        ("h1", "Where our emissions come from"),
        (
            "p",
            "In 2022 the district emitted 612 kilotonnes of carbon dioxide equivalent: "
            "transport 38 per cent, homes 27 per cent, industry and commerce 22 per cent "
            "and agriculture 13 per cent. The Council's own operations emitted 3.1 "
            "kilotonnes, mostly from two leisure centres and the vehicle fleet. Over 1,200 "
            "new homes are expected by 2030, which will add to emissions.",
        ),
        ("h1", "Our targets"),
        (
            "p",
            "The Council will be net zero in its own operations by 2030, with a 50 per "
            "cent cut by 2027 as a milestone.",
        ),
        ("h1", "Council fleet and buildings"),
        (
            "p",
            "We will replace 60 of our 84 vehicles with electric vehicles by 2028, install "
            "heat pumps and solar panels at both leisure centres, and move the civic "
            "offices to a green electricity tariff.",
        ),
        ("h1", "Nature recovery"),
        (
            "p",
            "We will plant 40,000 trees on council land by 2030 and restore 25 kilometres "
            "of hedgerows with farmers through the countryside stewardship scheme.",
        ),
        ("h1", "Monitoring and reporting"),
        (
            "p",
            "Progress will be reported to the Overview and Scrutiny Committee every July, "
            "with an annual emissions update published on the Council's website.",
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Climate and Nature Action Plan 2025–2030",
        lang="en-GB",
        author="Marlow Vale District Council",
        header="Climate and Nature Action Plan",
    )
    pts = [
        P(
            "i",
            "Establish a baseline of the district's greenhouse gas emissions by sector, and "
            "of the Council's own operations.",
            "content",
            "covered",
            ev="In 2022 the district",
        ),
        P(
            "ii",
            "Recommend interim targets for 2030 and a pathway to net zero for the Council's "
            "operations by 2030 and for the district by 2045.",
            "content",
            "partial",
            ev="The Council will be net zero",
            missing=["a district-wide route to net zero by 2045"],
        ),
        P(
            "iii",
            "Identify measures to decarbonise the Council's fleet and buildings.",
            "content",
            "covered",
            ev="We will replace 60 of our 84",
        ),
        P(
            "iv",
            "Assess opportunities for nature recovery, including tree planting, hedgerows "
            "and wetland restoration.",
            "content",
            "partial",
            ev="We will plant 40,000 trees",
            missing=["wetland restoration"],
        ),
        P(
            "v",
            "Consider how the planning system can require higher energy standards in new homes.",
            "content",
            "uncovered",
            trap="'new homes' appears as a source of emissions only",
        ),
        P(
            "vi",
            "Set out how progress will be monitored and reported to Members annually.",
            "process",
            "covered",
            ev="Progress will be reported",
        ),
        P(
            "vii",
            "Review the Council's pension and treasury investments for exposure to fossil fuels.",
            "content",
            "uncovered",
        ),
        P(
            "S1",
            "The plan should be accompanied by an equality impact assessment.",
            "deliverable",
            "uncovered",
            trap="'fair and equal transition' shares a word only",
        ),
        P(
            "S2",
            "A draft will be taken to Cabinet in March 2025 ahead of a six-week public "
            "consultation.",
            "process",
            "covered",
            ev="This plan sets out what",
        ),
    ]
    return dict(
        language="en",
        mandate="terms-of-reference.pdf",
        plan="plan.pdf",
        producer="English terms of reference PDF (Writer), points typed '(i)'–'(vii)' "
        "with a tab; plan PDF",
        points=pts,
    )


# =========================================================================== 11 folkehelse (nb)


@pair
def folkehelse(d: Path) -> dict:
    m = [
        ("meta", "GRANVIK KOMMUNE"),
        ("title", "Saksframlegg"),
        ("meta", "Saksbehandler: Eirik Holm · Arkivsak: 24/2090 · Arkiv: G10"),
        (
            "table",
            ["Utvalg", "Møtedato", "Saksnr."],
            [
                ["Helse- og omsorgsutvalget", "28.11.2024", "40/24"],
                ["Kommunestyret", "12.12.2024", "102/24"],
            ],
            [80, 40, 30],
        ),
        ("h1", "Folkehelseplan 2025–2029 – oppstart og mandat"),
        ("h2", "Kommunedirektørens innstilling"),
        (
            "num",
            [
                "Kommunestyret vedtar oppstart av arbeidet med folkehelseplan 2025–2029.",
                "Kommunestyret godkjenner mandatet for arbeidet slik det er beskrevet i "
                "saksframlegget.",
            ],
        ),
        ("h2", "Saksutredning"),
        (
            "p",
            "Folkehelseloven pålegger kommunen å ha oversikt over helsetilstanden og "
            "påvirkningsfaktorene, og å fastsette mål og strategier for folkehelsearbeidet. "
            "Oversiktsdokumentet ble lagt fram for kommunestyret i juni 2024.",
        ),
        ("h2", "Mandat"),
        ("p", "Arbeidsgruppa, ledet av folkehelsekoordinator, skal:"),
        (
            "num",
            [
                "Bygge planen på oversikten over folkehelsen etter folkehelseloven § 5.",
                "Beskrive sosial ulikhet i helse i kommunen og foreslå tiltak som utjevner "
                "forskjellene.",
                "Vurdere tiltak for å redusere ensomhet blant eldre og unge voksne.",
                "Foreslå tiltak for økt fysisk aktivitet i hverdagen, herunder aktiv transport "
                "til skole og arbeid.",
                "Beskrive hvordan kommunen arbeider med psykisk helse og rusforebygging blant "
                "barn og unge.",
                "Vurdere kommunens bruk av kommunehelseprofilene fra Folkehelseinstituttet og "
                "Ungdata i planleggingen.",
                "Foreslå hvordan folkehelsearbeidet skal forankres og organiseres på tvers av "
                "sektorene.",
            ],
        ),
        (
            "p",
            "Planen skal ha en handlingsdel med tiltak, ansvar, tidsplan og kostnad, og "
            "handlingsdelen rulleres årlig. Planforslaget legges ut til offentlig ettersyn "
            "i seks uker.",
        ),
    ]
    build_pdf(
        m,
        d / "saksframlegg.pdf",
        title="Saksframlegg folkehelseplan",
        author="Granvik kommune",
        header="Granvik kommune – Saksframlegg",
    )
    p = [
        ("title", "Folkehelseplan for Granvik 2025–2029"),
        ("meta", "Vedtatt av kommunestyret 19. juni 2025"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen bygger på oversiktsdokumentet «Folkehelsa i Granvik 2024», som beskriver "
            "helsetilstanden og hva som påvirker den. Planforslaget lå ute til offentlig "
            "ettersyn fra 3. mars til 14. april 2025.",
        ),
        ("h1", "2 Forskjeller i levekår og helse"),
        (
            "p",
            "Innbyggere med kort utdanning og lav inntekt har dårligere helse og lever "
            "kortere enn andre. I Granvik bor 13 prosent av barna i familier med "
            "vedvarende lavinntekt, mot 10 prosent i fylket. Forskjellene er størst i "
            "sentrum og på Nordsida.",
        ),
        ("h1", "3 Møteplasser mot ensomhet"),
        (
            "p",
            "Mange eldre som bor alene, sier de er ensomme. Frivilligsentralen starter "
            "en besøkstjeneste, og seniorsenteret får åpent på lørdager. Kommunen vil "
            "lage en oversikt over møteplasser for eldre som deles ut av hjemmetjenesten.",
        ),
        ("h1", "4 Fysisk aktivitet i hverdagen"),
        (
            "p",
            "Det skal være enkelt å gå og sykle. Kommunen bygger gang- og sykkelvei fra "
            "Nordsida til sentrum innen 2027, flytter hente- og bringesonene 300 meter fra "
            "skolene og setter opp overbygd sykkelparkering ved rådhuset, helsesenteret "
            "og de største arbeidsplassene. Ungdata 2023 viser at halvparten av "
            "ungdommene er fysisk aktive mindre enn anbefalt.",
        ),
        ("h1", "5 Psykisk helse og rus blant barn og unge"),
        (
            "p",
            "Alle skolene arbeider med livsmestring etter læreplanen, og "
            "ungdomsskolen har et eget program for psykisk helse på 8. trinn. "
            "Helsesykepleier har drop-in hver dag. For å forebygge rusbruk gjennomfører "
            "kommunen foreldremøter om alkohol på 9. trinn og støtter rusfrie "
            "arrangementer for russen.",
        ),
        ("h1", "6 Handlingsdel"),
        ("p", "Handlingsdelen rulleres årlig."),
        (
            "table",
            ["Tiltak", "Ansvar", "År"],
            [
                ["Gang- og sykkelvei Nordsida–sentrum", "Teknisk", "2027"],
                ["Besøkstjeneste for eldre", "Frivilligsentralen", "2025"],
                ["Foreldremøter om alkohol på 9. trinn", "Skolene", "Årlig"],
            ],
            [90, 45, 25],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Folkehelseplan for Granvik 2025–2029",
        author="Granvik kommune",
        header="Folkehelseplan 2025–2029",
    )
    pts = [
        P(
            "1",
            "Bygge planen på oversikten over folkehelsen etter folkehelseloven § 5.",
            "content",
            "covered",
            ev="Planen bygger på oversiktsdokumentet",
        ),
        P(
            "2",
            "Beskrive sosial ulikhet i helse i kommunen og foreslå tiltak som utjevner "
            "forskjellene.",
            "content",
            "partial",
            ev="Innbyggere med kort utdanning",
            missing=["tiltak som jevner ut forskjellene – planen beskriver dem bare"],
        ),
        P(
            "3",
            "Vurdere tiltak for å redusere ensomhet blant eldre og unge voksne.",
            "content",
            "partial",
            ev="Mange eldre som bor alene",
            missing=["unge voksne"],
        ),
        P(
            "4",
            "Foreslå tiltak for økt fysisk aktivitet i hverdagen, herunder aktiv transport "
            "til skole og arbeid.",
            "content",
            "covered",
            ev="Det skal være enkelt å gå",
        ),
        P(
            "5",
            "Beskrive hvordan kommunen arbeider med psykisk helse og rusforebygging blant "
            "barn og unge.",
            "content",
            "covered",
            ev="Alle skolene arbeider med livsmestring",
        ),
        P(
            "6",
            "Vurdere kommunens bruk av kommunehelseprofilene fra Folkehelseinstituttet og "
            "Ungdata i planleggingen.",
            "content",
            "uncovered",
            trap="Ungdata is quoted once for a figure; how the data are used is not assessed",
        ),
        P(
            "7",
            "Foreslå hvordan folkehelsearbeidet skal forankres og organiseres på tvers av "
            "sektorene.",
            "content",
            "uncovered",
        ),
        P(
            "S1",
            "Planen skal ha en handlingsdel med tiltak, ansvar, tidsplan og kostnad, og "
            "handlingsdelen rulleres årlig.",
            "deliverable",
            "partial",
            ev="Handlingsdelen rulleres årlig",
            missing=["kostnad for tiltakene"],
        ),
        P(
            "S2",
            "Planforslaget legges ut til offentlig ettersyn i seks uker.",
            "process",
            "covered",
            ev="Planen bygger på oversiktsdokumentet",
        ),
    ]
    return dict(
        language="nb",
        mandate="saksframlegg.pdf",
        plan="plan.pdf",
        producer="saksframlegg PDF (Writer) with Word numbering in both the resolution "
        "and the mandate; plan PDF",
        points=pts,
    )


# =========================================================================== 12 kultur (nn)


@pair
def kultur(d: Path) -> dict:
    slides = [
        (
            "Kulturplan for Sunnvik 2026–2030",
            ["Oppstart av planarbeidet", "Kultur- og oppvekstutvalet, 3. februar 2025"],
        ),
        (
            "Kvifor ny kulturplan?",
            [
                "– Kulturplanen frå 2014 er gått ut",
                "– Kulturhuset er 20 år og treng oppgradering",
                "– Lang venteliste i kulturskulen",
            ],
        ),
        (
            "Mandat",
            [
                "Planen skal:",
                "– gje ei oversikt over kulturtilbodet og kulturarenaene i kommunen",
                "– vurdere framtida til kulturhuset, mellom anna teknisk standard og driftsmodell",
                "– greie ut ventelistene i kulturskulen og korleis fleire barn kan få plass",
            ],
        ),
        (
            "Mandat (forts.)",
            [
                "– foreslå tiltak for å ta vare på immateriell kulturarv, som dialekt, handverk og "
                "folkemusikk",
                "– vurdere korleis kommunen kan støtte profesjonelle kunstnarar som bur i Sunnvik",
                "– vurdere eit kulturkort for ungdom mellom 16 og 20 år",
            ],
        ),
        (
            "Organisering",
            [
                "Prosjektleiar: kultursjefen",
                "Kulturrådet og ungdomsrådet skal vere med i ei referansegruppe.",
                "Planen skal ha ein handlingsdel med tiltak for kvart år i planperioden.",
            ],
        ),
        (
            "Framdrift",
            [
                "– Innspelsmøte: april 2025",
                "– Høyring: september 2025",
                "– Vedtak: desember 2025",
            ],
        ),
    ]
    build_odp(slides, d / "oppstart.odp", footer="Sunnvik kommune")
    odp_to_pdf(d / "oppstart.odp", d / "oppstart.pdf")
    (d / "oppstart.odp").unlink()
    p = [
        ("title", "Kulturplan for Sunnvik 2026–2030"),
        ("meta", "Sunnvik kommune · Vedteken i kommunestyret 11. desember 2025"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Kultursjefen har leia arbeidet. Kulturrådet og ungdomsrådet har vore "
            "referansegruppe for planen og hatt tre møte med prosjektleiaren.",
        ),
        ("h1", "2 Kulturlivet i Sunnvik i dag"),
        (
            "p",
            "Sunnvik har eit kulturhus med 320 plassar, bibliotek i sentrum og filial på "
            "Leira, ein kulturskule med 240 elevar, ungdomsklubb og 45 lag og "
            "organisasjonar innan song, musikk, teater og historie. Kulturhuset tek imot "
            "turnerande kunstnarar frå Riksteatret fire gonger i året.",
        ),
        ("h1", "3 Kulturhuset"),
        (
            "p",
            "Lyd- og lysanlegget i kulturhuset er frå 2005 og må skiftast ut innan 2028. "
            "Scenegolvet og ventilasjonen i storsalen er òg slitne. Kommunen vil setje av "
            "midlar til oppgradering i økonomiplanen.",
        ),
        ("break",),
        ("h1", "4 Kulturskulen"),
        (
            "p",
            "85 barn står på venteliste, flest til piano og gitar. Kulturskulen vil gje "
            "gruppeundervisning til nybyrjarar, flytte delar av tilbodet inn i SFO-tida og "
            "samarbeide med korpsa om opplæring, slik at fleire får plass.",
        ),
        ("h1", "5 Kulturarv"),
        (
            "p",
            "Kunnskapen om tradisjonshandverk og folkemusikk skal førast vidare. Kommunen "
            "vil halde kurs i båtbygging og treskjering saman med museet, og gje tilskot "
            "til folkemusikkfestivalen på Leira.",
        ),
        ("break",),
        ("h1", "6 Handlingsdel 2026–2030"),
        (
            "table",
            ["År", "Tiltak", "Ansvar"],
            [
                ["2026", "Gruppeundervisning for nybyrjarar i kulturskulen", "Kulturskulen"],
                ["2027", "Kurs i båtbygging og treskjering", "Kultur"],
                ["2028", "Nytt lyd- og lysanlegg i kulturhuset", "Eigedom"],
                ["2029", "Kulturskuletilbod i SFO-tida på alle skular", "Kulturskulen"],
                ["2030", "Evaluering av planen", "Kultursjef"],
            ],
            [20, 100, 40],
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Kulturplan for Sunnvik 2026–2030",
        author="Sunnvik kommune",
        header="Kulturplan 2026–2030",
        lang="nn-NO",
    )
    pts = [
        P(
            "1",
            "gje ei oversikt over kulturtilbodet og kulturarenaene i kommunen",
            "content",
            "covered",
            ev="Sunnvik har eit kulturhus med 320",
        ),
        P(
            "2",
            "vurdere framtida til kulturhuset, mellom anna teknisk standard og driftsmodell",
            "content",
            "partial",
            ev="Lyd- og lysanlegget i kulturhuset",
            missing=["korleis kulturhuset skal drivast"],
        ),
        P(
            "3",
            "greie ut ventelistene i kulturskulen og korleis fleire barn kan få plass",
            "content",
            "covered",
            ev="85 barn står på venteliste",
        ),
        P(
            "4",
            "foreslå tiltak for å ta vare på immateriell kulturarv, som dialekt, handverk og "
            "folkemusikk",
            "content",
            "partial",
            ev="Kunnskapen om tradisjonshandverk",
            missing=["dialekten"],
        ),
        P(
            "5",
            "vurdere korleis kommunen kan støtte profesjonelle kunstnarar som bur i Sunnvik",
            "content",
            "uncovered",
            trap="only touring artists from Riksteatret are named",
        ),
        P("6", "vurdere eit kulturkort for ungdom mellom 16 og 20 år", "content", "uncovered"),
        P(
            "S1",
            "Kulturrådet og ungdomsrådet skal vere med i ei referansegruppe.",
            "process",
            "covered",
            ev="Kultursjefen har leia arbeidet",
        ),
        P(
            "S2",
            "Planen skal ha ein handlingsdel med tiltak for kvart år i planperioden.",
            "deliverable",
            "covered",
            ev="År Tiltak Ansvar",
        ),
    ]
    return dict(
        language="nn",
        mandate="oppstart.pdf",
        plan="plan.docx",
        producer="slide deck PDF (Impress, .odp, nynorsk), dash bullets typed by "
        "hand, mandate over two slides; plan .docx",
        points=pts,
    )


# =========================================================================== 13 boligsosial (nb)


@pair
def boligsosial(d: Path) -> dict:
    m = [
        ("title", "Planprogram for boligsosial handlingsplan 2025–2029"),
        ("meta", "Elvestad kommune · Fastsatt av formannskapet 8. oktober 2024"),
        ("h1", "1 Bakgrunn"),
        (
            "p",
            "Elvestad kommune har 180 kommunale utleieboliger. Mange av dem er gamle, og "
            "ventelisten har økt. Den forrige boligsosiale planen gikk ut i 2022.",
        ),
        ("h1", "2 Hva planen skal inneholde"),
        (
            "p",
            "Planen skal ha en handlingsdel med tiltak, ansvar og frist. Planarbeidet skal "
            "utrede disse temaene:",
        ),
        (
            "num",
            [
                "Beskrive kommunens boligmasse, herunder antall kommunale boliger, standard og "
                "tilpasning for bevegelseshemmede.",
                "Kartlegge hvem som er vanskeligstilte på boligmarkedet i kommunen, og hvilke "
                "behov de har.",
                "Vurdere kommunens bruk av Husbankens startlån og tilskudd til tilpasning.",
                "Foreslå tiltak for at flere barnefamilier som leier, kan eie egen bolig.",
                "Beskrive oppfølgingen av beboere i kommunale boliger, herunder bo-oppfølging og "
                "samarbeid med NAV.",
                "Vurdere behovet for boliger med heldøgns tjenester for personer med "
                "utviklingshemming.",
                "Vurdere om kommunen bør ha en egen boligsosial koordinator.",
            ],
        ),
        ("h1", "3 Medvirkning og framdrift"),
        (
            "p",
            "Brukerorganisasjonene og rådet for personer med funksjonsnedsettelse skal "
            "høres før planen vedtas. Planen legges fram for kommunestyret i juni 2025.",
        ),
    ]
    build_pdf(
        m,
        d / "planprogram.pdf",
        title="Planprogram boligsosial handlingsplan",
        author="Elvestad kommune",
        header="Elvestad kommune · Planprogram",
    )
    p = [
        ("title", "Boligsosial handlingsplan for Elvestad 2025–2029"),
        ("meta", "Elvestad kommune · Helse og velferd"),
        ("h1", "Innledning"),
        (
            "p",
            "Planforslaget har vært på høring, og innspillene er innarbeidet. Planen ble "
            "vedtatt av kommunestyret 19. juni 2025. Kommunen samarbeider med Husbanken.",
        ),
        ("h1", "Kommunens utleieboliger"),
        (
            "p",
            "Kommunen eier 180 utleieboliger, de fleste bygget på 1970- og 1980-tallet. "
            "En gjennomgang i 2024 viste at 40 boliger har dårlig standard og trenger nye "
            "bad, vinduer og kjøkken.",
        ),
        ("h1", "Hvem trenger hjelp til å skaffe bolig?"),
        (
            "p",
            "Fire grupper står for det meste av behovet. Flyktninger trenger rimelige "
            "boliger i de første årene. Personer med rusavhengighet og psykiske lidelser "
            "trenger boliger som tåler slitasje, nær tjenestene. Unge uten fast inntekt "
            "trenger små leiligheter med tett oppfølging. Eldre med lav pensjon trenger "
            "rimelige boliger uten trapper.",
        ),
        ("h1", "Fra leie til eie"),
        (
            "p",
            "Barnefamilier i kommunale boliger skal få mulighet til å kjøpe boligen de "
            "bor i. Kommunen vil tilby leie-til-eie-avtaler der en del av husleien spares "
            "til egenkapital, og gi økonomisk rådgivning til familiene.",
        ),
        ("h1", "Bo-oppfølging"),
        (
            "p",
            "Beboere som trenger det, får bo-oppfølging fra et eget team som hjelper med "
            "husleie, innkjøp og naboforhold. Teamet besøker nye beboere minst én gang i "
            "uka de første tre månedene.",
        ),
        ("h1", "Boliger med heldøgns tjenester"),
        (
            "p",
            "Seks unge med utviklingshemming vil trenge egen bolig med heldøgns tjenester "
            "innen 2030. Kommunen planlegger et bofellesskap med seks leiligheter og "
            "personalbase på Haugen.",
        ),
        ("h1", "Handlingsdel"),
        (
            "table",
            ["Tiltak", "Ansvar", "Frist"],
            [
                ["Oppgradering av 40 utleieboliger", "Eiendom", "2028"],
                ["Leie-til-eie for barnefamilier", "Helse og velferd", "2026"],
                ["Bofellesskap på Haugen", "Eiendom", "2029"],
            ],
            [90, 45, 25],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Boligsosial handlingsplan 2025–2029",
        author="Elvestad kommune",
        header="Boligsosial handlingsplan",
    )
    pts = [
        P(
            "1",
            "Beskrive kommunens boligmasse, herunder antall kommunale boliger, standard og "
            "tilpasning for bevegelseshemmede.",
            "content",
            "partial",
            ev="Kommunen eier 180 utleieboliger",
            missing=["hvor mange boliger som er tilpasset bevegelseshemmede"],
        ),
        P(
            "2",
            "Kartlegge hvem som er vanskeligstilte på boligmarkedet i kommunen, og hvilke "
            "behov de har.",
            "content",
            "covered",
            ev="Fire grupper står for det meste",
        ),
        P(
            "3",
            "Vurdere kommunens bruk av Husbankens startlån og tilskudd til tilpasning.",
            "content",
            "uncovered",
            trap="Husbanken named once in the introduction",
        ),
        P(
            "4",
            "Foreslå tiltak for at flere barnefamilier som leier, kan eie egen bolig.",
            "content",
            "covered",
            ev="Barnefamilier i kommunale boliger",
        ),
        P(
            "5",
            "Beskrive oppfølgingen av beboere i kommunale boliger, herunder bo-oppfølging og "
            "samarbeid med NAV.",
            "content",
            "partial",
            ev="Beboere som trenger det",
            missing=["samarbeidet med NAV"],
        ),
        P(
            "6",
            "Vurdere behovet for boliger med heldøgns tjenester for personer med "
            "utviklingshemming.",
            "content",
            "covered",
            ev="Seks unge med utviklingshemming",
        ),
        P(
            "7",
            "Vurdere om kommunen bør ha en egen boligsosial koordinator.",
            "content",
            "uncovered",
        ),
        P(
            "S1",
            "Planen skal ha en handlingsdel med tiltak, ansvar og frist.",
            "deliverable",
            "covered",
            ev="Tiltak Ansvar Frist",
        ),
        P(
            "S2",
            "Brukerorganisasjonene og rådet for personer med funksjonsnedsettelse skal "
            "høres før planen vedtas.",
            "process",
            "partial",
            ev="Planforslaget har vært på høring",
            missing=["hvem som ble hørt – verken brukerorganisasjonene eller rådet er nevnt"],
        ),
        P(
            "S3",
            "Planen legges fram for kommunestyret i juni 2025.",
            "process",
            "covered",
            ev="Planforslaget har vært på høring",
        ),
    ]
    return dict(
        language="nb",
        mandate="planprogram.pdf",
        plan="plan.pdf",
        producer="planprogram PDF (Writer) with Word numbering after a prose "
        "requirement, process requirements in the last section; plan PDF",
        points=pts,
    )


# =========================================================================== 14 rus (nb)


@pair
def rusmiddel(d: Path) -> dict:
    m = [
        ("meta", "Kvitfjord kommune"),
        ("title", "Oppdrag: Rusmiddelpolitisk handlingsplan 2024–2028"),
        (
            "p",
            "Alkoholloven § 1-7d krever at kommunen har en alkoholpolitisk handlingsplan. "
            "Kommunen ønsker en samlet plan for alkoholpolitikk, forebygging og "
            "tjenester til personer med rusproblemer.",
        ),
        ("p", "Arbeidsgruppa får dette oppdraget:"),
        (
            "num",
            [
                "Gjennomgå dagens skjenke- og salgsbevillinger og vurdere retningslinjer for "
                "skjenketider.",
                "Beskrive kontrollen med skjenke- og salgssteder og kommunens reaksjoner ved brudd.",
                "Kartlegge rusmiddelbruken blant ungdom og foreslå forebyggende tiltak i skole og "
                "fritid.",
                "Beskrive tilbudet til personer med rusavhengighet og deres pårørende.",
                "Vurdere behovet for lavterskel aktivitetstilbud og arbeidstrening for personer i "
                "rehabilitering.",
                "Vurdere samarbeidet med spesialisthelsetjenesten om inn- og utskrivning.",
                "Beskrive hvordan kommunen vil arbeide med å forebygge overdoser.",
            ],
        ),
        (
            "p",
            "Planen skal vedtas av kommunestyret innen 30. juni 2024. Ungdomsrådet og "
            "politiet skal gis anledning til å uttale seg.",
        ),
    ]
    build_docx(
        m,
        d / "oppdrag.docx",
        title="Oppdrag rusmiddelpolitisk handlingsplan",
        author="Kvitfjord kommune",
    )
    p = [
        ("title", "Rusmiddelpolitisk handlingsplan for Kvitfjord 2024–2028"),
        ("meta", "Vedtatt av kommunestyret 13. juni 2024, sak 38/24"),
        ("h1", "1 Grunnlag"),
        (
            "p",
            "Planen bygger på alkoholloven, folkehelseloven, opptrappingsplanen for "
            "psykisk helse og den nasjonale overdosestrategien. Politiet har gitt "
            "uttalelse til planutkastet. Planen ble vedtatt av kommunestyret 13. juni 2024.",
        ),
        ("h1", "2 Bevillinger og skjenketider"),
        (
            "p",
            "Kvitfjord har 12 skjenkesteder og tre butikker med salgsbevilling. "
            "Bevillingene gjelder til 30. september året etter neste kommunestyrevalg. "
            "Skjenking av alkohol i gruppe 1 og 2 tillates til kl. 02.00, gruppe 3 til "
            "kl. 01.00, og utendørs til kl. 24.00.",
        ),
        ("h1", "3 Kontroll"),
        (
            "p",
            "Hvert sted kontrolleres minst tre ganger i året av et eksternt kontrollselskap. "
            "Minst én av kontrollene skjer ved stengetid.",
        ),
        ("h1", "4 Ungdom og rus"),
        (
            "p",
            "Ungdata 2023 viser at 18 prosent av elevene i 10. trinn har vært beruset "
            "siste år, mot 12 prosent i landet. Kommunen vil styrke det forebyggende "
            "arbeidet i skolen og i fritiden, se tiltakene nedenfor.",
        ),
        ("h1", "5 Tjenester til personer med rusavhengighet"),
        (
            "p",
            "Kommunen har to ruskonsulenter, et oppfølgingsteam etter FACT-modellen og "
            "legemiddelassistert rehabilitering i samarbeid med fastlegene. Mange av "
            "brukerne mangler en meningsfull hverdag, og kommunen vil derfor etablere et "
            "lavterskel aktivitetstilbud.",
        ),
        ("h1", "6 Tiltak"),
        (
            "table",
            ["Tiltak", "Ansvar", "Frist"],
            [
                ["Rusfritt russetreff og fritidsklubb med åpent hver fredag", "Kultur", "2024"],
                ["Programmet «Ungdom og rus» på alle ungdomstrinn", "Skolene", "2025"],
                [
                    "Arbeidstreningsgruppe for personer i rehabilitering, sammen med NAV",
                    "Psykisk helse og rus",
                    "2025",
                ],
                ["Aktivitetshus med åpen kafé", "Psykisk helse og rus", "2026"],
            ],
            [95, 40, 25],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Rusmiddelpolitisk handlingsplan 2024–2028",
        author="Kvitfjord kommune",
        header="Rusmiddelpolitisk handlingsplan",
    )
    pts = [
        P(
            "1",
            "Gjennomgå dagens skjenke- og salgsbevillinger og vurdere retningslinjer for "
            "skjenketider.",
            "content",
            "covered",
            ev="Kvitfjord har 12 skjenkesteder",
        ),
        P(
            "2",
            "Beskrive kontrollen med skjenke- og salgssteder og kommunens reaksjoner ved brudd.",
            "content",
            "partial",
            ev="Hvert sted kontrolleres minst",
            missing=["hvilke reaksjoner kommunen bruker når reglene brytes"],
        ),
        P(
            "3",
            "Kartlegge rusmiddelbruken blant ungdom og foreslå forebyggende tiltak i skole "
            "og fritid.",
            "content",
            "covered",
            ev="Ungdata 2023 viser at 18 prosent",
        ),
        P(
            "4",
            "Beskrive tilbudet til personer med rusavhengighet og deres pårørende.",
            "content",
            "partial",
            ev="Kommunen har to ruskonsulenter",
            missing=["tilbud til pårørende"],
        ),
        P(
            "5",
            "Vurdere behovet for lavterskel aktivitetstilbud og arbeidstrening for personer "
            "i rehabilitering.",
            "content",
            "covered",
            ev="Kommunen har to ruskonsulenter",
        ),
        P(
            "6",
            "Vurdere samarbeidet med spesialisthelsetjenesten om inn- og utskrivning.",
            "content",
            "uncovered",
            trap="'samarbeid' appears (fastlegene, NAV), not with the hospital",
        ),
        P(
            "7",
            "Beskrive hvordan kommunen vil arbeide med å forebygge overdoser.",
            "content",
            "uncovered",
            trap="the overdose strategy is one item of a list of four foundations",
        ),
        P(
            "S1",
            "Planen skal vedtas av kommunestyret innen 30. juni 2024.",
            "process",
            "covered",
            ev="Planen bygger på alkoholloven",
        ),
        P(
            "S2",
            "Ungdomsrådet og politiet skal gis anledning til å uttale seg.",
            "process",
            "partial",
            ev="Planen bygger på alkoholloven",
            missing=["ungdomsrådet"],
        ),
    ]
    return dict(
        language="nb",
        mandate="oppdrag.docx",
        plan="plan.pdf",
        producer="oppdrag .docx with Word numbering and prose requirements; plan "
        "PDF whose measures answer two points from the table",
        points=pts,
    )


# =========================================================================== 15 idrett (nb)


@pair
def idrett(d: Path) -> dict:
    m = [
        ("meta", "EIKVÅG KOMMUNE"),
        ("title", "Oppdrag fra formannskapet"),
        (
            "meta",
            "Plan for idrett og fysisk aktivitet 2026–2029 · Formannskapet 11.03.2025, sak 19/25",
        ),
        ("h2", "Bakgrunn"),
        (
            "p",
            "Kommunedelplanen for idrett og fysisk aktivitet må rulleres før neste "
            "søknadsrunde for spillemidler. Idrettsrådet har meldt behov for mer halltid, "
            "og svømmehallen fra 1979 nærmer seg slutten av levetiden.",
        ),
        (
            "p",
            "Idrettslagene i Eikvåg har til sammen om lag 2 400 medlemmer. Mange lag "
            "sliter med å rekruttere trenere og har lange ventelister til enkelte "
            "aktiviteter. Samtidig viser folkehelseprofilen at færre voksne er fysisk "
            "aktive enn før, og at forskjellene mellom grupper øker.",
        ),
        ("space", 185),
        ("h2", "Oppdraget"),
        ("p", "Rådmannen skal legge fram en plan som:"),
        *typed(
            [
                "Gir en oversikt over idrettsanlegg, svømmeanlegg og nærmiljøanlegg, med "
                "tilstand og kapasitet.",
                "Vurderer behovet for nye anlegg, herunder",
            ],
            sep=" ",
            indent=6,
        ),
        ("typed", "a)", "ny flerbrukshall", " ", 6, 6),
        ("typed", "b)", "kunstgressbane nr. 2", " ", 6, 6),
        ("typed", "c)", "rehabilitering av svømmehallen", " ", 6, 6),
        *typed(
            [
                "Inneholder en prioritert handlingsplan for anlegg som skal få spillemidler.",
                "Beskriver hvordan kommunen kan få flere inaktive voksne i aktivitet.",
                "Foreslår tiltak som gjør det mulig for alle barn å delta i organisert idrett, "
                "uavhengig av foreldrenes økonomi.",
                "Vurderer kommunens tilskuddsordning for idrettslag.",
                "Beskriver samarbeidet med idrettsrådet om fordeling av halltid.",
            ],
            sep=" ",
            indent=6,
            start=3,
        ),
        ("break",),
        ("h2", "Krav til planen"),
        (
            "p",
            "Planen skal være ferdig til behandling i kommunestyret i desember 2025, slik at "
            "søknadene om spillemidler for 2026 kan bygge på den. Planen skal også omtale "
            "behovet for anlegg for egenorganisert aktivitet, som skatepark og klatrevegg.",
        ),
    ]
    build_pdf(
        m,
        d / "oppdrag.pdf",
        title="Oppdrag plan for idrett og fysisk aktivitet",
        author="Eikvåg kommune",
        header="Eikvåg kommune · Formannskapet",
    )
    p = [
        ("title", "Plan for idrett og fysisk aktivitet 2026–2029"),
        ("meta", "Eikvåg kommune · Vedtatt i kommunestyret 10. desember 2025"),
        ("h1", "1 Om planen"),
        (
            "p",
            "Planen er grunnlaget for kommunens søknader om spillemidler og ble vedtatt i "
            "kommunestyret 10. desember 2025, før søknadsfristen for 2026.",
        ),
        ("h1", "2 Anleggene i dag"),
        (
            "p",
            "Eikvåghallen (1988) er i god stand, men fullbooket fra klokka 16 til 22 alle "
            "hverdager. Gressbanen på Moen har dårlig drenering, og kunstgressbanen fra "
            "2012 har behov for nytt dekke innen 2028. Svømmehallen fra 1979 har lekkasjer "
            "i bassenget og et utslitt renseanlegg, og den har plass til to skoleklasser "
            "samtidig.",
        ),
        ("h1", "3 Behov for nye anlegg"),
        (
            "p",
            "Med dagens halltid får ikke alle lagene trene så mye de ønsker. Kommunen vil "
            "bygge en ny flerbrukshall ved ungdomsskolen med byggestart i 2027. "
            "Svømmehallen skal rehabiliteres i 2028, med nytt basseng og renseanlegg.",
        ),
        ("h1", "4 Idrett for alle barn"),
        (
            "p",
            "Ingen barn skal stå utenfor idretten fordi familien har dårlig råd. Kommunen "
            "gir tilskudd til lag som holder lave treningsavgifter, utstyrsbua låner ut "
            "utstyr gratis, og alle barn mellom 6 og 18 år får et fritidskort på 2 000 "
            "kroner i året.",
        ),
        ("h1", "5 Halltid"),
        (
            "p",
            "Idrettsrådet fordeler halltiden hvert år etter en fordelingsnøkkel som "
            "vektlegger antall aktive barn og unge. Kommunen og idrettsrådet har faste "
            "møter to ganger i året.",
        ),
        ("h1", "6 Prioritert handlingsprogram for spillemidler"),
        (
            "table",
            ["Prioritet", "Anlegg", "Søknadsår"],
            [
                ["1", "Ny flerbrukshall ved ungdomsskolen", "2026"],
                ["2", "Rehabilitering av svømmehallen", "2027"],
                ["3", "Nytt dekke på kunstgressbanen", "2028"],
            ],
            [25, 95, 35],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Plan for idrett og fysisk aktivitet 2026–2029",
        author="Eikvåg kommune",
        header="Plan for idrett og fysisk aktivitet",
    )
    pts = [
        P(
            "1",
            "Gir en oversikt over idrettsanlegg, svømmeanlegg og nærmiljøanlegg, med "
            "tilstand og kapasitet.",
            "content",
            "partial",
            ev="Eikvåghallen (1988) er i god",
            missing=["nærmiljøanleggene"],
        ),
        P(
            "2",
            "Vurderer behovet for nye anlegg, herunder ny flerbrukshall; kunstgressbane "
            "nr. 2; rehabilitering av svømmehallen",
            "content",
            "partial",
            ev="Med dagens halltid får ikke",
            missing=["kunstgressbane nr. 2"],
        ),
        P(
            "3",
            "Inneholder en prioritert handlingsplan for anlegg som skal få spillemidler.",
            "deliverable",
            "covered",
            ev="Prioritet Anlegg Søknadsår",
        ),
        P(
            "4",
            "Beskriver hvordan kommunen kan få flere inaktive voksne i aktivitet.",
            "content",
            "uncovered",
        ),
        P(
            "5",
            "Foreslår tiltak som gjør det mulig for alle barn å delta i organisert idrett, "
            "uavhengig av foreldrenes økonomi.",
            "content",
            "covered",
            ev="Ingen barn skal stå utenfor",
        ),
        P(
            "6",
            "Vurderer kommunens tilskuddsordning for idrettslag.",
            "content",
            "uncovered",
            trap="one grant (to clubs with low fees) is named as a measure; the scheme as a "
            "whole is not assessed",
        ),
        P(
            "7",
            "Beskriver samarbeidet med idrettsrådet om fordeling av halltid.",
            "content",
            "covered",
            ev="Idrettsrådet fordeler halltiden",
        ),
        P(
            "S1",
            "Planen skal være ferdig til behandling i kommunestyret i desember 2025, slik "
            "at søknadene om spillemidler for 2026 kan bygge på den.",
            "process",
            "covered",
            ev="Planen er grunnlaget for kommunens",
        ),
        P(
            "S2",
            "Planen skal også omtale behovet for anlegg for egenorganisert aktivitet, som "
            "skatepark og klatrevegg.",
            "content",
            "uncovered",
        ),
    ]
    return dict(
        language="nb",
        mandate="oppdrag.pdf",
        plan="plan.pdf",
        producer="standalone PDF (Writer), typed numbers with lettered sub-points "
        "typed under point 2, last point at the bottom of page 1; plan PDF",
        points=pts,
    )


# =========================================================================== main


def check_points_in_mandate(d: Path, mandate: str, points: list[dict]) -> None:
    """Construction check: every numbered point's text is printed in the mandate."""
    path = d / mandate
    pages = pdf_pages_text(path) if path.suffix == ".pdf" else rendered_pages(path)
    # running headers and page numbers sit between the lines of a point split by a page break
    lines = [ln.strip() for ln in "\n".join(pages).splitlines()]
    running = {ln for ln in lines if len(pages) > 1 and sum(ln in pg for pg in pages) == len(pages)}
    text = "\n".join(
        ln for ln in lines if ln not in running and not re.fullmatch(r"Side \d+ av \d+", ln)
    )
    flat = " ".join(re.sub(r"-\s*\n", "-", text).split()).lower()
    flat = re.sub(r"(?<=\s)[a-z][.)] ", "", flat)  # lettered sub-point markers
    for pt in points:
        # sub-points are joined with "; " in the gold text (as in corpora/mandates)
        for part in re.split(r"; |: ", pt["text"]):
            want = " ".join(part.split()).lower()
            if want not in flat:
                raise SystemExit(f"{d.name}: point {pt['number']} not printed: {want!r}")


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
            "corpora/mandates-blind/make_pairs.py.\n"
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

__all__ = ["build_docx", "build_odp", "docx_to_pdf", "odp_to_pdf"]
