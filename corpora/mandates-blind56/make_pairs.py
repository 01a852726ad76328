"""Build the fifty-sixth blind batch of mandate/plan pairs under corpora/mandates-blind56/ and their gold.

Written on 2026-12-08 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: a bokmål MEKLINGSPROTOKOLL from the Statsforvalter (python-docx →
LibreOffice) after innsigelser to a kommuneplanens arealdel, whose points are the conditions on
which one innsigelse is withdrawn (a kantsoneplan with six numbered items running over a page
break, two sentences after them and one more in 'Andre forhold'), the other innsigelser, the
participants, the kommune's own undertaking, a 'bør' line and the advice being none; a nynorsk
EVALUERINGSRAPPORT ETTER ØVING (odfpy → LibreOffice) whose points are the recommendations of
the læringspunkt the kommunedirektør sent to the plan (L1, L2, L4, L5, L7) and two sentences of
'Oppfølging', while L3 and L6 (sent to a training plan), 'Dette fungerte godt' and the exercise
goals are none; a Swedish SKYDDSRONDSPROTOKOLL (reportlab, a case system's print) whose points
are the rows marked 'Brist' of a checklist table and three sentences under 'Åtgärder och
uppföljning', the 'OK' rows, the property owner's row and the next round being none; a Danish
SKOLEBESTYRELSESPRINCIP printed from the school's web site (HTML → Chromium) whose points are
the six items the bevægelsesplan 'skal' hold and two sentences after them, the law, purpose,
the board's values, advice to parents and money being none; and a US county BUDGET ORDINANCE'S
PROVISO (reportlab) whose points are the items A.–F. of one proviso, its filing sentence and a
consultation sentence, the expenditure restriction, the release motion, another proviso with
its own lettered items and the other sections being none. Plans answer as real ones do:
headings that restate a point in other words, answers in tables, process facts in the past
tense, deferrals, refusals, words shared without an answer, a late handling, a plan that
quotes its mandate in an appendix.

    python corpora/mandates-blind56/make_pairs.py               # all pairs
    python corpora/mandates-blind56/make_pairs.py --verify      # point texts and gold quotes
    python corpora/mandates-blind56/make_pairs.py --twice       # build twice, compare sha256

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
    "kantsoner": ("Statsforvalteren i Øvre Dal · Protokoll fra mekling",),
    "stengd-veg": ("Nordhammar kommune · Evalueringsrapport Øving Stengd veg 2055",),
    "arbetsmiljo-forskola": ("Ramsviks kommun · Skyddsrondsprotokoll",
                             "Förskolan Kvistgården · 2056-02-03"),
    "bevaegelse": ("horbylundskole.dk/om-skolen/principper/bevaegelse",),
    "illegal-dumping": ("Ordinance 21644", "Tamarack County Council"),
}


# =========================================================================== 1 kantsoner (nb)
@pair
def kantsoner(d: Path) -> dict:
    items = [
        "kartlegge kantvegetasjonen langs begge vassdragene, med bredde, tresjikt og tilstand for "
        "hver delstrekning",
        "fastsette minste bredde på kantsonen for hver delstrekning, og begrunne der bredden settes "
        "lavere enn 15 meter",
        "vise hvordan gjerder, brygger og andre stengsler som hindrer allmenn ferdsel langs "
        "elvebredden, skal fjernes eller åpnes",
        "inneholde tiltak for å reetablere kantvegetasjon der den er fjernet, prioritert etter "
        "betydning for vannkvalitet og naturmangfold",
        "beskrive hvordan skjøtsel av kantsonene på privat grunn skal avtales med grunneierne",
        "vurdere behovet for vegetasjonsbelter mot dyrka mark for å redusere avrenning av jord og "
        "næringsstoffer til vassdragene",
    ]
    s1 = "Kantsoneplanen skal vedtas av kommunestyret innen 31. desember 2056."
    s2 = "Planforslaget skal forelegges Statsforvalteren før det legges ut til offentlig ettersyn."
    s3 = ("Partene er enige om at kantsoneplanen også skal omfatte Gråbekken, også strekningen "
          "gjennom sentrum der bekken i dag ligger i rør.")
    a = [
        ("title", "Protokoll fra mekling"),
        ("meta", "Kommuneplanens arealdel 2055–2067 for Bjørkhaug kommune · Vår ref. 2055/2218 · "
                 "Meklingsmøte 6. november 2055, Bjørkhaug rådhus, kl. 09.30–15.10"),
        ("h1", "Til stede"),
        ("form", [
            ["Statsforvalteren i Øvre Dal", "Statsforvalter Torgeir Hamnvik (meklingsleder), "
             "seniorrådgiver Line Aasgård (referent)"],
            ["Bjørkhaug kommune", "Ordfører Arvid Kleppen, varaordfører Sunniva Kvitstein, "
             "kommunedirektør Bente Melbø, arealplanlegger Øystein Rindal"],
            ["NVE", "Senioringeniør Marte Lysebu"],
            ["Øvre Dal fylkeskommune", "Rådgiver kulturminner Per Ivar Stavnum"],
            ["Statsforvalteren, klima og miljø", "Fagdirektør Hilde Gjærum"],
        ], [5.2, 11.2]),
        ("h1", "1 Bakgrunn"),
        ("p", "Kommunestyret i Bjørkhaug vedtok 19. mai 2055 å legge forslag til kommuneplanens "
              "arealdel ut til offentlig ettersyn. Innen fristen kom det innsigelser fra Norges "
              "vassdrags- og energidirektorat (NVE), Øvre Dal fylkeskommune og Statsforvalteren. "
              "Kommunen har bedt om mekling etter plan- og bygningsloven § 5-6."),
        ("p", "Meklingen skal finne løsninger som partene kan slutte seg til, slik at planen kan "
              "vedtas uten at innsigelsene må sendes departementet. Meklingslederen har ingen "
              "myndighet til å avgjøre saken."),
        ("h1", "2 Innsigelsene og resultatet av meklingen"),
        ("h2", "2.1 NVE – flomfare i boligområde B7 Leirmoen"),
        ("p", "NVE fremmet innsigelse fordi B7 ligger innenfor aktsomhetsområde for flom langs "
              "Leirelva. Partene ble enige om at den nedre delen av B7, under kote 212, tas ut av "
              "planen og vises som LNF-område. NVE trekker med dette innsigelsen."),
        ("h2", "2.2 Fylkeskommunen – kulturmiljøet på Kvitsteintunet"),
        ("p", "Fylkeskommunen opprettholder innsigelsen mot fritidsboligområdet F3 ved "
              "Kvitsteintunet. Partene kom ikke til enighet. Vedtar kommunestyret planen med F3, "
              "sendes saken til departementet for avgjørelse."),
        ("h2", "2.3 Statsforvalteren – byggegrense mot Leirelva og Lauvbekken"),
        ("p", "Statsforvalteren fremmet innsigelse fordi planforslaget satte byggegrensen mot "
              "vassdrag til 20 meter, mot 50 meter i gjeldende plan, uten at virkningene for "
              "kantvegetasjon, naturmangfold og allmenn ferdsel var utredet. Kommunen har vist "
              "til at en generell grense på 50 meter hindrer fortetting i sentrum."),
        ("p", "Partene ble enige om følgende løsning: Byggegrensen settes til 50 meter utenfor "
              "sentrumsformålet og til 20 meter innenfor. Statsforvalteren trekker innsigelsen på "
              "vilkår av at kommunen utarbeider en plan for kantsonene langs Leirelva og "
              "Lauvbekken (kantsoneplan). Kantsoneplanen skal:"),
        *[("typed", f"{i}.", t + (";" if i < len(items) else "."), 0.7, 0.4)
          for i, t in enumerate(items, 1)],
        ("p", s1 + " Statsforvalteren bør inviteres til å delta i en faggruppe for arbeidet. "
              + s2),
        ("p", "Fram til kantsoneplanen er vedtatt, vil kommunen ikke gi dispensasjon fra "
              "byggegrensen mot vassdrag innenfor sentrumsformålet."),
        ("h1", "3 Andre forhold"),
        ("p", "Under meklingen ble også Gråbekken drøftet, som renner fra Nordseter gjennom "
              "Bjørkhaug sentrum og ut i Leirelva. " + s3),
        ("p", "Statsforvalteren anbefaler at kommunen ved neste rullering av arealdelen vurderer "
              "å vise kantsonene som hensynssone. Dette er et råd og ikke et vilkår for å trekke "
              "innsigelsen."),
        ("h1", "4 Videre behandling"),
        ("p", "Meklingsresultatet forutsetter at kommunestyret slutter seg til det. Kommunen "
              "sender kommunestyrets vedtak til Statsforvalteren og til partene. Protokollen er "
              "gjennomgått og godkjent av partene i møtet."),
        ("form", [["For Statsforvalteren", "Torgeir Hamnvik (sign.)"],
                  ["For Bjørkhaug kommune", "Arvid Kleppen (sign.)"],
                  ["For NVE", "Marte Lysebu (sign.)"],
                  ["For Øvre Dal fylkeskommune", "Per Ivar Stavnum (sign.)"]], [5.2, 11.2]),
    ]
    docx_pdf(d / "mandate.pdf", a, title="Protokoll fra mekling – kommuneplanens arealdel Bjørkhaug",
             author="Statsforvalteren i Øvre Dal", font="Liberation Sans", size=10.5,
             lang="nb-NO", header=DROP["kantsoner"][0], footer="Side {PAGE} av {NUMPAGES}",
             accent="2B2B2B", head_fill="EDEDED")
    # the list of the kantsoneplan's items runs over the page break (item 1 on page 1)
    expect_on_page(d / "mandate.pdf", [(1, "tresjikt og tilstand for hver delstrekning"),
                                       (2, "fastsette minste bredde på kantsonen")])

    strek = [
        ["L1", "Leirelva, Leirmoen–Sagbrua", "2,4 km", "10–30 m", "Gråor og bjørk", "God"],
        ["L2", "Leirelva, Sagbrua–sentrum", "1,1 km", "0–8 m", "Spredte trær",
         "Dårlig: plen og mur helt ned til vannet"],
        ["L3", "Leirelva, sentrum–Rindalen", "3,2 km", "5–15 m", "Gråor",
         "Middels: avbrutt ved gangbru og båtplasser"],
        ["L4", "Leirelva, Rindalen–kommunegrensa", "4,0 km", "20–40 m", "Gran og gråor", "God"],
        ["B1", "Lauvbekken, Lauvtjern–Nordre Lauv", "1,8 km", "5–10 m", "Bjørk og vier",
         "Middels"],
        ["B2", "Lauvbekken, Nordre Lauv–samløpet", "0,9 km", "0–3 m", "Ingen",
         "Dårlig: dyrka mark helt ned til bekken"],
        ["G1", "Gråbekken, Nordseter–Torget", "1,3 km", "3–8 m", "Bjørk", "Middels"],
    ]
    bredde = [["L1", "15 m"], ["L2", "5 m"], ["L3", "10 m"], ["L4", "20 m"], ["B1", "10 m"],
              ["B2", "6 m"], ["G1", "8 m"]]
    tiltak = [
        ["1", "Plante gråor og vier langs bekken, 600 m", "B2", "2057", "Landbrukskontoret"],
        ["1", "Erstatte plen med busker og trær langs promenaden", "L2", "2057–2058",
         "Park og idrett"],
        ["2", "Plante trær der kantsonen er brutt ved gangbrua og båtplassene", "L3",
         "2058–2059", "Park og idrett"],
        ["3", "Supplere med bjørk og selje i glissen kant", "G1", "2060", "Park og idrett"],
    ]
    p = [
        ("title", "Kantsoneplan for Leirelva, Lauvbekken og Gråbekken 2057–2066"),
        ("meta", "Bjørkhaug kommune · Vedtatt av kommunestyret 10. desember 2056, sak 94/56 · "
                 "Arkivsak 2056/301"),
        ("h1", "1 Innledning"),
        ("p", "Kantsonene langs elver og bekker er leveområde for planter og dyr, holder på jorda, "
              "gir skygge til vannet og gir folk en vei langs vannet. Planen er laget etter "
              "meklingen om kommuneplanens arealdel høsten 2055, der kommunen påtok seg å lage "
              "en plan for kantsonene langs vassdragene i kommunen."),
        ("p", "Planforslaget ble lagt ut til offentlig ettersyn 1. september 2056 med frist "
              "15. oktober. Samtidig ble det sendt til Statsforvalteren i Øvre Dal, NVE, "
              "fylkeskommunen, Bjørkhaug bondelag og grunneierne langs vassdragene. Det kom "
              "14 uttalelser, som er omtalt i saksframlegget til kommunestyret."),
        ("h1", "2 Slik ser elvekanten ut i dag"),
        ("p", "Kommunen gikk over kantvegetasjonen sommeren 2056 og sammenholdt det vi fant med "
              "flybilder fra 2055. Vassdragene er delt i sju delstrekninger."),
        ("table", ["Nr.", "Delstrekning", "Lengde", "Bredde i dag", "Tresjikt", "Tilstand"],
         strek, [1.1, 4.6, 1.6, 2.0, 2.8, 4.3]),
        ("p", "Gråbekken går i rør fra Torget til utløpet i Leirelva, om lag 400 meter. Å åpne "
              "bekken er et større prosjekt som må utredes for seg. Rørstrekningen er derfor ikke "
              "tatt med i denne planen."),
        ("h1", "3 Hvor bred skal kantsonen være?"),
        ("p", "For hver delstrekning er det satt en minste bredde som gjelder ved bygging, "
              "hogst og annen bruk. Målet er 15 meter der det lar seg gjøre."),
        ("table", ["Delstrekning", "Minste bredde"], bredde, [4.0, 4.0]),
        ("h1", "4 Ny vegetasjon der den er borte"),
        ("p", "Der kantvegetasjonen er fjernet, plantes stedegne trær og busker. Rekkefølgen er "
              "satt etter hva som betyr mest for vannkvaliteten og for fisk og fugl langs "
              "vassdragene."),
        ("table", ["Prioritet", "Tiltak", "Strekning", "Når", "Ansvar"], tiltak,
         [1.7, 6.9, 1.9, 2.1, 3.8]),
        ("h1", "5 Avtaler med grunneierne"),
        ("p", "Om lag 70 prosent av kantsonene ligger på privat grunn. Kommunen tilbyr hver "
              "grunneier en skriftlig skjøtselsavtale som sier hvem som rydder, hvor ofte, og "
              "hvilke trær som skal stå igjen. Kommunen dekker planting, grunneieren vanlig "
              "skjøtsel. Malen for avtalen er laget sammen med Bjørkhaug bondelag."),
        ("h1", "6 Landbruket"),
        ("p", "Langs L3 og B2 drives det korn helt ned mot vassdragene. Om det trengs egne "
              "vegetasjonsbelter mot dyrka mark, blir vurdert i arbeidet med den regionale "
              "vannforvaltningsplanen for Dalavassdraget, og tas ikke opp i denne planen."),
        ("h1", "7 Allmenn ferdsel"),
        ("p", "Alle har rett til å ferdes langs vassdragene etter friluftsloven. Langs L1 og L4 "
              "går det en mye brukt sti, og promenaden langs Leirelva i sentrum er et populært "
              "turmål hele året. Kommunen vil gjerne at flere bruker elvene til tur og fiske."),
        ("h1", "8 Oppfølging"),
        ("p", "Landbrukskontoret og Park og idrett rapporterer om tiltakene i årsmeldingen. "
              "Planen revideres innen 2066."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Kantsoneplan for Leirelva, Lauvbekken og Gråbekken",
            font="Liberation Sans", size=10, lang="nb", country="NO",
            header="Bjørkhaug kommune · Kantsoneplan 2057–2066",
            footer="Side {n} av {m}", accent="#2E5E3A", head_fill="#DCE9DD")
    g = [
        P("1", items[0], "content", "covered", ev="Kommunen gikk over kantvegetasjonen",
          trap="numbered item of the conditions in a MEKLINGSPROTOKOLL; answered under a heading "
               "in other words ('Slik ser elvekanten ut i dag') by a table with width, tresjikt "
               "and tilstand per delstrekning"),
        P("2", items[1], "content", "partial", ev="For hver delstrekning er det satt",
          missing=["begrunnelse der kantsonen settes smalere enn 15 meter (L2, L3, B1, B2, G1)"],
          trap="a table of minimum widths under a heading that asks the question ('Hvor bred "
               "skal kantsonen være?'); five of seven are under 15 m with no reason given"),
        P("3", items[2], "content", "uncovered",
          trap="SHARED WORDS under 'Allmenn ferdsel': the right of way under friluftsloven, a "
               "path and a promenade — no fences, brygger or other stengsler named, nothing "
               "removed or opened"),
        P("4", items[3], "content", "covered", ev="Der kantvegetasjonen er fjernet",
          trap="a measure table with a 'Prioritet' column and the ordering reason in the "
               "sentence before it"),
        P("5", items[4], "content", "covered", ev="Om lag 70 prosent av kantsonene",
          trap="answered in other words ('skjøtselsavtale' per grunneier)"),
        P("6", items[5], "content", "uncovered",
          trap="PUT OFF to the regional vannforvaltningsplan under 'Landbruket' ('tas ikke opp i "
               "denne planen'); the B2 planting row is restoration of the kantsone (item 4), not "
               "an assessment of buffer strips against avrenning"),
        P("S1", s1, "process", "covered", ev="Bjørkhaug kommune · Vedtatt av kommunestyret",
          trap="the meta line: adopted 10 December 2056, before 31 December"),
        P("S2", s2, "process", "uncovered",
          trap="the draft went to the Statsforvalter AT THE SAME TIME as the offentlig ettersyn "
               "(1 September 2056), not before it: the order of the handling is not kept. The "
               "'bør' line on a faggruppe beside it is none"),
        P("S3", s3, "content", "partial", ev="Gråbekken går i rør fra Torget",
          missing=["rørstrekningen av Gråbekken gjennom sentrum (holdt utenfor planen)"],
          trap="a sentence in '3 Andre forhold', not in the list; the plan takes the open part "
               "(G1) and refuses the piped stretch the point names. Not points: the participants, "
               "2.1 (NVE, resolved by a change of the arealdel), 2.2 (fylkeskommunen's innsigelse "
               "kept), the kommune's own undertaking on dispensasjoner, the advice on "
               "hensynssone, 4 Videre behandling and the signatures"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["kantsoner"],
                producer="a MEKLINGSPROTOKOLL from the Statsforvalter after innsigelser to a "
                "kommuneplanens arealdel (python-docx → LibreOffice, Liberation Sans 10.5, nb-NO, "
                "running header, 'Side n av m', two pages): a participants form, '1 Bakgrunn', "
                "'2 Innsigelsene og resultatet' 2.1–2.3, the condition in 2.3 'Kantsoneplanen "
                "skal:' with six items typed '1.' + tab over the page break (1–6), S1 and S2 around "
                "a 'bør' line, the kommune's own undertaking (none), S3 in '3 Andre forhold' beside "
                "advice; plan odfpy → LibreOffice (Liberation Sans 10, 'Side n av m'), three "
                "tables, headings in other words, a refusal of part, a deferral, shared words, a "
                "handling in the wrong order", points=g)


# =========================================================================== 2 stengd-veg (nn)
@pair
def stengd_veg(d: Path) -> dict:
    lp = [
        ("L1", "Kven bur i grenda?",
         "Kriseleiinga visste ikkje kor mange som budde fast i Skorevika, eller kven som trong "
         "hjelp frå heimetenesta.",
         "Planen må innehalde ei oppdatert oversikt over fastbuande i grenda, med "
         "kontaktinformasjon og særlege behov som oksygen, dialyse eller faste besøk frå "
         "heimetenesta."),
        ("L2", "Båt når vegen er stengd",
         "Det var uklart kven som skulle skaffe båt, og om kaia i Skorevika tålte ein større båt.",
         "Planen må avklare kven som har ansvar for båtskyss, kva avtale kommunen har med "
         "båteigarar, og kvar båten kan leggje til."),
        ("L3", "Loggføring",
         "Få av avgjerdene vart førte i krisestøtteverktøyet, og loggen kunne ikkje brukast til å "
         "rekonstruere hendinga.",
         "Alle i kriseleiinga bør få opplæring i loggføring."),
        ("L4", "Mat, medisinar og drivstoff",
         "Daglegvarebutikken i Skorevika melde etter eitt døgn at han gjekk tom for mjølk og "
         "brød. Ingen visste korleis medisinar frå apoteket skulle kome fram.",
         "Planen må skildre korleis grenda blir forsynt med mat, medisinar og drivstoff når vegen "
         "er stengd i meir enn to døgn."),
        ("L5", "Informasjon til alle",
         "Informasjonen gjekk berre ut på nettsida og Facebook. I spelet fekk fleire eldre ikkje "
         "vite at det var sett opp båtskyss.",
         "Planen må skildre korleis innbyggjarar utan internett får informasjon, til dømes "
         "gjennom ein kontaktperson i grenda."),
        ("L6", "Møta i kriseleiinga",
         "Møta hadde ikkje fast agenda, og oppgåver vart ikkje fordelte skriftleg.",
         "Kriseleiinga bør bruke ein fast mal for møta."),
        ("L7", "Helsehjelp i grenda",
         "Det var ikkje avklart korleis lege eller sjukepleiar kunne kome til Skorevika, eller "
         "korleis ein akutt sjuk pasient skulle hentast ut.",
         "Planen må vise korleis lege- og sjukepleiarkompetanse blir gjord tilgjengeleg i grenda, "
         "og korleis akutt sjuke blir henta ut med båt eller helikopter."),
    ]
    tilr = {n: t for n, _, _, t in lp}
    s1 = "Den reviderte planen skal vere ferdig innan 1. februar 2056."
    s2 = ("Planen skal òg gjere greie for korleis elevane frå Skorevika får undervisning dersom "
          "vegen er stengd i meir enn tre dagar.")
    s3 = "Planen skal utarbeidast i samråd med Skorevika grendalag."
    a = [
        ("title", "Evalueringsrapport – Øving Stengd veg 2055"),
        ("meta", "Nordhammar kommune · Øvinga vart halden 17. september 2055 · Rapporten er "
                 "skriven av evalueringsgruppa ved beredskapskoordinator Ingvild Sørhus · "
                 "30. september 2055"),
        ("h1", "Samandrag"),
        ("p", "Nordhammar kommune øvde 17. september 2055 på ei hending der eit steinskred stengde "
              "fylkesveg 611 ved Kvernberget, slik at Skorevika med om lag 140 innbyggjarar var "
              "utan vegsamband i fire døgn. Øvinga var ei speløving for kriseleiinga, med innspel "
              "frå heimetenesta, teknisk eining og skulane. Kriseleiinga handterte dei fleste "
              "innspela godt, men øvinga viste at beredskapsplanen for Skorevika frå 2047 er "
              "gammal og manglar viktige delar."),
        ("h1", "1 Om øvinga"),
        ("p", "Øvingsmåla var at kriseleiinga skulle skaffe seg oversikt over situasjonen i "
              "grenda, avgjere tiltak innan to timar og informere innbyggjarane. Deltakarar var "
              "kriseleiinga, beredskapskoordinatoren, leiar for heimetenesta, leiar for teknisk "
              "eining og rektor ved Nordhammar ungdomsskule. To observatørar frå "
              "Statsforvaltaren følgde øvinga."),
        ("h1", "2 Dette fungerte godt"),
        ("bullets", ["Kriseleiinga kom raskt saman og heldt første møte etter 40 minutt.",
                     "Samarbeidet med politiet og Statens vegvesen om stenginga av vegen var godt.",
                     "Kommunen la ut informasjon på nettsida og Facebook innan to timar."]),
        ("h1", "3 Læringspunkt"),
        ("p", "Evalueringsgruppa fann sju læringspunkt. For kvart av dei står det kva vi såg under "
              "øvinga, og kva vi tilrår."),
    ]
    for n, head, obs, t in lp:
        a += [("bold", f"{n} {head}"), ("p", f"Observasjon: {obs}"), ("p", f"Tilråding: {t}")]
    a += [
        ("h1", "4 Oppfølging"),
        ("p", "Kommunedirektøren handsama rapporten i leiarmøtet 12. oktober 2055 og avgjorde at "
              "læringspunkta L1, L2, L4, L5 og L7 skal følgjast opp i ein revidert beredskapsplan "
              "for Skorevika ved stengd veg. L3 og L6 blir følgde opp i opplæringsplanen for "
              "kriseleiinga. " + s1),
        ("p", s2 + " " + s3 + " Beredskapskoordinatoren sørgjer for at planen blir prøvd i ei "
              "ny øving hausten 2056."),
    ]
    odt_pdf(d / "mandate.pdf", a, title="Evalueringsrapport – Øving Stengd veg 2055",
            font="Liberation Serif", size=11, lang="nn", country="NO",
            header=DROP["stengd-veg"][0], footer="Side {n} av {m}", accent="#5A2D0C",
            head_fill="#EFE6DD")

    forsyning = [
        ["Daglegvarer", "Butikken i Skorevika bestiller som vanleg. Grossisten køyrer varene "
         "til ferjekaia i Naustvika, og båten tek dei med to gonger i veka.", "Butikken / "
         "teknisk eining"],
        ["Medisinar", "Apoteket i sentrum pakkar medisinane per person. Dei går med båten, og "
         "heimetenesta deler dei ut.", "Heimetenesta"],
        ["Post og pakkar", "Posten blir samla i Naustvika og går med båten.", "Teknisk eining"],
    ]
    roller = [
        ["Beredskapsvakt", "Tek imot varsel frå vegtrafikksentralen og varslar kommunedirektøren"],
        ["Kriseleiinga", "Blir kalla inn når vegen er venta stengd i meir enn 24 timar"],
        ["Teknisk eining", "Båtskyss, kai og transport av varer"],
        ["Heimetenesta", "Oppfølging av brukarar, medisinar og oversikt over fastbuande"],
        ["Kommunikasjonsrådgivar", "Nettside, sosiale medium og grendekontaktane"],
    ]
    p = [
        ("title", "Beredskapsplan for Skorevika ved stengd veg"),
        ("meta", "Nordhammar kommune · Versjon 2.0 · Godkjend av kommunedirektøren 14. mars 2056 · "
                 "Erstattar versjon 1.3 frå 2047"),
        ("h1", "1 Føremål og bakgrunn"),
        ("p", "Fylkesveg 611 ved Kvernberget er einaste vegsambandet til Skorevika. Vegen har vore "
              "stengd av skred tre gonger dei siste ti åra, lengst i fem døgn. Planen skildrar "
              "korleis kommunen tek vare på innbyggjarane i Skorevika når vegen er stengd i meir "
              "enn eitt døgn. Han byggjer på erfaringane frå øvinga Stengd veg i september 2055."),
        ("p", "Planen vart skriven av beredskapskoordinatoren saman med teknisk eining og "
              "heimetenesta. Etter at kommunedirektøren godkjende han, vart han send til Skorevika "
              "grendalag til orientering."),
        ("h1", "2 Varsling og roller"),
        ("p", "Når Statens vegvesen stengjer vegen, varslar vegtrafikksentralen beredskapsvakta i "
              "kommunen. Tabellen viser kven som gjer kva."),
        ("table", ["Rolle", "Oppgåve"], roller, [4.6, 11.6]),
        ("h1", "3 Kven bur i Skorevika"),
        ("p", "Heimetenesta held ei liste over alle fastbuande i Skorevika med namn, adresse og "
              "telefonnummer. Lista blir oppdatert kvar vår og ligg i krisestøtteverktøyet, "
              "unnateken offentlegheit. I mars 2056 stod 118 personar på lista."),
        ("h1", "4 Sjøvegen"),
        ("p", "Teknisk eining har ansvaret for båtskyss. Kommunen har avtale med Skorefjord "
              "Båtservice AS om ein båt med plass til 40 passasjerar, som skal vere i Skorevika "
              "innan tre timar etter at kommunen har bestilt. Båten legg til ved ferjekaia i "
              "Naustvika. Den gamle kaia i Skorevika tåler berre mindre båtar og blir ikkje nytta."),
        ("h1", "5 Forsyning til grenda"),
        ("p", "Når vegen er stengd i meir enn to døgn, blir grenda forsynt slik:"),
        ("table", ["Kva", "Korleis", "Ansvar"], forsyning, [3.2, 9.4, 3.6]),
        ("h1", "6 Grendekontaktar"),
        ("p", "Kommunen har peika ut to grendekontaktar i Skorevika. Dei får melding frå "
              "kriseleiinga på SMS og telefon, og går rundt til dei som ikkje les nettsida eller "
              "Facebook. Kommunen sender i tillegg talemelding til alle fasttelefonar i grenda "
              "når vegen blir stengd og når han opnar att."),
        ("h1", "7 Helse"),
        ("p", "Legevakta i Nordhammar er open heile døgnet på telefon 116 117. Ved fare for liv "
              "skal ein alltid ringje 113."),
        ("h1", "8 Skule"),
        ("p", "Seksten elevar frå Skorevika går på skule i sentrum. Oppvekst lagar ein eigen "
              "rutine for undervisning når elevar ikkje kan kome seg på skulen. Rutinen er venta "
              "ferdig i løpet av 2056."),
        ("h1", "9 Øving og revisjon"),
        ("p", "Planen skal øvast hausten 2056 og reviderast kvart fjerde år, eller etter ei verkeleg "
              "hending."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Beredskapsplan for Skorevika ved stengd veg",
             author="Nordhammar kommune", font="Liberation Sans", size=10.5, lang="nn-NO",
             header="Nordhammar kommune · Beredskapsplan Skorevika", footer="Side {PAGE} av "
             "{NUMPAGES}", accent="7A3B12", head_fill="F2E6DA")
    g = [
        P("L1", tilr["L1"], "content", "partial", ev="Heimetenesta held ei liste",
          missing=["særlege behov (oksygen, dialyse, faste besøk frå heimetenesta)"],
          trap="the 'Tilråding' of a læringspunkt in an EVALUERINGSRAPPORT ETTER ØVING, chosen "
               "by the kommunedirektør's decision in another chapter; the list holds names, "
               "addresses and phone numbers only"),
        P("L2", tilr["L2"], "content", "covered", ev="Teknisk eining har ansvaret for båtskyss",
          trap="answered under a heading in other words ('Sjøvegen'): owner, the agreement with "
               "Skorefjord Båtservice, the quay in Naustvika"),
        P("L4", tilr["L4"], "content", "partial", ev="Når vegen er stengd i meir enn to døgn",
          missing=["forsyning av drivstoff"],
          trap="a table for daglegvarer, medisinar and post; no drivstoff row"),
        P("L5", tilr["L5"], "content", "covered", ev="Kommunen har peika ut to grendekontaktar",
          trap="answered under a heading that shares no word with the point ('Grendekontaktar'), "
               "plus voice messages to landlines"),
        P("L7", tilr["L7"], "content", "uncovered",
          trap="SHARED WORDS under 'Helse': the legevakt's phone number and 113 — nothing on "
               "getting a doctor or nurse to the grend or on evacuating the acutely ill"),
        P("S1", s1, "process", "uncovered",
          trap="a deadline in the decision paragraph; the plan was approved 14 March 2056, six "
               "weeks late"),
        P("S2", s2, "content", "uncovered",
          trap="PUT OFF under 'Skule': oppvekst is to make its own routine 'i løpet av 2056'"),
        P("S3", s3, "process", "uncovered",
          trap="the grendalag got the approved plan 'til orientering' afterwards: no samråd. Not "
               "points: the exercise goals and participants, 'Dette fungerte godt', L3 and L6 "
               "(sent to the training plan, 'bør'), the observations, the new exercise in "
               "autumn 2056 (the coordinator's duty after the plan)"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["stengd-veg"],
                producer="an EVALUERINGSRAPPORT ETTER ØVING (odfpy → LibreOffice, Liberation Serif "
                "11, nn, running header, 'Side n av m', two pages): Samandrag, '1 Om øvinga' (goals, "
                "participants), '2 Dette fungerte godt' bullets, '3 Læringspunkt' L1–L7 as bold "
                "labels with 'Observasjon:' and 'Tilråding:' paragraphs, '4 Oppfølging' choosing "
                "L1, L2, L4, L5, L7 for the plan (their Tilråding are the points) and L3, L6 for a "
                "training plan, S1 in that paragraph, S2 and S3 in the next beside the coordinator's "
                "duty; plan python-docx → LibreOffice (Liberation Sans 10.5, nn-NO, 'Side n av m'), "
                "two tables, headings in other words, a deferral, shared words, a late plan, a "
                "consultation replaced by information afterwards", points=g)


# =========================================================================== 3 arbetsmiljo-forskola (sv)
def _sv_css() -> str:
    return (
        "@page{size:A4;margin:16mm 17mm 18mm 17mm;@bottom-left{content:'intra.ramsvik.se/forskola/"
        "kvistgarden/arbetsmiljo';font:7.5pt 'Liberation Sans',sans-serif;color:#666}"
        "@bottom-right{content:counter(page) ' (' counter(pages) ')';font:7.5pt 'Liberation Sans',"
        "sans-serif;color:#666}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font-family:'Liberation Sans',sans-serif;font-size:10.4pt;line-height:1.5;"
        "color:#222;margin:0}.bar{background:#3d2a5c;color:#fff;padding:7px 10px;font-size:9pt}"
        ".bar b{font-size:12pt;margin-right:14px}.crumbs{font-size:8pt;color:#555;margin:6px 0 12px}"
        "h1{font-size:18pt;margin:4px 0 6px;color:#3d2a5c}h2{font-size:12.5pt;margin:16px 0 5px;"
        "color:#3d2a5c;break-after:avoid}.meta{font-size:8.6pt;color:#555;margin-bottom:10px;"
        "border-bottom:1px solid #ccc;padding-bottom:6px}p{margin:0 0 7px}table{border-collapse:"
        "collapse;width:100%;margin:4px 0 10px;font-size:9.4pt}th{background:#e7e1ef;text-align:"
        "left;padding:4px 6px;border:1px solid #b9aecb}td{padding:4px 6px;border:1px solid #cfc8da;"
        "vertical-align:top}tr{break-inside:avoid}.ok{font-size:9.2pt;color:#444}"
        ".note{border:1px solid #cfc8da;background:#f6f3fa;padding:6px 10px;font-size:9.2pt;"
        "margin:10px 0}"
    )


@pair
def arbetsmiljo_forskola(d: Path) -> dict:
    rows = [
        ("1.1", "Belysning", "OK", "Bra allmänbelysning på alla avdelningar och i köket."),
        ("1.2", "Buller", "Brist", "Ljudnivån i matsalen på avdelning Blåbär uppmättes till 78 dBA "
         "under lunchen och ljudabsorbenter i taket saknas."),
        ("1.3", "Ventilation", "OK", "Obligatorisk ventilationskontroll (OVK) görs av "
         "fastighetsägaren 2057."),
        ("2.1", "Ergonomi", "Brist", "Skötborden på avdelning Blåbär och Lingon går inte att höja "
         "och sänka, så personalen lyfter barnen upp på borden."),
        ("2.2", "Arbetsplatser", "OK", "Planeringsrummet har två datorplatser med ställbara bord."),
        ("3.1", "Utemiljö", "Brist", "Staketet mot personalparkeringen har en glipa vid förrådet "
         "där ett barn kan ta sig ut."),
        ("3.2", "Kemiska produkter", "Brist", "Förteckning över kemiska produkter saknas och "
         "rengöringsmedel förvaras i ett olåst skåp i köket."),
        ("4.1", "Brandskydd", "OK", "Utrymningsvägarna är fria och brandövning hölls i oktober."),
        ("4.2", "Ensamarbete", "Brist", "Personal stänger förskolan ensam två kvällar i veckan och "
         "det finns ingen rutin för ensamarbete."),
        ("5.1", "Arbetsbelastning och återhämtning", "Brist", "Personalen tar rast tillsammans med "
         "barnen och har ingen tid för återhämtning utan barn."),
    ]
    brist = {n: t for n, _, b, t in rows if b == "Brist"}
    s1 = "Rektor ska upprätta en skriftlig handlingsplan för bristerna senast den 15 mars 2056."
    s2 = ("För varje brist ska handlingsplanen ange åtgärd, vem som ansvarar och när åtgärden ska "
          "vara klar.")
    s3 = "Handlingsplanen ska tas fram tillsammans med skyddsombudet."
    a = [
        ("title", "Skyddsrondsprotokoll"),
        ("meta", "Fysisk och organisatorisk arbetsmiljö · Barn- och utbildningsförvaltningen · "
                 "Utskrift ur ärendesystemet, ärende BUN 2056/77"),
        ("form", [["Arbetsställe", "Förskolan Kvistgården, Kvistvägen 4, fyra avdelningar"],
                  ["Datum", "3 februari 2056, kl. 13.00–16.00"],
                  ["Deltagare", "Annika Wennberg (rektor), Jonas Lindfors (skyddsombud), Sara "
                   "Holmgren (fastighetsförvaltare, Ramsviks Fastigheter AB), Mirja Åkesson "
                   "(förskollärare)"],
                  ["Protokollförare", "Jonas Lindfors"]], [38, 132]),
        ("h1", "Om skyddsronden"),
        ("p", "Skyddsronden gjordes enligt Arbetsmiljöverkets föreskrifter om systematiskt "
              "arbetsmiljöarbete och kommunens rutin för skyddsronder. Vi gick igenom de fyra "
              "avdelningarna, köket, personalrummet och gården, och utgick från resultatet av "
              "medarbetarenkäten hösten 2055. Kontrollpunkter som bedöms som Brist ska åtgärdas. "
              "Kontrollpunkter som bedöms som OK kräver ingen åtgärd."),
        ("p", "I medarbetarenkäten svarade 17 av 19 medarbetare. Fler än hälften uppgav att de "
              "ofta har ont i rygg eller axlar efter arbetsdagen, och nästan alla att de sällan "
              "får en rast utan barn. Enkätens frågor om ledarskap och samarbete fick goda "
              "omdömen. Resultatet redovisades på arbetsplatsträffen i januari 2056 och har "
              "använts som underlag för kontrollpunkterna 2.1 och 5.1."),
        ("h1", "Kontrollpunkter"),
        ("table", ["Nr", "Område", "Bedömning", "Iakttagelse"],
         [[n, o, b, t] for n, o, b, t in rows], [11, 34, 22, 103]),
        ("h1", "Åtgärder och uppföljning"),
        ("p", "Rektor ansvarar för att bristerna åtgärdas. " + s1 + " " + s2 + " " + s3),
        ("p", "Kontrollpunkt 1.3 är fastighetsägarens ansvar och ingår inte i handlingsplanen. Om "
              "skyddsombudet anser att en åtgärd dröjer, kan skyddsombudet begära åtgärder enligt "
              "6 kap. 6 a § arbetsmiljölagen. Nästa skyddsrond görs i september 2056."),
        ("form", [["Rektor", "Annika Wennberg"], ["Skyddsombud", "Jonas Lindfors"]], [38, 132]),
    ]
    rl_pdf(d / "mandate.pdf", a, title="Skyddsrondsprotokoll – Förskolan Kvistgården",
           author="Ramsviks kommun", family="LS", size=10.6, head_left=DROP[
               "arbetsmiljo-forskola"][0], head_right=DROP["arbetsmiljo-forskola"][1],
           foot=lambda n, m: f"Sida {n} av {m}", accent="#3D2A5C", head_fill="#E4E4E4")
    # S2 runs over the page break
    expect_on_page(d / "mandate.pdf", [(1, "ska handlingsplanen ange åtgärd, vem som ansvarar och"),
                                       (2, "när åtgärden ska vara klar. Handlingsplanen")])

    atg = [
        ["Hög ljudnivå i Blåbärs matsal", "Ljudabsorbenter monteras i taket. Filtunderlägg köps "
         "till borden.", "Ramsviks Fastigheter AB (tak), rektor (underlägg)", "Vecka 16 2056"],
        ["Skötbord som inte kan höjas", "Ett höj- och sänkbart skötbord köps till Blåbär. Lingon "
         "får ett nytt skötbord när budgeten för 2057 är beslutad.", "Rektor",
         "April 2056 (Blåbär)"],
        ["Gården mot parkeringen", "Stängslet vid förrådet lagas och en ny grind med barnspärr "
         "sätts upp.", "Ramsviks Fastigheter AB", "Vecka 9 2056"],
        ["Rengöringsmedel i köket", "Ett låsbart skåp är köpt och monterat i köket.",
         "Kökspersonalen", ""],
    ]
    ok = [["Belysning", "Inga åtgärder"], ["Arbetsplatser för planering", "Inga åtgärder"],
          ["Brandskydd", "Brandövning igen i oktober 2056"],
          ["Ventilation", "Fastighetsägaren gör OVK 2057"]]
    body = (
        "<div class='bar'><b>Ramsvik intranät</b> Barn och utbildning</div>"
        "<div class='crumbs'>Start › Förskola › Förskolan Kvistgården › Arbetsmiljö › "
        "Handlingsplan 2056</div>"
        "<h1>Handlingsplan för arbetsmiljön på Kvistgården 2056</h1>"
        "<div class='meta'>Fastställd av rektor Annika Wennberg 11 mars 2056 · Ärende BUN 2056/77 "
        "· Senast ändrad 11 mars 2056</div>"
        "<h2>Bakgrund</h2>"
        + paras("Förskolan Kvistgården har fyra avdelningar med 72 barn och 19 medarbetare. Vid "
                "skyddsronden den 3 februari 2056 hittade vi sex brister i arbetsmiljön. Den här "
                "planen visar vad vi gör åt dem.",
                "Planen togs fram av rektor och skyddsombudet Jonas Lindfors vid två träffar i "
                "februari. Alla medarbetare fick lämna synpunkter på arbetsplatsträffen den "
                "4 mars.")
        + "<h2>Våra åtgärder</h2>"
        + paras("Tabellen visar vad som ska göras, vem som ansvarar och när det ska vara klart.")
        + table_html(["Vad vi såg", "Åtgärd", "Ansvarig", "Klart"], atg)
        + "<h2>Ensamarbete</h2>"
        + paras("Frågan om ensamarbete vid stängning togs upp på arbetsplatsträffen i mars. Flera "
                "medarbetare upplever det som otryggt att stänga ensam, särskilt under de mörka "
                "vintermånaderna. Många tycker också att det är svårt att hinna städa undan och "
                "samtidigt ta emot föräldrar som kommer sent.")
        + "<h2>Raster och återhämtning</h2>"
        + paras("Hur raster och återhämtning kan ordnas i förskolan ska utredas i förvaltningens "
                "gemensamma projekt Hållbar förskola, som startar 2057. Kvistgården är en av fyra "
                "förskolor som deltar i projektet.")
        + "<h2>Det som fungerar</h2>"
        + paras("Skyddsronden visade också mycket som fungerar bra:")
        + table_html(["Område", "Kommentar"], ok, "ok")
        + "<h2>Uppföljning</h2>"
        + paras("Rektor och skyddsombudet följer upp planen i maj 2056 och vid nästa skyddsrond i "
                "september. Status för varje åtgärd redovisas på arbetsplatsträffarna. Planen "
                "finns också i pärmen i personalrummet.")
        + "<div class='note'>Frågor om planen: rektor Annika Wennberg, tfn 0530-174 20.</div>"
    )
    html_pdf(d / "plan.pdf", lang="sv", title="Handlingsplan för arbetsmiljön på Kvistgården 2056",
             css=_sv_css(), body=body)
    g = [
        P("1.2", brist["1.2"], "content", "covered", ev="Ljudabsorbenter monteras i taket",
          trap="a row marked 'Brist' of the checklist table of a SKYDDSRONDSPROTOKOLL (the "
               "'Iakttagelse' cell); answered by a row of the measure table"),
        P("2.1", brist["2.1"], "content", "partial", ev="Ett höj- och sänkbart skötbord",
          missing=["skötbord för avdelning Lingon (skjuts till budget 2057)"],
          trap="one of the two departments done, the other put off"),
        P("3.1", brist["3.1"], "content", "covered", ev="Stängslet vid förrådet lagas",
          trap="answered in other words ('Gården mot parkeringen', 'stängslet', 'grind')"),
        P("3.2", brist["3.2"], "content", "partial", ev="Ett låsbart skåp är köpt",
          missing=["förteckning över kemiska produkter"],
          trap="the locked cupboard answers one half of the finding"),
        P("4.2", brist["4.2"], "content", "uncovered",
          trap="SHARED WORDS under the heading 'Ensamarbete': the issue discussed and felt as "
               "unsafe, no routine and no measure"),
        P("5.1", brist["5.1"], "content", "uncovered",
          trap="PUT OFF to the förvaltning's project 'Hållbar förskola' starting 2057"),
        P("S1", s1, "process", "covered", ev="Fastställd av rektor Annika Wennberg",
          trap="the meta line: fastställd 11 March 2056, before 15 March"),
        P("S2", s2, "content", "partial", ev="Tabellen visar vad som ska göras",
          missing=["när åtgärden ska vara klar för rengöringsmedlen (tom cell)",
                   "åtgärd, ansvarig och klart-datum för bristerna ensamarbete och raster"],
          trap="a table with 'Ansvarig' and 'Klart' columns, one 'Klart' cell empty, two "
               "findings outside the table"),
        P("S3", s3, "process", "covered", ev="Planen togs fram av rektor och skyddsombudet",
          trap="past tense under 'Bakgrund'. Not points: the rows marked OK (1.1, 1.3, 2.2, 4.1), "
               "the property owner's OVK, the skyddsombud's right under 6 kap. 6 a § AML, the "
               "next skyddsrond, the participants and signatures"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["arbetsmiljo-forskola"],
                producer="a SKYDDSRONDSPROTOKOLL printed from a case system (reportlab, Liberation "
                "Sans 9.6, running head, 'Sida n av m'): a form of place, date and participants, "
                "'Kontrollpunkter' as a table `Nr | Område | Bedömning | Iakttagelse` whose six "
                "'Brist' rows are points (by their Nr) and four 'OK' rows none, then three "
                "sentences S1–S3 under 'Åtgärder och uppföljning' beside the property owner's row, "
                "a right of the skyddsombud and the next round; plan the förskola's intranet page "
                "printed with Chromium (Liberation Sans 10.4, 'n (m)'), a measure table with an "
                "empty 'Klart' cell, headings in other words, a deferral, shared words",
                points=g)


# =========================================================================== 4 bevaegelse (da)
def _da_css() -> str:
    return (
        "@page{size:A4;margin:15mm 18mm 17mm 18mm;@bottom-left{content:'horbylundskole.dk/om-"
        "skolen/principper/bevaegelse';font:7.5pt 'DejaVu Sans',sans-serif;color:#777}"
        "@bottom-right{content:counter(page) '/' counter(pages);font:7.5pt 'DejaVu Sans',"
        "sans-serif;color:#777}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:9.6pt;line-height:1.55;color:#262626;"
        "margin:0}.top{display:flex;justify-content:space-between;align-items:center;"
        "border-bottom:4px solid #c0392b;padding:4px 0 7px}.top b{font-size:15pt;color:#c0392b}"
        ".top span{font-size:8pt;color:#444}.nav{font-size:8pt;color:#444;margin:6px 0 14px}"
        ".nav a{margin-right:12px;color:#444;text-decoration:none}h1{font-size:17pt;margin:0 0 4px}"
        ".meta{font-size:8.4pt;color:#666;margin:0 0 12px}h2{font-size:11.5pt;margin:16px 0 5px;"
        "color:#c0392b;break-after:avoid}p{margin:0 0 7px}ul,ol{margin:0 0 8px;padding-left:22px}"
        "li{margin:0 0 4px}.side{border:1px solid #e2c7c3;background:#fbf2f1;padding:8px 12px;"
        "margin:14px 0;font-size:8.8pt}.foot{margin-top:18px;border-top:1px solid #ccc;"
        "padding-top:6px;font-size:8pt;color:#666}"
    )


@pair
def bevaegelse(d: Path) -> dict:
    items = [
        "angive, hvordan eleverne på hvert klassetrin får i gennemsnit 45 minutters bevægelse om "
        "dagen, og hvordan det registreres",
        "beskrive, hvordan bevægelse indgår i den faglige undervisning, også i dansk og matematik",
        "sikre, at elever med fysiske funktionsnedsættelser kan deltage i aktiviteterne på lige fod "
        "med andre",
        "indeholde en plan for brug af skolegården og hallen i frikvartererne, herunder aktiviteter "
        "for udskolingen",
        "beskrive samarbejdet med lokale foreninger og klubber",
        "fastlægge, hvordan planen evalueres, og hvilke data der indsamles til evalueringen",
    ]
    s1 = "Bevægelsesplanen forelægges skolebestyrelsen til udtalelse inden sommerferien 2056."
    s2 = "Elevrådet skal inddrages i arbejdet med planen."
    body = (
        "<div class='top'><b>Hørbylund Skole</b><span>Egeholt Kommune · 0.–9. klasse · SFO og "
        "klub</span></div>"
        "<div class='nav'><a>Forside</a><a>Om skolen</a><a>Principper</a><a>Skolebestyrelsen</a>"
        "<a>SFO</a><a>Kontakt</a></div>"
        "<h1>Princip for bevægelse i skoledagen</h1>"
        "<div class='meta'>Vedtaget af skolebestyrelsen den 14. marts 2056 · Revideres senest "
        "marts 2058</div>"
        "<h2>Lovgrundlag</h2>"
        + paras("Skolebestyrelsen fastsætter principper for skolens virksomhed, jf. folkeskolelovens "
                "§ 44. Efter folkeskoleloven skal eleverne i gennemsnit have 45 minutters motion og "
                "bevægelse om dagen i løbet af skoledagen.")
        + "<h2>Formål</h2>"
        + paras("Med dette princip ønsker skolebestyrelsen, at bevægelse bliver en naturlig del af "
                "hele skoledagen og ikke kun af idrætstimerne, fordi bevægelse styrker både "
                "trivsel, sundhed og læring.")
        + "<h2>Det lægger skolebestyrelsen vægt på</h2><ul>"
        + "".join(f"<li>{e(t)}</li>" for t in [
            "at bevægelse er for alle og ikke kun for de sportsglade",
            "at frikvartererne indbyder til leg og aktivitet, også når vejret er dårligt",
            "at forældrene bakker op, fx ved at lade børnene gå eller cykle til skole"])
        + "</ul><h2>Bevægelsesplan</h2>"
        + paras("Skolens leder udarbejder en bevægelsesplan, der viser, hvordan princippet føres "
                "ud i livet. Bevægelsesplanen skal:")
        + "<ol>" + "".join(f"<li>{e(t)}{',' if i < len(items) - 1 else '.'}</li>"
                           for i, t in enumerate(items)) + "</ol>"
        + paras(s1 + " " + s2 + " Skolebestyrelsen evaluerer selv princippet hvert andet år ud "
                "fra den nationale trivselsmåling.")
        + "<h2>Økonomi</h2>"
        + paras("Princippet føres ud i livet inden for skolens budget. Skolebestyrelsen kan søge "
                "Egeholt Kommunes pulje til sundhedsfremme om midler til redskaber og "
                "instruktører.")
        + "<div class='side'><b>Hvad er et princip?</b> Et princip er skolebestyrelsens "
          "overordnede retningslinje for skolens arbejde. Skolens leder står for at føre "
          "principperne ud i livet og har ansvaret for den daglige ledelse.</div>"
        + "<div class='foot'>Hørbylund Skole · Hørbylundvej 12 · Egeholt Kommune · Kontoret er åbent "
          "mandag–fredag kl. 7.45–15.00</div>"
    )
    html_pdf(d / "mandate.pdf", lang="da", title="Princip for bevægelse i skoledagen – Hørbylund "
             "Skole", css=_da_css(), body=body)

    minutter = [
        ["0.–2. klasse", "20", "30", "50"],
        ["3.–6. klasse", "20", "25", "45"],
        ["7.–9. klasse", "15", "30", "45"],
    ]
    frikvarter = [
        ["Mandag", "Hallen", "0.–2. klasse", "Leg på redskabsbanen"],
        ["Tirsdag", "Hallen", "3.–4. klasse", "Stikbold og fangeleg"],
        ["Onsdag", "Hallen", "5.–6. klasse", "Basket og badminton"],
        ["Torsdag", "Boldburet", "4.–6. klasse", "Boldbur-turnering (elevrådets forslag)"],
        ["Hver dag", "Skolegården", "0.–6. klasse", "Legepatrulje fra 5. klasse styrer "
         "legeskuret"],
    ]
    foreninger = [
        ["Hørbylund IF, håndbold", "Trænere til idrætsdagen og til to forløb i 5. klasse",
         "Efteråret"],
        ["Hørbylund Gymnastikforening", "Instruktør til 'hoppepauser' for indskolingen",
         "Hele året, tirsdag"],
        ["KFUM-spejderne i Hørbylund", "Orienteringsløb og bålmad for 3. klasse", "Maj"],
    ]
    p = [
        ("title", "Bevægelsesplan for Hørbylund Skole 2056/57"),
        ("meta", "Udarbejdet af skoleledelsen · Gælder fra skoleåret 2056/57 · Sagsnr. 2056-0412"),
        ("h1", "1 Hvorfor bevægelse?"),
        ("p", "På Hørbylund Skole skal alle elever være med, og bevægelse skal være sjovt for både "
              "de sportsglade og de andre. Elever, der bevæger sig, lærer bedre, har det bedre "
              "med hinanden og koncentrerer sig længere. Planen viser, hvordan skolen følger "
              "skolebestyrelsens princip for bevægelse i skoledagen fra marts 2056."),
        ("h1", "2 Sådan blev planen til"),
        ("p", "Planen er skrevet af skoleledelsen og to lærere fra hvert team. Elevrådet holdt i "
              "april 2056 en workshop, hvor eleverne kom med 34 forslag; flere af dem står i "
              "planen, bl.a. boldbur-turneringen og hoppepauserne. Skolebestyrelsen drøftede "
              "udkastet på sit møde den 4. juni 2056 og bakkede op om planen."),
        ("h1", "3 Minutter i hverdagen"),
        ("p", "Tabellen viser, hvor mange minutters bevægelse eleverne i gennemsnit får om dagen. "
              "Lærerne planlægger bevægelsen i teamenes årsplaner."),
        ("table", ["Klassetrin", "I undervisningen (min.)", "Frikvarter og morgenløb (min.)",
                   "I alt pr. dag (min.)"], minutter, [36, 44, 52, 38]),
        ("h1", "4 Når kroppen lærer med"),
        ("p", "Bevægelse hører ikke kun til i idræt. I dansk bruger indskolingen bogstavstafet og "
              "ordjagt i skolegården, og mellemtrinnet laver læsebingo på gangene. I matematik "
              "måler eleverne afstande og arealer i skolegården, og 7. klasse bruger "
              "skridttællere i statistik. Hvert team planlægger mindst ét bevægelsesforløb pr. fag "
              "pr. halvår, og forløbene deles i skolens fælles mappe."),
        ("h1", "5 Frikvarterer"),
        ("p", "I det store frikvarter fordeles hallen og boldburet efter denne plan:"),
        ("table", ["Dag", "Sted", "For hvem", "Aktivitet"], frikvarter, [24, 28, 30, 88]),
        ("h1", "6 Vi får hjælp udefra"),
        ("p", "Skolen samarbejder med foreningerne i byen, som kommer ud på skolen og viser "
              "eleverne, hvad de kan gå til i fritiden."),
        ("table", ["Forening", "Hvad", "Hvornår"], foreninger, [52, 84, 34]),
        ("h1", "7 Opfølgning"),
        ("p", "Skoleledelsen beslutter i løbet af skoleåret 2056/57, hvordan planen skal evalueres. "
              "Spørgsmål om planen kan rettes til viceskoleleder Rasmus Kjeldgaard."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Bevægelsesplan for Hørbylund Skole 2056/57",
           author="Hørbylund Skole", family="LS", size=10.4, head_left="Hørbylund Skole",
           head_right="Bevægelsesplan 2056/57", foot=lambda n, m: f"Side {n} af {m}",
           accent="#A93226", head_fill="#F4DEDB")
    g = [
        P("1", items[0], "content", "partial", ev="Tabellen viser, hvor mange minutters",
          missing=["hvordan bevægelsen registreres"],
          trap="an item of an <ol> on a SKOLEBESTYRELSESPRINCIP printed from the school's web "
               "site; minutes per klassetrin in a table, planned in the teams' årsplaner, never "
               "registered"),
        P("2", items[1], "content", "covered", ev="Bevægelse hører ikke kun til i idræt",
          trap="answered under a heading in other words ('Når kroppen lærer med')"),
        P("3", items[2], "content", "uncovered",
          trap="SHARED WORDS: 'alle elever skal være med … både de sportsglade og de andre' in "
               "the opening section echoes the board's value, not the point; no word on pupils "
               "with physical disabilities"),
        P("4", items[3], "content", "partial", ev="I det store frikvarter fordeles",
          missing=["aktiviteter for udskolingen (7.–9. klasse)"],
          trap="a timetable of the hall, the boldbur and the skolegård for 0.–6. klasse only"),
        P("5", items[4], "content", "covered", ev="Skolen samarbejder med foreningerne",
          trap="'Vi får hjælp udefra' and a table of three clubs"),
        P("6", items[5], "content", "uncovered",
          trap="PUT OFF: the leadership will decide during 2056/57 how the plan is evaluated"),
        P("S1", s1, "process", "covered", ev="Skolebestyrelsen drøftede udkastet",
          trap="past tense under 'Sådan blev planen til': the board discussed it on 4 June 2056"),
        P("S2", s2, "process", "covered", ev="Elevrådet holdt i april 2056",
          trap="the elevråd's workshop in April 2056, its proposals in the plan. Not points: "
               "Lovgrundlag, Formål, the board's values (incl. advice to parents), the board's own "
               "evaluation of the principle, Økonomi, the side box"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["bevaegelse"],
                producer="a SKOLEBESTYRELSESPRINCIP printed from the school's web site with "
                "Chromium (DejaVu Sans 9.6, a site bar and menu, the page URL and 'n/m' at the "
                "foot): Lovgrundlag, Formål, a bullet list of the board's values, 'Bevægelsesplan' "
                "with 'Bevægelsesplanen skal:' and an ordered list 1–6, then S1 and S2 beside the "
                "board's own evaluation, Økonomi and a side box; plan reportlab (Liberation Sans "
                "10.4, 'Side n af m'), three tables, headings in other words, past tense, a "
                "deferral, shared words", points=g)


# =========================================================================== 5 illegal-dumping (en)
@pair
def illegal_dumping(d: Path) -> dict:
    items = [
        ("A", "A summary of the illegal dumping reports received by the county in 2055 and 2056, "
              "by unincorporated area and by type of material"),
        ("B", "A description of the current process for responding to a report, from intake to "
              "cleanup, including the average time taken for each step"),
        ("C", "An evaluation of options for placing surveillance cameras at the ten most frequently "
              "used dumping sites, including the cost and the privacy considerations of each "
              "option"),
        ("D", "Recommendations for reducing the illegal dumping of tires, mattresses and large "
              "appliances"),
        ("E", "A description of how the division coordinates with the roads services division "
              "and the sheriff's office when dumped material is found on county roads or "
              "rights-of-way"),
        ("F", "An estimate of the staffing and funding needed to carry out the recommendations in "
              "subsection D. of this proviso"),
    ]
    s1 = ("The executive should electronically file the plan and motion required by this proviso "
          "no later than June 30, 2057, with the clerk of the council, who shall retain an "
          "electronic copy and provide an electronic copy to all councilmembers and the lead "
          "staff for the environment and natural resources committee, or its successor.")
    s2 = ("In developing the plan, the executive shall consult with the Four Creeks, Bear Hollow "
          "and Millard Flats unincorporated area councils.")
    release = ("Of this appropriation, $500,000 shall not be expended or encumbered until the "
               "executive transmits an illegal dumping response plan and a motion that should "
               "acknowledge receipt of the plan, and a motion acknowledging receipt of the plan "
               "is passed by the council. The motion should reference the subject matter, the "
               "proviso's ordinance number, ordinance section and proviso number in both the "
               "title and body of the motion.")
    a = [
        ("title", "ORDINANCE 21644"),
        ("meta", "Proposed No. 2056-0311.2 · Sponsors: Villaseñor, Brandvold and Teagarden · "
                 "Passed November 18, 2056 · Excerpt: Sections 1–2 and 46–47"),
        ("p", "AN ORDINANCE that adopts the 2057-2058 Biennial Budget and makes appropriations "
              "for the operation of county agencies and departments and capital improvements for "
              "the fiscal biennium beginning January 1, 2057, and ending December 31, 2058."),
        ("p", "BE IT ORDAINED BY THE COUNCIL OF TAMARACK COUNTY:"),
        ("p", "SECTION 1. Findings. The council finds that the executive's proposed budget was "
              "transmitted on September 24, 2056, that the council held three public hearings on "
              "it, and that the appropriations in this ordinance are consistent with the county's "
              "adopted financial policies."),
        ("p", "SECTION 2. Effect of proviso or expenditure restriction veto. It is hereby declared "
              "to be the intent of the council that, if the executive vetoes any appropriation "
              "item in this ordinance containing a proviso or expenditure restriction, the veto "
              "shall apply to the entire appropriation item, including the appropriation amount."),
        ("p", "[Sections 3 through 45 are omitted from this excerpt.]"),
        ("p", "SECTION 46. SOLID WASTE. From the solid waste operating fund there is hereby "
              "appropriated to: Solid waste $301,845,000. The maximum number of FTEs for solid "
              "waste shall be: 471.5."),
        ("p", "ER1 EXPENDITURE RESTRICTION: Of this appropriation, $400,000 shall be expended or "
              "encumbered solely to continue the free cleanup voucher program for unincorporated "
              "area residents through December 31, 2058."),
        ("p", "P1 PROVIDED THAT: " + release),
        ("p", "The plan shall include, but not be limited to, the following:"),
        *[("typed", f"{k}. ", t + (";" if k != "F" else "."), 7, 6) for k, t in items],
        ("p", s2),
        ("p", s1),
        ("p", "P2 PROVIDED FURTHER THAT: Of this appropriation, $100,000 shall not be expended or "
              "encumbered until the executive transmits a report on extended weekend hours at the "
              "Cedar Gap transfer station. The report shall include, but not be limited to, the "
              "following:"),
        ("typed", "A. ", "Customer counts by hour for each weekend day in 2056;", 7, 6),
        ("typed", "B. ", "The cost of staying open until 7:00 p.m. on Saturdays and Sundays from "
                        "April through October.", 7, 6),
        ("p", "The executive should electronically file the report required by this proviso no "
              "later than March 31, 2057, with the clerk of the council."),
        ("p", "SECTION 47. ROADS. From the roads operating fund there is hereby appropriated to: "
              "Roads $188,270,000. The maximum number of FTEs for roads shall be: 402.0."),
        ("p", "ER1 EXPENDITURE RESTRICTION: Of this appropriation, $250,000 shall be expended or "
              "encumbered solely for guardrail repairs on Old Mill Road."),
    ]
    rl_pdf(d / "mandate.pdf", a, title="Ordinance 21644 (excerpt)", author="Clerk of the Council",
           family="LS", size=10.6, head_left=DROP["illegal-dumping"][1],
           head_right=DROP["illegal-dumping"][0], foot=lambda n, m: f"Page {n}",
           accent="#000000", head_fill="#EEEEEE")
    # the filing sentence (S1) runs over the page break
    expect_on_page(d / "mandate.pdf", [(1, "the lead staff for the environment and natural"),
                                       (2, "committee, or its successor.")])

    reports = [
        ["Four Creeks", "212", "264"],
        ["Bear Hollow", "148", "171"],
        ["Millard Flats", "96", "88"],
        ["Cedar Gap", "131", "157"],
        ["Total", "587", "680"],
    ]
    steps = [
        ["1. Report received", "Online form, phone line or the Tamarack Cares app",
         "Same day"],
        ["2. Site inspection", "Illegal dumping inspector checks the site and looks for evidence "
         "of the dumper", "3 business days"],
        ["3. Owner contacted", "If on private land, the owner gets a notice to clean up",
         "5 business days"],
        ["4. Cleanup", "County crew or contractor removes the material on public land",
         "8 business days"],
        ["5. Case closed", "Photo of the cleaned site added to the case", "1 business day"],
    ]
    p = [
        ("title", "Illegal Dumping Response Plan"),
        ("meta", "Tamarack County Department of Natural Resources and Parks, Solid Waste Division "
                 "· Response to Ordinance 21644, Section 46, Proviso P1 · Transmitted to the Clerk "
                 "of the Council on June 24, 2057"),
        ("h1", "1. Executive summary"),
        ("p", "Illegal dumping spoils roadsides and creeks, costs the county more than $1.1 million a "
              "year to clean up, and is reported most often in the unincorporated areas. This plan "
              "describes how the Solid Waste Division responds to dumping today and what we "
              "recommend to reduce it. It responds to Proviso P1 of the 2057–2058 budget "
              "ordinance, which is reproduced in Appendix A."),
        ("h1", "2. How we prepared this plan"),
        ("p", "Between January and April 2057, division staff met with the Four Creeks and Bear "
              "Hollow unincorporated area councils and walked five dumping sites with council "
              "members. A meeting with the Millard Flats council was planned for March but could "
              "not be scheduled before the plan was due. We also reviewed the case records of "
              "1,267 reports."),
        ("h1", "3. What the reports tell us"),
        ("p", "The number of reports grew by 16 percent from 2055 to 2056. Four Creeks, along the "
              "county's longest stretch of rural road, had the most."),
        ("table", ["Unincorporated area", "Reports 2055", "Reports 2056"], reports,
         [6.4, 4.0, 4.0]),
        ("p", "Inspectors note that most sites hold household furniture and mixed bags of "
              "garbage."),
        ("h1", "4. From call to cleanup"),
        ("p", "A report goes through five steps. The times shown are the averages for 2056."),
        ("table", ["Step", "What happens", "Average time"], steps, [4.0, 8.6, 3.6]),
        ("h1", "5. Working with other county agencies"),
        ("p", "When dumped material blocks a county road or ditch, the Roads Services Division "
              "removes it within one business day and sends the case to us for follow-up. Our "
              "inspectors and Roads maintenance crews share a case list that is updated weekly. "
              "Material found on private property is referred to Permitting's code enforcement "
              "team."),
        ("h1", "6. What we recommend"),
        ("bullets", ["Hold free tire drop-off days at the Cedar Gap and Four Creeks transfer "
                     "stations twice a year.",
                     "Accept mattresses and box springs for recycling at all transfer stations "
                     "at no charge.",
                     "Offer curbside pickup of refrigerators, washers and other large appliances "
                     "for a flat $25 fee, waived for low-income households.",
                     "Ask retailers selling tires and mattresses in the county to take back old "
                     "ones on delivery."]),
        ("h1", "7. Cameras"),
        ("p", "A motion-activated camera was placed at the Old Mill Road pullout in 2054. It was "
              "removed after six months when the site was fenced."),
        ("h1", "8. Next steps"),
        ("p", "The staffing and funding needed for these recommendations will be estimated in the "
              "division's 2059–2060 budget proposal."),
        ("break",),
        ("h1", "Appendix A. Proviso text"),
        ("p", "Ordinance 21644, Section 46, Solid Waste, P1: P1 PROVIDED THAT: " + release
              + " The plan shall include, but not be limited to, the following:"),
        *[("p", f"{k}. {t}" + (";" if k != "F" else ".")) for k, t in items],
        ("p", s2),
        ("p", s1),
    ]
    docx_pdf(d / "plan.pdf", p, title="Illegal Dumping Response Plan", author="Solid Waste "
             "Division", font="Liberation Sans", size=10.5, lang="en-US",
             header="Tamarack County · Illegal Dumping Response Plan",
             footer="Page {PAGE} of {NUMPAGES}", accent="1E4D2B", head_fill="DDE8DF")
    let = dict(items)
    g = [
        P("A", let["A"], "content", "partial", ev="The number of reports grew by 16 percent",
          missing=["a breakdown of the reports by type of material"],
          trap="item A. of a BUDGET ORDINANCE PROVISO; reports by area and year in a table, the "
               "type of material only as one sentence ('most sites hold household furniture and "
               "mixed bags') — no breakdown"),
        P("B", let["B"], "content", "covered", ev="A report goes through five steps",
          trap="answered under a heading in other words ('From call to cleanup'), a table of "
               "steps with average times"),
        P("C", let["C"], "content", "uncovered",
          trap="SHARED WORDS under 'Cameras': one camera at one site in 2054 — no options, no "
               "ten sites, no cost, no privacy. The proviso text reproduced in Appendix A is "
               "no answer either"),
        P("D", let["D"], "content", "covered", ev="Hold free tire drop-off days",
          trap="bullets under 'What we recommend' covering tires, mattresses and appliances"),
        P("E", let["E"], "content", "partial", ev="When dumped material blocks a county road",
          missing=["coordination with the sheriff's office"],
          trap="Roads and code enforcement described; the sheriff's office never named"),
        P("F", let["F"], "content", "uncovered",
          trap="PUT OFF to the 2059–2060 budget proposal under 'Next steps'"),
        P("S1", s1, "process", "covered", ev="Tamarack County Department of Natural Resources",
          trap="the meta line: transmitted to the Clerk on June 24, 2057, before June 30 "
               "('should' in the council's standard filing sentence read as the deadline)"),
        P("S2", s2, "process", "partial", ev="Between January and April 2057",
          missing=["consultation with the Millard Flats unincorporated area council"],
          trap="two of three councils met (past tense); the third meeting never held. Not "
               "points: Sections 1–2 and 47, the appropriation and FTE lines, ER1 (money "
               "restricted), the release condition and the council's motion, P2 with its own "
               "items A.–B. and filing date (another report)"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["illegal-dumping"],
                producer="an excerpt of a US county's BUDGET ORDINANCE with a PROVISO (reportlab, "
                "Liberation Sans 10.6, running head 'Tamarack County Council · Ordinance 21644', "
                "'Page n'): title, sponsors, Sections 1–2, Section 46 with the "
                "appropriation, ER1, 'P1 PROVIDED THAT:' (the release condition) and 'The plan "
                "shall include' A.–F. over the page break, then S2 (consultation) and S1 (filing), "
                "P2 with its own A.–B. and Section 47 none; plan python-docx → LibreOffice "
                "(Liberation Sans 10.5, en-US, 'Page n of m'), two tables, bullets, headings in "
                "other words, past tense, a deferral, shared words, the proviso text reproduced in "
                "an appendix", points=g)


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


BUILDER = "corpora/mandates-blind56/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
