"""Build the fifty-sixth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written by `b56p` without reading plancheck's code, tests, rules, docs or bench and without
running it. Five pairs, each in a real form no earlier batch used (see README.md for the forms,
the nearest earlier forms and the gold conventions):

- Tjelmvik (nb): a kommune's FOLKEHELSEMELDING whose goals are the BOLD OPENING SENTENCES of
  paragraphs (the reason follows in the same paragraph), beside a floated fact box (Chromium)
  → the FRISKLIVSSENTRAL's ÅRSPLAN 2058: '–' goals, a WEEKLY TIMETABLE grid `Tid | Mandag …
  Fredag`, a course table, what is new, what is not the frisklivssentral's (reportlab).
- Kvitebrekka (nn): a KLIMASTRATEGI whose goals ARE THE SECTION HEADINGS of chapter 3
  (python-docx) → one unit's TILTAKSKORT for the klimabudsjett: 'Einingsmål' E1–E6 typed with
  a hanging code, then one bordered CARD per measure (`KT-nn | title` over field rows, the
  last row 'Mål i klimastrategien' naming a chapter in short words) (odfpy).
- Ormberg (sv): a VA-POLICY, per area a bold 'Mål' over the goal and a 'Viljeinriktning:'
  paragraph, beside the law's own 'ska' duties (python-docx) → the VA-UTBYGGNADSPLAN, A4
  landscape: numbered goals, an area table `Nr | Område | Fastigheter | Bedömning enligt 6 §
  LAV | Lösning | Prio | Utbyggnad`, 'Det här ingår inte' (Chromium).
- Hørsbjerg (da): a DAGTILBUDSPOLITIK in three 'Pejlemærke' chapters, each with 'Det vil vi'
  over '–' goals (reportlab) → one institution's STYRKEDE PÆDAGOGISKE LÆREPLAN: the national
  pedagogical foundation, 'Vores mål' 1–5, a table of the six læreplanstemaer `Tema | Lovens
  pædagogiske mål (kort) | Sådan gør vi` quoting the law's goals, parents, transition (python-docx).
- Haverbrook (en): a PARKS AND GREEN SPACES STRATEGY, 'Aim n · name' bands each over a plain
  goal paragraph and 'How we will get there' bullets (odfpy) → one park's GREEN FLAG
  MANAGEMENT PLAN: site summary, vision, management objectives, an assessment table by the
  eight Green Flag criteria, an action plan `Ref | Action | Criterion | Lead | When`, 'Outside
  the scope of this plan' (Chromium).

    python corpora/parents-blind56/make_pairs.py                  # all pairs
    python corpora/parents-blind56/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind56/make_pairs.py --twice          # build twice, compare sha256

Writers reused through batch 55's builder (`pk.load_module`), which has them from batch 54's:
batch 47's `_docx47`, batch 46's `_rl_doc`, batch 44's `_docx` and `_odt`, batch 43's `_html`
and `_rl_fonts`. No writer of its own. The gold writer and checks (`G`, `C`, batch 14's `main`,
batch 20's `verify`) come through the same chain and `pairkit.parents_main`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p55 = pk.load_module("parents_blind55_make_pairs", HERE.parent / "parents-blind55" / "make_pairs.py")
_p43 = _p55._p43
_p20, _p14 = _p55._p20, _p55._p14
G, C = _p55.G, _p55.C
_docx, _odt, _html, _rl_doc, _docx47, e = (_p55._docx, _p55._odt, _p55._html, _p55._rl_doc,
                                           _p55._docx47, _p55.e)

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind56/make_pairs.py"


# =========================================================================== 1 Tjelmvik (nb)


@pair
def tjelmvik_frisklivsplan(d: Path) -> dict:
    g = {
        "1": "Forskjellene i helse mellom dem med lang og kort utdanning skal bli mindre.",
        "2": "Flere voksne skal være fysisk aktive i hverdagen, og færre skal røyke og snuse.",
        "3": "Flere skal spise sunt, og færre barn skal ha overvekt når de begynner på skolen.",
        "4": "Færre skal være ensomme, og flere skal være med i frivillig arbeid og "
             "fritidsaktiviteter.",
        "5": "Alle skal ha kort vei til turstier, lekeplasser og møteplasser der de bor.",
        "6": "Flere med helseplager skal kunne stå i arbeid, og flere unge skal fullføre "
             "videregående skole.",
    }
    why = {
        "1": "Forskjellene har økt de siste ti årene, og de henger sammen med inntekt, arbeid og "
             "bolig. Alle tjenester må spørre seg om tilbudene deres når dem som trenger dem "
             "mest.",
        "2": "Bare en drøy tredjedel av de voksne når anbefalingen om aktivitet. Nedgangen i "
             "røyking har flatet ut, og snusbruken blant unge kvinner øker.",
        "3": "Overvekt hos barn er et tydelig tegn på ulikhet: andelen er dobbelt så høy i "
             "familier med lav inntekt som i familier med høy.",
        "4": "Lag, foreninger og Frivilligsentralen er viktige partnere. Kommunen vil gjøre det "
             "enklere å finne og låne lokaler.",
        "5": "Særlig i Tjelmvik sentrum og på Holmen mangler det trygge lekeplasser, og flere "
             "turstier er lite kjent.",
        "6": "Å ha en jobb eller en skoleplass å gå til er en av de sterkeste "
             "beskyttelsesfaktorene vi kjenner.",
    }

    def goal(k):
        return f"<p class='g'><b>{e(g[k])}</b> {e(why[k])}</p>"

    facts = [
        "Forventet levealder er 3,1 år lavere for dem med bare grunnskole enn for dem med "
        "høyere utdanning.",
        "37 prosent av de voksne er fysisk aktive minst 150 minutter i uka.",
        "14 prosent røyker daglig, og 11 prosent snuser daglig.",
        "Hvert femte barn på 1. trinn har overvekt eller fedme.",
        "22 prosent av ungdommene i Ungdata sier at de ofte er ensomme.",
        "Dobbelt så mange 18–29-åringer som i landet får arbeidsavklaringspenger eller uføretrygd.",
    ]
    body = [
        "<div class='top'>Tjelmvik kommune · Folkehelsemelding 2058</div>",
        "<h1>Folkehelsemelding 2058</h1>",
        "<p class='sub'>Oversikt over helsetilstanden i Tjelmvik og kommunestyrets "
        "folkehelsemål for 2058–2061 · Behandlet i kommunestyret 3. desember 2057, sak 91/57</p>",
        "<div class='fact'><div class='fh'>Dette viser oversikten</div><ul>"
        + "".join(f"<li>{e(x)}</li>" for x in facts) + "</ul></div>",
        "<h2>1 Hvorfor en folkehelsemelding?</h2>",
        "<p>Etter folkehelseloven skal kommunen ha en skriftlig oversikt over helsetilstanden i "
        "befolkningen og over det som påvirker den. Oversikten ble oppdatert i 2057. Denne "
        "meldingen samler hovedfunnene og setter mål for de neste fire årene. Målene skal "
        "legges til grunn når tjenestene lager sine planer, og de følges opp i handlingsdelen "
        "til kommuneplanen.</p>",
        "<p>Folkehelsearbeid er ikke en oppgave for helsetjenesten alene. Det meste av det som "
        "påvirker helsa vår – bolig, arbeid, skole, nærmiljø og fellesskap – ligger utenfor "
        "helsesektoren.</p>",
        "<h2>2 Folkehelsemål for 2058–2061</h2>",
        "<p>Kommunestyret har vedtatt seks mål. Hvert avsnitt under begynner med målet og "
        "forklarer kort hvorfor det er valgt. Den nasjonale målsettingen er at Norge skal være "
        "blant de tre landene i verden med høyest levealder; Tjelmviks mål er lokale og skal "
        "bidra til den.</p>",
        "<h3>Levekår og sosial ulikhet</h3>", goal("1"),
        "<h3>Levevaner</h3>", goal("2"), goal("3"),
        "<h3>Psykisk helse og fellesskap</h3>", goal("4"),
        "<h3>Nærmiljø</h3>", goal("5"),
        "<h3>Arbeid og utdanning</h3>", goal("6"),
        "<h2>3 Slik følges målene opp</h2>",
        "<p>Målene følges opp i kommuneplanens handlingsdel og i virksomhetenes egne planer, "
        "blant annet årsplanen for Frisklivssentralen, plan for idrett, fysisk aktivitet og "
        "friluftsliv og planen for helsestasjons- og skolehelsetjenesten. Neste oversikt over "
        "folkehelsa legges fram i 2061.</p>",
        "<p class='sign'>Randi Hovdenak, kommuneoverlege og folkehelsekoordinator</p>",
    ]
    css = (
        "@page{size:A4;margin:16mm 18mm 16mm 18mm;"
        "@bottom-center{content:'Folkehelsemelding 2058 – side ' counter(page);"
        "font:7.5pt 'Liberation Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.8pt/1.5 'Liberation Sans';color:#222}"
        ".top{font:7.5pt 'Liberation Sans';color:#666;text-align:right;margin-bottom:8pt}"
        "h1{font:bold 22pt 'Liberation Sans';color:#8A2E4B;margin:4pt 0 2pt}"
        ".sub{color:#555;margin:0 0 12pt;font-size:9pt}"
        "h2{font:bold 12.5pt 'Liberation Sans';color:#8A2E4B;margin:12pt 0 4pt}"
        "h3{font:bold 10pt 'Liberation Sans';color:#444;margin:9pt 0 2pt;text-transform:uppercase;"
        "letter-spacing:.04em}"
        "p{margin:0 0 6pt}.g b{color:#111}"
        ".fact{float:right;width:36%;margin:0 0 8pt 12pt;background:#F4E6EB;padding:6pt 8pt;"
        "font-size:8.6pt;line-height:1.35}"
        ".fh{font-weight:bold;color:#8A2E4B;margin-bottom:3pt}"
        ".fact ul{margin:0;padding-left:11pt}.fact li{margin-bottom:3pt}"
        ".sign{margin-top:14pt;font-style:italic}"
    )
    _html("nb", "Folkehelsemelding 2058 – Tjelmvik kommune", css, body, d / "parent.pdf")

    c = {
        "C1": "Flere skal fullføre frisklivsresepten og fortsatt være i aktivitet et halvt år "
              "etter.",
        "C2": "Tilbudet skal nå flere menn og flere med lav inntekt eller kort utdanning.",
        "C3": "Alle som vil slutte å røyke eller snuse, skal få veiledning innen to uker.",
        "C4": "Deltakerne skal lære å lage enkle, sunne måltider som ikke koster mye.",
        "C5": "Ventetiden til første helsesamtale skal ned til under tre uker.",
        "C6": "Deltakere som er sykmeldt eller får arbeidsavklaringspenger, skal få et tilbud "
              "som passer med jobb og arbeidsrettede tiltak.",
    }
    m = {
        "bmbh": "Bra mat for bedre helse, seks kvelder",
        "budsj": "Matlaging på budsjett, skolekjøkkenet på Holmen",
        "snus": "Snus- og røykesluttkurs, fire samlinger",
        "tlf": "Snus- og røykeslutt på telefon eller video",
        "jobb": "Jobbtrim for deltakere i NAV-tiltak",
        "egen": "Egenandelen på 450 kr for frisklivsresept faller bort fra 1. februar.",
        "nav": "Vi informerer om tilbudet på NAV og i voksenopplæringen én gang i måneden.",
        "spr": "Brosjyre og påmelding på arabisk, polsk og tigrinja.",
        "inntak": "Fast inntaksdag hver tirsdag, så ingen venter på en ledig time.",
        "opp": "Oppfølgingssamtale seks måneder etter at resepten er avsluttet.",
        "kveld": "Kveldstrim mandag, for deg som er i jobb.",
    }
    child = [
        ("kicker", "FRISKLIVSSENTRALEN I TJELMVIK"),
        ("title", "Årsplan 2058"),
        ("sub", "Godkjent av kommunalsjef for helse og velferd 14. januar 2058"),
        ("h1", "Om Frisklivssentralen"),
        ("p", "Frisklivssentralen er en kommunal helsetjeneste for voksne som vil endre "
         "levevaner og trenger støtte for å komme i gang. Du kan bli henvist fra fastlegen, NAV "
         "eller andre, eller du kan ta kontakt selv. De fleste starter med en frisklivsresept "
         "på tolv uker: en helsesamtale, trening i gruppe, kurs og en avsluttende samtale."),
        ("p", "Vi er tre ansatte i til sammen 2,4 årsverk: to fysioterapeuter og en klinisk "
         "ernæringsfysiolog. Vi holder til i første etasje på Tjelmvik helsehus."),
        ("facts", "2057 i tall", [
            "118 startet på frisklivsresept, 71 fullførte",
            "34 deltok på kurs i snus- og røykeslutt",
            "61 prosent av deltakerne var kvinner",
            "Gjennomsnittlig ventetid til første samtale var fem uker",
        ]),
        ("h1", "Våre mål for 2058"),
        ("p", "Målene bygger på erfaringene fra 2057 og på kommunestyrets folkehelsemelding."),
        ("dash", [c["C1"], c["C2"], c["C3"], c["C4"], c["C5"], c["C6"]]),
        ("h1", "Faste treningsgrupper"),
        ("p", "Gruppene er åpne for alle med frisklivsresept. Etter resepten kan du fortsette i "
         "turgruppa og bassenggruppa mot vanlig kortpris."),
        ("table", ["Tid", "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"], [
            ("09.00–10.00", "Frisktrim inne, helsehuset", "", "Turgruppe fra helsehuset", "",
             "Frisktrim inne, helsehuset"),
            ("12.30–13.30", "", m["jobb"], "", m["jobb"], ""),
            ("17.30–18.30", "Kveldstrim, helsehuset", "", "", "Bassengtrening, Holmen bad", ""),
        ], [22, 29, 29, 29, 29, 28]),
        ("h1", "Kurs i 2058"),
        ("table", ["Kurs", "Vår", "Høst", "Plasser"], [
            (m["bmbh"], "Uke 5–10", "Uke 36–41", "12"),
            (m["budsj"], "Uke 12–15", "Uke 43–46", "10"),
            (m["snus"], "Løpende oppstart", "Løpende oppstart", "8"),
            (m["tlf"], "Hele året", "Hele året", "–"),
        ], [82, 30, 30, 24]),
        ("h1", "Dette gjør vi nytt i 2058"),
        ("sq", [m["egen"], m["nav"], m["spr"], m["inntak"], m["opp"], m["kveld"]]),
        ("h1", "Samarbeid"),
        ("p", "Vi samarbeider med NAV Tjelmvik om jobbtrimmen, med Frivilligsentralen, som "
         "låner oss lokaler til turgruppa, og med Tjelmvik idrettslag, som tar imot deltakere "
         "som vil fortsette å trene etter resepten."),
        ("h1", "Dette ligger ikke hos Frisklivssentralen"),
        ("sq", [
            "Kurs i mestring av depresjon og kurs i belastningsmestring er fra 2058 flyttet til "
            "tjenesten for psykisk helse og rus.",
            "Oppfølging av barn med overvekt og familiene deres gjøres av helsestasjonen og "
            "skolehelsetjenesten.",
            "Turstier, lekeplasser og nærmiljøanlegg ligger i plan for idrett, fysisk aktivitet "
            "og friluftsliv.",
        ]),
        ("sig", ["Tjelmvik, 10. januar 2058", "Sindre Alvheim, leder for Frisklivssentralen"]),
    ]
    _rl_doc(d / "child.pdf", child, fonts=_p43._rl_fonts("LiberationSans"), base=9.4,
            accent="#2E6B5E", tint="#E3EFEB", title="Årsplan 2058 – Frisklivssentralen i "
            "Tjelmvik", author="Tjelmvik kommune", header="Frisklivssentralen i Tjelmvik · "
            "Årsplan 2058", footer="Tjelmvik kommune · Helse og velferd", page_word="Side")

    goals_ = [
        G("1", g["1"], "followed_up", [c["C2"], m["egen"], m["nav"], m["spr"]],
          ev="Tilbudet skal nå flere menn",
          note="the goals are the BOLD OPENING SENTENCES of the six paragraphs under '2 "
          "Folkehelsemål' (the reason follows in the same paragraph, unbolded; no numbers, id = "
          "order); the fact box 'Dette viser oversikten', the national goal quoted in the "
          "introduction to '2' ('Norge skal være blant de tre landene …') and the theme "
          "headings are no goals. For the service's share, in other words: reaching men and "
          "those with low income or short education, no fee, outreach at NAV and the adult "
          "school, leaflets in three languages"),
        G("2", g["2"], "followed_up", [c["C1"], c["C3"], m["snus"], m["tlf"], m["opp"]],
          ev="Flere skal fullføre frisklivsresepten og",
          note="both halves: staying active after the prescription (and a six-month follow-up "
          "talk) and help to stop smoking and snus within two weeks"),
        G("3", g["3"], "partial", [c["C4"], m["bmbh"], m["budsj"]],
          ev="Deltakerne skal lære å lage",
          missing=["færre barn med overvekt ved skolestart: 'Oppfølging av barn med overvekt … "
                   "gjøres av helsestasjonen og skolehelsetjenesten'"],
          note="healthy food for the adult participants only"),
        G("4", g["4"], "not_followed_up",
          note="handed on: the depression and stress courses 'er fra 2058 flyttet til tjenesten "
          "for psykisk helse og rus'. Trap (shared words): Frivilligsentralen only lends rooms "
          "to the walking group; nothing aims at loneliness or volunteering"),
        G("5", g["5"], "not_followed_up",
          note="handed on: 'Turstier, lekeplasser og nærmiljøanlegg ligger i plan for idrett, "
          "fysisk aktivitet og friluftsliv'. Trap: the 'Turgruppe' in the timetable uses paths, "
          "it does not bring them closer"),
        G("6", g["6"], "partial", [c["C6"], m["jobb"]],
          ev="Deltakere som er sykmeldt eller",
          missing=["flere unge skal fullføre videregående skole: nothing for young people or "
                   "school"],
          note="staying in work: sick-listed participants and those on AAP, a lunchtime group "
          "with NAV"),
    ]
    kids = [
        C(c["C1"], ["2"], note="the child goals are the '–' lines under 'Våre mål for 2058'; "
          "the timetable cells, the course rows and the '▪' lines of 'Dette gjør vi nytt i "
          "2058' are measures. Never child goals: 'Om Frisklivssentralen', the box '2057 i "
          "tall', 'Samarbeid', 'Dette ligger ikke hos Frisklivssentralen'"),
        C(c["C2"], ["1"]),
        C(c["C3"], ["2"]),
        C(c["C4"], ["3"]),
        C(c["C5"], [], note="waiting time to the first talk: the service's own goal, no "
          "folkehelsemål — stands alone"),
        C(c["C6"], ["6"]),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Sans 9.8; a kommune's "
        "FOLKEHELSEMELDING): top line right, title, a fact box floated right 'Dette viser "
        "oversikten', under capitals theme headings the goals as the BOLD OPENING SENTENCE of a "
        "paragraph whose reason follows unbolded, a national goal quoted in prose; footer "
        "centred 'side n'; child PDF (reportlab, Liberation Sans 9.4; the FRISKLIVSSENTRAL's "
        "ÅRSPLAN 2058): kicker, tinted box '2057 i tall', '–' goals, a WEEKLY TIMETABLE `Tid | "
        "Mandag | Tirsdag | Onsdag | Torsdag | Fredag`, a course table `Kurs | Vår | Høst | "
        "Plasser`, '▪' new measures, cooperation, what lies elsewhere; header over a rule, "
        "'Side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Kvitebrekka (nn)


@pair
def kvitebrekka_tiltakskort(d: Path) -> dict:
    g = {
        "1": "Utsleppa frå vegtrafikken skal halverast innan 2067.",
        "2": "Kommunen sine bygg skal vere fossilfrie og bruke 30 prosent mindre energi innan "
             "2062.",
        "3": "Kommunen sine eigne bygge- og anleggsprosjekt skal ha utsleppsfrie byggjeplassar "
             "innan 2063.",
        "4": "Mindre avfall skal gå til forbrenning, og meir skal brukast om att eller "
             "attvinnast.",
        "5": "Myr og anna karbonrik jord skal ikkje byggjast ned.",
        "6": "Landbruket skal kutte utslepp og binde meir karbon i jorda.",
    }
    parent = [
        ("title", "Klimastrategi 2057–2067"),
        ("sub", "Kvitebrekka kommune · Kommunedelplan for klima · Vedteken i kommunestyret "
         "18. september 2057, sak 58/57"),
        ("h1", "1 Innleiing"),
        ("p", "Klimastrategien skal vise korleis kommunen, innbyggjarane og næringslivet i "
         "Kvitebrekka saman kan kutte klimagassutslepp. Klimalova slår fast at Noreg skal vere "
         "eit lågutsleppssamfunn innan 2060, og kommunane har ei viktig rolle i det arbeidet."),
        ("p", "Strategien byggjer på klimagassrekneskapen frå Miljødirektoratet og på innspel frå "
         "eit ope møte på Brekke i mars 2057. I kapittel 3 er kvar overskrift eit mål; teksten "
         "under seier korleis vi skal arbeide for å nå det."),
        ("h1", "2 Utsleppa i Kvitebrekka"),
        ("table", ["Sektor", "Tonn CO2-ekv. 2055", "Del av utsleppa"], [
            ("Vegtrafikk", "21 400", "41 %"),
            ("Jordbruk", "14 900", "28 %"),
            ("Sjøfart", "6 100", "12 %"),
            ("Avfall og avløp", "3 200", "6 %"),
            ("Oppvarming", "2 300", "4 %"),
            ("Anna", "4 700", "9 %"),
        ], [70, 50, 48]),
        ("p", "I tillegg kjem utslepp frå arealbruk. Dei siste ti åra er 31 dekar myr bygd ned, "
         "mest til hytter og vegar. Kommunen sine eigne bygg og bilar står for under tre prosent "
         "av utsleppa, men der har vi full kontroll sjølve."),
        ("h1", "3 Mål og strategiar"),
        ("h2", "3.1 " + g["1"]),
        ("p", "Vi vil byggje ut ladepunkt i alle grendene, gjere det tryggare å gå og sykle til "
         "skule og arbeid og arbeide for eit betre busstilbod saman med fylkeskommunen. "
         "Kommunen skal gå føre med ein utsleppsfri bilpark."),
        ("h2", "3.2 " + g["2"]),
        ("p", "Olje- og gasskjelar skal fasast ut, og alle større bygg skal få energioppfølging. "
         "Ved nybygg vel vi energiløysingar som kan nytte spillvarme eller grunnvarme."),
        ("h2", "3.3 " + g["3"]),
        ("p", "Vi stiller krav i anbod og prøver ut elektriske maskiner i eigne prosjekt. "
         "Erfaringane skal delast med entreprenørane i regionen."),
        ("h2", "3.4 " + g["4"]),
        ("p", "Kommunen skal sortere betre i eigne bygg, og saman med Brekkerenovasjon IKS gjere "
         "det lettare for innbyggjarane å levere til ombruk."),
        ("h2", "3.5 " + g["5"]),
        ("p", "Ved rullering av arealdelen skal myr takast ut av byggjeområda. I reguleringsplanar "
         "skal myr kartleggjast før vedtak."),
        ("h2", "3.6 " + g["6"]),
        ("p", "Vi vil hjelpe bøndene med klimarådgjeving og prioritere klimatiltak når vi fordeler "
         "SMIL-midlar."),
        ("h1", "4 Oppfølging"),
        ("p", "Kvart år lagar einingane tiltakskort for tiltaka sine. Korta blir samla i "
         "klimabudsjettet, som blir vedteke saman med økonomiplanen. Klimatilpassing er ikkje "
         "ein del av denne strategien; ho blir handsama i ein eigen temaplan i 2059."),
        ("p", "Aslaug Mjøsdal, ordførar"),
    ]
    _docx47(parent, d / "parent.pdf", title="Klimastrategi 2057–2067 – Kvitebrekka kommune",
            author="Kvitebrekka kommune", header="Kvitebrekka kommune · Klimastrategi "
            "2057–2067", footer="Vedteken 18.09.2057", page_word="Side", of_word="av",
            lang="nn-NO", font="Liberation Sans", size=9.8, color="1F5A7A", tint="E1ECF2")

    c = {
        "E1": "Alle kommunale bygg skal varmast opp utan olje og gass innan utgangen av 2059.",
        "E2": "Energibruken i formålsbygga skal ned 12 prosent innan 2061, rekna mot 2056.",
        "E3": "Alle bygge- og anleggsprosjekta våre skal nytte utsleppsfrie maskiner frå 2060.",
        "E4": "Tenestebilane i eininga skal vere elektriske innan 2060.",
        "E5": "Restavfallet frå dei kommunale bygga skal ned med ein tredjedel.",
        "E6": "Lekkasjane frå vassleidningsnettet skal vere under 25 prosent innan 2061.",
    }
    k = {
        "01": "Utfasing av oljekjelar i Brekke skule og Kvitebrekka sjukeheim",
        "02": "Energioppfølging og sentral driftskontroll i ti formålsbygg",
        "03": "Krav om utsleppsfrie maskiner i alle anbod",
        "04": "Elbilar i staden for 14 dieselbilar",
        "05": "Ti nye ladepunkt ved rådhuset og Brekke skule",
        "06": "Gang- og sykkelveg Brekkeløkja–Brekke skule",
        "07": "Ombrukslager for møblar og utstyr",
        "08": "Betre kjeldesortering i alle kommunale bygg",
        "09": "Opprusting av Kvitmyrvegen",
        "10": "Lekkasjesøk og ny vassleidning i Brekkegata",
    }
    card = {
        "01": ("Dei to siste oljekjelane blir bytte ut med luft-til-vatn-varmepumpe og elkjel "
               "som spisslast.", "ca. 180 tonn per år", "4,6 mill. kr (investering)",
               "Eigedomssjef", "2058–2059 · Vedteke i økonomiplanen",
               "3.2 Fossilfrie og energieffektive bygg"),
        "02": ("Timesmålarar og fjernstyring av ventilasjon og varme. Energirådgjevar følgjer "
               "opp kvart bygg kvar månad.", "ca. 40 tonn per år", "0,9 mill. kr + 0,2 "
               "årsverk", "Eigedomssjef", "Oppstart april 2058 · Vedteke",
               "3.2 Fossilfrie og energieffektive bygg"),
        "03": ("Frå 2058 krev vi elektriske eller hydrogendrivne maskiner i alle anbod over 2 "
               "mill. kr. VA-prosjektet i Brekkegata blir første prosjekt med elektrisk "
               "gravemaskin.", "ca. 60 tonn per år frå 2060", "Meirkostnad ca. 3 % per "
               "prosjekt", "Prosjektleiar, kommunalteknikk", "Løpande frå 2058",
               "3.3 Utsleppsfrie byggjeplassar"),
        "04": ("Leasingavtalane for dieselbilane går ut i 2058 og 2059 og blir ikkje fornya. "
               "Eininga får elbilar og to elektriske varebilar.", "ca. 35 tonn per år",
               "Innanfor driftsbudsjettet", "Driftsleiar", "2058–2060 · Vedteke",
               "3.1 Vegtrafikk"),
        "05": ("Ladepunkt for tilsette og besøkjande, opne for innbyggjarane på kveld og helg.",
               "Ikkje rekna ut", "0,6 mill. kr", "Driftsleiar", "Haust 2058 · Vedteke",
               "3.1 Vegtrafikk"),
        "06": ("1,4 km gang- og sykkelveg langs fylkesvegen, slik at elevane kan sykle trygt til "
               "skulen.", "Ikkje rekna ut", "11,5 mill. kr", "Kommunalsjef teknikk",
               "Utsett. Ikkje finansiert i økonomiplanen 2058–2061", "3.1 Vegtrafikk"),
        "07": ("Eit lager i den gamle brannstasjonen der einingane kan levere og hente brukte "
               "møblar og utstyr.", "ca. 8 tonn per år", "0,1 mill. kr", "Eigedomssjef",
               "2058 · Vedteke", "3.4 Avfall"),
        "08": ("Nye sorteringsstasjonar og opplæring av reinhaldarane. Matavfall, papp og plast "
               "blir sortert i alle bygg.", "ca. 12 tonn per år", "0,3 mill. kr",
               "Reinhaldsleiar", "2058", "3.4 Avfall"),
        "09": ("Ny grøfting og nytt grusdekke på 1,2 km over Kvitmyra, slik at vegen toler "
               "tømmerbilar heile året.", "Ikkje rekna ut", "2,2 mill. kr", "Driftsleiar veg",
               "Sommar 2058", "–"),
        "10": ("Systematisk lekkasjesøk i sentrum og ny vassleidning i Brekkegata saman med "
               "utskifting av avløpet.", "Ikkje rekna ut", "7,8 mill. kr", "VA-leiar",
               "2058–2059 · Vedteke", "Klimatilpassing"),
    }
    fields = ["Skildring", "Klimaeffekt", "Kostnad", "Ansvarleg", "Tid og status",
              "Mål i klimastrategien"]
    child = [
        ("title", "Tiltakskort 2058"),
        ("sub", "Kommunalteknikk og eigedom · Kvitebrekka kommune · Vedlegg 3 til "
         "klimabudsjettet 2058"),
        ("h1", "Om tiltakskorta"),
        ("p", "Her er tiltaka eininga gjennomfører eller planlegg for å kutte utslepp. Kvart "
         "tiltak har sitt eige kort med effekt, kostnad, ansvar og status. Korta blir "
         "oppdaterte kvart år når klimabudsjettet blir rullert, og nummera blir ikkje brukte "
         "om att."),
        ("h1", "Einingsmål 2058–2061"),
        ("hang", [(n, c[n]) for n in ("E1", "E2", "E3", "E4", "E5", "E6")]),
        ("p", "Eininga har ikkje ansvar for landbruk eller arealplanlegging. Klimatiltak i "
         "landbruket ligg i handlingsplanen til landbrukskontoret."),
        ("h1", "Korta"),
    ]
    for n in sorted(k):
        child.append(("table", [f"KT-{n}", k[n]],
                      [(f, v) for f, v in zip(fields, card[n], strict=True)], [40, 126]))
    child.append(("p", "Kvitebrekka, 20. januar 2058 · Eirik Tverrelv, kommunalsjef teknikk"))
    _odt(child, d / "child.pdf", title="Tiltakskort 2058 – Kommunalteknikk og eigedom – "
         "Kvitebrekka kommune", header="Kvitebrekka kommune · Klimabudsjett 2058 · Tiltakskort",
         footer="Kommunalteknikk og eigedom", font="Liberation Sans", size=9.6,
         color="#1F5A7A", tint="#E1ECF2", lang="nn", country="NO")

    goals_ = [
        G("1", g["1"], "partial", [c["E4"], k["04"], k["05"]],
          ev="Tenestebilane i eininga skal vere",
          missing=["gå og sykle: card KT-06 'Gang- og sykkelveg Brekkeløkja–Brekke skule' is "
                   "'Utsett. Ikkje finansiert i økonomiplanen 2058–2061'",
                   "busstilbod: nothing"],
          note="the goals are the HEADINGS 3.1–3.6 of chapter 3 (the parent says 'kvar "
          "overskrift eit mål'; text without the number, id = n); the paragraphs under them are strategies; the "
          "emission table, the national goal quoted in '1' ('Noreg skal vere eit "
          "lågutsleppssamfunn') and '4 Oppfølging' are no goals. The municipal fleet and "
          "chargers only; the card for cycling is deferred"),
        G("2", g["2"], "followed_up", [c["E1"], c["E2"], k["01"], k["02"]],
          ev="Alle kommunale bygg skal varmast",
          note="both halves in other words: heating without oil and gas by 2059, 12 per cent "
          "less energy by 2061 (the unit's share of the 30), oil boilers out, energy follow-up"),
        G("3", g["3"], "followed_up", [c["E3"], k["03"]],
          ev="Alle bygge- og anleggsprosjekta våre skal",
          note="'utsleppsfrie maskiner' for 'utsleppsfrie byggjeplassar', from 2060"),
        G("4", g["4"], "followed_up", [c["E5"], k["07"], k["08"]],
          ev="Restavfallet frå dei kommunale bygga",
          note="the unit's share, in other words: less residual waste, a re-use store, better "
          "sorting in the municipality's own buildings (the residents' part lies with the "
          "waste company, a strategy line, not the goal)"),
        G("5", g["5"], "not_followed_up",
          note="handed on: 'Eininga har ikkje ansvar for … arealplanlegging'. Trap: card KT-09 "
          "'Opprusting av Kvitmyrvegen' shares the bog's name and drains a road across it; its "
          "goal field is '–'"),
        G("6", g["6"], "not_followed_up",
          note="handed on: 'Klimatiltak i landbruket ligg i handlingsplanen til "
          "landbrukskontoret'"),
    ]
    kids = [
        C(c["E1"], ["2"], note="the child goals are the lines E1–E6 under 'Einingsmål "
          "2058–2061' (code + tab, hanging); the cards KT-01 … KT-10 are measures (their "
          "title in the card's head row); the field 'Mål i klimastrategien' names a chapter "
          "in short words, not a goal text. Never child goals: 'Om tiltakskorta', the "
          "sentence on landbruk and arealplanlegging, the card fields"),
        C(c["E2"], ["2"]),
        C(c["E3"], ["3"]),
        C(c["E4"], ["1"]),
        C(c["E5"], ["4"]),
        C(c["E6"], [], note="leaks from the water mains: no goal of the strategy; its card "
          "KT-10 cites 'Klimatilpassing', which the strategy leaves to another plan — stands "
          "alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 9.8; a "
        "KLIMASTRATEGI, kommunedelplan): an emission table, the national goal in prose, and in "
        "'3 Mål og strategiar' the goals AS THE HEADING-2 LINES, each over a paragraph of "
        "strategy; header right over a rule, 'Side n av N'; child PDF (odfpy → LibreOffice, "
        "Liberation Sans 9.6; one unit's TILTAKSKORT for the klimabudsjett): 'Einingsmål' "
        "E1–E6 with a hanging code, then ten CARDS, each a two-column table whose tinted head "
        "row is `KT-nn | title` over the fields Skildring, Klimaeffekt, Kostnad, Ansvarleg, "
        "Tid og status, Mål i klimastrategien; header right, footer centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Ormberg (sv)


@pair
def ormberg_va_utbyggnadsplan(d: Path) -> dict:
    g = {
        "1": "Alla som får sitt vatten från de kommunala vattenverken ska ha ett dricksvatten "
             "av god kvalitet, också när en vattentäkt slås ut.",
        "2": "Områden där fritidshus blir permanentbostäder ska få allmänt vatten och avlopp i "
             "takt med omvandlingen.",
        "3": "Det ska inte finnas några enskilda avlopp med dålig rening runt Stora Orm och "
             "Gällsjön år 2066.",
        "4": "Dagvatten ska tas om hand lokalt och får inte orsaka översvämning av byggnader "
             "vid skyfall.",
        "5": "Ledningsnätet ska förnyas i en takt som gör att det håller för kommande "
             "generationer.",
        "6": "Utbyggnad till nya områden ska betalas av dem som ansluts och inte av dem som "
             "redan har allmänt VA.",
    }
    vilj = {
        "1": "Kommunen tar fram en reservvattentäkt för Ormbergs vattenverk och inrättar "
             "vattenskyddsområden för alla kommunala vattentäkter.",
        "2": "Utbyggnaden prioriteras efter behovet för hälsa och miljö. Nya bostäder planeras i "
             "första hand där det redan finns allmänt VA.",
        "3": "Miljö- och byggnämnden inventerar avloppen runt sjöarna. Där fastigheterna ligger "
             "tätt ansluts de till allmänt VA, i övriga fall ställs krav på ägarna.",
        "4": "Öppna diken, dammar och gröna ytor väljs före ledningar. Lågpunkter kartläggs och "
             "hålls fria från ny bebyggelse.",
        "5": "Förnyelsen planeras utifrån ledningarnas skick och risken för störningar, inte "
             "bara deras ålder.",
        "6": "VA-verksamheten finansieras helt med avgifter och inte med skatt. Taxan ses över "
             "minst vart fjärde år.",
    }
    areas = [("3.1", "Dricksvatten"), ("3.2", "Utbyggnad av allmänt VA"),
             ("3.3", "Enskilda avlopp och sjöarna"), ("3.4", "Dagvatten och skyfall"),
             ("3.5", "Ledningsnätet"), ("3.6", "Ekonomi")]
    parent = [
        ("title", "VA-policy för Ormbergs kommun"),
        ("sub", "Antagen av kommunfullmäktige 2057-04-23, § 38 · Dnr KS 2056/214"),
        ("h1", "1 Inledning"),
        ("p", "VA-policyn är det andra steget i kommunens VA-planering. VA-översikten från 2056 "
         "beskriver hur vatten och avlopp är ordnat i dag. Policyn anger kommunens mål och "
         "viljeinriktning och ska ligga till grund för VA-planen, som består av en "
         "utbyggnadsplan, en förnyelseplan, en dagvattenplan och en vattenförsörjningsplan."),
        ("p", "Policyn gäller för kommunen som huvudman, för Ormbergs Vatten AB och för miljö- "
         "och byggnämnden i dess tillsyn."),
        ("h1", "2 Lagar och ansvar"),
        ("p", "Enligt 6 § lagen om allmänna vattentjänster ska kommunen ordna vatten och avlopp "
         "i ett större sammanhang när det behövs för att skydda människors hälsa eller miljön. "
         "Fastighetsägare utanför verksamhetsområdet ansvarar själva för sitt vatten och "
         "avlopp. Miljö- och byggnämnden ska se till att enskilda avlopp uppfyller "
         "miljöbalkens krav."),
        ("h1", "3 Mål och viljeinriktning"),
        ("p", "För varje område anges först kommunens mål och sedan hur kommunen vill arbeta "
         "för att nå det."),
    ]
    for (num, name), key in zip(areas, "123456", strict=True):
        parent += [("h2", f"{num} {name}"), ("b", "Mål"), ("p", g[key]),
                   ("p", "Viljeinriktning: " + vilj[key])]
    parent += [
        ("h1", "4 Uppföljning"),
        ("p", "Kommunstyrelsen följer upp policyn i samband med årsredovisningen. Policyn "
         "revideras senast 2062."),
    ]
    _docx(parent, d / "parent.pdf", title="VA-policy för Ormbergs kommun", author="Ormbergs "
          "kommun", header="ORMBERGS KOMMUN · VA-policy", footer="Antagen av KF 2057-04-23 "
          "§ 38", lang="sv-SE", font="Liberation Sans", size=10, color="2C5C8A")

    c = {
        "U1": "Områden där allt fler bor året runt ska få kommunalt vatten och avlopp innan "
              "brunnar och avlopp blir ett hälsoproblem.",
        "U2": "Avloppen runt Stora Orm ska vara åtgärdade senast 2063 och runt Gällsjön senast "
              "2069.",
        "U3": "I de nya områdena ska dagvattnet tas om hand i öppna diken och dammar.",
        "U4": "Varje utbyggnadsområde ska bära sina egna kostnader genom anläggningsavgiften.",
        "U5": "Fastighetsägarna ska få veta minst två år i förväg när deras område byggs ut.",
    }
    m = {
        "dike": "Öppna diken och en fördröjningsdamm i Norrbodarna och på Orms udde",
        "info": "Informationsmöte i varje område två år före byggstart",
        "avg": "En egen anläggningsavgift för varje utbyggnadsområde",
    }
    rows = [
        ("1", "Norrbodarna", "84 (52)", "Ja. Arsenik i många brunnar, tät bebyggelse",
         "Vatten och spillvatten, LTA-pumpar", "1", "2059–2061"),
        ("2", "Orms udde", "46 (29)", "Ja. Stora Orm är övergödd, många dåliga avlopp",
         "Vatten och spillvatten", "1", "2061–2063"),
        ("3", "Skogsbacken", "31 (24)", "Ja. Snabb omvandling till permanentboende",
         "Vatten och spillvatten", "2", "2064–2065"),
        ("4", "Gällsjöns östra strand", "58 (17)", "Ja, på sikt. Få permanentboende",
         "Vatten och spillvatten", "3", "2068–2069"),
        ("5", "Stensjöhagen", "12 (5)", "Nej. Gles bebyggelse, inget samlat behov",
         "Enskilda lösningar, tillsyn", "–", "–"),
    ]
    tr = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in rows)
    cost = [("Norrbodarna", "61", "178 000"), ("Orms udde", "38", "182 000"),
            ("Skogsbacken", "24", "175 000"), ("Gällsjöns östra strand", "52", "195 000")]
    ct = "".join(f"<tr><td>{e(a)}</td><td class='r'>{b}</td><td class='r'>{x}</td></tr>"
                 for a, b, x in cost)
    body = [
        "<div class='top'><span>ORMBERGS KOMMUN · Samhällsbyggnadsförvaltningen</span>"
        "<span>Dnr KS 2057/301</span></div>",
        "<h1>VA-utbyggnadsplan 2058–2070</h1>",
        "<p class='sub'>Del av VA-planen · Antagen av kommunfullmäktige 2058-02-19, § 12</p>",
        "<div class='cols'><div>",
        "<h2>1 Syfte</h2>",
        "<p>Utbyggnadsplanen visar vilka områden utanför dagens verksamhetsområde som ska få "
        "kommunalt vatten och avlopp, i vilken ordning och när. Den bygger på VA-policyn och på "
        "en bedömning av varje område enligt 6 § lagen om allmänna vattentjänster (LAV).</p>",
        "<p>Planen omfattar fyra områden med sammanlagt 219 fastigheter. Den revideras vart "
        "fjärde år eller när förutsättningarna ändras.</p>",
        "</div><div>",
        "<h2>2 Mål för utbyggnaden</h2>",
        "<ol>" + "".join(f"<li>{e(c[x])}</li>" for x in ("U1", "U2", "U3", "U4", "U5"))
        + "</ol>",
        "</div></div>",
        "<h2>3 Områden och prioritering</h2>",
        "<table class='t'><thead><tr><th>Nr</th><th>Område</th><th>Fastigheter (varav "
        "permanent)</th><th>Bedömning enligt 6 § LAV</th><th>Lösning</th><th>Prio</th>"
        "<th>Utbyggnad</th></tr></thead><tbody>" + tr + "</tbody></table>",
        "<p>Ordningen bestäms av behovet för hälsa och miljö. Gällsjön kommer sist eftersom "
        "omvandlingen där är liten och sjön mår bättre än Stora Orm.</p>",
        "<h2>4 Så bygger vi ut</h2>",
        "<ul>" + "".join(f"<li>{e(x)}</li>" for x in (m["dike"], m["info"], m["avg"])) + "</ul>",
        "<h2>5 Det här ingår inte i utbyggnadsplanen</h2>",
        "<ul>"
        "<li>Reservvatten och vattenverkens kapacitet behandlas i vattenförsörjningsplanen, som "
        "tas fram 2059.</li>"
        "<li>Förnyelse av befintliga ledningar styrs av förnyelseplanen. I "
        "utbyggnadsområdena läggs nya ledningar av plast med lång livslängd.</li>"
        "<li>Skyfall och översvämningar i Ormbergs tätort hanteras i dagvattenplanen.</li>"
        "<li>Enskilda avlopp utanför utbyggnadsområdena är miljö- och byggnämndens ansvar.</li>"
        "</ul>",
        "<h2>6 Kostnader</h2>",
        "<table class='t c'><thead><tr><th>Område</th><th>Beräknad kostnad (mnkr)</th>"
        "<th>Anläggningsavgift per fastighet (kr)</th></tr></thead><tbody>" + ct
        + "</tbody></table>",
        "<p class='sign'>Ormberg den 4 mars 2058 · Märta Lindeskog, VA-chef</p>",
    ]
    css = (
        "@page{size:A4 landscape;margin:13mm 16mm 14mm 16mm;"
        "@bottom-left{content:'VA-utbyggnadsplan 2058–2070';font:7.5pt 'Liberation Sans';"
        "color:#666}"
        "@bottom-right{content:'Sida ' counter(page) ' av ' counter(pages);"
        "font:7.5pt 'Liberation Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.4pt/1.4 'Liberation Sans';color:#222}"
        ".top{display:flex;justify-content:space-between;font-size:7.5pt;color:#555;"
        "border-bottom:1pt solid #2C7A6A;padding-bottom:2pt}"
        "h1{font:bold 19pt 'Liberation Sans';color:#2C7A6A;margin:8pt 0 1pt}"
        ".sub{color:#555;margin:0 0 6pt}"
        "h2{font:bold 11pt 'Liberation Sans';color:#2C7A6A;margin:8pt 0 3pt}"
        "p{margin:0 0 5pt}ol,ul{margin:0 0 5pt;padding-left:16pt}li{margin-bottom:2pt}"
        ".cols{display:flex;gap:18pt}.cols>div{flex:1}"
        ".t th{background:#2C7A6A;color:#fff;text-align:left;font-size:8.6pt;padding:3pt 4pt}"
        ".t td{border-bottom:.6pt solid #bbb;padding:3pt 4pt;font-size:8.8pt;vertical-align:top}"
        ".t td.r{text-align:right}.t.c{width:60%}"
        ".sign{margin-top:10pt;font-style:italic}"
    )
    _html("sv", "VA-utbyggnadsplan 2058–2070 – Ormbergs kommun", css, body, d / "child.pdf")

    goals_ = [
        G("1", g["1"], "not_followed_up",
          note="the goals are the paragraph after each bold 'Mål' in '3.1'–'3.6' (id = the "
          "sub-section's order); the 'Viljeinriktning:' paragraphs are strategies (one says "
          "'Kommunen tar fram en reservvattentäkt'); the law's duties in '2 Lagar och ansvar' "
          "('ska kommunen ordna …', 'ska se till …') are no goals. Handed on: 'Reservvatten och "
          "vattenverkens kapacitet behandlas i vattenförsörjningsplanen'. Trap: the arsenic in "
          "the wells of Norrbodarna concerns households NOT yet on the municipal water (goal 2)"),
        G("2", g["2"], "followed_up", [c["U1"]],
          ev="Områden där allt fler bor",
          note="in other words ('allt fler bor året runt'), and the area table orders "
          "Norrbodarna, Orms udde, Skogsbacken and Gällsjön by the share of permanent homes "
          "and need"),
        G("3", g["3"], "partial", [c["U2"]],
          ev="Avloppen runt Stora Orm ska",
          missing=["Gällsjön by 2066: the east shore is priority 3, 'Utbyggnad 2068–2069', and "
                   "the child's own goal says 'senast 2069'"],
          note="Stora Orm by 2063 only; the date for Gällsjön is three years after the "
          "parent's"),
        G("4", g["4"], "partial", [c["U3"], m["dike"]],
          ev="I de nya områdena ska",
          missing=["översvämning av byggnader vid skyfall: 'Skyfall och översvämningar i "
                   "Ormbergs tätort hanteras i dagvattenplanen'"],
          note="local handling in the new areas only"),
        G("5", g["5"], "not_followed_up",
          note="handed on: 'Förnyelse av befintliga ledningar styrs av förnyelseplanen'. Trap "
          "(shared words): new plastic pipes 'med lång livslängd' in the new areas are not "
          "renewal of the existing network"),
        G("6", g["6"], "followed_up", [c["U4"], m["avg"]],
          ev="Varje utbyggnadsområde ska bära sina",
          note="in other words: each area carries its own costs through its own connection "
          "fee; the cost table gives the fee per property"),
    ]
    kids = [
        C(c["U1"], ["2"], note="the child goals are the numbered items of '2 Mål för "
          "utbyggnaden'; the rows of the area table and the bullets of '4 Så bygger vi ut' are "
          "measures. Never child goals: '1 Syfte', the assessments under '6 § LAV', '5 Det här "
          "ingår inte i utbyggnadsplanen', the cost table"),
        C(c["U2"], ["3"]),
        C(c["U3"], ["4"]),
        C(c["U4"], ["6"]),
        C(c["U5"], [], note="two years' notice to the owners: no goal of the VA-policy — "
          "stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10; a kommun's "
        "VA-POLICY): the law's duties in prose, then per area a Heading 2 '3.n …', a bold "
        "'Mål' line over the goal paragraph and a 'Viljeinriktning:' paragraph; header left "
        "over a rule, footer left + page; child PDF (HTML → Chromium, Liberation Sans 9.4, A4 "
        "LANDSCAPE; the VA-UTBYGGNADSPLAN): top line with Dnr over a rule, purpose and an "
        "ordered list of goals side by side, an area table `Nr | Område | Fastigheter (varav "
        "permanent) | Bedömning enligt 6 § LAV | Lösning | Prio | Utbyggnad`, measures, 'Det "
        "här ingår inte', a cost table; footer left + 'Sida n av N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Hørsbjerg (da)


@pair
def horsbjerg_laereplan(d: Path) -> dict:
    g = {
        "1": "Alle børn skal have et alderssvarende sprog, når de begynder i skole.",
        "2": "Børnene skal bevæge sig hver dag og lege ude i naturen året rundt.",
        "3": "Alle børn skal være en del af børnefællesskabet, også børn i udsatte positioner.",
        "4": "Forældrene skal opleve sig inddraget og være trygge ved deres barns hverdag.",
        "5": "Overgangen fra dagtilbud til skole skal være tryg og sammenhængende.",
        "6": "Der skal være uddannet pædagogisk personale i alle børnegrupper hele dagen.",
    }
    parent = [
        ("kicker", "HØRSBJERG KOMMUNE · BØRN OG FAMILIE"),
        ("title", "Dagtilbudspolitik 2057–2061"),
        ("sub", "Vedtaget af byrådet den 27. maj 2057"),
        ("h1", "Forord"),
        ("p", "Dagtilbudspolitikken beskriver, hvad byrådet vil med kommunens vuggestuer, "
         "børnehaver og dagpleje de næste fire år. Den bygger på dialogmøder med forældre, "
         "medarbejdere og ledere i foråret 2057. Politikken er rammen for dagtilbuddenes "
         "arbejde, og hvert dagtilbud omsætter den i sin pædagogiske læreplan."),
        ("sig", ["Kirsten Dalbøge, formand for Børne- og Familieudvalget"]),
        ("facts", "Dagtilbud i Hørsbjerg", [
            "1.640 børn i 23 dagtilbud og hos 31 dagplejere",
            "62 procent af medarbejderne er uddannede pædagoger",
            "Hvert fjerde barn har brug for en særlig sprogindsats ved sprogvurderingen som "
            "3-årig",
            "Lovens minimumsnormering: én voksen pr. tre vuggestuebørn og pr. seks "
            "børnehavebørn",
        ]),
        ("h1", "Pejlemærke 1 · Leg, sprog og bevægelse"),
        ("p", "Legen er barnets vigtigste vej til læring. Sproget udvikles i samtaler med "
         "voksne og andre børn hele dagen, og kroppen skal bruges både ude og inde."),
        ("lab", "Det vil vi"),
        ("dash", [g["1"], g["2"]]),
        ("h1", "Pejlemærke 2 · Fællesskaber for alle børn"),
        ("p", "Alle børn har ret til at høre til. Det stiller krav til de voksne om at se det "
         "enkelte barn og om at samarbejde med forældrene, der kender deres barn bedst."),
        ("lab", "Det vil vi"),
        ("dash", [g["3"], g["4"]]),
        ("h1", "Pejlemærke 3 · Sammenhæng og kvalitet"),
        ("p", "Børn oplever mange skift. Kvaliteten afhænger af de voksne, og af at "
         "dagtilbud, skole og sundhedspleje arbejder sammen."),
        ("lab", "Det vil vi"),
        ("dash", [g["5"], g["6"]]),
        ("h1", "Sådan følger vi op"),
        ("p", "Børne- og Familieudvalget drøfter hvert andet år en kvalitetsrapport for "
         "dagtilbudsområdet. Dagtilbuddenes læreplaner evalueres efter reglerne i "
         "dagtilbudsloven."),
    ]
    _rl_doc(d / "parent.pdf", parent, fonts=_p43._rl_fonts("LiberationSans"), base=9.5,
            accent="#B35C1E", tint="#F6E9DF", title="Dagtilbudspolitik 2057–2061 – Hørsbjerg "
            "Kommune", author="Hørsbjerg Kommune", header="Hørsbjerg Kommune · "
            "Dagtilbudspolitik 2057–2061", footer="Børn og Familie", page_word="Side")

    c = {
        "F1": "Alle børn skal kunne fortælle, lytte og gøre sig forståelige, og børn med dansk "
              "som andetsprog skal have et dansk, der rækker til skolestart.",
        "F2": "Alle børn skal være ude mindst to timer hver dag, og de største skal have en fast "
              "skovdag om ugen.",
        "F3": "Ingen børn skal stå uden for legen i længere tid.",
        "F4": "Forældrene skal vide, hvad deres barn har lavet og lært i løbet af ugen, og være "
              "med til at planlægge husets fester og ture.",
        "F5": "Madspildet fra frokostordningen skal halveres, og børnene skal være med til at "
              "lave maden.",
    }
    m = {
        "dial": "Dialogisk læsning i små grupper tre gange om ugen",
        "sprog": "Ekstra sproggruppe for børn med behov efter sprogvurderingen",
        "bev": "Bevægelsesleg hver formiddag",
        "motor": "Motorikbane i salen om vinteren",
        "skov": "Fast skovdag i Mejseskoven for de største",
        "ude": "Udeleg mindst to timer hver dag",
        "leg": "Legegrupper på tværs af stuerne, som de voksne sammensætter",
        "ugebrev": "Ugebrev med billeder på Aula hver fredag",
        "samtale": "Forældresamtale efter tre måneder og før skolestart",
        "raad": "Forældreråd på hver stue, der planlægger årets fester og ture med os",
        "besog": "Førskolegruppen besøger Nørre Hørsbjerg Skole fire gange i foråret",
        "overl": "Overleveringssamtale med skolen for hvert barn, med forældrene til stede",
    }
    child = [
        ("title", "Den styrkede pædagogiske læreplan 2058–2060"),
        ("sub", "Børnehuset Mejsen · Hørsbjerg Kommune · Drøftet i forældrebestyrelsen den 12. "
         "marts 2058"),
        ("h1", "1 Om Børnehuset Mejsen"),
        ("p", "Børnehuset Mejsen er en integreret institution i Nørre Hørsbjerg med 22 "
         "vuggestuebørn og 48 børnehavebørn fordelt på fem stuer. Vi er 16 medarbejdere, heraf "
         "9 pædagoger. Huset ligger tæt på Mejseskoven, som vi bruger hver uge."),
        ("h1", "2 Det pædagogiske grundlag"),
        ("p", "Læreplanen bygger på det fælles pædagogiske grundlag i dagtilbudsloven: et "
         "børnesyn, hvor det at være barn har værdi i sig selv, dannelse og børneperspektiv, "
         "leg, læring, børnefællesskaber, et pædagogisk læringsmiljø hele dagen, "
         "forældresamarbejde, børn i udsatte positioner og sammenhæng til børnehaveklassen."),
        ("h1", "3 Vores mål for 2058–2060"),
        ("p", "Ud fra kommunens dagtilbudspolitik og vores egen evaluering fra 2057 har vi valgt "
         "fem mål for de næste to år:"),
        ("hang", [(str(i), c[f"F{i}"]) for i in range(1, 6)]),
        ("h1", "4 De seks læreplanstemaer"),
        ("p", "For hvert tema gengiver vi kort lovens pædagogiske mål og beskriver, hvordan vi "
         "arbejder med temaet hos os."),
        ("table", ["Tema", "Lovens pædagogiske mål (kort)", "Sådan gør vi"], [
            ("Alsidig personlig udvikling", "Læringsmiljøet skal understøtte, at alle børn "
             "trives og udvikler engagement, livsduelighed og gåpåmod.",
             "Voksne, der følger børnenes spor\nDaglig tid til fordybelse i små grupper"),
            ("Social udvikling", "Alle børn skal trives i og bidrage til fællesskaber og udvikle "
             "empati og relationer.", m["leg"]),
            ("Kommunikation og sprog", "Alle børn skal udvikle sprog, så de kan forstå sig selv "
             "og andre og indgå i fællesskaber.", m["dial"] + "\n" + m["sprog"]),
            ("Krop, sanser og bevægelse", "Alle børn skal udforske og eksperimentere med mange "
             "former for bevægelse.", m["bev"] + "\n" + m["motor"]),
            ("Natur, udeliv og science", "Alle børn skal opleve naturen med alle sanser og få "
             "erfaringer med naturfænomener.", m["skov"] + "\n" + m["ude"]),
            ("Kultur, æstetik og fællesskab", "Alle børn skal indgå i kulturelle fællesskaber og "
             "opleve forskellige kulturelle udtryk.",
             "Besøg på biblioteket en gang om måneden\nFælles sang hver fredag"),
        ], [34, 62, 72]),
        ("p", "Børn i udsatte positioner og børn med særlige behov henvises til PPR efter "
         "kommunens procedure."),
        ("h1", "5 Forældresamarbejde"),
        ("bul", [m["ugebrev"], m["samtale"], m["raad"]]),
        ("h1", "6 Overgang til skole"),
        ("bul", [m["besog"], m["overl"]]),
        ("p", "En fælles overgangsmodel for dagtilbud, SFO og skole er under udarbejdelse i "
         "forvaltningen og ventes klar i 2059."),
        ("h1", "7 Evaluering"),
        ("p", "Vi evaluerer læreplanen hvert andet år med pædagogisk dokumentation og "
         "børneinterviews. Evalueringen offentliggøres på kommunens hjemmeside. Normering og "
         "uddannelsesgrad fastlægges i budgettet og er ikke en del af læreplanen."),
        ("p", "Lone Vindeløv, leder af Børnehuset Mejsen"),
    ]
    _docx47(child, d / "child.pdf", title="Den styrkede pædagogiske læreplan 2058–2060 – "
            "Børnehuset Mejsen", author="Børnehuset Mejsen", header="Børnehuset Mejsen · "
            "Pædagogisk læreplan 2058–2060", footer="Hørsbjerg Kommune", page_word="Side",
            of_word="af", lang="da-DK", font="Liberation Sans", size=9.8, color="6B4E9B",
            tint="ECE6F4")

    goals_ = [
        G("1", g["1"], "followed_up", [c["F1"], m["dial"], m["sprog"]],
          ev="Alle børn skal kunne fortælle,",
          note="the goals are the '–' lines under 'Det vil vi' in the three 'Pejlemærke' "
          "chapters (1–2, 3–4, 5–6; id = order); the forord, the fact box 'Dagtilbud i "
          "Hørsbjerg' (with the law's minimum staffing) and the pejlemærke paragraphs are no "
          "goals. In other words: telling, listening, being understood; Danish as a second "
          "language 'der rækker til skolestart'"),
        G("2", g["2"], "followed_up", [c["F2"], m["bev"], m["motor"], m["skov"], m["ude"]],
          ev="Alle børn skal være ude",
          note="outdoors two hours a day, a forest day, movement play every morning and a "
          "motor course in winter (året rundt)"),
        G("3", g["3"], "partial", [c["F3"], m["leg"]],
          ev="Ingen børn skal stå uden",
          missing=["børn i udsatte positioner: 'henvises til PPR efter kommunens procedure' — "
                   "no step of the house's own"],
          note="play groups for all children; the law's goal for 'Social udvikling' quoted in "
          "the table is not the house's"),
        G("4", g["4"], "followed_up", [c["F4"], m["ugebrev"], m["samtale"], m["raad"]],
          ev="Forældrene skal vide, hvad deres",
          note="knowing the child's week (tryg) and a parents' council per room that plans with "
          "the staff (inddraget)"),
        G("5", g["5"], "partial", [m["besog"], m["overl"]],
          ev="Førskolegruppen besøger Nørre Hørsbjerg Skole",
          missing=["sammenhængende: 'En fælles overgangsmodel for dagtilbud, SFO og skole er "
                   "under udarbejdelse i forvaltningen'"],
          note="only measures under '6 Overgang til skole', no child goal: visits and a "
          "hand-over talk (tryg)"),
        G("6", g["6"], "not_followed_up",
          note="handed on: 'Normering og uddannelsesgrad fastlægges i budgettet og er ikke en "
          "del af læreplanen'. Trap: '16 medarbejdere, heraf 9 pædagoger' is a fact"),
    ]
    kids = [
        C(c["F1"], ["1"], note="the child goals are the lines 1–5 of '3 Vores mål for "
          "2058–2060' (number + tab, hanging); the lines of the column 'Sådan gør vi' and the "
          "bullets of '5' and '6' are measures. Never child goals: '2 Det pædagogiske "
          "grundlag', the column 'Lovens pædagogiske mål (kort)' (the law's goals, quoted), "
          "the sentence on PPR, '7 Evaluering'"),
        C(c["F2"], ["2"]),
        C(c["F3"], ["3"]),
        C(c["F4"], ["4"]),
        C(c["F5"], [], note="food waste and cooking with the children: no goal of the policy "
          "— stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans 9.5; a kommune's DAGTILBUDSPOLITIK): "
        "kicker, foreword signed by the committee chair, tinted fact box, three 'Pejlemærke n "
        "· …' chapters each with a paragraph, a label 'Det vil vi' and '–' goals; header over a "
        "rule, 'Side n'; child PDF (python-docx → LibreOffice, Liberation Sans 9.8; one "
        "institution's STYRKEDE PÆDAGOGISKE LÆREPLAN): the national foundation in prose, 'Vores "
        "mål' 1–5 with a hanging number, a table of the six læreplanstemaer `Tema | Lovens "
        "pædagogiske mål (kort) | Sådan gør vi`, Word '•' lists for parents and transition, "
        "evaluation; header right over a rule, 'Side n af N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Haverbrook (en)


@pair
def haverbrook_park_management_plan(d: Path) -> dict:
    g = {
        "1": "Every resident should live within a five-minute walk of a good-quality park or "
             "green space.",
        "2": "Our parks will be safe, clean and welcoming, and residents will rate them highly.",
        "3": "We will double the area of parkland managed for nature by 2067 and increase "
             "biodiversity in every park.",
        "4": "Communities will have a real say in how their parks are run, and more people will "
             "volunteer in them.",
        "5": "Parks will help the borough cope with hotter summers and heavier rain, with more "
             "trees, shade and space for water.",
        "6": "The parks service will become financially sustainable, with new income "
             "reinvested in the parks.",
    }
    how = {
        "1": ["New pocket parks in Skerrow End and Scarth Hill",
              "Developer contributions used to upgrade the poorest sites first"],
        "2": ["Green Flag standards applied to all main parks", "An annual parks survey"],
        "3": ["Relaxed mowing where grass is not needed for play or sport",
              "No routine use of pesticides"],
        "4": ["A Friends group for every main park", "A borough parks forum twice a year"],
        "5": ["5,000 new trees by 2067", "Sustainable drainage in every park redesign"],
        "6": ["Concessions, events and sponsorship", "A ring-fenced parks reinvestment fund"],
    }
    names = {"1": "Close to home", "2": "Safe, clean and welcoming", "3": "Nature recovery",
             "4": "Parks run with communities", "5": "Ready for a changing climate",
             "6": "A service that pays its way"}
    parent = [
        ("title", "Parks and Green Spaces Strategy 2057–2067"),
        ("sub", "Haverbrook Borough Council · Adopted by Cabinet on 9 October 2057"),
        ("h1", "Foreword"),
        ("p", "Our parks have never been more valued. During the heatwaves of 2055 and 2056 "
         "they were where thousands of residents went to cool off, and our Friends groups "
         "have grown every year. At the same time, the money available to look after them has "
         "fallen. This strategy sets out six aims for the next ten years. Each main park will "
         "have its own management plan showing how it contributes. — Cllr Imogen Thistlewood, "
         "Cabinet Member for Environment and Leisure"),
        ("h1", "Our green spaces today"),
        ("inline", [
            "64 parks and open spaces, 412 hectares in all",
            "3 parks hold a Green Flag Award",
            "71% of residents live within a five-minute walk of a park",
            "Net spending on parks has fallen by 28% in real terms since 2047",
        ]),
        ("p", "The Green Flag Award is the national benchmark for well-managed parks. The "
         "Council Plan's ambition that 'every neighbourhood should be a place people are proud "
         "of' also guides this strategy."),
        ("h1", "Our aims"),
    ]
    for n in "123456":
        parent += [("band", f"Aim {n} · {names[n]}"), ("p", g[n]),
                   ("lab", "How we will get there"), ("inline", how[n])]
    parent += [
        ("h1", "Delivery and review"),
        ("p", "Each main park will have a five-year management plan. Progress will be reported "
         "to the Environment Overview and Scrutiny Committee every year, and the strategy "
         "will be reviewed in 2062."),
    ]
    _odt(parent, d / "parent.pdf", title="Parks and Green Spaces Strategy 2057–2067 – "
         "Haverbrook Borough Council", header="Haverbrook Borough Council · Parks and Green "
         "Spaces Strategy 2057–2067", footer="Adopted October 2057", font="Liberation Sans",
         size=9.6, color="#3A6B2A", tint="#E6EFE1", lang="en", country="GB")

    c = {
        "O1": "Keep Linwell Park clean, safe and well kept to Green Flag standard, with visitor "
              "satisfaction at 85% or above.",
        "O2": "Manage a quarter of the park for wildlife by 2063, up from 12% today, including "
              "the meadow and the brook corridor.",
        "O3": "Double the number of volunteer days in the park by 2063, working with the "
              "Friends of Linwell Park.",
        "O4": "Restore the bandstand and bring it back into use for free community concerts.",
        "O5": "Plant 120 new trees by 2063 to give shade along the main paths and around the "
              "play area.",
    }
    acts = [
        ("A1", "Daily litter picking and a weekly safety inspection of the play area",
         "Well maintained and clean", "Park Supervisor", "Ongoing"),
        ("A2", "Annual visitor survey, on site and online", "Management", "Parks Officer",
         "Every July"),
        ("A3", "New meadow areas and relaxed mowing on the east slope",
         "Biodiversity, landscape and heritage", "Parks Officer", "2058–2059"),
        ("A4", "Clear Himalayan balsam from the brook corridor",
         "Biodiversity, landscape and heritage", "Friends of Linwell Park", "Every summer"),
        ("A5", "Monthly volunteer sessions, with tools and training provided",
         "Community involvement", "Parks Officer / Friends", "Monthly"),
        ("A6", "Bandstand restoration, subject to a National Lottery Heritage Fund bid",
         "Biodiversity, landscape and heritage", "Parks Manager", "2059–2061"),
        ("A7", "Tree planting along the Quillet Lane and brook paths, 20–30 trees each winter",
         "Environmental management", "Arboricultural Officer", "Winter 2058/59 onwards"),
        ("A8", "Re-let the café on a ten-year concession", "Management", "Parks Manager",
         "2058"),
    ]
    a = {r[0]: r[1] for r in acts}
    crit = [
        ("A welcoming place", "Four entrances, two with new signs in 2057. The Quillet Lane "
         "gate is narrow for pushchairs and wheelchairs."),
        ("Healthy, safe and secure", "Play area inspected weekly; lighting on the main path "
         "until 22.00."),
        ("Well maintained and clean", "Litter picked daily; bins emptied twice a day in "
         "summer."),
        ("Environmental management", "Peat-free compost only. Pesticides are not used, except "
         "to control Japanese knotweed."),
        ("Biodiversity, landscape and heritage", "Linwell Brook is a Local Wildlife Site. The "
         "Victorian bandstand (Grade II) has been closed since 2053."),
        ("Community involvement", "The Friends of Linwell Park meet monthly. Decisions on "
         "events, opening hours and budgets remain with the Parks Team."),
        ("Marketing and communication", "Events listed on the Council website and on the "
         "Friends' social media."),
        ("Management", "Managed by the Parks and Open Spaces Team; grounds maintenance "
         "in-house."),
    ]
    ctab = "".join(f"<tr><td class='k'>{e(x)}</td><td>{e(y)}</td></tr>" for x, y in crit)
    atab = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in acts)
    site = [("Site", "Linwell Park, Quillet Lane, Haverbrook"), ("Size", "14.2 hectares"),
            ("Owner and manager", "Haverbrook Borough Council, Parks and Open Spaces Team"),
            ("Designations", "Bandstand (Grade II listed); Linwell Brook Local Wildlife Site"),
            ("Main features", "Play area, café, bandstand, meadow, brook, two football "
             "pitches")]
    stab = "".join(f"<tr><th>{e(x)}</th><td>{e(y)}</td></tr>" for x, y in site)
    body = [
        "<div class='band'>HAVERBROOK BOROUGH COUNCIL · PARKS AND OPEN SPACES</div>",
        "<h1>Linwell Park Management Plan 2058–2063</h1>",
        "<p class='sub'>Prepared for the Green Flag Award 2058 · Version 1.2, January 2058</p>",
        "<table class='site'>" + stab + "</table>",
        "<h2>1 Introduction</h2>",
        "<p>This plan sets out how Linwell Park will be managed over the next five years. It "
        "follows the eight Green Flag Award criteria and takes account of the Council's Parks "
        "and Green Spaces Strategy 2057–2067. Linwell Park lies within a five-minute walk of "
        "Haverbrook bus station and the town centre, and about 180,000 visits are made to it "
        "each year.</p>",
        "<h2>2 Our vision for Linwell Park</h2>",
        "<p class='vis'>A green heart for Haverbrook: a park where everyone feels welcome, where "
        "nature thrives alongside play and sport, and where local people are proud to "
        "help.</p>",
        "<h2>3 Management objectives</h2>",
        "<ol>" + "".join(f"<li>{e(c[x])}</li>" for x in ("O1", "O2", "O3", "O4", "O5"))
        + "</ol>",
        "<h2>4 Assessment against the Green Flag criteria</h2>",
        "<table class='t'><thead><tr><th>Criterion</th><th>Where we are now</th></tr></thead>"
        "<tbody>" + ctab + "</tbody></table>",
        "<h2>5 Action plan 2058–2063</h2>",
        "<table class='t'><thead><tr><th>Ref</th><th>Action</th><th>Green Flag criterion</th>"
        "<th>Lead</th><th>When</th></tr></thead><tbody>" + atab + "</tbody></table>",
        "<h2>6 Outside the scope of this plan</h2>",
        "<ul>"
        "<li>A wetland to hold flood water from Linwell Brook was considered but is not part "
        "of this plan; the Environment Agency's flood study for the brook is due in 2061.</li>"
        "<li>Income from the café concession is paid into the Council's general fund.</li>"
        "<li>New parks and access improvements elsewhere in the borough are covered by the "
        "Strategy's pocket parks programme.</li>"
        "</ul>",
        "<h2>7 Monitoring and review</h2>",
        "<p>The Parks Team reviews this plan each spring with the Friends of Linwell Park and "
        "reports progress in the Green Flag resubmission.</p>",
        "<p class='sign'>Dominic Achterberg, Parks and Open Spaces Manager</p>",
    ]
    css = (
        "@page{size:A4;margin:14mm 17mm 16mm 17mm;"
        "@bottom-left{content:'Linwell Park Management Plan 2058–2063';"
        "font:7.5pt 'Liberation Sans';color:#666}"
        "@bottom-right{content:counter(page) ' / ' counter(pages);font:7.5pt 'Liberation Sans';"
        "color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.5pt/1.42 'Liberation Sans';color:#222}"
        ".band{background:#3A6B2A;color:#fff;font:bold 8pt 'Liberation Sans';padding:4pt 6pt;"
        "letter-spacing:.06em}"
        "h1{font:bold 20pt 'Liberation Sans';color:#3A6B2A;margin:10pt 0 2pt}"
        ".sub{color:#555;margin:0 0 8pt}"
        "h2{font:bold 11.5pt 'Liberation Sans';color:#3A6B2A;margin:11pt 0 4pt;"
        "border-bottom:.8pt solid #9DB890;padding-bottom:1pt}"
        "p{margin:0 0 5pt}ol,ul{margin:0 0 5pt;padding-left:16pt}li{margin-bottom:3pt}"
        ".vis{font-style:italic;font-size:10.5pt;color:#3A6B2A}"
        ".site th{text-align:left;width:28%;background:#E6EFE1;padding:2pt 5pt;font-size:8.8pt;"
        "border:.6pt solid #fff}"
        ".site td{padding:2pt 5pt;font-size:8.8pt;border-bottom:.6pt solid #ccc}"
        ".t th{background:#3A6B2A;color:#fff;text-align:left;font-size:8.6pt;padding:3pt 4pt}"
        ".t td{border-bottom:.6pt solid #bbb;padding:3pt 4pt;font-size:8.8pt;vertical-align:top}"
        ".t td.k{font-weight:bold;width:30%}"
        ".sign{margin-top:12pt;font-style:italic}"
    )
    _html("en-GB", "Linwell Park Management Plan 2058–2063", css, body, d / "child.pdf")

    goals_ = [
        G("1", g["1"], "not_followed_up",
          note="the goals are the plain paragraph under each band 'Aim n · name' (id = n); the "
          "band names, the 'How we will get there' bullets, the facts, the foreword and the "
          "Council Plan's ambition quoted in 'Our green spaces today' are no goals. Handed on: "
          "'New parks and access improvements elsewhere … pocket parks programme'. Trap (shared "
          "words): the park 'lies within a five-minute walk of Haverbrook bus station' is "
          "description"),
        G("2", g["2"], "followed_up", [c["O1"], a["A1"], a["A2"]],
          ev="Keep Linwell Park clean, safe",
          note="safe, clean and well kept to Green Flag standard; 'rate them highly' as a "
          "satisfaction target of 85% measured by an annual survey"),
        G("3", g["3"], "followed_up", [c["O2"], a["A3"], a["A4"]],
          ev="Manage a quarter of the",
          note="this park's share, in other words: from 12% to a quarter (about double) "
          "managed for wildlife, meadow and brook corridor"),
        G("4", g["4"], "partial", [c["O3"], a["A5"]],
          ev="Double the number of volunteer",
          missing=["a real say: 'Decisions on events, opening hours and budgets remain with "
                   "the Parks Team'"],
          note="volunteering only"),
        G("5", g["5"], "partial", [c["O5"], a["A7"]],
          ev="Plant 120 new trees by",
          missing=["space for water: the wetland 'is not part of this plan' (the Environment "
                   "Agency's flood study is due in 2061)"],
          note="trees and shade only"),
        G("6", g["6"], "not_followed_up",
          note="trap (shared words): the café is re-let (A8), but 'Income from the café "
          "concession is paid into the Council's general fund' — not reinvested in the parks, "
          "no step towards a self-funding service"),
    ]
    kids = [
        C(c["O1"], ["2"], note="the child goals are the numbered items of '3 Management "
          "objectives'; the rows of '5 Action plan' are measures. Never child goals: the site "
          "table, '1 Introduction', the vision, the criteria table of '4', '6 Outside the scope "
          "of this plan', '7 Monitoring and review'"),
        C(c["O2"], ["3"]),
        C(c["O3"], ["4"]),
        C(c["O4"], [], note="the bandstand (heritage): no aim of the strategy — stands alone"),
        C(c["O5"], ["5"]),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Sans 9.6; a borough's PARKS AND "
        "GREEN SPACES STRATEGY): foreword signed in its last line, '•' facts, a quoted Council "
        "Plan ambition, six tinted bands 'Aim n · name' each over a PLAIN goal paragraph, a "
        "label 'How we will get there' and '•' lines; header right, footer centred; child PDF "
        "(HTML → Chromium, Liberation Sans 9.5; one park's GREEN FLAG MANAGEMENT PLAN): band, "
        "site table, introduction, vision, numbered management objectives, a table of the "
        "eight Green Flag criteria `Criterion | Where we are now`, an action plan `Ref | "
        "Action | Green Flag criterion | Lead | When`, what is outside the plan; footer left + "
        "'n / N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
