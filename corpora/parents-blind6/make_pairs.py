"""Build the sixth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-02 without reading plancheck's code. The parents are kommuneplanens
samfunnsdel laid out in two ways not used by the earlier batches: goals in shaded goal boxes (a
one-column table "Dette vil vi oppnå" under each focus area, no numbers), and one "Tema | Mål"
table for the whole plan whose theme is printed only in the first row of its group. The
children follow them up: a handlingsdel in Word whose measures are labelled blocks (a bold
measure title, then "Ansvar: …" and "Frist: …" lines, one without a Frist) under bold
"Periodemål:" lines, and a nynorsk bustadpolitisk plan saved by Writer (.odt) whose goals are
typed "M1⇥…" in a goal list and whose measure table refers to them by number only (a "Mål"
column holding "M2"). The child paraphrases the parent, serves some goals only in part, leaves
some alone (out of its theme, or deferred to another plan) and has goals of its own; traps
are noted in the gold.

    python corpora/parents-blind6/make_pairs.py                        # all pairs
    python corpora/parents-blind6/make_pairs.py solbra-bustadplan      # some pairs

Imports the fifth batch's builder (corpora/parents-blind5/make_pairs.py: the Writer (.odt)
export with list ids renumbered, and through it the block writer of
corpora/mandates-blind/_build.py and the goal helpers G, C, find_page of
corpora/parents/make_pairs.py); `main` is the fifth batch's gold writer and checks (every goal,
served_by text and evidence quote printed in the document), so a rebuild gives the same files.
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


_p5 = _load("parents_blind5_make_pairs", HERE.parent / "parents-blind5" / "make_pairs.py")
G, C, find_page, build_odt = _p5.G, _p5.C, _p5.find_page, _p5.build_odt

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Bråtveit (nb)


@pair
def bratveit_handlingsdel(d: Path) -> dict:
    g = [
        "Bråtveit skal ha levende sentrum både i Bråtveit og i Nesbygda.",
        "Alle skal ha en god og trygg bolig som passer livssituasjonen deres.",
        "Innbyggerne skal oppleve at de kan påvirke utviklingen av nærmiljøet sitt.",
        "Flere skal ta ansvar for egen helse og være fysisk aktive gjennom hele livet.",
        "Barn og unge skal få hjelp tidlig når de strever.",
        "Innbyggere med behov for tjenester skal kunne bo hjemme så lenge som mulig.",
        "Bråtveit skal ha et variert næringsliv med flere arbeidsplasser innen reiseliv og mat.",
        "Utslippene av klimagasser i Bråtveit skal ned, og naturen skal tas vare på.",
    ]

    def box(goals):
        return ("table", ["Dette vil vi oppnå"], [[t] for t in goals], [160])

    parent = [
        ("meta", "BRÅTVEIT KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2027–2039"),
        ("meta", "Vedtatt av kommunestyret 17.06.2027, sak 51/27"),
        ("h1", "Innledning"),
        (
            "p",
            "Samfunnsdelen sier hvilket samfunn vi vil ha i Bråtveit fram mot 2039. Den har "
            "tre satsingsområder. Under hvert av dem står målene i en egen ramme. Målene følges "
            "opp i handlingsdelen, som rulleres hvert år sammen med økonomiplanen.",
        ),
        ("h1", "1 Levende lokalsamfunn"),
        (
            "p",
            "Butikkene i Nesbygda har lagt ned den ene etter den andre, og i Bråtveit sentrum "
            "står flere lokaler tomme. Det er få små boliger, og unge som vil etablere seg, "
            "flytter ofte til byen.",
        ),
        box(g[0:3]),
        ("h1", "2 Helse og mestring"),
        (
            "p",
            "Folkehelseprofilen viser at færre er fysisk aktive enn i landet ellers. Flere barn "
            "og unge trenger hjelp for psykiske plager, og antallet innbyggere over 80 år "
            "dobles fram mot 2039.",
        ),
        box(g[3:6]),
        ("h1", "3 Grønn verdiskaping"),
        (
            "p",
            "Landbruket og turismen er de viktigste næringene i Bråtveit. Transport og "
            "landbruk står for det meste av klimagassutslippene.",
        ),
        box(g[6:8]),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2027–2039",
        author="Bråtveit kommune",
        header="Bråtveit kommune – kommuneplanens samfunnsdel",
    )
    k_sentrum = "Flere skal handle, spise og møtes i sentrum av Bråtveit og Nesbygda."
    k_bolig = "Unge i etableringsfasen skal kunne kjøpe sin første bolig i Bråtveit."
    k_svar = "Innbyggerne skal få raskt og tydelig svar når de tar kontakt med kommunen."
    k_aktiv = "Flere i alle aldre skal gå, sykle og trene i hverdagen."
    k_tidlig = "Barn og familier som sliter, skal få riktig hjelp før problemene vokser seg store."
    k_eldre = "Flere eldre skal klare seg i eget hjem ved hjelp av velferdsteknologi."
    k_klima = "Kommunens egne klimagassutslipp skal ned med 40 prosent innen 2030."
    m_plan = "Sentrumsplan for Bråtveit med torg og møteplasser"
    m_nes = "Sommertorg med benker og matboder i Nesbygda"
    m_start = "Startlån og leie-til-eie for unge førstegangskjøpere"
    m_svar = "Svar på henvendelser innen tre virkedager"
    m_tur = "Merking av 20 nærturer og turkart for hele kommunen"
    m_frisk = "Frisklivssentral med tilbud på kveldstid"
    m_bti = "Bedre tverrfaglig innsats (BTI) i alle barnehager og skoler"
    m_tilsyn = "Digitalt tilsyn og medisindispensere i hjemmetjenesten"
    m_bil = "Utslippsfrie tjenestebiler"

    def goal(text):
        return ("p", f"**Periodemål: {text}**")

    def measure(title, owner, due=None):
        out = [("p", f"**{title}**"), ("p", f"Ansvar: {owner}")]
        if due:
            out.append(("p", f"Frist: {due}"))
        return out

    child = [
        ("title", "Handlingsdel 2028–2031"),
        ("meta", "Bråtveit kommune · Vedtatt av kommunestyret 14.12.2027, sak 96/27"),
        ("h1", "Om handlingsdelen"),
        (
            "p",
            "Handlingsdelen viser hva kommunen skal gjøre de neste fire årene for å følge opp "
            "samfunnsdelen. For hvert satsingsområde står periodemålene først og tiltakene "
            "etter. Tiltakene for næringsutvikling står i den strategiske næringsplanen "
            "2027–2030 og gjentas ikke her.",
        ),
        ("h1", "1 Levende lokalsamfunn"),
        goal(k_sentrum),
        *measure(m_plan, "Plansjef", "2029"),
        *measure(m_nes, "Kultursjef", "Sommeren 2028"),
        goal(k_bolig),
        *measure(m_start, "Tildelingskontoret", "2028"),
        goal(k_svar),
        *measure(m_svar, "Servicetorget"),
        ("h1", "2 Helse og mestring"),
        goal(k_aktiv),
        *measure(m_tur, "Friluftsrådgiver", "2029"),
        *measure(m_frisk, "Kommunalsjef helse", "2028"),
        goal(k_tidlig),
        *measure(m_bti, "Kommunalsjef oppvekst", "2028–2029"),
        goal(k_eldre),
        *measure(m_tilsyn, "Kommunalsjef helse", "2029"),
        ("h1", "3 Grønn verdiskaping"),
        goal(k_klima),
        *measure(m_bil, "Innkjøpssjef", "2030"),
    ]
    build_docx(
        child,
        d / "child.docx",
        title="Handlingsdel 2028–2031",
        author="Bråtveit kommune",
        header="Bråtveit kommune – handlingsdel 2028–2031",
    )
    goals_ = [
        G(
            "G1",
            g[0],
            "followed_up",
            [k_sentrum, m_plan, m_nes],
            ev="Periodemål: Flere skal handle, spise",
            note="answered in other words (handle, spise og møtes for levende sentrum); the "
            "parent's goals have no numbers, ids run box by box",
        ),
        G(
            "G2",
            g[1],
            "partial",
            [k_bolig, m_start],
            ev="Periodemål: Unge i etableringsfasen",
            missing=["boliger for eldre og for dem som trenger en tilrettelagt bolig"],
            note="the child serves first-time buyers only, not every life situation",
        ),
        G(
            "G3",
            g[2],
            "not_followed_up",
            note="trap: 'Innbyggerne skal få raskt og tydelig svar når de tar kontakt med "
            "kommunen' shares 'Innbyggerne skal' and serves service quality; nothing on "
            "influence over the nærmiljø",
        ),
        G(
            "G4",
            g[3],
            "followed_up",
            [k_aktiv, m_tur, m_frisk],
            ev="Periodemål: Flere i alle aldre",
            note="answered in other words (i alle aldre for gjennom hele livet; gå, sykle og "
            "trene for fysisk aktive; frisklivssentral)",
        ),
        G(
            "G5",
            g[4],
            "followed_up",
            [k_tidlig, m_bti],
            ev="Periodemål: Barn og familier som sliter",
            note="answered in other words (før problemene vokser seg store for tidlig)",
        ),
        G(
            "G6",
            g[5],
            "partial",
            [k_eldre, m_tilsyn],
            ev="Periodemål: Flere eldre skal klare seg",
            missing=["yngre innbyggere med behov for tjenester"],
            note="klare seg i eget hjem for bo hjemme, for the elderly only",
        ),
        G(
            "G7",
            g[6],
            "not_followed_up",
            note="deferred in the introduction to the strategiske næringsplan 2027–2030",
        ),
        G(
            "G8",
            g[7],
            "partial",
            [k_klima, m_bil],
            ev="Periodemål: Kommunens egne klimagassutslipp",
            missing=["utslippene i Bråtveit som samfunn", "naturen skal tas vare på"],
            note="the child serves the council's own emissions only",
        ),
    ]
    kids = [
        C(k_sentrum, ["G1"]),
        C(k_bolig, ["G2"]),
        C(k_svar, [], note="service to the public serves no goal (G3 shares words)"),
        C(k_aktiv, ["G4"]),
        C(k_tidlig, ["G5"]),
        C(k_eldre, ["G6"]),
        C(k_klima, ["G8"]),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.docx",
        producer="parent PDF: goals in shaded goal boxes (a one-column table 'Dette vil vi "
        "oppnå' under each of three focus areas, 3 / 3 / 2 goals), no numbers; child .docx "
        "(handlingsdel): bold 'Periodemål: …' lines, each over labelled measure blocks (bold "
        "title, 'Ansvar: …', 'Frist: …'; one block has no Frist)",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 2 Solbrå (nn)


@pair
def solbra_bustadplan(d: Path) -> dict:
    g = [
        "Alle barn skal ha ein trygg oppvekst med gode barnehagar og skular.",
        "Barnefamiliar skal velje å busetje seg i Solbrå.",
        "Det skal vere eit variert bustadtilbod i heile kommunen, også utleigebustader.",
        "Alle skal kunne bu trygt og sjølvstendig, også når helsa sviktar.",
        "Sentrum og grendene skal vere gode å bu i, med korte avstandar til daglege gjeremål.",
        "Solbrå skal ha nok arbeidskraft til dei viktige næringane og tenestene.",
        "Utbygging skal skje med minst mogleg nedbygging av dyrka jord og natur.",
    ]
    parent = [
        ("meta", "SOLBRÅ KOMMUNE"),
        ("title", "Kommuneplanen sin samfunnsdel 2026–2038"),
        ("meta", "Vedteken av kommunestyret 11.06.2026, sak 38/26"),
        ("h1", "Innleiing"),
        (
            "p",
            "Samfunnsdelen er kommunen sin overordna plan for korleis Solbrå skal utvikle seg. "
            "Han skal følgjast opp i handlingsdelen og i temaplanar. Tabellen nedanfor viser "
            "måla for 2038, ordna etter tema.",
        ),
        ("h1", "Måla våre"),
        (
            "table",
            ["Tema", "Mål for 2038"],
            [
                ["Oppvekst", g[0]],
                ["", g[1]],
                ["Bu og leve", g[2]],
                ["", g[3]],
                ["", g[4]],
                ["Arbeid og klima", g[5]],
                ["", g[6]],
            ],
            [40, 120],
        ),
        ("h1", "Utfordringar"),
        (
            "p",
            "Solbrå har hatt nedgang i talet på barn sidan 2015. Det er nesten berre "
            "einebustader i kommunen, og det er få bustader å leige. Mange eldre bur i store hus "
            "som er vanskelege å halde ved like. Helse og omsorg og landbruket manglar "
            "arbeidsfolk, og mykje dyrka jord er bygd ned dei siste tjue åra.",
        ),
    ]
    build_docx(
        parent,
        d / "parent.docx",
        title="Kommuneplanen sin samfunnsdel 2026–2038",
        author="Solbrå kommune",
        header="Solbrå kommune – samfunnsdelen",
        lang="nn-NO",
    )
    k = {
        "M1": "Unge og barnefamiliar skal finne ein bustad dei har råd til i Solbrå.",
        "M2": "Det skal byggjast fleire små utleigebustader i sentrum og på Heggvik.",
        "M3": "Eldre og personar med nedsett funksjonsevne skal kunne bu heime i ein tilpassa "
        "bustad.",
        "M4": "Nye bustadfelt skal liggje i gangavstand til skule, butikk og busshaldeplass.",
        "M5": "Nytilsette i kommunen skal få hjelp til å finne bustad.",
        "M6": "Leigebuarar i kommunale bustader skal få svar på meldingar om vedlikehald innan "
        "ei veke.",
    }
    m = {
        "tomt": "Halv pris på bustadtomter på Heggvik for barnefamiliar",
        "start": "Startlån til førstegongskjøparar",
        "utleige": "Samarbeid med private utbyggjarar om 20 utleigebustader",
        "tilpass": "Tilskot til tilpassing av bustad",
        "radgiving": "Bustadrådgiving for eldre som vil flytte til ein mindre bustad",
        "felt": "Leikeplass og møteplass i kvart nytt bustadfelt",
        "hybel": "Tre hyblar til nytilsette i helse og omsorg",
        "melding": "Digitalt skjema for vedlikehaldsmeldingar",
    }
    goal_list = [("typed", gid, text, "\t", 12) for gid, text in k.items()]
    child = [
        ("title", "Bustadpolitisk plan for Solbrå 2027–2031"),
        ("meta", "Solbrå kommune · Vedteken av kommunestyret 09.12.2026, sak 91/26"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Planen følgjer opp samfunnsdelen på bustadområdet. Solbrå har fått ny barneskule på "
            "Heggvik, og fleire barnefamiliar spør etter bustad der. Kvar nye bustadfelt skal "
            "liggje, og kor mykje areal som blir teke, blir avgjort i kommuneplanen sin "
            "arealdel.",
        ),
        ("h1", "2 Mål for bustadpolitikken"),
        ("p", "I planperioden skal vi arbeide mot desse måla:"),
        *goal_list,
        ("h1", "3 Tiltak"),
        (
            "p",
            "Kolonna «Mål» viser kva mål tiltaket høyrer til.",
        ),
        (
            "table",
            ["Mål", "Tiltak", "Ansvarleg", "Når"],
            [
                ["M1", m["tomt"], "Kommunalsjef samfunn", "2027"],
                ["M1", m["start"], "Tildelingskontoret", "Kvart år"],
                ["M2", m["utleige"], "Kommunalsjef samfunn", "2027–2029"],
                ["M3", m["tilpass"], "Tildelingskontoret", "Kvart år"],
                ["M3", m["radgiving"], "Eldrekoordinator", "2028"],
                ["M4", m["felt"], "Teknisk sjef", "Ved kvart nytt felt"],
                ["M5", m["hybel"], "HR-sjef", "2027"],
                ["M6", m["melding"], "Eigedomssjef", "2027"],
            ],
            [14, 78, 40, 28],
        ),
    ]
    build_odt(
        child,
        d / "child.odt",
        title="Bustadpolitisk plan for Solbrå 2027–2031",
        author="Solbrå kommune",
        header="Solbrå kommune – bustadpolitisk plan",
        lang="nn-NO",
    )
    goals_ = [
        G(
            "G1",
            g[0],
            "not_followed_up",
            note="outside the theme of a bustadplan; the new barneskule on Heggvik is named in "
            "passing in the introduction as a reason families ask for homes there",
        ),
        G(
            "G2",
            g[1],
            "followed_up",
            [k["M1"], m["tomt"], m["start"]],
            ev="Unge og barnefamiliar skal finne",
            note="answered in other words (finne ein bustad dei har råd til, halv pris på "
            "tomter for barnefamiliar); the parent's goals have no numbers, ids run row by row "
            "through the Tema | Mål table",
        ),
        G(
            "G3",
            g[2],
            "partial",
            [k["M2"], m["utleige"]],
            ev="Det skal byggjast fleire små utleigebustader",
            missing=["bustader i grendene utanfor sentrum og Heggvik"],
            note="small rentals in sentrum and Heggvik only, not the whole municipality",
        ),
        G(
            "G4",
            g[3],
            "followed_up",
            [k["M3"], m["tilpass"], m["radgiving"]],
            ev="Eldre og personar med nedsett funksjonsevne",
            note="answered in other words (bu heime i ein tilpassa bustad for bu trygt og "
            "sjølvstendig når helsa sviktar)",
        ),
        G(
            "G5",
            g[4],
            "partial",
            [k["M4"], m["felt"]],
            ev="Nye bustadfelt skal liggje i gangavstand",
            missing=["sentrum og grendene slik dei er i dag, utanfor dei nye bustadfelta"],
            note="gangavstand for korte avstandar, in new housing areas only",
        ),
        G(
            "G6",
            g[5],
            "partial",
            [k["M5"], m["hybel"]],
            ev="Nytilsette i kommunen skal få hjelp",
            missing=["arbeidskraft til næringane, t.d. landbruket"],
            note="housing for the council's own new staff only",
        ),
        G(
            "G7",
            g[6],
            "not_followed_up",
            note="deferred in the introduction to kommuneplanen sin arealdel",
        ),
    ]
    kids = [
        C(k["M1"], ["G2"]),
        C(k["M2"], ["G3"]),
        C(k["M3"], ["G4"]),
        C(k["M4"], ["G5"]),
        C(k["M5"], ["G6"]),
        C(
            k["M6"],
            [],
            note="service to tenants of council homes serves no goal of the parent",
        ),
    ]
    return dict(
        language="nn",
        parent="parent.docx",
        child="child.odt",
        producer="parent .docx: one 'Tema | Mål for 2038' table for the whole plan, the theme "
        "printed only in the first row of its group (2 / 3 / 2 goals), no numbers; child .odt "
        "(Writer, bustadpolitisk plan): goals typed 'M1⇥…' with a hanging indent, and a "
        "'Mål | Tiltak | Ansvarleg | Når' table whose Mål column holds only the goal number",
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
            "corpora/parents-blind6/make_pairs.py.\n"
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
