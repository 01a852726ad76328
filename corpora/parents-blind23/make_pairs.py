"""Build the twenty-third blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar23` without reading plancheck's code, tests or bench, and without
running it. Parents and children in forms the earlier batches did not use:

- Brimfjell / Tjørnvåg (nn → nb): a fylkeskommune's REGIONAL PLAN (reportlab) whose goals are
  'Strategiar' numbered per innsatsområde (1.1, 1.2, 2.1 …, a hanging number column); the child,
  a kommunedelplan for idrett, fysisk aktivitet og friluftsliv (python-docx → LibreOffice), cites
  them only in RUNNING TEXT ('jf. strategi 2.3 i regionplanen'), and quotes one strategy verbatim
  in its background while sending it to another plan.
- Solbrekke (nb): a samfunnsdel (Chromium) with a coloured box 'Dette vil vi:' per chapter holding
  the goals as a NUMBERED LIST (1., 2. … restarting per chapter); the child, the kommune's
  ÅRSMELDING (python-docx → LibreOffice), reports per samfunnsmål a table 'Resultatmål 2032 |
  Resultat | Status' with 'Grønn / Gul / Rød'.

    python corpora/parents-blind23/make_pairs.py                  # all pairs
    python corpora/parents-blind23/make_pairs.py tjornvag-friluft
    python corpora/parents-blind23/make_pairs.py --verify         # re-read the PDFs only

Imports the twenty-first batch's builder (corpora/parents-blind21/make_pairs.py: through it
batch 20's and earlier writers: `_rl`, `G`, `C`, the Chromium print, `_page`, `build_pdf`) and
runs batch 14's `main` (gold writer and checks) on this folder's pairs. `--verify` is batch 20's,
pointed at this folder.
"""

from __future__ import annotations

import html as _html
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p21 = _load("parents_blind21_make_pairs", HERE.parent / "parents-blind21" / "make_pairs.py")
_p20 = _p21._p20
_p14 = _p21._p14
G, C = _p21.G, _p21.C
_chromium, _page, _rl = _p21._chromium, _p21._page, _p21._rl
build_pdf = _p21.build_pdf

PAIRS: dict[str, Callable[[Path], dict]] = {}
e = _html.escape


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Brimfjell → Tjørnvåg


