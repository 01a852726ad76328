"""Build the parent/child pairs for the rød tråd check (pbl § 11-1) and their gold files.

A parent is a kommuneplanens samfunnsdel (vision, focus areas, 8–12 goals); the child is the
handlingsdel or a temaplan that follows it up. Children rarely quote the parent: "Alle barn og
unge skal oppleve trivsel og mestring" above, "Elevene skal trives, føle seg trygge og lære
mer" below. Written blind (without reading plancheck's code). See README.md for the gold format.

    python corpora/parents/make_pairs.py            # all pairs
    python corpora/parents/make_pairs.py elvedal    # some pairs
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))

from _build import build_docx, build_pdf, page_of, rendered_pages  # noqa: E402

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def G(gid, text, status, served_by=(), ev=None, missing=(), note=None):
    """A parent goal. served_by: child goal or measure texts (as printed); ev: opening words
    of the child passage that best shows the follow-up."""
    return dict(id=gid, text=text, status=status, served_by=list(served_by), ev=ev,
                missing=list(missing), note=note)


def C(text, serves=(), note=None):
    """A child goal and the parent goals it serves (empty: it stands alone)."""
    return dict(text=text, serves=list(serves), note=note)


def goal_table(rows):
    return ("table", ["Mål", "Slik vil vi jobbe"], rows, [70, 90])


# =========================================================================== 1 Elvedal (nb)


@pair
def elvedal_handlingsdel(d: Path) -> dict:
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2024–2036"),
        ("meta", "Elvedal kommune · Vedtatt av kommunestyret 14. mars 2024"),
        ("h1", "Visjon"),
        ("p", "**Elvedal – trygg, grønn og nær**"),
        ("p", "Samfunnsdelen peker ut fire satsingsområder. Under hvert satsingsområde står "
              "målene kommunen skal arbeide mot, og strategiene som viser hvordan. "
              "Handlingsdelen med økonomiplan følger opp målene år for år."),
        ("h1", "1 Gode oppvekstvilkår"),
        ("p", "Mål:"),
        ("bullets", [
            "Alle barn og unge skal oppleve trivsel og mestring.",
            "Flere ungdommer skal fullføre videregående opplæring.",
            "Barn og familier som trenger hjelp, skal få det tidlig.",
        ]),
        ("p", "Strategier: Vi vil styrke samarbeidet mellom barnehage, skole og "
              "helsetjenester, og vi vil lytte til barn og unge."),
        ("h1", "2 Helse og livskvalitet hele livet"),
        ("p", "Mål:"),
        ("bullets", [
            "Innbyggerne skal kunne bo trygt hjemme så lenge som mulig.",
            "Forskjellene i levekår og helse skal reduseres.",
            "Alle skal ha tilgang til gode møteplasser og et aktivt fritidstilbud.",
        ]),
        ("break",),
        ("h1", "3 Et levende næringsliv"),
        ("p", "Mål:"),
        ("bullets", [
            "Elvedal skal ha flere arbeidsplasser i privat sektor.",
            "Sentrum skal være et attraktivt sted å bo, handle og møtes.",
        ]),
        ("h1", "4 Klima, miljø og arealbruk"),
        ("p", "Mål:"),
        ("bullets", [
            "Klimagassutslippene i kommunen skal reduseres med 55 prosent innen 2030.",
            "Dyrka jord og viktige naturområder skal tas vare på.",
            "Kommunen skal være forberedt på et villere og våtere klima.",
        ]),
    ]
    build_pdf(parent, d / "parent.pdf", title="Kommuneplanens samfunnsdel 2024–2036",
              author="Elvedal kommune", header="Elvedal kommune · Samfunnsdelen")
    child = [
        ("title", "Handlingsdel med økonomiplan 2025–2028"),
        ("meta", "Elvedal kommune · Vedtatt 12. desember 2024"),
        ("h1", "1 Innledning"),
        ("p", "Handlingsdelen viser hvordan kommunen følger opp samfunnsdelen i de neste fire "
              "årene. For hvert satsingsområde står prioriteringene for perioden og tiltakene "
              "som har fått midler."),
        ("h1", "2 Gode oppvekstvilkår"),
        ("p", "Prioriteringer i perioden:"),
        ("bullets", [
            "Elevene skal trives, føle seg trygge og lære mer.",
            "Færre elever skal slutte i videregående skole.",
        ]),
        ("table", ["Tiltak", "Ansvar", "2025", "2026"], [
            ["Leseløft og trivselsledere på alle barneskoler", "Skole", "0,8 mill.",
             "0,8 mill."],
            ["Oppfølgingsteam for ungdom som står i fare for å slutte i videregående",
             "NAV og skole", "1,2 mill.", "1,2 mill."],
            ["Familieteam med helsesykepleier og familieveileder", "Helse", "1,5 mill.",
             "1,5 mill."],
        ], [80, 30, 25, 25]),
        ("h1", "3 Helse og livskvalitet"),
        ("p", "Prioriteringer i perioden:"),
        ("bullets", [
            "Flere eldre skal få hjelp hjemme med velferdsteknologi.",
        ]),
        ("table", ["Tiltak", "Ansvar", "2025", "2026"], [
            ["Digitalt tilsyn for 100 nye brukere", "Helse og omsorg", "0,6 mill.",
             "0,4 mill."],
            ["Gratis kulturskole for barn i familier med lav inntekt", "Kultur", "0,3 mill.",
             "0,3 mill."],
        ], [80, 30, 25, 25]),
        ("break",),
        ("h1", "4 Næringsliv og sentrum"),
        ("table", ["Tiltak", "Ansvar", "2025", "2026"], [
            ["Regulere nytt næringsareal på Moen", "Plan", "0,5 mill.", "–"],
            ["Svar på henvendelser fra næringslivet innen tre uker", "Næring", "–", "–"],
            ["Tilskudd til fasadeoppussing for butikkene i Storgata", "Næring", "0,5 mill.",
             "0,5 mill."],
        ], [80, 30, 25, 25]),
        ("h1", "5 Klima og beredskap"),
        ("p", "Prioriteringer i perioden:"),
        ("bullets", [
            "Kommunens egne bygg skal bruke 20 prosent mindre energi innen 2028.",
        ]),
        ("table", ["Tiltak", "Ansvar", "2025", "2026"], [
            ["Elbiler i hjemmetjenesten", "Helse og omsorg", "0,9 mill.", "0,9 mill."],
            ["Flomsikring av Storelva ved sentrum", "Teknisk", "6,0 mill.", "4,0 mill."],
            ["Kartlegge overvann i boligfeltene", "Teknisk", "0,4 mill.", "–"],
        ], [80, 30, 25, 25]),
        ("h1", "6 Økonomi og organisasjon"),
        ("p", "Mål for perioden:"),
        ("bullets", [
            "Netto driftsresultat skal være minst 1,75 prosent av driftsinntektene.",
            "Sykefraværet skal ned til 7 prosent.",
        ]),
    ]
    build_pdf(child, d / "child.pdf", title="Handlingsdel med økonomiplan 2025–2028",
              author="Elvedal kommune", header="Elvedal kommune · Handlingsdel 2025–2028")
    goals = [
        G("G1", "Alle barn og unge skal oppleve trivsel og mestring.", "followed_up",
          ["Elevene skal trives, føle seg trygge og lære mer.",
           "Leseløft og trivselsledere på alle barneskoler"],
          ev="Elevene skal trives, føle seg trygge"),
        G("G2", "Flere ungdommer skal fullføre videregående opplæring.", "followed_up",
          ["Færre elever skal slutte i videregående skole.",
           "Oppfølgingsteam for ungdom som står i fare for å slutte i videregående"],
          ev="Færre elever skal slutte"),
        G("G3", "Barn og familier som trenger hjelp, skal få det tidlig.", "followed_up",
          ["Familieteam med helsesykepleier og familieveileder"],
          ev="Familieteam med helsesykepleier"),
        G("G4", "Innbyggerne skal kunne bo trygt hjemme så lenge som mulig.", "followed_up",
          ["Flere eldre skal få hjelp hjemme med velferdsteknologi.",
           "Digitalt tilsyn for 100 nye brukere"], ev="Flere eldre skal få hjelp hjemme"),
        G("G5", "Forskjellene i levekår og helse skal reduseres.", "partial",
          ["Gratis kulturskole for barn i familier med lav inntekt"],
          ev="Gratis kulturskole for barn",
          missing=["forskjeller i helse", "levekår for voksne"]),
        G("G6", "Alle skal ha tilgang til gode møteplasser og et aktivt fritidstilbud.",
          "not_followed_up"),
        G("G7", "Elvedal skal ha flere arbeidsplasser i privat sektor.", "followed_up",
          ["Regulere nytt næringsareal på Moen",
           "Svar på henvendelser fra næringslivet innen tre uker"],
          ev="Regulere nytt næringsareal"),
        G("G8", "Sentrum skal være et attraktivt sted å bo, handle og møtes.", "partial",
          ["Tilskudd til fasadeoppussing for butikkene i Storgata"],
          ev="Tilskudd til fasadeoppussing",
          missing=["boliger i sentrum", "møteplasser i sentrum"]),
        G("G9", "Klimagassutslippene i kommunen skal reduseres med 55 prosent innen 2030.",
          "partial",
          ["Kommunens egne bygg skal bruke 20 prosent mindre energi innen 2028.",
           "Elbiler i hjemmetjenesten"], ev="Kommunens egne bygg skal bruke",
          missing=["utslipp fra transport, landbruk og næring i kommunen som helhet"]),
        G("G10", "Dyrka jord og viktige naturområder skal tas vare på.", "not_followed_up"),
        G("G11", "Kommunen skal være forberedt på et villere og våtere klima.", "followed_up",
          ["Flomsikring av Storelva ved sentrum", "Kartlegge overvann i boligfeltene"],
          ev="Flomsikring av Storelva"),
    ]
    kids = [
        C("Elevene skal trives, føle seg trygge og lære mer.", ["G1"]),
        C("Færre elever skal slutte i videregående skole.", ["G2"]),
        C("Flere eldre skal få hjelp hjemme med velferdsteknologi.", ["G4"]),
        C("Kommunens egne bygg skal bruke 20 prosent mindre energi innen 2028.", ["G9"]),
        C("Netto driftsresultat skal være minst 1,75 prosent av driftsinntektene.", []),
        C("Sykefraværet skal ned til 7 prosent.", []),
    ]
    return dict(language="nb", parent="parent.pdf", child="child.pdf", goals=goals, kids=kids,
                producer="samfunnsdel PDF with goals as bullets under focus areas; "
                         "handlingsdel PDF with priorities and measure tables")


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
                    raise SystemExit(f"{name}: child goal {k['text']!r} serves {gid} "
                                     "but is not in its served_by")
        out_goals = []
        for g in info["goals"]:
            if (g["status"] == "not_followed_up") != (not g["served_by"]):
                raise SystemExit(f"{name}: {g['id']} status and served_by disagree")
            e = {"id": g["id"], "text": g["text"], "page": page_of(ppages, g["text"]),
                 "status": g["status"], "served_by": g["served_by"]}
            for s in g["served_by"]:
                # printed in the child (a table cell wraps: its opening words stay together)
                page_of(cpages, " ".join(s.split()[:4]))
            if g["status"] == "partial":
                e["missing"] = g["missing"]
            e["evidence"] = ({"page": page_of(cpages, g["ev"]), "quote": g["ev"]}
                             if g["ev"] else None)
            if g["note"]:
                e["note"] = g["note"]
            out_goals.append(e)
        out_kids = []
        for k in info["kids"]:
            e = {"text": k["text"], "page": page_of(cpages, k["text"]), "serves": k["serves"]}
            if k["note"]:
                e["note"] = k["note"]
            out_kids.append(e)
        header = (
            f"# Blind rød-tråd gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/parents/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# parent_goals: status followed_up | partial | not_followed_up, served_by (child goal\n"
            "# or measure texts), evidence (page + opening words in the child); child_goals:\n"
            "# serves (parent goal ids; empty = stands alone). See corpora/parents/README.md.\n"
        )
        body = yaml.safe_dump(
            {"parent": info["parent"], "child": info["child"], "language": info["language"],
             "parent_goals": out_goals, "child_goals": out_kids, "held_out": True},
            allow_unicode=True, sort_keys=False, width=100)
        (d / "parent-coverage.gold.yaml").write_text(header + body, encoding="utf-8")
        n = {s: sum(g["status"] == s for g in info["goals"])
             for s in ("followed_up", "partial", "not_followed_up")}
        alone = sum(not k["serves"] for k in info["kids"])
        print(f"{name}: {len(info['goals'])} parent goals {n}; {len(info['kids'])} child goals, "
              f"{alone} standing alone")


if __name__ == "__main__":
    main(sys.argv[1:])

__all__ = ["build_docx", "goal_table"]
