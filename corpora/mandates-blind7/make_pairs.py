"""Build the seventh blind batch of mandate/plan pairs under corpora/mandates-blind7/ and their gold.

Written on 2026-12-02 without reading plancheck's code, from how mandates are really delivered:
a planprogram in Word for a kommunedelplan for overvann whose themes are the rows of a
"Tema | Beskrivelse" table, with requirements in the prose before and after it; a saksframlegg
(PDF) for an eiendomsstrategi whose innstilling has points typed "a)⇥" … "k)⇥" and a
requirement after the list, with two more in the Vurdering; a nynorsk oppdrag saved from Word
as .odt whose points are typed "Pkt. 1⇥" (point 6 over the page break); and a Swedish
uppdragsbeskrivning in Word with Word's own numbering. Plans answer in their own words,
sometimes partly, sometimes only in passing or by deferring to another plan; each trap is noted
in the gold. One plan is written directly with odfpy (no LibreOffice round trip).

    python corpora/mandates-blind7/make_pairs.py                  # all pairs
    python corpora/mandates-blind7/make_pairs.py overvann cykel   # some pairs

Imports the sixth batch's builder (corpora/mandates-blind6/make_pairs.py: its point helpers and,
through the fifth and third batches, the Writer (.odt) export), the block and gold writer of
corpora/mandates-blind/_build.py and the first batch's construction check (every point's text
is printed in the mandate). Everything is pinned (zip times, core properties, PDF dates/ids,
meta.xml), so a rebuild gives the same files. Evidence pages are read from the plan as
LibreOffice renders it.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import build_docx, build_pdf, rendered_pages, write_gold  # noqa: E402
from _odf_helpers import freeze_zip  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b6 = _load("mandates_blind6_make_pairs", HERE.parent / "mandates-blind6" / "make_pairs.py")
P, build_odt, marked = _b6.P, _b6.build_odt, _b6.marked
_b5 = _b6._b5

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def build_odfpy(blocks: list[tuple], path: Path, *, title: str, lang: str = "nn") -> Path:
    """An .odt written directly with odfpy, as some case systems export it: named paragraph
    styles, real headings (text:h), a plain table; no LibreOffice round trip."""
    from odf.opendocument import OpenDocumentText
    from odf.style import (
        ParagraphProperties,
        Style,
        TableColumnProperties,
        TextProperties,
    )
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H
    from odf.text import P as OP

    doc = OpenDocumentText()
    country = {"nn": "NO", "nb": "NO", "sv": "SE"}[lang]

    def pstyle(name, size, bold=False, color="#000000", before="0cm", after="0.2cm"):
        st = Style(name=name, family="paragraph")
        st.addElement(
            TextProperties(
                fontsize=f"{size}pt",
                fontfamily="'Liberation Sans'",
                fontweight="bold" if bold else "normal",
                color=color,
                language=lang,
                country=country,
            )
        )
        st.addElement(ParagraphProperties(margintop=before, marginbottom=after))
        doc.styles.addElement(st)
        return st

    st_title = pstyle("Tittel", 20, True, "#1F3864", after="0.35cm")
    st_meta = pstyle("Meta", 9, color="#555555", after="0.08cm")
    st_h1 = pstyle("Overskrift1", 14, True, "#1F3864", before="0.45cm", after="0.15cm")
    st_body = pstyle("Brodtekst", 11)
    st_cell = pstyle("Tabellinnhald", 9.5, after="0.05cm")
    st_head = pstyle("Tabelloverskrift", 9.5, True, after="0.05cm")
    doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(text=title))
    ntab = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.text.addElement(OP(stylename=st_title, text=b[1]))
        elif kind == "meta":
            doc.text.addElement(OP(stylename=st_meta, text=b[1]))
        elif kind == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=st_h1, text=b[1]))
        elif kind == "p":
            doc.text.addElement(OP(stylename=st_body, text=b[1]))
        elif kind == "table":
            _, head, rows, widths = b
            ntab += 1
            t = Table(name=f"Tabell{ntab}")
            for j, w in enumerate(widths):
                cs = Style(name=f"T{ntab}C{j}", family="table-column")
                cs.addElement(TableColumnProperties(columnwidth=f"{w / 10}cm"))
                doc.automaticstyles.addElement(cs)
                t.addElement(TableColumn(stylename=cs))
            for r, st in [(head, st_head)] + [(r, st_cell) for r in rows]:
                tr = TableRow()
                for c in r:
                    tc = TableCell(valuetype="string")
                    tc.addElement(OP(stylename=st, text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(OP(stylename=st_body, text=""))
        else:
            raise ValueError(kind)
    doc.save(str(path))
    freeze_zip(path)
    return path


# =========================================================================== 1 overvann (nb)


@pair
def overvann(d: Path) -> dict:
    rows = [
        (
            "Dagens situasjon",
            "Beskrive dagens overvannssystem, kapasiteten i ledningsnettet og "
            "hvor det har vært skader etter kraftig nedbør de siste ti årene.",
        ),
        (
            "Klimaendringer",
            "Vurdere hvor mye nedbøren og styrtregnene vil øke fram mot 2100, og "
            "hva det betyr for dimensjonering av ledninger og kulverter.",
        ),
        (
            "Flomveier",
            "Kartlegge naturlige flomveier og vurdere hvordan de kan sikres mot utbygging.",
        ),
        (
            "Tretrinnsstrategien",
            "Vise hvordan tretrinnsstrategien med infiltrasjon, fordrøyning "
            "og trygg bortledning skal brukes i nye og eksisterende områder.",
        ),
        (
            "Blågrønne løsninger",
            "Vurdere bruk av åpne bekker, regnbed og grønne tak, og om "
            "lukkede bekker bør åpnes igjen.",
        ),
        (
            "Vannkvalitet",
            "Beskrive hvordan forurenset overvann fra veier og industriområder "
            "påvirker Hallingselva, og hvilke rensetiltak som trengs.",
        ),
        (
            "Krav til utbyggere",
            "Foreslå krav til overvannshåndtering i kommuneplanens "
            "bestemmelser og i reguleringsplaner, herunder krav om fordrøyning på egen tomt.",
        ),
        (
            "Ansvar",
            "Avklare ansvarsdelingen mellom kommunalteknikk, plan og byggesak og private "
            "grunneiere.",
        ),
        (
            "Kritisk infrastruktur",
            "Vurdere risikoen for oversvømmelse av sykehjem, skoler, "
            "pumpestasjoner og andre viktige samfunnsfunksjoner.",
        ),
        ("Gebyr", "Vurdere om kommunen skal innføre et eget overvannsgebyr."),
        (
            "Beredskap",
            "Beskrive kommunens beredskap ved styrtregn, herunder varsling av innbyggerne.",
        ),
    ]
    items = [r[1] for r in rows]
    s1 = "Planen skal ha et aktsomhetskart som viser flomveier og forsenkninger i hele kommunen."
    s2 = (
        "Velforeningene på Sletta og Nedre Berg, der mange kjellere ble oversvømt i 2023, skal "
        "inviteres til egne møter."
    )
    m = [
        ("meta", "HALLINGSET KOMMUNE"),
        ("title", "Planprogram for kommunedelplan for overvann 2027–2037"),
        (
            "meta",
            "Fastsatt av utvalg for teknikk og miljø 11.03.2026, sak 12/26 · Arkivsak 25/3301",
        ),
        ("h1", "1 Bakgrunn"),
        (
            "p",
            "Styrtregnet 14. august 2023 satte store deler av Sletta og Nedre Berg under vann. "
            "Over 200 kjellere ble oversvømt, og to bruer i Hallingselva måtte stenges. Kommunen "
            "har til nå løst overvann i hver enkelt byggesak, uten en samlet plan for hvor vannet "
            "skal gå. " + s1 + " Planen utarbeides som en tematisk kommunedelplan etter plan- og "
            "bygningsloven § 11-1.",
        ),
        ("h1", "2 Mål for planarbeidet"),
        (
            "p",
            "Planen skal sikre at overvann håndteres slik at det ikke gir skade på liv, helse "
            "og bygninger, og at vannet blir en ressurs i bymiljøet i stedet for et problem i "
            "rørene.",
        ),
        ("h1", "3 Utredningstemaer"),
        (
            "p",
            "Tabellen viser hvilke temaer planen skal utrede. Temaene kan slås sammen i "
            "planbeskrivelsen.",
        ),
        ("table", ["Tema", "Beskrivelse"], [list(r) for r in rows], [38, 122]),
        ("h1", "4 Medvirkning"),
        (
            "p",
            "Oppstart varsles i Hallingsetposten og på kommunens nettside, og berørte "
            "statlige etater får brev. " + s2 + " Planforslaget legges ut til offentlig "
            "ettersyn i seks uker.",
        ),
        ("h1", "5 Framdrift"),
        (
            "table",
            ["Fase", "Tidspunkt"],
            [
                ["Planprogram fastsatt", "Mars 2026"],
                ["Planforslag til 1. gangs behandling", "Desember 2026"],
                ["Offentlig ettersyn", "Januar–februar 2027"],
                ["Vedtak i kommunestyret", "April 2027"],
            ],
            [90, 50],
        ),
    ]
    build_docx(
        m,
        d / "planprogram.docx",
        title="Planprogram – kommunedelplan for overvann",
        author="Hallingset kommune",
        header="Hallingset kommune – planprogram overvann",
    )
    p = [
        ("title", "Kommunedelplan for overvann 2027–2037"),
        (
            "meta",
            "Hallingset kommune · Planbeskrivelse med bestemmelser · Vedtatt av "
            "kommunestyret 22.04.2027, sak 31/27",
        ),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen er utarbeidet av kommunalteknikk i samarbeid med plan og byggesak. "
            "Beboerne i de to områdene som ble hardest rammet i 2023, ble invitert til åpne møter "
            "på Sletta skole og i grendehuset på Nedre Berg i mai 2026, og innspillene derfra er "
            "tatt med i kapittel 4 og 9. Planen har vært på offentlig ettersyn fra 5. januar til "
            "16. februar 2027.",
        ),
        ("p", "Hallingselva renner gjennom sentrum og er viktig for både fisk og friluftsliv."),
        ("h1", "Mål"),
        (
            "p",
            "Kommunestyret har vedtatt tre mål for overvannsarbeidet i planperioden. For det "
            "første skal overvann ikke føre til skade på liv og helse eller på viktige bygg. For "
            "det andre skal vannet i størst mulig grad tas hånd om på overflaten, der det faller, "
            "og ikke i rør. For det tredje skal overvannsløsningene gjøre tettstedet grønnere og "
            "triveligere. Målene skal nås innenfor de økonomiske rammene i handlingsdelen.",
        ),
        (
            "p",
            "Planen gjelder hele kommunen, men tiltakene er konsentrert om Hallingset "
            "sentrum, Sletta og Nedre Berg, der bebyggelsen er tettest og skadene har vært "
            "størst. Planen er retningsgivende for kommunens egne prosjekter. Bestemmelsene i "
            "kapittel 7 blir juridisk bindende når de er tatt inn i kommuneplanens arealdel.",
        ),
        ("h1", "2 Hva skjedde i 2023, og hvorfor?"),
        (
            "p",
            "Det meste av ledningsnettet i sentrum ble lagt mellom 1955 og 1980 som "
            "fellesledninger, der overvann og spillvann går i samme rør. Rørene er dimensjonert "
            "for et regn som kommer om lag hvert tiende år. I august 2023 falt det 48 mm på to "
            "timer. Nettet gikk fullt etter kort tid, vannet fant veien ned i kjellere på Sletta og "
            "Nedre Berg, og kulverten under Storgata gikk tett. Også i 2015 og 2019 hadde vi skader, "
            "men mindre. Til sammen har kommunen og forsikringsselskapene betalt ut om lag 38 mill. "
            "kr etter de tre hendelsene.",
        ),
        (
            "p",
            "Skadene i 2023 var størst der terrenget heller ned mot bebyggelsen. På Sletta "
            "rant vannet fra jordene ovenfor boligfeltet rett ned i gatene, og på Nedre Berg "
            "samlet det seg i en forsenkning ved krysset mellom Bergveien og Løkkeveien. Mange "
            "kjellere hadde ikke tilbakeslagsventil, og vann fra fellesledningene presset seg opp "
            "gjennom sluk i kjellergulvet. Det meste av skadene skyldtes altså at vannet ikke hadde "
            "noe annet sted å gå enn i rørene.",
        ),
        (
            "p",
            "Om lag 40 prosent av fellesledningene er separert. Resten skal separeres i takt "
            "med fornyelsen av vann- og avløpsnettet fram mot 2045.",
        ),
        ("h1", "3 Mer og kraftigere regn"),
        (
            "p",
            "Klimaprofilen for Buskerud viser at årsnedbøren vil øke med om lag 10 prosent og "
            "at de kraftigste regnskyllene vil bli om lag 30 prosent kraftigere mot slutten av "
            "århundret. Kortvarig, kraftig regn vil komme oftere, og det er dette som gir størst "
            "skade i tette områder.",
        ),
        ("h1", "4 Der vannet renner når rørene er fulle"),
        (
            "p",
            "Vi har modellert hvor vannet renner og samler seg når ledningsnettet er fullt. "
            "Modellen viser 14 hovedveier for vannet gjennom tettstedet og 36 forsenkninger der det "
            "blir stående. Aktsomhetskartet i vedlegg 1 viser flomveiene og forsenkningene for hele "
            "kommunen. Flomveiene legges inn som hensynssone i kommuneplanens arealdel, og det skal "
            "ikke tillates bygg eller terrenginngrep som stenger dem.",
        ),
        ("h1", "5 Tretrinnsstrategien"),
        (
            "p",
            "Hallingset skal bruke tretrinnsstrategien i all planlegging. Små regn skal fanges "
            "opp og infiltreres der de faller, på grøntarealer og i regnbed. Større regn skal "
            "forsinkes og holdes tilbake i dammer, magasiner og på lekeplasser og idrettsbaner som "
            "kan tåle å stå under vann en kort tid. De største regnene skal ledes trygt på "
            "overflaten langs flomveiene til Hallingselva. I nye områder skal alle tre trinn løses "
            "på stedet. I eksisterende områder tas de i bruk når gater og ledninger fornyes.",
        ),
        ("h1", "6 Regnbed og grønne tak"),
        (
            "p",
            "Kommunen har laget tre regnbed i Storgata som prøveprosjekt, og de har fungert godt "
            "også i vinterhalvåret. Regnbed skal nå være standard når kommunale gater fornyes. Nye "
            "kommunale bygg med flate tak skal ha grønne tak der det er teknisk mulig, og "
            "kommunen skal gi råd til private som vil gjøre det samme.",
        ),
        ("h1", "7 Krav i planer og byggesaker"),
        (
            "p",
            "Kommuneplanens bestemmelser får et nytt punkt om overvann. I alle nye "
            "reguleringsplaner skal det lages en overvannsplan som viser hvordan de tre trinnene "
            "løses og hvor flomveiene går. Ved nye bygg og tilbygg over 100 m² skal vannet "
            "fordrøyes på egen tomt, slik at det ikke renner mer vann ut fra tomta enn før "
            "utbyggingen. Plan og byggesak kontrollerer kravene i byggesaken.",
        ),
        ("h1", "8 Hvem gjør hva?"),
        (
            "p",
            "Kommunalteknikk eier ledningsnettet, flomveiene på kommunal grunn og "
            "fordrøyningsanleggene i gatene, og har ansvaret for drift og vedlikehold. Plan og "
            "byggesak har ansvaret for at kravene i kapittel 7 blir fulgt i planer og byggesaker. "
            "Kommunalteknikk gir faglige råd i alle reguleringsplaner.",
        ),
        ("p", "Pumpestasjonen ved Storgata ble fornyet i 2022."),
        ("h1", "9 Når styrtregnet kommer"),
        (
            "p",
            "Kommunalteknikk har en egen beredskapsplan for styrtregn. Når Meteorologisk "
            "institutt sender farevarsel om kraftig regn, blir sluk og rister i de utsatte "
            "områdene rensket, og sandsekker og mobile pumper kjøres ut til Sletta og Nedre Berg. "
            "Vakthavende ingeniør kan kalle inn ekstra mannskap.",
        ),
        (
            "p",
            "Spørsmålet om et eget overvannsgebyr tas opp i hovedplanen for vann og avløp, som "
            "skal rulleres i 2028.",
        ),
        ("h1", "Økonomi og oppfølging"),
        (
            "p",
            "Tiltakene i handlingsdelen er beregnet til om lag 95 mill. kr over ti år, der "
            "den nye kulverten under Storgata og magasinet ved Sletta skole er de største. "
            "Tiltakene tas inn i økonomiplanen etter hvert som de er prosjektert. Kommunalteknikk "
            "rapporterer hvert år til utvalg for teknikk og miljø om hvilke tiltak som er "
            "gjennomført, og om nye hendelser med skade. Planen rulleres etter fire år, eller "
            "tidligere hvis en ny stor hendelse viser at forutsetningene ikke holder.",
        ),
        ("h1", "10 Handlingsdel"),
        (
            "table",
            ["Tiltak", "Ansvar", "Når"],
            [
                ["Hensynssone for flomveier i kommuneplanens arealdel", "Plan og byggesak", "2027"],
                ["Regnbed som standard ved fornyelse av gater", "Kommunalteknikk", "Fra 2027"],
                ["Ny kulvert under Storgata", "Kommunalteknikk", "2028"],
                ["Fordrøyningsmagasin under Sletta skole", "Kommunalteknikk", "2029"],
                ["Separering av fellesledninger på Nedre Berg", "Kommunalteknikk", "2027–2031"],
            ],
            [95, 40, 25],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Kommunedelplan for overvann 2027–2037",
        author="Hallingset kommune",
        header="Hallingset kommune – kommunedelplan for overvann",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Det meste av ledningsnettet i sentrum",
            trap="a row of the 'Tema | Beskrivelse' table (tema 'Dagens situasjon'); answered "
            "under a question heading ('Hva skjedde i 2023, og hvorfor?') in other words "
            "(fellesledninger, dimensjonert for et tiårsregn, skader 2015, 2019, 2023)",
        ),
        P(
            "2",
            items[1],
            "content",
            "partial",
            ev="Klimaprofilen for Buskerud viser",
            missing=["hva økningen betyr for dimensjonering av ledninger og kulverter"],
            trap="the increase is given ('Mer og kraftigere regn'); nothing on dimensioning",
        ),
        P(
            "3",
            items[2],
            "content",
            "covered",
            ev="Vi har modellert hvor vannet renner",
            trap="answered under 'Der vannet renner når rørene er fulle' (hensynssone, ingen bygg "
            "som stenger dem)",
        ),
        P(
            "4",
            items[3],
            "content",
            "covered",
            ev="Hallingset skal bruke tretrinnsstrategien",
            trap="the heading restates the point's words; the three steps in other words "
            "(fanges opp, forsinkes, ledes trygt)",
        ),
        P(
            "5",
            items[4],
            "content",
            "partial",
            ev="Kommunen har laget tre regnbed",
            missing=["åpne bekker og åpning av lukkede bekker"],
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="named in passing: 'Hallingselva renner gjennom sentrum og er viktig for både "
            "fisk og friluftsliv'; nothing on polluted runoff or rensetiltak",
        ),
        P(
            "7",
            items[6],
            "content",
            "covered",
            ev="Kommuneplanens bestemmelser får et nytt",
            trap="answered under 'Krav i planer og byggesaker' (fordrøyes på egen tomt)",
        ),
        P(
            "8",
            items[7],
            "content",
            "partial",
            ev="Kommunalteknikk eier ledningsnettet",
            missing=["ansvaret til private grunneiere"],
            trap="answered under 'Hvem gjør hva?' for the two municipal units only",
        ),
        P(
            "9",
            items[8],
            "content",
            "uncovered",
            trap="named in passing: 'Pumpestasjonen ved Storgata ble fornyet i 2022'; no "
            "assessment of flood risk for sykehjem, skoler or pumpestasjoner (Sletta skole only "
            "as the site of a magasin in the measure table)",
        ),
        P(
            "10",
            items[9],
            "content",
            "uncovered",
            trap="deferred: the overvannsgebyr 'tas opp i hovedplanen for vann og avløp'",
        ),
        P(
            "11",
            items[10],
            "content",
            "partial",
            ev="Kommunalteknikk har en egen beredskapsplan",
            missing=["varsling av innbyggerne"],
            trap="answered under 'Når styrtregnet kommer'; the farevarsel reaches the kommune, "
            "nothing on warning the inhabitants",
        ),
        P(
            "S1",
            s1,
            "deliverable",
            "covered",
            ev="Vi har modellert hvor vannet renner",
            trap="a requirement in the background prose before the table; 'Aktsomhetskartet i "
            "vedlegg 1' in the middle of chapter 4",
        ),
        P(
            "S2",
            s2,
            "process",
            "covered",
            ev="Planen er utarbeidet av kommunalteknikk",
            trap="process point answered in the introduction in other words ('Beboerne i de to "
            "områdene … åpne møter på Sletta skole og i grendehuset på Nedre Berg'); "
            "velforeningene not named",
        ),
    ]
    return dict(
        language="nb",
        mandate="planprogram.docx",
        plan="plan.pdf",
        producer="planprogram .docx: a requirement in the background prose, eleven themes as "
        "the rows of a 'Tema | Beskrivelse' table (numbered 1–11 by row, the text is the "
        "Beskrivelse cell), a requirement in the Medvirkning paragraph; plan PDF with a "
        "measure table 'Tiltak | Ansvar | Når'",
        points=pts,
    )


# =========================================================================== 2 formalsbygg (nb)


@pair
def formalsbygg(d: Path) -> dict:
    items = [
        "Gi en oversikt over kommunens formålsbygg med areal, byggeår og teknisk tilstand.",
        "Beregne vedlikeholdsetterslepet og foreslå et nivå for årlig vedlikehold per "
        "kvadratmeter.",
        "Vurdere arealbehovet for skoler, barnehager og omsorgsbygg fram mot 2040 ut fra "
        "befolkningsframskrivingene.",
        "Vurdere om bygg som kommunen ikke lenger trenger, skal selges, leies ut eller rives.",
        "Beskrive hvordan energibruken i byggene skal reduseres, og sette mål for energibruk "
        "per kvadratmeter.",
        "Vurdere sambruk av lokaler mellom tjenestene og med lag og foreninger.",
        "Beskrive hvordan universell utforming skal ivaretas når byggene rehabiliteres.",
        "Avklare når kommunen skal eie og når den skal leie lokaler til nye tjenester, og hvilke "
        "kriterier som skal gjelde for valget.",
        "Beskrive organiseringen av eiendomsforvaltningen, herunder bemanning og bruk av et "
        "digitalt forvaltningssystem.",
        "Vurdere hvordan inneklimaet i skoler og barnehager kan bli bedre.",
        "Foreslå hvordan kommunestyret hvert år skal få rapport om tilstanden i byggene.",
    ]
    s1 = "Strategien skal legges fram for kommunestyret innen utgangen av juni 2027."
    s2 = (
        "Hovedtillitsvalgte og hovedverneombudet skal være med i arbeidsgruppen som lager "
        "strategien."
    )
    s3 = (
        "Strategien skal ha en handlingsplan for de fire første årene med kostnadsoverslag for "
        "hvert tiltak."
    )
    letters = [("typed", f"{chr(97 + i)})", t, "\t", 7) for i, t in enumerate(items)]
    m = [
        ("meta", "TINDVIK KOMMUNE"),
        ("title", "Saksframlegg"),
        (
            "table",
            ["Utvalg", "Møtedato", "Saksnr."],
            [["Formannskapet", "09.09.2026", "61/26"], ["Kommunestyret", "24.09.2026", "48/26"]],
            [60, 40, 40],
        ),
        ("meta", "Saksbehandler: Øystein Rudi · Arkivsak: 26/902 · Arkivkode: 610"),
        ("h1", "Eiendomsstrategi for kommunale formålsbygg – oppstart"),
        ("h2", "Kommunedirektørens innstilling"),
        (
            "p",
            "Kommunestyret ber kommunedirektøren lage en eiendomsstrategi for Tindvik "
            "kommunes formålsbygg for perioden 2028–2040. Strategien skal:",
        ),
        *letters,
        ("p", s1),
        ("h2", "Saksopplysninger"),
        (
            "p",
            "Tindvik kommune eier 41 formålsbygg med til sammen om lag 96 000 m². De største "
            "er fire skoler, seks barnehager, to sykehjem, rådhuset og Tindvikhallen. Mange av "
            "byggene er fra 1960- og 1970-tallet, og flere har fått avvik fra Arbeidstilsynet og "
            "miljørettet helsevern de siste årene. Kommunen bruker i dag om lag 95 kr per m² på "
            "vedlikehold, mens KS anbefaler minst det dobbelte.",
        ),
        ("h2", "Vurdering"),
        (
            "p",
            "Kommunedirektøren mener at kommunen trenger et samlet grep, slik at investeringer "
            "og vedlikehold kan prioriteres ut fra behov og tilstand og ikke fra sak til sak. "
            + s2
            + " Arbeidet ledes av eiendomssjefen og gjøres innenfor gjeldende rammer. "
            + s3,
        ),
    ]
    build_pdf(
        m,
        d / "saksframlegg.pdf",
        title="Saksframlegg – eiendomsstrategi for formålsbygg",
        author="Tindvik kommune",
        header="Tindvik kommune – saksframlegg 26/902",
    )
    p = [
        ("title", "Eiendomsstrategi for Tindvik kommune 2028–2040"),
        ("meta", "Formålsbygg · Vedtatt av kommunestyret 23.09.2027, sak 52/27"),
        ("h1", "Forord"),
        (
            "p",
            "Strategien er laget av en arbeidsgruppe ledet av eiendomssjefen. I gruppen har "
            "rektor ved Tindvik ungdomsskole, en styrer fra barnehagene, hovedtillitsvalgte og "
            "hovedverneombudet vært med. Gruppen har hatt elleve møter og har besøkt alle de "
            "store byggene.",
        ),
        ("h1", "Mål"),
        (
            "p",
            "Tindvik kommune skal ha formålsbygg som er trygge, sunne og effektive å drive, "
            "og som passer til tjenestene som skal være i dem. Byggene skal vedlikeholdes slik at "
            "verdien ikke forringes, og vi skal ikke eie flere kvadratmeter enn tjenestene "
            "trenger. Når vi investerer, skal vi prioritere tiltak som gjelder helse, miljø og "
            "sikkerhet først, deretter tiltak som hindrer at skadene blir større, og til sist "
            "tiltak som gjør byggene bedre for brukerne.",
        ),
        (
            "p",
            "Strategien gjelder formålsbyggene: skoler, barnehager, sykehjem og "
            "omsorgsboliger, rådhuset, kulturbygg og idrettsbygg. Kommunale utleieboliger og "
            "tekniske anlegg som vannverk og renseanlegg er ikke med. Strategien er et "
            "grunnlag for økonomiplanen, og tiltakene blir vedtatt der.",
        ),
        ("h1", "1 Byggene våre"),
        (
            "p",
            "Tabellen viser de største byggene. Tilstandsgraden er satt etter NS 3424, der 0 er "
            "ingen avvik og 3 er store avvik. En full liste over alle 41 bygg står i vedlegg 1.",
        ),
        (
            "table",
            ["Bygg", "Areal m²", "Byggeår", "Tilstandsgrad"],
            [
                ["Tindvik ungdomsskole", "8 400", "1972", "2"],
                ["Sentrum barneskole", "6 100", "1964/2004", "2"],
                ["Nordli skole", "3 900", "1981", "1"],
                ["Vika skole", "2 300", "1958", "3"],
                ["Tindvik sykehjem", "9 800", "1978", "2"],
                ["Solsiden omsorgssenter", "5 200", "2011", "0"],
                ["Rådhuset", "4 600", "1969", "2"],
                ["Tindvikhallen", "5 500", "1985/2019", "1"],
                ["Gamle Tindvik skole", "1 700", "1921", "3"],
            ],
            [60, 25, 30, 30],
        ),
        ("h1", "2 Hva skylder vi byggene?"),
        (
            "p",
            "Vi har beregnet hva det vil koste å sette alle byggene i god stand, det vil si "
            "tilstandsgrad 1. Summen er om lag 210 mill. kr. Mest gjelder tak, vinduer og "
            "ventilasjon. Etterslepet har økt med om lag 8 mill. kr i året de siste ti årene, "
            "fordi budsjettet til vedlikehold har vært for lite.",
        ),
        (
            "p",
            "Skolene og sykehjemmet har det største etterslepet. På Vika skole er taket "
            "lekk flere steder, og vinduene er fra byggeåret. På Tindvik sykehjem må "
            "sykesignalanlegget og sprinkleranlegget fornyes innen få år. Rådhuset har et "
            "etterslep på om lag 18 mill. kr, mest på fasaden. Vi har ikke tatt med etterslepet på "
            "Gamle Tindvik skole, som skal selges.",
        ),
        ("h1", "3 Flere eldre, færre barn"),
        (
            "p",
            "Befolkningsframskrivingene fra SSB viser at Tindvik vil ha om lag 250 færre barn "
            "i grunnskolealder og 600 flere innbyggere over 80 år i 2040 enn i dag. Skolene har "
            "derfor nok plass, og Vika skole kan på sikt slås sammen med Sentrum barneskole. To av "
            "barnehagene vil stå halvtomme etter 2032. Behovet for heldøgns omsorgsplasser vil øke "
            "med om lag 45 plasser, og det må bygges et nytt omsorgsbygg innen 2035.",
        ),
        ("h1", "4 Bygg vi ikke trenger"),
        (
            "p",
            "Gamle Tindvik skole har stått tom siden 2019 og skal selges i 2028. Når Vika skole "
            "legges ned, skal bygget leies ut eller selges. Hvilke av barnehagene som ikke lenger "
            "trengs, avgjøres i barnehageplanen.",
        ),
        ("h1", "5 Mindre energi"),
        (
            "p",
            "Byggene brukte i 2025 om lag 19 GWh, eller 198 kWh per m². Målet er 150 kWh per "
            "m² i 2032 og 120 kWh per m² i 2040. Vi skal nå målet med styring av ventilasjon og "
            "varme etter bruken, etterisolering og nye vinduer når byggene rehabiliteres, og "
            "solceller på tak som tåler det. Energibruken følges opp månedlig i energioppfølgings"
            "systemet.",
        ),
        ("p", "Idrettslaget leier gymsalen på Nordli skole på kveldstid."),
        ("h1", "6 Godt inneklima"),
        (
            "p",
            "Elever og barn tilbringer mange timer hver dag i byggene våre. Ventilasjonen på "
            "Tindvik ungdomsskole og Vika skole tilfredsstiller ikke dagens krav. Ventilasjonen "
            "på ungdomsskolen skal byttes i 2029. I barnehagene skal CO₂-nivået måles, og rom "
            "med for høye verdier skal få bedre ventilasjon. Radon måles i alle skoler og "
            "barnehager hvert femte år.",
        ),
        ("p", "Tindvikhallen fikk heis og nye garderober i 2019."),
        ("h1", "7 Eiendomsavdelingen"),
        (
            "p",
            "Eiendomsavdelingen har i dag 14 årsverk, av dem ni driftsoperatører. For å "
            "holde tritt med vedlikeholdet trengs to nye årsverk: en prosjektleder og en "
            "driftsoperatør til, fra 2028. Driftsoperatørene organiseres i tre team som hver har "
            "ansvar for et område av kommunen.",
        ),
        ("h1", "8 Rapportering"),
        (
            "p",
            "Eiendomsavdelingen skal hvert år rapportere tilstandsgrad, vedlikeholdsetterslep "
            "og energibruk for alle byggene i årsmeldingen, slik at kommunestyret kan se om "
            "tilstanden blir bedre eller verre.",
        ),
        ("h1", "Økonomiske konsekvenser"),
        (
            "p",
            "Strategien gir et samlet investeringsbehov på om lag 480 mill. kr fram mot "
            "2040, medregnet det nye omsorgsbygget. Det er mer enn kommunen har satt av i "
            "økonomiplanen i dag. Kommunedirektøren vil derfor legge fram en prioritert liste over "
            "investeringene hvert år i forbindelse med økonomiplanen. Salg av bygg som ikke "
            "trengs, gir inntekter som kan brukes til vedlikehold av de andre byggene.",
        ),
        ("h1", "9 Handlingsplan"),
        (
            "table",
            ["Tiltak", "Ansvar", "År", "Kostnad mill. kr"],
            [
                ["Salg av Gamle Tindvik skole", "Eiendomssjef", "2028", "–"],
                ["To nye årsverk i eiendomsavdelingen", "Kommunedirektør", "2028", "1,6 per år"],
                ["Nytt tak og vinduer Sentrum barneskole", "Eiendomsavdelingen", "2028", "14"],
                ["Ny ventilasjon Tindvik ungdomsskole", "Eiendomsavdelingen", "2029", "22"],
            ],
            [65, 35, 15, 30],
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Eiendomsstrategi for Tindvik kommune 2028–2040",
        author="Tindvik kommune",
        header="Tindvik kommune – eiendomsstrategi",
    )
    pts = [
        P(
            "a",
            items[0],
            "content",
            "covered",
            ev="Tabellen viser de største byggene",
            trap="points typed 'a)⇥' … 'k)⇥' with a hanging indent; answered by a table of the "
            "buildings (areal, byggeår, tilstandsgrad) with the full list in an appendix",
        ),
        P(
            "b",
            items[1],
            "content",
            "partial",
            ev="Vi har beregnet hva det vil koste",
            missing=["nivå for årlig vedlikehold per kvadratmeter"],
            trap="answered under a question heading ('Hva skylder vi byggene?'): the etterslep "
            "(210 mill. kr) is given, no yearly level is proposed",
        ),
        P(
            "c",
            items[2],
            "content",
            "covered",
            ev="Befolkningsframskrivingene fra SSB viser",
            trap="answered under 'Flere eldre, færre barn' in other words",
        ),
        P(
            "d",
            items[3],
            "content",
            "partial",
            ev="Gamle Tindvik skole har stått tom",
            missing=["riving", "barnehagene som ikke lenger trengs"],
            trap="two buildings are answered; the barnehager are deferred to the barnehageplan, "
            "riving is never assessed",
        ),
        P(
            "e",
            items[4],
            "content",
            "covered",
            ev="Byggene brukte i 2025 om lag 19 GWh",
            trap="answered under 'Mindre energi' (mål 150 og 120 kWh per m²)",
        ),
        P(
            "f",
            items[5],
            "content",
            "uncovered",
            trap="named in passing: 'Idrettslaget leier gymsalen på Nordli skole på kveldstid'; "
            "no assessment of sambruk",
        ),
        P(
            "g",
            items[6],
            "content",
            "uncovered",
            trap="named in passing: 'Tindvikhallen fikk heis og nye garderober i 2019'; nothing "
            "on universell utforming in rehabilitation",
        ),
        P(
            "h",
            items[7],
            "content",
            "uncovered",
            trap="shared words without an answer: the Mål say 'vi skal ikke eie flere "
            "kvadratmeter enn tjenestene trenger' and give an order of priority for "
            "investments; nothing on owning or renting premises for new services, no criteria",
        ),
        P(
            "i",
            items[8],
            "content",
            "partial",
            ev="Eiendomsavdelingen har i dag 14 årsverk",
            missing=["bruk av et digitalt forvaltningssystem"],
            trap="bemanning and organisation answered; the 'energioppfølgingssystemet' in "
            "chapter 5 is no forvaltningssystem",
        ),
        P(
            "j",
            items[9],
            "content",
            "covered",
            ev="Elever og barn tilbringer mange timer",
            trap="answered under 'Godt inneklima' (ventilasjon, CO₂, radon)",
        ),
        P(
            "k",
            items[10],
            "content",
            "covered",
            ev="Eiendomsavdelingen skal hvert år rapportere",
            trap="answered under 'Rapportering' (i årsmeldingen)",
        ),
        P(
            "S1",
            s1,
            "process",
            "uncovered",
            trap="a requirement as a sentence after the lettered list; the line under the title "
            "gives adoption on 23.09.2027, after the end of June 2027 asked for",
        ),
        P(
            "S2",
            s2,
            "process",
            "covered",
            ev="Strategien er laget av en arbeidsgruppe",
            trap="process point answered in the foreword, restating the words",
        ),
        P(
            "S3",
            s3,
            "deliverable",
            "partial",
            ev="Tiltak Ansvar År Kostnad mill. kr",
            missing=["tiltak for 2030 og 2031"],
            trap="a requirement at the end of the Vurdering; the handlingsplan has costs but "
            "only years 2028–2029",
        ),
    ]
    return dict(
        language="nb",
        mandate="saksframlegg.pdf",
        plan="plan.docx",
        producer="saksframlegg PDF: a case-header table with two utvalg, eleven points typed "
        "'a)⇥' … 'k)⇥' with a hanging indent after 'Strategien skal:', a requirement as a "
        "sentence after the list, two requirements in one paragraph of the Vurdering with a "
        "sentence that is none between them, the paragraph running over the page break (the "
        "last requirement on page 2); plan .docx with a table of buildings and a "
        "handlingsplan table with costs",
        points=pts,
    )


# =========================================================================== 3 slt (nn)


@pair
def slt(d: Path) -> dict:
    items = [
        "Kartleggje kriminalitetsbiletet blant barn og unge i kommunen, med tal frå politiet og "
        "Ungdata.",
        "Gjere greie for korleis SLT-modellen er organisert i dag, og kven som har ansvaret for "
        "koordineringa.",
        "Vurdere korleis skulane, helsestasjonen og barnevernet kan fange opp unge i risiko "
        "tidlegare.",
        "Beskrive oppfølginga av unge som har gjort lovbrot, mellom anna ungdomsoppfølging og "
        "ungdomsstraff i samarbeid med konfliktrådet.",
        "Vurdere behovet for eit lågterskel fritidstilbod på kveldstid og i helgane.",
        "Gjere greie for korleis kommunen og politiet skal samarbeide om rusførebygging, mellom "
        "anna ved russefeiringa og store arrangement som Fjordfestivalen, og kva kommunen kan "
        "gjere for at sals- og skjenkestadene held aldersgrensene.",
        "Beskrive tiltak mot digital kriminalitet, som deling av krenkjande bilete og svindel "
        "på nett.",
        "Vurdere korleis foreldre kan få rettleiing og bli trekte med i det førebyggjande "
        "arbeidet.",
        "Beskrive korleis teieplikta blir handtert når tenestene og politiet deler opplysningar "
        "om einskildpersonar.",
        "Gjere greie for korleis arbeidet skal evaluerast, og kva indikatorar som skal brukast.",
    ]
    s1 = "Ungdomsrådet skal vere med i arbeidet frå starten."
    s2 = "Planen skal ha ein tiltaksdel med ansvarleg eining og tidsfrist for kvart tiltak."
    s3 = "Utkastet skal drøftast i politirådet før det blir sendt på høyring."
    m = [
        ("meta", "NORDALSFJORD KOMMUNE · Kommunedirektøren"),
        (
            "meta",
            "Til: Einingsleiar for oppvekst Siri Hauge · Kopi: SLT-koordinator, "
            "lensmannen i Nordalsfjord",
        ),
        ("meta", "Vår ref. 26/344 · Dato: 18.05.2026"),
        ("title", "Oppdrag: handlingsplan for kriminalitetsførebyggjande arbeid 2027–2030"),
        ("h2", "Bakgrunn"),
        (
            "p",
            "Talet på melde lovbrot blant unge under 18 år i Nordalsfjord har auka kvart år "
            "sidan 2022, særleg vald og skadeverk. Kommunen og politiet inngjekk ein "
            "samarbeidsavtale i 2019, men handlingsplanen frå same år er ikkje følgd opp. "
            "Politirådet har bede om ein ny plan. " + s1,
        ),
        ("h2", "Oppdraget"),
        (
            "p",
            "Oppvekst får i oppdrag å leie arbeidet med ein ny handlingsplan for "
            "kriminalitetsførebyggjande arbeid, samordna etter SLT-modellen. Arbeidsgruppa skal "
            "sjå på desse punkta:",
        ),
        ("space", SPACE_SLT),
        *[("typed", f"Pkt. {i}", t, "\t", 16) for i, t in enumerate(items, start=1)],
        ("h2", "Organisering og framdrift"),
        (
            "p",
            "Einingsleiar for oppvekst leier arbeidsgruppa, med SLT-koordinatoren som sekretær. "
            + s2
            + " Gruppa kan bruke inntil 80 000 kr til innleigd hjelp. "
            + s3
            + " Kommunedirektøren "
            "orienterer formannskapet om arbeidet undervegs.",
        ),
        ("p", "Med helsing"),
        ("p", "Ingrid Vassenden, kommunedirektør"),
    ]
    build_odt(
        m,
        d / "oppdrag.odt",
        title="Oppdrag – handlingsplan for kriminalitetsførebygging",
        author="Nordalsfjord kommune",
        header="Nordalsfjord kommune",
        lang="nn-NO",
    )
    p = [
        ("title", "Trygge saman"),
        ("meta", "Handlingsplan for kriminalitetsførebyggjande arbeid i Nordalsfjord 2027–2030"),
        ("meta", "Nordalsfjord kommune · Vedteken av kommunestyret 17.06.2027, sak 41/27"),
        ("h1", "Innleiing"),
        (
            "p",
            "Planen er laga av ei arbeidsgruppe med einingsleiar for oppvekst, "
            "SLT-koordinatoren, rektorane ved dei to ungdomsskulane, leiar for helsestasjonen, "
            "barnevernsleiaren og ein politikontakt frå Nordalsfjord lensmannskontor. To "
            "representantar frå ungdomsrådet har vore med i gruppa sidan det første møtet i juni "
            "2026 og har sjølve intervjua andre ungdomar om kva som gjer dei trygge.",
        ),
        (
            "p",
            "Politirådet i Nordalsfjord møtest to gonger i året. Planen var på høyring frå "
            "februar til april 2027.",
        ),
        ("h1", "Mål"),
        (
            "p",
            "Alle barn og unge i Nordalsfjord skal vekse opp trygt, ha noko meiningsfullt å "
            "halde på med og ha minst éin vaksen dei stolar på. Færre unge skal gjere lovbrot, og "
            "dei som gjer det, skal få hjelp raskt slik at det ikkje blir fleire. Planen skal "
            "gjere at skule, helse, barnevern, fritid og politi jobbar saman og ikkje kvar for seg.",
        ),
        ("h1", "Kva seier ungdomane?"),
        (
            "p",
            "Ungdomsrådet intervjua 46 ungdomar mellom 13 og 18 år hausten 2026. Dei fleste "
            "seier at dei kjenner seg trygge i Nordalsfjord. Mange saknar likevel ein stad å "
            "vere på kveldstid og i helgane der dei ikkje må betale og ikkje må vere med i eit "
            "lag. Fleire fortel at det er lett å få tak i alkohol, og at dei har fått tilbod om "
            "hasj. Nokre jenter seier at dei ikkje går aleine gjennom sentrum om kvelden. "
            "Ungdomane ønskjer vaksne som er til stades, og ikkje fleire vaktar.",
        ),
        ("h1", "1 Kva veit vi?"),
        (
            "p",
            "Politiet registrerte 64 lovbrot der den mistenkte var under 18 år i 2025, mot 37 i "
            "2022. Om lag halvparten var skadeverk og tjuveri, og om lag ein firedel var vald og "
            "truslar. Ein liten gruppe på om lag ti ungdomar står for ein stor del av "
            "lovbrota. Ungdata-undersøkinga frå 2025 viser at 9 prosent av elevane på "
            "ungdomsskulen har vore med på å øydeleggje ting med vilje det siste året, og at "
            "fleire enn før seier at dei ikkje har nokon å vere saman med i fritida.",
        ),
        (
            "p",
            "Tala må lesast med varsemd. Nokre få saker med mange fornærma kan gi store utslag "
            "frå år til år i ein liten kommune, og ikkje alt som skjer, blir meldt. Politiet "
            "og tenestene opplever likevel det same: at ei lita gruppe yngre ungdomar, mange av "
            "dei på 13 og 14 år, er meir synlege i sentrum om kvelden enn før, og at nokre av dei "
            "har kontakt med eldre ungdomar som har vore straffa.",
        ),
        (
            "p",
            "Handlingsplanen frå 2019 hadde 24 tiltak. Om lag halvparten av dei vart "
            "gjennomførte, men dei fleste stoppa då den førre SLT-koordinatoren slutta i 2021 og "
            "stillinga stod ledig i eitt år. Erfaringa er at planen må ha få tiltak, og at kvart "
            "tiltak må ha ein tydeleg eigar.",
        ),
        ("h1", "2 Slik er SLT organisert"),
        (
            "p",
            "SLT-arbeidet har tre nivå. Politirådet, med ordføraren, kommunedirektøren og "
            "lensmannen, set dei overordna måla. Ei styringsgruppe med leiarane for oppvekst, "
            "helse og NAV og politiet fordeler oppgåvene. I det praktiske arbeidet møtest tilsette "
            "frå skule, helsestasjon, barnevern, fritid og politi kvar fjortande dag. "
            "SLT-koordinatoren, som har 60 prosent stilling og er tilsett i oppvekst, har ansvaret "
            "for å koordinere arbeidet og kalle inn til møta.",
        ),
        ("h1", "3 Sjå dei tidleg"),
        (
            "p",
            "Lærarane på mellomtrinnet og ungdomsskulen får kurs i å kjenne att teikn på at ein "
            "elev er på veg inn i eit miljø med kriminalitet. Skulehelsetenesta har ope kontor "
            "kvar dag på begge ungdomsskulane, og helsesjukepleiaren tek kontakt med elevar som "
            "har mykje fråvær. Skulen og helsestasjonen har faste møte ein gong i månaden der dei "
            "drøftar bekymringar, med samtykke frå foreldra.",
        ),
        ("h1", "4 Når nokon har gjort noko galt"),
        (
            "p",
            "Unge mellom 15 og 18 år som har gjort lovbrot, får tilbod om ein samtale med "
            "SLT-koordinatoren og politikontakten saman med foreldra innan ei veke. Dei som treng "
            "meir, får eit oppfølgingsteam med ein fast kontaktperson frå kommunen som hjelper med "
            "skule, fritid og arbeid i minst eitt år.",
        ),
        ("h1", "5 Ope hus"),
        (
            "p",
            "Fritidsklubben i sentrum har i dag ope to kveldar i veka. Frå hausten 2027 blir "
            "klubben open også fredag og laurdag kveld fram til midnatt, med to tilsette og "
            "frivillige vaksne. Det er gratis å kome, og ein treng ikkje vere medlem. I tillegg "
            "blir idrettshallen open for fri aktivitet søndag ettermiddag.",
        ),
        ("p", "Russen i Nordalsfjord feira i 2026 utan store hendingar."),
        ("h1", "Lag og organisasjonar"),
        (
            "p",
            "Dei fleste barn og unge i Nordalsfjord er med i eit lag eller ein organisasjon. "
            "Nordalsfjord IL har ei ordning der laget dekkjer kontingent og utstyr for barn frå "
            "familiar med dårleg råd, og kommunen gir 50 000 kr i året til ordninga. "
            "Frivilligsentralen organiserer natteravnar i sentrum fredag og laurdag kveld. "
            "Kommunen vil halde fram med å støtte lag som tek imot alle, også dei som ikkje "
            "har vore med før.",
        ),
        ("h1", "6 Foreldra er viktigast"),
        (
            "p",
            "Alle foreldre på 7. trinn blir inviterte til eit foreldremøte der politiet og "
            "SLT-koordinatoren fortel om kva ungdomar i kommunen er opptekne av, og kva foreldra "
            "kan gjere. Helsestasjonen held kurset «Foreldre i oppveksten» to gonger i året, og "
            "foreldre som er uroa for barnet sitt, kan få samtalar med familieteamet utan "
            "vedtak. Foreldrevandring i sentrum fredagskveldar blir organisert saman med FAU.",
        ),
        (
            "p",
            "Nettvett og deling av bilete blir tekne opp i kompetanseplanen for den digitale "
            "skulen, som oppvekst reviderer i 2027.",
        ),
        ("h1", "7 Teieplikt"),
        (
            "p",
            "Alle som er med i SLT-arbeidet, har teieplikt. Det blir halde ei fagsamling om "
            "teieplikt for dei tilsette kvart år.",
        ),
        ("h1", "8 Korleis går det?"),
        (
            "p",
            "Planen blir evaluert av styringsgruppa hausten 2029, og resultatet blir lagt fram "
            "for politirådet og kommunestyret før ny plan blir laga.",
        ),
        ("h1", "Økonomi"),
        (
            "p",
            "Dei fleste tiltaka blir gjorde innanfor rammene til einingane. Utvidinga av "
            "opningstida i fritidsklubben kostar om lag 420 000 kr i året og er teken inn i "
            "økonomiplanen frå 2027. SLT-koordinatorstillinga blir vidareført med 60 prosent. "
            "Kommunen søkjer kvart år om tilskot frå Bufdir til fritidstilbodet og til "
            "oppfølgingsteamet.",
        ),
        ("h1", "9 Tiltak"),
        (
            "table",
            ["Tiltak", "Ansvarleg"],
            [
                ["Kurs for lærarar i å kjenne att teikn", "Rektorane"],
                ["Månadlege møte mellom skule og helsestasjon", "Leiar helsestasjonen"],
                ["Oppfølgingsteam for unge som har gjort lovbrot", "SLT-koordinatoren"],
                ["Fritidsklubben open fredag og laurdag", "Leiar kultur og fritid"],
                ["Foreldremøte på 7. trinn", "SLT-koordinatoren"],
                ["Foreldrevandring i sentrum", "FAU og SLT-koordinatoren"],
            ],
            [100, 60],
        ),
    ]
    build_odfpy(p, d / "plan.odt", title="Trygge saman – handlingsplan 2027–2030", lang="nn")
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Politiet registrerte 64 lovbrot",
            trap="points typed 'Pkt. 1⇥' with a hanging indent; answered under a question "
            "heading ('Kva veit vi?') with police figures and Ungdata",
        ),
        P(
            "2",
            items[1],
            "content",
            "covered",
            ev="SLT-arbeidet har tre nivå",
            trap="answered under 'Slik er SLT organisert' (SLT-koordinatoren koordinerer)",
        ),
        P(
            "3",
            items[2],
            "content",
            "partial",
            ev="Lærarane på mellomtrinnet",
            missing=["barnevernet si rolle i å fange opp unge i risiko"],
            trap="answered under 'Sjå dei tidleg' for skulen and helsestasjonen; barnevernet is "
            "only named among the members of the groups (innleiing, chapter 2) and in the Mål",
        ),
        P(
            "4",
            items[3],
            "content",
            "partial",
            ev="Unge mellom 15 og 18 år som har gjort",
            missing=["ungdomsoppfølging og ungdomsstraff i samarbeid med konfliktrådet"],
            trap="answered under 'Når nokon har gjort noko galt' with the kommune's own "
            "oppfølgingsteam; the konfliktråd's reactions are never named",
        ),
        P(
            "5",
            items[4],
            "content",
            "covered",
            ev="Fritidsklubben i sentrum har i dag",
            trap="answered under 'Ope hus' in other words (fredag og laurdag kveld, gratis, "
            "ikkje medlem); lågterskel not named",
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="the point runs over the page break in the oppdrag; named in passing: 'Russen i "
            "Nordalsfjord feira i 2026 utan store hendingar'; the young people's own words ('lett "
            "å få tak i alkohol') are no measure; nothing on rusførebygging with the police, "
            "arrangement or aldersgrenser",
        ),
        P(
            "7",
            items[6],
            "content",
            "uncovered",
            trap="deferred: 'Nettvett og deling av bilete blir tekne opp i kompetanseplanen for "
            "den digitale skulen'",
        ),
        P(
            "8",
            items[7],
            "content",
            "covered",
            ev="Alle foreldre på 7. trinn",
            trap="answered under 'Foreldra er viktigast' (foreldremøte, kurs, familieteamet, "
            "foreldrevandring)",
        ),
        P(
            "9",
            items[8],
            "content",
            "uncovered",
            trap="shared words without an answer: 'Alle som er med i SLT-arbeidet, har "
            "teieplikt' and a yearly fagsamling; nothing on how information is shared (samtykke "
            "is named only for skule and helsestasjon)",
        ),
        P(
            "10",
            items[9],
            "content",
            "partial",
            ev="Planen blir evaluert av styringsgruppa",
            missing=["indikatorar for evalueringa"],
        ),
        P(
            "S1",
            s1,
            "process",
            "covered",
            ev="Planen er laga av ei arbeidsgruppe",
            trap="a requirement at the end of the background; answered in the introduction "
            "('To representantar frå ungdomsrådet … sidan det første møtet')",
        ),
        P(
            "S2",
            s2,
            "deliverable",
            "partial",
            ev="Tiltak Ansvarleg",
            missing=["tidsfrist for kvart tiltak"],
            trap="the measure table has a column for the owner and none for a deadline",
        ),
        P(
            "S3",
            s3,
            "process",
            "uncovered",
            trap="named in passing: 'Politirådet i Nordalsfjord møtest to gonger i året' and the "
            "hearing period; no discussion of the draft in the politiråd",
        ),
    ]
    return dict(
        language="nn",
        mandate="oppdrag.odt",
        plan="plan.odt",
        producer="oppdrag .odt (Word saved by Writer): a requirement at the end of the "
        "background, ten points typed 'Pkt. 1⇥' … 'Pkt. 10⇥' with a hanging indent after "
        "'Arbeidsgruppa skal sjå på desse punkta:', point 6 running over the page break, two "
        "requirements in one paragraph of 'Organisering og framdrift' with sentences that are "
        "none around them; plan .odt written directly with odfpy (real headings, a "
        "'Tiltak | Ansvarleg' table)",
        points=pts,
    )


SPACE_SLT = 250


# =========================================================================== 4 cykel (sv)


@pair
def cykel(d: Path) -> dict:
    items = [
        "Beskriva dagens cykelvägnät och var det finns brister i sammanhang och standard.",
        "Redovisa hur många som cyklar i dag och föreslå ett mål för cykelns andel av resorna "
        "år 2035.",
        "Peka ut ett huvudnät för cykel mellan tätorterna och till skolor och större "
        "arbetsplatser.",
        "Föreslå hur drift och underhåll av cykelvägarna ska prioriteras, bland annat "
        "vinterväghållning och sopning.",
        "Beskriva behovet av cykelparkering vid stationer, busshållplatser och skolor.",
        "Redovisa hur trafiksäkerheten för cyklister ska förbättras i korsningar och kring skolor.",
        "Beskriva hur cykel kan kombineras med kollektivtrafik för längre resor.",
        "Överväga ett system med lånecyklar eller ett kommunalt bidrag till elcyklar.",
        "Beskriva hur fler barn kan cykla till skolan.",
        "Redovisa hur cykelfrågorna ska hanteras i översiktsplanen och i detaljplaner.",
        "Föreslå hur strategin ska följas upp, med mätpunkter för cykeltrafiken.",
    ]
    s1 = "Strategin ska innehålla en handlingsplan med åtgärder, ansvarig förvaltning och tidplan."
    s2 = "Förslaget ska skickas på remiss till Trafikverket och grannkommunerna innan det antas."
    s3 = "Strategin ska antas av kommunfullmäktige under 2027."
    m = [
        ("meta", "SJÖBACKA KOMMUN · Kommunstyrelsen"),
        ("meta", "Dnr KS 2026/188 · 2026-04-07"),
        ("title", "Uppdragsbeskrivning: Cykelstrategi för Sjöbacka kommun"),
        ("h2", "Bakgrund"),
        (
            "p",
            "Sjöbacka växer, och allt fler pendlar till Göteborg och Kungälv. Bilen står i dag "
            "för två av tre resor, också korta resor inom tätorterna. Kommunen har 62 km "
            "cykelvägar, men många av dem hänger inte ihop. Kommunstyrelsen vill att fler ska "
            "välja cykeln och ger samhällsbyggnadsförvaltningen i uppdrag att ta fram en "
            "cykelstrategi. " + s1,
        ),
        ("h2", "Uppdraget"),
        ("p", "Cykelstrategin ska:"),
        ("num", items),
        ("h2", "Förankring och tidplan"),
        (
            "p",
            "Arbetet leds av trafikplaneraren på samhällsbyggnadsförvaltningen, och barn- och "
            "utbildningsförvaltningen deltar. Medborgarna bjuds in att lämna synpunkter i en "
            "webbenkät. " + s2 + " " + s3,
        ),
    ]
    build_docx(
        m,
        d / "uppdrag.docx",
        title="Uppdragsbeskrivning – cykelstrategi",
        author="Sjöbacka kommun",
        header="Sjöbacka kommun – uppdragsbeskrivning",
        lang="sv-SE",
    )
    p = [
        ("title", "Cykelstrategi för Sjöbacka kommun 2027–2035"),
        ("meta", "Antagen av kommunfullmäktige 2027-06-14, § 88 · Dnr KS 2026/188"),
        ("h1", "1 Inledning"),
        (
            "p",
            "Strategin har tagits fram av samhällsbyggnadsförvaltningen tillsammans med barn- "
            "och utbildningsförvaltningen. Över 900 invånare svarade på webbenkäten hösten 2026. "
            "Ett förslag skickades på remiss till Trafikverket och Västtrafik i februari 2027, och "
            "synpunkterna har arbetats in.",
        ),
        ("h1", "Varför cykel?"),
        (
            "p",
            "Cykeln är ett billigt, hälsosamt och klimatsmart sätt att resa. Hälften av alla "
            "bilresor i Sjöbacka är kortare än fem kilometer, en sträcka som de flesta kan cykla "
            "på en kvart. Om fler cyklar blir det mindre köer och bättre luft i centrum, och "
            "kommunen behöver bygga färre parkeringsplatser. Den som cyklar till jobbet eller "
            "skolan får dessutom en stor del av den dagliga fysiska aktivitet som "
            "Folkhälsomyndigheten rekommenderar.",
        ),
        (
            "p",
            "Visionen är att cykeln ska vara ett självklart val för korta resor i Sjöbacka, "
            "för alla åldrar och året runt. Strategin omfattar hela kommunen och gäller till och "
            "med 2035.",
        ),
        ("h1", "2 Så ser nätet ut i dag"),
        (
            "p",
            "Kommunen har 62 km gång- och cykelväg. Inne i Sjöbacka tätort är nätet ganska "
            "tätt, men mellan tätorterna saknas flera länkar. Det finns ingen cykelväg mellan "
            "Sjöbacka och Västra Ö, och längs väg 168 mot Kärrby slutar cykelvägen efter två "
            "kilometer. Ungefär en tredjedel av cykelvägarna är smalare än 2,5 meter, och på "
            "många ställen korsar de bilvägar utan passage. Belysning saknas på 14 km.",
        ),
        ("h1", "3 Hur mycket cyklar vi?"),
        (
            "p",
            "Resvaneundersökningen från 2025 visar att 7 procent av resorna i kommunen görs "
            "med cykel, 64 procent med bil och 18 procent med kollektivtrafik. Bland resor kortare "
            "än fem kilometer görs 12 procent med cykel. Fler män än kvinnor cyklar, och fler "
            "unga än äldre.",
        ),
        ("h1", "4 Huvudnätet"),
        (
            "p",
            "Huvudnätet för cykel ska binda ihop tätorterna Sjöbacka, Västra Ö och Kärrby och "
            "leda till alla skolor, till vårdcentralen och till de större arbetsplatserna i "
            "Ekhagens verksamhetsområde. Huvudnätet är 38 km, varav 11 km saknas i dag. Kartan i "
            "bilaga 1 visar huvudnätet. Huvudnätet ska hålla minst 3 meters bredd och ha "
            "belysning.",
        ),
        (
            "p",
            "Utbyggnaden av huvudnätet prioriteras efter hur många som kan antas cykla på "
            "sträckan och hur stora bristerna är. Först byggs länken Sjöbacka–Västra Ö, som binder "
            "ihop kommunens två största tätorter och leder till högstadieskolan. Därefter följer "
            "sträckan längs väg 168 mot Kärrby, där kommunen behöver samarbeta med Trafikverket, "
            "som är väghållare.",
        ),
        ("h1", "5 Snöröjning först på huvudnätet"),
        (
            "p",
            "Huvudnätet ska snöröjas före bilvägarna, senast klockan sju på vardagar, när det "
            "har fallit mer än tre centimeter snö. Övriga cykelvägar röjs samtidigt som "
            "lokalgatorna.",
        ),
        ("h1", "6 Parkera cykeln"),
        (
            "p",
            "Vid pendeltågsstationen i Sjöbacka ska det finnas 300 cykelplatser under tak, "
            "varav 60 i ett låst cykelgarage. Vid de tio mest använda busshållplatserna sätts det "
            "upp cykelställ med tak. Alla skolor ska ha cykelställ där ramen kan låsas fast, med "
            "plats för minst en tredjedel av eleverna.",
        ),
        ("h1", "7 Säkra korsningar"),
        (
            "p",
            "De flesta olyckor med cyklister sker i korsningar. Där huvudnätet korsar gator "
            "med mer än 2 000 fordon per dygn ska det finnas en upphöjd passage eller en "
            "planskild korsning. Kring alla skolor blir hastigheten 30 km/h, och "
            "avlämningsplatserna för bil flyttas bort från skolans entré.",
        ),
        ("p", "Pendeltåget till Göteborg går varje halvtimme, och allt fler cyklar elcykel."),
        ("h1", "8 Cykla till skolan"),
        (
            "p",
            "Alla elever i årskurs 4 ska få cykelutbildning på skoltid. Skolorna uppmuntras "
            "att starta cykelbussar, där vuxna cyklar med en grupp barn längs en fast rutt. "
            "Varje år deltar skolorna i kampanjen «Cykla till skolan» i maj.",
        ),
        ("h1", "9 Uppföljning"),
        (
            "p",
            "Cykeltrafiken mäts med automatiska cykelräknare på fyra platser: vid stationen, "
            "på bron över Sjöbäcken, vid Ekhagen och vid Västra Ö skola. Samhällsbyggnads"
            "förvaltningen redovisar mätningarna och hur handlingsplanen går för "
            "kommunstyrelsen varje år.",
        ),
        (
            "p",
            "Hur huvudnätet ska säkras i den fysiska planeringen tas upp när översiktsplanen "
            "revideras.",
        ),
        ("h1", "Kostnader"),
        (
            "p",
            "Att bygga ut de 11 km som saknas i huvudnätet kostar om lag 85 miljoner kronor. "
            "Kommunen söker statlig medfinansiering för de sträckor där det är möjligt och "
            "räknar med att staten kan stå för upp till hälften. Åtgärderna i handlingsplanen "
            "tas in i kommunens investeringsbudget år för år.",
        ),
        ("h1", "10 Handlingsplan"),
        (
            "table",
            ["Åtgärd", "Ansvar", "När"],
            [
                ["Cykelväg Sjöbacka–Västra Ö", "Samhällsbyggnadsförvaltningen", "2028–2029"],
                ["Låst cykelgarage vid stationen", "Samhällsbyggnadsförvaltningen", "2028"],
                ["Cykelställ med tak vid tio hållplatser", "Samhällsbyggnadsförvaltningen", "2027"],
                ["Cykelutbildning i årskurs 4", "Barn- och utbildningsförvaltningen", "Från 2027"],
                ["Fyra cykelräknare", "Samhällsbyggnadsförvaltningen", "2027"],
            ],
            [70, 65, 25],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Cykelstrategi för Sjöbacka kommun 2027–2035",
        author="Sjöbacka kommun",
        header="Sjöbacka kommun – cykelstrategi",
        lang="sv-SE",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Kommunen har 62 km gång- och cykelväg",
            trap="Word's own numbering (the numbers are not in the text); answered under 'Så ser "
            "nätet ut i dag' in other words (saknas flera länkar, smalare än 2,5 meter)",
        ),
        P(
            "2",
            items[1],
            "content",
            "partial",
            ev="Resvaneundersökningen från 2025 visar",
            missing=["mål för cykelns andel av resorna år 2035"],
            trap="answered under a question heading ('Hur mycket cyklar vi?') with today's "
            "share only; the vision ('ett självklart val för korta resor') is no share target",
        ),
        P("3", items[2], "content", "covered", ev="Huvudnätet för cykel ska binda ihop"),
        P(
            "4",
            items[3],
            "content",
            "partial",
            ev="Huvudnätet ska snöröjas före bilvägarna",
            missing=["sopning", "underhåll av cykelvägarna utöver vintern"],
            trap="answered under 'Snöröjning först på huvudnätet' for the winter only",
        ),
        P(
            "5",
            items[4],
            "content",
            "covered",
            ev="Vid pendeltågsstationen i Sjöbacka ska",
            trap="answered under 'Parkera cykeln' (station, hållplatser, skolor)",
        ),
        P(
            "6",
            items[5],
            "content",
            "covered",
            ev="De flesta olyckor med cyklister sker",
            trap="answered under 'Säkra korsningar' (upphöjd passage, 30 km/h kring skolor); "
            "trafiksäkerhet not named",
        ),
        P(
            "7",
            items[6],
            "content",
            "uncovered",
            trap="named in passing: 'Pendeltåget till Göteborg går varje halvtimme'; the "
            "cycle parking at the station (point 5) is not an account of combining cycle and "
            "kollektivtrafik",
        ),
        P(
            "8",
            items[7],
            "content",
            "uncovered",
            trap="shared words without an answer: 'allt fler cyklar elcykel'; no lånecyklar, no "
            "bidrag",
        ),
        P(
            "9",
            items[8],
            "content",
            "covered",
            ev="Alla elever i årskurs 4 ska få",
            trap="answered under 'Cykla till skolan' (cykelutbildning, cykelbussar)",
        ),
        P(
            "10",
            items[9],
            "content",
            "uncovered",
            trap="deferred: 'tas upp när översiktsplanen revideras'; detaljplaner not named",
        ),
        P(
            "11",
            items[10],
            "content",
            "covered",
            ev="Cykeltrafiken mäts med automatiska",
            trap="answered under 'Uppföljning' (cykelräknare på fyra platser, redovisas varje år)",
        ),
        P(
            "S1",
            s1,
            "deliverable",
            "covered",
            ev="Åtgärd Ansvar När",
            trap="a requirement at the end of the Bakgrund; answered by the handlingsplan table",
        ),
        P(
            "S2",
            s2,
            "process",
            "partial",
            ev="Strategin har tagits fram av",
            missing=["remiss till grannkommunerna"],
            trap="the introduction names the remiss to Trafikverket and Västtrafik; Västtrafik "
            "is no grannkommun",
        ),
        P(
            "S3",
            s3,
            "process",
            "covered",
            ev="Antagen av kommunfullmäktige 2027-06-14",
            trap="the last sentence of 'Förankring och tidplan'; met by the adoption line under "
            "the title",
        ),
    ]
    return dict(
        language="sv",
        mandate="uppdrag.docx",
        plan="plan.pdf",
        producer="uppdragsbeskrivning .docx (Swedish, Kommunstyrelsen): a requirement at the "
        "end of the Bakgrund, eleven points in Word's own decimal numbering after "
        "'Cykelstrategin ska:', two requirements at the end of 'Förankring och tidplan' "
        "after sentences that are none (a remiss, then adoption in 2027); plan PDF with a "
        "handlingsplan table 'Åtgärd | Ansvar | När'",
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
            "corpora/mandates-blind7/make_pairs.py.\n"
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
