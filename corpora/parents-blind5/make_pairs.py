"""Build the fifth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-02 without reading plancheck's code. A parent is a kommuneplanens samfunnsdel
laid out in one of two ways not used by the fourth batch: a "målkart" table whose three columns
are the focus areas and whose cells are the goals (read column by column; one cell empty), or
goals as bold paragraphs labelled "Mål A1:" … each followed by a plain paragraph "Det betyr …",
under lettered focus areas. The child is the plan that follows it up: a handlingsprogram saved
by Writer (.odt) with Word-numbered goals after "I perioden vil vi:" and bulleted measures after
"Tiltak:", and a nynorsk strategi for busetjing og tilflytting whose delmål sit in the first
column of Delmål | Tiltak | Ansvar | Tid tables, printed only in the first row of each group.
The child paraphrases the parent, serves some goals only in part, leaves some alone, defers one
to another plan and has goals of its own; traps are noted in the gold.

    python corpora/parents-blind5/make_pairs.py                          # all pairs
    python corpora/parents-blind5/make_pairs.py hamrefjord-tilflytting   # some pairs

Uses the block writer of corpora/mandates-blind/_build.py, the Writer (.odt) export of
corpora/mandates-blind3/make_pairs.py, the goal helpers of corpora/parents/make_pairs.py (G, C,
find_page); `main` is the fourth batch's gold writer and checks; gold format as in
corpora/parents/README.md.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))

from _build import build_docx, build_pdf, page_of, rendered_pages  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_pm = _load("parents_make_pairs", HERE.parent / "parents" / "make_pairs.py")
G, C, find_page = _pm.G, _pm.C, _pm.find_page
_b3 = _load("mandates_blind3_make_pairs", HERE.parent / "mandates-blind3" / "make_pairs.py")


def build_odt(blocks, odt: Path, **kw) -> Path:
    """Batch 3's Writer export, then the random list ids Writer gives every list after the
    first (xml:id="list…" and text:continue-list="list…") renumbered in order of appearance,
    so that a rebuild gives the same file."""
    import re
    import zipfile

    _b3.build_odt(blocks, odt, **kw)
    with zipfile.ZipFile(odt) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed = []
    for name, data in members:
        if name == "content.xml":
            ids: dict[bytes, bytes] = {}
            for m in re.finditer(rb'"(list\d{6,})"', data):
                ids.setdefault(m.group(1), b"list%d" % (len(ids) + 1))
            data = re.sub(rb'"(list\d{6,})"', lambda m: b'"' + ids[m.group(1)] + b'"', data)
        fixed.append((name, data))
    with zipfile.ZipFile(odt, "w") as zout:
        for name, data in fixed:
            zout.writestr(name, data)
    _b3.freeze_zip(odt)
    return odt


PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Tjønnvik (nb)


@pair
def tjonnvik_handlingsprogram(d: Path) -> dict:
    g = [
        "Alle barn skal ha en trygg og god barndom.",
        "Flere unge skal fullføre videregående opplæring.",
        "Barn og unge skal ha fritidstilbud nær der de bor.",
        "Eldre skal kunne bo hjemme og leve aktive liv.",
        "Ingen skal være alene om å ha det vanskelig.",
        "Flere skal kunne forsørge seg selv, og færre skal leve med lav inntekt.",
        "Tjønnvik skal få flere arbeidsplasser i privat næringsliv.",
        "Klimagassutslippene i Tjønnvik skal halveres innen 2030.",
    ]
    parent = [
        ("meta", "TJØNNVIK KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2026–2038"),
        ("meta", "Vedtatt av kommunestyret 11.06.2026, sak 40/26"),
        ("h1", "Innledning"),
        (
            "p",
            "Samfunnsdelen sier hvordan vi vil at Tjønnvik skal utvikle seg de neste tolv årene. "
            "Den bygger på innspill fra over 600 innbyggere, fra skoleelever til beboerne på "
            "sykehjemmet. Målene følges opp i handlingsprogrammet, som rulleres hvert år "
            "sammen med økonomiplanen, og i kommunedelplaner og temaplaner.",
        ),
        ("h1", "Målkart"),
        (
            "p",
            "Målkartet viser de åtte samfunnsmålene, ordnet etter de tre satsingsområdene.",
        ),
        (
            "table",
            ["Trygg oppvekst", "Gode liv hele livet", "Grønt og skapende"],
            [[g[0], g[3], g[6]], [g[1], g[4], g[7]], [g[2], g[5], ""]],
            [55, 55, 55],
        ),
        ("h1", "Trygg oppvekst"),
        (
            "p",
            "Tjønnvik har mange barnefamilier, men antall barn i barneverntjenesten har økt de "
            "siste årene. Hver femte elev fullfører ikke videregående på fem år, og i grendene "
            "er det langt til fritidstilbudene i sentrum.",
        ),
        ("h1", "Gode liv hele livet"),
        (
            "p",
            "Antallet innbyggere over 80 år blir nesten doblet fram mot 2038. Ungdata og "
            "folkehelseprofilen viser at flere enn før sliter med ensomhet og psykiske plager. "
            "Andelen barn som vokser opp i familier med lav inntekt, er høyere enn i fylket.",
        ),
        ("h1", "Grønt og skapende"),
        (
            "p",
            "De fleste arbeidsplassene i Tjønnvik er i offentlig sektor. Landbruk, transport og "
            "oppvarming står for det meste av klimagassutslippene i kommunen.",
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2026–2038",
        author="Tjønnvik kommune",
        header="Tjønnvik kommune – kommuneplanens samfunnsdel",
    )
    k_tidlig = "Barn som har det vanskelig hjemme, skal bli sett og få hjelp tidligere enn i dag."
    k_frafall = (
        "Flere elever skal gå ut av ungdomsskolen med et godt nok grunnlag til å klare "
        "videregående."
    )
    k_fritid = (
        "Alle barn skal kunne være med på en fritidsaktivitet, uansett hva foreldrene tjener."
    )
    k_hjem = "Flere over 80 år skal klare seg i egen bolig med litt hjelp."
    k_ung = (
        "Unge under 30 som får sosialhjelp, skal få tilbud om arbeid eller aktivitet innen fire "
        "uker."
    )
    k_sykepleier = (
        "Tjønnvik kommune skal være en arbeidsplass som sykepleiere søker seg til og blir i."
    )
    k_natt = "Ingen ansatte i hjemmetjenesten skal være alene på nattevakt."
    k_digital = "Flere kommunale tjenester skal kunne søkes om og bestilles digitalt."
    m_familie = "Familieteam med barnevernet og helsestasjonen (kommunalsjef oppvekst, 2027)"
    m_mobbing = "Felles program mot mobbing i alle barnehager og skoler (rektorene, 2027–2028)"
    m_overgang = (
        "Overgangsprosjekt fra 10. trinn til vg1 med Tjønnvik videregående skole "
        "(kommunalsjef oppvekst, 2027)"
    )
    m_kort = "Fritidskort på 2 000 kr per barn per år (kultursjef, 2027)"
    m_mestring = "Hverdagsmestring i hjemmetjenesten (kommunalsjef helse, 2027)"
    m_trim = "Seniortrim i grendehusene i Holm, Vika og Sæter (frisklivssentralen, 2028)"
    m_jobb = "Jobbspesialist i NAV for unge under 30 år (NAV-leder, 2027)"
    m_stipend = "Stipend til sykepleierstudenter som binder seg for to år (HR-sjef, 2027)"
    m_vakt = "To på vakt og trygghetsalarm i hjemmetjenesten om natten (kommunalsjef helse, 2027)"
    m_digital = "Nye digitale søknadsskjema for byggesak og SFO (digitaliseringsrådgiver, 2028)"

    def chapter(goals, measures):
        return [
            ("p", "I perioden vil vi:"),
            ("num", goals),
            ("p", "Tiltak:"),
            ("bullets", measures),
        ]

    child = [
        ("title", "Handlingsprogram 2027–2030"),
        ("meta", "Tjønnvik kommune · Vedtatt av kommunestyret 16.12.2026, sak 95/26"),
        ("h1", "Om handlingsprogrammet"),
        (
            "p",
            "Handlingsprogrammet viser hva kommunen skal gjøre de neste fire årene for å nå "
            "målene i samfunnsdelen. Ansvarlig og oppstartsår står i parentes etter hvert "
            "tiltak. Klimatiltakene står i klima- og energiplanen 2026–2030, som har et eget "
            "handlingsprogram, og gjentas ikke her.",
        ),
        ("h1", "1 Trygg oppvekst"),
        *chapter([k_tidlig, k_frafall, k_fritid], [m_familie, m_mobbing, m_overgang, m_kort]),
        ("h1", "2 Gode liv hele livet"),
        *chapter([k_hjem, k_ung], [m_mestring, m_trim, m_jobb]),
        ("break",),
        ("h1", "3 Kommunen som organisasjon"),
        *chapter([k_sykepleier, k_natt, k_digital], [m_stipend, m_vakt, m_digital]),
    ]
    build_odt(
        child,
        d / "child.odt",
        title="Handlingsprogram 2027–2030",
        author="Tjønnvik kommune",
        header="Tjønnvik kommune – handlingsprogram 2027–2030",
    )
    goals_ = [
        G(
            "G1",
            g[0],
            "followed_up",
            [k_tidlig, m_familie, m_mobbing],
            ev="Barn som har det vanskelig hjemme",
            note="answered in other words (bli sett og få hjelp tidligere, mobbing); the parent's "
            "goals have no numbers, ids run column by column through the målkart",
        ),
        G(
            "G2",
            g[1],
            "followed_up",
            [k_frafall, m_overgang],
            ev="Flere elever skal gå ut av ungdomsskolen",
            note="answered in other words (grunnlag til å klare videregående, overgangen til vg1)",
        ),
        G(
            "G3",
            g[2],
            "partial",
            [k_fritid, m_kort],
            ev="Alle barn skal kunne være med",
            missing=["fritidstilbud nær der barna bor, i grendene"],
            note="the child serves taking part whatever the parents earn, not distance",
        ),
        G(
            "G4",
            g[3],
            "followed_up",
            [k_hjem, m_mestring, m_trim],
            ev="Flere over 80 år skal klare seg",
            note="bo hjemme → klare seg i egen bolig; aktive liv → seniortrim",
        ),
        G(
            "G5",
            g[4],
            "not_followed_up",
            note="trap: 'Ingen ansatte i hjemmetjenesten skal være alene på nattevakt' shares "
            "'Ingen … alene' and serves the staff's safety; nothing for people who struggle",
        ),
        G(
            "G6",
            g[5],
            "partial",
            [k_ung, m_jobb],
            ev="Unge under 30 som får sosialhjelp",
            missing=["voksne over 30", "familier med lav inntekt"],
        ),
        G(
            "G7",
            g[6],
            "not_followed_up",
            note="trap: 'en arbeidsplass som sykepleiere søker seg til' is about the council as "
            "employer, not jobs in private business",
        ),
        G(
            "G8",
            g[7],
            "not_followed_up",
            note="deferred in the introduction to the klima- og energiplan and its own "
            "handlingsprogram",
        ),
    ]
    kids = [
        C(k_tidlig, ["G1"]),
        C(k_frafall, ["G2"]),
        C(k_fritid, ["G3"]),
        C(k_hjem, ["G4"]),
        C(k_ung, ["G6"]),
        C(
            k_sykepleier,
            [],
            note="recruiting nurses to the council serves no goal (G7 is private jobs)",
        ),
        C(k_natt, [], note="staff safety at night serves no goal (G5 shares words)"),
        C(k_digital, [], note="digital services serve no goal of the parent"),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.odt",
        producer="parent PDF: a målkart table whose three columns are the focus areas and whose "
        "cells are the goals (3, 3 and 2; one cell empty), no numbers; child .odt (Writer, "
        "handlingsprogram): Word-numbered goals after 'I perioden vil vi:' and Word bullets "
        "after 'Tiltak:' with '(responsible, year)'",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 2 Hamrefjord (nn)


@pair
def hamrefjord_tilflytting(d: Path) -> dict:
    g = {
        "A1": "Hamrefjord skal ha 5 000 innbyggjarar i 2040.",
        "A2": "Det skal finnast attraktive bustader for alle livsfasar i heile kommunen.",
        "A3": "Bygdene skal ha gode møteplassar og eit aktivt lags- og organisasjonsliv.",
        "B1": "Næringslivet skal få tilgang på den kompetansen det treng.",
        "B2": "Hamrefjord skal ha god digital og fysisk infrastruktur, med breiband og trygge "
        "vegar.",
        "C1": "Innbyggjarane skal ha gode helse- og omsorgstenester nær der dei bur.",
        "C2": "Nye innbyggjarar skal bli godt tekne imot og kjenne seg inkluderte.",
    }
    why = {
        "A1": "Det betyr at vi må få fleire til å flytte hit og færre til å flytte ut, særleg "
        "blant unge vaksne.",
        "A2": "Det betyr bustader for unge som skal etablere seg, for barnefamiliar og for "
        "eldre som vil flytte frå einebustaden, både i sentrum og i bygdene.",
        "A3": "Det betyr at grendehus, idrettslag og kor skal ha gode vilkår.",
        "B1": "Det betyr at dei som bur her, skal kunne ta utdanning og vidareutdanning utan å "
        "flytte, og at bedriftene får tak i fagfolk.",
        "B2": "Det betyr fiber eller mobilt breiband til alle og tryggare fylkesvegar.",
        "C1": "Det betyr legekontor og heimeteneste som er lette å nå frå alle bygdene.",
        "C2": "Det betyr at alle som flyttar hit, anten frå nabobygda eller frå eit anna land, "
        "skal kjenne at dei høyrer til.",
    }

    def goal(k):
        return [("p", f"**Mål {k}: {g[k]}**"), ("p", why[k])]

    parent = [
        ("meta", "HAMREFJORD KOMMUNE"),
        ("title", "Kommuneplanen sin samfunnsdel 2026–2040"),
        ("meta", "Vedteken av kommunestyret 18.06.2026, sak 47/26"),
        ("h1", "Innleiing"),
        (
            "p",
            "Samfunnsdelen er den øvste planen i kommunen. Han seier kva slags samfunn vi vil "
            "ha i 2040, og kva mål kommunen skal styre etter. Måla blir følgde opp i "
            "handlingsdelen og i temaplanar.",
        ),
        ("h1", "A Levande bygder"),
        (
            "p",
            "Folketalet i Hamrefjord har gått ned frå 4 900 i 2000 til 4 510 i 2025. Det er få "
            "bustader til leige, og mange unge som vil flytte heim, finn ikkje noko å bu i.",
        ),
        *goal("A1"),
        *goal("A2"),
        *goal("A3"),
        ("h1", "B Arbeid og kompetanse"),
        (
            "p",
            "Bedriftene i Hamrefjord manglar fagarbeidarar og ingeniørar, og fleire har takka "
            "nei til oppdrag fordi dei ikkje får tak i folk.",
        ),
        *goal("B1"),
        *goal("B2"),
        ("h1", "C Helse og trivsel"),
        *goal("C1"),
        *goal("C2"),
    ]
    build_docx(
        parent,
        d / "parent.docx",
        title="Kommuneplanen sin samfunnsdel 2026–2040",
        author="Hamrefjord kommune",
        header="Hamrefjord kommune – samfunnsdelen",
        lang="nn-NO",
    )
    k_netto = "Netto tilflytting til Hamrefjord skal vere minst 30 personar i året."
    k_bustad = (
        "Det skal byggjast fleire små utleigebustader for unge og tilflyttarar i sentrum og på "
        "Ness."
    )
    k_komp = "Fleire med fagbrev og høgare utdanning skal velje å flytte til Hamrefjord."
    k_start = (
        "Alle som flyttar hit, skal få ein god start og bli kjende med nokon i bygda det første "
        "året."
    )
    k_svar = "Kommunen skal svare alle som spør om å flytte hit, innan to arbeidsdagar."
    m_utleige = "Konkurranse om 12 utleigebustader på kommunal tomt på Ness"
    m_startlan = "Startlån til tilflyttarar som kjøper brukt bustad"
    m_sommar = "Sommarjobb i lokale bedrifter for studentar frå Hamrefjord"
    m_partnar = "Jobbformidling for partnarar til dei som får jobb her"
    m_vert = "Vertsfamilie for nye innbyggjarar som ønskjer det"
    m_mote = "Tilflyttarmøte på Hamrefjord kulturhus kvar haust"
    m_kontakt = "Eigen telefon og e-postadresse for tilflyttarar"

    def table(rows):
        return ("table", ["Delmål", "Tiltak", "Ansvar", "Tid"], rows, [52, 62, 32, 18])

    child = [
        ("title", "Strategi for busetjing og tilflytting 2027–2031"),
        ("meta", "Hamrefjord kommune · Vedteken av formannskapet 02.12.2026, sak 88/26"),
        ("h1", "Kvifor ein strategi?"),
        (
            "p",
            "Strategien følgjer opp samfunnsdelen sitt mål om fleire innbyggjarar. Hamrefjord "
            "har mykje å by på: korte avstandar, god barnehagedekning og fiber til 92 prosent "
            "av husstandane. Likevel flyttar fleire ut enn inn.",
        ),
        ("p", f"**Hovudmål: {k_netto}**"),
        ("h1", "Innsatsområde 1: Ein stad å bu"),
        table(
            [
                [k_bustad, m_utleige, "Kommunalsjef teknisk", "2027–2029"],
                ["", m_startlan, "Tildelingskontoret", "2027"],
            ]
        ),
        ("h1", "Innsatsområde 2: Arbeid til to"),
        table(
            [
                [k_komp, m_sommar, "Næringssjef", "2027"],
                ["", m_partnar, "Næringssjef", "2028"],
            ]
        ),
        ("h1", "Innsatsområde 3: Godt teken imot"),
        table(
            [
                [k_start, m_vert, "Frivilligsentralen", "2027"],
                ["", m_mote, "Kultursjef", "Årleg"],
                [k_svar, m_kontakt, "Servicetorget", "2027"],
            ]
        ),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Strategi for busetjing og tilflytting 2027–2031",
        author="Hamrefjord kommune",
        header="Hamrefjord kommune – strategi for busetjing og tilflytting",
        lang="nn-NO",
    )
    goals_ = [
        G(
            "GA1",
            g["A1"],
            "followed_up",
            [k_netto, k_komp],
            ev="Netto tilflytting til Hamrefjord",
            note="answered in other words (netto tilflytting for folketal); the label "
            "'Mål A1:' is not part of the goal text",
        ),
        G(
            "GA2",
            g["A2"],
            "partial",
            [k_bustad, m_utleige, m_startlan],
            ev="Det skal byggjast fleire små",
            missing=[
                "bustader for eldre og barnefamiliar",
                "bustader i bygdene utanfor sentrum og Ness",
            ],
        ),
        G(
            "GA3",
            g["A3"],
            "not_followed_up",
            note="trap: 'Tilflyttarmøte på Hamrefjord kulturhus' shares møte and serves welcoming "
            "newcomers (GC2), not the bygdene's meeting places or lag",
        ),
        G(
            "GB1",
            g["B1"],
            "partial",
            [k_komp, m_sommar, m_partnar],
            ev="Fleire med fagbrev og høgare",
            missing=["utdanning og vidareutdanning for dei som alt bur her"],
            note="served by recruiting skilled people from outside",
        ),
        G(
            "GB2",
            g["B2"],
            "not_followed_up",
            note="trap: 'fiber til 92 prosent av husstandane' is named in passing as a selling "
            "point; nothing builds broadband or roads",
        ),
        G(
            "GC1",
            g["C1"],
            "not_followed_up",
            note="outside the strategy's theme; honestly left alone",
        ),
        G(
            "GC2",
            g["C2"],
            "followed_up",
            [k_start, m_vert, m_mote],
            ev="Alle som flyttar hit, skal få",
            note="answered in other words (ein god start, bli kjende med nokon)",
        ),
    ]
    kids = [
        C(
            k_netto,
            ["GA1"],
            note="the strategy's main goal, a bold 'Hovudmål:' line above the tables",
        ),
        C(k_bustad, ["GA2"]),
        C(
            k_komp,
            ["GA1", "GB1"],
            note="serves two parent goals: more people, and skills for business",
        ),
        C(k_start, ["GC2"]),
        C(
            k_svar,
            [],
            note="answering enquiries within two days is service to people who have "
            "not moved yet; it serves no goal of the parent",
        ),
    ]
    return dict(
        language="nn",
        parent="parent.docx",
        child="child.pdf",
        producer="parent .docx: each goal a bold paragraph 'Mål A1: …' followed by a plain "
        "'Det betyr …' paragraph, under lettered focus-area headings (A, B, C); child PDF "
        "(strategi for busetjing og tilflytting): a bold 'Hovudmål:' line, then Delmål | Tiltak "
        "| Ansvar | Tid tables with each delmål printed only in the first row of its group",
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
            e = {
                "id": g["id"],
                "text": g["text"],
                "page": find_page(ppages, g["text"]),
                "status": g["status"],
                "served_by": g["served_by"],
            }
            for s in g["served_by"]:
                find_page(cpages, s)
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
            "corpora/parents-blind5/make_pairs.py.\n"
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
