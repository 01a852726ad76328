"""Build the twenty-eighth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar28` without reading plancheck's code, tests or bench, and without
running it. Parents and children in forms the earlier batches did not use:

- Fjørevik (nn): a samfunnsdel (reportlab) whose goals stand in ONE TABLE
  'Samfunnsmål | Indikator | Ønskt utvikling' ('Samfunnsmål n:' opening each goal cell); the
  child is a SAKSFRAMLEGG (python-docx → LibreOffice) to the kommunestyre whose numbered
  'Tilråding' points are the measures and whose 'Vurdering' cites 'samfunnsmål 1 og 2' and quotes
  samfunnsmål 4 to send it to the oppvekstplan.
- (more pairs below)

    python corpora/parents-blind28/make_pairs.py                  # all pairs
    python corpora/parents-blind28/make_pairs.py fjorevik-saksframlegg
    python corpora/parents-blind28/make_pairs.py --verify         # re-read the PDFs only

Imports the twenty-seventh batch's builder (corpora/parents-blind27/make_pairs.py: through it the
earlier writers `_rl`, `G`, `C`, the Chromium print, `_page`, `build_pdf`, `_build_pdf_footer`)
and runs batch 14's `main` (gold writer and checks) on this folder's pairs. `--verify` is batch
20's, pointed at this folder.
"""

from __future__ import annotations

import html as _html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p27 = pk.load_module("parents_blind27_make_pairs", HERE.parent / "parents-blind27" / "make_pairs.py")
_p20, _p14 = _p27._p20, _p27._p14
G, C = _p27.G, _p27.C
_chromium, _page, _rl = _p27._chromium, _p27._page, _p27._rl
build_pdf, _build_pdf_footer = _p27.build_pdf, _p27._build_pdf_footer

PAIRS, pair = pk.pair_registry()
e = _html.escape


# =========================================================================== 1 Fjørevik (nn)


