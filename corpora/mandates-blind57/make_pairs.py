"""Build the fifty-seventh blind batch of mandate/plan pairs under corpora/mandates-blind57/ and their gold.

Written on 2026-12-07 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: a bokmål KONSULTASJONSPROTOKOLL after a consultation under sameloven
kapittel 4 between a kommune and a reinbeitedistrikt (odfpy → LibreOffice), whose points are
the lettered list under 'Partene er enige om … Planen skal:' and two sentences after it, while
the parties' views, the disagreement on a car park, the distrikt's right to a new meeting and
the kommune's own intentions are none; a nynorsk LEIARAVTALE between the kommunedirektør and an
einingsleiar (python-docx → LibreOffice), whose points are the Word bullets of one 'særskilt
oppdrag' and two sentences after it, while the general leader duties, the budget frame, the
unit's goals, another oppdrag, advice and the follow-up are none; a Swedish LEX SARAH-UTREDNING
printed from the social services' case system (reportlab), whose points are the numbered items
the handlingsplan 'ska' hold, one sentence hidden in 'Bedömning' and the deadline, while the
causes, the measures already taken, the IVO report and the decision are none; a Danish
ANKESTYRELSEN PRAKSISUNDERSØGELSE (the authority's feedback to one kommune, printed from its web
site with Chromium), whose points are the recommendations in a bulleted list and two sentences
under 'Kommunens opfølgning', while the findings, the law's duty on the kommunalbestyrelse and
the offer of a dialogue meeting are none; and an English SAFEGUARDING ADULTS REVIEW executive
summary (reportlab), whose points are the recommendations addressed to Adult Social Care or to
all agencies and two sentences of 'Next steps', while the recommendations to the Board, the
NHS, the fire service and a housing association are none. Plans answer as real ones do:
headings that restate a point in other words, answers in tables, process facts in the past
tense, deferrals, refusals, words shared without an answer, a late plan, a wrong frequency.

    python corpora/mandates-blind57/make_pairs.py               # all pairs
    python corpora/mandates-blind57/make_pairs.py --verify      # point texts and gold quotes
    python corpora/mandates-blind57/make_pairs.py --twice       # build twice, compare sha256

Imports the forty-seventh batch's builder through pairkit (its odfpy writer `odt_pdf`, its
layout check `expect_on_page` and its point-text check `check_texts`, pointed at this folder)
and, through it, the twentieth (P, verify, the construction check) and thirty-third batch's
document writers (docx_pdf, rl_pdf, html_pdf and the HTML helpers e, paras, table_html). The
HTML pages' CSS and markup are this batch's own. Nothing of the earlier batches is edited.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_b47 = pk.load_module("mandates_blind47_make_pairs", HERE.parent / "mandates-blind47" / "make_pairs.py")
_b20, _b33 = _b47._b20, _b47._b33
P = _b20.P
docx_pdf, rl_pdf, html_pdf = _b33.docx_pdf, _b33.rl_pdf, _b33.html_pdf
e, paras, table_html = _b33.e, _b33.paras, _b33.table_html
odt_pdf, expect_on_page = _b47.odt_pdf, _b47.expect_on_page

PAIRS, pair = pk.pair_registry()

# running header / footer lines of the mandates, left out by the construction check
DROP = {
    "reinbeite-ferdsel": ("Lysvatn kommune · Konsultasjon etter sameloven kapittel 4",),
    "vedlikehald-bygg": ("Ryggvik kommune · Leiaravtale 2057 · Bygg og eigedom",),
    "larm-nattpatrull": ("Norrbäcka kommun · Socialförvaltningen", "Lex Sarah · Dnr SN 2056/318"),
    "hjaelpemidler-praksis": ("ankestyrelsen.dk/praksisundersoegelser/hjaelpemidler-2056", "1/2",
                              "2/2"),
    "self-neglect-sar": ("Calderbridge Safeguarding Adults Board", "SAR Mr D · Executive summary"),
}


# =========================================================================== 1 reinbeite-ferdsel (nb)
@pair
def reinbeite_ferdsel(d: Path) -> dict:
    items = [
        ("a)", "vise kalvingsland, trekkleier og andre særverdiområder for reindriften på kart, slik "
               "at ny tilrettelegging kan styres utenom dem"),
        ("b)", "fastsette en periode der den merkede stien gjennom kalvingslandet ved Gråtjønna "
               "stenges, minst fra 1. mai til 15. juni"),
        ("c)", "angi hvilke områder der det ikke skal legges nye stier, rasteplasser eller "
               "parkeringsplasser"),
        ("d)", "beskrive hvordan turgåere og hytteeiere skal informeres om reindriften og om "
               "båndtvangen, på norsk, sørsamisk og engelsk"),
        ("e)", "inneholde tiltak som styrer snøskuterferdselen i Svartskaret i flytteperioden om "
               "våren"),
        ("f)", "vurdere de samlede virkningene av alle tiltakene i planen for reindriften i "
               "distriktet"),
    ]
    s1 = ("Kommunen sender et utkast til planen til reinbeitedistriktet senest fire uker før "
          "planen legges fram for formannskapet.")
    s2 = ("Partene er også enige om at planen skal ha et eget kapittel om oppfølging, der kommunen "
          "og distriktet møtes minst én gang i året for å gå gjennom erfaringene.")
    a = [
        ("title", "Protokoll fra konsultasjon"),
        ("meta", "Plan for ferdsel og tilrettelegging i Storhøgda 2057–2062 · Lysvatn kommune og "
                 "Storhøgda reinbeitedistrikt · Arkivsak 2056/140"),
        ("bold", "Møte: 22. april 2056, kl. 10.00–14.30, Lysvatn rådhus, møterom Lisjø"),
        ("p", "Til stede for kommunen: ordfører Randi Myrmo, kommunalsjef for samfunnsutvikling "
              "Geir Hestmyr og arealplanlegger Torunn Slettmo (referent). Til stede for "
              "reinbeitedistriktet: distriktsleder Jon Erik Stenfjell, styremedlem Anne Kristine "
              "Stenfjell og rådgiver Lars Nystølen."),
        ("h1", "1 Saken"),
        ("p", "Lysvatn kommune arbeider med en plan for ferdsel og tilrettelegging for friluftsliv "
              "i Storhøgda. Planen skal vise nye og eksisterende stier, rasteplasser og "
              "parkeringsplasser, og hvordan kommunen vil informere dem som bruker fjellet. "
              "Storhøgda er helårsbeite for Storhøgda reinbeitedistrikt, og planen kan påvirke "
              "reindriften direkte. Kommunen har derfor invitert distriktet til konsultasjon "
              "etter sameloven kapittel 4."),
        ("p", "Kommunen sendte planprogrammet og et kartutkast til distriktet 18. mars 2056. Dette "
              "er det første konsultasjonsmøtet i saken. Konsultasjonen skal skje i god tro og med "
              "formål om å oppnå enighet."),
        ("h1", "2 Reinbeitedistriktets syn"),
        ("p", "Distriktet opplever at ferdselen i Storhøgda har økt kraftig de siste fem årene, "
              "særlig etter at vegen til Høgsetra ble brøytet om vinteren. Løse hunder og "
              "turgåere i kalvingslandet ved Gråtjønna har ført til at simler har forlatt kalvene. "
              "Snøskutere på tur over Svartskaret har splittet flokken under vårflyttingen to år "
              "på rad."),
        ("p", "Distriktet mener at ny tilrettelegging må styres bort fra kalvingsland og "
              "trekkleier, og at kommunen ikke bør bygge ut parkeringsplassen på Høgsetra. "
              "Distriktet peker også på at mange tiltak som hver for seg er små, til sammen kan "
              "gjøre beitet ubrukelig."),
        ("h1", "3 Kommunens syn"),
        ("p", "Kommunen ønsker at flere skal bruke fjellet, og at ferdselen samles på noen få, "
              "godt merkede stier. Kommunen mener at en større parkeringsplass på Høgsetra vil "
              "gjøre det lettere å styre trafikken bort fra de mest sårbare områdene, fordi "
              "bilene i dag parkeres langs vegen helt inn mot Gråtjønna."),
        ("h1", "4 Konklusjoner"),
        ("p", "Partene er enige om følgende: Kommunen tar inn i planen de hensynene til "
              "reindriften som er listet opp nedenfor. Planen skal:"),
        *[("typed", m, t + (";" if m != "f)" else "."), 0.8, 0.5) for m, t in items],
        ("p", s1 + " Distriktet kan be om et nytt konsultasjonsmøte når utkastet foreligger."),
        ("p", s2),
        ("p", "Partene er ikke enige om parkeringsplassen på Høgsetra. Kommunen vil foreslå å "
              "utvide den fra 25 til 60 plasser. Distriktet går imot utvidelsen og ber om at "
              "uenigheten går fram av saken til kommunestyret."),
        ("h1", "5 Andre forhold"),
        ("p", "Kommunen vil undersøke om det kan søkes om tilskudd fra Sametinget til skilt på "
              "sørsamisk. Distriktet orienterte om at reinen i år vil bli flyttet over Svartskaret "
              "rundt 20. april, og ba om at informasjon om dette legges på kommunens nettside."),
        ("p", "Protokollen ble gjennomgått og godkjent av begge parter i møtet. Den legges ved "
              "saken når planen legges fram for politisk behandling."),
        ("table", ["For Lysvatn kommune", "For Storhøgda reinbeitedistrikt"],
         [["Randi Myrmo (sign.)", "Jon Erik Stenfjell (sign.)"]], [8.0, 8.0]),
    ]
    odt_pdf(d / "mandate.pdf", a, title="Protokoll fra konsultasjon – ferdsel i Storhøgda",
            font="Liberation Serif", size=11.5, lang="nb", country="NO",
            header=DROP["reinbeite-ferdsel"][0], footer="Side {n} av {m}", accent="#1F3A5F",
            head_fill="#E3E8EF")
    # the lettered list runs over the page break, item d) wrapping across it
    expect_on_page(d / "mandate.pdf", [(1, "hvordan turgåere og hytteeiere skal informeres"),
                                       (2, "på norsk, sørsamisk og engelsk;")])

    omr = [
        ["Gråtjønna og Lisjøhøgda", "Kalvingsland", "Mai–juni"],
        ["Svartskaret", "Trekklei og flyttlei mellom vinterbeite og sommerbeite",
         "April og oktober"],
        ["Kalvåsen", "Vinterbeite", "Desember–april"],
        ["Lysvatnet nord", "Sommerbeite, samleplass før kalvemerking", "Juli"],
    ]
    ny = [
        ["Ny merket sti Høgsetra–Nordkammen, 4,2 km", "Nordkammen", "2057", "Lysvatn turlag"],
        ["Klopper over myra på stien til Kalvåsen", "Kalvåsen", "2057", "Lysvatn turlag"],
        ["Gapahuk og bålplass ved Lysvatnet sør", "Lysvatnet", "2058", "Kultur og fritid"],
        ["Utvide parkeringsplassen fra 25 til 60 plasser, med toalett", "Høgsetra", "2058",
         "Teknisk drift"],
        ["Skiltplan for alle merkede stier", "Hele området", "2057", "Kultur og fritid"],
    ]
    tell = [
        ["Høgsetra", "14 200", "19 800", "23 400"],
        ["Nordkammen", "–", "2 100", "3 050"],
        ["Gråtjønna", "3 900", "5 600", "6 200"],
    ]
    p = [
        ("title", "Plan for ferdsel og tilrettelegging i Storhøgda 2057–2062"),
        ("meta", "Lysvatn kommune · Vedtatt av kommunestyret 24. oktober 2056, sak 71/56"),
        ("h1", "1 Innledning"),
        ("p", "Storhøgda er det mest brukte turområdet i Lysvatn. Her går folk på tur hele året, "
              "og rundt Lysvatnet ligger det over 300 hytter. Storhøgda er også helårsbeite for "
              "rein. Planen viser hvordan kommunen vil legge til rette for ferdsel de neste seks "
              "årene, og hvordan vi tar hensyn til reindriften, naturen og hytteeierne."),
        ("p", "Planen er laget av en arbeidsgruppe med deltakere fra Kultur og fritid, Teknisk "
              "drift og Plan og miljø. Det har vært holdt to konsultasjonsmøter med Storhøgda "
              "reinbeitedistrikt, 22. april og 9. september 2056. Distriktet fikk utkastet til "
              "plan 12. august 2056, og formannskapet behandlet planen 23. september 2056."),
        ("h1", "2 Dette sier tellerne"),
        ("p", "Kommunen har automatiske ferdselstellere på tre steder. Tallene viser passeringer "
              "per år."),
        ("table", ["Teller", "2053", "2054", "2055"], tell, [5.0, 3.0, 3.0, 3.0]),
        ("p", "Ferdselen har økt med over 60 prosent på tre år. Økningen er størst om vinteren, "
              "etter at vegen til Høgsetra ble brøytet fra 2053."),
        ("h1", "3 Reinens år i Storhøgda"),
        ("p", "Storhøgda reinbeitedistrikt bruker hele Storhøgda gjennom året. Tabellen viser de "
              "områdene som er viktigst for reindriften, og når på året de brukes."),
        ("table", ["Område", "Bruk", "Tid på året"], omr, [4.6, 7.6, 3.8]),
        ("p", "Et kart over områdene skal lages sammen med distriktet i løpet av 2057 og legges "
              "ved planen når det er klart."),
        ("h1", "4 Ny tilrettelegging"),
        ("p", "Nye stier og rasteplasser legges der folk allerede går, og der terrenget tåler "
              "slitasje. Tabellen viser tiltakene i planperioden."),
        ("table", ["Tiltak", "Sted", "År", "Ansvar"], ny, [7.4, 3.0, 1.6, 4.0]),
        ("h1", "5 Våren i fjellet"),
        ("p", "Stien fra Høgsetra til Gråtjønna stenges fra 25. april til 20. juni hvert år. "
              "Kommunen setter opp bom og skilt ved Høgsetra og viser til turen over Nordkammen i "
              "stedet. Lysvatn turlag tar ned merkingen på strekningen i denne perioden."),
        ("p", "Snøskuterløypa over Svartskaret er en del av løypeforskriften for Lysvatn. Hvordan "
              "løypa skal brukes under vårflyttingen, tas opp når forskriften revideres i 2058."),
        ("h1", "6 Informasjon til dem som bruker fjellet"),
        ("p", "Ved Høgsetra og Lysvatnet settes det opp informasjonstavler om reindriften og om "
              "båndtvangen, som i Lysvatn gjelder fra 1. april til 20. august. Teksten på tavlene "
              "er på norsk og engelsk. Den samme informasjonen legges på kommunens nettside og "
              "sendes alle hytteeiere i Storhøgda sammen med eiendomsskatteseddelen hvert år. "
              "Skilt på sørsamisk vurderes dersom Sametinget gir tilskudd."),
        ("h1", "7 Konsekvenser for reindriften"),
        ("p", "Stengingen av stien ved Gråtjønna vil gi simlene mer ro i kalvingstiden. Kommunen "
              "mener at planen samlet sett vil være positiv for reindriften. Distriktet er uenig i "
              "utvidelsen av parkeringsplassen på Høgsetra, se saksframlegget til "
              "kommunestyret."),
        ("h1", "8 Oppfølging"),
        ("p", "Kommunen og Storhøgda reinbeitedistrikt møtes hver høst, etter at reinen er samlet, "
              "for å gå gjennom hvordan stengingen og informasjonen har virket, og om noe må "
              "endres. Kultur og fritid kaller inn til møtet. Planen rulleres i 2062."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Plan for ferdsel og tilrettelegging i Storhøgda",
             author="Lysvatn kommune", font="Liberation Sans", size=10.5, lang="nb-NO",
             header="Lysvatn kommune · Ferdselsplan Storhøgda 2057–2062",
             footer="Side {PAGE} av {NUMPAGES}", accent="2F4F2F", head_fill="E2EAE2")
    it = dict(items)
    g = [
        P("a", it["a)"], "deliverable", "partial", ev="Storhøgda reinbeitedistrikt bruker hele",
          missing=["kartet over kalvingsland, trekkleier og særverdiområder (skal lages i 2057)"],
          trap="lettered item of the agreed list in a KONSULTASJONSPROTOKOLL (sameloven kapittel "
               "4); the areas are named in a table with their use and season, the map the point "
               "asks for is put off to 2057"),
        P("b", it["b)"], "content", "covered", ev="Stien fra Høgsetra til Gråtjønna stenges",
          trap="answered under a heading that shares no word with the point ('Våren i "
               "fjellet'); the closure 25 April–20 June covers the minimum 1 May–15 June"),
        P("c", it["c)"], "content", "uncovered",
          trap="SHARED WORDS under 'Ny tilrettelegging': the plan says where new stier, a "
               "gapahuk and a larger car park WILL be made ('der folk allerede går'), never "
               "where they shall not; a new sti even crosses Kalvåsen, the vinterbeite"),
        P("d", it["d)"], "content", "partial", ev="Ved Høgsetra og Lysvatnet settes det opp",
          missing=["informasjon på sørsamisk (bare vurdert, avhengig av tilskudd)"],
          trap="boards, web site and a yearly letter to hytteeiere in Norwegian and English; "
               "sørsamisk only 'vurderes dersom Sametinget gir tilskudd'"),
        P("e", it["e)"], "content", "uncovered",
          trap="PUT OFF: the snøskuterløype over Svartskaret is left to the revision of the "
               "løypeforskrift in 2058"),
        P("f", it["f)"], "content", "uncovered",
          trap="an assessment asked for, a bare verdict given: one effect (the closure) and "
               "'samlet sett vil være positiv' under 'Konsekvenser for reindriften' — the car "
               "park, the new stier and the Kalvåsen sti are not assessed"),
        P("S1", s1, "process", "covered", ev="Planen er laget av en arbeidsgruppe",
          trap="past tense in the introduction: the draft went to the distrikt 12 August, the "
               "formannskap handled the plan 23 September (six weeks later). The distrikt's "
               "right to a new meeting beside it is none"),
        P("S2", s2, "content", "covered", ev="Kommunen og Storhøgda reinbeitedistrikt møtes",
          trap="a sentence after the list ('Partene er også enige om at planen skal …'); "
               "answered by '8 Oppfølging' with a yearly autumn meeting. Not points: the "
               "participants, '2 Reinbeitedistriktets syn', '3 Kommunens syn', the disagreement "
               "on the car park, '5 Andre forhold' (the kommune's intention to seek a grant, the "
               "distrikt's information), the approval and signatures"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["reinbeite-ferdsel"],
                producer="a KONSULTASJONSPROTOKOLL after a consultation under sameloven kapittel 4 "
                "between a kommune and a reinbeitedistrikt (odfpy → LibreOffice, Liberation Serif "
                "11.5, running header, 'Side n av m', two pages): participants in prose, '1 "
                "Saken', the two parties' views, '4 Konklusjoner' with 'Planen skal:' and items "
                "a)–f) typed with a hanging indent over the page break, S1 beside the distrikt's "
                "right to a new meeting, S2 ('Partene er også enige om at planen skal …'), a "
                "recorded disagreement and 'Andre forhold' (none); plan python-docx → LibreOffice "
                "(Liberation Sans 10.5, nb-NO, 'Side n av m'), three tables, headings in other "
                "words, a map put off, a deferral, shared words, a verdict for an assessment",
                points=g)


# =========================================================================== 2 vedlikehald-bygg (nn)
@pair
def vedlikehald_bygg(d: Path) -> dict:
    oppdrag = [
        "byggje på ei tilstandsregistrering etter NS 3424 av alle formålsbygga, med tilstandsgrad "
        "for dei viktigaste bygningsdelane",
        "prioritere tiltaka etter tilstand, konsekvens for brukarane og krav i lov og forskrift",
        "vise kostnaden for kvart tiltak og kvart år i planperioden",
        "skilje mellom vedlikehald som skal dekkjast over driftsbudsjettet, og tiltak som må inn "
        "i investeringsbudsjettet",
        "gje eit anslag over det samla vedlikehaldsetterslepet",
        "ta omsyn til energisparing og universell utforming der bygningsdelar likevel skal "
        "skiftast ut",
    ]
    s1 = ("Planen skal leggjast fram for formannskapet seinast 1. oktober 2057, slik at han kan "
          "sjåast saman med økonomiplanen.")
    s2 = ("Einingsleiarane for skule, barnehage og helse og omsorg skal få uttale seg om utkastet "
          "før det blir lagt fram.")
    a = [
        ("title", "Leiaravtale 2057"),
        ("meta", "Ryggvik kommune · Einingsleiar Bygg og eigedom · Avtaleperiode 1. januar–"
                 "31. desember 2057"),
        ("form", [["Partar", "Kommunedirektør Gunnhild Rekdal og einingsleiar Håvard Lidtveit"],
                  ["Eining", "Bygg og eigedom: drift, reinhald, vaktmeistrar og "
                   "prosjekt, 38 årsverk"],
                  ["Gjennomgått", "Leiarsamtale 9. januar 2057"]], [3.6, 12.8]),
        ("h1", "1 Føremål med avtalen"),
        ("p", "Leiaravtalen skal gjere tydeleg kva kommunedirektøren ventar av einingsleiaren i "
              "avtaleåret, og vere grunnlaget for oppfølgingssamtalane. Avtalen byggjer på "
              "arbeidsgjevarpolitikken og leiarprinsippa til Ryggvik kommune."),
        ("h1", "2 Ansvar som einingsleiar"),
        ("p", "Einingsleiaren har heilskapleg ansvar for eininga innanfor vedteke budsjett, lov, "
              "avtaleverk og delegeringsreglement. Det inneber mellom anna:"),
        ("bullets", ["personalansvar, under dette oppfølging av sjukefråvær og medarbeidarsamtale "
                     "med alle tilsette kvart år",
                     "ansvar for at eininga held budsjettet, og rapportering kvart tertial",
                     "ansvar for helse, miljø og tryggleik og for internkontrollen i eininga",
                     "å delta i leiarmøta og i leiarutviklingsprogrammet til kommunen"]),
        ("h1", "3 Økonomisk ramme"),
        ("p", "Netto driftsramme for Bygg og eigedom i 2057 er 41,2 mill. kr. Av dette går "
              "11,6 mill. kr til vedlikehald. Investeringsprosjekta i økonomiplanen blir styrte av "
              "prosjektavdelinga, som rapporterer særskilt til formannskapet."),
        ("h1", "4 Mål for eininga i 2057"),
        ("table", ["Mål", "Indikator", "Måltal 2057"],
         [["Eit godt arbeidsmiljø", "Sjukefråvær", "Under 6,5 %"],
          ["Reine og trygge bygg", "Avvik frå reinhaldsplanen", "Under 10 per månad"],
          ["Lågare energibruk", "kWh per m² i formålsbygga", "3 % lågare enn i 2056"]],
         [5.4, 6.4, 4.6]),
        ("h1", "5 Særskilde oppdrag i 2057"),
        ("bold", "5.1 Vedlikehaldsplan for formålsbygga"),
        ("p", "Kommunestyret har i økonomiplanen 2057–2060 bede om ein langsiktig plan for "
              "vedlikehaldet av kommunale bygg. Einingsleiaren skal utarbeide ein vedlikehaldsplan "
              "for formålsbygga for perioden 2058–2061. Planen skal"),
        ("bullets", oppdrag),
        ("p", s1 + " " + s2 + " Kommunedirektøren rår til at arbeidet blir organisert som eit "
              "prosjekt med ei lita arbeidsgruppe."),
        ("bold", "5.2 Energimerking"),
        ("p", "Rådhuset og Ryggvik symjehall skal ha ny energiattest innan 1. juli 2057."),
        ("h1", "6 Oppfølging av avtalen"),
        ("p", "Avtalen blir følgd opp i samtalar mellom kommunedirektøren og einingsleiaren i mai "
              "og i september, og blir evaluert i leiarsamtalen i januar 2058."),
        ("form", [["Stad og dato", "Ryggvik, 9. januar 2057"],
                  ["Kommunedirektør", "Gunnhild Rekdal (sign.)"],
                  ["Einingsleiar", "Håvard Lidtveit (sign.)"]], [3.6, 12.8]),
    ]
    docx_pdf(d / "mandate.pdf", a, title="Leiaravtale 2057 – einingsleiar Bygg og eigedom",
             author="Ryggvik kommune", font="Liberation Sans", size=11, lang="nn-NO",
             header=DROP["vedlikehald-bygg"][0], footer="Side {PAGE} av {NUMPAGES}",
             accent="3A3A6A", head_fill="E4E4F0")
    # the Word bullets of oppdrag 5.1 run over the page break
    expect_on_page(d / "mandate.pdf", [(1, "byggje på ei tilstandsregistrering"),
                                       (2, "gje eit anslag over det samla")])

    tg = [
        ["Ryggvik skule", "1976", "TG 3", "TG 2", "TG 2", "TG 2"],
        ["Løvøy skule", "1984", "TG 1", "TG 2", "TG 3", "TG 1"],
        ["Hagatun barnehage", "1991", "TG 2", "TG 1", "TG 1", "TG 1"],
        ["Toppeli barnehage", "2012", "TG 0", "TG 0", "TG 1", "TG 0"],
        ["Ryggvik omsorgssenter", "1981", "TG 2", "TG 2", "TG 3", "TG 2"],
        ["Rådhuset", "1968", "TG 2", "TG 3", "TG 2", "TG 1"],
        ["Ryggvik symjehall", "1979", "TG 3", "TG 2", "TG 2", "TG 3"],
        ["Kulturhuset Kaia", "2004", "TG 1", "TG 1", "TG 1", "TG 0"],
    ]
    tiltak = [
        ["1", "Nye branndører og brannskilje i kjellaren", "Rådhuset", "850", "", "", ""],
        ["1", "Utbetre rømmingsvegen frå 2. etasje", "Løvøy skule", "420", "", "", ""],
        ["2", "Nytt ventilasjonsanlegg i fløy B", "Ryggvik omsorgssenter", "2 600", "3 100", "",
         ""],
        ["2", "Nytt ventilasjonsanlegg i klasseromsfløya", "Løvøy skule", "", "3 400", "2 900",
         ""],
        ["2", "Nye røyr og sluk i garderobane", "Ryggvik symjehall", "1 800", "", "", ""],
        ["3", "Nytt tak", "Ryggvik skule", "", "", "4 200", ""],
        ["3", "Nye vindauge i nordfasaden", "Rådhuset", "", "1 900", "", ""],
        ["3", "Nytt tak over bassenghallen", "Ryggvik symjehall", "", "", "", "5 600"],
        ["", "Sum", "", "5 670", "8 400", "7 100", "5 600"],
    ]
    p = [
        ("title", "Vedlikehaldsplan for formålsbygg 2058–2061"),
        ("meta", "Ryggvik kommune · Bygg og eigedom · Lagd fram for formannskapet 3. november 2057, "
                 "sak 88/57"),
        ("h1", "1 Innleiing"),
        ("p", "Ryggvik kommune eig 14 formålsbygg med eit samla areal på om lag 46 000 m²: skular, "
              "barnehagar, omsorgssenter, rådhus, symjehall, kulturhus, brannstasjon og "
              "idrettshallar. Mange av bygga er frå 1970- og 1980-talet og treng no store "
              "utskiftingar. Planen viser kva vedlikehald vi vil gjere dei neste fire åra, og kva "
              "det kostar."),
        ("p", "Planen er laga av Bygg og eigedom på oppdrag frå kommunedirektøren. Utkastet vart "
              "sendt til einingsleiarane for skule, barnehage og helse og omsorg 28. august 2057. "
              "Vi fekk tre skriftlege innspel, mellom anna om å byte golvbelegg på Ryggvik "
              "omsorgssenter i same periode som ventilasjonen, og innspela er tekne inn i planen."),
        ("h1", "2 Tilstanden til bygga"),
        ("p", "Bygningsrådgjeving Vest AS registrerte tilstanden til bygga våren 2057 etter "
              "NS 3424, nivå 1. Tabellen viser tilstandsgraden for dei viktigaste bygningsdelane. "
              "TG 0 betyr ingen avvik, TG 3 store eller alvorlege avvik."),
        ("table", ["Bygg", "Byggeår", "Tak", "Fasade og vindauge", "Ventilasjon", "Sanitær"], tg,
         [4.6, 1.8, 1.6, 3.2, 2.6, 2.2]),
        ("p", "Dei seks andre formålsbygga, mellom anna brannstasjonen og dei tre idrettshallane, "
              "er ikkje registrerte. Vaktmeistrane vurderer at tilstanden der er god."),
        ("h1", "3 Kva vi tek først"),
        ("p", "Tiltaka er delte i tre grupper. Først kjem tiltak der det er fare for liv og helse, "
              "eller der lova krev det, til dømes brannskilje og rømmingsvegar som brannvesenet "
              "har peika på. Deretter kjem tiltak på bygningsdelar med TG 3 som brukarane merkar "
              "kvar dag, som ventilasjonen i klasserom og pasientrom. Til slutt kjem tiltak som "
              "hindrar at skadane veks, som tak og fasadar."),
        ("h1", "4 Tiltak og kostnader"),
        ("p", "Tabellen viser tiltaka i planperioden med prioritet og kostnad per år, i 1000 kr "
              "utan meirverdiavgift."),
        ("table", ["Pri.", "Tiltak", "Bygg", "2058", "2059", "2060", "2061"], tiltak,
         [1.1, 5.6, 3.7, 1.5, 1.5, 1.5, 1.5]),
        ("h1", "5 Drift eller investering?"),
        ("p", "Mange av tiltaka ligg i grenselandet mellom vedlikehald og investering. Kva som "
              "skal førast i driftsrekneskapen og kva i investeringsrekneskapen, avgjer "
              "økonomiavdelinga etter rekneskapsforskrifta når tiltaka blir gjennomførte. Planen "
              "viser difor berre samla kostnad for kvart tiltak."),
        ("h1", "6 Etterslepet"),
        ("p", "For dei åtte registrerte bygga er vedlikehaldsetterslepet rekna til om lag 118 "
              "mill. kr, det vil seie kva det kostar å setje alle bygningsdelar med TG 2 og TG 3 i "
              "stand. Planen tek om lag ein firedel av dette i perioden. For dei andre bygga har "
              "vi ikkje tal."),
        ("h1", "7 Når vi likevel skiftar"),
        ("p", "Når tak, vindauge og ventilasjon blir skifte, vel vi løysingar som gjer bygget meir "
              "energieffektivt: etterisolering av tak, vindauge med U-verdi 0,8 eller betre og "
              "ventilasjonsaggregat med varmegjenvinning. Der inngangsparti, toalett eller golv "
              "blir skifte, skal dei utformast etter krava til universell utforming i "
              "byggteknisk forskrift."),
        ("h1", "8 Oppfølging"),
        ("p", "Bygg og eigedom rapporterer om framdrifta i tertialrapportane. Planen blir "
              "rullert kvart år."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Vedlikehaldsplan for formålsbygg 2058–2061",
            font="Liberation Sans", size=10.5, lang="nn", country="NO",
            header="Ryggvik kommune · Vedlikehaldsplan 2058–2061", footer="Side {n} av {m}",
            accent="#3A3A6A", head_fill="#E4E4F0")
    g = [
        P("1", oppdrag[0], "content", "partial", ev="Bygningsrådgjeving Vest AS registrerte",
          missing=["tilstandsregistrering av dei seks andre formålsbygga (brannstasjonen, "
                   "idrettshallane m.fl.)"],
          trap="a Word bullet of a 'særskilt oppdrag' in a LEIARAVTALE; a TG table for eight of "
               "fourteen buildings, the other six only 'vurderer … god' by the vaktmeistrar"),
        P("2", oppdrag[1], "content", "covered", ev="Tiltaka er delte i tre grupper",
          trap="answered in other words under 'Kva vi tek først': liv og helse / lova, TG 3 that "
               "users notice daily, then tak and fasadar"),
        P("3", oppdrag[2], "content", "covered", ev="Tabellen viser tiltaka i planperioden",
          trap="a measure table with year columns 2058–2061 holding amounts"),
        P("4", oppdrag[3], "content", "uncovered",
          trap="SHARED WORDS and a refusal under 'Drift eller investering?': the split is left to "
               "the økonomiavdeling when the work is done, the plan 'viser difor berre samla "
               "kostnad'"),
        P("5", oppdrag[4], "content", "partial", ev="For dei åtte registrerte bygga",
          missing=["etterslepet for dei seks bygga som ikkje er registrerte, altså eit samla "
                   "anslag"],
          trap="an estimate for eight buildings, 'for dei andre bygga har vi ikkje tal'"),
        P("6", oppdrag[5], "content", "covered", ev="Når tak, vindauge og ventilasjon blir skifte",
          trap="answered under a heading that shares no word with the point ('Når vi likevel "
               "skiftar'): energy measures and universell utforming named"),
        P("S1", s1, "process", "uncovered",
          trap="the meta line: lagd fram for formannskapet 3 November 2057, a month after "
               "1 October"),
        P("S2", s2, "process", "covered", ev="Planen er laga av Bygg og eigedom",
          trap="past tense in the introduction: the draft sent to the three einingsleiarar, "
               "three written innspel. Not points: the parties, '1 Føremål', the general leader "
               "duties in '2', the budget frame, the unit's goals table, the kommunedirektør's "
               "advice on a project group, oppdrag 5.2 (energiattest), '6 Oppfølging av "
               "avtalen' and the signatures"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["vedlikehald-bygg"],
                producer="a LEIARAVTALE between the kommunedirektør and an einingsleiar "
                "(python-docx → LibreOffice, Liberation Sans 11, nn-NO, running header, 'Side n "
                "av m', two pages): a form of parties, '1 Føremål', '2 Ansvar som einingsleiar' "
                "with general bullets (none), the budget frame and a goals table (none), '5 "
                "Særskilde oppdrag' where 5.1 'Planen skal' is followed by six Word bullets over "
                "the page break (1–6), then S1 and S2 beside advice, 5.2 another oppdrag (none); "
                "plan odfpy → LibreOffice (Liberation Sans 10.5, 'Side n av m'), a TG table, a "
                "measure table with year columns, headings in other words, a late handling, "
                "shared words with a refusal, partial answers", points=g)


# =========================================================================== 3 larm-nattpatrull (sv)
def _sv_css() -> str:
    return (
        "@page{size:A4;margin:15mm 18mm 17mm 18mm;@bottom-left{content:'Norrbäcka kommun · "
        "Ledningssystem för kvalitet · Utskrift';font:7.5pt 'Liberation Sans',sans-serif;"
        "color:#666}@bottom-right{content:'Sida ' counter(page) ' av ' counter(pages);"
        "font:7.5pt 'Liberation Sans',sans-serif;color:#666}}*{-webkit-print-color-adjust:exact;"
        "print-color-adjust:exact}body{font-family:'Liberation Sans',sans-serif;font-size:10.3pt;"
        "line-height:1.5;color:#1e1e1e;margin:0}.top{border-top:6px solid #0b5c6b;padding:8px 0 "
        "6px;display:flex;justify-content:space-between;font-size:8.5pt;color:#444}"
        ".top b{font-size:12pt;color:#0b5c6b}.doc{border:1px solid #b7cdd2;padding:6px 10px;"
        "font-size:8.6pt;margin:8px 0 12px;background:#f1f7f8}.doc span{margin-right:16px}"
        "h1{font-size:17pt;margin:6px 0 4px;color:#0b5c6b}h2{font-size:12pt;margin:15px 0 5px;"
        "color:#0b5c6b;break-after:avoid}p{margin:0 0 7px}table{border-collapse:collapse;"
        "width:100%;margin:4px 0 10px;font-size:9.3pt}th{background:#dcebee;text-align:left;"
        "padding:4px 6px;border:1px solid #a9c3c8}td{padding:4px 6px;border:1px solid #c6d8dc;"
        "vertical-align:top}tr{break-inside:avoid}"
    )


@pair
def larm_nattpatrull(d: Path) -> dict:
    items = [
        "innehålla en rutin för hur ett larm som inte kan tas inom 30 minuter förs vidare till "
        "bakjouren och vem som då åker ut",
        "ange hur stor bemanning nattpatrullen behöver, utifrån larmstatistiken för de senaste "
        "tolv månaderna",
        "beskriva hur larmcentralen och nattpatrullen håller kontakt med varandra när patrullen "
        "är upptagen",
        "säkerställa att all personal som arbetar natt, även timvikarier, utbildas i rutinen",
        "beskriva hur larmloggen följs upp varje månad",
    ]
    s1 = "Handlingsplanen ska därför även omfatta en översyn av trygghetslarmens tekniska funktion."
    s2 = ("Handlingsplanen ska vara klar senast den 31 mars 2057 och redovisas för socialnämndens "
          "arbetsutskott.")
    a = [
        ("title", "Utredning enligt lex Sarah"),
        ("meta", "Rapport och utredning enligt 14 kap. 3 och 6 §§ socialtjänstlagen · Utskrift ur "
                 "verksamhetssystemet"),
        ("form", [["Verksamhet", "Hemtjänst natt, avdelningen Vård och omsorg"],
                  ["Händelsedatum", "14 oktober 2056"],
                  ["Utredare", "Kerstin Dahlgren, kvalitetsutvecklare"],
                  ["Ansvarig", "Anders Vikström, verksamhetschef vård och omsorg"]], [36, 134]),
        ("h1", "1 Vad hände?"),
        ("p", "Natten till den 14 oktober 2056 larmade en kvinna, 91 år, via sitt trygghetslarm "
              "kl. 02.38. Hon bor ensam i Björkslätt och har hemtjänst. Larmet "
              "togs emot av larmcentralen och skickades till nattpatrullens telefon. Patrullen "
              "var då på ett annat besök i Östra Hed, 35 kilometer bort. Personal kom till kvinnan kl. 04.31. Hon hade fallit i badrummet och "
              "legat på golvet i nästan två timmar, och fick åka in till sjukhuset med en "
              "höftfraktur."),
        ("h1", "2 Utredningens underlag"),
        ("p", "Utredaren har talat med personalen i nattpatrullen, enhetschefen och larmcentralens "
              "operatör, och gått igenom larmloggen för oktober 2056 och rutinen från 2049."),
        ("h1", "3 Orsaker"),
        ("p", "Det fanns ingen rutin för vad som ska hända när patrullen inte kan ta ett larm. "
              "Personalen trodde att larmcentralen ringde bakjouren, och larmcentralen trodde att "
              "patrullen gjorde det. Utredningen pekar dessutom på följande:"),
        ("bullets", ["Nattpatrullen består av två medarbetare i en bil för hela kommunen.",
                     "Larmloggen visar att 14 larm under oktober väntade mer än 45 minuter.",
                     "Två av tre timvikarier i nattpatrullen hade inte gått kommunens "
                     "introduktion i larmhantering.",
                     "Ingen har följt upp larmloggen sedan rutinen infördes."]),
        ("h1", "4 Bedömning"),
        ("p", "Förvaltningen bedömer att händelsen är ett allvarligt missförhållande enligt "
              "14 kap. 3 § socialtjänstlagen. Kvinnan fick inte den hjälp hon hade rätt till och "
              "skadades allvarligt. Händelsen anmäls därför till Inspektionen för vård och "
              "omsorg (IVO). Utredningen har också visat att två larm under hösten registrerades två gånger i "
              "larmcentralen och att ett larm från samma område aldrig kom fram. " + s1),
        ("h1", "5 Åtgärder"),
        ("h2", "Åtgärder som redan har vidtagits"),
        ("bullets", ["Från den 16 oktober ringer larmcentralen bakjouren om patrullen inte har "
                     "kvitterat ett larm inom 20 minuter (tillfällig instruktion).",
                     "Kvinnans anhöriga har informerats om händelsen och om utredningen."]),
        ("h2", "Åtgärder för att förhindra att det händer igen"),
        ("p", "Enhetschefen för hemtjänst natt ska ta fram en handlingsplan för larmhanteringen "
              "nattetid. Handlingsplanen ska"),
        *[("typed", f"{i}.", t + (";" if i < len(items) else "."), 6, 3)
          for i, t in enumerate(items, 1)],
        ("p", s2 + " Verksamhetschefen följer upp att åtgärderna genomförs."),
        ("h1", "6 Beslut"),
        ("p", "Utredningen avslutas. Ärendet anmäls till IVO enligt 14 kap. 7 § "
              "socialtjänstlagen. Beslutet fattas av verksamhetschefen enligt socialnämndens "
              "delegationsordning, punkt 9.4."),
        ("form", [["Datum", "2 december 2056"],
                  ["Verksamhetschef", "Anders Vikström"]], [36, 134]),
    ]
    rl_pdf(d / "mandate.pdf", a, title="Utredning enligt lex Sarah – SN 2056/318",
           author="Norrbäcka kommun", family="LS", size=10.2,
           head_left=DROP["larm-nattpatrull"][0], head_right=DROP["larm-nattpatrull"][1],
           foot=lambda n, m: f"Sida {n} av {m}", accent="#0B5C6B", head_fill="#E2E2E2")
    # the numbered items run over the page break
    expect_on_page(d / "mandate.pdf", [(1, "innehålla en rutin för hur ett larm"),
                                       (2, "beskriva hur larmloggen följs upp")])

    stat = [
        ["Januari 2057", "612", "38", "4"],
        ["Februari 2057", "570", "31", "1"],
        ["Mars 2057", "598", "22", "0"],
    ]
    atg = [
        ["Ny rutin för larm som väntar, med bakjour", "Enhetschef hemtjänst natt", "1 maj 2057"],
        ["Statusvisning i surfplatta för patrullen", "Larmsamordnare", "Klar februari 2057"],
        ["Utbildning i den nya rutinen", "Enhetschef hemtjänst natt", "Klar mars 2057"],
        ["Kvartalsvis genomgång av larmloggen", "Enhetschef hemtjänst natt", "Från juli 2057"],
    ]
    body = (
        "<div class='top'><b>Norrbäcka kommun</b><span>Vård och omsorg · Ledningssystem för "
        "kvalitet · Rutiner och planer</span></div>"
        "<h1>Handlingsplan för larmhantering i hemtjänst natt</h1>"
        "<div class='doc'><span>Fastställd av enhetschef Maria Östberg 28 april 2057</span>"
        "<span>Redovisad för socialnämndens arbetsutskott 12 maj 2057</span>"
        "<span>Dnr SN 2056/318</span></div>"
        "<h2>Bakgrund</h2>"
        + paras("I oktober 2056 fick en brukare vänta nästan två timmar på hjälp efter ett larm. "
                "Händelsen utreddes enligt lex Sarah och anmäldes till IVO. Den här planen "
                "beskriver hur hemtjänst natt arbetar med larm från och med maj 2057. Planen har "
                "tagits fram av enhetschefen tillsammans med nattpatrullen och larmcentralen.")
        + "<h2>När patrullen inte hinner</h2>"
        + paras("Om nattpatrullen inte kan vara hos brukaren inom 30 minuter ringer "
                "larmoperatören bakjouren. Bakjouren beslutar om dagpersonalen i beredskap ska "
                "åka ut, eller om ambulans ska larmas, och dokumenterar beslutet i "
                "verksamhetssystemet samma natt. Rutinen gäller från den 1 maj 2057 och ersätter "
                "den tillfälliga instruktionen från oktober.")
        + "<h2>Vem vet vad, och när?</h2>"
        + paras("Sedan februari 2057 har patrullen en surfplatta där den markerar om den är på "
                "ett besök, på väg eller ledig. Larmcentralen ser statusen i realtid. När "
                "patrullen är inne hos en brukare och ett nytt larm kommer, ringer larmcentralen "
                "direkt till bakjouren i stället för att vänta på patrullen.")
        + "<h2>Bemanning</h2>"
        + paras("Nattpatrullen har i dag två medarbetare i en bil. Frågan om en andra bil för "
                "norra kommundelen tas upp i budgetarbetet för 2058.")
        + "<h2>Utbildning</h2>"
        + paras("Alla tillsvidareanställda i nattpatrullen gick en halv dags utbildning i den nya "
                "rutinen i mars 2057. Nya tillsvidareanställda går utbildningen under sin "
                "introduktion.")
        + "<h2>Uppföljning</h2>"
        + paras("Enhetschefen går igenom larmloggen en gång per kvartal och redovisar "
                "väntetiderna på arbetsplatsträffen. Avvikelser rapporteras i kommunens "
                "avvikelsesystem.")
        + "<h2>Larm i siffror</h2>"
        + paras("Tabellen visar antalet larm nattetid och hur många som väntade längre än "
                "30 respektive 45 minuter.")
        + table_html(["Månad", "Larm nattetid", "Väntan över 30 min", "Väntan över 45 min"],
                     stat)
        + "<h2>Trygghetslarmen</h2>"
        + paras("Norrbäcka kommun har digitala trygghetslarm sedan 2055. Larmen hyrs av Trygga "
                "Hem Norr AB och tas emot av företagets larmcentral. Omkring 410 brukare har "
                "trygghetslarm, och larmen testas av brukaren en gång i månaden.")
        + "<h2>Sammanställning av åtgärderna</h2>"
        + table_html(["Åtgärd", "Ansvarig", "Klart"], atg)
    )
    html_pdf(d / "plan.pdf", lang="sv", title="Handlingsplan för larmhantering i hemtjänst natt",
             css=_sv_css(), body=body)
    g = [
        P("1", items[0], "content", "covered", ev="Om nattpatrullen inte kan vara hos brukaren",
          trap="numbered item of the measures in a LEX SARAH-UTREDNING; answered under a heading "
               "in other words ('När patrullen inte hinner'): the operator calls bakjouren, who "
               "decides who goes out"),
        P("2", items[1], "content", "uncovered",
          trap="PUT OFF under 'Bemanning': today's two staff in one car, a second car 'tas upp i "
               "budgetarbetet för 2058' — no need worked out from the alarm statistics (the "
               "table of three months' alarms is no staffing analysis)"),
        P("3", items[2], "content", "covered", ev="Sedan februari 2057 har patrullen",
          trap="answered under a heading that shares no word with the point ('Vem vet vad, och "
               "när?'): status on a tablet, seen in real time, direct call to bakjouren"),
        P("4", items[3], "content", "partial", ev="Alla tillsvidareanställda i nattpatrullen",
          missing=["utbildning av timvikarier och annan personal som arbetar natt"],
          trap="training for permanent staff only, although the point names timvikarier"),
        P("5", items[4], "content", "partial", ev="Enhetschefen går igenom larmloggen",
          missing=["uppföljning varje månad (planen har en gång per kvartal)"],
          trap="a follow-up of the log is described, at a lower frequency than the point asks"),
        P("S1", s1, "content", "uncovered",
          trap="a 'ska' sentence hidden in '4 Bedömning', not in the list; SHARED WORDS under "
               "'Trygghetslarmen': digital since 2055, rented, 410 users, tested monthly by the "
               "user — no review of the technical function or of the double and lost alarms"),
        P("S2", s2, "process", "uncovered",
          trap="the meta box: fastställd 28 April 2057, four weeks after 31 March. Not points: "
               "the form, '1 Vad hände?', the sources, the causes (bullets), the IVO report, "
               "the measures already taken (bullets), the verksamhetschef's follow-up, '6 "
               "Beslut' and the signature"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["larm-nattpatrull"],
                producer="a LEX SARAH-UTREDNING printed from the social services' case system "
                "(reportlab, Liberation Sans 10.6, running head, 'Sida n av m', two pages): a "
                "case form, 'Vad hände?', sources, causes as bullets, '4 Bedömning' with the IVO "
                "report and one 'ska' sentence (S1), '5 Åtgärder' with measures already taken "
                "(none) and 'Handlingsplanen ska' with items 1.–5. typed with a hanging indent "
                "over the page break, S2 beside the verksamhetschef's follow-up, '6 Beslut'; plan "
                "the kommun's quality-system page printed with Chromium (Liberation Sans 10.3, "
                "'Sida n av m'), two tables, headings in other words, a deferral to the budget, "
                "shared words, a wrong frequency, a late plan", points=g)


# =========================================================================== 4 hjaelpemidler-praksis (da)
def _da_css() -> str:
    return (
        "@page{size:A4;margin:16mm 18mm 18mm 18mm;@bottom-left{content:'ankestyrelsen.dk/"
        "praksisundersoegelser/hjaelpemidler-2056';font:7.5pt 'DejaVu Sans',sans-serif;"
        "color:#777}@bottom-right{content:counter(page) '/' counter(pages);font:7.5pt "
        "'DejaVu Sans',sans-serif;color:#777}}*{-webkit-print-color-adjust:exact;"
        "print-color-adjust:exact}body{font-family:'DejaVu Sans',sans-serif;font-size:9.7pt;"
        "line-height:1.55;color:#222;margin:0}.hd{background:#14365d;color:#fff;padding:9px 12px;"
        "display:flex;justify-content:space-between;align-items:center}.hd b{font-size:14pt;"
        "letter-spacing:.5px}.hd span{font-size:8pt}.crumbs{font-size:7.8pt;color:#555;"
        "margin:7px 0 12px}h1{font-size:15.5pt;line-height:1.3;margin:0 0 5px;color:#14365d}"
        ".meta{font-size:8.3pt;color:#666;margin:0 0 12px}h2{font-size:11.5pt;margin:16px 0 5px;"
        "color:#14365d;break-after:avoid}p{margin:0 0 7px}ul{margin:0 0 9px;padding-left:20px}"
        "li{margin:0 0 4px}table{border-collapse:collapse;margin:4px 0 10px;font-size:9pt}"
        "th{background:#e1e8f0;text-align:left;padding:4px 8px;border:1px solid #b5c3d3}"
        "td{padding:4px 8px;border:1px solid #cdd6e0}.fact{border-left:4px solid #14365d;"
        "background:#f2f5f9;padding:7px 12px;margin:12px 0;font-size:8.8pt}"
    )


@pair
def hjaelpemidler_praksis(d: Path) -> dict:
    anb = [
        "sikrer, at det fremgår af sagen, hvilke oplysninger om borgerens funktionsevne "
        "afgørelsen bygger på",
        "partshører borgeren, før der træffes afgørelse på grundlag af oplysninger, som borgeren "
        "ikke selv har givet",
        "begrunder afslag ved at forholde sig konkret til betingelserne i § 112 og til borgerens "
        "situation",
        "giver klagevejledning i alle afgørelser, også når borgeren kun får delvist medhold",
        "overholder de frister for sagsbehandlingen, som kommunalbestyrelsen selv har fastsat",
    ]
    s1 = ("Ankestyrelsen beder kommunen om at udarbejde en handleplan for, hvordan anbefalingerne "
          "følges op, og sende den til Ankestyrelsen senest den 1. marts 2057.")
    s2 = ("Handleplanen skal også beskrive, hvad kommunen gør i de fire sager, der ville være "
          "blevet hjemvist.")
    res = [["Afgørelsen er i overensstemmelse med regler og praksis", "5"],
           ["Afgørelsen ville være blevet ændret", "3"],
           ["Afgørelsen ville være blevet hjemvist", "4"],
           ["I alt", "12"]]
    body = (
        "<div class='hd'><b>ANKESTYRELSEN</b><span>Praksisundersøgelser · Kommunetilbagemelding"
        "</span></div>"
        "<div class='crumbs'>Forside › Praksis › Praksisundersøgelser › Hjælpemidler 2056 › "
        "Tilbagemelding til kommunerne</div>"
        "<h1>Tilbagemelding til Bjørnevad Kommune: praksisundersøgelse om hjælpemidler efter "
        "servicelovens § 112</h1>"
        "<div class='meta'>Offentliggjort 12. november 2056 · J.nr. 56-41207 · Kontor for "
        "Praksiskoordinering</div>"
        "<h2>Sammenfatning</h2>"
        + paras("Ankestyrelsen har gennemgået 12 afgørelser fra Bjørnevad Kommune om hjælpemidler "
                "efter servicelovens § 112, truffet i perioden 1. januar til 30. juni 2056. "
                "Undersøgelsen er en del af en landsdækkende praksisundersøgelse, som otte "
                "kommuner deltog i. Ankestyrelsen vurderer, at 5 af de 12 afgørelser er i "
                "overensstemmelse med regler og praksis, mens 7 afgørelser ville være blevet "
                "ændret eller hjemvist, hvis de var blevet påklaget.")
        + table_html(["Ankestyrelsens vurdering", "Antal afgørelser"], res)
        + "<h2>Det viser undersøgelsen</h2>"
        + paras("I fire sager manglede der oplysninger om borgerens funktionsevne, eller det "
                "fremgik ikke, hvilke oplysninger kommunen havde lagt vægt på. I tre sager "
                "traf kommunen afgørelse på grundlag af en udtalelse fra en ergoterapeut, som "
                "borgeren ikke havde fået lejlighed til at kommentere.",
                "Flere afslag var begrundet med en generel henvisning til loven, uden at kommunen "
                "forholdt sig til borgerens konkrete situation. To afgørelser om delvist afslag "
                "manglede klagevejledning. I fem sager var sagsbehandlingstiden længere end de "
                "frister, kommunen selv har offentliggjort.")
        + "<h2>Ankestyrelsens anbefalinger</h2>"
        + paras("Ankestyrelsen anbefaler, at Bjørnevad Kommune:")
        + "<ul>" + "".join(f"<li>{e(t)}</li>" for t in anb) + "</ul>"
        + "<h2>Kommunens opfølgning</h2>"
        + paras("Efter retssikkerhedsloven skal kommunalbestyrelsen behandle resultatet af "
                "undersøgelsen på et møde. " + s1 + " " + s2,
                "Ankestyrelsen tilbyder et dialogmøde om resultaterne. Kontakt fuldmægtig "
                "Sidsel Brøndum for at aftale et møde.")
        + "<h2>Om undersøgelsen</h2>"
        + paras("Ankestyrelsen udvalgte afgørelserne tilfældigt blandt de afgørelser, kommunen "
                "havde indsendt. Sagerne er vurderet af to juridiske konsulenter og en "
                "ergoterapeut. Den samlede rapport for alle otte kommuner findes på "
                "ankestyrelsen.dk.")
        + "<div class='fact'>Ankestyrelsens praksisundersøgelser skal bidrage til, at borgerne "
          "får korrekte afgørelser første gang. Undersøgelserne er ikke en klagesag, og "
          "afgørelserne i de gennemgåede sager ændres ikke af Ankestyrelsen.</div>"
    )
    html_pdf(d / "mandate.pdf", lang="da", title="Tilbagemelding til Bjørnevad Kommune – "
             "praksisundersøgelse om hjælpemidler", css=_da_css(), body=body)
    # S1 in 'Kommunens opfølgning' runs over the page break
    expect_on_page(d / "mandate.pdf", [(1, "udarbejde en handleplan for, hvordan anbefalingerne"),
                                       (2, "følges op, og sende den til Ankestyrelsen")])

    tiltak = [
        ["1", "Ny skabelon til sagsnotat med et fast afsnit 'Borgerens funktionsevne', som skal "
         "udfyldes, før der træffes afgørelse", "Teamleder, visitation", "1. april 2057"],
        ["2", "Afgørelsesbreve om afslag gennemgår hver betingelse i § 112 for sig og knytter "
         "den til borgerens oplysninger", "Faglig koordinator", "1. april 2057"],
        ["3", "Klagevejledning indsættes automatisk i alle breve om afslag", "Systemansvarlig",
         "1. marts 2057"],
        ["4", "Juridisk kvalitetstjek af ti tilfældigt udvalgte afgørelser hvert kvartal",
         "Juridisk konsulent", "Fra 2. kvartal 2057"],
    ]
    tider = [["Kropsbårne hjælpemidler", "6 uger", "9 uger"],
             ["Ganghjælpemidler og kørestole", "8 uger", "10 uger"],
             ["Boligindretning", "12 uger", "17 uger"]]
    p = [
        ("title", "Handleplan efter Ankestyrelsens praksisundersøgelse om hjælpemidler"),
        ("meta", "Bjørnevad Kommune · Sundhed og Omsorg, Visitation og Hjælpemidler · Godkendt af "
                 "Social- og Sundhedsudvalget 18. februar 2057 · Sendt til Ankestyrelsen "
                 "24. februar 2057"),
        ("h1", "1 Baggrund"),
        ("p", "Ankestyrelsen gennemgik i 2056 tolv af vores afgørelser om hjælpemidler. Syv af dem "
              "ville være blevet ændret eller hjemvist, hvis borgeren havde klaget. Det er ikke "
              "godt nok. Resultatet blev behandlet i Social- og Sundhedsudvalget 14. januar 2057 "
              "og drøftet på et personalemøde i Visitation og Hjælpemidler 21. januar."),
        ("p", "Visitation og Hjælpemidler træffer hvert år omkring 2.300 afgørelser om "
              "hjælpemidler og boligindretning. Der er 14 medarbejdere, heraf ni ergoterapeuter."),
        ("h1", "2 Vores indsatser"),
        ("p", "Tabellen viser, hvad vi gør, hvem der har ansvaret, og hvornår det skal være på "
              "plads."),
        ("table", ["Nr.", "Indsats", "Ansvarlig", "Hvornår"], tiltak, [10, 92, 36, 32]),
        ("h1", "3 Partshøring"),
        ("p", "Partshøring er en vigtig del af borgerens retssikkerhed. Emnet blev drøftet på "
              "personalemødet 21. januar, hvor medarbejderne var enige om, at det skal have "
              "større opmærksomhed i det daglige arbejde."),
        ("h1", "4 Sagsbehandlingstider"),
        ("p", "Tabellen viser kommunalbestyrelsens frister og den gennemsnitlige "
              "sagsbehandlingstid i 2056."),
        ("table", ["Område", "Frist", "Gennemsnit 2056"], tider, [70, 30, 40]),
        ("p", "Med den nuværende bemanning kan vi ikke nå fristerne i alle sager. Vi foreslår i "
              "stedet, at fristen for kropsbårne hjælpemidler hæves til 10 uger, når "
              "kommunalbestyrelsen reviderer fristerne i 2058."),
        ("h1", "5 De hjemviste sager"),
        ("p", "Tre af de fire sager, som Ankestyrelsen ville have hjemvist, er genoptaget og "
              "afgjort på ny. I to af dem har borgeren fået bevilget hjælpemidlet."),
        ("h1", "6 Opfølgning"),
        ("p", "Teamleder for visitationen følger op på handleplanen hvert kvartal. Social- og "
              "Sundhedsudvalget får en status i september 2057. Vi måler effekten sådan:"),
        ("table", ["Mål", "Måles ved", "Niveau i 2058"],
         [["Afgørelser med afsnittet om funktionsevne udfyldt", "Det kvartalsvise "
           "kvalitetstjek", "100 %"],
          ["Afgørelser, som Ankestyrelsen ændrer eller hjemviser ved klage", "Ankestyrelsens "
           "Danmarkskort", "Under 20 %"],
          ["Borgere, der oplever at være blevet hørt", "Brugerundersøgelse i "
           "hjælpemiddelområdet", "Mindst 80 %"]], [62, 62, 46]),
        ("p", "Handleplanen er udarbejdet af teamleder for visitationen sammen med den "
              "juridiske konsulent og to medarbejderrepræsentanter. Spørgsmål kan rettes til "
              "Visitation og Hjælpemidler på telefon 87 64 21 00."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Handleplan – praksisundersøgelse om hjælpemidler",
           author="Bjørnevad Kommune", family="LS", size=10.4,
           head_left="Bjørnevad Kommune · Sundhed og Omsorg",
           head_right="Handleplan hjælpemidler 2057", foot=lambda n, m: f"Side {n} af {m}",
           accent="#7A2E1C", head_fill="#F1E4DF")
    g = [
        P("1", anb[0], "content", "covered", ev="Ny skabelon til sagsnotat",
          trap="a bullet of the recommendations in ANKESTYRELSEN's PRAKSISUNDERSØGELSE "
               "(feedback to one kommune); answered by a row of the measure table in other words "
               "('et fast afsnit Borgerens funktionsevne')"),
        P("2", anb[1], "content", "uncovered",
          trap="SHARED WORDS under the heading 'Partshøring': discussed at a staff meeting, "
               "'større opmærksomhed' — no change in how borgere are heard; the indicator "
               "'Borgere, der oplever at være blevet hørt' on page 2 measures a feeling, it "
               "sets up no partshøring"),
        P("3", anb[2], "content", "covered", ev="Afgørelsesbreve om afslag gennemgår",
          trap="a table row: each condition of § 112 gone through and tied to the borger's "
               "information"),
        P("4", anb[3], "content", "partial", ev="Klagevejledning indsættes automatisk",
          missing=["klagevejledning i afgørelser med delvist medhold"],
          trap="klagevejledning only in letters of afslag; the point names partial medhold"),
        P("5", anb[4], "content", "uncovered",
          trap="a REFUSAL under 'Sagsbehandlingstider': the fristerne cannot be met, the plan "
               "proposes to raise one instead"),
        P("S1", s1, "process", "covered",
          ev="Bjørnevad Kommune · Sundhed og Omsorg, Visitation og Hjælpemidler",
          trap="the meta line: sent to Ankestyrelsen 24 February 2057, before 1 March"),
        P("S2", s2, "content", "partial", ev="Tre af de fire sager",
          missing=["hvad der sker i den fjerde sag"],
          trap="three of the four cases accounted for. Not points: the findings, the results "
               "table, the law's duty on the kommunalbestyrelse, the offer of a dialogue "
               "meeting, 'Om undersøgelsen' and the fact box"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["hjaelpemidler-praksis"],
                producer="ANKESTYRELSEN's PRAKSISUNDERSØGELSE feedback to one kommune, printed "
                "from the authority's web site with Chromium (DejaVu Sans 9.7, the site's bar and "
                "crumbs, URL and 'n/m' in the page margin, two pages): a summary with a results "
                "table, findings (none), 'Ankestyrelsen anbefaler, at Bjørnevad Kommune:' and five "
                "<li> recommendations (1–5), 'Kommunens opfølgning' with the law's duty (none), "
                "S1, S2 and an offer of a meeting (none); plan reportlab (Liberation Sans 10.4, "
                "'Side n af m'), a measure table and a table of deadlines, shared words, a "
                "refusal, partial answers", points=g)


# =========================================================================== 5 self-neglect-sar (en)
@pair
def self_neglect_sar(d: Path) -> dict:
    recs = [
        ("1", "Safeguarding Adults Board",
         "The Board should refresh its multi-agency self-neglect and hoarding guidance and "
         "publish it by March 2058."),
        ("2", "Adult Social Care",
         "Adult Social Care should ensure that when a person declines an assessment, the "
         "person's capacity to make that decision is considered and recorded, and that the case "
         "is not closed without a discussion with a manager."),
        ("3", "Wyeside Integrated Care Board",
         "The Integrated Care Board should ensure that GP practices record when a patient is "
         "known to hoard and, with consent, share this with the Fire and Rescue Service."),
        ("4", "Adult Social Care",
         "Adult Social Care should use the Clutter Image Rating in every assessment where "
         "hoarding is suspected, and refer the person for a Home Fire Safety Visit when the "
         "rating is 4 or higher."),
        ("5", "Adult Social Care and the Housing Service",
         "Adult Social Care, with the council's Housing Service, should set up a multi-agency "
         "risk management meeting for adults who self-neglect and refuse support, with a named "
         "lead professional for each case."),
        ("6", "Calderbridge and Wyeside Fire and Rescue Service",
         "The Fire and Rescue Service should offer a Home Fire Safety Visit within ten working "
         "days to every resident referred by a partner agency."),
        ("7", "All agencies",
         "All agencies should make sure that their frontline staff are trained in professional "
         "curiosity and know how to raise a safeguarding concern about self-neglect."),
        ("8", "Adult Social Care",
         "Adult Social Care should audit a sample of closed self-neglect cases twelve months "
         "after closure and report the findings to the Board."),
        ("9", "Thornbury Homes",
         "Thornbury Homes should visit every tenant aged over 70 who lives alone at least once a "
         "year."),
    ]
    s1 = ("The action plan should set out, for each recommendation, the actions to be taken, the "
          "lead officer and the target date.")
    s2 = "Action plans are to be submitted to the Board's Case Review Subgroup by 31 January 2058."
    a = [
        ("title", "Safeguarding Adults Review: Mr D"),
        ("meta", "Executive summary · Commissioned under section 44 of the Care Act 2014 · "
                 "Independent reviewer: Dr Helen Aldous · Published 3 October 2057"),
        ("h1", "1. Introduction"),
        ("p", "Mr D was 74 when he died in a fire at his flat in Gorse Lane, Calderbridge, "
              "in March 2056. He lived alone in a two-bedroom flat rented from Thornbury Homes. "
              "The flat was so full of belongings that firefighters could not reach the bedroom. "
              "In the two years before his death, Mr D was known to his GP practice, to Adult "
              "Social Care, to Thornbury Homes and to the Fire and Rescue Service."),
        ("p", "In May 2056 the Board agreed that the criteria for a Safeguarding Adults Review "
              "under section 44 of the Care Act 2014 were met. The review looked at the period "
              "from January 2054 to March 2056. Mr D's sister took part in the review, and the "
              "Board is grateful for her help."),
        ("h1", "2. What the review found"),
        ("bullets", ["Mr D declined a care assessment three times in 2055. Each time his case was "
                     "closed without anyone considering whether he could make that decision.",
                     "Several agencies saw the clutter in his home but described it in different "
                     "ways; no one used a shared measure of how serious it was.",
                     "No agency took the lead, and there was never a meeting where everyone "
                     "involved shared what they knew.",
                     "Staff were reluctant to ask about the state of the home for fear of "
                     "damaging their relationship with Mr D.",
                     "A Home Fire Safety Visit was offered once, by letter, and not followed up."]),
        ("h1", "3. Recommendations"),
        ("p", "The recommendations are addressed to the Board and to the agencies named. They "
              "are numbered as in the full report."),
    ]
    for n, who, t in recs:
        a += [("h2", f"Recommendation {n} ({who})"), ("p", t)]
    a += [
        ("h1", "4. Next steps"),
        ("p", "Each agency named in a recommendation is asked to prepare an action plan in "
              "response to the recommendations addressed to it. " + s1 + " " + s2 + " The "
              "Subgroup will monitor progress and report to the Board every six months."),
        ("p", "The full report is available from the Board's business unit on request. A "
              "seven-minute briefing for practitioners will be published with this summary."),
    ]
    rl_pdf(d / "mandate.pdf", a, title="Safeguarding Adults Review: Mr D – Executive summary",
           author="Calderbridge Safeguarding Adults Board", family="LS", size=10.8,
           head_left=DROP["self-neglect-sar"][0], head_right=DROP["self-neglect-sar"][1],
           foot=lambda n, m: f"{n}", accent="#4B2C6B", head_fill="#E8E2EE")
    # recommendation 5's label ends page 1, its text opens page 2
    expect_on_page(d / "mandate.pdf", [(1, "Recommendation 5 (Adult Social Care and the Housing"),
                                       (2, "Adult Social Care, with the council's Housing")])

    rows = [
        ["2", "Manager sign-off before a case is closed after a declined assessment; new "
         "'Declined support' form", "Head of Assessment", "Done (Dec 2057)", "Green"],
        ["4", "Add the Clutter Image Rating to the adult social care assessment and train "
         "assessors to use it", "Principal Occupational Therapist", "March 2058", "Amber"],
        ["7", "Half-day workshop on professional curiosity for all social workers and "
         "occupational therapists", "Principal Social Worker", "April 2058", "Amber"],
        ["8", "Look back at 20 self-neglect cases closed in 2057, one year after closure; "
         "findings to the Board's Quality and Performance Subgroup", "Head of Quality "
         "Assurance", "", "Not started"],
    ]
    p = [
        ("title", "Safeguarding Adults Review Mr D: Adult Social Care Action Plan"),
        ("meta", "Calderbridge City Council · Adults, Health and Wellbeing · Version 1.2 · "
                 "Submitted to the CSAB Case Review Subgroup on 19 January 2058"),
        ("h1", "1. Purpose of this plan"),
        ("p", "This plan sets out how Adult Social Care will respond to the Safeguarding Adults "
              "Review into the death of Mr D, published by the Calderbridge Safeguarding Adults "
              "Board in October 2057. It covers the recommendations addressed to Adult Social "
              "Care and our part of recommendation 7, which is addressed to all agencies."),
        ("p", "We accept the findings of the review. Mr D's wish to be left alone was respected, "
              "but we did not ask whether he understood the risk he was living with, and we did "
              "not bring the people who knew him together."),
        ("h1", "2. What we changed straight away"),
        ("p", "Since 1 December 2057, a case where a person declines an assessment can only be "
              "closed by a team manager. Before the case goes to the manager, the social worker "
              "completes the new 'Declined support' form, which records how the person's "
              "capacity to make the decision was considered and what the person was told about "
              "the risks."),
        ("p", "A learning briefing on the review was sent to every adult social care team in "
              "November 2057 and discussed in team meetings."),
        ("h1", "3. Actions"),
        ("p", "The table lists each action, the officer who leads it and when it will be "
              "completed. RAG status as at January 2058."),
        ("table", ["Rec.", "Action", "Lead", "By when", "Status"], rows,
         [1.2, 7.6, 3.6, 2.4, 1.8]),
        ("h1", "4. Working with partners"),
        ("p", "Many people who self-neglect are known to several agencies. We work closely with "
              "the Housing Service, Thornbury Homes, the Fire and Rescue Service and GP "
              "practices, and we take part in the Board's subgroups. Whether a separate "
              "multi-agency meeting for people who self-neglect is needed will be considered by "
              "the Board when it refreshes its self-neglect and hoarding guidance."),
        ("h1", "5. Monitoring"),
        ("p", "Progress on this plan is reported every month to the Adult Social Care leadership "
              "team and every six months to the Board. The Director of Adult Social Services "
              "is accountable for the plan."),
        ("h1", "6. How we will know it has made a difference"),
        ("bullets", ["No case is closed after a declined assessment without a recorded capacity "
                     "consideration (checked in the monthly case file audit).",
                     "Fewer repeat referrals for the same person within twelve months.",
                     "People who use our services, and their families, tell us they were listened "
                     "to (annual survey)."]),
        ("p", "We will also ask Mr D's sister whether she would like to hear how the plan has "
              "been carried out, and share a summary with her if she wishes."),
        ("h1", "7. Equality impact"),
        ("p", "An equality screening was completed in January 2058. The changes apply to all "
              "adults in contact with Adult Social Care and are expected to benefit older people "
              "and disabled people in particular. No negative impact was found."),
    ]
    docx_pdf(d / "plan.pdf", p, title="SAR Mr D – Adult Social Care Action Plan",
             author="Calderbridge City Council", font="Liberation Sans", size=10.5, lang="en-GB",
             header="Calderbridge City Council · SAR Mr D Action Plan",
             footer="Page {PAGE} of {NUMPAGES}", accent="4B2C6B", head_fill="E8E2EE")
    t = {n: x for n, _, x in recs}
    g = [
        P("2", t["2"], "content", "covered", ev="Since 1 December 2057, a case where",
          trap="a recommendation of a SAFEGUARDING ADULTS REVIEW addressed to Adult Social Care; "
               "answered in past tense under 'What we changed straight away' (manager closure, "
               "capacity recorded on the 'Declined support' form)"),
        P("4", t["4"], "content", "partial", ev="Add the Clutter Image Rating",
          missing=["referral for a Home Fire Safety Visit when the rating is 4 or higher"],
          trap="the rating added to the assessment; the fire referral the point ties to it is "
               "never named"),
        P("5", t["5"], "content", "uncovered",
          trap="SHARED WORDS and a deferral under 'Working with partners': 'we work closely "
               "with' the same partners, and whether a multi-agency meeting is needed is left to "
               "the Board's refresh of its guidance — no meeting set up, no lead professional"),
        P("7", t["7"], "content", "partial", ev="Half-day workshop on professional curiosity",
          missing=["training in raising a safeguarding concern about self-neglect",
                   "frontline staff other than social workers and occupational therapists"],
          trap="recommendation to ALL AGENCIES, the council's part; professional curiosity only"),
        P("8", t["8"], "content", "covered", ev="Look back at 20 self-neglect cases",
          trap="answered in other words ('look back' for audit, 'one year after closure', a "
               "subgroup of the Board)"),
        P("S1", s1, "deliverable", "partial", ev="The table lists each action",
          missing=["a target date for recommendation 8 (empty cell)",
                   "actions, lead and date for recommendation 5"],
          trap="a table with Lead and By when columns, one date cell empty and one "
               "recommendation outside the table"),
        P("S2", s2, "process", "covered", ev="Calderbridge City Council · Adults",
          trap="the meta line: submitted 19 January 2058, before 31 January. Not points: "
               "recommendations 1 (the Board), 3 (the ICB), 6 (the fire service) and 9 (Thornbury "
               "Homes), the findings, the Subgroup's monitoring, the full report and the "
               "briefing"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["self-neglect-sar"],
                producer="a SAFEGUARDING ADULTS REVIEW executive summary from a Safeguarding Adults "
                "Board (reportlab, Liberation Sans 10.8, running head, page number, two pages): "
                "introduction, findings as bullets (none), '3. Recommendations' as nine labelled "
                "paragraphs 'Recommendation n (agency)' over the page break, of which those to "
                "Adult Social Care (2, 4, 5, 8) and to all agencies (7) are points, '4. Next "
                "steps' with S1 and S2 beside the Subgroup's monitoring; plan python-docx → "
                "LibreOffice (Liberation Sans 10.5, en-GB, 'Page n of m'), an action table with "
                "an empty date cell and a RAG column, past tense, shared words with a deferral",
                points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them (point texts in the mandate with
    batch 47's check_texts on this folder, then the gold quotes on their pages), or --twice:
    build everything twice and compare the sha256 of every file (pairkit.mandates_main)."""
    if argv[:1] == ["--verify"]:
        _b47.HERE, _b47.DROP = HERE, DROP
        bad = _b47.check_texts(argv[1:] or list(PAIRS))
        for b in bad:
            print(b)
        if bad:
            raise SystemExit(f"verify: {len(bad)} point text(s) not printed")
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind57/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
