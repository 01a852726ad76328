"""Build the twenty-eighth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar28` without reading plancheck's code, tests or bench, and without
running it. Parents and children in forms the earlier batches did not use:

- Fjørevik (nn): a samfunnsdel (reportlab) whose goals stand in ONE TABLE
  'Samfunnsmål | Indikator | Ønskt utvikling' ('Samfunnsmål n:' opening each goal cell); the
  child is a SAKSFRAMLEGG (python-docx → LibreOffice) to the kommunestyre whose numbered
  'Tilråding' points are the measures and whose 'Vurdering' cites 'samfunnsmål 1 og 2' and quotes
  samfunnsmål 4 to send it to the oppvekstplan.
- Thornwick (en): a district Council Plan (python-docx → LibreOffice) with five priority sentences
  in a Word numbered list; the child, a service plan (Chromium), gives every action a prose
  'How this contributes:' paragraph that names a priority only IN OTHER WORDS.
- Tjørnelund (da): a kultur- og fritidspolitik (Chromium) whose målsætninger are numbered ON
  across three indsatsområder (1–6); the child, a handleplan (reportlab), links by an X MATRIX
  'Indsats | 1 | 2 | 3 | 4 | 5 | 6 | Ansvarlig'.
- Ljungsta (sv): a KF utvecklingsstrategi (python-docx → LibreOffice), goals as bullets under
  'Så vill vi ha det 2060:'; the child, a landsbygdsprogram (Chromium), has numbered CHAPTER
  HEADINGS that repeat the goals verbatim, one chapter holding only background.
- Bergsodd (nb): a two-page samfunnsdel (python-docx → LibreOffice) with unnumbered goals under
  'Dette vil vi oppnå'; the child, a handlingsplan for folkehelse (reportlab), links each tiltak
  only by a PAGE REFERENCE to the samfunnsdel ('s. 1', 's. 2'), one of them wrong.

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
        ("meta", "Fjørevik kommune · Arkivsak 2051/318 · Sakshandsamar: Randi Sæbøvik"),
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


# =========================================================================== 2 Thornwick (en)


@pair
def thornwick_service_plan(d: Path) -> dict:
    g = {
        "P1": "Everyone in Thornwick can find a decent home they can afford.",
        "P2": "Our neighbourhoods are clean, green and safe places to live.",
        "P3": "The district reaches net zero carbon by 2045 and is ready for a changing climate.",
        "P4": "Local people have the skills to find good jobs in a growing economy.",
        "P5": "The council is well run, listens to residents and spends their money wisely.",
    }
    parent = [
        ("title", "Council Plan 2048–2052"),
        ("meta", "Thornwick District Council · Adopted by Full Council, 21 February 2048"),
        ("h1", "Our ambition"),
        ("p", "“A fairer, greener Thornwick where people are proud to live.” Our ambition "
         "describes the district we want to see in twenty years’ time."),
        ("h1", "Our priorities"),
        ("p", "Over the next four years the council will focus its money and effort on five "
         "priorities:"),
        ("num", [g[k] for k in ("P1", "P2", "P3", "P4", "P5")]),
        ("h1", "Our values"),
        ("bullets", ["We listen before we act.", "We are open about our decisions.",
                     "We work with partners and communities."]),
        ("h1", "Delivering the plan"),
        ("p", "Every service writes an annual service plan that shows how its work contributes "
         "to these priorities. Progress is reported to Cabinet twice a year."),
    ]
    _build_pdf_footer(parent, d / "parent.pdf", "Thornwick Council Plan 2048–2052",
                      title="Council Plan 2048–2052", author="Thornwick District Council",
                      header="Thornwick District Council – Council Plan 2048–2052", lang="en-GB")

    a = {
        "a1": "Clean the town centre streets every day and clear reported fly-tipping within "
              "two working days.",
        "a2": "Plant 1,500 street trees and turn twelve road verges into wildflower meadows.",
        "a3": "Replace fourteen diesel refuse lorries with electric vehicles.",
        "a4": "Start a weekly food waste collection for every household in the district.",
        "a5": "Let residents book and pay for bulky waste collections online.",
        "a6": "Refurbish the staff welfare rooms at the Pennock Street depot.",
    }
    acts = [
        ("a1", "Street Scene Manager", "June 2049",
         "Residents tell us that litter and dumped rubbish are what they notice most about "
         "where they live. Tidier streets are the first thing people expect of a pleasant "
         "place to call home."),
        ("a2", "Parks and Open Spaces Manager", "March 2050",
         "Trees and meadows make our streets greener and give shade and cooling in the hotter "
         "summers we now have to plan for."),
        ("a3", "Fleet Manager", "March 2050",
         "The refuse fleet is the council’s largest single source of emissions, so this is the "
         "biggest step we can take towards zero-carbon council operations."),
        ("a4", "Waste Services Manager", "October 2049",
         "Food waste in landfill gives off methane. Collecting it separately cuts the "
         "district’s emissions and turns the waste into energy."),
        ("a5", "Customer Services Lead", "September 2049",
         "Residents will no longer need to phone during office hours, and the staff time we "
         "save lets us deal with problems faster and at lower cost."),
        ("a6", "Depot Manager", "December 2049",
         "Good facilities for our crews help us recruit and keep staff, and so help us deliver "
         "every priority in the Council Plan."),
    ]
    css = (
        "h1{font-size:19pt;color:#1f4e3d;margin:0 0 2px}"
        "h2{font-size:13pt;color:#1f4e3d;margin:14px 0 4px;border-bottom:2px solid #1f4e3d}"
        ".act{margin:8px 0 10px;padding-left:10px;border-left:4px solid #8cbf9f}"
        ".act p{margin:2px 0}.act .t{font-weight:bold}"
        ".act .m{font-size:9pt;color:#555}.act .how{font-size:9.5pt}"
        ".act .how b{color:#1f4e3d}"
    )
    body = [
        "<h1>Environment and Neighbourhoods Service Plan 2049/50</h1>",
        "<p class='crumb'>Thornwick District Council · Approved by the Head of Environment and "
        "Neighbourhoods, April 2049</p>",
        "<h2>About this plan</h2>",
        "<p>This plan sets out what the Environment and Neighbourhoods Service will do in "
        "2049/50. For every action we explain in a few words how it contributes to the Council "
        "Plan 2048–2052.</p>",
        "<p>The Council Plan’s aim that everyone in Thornwick can find a decent home they can "
        "afford is delivered by the Housing Service and is not part of this plan.</p>",
        "<h2>Our context</h2>",
        "<p>The service collects waste from 41,000 homes and looks after 96 hectares of parks "
        "and verges. Unemployment in Thornwick has fallen to 3.4 %, and two large employers "
        "have opened on Fenside Business Park.</p>",
        "<h2>Our actions for 2049/50</h2>",
    ]
    for i, (k, lead, by, how) in enumerate(acts, 1):
        body += [
            "<div class='act'>",
            f"<p class='t'>{i}. {e(a[k])}</p>",
            f"<p class='m'>Lead: {e(lead)} · By: {e(by)}</p>",
            f"<p class='how'><b>How this contributes:</b> {e(how)}</p>",
            "</div>",
        ]
    body += [
        "<h2>Budget</h2>",
        "<p>The service has a net budget of £9.8 million in 2049/50. The electric lorries are "
        "funded from the capital programme.</p>",
    ]
    _chromium(_page("en", "Environment and Neighbourhoods Service Plan 2049/50", css, body),
              d / "child.pdf")

    goals_ = [
        G("P1", g["P1"], "not_followed_up",
          note="the goals are the five numbered priority sentences under 'Our priorities' (ids "
          "P1–P5 in order; the Word numbers are not part of the text); the ambition and 'Our "
          "values' are no goals. The child names no priority by number: each action has a prose "
          "'How this contributes:' paragraph that describes a priority in other words; content "
          "decides. Trap: the priority is QUOTED almost verbatim in 'About this plan' and left "
          "to the Housing Service"),
        G("P2", g["P2"], "partial", [a["a1"], a["a2"]], ev="Clean the town centre",
          missing=["safe places to live (community safety)"],
          note="clean (daily cleansing, fly-tipping; 'a pleasant place to call home') and green "
          "(trees, meadows; 'make our streets greener'); nothing makes neighbourhoods safer"),
        G("P3", g["P3"], "followed_up", [a["a2"], a["a3"], a["a4"]],
          ev="Replace fourteen diesel",
          note="the service's share of a district goal: electric refuse lorries ('zero-carbon "
          "council operations'), food waste collection ('cuts the district's emissions') and "
          "street trees for the hotter summers ('ready for a changing climate'); a strict "
          "reader who wants the district's other sources → partial"),
        G("P4", g["P4"], "not_followed_up",
          note="trap: topic only in the context section (unemployment, new employers); no "
          "action builds skills or jobs"),
        G("P5", g["P5"], "partial", [a["a5"]], ev="Let residents book and",
          missing=["listening to residents", "the council being well run beyond one online "
                   "service"],
          note="online bulky-waste booking: easier for residents and cheaper ('at lower cost') "
          "— one part of a well-run council that spends money wisely; nothing on listening to "
          "residents"),
    ]
    kids = [
        C(a["a1"], ["P2"], note="the child goals are the numbered actions (the bold first line "
          "of each block, without the number); 'Lead', 'By' and 'How this contributes' are no "
          "child goals — the last is the link, written in other words"),
        C(a["a2"], ["P2", "P3"]),
        C(a["a3"], ["P3"]),
        C(a["a4"], ["P3"]),
        C(a["a5"], ["P5"]),
        C(a["a6"], [], note="trap: 'help us deliver every priority in the Council Plan' — a "
          "depot refurbishment serves none in particular; stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; district Council Plan): five priority "
        "sentences in a Word numbered list under 'Our priorities', an ambition and values; "
        "child PDF (Chromium; a service plan): numbered action blocks, each with 'Lead · By' "
        "and a prose 'How this contributes:' paragraph that names a priority only in other "
        "words",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Tjørnelund (da)


@pair
def tjornelund_handleplan(d: Path) -> dict:
    g = {
        "1": "Alle børn og unge har mulighed for at gå til en fritidsaktivitet, uanset "
             "forældrenes økonomi.",
        "2": "Foreningslivet har gode rammer og flere frivillige ledere.",
        "3": "Biblioteker og kulturhuse er åbne mødesteder for alle aldre.",
        "4": "Flere borgere oplever kunst og kultur i hverdagen, og kunstnere kan leve og "
             "arbejde i kommunen.",
        "5": "Naturen og kysten bruges mere til friluftsliv, uden at naturen tager skade.",
        "6": "Idrætsfaciliteterne udnyttes bedre og er tilgængelige for borgere med handicap.",
    }
    areas = [
        ("Fællesskab og foreninger",
         "Tjørnelund har 148 foreninger. Hver femte forening mangler trænere og ledere.",
         ["1", "2"]),
        ("Kultur for alle",
         "Hovedbiblioteket har 210.000 besøg om året, men er lukket i weekenden.", ["3", "4"]),
        ("Natur, idræt og bevægelse",
         "Kommunen har 34 km kyst og 11 idrætshaller, der står tomme en stor del af dagen.",
         ["5", "6"]),
    ]
    css = (
        ".band{background:#7a2e3b;color:#fff;padding:10px 14px;margin-bottom:8px}"
        ".band h1{margin:0;font-size:19pt}.band p{margin:3px 0 0;font-size:9.5pt}"
        "h2{font-size:13pt;color:#7a2e3b;margin:14px 0 4px}"
        ".vis{font-style:italic;font-size:11.5pt;border-left:4px solid #7a2e3b;padding-left:8px}"
        ".fact{color:#555;font-size:9.5pt}.lbl{font-weight:bold;margin:6px 0 2px}"
        "ol{margin:2px 0 6px}"
    )
    body = [
        "<div class='band'><h1>Kultur- og fritidspolitik 2050–2054</h1><p>Tjørnelund Kommune · "
        "Vedtaget af byrådet 24. maj 2050</p></div>",
        "<h2>Vores vision</h2>",
        "<p class='vis'>Tjørnelund – hvor fællesskaber blomstrer.</p>",
        "<p>Politikken gælder for alle kommunens kultur-, idræts- og fritidstilbud og for "
        "samarbejdet med foreninger og frivillige. Målsætningerne er nummereret fortløbende, "
        "så handleplanerne kan henvise til dem.</p>",
    ]
    for i, (area, fact, ks) in enumerate(areas, 1):
        body += [f"<h2>Indsatsområde {i}: {e(area)}</h2>", f"<p class='fact'>{e(fact)}</p>",
                 "<p class='lbl'>Målsætninger</p>", f"<ol start='{ks[0]}'>",
                 *[f"<li>{e(g[k])}</li>" for k in ks], "</ol>"]
    body += [
        "<h2>Opfølgning</h2>",
        "<p>Kultur- og Fritidsudvalget vedtager hvert andet år en handleplan. Politikken "
        "evalueres i 2054.</p>",
    ]
    _chromium(_page("da", "Kultur- og fritidspolitik 2050–2054", css, body), d / "parent.pdf")

    x = {
        "x1": "Fritidspas på 1.500 kr. om året til børn i familier med lav indkomst",
        "x2": "Lederkursus og gratis børneattester for nye frivillige trænere",
        "x3": "Fælles bookingsystem for haller og klublokaler",
        "x4": "Søndagsåbent på hovedbiblioteket og i Kulturhuset Værket",
        "x5": "Pop-up-koncerter og udstillinger i forsamlingshusene i landsbyerne",
        "x6": "LED-lys i Tjørnelund Hallen og Østbyhallen",
    }
    marks = [
        ("x1", {"1"}, "Kultur og Fritid"),
        ("x2", {"2"}, "Foreningsservice"),
        ("x3", {"2", "6"}, "Foreningsservice"),
        ("x4", {"3"}, "Bibliotekerne"),
        ("x5", {"3", "4"}, "Kulturhuset Værket"),
        ("x6", {"5"}, "Ejendomme"),
    ]
    child = [
        ("title", "Handleplan 2051–2052"),
        ("meta", "Tjørnelund Kommune · Kultur- og Fritidsudvalget, 9. december 2050"),
        ("h1", "Om handleplanen"),
        ("p", "Handleplanen omsætter Kultur- og fritidspolitik 2050–2054 til konkrete "
         "indsatser. Et X i kolonnerne 1–6 viser, hvilke af politikkens seks målsætninger "
         "indsatsen bidrager til."),
        ("p", "Tjørnelund har i år fået Blåt Flag på tre strande, og antallet af besøgende ved "
         "kysten er steget."),
        ("h1", "Indsatser"),
        ("table", ["Indsats", "1", "2", "3", "4", "5", "6", "Ansvarlig"],
         [[x[k]] + ["X" if str(n) in m else "" for n in range(1, 7)] + [who]
          for k, m, who in marks], [88, 8, 8, 8, 8, 8, 8, 34]),
        ("h1", "Økonomi"),
        ("p", "Indsatserne finansieres af Kultur- og Fritidsudvalgets ramme og af en pulje på "
         "2,1 mio. kr. i budget 2051."),
    ]
    _rl(d / "child.pdf", child, title="Handleplan 2051–2052 for kultur- og fritidspolitikken",
        author="Tjørnelund Kommune", creator="Tjørnelund Kommune, Kultur og Fritid",
        header="Tjørnelund Kommune – Handleplan 2051–2052", footer="Side {n}",
        accent="#7a2e3b")

    goals_ = [
        G("1", g["1"], "followed_up", [x["x1"]], ev="Fritidspas på 1.500",
          note="the goals are the målsætninger, an ordered list numbered ON across the three "
          "indsatsområder (ids the printed numbers 1–6; text without the number); the vision, "
          "the fact lines and the indsatsområde headings are no goals. The child links only by "
          "an X in a column headed with the målsætning's NUMBER; content decides. A leisure "
          "pass for children of low-income families"),
        G("2", g["2"], "followed_up", [x["x2"], x["x3"]], ev="Lederkursus og gratis",
          note="more volunteer leaders (courses, free child-protection certificates) and better "
          "frames (a common booking system for halls and club rooms)"),
        G("3", g["3"], "followed_up", [x["x4"]], ev="Søndagsåbent på",
          note="Sunday opening of the main library and the culture house. Trap: the pop-up "
          "concerts also carry an X in column 3 but happen in village halls, not libraries or "
          "culture houses"),
        G("4", g["4"], "partial", [x["x5"]], ev="Pop-up-koncerter og",
          missing=["kunstnere kan leve og arbejde i kommunen (atelierer, arbejdsvilkår)"],
          note="culture in everyday life, also in the villages; nothing for artists living and "
          "working in the municipality"),
        G("5", g["5"], "not_followed_up",
          note="trap: the only X in column 5 is LED lighting in two sports halls (energy, not "
          "nature or outdoor life); the Blue Flag beaches are background"),
        G("6", g["6"], "partial", [x["x3"]], ev="Fælles bookingsystem for",
          missing=["tilgængelighed for borgere med handicap"],
          note="one of two aims: a booking system makes better use of the halls; nothing on "
          "access for disabled citizens"),
    ]
    kids = [
        C(x["x1"], ["1"], note="the child goals are the 'Indsats' cells; the X marks are the "
          "link, the 'Ansvarlig' cells owners"),
        C(x["x2"], ["2"]),
        C(x["x3"], ["2", "6"]),
        C(x["x4"], ["3"]),
        C(x["x5"], ["4"], note="trap: X in columns 3 and 4; serves only 4"),
        C(x["x6"], [], note="trap: X in column 5 (nature and outdoor life); LED lighting in "
          "sports halls serves no målsætning — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; kultur- og fritidspolitik): a vision, three "
        "'Indsatsområde n' headings with a fact line and a 'Målsætninger' ordered list "
        "numbered on across the areas (1–6); child PDF (reportlab; handleplan): one table "
        "'Indsats | 1 | 2 | 3 | 4 | 5 | 6 | Ansvarlig' with an X MATRIX against the "
        "målsætning numbers",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Ljungsta (sv)


@pair
def ljungsta_landsbygdsprogram(d: Path) -> dict:
    g = {
        "L1": "Hela kommunen har tillgång till snabbt bredband och god mobiltäckning.",
        "L2": "Det finns service, skola och omsorg nära invånarna i alla kommundelar.",
        "L3": "Kollektivtrafiken gör det möjligt att pendla till arbete och studier utan bil.",
        "L4": "Jord- och skogsbruket är lönsamt och utvecklas med hänsyn till natur och klimat.",
        "L5": "Ljungsta har ett rikt föreningsliv och levande byar med mötesplatser.",
    }
    areas = [
        ("Målområde: Tillgänglighet", ["L1", "L3"],
         "Vi bygger ut infrastrukturen tillsammans med Region och Trafikverket och prioriterar "
         "de delar av kommunen som har sämst förbindelser."),
        ("Målområde: Service och välfärd", ["L2"],
         "Vi samlar service i servicepunkter och samarbetar med handlare och föreningar."),
        ("Målområde: Näringsliv och livsmiljö", ["L4", "L5"],
         "Vi stöttar lokala initiativ och tar tillvara landsbygdens egna resurser."),
    ]
    parent = [
        ("title", "Utvecklingsstrategi för Ljungsta kommun 2050–2060"),
        ("meta", "Antagen av kommunfullmäktige 27 april 2050, § 41"),
        ("h1", "Vision"),
        ("p", "Ljungsta – nära till allt som är viktigt. Visionen beskriver kommunen vi vill bli "
         "och är inget mål som följs upp."),
        ("h1", "Strategiska mål"),
        ("p", "Fullmäktiges strategiska mål gäller hela kommunkoncernen. Under varje målområde "
         "står först målen och sedan strategin för hur vi ska arbeta."),
    ]
    for head, ks, strat in areas:
        parent += [("h2", head), ("p", "Så vill vi ha det 2060:"), ("bullets", [g[k] for k in ks]),
                   ("p", f"Strategi: {strat}")]
    parent += [
        ("h1", "Uppföljning"),
        ("p", "Nämnderna och bolagen bryter ned de strategiska målen i sina planer och program. "
         "Kommunstyrelsen följer upp strategin i årsredovisningen."),
    ]
    _build_pdf_footer(parent, d / "parent.pdf", "Utvecklingsstrategi 2050–2060",
                      title="Utvecklingsstrategi för Ljungsta kommun 2050–2060",
                      author="Ljungsta kommun",
                      header="Ljungsta kommun – Utvecklingsstrategi 2050–2060", lang="sv-SE")

    m = {
        "m1": "Alla hushåll i byarna Lersjön, Gransätra och Bäckhult ska erbjudas "
              "fiberanslutning senast 2053.",
        "m2": "Servicepunkten i Gransätra ska utökas med apoteksombud och paketutlämning.",
        "m3": "Byskolan i Bäckhult ska finnas kvar under hela programperioden.",
        "m4": "Kommunens växel ska ha öppet till kl. 18 alla vardagar.",
        "m5": "Anropsstyrd trafik ska köras på tre linjer i västra Ljungsta, anpassad till "
              "tågtiderna.",
        "m6": "Det ska finnas pendlarparkering med cykelgarage vid Ljungsta station.",
        "m7": "Bygdegårdar som drivs av byalag ska få driftbidrag på 40 000 kr per år.",
    }
    chapters = [
        ("L1", "Ljungsta har 1 900 hushåll utanför tätorterna. 86 procent kan i dag ansluta "
         "sig till fiber, men i de västra byarna saknas både fiber och täckning i delar av "
         "fjällområdet.", ["m1"]),
        ("L2", "Sedan 2040 har två livsmedelsbutiker och en skola på landsbygden stängt. "
         "Servicepunkten i Gransätra har 9 000 besök om året.", ["m2", "m3", "m4"]),
        ("L3", "Region Ljungsta ansvarar för busstrafiken. Kommunen ansvarar för "
         "pendlarparkeringar och kan beställa anropsstyrd trafik.", ["m5", "m6"]),
        ("L4", "Jord- och skogsbruket har präglat Ljungsta i flera hundra år. I dag finns 212 "
         "lantbruksföretag och skogen täcker 71 procent av kommunens yta. Sedan 2030 har "
         "antalet mjölkgårdar halverats, medan skogsbruket har ökat. Många gårdar drivs "
         "vidare av nästa generation.", []),
        ("L5", "Ljungsta har 36 byalag och 140 föreningar. Bygdegårdarna är ofta det enda "
         "samlingsstället i byn.", ["m7"]),
    ]
    css = (
        "h1{font-size:20pt;color:#2d4a22;margin:0}"
        "h2{font-size:12.5pt;color:#2d4a22;margin:14px 0 4px;border-bottom:1px solid #2d4a22}"
        ".lbl{font-weight:bold;margin:6px 0 2px;font-size:10pt}"
        "ul{margin:2px 0 6px}"
    )
    body = [
        "<h1>Landsbygdsprogram 2051–2054</h1>",
        "<p class='crumb'>Ljungsta kommun · Antaget av kommunstyrelsen 7 mars 2051</p>",
        "<h2>1 Inledning</h2>",
        "<p>Landsbygdsprogrammet bryter ned fullmäktiges utvecklingsstrategi för den del av "
        "kommunen som ligger utanför tätorterna. Kapitel 2–6 har samma rubriker som "
        "strategins mål. Under varje kapitel beskrivs läget och programmets mål för "
        "perioden.</p>",
    ]
    for i, (k, bg, ms) in enumerate(chapters, 2):
        body += [f"<h2>{i} {e(g[k][:-1])}</h2>", f"<p>{e(bg)}</p>"]
        if ms:
            body += ["<p class='lbl'>Programmets mål 2051–2054</p>", "<ul>",
                     *[f"<li>{e(m[x])}</li>" for x in ms], "</ul>"]
    body += [
        "<h2>7 Uppföljning</h2>",
        "<p>Programmet följs upp varje år i kommunstyrelsens verksamhetsberättelse.</p>",
    ]
    _chromium(_page("sv", "Landsbygdsprogram 2051–2054", css, body), d / "child.pdf")

    goals_ = [
        G("L1", g["L1"], "partial", [m["m1"]], ev="Alla hushåll i byarna",
          missing=["god mobiltäckning"],
          note="the goals are the bullets under 'Så vill vi ha det 2060:' (ids L1–L5 in "
          "reading order, not printed); the vision, the 'Målområde:' headings and the "
          "'Strategi:' paragraphs are no goals. The child's chapter headings REPEAT each goal "
          "verbatim (without the full stop); the 'Programmets mål' bullets under them decide. "
          "Fibre to the three villages; the chapter's background names the gaps in mobile "
          "coverage, but no programme goal addresses them"),
        G("L2", g["L2"], "partial", [m["m2"], m["m3"]], ev="Servicepunkten i Gransätra",
          missing=["omsorg nära invånarna"],
          note="service (pharmacy agent and parcels at the service point) and school (the "
          "village school stays); nothing on care. Trap: the switchboard's longer opening "
          "hours stand under this heading but are not service NEAR the residents"),
        G("L3", g["L3"], "followed_up", [m["m5"], m["m6"]], ev="Anropsstyrd trafik ska",
          note="the municipality's share (the region runs the buses, as the chapter says): "
          "demand-responsive traffic timed to the trains and a commuter car/bike park at the "
          "station"),
        G("L4", g["L4"], "not_followed_up",
          note="trap: the chapter heading quotes the goal VERBATIM, but the chapter holds only "
          "background (history, farm and forest figures) and no programme goal"),
        G("L5", g["L5"], "followed_up", [m["m7"]], ev="Bygdegårdar som drivs",
          note="an operating grant for village halls run by the village associations: meeting "
          "places and the associations that keep the villages alive (a strict reader who wants "
          "more for associations in general → partial)"),
    ]
    kids = [
        C(m["m1"], ["L1"], note="the child goals are the bullets under 'Programmets mål "
          "2051–2054'; the chapter headings quote the parent and are no child goals"),
        C(m["m2"], ["L2"]),
        C(m["m3"], ["L2"]),
        C(m["m4"], [], note="trap: under the heading that quotes L2, but a central "
          "switchboard's opening hours are not service near the residents in every part of the "
          "municipality — stands alone"),
        C(m["m5"], ["L3"]),
        C(m["m6"], ["L3"]),
        C(m["m7"], ["L5"]),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; KF utvecklingsstrategi): "
        "'Målområde:' headings, 'Så vill vi ha det 2060:' and the goals as Word bullets, a "
        "'Strategi:' paragraph; child PDF (Chromium; landsbygdsprogram): numbered chapter "
        "headings that REPEAT the goals verbatim, a background paragraph and 'Programmets mål "
        "2051–2054' bullets; one chapter holds only background",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Bergsodd (nb)


@pair
def bergsodd_folkehelse(d: Path) -> dict:
    g = {
        "B1": "Barn og unge i Bergsodd trives på skolen og i fritiden.",
        "B2": "Færre barn vokser opp i familier med vedvarende lavinntekt.",
        "B3": "Innbyggerne er fysisk aktive i hverdagen.",
        "B4": "Færre eldre opplever ensomhet.",
        "B5": "Bergsodd har trygge veier og stier der det er lett å gå og sykle.",
        "B6": "Turområdene nær boligene er tatt vare på og lett tilgjengelige.",
    }
    chapters = [
        ("1 Oppvekst", "Bergsodd har 1 700 barn og unge under 18 år. 11 prosent av barna bor "
         "i familier med vedvarende lavinntekt, mot 9 prosent i landet.", ["B1", "B2"]),
        ("2 Helse og livskvalitet", "Halvparten av de voksne i Bergsodd oppfyller ikke "
         "anbefalingene for fysisk aktivitet. Andelen innbyggere over 80 år blir doblet fram "
         "mot 2064.", ["B3", "B4"]),
        ("3 Steder og natur", "Mange barn blir kjørt til skolen fordi veien er utrygg. "
         "Bergsodd har over 60 km turstier, men mange av dem er dårlig merket.", ["B5", "B6"]),
    ]
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2052–2064"),
        ("meta", "Bergsodd kommune · Vedtatt av kommunestyret 15. juni 2052, sak 38/52"),
        ("h1", "Innledning"),
        ("p", "Samfunnsdelen er kommunens overordnede styringsdokument. Den beskriver hvilket "
         "samfunn vi vil ha i 2064 og hvordan kommunen skal jobbe for å komme dit. Planen er "
         "laget etter en bred medvirkningsprosess med innbyggermøter i alle grendene, "
         "ungdomsrådet, eldrerådet og rådet for personer med funksjonsnedsettelse."),
        ("p", "Visjon: «Bergsodd – godt å bo, godt å bli.» Visjonen er ikke et mål, men et "
         "felles bilde av hvor vi vil."),
        ("p", "Hvert kapittel beskriver først utfordringene og har så en liste med mål under "
         "overskriften «Dette vil vi oppnå». Til slutt står det hvordan vi vil jobbe."),
    ]
    for i, (head, bg, ks) in enumerate(chapters):
        if i == 2:
            parent.append(("break",))
        parent += [("h1", head), ("p", bg), ("h2", "Dette vil vi oppnå"),
                   ("bullets", [g[k] for k in ks])]
        if i == 1:
            parent += [("h2", "Slik jobber vi"),
                       ("p", "Vi vil gjøre det enkelt å velge sunt og aktivt, og vi vil samarbeide "
                        "med frivilligheten om møteplasser for alle aldre.")]
    parent += [
        ("h1", "Oppfølging"),
        ("p", "Samfunnsdelen følges opp i handlingsdelen og i temaplaner. Temaplanene skal vise "
         "hvor i samfunnsdelen tiltakene hører hjemme."),
    ]
    build_pdf(parent, d / "parent.pdf", title="Kommuneplanens samfunnsdel 2052–2064",
              author="Bergsodd kommune",
              header="Bergsodd kommune – Kommuneplanens samfunnsdel 2052–2064")

    k = {
        "k1": "Gratis ferieaktiviteter og utstyrslån for barn i familier med lav inntekt",
        "k2": "Aktivitetsfriminutt med voksne som leder leken ved alle barneskoler",
        "k3": "Ungdomsklubb i Nordhaug grendehus hver fredag",
        "k4": "Frisklivssentral med treningsgrupper og kostholdskurs",
        "k5": "Kampanjen «Hverdagsaktiv Bergsodd» med gå- og sykkelkonkurranse hver vår",
        "k6": "Gang- og sykkelvei langs fv. 812 fra sentrum til Nordhaug skole",
        "k7": "Skilting og merking av tre nærturløyper",
        "k8": "Hjertestartere i alle idrettshaller",
    }
    rows = [
        ("k1", "Kultur og fritid", "s. 1"),
        ("k2", "Oppvekst", "s. 1"),
        ("k3", "Kultur og fritid", "s. 1"),
        ("k4", "Helse", "s. 1"),
        ("k5", "Folkehelsekoordinator", "s. 1"),
        ("k6", "Teknisk drift", "s. 2"),
        ("k7", "Teknisk drift", "s. 1"),
        ("k8", "Helse", "s. 1"),
    ]
    child = [
        ("title", "Handlingsplan for folkehelse 2053–2056"),
        ("meta", "Bergsodd kommune · Vedtatt av hovedutvalg for helse og oppvekst 3. mars 2053"),
        ("h1", "1 Om planen"),
        ("p", "Handlingsplanen viser kommunens folkehelsetiltak de neste fire årene. Kolonnen "
         "«Samfunnsdelen» viser hvilken side i kommuneplanens samfunnsdel 2052–2064 tiltaket "
         "hører til."),
        ("p", "Ensomhet blant eldre er en viktig folkehelseutfordring. Den følges opp i Plan for "
         "helse og omsorg 2053–2060 og har derfor ingen tiltak her."),
        ("h1", "2 Tiltak"),
        ("table", ["Tiltak", "Ansvar", "Samfunnsdelen"],
         [[k[x], who, ref] for x, who, ref in rows], [105, 38, 27]),
        ("h1", "3 Økonomi"),
        ("p", "Tiltakene dekkes innenfor rammene og med tilskudd fra fylkeskommunens "
         "folkehelsemidler. Gang- og sykkelveien finansieres i investeringsbudsjettet."),
    ]
    _rl(d / "child.pdf", child, title="Handlingsplan for folkehelse 2053–2056",
        author="Bergsodd kommune", creator="Bergsodd kommune, Helse og omsorg",
        header="Bergsodd kommune – Handlingsplan for folkehelse 2053–2056", footer="Side {n}",
        accent="#235a8c")

    goals_ = [
        G("B1", g["B1"], "followed_up", [k["k2"], k["k3"]], ev="Aktivitetsfriminutt med",
          note="the goals are the bullets under 'Dette vil vi oppnå' (ids B1–B6 in reading "
          "order, not printed); the vision, the challenge paragraphs and 'Slik jobber vi' are "
          "no goals. The child links each tiltak only to a PAGE of the samfunnsdel ('s. 1', "
          "'s. 2'): a page holds several goals, and the reference can be wrong, so content "
          "decides. Activity breaks at school and a youth club in the evenings: school and "
          "leisure"),
        G("B2", g["B2"], "partial", [k["k1"]], ev="Gratis ferieaktiviteter og",
          missing=["tiltak som gir familiene høyere inntekt (arbeid, bolig, økonomisk "
                   "rådgivning)"],
          note="free holiday activities and equipment loans ease the effects of low income for "
          "the children, but nothing reduces the number of families with persistent low "
          "income (a lenient reader → followed up as the folkehelse plan's share)"),
        G("B3", g["B3"], "followed_up", [k["k4"], k["k5"], k["k6"]], ev="Frisklivssentral med",
          note="healthy-life centre, a walking and cycling campaign, and a cycle path that "
          "lets children walk or cycle to school"),
        G("B4", g["B4"], "not_followed_up",
          note="trap: 'følges opp i Plan for helse og omsorg … og har derfor ingen tiltak her' "
          "— followed up in another plan, nothing in this one"),
        G("B5", g["B5"], "followed_up", [k["k6"]], ev="Gang- og sykkelvei langs",
          note="the only tiltak with 's. 2': a safe walking and cycling route to school (a "
          "strict reader who wants all roads and paths → partial)"),
        G("B6", g["B6"], "partial", [k["k7"]], ev="Skilting og merking av",
          missing=["turområdene er tatt vare på (sikring mot nedbygging)"],
          note="trap: the tiltak points at 's. 1', but B6 stands on page 2; signposting three "
          "local trails makes them easier to use; nothing protects the areas"),
    ]
    kids = [
        C(k["k1"], ["B2"], note="the child goals are the 'Tiltak' cells (measures); the "
          "'Samfunnsdelen' cells are page references, no child goals"),
        C(k["k2"], ["B1"]),
        C(k["k3"], ["B1"]),
        C(k["k4"], ["B3"]),
        C(k["k5"], ["B3"]),
        C(k["k6"], ["B3", "B5"]),
        C(k["k7"], ["B6"], note="trap: page reference 's. 1' is wrong; it serves B6 on page 2"),
        C(k["k8"], [], note="trap: 's. 1' (a page with four goals), but heart starters in "
          "sports halls serve none of them — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, two pages; samfunnsdel): per chapter "
        "a challenge paragraph and 'Dette vil vi oppnå' with the goals as Word bullets, no goal "
        "numbers; child PDF (reportlab; handlingsplan for folkehelse): one table 'Tiltak | "
        "Ansvar | Samfunnsdelen' whose last column holds only a PAGE REFERENCE to the parent "
        "('s. 1', 's. 2'), one of them wrong",
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