@pair
def fjorevik_saksframlegg(d: Path) -> dict:
    g = {
        "S1": "Fleire unge vaksne vel å busetje seg i Fjørevik.",
        "S2": "Det finst eigna bustader for alle livsfasar, både i sentrum og i bygdene.",
        "S3": "Næringslivet i Fjørevik har tilgang på den arbeidskrafta og kompetansen det treng.",
        "S4": "Barn og unge har gode oppvekstvilkår og fullfører vidaregåande opplæring.",
        "S5": "Naturmangfaldet i Fjørevik er teke vare på, og nedbygginga av natur stansar.",
    }
    rows = [
        ("S1", "1", "Tal på innbyggjarar 20–39 år", "Aukande"),
        ("S2", "2", "Nye bustader per år; del utleigebustader", "Aukande"),
        ("S3", "3", "Del av ledige stillingar som ikkje blir fylte", "Minkande"),
        ("S4", "4", "Del elevar som fullfører vidaregåande innan fem år", "Over 90 %"),
        ("S5", "5", "Areal natur omdisponert til utbygging per år", "Mot null"),
    ]
    parent = [
        ("title", "Kommuneplanen sin samfunnsdel 2050–2062"),
        ("meta", "Fjørevik kommune · Vedteken av kommunestyret 19. juni 2050, sak 44/50"),
        ("h1", "Visjon"),
        ("p", "«Fjørevik – open mot havet, open for folk.» Visjonen er ein felles retning for "
         "heile lokalsamfunnet og er ikkje eit mål i seg sjølv."),
        ("h1", "Utfordringsbilete"),
        ("p", "Folketalet i Fjørevik har gått ned med 6 % sidan 2040, og det er unge vaksne som "
         "flyttar. Bustadmarknaden er liten, og mange bedrifter seier at dei ikkje får tak i "
         "folk med rett kompetanse."),
        ("h1", "Samfunnsmål"),
        ("p", "Samfunnsmåla er sette opp i tabellen under. Kvart mål har ein indikator og ei "
         "ønskt utvikling som vi følgjer i årsmeldinga."),
        ("table", ["Samfunnsmål", "Indikator", "Ønskt utvikling"],
         [[f"Samfunnsmål {no}: {g[k]}", ind, dev] for k, no, ind, dev in rows], [85, 55, 30]),
        ("h1", "Slik vil vi arbeide"),
        ("p", "Kommunen vil samarbeide tett med næringslivet, frivilligheita og nabokommunane, "
         "og vi vil prioritere tiltak som verkar for fleire mål samstundes."),
        ("h1", "Oppfølging"),
        ("p", "Samfunnsdelen blir følgd opp gjennom handlingsdelen, temaplanar og politiske "
         "saker. Saksframlegg skal vise kva samfunnsmål saka følgjer opp."),
    ]
    _rl(d / "parent.pdf", parent, title="Kommuneplanen sin samfunnsdel 2050–2062",
        author="Fjørevik kommune", creator="Fjørevik kommune, Samfunnsutvikling",
        header="Fjørevik kommune – Kommuneplanen sin samfunnsdel 2050–2062", footer="Side {n}",
        accent="#1d5e6e")

    t = {
        "t1": "Kommunen gir eit etableringstilskot på inntil 100 000 kr til unge under 35 år "
              "som kjøper sin første bustad i Fjørevik.",
        "t2": "Kommunen kjøper og byggjer om fire leilegheiter i Brygga sentrum til "
              "utleigebustader for unge vaksne.",
        "t3": "Det blir oppretta ei ordning med sommarjobb for studentar i lokale bedrifter, "
              "der kommunen dekkjer 30 % av lønna.",
        "t4": "Det blir etablert ei velkomstordning med fadder for nye innbyggjarar i samarbeid "
              "med Fjørevik næringsforum.",
        "t5": "Ordninga blir evaluert etter to år, og evalueringa blir lagd fram for "
              "formannskapet.",
    }
    child = [
        ("title", "Saksframlegg"),
        ("meta", "Fjørevik kommune · Arkivsak 2051/318 · Sakshandsamar: Randi Heggvik"),
        ("table", ["Utval", "Møtedato", "Utvalssak"],
         [["Formannskapet", "02.03.2051", "14/51"], ["Kommunestyret", "16.03.2051", "22/51"]],
         [60, 50, 50]),
        ("h1", "Tiltakspakke for busetjing av unge vaksne 2051–2053"),
        ("h2", "Kommunedirektøren si tilråding"),
        ("p", "Kommunestyret vedtek tiltakspakka for busetjing av unge vaksne 2051–2053 med "
         "desse punkta:"),
        ("num", [t["t1"], t["t2"], t["t3"], t["t4"], t["t5"]]),
        ("p", "Tiltaka blir finansierte med 4,2 mill. kr frå næringsfondet over tre år."),
        ("h2", "Saksopplysningar"),
        ("p", "Talet på innbyggjarar mellom 20 og 39 år har gått ned frå 1 480 i 2040 til 1 210 "
         "i 2050. Det er nesten ingen utleigebustader i sentrum. Nye bustadfelt er planlagde "
         "på Vikhaugen, der det ikkje er registrert viktige naturtypar."),
        ("h2", "Vurdering"),
        ("p", "Tiltakspakka følgjer opp samfunnsmål 1 og 2 i kommuneplanen sin samfunnsdel. "
         "Sommarjobbordninga skal òg gi bedriftene kontakt med unge som kan kome tilbake "
         "etter studia."),
        ("p", "Samfunnsmål 4 «Barn og unge har gode oppvekstvilkår og fullfører vidaregåande "
         "opplæring» er viktig for at familiar skal bli buande, men det blir følgt opp i "
         "oppvekstplanen og er ikkje ein del av denne saka."),
        ("p", "Kommunedirektøren tilrår at tiltakspakka blir vedteken."),
    ]
    build_pdf(child, d / "child.pdf", title="Saksframlegg – Tiltakspakke for busetjing av unge "
              "vaksne 2051–2053", author="Fjørevik kommune",
              header="Fjørevik kommune – Saksframlegg, arkivsak 2051/318", lang="nn-NO")

    goals_ = [
        G("S1", g["S1"], "followed_up", [t["t1"], t["t2"], t["t4"]], ev="Kommunen gir eit "
          "etableringstilskot",
          note="the goals are the 'Samfunnsmål' cells of the one goal table (ids S1–S5 after "
          "the printed numbers; text without 'Samfunnsmål n:'); the 'Indikator' and 'Ønskt "
          "utvikling' cells, the vision and 'Slik vil vi arbeide' are no goals. The child is a "
          "saksframlegg: the numbered points of the 'tilråding' are its measures. Start grant, "
          "rental flats and a welcome scheme for young adults — the whole goal"),
        G("S2", g["S2"], "partial", [t["t1"], t["t2"]], ev="Kommunen kjøper og byggjer",
          missing=["bustader for andre livsfasar (eldre, barnefamiliar)", "bustader i bygdene"],
          note="trap: cited in the Vurdering ('samfunnsmål 1 og 2'), but the case serves one "
          "life phase (young adults) and sentrum only; the Vikhaugen field is background"),
        G("S3", g["S3"], "partial", [t["t3"]], ev="Det blir oppretta ei",
          missing=["rekruttering av arbeidskraft og kompetanse utover sommarjobb for studentar"],
          note="not cited by number: summer jobs for students give firms contact with future "
          "workers — a small part of labour and skills supply (the Vurdering says so in prose)"),
        G("S4", g["S4"], "not_followed_up",
          note="trap: QUOTED verbatim in the Vurdering and sent to the oppvekstplan ('følgt opp "
          "i oppvekstplanen') — nothing in the case serves it"),
        G("S5", g["S5"], "not_followed_up",
          note="trap: topic only in the background — the Saksopplysningar say the Vikhaugen "
          "field holds no important habitat types; no point of the tilråding protects nature"),
    ]
    kids = [
        C(t["t1"], ["S1", "S2"], note="the child goals are the numbered points of the "
          "tilråding (measures); the finance sentence, Saksopplysningar and Vurdering are no "
          "child goals"),
        C(t["t2"], ["S1", "S2"]),
        C(t["t3"], ["S3"]),
        C(t["t4"], ["S1"]),
        C(t["t5"], [], note="an evaluation (process) point — serves no samfunnsmål"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; samfunnsdel): the goals stand in one table "
        "'Samfunnsmål | Indikator | Ønskt utvikling', each cell opening 'Samfunnsmål n:'; child "
        "PDF (python-docx → LibreOffice; a saksframlegg to the kommunestyre): an 'Utval | "
        "Møtedato | Utvalssak' table, a numbered tilråding (the measures), 'Saksopplysningar' "
        "and a 'Vurdering' that cites samfunnsmål 1 og 2 and quotes samfunnsmål 4 to send it to "
        "another plan",
        goals=goals_, kids=kids,
    )


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder (pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20,
                    builder="corpora/parents-blind28/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
