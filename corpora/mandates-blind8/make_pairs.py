"""Build the eighth blind batch of mandate/plan pairs under corpora/mandates-blind8/ and their gold.

Written on 2026-12-02 without reading plancheck's code, from how mandates are really delivered:
an oppdrag in Word for a skolebruksplan whose points are the sub-points "1.a", "1.b", … of a
Word multilevel list (the first level a short label, not a point); a nynorsk planprogram (PDF)
for besøksforvaltning whose tasks are the rows of a two-column "Nr | Oppgåve" table running over
a page break; a Danish bestilling printed from an e-mail client (reportlab) whose points are
paragraphs opening with "Bestilling:", with requirements in the e-mail's ordinary prose; and a
Swedish uppdrag saved from Word as .odt whose points are typed "– " dashes without a hanging
indent after "Planen ska bland annat:". Plans answer in their own words (a chapter heading
restating the object, a table that is the overview asked for, a process point answered in the
introduction or the framdrift section), sometimes partly (one of two named things missing),
sometimes only in passing or by deferring to another plan; each trap is noted in the gold.

    python corpora/mandates-blind8/make_pairs.py                   # all pairs
    python corpora/mandates-blind8/make_pairs.py skolebruk lade    # some pairs

Imports the seventh batch's builder (corpora/mandates-blind7/make_pairs.py: its point helper and,
through the sixth, fifth and third batches, the Writer (.odt) export), the block and gold writer
of corpora/mandates-blind/_build.py and the first batch's construction check (every point's text
is printed in the mandate). Everything is pinned (zip times, core properties, PDF dates/ids,
meta.xml; the reportlab PDF is written with invariant=1), so a rebuild gives the same files.
Evidence pages are read from the plan as LibreOffice renders it.
"""

from __future__ import annotations

import copy
import importlib.util
import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import build_docx, build_pdf, rendered_pages, write_gold  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b7 = _load("mandates_blind7_make_pairs", HERE.parent / "mandates-blind7" / "make_pairs.py")
P, build_odt = _b7.P, _b7.build_odt
_b5 = _b7._b5

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def dashes(items: list[str]) -> list[tuple]:
    """Points typed "– " with a space and no hanging indent: wrapped lines go to the margin."""
    return [("typed", "–", t, " ", 0) for t in items]


