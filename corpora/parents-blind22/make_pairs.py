"""Build the twenty-second blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar22` without reading plancheck's code, tests or bench, and without
running it. Parents and children in forms the earlier batches did not use:

- Lomvik (nn → nb): a NYNORSK samfunnsdel (python-docx → LibreOffice) whose goals stand under
  short goal TITLES; the child, a BOKMÅL strategisk næringsplan written after the municipality
  changed målform (reportlab), has a table column 'Kobling til samfunnsdelen' that names the
  parent goals by their titles TRANSLATED into bokmål, some ABBREVIATED ('Grønn omst.').
- Holtmark (nb): a samfunnsdel (Chromium) with five 'SAMFUNNSMÅL n' goals; the child, a
  handlingsdel med økonomiplan (python-docx → LibreOffice), uses 'Kommuneplanmål n: <goal verbatim>' as
  SECTION HEADINGS over a budget table and 'Mål i perioden' / 'Tiltak' lists — one section
  quotes its goal and holds only a budget line and 'Ingen nye tiltak'.
- Kingsmere (en): a Local Plan's housing chapter (python-docx → LibreOffice) with boxed
  'Policy H1 … H6'; the child, a Housing Delivery Action Plan (Chromium), with 'Key
  actions' by delivery theme.
- Kildebro (da): a planstrategi (python-docx → LibreOffice) with 'Indsatsområde n' headings
  and 'Målsætninger' bullets 'Vi arbejder for, at …'; the child, an udviklingsplan for the
  villages by village CLUSTER (reportlab).
- Tallbäcka (sv): a 'Vision och mål' (Chromium) whose goals exist ONLY as text in six SVG
  hexagons round the vision; the child, a tekniska nämndens verksamhetsplan (odfpy .odt →
  LibreOffice) with 'Nämndmål | Indikator | Målvärde 2033' tables and no reference at all.

    python corpora/parents-blind22/make_pairs.py                  # all pairs
    python corpora/parents-blind22/make_pairs.py lomvik-naering
    python corpora/parents-blind22/make_pairs.py --verify         # re-read the PDFs only

Imports the twenty-first batch's builder (corpora/parents-blind21/make_pairs.py: through it
batch 20's and earlier writers: `_rl`, `G`, `C`, the Chromium print, `_page`, `build_pdf`) and
batch 10's `_odt_pdf` (odfpy → LibreOffice), and runs batch 14's `main` (gold writer and checks)
on this folder's pairs. `--verify` is batch 20's, pointed at this folder.
"""

from __future__ import annotations

import html as _html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p21 = pk.load_module("parents_blind21_make_pairs", HERE.parent / "parents-blind21" / "make_pairs.py")
_p20 = _p21._p20
_p14 = _p21._p14
G, C = _p21.G, _p21.C
_chromium, _page, _rl = _p21._chromium, _p21._page, _p21._rl
build_pdf = _p21.build_pdf

PAIRS, pair = pk.pair_registry()
e = _html.escape


# =========================================================================== 1 Lomvik (nn → nb)


