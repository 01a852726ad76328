"""Build the nineteenth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar19` without reading plancheck's code, tests or bench, and without
running it. Five parents and children in forms the earlier batches did not use:

- Nordbotn (nb): a samfunnsdel (python-docx → LibreOffice) with six 'Satsingsområde n' sections,
  each holding ONE 'Langsiktig mål' and typed, numbered 'Strategier' (n.1–n.3; no goals, one
  phrased 'skal'). The child, a **handlingsdel** (reportlab), has 'Resultatmål 2032' bullets by
  tjenesteområde and one `Nr. | Tiltak | Strategi | Ansvar | Frist` table whose 'Strategi' column
  cites STRATEGY numbers ('Strategi 2.3') — a goal is followed up only through its strategies;
  one citation points at a strategy the measure does not serve.
- Kvernvær (nn): a samfunnsdel (Chromium) whose goals are 'Vi vil …' statements beside UN
  sustainability-goal badges ('3 GOD HELSE OG LIVSKVALITET'; no goals), with a quoted UN target
  (no goal). The child, a **helse- og omsorgsplan** (python-docx → LibreOffice), typed goals
  'n.n⇥…' under 'Mål' headings, chapters headed with SDG numbers only.
- Hjortsjö (sv): an **översiktsplan** (reportlab) whose goals are the 'Planeringsinriktningar'
  ('PI n' in a label column), with 'Rekommendationer' for later planning (no goals) and a land-use
  table; the child, a **grönplan med naturvårdsprogram** (Chromium), goal cells merged (rowspan)
  over their åtgärder rows; it never names the ÖP's numbers.
- Kærbølle (da): a **bæredygtighedsstrategi** (python-docx → LibreOffice) with goal tables
  `Mål | Indikator | 2030` (numbered goals, one over two indicator rows); the child, a
  **klimahandleplan** (reportlab), 'Delmål' lines and an action table whose column 'Mål i
  strategien' cites goal numbers — two wrongly, two not at all.
- Glyncoed (en, Wales): a PSB **Well-being Plan** (Chromium) with 'Well-being objective n' cards
  and 'Contributes to:' national well-being goals (no goals), the Act's seven national goals in a
  box; the child, the county borough council's **Corporate Plan** (python-docx → LibreOffice) with
  its own 'Objective n:' headings and 'Steps we will take' bullets; it never cites the PSB plan's
  numbers.

    python corpora/parents-blind19/make_pairs.py                  # all pairs
    python corpora/parents-blind19/make_pairs.py nordbotn-handlingsdel

Imports the eighteenth batch's builder (corpora/parents-blind18/make_pairs.py: `_rl` and, through
batch 17 and 14, `G`, `C`, the Chromium print, `_page`, `build_pdf`, `_build_pdf_numbered`) and
runs batch 14's `main` (gold writer and checks) on this folder's pairs.
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


_p18 = _load("parents_blind18_make_pairs", HERE.parent / "parents-blind18" / "make_pairs.py")
_p14 = _p18._p14
G, C = _p18.G, _p18.C
_chromium, _page, _rl = _p18._chromium, _p18._page, _p18._rl
build_pdf, _build_pdf_numbered = _p18.build_pdf, _p18._build_pdf_numbered

PAIRS: dict[str, Callable[[Path], dict]] = {}
e = _html.escape


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Nordbotn (nb)


@pair
def nordbotn_handlingsdel(d: Path) -> dict:
    areas = [
        ("Oppvekst og læring",
         "Nordbotn har gode barnehager, men for mange elever slutter i videregående før de er "
         "ferdige, og skolefraværet har økt etter 2022.",
         "Barn og unge i Nordbotn skal vokse opp i trygge omgivelser og fullføre utdanningen "
         "sin.",
         ["Sette inn hjelp tidlig når barn og unge strever, på tvers av barnehage, skole og "
          "helsestasjon.",
          "Gjøre skolebyggene til gode og universelt utformede læringsarenaer.",
          "Samarbeide med fylkeskommunen og næringslivet om flere lærlingplasser."]),
        ("Helse og mestring",
         "Andelen innbyggere over 80 år blir nesten doblet fram mot 2040. Samtidig rapporterer "
         "ungdom mer ensomhet og mindre fysisk aktivitet enn før.",
         "Innbyggerne skal ha god helse og mestre eget liv i alle livsfaser.",
         ["Gjøre folkehelse til en fast del av alt planarbeid i kommunen.",
          "Ta i bruk velferdsteknologi som gir trygghet og frigjør tid.",
          "Legge til rette for at eldre kan bo lenger i eget hjem."]),
        ("Næring og arbeid",
         "Kraftkrevende industri og landbruk er ryggraden i næringslivet. Det er få nye "
         "bedrifter, og det mangler ledige næringstomter i Botn.",
         "Nordbotn skal ha et variert næringsliv og flere arbeidsplasser.",
         ["Kommunen skal alltid ha byggeklare næringsarealer.",
          "Være en rask og forutsigbar vertskommune for bedriftene.",
          "Utvikle reiselivet rundt Botnfjellet og fjorden sammen med grunneierne."]),
        ("Klima og natur",
         "Veitrafikk og jordbruk står for tre firedeler av utslippene. Store myrområder på "
         "Sandvollen er regulert til fritidsboliger i eldre planer.",
         "Nordbotn skal kutte klimagassutslippene og ta vare på naturmangfoldet.",
         ["Gå foran med en utslippsfri kommunal bilpark og fossilfrie byggeplasser.",
          "Unngå nedbygging av myr og andre karbonrike arealer.",
          "Samarbeide med landbruket om klimatiltak på gårdene."]),
        ("Bo og leve",
         "Sentrum i Botn har mistet butikker og kafeer, og det finnes nesten ingen "
         "leiligheter for unge og eldre.",
         "Tettstedene i Nordbotn skal være levende, med gode boliger og møteplasser for alle.",
         ["Regulere varierte boliger nær sentrum i Botn og på Sandvollen.",
          "Utvikle møteplasser for alle generasjoner i sentrum.",
          "Ta vare på kulturminnene og særpreget i tettstedene."]),
        ("Medvirkning og fellesskap",
         "Valgdeltakelsen ved kommunevalget i 2027 var 58 prosent. Lag og foreninger melder "
         "at det blir vanskeligere å rekruttere nye tillitsvalgte.",
         "Innbyggerne skal kunne påvirke og delta i utviklingen av lokalsamfunnet.",
         ["Ta i bruk nye former for medvirkning, også digitale.",
          "Styrke samarbeidet med frivillige lag og foreninger.",
          "Gi ungdomsrådet og eldrerådet en tydelig rolle tidlig i planarbeidet."]),
    ]
    g = {f"N{i}": a[2] for i, a in enumerate(areas, 1)}
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2028–2040"),
        ("meta", "Nordbotn kommune · Vedtatt av kommunestyret 12. juni 2028, sak 38/28"),
        ("h1", "1 Innledning"),
        ("p", "Samfunnsdelen sier hvor Nordbotn skal gå de neste tolv årene, og er grunnlaget "
         "for handlingsdelen, temaplanene og arealdelen. Hvert satsingsområde har ett "
         "langsiktig mål og noen strategier for hvordan vi skal nå det. Strategiene er "
         "nummerert slik at handlingsdelen kan vise hvilken strategi hvert tiltak følger opp."),
        ("p", "Visjon: Nordbotn – plass til å vokse"),
        ("h1", "2 Satsingsområder"),
    ]
    for i, (name, bg, goal, strats) in enumerate(areas, 1):
        parent += [
            ("h2", f"Satsingsområde {i}: {name}"),
            ("p", bg),
            ("h3", "Langsiktig mål"),
            ("p", goal),
            ("h3", "Strategier"),
        ]
        parent += [("typed", f"{i}.{j}", s, "\t", 10) for j, s in enumerate(strats, 1)]
    parent += [
        ("h1", "3 Oppfølging"),
        ("p", "Samfunnsdelen følges opp gjennom handlingsdelen, som rulleres hvert år sammen "
         "med økonomiplanen. Kommunedirektøren rapporterer på målene i årsmeldingen. Planen "
         "revideres etter planstrategien i 2032."),
    ]
    build_pdf(parent, d / "parent.pdf", title="Kommuneplanens samfunnsdel 2028–2040",
              author="Nordbotn kommune",
              header="Nordbotn kommune · Kommuneplanens samfunnsdel 2028–2040")

    k = {
        "c1": "Alle elever skal oppleve at skolen er et trygt sted å være.",
        "c2": "Minst 85 prosent av elevene skal fullføre videregående opplæring innen fem år.",
        "c3": "Flere eldre skal kunne bo hjemme med støtte fra trygghetsteknologi.",
        "c4": "Bedrifter som vil etablere seg, skal få byggeklar tomt innen seks måneder.",
        "c5": "Kommunens egne kjøretøy skal være utslippsfrie innen 2031.",
        "c6": "Nordbotn kommune skal være en arbeidsplass der de ansatte trives og blir "
        "værende.",
        "c7": "Netto lånegjeld skal ikke overstige 90 prosent av driftsinntektene.",
    }
    m = {
        "T1": "Ressursteam for tidlig innsats i barnehage og skole",
        "T2": "Felles plan mot mobbing og skolefravær",
        "T3": "Fem nye lærlingplasser i kommunen hvert år",
        "T4": "Digitalt tilsyn og trygghetsalarmer til hjemmeboende",
        "T5": "Hverdagsrehabilitering i hjemmetjenesten",
        "T6": "Regulering av næringsområdet Botnmoen II",
        "T7": "Fast kontaktperson og svar innen tre uker til nye bedrifter",
        "T8": "Reiselivspakke for Botnfjellet med merkede turløyper",
        "T9": "Elbiler og ladepunkter for hjemmetjenesten",
        "T10": "Nytt møterom med videoutstyr i rådhuset",
        "T11": "Heltidsprosjekt i helse og omsorg",
        "T12": "Salg av ubrukte kommunale bygg",
    }
    rows = [
        ["1", m["T1"], "Strategi 1.1", "Kommunalsjef oppvekst", "Høst 2029"],
        ["2", m["T2"], "Strategi 1.1", "Rektorene", "2029"],
        ["3", m["T3"], "Strategi 1.3", "HR-sjef", "Årlig"],
        ["4", m["T4"], "Strategi 2.2", "Leder hjemmetjenesten", "2030"],
        ["5", m["T5"], "Strategi 2.3", "Leder hjemmetjenesten", "2029"],
        ["6", m["T6"], "Strategi 3.1", "Plan- og næringssjef", "2030"],
        ["7", m["T7"], "Strategi 3.2", "Næringsrådgiver", "2029"],
        ["8", m["T8"], "Strategi 3.3", "Næringsrådgiver", "2031"],
        ["9", m["T9"], "Strategi 4.1", "Driftssjef", "2029–2031"],
        ["10", m["T10"], "Strategi 5.2", "IKT-leder", "2029"],
        ["11", m["T11"], "–", "HR-sjef", "2029–2030"],
        ["12", m["T12"], "", "Eiendomssjef", "2030"],
    ]
    child = [
        ("title", "Handlingsdel 2029–2032"),
        ("meta", "Nordbotn kommune · Kommunedirektørens forslag til handlingsdel med "
         "økonomiplan · 24. oktober 2028"),
        ("h1", "1 Innledning"),
        ("p", "Handlingsdelen viser hvordan kommunen følger opp kommuneplanens samfunnsdel "
         "2028–2040 de neste fire årene. Tiltakene i kapittel 4 er knyttet til strategiene i "
         "samfunnsdelen; kolonnen «Strategi» viser nummeret på strategien. Resultatmålene i "
         "kapittel 3 er kommunedirektørens mål for tjenestene i perioden."),
        ("h1", "2 Økonomiske forutsetninger"),
        ("p", "Netto driftsresultat var 0,4 prosent i 2027, og lånegjelden har økt med 140 "
         "millioner kroner på fire år etter byggingen av Botn skole. Kommunedirektøren "
         "foreslår derfor få nye driftstiltak og ingen nye store investeringer før 2031."),
        ("h1", "3 Resultatmål for perioden"),
        ("h2", "3.1 Oppvekst"),
        ("b", "Resultatmål 2032"),
        ("bullets", [k["c1"], k["c2"]]),
        ("h2", "3.2 Helse og omsorg"),
        ("b", "Resultatmål 2032"),
        ("bullets", [k["c3"]]),
        ("h2", "3.3 Samfunnsutvikling"),
        ("b", "Resultatmål 2032"),
        ("bullets", [k["c4"], k["c5"]]),
        ("h2", "3.4 Organisasjon og økonomi"),
        ("b", "Resultatmål 2032"),
        ("bullets", [k["c6"], k["c7"]]),
        ("h1", "4 Tiltak"),
        ("p", "Tabellen viser tiltakene i perioden. Strategi = strategien i samfunnsdelen som "
         "tiltaket følger opp."),
        ("table", ["Nr.", "Tiltak", "Strategi", "Ansvar", "Frist"], rows, [11, 70, 25, 38, 26]),
        ("h1", "5 Rapportering"),
        ("p", "Status for tiltakene rapporteres i tertialrapportene og i årsmeldingen."),
    ]
    _rl(d / "child.pdf", child, title="Handlingsdel 2029–2032", author="Nordbotn kommune",
        creator="Nordbotn kommune, økonomiavdelingen",
        header="Nordbotn kommune – Handlingsdel 2029–2032", footer="Side {n}", accent="#24506b")

    goals_ = [
        G("N1", g["N1"], "followed_up", [k["c1"], k["c2"], m["T1"], m["T2"], m["T3"]],
          ev="Alle elever skal oppleve at",
          note="the goals are the paragraphs under 'Langsiktig mål' (one per satsingsområde, "
          "ids N1–N6 by the area's number); the typed strategies 1.1–6.3 are no goals (3.1 "
          "reads 'Kommunen skal …'). The child cites strategies, never goals: 1.1 and 1.3 "
          "belong to N1. A safe school ('trygge omgivelser'), completion of upper secondary "
          "and apprenticeships ('fullføre utdanningen') in other words"),
        G("N2", g["N2"], "partial", [k["c3"], m["T4"], m["T5"]],
          ev="Flere eldre skal kunne bo",
          missing=["folkehelse og forebygging for barn, unge og voksne (strategi 2.1 har "
                   "ingen tiltak)"],
          note="older people living at home with welfare technology (strategies 2.2 and 2.3) "
          "only; 'i alle livsfaser' is not served"),
        G("N3", g["N3"], "followed_up", [k["c4"], m["T6"], m["T7"], m["T8"]],
          ev="Bedrifter som vil etablere",
          note="building land for new firms and a quick answer (strategies 3.1, 3.2) for "
          "'flere arbeidsplasser', tourism beside industry (3.3) for 'variert'. Trap: the "
          "child goal 'en arbeidsplass der de ansatte trives' shares 'arbeidsplass' but is "
          "the municipality as employer"),
        G("N4", g["N4"], "partial", [k["c5"], m["T9"]], ev="Kommunens egne kjøretøy skal",
          missing=["utslippskutt utenfor kommunens egen drift (veitrafikk, landbruk – "
                   "strategi 4.3)",
                   "naturmangfold og myr (strategi 4.2 har ingen tiltak)"],
          note="the municipality's own vehicles only (strategy 4.1)"),
        G("N5", g["N5"], "not_followed_up",
          note="trap: tiltak 10 'Nytt møterom med videoutstyr i rådhuset' cites 'Strategi 5.2' "
          "(meeting places for all generations in the town centre) — a meeting room for the "
          "administration is no such place; content decides. Nothing on housing or the "
          "centres"),
        G("N6", g["N6"], "not_followed_up",
          note="no measure cites 6.1–6.3 and nothing serves participation or volunteering"),
    ]
    kids = [
        C(k["c1"], ["N1"], note="the child goals are the bullets under 'Resultatmål 2032' "
          "(not the measure rows)"),
        C(k["c2"], ["N1"]),
        C(k["c3"], ["N2"]),
        C(k["c4"], ["N3"]),
        C(k["c5"], ["N4"]),
        C(k["c6"], [], note="shares 'arbeidsplass' with N3 ('flere arbeidsplasser'); the "
          "municipality as an employer: stands alone"),
        C(k["c7"], [], note="a financial goal: stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; samfunnsdel): six 'Satsingsområde n' "
        "headings, each with a background paragraph, ONE paragraph under 'Langsiktig mål' (the "
        "goal) and typed strategies 'n.1⇥…'–'n.3⇥…' under 'Strategier' (no goals), running "
        "header, 'Side n av m'; child PDF (reportlab; handlingsdel): 'Resultatmål 2032' "
        "bullets per tjenesteområde and one 'Nr. | Tiltak | Strategi | Ansvar | Frist' table "
        "citing strategy numbers ('Strategi 2.3'), one citation not served by content, one '–' "
        "and one empty; running header, 'Side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Kvernvær (nn)

_SDG = {
    3: ("GOD HELSE OG LIVSKVALITET", "#4c9f38"),
    4: ("GOD UTDANNING", "#c5192d"),
    7: ("REIN ENERGI FOR ALLE", "#fcc30b"),
    10: ("MINDRE ULIKSKAP", "#dd1367"),
    11: ("BEREKRAFTIGE BYAR OG LOKALSAMFUNN", "#fd9d24"),
    13: ("STOPPE KLIMAENDRINGANE", "#3f7e44"),
}


@pair
def kvernvaer_helse(d: Path) -> dict:
    g = {
        "V1": "Vi vil at innbyggjarane skal ta gode val for eiga helse gjennom heile livet.",
        "V2": "Vi vil at alle som treng hjelp, skal få gode tenester nær der dei bur.",
        "V3": "Vi vil at barn og unge skal ha ein trygg oppvekst og kjenne seg inkluderte.",
        "V4": "Vi vil at eldre skal vere aktive deltakarar i lokalsamfunnet.",
        "V5": "Vi vil at Kvernvær skal bli eit lågutsleppssamfunn innan 2040.",
        "V6": "Vi vil ha eit variert bustadtilbod som gjer det lett å flytte heim til "
        "Kvernvær.",
    }
    expl = {
        "V1": "Levevanar som vert lagde tidleg, følgjer oss gjennom livet.",
        "V2": "Kommunen har lange avstandar, og mange bur på øyane utan bru.",
        "V3": "Kvart sjette barn seier at dei ikkje har ein god ven på skulen.",
        "V4": "I 2040 vil kvar tredje innbyggjar vere over 67 år.",
        "V5": "Ferjene og fiskeflåten står for over halvparten av utsleppa.",
        "V6": "Unge som har teke utdanning, finn ikkje leilegheiter å leige.",
    }
    sdgs = {"V1": [3], "V2": [3, 10], "V3": [4, 10], "V4": [3, 11], "V5": [7, 13],
            "V6": [11]}
    css = (
        "h1{font-size:20pt;color:#163d5c;margin:4px 0 4px}"
        "h2{font-size:13.5pt;color:#163d5c;margin:16px 0 6px;border-bottom:1px solid #b7c7d3}"
        ".goal{display:flex;gap:10px;margin:8px 0 10px;align-items:flex-start}"
        ".sdgs{display:flex;gap:4px;flex:0 0 134px}"
        ".sdg{width:64px;height:64px;color:#fff;font-size:6.6pt;font-weight:bold;"
        "line-height:1.15;padding:3px;box-sizing:border-box}"
        ".sdg .n{font-size:15pt;display:block;line-height:1}"
        ".vv{flex:1}.vv b{font-size:11.5pt}.vv div{font-size:9.5pt;color:#555;margin-top:3px}"
        ".un{background:#eef3f6;border-left:4px solid #7d97aa;padding:6px 10px;font-size:9pt;"
        "margin:10px 0}"
        ".foot{font-size:8pt;color:#777;margin-top:16px}"
    )

    def badge(n):
        name, col = _SDG[n]
        return (f"<div class='sdg' style='background:{col}'><span class='n'>{n}</span>"
                f"{e(name)}</div>")

    def goal(gid):
        return ("<div class='goal'><div class='sdgs'>" + "".join(badge(n) for n in sdgs[gid])
                + f"</div><div class='vv'><b>{e(g[gid])}</b><div>{e(expl[gid])}</div></div>"
                "</div>")

    body = [
        "<div class='crumb'>Kvernvær kommune · Kommuneplanen sin samfunnsdel 2028–2040 · "
        "Vedteken i kommunestyret 15. juni 2028</div>",
        "<h1>Kommuneplanen sin samfunnsdel 2028–2040</h1>",
        "<p>Samfunnsdelen seier kva for eit samfunn vi vil ha i Kvernvær i 2040. FN sine "
        "berekraftsmål er ramma for planen: ved kvart mål viser vi kva for berekraftsmål det "
        "bidreg til. Måla vert følgde opp i handlingsdelen og i temaplanane.</p>",
        "<h2>Gode liv i heile kommunen</h2>",
        goal("V1"), goal("V2"),
        "<div class='un'><b>Frå FN sitt delmål 3.4:</b> Innan 2030 redusere talet på for "
        "tidlege dødsfall som skuldast ikkje-smittsame sjukdommar, med ein tredel.</div>",
        "<h2>Oppvekst og fellesskap</h2>",
        goal("V3"), goal("V4"),
        "<h2>Grøn og levande kommune</h2>",
        goal("V5"), goal("V6"),
        "<h2>Korleis planen vert følgd opp</h2>",
        "<p>Kommunedirektøren legg fram handlingsdelen kvar haust. Temaplanane skal vise "
        "korleis dei bidreg til måla i samfunnsdelen.</p>",
        "<div class='foot'>kvernvaer.kommune.no/samfunnsdelen · Sist oppdatert 20.06.2028"
        "</div>",
    ]
    _chromium(_page("nn", "Kommuneplanen sin samfunnsdel 2028–2040", css, body),
              d / "parent.pdf")

    k = {
        "h1": "Fleire innbyggjarar skal vere fysisk aktive minst 150 minutt i veka.",
        "h2": "Heimebuande som treng tenester, skal få hjelp frå eit fast team.",
        "h3": "Alle som flyttar heim etter sjukehusopphald, skal få eit koordinert tilbod frå "
        "første dag.",
        "h4": "Helsestasjonen skal nå alle familiar med nyfødde med heimebesøk.",
        "h5": "Seniorsenteret skal vere ein møtestad der eldre sjølve driv aktivitetane.",
        "h6": "Fleire pensjonistar skal gjere frivillig innsats i nærmiljøet.",
        "h7": "Helse- og omsorgstenesta skal ha ein beredskapsplan for hetebølgjer, flaum og "
        "straumbrot.",
    }
    t = {
        "a1": "Frisklivssentral med treningsgrupper på Øyna og i Vågen (folkehelsekoordinator, "
        "2030)",
        "a2": "Faste team i heimetenesta for kvar sone (leiar heimetenesta, 2029)",
        "a3": "Felles innskrivingsmøte med sjukehuset før utskriving (koordinerande eining, "
        "2029)",
        "a4": "Heimebesøk frå jordmor og helsesjukepleiar innan tre dagar etter fødsel "
        "(helsestasjonen, 2029)",
        "a5": "Brukarstyrt drift av seniorsenteret med eige brukarråd (frivilligsentralen, "
        "2030)",
        "a6": "Besøksvenn- og turvenn-ordning for pensjonistar (frivilligsentralen, løpande)",
        "a7": "Beredskapsplan for helse og omsorg (kommuneoverlegen, 2030)",
    }

    def goals_block(nr, items):
        return [("typed", f"{nr}.{j}", x, "\t", 10) for j, x in enumerate(items, 1)]

    child = [
        ("title", "Helse- og omsorgsplan 2029–2036"),
        ("meta", "Kvernvær kommune · Høyringsutkast · 3. februar 2029"),
        ("h1", "1 Innleiing"),
        ("p", "Helse- og omsorgsplanen er ein temaplan under kommuneplanen. Han samlar "
         "førebygging, tenester i heimen, helsestasjonen og arbeidet med eldre i éin plan. "
         "Kapitla er merkte med det berekraftsmålet dei høyrer til."),
        ("h1", "2 Utfordringar"),
        ("p", "Talet på innbyggjarar over 80 år aukar med 60 prosent fram mot 2036. Berre "
         "kvar tredje vaksen i Kvernvær oppgjev at dei er fysisk aktive kvar veke, og "
         "heimetenesta har over 40 ulike tilsette innom same brukar på ein månad."),
        ("h1", "3 Førebygging og folkehelse (berekraftsmål 3)"),
        ("h3", "Mål"),
        *goals_block(3, [k["h1"]]),
        ("h3", "Tiltak"),
        ("bullets", [t["a1"]]),
        ("h1", "4 Tenester i heimen (berekraftsmål 3 og 10)"),
        ("h3", "Mål"),
        *goals_block(4, [k["h2"], k["h3"]]),
        ("h3", "Tiltak"),
        ("bullets", [t["a2"], t["a3"]]),
        ("h1", "5 Barn, unge og familiar (berekraftsmål 3)"),
        ("h3", "Mål"),
        *goals_block(5, [k["h4"]]),
        ("h3", "Tiltak"),
        ("bullets", [t["a4"]]),
        ("h1", "6 Eldre i Kvernvær (berekraftsmål 3 og 11)"),
        ("h3", "Mål"),
        *goals_block(6, [k["h5"], k["h6"]]),
        ("h3", "Tiltak"),
        ("bullets", [t["a5"], t["a6"]]),
        ("h1", "7 Klima og beredskap (berekraftsmål 13)"),
        ("p", "Flaumen i Vågen i 2026 stengde vegen til sjukeheimen i to døgn."),
        ("h3", "Mål"),
        *goals_block(7, [k["h7"]]),
        ("h3", "Tiltak"),
        ("bullets", [t["a7"]]),
        ("h1", "8 Oppfølging"),
        ("p", "Planen vert evaluert i 2032. Tiltaka vert tekne inn i handlingsdelen når dei "
         "har fått finansiering."),
    ]
    build_pdf(child, d / "child.pdf", title="Helse- og omsorgsplan 2029–2036",
              author="Kvernvær kommune",
              header="Kvernvær kommune – Helse- og omsorgsplan 2029–2036", lang="nn-NO")

    goals_ = [
        G("V1", g["V1"], "partial", [k["h1"], t["a1"]], ev="Fleire innbyggjarar skal vere",
          missing=["andre levevanar enn fysisk aktivitet (kosthald, rus, tobakk)",
                   "barn og unge ('gjennom heile livet')"],
          note="the goals are the bold 'Vi vil …' statements (ids V1–V6 in reading order; "
          "'Vi vil' kept in the text); the SDG badges beside them ('3 GOD HELSE OG "
          "LIVSKVALITET'), the grey line under each goal, and the quoted UN target 3.4 in the "
          "box are no goals. Adults' physical activity only"),
        G("V2", g["V2"], "followed_up", [k["h2"], k["h3"], t["a2"], t["a3"]],
          ev="Heimebuande som treng tenester,",
          note="'nær der dei bur' ← 'heimebuande', a fixed team and a coordinated offer after "
          "hospital for 'gode tenester', in other words"),
        G("V3", g["V3"], "partial", [k["h4"], t["a4"]], ev="Helsestasjonen skal nå alle",
          missing=["at barn og unge kjenner seg inkluderte (venner, skule, fritid)",
                   "oppvekst etter spedbarnsalderen"],
          note="home visits to every family with a newborn: a safe start only"),
        G("V4", g["V4"], "followed_up", [k["h5"], k["h6"], t["a5"], t["a6"]],
          ev="Seniorsenteret skal vere ein",
          note="older people running the senior centre themselves and volunteering in the "
          "neighbourhood: 'aktive deltakarar i lokalsamfunnet' in other words"),
        G("V5", g["V5"], "not_followed_up",
          note="trap: chapter 7 is headed 'berekraftsmål 13', the SDG badge beside V5, but "
          "its goal is preparedness for heat, flood and power cuts (adaptation), not lower "
          "emissions"),
        G("V6", g["V6"], "not_followed_up",
          note="trap: 4.2 'Alle som flyttar heim etter sjukehusopphald …' shares 'flytte "
          "heim' but is about leaving hospital (V2); nothing on housing"),
    ]
    kids = [
        C(k["h1"], ["V1"], note="the child goals are the typed 'n.n' lines under 'Mål' (not "
          "the 'Tiltak' bullets); the child cites SDG numbers in chapter headings, never the "
          "samfunnsdel's goals"),
        C(k["h2"], ["V2"]),
        C(k["h3"], ["V2"], note="shares 'flytte heim' with V6; coming home from hospital "
          "serves V2"),
        C(k["h4"], ["V3"]),
        C(k["h5"], ["V4"]),
        C(k["h6"], ["V4"]),
        C(k["h7"], [], note="under 'berekraftsmål 13' like V5, but adaptation and "
          "preparedness: stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; samfunnsdel): under three theme headings, bold 'Vi vil "
        "…' statements (the goals) beside coloured UN sustainability-goal badges ('3 GOD "
        "HELSE OG LIVSKVALITET'; no goals) with a grey explanation line, a box quoting UN "
        "target 3.4 (no goal); child PDF (python-docx → LibreOffice; helse- og omsorgsplan): "
        "chapters headed '(berekraftsmål n)', typed goals 'n.n⇥…' under 'Mål', measure "
        "bullets '(ansvar, år)', running header, 'Side n av m'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Hjortsjö (sv)


@pair
def hjortsjo_gronplan(d: Path) -> dict:
    g = {
        "P1": "Ny bebyggelse ska i första hand tillkomma genom förtätning i Hjortsjö tätort och "
        "Bergvik, så att jordbruksmarken kan sparas.",
        "P2": "Alla invånare ska ha nära till gröna miljöer för rekreation, lek och vila.",
        "P3": "Den biologiska mångfalden ska stärkas genom sammanhängande gröna och blå "
        "samband.",
        "P4": "Sjön Hjorten och kommunens vattendrag ska nå god ekologisk status.",
        "P5": "Samhället ska vara förberett för skyfall, översvämningar och värmeböljor.",
        "P6": "Byarna på landsbygden ska ha goda förutsättningar för boende och service.",
    }
    parent = [
        ("title", "Översiktsplan Hjortsjö 2045"),
        ("meta", "Hjortsjö kommun · Antagen av kommunfullmäktige 22 maj 2028, § 61"),
        ("h1", "1 Om översiktsplanen"),
        ("p", "Översiktsplanen visar hur mark och vatten ska användas och hur den byggda miljön "
         "ska utvecklas. Under varje tema står kommunens planeringsinriktningar, som ska "
         "vägleda detaljplaner, bygglov och kommunens egna program. Rekommendationerna visar "
         "vad som ska beaktas i den fortsatta planeringen."),
        ("h1", "2 Bebyggelse"),
        ("p", "Hjortsjö tätort har vuxit med 1 400 invånare sedan 2015, mest i nya villaområden "
         "på åkermark söder om järnvägen."),
        ("b", "Planeringsinriktningar"),
        ("hang", "PI 1", g["P1"]),
        ("b", "Rekommendationer"),
        ("bullets", ["Detaljplaner för nya bostäder ska pröva en högre exploatering än två "
                     "våningar.",
                     "Brukningsvärd jordbruksmark tas i anspråk endast när inget annat "
                     "alternativ finns."]),
        ("h1", "3 Grönstruktur och natur"),
        ("p", "Ekbackarna vid Stora Lunden och strandängarna vid Hjorten är kommunens "
         "värdefullaste naturmiljöer. Flera bostadsområden saknar park inom gångavstånd."),
        ("b", "Planeringsinriktningar"),
        ("hang", "PI 2", g["P2"]),
        ("hang", "PI 3", g["P3"]),
        ("b", "Rekommendationer"),
        ("bullets", ["En grönplan ska tas fram för Hjortsjö tätort.",
                     "Naturvärdesinventering ska göras före detaljplaneläggning av "
                     "skogsmark."]),
        ("h1", "4 Vatten"),
        ("p", "Hjorten har måttlig ekologisk status på grund av näringsläckage från "
         "jordbruket och enskilda avlopp. Lillån rinner genom centrum i en kulvert."),
        ("b", "Planeringsinriktningar"),
        ("hang", "PI 4", g["P4"]),
        ("h1", "5 Klimatanpassning"),
        ("p", "Skyfallet i augusti 2025 översvämmade ett sextiotal källare i centrum. "
         "Sommaren 2024 hade tolv dagar över 30 grader."),
        ("b", "Planeringsinriktningar"),
        ("hang", "PI 5", g["P5"]),
        ("h1", "6 Landsbygd"),
        ("p", "Bergvik, Näsby och Ödestad har egna skolor, men butiken i Näsby stängde 2026."),
        ("b", "Planeringsinriktningar"),
        ("hang", "PI 6", g["P6"]),
        ("h1", "7 Mark- och vattenanvändning"),
        ("table", ["Område", "Användning", "Kommentar"], [
            ["B1 Södra Hjortsjö", "Bostäder", "Förtätning, 300 bostäder"],
            ["N1 Stora Lunden", "Natur", "Ekbackar, naturreservat bildas"],
            ["V1 Hjortens stränder", "Vatten och natur", "Strandskydd 300 m"],
        ], [52, 48, 70]),
        ("h1", "8 Riksintressen"),
        ("p", "Hjorten med stränder omfattas av riksintresse för friluftsliv enligt 3 kap. 6 § "
         "miljöbalken."),
    ]
    _rl(d / "parent.pdf", parent, title="Översiktsplan Hjortsjö 2045", author="Hjortsjö kommun",
        creator="Hjortsjö kommun, samhällsbyggnadsförvaltningen",
        header="Hjortsjö kommun · Översiktsplan 2045", footer="Sida {n}", accent="#2d5e3a")

    k = {
        "g1": "Varje bostad ska ha högst 300 meter till en park eller ett naturområde.",
        "g2": "Alla förskolor och skolor ska ha naturmark för lek inom gångavstånd.",
        "g3": "Spridningssambanden för ek och groddjur ska bevaras och förstärkas.",
        "g4": "Byarnas ängar och hagar ska hävdas och behålla sin artrikedom.",
        "g5": "Skyddszoner med träd och buskar ska finnas längs alla vattendrag i tätorten.",
        "g6": "Parker och gröna tak i centrum ska kunna ta emot regnvatten vid skyfall.",
        "g7": "Kommunens parkskötsel ska vara fossilfri senast 2030.",
    }
    a = {
        "a1": "Ny stadsdelspark i Södra Hjortsjö",
        "a2": "Fickparker i kvarteren Mjölnaren och Smedjan",
        "a3": "Naturlekplatser vid Ekbackens och Lundens förskolor",
        "a4": "Plantering av 200 ekar mellan Stora Lunden och Hjortens strand",
        "a5": "Tio nya småvatten för groddjur",
        "a6": "Avtal om slåtter med föreningar i Näsby och Ödestad",
        "a7": "Öppning av Lillån genom centrum",
        "a8": "Skyddszon längs Kvarnbäcken",
        "a9": "Regnbäddar och skyfallsyta i Järnvägsparken",
        "a10": "Elektriska gräsklippare och arbetsfordon",
    }
    css = (
        "h1{font-size:20pt;color:#2d5e3a;margin:4px 0 4px}"
        "h2{font-size:13pt;color:#2d5e3a;margin:14px 0 4px}"
        "td.mal{font-weight:bold;width:38%;background:#f0f5ef}"
        "th{background:#d8e6d5}"
        ".foot{font-size:8pt;color:#777;margin-top:14px}"
    )

    def table(rows):
        out = ["<table><tr><th>Målsättning</th><th>Åtgärd</th><th>Ansvarig</th>"
               "<th>Klart</th></tr>"]
        for goal, acts in rows:
            for i, (act, who, when) in enumerate(acts):
                cell = (f"<td class='mal' rowspan='{len(acts)}'>{e(goal)}</td>" if i == 0
                        else "")
                out.append(f"<tr>{cell}<td>{e(act)}</td><td>{e(who)}</td><td>{e(when)}</td>"
                           "</tr>")
        return "".join(out) + "</table>"

    body = [
        "<div class='crumb'>hjortsjo.se › Bygga, bo och miljö › Grönplan</div>",
        "<h1>Grönplan med naturvårdsprogram 2029–2036</h1>",
        "<div class='crumb'>Hjortsjö kommun · Antagen av samhällsbyggnadsnämnden 11 april 2029"
        "</div>",
        "<p>Grönplanen visar hur parker, natur och vatten i Hjortsjö ska utvecklas och skötas. "
        "Den är tänkt som ett underlag för detaljplaner och för parkavdelningens budget. "
        "Naturvårdsprogrammet gäller hela kommunen.</p>",
        "<h2>Parker och lek</h2>",
        table([(k["g1"], [(a["a1"], "Parkavdelningen", "2031"),
                          (a["a2"], "Parkavdelningen", "2030")]),
               (k["g2"], [(a["a3"], "Parkavdelningen och förskolan", "2030")])]),
        "<h2>Natur och artrikedom</h2>",
        table([(k["g3"], [(a["a4"], "Kommunekolog", "2029–2033"),
                          (a["a5"], "Kommunekolog", "2032")]),
               (k["g4"], [(a["a6"], "Kommunekolog", "Årligen")])]),
        "<h2>Vatten och skyfall</h2>",
        table([(k["g5"], [(a["a7"], "Samhällsbyggnadschef", "2035"),
                          (a["a8"], "Hjortsjö Vatten AB", "2030")]),
               (k["g6"], [(a["a9"], "Hjortsjö Vatten AB", "2031")])]),
        "<h2>Skötsel</h2>",
        table([(k["g7"], [(a["a10"], "Parkchef", "2030")])]),
        "<h2>Uppföljning</h2>",
        "<p>Planen följs upp vart annat år i samhällsbyggnadsnämnden.</p>",
        "<div class='foot'>Sidansvarig: kommunekolog · Senast uppdaterad 2029-04-14</div>",
    ]
    _chromium(_page("sv", "Grönplan med naturvårdsprogram 2029–2036", css, body),
              d / "child.pdf")

    goals_ = [
        G("P1", g["P1"], "not_followed_up",
          note="the goals are the texts beside 'PI n' under 'Planeringsinriktningar' (ids "
          "P1–P6 from the printed numbers); the 'Rekommendationer' bullets (guidance for "
          "later planning, 'ska …'), the land-use table and the riksintresse are no goals. "
          "The grönplan adds parks to the town but does nothing for densification or "
          "farmland"),
        G("P2", g["P2"], "followed_up", [k["g1"], k["g2"], a["a1"], a["a2"], a["a3"]],
          ev="Varje bostad ska ha högst",
          note="'nära' ← 'högst 300 meter', 'lek' ← natural play areas at preschools and "
          "schools: in other words"),
        G("P3", g["P3"], "followed_up", [k["g3"], k["g4"], a["a4"], a["a5"], a["a6"]],
          ev="Spridningssambanden för ek och",
          note="oak and amphibians (members for 'biologisk mångfald'), dispersal links (gröna "
          "och blå samband), species-rich meadows"),
        G("P4", g["P4"], "partial", [k["g5"], a["a7"], a["a8"]],
          ev="Skyddszoner med träd och",
          missing=["sjön Hjorten och vattendragen utanför tätorten",
                   "näringsläckage från jordbruket och enskilda avlopp"],
          note="buffer zones along streams in the town and opening Lillån only"),
        G("P5", g["P5"], "partial", [k["g6"], a["a9"]], ev="Parker och gröna tak",
          missing=["värmeböljor", "översvämning från sjön och vattendragen"],
          note="cloudbursts in the centre only"),
        G("P6", g["P6"], "not_followed_up",
          note="trap: 'Byarnas ängar och hagar …' shares 'byarna' but is about "
          "meadow species (P3); nothing on housing or services in the villages"),
    ]
    kids = [
        C(k["g1"], ["P2"], note="the child goals are the bold 'Målsättning' cells, each merged "
          "over its åtgärd rows; the ÖP is never cited"),
        C(k["g2"], ["P2"]),
        C(k["g3"], ["P3"]),
        C(k["g4"], ["P3"], note="shares 'byarna' with P6; serves P3"),
        C(k["g5"], ["P4"]),
        C(k["g6"], ["P5"]),
        C(k["g7"], [], note="fossil-free park maintenance: no inriktning on emissions, stands "
          "alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; översiktsplan): per tema chapter text, a bold "
        "'Planeringsinriktningar' heading and the inriktning beside 'PI n' in a label column "
        "(the goals), bold 'Rekommendationer' bullets (no goals), a land-use table and a "
        "riksintresse paragraph; running header, 'Sida n'; child PDF (Chromium; grönplan med "
        "naturvårdsprogram): tables 'Målsättning | Åtgärd | Ansvarig | Klart' with the goal "
        "cell merged (rowspan) over its åtgärder",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Kærbølle (da)


@pair
def kaerbolle_klimahandleplan(d: Path) -> dict:
    g = {
        "M1": "Kærbølle som geografisk område skal være klimaneutralt senest i 2045.",
        "M2": "Energiforbruget i kommunens egne bygninger skal halveres.",
        "M3": "Flere borgere skal vælge cyklen, bussen og toget frem for bilen.",
        "M4": "Naturarealet skal fordobles, og grundvandet skal beskyttes.",
        "M5": "Mere affald skal genbruges og genanvendes, så mindre går til forbrænding.",
        "M6": "Alle borgere skal kunne deltage i den grønne omstilling, uanset økonomi.",
    }
    head = ["Mål", "Indikator", "2030"]
    w = [80, 60, 30]
    parent = [
        ("title", "Bæredygtighedsstrategi 2028–2032"),
        ("meta", "Kærbølle Kommune · Vedtaget af byrådet 26. september 2028"),
        ("h1", "1 Forord"),
        ("p", "Bæredygtighedsstrategien samler byrådets mål for klima, natur og ressourcer. "
         "Den bygger på FN's verdensmål og på Danmarks klimalov. Hvert tema har en tabel med "
         "byrådets mål, den indikator vi måler på, og det niveau vi vil nå i 2030."),
        ("h1", "2 Klima og energi"),
        ("p", "Landbruget står for 44 procent af udledningerne i Kærbølle, transporten for 31 "
         "procent. Kommunens egne bygninger bruger 21 GWh om året."),
        ("table", head, [
            ["1. " + g["M1"], "Udledning af drivhusgasser, ton CO2e", "−70 % ift. 1990"],
            ["2. " + g["M2"], "Energiforbrug i kommunale bygninger, MWh", "−50 % ift. 2020"],
            ["3. " + g["M3"], "Andel ture til arbejde på cykel eller med bus og tog",
             "40 %"],
        ], w),
        ("h1", "3 Natur og vand"),
        ("p", "Kun 7 procent af kommunens areal er natur. Der er fundet pesticidrester i 11 af "
         "kommunens 38 drikkevandsboringer."),
        ("table", head, [
            ["4. " + g["M4"], "Andel af kommunens areal med natur", "15 %"],
            ["", "Drikkevandsboringer med pesticidrester", "0"],
        ], w),
        ("h1", "4 Ressourcer og fællesskab"),
        ("p", "Husholdningerne genanvender 48 procent af affaldet. Energipriserne rammer "
         "hårdest de borgere, der bor i dårligt isolerede lejeboliger."),
        ("table", head, [
            ["5. " + g["M5"], "Genanvendelsesprocent, husholdninger", "65 %"],
            ["6. " + g["M6"], "Borgere i energifællesskaber", "2.000"],
        ], w),
        ("h1", "5 Opfølgning"),
        ("p", "Strategien følges op af en klimahandleplan og en naturpolitik. Byrådet gør "
         "status hvert andet år."),
    ]
    _build_pdf_numbered(parent, d / "parent.pdf", title="Bæredygtighedsstrategi 2028–2032",
                        author="Kærbølle Kommune",
                        header="Kærbølle Kommune · Bæredygtighedsstrategi 2028–2032",
                        lang="da-DK")

    k = {
        "k1": "Udledningen fra energi, transport og landbrug skal samlet falde med 70 procent "
        "inden 2030 i forhold til 1990.",
        "k2": "Skoler, haller og rådhus skal bruge halvt så meget energi som i 2020.",
        "k3": "Der skal være sammenhængende cykelstier mellem alle landsbyer og Kærbølle by.",
        "k4": "Madaffald fra alle husstande skal indsamles for sig og blive til biogas.",
        "k5": "Kommunen skal deltage aktivt i DK2020-netværket og dele sine erfaringer med "
        "andre kommuner.",
        "k6": "Klimaregnskabet skal offentliggøres hvert år i juni.",
    }
    h = {
        "H1": "Fjernvarme til Nørre Lyngby og Torup",
        "H2": "Klimarådgivning for landmænd",
        "H3": "Solceller på rådhusets og skolernes tage",
        "H4": "Elbusser i bybusnettet",
        "H5": "Energirenovering af Bøgely Skole og Kærbøllehallen",
        "H6": "Cykelsti Kærbølle–Torup langs Lyngvej",
        "H7": "Separat indsamling af madaffald",
        "H8": "Tilslutning til DK2020 og årligt klimaregnskab",
    }
    rows = [
        ["1", h["H1"], "Mål 1", "Kærbølle Forsyning", "2029–2031"],
        ["2", h["H2"], "Mål 1", "Landbrugskonsulent", "Løbende"],
        ["3", h["H3"], "Mål 4", "Ejendomsafdelingen", "2029"],
        ["4", h["H4"], "Mål 3", "Trafikafdelingen", "2030"],
        ["5", h["H5"], "Mål 3", "Ejendomsafdelingen", "2030"],
        ["6", h["H6"], "", "Vej og Park", "2031"],
        ["7", h["H7"], "Mål 5", "Kærbølle Affald", "2029"],
        ["8", h["H8"], "–", "Klimakoordinator", "Årligt"],
    ]
    child = [
        ("title", "Klimahandleplan 2029–2032"),
        ("meta", "Kærbølle Kommune · Teknik- og miljøforvaltningen · marts 2029"),
        ("h1", "1 Indledning"),
        ("p", "Klimahandleplanen er kommunens plan for at reducere udledningen af "
         "drivhusgasser i hele kommunen. Den er udarbejdet som en del af DK2020 og følger op "
         "på bæredygtighedsstrategien. Handlingerne i kapitel 3 er knyttet til strategiens "
         "mål."),
        ("h1", "2 Delmål"),
        ("b", "Delmål for reduktion"),
        ("bullets", [k["k1"], k["k2"]]),
        ("b", "Delmål for transport"),
        ("bullets", [k["k3"]]),
        ("b", "Delmål for affald"),
        ("bullets", [k["k4"]]),
        ("b", "Delmål for organisationen"),
        ("bullets", [k["k5"], k["k6"]]),
        ("h1", "3 Handlinger"),
        ("p", "Kolonnen «Mål i strategien» henviser til målene i bæredygtighedsstrategien."),
        ("table", ["Nr.", "Handling", "Mål i strategien", "Ansvarlig", "Tidsplan"], rows,
         [11, 70, 26, 38, 25]),
        ("h1", "4 Økonomi"),
        ("p", "Handlingerne koster i alt 48 mio. kr. i perioden, heraf 31 mio. kr. til "
         "fjernvarme, som finansieres af forsyningen."),
    ]
    _rl(d / "child.pdf", child, title="Klimahandleplan 2029–2032", author="Kærbølle Kommune",
        creator="Kærbølle Kommune, Teknik og Miljø",
        header="Kærbølle Kommune · Klimahandleplan 2029–2032", footer="Side {n}",
        accent="#1f5f5b")

    goals_ = [
        G("M1", g["M1"], "followed_up",
          [k["k1"], h["H1"], h["H2"], h["H3"], h["H4"]],
          ev="Udledningen fra energi, transport",
          note="the goals are the first-column cells of the 'Mål | Indikator | 2030' tables "
          "(ids M1–M6 from the printed numbers, the number left out of the text); the "
          "indicators and the 2030 levels are no goals; the empty first cell under goal 4 "
          "belongs to goal 4. Energy, transport and farming (members for 'som geografisk "
          "område') cut by 70 % by 2030, the path to neutrality in 2045. Solar panels (cited "
          "'Mål 4') and electric buses (cited 'Mål 3') serve M1 by content"),
        G("M2", g["M2"], "followed_up", [k["k2"], h["H5"]], ev="Skoler, haller og rådhus skal",
          note="schools, halls and the town hall (members for 'kommunens egne bygninger'), "
          "'halvt så meget energi' for 'halveres'. Trap: the renovation of Bøgely Skole cites "
          "'Mål 3'"),
        G("M3", g["M3"], "partial", [k["k3"], h["H6"]], ev="Der skal være sammenhængende",
          missing=["bussen og toget (flere der vælger kollektiv trafik)"],
          note="cycle paths only; the cycle path cites no goal (empty cell). Trap: 'Elbusser "
          "i bybusnettet' cites 'Mål 3' but changes the buses' fuel, not how many choose the "
          "bus (M1)"),
        G("M4", g["M4"], "not_followed_up",
          note="trap: solar panels on roofs cite 'Mål 4'; nothing on nature areas or "
          "groundwater"),
        G("M5", g["M5"], "partial", [k["k4"], h["H7"]], ev="Madaffald fra alle husstande",
          missing=["andre affaldstyper end madaffald (plast, pap, tekstiler, genbrug)"],
          note="food waste (a member of the class) only"),
        G("M6", g["M6"], "not_followed_up",
          note="trap: 'Kommunen skal deltage aktivt i DK2020-netværket …' shares 'deltage' "
          "but is the municipality in a network; nothing for citizens with little money"),
    ]
    kids = [
        C(k["k1"], ["M1"], note="the child goals are the bullets under the bold 'Delmål …' "
          "lines (not the action rows)"),
        C(k["k2"], ["M2"]),
        C(k["k3"], ["M3"]),
        C(k["k4"], ["M5"]),
        C(k["k5"], [], note="shares 'deltage' with M6: stands alone"),
        C(k["k6"], [], note="a reporting goal: stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; bæredygtighedsstrategi): per tema a "
        "fact paragraph and a 'Mål | Indikator | 2030' table, the goal typed '1. …' in the "
        "first cell, goal 4 over two indicator rows (second goal cell empty), running header, "
        "bare page number; child PDF (reportlab; klimahandleplan): bold 'Delmål for …' lines "
        "with bullets and a 'Nr. | Handling | Mål i strategien | Ansvarlig | Tidsplan' table "
        "citing 'Mål n' — two wrongly by content, one '–', one empty; running header, 'Side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Glyncoed (en, Wales)


@pair
def glyncoed_corporate(d: Path) -> dict:
    g = {
        "W1": "Give every child in Glyncoed the best possible start in life.",
        "W2": "Help people stay well and live independently for longer.",
        "W3": "Build a fairer local economy where work pays enough to live well.",
        "W4": "Protect and restore our rivers, woodlands and uplands.",
        "W5": "Make Glyncoed a place where Welsh is heard and used every day.",
        "W6": "Build safe, connected communities where people look out for one another.",
    }
    why = {
        "W1": ("One child in four in Glyncoed lives in poverty, and speech and language delay "
               "at age two has risen since 2020.", "A more equal Wales; A healthier Wales"),
        "W2": ("Healthy life expectancy in the Upper Valley is eleven years lower than in the "
               "south of the county.", "A healthier Wales"),
        "W3": ("Almost a third of jobs in the county pay less than the real Living Wage.",
               "A prosperous Wales; A more equal Wales"),
        "W4": ("The Afon Tarran fails its water quality standard, and ash dieback has hit the "
               "valley woodlands.", "A resilient Wales; A globally responsible Wales"),
        "W5": ("The share of residents who speak Welsh has fallen to 14 per cent.",
               "A Wales of vibrant culture and thriving Welsh language"),
        "W6": ("Residents told us that loneliness and antisocial behaviour worry them most.",
               "A Wales of cohesive communities"),
    }
    css = (
        "h1{font-size:21pt;color:#7a1f2b;margin:4px 0 6px}"
        "h2{font-size:14pt;color:#7a1f2b;margin:18px 0 6px}"
        ".act{border:1px solid #c9a7ac;background:#fbf5f6;padding:6px 12px;font-size:9.3pt}"
        ".act ul{margin:3px 0 0 0;padding-left:18px}"
        ".obj{border-top:3px solid #7a1f2b;margin:12px 0 8px;padding-top:4px;"
        "break-inside:avoid}"
        ".obj .lab{font-size:8.5pt;font-weight:bold;color:#7a1f2b;text-transform:uppercase;"
        "letter-spacing:1px}"
        ".obj .st{font-size:12.5pt;font-weight:bold;margin:3px 0}"
        ".obj .why{font-size:9.5pt}.obj .nat{font-size:8.8pt;color:#666;font-style:italic}"
        ".foot{font-size:8pt;color:#777;margin-top:14px}"
    )

    def obj(n, gid):
        text, nat = why[gid]
        return (f"<div class='obj'><div class='lab'>Well-being objective {n}</div>"
                f"<div class='st'>{e(g[gid])}</div><div class='why'>Why this matters: "
                f"{e(text)}</div><div class='nat'>Contributes to: {e(nat)}</div></div>")

    body = [
        "<div class='crumb'>Glyncoed Public Services Board · Mae'r ddogfen hon ar gael yn "
        "Gymraeg</div>",
        "<h1>Glyncoed Well-being Plan 2028–2033</h1>",
        "<p>Our Well-being Plan sets out how the public bodies in Glyncoed – the county "
        "borough council, the health board, the fire and rescue service, Natural Resources "
        "Wales and the voluntary sector – will work together to improve the economic, social, "
        "environmental and cultural well-being of the county. It is based on our Well-being "
        "Assessment of 2027.</p>",
        "<div class='act'><b>The national well-being goals</b> The Well-being of Future "
        "Generations (Wales) Act 2015 asks every public body to contribute to seven goals:"
        "<ul><li>A prosperous Wales</li><li>A resilient Wales</li><li>A healthier Wales</li>"
        "<li>A more equal Wales</li><li>A Wales of cohesive communities</li><li>A Wales of "
        "vibrant culture and thriving Welsh language</li><li>A globally responsible Wales</li>"
        "</ul></div>",
        "<h2>Our well-being objectives</h2>",
        *[obj(i, f"W{i}") for i in range(1, 7)],
        "<h2>How we will work</h2>",
        "<p>We will apply the five ways of working: thinking long term, preventing problems, "
        "integrating our work, collaborating and involving people. Each partner will show in "
        "its own corporate plan how it takes these objectives forward.</p>",
        "<div class='foot'>Glyncoed PSB · glyncoedpsb.cymru · Published May 2028</div>",
    ]
    _chromium(_page("en-GB", "Glyncoed Well-being Plan 2028–2033", css, body),
              d / "parent.pdf")

    k = {
        "e1": "Children and young people thrive in early years settings and schools close to "
        "home.",
        "e2": "Older and disabled residents live safely at home, with care when they need it.",
        "e3": "More residents are in secure jobs that pay at least the real Living Wage.",
        "e4": "The council's own operations reach net zero carbon by 2030.",
        "e5": "Visitors enjoy our rivers, woodlands and uplands through a stronger tourism "
        "offer.",
        "e6": "Streets and town centres are safe, and no one who is lonely is left on their "
        "own.",
    }
    s = {
        "s1": "Extend Flying Start childcare and health visiting to every ward by 2030.",
        "s2": "Offer free breakfast and lunch to every primary pupil.",
        "s3": "Expand the reablement service so that people return home from hospital "
        "sooner.",
        "s4": "Fit home adaptations within 12 weeks of assessment.",
        "s5": "Become an accredited real Living Wage employer and ask our main suppliers to "
        "pay it.",
        "s6": "Run a jobs and skills hub in Pentre Glas for people out of work.",
        "s7": "Replace the council's fleet with electric vehicles.",
        "s8": "Plant 40 hectares of new woodland on council land.",
        "s9": "Market the Tarran Valley walking trails to visitors from England.",
        "s10": "Put community safety wardens in Cwm Isaf and Pentre Glas town centres.",
        "s11": "Start a good neighbour scheme in which volunteers phone or visit isolated "
        "older residents every week.",
    }
    objs = [
        ("e1", "Good early years and schools give children the best chance.", ["s1", "s2"]),
        ("e2", "People want to stay in their own homes as long as they can.", ["s3", "s4"]),
        ("e3", "Low pay is the main reason for in-work poverty in the county.", ["s5", "s6"]),
        ("e4", "The council declared a climate emergency in 2022.", ["s7", "s8"]),
        ("e5", "Tourism brings £140 million a year to the county.", ["s9"]),
        ("e6", "Antisocial behaviour and loneliness were raised most often in our budget "
         "survey.", ["s10", "s11"]),
    ]
    child = [
        ("title", "Corporate Plan 2028–2033"),
        ("meta", "Glyncoed County Borough Council · Cyngor Bwrdeistref Sirol Glyncoed · "
         "Approved by Council 12 July 2028"),
        ("h1", "Leader's foreword"),
        ("p", "This plan sets out what the council will do over the next five years with a "
         "budget that is smaller in real terms than in 2010. We have listened to more than "
         "3,000 residents, and we have had to make hard choices."),
        ("h1", "Our well-being objectives"),
        ("p", "Under the Well-being of Future Generations (Wales) Act 2015 the council sets "
         "its own well-being objectives. For each objective we list the steps we will take."),
    ]
    for i, (key, reason, steps) in enumerate(objs, 1):
        child += [
            ("h2", f"Objective {i}: {k[key]}"),
            ("p", f"Why: {reason}"),
            ("h3", "Steps we will take"),
            ("bullets", [s[x] for x in steps]),
        ]
    child += [
        ("h1", "Monitoring"),
        ("p", "Progress is reported to Cabinet twice a year and in the annual self-assessment "
         "report."),
    ]
    _build_pdf_numbered(child, d / "child.pdf", title="Corporate Plan 2028–2033",
                        author="Glyncoed County Borough Council",
                        header="Glyncoed County Borough Council – Corporate Plan 2028–2033",
                        lang="en-GB")

    goals_ = [
        G("W1", g["W1"], "followed_up", [k["e1"], s["s1"], s["s2"]],
          ev="Children and young people thrive",
          note="the goals are the statements under 'Well-being objective n' (ids W1–W6 from "
          "the printed numbers); the seven national well-being goals in the box and the "
          "'Contributes to:' lines are no goals of this plan, nor are 'Why this matters' and "
          "the five ways of working. Flying Start childcare and health visiting (a member "
          "for 'the best possible start') and free school meals"),
        G("W2", g["W2"], "partial", [k["e2"], s["s3"], s["s4"]],
          ev="Older and disabled residents live",
          missing=["staying well: prevention and health for people before they need care"],
          note="living independently at home with reablement and adaptations; 'stay well' "
          "is not served"),
        G("W3", g["W3"], "followed_up", [k["e3"], s["s5"], s["s6"]],
          ev="More residents are in secure",
          note="'work pays enough to live well' ← 'the real Living Wage'; a jobs hub for "
          "people out of work and the council's suppliers for 'a fairer local economy'"),
        G("W4", g["W4"], "partial", [s["s8"]], ev="Plant 40 hectares of new",
          missing=["rivers (water quality of the Afon Tarran)", "uplands"],
          note="new woodland only — a step under the council's net-zero objective (e4), "
          "which itself serves no PSB objective. Trap: objective 5 names 'our rivers, "
          "woodlands and uplands' but markets them to visitors"),
        G("W5", g["W5"], "not_followed_up",
          note="nothing on the Welsh language; the bilingual council name and the crumb "
          "'Mae'r ddogfen hon ar gael yn Gymraeg' are furniture"),
        G("W6", g["W6"], "followed_up", [k["e6"], s["s10"], s["s11"]],
          ev="Streets and town centres are",
          note="safety wardens ('safe') and a good neighbour scheme where volunteers phone or "
          "visit isolated residents ('look out for one another'), in other words"),
    ]
    kids = [
        C(k["e1"], ["W1"], note="the child goals are the council's objectives in the "
          "'Objective n:' headings (text without the label); the 'Steps we will take' bullets "
          "are measures; the PSB plan's objectives are never cited"),
        C(k["e2"], ["W2"]),
        C(k["e3"], ["W3"]),
        C(k["e4"], [], note="the council's own net zero: no PSB objective on emissions, "
          "stands alone (its woodland step serves W4)"),
        C(k["e5"], [], note="shares 'rivers, woodlands and uplands' with W4 but markets "
          "them to visitors; not 'work pays enough' (W3) either: stands alone"),
        C(k["e6"], ["W6"]),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; PSB Well-being Plan, Wales): a box listing the seven "
        "national well-being goals (no goals), six cards 'WELL-BEING OBJECTIVE n' (label "
        "upper-cased by CSS) with the objective in bold, 'Why this matters:' and an italic "
        "'Contributes to:' line naming national goals; child PDF (python-docx → LibreOffice; "
        "council Corporate Plan): headings 'Objective n: …' (the council's own objectives), "
        "'Why:' paragraphs and 'Steps we will take' bullets, running header, bare page number",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder."""
    _p14.HERE, _p14.PAIRS = HERE, PAIRS
    names = argv or list(PAIRS)
    _p14.main(names)
    for name in names:
        f = HERE / name / "parent-coverage.gold.yaml"
        f.write_text(
            f.read_text(encoding="utf-8").replace(
                "corpora/parents-blind14/make_pairs.py", "corpora/parents-blind19/make_pairs.py"
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main(sys.argv[1:])