@pair
def tjornvag_friluft(d: Path) -> dict:
    g = {
        "1.1": "Leggje til rette for at alle barn og unge kan delta i minst éin fritidsaktivitet, "
        "uavhengig av økonomien til familien.",
        "1.2": "Styrkje det psykiske helsearbeidet i skulen.",
        "2.1": "Byggje trygge gang- og sykkelvegar til skular og til kommunesentra.",
        "2.2": "Gjere friluftsområde nær der folk bur tilgjengelege for alle, også for personar "
        "med nedsett funksjonsevne.",
        "2.3": "Auke den fysiske aktiviteten blant eldre gjennom lågterskeltilbod.",
        "3.1": "Byggje opp eit felles kunnskapsgrunnlag om folkehelsa i kommunane og fylket.",
    }
    areas = [
        ("Innsatsområde 1: Gode oppvekstvilkår",
         "Barn som veks opp i familiar med låg inntekt, deltek sjeldnare i organiserte "
         "fritidsaktivitetar. Talet på unge med psykiske plager har auka sidan 2020.",
         ["1.1", "1.2"]),
        ("Innsatsområde 2: Fysisk aktivitet i kvardagen",
         "Berre tre av ti vaksne i Brimfjell er fysisk aktive i tråd med tilrådingane frå "
         "Helsedirektoratet. Nærmiljøet avgjer kor mykje folk går og syklar.",
         ["2.1", "2.2", "2.3"]),
        ("Innsatsområde 3: Kunnskap og samarbeid",
         "Folkehelselova krev at kommunane og fylkeskommunen har oversikt over helsetilstanden "
         "og faktorane som påverkar han.",
         ["3.1"]),
    ]
    parent = [
        ("title", "Regional plan for folkehelse og friluftsliv 2033–2045"),
        ("meta", "Brimfjell fylkeskommune · Vedteken av fylkestinget 23. april 2033, sak 18/33"),
        ("h1", "1 Innleiing"),
        ("p", "Regionplanen er eit felles grunnlag for fylkeskommunen, kommunane og frivillige "
         "organisasjonar. Planen har tre innsatsområde. Under kvart innsatsområde står "
         "strategiane, nummererte slik at kommunane kan vise til dei. Tiltaka står i det "
         "årlege handlingsprogrammet."),
    ]
    for head, bg, ids in areas:
        parent += [("h1", head), ("p", bg), ("h2", "Strategiar")]
        parent += [("hang", sid, g[sid]) for sid in ids]
    parent += [
        ("h1", "Handlingsprogram"),
        ("p", "Fylkesutvalet vedtek kvart år eit handlingsprogram med tiltak og tilskot. "
         "Kommunane blir inviterte til å melde inn tiltak som følgjer opp strategiane."),
    ]
    _rl(d / "parent.pdf", parent, title="Regional plan for folkehelse og friluftsliv 2033–2045",
        author="Brimfjell fylkeskommune", creator="Brimfjell fylkeskommune, Regionalavdelinga",
        header="Brimfjell fylkeskommune – Regional plan for folkehelse og friluftsliv",
        footer="Side {n}", accent="#2d5d3b")

    k = {
        "k1": "Alle barn og unge i Tjørnvåg kan delta i minst én fritidsaktivitet uten at "
        "kontingent eller utstyr er et hinder.",
        "k2": "Det er trygg gang- og sykkelvei fra Nesbukta til Tjørnvåg skole innen 2036.",
        "k3": "Alle boligfelt har en merket nærtur på under to kilometer.",
        "k4": "Turveien rundt Tjørnvatnet er universelt utformet innen 2035.",
        "k5": "Seniortrim tilbys hver uke i alle fire grendehusene.",
        "k6": "Kunstgressbanen på Nesbukta er ferdig i 2036.",
        "k7": "Idrettsrådet og kommunen holder et felles dialogmøte hvert år.",
    }
    t = {
        "t1": "Aktivitetskort som dekker kontingent for ett fritidstilbud",
        "t1b": "Utstyrssentral på Tjørnvåg fritidsklubb",
        "t2": "Gang- og sykkelvei langs fylkesvei 652, 1,8 km (spleiselag med fylkeskommunen)",
        "t3": "Merking og kart for nærturer sammen med turlaget",
        "t4": "Fast dekke, hvileplasser og toalett ved Tjørnvatnet",
        "t5": "Driftstilskudd til seniortrim med frisklivssentralen som instruktør",
    }
    child = [
        ("title", "Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2034–2037"),
        ("meta", "Tjørnvåg kommune · Vedtatt av kommunestyret 11. februar 2034, sak 6/34"),
        ("h1", "1 Bakgrunn"),
        ("p", "Planen er kommunens grunnlag for spillemidler og for prioriteringen av anlegg og "
         "tiltak. Den bygger på kommuneplanens samfunnsdel og på den regionale planen for "
         "folkehelse og friluftsliv som Brimfjell fylkeskommune vedtok i 2033."),
        ("p", "Regionplanen vil «styrkje det psykiske helsearbeidet i skulen» (strategi 1.2). "
         "Mange elever i Tjørnvåg sier at de har lite å gjøre på fritiden. Psykisk helse i "
         "skolen følges opp i oppvekstplanen og er ikke tema i denne planen."),
        ("h1", "2 Mål og tiltak"),
        ("h2", "2.1 Aktivitet for alle barn og unge"),
        ("p", "Ingen barn skal stå utenfor fordi familien ikke har råd, jf. strategi 1.1 i "
         "regionplanen. Kommunen vil derfor:"),
        ("p", "Mål: " + k["k1"]),
        ("bullets", [t["t1"], t["t1b"]]),
        ("h2", "2.2 Trygg vei til skolen"),
        ("p", "Elevene fra Nesbukta går i dag langs fylkesveien uten fortau. I tråd med "
         "strategi 2.1 i regionplanen prioriterer vi skoleveien."),
        ("p", "Mål: " + k["k2"]),
        ("bullets", [t["t2"]]),
        ("h2", "2.3 Friluftsliv der folk bor"),
        ("p", "Nærturer og turveier som alle kan bruke, også med rullestol eller barnevogn, "
         "følger opp strategi 2.2 i regionplanen."),
        ("p", "Mål: " + k["k3"]),
        ("p", "Mål: " + k["k4"]),
        ("bullets", [t["t3"], t["t4"]]),
        ("h2", "2.4 Eldre i aktivitet"),
        ("p", "Andelen innbyggere over 67 år øker raskt. Vi vil nå dem som ikke trener i dag, "
         "jf. strategi 2.3 i regionplanen."),
        ("p", "Mål: " + k["k5"]),
        ("bullets", [t["t5"]]),
        ("h2", "2.5 Idrettsanlegg"),
        ("p", "Mål: " + k["k6"]),
        ("p", "Mål: " + k["k7"]),
        ("h1", "3 Handlingsprogram for anlegg"),
        ("table", ["Anlegg", "Kostnad (kr)", "År"],
         [["Kunstgressbane Nesbukta", "9 400 000", "2035–2036"],
          ["Turvei rundt Tjørnvatnet", "2 100 000", "2034–2035"],
          ["Gang- og sykkelvei fv. 652", "14 800 000", "2035–2036"]], [90, 40, 40]),
    ]
    build_pdf(child, d / "child.pdf",
              title="Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2034–2037",
              author="Tjørnvåg kommune",
              header="Tjørnvåg kommune – Kommunedelplan for idrett, fysisk aktivitet og "
              "friluftsliv")

    goals_ = [
        G("1.1", g["1.1"], "followed_up", [k["k1"], t["t1"], t["t1b"]],
          ev="Alle barn og unge i",
          note="the goals are the numbered 'Strategiar' of a REGIONAL plan (fylkeskommune), "
          "numbered per innsatsområde (1.1–3.1) in a hanging number column; the innsatsområde "
          "headings and their background lines are no goals. The child cites 'jf. strategi 1.1 "
          "i regionplanen' in running text; activity card and an equipment library"),
        G("1.2", g["1.2"], "not_followed_up",
          note="trap: the child QUOTES the strategy verbatim in its background ('Regionplanen "
          "vil «styrkje det psykiske helsearbeidet i skulen» (strategi 1.2)') and sends it to "
          "the oppvekstplan; nothing in this plan serves it"),
        G("2.1", g["2.1"], "partial", [k["k2"], t["t2"]], ev="Det er trygg gang- og",
          missing=["gang- og sykkelvegar til kommunesenteret"],
          note="trap: one of two aims — the way to school (Nesbukta–Tjørnvåg skole); nothing "
          "on paths into the municipal centre. Cited 'I tråd med strategi 2.1'"),
        G("2.2", g["2.2"], "followed_up", [k["k3"], k["k4"], t["t3"], t["t4"]],
          ev="Alle boligfelt har en merket",
          note="marked walks near every housing area and a universally designed path round "
          "Tjørnvatnet: near and accessible for all"),
        G("2.3", g["2.3"], "followed_up", [k["k5"], t["t5"]], ev="Seniortrim tilbys hver uke",
          note="weekly senior exercise in all four community halls, cited 'jf. strategi 2.3 i "
          "regionplanen'"),
        G("3.1", g["3.1"], "not_followed_up",
          note="the knowledge base (folkehelseoversikt) is not mentioned in the child"),
    ]
    kids = [
        C(k["k1"], ["1.1"], note="the child goals are the 'Mål:' paragraphs; the running text "
          "with 'jf. strategi n.n' and the bullets are reasoning and measures"),
        C(k["k2"], ["2.1"]),
        C(k["k3"], ["2.2"]),
        C(k["k4"], ["2.2"]),
        C(k["k5"], ["2.3"]),
        C(k["k6"], [], note="an artificial turf pitch: sports facility, no regional strategy "
          "(not 'fysisk aktivitet i kvardagen' for a careful reader: it serves organised "
          "sport) — stands alone"),
        C(k["k7"], [], note="a yearly meeting with the sports council — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; NYNORSK regional plan of a fylkeskommune): 'Strategiar' "
        "numbered per innsatsområde (1.1 … 3.1) in a hanging number column; child PDF "
        "(python-docx → LibreOffice; bokmål kommunedelplan for idrett, fysisk aktivitet og "
        "friluftsliv): 'Mål:' paragraphs, the regional strategies cited only in running text "
        "('jf. strategi 2.3 i regionplanen'), strategy 1.2 quoted in the background",
        goals=goals_, kids=kids,
    )


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder."""
    _p20.HERE, _p20.PAIRS = HERE, PAIRS
    if "--verify" in argv:
        names = [a for a in argv if a != "--verify"] or list(PAIRS)
        raise SystemExit(1 if _p20.verify(names) else 0)
    _p14.HERE, _p14.PAIRS = HERE, PAIRS
    names = argv or list(PAIRS)
    _p14.main(names)
    for name in names:
        f = HERE / name / "parent-coverage.gold.yaml"
        f.write_text(
            f.read_text(encoding="utf-8").replace(
                "corpora/parents-blind14/make_pairs.py", "corpora/parents-blind23/make_pairs.py"
            ),
            encoding="utf-8",
        )
    if _p20.verify(names):
        raise SystemExit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