def multilevel_sub_numbers(docx: Path) -> Path:
    """Word's multilevel list as many clerks set it up: the second level prints "1.a", "1.b"
    (lvlText "%1.%2" with lowerLetter) instead of "a.". The zip is rewritten with the same
    pinned member times as save_deterministic."""
    with zipfile.ZipFile(docx) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = []
    for name, data in members:
        if name == "word/numbering.xml":
            data = data.replace(b'w:val="%2."', b'w:val="%1.%2"')
        out.append((name, data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    docx.write_bytes(buf.getvalue())
    return docx


def build_mail_pdf(
    path: Path,
    *,
    head: list[tuple[str, str]],
    title: str,
    banner: str,
    body: list[str],
    author: str,
) -> Path:
    """An e-mail as a mail client prints it (reportlab, Helvetica): a banner line on every
    page, a Fra/Til/Dato/Emne block, then the body paragraphs (<b> allowed). invariant=1 pins
    the dates and the document id."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=7)
    small = ParagraphStyle("s", parent=base, fontSize=9, leading=12, spaceAfter=0)
    subj = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=13, leading=17)
    story = [Paragraph(title, subj), HRFlowable(width="100%", thickness=0.6), Spacer(1, 4)]
    story.append(
        Table(
            [[Paragraph(f"<b>{k}</b>", small), Paragraph(v, small)] for k, v in head],
            colWidths=[22 * mm, 140 * mm],
            hAlign="LEFT",
        )
    )
    story += [Spacer(1, 4), HRFlowable(width="100%", thickness=0.6), Spacer(1, 8)]
    story += [Paragraph(t, base) for t in body]

    def onpage(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(18 * mm, A4[1] - 10 * mm, banner)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=author,
        creator="Webmail",
        invariant=1,
    )
    doc.build(copy.deepcopy(story), onFirstPage=onpage, onLaterPages=onpage)
    return path


# =========================================================================== 1 skolebruk (nb)


@pair
def skolebruk(d: Path) -> dict:
    groups = [
        (
            "Elevtall og kapasitet",
            [
                "Beskrive elevtallsutviklingen i hver skolekrets fram mot 2040, basert på "
                "befolkningsframskrivingene.",
                "Vurdere kapasiteten ved hver skole sammenholdt med forventet elevtall.",
            ],
        ),
        (
            "Skolebyggene",
            [
                "Gi en oversikt over bygningsmessig tilstand og vedlikeholdsbehov for alle "
                "skolebyggene.",
                "Vurdere om byggene tilfredsstiller kravene til inneklima og universell utforming.",
            ],
        ),
        (
            "Skolestruktur",
            [
                "Utrede minst tre alternativer for framtidig skolestruktur, der dagens struktur er "
                "ett av dem.",
                "Vurdere konsekvensene av hvert alternativ for skoleskyss og reisetid for elevene.",
                "Beskrive hvordan skolene brukes som møteplasser og nærmiljøsentre i grendene.",
            ],
        ),
        (
            "Læringsmiljø",
            [
                "Vurdere sammenhengen mellom skolestørrelse og elevenes faglige og sosiale "
                "læringsmiljø.",
                "Vurdere behovet for spesialrom som naturfagrom, verksted og skolekjøkken etter "
                "fagfornyelsen.",
            ],
        ),
        ("SFO og kulturskole", ["Beskrive arealbehovet for SFO og kulturskolen."]),
    ]
    sub = {f"{i}.{chr(97 + j)}": t for i, (_, ts) in enumerate(groups, 1) for j, t in enumerate(ts)}
    s1 = "Planen skal ha et eget kapittel med investeringsbehov og kostnadsoverslag for hvert alternativ."
    s2 = "Foreldrenes arbeidsutvalg (FAU) og elevrådene ved alle skolene skal høres før planen sluttføres."
    s3 = "Planen skal legges fram for kommunestyret innen utgangen av mars 2027."
    m = [
        ("meta", "KVITEVIK KOMMUNE · Kommunedirektøren"),
        ("meta", "Arkivsak 26/0412 · 03.02.2026"),
        ("title", "Oppdrag: Skolebruksplan for Kvitevik kommune 2027–2040"),
        ("h1", "Bakgrunn"),
        (
            "p",
            "Kvitevik har fem barneskoler og én ungdomsskole. Elevtallet har gått ned med 14 "
            "prosent siden 2015, mest i Nordre og Vestre krets, mens det bygges nye boliger i "
            "sentrum. Flere av skolebyggene er fra 1960- og 1970-tallet. Kommunestyret ba i sak "
            "88/25 om en skolebruksplan som grunnlag for framtidige investeringer. " + s1,
        ),
        ("h1", "Oppdraget"),
        ("p", "Arbeidsgruppen skal utrede og beskrive følgende:"),
        ("num", [(label, ts) for label, ts in groups]),
        ("h1", "Organisering og medvirkning"),
        (
            "p",
            "Arbeidet ledes av kommunalsjef for oppvekst, med deltakere fra eiendom, økonomi og "
            "rektorene. Hovedtillitsvalgte orienteres underveis. " + s2 + " " + s3,
        ),
    ]
    mdocx = build_docx(
        m,
        d / "oppdrag.docx",
        title="Oppdrag – skolebruksplan",
        author="Kvitevik kommune",
        header="Kvitevik kommune – oppdrag skolebruksplan",
    )
    multilevel_sub_numbers(mdocx)
    p = [
        ("title", "Skolebruksplan for Kvitevik kommune 2027–2040"),
        ("meta", "Kvitevik kommune · Høringsutkast til kommunestyret · Arkivsak 26/0412"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen er utarbeidet av en arbeidsgruppe ledet av kommunalsjef for oppvekst, med "
            "rektorene, eiendomsavdelingen og økonomiavdelingen. Utkastet ble lagt fram for "
            "foreldrenes arbeidsutvalg ved alle fem barneskoler og ved ungdomsskolen på to "
            "møter i november 2026, og innspillene er omtalt i kapittel 6. Ungdomsrådet "
            "arrangerte i høst en debatt om kollektivtilbudet i kommunen.",
        ),
        (
            "p",
            "Skolebruksplanen er et faglig grunnlag. Valg av skolestruktur gjøres av "
            "kommunestyret, og investeringene tas inn i økonomiplanen.",
        ),
        ("h1", "2 Hvor mange elever får vi?"),
        (
            "p",
            "Framskrivingene tar utgangspunkt i SSBs befolkningsframskriving fra 2024 og i "
            "kommunens boligbyggeprogram. Sentrum vokser, mens de tre grendekretsene fortsetter "
            "å gå ned. Tabellen viser antall elever i 1.–7. trinn per krets.",
        ),
        (
            "table",
            ["Krets", "2026", "2030", "2035", "2040"],
            [
                ["Sentrum", "312", "338", "356", "371"],
                ["Nordre", "64", "55", "49", "44"],
                ["Vestre", "48", "41", "37", "35"],
                ["Søndre", "97", "94", "90", "88"],
                ["Holmen", "71", "70", "66", "63"],
            ],
            [40, 25, 25, 25, 25],
        ),
        ("h1", "3 Plass til alle?"),
        (
            "p",
            "Sentrum skole er bygd for 300 elever og er allerede for liten; i 2030 mangler det "
            "plass til om lag to klasser. Nordre og Vestre skole har plass til dobbelt så mange "
            "elever som de har, og Søndre og Holmen har god margin også i 2040. "
            "Ungdomsskolen har nok plass hele perioden.",
        ),
        ("h1", "4 Byggene"),
        (
            "p",
            "Alle skolebyggene ble gjennomgått etter NS 3424 høsten 2026. Tabellen viser "
            "tilstandsgraden for bygningskropp og tekniske anlegg.",
        ),
        (
            "table",
            ["Skole", "Byggeår", "Bygningskropp", "Tekniske anlegg"],
            [
                ["Sentrum skole", "1968/2004", "TG 2", "TG 2"],
                ["Nordre skole", "1962", "TG 3", "TG 3"],
                ["Vestre skole", "1975", "TG 2", "TG 3"],
                ["Søndre skole", "2011", "TG 0", "TG 1"],
                ["Holmen skole", "1979", "TG 2", "TG 2"],
                ["Kvitevik ungdomsskole", "1998", "TG 1", "TG 2"],
            ],
            [50, 30, 40, 40],
        ),
        (
            "p",
            "Inneklimaet er målt i alle klasserom. Ved Nordre og Vestre skole er CO₂-nivået over "
            "grenseverdien i store deler av skoledagen, fordi ventilasjonsanleggene er fra "
            "byggeåret. De andre skolene har tilfredsstillende luftkvalitet. Alle nye skolebygg "
            "skal ha universell utforming, slik byggteknisk forskrift krever.",
        ),
        ("h1", "5 Tre mulige skolekart"),
        (
            "p",
            "Arbeidsgruppen har sett på tre alternativer. Alternativ A viderefører dagens fem "
            "barneskoler og utvider Sentrum skole. Alternativ B slår sammen Nordre og Vestre "
            "skole til én ny skole på Vestre og utvider Sentrum skole. Alternativ C samler "
            "barneskolene i Sentrum, Søndre og Holmen og legger ned Nordre og Vestre skole.",
        ),
        (
            "p",
            "Med alternativ A trenger 96 barneskoleelever skoleskyss, med alternativ B 131 og "
            "med alternativ C 178. Skyssen i alternativ C krever to nye bussruter.",
        ),
        (
            "p",
            "Nordre skole ligger vegg i vegg med grendehuset, og sløydsalen er utleid til "
            "husflidslaget én kveld i uka.",
        ),
        ("h1", "6 Læring og trivsel"),
        (
            "p",
            "Elevundersøkelsen for 2025 viser at elevene i Kvitevik trives godt, og at "
            "resultatene på nasjonale prøver ligger på landsgjennomsnittet. FAU ved Nordre og "
            "Vestre skole pekte i høringsmøtene på at små skoler gir trygghet og nærhet til "
            "hjemmet, mens FAU ved Sentrum skole var opptatt av plassmangelen.",
        ),
        ("h1", "7 Rom for praktisk læring"),
        (
            "p",
            "Fagfornyelsen gir mer utforskende og praktisk arbeid i naturfag, kunst og "
            "håndverk og mat og helse. Bare Søndre skole og ungdomsskolen har naturfagrom med "
            "avtrekk. Sløydsal mangler ved Holmen skole, og skolekjøkkenet ved Vestre skole "
            "har fire arbeidsplasser for klasser på 20 elever. I alle alternativene bygges det "
            "naturfagrom og skolekjøkken ved Sentrum skole, og Holmen skole får sløydsal.",
        ),
        ("h1", "8 SFO"),
        (
            "p",
            "Om lag 70 prosent av elevene i 1.–4. trinn går i SFO. SFO ved Sentrum skole bruker "
            "i dag klasserom og trenger egne lokaler på om lag 250 m². Ved de andre skolene er "
            "arealet tilstrekkelig.",
        ),
        ("h1", "9 Hva koster det?"),
        (
            "p",
            "Kostnadene er beregnet med Norsk prisbok og er usikre med ± 25 prosent. Beløpene er "
            "i millioner kroner, 2026-kroner.",
        ),
        (
            "table",
            ["Alternativ", "Investering", "Årlig driftsendring"],
            [
                ["A Dagens struktur og utvidelse av Sentrum skole", "265", "+ 1,5"],
                ["B Ny skole på Vestre og utvidelse av Sentrum", "340", "– 3,0"],
                ["C Tre barneskoler", "295", "– 6,5"],
            ],
            [90, 35, 35],
        ),
        ("h1", "10 Videre behandling"),
        (
            "p",
            "Planen sendes på høring i januar 2027 og behandles i kommunestyret 18. mars 2027. "
            "Vedtaket legges til grunn for økonomiplanen 2028–2031.",
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Skolebruksplan for Kvitevik kommune 2027–2040",
        author="Kvitevik kommune",
        header="Kvitevik kommune – skolebruksplan",
    )
    pts = [
        P(
            "1.a",
            sub["1.a"],
            "content",
            "covered",
            ev="Framskrivingene tar utgangspunkt i SSBs",
            trap="Word multilevel sub-point printed '1.a' (the first level 'Elevtall og "
            "kapasitet' is a label, not a point); answered under a question heading ('Hvor "
            "mange elever får vi?') with a table per krets to 2040",
        ),
        P(
            "1.b",
            sub["1.b"],
            "content",
            "covered",
            ev="Sentrum skole er bygd for 300 elever",
            trap="answered under 'Plass til alle?'; kapasitet not named as such",
        ),
        P(
            "2.a",
            sub["2.a"],
            "content",
            "partial",
            ev="Alle skolebyggene ble gjennomgått etter NS 3424",
            missing=["vedlikeholdsbehov"],
            trap="a table of tilstandsgrad per building answers the tilstand; no vedlikeholds"
            "behov (amount or measures) is given",
        ),
        P(
            "2.b",
            sub["2.b"],
            "content",
            "partial",
            ev="Inneklimaet er målt i alle klasserom",
            missing=["universell utforming i dagens skolebygg"],
            trap="inneklima answered; universell utforming named only as a rule for new "
            "buildings, the existing ones are not assessed",
        ),
        P(
            "3.a",
            sub["3.a"],
            "content",
            "covered",
            ev="Arbeidsgruppen har sett på tre alternativer",
            trap="answered under 'Tre mulige skolekart'; dagens struktur is alternativ A",
        ),
        P(
            "3.b",
            sub["3.b"],
            "content",
            "partial",
            ev="Med alternativ A trenger 96",
            missing=["reisetid for elevene"],
            trap="skoleskyss per alternative given as numbers of pupils; reisetid not given",
        ),
        P(
            "3.c",
            sub["3.c"],
            "content",
            "uncovered",
            trap="named in passing: 'Nordre skole ligger vegg i vegg med grendehuset' and the "
            "sløydsal let to husflidslaget; no account of the schools as meeting places",
        ),
        P(
            "4.a",
            sub["4.a"],
            "content",
            "uncovered",
            trap="shared words without an assessment: trivsel and nasjonale prøver for the "
            "municipality as a whole, and FAU's views on small schools; school size and "
            "læringsmiljø are not related",
        ),
        P(
            "4.b",
            sub["4.b"],
            "content",
            "covered",
            ev="Fagfornyelsen gir mer utforskende",
            trap="answered under 'Rom for praktisk læring' (naturfagrom, sløydsal, skolekjøkken)",
        ),
        P(
            "5.a",
            sub["5.a"],
            "content",
            "partial",
            ev="Om lag 70 prosent av elevene",
            missing=["kulturskolen"],
            trap="the chapter 'SFO' answers SFO only",
        ),
        P(
            "S1",
            s1,
            "deliverable",
            "covered",
            ev="Kostnadene er beregnet med Norsk prisbok",
            trap="a requirement at the end of the Bakgrund; answered by 'Hva koster det?' with a "
            "table per alternative",
        ),
        P(
            "S2",
            s2,
            "process",
            "partial",
            ev="Planen er utarbeidet av en arbeidsgruppe",
            missing=["elevrådene"],
            trap="FAU heard (introduction); elevrådene not named; ungdomsrådet named in passing "
            "about something else",
        ),
        P(
            "S3",
            s3,
            "process",
            "covered",
            ev="Planen sendes på høring i januar 2027",
            trap="answered in the last chapter 'Videre behandling' (kommunestyret 18. mars 2027)",
        ),
    ]
    return dict(
        language="nb",
        mandate="oppdrag.docx",
        plan="plan.pdf",
        producer="oppdrag .docx: a requirement at the end of the Bakgrund, ten points as the "
        "second level of a Word multilevel list printed '1.a', '1.b', … (the first level five "
        "short labels that are no points) after 'Arbeidsgruppen skal utrede og beskrive "
        "følgende:', two requirements at the end of 'Organisering og medvirkning' after "
        "sentences that are none; plan PDF with tables of elevtall, tilstand and cost",
        points=pts,
    )


# =========================================================================== 2 besok (nn)


@pair
def besok(d: Path) -> dict:
    items = [
        "Kartleggje kor mange tilreisande som kjem til dei mest besøkte stadene i kommunen, og "
        "kva tid på året dei kjem.",
        "Vurdere tolegrensa for natur og lokalsamfunn ved Skarvfossen og på Trollhetta.",
        "Gjere greie for behovet for parkering, toalett og avfallshandtering ved utfartsstadene.",
        "Vurdere om kommunen skal innføre parkeringsavgift eller anna brukarbetaling for å "
        "finansiere tilrettelegginga.",
        "Foreslå korleis stien til Trollhetta kan sikrast mot slitasje og erosjon.",
        "Beskrive korleis dei tilreisande skal få informasjon om trygg ferdsel, vêrforhold og "
        "skredfare.",
        "Vurdere verknadene av ferdselen for villreinen på Skarvheimsvidda og for beitedyra i "
        "utmarka.",
        "Gjere greie for korleis cruiseturismen i Skarvhamn skal handterast.",
        "Beskrive kva rolle kommunen, reiselivsnæringa og grunneigarane skal ha, og korleis "
        "arbeidet skal organiserast.",
        "Vurdere korleis lokalsamfunnet kan få meir att for besøka, både i form av lokal "
        "verdiskaping og arbeidsplassar heile året.",
        "Foreslå indikatorar for å følgje med på besøket og konsekvensane av det over tid.",
    ]
    s1 = "Planen skal ha ein handlingsdel med tiltak, ansvar og kostnad."
    s2 = (
        "Reiselivsnæringa og grunneigarlaga i Skarvdalen skal inviterast til ein eigen "
        "arbeidsverkstad."
    )
    s3 = "Ungdomsrådet og eldrerådet skal få planutkastet til uttale før det blir lagt ut på høyring."
    m = [
        ("meta", "SKARVHEIM KOMMUNE"),
        ("title", "Planprogram for temaplan for berekraftig besøksforvaltning 2027–2031"),
        ("meta", "Fastsett av formannskapet 10.03.2026, sak 19/26 · Arkivsak 25/1877"),
        ("h1", "1 Bakgrunn"),
        (
            "p",
            "Talet på tilreisande til Skarvheim har meir enn dobla seg sidan 2019. Skarvfossen "
            "og Trollhetta er blitt kjende gjennom sosiale medium, og sommaren 2025 stod det "
            "bilar langs fylkesvegen i fleire kilometer. Det manglar toalett, stiane er slitne, "
            "og redningstenesta har hatt fleire oppdrag. Samtidig gir turismen inntekter og "
            "arbeidsplassar i bygda. Kommunen har ingen samla plan for korleis besøket skal "
            "styrast. Planen blir utarbeidd som ein temaplan etter metoden for berekraftige "
            "reisemål. " + s1,
        ),
        (
            "p",
            "Innovasjon Noreg har godkjent Skarvheim som kandidat til merket for berekraftig "
            "reisemål. For å få merket må kommunen og næringa saman vise korleis besøket blir "
            "styrt, og korleis naturen, kulturen og lokalsamfunnet blir tekne vare på. Arbeidet "
            "med merket og arbeidet med denne planen går i lag, slik at kartlegginga berre "
            "blir gjord éin gong.",
        ),
        ("h1", "2 Mål for planarbeidet"),
        (
            "p",
            "Planen skal gje Skarvheim eit besøk som naturen og lokalsamfunnet toler, der dei "
            "tilreisande får gode opplevingar, og der meir av verdiskapinga blir verande i "
            "kommunen. Planen er meint som eit felles grunnlag for kommunen, næringa og "
            "grunneigarane.",
        ),
        (
            "p",
            "Planområdet er heile kommunen, men trykket er størst i Skarvdalen med "
            "Skarvfossen, på stien til Trollhetta og i hamna i Skarvhamn.",
        ),
        (
            "p",
            "Planen avklarer ikkje arealbruk. Dersom planarbeidet viser at det trengst nye "
            "parkeringsplassar eller bygg, blir dei regulerte i eigne reguleringsplanar etter "
            "at temaplanen er vedteken.",
        ),
        ("h1", "3 Oppgåver i planarbeidet"),
        ("p", "Tabellen viser kva planarbeidet skal gjere greie for."),
        ("table", ["Nr", "Oppgåve"], [[str(i), t] for i, t in enumerate(items, 1)], [14, 146]),
        ("h1", "4 Medverknad"),
        (
            "p",
            "Oppstart blir kunngjort i Skarvheimsposten og på nettsida til kommunen. "
            + s2
            + " "
            + s3
            + " Planutkastet blir lagt ut på høyring i seks veker.",
        ),
        ("h1", "5 Framdrift"),
        (
            "table",
            ["Fase", "Tid"],
            [
                ["Planprogram fastsett", "Mars 2026"],
                ["Planutkast", "November 2026"],
                ["Høyring", "Januar–februar 2027"],
                ["Vedtak i kommunestyret", "April 2027"],
            ],
            [90, 50],
        ),
    ]
    build_pdf(
        m,
        d / "planprogram.pdf",
        title="Planprogram – besøksforvaltning",
        author="Skarvheim kommune",
        header="Skarvheim kommune – planprogram",
        lang="nn-NO",
    )
    p = [
        ("title", "Temaplan for berekraftig besøksforvaltning 2027–2031"),
        ("meta", "Skarvheim kommune · Vedteken av kommunestyret 24.04.2027, sak 22/27"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Planen er laga av kommunen i samarbeid med Visit Skarvheim. Reiselivsbedriftene "
            "var med på ein arbeidsverkstad på Skarvheim hotell i oktober 2026, der vi gjekk "
            "gjennom utfordringane ved kvar utfartsstad. Planutkastet var på høyring frå 4. "
            "januar til 15. februar 2027, og det kom 23 uttaler.",
        ),
        (
            "p",
            "Ungdomsrådet har tidlegare bede om betre busstilbod til Skarvfossen om sommaren.",
        ),
        ("h1", "2 Kor mange kjem, og når?"),
        (
            "p",
            "Sidan 2023 har kommunen hatt automatiske teljarar ved dei største utfartsstadene. "
            "Tre av fire besøk skjer mellom juni og august, og på fine dagar i juli kjem det "
            "over 3 000 til Skarvfossen.",
        ),
        (
            "table",
            ["Stad", "Besøk 2025", "Travlaste månad"],
            [
                ["Skarvfossen", "148 000", "Juli"],
                ["Trollhetta", "41 000", "August"],
                ["Skarvhamn (cruise og bubil)", "62 000", "Juli"],
                ["Storevatnet", "12 000", "Februar"],
            ],
            [70, 40, 50],
        ),
        ("h1", "3 Kor mykje toler Skarvfossen?"),
        (
            "p",
            "Ved Skarvfossen er det dei travlaste dagane, ikkje årstalet, som skaper problema. "
            "Over om lag 2 000 besøkande per dag blir vegkantparkeringa farleg, kantvegetasjonen "
            "langs elva blir tråkka ned, og naboane får ikkje køyrt til og frå garden. Vi set "
            "difor 2 000 per dag som ei øvre grense for kva staden toler utan nye tiltak.",
        ),
        ("h1", "4 Kva trengst på utfartsstadene?"),
        (
            "table",
            ["Utfartsstad", "Parkering", "Toalett", "Avfall"],
            [
                [
                    "Skarvfossen",
                    "Ny plass for 180 bilar og 10 bussar",
                    "Nytt servicebygg",
                    "Storcontainer, tømt dagleg i juli",
                ],
                [
                    "Trollhetta",
                    "Utviding med 60 plassar",
                    "Turtoalett ved parkeringa",
                    "Ingen dunkar på toppen («ta med deg bosset»)",
                ],
                ["Storevatnet", "Dagens plass er nok", "Turtoalett", "Dunk ved parkeringa"],
            ],
            [35, 45, 40, 40],
        ),
        (
            "p",
            "Parkeringsplassen ved Skarvfossen er privat og har hatt avgift sidan 2021.",
        ),
        ("h1", "5 Stien til Trollhetta"),
        (
            "p",
            "Stien er mange stader sliten ned til berget, og i bratta under toppen har det "
            "danna seg fleire parallelle far. Sommaren 2027 og 2028 skal sherpaar byggje "
            "steintrapper på dei brattaste partia, og stien blir lagt om utanom myra ved "
            "Kvilesteinen. Dei gamle fara blir stengde og tilsådde.",
        ),
        ("h1", "6 Før du går"),
        (
            "p",
            "Ved alle utfartsstadene kjem det informasjonstavler med kart, lengd og kor krevjande "
            "turen er, og det same ligg på nettsida til Visit Skarvheim på norsk, engelsk og "
            "tysk. Turen til Trollhetta blir merkt som krevjande, og tavla seier kor lang tid "
            "det tek å gå opp og ned.",
        ),
        (
            "p",
            "Skarvheimsvidda er ein del av villreinområdet Nordfjella–Skarvheim.",
        ),
        ("h1", "7 Kven gjer kva?"),
        (
            "p",
            "Kommunen set ned ei styringsgruppe for besøksforvaltning med kommunedirektøren, "
            "Visit Skarvheim og dei to grunneigarlaga i Skarvdalen. Kommunen har ansvar for "
            "planlegging og parkering, Visit Skarvheim for informasjon og marknadsføring, og "
            "grunneigarane for stiane på eigen grunn. Ein besøksforvaltar i halv stilling er "
            "sekretær for gruppa.",
        ),
        ("h1", "8 Meir att til bygda"),
        (
            "p",
            "I dag blir mykje av pengane til dei tilreisande brukte utanfor kommunen. Planen "
            "vil auke lokal omsetnad gjennom sal av lokalmat ved servicebygget, guida turar og "
            "overnatting på gardane, og gjennom ei felles bookingside for dei lokale tilboda.",
        ),
        (
            "p",
            "Cruiseanløpa i Skarvhamn blir handsama i den nye hamneplanen.",
        ),
        ("h1", "9 Slik følgjer vi med"),
        (
            "p",
            "Teljarane blir lesne av kvar månad. Kvart år rapporterer besøksforvaltaren tal på "
            "besøkande per stad, talet på redningsoppdrag, slitasjen på stien målt på fem faste "
            "punkt, og kva naboane og dei tilreisande meiner i ei kort spørjeundersøking.",
        ),
        ("h1", "10 Handlingsdel"),
        (
            "table",
            ["Tiltak", "Ansvarleg", "Kostnad (kr)"],
            [
                ["Ny parkeringsplass og servicebygg ved Skarvfossen", "Kommunen", "14 mill."],
                [
                    "Steintrapper og omlegging av stien til Trollhetta",
                    "Grunneigarlaget",
                    "3,2 mill.",
                ],
                ["Informasjonstavler og nettside", "Visit Skarvheim", "0,4 mill."],
                ["Besøksforvaltar, halv stilling", "Kommunen", "0,5 mill. per år"],
            ],
            [85, 40, 35],
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Temaplan for berekraftig besøksforvaltning 2027–2031",
        author="Skarvheim kommune",
        header="Skarvheim kommune – besøksforvaltning",
        lang="nn-NO",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Sidan 2023 har kommunen hatt",
            trap="a row of a 'Nr | Oppgåve' table; answered under a question heading ('Kor mange "
            "kjem, og når?') with a table of visits and the busiest month",
        ),
        P(
            "2",
            items[1],
            "content",
            "partial",
            ev="Ved Skarvfossen er det dei travlaste",
            missing=["tolegrensa på Trollhetta"],
            trap="one of two places: a limit of 2 000 a day is set for Skarvfossen only; the "
            "chapter heading restates the object in other words ('Kor mykje toler …')",
        ),
        P(
            "3",
            items[2],
            "content",
            "covered",
            ev="Utfartsstad Parkering Toalett Avfall",
            trap="answered by a table whose columns are the three things asked for",
        ),
        P(
            "4",
            items[3],
            "content",
            "uncovered",
            trap="named in passing: 'Parkeringsplassen ved Skarvfossen er privat og har hatt "
            "avgift'; no assessment of a municipal fee or brukarbetaling",
        ),
        P(
            "5",
            items[4],
            "content",
            "covered",
            ev="Stien er mange stader sliten",
            trap="answered in other words (steintrapper, stien lagt om, gamle far stengde); "
            "erosjon not named",
        ),
        P(
            "6",
            items[5],
            "content",
            "partial",
            ev="Ved alle utfartsstadene kjem det",
            missing=["vêrforhold", "skredfare"],
            trap="answered under 'Før du går' for route, length and difficulty only",
        ),
        P(
            "7",
            items[6],
            "content",
            "uncovered",
            trap="named in passing: 'Skarvheimsvidda er ein del av villreinområdet'; no "
            "verknader, beitedyra not named",
        ),
        P(
            "8",
            items[7],
            "content",
            "uncovered",
            trap="deferred: 'Cruiseanløpa i Skarvhamn blir handsama i den nye hamneplanen'",
        ),
        P(
            "9",
            items[8],
            "content",
            "covered",
            ev="Kommunen set ned ei styringsgruppe",
            trap="answered under 'Kven gjer kva?' (styringsgruppe, roles, besøksforvaltar)",
        ),
        P(
            "10",
            items[9],
            "content",
            "partial",
            ev="I dag blir mykje av pengane",
            missing=["arbeidsplassar heile året"],
            trap="lokal verdiskaping answered in other words (lokal omsetnad, lokalmat, guida "
            "turar); nothing on year-round jobs",
        ),
        P(
            "11",
            items[10],
            "content",
            "covered",
            ev="Teljarane blir lesne av kvar månad",
            trap="answered under 'Slik følgjer vi med'; the word indikatorar is not used",
        ),
        P(
            "S1",
            s1,
            "deliverable",
            "covered",
            ev="Tiltak Ansvarleg Kostnad (kr)",
            trap="a requirement at the end of the Bakgrund; answered by the handlingsdel table",
        ),
        P(
            "S2",
            s2,
            "process",
            "partial",
            ev="Planen er laga av kommunen",
            missing=["grunneigarlaga"],
            trap="the introduction names a arbeidsverkstad with the reiselivsbedriftene only; "
            "the grunneigarlaga appear later as members of the styringsgruppe, not as invited "
            "to the workshop",
        ),
        P(
            "S3",
            s3,
            "process",
            "uncovered",
            trap="ungdomsrådet named in passing (a request for buses); eldrerådet not named; the "
            "hearing in the introduction is not a uttale from the two councils before it",
        ),
    ]
    return dict(
        language="nn",
        mandate="planprogram.pdf",
        plan="plan.docx",
        producer="planprogram PDF (nynorsk): a requirement at the end of the Bakgrunn, eleven "
        "tasks as the rows of a two-column 'Nr | Oppgåve' table that runs over the page break "
        "(header row repeated), two requirements in the Medverknad paragraph between sentences "
        "that are none, a Framdrift table (not a point); plan .docx with tables for visits, "
        "utfartsstader and a handlingsdel",
        points=pts,
    )


# =========================================================================== 3 lade (da)


@pair
def lade(d: Path) -> dict:
    items = [
        "Kortlægge den nuværende offentlige ladeinfrastruktur i kommunen, herunder antallet af "
        "ladepunkter og hvor de er placeret.",
        "Give et skøn over behovet for offentlige ladepunkter frem mod 2030 og 2035 på baggrund "
        "af den forventede udvikling i antallet af elbiler.",
        "Vurdere, hvor der er behov for ladepunkter til beboere uden egen parkeringsplads, "
        "særligt i etageboligområderne.",
        "Beskrive mulighederne for lynladere langs de store indfaldsveje og ved "
        "motorvejsafkørslen ved Ravnsø Nord.",
        "Redegøre for, hvordan kommunen kan stille sine arealer til rådighed for private "
        "ladeoperatører, og på hvilke vilkår.",
        "Vurdere, om kommunen skal stille krav om ladepunkter i nye lokalplaner for boliger og "
        "erhverv.",
        "Beskrive behovet for opladning af kommunens egne køretøjer, herunder hjemmeplejens biler.",
        "Vurdere, hvordan ladestandere kan placeres, så de ikke forringer bymiljøet eller "
        "fremkommeligheden for gående og kørestolsbrugere.",
        "Redegøre for kapaciteten i elnettet i samarbejde med netselskabet.",
        "Beskrive behovet for opladning af tunge køretøjer som busser og lastbiler.",
        "Foreslå en model for opfølgning, hvor udbygningen gøres op én gang om året.",
    ]
    s1 = "Strategien skal indeholde et kort, der viser eksisterende og planlagte ladepunkter."
    s2 = "Udkastet skal forelægges Handicaprådet og Grønt Råd, inden det sendes i offentlig høring."
    s3 = "Strategien skal vedtages af byrådet senest i december 2026."
    body = [
        "Kære Mette",
        "Som aftalt på mødet i Teknik- og Miljøudvalget den 10. marts sender jeg hermed "
        "udvalgets bestilling af en strategi for offentlig ladeinfrastruktur. Antallet af "
        "elbiler i Ravnsø er tredoblet på tre år, og borgerne henvender sig jævnligt, fordi "
        "de ikke kan lade bilen, hvor de bor. Også erhvervslivet og boligforeningerne efterspørger "
        "en klar linje fra kommunen. Udvalget ønsker et samlet grundlag for, hvor "
        "kommunen skal gøre en indsats, og hvor markedet selv kan løse opgaven. " + s1,
        "Udvalget er opmærksomt på, at flere kommuner har gode erfaringer med udbud af "
        "ladeinfrastruktur, og at staten fra 2025 har givet kommunerne bedre mulighed for at "
        "stille deres arealer til rådighed. Klimaplanen fra 2024 og kommuneplanens "
        "retningslinjer for parkering danner rammen om arbejdet, og Center for Plan og Miljø "
        "har allerede samlet data om de eksisterende ladestandere fra operatørerne.",
        "Udvalget har formuleret bestillingen i punkter nedenfor. Omfanget af de enkelte "
        "punkter kan tilpasses efter behov.",
        *[f"<b>Bestilling:</b> {t}" for t in items],
        "Arbejdet forankres i Center for Plan og Miljø med deltagelse fra Ejendomme og "
        "Hjemmeplejen. Borgerne har allerede sendt mange forslag via kommunens høringsportal. "
        + s2
        + " "
        + s3,
        "Skriv endelig, hvis noget er uklart.",
        "Med venlig hilsen<br/>Søren Kjær<br/>Udvalgssekretær, Teknik- og Miljøudvalget<br/>"
        "Ravnsø Kommune · Rådhustorvet 1 · 4690 Ravnsø",
    ]
    build_mail_pdf(
        d / "bestilling.pdf",
        head=[
            ("Fra:", "Søren Kjær &lt;sokj@ravnsoe.dk&gt;"),
            ("Sendt:", "12. marts 2026 09:41"),
            ("Til:", "Mette Lund &lt;melu@ravnsoe.dk&gt;"),
            ("Cc:", "Teknik- og Miljøudvalget"),
            ("Emne:", "Bestilling – strategi for offentlig ladeinfrastruktur"),
            ("Sagsnr.:", "26/04113"),
        ],
        title="Bestilling – strategi for offentlig ladeinfrastruktur",
        banner="Ravnsø Kommune Mail – Bestilling – strategi for offentlig ladeinfrastruktur",
        body=body,
        author="Ravnsø Kommune",
    )
    p = [
        ("title", "Strategi for offentlig ladeinfrastruktur 2027–2035"),
        ("meta", "Ravnsø Kommune · Center for Plan og Miljø · Sagsnr. 26/04113"),
        ("h1", "1 Indledning"),
        (
            "p",
            "Strategien er udarbejdet af Center for Plan og Miljø sammen med Ejendomme og "
            "Hjemmeplejen. Borgerne kunne komme med forslag på høringsportalen i april 2026, og "
            "der kom 214 forslag. Handicaprådet drøftede udkastet på sit møde den 3. september "
            "2026, og rådets bemærkninger om fortovene er indarbejdet i kapitel 7. Udkastet var "
            "i offentlig høring fra 14. september til 12. oktober 2026.",
        ),
        ("h1", "2 Status 2026"),
        (
            "p",
            "I dag er der 86 offentligt tilgængelige ladepunkter fordelt på 31 adresser i "
            "kommunen. 58 af dem står i Ravnsø by, 17 i Hvidkilde og 11 i de mindre byer. Kun 6 "
            "er lynladere. Kortet i bilag 2 viser, hvor ladepunkterne står i dag.",
        ),
        (
            "p",
            "Kommunen ejer i dag 12 ladestandere ved rådhuset og biblioteket.",
        ),
        ("h1", "3 Hvor mange ladepunkter får vi brug for?"),
        (
            "p",
            "Energistyrelsens fremskrivning viser, at der vil være omkring 9 000 elbiler i "
            "Ravnsø i 2030. De fleste lader hjemme, men hver femte elbilejer har ikke adgang "
            "til egen parkeringsplads. Vi regner derfor med et behov for omkring 450 offentlige "
            "ladepunkter i 2030, altså fem gange så mange som i dag.",
        ),
        ("h1", "4 Ladning for dem, der bor i lejlighed"),
        (
            "p",
            "Behovet er størst i Søndervang, Parkbyen og bymidten i Ravnsø, hvor de fleste bor "
            "i lejlighed og parkerer på gaden eller på fælles p-pladser. Her skal der inden 2028 "
            "være ladepunkter på alle kommunale p-pladser med mere end 20 pladser, og kommunen "
            "vil tilbyde boligforeningerne rådgivning om ladning på deres egne arealer.",
        ),
        ("h1", "5 Hurtigladning"),
        (
            "p",
            "Langs Ringstedvej, Køgevej og Hovedgaden er der plads til lynladere ved de "
            "eksisterende tankstationer og ved dagligvarebutikkerne. Kommunen vil i lokalplanerne "
            "for de tre indfaldsveje give mulighed for ladeparker med op til 12 lynladere.",
        ),
        ("h1", "6 Kommunens p-pladser som ladepladser"),
        (
            "p",
            "Kommunen udbyder retten til at opstille ladestandere på sine p-pladser i tre "
            "pakker. Operatøren betaler installation og drift, får en koncession på ti år og "
            "betaler en årlig leje pr. ladepunkt. Kommunen stiller krav om, at alle kan lade "
            "uden abonnement, og at prisen vises tydeligt.",
        ),
        ("h1", "7 Plads til alle på fortovet"),
        (
            "p",
            "Ladestandere placeres i p-båsens forkant eller i en udbygning af kantstenen, så "
            "fortovet altid har mindst 1,5 meter fri bredde. Kabler må ikke krydse fortovet, og "
            "standerne må ikke stå i ledelinjer for blinde og svagsynede.",
        ),
        ("h1", "8 Kommunens egen bilpark"),
        (
            "p",
            "Kommunen har 148 biler, heraf 64 i Hjemmeplejen. Alle Hjemmeplejens biler er "
            "elbiler fra 2028, og der etableres 70 ladepunkter ved Hjemmeplejens tre baser, så "
            "bilerne kan lade om natten. De øvrige centre får ladepunkter i takt med, at bilerne "
            "udskiftes.",
        ),
        (
            "p",
            "Elnettet i bymidten blev fornyet i 2019. Ladning af busser og lastbiler tages op i "
            "den kommende trafikplan.",
        ),
        ("h1", "9 Sådan følger vi op"),
        (
            "p",
            "Hvert år i januar gør forvaltningen status over antal ladepunkter, hvor de står, og "
            "hvor meget de bruges. Status forelægges Teknik- og Miljøudvalget sammen med et "
            "forslag til, hvilke områder der skal prioriteres det kommende år.",
        ),
        ("h1", "10 Den politiske behandling"),
        (
            "p",
            "Strategien behandles i Teknik- og Miljøudvalget den 23. november og i byrådet den "
            "15. december 2026.",
        ),
    ]
    build_odt(
        p,
        d / "plan.odt",
        title="Strategi for offentlig ladeinfrastruktur 2027–2035",
        author="Ravnsø Kommune",
        header="Ravnsø Kommune – ladestrategi",
        lang="da-DK",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="I dag er der 86 offentligt",
            trap="a paragraph opening '<b>Bestilling:</b>' in an e-mail, no number printed "
            "(numbered by position); answered under 'Status 2026'",
        ),
        P(
            "2",
            items[1],
            "content",
            "partial",
            ev="Energistyrelsens fremskrivning viser",
            missing=["behovet frem mod 2035"],
            trap="a question heading; the need is given for 2030 only",
        ),
        P(
            "3",
            items[2],
            "content",
            "covered",
            ev="Behovet er størst i Søndervang",
            trap="answered under 'Ladning for dem, der bor i lejlighed' (etageboligområderne in "
            "other words)",
        ),
        P(
            "4",
            items[3],
            "content",
            "partial",
            ev="Langs Ringstedvej, Køgevej og Hovedgaden",
            missing=["motorvejsafkørslen ved Ravnsø Nord"],
            trap="the indfaldsveje are answered under 'Hurtigladning' (lynladere not named in "
            "the heading); the motorway exit is not",
        ),
        P(
            "5",
            items[4],
            "content",
            "covered",
            ev="Kommunen udbyder retten til",
            trap="answered under 'Kommunens p-pladser som ladepladser' (koncession, leje, krav)",
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="shared words without an answer: the lokalplaner for the three indfaldsveje "
            "'give mulighed for ladeparker' (chapter 5); no requirement for charging points in "
            "new lokalplaner for housing and business is weighed",
        ),
        P(
            "7",
            items[6],
            "content",
            "covered",
            ev="Kommunen har 148 biler",
            trap="answered under 'Kommunens egen bilpark'",
        ),
        P(
            "8",
            items[7],
            "content",
            "partial",
            ev="Ladestandere placeres i p-båsens forkant",
            missing=["bymiljøet"],
            trap="answered under 'Plads til alle på fortovet' for gående and (in other words) "
            "kørestole and the blind; nothing on how the stands fit the bymiljø",
        ),
        P(
            "9",
            items[8],
            "content",
            "uncovered",
            trap="named in passing: 'Elnettet i bymidten blev fornyet i 2019'; no capacity, no "
            "netselskab",
        ),
        P(
            "10",
            items[9],
            "content",
            "uncovered",
            trap="deferred: 'tages op i den kommende trafikplan'",
        ),
        P(
            "11",
            items[10],
            "content",
            "covered",
            ev="Hvert år i januar gør forvaltningen",
            trap="answered under 'Sådan følger vi op'",
        ),
        P(
            "S1",
            s1,
            "deliverable",
            "partial",
            ev="I dag er der 86 offentligt",
            missing=["planlagte ladepunkter på kortet"],
            trap="a requirement at the end of the e-mail's first paragraph; the map in bilag 2 "
            "shows today's points only",
        ),
        P(
            "S2",
            s2,
            "process",
            "partial",
            ev="Strategien er udarbejdet af Center",
            missing=["Grønt Råd"],
            trap="Handicaprådet discussed the draft before the hearing (introduction); Grønt Råd "
            "is not named",
        ),
        P(
            "S3",
            s3,
            "process",
            "covered",
            ev="Strategien behandles i Teknik- og",
            trap="answered by the last chapter (byrådet 15. december 2026)",
        ),
    ]
    return dict(
        language="da",
        mandate="bestilling.pdf",
        plan="plan.odt",
        producer="bestilling as an e-mail printed to PDF (reportlab, Helvetica): a Fra/Sendt/"
        "Til/Emne block, a requirement at the end of the first paragraph, eleven points as "
        "paragraphs opening with a bold 'Bestilling:' (no numbers), two requirements at the end "
        "of a paragraph after sentences that are none, a signature; plan .odt (Word saved by "
        "Writer)",
        points=pts,
    )


# =========================================================================== 4 lekplats (sv)


@pair
def lekplats(d: Path) -> dict:
    items = [
        "beskriva kommunens samtliga lekplatser, deras skick och vilken utrustning som finns",
        "redovisa hur långt barn i olika bostadsområden har till närmaste lekplats",
        "föreslå vilka lekplatser som ska rustas upp, vilka som ska läggas ned och var det "
        "behövs nya",
        "beskriva hur lekplatserna kan göras tillgängliga för barn med funktionsnedsättning",
        "redovisa hur barn och föräldrar har fått tycka till om lekplatserna",
        "föreslå en indelning i stadsdelslekplatser, områdeslekplatser och närlekplatser",
        "beskriva hur lekplatserna ska skötas och kontrolleras enligt gällande säkerhetsstandard",
        "redovisa kostnaderna för upprustning och för den årliga driften",
        "belysa hur lekplatserna kan ge skugga och svalka under varma somrar",
        "beskriva hur skolgårdar och förskolegårdar kan användas för lek efter skoltid",
        "föreslå hur naturlek och lek i parker och grönområden kan tas tillvara.",
    ]
    s1 = "Planen ska innehålla en karta över samtliga lekplatser."
    s2 = (
        "Innan planen antas ska den ha stämts av med barn- och utbildningsnämnden, som ansvarar "
        "för skolgårdarna."
    )
    s3 = "Planen ska antas av samhällsbyggnadsnämnden."
    m = [
        ("meta", "ULVSJÖ KOMMUN · Samhällsbyggnadsnämnden"),
        ("meta", "Tjänsteskrivelse · Dnr SBN 2026/214 · 2026-02-17"),
        ("title", "Uppdrag att ta fram en lekplatsplan"),
        ("h2", "Ärendet"),
        (
            "p",
            "Ulvsjö kommun förvaltar 42 lekplatser. Många av dem byggdes på 1970- och "
            "1980-talen, och flera har fått utrustning borttagen efter besiktning utan att ny "
            "har satts upp. Samtidigt växer kommunen i Norrby och Ängsdalen, där det saknas "
            "lekplatser. Kommunen har aldrig haft en samlad plan för lekplatserna. " + s1,
        ),
        ("h2", "Förslag till uppdrag"),
        (
            "p",
            "Samhällsbyggnadsförvaltningen får i uppdrag att ta fram en lekplatsplan för åren "
            "2027–2036. Planen ska bland annat:",
        ),
        *dashes(items),
        ("h2", "Förankring"),
        (
            "p",
            "Arbetet leds av parkenheten. Fritidsgårdarna och föreningslivet bjuds in till ett "
            "dialogmöte. " + s2 + " " + s3,
        ),
        ("meta", "Lena Ek, parkchef"),
    ]
    build_odt(
        m,
        d / "uppdrag.odt",
        title="Uppdrag – lekplatsplan",
        author="Ulvsjö kommun",
        header="Ulvsjö kommun – tjänsteskrivelse",
        lang="sv-SE",
    )
    p = [
        ("title", "Lekplatsplan för Ulvsjö kommun 2027–2036"),
        ("meta", "Antagen av samhällsbyggnadsnämnden 2026-11-19, § 142 · Dnr SBN 2026/214"),
        ("h1", "1 Inledning"),
        (
            "p",
            "Planen har tagits fram av parkenheten. Under våren 2026 fick 380 elever i årskurs "
            "3 och 5 rita sin drömlekplats och markera sina favoritplatser på en karta, och 620 "
            "föräldrar svarade på en webbenkät. Fritidsgårdarna och föreningarna deltog i ett "
            "dialogmöte i maj. Synpunkterna redovisas i bilaga 3.",
        ),
        ("h1", "2 Våra lekplatser i dag"),
        (
            "p",
            "Alla kommunens 42 lekplatser besiktigades hösten 2025. Kartan i bilaga 1 visar var "
            "de ligger. Tabellen visar hur många lekplatser som är i gott, godtagbart och dåligt "
            "skick i varje område.",
        ),
        (
            "table",
            ["Område", "Lekplatser", "Gott skick", "Godtagbart", "Dåligt skick"],
            [
                ["Centrum", "9", "4", "3", "2"],
                ["Norrby", "6", "1", "2", "3"],
                ["Ängsdalen", "3", "2", "1", "0"],
                ["Västra Ulvsjö", "14", "3", "6", "5"],
                ["Byarna", "10", "2", "4", "4"],
            ],
            [40, 30, 30, 30, 30],
        ),
        ("h1", "3 Nära till lek"),
        (
            "p",
            "Små barn ska inte behöva gå mer än 300 meter till en lekplats. I dag bor 82 procent "
            "av barnen under tolv år inom 300 meter från en lekplats. Avstånden är längst i de "
            "nya delarna av Norrby och Ängsdalen, där många barn har mer än 800 meter och måste "
            "korsa Storvägen.",
        ),
        ("h1", "4 Tre sorters lekplatser"),
        (
            "p",
            "Kommunens lekplatser delas in i tre nivåer. Utflyktslekplatserna i Ulvsjöparken och "
            "vid Badviken är stora och lockar familjer från hela kommunen. Kvarterslekplatserna "
            "ska finnas i varje bostadsområde och ha lek för flera åldrar. Små lekplatser nära "
            "hemmet har några få redskap för de minsta barnen.",
        ),
        ("h1", "5 Vad ska göras?"),
        (
            "p",
            "Under planperioden rustas fjorton lekplatser upp, först de sju som är i dåligt skick "
            "i Norrby och Västra Ulvsjö. Två nya kvarterslekplatser byggs i Norrby och en i "
            "Ängsdalen. Sommaren 2025 var den varmaste som uppmätts i Ulvsjö.",
        ),
        (
            "p",
            "Parkeringen vid Badviken fick nya handikapplatser 2024.",
        ),
        ("h1", "6 Säkra lekplatser"),
        (
            "p",
            "Alla lekplatser besiktigas en gång om året av en certifierad besiktningsman enligt "
            "SS-EN 1176. Brister som kan orsaka allvarliga skador åtgärdas samma vecka.",
        ),
        ("h1", "7 Skolgården – en lekplats efter skoltid"),
        (
            "p",
            "Skolgårdarna och förskolornas gårdar är öppna för alla efter skoltid och på helger. "
            "När en skolgård rustas upp ska den utformas så att den också fungerar som "
            "kvarterslekplats för barnen i området. Barn- och utbildningsnämnden ansvarar för "
            "skolgårdarna.",
        ),
        (
            "p",
            "Hur naturlek i skogsdungarna och parkerna kan utvecklas tas upp i grönplanen, som "
            "tas fram under 2027.",
        ),
        ("h1", "8 Kostnader"),
        (
            "p",
            "Upprustningen av de fjorton lekplatserna kostar cirka 21 miljoner kronor och de tre "
            "nya lekplatserna cirka 7,5 miljoner kronor. Beloppen fördelas över "
            "investeringsbudgeten 2027–2032.",
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Lekplatsplan för Ulvsjö kommun 2027–2036",
        author="Ulvsjö kommun",
        header="Ulvsjö kommun – lekplatsplan",
        lang="sv-SE",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "partial",
            ev="Alla kommunens 42 lekplatser besiktigades",
            missing=["vilken utrustning som finns"],
            trap="typed '– ' without a hanging indent, numbered by position; a table of skick "
            "per område answers the overview of condition, no equipment is listed",
        ),
        P(
            "2",
            items[1],
            "content",
            "covered",
            ev="Små barn ska inte behöva gå",
            trap="answered under 'Nära till lek' (300 meter, 82 procent, longest in Norrby and "
            "Ängsdalen)",
        ),
        P(
            "3",
            items[2],
            "content",
            "partial",
            ev="Under planperioden rustas fjorton",
            missing=["vilka lekplatser som ska läggas ned"],
            trap="answered under a question heading ('Vad ska göras?'): upprustning and new ones",
        ),
        P(
            "4",
            items[3],
            "content",
            "uncovered",
            trap="named in passing: 'Parkeringen vid Badviken fick nya handikapplatser'; "
            "nothing on accessible play",
        ),
        P(
            "5",
            items[4],
            "process",
            "covered",
            ev="Planen har tagits fram av parkenheten",
            trap="a process point inside the list; answered in the introduction (drawings by "
            "pupils, a webbenkät for parents)",
        ),
        P(
            "6",
            items[5],
            "content",
            "covered",
            ev="Kommunens lekplatser delas in i tre",
            trap="answered in other words: utflyktslekplatser, kvarterslekplatser, små "
            "lekplatser nära hemmet for the three levels asked for",
        ),
        P(
            "7",
            items[6],
            "content",
            "partial",
            ev="Alla lekplatser besiktigas en gång",
            missing=["skötsel"],
            trap="the yearly inspection under SS-EN 1176 answers kontroll; no day-to-day upkeep",
        ),
        P(
            "8",
            items[7],
            "content",
            "partial",
            ev="Upprustningen av de fjorton",
            missing=["årlig driftskostnad"],
            trap="investment only; the yearly running cost is not given",
        ),
        P(
            "9",
            items[8],
            "content",
            "uncovered",
            trap="named in passing: 'Sommaren 2025 var den varmaste som uppmätts'; no shade, no "
            "svalka",
        ),
        P(
            "10",
            items[9],
            "content",
            "covered",
            ev="Skolgårdarna och förskolornas gårdar",
            trap="the chapter heading restates the object ('Skolgården – en lekplats efter "
            "skoltid')",
        ),
        P(
            "11",
            items[10],
            "content",
            "uncovered",
            trap="deferred: 'tas upp i grönplanen, som tas fram under 2027'",
        ),
        P(
            "S1",
            s1,
            "deliverable",
            "covered",
            ev="Alla kommunens 42 lekplatser besiktigades",
            trap="a requirement at the end of 'Ärendet'; met by 'Kartan i bilaga 1 visar var de "
            "ligger'",
        ),
        P(
            "S2",
            s2,
            "process",
            "uncovered",
            trap="the nämnd is named in passing as responsible for the schoolyards (the same "
            "words as the requirement's own relative clause); no avstämning before adoption",
        ),
        P(
            "S3",
            s3,
            "process",
            "covered",
            ev="Antagen av samhällsbyggnadsnämnden",
            trap="the last sentence of 'Förankring'; met by the adoption line under the title",
        ),
    ]
    return dict(
        language="sv",
        mandate="uppdrag.odt",
        plan="plan.pdf",
        producer="tjänsteskrivelse .odt (Word saved by Writer, Swedish): a requirement at the "
        "end of 'Ärendet', eleven points typed '– ' with a space and no hanging indent after "
        "'Planen ska bland annat:' (lower case, no full stop but the last), one of them a "
        "process point, two requirements at the end of 'Förankring' after sentences that are "
        "none; plan "
        "PDF with a table of lekplatser per område",
        points=pts,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    check = _b5._b3._first_batch_builder().check_points_in_mandate
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        check(d, info["mandate"], info["points"])
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind8/make_pairs.py.\n"
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
        print(f"{name}: {len(info['points'])} points {n} plan pages {len(pages)}")


if __name__ == "__main__":
    main(sys.argv[1:])
