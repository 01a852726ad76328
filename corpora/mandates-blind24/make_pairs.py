"""Build the twenty-fourth blind batch of mandate/plan pairs under corpora/mandates-blind24/ and their gold.

Written on 2026-12-04 without reading plancheck's code, from how mandates are really delivered:
a Danish DAGSORDENPUNKT (web page of the meeting system, Chromium) whose points are the
"at …" lines of the INDSTILLING, the first of them the commission itself; an English EXECUTIVE
RESPONSE (Word → PDF, en-GB) to a scrutiny review, a `No. | Recommendation | Response |
Comment` table where only the Accepted and Accepted-in-part rows are points; a Swedish
PROTOKOLLSUTDRAG (reportlab) with "Yrkanden", "Propositionsordning" and "att"-satser under
"Beslut", one tilläggsyrkande adopted and one rejected; a bokmål REFERAT FRA OPPSTARTSMØTE
(Word → PDF) whose points are rows of a `Tema | Kommunens merknad` table, two of them "Ikke
aktuelt"; and a nynorsk BESTILLING (Writer → PDF) whose points are direct QUESTIONS inside
running paragraphs, with rhetorical questions that are none.

    python corpora/mandates-blind24/make_pairs.py               # all pairs
    python corpora/mandates-blind24/make_pairs.py --verify      # gold quotes against pdftotext

Imports the twentieth batch's builder (corpora/mandates-blind20/make_pairs.py) and through it
the earlier ones; nothing of the earlier batches is edited.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import rendered_pages, write_gold  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b20 = _load("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
P, build_rl_pdf, web_pdf = _b20.P, _b20.build_rl_pdf, _b20.web_pdf
check_points_in_mandate = _b20.check_points_in_mandate

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 skojtebaner (da)
@pair
def skojtebaner(d: Path) -> dict:
    commission = "at der udarbejdes en plan for kommunens udendørs skøjtebaner"
    at = [
        "at planen kortlægger, hvor der kan etableres naturis på søer, gadekær og "
        "oversprøjtede baner",
        "at planen vurderer behovet for en kunstfrossen bane i Egeslev by",
        "at planen beskriver, hvordan isens bæreevne kontrolleres, og hvem der har ret til at "
        "lukke en bane",
        "at planen beskriver, hvordan borgerne får besked, når en bane er åben",
        "at planen indeholder et overslag over udgifterne til anlæg og drift",
        "at lokalrådene og Egeslev Skøjteklub inddrages i arbejdet",
        "at planen forelægges udvalget senest på mødet i september 2038",
    ]
    lines = [commission + ","] + [t + ("," if i < len(at) - 2 else ", og" if i == len(at) - 2
                                       else ".") for i, t in enumerate(at)]
    m = [
        ("meta", "Kultur- og Fritidsudvalget · Ordinært møde 14. november 2037 kl. 16.00 · "
                 "Rådhuset, mødelokale 2 · Sagsnr. 37/18842"),
        ("h2", "Resumé"),
        ("p", "Udvalget bad i maj 2037 om en sag om udendørs skøjteløb. Forvaltningen foreslår, "
              "at der laves en samlet plan."),
        ("h2", "Sagsfremstilling"),
        ("p", "I de kolde vintre 2035 og 2036 kom mange borgere på isen på Egeslev Sø og "
              "Kirkegadekæret, og flere spurgte, hvorfor kommunen ikke sprøjter baner som i "
              "nabokommunerne. Isen blev ikke kontrolleret, og en 11-årig gik igennem isen på "
              "Kirkegadekæret i januar 2036. Kunstisbanen på Torvet i december drives af "
              "Egeslev Handelsstandsforening og er ikke en del af sagen."),
        ("h2", "Indstilling"),
        ("p", "Kultur og Fritid indstiller,"),
        *[("p", ln) for ln in lines],
        ("h2", "Økonomi"),
        ("p", "Sagen har ingen økonomiske konsekvenser i 2037."),
        ("h2", "Beslutning i Kultur- og Fritidsudvalget den 14. november 2037"),
        ("p", "Indstillingen blev godkendt. Fraværende: Jens Dam (V)."),
    ]
    web_pdf(d / "mandate.pdf", title="7. Plan for udendørs skøjtebaner",
            nav="Egeslev Kommune · Politik · Dagsordener og referater · Kultur- og "
                "Fritidsudvalget",
            foot="Udskrevet fra egeslev.dk/dagsordener · Referat godkendt 15. november 2037",
            blocks=m, lang="da", accent="#6a1b3a")
    p = [
        ("title", "Plan for udendørs skøjtebaner 2038–2042"),
        ("meta", "Egeslev Kommune · Kultur og Fritid · Til Kultur- og Fritidsudvalget 9. "
                 "oktober 2038"),
        ("h1", "1 Hvor kan der være is"),
        ("p", "Vi har gennemgået 11 søer og gadekær og 6 boldbaner. Fire søer og gadekær er "
              "lavvandede nok til skøjteløb, og tre boldbaner kan sprøjtes, når der er frost "
              "i mindst tre døgn. Stederne er vist i tabellen."),
        ("table", ["Sted", "Type", "Bemærkning"],
         [["Egeslev Sø, vestbredden", "Naturis", "Kun inden for bøjerne, højst 1,2 m dybt"],
          ["Kirkegadekæret", "Naturis", "Hele kæret"],
          ["Møllegårdens gadekær", "Naturis", "Hele kæret"],
          ["Lille Egeslev gadekær", "Naturis", "Hele kæret"],
          ["Egeslev Stadion, bane 3", "Oversprøjtet", "Vand fra stadions brandhane"],
          ["Rønnebæk Skole", "Oversprøjtet", "Grusbane"],
          ["Vejløse Idrætsplads", "Oversprøjtet", "Grusbane"]],
         [55, 30, 75]),
        ("h1", "2 Kunstfrossen bane"),
        ("p", "I gennemsnit har Egeslev 19 isdage om året. En kunstfrossen bane ville give "
              "skøjteløb i tre måneder, men kræver et køleanlæg med stort elforbrug. Vi "
              "vurderer, at der ikke er behov for en kunstfrossen bane, så længe Egeslev "
              "Skøjteklub kan leje is i Holmhallen i nabokommunen."),
        ("h1", "3 Sikkerhed på isen"),
        ("p", "Park og Vej måler isen med isbor hver morgen, når der er frost. Der skal være "
              "mindst 10 cm kerneis på søer og gadekær og 5 cm på oversprøjtede baner. "
              "Målingerne skrives i en logbog ved hver bane."),
        ("h1", "4 Når isen er åben"),
        ("p", "Et grønt skilt ved banen betyder, at isen er målt og åben. Samme morgen skriver "
              "vi på egeslev.dk og i kommunens app, hvilke baner der er åbne."),
        ("h1", "5 Økonomi"),
        ("p", "Udgifterne til anlæg vurderes senere, når placeringerne er endelige. Driften af "
              "de oversprøjtede baner afholdes inden for Park og Vejs budget."),
        ("h1", "6 Inddragelse"),
        ("p", "Egeslev Skøjteklub har deltaget i to møder og har målt isen sammen med Park og "
              "Vej i januar 2038."),
        ("h1", "7 Julebanen på Torvet"),
        ("p", "Handelsstandsforeningens kunstisbane bør fremover stå på Torvet fra 1. "
              "december til 6. januar."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Plan for udendørs skøjtebaner 2038–2042",
                 author="Egeslev Kommune", creator="Egeslev Kommune – Kultur og Fritid",
                 running="Egeslev Kommune · Plan for udendørs skøjtebaner", blocks=p,
                 page_word="Side")
    g = [
        P("1", at[0], "content", "covered", ev="Vi har gennemgået 11 søer",
          trap="an 'at …' line of a Danish indstilling; the commission line before it ('at der "
          "udarbejdes en plan …') is none; answered in prose and a table"),
        P("2", at[1], "content", "covered", ev="I gennemsnit har Egeslev 19 isdage",
          trap="answered by an assessment that there is no need (isdage, Holmhallen)"),
        P("3", at[2], "content", "partial", ev="Park og Vej måler isen med isbor",
          missing=["hvem der har ret til at lukke en bane"],
          trap="control of the ice answered in other words (isbor, kerneis); who may close a "
          "bane is not said"),
        P("4", at[3], "content", "covered", ev="Et grønt skilt ved banen betyder",
          trap="answered in other words (skilt, egeslev.dk, app)"),
        P("5", at[4], "content", "uncovered",
          trap="COST: 'Udgifterne til anlæg vurderes senere' and drift 'afholdes inden for Park "
          "og Vejs budget' — money is named, no overslag is given"),
        P("6", at[5], "process", "partial", ev="Egeslev Skøjteklub har deltaget",
          missing=["inddragelse af lokalrådene"],
          trap="the skating club took part, the lokalråd are not mentioned"),
        P("7", at[6], "process", "uncovered",
          trap="the meta line says the plan goes to the udvalg on 9 October 2038, after the "
          "September meeting; the Sagsfremstilling, Økonomi and Beslutning give no points; the "
          "plan's 'Julebanen på Torvet' answers what the Sagsfremstilling holds outside"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                producer="dagsordenpunkt printed from the meeting system's web page (Chromium): "
                "an Indstilling of 'at …' lines, the first the commission itself (none), seven "
                "points, the last two joined by ', og'; Sagsfremstilling, Økonomi and Beslutning "
                "give none; plan laid out with reportlab with a site table", points=g)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--verify"]:
        _b20.HERE = HERE
        bad = _b20.verify(argv[1:] or list(PAIRS))
        for b in bad:
            print(b)
        print("verify: OK" if not bad else f"verify: {len(bad)} problem(s)")
        raise SystemExit(1 if bad else 0)
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        check_points_in_mandate(d, info["mandate"], info["points"], tuple(info.get("drop", ())))
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind24/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# status: covered | partial | uncovered; kind: content | deliverable | process;\n"
            "# missing: planner's words; evidence: page and opening words of the answer.\n"
        )
        write_gold(d / "coverage.gold.yaml", header=header, plan=info["plan"],
                   mandate=info["mandate"], language=info["language"], points=info["points"],
                   pages=pages)
        n = {s: sum(p["status"] == s for p in info["points"])
             for s in ("covered", "partial", "uncovered")}
        print(f"{name}: {len(info['points'])} points {n} plan pages {len(pages)}")


if __name__ == "__main__":
    main(sys.argv[1:])