@pair
def lomvik_naering(d: Path) -> dict:
    g = {
        "S1": "Lomvik har eit allsidig næringsliv som byggjer på havet, skogen og kompetansen "
        "i bygdene.",
        "S2": "Det er enkelt å starte og drive eiga verksemd i Lomvik.",
        "S3": "Unge vaksne flyttar heim og finn relevant arbeid i regionen.",
        "S4": "Innbyggjarane kan ta utdanning og vidareutdanning utan å flytte frå kommunen.",
        "S5": "Klimagassutsleppa i Lomvik er halverte innan 2035, og næringslivet har teke i "
        "bruk fornybar energi.",
    }
    parent = [
        ("title", "Kommuneplanen sin samfunnsdel 2027–2039"),
        ("meta", "Lomvik kommune · Vedteken av kommunestyret 14. juni 2027, sak 41/27"),
        ("h1", "Om planen"),
        ("p", "Samfunnsdelen seier kva Lomvik-samfunnet skal vere i 2039. Kvart mål har ein "
         "kort tittel som temaplanane kan vise til. Strategiane under måla er ikkje eigne mål."),
        ("h1", "Satsingsområde A – Arbeid og næring"),
        ("h2", "Eit berekraftig næringsliv"),
        ("p", g["S1"]),
        ("h2", "Gründarbygda"),
        ("p", g["S2"]),
        ("h2", "Attraktive arbeidsplassar"),
        ("p", g["S3"]),
        ("p", "Strategiar: Vi samarbeider med nabokommunane om ein felles bu- og arbeidsregion, "
         "og vi marknadsfører ledige stillingar saman med næringslivet."),
        ("h1", "Satsingsområde B – Kompetanse og klima"),
        ("h2", "Kortreist kompetanse"),
        ("p", g["S4"]),
        ("h2", "Grøn omstilling"),
        ("p", g["S5"]),
        ("p", "Strategiar: Kommunen skal gå føre med fossilfri eigen drift og stille klimakrav "
         "i innkjøp."),
        ("h1", "Oppfølging"),
        ("p", "Samfunnsdelen blir følgd opp i temaplanar og i handlingsdelen med økonomiplan, "
         "som blir rullert kvart år."),
    ]
    build_pdf(parent, d / "parent.pdf", title="Kommuneplanen sin samfunnsdel 2027–2039",
              author="Lomvik kommune", lang="nn-NO",
              header="Lomvik kommune – Kommuneplanen sin samfunnsdel 2027–2039")

    k = {
        "n1": "Minst 30 nye bedrifter er etablert i Lomvik innen 2034.",
        "n2": "Kommunen svarer på henvendelser fra næringslivet innen tre virkedager.",
        "n3": "Sjømatnæringen i Lomvik har 50 flere årsverk i 2034.",
        "n4": "Havnes fiskerihavn har landstrøm for fiskefartøy og servicebåter.",
        "n5": "Studenter med tilknytning til Lomvik får tilbud om sommerjobb i lokale "
        "bedrifter.",
        "n6": "Alle tilflyttere får hjelp til å finne bolig og jobb til partner.",
        "n7": "Kommunestyret får en næringsstatistikk for Lomvik hvert år.",
    }
    t = {
        "n1": "Gründerkontor i Havnes med gratis veiledning",
        "n2": "Fast kontaktperson for hver bedrift",
        "n3": "Regulering av næringsareal på Kvitneset",
        "n4": "Landstrømanlegg med tilskudd fra Enova",
        "n5": "Sommerjobbportal sammen med næringsforeningen",
        "n6": "Tilflytterlos i kommunen",
        "n7": "Statistikk fra SSB og næringsforeningen",
    }
    link = {
        "n1": "Gründerbygda", "n2": "Gründerb.", "n3": "Bærekr. næringsliv",
        "n4": "Grønn omst.", "n5": "Attraktive arb.pl.", "n6": "Attraktive arbeidsplasser",
        "n7": "Bærekraftig næringsliv",
    }
    head = ["Nr.", "Mål", "Tiltak", "Kobling til samfunnsdelen"]
    w = [10, 62, 55, 43]

    def rows(keys):
        return [[str(int(x[1:])), k[x], t[x], link[x]] for x in keys]

    child = [
        ("title", "Strategisk næringsplan for Lomvik 2031–2034"),
        ("meta", "Lomvik kommune · Vedtatt av kommunestyret 19. mars 2031, sak 12/31"),
        ("h1", "1 Innledning"),
        ("p", "Næringsplanen følger opp kommuneplanens samfunnsdel 2027–2039. Fra 1. januar 2030 "
         "er bokmål administrasjonsspråket i Lomvik kommune. Samfunnsdelen er skrevet på "
         "nynorsk; i tabellene viser vi til målene i samfunnsdelen med titlene på bokmål."),
        ("h1", "2 Utfordringer"),
        ("p", "Lomvik har hatt nedgang i folketallet i ti år. Mange unge må flytte for å ta "
         "høyere utdanning, og bedriftene sier at det er vanskelig å få tak i fagarbeidere. "
         "Sjømat står for over halvparten av arbeidsplassene i privat sektor."),
        ("h1", "3 Mål og tiltak"),
        ("h2", "Etablering og vekst"),
        ("table", head, rows(["n1", "n2", "n3"]), w),
        ("h2", "Energi og klima"),
        ("table", head, rows(["n4"]), w),
        ("h2", "Rekruttering"),
        ("table", head, rows(["n5", "n6"]), w),
        ("h2", "Kunnskap om næringslivet"),
        ("table", head, rows(["n7"]), w),
        ("h1", "4 Oppfølging"),
        ("p", "Planen følges opp av næringsrådgiveren og rulleres i 2034."),
    ]
    _rl(d / "child.pdf", child, title="Strategisk næringsplan for Lomvik 2031–2034",
        author="Lomvik kommune", creator="Lomvik kommune, Samfunnsutvikling",
        header="Lomvik kommune – Strategisk næringsplan 2031–2034",
        footer="Side {n}", accent="#1f4e5f")

    goals_ = [
        G("S1", g["S1"], "partial", [k["n3"], t["n3"]], ev="Sjømatnæringen i Lomvik har",
          missing=["skogen (skognæring, trebearbeiding)",
                   "næringar som byggjer på kompetansen i bygdene"],
          note="the goals are the sentences under the goal TITLES (h2 headings 'Eit berekraftig "
          "næringsliv' …); the titles and satsingsområde headings are labels, the "
          "'Strategiar:' paragraphs are no goals. The child names this goal 'Bærekr. "
          "næringsliv' (n3) and 'Bærekraftig næringsliv' (n7); only n3, sea food, serves it: "
          "the sea without the forest"),
        G("S2", g["S2"], "followed_up", [k["n1"], k["n2"], t["n1"], t["n2"]],
          ev="Minst 30 nye bedrifter",
          note="cited as 'Gründerbygda' (the nynorsk title 'Gründarbygda' in bokmål) and "
          "abbreviated 'Gründerb.'; start-ups and quick answers: starting and running"),
        G("S3", g["S3"], "followed_up", [k["n5"], k["n6"], t["n5"], t["n6"]],
          ev="Studenter med tilknytning til",
          note="cited as 'Attraktive arb.pl.' and 'Attraktive arbeidsplasser'; summer jobs for "
          "students with ties to Lomvik and a tilflytterlos (home and a partner's job) — the "
          "municipality's share of bringing young adults home to relevant work"),
        G("S4", g["S4"], "not_followed_up",
          note="trap: the child's 'Utfordringer' says that many young people must move away "
          "for higher education — background only; no goal or tiltak for education"),
        G("S5", g["S5"], "partial", [k["n4"], t["n4"]], ev="Havnes fiskerihavn har landstrøm",
          missing=["halvering av klimagassutsleppa i kommunen (anna enn landstraum i hamna)"],
          note="cited 'Grønn omst.' (abbreviated); one of the goal's two aims, business using "
          "renewable energy, through shore power in one harbour; halving the emissions is not "
          "taken up beyond that"),
    ]
    kids = [
        C(k["n1"], ["S2"], note="the child goals are the 'Mål' cells of the tables (not the "
          "tiltak, not the 'Kobling til samfunnsdelen' titles)"),
        C(k["n2"], ["S2"], note="cited 'Gründerb.' (abbreviated title)"),
        C(k["n3"], ["S1"]),
        C(k["n4"], ["S5"]),
        C(k["n5"], ["S3"]),
        C(k["n6"], ["S3"]),
        C(k["n7"], [], note="trap: cites 'Bærekraftig næringsliv' but a yearly statistic for "
          "the council serves no goal — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; NYNORSK samfunnsdel): goals as "
        "sentences under short goal titles (Word heading 2); child PDF (reportlab; BOKMÅL "
        "strategisk næringsplan after a change of målform): tables 'Nr. | Mål | Tiltak | "
        "Kobling til samfunnsdelen' citing the parent goals by their titles in bokmål, some "
        "abbreviated",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Holtmark (nb)


@pair
def holtmark_okonomiplan(d: Path) -> dict:
    g = {
        "M1": "Alle barn og unge i Holtmark opplever mestring i barnehage og skole.",
        "M2": "Eldre i Holtmark kan bo trygt i egen bolig så lenge de ønsker.",
        "M3": "Holtmark har trygt drikkevann og rene vassdrag.",
        "M4": "Innbyggerne i Holtmark deltar i frivillige lag og foreninger.",
        "M5": "Holtmark har et næringsliv i vekst med flere private arbeidsplasser.",
    }
    themes = [
        ("Oppvekst og helse", ["M1", "M2"]),
        ("Natur og fellesskap", ["M3", "M4"]),
        ("Verdiskaping", ["M5"]),
    ]
    css = (
        "h1{font-size:21pt;color:#5a2a6e;margin:0 0 4px}"
        "h2{font-size:13.5pt;color:#5a2a6e;margin:16px 0 6px;border-bottom:2px solid #5a2a6e}"
        ".sm{margin:6px 0 10px;padding:2px 0 2px 10px;border-left:4px solid #c9a6d6}"
        ".lab{font-size:8pt;letter-spacing:1px;color:#5a2a6e;font-weight:bold}"
        ".gt{font-size:12pt;margin:1px 0 0}"
        ".fact{background:#f4eef7;padding:6px 10px;margin:10px 0;font-size:9.5pt}"
    )
    body = [
        "<div class='crumb'>Holtmark kommune · Kommuneplanens samfunnsdel 2030–2042</div>",
        "<h1>Kommuneplanens samfunnsdel 2030–2042</h1>",
        "<p class='crumb'>Vedtatt av kommunestyret 18. september 2030, sak 77/30</p>",
        "<p>Samfunnsdelen har fem samfunnsmål. De er nummerert, og handlingsdelen med "
        "økonomiplan er bygd opp etter dem.</p>",
        "<div class='fact'><b>Utviklingstrekk:</b> Holtmark har 9 800 innbyggere. Antallet over "
        "80 år dobles innen 2042, og Holtelva har moderat til dårlig økologisk tilstand.</div>",
    ]
    n = 0
    for theme, ids in themes:
        body.append(f"<h2>{e(theme)}</h2>")
        for gid in ids:
            n += 1
            body.append(f"<div class='sm'><div class='lab'>SAMFUNNSMÅL {n}</div>"
                        f"<p class='gt'>{e(g[gid])}</p></div>")
    body += [
        "<h2>Arealstrategi</h2>",
        "<p>Ny utbygging skjer i og rundt Holtmark sentrum og på Holtmoen. Jordbruksarealer og "
        "kantsoner langs Holtelva skal ikke bygges ned.</p>",
    ]
    _chromium(_page("nb", "Kommuneplanens samfunnsdel 2030–2042", css, body), d / "parent.pdf")

    k = {
        "o1": "Under 15 prosent av elevene på 5. trinn er på laveste mestringsnivå i lesing.",
        "o2": "Alle barnehager kartlegger språket til barna med samme verktøy.",
        "o3": "Alle over 80 år får tilbud om forebyggende hjemmebesøk.",
        "o4": "Ventetiden på trygghetsalarm er under én uke.",
        "o5": "Det nye vannbehandlingsanlegget på Sagvollen er i drift i 2033.",
        "o6": "40 dekar næringsareal på Holtmoen er byggeklart i 2033.",
        "o7": "Sykefraværet i kommunen er under 7 prosent.",
    }
    t = {
        "o1": "Lesesatsing 1.–4. trinn",
        "o2": "Språkpedagog for barnehagene",
        "o3": "Forebyggende hjemmebesøk",
        "o4": "Trygghetsalarm og sensorer i hjemmetjenesten",
        "o5": "Vannbehandlingsanlegg Sagvollen",
        "o6": "Opparbeiding av Holtmoen næringsområde",
        "o6b": "Næringsfond, 500 000 kroner per år",
        "o7": "Nærværsprosjekt i helse og omsorg",
    }
    yh = ["Budsjett (1 000 kr)", "2031", "2032", "2033", "2034"]
    yw = [70, 25, 25, 25, 25]

    def sec(num, gid):
        return ("h2", f"Kommuneplanmål {num}: {g[gid]}")

    child = [
        ("title", "Handlingsdel med økonomiplan 2031–2034"),
        ("meta", "Holtmark kommune · Rådmannens forslag 28. oktober 2030 · Vedtatt av "
         "kommunestyret 12. desember 2030, sak 101/30"),
        ("h1", "1 Innledning"),
        ("p", "Handlingsdelen er bygd opp etter samfunnsmålene i kommuneplanens samfunnsdel. "
         "For hvert kommuneplanmål viser vi budsjettet for de tjenestene som bidrar, målene "
         "for perioden og nye tiltak. Alle beløp i faste 2031-kroner."),
        ("h1", "2 Kommuneplanmålene"),
        sec(1, "M1"),
        ("table", yh, [["Oppvekst, ramme", "214 300", "214 900", "215 200", "215 200"],
                       [t["o1"], "900", "900", "900", "900"],
                       [t["o2"], "650", "650", "650", "650"]], yw),
        ("h3", "Mål i perioden"),
        ("bullets", [k["o1"], k["o2"]]),
        ("h3", "Tiltak"),
        ("bullets", [t["o1"], t["o2"]]),
        sec(2, "M2"),
        ("table", yh, [["Helse og omsorg, ramme", "301 800", "306 400", "311 000", "315 700"],
                       [t["o3"], "420", "420", "420", "420"],
                       [t["o4"], "1 100", "800", "800", "800"]], yw),
        ("h3", "Mål i perioden"),
        ("bullets", [k["o3"], k["o4"]]),
        ("h3", "Tiltak"),
        ("bullets", [t["o3"], t["o4"]]),
        sec(3, "M3"),
        ("p", "Holtelva har moderat til dårlig økologisk tilstand, blant annet på grunn av "
         "avrenning fra jordbruket og gamle avløpsanlegg i spredt bebyggelse."),
        ("table", yh, [["Vann og avløp, gebyrfinansiert", "38 200", "39 900", "41 500", "43 000"],
                       [t["o5"] + " (investering)", "12 000", "46 000", "21 000", "0"]], yw),
        ("h3", "Mål i perioden"),
        ("bullets", [k["o5"]]),
        ("h3", "Tiltak"),
        ("bullets", [t["o5"]]),
        sec(4, "M4"),
        ("table", yh, [["Kultur og fritid, ramme", "14 600", "14 600", "14 600", "14 600"]], yw),
        ("h3", "Tiltak"),
        ("p", "Ingen nye tiltak i perioden. Rammen videreføres."),
        sec(5, "M5"),
        ("table", yh, [["Næring og samfunnsutvikling, ramme", "3 900", "3 900", "3 900", "3 900"],
                       [t["o6"] + " (investering)", "2 500", "14 000", "0", "0"],
                       [t["o6b"], "500", "500", "500", "500"]], yw),
        ("h3", "Mål i perioden"),
        ("bullets", [k["o6"]]),
        ("h3", "Tiltak"),
        ("bullets", [t["o6"], t["o6b"]]),
        ("h1", "3 Kommunen som organisasjon"),
        ("table", yh, [["Fellestjenester, ramme", "52 100", "52 100", "51 600", "51 600"],
                       [t["o7"], "300", "300", "0", "0"]], yw),
        ("h3", "Mål i perioden"),
        ("bullets", [k["o7"]]),
        ("h3", "Tiltak"),
        ("bullets", [t["o7"]]),
    ]
    build_pdf(child, d / "child.pdf", title="Handlingsdel med økonomiplan 2031–2034",
              author="Holtmark kommune",
              header="Holtmark kommune – Handlingsdel med økonomiplan 2031–2034")

    goals_ = [
        G("M1", g["M1"], "followed_up", [k["o1"], k["o2"], t["o1"], t["o2"]],
          ev="Under 15 prosent av elevene",
          note="the goals are the sentences under the 'SAMFUNNSMÅL n' labels (numbered 1–5 "
          "across three theme headings); the 'Utviklingstrekk' box and the arealstrategi are no "
          "goals. In the child the goal is the heading of section 'Kommuneplanmål 1: …'; reading "
          "in school and language in kindergartens: mastery in both"),
        G("M2", g["M2"], "followed_up", [k["o3"], k["o4"], t["o3"], t["o4"]],
          ev="Alle over 80 år får",
          note="preventive home visits and safety alarms/sensors: living safely at home"),
        G("M3", g["M3"], "partial", [k["o5"], t["o5"]], ev="Det nye vannbehandlingsanlegget på",
          missing=["rene vassdrag (Holtelva: avrenning fra jordbruket, spredt avløp)"],
          note="trap: one of two aims — drinking water gets a treatment plant; the state of "
          "Holtelva is described in the section's background sentence but nothing is done "
          "about it"),
        G("M4", g["M4"], "not_followed_up",
          note="trap: the child QUOTES the goal verbatim as the heading 'Kommuneplanmål 4: …' "
          "but under it stands only the unchanged budget frame for culture and 'Ingen nye "
          "tiltak i perioden. Rammen videreføres.' — no goal, no measure"),
        G("M5", g["M5"], "followed_up", [k["o6"], t["o6"], t["o6b"]],
          ev="40 dekar næringsareal på",
          note="the municipality's share: business land made ready and a business fund. A "
          "strict reader might call it partial (nothing on the jobs themselves)"),
    ]
    kids = [
        C(k["o1"], ["M1"], note="the child goals are the 'Mål i perioden' bullets; the "
          "'Kommuneplanmål n: …' headings are the parent's goals quoted, the 'Tiltak' bullets "
          "and budget lines are measures"),
        C(k["o2"], ["M1"]),
        C(k["o3"], ["M2"]),
        C(k["o4"], ["M2"]),
        C(k["o5"], ["M3"]),
        C(k["o6"], ["M5"]),
        C(k["o7"], [], note="sick leave in section 3 'Kommunen som organisasjon' (no "
          "kommuneplanmål): stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; samfunnsdel): goals as sentences under small-caps "
        "labels 'SAMFUNNSMÅL n' in left-bordered blocks under three theme headings; child PDF "
        "(python-docx → LibreOffice; handlingsdel med økonomiplan): Word heading 2 "
        "'Kommuneplanmål n: <goal verbatim>' over a budget table (1 000 kr, 2031–2034), 'Mål i "
        "perioden' and 'Tiltak' lists; one section has only a budget frame and 'Ingen nye "
        "tiltak'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Kingsmere (en)


@pair
def kingsmere_housing_delivery(d: Path) -> dict:
    pol = [
        ("H1", "Housing Requirement", "The Council will make provision for at least 9,000 net "
         "additional dwellings in Kingsmere between 2026 and 2041."),
        ("H2", "Affordable Housing", "Developments of 10 or more dwellings will provide at least "
         "30% affordable housing on site."),
        ("H3", "Housing Mix", "New housing will provide a mix of sizes and types, including "
         "homes for older people, to meet identified needs."),
        ("H4", "Small Sites", "At least 10% of the housing requirement will be met on sites of "
         "one hectare or less."),
        ("H5", "Self-build and Custom Housebuilding", "The Council will support self-build and "
         "custom housebuilding, and sites of 100 or more dwellings will make 5% of plots "
         "available as serviced plots."),
        ("H6", "Gypsy and Traveller Accommodation", "The Council will provide 14 additional "
         "pitches for Gypsies and Travellers by 2031."),
    ]
    g = {pid: txt for pid, _, txt in pol}
    support = {
        "H1": "6.2 The requirement is based on the standard method and includes an uplift to "
        "support the regeneration of Kingsmere town centre.",
        "H2": "6.3 Viability evidence shows that 30% can be delivered across most of the "
        "district.",
        "H4": "6.4 Small sites are built out quickly and support local builders.",
        "H6": "6.5 The need is set out in the Gypsy and Traveller Accommodation Assessment "
        "2025.",
    }
    parent = [
        ("title", "Kingsmere Local Plan 2026–2041"),
        ("meta", "Kingsmere District Council · Adopted 21 July 2027"),
        ("h1", "6 Homes for Everyone"),
        ("p", "6.1 This chapter sets out how the Local Plan will meet the need for new homes. "
         "The policies in shaded boxes are the policies of the plan; the numbered paragraphs "
         "are supporting text."),
    ]
    for pid, name, txt in pol:
        parent.append(("table", [f"Policy {pid} – {name}"], [[txt]], [160]))
        if pid in support:
            parent.append(("p", support[pid]))
    parent.append(("p", "6.6 Delivery against the policies will be reported in the Authority "
                   "Monitoring Report each December."))
    _p14._build_pdf_numbered(parent, d / "parent.pdf", title="Kingsmere Local Plan 2026–2041",
                             author="Kingsmere District Council", lang="en-GB",
                             header="Kingsmere Local Plan 2026–2041 – Chapter 6 Homes for "
                             "Everyone")

    a = {
        "a1": "Set up a Housing Delivery Board with developers, registered providers and "
        "Homes England.",
        "a2": "Meet the landowner of every stalled site with planning permission by March "
        "2032.",
        "a3": "Apply late-stage viability reviews to all schemes that provide less than 30% "
        "affordable housing.",
        "a4": "Publish a small sites register and run a call for brownfield sites every year.",
        "a5": "Offer free pre-application advice on sites of fewer than ten homes.",
        "a6": "Market the 12 serviced plots at Marsh Lane to people on the self-build "
        "register.",
        "a7": "Report progress on this action plan to the Planning Committee every six months.",
    }
    groups = [
        ("Unlocking stalled sites", [("1", "a1", "Head of Planning", "Jan 2032"),
                                     ("2", "a2", "Growth team", "Mar 2032")]),
        ("Affordable homes", [("3", "a3", "Development Management", "Ongoing")]),
        ("Small sites and local builders", [("4", "a4", "Planning Policy", "Each June"),
                                            ("5", "a5", "Development Management", "Apr 2032")]),
        ("Self and custom build", [("6", "a6", "Estates", "Sep 2032")]),
        ("Monitoring", [("7", "a7", "Planning Policy", "Six-monthly")]),
    ]
    css = (
        "h1{font-size:20pt;color:#7a1f3d;margin:0 0 4px}"
        "h2{font-size:13pt;color:#7a1f3d;margin:14px 0 4px}"
        "td.grp{background:#f6e9ee;font-weight:bold}"
        "blockquote{margin:6px 20px;font-style:italic}"
    )
    rows = []
    for name, acts in groups:
        rows.append(f"<tr><td class='grp' colspan='4'>{e(name)}</td></tr>")
        rows += [f"<tr><td>{n}</td><td>{e(a[key])}</td><td>{e(lead)}</td><td>{e(by)}</td></tr>"
                 for n, key, lead, by in acts]
    body = [
        "<div class='crumb'>Kingsmere District Council · Planning Policy</div>",
        "<h1>Housing Delivery Action Plan 2031</h1>",
        "<p class='crumb'>Published 14 October 2031 · Approved by the Cabinet Member for "
        "Planning</p>",
        "<h2>1 Why we need this plan</h2>",
        "<p>The Housing Delivery Test 2030 measured Kingsmere's delivery at 82% of the homes "
        "required over the last three years. Councils below 95% must publish an action plan "
        "that looks at the reasons and sets out what the council will do to increase delivery "
        "of the homes required by the Local Plan.</p>",
        "<h2>2 What the evidence tells us</h2>",
        "<p>Four large sites with planning permission for 1,150 homes have stalled, mainly "
        "because of infrastructure costs and slow sales. Most small sites were built out on "
        "time. Policy H3 of the Local Plan says:</p>",
        f"<blockquote>“{e(g['H3'])}”</blockquote>",
        "<p>Developers told us that the mix policy has not held back any scheme, so the action "
        "plan does not deal with housing mix. The Gypsy and Traveller Accommodation Assessment "
        "is being updated and is outside the scope of the Housing Delivery Test.</p>",
        "<h2>3 Key actions</h2>",
        "<table><tr><th>No.</th><th>Action</th><th>Lead</th><th>By</th></tr>"
        + "".join(rows) + "</table>",
        "<h2>4 Next steps</h2>",
        "<p>The action plan will be reviewed when the next Housing Delivery Test result is "
        "published.</p>",
    ]
    _chromium(_page("en", "Housing Delivery Action Plan 2031", css, body), d / "child.pdf")

    goals_ = [
        G("H1", g["H1"], "followed_up", [a["a1"], a["a2"]], ev="Set up a Housing Delivery",
          note="the goals are the policy texts in the shaded one-cell boxes headed 'Policy Hn – "
          "Name'; the numbered supporting text (6.1 …) is no goal. The whole action plan is "
          "about delivering the requirement; a delivery board and stalled sites are its core"),
        G("H2", g["H2"], "followed_up", [a["a3"]], ev="Apply late-stage viability reviews",
          note="late-stage reviews on schemes below 30%: securing the policy's share on site"),
        G("H3", g["H3"], "not_followed_up",
          note="trap: the child QUOTES Policy H3 verbatim in section 2 and then says the action "
          "plan does not deal with housing mix"),
        G("H4", g["H4"], "followed_up", [a["a4"], a["a5"]],
          ev="Publish a small sites register",
          note="a small sites register, a call for brownfield sites and free pre-application "
          "advice for small schemes"),
        G("H5", g["H5"], "partial", [a["a6"]], ev="Market the 12 serviced",
          missing=["5% serviced plots on sites of 100 or more dwellings"],
          note="trap: one of two aims — the council sells its own serviced plots to people on "
          "the register (support for self-build); the 5% of plots on large sites is not taken up"),
        G("H6", g["H6"], "not_followed_up",
          note="trap: the Gypsy and Traveller Accommodation Assessment is named in the child's "
          "background and declared out of scope"),
    ]
    kids = [
        C(a["a1"], ["H1"], note="the child goals are the actions of the 'Key actions' table "
          "(number, lead and date left out); the grey group rows are themes"),
        C(a["a2"], ["H1"]),
        C(a["a3"], ["H2"]),
        C(a["a4"], ["H4"]),
        C(a["a5"], ["H4"], note="small schemes: serves H4 (and H1 through it; gold keeps H4)"),
        C(a["a6"], ["H5"]),
        C(a["a7"], [], note="reporting to committee: stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; Local Plan housing chapter): policies "
        "'Policy H1 … H6' as one-cell tables with a shaded header row, numbered supporting "
        "paragraphs between them; child PDF (Chromium; Housing Delivery Action Plan after a "
        "Housing Delivery Test below 95%): a 'Key actions' table 'No. | Action | Lead | By' with "
        "theme rows, no policy references; one policy quoted verbatim in the background",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Kildebro (da)


@pair
def kildebro_landsbyer(d: Path) -> dict:
    g = {
        "L1": "Vi arbejder for, at alle landsbyer har et mødested, hvor borgerne kan samles.",
        "L2": "Vi arbejder for, at tomme og faldefærdige huse bliver revet ned eller sat i "
        "stand.",
        "L3": "Vi arbejder for, at der er hurtigt bredbånd og god mobildækning i hele "
        "kommunen.",
        "L4": "Vi arbejder for, at der er sammenhængende stier mellem landsbyerne og ud i "
        "naturen.",
        "L5": "Vi arbejder for, at Kildebro Kommune som geografisk område er CO2-neutral i "
        "2040.",
    }
    parent = [
        ("title", "Planstrategi 2031 – Kildebro Kommune"),
        ("meta", "Vedtaget af byrådet 27. oktober 2031"),
        ("h1", "Indledning"),
        ("p", "Planstrategien fastlægger byrådets politik for kommunens udvikling og beslutter, "
         "hvordan kommuneplanen skal revideres. Strategien har to indsatsområder. Under hvert "
         "indsatsområde står byrådets målsætninger."),
        ("h1", "Indsatsområde 1: Levende landsbyer"),
        ("p", "Halvdelen af kommunens borgere bor i landsbyer eller i det åbne land. Flere "
         "landsbyer har mistet skole og købmand."),
        ("h2", "Målsætninger"),
        ("bullets", [g["L1"], g["L2"], g["L3"]]),
        ("h1", "Indsatsområde 2: Natur og klima"),
        ("p", "Kildebro Å og de store skove er kommunens største naturværdier."),
        ("h2", "Målsætninger"),
        ("bullets", [g["L4"], g["L5"]]),
        ("h1", "Revision af kommuneplanen"),
        ("p", "Kommuneplanen revideres delvist med temaerne landsbyafgrænsning, stier og "
         "vedvarende energi. Øvrige dele af kommuneplanen videreføres."),
    ]
    _p14._build_pdf_numbered(parent, d / "parent.pdf", title="Planstrategi 2031",
                             author="Kildebro Kommune", lang="da-DK",
                             header="Kildebro Kommune – Planstrategi 2031")

    u = {
        "u1": "Forsamlingshuset i Tvedskov er renoveret og åbent for alle foreninger i 2033.",
        "u2": "Fem faldefærdige huse i Sønderlev er revet ned.",
        "u3": "Den gamle skole i Ålum er omdannet til medborgerhus med bibliotek og café.",
        "u4": "Der er en natursti fra Ålum til Kildebro Å.",
        "u5": "Klyngerådene mødes med kommunen to gange om året.",
    }
    pr = {
        "p1": "Renovering af Tvedskov Forsamlingshus",
        "p2": "Nedrivning af fem huse i Sønderlev",
        "p3": "Medborgerhus i Ålum gamle skole",
        "p4": "Pulje til istandsættelse af tomme huse i Ålum",
        "p5": "Natursti Ålum–Kildebro Å, 3,2 km",
    }
    ph = ["Projekt", "Finansiering", "År"]
    pw = [85, 55, 30]
    child = [
        ("title", "Udviklingsplan for landsbyerne 2032–2035"),
        ("meta", "Kildebro Kommune · Teknik og Miljø · Godkendt af Udvalget for Land og By "
         "12. juni 2032"),
        ("h1", "1 Baggrund"),
        ("p", "Udviklingsplanen er lavet sammen med klyngerådene for Klynge Nord (Tvedskov, "
         "Sønderlev og Lyngsted) og Klynge Syd (Ålum og Brøndsted). Den bygger på "
         "planstrategiens indsatsområde om levende landsbyer. Sønderlev, Lyngsted og Brøndsted "
         "har forsamlingshus eller hal; Tvedskov og Ålum har intet sted at mødes."),
        ("p", "På borgermøderne pegede mange i Klynge Syd på dårlig mobildækning. Borgerne i "
         "begge klynger ønsker cykelstier mellem landsbyerne, men det ligger uden for denne "
         "plan og indgår i trafikplanen."),
        ("h1", "2 Klynge Nord"),
        ("h2", "Mål for klyngen"),
        ("bullets", [u["u1"], u["u2"]]),
        ("table", ph, [[pr["p1"], "Landsbypuljen og Lokale- og Anlægsfonden", "2032–2033"],
                       [pr["p2"], "Statens pulje til bygningsforbedring", "2033"]], pw),
        ("h1", "3 Klynge Syd"),
        ("h2", "Mål for klyngen"),
        ("bullets", [u["u3"], u["u4"]]),
        ("table", ph, [[pr["p3"], "Kommunen og Realdania", "2033–2034"],
                       [pr["p4"], "Landsbypuljen", "2032–2035"],
                       [pr["p5"], "Friluftsrådet og kommunen", "2034"]], pw),
        ("h1", "4 Samarbejde"),
        ("h2", "Mål"),
        ("bullets", [u["u5"]]),
    ]
    _rl(d / "child.pdf", child, title="Udviklingsplan for landsbyerne 2032–2035",
        author="Kildebro Kommune", creator="Kildebro Kommune, Teknik og Miljø",
        header="Kildebro Kommune – Udviklingsplan for landsbyerne 2032–2035",
        footer="Side {n}", accent="#3d5a1e")

    goals_ = [
        G("L1", g["L1"], "followed_up", [u["u1"], u["u3"], pr["p1"], pr["p3"]],
          ev="Forsamlingshuset i Tvedskov er",
          note="the goals are the 'Vi arbejder for, at …' bullets under 'Målsætninger' in each "
          "indsatsområde; background lines and the revision section are no goals. The two "
          "villages without a meeting place (the child's background says so) get one: a "
          "village hall renovated in Tvedskov, the old school in Ålum turned into a medborgerhus"),
        G("L2", g["L2"], "followed_up", [u["u2"], pr["p2"], pr["p4"]],
          ev="Fem faldefærdige huse i",
          note="demolition in Sønderlev and a pool for restoring empty houses in Ålum: both "
          "ways of the goal, in both clusters"),
        G("L3", g["L3"], "not_followed_up",
          note="trap: poor mobile coverage is mentioned in the child's background (citizens' "
          "meetings); nothing is done"),
        G("L4", g["L4"], "partial", [u["u4"], pr["p5"]], ev="Der er en natursti",
          missing=["stier mellem landsbyerne (henvist til trafikplanen)"],
          note="trap: one of two aims — a nature path out to the river; paths between the "
          "villages are wished for in the background and referred to another plan"),
        G("L5", g["L5"], "not_followed_up", note="climate is not in the child"),
    ]
    kids = [
        C(u["u1"], ["L1"], note="the child goals are the 'Mål for klyngen' bullets (and the "
          "'Mål' bullet of section 4); the project rows are measures"),
        C(u["u2"], ["L2"]),
        C(u["u3"], ["L1"]),
        C(u["u4"], ["L4"]),
        C(u["u5"], [], note="meetings between cluster councils and the municipality: stands "
          "alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; planstrategi): 'Indsatsområde n: …' "
        "headings, a background line and 'Målsætninger' bullets 'Vi arbejder for, at …'; child "
        "PDF (reportlab; udviklingsplan for landsbyerne): sections per village CLUSTER with "
        "'Mål for klyngen' bullets and 'Projekt | Finansiering | År' tables, no reference to "
        "the parent's goals beyond the indsatsområde",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Tallbäcka (sv)


def _hexes_svg(centre: tuple[str, list[str]], cells: list[tuple[str, list[str]]]) -> str:
    """Seven pointy-top hexagons (SVG, printed by Chromium): a centre and six around it, each a
    bold title line and the text as separate <text> lines — the goals exist only as text in
    the shapes."""
    import math

    r = 118.0
    w = math.sqrt(3) * r
    cx0, cy0 = 330.0, 300.0
    spots = [(-w / 2, -1.5 * r), (w / 2, -1.5 * r), (-w, 0.0), (w, 0.0),
             (-w / 2, 1.5 * r), (w / 2, 1.5 * r)]
    fills = ["#e3efe0", "#dcebf2", "#f3eadb", "#e6f1e6", "#e9e4f1", "#f5e1e1"]
    out = ["<svg xmlns='http://www.w3.org/2000/svg' width='660' height='610' "
           "viewBox='0 0 660 610' font-family='Liberation Sans, Arial, sans-serif'>"]

    def hexagon(cx, cy, fill, title, lines, tsize):
        pts = " ".join(f"{cx + (r - 3) * math.cos(math.radians(90 + 60 * i)):.1f},"
                       f"{cy + (r - 3) * math.sin(math.radians(90 + 60 * i)):.1f}"
                       for i in range(6))
        out.append(f"<polygon points='{pts}' fill='{fill}' stroke='#ffffff' "
                   "stroke-width='4'/>")
        y = cy - (len(lines) + 1) * 8.5
        out.append(f"<text x='{cx:.1f}' y='{y:.1f}' text-anchor='middle' font-size='13' "
                   f"font-weight='bold' fill='#234'>{e(title)}</text>")
        for ln in lines:
            y += 17
            out.append(f"<text x='{cx:.1f}' y='{y:.1f}' text-anchor='middle' "
                       f"font-size='{tsize}' fill='#222'>{e(ln)}</text>")

    hexagon(cx0, cy0, "#2f5d3a", "", [], 12)
    out.pop()  # no title in the centre: the vision is drawn in white below
    yy = cy0 - 20
    out.append(f"<text x='{cx0}' y='{yy}' text-anchor='middle' font-size='15' "
               f"font-weight='bold' fill='#fff'>{e(centre[0])}</text>")
    for ln in centre[1]:
        yy += 20
        out.append(f"<text x='{cx0}' y='{yy}' text-anchor='middle' font-size='13' "
                   f"fill='#fff'>{e(ln)}</text>")
    for (dx, dy), fill, (title, lines) in zip(spots, fills, cells, strict=True):
        hexagon(cx0 + dx, cy0 + dy, fill, title, lines, 11.5)
    out.append("</svg>")
    return "\n".join(out)


@pair
def tallbacka_teknik(d: Path) -> dict:
    cells = [
        ("V1", "Hållbart resande", ["Fler reser kollektivt, går", "eller cyklar till",
                                    "arbete och skola."]),
        ("V2", "Levande sjöar", ["Sjöarna och vattendragen i", "Tallbäcka har god",
                                 "ekologisk status."]),
        ("V3", "Levande centrum", ["Tallbäcka centrum är en", "levande mötesplats med",
                                   "handel och kultur."]),
        ("V4", "Gröna stråk", ["Alla invånare har nära", "till parker och",
                               "grönområden."]),
        ("V5", "Klimatsmart kommun", ["Alla kommunens verksamheter är",
                                      "fossilfria och", "energieffektiva."]),
        ("V6", "Trygg uppväxt", ["Alla barn och unga har en", "trygg uppväxt och klarar",
                                 "skolan."]),
    ]
    g = {vid: " ".join(lines) for vid, _, lines in cells}
    css = (
        "h1{font-size:20pt;color:#2f5d3a;margin:0 0 4px}"
        "h2{font-size:13pt;color:#2f5d3a;margin:14px 0 4px}"
        ".fig{text-align:center;margin:6px 0}"
        ".cap{font-size:8.5pt;color:#555;text-align:center}"
    )
    body = [
        "<div class='crumb'>Tallbäcka kommun · Vision och mål 2031–2040</div>",
        "<h1>Vision och mål 2031–2040</h1>",
        "<p class='crumb'>Antagen av kommunfullmäktige 16 juni 2031, § 88</p>",
        "<p>Kommunfullmäktiges sex mål samlas runt visionen i målbilden nedan. Nämnderna "
        "bryter ned målen till nämndmål i sina verksamhetsplaner.</p>",
        "<div class='fig'>" + _hexes_svg(("Vision 2040", ["Tallbäcka – nära,", "grönt och",
                                                          "öppet"]),
                                         [(t, ln) for _, t, ln in cells]) + "</div>",
        "<p class='cap'>Målbild: vision och kommunfullmäktiges mål</p>",
        "<h2>Styrning och uppföljning</h2>",
        "<p>Målen följs upp i delårsrapporten och årsredovisningen. Varje nämnd redovisar "
        "hur nämndmålen bidrar till fullmäktiges mål.</p>",
    ]
    _chromium(_page("sv", "Vision och mål 2031–2040", css, body), d / "parent.pdf")

    k = {
        "t1": "Gång- och cykelvägarna är snöröjda före klockan 7 på vardagar.",
        "t2": "Fyra kilometer ny cykelväg mellan Bäcklösa och centrum är byggd.",
        "t3": "Torget har nya sittplatser, belysning och en scen.",
        "t4": "Alla bostäder har högst 300 meter till en park eller ett grönområde.",
        "t5": "Dricksvattnet uppfyller Livsmedelsverkets krav vid alla provtagningar.",
        "t6": "Kommunens fordon drivs med förnybara drivmedel.",
        "t7": "Sjukfrånvaron i förvaltningen är under 6 procent.",
    }
    akt = {
        "a1": "Nya väderskydd och cykelparkering vid 20 busshållplatser.",
        "a2": "Fickpark i kvarteret Sävsparven och ny lekplats i Bäcklösa.",
        "a3": "Upphandling av elbilar och HVO till arbetsmaskinerna.",
    }
    nh = ["Nämndmål", "Indikator", "Målvärde 2033"]
    nw = [80, 60, 30]
    _p10 = pk.load_module("parents_blind10_make_pairs", HERE.parent / "parents-blind10" / "make_pairs.py")
    child = [
        ("title", "Tekniska nämndens verksamhetsplan 2033"),
        ("meta", "Tallbäcka kommun · Samhällsbyggnadsförvaltningen · Antagen av tekniska "
         "nämnden 23 november 2032, § 71"),
        ("h1", "1 Uppdrag"),
        ("p", "Tekniska nämnden ansvarar för gator, parker, vatten och avlopp samt kommunens "
         "fordon. Verksamhetsplanen visar nämndmålen för 2033 och de viktigaste "
         "aktiviteterna."),
        ("h1", "2 Gata och park"),
        ("table", nh, [[k["t1"], "Andel morgnar med snöröjning klar kl. 7", "95 %"],
                       [k["t2"], "Byggd sträcka", "4 km"],
                       [k["t3"], "Klart enligt projektplan", "Ja"],
                       [k["t4"], "Andel bostäder inom 300 m", "100 %"]], nw),
        ("p", "Aktiviteter: " + akt["a1"] + " " + akt["a2"]),
        ("h1", "3 Vatten och avlopp"),
        ("p", "Kvarnsjön har måttlig ekologisk status, främst på grund av dagvatten från "
         "centrum och Bäcklösa."),
        ("table", nh, [[k["t5"], "Andel godkända prov", "100 %"]], nw),
        ("h1", "4 Fordon och förvaltning"),
        ("table", nh, [[k["t6"], "Andel förnybart av drivmedlen", "100 %"],
                       [k["t7"], "Sjukfrånvaro", "< 6 %"]], nw),
        ("p", "Aktiviteter: " + akt["a3"]),
    ]
    _p10._odt_pdf(child, d / "child.pdf", title="Tekniska nämndens verksamhetsplan 2033",
                  lang="sv")

    goals_ = [
        G("V1", g["V1"], "followed_up", [k["t1"], k["t2"], akt["a1"]],
          ev="Gång- och cykelvägarna är",
          note="the goals exist only as text in the six outer hexagons of an SVG målbild "
          "(a bold title and the goal broken into three lines); the centre hexagon is the "
          "vision. Gold text = the goal lines joined. Walking and cycling (snow clearing, a new "
          "cycle path) and bus stops with shelters: the technical board's share of all three "
          "modes"),
        G("V2", g["V2"], "not_followed_up",
          note="trap: Kvarnsjön's moderate status and the storm water are in the VA section's "
          "background; the only VA goal is drinking-water quality, which does not serve the "
          "lakes"),
        G("V3", g["V3"], "partial", [k["t3"]], ev="Torget har nya sittplatser,",
          missing=["handel och kultur i centrum"],
          note="the square as a meeting place; trade and culture are not taken up"),
        G("V4", g["V4"], "followed_up", [k["t4"], akt["a2"]], ev="Alla bostäder har högst",
          note="300 metres to a park for every home, a pocket park and a playground"),
        G("V5", g["V5"], "partial", [k["t6"], akt["a3"]], ev="Kommunens fordon drivs med",
          missing=["energieffektiva verksamheter (lokaler, belysning)",
                   "fossilfrihet i andra verksamheter än fordonen"],
          note="trap: one of two aims — fossil-free vehicles; energy efficiency not taken up"),
        G("V6", g["V6"], "not_followed_up",
          note="childhood and school: outside the board's remit, absent from the child"),
    ]
    kids = [
        C(k["t1"], ["V1"], note="the child goals are the 'Nämndmål' cells (indicators and "
          "target values are not goals; the 'Aktiviteter:' lines are measures)"),
        C(k["t2"], ["V1"]),
        C(k["t3"], ["V3"]),
        C(k["t4"], ["V4"]),
        C(k["t5"], [], note="trap: drinking water shares 'vatten' with the 'Levande sjöar' "
          "hexagon but does not serve lake status — stands alone"),
        C(k["t6"], ["V5"]),
        C(k["t7"], [], note="sick leave: stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; Vision och mål): the goals only as text in six SVG "
        "hexagons around a vision hexagon (title line + goal in three <text> lines); child PDF "
        "(odfpy .odt → LibreOffice; tekniska nämndens verksamhetsplan): 'Nämndmål | Indikator | "
        "Målvärde 2033' tables per verksamhet, 'Aktiviteter:' lines, no reference to the "
        "parent",
        goals=goals_, kids=kids,
    )


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder (pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder="corpora/parents-blind22/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
